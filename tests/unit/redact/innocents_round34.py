"""Innocent lookalikes for the round-34 held-out measure (issue #17).

Each kind imitates a shape the round-34 families have (a provider's name shortly before a
token, a request line with the token in a query, a header or ``curl -u``, a prefix, a config
of a provider's own) and is not a secret, written from the non-secret values the picked
providers' public docs and tools show: PlanetScale database and branch names, LeanKit board
and card ids, Plivo message UUIDs, Podio item ids, Poloniex order numbers and currency pairs,
Polygon tickers and aggregate bars, Portainer endpoint and stack ids, Postgres server versions
and connection lines without a password, Postman collection UIDs, Postmark message ids (a
UUID, not a token) and streams, Prefect flow-run names, Pulumi stack names, PyPI package
versions and file hashes, Pusher channel and event names, Adzuna job ids, Airship channel
ids, Airtable base, table and record ids (``app``, ``tbl``, ``rec`` and 14 characters);
request lines whose key is a variable or the docs' own placeholder (``YOUR_API_KEY``,
``<token>``, ``{API_KEY}``), PEM public keys and certificates (not private keys), settings
that name no key, and the everyday senses of the names that are words (privacy, protocols,
a prospect, a polygon, aha, an airship).  ``python -m tests.unit.redact.heldout_round34``
prints how many are touched; a test holds them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-34 keyword-near-token families
PROVIDERS = (
    "planview planyo plivo podio pollsapi poloniex polygon portainer postbacks postgres postmark powrbot "
    "privacy prodpad prospectcrm protocols proxycrawl purestake pushbullet pusher abyssale adzuna "
    "aeroworkflow aha airship airtable"
).split()

# the providers whose keys are longer than 16 characters: 16 hex after the others is their key's shape
_LONG_KEYED = tuple(PROVIDERS)


def lookalikes(seed: int = 179, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62 = draw.word, draw.hexs, draw.digits, draw.b62
    upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

    def caps(n: int) -> str:
        return "".join(rng.choice(upper) for _ in range(n))

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-numbers": draw.provider_numbers,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "request-lines": lambda: rng.choice(
            [
                "GET https://api.planetscale.com/v1/organizations Authorization: $PLANETSCALE_SERVICE_TOKEN_ID:$PLANETSCALE_SERVICE_TOKEN 401",
                "GET https://www.planyo.com/rest/?method=get_site_info&api_key=YOUR_API_KEY 401",
                "curl -u $PLIVO_AUTH_ID:$PLIVO_AUTH_TOKEN https://api.plivo.com/v1/Account/$PLIVO_AUTH_ID/Number/",
                "GET https://api.polygon.io/v2/reference/locales?apiKey={API_KEY} 401",
                "GET https://api.getpostman.com/collections x-api-key: {{postman_api_key}} 401",
                "GET https://api.postmarkapp.com/deliverystats X-Postmark-Server-Token: server token 401",
                "GET https://api.prefect.cloud/auth/login Authorization: Bearer $PREFECT_API_KEY 401",
                "GET https://api.pulumi.com/api/user/stacks Authorization: token $PULUMI_ACCESS_TOKEN 401",
                "twine upload -u __token__ -p $PYPI_API_TOKEN dist/*",
                "GET https://api.airtable.com/v0/meta/whoami Authorization: Bearer <token> 401",
                "GET https://api.adzuna.com/v1/api/jobs/gb/search/1?app_id={YOUR_APP_ID}&app_key={YOUR_APP_KEY} 401",
                "GET https://api.pushbullet.com/v2/users/me Access-Token: <your_access_token_here> 401",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"planetscale branch {word()}-{digits(3)} of database {word()} promoted",
                f"leankit card {digits(10)} on board {digits(10)} moved to Done",
                f"plivo message {draw.uuid()} delivered to +1555{digits(7)}",
                f"podio item {digits(10)} in app {digits(8)} updated",
                f"poloniex order {digits(11)} on {rng.choice(['BTC_USDT', 'ETH_USDT', 'TRX_USDT'])} filled",
                f"polygon aggregates for {rng.choice(['AAPL', 'MSFT', 'TSLA'])} from 2026-0{rng.randint(1, 9)}-01: {rng.randint(2, 900)} bars",
                f"portainer stack {rng.randint(1, 400)} on endpoint {rng.randint(1, 40)} redeployed",
                f"postgres 16.{rng.randint(0, 9)} on x86_64-pc-linux-gnu accepting connections on port 5432",
                f"postman collection {digits(8)}-{draw.uuid()} run finished: {rng.randint(1, 90)} requests",
                f"postmark message {draw.uuid()} delivered via stream outbound",
                f"prefect flow run {word()}-{word()} completed in {rng.randint(1, 900)}s",
                f"pulumi stack acme/{word()}/prod updated: {rng.randint(1, 40)} resources changed",
                f"pypi upload {word()}-{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}.tar.gz sha256 {hexs(64)}",
                f"pusher event order-updated on channel private-{word()}-{digits(6)} triggered",
                f"adzuna job {digits(10)} in category it-jobs fetched",
                f"airship channel {draw.uuid()} opted in",
                f"airtable record rec{b62(14)} in table tbl{b62(14)} of base app{b62(14)} updated",
            ]
        ),
        "pem-public": lambda: rng.choice(
            [
                "-----BEGIN PUBLIC KEY-----\n" + "\n".join(b62(64) for _ in range(5)) + "\n-----END PUBLIC KEY-----",
                "-----BEGIN CERTIFICATE-----\n" + "\n".join(b62(64) for _ in range(6)) + "\n-----END CERTIFICATE-----",
                "ssh key fingerprint SHA256:" + b62(43) + " loaded for deploy@" + word(),
            ]
        ),
        "configs": lambda: rng.choice(
            [
                "PLANETSCALE_ORG=acme PLANETSCALE_DATABASE=inventory PLANETSCALE_BRANCH=main",
                f"POSTGRES_HOST=db.internal POSTGRES_PORT=5432 POSTGRES_DB={word()} POSTGRES_USER=app",
                "PUSHER_APP_CLUSTER=ap1 PUSHER_PORT=443 PUSHER_SCHEME=https",
                f"PREFECT_API_URL=https://api.prefect.cloud/api/accounts/{draw.uuid()}/workspaces/{draw.uuid()}",
                "AIRTABLE_BASE_ID=app" + b62(14) + " AIRTABLE_TABLE_NAME=Projects",
                "POSTMARK_MESSAGE_STREAM=outbound POSTMARK_FROM=noreply@example.com",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"privacy policy for the {word()} page updated on {rng.randint(2019, 2026)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                f"protocols supported by the {word()} gateway: http/1.1, h2, h3",
                f"aha, the {word()} job failed because the disk was full",
                f"polygon with {rng.randint(3, 90)} vertices simplified in the {word()} layer",
                f"prospect list of {rng.randint(2, 900)} leads imported to the {word()} campaign",
                f"airship launch simulated with {rng.randint(2, 40)} {word()} workers",
            ]
        ),
        "short-values": Draw(rng, _LONG_KEYED).provider_short_values,
        "cli-variables": lambda: rng.choice(
            [
                f"curl -H 'x-api-key: ${draw.prov().upper()}_API_KEY' https://api.{draw.prov()}.com/v1/me",
                "curl -u $PLIVO_AUTH_ID:$PLIVO_AUTH_TOKEN https://api.plivo.com/v1/Account/",
                f"psql postgres://app@db.internal:5432/{word()} -c 'select 1'",
                f"poloniex --pair BTC_USDT --order {caps(8)} --dry-run",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
