"""A sixty-sixth held-out recall measure: Kingfisher rule files past ``wistia``, found by probing names.

``python -m tests.unit.redact.heldout_round66 [--seed N] [--per-family N] [--sources]``

The same source and method as rounds 49, 53, 54 and 56-64 (mongodb/kingfisher, the folder
``data/rules/`` as the index stores it, commit 3397803).  Round 64 stopped at ``wistia``, the last
name it probed; this round starts with the first candidate after ``wistia`` (``wiz``).  Round 65,
written at the same time by another hand on another branch, takes the candidates from
``stormglass`` to before ``t``; its files and figures are not on this round's base (bc7a697), so
nothing of round 65 is skipped or counted here, and no name before ``wistia`` is probed.  Before
this rule was committed no Kingfisher rule file's text was read for this round, no name was probed
for it and trufflehog's list was not opened for it.

The rule that chooses the files, written here before any name was probed, any rule file read and
any secret generated (round 64's rules 1-5, the start moved):

1. the candidate names are trufflehog's detector folder names (``pkg/detectors/<name>``, lower-case
   as they are, a versioned detector's folder once), as trufflehog's default list
   (``pkg/engine/defaults/defaults.go`` at 0011995, the commit rounds 24-64 counted and round 57
   names; its built and its commented-out detectors, as round 47 counted them, the commented-out
   ones put in their places) imports them, in byte order, from the first name after ``wistia``
   on;
2. each candidate is probed in that order: ``find_files(repo="mongodb/kingfisher",
   path="data/rules/<name>.yml")``; a name whose path is stored (at 3397803, or at the one version
   the index holds) exists.  A file that exists is taken unless a round read it: its name is named
   as a read Kingfisher or Titus file by an earlier round's ``SOURCE_PATHS`` or docstring (a grep of
   ``tests/unit/redact`` and ``README.md`` of this round's base, bc7a697, for the name, as rounds
   46, 49 and 53-64 checked; the 98 Titus files rounds 17-19 read, ``adafruitio`` to
   ``eventbrite``, count as read by file name; a file of another tool with the same name, Sonar's
   ``<name>.yaml`` of rounds 14-16 or whispers' of round 20, is no Kingfisher file and does not
   count).  Probing stops when the round holds 35 files or the candidates end (if they end first,
   the round takes what there is and says so); the number of names probed and of files that
   existed is written below, and a name probed past the stop in the same batch is named and not
   counted;
3. every rule of each file taken, in file order; round 33's rule 3 as round 43 wrote it: a rule
   whose match is no secret or only a public or identifying value (an id, an account number, a
   user or host name, an e-mail or IP address, a public key, a URL without credentials), a value
   of fewer than 8 characters, a rule whose pattern is another taken rule's character for
   character, is left out and named; a file all of whose rules are left out gives no family and
   still counts among the files read;
4. each rule left gives families as rounds 17, 43, 45, 46, 49 and 53-64 built them: a token with a
   prefix or a fixed shape of its own a bare family and one in a request or log line; a rule that
   needs context before the value (the provider's name, a key or a word) a keyed family and a text
   family (the verifier's request drawn twice, then lines in the shape of the rule's examples); a
   connection string, URL or whole-line shape holding a secret a text family in the shape it
   describes; where the rule's pattern is wider than the provider's format the family writes the
   provider's; a rule taking several formats gives its families once, the alternatives drawn in
   turn; where a rule pairs parts (an id and a secret) the family is the secret, the other part
   written into the request;
5. the candidates are providers trufflehog has, so the rules written after the trufflehog rounds
   likely know many of them: what is measured is Kingfisher's patterns and examples for them,
   which may be looser than or different from trufflehog's.  As rounds 12, 49 and 53-64 did, the
   figure is printed for the families whose provider an earlier round or the public-format corpus
   has (group ``known``) and for the others (``new``).

Seed 367 (no round has used it: no ``Round(...)`` registration nor heldout module on bc7a697 names
it as a seed; 331, 337, 347, 349 and 353 are taken by rounds 60-64), 7 samples per family, round
2's carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round66`) are 600 lines in the families' contexts holding no
secret, as rounds 49's and 51-64's are.  Their provider word is the provider's name, never a
file's name (a file ``<provider>token.yml``, ``<provider>apikey.yml`` or ``<provider>key.yml``
gives the lookalikes ``<provider>``, the name the provider goes by, or the word its rule asks when
that is the provider's short name): round 57 found that a line ``lokalisetoken: <hex>`` is a value
under a key named token, which the library takes by design, so the lookalikes are drawn with the
provider's name from the start.

Formats are facts in our own notation, generated at test time; no rule text of the sources is
copied.
"""
