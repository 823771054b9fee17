"""Innocent lookalikes for the round-17 held-out measure (issue #17).

Each kind imitates a shape the round-17 families have and is not a secret, written from the
formats (what a provider's ids, hashes and URLs look like), not from our rules: AI21, Cohere,
Anthropic and Azure OpenAI request, message and deployment ids; Asana's 16-digit object ids,
Alibaba and ClickHouse key ids and request ids; commit SHAs and build numbers near CircleCI and
Code Climate, Clarifai's 32-hex model version ids; Cloudinary delivery URLs and a URL template;
Auth0 and Notification Hub settings read from the environment; database connect calls whose
credentials are variables or placeholders; Django settings that read the key from the
environment; EasyPost shipment ids and test tracking codes, Databricks workspace hosts and
cluster ids, Doppler config names, Contentful space and entry ids; and the round's prefixes
followed by a word.  ``python -m tests.unit.redact.heldout_round17`` prints how many are touched;
a test holds them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-17 families a word near a value wakes
PROVIDERS = (
    "ai21 aiven alibaba apollo asana baremetrics calendly circleci clarifai cohere contentful eraser "
    "auth0 cloudinary doppler dropbox easypost databricks anthropic codeclimate"
).split()


def lookalikes(seed: int = 89, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    def lower36(n: int) -> str:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))

    def upper36(n: int) -> str:
        return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "ai-request-ids": lambda: rng.choice(
            [
                f"ai21 completion {uuid()} took {rng.randint(100, 9000)}ms",
                f"cohere generation_id={uuid()} model=command-r-plus-08-2024 tokens={rng.randint(10, 4000)}",
                f"anthropic message msg_01{b62(22)} stop_reason=end_turn",
                f"anthropic request-id: req_01{b62(22)} status 529 overloaded",
                f"azure openai deployment gpt-4o-{word()} apim-request-id: {uuid()}",
                f"clarifai model general-image-recognition version {hexs(32)} predicted {rng.randint(1, 50)} concepts",
            ]
        ),
        "provider-object-ids": lambda: rng.choice(
            [
                f"asana task {digits(16)} moved to section {digits(16)}",
                f"alibaba RequestId: {uuid().upper()} HostId: ecs.aliyuncs.com",
                f"clickhouse service {uuid()} in org {uuid()} is idle",
                f"aiven service pg-{hexs(8)} project {word()}-prod state RUNNING",
                f"baremetrics customer cus_{b62(14)} plan {word()} mrr {rng.randint(10, 900)}",
                f"calendly event https://api.calendly.com/scheduled_events/{uuid()} canceled",
                f"apollo graph {word()}-graph@current published schema {hexs(64)}",
                f"eraser diagram {b62(20)} exported as png",
            ]
        ),
        "ci-ids": lambda: rng.choice(
            [
                f"circleci workflow {uuid()} job build-{rng.randint(1, 9999)} for commit {hexs(40)}",
                f"circleci pipeline #{rng.randint(1, 99999)} on main sha {hexs(40)} passed",
                f"codeclimate test-reporter after-build --exit-code 0 commit {hexs(40)}",
                "CC_TEST_REPORTER_ID: ${{ secrets.CC_TEST_REPORTER_ID }}",
                f"dependency-track project {uuid()} bom processed, {rng.randint(1, 400)} components",
            ]
        ),
        "provider-urls": lambda: rng.choice(
            [
                f"https://res.cloudinary.com/{word()}-media/image/upload/v{digits(10)}/{word()}.jpg",
                "CLOUDINARY_URL=cloudinary://<your_api_key>:<your_api_secret>@<cloud_name>",
                f"databricks workspace https://adb-{digits(16)}.{rng.randint(1, 19)}.azuredatabricks.net cluster {digits(4)}-{digits(6)}-{lower36(8)}",
                f"easypost shipment shp_{hexs(32)} tracking EZ{digits(10)} delivered",
                f"contentful space {lower36(12)} entry {b62(22)} published",
                f"dropbox file id:{b62(22)} rev {hexs(9)} synced",
                f"doppler config dev_{word()} in project {word()}-api synced",
            ]
        ),
        "env-settings": lambda: rng.choice(
            [
                "AUTH0_DOMAIN=acme.eu.auth0.com\nAUTH0_CLIENT_ID=${AUTH0_CLIENT_ID}\nAUTH0_CLIENT_SECRET=${AUTH0_CLIENT_SECRET}",
                '"hubAccessKey": "<INSERT_KEY>"',
                "hubAccessKey = process.env.HUB_ACCESS_KEY;",
                "Endpoint=sb://acme-ns.servicebus.windows.net/;SharedAccessKeyName=DefaultListenSharedAccessSignature",
                "azure_openai_api_key=${AZURE_OPENAI_API_KEY}",
                "# SECURITY WARNING: keep the secret key used in production secret!\nSECRET_KEY = os.environ['DJANGO_SECRET_KEY']",
                "# SECURITY WARNING: keep the secret key used in production secret!\nSECRET_KEY = env('SECRET_KEY')",
            ]
        ),
        "connect-calls": lambda: rng.choice(
            [
                "$link = mysql_connect($host, $user, $pass);",
                "$conn = mysqli_connect($db_host, $db_user, $db_pass, $db_name);",
                'pg_connect("host=$pghost user=$pguser password=$pgpass")',
                'conn = psycopg2.connect(os.environ["DATABASE_URL"])',
                "conn = mysql.connector.connect(**config)",
                'conn = psycopg2.connect(password=os.getenv("DB_PASSWORD"), host="db")',
                "my $dbh = DBI->connect($dsn, $user, $pass);",
                'dbh = DBI.connect(ENV["DATABASE_URL"])',
                "var conn = new SqlConnection(connectionString);",
                'new SqlConnection(ConfigurationManager.ConnectionStrings["db"].ConnectionString)',
                f"mysql_connect(): connection to {word()}.internal refused after {rng.randint(1, 30)}s",
            ]
        ),
        "prefix-words": lambda: rng.choice(
            [
                "dp.ct. and dp.st. tokens are issued by doppler login and doppler configs tokens",
                f"sl. tokens expire after {rng.randint(1, 4)} hours; refresh with the offline token",
                "CFPAT- tokens are personal; use a CDA token in the browser",
                f"odt_ keys belong to team {word()}",
                f"dnkey- values live in the vault for {word()}",
                "ATBB app passwords are being replaced by API tokens",
                "EZTK test keys and EZAK production keys are set per environment",
                f"key_ids: {rng.randint(1, 99)}, key_name: {word()}",
                f"cio prefix (crates.io) token for {word()} revoked",
                f"dapi tokens are rotated every {rng.randint(1, 90)} days",
            ]
        ),
        "settings": lambda: rng.choice(
            [
                f"{draw.prov()}_timeout = {rng.randint(1, 120)}s",
                f"{draw.prov()}.region: {word()}-{rng.randint(1, 9)}",
                f"{draw.prov()}_api_key = ${{{draw.prov().upper()}_API_KEY}}",
                f"{draw.prov()} client {rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)} loaded",
                f"{draw.prov()} request {upper36(16)} throttled",
            ]
        ),
    }
    kinds = sorted(makers)
    return [(kind, makers[kind]()) for kind in (kinds[i % len(kinds)] for i in range(count))]
