"""The processor under bad records (issue #15), against the session's broker.

A raw message whose records include bad ones, written to the raw topic as
the ingestor writes it: the good records reach the clean topic, exactly the
bad ones reach the dead-letter topic (each alone, redacted), and the agent
goes on with the next message.
"""

from __future__ import annotations

import time

import orjson
import pytest
from aiokafka import AIOKafkaProducer
from prometheus_client import CollectorRegistry

from pipeline.kafka import ensure_topics
from pipeline.process import Processor
from schemas.raw import FORMAT_OTLP_JSON, RawEnvelope
from tests.helpers import loads, read_topic

pytestmark = pytest.mark.integration

TOKEN = "ghp_" + "A1b2" * 9
SERVICE = {"attributes": [{"key": "service.name", "value": {"stringValue": "rp"}}]}


def _logs(*records: dict) -> bytes:
    return orjson.dumps({"resourceLogs": [{"resource": SERVICE, "scopeLogs": [{"logRecords": list(records)}]}]})


async def _process(cfg, registry, now: int, request: str, values, dead_letters: int, records: int):
    """Send ``values`` as raw messages of one request each, run a processor until ``records`` clean
    records (in one message or several: the processor may group the raw messages) and
    ``dead_letters`` dead letters are out; the clean records and the dead letters."""
    producer = AIOKafkaProducer(bootstrap_servers=cfg.kafka.bootstrap_servers, max_request_size=1_000_000)
    await producer.start()
    try:
        for i, value in enumerate(values):
            headers = RawEnvelope(FORMAT_OTLP_JSON, now, request=f"{request}{i}.0").headers()
            await producer.send_and_wait(cfg.kafka.topics.logs_raw, value, key=b"rp", headers=headers)
    finally:
        await producer.stop()
    async with Processor(cfg, registry):
        clean = await read_topic(cfg, cfg.kafka.topics.logs, records, timeout=90, lines=True)
        dead = await read_topic(cfg, cfg.kafka.topics.deadletter, dead_letters, timeout=30)
    return [loads(line) for message in clean for line in message.value.split(b"\n")], dead


async def test_bad_records_are_dead_lettered_alone(make_config) -> None:
    cfg = make_config()
    await ensure_topics(cfg.kafka)
    now = time.time_ns()
    good = {"timeUnixNano": str(now), "body": {"stringValue": "good"}}
    first = _logs(
        good,
        {"timeUnixNano": "18446744073709551615", "body": {"stringValue": f"huge {TOKEN}"}},  # past int64
        {"timeUnixNano": str(now), "body": {"intValue": "abc"},
         "attributes": [{"key": "note", "value": {"stringValue": f"key {TOKEN}"}}]},  # wrong-typed field
        {"timeUnixNano": str(now), "body": {"stringValue": "good too"}},
    )
    second = _logs({"timeUnixNano": str(now), "body": {"stringValue": "next message"}})
    registry = CollectorRegistry()
    lines, dead = await _process(cfg, registry, now, "d", (first, second), dead_letters=2, records=3)
    assert sorted(r["message"] for r in lines) == ["good", "good too", "next message"]
    assert len(dead) == 2
    docs = {doc["reason"]: doc for doc in map(loads, (m.value for m in dead))}
    assert set(docs) == {"stats_failed", "invalid_shape"}
    for doc in docs.values():
        assert doc["origin"]["topic"] == cfg.kafka.topics.logs_raw and doc["origin"]["record"] is True
        assert TOKEN not in doc["payload_preview"] and TOKEN not in doc["error"]
    assert "huge [REDACTED" in docs["stats_failed"]["payload_preview"]
    assert '"intValue":"abc"' in docs["invalid_shape"]["payload_preview"]
    assert "good" not in docs["invalid_shape"]["payload_preview"]  # the bad record alone, not its batch
    sample = registry.get_sample_value
    assert sample("sightline_process_records_deadlettered_total", {"signal": "logs", "reason": "stats_failed"}) == 1
    assert sample("sightline_process_records_deadlettered_total", {"signal": "logs", "reason": "invalid_shape"}) == 1
    assert sample("sightline_process_records_out_total", {"signal": "logs"}) == 3


async def test_a_record_over_the_message_limit_is_dead_lettered_and_the_agent_goes_on(make_config) -> None:
    cfg = make_config(**{"kafka.max_message_bytes": 100_000})
    await ensure_topics(cfg.kafka)
    now = time.time_ns()
    big = _logs({"timeUnixNano": str(now), "body": {"stringValue": "ok"}},
                {"timeUnixNano": str(now), "body": {"stringValue": "y" * 150_000}})
    after = _logs({"timeUnixNano": str(now), "body": {"stringValue": "next"}})
    lines, dead = await _process(cfg, CollectorRegistry(), now, "b", (big, after), dead_letters=1, records=2)
    assert sorted(r["message"] for r in lines) == ["next", "ok"]
    [doc] = [loads(m.value) for m in dead]
    assert doc["reason"] == "too_large" and doc["origin"]["record"] is True
    assert doc["payload_bytes"] > 150_000 and len(doc["payload_preview"].encode()) <= 4096
