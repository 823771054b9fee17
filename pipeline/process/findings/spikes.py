"""Error spikes: errors per service and per (service, error type) against their own baseline.

Errors are counted in ``detectors.error_spike.window_seconds`` windows
(:class:`~detectors.spike.ErrorSpikeTracker`: Poisson tail over a smoothed
baseline, a minimum count); an open window whose count already scores high is
reported before it closes, the rest when it closes at evaluation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from detectors.spike import ErrorSpikeTracker
from pipeline.alerts.engine import Condition
from pipeline.process.findings.base import Context, Kind, PerService, Settings, finite

if TYPE_CHECKING:
    from pipeline.process.stats import StatsUpdate

__all__ = ["ErrorSpikes"]

_OTHER = "other"  # pipeline.process.stats.OTHER: the overflow service, never alerted on
_TRAFFIC = ("op", "log")  # statistics of a service's requests and log records


class ErrorSpikes(PerService[ErrorSpikeTracker]):
    """Error spike findings (kind ``error_spike``), one tracker per service (``state``)."""

    name = "spikes"
    state_type = ErrorSpikeTracker
    kinds = (Kind("error_spike", "errors of a service (or of one error type) far above their baseline",
                  {"severity": "critical"}),)

    def __init__(self, settings: Settings, ctx: Context) -> None:
        super().__init__(settings, ctx)
        self.config = settings.detectors.error_spike
        self.scores: dict[tuple[str, str, str], float] = {}  # (service, environment, error type or "") → last score
        self.pending: list[Condition] = []
        # never shorter than a window (plus an evaluation): a spike lasting several
        # windows is found at most once a window and must not resolve in between
        self.min_clear_s = self.config.window_seconds + settings.alerts.evaluation_interval_s

    @staticmethod
    def _service_key(service: str, env: str) -> tuple[str, ...]:
        """The tracker's key of all of a service's errors (keys of a service without environments are as before)."""
        return (service, "", env) if env else (service,)

    def _start(self, service: str, env: str, t: float) -> None:
        """Count the service's errors from ``t`` on (:meth:`ErrorSpikeTracker.start`), once."""
        tracker = self.state.get(service)
        if tracker is None or not tracker.counts(self._service_key(service, env)):
            self._tracker(service).start(self._service_key(service, env), t)
            self.ctx.touch(service)

    def _tracker(self, service: str) -> ErrorSpikeTracker:
        tracker = self.state.get(service)
        if tracker is None:
            tracker = self.state[service] = self.settings.detectors.error_spike_tracker()
        return tracker

    def on_stats(self, updates: Sequence[StatsUpdate]) -> None:
        for update in updates:
            key = update.key
            if key.kind != "err" or update.errors <= 0 or key.service == _OTHER:
                if key.kind in _TRAFFIC and key.service != _OTHER:  # the service's errors count from its first record
                    self._start(key.service, key.environment, update.time_ns / 1e9)
                continue
            tracker = self._tracker(key.service)
            self.ctx.touch(key.service)
            env = key.environment  # keys of a service without environments are as before
            spike_keys = ((key.service, "", env), (key.service, key.name, env)) if env else ((key.service,), (key.service, key.name))
            for t, errors in self._by_window(update, tracker.window):
                if not finite(errors):  # an infinite sampling weight: never handed to the detector
                    self.ctx.skip_nonfinite(self.name)
                    continue
                for spike_key in spike_keys:
                    for skey, result in tracker.add(spike_key, t, errors):
                        self._finding(skey, result)

    @staticmethod
    def _by_window(update: StatsUpdate, window: float) -> list[tuple[float, float]]:
        """The batch's errors per window of their own event time, oldest first.

        A batch that arrives late (a shipper catching up, a lagging processor) holds
        minutes of errors; put in the window of its newest record they would look
        like a spike.
        """
        times, counts = update.error_times, update.error_counts
        if times is None or counts is None or not len(times):
            return [(update.time_ns / 1e9, update.errors)]
        width = int(window * 1e9)
        slots = times // width
        if slots.min() == slots.max():
            return [(float(times.max()) / 1e9, float(counts.sum()))]
        order = np.unique(slots)
        sums = np.bincount(np.searchsorted(order, slots), weights=counts)
        return [(float(slot * width) / 1e9, float(total)) for slot, total in zip(order, sums, strict=True)]

    def evaluate(self, now: float) -> list[Condition]:
        for tracker in self.state.values():
            for key, result in tracker.flush(now):
                self._finding(key, result)
        out, self.pending = self.pending, []
        return out

    def _finding(self, key: Any, result: Any) -> None:
        service = key[0]
        error_type = (key[1] or None) if len(key) > 1 else None
        env = key[2] if len(key) > 2 else ""
        self.scores[(service, env, error_type or "")] = result.score
        policy = self.settings.policy("error_spike")
        if not policy.enabled or result.score < policy.min_score:
            return
        ids, traces = self.ctx.activity_of(service).samples(error_type)
        labels = {"error_type": error_type} if error_type else {}
        if env:
            labels["environment"] = env
        what = f"{error_type} errors" if error_type else "errors"
        self.pending.append(
            Condition(
                kind="error_spike",
                alertname="ErrorSpike",
                service=service,
                active=True,
                severity=policy.severity,
                labels=labels,
                observed=float(result.observed),
                expected=float(result.expected),
                band=(float(result.lower), float(result.upper)),
                score=float(result.score),
                summary=f"{service}: {result.observed:.0f} {what} in {result.window_end - result.window_start:.0f} s, "
                f"{result.expected:.1f} expected",
                description=f"Error count of {service} far above its baseline (p = {result.p_value:.2g}).",
                evidence={"record_ids": ids, "trace_ids": traces},
                series={"statistic": "error_count", "labels": {"service": service, **labels}},
                clear_after_s=max(policy.clear_after, self.min_clear_s),
                error_query=True,
            )
        )

    def forget(self, service: str) -> None:
        super().forget(service)
        self.scores = {k: v for k, v in self.scores.items() if k[0] != service}

    def collect(self) -> Iterable[Any]:
        from prometheus_client.core import GaugeMetricFamily

        spike = GaugeMetricFamily(
            "sightline_error_spike_score",
            "Latest error spike score (0..1) per service and error type (empty: all errors).",
            labels=["service", "environment", "error_type"],
        )
        for (service, environment, error_type), score in sorted(self.scores.items()):
            spike.add_metric([service, environment, error_type], score)
        return [spike]
