"""The processor's state in faust tables: written to their changelogs, adopted after a rebalance.

Two tables, both co-partitioned with the raw topics (a service's records, its
statistics and its finding state share a partition number):

- ``sightline-stats``: one entry per statistics series
  (:meth:`~pipeline.process.stats.RollingStats.take_dirty`), written before the
  batch that changed it is acknowledged;
- ``sightline-detect``: the finding step's per-service entries
  (:meth:`~pipeline.process.findings.Findings.take_dirty`), written after each
  evaluation.

Every write is *sealed* (:class:`Written`): once its entries are delivered, each
partition it touched gets a tombstone of one fixed key (:data:`SEAL_KEY`, never
a state's key), necessarily in a later batch.  The embedded broker (Tansu)
reports a partition's end as the first offset of its last batch plus one, and
faust's recovery reads a changelog up to the end it is told, so a write whose
entries went out as one batch and were the last thing on their partition was
adopted only in part by a processor taking over (series of a dead processor's
last write lost; tests/integration/test_changelog_seal.py).  After the seal the
write is no longer the partition's last batch; what a last batch may still hide
is a seal, or a write not yet sealed, whose message is then not yet acknowledged
either (its offset uncommitted: it is replayed).  On Kafka a seal costs one empty
entry per partition per write, and compaction drops it.

:meth:`StateTables.recover` runs when faust has read the changelogs after a
rebalance: state of partitions that left is dropped, state of partitions taken
over is adopted (the live state of a service that stayed here is newer than
its changelog, so its main entries are not re-read).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

from pipeline.log import get_logger
from pipeline.process.findings import Findings, is_main_entry, service_of
from pipeline.process.stats import RollingStats, SeriesKey

__all__ = ["DETECT_TABLE", "SEAL_KEY", "STATS_TABLE", "StateTables", "Written", "active_entries"]

STATS_TABLE = "sightline-stats"
SEAL_KEY = b"\x00seal"  # what a write's seal deletes on each partition it touched (no state has this key)
DETECT_TABLE = "sightline-detect"

log = get_logger("process")


def active_entries(table: Any, active: set[int]) -> Iterator[tuple[bytes, bytes, int | None]]:
    """``(key, value, partition)`` of a table's entries on the ``active`` partitions (or of unknown
    partition), skipping deleted ones: what a processor adopts after a rebalance."""
    store = table.data
    key_partition = getattr(store, "_key_partition", {})
    for raw_key, raw_value in list(store.items()):
        if raw_value is None or not isinstance(raw_key, bytes):
            continue
        partition = key_partition.get(raw_key)
        if partition is None or partition in active:
            yield raw_key, raw_value, partition


class Written:
    """The entries of one changelog write: their delivery futures, and the partitions they went to
    (each gets a seal once they are all delivered: :meth:`seal`).

    ``table`` is a faust table (``send_changelog`` and ``data``)."""

    __slots__ = ("futures", "partitions", "table")

    def __init__(self, table: Any) -> None:
        self.table = table
        self.futures: list[asyncio.Future[Any]] = []
        self.partitions: set[int] = set()

    def send(self, partition: int, key: bytes, value: bytes) -> None:
        """Queue an entry (faust's producer buffer: for callers that cannot await)."""
        self._added(self.table.send_changelog(partition, key, value), partition, key, value)

    async def send_now(self, partition: int, key: bytes, value: bytes) -> None:
        """Hand an entry to the producer at once, as the clean output is: faust's buffer behind
        :meth:`send` is drained by a task of its own, which a busy processor leaves waiting (changelog
        entries of 10-record messages took 35 ms to be delivered that way, the clean output 4 ms)."""
        table = self.table
        fut = await table.changelog_topic.send(
            key=key, value=value, partition=partition, key_serializer=table.key_serializer,
            value_serializer=table.value_serializer, callback=table._on_changelog_sent,
        )
        self._added(fut, partition, key, value)

    def _added(self, fut: asyncio.Future[Any], partition: int, key: bytes, value: bytes) -> None:
        self.futures.append(fut)
        self.table.data[key] = value
        self.partitions.add(partition)

    def failed(self) -> BaseException | None:
        """The first delivery error among the futures (all done), or ``None``."""
        for fut in self.futures:
            if fut.cancelled():
                return asyncio.CancelledError()
            if fut.exception() is not None:
                return fut.exception()
        return None

    def seal(self) -> None:
        """A tombstone of :data:`SEAL_KEY` on each partition written: call once :attr:`futures` are all
        delivered, so that it goes in a later batch than they did (see the module's docstring)."""
        for partition in sorted(self.partitions):
            self.table.send_changelog(partition, SEAL_KEY, None)

    def seal_when_delivered(self) -> None:
        """:meth:`seal` from the futures' callbacks, without waiting here (the evaluation loop's writes)."""
        self.when_delivered(self.finish)

    def when_delivered(self, then: Callable[[], None]) -> None:
        """Call ``then`` from the futures' callbacks once every entry is done (at once when there are
        none); the caller seals (:meth:`finish`)."""
        left = len(self.futures)
        if not left:
            then()
            return

        def done(_: asyncio.Future[Any]) -> None:
            nonlocal left
            left -= 1
            if not left:
                then()

        for fut in self.futures:
            fut.add_done_callback(done)

    async def delivered(self) -> None:
        """Wait for the entries, then :meth:`seal` (nothing sealed when one failed: logged)."""
        if not self.futures:
            return
        await asyncio.gather(*self.futures, return_exceptions=True)
        self.finish()

    def finish(self) -> None:
        """Once every future is done: :meth:`seal`, or log that some entries were not delivered (then
        a processor taking over adopts the state before them, as without the write)."""
        error = self.failed()
        if error is None:
            self.seal()
        else:
            log.warning("changelog entries not delivered",
                        extra={"error": type(error).__name__, "entries": len(self.futures)})


class StateTables:
    """The statistics table and the finding-state table of one faust app.

    Parameters
    ----------
    app
        The processor's faust app (tables are declared on it here).
    partitions
        Partitions of the raw topics (the tables use as many).
    stats, findings
        The state to persist; ``findings`` may be ``None`` (no table for it then).
    """

    def __init__(self, app: Any, partitions: int, stats: RollingStats, findings: Findings | None) -> None:
        self.app = app
        self.stats = stats
        self.findings = findings
        self.stats_table: Any = app.Table(
            STATS_TABLE, default=None, partitions=partitions, key_type=bytes, value_type=bytes
        )
        self.detect_table: Any = None
        if findings is not None:
            self.detect_table = app.Table(
                DETECT_TABLE, default=None, partitions=partitions, key_type=bytes, value_type=bytes
            )

    async def write_stats(self) -> Written:
        """Send the state of every series the last batch changed to the statistics changelog; the
        caller seals the write once it is delivered (:meth:`Written.delivered`, :meth:`Written.finish`)."""
        written = Written(self.stats_table)
        for partition, key, value in self.stats.take_dirty():
            await written.send_now(partition, key, value)
        return written

    def write_findings(self) -> Written | None:
        """Send the finding state changed since the last call, on each service's partition (sealed
        like :meth:`write_stats`)."""
        if self.findings is None or self.detect_table is None:
            return None
        written = Written(self.detect_table)
        partitions: dict[str, int] = {}
        for series_key, series_partition in self.stats.partition_of.items():
            partitions.setdefault(series_key.service, series_partition)
        for service, raw_key, blob in self.findings.take_dirty():
            partition = partitions.get(service)
            if partition is None:
                continue
            written.send(partition, raw_key, blob)
        return written

    def recover(self, active: set[int]) -> dict[str, Any]:
        """After a rebalance: drop series of partitions that left, adopt those of partitions taken
        over; the same for finding state.  Returns figures for the log."""
        gone = [key for key, partition in self.stats.partition_of.items() if partition not in active]
        self.stats.forget(gone)
        self.stats.drop_waiting(active)
        adopted = 0
        for raw_key, raw_value, partition in active_entries(self.stats_table, active):
            try:
                key = SeriesKey.decode(raw_key)
            except ValueError:
                continue
            if key not in self.stats.series and self.stats.load(raw_key, raw_value, partition):
                adopted += 1
        return {"adopted": adopted, "dropped": len(gone), "detection_states": self._recover_findings(active)}

    def _recover_findings(self, active: set[int]) -> int:
        """Finding and alert state follow the services' partitions, like the statistics."""
        findings = self.findings
        if findings is None or self.detect_table is None:
            return 0
        mine = {key.service for key, partition in self.stats.partition_of.items() if partition in active}
        live = findings.services
        findings.forget(live - mine)
        live &= mine
        adopted = 0
        for raw_key, blob, _ in active_entries(self.detect_table, active):
            if service_of(raw_key) in live and is_main_entry(raw_key):
                continue  # live state is newer than the changelog's
            if findings.load(raw_key, blob):
                adopted += 1
        return adopted
