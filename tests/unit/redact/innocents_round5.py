"""Innocent lookalikes for the round-5 held-out measure (issue #17).

Each kind imitates a shape the round-5 families have (a provider's name shortly
before a token, a request line with the token in a header or query parameter, a
prefixed token) and is not a secret: ids, hashes, digests, trace ids, cursors,
versions, paths, Kubernetes names, base64 blobs and long words next to the same
provider names; request lines whose parameters and headers are not credentials;
ids that share a prefix with a token (Stripe object ids, ``pk.`` map styles).
``python -m tests.unit.redact.heldout_round5`` prints how many are touched; a test
holds them at none.
"""

from __future__ import annotations

import base64
import json
import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider names of the round-5 keyword-near-token families
PROVIDERS = (
    "courier kickbox iexcloud infobip abuseipdb agora jumpcloud mux semaphore urlscan scalr "
    "codemagic codacy coveralls statuscake lemlist moosend bitfinex fibery twist postageapp "
    "textmagic bulksms d7network ipinfodb ipgeolocation ipquality positionstack opencagedata "
    "geoapify mapquest hereapi graphhopper shipday paymongo wepay dwolla currencycloud tatum"
).split()


def lookalikes(seed: int = 61, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, prov, hexs, b62, u = draw.word, draw.prov, draw.hexs, draw.b62, draw.uuid

    def cursor() -> str:
        raw = json.dumps({"after": rng.randint(1, 10**9), "sort": "created_at"}).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": lambda: rng.choice(
            [
                f"{prov()} request {u()} failed with 503, retrying",
                f"{prov()} job {u()} finished in {rng.randint(1, 900)}ms",
                f"{prov()} webhook delivery {hexs(32)} acknowledged",
                f"{prov()} trace_id={hexs(32)} span_id={hexs(16)}",
                f"{prov()} event id {u()} deduplicated",
                f"{prov()} order {rng.randint(10**9, 10**10)} settled",
            ]
        ),
        "provider-hashes": lambda: rng.choice(
            [
                f"{prov()} commit {hexs(40)} analysed",
                f"{prov()} artifact sha256:{hexs(64)} uploaded",
                f"{prov()} payload md5 {hexs(32)} matches",
                f'{prov()} etag "{hexs(32)}" unchanged',
            ]
        ),
        "provider-versions-paths": lambda: rng.choice(
            [
                f"{prov()}: 2.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                f"{prov()}: enabled",
                f"{prov()} client configured: timeout=30s retries=3",
                f"{prov()}: /var/lib/{prov()}/{word()}/2024-05-01.csv",
                f"{prov()} api key rotated at 2024-05-{rng.randint(10, 28)}T10:00:00Z",
                f"{prov()} api key missing for region eu-west-1",
                f"{prov()}: https://status.{prov()}.io/incidents/{rng.randint(1000, 9999)}",
            ]
        ),
        "provider-k8s-names": lambda: rng.choice(
            [
                f"{prov()}: deployment {prov()}-worker-{hexs(9)}-{b62(5).lower()} ready",
                f"{prov()} pod {prov()}-sync-{hexs(10)}-{hexs(5)} restarted",
                f"{prov()} configmap {prov()}-settings-{rng.randint(1, 40)} applied",
            ]
        ),
        "provider-cursors": lambda: rng.choice(
            [
                f"{prov()} next page cursor {cursor()}",
                f"{prov()}: page_token={cursor()}",
                f"{prov()} list continuation {cursor()}",
            ]
        ),
        "request-lines": lambda: rng.choice(
            [
                f"GET https://api.geoapify.com/v1/geocode/search?text={word()}&lang=fr 200",
                f"GET https://graphhopper.com/api/1/route?point=45.7,4.8&profile=car&locale=en 200 {rng.randint(5, 900)}ms",
                f"GET https://urlscan.io/api/v1/result/{u()}/ 200",
                "GET https://api.ipgeolocation.io/ipgeo?ip=8.8.8.8&fields=geo 429",
                f"GET https://www.mapquestapi.com/geocoding/v1/address?location={word()}&maxResults=1 200",
                f"POST https://api.courier.com/send 202 requestId={b62(26)}",
                f"GET https://api.statuscake.com/v1/uptime?page={rng.randint(1, 9)}&limit=25 200",
                f"GET /search?key={word()}-by-date&limit=50 200",
            ]
        ),
        "benign-headers": lambda: rng.choice(
            [
                f"X-Request-Id: {u()}",
                f"Idempotency-Key: {u()}",
                "api-version: 2023-10-01-Preview",
                f"X-Correlation-ID: {hexs(32)}",
                f"traceparent: 00-{hexs(32)}-{hexs(16)}-01",
                f'ETag: "{hexs(32)}"',
                "Key: orders/2024/05/01/report.csv",
                f"x-amz-request-id: {b62(16).upper()}",
            ]
        ),
        "prefix-sharing-ids": lambda: rng.choice(
            [
                f"payment intent pi_{b62(24)} succeeded",
                f"charge ch_{b62(24)} refunded",
                f"setup intent seti_{b62(24)} created",
                f"map style pk.{rng.choice(['streets', 'outdoors', 'satellite'])}-v{rng.randint(1, 12)}",
                f"feature flag sk_{word()}_{rng.randint(1, 9)}x{rng.randint(1, 3)}_rollout enabled",
                f"pub-c-{word()}-{word()} channel group",
                f"1000.{rng.randint(10, 99)}.{rng.randint(100, 999)} bytes read",
                f"ptr_{word()}_{word()} dereferenced",
            ]
        ),
        "base64-blobs": lambda: rng.choice(
            [
                f"avatar=data:image/png;base64,{base64.b64encode(rng.randbytes(39)).decode()}",
                f"{prov()} public key {base64.b64encode(rng.randbytes(32)).decode()}",
                f"signature: {base64.b64encode(rng.randbytes(48)).decode()}",
            ]
        ),
        "ldap-calls": lambda: rng.choice(
            [
                'Set ou = dso.OpenDSObject("LDAP://dc01.acme.local/OU=IT", user, pass, 1)',
                'Set ou = dso.OpenDSObject("LDAP://dc01.acme.local", "acme\\svc", "${LDAP_PASS}", 1)',
                f'ldap search base "ou={word()},dc=acme,dc=io" filter "(uid={word()})"',
                f"ldaps://ldap.acme.io:636 bind_dn='cn={word()},dc=acme,dc=io' timeout=5s",
            ]
        ),
        "env-prefixed-ids": lambda: rng.choice(
            [
                f"{prov()} checkout: cs_test_{b62(58)}",
                f"{prov()}: prod_{b62(14)}",
                f"{prov()} product: prod_{b62(14)}",
                f"{prov()} price: price_{b62(24)}",
                f"{prov()}: sub_{b62(24)}",
                f"{prov()}: pk_{word()}_{word()}_{rng.randint(1, 99)}",
            ]
        ),
        "dotted-names": lambda: rng.choice(
            [
                f"{prov()} bundle: main.{hexs(20)}.js",
                f"{prov()}: chunk-vendors.{hexs(24)}.css",
                f"{prov()} version: 2024.05.{hexs(24)}",
                f"{prov()}: build.{hexs(40)}.tar.gz",
                f"{prov()}: com.acme.{word()}.PaymentServiceHandler{rng.randint(2019, 2026)}",
                f"{prov()} host: {word()}-{hexs(8)}.eu-west-1.elb.amazonaws.com",
            ]
        ),
        "courier-words": lambda: rng.choice(
            [
                "courier: DHL Express",
                f"courier tracking number: 1Z{b62(16).upper()}",
                f"courier: ups-ground-2024-05-{rng.randint(10, 28)}",
                "courier service: fedex_priority_overnight_2day",
                f"courier assigned to order {rng.randint(10**6, 10**7)}",
            ]
        ),
        "words": draw.provider_words,
    }
    return take_turns(makers, count)
