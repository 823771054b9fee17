"""A forty-fourth held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round44 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a
keyword list, the token's regex and the request its verifier sends, as rounds 5-11, 24-32,
34-36, 38, 39, 41 and 42 read them.  The rule that chose the files, written here before any of
them was read (round 42's rule continued, its files now counted as read; rounds 33, 37, 40 and
43, from other sources, are not counted here):

1. the trufflehog detector files named by every earlier round's ``SOURCE_PATHS`` and the
   detectors named by :mod:`tests.unit.redact.public_formats`' trufflehog lists are counted
   by the first letter of the detector's folder.  Round 42's counts with its 35 c files
   added: c 50 (49 folders of the default list, 6 by rounds before 42, 34 folders (35 files,
   captaindata v1 and v2) by round 42, 9 by the corpus' lists, its ``coinmarketcap`` not in
   the default list), v 16 (15 by rounds' ``SOURCE_PATHS``, virustotal by the corpus), the
   other letters as round 42 counted them;
2. the letters an earlier round left for later come first (round 41's rule 2): round 42 left 33
   c files (cloudplan, cloudsmith, cloverly, cloze, clustdoc, coda, codeclimate, codequiry,
   coinapi, coinbase, coinbase_waas, coinlayer, coinlib, collect2, column, commercejs,
   commodities, companyhub, confluent, contentfulpersonalaccesstoken, conversiontools,
   convertapi, convier, copper, countrylayer, craftmypdf, crowdin, cryptocompare,
   currencyfreaks, currencylayer, currencyscoop, currentsapi, customerguru; named by its rule
   from the default list).  This round takes those unread by rule 4 first, in alphabetical
   order of their path; c is then whole;
3. then round 42's rule 2: the letters in order of their count in rule 1, fewest first, ties
   in alphabetical order, skipping a letter with no unread file (x, q, y, j, k, u and z are
   whole); each letter's unread files in alphabetical order of their path
   (``pkg/detectors/<name>/...``, a detector's versions in order ``v1``, ``v2`` ...) until the
   round holds 35 files; the letter where the round reaches 35 is cut there, its other unread
   files left for a later round and named below from the default list (listing, not reading),
   and no further letter is taken.  Round 42 named v next (16 read; vercel and verifier
   unread);
4. a file is unread when its detector is in trufflehog's default list
   (``pkg/engine/defaults/defaults.go``, the detectors it builds, commented-out ones not
   counted, at the commit rounds 24-42 used, 0011995) and no earlier round's
   ``SOURCE_PATHS`` nor the public-format corpus' trufflehog lists name it (a corpus name
   shorter than the folder's, as ``shodan`` for shodankey, names that folder); a detector with
   versions (``<name>/v1``, ``v2``) counts each version the list builds as a file;
5. families as rounds 10, 11, 24-32, 34-36, 38, 39, 41 and 42 built them: a token with a prefix
   or a shape of its own a bare family and one in the verifier's request; a keyword-near-token
   detector a keyed family (a provider-named key) and a text family (the verifier's request
   with the token, then prose with and without a credential word); where a detector pairs two
   parts the family is the secret one and the other part is written into the request; a file
   whose match is public by design (an id a page embeds) gives no family, as round 39's
   squareup;
6. a detector whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 233 (no round has used it: no ``Round(...)`` registration nor heldout module names it as a
seed; 233 appears in rounds 31's and 39's docstrings only as a count), 7 samples per family,
round 2's carriers; seeds 7 and 99 are printed too.  Each file is read as the index stores it
(one version, not always the newest).

The rule applied (the default list as the index stores it, commit 0011995, the same as rounds
24-42's, listed after the rule above was written and before any detector file; the read names
recounted from rounds 2-43's ``SOURCE_PATHS`` and the corpus' two trufflehog lists): the list
builds the 33 c files round 42 named, none commented out and none named by round 42's or 43's
``SOURCE_PATHS`` (round 43's are Semgrep's) nor the corpus, so rule 2 takes all 33 and c is
whole (82 c files built, 49 read before).  Rule 3 then finds x, q, y, j, k, u and z whole and
v the next letter with unread files (its 16 read the fewest left): the list builds 18 v files
(vagrantcloudpersonaltoken, vatlayer, vbout, vercel, verifier, verimail, veriphone,
versioneye, viewneo, virustotal, visualcrossing, voiceflow, voicegain, voodoosms, vouchery,
vpnapi, vultrapikey, vyte), 16 read, so vercel and verifier are unread and both are taken:
**35 files, none left** of c and v; no detector among them has versions.  The recount agrees
with round 42's (33 c, then v's two).  No further letter is taken; the letters next by rule 1's
counts are o and w (19), then h (21), whether they have unread files left for a later round's
count.

Taken (35): cloudplan, cloudsmith, cloverly, cloze, clustdoc, coda, codeclimate, codequiry,
coinapi, coinbase, coinbase_waas, coinlayer, coinlib, collect2, column, commercejs,
commodities, companyhub, confluent, contentfulpersonalaccesstoken, conversiontools,
convertapi, convier, copper, countrylayer, craftmypdf, crowdin, cryptocompare, currencyfreaks,
currencylayer, currencyscoop, currentsapi, customerguru, vercel, verifier.
"""
