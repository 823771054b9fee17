"""The evaluation loop outlives Kafka trouble (issue #15): unsent alert events wait for the next cycle,
and a failing cycle never ends evaluation."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import orjson
from aiokafka.errors import KafkaTimeoutError
from prometheus_client import CollectorRegistry

from pipeline.config import load_config
from pipeline.process.evaluate import EvaluationLoop
from pipeline.process.findings import Findings, Settings
from pipeline.process.pipeline import BatchPipeline
from pipeline.process.stats import RollingStats
from schemas.raw import FORMAT_OTLP_JSON, RawEnvelope


class _Topic:
    """Stands in for a faust topic: ``send`` returns a future; refuses while ``down`` (as a broker away does)."""

    def __init__(self) -> None:
        self.down = False
        self.sent: list[dict[str, Any]] = []

    async def send(self, key: bytes, value: bytes) -> asyncio.Future[None]:
        if self.down:
            raise KafkaTimeoutError()
        self.sent.append(orjson.loads(value))
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        fut.set_result(None)
        return fut


class _Tables:
    def __init__(self) -> None:
        self.writes = 0
        self.fail_next = False

    def write_findings(self) -> None:
        if self.fail_next:
            self.fail_next = False
            raise RuntimeError("changelog producer gone")
        self.writes += 1


def _loop(interval: float = 60.0) -> tuple[EvaluationLoop, CollectorRegistry, _Topic, _Tables]:
    cfg = load_config(environ={}, overrides={"alerts.rules": [{"alert": "High", "expr": "rp_level > 5", "for": "0s"}]})
    stats = RollingStats(cfg.process.stats)
    findings = Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), stats)
    pipe = BatchPipeline(stats, [], [findings.on_stats], [findings.on_records])
    t = time.time_ns()
    value = orjson.dumps({"resourceMetrics": [{"resource": {"attributes": [
        {"key": "service.name", "value": {"stringValue": "rp"}}]}, "scopeMetrics": [{"metrics": [
            {"name": "rp.level", "gauge": {"dataPoints": [{"asDouble": 10.0, "timeUnixNano": str(t)}]}}]}]}]})
    pipe.process("metrics", RawEnvelope(FORMAT_OTLP_JSON, t).headers(), value, b"rp", t)
    alerts, tables = _Topic(), _Tables()
    registry = CollectorRegistry()
    loop = EvaluationLoop(findings, tables, alerts, _Topic(), interval, 1_000_000, registry)  # type: ignore[arg-type]
    return loop, registry, alerts, tables


async def test_alert_events_that_cannot_be_sent_go_out_next_cycle() -> None:
    loop, _, alerts, tables = _loop()
    alerts.down = True
    await loop.cycle(time.time())  # the rule fires; the topic refuses: kept, no exception
    assert alerts.sent == [] and tables.writes == 1
    alerts.down = False
    await loop.cycle(time.time() + 1)
    assert [(e["alertname"], e["status"]) for e in alerts.sent] == [("High", "firing")]  # once, not lost
    await loop.cycle(time.time() + 2)
    assert len(alerts.sent) == 1


async def test_a_failing_cycle_does_not_end_evaluation() -> None:
    loop, registry, alerts, tables = _loop(interval=0.01)
    tables.fail_next = True
    task = asyncio.create_task(loop.run())
    try:
        for _ in range(200):
            await asyncio.sleep(0.01)
            if tables.writes >= 2:
                break
    finally:
        task.cancel()
    failed = registry.get_sample_value("sightline_evaluation_cycles_failed_total")
    assert failed == 1 and tables.writes >= 2  # the cycles after the failed one ran
    assert [e["alertname"] for e in alerts.sent] == ["High"]
