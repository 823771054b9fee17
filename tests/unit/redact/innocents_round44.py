"""Innocent lookalikes for the round-44 held-out measure (issue #17).

Each kind imitates a shape the round-44 families have (a provider's name shortly before a
token, a request line with the token in a query, a header, a path or ``curl -u``, a PEM key in
JSON, a prefix) and is not a secret, written from the non-secret values the picked providers'
public docs and tools show: Cloudsmith package slugs and repository names, Cloze person ids,
Coda doc and table ids (``d``, ``grid-``), Code Climate repository ids (24 hex, public in badge
URLs), CoinAPI asset ids and exchange symbols, Coinbase CDP key names (``organizations/<uuid>/
apiKeys/<uuid>``, the public half of its pair), Column entity and bank account ids (``enti_``,
``bacc_``), Chec's merchant ids (not its ``pk_`` key: round 42's checio family measures that
shape as a secret), CompanyHub
subdomains, Confluent cluster, environment and API key ids (``lkc-``, ``env-``, the 16-character
key that pairs with a secret), Contentful space ids and delivery hosts, Copper user e-mails,
Crowdin project ids, CryptoCompare coin symbols, currency codes and rates of the currency
providers, Vercel project and deployment ids (``prj_``, ``dpl_``) and team slugs, e-mail
addresses that a verifier checks; request lines whose key is a variable or the docs' own
placeholder (``YOUR_API_KEY``, ``<token>``, ``{API_KEY}``), settings that name no key, and
the everyday senses of the names that are words (a column, copper, commodities, a coda, a
verifier).
``python -m tests.unit.redact.heldout_round44`` prints how many are touched; a test holds them
at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-44 keyword-near-token families
PROVIDERS = (
    "cloudplan cloudsmith cloverly cloze clustdoc coda codeclimate codequiry coinapi coinlayer coinlib collect2 "
    "column commercejs commodities companyhub confluent conversiontools convertapi convier copper countrylayer "
    "craftmypdf crowdin cryptocompare currencyfreaks currencylayer currencyscoop currentsapi customerguru vercel "
    "verifier"
).split()


def lookalikes(seed: int = 233, count: int = 600) -> list[tuple[str, str]]:
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
                "GET https://api.cloudplan.biz/api/user/me session_id: $CLOUDPLAN_SESSION 401",
                "GET https://api.cloudsmith.io/v1/user/self/ X-Api-Key: <your-api-key> 401",
                "GET https://api.cloze.com/v1/profile?user=YOUR_EMAIL&api_key=YOUR_API_KEY",
                "GET https://coda.io/apis/v1/whoami Authorization: Bearer ${CODA_API_TOKEN}",
                "GET https://api.codeclimate.com/v1/user Authorization: Token token={CC_TOKEN} 401",
                "GET https://rest.coinapi.io/v1/exchanges X-CoinAPI-Key: {{coinapi_key}} 401",
                "GET https://api.coinlayer.com/api/live?access_key=YOUR_ACCESS_KEY",
                "GET https://coinlib.io/api/v1/global?key=YOUR_KEY&pref=EUR",
                "curl -u $COLUMN_API_KEY: https://api.column.com/entities",
                "GET https://api.chec.io/v1/categories X-Authorization: <your secret key> 401",
                "GET https://commodities-api.com/api/latest?access_key=API_KEY&base=USD",
                "curl -u $CONFLUENT_CLOUD_API_KEY:$CONFLUENT_CLOUD_API_SECRET https://api.confluent.cloud/org/v2/environments",
                "GET https://v2.convertapi.com/user?Secret=your-api-secret",
                "GET https://api.countrylayer.com/v2/all?access_key=YOUR_ACCESS_KEY",
                "GET https://api.crowdin.com/api/v2/storages Authorization: Bearer $CROWDIN_PERSONAL_TOKEN 401",
                "GET https://min-api.cryptocompare.com/data/price?fsym=BTC&tsyms=USD,EUR&api_key={your_api_key}",
                "GET https://api.currencyfreaks.com/latest?apikey=YOUR_APIKEY&symbols=EUR,GBP",
                "GET https://api.vercel.com/www/user Authorization: Bearer $VERCEL_TOKEN 401",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"cloudsmith package {word()}-{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)} pushed to {word()}/stable",
                f"cloze person {digits(9)} moved to stage {word()}",
                f"coda doc d{b62(10)} table grid-{b62(10)} synced",
                f"codeclimate repo {hexs(24)} maintainability A",
                f"coinapi asset BTC exchange {rng.choice(['BINANCE', 'KRAKEN', 'COINBASE'])}_SPOT_BTC_USD quote {rng.randint(20000, 90000)}",
                f"column entity enti_{b62(27)} bank account bacc_{b62(27)} opened",
                f"commercejs merchant {digits(5)} storefront {word()} published",
                f"confluent cluster lkc-{b62(5).lower()} environment env-{b62(5).lower()} ready",
                f"confluent api key {b62(16).upper()} created for service account sa-{b62(6).lower()}",
                f"contentful space {b62(12).lower()} environment master published",
                f"crowdin project {digits(6)} branch main {rng.randint(1, 100)}% translated",
                f"cryptocompare BTC/USD {rng.randint(20000, 90000)}.{digits(2)} volume {digits(7)}",
                f"currencylayer USDEUR {rng.random():.6f} USDGBP {rng.random():.6f}",
                f"vercel project prj_{b62(28)} deployment dpl_{b62(28)} ready",
                f"verifier checked {word()}@{word()}.io: deliverable",
                f"coinbase key name organizations/{draw.uuid()}/apiKeys/{draw.uuid()} rotated",
            ]
        ),
        "configs": lambda: rng.choice(
            [
                f"CONFLUENT_CLUSTER_ID=lkc-{b62(5).lower()} CONFLUENT_ENV=env-{b62(5).lower()}",
                f"COMPANYHUB_SUBDOMAIN={word()} COMPANYHUB_REGION=eu",
                f"COPPER_USER_EMAIL=ops@{word()}.io COPPER_APPLICATION=developer_api",
                f"VERCEL_ORG_ID=team_{b62(24)} VERCEL_PROJECT_ID=prj_{b62(28)}",
                f"CONTENTFUL_SPACE_ID={b62(12).lower()} CONTENTFUL_HOST=cdn.contentful.com",
                f"CROWDIN_PROJECT_ID={digits(6)} CROWDIN_BASE_URL=https://{word()}.api.crowdin.com",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"column {word()}_id added to table {word()} ({rng.randint(2, 400)} rows)",
                f"copper prices up {rng.randint(1, 9)}.{rng.randint(0, 9)}% in commodities report {digits(4)}",
                f"coda of release {rng.randint(1, 9)}.{rng.randint(0, 30)}: {word()} removed",
                f"verifier: signature of {word()}.tar.gz ok",
                f"pkce code_verifier length {rng.randint(43, 128)} accepted",
            ]
        ),
        "short-values": draw.provider_short_values,
        "cli-variables": lambda: rng.choice(
            [
                f"curl -H 'x-api-key: ${draw.prov().upper()}_API_KEY' https://api.{draw.prov()}.com/v1/me",
                "vercel login",
                "vercel env pull .env.local --token $VERCEL_TOKEN",
                "confluent login --save",
                "crowdin upload sources --token $CROWDIN_PERSONAL_TOKEN",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
