"""One raw batch through the processor's pure steps: decode → transforms → ids → statistics → encode.

No Kafka here: :class:`BatchPipeline` is what the faust agent calls per raw
message and what ``sightline bench process`` times.  Stage counters are plain
integers read by the metrics collector at scrape time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

from pipeline.log import get_logger
from pipeline.process.decode import DecodeError, assign_ids, decode_batch
from pipeline.process.stats import RollingStats, StatsHook, StatsUpdate
from pipeline.process.transforms import Transform

__all__ = ["BatchPipeline", "Processed", "RecordHook", "pack_lines", "split_encoded"]

log = get_logger("process")
RecordHook = Callable[[str, list[dict[str, Any]]], None]


@dataclass
class Processed:
    """The outcome of one raw message: records and their clean-topic message values."""

    records: list[dict[str, Any]]
    values: list[bytes]
    updates: list[StatsUpdate] = field(default_factory=list)


def pack_lines(lines: list[bytes], max_bytes: int) -> list[bytes]:
    """Clean-topic message values: NDJSON, one record a line, each value at most ``max_bytes``
    (a single line longer than that goes alone).

    >>> pack_lines([b"a" * 40] * 4, 100)
    [b'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\naaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', b'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\naaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa']
    """
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
    """

    def __init__(
        self,
        stats: RollingStats | None,
        transforms: Sequence[Transform] = (),
        hooks: Sequence[StatsHook] = (),
        record_hooks: Sequence[RecordHook] = (),
        max_message_bytes: int = 1_000_000,
    ) -> None:
        self.stats = stats
        self.transforms = list(transforms)
        self.hooks = list(hooks)
        self.record_hooks = list(record_hooks)
        self.max_message_bytes = max_message_bytes
        # (stage, signal) → records that left the stage; read at scrape time.
        self.stage_records: dict[tuple[str, str], int] = {}
        self.hook_failures = 0

    def _count(self, stage: str, signal: str, n: int) -> None:
        key = (stage, signal)
        self.stage_records[key] = self.stage_records.get(key, 0) + n

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

        Raises
        ------
        DecodeError
            When the message cannot become records, or a transform fails on it
            (reason ``transform_failed``): the caller dead-letters it.
        """
        envelope, records = decode_batch(signal, list(headers), value, key)
        self._count("decode", signal, len(records))
        for transform in self.transforms:
            try:
                records = transform(signal, records)
            except Exception as exc:  # a transform bug must not stop the consumer loop
                raise DecodeError("transform_failed", f"{getattr(transform, '__name__', transform)}: {exc}") from exc
        self._count("transform", signal, len(records))
        lines = assign_ids(records, envelope.tenant, envelope.request)  # ids and clean-topic lines: nothing below changes a record
        for record_hook in self.record_hooks:
            try:
                record_hook(signal, records)
            except Exception:
                self.hook_failures += 1
                log.exception("record hook failed")
        updates: list[StatsUpdate] = []
        if self.stats is not None:
            updates = self.stats.update(signal, records, now_ns, partition)
            self._count("stats", signal, len(records))
            for hook in self.hooks:
                try:
                    hook(updates)
                except Exception:
                    self.hook_failures += 1
                    log.exception("statistics hook failed")
        values = pack_lines(lines, self.max_message_bytes)
        return Processed(records, values, updates)
