"""Innocent lookalikes of the rules added after the round-3 held-out measure (issue #17).

Each kind imitates what one new rule looks for and is not a secret: the new
prefixes in prose and identifiers (``AVNS_``, ``cfat_``, ``k2sk_``, ``pk_``,
``ak_``/``oak_`` ids with digits), base64 blobs that merely contain ``ABSK``, the
SoftLayer SOAP endpoint with a service name in its path, a URL whose port is
followed by a fragment holding an ``@``, and the new provider words (Apollo,
Better Stack, Budibase, Close CRM, Composio, Kolide, SoftLayer) as keys of
settings, ids and placeholders.  ``python -m tests.unit.redact.heldout_round3``
prints how many are touched; a test holds them at none.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["lookalikes"]

_LOWER = "abcdefghijklmnopqrstuvwxyz"


def lookalikes(seed: int = 37, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, ())
    word, hexs = draw.word, draw.hexs

    def b64(n: int) -> str:
        return base64.b64encode(rng.randbytes(n)).decode()

    def snake_id(prefix: str) -> str:
        return f"{prefix}{word()}_{rng.randint(2019, 2026)}_{rng.randint(1, 12):02d}_{word()}"

    makers: dict[str, Callable[[], str]] = {
        "aiven-prose": lambda: rng.choice(
            [
                "Aiven tokens start with AVNS_ and are shown once",
                f"rotated service password (prefix AVNS_, {rng.randint(20, 30)} characters)",
                "grep -r AVNS_ . returned nothing",
            ]
        ),
        "absk-in-base64": lambda: (
            lambda blob, at: f"cert={blob[:at]}/ABSK{blob[at:]} subject=CN=api.internal"
        )(b64(240), rng.randint(10, 200)),
        "cloudflare-ids": lambda: rng.choice(
            [
                f"loaded cfat_{word()}_{word()} from /etc/cf",
                f"module cfut_{word()}{rng.randint(1, 9)} ready",
                f"cfk_{hexs(32)} is the zone tag",
            ]
        ),
        "composio-ids": lambda: rng.choice(
            [
                f"{snake_id('ak_')} scheduled",
                f"partition=oak_{word()}_{word()}_{rng.randint(10, 99)}_{word()}",
                f"ak_{hexs(20)} checksum",
                f"id ak_{word().upper()}_{rng.randint(2019, 2026)}_{rng.randint(10, 99)}_{word().upper()}",
            ]
        ),
        "clickup-like": lambda: rng.choice(
            [
                f"primary key pk_{rng.randint(1000000, 99999999)} updated",
                f"pk_{rng.randint(1000000, 9999999)}_{word()} exists",
            ]
        ),
        "kolide-braintree-prose": lambda: rng.choice(
            [
                "Kolide keys look like k2sk_v1_ followed by 24 characters",
                "Braintree tokens look like access_token$production$ and two ids",
            ]
        ),
        "softlayer-soap": lambda: rng.choice(
            [
                "POST https://api.softlayer.com/soap/v3.1/SoftLayer_Account/getObject 200",
                "wsdl https://api.softlayer.com/soap/v3/SoftLayer_Virtual_Guest?wsdl",
            ]
        ),
        "port-fragment-at": lambda: rng.choice(
            [
                f"see https://docs.example.com:{rng.randint(1024, 65535)}#install@v{rng.randint(1, 9)}",
                f"open http://localhost:{rng.randint(3000, 9000)}#/login@admin",
            ]
        ),
        "provider-settings": lambda: rng.choice(
            [
                f'{{"apollo_graph_ref": "shop-{word()}@current"}}',
                "BUDIBASE_URL=https://budibase.app",
                f"softlayer_username=deploy{rng.randint(1, 9)}",
                f"KOLIDE_DEVICE_ID={rng.randint(1000, 99999)}",
                f"closecrm_org_id=orga_{word()}",
                "apollo_key=${APOLLO_KEY}",
                f"betterstack_monitor={rng.randint(100000, 999999)}",
                "composio_version=0.5.12",
            ]
        ),
    }
    return take_turns(makers, count)
