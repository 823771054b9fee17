"""A sink that lingers gathers messages that arrive one by one into fewer, larger deliveries,
up to its byte bound (real broker; the sink is the smallest the base allows)."""

from __future__ import annotations

import asyncio
import time

import pytest
from aiokafka import AIOKafkaProducer, ConsumerRecord
from prometheus_client import CollectorRegistry

from pipeline.config import Config
from pipeline.kafka import ensure_topics
from pipeline.retry import Backoff
from pipeline.sinks.base import ConsumeSettings, ConsumingSink
from tests.helpers import eventually

pytestmark = pytest.mark.integration


class Deliveries(ConsumingSink):
    name = "sink.deliveries"

    def __init__(self, cfg: Config, group_id: str, linger_s: float, linger_bytes: int) -> None:
        settings = ConsumeSettings(poll_max_messages=100, poll_timeout_s=0.2, backoff=Backoff(initial=0.05, maximum=0.2),
                                   linger_s=linger_s, linger_size=linger_bytes)
        super().__init__(cfg.kafka, [cfg.kafka.topics.logs], group_id, CollectorRegistry(), settings, metric_prefix="t")
        self.deliveries: list[list[bytes]] = []

    async def deliver(self, messages: list[ConsumerRecord]) -> None:
        self.deliveries.append([m.value or b"" for m in messages])


async def _trickle(cfg: Config, values: list[bytes], gap: float) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=cfg.kafka.bootstrap_servers)
    await producer.start()
    try:
        for value in values:
            await producer.send_and_wait(cfg.kafka.topics.logs, value, key=b"svc")
            await asyncio.sleep(gap)
    finally:
        await producer.stop()


async def _delivered(sink: Deliveries, n: int) -> bool:
    return sum(map(len, sink.deliveries)) == n


@pytest.mark.parametrize("linger_bytes", [1 << 20, 30])
async def test_lingering_gathers_messages_up_to_its_byte_bound(make_config, linger_bytes: int) -> None:
    cfg = make_config()
    await ensure_topics(cfg.kafka)
    values = [f"message-{i:02d}".encode() for i in range(12)]  # 10 bytes each
    sink = Deliveries(cfg, cfg.sink.group_id + "-linger", linger_s=3.0, linger_bytes=linger_bytes)
    async with sink:
        await eventually(lambda: _ready(sink), timeout=60)
        started = time.monotonic()
        await _trickle(cfg, values, gap=0.1)
        await eventually(lambda: _delivered(sink, 12), timeout=30)
    assert [v for d in sink.deliveries for v in d] == values  # in order, each once
    sizes = [len(d) for d in sink.deliveries]
    if linger_bytes > 1000:
        # all twelve arrived within the linger: one delivery (two if the first poll came in early)
        assert len(sizes) <= 2 and max(sizes) >= 11, sizes
        assert time.monotonic() - started < 10
    else:
        # 30 bytes in hand (three 10-byte messages) stop the lingering: delivered in several goes
        # (one poll may still bring more than 30 bytes: what the consumer had fetched already)
        assert len(sizes) >= 3, sizes


async def test_no_linger_delivers_each_poll_as_it_comes(make_config) -> None:
    cfg = make_config()
    await ensure_topics(cfg.kafka)
    values = [f"message-{i:02d}".encode() for i in range(6)]
    sink = Deliveries(cfg, cfg.sink.group_id + "-nolinger", linger_s=0.0, linger_bytes=1 << 20)
    async with sink:
        await eventually(lambda: _ready(sink), timeout=60)
        await _trickle(cfg, values, gap=0.3)
        await eventually(lambda: _delivered(sink, 6), timeout=30)
    assert len(sink.deliveries) >= 4, [len(d) for d in sink.deliveries]


async def _ready(sink: Deliveries) -> bool:
    return sink.ready_to_consume and bool(sink._consumer and sink._consumer.assignment())
