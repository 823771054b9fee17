"""Innocent lookalikes for the round-9 held-out measure (issue #17).

Each kind imitates a shape the round-9 families have (a provider's name shortly before a
token, a request line with the token in a header, query, path or basic credentials, the
``pat.``, ``pat-na1-`` and ``hf_`` prefixes) and is not a secret: ids, hashes, trace ids,
cursors, request ids, numbers, versions and paths next to the same provider names; Heroku
app and dyno names, HubSpot portal and object ids, Hugging Face model names and
revisions, Honeycomb dataset and trace ids, KuCoin order ids and trading pairs, Kanban
card numbers in upper case, Kontent item codenames; and the everyday senses of
``humanity``, ``host``, ``karma`` and ``holistic``; and for the rules written from this
round's misses: ``-u`` users that are names, variables, uid:gid or words joined by dashes
with an empty or one-letter password, and PascalCase names after ``<provider> api key`` /
``<provider> token``.  ``python -m
tests.unit.redact.heldout_round9`` prints how many are touched; a test holds them at none.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider names of the round-9 keyword-near-token families
PROVIDERS = (
    "happyscribe hellosign helpcrunch helpscout heroku hiveage holidayapi holistic honeycomb "
    "html2pdf hubspot humanity hybiscus hypertrack kanbantool karmacrm klipfolio knapsackpro "
    "kontent kucoin kylas"
).split()


def lookalikes(seed: int = 67, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, prov, hexs, b62, digits, u = draw.word, draw.prov, draw.hexs, draw.b62, draw.digits, draw.uuid

    def cursor() -> str:
        raw = f'{{"{word()}_id":{digits(9)},"offset":{rng.randint(1, 9999)}}}'
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": lambda: rng.choice(
            [
                f"{prov()} request {u()} failed with 503, retrying",
                f"{prov()} job {u()} finished in {rng.randint(1, 900)}ms",
                f"{prov()} trace_id={hexs(32)} span_id={hexs(16)}",
                f"{prov()} x-request-id: {u()}",
                f"{prov()} webhook delivery {u()} acknowledged",
            ]
        ),
        "provider-numbers": lambda: rng.choice(
            [
                f"{prov()} order {digits(12)} settled",
                f"{prov()} list {digits(6)}: {rng.randint(1, 5000)} contacts synced",
                f"{prov()} portal {digits(8)} object {digits(11)} updated",
                f"{prov()} balance 1{digits(5)}.{digits(2)} USDT",
            ]
        ),
        "provider-hashes": lambda: rng.choice(
            [
                f"{prov()} commit {hexs(40)} analysed",
                f"{prov()} artifact sha256:{hexs(64)} uploaded",
                f"{prov()} payload md5 {hexs(32)} matches",
                f'{prov()} etag "{hexs(40)}" unchanged',
            ]
        ),
        "provider-cursors": lambda: rng.choice(
            [
                f"{prov()} next page cursor={cursor()}",
                f"{prov()} paging after {cursor()} ({rng.randint(1, 200)} items)",
                f"{prov()}: page_token {cursor()}",
            ]
        ),
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "request-lines": lambda: rng.choice(
            [
                f"GET https://api.heroku.com/apps/{word()}-{word()}-{rng.randint(1000, 9999)}/dynos 200",
                f"GET https://api.hubapi.com/crm/v3/objects/contacts/{digits(11)} 200",
                f"GET https://holidayapi.com/v1/holidays?country=PH&year={rng.randint(2019, 2026)} 401",
                f"GET https://deliver.kontent.ai/{u()}/items?system.codename={word()}_{word()} 200",
                f"GET https://api.kucoin.com/api/v1/orders/{hexs(24)} 200",
                f"GET https://api.honeycomb.io/1/events/{word()}-{word()} X-Honeycomb-Event-Time: 2024-05-01T10:00:00Z",
                f"GET https://huggingface.co/api/models/{word()}/{word()}-{rng.randint(1, 70)}b/revision/{hexs(40)} 200",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"heroku dyno web.{rng.randint(1, 9)} of app {word()}-{word()}-{rng.randint(10000, 99999)} restarted",
                f"heroku release v{rng.randint(1, 900)} slug {u()} created",
                f"hubspot deal {digits(10)} moved to closedwon, portal {digits(8)}",
                f"huggingface model {word()}/{word()}-7b revision {hexs(40)} downloaded",
                f"honeycomb dataset {word()}-{word()} trace.trace_id={hexs(32)}",
                f"kucoin order {hexs(24)} filled BTC-USDT {rng.randint(1, 99)}.{digits(4)}",
                f"kanban card {b62(3).upper()}-{rng.randint(1, 9999)} moved to Done",
                f"kanbantool board {rng.randint(100, 99999)} swimlane {word()}",
                f"kontent item {word()}_{word()} codename changed, id {u()}",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"humanity first: {rng.randint(2, 64)} volunteers signed up",
                f"karma points for user {digits(6)}: {rng.randint(1, 500)}",
                f"holistic health check passed for {word()}",
                f"host {word()}-{rng.randint(1, 40)}.acme.internal unreachable after {rng.randint(2, 9)} tries",
                f"host io wait {rng.randint(1, 90)}% on {word()}-{rng.randint(1, 9)}",
            ]
        ),
        "prefix-names": lambda: rng.choice(
            [
                f"pat.{word()}.{word()} flag enabled",
                f"pat-na1-{word()} region selected",
                f"hf_{word()}_{word()}_cache = /tmp/hf-{hexs(8)}",
                f"HF_HOME=/var/cache/huggingface/{word()}",
            ]
        ),
        "short-values": lambda: rng.choice(
            [
                f"{prov()}: {hexs(16)}",
                f"{prov()} api key {hexs(16)} expired",
                f"{prov()} message-id {hexs(16).upper()} delivered",
                f"{prov()} api key {word().capitalize()}Builder{rng.randint(2019, 2026)}",
                f"{prov()} token {word()}-{word()}-{rng.randint(1000, 9999)}",
            ]
        ),
        "cli-user-names": lambda: rng.choice(
            [
                f"curl -u {word()}: https://api.{word()}.example.com/v1/status",
                f"curl -u build-agent-for-{word()}-eu: https://ci.acme.internal/api",
                f"curl -u {word()}{word().capitalize()}Service{rng.randint(2019, 2026)}:X https://x.acme.io/",
                f"docker run -u {rng.randint(1000, 1999)}:{rng.randint(1000, 1999)} {word()}:latest",
                "curl -u $HELPSCOUT_API_KEY:X https://docsapi.helpscout.net/v1/collections",
                f"curl --user '{word()}-{word()}-{word()}-{word()}:' https://api.acme.io/",
            ]
        ),
        "pascal-names": lambda: rng.choice(
            [
                f"{prov()} api key {word().capitalize()}ServiceHandler{rng.randint(2019, 2026)}",
                f"{prov()} token {word().capitalize()}{word().capitalize()}Processor{rng.randint(1, 99)}",
                f"{prov()} api key {word().capitalize()}RequestValidatorV{rng.randint(1, 9)}",
                f"stripe api key PaymentServiceHandler{rng.randint(2019, 2026)}",
            ]
        ),
    }
    return take_turns(makers, count)
