"""Configuration of the detectors (the ``detectors`` section of the config file).

Every parameter the pipeline passes to a detector has a default here; unknown
keys are rejected.  The integrator nests :class:`DetectorsConfig` in the
pipeline's config and builds detectors with :meth:`DetectorsConfig.metric_detector`
and :meth:`DetectorsConfig.error_spike_tracker`.

Examples
--------
>>> cfg = DetectorsConfig()
>>> cfg.metric.name, cfg.feed_interval_s
('ensemble', 60.0)
>>> type(cfg.metric_detector()).__name__
'EnsembleDetector'
>>> DetectorsConfig.model_validate({"metric": {"params": {"warmup": 100}}}).metric_detector().warmup
100
>>> from pydantic import ValidationError
>>> try:
...     DetectorsConfig.model_validate({"metrics": {}})
... except ValidationError as exc:
...     print(exc.errors()[0]["loc"], exc.errors()[0]["type"])
('metrics',) extra_forbidden
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, field_validator, model_validator

from detectors.base import Detector
from detectors.spike import ErrorSpikeTracker
from schemas.configbase import Section

__all__ = ["RUNTIME_METRICS", "DetectorsConfig", "ErrorSpikeConfig", "MetricDetectorConfig"]

# What client libraries export about their own process and runtime without being asked, by
# the prefixes of their Prometheus names: the process collector of the Prometheus clients and
# OpenTelemetry's process.* / process.runtime.*; the Python, Go, Java, Node.js, .NET, Ruby and
# Erlang clients' runtime collectors and OpenTelemetry's runtime conventions (cpython.*, jvm.*,
# go.*, v8js.*, nodejs.*, dotnet.*); the Go client's own handler counters (promhttp_*).  A
# change in them follows the application's load (a garbage collection rate leaving zero when
# traffic grows) and paged as a MetricAnomaly beside the alert that mattered.
# The scraper's report series of each target (up, scrape_duration_seconds, ...) too: a target
# that stops answering is the TargetDown rule's (up == 0), not an anomaly of its series.  And
# node_exporter's report of its own scrape (node_scrape_collector_duration_seconds and _success,
# per collector): how long reading /proc took follows the machine's load (a millisecond instead
# of 30 microseconds on a busy machine paged as a MetricAnomaly), and a failing collector is a
# rule's (node_scrape_collector_success == 0), as a failing target is.
RUNTIME_METRICS = (
    "process_*", "python_*", "cpython_*", "go_*", "jvm_*", "nodejs_*", "v8js_*", "dotnet_*",
    "ruby_*", "erlang_vm_*", "runtime_*", "promhttp_*", "up", "scrape_*", "node_scrape_collector_*",
)


class MetricDetectorConfig(Section):
    """Which detector scores metric series, and its parameters."""

    name: str = Field("ensemble", description="Registered detector name (see detectors.REGISTRY).")
    params: dict[str, Any] = Field(
        default_factory=dict,
        description="Constructor parameters overriding the detector's defaults.",
    )

    @field_validator("name")
    @classmethod
    def _known(cls, v: str) -> str:
        from detectors import REGISTRY

        if v not in REGISTRY:
            raise ValueError(f"unknown detector {v!r}; known: {', '.join(sorted(REGISTRY))}")
        return v

    @model_validator(mode="after")
    def _params_accepted(self) -> MetricDetectorConfig:
        self.build()  # raises TypeError/ValueError naming the bad parameter
        return self

    def build(self) -> Detector:
        """A fresh detector for one series."""
        from detectors import create

        try:
            return create(self.name, **self.params)
        except TypeError as exc:
            raise ValueError(f"bad parameter for detector {self.name!r}: {exc}") from exc


class ErrorSpikeConfig(Section):
    """Error spike detection per service and per service and error type."""

    window_seconds: float = Field(60.0, gt=0, description="Length of a counting window.")
    alpha: float = Field(0.05, gt=0, le=1, description="Smoothing of the baseline count.")
    prior: float = Field(
        0.5, ge=0, description="Floor on the expected count per window (quiet streams)."
    )
    min_count: int = Field(5, ge=1, description="Fewer errors than this in a window never alert.")
    max_ratio_update: float = Field(
        3.0, gt=0, description="Cap on how much one window can raise the baseline."
    )
    score_decades: float = Field(
        12.0, gt=0, description="-log10(p) at which the spike score reaches 1."
    )
    warmup: int = Field(5, ge=0, description="Windows scored 0 while the baseline forms.")
    learn_cap_score: float = Field(
        0.5, ge=0, description="While the baseline forms (its first max(warmup, 1/alpha) windows, learned "
        "uncapped so a ramping service finds its rate), a window scoring this much is learned capped: an "
        "incident in a service's first minutes does not become its baseline; above 1 = never."
    )
    first_dispersion: float = Field(
        3.0, ge=1, description="Until a stream has had errors in its baseline, the variance / mean assumed for it "
        "(a failure usually reports itself more than once: its error span and error logs); its first clump of a few "
        "errors after a quiet start is then no page, an incident is. 1 = Poisson."
    )
    max_gap_windows: int = Field(
        60, ge=0, description="Empty windows replayed into the baseline after a silence."
    )
    early_score: float = Field(
        0.5, ge=0, description="An open window whose count so far already scores this much is reported "
        "before it closes (the count only grows, so this adds no false alarm); above 1 = off."
    )


class DetectorsConfig(Section):
    """The ``detectors`` section: metric anomaly and error spike settings."""

    metric: MetricDetectorConfig = Field(default_factory=MetricDetectorConfig)
    error_spike: ErrorSpikeConfig = Field(default_factory=ErrorSpikeConfig)
    feed_interval_s: float = Field(
        60.0, gt=0, description="A tracked series is scored once per this many seconds."
    )
    max_series_per_service: int = Field(
        300, ge=0, description="Series scored per service (each holds a detector's state); the others are not "
        "scored, counted in sightline_anomaly_series_unscored and logged once per service."
    )
    skip_metrics: list[str] = Field(
        default_factory=lambda: list(RUNTIME_METRICS),
        description="Metric names (shell patterns, as Prometheus names them) whose series are not scored: by "
        "default the runtime and process metrics client libraries export on their own (GC, memory, threads) "
        "and the scraper's report series (up, scrape_*) and node_exporter's of its own collectors; "
        "they are still stored and usable in PromQL rules; [] scores every metric.",
    )

    def metric_detector(self) -> Detector:
        """A fresh metric detector (one per tracked series)."""
        return self.metric.build()

    def error_spike_tracker(self) -> ErrorSpikeTracker:
        """A tracker holding one error spike detector per key."""
        c = self.error_spike
        return ErrorSpikeTracker(
            window=c.window_seconds,
            max_gap_windows=c.max_gap_windows,
            early_score=c.early_score,
            alpha=c.alpha,
            prior=c.prior,
            min_count=c.min_count,
            max_ratio_update=c.max_ratio_update,
            score_decades=c.score_decades,
            warmup=c.warmup,
            learn_cap_score=c.learn_cap_score,
            first_dispersion=c.first_dispersion,
        )
