"""The samples a PromQL expression reads: one bounded buffer per series.

A series is identified by its labels, ``__name__`` included, as a sorted tuple
of ``(name, value)`` pairs (hashable, cheap to compare).  Each series keeps
its samples in two parallel arrays (timestamps in milliseconds, values), in
time order; samples older than ``retention_ms`` before the newest one are
dropped in bulk, so memory per series is bounded by the retention and the
series' own sample rate.

Prometheus's staleness marker (a NaN with a fixed bit pattern) is kept like any
sample; selectors treat it as "no value", as Prometheus does.

>>> store = SeriesStore(retention_ms=600_000)
>>> store.append({"__name__": "up", "job": "api"}, 1_000, 1.0)
True
>>> store.append({"__name__": "up", "job": "api"}, 500, 1.0)  # out of order: refused
False
>>> [dict(labels) for labels, _ in store.series_named("up")]
[{'__name__': 'up', 'job': 'api'}]
"""

from __future__ import annotations

import struct
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping

__all__ = ["STALE_NAN", "Labels", "Series", "SeriesStore", "is_stale", "labels_of"]

Labels = tuple[tuple[str, str], ...]

# Prometheus's staleness marker: value.StaleNaN, bits 0x7ff0000000000002.
STALE_NAN: float = struct.unpack("<d", struct.pack("<Q", 0x7FF0000000000002))[0]
_STALE_BITS = struct.pack("<d", STALE_NAN)


def is_stale(value: float) -> bool:
    """True for Prometheus's staleness marker (not for other NaNs).

    >>> is_stale(STALE_NAN), is_stale(float("nan")), is_stale(1.0)
    (True, False, False)
    """
    return value != value and struct.pack("<d", value) == _STALE_BITS


def labels_of(mapping: Mapping[str, str]) -> Labels:
    """The canonical, hashable form of a label set (empty values dropped, as Prometheus does).

    >>> labels_of({"job": "api", "__name__": "up", "empty": ""})
    (('__name__', 'up'), ('job', 'api'))
    """
    return tuple(sorted((k, v) for k, v in mapping.items() if v != ""))


class Series:
    """One series' samples: timestamps (ms) and values, in time order."""

    __slots__ = ("labels", "start", "ts", "vs")

    def __init__(self, labels: Labels) -> None:
        self.labels = labels
        self.ts = array("q")
        self.vs = array("d")
        self.start = 0  # samples before this index are expired

    def __len__(self) -> int:
        return len(self.ts) - self.start

    def last_at_or_before(self, t_ms: int) -> int:
        """Index of the newest sample at or before ``t_ms``, or -1."""
        i = bisect_right(self.ts, t_ms, lo=self.start) - 1
        return i if i >= self.start else -1

    def window(self, lo_ms: int, hi_ms: int) -> tuple[list[int], list[float]]:
        """Samples with ``lo_ms <= t <= hi_ms``, staleness markers left out."""
        i = bisect_left(self.ts, lo_ms, lo=self.start)
        j = bisect_right(self.ts, hi_ms, lo=i)
        ts = self.ts[i:j].tolist()
        vs = self.vs[i:j].tolist()
        if any(v != v for v in vs):
            keep = [k for k, v in enumerate(vs) if not is_stale(v)]
            ts = [ts[k] for k in keep]
            vs = [vs[k] for k in keep]
        return ts, vs

    def expire(self, before_ms: int) -> None:
        self.start = max(self.start, bisect_left(self.ts, before_ms, lo=self.start))
        if self.start > 64 and self.start * 2 > len(self.ts):
            del self.ts[: self.start]
            del self.vs[: self.start]
            self.start = 0


class SeriesStore:
    """Every series an expression can select, indexed by metric name.

    Parameters
    ----------
    retention_ms:
        How far back from a series' newest sample its samples are kept; at
        least the longest range any rule reads plus the lookback delta.
    max_series:
        Series held at most; appends of new series beyond it are refused
        (counted in :attr:`refused_series`), existing ones go on.
    """

    def __init__(self, retention_ms: int = 3_600_000, max_series: int = 100_000) -> None:
        self.retention_ms = retention_ms
        self.max_series = max_series
        self._by_name: dict[str, dict[Labels, Series]] = {}
        self._count = 0
        self.refused_series = 0
        self.out_of_order = 0

    def __len__(self) -> int:
        return self._count

    def append(self, labels: Mapping[str, str] | Labels, t_ms: int, value: float) -> bool:
        """Add one sample; False when it is older than the series' newest or the series cap is hit."""
        key = labels if isinstance(labels, tuple) else labels_of(labels)
        name = next((v for k, v in key if k == "__name__"), "")
        family = self._by_name.get(name)
        if family is None:
            family = self._by_name[name] = {}
        series = family.get(key)
        if series is None:
            if self._count >= self.max_series:
                self.refused_series += 1
                return False
            series = family[key] = Series(key)
            self._count += 1
        elif len(series.ts) and t_ms <= series.ts[-1]:
            if t_ms == series.ts[-1]:
                series.vs[-1] = value  # a re-sent sample replaces the one at that time
                return True
            self.out_of_order += 1
            return False
        series.ts.append(t_ms)
        series.vs.append(value)
        if len(series.ts) - series.start > 32 and series.ts[series.start] < t_ms - self.retention_ms:
            series.expire(t_ms - self.retention_ms)
        return True

    def extend(self, samples: Iterable[tuple[Mapping[str, str] | Labels, int, float]]) -> int:
        """Append many samples; returns how many were taken."""
        return sum(self.append(labels, t, v) for labels, t, v in samples)

    def series_named(self, name: str | None) -> Iterator[tuple[Labels, Series]]:
        """Series of one metric name, or of every name when ``name`` is None."""
        if name is not None:
            yield from self._by_name.get(name, {}).items()
            return
        for family in self._by_name.values():
            yield from family.items()

    def forget_before(self, t_ms: int) -> int:
        """Drop series whose newest sample is older than ``t_ms``; returns how many."""
        dropped = 0
        for name in list(self._by_name):
            family = self._by_name[name]
            for key in [k for k, s in family.items() if not len(s) or s.ts[-1] < t_ms]:
                del family[key]
                dropped += 1
            if not family:
                del self._by_name[name]
        self._count -= dropped
        return dropped
