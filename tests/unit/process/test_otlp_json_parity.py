"""OTLP/JSON straight into records (pipeline.process.otlp_json) against the protobuf decoder.

Requests are generated as protobuf messages, written as JSON by protobuf's own
``MessageToDict`` (the reference mapping: camelCase, 64-bit integers as strings,
enums by name) and in the spelling OTLP exporters use (enums and integers as
numbers), then decoded both ways; the records and their ids must be equal and
the fast pass must have made them (no silent fall-back to the reference path).
"""

from __future__ import annotations

import base64
from typing import Any

import orjson
import pytest
from google.protobuf import json_format
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import ExportMetricsServiceRequest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, ArrayValue, KeyValue, KeyValueList

from pipeline.process import otlp_json
from pipeline.process.decode import decode_raw
from schemas.raw import FORMAT_OTLP_JSON, FORMAT_OTLP_PROTO, RawEnvelope

PROTO = RawEnvelope(FORMAT_OTLP_PROTO, 1_795_428_000_000_000_000, request="r1.0").headers()
JSON = RawEnvelope(FORMAT_OTLP_JSON, 1_795_428_000_000_000_000, request="r1.0").headers()

_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
_keys = st.sampled_from(["service.name", "http.route", "url.path", "http.request.method", "http.response.status_code",
                         "exception.type", "user.id", "k8s", "a.b", ""])
_times = st.integers(min_value=0, max_value=2**63)
_scalar = st.one_of(
    _text.map(lambda s: AnyValue(string_value=s)),
    st.integers(min_value=-(2**63), max_value=2**63 - 1).map(lambda i: AnyValue(int_value=i)),
    st.floats(allow_nan=False).map(lambda f: AnyValue(double_value=f)),
    st.booleans().map(lambda b: AnyValue(bool_value=b)),
    st.just(AnyValue()),
)
_value = st.recursive(
    _scalar,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3).map(lambda vs: AnyValue(array_value=ArrayValue(values=vs))),
        st.lists(st.tuples(_keys, inner), max_size=3).map(
            lambda kvs: AnyValue(kvlist_value=KeyValueList(values=[KeyValue(key=k, value=v) for k, v in kvs]))
        ),
    ),
    max_leaves=6,
)
_attrs = st.lists(st.tuples(_keys, _value), max_size=4).map(lambda kvs: [KeyValue(key=k, value=v) for k, v in kvs])
_ids = st.one_of(st.binary(min_size=16, max_size=16), st.just(b""), st.just(bytes(16)))
_sids = st.one_of(st.binary(min_size=8, max_size=8), st.just(b""))


@st.composite
def spans_requests(draw: Any) -> ExportTraceServiceRequest:
    req = ExportTraceServiceRequest()
    for _ in range(draw(st.integers(1, 2))):
        rs = req.resource_spans.add()
        rs.resource.attributes.extend(draw(_attrs))
        ss = rs.scope_spans.add()
        ss.scope.name, ss.scope.version = draw(_text), draw(_text)
        for _ in range(draw(st.integers(0, 4))):
            sp = ss.spans.add(trace_id=draw(_ids), span_id=draw(_sids), parent_span_id=draw(_sids), name=draw(_text),
                              kind=draw(st.integers(0, 5)), start_time_unix_nano=draw(_times),
                              end_time_unix_nano=draw(_times), trace_state=draw(st.sampled_from(["", "ot=th:8"])))
            sp.attributes.extend(draw(_attrs))
            sp.status.code, sp.status.message = draw(st.integers(0, 2)), draw(_text)
            for _ in range(draw(st.integers(0, 2))):
                ev = sp.events.add(name=draw(st.sampled_from(["exception", "retry"])), time_unix_nano=draw(_times))
                ev.attributes.extend(draw(_attrs))
            for _ in range(draw(st.integers(0, 2))):
                link = sp.links.add(trace_id=draw(_ids), span_id=draw(_sids), trace_state=draw(st.sampled_from(["", "a=b"])))
                link.attributes.extend(draw(_attrs))
    return req


@st.composite
def logs_requests(draw: Any) -> ExportLogsServiceRequest:
    req = ExportLogsServiceRequest()
    rl = req.resource_logs.add()
    rl.resource.attributes.extend(draw(_attrs))
    sl = rl.scope_logs.add()
    sl.scope.name = draw(_text)
    for _ in range(draw(st.integers(0, 4))):
        lr = sl.log_records.add(time_unix_nano=draw(_times), observed_time_unix_nano=draw(_times),
                                severity_number=draw(st.integers(0, 24)), severity_text=draw(st.sampled_from(["", "warn", "Error"])),
                                trace_id=draw(_ids), span_id=draw(_sids), event_name=draw(st.sampled_from(["", "login"])))
        body = draw(_value)
        if draw(st.booleans()):
            lr.body.CopyFrom(body)
        lr.attributes.extend(draw(_attrs))
    return req


_floats = st.floats(allow_nan=False, allow_infinity=False, width=64)
_counts = st.integers(min_value=0, max_value=2**64 - 1)


@st.composite
def metrics_requests(draw: Any) -> ExportMetricsServiceRequest:
    req = ExportMetricsServiceRequest()
    rm = req.resource_metrics.add()
    rm.resource.attributes.extend(draw(_attrs))
    sm = rm.scope_metrics.add()
    for _ in range(draw(st.integers(0, 4))):
        m = sm.metrics.add(name=draw(st.sampled_from(["http.server.request.duration", "queue.depth", "x"])),
                           unit=draw(st.sampled_from(["", "ms", "s", "{request}", "By"])), description=draw(_text))
        kind = draw(st.sampled_from(["gauge", "sum", "histogram", "exponential_histogram", "summary", "none"]))
        for _ in range(draw(st.integers(0, 3))):
            common = {"time_unix_nano": draw(_times), "start_time_unix_nano": draw(_times)}
            if kind in ("gauge", "sum"):
                holder = m.gauge if kind == "gauge" else m.sum
                number = (
                    {"as_int": draw(st.integers(-(2**63), 2**63 - 1))} if draw(st.booleans()) else {"as_double": draw(_floats)}
                )
                p = holder.data_points.add(**common, **number)
                if kind == "sum":
                    m.sum.is_monotonic = draw(st.booleans())
                    m.sum.aggregation_temporality = draw(st.integers(0, 2))
            elif kind == "histogram":
                m.histogram.aggregation_temporality = draw(st.integers(0, 2))
                p = m.histogram.data_points.add(**common, count=draw(_counts))
                for name in ("sum", "min", "max"):
                    if draw(st.booleans()):
                        setattr(p, name, draw(_floats))
                p.explicit_bounds.extend(draw(st.lists(_floats, max_size=4)))
                p.bucket_counts.extend(draw(st.lists(_counts, max_size=5)))
            elif kind == "exponential_histogram":
                m.exponential_histogram.aggregation_temporality = draw(st.integers(0, 2))
                p = m.exponential_histogram.data_points.add(**common, count=draw(_counts), scale=draw(st.integers(-10, 20)),
                                                            zero_count=draw(_counts))
                p.positive.offset = draw(st.integers(-(2**31), 2**31 - 1))
                p.positive.bucket_counts.extend(draw(st.lists(_counts, max_size=4)))
                p.negative.bucket_counts.extend(draw(st.lists(_counts, max_size=2)))
            elif kind == "summary":
                p = m.summary.data_points.add(**common, count=draw(_counts), sum=draw(_floats))
                for _ in range(draw(st.integers(0, 2))):
                    p.quantile_values.add(quantile=draw(_floats), value=draw(_floats))
            else:
                continue
            p.attributes.extend(draw(_attrs))
    return req


def _hex_ids(node: Any) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("traceId", "spanId", "parentSpanId") and isinstance(value, str):
                node[key] = base64.b64decode(value).hex()
            else:
                _hex_ids(value)
    elif isinstance(node, list):
        for value in node:
            _hex_ids(value)


def _as_exporters_write(node: Any) -> Any:
    """Enums as numbers and 64-bit integers as JSON numbers, as OTLP exporters write them."""
    enums = {"kind", "code", "severityNumber", "aggregationTemporality"}
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if isinstance(value, str) and (key.endswith("UnixNano") or key in ("intValue", "count", "zeroCount")):
                out[key] = int(value)
            elif key == "bucketCounts" and isinstance(value, list):
                out[key] = [int(v) for v in value]
            elif key in enums and isinstance(value, str):
                out[key] = _ENUM_NUMBERS[value]
            else:
                out[key] = _as_exporters_write(value)
        return out
    if isinstance(node, list):
        return [_as_exporters_write(v) for v in node]
    return node


def _enum_numbers() -> dict[str, int]:
    from opentelemetry.proto.logs.v1.logs_pb2 import SeverityNumber
    from opentelemetry.proto.metrics.v1.metrics_pb2 import AggregationTemporality
    from opentelemetry.proto.trace.v1.trace_pb2 import Span, Status

    out: dict[str, int] = {}
    for enum in (SeverityNumber, AggregationTemporality, Span.SpanKind, Status.StatusCode):
        out.update(enum.items())
    return out


_ENUM_NUMBERS = _enum_numbers()


@pytest.fixture
def no_reference(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(signal: str, value: bytes) -> Any:
        raise AssertionError("the fast pass fell back to json_format")

    monkeypatch.setattr(otlp_json, "parse_otlp_json", refuse)


def _check(signal: str, request: Any) -> None:
    expected = decode_raw(signal, PROTO, request.SerializeToString(), b"fallback-svc")
    data = json_format.MessageToDict(request)
    _hex_ids(data)
    for spelling in (data, _as_exporters_write(data)):
        got = decode_raw(signal, JSON, orjson.dumps(spelling), b"fallback-svc")
        assert got == expected


_SETTINGS = settings(max_examples=150, derandomize=True, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@_SETTINGS
@given(request=spans_requests())
def test_spans_json_equals_protobuf(no_reference: None, request: ExportTraceServiceRequest) -> None:
    _check("spans", request)


@_SETTINGS
@given(request=logs_requests())
def test_logs_json_equals_protobuf(no_reference: None, request: ExportLogsServiceRequest) -> None:
    _check("logs", request)


@_SETTINGS
@given(request=metrics_requests())
def test_metrics_json_equals_protobuf(no_reference: None, request: ExportMetricsServiceRequest) -> None:
    _check("metrics", request)


def test_snake_case_names_and_bytes_values_take_the_reference_path() -> None:
    body = {"resource_logs": [{"scope_logs": [{"log_records": [
        {"time_unix_nano": "5", "body": {"bytes_value": base64.b64encode(b"\x00\x01").decode()}, "trace_id": "ab" * 16},
    ]}]}]}
    [rec] = decode_raw("logs", JSON, orjson.dumps(body))
    assert rec["time_unix_nano"] == 5 and rec["message"] == '"AAE="' and rec["trace_id"] == "ab" * 16


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b'{"resourceSpans": [{"scopeSpans": [{"spans": [{"traceId": "zz"}]}]}]}', "invalid_shape"),
        (b'{"resourceSpans": [{"scopeSpans": [{"spans": [{"startTimeUnixNano": "soon"}]}]}]}', "invalid_shape"),
        (b'{"resourceSpans": [{"scopeSpans": [{"spans": [{"attributes": [{"key": "a", "value": {"intValue": "1.5"}}]}]}]}]}', "invalid_shape"),
        (b'{"resourceSpans": [{"scopeSpans": [{"spans": [{"name": 5}]}]}]}', "invalid_shape"),
        (b'{"resourceSpans": {}}', "invalid_shape"),
    ],
)
def test_what_the_reference_parser_refuses_is_refused(payload: bytes, reason: str) -> None:
    from pipeline.process.decode import DecodeError

    with pytest.raises(DecodeError) as err:
        decode_raw("spans", JSON, payload)
    assert err.value.reason == reason


# -- cases from the OTLP specification's JSON Protobuf Encoding rules -----------------------------
#
# opentelemetry-proto docs/specification.md ("JSON Protobuf Encoding"): trace and span ids are
# case-insensitive hex; enum values are integers (the protobuf JSON mapping also allows their names);
# 64-bit integers are decimal strings, and numbers or strings are accepted when decoding; unknown
# field names are ignored; keys are lowerCamelCase.  From the protobuf JSON mapping: a double may be
# written as a JSON integer or as "NaN"/"Infinity"/"-Infinity", and a field left out takes its
# default.  Each JSON request below is written by hand, and the expected records are those of the same
# request built as a protobuf message (not through any JSON code), decoded by the protobuf decoder.

_TRACE_HEX = "5B8EFFF798038103D269B633813FC60C"  # the specification's example spelling: upper case
_SPAN_HEX = "EEE19B7EC3C1B174"
_PARENT_HEX = "eee19b7ec3c1b173"
_T = 1_544_712_660_000_000_000


def _proto_records(signal: str, request: Any) -> list[dict[str, Any]]:
    return decode_raw(signal, PROTO, request.SerializeToString(), b"fallback-svc")


def _json_records(body: dict[str, Any]) -> list[dict[str, Any]]:
    signal = {"resourceSpans": "spans", "resourceLogs": "logs", "resourceMetrics": "metrics"}[next(iter(body))]
    return decode_raw(signal, JSON, orjson.dumps(body), b"fallback-svc")


def _service() -> list[dict[str, Any]]:
    return [{"key": "service.name", "value": {"stringValue": "my.service"}}]


def _expected_span(kind: int = 2, code: int = 0, attrs: list[KeyValue] | None = None) -> ExportTraceServiceRequest:
    req = ExportTraceServiceRequest()
    rs = req.resource_spans.add()
    rs.resource.attributes.append(KeyValue(key="service.name", value=AnyValue(string_value="my.service")))
    sp = rs.scope_spans.add().spans.add(
        trace_id=bytes.fromhex(_TRACE_HEX), span_id=bytes.fromhex(_SPAN_HEX), parent_span_id=bytes.fromhex(_PARENT_HEX),
        name="I'm a server span", kind=kind, start_time_unix_nano=_T, end_time_unix_nano=_T + 1_000_000_000,
    )
    sp.status.code = code
    sp.attributes.extend(attrs or [])
    return req


def _span_json(**fields: Any) -> dict[str, Any]:
    span = {"traceId": _TRACE_HEX, "spanId": _SPAN_HEX, "parentSpanId": _PARENT_HEX, "name": "I'm a server span",
            "startTimeUnixNano": _T, "endTimeUnixNano": _T + 1_000_000_000, "kind": 2, **fields}
    return {"resourceSpans": [{"resource": {"attributes": _service()}, "scopeSpans": [{"spans": [span]}]}]}


def test_spec_ids_are_case_insensitive_hex_and_come_out_lowercase(no_reference: None) -> None:
    [rec] = _json_records(_span_json())
    assert rec["trace_id"] == _TRACE_HEX.lower() and rec["span_id"] == _SPAN_HEX.lower()
    assert rec["parent_span_id"] == _PARENT_HEX
    assert [rec] == _proto_records("spans", _expected_span())


@pytest.mark.parametrize(("kind", "code"), [(2, 2), ("SPAN_KIND_SERVER", "STATUS_CODE_ERROR"), (3, "STATUS_CODE_OK")])
def test_spec_enums_as_integers_or_names(no_reference: None, kind: Any, code: Any) -> None:
    [rec] = _json_records(_span_json(kind=kind, status={"code": code}))
    names = {"STATUS_CODE_ERROR": 2, "STATUS_CODE_OK": 1, "SPAN_KIND_SERVER": 2}
    expected = _expected_span(kind=names.get(kind, kind), code=names.get(code, code))
    assert [rec] == _proto_records("spans", expected)
    assert rec["kind"] == ("server" if kind in (2, "SPAN_KIND_SERVER") else "client")
    assert rec["status.code"] == ("error" if code in (2, "STATUS_CODE_ERROR") else "ok")


@pytest.mark.parametrize("spelling", [str, int])
def test_spec_64_bit_integers_as_strings_or_numbers(no_reference: None, spelling: Any) -> None:
    body = _span_json(startTimeUnixNano=spelling(_T), endTimeUnixNano=spelling(_T + 1_000_000_000),
                      attributes=[{"key": "n", "value": {"intValue": spelling(-5)}},
                                  {"key": "big", "value": {"intValue": spelling(2**63 - 1)}}])
    [rec] = _json_records(body)
    expected = _expected_span(attrs=[KeyValue(key="n", value=AnyValue(int_value=-5)),
                                     KeyValue(key="big", value=AnyValue(int_value=2**63 - 1))])
    assert [rec] == _proto_records("spans", expected)
    assert rec["start_time_unix_nano"] == _T and rec["attributes"] == {"n": -5, "big": 2**63 - 1}


def test_spec_unknown_fields_are_ignored(no_reference: None) -> None:
    body = _span_json(droppedAttributesCount=3, flags=256, someFieldOfALaterVersion={"x": [1, 2]},
                      status={"code": 2, "message": "boom", "anotherNewField": True})
    body["resourceSpans"][0]["schemaUrl"] = "https://opentelemetry.io/schemas/1.21.0"
    body["resourceSpans"][0]["scopeSpans"][0]["scope"] = {"name": "my.library", "version": "1.0.0", "attributes": [
        {"key": "my.scope.attribute", "value": {"stringValue": "some scope attribute"}}]}
    [rec] = _json_records(body)
    expected = _expected_span(code=2)
    expected.resource_spans[0].scope_spans[0].spans[0].status.message = "boom"
    expected.resource_spans[0].scope_spans[0].scope.name = "my.library"
    expected.resource_spans[0].scope_spans[0].scope.version = "1.0.0"
    assert [rec] == _proto_records("spans", expected)
    assert rec["scope"] == {"name": "my.library", "version": "1.0.0"} and rec["status.message"] == "boom"


def test_spec_missing_optional_fields_take_their_defaults(no_reference: None) -> None:
    body = {"resourceLogs": [{"resource": {"attributes": _service()}, "scopeLogs": [{"logRecords": [
        {"observedTimeUnixNano": str(_T), "body": {"stringValue": "hello"}},  # no time, severity, ids, attributes
        {},  # nothing at all
    ]}]}]}
    expected = ExportLogsServiceRequest()
    rl = expected.resource_logs.add()
    rl.resource.attributes.append(KeyValue(key="service.name", value=AnyValue(string_value="my.service")))
    sl = rl.scope_logs.add()
    sl.log_records.add(observed_time_unix_nano=_T, body=AnyValue(string_value="hello"))
    sl.log_records.add()
    got = _json_records(body)
    assert got == _proto_records("logs", expected)
    assert got[0]["time_unix_nano"] == _T and "trace_id" not in got[0] and got[0]["severity_text"] == ""
    assert got[1]["time_unix_nano"] == got[1]["observed_time_unix_nano"] == 1_795_428_000_000_000_000  # received


def test_spec_doubles_as_json_integers_and_special_values(no_reference: None) -> None:
    attrs = [{"key": "my.histogram.attr", "value": {"stringValue": "some value"}}]
    body = {"resourceMetrics": [{"resource": {"attributes": _service()}, "scopeMetrics": [{"metrics": [
        {"name": "my.counter", "unit": "1", "sum": {"aggregationTemporality": 1, "isMonotonic": True, "dataPoints": [
            {"asDouble": 5, "startTimeUnixNano": _T, "timeUnixNano": _T, "attributes": attrs}]}},
        {"name": "my.gauge", "gauge": {"dataPoints": [{"asDouble": "-Infinity", "timeUnixNano": str(_T)}]}},
        {"name": "my.histogram", "unit": "1", "histogram": {"aggregationTemporality": 2, "dataPoints": [
            {"timeUnixNano": _T, "count": "3", "sum": 3, "bucketCounts": ["1", 1, "1"], "explicitBounds": [1, "Infinity"],
             "min": 1, "max": 1, "attributes": attrs}]}},
    ]}]}]}
    expected = ExportMetricsServiceRequest()
    rm = expected.resource_metrics.add()
    rm.resource.attributes.append(KeyValue(key="service.name", value=AnyValue(string_value="my.service")))
    sm = rm.scope_metrics.add()
    attr = KeyValue(key="my.histogram.attr", value=AnyValue(string_value="some value"))
    counter = sm.metrics.add(name="my.counter", unit="1")
    counter.sum.aggregation_temporality, counter.sum.is_monotonic = 1, True
    counter.sum.data_points.add(as_double=5.0, start_time_unix_nano=_T, time_unix_nano=_T).attributes.append(attr)
    sm.metrics.add(name="my.gauge").gauge.data_points.add(as_double=float("-inf"), time_unix_nano=_T)
    histogram = sm.metrics.add(name="my.histogram", unit="1")
    histogram.histogram.aggregation_temporality = 2
    histogram.histogram.data_points.add(time_unix_nano=_T, count=3, sum=3.0, bucket_counts=[1, 1, 1],
                                        explicit_bounds=[1.0, float("inf")], min=1.0, max=1.0).attributes.append(attr)
    got = _json_records(body)
    assert got == _proto_records("metrics", expected)
    assert [type(r.get("value", r.get("sum"))) for r in got] == [float, float, float]
    assert got[1]["value"] == float("-inf") and got[2]["explicit_bounds"] == [1.0, float("inf")]
    assert got[2]["bucket_counts"] == [1, 1, 1] and got[2]["count"] == 3 and got[2]["temporality"] == "cumulative"


@pytest.mark.parametrize(
    "value",
    [
        {"intValue": " 5"},  # the protobuf JSON parser refuses an integer string with a space
        {"intValue": str(2**63)},  # out of int64's range
        {"intValue": True},  # a bool is not an integer
        {"stringValue": "a", "intValue": "1"},  # two members of AnyValue's oneof
    ],
)
def test_spec_values_outside_the_mapping_are_refused(value: dict[str, Any]) -> None:
    from pipeline.process.decode import DecodeError

    with pytest.raises(DecodeError) as err:
        _json_records(_span_json(attributes=[{"key": "k", "value": value}]))
    assert err.value.reason == "invalid_shape"


@pytest.mark.parametrize("name", [b"trace\\u005fid", b"trace\\u005Fid", b"trace_\\u0069d", b"\\u0074race_id"])
def test_a_snake_case_name_spelled_with_escapes_takes_the_reference_path(name: bytes) -> None:
    # JSON lets a member name be written with \u escapes; the reference parser reads trace_id however it
    # is spelled, so the fast pass (camelCase names only) must not take the payload
    body = (b'{"resourceSpans":[{"scopeSpans":[{"spans":[{"name":"x","' + name
            + b'":"0102030405060708090a0b0c0d0e0f10","spanId":"0102030405060708"}]}]}]}')
    [rec] = decode_raw("spans", JSON, body)
    assert rec["trace_id"] == "0102030405060708090a0b0c0d0e0f10"


def test_an_escaped_camel_case_name_stays_on_the_fast_path(no_reference: None) -> None:
    body = b'{"resourceSpans":[{"scopeSpans":[{"spans":[{"name":"caf\\u00e9","trace\\u0049d":"' + b"01" * 16 + b'"}]}]}]}'
    [rec] = decode_raw("spans", JSON, body)
    assert rec["name"] == "caf\u00e9" and rec["trace_id"] == "01" * 16
