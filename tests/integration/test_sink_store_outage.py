"""The search store stops for a while and starts again: the sink waits, then indexes everything."""

from __future__ import annotations

import datetime as dt
import time

import orjson
import pytest
from aiokafka import AIOKafkaProducer
from prometheus_client import CollectorRegistry

from pipeline.embedded import EmbeddedStore
from pipeline.kafka import ensure_topics
from pipeline.sinks.elasticsearch import ElasticsearchSink
from pipeline.sinks.elasticsearch.client import make_client
from pipeline.sinks.elasticsearch.retention import enforce_retention
from schemas.records import format_timestamp
from tests.helpers import eventually, search

pytestmark = pytest.mark.integration


def batch(start: int, n: int) -> bytes:
    now = time.time_ns()
    return orjson.dumps([
        {"id": f"{i:032x}", "@timestamp": format_timestamp(now), "time_unix_nano": now, "service.name": "svc",
         "severity_text": "INFO", "severity_number": 9, "message": f"record {i}"}
        for i in range(start, start + n)
    ])


async def test_store_down_then_back_nothing_lost(make_config, tmp_path) -> None:
    store = EmbeddedStore(port=0, log_dir=str(tmp_path))
    store.start()
    try:
        cfg = make_config(**{"elasticsearch.hosts": [store.url], "elasticsearch.request_timeout_s": 2,
                             "sink.retry_initial_s": 0.1, "sink.retry_max_s": 0.5})
        await ensure_topics(cfg.kafka)
        producer = AIOKafkaProducer(bootstrap_servers=cfg.kafka.bootstrap_servers)
        await producer.start()
        registry = CollectorRegistry()
        sink = ElasticsearchSink(cfg, registry)
        try:
            async with sink:
                await producer.send_and_wait(cfg.kafka.topics.logs, batch(0, 50), key=b"svc")
                await eventually(lambda: _count(cfg, 50), timeout=30)
                # the sink has the store's answers too: stopping the store now cannot cut a request
                # off (the sink would send those 50 again into the restarted store, as at-least-once
                # delivery should; on a busy machine a first answer can also time out, and the
                # retry then counts them as duplicates)
                await eventually(lambda: _acknowledged(registry, 50), timeout=30)

                store.stop()  # the embedded store keeps its data in memory: it comes back empty
                for start in range(50, 250, 50):
                    await producer.send_and_wait(cfg.kafka.topics.logs, batch(start, 50), key=b"svc")
                await eventually(lambda: _failing(sink), timeout=30)
                await eventually(lambda: _unavailable_counted(registry), timeout=30)

                store.start()  # same port
                await eventually(lambda: _count(cfg, 200), timeout=60)
                docs = await search(cfg, "logs")
                assert sorted(int(d["_id"], 16) for d in docs) == list(range(50, 250))
                # the templates were installed again before indexing: explicit mappings
                es = make_client(cfg.elasticsearch)
                try:
                    mapping = await es.indices.get_mapping(index=f"{cfg.elasticsearch.index_prefix}-logs-*")
                    props = next(iter(mapping.body.values()))["mappings"]["properties"]
                    assert props["message"]["type"] == "text"
                finally:
                    await es.close()
                await eventually(lambda: _ready(sink), timeout=30)
        finally:
            await producer.stop()

        # daily-index retention: indices older than retention_days go
        es = make_client(cfg.elasticsearch)
        prefix = cfg.elasticsearch.index_prefix
        try:
            old = f"{prefix}-spans-2020.01.01"
            await es.indices.create(index=old)
            deleted = await enforce_retention(es, prefix, ("logs", "spans"), 30)
            assert deleted == [old]
            remaining = await es.indices.get(index=f"{prefix}-*")
            today = dt.datetime.now(dt.UTC).strftime("%Y.%m.%d")
            assert f"{prefix}-logs-{today}" in remaining.body and old not in remaining.body
        finally:
            await es.close()
    finally:
        store.stop()


async def _count(cfg, n):
    return len(await search(cfg, "logs")) == n


async def _acknowledged(registry, n):
    return sum(registry.get_sample_value("sightline_sink_documents_total", {"kind": "logs", "outcome": outcome}) or 0
               for outcome in ("indexed", "duplicate")) == n


async def _ready(sink):
    return not sink.failing()


async def _failing(sink):
    return "elasticsearch" in sink.failing()


async def _unavailable_counted(registry):
    return (registry.get_sample_value("sightline_sink_bulk_failures_total", {"reason": "unavailable"}) or 0) >= 1
