"""PromQL rules (``alerts.rules`` entries with ``expr``, ``alerts.rule_files``) evaluated in the stream.

The source keeps a :class:`~pipeline.promql.store.SeriesStore` of

- every metric point the processor decodes (OTLP, remote write, scraped),
  as the samples Prometheus would hold for it (:mod:`pipeline.promql.points`),
  under the one naming rule;
- the derived statistics, sampled at each evaluation under the names and
  labels ``/metrics`` shows them with (``sightline_service_error_ratio{service,
  operation, window}``, ``sightline_service_latency_milliseconds{...,
  quantile}``, ``sightline_log_records``, ...),

and evaluates the rules over it every ``alerts.evaluation_interval_s``; their
results become ``threshold`` alerts in the alert engine (``for``, the hold
before resolving, re-notification), tiers of one alert paging once at their
highest severity.

A processor sees the series of the services whose partitions it holds, so a
rule that aggregates across services (``sum(rate(x[5m]))`` without ``by
(service)``) sums what that processor sees; per-service rules are exact
whatever the number of processors.  The store is rebuilt from the stream after
a partition moves (it is not in the changelog); alert states are.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

from pipeline.alerts.engine import Condition
from pipeline.process.findings.base import Context, Settings, Source, finite
from pipeline.process.metrics import StatsCollector
from pipeline.promql.points import point_samples
from pipeline.promql.rules import RuleSet
from pipeline.promql.store import SeriesStore, is_stale

__all__ = ["PromQLRules"]

_FORGET_EVERY_S = 60.0


def _counts_finite(point: dict[str, Any]) -> bool:
    """Whether a metric point's value, count and sum are finite (the staleness marker counts as finite).

    >>> _counts_finite({"value": 1.0}), _counts_finite({"count": 3, "sum": float("nan")})
    (True, False)
    """
    for name in ("value", "count", "sum"):
        value = point.get(name)
        if type(value) is float and value - value != 0.0 and not is_stale(value):
            return False
    return True


class PromQLRules(Source):
    """PromQL alerting and recording rules; raises ``threshold`` alerts (declared by the rules source)."""

    name = "promql"
    kinds = ()
    raises: ClassVar[tuple[str, ...]] = ("threshold",)  # alerts of a kind the rules source declares

    def __init__(self, settings: Settings, ctx: Context) -> None:
        super().__init__(settings, ctx)
        alerts = settings.alerts
        self.rules = RuleSet(alerts.rule_groups(), lookback_ms=int(alerts.promql_lookback * 1000))
        # Keep what the longest rule reads, and at least ten minutes for the derived statistics.
        self.store = SeriesStore(retention_ms=max(self.rules.retention_ms, 600_000), max_series=alerts.promql_max_series)
        self._totals: dict[tuple[Any, ...], float] = {}
        # Only what the rules read is kept: the points of the metrics their selectors name (a
        # point named N gives N, N_bucket, N_count and N_sum), and the derived statistics only
        # when a rule reads a sightline_* name.  A selector naming no one metric keeps everything.
        reads = self.rules.reads
        self._reads = reads
        self._kept: dict[str, bool] = {}  # point name → whether the rules read its samples
        self._derived = reads is None or any(name.startswith("sightline_") for name in reads)
        self._forgotten_at = 0.0
        self.evaluations = 0
        self.failures = 0

    def on_records(self, signal: str, records: Sequence[dict[str, Any]]) -> None:
        if not self.rules or signal != "metrics":
            return
        append = self.store.append
        totals = self._totals
        skipped = 0
        reads, kept = self._reads, self._kept
        for record in records:
            if reads is not None:
                name = record.get("name")
                if not isinstance(name, str):
                    continue
                keep = kept.get(name)
                if keep is None:
                    keep = self._read_by_rules(name, reads)
                if not keep:
                    continue
            if not _counts_finite(record):  # before point_samples: a NaN would stay in a delta's running sum
                skipped += 1
                continue
            for labels, t_ms, value in point_samples(record, totals):
                if value - value != 0.0 and not is_stale(value):  # NaN (not the staleness marker) or ±Inf
                    skipped += 1
                    continue
                append(labels, t_ms, value)
        if skipped:
            self.ctx.skip_nonfinite(self.name, skipped)

    def _read_by_rules(self, name: str, reads: frozenset[str]) -> bool:
        """Whether a rule reads any sample of points named ``name`` (remembered; bounded like the store)."""
        if len(self._kept) >= self.store.max_series:
            self._kept.clear()
        keep = self._kept[name] = any(n in reads for n in (name, name + "_bucket", name + "_count", name + "_sum"))
        return keep

    def evaluate(self, now: float) -> list[Condition]:
        if not self.rules:
            return []
        t_ms = int(now * 1000)
        now_ns = t_ms * 1_000_000
        for family in StatsCollector(self.ctx.stats, clock=lambda: now_ns).collect() if self._derived else ():
            for sample in family.samples:
                if sample.name.endswith("_created") or not finite(float(sample.value)):
                    continue  # a statistic with no data (a quantile of an empty window) is NaN: absent here
                self.store.append({**sample.labels, "__name__": sample.name}, t_ms, float(sample.value))
        previously = [
            state.condition
            for state in self.ctx.engine.states.values()
            if "expr" in state.condition.series and state.condition.alertname in self.rules.alert_names
        ]
        conditions = self.rules.evaluate(t_ms, self.store, previously)
        self.evaluations += 1
        self.failures = len(self.rules.errors)
        if now - self._forgotten_at >= _FORGET_EVERY_S:
            self._forgotten_at = now
            self.store.forget_before(t_ms - self.store.retention_ms)
            if len(self._totals) > 2 * self.store.max_series:
                self._totals.clear()  # running sums of series long gone; live ones restart from their next delta
        return conditions

    def collect(self) -> Iterable[Any]:
        if not self.rules:
            return
        series = GaugeMetricFamily("sightline_promql_series", "Series held for PromQL rules by this processor.")
        series.add_metric([], len(self.store))
        yield series
        refused = CounterMetricFamily(
            "sightline_promql_refused_series",
            "New series not kept for PromQL rules because alerts.promql_max_series was reached.",
        )
        refused.add_metric([], self.store.refused_series)
        yield refused
        failing = GaugeMetricFamily(
            "sightline_promql_rule_failing",
            "1 for a PromQL rule whose last evaluation failed (e.g. a many-to-many match); the log says why.",
            labels=["rule"],
        )
        for rule in self.rules.rules():
            failing.add_metric([rule.name], 1.0 if rule.name in self.rules.errors else 0.0)
        yield failing
