"""A twenty-fourth held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round24 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a
keyword list, the token's regex and the request its verifier sends, as rounds 5-11 read
them.  The rule that chose the files, written here before any of them was read (round 11's
rule, its counts brought up to date with rounds 11-23):

1. the trufflehog detector files named by every earlier round's ``SOURCE_PATHS`` and the
   detectors named by :mod:`tests.unit.redact.public_formats`' trufflehog lists
   (``_TRUFFLEHOG_KEYED``, ``_TRUFFLEHOG_BARE``) are counted by the first letter of the
   detector's folder.  Rounds 5-11 name 205 files (201 detectors); rounds 2-4 and 12-23 name
   none (a grep of their modules, round 23's on its branch too: their ``SOURCE_PATHS`` hold
   no trufflehog path); the public-format corpus names 77 detectors, none of them a round's.
   Together: a 14, b 7, c 15, d 6, e 22, f 4, g 5, h 21, i 8, j 7, k 11, l 5, m 6, n 25, o 19,
   p 11, q 3, r 4, s 14, t 6, u 14, v 16, w 19, x 1, y 4, z 15.  (Rounds 10 and 11 counted
   the rounds' paths alone; the public-format corpus is counted here as the brief asks.  The
   rounds' paths alone give a 4, b 2, c 6, d 2, e 21, f 3, g 3, h 19, i 5, j 6, k 9, l 3, m 3,
   n 24, o 16, p 6, q 3, r 2, s 7, t 3, u 11, v 15, w 16, x 1, y 3, z 12.)
2. the letters an earlier round left for later come first: none is left (round 10 left w
   and z, which round 11 took; round 11 took no further letter and left none);
3. then the letters with the fewest files, ties alphabetically: x (1), q (3), f, r, y (4),
   g, l (5), d, m, t (6), b, j (7) ...; each letter whole, until 25-35 files are taken; a
   letter that would carry the count past 35 is left for a later round and the next letter
   in this order is tried;
4. a file is unread when its detector is in trufflehog's default list
   (``pkg/engine/defaults/defaults.go``, the detectors it builds, commented-out ones not
   counted) and no earlier round's ``SOURCE_PATHS`` nor the public-format corpus' trufflehog
   lists name it; a detector with versions (``<name>/v1``, ``v2``) counts each version the
   list builds as a file;
5. families as rounds 10 and 11 built them: a token with a prefix or a shape of its own a
   bare family and one in the verifier's request; a keyword-near-token detector a keyed
   family (a provider-named key) and a text family (the verifier's request with the token,
   then prose with and without a credential word); where a detector pairs two parts the
   family is the secret one and the other part is written into the request;
6. a detector whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 127 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99
are printed too.  Each file is read as the index stores it (one version, not always the
newest).

The rule applied (the default list as the index stores it, commit 0011995, read after the
rule above was committed and before any detector file): x gives none (xai, read by round
10); q none (qase, qualaroo, qubole, read by round 6); f gives 35 (facebookoauth,
faceplusplus, fastforex, fastlypersonaltoken, feedier, fetchrss, figmapersonalaccesstoken
v1 and v2, fileio, finage, financialmodelingprep, findl, finnhub, fixerio, flatio, flexport,
flickr, flightapi, flightlabs, flightstats, float, flowflu, flutterwave, fmfw, formbucket,
formcraft, formio, formsite, foursquare, frameio, freshbooks, freshdesk, front, fulcrum,
fxmarket; fibery, fleetbase and ftp read by earlier rounds, fullstory v1 and v2 by the
public-format corpus): 35 files, inside 25-35 (the count does not pass 35), so no further
letter is taken (r would give 28, y 1: yandex).
"""
