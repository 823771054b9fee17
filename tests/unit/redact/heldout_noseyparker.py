"""A held-out recall measure: token formats from Nosey Parker's rule set, never used to tune ``rules.yaml``.

``python -m tests.unit.redact.heldout_noseyparker [--seed N] [--per-family N]``

Nosey Parker (praetorian-inc/noseyparker, ``crates/noseyparker/data/default/builtin/rules``)
is a third public scanner, next to gitleaks and trufflehog whose formats
:mod:`tests.unit.redact.public_formats` holds.  Its rules were read once
(December 2026, 39 of its ~90 rule files: the cloud, VCS, chat, AI, database,
connection-string, generic-password and IoT ones) and each rule that takes a
secret (not the ones that take an identifier: bucket names, ARNs, account and
client ids, shop domains) is written below as a format fact in our own
notation, with the context the public rule needs:

``bare``
    a token with a prefix of its own, put in the same 7 carriers as
    :data:`tests.unit.redact.public_formats._BARE_CONTEXTS`;
``keyed``
    a value the public rule takes only after a key it names (``twilio``,
    ``aws_secret_access_key``, ``client_secret``...): the family lists key names
    that the public rule's key pattern accepts, and the value goes into the same
    7 keyed carriers (log line, env, JSON, record, YAML, logfmt, command-line);
``text``
    a message template (connection strings, ``Authorization:`` headers, netrc,
    .NET config, psexec, device URLs ...) in which ``{v}`` is the secret; the
    other placeholders are filled with random innocuous values.

The figure printed is recall (the generated secret is gone from the output, as
in :mod:`tests.unit.redact.quality`) overall, per family and per carrier, and
the innocents touched on the existing innocent corpus (unchanged here).
The first measurement was taken before any rule was changed for these
families; any later figure is in-sample.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.redact import Redactor
from tests.unit.redact.public_formats import Family, Sample, generate
from tests.unit.redact.quality import print_found
from tests.unit.redact.rounds import add_no_old, carry, print_existing_corpus, round_parser, tally

__all__ = ["NP_FAMILIES", "NpFamily", "np_samples", "run"]


@dataclass(frozen=True)
class NpFamily:
    """One secret format of one Nosey Parker rule (``rule``: the public rule's id)."""

    id: str
    rule: str
    form: str  # bare | keyed | text
    pattern: str
    keys: tuple[str, ...] = ()  # keyed: key names the public rule accepts
    templates: tuple[str, ...] = ()  # text: message templates with {v}


def _i(body: str) -> str:
    return f"(?i:{body})"


_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_B64 = "[A-Za-z0-9+/]"


def _b(fid: str, rule: str, pattern: str) -> NpFamily:
    return NpFamily(fid, rule, "bare", pattern)


def _k(fid: str, rule: str, pattern: str, *keys: str) -> NpFamily:
    return NpFamily(fid, rule, "keyed", pattern, keys=keys)


def _t(fid: str, rule: str, pattern: str, *templates: str) -> NpFamily:
    return NpFamily(fid, rule, "text", pattern, templates=templates)


NP_FAMILIES: tuple[NpFamily, ...] = (
    # AWS: key ids with nine prefixes, an upper-case/digit body; secret and session token after their key names.
    _b(
        "np-aws-key-id",
        "np.aws.1",
        "(?:A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16}",
    ),
    _k(
        "np-aws-secret",
        "np.aws.2",
        _i("[a-z0-9/+=]{40}"),
        "aws_secret_access_key",
        "AWS_SECRET_ACCESS_KEY",
        "aws_secret_key",
        "AWS_SECRET",
        "awsSecretAccessKey",
        "aws_access_key",
    ),
    _k(
        "np-aws-session-token",
        "np.aws.4",
        _i("[a-z0-9/+=]{16,200}"),
        "aws_session_token",
        "AWS_SESSION_TOKEN",
        "awsSessionToken",
        "aws_token",
        "AWS_SESSION",
    ),
    _b("np-amazon-mws", "np.aws.5", _i("amzn\\.mws\\." + _UUID)),
    _b("np-appsync", "np.appsync.1", "da2-[a-z0-9]{26}"),
    _t(
        "np-aws-credentials-pair",
        "np.aws.6",
        "[A-Za-z0-9/+=]{40}",
        "credentials.csv: deploy,{akia},{v},https://console",
        "export AWS_ACCESS_KEY_ID={akia}; export AWS_SECRET_ACCESS_KEY={v}",
        "aws keys {akia} {v}",
    ),
    # Azure
    _t(
        "np-azure-storage-connection",
        "np.azure.1",
        f"{_B64}{{86}}==",
        "AzureWebJobsStorage=DefaultEndpointsProtocol=https;AccountName={name};AccountKey={v};EndpointSuffix=core.windows.net",
        '"AZURE_STORAGE_CONNECTION_STRING": "DefaultEndpointsProtocol=https;AccountName={name};AccountKey={v};EndpointSuffix=core.windows.net"',
    ),
    _t(
        "np-azure-sas-connection",
        "np.azure.1b",
        f"{_B64}{{43}}=",
        "HostName={name}.azure-devices.net;SharedAccessKeyName=registryReadWrite;SharedAccessKey={v}",
        "Endpoint=sb://{name}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={v}",
    ),
    _t(
        "np-azure-app-config",
        "np.azure.2",
        "[a-zA-Z0-9+/]{36,50}=",
        "Endpoint=https://{name}.azconfig.io;Id=AbC1-l0-s0:{b62_20};Secret={v}",
    ),
    _t(
        "np-azure-devops-pat",
        "np.azure.3",
        "[a-z0-9]{52}",
        'var personalAccessToken = "{v}";',
        'ado_pat = "{v}"',
        "$token = '{v}'",
        'pat_token="{v}"',
    ),
    # Google
    _b("np-google-oauth-secret", "np.google.2", "GOCSPX-[a-zA-Z0-9_-]{28}"),
    _k(
        "np-google-client-secret",
        "np.google.3",
        _i("[a-z0-9_-]{24}"),
        "client_secret",
        "clientSecret",
        "GOOGLE_CLIENT_SECRET",
        "google_client_secret",
        "client-secret",
    ),
    _b("np-google-oauth-access", "np.google.4", "ya29\\.[0-9A-Za-z_-]{20,200}"),
    _b("np-google-api-key", "np.google.5", "AIza[0-9A-Za-z_-]{35}"),
    # Slack
    _b("np-slack-bot", "np.slack.2", "xoxb-[0-9]{10,12}-[0-9]{10,14}-[a-zA-Z0-9]{23,25}"),
    _b("np-slack-user", "np.slack.4", "xoxp-[0-9]{12}-[0-9]{12}-[0-9]{12}-[a-f0-9]{32}"),
    _b("np-slack-app", "np.slack.5", "xapp-[0-9]{12}-[a-zA-Z0-9/+]{24}"),
    _b("np-slack-legacy-bot", "np.slack.6", "xoxb-[0-9]{10,13}-[a-zA-Z0-9]{24}"),
    _b(
        "np-slack-webhook",
        "np.slack.3",
        "https://hooks\\.slack\\.com/services/T"
        + _i("[a-z0-9_]{8}")
        + "/B"
        + _i("[a-z0-9_]{8,12}")
        + "/"
        + _i("[a-z0-9_]{24}"),
    ),
    # HTTP authorization
    _t(
        "np-http-basic",
        "np.http.1",
        "[A-Za-z0-9+/]{6,60}={0,2}",
        "request headers: Authorization: Basic {v}",
        '{"headers": {"Authorization": "Basic {v}"}}',
        "authorization: basic {v}",
    ),
    _t(
        "np-http-bearer",
        "np.http.2",
        "[a-zA-Z0-9._~+/-]{6,80}=*",
        "request headers: Authorization: Bearer {v}",
        '{"headers": {"Authorization": "Bearer {v}"}}',
        "curl -H 'authorization: bearer {v}' https://api.internal/x",
    ),
    # AI providers and developer tools with prefixes
    _b("np-openai", "np.openai.1", "sk-[a-zA-Z0-9]{48}"),
    _b("np-anthropic", "np.anthropic.1", "sk-ant-api[0-9]{2}-[a-zA-Z0-9_-]{95}"),
    _b("np-groq", "np.groq.1", "gsk_[a-zA-Z0-9]{50,54}"),
    _b("np-jina", "np.jina.1", "jina_[a-zA-Z0-9]{60}"),
    _b("np-tavily", "np.tavily.1", "tvly-[a-zA-Z0-9]{32}"),
    _b("np-firecrawl", "np.firecrawl.1", "fc-[a-f0-9]{32}"),
    _b("np-pyx-user-v1", "np.pyx.1", "sk-pyx-[a-zA-Z0-9]{64}"),
    _b("np-pyx-user-v2", "np.pyx.2", "sk-pyx-2[a-zA-Z]{45}"),
    _b("np-pyx-publish-v1", "np.pyx.3", "tp-pyx-[a-zA-Z0-9]{64}"),
    _b("np-pyx-publish-v2", "np.pyx.4", "tp-pyx-2[a-zA-Z]{45}"),
    _k(
        "np-kagi",
        "np.kagi.1",
        "[a-zA-Z0-9_-]{11}\\.[a-zA-Z0-9_-]{43}",
        "KAGI_API_KEY",
        "kagi_token",
        "KAGI_KEY",
    ),
    _t(
        "np-kagi-url",
        "np.kagi.1b",
        "[a-zA-Z0-9_-]{11}\\.[a-zA-Z0-9_-]{43}",
        "GET https://kagi.com/search?token={v}&q=otel",
    ),
    # Shopify, Stripe
    _b("np-shopify-secret", "np.shopify.2", "shpss_[a-fA-F0-9]{32}"),
    _b("np-shopify-public-app", "np.shopify.3", "shpat_[a-fA-F0-9]{32}"),
    _b("np-shopify-custom-app", "np.shopify.4", "shpca_[a-fA-F0-9]{32}"),
    _b("np-shopify-private-app", "np.shopify.5", "shppa_[a-fA-F0-9]{32}"),
    _b("np-stripe-live", "np.stripe.1", _i("(?:sk|rk)_live_[a-z0-9]{24}")),
    _b("np-stripe-test", "np.stripe.2", _i("(?:sk|rk)_test_[a-z0-9]{24}")),
    # GitHub, GitLab, Sourcegraph
    _b("np-github-pat", "np.github.1", "ghp_[a-zA-Z0-9]{36}"),
    _b("np-github-oauth", "np.github.2", "gho_[a-zA-Z0-9]{36}"),
    _b("np-github-app", "np.github.3", "(?:ghu|ghs)_[a-zA-Z0-9]{36}"),
    _b("np-github-refresh", "np.github.4", "ghr_[a-zA-Z0-9]{76}"),
    _k(
        "np-github-secret",
        "np.github.6",
        _i("[a-z0-9]{40}"),
        "GITHUB_SECRET",
        "github_client_secret",
        "GITHUB_APP_KEY",
        "githubSecret",
        "github.secret",
        "GITHUB_API_KEY",
    ),
    _b("np-github-fine-grained", "np.github.7", "github_pat_[0-9a-zA-Z_]{82}"),
    _b("np-gitlab-runner-registration", "np.gitlab.1", "GR1348941[0-9a-zA-Z_-]{20}"),
    _b("np-gitlab-pat", "np.gitlab.2", "glpat-[0-9a-zA-Z_-]{20}"),
    _b("np-gitlab-trigger", "np.gitlab.3", "glptt-[0-9a-f]{40}"),
    _b(
        "np-sourcegraph",
        "np.sourcegraph.1",
        "sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|sgp_[a-fA-F0-9]{40}",
    ),
    # Other prefixed tokens
    _b("np-dockerhub-pat", "np.dockerhub.1", "dckr_pat_[a-zA-Z0-9_-]{27}"),
    _b("np-databricks", "np.databricks.1", "dapi[a-f0-9]{32}(?:-[0-9]{1,2})?"),
    _b("np-salesforce", "np.salesforce.1", "00[a-zA-Z0-9]{13}![a-zA-Z0-9._]{96}"),
    _b("np-dependency-track", "np.dtrack.1", "odt_[A-Za-z0-9]{32,64}"),
    _b("np-vault-service", "np.hashicorp.4", "hvs\\.[A-Za-z0-9]{24,100}"),
    _b("np-vault-batch", "np.hashicorp.5", "hvb\\.[A-Za-z0-9]{24,100}"),
    _b("np-vault-recovery", "np.hashicorp.6", "hvr\\.[A-Za-z0-9]{24,100}"),
    _b("np-k8s-bootstrap", "np.kubernetes.1", "[a-z0-9]{6}\\.[a-z0-9]{16}"),
    # Keyed values without a prefix
    _k(
        "np-vault-legacy-service",
        "np.hashicorp.1",
        "s\\.[A-Za-z0-9]{24,100}",
        "VAULT_TOKEN",
        "VAULT_CLIENT_TOKEN",
        "vault_token",
        "client_token",
    ),
    _k(
        "np-vault-legacy-batch",
        "np.hashicorp.2",
        "b\\.[A-Za-z0-9]{24,100}",
        "VAULT_TOKEN",
        "vault_token",
        "api_token",
    ),
    _k(
        "np-vault-legacy-recovery",
        "np.hashicorp.3",
        "r\\.[A-Za-z0-9]{24,100}",
        "VAULT_RECOVERY_TOKEN",
        "vault_token",
    ),
    _k(
        "np-twilio",
        "np.twilio.1",
        _i("sk[a-f0-9]{32}"),
        "TWILIO_API_KEY",
        "twilioApiKeySID",
        "twilio_api_key_sid",
        "TWILIO_API",
    ),
    _k(
        "np-figma",
        "np.figma.1",
        _i("[0-9a-f]{4}-" + _UUID),
        "FIGMA_TOKEN",
        "X-Figma-Token",
        "figma_access_token",
    ),
    _k(
        "np-jenkins",
        "np.jenkins.1",
        _i("[0-9a-f-]{32,36}"),
        "JENKINS_TOKEN",
        "jenkins_api_token",
        "jenkinsToken",
        "JENKINS_CRUMB",
    ),
    _t(
        "np-jenkins-crumb",
        "np.jenkins.1b",
        _i("[0-9a-f]{32}"),
        "curl -X POST https://ci.internal/job/build/build --user $U -H 'Jenkins-Crumb:{v}'",
    ),
    _k(
        "np-generic-secret",
        "np.generic.1",
        _i("[0-9a-z]{32,64}"),
        "CLIENT_SECRET",
        "app_secret",
        "secret_key",
        "SECRET",
        "webhookSecret",
        "signing_secret",
    ),
    _k(
        "np-generic-api-key",
        "np.generic.2",
        _i("[0-9a-z][0-9a-z._/+-]{30,62}[0-9a-z]"),
        "API_KEY",
        "apikey",
        "access_key",
        "AccessKey",
        "api_key",
        "x_apikey",
    ),
    # Passwords and connection strings
    _t(
        "np-mongodb-uri",
        "np.mongodb.1",
        "[a-zA-Z0-9%._~!$*+=-]{3,24}",
        'uri: "mongodb+srv://{u}:{v}@{name}.mongodb.net/?retryWrites=true"',
        "connecting to mongodb://{u}:{v}@mongo-0.internal:27017/orders",
    ),
    _t(
        "np-postgres-uri",
        "np.postgres.1",
        "[a-zA-Z0-9._~-]{3,24}",
        "DATABASE_URL=postgres://{u}:{v}@pg.internal:5432/orders",
        '"REDSHIFT": "postgresql://{u}:{v}@{name}.redshift.amazonaws.com:5439/lake?sslmode=require",',
    ),
    _t(
        "np-odbc",
        "np.odbc.1",
        "[A-Za-z0-9!#%*+=?^_~.-]{3,30}",
        "Server=sql1;Port=5432;User Id={u};Password={v};Database=shop;",
        "Provider=SQLNCLI;Server=db,1433;Database=x;Uid={u};Pwd={v};",
        "Data Source=10.0.0.5,1433;Initial Catalog=orders;User ID={u};Password={v};",
    ),
    _t(
        "np-generic-user-password-quoted",
        "np.generic.3",
        "[A-Za-z0-9!@#%^*_+=.-]{5,30}",
        "username = '{u}'\npassword = '{v}'",
        'user = "{u}"\n# db account\npass = "{v}"',
    ),
    _t(
        "np-generic-user-password-bare",
        "np.generic.4",
        "[A-Za-z0-9!@#%^*_+=.-]{5,30}",
        "user = {u}\npassword = {v}\n",
        "host=db port=3306 user={u} password={v} dbname=auth",
    ),
    _t(
        "np-generic-password-dq",
        "np.generic.5",
        "[A-Za-z0-9!^*_=;:?~][A-Za-z0-9!^*_=;:?~$<%@.,&#-]{4,24}",
        'password = "{v}"',
        '"AdminPassword" : "{v}"',
        'my_password := "{v}"',
        "'vm_password': \"{v}\",",
    ),
    _t(
        "np-generic-password-sq",
        "np.generic.6",
        "[A-Za-z0-9!^*_=;:?~][A-Za-z0-9!^*_=;:?~$<%@.,&#-]{4,24}",
        ":password       => '{v}',",
        "log_in({username: '{u}', password: '{v}'});",
    ),
    _t(
        "np-dotnet-network-credential",
        "np.generic.7",
        "[A-Za-z0-9!@#$%^*_+=.-]{3,30}",
        'sender.Credentials = new NetworkCredential("{u}@example.com", "{v}");',
    ),
    _t(
        "np-dotnet-directory-entry",
        "np.generic.8",
        "[A-Za-z0-9!@#$%^*_+=.-]{3,30}",
        'new DirectoryEntry("LDAP://10.10.10.1", "corp\\\\{u}", "{v}")',
    ),
    _t(
        "np-dotnet-config-value",
        "np.generic.9",
        "[A-Za-z0-9!@#$%^*_+=.-]{3,30}",
        '<add key="FromEmailPassword" value="{v}"/>',
        '<add key="ApiSecret" value="{v}" />',
        '<add key="ServiceToken" value="{v}"/>',
    ),
    _t(
        "np-dotnet-connection-string",
        "np.generic.10",
        "[A-Za-z0-9!#%*+=?^_~.-]{6,30}",
        '<add key="ConnectionString_Main" value="Server=db,1433;Database=B2B;User ID={u};Password={v};Trusted_Connection=False" />',
    ),
    _t(
        "np-password-is",
        "np.generic.11",
        "[A-Za-z0-9!%^*_=.-]{4,30}",
        "echo \"The password is '{v}'\"",
        'ensure the password is "{v}" and press On',
        "The default password is '{v}'",
    ),
    _t(
        "np-password-for-user",
        "np.generic.13",
        "[A-Za-z0-9!%^*_=.-]{4,30}",
        "2. Ensure the password for user '{u}' is '{v}' or change .env",
        'The default password for the user "{u}" is "{v}".',
    ),
    _t(
        "np-netrc",
        "np.netrc.1",
        "[A-Za-z0-9!@#$%^*_+=.-]{6,40}",
        "machine api.github.com login {u} password {v}",
        "machine raw.github.com\n  login {u}\n  password {v}\n",
    ),
    _t(
        "np-django-secret-key",
        "np.django.1",
        "django-insecure-[a-z0-9!@#$%^&*(=+)_-]{50}",
        "# SECURITY WARNING: keep the secret key used in production secret!\nSECRET_KEY = '{v}'\n",
    ),
    _t(
        "np-jwt-secret",
        "np.jwt.2",
        "[A-Za-z0-9!#%&*+=?@^_~.-]{6,40}",
        'jwt:\n  secret: "{v}"\n  ttl: 640000',
        "oauthproviders:\n  jwtsecret: '{v}'",
    ),
    _t(
        "np-psexec",
        "np.psexec.1",
        "[A-Za-z0-9!@#%^*_+=.-]{5,24}",
        "cmd.exe /C PSEXEC \\\\10.0.94.120 -u Administrator -p {v} CMD /C ECHO",
        "psexec \\\\host7 -u CORP\\{u} -p {v} -i -d calc.exe",
    ),
    # IoT and appliances (URLs, JSON bodies)
    _t(
        "np-blynk-device",
        "np.blynk.1",
        "[a-zA-Z0-9_-]{32}",
        'curl "https://fra1.blynk.cloud/external/api/get?token={v}&V1"',
    ),
    _t(
        "np-blynk-org-token",
        "np.blynk.2",
        "[a-zA-Z0-9_-]{40}",
        'curl https://fra1.blynk.cloud/api/organization/profile -H "Authorization: Bearer {v}"',
    ),
    _t(
        "np-blynk-client-secret",
        "np.blynk.6",
        "[a-zA-Z0-9_-]{40}",
        "curl -X POST https://fra1.blynk.cloud/oauth2/token?grant_type=client_credentials -u oa2-client-id_{b62_32}:{v}",
    ),
    _t(
        "np-thingsboard-token",
        "np.thingsboard.1",
        "[a-z0-9]{20}",
        "POST https://thingsboard.cloud/api/v1/{v}/telemetry",
    ),
    _t(
        "np-thingsboard-provision",
        "np.thingsboard.2",
        "[a-z0-9]{20}",
        '{"deviceName": "dev-7", "provisionDeviceKey": "{v}"}',
        '{"deviceName": "dev-7", "provisionDeviceSecret": "{v}"}',
    ),
    _t(
        "np-truenas",
        "np.truenas.1",
        "[0-9]{1,3}-[a-zA-Z0-9]{64}",
        '{"msg": "method", "method": "auth.login_with_api_key", "params": ["{v}"]}',
        'curl -H "Authorization: Bearer {v}" http://nas/api/v2.0/device/get_info',
    ),
    _t(
        "np-particle",
        "np.particleio.1",
        "[a-zA-Z0-9]{40}",
        'curl https://api.particle.io/v1/devices -H "Authorization: Bearer {v}"',
        'curl "https://api.particle.io/v1/devices/events?access_token={v}"',
    ),
    _b(
        "np-jwt",
        "np.jwt.1",
        "ey[a-zA-Z0-9_-]{12,40}\\.ey[a-zA-Z0-9_-]{12,80}\\.[a-zA-Z0-9_-]{12,60}",
    ),
)


def _fill(template: str, rng: random.Random) -> str:
    def pick(alphabet: str, n: int) -> str:
        return "".join(rng.choice(alphabet) for _ in range(n))

    b62 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return (
        template.replace(
            "{u}", rng.choice(["deploy", "app", "admin", "svc_reports", "jenkins", "postgres"])
        )
        .replace("{name}", rng.choice(["acme", "shop-prod", "d1biblob521", "orders-eu"]))
        .replace("{akia}", "AKIA" + pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))
        .replace("{b62_20}", pick(b62, 20))
        .replace("{b62_32}", pick(b62 + "_-", 32))
    )


def np_samples(seed: int = 41, per_family: int = 7) -> Iterator[tuple[NpFamily, Sample]]:
    """``per_family`` generated secrets of every family, each in one carrier (seeded)."""
    for fam in NP_FAMILIES:
        rng = random.Random(zlib.crc32(f"{seed}/{fam.id}".encode()))
        shim = Family(fam.id, f"noseyparker:{fam.rule}", fam.form, fam.pattern)
        for k in range(per_family):
            yield fam, carry(shim, fam, generate(fam.pattern, rng), k, rng, _fill)


def _keys(fam: NpFamily, sample: Sample) -> list[str]:
    return ["all", f"form/{fam.form}", f"context/{sample.context}", f"family/{fam.id}"]


def run(
    seed: int = 41, per_family: int = 7, redactor: Redactor | None = None
) -> dict[str, list[int]]:
    """Found/total per key: ``all``, ``form/<form>``, ``context/<carrier>``, ``family/<id>``."""
    return tally(np_samples(seed, per_family), redactor or Redactor(), _keys)


def main() -> None:
    parser = round_parser(__doc__, 41)
    add_no_old(parser)
    args = parser.parse_args()
    redactor = Redactor()
    found = run(args.seed, args.per_family, redactor)
    n, total = found["all"]
    print(
        f"Nosey Parker formats: {len(NP_FAMILIES)} families, {n}/{total} = {n / total:.2%} (seed {args.seed})"
    )
    print_found(found, 40)
    if not args.no_old:
        print_existing_corpus(redactor, held=True)


if __name__ == "__main__":
    main()
