"""Metric anomalies: one detector per tracked series, fed once per ``detectors.feed_interval_s``.

Series: every operation's p95 latency, request rate and error ratio (when it
has at least ``detectors.error_spike.min_count`` errors) and every OTLP metric
series' mean (or rate for sums), read over the shortest statistics window, but
for the metrics ``detectors.skip_metrics`` names (client libraries' runtime and
process metrics by default).
The detector is ``detectors.metric`` (see :mod:`detectors`).  A finding needs a
high score, a value outside the expected band and a change that matters
(``alerts.detectors.anomaly.min_change`` / ``min_ratio_change``); once firing
it holds while the value stays outside the band on the same side.
"""

from __future__ import annotations

import fnmatch
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from detectors.base import Detector
from pipeline.alerts.engine import Condition, fingerprint
from pipeline.log import get_logger
from pipeline.process.findings.base import Context, Kind, Settings, Source, finite

__all__ = ["MetricAnomalies", "large_enough"]

_OTHER = "other"  # pipeline.process.stats.OTHER
SeriesId = tuple[str, str, str]  # ("op:GET /x:", statistic, alertname)
_SKIP_CACHE = 100_000  # metric names whose skip decision is kept (cleared when full)
_VALUED = ("gauge", "sum")  # metric types whose points carry a value (others: counts and sums of distributions)
log = get_logger("process")


@dataclass
class _Fed:
    """One service's detectors and when each was last fed; ``unsaved``: fed since the last save."""

    detectors: dict[SeriesId, Detector] = field(default_factory=dict)
    last_fed: dict[SeriesId, float] = field(default_factory=dict)
    unsaved: set[SeriesId] = field(default_factory=set)
    # series left unscored because the service has detectors.max_series_per_service detectors already
    unscored: set[SeriesId] = field(default_factory=set)


class MetricAnomalies(Source):
    """Anomaly findings (kind ``anomaly``) over the rolling statistics."""

    name = "anomalies"
    kinds = (Kind("anomaly", "a tracked series (latency, rate, error ratio, OTLP metric) outside its expected band"),)

    def __init__(self, settings: Settings, ctx: Context) -> None:
        super().__init__(settings, ctx)
        self.config = settings.detectors
        spec = ctx.stats.spec
        self.window = spec.names[int(min(range(len(spec.seconds)), key=lambda i: spec.seconds[i]))]
        self.fed: dict[str, _Fed] = {}
        # (service, environment, name, series, statistic) → (score, value, expected, lower, upper) of the last feed
        self.scores: dict[tuple[str, str, str, str, str], tuple[float, float, float, float, float]] = {}
        self._direction: dict[str, int] = {}  # fingerprint → +1 above / -1 below the band
        self.detector_failures = 0  # detector updates that raised (the series is skipped that cycle)
        skip = "|".join(fnmatch.translate(pattern) for pattern in self.config.skip_metrics)
        self._skip = re.compile(skip).match if skip else None  # detectors.skip_metrics
        self._skipped: dict[str, bool] = {}  # metric name → whether it is skipped, as read once

    def evaluate(self, now: float) -> list[Condition]:
        """Feed each tracked series' detector once per feed interval; a finding per anomalous series."""
        out: list[Condition] = []
        policy = self.settings.policy("anomaly")
        stats = self.ctx.stats
        now_ns = int(now * 1e9)
        window = self.window
        for key in list(stats.series):
            if key.service == _OTHER or key.kind not in ("op", "metric") or (key.kind == "metric" and key.name == _OTHER):
                # the other metric series counts the points of many metrics: no value to judge
                continue
            if key.kind == "metric" and self._skipped_metric(key.name):
                continue
            state = self.fed.get(key.service)
            if state is None:
                state = self.fed[key.service] = _Fed()
            view = stats.read(key, window, now_ns)
            if view.count <= 0:
                continue
            signals: list[tuple[str, str, float]] = []
            if key.kind == "op":
                q = stats.latency(key, window, now_ns)
                p95 = float(q[min(1, len(q) - 1)]) if len(q) else float("nan")
                if not math.isnan(p95):
                    signals.append(("LatencyAnomaly", "latency_p95_ms", p95))
                signals.append(("RequestRateAnomaly", "request_rate", view.rate))
                if view.errors >= self.config.error_spike.min_count:
                    # a ratio of a handful of errors is noise; error spikes cover low counts
                    signals.append(("ErrorRatioAnomaly", "error_ratio", view.error_ratio))
            elif stats.series[key].meta.get("type", "gauge" if not math.isnan(view.mean) else None) in _VALUED:
                # a gauge's or a sum's mean (NaN when the window holds a NaN point: left out below)
                signals.append(("MetricAnomaly", "value", float(view.mean)))
            else:
                signals.append(("MetricAnomaly", "value", float(view.total_rate)))  # distributions: their rate
            for alertname, statistic, value in signals:
                if not finite(value):  # never hand a detector NaN or infinity
                    self.ctx.skip_nonfinite(self.name)
                    continue
                # one detector per series and environment (keys of series without one are as before)
                env = key.environment
                dkey = (key.kind + ":" + key.name + ":" + key.series + (":" + env if env else ""), statistic, alertname)
                if now - state.last_fed.get(dkey, 0.0) < self.config.feed_interval_s:
                    continue
                detector = state.detectors.get(dkey)
                if detector is None:
                    if len(state.detectors) >= self.config.max_series_per_service:
                        self._unscored(key.service, state, dkey)
                        continue
                    detector = self.config.metric_detector()
                    state.detectors[dkey] = detector
                state.last_fed[dkey] = now
                state.unsaved.add(dkey)
                self.ctx.touch(key.service)
                try:
                    result = detector.update(value, now)
                except Exception:  # one detector's failure costs its series this cycle, not the others
                    self.detector_failures += 1
                    log.exception("anomaly detector failed", extra={"service": key.service, "series": dkey[0]})
                    continue
                self.scores[(key.service, env, key.name, key.series, statistic)] = (
                    float(result.score), float(value), _or_nan(result.expected), _or_nan(result.lower), _or_nan(result.upper)
                )
                labels = {"operation": key.name} if key.kind == "op" else {"metric": key.name, "series": key.series}
                if env:
                    labels["environment"] = env
                # A page needs both a high score and a value outside the expected band;
                # once firing, it holds while the value stays outside (detectors report
                # an incident once, then rest).
                direction = 0 if result.lower is None else (1 if value > result.upper else -1 if value < result.lower else 0)
                fp = fingerprint({"alertname": alertname, "service": key.service, **labels})
                ongoing = fp in self.ctx.engine.states and self._direction.get(fp) == direction
                if not (policy.enabled and direction != 0 and (ongoing or result.score >= policy.min_score)):
                    continue
                if not ongoing and not large_enough(statistic, value, result, policy):
                    continue
                self._direction[fp] = direction
                what = statistic.replace("_", " ")
                out.append(
                    Condition(
                        kind="anomaly",
                        alertname=alertname,
                        service=key.service,
                        active=True,
                        severity=policy.severity,
                        labels=labels,
                        observed=float(value),
                        expected=float(result.expected) if result.expected is not None else None,
                        band=(float(result.lower), float(result.upper)) if result.lower is not None else None,
                        score=float(result.score),
                        summary=f"{key.service} {key.name}: {what} {value:.4g}, expected "
                        f"{result.lower:.4g} .. {result.upper:.4g}",
                        description=f"{what} of {key.service} {key.name} over {window} is outside its expected band.",
                        series={"statistic": statistic, "window": window, "labels": {"service": key.service, **labels}},
                        clear_after_s=policy.clear_after,
                    )
                )
        return out

    def _skipped_metric(self, name: str) -> bool:
        """Whether ``detectors.skip_metrics`` leaves this metric unscored (each name matched once)."""
        skipped = self._skipped.get(name)
        if skipped is None:
            if len(self._skipped) >= _SKIP_CACHE:
                self._skipped.clear()
            skipped = self._skipped[name] = self._skip is not None and self._skip(name) is not None
        return skipped

    # -- state: one entry per detector, written when it was fed ------------------------------
    def save(self, service: str) -> Iterable[tuple[tuple[str, ...], Any]]:
        state = self.fed.get(service)
        if state is None:
            return []
        out: list[tuple[tuple[str, ...], Any]] = []
        for dkey in sorted(state.unsaved):
            detector = state.detectors.get(dkey)
            if detector is not None:
                out.append((dkey, (detector, state.last_fed.get(dkey, 0.0))))
        state.unsaved = set()
        return out

    def restore(self, service: str, entry: tuple[str, ...], value: Any) -> bool:
        if len(entry) != 3 or not isinstance(value, tuple) or len(value) != 2:
            return False
        detector, fed = value
        if not callable(getattr(detector, "update", None)) or not isinstance(fed, (int, float)):
            return False
        state = self.fed.get(service)
        if state is None:
            state = self.fed[service] = _Fed()
        dkey = (entry[0], entry[1], entry[2])
        state.detectors[dkey] = detector
        state.last_fed[dkey] = float(fed)
        return True

    def forget(self, service: str) -> None:
        self.fed.pop(service, None)
        for key in [k for k in self.scores if k[0] == service]:
            del self.scores[key]

    def services(self) -> Iterable[str]:
        return self.fed

    def _unscored(self, service: str, state: _Fed, dkey: SeriesId) -> None:
        """Count a series the cap leaves unscored; the service's first is logged (never silent)."""
        if dkey in state.unscored:
            return
        if not state.unscored:
            log.warning(
                "anomaly detection: a service has more series than detectors.max_series_per_service; "
                "the others are not scored (sightline_anomaly_series_unscored counts them)",
                extra={"service": service, "max_series_per_service": self.config.max_series_per_service,
                       "first_unscored": dkey[0]},
            )
        state.unscored.add(dkey)

    def collect(self) -> Iterable[Any]:
        from prometheus_client.core import GaugeMetricFamily

        labels = ["service", "environment", "name", "series", "statistic"]
        families = [
            GaugeMetricFamily("sightline_anomaly_score", "Latest anomaly score (0..1) of a tracked series.", labels=labels),
            GaugeMetricFamily("sightline_anomaly_value", "The value last scored (the statistic of the series).", labels=labels),
            GaugeMetricFamily("sightline_anomaly_expected", "What the detector expected for that value (NaN while it warms up).", labels=labels),
            GaugeMetricFamily("sightline_anomaly_lower", "Lower edge of the expected band (NaN while it warms up).", labels=labels),
            GaugeMetricFamily("sightline_anomaly_upper", "Upper edge of the expected band (NaN while it warms up).", labels=labels),
        ]
        for (service, environment, name, series, statistic), values in sorted(self.scores.items()):
            for family, value in zip(families, values, strict=True):
                family.add_metric([service, environment, name, series, statistic], value)
        unscored = GaugeMetricFamily(
            "sightline_anomaly_series_unscored",
            "Series of a service not scored because it has detectors.max_series_per_service detectors already.",
            labels=["service"],
        )
        for service, state in sorted(self.fed.items()):
            if state.unscored:
                unscored.add_metric([service], len(state.unscored))
        return [*families, unscored]


def _or_nan(value: Any) -> float:
    return math.nan if value is None else float(value)


def large_enough(statistic: str, value: float, result: Any, policy: Any) -> bool:
    """Whether an anomaly is big enough to page: unusual is not enough, it must also matter.

    >>> from types import SimpleNamespace as N
    >>> policy = N(min_change=0.2, min_ratio_change=0.02)
    >>> large_enough("error_ratio", 0.025, N(expected=0.014, lower=0.005, upper=0.023), policy)
    False
    >>> large_enough("latency_p95_ms", 441.5, N(expected=197.0, lower=181.0, upper=213.0), policy)
    True
    """
    expected = result.expected
    if expected is None or (isinstance(expected, float) and math.isnan(expected)):
        expected = (result.lower + result.upper) / 2
    change = abs(value - expected)
    if statistic == "error_ratio":
        return bool(change >= policy.min_ratio_change)
    return bool(change >= policy.min_change * abs(expected))
