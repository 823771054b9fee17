"""Live alert events: the alert topic, fanned out to every open page as server-sent events.

One consumer per console, with no consumer group (it commits nothing and
takes no partitions from anyone): it assigns itself every partition of the
alert topic and starts at the end, so a page sees the events published
while it is open.  Each page has a bounded queue (``console.live_queue``); a
page that falls that far behind gets a ``reload`` event and is dropped
instead of holding memory.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError

from pipeline.component import Component
from pipeline.config import KafkaConfig
from pipeline.kafka import client_options
from pipeline.retry import Backoff

__all__ = ["AlertFeed", "Subscriber", "brief", "sse_message"]

_CLOSED = object()
_FIELDS = ("id", "fingerprint", "status", "severity", "kind", "alertname", "service.name", "summary",
           "startsAt", "endsAt", "@timestamp", "observed", "expected", "expected_band")


def brief(alert: dict[str, Any]) -> dict[str, Any]:
    """The fields of an alert event a page needs to show it.

    >>> brief({"id": "x", "status": "firing", "evidence": {"record_ids": ["a"]}})
    {'id': 'x', 'status': 'firing'}
    """
    return {k: alert[k] for k in _FIELDS if k in alert}


def sse_message(event: str, data: Any, event_id: str | None = None) -> bytes:
    """One server-sent event (``text/event-stream``): ``data`` as one line of JSON.

    >>> sse_message("alert", {"a": 1}, "e1")
    b'event: alert\\nid: e1\\ndata: {"a":1}\\n\\n'
    """
    head = f"event: {event}\n" + (f"id: {event_id}\n" if event_id else "")
    return head.encode() + b"data: " + orjson.dumps(data) + b"\n\n"


class Subscriber:
    """One open page's queue of messages."""

    def __init__(self, size: int) -> None:
        self.queue: asyncio.Queue[Any] = asyncio.Queue(maxsize=size)
        self.overflowed = False

    async def next(self, timeout: float) -> bytes | None:
        """The next message; ``None`` after ``timeout`` seconds of quiet.

        Raises
        ------
        EOFError
            The feed is closing, or this page fell behind (it was sent ``reload``).
        """
        try:
            item = await asyncio.wait_for(self.queue.get(), timeout)
        except TimeoutError:
            return None
        if item is _CLOSED:
            raise EOFError
        return bytes(item)


class AlertFeed(Component):
    """Reads the alert topic and hands each event to every subscriber.

    ``status`` is what pages show about live updates: ``connecting``,
    ``live``, or why the topic cannot be read.
    """

    name = "console.live"

    def __init__(self, kafka: KafkaConfig, queue_size: int, max_subscribers: int) -> None:
        super().__init__()
        self.kafka = kafka
        self.topic = kafka.topics.alerts
        self.queue_size = queue_size
        self.max_subscribers = max_subscribers
        self.subscribers: set[Subscriber] = set()
        self.status = "connecting"
        self.received = 0

    @property
    def live(self) -> bool:
        return self.status == "live"

    def subscribe(self) -> Subscriber | None:
        """A queue for one page; ``None`` when ``max_subscribers`` pages are open already."""
        if len(self.subscribers) >= self.max_subscribers:
            return None
        sub = Subscriber(self.queue_size)
        self.subscribers.add(sub)
        return sub

    def unsubscribe(self, sub: Subscriber) -> None:
        self.subscribers.discard(sub)

    def publish(self, message: bytes) -> None:
        """Hand one message to every page; a full queue gets ``reload`` and is dropped."""
        for sub in list(self.subscribers):
            try:
                sub.queue.put_nowait(message)
            except asyncio.QueueFull:
                sub.overflowed = True
                self.subscribers.discard(sub)
                while not sub.queue.empty():
                    sub.queue.get_nowait()
                sub.queue.put_nowait(sse_message("reload", {"reason": "this page fell behind the live updates"}))
                sub.queue.put_nowait(_CLOSED)

    async def _start(self) -> None:
        self.spawn(self._run(), "consume")

    async def _stop(self) -> None:
        for sub in list(self.subscribers):
            with contextlib.suppress(asyncio.QueueFull):
                sub.queue.put_nowait(_CLOSED)
        self.subscribers.clear()

    async def _run(self) -> None:
        backoff = Backoff(initial=1.0, maximum=30.0)
        attempt = 0
        while True:
            consumer = AIOKafkaConsumer(**client_options(self.kafka), enable_auto_commit=False, group_id=None)
            try:
                await consumer.start()
                await self._follow(consumer)
            except (KafkaError, OSError) as exc:
                self.status = f"cannot read the alert topic {self.topic} at {self.kafka.bootstrap_servers}: {type(exc).__name__}"
                self.log.warning("live alerts unavailable", extra={"reason": self.status})
            finally:
                with contextlib.suppress(Exception):
                    await consumer.stop()
            await asyncio.sleep(backoff.delay(attempt))
            attempt += 1

    async def _follow(self, consumer: AIOKafkaConsumer) -> None:
        partitions = consumer.partitions_for_topic(self.topic)
        while not partitions:
            self.status = f"waiting for the alert topic {self.topic}"
            await consumer.topics()  # refreshes metadata
            partitions = consumer.partitions_for_topic(self.topic)
            if not partitions:
                await asyncio.sleep(2.0)
        consumer.assign([TopicPartition(self.topic, p) for p in sorted(partitions)])
        await consumer.seek_to_end()
        self.status = "live"
        self.publish(sse_message("status", {"live": True}))
        while True:
            batches = await consumer.getmany(timeout_ms=1000, max_records=500)
            for messages in batches.values():
                for msg in messages:
                    try:
                        alert = orjson.loads(msg.value)
                    except orjson.JSONDecodeError:
                        continue
                    if not isinstance(alert, dict):
                        continue
                    self.received += 1
                    self.publish(sse_message("alert", brief(alert), str(alert.get("id", ""))))
