"""Zipkin v2 bodies as OpenTelemetry's Zipkin exporter writes them, hand-encoded proto3, and bad ones."""

from __future__ import annotations

import orjson
import pytest
from opentelemetry.exporter.zipkin.json.v2 import JsonV2Encoder
from opentelemetry.exporter.zipkin.node_endpoint import NodeEndpoint
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, Status, StatusCode

from pipeline.ingest.zipkin.codec import ZipkinError, decode_json, decode_proto

RECEIVED = 1_795_428_000_000_000_000


def _exporter_body() -> bytes:
    memory = InMemorySpanExporter()
    provider = TracerProvider(resource=Resource.create({"service.name": "cart"}))
    provider.add_span_processor(SimpleSpanProcessor(memory))
    tracer = provider.get_tracer("test")
    with tracer.start_as_current_span("GET /cart", kind=SpanKind.SERVER) as span:
        span.set_attribute("http.status_code", 500)
        span.set_attribute("http.method", "GET")
        span.add_event("cache miss", {"key": "cart:42"})
        span.set_status(Status(StatusCode.ERROR, "boom"))
        with tracer.start_as_current_span("SELECT cart", kind=SpanKind.CLIENT):
            pass
    endpoint = NodeEndpoint(ipv4="10.0.0.1", port=8080)
    endpoint.service_name = "cart"
    return JsonV2Encoder().serialize(memory.get_finished_spans(), endpoint).encode()


def test_the_otel_exporters_json_becomes_canonical_spans() -> None:
    decoded = decode_json(_exporter_body(), "unknown_service", RECEIVED)
    assert decoded.rejected == []
    child, root = decoded.spans
    assert (root["service.name"], root["name"], root["kind"], root["status.code"]) == ("cart", "GET /cart", "server", "error")
    assert root["status.message"] == "boom"
    assert root["attributes"]["http.response.status_code"] == 500
    assert root["attributes"]["http.request.method"] == "GET"
    assert root["attributes"]["server.address"] == "10.0.0.1"
    assert root["events"][0]["name"] == "cache miss" and root["events"][0]["attributes"] == {"key": "cart:42"}
    assert (child["kind"], child["parent_span_id"], child["trace_id"]) == ("client", root["span_id"], root["trace_id"])
    assert root["duration_ns"] == root["end_time_unix_nano"] - root["start_time_unix_nano"] > 0
    assert root["start_time_unix_nano"] % 1000 == 0  # microseconds on the wire


def test_64_bit_trace_ids_are_padded_to_128() -> None:
    body = orjson.dumps([{"traceId": "463ac35c9f6413ad", "id": "a2fb4a1d1a96d312", "name": "get", "timestamp": 1795428000000000, "duration": 5}])
    [span] = decode_json(body, "svc", RECEIVED).spans
    assert span["trace_id"] == "0000000000000000463ac35c9f6413ad"
    assert span["service.name"] == "svc" and span["kind"] == "internal" and span["status.code"] == "unset"


def test_bad_spans_are_refused_alone() -> None:
    good = {"traceId": "5af7183fb1d4cf5f", "id": "352bff9a74ca9ad2", "name": "ok", "timestamp": 1795428000000000}
    body = orjson.dumps([
        {**good, "id": "xyz"},
        {**good, "traceId": "0" * 32},
        {**good, "timestamp": -1},
        {**good, "timestamp": 1e30},
        {**good, "duration": "long"},
        "not an object",
        {**good, "parentId": "123456789012345678"},
        good,
    ])
    decoded = decode_json(body, "svc", RECEIVED)
    assert [s["name"] for s in decoded.spans] == ["ok"]
    assert [i for i, _ in decoded.rejected] == [0, 1, 2, 3, 4, 5, 6]
    assert "id 'xyz' is not 16 hex digits" in decoded.rejected[0][1]
    assert "all zeros" in decoded.rejected[1][1]


@pytest.mark.parametrize("body", [b"{oops", b'{"spans": []}', b'"x"'])
def test_a_body_that_is_not_a_span_list_is_refused(body: bytes) -> None:
    with pytest.raises(ZipkinError):
        decode_json(body, "svc", RECEIVED)


# -- proto3, encoded by hand from zipkin.proto's field numbers (independent of the codec's descriptor)
def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def _field(number: int, wire: int, payload: bytes) -> bytes:
    key = _varint(number << 3 | wire)
    if wire == 2:
        return key + _varint(len(payload)) + payload
    return key + payload


def test_proto3_list_of_spans() -> None:
    endpoint = _field(1, 2, b"inventory") + _field(2, 2, bytes([10, 0, 0, 7])) + _field(4, 0, _varint(9000))
    tag = _field(1, 2, b"http.status_code") + _field(2, 2, b"503")
    annotation = _field(1, 1, (1795428000000100).to_bytes(8, "little")) + _field(2, 2, b"retry")
    span = (
        _field(1, 2, bytes.fromhex("5af7183fb1d4cf5f5af7183fb1d4cf5f"))
        + _field(3, 2, bytes.fromhex("352bff9a74ca9ad2"))
        + _field(4, 0, _varint(2))  # SERVER
        + _field(5, 2, b"POST /reserve")
        + _field(6, 1, (1795428000000000).to_bytes(8, "little"))
        + _field(7, 0, _varint(2500))
        + _field(8, 2, endpoint)
        + _field(10, 2, annotation)
        + _field(11, 2, tag)
    )
    decoded = decode_proto(_field(1, 2, span) + _field(1, 2, _field(3, 2, b"\x01")), "svc", RECEIVED)
    [record] = decoded.spans
    assert (record["service.name"], record["name"], record["kind"]) == ("inventory", "POST /reserve", "server")
    assert record["trace_id"] == "5af7183fb1d4cf5f5af7183fb1d4cf5f" and record["span_id"] == "352bff9a74ca9ad2"
    assert record["duration_ms"] == 2.5
    assert record["attributes"]["http.response.status_code"] == 503 and record["status.code"] == "error"
    assert record["attributes"]["server.port"] == 9000 and record["attributes"]["server.address"] == "10.0.0.7"
    assert record["events"] == [{"time_unix_nano": 1795428000000100000, "name": "retry", "attributes": {}}]
    assert decoded.rejected == [(1, "traceId '' is not 16 or 32 hex digits")]
    with pytest.raises(ZipkinError):
        decode_proto(b"\xff\xff\xff", "svc", RECEIVED)
