"""The OTLP codec: split by service without losing or reordering records, limits, refusals."""

from __future__ import annotations

import base64
from typing import Any

import orjson
import pytest
from google.rpc import error_details_pb2, status_pb2
from hypothesis import given, settings
from hypothesis import strategies as st
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import (
    ExportLogsServiceRequest,
    ExportLogsServiceResponse,
)
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import ExportMetricsServiceRequest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue

from pipeline.ingest.errors import InvalidRequest, TooManyRecords
from pipeline.ingest.otlp.codec import Limits, export_response, split_json, split_proto
from pipeline.ingest.rpcstatus import retry_info, status_json, status_proto

SERVICES = st.sampled_from(["api", "web", "db", "", None])
RECORD = st.fixed_dictionaries({
    "body": st.text(max_size=30),
    "time": st.integers(0, 2**63 - 1),
    "attrs": st.dictionaries(st.text(min_size=1, max_size=6), st.one_of(st.text(max_size=12), st.integers(-(2**63), 2**63 - 1)), max_size=5),
    "trace": st.one_of(st.just(b""), st.binary(min_size=16, max_size=16)),
})
RESOURCES = st.lists(st.tuples(SERVICES, st.lists(RECORD, max_size=6)), max_size=5)


def _log_request(resources: list[tuple[str | None, list[dict[str, Any]]]]) -> ExportLogsServiceRequest:
    request = ExportLogsServiceRequest()
    for service, records in resources:
        rl = request.resource_logs.add()
        if service is not None:
            rl.resource.attributes.add(key="service.name", value=AnyValue(string_value=service))
        scope = rl.scope_logs.add()
        for rec in records:
            r = scope.log_records.add()
            r.body.string_value, r.time_unix_nano, r.trace_id = rec["body"], rec["time"], rec["trace"]
            for key, value in rec["attrs"].items():
                v = AnyValue(string_value=value) if isinstance(value, str) else AnyValue(int_value=value)
                r.attributes.add(key=key, value=v)
    return request


def _expected(resources: list[tuple[str | None, list[dict[str, Any]]]], default: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for service, records in resources:
        if records:
            out.setdefault(service or default, []).extend(r["body"] for r in records)
    return out


@settings(max_examples=150, derandomize=True, deadline=None)
@given(RESOURCES, st.sampled_from([1_000_000, 2_000]))
def test_protobuf_split_keeps_every_record_once_in_order_per_service(resources: Any, budget: int) -> None:
    body = _log_request(resources).SerializeToString()
    out = split_proto("logs", body, Limits(default_service="dflt", max_batch_bytes=budget))
    got: dict[str, list[str]] = {}
    for service, payload in out.batches:
        assert len(payload) <= budget or len(_bodies(payload)) == 1
        request = ExportLogsServiceRequest.FromString(payload)
        for rl in request.resource_logs:
            names = [kv.value.string_value for kv in rl.resource.attributes if kv.key == "service.name"]
            assert names == [service]
        got.setdefault(service, []).extend(_bodies(payload))
    assert got == _expected(resources, "dflt")
    assert out.accepted == sum(len(r) for _, r in resources) and out.rejected == 0


def _bodies(payload: bytes) -> list[str]:
    request = ExportLogsServiceRequest.FromString(payload)
    return [r.body.string_value for rl in request.resource_logs for sl in rl.scope_logs for r in sl.log_records]


@settings(max_examples=150, derandomize=True, deadline=None)
@given(RESOURCES)
def test_json_split_matches_the_protobuf_split(resources: Any) -> None:
    doc = {"resourceLogs": [
        {**({"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": s}}]}} if s is not None else {}),
         "scopeLogs": [{"logRecords": [
             {"body": {"stringValue": r["body"]}, "timeUnixNano": str(r["time"]), "traceId": r["trace"].hex(),
              "attributes": [{"key": k, "value": {"stringValue": v} if isinstance(v, str) else {"intValue": v}}
                             for k, v in r["attrs"].items()]}
             for r in records]}]}
        for s, records in resources]}
    out = split_json("logs", orjson.dumps(doc), Limits(default_service="dflt"))
    got: dict[str, list[str]] = {}
    for service, payload in out.batches:
        for rl in orjson.loads(payload)["resourceLogs"]:
            assert {"key": "service.name", "value": {"stringValue": service}} in rl["resource"]["attributes"]
            got.setdefault(service, []).extend(r["body"]["stringValue"] for sl in rl["scopeLogs"] for r in sl["logRecords"])
    assert got == _expected(resources, "dflt")


def test_one_unchanged_resource_is_forwarded_as_received() -> None:
    body = _log_request([("api", [{"body": "x", "time": 1, "attrs": {}, "trace": b""}])]).SerializeToString()
    out = split_proto("logs", body, Limits())
    assert out.batches == [("api", body)] and out.batches[0][1] is body


def test_attribute_count_and_value_length_limits_as_the_sdk() -> None:
    request = _log_request([("api", [{"body": "x", "time": 1, "attrs": {f"k{i}": "v" * 10 for i in range(4)}, "trace": b""}])])
    record = request.resource_logs[0].scope_logs[0].log_records[0]
    record.attributes.add(key="arr").value.array_value.values.add(string_value="z" * 10)
    record.dropped_attributes_count = 2
    body = request.SerializeToString()
    assert split_proto("logs", body, Limits()).batches[0][1] is body  # defaults: nothing to cut
    out = split_proto("logs", body, Limits(max_attributes=3, max_value_length=4))
    [(_, payload)] = out.batches
    got = ExportLogsServiceRequest.FromString(payload).resource_logs[0].scope_logs[0].log_records[0]
    assert [(kv.key, kv.value.string_value) for kv in got.attributes] == [("k0", "vvvv"), ("k1", "vvvv"), ("k2", "vvvv")]
    assert got.dropped_attributes_count == 4 and out.dropped_attributes == 2 and out.truncated_values == 3
    keep_arrays = split_proto("logs", body, Limits(max_value_length=4))
    got = ExportLogsServiceRequest.FromString(keep_arrays.batches[0][1]).resource_logs[0].scope_logs[0].log_records[0]
    assert got.attributes[4].value.array_value.values[0].string_value == "zzzz"


def test_invalid_spans_and_metrics_are_refused_the_rest_kept() -> None:
    spans = ExportTraceServiceRequest()
    ss = spans.resource_spans.add().scope_spans.add()
    ok = ss.spans.add(name="ok", trace_id=b"\x01" * 16, span_id=b"\x02" * 8)
    ok.links.add(trace_id=b"\x01" * 3, span_id=b"\x02" * 8)  # a bad link is dropped and counted, the span kept
    ss.spans.add(name="no ids")
    ss.spans.add(name="zero trace", trace_id=b"\0" * 16, span_id=b"\x02" * 8)
    out = split_proto("spans", spans.SerializeToString(), Limits())
    assert (out.accepted, out.rejected, dict(out.reasons)) == (1, 2, {"invalid_id": 2})
    assert out.message.startswith("2 of 3 rejected: 2 spans without a valid")
    [span] = ExportTraceServiceRequest.FromString(out.batches[0][1]).resource_spans[0].scope_spans[0].spans
    assert span.name == "ok" and not span.links and span.dropped_links_count == 1

    metrics = ExportMetricsServiceRequest()
    sm = metrics.resource_metrics.add().scope_metrics.add()
    good = sm.metrics.add(name="g")
    good.gauge.data_points.add(as_double=1.0)
    good.gauge.data_points.add(as_double=2.0)
    sm.metrics.add(name="").sum.data_points.add(as_int=1)
    out = split_proto("metrics", metrics.SerializeToString(), Limits())
    assert (out.accepted, out.rejected) == (2, 1) and "without a name" in out.message


def test_whole_request_refusals() -> None:
    with pytest.raises(InvalidRequest, match="not a valid protobuf ExportLogsServiceRequest"):
        split_proto("logs", b"\xff\xff\xff", Limits())
    body = _log_request([("a", [{"body": "x", "time": 1, "attrs": {}, "trace": b""}] * 3)]).SerializeToString()
    with pytest.raises(TooManyRecords, match="3 records in one request; the limit is 2"):
        split_proto("logs", body, Limits(max_records=2))
    with pytest.raises(InvalidRequest, match="not valid JSON"):
        split_json("logs", b"{", Limits())
    with pytest.raises(InvalidRequest, match="resourceLogs must be an array"):
        split_json("logs", b'{"resourceLogs": 3}', Limits())
    assert split_json("spans", b"{}", Limits()).batches == []


def test_json_accepts_snake_case_and_int64_as_numbers_or_strings_and_truncates_bytes() -> None:
    doc = {"resource_spans": [{"scope_spans": [{"spans": [
        {"trace_id": "5b8efff798038103d269b633813fc60c", "span_id": "eee19b7ec3c1b174", "startTimeUnixNano": 5,
         "endTimeUnixNano": "6", "attributes": [{"key": "b", "value": {"bytesValue": base64.b64encode(b"abcdef").decode()}}]},
        {"traceId": "5b8efff798038103d269b633813fc60c", "spanId": "eee19b7ec3c1b174", "startTimeUnixNano": "five"},
    ]}]}]}
    out = split_json("spans", orjson.dumps(doc), Limits(max_value_length=2))
    assert (out.accepted, out.rejected) == (1, 1) and "startTimeUnixNano" in out.message
    [span] = orjson.loads(out.batches[0][1])["resourceSpans"][0]["scopeSpans"][0]["spans"]
    assert base64.b64decode(span["attributes"][0]["value"]["bytesValue"]) == b"ab"


def test_export_responses_and_status_bodies_decode_with_the_real_types() -> None:
    response = ExportLogsServiceResponse.FromString(export_response("logs", 3, "3 of 9 rejected", False))
    assert (response.partial_success.rejected_log_records, response.partial_success.error_message) == (3, "3 of 9 rejected")
    assert export_response("metrics", 0, "", False) == b""
    assert orjson.loads(export_response("metrics", 1, "m", True)) == {"partialSuccess": {"rejectedDataPoints": "1", "errorMessage": "m"}}


@settings(max_examples=100, derandomize=True)
@given(st.sampled_from([3, 8, 14, 16]), st.text(max_size=200), st.one_of(st.none(), st.integers(0, 10**6)))
def test_status_encodings_match_googleapis(code: int, message: str, retry: int | None) -> None:
    status = status_pb2.Status.FromString(status_proto(code, message, retry))
    assert (status.code, status.message) == (code, message)
    if retry is None:
        assert not status.details
    else:
        info = error_details_pb2.RetryInfo()
        assert status.details[0].Unpack(info) and info.retry_delay.seconds == retry
        assert error_details_pb2.RetryInfo.FromString(retry_info(retry)).retry_delay.seconds == retry
    doc = orjson.loads(status_json(code, message, retry))
    assert (doc["code"], doc["message"]) == (code, message)
