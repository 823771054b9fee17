"""Rolling statistics per service and operation, per log level, per error type, per metric series.

Pure: no Kafka.  :meth:`RollingStats.update` takes one decoded batch and adds
it, vectorised, to the windowed series it touches (:mod:`pipeline.process.windows`):

- ``op``: spans per (service, operation): requests, errors (status error or
  HTTP 5xx), latency sketch in milliseconds;
- ``log``: log records per (service, level), errors = ERROR and above;
- ``err``: errors per (service, error type) from spans and logs
  (``exception.type``, ``error.type``, else ``HTTP 5xx`` / ``span_status_error``
  / ``log_error``), a failure reported by its span and its logs counted once (an
  error log written inside a span waits for it, ``log_error_wait_s``, and the
  failure takes the most telling type of the two);
- ``metric``: every OTLP metric series per (service, metric, series id):
  gauges (last, mean, min, max), sums as rates (cumulative sums differenced,
  resets detected), histograms and exponential histograms as quantiles
  (buckets folded into the sketch at their midpoints; an explicit-bucket point
  with min and max has each bucket spread through its range clamped to [min,
  max], :meth:`RollingStats._bounded_items`), summaries as count and sum rates
  plus their last quantiles.

Label cardinality is capped per processor: past ``max_services`` services,
``max_operations_per_service`` operations (and so on) new values are tracked as
``other`` and the overflow is counted.  Every update returns
:class:`StatsUpdate` objects: the hook that detectors subscribe to.
"""

from __future__ import annotations

import itertools
import math
import operator
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from pipeline.process.config import StatsConfig
from pipeline.process.operations import error_type
from pipeline.process.sketch import SketchMapping
from pipeline.process.windows import (
    Addition,
    Columns,
    WindowedSeries,
    WindowSpec,
    add_batch,
    add_columns,
    add_points,
    few,
)

__all__ = ["OTHER", "OVERFLOW", "RollingStats", "SeriesKey", "StatsHook", "StatsUpdate", "level_name"]

OTHER = "other"
OVERFLOW = "overflow"  # the type of a service's ``other`` metric series: points counted, values not kept
_SEP = "\x1f"
_LEVELS = ((21, "FATAL"), (17, "ERROR"), (13, "WARN"), (9, "INFO"), (5, "DEBUG"), (1, "TRACE"))
_SAMPLES = 5


def level_name(severity_number: int) -> str:
    """The level of an OpenTelemetry severity number (``UNSET`` for 0).

    >>> level_name(18), level_name(0)
    ('ERROR', 'UNSET')
    """
    for floor, name in _LEVELS:
        if severity_number >= floor:
            return name
    return "UNSET"


@dataclass(frozen=True, slots=True)
class SeriesKey:
    """What a series is about: kind (op, log, err, metric), service, name, metric series id, and the
    service's ``deployment.environment`` ("" when the sender names none), so production and staging of
    one service keep their own baselines and alerts.

    Its hash is computed once, at construction: a series update looks its key up about seven times
    (series, partitions, dirty set, changelog), and the dataclass's own ``__hash__`` builds and
    hashes a tuple each time.  ``_hash`` is left out of comparisons, of ``repr``, of orjson's output
    (which skips names starting with ``_``) and of pickles (recomputed on load: string hashes differ
    from process to process).

    >>> key = SeriesKey("op", "api", "GET /")
    >>> hash(key) == hash(SeriesKey("op", "api", "GET /")) and key == SeriesKey("op", "api", "GET /")
    True
    >>> import orjson; orjson.dumps(key)
    b'{"kind":"op","service":"api","name":"GET /","series":"","environment":""}'
    """

    kind: str
    service: str
    name: str
    series: str = ""
    environment: str = ""
    _hash: int = field(init=False, repr=False, compare=False, default=0)
    _raw: bytes | None = field(init=False, repr=False, compare=False, default=None)  # encode()'s, once asked for

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.kind, self.service, self.name, self.series, self.environment)))

    def __hash__(self) -> int:
        return self._hash

    def __getstate__(self) -> list[str]:
        return [self.kind, self.service, self.name, self.series, self.environment]

    def __setstate__(self, state: list[Any]) -> None:
        """A pickled key: its fields, as pickles made before the cached hash hold them too (four of them
        before environments)."""
        kind, service, name, series, environment = (*state, "", "")[:5]
        for attribute, value in (("kind", kind), ("service", service), ("name", name), ("series", series),
                                 ("environment", environment), ("_raw", None)):
            object.__setattr__(self, attribute, value)
        self.__post_init__()

    def encode(self) -> bytes:
        """The key's bytes in the changelog (kept once made: a metric series' key is written every batch it changes)."""
        raw = self._raw
        if raw is None:
            parts = (self.kind, self.service, self.name, self.series)
            raw = _SEP.join((*parts, self.environment) if self.environment else parts).encode()
            object.__setattr__(self, "_raw", raw)
        return raw

    @classmethod
    def decode(cls, raw: bytes) -> SeriesKey:
        """The key :meth:`encode` wrote (keys written before environments existed have four parts).

        >>> SeriesKey.decode(SeriesKey("op", "api", "GET /", "", "staging").encode()).environment
        'staging'
        >>> SeriesKey.decode(SeriesKey("op", "api", "GET /").encode())
        SeriesKey(kind='op', service='api', name='GET /', series='', environment='')
        """
        return cls(*raw.decode().split(_SEP))


@dataclass
class StatsUpdate:
    """What one batch added to one series; ``series`` can be read for any window.

    ``record_ids`` and ``trace_ids`` sample the batch's error records (evidence
    for alerts).
    """

    key: SeriesKey
    series: WindowedSeries
    time_ns: int
    count: float
    errors: float
    record_ids: list[str] = field(default_factory=list)
    trace_ids: list[str] = field(default_factory=list)
    # the event times (ns) of the batch's errors and what each counts for: a batch that arrives late
    # spans several windows, and error spikes are counted in the windows the errors happened in
    error_times: npt.NDArray[np.int64] | None = None
    error_counts: npt.NDArray[np.float64] | None = None
    # when the batch was processed (the ``now_ns`` it was counted at): a series is alive when its
    # records arrive, whatever times they carry (a shipper catching up, a client's clock behind)
    received_ns: int = 0


StatsHook = Callable[[Sequence[StatsUpdate]], None]


_UNSET = object()


def _status_code(attrs: dict[str, Any]) -> int:
    code = attrs.get("http.response.status_code", attrs.get("http.status_code"))
    if isinstance(code, int):
        return code
    if isinstance(code, str) and code.isdigit():
        return int(code)
    return 0


def _explicit_entries(bounds: list[float], counts: Sequence[float], lo: float | None, hi: float | None) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Explicit buckets → (representative values, counts): midpoints, outer buckets at their bound (or min/max)."""
    c = np.asarray(counts, dtype=np.float64)
    b = np.asarray(bounds, dtype=np.float64)
    if b.size == 0:
        value = hi if hi is not None else (lo if lo is not None else 0.0)
        return np.array([value]), c[:1]
    reps = np.empty(b.size + 1)
    reps[1:-1] = (b[:-1] + b[1:]) / 2
    reps[0] = (lo + b[0]) / 2 if lo is not None and lo <= b[0] else b[0]
    reps[-1] = hi if hi is not None and hi > b[-1] else b[-1]
    n = min(reps.size, c.size)
    return reps[:n], c[:n]


def _bounded(p: dict[str, Any]) -> bool:
    """Whether an explicit-bucket point carries a usable min and max (both, finite, min <= max) and
    buckets: its buckets are then read in the range those bound (:func:`_clamped_range`)."""
    lo, hi = p.get("min"), p.get("max")
    if lo is None or hi is None or not p.get("explicit_bounds") or not p.get("bucket_counts"):
        return False
    return math.isfinite(lo) and math.isfinite(hi) and lo <= hi


def _clamped_range(bounds: Sequence[float], i: int, lo: float, hi: float) -> tuple[float, float]:
    """Explicit bucket ``i``'s range clamped to ``[lo, hi]`` (the point's min and max bound all its
    values).  A bucket entirely outside holds no value: its lower end is then above its upper end.

    >>> [_clamped_range([0, 5, 10], i, 0.02, 0.05) for i in range(4)]
    [(0.02, 0), (0.02, 0.05), (5, 0.05), (10, 0.05)]
    """
    lower = lo if i == 0 else max(bounds[i - 1], lo)
    upper = hi if i == len(bounds) else min(bounds[i], hi)
    return lower, upper


def _spread_indices(lower: float, upper: float, middles: Sequence[float], mapping: SketchMapping) -> list[int]:
    """Sketch indices of values spread evenly through ``[lower, upper]``, at the ``middles`` (fractions)
    of equal parts: of equal ratios where the range is positive (latencies spread over orders of
    magnitude), of equal widths where it reaches zero or below.  Plain floats: a point has a few
    buckets with counts, where numpy's calls cost more than they save.

    >>> from pipeline.process.sketch import SketchMapping
    >>> m = SketchMapping(0.01)
    >>> bool(np.allclose(m.value(_spread_indices(1.0, 100.0, [0.25, 0.75], m)), [10**0.5, 10**1.5], rtol=0.01))
    True
    >>> bool(np.allclose(m.value(_spread_indices(0.0, 1.0, [0.25, 0.75], m)), [0.25, 0.75], rtol=0.01))
    True
    """
    if lower > 0:  # in units of log γ, the sketch's index scale (SketchMapping.index, its clamp included)
        low, high = mapping.min_value, mapping.max_value
        per_unit = 1.0 / mapping.log_gamma
        start = math.log(low if lower < low else high if lower > high else lower) * per_unit
        span = math.log(low if upper < low else high if upper > high else upper) * per_unit - start
        ceil = math.ceil
        return [ceil(start + span * m) for m in middles]
    index_one = mapping.index_one
    width = upper - lower
    return [index_one(lower + width * m) for m in middles]


def _exponential_entries(point: dict[str, Any]) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Exponential buckets → (bucket midpoints, counts); negative buckets and zeros count as zero.

    A point with a min and a max (the OpenTelemetry SDKs record both by default) holds no value
    outside them, so the midpoints are clamped to them, as explicit buckets are: one request,
    or a few of one latency, in a bucket of width 2 at scale 0 is its max, not the middle.

    >>> reps, counts = _exponential_entries({"scale": 0, "positive": {"offset": 6, "bucket_counts": [3]},
    ...                                      "min": 70.0, "max": 80.0})
    >>> reps.tolist(), counts.tolist()
    ([80.0, 0.0], [3.0, 0.0])
    """
    scale = int(point.get("scale", 0))
    pos = point.get("positive") or {}
    neg = point.get("negative") or {}
    pc = np.asarray(pos.get("bucket_counts") or [], dtype=np.float64)
    idx = int(pos.get("offset", 0)) + np.arange(pc.size)
    reps = np.exp2((idx + 0.5) * 2.0**-scale)
    lo, hi = point.get("min"), point.get("max")
    if isinstance(lo, int | float) and isinstance(hi, int | float) and math.isfinite(lo) and math.isfinite(hi) and lo <= hi:
        reps = np.clip(reps, max(lo, 0.0), hi)  # the positive buckets' values are above zero
    zero = float(point.get("zero_count", 0)) + float(np.sum(neg.get("bucket_counts") or []))
    return np.append(reps, 0.0), np.append(pc, zero)


_ENVIRONMENT_KEYS = ("deployment.environment.name", "deployment.environment")


def environment_of(record: dict[str, Any]) -> str:
    """The record's ``deployment.environment.name`` (or the older ``deployment.environment``), from its
    resource or else its attributes; "" when it names none.

    >>> environment_of({"resource": {"deployment.environment.name": "staging"}})
    'staging'
    >>> environment_of({"attributes": {"deployment.environment": "prod"}}), environment_of({})
    ('prod', '')
    """
    for where in ("resource", "attributes"):
        values = record.get(where)
        if values:
            for key in _ENVIRONMENT_KEYS:
                value = values.get(key)
                if isinstance(value, str) and value:
                    return value
    return ""


def resource_runs(records: list[dict[str, Any]]) -> list[tuple[int, int, str]]:
    """``(start, stop, environment)`` of every run of consecutive records sharing one resource, with
    the environment the resource names ("" when none: each record's attributes may then name one).

    The decoders give the records of one resource one dict, so its environment is read once per run.

    >>> res = {"deployment.environment.name": "prod"}
    >>> resource_runs([{"resource": res}, {"resource": res}, {"attributes": {}}])
    [(0, 2, 'prod'), (2, 3, '')]
    """
    runs = []
    start = 0
    for resource, run in itertools.groupby(map(dict.get, records, itertools.repeat("resource"))):
        stop = start + len(list(run))  # groupby compares the same dict by identity first
        runs.append((start, stop, environment_of({"resource": resource}) if resource else ""))
        start = stop
    return runs


def environments(records: list[dict[str, Any]]) -> list[str]:
    """:func:`environment_of` of every record, the resource's read once per run (:func:`resource_runs`).

    >>> res = {"deployment.environment.name": "prod"}
    >>> environments([{"resource": res}, {"resource": res}, {"resource": {}, "attributes": {"deployment.environment": "qa"}}])
    ['prod', 'prod', 'qa']
    """
    first, second = _ENVIRONMENT_KEYS
    out: list[str] = []
    for start, stop, env in resource_runs(records):
        if env:
            out += [env] * (stop - start)
            continue
        for record in records[start:stop]:
            attrs = record.get("attributes")
            out.append(environment_of({"attributes": attrs}) if attrs and (first in attrs or second in attrs) else "")
    return out


_MAX_ADJUSTED = 1e6  # a span never stands for more than this many


def adjusted_count(record: dict[str, Any]) -> float:
    """How many spans one sampled span stands for, where its sender says so; 1 otherwise.

    Honoured, in this order: OpenTelemetry's ``ot=th:`` rejection threshold in
    ``trace_state`` (probability 1 - th/2^56); Jaeger's ``sampler.type`` =
    ``probabilistic`` with ``sampler.param``; Sentry's transaction sample rate
    (``sentry.sample_rate``).  ``sampling.priority`` says keep/drop, not a
    rate, and is not used.

    >>> adjusted_count({"trace_state": "ot=th:8"})  # half rejected: each kept span stands for 2
    2.0
    >>> adjusted_count({"trace_state": "vendor=x,ot=rv:abc;th:c"})
    4.0
    >>> adjusted_count({"attributes": {"sampler.type": "probabilistic", "sampler.param": 0.1}})
    10.0
    >>> adjusted_count({"attributes": {"sentry.sample_rate": 0.25}}), adjusted_count({})
    (4.0, 1.0)
    """
    state = record.get("trace_state")
    if state and "th:" in state:
        for member in state.split(","):
            key, _, value = member.strip().partition("=")
            if key != "ot":
                continue
            for field in value.split(";"):
                name, _, hexa = field.partition(":")
                if name == "th" and 0 < len(hexa) <= 14:
                    try:
                        threshold = int(hexa.ljust(14, "0"), 16)
                    except ValueError:
                        break
                    probability = 1.0 - threshold / 2.0**56
                    return min(1.0 / probability, _MAX_ADJUSTED) if probability > 0 else 1.0
    attrs = record.get("attributes")
    if attrs:
        rate: Any = None
        if attrs.get("sampler.type") == "probabilistic":
            rate = attrs.get("sampler.param")
        elif "sentry.sample_rate" in attrs:
            rate = attrs.get("sentry.sample_rate")
        if isinstance(rate, int | float) and not isinstance(rate, bool) and 0 < rate < 1:
            return min(1.0 / float(rate), _MAX_ADJUSTED)
    return 1.0


def sampling_weights(records: list[dict[str, Any]], which: Iterable[int] | None = None) -> npt.NDArray[np.float64] | None:
    """Each span's adjusted count, or None when every span stands for itself (the common, fast case).

    ``which``: the positions to look at (the others stand for themselves); all of them by default.

    >>> spans = [{}, {"trace_state": "ot=th:8"}, {"attributes": {"sentry.sample_rate": 0.5}}]
    >>> sampling_weights(spans).tolist(), sampling_weights(spans, [1]).tolist(), sampling_weights(spans[:1])
    ([1.0, 2.0, 2.0], [1.0, 2.0, 1.0], None)
    """
    weights = None
    for i in range(len(records)) if which is None else which:
        record = records[i]
        state = record.get("trace_state")
        attrs = record.get("attributes")
        # only these can make a span stand for more than itself (adjusted_count): most spans have none
        if (not state or "th:" not in state) and (not attrs or ("sampler.type" not in attrs and "sentry.sample_rate" not in attrs)):
            continue
        w = adjusted_count(record)
        if w != 1.0:
            if weights is None:
                weights = np.ones(len(records))
            weights[i] = w
    return weights


_BY_TIME = operator.itemgetter("time_unix_nano")
_BY_START = operator.itemgetter("start_time_unix_nano")
_VALUE, _ZERO = itertools.repeat("value"), itertools.repeat(0.0)  # dict.get's arguments for every point
_COUNTED_FAILURES = 100_000  # failures remembered for the span/log de-duplication (and error logs held for their span)
_LOG_ERROR = "log_error"  # the error type of an error log that names none


@dataclass(slots=True)
class _Waiting:  # not frozen: a frozen dataclass's __init__ took four times as long (one per held log)
    """An error log held until its span's verdict (:meth:`RollingStats._hold_for_span`)."""

    until_ns: int  # counted on its own, under its own type (kind), from then on
    service: str
    environment: str
    time_ns: int
    record_id: str | None
    trace_id: str
    partition: int
    kind: str  # the log's own error type (exception.type, error.type), else log_error


def _named_type(held: list[_Waiting] | None) -> str:
    """The first error type a held log of a span names (``""``: none does)."""
    for log in held or ():
        if log.kind != _LOG_ERROR:
            return log.kind
    return ""
_TABLES = True  # histogram series as one table (RollingStats._explicit_table); off: point by point, for tests
# a histogram series with fewer points in a batch goes point by point: the table's dozen numpy calls
# cost more than they save below about four points (one point a series, what most exporters send:
# about 25 us less a histogram point; bench process --signal metrics --points-per-series 1..4)
_TABLE_MIN_POINTS = 4
# gauges and sums of a few points a series, and distribution points with sketch items, as columns of the
# whole batch (windows.add_points, windows.add_columns); off: an Addition a series, for tests
_COLUMNS = True


@dataclass(slots=True)
class _Baseline:
    """The previous cumulative histogram point of a series, that the next one is differenced against;
    kept in ``meta["prev"]`` (so in the changelog) as :meth:`stored` writes it.

    Points without a min and max are differenced in sketch-bin space: ``bins`` (index → count), the
    form every state written before bucket baselines holds.  Points with both are differenced in
    bucket space, ``buckets`` under ``bounds``: their sketch values move with the lifetime min and
    max (:meth:`RollingStats._bounded_items`), so only bucket counts can be subtracted.

    >>> point = _Baseline(1, 5.0, 0.2, bounds=[0.0, 5.0], buckets=[0.0, 5.0, 0.0])
    >>> later = _Baseline(1, 7.0, 0.3, bounds=[0.0, 5.0], buckets=[0.0, 6.0, 1.0])
    >>> later.added_since(point)
    ([0.0, 1.0, 1.0], 2.0, 0.09999999999999998)
    >>> _Baseline.read(point.stored()) == point
    True
    """

    start: Any
    count: float
    total: float
    bins: dict[int, float] | None = None
    bounds: list[float] | None = None
    buckets: list[float] | None = None

    @classmethod
    def read(cls, stored: dict[str, Any] | None) -> _Baseline | None:
        """The baseline :meth:`stored` wrote (``None``: none)."""
        if stored is None:
            return None
        bins = stored.get("bins")
        return cls(stored["start"], stored["count"], stored["sum"],
                   bins=None if bins is None else dict(zip(bins[0], bins[1], strict=True)),
                   bounds=stored.get("bounds"), buckets=stored.get("buckets"))

    def stored(self) -> dict[str, Any]:
        """The baseline as ``meta["prev"]`` holds it (JSON); a bins baseline exactly as before bucket baselines."""
        out: dict[str, Any] = {"start": self.start, "count": self.count, "sum": self.total}
        if self.bins is not None:
            out["bins"] = [list(self.bins), list(self.bins.values())]
        else:
            out["bounds"], out["buckets"] = self.bounds, self.buckets
        return out

    def added_since(self, before: _Baseline | None) -> tuple[list[float], float, float] | None:
        """What this bucket point adds to ``before``: ``(bucket counts, count, sum)``.  After a reset (a new
        start time, a lower count or any bucket lower) the whole point is new.  ``None`` when there is
        nothing to difference against: no point before, or one with the same start but no bucket counts
        under these bounds (a state written before bucket baselines, a point without min and max, bounds
        that changed); the point then only sets the baseline, as a first point does."""
        if before is None or self.buckets is None:
            return None
        if before.start != self.start:
            return self.buckets, self.count, self.total
        if before.buckets is None or before.bounds != self.bounds or len(before.buckets) != len(self.buckets):
            return None
        if self.count >= before.count:
            diff = [now - then for now, then in zip(self.buckets, before.buckets, strict=True)]
            if min(diff) >= 0:
                return diff, self.count - before.count, self.total - before.total
        return self.buckets, self.count, self.total


class RollingStats:
    """The processor's rolling statistics; state per :class:`SeriesKey`.

    Parameters
    ----------
    cfg
        ``process.stats``.

    Examples
    --------
    >>> from pipeline.process.config import StatsConfig
    >>> stats = RollingStats(StatsConfig())
    >>> now = 1_795_428_000 * 10**9
    >>> spans = [{"service.name": "api", "operation": "GET /x", "start_time_unix_nano": now,
    ...           "duration_ms": float(ms), "status.code": "error" if ms > 90 else "unset",
    ...           "attributes": {}, "id": str(ms)} for ms in range(1, 101)]
    >>> updates = stats.update("spans", spans, now)
    >>> [(u.key.kind, u.key.name, u.count, u.errors) for u in updates]
    [('op', 'GET /x', 100.0, 10.0), ('err', 'span_status_error', 10.0, 10.0)]
    >>> row = stats.read(SeriesKey("op", "api", "GET /x"), "5m", now)
    >>> row.count, row.error_ratio
    (100.0, 0.1)
    >>> [round(float(q)) for q in stats.latency(SeriesKey("op", "api", "GET /x"), "5m", now)]
    [50, 95, 99]
    """

    def __init__(self, cfg: StatsConfig) -> None:
        self.cfg = cfg
        self.spec = WindowSpec.parse(cfg.windows, cfg.slots)
        self.mapping = SketchMapping(cfg.relative_accuracy)
        # where a bucket's count goes in its clamped range (_spread_indices): the middles of equal parts
        self._middles = [(m + 0.5) / cfg.histogram_bucket_pieces for m in range(cfg.histogram_bucket_pieces)]
        self._pieces: dict[tuple[float, ...], list[list[int]]] = {}  # explicit bounds → _inner_pieces
        self.series: dict[SeriesKey, WindowedSeries] = {}
        self.partition_of: dict[SeriesKey, int] = {}
        self.dirty: set[SeriesKey] = set()
        self.overflow: dict[str, int] = {}
        # explicit bounds → (inner midpoints' sketch indices, every bucket's without min/max, all distinct)
        self._inner_index: dict[tuple[float, ...], tuple[list[int], list[int], bool]] = {}
        self._services: set[str] = set()
        self._names: dict[tuple[str, str], set[str]] = {}
        # (service, metric, series id, environment) of every metric series tracked under its own key → that
        # key: a series met again skips admit, and its lookups find the very key object (no __eq__ calls)
        self._metric_keys: dict[tuple[str, str, str, str], SeriesKey] = {}
        # (trace id, span id) of failures already counted by error type, from a span or from a log:
        # one failure reported both ways (the span and the log written inside it) counts once.
        self._counted_failures: dict[tuple[str, str], str] = {}  # → the signal that counted it
        # failures a span counted under a type of no exception (HTTP 5xx, span_status_error) before its logs came:
        # (trace id, span id) → (service, environment, the span's start, the type); a typed log of it moves the count
        self._generic: dict[tuple[Any, Any], tuple[str, str, int, str]] = {}
        # error logs written inside a span, held until their span says what the failure was (or
        # log_error_wait_s passes): (trace id, span id) → _Waiting entries
        self._waiting: dict[tuple[Any, Any], list[_Waiting]] = {}
        self._due: list[_Waiting] = []  # waiting logs released, counted at the end of this update
        self._wait_ns = int(cfg.log_error_wait_s * 1e9)
        self._caps = {
            "op": cfg.max_operations_per_service,
            "log": 16,
            "err": cfg.max_error_types_per_service,
            "metric": cfg.max_series_per_service,
        }

    # -- keys and cardinality ----------------------------------------------------------------
    def _register(self, key: SeriesKey) -> None:
        self._services.add(key.service)
        self._names.setdefault((key.kind, key.service), set()).add(key.name + _SEP + key.series)

    def admit(self, key: SeriesKey) -> SeriesKey:
        """The key as tracked: ``other`` in place of values past the cardinality caps."""
        if key in self.series:
            return key
        if key.service not in self._services and len(self._services) >= self.cfg.max_services:
            self.overflow["service"] = self.overflow.get("service", 0) + 1
            key = SeriesKey(key.kind, OTHER, OTHER if key.kind != "log" else key.name, OTHER if key.series else "", key.environment)
            if key in self.series:
                return key
        names = self._names.get((key.kind, key.service), set())
        if key.name + _SEP + key.series not in names and len(names) >= self._caps[key.kind]:
            label = {"op": "operation", "log": "level", "err": "error_type", "metric": "series"}[key.kind]
            self.overflow[label] = self.overflow.get(label, 0) + 1
            key = SeriesKey(key.kind, key.service, OTHER, OTHER if key.series else "", key.environment)
        return key

    def _get(self, key: SeriesKey, partition: int, sketch: bool) -> WindowedSeries:
        series = self.series.get(key)
        if series is None:
            series = WindowedSeries(self.spec, self.mapping, with_sketch=sketch)
            self.series[key] = series
            self._register(key)
        self.partition_of[key] = partition
        self.dirty.add(key)
        return series

    # -- updates -----------------------------------------------------------------------------
    def update(
        self, signal: str, records: list[dict[str, Any]], now_ns: int, partition: int | Sequence[int] = 0
    ) -> list[StatsUpdate]:
        """Add one batch of canonical records of ``signal``; returns what changed.

        ``partition``: the records' partition, or each record's (a sequence as long as ``records``,
        for a group of messages from several partitions): a series is written to the changelog
        partition of its latest record, so one call costs what one batch does however many
        partitions its records came from.

        The updates include the error logs held for their span (:meth:`_hold_for_span`) that this
        batch's spans decided or whose wait ended by ``now_ns``.
        """
        if not records:
            return []
        if signal == "spans":
            out = self._spans(records, now_ns, partition)
        elif signal == "logs":
            out = self._logs(records, now_ns, partition)
        elif signal == "metrics":
            out = self._metrics(records, now_ns, partition)
        else:
            return []
        if self._waiting or self._due:
            out += self._release(now_ns)
        return out

    def _add_groups(
        self,
        groups: dict[SeriesKey, list[int]],
        times: npt.NDArray[np.int64],
        errors: npt.NDArray[np.float64],
        records: list[dict[str, Any]],
        now_ns: int,
        partition: int | Sequence[int],
        pending: dict[int, Addition],
        sketch: npt.NDArray[np.int64] | None = None,
        weights: npt.NDArray[np.float64] | None = None,
    ) -> list[StatsUpdate]:
        """Every group's series and update; what each adds goes to ``pending`` (added by :func:`_queue`)."""
        out = []
        for raw_key, members in groups.items():
            key = self.admit(raw_key)
            series = self._get(key, partition if isinstance(partition, int) else partition[members[-1]], sketch is not None)
            idx = np.asarray(members, dtype=np.int64)
            err = errors[idx]
            when = times[idx]
            if weights is None:
                addition = Addition(series, when, errors=err, sketch_index=None if sketch is None else sketch[idx])
                count = float(idx.size)
            else:  # sampled spans: each stands for its adjusted count
                w = weights[idx]
                err = err * w
                addition = Addition(series, when, counts=w, errors=err, sketch_index=None if sketch is None else sketch[idx],
                                    sketch_counts=None if sketch is None else w)
                count = float(w.sum())
            _queue(pending, addition, now_ns)
            update = StatsUpdate(key, series, int(np.maximum.reduce(when)), count, float(err.sum()), received_ns=now_ns)
            if update.errors:
                failed = err > 0
                update.error_times, update.error_counts = when[failed], err[failed]
                for i in idx[err > 0][:_SAMPLES]:
                    rec = records[int(i)]
                    if "id" in rec:
                        update.record_ids.append(rec["id"])
                    if "trace_id" in rec:
                        update.trace_ids.append(rec["trace_id"])
            out.append(update)
        return out

    def _spans(self, records: list[dict[str, Any]], now_ns: int, partition: int | Sequence[int]) -> list[StatsUpdate]:
        n = len(records)
        times = np.fromiter(map(_BY_START, records), np.int64, n)  # map: the items read in C, not in a generator
        durations = np.fromiter(map(dict.get, records, itertools.repeat("duration_ms"), itertools.repeat(0.0)), np.float64, n)
        errors = np.zeros(n)
        # grouped by plain tuples (hashed and compared in C); one SeriesKey per group, not per record
        op_groups: dict[tuple[str, str, str], list[int]] = {}
        err_groups: dict[tuple[str, str, str], list[int]] = {}
        sampled: list[int] = []  # spans that may stand for more than themselves (sampling_weights)
        first_key, second_key = _ENVIRONMENT_KEYS
        for start, stop, resource_env in resource_runs(records):  # environments(records), read in the loop
            for i in range(start, stop):
                r = records[i]
                attrs = r.get("attributes")
                env = resource_env
                if not env and attrs and (first_key in attrs or second_key in attrs):
                    env = environment_of({"attributes": attrs})
                service = r["service.name"]
                key = (service, r.get("operation") or r.get("name", ""), env)
                members = op_groups.get(key)
                if members is None:
                    op_groups[key] = [i]
                else:
                    members.append(i)
                state = r.get("trace_state")
                if state and "th:" in state:
                    sampled.append(i)
                code = 0
                if attrs:
                    if "sampler.type" in attrs or "sentry.sample_rate" in attrs:
                        if not sampled or sampled[-1] != i:
                            sampled.append(i)
                    code = attrs.get("http.response.status_code", _UNSET)
                    if type(code) is not int:  # the usual integer read straight; anything else as _status_code reads it
                        code = _status_code(attrs)
                else:
                    attrs = {}
                if code >= 500 or r.get("status.code") == "error":
                    errors[i] = 1.0
                    held = self._waiting.pop((r.get("trace_id"), r.get("span_id")), None) if self._waiting else None
                    if self._first_report(r, "spans"):
                        kind = r.get("exception.type") or error_type(attrs, "") or _named_type(held)
                        if not kind:
                            kind = f"HTTP {code}" if code >= 500 else "span_status_error"
                            if self._wait_ns and not held and r.get("span_id"):  # its logs may yet name it
                                self._note_generic((r.get("trace_id"), r["span_id"]), service, env, int(times[i]), kind)
                        err_groups.setdefault((service, kind, env), []).append(i)
                elif self._waiting:  # a span that did not fail: the error logs held for it count as logged
                    self._count_held((r.get("trace_id"), r.get("span_id")))
        sketch = self.mapping.index(durations)
        weights = sampling_weights(records, sampled) if sampled else None
        groups = {SeriesKey("op", service, name, "", env): members for (service, name, env), members in op_groups.items()}
        pending: dict[int, Addition] = {}
        out = self._add_groups(groups, times, errors, records, now_ns, partition, pending, sketch, weights)
        if err_groups:
            out += self._add_groups(_error_keys(err_groups), times, errors, records, now_ns, partition, pending, weights=weights)
        add_batch(list(pending.values()), now_ns)
        return out

    def _logs(self, records: list[dict[str, Any]], now_ns: int, partition: int | Sequence[int]) -> list[StatsUpdate]:
        n = len(records)
        times = np.fromiter(map(_BY_TIME, records), np.int64, n)
        numbers = np.fromiter((r.get("severity_number") or 0 for r in records), np.int64, n)
        errors = (numbers >= 17).astype(np.float64)
        level_groups: dict[tuple[str, str, str], list[int]] = {}
        err_groups: dict[tuple[str, str, str], list[int]] = {}
        unnamed: list[tuple[str, str, int, str]] = []  # spans' generic counts the logs named: taken back below
        unnamed_parts: list[int] = []  # the partition of the log that named each
        one_partition = isinstance(partition, int)
        levels = {number: level_name(number) for number in set(numbers.tolist())}
        number_of = numbers.tolist()
        first_key, second_key = _ENVIRONMENT_KEYS
        for start, stop, resource_env in resource_runs(records):  # environments(records), read in the loop
            for i in range(start, stop):
                r, number = records[i], number_of[i]
                env = resource_env
                if not env:
                    attrs = r.get("attributes")
                    if attrs and (first_key in attrs or second_key in attrs):
                        env = environment_of({"attributes": attrs})
                service = r["service.name"]
                key = (service, levels[number], env)
                members = level_groups.get(key)
                if members is None:
                    level_groups[key] = [i]
                else:
                    members.append(i)
                if number >= 17:
                    kind = error_type(r.get("attributes") or {}, _LOG_ERROR)
                    part = partition if isinstance(partition, int) else partition[i]
                    if self._wait_ns and self._hold_for_span(r, kind, service, env, times[i], part, now_ns):
                        continue
                    if self._first_report(r, "logs"):
                        err_groups.setdefault((service, kind, env), []).append(i)
                    elif kind != _LOG_ERROR and self._generic:
                        moved = self._generic.pop((r.get("trace_id"), r.get("span_id")), None)
                        if moved is not None:  # its span came first and counted it as HTTP 5xx: the log names it
                            err_groups.setdefault((service, kind, env), []).append(i)
                            unnamed.append(moved)
                            unnamed_parts.append(part)
        groups = {SeriesKey("log", service, level, "", env): members for (service, level, env), members in level_groups.items()}
        pending: dict[int, Addition] = {}
        out = self._add_groups(groups, times, errors, records, now_ns, partition, pending)
        if err_groups:
            out += self._add_groups(_error_keys(err_groups), times, errors, records, now_ns, partition, pending)
        add_batch(list(pending.values()), now_ns)
        if unnamed:
            out += self._take_back(unnamed, now_ns, partition if one_partition else unnamed_parts)
        return out

    def _note_generic(self, key: tuple[Any, Any], service: str, env: str, time_ns: int, kind: str) -> None:
        generic = self._generic
        generic[key] = (service, env, time_ns, kind)
        if len(generic) > _COUNTED_FAILURES:
            for old in list(generic)[: _COUNTED_FAILURES // 2]:  # the oldest half: their logs have long arrived
                del generic[old]

    def _take_back(
        self, unnamed: list[tuple[str, str, int, str]], now_ns: int, partition: int | Sequence[int]
    ) -> list[StatsUpdate]:
        """Take back, at their spans' times, the generic counts (``HTTP 500``) of failures a later log named.

        A span sent before the error log written inside it counted its failure under ``HTTP 5xx`` at once;
        the log, counted under its own type (``KeyError``), takes that count back: minus one in the
        span's type, so the failure is counted once, under the type that says what failed.  The updates
        carry negative counts (the error spike detector only counts positive ones).
        """
        groups: dict[tuple[str, str, str], list[int]] = {}
        for i, (service, env, _, kind) in enumerate(unnamed):
            groups.setdefault((service, kind, env), []).append(i)
        times = np.fromiter((t for _, _, t, _ in unnamed), np.int64, len(unnamed))
        pending: dict[int, Addition] = {}
        minus = -np.ones(len(unnamed))
        out = self._add_groups(_error_keys(groups), times, np.ones(len(unnamed)), [{}] * len(unnamed), now_ns, partition,
                               pending, weights=minus)
        add_batch(list(pending.values()), now_ns)
        return out

    def _first_report(self, record: dict[str, Any], signal: str) -> bool:
        """False when this failure (same trace and span id) was already counted from the other signal.

        A failed span and the error logs written inside it are one failure, counted once by error type
        (several logs of one span count as that signal's reports): error logs wait for their span
        (:meth:`_hold_for_span`); a span counts it when it arrives first or in time, logs when their
        wait ended first (a failed span takes its held logs before it asks here).

        >>> from pipeline.process.config import StatsConfig
        >>> stats = RollingStats(StatsConfig())
        >>> failed = {"trace_id": "4bf92f3577b34da6a3ce929d0e0e4736", "span_id": "00f067aa0ba902b7"}
        >>> stats._first_report(failed, "spans"), stats._first_report(failed, "logs"), stats._first_report(failed, "spans")
        (True, False, True)
        >>> stats._first_report({"trace_id": "4bf92f3577b34da6a3ce929d0e0e4736"}, "logs")  # no span id: always counted
        True
        """
        trace, span = record.get("trace_id"), record.get("span_id")
        if not trace or not span:
            return True
        key = (trace, span)
        first = self._counted_failures.get(key)
        if first is None:
            self._remember(key, signal)
            return True
        return first == signal

    def _remember(self, key: tuple[str, str], signal: str) -> None:
        counted = self._counted_failures
        counted[key] = signal
        if len(counted) > _COUNTED_FAILURES:
            for old in list(counted)[: _COUNTED_FAILURES // 2]:  # the oldest half: their logs have long arrived
                del counted[old]

    def _hold_for_span(self, record: dict[str, Any], kind: str, service: str, env: str, time_ns: Any, partition: int,
                       now_ns: int) -> bool:
        """Hold an error log written inside a span until the span's verdict; False: count it now.

        An application usually logs an error before the span it happened in ends, and its log exporter
        sends sooner than its span exporter, so the log usually arrives first, but not always.  Counted
        by whichever arrived first, one failure mode was split in two error types (``log_error`` or the
        log's ``KeyError`` one time, the span's ``HTTP 500`` the next).  Held, the failure is counted once
        when its span arrives failed, under the most telling type of the two: the span's own exception or
        error type, else the log's (``exception.type``, ``error.type``), else the span's ``HTTP 5xx`` /
        ``span_status_error``; a log with no type of its own (``log_error``) never names it.  The held logs
        are counted as logged, each by its own type, when the span arrives unfailed, or when
        ``process.stats.log_error_wait_s`` has passed (at the next batch of any signal).

        >>> from pipeline.process.config import StatsConfig
        >>> stats = RollingStats(StatsConfig())
        >>> now = 1_795_428_000 * 10**9
        >>> ids = {"trace_id": "4bf92f3577b34da6a3ce929d0e0e4736", "span_id": "00f067aa0ba902b7"}
        >>> log = {"service.name": "api", "time_unix_nano": now, "severity_number": 17, **ids}
        >>> stats.update("logs", [log], now)[0].key.kind  # the log level's series; no error type yet
        'log'
        >>> span = {"service.name": "api", "operation": "GET /x", "start_time_unix_nano": now, "duration_ms": 5.0,
        ...         "status.code": "error", "attributes": {"http.response.status_code": 503}, **ids}
        >>> [u.key.name for u in stats.update("spans", [span], now + 10**9) if u.key.kind == "err"]
        ['HTTP 503']
        """
        trace, span = record.get("trace_id"), record.get("span_id")
        if not trace or not span:
            return False
        key = (trace, span)
        if key in self._counted_failures:  # its span, or a log of it, counted the failure: _first_report says
            return False
        waiting = self._waiting.get(key)
        if waiting is None:
            waiting = self._waiting[key] = []
            if len(self._waiting) > _COUNTED_FAILURES:
                for old in list(self._waiting)[: _COUNTED_FAILURES // 2]:  # the oldest half: count them now
                    self._count_held(old)
        waiting.append(_Waiting(now_ns + self._wait_ns, service, env, int(time_ns), record.get("id"), trace, partition, kind))
        return True

    def _count_held(self, key: tuple[Any, Any]) -> None:
        """The held error logs of ``key``'s span count as logged (at the end of this update)."""
        held = self._waiting.pop(key, None)
        if held is None:
            return
        self._due.extend(held)
        if key not in self._counted_failures:
            self._remember(key, "logs")

    def _release(self, now_ns: int) -> list[StatsUpdate]:
        """Count the held error logs released in this update or whose wait ended by ``now_ns``."""
        waiting = self._waiting
        while waiting:
            key = next(iter(waiting))
            if waiting[key][0].until_ns > now_ns:
                break
            self._count_held(key)
        due, self._due = self._due, []
        if not due:
            return []
        out: list[StatsUpdate] = []
        by_partition: dict[int, list[_Waiting]] = {}
        for held in due:
            by_partition.setdefault(held.partition, []).append(held)
        for partition, entries in by_partition.items():
            groups: dict[tuple[str, str, str], list[int]] = {}
            for i, held in enumerate(entries):
                groups.setdefault((held.service, held.kind, held.environment), []).append(i)
            times = np.fromiter((held.time_ns for held in entries), np.int64, len(entries))
            samples = [{"trace_id": held.trace_id} | ({"id": held.record_id} if held.record_id is not None else {}) for held in entries]
            pending: dict[int, Addition] = {}
            out += self._add_groups(_error_keys(groups), times, np.ones(len(entries)), samples, now_ns, partition, pending)
            add_batch(list(pending.values()), now_ns)
        return out

    def drop_waiting(self, active: set[int]) -> None:
        """Forget the held error logs of partitions that moved to another processor (a rebalance)."""
        for key in [k for k, held in self._waiting.items() if held[0].partition not in active]:
            del self._waiting[key]
        self._due = [held for held in self._due if held.partition in active]

    def _metrics(self, records: list[dict[str, Any]], now_ns: int, partition: int | Sequence[int]) -> list[StatsUpdate]:
        groups: dict[tuple[str, str, str, str], list[dict[str, Any]]] = {}
        part_of: dict[tuple[str, str, str, str], int] = {}  # each group's latest record's partition
        parts = itertools.repeat(partition, len(records)) if isinstance(partition, int) else partition
        for r, env, part in zip(records, environments(records), parts, strict=True):
            series_key = (r["service.name"], r["name"], r.get("series_id", ""), env)
            members = groups.get(series_key)
            if members is None:
                groups[series_key] = [r]
            else:
                members.append(r)
            part_of[series_key] = part
        out = []
        # every series' points are added together at the end (windows.add_batch, and add_points for the
        # gauges and sums with a few points, most of them); a series met again first has what is pending
        # added, so every series sees its additions in the order they came
        pending: dict[int, Addition] = {}
        points_of = _PendingPoints()
        sketched = _PendingItems()
        tracked = self._metric_keys
        for group, points in groups.items():
            key = tracked.get(group)
            fresh = False
            if key is None:
                raw = SeriesKey("metric", *group)
                key = self.admit(raw)
                fresh = key is raw  # admitted as itself (not as ``other``)
            points.sort(key=_BY_TIME)
            first = points[0]
            kind = first.get("type", "gauge")
            series = self._get(key, part_of[group], kind in ("histogram", "exponential_histogram"))
            if fresh:
                tracked[group] = key  # tracked as itself from now on: the same key object batch after batch
            if id(series) in points_of.ids or id(series) in sketched.ids:
                points_of.add(now_ns)  # a series met again (two groups tracked as ``other``)
                sketched.add(now_ns)
            meta = series.meta
            if key.name == OTHER:
                # past the cap, the service's other metrics share one series whatever their kind, unit
                # or temporality: their values cannot be added up nor differenced, so it counts points
                meta["type"] = OVERFLOW
                meta.pop("prev", None)
                times = np.fromiter(map(_BY_TIME, points), np.int64, len(points))
                _queue(pending, Addition(series, times), now_ns)
                out.append(StatsUpdate(key, series, int(times[-1]), float(len(points)), 0.0, received_ns=now_ns))
                continue
            if "type" not in meta:
                meta.update(
                    type=kind,
                    unit=first.get("unit", ""),
                    monotonic=bool(first.get("monotonic", False)),
                    labels=_labels_text(first.get("attributes") or {}),
                )
            if kind == "gauge" or kind == "sum":
                values = list(map(float, map(dict.get, points, _VALUE, _ZERO)))
                if kind == "gauge" or not first.get("monotonic", False) or first.get("temporality") == "delta":
                    deltas = values if kind == "sum" and first.get("monotonic", False) else None
                else:
                    deltas = self._cumulative_deltas(meta, points, values)
                if id(series) in pending:
                    add_batch(list(pending.values()), now_ns)
                    pending.clear()
                if _COLUMNS and few(len(points)):
                    points_of.queue(series, points, values, deltas)
                else:
                    times = np.fromiter(map(_BY_TIME, points), np.int64, len(points))
                    _queue(pending, Addition(series, times, values=np.array(values, dtype=np.float64),
                                             totals=None if deltas is None else np.array(deltas, dtype=np.float64)), now_ns)
            elif kind in ("histogram", "exponential_histogram", "summary"):
                if id(series) in pending:
                    add_batch(list(pending.values()), now_ns)
                    pending.clear()
                if kind == "histogram" and _TABLES and len(points) >= _TABLE_MIN_POINTS:
                    times = np.fromiter(map(_BY_TIME, points), np.int64, len(points))
                    _queue(pending, self._distribution(series, meta, kind, points, times), now_ns)
                else:
                    items = self._distribution_items(meta, kind, points)
                    if _COLUMNS and items[2] and series.sketch is not None:  # the usual point: it has sketch items
                        sketched.queue(series, points, items)
                    else:
                        times = np.fromiter(map(_BY_TIME, points), np.int64, len(points))
                        _queue(pending, _distribution_addition(series, times, items), now_ns)
            out.append(StatsUpdate(key, series, int(points[-1]["time_unix_nano"]), float(len(points)), 0.0,
                                   received_ns=now_ns))  # points are in time order
        add_batch(list(pending.values()), now_ns)
        points_of.add(now_ns)
        sketched.add(now_ns)
        return out

    @staticmethod
    def _cumulative_deltas(meta: dict[str, Any], points: list[dict[str, Any]], values: list[float]) -> list[float]:
        """Differences of a cumulative monotonic sum; a drop or a new start time is a reset."""
        deltas = [0.0] * len(points)
        prev = meta.get("prev")
        for i, (p, value) in enumerate(zip(points, values, strict=True)):
            start = p.get("start_time_unix_nano", 0)
            if prev is not None and prev[1] == start and value >= prev[0]:
                deltas[i] = value - prev[0]
            elif prev is not None:
                deltas[i] = value  # counter reset: everything since the restart is new
            prev = [value, start]
        meta["prev"] = prev
        return deltas

    def _bins(self, reps: npt.NDArray[np.float64], counts: npt.NDArray[np.float64]) -> dict[int, float]:
        """Sketch bins (index → count) of representative values and their counts (zeros left out)."""
        nz = counts > 0
        out: dict[int, float] = {}
        for j, cnt in zip(self.mapping.index(reps[nz]).tolist(), counts[nz].tolist(), strict=True):
            out[j] = out.get(j, 0.0) + cnt
        return out

    def _bounds_index(self, bounds: list[float]) -> tuple[list[int], list[int], bool]:
        """For a set of explicit bounds: the sketch indices of the inner buckets' midpoints, of every
        bucket without min and max, and whether those are all distinct (cached: a series keeps its bounds)."""
        key = tuple(bounds)
        known = self._inner_index.get(key)
        if known is None:
            b = np.asarray(bounds, dtype=np.float64)
            inner = self.mapping.index((b[:-1] + b[1:]) / 2).tolist()
            index_one = self.mapping.index_one
            edges = [index_one(float(bounds[0])), *inner, index_one(float(bounds[-1]))]
            known = (inner, edges, len(set(edges)) == len(edges))
            if len(self._inner_index) >= 1024:
                self._inner_index.clear()
            self._inner_index[key] = known
        return known

    def _explicit_table(self, series: WindowedSeries, meta: dict[str, Any], points: list[dict[str, Any]], times: npt.NDArray[np.int64]) -> Addition | None:
        """:meth:`_distribution` of explicit-bucket histogram points as one table (points × buckets),
        for the usual series: every point with the same bounds and number of counts (whole or real
        numbers), no min or max, all delta or all cumulative, one sketch index a bucket.  ``None``
        for any other series (:meth:`_distribution` takes it point by point).

        The same counts, sums, sketch items (point by point, buckets in order) and ``prev`` as the
        point-by-point path: differences are taken between the same floats.
        """
        first = points[0]
        bounds = first.get("explicit_bounds")
        width = len(first.get("bucket_counts") or ())
        if not bounds or not width:
            return None
        delta = first.get("temporality") == "delta"
        if not delta and "buckets" in (meta.get("prev") or ()):
            return None  # a bucket baseline (a point with min and max before): point by point sets the baseline anew
        rows = []
        for p in points:
            if p.get("min") is not None or p.get("max") is not None or (p.get("temporality") == "delta") is not delta:
                return None
            other = p.get("explicit_bounds")
            if other is not bounds and other != bounds:
                return None
            row = p.get("bucket_counts")
            if not row or len(row) != width:
                return None
            rows.append(row)
        _, edges, distinct = self._bounds_index(bounds)
        if not distinct:
            return None
        table = np.array(rows)
        if table.ndim != 2 or table.dtype.kind not in "iuf":  # anything but numbers: point by point, as it fails there
            return None
        k = min(len(edges), width)  # zip: the shorter decides
        cells = table[:, :k].astype(np.float64)
        index = np.array(edges[:k], dtype=np.int64)
        counts = [float(p.get("count", 0)) for p in points]
        sums = [float(p.get("sum", 0.0)) for p in points]
        positive = cells > 0
        if delta:
            rows_i, cols_j = np.nonzero(positive)
            return _histogram_addition(series, times, counts, sums, index[cols_j], cells[rows_i, cols_j], rows_i)
        # cumulative: each point less the one before (the stored one for the first) where that is
        # no reset (same start, count not lower, no bucket lower); a first point ever is the baseline
        n = len(points)
        stored = meta.get("prev")
        before = np.where(positive, cells, 0.0)  # a point's bins, dense (0 where it has none)
        if stored is not None:
            stored_bins = dict(zip(stored["bins"][0], stored["bins"][1], strict=True))
            first_before = np.array([stored_bins.get(j, 0.0) for j in index.tolist()], dtype=np.float64)
        else:
            first_before = np.zeros(k)
        diff = cells - np.vstack([first_before[None, :], before[:-1]])
        lower = (positive & (diff < 0)).any(axis=1).tolist()
        starts = [p.get("start_time_unix_nano", 0) for p in points]
        raw_counts, raw_sums = counts[:], sums[:]
        use_diff = [False] * n
        skip = [False] * n
        for i in range(n):
            if i:
                b_start, b_count, b_sum = starts[i - 1], raw_counts[i - 1], raw_sums[i - 1]
            elif stored is not None:
                b_start, b_count, b_sum = stored["start"], stored["count"], stored["sum"]
            else:
                skip[0] = True  # a first cumulative point holds all history: it only sets the baseline
                counts[0] = sums[0] = 0.0
                continue
            if b_start == starts[i] and raw_counts[i] >= b_count and not lower[i]:
                use_diff[i] = True
                counts[i], sums[i] = raw_counts[i] - b_count, raw_sums[i] - b_sum
        differenced = np.array(use_diff)[:, None]
        values = np.where(differenced, diff, cells)
        items = positive & ~np.array(skip)[:, None] & (~differenced | (diff > 0))
        rows_i, cols_j = np.nonzero(items)
        last = positive[-1]
        meta["prev"] = {"start": starts[-1], "count": raw_counts[-1], "sum": raw_sums[-1],
                        "bins": [index[last].tolist(), cells[-1][last].tolist()]}
        return _histogram_addition(series, times, counts, sums, index[cols_j], values[rows_i, cols_j], rows_i)

    def _explicit_bins(self, p: dict[str, Any]) -> dict[int, float]:
        """Sketch bins (index → count) of an explicit-bucket histogram point, as
        :func:`_explicit_entries` and the mapping give them, with the buckets'
        inner midpoints mapped once per set of bounds (a series keeps its bounds)."""
        bounds = p.get("explicit_bounds") or []
        counts = p.get("bucket_counts") or []
        if not bounds or not counts:
            return self._bins(*_explicit_entries(bounds, counts, p.get("min"), p.get("max")))
        lo, hi = p.get("min"), p.get("max")
        inner, index, distinct = self._bounds_index(bounds)
        if lo is not None or hi is not None:
            b0, bn = float(bounds[0]), float(bounds[-1])
            first = (lo + b0) / 2 if lo is not None and lo <= b0 else b0
            last = hi if hi is not None and hi > bn else bn
            index_one = self.mapping.index_one
            index = [index_one(first), *inner, index_one(last)]
            distinct = len(set(index)) == len(index)
        if distinct:  # the usual case: one bucket a sketch index (zip: the shorter decides)
            return {j: float(cnt) for j, cnt in zip(index, counts, strict=False) if cnt > 0}
        out: dict[int, float] = {}
        for j, cnt in zip(index, counts, strict=False):
            cnt = float(cnt)
            if cnt > 0:
                out[j] = out.get(j, 0.0) + cnt
        return out

    def _distribution(
        self, series: WindowedSeries, meta: dict[str, Any], kind: str, points: list[dict[str, Any]],
        times: npt.NDArray[np.int64],
    ) -> Addition:
        """What the points of one histogram or summary series add (counts, sums and sketch items)."""
        if kind == "histogram" and _TABLES and len(points) >= _TABLE_MIN_POINTS:
            table = self._explicit_table(series, meta, points, times)
            if table is not None:
                return table
        return _distribution_addition(series, times, self._distribution_items(meta, kind, points))

    def _distribution_items(self, meta: dict[str, Any], kind: str, points: list[dict[str, Any]]) -> _Items:
        """:meth:`_distribution` point by point, as plain lists: each point's count and sum, and the
        sketch items (index, count, the point it comes from)."""
        n = len(points)
        counts = [0.0] * n  # numpy arrays once filled: an item set on an array costs more than on a list
        sums = [0.0] * n
        sk_idx: list[int] = []
        sk_cnt: list[float] = []
        sk_rows: list[int] = []  # the point each sketch item comes from
        prev = _Baseline.read(meta.get("prev"))  # the previous cumulative point: read from meta once, written back once
        cumulative_seen = False
        for i, p in enumerate(points):
            count, total = float(p.get("count", 0)), float(p.get("sum", 0.0))
            bins: dict[int, float]
            if kind == "histogram" and p.get("max") is not None and _bounded(p):  # min and max known: buckets read in [min, max]
                bounds, bucket_counts = p["explicit_bounds"], p["bucket_counts"]
                if p.get("temporality") != "delta":
                    before = prev
                    prev = _Baseline(p.get("start_time_unix_nano", 0), count, total, bounds=bounds, buckets=bucket_counts)
                    cumulative_seen = True
                    added = prev.added_since(before)
                    if added is None:
                        continue  # nothing to difference against in bucket space: the point sets the baseline
                    bucket_counts, count, total = added
                indices, shares = self._bounded_items(bounds, bucket_counts, p["min"], p["max"])
                counts[i], sums[i] = count, total
                sk_idx += indices
                sk_cnt += shares
                sk_rows += [i] * len(indices)
                continue
            if kind == "histogram":
                bins = self._explicit_bins(p)
            elif kind == "exponential_histogram":
                bins = self._bins(*_exponential_entries(p))
            else:
                bins = {}
                meta["quantiles"] = {str(q["quantile"]): q["value"] for q in p.get("quantiles") or []}
            positive = True  # every bin count > 0, as _explicit_bins and _bins make them; a difference may hold zeros
            if p.get("temporality") != "delta":
                before = prev
                start = p.get("start_time_unix_nano", 0)
                prev = _Baseline(start, count, total, bins)
                cumulative_seen = True
                if before is None or before.bins is None:
                    continue  # a first cumulative point holds all history: it only sets the baseline
                if before.start == start and count >= before.count:
                    prev_bins = before.bins
                    diff = {j: c - prev_bins.get(j, 0.0) for j, c in bins.items()}
                    if not any(v < 0 for v in diff.values()):
                        bins = diff
                        positive = False
                        count, total = count - before.count, total - before.total
            counts[i], sums[i] = count, total
            if positive:
                sk_idx.extend(bins)
                sk_cnt.extend(bins.values())
                sk_rows.extend([i] * len(bins))
                continue
            for j, bucket_count in bins.items():
                if bucket_count > 0:
                    sk_idx.append(j)
                    sk_cnt.append(bucket_count)
                    sk_rows.append(i)
        if cumulative_seen and prev is not None:
            meta["prev"] = prev.stored()
        return counts, sums, sk_idx, sk_cnt, sk_rows

    def _inner_pieces(self, bounds: list[float]) -> list[list[int]]:
        """For a set of explicit bounds: the sketch indices of every inner bucket's pieces, its range not
        clamped (the outer buckets' lists are empty); cached, as a series keeps its bounds and most of a
        point's buckets lie inside its min and max."""
        key = tuple(bounds)
        known = self._pieces.get(key)
        if known is None:
            known = [[], *(_spread_indices(bounds[i - 1], bounds[i], self._middles, self.mapping) for i in range(1, len(bounds))), []]
            if len(self._pieces) >= 1024:
                self._pieces.clear()
            self._pieces[key] = known
        return known

    def _bounded_items(self, bounds: list[float], bucket_counts: Sequence[float], lo: float, hi: float) -> tuple[list[int], list[float]]:
        """Sketch items (indices, counts; an index may come more than once: the windows add them up) of
        explicit buckets whose values all lie in ``[lo, hi]`` (the point's min and max): each bucket's
        count spread evenly over ``histogram_bucket_pieces`` values through its range clamped to
        ``[lo, hi]`` (:func:`_clamped_range`, :func:`_spread_indices`).  A bucket entirely outside
        cannot hold counts; if it does (bad input) they go to the bucket's representative without min
        and max (:func:`_explicit_entries`)."""
        middles = self._middles
        k = len(middles)
        inner = self._inner_pieces(bounds)
        last = len(bounds)
        indices: list[int] = []
        shares: list[float] = []
        outside: list[int] = []
        for i, count in zip(range(last + 1), bucket_counts, strict=False):  # the shorter decides
            if count <= 0:
                continue
            if 0 < i < last and lo <= bounds[i - 1] and bounds[i] <= hi:
                pieces = inner[i]  # not clamped: where its bounds alone put them
            else:
                lower, upper = _clamped_range(bounds, i, lo, hi)
                if lower > upper:
                    outside.append(i)
                    continue
                pieces = _spread_indices(lower, upper, middles, self.mapping)
            indices += pieces
            shares += [count / k] * k
        if outside:
            reps, _ = _explicit_entries(bounds, bucket_counts, lo, hi)
            for i in outside:
                indices.append(self.mapping.index_one(float(reps[i])))
                shares.append(float(bucket_counts[i]))
        return indices, shares

    # -- reads ------------------------------------------------------------------------------
    def window_index(self, window: str) -> int:
        return self.spec.names.index(window)

    def read(self, key: SeriesKey, window: str, now_ns: int) -> Any:
        """The :class:`~pipeline.process.windows.WindowView` of one series."""
        return self.series[key].view(self.window_index(window), now_ns)

    def latency(self, key: SeriesKey, window: str, now_ns: int) -> npt.NDArray[np.float64]:
        """The configured quantiles of a series' sketch over a window."""
        series = self.series[key]
        return series.quantiles(series.view(self.window_index(window), now_ns), self.cfg.quantiles)

    # -- changelog ----------------------------------------------------------------------------
    def take_dirty(self) -> list[tuple[int, bytes, bytes]]:
        """``(partition, key, state)`` of every series changed since the last call."""
        out = []
        partition_of, held = self.partition_of, self.series
        for key in self.dirty:
            series = held.get(key)
            if series is not None:
                out.append((partition_of.get(key, 0), key.encode(), series.to_bytes()))
        self.dirty.clear()
        return out

    def load(self, raw_key: bytes, raw_value: bytes, partition: int | None = None) -> bool:
        """Adopt a series' state from the changelog (a partition taken over); ``False`` if unusable."""
        try:
            key = SeriesKey.decode(raw_key)
            series = WindowedSeries.from_bytes(raw_value, self.spec, self.mapping)
        except (ValueError, KeyError, TypeError):
            return False
        if series is None:
            return False
        self.series[key] = series
        if partition is not None:
            self.partition_of[key] = partition
        self._register(key)
        return True

    def forget(self, keys: Iterable[SeriesKey]) -> None:
        """Drop series whose partitions moved to another processor."""
        for key in keys:
            self.series.pop(key, None)
            self.partition_of.pop(key, None)
            self.dirty.discard(key)
        self._metric_keys.clear()
        self._services = {k.service for k in self.series}
        self._names = {}
        for key in self.series:
            self._register(key)


class _PendingPoints:
    """Gauge and sum points of series with a few points each, held for one :func:`add_points`."""

    def __init__(self) -> None:
        self.ids: set[int] = set()
        self.series: list[WindowedSeries] = []
        self.lengths: list[int] = []
        self.points: list[dict[str, Any]] = []
        self.values: list[float] = []
        self.totals: list[float] = []

    def _clear(self) -> None:
        for held in (self.ids, self.series, self.lengths, self.points, self.values, self.totals):
            held.clear()

    def queue(self, series: WindowedSeries, points: list[dict[str, Any]], values: list[float], totals: list[float] | None) -> None:
        """Hold one series' points (in time order), their values and what they add to the sum (the values: ``None``)."""
        self.ids.add(id(series))
        self.series.append(series)
        self.lengths.append(len(points))
        self.points += points
        self.values += values
        self.totals += values if totals is None else totals

    def add(self, now_ns: int) -> None:
        """Add what is held and forget it."""
        if not self.series:
            return
        times = np.fromiter(map(_BY_TIME, self.points), np.int64, len(self.points))
        add_points(self.series, self.lengths, times, self.values, self.totals, now_ns)
        self._clear()


_Items = tuple[list[float], list[float], list[int], list[float], list[int]]  # RollingStats._distribution_items


def _distribution_addition(series: WindowedSeries, times: npt.NDArray[np.int64], items: _Items) -> Addition:
    """The :class:`Addition` of :meth:`RollingStats._distribution_items`' lists."""
    counts, sums, sk_idx, sk_cnt, sk_rows = items
    return Addition(
        series, times, counts=np.array(counts, dtype=np.float64), totals=np.array(sums, dtype=np.float64),
        sketch_index=np.array(sk_idx, dtype=np.int64) if sk_idx else None,
        sketch_rows=np.array(sk_rows, dtype=np.int64) if sk_rows else None,
        sketch_counts=np.array(sk_cnt, dtype=np.float64) if sk_cnt else None,
    )


class _PendingItems:
    """Histogram and summary points with sketch items, of series with a sketch, held for one
    :func:`~pipeline.process.windows.add_columns`: what their :class:`Addition` objects would add,
    without an array a series."""

    def __init__(self) -> None:
        self.ids: set[int] = set()
        self.series: list[WindowedSeries] = []
        self.lengths: list[int] = []
        self.points: list[dict[str, Any]] = []
        self.counts: list[float] = []
        self.sums: list[float] = []
        self.bounds: list[tuple[int, int]] = []  # each series' lowest and highest sketch index
        self.item_index: list[int] = []
        self.item_counts: list[float] = []
        self.item_entry: list[int] = []
        self.item_lengths: list[int] = []

    def _clear(self) -> None:
        for held in (self.ids, self.series, self.lengths, self.points, self.counts, self.sums, self.bounds,
                     self.item_index, self.item_counts, self.item_entry, self.item_lengths):
            held.clear()

    def queue(self, series: WindowedSeries, points: list[dict[str, Any]], items: _Items) -> None:
        """Hold one series' points (in time order) and their lists (at least one sketch item)."""
        counts, sums, sk_idx, sk_cnt, sk_rows = items
        offset = len(self.points)
        self.ids.add(id(series))
        self.series.append(series)
        self.lengths.append(len(points))
        self.points += points
        self.counts += counts
        self.sums += sums
        self.bounds.append((min(sk_idx), max(sk_idx)))
        self.item_index += sk_idx
        self.item_counts += sk_cnt
        self.item_entry += sk_rows if not offset else [offset + row for row in sk_rows]
        self.item_lengths.append(len(sk_idx))

    def add(self, now_ns: int) -> None:
        """Add what is held and forget it."""
        if not self.series:
            return
        for series, (lo, hi) in zip(self.series, self.bounds, strict=True):
            series._grow(lo, hi)
        los = np.repeat(np.array([series.lo for series in self.series], dtype=np.int64), self.item_lengths)
        n = len(self.series)
        add_columns(Columns(
            self.series, self.lengths, np.fromiter(map(_BY_TIME, self.points), np.int64, len(self.points)),
            counts=np.array(self.counts, dtype=np.float64), totals=np.array(self.sums, dtype=np.float64),
            has_totals=[True] * n, sketched=list(range(n)), item_entry=np.array(self.item_entry, dtype=np.int64),
            item_bin=np.array(self.item_index, dtype=np.int64) - los, item_counts=np.array(self.item_counts, dtype=np.float64),
        ), now_ns)
        self._clear()


def _histogram_addition(
    series: WindowedSeries, times: npt.NDArray[np.int64], counts: list[float], sums: list[float],
    sketch_index: npt.NDArray[np.int64], sketch_counts: npt.NDArray[np.float64], sketch_rows: npt.NDArray[np.int64],
) -> Addition:
    return Addition(series, times, counts=np.array(counts, dtype=np.float64), totals=np.array(sums, dtype=np.float64),
                    sketch_index=sketch_index if sketch_index.size else None,
                    sketch_rows=sketch_rows.astype(np.int64) if sketch_rows.size else None,
                    sketch_counts=sketch_counts if sketch_counts.size else None)


def _queue(pending: dict[int, Addition], addition: Addition, now_ns: int) -> None:
    """Hold ``addition`` for one :func:`~pipeline.process.windows.add_batch` of the whole batch; what is
    held is added first when its series comes again (two groups both tracked as ``other``)."""
    if id(addition.series) in pending:
        add_batch(list(pending.values()), now_ns)
        pending.clear()
    pending[id(addition.series)] = addition


def _error_keys(groups: dict[tuple[str, str, str], list[int]]) -> dict[SeriesKey, list[int]]:
    """Error groups keyed by ``(service, error type, environment)`` as series keys, in the same order:
    records are grouped by plain tuples (hashed and compared in C), one SeriesKey made a group."""
    return {SeriesKey("err", service, kind, "", env): members for (service, kind, env), members in groups.items()}


def _labels_text(attributes: dict[str, Any], limit: int = 200) -> str:
    text = ",".join(f"{k}={attributes[k]}" for k in sorted(attributes))
    return text if len(text) <= limit else text[: limit - 1] + "…"
