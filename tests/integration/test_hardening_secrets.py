"""Issue #15, "Secrets leak past redaction": each leak reproduced against a real broker and store.

The ingestor, processor and sink run on the embedded broker and search store
(tests/conftest.py); nothing is mocked.  Every topic the records pass through,
the stored documents, the dead-letter topic, the Kafka message keys and the
processor's ``/metrics`` exposition are searched for the secrets.
"""

from __future__ import annotations

import random
import string
import time

import aiohttp
import orjson
import pytest
from aiokafka import AIOKafkaProducer
from prometheus_client import CollectorRegistry, generate_latest

from pipeline.ingest import Ingestor
from pipeline.kafka import ensure_topics
from pipeline.process import Processor
from pipeline.sinks.elasticsearch import ElasticsearchSink
from schemas.raw import FORMAT_OTLP_JSON, RawEnvelope
from tests.helpers import eventually, read_topic, search

pytestmark = pytest.mark.integration

_RNG = random.Random(1515)
_B62 = string.ascii_letters + string.digits
GHP = "ghp_" + "".join(_RNG.choice(_B62) for _ in range(36))  # GitHub's documented classic PAT shape
KEY_NAME = "ghp_" + "".join(_RNG.choice(_B62) for _ in range(36))
AKIA = "AKIA" + "".join(_RNG.choice(string.ascii_uppercase + "234567") for _ in range(16))  # AWS key id shape
SERVICE_TOKEN = "glpat-" + "".join(_RNG.choice(_B62) for _ in range(20))  # GitLab PAT shape
PASSWORD = "correct-Horse-battery-9"
SECRETS = (GHP, KEY_NAME, AKIA, SERVICE_TOKEN, PASSWORD)


def _attr(key: str, value: str) -> dict[str, object]:
    return {"key": key, "value": {"stringValue": value}}


def _logs_request(service: str) -> dict[str, object]:
    return {"resourceLogs": [{
        "resource": {"attributes": [_attr("service.name", service)]},
        "scopeLogs": [{"logRecords": [{
            "timeUnixNano": str(time.time_ns()),
            "severityText": "ERROR",
            "body": {"stringValue": f"index rebuild failed for idx-{GHP}"},  # glued to a '-'
            "attributes": [_attr(KEY_NAME, "value-kept"), _attr("exception.type", f"Boom{AKIA}Error")],
        }]}],
    }]}


def _spans_request(service: str) -> dict[str, object]:
    now = time.time_ns()
    return {"resourceSpans": [{
        "resource": {"attributes": [_attr("service.name", service)]},
        "scopeSpans": [{"spans": [{
            "traceId": "4bf92f3577b34da6a3ce929d0e0e4736", "spanId": "00f067aa0ba902b7",
            "name": f"GET /repos/idx-{GHP}", "kind": 2,
            "startTimeUnixNano": str(now - 5_000_000), "endTimeUnixNano": str(now),
            "status": {"code": 2, "message": "boom"},
            "events": [{"name": "exception", "timeUnixNano": str(now),
                        "attributes": [_attr("exception.type", f"Boom{AKIA}Error")]}],
        }]}],
    }]}


def _bad_request() -> bytes:
    """OTLP/JSON the processor cannot decode: the error names the value; a password attribute;
    a secret across the 4,096-byte preview cut."""
    def build(pad: str) -> bytes:
        return orjson.dumps({"resourceLogs": [{
            "resource": {"attributes": [_attr("service.name", "rp"), _attr("password", PASSWORD),
                                        _attr("padding", pad), _attr("note", GHP)]},
            "scopeLogs": [{"logRecords": [{"body": {"stringValue": "good"}}, {"body": {"intValue": GHP}}]}],
        }]})

    start = build("").index(GHP.encode())
    body = build("x" * (4096 - 20 - start))
    assert body.index(GHP.encode()) == 4096 - 20  # the secret starts 20 bytes before the cut
    return body


def _no_secret(data: bytes | str | None, where: str) -> None:
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else (data or "")
    for secret in SECRETS:
        assert secret not in text, f"{where} holds a secret"
        assert secret[6:26] not in text, f"{where} holds part of a secret"


async def test_no_secret_reaches_keys_dead_letters_or_metric_labels(make_config) -> None:
    cfg = make_config()
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    service = f"svc-{SERVICE_TOKEN}"
    ingest, proc, sink = Ingestor(cfg, registry), Processor(cfg, registry), ElasticsearchSink(cfg, registry)
    async with ingest, proc, sink:
        base = f"http://127.0.0.1:{ingest.http_port}"
        async with aiohttp.ClientSession() as http:
            for path, body in (("/v1/logs", _logs_request(service)), ("/v1/traces", _spans_request(service))):
                async with http.post(f"{base}{path}", data=orjson.dumps(body),
                                     headers={"Content-Type": "application/json"}) as resp:
                    assert resp.status == 200, await resp.text()
        # what a buggy client's request becomes if it reaches the processor: produced raw,
        # as the ingestor would, so the test does not depend on the ingestor refusing it
        producer = AIOKafkaProducer(bootstrap_servers=cfg.kafka.bootstrap_servers)
        await producer.start()
        try:
            await producer.send_and_wait(
                cfg.kafka.topics.logs_raw, _bad_request(), key=service.encode(),
                headers=RawEnvelope(FORMAT_OTLP_JSON, time.time_ns()).headers(),
            )
        finally:
            await producer.stop()
        docs = await eventually(lambda: search(cfg, "logs"), timeout=90)
        spans = await eventually(lambda: search(cfg, "spans"), timeout=90)
        clean_logs = await read_topic(cfg, cfg.kafka.topics.logs, 1)
        clean_spans = await read_topic(cfg, cfg.kafka.topics.spans, 1)
        dead = await read_topic(cfg, cfg.kafka.topics.deadletter, 1)
        exposition = generate_latest(registry).decode()

    for doc in (*docs, *spans):
        _no_secret(orjson.dumps(doc), "a stored document")
    for msg in (*clean_logs, *clean_spans):
        _no_secret(msg.value, "a clean-topic value")
        _no_secret(msg.key, "a clean-topic message key")
        assert msg.key == b"svc-[REDACTED:gitlab-pat]"
    for msg in dead:
        _no_secret(msg.value, "a dead letter")
        _no_secret(msg.key, "a dead letter's key")
    letter = orjson.loads(dead[0].value)
    assert "[REDACTED:github-pat]" in letter["error"]  # the value the error quoted
    assert '"key":"password","value":{"stringValue":"[REDACTED:secret-field]"}' in letter["payload_preview"]
    assert len(letter["payload_preview"].encode()) <= 4096
    _no_secret(exposition, "/metrics")
    assert 'error_type="Boom[REDACTED:aws-access-key-id]Error"' in exposition  # the label, redacted
    log = next(d for d in docs if "index rebuild" in str(d))
    assert "idx-[REDACTED:github-pat]" in orjson.dumps(log).decode()
    assert "value-kept" in orjson.dumps(log).decode()  # the value under the redacted key name
