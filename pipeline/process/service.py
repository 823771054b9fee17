"""The stream processor: a faust-streaming worker in the ``process.group_id`` consumer group.

Scale by running more of them: faust spreads the raw topics' partitions (and
the state tables' changelog partitions, co-partitioned with them) across the
group.  For each raw batch (:class:`~pipeline.process.pipeline.BatchPipeline`):
decode → transforms (redaction) → ids → rolling statistics (→ finding
sources) → one message to the clean topic; an undecodable message goes to the
dead-letter topic with the reason and its origin.  The statistics state
changed by a batch is written to the table's changelog before the batch is
acknowledged, and faust flushes the producer before it commits offsets, so a
processor that takes a partition over resumes its windows (at least once: a
batch replayed after a crash is counted again).  Small raw messages that arrive
together (``process.max_group_messages``, ``max_group_bytes``, ``group_linger_s``, ``group_max_wait_s``)
are processed as one batch (:meth:`BatchPipeline.process_group`).  With
``process.max_unacked_messages`` above 1 (or groups), that many raw messages may
have clean output in flight: each is acknowledged to faust, which commits offsets
only up to the first message not acknowledged, once the broker has acknowledged
all of its clean output and changelog entries, and a clean send that fails stops
the processor so that it replays from its last commit.  Every changelog write is
sealed before its messages are acknowledged (:class:`~pipeline.process.changelog.Written`).
With manual acks the statistics state is written at most every
``process.state_interval_s`` (each series changed meanwhile once), and the
messages whose changes it holds are acknowledged once it is delivered and
sealed: small messages no longer cost a changelog entry per changed series
each, and a processor taking over still adopts the state up to the last
committed offset and replays the rest.

The pieces live apart: the faust app in :mod:`pipeline.process.app`, the
state tables and their recovery in :mod:`pipeline.process.changelog`, the
evaluation loop in :mod:`pipeline.process.evaluate`, the finding sources in
:mod:`pipeline.process.findings`.  This module wires them.
"""

from __future__ import annotations

import asyncio
import functools
import os
import shutil
import signal
import tempfile
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from prometheus_client import CollectorRegistry, Counter

from pipeline.component import Component, Probe
from pipeline.config import Config
from pipeline.kafka import KafkaHealth
from pipeline.process.app import add_agent, build_app, raw_topic
from pipeline.process.changelog import STATS_TABLE, StateTables, Written
from pipeline.process.decode import DecodeError
from pipeline.process.evaluate import EvaluationLoop
from pipeline.process.findings import Findings, FindingsCollector, Settings
from pipeline.process.metrics import PipelineCollector, StatsCollector
from pipeline.process.pipeline import BatchPipeline, RawMessage, RecordHook, tune_gc
from pipeline.process.stats import RollingStats, StatsHook
from pipeline.process.transforms import Scrubber, Transform, build_redactor
from pipeline.redact import key_scrubber, scrub_preview

__all__ = ["STATS_TABLE", "Processor", "deadletter_payload"]

DEADLETTER_PREVIEW_BYTES = 4096
_MESSAGE_OVERHEAD = 1024  # room for a message's key, headers and record-batch framing


def deadletter_payload(
    reason: str,
    message: str,
    topic: str,
    partition: int,
    offset: int,
    value: bytes | None,
    scrub: Scrubber | None = None,
    record: bool = False,
) -> bytes:
    """The dead-letter document: why, where from, and a bounded preview of the payload.

    ``scrub`` (the redactor's text pass) runs over the preview: an undecodable
    payload may still carry secrets, and the dead-letter topic must not.
    ``record``: the payload is one record of the raw message at the origin
    (its siblings went on), not the whole message.  When the scrubber itself
    fails on the text, neither the error nor the preview is kept.
    """
    try:
        preview = scrub_preview(value, DEADLETTER_PREVIEW_BYTES, scrub)  # scrubbed whole, cut at a safe place
        message = scrub(message) if scrub is not None else message  # "invalid literal ... 'ghp_...'"
    except Exception as exc:  # the redactor failing on this very record: keep nothing of it
        preview = ""
        message = f"(withheld: the redactor failed on this payload: {type(exc).__name__})"
    doc = {
        "reason": reason,
        "error": message,
        "origin": {"topic": topic, "partition": partition, "offset": offset, **({"record": True} if record else {})},
        "payload_bytes": len(value or b""),
        "payload_preview": preview,
        "time_unix_nano": time.time_ns(),
    }
    return orjson.dumps(doc)


@dataclass
class _Pending:
    """Raw messages (one, or a group) whose clean output is in flight (``left`` sends and changelog
    entries), or whose statistics wait for the next state write (``waits_state``): acknowledged when
    neither is left."""

    events: list[Any]
    stream: Any
    signal: str
    records: int
    left: int
    written: Written | None = None  # its own changelog write, sealed before the ack
    failed: bool = False
    waits_state: bool = False


@dataclass
class _StateWrite:
    """One deferred statistics write and the messages whose changes it holds (process.state_interval_s)."""

    written: Written
    waiting: list[_Pending]
    delivered: bool = False


class Processor(Component):
    """Runs the faust app inside the current event loop.

    The processor is where the process is assembled, so it takes the whole
    config and hands each piece its own section.

    Parameters
    ----------
    cfg, registry
        Configuration and the registry ``/metrics`` serves.
    transforms
        Record transforms run right after decode; default: the redactor of
        ``cfg.redact`` (:func:`~pipeline.process.transforms.build_redactor`).
    scrubber
        Text pass over dead-letter previews; default: that redactor's
        ``redact_text`` when ``transforms`` is not given, else none.
    stats_hooks, record_hooks
        Extra subscribers to each batch's statistics updates and records,
        called after the finding step's own.
    exit_on_crash
        Stop the whole process when faust's app crashes (see :meth:`_watch_crash`);
        ``sightline up`` running the processor in its own process passes ``False``,
        since stopping there would also stop the embedded broker that holds the
        data: the crash then only shows in readiness and the log.
    """

    name = "process"

    def __init__(
        self,
        cfg: Config,
        registry: CollectorRegistry,
        *,
        transforms: Sequence[Transform] | None = None,
        scrubber: Scrubber | None = None,
        stats_hooks: Sequence[StatsHook] = (),
        record_hooks: Sequence[RecordHook] = (),
        exit_on_crash: bool = True,
    ) -> None:
        super().__init__()
        self.cfg = cfg
        self.exit_on_crash = exit_on_crash
        k = cfg.kafka
        self.records_in = Counter(
            "sightline_process_records_in", "Records decoded from the raw topics.", ["signal"], registry=registry
        )
        self.records_out = Counter(
            "sightline_process_records_out", "Records published to the clean topics.", ["signal"], registry=registry
        )
        self.deadlettered = Counter(
            "sightline_process_deadlettered",
            "Raw messages sent to the dead-letter topic whole, by reason.",
            ["reason"],
            registry=registry,
        )
        self.records_deadlettered = Counter(
            "sightline_process_records_deadlettered",
            "Single records of a raw message sent to the dead-letter topic alone (their siblings went on), "
            "by signal and reason.",
            ["signal", "reason"],
            registry=registry,
        )
        if transforms is None:
            redactor = build_redactor(cfg.redact, registry)
            transforms = [] if redactor is None else [redactor.transform]
            if scrubber is None and redactor is not None:
                scrubber = redactor.scrub_text
        self._scrub = scrubber
        self._scrub_key = key_scrubber(scrubber)  # the clean topics' key is the service name: user data

        self.stats = RollingStats(cfg.process.stats) if cfg.process.stats.enabled else None
        self.findings: Findings | None = None
        if self.stats is not None:
            settings = Settings(detectors=cfg.detectors, templates=cfg.templates, alerts=cfg.alerts)
            self.findings = Findings(settings, self.stats, cfg.elasticsearch.index_prefix)
            stats_hooks = [self.findings.on_stats, *stats_hooks]
            record_hooks = [self.findings.on_records, *record_hooks]
        self.pipeline = BatchPipeline(
            self.stats, transforms, stats_hooks, record_hooks, max_message_bytes=int(k.max_message_bytes * 0.9),
            max_record_bytes=k.max_message_bytes - _MESSAGE_OVERHEAD,
        )

        self._tmp_datadir = None if cfg.process.data_dir else tempfile.mkdtemp(prefix="sightline-faust-")
        self.app = build_app(k, cfg.process, cfg.process.data_dir or self._tmp_datadir or "")
        topics = k.topics
        self.deadletter = raw_topic(self.app, topics.deadletter)
        self.tables: StateTables | None = None
        if self.stats is not None:
            self.tables = StateTables(self.app, k.partitions, self.stats, self.findings)
            self.tables.stats_table.on_recover(self._on_recover)
        self._positions: dict[tuple[str, int], int] = {}
        # clean output in flight: raw messages handed on, not yet acknowledged (see _handle)
        self._max_unacked = cfg.process.max_unacked_messages
        self._unacked = 0
        self._room = asyncio.Event()
        self._room.set()
        # raw messages waiting to be processed together (process.max_group_messages), by signal
        self._max_group = cfg.process.max_group_messages
        self._max_group_bytes = cfg.process.max_group_bytes
        self._group_linger_s = cfg.process.group_linger_s
        self._group_max_wait_s = cfg.process.group_max_wait_s
        self._groups: dict[str, list[Any]] = {}
        self._group_bytes: dict[str, int] = {}
        # each open group's loop times (its first message's, its latest's) and its closing timer
        self._group_times: dict[str, tuple[float, float]] = {}
        self._group_timers: dict[str, asyncio.TimerHandle] = {}
        if self._max_group > 1:
            self._max_unacked = max(self._max_unacked, self._max_group)
        manual = self._max_unacked > 1
        # statistics written at most every state_interval_s, messages held until then (manual acks only)
        self._state_interval_s = cfg.process.state_interval_s if manual else 0.0
        self._state_max_waiting_bytes = cfg.process.state_max_waiting_bytes
        self._state_waiting: list[_Pending] = []
        self._state_waiting_bytes = 0
        self._state_timer: asyncio.TimerHandle | None = None
        self._state_lock = asyncio.Lock()
        self._state_writes: deque[_StateWrite] = deque()
        add_agent(self.app, "logs", topics.logs_raw, topics.logs, self._handle, manual)
        add_agent(self.app, "spans", topics.spans_raw, topics.spans, self._handle, manual)
        add_agent(self.app, "metrics", topics.metrics_raw, topics.metrics, self._handle, manual)
        self.evaluation: EvaluationLoop | None = None
        if self.stats is not None and self.findings is not None and self.tables is not None:
            registry.register(StatsCollector(self.stats))
            registry.register(FindingsCollector(self.findings))
            self.evaluation = EvaluationLoop(
                self.findings,
                self.tables,
                raw_topic(self.app, topics.alerts),
                raw_topic(self.app, topics.templates),
                interval_s=cfg.alerts.evaluation_interval_s,
                max_message_bytes=int(k.max_message_bytes * 0.9),
                registry=registry,
                ready=lambda: self.joined,
            )
        registry.register(PipelineCollector(lambda: self.pipeline.stage_records, self._lag))
        self.health = KafkaHealth(k)
        self.probe = Probe("kafka", self.health.check)
        self.joined = False
        #: why this processor cannot go on (faust crashed); set, the command exits with status 1
        self.fatal = ""

    async def _handle(self, signal: str, event: Any, sink: Any, stream: Any = None) -> None:
        """One raw message: processed, its clean output sent.  With ``stream`` (acks are manual,
        ``process.max_unacked_messages`` above 1) the message is acknowledged, so its offset may be
        committed, only once the broker has acknowledged all of its clean output; the next message is
        read meanwhile, up to that many in flight.  Without, each send is awaited here and faust
        acknowledges the message when the agent takes the next."""
        if stream is None:
            await self._process(signal, event, sink, None)
            return
        if self._max_group > 1:
            await self._add_to_group(signal, event, sink, stream)
            return
        try:
            await self._process(signal, event, sink, stream)
        except asyncio.CancelledError:
            raise  # the processor is stopping: the message is not acknowledged, so it is replayed
        except BaseException as exc:
            # the message is not acknowledged, so no commit passes it; stop rather than go on past it
            # (faust would restart the agent and commit the messages after it, never this one)
            self._crash("raw message not handed on", exc)
            raise
        await self._room_for_more()

    async def _add_to_group(self, signal: str, event: Any, sink: Any, stream: Any) -> None:
        """Hold the message for its signal's group: processed once no message has followed for
        ``process.group_linger_s`` or the group has been open ``group_max_wait_s`` (a timer the group's
        first message sets), or at once when it is full (``max_group_messages``, ``max_group_bytes``).
        While a backlog drains messages follow each other closely, so groups fill; in light traffic a
        message waits ``group_linger_s``."""
        group = self._groups.setdefault(signal, [])
        group.append(event)
        size = self._group_bytes[signal] = self._group_bytes.get(signal, 0) + len(event.message.value or b"")
        loop = asyncio.get_running_loop()
        now = loop.time()
        if len(group) == 1:
            self._group_times[signal] = (now, now)
            due = now + min(self._group_linger_s, self._group_max_wait_s)
            self._group_timers[signal] = loop.call_at(due, self._group_due, signal, sink, stream)
        else:
            self._group_times[signal] = (self._group_times[signal][0], now)
        if len(group) >= self._max_group or size >= self._max_group_bytes:
            await self._run_group(signal, sink, stream)
        await self._room_for_more()

    async def _room_for_more(self) -> None:
        """Wait while as many raw messages as allowed have output in flight (``_max_unacked``), or while
        those held for the next statistics write hold too many bytes (it is on its way then)."""
        while self._unacked >= self._max_unacked or self._state_waiting_bytes >= self._state_max_waiting_bytes:
            self._room.clear()
            await self._room.wait()

    def _group_due(self, signal: str, sink: Any, stream: Any) -> None:
        """The group's timer: processed now, or looked at again when it is due (a message came since)."""
        if not self._groups.get(signal):
            return
        first, latest = self._group_times[signal]
        due = min(latest + self._group_linger_s, first + self._group_max_wait_s)
        loop = asyncio.get_running_loop()
        if due > loop.time():
            self._group_timers[signal] = loop.call_at(due, self._group_due, signal, sink, stream)
            return
        self._group_timers.pop(signal, None)
        self.spawn(self._run_group(signal, sink, stream), f"group-{signal}")

    async def _run_group(self, signal: str, sink: Any, stream: Any) -> None:
        events = self._groups.pop(signal, [])
        self._group_bytes[signal] = 0
        if not events:  # taken already (the agent filled the due group first): nothing to close
            return
        timer = self._group_timers.pop(signal, None)
        if timer is not None:  # closed full: the next group sets its own
            timer.cancel()
        try:
            await self._process_group(signal, events, sink, stream)
        except asyncio.CancelledError:
            raise  # the processor is stopping (its task cancelled): not acknowledged, so replayed
        except BaseException as exc:
            # its messages are not acknowledged, so no commit passes them; stop rather than go on past them
            self._crash("raw messages not handed on", exc)
            raise

    async def _process_group(self, signal: str, events: list[Any], sink: Any, stream: Any) -> None:
        """A group (its messages from any of the signal's partitions): :meth:`BatchPipeline.process_group`,
        dead letters by the message they came from, the clean output sent and each message acknowledged
        once it (and the changelog write holding its changes) is."""
        if len(events) == 1:
            await self._process(signal, events[0], sink, stream)
            return
        messages = [RawMessage(list(e.message.headers or ()), e.message.value, e.message.key) for e in events]
        try:
            partitions = [e.message.partition for e in events]
            result = self.pipeline.process_group(signal, messages, time.time_ns(), partitions)
        except Exception:  # a step's bug: each message on its own, as one at a time (dead-lettered there)
            self.log.error("raw message group failed in the processor; taking its messages one by one",
                           extra={"signal": signal, "messages": len(events)})
            for event in events:
                await self._process_group(signal, [event], sink, stream)
            return
        whole = {i for i, _ in result.failed}
        for i, failed in result.failed:
            await self._deadletter_message(events[i].message, failed)
        for i, rejected in result.rejected:
            await self._deadletter(events[i].message, rejected.reason, rejected.message, rejected.payload, record=True)
            self.records_deadlettered.labels(signal, rejected.reason).inc()
        if result.rejected:
            origins = sorted({(events[i].message.partition, events[i].message.offset) for i, _ in result.rejected})
            self.log.warning("records dead-lettered", extra={
                "count": len(result.rejected), "reasons": ",".join(sorted({r.reason for _, r in result.rejected})),
                "topic": events[0].message.topic,
                "offsets": ",".join(f"{partition}:{offset}" for partition, offset in origins)})
        self.records_in.labels(signal).inc(len(result.records))
        written = await self._write_now(stream)
        for event in events:
            self._positions[(event.message.topic, event.message.partition)] = event.message.offset + 1
        for i in sorted(whole):
            await stream.ack(events[i])
        kept = [event for i, event in enumerate(events) if i not in whole]
        if kept:
            await self._hand_on(signal, kept, len(result.records), result.values, written, sink, stream)

    async def _process(self, signal: str, event: Any, sink: Any, stream: Any) -> None:
        msg = event.message
        try:
            result = self.pipeline.process(
                signal, list(msg.headers or ()), msg.value, msg.key, time.time_ns(), msg.partition
            )
        except Exception as exc:  # a step's bug costs this message, never the agent
            failed = exc if isinstance(exc, DecodeError) else DecodeError("process_failed", f"{type(exc).__name__}: {exc}")
            if not isinstance(exc, DecodeError):  # a bug: say where, by type only (its text may hold a secret)
                self.log.error(
                    "raw message failed in the processor",
                    extra={"error": type(exc).__name__, "topic": msg.topic, "offset": msg.offset},
                )
            await self._deadletter_message(msg, failed)
            self._positions[(msg.topic, msg.partition)] = msg.offset + 1
            if stream is not None:
                await stream.ack(event)
            return
        for rejected in result.rejected:  # one dead letter per record set aside; its siblings go on
            await self._deadletter(msg, rejected.reason, rejected.message, rejected.payload, record=True)
            self.records_deadlettered.labels(signal, rejected.reason).inc()
        if result.rejected:
            self.log.warning(
                "records dead-lettered",
                extra={"count": len(result.rejected), "reasons": ",".join(sorted({r.reason for r in result.rejected})),
                       "topic": msg.topic, "partition": msg.partition, "offset": msg.offset},
            )
        self.records_in.labels(signal).inc(len(result.records))
        # the changelog write is sealed (changelog.Written) before the message is acknowledged, so an
        # offset commit, which flushes the producer first, never passes a write a takeover reads in part
        written = await self._write_now(stream)
        self._positions[(msg.topic, msg.partition)] = msg.offset + 1
        if stream is None:
            for value in result.values:
                fut = await sink.send(key=self._scrub_key(msg.key), value=value)
                await fut  # acknowledged before this event is acked and its offset committed
            if written is not None:
                await written.delivered()
            self.records_out.labels(signal).inc(len(result.records))
            return
        await self._hand_on(signal, [event], len(result.records), [(msg.key, v) for v in result.values], written, sink, stream)

    @property
    def _defers_state(self) -> bool:
        """Statistics are written once an interval, their messages held until then (``process.state_interval_s``)."""
        return self.tables is not None and self._state_interval_s > 0

    async def _write_now(self, stream: Any) -> Written | None:
        """The statistics changed by the batch just processed, written now; ``None`` when there are no
        statistics or when the write is deferred (``process.state_interval_s``, acks manual)."""
        if self.tables is None or (stream is not None and self._defers_state):
            return None
        return await self.tables.write_stats()

    async def _hand_on(
        self, signal: str, events: list[Any], records: int, values: list[tuple[bytes | None, bytes]],
        written: Written | None, sink: Any, stream: Any,
    ) -> None:
        """Send the clean output of ``events`` (acks are manual) and acknowledge them once the broker has
        it and their changelog write (:meth:`_sent`), or the next statistics write when writes are
        deferred (:meth:`_wait_for_state`); at once when there is none of these."""
        changelog = written.futures if written is not None else []
        waits = written is None and self._defers_state
        if not values and not changelog and not waits:
            await self._ack(stream, events)
            return
        pending = _Pending(events, stream, signal, records, len(values) + len(changelog), written, waits_state=waits)
        if pending.left:
            self._unacked += len(events)
        else:
            self.records_out.labels(signal).inc(records)
        if waits:
            self._wait_for_state(pending)
        for fut in changelog:
            fut.add_done_callback(functools.partial(self._sent, pending, clean=False))
        for key, value in values:
            fut = await sink.send(key=self._scrub_key(key), value=value)
            fut.add_done_callback(functools.partial(self._sent, pending))

    def _sent(self, pending: _Pending, fut: asyncio.Future[Any], clean: bool = True) -> None:
        """A clean message's send (or, ``clean`` false, a changelog entry's) finished: once all of a raw
        message's have, it no longer counts as in flight and, its changelog write sealed, is acknowledged
        (:meth:`_settle`); a clean send that failed leaves it unacknowledged and stops the processor
        (:meth:`_crash`)."""
        failed = clean and (fut.cancelled() or fut.exception() is not None)
        if failed and not pending.failed:
            pending.failed = True
            self._crash("clean output not acknowledged by the broker", fut.exception() if not fut.cancelled() else None)
        pending.left -= 1
        if pending.left or pending.failed:
            return
        self.records_out.labels(pending.signal).inc(pending.records)
        self._unacked -= len(pending.events)
        if self._unacked < self._max_unacked:
            self._room.set()
        self._settle(pending)

    def _settle(self, pending: _Pending) -> None:
        """Acknowledge ``pending`` once nothing of it is in flight and no statistics write is awaited."""
        if pending.left or pending.failed or pending.waits_state:
            return
        if pending.written is not None:
            pending.written.finish()
        self.spawn(self._ack(pending.stream, pending.events), "ack")

    def _wait_for_state(self, pending: _Pending) -> None:
        """Hold ``pending`` for the next statistics write: due ``process.state_interval_s`` after the first
        message it will hold, or at once when the messages held reach ``process.state_max_waiting_bytes``."""
        self._state_waiting.append(pending)
        self._state_waiting_bytes += sum(len(event.message.value or b"") for event in pending.events)
        if self._state_waiting_bytes >= self._state_max_waiting_bytes:
            self._state_due()
        elif self._state_timer is None:
            self._state_timer = asyncio.get_running_loop().call_later(self._state_interval_s, self._state_due)

    def _state_due(self) -> None:
        if self._state_timer is not None:
            self._state_timer.cancel()
            self._state_timer = None
        self.spawn(self._write_state(), "state-write")

    async def _write_state(self) -> None:
        """Write every series changed since the last write (:meth:`StateTables.write_stats`) for the
        messages held so far.  Writes go one after another, and each releases its messages only after the
        writes before it (:meth:`_state_written`): a message whose changes an earlier write took is held
        by a later one, so it waits for both."""
        assert self.tables is not None
        async with self._state_lock:
            # the messages held and the series changed are taken together, with no await between
            waiting, self._state_waiting, self._state_waiting_bytes = self._state_waiting, [], 0
            if self._unacked < self._max_unacked:
                self._room.set()
            if not waiting:
                return
            try:
                written = await self.tables.write_stats()
            except Exception as exc:  # its messages stay unacknowledged: replay from the last commit
                self._crash("statistics state not written to the changelog", exc)
                return
            entry = _StateWrite(written, waiting)
            self._state_writes.append(entry)
        written.when_delivered(functools.partial(self._state_written, entry))

    def _state_written(self, entry: _StateWrite) -> None:
        """A deferred write's entries are all done: seal it and settle its messages, in write order."""
        entry.delivered = True
        writes = self._state_writes
        while writes and writes[0].delivered:
            done = writes.popleft()
            done.written.finish()
            for pending in done.waiting:
                pending.waits_state = False
                self._settle(pending)

    @staticmethod
    async def _ack(stream: Any, events: list[Any]) -> None:
        for event in events:
            await stream.ack(event)

    def _crash(self, what: str, exc: BaseException | None) -> None:
        """Mark faust's app crashed (:meth:`_watch_crash` stops the processor): a message left
        unacknowledged holds every commit back, so replaying from the last commit is the way on."""
        if self.app.crashed:
            return
        self.log.error(what, extra={"error": type(exc).__name__ if exc is not None else "cancelled"})
        self.spawn(self.app.crash(exc if exc is not None else RuntimeError(what)), "crash")

    async def _deadletter_message(self, msg: Any, failed: DecodeError) -> None:
        """A raw message that could not become records, dead-lettered whole, counted and logged."""
        await self._deadletter(msg, failed.reason, str(failed), msg.value)
        self.deadlettered.labels(failed.reason).inc()
        self.log.warning(
            "raw message dead-lettered",
            extra={"reason": failed.reason, "topic": msg.topic, "partition": msg.partition, "offset": msg.offset},
        )

    async def _deadletter(
        self, msg: Any, reason: str, message: str, payload: bytes | None, record: bool = False
    ) -> None:
        """One dead-letter document (redacted: :func:`deadletter_payload`), acknowledged before going on."""
        doc = deadletter_payload(
            reason, message, msg.topic, msg.partition, msg.offset, payload, self._scrub, record=record
        )
        fut = await self.deadletter.send(key=self._scrub_key(msg.key), value=doc)
        await fut

    async def _on_recover(self) -> None:
        """After a rebalance: state of partitions that left is dropped, of those taken over adopted."""
        if self.tables is None:
            return
        active = {tp.partition for tp in self.app.assignor.assigned_actives()}
        figures = self.tables.recover(active)
        self._positions = {tp: pos for tp, pos in self._positions.items() if tp[1] in active}
        self.log.info(
            "statistics state recovered",
            extra={"partitions": ",".join(str(p) for p in sorted(active)), **figures},
        )

    def _lag(self) -> dict[tuple[str, int], int]:
        """High watermark (from fetch responses) minus the next offset to process, per partition."""
        out: dict[tuple[str, int], int] = {}
        consumer = getattr(self.app, "_consumer", None)
        if consumer is None:
            return out
        raw = set(self.cfg.kafka.topics.model_dump(include={"logs_raw", "spans_raw", "metrics_raw"}).values())
        try:
            assignment = consumer.assignment()
        except Exception:
            return out
        for tp in assignment:
            if tp.topic not in raw:
                continue
            try:
                highwater = consumer.highwater(tp)
            except Exception:
                continue
            position = self._positions.get((tp.topic, tp.partition))
            if highwater is None or position is None:
                continue
            out[(tp.topic, tp.partition)] = max(0, int(highwater) - position)
        return out

    def failing(self) -> dict[str, str]:
        out = self.probe.failing()
        if self.fatal:
            out["faust"] = self.fatal
        if not self.joined:
            out["consumer_group"] = f"joining {self.cfg.process.group_id}"
        elif getattr(self.app, "rebalancing", False):
            # faust pauses every stream from a rebalance's start until its tables are
            # recovered (after a broker restart, a member joining or leaving): no record moves
            out["consumer_group"] = f"rebalancing {self.cfg.process.group_id}: recovering state, records wait"
        return out

    async def _start(self) -> None:
        tune_gc(self.cfg.process.gc_threshold)
        await self.health.start()
        await self.probe.start()
        # faust's start() waits for the first rebalance; run it in the background
        # so start() returns quickly and /health/startup reports progress.
        self.spawn(self._run_faust(), "faust")
        self.spawn(self._watch_crash(), "crash-watch")
        await asyncio.sleep(0)

    async def _watch_crash(self, interval_s: float = 1.0) -> None:
        """Stop this process when faust's app has crashed (exit status 1, see :attr:`fatal`), or with
        ``exit_on_crash`` off only report it.

        faust marks its app crashed when one of its services fails for good (a table recovery that
        raised, say) and then processes nothing more while the process lives on. Stopping instead lets
        whatever supervises the processor (``sightline up``'s pool, systemd, Kubernetes) start a fresh
        one that rejoins the consumer group.
        """
        while not self.app.crashed:
            await asyncio.sleep(interval_s)
        reason = repr(getattr(self.app, "crash_reason", None))[:400]
        then = "the processor stops so that it is restarted" if self.exit_on_crash else "restart sightline to recover"
        self.fatal = f"faust crashed ({reason}); {then}"
        self.log.error("processor crashed", extra={"reason": reason, "then": then})
        if self.exit_on_crash:
            os.kill(os.getpid(), signal.SIGTERM)  # the runner's handler stops every component in order

    async def _run_faust(self) -> None:
        await self.app.start()
        self.joined = True
        if self.evaluation is not None:
            self.spawn(self.evaluation.run(), "evaluate")
        self.log.info("processor joined its consumer group", extra={"group": self.cfg.process.group_id})

    async def _stop(self) -> None:
        if self._state_timer is not None:  # messages held for a statistics write are replayed
            self._state_timer.cancel()
            self._state_timer = None
        if self._max_unacked > 1:
            # Acks are manual: messages held in a group or in flight when the tasks above were cancelled
            # are never acknowledged, and faust's stop would wait for them (stream_wait_empty) without
            # end. It commits what was acknowledged instead; the rest is replayed by the next processor.
            self._groups.clear()
            for timer in self._group_timers.values():
                timer.cancel()
            self._group_timers.clear()
            self.app.conf.stream_wait_empty = False
        try:
            await self.app.stop()
        finally:  # also when the runner gives up on a slow stop (its stop_timeout): no temp dir left
            if self._tmp_datadir is not None:
                shutil.rmtree(self._tmp_datadir, ignore_errors=True)
        await self.probe.stop()
        await self.health.stop()
