"""Sliding windows of counts, sums and sketches for one series.  Pure numpy.

Each window (1 minute, 5 minutes, 1 hour by default) is a ring of ``slots``
sub-buckets of ``window / slots`` seconds, keyed by absolute slot number
(``time // slot``), so a slot is reused only once it has left the window.
A window's value at time ``now`` is the sum of the slots still inside it; its
rate divides by the time it covers (``(slots - 1) × slot`` plus the elapsed
part of the current slot).  Records are placed by their own (event) time,
clamped to ``now`` for clocks running ahead; records older than a window do
not count in it.

State is serialisable (:meth:`WindowedSeries.to_bytes`) for the changelog
topic of the processor's faust table, so a processor taking over a partition
resumes the windows where the previous owner left them.
"""

from __future__ import annotations

import itertools
import math
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt
import orjson

from pipeline.process.sketch import SketchMapping

__all__ = ["Addition", "WindowSpec", "WindowView", "WindowedSeries", "add_batch", "add_few", "add_many", "add_points", "few"]

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
_FORMAT = 1
_HEADER = struct.Struct("<BI")  # format version, header length


_SLOT_NS: dict[WindowSpec, IntArray] = {}


@dataclass(frozen=True)
class WindowSpec:
    """The windows every series keeps: names, lengths and slots per window."""

    names: tuple[str, ...]
    seconds: tuple[float, ...]
    slots: int

    @property
    def slot_ns(self) -> IntArray:
        """Each window's slot length in ns (one read-only array per spec: every series reads it)."""
        found: IntArray | None = self.__dict__.get("_slot_ns")  # kept on the spec: hashing it hashes its tuples
        if found is not None:
            return found
        found = _SLOT_NS.get(self)
        if found is None:
            found = np.array([int(s * 1e9) // self.slots for s in self.seconds], dtype=np.int64)
            found.flags.writeable = False
            if len(_SLOT_NS) >= 64:
                _SLOT_NS.clear()
            _SLOT_NS[self] = found
        object.__setattr__(self, "_slot_ns", found)  # not a field: left out of comparisons, hash and repr
        return found

    @classmethod
    def parse(cls, windows: Sequence[str], slots: int) -> WindowSpec:
        """From names like ``1m``, ``5m``, ``1h``, ``30s``.

        >>> WindowSpec.parse(["1m", "1h"], 6).seconds
        (60.0, 3600.0)
        """
        units = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
        seconds = []
        for name in windows:
            if len(name) < 2 or name[-1] not in units or not name[:-1].replace(".", "", 1).isdigit():
                raise ValueError(f"window {name!r} is not a number followed by s, m, h or d")
            seconds.append(float(name[:-1]) * units[name[-1]])
        return cls(tuple(windows), tuple(seconds), slots)


@dataclass
class WindowView:
    """One window of one series, read at some time."""

    count: float
    errors: float
    total: float
    minimum: float
    maximum: float
    seconds: float  # the time the window covers
    lo: int
    sketch: FloatArray | None

    @property
    def rate(self) -> float:
        return self.count / self.seconds if self.seconds > 0 else 0.0

    @property
    def error_ratio(self) -> float:
        return self.errors / self.count if self.count > 0 else 0.0

    @property
    def total_rate(self) -> float:
        return self.total / self.seconds if self.seconds > 0 else 0.0

    @property
    def mean(self) -> float:
        return self.total / self.count if self.count > 0 else float("nan")


_FEW = 4  # at most this many entries take the one-at-a-time path of WindowedSeries.add
_SHORTCUTS = True  # skip clamping, dropping and resetting when nothing needs them (off: the general path, for tests)
_CLOCK: list[Any] = [None, None, None]  # spec, now and its columns: every series of a batch reads the same


def _clock(spec: WindowSpec, slot_ns: IntArray, now_ns: int) -> tuple[IntArray, IntArray, IntArray, list[tuple[int, int]]]:
    """Column vectors of the slot lengths, the current slot number and the last slot outside each window
    at ``now_ns``, and the same as ``(slot length, last slot outside)`` integers, window by window;
    computed once for all the series a batch updates."""
    if _CLOCK[0] is not spec or _CLOCK[1] != now_ns:
        cur = now_ns // slot_ns
        oldest = cur - spec.slots
        _CLOCK[0], _CLOCK[1] = spec, now_ns
        _CLOCK[2] = (slot_ns[:, None], cur[:, None], oldest[:, None], list(zip(slot_ns.tolist(), oldest.tolist(), strict=True)))
    cached: tuple[IntArray, IntArray, IntArray, list[tuple[int, int]]] = _CLOCK[2]
    return cached


def _all_inside(times: IntArray, now_ns: int, bounds: list[tuple[int, int]]) -> bool:
    """Whether every time is at most ``now_ns`` and inside every window (nothing to clamp or drop)."""
    if times.size <= 64:  # a list's min and max cost less than two array reductions for a few entries
        listed = times.tolist()
        lo, hi = min(listed), max(listed)
    else:
        lo, hi = int(np.minimum.reduce(times)), int(np.maximum.reduce(times))
    if hi > now_ns:
        return False
    for slot, oldest in bounds:
        if lo // slot <= oldest:
            return False
    return True


_BLANK: dict[tuple[int, int], tuple[IntArray, FloatArray]] = {}
_FIELDS = 6  # a series' cells: epoch, count, errors, total, vmin, vmax, each (windows × slots)
_FILLS = (0.0, 0.0, 0.0, np.inf, -np.inf)  # what a reset slot holds in count, errors, total, vmin, vmax


def _blank(windows: int, slots: int) -> tuple[IntArray, FloatArray]:
    """A new series' cells (epoch -1, the float fields at :data:`_FILLS`) and empty sketch, to be copied."""
    found = _BLANK.get((windows, slots))
    if found is None:
        cells = np.empty((_FIELDS, windows, slots), dtype=np.int64)
        cells[0] = -1
        floats = cells[1:].view(np.float64)
        for row, fill in zip(floats, _FILLS, strict=True):
            row[...] = fill
        found = (cells, np.zeros((windows, slots, 0)))
        for arr in found:
            arr.flags.writeable = False
        _BLANK[(windows, slots)] = found
    return found


class _Cells:
    """One field of a series' cells as an attribute: read in place (a view of the series' block, made
    when first read: the batch paths and the changelog read the block itself), assigned by copying
    into the block, so the six fields stay one array (one copy in and out of a batch, one ``tobytes``
    for the changelog)."""

    def __init__(self, field: int) -> None:
        self.field = field

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        views = obj._views
        if views is None:
            cells = obj._cells
            views = obj._views = (cells[0], *cells[1:].view(np.float64))
        return views[self.field]

    def __set__(self, obj: Any, value: npt.ArrayLike) -> None:
        row = self.__get__(obj)
        if value is not row:
            row[...] = value


_EVERY: dict[tuple[int, int, int], tuple[IntArray, IntArray]] = {}


def _every(n: int, slots: int, windows: int) -> tuple[IntArray, IntArray]:
    """For ``n`` entries that all count in every window: the entry of each (window, entry) pair,
    window by window, and the offset of its window in the raveled (windows × slots) arrays."""
    key = (n, slots, windows)
    found = _EVERY.get(key)
    if found is None:
        cols = np.tile(np.arange(n, dtype=np.int64), windows)
        offsets = np.repeat(np.arange(windows, dtype=np.int64) * slots, n)
        found = (cols, offsets)
        if n <= 512:  # kept for the sizes that come again (a few kB each)
            if len(_EVERY) >= 512:
                _EVERY.clear()
            cols.flags.writeable = offsets.flags.writeable = False  # shared by every caller
            _EVERY[key] = found
    return found


class WindowedSeries:
    """Counts, errors, value sums, min/max and (optionally) a sketch per slot of every window.

    Examples
    --------
    >>> spec = WindowSpec.parse(["1m", "5m"], 6)
    >>> s = WindowedSeries(spec, SketchMapping(0.01), with_sketch=True)
    >>> now = 1_000 * 10**9
    >>> t = np.full(3, now)
    >>> s.add(t, now, errors=np.array([0.0, 1.0, 0.0]), sketch_index=s.mapping.index([10.0, 20.0, 30.0]))
    >>> v = s.view(0, now)
    >>> v.count, v.errors, round(float(s.quantiles(v, [0.5])[0]), 1)
    (3.0, 1.0, 19.9)
    >>> again = WindowedSeries.from_bytes(s.to_bytes(), spec, s.mapping)
    >>> again.view(1, now).count
    3.0
    >>> s.view(0, now + 61 * 10**9).count  # the minute has passed
    0.0
    """

    epoch = _Cells(0)
    count = _Cells(1)
    errors = _Cells(2)
    total = _Cells(3)
    vmin = _Cells(4)
    vmax = _Cells(5)

    def __init__(self, spec: WindowSpec, mapping: SketchMapping, with_sketch: bool = False) -> None:
        self.spec = spec
        self.mapping = mapping
        self._slot_ns = spec.slot_ns
        cells, sketch = _blank(len(spec.seconds), spec.slots)  # a copy of a cached block costs less than filling one
        self._bind(cells.copy())
        self.with_sketch = with_sketch
        self.lo = 0
        self.sketch = sketch.copy() if with_sketch else None
        self.last = float("nan")
        self.last_ns = 0
        self.meta: dict[str, Any] = {}  # labels, metric type, previous cumulative point

    def __getstate__(self) -> dict[str, Any]:
        """Pickles and copies hold the block, not views of it (a copy's are made from its own block)."""
        state = self.__dict__.copy()
        state["_views"] = None
        return state

    def _bind(self, cells: IntArray) -> None:
        """Hold ``cells`` (fields × windows × slots, int64; the float fields are read through a float view)."""
        self._cells = cells
        self._views: tuple[npt.NDArray[Any], ...] | None = None  # made by _Cells when a field is first read

    # -- updates --------------------------------------------------------------------------
    def _positions(self, times: IntArray, now_ns: int) -> tuple[IntArray, IntArray]:
        """Where the entries land in every window at once: for each (window, entry) that counts,
        ``cols`` names the entry and ``flat`` its slot as an index into the raveled (windows ×
        slots) arrays, window by window.  Slots that now start a newer period are reset first."""
        s = self.spec.slots
        slot_col, cur_col, oldest_col, bounds = _clock(self.spec, self._slot_ns, now_ns)
        if _SHORTCUTS and times.size and _all_inside(times, now_ns, bounds):
            # the usual case: every entry counts in every window, in the order np.nonzero gives below
            cols, offsets = _every(times.size, s, len(bounds))
            absolute = (times[None, :] // slot_col).reshape(-1)
            flat = absolute % s + offsets
        else:
            absolute = np.minimum(times[None, :] // slot_col, cur_col)
            rows, cols = np.nonzero(absolute > oldest_col)
            absolute = absolute[rows, cols]
            flat = absolute % s + rows * s
        if absolute.size:
            held = self.epoch.reshape(-1)[flat]
            if _SHORTCUTS and absolute.tobytes() == held.tobytes():  # the usual case: every slot already holds its entries' period
                return cols, flat
            # Reset every slot that now starts a newer period than the one it holds.
            newest = np.full(self.epoch.size, -1, dtype=np.int64)
            np.maximum.at(newest, flat, absolute)
            epoch = self.epoch.reshape(-1)
            stale = newest > epoch
            if stale.any():
                epoch[stale] = newest[stale]  # a view: the series' own cells
                for row, fill in zip(self._cells[1:].view(np.float64).reshape(_FIELDS - 1, -1), _FILLS, strict=True):
                    row[stale] = fill
                if self.sketch is not None and self.sketch.shape[2]:  # a sketch with no bins yet has nothing to reset
                    sk = self.sketch.reshape(-1, self.sketch.shape[2])
                    sk[stale] = 0
                    self.sketch = sk.reshape(self.sketch.shape)
            # Points older than what their slot now holds fall outside the window.
            current = absolute == epoch[flat]
            if not current.all():
                cols, flat = cols[current], flat[current]
        return cols, flat

    def _bincount(self, arr: FloatArray, flat: IntArray, weights: FloatArray | None) -> None:
        arr += np.bincount(flat, weights=weights, minlength=arr.size).reshape(arr.shape)

    def _grow(self, lo: int, hi: int) -> None:
        assert self.sketch is not None
        n = self.sketch.shape[2]
        if n and lo >= self.lo and hi < self.lo + n:
            return
        new_lo = min(lo, self.lo) if n else lo
        new_hi = max(hi, self.lo + n - 1) if n else hi
        grown = np.zeros((*self.sketch.shape[:2], new_hi - new_lo + 1))
        if n:
            grown[:, :, self.lo - new_lo : self.lo - new_lo + n] = self.sketch
        self.sketch, self.lo = grown, new_lo

    def add(
        self,
        times_ns: IntArray,
        now_ns: int,
        counts: FloatArray | None = None,
        errors: FloatArray | None = None,
        values: FloatArray | None = None,
        totals: FloatArray | None = None,
        sketch_index: IntArray | None = None,
        sketch_times: IntArray | None = None,
        sketch_counts: FloatArray | None = None,
    ) -> None:
        """Add a batch of events.

        Parameters
        ----------
        times_ns
            Event time of each entry.
        counts
            Count each entry adds (default 1).
        errors
            Errors each entry adds.
        values
            Values for min/max and, unless ``totals`` is given, the sum.
        totals
            What each entry adds to the sum (sum deltas, histogram sums).
        sketch_index, sketch_times, sketch_counts
            Sketch entries: bucket index, time (default ``times_ns``) and count (default 1).
        """
        times_ns = np.asarray(times_ns, dtype=np.int64)
        if times_ns.size <= _FEW and (sketch_index is None or self.sketch is None or not sketch_index.size):
            self._add_few(times_ns, now_ns, counts, errors, values, totals)
            return
        if sketch_index is not None and self.sketch is not None and sketch_index.size:
            self._grow(int(np.minimum.reduce(sketch_index)), int(np.maximum.reduce(sketch_index)))
        # every window at once: one set of array operations, not one per window
        cols, flat = self._positions(times_ns, now_ns)
        if flat.size:
            self._bincount(self.count, flat, None if counts is None else counts[cols])
            if errors is not None:
                self._bincount(self.errors, flat, errors[cols])
            summed = totals if totals is not None else values
            if summed is not None:
                self._bincount(self.total, flat, summed[cols])
            if values is not None:
                v = values[cols]
                np.minimum.at(self.vmin.reshape(-1), flat, v)  # views: in the series' own cells
                np.maximum.at(self.vmax.reshape(-1), flat, v)
        if sketch_index is not None and self.sketch is not None and sketch_index.size:
            if sketch_times is None:  # the entries' own times: the slots found above (nothing moved since)
                scols, sflat = cols, flat
            else:
                scols, sflat = self._positions(np.asarray(sketch_times, dtype=np.int64), now_ns)
            if sflat.size:
                n = self.sketch.shape[2]
                cells = sflat * n + (sketch_index[scols] - self.lo)
                self._bincount(self.sketch, cells, None if sketch_counts is None else sketch_counts[scols])
        if values is not None and values.size:
            last = int(times_ns.argmax())
            if times_ns[last] >= self.last_ns:
                self.last, self.last_ns = float(values[last]), int(times_ns[last])

    def _add_few(
        self,
        times_ns: IntArray,
        now_ns: int,
        counts: FloatArray | None,
        errors: FloatArray | None,
        values: FloatArray | None,
        totals: FloatArray | None,
    ) -> None:
        """:meth:`add` for a handful of entries without sketch entries, one at a time.

        The same result as the vectorised path (a slot is reset by the newest
        period that reaches it; an entry older than what its slot holds is
        dropped), without its fixed cost of some thirty array operations: a
        metric series gets one or two points a batch.
        """
        s = self.spec.slots
        times = times_ns.tolist()
        cnt = None if counts is None else np.asarray(counts, dtype=np.float64).tolist()
        err = None if errors is None else np.asarray(errors, dtype=np.float64).tolist()
        val = None if values is None else np.asarray(values, dtype=np.float64).tolist()
        summed = totals if totals is not None else values
        tot = None if summed is None else np.asarray(summed, dtype=np.float64).tolist()
        # cells read and set by (window, slot) on the 2-d arrays: a row view costs more than the cell
        epoch, count, errs, total, vmin, vmax = self.epoch, self.count, self.errors, self.total, self.vmin, self.vmax
        for w, slot in enumerate(self._slot_ns.tolist()):
            cur = now_ns // slot
            for i, t in enumerate(times):
                absolute = min(t // slot, cur)
                if absolute <= cur - s:
                    continue
                cell = (w, absolute % s)
                held = epoch.item(cell)
                if absolute > held:
                    epoch[cell] = absolute
                    count[cell] = errs[cell] = total[cell] = 0.0
                    vmin[cell], vmax[cell] = np.inf, -np.inf
                elif absolute < held:
                    continue
                count[cell] = count.item(cell) + (1.0 if cnt is None else cnt[i])
                if err is not None:
                    errs[cell] = errs.item(cell) + err[i]
                if tot is not None:
                    total[cell] = total.item(cell) + tot[i]
                if val is not None:
                    v = val[i]
                    if v < vmin.item(cell):
                        vmin[cell] = v
                    if v > vmax.item(cell):
                        vmax[cell] = v
        if val:
            last = max(range(len(times)), key=times.__getitem__)
            if times[last] >= self.last_ns:
                self.last, self.last_ns = float(val[last]), int(times[last])

    # -- reads ----------------------------------------------------------------------------
    def view(self, w: int, now_ns: int) -> WindowView:
        """Window ``w`` (an index into the spec) as seen at ``now_ns``."""
        slot = int(self._slot_ns[w])
        cur = now_ns // slot
        live = (self.epoch[w] > cur - self.spec.slots) & (self.epoch[w] <= cur)
        seconds = ((self.spec.slots - 1) * slot + (now_ns - cur * slot)) / 1e9
        sketch = self.sketch[w][live].sum(axis=0) if self.sketch is not None else None
        return WindowView(
            count=float(self.count[w][live].sum()),
            errors=float(self.errors[w][live].sum()),
            total=float(self.total[w][live].sum()),
            minimum=float(self.vmin[w][live].min()) if live.any() else float("nan"),
            maximum=float(self.vmax[w][live].max()) if live.any() else float("nan"),
            seconds=seconds,
            lo=self.lo,
            sketch=sketch,
        )

    def quantiles(self, view: WindowView, qs: Sequence[float]) -> FloatArray:
        """Quantiles of a window's sketch (NaN when it holds nothing)."""
        if view.sketch is None or view.sketch.size == 0:
            return np.full(len(qs), np.nan)
        return self.mapping.quantiles(view.lo, view.sketch, qs)

    # -- changelog --------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        """Compact state: a JSON header, the slot arrays, the sketch's non-zero cells."""
        header: dict[str, Any] = {  # after slot_ns, slots and alpha (_header_start: the same for every series)
            "lo": self.lo,
            "n": 0 if self.sketch is None else self.sketch.shape[2],
            "sk": self.sketch is not None,
            "last": None if math.isnan(self.last) else self.last,
            "last_ns": self.last_ns,
            "meta": self.meta,
        }
        # the six (windows × slots) fields one after the other: the block as it is laid out
        parts = [b"", b"", self._cells.tobytes()]
        if self.sketch is not None:
            flat = self.sketch.reshape(-1)
            nz = (flat != 0).nonzero()[0]  # the same cells (NaN is non-zero, -0.0 is not); numpy finds
            # the set items of a bool array three to four times as fast as the non-zero ones of a float array
            header["nz"] = nz.size
            parts += [nz.astype(np.uint32).tobytes(), flat[nz].tobytes()]
        head = _header_start(self.spec, self.mapping.alpha, self._slot_ns) + orjson.dumps(header)[1:]
        parts[0], parts[1] = _HEADER.pack(_FORMAT, len(head)), head
        return b"".join(parts)

    @classmethod
    def from_bytes(cls, data: bytes, spec: WindowSpec, mapping: SketchMapping) -> WindowedSeries | None:
        """State written by :meth:`to_bytes`; ``None`` if written under other windows or accuracy."""
        version, size = _HEADER.unpack_from(data)
        if version != _FORMAT:
            return None
        offset = _HEADER.size
        header = orjson.loads(data[offset : offset + size])
        offset += size
        if header["slot_ns"] != spec.slot_ns.tolist() or header["slots"] != spec.slots or header["alpha"] != mapping.alpha:
            return None
        series = cls(spec, mapping, with_sketch=header["sk"])
        w, s = series.epoch.shape
        series._cells[...] = np.frombuffer(data, np.int64, _FIELDS * w * s, offset).reshape(_FIELDS, w, s)
        offset += _FIELDS * w * s * 8
        if header["sk"]:
            n, nz = header["n"], header["nz"]
            idx = np.frombuffer(data, np.uint32, nz, offset)
            offset += nz * 4
            vals = np.frombuffer(data, np.float64, nz, offset)
            flat = np.zeros(w * s * n)
            flat[idx] = vals
            series.sketch = flat.reshape(w, s, n)
            series.lo = header["lo"]
        series.last = float("nan") if header["last"] is None else header["last"]
        series.last_ns = header["last_ns"]
        series.meta = header["meta"]
        return series


_HEADER_START: list[Any] = [None, None, b""]  # spec, alpha and their start: every series of a processor shares them


def _header_start(spec: WindowSpec, alpha: float, slot_ns: IntArray) -> bytes:
    """The start of every header :meth:`WindowedSeries.to_bytes` writes under ``spec`` and ``alpha``:
    its first three fields as orjson writes them, up to the comma before ``lo``.

    >>> spec = WindowSpec.parse(["1m"], 6)
    >>> _header_start(spec, 0.01, spec.slot_ns)
    b'{"slot_ns":[10000000000],"slots":6,"alpha":0.01,'
    """
    if _HEADER_START[0] is not spec or _HEADER_START[1] != alpha:  # by identity: a spec's hash is a tuple's
        start = orjson.dumps({"slot_ns": slot_ns.tolist(), "slots": spec.slots, "alpha": alpha})[:-1] + b","
        _HEADER_START[:] = [spec, alpha, start]
    found: bytes = _HEADER_START[2]
    return found


class Addition(NamedTuple):
    """What :func:`add_batch` adds to one series: the arguments of :meth:`WindowedSeries.add`, with
    sketch items placed by the entry they belong to (``sketch_rows``; ``None``: one item an entry)
    instead of by their own times."""

    series: WindowedSeries
    times: IntArray
    counts: FloatArray | None = None
    errors: FloatArray | None = None
    values: FloatArray | None = None
    totals: FloatArray | None = None
    sketch_index: IntArray | None = None
    sketch_rows: IntArray | None = None
    sketch_counts: FloatArray | None = None

    def add_alone(self, now_ns: int) -> None:
        """The same addition through :meth:`WindowedSeries.add` (items at their entries' times)."""
        rows = self.sketch_rows
        self.series.add(self.times, now_ns, counts=self.counts, errors=self.errors, values=self.values,
                        totals=self.totals, sketch_index=self.sketch_index,
                        sketch_times=None if rows is None else self.times[rows], sketch_counts=self.sketch_counts)


def add_many(
    entries: Sequence[tuple[WindowedSeries, IntArray, FloatArray, FloatArray | None]], now_ns: int
) -> None:
    """``series.add(times, now_ns, values=values, totals=totals)`` for each entry, at once (:func:`add_batch`).

    >>> spec = WindowSpec.parse(["1m", "5m"], 6)
    >>> mapping = SketchMapping(0.01)
    >>> now = 1_000 * 10**9
    >>> t = np.arange(now - 8 * 10**9, now, 10**9)
    >>> one, two = WindowedSeries(spec, mapping), WindowedSeries(spec, mapping)
    >>> add_many([(one, t, np.arange(8.0), None), (two, t, np.ones(8), np.full(8, 0.5))], now)
    >>> ref = WindowedSeries(spec, mapping); ref.add(t, now, values=np.arange(8.0))
    >>> one.to_bytes() == ref.to_bytes(), two.view(0, now).total, two.last
    (True, 4.0, 1.0)
    """
    add_batch([Addition(series, np.asarray(times, dtype=np.int64), values=values, totals=totals)
               for series, times, values, totals in entries], now_ns)


def add_batch(additions: Sequence[Addition], now_ns: int) -> None:
    """:meth:`Addition.add_alone` for each addition, the array work done once for all of them: a batch
    touches dozens of series, and one :meth:`WindowedSeries.add` costs some thirty array operations
    whatever its size.

    The result is the same as the calls one by one: every sum adds the same entries in the same
    order to the same slot or sketch cell, the series are reset and read as they would be.  The
    series must be distinct objects with one spec.  Those with few entries and no sketch items are
    added as :meth:`WindowedSeries.add` adds them one at a time (:func:`_add_few_all`, all of them
    at once); every series' six fields are copied out of its block and back once (:func:`_gather`).

    >>> spec = WindowSpec.parse(["1m", "5m"], 6)
    >>> mapping = SketchMapping(0.01)
    >>> now = 1_000 * 10**9
    >>> t = np.arange(now - 8 * 10**9, now, 10**9)
    >>> hist, ref = WindowedSeries(spec, mapping, True), WindowedSeries(spec, mapping, True)
    >>> items = dict(sketch_index=np.arange(16), sketch_rows=np.repeat(np.arange(8), 2))
    >>> add_batch([Addition(hist, t, counts=np.full(8, 2.0), **items)], now)
    >>> Addition(ref, t, counts=np.full(8, 2.0), **items).add_alone(now)
    >>> hist.to_bytes() == ref.to_bytes(), hist.view(0, now).count
    (True, 16.0)
    """
    batch: list[Addition] = []
    few: list[Addition] = []
    for a in additions:
        sketched = a.sketch_index is not None and a.series.sketch is not None and a.sketch_index.size > 0
        if not a.times.size:
            a.add_alone(now_ns)
        elif a.times.size <= _FEW and not sketched:
            few.append(a)
        else:
            batch.append(a)
    if few:
        _add_few_all(few, now_ns)
    if batch:
        _add_many_all(batch, now_ns)


def _gather(series: Sequence[WindowedSeries]) -> IntArray:
    """The cells of every series, one after the other: (series, fields, windows × slots)."""
    first = series[0]._cells
    joined = np.concatenate([one._cells for one in series], axis=None) if len(series) > 1 else first.reshape(-1).copy()
    return joined.reshape(len(series), _FIELDS, first[0].size)


def _scatter(series: Sequence[WindowedSeries], cells: IntArray) -> None:
    """Every series' cells back from :func:`_gather`'s array."""
    for one, mine in zip(series, cells.reshape(len(series), *series[0]._cells.shape), strict=True):
        one._cells[...] = mine


Known = tuple[FloatArray, "npt.NDArray[np.bool_] | None"]  # entries' values, and which have any (None: all)


def _add_few_all(few: Sequence[Addition], now_ns: int) -> None:
    """:func:`add_few` of additions (a handful of entries each, no sketch items)."""
    series = [a.series for a in few]
    spec = series[0].spec
    if any(one.spec != spec for one in series):
        for a in few:
            a.add_alone(now_ns)
        return
    lengths = [a.times.size for a in few]
    times = np.concatenate([a.times for a in few]) if len(few) > 1 else few[0].times
    counts = _joined([a.counts for a in few], lengths, 1.0)
    assert counts is not None  # a fill: never None
    values = _joined([a.values for a in few], lengths, None)
    add_few(series, lengths, times, now_ns, counts,
            _joined([a.errors for a in few], lengths, None),
            _joined([a.values if a.totals is None else a.totals for a in few], lengths, None), values)
    if values is not None:
        _set_last_few(series, lengths, times.tolist(), values[0].tolist(), values[1])


def add_few(series: Sequence[WindowedSeries], lengths: Sequence[int], times: IntArray, now_ns: int,
            counts: Known, errors: Known | None, totals: Known | None, values: Known | None) -> None:
    """:meth:`WindowedSeries._add_few` for every series (distinct, one spec) with a handful of
    entries each, the array work done once for all of them: ``lengths`` entries a series, the
    entries' columns one after the other, series by series, with which entries have a value (errors,
    totals and values; counts are filled); ``last`` is left to the caller.

    In rounds, the i-th entry of every series in round i, so every cell sees its entries one at a
    time and in order, as there: reset when an entry's period is newer than the slot's, dropped when
    older, min and max by ``<`` and ``>``, sums as Python adds them one after the other."""
    spec = series[0].spec
    s = spec.slots
    slot_ns = series[0]._slot_ns
    w_count = slot_ns.size
    size = w_count * s
    cur = now_ns // slot_ns  # each window's current slot number
    cells = _gather(series)
    epoch = cells[:, 0].reshape(-1)  # copies (strided): written back below
    floats = cells.view(np.float64)
    count, errs, total, vmin, vmax = (floats[:, f].reshape(-1) for f in range(1, _FIELDS))
    starts = np.zeros(len(series) + 1, dtype=np.int64)
    np.cumsum(lengths, out=starts[1:])
    series_first = np.arange(0, len(series) * size, size, dtype=np.int64)  # each series' first cell
    window_first = np.arange(0, size, s, dtype=np.int64)
    oldest = cur - s
    single = starts[-1] == len(series)  # one entry a series (the usual case): one round
    for r in range(1 if single else max(lengths)):
        which = np.arange(len(series)) if r == 0 else np.flatnonzero(np.asarray(lengths) > r)
        entry = which if single else starts[which] + r
        absolute = np.minimum(times[entry][:, None] // slot_ns, cur)  # (entries, windows)
        cell = (series_first[which][:, None] + window_first + absolute % s).reshape(-1)
        inside = (absolute > oldest).reshape(-1)
        absolute = absolute.reshape(-1)
        held = epoch[cell]
        reset = inside & (absolute > held)
        if reset.any():
            at = cell[reset]
            epoch[at] = absolute[reset]
            count[at] = errs[at] = total[at] = 0.0
            vmin[at], vmax[at] = np.inf, -np.inf
        keep = inside & (absolute >= held)
        at = cell[keep]
        src = np.repeat(entry, w_count)[keep]  # the entry of each kept (entry, window)
        count[at] += counts[0][src]
        for column, known in ((errs, errors), (total, totals)):
            if known is not None:
                some, some_src = (at, src) if known[1] is None else (at[known[1][src]], src[known[1][src]])
                column[some] += known[0][some_src]
        if values is not None:
            some, some_src = (at, src) if values[1] is None else (at[values[1][src]], src[values[1][src]])
            v = values[0][some_src]
            low, high = vmin[some], vmax[some]
            vmin[some] = np.where(v < low, v, low)
            vmax[some] = np.where(v > high, v, high)
    cells[:, 0] = epoch.reshape(len(series), size)
    for f, column in enumerate((count, errs, total, vmin, vmax), start=1):
        floats[:, f] = column.reshape(len(series), size)
    _scatter(series, cells)


def few(n: int) -> bool:
    """Whether ``n`` entries of one series take the one-at-a-time path (:func:`add_points`, :func:`add_few`)."""
    return n <= _FEW


def add_points(series: Sequence[WindowedSeries], lengths: Sequence[int], times: IntArray, values: list[float],
               totals: list[float], now_ns: int) -> None:
    """``add_batch`` of ``Addition(series, times, values=values, totals=totals)`` for every series
    (distinct, one spec, each with :func:`few` entries), from the entries' columns one after the other,
    series by series: a metric batch's gauges and sums, without an array a series.

    >>> spec = WindowSpec.parse(["1m", "5m"], 6)
    >>> mapping = SketchMapping(0.01)
    >>> now = 1_000 * 10**9
    >>> one, two, ref = WindowedSeries(spec, mapping), WindowedSeries(spec, mapping), WindowedSeries(spec, mapping)
    >>> add_points([one, two], [1, 2], np.array([now, now - 1, now], dtype=np.int64), [3.0, 1.0, 2.0], [3.0, 0.5, 0.5], now)
    >>> ref.add(np.array([now - 1, now]), now, values=np.array([1.0, 2.0]), totals=np.array([0.5, 0.5]))
    >>> two.to_bytes() == ref.to_bytes(), one.last, two.view(0, now).total
    (True, 3.0, 1.0)
    """
    add_few(series, lengths, times, now_ns, (_filled(1.0, times.size), None), None,
            (np.array(totals, dtype=np.float64), None), (np.array(values, dtype=np.float64), None))
    _set_last_few(series, lengths, times.tolist(), values, None)


def _set_last_few(series: Sequence[WindowedSeries], lengths: Sequence[int], times: list[int], values: list[float],
                  known: npt.NDArray[np.bool_] | None) -> None:
    """Each series' last value, as :meth:`WindowedSeries._add_few` sets it, from plain lists."""
    start = 0
    has = None if known is None else known.tolist()
    for one, n in zip(series, lengths, strict=True):
        stop = start + n
        if has is None or has[start]:
            last = start if n == 1 else max(range(start, stop), key=times.__getitem__)
            if times[last] >= one.last_ns:
                one.last, one.last_ns = values[last], times[last]
        start = stop


def _joined(arrays: list[FloatArray | None], lengths: list[int], fill: float | None) -> Known | None:
    """The entries' values of all series as one float array (``fill`` for series without any) and
    which entries have values (None: all of them); ``None`` when no series has any and ``fill`` is ``None``."""
    if all(arr is None for arr in arrays):
        return None if fill is None else (_filled(fill, sum(lengths)), None)
    if all(arr is not None for arr in arrays):
        return np.concatenate([arr for arr in arrays if arr is not None], dtype=np.float64), None
    parts = [_filled(0.0 if fill is None else fill, n) if arr is None else np.asarray(arr, dtype=np.float64)
             for arr, n in zip(arrays, lengths, strict=True)]
    known = np.repeat(np.array([arr is not None for arr in arrays]), lengths)
    return np.concatenate(parts), known


@dataclass
class Columns:
    """What :func:`add_columns` adds to a set of series (distinct, one spec): their entries' columns
    one after the other, series by series, and the sketch items of the series that have any.

    ``counts``: ``None`` when every entry counts 1; ``errors``, ``totals`` (what entries add to the
    sum: their values where a series has no totals) and ``values`` hold 0 for the series that
    ``has_errors``, ``has_totals`` and ``has_values`` say have none.  ``sketched`` names the series
    (positions in ``series``) with sketch items, whose sketches cover them already
    (:meth:`WindowedSeries._grow`); ``item_entry`` is the entry of each item (a position in
    ``times``), ``item_bin`` its bin in its series' sketch (index less the sketch's ``lo``),
    ``item_counts`` what it counts (``None``: 1 each).
    """

    series: list[WindowedSeries]
    lengths: list[int]
    times: IntArray
    counts: FloatArray | None = None
    errors: FloatArray | None = None
    has_errors: list[bool] | None = None
    totals: FloatArray | None = None
    has_totals: list[bool] | None = None
    values: FloatArray | None = None
    has_values: list[bool] | None = None
    sketched: list[int] | None = None
    item_entry: IntArray | None = None
    item_bin: IntArray | None = None
    item_counts: FloatArray | None = None


def _add_many_all(batch: Sequence[Addition], now_ns: int) -> None:
    """:func:`add_batch` of the additions with more than a few entries or with sketch items."""
    lengths = [a.times.size for a in batch]
    columns = Columns([a.series for a in batch], lengths,
                      np.concatenate([a.times for a in batch]) if len(batch) > 1 else batch[0].times)
    if any(a.counts is not None for a in batch):
        columns.counts = _column([a.counts for a in batch], lengths, 1.0)
    if any(a.errors is not None for a in batch):
        columns.errors = _column([a.errors for a in batch], lengths, 0.0)
        columns.has_errors = [a.errors is not None for a in batch]
    summed = [a.values if a.totals is None else a.totals for a in batch]
    if any(t is not None for t in summed):
        columns.totals = _column(summed, lengths, 0.0)
        columns.has_totals = [t is not None for t in summed]
    if any(a.values is not None for a in batch):
        columns.values = _column([a.values for a in batch], lengths, 0.0)
        columns.has_values = [a.values is not None for a in batch]
    sketched = [k for k, a in enumerate(batch)
                if a.sketch_index is not None and a.series.sketch is not None and a.sketch_index.size]
    if sketched:
        starts = [0, *itertools.accumulate(lengths)]
        entry_parts, bin_parts, count_parts = [], [], []
        weighted = any(batch[k].sketch_counts is not None for k in sketched)
        for k in sketched:
            a = batch[k]
            assert a.sketch_index is not None
            a.series._grow(int(np.minimum.reduce(a.sketch_index)), int(np.maximum.reduce(a.sketch_index)))
            m = a.sketch_index.size
            entry_parts.append(np.arange(starts[k], starts[k] + m, dtype=np.int64) if a.sketch_rows is None
                               else np.asarray(a.sketch_rows, dtype=np.int64) + starts[k])
            bin_parts.append(a.sketch_index - a.series.lo)
            if weighted:
                count_parts.append(np.ones(m) if a.sketch_counts is None else np.asarray(a.sketch_counts, dtype=np.float64))
        one = len(sketched) == 1
        columns.sketched = sketched
        columns.item_entry = entry_parts[0] if one else np.concatenate(entry_parts)
        columns.item_bin = bin_parts[0] if one else np.concatenate(bin_parts)
        columns.item_counts = None if not weighted else count_parts[0] if one else np.concatenate(count_parts)
    add_columns(columns, now_ns)


def _column(arrays: list[FloatArray | None], lengths: list[int], fill: float) -> FloatArray:
    """The entries' values of every series one after the other (``fill`` for a series without any)."""
    parts = [_filled(fill, n) if arr is None else arr for arr, n in zip(arrays, lengths, strict=True)]
    joined = np.concatenate(parts) if len(parts) > 1 else parts[0]
    return np.asarray(joined, dtype=np.float64)


def add_columns(columns: Columns, now_ns: int) -> None:
    """:func:`add_batch`'s array work for many entries a series or sketch items: every window of every
    series at once, each cell summing its entries from zero in order (``np.bincount``) before adding
    them to what it holds, min and max by ``np.minimum`` and ``np.maximum``, as :meth:`WindowedSeries.add`."""
    series_list = columns.series
    n_series = len(series_list)
    first = series_list[0]
    spec, s = first.spec, first.spec.slots
    w_count = first.epoch.shape[0]
    size = first.epoch.size  # windows × slots, the same for every series of one spec
    lengths = columns.lengths
    group = np.repeat(np.arange(0, n_series * size, size, dtype=np.int64), lengths)  # each entry's series' first slot
    times_all = columns.times
    # as WindowedSeries._positions, for the entries of every series at once (slots offset by series)
    slot_col, cur_col, oldest_col, bounds = _clock(spec, first._slot_ns, now_ns)
    cols: IntArray | None  # the entry of every (window, entry) pair that counts; None: all of them, window by window
    if _SHORTCUTS and _all_inside(times_all, now_ns, bounds):  # the usual case, as in WindowedSeries._positions
        cols = None
        absolute2d = times_all[None, :] // slot_col
        flat = (absolute2d % s + _window_starts(w_count, s) + group).reshape(-1)
        absolute = absolute2d.reshape(-1)
    else:
        absolute = np.minimum(times_all[None, :] // slot_col, cur_col)
        rows, cols = np.nonzero(absolute > oldest_col)
        absolute = absolute[rows, cols]
        flat = absolute % s + rows * s + group[cols]
    cells = _gather(series_list)  # (series, fields, windows × slots), written back at the end
    floats = cells.view(np.float64)
    epoch = cells[:, 0].reshape(-1)  # a copy (strided): written back below
    if absolute.size and (not _SHORTCUTS or absolute.tobytes() != epoch[flat].tobytes()):  # else every slot holds its entries' period
        newest = np.full(epoch.size, -1, dtype=np.int64)
        np.maximum.at(newest, flat, absolute)
        stale = newest > epoch
        if stale.any():
            epoch[stale] = newest[stale]
            by_series = stale.reshape(n_series, size)
            cells[:, 0] = epoch.reshape(n_series, size)
            for f, fill in enumerate(_FILLS, start=1):
                floats[:, f][by_series] = fill
            for k in np.flatnonzero(by_series.any(axis=1)).tolist():
                sketch = series_list[k].sketch
                if sketch is not None and sketch.shape[2]:  # a sketch with no bins yet has nothing to reset
                    sketch.reshape(-1, sketch.shape[2])[by_series[k]] = 0
        current = absolute == epoch[flat]
        if not current.all():
            if cols is None:
                cols = np.tile(np.arange(times_all.size, dtype=np.int64), w_count)
            cols, flat = cols[current], flat[current]
    if not flat.size:
        _scatter(series_list, cells)
        _set_last_columns(columns)
        return
    total = n_series * size
    shaped = (n_series, size)  # series k's cells are [k]

    def column(joined: FloatArray) -> FloatArray:
        """The value of every (window, entry) pair that counts."""
        out: FloatArray = np.concatenate([joined] * w_count) if cols is None else joined[cols]
        return out

    counts: npt.NDArray[Any]  # whole numbers (int64) when no series weighs its entries, as WindowedSeries.add adds them
    if columns.counts is not None:
        counts = np.bincount(flat, weights=column(columns.counts), minlength=total).reshape(shaped)
    else:
        counts = np.bincount(flat, minlength=total).reshape(shaped)
    floats[:, 1] += counts
    if columns.errors is not None and columns.has_errors is not None:
        errors = np.bincount(flat, weights=column(columns.errors), minlength=total).reshape(shaped)
        _add_where(floats[:, 2], errors, columns.has_errors)
    if columns.totals is not None and columns.has_totals is not None:
        sums = np.bincount(flat, weights=column(columns.totals), minlength=total).reshape(shaped)
        _add_where(floats[:, 3], sums, columns.has_totals)
    if columns.values is not None and columns.has_values is not None:
        v = column(columns.values)
        vmin, vmax = floats[:, 4].reshape(-1), floats[:, 5].reshape(-1)  # copies (strided)
        # a series without values meets the fill (0) here: its cells are not written back
        np.minimum.at(vmin, flat, v)
        np.maximum.at(vmax, flat, v)
        _set_where(floats[:, 4], vmin.reshape(shaped), columns.has_values)
        _set_where(floats[:, 5], vmax.reshape(shaped), columns.has_values)
    _scatter(series_list, cells)
    if columns.sketched:
        _add_sketches(columns, cols, flat, w_count, s, size)
    _set_last_columns(columns)


def _add_where(cells: FloatArray, added: FloatArray, which: list[bool]) -> None:
    """``cells[k] += added[k]`` for the series ``k`` that ``which`` names."""
    if all(which):
        cells += added
    else:
        rows = np.flatnonzero(which)
        cells[rows] += added[rows]


def _set_where(cells: FloatArray, new: FloatArray, which: list[bool]) -> None:
    """``cells[k] = new[k]`` for the series ``k`` that ``which`` names."""
    if all(which):
        cells[...] = new
    else:
        rows = np.flatnonzero(which)
        cells[rows] = new[rows]


_FILLED: dict[float, FloatArray] = {}


def _filled(fill: float, n: int) -> FloatArray:
    """``np.full(n, fill)`` as a read-only view of a cached array (a batch asks for dozens)."""
    found = _FILLED.get(fill)
    if found is None or found.size < n:
        found = np.full(max(n, 1024, 0 if found is None else 2 * found.size), fill)
        found.flags.writeable = False
        _FILLED[fill] = found
    return found[:n]


_STARTS: dict[tuple[int, int], IntArray] = {}


def _window_starts(windows: int, slots: int) -> IntArray:
    """The first slot of every window in a series' raveled (windows × slots) arrays, as a column."""
    found = _STARTS.get((windows, slots))
    if found is None:
        found = _STARTS[(windows, slots)] = np.arange(0, windows * slots, slots, dtype=np.int64)[:, None]
        found.flags.writeable = False
    return found


def _add_sketches(columns: Columns, cols: IntArray | None, flat: IntArray, w_count: int, s: int, size: int) -> None:
    """The sketch items of the series ``columns.sketched``, each in the slots its entry
    went to (``cols`` and ``flat`` as :func:`add_columns` found them), summed as
    :meth:`WindowedSeries.add` sums them: per cell from zero, items in order, then added to the cell.

    All series at once: the items are taken window by window and, within a window, series by series,
    so each cell (of one series, in one window) still sums its items in their order.  Only the
    slots that get items are added to: :meth:`WindowedSeries.add` adds zeros to the others, which
    leaves them as they are (a sketch cell only ever holds +0.0 or a sum of counts, never -0.0)."""
    sketched = columns.sketched
    assert sketched is not None and columns.item_entry is not None and columns.item_bin is not None
    series_list = columns.series
    n_entries = columns.times.size
    if cols is None:  # every entry counts in every window: flat is laid out (windows, entries)
        where = flat.reshape(w_count, n_entries)
    else:  # slot (into the batch's raveled arrays) of every (window, entry), -1 where the entry does not count
        where = np.full((w_count, n_entries), -1, dtype=np.int64)
        where[(flat // s) % w_count, cols] = flat
    bins_of = np.zeros(len(series_list), dtype=np.int64)  # each series' sketch width (0: no items)
    for k in sketched:
        sketch = series_list[k].sketch
        assert sketch is not None
        bins_of[k] = sketch.shape[2]
    slots = where[:, columns.item_entry]  # (windows, items)
    bins = columns.item_bin
    weights = columns.item_counts
    kept = slots >= 0
    if kept.all():
        slot = slots.reshape(-1)
        bins = np.concatenate([bins] * w_count)
        if weights is not None:
            weights = np.concatenate([weights] * w_count)
    else:
        item = np.nonzero(kept)[1]
        slot = slots[kept]
        bins = bins[item]
        if weights is not None:
            weights = weights[item]
    # the slots that get items (series by series, as slots are numbered), each a row of its series' width
    touched = np.flatnonzero(np.bincount(slot, minlength=len(series_list) * size))
    widths = bins_of[touched // size]
    row_start = np.zeros(touched.size + 1, dtype=np.int64)
    np.cumsum(widths, out=row_start[1:])
    row_of = np.empty(len(series_list) * size, dtype=np.int64)
    row_of[touched] = np.arange(touched.size, dtype=np.int64)
    summed = np.bincount(row_start[row_of[slot]] + bins, weights=weights, minlength=int(row_start[-1]))
    edges = np.searchsorted(touched, [k * size for k in sketched] + [(sketched[-1] + 1) * size]).tolist()
    row_edges = row_start[edges].tolist()
    for j, k in enumerate(sketched):
        sketch = series_list[k].sketch
        assert sketch is not None
        width = sketch.shape[2]
        first, last = edges[j], edges[j + 1]
        rows = sketch.reshape(size, width)
        rows[touched[first:last] - k * size] += summed[row_edges[j] : row_edges[j + 1]].reshape(last - first, width)


def _set_last_columns(columns: Columns) -> None:
    """Each series' last value, as :meth:`WindowedSeries.add` sets it."""
    if columns.values is None or columns.has_values is None:
        return
    start = 0
    times, values = columns.times, columns.values
    for series, n, known in zip(columns.series, columns.lengths, columns.has_values, strict=True):
        if known and n:
            last = start + int(times[start : start + n].argmax())
            if times[last] >= series.last_ns:
                series.last, series.last_ns = float(values[last]), int(times[last])
        start += n
