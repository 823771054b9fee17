"""A broker that answers but refuses the idempotent producer is reported as that, with the setting to change.

The embedded broker (Tansu) has no InitProducerId: with ``kafka.idempotent``
on, the ingestor's producer cannot start.  That is not "Kafka unreachable":
readiness, the 503 answers and the log name ``kafka.idempotent: false``.
"""

from __future__ import annotations

import logging

import aiohttp
import pytest
from prometheus_client import CollectorRegistry

from pipeline.embedded import free_port
from pipeline.ingest import Ingestor
from pipeline.kafka import ensure_topics
from tests.helpers import eventually

pytestmark = pytest.mark.integration


async def test_idempotent_producer_refused_names_the_setting(make_config, caplog: pytest.LogCaptureFixture) -> None:
    cfg = make_config(**{"kafka.idempotent": True})
    await ensure_topics(cfg.kafka)
    ingest = Ingestor(cfg, CollectorRegistry())
    caplog.set_level(logging.ERROR, logger="sightline.ingest")
    await ingest.start()
    try:
        async def refused() -> bool:
            return "kafka.idempotent: false" in ingest.failing().get("kafka", "")

        await eventually(refused, timeout=15, interval=0.05)
        reason = ingest.failing()["kafka"]
        assert "refused" in reason and "InitProducerId" in reason and "unreachable" not in reason
        async with aiohttp.ClientSession() as http:
            url = f"http://127.0.0.1:{ingest.http_port}/api/v1/logs"
            async with http.post(url, data=b'{"msg": "hello"}\n') as resp:
                assert resp.status == 503
                answer = await resp.json()
                assert resp.headers["Retry-After"] == str(cfg.ingest.retry_after_s)
        assert "kafka.idempotent: false" in answer["error"]
        assert "unreachable" not in answer["error"]
        assert any("kafka.idempotent: false" in getattr(r, "reason", "") for r in caplog.records)
    finally:
        await ingest.stop()


async def test_unreachable_broker_is_still_called_unreachable(make_config) -> None:
    cfg = make_config(**{"kafka.idempotent": True, "kafka.bootstrap_servers": f"127.0.0.1:{free_port()}"})
    ingest = Ingestor(cfg, CollectorRegistry())
    await ingest.start()
    try:
        async def failing() -> bool:
            return "kafka" in ingest.failing() and ingest.failing()["kafka"] != "not checked yet"

        await eventually(failing, timeout=15, interval=0.05)
        assert "kafka.idempotent" not in ingest.failing()["kafka"]
        assert ingest.producer.refused is None
    finally:
        await ingest.stop()
