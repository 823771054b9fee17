"""Prometheus-style alerting and recording rules, evaluated in the stream.

A rule has Prometheus's rule-file fields and meaning, so a rule group can be
pasted from a Prometheus rule file:

.. code-block:: yaml

    alerts:
      rules:
        - alert: HighErrorRatio
          expr: sum by (service) (rate(http_server_requests_total{code=~"5.."}[5m]))
                  / sum by (service) (rate(http_server_requests_total[5m])) > 0.05
          for: 5m
          keep_firing_for: 2m
          labels: {severity: critical}
          annotations:
            summary: "{{ $labels.service }}: {{ $value | humanizePercentage }} of requests fail"
            runbook_url: https://example.com/runbooks/high-error-ratio
      rule_files: [/etc/sightline/rules/*.yml]   # Prometheus rule files (groups: [...])

Each sample of an alerting rule's result is one alert instance, identified by
its labels (``__name__`` dropped) plus the rule's ``labels``; the
``severity`` label sets the alert's severity (``warning`` when absent); the
``service`` label (or ``service_name``, or ``job``) names the service.
Rules that share an ``alert`` name and differ only in ``severity`` are tiers
of one alert: when several hold, only the highest severity is reported, so
one incident pages once.  A recording rule (``record``) stores its result as
a new series that later rules can select.

:class:`RuleSet` turns one evaluation into :class:`~pipeline.alerts.engine.Condition`
objects; the alert engine applies ``for``, the hold before resolving and
re-notification, as for every other alert.
"""

from __future__ import annotations

import glob
import math
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml
from pydantic import (
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from pipeline.configbase import Section
from pipeline.promql.engine import EvalError, InstantVector, evaluate_expr
from pipeline.promql.store import Labels, SeriesStore
from pipeline.promql.subset import PromQLError, metric_names, parse_expr, ranges_ms
from pipeline.promql.template import Template, TemplateError

__all__ = ["SEVERITY_RANK", "PromRule", "RuleGroup", "RuleSet", "load_rule_files"]

SEVERITY_RANK = {"info": 0, "warning": 1, "critical": 2}
SERVICE_LABELS = ("service", "service_name", "job")


def _duration(value: Any) -> float:
    from pipeline.alerts.config import parse_duration  # the one duration syntax of the config

    return parse_duration(value)


class PromRule(Section):
    """One alerting (``alert``) or recording (``record``) rule with a PromQL ``expr``."""

    alert: str | None = Field(None, description="alert name, the `alertname` label (alerting rule)")
    record: str | None = Field(None, description="series name the result is stored as (recording rule)")
    expr: str = Field(description="PromQL expression; the supported subset is in the README")
    for_: float = Field(0.0, alias="for", description="duration the expression must hold before the alert fires")
    keep_firing_for: float = Field(0.0, description="duration an alert keeps firing after the expression stops holding")
    labels: dict[str, str] = Field(default_factory=dict, description="labels added to the result (severity here)")
    annotations: dict[str, str] = Field(
        default_factory=dict,
        description="summary, description, runbook_url, ...; templated with {{ $value }} and {{ $labels.x }}",
    )
    repeat_interval: float | None = Field(
        None, description="duration: re-send this rule's firing alerts this often (default alerts.renotify_interval)"
    )

    model_config = ConfigDict(extra="forbid", populate_by_name=True, validate_default=True, frozen=False)
    _tree: Any = PrivateAttr(None)
    _templates: dict[str, Template] = PrivateAttr(default_factory=dict)

    def __eq__(self, other: object) -> bool:
        """Rules are equal when their fields are: the parsed tree and templates are made from them
        (two parses of one text are different objects, so pydantic's default, which compares
        private attributes too, called a config and its reloaded copy different)."""
        if not isinstance(other, PromRule):
            return NotImplemented
        return self.model_dump() == other.model_dump()

    __hash__ = None  # type: ignore[assignment]  # mutable, as pydantic models are

    @field_validator("for_", "keep_firing_for", mode="before")
    @classmethod
    def _durations(cls, value: Any) -> float:
        return _duration(value)

    @field_validator("repeat_interval", mode="before")
    @classmethod
    def _repeat(cls, value: Any) -> float | None:
        return None if value is None else _duration(value)

    @model_validator(mode="after")
    def _check(self) -> PromRule:
        name = self.alert or self.record
        if (self.alert is None) == (self.record is None):
            raise ValueError(f"rule {name or self.expr!r}: give exactly one of `alert` and `record`")
        try:
            self._tree = parse_expr(self.expr)
        except PromQLError as exc:
            raise ValueError(f"rule {name}: expr {self.expr!r}: {exc}") from None
        severity = self.labels.get("severity", "warning")
        if self.alert is not None and severity not in SEVERITY_RANK:
            raise ValueError(f"rule {name}: severity {severity!r} is not one of {', '.join(SEVERITY_RANK)}")
        for key, text in self.annotations.items():
            try:
                self._templates[key] = Template(text)
            except TemplateError as exc:
                raise ValueError(f"rule {name}: annotation {key}: {exc}") from None
        return self

    @property
    def name(self) -> str:
        return str(self.alert or self.record)

    @property
    def tree(self) -> Any:
        return self._tree

    def render(self, labels: dict[str, str], value: float) -> dict[str, str]:
        return {key: template.render(labels, value) for key, template in self._templates.items()}


class RuleGroup(Section):
    """A Prometheus rule group: a name and its rules, evaluated in order."""

    name: str = Field(description="group name")
    interval: float | None = Field(None, description="duration between evaluations (default alerts.evaluation_interval_s)")
    rules: list[PromRule] = Field(default_factory=list, description="the group's rules")

    @field_validator("interval", mode="before")
    @classmethod
    def _interval(cls, value: Any) -> float | None:
        return None if value is None else _duration(value)


def load_rule_files(patterns: Iterable[str]) -> list[RuleGroup]:
    """Read Prometheus rule files (``groups: [...]``); glob patterns as Prometheus allows.

    Errors name the file and the rule.
    """
    groups: list[RuleGroup] = []
    for pattern in patterns:
        paths = sorted(glob.glob(pattern)) if any(c in pattern for c in "*?[") else [pattern]
        for path in paths:
            try:
                document = yaml.safe_load(Path(path).read_text()) or {}
            except OSError as exc:
                raise ValueError(f"rule file {path}: {exc.strerror or exc}") from None
            except yaml.YAMLError as exc:
                raise ValueError(f"rule file {path}: not YAML: {exc}") from None
            if not isinstance(document, dict) or not isinstance(document.get("groups", []), list):
                raise ValueError(f"rule file {path}: expected `groups:` with a list of rule groups")
            for i, group in enumerate(document.get("groups", [])):
                try:
                    groups.append(RuleGroup.model_validate(group))
                except ValidationError as exc:
                    raise ValueError(f"rule file {path}, group {i}: {_brief(exc)}") from None
    return groups


def _brief(exc: ValidationError) -> str:
    """A validation error as one line per problem: ``rules.0: rule X: expr ...: why``."""
    lines = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error["loc"])
        message = str(error["msg"]).removeprefix("Value error, ")
        lines.append(f"{where}: {message}" if where else message)
    return "; ".join(lines)


def _service(labels: dict[str, str]) -> str:
    return next((labels[k] for k in SERVICE_LABELS if labels.get(k)), "")


class RuleSet:
    """Every rule group a processor evaluates, with the series they read.

    Parameters
    ----------
    groups:
        The rule groups (config ``alerts.rules`` entries with ``expr`` form one
        group, each ``alerts.rule_files`` group another).
    lookback_ms:
        How far back an instant selector looks for a sample (Prometheus: 5m).
    """

    def __init__(self, groups: list[RuleGroup], lookback_ms: int = 300_000) -> None:
        self.groups = [g for g in groups if g.rules]
        self.lookback_ms = lookback_ms
        self.alert_names = {r.alert for g in self.groups for r in g.rules if r.alert}
        longest = max((ranges_ms(r.tree) for g in self.groups for r in g.rules), default=0)
        self.retention_ms = longest + lookback_ms
        # the metric names the rules read (None: some selector may read any metric)
        named = [metric_names(rule.tree) for rule in self.rules()]
        self.reads: frozenset[str] | None = (
            None if any(names is None for names in named) else frozenset().union(*(n for n in named if n is not None))
        )
        self.errors: dict[str, str] = {}  # rule name → last evaluation error

    def __bool__(self) -> bool:
        return bool(self.groups)

    def rules(self) -> Iterator[PromRule]:
        for group in self.groups:
            yield from group.rules

    def evaluate(self, t_ms: int, store: SeriesStore, previously_active: Iterable[Any] = ()) -> list[Any]:
        """One evaluation at ``t_ms``: conditions for the alert engine.

        ``previously_active`` are the engine's current conditions of these
        rules (pending or firing); those missing from this evaluation come
        back inactive, so the engine resolves them after its hold.
        """
        from pipeline.alerts.engine import Condition

        best: dict[tuple[str, tuple[tuple[str, str], ...]], Any] = {}
        for rule in self.rules():
            try:
                result = evaluate_expr(rule.tree, t_ms, store, self.lookback_ms)
            except EvalError as exc:
                self.errors[rule.name] = str(exc)
                continue
            self.errors.pop(rule.name, None)
            samples: list[tuple[Labels, float]]
            if isinstance(result, float):
                samples = [((), result)]
            elif isinstance(result, InstantVector):
                samples = list(result)
            else:
                continue  # a range vector or a string cannot be a rule's result (refused at config check)
            if rule.record is not None:
                for labels, value in samples:
                    record = {k: v for k, v in labels if k != "__name__"}
                    record.update(rule.labels)
                    record["__name__"] = rule.record
                    store.append(record, t_ms, value)
                continue
            for labels, value in samples:
                if math.isnan(value):
                    continue  # NaN never fires (Prometheus would; a NaN page says nothing)
                merged = {k: v for k, v in labels if k != "__name__"}
                merged.update(rule.labels)
                severity = merged.pop("severity", "warning")
                service = _service(merged)
                template_labels = dict(merged, severity=severity)
                annotations = rule.render(template_labels, value)
                identity = tuple(sorted(merged.items()))
                key = (str(rule.alert), identity)
                held = best.get(key)
                if held is not None and SEVERITY_RANK[held.severity] >= SEVERITY_RANK[severity]:
                    continue
                best[key] = Condition(
                    kind="threshold",
                    alertname=str(rule.alert),
                    service=service,
                    active=True,
                    severity=severity,
                    labels={k: v for k, v in merged.items() if k != "service"},
                    observed=float(value),
                    summary=annotations.get("summary", f"{rule.alert} on {service or 'the pipeline'}"),
                    description=annotations.get("description", ""),
                    series={"expr": rule.expr, "labels": dict(merged)},
                    for_s=rule.for_,
                    annotations=annotations,
                    resolve_hold_s=rule.keep_firing_for or None,
                    renotify_s=rule.repeat_interval,
                )
        out = list(best.values())
        seen = {(c.alertname, c.service, tuple(sorted(c.labels.items()))) for c in out}
        for cond in previously_active:
            if cond.alertname not in self.alert_names:
                continue
            if (cond.alertname, cond.service, tuple(sorted(cond.labels.items()))) in seen:
                continue
            out.append(
                Condition(
                    kind=cond.kind,
                    alertname=cond.alertname,
                    service=cond.service,
                    active=False,
                    severity=cond.severity,
                    labels=dict(cond.labels),
                    for_s=cond.for_s,
                )
            )
        return out

