"""Issue #15's requests against a real ingestor, processor, sink and search store.

Each request of the issue is sent as written; the answer must refuse the bad
record alone (``partial_success``, a per-line or per-item error), and the
good siblings must be stored, nothing lost and nothing dead-lettered.
Identical records of one request are each stored; the same request sent
again adds nothing.
"""

from __future__ import annotations

import gzip
import json
import math
from typing import Any

import aiohttp
import orjson
import pytest
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import (
    ExportLogsServiceRequest,
    ExportLogsServiceResponse,
)
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import (
    ExportMetricsServiceRequest,
    ExportMetricsServiceResponse,
)
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)
from prometheus_client import CollectorRegistry

from pipeline.ingest import Ingestor
from pipeline.kafka import ensure_topics
from pipeline.process import Processor
from pipeline.sinks.elasticsearch import ElasticsearchSink
from tests.helpers import eventually, read_topic, search

pytestmark = pytest.mark.integration

_RES = '{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"rp"}}]}'
# The requests, as curl sent them.
HUGE_TIME_LOGS = (
    '{"resourceLogs":[' + _RES + ',"scopeLogs":[{"logRecords":[{"body":{"stringValue":"good"}},'
    '{"timeUnixNano":"18446744073709551615","body":{"stringValue":"huge"}}]}]}]}'
)
NAN_HISTOGRAM = (
    '{"resourceMetrics":[' + _RES + ',"scopeMetrics":[{"metrics":[{"name":"rp.good","gauge":{"dataPoints":'
    '[{"asDouble":1}]}},{"name":"rp.hist","histogram":{"aggregationTemporality":2,"dataPoints":[{"count":"3",'
    '"sum":"NaN","explicitBounds":["NaN"],"bucketCounts":["1","2"]}]}}]}]}]}'
)
WRONG_TYPES = (
    '{"resourceLogs":[' + _RES + ',"scopeLogs":[{"logRecords":[{"body":{"stringValue":"sibling"}},'
    '{"body":{"intValue":"abc"}},{"timeUnixNano":"-1","body":{"stringValue":"neg"}},'
    '{"flags":-1,"body":{"stringValue":"flags"}}]}]}]}'
)


def _deep(levels: int) -> Any:
    value: Any = "bottom"
    for _ in range(levels):
        value = {"n": value}
    return value


async def _post(url: str, body: bytes, ctype: str = "application/json") -> tuple[int, Any]:
    async with aiohttp.ClientSession() as http, http.post(url, data=body, headers={"Content-Type": ctype}) as resp:
        return resp.status, await resp.json(content_type=None)


async def test_bad_records_refused_alone_and_identical_lines_each_stored(make_config: Any) -> None:
    cfg = make_config(**{"ingest.max_record_bytes": 20_000})
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    ingest, proc, sink = Ingestor(cfg, registry), Processor(cfg, registry), ElasticsearchSink(cfg, registry)
    async with ingest, proc, sink:
        base = f"http://127.0.0.1:{ingest.http_port}"

        status, answer = await _post(f"{base}/v1/logs", HUGE_TIME_LOGS.encode())
        assert status == 200
        assert answer["partialSuccess"]["rejectedLogRecords"] == "1"
        assert "2^63" in answer["partialSuccess"]["errorMessage"]

        status, answer = await _post(f"{base}/v1/logs", WRONG_TYPES.encode())
        assert status == 200
        assert answer["partialSuccess"]["rejectedLogRecords"] == "3", answer

        status, answer = await _post(f"{base}/v1/metrics", NAN_HISTOGRAM.encode())
        assert status == 200
        assert answer["partialSuccess"]["rejectedDataPoints"] == "1"
        assert "NaN" in answer["partialSuccess"]["errorMessage"]

        # JSON logs: each bad line refused with its number, the good one kept, never a 500
        lines = [
            {"ts": "2026-11-23T10:00:00Z", "msg": "kept line", "app": "jl"},
            {"ts": -1, "msg": "negative", "app": "jl"},
            {"ts": "inf", "msg": "infinite", "app": "jl"},
            {"ts": 1e30, "msg": "far", "app": "jl"},
            {"ts": "0001-01-01T00:00:00Z", "msg": "year one", "app": "jl"},
            {"ts": "2026-11-23T10:00:00Z", "msg": "deep", "app": "jl", "x": _deep(300)},
            {"ts": "2026-11-23T10:00:00Z", "msg": "big " + "z" * 30_000, "app": "jl"},
        ]
        body = b"\n".join(json.dumps(line).encode() for line in lines)  # orjson refuses to write 300 levels
        status, answer = await _post(f"{base}/api/v1/logs", body, "application/x-ndjson")
        assert status == 200, answer
        assert answer["accepted"] == 1
        assert [r["line"] for r in answer["rejected"]] == [2, 3, 4, 5, 6, 7]
        assert "ingest.max_depth" in answer["rejected"][4]["reason"]
        assert "not retryable" in answer["rejected"][5]["reason"]

        # Elasticsearch bulk: the same documents, item by item
        bulk = b"".join(b'{"create":{"_index":"app"}}\n' + json.dumps({**line, "app": "bk"}).encode() + b"\n" for line in lines)
        status, answer = await _post(f"{base}/_bulk", bulk, "application/x-ndjson")
        assert status == 200 and answer["errors"] is True
        statuses = [item["create"]["status"] for item in answer["items"]]
        assert statuses == [201, 400, 400, 400, 400, 400, 413]

        # five identical lines: five documents; the same request again: still five
        same = b"\n".join([orjson.dumps({"ts": "2026-11-23T10:00:01Z", "msg": "heartbeat", "app": "hb"})] * 5)
        for _ in range(2):
            status, answer = await _post(f"{base}/api/v1/logs", same, "application/x-ndjson")
            assert status == 200 and answer["accepted"] == 5

        async def stored() -> list[dict[str, Any]] | None:
            docs = await search(cfg, "logs")
            return docs if len(docs) >= 9 else None

        try:
            docs = await eventually(stored, timeout=40)
        except AssertionError:
            got = await search(cfg, "logs")
            raise AssertionError([(d["service.name"], d["message"][:20]) for d in got]) from None
        by_service: dict[str, list[str]] = {}
        for doc in docs:
            by_service.setdefault(doc["service.name"], []).append(doc["message"])
        assert sorted(by_service["rp"]) == ["good", "sibling"]
        assert by_service["jl"] == ["kept line"] and by_service["bk"] == ["kept line"]
        assert by_service["hb"] == ["heartbeat"] * 5

        async def retried_counted() -> bool:
            value = registry.get_sample_value("sightline_sink_documents_total", {"kind": "logs", "outcome": "duplicate"})
            return (value or 0) >= 5

        await eventually(retried_counted, timeout=60)
        assert len(await search(cfg, "logs")) == 9
        clean = await read_topic(cfg, cfg.kafka.topics.metrics, 1, timeout=30)
        assert [orjson.loads(m.value)["name"] for m in clean] == ["rp_good"]
        assert not await read_topic(cfg, cfg.kafka.topics.deadletter, 1, timeout=3)


def _proto_requests() -> dict[str, bytes]:
    """Logs, spans and metrics over protobuf: each a good record beside ones at 2^63 ns and beyond."""
    logs = ExportLogsServiceRequest()
    rl = logs.resource_logs.add()
    rl.resource.attributes.add(key="service.name").value.string_value = "pb"
    records = rl.scope_logs.add().log_records
    records.add(time_unix_nano=1_795_428_000_000_000_000).body.string_value = "pb good"
    records.add(time_unix_nano=2**64 - 1).body.string_value = "pb huge"
    records.add(observed_time_unix_nano=2**63).body.string_value = "pb observed huge"
    spans = ExportTraceServiceRequest()
    rs = spans.resource_spans.add()
    rs.resource.attributes.add(key="service.name").value.string_value = "pb"
    scope = rs.scope_spans.add()
    for name, end in (("pb good span", 1_795_428_000_100_000_000), ("pb late span", 2**63)):
        scope.spans.add(trace_id=b"\1" * 16, span_id=bytes([len(name)]) * 8, name=name,
                        start_time_unix_nano=1_795_428_000_000_000_000, end_time_unix_nano=end)
    event_late = scope.spans.add(trace_id=b"\1" * 16, span_id=b"\7" * 8, name="pb late event",
                                 start_time_unix_nano=1_795_428_000_000_000_000)
    event_late.events.add(name="e", time_unix_nano=2**64 - 1)
    metrics = ExportMetricsServiceRequest()
    rm = metrics.resource_metrics.add()
    rm.resource.attributes.add(key="service.name").value.string_value = "pb"
    ms = rm.scope_metrics.add().metrics
    gauge = ms.add(name="pb.gauge").gauge
    gauge.data_points.add(time_unix_nano=1_795_428_000_000_000_000, as_double=1.0)
    gauge.data_points.add(time_unix_nano=2**63, as_double=2.0)
    hist = ms.add(name="pb.hist").histogram
    hist.aggregation_temporality = 2
    hist.data_points.add(time_unix_nano=1_795_428_000_000_000_000, count=1, sum=math.inf,
                         explicit_bounds=[1.0], bucket_counts=[1, 0])
    return {"logs": logs.SerializeToString(), "traces": spans.SerializeToString(), "metrics": metrics.SerializeToString()}


JSON_SPANS_AND_POINTS = {
    "traces": '{"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"js"}}]},'
              '"scopeSpans":[{"spans":[{"traceId":"0af7651916cd43dd8448eb211c80319c","spanId":"b7ad6b7169203331",'
              '"name":"js good span","startTimeUnixNano":"1795428000000000000","endTimeUnixNano":"1795428000100000000"},'
              '{"traceId":"0af7651916cd43dd8448eb211c80319c","spanId":"b7ad6b7169203332","name":"js late",'
              '"startTimeUnixNano":"9223372036854775808"}]}]}]}',
    "metrics": '{"resourceMetrics":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"js"}}]},'
               '"scopeMetrics":[{"metrics":[{"name":"js.gauge","gauge":{"dataPoints":[{"asDouble":3},'
               '{"asDouble":"abc"},{"asDouble":4,"timeUnixNano":"18446744073709551615"}]}}]}]}]}',
}


async def test_times_past_2_63_and_wrong_types_refused_alone_over_protobuf_and_json(make_config: Any) -> None:
    cfg = make_config()
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    ingest, proc, sink = Ingestor(cfg, registry), Processor(cfg, registry), ElasticsearchSink(cfg, registry)
    async with ingest, proc, sink, aiohttp.ClientSession() as http:
        base = f"http://127.0.0.1:{ingest.http_port}"
        responses = {"logs": ExportLogsServiceResponse, "traces": ExportTraceServiceResponse,
                     "metrics": ExportMetricsServiceResponse}
        rejected = {}
        for path, body in _proto_requests().items():
            async with http.post(f"{base}/v1/{path}", data=body, headers={"Content-Type": "application/x-protobuf"}) as resp:
                assert resp.status == 200
                partial = responses[path].FromString(await resp.read()).partial_success
            rejected[path] = partial
        assert rejected["logs"].rejected_log_records == 2 and "2^63" in rejected["logs"].error_message
        assert rejected["traces"].rejected_spans == 2
        assert rejected["metrics"].rejected_data_points == 2 and "infinite" in rejected["metrics"].error_message
        for path, body in JSON_SPANS_AND_POINTS.items():
            status, answer = await _post(f"{base}/v1/{path}", body.encode())
            assert status == 200
            key = "rejectedSpans" if path == "traces" else "rejectedDataPoints"
            assert answer["partialSuccess"][key] == ("1" if path == "traces" else "2"), answer

        async def stored(kind: str, count: int) -> list[dict[str, Any]] | None:
            docs = await search(cfg, kind)
            return docs if len(docs) >= count else None

        logs = await eventually(lambda: stored("logs", 1), timeout=60)
        spans = await eventually(lambda: stored("spans", 2), timeout=60)
        assert [d["message"] for d in logs] == ["pb good"]
        assert sorted(d["name"] for d in spans) == ["js good span", "pb good span"]
        clean = await read_topic(cfg, cfg.kafka.topics.metrics, 2, timeout=30)
        assert sorted((p["name"], p.get("value")) for p in map(lambda m: orjson.loads(m.value), clean)) == [
            ("js_gauge", 3.0), ("pb_gauge", 1.0)]
        assert not await read_topic(cfg, cfg.kafka.topics.deadletter, 1, timeout=3)


async def test_every_gzip_member_is_read_and_a_truncated_stream_refused(make_config: Any) -> None:
    cfg = make_config()
    await ensure_topics(cfg.kafka)
    first = gzip.compress(orjson.dumps({"msg": "member one", "app": "gz"}) + b"\n")
    second = gzip.compress(orjson.dumps({"msg": "member two", "app": "gz"}) + b"\n")
    headers = {"Content-Type": "application/x-ndjson", "Content-Encoding": "gzip"}
    async with Ingestor(cfg, CollectorRegistry()) as ingest, aiohttp.ClientSession() as http:
        url = f"http://127.0.0.1:{ingest.http_port}/api/v1/logs"

        async def post(body: bytes) -> tuple[int, Any]:
            async with http.post(url, data=body, headers=headers) as resp:
                return resp.status, await resp.json(content_type=None)

        async def ready() -> bool:
            return not ingest.failing()

        await eventually(ready, timeout=30)
        status, answer = await post(first + second)
        assert status == 200 and answer["accepted"] == 2
        status, answer = await post((first + second)[:-12])  # the second member cut short
        assert status == 400 and "truncated" in answer["error"]
        [message] = await read_topic(cfg, cfg.kafka.topics.logs_raw, 1, timeout=30)
    assert [r["message"] for r in orjson.loads(message.value)] == ["member one", "member two"]
    assert len(await read_topic(cfg, cfg.kafka.topics.logs_raw, 2, timeout=3)) == 1  # nothing of the truncated one
