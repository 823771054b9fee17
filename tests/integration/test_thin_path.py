"""The thin path end to end: JSON log → ingest → Kafka → processor → sink → search store."""

from __future__ import annotations

import aiohttp
import orjson
import pytest
from aiokafka import AIOKafkaProducer
from prometheus_client import CollectorRegistry

from pipeline.ingest import Ingestor
from pipeline.kafka import ensure_topics
from pipeline.process import Processor
from pipeline.sinks.elasticsearch import ElasticsearchSink
from tests.helpers import eventually, loads, read_topic, search

pytestmark = pytest.mark.integration


async def test_json_log_reaches_the_store(make_config) -> None:
    cfg = make_config()
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    ingest, proc, sink = Ingestor(cfg, registry), Processor(cfg, registry), ElasticsearchSink(cfg, registry)
    async with ingest, proc, sink:
        url = f"http://127.0.0.1:{ingest.http_port}/api/v1/logs"
        lines = [
            {"@timestamp": "2026-11-23T10:00:00.250Z", "level": "error", "message": "payment failed",
             "service": "checkout", "trace_id": "4BF92F3577B34DA6A3CE929D0E0E4736", "order_id": 42},
            {"ts": 1795428000, "msg": "cart loaded", "app": "cart", "log": {"level": "info"}},
        ]
        body = b"\n".join(orjson.dumps(line) for line in lines) + b"\n{broken\n"
        async with aiohttp.ClientSession() as http:
            async with http.post(url, data=body) as resp:
                assert resp.status == 200
                answer = await resp.json()
        assert answer["accepted"] == 2
        assert [r["line"] for r in answer["rejected"]] == [3]
        assert "not valid JSON" in answer["rejected"][0]["reason"]

        docs = await eventually(lambda: _two(cfg), timeout=90)
        by_service = {d["service.name"]: d for d in docs}
        checkout = by_service["checkout"]
        assert checkout["@timestamp"] == "2026-11-23T10:00:00.250Z"
        assert checkout["severity_text"] == "ERROR" and checkout["severity_number"] == 17
        assert checkout["message"] == "payment failed"
        assert checkout["trace_id"] == "4bf92f3577b34da6a3ce929d0e0e4736"
        assert checkout["attributes"] == {"order_id": 42}
        assert checkout["_id"] == checkout["id"]
        cart = by_service["cart"]
        assert cart["@timestamp"] == "2026-11-23T10:00:00.000Z"
        assert cart["severity_text"] == "INFO"
        assert cart["message"] == "cart loaded"
        # searchable by text and by keyword
        hits = await search(cfg, "logs", {"match": {"message": "payment"}})
        assert [h["service.name"] for h in hits] == ["checkout"]

        # the same request again (an exporter retrying) must not duplicate anything
        async with aiohttp.ClientSession() as http:
            async with http.post(url, data=body) as resp:
                assert resp.status == 200
        await eventually(lambda: _duplicates_counted(registry), timeout=60)
        assert len(await search(cfg, "logs")) == 2


async def _two(cfg):
    docs = await search(cfg, "logs")
    return docs if len(docs) == 2 else None


async def _duplicates_counted(registry):
    value = registry.get_sample_value("sightline_sink_documents_total", {"kind": "logs", "outcome": "duplicate"})
    return (value or 0) >= 2


async def test_undecodable_raw_message_is_deadlettered_with_origin(make_config) -> None:
    cfg = make_config()
    await ensure_topics(cfg.kafka)
    producer = AIOKafkaProducer(bootstrap_servers=cfg.kafka.bootstrap_servers)
    await producer.start()
    try:
        sent = await producer.send_and_wait(cfg.kafka.topics.logs_raw, b"not a batch", key=b"svc")
    finally:
        await producer.stop()
    registry = CollectorRegistry()
    async with Processor(cfg, registry):
        messages = await read_topic(cfg, cfg.kafka.topics.deadletter, 1, timeout=60)
    assert len(messages) == 1
    doc = loads(messages[0].value)
    assert doc["reason"] == "bad_envelope"
    assert "sightline-version" in doc["error"]
    assert doc["origin"] == {"topic": cfg.kafka.topics.logs_raw, "partition": sent.partition, "offset": sent.offset}
    assert registry.get_sample_value("sightline_process_deadlettered_total", {"reason": "bad_envelope"}) == 1
