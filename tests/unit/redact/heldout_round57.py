"""A fifty-seventh held-out recall measure: Kingfisher rule files past ``jotform``, found by probing names.

``python -m tests.unit.redact.heldout_round57 [--seed N] [--per-family N] [--sources]``

The same source and method as rounds 49, 53, 54 and 56 (mongodb/kingfisher, the folder
``data/rules/`` as the index stores it, commit 3397803), continued from where round 56 stopped: its
last probed name was ``jotform``, so this round starts at the first candidate after it.  Before
this rule was committed no Kingfisher rule file's text was read for this round, no name was
probed and trufflehog's list was not opened for it (the names past ``jotform`` are not known to
this module yet).

The rule that chooses the files, written here before any name was probed, any rule file read and
any secret generated (round 56's rules 1-5, the start moved):

1. the candidate names are trufflehog's detector folder names (``pkg/detectors/<name>``, lower-case
   as they are, a versioned detector's folder once), as trufflehog's default list
   (``pkg/engine/defaults/defaults.go`` at 0011995, the commit rounds 24-56 counted; its built and
   its commented-out detectors, as round 47 counted them, the commented-out ones put in their
   places) imports them, in byte order, from the first name after ``jotform`` on;
2. each candidate is probed in that order: ``find_files(repo="mongodb/kingfisher",
   path="data/rules/<name>.yml")``; a name whose path is stored (at 3397803, or at the one version
   the index holds) exists.  A file that exists is taken unless a round read it: its name is named
   as a read Kingfisher or Titus file by an earlier round's ``SOURCE_PATHS`` or docstring (a grep of
   ``tests/unit/redact`` and ``README.md`` of this round's base, main ea6e077, for the name, as
   rounds 46, 49, 53, 54 and 56 checked; the 98 Titus files rounds 17-19 read, ``adafruitio`` to
   ``eventbrite``, count as read by file name).  Probing stops when the round holds 35 files or
   the candidates end; the number of names probed and of files that existed is written below;
3. every rule of each file taken, in file order; round 33's rule 3 as round 43 wrote it: a rule
   whose match is no secret or only a public or identifying value (an id, an account number, a
   user or host name, an e-mail or IP address, a public key, a URL without credentials), a value
   of fewer than 8 characters, a rule whose pattern is another taken rule's character for
   character, is left out and named; a file all of whose rules are left out gives no family and
   still counts among the files read;
4. each rule left gives families as rounds 17, 43, 45, 46, 49, 53, 54 and 56 built them: a token
   with a prefix or a fixed shape of its own a bare family and one in a request or log line; a rule
   that needs context before the value (the provider's name, a key or a word) a keyed family and a
   text family (the verifier's request drawn twice, then lines in the shape of the rule's
   examples); a connection string, URL or whole-line shape holding a secret a text family in the
   shape it describes; where the rule's pattern is wider than the provider's format the family
   writes the provider's; a rule taking several formats gives its families once, the alternatives
   drawn in turn; where a rule pairs parts (an id and a secret) the family is the secret, the other
   part written into the request;
5. the candidates are providers trufflehog has, so the rules written after the trufflehog rounds
   likely know many of them: what is measured is Kingfisher's patterns and examples for them,
   which may be looser than or different from trufflehog's.  As rounds 12, 49, 53, 54 and 56 did,
   the figure is printed for the families whose provider an earlier round or the public-format
   corpus has (group ``known``) and for the others (``new``).

Seed 311 (no round has used it: no ``Round(...)`` registration nor heldout module on main ea6e077
names it as a seed; 277, 281, 283, 293 and 307 are taken by rounds 52-56), 7 samples per family,
round 2's carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round57`) are 600 lines in the families' contexts holding no
secret, as rounds 49's, 51's, 53's, 54's and 56's are.

The rule applied (after the rule above was committed, 2a63b32 on branch r57).  The candidates:
``defaults.go`` as the index stores it (commit 0011995) imports the folders in byte order; past ``jotform`` they run ``jumpcloud``, ``jupiterone``, ``juro``,
``kanban`` ...; round 47's commented-out ``linemessaging``, ``m3o`` and ``magnetic`` fall in or
near the range and are probed in their places.  **39 names probed** (``jumpcloud`` to
``lokalisetoken``), **25 files exist** at 3397803: jumpcloud, jupiterone, juro, karmacrm, kickbox,
klaviyo, klipfolio, knapsackpro, kontent, kylas, languagelayer, launchdarkly, leadfeeder, lemlist,
lemonsqueezy, lendflow, lessannoyingcrm, lexigram, linenotify, linkpreview, livestorm, loadmill,
loginradius, logzio, lokalisetoken.  The 14 not stored: kanban, kanbantool, keenio, kraken, kucoin,
langfuse, larksuite, larksuiteapikey, ldap, linearapi, linemessaging, liveagent, locationiq,
loggly.  None of the 25 is named as a read Kingfisher or Titus file (rule 2's grep of
``tests/unit/redact`` and ``README.md`` on ea6e077 finds each name only as a trufflehog detector, a
provider or a lookalike's context; no ``<name>.yml``/``.yaml`` of them), so all 25 are taken.
The probes stopped at ``loyverse`` (its probe, and those of ``lunchmoney`` and ``luno``, got no
answer: the session's search budget ran out), 10 files short of 35, and no rule file's text was
read in that session.

The probes continued (a later session, on branch r57b, the rule unchanged) from ``loyverse``:
``lunchmoney``, ``luno``, round 47's commented-out ``m3o`` in its place, ``madkudu``,
``magicbell``, the commented-out ``magnetic`` in its place, ``mailboxlayer``, ``mailchimp``,
``mailerlite``, ``mailgun``, ``mailjetbasicauth``, ``mailjetsms``: **13 more names probed**, 10
stored at 3397803 (loyverse, lunchmoney, madkudu, magnetic, mailboxlayer, mailchimp, mailerlite,
mailgun, mailjetbasicauth, mailjetsms), 3 not stored (luno, m3o, magicbell).  Rule 2's grep of
``tests/unit/redact`` and ``README.md`` on ea6e077 finds none of the 10 as a read Kingfisher or
Titus file: ``mailgun.yaml`` is Sonar's file (round 15) and ``detected-mailchimp-api-key.yaml``
Semgrep's (round 43), other tools' files; the other names appear only as trufflehog detectors,
providers or lookalikes' contexts.  So all 10 are taken and the round reaches 35 at
``mailjetsms``, where probing stopped.  In all **52 names probed** (``jumpcloud`` to
``mailjetsms``), **35 files exist** and are taken, **17 not stored** (the 14 above, luno, m3o,
magicbell).  Left for a later round: the candidates past ``mailjetsms`` (``mailmodo``,
``mailsac``, ``mandrill``, the commented-out ``manifest`` ...).

Formats are facts in our own notation, generated at test time; no rule text of the sources is
copied.
"""
