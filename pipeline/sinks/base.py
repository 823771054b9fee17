"""Consume → deliver → commit: the loop every sink shares.

A sink reads topics in its own consumer group and hands each poll to a
target (a search store, an alert receiver).  Everything that is not about the
target lives here, written once:

- **positions and lag**: the next offset to deliver per partition, and a
  scrape-time gauge ``{metric_prefix}_consumer_lag`` (high watermark minus
  position, by topic and partition);
- **commit after acknowledgement**: a poll's offsets are committed only after
  :meth:`ConsumingSink.deliver` returned, that is after every message was
  acknowledged by the target or dead-lettered; a crash replays at most
  ``settings.in_flight`` polls;
- **deliveries in flight**: with ``settings.in_flight`` above 1 the next poll
  is fetched, lingered over and handed to :meth:`~ConsumingSink.deliver` while
  earlier deliveries are still waiting for the target, so the target is never
  idle between requests; offsets are still committed in poll order, each poll's
  only once it and every poll before it are delivered.  Deliveries may then
  finish out of order: only for targets where that is harmless (documents with
  their own ids; not notifications, whose order matters);
- **pause while the target is down**: :meth:`ConsumingSink.wait` waits with
  every partition paused, still polling, so the group keeps us and nothing
  more is fetched;
- **a bounded queue**: the polls in hand are the only thing held in memory, at
  most ``settings.in_flight`` × ``settings.poll_max_messages`` messages (and Kafka's fetch limits);
  while the target is down nothing else is fetched, so the broker holds the
  backlog and pushes back on nobody;
- **dead letters with the reason**: :meth:`ConsumingSink.deadletter` writes a
  message or document that can never be delivered to the dead-letter topic
  with its origin (topic, partition, offset) and why;
- **retries**: start-up (the target's :meth:`~ConsumingSink.prepare`, the
  Kafka clients) and dead-letter produces retry with the one
  :class:`~pipeline.retry.Backoff`, deciding from the error's class;
- **health**: ``/health/ready`` names ``kafka`` while the cluster does not
  answer, the sink itself while it prepares, and whatever the subclass adds.

How to write a sink
-------------------
1. One module (or package) under ``pipeline/sinks/``, with a subclass::

       class ClickHouseSink(ConsumingSink):
           name = "sink.clickhouse"

           def __init__(self, cfg: Config, registry: CollectorRegistry) -> None:
               super().__init__(cfg.kafka, [cfg.kafka.topics.logs], "sightline-clickhouse",
                                registry, ConsumeSettings(), metric_prefix="sightline_clickhouse")

           async def deliver(self, messages: list[ConsumerRecord]) -> None:
               ...  # send; on a retriable failure `await self.wait(delay)` and try again;
                    # what the target refuses for good: `await self.deadletter(...)`

   Optionally :meth:`~ConsumingSink.prepare` (make the target ready; raise a
   retriable error while it is down) and :meth:`~ConsumingSink.failing`.
2. One registration line in :data:`pipeline.sinks.SINKS` (name → ``module:Class``);
   ``sightline sink`` and ``sightline up`` then run it whenever its
   :meth:`~ConsumingSink.enabled` says the configuration asks for it, and the
   lifecycle contract suite covers it.
"""

from __future__ import annotations

import asyncio
import time
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from aiokafka.errors import CommitFailedError, IllegalStateError, KafkaError, KafkaTimeoutError
from prometheus_client import CollectorRegistry
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from pipeline.component import Component, Probe
from pipeline.config import KafkaConfig
from pipeline.kafka import KafkaHealth, close_producer, make_consumer, make_producer, paused_wait
from pipeline.redact.engine import scrub_preview
from pipeline.retry import Backoff, is_retriable, retry

__all__ = ["ConsumeSettings", "ConsumingSink", "Message", "Origin", "origin_of"]

PREVIEW_BYTES = 4096  # of a message too large or undecodable, what the dead-letter topic keeps


@dataclass(frozen=True, slots=True)
class ConsumeSettings:
    """How a sink polls and retries.

    Parameters
    ----------
    poll_max_messages
        Messages held at once: the bound on memory while the target is down.
    poll_timeout_s
        Longest wait for more messages before delivering what has come.
    backoff
        Delays between retries (start-up, dead-letter produces; the subclass
        uses it for deliveries too).
    linger_s
        Once a poll has brought something, how long to keep polling for more
        before delivering (0: deliver what the first poll brought): fewer,
        larger deliveries where a target pays per request.
    linger_size
        Stop lingering once the messages in hand add up to this size
        (:meth:`ConsumingSink.size_of`: bytes, unless the sink counts otherwise).
    in_flight
        Polls handed to :meth:`ConsumingSink.deliver` and not yet delivered, at
        most (1: each poll is delivered and committed before the next is fetched).
    """

    poll_max_messages: int = 500
    poll_timeout_s: float = 1.0
    backoff: Backoff = field(default_factory=Backoff)
    linger_s: float = 0.0
    linger_size: int = 1 << 20
    in_flight: int = 1

    def __post_init__(self) -> None:
        if self.in_flight < 1:
            raise ValueError(f"in_flight must be at least 1, not {self.in_flight}")


class Message(Protocol):
    """What a dead letter needs of the message it came from (an aiokafka ``ConsumerRecord`` is one)."""

    @property
    def topic(self) -> str: ...
    @property
    def partition(self) -> int: ...
    @property
    def offset(self) -> int: ...
    @property
    def key(self) -> bytes | None: ...
    @property
    def value(self) -> bytes | None: ...


class Origin(NamedTuple):
    """A message's place, kept when the message itself is not (a document pending delivery)."""

    topic: str
    partition: int
    offset: int
    key: bytes | None = None
    value: bytes | None = None

    @classmethod
    def parse(cls, text: str, key: bytes | None = None) -> Origin:
        """From ``topic/partition/offset`` (Kafka topic names cannot hold ``/``).

        >>> Origin.parse("sightline.logs/3/1200", key=b"checkout")
        Origin(topic='sightline.logs', partition=3, offset=1200, key=b'checkout', value=None)
        """
        topic, partition, offset = text.rsplit("/", 2)
        return cls(topic, int(partition), int(offset), key)


def origin_of(msg: Message) -> dict[str, Any]:
    """Where a message came from, as the dead-letter topic records it.

    >>> from types import SimpleNamespace
    >>> origin_of(SimpleNamespace(topic="sightline.alerts", partition=2, offset=41))
    {'topic': 'sightline.alerts', 'partition': 2, 'offset': 41}
    """
    return {"topic": msg.topic, "partition": msg.partition, "offset": msg.offset}


class _LagCollector(Collector):
    def __init__(self, sink: ConsumingSink, name: str) -> None:
        self.sink = sink
        self.name = name

    def collect(self) -> Any:
        lag = GaugeMetricFamily(
            self.name,
            f"Messages not yet delivered by {self.sink.name} (high watermark minus position), by topic and partition.",
            labels=["topic", "partition"],
        )
        for (topic, partition), n in sorted(self.sink.lag().items()):
            lag.add_metric([topic, str(partition)], n)
        yield lag


class ConsumingSink(Component, ABC):
    """Base of every sink: subclasses implement :meth:`deliver` (and may add :meth:`prepare`).

    Parameters
    ----------
    kafka
        The cluster, and the dead-letter topic's name.
    topics
        What to consume.
    group_id
        The sink's own consumer group.
    registry
        Where the lag gauge is published.
    settings
        Polling and retry.
    metric_prefix
        The lag gauge is ``{metric_prefix}_consumer_lag``.
    """

    name = "sink"
    preparing = "connecting to kafka"  # what /health/ready says until consuming

    def __init__(
        self,
        kafka: KafkaConfig,
        topics: Sequence[str],
        group_id: str,
        registry: CollectorRegistry,
        settings: ConsumeSettings,
        metric_prefix: str,
    ) -> None:
        super().__init__()
        self.kafka = kafka
        self.topics = list(topics)
        self.group_id = group_id
        self.settings = settings
        self._consumer: AIOKafkaConsumer | None = None
        self._producer: AIOKafkaProducer | None = None
        self._positions: dict[tuple[str, int], int] = {}
        self._waiting = 0  # deliveries in :meth:`wait`: partitions stay paused until the last is done
        self.ready_to_consume = False
        self.kafka_health = KafkaHealth(kafka)
        self.kafka_probe = Probe("kafka", self.kafka_health.check)
        self.probes: list[Probe] = [self.kafka_probe]  # a subclass appends its target's
        registry.register(_LagCollector(self, f"{metric_prefix}_consumer_lag"))

    # -- what a subclass provides ---------------------------------------------------------
    # (and, to have ``/health/ready`` name its target while it is down, a
    # :class:`~pipeline.component.Probe` appended to ``self.probes``)
    @property
    def enabled(self) -> bool:
        """Whether the configuration asks for this sink; a disabled sink starts and stops doing nothing."""
        return True

    async def prepare(self) -> None:
        """Make the target ready before consuming; raise a retriable error while it is down."""
        return None

    prepare_retry_on: tuple[type[BaseException], ...] = ()
    """Errors of :meth:`prepare` retried although they carry no ``retriable`` attribute."""

    @abstractmethod
    async def deliver(self, messages: list[ConsumerRecord]) -> None:
        """Deliver one poll completely: every message acknowledged by the target or dead-lettered.

        Retriable failures wait with :meth:`wait` and try again, for as long
        as it takes; the offsets are committed when this returns.
        """

    def size_of(self, msg: ConsumerRecord) -> int:
        """A message's size as lingering counts it (``linger_size``): its bytes."""
        return len(msg.value or b"")

    async def on_consuming(self) -> None:
        """Called once the sink consumes (spawn extra background work here)."""
        return None

    async def close_target(self) -> None:
        """Release the target's clients (called by :meth:`stop`, after the loop ended)."""
        return None

    # -- what the base provides ------------------------------------------------------------
    def failing(self) -> dict[str, str]:
        if not self.enabled:
            return {}
        out: dict[str, str] = {}
        for probe in self.probes:
            out.update(probe.failing())
        if not self.ready_to_consume and not out:
            out[self.name] = self.preparing
        return out

    def lag(self) -> dict[tuple[str, int], int]:
        """High watermark (from fetch responses) minus the next offset to deliver, per partition."""
        out: dict[tuple[str, int], int] = {}
        consumer = self._consumer
        if consumer is None:
            return out
        for tp in consumer.assignment():
            highwater = consumer.highwater(tp)
            position = self._positions.get((tp.topic, tp.partition))
            if highwater is not None and position is not None:
                out[(tp.topic, tp.partition)] = max(0, highwater - position)
        return out

    async def wait(self, delay: float) -> None:
        """Wait ``delay`` seconds with every partition paused (the group keeps us; nothing is fetched).

        Deliveries in flight may wait at once: the partitions are resumed when
        the last of them is done waiting.
        """
        self._waiting += 1
        try:
            await paused_wait(self._consumer, delay, resume=lambda: self._waiting == 1)
        finally:
            self._waiting -= 1

    async def deadletter(
        self, msg: Message, reason: str, error: str, document: Any = None, **details: Any
    ) -> None:
        """Write what cannot be delivered to the dead-letter topic, with why and where it came from.

        Parameters
        ----------
        msg
            The message it came from (its key keys the dead letter), or its :class:`Origin`.
        reason
            A short code (``undecodable``, ``index_rejected``, ``notify_refused``).
        error
            The target's or the decoder's own words.
        document
            The record itself, as data; ``None``: the message's first bytes
            are kept instead (``payload_preview``).
        details
            More fields (``status``, ``index``, ``target``).
        """
        payload: dict[str, Any] = {"reason": reason, "error": error, **details, "origin": origin_of(msg)}
        if document is None:
            payload["payload_preview"] = _preview(msg.value)
        else:
            payload["document"] = document
        payload["time_unix_nano"] = time.time_ns()
        await self._send_deadletter((msg.key or b"").decode("utf-8", "replace"), payload)

    async def _send_deadletter(self, key: str, payload: dict[str, Any]) -> None:
        producer = self._producer
        assert producer is not None, "dead letters are written only while consuming"

        async def send(value: bytes) -> None:
            await producer.send_and_wait(self.kafka.topics.deadletter, value=value, key=key.encode())

        value = orjson.dumps(payload)
        try:
            # A send times out while the broker is away: worth waiting for.
            await retry(lambda: send(value), self.settings.backoff, what="dead-letter produce",
                        retry_on=(KafkaTimeoutError,), logger=self.log)
        except KafkaError:
            # Refused for good (too large for the topic): keep the reason and a preview instead.
            if "document" not in payload:
                raise
            payload["document_preview"] = _preview(orjson.dumps(payload.pop("document")))
            await retry(lambda: send(orjson.dumps(payload)), self.settings.backoff, what="dead-letter produce",
                        retry_on=(KafkaTimeoutError,), logger=self.log)

    # -- lifecycle ------------------------------------------------------------------------
    async def _start(self) -> None:
        if not self.enabled:
            self.log.info("nothing configured for this sink; it stays idle")
            return
        for probe in self.probes:
            await probe.start()
        self.spawn(self._run(), "consume")

    async def _stop(self) -> None:
        for probe in self.probes:
            await probe.stop()
        if self._consumer is not None:
            await self._consumer.stop()
            self._consumer = None
        if self._producer is not None:
            await close_producer(self._producer, self.kafka.request_timeout_s)  # flushes dead letters in flight, bounded
            self._producer = None
        await self.kafka_health.stop()
        await self.close_target()
        self.ready_to_consume = False

    async def _connect(self) -> tuple[AIOKafkaConsumer, AIOKafkaProducer]:
        consumer = make_consumer(self.kafka, *self.topics, group_id=self.group_id)
        producer = make_producer(self.kafka)
        try:
            await consumer.start()
            await producer.start()
        except BaseException:
            await consumer.stop()
            await producer.stop()
            raise
        return consumer, producer

    async def _run(self) -> None:
        await retry(self.prepare, self.settings.backoff, what=f"{self.name}: preparing the target",
                    retry_on=self.prepare_retry_on, logger=self.log)
        try:
            consumer, self._producer = await retry(self._connect, self.settings.backoff, what="kafka connect", logger=self.log)
        except KafkaError as exc:
            if not is_retriable(exc):
                # Reachable but refusing what we ask: say so where /health/ready shows it.
                self.preparing = f"kafka refused the sink's clients: {type(exc).__name__}: {exc}"
            raise
        self._consumer = consumer
        self.ready_to_consume = True
        self.log.info("sink consuming", extra={"topics": ",".join(self.topics), "group_id": self.group_id})
        await self.on_consuming()
        s = self.settings
        in_flight: deque[tuple[asyncio.Future[None], dict[TopicPartition, int]]] = deque()
        try:
            while True:
                batches = await consumer.getmany(timeout_ms=int(s.poll_timeout_s * 1000), max_records=s.poll_max_messages)
                if batches and s.linger_s > 0:
                    await self._linger(consumer, batches)
                if batches:
                    messages = [msg for part in batches.values() for msg in part]
                    offsets = {tp: part[-1].offset + 1 for tp, part in batches.items() if part}
                    in_flight.append((asyncio.ensure_future(self.deliver(messages)), offsets))
                # Commit in poll order: the oldest delivery first, waiting for it while the pipe is full.
                while in_flight and (len(in_flight) >= s.in_flight or in_flight[0][0].done()):
                    delivery, offsets = in_flight.popleft()
                    await delivery
                    await self._commit(offsets)
        finally:
            for delivery, _ in in_flight:
                delivery.cancel()
            await asyncio.gather(*(delivery for delivery, _ in in_flight), return_exceptions=True)

    async def _linger(self, consumer: AIOKafkaConsumer, batches: dict[TopicPartition, list[ConsumerRecord]]) -> None:
        """Poll for more (into ``batches``) until ``linger_s`` passed, ``linger_size`` or ``poll_max_messages`` are in hand."""
        s = self.settings
        deadline = time.monotonic() + s.linger_s
        count = sum(len(part) for part in batches.values())
        size = sum(self.size_of(msg) for part in batches.values() for msg in part)
        while size < s.linger_size and count < s.poll_max_messages:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            more = await consumer.getmany(timeout_ms=max(1, int(remaining * 1000)), max_records=s.poll_max_messages - count)
            for tp, part in more.items():
                batches.setdefault(tp, []).extend(part)
                count += len(part)
                size += sum(self.size_of(msg) for msg in part)

    async def _commit(self, offsets: dict[TopicPartition, int]) -> None:
        for tp, offset in offsets.items():
            self._positions[(tp.topic, tp.partition)] = offset
        assert self._consumer is not None
        assigned = self._consumer.assignment()
        ours = {tp: offset for tp, offset in offsets.items() if tp in assigned}
        if not ours:
            return  # revoked while we delivered: their new owner replays them
        try:
            await self._consumer.commit(ours)
        except (CommitFailedError, IllegalStateError) as exc:
            # The group rebalanced; another member replays these (deliveries are idempotent).
            self.log.warning("commit failed after rebalance", extra={"reason": str(exc)})


def _preview(value: bytes | None) -> str:
    return scrub_preview(value, PREVIEW_BYTES)  # clean topics are redacted already: only cut at a safe place
