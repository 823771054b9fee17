"""OTLP over HTTP and gRPC with the real OpenTelemetry SDK exporters → the raw topics.

Each test starts its own ingestor against the session's embedded broker and
reads back what reached Kafka.  The SDK exporters are synchronous, so they
run in a worker thread while the ingestor serves on the test's event loop.
"""

from __future__ import annotations

import asyncio
import gzip
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import aiohttp
import grpc
import orjson
import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from google.rpc import error_details_pb2, status_pb2
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import (
    ExportLogsServiceRequest,
    ExportLogsServiceResponse,
)
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import (
    ExportMetricsServiceRequest,
    ExportMetricsServiceResponse,
)
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from prometheus_client import CollectorRegistry

from pipeline.config import Config
from pipeline.embedded import free_port
from pipeline.ingest import Ingestor
from pipeline.kafka import ensure_topics
from schemas.raw import FORMAT_OTLP_JSON, FORMAT_OTLP_PROTO, RawEnvelope
from tests.helpers import eventually

pytestmark = pytest.mark.integration

Start = Callable[..., Awaitable[tuple[Config, Ingestor, CollectorRegistry]]]
_REQUESTS = {"logs": ExportLogsServiceRequest, "spans": ExportTraceServiceRequest, "metrics": ExportMetricsServiceRequest}


@pytest.fixture
async def start_ingest(make_config: Any) -> AsyncIterator[Start]:
    started: list[Ingestor] = []

    async def start(wait_ready: bool = True, **overrides: Any) -> tuple[Config, Ingestor, CollectorRegistry]:
        cfg = make_config(**overrides)
        if wait_ready:
            await ensure_topics(cfg.kafka)
        registry = CollectorRegistry()
        ingest = Ingestor(cfg, registry)
        await ingest.start()
        started.append(ingest)
        if wait_ready:
            async def ready() -> bool:
                return ingest.producer.connected and not ingest.failing()

            await eventually(ready, timeout=15, interval=0.05)
        return cfg, ingest, registry

    yield start
    for ingest in started:
        await ingest.stop()


def attrs(kvs: Any) -> dict[str, Any]:
    """OTLP KeyValues → plain dict (arrays as lists)."""
    out = {}
    for kv in kvs:
        out[kv.key] = value_of(kv.value)
    return out


def value_of(value: AnyValue) -> Any:
    kind = value.WhichOneof("value")
    if kind == "array_value":
        return [value_of(v) for v in value.array_value.values]
    if kind == "kvlist_value":
        return attrs(value.kvlist_value.values)
    return getattr(value, kind) if kind else None


async def read_raw(cfg: Config, topic: str, count: int, timeout: float = 20.0) -> list[Any]:
    """Read ``count`` messages from the start of every partition of ``topic`` (no group: no rebalance wait)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=cfg.kafka.bootstrap_servers, enable_auto_commit=False)
    await consumer.start()
    out: list[Any] = []
    try:
        partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
        if not partitions:
            await consumer.client.force_metadata_update()
            partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        deadline = time.monotonic() + timeout
        while len(out) < count and time.monotonic() < deadline:
            for messages in (await consumer.getmany(timeout_ms=200)).values():
                out.extend(messages)
    finally:
        await consumer.stop()
    return out


async def raw_messages(cfg: Config, signal: str, count: int) -> list[tuple[str, RawEnvelope, Any]]:
    """(key, envelope, decoded request) for ``count`` messages of a raw topic."""
    topic = {"logs": cfg.kafka.topics.logs_raw, "spans": cfg.kafka.topics.spans_raw,
             "metrics": cfg.kafka.topics.metrics_raw}[signal]
    out = []
    for message in await read_raw(cfg, topic, count):
        envelope = RawEnvelope.from_headers(message.headers)
        if envelope.format == FORMAT_OTLP_PROTO:
            request = _REQUESTS[signal].FromString(message.value)
        else:
            assert envelope.format == FORMAT_OTLP_JSON
            request = orjson.loads(message.value)
        out.append((message.key.decode(), envelope, request))
    return out


# -- the SDK, run in a thread -----------------------------------------------------------------
def sdk_send(target: str, protocol: str, service: str, headers: dict[str, str] | None = None) -> dict[str, Any]:
    """Send logs, spans and metrics of every SDK-produced kind; return what to expect."""
    from opentelemetry._logs import SeverityNumber
    from opentelemetry.metrics import Observation
    from opentelemetry.sdk._logs import LoggerProvider
    from opentelemetry.sdk._logs.export import SimpleLogRecordProcessor
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import PeriodicExportingMetricReader
    from opentelemetry.sdk.metrics.view import ExponentialBucketHistogramAggregation, View
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.trace import Link, SpanKind, Status, StatusCode

    if protocol == "http":
        from opentelemetry.exporter.otlp.proto.http import Compression
        from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter
        from opentelemetry.exporter.otlp.proto.http.metric_exporter import OTLPMetricExporter
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        opts: dict[str, Any] = {"compression": Compression.Gzip, "headers": headers, "timeout": 10}
        log_exporter = OTLPLogExporter(endpoint=f"{target}/v1/logs", **opts)
        span_exporter = OTLPSpanExporter(endpoint=f"{target}/v1/traces", **opts)
        metric_exporter = OTLPMetricExporter(endpoint=f"{target}/v1/metrics", **opts)
    else:
        from opentelemetry.exporter.otlp.proto.grpc._log_exporter import OTLPLogExporter as GLog
        from opentelemetry.exporter.otlp.proto.grpc.metric_exporter import (
            OTLPMetricExporter as GMetric,
        )
        from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter as GSpan

        gopts: dict[str, Any] = {"endpoint": target, "insecure": True, "compression": grpc.Compression.Gzip,
                                 "headers": headers, "timeout": 10}
        log_exporter, span_exporter, metric_exporter = GLog(**gopts), GSpan(**gopts), GMetric(**gopts)

    resource = Resource.create({"service.name": service, "deployment.environment": "test", "host.name": "h1"})
    tracer_provider = TracerProvider(resource=resource)
    tracer_provider.add_span_processor(SimpleSpanProcessor(span_exporter))
    logger_provider = LoggerProvider(resource=resource)
    logger_provider.add_log_record_processor(SimpleLogRecordProcessor(log_exporter))
    reader = PeriodicExportingMetricReader(metric_exporter, export_interval_millis=3_600_000)
    meter_provider = MeterProvider(
        resource=resource,
        metric_readers=[reader],
        views=[View(instrument_name="latency.exp", aggregation=ExponentialBucketHistogramAggregation())],
    )
    tracer = tracer_provider.get_tracer("sightline.test", "1.2.3")
    logger = logger_provider.get_logger("sightline.test", "1.2.3")
    meter = meter_provider.get_meter("sightline.test", "1.2.3")

    with tracer.start_as_current_span("linked") as linked:
        pass
    with tracer.start_as_current_span(
        "POST /checkout", kind=SpanKind.SERVER, attributes={"http.request.method": "POST", "retries": 2}
    ) as parent:
        parent.add_event("cache.miss", {"cache.key": "cart:42"})
        with tracer.start_as_current_span(
            "SELECT orders", kind=SpanKind.CLIENT, links=[Link(linked.get_span_context(), {"why": "retry"})]
        ) as child:
            child.set_status(Status(StatusCode.ERROR, "deadline exceeded"))
            logger.emit(
                timestamp=1_795_428_000_123_456_789,
                severity_number=SeverityNumber.ERROR,
                severity_text="ERROR",
                body="payment failed",
                attributes={"user.id": 42, "ratio": 0.5, "ok": False, "tags": ["a", "b"]},
            )
    logger.emit(severity_number=SeverityNumber.INFO, severity_text="INFO", body="no timestamp here")

    counter = meter.create_counter("orders", unit="1", description="orders placed")
    counter.add(3, {"region": "eu"})
    counter.add(2, {"region": "us"})
    meter.create_up_down_counter("queue.depth").add(-2)
    histogram = meter.create_histogram("latency", unit="ms", description="request latency")
    for value in (5, 15, 150):
        histogram.record(value, {"route": "/pay"})
    exp = meter.create_histogram("latency.exp", unit="ms")
    for value in (1, 2, 4, 8):
        exp.record(value)
    meter.create_observable_gauge("temperature", callbacks=[lambda _o: [Observation(21.5, {"room": "a"})]])
    meter.create_gauge("cpu.utilization").set(0.75)

    tracer_provider.shutdown()
    logger_provider.shutdown()
    meter_provider.shutdown()  # collects and exports once
    return {
        "trace_id": parent.get_span_context().trace_id.to_bytes(16, "big"),
        "parent_span_id": parent.get_span_context().span_id.to_bytes(8, "big"),
        "child_span_id": child.get_span_context().span_id.to_bytes(8, "big"),
        "linked_trace_id": linked.get_span_context().trace_id.to_bytes(16, "big"),
        "linked_span_id": linked.get_span_context().span_id.to_bytes(8, "big"),
    }


def _check_resource(resource: Any, service: str) -> None:
    got = attrs(resource.attributes)
    assert got["service.name"] == service
    assert got["deployment.environment"] == "test" and got["host.name"] == "h1"
    assert got["telemetry.sdk.name"] == "opentelemetry" and got["telemetry.sdk.language"] == "python"


def _flatten(requests: list[Any], resources: str, scopes: str, items: str) -> list[tuple[Any, Any, Any]]:
    return [
        (rs, ss, item)
        for request in requests
        for rs in getattr(request, resources)
        for ss in getattr(rs, scopes)
        for item in getattr(ss, items)
    ]


async def _check_everything_arrived(cfg: Config, service: str, sent: dict[str, Any], started_ns: int) -> None:
    logs = await raw_messages(cfg, "logs", 2)
    spans = await raw_messages(cfg, "spans", 3)
    metrics = await raw_messages(cfg, "metrics", 1)
    for key, envelope, _ in logs + spans + metrics:
        assert key == service
        assert envelope.format == FORMAT_OTLP_PROTO and envelope.version == 1
        assert started_ns <= envelope.received_ns <= time.time_ns()

    records = _flatten([r for *_, r in logs], "resource_logs", "scope_logs", "log_records")
    assert len(records) == 2
    by_body = {item.body.string_value: (rs, ss, item) for rs, ss, item in records}
    rs, ss, rec = by_body["payment failed"]
    _check_resource(rs.resource, service)
    assert (ss.scope.name, ss.scope.version) == ("sightline.test", "1.2.3")
    assert rec.time_unix_nano == 1_795_428_000_123_456_789
    assert started_ns <= rec.observed_time_unix_nano
    assert (rec.severity_number, rec.severity_text) == (17, "ERROR")
    assert attrs(rec.attributes) == {"user.id": 42, "ratio": 0.5, "ok": False, "tags": ["a", "b"]}
    assert rec.trace_id == sent["trace_id"] and rec.span_id == sent["child_span_id"]
    assert rec.flags & 1  # sampled
    _, _, bare = by_body["no timestamp here"]
    assert bare.time_unix_nano == 0 and bare.observed_time_unix_nano >= started_ns  # processors use observed time
    assert (bare.severity_number, bare.trace_id) == (9, b"")

    items = _flatten([r for *_, r in spans], "resource_spans", "scope_spans", "spans")
    by_name = {span.name: (rs, ss, span) for rs, ss, span in items}
    assert set(by_name) == {"linked", "POST /checkout", "SELECT orders"}
    rs, ss, parent = by_name["POST /checkout"]
    _check_resource(rs.resource, service)
    assert (ss.scope.name, ss.scope.version) == ("sightline.test", "1.2.3")
    assert parent.trace_id == sent["trace_id"] and parent.span_id == sent["parent_span_id"]
    assert parent.parent_span_id == b"" and parent.kind == 2  # SERVER
    assert attrs(parent.attributes) == {"http.request.method": "POST", "retries": 2}
    assert [(e.name, attrs(e.attributes)) for e in parent.events] == [("cache.miss", {"cache.key": "cart:42"})]
    assert 0 < parent.start_time_unix_nano <= parent.end_time_unix_nano
    _, _, child = by_name["SELECT orders"]
    assert child.parent_span_id == sent["parent_span_id"] and child.span_id == sent["child_span_id"]
    assert child.kind == 3 and (child.status.code, child.status.message) == (2, "deadline exceeded")
    [link] = child.links
    assert (link.trace_id, link.span_id, attrs(link.attributes)) == (
        sent["linked_trace_id"], sent["linked_span_id"], {"why": "retry"})

    found = {m.name: m for _, _, m in _flatten([r for *_, r in metrics], "resource_metrics", "scope_metrics", "metrics")}
    assert set(found) == {"orders", "queue.depth", "latency", "latency.exp", "temperature", "cpu.utilization"}
    orders = found["orders"]
    assert (orders.unit, orders.description, orders.sum.is_monotonic, orders.sum.aggregation_temporality) == (
        "1", "orders placed", True, 2)
    assert {attrs(p.attributes)["region"]: p.as_int for p in orders.sum.data_points} == {"eu": 3, "us": 2}
    depth = found["queue.depth"].sum
    assert not depth.is_monotonic and [p.as_int for p in depth.data_points] == [-2]
    latency = found["latency"]
    assert (latency.unit, latency.description) == ("ms", "request latency")
    [point] = latency.histogram.data_points
    assert (point.count, point.sum, point.min, point.max) == (3, 170, 5, 150)
    assert attrs(point.attributes) == {"route": "/pay"}
    assert sum(point.bucket_counts) == 3 and len(point.bucket_counts) == len(point.explicit_bounds) + 1
    [exp_point] = found["latency.exp"].exponential_histogram.data_points
    assert (exp_point.count, exp_point.sum, exp_point.min, exp_point.max) == (4, 15, 1, 8)
    assert sum(exp_point.positive.bucket_counts) == 4 and exp_point.scale <= 20
    [temp] = found["temperature"].gauge.data_points
    assert (temp.as_double, attrs(temp.attributes)) == (21.5, {"room": "a"})
    [cpu] = found["cpu.utilization"].gauge.data_points
    assert cpu.as_double == 0.75


async def test_sdk_over_http_protobuf_gzip(start_ingest: Start) -> None:
    cfg, ingest, registry = await start_ingest()
    started = time.time_ns()
    sent = await asyncio.to_thread(sdk_send, f"http://127.0.0.1:{ingest.http_port}", "http", "checkout")
    await _check_everything_arrived(cfg, "checkout", sent, started)
    assert registry.get_sample_value(
        "sightline_ingest_records_total", {"signal": "logs", "transport": "otlp-http"}) == 2
    assert registry.get_sample_value(
        "sightline_ingest_requests_total", {"signal": "spans", "transport": "otlp-http", "outcome": "ok"}) == 3
    assert registry.get_sample_value("sightline_ingest_produce_seconds_count", {"topic": cfg.kafka.topics.metrics_raw}) == 1


async def test_sdk_over_grpc_gzip(start_ingest: Start) -> None:
    cfg, ingest, registry = await start_ingest()
    started = time.time_ns()
    sent = await asyncio.to_thread(sdk_send, f"http://127.0.0.1:{ingest.grpc_port}", "grpc", "payments")
    await _check_everything_arrived(cfg, "payments", sent, started)
    assert registry.get_sample_value(
        "sightline_ingest_records_total", {"signal": "metrics", "transport": "otlp-grpc"}) == 7


def _summary_request(service: str | None) -> ExportMetricsServiceRequest:
    request = ExportMetricsServiceRequest()
    rm = request.resource_metrics.add()
    if service is not None:
        rm.resource.attributes.add(key="service.name", value=AnyValue(string_value=service))
    metric = rm.scope_metrics.add().metrics.add()
    metric.name, metric.unit = "rpc.duration", "s"
    point = metric.summary.data_points.add()
    point.start_time_unix_nano, point.time_unix_nano = 1_795_428_000_000_000_000, 1_795_428_010_000_000_000
    point.count, point.sum = 10, 4.5
    point.attributes.append(KeyValue(key="rpc.method", value=AnyValue(string_value="Pay")))
    for quantile, value in ((0.5, 0.3), (0.99, 1.2)):
        q = point.quantile_values.add()
        q.quantile, q.value = quantile, value
    return request


def _check_summary(request: ExportMetricsServiceRequest, service: str) -> None:
    [rm] = request.resource_metrics
    assert attrs(rm.resource.attributes) == {"service.name": service}
    [metric] = rm.scope_metrics[0].metrics
    [point] = metric.summary.data_points
    assert (metric.name, metric.unit, point.count, point.sum) == ("rpc.duration", "s", 10, 4.5)
    assert (point.start_time_unix_nano, point.time_unix_nano) == (1_795_428_000_000_000_000, 1_795_428_010_000_000_000)
    assert attrs(point.attributes) == {"rpc.method": "Pay"}
    assert [(q.quantile, q.value) for q in point.quantile_values] == [(0.5, 0.3), (0.99, 1.2)]


async def test_summary_built_by_hand_over_http_and_grpc(start_ingest: Start) -> None:
    cfg, ingest, _ = await start_ingest(**{"ingest.default_service": "fallback"})
    async with aiohttp.ClientSession() as http:
        async with http.post(
            f"http://127.0.0.1:{ingest.http_port}/v1/metrics",
            data=gzip.compress(_summary_request("billing").SerializeToString()),
            headers={"Content-Type": "application/x-protobuf", "Content-Encoding": "gzip"},
        ) as resp:
            assert resp.status == 200 and resp.content_type == "application/x-protobuf"
            answer = ExportMetricsServiceResponse.FromString(await resp.read())
            assert not answer.HasField("partial_success")
    async with grpc.aio.insecure_channel(f"127.0.0.1:{ingest.grpc_port}") as channel:
        export = channel.unary_unary(
            "/opentelemetry.proto.collector.metrics.v1.MetricsService/Export",
            request_serializer=ExportMetricsServiceRequest.SerializeToString,
            response_deserializer=ExportMetricsServiceResponse.FromString,
        )
        await export(_summary_request(None), compression=grpc.Compression.Gzip)  # empty resource
    messages = await raw_messages(cfg, "metrics", 2)
    keys = {key for key, *_ in messages}
    assert keys == {"billing", "fallback"}
    for key, _, request in messages:
        _check_summary(request, key)


async def test_otlp_json_liberal_input_and_partial_success(start_ingest: Start) -> None:
    cfg, ingest, registry = await start_ingest()
    body = {
        "resourceLogs": [
            {
                "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "web"}}]},
                "scopeLogs": [{
                    "scope": {"name": "js"},
                    "logRecords": [
                        {"timeUnixNano": "1795428000000000001", "severityNumber": 9, "body": {"stringValue": "a"},
                         "traceId": "5B8EFFF798038103D269B633813FC60C", "spanId": "EEE19B7EC3C1B174",
                         "attributes": [{"key": "n", "value": {"intValue": "9007199254740993"}}]},
                        {"timeUnixNano": 1795428000000000002, "body": {"stringValue": "b"},
                         "attributes": [{"key": "n", "value": {"intValue": 7}}]},
                        {"body": {"stringValue": "no time"}},
                        {"traceId": "not-hex", "body": {"stringValue": "bad id"}},
                    ],
                }],
            },
            {"scopeLogs": [{"logRecords": [{"body": {"stringValue": "anonymous"}}]}]},  # empty resource
        ]
    }
    async with aiohttp.ClientSession() as http:
        async with http.post(f"http://127.0.0.1:{ingest.http_port}/v1/logs", json=body) as resp:
            assert resp.status == 200 and resp.content_type == "application/json"
            answer = await resp.json()
    partial = answer["partialSuccess"]
    assert partial["rejectedLogRecords"] == "1"
    assert "traceId" in partial["errorMessage"] and "1 of 5 rejected" in partial["errorMessage"]
    messages = {key: (envelope, request) for key, envelope, request in await raw_messages(cfg, "logs", 2)}
    assert set(messages) == {"web", "unknown_service"}
    envelope, web = messages["web"]
    assert envelope.format == FORMAT_OTLP_JSON
    records = web["resourceLogs"][0]["scopeLogs"][0]["logRecords"]
    assert [r["body"]["stringValue"] for r in records] == ["a", "b", "no time"]
    assert records[0]["attributes"][0]["value"]["intValue"] == "9007199254740993"  # kept exact, as sent
    assert records[1]["timeUnixNano"] == 1795428000000000002
    anonymous = messages["unknown_service"][1]["resourceLogs"][0]
    assert anonymous["resource"]["attributes"] == [{"key": "service.name", "value": {"stringValue": "unknown_service"}}]
    assert registry.get_sample_value("sightline_ingest_rejected_records_total", {"signal": "logs", "reason": "invalid_id"}) == 1
    assert registry.get_sample_value(
        "sightline_ingest_requests_total", {"signal": "logs", "transport": "otlp-http", "outcome": "partial"}) == 1


async def test_partial_success_over_protobuf_keeps_the_valid_records(start_ingest: Start) -> None:
    cfg, ingest, _ = await start_ingest(**{"ingest.max_attributes": 2, "ingest.max_attribute_value_length": 4})
    request = ExportLogsServiceRequest()
    rl = request.resource_logs.add()
    rl.resource.attributes.add(key="service.name", value=AnyValue(string_value="api"))
    records = rl.scope_logs.add().log_records
    good = records.add()
    good.body.string_value = "kept"
    for i in range(3):
        good.attributes.add(key=f"k{i}", value=AnyValue(string_value="long value"))
    bad = records.add()
    bad.body.string_value = "bad"
    bad.trace_id = b"\x01" * 5
    async with aiohttp.ClientSession() as http:
        async with http.post(
            f"http://127.0.0.1:{ingest.http_port}/v1/logs", data=request.SerializeToString(),
            headers={"Content-Type": "application/x-protobuf"},
        ) as resp:
            assert resp.status == 200
            answer = ExportLogsServiceResponse.FromString(await resp.read())
    assert answer.partial_success.rejected_log_records == 1
    assert "trace_id" in answer.partial_success.error_message
    [(_, _, got)] = await raw_messages(cfg, "logs", 1)
    [record] = got.resource_logs[0].scope_logs[0].log_records
    assert record.body.string_value == "kept"
    assert attrs(record.attributes) == {"k0": "long", "k1": "long"} and record.dropped_attributes_count == 1


# -- rejections -------------------------------------------------------------------------------
async def _post(url: str, data: bytes, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
    async with aiohttp.ClientSession() as http:
        async with http.post(url, data=data, headers=headers) as resp:
            return resp.status, dict(resp.headers), await resp.read()


def _one_log(service: str, body: str) -> bytes:
    request = ExportLogsServiceRequest()
    rl = request.resource_logs.add()
    rl.resource.attributes.add(key="service.name", value=AnyValue(string_value=service))
    rl.scope_logs.add().log_records.add().body.string_value = body
    return request.SerializeToString()


PROTO = {"Content-Type": "application/x-protobuf"}


async def test_http_rejections_answer_per_spec_and_good_requests_still_arrive(start_ingest: Start) -> None:
    cfg, ingest, registry = await start_ingest(**{
        "ingest.max_body_bytes": 4096, "ingest.max_decompressed_bytes": 8192, "ingest.max_records_per_request": 3})
    url = f"http://127.0.0.1:{ingest.http_port}/v1/logs"

    status, headers, body = await _post(url, b"\xff\xff garbage", PROTO)
    assert status == 400 and headers["Content-Type"] == "application/x-protobuf"
    rpc = status_pb2.Status.FromString(body)
    assert rpc.code == 3 and "not a valid protobuf ExportLogsServiceRequest" in rpc.message

    status, headers, body = await _post(url, b"{not json", {"Content-Type": "application/json"})
    assert status == 400 and orjson.loads(body)["code"] == 3 and "not valid JSON" in orjson.loads(body)["message"]

    status, _, body = await _post(url, b"x" * 5000, PROTO)
    assert status == 413 and "exceeds the 4096-byte limit" in status_pb2.Status.FromString(body).message

    status, _, body = await _post(url, gzip.compress(b"\0" * 100_000), {**PROTO, "Content-Encoding": "gzip"})
    assert status == 413 and "beyond the 8192-byte limit after gzip" in status_pb2.Status.FromString(body).message

    too_many = ExportLogsServiceRequest()
    for _ in range(4):
        too_many.resource_logs.add().scope_logs.add().log_records.add()
    status, _, body = await _post(url, too_many.SerializeToString(), PROTO)
    assert status == 413 and "4 records in one request; the limit is 3" in status_pb2.Status.FromString(body).message

    status, _, body = await _post(url, b"hello", {"Content-Type": "text/plain"})
    assert status == 415 and "application/x-protobuf or application/json" in orjson.loads(body)["message"]
    status, _, body = await _post(url, b"hello", {**PROTO, "Content-Encoding": "compress"})
    assert status == 415 and "Content-Encoding 'compress'" in status_pb2.Status.FromString(body).message

    # Chunked upload (no Content-Length) is fine.
    async def chunks() -> AsyncIterator[bytes]:
        payload = _one_log("chunky", "after the rejections")
        yield payload[:5]
        yield payload[5:]

    async with aiohttp.ClientSession() as http:
        async with http.post(url, data=chunks(), headers=PROTO) as resp:
            assert resp.status == 200
    [(key, _, request)] = await raw_messages(cfg, "logs", 1)
    assert key == "chunky" and request.resource_logs[0].scope_logs[0].log_records[0].body.string_value == "after the rejections"
    outcomes = {o: registry.get_sample_value("sightline_ingest_requests_total",
                                             {"signal": "logs", "transport": "otlp-http", "outcome": o})
                for o in ("invalid", "too_large", "unsupported", "ok")}
    assert outcomes == {"invalid": 2, "too_large": 3, "unsupported": 2, "ok": 1}


async def test_in_flight_limit_answers_429_with_retry_after(start_ingest: Start) -> None:
    # A body still arriving holds its bytes (ingest.max_in_flight_bytes), not a slot.
    cfg, ingest, _ = await start_ingest(**{"ingest.max_in_flight_bytes": 1024, "ingest.retry_after_s": 7})
    url = f"http://127.0.0.1:{ingest.http_port}/v1/logs"
    release = asyncio.Event()
    payload = _one_log("slow", "h" * 960)  # 1001 bytes: with any other request, over 1024

    async def slow_body() -> AsyncIterator[bytes]:
        yield payload[:3]
        await release.wait()
        yield payload[3:]

    async with aiohttp.ClientSession() as http:
        headers = {**PROTO, "Content-Length": str(len(payload))}
        held = asyncio.ensure_future(http.post(url, data=slow_body(), headers=headers))
        await eventually(lambda: _is(ingest.receiver.in_flight_bytes == len(payload)), timeout=5, interval=0.02)
        assert ingest.receiver.in_flight == 0
        status, headers, body = await _post(url, _one_log("fast", "refused"), PROTO)
        assert status == 429 and headers["Retry-After"] == "7"
        rpc = status_pb2.Status.FromString(body)
        assert rpc.code == 8 and "in-flight byte limit (1024 bytes)" in rpc.message
        info = error_details_pb2.RetryInfo()
        assert rpc.details[0].Unpack(info) and info.retry_delay.seconds == 7
        # gRPC shares the limit: RESOURCE_EXHAUSTED with RetryInfo where the OTel exporter reads it
        async with grpc.aio.insecure_channel(f"127.0.0.1:{ingest.grpc_port}") as channel:
            export = channel.unary_unary("/opentelemetry.proto.collector.logs.v1.LogsService/Export")
            with pytest.raises(grpc.aio.AioRpcError) as err:
                await export(_one_log("fast", "refused"))
        assert err.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        trailers = dict(err.value.trailing_metadata() or ())
        info = error_details_pb2.RetryInfo.FromString(trailers["google.rpc.retryinfo-bin"])
        assert info.retry_delay.seconds == 7
        details = status_pb2.Status.FromString(trailers["grpc-status-details-bin"])
        assert details.code == 8 and details.details[0].Is(error_details_pb2.RetryInfo.DESCRIPTOR)
        release.set()
        resp = await held
        assert resp.status == 200
        resp.release()
    [(key, _, _)] = await raw_messages(cfg, "logs", 1)
    assert key == "slow"


async def _is(value: bool) -> bool:
    return value


async def test_kafka_unreachable_is_503_and_unavailable_with_retry(start_ingest: Start) -> None:
    _, ingest, registry = await start_ingest(
        wait_ready=False, **{"kafka.bootstrap_servers": f"127.0.0.1:{free_port()}", "ingest.retry_after_s": 3})
    status, headers, body = await _post(
        f"http://127.0.0.1:{ingest.http_port}/v1/traces", b"{}", {"Content-Type": "application/json"})
    assert status == 503 and headers["Retry-After"] == "3"
    answer = orjson.loads(body)
    assert answer["code"] == 14 and "kafka unavailable" in answer["message"]
    assert answer["details"] == [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "3s"}]
    async with grpc.aio.insecure_channel(f"127.0.0.1:{ingest.grpc_port}") as channel:
        export = channel.unary_unary("/opentelemetry.proto.collector.trace.v1.TraceService/Export")
        with pytest.raises(grpc.aio.AioRpcError) as err:
            await export(b"")
    assert err.value.code() == grpc.StatusCode.UNAVAILABLE and "kafka unavailable" in (err.value.details() or "")
    trailers = dict(err.value.trailing_metadata() or ())
    assert error_details_pb2.RetryInfo.FromString(trailers["google.rpc.retryinfo-bin"]).retry_delay.seconds == 3
    assert registry.get_sample_value(
        "sightline_ingest_requests_total", {"signal": "spans", "transport": "otlp-grpc", "outcome": "unavailable"}) == 1


async def test_grpc_invalid_argument_and_good_calls_still_arrive(start_ingest: Start) -> None:
    cfg, ingest, _ = await start_ingest()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{ingest.grpc_port}") as channel:
        export = channel.unary_unary("/opentelemetry.proto.collector.logs.v1.LogsService/Export")
        with pytest.raises(grpc.aio.AioRpcError) as err:
            await export(b"\xff\xff garbage")
        assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert "not a valid protobuf ExportLogsServiceRequest" in (err.value.details() or "")
        answer = ExportLogsServiceResponse.FromString(await export(_one_log("grpc-svc", "fine")))
        assert not answer.HasField("partial_success")
    [(key, _, request)] = await raw_messages(cfg, "logs", 1)
    assert key == "grpc-svc" and request.resource_logs[0].scope_logs[0].log_records[0].body.string_value == "fine"


async def test_auth_401_and_tenant_recorded_over_both_transports(start_ingest: Start, tmp_path: Any) -> None:
    keys = tmp_path / "keys"
    keys.write_text("# name:key\nteam-b:key-of-team-b-0123\n")
    cfg, ingest, registry = await start_ingest(**{
        "ingest.auth.keys": {"team-a": "key-of-team-a-0123"}, "ingest.auth.keys_file": str(keys)})
    url = f"http://127.0.0.1:{ingest.http_port}/v1/logs"
    status, headers, body = await _post(url, _one_log("s", "x"), PROTO)
    assert status == 401 and "Bearer" in headers["WWW-Authenticate"]
    assert status_pb2.Status.FromString(body).code == 16
    status, _, body = await _post(url, _one_log("s", "x"), {**PROTO, "Authorization": "Bearer wrong-key-000"})
    assert status == 401 and "invalid API key" in status_pb2.Status.FromString(body).message
    status, _, _ = await _post(url, _one_log("s", "via http"), {**PROTO, "Authorization": "Bearer key-of-team-a-0123"})
    assert status == 200
    async with grpc.aio.insecure_channel(f"127.0.0.1:{ingest.grpc_port}") as channel:
        export = channel.unary_unary("/opentelemetry.proto.collector.logs.v1.LogsService/Export")
        with pytest.raises(grpc.aio.AioRpcError) as err:
            await export(_one_log("s", "x"))
        assert err.value.code() == grpc.StatusCode.UNAUTHENTICATED
        await export(_one_log("s", "via grpc"), metadata=(("x-api-key", "key-of-team-b-0123"),))
    messages = await raw_messages(cfg, "logs", 2)
    tenants = {r.resource_logs[0].scope_logs[0].log_records[0].body.string_value: e.tenant for _, e, r in messages}
    assert tenants == {"via http": "team-a", "via grpc": "team-b"}
    assert registry.get_sample_value(
        "sightline_ingest_requests_total", {"signal": "logs", "transport": "otlp-http", "outcome": "unauthenticated"}) == 2
