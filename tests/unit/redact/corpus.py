"""A labeled corpus generated from a seeded RNG: secrets in context, and innocent lookalikes.

Secrets come from every enabled rule's examples (filled with fresh random parts),
placed inside realistic log lines, logfmt, JSON records (as text and as records),
HTTP header dumps and stack traces.  Innocents are the things a redactor must not
touch: trace and span ids, UUIDs, hashes and checksums, request ids, pagination
cursors, numbers and booleans under secret-sounding keys, the words "token" and
"password" in prose, placeholders, Luhn-invalid numbers, timestamps, URLs without
credentials, commit SHAs, base64 payloads that are not credentials.
"""

from __future__ import annotations

import base64
import json
import random
import uuid
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pipeline.redact import load_library
from pipeline.redact.synth import card_number, expand

__all__ = ["Item", "innocents", "secrets"]


@dataclass
class Item:
    """One corpus entry: a text line or a record, its family group and the secrets in it."""

    group: str
    context: str
    text: str | None = None
    record: dict[str, Any] | None = None
    secrets: tuple[str, ...] = field(default=())


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _ts(rng: random.Random) -> str:
    return f"2024-05-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z"


def _contexts(rng: random.Random, s: str) -> Iterator[tuple[str, str | None, dict[str, Any] | None]]:
    svc = rng.choice(["checkout", "cart", "auth-gateway", "billing"])
    yield "logline", f"{_ts(rng)} ERROR [{svc}] upstream call failed: {s} (attempt {rng.randint(1, 5)})", None
    escaped = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    yield "logfmt", f'ts={_ts(rng)} level=warn service={svc} msg="config loaded" detail="{escaped}" trace_id={_hex(rng, 32)}', None
    yield "json-text", json.dumps({"@timestamp": _ts(rng), "level": "info", "msg": f"sending {s}", "span_id": _hex(rng, 16)}), None
    yield "headers", f"POST /v1/charge HTTP/1.1\nHost: api.{svc}.internal\nX-Request-Id: {uuid.UUID(int=rng.getrandbits(128))}\nX-Debug: {s}\nContent-Type: application/json", None
    yield "stacktrace", (
        "Traceback (most recent call last):\n"
        f'  File "/app/{svc}/client.py", line {rng.randint(10, 400)}, in call\n'
        "    resp = session.post(url, headers=headers)\n"
        f"requests.exceptions.HTTPError: 401 Client Error for {s}"
    ), None
    record = {
        "@timestamp": _ts(rng),
        "service.name": svc,
        "severity_text": "ERROR",
        "trace_id": _hex(rng, 32),
        "span_id": _hex(rng, 16),
        "attributes": {"http.route": "/v1/charge", "error.detail": s, "retry.count": 2},
        "events": [{"name": "exception", "attributes": {"exception.message": f"rejected: {s}", "exception.stacktrace": f"at Client.call(Client.java:88)\n{s}"}}],
    }
    yield "record", None, record


def secrets(seed: int = 20240501, per_template: int = 2) -> list[Item]:
    """Secrets of every family, each in every context.

    Each example's draws are seeded by the seed, its rule's id and its place among the rule's
    examples, so a rule or an example added elsewhere changes no other rule's items.
    """
    rng = random.Random(seed)
    items: list[Item] = []
    for rule in load_library():
        if not rule.enabled:
            continue
        for k, template in enumerate(rule.examples):
            own = random.Random(zlib.crc32(f"{seed}/{rule.id}/{k}".encode()))
            for _ in range(per_template):
                sample = expand(template, random.Random(own.getrandbits(64)))
                for context, text, record in _contexts(own, sample.text):
                    items.append(Item(rule.group, context, text, record, sample.secrets))
    # Secrets by key name only (the value has no recognisable shape).
    for _ in range(60):
        value = "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789!@#") for _ in range(rng.randint(8, 20)))
        key = rng.choice(["db.password", "PASSWORD", "client_secret", "x-api-key", "authorization", "Cookie", "set-cookie", "session", "credentials", "stripe_secret", "twilio_api_key", "private_key", "access_key", "apiKey", "passwd", "pwd"])
        items.append(Item("keyvalue", "record-key", None, {"attributes": {"http": {key: value}, "user.id": rng.randint(1, 999)}}, (value,)))
    for _ in range(40):
        card = card_number(rng, rng.choice(["visa", "mc", "amex", "discover"]), rng.choice(["", " ", "-"]))
        items.append(Item("cards", "logline", f"{_ts(rng)} INFO payment card={card} amount={rng.randint(1, 999)}.00", None, (card,)))
    return items


def _cursor(rng: random.Random) -> str:
    raw = json.dumps({"offset": rng.randint(0, 10_000), "ts": rng.randint(1_600_000_000, 1_800_000_000)}).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def innocents(seed: int = 7, count: int = 3000) -> list[Item]:
    """Lookalikes of every kind above, in the same contexts; none may be touched."""
    rng = random.Random(seed)
    makers: list[tuple[str, Any]] = [
        ("trace-ids", lambda: f"trace_id={_hex(rng, 32)} span_id={_hex(rng, 16)} parent={_hex(rng, 16)}"),
        ("uuids", lambda: f"request {uuid.UUID(int=rng.getrandbits(128))} for tenant {uuid.UUID(int=rng.getrandbits(128))}"),
        ("hashes", lambda: f"sha256={_hex(rng, 64)} md5={_hex(rng, 32)} commit {_hex(rng, 40)}"),
        ("checksums", lambda: f"artifact app-{rng.randint(1, 9)}.{rng.randint(0, 20)}.tar.gz checksum sha1:{_hex(rng, 40)} etag=\"{_hex(rng, 32)}\""),
        ("request-ids", lambda: f"X-Request-Id: {_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)} req_{_hex(rng, 24)}"),
        ("cursors", lambda: f"GET /api/items?cursor={_cursor(rng)}&limit=50 next_page_token={_cursor(rng)} pageToken={_cursor(rng)}"),
        ("prose", lambda: rng.choice([
            "token refresh succeeded for user 42", "password reset email sent", "invalid token: expired",
            "session started for client web", "secret rotation scheduled in 3 days", "api key validation failed",
            "authorization denied by policy read-only", "cookie consent banner accepted", "password: must be at least 12 characters",
            "credentials provider chain resolved to instance profile", "Bearer token missing from request",
        ])),
        ("counts", lambda: f"token_count={rng.randint(1, 4000)} prompt_tokens={rng.randint(1, 900)} password_reset_requested=true max_tokens=512"),
        ("placeholders", lambda: rng.choice(["password=${DB_PASSWORD}", "api_key=<your-api-key>", "token: ********", "secret=[REDACTED]", "AWS_SECRET_ACCESS_KEY=changeme", '"password": null'])),
        ("numbers", lambda: f"order {rng.randint(10**15, 10**16 - 1)}0 shipped ts={rng.randint(1_600_000_000_000, 1_800_000_000_000)} phone +1 415 555 {rng.randint(1000, 9999)}"),
        ("timestamps", lambda: f"{_ts(rng)} INFO GET /api/v1/users/{rng.randint(1, 10**6)} 200 {rng.randint(1, 999)}ms"),
        ("urls", lambda: f"fetching https://cdn.example.com:{rng.choice([443, 8443])}/assets/app.{_hex(rng, 8)}.js from http://10.0.{rng.randint(0, 9)}.{rng.randint(1, 250)}:8080/health"),
        ("base64", lambda: f"payload={base64.b64encode(rng.randbytes(rng.randint(12, 60))).decode()} size={rng.randint(10, 999)}"),
        ("k8s", lambda: f"pod checkout-{_hex(rng, 10)}-{_hex(rng, 5)} image registry.example.com/app@sha256:{_hex(rng, 64)}"),
        ("versions", lambda: f"user-agent: python-requests/2.{rng.randint(0, 32)}.{rng.randint(0, 9)} build {rng.randint(1000, 9999)} v1.{rng.randint(0, 9)}.{rng.randint(0, 9)}"),
    ]
    items: list[Item] = []
    for i in range(count):
        kind, make = makers[i % len(makers)]
        text = make()
        if i % 4 == 3:
            record = {
                "@timestamp": _ts(rng), "trace_id": _hex(rng, 32), "span_id": _hex(rng, 16), "message": text,
                "attributes": {"request_id": str(uuid.UUID(int=rng.getrandbits(128))), "token_count": rng.randint(1, 999),
                               "password_reset_requested": rng.random() < 0.5, "session.duration_ms": rng.randint(1, 10**6),
                               "content.sha256": _hex(rng, 64), "next_page_token": _cursor(rng)},
            }
            items.append(Item(kind, "record", None, record))
        else:
            context, ctext, _ = next(iter(_contexts(rng, text)))
            items.append(Item(kind, context, ctext))
    return items
