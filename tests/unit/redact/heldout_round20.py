"""A twentieth held-out recall measure: the rule files of Skyscanner's whispers.

``python -m tests.unit.redact.heldout_round20 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): Skyscanner/whispers, the rule files directly under
``whispers/rules/`` (one stored version of each, as the search index holds it).  Whispers is a
scanner of structured text (YAML, JSON, XML, .npmrc, .htpasswd ...) whose rules name a key
and a value each.

Why not the rest of praetorian-inc/titus (the brief's first choice): the files of
``pkg/rule/rules/`` after ``eventbrite.yml`` cannot be listed without reading rule text.  The
index's ``find_files`` stops at 100 rows in byte order (rounds 17-19 read those) and has no
offset; ``under`` takes whole folders only and ``ext`` whole extensions only (``ext=e.yml`` lists
nothing); ``find_string`` gives no paths; ``search`` answers with file openings, the text itself.
titus's ``docs/scores.csv`` (rule ids with a sentence on each) was opened to look for a listing
and names rules, not files, so it gives no file order; and a batch plan under ``.claude/`` names
services by domain, not files.  Neither names a rule's pattern by its characters, but the first
16,000 characters of scores.csv say what some titus rules match (an ``LTAI`` prefix, AppSync's
``da2-``); whispers was not chosen from them.

Whispers was picked because no round has read it (the docstrings of rounds 2-19 and
noseyparker name gitleaks, trufflehog, Nosey Parker, GitHub's partner list, Microsoft's
security-utilities, detect-secrets, semgrep, secretlint, Kingfisher, GitGuardian's docs, Bearer,
secrets-patterns-db, trivy, sonar-text and titus; round 14 lists whispers among the sources it
did not open) and because its rule folder can be listed whole: 24 ``.yml`` files and
``__init__.py``.  Before the rule below was written only the folder's file names were listed; no
rule file's text was read.

The rule that chooses the patterns, written here before any rule file was read and before any
secret was generated:

1. every ``.yml`` file the index lists directly under ``whispers/rules/``, in its order (by path,
   byte order): 24 files, numbered from 0 (``apikey`` #0, ``aws`` #1, ``base64`` #2,
   ``comments`` #3, ``cors`` #4, ``creditcard`` #5, ``creditcards`` #6, ``dangerous-functions``
   #7, ``dockercfg`` #8, ``gitkey`` #9, ``gitkeys`` #10, ``grafana`` #11, ``htpasswd`` #12,
   ``npmrc`` #13, ``password`` #14, ``path`` #15, ``pip`` #16, ``privatekey`` #17, ``pypirc``
   #18, ``secret`` #19, ``sensitive-files`` #20, ``uri`` #21, ``webhook`` #22, ``webhooks``
   #23); the index keeps files whose name changed under both names (``creditcard`` and
   ``creditcards``, ``gitkey`` and ``gitkeys``, ``webhook`` and ``webhooks``): each is read as it
   is stored;
2. every rule of each file in file order; a rule whose match is no secret or only a public or
   identifying value (an id, a user name, a host, a public key, a file name, a function call, a
   setting) is left out, its id noted; a rule taking a value of fewer than 8 characters too; a
   rule whose pattern is another rule's of this round character for character (the same rule
   stored under an old and a new file name) is left out, its id noted (round 16's rule);
3. each rule left gives families by its shape, as rounds 17-19's did: a token with a prefix or a
   fixed shape of its own a bare family and one in a request or log line; a rule that needs
   context before the value (a key the rule names) a keyed family (keys in the shape the rule
   names) and a text family (assignments and lines in the shape it describes, in the file kinds
   whispers reads); a connection string or URL holding a password, or a whole-file or whole-line
   shape, a text family in the shape it describes;
4. a rule whose provider an earlier round or the public-format corpus already has stays, and the
   figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 103 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99 are
printed too.
"""
