"""A thirty-first held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round31 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a
keyword list, the token's regex and the request its verifier sends, as rounds 5-11 and 24-30
read them.  The rule that chose the files, written here before any of them was read (round
27's rule continued as rounds 28-30 continued it, their files now counted as read):

1. the trufflehog detector files named by every earlier round's ``SOURCE_PATHS`` and the
   detectors named by :mod:`tests.unit.redact.public_formats`' trufflehog lists are counted
   by the first letter of the detector's folder.  Round 30's counts with its 35 m files added:
   a 14, b 36, c 15, d 41, e 22, f 39, g 38, h 21, i 22, j 7, k 11, l 26, m 41, n 25, o 19,
   p 11, q 3, r 32, s 14, t 6, u 14, v 16, w 19, x 1, y 5, z 15.  t's 6 are tatumio,
   textmagic and twist (earlier rounds' ``SOURCE_PATHS``) and tailscale, tiingo and tomtom
   (the public-format corpus);
2. the letters an earlier round left for later come first: round 30 left 3 m files
   (mrticktock, myfreshworks, myintervals, named by its rule from the default list) and the
   letter t.  This round takes m's 3 first (the letter an earlier round left comes first),
   then t;
3. t's unread files (rule 4) are put in alphabetical order of their path
   (``pkg/detectors/<name>/...``, a detector's versions in order ``v1``, ``v2`` ...) and taken
   in that order until the round holds 25-35 files in all with m's 3: if t's unread files and
   m's 3 number 35 or fewer, t is taken whole; if more, the first of t up to 35 files in all
   (32 of t) are taken and the rest are left for a later round (their number given below,
   counted from the default list, which is listing, not reading); if fewer than 25 in all,
   t is taken whole and no other letter is added;
4. a file is unread when its detector is in trufflehog's default list
   (``pkg/engine/defaults/defaults.go``, the detectors it builds, commented-out ones not
   counted, at the commit rounds 24-30 used) and no earlier round's ``SOURCE_PATHS`` nor the
   public-format corpus' trufflehog lists name it; a detector with versions (``<name>/v1``,
   ``v2``) counts each version the list builds as a file;
5. families as rounds 10, 11 and 24-30 built them: a token with a prefix or a shape of its
   own a bare family and one in the verifier's request; a keyword-near-token detector a keyed
   family (a provider-named key) and a text family (the verifier's request with the token,
   then prose with and without a credential word); where a detector pairs two parts the
   family is the secret one and the other part is written into the request;
6. a detector whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 163 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99
are printed too.  Each file is read as the index stores it (one version, not always the
newest).

The rule applied (the default list as the index stores it, commit 0011995, the same as rounds
24-30's, read after the rule above was committed and before any detector file): the list builds
49 t files (toggltrack commented out; twitter and typeform v1 and v2 two files each), 6 of them
read before (rule 1), so 43 are unread; with m's 3 they are 46, more than 35, so the first 32 of
t in alphabetical order are taken and **11 t files are left** for a later round (twilio,
twilioapikey, twitch, twitchaccesstoken, twitter v1 and v2, twitterconsumerkey, tyntec, typeform
v1 and v2, typetalk).  Taken: mrticktock, myfreshworks, myintervals; tallyfy, taxjar, teamgate,
teamworkcrm, teamworkdesk, teamworkspaces, technicalanalysisapi, tefter, telegrambottoken,
teletype, telnyx, terraformcloudpersonaltoken, testingbot, theoddsapi, thinkific, thousandeyes,
ticketmaster, tickettailor, timecamp, timezoneapi, tineswebhook, tmetric, todoist, tokeet,
tomorrowio, tradier, transferwise, travelpayouts, travisci, trelloapikey, trufflehogenterprise,
twelvedata.  After this round only those 11 t files are left of the letters rounds 24-31 took.

Four providers an earlier round or the public-format corpus already has: Telegram (rounds 2, 3,
16 and 22, the corpus), Telnyx (round 2), Terraform Cloud (rounds 6, 13 and 15, the corpus'
``atlasv1``) and Travis CI (the corpus).  Group ``known`` is the families whose id starts with
telegram, telnyx, terraform or travis.

Shapes of detector, carried as in :mod:`tests.unit.redact.heldout_round30`:

prefixed
    a token with a prefix or a shape of its own and no keyword asked before it, bare in round
    2's seven bare carriers and in the verifier's request (or a client's command line or
    config): Terraform Cloud's ``<14>.atlasv1.<67>``, Tines' webhook URL (its host's class
    ``[\\w-]+`` written as 4-16 lower-case letters, digits and ``-``, closed on a letter or
    digit) and TruffleHog Enterprise's ``thog-secret-`` (the detector pairs it with a
    ``thog-key-`` and a host, both written into the request; the secret is the family);
keyword near token
    as round 30's, the provider's name at most 40 characters before a token; where a detector
    pairs parts the family is the one the detector reports (``Raw``) and the other is written
    into the request: MyFreshworks' 22 (the account's ``<name>.myfreshworks.com``), Teamgate's
    40 (its 80-character app key in ``X-App-Key``), TestingBot's key (its 32-character id in
    ``curl -u``), Thinkific's 32 (the school's subdomain header), ThousandEyes' 32 (the user's
    e-mail in ``curl -u``), Tokeet's UUID (its 15-character account in the query) and Trello's
    key (its 64-character token in the query).  Mr. TickTock reports the user's e-mail, but the
    secret is the password after the name: its family is that password (8-24 of the
    detector's class, first and last a letter or digit), the e-mail in the request, as round
    29's Dotmailer.  A verifier sending the key as HTTP Basic's user (MyIntervals with ``X``,
    Ticket Tailor with nothing) is written as a client's ``curl -u``.  Teamwork's three
    detectors (CRM, Desk, Spaces) read one shape after ``teamwork`` or their own name: their
    names are ``teamwork``, ``teamworkdesk`` and ``teamworkspaces``.  Telegram's bot token,
    Telnyx's ``KEY``, Ticket Tailor's ``sk_`` and Teamwork's ``tkn.v1_`` ask the name before
    them: near families, as round 30's Mailsac.  The Odds API's keyword is ``theoddsapi`` (or
    ``the-odds-api``), Tomorrow.io's ``tomorrow`` and Travis CI's ``travis``: those are their
    names.  The ``\\b``-closed classes holding ``-`` (MyFreshworks, Tallyfy's third part,
    Telegram, Teletype, Telnyx, Transferwise, Trello) are written as round 24 wrote them (first
    and last character one of the class' letters, digits or ``_``); Transferwise's UUID-shaped
    groups and Trello's class ``[a-zA-Z-0-9]`` are read as spelled (``-`` among the hex, letters
    and digits).  Tomorrow and Teletype are everyday words (the next day, a printing telegraph),
    as are Travis (a given name) and Tefter (a notebook, in Turkish and Greek).

Formats are facts in our own notation, generated at test time; no rule text of the
source is copied.

First measurement, BEFORE any rule was changed for these families (seed 163, 7 per family,
rules as of main 7020aa2 (their last change round 30's, 9dd4ef1 on main), run at the round's
branch r31 plus this module and its lookalikes; run once, nothing tuned): strict
**425/490 = 86.73%**, loose 425/490 (prefixed 23/42, near 402/448; the providers an earlier set
has 47/56, new providers 378/434; by carrier: bare 9/21, keyed 224/224, text 192/245).  Seeds
7 and 99, same rules: 424/490 = 86.53% both (loose 424 and 425; bare 9/21 at each).  Missed at
seed 163, by family: Tines' webhook URL 1/7 bare and 0/7 in its requests (no rule knows
``<host>.tines.com/webhook/<32>/<32>``; the one found is after ``token=``); TruffleHog
Enterprise's ``thog-secret-`` 1/7 bare (no rule knows it; the one found after ``token=``);
prose naming a provider whose name is an everyday word or one the library's list lacks, before
a token (``<Name> client configured: <v>``, ``<name>: <v>``, ``<name> api key <v>``): Mr.
TickTock's punctuated password 4/7, MyFreshworks' 22 (after ``freshworks``) 4/7, MyIntervals'
11 0/7 (also in ``curl -u <v>:X``), Teamwork's ``tkn.v1_`` 4/7 each of CRM, Desk and Spaces,
Telegram's bot token 1/7 (also glued after ``/bot`` in its request), Teletype's 64 4/7,
ThousandEyes' 32 6/7, Ticket Tailor's ``sk_`` 0/7 (also in ``curl -u <v>:``), Tomorrow.io's 32
4/7, Travis CI's 22 4/7; Trello's key in its request's ``?key=`` 6/7 (its ``token=`` taken, the
key left when a ``-`` is in it); the other families 7/7.  At seeds 7 and 99 the same families
(Telegram 0/7 in text at both), and Timezone API's 20 and Tradier's 28 in prose 6/7 at 7,
Timezone API's 6/7 and MyFreshworks' 3/7 at 99.  The round-31 lookalikes: 24/600 touched (the
corpus at its seed 163; 38, 36, 26, 32 and 26 at seeds 7, 99, 1, 2 and 3): Terraform's
``credentials`` block with ``token = var.tfc_token`` (a variable taken as the token), request
lines with the docs' placeholders (Travelpayouts' ``token=PutHereYourToken``, Twelve Data's
``apikey=demo``, Ticketmaster's ``apikey={apikey}``, Trello's ``token={yourToken}``) and
MyFreshworks' ``Authorization: Token token=***`` (the mask's scheme word taken).

The held-out figure is printed again by running this module against the rules of the
commit that adds its measured version (on the round's branch r31; the lead's cherry-pick onto
main gives it another hash)::

    git worktree add --detach /tmp/r31base 389a4a6  # 4b2f08e on the round's branch r31
    cd /tmp/r31base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round31

Any figure measured after that is in-sample.  After the round-31 rules (3c9ec63 on main, 57b7e0e on r31; four
rules added last, tines-webhook, trufflehog-enterprise-secret, tickettailor-api-key and
teamwork-api-token; telegram-bot-token also reads the detector's 35): Tomorrow, Travis, Teletype
and Teamwork are weak names (their name in prose marks a random mix), Freshworks, Tomorrow and
Teletype join the providers list, and the placeholders the lookalikes found taken stay (joined
words holding ``your``, a URI template's slot named in words, a Terraform reference, the docs'
``apikey=demo``, a scheme's parameter holding a mask): **478/490 = 97.55%** strict, 478/490 loose
(prefixed 42/42, near 436/448; known 56/56, new 422/434; bare 21/21, keyed 224/224, text
233/245); seeds 7 and 99: 477/490 = 97.35% and 478/490 = 97.55%.  The round-31 lookalikes: 0/600
(corpus seeds 163, 7 and 99), and 0 of 3000 at seeds 1, 2 and 3 (142, 166 and 139 before); every
other round's figures and lookalikes unchanged.  Left: MyIntervals' 11 lower-case letters and
digits (0/7 at every seed: shorter than any token the library takes outside a password),
Mr. TickTock's punctuated password in prose (4/7; as round 29's Dotmailer, no rule takes a short
punctuated value after a name), single draws whose mix does not read as random or lacks a digit
(ThousandEyes' 32 at 163, Trello's key with a ``-`` and no digit in ``?key=``, Timezone API's 20,
Tradier's 28 and Travis CI's 22 at 7, MyFreshworks' 22 at 99), and the 11 t files the rule left
(twilio, twilioapikey, twitch, twitchaccesstoken, twitter v1 and v2, twitterconsumerkey, tyntec,
typeform v1 and v2, typetalk).
"""


from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round31 import lookalikes
from tests.unit.redact.rounds import HeldOutRound, split_by_prefix
from tests.unit.redact.trufflehog_families import Trufflehog

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

# fixed other parts of multi-part credentials (ids, hosts, e-mails and paired keys: not the secret measured)
_MRTICKTOCK_EMAIL = "ops@kessler-druck.de"
_FRESHWORKS_HOST = "kesslerdruck.myfreshworks.com"
_TEAMGATE_APP_KEY = "w4ZV3oUAbhtgqaXNp1AmDdXhCr6ou7snoHHv50Mt29UGt9iZ56T4rWQvTlJSrDn49FbMv4wAr4P1LSGh"
_TESTINGBOT_ID = "bbcwtl6gr2pjichq48ufz1bn64ld0e94"
_THINKIFIC_SUBDOMAIN = "kesslerschool-s-school"
_THOUSANDEYES_EMAIL = "noc@acmecorp.io"
_TOKEET_ACCOUNT = "1581234567.4821"
_TRELLO_TOKEN = "9n7NdsqqQgKTCkvz03m2DrTPzuuXsfPIKxSyCEIw2jaRN5ACGItcFh606sccW7VQ"
_THOG_KEY = "thog-key-c186711bc062bf4b"
_THOG_HOST = "brave-green-otter.c1.us.trufflehog.org"

_TRUFFLEHOG = Trufflehog()
SOURCE_PATHS = _TRUFFLEHOG.source_paths
_near, _prefixed = _TRUFFLEHOG.near, _TRUFFLEHOG.prefixed

_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
# Transferwise's UUID-shaped groups, its class read as spelled (hex and '-'), closed on hex for \b
_W = "[0-9a-f-]"
_WISE = f"[0-9a-f]{_W}{{7}}-{_W}{{4}}-{_W}{{4}}-{_W}{{4}}-{_W}{{11}}[0-9a-f]"
# Teamwork's token: tkn.v1_, 71 letters and digits, '='
_TEAMWORK = "tkn\\.v1_[0-9A-Za-z]{71}="


PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed(
        "terraformcloudpersonaltoken",
        "[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9]{67}",
        "terraformcloudpersonaltoken",
        "GET https://app.terraform.io/api/v2/account/details Authorization: Bearer {v}",
        'credentials "app.terraform.io" {\n  token = "{v}"\n}',
    ),
    *_prefixed(
        "tineswebhook",
        "https://[a-z0-9][a-z0-9-]{2,14}[a-z0-9]\\.tines\\.com/webhook/[a-z0-9]{32}/[a-z0-9]{32}",
        "tineswebhook",
        "curl -X POST -H 'Content-Type: application/json' -d '{\"alert\": \"disk full on db-2\"}' {v}",
        "GET {v} 200",
    ),
    *_prefixed(
        "trufflehogenterprise",
        "thog-secret-[0-9a-f]{32}",
        "trufflehogenterprise",
        "GET https://" + _THOG_HOST + "/api/v1/sources X-Thog-Key: " + _THOG_KEY + " X-Thog-Secret: {v}",
        "THOG_KEY=" + _THOG_KEY + " THOG_SECRET={v} ./scan --org acme",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "mrticktock",
        "[a-zA-Z0-9][a-zA-Z0-9!=@#$%()_^]{6,22}[a-zA-Z0-9]",
        "mrticktock",
        "mrticktock",
        "POST https://mrticktock.com/app/api/is_timer_active Content-Type: application/x-www-form-urlencoded email="
        + _MRTICKTOCK_EMAIL + "&password={v}",
    ),
    *_near(
        "myfreshworks",
        "[a-zA-Z0-9_][a-zA-Z0-9_-]{20}[a-zA-Z0-9_]",
        "myfreshworks",
        "freshworks",
        "GET https://" + _FRESHWORKS_HOST + "/crm/sales/api/sales_accounts/filters Authorization: Token token={v}",
    ),
    *_near(
        "myintervals",
        "[0-9a-z]{11}",
        "myintervals",
        "myintervals",
        "curl -u {v}:X -H 'Content-Type: application/json' https://api.myintervals.com/client/",
    ),
    *_near(
        "tallyfy",
        "[0-9A-Za-z]{36}\\.[0-9A-Za-z]{264}\\.[0-9A-Za-z_-]{682}[0-9A-Za-z_]",
        "tallyfy",
        "tallyfy",
        "GET https://api.tallyfy.com/me Accept: application/json Authorization: Bearer {v}",
    ),
    *_near(
        "taxjar",
        "[a-z0-9]{32}",
        "taxjar",
        "taxjar",
        "GET https://api.taxjar.com/v2/categories Authorization: Bearer {v}",
    ),
    *_near(
        "teamgate",
        "[a-z0-9]{40}",
        "teamgate",
        "teamgate",
        "GET https://api.teamgate.com/v4/users X-Auth-Token: {v} X-App-Key: " + _TEAMGATE_APP_KEY,
    ),
    *_near(
        "teamworkcrm",
        _TEAMWORK,
        "teamworkcrm",
        "teamwork",
        "GET https://acme.teamwork.com/crm/api/v2/users.json Authorization: Bearer {v} Accept: application/json",
    ),
    *_near(
        "teamworkdesk",
        _TEAMWORK,
        "teamworkdesk",
        "teamworkdesk",
        "GET https://acme.teamwork.com/desk/api/v2/me.json Authorization: Bearer {v} Accept: application/json",
    ),
    *_near(
        "teamworkspaces",
        _TEAMWORK,
        "teamworkspaces",
        "teamworkspaces",
        "GET https://acme.teamwork.com/spaces/api/v1/users.json Authorization: Bearer {v} Accept: application/json",
    ),
    *_near(
        "technicalanalysisapi",
        "[A-Z0-9]{48}",
        "technicalanalysisapi",
        "technicalanalysisapi",
        "GET https://technical-analysis-api.com/api/v1/analysis/BTC?apiKey={v}",
    ),
    *_near(
        "tefter",
        "[0-9a-zA-Z]{20}",
        "tefter",
        "tefter",
        "POST https://www.tefter.io/api/bookmarks?url=google.com Content-Type: application/json X-User-Token: {v}",
    ),
    *_near(
        "telegrambottoken",
        "[0-9]{8,10}:[a-zA-Z0-9_-]{34}[a-zA-Z0-9_]",
        "telegrambottoken",
        "telegram",
        "GET https://api.telegram.org/bot{v}/getMe",
    ),
    *_near(
        "teletype",
        "[0-9a-zA-Z][0-9a-zA-Z-]{62}[0-9a-zA-Z]",
        "teletype",
        "teletype",
        "GET https://api.teletype.app/public/api/v1/messages Content-Type: application/json X-Auth-Token: {v}",
    ),
    *_near(
        "telnyx",
        "KEY[0-9A-Za-z_-]{54}[0-9A-Za-z_]",
        "telnyx",
        "telnyx",
        "GET https://api.telnyx.com/v2/messaging_profiles Accept: application/vnd.telnyx+json; version=3 Authorization: Bearer {v}",
    ),
    *_near(
        "testingbot",
        "[0-9a-z]{32}",
        "testingbot",
        "testingbot",
        "curl -u " + _TESTINGBOT_ID + ":{v} https://api.testingbot.com/v1/user",
    ),
    *_near(
        "theoddsapi",
        "[0-9a-f]{32}",
        "theoddsapi",
        "theoddsapi",
        "GET https://api.the-odds-api.com/v4/sports/?apiKey={v}",
    ),
    *_near(
        "thinkific",
        "[0-9a-f]{32}",
        "thinkific",
        "thinkific",
        "GET https://api.thinkific.com/api/public/v1/collections X-Auth-API-Key: {v} X-Auth-Subdomain: "
        + _THINKIFIC_SUBDOMAIN + " Content-Type: application/json",
    ),
    *_near(
        "thousandeyes",
        "[a-zA-Z0-9]{32}",
        "thousandeyes",
        "thousandeyes",
        "curl -u " + _THOUSANDEYES_EMAIL + ":{v} https://api.thousandeyes.com/v6/endpoint-data/user-sessions/web.json",
    ),
    *_near(
        "ticketmaster",
        "[a-zA-Z0-9]{32}",
        "ticketmaster",
        "ticketmaster",
        "GET https://app.ticketmaster.com/discovery/v2/events.json?apikey={v}",
    ),
    *_near(
        "tickettailor",
        "sk_[0-9]{4}_[0-9]{6}_[a-f0-9]{32}",
        "tickettailor",
        "tickettailor",
        "curl -u {v}: -H 'Accept: application/json' https://api.tickettailor.com/v1/orders",
    ),
    *_near(
        "timecamp",
        "[0-9a-z]{26}",
        "timecamp",
        "timecamp",
        "GET https://app.timecamp.com/third_party/api/user?format=json Accept: application/vnd.timecamp+json; version=3"
        " Authorization: {v}",
    ),
    *_near(
        "timezoneapi",
        "[a-zA-Z0-9]{20}",
        "timezoneapi",
        "timezoneapi",
        "GET https://timezoneapi.io/api/ip/?token={v}",
    ),
    *_near(
        "tmetric",
        "[0-9A-Z]{64}",
        "tmetric",
        "tmetric",
        "GET https://app.tmetric.com/api/v3/user Authorization: Bearer {v}",
    ),
    *_near(
        "todoist",
        "[0-9a-z]{40}",
        "todoist",
        "todoist",
        "GET https://api.todoist.com/rest/v2/projects Authorization: Bearer {v}",
    ),
    *_near(
        "tokeet",
        _UUID,
        "tokeet",
        "tokeet",
        "GET https://capi.tokeet.com/v1/user?account=" + _TOKEET_ACCOUNT + " Accept: application/json Authorization: {v}",
    ),
    *_near(
        "tomorrowio",
        "[a-zA-Z0-9]{32}",
        "tomorrowio",
        "tomorrow",
        "GET https://api.tomorrow.io/v4/alerts?apikey={v}",
    ),
    *_near(
        "tradier",
        "[a-zA-Z0-9]{28}",
        "tradier",
        "tradier",
        "GET https://api.tradier.com/v1/watchlists Authorization: Bearer {v}",
    ),
    *_near(
        "transferwise",
        _WISE,
        "transferwise",
        "transferwise",
        "GET https://api.transferwise.com/v2/profiles Accept: application/vnd.transferwise+json; version=3 Authorization: Bearer {v}",
    ),
    *_near(
        "travelpayouts",
        "[a-z0-9]{32}",
        "travelpayouts",
        "travelpayouts",
        "GET https://api.travelpayouts.com/v2/prices/latest?currency=usd&limit=5&token={v}",
    ),
    *_near(
        "travisci",
        "[a-zA-Z0-9_]{22}",
        "travisci",
        "travis",
        "GET https://api.travis-ci.com/user Authorization: token {v} User-Agent: API Explorer Travis-API-Version: 3",
    ),
    *_near(
        "trelloapikey",
        "[a-zA-Z0-9][a-zA-Z0-9-]{30}[a-zA-Z0-9]",
        "trelloapikey",
        "trello",
        "GET https://api.trello.com/1/members/me?key={v}&token=" + _TRELLO_TOKEN,
    ),
    *_near(
        "twelvedata",
        "[a-z0-9]{32}",
        "twelvedata",
        "twelvedata",
        "GET https://api.twelvedata.com/earliest_timestamp?symbol=AAPL&interval=1day&apikey={v}",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR

# the providers an earlier set has (see the docstring); the other families are "new"
_KNOWN = ("telegram", "telnyx", "terraform", "travis")
KNOWN, NEW = split_by_prefix(FAMILIES, _KNOWN)


ROUND = HeldOutRound(
    "round-31", __doc__, 163, FAMILIES, lookalikes, SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
