"""How far the histogram quantiles of the rolling statistics are from the exact quantiles of the values.

Not a test: a measurement, run against a checkout (``PYTHONPATH`` picks the code base)::

    .venv/bin/python -m tests.unit.process.histogram_accuracy [VALUES [SEED [PIECES]]]
    PYTHONPATH=/tmp/hqbase .venv/bin/python tests/unit/process/histogram_accuracy.py   # another checkout

Values drawn from a few distributions (seconds) are bucketed under common boundary sets, sent as
explicit-bucket histogram points that carry min, max, count and sum as the OpenTelemetry SDK sends them
(one delta point; or ten cumulative exports, min and max over the lifetime), and p50/p95/p99 read from
the 5m window are compared with the values' exact quantiles (lower rank, as the sketch reads them).
Prints one row a case (relative error in %) and the median, mean and worst over the cases.
"""

from __future__ import annotations

import sys

import numpy as np

from pipeline.process.config import StatsConfig
from pipeline.process.stats import RollingStats, SeriesKey

QUANTILES = [0.5, 0.95, 0.99]
BOUNDARIES = {
    # the OpenTelemetry SDK's default explicit bounds (milliseconds in mind; values here in seconds)
    "otel-sdk-default": [0, 5, 10, 25, 50, 75, 100, 250, 500, 750, 1000, 2500, 5000, 7500, 10000],
    # the HTTP semantic conventions' advice for http.server.request.duration (seconds)
    "semconv-seconds": [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10],
    # the Prometheus Go client's DefBuckets (prometheus_client for Python has the semantic-convention set)
    "prometheus-go": [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
}
NOW = 1_795_428_000 * 10**9


def distributions(rng: np.random.Generator, n: int) -> dict[str, np.ndarray]:
    """Request durations in seconds."""
    slow = n // 10
    return {
        "lognormal-30ms": rng.lognormal(np.log(0.03), 0.3, n),
        "lognormal-80ms-wide": rng.lognormal(np.log(0.08), 1.0, n),
        "uniform-20-50ms": rng.uniform(0.02, 0.05, n),
        "bimodal-10ms-400ms": np.concatenate([rng.lognormal(np.log(0.01), 0.2, n - slow), rng.lognormal(np.log(0.4), 0.3, slow)]),
    }


def bucket_counts(values: np.ndarray, bounds: list[float]) -> list[int]:
    """Counts of the buckets (upper bound inclusive, as OTLP says)."""
    return np.bincount(np.searchsorted(bounds, values, side="left"), minlength=len(bounds) + 1).tolist()


def points(values: np.ndarray, bounds: list[float], exports: int) -> list[dict[str, object]]:
    """One delta point (``exports`` 0) or ``exports`` cumulative points of the values in order."""
    base = {"service.name": "api", "name": "http.server.request.duration", "type": "histogram",
            "series_id": "s", "explicit_bounds": bounds, "unit": "s"}
    if not exports:
        return [{**base, "temporality": "delta", "time_unix_nano": NOW, "start_time_unix_nano": NOW - 10**9,
                 "count": values.size, "sum": float(values.sum()), "min": float(values.min()), "max": float(values.max()),
                 "bucket_counts": bucket_counts(values, bounds)}]
    out = []
    for k in range(1, exports + 1):
        seen = values[: values.size * k // exports]
        out.append({**base, "temporality": "cumulative", "time_unix_nano": NOW - (exports - k) * 10**9,
                    "start_time_unix_nano": NOW - 3600 * 10**9, "count": seen.size, "sum": float(seen.sum()),
                    "min": float(seen.min()), "max": float(seen.max()), "bucket_counts": bucket_counts(seen, bounds)})
    return out


def estimate(pts: list[dict[str, object]], pieces: int = 0) -> np.ndarray:
    """p50/p95/p99 of the 5m window after the points went in one by one (one export a batch);
    ``pieces``: ``process.stats.histogram_bucket_pieces`` (0: the default)."""
    stats = RollingStats(StatsConfig(quantiles=QUANTILES, **({"histogram_bucket_pieces": pieces} if pieces else {})))
    for p in pts:
        stats.update("metrics", [p], NOW)
    return stats.latency(SeriesKey("metric", "api", "http.server.request.duration", "s"), "5m", NOW)


def main(n: int = 2000, seed: int = 11, pieces: int = 0) -> None:
    rng = np.random.default_rng(seed)
    samples = distributions(rng, n)
    for exports, title in ((0, "one delta point"), (10, "ten cumulative exports (the first sets the baseline)")):
        errors = []
        print(f"## {title}: relative error of p50 / p95 / p99, %")
        for bname, bounds in BOUNDARIES.items():
            for dname, values in samples.items():
                pts = points(values, bounds, exports)
                counted = values[values.size // exports:] if exports else values  # what the window holds
                exact = np.quantile(counted, QUANTILES, method="lower")
                err = np.abs(estimate(pts, pieces) - exact) / exact * 100
                errors.append(err)
                print(f"{bname:18s} {dname:20s} " + " / ".join(f"{e:7.1f}" for e in err))
        table = np.array(errors)
        for name, fn in (("median", np.median), ("mean", np.mean), ("worst", np.max)):
            print(f"{name:39s} " + " / ".join(f"{e:7.1f}" for e in fn(table, axis=0)))
        print()


if __name__ == "__main__":
    main(*map(int, sys.argv[1:]))
