"""The sink base against the real broker: commit only after delivery, pause while the target is down,
a bounded poll in hand, dead letters with the reason, lag.

The sink under test is the smallest one the base allows (a list as its
target), written as a new sink would be: a ``deliver`` step and nothing else.
"""

from __future__ import annotations

import asyncio

import orjson
import pytest
from aiokafka import AIOKafkaProducer, ConsumerRecord
from prometheus_client import CollectorRegistry

from pipeline.config import Config
from pipeline.errors import RetryableError
from pipeline.kafka import ensure_topics
from pipeline.retry import Backoff, retry
from pipeline.sinks.base import ConsumeSettings, ConsumingSink
from tests.helpers import eventually, read_topic

pytestmark = pytest.mark.integration


class ListSink(ConsumingSink):
    """Delivers message values to a list; ``down`` makes the target refuse for a while."""

    name = "sink.list"

    def __init__(self, cfg: Config, registry: CollectorRegistry, group_id: str, in_flight: int = 1,
                 poll_max_messages: int = 5) -> None:
        settings = ConsumeSettings(poll_max_messages=poll_max_messages, poll_timeout_s=0.2,
                                   backoff=Backoff(initial=0.05, maximum=0.2), in_flight=in_flight)
        super().__init__(cfg.kafka, [cfg.kafka.topics.logs], group_id, registry, settings, metric_prefix="test_list")
        self.delivered: list[bytes] = []
        self.largest_poll = 0
        self.down = False
        self.attempts_while_down = 0

    async def deliver(self, messages: list[ConsumerRecord]) -> None:
        self.largest_poll = max(self.largest_poll, len(messages))

        async def send() -> None:
            if self.down:
                self.attempts_while_down += 1
                raise RetryableError("target down")
            for msg in messages:
                if msg.value == b"poison":
                    await self.deadletter(msg, "rejected", "the target cannot take this", status=400)
                else:
                    self.delivered.append(msg.value or b"")

        await retry(send, self.settings.backoff, what="list delivery", wait=self.wait)


async def _produce(cfg: Config, values: list[bytes]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=cfg.kafka.bootstrap_servers)
    await producer.start()
    try:
        for value in values:
            await producer.send_and_wait(cfg.kafka.topics.logs, value, key=b"svc")  # one partition: ordered
    finally:
        await producer.stop()


def _lag(registry: CollectorRegistry) -> float:
    return sum(s.value for m in registry.collect() if m.name == "test_list_consumer_lag" for s in m.samples)


@pytest.mark.parametrize("in_flight", [1, 2])
async def test_delivers_in_bounded_polls_pauses_while_down_and_commits_only_what_was_delivered(
    make_config, in_flight: int
) -> None:
    cfg = make_config()
    await ensure_topics(cfg.kafka)
    group = cfg.sink.group_id + "-list"
    first = [f"m{i}".encode() for i in range(12)]
    await _produce(cfg, [*first[:6], b"poison", *first[6:]])

    registry = CollectorRegistry()
    sink = ListSink(cfg, registry, group, in_flight=in_flight)
    async with sink:
        await eventually(lambda: _async(len(sink.delivered) == 12), timeout=60)
        # one delivery at a time keeps the order; with two, a poll may finish before the one
        # ahead of it (this one writes a dead letter first): the same messages, once each
        if in_flight == 1:
            assert sink.delivered == first
        else:
            assert sorted(sink.delivered) == sorted(first)
        assert sink.largest_poll <= 5
        await eventually(lambda: _async(_lag(registry) == 0), timeout=30)

        sink.down = True
        await _produce(cfg, [b"late0", b"late1"])
        await eventually(lambda: _async(sink.attempts_while_down >= 3), timeout=30)
        assert not sink.failing()  # Kafka answers; a target's outage is the subclass's to report
        assert _lag(registry) >= 1  # fetched, not delivered, not committed
    # stopped while the target was down: the next run in the group gets those messages again
    again = ListSink(cfg, CollectorRegistry(), group)
    async with again:
        await eventually(lambda: _async(again.delivered == [b"late0", b"late1"]), timeout=60)

    [dead] = await read_topic(cfg, cfg.kafka.topics.deadletter, 1)
    letter = orjson.loads(dead.value)
    assert letter["reason"] == "rejected" and letter["status"] == 400 and letter["payload_preview"] == "poison"
    assert letter["origin"]["topic"] == cfg.kafka.topics.logs and letter["origin"]["offset"] == 6


async def test_deliveries_in_flight_finish_in_any_order_and_commit_in_poll_order(make_config) -> None:
    """A later poll delivered first is not committed before an earlier one still being delivered."""

    class Gated(ListSink):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self.gate = asyncio.Event()
            self.calls = 0

        async def deliver(self, messages: list[ConsumerRecord]) -> None:
            self.calls += 1
            if self.calls == 1:
                await self.gate.wait()  # the first poll's target answers late
            self.delivered.extend(msg.value or b"" for msg in messages)

    async def committed(sink: ConsumingSink) -> int:
        consumer = sink._consumer
        assert consumer is not None
        return sum([await consumer.committed(tp) or 0 for tp in consumer.assignment()])

    cfg = make_config()
    await ensure_topics(cfg.kafka)
    await _produce(cfg, [b"a", b"b", b"c"])
    sink = Gated(cfg, CollectorRegistry(), cfg.sink.group_id + "-gated", in_flight=2, poll_max_messages=1)
    async with sink:
        await eventually(lambda: _async(sink.delivered == [b"b"]), timeout=60)
        await asyncio.sleep(0.5)  # the pipe is full: the loop waits for the first delivery, polls nothing more
        assert sink.delivered == [b"b"] and sink.calls == 2
        assert await committed(sink) == 0  # b is delivered, but a, before it, is not
        sink.gate.set()
        await eventually(lambda: _async(sorted(sink.delivered) == [b"a", b"b", b"c"]), timeout=30)
        async def all_committed() -> bool:
            return await committed(sink) == 3

        await eventually(all_committed, timeout=30)


async def test_a_disabled_sink_starts_and_stops_doing_nothing(make_config) -> None:
    class Off(ListSink):
        @property
        def enabled(self) -> bool:
            return False

    cfg = make_config()
    sink = Off(cfg, CollectorRegistry(), "unused")
    async with sink:
        await asyncio.sleep(0.2)
        assert sink.failing() == {} and sink.lag() == {} and sink._consumer is None


async def _async(value):
    return value
