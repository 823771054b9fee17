"""The console's config section (``console:`` in the config file)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator, model_validator

from pipeline.alerts.config import parse_duration
from pipeline.configbase import Section

__all__ = ["ConsoleConfig"]


class ConsoleConfig(Section):
    """The web console: read-only pages over the search store, the alert topic and the processors' /metrics."""

    enabled: bool = Field(True, description="serve the console under `sightline up`")
    host: str = Field("127.0.0.1", description="listen address (0.0.0.0 for all interfaces)")
    port: int = Field(8080, ge=0, le=65535, description="the console's HTTP port; 0 picks a free port")
    auth: Literal["ingest", "off"] = Field(
        "ingest",
        description="ingest: ask for one of the ingestor's API keys (ingest.auth) whenever any is configured "
        "(HTTP Basic: any user name, the key as password; or Authorization: Bearer); off: no login",
    )
    metrics_urls: list[str] = Field(
        default_factory=list,
        description="processors' admin /metrics URLs read for live statistics and anomaly scores; "
        "under `sightline up` the processor in the same process is read directly",
    )
    metrics_timeout_s: float = Field(2.0, gt=0, description="how long one /metrics read may take")
    store_timeout_s: float = Field(10.0, gt=0, description="how long one search-store request may take")
    default_range: str = Field("1h", description="time range a page shows when none is chosen")
    max_range: str = Field("7d", description="longest time range a page may ask for")
    chart_points: int = Field(60, ge=10, le=1000, description="points per chart (buckets of the chosen range)")
    max_results: int = Field(500, ge=1, le=10_000, description="log records, spans or templates one page lists at most")
    max_services: int = Field(200, ge=1, le=10_000, description="services (with environments) the services page lists at most")
    max_alert_events: int = Field(5000, ge=100, le=10_000, description="alert events read to build the alert list")
    environment_attribute: str = Field(
        "deployment.environment.name",
        description="the resource attribute that names a service's environment (deployment.environment for older SDKs)",
    )
    band_points: int = Field(
        12, ge=4, le=500,
        description="preceding points the typical range of a sparkline is computed from (median ± 3 MAD)",
    )
    runbook_url: str = Field(
        "",
        description="runbook link for alerts without a runbook_url label; {alertname}, {service}, {kind} "
        "and {severity} are filled in",
    )
    live_queue: int = Field(256, ge=1, description="alert events held per browser; a slower browser is told to reload")
    max_live_clients: int = Field(100, ge=1, description="browsers receiving live updates at once (503 above)")
    keepalive_s: float = Field(15.0, gt=0, description="comment line sent to idle live-update streams")

    @field_validator("default_range", "max_range")
    @classmethod
    def _duration(cls, value: str) -> str:
        if parse_duration(value) <= 0:
            raise ValueError(f"{value!r} is not a positive duration")
        return value

    @field_validator("metrics_urls")
    @classmethod
    def _urls(cls, urls: list[str]) -> list[str]:
        for url in urls:
            if not url.startswith(("http://", "https://")):
                raise ValueError(f"expected an http:// or https:// URL, got {url!r}")
        return urls

    @model_validator(mode="after")
    def _default_within_max(self) -> ConsoleConfig:
        if parse_duration(self.default_range) > parse_duration(self.max_range):
            raise ValueError(f"default_range {self.default_range} is longer than max_range {self.max_range}")
        return self

    @property
    def default_range_s(self) -> float:
        return parse_duration(self.default_range)

    @property
    def max_range_s(self) -> float:
        return parse_duration(self.max_range)
