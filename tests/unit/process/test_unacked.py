"""Raw messages whose clean output is in flight (process.max_unacked_messages): a message is
acknowledged, so its offset may be committed, only once the broker has acknowledged all of its clean
output; a failed send leaves it unacknowledged and crashes the app so the processor replays.  With
statistics, it also waits for the changelog write holding its changes: its own, or the next one
``process.state_interval_s`` gathers for every message held meanwhile (written in order, released in
order, early when the held messages reach ``process.state_max_waiting_bytes``)."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from prometheus_client import CollectorRegistry

from pipeline.config import load_config
from pipeline.process import Processor
from pipeline.process.changelog import SEAL_KEY, Written
from schemas.raw import FORMAT_RECORDS_JSON, RawEnvelope
from tests.unit.process.test_changelog_seal import Table


@dataclass
class _Message:
    value: bytes
    offset: int
    headers: list[tuple[str, bytes]]
    key: bytes = b"api"
    topic: str = "sightline.logs.raw"
    partition: int = 0


@dataclass
class _Event:
    message: _Message


@dataclass
class _Stream:
    acked: list[int] = field(default_factory=list)

    async def ack(self, event: _Event) -> bool:
        self.acked.append(event.message.offset)
        return True


@dataclass
class _Sink:
    """A clean topic whose sends the test completes by hand, in any order."""

    futures: list[asyncio.Future[Any]] = field(default_factory=list)

    async def send(self, key: bytes, value: bytes) -> asyncio.Future[Any]:
        fut: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.futures.append(fut)
        return fut


def _event(offset: int) -> _Event:
    value = orjson.dumps([{"service.name": "api", "time_unix_nano": time.time_ns(), "message": f"m{offset}"}])
    headers = list(RawEnvelope(FORMAT_RECORDS_JSON, time.time_ns()).headers())
    return _Event(_Message(value, offset, headers))


def _processor(tmp_path: Path, unacked: int, group: int = 1) -> Processor:
    # no statistics: their changelog needs a running app (changelog entries gate acks as clean output
    # does: tests/unit/process/test_changelog_seal.py, tests/integration/test_changelog_seal.py)
    cfg = load_config(environ={}, overrides={"process.max_unacked_messages": unacked,
                                             "process.max_group_messages": group, "process.stats.enabled": False,
                                             "process.data_dir": str(tmp_path), "admin.port": 0})
    return Processor(cfg, CollectorRegistry(), exit_on_crash=False)


async def _settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


async def test_a_message_is_acknowledged_only_when_its_clean_output_is(tmp_path: Path) -> None:
    proc = _processor(tmp_path, 4)
    stream, sink = _Stream(), _Sink()
    for offset in range(3):
        await proc._handle("logs", _event(offset), sink, stream)  # none waits: three in flight
    assert len(sink.futures) == 3 and stream.acked == [] and proc._unacked == 3
    sink.futures[1].set_result(None)  # the broker answers out of order
    await _settle()
    assert stream.acked == [1]
    sink.futures[0].set_result(None)
    sink.futures[2].set_result(None)
    await _settle()
    assert sorted(stream.acked) == [0, 1, 2] and proc._unacked == 0
    assert proc.records_out.labels("logs")._value.get() == 3


async def test_a_failed_send_leaves_its_message_unacknowledged_and_crashes_the_app(tmp_path: Path) -> None:
    proc = _processor(tmp_path, 4)
    crashes: list[BaseException] = []

    async def crash(reason: BaseException) -> None:
        crashes.append(reason)

    proc.app.crash = crash  # type: ignore[method-assign]
    stream, sink = _Stream(), _Sink()
    await proc._handle("logs", _event(0), sink, stream)
    await proc._handle("logs", _event(1), sink, stream)
    sink.futures[0].set_exception(TimeoutError("no answer from the broker"))
    sink.futures[1].set_result(None)
    await _settle()
    assert stream.acked == [1]  # faust commits up to the first unacknowledged offset: 0, never past it
    assert [type(c) for c in crashes] == [TimeoutError]
    assert proc.records_out.labels("logs")._value.get() == 1


async def test_the_next_message_waits_while_as_many_as_allowed_are_in_flight(tmp_path: Path) -> None:
    proc = _processor(tmp_path, 2)
    stream, sink = _Stream(), _Sink()
    await proc._handle("logs", _event(0), sink, stream)
    # the second is sent, fills the window of two and waits there until one is acknowledged
    second = asyncio.ensure_future(proc._handle("logs", _event(1), sink, stream))
    await _settle()
    assert not second.done() and len(sink.futures) == 2
    sink.futures[0].set_result(None)
    await _settle()
    assert second.done() and stream.acked == [0]


async def test_one_in_flight_awaits_each_send_as_before(tmp_path: Path) -> None:
    proc = _processor(tmp_path, 1)
    sink = _Sink()
    handled = asyncio.ensure_future(proc._handle("logs", _event(0), sink, None))
    await _settle()
    assert not handled.done()  # waiting for the broker's acknowledgement
    sink.futures[0].set_result(None)
    await _settle()
    assert handled.done() and handled.exception() is None


async def test_waiting_messages_go_as_one_group_acknowledged_together(tmp_path: Path) -> None:
    proc = _processor(tmp_path, 1, group=8)
    stream, sink = _Stream(), _Sink()
    for offset in range(3):
        await proc._handle("logs", _event(offset), sink, stream)  # held: the group is open
    assert sink.futures == []
    await asyncio.sleep(proc._group_linger_s * 2)
    await _settle()
    assert len(sink.futures) == 1 and stream.acked == []  # one clean message for the three (one key)
    sink.futures[0].set_result(None)
    await _settle()
    assert stream.acked == [0, 1, 2] and proc._unacked == 0
    assert proc.records_out.labels("logs")._value.get() == 3


async def test_a_group_stays_open_while_messages_keep_following_and_closes_at_its_longest_wait(tmp_path: Path) -> None:
    # a backlog draining: each message within group_linger_s of the one before keeps the group open
    # past the first message's linger; group_max_wait_s closes it however closely they follow
    proc = _processor(tmp_path, 1, group=64)
    proc._group_linger_s, proc._group_max_wait_s = 0.2, 10.0
    stream, sink = _Stream(), _Sink()
    for offset in range(5):
        await proc._handle("logs", _event(offset), sink, stream)
        await asyncio.sleep(0.1)  # 0.5 s in all, well past one linger from the first
    assert sink.futures == []
    await asyncio.sleep(0.35)
    await _settle()
    assert len(sink.futures) == 1  # the five together, once none came for a linger

    capped = _processor(tmp_path, 1, group=64)
    capped._group_linger_s, capped._group_max_wait_s = 10.0, 0.2
    stream, sink = _Stream(), _Sink()
    for offset in range(3):
        await capped._handle("logs", _event(offset), sink, stream)
    await asyncio.sleep(0.35)
    await _settle()
    assert len(sink.futures) == 1  # closed at its longest wait, long before a linger
    await capped._handle("logs", _event(3), sink, stream)  # a new group, with its own timer
    await asyncio.sleep(0.35)
    await _settle()
    assert len(sink.futures) == 2


async def test_a_full_group_goes_at_once_and_a_bad_message_is_dead_lettered_alone(tmp_path: Path) -> None:
    proc = _processor(tmp_path, 1, group=3)
    letters: list[tuple[int, str]] = []

    async def deadletter(msg: Any, reason: str, message: str, payload: bytes | None, record: bool = False) -> None:
        letters.append((msg.offset, reason))

    proc._deadletter = deadletter  # type: ignore[method-assign]
    stream, sink = _Stream(), _Sink()
    bad = _event(1)
    bad.message.value = b"[{not json"
    for event in (_event(0), bad, _event(2)):
        await proc._handle("logs", event, sink, stream)
    assert len(sink.futures) == 1 and letters == [(1, "invalid_json")]  # no linger: the group was full
    assert stream.acked == [1]  # the dead-lettered one at once, the others with their output
    sink.futures[0].set_result(None)
    await _settle()
    assert stream.acked == [1, 0, 2]


@dataclass
class _Tables:
    """The statistics table's writes (StateTables.write_stats): one entry each, delivered by hand."""

    tables: list[Table] = field(default_factory=list)

    async def write_stats(self) -> Written:
        table = Table()
        self.tables.append(table)
        written = Written(table)
        written.send(0, b"series", b"state %d" % len(self.tables))
        return written

    def deliver(self, write: int) -> None:
        self.tables[write].sent[0][3].set_result(None)

    def sealed(self, write: int) -> bool:
        return [key for _, key, _, _ in self.tables[write].sent] == [b"series", SEAL_KEY]


def _deferring(tmp_path: Path, interval_s: float, waiting_bytes: int = 1 << 20) -> tuple[Processor, _Tables]:
    proc = _processor(tmp_path, 8)
    tables = _Tables()
    proc.tables = tables  # type: ignore[assignment]
    proc._state_interval_s = interval_s
    proc._state_max_waiting_bytes = waiting_bytes
    return proc, tables


async def test_messages_wait_for_one_statistics_write_made_after_the_interval(tmp_path: Path) -> None:
    proc, tables = _deferring(tmp_path, 0.05)
    stream, sink = _Stream(), _Sink()
    for offset in range(3):
        await proc._handle("logs", _event(offset), sink, stream)
    for fut in sink.futures:
        fut.set_result(None)
    await _settle()
    # the clean output is delivered: no longer in flight, but not acknowledged before the state is written
    assert proc._unacked == 0 and stream.acked == [] and tables.tables == []
    assert proc.records_out.labels("logs")._value.get() == 3
    await asyncio.sleep(0.1)
    assert len(tables.tables) == 1 and stream.acked == []  # one write for the three, not yet delivered
    tables.deliver(0)
    await _settle()
    assert sorted(stream.acked) == [0, 1, 2] and tables.sealed(0)
    await proc._handle("logs", _event(3), sink, stream)  # the next interval starts with the next message
    sink.futures[-1].set_result(None)
    await asyncio.sleep(0.1)
    tables.deliver(1)
    await _settle()
    assert sorted(stream.acked) == [0, 1, 2, 3] and len(tables.tables) == 2


async def test_a_later_write_releases_its_messages_only_after_the_earlier_one(tmp_path: Path) -> None:
    # the earlier write may hold changes of messages the later one holds, so they wait for both
    proc, tables = _deferring(tmp_path, 0.02)
    stream, sink = _Stream(), _Sink()
    await proc._handle("logs", _event(0), sink, stream)
    await asyncio.sleep(0.05)
    await proc._handle("logs", _event(1), sink, stream)
    await asyncio.sleep(0.05)
    for fut in sink.futures:
        fut.set_result(None)
    assert len(tables.tables) == 2
    tables.deliver(1)
    await _settle()
    assert stream.acked == [] and not tables.sealed(1)
    tables.deliver(0)
    await _settle()
    assert stream.acked == [0, 1] and tables.sealed(0) and tables.sealed(1)


async def test_held_messages_over_the_byte_bound_are_written_at_once_and_the_next_waits(tmp_path: Path) -> None:
    first = _event(0)
    proc, tables = _deferring(tmp_path, 60.0, waiting_bytes=2 * len(first.message.value) - 1)
    stream, sink = _Stream(), _Sink()
    await proc._handle("logs", first, sink, stream)
    assert tables.tables == []  # under the bound: the write waits for its interval (a minute here)
    # the second reaches the bound: a write is made at once, and the third waits until it is taken
    second = asyncio.ensure_future(proc._handle("logs", _event(1), sink, stream))
    await _settle()
    assert second.done() and len(tables.tables) == 1 and proc._state_waiting_bytes == 0
    for fut in sink.futures:
        fut.set_result(None)
    tables.deliver(0)
    await _settle()
    assert stream.acked == [0, 1] and proc._state_timer is None


async def test_an_interval_of_zero_writes_the_state_for_every_message(tmp_path: Path) -> None:
    proc, tables = _deferring(tmp_path, 0.0)
    stream, sink = _Stream(), _Sink()
    for offset in range(2):
        await proc._handle("logs", _event(offset), sink, stream)
    assert len(tables.tables) == 2
    for fut in sink.futures:
        fut.set_result(None)
    await _settle()
    assert stream.acked == []  # each waits for its own write's entries
    tables.deliver(1)
    tables.deliver(0)
    await _settle()
    assert sorted(stream.acked) == [0, 1] and tables.sealed(0) and tables.sealed(1)
