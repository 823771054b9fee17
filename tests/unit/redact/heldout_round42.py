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
Every file gives a family (70 families, 490 samples a seed).

Eleven providers an earlier round or the public-format corpus already has: Canny, Capsule CRM,
Carbon Interface, CentralStationCRM, ChartMogul and Cloudmersive (round 4), Checkly, ClickUp and
Close (round 3), CircleCI (rounds 2, 12 and 17) and Cloudflare (round 3, round 19, the corpus:
its API token, global key and Origin CA key).  Group ``known`` is the families whose id starts
with canny, capsulecrm, carboninterface, centralstationcrm, chartmogul, checklyhq, circleci,
clickup, closecrm, cloudflare or cloudmersive.

Shapes of detector, carried as in :mod:`tests.unit.redact.heldout_round41`:

prefixed
    a token with a prefix or a shape of its own, bare in round 2's seven bare carriers and in
    the verifier's request: ClickUp's personal token (``pk_``, 8 digits, ``_`` and 32 upper-case
    letters and digits), Close's key (``api_`` and 45 of ``[a-zA-Z0-9.]``, written as 22, ``.``
    and 22; its keyword ``close`` is not asked by its regex) and Cloudflare's Origin CA key (the
    detector's ``v`` and 173 or more of ``[\\w.-]``, written as issued: ``v1.0-``, 24 hex, ``-``
    and 146 hex);
keyword near token
    as round 41's, the provider's name at most 40 characters before a token; where a detector
    pairs parts the family is the secret one and the other is written into the request:
    CaptainData's 64 hex (v1 and v2, its project UUID in the path or ``x-project-id``),
    Cashboard's ``XXX-XXX-XXX-XXX`` (its user in ``curl -u``), Caspio's client secret (50; its
    client id and account domain in the token request), Checkout.com's ``sk_``/``sk_test_`` and a
    UUID (its customer id in the path; the detector's ``[0-9a-fA-F]`` written as lower-case hex),
    Checkvist's 14 (its user's e-mail in the form), ClickHelp's 24 (its portal host and user in
    ``curl -u``), ClickSend's upper-case UUID (its user name in ``curl -u``; keyword
    ``clicksend``, the detector's ``sms`` context is the user's), Clockwork's 24-character access
    token (its five-digit user key, which the detector reports, in the request), Cloud Elements'
    43-character user secret (its organization secret in the header), Cloudflare's global key
    (37 hex as issued, its account e-mail in ``X-Auth-Email``).  Cex.io pairs a key and a
    secret of one shape (24-27 letters and digits) with a user id; the family is the key, the
    part the detector reports and the request sends (the secret signs and is not sent).
    Requests sending ``Basic`` of ``<key>:`` or ``<user>:<key>`` are written as ``curl -u``
    (ChartMogul, Clinchpad's ``api-key:<key>``, Close).  Canny's ``[a-z0-9]`` UUID with a
    fourth group of digits is written as hex; Cliengo's and Cloudmersive's as a hex UUID (the
    latter's 36 of ``[a-z0-9-]`` as round 38 wrote SelectPDF's).  The ``\\b``-closed classes
    holding ``_``, ``-`` or other marks (Capsule CRM's 64 of ``[\\w.+=-]``, Chatbot's 32 of
    ``\\w``, Cloudflare's API token's 40 of ``[\\w-]``, Cloudimage's 30 of ``[a-z0-9_]``) are
    written with first and last character a letter or digit.  Caflou's 155 of
    ``[a-bA-Z0-9\\S]`` (any printable character) is written as round 38 wrote SimplyNoted's:
    printable characters less ``"``, ``'``, ``\\`` and the backquote, first and last a letter
    or digit.  Chatfuel's folder is ``chatfule``, its keyword ``chatfuel``; CircleCI's keyword is
    ``circle``, the families' word ``circleci``.  Checkout, chatbot, clockwork and canny are
    everyday words.

Formats are facts in our own notation, generated at test time; no rule text of the
source is copied.

First measurement, BEFORE any rule was changed for these families (seed 227, 7 per family,
rules as of main de25b25 (their last change round 41's, 19b5441), run at the round's branch r42
plus this module and its lookalikes; run once, nothing tuned): strict **442/490 = 90.20%**,
loose 445/490 (prefixed 29/42, near 413/448; the providers an earlier set has 166/182, new
providers 276/308; by carrier: bare 15/21, keyed 223/224, text 204/245).  Seeds 7 and 99, same
rules: 441/490 = 90.00% each.  Missed at seed 227, by family: Close's ``api_<22>.<22>`` 1/7 bare
and 0/7 in its request (``curl -u api_...:``), every seed; Caflou's 155 printable characters
6/7 under its key and 2/7 in prose (cut at ``;``, ``|``, ``<``, ``,``); a provider's name in
prose before its token after ``<Name> client configured:`` and ``<name>:`` (and after ``<name>
api key`` for the shortest and the hyphenated), 2-5/7 each: Canny's UUID, Cashboard's
``XXX-XXX-XXX-XXX``, Chatbot's 32, Chatfuel's 128, Checkout's ``sk_`` UUID, Cicero's 40 lower-case
letters and digits, Clockwork's 24; a form's or query's value under a name no rule reads as a
secret's: Cex.io's ``key=`` (5/7) and Checkvist's ``remote_key=`` (5/7).  At seeds 7 and 99 the
same families (Caflou 2/7 and 1/7 in prose; Cex.io 4/7 and 5/7, Checkvist 4/7); every other
family 7/7 at each seed.  The round-42 lookalikes: 0/600 touched at seed 227, 0 and 0 at corpus
seeds 7 and 99, 0, 0 and 0 of 3000 at seeds 1, 2 and 3.

The held-out figure is printed again by running this module against the rules of the
commit that adds its measured version (on the round's branch r42)::

    git worktree add --detach /tmp/r42base b849b46  # on the round's branch r42
    cd /tmp/r42base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round42

Any figure measured after that is in-sample.  After the round-42 rules (e0f3fa7 and 946d0ce on r42;
two rules added, close-api-key and sk-uuid-secret-key, 455 rules, 454 on by default; two regexes
widened in place): Chatbot and Clockwork are weak names (everyday words; their keys random
mixes), Canny, Cashboard and Cicero weak names too (kept out of free text as names before) with
their keys' own shapes, a shape that sets its key's length (Cashboard's 15); Chatfuel joins the
providers list; a secret key's ``sk_`` before a UUID reads as a token and is taken bare
(Checkout.com's; checkout stays no name, round 5's guard: e0f3fa7 had made it a weak name and
946d0ce undid that); a short prefix before two random parts around a ``.`` reads as a token, and
``curl -u``'s user may hold ``.`` (Close's key in its request); close-api-key takes Close's key
bare; a form body's first parameter before ``&`` is read as a query's (Cex.io's ``key=``):
**481/490 = 98.16%** strict, 484/490 loose (prefixed 41/42, near 440/448; known 181/182, new
300/308; bare 20/21, keyed 223/224, text 238/245); seeds 7 and 99: 479/490 = 97.76% each.  The
round-42 lookalikes: 0/600 at corpus seeds 227, 7 and 99, and 0 of 3000 at seeds 1, 2 and 3;
every other round's figures and lookalikes unchanged (``python -m tests.unit.redact.figures
--seeds`` on de25b25 and on 946d0ce: every round line and every lookalike line identical; round
41's lookalikes at seeds 1-3, which the output now replaces with round 42's, 0, 0 and 0 of 3000
run apart); the labeled corpus 9887/9892 -> 9936/9940, redrawn by the two new rules' examples,
its four misses (an LDAP script's password) the same before and after.  ``sightline bench
redact --records 60000`` (de25b25 and 946d0ce alternated, 3 pairs, median CPU records/s; the
machine shared): without secrets 183,821 and 181,922, with secrets 14,090 and 13,331 (with
secrets lower in all three pairs, by 1-10 %, without secrets in two of three; each side's spread
5-17 %; the with-secrets records differ, since
they carry the library's examples and 946d0ce has two rules more).  Earlier, e0f3fa7 against
de25b25, 5 pairs: 159,099 / 156,529 and 11,711 / 11,053; the same 20,000 records with secrets
(drawn from de25b25's library) timed in one process each, alternated, 3 pairs of 3 runs: medians
1.31 / 1.43, 1.60 / 1.67 and 1.54 / 1.59 s CPU, 20,170 replacements on both.

Left: Caflou's 155 printable characters (1-2/7 in prose, 6-7/7 under its key: ``;``, ``|``, ``<``
and ``,`` end what a token is read to be, as SimplyNoted's in round 38); Checkvist's 14-character
``remote_key=`` in its form (a one-provider parameter name, under the 16 characters a value after
a generic ``key`` name needs); Close's key glued on its right to letters or digits; Canny's key
shape (a UUID whose fourth group is digits) is one of about eight random UUIDs, so ``canny: <such
a UUID>`` is taken as its key (a guard keeps a fourth group with a hex letter).  After this round
c has 33 unread files (cloudplan to customerguru, named above), the next trufflehog round's; then
v (vercel and verifier).

The round was built on branch r42: 9b08ef5 (the rule), b849b46 (the measurement), e0f3fa7 and
946d0ce (the rules) and the commit adding these figures.

The round was built on branch r42 and cherry-picked onto main: 9b08ef5 (the rule) is 77c05bc,
b849b46 (the measurement) is 0ce2a32, e0f3fa7 (the rules) is 0bf210a, 946d0ce (the rules'
correction) is ea19b37, e078568 (the figures) is 70a40d3. On main it sits after round 43 (merged
first); figures --seeds on main afterwards gives the same round-42 figures (481/490 at seed 227,
lookalikes 0).
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round42 import lookalikes
from tests.unit.redact.rounds import HeldOutRound, split_by_prefix
from tests.unit.redact.trufflehog_families import Trufflehog

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

# fixed other parts of multi-part credentials (ids, accounts, e-mails: not the secret measured)
_CAPTAIN_PROJECT = "3f9a2c71-8e4b-4d06-b5a1-c7e2f9034d18"
_CASHBOARD_USER = "acmeledger"
_CASPIO_DOMAIN = "c4ab7x21"
_CASPIO_CLIENT = "7d2f9c1e4a8b3065f1e2d9c7b4a80536e1f2c9d8b7a6054f3e"
_CEXIO_SIGNATURE = "9F3A6C1E7B2D8045A1C3E5F7092B4D6F8A0C2E4F6B8D0A1C3E5F7092B4D6F8A0"
_CHECKOUT_CUSTOMER = "cus_y3kq7f2mbxnwl4t6rh9pz5vjcd"
_CHECKVIST_USER = "ops@acmeledger.io"
_CLICKHELP_PORTAL = "acmedocs.clickhelp.co"
_CLICKSEND_USER = "acmeops"
_CLOCKWORK_USER_KEY = "48213"
_CLOUDELEMENTS_ORG = "5c1e9a7f3b2d8064e1a9c7f5b3d20864"
_CLOUDFLARE_EMAIL = "ops@acmeledger.io"

_TRUFFLEHOG = Trufflehog()
SOURCE_PATHS = _TRUFFLEHOG.source_paths
_near, _prefixed = _TRUFFLEHOG.near, _TRUFFLEHOG.prefixed

# printable characters less '"', "'", '\\' and the backquote, first and last a letter or digit (round 38's)
_PRINTABLE_155 = "[a-zA-Z0-9][!#-&(-\\[\\]-_a-~]{153}[a-zA-Z0-9]"
_HEX_UUID = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"


PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed(
        "clickup",
        "pk_[0-9]{8}_[0-9A-Z]{32}",
        "clickuppersonaltoken",
        "GET https://api.clickup.com/api/v2/user Authorization: {v}",
    ),
    *_prefixed(
        "closecrm",
        "api_[a-zA-Z0-9]{22}\\.[a-zA-Z0-9]{22}",
        "closecrm/close",
        "curl -u {v}: -H 'Content-Type: application/json' https://api.close.com/api/v1/me/",
    ),
    *_prefixed(
        "cloudflare-ca",
        "v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}",
        "cloudflarecakey",
        "GET https://api.cloudflare.com/client/v4/certificates?zone_id=a Content-Type: application/json"
        " X-Auth-User-Service-Key: {v}",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "caflou",
        _PRINTABLE_155,
        "caflou",
        "caflou",
        "GET https://app.caflou.com/api/v1/accounts Authorization: Bearer {v}",
    ),
    *_near(
        "calendarific",
        "[a-z0-9]{40}",
        "calendarific",
        "calendarific",
        "GET https://calendarific.com/api/v2/holidays?&api_key={v}&country=US&year=2019",
    ),
    *_near(
        "calorieninja",
        "[0-9A-Za-z]{40}",
        "calorieninja",
        "calorieninja",
        "GET https://api.calorieninjas.com/v1/nutrition?query Content-Type: application/json X-Api-Key: {v}",
    ),
    *_near(
        "campayn",
        "[a-z0-9]{64}",
        "campayn",
        "campayn",
        "GET https://campayn.com/api/v1/lists Authorization: TRUEREST apikey={v}",
    ),
    *_near(
        "canny",
        "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[0-9]{4}-[a-f0-9]{12}",
        "cannyio",
        "canny",
        "POST https://canny.io/api/v1/boards/list Content-Type: application/x-www-form-urlencoded apiKey={v}",
    ),
    *_near(
        "capsulecrm",
        "[a-zA-Z0-9][a-zA-Z0-9._+=-]{62}[a-zA-Z0-9]",
        "capsulecrm",
        "capsulecrm",
        "GET https://api.capsulecrm.com/api/v2/users Authorization: Bearer {v}",
    ),
    *_near(
        "captaindata",
        "[0-9a-f]{64}",
        "captaindata/v1/captaindata",
        "captaindata",
        "GET https://api.captaindata.co/v2/" + _CAPTAIN_PROJECT + " x-api-key: {v}",
    ),
    *_near(
        "captaindata-v2",
        "[0-9a-f]{64}",
        "captaindata/v2/captaindata",
        "captaindata",
        "GET https://api.captaindata.co/v3/workspace Authorization: x-api-key {v} x-project-id: " + _CAPTAIN_PROJECT,
    ),
    *_near(
        "carboninterface",
        "[a-zA-Z0-9]{21}",
        "carboninterface",
        "carboninterface",
        "POST https://www.carboninterface.com/api/v1/estimates Authorization: Bearer {v} Content-type: application/json",
    ),
    *_near(
        "cashboard",
        "[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}",
        "cashboard",
        "cashboard",
        "curl -u " + _CASHBOARD_USER + ":{v} https://api.cashboardapp.com/account.xml",
    ),
    *_near(
        "caspio",
        "[a-z0-9]{50}",
        "caspio",
        "caspio",
        "POST https://" + _CASPIO_DOMAIN + ".caspio.com/oauth/token Content-Type: text/plain"
        " grant_type=client_credentials&client_id=" + _CASPIO_CLIENT + "&client_secret={v}",
    ),
    *_near(
        "centralstationcrm",
        "[a-z0-9]{30}",
        "centralstationcrm",
        "centralstationcrm",
        "GET https://api.centralstationcrm.net/api/users.json X-apikey: {v}",
    ),
    *_near(
        "cexio",
        "[0-9A-Za-z]{24,27}",
        "cexio",
        "cexio",
        "POST https://cex.io/api/balance/ Content-Type: application/x-www-form-urlencoded"
        " key={v}&signature=" + _CEXIO_SIGNATURE + "&nonce=1765080000000",
    ),
    *_near(
        "chartmogul",
        "[a-z0-9]{32}",
        "chartmogul",
        "chartmogul",
        "curl -u {v}: https://api.chartmogul.com/v1/ping",
    ),
    *_near(
        "chatbot",
        "[a-zA-Z0-9][a-zA-Z0-9_]{30}[a-zA-Z0-9]",
        "chatbot",
        "chatbot",
        "GET https://api.chatbot.com/stories Authorization: Bearer {v}",
    ),
    *_near(
        "chatfuel",
        "[a-zA-Z0-9]{128}",
        "chatfule",
        "chatfuel",
        "GET https://dashboard.chatfuel.com/api/bots Authorization: Bearer {v}",
    ),
    *_near(
        "checio",
        "pk_[a-z0-9]{45}",
        "checio",
        "checio",
        "GET https://api.chec.io/v1/products?limit=25 X-Authorization: {v}",
    ),
    *_near(
        "checklyhq",
        "[a-z0-9]{32}",
        "checklyhq",
        "checklyhq",
        "GET https://api.checklyhq.com/v1/checks Authorization: Bearer {v}",
    ),
    *_near(
        "checkout",
        "(sk_|sk_test_)" + _HEX_UUID,
        "checkout",
        "checkout",
        "GET https://api.sandbox.checkout.com/customers/" + _CHECKOUT_CUSTOMER + " Authorization: {v}",
    ),
    *_near(
        "checkvist",
        "[0-9a-zA-Z]{14}",
        "checkvist",
        "checkvist",
        "GET https://checkvist.com/auth/login.json?version=2 Content-Type: application/x-www-form-urlencoded"
        " username=" + _CHECKVIST_USER + "&remote_key={v}",
    ),
    *_near(
        "cicero",
        "[0-9a-z]{40}",
        "cicero",
        "cicero",
        "GET https://cicero.azavea.com/v3.1/account/credits_remaining?key={v} Content-Type: application/json",
    ),
    *_near(
        "circleci",
        "[a-f0-9]{40}",
        "circleci",
        "circleci",
        "GET https://circleci.com/api/v2/me Accept: application/json; Circle-Token: {v}",
    ),
    *_near(
        "clickhelp",
        "[0-9A-Za-z]{24}",
        "clickhelp",
        "clickhelp",
        "curl -u " + _CHECKVIST_USER + ":{v} -H 'Content-Type: application/json' https://" + _CLICKHELP_PORTAL
        + "/api/v1/projects",
    ),
    *_near(
        "clicksend",
        "[A-F0-9]{8}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{12}",
        "clicksendsms",
        "clicksend",
        "curl -u " + _CLICKSEND_USER + ":{v} https://rest.clicksend.com/v3/account",
    ),
    *_near(
        "cliengo",
        _HEX_UUID,
        "cliengo",
        "cliengo",
        "GET https://api.cliengo.com/1.0/account?api_key={v}",
    ),
    *_near(
        "clinchpad",
        "[a-z0-9]{32}",
        "clinchpad",
        "clinchpad",
        "curl -u api-key:{v} https://www.clinchpad.com/api/v1/pipelines",
    ),
    *_near(
        "clockwork",
        "[0-9a-zA-Z]{24}",
        "clockworksms",
        "clockwork",
        "GET https://api.textanywhere.com/API/v1.0/REST/status user_key: " + _CLOCKWORK_USER_KEY + " access_token: {v}",
    ),
    *_near(
        "cloudelements",
        "[a-zA-Z0-9]{43}",
        "cloudelements",
        "cloudelements",
        "GET https://staging.cloud-elements.com/elements/api-v2/accounts Authorization: User {v}, Organization "
        + _CLOUDELEMENTS_ORG,
    ),
    *_near(
        "cloudflare-token",
        "[A-Za-z0-9][A-Za-z0-9_-]{38}[A-Za-z0-9]",
        "cloudflareapitoken",
        "cloudflare",
        "GET https://api.cloudflare.com/client/v4/user/tokens/verify Content-Type: application/json Authorization: Bearer {v}",
    ),
    *_near(
        "cloudflare-global",
        "[a-f0-9]{37}",
        "cloudflareglobalapikey",
        "cloudflare",
        "GET https://api.cloudflare.com/client/v4/user X-Auth-Email: " + _CLOUDFLARE_EMAIL + " X-Auth-Key: {v}"
        " Content-Type: application/json",
    ),
    *_near(
        "cloudimage",
        "[a-z0-9][a-z0-9_]{28}[a-z0-9]",
        "cloudimage",
        "cloudimage",
        "POST https://api.cloudimage.com/invalidate Content-Type: application/json X-Client-Key: {v}"
        ' {"scope":"urls","urls":["/sample.li/paris.jpg?width=400"]}',
    ),
    *_near(
        "cloudmersive",
        _HEX_UUID,
        "cloudmersive",
        "cloudmersive",
        "POST https://api.cloudmersive.com/validate/address/parse Content-Type: application/json Apikey: {v}",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR

# the providers an earlier set has (see the docstring); the other families are "new"
_KNOWN = (
    "canny", "capsulecrm", "carboninterface", "centralstationcrm", "chartmogul", "checklyhq", "circleci", "clickup",
    "closecrm", "cloudflare", "cloudmersive",
)
KNOWN, NEW = split_by_prefix(FAMILIES, _KNOWN)


ROUND = HeldOutRound(
    "round-42", __doc__, 227, FAMILIES, lookalikes, SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
