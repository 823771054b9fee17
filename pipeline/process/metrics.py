"""Derived metrics on ``/metrics``: read from the rolling statistics at scrape time.

A custom collector (prometheus_client's ``Collector`` protocol) registered on
the registry passed in: nothing is updated in the hot path.  Label values are
already capped by :class:`~pipeline.process.stats.RollingStats` (overflow is
tracked as ``other`` and counted in ``sightline_stats_label_overflow_total``).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector

from pipeline.process.stats import OVERFLOW, RollingStats

__all__ = ["PipelineCollector", "StatsCollector"]


def _num(value: float) -> float:
    return value if math.isfinite(value) else math.nan


class StatsCollector(Collector):
    """Per service and operation request rate, error ratio, latency quantiles; logs, errors, OTLP series."""

    def __init__(self, stats: RollingStats, clock: Callable[[], int] = time.time_ns) -> None:
        self.stats = stats
        self.clock = clock

    def collect(self) -> Iterator[Any]:
        stats = self.stats
        now = self.clock()
        qs = [str(q) for q in stats.cfg.quantiles]
        fam = {
            "requests": GaugeMetricFamily("sightline_service_requests", "Spans in the window, by service and operation.", labels=["service", "environment", "operation", "window"]),
            "rate": GaugeMetricFamily("sightline_service_request_rate", "Spans per second over the window.", labels=["service", "environment", "operation", "window"]),
            "errors": GaugeMetricFamily("sightline_service_errors", "Failed spans (status error or HTTP 5xx) in the window.", labels=["service", "environment", "operation", "window"]),
            "ratio": GaugeMetricFamily("sightline_service_error_ratio", "Failed spans / spans over the window.", labels=["service", "environment", "operation", "window"]),
            "latency": GaugeMetricFamily("sightline_service_latency_milliseconds", f"Span duration quantiles over the window (relative error {stats.cfg.relative_accuracy:g}).", labels=["service", "environment", "operation", "window", "quantile"]),
            "logs": GaugeMetricFamily("sightline_log_records", "Log records in the window, by service and level.", labels=["service", "environment", "level", "window"]),
            "log_ratio": GaugeMetricFamily("sightline_log_error_ratio", "Log records at ERROR or above / all log records, over the window.", labels=["service", "environment", "window"]),
            "err": GaugeMetricFamily("sightline_error_records", "Error spans and error logs in the window, by service and error type.", labels=["service", "environment", "error_type", "window"]),
            "gauge": GaugeMetricFamily("sightline_otlp_gauge", "OTLP gauges (and non-monotonic sums): last, mean, min, max over the window.", labels=["service", "environment", "metric", "series", "window", "stat"]),
            "sum_rate": GaugeMetricFamily("sightline_otlp_sum_rate", "OTLP monotonic sums as a rate per second over the window.", labels=["service", "environment", "metric", "series", "window"]),
            "hist_q": GaugeMetricFamily("sightline_otlp_histogram_quantile", "OTLP histogram quantiles over the window.", labels=["service", "environment", "metric", "series", "window", "quantile"]),
            "hist_rate": GaugeMetricFamily("sightline_otlp_histogram_count_rate", "OTLP histogram and summary observations per second over the window.", labels=["service", "environment", "metric", "series", "window"]),
            "summary_q": GaugeMetricFamily("sightline_otlp_summary_quantile", "Last quantile values reported by OTLP summaries.", labels=["service", "environment", "metric", "series", "quantile"]),
        }
        log_totals: dict[tuple[str, str, str], list[float]] = {}
        for key, series in list(stats.series.items()):
            for w, window in enumerate(stats.spec.names):
                view = series.view(w, now)
                if key.kind == "op":
                    labels = [key.service, key.environment, key.name, window]
                    fam["requests"].add_metric(labels, view.count)
                    fam["rate"].add_metric(labels, view.rate)
                    fam["errors"].add_metric(labels, view.errors)
                    fam["ratio"].add_metric(labels, view.error_ratio)
                    for q, value in zip(qs, series.quantiles(view, stats.cfg.quantiles), strict=True):
                        fam["latency"].add_metric([*labels, q], _num(float(value)))
                elif key.kind == "log":
                    fam["logs"].add_metric([key.service, key.environment, key.name, window], view.count)
                    acc = log_totals.setdefault((key.service, key.environment, window), [0.0, 0.0])
                    acc[0] += view.count
                    acc[1] += view.errors
                elif key.kind == "err":
                    fam["err"].add_metric([key.service, key.environment, key.name, window], view.count)
                elif key.kind == "metric":
                    if series.meta.get("type") == OVERFLOW:
                        continue  # points of many metrics: no value to show (sightline_stats_label_overflow counts them)
                    labels = [key.service, key.environment, key.name, str(series.meta.get("labels", key.series)), window]
                    kind = series.meta.get("type", "gauge")
                    if kind in ("histogram", "exponential_histogram", "summary"):
                        fam["hist_rate"].add_metric(labels, view.rate)
                        if kind != "summary":
                            for q, value in zip(qs, series.quantiles(view, stats.cfg.quantiles), strict=True):
                                fam["hist_q"].add_metric([*labels, q], _num(float(value)))
                    elif kind == "sum" and series.meta.get("monotonic"):
                        fam["sum_rate"].add_metric(labels, view.total_rate)
                    else:
                        fam["gauge"].add_metric([*labels, "last"], _num(series.last))
                        fam["gauge"].add_metric([*labels, "mean"], _num(view.mean))
                        fam["gauge"].add_metric([*labels, "min"], _num(view.minimum))
                        fam["gauge"].add_metric([*labels, "max"], _num(view.maximum))
            if key.kind == "metric" and series.meta.get("type") == "summary":
                for q, value in (series.meta.get("quantiles") or {}).items():
                    fam["summary_q"].add_metric([key.service, key.environment, key.name, str(series.meta.get("labels", key.series)), q], float(value))
        for (service, environment, window), (total, errors) in log_totals.items():
            fam["log_ratio"].add_metric([service, environment, window], errors / total if total else 0.0)
        yield from fam.values()
        tracked = GaugeMetricFamily("sightline_stats_series", "Series whose rolling statistics this processor holds, by kind.", labels=["kind"])
        counts: dict[str, int] = {}
        for key in stats.series:
            counts[key.kind] = counts.get(key.kind, 0) + 1
        for kind in ("op", "log", "err", "metric"):
            tracked.add_metric([kind], counts.get(kind, 0))
        yield tracked
        overflow = CounterMetricFamily("sightline_stats_label_overflow", "New label values tracked as 'other' because a cardinality cap was reached.", labels=["label"])
        for label in ("service", "operation", "level", "error_type", "series"):
            overflow.add_metric([label], stats.overflow.get(label, 0))
        yield overflow


class PipelineCollector(Collector):
    """The processor's own figures: records per stage, consumer lag."""

    def __init__(
        self,
        stage_records: Callable[[], Mapping[tuple[str, str], int]],
        lag: Callable[[], Mapping[tuple[str, int], int]],
        component: str = "process",
    ) -> None:
        self.stage_records = stage_records
        self.lag = lag
        self.component = component

    def collect(self) -> Iterator[Any]:
        stages = CounterMetricFamily("sightline_process_stage_records", "Records that left each processing stage (decode, transform, stats), by signal.", labels=["stage", "signal"])
        for (stage, signal), n in sorted(self.stage_records().items()):
            stages.add_metric([stage, signal], n)
        yield stages
        lag = GaugeMetricFamily("sightline_consumer_lag", "Messages not yet processed (high watermark minus position), by topic and partition.", labels=["component", "topic", "partition"])
        for (topic, partition), n in sorted(self.lag().items()):
            lag.add_metric([self.component, topic, str(partition)], n)
        yield lag
