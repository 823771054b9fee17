"""Innocent lookalikes for the round-25 held-out measure (issue #17).

Each kind imitates a shape the round-25 families have (a provider's name shortly before a
token, a request line with the token in a query, header, path or basic credentials, an amqp
URL, a prefix of a provider's own) and is not a secret, written from the non-secret values
the picked providers' public docs show: RabbitMQ URLs without a password, with a masked one or
to a local host; Railway project and service ids; Razorpay's key ids (shown in the checkout
page), order and payment ids; RAWG game ids and slugs; Replicate's model versions (a sha256);
ReadMe project slugs; RingCentral extension and phone numbers; Route4Me route ids (32
upper-case hex); Rownd app ids; Robinhood order ids; RubyGems versions; Request Finance invoice
numbers; the everyday senses of ``refiner``, ``roaring`` and ``ramp``; request lines whose key
is a variable or a mask.  ``python -m tests.unit.redact.heldout_round25`` prints how many are
touched; a test holds them at none.

Celery's default broker URL, ``amqp://guest:guest@localhost:5672//``, was among the first
measurement's lookalikes (11 of the 13 touched) and was replaced after it by the same URL without
user and password: the library takes every password in a URL, a published default one too (rule
url-password; which passwords are defaults is a list no rule keeps), so it is no lookalike of
this library.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-25 keyword-near-token families
PROVIDERS = (
    "railway rapidapi rawg razorpay reachmail reallysimplesystems refiner rentman repairshopr replyio "
    "requestfinance restpack revampcrm ringcentral ritekit roaring rocketreach roninapp route4me rownd runrunit"
).split()

_GAMES = ("grand-theft-auto-v", "the-witcher-3-wild-hunt", "portal-2", "celeste", "hades")


def lookalikes(seed: int = 131, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, b62, digits, u = draw.word, draw.hexs, draw.b62, draw.digits, draw.uuid

    def upper36(n: int) -> str:
        return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-numbers": draw.provider_numbers,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "request-lines": lambda: rng.choice(
            [
                f"GET https://api.rawg.io/api/games/{rng.choice(_GAMES)}?key=$RAWG_API_KEY 200",
                "GET https://api.route4me.com/api.v4/address_book.php?api_key=${ROUTE4ME_KEY} 401",
                f"GET https://api.ritekit.com/v1/stats/multiple-hashtags?tags={word()}&client_id=REDACTED 200",
                "GET https://covid-19-tracking.p.rapidapi.com/v1 x-rapidapi-key: <your-key> 401",
                f"GET https://api.rownd.io/applications/{digits(18)}/users/data x-rownd-app-key: *** 401",
                f"GET https://{word()}.repairshopr.com/api/v1/tickets/{digits(7)} 200",
                f"POST https://backboard.railway.app/graphql/v2 project={u()} 200",
                f"GET https://api.request.finance/invoices/{u()} 200",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"razorpay order order_{b62(14)} created for payment pay_{b62(14)}",
                f"razorpay key id rzp_live_{b62(14)} loaded in checkout",
                f"railway project {u()} service {u()} deployed",
                f"rawg game {rng.randint(1, 900000)} slug {rng.choice(_GAMES)}",
                f"replicate model stability-ai/sdxl:{hexs(64)} started",
                f"readme project {word()}-{word()}-docs version v{rng.randint(1, 9)}.{rng.randint(0, 9)}",
                f"ringcentral extension {rng.randint(100, 999)} phone +1650{digits(7)}",
                f"route4me route {hexs(32).upper()} optimized: {rng.randint(2, 90)} stops",
                f"rownd app id {digits(18)} configured",
                f"robinhood order {u()} filled",
                f"rubygems {word()} {rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)} pushed",
                f"requestfinance invoice #{upper36(7)}-{digits(4)} paid",
            ]
        ),
        "amqp-urls": lambda: rng.choice(
            [
                f"connecting to amqp://{word()}@mq.acme-corp.net:5672/prod",
                "AMQP_URL=amqps://app:********@rabbit-eu.shop-prod.io:5671/%2f",
                "celery broker_url = 'amqp://localhost:5672//'",
                f"amqp://{word()}:${{RABBITMQ_PASSWORD}}@queue.internal.acme.io:5672/",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"refiner pass {rng.randint(1, 9)} reduced loss to 0.{digits(6)}",
                f"roaring bitmap {word()} holds {rng.randint(1, 90000)} ids",
                f"ramp up to {rng.randint(2, 100)} replicas over {rng.randint(1, 60)}m",
                f"the refiner model {word()}-refiner-1.0 loaded",
                f"rate ramp_{word()} set to {rng.randint(1, 100)}%",
            ]
        ),
        "short-values": draw.provider_short_values,
        "cli-variables": lambda: rng.choice(
            [
                f"curl -u ${draw.prov().upper()}_API_KEY: https://api.{draw.prov()}.com/v1/me",
                "curl -u $RZP_KEY_ID:$RZP_KEY_SECRET https://api.razorpay.com/v1/orders",
                "curl -u $RAMP_CLIENT_ID:$RAMP_CLIENT_SECRET https://api.ramp.com/developer/v1/token",
                f"curl -u {word()}: https://api.{word()}.example.com/v1/status",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
