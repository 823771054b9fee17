"""Seven alert rules teams already write, in PromQL, end to end: remote write → processor → alert topic → Alertmanager.

Each rule's expression is written as a Prometheus user would write it; each
sees two services, one whose series should fire it and one whose series
should not.  An hour and ten minutes of history (15 s samples, times in the
past, as a Prometheus that was down would replay them) go through the
ingestor's remote-write endpoint; the processor's rule engine must fire
exactly the seven bad services and reach a real Alertmanager.  ``for`` is a
few seconds here instead of minutes: the expressions, not the waiting, are
under test.
"""

from __future__ import annotations

import asyncio
import json
import time
import urllib.request
from typing import Any

import aiohttp
import cramjam
import orjson
import pytest
from prometheus_client import CollectorRegistry

from pipeline.alerts.forward import AlertForwarder
from pipeline.ingest import Ingestor
from pipeline.kafka import ensure_topics
from pipeline.process import Processor
from schemas.prometheus import WriteRequest
from tests.helpers import eventually, read_topic

pytestmark = pytest.mark.integration

STEP_S = 15
HISTORY_S = 70 * 60

RULES: list[dict[str, Any]] = [
    {"alert": "HighMemoryUsage",
     "expr": "(node_memory_MemTotal_bytes - node_memory_MemAvailable_bytes) / node_memory_MemTotal_bytes > 0.9"},
    {"alert": "HighCPU", "expr": "rate(process_cpu_seconds_total[5m]) > 0.9"},
    {"alert": "DbPoolNearlyExhausted",
     "expr": "max by (service) (db_pool_connections_in_use) / max by (service) (db_pool_connections_max) > 0.9"},
    {"alert": "LowCacheHitRate",
     "expr": "sum by (service) (rate(cache_hits_total[5m])) / (sum by (service) (rate(cache_hits_total[5m]))"
             " + sum by (service) (rate(cache_misses_total[5m]))) < 0.5"},
    {"alert": "SignupSurge", "expr": "rate(signups_total[5m]) > 3 * increase(signups_total[1h]) / 3600"},
    {"alert": "NoPostsCreated", "expr": "increase(posts_created_total[1h]) == 0"},
    {"alert": "TargetDown", "expr": "up == 0"},
]
for rule in RULES:
    rule.update({"for": "2s", "labels": {"severity": "critical", "team": "platform"},
                 "annotations": {"summary": rule["alert"] + " on {{ $labels.service }} ({{ $value | humanize }})",
                                 "runbook_url": "https://runbooks.example/" + rule["alert"].lower()}})


def _series(now: float) -> dict[tuple[str, str], list[float]]:
    """Values per (metric, service) at each step of the history: ``bad-*`` should fire, ``good-*`` not."""
    steps = HISTORY_S // STEP_S + 1
    out: dict[tuple[str, str], list[float]] = {}
    gib = 2.0**30
    for service, used in (("bad-mem", 0.95), ("good-mem", 0.60)):
        out[("node_memory_MemTotal_bytes", service)] = [16 * gib] * steps
        out[("node_memory_MemAvailable_bytes", service)] = [16 * gib * (1 - used)] * steps
    for service, cores in (("bad-cpu", 0.97), ("good-cpu", 0.30)):
        out[("process_cpu_seconds_total", service)] = [cores * STEP_S * i for i in range(steps)]
    for service, in_use in (("bad-pool", 19.0), ("good-pool", 8.0)):
        out[("db_pool_connections_in_use", service)] = [in_use] * steps
        out[("db_pool_connections_max", service)] = [20.0] * steps
    for service, hit in (("bad-cache", 0.35), ("good-cache", 0.92)):
        out[("cache_hits_total", service)] = [100 * hit * i for i in range(steps)]
        out[("cache_misses_total", service)] = [100 * (1 - hit) * i for i in range(steps)]
    for service, surge in (("bad-signups", 12.0), ("good-signups", 1.0)):
        values, total = [], 0.0
        for i in range(steps):  # two a step, and in the last five minutes `surge` times that
            total += 2.0 * (surge if i >= steps - 20 else 1.0)
            values.append(total)
        out[("signups_total", service)] = values
    for service, posting in (("bad-posts", False), ("good-posts", True)):
        out[("posts_created_total", service)] = [float(i if posting else 40) for i in range(steps)]
    for service, up in (("bad-target", 0.0), ("good-target", 1.0)):
        out[("up", service)] = [1.0] * (steps - 8) + [up] * 8  # down for the last two minutes
    return out


def _write_requests(now: float) -> list[bytes]:
    steps = HISTORY_S // STEP_S + 1
    start_ms = int((now - HISTORY_S) * 1000)
    bodies = []
    series = _series(now)
    for chunk in range(0, steps, 40):  # a Prometheus sends its backlog in several requests
        request = WriteRequest()
        for (name, service), values in series.items():
            ts = request.timeseries.add()
            for key, value in (("__name__", name), ("instance", f"{service}:9100"), ("job", service)):
                ts.labels.add(name=key, value=value)
            for i in range(chunk, min(chunk + 40, steps)):
                ts.samples.add(value=values[i], timestamp=start_ms + i * STEP_S * 1000)
        bodies.append(bytes(cramjam.snappy.compress_raw(request.SerializeToString())))
    return bodies


def _am_alerts(url: str) -> list[dict[str, Any]]:
    with urllib.request.urlopen(f"{url}/api/v2/alerts?active=true&silenced=false&inhibited=false", timeout=5) as resp:
        return list(json.loads(resp.read()))


async def test_seven_promql_rules_fire_on_the_bad_services_only(make_config, alertmanager) -> None:
    cfg = make_config(**{
        "alerts.rules": RULES,
        "alerts.evaluation_interval_s": 1,
        "alerts.alertmanager.urls": [alertmanager.url],
        "alerts.alertmanager.resend_s": 2,
    })
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    ingest, proc, forward = Ingestor(cfg, registry), Processor(cfg, registry), AlertForwarder(cfg, registry)
    async with ingest, proc, forward:
        await eventually(lambda: _joined(proc), timeout=60)
        headers = {"Content-Encoding": "snappy", "Content-Type": "application/x-protobuf",
                   "X-Prometheus-Remote-Write-Version": "0.1.0"}
        async with aiohttp.ClientSession() as http:
            for body in _write_requests(time.time()):
                async with http.post(f"http://127.0.0.1:{ingest.http_port}/api/v1/write", data=body, headers=headers) as resp:
                    assert resp.status == 204, await resp.text()

        expected = {(r["alert"], "bad-" + suffix) for r, suffix in zip(
            RULES, ("mem", "cpu", "pool", "cache", "signups", "posts", "target"), strict=True)}

        async def fired() -> set[tuple[str, str]] | None:
            messages = await read_topic(cfg, cfg.kafka.topics.alerts, len(expected), timeout=5)
            got = {(e["alertname"], e["service.name"]) for e in map(orjson.loads, (m.value for m in messages))}
            return got if got >= expected else None

        got = await eventually(fired, timeout=120, interval=2)
        assert got == expected, f"unexpected: {got - expected}"
        events = [orjson.loads(m.value) for m in await read_topic(cfg, cfg.kafka.topics.alerts, len(expected), timeout=10)]
        pool = next(e for e in events if e["alertname"] == "DbPoolNearlyExhausted")
        assert pool["severity"] == "critical" and pool["kind"] == "threshold"
        assert pool["summary"] == "DbPoolNearlyExhausted on bad-pool (950m)"
        assert pool["annotations"]["runbook_url"] == "https://runbooks.example/dbpoolnearlyexhausted"
        assert pool["labels"]["team"] == "platform"

        async def in_alertmanager() -> set[tuple[str, str]] | None:
            alerts = await asyncio.to_thread(_am_alerts, alertmanager.url)
            names = {(a["labels"]["alertname"], a["labels"].get("service", "")) for a in alerts}
            return names if expected <= names else None

        names = await eventually(in_alertmanager, timeout=60, interval=1)
        assert not {n for n in names if n[1].startswith("good-")}


async def _joined(proc: Processor) -> bool:
    return bool(proc.joined)
