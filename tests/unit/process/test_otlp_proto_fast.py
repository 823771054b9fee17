"""OTLP protobuf read with attributes as wire bytes (``otlp_records.proto_records``) against the reference
path (the request parsed as the OTLP types, then ``spans_records`` and the others): equal records, the
fast path taken, and what the reference parser refuses still refused with the same error."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import ExportMetricsServiceRequest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, ArrayValue, KeyValue

from pipeline.process import otlp_records
from pipeline.process.otlp_records import (
    OtlpDecodeError,
    attributes,
    parse_otlp_proto,
    proto_records,
)
from schemas.records import format_timestamp
from tests.unit.process.test_otlp_json_parity import logs_requests, metrics_requests, spans_requests

_REFERENCE = {"logs": otlp_records.logs_records, "spans": otlp_records.spans_records, "metrics": otlp_records.metrics_records}
_SETTINGS = settings(max_examples=200, derandomize=True, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@pytest.fixture
def no_reference(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(signal: str, value: bytes) -> Any:
        raise AssertionError("proto_records fell back to the reference path")

    monkeypatch.setattr(otlp_records, "parse_otlp_proto", refuse)


def _check(signal: str, request: Any) -> None:
    payload = request.SerializeToString()
    expected = _REFERENCE[signal](parse_otlp_proto(signal, payload), "fallback-svc", 7)
    for _ in range(2):  # the second time from the cache of attributes seen
        assert proto_records(signal, payload, "fallback-svc", 7) == expected


@_SETTINGS
@given(request=spans_requests())
def test_spans_equal_the_reference_path(no_reference: None, request: Any) -> None:
    _check("spans", request)


@_SETTINGS
@given(request=logs_requests())
def test_logs_equal_the_reference_path(no_reference: None, request: Any) -> None:
    _check("logs", request)


@_SETTINGS
@given(request=metrics_requests())
def test_metrics_equal_the_reference_path(no_reference: None, request: Any) -> None:
    _check("metrics", request)


def _span_request(*kvs: KeyValue) -> ExportTraceServiceRequest:
    req = ExportTraceServiceRequest()
    sp = req.resource_spans.add().scope_spans.add().spans.add(name="GET", trace_id=b"\1" * 16, span_id=b"\2" * 8)
    sp.attributes.extend(kvs)
    return req


def test_valid_requests_take_the_fast_path(no_reference: None) -> None:
    kvs = [KeyValue(key="http.route", value=AnyValue(string_value="/a")), KeyValue(key="n", value=AnyValue(int_value=-3)),
           KeyValue(key="k" * 200, value=AnyValue(string_value="v" * 300)), KeyValue(key="f", value=AnyValue(double_value=0.5))]
    [rec] = proto_records("spans", _span_request(*kvs).SerializeToString(), "svc", 1)
    assert rec["attributes"] == {"http.route": "/a", "n": -3, "k" * 200: "v" * 300, "f": 0.5}


@_SETTINGS
@given(key=st.text(max_size=150), value=st.one_of(st.text(max_size=150), st.integers(-(2**63), 2**63 - 1)))
def test_a_hand_read_attribute_is_what_protobuf_reads(key: str, value: Any) -> None:
    kv = KeyValue(key=key, value=AnyValue(string_value=value) if isinstance(value, str) else AnyValue(int_value=value))
    pair = otlp_records._wire_pair(kv.SerializeToString())
    expected = attributes((kv,))
    otlp_records._kv_cache.pop(kv.SerializeToString(), None)
    assert otlp_records._flat_wire([kv.SerializeToString()]) == expected  # the string case written out there
    assert otlp_records._flat_wire([kv.SerializeToString()]) == expected  # and from the cache
    if pair is not None:
        assert {pair[0]: pair[1]} == expected
    else:  # the shapes left to protobuf: an empty key, a negative integer, a key or value past one length byte
        assert (not key or len(key.encode()) > 127 or (isinstance(value, int) and value < 0)
                or (isinstance(value, str) and len(value.encode()) > 125))


@pytest.mark.parametrize(
    "raw",
    [
        b"\x0a\x02\xff\xfe\x12\x03\x0a\x01a",  # key not UTF-8
        b"\x0a\x01k\x12\x03\x0a\x01\xff",  # string value not UTF-8
        b"\x0a\x01k\x12\x02\x18\x80",  # a varint cut short
        b"\x0a\x05k",  # a key longer than the KeyValue
    ],
)
def test_what_the_reference_parser_refuses_is_refused_alike(raw: bytes) -> None:
    wire_request = otlp_records._WIRE_TYPES["spans"]()
    wire_request.resource_spans.add().scope_spans.add().spans.add(name="x").attributes.append(raw)
    payload = wire_request.SerializeToString()
    with pytest.raises(OtlpDecodeError) as reference:
        parse_otlp_proto("spans", payload)
    with pytest.raises(OtlpDecodeError) as fast:
        proto_records("spans", payload, "svc", 1)
    assert (fast.value.reason, str(fast.value)) == (reference.value.reason, str(reference.value))


def test_list_values_are_not_shared_between_records() -> None:
    tags = KeyValue(key="tags", value=AnyValue(array_value=ArrayValue(values=[AnyValue(string_value="a")])))
    req = _span_request(tags)
    req.resource_spans[0].scope_spans[0].spans.add(name="GET").attributes.append(tags)
    first, second = proto_records("spans", req.SerializeToString(), "svc", 1)
    first["attributes"]["tags"].append("changed")  # redaction rewrites records in place
    assert second["attributes"]["tags"] == ["a"]


def test_the_attribute_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(otlp_records, "_KV_CACHE_MAX", 5)
    monkeypatch.setattr(otlp_records, "_kv_cache", {})
    kvs = [KeyValue(key=f"k{i}", value=AnyValue(string_value=str(i))) for i in range(12)]
    [rec] = proto_records("spans", _span_request(*kvs).SerializeToString(), "svc", 1)
    assert rec["attributes"] == {f"k{i}": str(i) for i in range(12)}
    assert 0 < len(otlp_records._kv_cache) <= 5


def test_points_of_one_series_get_their_own_labels_dict_and_list_values() -> None:
    req = ExportMetricsServiceRequest()
    gauge = req.resource_metrics.add().scope_metrics.add().metrics.add(name="queue.depth").gauge
    route = KeyValue(key="http.route", value=AnyValue(string_value="/a"))
    tags = KeyValue(key="tags", value=AnyValue(array_value=ArrayValue(values=[AnyValue(string_value="a")])))
    for attrs in ([route], [route], [tags], [tags]):
        gauge.data_points.add(time_unix_nano=5, as_int=1).attributes.extend(attrs)
    for _ in range(2):  # the second time from the series cache
        first, second, third, fourth = proto_records("metrics", req.SerializeToString(), "svc", 1)
        assert first["series_id"] == second["series_id"] and first["attributes"] == second["attributes"] == {"http_route": "/a"}
        first["attributes"]["http_route"] = "changed"  # redaction rewrites records in place
        third["attributes"]["tags"].append("changed")
        assert second["attributes"] == {"http_route": "/a"} and fourth["attributes"]["tags"] == ["a"]


def test_a_number_point_reads_the_member_of_its_value_oneof_that_was_set() -> None:
    # expected values written by hand from the OTLP definition: as_int and as_double are one oneof
    req = ExportMetricsServiceRequest()
    metrics = req.resource_metrics.add().scope_metrics.add().metrics
    gauge = metrics.add(name="queue.depth").gauge
    total = metrics.add(name="jobs", unit="1").sum
    total.is_monotonic = True
    total.aggregation_temporality = 2
    for points in (gauge.data_points, total.data_points):
        points.add(time_unix_nano=1, as_int=7)
        points.add(time_unix_nano=2, as_int=0)  # the integer zero: set, and equal to the default
        points.add(time_unix_nano=3, as_double=-0.0)
        points.add(time_unix_nano=4, as_double=2.5)
        points.add(time_unix_nano=5)  # neither member set
        points.add(time_unix_nano=6, as_int=-(2**63))
    records = proto_records("metrics", req.SerializeToString(), "svc", 1)
    values = [rec["value"] for rec in records]
    assert values == [7.0, 0.0, -0.0, 2.5, 0.0, -(2.0**63)] * 2
    assert all(type(v) is float for v in values)
    assert [math.copysign(1.0, v) for v in values[1:3]] == [1.0, -1.0]  # -0.0 keeps its sign, 0 does not gain one
    assert [rec.get("monotonic") for rec in records] == [None] * 6 + [True] * 6


@_SETTINGS
@given(unix_ns=st.one_of(st.integers(0, 2**64 - 1), st.integers(1_700_000_000_000_000_000, 1_700_000_002_000_000_000)))
def test_the_inline_timestamp_is_format_timestamp(unix_ns: int) -> None:
    for _ in range(2):  # the second time from the cache of seconds
        assert otlp_records._timestamp(unix_ns) == format_timestamp(unix_ns)


@pytest.mark.parametrize(
    ("code", "message", "expected"),
    [  # written by hand from the OTLP definition: StatusCode 0 unset, 1 ok, 2 error; the message kept when set
        (None, None, ("unset", None)),  # no Status at all: the usual span
        (0, "", ("unset", None)),
        (1, "", ("ok", None)),
        (2, "boom", ("error", "boom")),
        (0, "a message without a code", ("unset", "a message without a code")),
        (7, "", ("unset", None)),  # a code this version does not know
    ],
)
def test_a_span_status_is_read_from_its_wire_bytes(no_reference: None, code: int | None, message: str | None,
                                                   expected: tuple[str, str | None]) -> None:
    req = _span_request()
    if code is not None:
        status = req.resource_spans[0].scope_spans[0].spans[0].status
        status.code, status.message = code, message
    [rec] = proto_records("spans", req.SerializeToString(), "svc", 1)
    assert (rec["status.code"], rec.get("status.message")) == expected


def test_a_status_the_reference_parser_refuses_is_refused_alike() -> None:
    # a span (field 2 of ScopeSpans) holding only a Status (field 15) whose code's varint is cut short
    span = b"\x7a\x02\x18\x80"
    payload = b"\x0a" + bytes([len(span) + 4]) + b"\x12" + bytes([len(span) + 2]) + b"\x12" + bytes([len(span)]) + span
    with pytest.raises(OtlpDecodeError) as reference:
        parse_otlp_proto("spans", payload)
    with pytest.raises(OtlpDecodeError) as fast:
        proto_records("spans", payload, "svc", 1)
    assert (fast.value.reason, str(fast.value)) == (reference.value.reason, str(reference.value))
