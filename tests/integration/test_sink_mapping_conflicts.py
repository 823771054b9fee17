"""Services that disagree on an attribute's type: every document is stored, the conflicting fields
set aside (kept, not indexed) and counted; numeric range queries on an attribute they agree on still work.
"""

from __future__ import annotations

import time

import orjson
import pytest
from aiokafka import AIOKafkaProducer
from prometheus_client import CollectorRegistry

from pipeline.kafka import ensure_topics
from pipeline.sinks.elasticsearch import ElasticsearchSink
from schemas.records import format_timestamp
from tests.helpers import eventually, search

pytestmark = pytest.mark.integration


def batch(service: str, start: int, attributes: list[dict]) -> bytes:
    now = time.time_ns()
    return orjson.dumps([
        {"id": f"{service}-{start + i:08d}", "@timestamp": format_timestamp(now), "time_unix_nano": now,
         "service.name": service, "severity_text": "INFO", "severity_number": 9,
         "message": f"{service} record {start + i}", "attributes": attrs}
        for i, attrs in enumerate(attributes)
    ])


async def test_type_conflicts_between_services_lose_no_document(make_config) -> None:
    cfg = make_config(**{"sink.retry_initial_s": 0.05, "sink.retry_max_s": 0.2})
    await ensure_topics(cfg.kafka)
    producer = AIOKafkaProducer(bootstrap_servers=cfg.kafka.bootstrap_servers)
    await producer.start()
    registry = CollectorRegistry()
    sink = ElasticsearchSink(cfg, registry)
    logs = cfg.kafka.topics.logs
    try:
        async with sink:
            # Service A maps first: x text, n a number, y an object (y.b), latency_ms a number.
            a = [{"x": f"some text {i}", "n": i, "y.b": i, "latency_ms": 10 * i} for i in range(10)]
            await producer.send_and_wait(logs, batch("a", 0, a), key=b"a")
            await eventually(lambda: _count(cfg, 10), timeout=30)
            # B: x as a map (flattened by the processors as x.b; also sent nested), C: n as a string
            # and y as a string (two conflicts in one document); all agree on latency_ms.
            b = [{"x.b": i, "latency_ms": 10 * i} for i in range(5)] + [{"x": {"b": 9}, "latency_ms": 95}]
            c = [{"n": "many", "y": "flat", "latency_ms": 10 * i + 5} for i in range(4)]
            await producer.send_and_wait(logs, batch("b", 0, b), key=b"b")
            await producer.send_and_wait(logs, batch("c", 0, c), key=b"c")
            await eventually(lambda: _count(cfg, 20), timeout=30)

            docs = {d["_id"]: d for d in await search(cfg, "logs")}
            assert sorted(docs) == sorted([f"a-{i:08d}" for i in range(10)] + [f"b-{i:08d}" for i in range(6)]
                                          + [f"c-{i:08d}" for i in range(4)])
            # A's documents are untouched; B's and C's keep what conflicted, set aside and listed
            assert all("sightline.unindexed" not in docs[f"a-{i:08d}"] for i in range(10))
            assert docs["b-00000001"]["sightline.unindexed"] == {"attributes.x.b": 1}
            assert docs["b-00000001"]["sightline.unindexed_fields"] == ["attributes.x.b"]
            assert docs["b-00000005"]["sightline.unindexed"] == {"attributes.x": {"b": 9}}
            c0 = docs["c-00000000"]
            assert sorted(c0["sightline.unindexed_fields"]) == ["attributes.n", "attributes.y"]
            assert c0["sightline.unindexed"] == {"attributes.n": "many", "attributes.y": "flat"}
            assert c0["attributes"] == {"latency_ms": 5}

            # the numeric attribute every service agrees on keeps its numeric mapping: ranges work
            ranged = await search(cfg, "logs", {"range": {"attributes.latency_ms": {"gte": 30, "lt": 60}}})
            assert sorted(d["_id"] for d in ranged) == ["a-00000003", "a-00000004", "a-00000005",
                                                         "b-00000003", "b-00000004", "c-00000003"]
            assert sorted(d["_id"] for d in await search(cfg, "logs", {"range": {"attributes.n": {"gte": 7}}})) == [
                "a-00000007", "a-00000008", "a-00000009"]
            # documents with fields set aside are found by their other fields and by what was set aside
            assert len(await search(cfg, "logs", {"term": {"service.name": "c"}})) == 4
            assert len(await search(cfg, "logs", {"match": {"message": "record"}})) == 20
            found = await search(cfg, "logs", {"term": {"sightline.unindexed_fields": "attributes.x.b"}})
            assert sorted(d["_id"] for d in found) == [f"b-{i:08d}" for i in range(5)]

            # counted: stored with fields set aside, none dead-lettered
            def sample(name: str, labels: dict) -> float:
                return registry.get_sample_value(name, labels) or 0

            assert sample("sightline_sink_mapping_conflicts_total", {"kind": "logs"}) == 10
            assert sample("sightline_sink_documents_total", {"kind": "logs", "outcome": "indexed"}) == 20
            assert sample("sightline_sink_documents_total", {"kind": "logs", "outcome": "deadlettered"}) == 0
    finally:
        await producer.stop()


async def _count(cfg, n):
    return len(await search(cfg, "logs")) == n
