"""The alert lifecycle: pending → firing → resolved, deduplicated by fingerprint.  Pure.

Conditions come from two places: threshold rules evaluated over the rolling
statistics (:func:`evaluate_rules`), and detector findings (error spikes,
anomalies, new error types, regressions).  The engine turns a stream of
conditions into alert *events* (dicts in the ``schemas`` alert format) and
keeps the per-fingerprint state in plain, picklable objects so it can live in
changelog-backed tables and survive a restart or a partition moving.

Rules of the lifecycle:

- a condition that holds starts a *pending* alert; once it has held for the
  rule's ``for`` duration the alert *fires* (one ``firing`` event);
- a firing alert is re-sent every ``renotify_interval`` while it holds;
- once the condition clears it must stay clear for ``resolve_hold`` (threshold
  rules) or see no finding for ``clear_after`` (detectors) before one
  ``resolved`` event is sent: a flapping series does not page twice a minute;
- a pending alert whose condition clears is forgotten without an event.
"""

from __future__ import annotations

import hashlib
import operator
import re
import urllib.parse
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pipeline.alerts.config import BUILTIN_ALERTS, AlertsConfig, RuleConfig
from schemas.records import ALERT_SCHEMA_VERSION, alert_fingerprint, format_timestamp

__all__ = [
    "ALERT_SCHEMA_VERSION",
    "AlertEngine",
    "AlertState",
    "Condition",
    "evaluate_rules",
    "fingerprint",
]

_OPS: dict[str, Callable[[float, float], bool]] = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
}


fingerprint = alert_fingerprint
_RANK = {"info": 1, "warning": 2, "critical": 3}


@dataclass
class Condition:
    """One observation of an alertable series: does its condition hold now, and with what values."""

    kind: str  # a registered finding kind (pipeline.process.findings.KINDS)
    alertname: str
    service: str
    active: bool
    severity: str = "warning"
    labels: dict[str, str] = field(default_factory=dict)  # identifying labels beyond alertname/service
    observed: float | None = None
    expected: float | None = None
    band: tuple[float, float] | None = None
    score: float | None = None
    summary: str = ""
    description: str = ""
    evidence: dict[str, Any] = field(default_factory=dict)
    series: dict[str, Any] = field(default_factory=dict)
    for_s: float = 0.0
    clear_after_s: float | None = None  # detectors: resolve when no finding for this long
    error_query: bool = False  # the alert's search link selects the service's error records
    annotations: dict[str, str] = field(default_factory=dict)  # runbook_url and any other, as Prometheus rules have
    resolve_hold_s: float | None = None  # this rule's keep_firing_for (default alerts.resolve_hold)
    renotify_s: float | None = None  # this rule's repeat interval (default alerts.renotify_interval)

    def identity(self) -> dict[str, str]:
        return {"alertname": self.alertname, "service": self.service, **self.labels}


@dataclass
class AlertState:
    """What the engine remembers about one fingerprint."""

    fingerprint: str
    status: str  # pending or firing
    since: float  # condition first held (startsAt)
    last_active: float
    condition: Condition
    fired_at: float | None = None
    last_sent: float | None = None
    clear_since: float | None = None
    sent_severity: str = ""  # the severity last paged (a higher tier of the same alert pages again)


class AlertEngine:
    """Turns conditions into firing / resolved events.

    Examples
    --------
    >>> from pipeline.alerts.config import AlertsConfig
    >>> engine = AlertEngine(AlertsConfig(resolve_hold=60))
    >>> cond = Condition("threshold", "HighErrorRatio", "api", True, for_s=120, observed=0.2)
    >>> engine.observe(cond, now=0), engine.observe(cond, now=60)
    ([], [])
    >>> [e["status"] for e in engine.observe(cond, now=130)]
    ['firing']
    >>> clear = Condition("threshold", "HighErrorRatio", "api", False, for_s=120)
    >>> engine.observe(clear, now=140), [e["status"] for e in engine.observe(clear, now=201)]
    ([], ['resolved'])
    """

    def __init__(self, cfg: AlertsConfig, index_prefix: str = "sightline") -> None:
        self.cfg = cfg
        self.index_prefix = index_prefix
        self.states: dict[str, AlertState] = {}

    # -- input ----------------------------------------------------------------------------
    def observe(self, cond: Condition, now: float) -> list[dict[str, Any]]:
        """Feed one condition; returns the events it causes (often none)."""
        fp = fingerprint(cond.identity())
        state = self.states.get(fp)
        if not cond.active:
            if state is None:
                return []
            if state.status == "pending":
                del self.states[fp]
                return []
            if state.clear_since is None:
                state.clear_since = now
            hold = state.condition.resolve_hold_s
            if now - state.clear_since >= (self.cfg.resolve_hold if hold is None else hold):
                return [self._resolve(state, now)]
            return []
        if state is None:
            state = AlertState(fp, "pending", now, now, cond)
            self.states[fp] = state
        state.condition = _merge(state.condition, cond)
        state.last_active = now
        state.clear_since = None
        if state.status == "pending" and now - state.since >= cond.for_s:
            state.status = "firing"
            state.fired_at = now
            state.last_sent = now
            state.sent_severity = cond.severity
            return [self._event(state, "firing", now)]
        if state.status == "firing" and state.last_sent is not None:
            every = cond.renotify_s if cond.renotify_s is not None else self.cfg.renotify_interval
            escalated = _RANK.get(cond.severity, 0) > _RANK.get(getattr(state, "sent_severity", ""), 0)
            if escalated or now - state.last_sent >= every:  # a tier above the one paged pages at once
                state.sent_severity = cond.severity
                state.last_sent = now
                return [self._event(state, "firing", now)]
        return []

    def tick(self, now: float) -> list[dict[str, Any]]:
        """Time passing: resolve detector alerts with no recent finding, forget stale pending ones."""
        events = []
        for fp, state in list(self.states.items()):
            clear_after = state.condition.clear_after_s
            if clear_after is None:
                continue
            if now - state.last_active >= clear_after:
                if state.status == "firing":
                    events.append(self._resolve(state, state.last_active + clear_after))
                else:
                    del self.states[fp]
        return events

    # -- output ---------------------------------------------------------------------------
    def _resolve(self, state: AlertState, at: float) -> dict[str, Any]:
        self.states.pop(state.fingerprint, None)
        return self._event(state, "resolved", at)

    def _event(self, state: AlertState, status: str, now: float) -> dict[str, Any]:
        c = state.condition
        labels = {**c.identity(), "severity": c.severity, "kind": c.kind}
        starts = state.since
        ends = now if status == "resolved" else None
        evidence = dict(c.evidence)
        evidence.setdefault("query", self._query(c, starts))
        evidence.setdefault("search_url", self._search_url(evidence["query"], format_timestamp(int((starts - 300) * 1e9))))
        event: dict[str, Any] = {
            "schema_version": ALERT_SCHEMA_VERSION,
            "fingerprint": state.fingerprint,
            "status": status,
            "kind": c.kind,
            "severity": c.severity,
            "alertname": c.alertname,
            "service.name": c.service,
            **({"deployment.environment.name": c.labels["environment"]} if c.labels.get("environment") else {}),
            "labels": labels,
            "summary": c.summary,
            "description": c.description,
            "annotations": self._annotations(c),
            "observed": c.observed,
            "expected": c.expected,
            "expected_band": {"lower": c.band[0], "upper": c.band[1]} if c.band else None,
            "score": c.score,
            "series": c.series,
            "startsAt": format_timestamp(int(starts * 1e9)),
            "endsAt": format_timestamp(int(ends * 1e9)) if ends is not None else None,
            "evidence": evidence,
            "generatorURL": evidence["search_url"],
            "@timestamp": format_timestamp(int(now * 1e9)),
            "time_unix_nano": int(now * 1e9),
        }
        event["id"] = hashlib.blake2b(
            f"{state.fingerprint}|{event['startsAt']}|{status}|{event['@timestamp']}".encode(), digest_size=16
        ).hexdigest()
        return event

    def _annotations(self, c: Condition) -> dict[str, str]:
        """The condition's annotations; a built-in alert links its runbook entry."""
        annotations = dict(c.annotations)
        if c.alertname in BUILTIN_ALERTS and "runbook_url" not in annotations:
            annotations["runbook_url"] = f"{self.cfg.runbook_base_url}#{c.alertname.lower()}"
        return annotations

    def _query(self, c: Condition, starts: float) -> str:
        """A query-string query for the records behind the alert, in the fields stored documents have."""
        since = format_timestamp(int((starts - 300) * 1e9))
        parts = [f'service.name:"{_quote(c.service)}"', f"@timestamp:[{since} TO *]"]
        error_type = c.labels.get("error_type")
        if error_type:
            parts.append(_error_type_query(error_type))
        elif c.error_query:
            parts.append(_ERRORS)
        operation = c.labels.get("operation")
        if operation and not operation.startswith("log "):
            parts.append(f'operation:"{_quote(operation)}"')
        metric = c.labels.get("metric")
        if metric:
            parts.append(f'name:"{_quote(metric)}"')
        template = c.evidence.get("template")
        if c.kind in ("new_error_type", "regression") and isinstance(template, str):
            words = [f'message:"{_quote(run)}"' for run in _constant_runs(template)]
            if words:
                parts.append("(" + " AND ".join(words) + ")")
        return " AND ".join(parts)

    def _search_url(self, query: str, since: str = "now-1h") -> str:
        """The link to the records: ``generator_url`` with ``{query}`` (URL-quoted), ``{query_rison}``
        (for Kibana's Discover), ``{index}`` and ``{since}`` filled in; a plain base URL gets
        Elasticsearch's own ``/{index}/_search?q=`` appended."""
        base = self.cfg.generator_url
        index = f"{self.index_prefix}-*"
        if "{" not in base:
            return f"{base.rstrip('/')}/{index}/_search?q=" + urllib.parse.quote(query)
        rison = "'" + query.replace("!", "!!").replace("'", "!'") + "'"
        return (
            base.replace("{query_rison}", urllib.parse.quote(rison, safe="'!()*:,"))
            .replace("{query}", urllib.parse.quote(query))
            .replace("{index}", index)
            .replace("{since}", urllib.parse.quote(since, safe=":"))
        )


# Error records: logs at ERROR and above, spans with status error or an HTTP 5xx answer.
_ERRORS = "(severity_number:>=17 OR status.code:error OR attributes.http.response.status_code:>=500)"
_PLACEHOLDER = re.compile(r"<[A-Z*][A-Z0-9_*]*>")


def _quote(text: str) -> str:
    """Text inside a quoted query-string phrase: backslashes and quotes escaped."""
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _error_type_query(error_type: str) -> str:
    """Records of one error type, as the statistics name them (pipeline.process.stats)."""
    if error_type.startswith("HTTP ") and error_type[5:].isdigit():
        return f"attributes.http.response.status_code:{error_type[5:]}"
    if error_type == "span_status_error":
        return "status.code:error"
    if error_type == "log_error":
        return "severity_number:>=17"
    quoted = _quote(error_type)
    return (
        f'(exception.type:"{quoted}" OR attributes.exception.type:"{quoted}" OR attributes.error.type:"{quoted}")'
    )


def _constant_runs(template: str) -> list[str]:
    """The runs of fixed words between a template's placeholders (``<NUM>``, ``<*>``), longest first.

    >>> _constant_runs("upstream timeout after <NUM> ms calling /charge")
    ['upstream timeout after', 'ms calling /charge']
    """
    runs = [run.strip() for run in _PLACEHOLDER.split(template)]
    return sorted((run for run in runs if any(ch.isalnum() for ch in run)), key=len, reverse=True)[:4]


def _merge(old: Condition, new: Condition) -> Condition:
    """Keep the newest values, but accumulate evidence (bounded) across observations."""
    if not old.evidence:
        return new
    evidence = dict(new.evidence)
    for key in ("record_ids", "trace_ids"):
        merged = list(dict.fromkeys([*old.evidence.get(key, []), *new.evidence.get(key, [])]))
        if merged:
            evidence[key] = merged[-10:]
    new.evidence = evidence
    return new


class _Formatter(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _fill(template: str, values: Mapping[str, Any]) -> str:
    try:
        return template.format_map(_Formatter(values))
    except (ValueError, TypeError, IndexError):
        return template


def evaluate_rules(
    rules: Iterable[RuleConfig],
    series: Iterable[Mapping[str, Any]],
) -> list[Condition]:
    """Evaluate threshold rules over statistics.

    ``series`` holds one mapping per (service, operation, window[, error_type]):
    ``{"service": ..., "operation": ..., "window": "5m", "request_count": ..., "error_ratio": ...}``
    (keys from :data:`~pipeline.alerts.config.STATISTICS`; missing ones are skipped).

    >>> from pipeline.alerts.config import default_rules
    >>> rows = [{"service": "api", "operation": "GET /x", "window": "1m", "request_count": 100, "error_ratio": 0.2},
    ...         {"service": "api", "operation": "GET /x", "window": "5m", "request_count": 400, "latency_p95_ms": 50.0}]
    >>> [(c.alertname, c.active) for c in evaluate_rules(default_rules(), rows)]
    [('HighErrorRatio', True), ('HighLatencyP95', False)]
    """
    out = []
    for row in series:
        for rule in rules:
            if rule.window != row.get("window", rule.window) and rule.statistic != "absent_s":
                continue
            value = row.get(rule.statistic)
            service = str(row.get("service", ""))
            if value is None or service in rule.exclude_services:
                continue
            threshold = rule.threshold_for(service)
            enough = row.get("request_count", rule.min_requests) >= rule.min_requests
            active = bool(enough and _OPS[rule.op](float(value), threshold))
            labels = {}
            if row.get("environment"):
                labels["environment"] = str(row["environment"])
            if row.get("operation"):
                labels["operation"] = str(row["operation"])
            if rule.statistic in ("error_type_count", "error_type_ratio") and row.get("error_type"):
                labels["error_type"] = str(row["error_type"])
            labels.update(rule.labels)
            values = {
                **row,
                "observed": float(value),
                "threshold": threshold,
                "observed_pct": f"{float(value) * 100:.1f}%",
                "threshold_pct": f"{threshold * 100:.1f}%",
                "window": rule.window,
                "for": _human(rule.for_),
                "operation": row.get("operation", ""),
            }
            kind = "absent" if rule.statistic == "absent_s" else "threshold"
            out.append(
                Condition(
                    kind=kind,
                    alertname=rule.name,
                    service=service,
                    active=active,
                    severity=rule.severity,
                    labels=labels,
                    observed=float(value),
                    expected=threshold,
                    summary=_fill(rule.summary or f"{rule.name} on {{service}}", values),
                    description=_fill(rule.description, values),
                    series={"statistic": rule.statistic, "window": rule.window, "labels": dict(labels, service=service)},
                    for_s=rule.for_,
                    error_query=kind == "threshold" and "latency" not in rule.name.lower(),
                )
            )
    return out


def _human(seconds: float) -> str:
    if seconds and seconds % 3600 == 0:
        return f"{int(seconds // 3600)}h"
    if seconds and seconds % 60 == 0:
        return f"{int(seconds // 60)}m"
    return f"{seconds:g}s"

