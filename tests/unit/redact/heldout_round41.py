"""A forty-first held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round41 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a
keyword list, the token's regex and the request its verifier sends, as rounds 5-11, 24-32,
34-36, 38 and 39 read them.  The rule that chose the files, written here before any of them
was read (round 39's rule continued, its files now counted as read; rounds 33, 37 and 40, from
another source, are not counted here):

1. the trufflehog detector files named by every earlier round's ``SOURCE_PATHS`` and the
   detectors named by :mod:`tests.unit.redact.public_formats`' trufflehog lists are counted
   by the first letter of the detector's folder.  Round 39's counts with its 35 s files
   added: a 82, b 36, c 15, d 41, e 22, f 39, g 38, h 21, i 22, j 7, k 12, l 26, m 44, n 25,
   o 19, p 61, q 3, r 32, s 94, t 49, u 14, v 16, w 19, x 1, y 5, z 15;
2. the letters an earlier round left for later come first: round 39 left 14 s files
   (streak, stripe, stripo, stytch, sugester, sumologickey, supabasetoken, supernotesapi,
   surveyanyplace, surveybot, surveysparrow, survicate, swell, swiftype; named by its rule
   from the default list).  Before this rule was committed none of them was found in an
   earlier round's ``SOURCE_PATHS`` or the public-format corpus' trufflehog lists (checked
   by folder name), so all 14 are unread by rule 4 and this round takes them first, in
   alphabetical order of their path; s is then whole;
3. then the letter with the fewest read files among the letters that still have unread files
   (round 36's rule 3: x, q, y, j and k are whole, s is made whole by rule 2): u (14).  Its
   unread files (rule 4) are taken in alphabetical order of their path
   (``pkg/detectors/<name>/...``, a detector's versions in order ``v1``, ``v2`` ...) until
   the round holds 35 files in all (so at most 21 of u); if u has more, the rest are left for
   a later round, named below from the default list (listing, not reading).  The round then
   stops (no other letter is taken), also when u has fewer than 21 unread files;
4. a file is unread when its detector is in trufflehog's default list
   (``pkg/engine/defaults/defaults.go``, the detectors it builds, commented-out ones not
   counted, at the commit rounds 24-39 used, 0011995) and no earlier round's
   ``SOURCE_PATHS`` nor the public-format corpus' trufflehog lists name it; a detector with
   versions (``<name>/v1``, ``v2``) counts each version the list builds as a file;
5. families as rounds 10, 11, 24-32, 34-36, 38 and 39 built them: a token with a prefix or a
   shape of its own a bare family and one in the verifier's request; a keyword-near-token
   detector a keyed family (a provider-named key) and a text family (the verifier's request
   with the token, then prose with and without a credential word); where a detector pairs two
   parts the family is the secret one and the other part is written into the request; a file
   whose match is public by design (an id a page embeds) gives no family, as round 39's
   squareup;
6. a detector whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 223 (no round has used it: no ``Round(...)`` registration nor heldout module names it),
7 samples per family, round 2's carriers; seeds 7 and 99 are printed too.  Each file is read
as the index stores it (one version, not always the newest).
"""
