"""Secrets sent to the ingestor reach no topic, no stored document and no dead letter."""

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
from tests.helpers import eventually, read_topic, search

pytestmark = pytest.mark.integration

JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
PASSWORD = "hunter2-Sup3rSecret"
AWS = "AKIAIOSFODNN7EXAMPLQ"
TRACE = "4bf92f3577b34da6a3ce929d0e0e4736"
# Issue #17's classes: a command line, a grouped Luhn-valid number outside the brands'
# documented ranges, a provider format of the public rule sets.
CLI_PASSWORD = "Zq9-vXr27kLw"
CURL_PASSWORD = "Hun7er-Pw-4411"
CARD = "3593-9212-1391-3712"
README_KEY = "rdme_" + "x7k2m9q4p1" * 7


async def test_secrets_never_leave_the_processor(make_config) -> None:
    cfg = make_config()
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    line = {
        "level": "warn", "service": "payments", "trace_id": TRACE,
        "message": f"retrying charge with Authorization: Bearer {JWT} for key {AWS}",
        "db": {"password": PASSWORD, "password_reset_requested": True, "token_count": 3},
        "exec": f"Command failed: mysql -u root -p {CLI_PASSWORD} -h 10.0.0.5 shop",
        "upload": f"curl -s --user deploy:{CURL_PASSWORD} https://nexus.internal/repo",
        "payment": f"ts=2024-05-01T10:00:00Z event=charge card={CARD} amount=12.00",
        "docs": f"rdme sync failed with {README_KEY}",
    }
    ingest, proc, sink = Ingestor(cfg, registry), Processor(cfg, registry), ElasticsearchSink(cfg, registry)
    async with ingest, proc, sink:
        async with aiohttp.ClientSession() as http:
            async with http.post(f"http://127.0.0.1:{ingest.http_port}/api/v1/logs", data=orjson.dumps(line)) as resp:
                assert resp.status == 200
        # an undecodable raw message that carries a secret goes to the dead-letter topic scrubbed
        producer = AIOKafkaProducer(bootstrap_servers=cfg.kafka.bootstrap_servers)
        await producer.start()
        try:
            await producer.send_and_wait(cfg.kafka.topics.logs_raw, f"garbage password={PASSWORD}".encode(), key=b"x")
        finally:
            await producer.stop()

        [doc] = await eventually(lambda: search(cfg, "logs"), timeout=90)
        clean = await read_topic(cfg, cfg.kafka.topics.logs, 1)
        dead = await read_topic(cfg, cfg.kafka.topics.deadletter, 1)

    stored = orjson.dumps(doc).decode()
    for secret in (JWT, PASSWORD, AWS):
        assert secret not in stored
        assert secret.encode() not in clean[0].value
        assert secret.encode() not in dead[0].value
    for secret in (CLI_PASSWORD, CURL_PASSWORD, CARD, README_KEY):
        assert secret not in stored
        assert secret.encode() not in clean[0].value
    assert "mysql -u root -p [REDACTED:" in stored and "card=[REDACTED:card-number]" in stored
    assert "[REDACTED:" in doc["message"] and doc["message"].startswith("retrying charge with Authorization: ")
    assert doc["trace_id"] == TRACE
    attrs = doc["attributes"]["db"] if "db" in doc["attributes"] else doc["attributes"]
    assert attrs["password_reset_requested"] is True and attrs["token_count"] == 3
    assert b"[REDACTED" in dead[0].value
    redactions = [s.value for m in registry.collect() if m.name == "sightline_redactions" for s in m.samples
                  if s.name == "sightline_redactions_total"]
    assert sum(redactions) >= 7
