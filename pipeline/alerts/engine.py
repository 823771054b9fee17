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
        evidence.setdefault("search_url", self._search_url(evidence["query"]))
        event: dict[str, Any] = {
            "schema_version": ALERT_SCHEMA_VERSION,
            "fingerprint": state.fingerprint,
            "status": status,
            "kind": c.kind,
            "severity": c.severity,
            "alertname": c.alertname,
            "service.name": c.service,
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
        since = format_timestamp(int((starts - 300) * 1e9))
        parts = [f'service.name:"{c.service}"', f"@timestamp:>={since}"]
        if c.error_query:
            parts.append("(severity_number:>=17 OR status.code:ERROR OR http.response.status_code:>=500)")
        if "error_type" in c.labels:
            parts.append(f'error.type:"{c.labels["error_type"]}"')
        if "template_id" in c.labels:
            parts.append(f'template.id:"{c.labels["template_id"]}"')
        return " AND ".join(parts)

    def _search_url(self, query: str) -> str:
        base = self.cfg.generator_url.rstrip("/")
        return f"{base}/{self.index_prefix}-*/_search?q=" + urllib.parse.quote(query)


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
            if row.get("operation"):
                labels["operation"] = str(row["operation"])
            if rule.statistic == "error_type_count" and row.get("error_type"):
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

