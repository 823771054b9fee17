"""A thirtieth held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round30 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a
keyword list, the token's regex and the request its verifier sends, as rounds 5-11 and 24-29
read them.  The rule that chose the files, written here before any of them was read (round
27's rule continued as rounds 28 and 29 continued it, their files now counted as read):

1. the trufflehog detector files named by every earlier round's ``SOURCE_PATHS`` and the
   detectors named by :mod:`tests.unit.redact.public_formats`' trufflehog lists are counted
   by the first letter of the detector's folder.  Round 27's counts with round 28's 29 b files
   and round 29's 35 d files added: a 14, b 36, c 15, d 41, e 22, f 39, g 38, h 21, i 22, j 7,
   k 11, l 26, m 6, n 25, o 19, p 11, q 3, r 32, s 14, t 6, u 14, v 16, w 19, x 1, y 5, z 15;
2. the letters an earlier round left for later come first: after round 29 only m and t are
   left (6 read each); b and d are taken whole (none of their default-list files is left).
   Two rounds may be run at once from here: this round takes **m**, the first of m and t
   alphabetically (t is left for a later round);
3. m is taken whole if its unread files number 25-35; if they number more than 35, the unread
   m detectors are put in alphabetical order of their path (``pkg/detectors/<name>/...``, a
   detector's versions in order ``v1``, ``v2`` ...) and the first 35 are taken, the rest left
   for a later round (their number given below, counted from the default list, which is
   listing, not reading); if fewer than 25, m is taken whole and no other letter is added
   (t is another round's);
4. a file is unread when its detector is in trufflehog's default list
   (``pkg/engine/defaults/defaults.go``, the detectors it builds, commented-out ones not
   counted, at the commit rounds 24-29 used) and no earlier round's ``SOURCE_PATHS`` nor the
   public-format corpus' trufflehog lists name it; a detector with versions (``<name>/v1``,
   ``v2``) counts each version the list builds as a file;
5. families as rounds 10, 11 and 24-29 built them: a token with a prefix or a shape of its
   own a bare family and one in the verifier's request; a keyword-near-token detector a keyed
   family (a provider-named key) and a text family (the verifier's request with the token,
   then prose with and without a credential word); where a detector pairs two parts the
   family is the secret one and the other part is written into the request;
6. a detector whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 157 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99
are printed too.  Each file is read as the index stores it (one version, not always the
newest).

The rule applied (the default list as the index stores it, commit 0011995, the same as rounds
24-29's, read after the rule above was committed and before any detector file): the list builds
44 m files (m3o, magnetic, manifest and mixpanel commented out; maxmindlicense v1 and v2 two
files), 6 of them read before (mapquest, moosend and mux by an earlier round's
``SOURCE_PATHS``; mailerlite, miro and moralis by the public-format corpus), so 38 are unread,
more than 35: the first 35 in alphabetical order are taken and **3 are left** for a later round
(mrticktock, myfreshworks, myintervals).  Taken: madkudu, magicbell, mailboxlayer, mailchimp,
mailgun, mailjetbasicauth, mailjetsms, mailmodo, mailsac, mandrill, mapbox, marketstack,
mattermostpersonaltoken, mavenlink, maxmindlicense v1 and v2, meaningcloud, mediastack,
meistertask, meraki, mesibo, messagebird, metaapi, metabase, metrilo, microsoftteamswebhook,
mindmeister, mite, mixmax, mockaroo, moderation, monday, mongodb, monkeylearn, moonclerk.
With the 3 m files left, t (6 read) is the letter left.

Ten providers an earlier round or the public-format corpus already has: Mailchimp, Mailgun,
Mandrill and Microsoft Teams' webhook (round 2 and others), Mapbox, Mattermost (the corpus),
MaxMind (round 2 and the corpus), Meraki (rounds 2, 5 and 19), MessageBird (rounds 2 and 13) and
MongoDB (round 3 and others).  Group ``known`` is the families whose id starts with mailchimp,
mailgun, mandrill, mapbox, mattermost, maxmind, meraki, messagebird, microsoftteams or mongodb.

Shapes of detector, carried as in :mod:`tests.unit.redact.heldout_round29`:

prefixed
    a token with a prefix or a shape of its own and no keyword asked before it, bare in round
    2's seven bare carriers and in the verifier's request (or a client's command line or
    config): Mailchimp's 32 hex and ``-us<1-2 digits>`` (its data centre), Mapbox's ``sk.``
    (its class ``[a-zA-Z-0-9\\.]`` read as spelled, letters, ``-``, digits and ``.``, closed on
    a letter or digit for ``\\b``), MaxMind's v2 license key (``_mmk`` ending it) and Microsoft
    Teams' incoming-webhook URL (its classes ``[a-zA-Z-0-9]`` read as spelled; the tenant's
    host written as 6-12 lower-case letters and digits);
keyword near token
    as round 29's, the provider's name at most 40 characters before a token; where a detector
    pairs parts the family is the one the detector reports (``Raw``) and the other is written
    into the request: MagicBell's key (the user's e-mail in a header), Mattermost's token (the
    ``<name>.cloud.mattermost.com`` server), MaxMind's v1 16-character key (its numeric account
    id in ``curl -u``; the name is ``maxmind``), MetaAPI's 64-hex key (its 24-hex spell id in
    the path), Metabase's 36 (the server's URL) and Mite's 16 (the account's ``mite.yo.lk``
    host).  Mailjet's two (the 87 and ``=`` of Basic auth, the SMS API's 32) ask ``mailjet``.
    A verifier that sends the key as HTTP Basic's user (MadKudu) is written as a client's
    ``curl -u <key>:``.  Mailsac's ``k_`` and Monday's ``ey`` tokens and Moderation's three
    dotted parts ask the name before them: near families, as round 29's Doppler.  Mailsac's
    open count (``{36,}``) is written as 36-44.  The ``\\b``-closed classes holding ``-`` or
    ``.`` (MagicBell, Mailgun, Mandrill, MessageBird, Metabase, Mixmax, Monday) are written as
    round 24 wrote them (first and last character one of the class' letters, digits or ``_``).
    Mite, Moderation and Monday are everyday words (a tick, restraint, a weekday).
mongodb
    MongoDB's match is a whole connection string (``mongodb://`` or ``mongodb+srv://``, user,
    password, hosts, database and options); the secret in it is the password, so the family
    is text alone (``mongodb-text``), as round 25's RabbitMQ: passwords of 8-32 letters, digits
    and ``_~!.-`` (no ``*``: the detector drops passwords of ``x`` or ending in ``*`` as
    placeholders).

Formats are facts in our own notation, generated at test time; no rule text of the
source is copied.

First measurement, BEFORE any rule was changed for these families (seed 157, 7 per family,
rules as of main fa88bd1 (their last change round 29's, 723f9a0 on main), run at the round's
branch r30 plus this module and its lookalikes; run once, nothing tuned): strict
**430/483 = 89.03%**, loose 430/483 (prefixed 46/56, near 384/427; the providers an earlier set
has 129/147, new providers 301/336; by carrier: bare 21/28, keyed 205/210, text 204/245).  Seeds
7 and 99, same rules: 435/483 = 90.06% and 433/483 = 89.65% (bare 20/28 and 19/28).  Missed at
seed 157, by family: Mapbox's bare ``sk.`` token 1/7 (no rule takes it outside a key; the one
found is after ``token=``); Microsoft Teams' webhook URL 6/7 bare and 4/7 in its requests (the
path after ``webhookb2/`` left when its UUID-shaped parts hold letters beyond hex or ``-``, as
the detector's class allows); prose naming a provider whose name is an everyday word or one the
library's list lacks, before a short or plain token (``<Name> client configured: <v>``,
``<name>: <v>``, ``<name> api key <v>``): Mattermost's 26 lower-case letters and digits 3/7,
MaxMind v1's 16 5/7, Metabase's 36 4/7, Metrilo's 16 2/7, Mite's 16 2/7, Mockaroo's 8 0/7 (also
in its request's ``?key=``), Moderation's three dotted parts 4/7, Monday's ``ey`` token 2/7; Mite's
16 under ``MITE_KEY`` 3/7 (a logline, env, record and yaml left whole) and Moderation's under
``MODERATION_KEY`` 6/7; Mandrill's 22 in a JSON body's ``"key"`` 5/7 and MeaningCloud's 32 in
``curl -F key=<v>`` 5/7; the other families 7/7.  At seeds 7 and 99 the same families (but
Mite's keyed 7/7 at seed 7), and MediaStack's prose line 6/7 at 99 (``Mediastack client
configured: <v>``, a 32 that does not read as random).  The round-30 lookalikes: 5/600 touched at
seeds 157, 7 and 99, all one line, MessageBird's request with a placeholder, ``Authorization:
AccessKey <key>`` (the ``<key>`` taken as the key).

The held-out figure is printed again by running this module against the rules of the
commit that adds its measured version (on the round's branch r30; the lead's cherry-pick onto
main gives it another hash)::

    git worktree add --detach /tmp/r30base c2e47c0  # 6350c8c on the round's branch r30
    cd /tmp/r30base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round30

Any figure measured after that is in-sample.  After the round-30 rules (0333303 and 9dd4ef1 on main, eecde91 and 1973ebd on r30;
two rules added last, form-field-secret and json-key-token; mapbox-secret-token and
microsoft-teams-webhook also read the detectors' classes): Mattermost, Mite, Moderation and Monday
are weak names (Mattermost's 26 and Mite's 16 lower-case letters and digits with a letter beyond hex
their own shapes; Moderation's and Monday's dotted tokens a random mix once the dots are dropped),
Metabase, Mite and Moderation join the providers list, a provider's short key of 16-19 lower-case
letters and digits reads as a token after its name, a scheme word before a placeholder in an
Authorization header stays, a curl form field named ``key`` is taken as the query parameter is, and
a JSON body's ``"key"`` holding a random mix of cases and digits is a token: **472/483 = 97.72%**
strict, 472/483 loose (prefixed 56/56, near 416/427; known 144/147, new 328/336; bare 28/28, keyed
210/210, text 234/245); seeds 7 and 99: 473/483 = 97.93% and 474/483 = 98.14%.  The round-30
lookalikes: 0/600 at seeds 157, 7 and 99, and 0 of 3000 at seeds 1, 2 and 3 (44, 35 and 42 before,
the MessageBird placeholder line); every other round's figures and lookalikes unchanged but round
24's, up (472 -> 477/490, its text families).  Left: Mockaroo's 8-character key (0/7 in text, at
every seed: shorter than any token the library takes outside a password, and 8 lower-case letters
and digits are as often an id), MaxMind v1's 16 when a draw holds no digit (letters alone read as a
word: 2/7 at 157), single draws whose mix does not read as random (Mattermost's 26 after ``api
key``, Mite's and Metrilo's 16 with vowels and one run of digits, MediaStack's 32 at 99), and the 3 m
files left by the rule (mrticktock, myfreshworks, myintervals) with the letter t.
"""


from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round30 import lookalikes
from tests.unit.redact.rounds import HeldOutRound, split_by_prefix
from tests.unit.redact.trufflehog_families import Trufflehog

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

# fixed other parts of multi-part credentials (ids, hosts and e-mails: not the secret measured)
_MAGICBELL_EMAIL = "ops@kessler-druck.de"
_MATTERMOST_HOST = "acme-eng.cloud.mattermost.com"
_MAXMIND_ACCOUNT = "482913"
_METAAPI_SPELL = "6f1c9e7a2b8d3c6e0a5f9b1d"
_METABASE_URL = "https://metabase.acme-corp.io"
_MITE_HOST = "kessler.mite.yo.lk"
_MAPBOX_USER = "acme-maps"

_TRUFFLEHOG = Trufflehog()
SOURCE_PATHS = _TRUFFLEHOG.source_paths
_near, _prefixed = _TRUFFLEHOG.near, _TRUFFLEHOG.prefixed

# Teams' UUID-shaped parts, its class read as spelled (letters, '-' and digits)
_T = "[a-zA-Z0-9-]"
_TEAMS_UUID = f"{_T}{{8}}-{_T}{{4}}-{_T}{{4}}-{_T}{{4}}-{_T}{{12}}"


PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed(
        "mailchimp",
        "[0-9a-f]{32}-us[0-9]{1,2}",
        "mailchimp",
        "curl -u anystring:{v} -H 'accept: application/json' https://us6.api.mailchimp.com/3.0/",
        "MAILCHIMP_API_KEY={v} python sync_audience.py --list newsletter",
    ),
    *_prefixed(
        "mapbox",
        "sk\\.[a-zA-Z0-9.-]{79,239}[a-zA-Z0-9]",
        "mapbox",
        "GET https://api.mapbox.com/tokens/v2/" + _MAPBOX_USER + "?access_token={v}",
        "MAPBOX_DOWNLOADS_TOKEN={v} pod install",
    ),
    *_prefixed(
        "maxmindlicense-v2",
        "[0-9A-Za-z]{6}_[0-9A-Za-z]{29}_mmk",
        "maxmindlicense/v2/maxmindlicense_v2",
        "POST https://secret-scanning.maxmind.com/secrets/validate-license-key"
        " Content-Type: application/x-www-form-urlencoded license_key={v}",
        "AccountID " + _MAXMIND_ACCOUNT + "\nLicenseKey {v}\nEditionIDs GeoLite2-Country GeoLite2-City",
    ),
    *_prefixed(
        "microsoftteamswebhook",
        "https://[a-z0-9]{6,12}\\.webhook\\.office\\.com/webhookb2/" + _TEAMS_UUID + "@" + _TEAMS_UUID
        + "/IncomingWebhook/" + _T + "{32}/" + _TEAMS_UUID,
        "microsoftteamswebhook",
        "curl -H 'Content-Type: application/json' -d '{\"text\": \"nightly build green\"}' {v}",
        "POST {v} 200",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "madkudu",
        "[0-9a-f]{32}",
        "madkudu",
        "madkudu",
        "curl -u {v}: https://api.madkudu.com/v1/ping",
    ),
    *_near(
        "magicbell",
        "[a-zA-Z0-9][a-zA-Z0-9-]{38}[a-zA-Z0-9]",
        "magicbell",
        "magicbell",
        "GET https://api.magicbell.com/notification_preferences X-MAGICBELL-API-KEY: {v} X-MAGICBELL-USER-EMAIL: "
        + _MAGICBELL_EMAIL,
    ),
    *_near(
        "mailboxlayer",
        "[a-z0-9]{32}",
        "mailboxlayer",
        "mailboxlayer",
        "GET https://apilayer.net/api/check?access_key={v}&email=support@email.com",
    ),
    *_near(
        "mailgun",
        "[a-zA-Z0-9][a-zA-Z0-9-]{70}[a-zA-Z0-9]",
        "mailgun",
        "mailgun",
        "GET https://api.mailgun.net/v3/domains Authorization: Basic {v}",
    ),
    *_near(
        "mailjetbasicauth",
        "[A-Za-z0-9]{87}=",
        "mailjetbasicauth",
        "mailjet",
        "GET https://api.mailjet.com/v3/REST/message Authorization: Basic {v}",
    ),
    *_near(
        "mailjetsms",
        "[A-Za-z0-9]{32}",
        "mailjetsms",
        "mailjet",
        "GET https://api.mailjet.com/v4/sms Accept: application/vnd.mailjetsms+json; version=3 Authorization: Bearer {v}",
    ),
    *_near(
        "mailmodo",
        "[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}",
        "mailmodo",
        "mailmodo",
        "GET https://api.mailmodo.com/api/v1/campaigns?type=CONTACT_LIST Content-Type: application/json mmApiKey: {v}",
    ),
    *_near(
        "mailsac",
        "k_[0-9A-Za-z]{36,44}",
        "mailsac",
        "mailsac",
        "GET https://mailsac.com/api/addresses Content-Type: application/json Mailsac-Key: {v}",
    ),
    *_near(
        "mandrill",
        "[A-Za-z0-9_][A-Za-z0-9_-]{20}[A-Za-z0-9_]",
        "mandrill",
        "mandrill",
        'POST https://mandrillapp.com/api/1.0/users/info Content-Type: application/json {"key": "{v}"}',
    ),
    *_near(
        "marketstack",
        "[a-z0-9]{32}",
        "marketstack",
        "marketstack",
        "GET https://api.marketstack.com/v1/eod?access_key={v}&symbols=AAPL",
    ),
    *_near(
        "mattermostpersonaltoken",
        "[a-z0-9]{26}",
        "mattermostpersonaltoken",
        "mattermost",
        "GET https://" + _MATTERMOST_HOST + "/api/v4/users/stats Authorization: Bearer {v}",
    ),
    *_near(
        "mavenlink",
        "[0-9a-z]{64}",
        "mavenlink",
        "mavenlink",
        "GET https://api.mavenlink.com/api/v1/workspaces.json Authorization: Bearer {v}",
    ),
    *_near(
        "maxmindlicense-v1",
        "[0-9A-Za-z]{16}",
        "maxmindlicense/v1/maxmindlicense",
        "maxmind",
        "curl -u " + _MAXMIND_ACCOUNT + ":{v} https://geoip.maxmind.com/geoip/v2.1/country/8.8.8.8",
    ),
    *_near(
        "meaningcloud",
        "[a-z0-9]{32}",
        "meaningcloud",
        "meaningcloud",
        "curl -X POST https://api.meaningcloud.com/lang-4.0/identification -F key={v} -F txt=test",
    ),
    *_near(
        "mediastack",
        "[a-z0-9]{32}",
        "mediastack",
        "mediastack",
        "GET https://api.mediastack.com/v1/news?access_key={v}",
    ),
    *_near(
        "meistertask",
        "[a-zA-Z0-9]{43}",
        "meistertask",
        "meistertask",
        "GET https://www.meistertask.com/api/projects Authorization: Bearer {v}",
    ),
    *_near(
        "meraki",
        "[0-9a-f]{40}",
        "meraki",
        "meraki",
        "GET https://api.meraki.com/api/v1/organizations X-Cisco-Meraki-API-Key: {v}",
    ),
    *_near(
        "mesibo",
        "[0-9A-Za-z]{64}",
        "mesibo",
        "mesibo",
        "GET https://api.mesibo.com/api.php?op=useradd&token={v}",
    ),
    *_near(
        "messagebird",
        "[A-Za-z0-9_][A-Za-z0-9_-]{23}[A-Za-z0-9_]",
        "messagebird",
        "messagebird",
        "GET https://rest.messagebird.com/messages Authorization: AccessKey {v}",
    ),
    *_near(
        "metaapi",
        "[0-9a-f]{64}",
        "metaapi",
        "metaapi",
        "GET https://api.meta-api.io/api/spells/" + _METAAPI_SPELL + "/runSync Content-Type: application/json apikey: {v}",
    ),
    *_near(
        "metabase",
        "[a-zA-Z0-9][a-zA-Z0-9-]{34}[a-zA-Z0-9]",
        "metabase",
        "metabase",
        "GET " + _METABASE_URL + "/api/user/current X-Metabase-Session: {v}",
    ),
    *_near(
        "metrilo",
        "[a-z0-9]{16}",
        "metrilo",
        "metrilo",
        'POST https://trk.mtrl.me/category Content-Type: application/json {"token": "{v}", "params": {"id": "12"}}',
    ),
    *_near(
        "mindmeister",
        "[a-zA-Z0-9]{43}",
        "mindmeister",
        "mindmeister",
        "GET https://www.mindmeister.com/services/rest/oauth2?method=mm.maps.getList Authorization: Bearer {v}",
    ),
    *_near(
        "mite",
        "[0-9a-z]{16}",
        "mite",
        "mite",
        "GET https://" + _MITE_HOST + "/account.json Content-Type: application/json X-MiteApiKey: {v}",
    ),
    *_near(
        "mixmax",
        "[a-zA-Z0-9_][a-zA-Z0-9_-]{34}[a-zA-Z0-9_]",
        "mixmax",
        "mixmax",
        "GET https://api.mixmax.com/v1/users/me X-API-Token: {v}",
    ),
    *_near(
        "mockaroo",
        "[0-9a-z]{8}",
        "mockaroo",
        "mockaroo",
        "GET https://api.mockaroo.com/api/types?key={v}",
    ),
    *_near(
        "moderation",
        "[a-zA-Z0-9]{36}\\.[a-zA-Z0-9]{115}\\.[a-zA-Z0-9_]{43}",
        "moderation",
        "moderation",
        "POST https://moderationapi.com/api/v1/analyze/language Authorization: Bearer {v} Content-type: application/json"
        ' {"value": "an english text"}',
    ),
    *_near(
        "monday",
        "ey[a-zA-Z0-9_.]{209,224}[a-zA-Z0-9_]",
        "monday",
        "monday",
        'POST https://api.monday.com/v2 Content-Type: application/json Authorization: {v} {"query":"{boards(limit:1){id}}"}',
    ),
    *_near(
        "monkeylearn",
        "[0-9a-f]{40}",
        "monkeylearn",
        "monkeylearn",
        "GET https://api.monkeylearn.com/v3/classifiers Accept: application/json Authorization: Token {v}",
    ),
    *_near(
        "moonclerk",
        "[0-9a-z]{32}",
        "moonclerk",
        "moonclerk",
        "GET https://api.moonclerk.com/forms Accept: application/vnd.moonclerk+json;version=1 Authorization: Token token={v}",
    ),
    # MongoDB's match is a whole connection string; the secret in it is the password (text alone)
    _TRUFFLEHOG.family(
        "mongodb-text",
        "text",
        "[A-Za-z0-9_~!.-]{8,32}",
        "mongodb",
        "MONGO_URL=mongodb+srv://{u}:{v}@cluster0.k3x9q.mongodb.net/orders?retryWrites=true&w=majority",
        "connecting to mongodb://reporter:{v}@10.0.4.12:27017/analytics?authSource=admin",
        "spring.data.mongodb.uri=mongodb://app:{v}@db-1.acme.internal:27017,db-2.acme.internal:27017/prod?replicaSet=rs0",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR

# the providers an earlier set has (see the docstring); the other families are "new"
_KNOWN = (
    "mailchimp", "mailgun", "mandrill", "mapbox", "mattermost", "maxmind", "meraki", "messagebird",
    "microsoftteams", "mongodb",
)
KNOWN, NEW = split_by_prefix(FAMILIES, _KNOWN)


ROUND = HeldOutRound(
    "round-30", __doc__, 157, FAMILIES, lookalikes, SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
