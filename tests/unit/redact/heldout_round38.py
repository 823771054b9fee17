"""A thirty-eighth held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round38 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a
keyword list, the token's regex and the request its verifier sends, as rounds 5-11 and 24-36
read them.  The rule that chose the files, written here before any of them was read (round
36's rule continued, its files now counted as read; rounds 33 and 37, from another source, are
not counted here):

1. the trufflehog detector files named by every earlier round's ``SOURCE_PATHS`` and the
   detectors named by :mod:`tests.unit.redact.public_formats`' trufflehog lists are counted
   by the first letter of the detector's folder.  Round 36's counts with its 25 a and 10 s
   files added: a 82, b 36, c 15, d 41, e 22, f 39, g 38, h 21, i 22, j 7, k 12, l 26,
   m 44, n 25, o 19, p 61, q 3, r 32, s 24, t 49, u 14, v 16, w 19, x 1, y 5, z 15;
2. the letters an earlier round left for later come first: round 36 left 84 s files
   (scrapeowl to swiftype in the default list's order, less the read among them, named by its
   rule from the default list).  This round takes them first, in alphabetical order of their
   path (``pkg/detectors/<name>/...``, a detector's versions in order ``v1``, ``v2`` ...),
   and, since the 84 would carry the round past 35, cuts them as round 31 cut t: the first 35
   are taken and the rest are left for a later round (their number given below, counted from
   the default list, which is listing, not reading); the round then stops (no other letter is
   taken);
3. a file is unread when its detector is in trufflehog's default list
   (``pkg/engine/defaults/defaults.go``, the detectors it builds, commented-out ones not
   counted, at the commit rounds 24-36 used, 0011995) and no earlier round's
   ``SOURCE_PATHS`` nor the public-format corpus' trufflehog lists name it; a detector with
   versions (``<name>/v1``, ``v2``) counts each version the list builds as a file;
4. families as rounds 10, 11 and 24-36 built them: a token with a prefix or a shape of its
   own a bare family and one in the verifier's request; a keyword-near-token detector a keyed
   family (a provider-named key) and a text family (the verifier's request with the token,
   then prose with and without a credential word); where a detector pairs two parts the
   family is the secret one and the other part is written into the request;
5. a detector whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 197 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99
are printed too.  Each file is read as the index stores it (one version, not always the
newest).

The rule applied (the default list as the index stores it, commit 0011995, the same as rounds
24-36's, read after the rule above was committed and before any detector file): the list builds
93 files from scrapeowl to swiftype (sentrytoken as v1 and v2), 9 of them read (scraperapi,
securitytrails, semaphore, shipday, statuscake, statuspage and strava by an earlier round's
``SOURCE_PATHS`` or the corpus' lists, shodankey as the corpus' ``shodan``, smartsheets as its
``smartsheet``; round 36's docstring says 7, its count of 84 is right), so round 36's 84 unread
files are these.  In alphabetical order of their path the first 35 are taken and **49 s files
are left** for a later round (simvoly to swiftype, less smartsheets, statuscake, statuspage and
strava).  Taken (35): scrapeowl, scraperbox, scrapestack, scrapfly, scrapingant, scrapingbee,
screenshotapi, screenshotlayer, scrutinizerci, segmentapikey, selectpdf, sendbird,
sendbirdorganizationapi, sendgrid, sendinbluev2, sentryorgtoken, sentrytoken v1 and v2,
serphouse, serpstack, sheety, sherpadesk, shopify, shortcut, shotstack, shutterstock,
shutterstockoauth, signable, signalwire, signaturit, signupgenius, sigopt, simfin, simplesat,
simplynoted.  After this round s has 49 files left, then the letter with the fewest read files
is u (14).

Seven providers an earlier round or the public-format corpus already has: Segment (round 2's
``sgp_`` token), Sendbird (the corpus: both files), SendGrid (rounds 2, 3, 12, 13 and others, the
corpus), Sendinblue (round 13, the corpus), Sentry (rounds 2 and 5, the corpus: its three
files), Shopify (rounds 13, 14, 33, 37, the corpus) and Shutterstock (round 12).  Group
``known`` is the families whose id starts with segment, sendbird, sendgrid, sendinblue, sentry,
shopify or shutterstock.

Shapes of detector, carried as in :mod:`tests.unit.redact.heldout_round36`:

prefixed
    a token with a prefix or a shape of its own, bare in round 2's seven bare carriers and in
    the verifier's request: SendGrid's ``SG.`` key (the detector's 20-24 and 39-50 of
    ``[\\w-]`` written as the keys are issued, 22 and 43; its ``sendgrid`` keyword within 40
    characters not asked), Sendinblue's ``xkeysib-`` key (the detector's 81 of ``[\\w-]``
    written as issued, 64 hex, ``-`` and 16 letters or digits), Sentry's organization token
    (``sntrys_eyJ`` and 197 of ``[\\w=+/]``, written 153 of base64, ``_`` and 43 more, as
    issued), Sentry's user token (``sntryu_`` and 64 hex) and Shopify's ``shpat_``/``shppa_``
    token (32 hex; its shop's ``myshopify.com`` host in the request);
keyword near token
    as round 36's, the provider's name at most 40 characters before a token; where a detector
    pairs parts the family is the secret one and the other is written into the request:
    Sendbird's 40 hex (its application id in the host), Sheety's 64 (its 32-character project
    id in the path), Shutterstock's 16-character secret (its 32-character key in ``curl -u``),
    SignalWire's 50 (its project UUID in ``curl -u`` and its space's host).  Requests sending
    ``Basic`` of ``x:<key>`` or ``<key>:`` are written as ``curl -u`` (SherpaDesk, Signable,
    SigOpt).  Scrutinizer's keyword is ``scrutinizer``, Segment's ``segment``, Sendbird's
    organization key's ``sendbird``, Shutterstock's OAuth token's ``shutterstock``.  Scrapfly
    takes its 32 or ``scp-live-``/``scp-test-`` and 32.  The ``\\b``-closed classes holding
    ``-`` (Segment's two 43 of ``[\\w-]`` around a dot, Signable's 32) are written as round 24
    wrote them (first and last character a letter or digit); SelectPDF's 36 of ``[a-z0-9-]``
    and Shortcut's of ``[0-9a-f-]`` as a UUID's shape (letters and digits, hex).  SimplyNoted's
    340-360 of ``[a-zA-Z0-9\\S]`` is written as round 35 wrote APIMatic's password: printable
    characters less ``"``, ``'``, ``\\`` and the backquote, first and last a letter or digit.
    Segment and shortcut are everyday words, sentry one too.

Formats are facts in our own notation, generated at test time; no rule text of the
source is copied.

First measurement, BEFORE any rule was changed for these families (seed 197, 7 per family,
rules as of main f1433f8 (their last change round 37's, 84567a3), run at the round's branch r38
plus this module and its lookalikes; run once, nothing tuned): strict **465/490 = 94.90%**,
loose 468/490 (prefixed 70/70, near 395/420; the providers an earlier set has 147/154, new
providers 318/336; by carrier: bare 35/35, keyed 208/210, text 222/245).  Seeds 7 and 99, same
rules: 466/490 = 95.10% and 464/490 = 94.69%.  Missed at seed 197, by family: a provider's name
kept out of free text (``_NEAR_NOT_NAMES``) before its own token in prose after ``<Name> client
configured:`` and ``<name>:`` (after ``<name> api key`` all found), 4/7 each: Scrutinizer's 64
lower-case letters and digits, Segment's ``<43>.<43>``, Sentry's 64 hex and Shortcut's hex UUID;
Signable's 32 (not in the providers list) 4/7 the same way; SignUpGenius' 32 in its request's
``?user_key=`` 5/7 (both requests missed: the parameter is not read as a secret's);
Shutterstock's 16-character secret in prose 6/7 (16 letters and digits too short for a random
mix); SimplyNoted's 340-360 printable characters 5/7 under its key (cut at ``;`` or ``,``) and
2/7 in prose.  At seeds 7 and 99 the same families (Shotstack's 40 letters without a digit after
``shotstack:`` 6/7 at 7; Shutterstock's after ``shutterstock api key`` 5/7 at 99; SimplyNoted 1/7
in prose and 6/7 under its key at 99); every other family 7/7 at each seed.  The round-38
lookalikes: 5/600 touched at seed 197 (4 of ``GET https://shot.screenshotapi.net/screenshot?token=TOKEN&...``,
the docs' placeholder taken by secret-query-param, and one ``sentry dsn https://<32 hex>@o<6>.ingest.sentry.io/<7>``,
taken by the library's sentry-dsn rule); 5 and 11 at corpus seeds 7 and 99, 24, 32 and 36 of
3000 at seeds 1, 2 and 3 (all of these two kinds).

The held-out figure is printed again by running this module against the rules of the
commit that adds its measured version (on the round's branch r38)::

    git worktree add --detach /tmp/r38base 7491d64  # on the round's branch r38
    cd /tmp/r38base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round38

Any figure measured after that is in-sample.  After the round-38 rules (09dc299 on r38; no rule
added, 452 rules, 451 on by default; two regexes widened in place): Scrutinizer, Segment, Sentry
and Shortcut are weak names, their name in prose marking a random mix or their own key's shape
(Scrutinizer's 64 lower-case letters and digits with a letter beyond hex, Sentry's 64 hex,
Shortcut's hex UUID); Signable is in the providers list; ``user_key`` is a query's and a form's
key parameter (3scale's); a query value of upper-case words naming a parameter (``token=TOKEN``)
is the docs' placeholder: **482/490 = 98.37%** strict, 485/490 loose (prefixed 70/70, near
412/420; known 153/154, new 329/336; bare 35/35, keyed 210/210, text 240/245); seeds 7 and 99:
483/490 = 98.57% and 481/490 = 98.16%.  The lookalikes' Sentry DSN was redrawn after the
measurement (the library's sentry-dsn rule takes a DSN's key on purpose) as Sentry's project and
organization numbers, which shifts the set (f1433f8's rules touch 2, 6 and 4/600 of it at seeds
197, 7 and 99, all ``token=TOKEN``); the round-38 lookalikes: 0/600 at corpus seeds 197, 7 and 99,
and 0 of 3000 at seeds 1, 2 and 3; every other round's figures and lookalikes unchanged
(``python -m tests.unit.redact.figures --seeds`` on f1433f8 and on 09dc299: every other line
identical).  Round 5's guard that ``sentry`` and ``segment`` are no names at all now says they are
no strong names.  Left: SimplyNoted's 340-360 printable characters (in prose 1-2/7, under its key
5-6/7: ``<``, ``|``, ``;``, ``,`` and the like end what a token is read to be, as Entra's v1 secret
in round 36 and APIMatic's password in round 35); Shutterstock's 16-character secret in prose
(5-6/7: 16 letters and digits the random-reading test does not take at that length, after
``shutterstock api key`` too); single chance misses of that test (Shotstack's 40 letters without a
digit at 7); and the 49 s files the rule left (simvoly to swiftype, less smartsheets, statuscake,
statuspage and strava); after them the letter with the fewest read files is u (14).

The round was built on branch r38: 627b70f (the rule), 7491d64 (the measurement), 09dc299 (the
rules) and the commit adding these figures.

The round was built on branch r38 and cherry-picked onto main: 627b70f (the rule) is 3916c55 on
main, 7491d64 (the measurement) cdeec56, 09dc299 (the rules) ba2411c, 2f5474b (these figures)
5d2c42d.  On main it sits after 2afbf46 (strings under secret-sounding keys through the batch
filter together), which the round's fixes were not measured with; ``figures --seeds`` on main
afterwards gives the same round-38 figures (482/490 at seed 197, lookalikes 0).
"""


from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round38 import lookalikes
from tests.unit.redact.rounds import HeldOutRound, split_by_prefix
from tests.unit.redact.trufflehog_families import Trufflehog

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

# fixed other parts of multi-part credentials (ids, users, hosts: not the secret measured)
_SENDBIRD_APP = "D4F2A7C1-6B3E-4F90-8A1D-2C5E7B9F0A36"
_SHEETY_ID = "k3v9x2m7q8w1z5r4t6y0p2n8b7c3d1f9"
_SHOPIFY_SHOP = "acme-outlet.myshopify.com"
_SHUTTERSTOCK_KEY = "Xc4Rt8Nv2Lp7Qw9Zs3Hb6Jm1Kd5Fg0Ya"
_SIGNALWIRE_PROJECT = "5a1f8c3e-92d4-4b7a-b0e6-3c9d2f71a845"
_SIGNALWIRE_SPACE = "acme-voice.signalwire.com"

_TRUFFLEHOG = Trufflehog()
SOURCE_PATHS = _TRUFFLEHOG.source_paths
_near, _prefixed = _TRUFFLEHOG.near, _TRUFFLEHOG.prefixed

_UUID_LOWER = "[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}"
_UUID_HEX = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_PRINTABLE_LONG = "[a-zA-Z0-9][!#-&(-\\[\\]-_a-~]{338,358}[a-zA-Z0-9]"


PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed(
        "sendgrid",
        "SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}",
        "sendgrid",
        "GET https://api.sendgrid.com/v3/templates Authorization: Bearer {v} Content-Type: application/json",
    ),
    *_prefixed(
        "sendinblue-v2",
        "xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}",
        "sendinbluev2",
        "GET https://api.sendinblue.com/v3/account api-key: {v}",
    ),
    *_prefixed(
        "sentry-org-token",
        "sntrys_eyJ[A-Za-z0-9+/]{153}_[A-Za-z0-9+/]{43}",
        "sentryorgtoken",
        "GET https://sentry.io/api/0/auth/validate Authorization: Bearer {v}",
    ),
    *_prefixed(
        "sentry-token-v2",
        "sntryu_[a-f0-9]{64}",
        "sentrytoken/v2/sentrytoken",
        "GET https://sentry.io/api/0/organizations/ Authorization: Bearer {v}",
    ),
    *_prefixed(
        "shopify",
        "shp(?:at|pa)_[0-9a-f]{32}",
        "shopify",
        "GET https://" + _SHOPIFY_SHOP + "/admin/oauth/access_scopes.json X-Shopify-Access-Token: {v}",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "scrapeowl",
        "[0-9a-z]{30}",
        "scrapeowl",
        "scrapeowl",
        "GET https://api.scrapeowl.com/v1/scrape?api_key={v}",
    ),
    *_near(
        "scraperbox",
        "[A-Z0-9]{32}",
        "scraperbox",
        "scraperbox",
        "GET https://api.scraperbox.com/scrape?token={v}&url=https://google.com",
    ),
    *_near(
        "scrapestack",
        "[a-z0-9]{32}",
        "scrapestack",
        "scrapestack",
        "GET https://api.scrapestack.com/scrape?access_key={v}&url=https://apple.com",
    ),
    *_near(
        "scrapfly",
        "[a-z0-9]{32}|scp-(?:live|test)-[a-z0-9]{32}",
        "scrapfly",
        "scrapfly",
        "GET https://api.scrapfly.io/scrape?key={v}&url=https://httpbin.org/status/200",
    ),
    *_near(
        "scrapingant",
        "[a-z0-9]{32}",
        "scrapingant",
        "scrapingant",
        "GET https://api.scrapingant.com/v1/general?url=google.com x-api-key: {v}",
    ),
    *_near(
        "scrapingbee",
        "[A-Z0-9]{80}",
        "scrapingbee",
        "scrapingbee",
        "GET https://app.scrapingbee.com/api/v1/?api_key={v}&url=https://httpbin.org/anything?json&render_js=false",
    ),
    *_near(
        "screenshotapi",
        "[0-9A-Z]{7}-[0-9A-Z]{7}-[0-9A-Z]{7}-[0-9A-Z]{7}",
        "screenshotapi",
        "screenshotapi",
        "GET https://shot.screenshotapi.net/screenshot?token={v}&url=https://google.com&width=1920&height=1080"
        "&output=image",
    ),
    *_near(
        "screenshotlayer",
        "[a-zA-Z0-9_]{32}",
        "screenshotlayer",
        "screenshotlayer",
        "GET https://api.screenshotlayer.com/api/capture?access_key={v}&url=https://google.com",
    ),
    *_near(
        "scrutinizerci",
        "[0-9a-z]{64}",
        "scrutinizerci",
        "scrutinizer",
        "GET https://scrutinizer-ci.com/api/user/repositories?access_token={v} Content-Type: application/json",
    ),
    *_near(
        "segment",
        "[A-Za-z0-9][A-Za-z0-9_-]{42}\\.[A-Za-z0-9_-]{42}[A-Za-z0-9]",
        "segmentapikey",
        "segment",
        "GET https://platform.segmentapis.com/v1beta/workspaces Authorization: Bearer {v}",
    ),
    *_near(
        "selectpdf",
        _UUID_LOWER,
        "selectpdf",
        "selectpdf",
        "GET https://selectpdf.com/api2/convert/?key={v}&url=google.com",
    ),
    *_near(
        "sendbird",
        "[0-9a-f]{40}",
        "sendbird",
        "sendbird",
        "GET https://api-" + _SENDBIRD_APP + ".sendbird.com/v3/users Api-Token: {v}",
    ),
    *_near(
        "sendbird-organization",
        "[0-9a-f]{24}",
        "sendbirdorganizationapi",
        "sendbird",
        "GET https://gate.sendbird.com/api/v2/applications SENDBIRDORGANIZATIONAPITOKEN: {v}",
        key_word="sendbird_org",
    ),
    *_near(
        "sentry-token-v1",
        "[a-f0-9]{64}",
        "sentrytoken/v1/sentrytoken",
        "sentry",
        "GET https://sentry.io/api/0/organizations/ Authorization: Bearer {v}",
    ),
    *_near(
        "serphouse",
        "[0-9A-Za-z]{60}",
        "serphouse",
        "serphouse",
        "GET https://api.serphouse.com/account/info Accept: application/vnd.serphouse+json; version=3"
        " Authorization: Bearer {v}",
    ),
    *_near(
        "serpstack",
        "[a-z0-9]{32}",
        "serpstack",
        "serpstack",
        "GET https://api.serpstack.com/search?access_key={v}&query=Mcdonalds",
    ),
    *_near(
        "sheety",
        "[0-9a-z]{64}",
        "sheety",
        "sheety",
        "GET https://api.sheety.co/" + _SHEETY_ID + "/restaurantMenu/menuItems Authorization: Bearer {v}",
    ),
    *_near(
        "sherpadesk",
        "[0-9a-z]{32}",
        "sherpadesk",
        "sherpadesk",
        "curl -u x:{v} -H 'Content-Type: application/json' https://api.sherpadesk.com/organizations/",
    ),
    *_near(
        "shortcut",
        _UUID_HEX,
        "shortcut",
        "shortcut",
        "GET https://api.app.shortcut.com/api/v3/projects Content-Type: application/json Shortcut-Token: {v}",
    ),
    *_near(
        "shotstack",
        "[a-zA-Z0-9]{40}",
        "shotstack",
        "shotstack",
        "POST https://api.shotstack.io/stage/render Content-Type: application/json Accept: application/json"
        " x-api-key: {v}",
    ),
    *_near(
        "shutterstock",
        "[0-9a-zA-Z]{16}",
        "shutterstock",
        "shutterstock",
        "curl -u " + _SHUTTERSTOCK_KEY + ":{v} -H 'Accept: application/json' https://api.shutterstock.com/v2/images/search",
    ),
    *_near(
        "shutterstock-oauth",
        "v2/[0-9A-Za-z]{388}",
        "shutterstockoauth",
        "shutterstock",
        "GET https://api.shutterstock.com/v2/user Accept: application/json Authorization: Bearer {v}",
        key_word="shutterstock_oauth",
    ),
    *_near(
        "signable",
        "[a-zA-Z0-9][a-zA-Z0-9-]{30}[a-zA-Z0-9]",
        "signable",
        "signable",
        "curl -u {v}: 'https://api.signable.co.uk/v1/templates?offset=0&limit=5'",
    ),
    *_near(
        "signalwire",
        "[0-9A-Za-z]{50}",
        "signalwire",
        "signalwire",
        "curl -u " + _SIGNALWIRE_PROJECT + ":{v} -H 'Content-Type: application/json' https://" + _SIGNALWIRE_SPACE
        + "/api/laml/2010-04-01/Accounts",
    ),
    *_near(
        "signaturit",
        "[0-9A-Za-z]{86}",
        "signaturit",
        "signaturit",
        "GET https://api.sandbox.signaturit.com/v3/signatures.json Authorization: Bearer {v}",
    ),
    *_near(
        "signupgenius",
        "[0-9A-Za-z]{32}",
        "signupgenius",
        "signupgenius",
        "GET https://api.signupgenius.com/v2/k/user/profile/?user_key={v}",
    ),
    *_near(
        "sigopt",
        "[A-Z0-9]{48}",
        "sigopt",
        "sigopt",
        "curl -u {v}: -H 'Content-Type: application/json' https://api.sigopt.com/v1/experiments",
    ),
    *_near(
        "simfin",
        "[a-zA-Z0-9]{32}",
        "simfin",
        "simfin",
        "GET https://simfin.com/api/v2/companies/list?api-key={v}",
    ),
    *_near(
        "simplesat",
        "[a-z0-9]{40}",
        "simplesat",
        "simplesat",
        "GET https://api.simplesat.io/api/answers/ X-Simplesat-Token: {v}",
    ),
    *_near(
        "simplynoted",
        _PRINTABLE_LONG,
        "simplynoted",
        "simplynoted",
        "GET https://api.simplynoted.com/api/products Authorization: Bearer {v}",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR

# the providers an earlier set has (see the docstring); the other families are "new"
_KNOWN = ("segment", "sendbird", "sendgrid", "sendinblue", "sentry", "shopify", "shutterstock")
KNOWN, NEW = split_by_prefix(FAMILIES, _KNOWN)


ROUND = HeldOutRound(
    "round-38", __doc__, 197, FAMILIES, lookalikes, SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
