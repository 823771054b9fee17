"""A second held-out recall measure, from sources never used to tune ``rules.yaml``.

``python -m tests.unit.redact.heldout_round2 [--seed N] [--per-family N] [--misses]``

Three sources, read once (December 2026), none of them used before this module:

``noseyparker``
    the ~50 rule files of Nosey Parker (praetorian-inc/noseyparker,
    ``crates/noseyparker/data/default/builtin/rules``) that
    :mod:`tests.unit.redact.heldout_noseyparker` did not read: Adafruit, Adobe, age,
    Artifactory, Atlassian, Auth0, Bitbucket, CodeClimate, crates.io, DigitalOcean,
    Doppler, Dropbox, Dynatrace, Facebook, Gitalk, Gradle, Grafana, password hashes,
    the combined Vault rule, Heroku, Hugging Face, LinkedIn, Mailchimp, Mailgun, Mapbox,
    Microsoft Teams, NASA, New Relic, npm, NuGet, Okta, PEM, PHPMailer, Postman,
    Postmark, PyPI, React .env, RubyGems, Sauce, Segment, SendGrid, SonarQube, Square,
    StackHawk, TeamCity, Telegram, Twitch, Twitter, VMware PowerCLI, WireGuard.  Rules
    that take an identifier only (age recipients, LinkedIn client ids, Mapbox ``pk.``
    public tokens, React usernames) are left out, as in the first round;
``github``
    GitHub's list of supported secret-scanning patterns (github/docs,
    ``src/secret-scanning/data/pattern-docs/fpt/public-docs.yml``: provider and token
    type only), each with the token format its provider documents or shows in its
    own examples (prefix, alphabet, length) where that format is public; providers
    whose format is not public, or is only a JWT or a bare UUID with no provider word
    near it, are not in the set;
``microsoft``
    Microsoft's security-utilities (microsoft/security-utilities,
    ``GeneratedRegexPatterns/PreciselyClassifiedSecurityKeys.json``): the
    "identifiable" Azure keys with a fixed 4-character signature at a fixed offset
    (``+ASt``, ``ACDb``, ``AzFu``, ``AzSe``, ``+ASb``, ``+AEh``, ``AIoT``, ``AzCa``,
    ``+ACR``, ``APIM``, ``JQQJ9``...) and Entra client secrets (``8Q~``).

Plus ``brief``: the classes of miss named in the task that opened this round
(a value that starts with ``-`` after a long option, a provider's name alone as
a key, a provider word shortly before a token in free text).  They were known
misses, not found by this measure, so the held-out figure is reported without them.

Formats are written as facts in our own notation (as in
:mod:`tests.unit.redact.public_formats`) and turned into random secrets at test
time by :func:`~tests.unit.redact.public_formats.generate`; no text or pattern of
the sources is in the repository.  Carriers are those of the first round: ``bare``
tokens in the 7 bare carriers, ``keyed`` values in the 7 keyed carriers under a key
name the public rule accepts, ``text`` message templates.

First measurement, BEFORE any rule was changed for these families (seed 41, 7 per
family, rules as of commit 8b1dca0): 890/1330 = 66.92% without ``brief``
(noseyparker 373/553 = 67.45%, github 473/637 = 74.25%, microsoft 44/140 = 31.43%;
bare 613/1008, keyed 145/168, text 132/154); brief 2/21; innocents touched 0/3600
(the existing innocent corpus, unchanged then).  Most misses were whole formats
(a family found only in the command-line carrier, where ``--credential`` takes any
value): Azure identifiable keys, New Relic and DigitalOcean prefixes written in
upper case as the public rules allow, and prefixes with no rule.
Any figure measured after that is in-sample: after the rules of commits 07c42eb and
d7b65d6 (written from these misses), 1311/1330 = 98.57% (seeds 7 and 99: 98.50%,
98.35%), brief 21/21, innocents 0/4800 (the corpus plus
:mod:`tests.unit.redact.innocents_round2`).  Left: tokens glued to the text before
them where the prefix is an ordinary word or short (``pat-``, ``api-``, ``secret_``,
``live_``, ``ion_``, ``cio``, ``YC``, ``y0_``, ``sq0atp-`` in any case), and
Telegram tokens glued to what follows.
"""

from __future__ import annotations

from tests.unit.redact.rounds import HeldFamily, HeldOutRound, builder

__all__ = ["FAMILIES", "HeldFamily", "run", "samples"]


def _i(body: str) -> str:
    return f"(?i:{body})"


_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_B64 = "[A-Za-z0-9+/]"
_AN = "[A-Za-z0-9]"
_PW = "[A-Za-z0-9!@#%^*_+=.-]"


_np, _gh, _ms, _br = (builder(s) for s in ("noseyparker", "github", "microsoft", "brief"))

B, K, T = "bare", "keyed", "text"

NOSEYPARKER: tuple[HeldFamily, ...] = (
    _np("adafruit-io", B, "aio_[a-zA-Z0-9]{28}"),
    _np("adobe-oauth-secret", B, _i("p8e-[a-z0-9-]{31}[a-z0-9]")),
    _np("age-secret-key", B, "AGE-SECRET-KEY-1[0-9A-Z]{58}"),
    _np(
        "artifactory-near-word",
        T,
        _i("[a-z0-9]{73}"),
        "export HOMEBREW_ARTIFACTORY_API_TOKEN={v}\nexport HOMEBREW_ARTIFACTORY_API_USER={u}",
        "jfrog rt dl --url=http://localhost:8071/artifactory --apikey={v} generic-local/hello.txt",
    ),
    _np("atlassian-cloud-token", B, "ATATT3xFfGF0[a-zA-Z0-9_-]{20,200}=[0-9A-F]{8}"),
    _np(
        "auth0-client-secret",
        T,
        "[a-zA-Z0-9_-]{32,80}",
        "AUTH0_DOMAIN='{name}.us.auth0.com'\nAUTH0_CLIENT_ID='{b62_32}'\nAUTH0_CLIENT_SECRET='{v}'",
        "export AUTH0_ISSUER_BASE_URL='https://{name}.us.auth0.com'\nexport AUTH0_CLIENT_ID='{b62_32}'\nexport AUTH0_CLIENT_SECRET='{v}'",
    ),
    _np("auth0-client-id", K, "[a-zA-Z0-9]{32}", "AUTH0_CLIENT_ID", "REACT_APP_AUTH0_CLIENT_ID"),
    _np("bitbucket-app-password", B, "ATBB[a-zA-Z0-9]{32}"),
    _np("codeclimate-reporter", K, "[a-f0-9]{64}", "CODECLIMATE_REPO_TOKEN", "CC_TEST_REPORTER_ID"),
    _np("cratesio", B, "cio[a-zA-Z0-9]{32}"),
    _np("digitalocean-app", B, _i("doo_v1_[a-f0-9]{64}")),
    _np("digitalocean-pat", B, _i("dop_v1_[a-f0-9]{64}")),
    _np("digitalocean-refresh", B, _i("dor_v1_[a-f0-9]{64}")),
    _np("doppler-cli", B, "dp\\.ct\\.[a-zA-Z0-9]{40,44}"),
    _np("doppler-personal", B, "dp\\.pt\\.[a-zA-Z0-9]{40,44}"),
    _np("doppler-service", B, "dp\\.st\\.(?:[a-z0-9_-]{2,35}\\.)?[a-zA-Z0-9]{40,44}"),
    _np("doppler-service-account", B, "dp\\.sa\\.[a-zA-Z0-9]{40,44}"),
    _np("doppler-scim", B, "dp\\.scim\\.[a-zA-Z0-9]{40,44}"),
    _np("doppler-audit", B, "dp\\.audit\\.[a-zA-Z0-9]{40,44}"),
    _np("dropbox-access", B, "sl\\.[a-zA-Z0-9_-]{130,152}"),
    _np("dynatrace", B, "dt0[a-zA-Z][0-9]{2}\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}"),
    _np(
        "facebook-secret",
        K,
        _i("[a-z0-9]{32}"),
        "fbApiKey",
        "FACEBOOK_APP_SECRET",
        "facebook_secret",
        "config.facebook.key",
        "FB_CLIENT_SECRET",
    ),
    _np("facebook-access-token", B, "EAACEdEose0cBA[a-zA-Z0-9]{40,160}"),
    _np(
        "gitalk",
        T,
        "[a-f0-9]{40}",
        "new Gitalk({\n  clientID: '{hex20}',\n  clientSecret: '{v}',\n  repo: 'blog'",
    ),
    _np(
        "gradle-credentials",
        T,
        f"{_PW}{{6,30}}",
        "credentials {\n    username '{u}'\n    password '{v}'\n}",
        'maven {\n  credentials {\n    // deploy user\n    username "{u}"\n    password "{v}"\n  }\n}',
    ),
    _np("grafana-api-token", B, "eyJrIjoi[A-Za-z0-9]{60,100}"),
    _np("grafana-cloud-token", B, "glc_eyJrIjoi[A-Za-z0-9]{60,100}"),
    _np("grafana-service-account", B, "glsa_[a-zA-Z0-9]{32}_[a-fA-F0-9]{8}"),
    _np("pwhash-md5crypt", B, "\\$1\\$[./A-Za-z0-9]{8}\\$[./A-Za-z0-9]{22}"),
    _np("pwhash-bcrypt", B, "\\$2[abxy]\\$[0-9]{2}\\$[./A-Za-z0-9]{53}"),
    _np(
        "pwhash-sha256crypt",
        B,
        "\\$5\\$(?:rounds=[0-9]{4}\\$)?[./A-Za-z0-9]{8,16}\\$[./A-Za-z0-9]{43}",
    ),
    _np(
        "pwhash-sha512crypt",
        B,
        "\\$6\\$(?:rounds=[0-9]{4}\\$)?[./A-Za-z0-9]{8,16}\\$[./A-Za-z0-9]{86}",
    ),
    _np("pwhash-cisco8", B, "\\$8\\$[./A-Za-z0-9]{8,16}\\$[./A-Za-z0-9]{43}"),
    _np(
        "vault-any",
        T,
        "(?:s|b|r|hvs|hvb|hvr)\\.[A-Za-z0-9]{23,60}",
        'VAULT_CLIENT_TOKEN="{v}"',
        "apikey: {v}",
        "X-Vault-Token: {v}",
    ),
    _np("heroku-api-key", K, _UUID, "HEROKU_API_KEY", "heroku_key", "herokuApiKey"),
    _np("huggingface", B, "hf_[a-zA-Z]{34}"),
    _np(
        "linkedin-secret",
        K,
        _i("[a-z0-9]{16}"),
        "LINKEDIN_SECRET",
        "linkedin_client_secret",
        "LINKEDIN_KEY",
        "linkedinAppSecret",
    ),
    _np(
        "mailchimp", K, "[a-f0-9]{32}-us[0-9]{1,3}", "MAILCHIMP_API", "mc_api_key", "MAILCHIMP_KEY"
    ),
    _np(
        "mailgun-key",
        T,
        "key-[a-z0-9]{32}",
        "var apiKey = process.env.MAILGUN_API || '{v}'",
        "MAILGUN_API_KEY={v}",
        'mg_key: "{v}"',
    ),
    _np(
        "mapbox-secret",
        T,
        _i("sk\\.[a-z0-9+/=-]{32,128}\\.[a-z0-9+/=-]{20,30}"),
        "export MAPBOX_SECRET_TOKEN={v}",
        "  //mapboxgl.accessToken = '{v}';",
    ),
    _np(
        "mapbox-temporary",
        T,
        _i("tk\\.[a-z0-9+/=-]{32,128}\\.[a-z0-9+/=-]{20,30}"),
        "export MAPBOX_TOKEN={v}",
        "mapboxgl.accessToken = '{v}';",
    ),
    _np(
        "msteams-webhook",
        B,
        _i(
            f"https://outlook\\.office\\.com/webhook/{_UUID}@{_UUID}/IncomingWebhook/[a-f0-9]{{32}}/{_UUID}"
        ),
    ),
    _np(
        "nasa",
        T,
        "[a-zA-Z0-9]{40}",
        "get('https://api.nasa.gov/planetary/earth/imagery?api_key={v}')",
        "GET https://api.nasa.gov/neo/rest/v1/feed?start_date=2024-01-01&api_key={v} 200",
    ),
    _np("newrelic-license", B, _i("[a-z0-9]{6}[a-f0-9]{30}nral")),
    _np(
        "newrelic-license-unsuffixed",
        T,
        "[a-f0-9]{40}",
        "# Required license key associated with your New Relic account.\nlicense_key: {v}\n",
    ),
    _np("newrelic-user-key", B, _i("nrak-[a-z0-9]{27}")),
    _np("newrelic-admin-key", B, _i("nraa-[a-f0-9]{27}")),
    _np("newrelic-insert-key", B, _i("nrii-[a-z0-9_-]{31}[a-z0-9]")),
    _np("newrelic-query-key", B, _i("nriq-[a-z0-9_-]{31}[a-z0-9]")),
    _np("newrelic-rest-key", B, _i("nrra-[a-f0-9]{42}")),
    _np("pixie-api-key", B, _i(f"px-api-{_UUID}")),
    _np("pixie-deploy-key", B, _i(f"px-dep-{_UUID}")),
    _np("npm", B, "npm_[A-Za-z0-9]{36}"),
    _np("nuget", B, "oy2[a-z0-9]{43}"),
    _np(
        "okta",
        T,
        _i("00[a-z0-9_-]{39}[a-z0-9_]"),
        "Authorization: SSWS {v}",
        "okta_api_token = {v}",
        'OKTA_API_KEY = "{v}"',
        'variable "corp_okta_api_token" {\n  default = "{v}"\n}',
    ),
    _np(
        "pem-private-key",
        T,
        f"{_B64}{{64}}\n{_B64}{{64}}\n{_B64}{{20,64}}",
        "-----BEGIN RSA PRIVATE KEY-----\n{v}\n-----END RSA PRIVATE KEY-----",
        "-----BEGIN PRIVATE KEY-----\n{v}\n-----END PRIVATE KEY-----",
        "-----BEGIN EC PRIVATE KEY-----\n{v}\n-----END EC PRIVATE KEY-----",
        "-----BEGIN OPENSSH PRIVATE KEY-----\n{v}\n-----END OPENSSH PRIVATE KEY-----",
    ),
    _np(
        "pem-private-key-escaped",
        T,
        f"{_B64}{{64}}\\\\n{_B64}{{64}}\\\\n{_B64}{{20,64}}",
        '"private_key": "-----BEGIN RSA PRIVATE KEY-----\\n{v}\\n-----END RSA PRIVATE KEY-----"',
    ),
    _np(
        "pem-base64",
        B,
        "LS0tLS1CRUdJTiB(?:SU0EgUFJJVkFURSBLRVktLS0t|EU0EgUFJJVkFURSBLRVktLS0t|FQyBQUklWQVRFIEtFWS0tLS0t)[a-zA-Z0-9+/]{120,300}={0,2}",
    ),
    _np(
        "phpmailer",
        T,
        f"{_PW}{{5,24}}",
        "$mail->Host       = 'smtp.example.com';\n$mail->SMTPAuth   = true;\n$mail->Username   = '{u}@example.com';\n$mail->Password   = '{v}';",
    ),
    _np("postman", B, "PMAK-[a-zA-Z0-9]{24}-[a-zA-Z0-9]{34}"),
    _np(
        "postmark",
        K,
        _UUID,
        "postmarkApiToken",
        "X-Postmark-Server-Token",
        "POSTMARK_API_TOKEN",
        "postmark",
    ),
    _np("pypi", B, "pypi-AgEIcHlwaS5vcmc[a-zA-Z0-9_-]{50,180}"),
    _np(
        "react-app-password",
        T,
        f"{_PW}{{6,24}}",
        "REACT_APP_AUTH_PASSWORD={v}",
        "REACT_APP_PASS={v}",
        "REACT_APP_MAILER_PASSWORD={v} # SMTP",
    ),
    _np("rubygems", B, _i("rubygems_[a-f0-9]{48}")),
    _np("sauce", K, _UUID, "SAUCE_ACCESS_KEY", "sauce_key", "SAUCE_TOKEN"),
    _np("segment", B, "sgp_[a-zA-Z0-9]{64}"),
    _np("sendgrid", B, "SG\\.[0-9A-Za-z_-]{22}\\.[0-9A-Za-z_-]{43}"),
    _np(
        "sonarqube",
        T,
        "[a-f0-9]{40}",
        "sonar-scanner -Dsonar.host.url=https://sonarcloud.io -Dsonar.login={v}",
        "sonar.login', '{v}",
        '$sonarLogin = "{v}"',
    ),
    _np("square-access", B, _i("sq0atp-[a-z0-9_-]{22}")),
    _np("square-oauth-secret", B, _i("sq0csp-[a-z0-9_-]{43}")),
    _np("stackhawk", B, "hawk\\.[0-9A-Za-z_-]{20}\\.[0-9A-Za-z_-]{20}"),
    _np("teamcity", B, "eyJ0eXAiOiAiVENWMiJ9\\.[A-Za-z0-9_-]{36}\\.[A-Za-z0-9_-]{48}"),
    _np("telegram", B, "[0-9]{8,10}:AA[a-zA-Z0-9_-]{32,33}"),
    _np("twitch-stream-key", B, "live_[0-9]{8,12}_[A-Za-z0-9]{30,36}"),
    _np(
        "twitter-secret",
        K,
        _i("[a-z0-9]{35,44}"),
        "TWITTER_API_SECRET",
        "twitter_consumer_secret",
        "TWITTER_SECRET",
    ),
    _np(
        "twitter-key",
        K,
        _i("[a-z0-9]{18,25}"),
        "TWITTER_API_KEY",
        "TWITTER_CONSUMER_KEY",
        "twitterKey",
    ),
    _np(
        "vmware-powercli",
        T,
        f"{_PW}{{6,24}}",
        "Connect-VIServer -Server 192.168.1.51 -User administrator@vsphere.local -Password {v}",
        "$null = connect-viserver vc.lab.local -user administrator@vsphere.local -password {v}",
    ),
    _np(
        "wireguard-private",
        T,
        f"{_B64}{{43}}=",
        "[Interface]\nAddress = 10.200.200.3/32\nPrivateKey = {v}\nDNS = 8.8.8.8",
    ),
    _np(
        "wireguard-preshared",
        T,
        f"{_B64}{{43}}=",
        "[Peer]\nPublicKey = {b64pub}\nPresharedKey = {v}\nAllowedIPs = 0.0.0.0/0",
    ),
)

GITHUB: tuple[HeldFamily, ...] = (
    _gh("1password-service-account", B, "ops_eyJ[A-Za-z0-9+/]{250,300}={0,2}"),
    _gh("airtable-pat", B, "pat[a-zA-Z0-9]{14}\\.[a-f0-9]{64}"),
    _gh("anthropic-admin", B, "sk-ant-admin01-[a-zA-Z0-9_-]{93}AA"),
    _gh("apify-api", B, "apify_api_[a-zA-Z0-9]{36}"),
    _gh("brevo-api", B, "xkeysib-[a-f0-9]{64}-[a-zA-Z0-9]{16}"),
    _gh("brevo-smtp", B, "xsmtpsib-[a-f0-9]{64}-[a-zA-Z0-9]{16}"),
    _gh("buildkite-user", B, "bkua_[a-f0-9]{40}"),
    _gh("circleci-pat", B, "CCIPAT_[a-zA-Z0-9]{22}_[a-f0-9]{40}"),
    _gh("circleci-project", B, "CCIPRJ_[a-zA-Z0-9]{22}_[a-f0-9]{40}"),
    _gh("cockroach-ccdb", B, "CCDB1_[a-zA-Z0-9]{22}_[a-zA-Z0-9]{39}"),
    _gh("contentful-pat", B, "CFPAT-[a-zA-Z0-9_-]{43}"),
    _gh("databento", B, "db-[a-zA-Z0-9]{27}"),
    _gh("databricks-oauth-secret", B, "dose[a-f0-9]{32}"),
    _gh("datadog-api", K, "[a-f0-9]{32}", "DD_API_KEY", "DATADOG_API_KEY", "datadog.api_key"),
    _gh("datadog-app", K, "[a-f0-9]{40}", "DD_APP_KEY", "DATADOG_APP_KEY", "dd_application_key"),
    _gh("deepseek", K, "sk-[a-f0-9]{32}", "DEEPSEEK_API_KEY", "deepseek_key"),
    _gh("docker-org-token", B, "dckr_oat_[a-zA-Z0-9_-]{32}"),
    _gh("fastly", K, "[A-Za-z0-9_-]{32}", "FASTLY_API_TOKEN", "FASTLY_KEY", "fastly_token"),
    _gh("gitlab-feed", B, "glft-[0-9a-zA-Z_-]{20}"),
    _gh("gitlab-incoming-mail", B, "glimt-[0-9a-zA-Z_-]{25}"),
    _gh("gitlab-agent", B, "glagent-[0-9a-zA-Z_-]{50}"),
    _gh("gitlab-oauth-secret", B, "gloas-[0-9a-zA-Z_-]{64}"),
    _gh("gitlab-ci-job", B, "glcbt-[0-9a-zA-Z]{1,5}_[0-9a-zA-Z_-]{20}"),
    _gh("gitlab-scim", B, "glsoat-[0-9a-zA-Z_-]{20}"),
    _gh("gitlab-feature-flag", B, "glffct-[0-9a-zA-Z_-]{20}"),
    _gh(
        "google-refresh-token",
        T,
        "1//0[0-9A-Za-z_-]{60,100}",
        '{"refresh_token": "{v}", "token_type": "Bearer"}',
        "refresh_token={v}&grant_type=refresh_token",
    ),
    _gh("hcaptcha-secret", K, "0x[a-fA-F0-9]{40}", "HCAPTCHA_SECRET", "hcaptcha_secret_key"),
    _gh("heroku-oauth", B, "HRKU-[A-Za-z0-9_-]{60}"),
    _gh("hubspot-pat", B, f"pat-(?:na1|eu1)-{_UUID}"),
    _gh("huggingface-org", B, "api_org_[a-zA-Z]{34}"),
    _gh(
        "ibm-cloud-iam",
        K,
        "[a-zA-Z0-9_-]{44}",
        "IBM_CLOUD_API_KEY",
        "IC_API_KEY",
        "ibmcloud_api_key",
    ),
    _gh("intercom", B, "dG9rOj[A-Za-z0-9+/]{50,60}={0,2}"),
    _gh("ionic-pat", B, "ion_[a-zA-Z0-9]{42}"),
    _gh("jfrog-reference", B, "cmVmdGtuOjAxOj[A-Za-z0-9]{50}"),
    _gh("langsmith-pat", B, "lsv2_pt_[a-f0-9]{32}_[a-f0-9]{10}"),
    _gh("langsmith-service", B, "lsv2_sk_[a-f0-9]{32}_[a-f0-9]{10}"),
    _gh("launchdarkly", B, f"api-{_UUID}"),
    _gh("lichess", B, "lip_[a-zA-Z0-9]{20}"),
    _gh("linear-api", B, "lin_api_[a-zA-Z0-9]{40}"),
    _gh("linear-oauth", B, "lin_oauth_[a-f0-9]{64}"),
    _gh("mandrill", K, "md-[a-zA-Z0-9_-]{22}", "MANDRILL_API_KEY", "mandrill_key"),
    _gh("mailgun-new", K, "[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}", "MAILGUN_API_KEY", "mailgun_key"),
    _gh("maxmind-license", B, "[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk"),
    _gh("meraki", K, "[a-f0-9]{40}", "MERAKI_DASHBOARD_API_KEY", "meraki_api_key"),
    _gh("messagebird", K, "[a-zA-Z0-9]{25}", "MESSAGEBIRD_API_KEY", "messagebird_access_key"),
    _gh("mistral", K, "[a-zA-Z0-9]{32}", "MISTRAL_API_KEY", "mistral_key"),
    _gh("neon-api", B, "napi_[a-z0-9]{64}"),
    _gh("notion-legacy", B, "secret_[a-zA-Z0-9]{43}"),
    _gh("notion-ntn", B, "ntn_[0-9]{11}[A-Za-z0-9]{35}"),
    _gh("octopus", B, "API-[A-Z0-9]{26}"),
    _gh("onfido-live", B, "api_live\\.[a-zA-Z0-9_-]{11}\\.[a-zA-Z0-9_-]{32}"),
    _gh("onfido-sandbox", B, "api_sandbox\\.[a-zA-Z0-9_-]{11}\\.[a-zA-Z0-9_-]{32}"),
    _gh("openai-project", B, "sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}"),
    _gh("openai-svcacct", B, "sk-svcacct-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}"),
    _gh("openrouter", B, "sk-or-v1-[a-f0-9]{64}"),
    _gh("paddle-live", B, "pdl_live_apikey_[a-z0-9]{26}_[a-zA-Z0-9]{22}_[a-zA-Z0-9]{3}"),
    _gh("paddle-sandbox", B, "pdl_sdbx_apikey_[a-z0-9]{26}_[a-zA-Z0-9]{22}_[a-zA-Z0-9]{3}"),
    _gh("perplexity", B, "pplx-[a-zA-Z0-9]{48}"),
    _gh("pinecone", B, "pcsk_[a-zA-Z0-9]{5,6}_[a-zA-Z0-9]{60,70}"),
    _gh("plivo-token", K, "[a-zA-Z0-9]{40}", "PLIVO_AUTH_TOKEN", "plivo_token"),
    _gh("polar-pat", B, "polar_pat_[a-zA-Z0-9]{43}"),
    _gh("polar-oat", B, "polar_oat_[a-zA-Z0-9]{43}"),
    _gh("posthog-personal", B, "phx_[a-zA-Z0-9]{43}"),
    _gh("postman-collection", B, "PMAT-[A-Z0-9]{26}"),
    _gh("prefect-user", B, "pnu_[a-zA-Z0-9]{36}"),
    _gh("prefect-service", B, "pnb_[a-zA-Z0-9]{36}"),
    _gh("pulumi", B, "pul-[a-f0-9]{40}"),
    _gh("readme", B, "rdme_[a-z0-9]{70}"),
    _gh("replicate", B, "r8_[a-zA-Z0-9]{37}"),
    _gh("rootly", B, "rootly_[a-f0-9]{64}"),
    _gh("samsara", B, "samsara_api_[a-zA-Z0-9]{30}"),
    _gh("sentry-org", B, "sntrys_eyJ[a-zA-Z0-9+/]{100,160}_[a-zA-Z0-9+/]{43}"),
    _gh("sentry-user", B, "sntryu_[a-f0-9]{64}"),
    _gh("shippo", B, "shippo_(?:live|test)_[a-f0-9]{40}"),
    _gh(
        "slack-workflow-webhook",
        B,
        "https://hooks\\.slack\\.com/(?:workflows|triggers)/T[A-Z0-9]{8,10}/A[A-Z0-9]{8,10}/[0-9]{17,19}/[A-Za-z0-9]{24}",
    ),
    _gh("stripe-webhook-secret", B, "whsec_[a-zA-Z0-9]{32}"),
    _gh("supabase-pat", B, "sbp_[a-f0-9]{40}"),
    _gh("supabase-secret", B, "sb_secret_[a-zA-Z0-9_-]{31}"),
    _gh(
        "tailscale",
        B,
        "tskey-(?:api|auth|client|scim|webhook)-[a-zA-Z0-9]{10,20}-[a-zA-Z0-9]{20,40}",
    ),
    _gh("telnyx", B, "KEY[0-9A-F]{32}_[a-zA-Z0-9]{22}"),
    _gh("tencent-secret-id", B, "AKID[a-zA-Z0-9]{32}"),
    _gh("typeform", B, "tfp_[a-zA-Z0-9_-]{44}_[a-zA-Z0-9]{14}"),
    _gh("vercel", B, "vc[pikar]_[A-Za-z0-9]{56}"),
    _gh("volcengine", B, "AKLT[A-Za-z0-9]{43}"),
    _gh("wakatime", B, f"waka_{_UUID}"),
    _gh("xai", B, "xai-[a-zA-Z0-9]{80}"),
    _gh("yandex-api-key", B, "AQVN[A-Za-z0-9_-]{35,38}"),
    _gh("yandex-access-secret", B, "YC[a-zA-Z0-9_-]{38}"),
    _gh("yandex-passport", B, "y[0-3]_[A-Za-z0-9_-]{55}"),
    _gh("cohere", K, "[a-zA-Z0-9]{40}", "COHERE_API_KEY", "cohere_key"),
    _gh("twilio-account-sid", K, "AC[a-f0-9]{32}", "TWILIO_ACCOUNT_SID", "twilio_sid"),
)

MICROSOFT: tuple[HeldFamily, ...] = (
    _ms(
        "legacy-cask",
        B,
        f"{_AN}{{52}}JQQJ9[9DH]{_AN}[A-L]{_AN}{{16}}[A-Za-z]{_AN}{{7}}(?:{_AN}{{2}}==)?",
    ),
    _ms("entra-client-secret", B, "[a-zA-Z0-9_~.-]{3}[78]Q~[a-zA-Z0-9_~.-]{31,34}"),
    _ms("function-key", B, "[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw]=="),
    _ms("search-key", B, f"{_AN}{{42}}AzSe[A-D]{_AN}{{5}}"),
    _ms("relay-key", B, f"{_B64}{{33}}\\+ARm[A-P]{_B64}{{5}}="),
    _ms("event-hub-key", B, f"{_B64}{{33}}\\+AEh[A-P]{_B64}{{5}}="),
    _ms("service-bus-key", B, f"{_B64}{{33}}\\+ASb[A-P]{_B64}{{5}}="),
    _ms("iot-key", B, f"{_B64}{{33}}AIoT[A-P]{_B64}{{5}}="),
    _ms("redis-key", B, f"{_B64}{{33}}AzCa[A-P]{_B64}{{5}}="),
    _ms("event-grid-key", B, f"{_B64}{{33}}AZEG[A-P]{_B64}{{5}}="),
    _ms("storage-key", B, f"{_B64}{{76}}\\+ASt{_B64}{{5}}[AQgw]=="),
    _ms("cosmosdb-key", B, f"{_B64}{{76}}ACDb{_B64}{{5}}[AQgw]=="),
    _ms("batch-key", B, f"{_B64}{{76}}\\+ABa{_B64}{{5}}[AQgw]=="),
    _ms("ml-classic-key", B, f"{_B64}{{76}}\\+AMC{_B64}{{5}}[AQgw]=="),
    _ms("apim-key", B, f"{_B64}{{76}}APIM{_B64}{{5}}[AQgw]=="),
    _ms("container-registry-key", B, f"{_B64}{{42}}\\+ACR[A-D]{_B64}{{5}}"),
    _ms("nuget", B, _i("oy2[a-z2-7]{43}")),
    _ms("databricks-pat", B, "dapi[0-9a-f]{32}(?:-[0-9])?"),
    _ms(
        "cosmosdb-legacy",
        T,
        f"{_B64}{{86}}==",
        "AccountEndpoint=https://{name}.documents.azure.com:443/;AccountKey={v};",
    ),
    _ms(
        "messaging-legacy",
        T,
        f"{_B64}{{43}}=",
        "Endpoint=sb://{name}.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey={v}",
    ),
)

BRIEF: tuple[HeldFamily, ...] = (
    _br(
        "long-option-dash-value",
        T,
        "-[A-Za-z0-9!@#%^*_+=.]{8,20}",
        "+ db-migrate --password {v} --host db.internal",
        "exec: /usr/bin/backup --passwd {v} --target s3://bkp",
        "worker --secret {v} --verbose",
        "client --api-key {v} --region eu",
    ),
    _br(
        "provider-name-as-key",
        T,
        "[a-f0-9]{32}|[A-Za-z0-9]{36,48}",
        "{P}={v}",
        '{"{p}": "{v}", "service": "billing"}',
        "{p}: {v}",
        'level=debug msg=config {p}="{v}"',
    ),
    _br(
        "provider-word-before-token",
        T,
        "[a-f0-9]{32}|[A-Za-z0-9]{40}",
        "{p} api key is now {v}",
        "rotated the {p} token: {v} (old one revoked)",
        "using {P} credentials {v} for region eu",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = NOSEYPARKER + GITHUB + MICROSOFT + BRIEF

ROUND = HeldOutRound("round-2", __doc__, 41, FAMILIES, note="without brief", loose=False, apart=("brief",), old_corpus=True)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
