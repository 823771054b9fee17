"""A fourth held-out recall measure, from public rule sets not read before this module.

``python -m tests.unit.redact.heldout_round4 [--seed N] [--per-family N]``

Three sources, read once (December 2026); only formats that no family of
:mod:`tests.unit.redact.public_formats` or the earlier held-out rounds already has
(same provider, same format) are in the set.  Each family names the file or page
it was read from (``SOURCE_PATHS``).

``kingfisher``
    rule files of Kingfisher (mongodb/kingfisher, ``data/rules/<name>.yml``) that
    round 3's twelve did not include: Atera, Baremetrics, BlazeMeter/Runscope,
    Blocknative, BorgBase, Brandfetch, BscScan, Capsule CRM, Canny, ChartMogul,
    Paystack, Azure DevOps (84-character PATs), Airtable OAuth tokens, Azure OpenAI,
    Azure Search query keys, AppOptics, BugHerd, Cloudmersive, Carbon Interface,
    apilayer, CentralStationCRM, Bitbar, BombBomb, Browshot, CloudSight.  Most are "the provider's name, a credential word
    (secret, private, access, key, token) within 32 characters, then the token";
    they are written here as keyed values (``ATERA_API_KEY``, ``atera_key``,
    ``ateraToken`` ...) and as free text in the shape of the rule's own examples
    (``bugherd access token <v>``, ``centralstationcrmKEY=<v>``).  Files read but
    whose format an earlier round has (Airbrake, Apify, Anthropic, Airtable PATs,
    Bannerbear, Beamer, Buildkite, ButterCMS, Calendly, CircleCI, Clarifai, Clockify,
    CloudConvert, Deepgram, GoCardless) are left out;
``gitguardian``
    GitGuardian's public detector documentation (docs.gitguardian.com,
    ``secrets-detection/secrets-detection-engine/detectors/generics/*``): the
    authorization schemes of its bearer-token detector beyond Bearer/Basic/Token
    (Client-ID, App, JWT, Auth, OAuth, Api-Key), the assignment operators of its
    generic-password and generic-high-entropy detectors (``:=``, ``<-``, ``||``,
    ``=>``, ``,``, ``(``), its database-assignment detector (host, user and
    password on separate lines), basic-auth strings in URLs and ``curl -u/--user``.
    Its specific detectors' pages give no token format (only GitGuardian's own
    test token), so none is taken from them;
``bearer``
    Bearer's rules (Bearer/bearer-rules, ``rules/<lang>/...``): Go's MySQL DSN
    (``user:pass@tcp(host)/db``) and ``mysql.Config{Passwd: ...}``, go-pg's
    ``pg.Options{Password: ...}``, gosec's hard-coded secrets, Ruby's and PHP's
    hard-coded secrets (``define('API_KEY', '...')``, ``'password' => '...'``), a
    JWT signing secret passed to ``jwt.sign`` and Rails'
    ``http_basic_authenticate_with ... password:``.

Formats are facts in our own notation, generated at test time, carried as in
:mod:`tests.unit.redact.heldout_round2` (whose carriers and fillers this module
imports).  No rule text of the sources is copied.

First measurement, BEFORE any rule was changed for these families (seed 47, 7 per
family, rules as of commit 63ea30b; nothing tuned): **271/427 = 63.47%**
(kingfisher 196/315 = 62.22%, gitguardian 28/49 = 57.14%, bearer 47/63 = 74.60%;
bare 8/14, keyed 145/147, text 118/266).  (The module was first run with 49
families, 219/343 = 63.85%; twelve families from four more Kingfisher files and
the other form of four read ones were added before any rule changed.)  Missed:
the provider's name and a credential word before a token in free text (every
``*-text`` family 0-2/7: ``atera secret <v>``, ``centralstationcrmKEY=<v>``), a
provider's name alone before the token (``chartmogul <v>``, ``runscope <v>``),
Airtable OAuth tokens (1/7), Go's MySQL DSN (0/7), a literal secret passed to
``jwt.sign`` (0/7), a secret set through a call (``setAuthToken("<v>")``,
``config.put("api_key", "<v>")``: 0/7), the rarer authorization schemes (Client-ID
3/7, App/JWT/Auth/OAuth/Api-Key 2/7), ``<-``/``||``/``:=`` password assignments
(4/7).  Keyed values under the provider's key were found 145/147.

The held-out figure is printed again by running this module against the rules
and engine of 63ea30b (the generator is unchanged since)::

    git worktree add --detach /tmp/r4base 63ea30b
    cp tests/unit/redact/heldout_round4.py tests/unit/redact/innocents_round4.py /tmp/r4base/tests/unit/redact/
    cd /tmp/r4base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round4

(271/427; those rules touch 57/600 of the round-4 lookalikes, all calls and
environment references taken as assigned values: ``pass := os.Getenv("DB_PASS")``,
``api_token = os.environ['API_TOKEN']``.)

Any figure measured after that is in-sample: after the round-4 rules
(credential-word-token: a random-reading token right after "secret", "token",
"access/api/secret/private/auth key" whoever the provider; secret-name-literal-pair
and secret-setter-literal; go-mysql-dsn-password; jwt-sign-literal-secret;
airtable-oauth-token; Authorization schemes Client-ID, App, JWT, Auth, OAuth;
``<-`` and ``||`` as assignment operators, a call or an environment reference
(``os.Getenv(``, ``process.env.X``) not taken as an assigned value; a key ending in
``pwd`` (``dbpwd``) secret; provider words appoptics, atera, blazemeter,
chartmogul, runscope; a random token under a key that is a provider's name alone
in a structured record), **412/427 = 96.49%** (seeds 7 and 99: 96.25%, 96.49%;
kingfisher 301/315, gitguardian 48/49, bearer 63/63), the lookalikes of
:mod:`tests.unit.redact.innocents_round4` 0/600 touched, rounds 1-3 unchanged
(634/637, 1311/1330, 232/238; innocents 0/4800, 0/600).  Left: a provider's name
alone before a token in prose (``runscope <uuid>``, ``chartmogul <v>``: no
credential word), ``azure devops pat = <v>`` ("pat" is not taken as a credential
word), tokens the randomness test reads as words or ids (more than a third of the
letters vowels; ``qodu_162g...``, a short lower-case prefix and ``_``), a token
that starts with ``-``, and ``secret_id := <v>`` (an id key).  After
"secret"/"token" in prose a lower-case name that starts with a word and a dash
(``checkout-db-credentials-7f9c2``, a Kubernetes secret's name) is not taken: that
also drops about 6% of UUID-shaped tokens with non-hex letters and 2% of random
``[a-z0-9-]{36}`` tokens there (they are still found under a key).
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import _AN, HeldFamily
from tests.unit.redact.innocents_round4 import lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

B, K, T = "bare", "keyed", "text"
_HEX = "[a-f0-9]"
_LAN = "[a-z0-9]"
_UUIDISH = "[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}"
_UUIDHEX = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_PW = "[A-Za-z0-9!#%^*_+=.-]"  # a password that needs no quoting in these carriers
_HE = "[A-Za-z0-9_.+/~$-]"  # GitGuardian's high-entropy value alphabet (without '=')

SOURCE_PATHS: dict[str, str] = {}
_GITGUARDIAN_GENERICS = "docs.gitguardian.com/secrets-detection/secrets-detection-engine/detectors/generics/"
_KINGFISHER = Families("kingfisher", "mongodb/kingfisher:data/rules/", SOURCE_PATHS)
_kf = _KINGFISHER.family
_gg = Families("gitguardian", _GITGUARDIAN_GENERICS, SOURCE_PATHS).family
_br = Families("bearer", "Bearer/bearer-rules:rules/", SOURCE_PATHS).family


def _keys(word: str) -> tuple[str, ...]:
    """Key names a Kingfisher rule accepts: the provider's name, then a credential word within 32 characters."""
    up = word.upper()
    return (f"{up}_API_KEY", f"{word}_key", f"{word}Token", f"{up}_SECRET", f"{word}.access_token")


def _texts(word: str) -> tuple[str, ...]:
    """Free text in the shape of a Kingfisher rule's own examples (the name, a credential word, the token)."""
    return (
        f"{word} secret {{v}}",
        f"configured {word} access key: {{v}}",
        f"{word}KEY={{v}}",
        f"using {word.capitalize()} token {{v}} for the nightly sync",
    )


def _both(fid: str, pattern: str, path: str, word: str) -> tuple[HeldFamily, HeldFamily]:
    return _KINGFISHER.keyed_and_text(fid, pattern, path, _keys(word), *_texts(word))


KINGFISHER: tuple[HeldFamily, ...] = (
    *_both("atera", f"{_LAN}{{32}}", "atera.yml", "atera"),
    *_both("baremetrics", "[a-z0-9_-]{25}", "baremetrics.yml", "baremetrics"),
    _kf(
        "blazemeter-runscope",
        T,
        _UUIDISH,
        "blazemeter.yml",
        "blazemeter {v}",
        "runscope {v}",
        "BLAZEMETER={v}",
        "runscope: {v}",
    ),
    *_both("blocknative", _UUIDHEX, "blocknative.yml", "blocknative"),
    _kf(
        "borgbase",
        K,
        "[a-zA-Z0-9/_.-]{148,152}",
        "borgbase.yml",
        *_keys("borgbase"),
    ),
    *_both("brandfetch", f"{_AN}{{40}}", "brandfetch.yml", "brandfetch"),
    *_both("bscscan", "[0-9A-Z]{34}", "bscscan.yml", "bscscan"),
    *_both("capsulecrm", "[a-zA-Z0-9._+=-]{64}", "capsulecrm.yml", "capsulecrm"),
    _kf("canny", K, _UUIDISH, "cannyio.yml", *_keys("canny")),
    _kf(
        "chartmogul",
        T,
        f"{_LAN}{{32}}",
        "chartmogul.yml",
        "chartmogul {v}",
        "CHARTMOGUL={v}",
        "chartmogul: {v}",
        '{"chartmogul": "{v}"}',
    ),
    _kf("paystack", B, f"sk_(?:live|test)_{_AN}{{40}}", "paystack.yml"),
    _kf(
        "azure-devops-pat",
        T,
        f"{_AN}{{84}}",
        "azuredevops.yml",
        "azure devops pat = {v}",
        "AZURE_DEVOPS_EXT_PAT={v}",
        "azure_pat: {v}",
    ),
    _kf(
        "airtable-oauth",
        B,
        f"{_AN}{{10,20}}\\.v1\\.[a-zA-Z0-9_-]{{20,40}}\\.{_HEX}{{32,64}}",
        "airtable.yml",
    ),
    _kf(
        "azure-openai",
        K,
        f"{_HEX}{{32}}",
        "azureopenai.yml",
        "AZURE_OPENAI_API_KEY",
        "azure_openai_key",
        "azureOpenAiSecret",
        "AZURE_OPENAI_KEY",
    ),
    _kf(
        "azure-search-query-key",
        K,
        f"{_AN}{{52}}",
        "azuresearchquery.yml",
        "AZURE_SEARCH_KEY",
        "azure_search_api_key",
        "azureSearchQueryKey",
    ),
    *_both("appoptics", "[0-9a-zA-Z_-]{71}", "appoptics.yml", "appoptics"),
    *_both("bugherd", f"{_LAN}{{22}}", "bugherd.yml", "bugherd"),
    *_both("cloudmersive", _UUIDHEX, "cloudmersive.yml", "cloudmersive"),
    *_both("carboninterface", f"{_AN}{{21}}", "carboninterface.yml", "carboninterface"),
    *_both("apilayer", f"{_AN}{{32}}", "apilayer.yml", "apilayer"),
    *_both("centralstationcrm", f"{_LAN}{{30}}", "centralstationcrm.yml", "centralstationcrm"),
    *_both("bitbar", f"{_LAN}{{32}}", "bitbar.yml", "bitbar"),
    *_both("bombbomb", "[A-Za-z0-9+/]{86}==", "bombbomb.yml", "bombbomb"),
    *_both("browshot", f"{_AN}{{28}}", "browshot.yml", "browshot"),
    *_both("cloudsight", f"{_LAN}{{20,24}}", "cloudsight.yml", "cloudsight"),
    _kf("borgbase-text", T, "[a-zA-Z0-9/_.-]{148,152}", "borgbase.yml", *_texts("borgbase")),
    _kf("canny-text", T, _UUIDISH, "cannyio.yml", *_texts("canny")),
    _kf(
        "azure-openai-text",
        T,
        f"{_HEX}{{32}}",
        "azureopenai.yml",
        "azure openai key {v}",
        "AzureOpenAI secret: {v}",
        "azure-openai-token={v}",
    ),
    _kf(
        "paystack-keyed",
        K,
        f"sk_(?:live|test)_{_AN}{{40}}",
        "paystack.yml",
        "PAYSTACK_SECRET_KEY",
        "paystack_key",
        "paystackSecret",
    ),
)

GITGUARDIAN: tuple[HeldFamily, ...] = (
    _gg(
        "auth-scheme-client-id",
        T,
        f"{_AN}{{20,40}}",
        "bearer_token",
        "GET /3/image HTTP/1.1 Authorization: Client-ID {v}",
        'headers = {"Authorization": "Client-ID {v}"}',
    ),
    _gg(
        "auth-scheme-rare",
        T,
        f"{_AN}{{24,48}}",
        "bearer_token",
        "Authorization: App {v}",
        "authorization: JWT {v}",
        "Authorization: Auth {v}",
        "Authorization: OAuth {v}",
        "Authorization: Api-Key {v}",
    ),
    _gg(
        "password-operators",
        T,
        f"{_PW}{{10,20}}",
        "generic_password",
        'dbPassword := "{v}"',
        'db_pwd <- "{v}"',
        'const pass = process.env.DB_PASSWORD || "{v}";',
        "'smtp_passwd' => '{v}',",
        "mailPwd: {v}",
    ),
    _gg(
        "high-entropy-operators",
        T,
        f"{_AN}{_HE}{{18,40}}{_AN}",
        "generic_high_entropy_secret",
        'client.setAuthToken("{v}")',
        'config.put("api_key", "{v}");',
        "service_credential <- '{v}'",
        "secret_id := {v}",
        'os.Setenv("APP_SECRET", "{v}")',
    ),
    _gg(
        "database-assignment",
        T,
        f"{_PW}{{10,20}}",
        "generic_database_assignment",
        "DB CONTEXT\nhost=db.acme.internal:5432\nusername=root\npassword={v}",
        "dbhost=10.0.3.12:3306\ndbuser=app\ndbpwd={v}",
        "database:\n  host: db-01.acme.internal\n  port: 5432\n  user: orders\n  pass: {v}",
    ),
    _gg(
        "basic-auth-url",
        T,
        f"{_PW}{{10,20}}",
        "basic_auth_string",
        "git clone https://{u}:{v}@git.acme.io/platform/app.git",
        "proxy=http://{u}:{v}@proxy.corp.acme.io:3128",
        "fetching https://{u}:{v}@artifacts.acme.io/releases/app-1.4.2.tgz",
    ),
    _gg(
        "curl-user",
        T,
        f"{_PW}{{10,20}}",
        "curl_username_password",
        "curl -u {u}:{v} https://registry.acme.io/v2/_catalog",
        "curl --user {u}:{v} -X POST https://ci.acme.io/job/build",
        "curl -s -u{u}:{v} https://api.acme.io/health",
        "curl --user={u}:{v} https://nexus.acme.io/repository/raw/",
    ),
)

BEARER: tuple[HeldFamily, ...] = (
    _br(
        "go-mysql-dsn",
        T,
        f"{_PW}{{10,20}}",
        "go/lang/hardcoded_mysql_database_password.yml",
        'db, err := sql.Open("mysql", "{u}:{v}@tcp(127.0.0.1:3306)/orders")',
        'dsn := "{u}:{v}@tcp(db.acme.internal:3306)/app?parseTime=true"',
        "connecting to {u}:{v}@tcp(mysql:3306)/shop",
    ),
    _br(
        "go-mysql-config",
        T,
        f"{_PW}{{10,20}}",
        "go/lang/hardcoded_mysql_database_password.yml",
        'cfg := mysql.Config{User: "{u}", Passwd: "{v}", Net: "tcp", Addr: "db:3306"}',
        'mysql.Config{Passwd: "{v}"}',
    ),
    _br(
        "go-pg-options",
        T,
        f"{_PW}{{10,20}}",
        "go/lang/hardcoded_pg_database_password.yml",
        'db := pg.Connect(&pg.Options{User: "{u}", Password: "{v}", Database: "app"})',
        'opts := &pg.Options{Addr: "db:5432", Password: "{v}"}',
    ),
    _br(
        "go-pg-url",
        T,
        f"{_PW}{{10,20}}",
        "go/lang/hardcoded_pg_database_password.yml",
        'db, err := sql.Open("postgres", "postgres://{u}:{v}@localhost/app?sslmode=disable")',
    ),
    _br(
        "go-gosec-secret",
        T,
        f"{_AN}{_HE}{{14,30}}{_AN}",
        "go/gosec/secrets/secrets.yml",
        'apiKey := "{v}"',
        'var dbPassword = "{v}"',
        'secret = "{v}"',
        'const stripeApiKey = "{v}"',
    ),
    _br(
        "ruby-hardcoded-secret",
        T,
        f"{_PW}{{12,32}}",
        "ruby/lang/hardcoded_secret.yml",
        'config.api_key = "{v}"',
        'client = Client.new(secret: "{v}")',
        '{ "password" => "{v}" }',
        "Service.configure(apikey: '{v}', region: 'eu')",
    ),
    _br(
        "php-hardcoded-secret",
        T,
        f"{_PW}{{12,32}}",
        "php/lang/hardcoded_secret.yml",
        "$apiKey = '{v}';",
        "const API_SECRET = '{v}';",
        "define('DB_PASSWORD', '{v}');",
        "$config = array('password' => '{v}');",
    ),
    _br(
        "jwt-sign-literal",
        T,
        f"{_PW}{{16,40}}",
        "javascript/lang/jwt_hardcoded_secret.yml",
        'const token = jwt.sign({ sub: user.id }, "{v}", { expiresIn: "1h" });',
        "jwt.sign(payload, '{v}')",
        'return jwt.sign(claims, "{v}", { algorithm: "HS256" })',
    ),
    _br(
        "rails-basic-auth",
        T,
        f"{_PW}{{10,24}}",
        "ruby/rails/insecure_http_password.yml",
        'http_basic_authenticate_with name: "admin", password: "{v}"',
        "  http_basic_authenticate_with name: 'ops', password: '{v}', except: :index",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = KINGFISHER + GITGUARDIAN + BEARER


ROUND = HeldOutRound("round-4", __doc__, 47, FAMILIES, lookalikes, SOURCE_PATHS)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
