"""The processors' live statistics, read from their ``/metrics`` (or from the registry of this process).

The search store has what happened; the processors know what is happening
now: the request rate and error ratio over their shortest window, anomaly
and error-spike scores, the alerts firing.  Each processor holds the
services of its partitions, so the figures of every source are merged.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from prometheus_client import CollectorRegistry
from prometheus_client.exposition import generate_latest
from prometheus_client.parser import text_string_to_metric_families

from pipeline.alerts.config import parse_duration

__all__ = ["LiveStats", "ServiceNow", "parse_metrics"]


@dataclass
class ServiceNow:
    """One service's figures from the processors, over their shortest window."""

    window: str = ""
    requests: float = 0.0
    errors: float = 0.0
    rate: float = 0.0
    anomaly: float = 0.0  # highest anomaly score of its series
    spike: float = 0.0  # highest error-spike score
    firing: int = 0
    anomaly_by: dict[str, float] = field(default_factory=dict)  # statistic → highest score
    # (series name, statistic) → {"value", "expected", "lower", "upper", "score"}: what each detector expects now
    detectors: dict[tuple[str, str], dict[str, float]] = field(default_factory=dict)

    @property
    def error_ratio(self) -> float | None:
        return self.errors / self.requests if self.requests else None


# the anomaly detectors' figures on a processor's /metrics, one series per (service, name, series, statistic)
_DETECTOR_FIELDS = {
    "sightline_anomaly_value": "value",
    "sightline_anomaly_expected": "expected",
    "sightline_anomaly_lower": "lower",
    "sightline_anomaly_upper": "upper",
    "sightline_anomaly_score": "score",
}


def _window_seconds(name: str) -> float:
    try:
        return parse_duration(name)
    except ValueError:
        return float("inf")


def parse_metrics(text: str, into: dict[str, ServiceNow] | None = None) -> dict[str, ServiceNow]:
    """Per-service figures from one processor's ``/metrics`` text, added into ``into``.

    >>> text = '''sightline_service_requests{service="api",operation="GET /",window="1m"} 120
    ... sightline_service_requests{service="api",operation="GET /",window="5m"} 600
    ... sightline_service_errors{service="api",operation="GET /",window="1m"} 6
    ... sightline_service_request_rate{service="api",operation="GET /",window="1m"} 2
    ... sightline_anomaly_score{service="api",name="GET /",statistic="latency_p95_ms"} 0.97
    ... sightline_alerts_firing{service="api",alertname="LatencyAnomaly",severity="warning"} 1
    ... '''
    >>> now = parse_metrics(text)["api"]
    >>> (now.window, now.requests, now.error_ratio, now.rate, now.anomaly, now.firing)
    ('1m', 120.0, 0.05, 2.0, 0.97, 1)
    """
    out = {} if into is None else into
    samples = [s for fam in text_string_to_metric_families(text) for s in fam.samples]
    windows = {s.labels["window"] for s in samples if s.name == "sightline_service_requests" and "window" in s.labels}
    shortest = min(windows, key=_window_seconds) if windows else ""
    for s in samples:
        service = s.labels.get("service")
        if not service:
            continue
        if s.name.startswith("sightline_service_") and s.labels.get("window") != shortest:
            continue
        now = out.setdefault(service, ServiceNow(window=shortest))
        value = float(s.value)
        if value != value:  # NaN (a detector still warming up has no band)
            continue
        if s.name == "sightline_service_requests":
            now.requests += value
        elif s.name == "sightline_service_errors":
            now.errors += value
        elif s.name == "sightline_service_request_rate":
            now.rate += value
        elif s.name == "sightline_anomaly_score":
            now.anomaly = max(now.anomaly, value)
            statistic = s.labels.get("statistic", "")
            now.anomaly_by[statistic] = max(now.anomaly_by.get(statistic, 0.0), value)
        if s.name in _DETECTOR_FIELDS:
            key = (s.labels.get("name", ""), s.labels.get("statistic", ""))
            now.detectors.setdefault(key, {})[_DETECTOR_FIELDS[s.name]] = value
        if s.name == "sightline_error_spike_score":
            now.spike = max(now.spike, value)
        elif s.name == "sightline_alerts_firing":
            now.firing += int(value)
    return out


class LiveStats:
    """Reads every source: the registry of this process (under ``sightline up``) and processors' URLs."""

    def __init__(self, urls: Sequence[str], timeout_s: float, registry: CollectorRegistry | None = None) -> None:
        self.urls = list(urls)
        self.timeout = aiohttp.ClientTimeout(total=timeout_s)
        self.registry = registry
        self._session: aiohttp.ClientSession | None = None

    @property
    def configured(self) -> bool:
        return bool(self.urls) or self.registry is not None

    async def read(self) -> tuple[dict[str, ServiceNow], list[str]]:
        """Merged figures per service, and one line per source that could not be read."""
        out: dict[str, ServiceNow] = {}
        problems: list[str] = []
        if self.registry is not None:
            parse_metrics(generate_latest(self.registry).decode(), out)
        if self.urls:
            if self._session is None:
                self._session = aiohttp.ClientSession(timeout=self.timeout)
            texts = await asyncio.gather(*(self._fetch(url) for url in self.urls), return_exceptions=True)
            for url, text in zip(self.urls, texts, strict=True):
                if isinstance(text, BaseException):
                    problems.append(f"{url}: {type(text).__name__} {text}".strip())
                else:
                    try:
                        parse_metrics(text, out)
                    except ValueError as exc:
                        problems.append(f"{url}: not Prometheus text format ({exc})")
        return out, problems

    async def _fetch(self, url: str) -> str:
        assert self._session is not None
        async with self._session.get(url) as resp:
            if resp.status != 200:
                raise RuntimeError(f"HTTP {resp.status}")
            return await resp.text()

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def as_json(self, figures: dict[str, ServiceNow]) -> dict[str, Any]:
        return {k: {"window": v.window, "rate": v.rate, "error_ratio": v.error_ratio, "anomaly": v.anomaly,
                    "spike": v.spike, "firing": v.firing} for k, v in figures.items()}
