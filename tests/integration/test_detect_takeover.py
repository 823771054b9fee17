"""A firing alert outlives its processor: SIGKILL it, and the one that takes over resolves it.

Detector and alert state (``sightline-detect`` table) follows the service's
partition.  The processor that takes over must know the alert is firing (same
fingerprint, same ``startsAt``) and publish its resolution when the errors
stop, without firing it again.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import orjson
import pytest
from prometheus_client import CollectorRegistry

from pipeline.config import Config
from pipeline.embedded import free_port
from pipeline.ingest import Ingestor
from pipeline.kafka import ensure_topics
from tests.helpers import eventually, read_topic
from tests.integration.test_scaling import process_env, ready

pytestmark = pytest.mark.integration

ALERT_ENV = {
    "SIGHTLINE_ALERTS__EVALUATION_INTERVAL_S": "1",
    "SIGHTLINE_ALERTS__RESOLVE_HOLD": "2s",
    "SIGHTLINE_DETECTORS__ERROR_SPIKE__WINDOW_SECONDS": "10",
    "SIGHTLINE_ALERTS__DETECTORS__ERROR_SPIKE__CLEAR_AFTER": "12s",
    "SIGHTLINE_TEMPLATES__WARMUP_SECONDS": "60",
}


def start_processor(cfg: Config, port: int, log: Path) -> subprocess.Popen:
    binary = str(Path(sys.executable).parent / "sightline")
    env = process_env(cfg, port) | ALERT_ENV
    return subprocess.Popen([binary, "process"], env=env, stdout=open(log, "wb"), stderr=subprocess.STDOUT)


def error_logs(now: float) -> list[bytes]:
    """Ten quiet minutes of event time (one error a minute), then a burst of 200 errors."""
    batches = []
    for minute in range(10):
        t = now - 600 + minute * 60
        lines = [{"ts": t + i, "level": "info", "msg": f"order {i} ok", "service": "checkout"} for i in range(20)]
        lines.append({"ts": t + 30, "level": "error", "msg": "payment declined for order 7", "service": "checkout"})
        batches.append(lines)
    batches.append([{"ts": now - 3 + i / 100, "level": "error", "msg": f"upstream timeout after {i} ms",
                     "service": "checkout", "trace_id": f"{1000 + i:032x}"} for i in range(200)])
    return [b"\n".join(orjson.dumps(line) for line in lines) for lines in batches]


async def spike_events(cfg: Config) -> list[dict]:
    messages = await read_topic(cfg, cfg.kafka.topics.alerts, 1000, timeout=2)
    return [e for e in (orjson.loads(m.value) for m in messages) if e["kind"] == "error_spike"]


async def test_firing_alert_is_resolved_by_the_processor_that_takes_over(make_config, tmp_path: Path) -> None:
    cfg = make_config(**{"kafka.session_timeout_s": 6})
    await ensure_topics(cfg.kafka)
    first_port, second_port = free_port(), free_port()
    first = start_processor(cfg, first_port, tmp_path / "first.log")
    second = None
    ingest = Ingestor(cfg, CollectorRegistry())
    try:
        await eventually(lambda: ready(first_port), timeout=60)
        async with ingest, aiohttp.ClientSession() as http:

            async def ingest_ready():
                return not ingest.failing()

            await eventually(ingest_ready, timeout=30)
            for body in error_logs(time.time()):
                async with http.post(f"http://127.0.0.1:{ingest.http_port}/api/v1/logs", data=body) as resp:
                    assert resp.status == 200, await resp.text()

        async def fired():
            return [e for e in await spike_events(cfg) if e["status"] == "firing"]

        firing = await eventually(fired, timeout=60)
        fingerprints = {e["fingerprint"]: e["startsAt"] for e in firing}
        time.sleep(2.5)  # past an evaluation: the alert state is in the changelog
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        assert not [e for e in await spike_events(cfg) if e["status"] == "resolved"]

        second = start_processor(cfg, second_port, tmp_path / "second.log")

        async def resolved():
            events = await spike_events(cfg)
            done = {e["fingerprint"] for e in events if e["status"] == "resolved"}
            return events if done >= set(fingerprints) else None

        events = await eventually(resolved, timeout=90)
        for event in events:
            # the same alerts, never a second start: the taker-over knew they were firing
            assert event["fingerprint"] in fingerprints
            assert event["startsAt"] == fingerprints[event["fingerprint"]]
        ends = [e for e in events if e["status"] == "resolved"]
        assert all(e["endsAt"] >= e["startsAt"] for e in ends)
        log = (tmp_path / "second.log").read_text()
        recovered = [orjson.loads(line) for line in log.splitlines() if "statistics state recovered" in line]
        assert any(r["context"]["detection_states"] > 0 for r in recovered), log[-2000:]
    finally:
        for proc in (first, second):
            if proc is not None and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(15)
                except subprocess.TimeoutExpired:
                    proc.kill()
