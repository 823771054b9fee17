"""A Node service's OpenTelemetry JS SDK exporting to the ingestor: OTLP/JSON and OTLP/protobuf over HTTP.

tests/integration/node/otel_app.js is instrumented the way a Node service is
(NodeTracerProvider with batch processors, a MeterProvider with a periodic
reader, a LoggerProvider), with the SDK's own exporters: exporter-*-otlp-http
sends OTLP/JSON (hex ids, 64-bit times as decimal strings, enums as numbers),
exporter-*-otlp-proto sends protobuf.  Each run goes through ingest → Kafka →
processor → sink, and the stored records are checked against what the app
printed and what the SDK was told to record; both encodings must give the
same records.  The expected values below come from the app's source and the
OpenTelemetry specification (Prometheus names, severity ranges), not from the
decoder.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import CollectorRegistry

from pipeline.ingest import Ingestor
from pipeline.kafka import ensure_topics
from pipeline.process import Processor
from pipeline.sinks.elasticsearch import ElasticsearchSink
from tests.conftest import isolated_config
from tests.helpers import eventually, search

pytestmark = pytest.mark.integration

# (encoding, OTEL_EXPORTER_OTLP_COMPRESSION): the JS exporters' default is no compression
RUNS = {"json": "none", "json-gzip": "gzip", "proto": "gzip"}
SPANS, LOGS, POINTS = 3, 5, 6  # what otel_app.js emits
ODD_SPANS = {"json": 1, "proto": 2}  # otel_odd_values.js's spans stored: over JSON, the one past int64 is refused
HEX32, HEX16 = re.compile(r"[0-9a-f]{32}"), re.compile(r"[0-9a-f]{16}")
SLACK_NS = 2_000_000_000  # clock reads of the app and of the SDK within two seconds: a unit error is 1e3 off
EXACT_LOG_TIME_NS = 1_795_428_000_123_456_789  # otel_app.js's EXACT_LOG_TIME, [1795428000, 123456789]
MILLISECOND_NS = 1_000_000
# otel_app.js's INCOMING_HEADERS: the server span continues this caller's trace
INCOMING_TRACE_ID, INCOMING_SPAN_ID = "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7"
INCOMING_TRACE_STATE = "shop=checkout,vendor=b7"


def _run_app(app_dir: Path, base: str, encoding: str, compression: str, run: str, app: str = "otel_app.js") -> dict[str, Any]:
    env = {**os.environ, "OTEL_EXPORTER_OTLP_COMPRESSION": compression}
    done = subprocess.run(["node", app, base, encoding, run], cwd=app_dir, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, f"node {app} {encoding} failed:\n{done.stdout}\n{done.stderr}"
    printed: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return printed


async def _records(cfg: Any, kind: str, service: str, count: int) -> list[dict[str, Any]] | None:
    docs = [d for d in await search(cfg, kind) if d["service.name"] == service]
    return docs if len(docs) >= count else None


@pytest.fixture(scope="module")
async def exported(broker: Any, store: Any, node_app_dir: Path) -> AsyncIterator[dict[str, dict[str, Any]]]:
    """Per run: what the app printed and the stored spans, logs and metric points of its service."""
    cfg = isolated_config(broker, store)
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    ingest, proc, sink = Ingestor(cfg, registry), Processor(cfg, registry), ElasticsearchSink(cfg, registry)
    async with ingest, proc, sink:
        await eventually(lambda: _ready(ingest), timeout=30)
        base = f"http://127.0.0.1:{ingest.http_port}"
        tag = uuid.uuid4().hex[:6]
        out: dict[str, dict[str, Any]] = {}
        for name, compression in RUNS.items():
            run = f"{name}-{tag}"
            encoding = name.split("-")[0]
            printed = await asyncio.to_thread(_run_app, node_app_dir, base, encoding, compression, run)
            out[name] = {"printed": printed, "service": f"node-otel-{run}"}
        for encoding, spans in ODD_SPANS.items():
            run = f"{encoding}-{tag}"
            printed = await asyncio.to_thread(_run_app, node_app_dir, base, encoding, "none", run, "otel_odd_values.js")
            out[f"odd-{encoding}"] = {"printed": printed, "service": f"node-odd-{run}", "counts": {"spans": spans, "metrics": 1}}
        for found in out.values():
            counts = found.get("counts", {"spans": SPANS, "logs": LOGS, "metrics": POINTS})
            for kind, count in counts.items():
                found[kind] = await eventually(partial(_records, cfg, kind, found["service"], count), timeout=60)
        yield out


async def _ready(component: Any) -> bool:
    return not component.failing()


def _window(printed: dict[str, Any]) -> tuple[int, int]:
    return printed["started_ms"] * 1_000_000 - SLACK_NS, printed["ended_ms"] * 1_000_000 + SLACK_NS


def _typed(values: dict[str, Any]) -> dict[str, Any]:
    """Values with their types, lists and maps item by item: 1, 1.0 and True compare unequal here."""
    def typed(value: Any) -> Any:
        if isinstance(value, dict):
            return _typed(value)
        return [typed(v) for v in value] if isinstance(value, list) else (type(value).__name__, value)
    return {key: typed(value) for key, value in values.items()}


def _stamp(unix_ns: int) -> str:
    """``@timestamp`` as the schema writes it: UTC, milliseconds, ``Z``."""
    return datetime.fromtimestamp(unix_ns // 1_000_000_000, UTC).strftime("%Y-%m-%dT%H:%M:%S") + (
        f".{unix_ns // 1_000_000 % 1000:03d}Z")


@pytest.mark.parametrize("run", list(RUNS))
def test_spans_keep_ids_times_kinds_attributes_events_links_and_status(exported: dict[str, Any], run: str) -> None:
    found = exported[run]
    printed = found["printed"]
    assert set(printed["exports_ok"]) == {"traces", "metrics", "logs"} and all(printed["exports_ok"].values())
    spans = {s["name"]: s for s in found["spans"]}
    assert len(found["spans"]) == SPANS and set(spans) == {"warm cache", "GET /orders/:id", "SELECT orders"}
    low, high = _window(printed)
    for span in spans.values():
        assert HEX32.fullmatch(span["trace_id"]) and HEX16.fullmatch(span["span_id"])
        assert low <= span["start_time_unix_nano"] <= span["end_time_unix_nano"] <= high
        assert span["duration_ns"] == span["end_time_unix_nano"] - span["start_time_unix_nano"]
        assert span["@timestamp"] == _stamp(span["start_time_unix_nano"])
        assert span["scope"] == {"name": "shop.orders", "version": "1.0.0"}
        resource = span["resource"]
        assert (resource["service.name"], resource["service.version"]) == (found["service"], "2.4.0")
        assert (resource["telemetry.sdk.language"], resource["telemetry.sdk.name"]) == ("nodejs", "opentelemetry")

    server, client, linked = spans["GET /orders/:id"], spans["SELECT orders"], spans["warm cache"]
    assert (server["trace_id"], server["span_id"]) == (printed["trace_id"], printed["server_span_id"])
    assert (client["trace_id"], client["span_id"]) == (printed["trace_id"], printed["client_span_id"])
    assert (linked["trace_id"], linked["span_id"]) == (printed["linked_trace_id"], printed["linked_span_id"])
    assert (printed["trace_id"], server["parent_span_id"]) == (INCOMING_TRACE_ID, INCOMING_SPAN_ID)
    assert client["parent_span_id"] == printed["server_span_id"] and "parent_span_id" not in linked
    assert server["trace_state"] == client["trace_state"] == INCOMING_TRACE_STATE and "trace_state" not in linked
    # the SDK starts a span at Date.now() (whole milliseconds) and ends it a performance.now() duration later,
    # so a child may end up to a millisecond after its parent
    assert server["start_time_unix_nano"] <= client["start_time_unix_nano"] <= client["end_time_unix_nano"] <= (
        server["end_time_unix_nano"] + MILLISECOND_NS)
    assert (server["kind"], client["kind"], linked["kind"]) == ("server", "client", "internal")

    assert _typed(server["attributes"]) == _typed({
        "http.request.method": "GET", "http.route": "/orders/:id", "http.response.status_code": 500,
        "order.total": 12.75, "retry.negative": -7, "big.int": 2**53 - 1, "cache.hit": False,
        "order.tags": ["rush", "gift"], "order.quantities": [1, 2, 3], "order.weights": [0.25, 1.5],
        "order.flags": [True, False]})
    assert (server["status.code"], server["status.message"]) == ("error", "internal error")
    [sent] = server["events"]
    assert (sent["name"], _typed(sent["attributes"])) == ("response.sent", _typed({"http.response.body.size": 1024}))
    assert client["start_time_unix_nano"] <= sent["time_unix_nano"] <= server["end_time_unix_nano"] + MILLISECOND_NS

    assert (client["status.code"], client["status.message"]) == ("error", "order lookup failed")
    [exception] = client["events"]
    assert exception["name"] == "exception"
    assert client["start_time_unix_nano"] <= exception["time_unix_nano"] <= client["end_time_unix_nano"]
    assert exception["attributes"]["exception.type"] == "TypeError"
    assert "reading 'total'" in exception["attributes"]["exception.message"]
    assert "at failure" in exception["attributes"]["exception.stacktrace"]
    assert (client["exception.type"], client["exception.message"]) == (
        "TypeError", exception["attributes"]["exception.message"])
    assert client["links"] == [{"trace_id": printed["linked_trace_id"], "span_id": printed["linked_span_id"],
                                "attributes": {"link.reason": "cache warmed first"}}]
    assert (linked["status.code"], "events" in linked, "links" in linked) == ("unset", False, False)


@pytest.mark.parametrize("run", list(RUNS))
def test_logs_keep_severity_body_attributes_trace_context_and_exact_times(exported: dict[str, Any], run: str) -> None:
    found = exported[run]
    printed = found["printed"]
    logs = {d["message"]: d for d in found["logs"]}
    assert len(found["logs"]) == LOGS
    assert set(logs) == {"order lookup failed", "service started", "slow query", "cache state", "exact time"}
    # severity text as sent, or the name of the number's range (the data model's ranges: 5-8 DEBUG)
    assert {m: (d["severity_number"], d["severity_text"]) for m, d in logs.items()} == {
        "order lookup failed": (17, "ERROR"), "service started": (9, "INFO"), "slow query": (13, "WARN"),
        "cache state": (6, "DEBUG"), "exact time": (21, "FATAL")}

    failed = logs["order lookup failed"]
    assert (failed["trace_id"], failed["span_id"]) == (printed["trace_id"], printed["client_span_id"])
    assert _typed(failed["attributes"]) == _typed(
        {"order.id": 42, "order.total": 12.75, "order.paid": False, "order.tags": ["rush", "gift"]})
    assert _typed(logs["service started"]["attributes"]) == _typed({"listen.port": 8080})
    assert _typed(logs["slow query"]["attributes"]) == _typed({"db.duration_ms": 1234.5})
    for message in ("service started", "slow query", "cache state", "exact time"):
        assert "trace_id" not in logs[message] and "span_id" not in logs[message]  # no span was active

    low, high = _window(printed)
    for doc in logs.values():
        assert low <= doc["observed_time_unix_nano"] <= high
        assert doc["@timestamp"] == _stamp(doc["time_unix_nano"])
        assert doc["scope"] == {"name": "shop.orders", "version": "1.0.0"}
        assert doc["resource"]["service.name"] == found["service"]
        if doc["message"] != "exact time":
            assert low <= doc["time_unix_nano"] <= high
    exact = logs["exact time"]
    assert printed["exact_log_time_ns"] == str(EXACT_LOG_TIME_NS)
    assert exact["time_unix_nano"] == EXACT_LOG_TIME_NS  # to the nanosecond: past a double's 53 bits
    assert exact["@timestamp"] == "2026-11-23T10:00:00.123Z"  # date -u -d @1795428000


@pytest.mark.parametrize("run", list(RUNS))
def test_metric_points_keep_values_buckets_and_labels(exported: dict[str, Any], run: str) -> None:
    found = exported[run]
    points: dict[str, list[dict[str, Any]]] = {}
    for point in found["metrics"]:
        points.setdefault(point["name"], []).append(point)
    assert len(found["metrics"]) == POINTS
    # the specification's Prometheus names: units in braces dropped, ms → milliseconds, By → bytes, Cel → celsius
    assert set(points) == {"orders_placed_total", "queue_depth", "request_latency_milliseconds",
                           "payload_size_bytes", "queue_temperature_celsius"}
    low, high = _window(found["printed"])
    for point in found["metrics"]:
        assert low <= point["start_time_unix_nano"] <= point["time_unix_nano"] <= high
        assert point["@timestamp"] == _stamp(point["time_unix_nano"])
        assert point["scope"] == {"name": "shop.orders", "version": "1.0.0"}

    orders = points["orders_placed_total"]
    assert {p["attributes"]["region"]: p["value"] for p in orders} == {"eu": 7, "us": 2}
    for p in orders:
        assert (p["type"], p["monotonic"], p["temporality"]) == ("sum", True, "cumulative")
        assert (p["unit"], p["description"]) == ("{order}", "orders placed")
    [depth] = points["queue_depth"]
    assert (depth["type"], depth["monotonic"], depth["value"], depth["attributes"]) == ("sum", False, -2, {})

    [latency] = points["request_latency_milliseconds"]
    assert (latency["type"], latency["temporality"], latency["unit"]) == ("histogram", "cumulative", "ms")
    assert (latency["count"], latency["sum"], latency["min"], latency["max"]) == (4, 2670, 5, 2500)
    assert (latency["explicit_bounds"], latency["bucket_counts"]) == ([10, 100, 1000], [1, 1, 1, 1])
    assert latency["attributes"] == {"http_route": "/orders/:id"}

    [spread] = points["payload_size_bytes"]
    assert spread["type"] == "exponential_histogram"
    assert (spread["count"], spread["sum"], spread["min"], spread["max"], spread["zero_count"]) == (4, 15, 1, 8, 0)
    positive = spread["positive"]
    assert sum(positive["bucket_counts"]) == 4
    # bucket i holds (base**(offset+i), base**(offset+i+1)] with base = 2**(2**-scale): 1, 2, 4 and 8 each in one
    base = 2 ** (2 ** -spread["scale"])
    filled = [positive["offset"] + i for i, n in enumerate(positive["bucket_counts"]) if n]
    for value, index in zip((1, 2, 4, 8), filled, strict=True):
        assert base**index < value <= base ** (index + 1) * (1 + 1e-9)

    [temperature] = points["queue_temperature_celsius"]
    assert (temperature["type"], temperature["value"], temperature["unit"]) == ("gauge", 21.5, "Cel")
    assert _typed(temperature["attributes"]) == _typed({"room": "a", "floor": 2})


_RUN_BOUND = frozenset({"series_id", "id", "_id", "@timestamp", "duration_ns", "duration_ms"})
_IDS = frozenset({"trace_id", "span_id", "parent_span_id"})


def _comparable(record: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    """A record without what differs from run to run (times, ids of content), its trace and span ids named
    by their role, the run's service name as ``<run>``."""
    def value(key: str, item: Any) -> Any:
        if isinstance(item, dict):
            return _comparable(item, ids)
        if isinstance(item, list):
            return [value(key, v) for v in item]
        if key in _IDS:
            return ids.get(item, f"unknown id {item}")
        return "<run>" if key in ("service.name", "run.id") else item
    return {key: value(key, item) for key, item in record.items()
            if key not in _RUN_BOUND and not key.endswith("time_unix_nano")}


def _by_role(found: dict[str, Any]) -> dict[str, Any]:
    printed = found["printed"]
    ids = {printed["trace_id"]: "trace", printed["server_span_id"]: "server", printed["client_span_id"]: "client",
           printed["linked_trace_id"]: "linked-trace", printed["linked_span_id"]: "linked", INCOMING_SPAN_ID: "incoming"}
    out: dict[str, Any] = {}
    for kind in ("spans", "logs", "metrics"):
        for record in found[kind]:
            name = record.get("name") or record.get("message")
            label = json.dumps(record.get("attributes", {}), sort_keys=True) if kind == "metrics" else ""
            out[f"{kind}:{name}:{label}"] = _comparable(record, ids)
    return out


def test_json_and_protobuf_give_the_same_records(exported: dict[str, Any]) -> None:
    runs = {name: _by_role(exported[name]) for name in RUNS}
    reference = runs["proto"]
    assert len(reference) == SPANS + LOGS + POINTS
    for name, records in runs.items():
        assert set(records) == set(reference), name
        for key, record in records.items():
            assert _typed(record) == _typed(reference[key]), (name, key)


def test_numbers_json_cannot_hold_arrive_as_the_sdk_wrote_them(exported: dict[str, Any]) -> None:
    """NaN and ±Infinity: the JSON exporter writes null (JSON.stringify), so an attribute arrives empty
    and a gauge with no value, read as 0 as an unset protobuf value is; protobuf carries them (the store
    keeps NaN as null).  An integral number past int64: the JSON exporter writes an out-of-range intValue,
    refused with its span alone (a partial success naming the field, which the SDK logs as a warning);
    protobuf writes a double."""
    json_run, proto_run = exported["odd-json"], exported["odd-proto"]
    [warning] = json_run["printed"]["diagnostics"]
    assert "Received Partial Success response" in warning and r'\"rejectedSpans\":\"1\"' in warning
    assert "intValue" in warning and "out of range" in warning
    assert proto_run["printed"]["diagnostics"] == []
    assert json_run["printed"]["exports_ok"] == proto_run["printed"]["exports_ok"] == {"traces": 2, "metrics": 1, "logs": 0}

    [json_span] = json_run["spans"]
    proto_spans = {s["name"]: s for s in proto_run["spans"]}
    empty = {"nan": None, "infinity": None, "minus.infinity": None, "kept": ("int", 1)}
    for span in (json_span, proto_spans["not a number"]):
        assert span["name"] == "not a number"
        assert {k: None if v is None else (type(v).__name__, v) for k, v in span["attributes"].items()} == empty
    assert _typed(proto_spans["past int64"]["attributes"]) == _typed({"huge": 1e19})

    [json_point], [proto_point] = json_run["metrics"], proto_run["metrics"]
    assert (json_point["name"], json_point["type"]) == (proto_point["name"], proto_point["type"]) == ("odd_ratio", "gauge")
    assert (json_point["value"], proto_point["value"]) == (0.0, None)
