"""Alert events on the topic reach a real Alertmanager and a webhook; an unreachable target is retried."""

from __future__ import annotations

import asyncio
import json
import urllib.request

import orjson
import pytest
from aiohttp import web
from aiokafka import AIOKafkaProducer
from prometheus_client import CollectorRegistry

from pipeline.alerts.config import AlertsConfig
from pipeline.alerts.engine import AlertEngine, Condition
from pipeline.alerts.forward import AlertForwarder
from pipeline.embedded import free_port
from pipeline.kafka import ensure_topics
from tests.conftest import WebhookSink
from tests.helpers import eventually, read_topic

pytestmark = pytest.mark.integration


async def _produce(cfg, events) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=cfg.kafka.bootstrap_servers)
    await producer.start()
    try:
        for event in events:
            await producer.send_and_wait(cfg.kafka.topics.alerts, orjson.dumps(event), key=event["fingerprint"].encode())
    finally:
        await producer.stop()


def _am_alerts(url: str, active: bool = True) -> list[dict]:
    query = "active=true&silenced=false&inhibited=false" if active else "active=false&unprocessed=false"
    with urllib.request.urlopen(f"{url}/api/v2/alerts?{query}", timeout=5) as resp:
        return json.loads(resp.read())


def _finding(active: bool = True) -> Condition:
    return Condition("error_spike", "ErrorSpike", "checkout", active, severity="critical", observed=300, expected=5,
                     score=0.9999, summary="checkout: 300 errors in 1m, 5 expected",
                     evidence={"trace_ids": ["4bf92f3577b34da6a3ce929d0e0e4736"], "record_ids": ["r1"]},
                     clear_after_s=60)


async def test_firing_and_resolved_reach_alertmanager_and_webhook(make_config, alertmanager, webhook_sink) -> None:
    cfg = make_config(**{"alerts.alertmanager.urls": [alertmanager.url],
                         "alerts.webhook.urls": [webhook_sink.url + "/hook"]})
    await ensure_topics(cfg.kafka)
    engine = AlertEngine(AlertsConfig(), index_prefix="sightline")
    [firing] = engine.observe(_finding(), 1_795_428_000.0)
    registry = CollectorRegistry()
    async with AlertForwarder(cfg, registry, group_id=cfg.process.group_id + "-fwd"):
        await _produce(cfg, [firing])

        async def in_alertmanager():
            alerts = await asyncio.to_thread(_am_alerts, alertmanager.url)
            return [a for a in alerts if a["labels"].get("service") == "checkout"]

        [am] = await eventually(in_alertmanager, timeout=60)
        assert am["labels"] == {"alertname": "ErrorSpike", "service": "checkout", "severity": "critical", "kind": "error_spike"}
        assert am["annotations"]["summary"] == "checkout: 300 errors in 1m, 5 expected"
        assert am["annotations"]["trace_ids"] == "4bf92f3577b34da6a3ce929d0e0e4736"
        assert am["generatorURL"].startswith("http://127.0.0.1:9200/sightline-*/_search?q=")
        assert am["startsAt"].startswith("2026-11-23T10:00:00")

        def hooks(path, status):
            return [b for p, b in webhook_sink.received if p == path and b["status"] == status
                    and b["commonLabels"].get("service") == "checkout"]

        [ours] = await eventually(lambda: _async(hooks("/hook", "firing")), timeout=30)
        assert ours["version"] == "4" and ours["alerts"][0]["fingerprint"] == firing["fingerprint"]
        assert ours["alerts"][0]["endsAt"] == "0001-01-01T00:00:00Z"
        # Alertmanager itself routed it to its receiver: the whole chain works
        [theirs] = await eventually(lambda: _async(hooks("/alertmanager", "firing")), timeout=30)
        # and our webhook payload has the shape of Alertmanager's own (version 4), alert by alert
        assert set(ours) == set(theirs) and set(ours["alerts"][0]) == set(theirs["alerts"][0])
        assert ours["commonLabels"] == theirs["commonLabels"] and ours["alerts"][0]["labels"] == theirs["alerts"][0]["labels"]

        [resolved] = engine.tick(1_795_428_000.0 + 120)
        await _produce(cfg, [resolved])
        await eventually(lambda: _async(hooks("/hook", "resolved")), timeout=30)
        await eventually(lambda: _async(hooks("/alertmanager", "resolved")), timeout=60)
        assert await in_alertmanager() == []
    assert registry.get_sample_value("sightline_alerts_forwarded_total", {"target": "alertmanager"}) == 2


async def _async(value):
    return value


async def test_unreachable_target_is_retried_until_it_answers(make_config) -> None:
    port = free_port()
    cfg = make_config(**{"alerts.webhook.urls": [f"http://127.0.0.1:{port}/late"]})
    await ensure_topics(cfg.kafka)
    [firing] = AlertEngine(AlertsConfig()).observe(_finding(), 1_795_428_000.0)
    registry = CollectorRegistry()
    async with AlertForwarder(cfg, registry, group_id=cfg.process.group_id + "-fwd"):
        await _produce(cfg, [firing])

        async def failed_twice():
            return (registry.get_sample_value("sightline_alerts_forward_failures_total", {"target": "webhook"}) or 0) >= 2

        await eventually(failed_twice, timeout=60)
        late = WebhookSink(port=port)
        try:
            await eventually(lambda: _async([b for p, b in late.received if p == "/late"]), timeout=60)
        finally:
            late.close()
    assert registry.get_sample_value("sightline_alerts_forwarded_total", {"target": "webhook"}) == 1


class Refusing:
    """An HTTP target that refuses everything with 422 (a real server, in this process)."""

    async def __aenter__(self) -> str:
        app = web.Application()
        app.router.add_post("/{tail:.*}", self._refuse)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        return f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/hook"  # type: ignore[union-attr]

    async def __aexit__(self, *exc: object) -> None:
        await self.runner.cleanup()

    async def _refuse(self, request: web.Request) -> web.Response:
        return web.Response(status=422, text="unknown receiver")


async def test_refused_and_invalid_events_are_deadlettered_with_the_reason_and_committed(make_config, webhook_sink) -> None:
    async with Refusing() as refusing_url:
        cfg = make_config(**{"alerts.webhook.urls": [refusing_url, webhook_sink.url + "/second"]})
        await ensure_topics(cfg.kafka)
        [firing] = AlertEngine(AlertsConfig()).observe(_finding(), 1_795_428_000.0)
        registry = CollectorRegistry()
        forwarder = AlertForwarder(cfg, registry, group_id=cfg.process.group_id + "-fwd")
        async with forwarder:
            await _produce(cfg, [firing])
            producer = AIOKafkaProducer(bootstrap_servers=cfg.kafka.bootstrap_servers)
            await producer.start()
            try:
                await producer.send_and_wait(cfg.kafka.topics.alerts, b"{not json", key=b"x")
                await producer.send_and_wait(cfg.kafka.topics.alerts, b'{"status": "firing"}', key=b"y")
            finally:
                await producer.stop()
            dead = await read_topic(cfg, cfg.kafka.topics.deadletter, 3, timeout=60)
            # the lag is published, and falls to zero: every offset was committed
            await eventually(lambda: _async(_lag(registry, cfg.kafka.topics.alerts) == 0), timeout=30)
        letters = {d["reason"]: d for d in (orjson.loads(m.value) for m in dead)}
        assert sorted(letters) == ["invalid", "notify_refused", "undecodable"]
        refused = letters["notify_refused"]
        assert refused["target"] == "webhook" and refused["url"] == refusing_url
        assert refused["error"] == "HTTP 422: unknown receiver" and refused["document"]["fingerprint"] == firing["fingerprint"]
        assert refused["origin"]["topic"] == cfg.kafka.topics.alerts
        assert "labels" in letters["invalid"]["error"] and letters["undecodable"]["payload_preview"] == "{not json"
        # the refusing target did not stop the other one
        assert [b for p, b in webhook_sink.received if p == "/second"]
        assert registry.get_sample_value("sightline_alerts_forwarded_total", {"target": "webhook"}) == 1
        assert registry.get_sample_value("sightline_alerts_forward_deadlettered_total", {"reason": "notify_refused"}) == 1


def _lag(registry: CollectorRegistry, topic: str) -> float | None:
    samples = [s for m in registry.collect() if m.name == "sightline_alerts_forward_consumer_lag" for s in m.samples
               if s.labels["topic"] == topic]
    return sum(s.value for s in samples) if samples else None
