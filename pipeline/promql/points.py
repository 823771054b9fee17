"""Canonical metric points → the Prometheus samples a PromQL rule selects.

Every point already carries its Prometheus-style name and label keys (the one
naming rule of :mod:`schemas.metricnames`), so an OTLP series, a scraped one
and a remote-written one are the same series here.  Each point becomes the
samples Prometheus itself would hold for it:

- gauges and sums: ``name{labels}``; a delta sum is added up per series into
  the cumulative counter Prometheus expects (``rate``/``increase`` work on it);
- histograms: ``name_bucket{le=...}`` (cumulative, ``+Inf`` last),
  ``name_count`` and ``name_sum``, deltas added up likewise;
- summaries: ``name{quantile=...}``, ``name_count``, ``name_sum``;
- exponential histograms: ``name_count`` and ``name_sum`` only (PromQL's
  native-histogram functions are outside the supported subset).

Labels: the point's attributes, plus ``service`` and ``job`` (its
``service.name``) and ``instance`` (``service.instance.id``) when known.
Times are the points' own, in milliseconds.

>>> totals: dict = {}
>>> point = {"service.name": "api", "name": "http_requests_total", "type": "sum", "monotonic": True,
...          "temporality": "delta", "time_unix_nano": 60_000_000_000, "value": 5.0, "attributes": {"code": "200"}}
>>> [(labels["__name__"], t, v) for labels, t, v in point_samples(point, totals)]
[('http_requests_total', 60000, 5.0)]
>>> point["time_unix_nano"] += 15_000_000_000
>>> [v for _, _, v in point_samples(point, totals)]  # deltas add up to a counter
[10.0]
"""

from __future__ import annotations

import math
from collections.abc import Iterator, MutableMapping
from typing import Any

from pipeline.promql.engine import format_value

__all__ = ["point_samples"]

Sample = tuple[dict[str, str], int, float]


def _labels(point: dict[str, Any]) -> dict[str, str]:
    labels: dict[str, str] = {}
    attributes = point.get("attributes")
    if isinstance(attributes, dict):
        for key, value in attributes.items():
            if isinstance(value, str):
                labels[key] = value
            elif isinstance(value, bool):
                labels[key] = "true" if value else "false"
            elif isinstance(value, int | float):
                labels[key] = format_value(float(value)) if isinstance(value, float) else str(value)
    service = str(point.get("service.name", ""))
    if service:
        labels.setdefault("service", service)
        labels.setdefault("job", service)
    resource = point.get("resource")
    if isinstance(resource, dict) and isinstance(resource.get("service.instance.id"), str):
        labels.setdefault("instance", resource["service.instance.id"])
    return labels


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def point_samples(point: dict[str, Any], totals: MutableMapping[tuple[Any, ...], float]) -> Iterator[Sample]:
    """The samples of one canonical metric point; ``totals`` keeps the running sums of delta series."""
    name = point.get("name")
    when = point.get("time_unix_nano")
    if not isinstance(name, str) or not name or not isinstance(when, int):
        return
    t_ms = when // 1_000_000
    kind = point.get("type", "gauge")
    base = _labels(point)
    delta = point.get("temporality") == "delta"

    def counter(suffix: str, extra: dict[str, str], value: float) -> Sample:
        labels = {**base, **extra, "__name__": name + suffix}
        if delta:
            key = tuple(sorted(labels.items()))
            value = totals[key] = totals.get(key, 0.0) + value
        return labels, t_ms, value

    if kind in ("gauge", "sum"):
        value = _number(point.get("value"))
        if value is None:
            return
        if kind == "sum" and point.get("monotonic"):
            yield counter("", {}, value)
        else:
            yield {**base, "__name__": name}, t_ms, value
        return
    count, total = _number(point.get("count")), _number(point.get("sum"))
    if kind == "histogram":
        bounds = point.get("explicit_bounds") or []
        counts = point.get("bucket_counts") or []
        if len(counts) == len(bounds) + 1:
            running = 0.0
            for bound, n in zip([*bounds, math.inf], counts, strict=True):
                running += float(n)
                le = "+Inf" if bound == math.inf else format_value(float(bound))
                yield counter("_bucket", {"le": le}, running)
    elif kind == "summary":
        for entry in point.get("quantiles") or []:
            q, value = _number(entry.get("quantile")), _number(entry.get("value"))
            if q is not None and value is not None:
                yield {**base, "quantile": format_value(q), "__name__": name}, t_ms, value
    if count is not None:
        yield counter("_count", {}, count) if kind != "summary" else ({**base, "__name__": name + "_count"}, t_ms, count)
    if total is not None:
        yield counter("_sum", {}, total) if kind != "summary" else ({**base, "__name__": name + "_sum"}, t_ms, total)
