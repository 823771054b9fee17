"""A forty-second held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round42 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a
keyword list, the token's regex and the request its verifier sends, as rounds 5-11, 24-32,
34-36, 38, 39 and 41 read them.  The rule that chose the files, written here before any of them
was read (round 41's rule continued, its files now counted as read; rounds 33, 37 and 40, from
another source, are not counted here):

1. the trufflehog detector files named by every earlier round's ``SOURCE_PATHS`` and the
   detectors named by :mod:`tests.unit.redact.public_formats`' trufflehog lists are counted
   by the first letter of the detector's folder.  Round 39's counts with round 41's 14 s files
   added: a 82, b 36, c 15, d 41, e 22, f 39, g 38, h 21, i 22, j 7, k 12, l 26, m 44, n 25,
   o 19, p 61, q 3, r 32, s 108, t 49, u 14, v 16, w 19, x 1, y 5, z 15 (c: 6 by rounds'
   ``SOURCE_PATHS``, 9 by the corpus' lists, coinmarketcap among them);
2. no earlier round left files of a named letter for later: round 41 read s to its end and
   found u whole.  The letters are taken in order of their count in rule 1, fewest first, ties
   in alphabetical order, skipping a letter with no unread file (rule 3); each letter's unread
   files are taken in alphabetical order of their path (``pkg/detectors/<name>/...``, a
   detector's versions in order ``v1``, ``v2`` ...) until the round holds 35 files; the letter
   where the round reaches 35 is cut there, its other unread files left for a later round and
   named below from the default list (listing, not reading), and no further letter is taken.
   Round 41's note that z's one unread file is zulipchat is checked by rule 3 before any
   detector file is read (round 11 counts zulipchat as read, the corpus' ``zulip``);
3. a file is unread when its detector is in trufflehog's default list
   (``pkg/engine/defaults/defaults.go``, the detectors it builds, commented-out ones not
   counted, at the commit rounds 24-41 used, 0011995) and no earlier round's
   ``SOURCE_PATHS`` nor the public-format corpus' trufflehog lists name it (a corpus name
   shorter than the folder's, as ``shodan`` for shodankey, names that folder); a detector with
   versions (``<name>/v1``, ``v2``) counts each version the list builds as a file;
4. families as rounds 10, 11, 24-32, 34-36, 38, 39 and 41 built them: a token with a prefix or a
   shape of its own a bare family and one in the verifier's request; a keyword-near-token
   detector a keyed family (a provider-named key) and a text family (the verifier's request
   with the token, then prose with and without a credential word); where a detector pairs two
   parts the family is the secret one and the other part is written into the request; a file
   whose match is public by design (an id a page embeds) gives no family, as round 39's
   squareup;
5. a detector whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 227 (no round has used it: no ``Round(...)`` registration nor heldout module names it),
7 samples per family, round 2's carriers; seeds 7 and 99 are printed too.  Each file is read
as the index stores it (one version, not always the newest).

The rule applied (the default list as the index stores it, commit 0011995, the same as rounds
24-41's, listed after the rule above was written and before any detector file): the letters with
unread files, fewest read first: q, x, y, j and k whole; c and z at 15, c first by the tie's
order.  The list builds 82 c files (captaindata as v1 and v2); 14 are read (codacy, codemagic,
couchbase, courier, coveralls and currencycloud by an earlier round's ``SOURCE_PATHS``;
calendlyapikey as the corpus' ``calendly``, censys, clarifai, clearbit, clockify, cloudconvert,
convertkit and customerio by the corpus; its ``coinmarketcap`` is not in the list), so 68 are
unread.  In alphabetical order of their path the first 35 are taken and **33 c files are left**
for a later round: cloudplan, cloudsmith, cloverly, cloze, clustdoc, coda, codeclimate,
codequiry, coinapi, coinbase, coinbase_waas, coinlayer, coinlib, collect2, column, commercejs,
commodities, companyhub, confluent, contentfulpersonalaccesstoken, conversiontools, convertapi,
convier, copper, countrylayer, craftmypdf, crowdin, cryptocompare, currencyfreaks,
currencylayer, currencyscoop, currentsapi, customerguru.  z is whole after all: the list builds
15 z files and zulipchat is the corpus' ``zulip`` (round 41's note was wrong there), so after c
the next letter with unread files is v (16 read; vercel and verifier unread).

Taken (35): caflou, calendarific, calorieninja, campayn, cannyio, capsulecrm, captaindata v1
and v2, carboninterface, cashboard, caspio, centralstationcrm, cexio, chartmogul, chatbot,
chatfule, checio, checklyhq, checkout, checkvist, cicero, circleci, clickhelp, clicksendsms,
clickuppersonaltoken, cliengo, clinchpad, clockworksms, closecrm, cloudelements,
cloudflareapitoken, cloudflarecakey, cloudflareglobalapikey, cloudimage, cloudmersive.
"""
