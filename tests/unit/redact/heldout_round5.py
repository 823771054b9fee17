"""A fifth held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round5 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a
keyword list and the token's regex, and the request its verifier sends (the header
or query parameter the token travels in).  Only detectors whose provider and format
no earlier set has are here: the 221 gitleaks rules and 70-odd trufflehog detectors of
:mod:`tests.unit.redact.public_formats` and the families of the four earlier held-out
rounds.  Files read but left out for that reason: Meraki, Fastly, Finnhub, Kraken,
MailerLite, SonarCloud (gitleaks has them), Azure Search admin keys (the query-key
format of round 4), Azure App Configuration connection strings, SQL Server
connection strings (Nosey Parker's round), and RingCentral (its match is a client id).
Each family names the file it was read from (``SOURCE_PATHS``): 58 detector files
give the 104 families (the first commit's message said 55 files; 58 is the count).

Two shapes of detector:

prefixed
    the token has a prefix of its own (``nvapi-``, ``1000.<hex>.<hex>``,
    ``pi_..._secret_``, ``ak_live_``, ``5AEP861``, ``salad_cloud_``, ``pub-c-``,
    ``sk_1x1_``, ``flb_live_``, ``sk_live_`` of 93 characters, ``ptr_``, ``endr+``):
    written bare, in round 2's seven bare carriers;
keyword near token
    trufflehog's most common shape: the provider's name (or a keyword) at most 40
    characters before a token of a given alphabet and length.  Each such detector
    gives two families: ``keyed`` (the token under a key naming the provider,
    ``TATUM_KEY``, ``tatum_api_token``, ``tatumApiKey`` ...) and ``text`` (the
    provider's name and the token in a log message: the request the detector's
    verifier sends, with the token in its header or query parameter, then free text
    with and without a credential word, ``tatum: <v>``).

Formats are facts in our own notation, generated at test time, carried as in
:mod:`tests.unit.redact.heldout_round2` (whose carriers and fillers this module
imports).  No rule text of the source is copied.

First measurement, BEFORE any rule was changed for these families (seed 59, 7 per
family, rules as of commit 29b03f8; the module written and run once, nothing tuned):
**504/728 = 69.23%** (one source, trufflehog; prefixed 71/140, keyword-near-token
399/546, URIs and connection strings 34/42; by carrier: bare 22/84, keyed 288/294,
text 194/350).  Missed: every new prefix outside the command-line carrier (``nvapi-``,
``1000.``, ``pi_..._secret_``, ``5AEP861``, ``salad_cloud_``, ``pub-c-``, ``sk_1x1_``,
``flb_live_``, ``ptr_``, ``endr+``: 1/7 each), the provider's name before a token in
free text with or without a credential word (``agora-text`` 1/7, ``bitfinex-text``
2/7 ... most ``*-text`` families 2-4/7), tokens in a URL path (``ipquality`` 1/7) and in
rarer headers (``Key:``, ``App-Token:``, ``Authorization: Basic`` of a bare token),
ADSI's ``OpenDSObject(url, user, password, 1)`` (0/7).  Keyed values under a
provider's key were found 288/294.  Those rules touched 2 of the 600 round-5
lookalikes (a provider name before "public key <base64>", and before a Kubernetes
secret's name).

The held-out figure is printed again by running this module against the rules and
engine of 79d26e7 (the commit that adds it; its rules are those of 29b03f8)::

    git worktree add --detach /tmp/r5base 79d26e7
    cd /tmp/r5base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round5

Any figure measured after that is in-sample: after the round-5 rules
(prefixed-tokens-round5, portainer-token, ldap-opendsobject-password;
provider-name-near-credential and provider-label-token, which take every name of
the providers list of five or more letters that is not an everyday word or a
platform whose name precedes ids in logs (``validators.near_provider_words``: 733
names, ``sentry``, ``google``, ``semaphore``, ``linear`` ... left out), the second
without a credential word when the name labels the token (``agora: <v>``,
``Agora client configured: <v>``) and no id, resource or cursor word stands between;
a value prefixed by an environment (``pk_prod_``, ``prod_``) or a short prefix before
32 or more characters (``pk_<32>``) read as a token, not an id; a dotted value with a
random 20-character part (``pk.<32>``, ``<8 hex>.<35 hex>``) read as a token unless it
ends in a file extension; the token after an Authorization scheme the header's
regex does not list (``Zoho-oauthtoken``); courier, mux and tatum in the providers
list), **707/728 = 97.12%** (seeds 7 and 99: 97.39%, 97.66%; prefixed 139/140,
keyword-near-token 527/546, URIs 41/42; bare 83/84, keyed 294/294, text 330/350),
the round-5 lookalikes 0/600 touched (and 0/3000 at seeds 1 and 2), rounds 1-4,
corpus and innocents unchanged or better (634/637, 1311/1330, 232/238, 414/427 from
412, 2253/2261, 0/4800, 0/600, 0/600).  Left: tokens the randomness test reads as
words (more than a third of their letters vowels: ``statuscake: SWx2eitDv60u...``,
about one text sample in twenty-five), names left out as everyday words or too short
(``semaphore``, ``twist``, ``mux``), a token in a URL path (``/api/json/ip/<key>/``),
a base64 secret starting with ``/``, a password in prose after a registry host
(``pushing to x.azurecr.io as app with <v>``), ``endr+`` glued to letters.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import _AN, HeldFamily
from tests.unit.redact.innocents_round5 import lookalikes
from tests.unit.redact.rounds import HeldOutRound
from tests.unit.redact.trufflehog_families import Trufflehog

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

B, K, T = "bare", "keyed", "text"
_HEX = "[a-f0-9]"
_UUIDHEX = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_UUIDLOW = "[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}"
_PW = "[A-Za-z0-9!#%^*_+=.-]"

_TRUFFLEHOG = Trufflehog()
SOURCE_PATHS = _TRUFFLEHOG.source_paths
_th, _near = _TRUFFLEHOG.family, _TRUFFLEHOG.near


PREFIXED: tuple[HeldFamily, ...] = (
    _th("nvapi", B, "nvapi-[A-Za-z0-9_-]{64}", "nvapi"),
    _th("zohocrm", B, f"1000\\.{_HEX}{{32}}\\.{_HEX}{{32}}", "zohocrm"),
    _th(
        "zohocrm-header",
        T,
        f"1000\\.{_HEX}{{32}}\\.{_HEX}{{32}}",
        "zohocrm",
        "GET https://www.zohoapis.com/crm/v7/Leads Authorization: Zoho-oauthtoken {v}",
        'headers={"Authorization": "Zoho-oauthtoken {v}"}',
    ),
    _th(
        "stripe-payment-intent-secret",
        B,
        "pi_[A-Za-z0-9]{24}_secret_[A-Za-z0-9]{25}",
        "stripepaymentintent",
    ),
    _th("pagarme", B, "ak_live_[A-Za-z0-9]{30}", "pagarme"),
    _th(
        "salesforce-refresh-token", B, "(?i:5AEP861)[A-Za-z0-9._]{80,96}", "salesforcerefreshtoken"
    ),
    _th(
        "saladcloud",
        B,
        "salad_cloud_[0-9A-Za-z]{1,7}_[0-9A-Za-z]{7,60}",
        "saladcloudapikey",
    ),
    _th(
        "saladcloud-header",
        T,
        "salad_cloud_[0-9A-Za-z]{1,7}_[0-9A-Za-z]{7,60}",
        "saladcloudapikey",
        "GET https://api.salad.com/api/public Salad-Api-Key: {v}",
        "curl -H 'Salad-Api-Key: {v}' https://api.salad.com/api/public/organizations",
    ),
    _th("pubnub-publish-key", B, f"pub-c-{_UUIDLOW}", "pubnubpublishkey"),
    _th(
        "recharge",
        B,
        "sk(?:_test)?_(?:1|2|3|5|10)x[123]_[0-9a-fA-F]{64}",
        "rechargepayments",
    ),
    _th("fleetbase", B, "flb_live_[0-9a-zA-Z]{20}", "fleetbase"),
    _th("apideck", B, "sk_live_[a-zA-Z0-9-]{93}", "apideck"),
    _th("portainer", B, "ptr_[A-Za-z0-9/_+=-]{20,60}", "portainertoken"),
    _th(
        "portainer-header",
        T,
        "ptr_[A-Za-z0-9/_+=-]{20,60}",
        "portainertoken",
        'curl -H "X-API-Key: {v}" https://portainer.acme.io:9443/api/stacks',
        "PORTAINER_URL=https://portainer.acme.io PORTAINERTOKEN={v}",
    ),
    _th("endorlabs", B, "endr\\+[a-zA-Z0-9]{16,24}", "endorlabs"),
    _th(
        "endorlabs-keyed",
        K,
        "endr\\+[a-zA-Z0-9]{16,24}",
        "endorlabs",
        "ENDOR_API_CREDENTIALS_KEY",
        "ENDOR_API_CREDENTIALS_SECRET",
        "endor_api_key",
    ),
    _th(
        "locationiq",
        T,
        "pk\\.[a-z0-9]{32}",
        "locationiq",
        "GET https://us1.locationiq.com/v1/reverse.php?key={v}&lat=48.85&lon=2.35&format=json",
        "locationiq key {v}",
        "LOCATIONIQ_TOKEN={v}",
    ),
    _th(
        "gemini-exchange-key",
        T,
        "(?:master|account)-[0-9A-Za-z]{20}",
        "gemini",
        "POST https://api.gemini.com/v1/account X-GEMINI-APIKEY: {v}",
        "gemini exchange api key {v}",
    ),
    _th(
        "gemini-exchange-secret",
        K,
        f"{_AN}{{27,28}}",
        "gemini",
        "GEMINI_API_SECRET",
        "gemini_secret",
        "geminiApiSecret",
    ),
    _th(
        "salesforce-consumer-secret",
        K,
        "[0-9]{19}|[A-F0-9]{64}",
        "salesforcerefreshtoken",
        "SALESFORCE_CONSUMER_SECRET",
        "salesforce_client_secret",
        "sfConsumerSecret",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "courier",
        "pk_(?:prod|test)_[A-Za-z0-9]{28}",
        "courier",
        "courier",
        "POST https://api.courier.com/send Authorization: Bearer {v}",
    ),
    *_near(
        "kickbox",
        f"live_{_HEX}{{64}}",
        "kickbox",
        "kickbox",
        "GET https://api.kickbox.com/v2/verify?email=ops%40acme.io&apikey={v}",
    ),
    *_near(
        "iexcloud",
        "[ps]k_[a-z0-9]{32}",
        "iexcloud",
        "iexcloud",
        "GET https://cloud.iexapis.com/v1/stock/aapl/quote?token={v} 200",
    ),
    *_near(
        "infobip",
        f"{_HEX}{{32}}-{_UUIDHEX}",
        "infobip",
        "infobip",
        "GET https://x1y2z3.api.infobip.com/account/1/balance Authorization: App {v}",
    ),
    *_near(
        "abuseipdb",
        "[a-z0-9]{80}",
        "abuseipdb",
        "abuseipdb",
        'curl -G https://api.abuseipdb.com/api/v2/check -H "Key: {v}" --data-urlencode ipAddress=1.2.3.4',
    ),
    *_near("agora", "[a-z0-9]{32}", "agora", "agora"),
    *_near(
        "jumpcloud",
        f"{_AN}{{40}}",
        "jumpcloud",
        "jumpcloud",
        'GET https://console.jumpcloud.com/api/v2/systemgroups headers={"x-api-key": "{v}"}',
    ),
    *_near(
        "mux",
        "[0-9A-Za-z/+]{75}",
        "mux",
        "mux",
        "MUX_TOKEN_ID=0b7c4e2a-9f3d-4c1e-8a6b-2d5f7e9a1c3b\nMUX_TOKEN_SECRET={v}",
    ),
    *_near(
        "semaphore",
        "[0-9a-z]{31}[0-9]",
        "semaphore",
        "semaphore",
        "GET https://api.semaphore.co/api/v4/account?apikey={v}",
    ),
    *_near(
        "urlscan",
        _UUIDHEX,
        "urlscan",
        "urlscan",
        "GET https://urlscan.io/user/quotas API-Key: {v}",
    ),
    *_near(
        "scalr",
        "[0-9a-zA-Z._]{136}",
        "scalr",
        "scalr",
        "GET https://acme.scalr.io/api/iacp/v3/agents Authorization: Bearer {v}",
    ),
    *_near(
        "codemagic",
        "[A-Za-z0-9_]{43}",
        "codemagic",
        "codemagic",
        "GET https://api.codemagic.io/apps x-auth-token: {v}",
    ),
    *_near(
        "codacy",
        f"{_AN}{{20}}",
        "codacy",
        "codacy",
        "GET https://app.codacy.com/api/v3/version api-token: {v}",
    ),
    *_near(
        "coveralls",
        "[a-zA-Z0-9-]{37}",
        "coveralls",
        "coveralls",
        "GET https://coveralls.io/api/repos/github/acme/app Authorization: token {v}",
    ),
    *_near(
        "statuscake",
        f"{_AN}{{20}}",
        "statuscake",
        "statuscake",
        "GET https://api.statuscake.com/v1/ssl Authorization: Bearer {v}",
    ),
    *_near("lemlist", f"{_HEX}{{32}}", "lemlist", "lemlist"),
    *_near(
        "moosend",
        _UUIDHEX,
        "moosend",
        "moosend",
        "GET https://api.moosend.com/v3/lists.json?apikey={v}&format=json",
    ),
    *_near("bitfinex", "[A-Za-z0-9_-]{43}", "bitfinex", "bitfinex"),
    *_near(
        "fibery",
        f"{_HEX}{{8}}\\.{_HEX}{{35}}",
        "fibery",
        "fibery",
        "POST https://acme.fibery.io/api/commands Authorization: Token {v}",
    ),
    *_near(
        "twist",
        f"{_HEX}{{40}}",
        "twist",
        "twist",
        "GET https://api.twist.com/api/v3/users/get_session_user Authorization: Bearer oauth2:{v}",
    ),
    *_near(
        "postageapp",
        f"{_AN}{{32}}",
        "postageapp",
        "postageapp",
        "POST https://api.postageapp.com/v.1.0/get_account_info.json?api_key={v}",
    ),
    *_near("textmagic", f"{_AN}{{30}}", "textmagic", "textmagic"),
    *_near("bulksms", "[a-fA-Z0-9]{29}", "bulksms", "bulksms"),
    *_near("d7network", "[A-Za-z0-9+/]{23}=", "d7network", "d7network"),
    *_near(
        "ipinfodb",
        "[a-z0-9]{64}",
        "ipinfodb",
        "ipinfodb",
        "GET https://api.ipinfodb.com/v3/ip-country/?key={v}&ip=8.8.8.8&format=json",
    ),
    *_near(
        "ipgeolocation",
        "[a-z0-9]{32}",
        "ipgeolocation",
        "ipgeolocation",
        "GET https://api.ipgeolocation.io/ipgeo?apiKey={v} 200 41ms",
    ),
    *_near(
        "ipquality",
        "[0-9a-z]{32}",
        "ipquality",
        "ipquality",
        "GET https://www.ipqualityscore.com/api/json/ip/{v}/1.2.3.4 200 (ipquality lookup)",
    ),
    *_near(
        "positionstack",
        "[a-zA-Z0-9_]{32}",
        "positionstack",
        "positionstack",
        "GET https://api.positionstack.com/v1/forward?access_key={v}&query=Lyon",
    ),
    *_near(
        "opencagedata",
        "[a-z0-9]{32}",
        "opencagedata",
        "opencagedata",
        "GET https://api.opencagedata.com/geocode/v1/json?q=45.76,4.83&key={v}",
    ),
    *_near(
        "geoapify",
        "[a-z0-9]{32}",
        "geoapify",
        "geoapify",
        "GET https://api.geoapify.com/v1/geocode/search?text=Lyon&apiKey={v}",
    ),
    *_near(
        "mapquest",
        f"{_AN}{{32}}",
        "mapquest",
        "mapquest",
        "GET https://www.mapquestapi.com/geocoding/v1/address?key={v}&location=Denver",
    ),
    *_near(
        "hereapi",
        "[A-Za-z0-9_-]{43}",
        "hereapi",
        "hereapi",
        "GET https://weather.ls.hereapi.com/weather/1.0/report.json?product=alerts&apiKey={v}",
    ),
    *_near(
        "graphhopper",
        _UUIDLOW,
        "graphhopper",
        "graphhopper",
        "GET https://graphhopper.com/api/1/geocode?q=Lyon&key={v}&type=json",
    ),
    *_near(
        "shipday",
        "[a-zA-Z0-9]{10}\\.[a-zA-Z0-9]{20}",
        "shipday",
        "shipday",
        "GET https://api.shipday.com/carriers Authorization: Basic {v}",
    ),
    *_near("paymongo", "sk_(?:live|test)_[A-Za-z0-9]{24}", "paymongo", "paymongo"),
    *_near(
        "wepay",
        "(?:prod|stage)_[A-Za-z0-9]{57}",
        "wepay",
        "wepay",
        "GET https://api.wepay.com/payments App-Id: 123456 App-Token: {v}",
    ),
    *_near("dwolla", f"{_AN}{{50}}", "dwolla", "dwolla"),
    *_near(
        "currencycloud",
        "[0-9a-z]{64}",
        "currencycloud",
        "currencycloud",
        'POST https://devapi.currencycloud.com/v2/authenticate/api {"login_id": "ops@acme.io", "api_key": "{v}"}',
    ),
    *_near(
        "tatum",
        _UUIDLOW,
        "tatumio",
        "tatum",
        "GET https://api.tatum.io/v3/ledger/account x-api-key: {v}",
    ),
)

URIS: tuple[HeldFamily, ...] = (
    _th(
        "azure-container-registry",
        T,
        "[A-Za-z0-9+/]{52}",
        "azurecontainerregistry",
        "docker login {name}.azurecr.io --username {u} --password {v}",
        "registry: {name}.azurecr.io\n  username: {u}\n  password: {v}",
        "ACR_LOGIN_SERVER={name}.azurecr.io ACR_PASSWORD={v}",
        "pushing to {name}.azurecr.io as {u} with {v}",
    ),
    _th(
        "couchbase-capella",
        T,
        "[A-Z][a-z]{3,6}[0-9]{2,4}[!#%*][A-Za-z0-9]{3,8}",
        "couchbase",
        "connecting to couchbases://cb.{name}.cloud.couchbase.com user={u} pass={v}",
        'COUCHBASE_CONNSTR="couchbases://cb.x7k2.cloud.couchbase.com"\nCOUCHBASE_USER="{u}"\nCOUCHBASE_PASSWORD="{v}"',
    ),
    _th(
        "ldap-opendsobject",
        T,
        f"{_PW}{{10,20}}",
        "ldap",
        'Set ou = dso.OpenDSObject("LDAP://dc01.acme.local/OU=IT,DC=acme,DC=local", "acme\\{u}", "{v}", 1)',
        'Set obj = dso.OpenDSObject("LDAPS://ldap.acme.io/DC=acme,DC=io", "cn={u},dc=acme,dc=io", "{v}", 1)',
    ),
    _th(
        "ldap-bind",
        T,
        f"{_PW}{{10,20}}",
        "ldap",
        'LDAP_URL = "ldaps://ldap.acme.io:636"\nLDAP_BIND_USER = "cn=svc,dc=acme,dc=io"\nLDAP_BIND_PASS = "{v}"',
        "ldap://10.0.4.7:389 bind_dn='cn=admin,dc=acme,dc=com' bind_pass='{v}'",
    ),
    _th(
        "ftp-url",
        T,
        f"{_PW}{{10,20}}",
        "ftp",
        "fetching ftp://{u}:{v}@ftp.acme.io/outgoing/report-2024-05-01.csv",
        "FTP_URL=ftp://{u}:{v}@files.acme.internal:21/inbox",
    ),
    _th(
        "redis-url",
        T,
        f"{_PW}{{10,20}}",
        "redis",
        "REDIS_URL=redis://{u}:{v}@cache.acme.internal:6379/0",
        "connecting to redis://{u}:{v}@redis-master.prod.svc:6379 (pool=10)",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR + URIS


ROUND = HeldOutRound("round-5", __doc__, 59, FAMILIES, lookalikes, SOURCE_PATHS, groups={"prefixed": PREFIXED, "near": NEAR, "uris": URIS})
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
