"""Innocent lookalikes for the round-27 held-out measure (issue #17).

Each kind imitates a shape the round-27 families have (a provider's name shortly before a
token, a request line with the token in a query or header, a prefix of a provider's own) and is
not a secret, written from the non-secret values the picked providers' public docs and tools
show: LaunchDarkly flag keys and its public ``mob-`` client-side ids, Linear issue keys
(``ENG-123``) and team ids, Loggly and Logz.io search ids and account numbers, LiveAgent ticket
codes, Intercom conversation ids, Insightly record ids, IP2Location and ipapi lookups (IP
addresses, country codes), InvoiceOcean invoice numbers, Luno currency pairs, Lunch Money
transaction ids, Imagga tag names, Iconfinder icon ids; request lines whose key is a variable or
a mask.  ``python -m tests.unit.redact.heldout_round27`` prints how many are touched; a test holds
them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-27 keyword-near-token families
PROVIDERS = (
    "lark larksuite languagelayer leadfeeder lessannoyingcrm lexigram linenotify linkpreview liveagent "
    "loadmill loggly loginradius logzio loyverse lunchmoney luno iconfinder imagga impala insightly "
    "instabot instamojo intercom interseller intrinio invoiceocean ip2location ipapi"
).split()

_PAIRS = ("XBTZAR", "ETHXBT", "XBTEUR", "USDCZAR")


def lookalikes(seed: int = 139, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits = draw.word, draw.hexs, draw.digits

    def ip() -> str:
        return ".".join(str(rng.randint(1, 254)) for _ in range(4))

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-numbers": draw.provider_numbers,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "request-lines": lambda: rng.choice(
            [
                "GET https://app.launchdarkly.com/api/v2/tokens Authorization: $LD_API_KEY 401",
                "POST https://api.linear.app/graphql Authorization: ${LINEAR_API_KEY} 401",
                f"GET https://api.ip2location.io/?ip={ip()} 200",
                f"GET https://api.ipapi.com/{ip()}?access_key=REDACTED 200",
                "GET https://api.languagelayer.com/languages?access_key=${LANGUAGELAYER_KEY} 200",
                "GET https://api.logz.io/v2/whoami X-API-TOKEN: *** 401",
                f"GET https://api.luno.com/api/1/ticker?pair={rng.choice(_PAIRS)} 200",
                f"GET https://api.intercom.io/conversations/{digits(12)} 200",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"launchdarkly flag {word()}-{word()} toggled on in production",
                f"launchdarkly client-side id mob-{draw.uuid()}",
                f"linear issue ENG-{rng.randint(1, 9999)} moved to Done",
                f"loggly search rsid {digits(9)} returned {rng.randint(0, 900)} events",
                f"logzio account {digits(6)} shipping to listener.logz.io:8071",
                f"liveagent ticket {draw.b62(3).upper()}-{digits(3)}-{draw.b62(3).upper()} closed",
                f"intercom conversation {digits(12)} assigned to {word()}",
                f"insightly contact {digits(9)} updated",
                f"ip2location {ip()} country US region California",
                f"ipapi lookup {ip()} -> continent_code EU",
                f"invoiceocean invoice FV {rng.randint(1, 99)}/{rng.randint(1, 12)}/2024 sent",
                f"luno pair {rng.choice(_PAIRS)} last trade {rng.randint(100, 999999)}",
                f"lunchmoney transaction {digits(9)} categorised as {word()}",
                f"imagga tags for {word()}.jpg: {word()}, {word()}, {word()}",
                f"iconfinder icon {digits(7)} downloaded",
                f"loginradius uid {hexs(32)} signed in",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"lark {word()} migrated north at {rng.randint(5, 40)} km/h",
                f"impala herd of {rng.randint(2, 90)} seen near {word()}",
                f"intercom buzzer in flat {rng.randint(1, 90)} replaced",
                f"luno phase {rng.randint(1, 8)} of {word()}",
                f"loyverse receipt {rng.randint(1, 9)}-{digits(4)} printed",
            ]
        ),
        "short-values": draw.provider_short_values,
        "cli-variables": lambda: rng.choice(
            [
                f"curl -u ${draw.prov().upper()}_API_KEY: https://api.{draw.prov()}.com/v1/me",
                "curl -u $INSIGHTLY_API_KEY: https://api.na1.insightly.com/v3.1/Contacts",
                f"curl -u {word()}: https://api.{word()}.example.com/v1/status",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
