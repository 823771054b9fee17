"""Innocent lookalikes for the round-47 held-out measure (issue #17).

Each kind imitates a shape the round-47 families have (a provider's name shortly before a
token, a request line with the token in a query, a header, a path or ``curl -u``, a webhook
URL) and is not a secret, written from the non-secret values the picked providers' public docs
and tools show: Zapier zap ids and the catch path without its hook, Hive workspace ids, IBM
Cloud CRNs and region names, Nasdaq tickers and dataset codes, LINE channel ids, Raven Tools
profile names, Rockset workspaces and collections, Blocknative gas estimates, Daily room URLs,
Debounce verdicts, Magnetic job numbers, Manifest.ly checklist ids, Mixpanel project ids and
distinct ids, Toggl workspace and project ids, Adobe Stock file ids, Alconost order ids, Apollo
contact ids, Artifactory repository paths and JFrog hosts, Azure Function app URLs without their
``code`` and subscription ids, SparkPost transmission ids; request lines whose key is a variable
or the docs' own placeholder (``YOUR_API_KEY``, ``<token>``, ``{API_KEY}``), settings that name
no key, and the everyday and engineering senses of the names that are words (Apache Hive, a
line, a raven, a daily job, a debounce interval, a magnetic field, a container manifest, the
Apollo GraphQL client).
``python -m tests.unit.redact.heldout_round47`` prints how many are touched; a test holds them
at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-47 keyword-near-token families
PROVIDERS = (
    "hive ibm nasdaq line raven restpack rockset blocknative getemail getemails daily debounce m3o magnetic "
    "manifest mixpanel toggl adobe alconost apollo artifactory azure sparkpost"
).split()


def lookalikes(seed: int = 251, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62 = draw.word, draw.hexs, draw.digits, draw.b62

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-numbers": draw.provider_numbers,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "request-lines": lambda: rng.choice(
            [
                "GET https://app.hive.com/api/v1/testcredentials?user_id=YOUR_USER_ID&api_key=YOUR_API_KEY",
                "POST https://iam.cloud.ibm.com/identity/token apikey=$IBMCLOUD_API_KEY&grant_type=urn:ibm:params:oauth:grant-type:apikey",
                "GET https://data.nasdaq.com/api/v3/datasets/FRED/GDP.csv?api_key=YOURAPIKEY",
                "GET https://api.line.me/v2/bot/info Authorization: Bearer {channel access token} 401",
                "GET https://api.raventools.com/api?key=YOUR_KEY&method=profile_info&format=json",
                "GET https://restpack.io/api/screenshot/usage?access_token=<your-access-token>",
                "GET https://api.rs2.usw2.rockset.com/v1/orgs/self/queries Authorization: ApiKey $ROCKSET_APIKEY 401",
                "GET https://api.blocknative.com/gasprices/blockprices Authorization: <API_KEY> 401",
                "GET https://api.daily.co/v1/rooms Authorization: Bearer $DAILY_API_KEY 401",
                "GET https://api.debounce.io/v1/?api=API_KEY&email=test@example.com",
                "GET https://api.manifest.ly/api/v1/checklists/?api_key={API_KEY}",
                "curl -u $MIXPANEL_SA_USER:$MIXPANEL_SA_SECRET https://mixpanel.com/api/app/me",
                "curl -u $TOGGL_API_TOKEN:api_token https://api.track.toggl.com/api/v9/me",
                "GET https://stock.adobe.io/Rest/Media/1/Search/Files x-api-key: ${ADOBE_API_KEY} x-product: MySampleApp/1.0",
                "GET https://api.apollo.io/v1/account_stages?api_key=YOUR_API_KEY_HERE",
                "GET https://acme.jfrog.io/artifactory/api/storageinfo X-JFrog-Art-Api: $ARTIFACTORY_API_KEY 401",
                "GET https://acme-orders.azurewebsites.net/api/HttpTrigger1?code=<function-key>",
                "GET https://api.sparkpost.com/api/v1/account Authorization: {{SPARKPOST_API_KEY}} 401",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"zapier zap {digits(9)} turned on, trigger hooks.zapier.com/hooks/catch/ registered",
                f"hive workspace {b62(17)} project {word()} archived",
                f"ibm crn:v1:bluemix:public:cloud-object-storage:global:a/{hexs(32)}:{draw.uuid()}:: provisioned",
                f"nasdaq dataset WIKI/{rng.choice(['AAPL', 'MSFT', 'NVDA', 'TSLA'])} close {rng.randint(100, 900)}.{digits(2)}",
                f"line channel id {digits(10)} webhook https://{word()}.acme.io/line/callback verified",
                f"raven profile {word()}-{word()} rank report {digits(6)} ready",
                f"rockset workspace commons collection {word()}_{word()} ingest {rng.randint(1, 900)} docs/s",
                f"blocknative gas estimate {rng.randint(10, 90)} gwei confidence {rng.randint(70, 99)}% block {digits(8)}",
                f"daily room https://acme.daily.co/{word()}-{word()} expires in {rng.randint(1, 60)} min",
                f"debounce verdict for {word()}@{word()}.io: safe_to_send (code {rng.randint(1, 8)})",
                f"magnetic job {digits(6)} timesheet approved",
                f"manifest checklist {digits(7)} run {digits(6)} completed",
                f"mixpanel project {digits(7)} distinct_id {draw.uuid()} merged",
                f"toggl workspace {digits(7)} project {digits(9)} entry {digits(10)} stopped",
                f"adobe stock file {digits(9)} licensed for {word()}",
                f"alconost order {digits(7)} translated to de, fr",
                f"apollo contact {hexs(24)} added to sequence {hexs(24)}",
                f"artifactory libs-release/com/acme/{word()}/1.{rng.randint(0, 20)}.{rng.randint(0, 9)}/{word()}-1.{rng.randint(0, 20)}.jar deployed",
                f"azure subscription {draw.uuid()} resource group rg-{word()}-{rng.randint(1, 9)} ready",
                f"sparkpost transmission {digits(17)} accepted {rng.randint(1, 500)} recipients",
            ]
        ),
        "configs": lambda: rng.choice(
            [
                f"ARTIFACTORY_URL=https://{word()}.jfrog.io/artifactory ARTIFACTORY_USER=ci-{word()}",
                f"AZURE_FUNCTIONAPP_NAME={word()}-func AZURE_REGION=westeurope",
                f"MIXPANEL_PROJECT_ID={digits(7)} MIXPANEL_REGION=eu",
                f"TOGGL_WORKSPACE_ID={digits(7)} TOGGL_TIMEZONE=Europe/Berlin",
                f"ROCKSET_REGION=usw2a1 ROCKSET_WORKSPACE={word()}",
                f"IBMCLOUD_REGION=eu-de IBMCLOUD_RESOURCE_GROUP={word()}",
                f"LINE_CHANNEL_ID={digits(10)} LINE_WEBHOOK_PATH=/line/callback",
                f"HIVE_METASTORE_URIS=thrift://{word()}.internal:9083",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"hive query {draw.uuid()} on table {word()}_{word()} finished ({rng.randint(2, 9000)} rows)",
                f"jdbc:hive2://{word()}.internal:10000/default;transportMode=binary",
                f"line {rng.randint(1, 900)}: unexpected token in {word()}.yaml",
                f"daily backup of {word()} done in {rng.randint(1, 300)}s",
                f"debounce interval {rng.randint(50, 900)}ms for {word()} events",
                f"magnetic declination {rng.randint(0, 20)}.{digits(1)} deg at station {word()}",
                f"manifest sha256:{hexs(64)} pushed to registry.acme.io/{word()}",
                f"apollo client cache miss for query {word().capitalize()}{word().capitalize()}",
                f"raven nest count {rng.randint(1, 40)} in survey area {digits(3)}",
            ]
        ),
        "short-values": draw.provider_short_values,
        "cli-variables": lambda: rng.choice(
            [
                f"curl -H 'x-api-key: ${draw.prov().upper()}_API_KEY' https://api.{draw.prov()}.com/v1/me",
                "ibmcloud login --apikey @~/.bluemix/apikey.json -r eu-de",
                "jf config add acme --url=https://acme.jfrog.io --access-token=$JF_ACCESS_TOKEN",
                "func azure functionapp publish acme-orders",
                "az functionapp keys list -g rg-orders -n acme-orders",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
