"""Issue #15 on the Sentry, Zipkin and remote-write receivers: bad records refused alone, with a reason
in the protocol's own answer, their siblings stored, nothing dead-lettered.

A real ingestor, processor and sink on the suite's broker and search store.  Each request carries
good records beside records the processor could not take: times negative or past 2262, records
over ``ingest.max_record_bytes``, a transaction's child span that cannot be placed, native
histograms with negative counts or a bucket gap that would expand to two billion buckets.
"""

from __future__ import annotations

import time
from typing import Any

import aiohttp
import cramjam
import orjson
import pytest
from prometheus_client import CollectorRegistry

from pipeline.ingest import Ingestor
from pipeline.ingest.zipkin.codec import _list_of_spans_class as zipkin_list_of_spans
from pipeline.kafka import ensure_topics
from pipeline.process import Processor
from pipeline.sinks.elasticsearch import ElasticsearchSink
from schemas.prometheus import WriteRequest
from tests.helpers import eventually, read_topic, search

pytestmark = pytest.mark.integration

NOW_S = time.time()
TRACE = "0af7651916cd43dd8448eb211c80319c"
REMOTE_WRITE = {"Content-Encoding": "snappy", "Content-Type": "application/x-protobuf",
                "X-Prometheus-Remote-Write-Version": "0.1.0"}


def _envelope(*items: dict[str, Any]) -> bytes:
    lines = [b'{"event_id":"' + b"e" * 32 + b'"}']
    for item in items:
        payload = orjson.dumps(item)
        lines += [orjson.dumps({"type": item.get("type", "event"), "length": len(payload)}), payload]
    return b"\n".join(lines)


def _remote_write() -> bytes:
    now_ms = int(NOW_S * 1000)
    request = WriteRequest()

    def series(name: str) -> Any:
        ts = request.timeseries.add()
        ts.labels.add(name="__name__", value=name)
        ts.labels.add(name="job", value="rw")
        return ts

    series("rw_good").samples.add(value=4, timestamp=now_ms)
    series("rw_before_1970").samples.add(value=1, timestamp=-5)
    series("rw_after_2262").samples.add(value=1, timestamp=2**62)
    negative = series("rw_negative_bucket").histograms.add(count_int=1, schema=0, timestamp=now_ms)
    negative.positive_spans.add(offset=0, length=2)
    negative.positive_deltas.extend([2, -3])
    wide = series("rw_two_billion_buckets").histograms.add(count_int=2, schema=0, timestamp=now_ms)
    wide.positive_spans.add(offset=0, length=1)
    wide.positive_spans.add(offset=2**31 - 1, length=1)
    wide.positive_deltas.extend([1, 0])
    return bytes(cramjam.snappy.compress_raw(request.SerializeToString()))


async def test_bad_records_refused_alone_in_each_protocols_answer(make_config: Any) -> None:
    cfg = make_config(**{"ingest.max_record_bytes": 20_000})
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    ingest, proc, sink = Ingestor(cfg, registry), Processor(cfg, registry), ElasticsearchSink(cfg, registry)
    async with ingest, proc, sink, aiohttp.ClientSession() as http:
        base = f"http://127.0.0.1:{ingest.http_port}"
        zipkin = f"http://127.0.0.1:{ingest.ports['ingest.zipkin']}/api/v2/spans"

        # Sentry envelope: an event kept, two refused; a transaction kept with one child, two children refused
        body = _envelope(
            {"message": "sentry kept", "level": "error", "timestamp": NOW_S},
            {"message": "far future", "timestamp": 1e30},
            {"message": "big " + "x" * 30_000, "timestamp": NOW_S},
            {"type": "transaction", "transaction": "GET /cart", "timestamp": NOW_S, "start_timestamp": NOW_S - 1,
             "contexts": {"trace": {"trace_id": TRACE, "span_id": "b7ad6b7169203331", "op": "http.server"}},
             "spans": [{"span_id": "00f067aa0ba902b7", "description": "SELECT 1", "op": "db",
                        "start_timestamp": NOW_S - 0.5, "timestamp": NOW_S - 0.4},
                       {"description": "no id"},
                       {"span_id": "00f067aa0ba902b8", "start_timestamp": -1, "timestamp": NOW_S}]},
        )
        async with http.post(f"{base}/api/7/envelope/", data=body) as resp:
            assert resp.status == 200, await resp.text()
            answer = await resp.json()
        assert answer["id"] == "e" * 32
        refused = [(r["item"], r["reason"]) for r in answer["rejected"]]
        assert [item for item, _why in refused] == [1, 2, 3, 3]
        assert "not a finite time in range" in refused[0][1] and "ingest.max_record_bytes" in refused[1][1]
        assert "span 1: span_id" in refused[2][1] and "span 2:" in refused[3][1]
        # the store endpoint: its one event refused, so nothing usable (400, the reason given)
        async with http.post(f"{base}/api/7/store/", json={"message": "m", "timestamp": -1}) as resp:
            assert resp.status == 400 and "timestamp" in (await resp.json())["detail"]

        # Zipkin JSON: one span kept; a time past 2262, a bad annotation time, a span over the size limit refused
        spans = [
            {"traceId": TRACE, "id": "1111111111111111", "name": "zipkin kept", "timestamp": int(NOW_S * 1e6),
             "localEndpoint": {"serviceName": "zk"}},
            {"traceId": TRACE, "id": "2222222222222222", "name": "late", "timestamp": 2**63 // 1000 + 1},
            {"traceId": TRACE, "id": "3333333333333333", "name": "note", "timestamp": int(NOW_S * 1e6),
             "annotations": [{"timestamp": -4, "value": "x"}]},
            {"traceId": TRACE, "id": "4444444444444444", "name": "big", "tags": {"k": "v" * 30_000}},
        ]
        async with http.post(zipkin, json=spans) as resp:
            assert resp.status == 202
            answer = await resp.json()
        assert answer["accepted"] == 1 and [r["index"] for r in answer["rejected"]] == [1, 2, 3]
        assert "annotation 0 timestamp" in answer["rejected"][1]["reason"]
        # Zipkin proto: a span at 2^64 - 1 microseconds refused beside a good one
        message = zipkin_list_of_spans()()
        message.spans.add(trace_id=bytes.fromhex(TRACE), id=b"\5" * 8, name="proto kept",
                          timestamp=int(NOW_S * 1e6)).local_endpoint.service_name = "zk"
        message.spans.add(trace_id=bytes.fromhex(TRACE), id=b"\6" * 8, name="proto late", timestamp=2**64 - 1)
        async with http.post(zipkin, data=message.SerializeToString(),
                             headers={"Content-Type": "application/x-protobuf"}) as resp:
            assert resp.status == 202
            answer = await resp.json()
        assert answer["accepted"] == 1 and [r["index"] for r in answer["rejected"]] == [1]

        # remote write: the good series accepted; four refused, 400 so Prometheus does not resend
        async with http.post(f"{base}/api/v1/write", data=_remote_write(), headers=REMOTE_WRITE) as resp:
            text = await resp.text()
            assert resp.status == 400, text
            assert resp.headers["X-Prometheus-Remote-Write-Samples-Written"] == "1"
        assert "4 series refused" in text and "invalid_time" in text and "invalid_histogram" in text
        assert "too_large" in text

        async def stored(kind: str, count: int) -> list[dict[str, Any]] | None:
            docs = await search(cfg, kind)
            return docs if len(docs) >= count else None

        logs = await eventually(lambda: stored("logs", 1), timeout=60)
        spans_stored = await eventually(lambda: stored("spans", 4), timeout=60)
        metrics = await eventually(lambda: stored("metrics", 1), timeout=60)
        assert [d["message"] for d in logs] == ["sentry kept"]
        assert sorted(d["name"] for d in spans_stored) == ["GET /cart", "SELECT 1", "proto kept", "zipkin kept"]
        assert [d["name"] for d in metrics] == ["rw_good"]
        assert not await read_topic(cfg, cfg.kafka.topics.deadletter, 1, timeout=3)
