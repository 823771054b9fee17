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

The rule applied (the default list as the index stores it, commit 0011995, the same as rounds
24-39's, read after the rule above was committed and before any detector file): the list builds
the 14 s files round 39 named (streak to swiftype, none commented out), all unread, so rule 2
takes the 14.  Rule 3 then finds u whole: the list builds 14 u files (ubidots, uclassify,
unifyid, unplugg, unsplash, upcdatabase, uplead, uploadcare, uptimerobot, upwave, uri, urlscan,
userflow, userstack) and every one is named already (11 by an earlier round's ``SOURCE_PATHS``,
ubidots, unsplash and uptimerobot by the corpus' lists), so u gives no file and the round stops
there, as the rule's last sentence says (fewer than 21 unread u files): **14 files, none left**
of the letters this rule names.  Round 39's "then u" was wrong in this one respect: u has 14 read
files and no unread one.  No other letter is taken; the next letters by rule 1's counts that
still have unread files are for a later round (c and z at 15 read, then v at 16; c's list is
long).

Taken (14): streak, stripe, stripo, stytch, sugester, sumologickey, supabasetoken,
supernotesapi, surveyanyplace, surveybot, surveysparrow, survicate, swell, swiftype; every one
gives a family (28 families, 196 samples a seed).

Four providers an earlier round or the public-format corpus already has: Stripe (round 2 and
others, the corpus), Sumo Logic (the corpus: its access id and key), Supabase (round 2's
``sbp_``) and Swell (round 12).  Group ``known`` is the families whose id starts with stripe,
sumologic, supabase or swell.

Shapes of detector, carried as in :mod:`tests.unit.redact.heldout_round39`:

prefixed
    a token with a prefix of its own, bare in round 2's seven bare carriers and in the
    verifier's request: Stripe's live secret or restricted key (``sk_live_``/``rk_live_`` and
    20-30 letters and digits, the detector's range) and Supabase's personal access token
    (``sbp_`` and 40; the detector's ``[a-z0-9]`` written as issued, 40 hex);
keyword near token
    as round 39's, the provider's name at most 40 characters before a token; where a detector
    pairs parts the family is the secret one and the other is written into the request:
    Stytch's secret (its project id, ``project-live-`` and a UUID, in ``curl -u``), Sugester's
    32 (its account in the host), Sumo Logic's 64-character access key (its ``su`` access id
    in ``curl -u``; the detector's keyword is ``sumologic``, its context word ``sumo``, the
    families' word ``sumologic``), SurveyAnyplace's 32 (its survey's UUID in the path), Swell's
    32 (its store id in ``curl -u``).  Requests sending ``Basic`` of ``<key>:`` are written as
    ``curl -u`` (Streak).  Streak's ``[0-9Aa-f]{32}`` is written as 32 hex; Stripo's key is a
    JWT of its own header (``eyJhbGciOiJIUzI1NiJ9``, ``.``, 130 letters and digits beginning
    ``eyJ``, ``.``, 43 of ``[\\w-]``), a keyword-near family as round 39's StoryChief; Stytch's
    47 of ``[\\w-]`` and ``=``; Swiftype's ``<6>_<6>-<6>`` of letters and digits (the
    detector's ``A-z`` range read as letters).  The ``\\b``-closed classes holding ``-`` or
    ``_`` (Stripo's signature, Stytch's, Supernotes' 43, SurveyBot's 80, SurveySparrow's 88) are
    written with first and last character a letter or digit.  Swell is an everyday word.

Formats are facts in our own notation, generated at test time; no rule text of the
source is copied.

First measurement, BEFORE any rule was changed for these families (seed 223, 7 per family,
rules as of main 9877b26 (their last change the review of round 39), run at the round's branch
r41 plus this module and its lookalikes; run once, nothing tuned): strict **192/196 = 97.96%**,
loose 192/196 (prefixed 28/28, near 164/168; the providers an earlier set has 55/56, new
providers 137/140; by carrier: bare 14/14, keyed 84/84, text 94/98).  Seeds 7 and 99, same
rules: 192/196 = 97.96% and 193/196 = 98.47%.  Missed at seed 223, by family: Streak's 32 hex
in prose after ``Streak client configured:`` and ``streak:`` 4/7 (streak is not in the
providers list, and is an everyday word; after ``streak api key`` found); Swell's 32 letters
holding no digit after ``Swell client configured:`` 6/7 (a weak name since round 12: its token
must mix upper case, lower case and digits).  At seeds 7 and 99 Streak the same (4/7 each);
SurveyAnyplace's 32 letters holding no digit after ``surveyanyplace:`` 6/7 at 7 (a token must
hold a digit); every other family 7/7 at each seed.  The round-41 lookalikes: 0/600 touched at
seed 223, 0 and 0 at corpus seeds 7 and 99, 0, 0 and 0 of 3000 at seeds 1, 2 and 3.

The held-out figure is printed again by running this module against the rules of the
commit that adds its measured version (on the round's branch r41)::

    git worktree add --detach /tmp/r41base e02ef2e  # on the round's branch r41
    cd /tmp/r41base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round41

Any figure measured after that is in-sample.  After the round-41 rules (797077b on r41; no rule
added, 453 rules, 452 on by default): Streak is a weak name, its name in prose marking a random
mix or its own key's shape (32 hex digits; an md5 or a trace id after it stays); a token of 24
letters or more holding no digit is a token when both cases are in it and its case flips five times
or more (``_random_letters``: a base62 token that happens to hold no digit; camelCase names,
acronyms and joined words stay): **196/196 = 100%** strict, 196/196 loose (prefixed 28/28, near
168/168; known 56/56, new 140/140; bare 14/14, keyed 84/84, text 98/98); seeds 7 and 99: 196/196
each.  The round-41 lookalikes: 0/600 at corpus seeds 223, 7 and 99, and 0 of 3000 at seeds 1, 2
and 3; every other round's lookalikes and the labeled corpus unchanged (``python -m
tests.unit.redact.figures --seeds`` on 9877b26 and on 797077b: every lookalike line and the corpus'
line identical; round 40's lookalikes at seeds 1-3, which the output now replaces with round 41's,
0, 0 and 0 of 3000 run apart).  Two earlier rounds moved up, by the letters-alone class: round 7
273 -> 274/280 (Enigma's 40 letters in prose) and round 24 477 -> 478/490 (Feedier's 32).
``sightline bench redact --records 60000`` (9877b26 and 797077b alternated, 3 pairs, median CPU
records/s): without secrets 172,675 and 177,518, with secrets 12,451 and 13,006 (the machine shared;
within the noise).

Left: a base62 token of letters alone whose case flips fewer than five times (about one in nine of
32 letters, one in three of 24), missed as before after a weak name or in prose; Streak's 32 hex
after its name with no label or credential word (``streak 3b4f...``), as every weak name.  The
trufflehog default list's s files are now all read; u turned out whole (its 14 files read, 11 by
rounds' ``SOURCE_PATHS``, 3 by the corpus), so the next trufflehog round starts from the letters
that still have unread files by rule 1's counts: c and z (15 read; z's one unread file is
zulipchat), then v (16), whichever has unread files.

The round was built on branch r41: 28c87cd (the rule), e02ef2e (the measurement), 797077b (the
rules) and the commit adding these figures.

The round was built on branch r41 and cherry-picked onto main: 28c87cd (the rule) is f128c1b,
e02ef2e (the measurement) is 807c474, 797077b (the rules) is 19b5441, 9e0361c (the figures) is
a14f516.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round41 import lookalikes
from tests.unit.redact.rounds import HeldOutRound, split_by_prefix
from tests.unit.redact.trufflehog_families import Trufflehog

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

# fixed other parts of multi-part credentials (ids, accounts, stores: not the secret measured)
_STYTCH_PROJECT = "project-live-7c2e9a41-5d8b-4f36-a0e7-3b91c6d4f852"
_SUGESTER_ACCOUNT = "acmeshop"
_SUMO_ACCESS_ID = "suK7mQ2xR9vT4w"
_SURVEY_ID = "4b8e1f3a-9c27-4d65-b0a8-e2f71c5d9a36"
_SWELL_STORE = "acmeoutlet"

_TRUFFLEHOG = Trufflehog()
SOURCE_PATHS = _TRUFFLEHOG.source_paths
_near, _prefixed = _TRUFFLEHOG.near, _TRUFFLEHOG.prefixed

_STRIPO_JWT = "eyJhbGciOiJIUzI1NiJ9\\.eyJ[0-9A-Za-z]{127}\\.[0-9A-Za-z][0-9A-Za-z_-]{41}[0-9A-Za-z]"


PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed(
        "stripe",
        "[rs]k_live_[a-zA-Z0-9]{20,30}",
        "stripe",
        "GET https://api.stripe.com/v1/charges Authorization: Bearer {v} Content-Type: application/json",
    ),
    *_prefixed(
        "supabase",
        "sbp_[a-f0-9]{40}",
        "supabasetoken",
        "GET https://api.supabase.com/v1/projects Authorization: Bearer {v}",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "streak",
        "[0-9a-f]{32}",
        "streak",
        "streak",
        "curl -u {v}: https://www.streak.com/api/v1/pipelines",
    ),
    *_near(
        "stripo",
        _STRIPO_JWT,
        "stripo",
        "stripo",
        "GET https://stripo.email/emailgeneration/v1/emails?sortingAsc=true Stripo-Api-Auth: {v}",
    ),
    *_near(
        "stytch",
        "[A-Za-z0-9][A-Za-z0-9_-]{46}=",
        "stytch",
        "stytch",
        "curl -u " + _STYTCH_PROJECT + ":{v} https://api.stytch.com/v1/users/pending",
    ),
    *_near(
        "sugester",
        "[a-zA-Z0-9]{32}",
        "sugester",
        "sugester",
        "GET https://" + _SUGESTER_ACCOUNT + ".sugester.com/app/clients.json?api_token={v}"
        " Accept: application/vnd.sugester+json; version=3",
    ),
    *_near(
        "sumologic",
        "[A-Za-z0-9]{64}",
        "sumologickey",
        "sumologic",
        "curl -u " + _SUMO_ACCESS_ID + ":{v} https://api.us2.sumologic.com/api/v1/users",
    ),
    *_near(
        "supernotes",
        "[0-9A-Za-z][0-9A-Za-z_-]{41}[0-9A-Za-z]",
        "supernotesapi",
        "supernotes",
        "GET https://api.supernotes.app/v1/user Accept: application/json Api-Key: {v}",
    ),
    *_near(
        "surveyanyplace",
        "[a-z0-9A-Z]{32}",
        "surveyanyplace",
        "surveyanyplace",
        "POST https://api.surveyanyplace.com/v1/surveys/" + _SURVEY_ID + "/accesscodes Authorization: API {v}"
        " Content-Type: application/json",
    ),
    *_near(
        "surveybot",
        "[A-Za-z0-9][A-Za-z0-9-]{78}[A-Za-z0-9]",
        "surveybot",
        "surveybot",
        "GET https://app.surveybot.io/api/v1/surveys?page=1&per_page=20 Accept: application/json X-Api-Key: {v}",
    ),
    *_near(
        "surveysparrow",
        "[a-zA-Z0-9][a-zA-Z0-9_-]{86}[a-zA-Z0-9]",
        "surveysparrow",
        "surveysparrow",
        "GET https://api.surveysparrow.com/v1/contacts Authorization: Bearer {v}",
    ),
    *_near(
        "survicate",
        "[a-z0-9]{32}",
        "survicate",
        "survicate",
        "GET https://data-api.survicate.com/v1/surveys Authorization: Basic {v}",
    ),
    *_near(
        "swell",
        "[a-zA-Z0-9]{32}",
        "swell",
        "swell",
        "curl -u " + _SWELL_STORE + ":{v} 'https://api.swell.store/products?limit=100'",
    ),
    *_near(
        "swiftype",
        "[a-zA-Z0-9]{6}_[a-zA-Z0-9]{6}-[a-zA-Z0-9]{6}",
        "swiftype",
        "swiftype",
        "GET https://search-api.swiftype.com/api/v1/engines/docs-site/document_types/pages/search.json"
        " Content-Type: application/json {\"auth_token\":\"{v}\",\"q\": \"pricing\"}",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR

# the providers an earlier set has (see the docstring); the other families are "new"
_KNOWN = ("stripe", "sumologic", "supabase", "swell")
KNOWN, NEW = split_by_prefix(FAMILIES, _KNOWN)


ROUND = HeldOutRound(
    "round-41", __doc__, 223, FAMILIES, lookalikes, SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
