"""Innocent lookalikes for the round-51 held-out measure (issue #17).

Each kind imitates a shape the round-51 families have (a provider's name and an assignment shortly
before a token, a request line with the token in a header, a query or ``curl -u``, a prefixed
token's prefix, a short code of two groups, a quoted credential-named key) and is not a secret,
written from the non-secret values the picked providers' public docs and tools show and from the
values rule 3 left out (public or identifying): Adafruit feed keys, Algolia application ids and
index names, Alibaba access key ids and regions, Atlassian site names and issue keys, Beamer
product ids, Bitbucket workspace and repository slugs and consumer keys, Bittrex market names and
order ids, Code Climate repository ids, Coinbase account ids, Confluent cluster ids and API keys,
Discord client ids, Dropbox shared links, Etsy shop and listing ids, Facebook app ids, Fastly
service ids, Figma file keys, Finicity partner ids, AWS account ids and access key ids, age
recipients, Firebase database hosts, GitHub's published SSH host key fingerprint; request lines
whose credential is a variable or the docs' own placeholder; prefixes named in prose; order and
ticket references of two groups; the credential-exposure names with values that are not secrets.
``python -m tests.unit.redact.heldout_round51`` prints how many are touched; a test holds them
at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-51 keyword-near-token families
PROVIDERS = (
    "adafruit algolia alibaba atlassian beamer bitbucket bittrex codeclimate coinbase confluent discord dropbox "
    "etsy facebook fastly figma finicity"
).split()


def lookalikes(seed: int = 271, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62 = draw.word, draw.hexs, draw.digits, draw.b62

    def code(n: int) -> str:
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-numbers": draw.provider_numbers,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "request-lines": lambda: rng.choice(
            [
                "curl -H 'X-AIO-Key: $AIO_KEY' https://io.adafruit.com/api/v2/acme/feeds",
                "curl -H 'X-Algolia-API-Key: ${ALGOLIA_API_KEY}' -H 'X-Algolia-Application-Id: 4HZ8Q2LJ7P' https://4HZ8Q2LJ7P-dsn.algolia.net/1/indexes",
                "aliyun configure set --access-key-id $ALIBABA_KEY_ID --access-key-secret $ALIBABA_KEY_SECRET --region cn-hangzhou",
                "curl -u ops@acmeledger.io:$ATLASSIAN_API_TOKEN https://acmeledger.atlassian.net/rest/api/3/myself",
                "curl -H 'Beamer-Api-Key: <your-api-key>' https://api.getbeamer.com/v0/posts",
                "curl -X POST -u \"$BITBUCKET_KEY:$BITBUCKET_SECRET\" https://bitbucket.org/site/oauth2/access_token -d grant_type=client_credentials",
                "curl -H 'Authorization: Bearer {{coinbase_token}}' https://api.coinbase.com/v2/user",
                "confluent api-key store $CONFLUENT_API_KEY $CONFLUENT_API_SECRET --resource lkc-7q2xv9",
                "curl -H 'Fastly-Key: YOUR_FASTLY_TOKEN' https://api.fastly.com/current_user",
                "curl -H 'X-Figma-Token: <personal access token>' https://api.figma.com/v1/me",
                "curl -H 'x-api-key: ${ETSY_KEYSTRING}' https://openapi.etsy.com/v3/application/openapi-ping",
                "GET https://graph.facebook.com/oauth/access_token?client_id={app-id}&client_secret={app-secret}&grant_type=client_credentials",
                "cargo publish --token $CARGO_REGISTRY_TOKEN",
                "echo $DOCKERHUB_TOKEN | docker login -u acmeledger --password-stdin",
                "doctl auth init --context ci --access-token $DIGITALOCEAN_ACCESS_TOKEN",
                "curl -H 'Authorization: Bearer $DATABRICKS_TOKEN' https://adb-4829103746581920.7.azuredatabricks.net/api/2.0/clusters/list",
                "curl -H 'Authorization: Bearer FLWSECK_TEST-XXXXXXXXXXXXXXXX-X' https://api.flutterwave.com/v3/transactions",
                "aws configure set aws_session_token \"$AWS_SESSION_TOKEN\" --profile ci",
                "git clone https://x-access-token:${GITHUB_TOKEN}@github.com/acme/web.git",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"adafruit feed acme.{word()}-temp updated, value {rng.randint(10, 40)}.{digits(1)}",
                f"algolia index acme_{word()} rebuilt, objectID {digits(9)}",
                f"alibaba region cn-hangzhou instance i-bp{b62(18).lower()} running",
                f"atlassian issue ACME-{rng.randint(10, 9999)} moved to Done",
                f"beamer product_id {b62(10)} post {digits(6)} published",
                f"bitbucket pipeline #{rng.randint(10, 9000)} for acmeledger/{word()} passed",
                f"bittrex order {draw.uuid()} filled on BTC-USD",
                f"codeclimate repo {hexs(24)} maintainability A",
                f"coinbase account {draw.uuid()} balance {rng.randint(1, 900)}.{digits(2)} USD",
                f"confluent cluster lkc-{b62(6).lower()} topic acme.{word()} created",
                f"discord client id {digits(19)} redirect https://acmeledger.io/callback",
                f"dropbox shared link https://www.dropbox.com/scl/fi/{b62(21).lower()}/{word()}.pdf?dl=0",
                f"etsy shop {digits(8)} listing {digits(10)} renewed",
                f"facebook app id {digits(15)} page {digits(15)} connected",
                f"fastly service {b62(22)} version {rng.randint(2, 90)} activated",
                f"figma file https://www.figma.com/file/{b62(22)}/{word()} updated",
                f"finicity partner {digits(13)} customer {digits(10)} added",
            ]
        ),
        "public-values": lambda: rng.choice(
            [
                f"age -r age1{''.join(rng.choice('qpzry9x8gf2tvdw0s3jn54khce6mua7l') for _ in range(58))} -o {word()}.age {word()}.txt",
                f"aws_account_id = \"{digits(12)}\"",
                f"AWS_ACCOUNT_ID: {digits(4)}-{digits(4)}-{digits(4)}",
                f"asana client id {digits(16)} registered",
                f"https://acme-{word()}.firebaseio.com/orders.json read",
                f"authDomain: 'acme-{word()}.firebaseapp.com'",
                "github.com ssh host key SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s (RSA)",
                f"bitbucket consumer key {b62(18)} for acmeledger/{word()}",
                f"confluent api key {code(16)} owner sa-{b62(6).lower()}",
            ]
        ),
        "prefix-lookalikes": lambda: rng.choice(
            [
                "Adobe client secrets start with p8e-",
                "CLOJARS_ deploy tokens replace passwords since 2022",
                "crates.io tokens begin with cio followed by 32 characters",
                "databricks tokens look like dapi followed by 32 hex digits",
                "export DOCKERHUB_TOKEN=dckr_pat_<your token>",
                "DOPPLER_TOKEN=dp.audit.xxxx for the audit export",
                "dp.scim.*** token revoked by admin",
                "DIGITALOCEAN_ACCESS_TOKEN=dop_v1_xxxxxxxxxxxxxxxx",
                "duffel_test_ keys never book real flights",
                "EZAK production keys, EZTK test keys",
                "FLWSECK_TEST-XXXXXXXX is the sandbox placeholder",
                "fio-u- user tokens expire after 12 hours",
                "ghs_ installation tokens expire after an hour",
                "sl.xxxxx short-lived tokens, refresh with the refresh token",
            ]
        ),
        "two-group-codes": lambda: rng.choice(
            [
                f"order ref {code(4)}-{digits(4)} shipped",
                f"ticket {word()}-{rng.randint(1000, 9999)} closed",
                f"date {rng.randint(2019, 2026)}-{rng.randint(1, 12):02d} report ready",
                f"build {digits(4)}-{hexs(4)} of acme/{word()}",
                f"plate {code(2)}{digits(2)}-{code(3)} registered",
                f"coupon {word()[:4]}-{digits(4)} applied",
            ]
        ),
        "credential-named-keys": lambda: rng.choice(
            [
                '"travis_pull_request": "false"',
                "ANSIBLE_VAULT_PASSWORD_FILE='~/.vault_pass'",
                f"amazon_bucket_name: 'acme-{word()}'",
                '"alicloud_access_key": ""',
                'spotify_api_client_secret: "${SPOTIFY_SECRET}"',
                f"set SONATYPE_TOKEN_USER=\"acme-{word()}\"",
                "signing_key_secret: 'changeme'",
                f"wpt_db_user: '{word()}'",
                "yt_client_secret = '<from console>'",
                f"stripe_public = '{word()}'",
            ]
        ),
        "configs": lambda: rng.choice(
            [
                f"ALGOLIA_APP_ID=4HZ8Q2LJ7P ALGOLIA_INDEX=acme_{word()}",
                "ATLASSIAN_SITE=acmeledger.atlassian.net JIRA_PROJECT=ACME",
                f"CONFLUENT_CLUSTER_ID=lkc-{b62(6).lower()} CONFLUENT_ENV=env-{b62(5).lower()}",
                f"FACEBOOK_APP_ID={digits(15)} FACEBOOK_GRAPH_VERSION=v19.0",
                f"FASTLY_SERVICE_ID={b62(22)}",
                f"FIGMA_FILE_URL=https://www.figma.com/file/{b62(22)}/{word()}",
                f"ETSY_SHOP_ID={digits(8)}",
                f"AWS_REGION=eu-west-1 AWS_PROFILE=acme-{word()}",
            ]
        ),
        "short-values": draw.provider_short_values,
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
