"""Explicit-bucket histogram points that carry min and max: buckets read in [min, max], spread through
their range, cumulative points differenced in bucket space; points without them as before."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import numpy as np
import pytest

from pipeline.process.config import StatsConfig
from pipeline.process.stats import RollingStats, SeriesKey
from pipeline.process.windows import WindowedSeries

NOW = 1_795_428_000 * 10**9
START = NOW - 3600 * 10**9
KEY = SeriesKey("metric", "api", "http.server.request.duration", "s")
# the OpenTelemetry SDK's default explicit bucket boundaries (ExplicitBucketHistogramAggregation)
SDK_DEFAULT_BOUNDS = [0.0, 5.0, 10.0, 25.0, 50.0, 75.0, 100.0, 250.0, 500.0, 750.0, 1000.0, 2500.0, 5000.0, 7500.0, 10000.0]
ALPHA = StatsConfig().relative_accuracy


def _sdk_exports(batches: list[np.ndarray]) -> list[dict[str, Any]]:
    """What the OpenTelemetry SDK exports over OTLP (default aggregation: cumulative, default bounds,
    min and max) after each batch of recorded values, decoded as the processor decodes it."""
    from opentelemetry.exporter.otlp.proto.common.metrics_encoder import encode_metrics
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader

    from pipeline.process.otlp_records import metrics_records, parse_otlp_proto

    reader = InMemoryMetricReader()
    histogram = MeterProvider(metric_readers=[reader]).get_meter("t").create_histogram("http.server.request.duration", unit="s")
    out = []
    for values in batches:
        for v in values.tolist():
            histogram.record(v)
        body = encode_metrics(reader.get_metrics_data()).SerializeToString()
        (point,) = metrics_records(parse_otlp_proto("metrics", body), "api", NOW)
        out.append({**point, "time_unix_nano": NOW})  # the window's clock, not the machine's
    return out


def _point(k: int, counts: list[int], lo: float | None, hi: float | None, temporality: str = "cumulative",
           bounds: list[float] | None = None, start: int = START) -> dict[str, Any]:
    p = {"service.name": "api", "name": KEY.name, "type": "histogram", "series_id": "s", "temporality": temporality,
         "time_unix_nano": NOW - (20 - k) * 10**9, "start_time_unix_nano": start,
         "explicit_bounds": bounds or [0.01, 0.1, 1.0], "bucket_counts": counts, "count": sum(counts), "sum": 0.05 * sum(counts)}
    if lo is not None:
        p["min"] = lo
    if hi is not None:
        p["max"] = hi
    return p


def _feed(stats: RollingStats, points: list[dict[str, Any]]) -> None:
    for p in points:  # one export a batch, as exporters send them
        stats.update("metrics", [p], NOW)


def _view(stats: RollingStats) -> Any:
    return stats.read(KEY, "1h", NOW)


def test_sdk_default_bounds_with_seconds_values_give_quantiles_within_min_and_max() -> None:
    """The user's case: durations of 0.02-0.05 s under the SDK's millisecond bounds all fall in (0, 5]."""
    rng = np.random.default_rng(3)
    batches = [rng.uniform(0.02, 0.05, 200) for _ in range(4)]
    points = _sdk_exports(batches)
    assert all(p["explicit_bounds"] == SDK_DEFAULT_BOUNDS and p["bucket_counts"][1] == p["count"] for p in points)
    stats = RollingStats(StatsConfig())
    _feed(stats, points)
    (key,) = stats.series
    assert key.name == "http_server_request_duration_seconds"  # the name the user read the quantiles under
    counted = np.concatenate(batches[1:])  # the first cumulative point only sets the baseline
    p50, p95, p99 = stats.latency(key, "1h", NOW)
    lo, hi = points[-1]["min"], points[-1]["max"]
    for q in (p50, p95, p99):
        assert lo * (1 - ALPHA) <= q <= hi * (1 + ALPHA)
    assert p50 < p95 <= p99  # spread through the bucket's range, not one value for every quantile
    exact = np.quantile(counted, [0.5, 0.95, 0.99], method="lower")
    assert np.all(np.abs(np.array([p50, p95, p99]) - exact) / exact < 0.25)
    assert stats.read(key, "1h", NOW).count == counted.size


def test_delta_point_is_read_in_its_min_and_max() -> None:
    stats = RollingStats(StatsConfig())
    _feed(stats, [_point(1, [0, 10, 0, 0], 0.02, 0.05, temporality="delta")])
    view = _view(stats)
    values = stats.mapping.value(np.nonzero(view.sketch)[0] + view.lo)
    assert view.count == 10 and view.sketch.sum() == pytest.approx(10)
    assert values.min() >= 0.02 * (1 - ALPHA) and values.max() <= 0.05 * (1 + ALPHA)
    assert len(values) == StatsConfig().histogram_bucket_pieces


def test_cumulative_series_whose_lifetime_min_falls_between_points_counts_each_value_once() -> None:
    """The lifetime min drops at the third point (a value below the old min arrives, in the lowest
    bucket, which already held values): that bucket's clamped range and so its sketch values move, and
    bucket-space differences still add up to the counts' differences."""
    points = [
        _point(1, [1, 4, 1, 0], 0.008, 0.5),  # the baseline
        _point(2, [2, 7, 2, 0], 0.008, 0.5),  # +1, +3, +1
        _point(3, [4, 9, 2, 1], 0.003, 1.5),  # +2 (one below the old min), +2, +1 above the old max
        _point(4, [4, 12, 3, 1], 0.003, 1.5),  # +3, +1
    ]
    stats = RollingStats(StatsConfig())
    _feed(stats, points)
    view = _view(stats)
    deltas = points[-1]["count"] - points[0]["count"]
    assert view.count == deltas == 14
    assert view.sketch.sum() == pytest.approx(deltas)
    assert view.total == pytest.approx(points[-1]["sum"] - points[0]["sum"])
    assert stats.series[KEY].meta["prev"]["buckets"] == [4.0, 12.0, 3.0, 1.0]


@pytest.mark.parametrize(("later", "added"), [
    (_point(2, [1, 3, 0, 0], 0.005, 0.5, start=NOW - 5 * 10**9), 4),  # a new start: a restart, all of it is new
    (_point(2, [0, 5, 0, 0], 0.02, 0.5), 5),  # a bucket lower (the third): a reset, all of it is new
    (_point(2, [0, 6, 1, 0], 0.02, 0.5, bounds=[0.01, 0.2, 1.0]), 0),  # other bounds, same start: a new baseline
])
def test_cumulative_resets_and_changed_bounds(later: dict[str, Any], added: int) -> None:
    stats = RollingStats(StatsConfig())
    _feed(stats, [_point(1, [0, 5, 1, 0], 0.02, 0.5), later])
    assert _view(stats).count == added
    assert stats.series[KEY].meta["prev"]["buckets"] == list(map(float, later["bucket_counts"]))


def test_state_with_the_old_prev_format_loads_and_the_next_point_sets_the_baseline() -> None:
    """A changelog state written before bucket baselines: ``prev`` holds sketch bins."""
    stats = RollingStats(StatsConfig())
    series = WindowedSeries(stats.spec, stats.mapping, with_sketch=True)
    series.meta = {"type": "histogram", "unit": "s", "monotonic": False, "labels": "",
                   "prev": {"start": START, "count": 5.0, "sum": 0.25, "bins": [[-184, -119], [4.0, 1.0]]}}
    restored = RollingStats(StatsConfig())
    assert restored.load(KEY.encode(), series.to_bytes())
    _feed(restored, [_point(1, [0, 6, 2, 0], 0.02, 0.5)])  # same start: no buckets to difference against
    assert _view(restored).count == 0
    _feed(restored, [_point(2, [0, 8, 3, 0], 0.02, 0.5)])
    assert _view(restored).count == 3
    assert restored.series[KEY].meta["prev"] == {"start": START, "count": 11.0, "sum": pytest.approx(0.55),
                                                 "bounds": [0.01, 0.1, 1.0], "buckets": [0.0, 8.0, 3.0, 0.0]}


def test_series_that_loses_min_and_max_sets_a_new_baseline() -> None:
    stats = RollingStats(StatsConfig())
    _feed(stats, [_point(1, [0, 5, 1, 0], 0.02, 0.5), _point(2, [0, 6, 1, 0], 0.02, 0.5), _point(3, [0, 8, 1, 0], None, None),
                  _point(4, [0, 9, 2, 0], None, None)])
    assert _view(stats).count == 1 + 2


@pytest.mark.parametrize("temporality", ["delta", "cumulative"])
def test_counts_in_a_bucket_outside_min_and_max_do_not_fail(temporality: str) -> None:
    """Bad input: min and max say every value is in (0.01, 0.1], yet (1, inf) holds two."""
    stats = RollingStats(StatsConfig())
    points = [_point(1, [0, 3, 0, 2], 0.02, 0.05, temporality), _point(2, [0, 6, 0, 4], 0.02, 0.05, temporality)]
    _feed(stats, points)
    view = _view(stats)
    expected = 5 + 10 if temporality == "delta" else 10 - 5
    assert view.count == expected and view.sketch.sum() == pytest.approx(expected)
    top = stats.mapping.value(view.lo + np.nonzero(view.sketch)[0][-1])
    assert top == pytest.approx(1.0, rel=ALPHA)  # the last bucket at its bound, as without min and max
    assert np.all(np.isfinite(stats.latency(KEY, "1h", NOW)))


def test_max_below_min_is_read_as_no_min_and_max() -> None:
    with_bad = RollingStats(StatsConfig())
    _feed(with_bad, [_point(1, [0, 3, 1, 0], 0.5, 0.02, "delta")])
    without = RollingStats(StatsConfig())
    plain = _point(1, [0, 3, 1, 0], None, None, "delta")
    plain["min"], plain["max"] = 0.5, 0.02  # what the path for points without both reads them as
    _feed(without, [plain])
    assert np.array_equal(_view(with_bad).sketch, _view(without).sketch)


# -- points without min and max: the statistics of the code before this change (commit 9de5cf3) --------
_BOUNDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]


def _plain(k: int, temporality: str, counts: list[int], start: int = START, **extra: Any) -> dict[str, Any]:
    return {"service.name": "api", "name": "d", "type": "histogram", "series_id": "s", "temporality": temporality,
            "time_unix_nano": NOW - (20 - k) * 10**9, "start_time_unix_nano": start, "explicit_bounds": _BOUNDS,
            "bucket_counts": counts, "count": sum(counts), "sum": 0.1 * sum(counts) + k, **extra}


def _counts(k: int) -> list[int]:
    return [k % 3, 2 * k, 5 + k, 7 * k, 3, k, 0, 1 if k > 2 else 0, 0, 0, 0, k % 2]


def _cumulative(k: int) -> list[int]:
    return [sum(_counts(j)[b] for j in range(1, k + 1)) for b in range(12)]


# digests of (count, sum, sketch's lo, sketch, meta["prev"]) of the 1h window, made by commit 9de5cf3
_BEFORE = {
    "delta-one-a-batch": ("f7c92f87d9caf5ff", [[_plain(k, "delta", _counts(k))] for k in range(1, 4)]),
    "delta-table": ("b2b353284d29dcec", [[_plain(k, "delta", _counts(k)) for k in range(1, 7)]]),
    "cumulative-one-a-batch": ("3868cb9cab303e7e", [[_plain(k, "cumulative", _cumulative(k))] for k in range(1, 5)]
                               + [[_plain(5, "cumulative", _counts(5), start=NOW - 5 * 10**9)]]),
    "cumulative-table": ("944b1c89ec763a6e", [[_plain(k, "cumulative", _cumulative(k)) for k in range(1, 7)],
                                              [_plain(7, "cumulative", _cumulative(7))]]),
    "only-max": ("20c7eaac2a517807", [[_plain(k, "delta", _counts(k), max=20.0)] for k in range(1, 3)]),
}


@pytest.mark.parametrize("name", sorted(_BEFORE))
def test_points_without_min_and_max_give_the_statistics_of_before(name: str) -> None:
    expected, batches = _BEFORE[name]
    stats = RollingStats(StatsConfig())
    for batch in batches:
        stats.update("metrics", batch, NOW)
    series = stats.series[SeriesKey("metric", "api", "d", "s")]
    view = series.view(stats.window_index("1h"), NOW)
    state = [view.count, view.total, view.lo, view.sketch.tolist(), series.meta.get("prev")]
    assert hashlib.sha256(json.dumps(state).encode()).hexdigest()[:16] == expected


def test_sdk_exponential_histogram_quantiles_stay_within_min_and_max() -> None:
    """The OpenTelemetry SDK's exponential histogram at a coarse scale (max_scale 0: buckets of
    width 2): 70-80 ms requests share the bucket (62.5, 125] ms, whose middle (88 ms) is above them
    all; the point's min and max bound the quantiles."""
    from opentelemetry.exporter.otlp.proto.common.metrics_encoder import encode_metrics
    from opentelemetry.sdk.metrics import Histogram, MeterProvider
    from opentelemetry.sdk.metrics.export import AggregationTemporality, InMemoryMetricReader
    from opentelemetry.sdk.metrics.view import ExponentialBucketHistogramAggregation

    from pipeline.process.otlp_records import metrics_records, parse_otlp_proto

    reader = InMemoryMetricReader(
        preferred_temporality={Histogram: AggregationTemporality.DELTA},
        preferred_aggregation={Histogram: ExponentialBucketHistogramAggregation(max_scale=0)},
    )
    histogram = MeterProvider(metric_readers=[reader]).get_meter("t").create_histogram("http.server.request.duration", unit="s")
    values = np.random.default_rng(5).uniform(0.070, 0.080, 300)
    for v in values.tolist():
        histogram.record(v)
    (point,) = metrics_records(parse_otlp_proto("metrics", encode_metrics(reader.get_metrics_data()).SerializeToString()),
                               "api", NOW)
    assert point["type"] == "exponential_histogram" and point["scale"] == 0
    stats = RollingStats(StatsConfig())
    stats.update("metrics", [{**point, "time_unix_nano": NOW}], NOW)
    (key,) = stats.series
    quantiles = stats.latency(key, "1h", NOW)
    assert stats.read(key, "1h", NOW).count == values.size
    assert all(values.min() * (1 - ALPHA) <= q <= values.max() * (1 + ALPHA) for q in quantiles), (quantiles, point)
