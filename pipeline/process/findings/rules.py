"""Threshold rules (``alerts.rules``) over the rolling statistics, and service absence.

Every evaluation builds one row per (service, operation or log or error type,
window) from the statistics, plus one ``absent_s`` row per service (its silence, once
that is unusual at its own cadence: ``alerts.absence``), and hands
them to :func:`~pipeline.alerts.engine.evaluate_rules`.  A firing threshold
alert carries sample error records and traces (of its error type if it has one).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from pipeline.alerts.engine import Condition, evaluate_rules
from pipeline.process.findings.base import Context, Kind, Settings, Source, absence_ticks

__all__ = ["ThresholdRules"]

_OTHER = "other"  # pipeline.process.stats.OTHER
_QUANTILE_NAMES = {0.5: "latency_p50_ms", 0.95: "latency_p95_ms", 0.99: "latency_p99_ms"}


class ThresholdRules(Source):
    """Threshold findings (kind ``threshold``; ``absent`` for ``absent_s`` rules)."""

    name = "rules"
    kinds = (
        Kind("threshold", "an alerts.rules entry: a statistic over a threshold for a duration", None),
        Kind("absent", "an alerts.rules entry on absent_s: a service stopped sending", None),
    )

    def __init__(self, settings: Settings, ctx: Context) -> None:
        super().__init__(settings, ctx)
        self.rules = settings.alerts.statistic_rules()
        self.silence: dict[str, float] = {}  # service → its absent_s at the last evaluation (for /metrics)

    def evaluate(self, now: float) -> list[Condition]:
        out = evaluate_rules(self.rules, self.rows(int(now * 1e9)))
        for condition in out:
            self._attach_evidence(condition)
        return out

    def _attach_evidence(self, condition: Condition) -> None:
        """Sample error records and traces behind a threshold alert (by its error type if it has one)."""
        activity = self.ctx.activity.get(condition.service)
        if activity is None or not condition.active or condition.kind != "threshold":
            return
        ids, traces = activity.samples(condition.labels.get("error_type"))
        condition.evidence = {"record_ids": list(ids), "trace_ids": list(traces)}

    def rows(self, now_ns: int) -> list[dict[str, Any]]:
        """The statistics rules read: one row per series and window the rules use, one absence row per service."""
        stats = self.ctx.stats
        rows: list[dict[str, Any]] = []
        error_rows: list[dict[str, Any]] = []
        windows = sorted({r.window for r in self.rules} & set(stats.spec.names))
        for key in list(stats.series):
            if key.service == _OTHER:
                continue
            for window in windows:
                view = stats.read(key, window, now_ns)
                row: dict[str, Any] = {"service": key.service, "window": window}
                if key.environment:
                    row["environment"] = key.environment
                if key.kind == "op":
                    q = stats.latency(key, window, now_ns)
                    row.update(
                        operation=key.name,
                        request_count=view.count,
                        request_rate=view.rate,
                        error_count=view.errors,
                        error_ratio=view.error_ratio,
                    )
                    for quantile, value in zip(stats.cfg.quantiles, q, strict=False):
                        name = _QUANTILE_NAMES.get(quantile)
                        if name and not math.isnan(float(value)):
                            row[name] = float(value)
                elif key.kind == "log":
                    row.update(operation=f"log {key.name}", log_count=view.count)
                elif key.kind == "err":
                    row.update(error_type=key.name, error_type_count=view.errors)
                    error_rows.append(row)
                else:
                    continue
                rows.append(row)
        # Errors of one type relative to the service's own traffic (requests, else log records),
        # so that a threshold means the same at 4 requests a second and at 4,000.
        traffic: dict[tuple[str, str, str], list[float]] = {}
        for row in rows:
            totals = traffic.setdefault((row["service"], row.get("environment", ""), row["window"]), [0.0, 0.0])
            if "request_count" in row:
                totals[0] += row["request_count"]
            elif "log_count" in row:
                totals[1] += row["log_count"]
        for row in error_rows:
            requests, logs = traffic.get((row["service"], row.get("environment", ""), row["window"]), [0.0, 0.0])
            base = requests or logs
            row["request_count"] = base
            row["error_type_ratio"] = row["error_type_count"] / base if base else 0.0
        absence = self.settings.alerts.absence
        history = absence_ticks(self.settings.alerts)
        now = now_ns / 1e9
        silence = self.silence
        for service, activity in self.ctx.activity.items():
            if activity.last_seen:
                unusual = activity.unusual_silence(now, history, absence.min_sends, absence.max_chance)
                silence[service] = activity.silence(now) if unusual else 0.0
                rows.append({"service": service, "absent_s": silence[service]})
        return rows

    def forget(self, service: str) -> None:
        self.silence.pop(service, None)

    def collect(self) -> Iterable[Any]:
        from prometheus_client.core import GaugeMetricFamily

        family = GaugeMetricFamily(
            "sightline_service_silence_seconds",
            "Seconds since the service's records last arrived, once that silence is unusual at its own cadence "
            "(alerts.absence), else 0: the absent_s that ServiceAbsent reads.",
            labels=["service"],
        )
        for service, seconds in sorted(self.silence.items()):
            family.add_metric([service], seconds)
        yield family
