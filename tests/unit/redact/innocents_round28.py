"""Innocent lookalikes for the round-28 held-out measure (issue #17).

Each kind imitates a shape the round-28 families have (a provider's name shortly before a
token, a request line with the token in a query or header, a prefix of a provider's own) and is
not a secret, written from the non-secret values the picked providers' public docs and tools
show: Buildkite build numbers, pipeline slugs and agent names, Bugsnag error and project ids,
Braintree transaction ids and merchant ids, Box file and folder ids, BscScan transaction hashes
and addresses, Blogger blog and post ids, BitMEX order ids and symbols, BorgBase repository
ids, Beamer post ids, Billomat invoice numbers, Bing search queries and market codes; request
lines whose key is a variable or a mask; the everyday senses of the names (a box, a bulbul is
a bird, a beamer a car or a projector, a blogger a person).  ``python -m
tests.unit.redact.heldout_round28`` prints how many are touched; a test holds them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-28 keyword-near-token families
PROVIDERS = (
    "beamer beebole besnappy betterstack billomat bing bitbar bitcoinaverage bitmex blazemeter "
    "runscope blitapp blogger bombbomb boostnote borgbase box braintree brandfetch browshot "
    "bscscan buddyns budibase bugherd bugsnag buildkite bulbul baremetrics"
).split()

_SYMBOLS = ("XBTUSD", "ETHUSD", "XBTUSDT", "SOLUSD")


def lookalikes(seed: int = 149, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits = draw.word, draw.hexs, draw.digits

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-numbers": draw.provider_numbers,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "request-lines": lambda: rng.choice(
            [
                "GET https://api.buildkite.com/v2/access-token Authorization: Bearer $BUILDKITE_API_TOKEN 401",
                "GET https://api.box.com/2.0/users/me Authorization: Bearer ${BOX_TOKEN} 401",
                f"GET https://api.bscscan.com/api?module=account&action=balance&address=0x{hexs(40)}&apikey=*** 200",
                f"GET https://api.bing.microsoft.com/v7.0/search?q={word()}&mkt=en-US 200",
                "GET https://api.bugsnag.com/user/organizations Authorization: token REDACTED 401",
                "GET https://api.browshot.com/api/v1/instance/list?key=${BROWSHOT_KEY} 200",
                f"GET https://www.googleapis.com/blogger/v3/blogs/{digits(10)}/posts/{digits(12)} 200",
                f"GET https://www.bitmex.com/api/v1/orderBook/L2?symbol={rng.choice(_SYMBOLS)}&depth=25 200",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"buildkite build #{rng.randint(1, 99999)} of pipeline {word()}-{word()} passed",
                f"buildkite agent {word()}-{digits(2)} connected to queue default",
                f"bugsnag error {hexs(24)} reopened in project {hexs(24)}",
                f"braintree transaction {draw.b62(8).lower()} settled for merchant {word()}_{digits(4)}",
                f"box file {digits(12)} moved to folder {digits(11)}",
                f"bscscan tx 0x{hexs(64)} confirmed",
                f"bscscan address 0x{hexs(40)} balance 0.{digits(4)} BNB",
                f"blogger post {digits(19)} published on blog {digits(10)}",
                f"bitmex order {draw.uuid()} filled {rng.choice(_SYMBOLS)} {rng.randint(1, 900)} contracts",
                f"borgbase repo {hexs(8)} last backup 2024-05-{rng.randint(10, 28)}",
                f"beamer post {digits(6)} shown to {rng.randint(1, 900)} users",
                f"billomat invoice RE{digits(5)} sent",
                f"bugherd task #{rng.randint(1, 9999)} closed",
                f"blazemeter test {digits(8)} finished, master {digits(8)}",
                f"budibase app app_{hexs(32)} published",
                f"baremetrics customer cus_{draw.b62(14)} churned",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"box {rng.randint(1, 90)} of {word()} parts shipped",
                f"bulbul seen near {word()} at {rng.randint(5, 19)}:00",
                f"beamer in room {rng.randint(1, 40)} replaced",
                f"blogger {word()} wrote {rng.randint(2, 90)} posts",
                f"bing search for {word()} {word()} returned {rng.randint(1, 900)} results",
            ]
        ),
        "short-values": draw.provider_short_values,
        "cli-variables": lambda: rng.choice(
            [
                f"curl -u ${draw.prov().upper()}_API_KEY: https://api.{draw.prov()}.com/v1/me",
                "curl -u $BRAINTREE_PUBLIC_KEY:$BRAINTREE_PRIVATE_KEY https://payments.braintree-api.com/graphql",
                "curl -u $BUGHERD_API_KEY:x https://www.bugherd.com/api_v2/projects.json",
                "python bitmex_bot.py --api-key $BITMEX_KEY --api-secret $BITMEX_SECRET",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
