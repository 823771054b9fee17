"""A thirty-sixth held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round36 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a
keyword list, the token's regex and the request its verifier sends, as rounds 5-11 and 24-35
read them.  The rule that chose the files, written here before any of them was read (round
35's rule continued, its files now counted as read; round 33, from another source, is not
counted here):

1. the trufflehog detector files named by every earlier round's ``SOURCE_PATHS`` and the
   detectors named by :mod:`tests.unit.redact.public_formats`' trufflehog lists are counted
   by the first letter of the detector's folder.  Round 35's counts with its 35 a files
   added (recounted from those lists before this rule was committed): a 57, b 36, c 15,
   d 41, e 22, f 39, g 38, h 21, i 22, j 7, k 12, l 26, m 44, n 25, o 19, p 61, q 3, r 32,
   s 14, t 49, u 14, v 16, w 19, x 1, y 5, z 15;
2. the letters an earlier round left for later come first: round 35 left 25 a files
   (auth0oauth, autodesk, autoklose, autopilot, avazapersonalaccesstoken, aviationstack,
   aws/access_keys, aws/session_keys, axonaut, aylien, azure_batch, azure_cosmosdb,
   azure_entra/refreshtoken, azure_entra/serviceprincipal v1 and v2, azure_openai,
   azure_storage, azureapimanagement/repositorykey, azureapimanagementsubscriptionkey,
   azureappconfigconnectionstring, azuredevopspersonalaccesstoken, azuredirectmanagementkey,
   azuresastoken, azuresearchadminkey, azuresearchquerykey, named by its rule from the default
   list).  This round takes those 25 first (a is then whole);
3. then the letters in round 27's order, the fewest files counted in rule 1 first, ties
   alphabetically: x (1), q (3), y (5), j (7), k (12), s, u (14), c, z (15), v (16), o, w
   (19), h (21), e, i (22), n (25), l (26), r (32), b (36), g (38), f (39), d (41), m (44),
   t (49) (a and p, whole, left out); each letter whole (its unread files, rule 4; a letter
   with none gives none), until the round holds 25-35 files in all with a's 25, as round 34
   went on past p's 27 to 35.  A letter that would carry the count past 35 is cut as round
   31 cut t: its unread files are put in alphabetical order of their path
   (``pkg/detectors/<name>/...``, a detector's versions in order ``v1``, ``v2`` ...), the
   first up to 35 files in all are taken and the rest are left for a later round (their
   number given below, counted from the default list, which is listing, not reading); the
   round then stops.  If every letter is taken and the round holds fewer than 25, it stops
   there;
4. a file is unread when its detector is in trufflehog's default list
   (``pkg/engine/defaults/defaults.go``, the detectors it builds, commented-out ones not
   counted, at the commit rounds 24-35 used, 0011995) and no earlier round's
   ``SOURCE_PATHS`` nor the public-format corpus' trufflehog lists name it; a detector with
   versions (``<name>/v1``, ``v2``) counts each version the list builds as a file;
5. families as rounds 10, 11 and 24-35 built them: a token with a prefix or a shape of its
   own a bare family and one in the verifier's request; a keyword-near-token detector a keyed
   family (a provider-named key) and a text family (the verifier's request with the token,
   then prose with and without a credential word); where a detector pairs two parts the
   family is the secret one and the other part is written into the request;
6. a detector whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 191 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99
are printed too.  Each file is read as the index stores it (one version, not always the
newest).
"""
