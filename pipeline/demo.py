"""Demo traffic for ``sightline up --demo``: a few services, then incidents.

Plays three services (``checkout``, ``payments``, ``inventory``) sending, once
a second, a span per HTTP request over OTLP/HTTP JSON and a log line per request
(with its trace id) as NDJSON, through the ingestor's public endpoints, as an
application's exporter and log shipper would.
After the warm-up it injects, one after another: an error spike in
``checkout``, a latency shift in ``payments``, a never-seen exception type in
``inventory``, and secrets inside log lines (which must come out redacted).
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
import orjson

from pipeline.component import Component
from pipeline.config import Config

__all__ = ["DemoTraffic", "Incident", "demo_batch", "spans_request"]

_ROUTES = {
    "checkout": ["/cart/{id}", "/checkout", "/orders/{id}"],
    "payments": ["/charge", "/refund/{id}"],
    "inventory": ["/items/{id}", "/stock"],
}


@dataclass(frozen=True)
class Incident:
    kind: str
    service: str
    start_s: float  # seconds after the warm-up ends
    duration_s: float


INCIDENTS = (
    Incident("error_spike", "checkout", 0, 120),
    Incident("latency_shift", "payments", 150, 120),
    Incident("new_error_type", "inventory", 300, 60),
    Incident("secrets", "checkout", 390, 60),
)


def _hex(rng: random.Random, n: int) -> str:
    return f"{rng.getrandbits(4 * n):0{n}x}"


def _attr(key: str, value: Any) -> dict[str, Any]:
    if isinstance(value, bool) or not isinstance(value, int):
        return {"key": key, "value": {"stringValue": str(value)}}
    return {"key": key, "value": {"intValue": str(value)}}


def spans_request(batch: list[dict[str, Any]]) -> dict[str, Any]:
    """OTLP/JSON ExportTraceServiceRequest for the request logs of :func:`demo_batch` (one span each).

    >>> req = spans_request(demo_batch(random.Random(1), 1_700_000_000.0, set()))
    >>> sorted(r["resource"]["attributes"][0]["value"]["stringValue"] for r in req["resourceSpans"])
    ['checkout', 'inventory', 'payments']
    """
    by_service: dict[str, list[dict[str, Any]]] = {}
    for rec in batch:
        if "http.route" not in rec:
            continue
        start = int(rec["timestamp"] * 1e9)
        status = rec["http.response.status_code"]
        span = {
            "traceId": rec["trace_id"],
            "spanId": rec["span_id"],
            "name": f"{rec['http.request.method']} {rec['http.route']}",
            "kind": 2,
            "startTimeUnixNano": str(start),
            "endTimeUnixNano": str(start + int(rec["duration_ms"] * 1e6)),
            "attributes": [
                _attr("http.request.method", rec["http.request.method"]),
                _attr("http.route", rec["http.route"]),
                _attr("http.response.status_code", status),
            ],
            "status": {"code": 2, "message": rec["message"]} if status >= 500 else {"code": 0},
        }
        by_service.setdefault(rec["service"], []).append(span)
    return {
        "resourceSpans": [
            {
                "resource": {"attributes": [_attr("service.name", service)]},
                "scopeSpans": [{"scope": {"name": "sightline-demo"}, "spans": spans}],
            }
            for service, spans in by_service.items()
        ]
    }


def demo_batch(rng: random.Random, now: float, active: set[tuple[str, str]], rate: int = 20) -> list[dict[str, Any]]:
    """One second of logs from every service; ``active`` holds (kind, service) incidents under way.

    >>> batch = demo_batch(random.Random(1), 1_700_000_000.0, set())
    >>> sorted({r["service"] for r in batch})
    ['checkout', 'inventory', 'payments']
    """
    out = []
    for service, routes in _ROUTES.items():
        for _ in range(rng.randint(rate - 5, rate + 5)):
            route = rng.choice(routes)
            path = route.replace("{id}", str(rng.randint(1, 99999)))
            base = {"checkout": 80.0, "payments": 120.0, "inventory": 30.0}[service]
            duration = rng.lognormvariate(0, 0.3) * base
            if ("latency_shift", service) in active:
                duration *= 4
            error_p = 0.01 if ("error_spike", service) not in active else 0.35
            status = 500 if rng.random() < error_p else rng.choice((200, 200, 200, 201, 404))
            method = "GET" if "items" in route or "cart" in route else "POST"
            record: dict[str, Any] = {
                "timestamp": now + rng.random(),
                "service": service,
                "level": "error" if status >= 500 else "info",
                "message": f"{method} {path} {status} in {duration:.1f}ms",
                "http.request.method": method,
                "trace_id": _hex(rng, 32),
                "span_id": _hex(rng, 16),
                "http.route": route,
                "http.response.status_code": status,
                "duration_ms": round(duration, 2),
            }
            if status >= 500:
                record["exception.type"] = "UpstreamTimeout"
                record["message"] = f"upstream timed out after {duration:.0f}ms calling {route}"
            out.append(record)
        if ("new_error_type", service) in active and rng.random() < 0.5:
            out.append({
                "timestamp": now + rng.random(),
                "service": service,
                "level": "error",
                "message": f"KeyError: 'warehouse_{rng.randint(1, 9)}' not found in stock map",
                "exception.type": "KeyError",
                "trace_id": _hex(rng, 32),
            })
        if ("secrets", service) in active and rng.random() < 0.5:
            out.append({
                "timestamp": now + rng.random(),
                "service": service,
                "level": "warn",
                "message": "retrying payment provider call with Authorization: Bearer "
                + "eyJhbGciOiJIUzI1NiJ9." + "eyJzdWIiOiJkZW1vIn0." + _hex(rng, 43),
                "db.connection_string": f"postgres://app:hunter{rng.randint(10, 99)}@db:5432/shop",
                "trace_id": _hex(rng, 32),
            })
    return out


class DemoTraffic(Component):
    """Posts :func:`demo_batch` to the ingestor every second until stopped."""

    name = "demo"

    def __init__(self, cfg: Config, endpoint: Callable[[], str], warmup_s: float = 180.0, seed: int = 7) -> None:
        super().__init__()
        self.cfg = cfg
        self.endpoint = endpoint
        self.warmup_s = warmup_s
        self.rng = random.Random(seed)
        self.sent = 0

    def active(self, elapsed: float) -> set[tuple[str, str]]:
        t = elapsed - self.warmup_s
        return {(i.kind, i.service) for i in INCIDENTS if i.start_s <= t < i.start_s + i.duration_s}

    async def _loop(self) -> None:
        started = time.monotonic()
        announced: set[tuple[str, str]] = set()
        async with aiohttp.ClientSession() as session:
            while True:
                elapsed = time.monotonic() - started
                active = self.active(elapsed)
                for incident in active - announced:
                    self.log.info("demo incident starts", extra={"kind": incident[0], "service": incident[1]})
                announced |= active
                batch = demo_batch(self.rng, time.time(), active)
                posts = [
                    ("/api/v1/logs", b"\n".join(orjson.dumps(r) for r in batch), "application/x-ndjson"),
                    ("/v1/traces", orjson.dumps(spans_request(batch)), "application/json"),
                ]
                for path, body, content_type in posts:
                    try:
                        async with session.post(
                            self.endpoint() + path, data=body, headers={"Content-Type": content_type}
                        ) as resp:
                            if resp.status == 200:
                                self.sent += 1
                            else:
                                text = (await resp.text())[:200]
                                self.log.warning("demo batch refused", extra={"path": path, "status": resp.status, "body": text})
                    except aiohttp.ClientError as exc:
                        self.log.warning("demo batch failed", extra={"path": path, "reason": str(exc)})
                await asyncio.sleep(1.0)

    async def _start(self) -> None:
        self.log.info("demo traffic starts", extra={"warmup_s": self.warmup_s})
        self.spawn(self._loop(), "traffic")

    async def _stop(self) -> None:
        return None
