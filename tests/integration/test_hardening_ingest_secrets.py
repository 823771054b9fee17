"""Issue #15: the ingestor's answers and log lines never echo a secret sent in a bad field.

Tokens shaped as the scanners' documentation describes them (GitHub's classic personal access
token ``ghp_`` + 36 base-62 characters; an AWS access key id ``AKIA`` + 16 base-32 characters;
a Slack bot token ``xoxb-<digits>-<digits>-<24 characters>``) are sent where a timestamp, an id,
a level, a number, a metric or label name, an action line or a header belongs, to every receiver.
Each request is refused (whole or in part) with a reason, and neither the answer nor anything the
ingestor logged while handling it contains the token.
"""

from __future__ import annotations

import logging
import random
import string
from typing import Any

import aiohttp
import cramjam
import orjson
import pytest
from prometheus_client import CollectorRegistry

from pipeline.ingest import Ingestor
from pipeline.kafka import ensure_topics
from schemas.prometheus import WriteRequest
from tests.helpers import eventually

pytestmark = pytest.mark.integration

_RNG = random.Random(1515_2)
_B62 = string.ascii_letters + string.digits
GHP = "ghp_" + "".join(_RNG.choice(_B62) for _ in range(36))
AKIA = "AKIA" + "".join(_RNG.choice(string.ascii_uppercase + "234567") for _ in range(16))
XOXB = "xoxb-" + "".join(_RNG.choice(string.digits) for _ in range(12)) + "-" + "".join(
    _RNG.choice(string.digits) for _ in range(13)) + "-" + "".join(_RNG.choice(_B62) for _ in range(24))
SECRETS = (GHP, AKIA, XOXB)
_RES = {"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "leaky"}}]}}


def _otlp_logs() -> dict[str, Any]:
    records = [
        {"timeUnixNano": GHP, "body": {"stringValue": "a"}},
        {"body": {"intValue": AKIA}},
        {"traceId": XOXB, "body": {"stringValue": "b"}},
        {"severityNumber": GHP},
        {"observedTimeUnixNano": f"12{AKIA}"},
    ]
    return {"resourceLogs": [{**_RES, "scopeLogs": [{"logRecords": records}]}]}


def _otlp_metrics() -> dict[str, Any]:
    metrics = [
        {"name": "m", "gauge": {"dataPoints": [{"asDouble": AKIA}, {"asInt": GHP}]}},
        {"name": "h", "histogram": {"aggregationTemporality": 2,
                                    "dataPoints": [{"count": "1", "explicitBounds": [XOXB], "bucketCounts": ["1", "0"]}]}},
    ]
    return {"resourceMetrics": [{**_RES, "scopeMetrics": [{"metrics": metrics}]}]}


def _otlp_spans() -> dict[str, Any]:
    spans = [
        {"traceId": "0af7651916cd43dd8448eb211c80319c", "spanId": "b7ad6b7169203331", "startTimeUnixNano": GHP},
        {"traceId": "0af7651916cd43dd8448eb211c80319c", "spanId": AKIA},
        {"traceId": "0af7651916cd43dd8448eb211c80319c", "spanId": "b7ad6b7169203331", "kind": XOXB},
    ]
    return {"resourceSpans": [{**_RES, "scopeSpans": [{"spans": spans}]}]}


def _envelope(*items: tuple[dict[str, Any], bytes]) -> bytes:
    return b"\n".join([b"{}", *(orjson.dumps(header) + b"\n" + payload for header, payload in items)])


def _remote_write() -> bytes:
    request = WriteRequest()
    for labels in ({"__name__": XOXB}, {"__name__": "ok_name", f"{GHP}-x": "v"}, {"__name__": "ok", AKIA: "1", "a": "b"}):
        ts = request.timeseries.add()
        for name, value in labels.items():
            ts.labels.add(name=name, value=value)
        if AKIA in labels:
            ts.labels.add(name=AKIA, value="twice")
        ts.samples.add(value=1, timestamp=1_700_000_000_000)
    return bytes(cramjam.snappy.compress_raw(request.SerializeToString()))


async def test_no_secret_in_any_receivers_answer_or_log(make_config: Any, caplog: pytest.LogCaptureFixture) -> None:
    cfg = make_config(**{"ingest.cors.allowed_origins": ["https://app.example"]})
    await ensure_topics(cfg.kafka)
    caplog.set_level(logging.DEBUG)
    async with Ingestor(cfg, CollectorRegistry()) as ingest, aiohttp.ClientSession() as http:
        await eventually(lambda: _ready(ingest), timeout=30)
        base = f"http://127.0.0.1:{ingest.http_port}"
        zipkin = f"http://127.0.0.1:{ingest.ports['ingest.zipkin']}/api/v2/spans"
        json_type = {"Content-Type": "application/json"}
        rw = {"Content-Encoding": "snappy", "Content-Type": "application/x-protobuf"}
        preflight = {"Origin": f"https://{GHP}.example", "Access-Control-Request-Method": "POST"}
        requests: list[tuple[str, bytes, dict[str, str], tuple[int, ...]]] = [
            (f"{base}/v1/logs", b"", preflight, (403,)),
            (f"{base}/v1/logs", orjson.dumps(_otlp_logs()), json_type, (200, 400)),
            (f"{base}/v1/metrics", orjson.dumps(_otlp_metrics()), json_type, (200, 400)),
            (f"{base}/v1/traces", orjson.dumps(_otlp_spans()), json_type, (200, 400)),
            (f"{base}/v1/logs", b"{}", {"Content-Type": f"application/{GHP}"}, (415,)),
            (f"{base}/v1/logs", b"{}", {**json_type, "Content-Encoding": AKIA}, (415,)),
            (f"{base}/api/v1/logs", b"\n".join(orjson.dumps(line) for line in (
                {"ts": GHP, "msg": "a"}, {"ts": f"2026-01-01T00:00:00{AKIA}", "msg": "b"}, {"ts": XOXB, "msg": "c"},
            )), {"Content-Type": "application/x-ndjson"}, (400,)),
            (f"{base}/_bulk", b"{" + GHP.encode() + b"\n{}\n", {"Content-Type": "application/x-ndjson"}, (400,)),
            (f"{base}/_bulk", orjson.dumps({AKIA: {}}) + b"\n{}\n", {"Content-Type": "application/x-ndjson"}, (400,)),
            (f"{base}/_bulk", b'{"create":{}}\n' + orjson.dumps({"@timestamp": XOXB, "message": "m"}) + b"\n",
             {"Content-Type": "application/x-ndjson"}, (200,)),
            (f"{base}/_{GHP}", b"", {}, (400, 404, 405)),
            (f"{base}/api/7/envelope/", _envelope(
                ({"type": "event"}, orjson.dumps({"level": GHP, "message": "m"})),
                ({"type": "event"}, orjson.dumps({"timestamp": AKIA, "message": "m"})),
                ({"type": "event", "length": XOXB}, b"{}"),
            ), {}, (400,)),
            (f"{base}/api/7/store/", orjson.dumps({"timestamp": f"{GHP}Z", "message": "m"}), {}, (400,)),
            (zipkin, orjson.dumps([
                {"traceId": GHP, "id": "b7ad6b7169203331"},
                {"traceId": "0af7651916cd43dd8448eb211c80319c", "id": AKIA},
                {"traceId": "0af7651916cd43dd8448eb211c80319c", "id": "b7ad6b7169203331", "timestamp": XOXB},
            ]), json_type, (400,)),
            (zipkin, b"[]", {"Content-Type": f"text/{AKIA}"}, (415,)),
            (f"{base}/api/v1/write", _remote_write(), rw, (400,)),
            (f"{base}/api/v1/write", b"", {**rw, "Content-Encoding": GHP}, (415,)),
            (f"{base}/api/v1/write", b"", {**rw, "Content-Type": f"application/x-protobuf;proto={XOXB}"}, (415,)),
        ]
        leaks: list[tuple[str, str]] = []
        for url, body, headers, statuses in requests:
            method = "GET" if "/_ghp_" in url else "OPTIONS" if headers is preflight else "POST"
            async with http.request(method, url, data=body, headers=headers) as resp:
                text = await resp.text()
                assert resp.status in statuses, (url, resp.status, text)
            assert text.strip(), (url, "an answer that says nothing")
            if any(secret[4:24] in text for secret in SECRETS):  # the secret, or a part of it
                leaks.append((url, text))
    assert not leaks, "\n".join(f"{url}: {text[:300]}" for url, text in leaks)
    logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    assert not [secret for secret in SECRETS if secret[4:24] in logged]


async def _ready(component: Any) -> bool:
    return not component.failing()
