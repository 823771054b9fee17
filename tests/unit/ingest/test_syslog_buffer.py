"""The syslog buffer when Kafka takes part of a flush: what it did not take is sent again as it was.

A syslog sender gets no answer, so the buffer retries for it.  A message whose acknowledgement was
lost (a timeout) may be in Kafka after all; sent again with the same bytes, origin and message
number, its records get the same ids and the store keeps one copy.  The producer is the one piece
replaced (a real broker cannot be made to acknowledge some messages of a send on demand); the
buffer, the receiver and the id function are the real code.
"""

from __future__ import annotations

import asyncio
from typing import Any

import orjson
import pytest
from prometheus_client import CollectorRegistry

from pipeline.ingest.auth import Authenticator
from pipeline.ingest.contract import ReceiverContext
from pipeline.ingest.jsonlogs.config import JsonLogMapping
from pipeline.ingest.limits import Limits
from pipeline.ingest.metrics import IngestMetrics
from pipeline.ingest.receiver import Receiver
from pipeline.ingest.syslog.config import SyslogConfig
from pipeline.ingest.syslog.server import TCP, Buffer
from tests.unit.ingest.scripted import Scripted, ids_of


def _buffer(producer: Scripted, **section: Any) -> Buffer:
    receiver = Receiver(producer, IngestMetrics(CollectorRegistry()), Limits(), {"logs": "raw"})  # type: ignore[arg-type]
    ctx = ReceiverContext(receiver, Authenticator({}), receiver.metrics, receiver.limits, JsonLogMapping())
    return Buffer(TCP, SyslogConfig(**section), ctx)


def _records(service: str, *messages: str) -> list[dict[str, Any]]:
    return [{"service.name": service, "message": m, "observed_time_unix_nano": 1_795_428_000_000_000_000} for m in messages]


def _acknowledged(buffer: Buffer) -> float:
    return buffer.ctx.metrics.records.labels("logs", TCP)._value.get()


async def test_what_kafka_did_not_take_is_sent_again_as_it_was_and_counted_once() -> None:
    producer = Scripted([True, False, False])  # of three services' messages, Kafka takes the first only
    buffer = _buffer(producer)
    buffer.add(_records("api", "a1", "a2") + _records("db", "d1") + _records("web", "w1", "w2"))
    assert await buffer._flush() is False
    assert _acknowledged(buffer) == 2 and len(buffer) == 3  # api's two in Kafka; db's and web's still held
    buffer.add(_records("db", "d2"))  # arrives meanwhile: not mixed into the retry
    assert await buffer._flush() is True
    first, retry = producer.sends
    assert retry == first[1:]  # the same bytes, origin and numbers: a copy Kafka kept after all has the same ids
    assert [ids_of(s) for s in retry] == [ids_of(s) for s in first[1:]]
    assert _acknowledged(buffer) == 5 and len(buffer) == 1
    assert await buffer._flush() is True
    [later] = producer.sends[2]
    assert later[2] != first[0][2] and orjson.loads(later[1])[0]["message"] == "d2"  # a new flush, a new origin
    assert _acknowledged(buffer) == 6 and len(buffer) == 0


async def test_nothing_sent_while_kafka_is_known_down_and_everything_after() -> None:
    producer = Scripted()
    buffer = _buffer(producer)
    buffer.add(_records("api", "a1"))
    producer.connected = False
    assert await buffer._flush() is False and producer.sends == []
    producer.connected = True
    assert await buffer._flush() is True
    assert [orjson.loads(p)[0]["message"] for _s, p, _o, _n in producer.sends[0]] == ["a1"]
    assert _acknowledged(buffer) == 1


async def test_a_flush_held_for_retry_counts_against_the_buffer_limit() -> None:
    producer = Scripted([False])
    buffer = _buffer(producer, max_buffered_records=4, batch_records=2)
    buffer.add(_records("api", "a1", "a2", "a3"))
    assert await buffer._flush() is False
    assert buffer.has_room()
    buffer.add(_records("api", "a4"))
    assert not buffer.has_room()  # three held for the retry and one new: at the limit


async def test_a_cancelled_send_keeps_the_flush_whole_for_the_retry() -> None:
    class Hanging(Scripted):
        hang = True

        async def send(self, *args: Any, **kwargs: Any) -> None:
            await super().send(*args, **kwargs)
            if self.hang:
                await asyncio.Event().wait()  # never acknowledged

    producer = Hanging()
    buffer = _buffer(producer)
    buffer.add(_records("api", "a1") + _records("db", "d1"))
    task = asyncio.create_task(buffer._flush())
    await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert len(buffer) == 2 and _acknowledged(buffer) == 0
    producer.hang = False  # Kafka answers again
    assert await buffer._flush() is True
    first, retry = producer.sends
    assert retry == first and _acknowledged(buffer) == 2


async def test_a_backlog_is_produced_in_steps_of_flush_max_records() -> None:
    """After Kafka comes back with 12,000 records waiting, each produce takes at most
    flush_max_records, oldest first, and every record goes out once."""
    producer = Scripted()
    buffer = _buffer(producer, batch_records=500, flush_max_records=5000, max_buffered_records=20_000)
    buffer.add([{"service.name": f"s{n % 3}", "n": n} for n in range(12_000)])
    buffer.start()
    for _ in range(100):
        await asyncio.sleep(0.01)
        if not len(buffer):
            break
    await buffer.stop()
    flushes = [[r["n"] for _s, payload, _o, _n in send for r in orjson.loads(payload)] for send in producer.sends]
    assert [len(f) for f in flushes] == [5000, 5000, 2000]
    # oldest first: each produce takes the next records in arrival order, each service's in order
    assert [sorted(f) for f in flushes] == [list(range(5000)), list(range(5000, 10_000)), list(range(10_000, 12_000))]
    sent = [n for f in flushes for n in f]
    for service in range(3):
        mine = [n for n in sent if n % 3 == service]
        assert mine == sorted(mine)
    assert _acknowledged(buffer) == 12_000
