"""A forty-sixth held-out recall measure: the next Kingfisher rule files no round read, caflou on.

``python -m tests.unit.redact.heldout_round46 [--seed N] [--per-family N] [--sources]``

One source (December 2026), read after this rule was committed; before it only the index's listing
of file names was looked at, no rule file's text was read for this round.

mongodb/kingfisher, the folder ``data/rules/`` as the index stores it (commit 3397803, 629 files), as
round 45 used it.  Which of its files a round read, as round 45 counted them (its docstring, then a
grep of ``tests/unit/redact`` for each name of the listing from ``caflou`` to ``cloudsight``): round
3's twelve, round 4's 25 of ``SOURCE_PATHS`` and the 14 it read and left out, the first 98 Titus
files rounds 17-19 read (Kingfisher's rule ids and mostly its file names, counted as read by file
name), round 45's 26 (``apifonica`` to ``bulbul``).  From ``caflou`` on, the listing's names up to
``cloudsight`` that a round's ``SOURCE_PATHS`` or docstring names as a read Kingfisher or Titus file
are read (``calendlyapikey``: round 4 read Kingfisher's Calendly rule as ``calendly`` and round 42
names ``calendlyapikey``, so it counts as read, as round 45 counted it; ``cannyio``, ``capsulecrm``,
``carboninterface``, ``centralstationcrm``, ``chartmogul``, ``checklyhq``, ``circleci``,
``clarifai``, ``clearbit``, ``clickup``, ``clockify``, ``close``, ``cloudconvert``, ``cloudflare``,
``cloudmersive``, ``cloudsight`` likewise); the unread are the 11 round 45 named as left:
``caflou``, ``calendarific``, ``calorieninja``, ``campayn``, ``chatbot``, ``chatfule``, ``checio``,
``cicero``, ``cliengo``, ``cloudimage``, ``cloudplan``.  Rounds 42 and 44 read trufflehog's
detectors of the same providers (caflou ... cloudplan): rule 4.

The index's listing of the folder returns its first 100 paths only (``adafruitio`` to
``cloudsight``; a narrower folder or a name's ending does not page it), so the names past
``cloudsight`` cannot be listed from here without guessing them, which this round does not do.

The rule that chooses the files, written here before any rule file's text was read and before
any secret was generated:

1. the unread Kingfisher files of the listing from ``caflou`` on, in alphabetical order of their path
   (byte order, as the index lists them), up to 35 files: the listing holds 11 (``caflou`` to
   ``cloudplan``, named above), so the round holds 11 files.  Left for a later round: every file
   past ``cloudsight`` not read by name (between 508 and 555 of the 629: round 45's 519-566 less
   these 11), to be listed by a later round that can page the folder;
2. every rule of each file taken, in file order; round 33's rule 3 as round 43 wrote it: a rule
   whose match is no secret or only a public or identifying value (an id, an account number, a
   user or host name, an e-mail or IP address, a public key, a URL without credentials), a value
   of fewer than 8 characters, a rule whose pattern is another taken rule's character for
   character, is left out and named; a file all of whose rules are left out gives no family and
   still counts among the files read;
3. each rule left gives families as rounds 17, 43 and 45 built them: a token with a prefix or a
   fixed shape of its own a bare family and one in a request or log line; a rule that needs
   context before the value (the provider's name, a key or a word) a keyed family and a text family
   (the verifier's request drawn twice, then lines in the shape of the rule's examples); a
   connection string, URL or whole-line shape holding a secret a text family in the shape it
   describes; where the rule's pattern is wider than the provider's format the family writes the
   provider's; a rule taking several formats gives its families once, the alternatives drawn in
   turn; where a rule pairs parts (an id and a secret) the family is the secret, the other part
   written into the request;
4. a rule whose provider an earlier round or the public-format corpus already has stays; every
   provider here is one (rounds 42 and 44 read trufflehog's detectors of all 11), so the figure is
   printed by shape and not split into ``known`` and ``new``.

Seed 241 (no round has used it: no ``Round(...)`` registration nor heldout module names it), 7
samples per family, round 2's carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round46`) are 600 lines in the families' contexts holding no
secret, as round 38's are.

Formats are facts in our own notation, generated at test time; no rule text of the sources is
copied.
"""
