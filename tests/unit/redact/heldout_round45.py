"""A forty-fifth held-out recall measure: Semgrep's last generic secrets rules and Kingfisher files no round read.

``python -m tests.unit.redact.heldout_round45 [--seed N] [--per-family N] [--sources]``

Two sources (December 2026), read after this rule was committed; before it only folders and file
names were listed (the index's listings), no rule file's text was read for this round.

(a) semgrep/semgrep-rules, ``generic/secrets/security/``: the 9 ``detected-*.yaml`` files round
43's rule 3 left (named in :mod:`tests.unit.redact.heldout_round43`'s docstring, unread by it):
``detected-square-oauth-secret``, ``detected-ssh-password``, ``detected-stripe-api-key``,
``detected-stripe-restricted-api-key``, ``detected-telegram-bot-api-key``,
``detected-twilio-api-key``, ``detected-twitter-access-token``, ``detected-twitter-oauth``,
``detected-username-and-password-in-uri``.  Weaker evidence, as round 43's were: round 3 (1511780)
read this folder and measured four of its files; it named Picatic's and Stripe's restricted key as
inside the first corpus' Stripe family, so these files were seen by round 3's helper and the rules
written after it may have been shaped by them.

(b) mongodb/kingfisher, the folder ``data/rules/`` as the index stores it (commit 3397803, 629
files; the repository has since moved its rules to ``crates/kingfisher-rules/data/rules/``, which
this round does not use, as rounds 3 and 4 did not).  Which Kingfisher files a round read (a grep
of ``tests/unit/redact`` and ``README.md`` for ``kingfisher``, then the rounds' ``SOURCE_PATHS`` and
docstrings): round 3's twelve (clickup, checklyhq, close, alchemy, anypoint, betterstack,
budibase, apollo, assemblyai, bugsnag, aiven named); round 4's (its ``SOURCE_PATHS``: 25 files,
airtable to paystack; and the files it read and left out as formats an earlier round had:
airbrake, apify, anthropic, bannerbear, beamer, buildkite, buttercms, calendly, circleci,
clarifai, clockify, cloudconvert, deepgram, gocardless).  Rounds 17-19 read praetorian-inc/titus,
not this repository, but Titus's rule files carry Kingfisher's rule ids (``kingfisher.<name>.N``)
and mostly its file names, so the first 98 Titus files they read (adafruitio to eventbrite) count
as read here by file name.  Rounds 13, 14, 20, 22, 23 and 33 name Kingfisher only among the
sources earlier rounds read.  By file name (a different name, such as ``bitlyaccesstoken`` beside
Titus's ``bitly``, counts as unread; its provider then counts as ``known``, rule 5): of the first
100 files of the listing (``adafruitio`` to ``cloudsight``), 63 are read and 37 unread; past
``cloudsight`` at most 47 more names are read (the read names after it, not checked one by one
against the listing), so between 519 and 566 of the 629 files are unread.  Kingfisher is far
from fully read.  Many of its files are ports of trufflehog detectors that round 42 and earlier
rounds read from trufflehog (caflou, calendarific ...); they are the same providers, rule 5.

The rule that chooses the files, written here before any rule file's text was read and before
any secret was generated:

1. the 9 Semgrep files of (a), in alphabetical order of their path, each at the version the index
   stores;
2. then the unread Kingfisher files of (b) in alphabetical order of their path (byte order, as the
   index lists them) until the round holds 35 files: 26 files, ``apifonica`` to ``bulbul``:
   apifonica, apimetrics, apitemplate, appfollow, appointedd, appsynergy, asanaoauth, audd,
   autoklose, autopilot, avaza, aviationstack, axonaut, ayrshare, beebole, besnappy, besttime,
   bitcoinaverage, bitlyaccesstoken, blitapp, blogger, boostnote, box.com, box, buddyns, bulbul.
   Left for a later round: the other unread files, from ``caflou`` on (of the first 100: caflou,
   calendarific, calorieninja, campayn, chatbot, chatfule, checio, cicero, cliengo, cloudimage,
   cloudplan; then every unread file past ``cloudsight``);
3. every rule of each file taken, in file order; round 33's rule 3 as round 43 wrote it: a rule
   whose match is no secret or only a public or identifying value (an id, an account number, a
   user or host name, an e-mail or IP address, a public key, a URL without credentials), a value
   of fewer than 8 characters, a rule whose pattern is another taken rule's character for
   character, is left out and named; a file all of whose rules are left out gives no family and
   still counts among the 35 (it was read);
4. each rule left gives families as rounds 17 and 43 built them: a token with a prefix or a fixed
   shape of its own a bare family and one in a request or log line; a rule that needs context
   before the value (the provider's name, a key or a word) a keyed family and a text family; a
   connection string, URL or whole-line shape holding a secret a text family in the shape it
   describes; where the rule's pattern is wider than the provider's format the family writes the
   provider's; a rule taking several formats gives its families once, the alternatives drawn in
   turn; where a rule pairs parts (an id and a secret) the family is the secret, the other part
   written into the request;
5. a rule whose provider an earlier round or the public-format corpus already has stays, and the
   figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 239 (no round has used it: no ``Round(...)`` registration nor heldout module names it), 7
samples per family, round 2's carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round45`) are 600 lines in the families' contexts holding no
secret, as round 38's are.

Formats are facts in our own notation, generated at test time; no rule text of the sources is
copied.
"""
