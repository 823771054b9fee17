"""A forty-seventh held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round47 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a keyword
list, the token's regex and the request its verifier sends, as rounds 5-11, 24-32, 34-36, 38,
39, 41, 42 and 44 read them.  The rule that chose the files, written here before any of them was
read (round 44's rule continued, its files now counted as read; rounds 33, 37, 40, 43 and 45,
from other sources, are not counted here):

1. the trufflehog detector files named by every earlier round's ``SOURCE_PATHS`` (rounds 2-45)
   and the detectors named by :mod:`tests.unit.redact.public_formats`' trufflehog lists are
   counted by the first letter of the detector's folder (a corpus name no round's folder
   covers counted once): x 1, q 3, y 5, j 7, k 12, u 14, z 15, v 18, o 19, w 19, h 21, e 22,
   i 22, n 25, l 26, r 32, b 36, g 38, f 39, d 41, m 44, t 49, p 60, a 82, c 83, s 107 (764
   files by rounds' ``SOURCE_PATHS``, 77 names in the corpus' lists);
2. round 44 named o and w (19), then h (21) as the next letters.  Recounted against
   trufflehog's default list (``pkg/engine/defaults/defaults.go`` at 0011995, the commit rounds
   24-44 used, the detectors its ``buildDetectorList`` builds, each version of a versioned
   detector a file): the list builds 834 files and **every one is read**: o's 18, w's 18 and
   h's 21 (hubspot_apikey v1 and v2) by rounds' ``SOURCE_PATHS`` and the corpus (omnisend,
   openweather, webflow, wistia, wrike, harvest and hunter by the corpus), and every other
   letter likewise (deno as the corpus' ``denodeploy``, round 29's reading; squareup read by
   round 39, which took no family from it and so names no ``SOURCE_PATHS`` for it).  Round 44's
   rule therefore takes no file;
3. this round widens rule 4 of round 44 by one step: the detectors ``buildDetectorList`` at
   0011995 names but comments out (disabled for an API's issue or false positives: 28 lines,
   abstract, adobeio, alconost, apollo, artifactory, azurefunctionkey, blocknative, dailyco,
   debounce, generic, getemail, getemails, hive, ibmclouduserkey, linemessaging, m3o, magnetic,
   manifest, mixpanel, nasdaqdatalink, raven, restpack, rockset, sparkpost, spotifykey,
   toggltrack, wepay, zapierwebhook) are files of the list too; one is unread when no earlier
   round's ``SOURCE_PATHS`` nor the corpus' lists name it (a corpus name shorter than the
   folder's, as ``spotify`` for spotifykey, names that folder).  Wepay (a round's
   ``SOURCE_PATHS``), abstract and spotifykey (the corpus) are read, so **25 are unread**;
4. the letters in order of their count in rule 1, fewest first, ties in alphabetical order,
   each letter's unread files in alphabetical order of their path, until the round holds 35
   files; the letter where the round reaches 35 would be cut there and its rest named.  The 25
   are fewer than 35, so all are taken, none cut: z (zapierwebhook), h (hive), i
   (ibmclouduserkey), n (nasdaqdatalink), l (linemessaging), r (raven, restpack, rockset), b
   (blocknative), g (generic, getemail, getemails), d (dailyco, debounce), m (m3o, magnetic,
   manifest, mixpanel), t (toggltrack), a (adobeio, alconost, apollo, artifactory,
   azurefunctionkey), s (sparkpost).  No further source is taken in this round: detector
   folders the index stores that 0011995's list does not name at all (newer detectors, as the
   corpus' ``openrouter``) are left for a later round's rule;
5. families as rounds 10, 11, 24-32, 34-36, 38, 39, 41, 42 and 44 built them: a token with a
   prefix or a shape of its own a bare family and one in the verifier's request; a
   keyword-near-token detector a keyed family (a provider-named key) and a text family (the
   verifier's request with the token, then prose with and without a credential word); where a
   detector pairs two parts the family is the secret one and the other part is written into the
   request; a file whose match is public by design (an id a page embeds) or that matches no
   credential of a provider of its own (a generic detector) gives no family, as round 39's
   squareup;
6. a detector whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 251 (no round has used it: no ``Round(...)`` registration nor heldout module names it as a
seed; 251 appears in round 27's families only as an IP address's last octet), 7 samples per
family, round 2's carriers; seeds 7 and 99 are printed too.  Each file is read as the index
stores it (one version, not always the newest).

The rule applied (listing only: defaults.go as the index stores it, commit 0011995, the same as
rounds 24-44's; the read names recounted from rounds 2-45's ``SOURCE_PATHS`` and the corpus' two
trufflehog lists; the folders of the 25 listed in the index, each holding its ``<name>.go``):
**25 files, none left** of the commented-out detectors.
"""
