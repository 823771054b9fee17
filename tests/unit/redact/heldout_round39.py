"""A thirty-ninth held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round39 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a
keyword list, the token's regex and the request its verifier sends, as rounds 5-11, 24-32,
34-36 and 38 read them.  The rule that chose the files, written here before any of them was
read (round 38's rule continued, its files now counted as read; rounds 33 and 37, from another
source, are not counted here):

1. the trufflehog detector files named by every earlier round's ``SOURCE_PATHS`` and the
   detectors named by :mod:`tests.unit.redact.public_formats`' trufflehog lists are counted
   by the first letter of the detector's folder.  Round 38's counts with its 35 s files
   added: a 82, b 36, c 15, d 41, e 22, f 39, g 38, h 21, i 22, j 7, k 12, l 26, m 44, n 25,
   o 19, p 61, q 3, r 32, s 59, t 49, u 14, v 16, w 19, x 1, y 5, z 15;
2. the letters an earlier round left for later come first: round 38 left 49 s files
   (simvoly to swiftype in alphabetical order of path, less smartsheets, statuscake,
   statuspage and strava, which are read; named by its rule from the default list).  This
   round takes them first, in alphabetical order of their path (``pkg/detectors/<name>/...``,
   a detector's versions in order ``v1``, ``v2`` ...), and, since the 49 would carry the
   round past 35, cuts them as round 31 cut t and round 38 cut s: the first 35 are taken and
   the rest (14) are left for a later round, named below from the default list (listing, not
   reading); the round then stops (no other letter is taken);
3. a file is unread when its detector is in trufflehog's default list
   (``pkg/engine/defaults/defaults.go``, the detectors it builds, commented-out ones not
   counted, at the commit rounds 24-38 used, 0011995) and no earlier round's
   ``SOURCE_PATHS`` nor the public-format corpus' trufflehog lists name it; a detector with
   versions (``<name>/v1``, ``v2``) counts each version the list builds as a file;
4. families as rounds 10, 11 and 24-38 built them: a token with a prefix or a shape of its
   own a bare family and one in the verifier's request; a keyword-near-token detector a keyed
   family (a provider-named key) and a text family (the verifier's request with the token,
   then prose with and without a credential word); where a detector pairs two parts the
   family is the secret one and the other part is written into the request;
5. a detector whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 201 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99
are printed too.  Each file is read as the index stores it (one version, not always the
newest).
"""
