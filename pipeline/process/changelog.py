"""The processor's state in faust tables: written to their changelogs, adopted after a rebalance.

Two tables, both co-partitioned with the raw topics (a service's records, its
statistics and its finding state share a partition number):

- ``sightline-stats``: one entry per statistics series
  (:meth:`~pipeline.process.stats.RollingStats.take_dirty`), written before the
  batch that changed it is acknowledged;
- ``sightline-detect``: the finding step's per-service entries
  (:meth:`~pipeline.process.findings.Findings.take_dirty`), written after each
  evaluation.

:meth:`StateTables.recover` runs when faust has read the changelogs after a
rebalance: state of partitions that left is dropped, state of partitions taken
over is adopted (the live state of a service that stayed here is newer than
its changelog, so its main entries are not re-read).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pipeline.log import get_logger
from pipeline.process.findings import Findings, is_main_entry, service_of
from pipeline.process.stats import RollingStats, SeriesKey

__all__ = ["DETECT_TABLE", "STATS_TABLE", "StateTables", "active_entries"]

STATS_TABLE = "sightline-stats"
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

    def write_stats(self) -> None:
        """Send the state of every series the last batch changed to the statistics changelog."""
        for partition, key, value in self.stats.take_dirty():
            self.stats_table.send_changelog(partition, key, value)
            self.stats_table.data[key] = value

    def write_findings(self) -> None:
        """Send the finding state changed since the last call, on each service's partition."""
        if self.findings is None or self.detect_table is None:
            return
        partitions: dict[str, int] = {}
        for series_key, series_partition in self.stats.partition_of.items():
            partitions.setdefault(series_key.service, series_partition)
        for service, raw_key, blob in self.findings.take_dirty():
            partition = partitions.get(service)
            if partition is None:
                continue
            self.detect_table.send_changelog(partition, raw_key, blob)
            self.detect_table.data[raw_key] = blob

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
