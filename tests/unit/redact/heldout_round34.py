"""A thirty-fourth held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round34 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a
keyword list, the token's regex and the request its verifier sends, as rounds 5-11 and 24-32
read them.  The rule that chose the files, written here before any of them was read (round
27's rule continued as rounds 28-32 continued it, their files now counted as read; round 33,
built at the same time from another source, is not counted here):

1. the trufflehog detector files named by every earlier round's ``SOURCE_PATHS`` and the
   detectors named by :mod:`tests.unit.redact.public_formats`' trufflehog lists are counted
   by the first letter of the detector's folder.  Round 32's counts with its 11 t, 1 k and
   23 p files added: a 14, b 36, c 15, d 41, e 22, f 39, g 38, h 21, i 22, j 7, k 12, l 26,
   m 44, n 25, o 19, p 34, q 3, r 32, s 14, t 49, u 14, v 16, w 19, x 1, y 5, z 15;
2. the letters an earlier round left for later come first: round 32 left 27 p files
   (planetscale, planetscaledb, planviewleankit, planyo, plivo, podio, pollsapi, poloniex,
   polygon, portainer, postbacks, postgres, postman, postmark, powrbot, prefect, privacy,
   privatekey, prodpad, prospectcrm, protocolsio, proxycrawl, pulumi, purestake,
   pushbulletapikey, pusherchannelkey, pypi, named by its rule from the default list).  This
   round takes those 27 first (p is then whole);
3. then the letters in round 27's order, the fewest files counted in rule 1 first, ties
   alphabetically: x (1), q (3), y (5), j (7), k (12), a, s, u (14), c, z (15), v (16),
   o, w (19), h (21), e, i (22), n (25), l (26), r (32), b (36), g (38), f (39), d (41),
   m (44), t (49) (p, whole after rule 2, left out); each letter whole (its unread files,
   rule 4; a letter with none gives none), until the round holds 25-35 files in all with
   p's 27.  A letter that would carry the count past 35 is cut as round 31 cut t: its unread
   files are put in alphabetical order of their path (``pkg/detectors/<name>/...``, a
   detector's versions in order ``v1``, ``v2`` ...), the first up to 35 files in all are
   taken and the rest are left for a later round (their number given below, counted from the
   default list, which is listing, not reading); the round then stops.  If every letter is
   taken and the round holds fewer than 25, it stops there;
4. a file is unread when its detector is in trufflehog's default list
   (``pkg/engine/defaults/defaults.go``, the detectors it builds, commented-out ones not
   counted, at the commit rounds 24-32 used, 0011995) and no earlier round's
   ``SOURCE_PATHS`` nor the public-format corpus' trufflehog lists name it; a detector with
   versions (``<name>/v1``, ``v2``) counts each version the list builds as a file;
5. families as rounds 10, 11 and 24-32 built them: a token with a prefix or a shape of its
   own a bare family and one in the verifier's request; a keyword-near-token detector a keyed
   family (a provider-named key) and a text family (the verifier's request with the token,
   then prose with and without a credential word); where a detector pairs two parts the
   family is the secret one and the other part is written into the request;
6. a detector whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 179 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99
are printed too.  Each file is read as the index stores it (one version, not always the
newest).

The rule applied (the default list as the index stores it, commit 0011995, the same as rounds
24-32's, read after the rule above was committed and before any detector file): p's 27 left by
round 32 first; then x gives none (xai, read by round 10), q none (qase, qualaroo, qubole, read
by round 6), y none (yandex, yelp, youneedabudget, yousign, youtubeapikey, read before), j none
(read before), k none (kraken taken by round 32, the other 11 read before); a (14 read: abuseipdb,
agora, apideck and azurecontainerregistry by an earlier round's ``SOURCE_PATHS``; accuweather v1
and v2, adafruitio, airbrakeprojectkey and airbrakeuserkey as public_formats' ``airbrake``,
amplitudeapikey as its ``amplitude``, apify, appcues and ayrshare by the public-format corpus,
13 files of the list's 81) has 68 unread, more than the 8 that bring the round to 35, so a is
cut as round 31 cut t: its first 8 in alphabetical order are taken and **60 a files are left**
for a later round (airvisual to azuresearchquerykey in the list's order, less the 6 read among
them).  Taken (35): planetscale, planetscaledb, planviewleankit, planyo, plivo, podio, pollsapi,
poloniex, polygon, portainer, postbacks, postgres, postman, postmark, powrbot, prefect, privacy,
privatekey, prodpad, prospectcrm, protocolsio, proxycrawl, pulumi, purestake, pushbulletapikey,
pusherchannelkey, pypi; abyssale, adzuna, aeroworkflow, aha, airship, airtableapikey,
airtableoauth, airtablepersonalaccesstoken.  After this round p is taken whole; of a, 60 files
are left, and the letters with the fewest read files after a are s and u (14).

Eleven providers an earlier round or the public-format corpus already has: PlanetScale (rounds
13 and 15, the corpus; both files), Plivo (round 2), Portainer (round 5's ``ptr_``), Postgres
(round 3 and others), Postman (rounds 2, 13 and 14, the corpus), Postmark (rounds 2 and 15),
Prefect (round 2, the corpus), private keys (rounds 12-16), Pulumi (rounds 2, 13 and 14), PyPI
(rounds 10, 13 and others) and Airtable (rounds 2, 4, 15 and 19; three files).  Group ``known``
is the families whose id starts with planetscale, plivo, portainer, postgres, postman, postmark,
prefect, privatekey, pulumi, pypi or airtable.

Shapes of detector, carried as in :mod:`tests.unit.redact.heldout_round32`:

prefixed
    a token with a prefix of its own and no keyword asked before it, bare in round 2's seven
    bare carriers and in the verifier's request (or a client's command line): PlanetScale's
    ``pscale_tkn_`` (its 12-character user before it, ``<user>:<token>`` in the
    ``Authorization`` header) and ``pscale_pw_`` (a MySQL password: ``mysql -p`` and a
    ``mysql://`` URL with its 20-character user), Postman's ``PMAK-``, Prefect's ``pnu_``,
    Pulumi's ``pul-`` and PyPI's ``pypi-AgEIcHlwaS5vcmcCJ``; a PEM private key (the detector's
    ``BEGIN ... PRIVATE KEY`` block, written as an RSA key of 4-8 lines of 64; the key is not
    sent, its fingerprint is looked up) is carried in free text alone, two text families as
    round 12 carried its key (log lines before the block, a here-document), since a record's
    attribute does not show a block of lines as the text does;
keyword near token
    as round 32's, the provider's name at most 40 characters before a token; where a detector
    pairs parts the family is the secret one and the other is written into the request:
    Plivo's 40 (its 20-capital auth id in ``curl -u`` and the path), Poloniex's 128 hex secret
    (its dashed key beside it on a command line: the secret signs, it is not sent), Pusher's
    20 (the app id and key beside it in a client's constructor: the secret signs), Adzuna's
    app key (its 8-character app id in the query), Aeroworkflow's 20 (its account number in
    the path), Airtable's ``key`` and 14 (its base id ``app`` and 14 in the path).  LeanKit's
    keyword is ``planview``, ProspectCRM's ``prospectcrm``, protocols.io's ``protocols``,
    Pushbullet's ``pushbullet`` and Pusher's ``pusher``.  Postgres' file, as the index stores
    it, takes ``[0-9a-zA-Z]{23}_[0-9a-zA-Z]{8}`` after ``postgres`` and sends it in a URL's
    path: read as spelled.  Podio's class ``[[0-9a-z]`` (a doubled ``[``: RE2 reads a literal
    ``[`` in the class) is written ``[0-9a-z]`` (no provider's token holds a ``[``).
    Portainer's token is a JWT with a fixed HS256 header after ``portainer``.  Airtable's
    OAuth token's open counts (``[[:alnum:]]+\\.v1\\.[a-zA-Z0-9_-]+\\.[a-f0-9]+``) are written
    14-24, 30-80 and 32-64.  The ``\\b``-closed classes holding ``-``, ``.``, ``^`` or ``!``
    (Plivo, Postman, ProspectCRM, Pushbullet, Aeroworkflow, Airtable's ``key``) are written as
    round 24 wrote them (first and last character one of the class' letters, digits or
    ``_``).  Privacy, protocols, prospect, polygon, aha and airship are everyday words.

Formats are facts in our own notation, generated at test time; no rule text of the
source is copied.

First measurement, BEFORE any rule was changed for these families (seed 179, 7 per family,
rules as of main 73650c7 (their last change round 32's, 301145b), run at the round's branch r34
plus this module and its lookalikes; run once, nothing tuned): strict **452/490 = 92.24%**,
loose 452/490 (prefixed 86/98, near 366/392; the providers an earlier set has 178/196, new
providers 274/294; by carrier: bare 37/49, keyed 194/196, text 221/245, as first measured with
the private key's families bare and in a request; the registration test then found a record
cannot carry a block of lines, both were made text families as above, and the same rules give
the same 452/490 with bare 30/42 and text 228/252, the key 7/7 either way).  Seeds 7 and 99, same
rules: 453/490 = 92.45% and 452/490 = 92.24%.  Missed at seed 179, by family: Postman's
``PMAK-<59>`` and Pulumi's ``pul-<40>`` bare, 1/7 each (the library has Postman's older
``PMAK-<24 hex>-<34 hex>`` and takes neither prefix alone; found only after ``token=``);
prose naming a provider the library lacks or keeps out of free text before a token (``<Name>
client configured: <v>``, ``<name>: <v>``): Polygon's 32, Postbacks' UUID, Privacy's UUID of
letters and digits, protocols.io's 64, Abyssale's 40, Aha's 64 hex, 4/7 each; Postgres' 23_8
2/7 (in prose and in the verifier's URL path); Privacy's UUID under ``PRIVACY_KEY`` 5/7 (yaml,
logfmt); Airtable's ``key<14>`` after ``airtable:`` 6/7; the other families 7/7.  At seeds 7
and 99 the same families, Airtable's ``key<14>`` 7/7 at 7 and 5/7 at 99, Privacy's keyed 7/7
and 6/7.  The round-34 lookalikes: 12/600 touched (the corpus at its seed 179): two request
lines, PlanetScale's ``Authorization: $PLANETSCALE_SERVICE_TOKEN_ID:$PLANETSCALE_SERVICE_TOKEN``
(two variables joined by ``:`` taken as a token) and Postmark's ``X-Postmark-Server-Token:
server token`` (the docs' two-word placeholder taken); 8 and 8 at corpus seeds 7 and 99, 30, 35
and 47 of 3000 at seeds 1, 2 and 3.

The held-out figure is printed again by running this module against the rules of the
commit that adds its measured version (on the round's branch r34; the lead's cherry-pick onto
main gives it another hash)::

    git worktree add --detach /tmp/r34base 836570e  # main; bdfb567 on the round's branch r34
    cd /tmp/r34base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round34

Any figure measured after that is in-sample.  After the round-34 rules (3ebfb81 on main, 6f09ef5 on r34; no rule
added, 444 rules, 443 on by default, on its branch; 445 on main with round 33's; two regexes widened in place): Polygon, Postbacks, Privacy,
protocols.io's ``protocols``, Aha and Postgres are weak names, their name in prose marking a
random mix, a UUID's shape with letters beyond hex or their own shape (protocols.io's 64
lower-case letters and digits with a letter beyond hex, Aha's 64 hex, Postbacks' hex UUID,
Postgres' ``<23>_<8>``); Abyssale is a provider name (the list held it misspelt ``abbysale``);
under ``<name>_KEY`` for a provider the list lacks a UUID's shape with letters beyond hex is a
key; Postman's ``PMAK-`` takes 59 letters, digits and ``-`` (the documented ``<24>-<34>`` among
them) and Pulumi's ``pul-`` 40 lower-case letters and digits; and the placeholders the
lookalikes found taken stay (two variables joined by ``:`` as a user:password pair, a word then
a credential word after a header's ``:``, ``server token``): **487/490 = 99.39%** strict,
487/490 loose (prefixed 98/98, near 389/392; known 193/196, new 294/294; bare 42/42, keyed
196/196, text 249/252); seeds 7 and 99: 487/490 = 99.39% and 486/490 = 99.18%.  The round-34
lookalikes: 0/600 (corpus seeds 179, 7 and 99), and 0 of 3000 at seeds 1, 2 and 3 (30, 35 and
47 before); every other round's figures and lookalikes unchanged.  Left: Postgres' token in the
verifier's URL path (``https://eth-mainnet.g.postgres.com/v2/<token>/...``, two at each seed: a
weak name in a host does not mark a path segment) and drawn without a digit in prose (one at
7: letters alone are not a token), Airtable's legacy ``key<14>`` after ``airtable:`` or
``airtable api key`` (one at 179, two at 99: 17 characters led by a word read as a name), and
the 60 a files the rule left (airvisual to azuresearchquerykey in the default list's order,
less the 6 read among them); after them the letters with the fewest read files are s and u.
"""


from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round34 import lookalikes
from tests.unit.redact.rounds import HeldOutRound, split_by_prefix
from tests.unit.redact.trufflehog_families import Trufflehog

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

# fixed other parts of multi-part credentials (users, ids, a subdomain, an endpoint: not the secret measured)
_PLANETSCALE_USER = "k3m9x2q7w1pz"
_PLANETSCALEDB_USER = "p4n8w2x9k1m7q3r6t5vz"
_PLIVO_AUTH_ID = "MAJWQZKXRBNHTEYPLVCD"
_POLONIEX_KEY = "7QJ2M9KD-X4ZP1B8W-N3R6T0YH-C5V8L2GS"
_PUSHER_APP_ID = "1482903"
_PUSHER_KEY = "9f3k2m8q1w7x4z0p6r5t"
_ADZUNA_APP_ID = "4b7e91c2"
_AEROWORKFLOW_ACCOUNT = "20391"
_AIRTABLE_BASE = "appK3x9QmW2ZpL7rT"

_TRUFFLEHOG = Trufflehog()
SOURCE_PATHS = _TRUFFLEHOG.source_paths
_near, _prefixed = _TRUFFLEHOG.near, _TRUFFLEHOG.prefixed

_PEM_BODY = "(?:[A-Za-z0-9+/]{64}\n){4,8}[A-Za-z0-9+/]{16,63}=?"
_PEM = "-----BEGIN RSA PRIVATE KEY-----\n" + _PEM_BODY + "\n-----END RSA PRIVATE KEY-----"
_UUID_LOWER = "[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}"


PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed(
        "planetscale",
        "pscale_tkn_[A-Za-z0-9_]{43}",
        "planetscale",
        "GET https://api.planetscale.com/v1/organizations accept: application/json Authorization: "
        + _PLANETSCALE_USER + ":{v}",
    ),
    *_prefixed(
        "planetscaledb",
        "pscale_pw_[A-Za-z0-9_]{43}",
        "planetscaledb",
        "mysql -h aws.connect.psdb.cloud -u " + _PLANETSCALEDB_USER + " -p{v} --ssl-mode=VERIFY_IDENTITY",
        "DATABASE_URL=mysql://" + _PLANETSCALEDB_USER + ":{v}@aws.connect.psdb.cloud/inventory?sslaccept=strict",
    ),
    *_prefixed(
        "postman",
        "PMAK-[a-zA-Z0-9-]{58}[a-zA-Z0-9]",
        "postman",
        "GET https://api.getpostman.com/collections x-api-key: {v}",
    ),
    *_prefixed(
        "prefect",
        "pnu_[a-zA-Z0-9]{36}",
        "prefect",
        "GET https://api.prefect.cloud/auth/login Authorization: Bearer {v}",
    ),
    # a PEM block spans lines, which a record's attribute does not hold as the text shows it: in free
    # text alone (two text families, as round 12 carried its private key)
    _TRUFFLEHOG.family(
        "privatekey",
        "text",
        _PEM,
        "privatekey",
        "loaded signing key:\n{v}",
        "ssh-add - <<EOF\n{v}\nEOF",
        "key for deploy@ci:\n{v}\nend of key",
    ),
    _TRUFFLEHOG.family(
        "privatekey-request",
        "text",
        _PEM,
        "privatekey",
        "deploy key written to /root/.ssh/id_rsa:\n{v}",
    ),
    *_prefixed(
        "pulumi",
        "pul-[a-z0-9]{40}",
        "pulumi",
        "GET https://api.pulumi.com/api/user/stacks Accept: application/vnd.pulumi+8 Content-Type: application/json"
        " Authorization: token {v}",
    ),
    *_prefixed(
        "pypi",
        "pypi-AgEIcHlwaS5vcmcCJ[a-zA-Z0-9_-]{150,157}",
        "pypi",
        "POST https://upload.pypi.org/legacy/ Authorization: token {v} Content-Type: multipart/form-data",
        "twine upload -u __token__ -p {v} dist/*",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "planviewleankit",
        "[0-9a-f]{128}",
        "planviewleankit",
        "planview",
        "GET https://acme.leankit.com/io/account Authorization: Bearer {v}",
    ),
    *_near(
        "planyo",
        "[0-9a-z]{62}",
        "planyo",
        "planyo",
        "GET https://www.planyo.com/rest/?method=get_site_info&api_key={v} Accept: application/vnd.planyo+json; version=3",
    ),
    *_near(
        "plivo",
        "[A-Za-z0-9_][A-Za-z0-9_-]{38}[A-Za-z0-9_]",
        "plivo",
        "plivo",
        "curl -u " + _PLIVO_AUTH_ID + ":{v} https://api.plivo.com/v1/Account/" + _PLIVO_AUTH_ID + "/Number/",
    ),
    *_near(
        "podio",
        "[0-9a-z]{32}",
        "podio",
        "podio",
        "GET https://api.podio.com/user Authorization: Bearer {v}",
    ),
    *_near(
        "pollsapi",
        "[A-Z0-9]{28}",
        "pollsapi",
        "pollsapi",
        "GET https://api.pollsapi.com/v1/get/polls?offset=0&limit=10 api-key: {v}",
    ),
    *_near(
        "poloniex",
        "[0-9a-f]{128}",
        "poloniex",
        "poloniex",
        "python trade.py --exchange poloniex --key " + _POLONIEX_KEY + " --secret {v}",
    ),
    *_near(
        "polygon",
        "[a-zA-Z0-9]{32}",
        "polygon",
        "polygon",
        "GET https://api.polygon.io/v2/reference/locales?apiKey={v}",
    ),
    *_near(
        "portainer",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\\.[0-9A-Za-z]{50,310}\\.[0-9A-Za-z_-]{42}[0-9A-Za-z_]",
        "portainer",
        "portainer",
        "GET https://portainer.internal:9443/api/endpoints Authorization: Bearer {v}",
    ),
    *_near(
        "postbacks",
        "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        "postbacks",
        "postbacks",
        "POST https://api.postbacks.io/v1/requestPostback Accept: application/json Postbacks-Authorization: {v}",
    ),
    *_near(
        "postgres",
        "[0-9a-zA-Z]{23}_[0-9a-zA-Z]{8}",
        "postgres",
        "postgres",
        "GET https://eth-mainnet.g.postgres.com/v2/{v}/getNFTs/?owner=vitalik.eth",
    ),
    *_near(
        "postmark",
        _UUID_LOWER,
        "postmark",
        "postmark",
        "GET https://api.postmarkapp.com/deliverystats Accept: application/json Content-Type: application/json"
        " X-Postmark-Server-Token: {v}",
    ),
    *_near(
        "powrbot",
        "[a-zA-Z0-9]{40}",
        "powrbot",
        "powrbot",
        "GET https://powrbot.com/api/v1/search/single/?company=Apple Authorization: secret-key {v}",
    ),
    *_near(
        "privacy",
        _UUID_LOWER,
        "privacy",
        "privacy",
        "GET https://api.privacy.com/v1/card?page=1&page_size=50 Authorization: api-key {v}",
    ),
    *_near(
        "prodpad",
        "[a-f0-9]{64}",
        "prodpad",
        "prodpad",
        "GET https://api.prodpad.com/v1/tags accept: application/json Authorization: Bearer {v}",
    ),
    *_near(
        "prospectcrm",
        "[a-z0-9][a-z0-9-]{30}[a-z0-9]",
        "prospectcrm",
        "prospectcrm",
        "GET https://api-batch-v1.prospect365.com/Contacts Authorization: Bearer {v}",
    ),
    *_near(
        "protocolsio",
        "[a-z0-9]{64}",
        "protocolsio",
        "protocols",
        "GET https://www.protocols.io/api/v3/session/profile Authorization: Bearer {v}",
    ),
    *_near(
        "proxycrawl",
        "[a-zA-Z0-9_]{22}",
        "proxycrawl",
        "proxycrawl",
        "GET https://api.proxycrawl.com/leads?token={v}&domain=slack.com",
    ),
    *_near(
        "purestake",
        "[a-zA-Z0-9]{40}",
        "purestake",
        "purestake",
        "GET https://testnet-algorand.api.purestake.io/idx2/health x-api-key: {v}",
    ),
    *_near(
        "pushbulletapikey",
        "[A-Za-z0-9_][A-Za-z0-9_.]{32}[A-Za-z0-9_]",
        "pushbulletapikey",
        "pushbullet",
        "GET https://api.pushbullet.com/v2/users/me Access-Token: {v}",
    ),
    *_near(
        "pusherchannelkey",
        "[a-z0-9]{20}",
        "pusherchannelkey",
        "pusher",
        "pusher = Pusher(app_id='" + _PUSHER_APP_ID + "', key='" + _PUSHER_KEY + "', secret='{v}', cluster='ap1')",
    ),
    *_near(
        "abyssale",
        "[a-zA-Z0-9]{40}",
        "abyssale",
        "abyssale",
        "GET https://api.abyssale.com/ready x-api-key: {v}",
    ),
    *_near(
        "adzuna",
        "[a-z0-9]{32}",
        "adzuna",
        "adzuna",
        "GET https://api.adzuna.com/v1/api/jobs/gb/search/1?app_id=" + _ADZUNA_APP_ID + "&app_key={v}",
    ),
    *_near(
        "aeroworkflow",
        "[a-zA-Z0-9][a-zA-Z0-9^!]{18}[a-zA-Z0-9]",
        "aeroworkflow",
        "aeroworkflow",
        "GET https://api.aeroworkflow.com/api/" + _AEROWORKFLOW_ACCOUNT + "/v1/AeroAppointments Accept: application/json"
        " apikey: {v}",
    ),
    *_near(
        "aha",
        "[0-9a-f]{64}",
        "aha",
        "aha",
        "GET https://company.aha.io/api/v1/me Accept: application/vnd.aha+json; version=3 Authorization: Bearer {v}",
    ),
    *_near(
        "airship",
        "[0-9a-zA-Z]{91}",
        "airship",
        "airship",
        "GET https://go.urbanairship.com/api/schedules Accept: application/vnd.urbanairship+json; version=3"
        " Authorization: Bearer {v}",
    ),
    *_near(
        "airtableapikey",
        "key[a-zA-Z0-9_-]{13}[a-zA-Z0-9_]",
        "airtableapikey",
        "airtable",
        "GET https://api.airtable.com/v0/" + _AIRTABLE_BASE + "/Projects Authorization: Bearer {v}",
    ),
    *_near(
        "airtableoauth",
        "[a-zA-Z0-9]{14,24}\\.v1\\.[a-zA-Z0-9_-]{30,80}\\.[a-f0-9]{32,64}",
        "airtableoauth",
        "airtable",
        "GET https://api.airtable.com/v0/meta/whoami Authorization: Bearer {v}",
    ),
    *_near(
        "airtablepersonalaccesstoken",
        "pat[a-zA-Z0-9]{14}\\.[a-f0-9]{64}",
        "airtablepersonalaccesstoken",
        "airtable",
        "GET https://api.airtable.com/v0/meta/whoami Authorization: Bearer {v}",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR

# the providers an earlier set has (see the docstring); the other families are "new"
_KNOWN = (
    "planetscale", "plivo", "portainer", "postgres", "postman", "postmark", "prefect", "privatekey", "pulumi",
    "pypi", "airtable",
)
KNOWN, NEW = split_by_prefix(FAMILIES, _KNOWN)


ROUND = HeldOutRound(
    "round-34", __doc__, 179, FAMILIES, lookalikes, SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
