"""A twenty-second held-out recall measure: the rule files of American Express's earlybird.

``python -m tests.unit.redact.heldout_round22 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): americanexpress/earlybird, the YAML rule files under
``config/rules/`` (one stored version of each, the index's).  Earlybird scans a repository's
files for passwords, keys, card numbers and other sensitive text; each of its rules holds a
pattern over a file's text (or over a file's name) with a caption, a category and a severity.

Why earlybird: the brief names it, and no round has read it (a grep of ``tests/unit/redact``,
``pipeline/redact`` and ``README.md`` for ``earlybird`` finds nothing; the docstrings of rounds
2-21 and noseyparker name gitleaks, trufflehog, Nosey Parker, GitHub's partner list,
Microsoft's security-utilities, detect-secrets, semgrep, secretlint, Kingfisher, GitGuardian's
docs, Bearer, secrets-patterns-db, trivy, sonar-text, titus, whispers and shhgit).  The index
lists ``config/`` whole (24 rows): ``config/rules/`` holds ``ccnumber.yaml`` (commit 2a8404a),
``content.yaml`` (edb6cff), ``filename.yaml`` (4966b4e), ``inclusivity-rules.yaml`` (8c69d9a) and
``password-secret.yaml`` (15b0735), one version each; ``config/`` holds the older single-file
form of the rule sets (``content.json``, ``ccnumber.json``, ``filename.json``, ``common.json``,
``entropy.json`` ... all at e0628b5) and the false-positive, label and solution lists.  Before
the rule below was written only those file names were listed; no rule file's text was read.

The rule that chooses the patterns, written here before any rule file was read and before any
secret was generated:

1. ``config/rules/content.yaml`` and then ``config/rules/password-secret.yaml``, each at the
   version the index lists; every rule of each in file order, numbered from 0 within its file;
   ``config/rules/ccnumber.yaml`` after them, only if its rules are card numbers of the kind
   rounds 18 and 20 carried (digits of a card brand, with or without separators, whose last is
   the Luhn check digit), written in those rounds' card lines; a ccnumber rule of another shape
   is left out, its number noted.  Not read: ``filename.yaml`` (file names alone, as round 21
   left out shhgit's), ``inclusivity-rules.yaml`` (wording, no secret), the older
   ``config/*.json`` (the earlier form of the same rule sets; the YAML files are the ones the
   tool loads today), the false-positive, label and solution lists (no patterns of secrets);
2. a rule whose match is no secret or only a public or identifying value (an id, an account
   number, a user or host name, an e-mail or IP address, a public key, a URL without
   credentials, a word list) is left out, its number noted; a rule that matches a file by its
   name, path or extension alone is left out, its number noted; a rule whose value is fewer
   than 8 characters too; a rule whose pattern is another rule's of this round character for
   character, or that takes the same values in the same context as an earlier rule of this
   round, is left out, its number noted;
3. each rule left gives families by its shape, as rounds 17-21's did: a token with a prefix or a
   fixed shape of its own a bare family and one in a request or log line; a rule that needs
   context before the value (a key or a word the rule names) a keyed family (keys in the shape
   the rule names) and a text family (assignments and lines in the shape it describes, in the
   file kinds the rule names); a connection string, URL or whole-file shape holding a secret a
   text family in the shape it describes;
4. a rule whose provider an earlier round or the public-format corpus already has stays, and the
   figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 109 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99 are
printed too.
"""
