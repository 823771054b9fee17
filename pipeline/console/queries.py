"""Search requests the console sends, and the shaping of their answers into rows and chart series.  Pure.

Index patterns cover both storage modes of the sink: ``{prefix}-logs*``
matches the data stream ``sightline-logs`` and the daily indices
``sightline-logs-2026.12.04``; templates live in ``{prefix}-templates``.

Request statistics come from the spans (a span is a request; it failed when
its status is error or its HTTP status is 5xx), as the processors count
them; error logs are records at severity ERROR (17) or above.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pipeline.console.params import TimeRange

__all__ = [
    "ERROR_LOG",
    "ERROR_SPAN",
    "QUANTILES",
    "alert_chart_request",
    "alerts_body",
    "env_filter",
    "hist_series",
    "index",
    "latest_per_fingerprint",
    "logs_body",
    "recent_traces_body",
    "records_body",
    "service_body",
    "services_body",
    "services_rows",
    "templates_body",
    "trace_bodies",
    "typical_band",
    "waterfall",
]

QUANTILES = (50.0, 95.0, 99.0)

ERROR_SPAN: dict[str, Any] = {
    "bool": {
        "should": [
            {"term": {"status.code": "error"}},
            {"range": {"attributes.http.response.status_code": {"gte": 500}}},
        ],
        "minimum_should_match": 1,
    }
}
ERROR_LOG: dict[str, Any] = {"range": {"severity_number": {"gte": 17}}}
NO_ENV = ""  # the environment of records without the environment attribute


def index(prefix: str, kind: str) -> str:
    """The index pattern of one kind of document.

    >>> index("sightline", "logs"), index("sightline", "templates")
    ('sightline-logs*', 'sightline-templates*')
    """
    return f"{prefix}-{kind}*"


def _time(tr: TimeRange, field: str = "@timestamp") -> dict[str, Any]:
    return {"range": {field: {"gte": tr.start_iso, "lte": tr.end_iso}}}


def env_filter(env_attribute: str, env: str | None) -> list[dict[str, Any]]:
    """Filters for one environment; ``""`` means records without the attribute, ``None`` any.

    >>> env_filter("deployment.environment.name", "prod")
    [{'term': {'resource.deployment.environment.name': 'prod'}}]
    >>> env_filter("deployment.environment.name", "")
    [{'bool': {'must_not': [{'exists': {'field': 'resource.deployment.environment.name'}}]}}]
    """
    if env is None:
        return []
    field = f"resource.{env_attribute}"
    if env == NO_ENV:
        return [{"bool": {"must_not": [{"exists": {"field": field}}]}}]
    return [{"term": {field: env}}]


def _histogram(tr: TimeRange, interval: int, sub: dict[str, Any]) -> dict[str, Any]:
    return {
        "date_histogram": {
            "field": "@timestamp",
            "fixed_interval": f"{interval}s",
            "min_doc_count": 0,
            "extended_bounds": {"min": int(tr.start * 1000), "max": int(tr.end * 1000)},
        },
        "aggs": sub,
    }


def _request_stats() -> dict[str, Any]:
    return {
        "errors": {"filter": ERROR_SPAN},
        "latency": {"percentiles": {"field": "duration_ms", "percents": list(QUANTILES)}},
    }


def _by_env(env_attribute: str, inner: dict[str, Any]) -> dict[str, Any]:
    return {
        "envs": {"terms": {"field": f"resource.{env_attribute}", "size": 50}, "aggs": inner},
        "noenv": {"filter": env_filter(env_attribute, NO_ENV)[0], "aggs": inner},
    }


def services_body(tr: TimeRange, interval: int, env_attribute: str, max_services: int, kind: str) -> dict[str, Any]:
    """Per service and environment: a histogram of request statistics (spans) or record counts (logs)."""
    if kind == "spans":
        inner = {"hist": _histogram(tr, interval, _request_stats())}
    else:
        inner = {"hist": _histogram(tr, interval, {"errors": {"filter": ERROR_LOG}})}
    return {
        "size": 0,
        "query": {"bool": {"filter": [_time(tr)]}},
        "aggs": {
            "services": {
                "terms": {"field": "service.name", "size": max_services},
                "aggs": _by_env(env_attribute, inner),
            }
        },
    }


def service_body(tr: TimeRange, interval: int, service: str, env: str | None, env_attribute: str) -> dict[str, Any]:
    """One service's request statistics over time, and per operation over the whole range."""
    return {
        "size": 0,
        "query": {"bool": {"filter": [_time(tr), {"term": {"service.name": service}}, *env_filter(env_attribute, env)]}},
        "aggs": {
            "hist": _histogram(tr, interval, _request_stats()),
            "operations": {"terms": {"field": "operation", "size": 100}, "aggs": _request_stats()},
        },
    }


def _num(value: Any) -> float | None:
    if value is None:
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _percentile(values: Mapping[str, Any], q: float) -> float | None:
    for key in (str(q), f"{q:.1f}", f"{q:g}"):
        if key in values:
            return _num(values[key])
    return None


def hist_series(buckets: Sequence[Mapping[str, Any]], interval: int, kind: str = "spans") -> dict[str, list[Any]]:
    """Histogram buckets → aligned series: time (Unix s), rate /s, error ratio, latency quantiles.

    Statistics of a bucket without requests are ``None`` (a gap, not a zero).

    >>> b = [{"key": 60000, "doc_count": 120, "errors": {"doc_count": 6},
    ...       "latency": {"values": {"50.0": 10.0, "95.0": 40.0, "99.0": 90.0}}},
    ...      {"key": 120000, "doc_count": 0, "errors": {"doc_count": 0}, "latency": {"values": {}}}]
    >>> s = hist_series(b, 60)
    >>> s["t"], s["rate"], s["error_ratio"], s["p95"]
    ([60, 120], [2.0, 0.0], [0.05, None], [40.0, None])
    """
    out: dict[str, list[Any]] = {"t": [], "count": [], "rate": [], "errors": [], "error_ratio": []}
    if kind == "spans":
        out.update(p50=[], p95=[], p99=[])
    for bucket in buckets:
        count = int(bucket.get("doc_count", 0))
        errors = int(bucket.get("errors", {}).get("doc_count", 0))
        out["t"].append(int(bucket["key"]) // 1000)
        out["count"].append(count)
        out["rate"].append(round(count / interval, 6))
        out["errors"].append(errors)
        out["error_ratio"].append(round(errors / count, 6) if count else None)
        if kind == "spans":
            values = bucket.get("latency", {}).get("values") or {}
            for q, name in zip(QUANTILES, ("p50", "p95", "p99"), strict=True):
                out[name].append(_percentile(values, q) if count else None)
    return out


def _totals(series: Mapping[str, list[Any]], seconds: float) -> dict[str, Any]:
    count = sum(series["count"])
    errors = sum(series["errors"])
    return {"count": count, "errors": errors, "rate": count / seconds if seconds else 0.0,
            "error_ratio": errors / count if count else None}


def services_rows(
    spans_aggs: Mapping[str, Any] | None, logs_aggs: Mapping[str, Any] | None, interval: int, seconds: float
) -> list[dict[str, Any]]:
    """One row per (service, environment) seen in spans or logs, with its series and totals.

    >>> hist = {"buckets": [{"key": 0, "doc_count": 60, "errors": {"doc_count": 3}, "latency": {"values": {}}}]}
    >>> spans = {"services": {"buckets": [{"key": "api", "doc_count": 60,
    ...     "envs": {"buckets": [{"key": "prod", "doc_count": 60, "hist": hist}]}, "noenv": {"doc_count": 0}}]}}
    >>> [(r["service"], r["env"], r["requests"]["error_ratio"]) for r in services_rows(spans, None, 60, 60.0)]
    [('api', 'prod', 0.05)]
    """
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for kind, aggs in (("spans", spans_aggs), ("logs", logs_aggs)):
        for service in ((aggs or {}).get("services") or {}).get("buckets", []):
            groups = [(str(b["key"]), b) for b in service.get("envs", {}).get("buckets", [])]
            noenv = service.get("noenv") or {}
            if noenv.get("doc_count"):
                groups.append((NO_ENV, noenv))
            for env, group in groups:
                row = rows.setdefault((str(service["key"]), env), {"service": str(service["key"]), "env": env})
                series = hist_series(group.get("hist", {}).get("buckets", []), interval, kind)
                key = "requests" if kind == "spans" else "logs"
                row[key] = {"series": series, **_totals(series, seconds)}
                if kind == "spans":
                    row[key]["latest"] = {q: _last(series[q]) for q in ("p50", "p95", "p99")}
    return [rows[k] for k in sorted(rows)]


def _last(values: Sequence[Any]) -> Any:
    for value in reversed(values):
        if value is not None:
            return value
    return None


def typical_band(values: Sequence[float | None], points: int, k: float = 3.0) -> tuple[list[float | None], list[float | None]]:
    """The typical range of each point from the ``points`` before it: median ± k·1.4826·MAD.

    A robust band (a single outlier barely moves it) that needs no model: it
    says what the series looked like just before, so a point outside it stands
    out.  Points with fewer than half of ``points`` known values before them
    get no band (``None``).

    >>> lo, hi = typical_band([10, 11, 9, 10, 12, 10, 50], points=6)
    >>> lo[-1], hi[-1]
    (7.7761, 12.2239)
    >>> lo[0] is None
    True
    """
    lower: list[float | None] = []
    upper: list[float | None] = []
    for i in range(len(values)):
        window = sorted(v for v in values[max(0, i - points) : i] if v is not None)
        if len(window) < max(2, points // 2):
            lower.append(None)
            upper.append(None)
            continue
        median = _median(window)
        mad = _median(sorted(abs(v - median) for v in window)) * 1.4826
        lower.append(round(max(0.0, median - k * mad), 4))
        upper.append(round(median + k * mad, 4))
    return lower, upper


def _median(ordered: Sequence[float]) -> float:
    n = len(ordered)
    mid = n // 2
    return float(ordered[mid]) if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def logs_body(
    tr: TimeRange,
    size: int,
    service: str | None = None,
    min_severity: int = 0,
    text: str | None = None,
    trace_id: str | None = None,
) -> dict[str, Any]:
    """Log records in a time range, newest first, filtered by service, level, words and trace.

    >>> from pipeline.console.params import TimeRange
    >>> body = logs_body(TimeRange(0, 60, "1m"), 10, service="api", min_severity=17, text="timeout")
    >>> body["query"]["bool"]["must"]
    [{'simple_query_string': {'query': 'timeout', 'fields': ['message'], 'default_operator': 'and'}}]
    """
    filters: list[dict[str, Any]] = [_time(tr)]
    if service:
        filters.append({"term": {"service.name": service}})
    if min_severity:
        filters.append({"range": {"severity_number": {"gte": min_severity}}})
    if trace_id:
        filters.append({"term": {"trace_id": trace_id}})
    must: list[dict[str, Any]] = []
    if text:
        # simple_query_string never fails on user syntax: words are ANDed, "quotes" make a phrase
        must.append({"simple_query_string": {"query": text, "fields": ["message"], "default_operator": "and"}})
    query: dict[str, Any] = {"bool": {"filter": filters}}
    if must:
        query["bool"]["must"] = must
    return {"size": size, "query": query, "sort": [{"@timestamp": "desc"}], "track_total_hits": True}


def records_body(ids: Sequence[str]) -> dict[str, Any]:
    """Documents by their ids (evidence and template samples)."""
    return {"size": len(ids), "query": {"terms": {"id": list(ids)}}, "sort": [{"@timestamp": "asc"}]}


def trace_bodies(trace_id: str, size: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """A trace's spans (by start) and its log records (by time)."""
    spans = {"size": size, "query": {"term": {"trace_id": trace_id}}, "sort": [{"start_time_unix_nano": "asc"}]}
    logs = {"size": size, "query": {"term": {"trace_id": trace_id}}, "sort": [{"@timestamp": "asc"}]}
    return spans, logs


def recent_traces_body(tr: TimeRange, size: int, service: str | None, errors_only: bool) -> dict[str, Any]:
    """Recent root spans (one per trace), newest first."""
    filters: list[dict[str, Any]] = [_time(tr)]
    if service:
        filters.append({"term": {"service.name": service}})
    if errors_only:
        filters.append(ERROR_SPAN)
    query = {"bool": {"filter": filters, "must_not": [{"exists": {"field": "parent_span_id"}}]}}
    return {"size": size, "query": query, "sort": [{"@timestamp": "desc"}]}


def waterfall(spans: Sequence[Mapping[str, Any]]) -> tuple[list[dict[str, Any]], int, int]:
    """Spans in tree order with their depth and position (percent of the trace's duration).

    Children follow their parent, ordered by start; a span whose parent is
    not among the spans (not received yet, or sampled out) starts a tree of
    its own.  Returns the rows, the trace start and its end (Unix ns).

    >>> rows, start, end = waterfall([
    ...     {"span_id": "b", "parent_span_id": "a", "start_time_unix_nano": 50, "end_time_unix_nano": 100},
    ...     {"span_id": "a", "start_time_unix_nano": 0, "end_time_unix_nano": 200}])
    >>> [(r["span"]["span_id"], r["depth"], r["offset_pct"], r["width_pct"]) for r in rows]
    [('a', 0, 0.0, 100.0), ('b', 1, 25.0, 25.0)]
    """
    if not spans:
        return [], 0, 0
    start = min(int(s.get("start_time_unix_nano", 0)) for s in spans)
    end = max(int(s.get("end_time_unix_nano", s.get("start_time_unix_nano", 0))) for s in spans)
    total = max(end - start, 1)
    ids = {s.get("span_id") for s in spans}
    children: dict[str | None, list[Mapping[str, Any]]] = {}
    for span in spans:
        parent = span.get("parent_span_id")
        children.setdefault(parent if parent in ids else None, []).append(span)
    for group in children.values():
        group.sort(key=lambda s: int(s.get("start_time_unix_nano", 0)))
    rows: list[dict[str, Any]] = []
    seen: set[Any] = set()
    stack = [(span, 0) for span in reversed(children.get(None, []))]
    while stack:
        span, depth = stack.pop()
        if span.get("span_id") in seen:  # a cycle of parent ids: show each span once
            continue
        seen.add(span.get("span_id"))
        s0 = int(span.get("start_time_unix_nano", start))
        s1 = int(span.get("end_time_unix_nano", s0))
        rows.append({
            "span": span,
            "depth": depth,
            "offset_pct": round((s0 - start) * 100 / total, 3),
            "width_pct": round(max(s1 - s0, 0) * 100 / total, 3),
        })
        stack.extend((child, depth + 1) for child in reversed(children.get(span.get("span_id"), [])))
    for span in spans:  # parents that form a cycle without a root
        if span.get("span_id") not in seen:
            seen.add(span.get("span_id"))
            s0 = int(span.get("start_time_unix_nano", start))
            s1 = int(span.get("end_time_unix_nano", s0))
            rows.append({"span": span, "depth": 0, "offset_pct": round((s0 - start) * 100 / total, 3),
                         "width_pct": round(max(s1 - s0, 0) * 100 / total, 3)})
    return rows, start, end


def alerts_body(since_iso: str, size: int, fingerprint: str | None = None) -> dict[str, Any]:
    """Alert events since a time, newest first (one fingerprint's, or all)."""
    filters: list[dict[str, Any]] = [{"range": {"@timestamp": {"gte": since_iso}}}]
    if fingerprint:
        filters.append({"term": {"fingerprint": fingerprint}})
    return {"size": size, "query": {"bool": {"filter": filters}}, "sort": [{"@timestamp": "desc"}]}


def latest_per_fingerprint(events: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The latest event of each alert (by fingerprint), newest first; ``events`` in any order.

    >>> events = [{"fingerprint": "a", "status": "firing", "@timestamp": "2026-01-01T00:00:00.000Z"},
    ...           {"fingerprint": "a", "status": "resolved", "@timestamp": "2026-01-01T00:05:00.000Z"},
    ...           {"fingerprint": "b", "status": "firing", "@timestamp": "2026-01-01T00:01:00.000Z"}]
    >>> [(e["fingerprint"], e["status"]) for e in latest_per_fingerprint(events)]
    [('a', 'resolved'), ('b', 'firing')]
    """
    latest: dict[str, dict[str, Any]] = {}
    for event in events:
        fp = str(event.get("fingerprint", ""))
        kept = latest.get(fp)
        if kept is None or str(event.get("@timestamp", "")) > str(kept.get("@timestamp", "")):
            latest[fp] = dict(event)
    return sorted(latest.values(), key=lambda e: str(e.get("@timestamp", "")), reverse=True)


def templates_body(tr: TimeRange, size: int, service: str | None) -> dict[str, Any]:
    """Active templates first seen in the range, newest first."""
    filters: list[dict[str, Any]] = [_time(tr, "first_seen")]
    if service:
        filters.append({"term": {"service.name": service}})
    return {
        "size": size,
        "query": {"bool": {"filter": filters, "must_not": [{"term": {"status": "merged"}}]}},
        "sort": [{"first_seen": "desc"}],
    }


# -- the chart of an alert ---------------------------------------------------------------
_SPAN_STATS = {"request_rate", "request_count", "error_ratio", "latency_p50_ms", "latency_p95_ms", "latency_p99_ms"}


def alert_chart_request(
    alert: Mapping[str, Any], tr: TimeRange, interval: int
) -> tuple[str, dict[str, Any], str] | None:
    """What to read for the observed series behind an alert: (kind of index, body, statistic).

    The statistic comes from the alert's ``series.statistic``; the series is
    recomputed from the stored records in buckets of ``interval`` seconds
    (the processors' own windows are not stored).  ``None`` when the
    statistic has no stored counterpart (OTLP metric anomalies are read
    from the metrics index with ``value``).

    >>> from pipeline.console.params import TimeRange
    >>> kind, body, stat = alert_chart_request(
    ...     {"service.name": "api", "series": {"statistic": "error_count"}}, TimeRange(0, 600, "10m"), 60)
    >>> kind, stat
    ('logs', 'error_count')
    """
    service = str(alert.get("service.name", ""))
    series = alert.get("series") or {}
    statistic = str(series.get("statistic", ""))
    labels = series.get("labels") or alert.get("labels") or {}
    filters: list[dict[str, Any]] = [_time(tr), {"term": {"service.name": service}}]
    if statistic in _SPAN_STATS:
        if labels.get("operation"):
            filters.append({"term": {"operation": labels["operation"]}})
        body = {"size": 0, "query": {"bool": {"filter": filters}}, "aggs": {"hist": _histogram(tr, interval, _request_stats())}}
        return "spans", body, statistic
    if statistic in ("error_count", "error_type_count", "log_count", "absent_s", ""):
        if statistic != "log_count" and statistic != "absent_s":
            filters.append(ERROR_LOG)
        body = {"size": 0, "query": {"bool": {"filter": filters}}, "aggs": {"hist": _histogram(tr, interval, {"errors": {"filter": ERROR_LOG}})}}
        return "logs", body, statistic or "error_count"
    if statistic == "value":
        if labels.get("metric"):
            filters.append({"term": {"name": labels["metric"]}})
        hist = _histogram(tr, interval, {"value": {"avg": {"field": "value"}}})
        body = {"size": 0, "query": {"bool": {"filter": filters}}, "aggs": {"hist": hist}}
        return "metrics", body, statistic
    return None


def observed_series(buckets: Sequence[Mapping[str, Any]], interval: int, statistic: str) -> tuple[list[int], list[float | None]]:
    """The observed values of an alert's statistic per bucket (see :func:`alert_chart_request`).

    >>> observed_series([{"key": 0, "doc_count": 30, "errors": {"doc_count": 30}}], 60, "error_count")
    ([0], [30.0])
    """
    times = [int(b["key"]) // 1000 for b in buckets]
    if statistic == "value":
        return times, [_num((b.get("value") or {}).get("value")) for b in buckets]
    if statistic in ("error_count", "error_type_count", "log_count", "request_count", "absent_s"):
        return times, [float(b.get("doc_count", 0)) for b in buckets]
    kind = "spans" if statistic in _SPAN_STATS else "logs"
    series = hist_series(buckets, interval, kind)
    pick = {
        "request_rate": "rate",
        "error_ratio": "error_ratio",
        "latency_p50_ms": "p50",
        "latency_p95_ms": "p95",
        "latency_p99_ms": "p99",
    }.get(statistic, "count")
    return times, [None if v is None else float(v) for v in series[pick]]
