"""A processor's last changelog write is read whole by the processor that takes over.

The embedded broker reports a partition's end as the first offset of its last batch plus one,
so when a write of several series to one partition went out as one batch and nothing followed
it, a processor recovering the changelog stopped inside that batch and adopted only its first
series.  Each write is now sealed: once its entries are delivered, the last one of every
partition is sent again, alone (pipeline/process/changelog.py).
"""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer

from pipeline.embedded import free_port
from pipeline.kafka import ensure_topics
from schemas.raw import FORMAT_OTLP_PROTO, RawEnvelope
from tests.helpers import eventually
from tests.integration.test_scaling import process_env, ready, records_in, scrape, stop_processes
from tests.unit.process.otlp_samples import spans_request

pytestmark = pytest.mark.integration

ROUTES = ["/users/{id}", "/orders/{id}", "/carts/{id}", "/items/{id}"]
SPANS = 15  # per route


def requests_by_route(metrics: dict, service: str) -> dict[str, float]:
    out = {}
    for route in ROUTES:
        key = ("sightline_service_requests",
               (("environment", ""), ("operation", f"GET {route}"), ("service", service), ("window", "1h")))
        out[route] = metrics.get(key, 0.0)
    return out


async def test_takeover_adopts_every_series_of_the_last_write(make_config, tmp_path: Path) -> None:
    cfg = make_config(**{"kafka.session_timeout_s": 6, "kafka.partitions": 1})
    await ensure_topics(cfg.kafka)
    binary = str(Path(sys.executable).parent / "sightline")
    procs: list[subprocess.Popen[bytes]] = []

    def start(port: int) -> None:
        procs.append(subprocess.Popen([binary, "process"], env=process_env(cfg, port),
                                      stdout=open(tmp_path / f"p{port}.log", "wb"), stderr=subprocess.STDOUT))

    first, second = free_port(), free_port()
    producer = AIOKafkaProducer(bootstrap_servers=cfg.kafka.bootstrap_servers)
    await producer.start()
    try:
        start(first)
        await eventually(lambda: ready(first), timeout=60)
        # one raw message, one service, four operations: four series written to one partition at once
        t0 = time.time_ns()
        req = spans_request(service="shop", n=SPANS, t0=t0, route=ROUTES[0])
        for i, route in enumerate(ROUTES[1:], start=1):
            req.resource_spans.extend(spans_request(service="shop", n=SPANS, t0=t0 + i * 10**4, route=route).resource_spans)
        headers = RawEnvelope(FORMAT_OTLP_PROTO, t0).headers()
        await producer.send_and_wait(cfg.kafka.topics.spans_raw, req.SerializeToString(), key=b"shop", headers=headers)

        async def counted() -> bool:
            return records_in(await scrape(first)) >= SPANS * len(ROUTES)

        await eventually(counted, timeout=60)
        before = requests_by_route(await scrape(first), "shop")
        assert before == {route: float(SPANS) for route in ROUTES}
        await asyncio.sleep(2.5)  # past process.commit_interval_s: the offset is committed
        procs[0].send_signal(signal.SIGKILL)
        procs[0].wait(10)

        start(second)
        await eventually(lambda: ready(second), timeout=60)

        async def adopted() -> dict | None:
            metrics = await scrape(second)
            got = requests_by_route(metrics, "shop")
            return metrics if all(got.values()) else None

        try:
            after = await eventually(adopted, timeout=30)
        except AssertionError:
            after = await scrape(second)
        replayed = records_in(after)  # what the second decoded itself (a replay, had the commit not landed)
        got = requests_by_route(after, "shop")
        assert sum(got.values()) == SPANS * len(ROUTES) + replayed, got
        assert all(count >= SPANS for count in got.values()), got
    finally:
        await producer.stop()
        stop_processes(procs)
