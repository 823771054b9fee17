from __future__ import annotations

import re

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.process.decode import DecodeError, decode_raw
from schemas.elasticsearch import json_schema
from schemas.raw import FORMAT_OTLP_JSON, FORMAT_OTLP_PROTO, FORMAT_RECORDS_JSON, RawEnvelope
from tests.unit.process.otlp_samples import (
    T0,
    logs_request,
    metrics_request,
    spans_request,
    to_otlp_json,
)

PROTO = RawEnvelope(FORMAT_OTLP_PROTO, T0 + 5, tenant="team-a").headers()
JSON = RawEnvelope(FORMAT_OTLP_JSON, T0 + 5, tenant="team-a").headers()


def check_schema(kind: str, record: dict) -> None:
    """The parts of JSON Schema the canonical schemas use: required, enum, pattern, types."""
    schema = json_schema(kind)
    for name in schema["required"]:
        assert name in record, f"{kind}: {name} missing"
    types = {"string": str, "integer": int, "number": (int, float), "object": dict, "array": list, "boolean": bool}
    for name, prop in schema["properties"].items():
        if name not in record:
            continue
        value = record[name]
        if "enum" in prop:
            assert value in prop["enum"], (name, value)
        if "type" in prop:
            assert isinstance(value, types[prop["type"]]), (name, value)
        if "pattern" in prop:
            assert re.match(prop["pattern"], value), (name, value)


def test_spans_from_protobuf() -> None:
    recs = decode_raw("spans", PROTO, spans_request(n=2, error_every=2).SerializeToString())
    assert len(recs) == 2
    failed, ok = recs
    assert failed["trace_id"] == "4bf92f3577b34da6a3ce929d0e0e4736"
    assert failed["span_id"] == "00f067aa0ba902b7" and failed["parent_span_id"] == "1111111111111111"
    assert failed["service.name"] == "checkout"
    assert failed["resource"] == {"service.name": "checkout", "k8s.pod.name": "api-7d9", "host.name": "node-1"}
    assert failed["kind"] == "server" and failed["status.code"] == "error" and failed["status.message"] == "boom"
    assert failed["exception.type"] == "KeyError"
    assert failed["events"][0]["name"] == "exception"
    assert failed["links"] == [{"trace_id": "4bf92f3577b34da6a3ce929d0e0e4736", "span_id": "1111111111111111"}]
    assert failed["operation"] == "GET /users/{id}"
    assert failed["duration_ms"] == 1.0 and failed["duration_ns"] == 1_000_000
    assert failed["@timestamp"] == "2026-11-23T10:00:00.000Z"
    assert failed["scope"] == {"name": "io.opentelemetry.flask", "version": "0.45b0"}
    assert failed["sightline.tenant"] == "team-a"
    assert ok["status.code"] == "unset" and "exception.type" not in ok
    for rec in recs:
        check_schema("spans", rec)


def test_operation_falls_back_to_normalised_path() -> None:
    recs = decode_raw("spans", PROTO, spans_request(n=3, route="").SerializeToString())
    assert {r["operation"] for r in recs} == {"GET /users/{num}"}


def test_otlp_json_decodes_to_the_same_records_as_protobuf() -> None:
    for signal, req in (("spans", spans_request(n=3, error_every=2)), ("logs", logs_request(n=3)), ("metrics", metrics_request())):
        proto = decode_raw(signal, PROTO, req.SerializeToString())
        js = decode_raw(signal, JSON, to_otlp_json(req))
        assert js == proto, signal


def test_logs_from_protobuf() -> None:
    recs = decode_raw("logs", PROTO, logs_request(n=2).SerializeToString())
    info, error = recs
    assert info["severity_text"] == "INFO" and info["severity_number"] == 9
    assert error["severity_text"] == "ERROR" and error["message"] == "payment 1 failed"
    assert error["trace_id"] == "4bf92f3577b34da6a3ce929d0e0e4736" and error["span_id"] == "00f067aa0ba902b7"
    assert error["attributes"] == {"exception.type": "PaymentDeclined"}
    assert error["resource"]["k8s.pod.name"] == "api-7d9"
    assert info["observed_time_unix_nano"] == T0 + 5  # the ingestor's receive time
    for rec in recs:
        check_schema("logs", rec)


def test_metric_points_of_every_type() -> None:
    recs = decode_raw("metrics", PROTO, metrics_request().SerializeToString())
    by_type = {r["type"]: r for r in recs}
    assert set(by_type) == {"gauge", "sum", "histogram", "exponential_histogram", "summary"}
    assert by_type["gauge"]["value"] == 7.0 and by_type["gauge"]["attributes"] == {"queue": "orders"}
    assert by_type["sum"]["temporality"] == "cumulative" and by_type["sum"]["monotonic"] is True
    h = by_type["histogram"]
    assert h["bucket_counts"] == [2, 5, 3, 0] and h["explicit_bounds"] == [10.0, 50.0, 100.0]
    assert (h["count"], h["sum"], h["min"], h["max"]) == (10, 300.0, 5.0, 90.0)
    e = by_type["exponential_histogram"]
    assert e["scale"] == 2 and e["positive"] == {"offset": 13, "bucket_counts": [1, 2, 1]}
    assert by_type["summary"]["quantiles"] == [{"quantile": 0.5, "value": 2.5}, {"quantile": 0.99, "value": 4.0}]
    for rec in recs:
        check_schema("metrics", rec)
        assert len(rec["series_id"]) == 16


def test_ids_are_content_derived_and_stable() -> None:
    body = spans_request(n=5).SerializeToString()
    first = [r["id"] for r in decode_raw("spans", PROTO, body)]
    again = [r["id"] for r in decode_raw("spans", RawEnvelope(FORMAT_OTLP_PROTO, T0 + 999, tenant="team-a").headers(), body)]
    assert first == again  # a retried export (another receive time) gets the same ids
    assert len(set(first)) == 5


def test_service_name_falls_back_to_the_message_key() -> None:
    req = logs_request()
    del req.resource_logs[0].resource.attributes[0]
    recs = decode_raw("logs", PROTO, req.SerializeToString(), key=b"from-key")
    assert recs[0]["service.name"] == "from-key"


def test_records_json_for_spans_and_metrics() -> None:
    env = RawEnvelope(FORMAT_RECORDS_JSON, 1).headers()
    span = {"service.name": "a", "trace_id": "0" * 31 + "1", "span_id": "0" * 15 + "1", "start_time_unix_nano": T0, "name": "GET /x/42"}
    recs = decode_raw("spans", env, orjson.dumps([span]))
    assert recs[0]["operation"] == "GET /x/{num}" and recs[0]["@timestamp"].startswith("2026-11-23")
    with pytest.raises(DecodeError) as err:
        decode_raw("metrics", env, orjson.dumps([{"service.name": "a", "time_unix_nano": 1}]))
    assert err.value.reason == "invalid_shape" and "name" in str(err.value)


@pytest.mark.parametrize(
    ("headers", "value", "reason"),
    [
        (PROTO, b"\xff\xff\xff", "invalid_protobuf"),
        (JSON, b"{", "invalid_json"),
        (JSON, b"[]", "invalid_shape"),
        (JSON, b'{"resourceSpans": [{"scopeSpans": [{"spans": [{"traceId": "zz"}]}]}]}', "invalid_shape"),
        (JSON, b'{"resourceSpans": 5}', "invalid_shape"),
    ],
)
def test_undecodable_otlp_names_the_reason(headers, value, reason) -> None:
    with pytest.raises(DecodeError) as err:
        decode_raw("spans", headers, value)
    assert err.value.reason == reason


@settings(max_examples=300, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(signal=st.sampled_from(["logs", "spans", "metrics"]), fmt=st.sampled_from([FORMAT_OTLP_PROTO, FORMAT_OTLP_JSON, FORMAT_RECORDS_JSON]), value=st.binary(max_size=200))
def test_arbitrary_bytes_decode_or_raise_decode_error(signal, fmt, value) -> None:
    try:
        recs = decode_raw(signal, RawEnvelope(fmt, 1).headers(), value)
    except DecodeError as exc:
        assert exc.reason
    else:
        assert all(len(r["id"]) == 32 for r in recs)


def test_a_level_name_without_a_number_gets_its_number_in_both_decoders() -> None:
    """OpenTelemetry lets a receiver infer SeverityNumber from SeverityText; shippers that map only a
    level name (severityText "error", no severityNumber) would otherwise count no error logs."""
    import orjson

    from pipeline.process.decode import decode_batch
    from schemas.raw import FORMAT_OTLP_JSON, FORMAT_OTLP_PROTO, RawEnvelope

    levels = ["error", "Warning", "CRIT", "notice-ish", ""]
    logs = [{"timeUnixNano": str(1_795_428_000_000_000_000 + i), "severityText": text, "body": {"stringValue": f"m{i}"}}
            for i, text in enumerate(levels)]
    logs.append({"timeUnixNano": "1795428000000000009", "severityText": "info", "severityNumber": 17,
                 "body": {"stringValue": "its number wins"}})
    body = {"resourceLogs": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "lv"}}]},
                              "scopeLogs": [{"logRecords": logs}]}]}
    from google.protobuf import json_format
    from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

    proto = json_format.ParseDict(body, ExportLogsServiceRequest()).SerializeToString()
    for fmt, value in ((FORMAT_OTLP_JSON, orjson.dumps(body)), (FORMAT_OTLP_PROTO, proto)):
        _, records = decode_batch("logs", RawEnvelope(fmt, 1).headers(), value, b"lv")
        assert [(r["severity_text"], r["severity_number"]) for r in records] == [
            ("ERROR", 17), ("WARNING", 13), ("CRIT", 21), ("NOTICE-ISH", 0), ("", 0), ("INFO", 17)], fmt
