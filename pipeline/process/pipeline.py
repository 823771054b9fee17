"""One raw batch through the processor's pure steps: decode → transforms → ids → statistics → encode.

No Kafka here: :class:`BatchPipeline` is what the faust agent calls per raw
message and what ``sightline bench process`` times.  Stage counters are plain
integers read by the metrics collector at scrape time.

A bad record costs only itself.  Each step runs on the whole batch; only when
it raises does the step run again record by record (decode on the message cut
into one payload per record, :mod:`pipeline.process.split`), so the record
that fails is set aside as :class:`Rejected` (the processor dead-letters it
alone, with the step and the error) and its siblings go on.  The common case
costs one ``try``.  A statistics step that failed part-way may have counted
some of the batch's records before it is run again per record: those are
counted twice (statistics are at least once, as after a replay).
"""

from __future__ import annotations

import gc
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

from pipeline.log import get_logger
from pipeline.process.decode import DecodeError, assign_ids, decode_batch
from pipeline.process.split import split_payload
from pipeline.process.stats import RollingStats, StatsHook, StatsUpdate
from pipeline.process.transforms import Transform
from schemas.raw import RawEnvelope

__all__ = [
    "BatchPipeline", "Grouped", "Processed", "RawMessage", "RecordHook", "Rejected", "pack_lines", "split_encoded", "tune_gc",
]

log = get_logger("process")


def tune_gc(threshold: int) -> None:
    """Collect Python's youngest generation every ``threshold`` allocations (``process.gc_threshold``).

    A batch allocates a few dicts per record, so at Python's default (700) the
    cyclic collector ran hundreds of times per 100,000 records, about 1 us a
    record; the records themselves hold no cycles.  The objects alive at start
    (modules, config, compiled rules) are frozen out of every collection.
    ``0`` leaves Python's settings alone.

    >>> before = gc.get_threshold()
    >>> tune_gc(10_000); gc.get_threshold()[0]
    10000
    >>> gc.set_threshold(*before); gc.unfreeze()
    """
    if threshold <= 0:
        return
    gc.collect()
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(threshold, older, oldest)
RecordHook = Callable[[str, list[dict[str, Any]]], None]


@dataclass
class Rejected:
    """One record a step could not carry: dead-lettered alone, its siblings go on.

    ``reason`` is a short label (a decode reason, or ``transform_failed``,
    ``encode_failed``, ``too_large``, ``stats_failed``); ``payload`` is the record's own
    piece of the raw message (decode) or the record as JSON (later steps).
    """

    reason: str
    message: str
    payload: bytes


@dataclass
class Processed:
    """The outcome of one raw message: records, their clean-topic message values, and the records
    set aside."""

    records: list[dict[str, Any]]
    values: list[bytes]
    updates: list[StatsUpdate] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


@dataclass
class RawMessage:
    """One raw message of a group (:meth:`BatchPipeline.process_group`)."""

    headers: list[tuple[str, bytes]]
    value: bytes
    key: bytes | None


@dataclass
class Grouped:
    """The outcome of a group of raw messages of one signal, processed as one batch.

    ``values`` are the clean-topic message values with the key of the raw messages their records
    came from (each value holds one key's records); ``rejected`` and ``failed`` name the message
    (its index in the group) a record or a whole message came from."""

    records: list[dict[str, Any]]
    values: list[tuple[bytes | None, bytes]]
    updates: list[StatsUpdate] = field(default_factory=list)
    rejected: list[tuple[int, Rejected]] = field(default_factory=list)
    failed: list[tuple[int, DecodeError]] = field(default_factory=list)


def _failure(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _record_bytes(record: dict[str, Any]) -> bytes:
    """A record as JSON for a dead-letter preview (its ``repr`` when JSON cannot hold it)."""
    try:
        return orjson.dumps(record, default=str)
    except Exception:
        return repr(record).encode("utf-8", "replace")


def _partitions_of(partition: int | Sequence[int], owners: list[int]) -> int | list[int]:
    """The records' partition: one number when their messages share it, else each record's."""
    if isinstance(partition, int):
        return partition
    first = partition[owners[0]] if owners else 0
    if all(partition[owner] == first for owner in owners):
        return first
    return [partition[owner] for owner in owners]


def pack_lines(lines: list[bytes], max_bytes: int) -> list[bytes]:
    """Clean-topic message values: NDJSON, one record a line, each value at most ``max_bytes``
    (a single line longer than that goes alone).

    >>> pack_lines([b"a" * 40] * 4, 100)
    [b'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\naaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', b'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\naaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa']
    """
    if len(lines) - 1 + sum(map(len, lines)) <= max_bytes:  # the usual case: the batch fits in one value
        return [b"\n".join(lines)] if lines else []
    out: list[bytes] = []
    start, size = 0, -1
    for i, line in enumerate(lines):
        if i > start and size + 1 + len(line) > max_bytes:
            out.append(b"\n".join(lines[start:i]))
            start, size = i, -1
        size += 1 + len(line)
    if lines:
        out.append(b"\n".join(lines[start:]))
    return out


def split_encoded(records: list[dict[str, Any]], max_bytes: int) -> list[bytes]:
    """One JSON array per clean-topic message; split in halves while above ``max_bytes``.

    >>> [len(v) for v in split_encoded([{"a": "x" * 40}] * 4, 100)]
    [99, 99]
    """
    if not records:
        return []
    value = orjson.dumps(records)
    if len(value) <= max_bytes or len(records) == 1:
        return [value]
    half = len(records) // 2
    return split_encoded(records[:half], max_bytes) + split_encoded(records[half:], max_bytes)


class BatchPipeline:
    """The processor's steps for one raw message.

    Parameters
    ----------
    stats
        Rolling statistics to update, or ``None`` to keep none.
    transforms
        Run in order after decode (redaction first): see :mod:`pipeline.process.transforms`.
    hooks
        Called with every batch's :class:`StatsUpdate` list (finding sources subscribe here).
    record_hooks
        Called with ``(signal, records)`` once records are redacted and have
        ids (template mining).
    max_message_bytes
        Clean-topic messages are split below this size.
    max_record_bytes
        A record whose clean-topic line is longer cannot be produced at all
        (the producer refuses a message over ``kafka.max_message_bytes``): it
        is set aside (``too_large``) instead of failing its batch.
    stage_clock
        A clock (``time.process_time``) to time each step with: the seconds go to
        :attr:`stage_seconds` by ``(step, signal)`` (``sightline bench process --stages``).
        ``None`` (a processor): nothing is timed.
    """

    def __init__(
        self,
        stats: RollingStats | None,
        transforms: Sequence[Transform] = (),
        hooks: Sequence[StatsHook] = (),
        record_hooks: Sequence[RecordHook] = (),
        max_message_bytes: int = 1_000_000,
        max_record_bytes: int | None = None,
        stage_clock: Callable[[], float] | None = None,
    ) -> None:
        self.stats = stats
        self.transforms = list(transforms)
        self.hooks = list(hooks)
        self.record_hooks = list(record_hooks)
        self.max_message_bytes = max_message_bytes
        self.max_record_bytes = max_record_bytes
        # (stage, signal) → records that left the stage; read at scrape time.
        self.stage_records: dict[tuple[str, str], int] = {}
        self.stage_clock = stage_clock
        self.stage_seconds: dict[tuple[str, str], float] = {}
        self.hook_failures = 0

    def _count(self, stage: str, signal: str, n: int) -> None:
        key = (stage, signal)
        self.stage_records[key] = self.stage_records.get(key, 0) + n

    def _lap(self, stage: str, signal: str, since: float) -> float:
        """Add the time since ``since`` to ``stage``'s; the clock's reading now (only with a ``stage_clock``)."""
        clock = self.stage_clock
        assert clock is not None
        now = clock()
        key = (stage, signal)
        self.stage_seconds[key] = self.stage_seconds.get(key, 0.0) + now - since
        return now

    def process(
        self,
        signal: str,
        headers: Sequence[tuple[str, bytes]],
        value: bytes,
        key: bytes | None,
        now_ns: int,
        partition: int = 0,
    ) -> Processed:
        """Decode, transform, id, count and encode one raw message.

        Records that fail a step are in :attr:`Processed.rejected`; the others are processed.

        Raises
        ------
        DecodeError
            When the message as a whole cannot become records (bad envelope,
            not JSON or protobuf, every record failing): the caller
            dead-letters it.
        """
        grouped = self.process_group(signal, [RawMessage(list(headers), value, key)], now_ns, partition)
        if grouped.failed:
            raise grouped.failed[0][1]
        return Processed(grouped.records, [v for _, v in grouped.values], grouped.updates,
                         [rejected for _, rejected in grouped.rejected])

    def process_group(
        self, signal: str, messages: Sequence[RawMessage], now_ns: int, partition: int | Sequence[int] = 0
    ) -> Grouped:
        """:meth:`process` for several raw messages of one signal at once: each is decoded and given
        ids with its own envelope, and the steps that cost per call as much as per record (the
        transforms, record hooks, statistics and their hooks) run once for all of them, so many small
        messages cost about what one large one does.  ``partition``: the messages' partition, or each
        message's (a sequence as long as ``messages``): the statistics step gets each record's, since
        a series belongs to its records' partition (its changelog entries go there).

        A transform runs on all the records at once only when it hands back the very records it
        got, in place and in order (the redactor does); otherwise it runs message by message, so a
        record never changes message (and tenant).  A message that cannot become records fails
        alone (:attr:`Grouped.failed`), as :meth:`process` raises for it.
        """
        clock = self.stage_clock
        t = clock() if clock is not None else 0.0
        rejected: list[tuple[int, Rejected]] = []
        failed: list[tuple[int, DecodeError]] = []
        segments: list[tuple[int, RawEnvelope, list[dict[str, Any]]]] = []
        for i, message in enumerate(messages):
            mine: list[Rejected] = []
            try:
                envelope, decoded = self._decode(signal, message.headers, message.value, message.key, mine)
            except DecodeError as exc:
                failed.append((i, exc))
                continue
            rejected.extend((i, r) for r in mine)
            segments.append((i, envelope, decoded))
        self._count("decode", signal, sum(len(seg[2]) for seg in segments))
        if clock is not None:
            t = self._lap("decode", signal, t)
        for transform in self.transforms:
            segments = self._transform_segments(transform, signal, segments, rejected)
        self._count("transform", signal, sum(len(seg[2]) for seg in segments))
        if clock is not None:
            t = self._lap("transforms", signal, t)
        records: list[dict[str, Any]] = []
        lines: list[bytes] = []
        owners: list[int] = []  # the message of each record
        limit = self.max_record_bytes
        for i, envelope, decoded in segments:
            mine = []
            kept, kept_lines = self._ids(decoded, envelope, mine)
            if limit is not None and kept_lines and max(map(len, kept_lines)) > limit:
                kept, kept_lines = self._too_large(kept, kept_lines, limit, mine)
            rejected.extend((i, r) for r in mine)
            records += kept
            lines += kept_lines
            owners += [i] * len(kept)
        if clock is not None:
            t = self._lap("ids", signal, t)
        self._record_hooks(signal, records)
        if clock is not None:
            t = self._lap("record hooks", signal, t)
        updates: list[StatsUpdate] = []
        if self.stats is not None:
            updates, records, lines, owners = self._stats_owned(
                signal, records, lines, owners, now_ns, _partitions_of(partition, owners), rejected
            )
            self._count("stats", signal, len(records))
            if clock is not None:
                t = self._lap("statistics", signal, t)
            self._stats_hooks(updates)
            if clock is not None:
                t = self._lap("statistics hooks", signal, t)
        values: list[tuple[bytes | None, bytes]] = []
        if len(messages) == 1:
            by_key = {messages[0].key: lines}
        else:
            by_key = {}
            for owner, line in zip(owners, lines, strict=True):
                by_key.setdefault(messages[owner].key, []).append(line)
        for key, key_lines in by_key.items():
            values += [(key, value) for value in pack_lines(key_lines, self.max_message_bytes)]
        if clock is not None:
            self._lap("pack", signal, t)
        if rejected:
            self._count("rejected", signal, len(rejected))
        return Grouped(records, values, updates, rejected, failed)

    def _record_hooks(self, signal: str, records: list[dict[str, Any]]) -> None:
        for record_hook in self.record_hooks:
            try:
                record_hook(signal, records)
            except Exception:
                self.hook_failures += 1
                log.exception("record hook failed")

    def _stats_hooks(self, updates: list[StatsUpdate]) -> None:
        for hook in self.hooks:
            try:
                hook(updates)
            except Exception:
                self.hook_failures += 1
                log.exception("statistics hook failed")

    def _transform_segments(
        self,
        transform: Transform,
        signal: str,
        segments: list[tuple[int, RawEnvelope, list[dict[str, Any]]]],
        rejected: list[tuple[int, Rejected]],
    ) -> list[tuple[int, RawEnvelope, list[dict[str, Any]]]]:
        if len(segments) > 1:
            together = [record for segment in segments for record in segment[2]]
            before = list(together)
            try:
                out = transform(signal, together)
            except Exception:
                out = None
            # the very records, in order: each still belongs to its message (checked by identity)
            if out is not None and len(out) == len(before) and all(map(operator.is_, out, before)):
                return segments
        done = []
        for i, envelope, decoded in segments:
            mine: list[Rejected] = []
            decoded = self._transform(transform, signal, decoded, mine)
            rejected.extend((i, r) for r in mine)
            done.append((i, envelope, decoded))
        return done

    def _stats_owned(
        self,
        signal: str,
        records: list[dict[str, Any]],
        lines: list[bytes],
        owners: list[int],
        now_ns: int,
        partition: int | list[int],
        rejected: list[tuple[int, Rejected]],
    ) -> tuple[list[StatsUpdate], list[dict[str, Any]], list[bytes], list[int]]:
        """:meth:`_stats` keeping each record's message beside it."""
        assert self.stats is not None
        mine: list[Rejected] = []
        updates, kept, kept_lines = self._stats(self.stats, signal, records, lines, now_ns, partition, mine)
        if not mine:
            return updates, kept, kept_lines, owners
        kept_ids = {id(record) for record in kept}
        gone = [owner for record, owner in zip(records, owners, strict=True) if id(record) not in kept_ids]
        rejected.extend(zip(gone, mine, strict=True))
        return updates, kept, kept_lines, [owner for record, owner in zip(records, owners, strict=True) if id(record) in kept_ids]

    # -- steps: the batch at once; record by record only when that raises ---------------------
    @staticmethod
    def _decode(
        signal: str, headers: list[tuple[str, bytes]], value: bytes, key: bytes | None, rejected: list[Rejected]
    ) -> tuple[RawEnvelope, list[dict[str, Any]]]:
        try:
            return decode_batch(signal, headers, value, key)
        except DecodeError as exc:
            failed = exc
        except Exception as exc:  # a decoder bug: the message fails, the agent does not
            failed = DecodeError("decode_failed", _failure(exc))
        if failed.reason in ("bad_envelope", "unknown_signal"):
            raise failed
        envelope = RawEnvelope.from_headers(headers)  # decode_batch read it already
        pieces = split_payload(signal, envelope.format, value)
        if pieces is None or len(pieces) < 2:
            raise failed  # nothing to tell apart: the message is the record
        records: list[dict[str, Any]] = []
        mine: list[Rejected] = []
        for piece in pieces:
            try:
                records.extend(decode_batch(signal, headers, piece, key)[1])
            except DecodeError as exc:
                mine.append(Rejected(exc.reason, str(exc), piece))
            except Exception as exc:
                mine.append(Rejected("decode_failed", _failure(exc), piece))
        if not records:
            raise failed  # every record failed: one dead letter for the message, as it came
        rejected.extend(mine)
        return envelope, records

    @staticmethod
    def _transform(
        transform: Transform, signal: str, records: list[dict[str, Any]], rejected: list[Rejected]
    ) -> list[dict[str, Any]]:
        try:
            return transform(signal, records)
        except Exception:
            pass
        name = getattr(transform, "__name__", type(transform).__name__)
        out: list[dict[str, Any]] = []
        for record in records:
            try:
                out.extend(transform(signal, [record]))
            except Exception as exc:
                rejected.append(Rejected("transform_failed", f"{name}: {_failure(exc)}", _record_bytes(record)))
        return out

    @staticmethod
    def _ids(
        records: list[dict[str, Any]], envelope: RawEnvelope, rejected: list[Rejected]
    ) -> tuple[list[dict[str, Any]], list[bytes]]:
        try:
            return records, assign_ids(records, envelope.tenant, envelope.request)
        except Exception:
            pass
        # one at a time, each with its place in the origin: identical records keep distinct ids
        origin = envelope.request
        keep: list[dict[str, Any]] = []
        lines: list[bytes] = []
        for place, record in enumerate(records):
            try:
                lines.extend(assign_ids([record], envelope.tenant, f"{origin}.{place}" if origin else None))
            except Exception as exc:
                rejected.append(Rejected("encode_failed", _failure(exc), _record_bytes(record)))
                continue
            keep.append(record)
        return keep, lines

    @staticmethod
    def _too_large(
        records: list[dict[str, Any]], lines: list[bytes], limit: int, rejected: list[Rejected]
    ) -> tuple[list[dict[str, Any]], list[bytes]]:
        keep: list[dict[str, Any]] = []
        keep_lines: list[bytes] = []
        for record, line in zip(records, lines, strict=True):
            if len(line) > limit:
                rejected.append(Rejected("too_large", f"record of {len(line)} bytes; the limit is {limit}", line))
            else:
                keep.append(record)
                keep_lines.append(line)
        return keep, keep_lines

    @staticmethod
    def _stats(
        stats: RollingStats,
        signal: str,
        records: list[dict[str, Any]],
        lines: list[bytes],
        now_ns: int,
        partition: int | list[int],
        rejected: list[Rejected],
    ) -> tuple[list[StatsUpdate], list[dict[str, Any]], list[bytes]]:
        try:
            return stats.update(signal, records, now_ns, partition), records, lines
        except Exception:
            pass
        updates: list[StatsUpdate] = []
        keep: list[dict[str, Any]] = []
        keep_lines: list[bytes] = []
        parts = [partition] * len(records) if isinstance(partition, int) else partition
        for record, line, part in zip(records, lines, parts, strict=True):
            try:
                updates.extend(stats.update(signal, [record], now_ns, part))
            except Exception as exc:
                rejected.append(Rejected("stats_failed", _failure(exc), line))
                continue
            keep.append(record)
            keep_lines.append(line)
        return updates, keep, keep_lines
