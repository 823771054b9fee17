"""A twelfth held-out recall measure: the secrets-patterns-db rule set, not read before this module.

``python -m tests.unit.redact.heldout_round12 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): mazen160/secrets-patterns-db, ``db/rules-stable.yml``
(one version as the search index stores it, commit 061313d), a database of about 1,600
regular expressions gathered from other scanners (trufflehog v3 of 2022, gitleaks, nuclei,
leakin and more), each a name, a regex and a confidence.  No earlier round read it.  Its
first 16,000 characters (``ADMIN_PASSWORD`` to ``Cannyio``) were seen while checking that
the source exists and what it holds, before the rule below was written; the rule does not
depend on what they hold.

The rule that chooses the patterns, written here before the rest of the file was read and
before any secret was generated:

1. number the file's patterns in file order from 0 and take every pattern whose number is a
   multiple of 40;
2. a taken pattern that describes no secret (a host name, an ARN, a bucket, a file name, a
   keyword with no value after it, personal data) or only the public part of a pair (an id,
   a user name, an e-mail address, a number) or a value of fewer than 8 characters is
   replaced by the next pattern in file order that describes a secret of 8 or more
   characters (the replacement's number is noted);
3. a pattern that is one part of a pair (a name ending ``- N``) gives the secret part; the
   other part is written into the context;
4. each chosen pattern gives families by its shape: a keyword-near-token pattern a keyed
   family (a key holding the keyword) and a text family (the provider's request where its
   API is public, otherwise log lines, then prose naming the provider); a token with a
   prefix of its own a bare family and one in a request; a whole-line (generic) pattern a
   text family in the shape it describes;
5. a pattern whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 71, 7 samples per family, round 2's carriers.

The file holds 1,680 patterns (numbered by transcribing their names in file order): about
1,110 provider and generic patterns (``ADMIN_PASSWORD`` to ``Zonkafeedback``) and then about
570 key names with an assignment and no value (``access_key_secret(=| =|:| :)``), a few of
them with a value (``codeclimate``, ``twitter``, ``private_key``).  The rule takes 42 numbers
(0 to 1640).  Where two numbers fall back on the same next pattern (1040 and 1080 on
``codeclimate``), the later takes the one after it; 1640 (``vscetoken``) has no pattern with
a value after it and gives nothing.  So 41 patterns, each family naming its number
(``SOURCE_PATHS``; ``for #N`` where it replaced the numbered one): 23 keyword-near-token
patterns (keyed and text), 10 with a prefix or URL of their own (bare and in a request), 8
generic ones (text only): 74 families.

Formats are facts in our own notation, generated at test time; no rule text of the source is
copied.  Where a pattern's class is odd the family writes what it evidently means: Tru's
``[0-9a-zA-Z.-_]`` as letters, digits and ``. _ -``; open counts (``{1,}``, ``.+``) as
lengths a log line holds (a generic ``.+`` value as a password of 8 to 24 characters); a
token the pattern bounds by ``\b`` starts and ends with a letter or digit.  The providers an
earlier set already has (Asana, BombBomb, CircleCI, ConvertKit, Geoapify, IPInfoDB,
Nutritionix, RapidAPI, Vyte, Code Climate, Facebook, npm, Sauce Labs, Twitter, Picatic,
Square, Google API keys, JWTs, Outlook and Slack webhooks, private keys) are the group
``known``.

First measurement, BEFORE any rule was changed for these families (seed 71, 7 per family,
rules as of commit 8a87667, the last change to pipeline/redact; the module written and run
once, nothing tuned): **468/518 = 90.35%** (keyword-near-token 298/322, prefixed 121/140,
generic 49/56; known providers 309/329, new 159/189; by carrier: bare 51/70, keyed 161/161,
text 256/287).  Missed, by family: bare Google reCAPTCHA ``6L...`` 1/7, Midise 1/7, Square's
``sq0[a-z]{3}-`` secret 1/7, Facebook ``EAACEdEose0cBA`` 6/7 (the bare misses mostly in the
glued carriers); in text Asana's PAT 4/7, ConvertKit 6/7, DNSCheck 5/7, Facebook's app
secret 4/7, Guardian 4/7, npm's UUID token 4/7, Swell 4/7, Tru 4/7, Twitter 4/7; the
generic ``admin ... password`` 5/7, ``password ...`` 5/7 and ``TOKEN...=<10>`` 4/7; the
other families 7/7.  Seeds 7 and 99, same rules: 466/518 = 89.96%, 468/518 = 90.35%.  The
round-12 lookalikes: 27/600 touched (``api_key = "YOUR_API_KEY_HERE"`` 8, a Slack webhook
URL with zero ids and an ``X`` mask 15, ``API_KEY_HEADER=X-API-KEY`` 4).

The held-out figure is printed again by running this module against the rules of 8a87667::

    git worktree add --detach /tmp/r12base 8a87667
    cp tests/unit/redact/heldout_round12.py tests/unit/redact/innocents_round12.py /tmp/r12base/tests/unit/redact/
    cd /tmp/r12base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round12

Any figure measured after that is in-sample.  After the round-12 rules (prefixed-tokens-round12:
Midise and Square's ``sq0`` + any three letters, no boundary before them; google-recaptcha-key;
Facebook's ``EAACEdEose0cBA`` found glued; Asana's PAT with up to three digits before the slash
and 32 to 64 characters after the colon; password-in-sentence, an unquoted password right after
the word when it cannot be a word, a number or a name; a key that starts with the credential
word and ends with whose it is, ``TOKEN_API``, ``PASSWORD_ADMIN``; npm, swell, twitter, guardian,
facebook, 8x8 and ngc as weak names, guardian and facebook with their keys' own shapes; a token
after a provider's name that starts with ``_``; placeholders ``YOUR_..._HERE``, a header's name
``X-API-KEY`` and a documentation webhook's zero ids and ``X`` mask left alone; a number labeled
by an id word, ``asana task <16 digits>``, not a card): **511/518 = 98.65%** (seeds 7 and 99:
98.26%, 98.46%; near 317/322, prefixed 138/140, generic 56/56; bare 68/70, keyed 161/161, text
282/287), the round-12 lookalikes 0/600 (0/9000 at seeds 1, 2 and 3 with 3,000).  Left: DNSCheck's
key 77 characters after its name (``dnscheck monitor <id> authenticated with key <v>``; the
source's own pattern looks 40 characters), Tru's secret after ``tru`` (three letters, a prefix of
``true``, so not a name in free text), reCAPTCHA keys glued to a word (a bare ``6L`` and 38
base64url characters is taken only between boundaries, as any 40 characters of a base64 blob
could start with ``6L``).
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round12 import lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound
from tests.unit.redact.trufflehog_families import provider_keys, provider_texts

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

B, K, T = "bare", "keyed", "text"
_SOURCE = "secretspatternsdb"
_FILE = "mazen160/secrets-patterns-db:db/rules-stable.yml"
_UUID_HEX = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_UUID_LOW = "[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}"
_UUID_AN = "[a-zA-Z0-9]{8}-[a-zA-Z0-9]{4}-[a-zA-Z0-9]{4}-[a-zA-Z0-9]{4}-[a-zA-Z0-9]{12}"
# a password a generic rule's ".+" stands for, written so no carrier needs quoting
_PASSWORD = "[A-Za-z0-9][A-Za-z0-9!@#%^*_+=.-]{6,22}[A-Za-z0-9]"
# fixed other parts of two-part credentials (ids and user names, not the secret measured)
_DNSCHECK_ID = "7bq2k9xw-4mzt-8rnd-2vhc-5jpf3l6g1ysa"
_NUTRITIONIX_APP_ID = "1f2d3a4b"
_SHUTTERSTOCK_KEY = "Kq7Zt2mXw9Rb4Nc8Vh3Lp6Jd1Fs5Gy0A"
_SWELL_STORE = "acme-store"
_TRU_CLIENT_ID = "0d9c6a52-7e1b-4f3a-9b8e-2c5d4a1f6e70"
_SAUCE_USER = "oauth-ops.team-4f2a1"

_PATTERNS_DB = Families(_SOURCE, f"{_FILE} #")
SOURCE_PATHS = _PATTERNS_DB.source_paths


def _sp(fid: str, form: str, pattern: str, number: int, name: str, *extra: str) -> HeldFamily:
    return _PATTERNS_DB.family(fid, form, pattern, f"{number} {name}", *extra)


def _near(
    fid: str, pattern: str, number: int, name: str, word: str, *specific: str
) -> tuple[HeldFamily, HeldFamily]:
    """A keyword-near-token pattern: the token under a key holding the keyword, and in messages naming it."""
    texts = provider_texts(word, *specific)
    return _PATTERNS_DB.keyed_and_text(fid, pattern, f"{number} {name}", provider_keys(word), *texts)


def _prefixed(fid: str, pattern: str, number: int, name: str, *requests: str) -> tuple[HeldFamily, HeldFamily]:
    """A token with a prefix of its own: bare, and in a request or a log line."""
    return _PATTERNS_DB.prefixed(fid, pattern, f"{number} {name}", *requests)


NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "aletheiaapi",
        "[A-Z0-9]{32}",
        40,
        "Aletheiaapi",
        "aletheiaapi",
        "GET https://api.aletheiaapi.com/StockData?symbol=msft&summary=true key: {v}",
    ),
    *_near(
        "asana-pat",
        "[0-9]{1,2}/[0-9]{16,17}:[A-Za-z0-9]{32,34}",
        80,
        "Asanapersonalaccesstoken",
        "asana",
        "GET https://app.asana.com/api/1.0/users/me Authorization: Bearer {v}",
    ),
    *_near(
        "bombbomb",
        "[a-zA-Z0-9][a-zA-Z0-9._-]{702}[a-zA-Z0-9]",
        120,
        "Bombbomb",
        "bombbomb",
        "GET https://api.bombbomb.com/v2/lists/ Authorization: Bearer {v}",
    ),
    *_near(
        "circleci",
        "[a-fA-F0-9]{40}",
        160,
        "Circleci",
        "circleci",
        "GET https://circleci.com/api/v2/me Circle-Token: {v}",
    ),
    *_near(
        "convertkit",
        "[a-z0-9A-Z_]{22}",
        200,
        "Convertkit",
        "convertkit",
        "GET https://api.convertkit.com/v3/forms?api_key={v}",
    ),
    *_near(
        "dnscheck",
        "[a-z0-9A-Z]{32}",
        241,
        "Dnscheck - 2 (for #240, Dnscheck - 1, its pair's id)",
        "dnscheck",
        "dnscheck monitor " + _DNSCHECK_ID + " authenticated with key {v}",
    ),
    *_near(
        "fastforex",
        "[a-z0-9][a-z0-9-]{26}[a-z0-9]",
        280,
        "Fastforex",
        "fastforex",
        "GET https://api.fastforex.io/fetch-all?from=USD&api_key={v}",
    ),
    *_near(
        "geoapify",
        "[a-z0-9]{32}",
        400,
        "Geoapify",
        "geoapify",
        "GET https://api.geoapify.com/v1/geocode/search?text=Berlin&apiKey={v}",
    ),
    *_near(
        "guardianapi",
        _UUID_LOW,
        440,
        "Guardianapi",
        "guardian",
        "GET https://content.guardianapis.com/search?q=debates&api-key={v}",
    ),
    *_near(
        "ipinfodb",
        "[a-z0-9]{64}",
        480,
        "Ipinfodb",
        "ipinfodb",
        "GET https://api.ipinfodb.com/v3/ip-city/?key={v}&ip=74.125.45.100&format=json",
    ),
    *_near(
        "loginradius",
        _UUID_HEX,
        520,
        "Loginradius",
        "loginradius",
        "GET https://api.loginradius.com/identity/v2/serverinfo?apikey={v}",
    ),
    *_near(
        "nutritionix",
        "[a-z0-9]{32}",
        600,
        "Nutritionix - 1",
        "nutritionix",
        "POST https://trackapi.nutritionix.com/v2/natural/nutrients x-app-id: "
        + _NUTRITIONIX_APP_ID
        + " x-app-key: {v}",
    ),
    *_near(
        "rapidapi",
        "[A-Za-z0-9][A-Za-z0-9_-]{48}[A-Za-z0-9]",
        680,
        "Rapidapi",
        "rapidapi",
        "GET https://weatherapi-com.p.rapidapi.com/current.json?q=London X-RapidAPI-Key: {v}",
    ),
    *_near(
        "saucelabs",
        _UUID_LOW,
        721,
        "Saucelabs - 2 (for #720, Saucelabs - 1, its pair's user name)",
        "saucelabs",
        "remote webdriver https://"
        + _SAUCE_USER
        + ":{v}@ondemand.us-west-1.saucelabs.com:443/wd/hub",
    ),
    *_near(
        "shutterstock",
        "[0-9a-zA-Z]{16}",
        761,
        "Shutterstock - 2 (for #760, Shutterstock - 1, its pair's key)",
        "shutterstock",
        "curl -u "
        + _SHUTTERSTOCK_KEY
        + ":{v} 'https://api.shutterstock.com/v2/images/search?query=donkey'",
    ),
    *_near(
        "swell",
        "[a-zA-Z0-9]{32}",
        840,
        "Swell - 2",
        "swell",
        "curl -u " + _SWELL_STORE + ":{v} https://api.swell.store/products",
    ),
    *_near(
        "tru",
        "[0-9a-zA-Z][0-9a-zA-Z._-]{24}[0-9a-zA-Z]",
        881,
        "Tru - 2 (for #880, Tru - 1, its pair's client id)",
        "tru",
        "curl -u "
        + _TRU_CLIENT_ID
        + ":{v} -X POST https://eu.api.tru.id/oauth2/v1/token -d grant_type=client_credentials",
    ),
    *_near(
        "vyte",
        "[0-9a-z]{50}",
        920,
        "Vyte",
        "vyte",
        "GET https://api.vyte.in/v2/users Authorization: {v}",
    ),
    *_near(
        "codeclimate",
        "[0-9a-f]{64}",
        1101,
        "codeclimate (for #1080, cloudant_audited_database: no value)",
        "codeclimate",
        "GET https://api.codeclimate.com/v1/user Authorization: Token token={v}",
    ),
    *_near(
        "facebook-oauth",
        "[0-9a-f]{32}",
        1176,
        "facebook_oauth (for #1120, coverity_scan_token: no value)",
        "facebook",
        "GET https://graph.facebook.com/oauth/access_token?client_id=1234567890123456&client_secret={v}&grant_type=client_credentials",
    ),
    *_near(
        "npm-token-uuid",
        _UUID_AN,
        1382,
        "npm_token - 2 (for #1360, mysqlmasteruser: no value)",
        "npm",
        "//registry.npmjs.org/:_authToken={v}",
    ),
    *_near(
        "sauce-token",
        _UUID_HEX,
        1494,
        "sauce_token (for #1480, s3_key_assets: no value)",
        "sauce",
        "https://jenkins-ops:{v}@ondemand.saucelabs.com/wd/hub",
    ),
    *_near(
        "twitter",
        "[a-zA-Z0-9]{52,54}",
        1618,
        "twitter (for #1600, travis_access_token: no value)",
        "twitter",
        "curl -u 'xvz1evFS4wEEPTGEFPHBog:{v}' --data 'grant_type=client_credentials' https://api.twitter.com/oauth2/token",
    ),
)

PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed(
        "midise",
        "midi-662b69edd2[a-zA-Z0-9]{54}",
        560,
        "Midise",
        "midise client configured, Authorization: Bearer {v}",
        'MIDISE_API_KEY="{v}" ./sync.sh',
    ),
    *_prefixed(
        "picatic",
        "sk_live_[0-9a-z]{32}",
        640,
        "Picatic API key",
        "GET https://api.picatic.com/v2/user/me Authorization: Bearer {v}",
    ),
    *_prefixed(
        "square-oauth-secret",
        "sq0csp-[0-9A-Za-z_-]{43}",
        800,
        "Square OAuth Secret",
        "POST https://connect.squareup.com/oauth2/token client_id=sq0idp-Xb3kLm9QzT2vWn8RcY4pHd&client_secret={v}&grant_type=authorization_code",
    ),
    *_prefixed(
        "facebook-access-token",
        "EAACEdEose0cBA[0-9A-Za-z]{100,180}",
        1175,
        "facebook_access_token (for #1080 and #1040 taken by codeclimate: the next with a value)",
        "GET https://graph.facebook.com/v19.0/me?fields=id,name&access_token={v}",
    ),
    *_prefixed(
        "gcp-api-key",
        "AIza[0-9A-Za-z_-]{35}",
        1197,
        "gcp_api_key (for #1160, droplet_travis_password: no value)",
        "GET https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key={v}",
    ),
    *_prefixed(
        "google-captcha",
        "6L[0-9A-Za-z_-]{38}",
        1243,
        "google_captcha (for #1240, gitlab_user_email: no value)",
        "POST https://www.google.com/recaptcha/api/siteverify secret={v}&response={b62_32}",
    ),
    *_prefixed(
        "jwt-no-underscore",
        "eyJ[a-zA-Z0-9]{16,40}\\.eyJ[a-zA-Z0-9-]{20,120}\\.[a-zA-Z0-9-]{20,60}[a-zA-Z0-9]",
        1288,
        "json_web1_token (for #1280, integration_test_api_key: no value)",
        "GET /api/v1/orders Authorization: Bearer {v}",
    ),
    *_prefixed(
        "outlook-webhook",
        "https://outlook\\.office\\.com/webhook/"
        + _UUID_HEX
        + "@"
        + _UUID_HEX
        + "/IncomingWebhook/[0-9a-f]{32}/"
        + _UUID_HEX,
        1416,
        "outlook_team (for #1400, okta_oauth2_clientsecret: no value)",
        "curl -X POST -H 'Content-Type: application/json' -d @card.json {v}",
        "TEAMS_WEBHOOK_URL={v}",
    ),
    *_prefixed(
        "slack-webhook",
        "https://hooks\\.slack\\.com/services/T[A-Z0-9]{8}/B[A-Z0-9]{8}/[a-zA-Z0-9]{24}",
        1537,
        "slack_webhook_url (for #1520, sendgrid_user: no value)",
        "curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deploy done\"}' {v}",
    ),
    *_prefixed(
        "square-app-secret",
        "sq0[a-z]{3}-[0-9A-Za-z_-]{19,49}[0-9A-Za-z]",
        1569,
        "square_app_secret (for #1560, soundcloud_client_secret: no value)",
        "GET https://connect.squareup.com/v2/locations Authorization: Bearer {v}",
    ),
)

GENERIC: tuple[HeldFamily, ...] = (
    _sp(
        "admin-password",
        T,
        _PASSWORD,
        0,
        "ADMIN_PASSWORD",
        "ADMIN_PASSWORD={v}",
        "admin password set to {v}",
        '{"admin_token": "{v}", "tenant": "acme"}',
        "+ setup.sh --admin-secret {v} --yes",
        "admin user created with password {v}",
        "admin_api_key: {v}",
        "GET https://ci.example.com/setup?admin=1&password={v} 302",
    ),
    _sp(
        "token-assignment",
        T,
        "[A-Z0-9][A-Z0-9_-]{8}[A-Z0-9]",
        321,
        "Generic - 1688 (for #320, Generic - 1376: no value)",
        "TOKEN={v}",
        'TOKEN_SECRET="{v}"',
        "TOKEN_DEPLOY:'{v}'",
        "export TOKEN_API={v}",
        "TOKEN_CI={v} make deploy",
        '{"TOKEN":"{v}"}',
    ),
    _sp(
        "api-key-quoted",
        T,
        "[0-9a-zA-Z]{32,45}",
        393,
        "Generic API Key (for #360, Generic - 1733: no value)",
        'api_key = "{v}"',
        "apiKey: '{v}'",
        '"API_KEY": "{v}"',
        'client = Client(api_key="{v}")',
        "const APIKEY = '{v}';",
    ),
    _sp(
        "apikey-colon",
        T,
        "[a-zA-Z0-9][a-zA-Z0-9_-]{14,38}[a-zA-Z0-9]",
        990,
        "apikey_patterns (for #960, access_secret: no value)",
        "apikey:{v}",
        'const cfg = {apikey:"{v}", region: "eu"}',
        "request headers apikey:{v} accept:json",
        "--header apikey:{v}",
        "apikey:'{v}' timeout:30",
    ),
    _sp(
        "basic-auth-url",
        T,
        "[a-zA-Z0-9]{8,24}",
        1032,
        "basic_auth_credentials (for #1000, artifacts_aws_access_key_id: no value)",
        "GET https://deploy:{v}@example.com/status 200",
        "connecting to amqp://app:{v}@rabbitmq.internal:5672/",
        "git clone https://jenkins:{v}@github.com/acme/api.git",
        "proxy=http://svc:{v}@proxy.corp:3128",
        "smtp://mailer:{v}@smtp.example.com:587 ready",
    ),
    _sp(
        "password-line",
        T,
        _PASSWORD,
        1200,
        "generic password",
        "password={v}",
        "db password: {v}",
        '{"user": "ops", "password": "{v}"}',
        "+ login --user ops --password {v}",
        "login for ops failed, password {v} rejected",
        "mysql -u root --password={v} -h db.internal",
        "smtp password set to {v}",
    ),
    _sp(
        "master-password",
        T,
        _PASSWORD,
        1339,
        "master_password (for #1320, mailgun_api_key: no value)",
        "master_password={v}",
        '{"master_password": "{v}", "engine": "postgres"}',
        "master_password: {v}",
        "terraform apply -var master_password={v} -auto-approve",
    ),
    _sp(
        "private-key",
        T,
        "-----BEGIN PRIVATE KEY-----\n(?:[A-Za-z0-9+/]{64}\n){4,8}[A-Za-z0-9+/]{16,63}=?\n-----END PRIVATE KEY-----",
        1441,
        "private_key (for #1440, pring_mail_username: no value)",
        "loaded signing key:\n{v}",
        'PRIVATE_KEY="{v}"',
        "ssh key for deploy:\n{v}\nend of key",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = NEAR + PREFIXED + GENERIC

# providers an earlier round or the public-format corpus already has (grep of their modules
# for the provider's name, before this round was measured); the other families are "new"
_KNOWN = (
    "asana bombbomb circleci convertkit geoapify ipinfodb nutritionix rapidapi vyte codeclimate "
    "facebook npm sauce saucelabs twitter picatic square gcp jwt outlook slack private-key"
).split()
KNOWN: tuple[HeldFamily, ...] = tuple(
    f for f in FAMILIES if f.id.split("-")[0] in _KNOWN or f.id.startswith("private-key")
)
NEW: tuple[HeldFamily, ...] = tuple(f for f in FAMILIES if f not in KNOWN)


ROUND = HeldOutRound("round-12", __doc__, 71, FAMILIES, lookalikes, SOURCE_PATHS, groups={"near": NEAR, "prefixed": PREFIXED, "generic": GENERIC, "known": KNOWN, "new": NEW})
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
