"""Innocent lookalikes for the round-10 held-out measure (issue #17).

Each kind imitates a shape the round-10 families have (a provider's name shortly before a
token, a request line with the token in a header, query or basic credentials, the
``xai-``, ``sk-`` and ``00`` starts, a URL with user info) and is not a secret: ids,
hashes, trace ids, numbers, versions and paths next to the same provider names; Okta user
and group ids, OneSignal app and notification ids, OANDA account numbers and instruments,
Opsgenie alert ids, UPC codes, user agents; the everyday senses of ``unify``, ``user flow``,
``user stack`` and ``one desk``; URLs whose user info has no password, a variable or a
mask for it; ``-u`` options whose user is a variable.  ``python -m
tests.unit.redact.heldout_round10`` prints how many are touched; a test holds them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider names of the round-10 keyword-near-token families
PROVIDERS = (
    "oanda okta onedesk onelogin onepagecrm onesignal onfleet oopspam openuv openvpn opsgenie "
    "optimizely overloop owlbot uclassify unifyid unplugg upcdatabase uplead uploadcare upwave "
    "userflow userstack"
).split()


def lookalikes(seed: int = 67, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, prov, b62, digits, u = draw.word, draw.prov, draw.b62, draw.digits, draw.uuid

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-numbers": lambda: rng.choice(
            [
                f"{prov()} order {digits(12)} settled",
                f"{prov()} account 101-004-{digits(7)}-001 balance {rng.randint(1, 99999)}.{digits(2)}",
                f"{prov()}: {rng.randint(1, 5000)} recipients, {rng.randint(0, 90)} failed",
                f"{prov()} product 0{digits(12)} found",
            ]
        ),
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "request-lines": lambda: rng.choice(
            [
                f"GET https://acme.okta.com/api/v1/users/00u{b62(17)} 200",
                f"GET https://acme.okta.com/api/v1/groups/00g{b62(17)}/users 200",
                f"GET https://onesignal.com/api/v1/notifications/{u()}?app_id={u()} 200",
                f"GET https://api-fxtrade.oanda.com/v3/instruments/EUR_USD/candles?count={rng.randint(1, 500)} 200",
                f"GET https://api.opsgenie.com/v2/alerts/{u()} 404",
                f"GET https://api.upcdatabase.org/product/0{digits(12)} 401",
                f"GET https://api.openuv.io/api/v1/uv?lat=-33.{digits(2)}&lng=115.{digits(3)} 403",
                f"GET https://owlbot.info/api/v4/dictionary/{word()} 200",
                f"POST https://api.uclassify.com/v1/uClassify/Sentiment/classify 401 ({rng.randint(1, 90)}ms)",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"okta user 00u{b62(17)} deactivated",
                f"onesignal app_id={u()} notification {u()} sent to {rng.randint(1, 900)} devices",
                f"oanda order {digits(5)} filled EUR_USD units={rng.randint(1, 9999)}",
                f"opsgenie alert {u()} acknowledged by {word()}",
                f"onfleet task {b62(24)} completed",
                f"uploadcare file {u()} stored",
                f"optimizely experiment {digits(11)} variation {digits(11)} started",
                f"xai model grok-{rng.randint(1, 4)}-{word()} selected",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"unify {word()} and {word()} schemas before export",
                f"user flow for {word()} checkout: step {rng.randint(1, 9)} of 9",
                f"user stack depth {rng.randint(1, 64)} exceeded in {word()}",
                f"one desk left on floor {rng.randint(1, 12)}",
                f"open uv index {rng.randint(1, 11)} at noon",
            ]
        ),
        "prefix-names": lambda: rng.choice(
            [
                f"xai-{word()}-{word()} provider selected",
                f"sk-{word()}-{word()} flag enabled",
                f"invoice 00{digits(8)} issued",
                f"OPENAI_MODEL=gpt-4o-mini-{word()}",
            ]
        ),
        "uri-without-password": lambda: rng.choice(
            [
                f"cloning https://{word()}@git.acme.io/{word()}/{word()}.git",
                "connecting to mongodb://${MONGO_USER}:${MONGO_PASSWORD}@mongo-0.acme.internal:27017/orders",
                f"REDIS_URL=redis://:@cache-{rng.randint(1, 9)}.acme.internal:6379/0",
                f"using https://{word()}:****@registry.acme.io/v2/",
                f"proxy http://{word()}.acme.internal:3128 for {word()}",
                f"mongodb://mongo-0:27017,mongo-1:27017/{word()}?replicaSet=rs0",
                f"ftp://files.acme.internal:21/exports/{word()}.csv unreachable",
            ]
        ),
        "short-values": draw.provider_short_values,
        "cli-user-names": lambda: rng.choice(
            [
                "curl -u $API_KEY: https://api.acme.io/v1/status",
                f"curl -u ${prov().upper()}_API_KEY: https://api.{prov()}.com/v1/me",
                f'curl -u "${{{prov().upper()}_KEY}}:" https://api.acme.io/v2/organization',
                f"curl -u {word()}: https://api.{word()}.example.com/v1/status",
                f"docker run -u {rng.randint(1000, 1999)}:{rng.randint(1000, 1999)} {word()}:latest",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
