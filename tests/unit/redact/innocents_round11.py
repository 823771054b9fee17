"""Innocent lookalikes for the round-11 held-out measure (issue #17).

Each kind imitates a shape the round-11 families have (a provider's name shortly before a
token, a request line with the token in a query, header, path or basic credentials, the
fixed JWT header of web3.storage's tokens) and is not a secret: ids, hashes, UUIDs and
numbers next to the same provider names; Zendesk ticket and user ids, Webex meeting and
room ids, W&B run ids and project paths, ZeroTier network and node ids, Wiz issue ids,
web3.storage content ids (CIDs), zip codes, coordinates, weather and ticker queries; the
everyday senses of ``walk score``, ``world weather``, ``zip code`` and ``wiz``; request
lines whose key is a variable or a mask.  ``python -m tests.unit.redact.heldout_round11``
prints how many are touched; a test holds them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider names of the round-11 keyword-near-token families
PROVIDERS = (
    "walkscore weatherbit weatherstack webex webscraper webscraping websitepulse wandb whoxy wiz "
    "worksnaps workstack worldcoinindex worldweather zendesk zenkit zenrows zenscrape zenserp "
    "zerotier zipapi zipbooks zipcodeapi zipcodebase zonka"
).split()

_B32 = "abcdefghijklmnopqrstuvwxyz234567"


def lookalikes(seed: int = 67, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, prov, hexs, b62, digits, u = draw.word, draw.prov, draw.hexs, draw.b62, draw.digits, draw.uuid

    def cid() -> str:
        return "bafybei" + "".join(rng.choice(_B32) for _ in range(52))

    def lower36(n: int) -> str:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-numbers": lambda: rng.choice(
            [
                f"{prov()} order {digits(12)} settled",
                f"{prov()}: {rng.randint(1, 5000)} requests, {rng.randint(0, 90)} failed",
                f"{prov()} zip {digits(5)} resolved to {word()}",
                f"{prov()} quota {rng.randint(1, 99999)}/{rng.randint(100000, 999999)} used",
            ]
        ),
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "request-lines": lambda: rng.choice(
            [
                f"GET https://api.weatherbit.io/v2.0/current?lat={rng.randint(-89, 89)}.{digits(4)}&lon={rng.randint(-179, 179)}.{digits(4)} 200",
                f"GET https://api.weatherstack.com/current?query={word()}&units=m 401",
                f"GET https://www.zipcodeapi.com/rest/$ZIPCODEAPI_KEY/distance.json/{digits(5)}/{digits(5)}/mile 200",
                f"GET https://app.zipcodebase.com/api/v1/search?codes={digits(5)},{digits(5)} 200",
                f"GET https://{word()}.zendesk.com/api/v2/tickets/{digits(6)}.json 200",
                f"GET https://api.zerotier.com/api/v1/network/{hexs(16)}/member/{hexs(10)} 200",
                f"GET https://api.whoxy.com/?key=****&whois={word()}.com 200",
                "GET https://www.worldcoinindex.com/apiservice/ticker?key=REDACTED&label=ethbtc-ltcbtc 200",
                f"GET https://transit.walkscore.com/transit/search/stops/?lat=47.{digits(4)}&lon=-122.{digits(4)} 403",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"zendesk ticket #{digits(6)} assigned to user {digits(13)}",
                f"webex meeting {digits(10)} started, room {u()}",
                f"wandb run {lower36(8)} finished in project {word()}-{word()}",
                f"wandb: syncing run https://wandb.ai/{word()}/{word()}/runs/{lower36(8)}",
                f"zerotier network {hexs(16)} joined by node {hexs(10)}",
                f"wiz issue {u()} resolved",
                f"web3.storage upload {cid()} pinned",
                f"zonka survey {b62(8)} sent to {rng.randint(1, 900)} contacts",
                f"worldcoinindex ticker ETHBTC {rng.randint(0, 9)}.{digits(6)}",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"walk score {rng.randint(1, 100)} for {word()} district",
                f"world weather summary for {word()}: {rng.randint(-20, 40)}C",
                f"zip code {digits(5)} not found",
                f"setup wiz step {rng.randint(1, 9)} of 9 completed",
                f"web scraper {word()} finished: {rng.randint(1, 900)} pages",
            ]
        ),
        "jwt-header": lambda: rng.choice(
            [
                "jwt header eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 decoded: HS256",
                f"web3 token header eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 for {word()}",
            ]
        ),
        "short-values": draw.provider_short_values,
        "cli-variables": lambda: rng.choice(
            [
                f"curl -u ${prov().upper()}_API_KEY: https://api.{prov()}.com/v1/me",
                "curl -u ops@acme.io/token:$ZENDESK_TOKEN https://acme.zendesk.com/api/v2/users.json",
                "curl -u api:$WANDB_API_KEY https://api.wandb.ai/graphql",
                f"curl -u {word()}: https://api.{word()}.example.com/v1/status",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
