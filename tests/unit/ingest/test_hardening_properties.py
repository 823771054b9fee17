"""Property tests over every ingest decoder (issue #15): the answer accounts for every record, and
every accepted record is one the processor's decoder reads.

Requests are drawn with well-formed and malformed records side by side (times
of 2^63 and more or negative, wrong-typed OTLP JSON fields, NaN/infinite
histogram sums and bounds, bounds out of order, deep nesting, oversized
records).  For each request, what the ingestor would produce is decoded with
the processor's own pure functions (:func:`pipeline.process.decode.decode_batch`
and :func:`schemas.records.encode_lines`), which must not fail and must give
exactly the accepted records.
"""

from __future__ import annotations

import json
import math
from typing import Any

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import ExportMetricsServiceRequest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue

from pipeline.ingest.esbulk.codec import parse_bulk
from pipeline.ingest.jsonlogs.codec import JsonLogMapping, decode_json_logs
from pipeline.ingest.limits import Limits
from pipeline.ingest.otlp.codec import split_json, split_proto
from pipeline.ingest.producer import chunk_records
from pipeline.process.decode import decode_batch
from schemas.raw import (
    FORMAT_OTLP_JSON,
    FORMAT_OTLP_PROTO,
    FORMAT_RECORDS_JSON,
    RawEnvelope,
    Signal,
)
from schemas.records import encode_lines

RECEIVED = 1_795_428_000_000_000_000
LIMITS = Limits(max_depth=8, max_record_bytes=4000, max_batch_bytes=6000)
SETTINGS = settings(
    max_examples=120, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)


def _processor_reads(signal: Signal, fmt: str, batches: list[tuple[str, bytes]]) -> int:
    """Decode every batch as the processor does; the number of records it yields."""
    total = 0
    for service, payload in batches:
        _env, records = decode_batch(signal, RawEnvelope(fmt, RECEIVED).headers(), payload, service.encode())
        for line in encode_lines(records):  # ids and clean-topic lines: must not raise
            orjson.loads(line)
        for record in records:
            for key in ("time_unix_nano", "start_time_unix_nano", "end_time_unix_nano"):
                if key in record:
                    assert 0 <= record[key] < 2**63
            for key in ("sum", "min", "max"):
                if record.get("type") in ("histogram", "exponential_histogram") and key in record:
                    assert math.isfinite(record[key])
        total += len(records)
    return total


# -- value strategies -------------------------------------------------------------------------
_times = st.one_of(
    st.integers(0, 2**62),
    st.integers(2**63 - 2, 2**64 + 5),
    st.integers(-(2**63), -1),
    st.just(0),
)
_json_times = st.one_of(_times, _times.map(str), st.sampled_from(["abc", "1.5", "", "1e30", None, True]))


def _json_anyvalue(depth: int) -> st.SearchStrategy[Any]:
    leaf = st.one_of(
        st.builds(lambda s: {"stringValue": s}, st.text(max_size=20)),
        st.builds(lambda i: {"intValue": i}, st.one_of(st.integers(-(2**64), 2**64), st.sampled_from(["abc", "7"]))),
        st.builds(lambda f: {"doubleValue": f}, st.one_of(st.floats(allow_nan=False, allow_infinity=False),
                                                         st.sampled_from(["NaN", "abc", "Infinity"]))),
        st.builds(lambda b: {"boolValue": b}, st.one_of(st.booleans(), st.just("yes"))),
    )
    if depth <= 0:
        return leaf
    inner = st.deferred(lambda: _json_anyvalue(depth - 1))
    return st.one_of(
        leaf,
        st.builds(lambda vs: {"arrayValue": {"values": vs}}, st.lists(inner, max_size=2)),
        st.builds(lambda kvs: {"kvlistValue": {"values": [{"key": f"k{i}", "value": v} for i, v in enumerate(kvs)]}},
                  st.lists(inner, max_size=2)),
    )


_json_attrs = st.lists(st.builds(lambda k, v: {"key": k, "value": v}, st.sampled_from(["a", "b", "c.d"]),
                                 _json_anyvalue(3)), max_size=3)
_hex = st.sampled_from(["0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", "xyz", ""])


def _json_log() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {},
        optional={
            "timeUnixNano": _json_times,
            "observedTimeUnixNano": _json_times,
            "severityNumber": st.one_of(st.integers(-3, 30), st.sampled_from(["SEVERITY_NUMBER_INFO", "bogus"])),
            "severityText": st.one_of(st.text(max_size=5), st.integers()),
            "body": _json_anyvalue(12),
            "attributes": _json_attrs,
            "flags": st.one_of(st.integers(-2, 2**33), st.just("x")),
            "traceId": _hex,
            "spanId": _hex,
            "droppedAttributesCount": st.integers(-1, 3),
        },
    )


def _json_span() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"traceId": st.just("0af7651916cd43dd8448eb211c80319c"), "spanId": st.just("b7ad6b7169203331")},
        optional={
            "name": st.one_of(st.text(max_size=5), st.integers()),
            "startTimeUnixNano": _json_times,
            "endTimeUnixNano": _json_times,
            "kind": st.one_of(st.integers(-1, 9), st.sampled_from(["SPAN_KIND_SERVER", "odd"])),
            "attributes": _json_attrs,
            "events": st.lists(st.fixed_dictionaries({"timeUnixNano": _json_times, "name": st.just("e")}), max_size=2),
            "status": st.one_of(st.just({"code": 2}), st.just({"code": "x"}), st.just({"message": 3})),
        },
    )


_json_double = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False, width=64), st.sampled_from(["NaN", "Infinity", "-Infinity", "abc"])
)


def _json_metric() -> st.SearchStrategy[dict[str, Any]]:
    number_point = st.fixed_dictionaries(
        {}, optional={"timeUnixNano": _json_times, "asDouble": _json_double, "asInt": st.integers(-(2**64), 2**64),
                      "attributes": _json_attrs},
    )
    hist_point = st.fixed_dictionaries(
        {"count": st.sampled_from(["3", 3, "x"])},
        optional={
            "timeUnixNano": _json_times,
            "sum": _json_double,
            "min": _json_double,
            "explicitBounds": st.lists(_json_double, max_size=3),
            "bucketCounts": st.lists(st.sampled_from(["1", 2]), max_size=4),
        },
    )
    return st.one_of(
        st.builds(lambda pts: {"name": "m.gauge", "gauge": {"dataPoints": pts}}, st.lists(number_point, max_size=3)),
        st.builds(lambda pts, mono: {"name": "m.sum", "sum": {"dataPoints": pts, "isMonotonic": mono,
                                                              "aggregationTemporality": 2}},
                  st.lists(number_point, max_size=3), st.one_of(st.booleans(), st.just("no"))),
        st.builds(lambda pts: {"name": "m.hist", "histogram": {"dataPoints": pts, "aggregationTemporality": 2}},
                  st.lists(hist_point, max_size=3)),
        st.builds(lambda pts: {"gauge": {"dataPoints": pts}}, st.lists(number_point, max_size=2)),  # no name
    )


_RECORDS = {"logs": _json_log, "spans": _json_span, "metrics": _json_metric}
_KEYS = {"logs": ("resourceLogs", "scopeLogs", "logRecords"), "spans": ("resourceSpans", "scopeSpans", "spans"),
         "metrics": ("resourceMetrics", "scopeMetrics", "metrics")}


def _json_request(signal: Signal) -> st.SearchStrategy[tuple[bytes, int]]:
    res_key, scope_key, rec_key = _KEYS[signal]
    resource = st.builds(
        lambda svc, recs: {"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": svc}}]},
                           scope_key: [{rec_key: recs}]},
        st.sampled_from(["api", "db", ""]),
        st.lists(_RECORDS[signal](), max_size=4),
    )

    def encode(resources: list[dict[str, Any]]) -> tuple[bytes, int]:
        if signal == "metrics":
            total = sum(len(next(iter(v for v in m.values() if isinstance(v, dict)))["dataPoints"])
                        for r in resources for m in r[scope_key][0][rec_key])
        else:
            total = sum(len(r[scope_key][0][rec_key]) for r in resources)
        return json.dumps({res_key: resources}).encode(), total  # json: orjson refuses ints over 64 bits

    return st.lists(resource, min_size=1, max_size=3).map(encode)


def _check_split(signal: Signal, body: bytes, total: int, as_json: bool) -> None:
    out = (split_json if as_json else split_proto)(signal, body, LIMITS)
    assert out.accepted + out.rejected == total
    assert sum(out.reasons.values()) == out.rejected
    assert (out.message != "") == (out.rejected > 0)
    fmt = FORMAT_OTLP_JSON if as_json else FORMAT_OTLP_PROTO
    assert _processor_reads(signal, fmt, out.batches) == out.accepted


@SETTINGS
@given(_json_request("logs"))
def test_otlp_json_logs_account_for_every_record(request: tuple[bytes, int]) -> None:
    _check_split("logs", *request, as_json=True)


@SETTINGS
@given(_json_request("spans"))
def test_otlp_json_spans_account_for_every_record(request: tuple[bytes, int]) -> None:
    _check_split("spans", *request, as_json=True)


@SETTINGS
@given(_json_request("metrics"))
def test_otlp_json_metrics_account_for_every_point(request: tuple[bytes, int]) -> None:
    _check_split("metrics", *request, as_json=True)


# -- protobuf ---------------------------------------------------------------------------------
_u64 = st.one_of(st.integers(0, 2**62), st.integers(2**63 - 2, 2**64 - 1))
_double = st.floats(width=64)


def _set_anyvalue(target: AnyValue, spec: Any) -> None:
    if isinstance(spec, list):
        for child in spec:
            _set_anyvalue(target.array_value.values.add(), child)
    elif isinstance(spec, str):
        target.string_value = spec
    else:
        target.int_value = spec


_nested = st.recursive(st.one_of(st.text(max_size=8), st.integers(-(2**63), 2**63 - 1)),
                       lambda inner: st.lists(inner, max_size=2), max_leaves=12)
_big_text = st.one_of(st.text(max_size=10), st.just("x" * 5000))


@st.composite
def _proto_logs(draw: st.DrawFn) -> tuple[bytes, int]:
    req = ExportLogsServiceRequest()
    total = 0
    for service in draw(st.lists(st.sampled_from(["api", "db", ""]), min_size=1, max_size=3)):
        rl = req.resource_logs.add()
        if service:
            rl.resource.attributes.add(key="service.name").value.string_value = service
        records = rl.scope_logs.add().log_records
        for _ in range(draw(st.integers(0, 4))):
            record = records.add()
            record.time_unix_nano = draw(_u64)
            record.observed_time_unix_nano = draw(_u64)
            _set_anyvalue(record.body, draw(st.one_of(_nested, _big_text)))
            record.trace_id = draw(st.sampled_from([b"", b"\1" * 16, b"\1" * 5]))
            total += 1
    return req.SerializeToString(), total


@st.composite
def _proto_spans(draw: st.DrawFn) -> tuple[bytes, int]:
    req = ExportTraceServiceRequest()
    total = 0
    for service in draw(st.lists(st.sampled_from(["api", "db"]), min_size=1, max_size=3)):
        rs = req.resource_spans.add()
        rs.resource.attributes.add(key="service.name").value.string_value = service
        spans = rs.scope_spans.add().spans
        for _ in range(draw(st.integers(0, 4))):
            span = spans.add(trace_id=b"\2" * 16, span_id=b"\3" * 8, name="op")
            span.start_time_unix_nano = draw(_u64)
            span.end_time_unix_nano = draw(_u64)
            for _ in range(draw(st.integers(0, 2))):
                span.events.add(name="e", time_unix_nano=draw(_u64))
            _set_anyvalue(span.attributes.add(key="k").value, draw(_nested))
            total += 1
    return req.SerializeToString(), total


@st.composite
def _proto_metrics(draw: st.DrawFn) -> tuple[bytes, int]:
    req = ExportMetricsServiceRequest()
    total = 0
    for service in draw(st.lists(st.sampled_from(["api", "db"]), min_size=1, max_size=2)):
        rm = req.resource_metrics.add()
        rm.resource.attributes.add(key="service.name").value.string_value = service
        metrics = rm.scope_metrics.add().metrics
        gauge = metrics.add(name="g")
        for _ in range(draw(st.integers(0, 3))):
            gauge.gauge.data_points.add(time_unix_nano=draw(_u64), as_double=draw(_double))
            total += 1
        hist = metrics.add(name="h")
        hist.histogram.aggregation_temporality = 2
        for _ in range(draw(st.integers(0, 3))):
            bounds = draw(st.lists(_double, max_size=3))
            point = hist.histogram.data_points.add(
                time_unix_nano=draw(_u64), count=3, explicit_bounds=bounds,
                bucket_counts=draw(st.sampled_from([[], [1] * (len(bounds) + 1), [1, 2]])),
            )
            if draw(st.booleans()):
                point.sum = draw(_double)
            total += 1
    return req.SerializeToString(), total


@SETTINGS
@given(_proto_logs())
def test_otlp_proto_logs_account_for_every_record(request: tuple[bytes, int]) -> None:
    _check_split("logs", *request, as_json=False)


@SETTINGS
@given(_proto_spans())
def test_otlp_proto_spans_account_for_every_record(request: tuple[bytes, int]) -> None:
    _check_split("spans", *request, as_json=False)


@SETTINGS
@given(_proto_metrics())
def test_otlp_proto_metrics_account_for_every_point(request: tuple[bytes, int]) -> None:
    _check_split("metrics", *request, as_json=False)


# -- JSON logs and bulk -----------------------------------------------------------------------
_ts = st.one_of(
    st.integers(-(2**64), 2**64),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["inf", "-inf", "nan", "1e30", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
                     "2026-11-23T10:00:00Z", "yesterday", "-1", "1795428000"]),
)


def _deep(depth: int) -> Any:
    value: Any = "leaf"
    for _ in range(depth):
        value = {"n": value}
    return value


_log_line = st.fixed_dictionaries(
    {"msg": st.one_of(st.text(max_size=10), st.just("y" * 5000))},
    optional={"ts": _ts, "level": st.one_of(st.sampled_from(["info", "error"]), st.integers(-5, 100)),
              "app": st.sampled_from(["api", "db"]), "nest": st.integers(0, 300).map(_deep),
              "n": st.integers(-(2**64), 2**64)},
)


def _lines_body(lines: list[Any]) -> bytes:
    return b"\n".join(json.dumps(line).encode() for line in lines)


def _records_read(records: list[dict[str, Any]], signal: Signal = "logs") -> int:
    """Produce ``records`` as the receivers do (records-json batches by service); what the processor reads."""
    by_service: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_service.setdefault(record["service.name"], []).append(record)
    batches = [(svc, chunk) for svc, recs in by_service.items() for chunk in chunk_records(recs, LIMITS.max_batch_bytes)]
    for _svc, chunk in batches:
        assert len(chunk) <= LIMITS.max_batch_bytes
    return _processor_reads(signal, FORMAT_RECORDS_JSON, batches)


@SETTINGS
@given(st.lists(st.one_of(_log_line, st.just("not an object"), st.just(5)), min_size=1, max_size=8))
def test_json_logs_account_for_every_line(lines: list[Any]) -> None:
    body = _lines_body(lines)
    out = decode_json_logs(body, JsonLogMapping(), "unknown_service", RECEIVED, None, LIMITS.max_depth,
                           LIMITS.max_record_bytes)
    assert len(out.records) + len(out.rejected) == len(lines)
    assert len({r.line for r in out.rejected}) == len(out.rejected)
    assert _records_read(out.records) == len(out.records)


@SETTINGS
@given(st.lists(st.one_of(_log_line, st.just([1])), min_size=1, max_size=8))
def test_bulk_items_account_for_every_document(docs: list[Any]) -> None:
    body = b"".join(b'{"create": {"_index": "app"}}\n' + json.dumps(doc).encode() + b"\n" for doc in docs)
    items = parse_bulk(body, None, JsonLogMapping(), "unknown_service", RECEIVED, "", LIMITS.max_depth,
                       LIMITS.max_record_bytes)
    assert len(items) == len(docs)
    refused = [i for i in items if i.record is None]
    assert all(i.status in (400, 413) and i.reason for i in refused)
    accepted = [i.record for i in items if i.record is not None]
    assert _records_read(accepted) == len(accepted)
