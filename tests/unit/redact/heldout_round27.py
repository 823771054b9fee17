"""A twenty-seventh held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round27 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a
keyword list, the token's regex and the request its verifier sends, as rounds 5-11 and 24-26
read them.  The rule that chose the files, written here before any of them was read (round
26's rule continued, rounds 24, 25 and 26's files now counted as read):

1. the trufflehog detector files named by every earlier round's ``SOURCE_PATHS`` and the
   detectors named by :mod:`tests.unit.redact.public_formats`' trufflehog lists are counted
   by the first letter of the detector's folder.  Round 26's counts with its 34 files added
   (y 1, g 33): a 14, b 7, c 15, d 6, e 22, f 39, g 38, h 21, i 8, j 7, k 11, l 5, m 6,
   n 25, o 19, p 11, q 3, r 32, s 14, t 6, u 14, v 16, w 19, x 1, y 5, z 15 (rounds 12-23
   name no trufflehog path);
2. the letters an earlier round left for later come first: none is left (round 26 took y and
   g whole and stopped inside 25-35);
3. then the letters with the fewest files, ties alphabetically: x (1), q (3), l, y (5), d, m,
   t (6), b, j (7), i (8), k, p (11) ...; each letter whole, until 25-35 files are taken; a
   letter that would carry the count past 35 is left for a later round and the next letter
   in this order is tried;
4. a file is unread when its detector is in trufflehog's default list
   (``pkg/engine/defaults/defaults.go``, the detectors it builds, commented-out ones not
   counted) and no earlier round's ``SOURCE_PATHS`` nor the public-format corpus' trufflehog
   lists name it; a detector with versions (``<name>/v1``, ``v2``) counts each version the
   list builds as a file;
5. families as rounds 10, 11 and 24-26 built them: a token with a prefix or a shape of its
   own a bare family and one in the verifier's request; a keyword-near-token detector a keyed
   family (a provider-named key) and a text family (the verifier's request with the token,
   then prose with and without a credential word); where a detector pairs two parts the
   family is the secret one and the other part is written into the request;
6. a detector whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 139 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99
are printed too.  Each file is read as the index stores it (one version, not always the
newest).

The rule applied (the default list as the index stores it, commit 0011995, the same as rounds
24-26's, read after the rule above was committed and before any detector file): x gives none
(xai, read by round 10); q none (qase, qualaroo, qubole, read by round 6); l gives 21
(languagelayer, larksuite, larksuiteapikey, launchdarkly, leadfeeder, lemonsqueezy, lendflow,
lessannoyingcrm, lexigram, linearapi, linenotify, linkpreview, liveagent, livestorm, loadmill,
loggly, loginradius, logzio, loyverse, lunchmoney, luno; langfuse, ldap, lemlist, locationiq and
lokalisetoken read before; linemessaging commented out); y none (yandex read by round 26); d, m
and t (6 each read) would each carry the count past 35 (each has over 40 unread) and are left
for a later round; b (7) too (over 30 unread); j none (jdbc, jiratoken v1 and v2, jotform,
jumpcloud, jupiterone, juro read before); i gives 14 (iconfinder, iexapis, imagga, impala,
insightly, instabot, instamojo, intercom, interseller, intra42, intrinio, invoiceocean,
ip2location, ipapi; iexcloud, imagekit, infura, ipgeolocation, ipinfodb, ipquality and ipstack
read before; ibmclouduserkey commented out): 21 + 14 = 35 files, inside 25-35, so no further
letter is taken.

Six of these are of providers an earlier round or the public-format corpus already has:
LaunchDarkly, Linear, 42's intra, IEX Cloud (round 5's request line), Intercom and LoginRadius
(round 12).  Group ``known`` is the families whose id starts with launchdarkly, linearapi,
intra42, iexapis, intercom or loginradius.

Two shapes of detector, carried as in :mod:`tests.unit.redact.heldout_round26`:

prefixed
    a token with a prefix or a shape of its own, bare in round 2's seven bare carriers and in
    the verifier's request (or a client's command line): LaunchDarkly's ``api-`` and ``sdk-``
    (a UUID whose third group starts with 4, letters and digits), Linear's ``lin_api_``, 42's
    ``s-s4t2ud-`` and ``s-s4t2af-`` (the ``u-`` client id written into the request), IEX's
    ``sk_``, Lemon Squeezy's and Livestorm's JWTs (their fixed headers; Livestorm's class holds
    ``-``, read as spelled, and the blank it asks after the token is left to the carrier) and
    Lendflow's eleven-part token (its last class closed on a letter or digit for ``\\b``);
keyword near token
    as round 26's, the provider's name at most 40 characters before a token; where a detector
    pairs parts the family is the secret one and the other is written into the request: Lark's
    app secret (its ``cli_`` app id in the token request), Luno's 43 (its 13-character key id
    before it in ``curl -u``), Instamojo's 128 (its 40-character client id in the request),
    Loggly's and InvoiceOcean's keys (the account's host in the request).  Lark's tenant, user
    and app tokens (``t-``, ``u-``, ``a-`` and 14-50 of letters, digits, ``_`` and ``.``) are a
    near family: the prefix alone is a word's.  LessAnnoyingCRM's regex asks ``less`` before
    its 57 (the keyword list asks ``lessannoyingcrm``): the family's name is
    ``lessannoyingcrm``.  Logz.io's keyword is ``logz``: the family's name is ``logzio``.
    Intercom's class is any character (``[a-zA-Z0-9\\W\\S]{59}=``) and the detector keeps only
    what decodes as base64 to ``tok:``: written as that base64 (``dG9rO``, one of the sixteen
    letters ``g``-``v`` the ``:`` and the next byte give, 53 more and ``=``).  Lexigram's class
    is ``[a-zA-Z0-9\\S]{301}``, any 301 printable characters without a blank: written as 300 of
    ``!``-``~`` less ``"``, ``'`` and ``\\`` and a letter or digit (``\\b``; see below).  The ``\\b``-closed classes holding ``-`` (Leadfeeder,
    LessAnnoyingCRM, Loyverse, Luno, Insightly) are written as round 24 wrote them.

Formats are facts in our own notation, generated at test time; no rule text of the
source is copied.

First measurement, BEFORE any rule was changed for these families (seed 139, 7 per family,
rules as of commit c212c44, the last change to pipeline/redact, run at a741f86 (982fcd7 on main) plus this
module and its lookalikes; run once, nothing tuned): strict **443/490 = 90.41%**, loose
453/490 (prefixed 85/98, near 358/392; the providers an earlier set has 78/84, new providers
365/406; by carrier: bare 36/49, keyed 187/196, text 220/245).  Seeds 7 and 99, same rules:
440/490 = 89.80% and 442/490 = 90.20% (bare 36/49 both).  Missed at seed 139, by family:
LaunchDarkly's bare ``api-``/``sdk-`` token 1/7 (no rule takes it outside a key), Lendflow's
bare token 1/7 (its dotted and dashed parts read as no token), Lemon Squeezy's JWT glued to a
word before it 6/7; Lexigram's 301 printable characters 1/7 keyed and 0/7 in text (cut at the
first quote or punctuation, or not taken at all); IP2Location's 32 upper-case letters and digits
4/7 keyed and 4/7 in text (under ``IP2LOCATION_KEY``, in logfmt and on a command line, left
whole); prose naming a provider whose name is an everyday word or one the library's list lacks
(``<Name> client configured: <v>``, ``<name>: <v>``): Lark (both families) 4/7, Logz.io 4/7,
Impala 4/7, Instamojo 4/7; the other families 7/7.  The round-27 lookalikes: 18, 19 and 20 of
600 touched at seeds 139, 7 and 99, all one kind: ``curl -u $INSIGHTLY_API_KEY:
https://api.na1.insightly.com/v3.1/Contacts``, the URL after the variable taken as the
credential (rule provider-label-token).

Lexigram's family first took all of ``!``-``~``; the harness' check that every carrier holds
its secret verbatim (``test_every_sample_carries_its_secret``: a record's ``repr`` escapes
quotes and backslashes) failed on it, so ``"``, ``'`` and ``\\`` were dropped from its class
after the measurement above (no carrier can hold them as they are).  The figures with that
family, same rules (c212c44), nothing else changed: seed 139 strict **446/490 = 91.02%**, loose
453/490 (prefixed 85/98, near 361/392; known 78/84, new 368/406; bare 36/49, keyed 190/196,
text 220/245; Lexigram 4/7 keyed and 0/7 in text); seeds 7 and 99: 444/490 = 90.61% and
446/490 = 91.02%.  The lookalikes are unchanged (18/600).

The held-out figure is printed again by running this module against the rules of the
commit that adds its last version::

    git worktree add --detach /tmp/r27base 7f59586  # 0b8e1e1 on the round's branch
    cd /tmp/r27base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round27

Any figure measured after that is in-sample.  After the round-27 rules (the commit after 7f59586;
no rule added): IP2Location, Logz.io, Instamojo and Lark Suite join the providers list (their
``<name>_KEY`` is a credential, their name before a token in prose marks it), Lark and Impala (a
bird; an antelope and Apache's SQL engine) are weak names (they mark only a token mixing cases
and digits), and provider-label-token leaves a URL after the label (``curl -u
$INSIGHTLY_API_KEY: https://...``): **464/490 = 94.69%** strict, 471/490 loose (prefixed 85/98,
near 379/392; known 78/84, new 386/406; bare 36/49, keyed 192/196, text 236/245); seeds 7 and
99: 465/490 = 94.90% and 466/490 = 95.10%.  The round-27 lookalikes: 0/600 at seeds 139, 7 and
99 (18, 19 and 20 before), and 0 of 3000 at seeds 1, 2 and 3 (104, 100 and 100 before).  Left:
LaunchDarkly's bare ``api-``/``sdk-`` UUID (1/7; an ``api-`` before a UUID is also a common
id's shape, and no lookalike set here tests it), Lendflow's bare eleven-part token (1/7),
Lemon Squeezy's JWT glued to a word before it (6/7), Lexigram's 301 printable characters (4/7
keyed, 0/7 in text: cut at punctuation), Lark's short ``t-`` tokens without a digit or case mix,
and single draws whose mix does not read as random.
"""


from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round27 import lookalikes
from tests.unit.redact.rounds import HeldOutRound, split_by_prefix
from tests.unit.redact.trufflehog_families import Trufflehog

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

# fixed other parts of multi-part credentials (ids, not the secret measured)
_INTRA42_UID = "u-s4t2ud-" + "7c1e9a4f3b8d2c6e0a5f9b1d7c3e8a2f4b6d0c1e9a7f3b5d8c2e6a0f4b1d9c7e"
_LARK_APP_ID = "cli_a7Kq2Zx9Rm4Tv8Wc"
_LUNO_ID = "k3m9x2q7v5z8w"
_INSTAMOJO_CLIENT = "Qm7ZxR2kV9pW4tL8nB3cH6yD1fJ5gS0aEuK2rT7q"
_INVOICEOCEAN_HOST = "acme-shop.invoiceocean.com"
_LESS_USER = "A1B2C"

_TRUFFLEHOG = Trufflehog()
SOURCE_PATHS = _TRUFFLEHOG.source_paths
_near, _prefixed = _TRUFFLEHOG.near, _TRUFFLEHOG.prefixed

_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_UUID_AZ = "[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}"


PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed(
        "launchdarkly",
        "(api|sdk)-[a-z0-9]{8}-[a-z0-9]{4}-4[a-z0-9]{3}-[a-z0-9]{4}-[a-z0-9]{12}",
        "launchdarkly",
        "GET https://app.launchdarkly.com/api/v2/tokens Authorization: {v}",
        "LD_SDK_KEY={v} node server.js",
    ),
    *_prefixed(
        "linearapi",
        "lin_api_[0-9A-Za-z]{40}",
        "linearapi",
        "POST https://api.linear.app/graphql Content-Type: application/json Authorization: {v}",
        "LINEAR_API_KEY={v} npx linear issues",
    ),
    *_prefixed(
        "intra42",
        "s-s4t2(ud|af)-[a-f0-9]{64}",
        "intra42",
        "POST https://api.intra.42.fr/oauth/token client_id=" + _INTRA42_UID + "&client_secret={v}"
        "&grant_type=client_credentials",
        "FT_UID=" + _INTRA42_UID + " FT_SECRET={v} python bot.py",
    ),
    *_prefixed(
        "iexapis",
        "sk_[a-z0-9]{32}",
        "iexapis",
        "GET https://cloud.iexapis.com/stable/stock/aapl/quote?token={v}",
        "iexapis client token={v}",
    ),
    *_prefixed(
        "lemonsqueezy",
        "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9\\.[0-9A-Za-z]{314}\\.[0-9A-Za-z_-]{512}",
        "lemonsqueezy",
        "GET https://api.lemonsqueezy.com/v1/products/ Authorization: Bearer {v}",
        "LEMONSQUEEZY_API_KEY={v} npm run sync",
    ),
    *_prefixed(
        "livestorm",
        "eyJhbGciOiJIUzI1NiJ9\\.eyJhdWQiOiJhcGkubGl2ZXN0b3JtLmNvIiwianRpIjoi[0-9A-Za-z-]{134}\\.[0-9A-Za-z_-]{43}",
        "livestorm",
        "GET https://api.livestorm.co/v1/ping Authorization: {v}",
        "livestorm:\n  api_token: {v}\n",
    ),
    *_prefixed(
        "lendflow",
        "[a-zA-Z0-9]{36}\\.[a-zA-Z0-9]{235}\\.[a-zA-Z0-9]{32}-[a-zA-Z0-9]{47}-[a-zA-Z0-9_]{162}-[a-zA-Z0-9]{42}"
        "-[a-zA-Z0-9_]{40}-[a-zA-Z0-9_]{66}-[a-zA-Z0-9_]{59}-[a-zA-Z0-9]{7}-[a-zA-Z0-9_]{219}[a-zA-Z0-9]",
        "lendflow",
        "GET https://app.lendflow.io/api/v1/deals Content-Type: application/json Authorization: Bearer {v}",
        "LENDFLOW_TOKEN={v} ./sync-deals",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "larksuite",
        "[tua]-[a-z0-9A-Z_.]{13,49}[a-z0-9A-Z_]",
        "larksuite",
        "lark",
        "GET https://open.larksuite.com/open-apis/tenant/v2/tenant/query Authorization: Bearer {v}",
    ),
    *_near(
        "larksuiteapikey",
        "[a-z0-9A-Z]{32}",
        "larksuiteapikey",
        "larksuite",
        "POST https://open.larksuite.com/open-apis/auth/v3/tenant_access_token/internal Content-Type: application/json"
        ' {"app_id": "' + _LARK_APP_ID + '", "app_secret": "{v}"}',
    ),
    *_near(
        "languagelayer",
        "[a-z0-9]{32}",
        "languagelayer",
        "languagelayer",
        "GET https://api.languagelayer.com/languages?access_key={v}",
    ),
    *_near(
        "leadfeeder",
        "[a-zA-Z0-9][a-zA-Z0-9-]{41}[a-zA-Z0-9]",
        "leadfeeder",
        "leadfeeder",
        "GET https://api.leadfeeder.com/accounts Authorization: Token token={v}",
    ),
    *_near(
        "lessannoyingcrm",
        "[a-zA-Z0-9][a-zA-Z0-9-]{55}[a-zA-Z0-9]",
        "lessannoyingcrm",
        "lessannoyingcrm",
        "GET https://api.lessannoyingcrm.com?UserCode=" + _LESS_USER + "&APIToken={v}&Function=GetUserInfo",
    ),
    *_near(
        "lexigram",
        "[!#-&(-\\[\\]-~]{300}[a-zA-Z0-9]",
        "lexigram",
        "lexigram",
        "GET https://api.lexigram.io/v1/lexigraph/search?q=diabetes Authorization: Bearer {v}",
    ),
    *_near(
        "linenotify",
        "[0-9A-Za-z]{43}",
        "linenotify",
        "linenotify",
        "POST https://notify-api.line.me/api/notify?message=deployed Authorization: Bearer {v}",
    ),
    *_near(
        "linkpreview",
        "[a-zA-Z0-9]{32}",
        "linkpreview",
        "linkpreview",
        "GET https://api.linkpreview.net/?key={v}&q=https://example.com",
    ),
    *_near(
        "liveagent",
        "[a-zA-Z0-9]{32}",
        "liveagent",
        "liveagent",
        "GET https://acme.ladesk.com/api/v3/agents apikey: {v}",
    ),
    *_near(
        "loadmill",
        "[0-9a-zA-Z]{40}",
        "loadmill",
        "loadmill",
        "GET https://app.loadmill.com/api/v1/labels?filter=CI_enable Authorization: Bearer {v}",
    ),
    *_near(
        "loggly",
        _UUID_AZ,
        "loggly",
        "loggly",
        "GET https://acme.loggly.com/apiv2/customer Authorization: Bearer {v}",
    ),
    *_near(
        "loginradius",
        _UUID,
        "loginradius",
        "loginradius",
        "GET https://api.loginradius.com/identity/v2/serverinfo?apikey={v}",
    ),
    *_near(
        "logzio",
        _UUID_AZ,
        "logzio",
        "logzio",
        "GET https://api.logz.io/v2/whoami X-API-TOKEN: {v} Content-Type: application/json; charset=utf-8",
    ),
    *_near(
        "loyverse",
        "[0-9a-z][0-9a-z-]{30}[0-9a-z]",
        "loyverse",
        "loyverse",
        "GET https://api.loyverse.com/v1.0/merchant/ Authorization: Bearer {v}",
    ),
    *_near(
        "lunchmoney",
        "[a-f0-9]{50}",
        "lunchmoney",
        "lunchmoney",
        "GET https://dev.lunchmoney.app/v1/categories Authorization: Bearer {v}",
    ),
    *_near(
        "luno",
        "[a-zA-Z0-9_][a-zA-Z0-9_-]{41}[a-zA-Z0-9_]",
        "luno",
        "luno",
        "curl -u " + _LUNO_ID + ":{v} https://api.luno.com/api/1/balance",
    ),
    *_near(
        "iconfinder",
        "[a-zA-Z0-9]{64}",
        "iconfinder",
        "iconfinder",
        "GET https://api.iconfinder.com/v4/iconsets Authorization: Bearer {v}",
    ),
    *_near(
        "imagga",
        "[a-z0-9A-Z=]{72}",
        "imagga",
        "imagga",
        "GET https://api.imagga.com/v2/usage Content-Type: application/json Authorization: Basic {v}",
    ),
    *_near(
        "impala",
        "[0-9A-Za-z_]{46}",
        "impala",
        "impala",
        "GET https://sandbox.impala.travel/v1/bookings x-api-key: {v}",
    ),
    *_near(
        "insightly",
        "[a-z0-9][a-z0-9-]{34}[a-z0-9]",
        "insightly",
        "insightly",
        "curl -u {v}: https://api.na1.insightly.com/v3.1/Contacts?top=2",
    ),
    *_near(
        "instabot",
        "[0-9a-zA-Z=+/]{44}",
        "instabot",
        "instabot",
        "GET https://api.instabot.io/v1 X-Instabot-Api-Key: {v}",
    ),
    *_near(
        "instamojo",
        "[0-9a-zA-Z]{128}",
        "instamojo",
        "instamojo",
        "POST https://api.instamojo.com/oauth2/token/ grant_type=client_credentials&client_id=" + _INSTAMOJO_CLIENT
        + "&client_secret={v}",
    ),
    *_near(
        "intercom",
        "dG9rO[g-v][A-Za-z0-9+/]{53}=",
        "intercom",
        "intercom",
        "GET https://api.intercom.io/contacts?per_page=5 Authorization: Bearer {v} Accept: application/json",
    ),
    *_near(
        "interseller",
        _UUID,
        "interseller",
        "interseller",
        "GET https://interseller.io/api/campaigns/list Accept: application/json X-API-Key: {v}",
    ),
    *_near(
        "intrinio",
        "[a-zA-Z0-9]{44}",
        "intrinio",
        "intrinio",
        "GET https://api-v2.intrinio.com/securities?api_key={v}",
    ),
    *_near(
        "invoiceocean",
        "[0-9A-Za-z]{20}",
        "invoiceocean",
        "invoiceocean",
        "GET https://" + _INVOICEOCEAN_HOST + "/invoices.json?period=this_month&api_token={v}",
    ),
    *_near(
        "ip2location",
        "[0-9A-Z]{32}",
        "ip2location",
        "ip2location",
        "GET https://api.ip2location.io/?key={v}",
    ),
    *_near(
        "ipapi",
        "[a-z0-9]{32}",
        "ipapi",
        "ipapi",
        "GET https://api.ipapi.com/49.146.239.251?access_key={v}",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR

# the providers an earlier set has (see the docstring); the other families are "new"
_KNOWN = ("launchdarkly", "linearapi", "intra42", "iexapis", "intercom", "loginradius")
KNOWN, NEW = split_by_prefix(FAMILIES, _KNOWN)


ROUND = HeldOutRound(
    "round-27", __doc__, 139, FAMILIES, lookalikes, SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
