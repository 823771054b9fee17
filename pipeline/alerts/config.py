"""Alert rules and alerting settings (the ``alerts:`` section of the config file).

Rules follow the conventions of Prometheus alerting rules: a condition over a
statistic, a ``for`` duration it must hold before the alert fires, labels, and
annotations whose ``{placeholders}`` are filled with the values at firing time.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Discriminator, Field, Tag, field_validator, model_validator

from pipeline.alerts.notifiers.alertmanager import AlertmanagerConfig
from pipeline.alerts.notifiers.webhook import WebhookConfig
from pipeline.promql.rules import PromRule, RuleGroup, load_rule_files
from schemas.configbase import Section

__all__ = [
    "BUILTIN_ALERTS",
    "STATISTICS",
    "AbsenceConfig",
    "AlertmanagerConfig",
    "AlertsConfig",
    "DetectorAlertConfig",
    "RuleConfig",
    "WebhookConfig",
    "default_promql_rules",
    "default_rules",
    "detector_defaults",
    "parse_duration",
]

# What a rule may refer to: statistics the processors keep per service (and operation).
STATISTICS: dict[str, str] = {
    "request_rate": "requests per second over the window",
    "request_count": "requests in the window",
    "error_count": "errors in the window (span status error, HTTP 5xx, log severity ERROR and above)",
    "error_ratio": "errors / requests over the window (0..1)",
    "latency_p50_ms": "median latency over the window, milliseconds",
    "latency_p95_ms": "95th percentile latency over the window, milliseconds",
    "latency_p99_ms": "99th percentile latency over the window, milliseconds",
    "log_count": "log records in the window",
    "error_type_count": "errors of one error type in the window (per service and error type)",
    "error_type_ratio": "errors of one error type / the service's requests (else its log records) over the window (0..1)",
    "absent_s": "seconds since the service's records last arrived, once that silence is unusual for it (0 before: "
    "alerts.absence)",
}
SEVERITIES = ("critical", "warning", "info")
_DURATION = re.compile(r"^\s*(?:(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w))+\s*$")
_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)")
_UNIT = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(value: Any) -> float:
    """``"5m"``, ``"1h30m"``, ``"250ms"`` or a number of seconds → seconds.

    >>> parse_duration("1h30m"), parse_duration("250ms"), parse_duration(90)
    (5400.0, 0.25, 90.0)
    >>> parse_duration("5 minutes")
    Traceback (most recent call last):
    ...
    ValueError: bad duration '5 minutes': expected a number of seconds or e.g. 30s, 5m, 1h30m, 7d
    """
    if isinstance(value, bool):
        raise ValueError(f"bad duration {value!r}")
    if isinstance(value, int | float):
        if value < 0:
            raise ValueError(f"bad duration {value!r}: negative")
        return float(value)
    text = str(value)
    if not _DURATION.match(text):
        raise ValueError(f"bad duration {value!r}: expected a number of seconds or e.g. 30s, 5m, 1h30m, 7d")
    return float(sum(float(n) * _UNIT[u] for n, u in _PART.findall(text)))


class RuleConfig(Section):
    """One threshold rule over a statistic."""

    name: str = Field(description="alert name, the `alertname` label")
    statistic: str = Field(description="one of " + ", ".join(STATISTICS))
    window: str = Field("5m", description="the rolling window the statistic is read from")
    op: Literal[">", ">=", "<", "<="] = Field(">", description="statistic OP threshold fires")
    threshold: float = Field(description="the value compared with the statistic")
    for_: float = Field(300.0, alias="for", description="duration (30s, 5m, 1h) the condition must hold before firing")
    severity: Literal["critical", "warning", "info"] = Field("warning", description="the severity label")
    min_requests: int = Field(0, ge=0, description="ignore windows with fewer requests (ratios on tiny counts)")
    labels: dict[str, str] = Field(default_factory=dict, description="extra labels on the alert")
    summary: str = Field("", description="annotation; {service}, {operation}, {observed}, {threshold}, {window}, {for} are filled in")
    description: str = Field("", description="annotation, templated like summary")
    services: dict[str, float] = Field(
        default_factory=dict, description="per-service threshold overrides, `{checkout: 0.1}`"
    )
    exclude_services: list[str] = Field(default_factory=list, description="services this rule never fires for")

    model_config = ConfigDict(extra="forbid", populate_by_name=True, validate_default=True)

    @field_validator("statistic")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in STATISTICS:
            raise ValueError(f"unknown statistic {value!r}; known: {', '.join(STATISTICS)}")
        return value

    @field_validator("for_", mode="before")
    @classmethod
    def _for(cls, value: Any) -> float:
        return parse_duration(value)

    @field_validator("window")
    @classmethod
    def _window(cls, value: str) -> str:
        parse_duration(value)
        return value

    def threshold_for(self, service: str) -> float:
        return self.services.get(service, self.threshold)


# Alerts Sightline raises by itself (day-one rules and detector findings): each has a runbook
# entry in deploy/README.md (a test holds them in step), linked from its runbook_url annotation.
BUILTIN_ALERTS = (
    "HighErrorRatio", "HighLatencyP95", "ServiceAbsent", "ManyErrorsOfOneType",
    "ErrorSpike", "LatencyAnomaly", "RequestRateAnomaly", "ErrorRatioAnomaly", "MetricAnomaly",
    "NewErrorType", "ErrorRegression", "TargetDown",
)  # fmt: skip


def _rule_form(value: Any) -> str:
    """Which kind of rule an ``alerts.rules`` entry is: PromQL (it has ``expr``) or a statistic rule."""
    if isinstance(value, PromRule) or (isinstance(value, dict) and "expr" in value):
        return "promql"
    return "statistic"


def default_rules() -> list[RuleConfig]:
    """The rules a team wants on day one; every number is overridable."""
    return [
        RuleConfig.model_validate({
            # the 1m ratio held for 5m (as in Prometheus' usual error-ratio rules): a 5m
            # window held 5m would keep firing for minutes after a short burst had ended
            "name": "HighErrorRatio", "statistic": "error_ratio", "window": "1m", "op": ">",
            "threshold": 0.05, "for": "5m", "severity": "critical", "min_requests": 10,
            "summary": "{service}: {observed_pct} of requests fail (threshold {threshold_pct})",
            "description": "Error ratio of {service} {operation} over {window} has been above "
                           "{threshold_pct} for {for}.",
        }),
        RuleConfig.model_validate({
            "name": "HighLatencyP95", "statistic": "latency_p95_ms", "window": "5m", "op": ">",
            "threshold": 1000.0, "for": "5m", "severity": "warning", "min_requests": 20,
            "summary": "{service}: p95 latency {observed:.0f} ms (threshold {threshold:.0f} ms)",
            "description": "p95 latency of {service} {operation} over {window} has been above "
                           "{threshold:.0f} ms for {for}.",
        }),
        RuleConfig.model_validate({
            "name": "ServiceAbsent", "statistic": "absent_s", "window": "5m", "op": ">",
            "threshold": 120.0, "for": 0, "severity": "warning",
            "summary": "{service} stopped sending telemetry {observed:.0f} s ago",
            "description": "No record from {service} for more than {threshold:.0f} s.",
        }),
        RuleConfig.model_validate({
            # relative to the service's own traffic: a fixed count (more than 100 in 5m) is what a
            # healthy 1% error rate produces at 40 requests a second, and paged healthy services
            "name": "ManyErrorsOfOneType", "statistic": "error_type_ratio", "window": "5m", "op": ">",
            "threshold": 0.05, "for": "2m", "severity": "warning", "min_requests": 100,
            "summary": "{service}: {observed_pct} of requests fail with {error_type} over {window}",
            "description": "Errors of type {error_type} were more than {threshold_pct} of {service}'s requests "
                           "(or log records) over {window}, with at least 100 requests in it, for {for}.",
        }),
    ]


def default_promql_rules() -> list[PromRule]:
    """The day-one rules written in PromQL: over what the scraper reports for each target."""
    return [
        PromRule.model_validate({
            # the scraper's own series (ingest.scrape): the target's service keeps its up series
            # coming at 0, so ServiceAbsent never sees it go quiet
            "alert": "TargetDown", "expr": "up == 0", "for": "2m", "labels": {"severity": "warning"},
            "annotations": {
                "summary": "{{ $labels.job }}: scrape target {{ $labels.instance }} is down",
                "description": "Sightline could not scrape {{ $labels.instance }} (job {{ $labels.job }}) for 2 minutes: "
                               "the target is down or its metrics endpoint does not answer.",
            },
        }),
    ]


class DetectorAlertConfig(Section):
    """When a detector's finding becomes an alert."""

    enabled: bool = Field(True, description="turn this detector's alerts on or off")
    min_score: float = Field(0.5, ge=0, le=1, description="findings scoring below this are ignored")
    severity: Literal["critical", "warning", "info"] = Field("warning", description="the severity label")
    clear_after: float = Field(300.0, description="duration: resolve when no finding for this long")
    min_change: float = Field(
        0.2, ge=0, description="anomaly only: the value must differ from the expected one by at least this "
        "fraction of it (a statistically unusual but small change does not page)",
    )
    min_ratio_change: float = Field(
        0.02, ge=0, le=1, description="anomaly only, error ratios: the ratio must differ from the expected one "
        "by at least this much (0.02 = 2 percentage points)",
    )

    @field_validator("clear_after", mode="before")
    @classmethod
    def _clear(cls, value: Any) -> float:
        return parse_duration(value)


def detector_defaults() -> dict[str, dict[str, Any]]:
    """Per finding kind with an ``alerts.detectors`` entry, what differs from
    :class:`DetectorAlertConfig`'s own defaults: read from the finding sources'
    registry (:data:`pipeline.process.findings.SOURCES`), the one list of kinds.

    >>> detector_defaults()["error_spike"]
    {'severity': 'critical'}
    """
    # imported late: the sources import the alert engine, which imports this module
    from pipeline.process.findings import alert_defaults

    return alert_defaults()


class AbsenceConfig(Section):
    """When a service's silence counts as absence (the ``absent_s`` statistic, ServiceAbsent).

    Each service's own cadence decides: in how many of the evaluation intervals of the
    last ``history`` it sent anything.  A silence counts once a silence that long would
    have at most ``max_chance`` of happening at that cadence; a service that sent in
    fewer than ``min_sends`` intervals (a program that logs now and then) is never absent.
    """

    history: float = Field(3600.0, description="duration: how much of a service's past sending its cadence is read from")
    min_sends: int = Field(
        10, ge=1, description="evaluation intervals of the history a service must have sent in before its silence counts"
    )
    max_chance: float = Field(
        0.001, gt=0, lt=1, description="a silence counts when one that long has at most this chance at the service's cadence"
    )

    @field_validator("history", mode="before")
    @classmethod
    def _history(cls, value: Any) -> float:
        return parse_duration(value)


class AlertsConfig(Section):
    """The alert engine and its forwarders."""

    rules: list[Annotated[Annotated[RuleConfig, Tag("statistic")] | Annotated[PromRule, Tag("promql")], Discriminator(_rule_form)]] = Field(
        default_factory=lambda: list[RuleConfig | PromRule]([*default_rules(), *default_promql_rules()]),
        description="alert rules: Prometheus rule-file entries (alert, expr in PromQL, for, keep_firing_for, labels, "
        "annotations; record for recording rules) or statistic rules (name, statistic, threshold); "
        "setting this list replaces the built-in ones (HighErrorRatio, HighLatencyP95, ServiceAbsent, ManyErrorsOfOneType, "
        "TargetDown)",
    )
    rule_files: list[str] = Field(
        default_factory=list,
        description="Prometheus rule files (groups: [...]) evaluated beside alerts.rules; glob patterns allowed",
    )
    promql_lookback: float = Field(
        300.0, description="duration: how far back an instant PromQL selector looks for a sample (Prometheus: 5m)"
    )
    promql_max_series: int = Field(
        100_000, ge=1, description="series a processor keeps for PromQL rules; new series beyond are not kept (counted)"
    )
    evaluation_interval_s: float = Field(15.0, gt=0, description="how often rules are evaluated")
    absence: AbsenceConfig = Field(default_factory=AbsenceConfig)
    renotify_interval: float = Field(4 * 3600.0, description="duration: re-send a still-firing alert this often")
    resolve_hold: float = Field(120.0, description="duration: a condition must stay clear this long before resolving")
    detectors: dict[str, DetectorAlertConfig] = Field(
        description="per finding kind (the registry in pipeline/process/findings/): when its findings alert",
        default_factory=lambda: {kind: DetectorAlertConfig(**values) for kind, values in detector_defaults().items()},
    )
    generator_url: str = Field("http://127.0.0.1:9200", description="base of the link-ready search query in alerts")
    runbook_base_url: str = Field(
        "deploy/README.md",
        description="where the built-in alerts' runbooks live; their runbook_url is this plus #<alertname in lower case> "
        "(point it at your copy of deploy/README.md or your wiki)",
    )
    # Alert targets: every notifier section here is one (pipeline/alerts/notifiers/), one line each.
    alertmanager: AlertmanagerConfig = Field(default_factory=AlertmanagerConfig)
    webhook: WebhookConfig = Field(default_factory=WebhookConfig)

    @field_validator("detectors", mode="before")
    @classmethod
    def _detectors(cls, value: Any) -> Any:
        """Keys given for a kind override its defaults; kinds not given keep theirs."""
        if not isinstance(value, dict):
            return value
        kinds = detector_defaults()
        unknown = sorted(set(value) - set(kinds))
        if unknown:
            raise ValueError(f"unknown detector kind {', '.join(unknown)}: expected one of {', '.join(kinds)}")
        merged: dict[str, Any] = {}
        for kind, defaults in kinds.items():
            given = value.get(kind, {})
            if isinstance(given, DetectorAlertConfig):
                given = given.model_dump(exclude_unset=True)
            merged[kind] = {**defaults, **given} if isinstance(given, dict) else given
        return merged

    @field_validator("renotify_interval", "resolve_hold", "promql_lookback", mode="before")
    @classmethod
    def _durations(cls, value: Any) -> float:
        return parse_duration(value)

    @model_validator(mode="after")
    def _rule_files_load(self) -> AlertsConfig:
        self.rule_groups()  # a bad file or rule is refused at config check, naming the file and the rule
        return self

    def rule_groups(self) -> list[RuleGroup]:
        """The PromQL rules: ``alerts.rules`` entries with ``expr`` as one group, then each file's groups."""
        inline = [r for r in self.rules if isinstance(r, PromRule)]
        groups = [RuleGroup(name="alerts.rules", rules=inline)] if inline else []
        return groups + load_rule_files(self.rule_files)

    def statistic_rules(self) -> list[RuleConfig]:
        """The rules over the rolling statistics (``statistic`` and ``threshold``)."""
        return [r for r in self.rules if isinstance(r, RuleConfig)]

    @model_validator(mode="after")
    def _unique_names(self) -> AlertsConfig:
        # PromQL rules may share a name: tiers of one alert (warning above one value, critical above another)
        names = [r.name for r in self.statistic_rules()]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"rule names must be unique; repeated: {', '.join(dupes)}")
        return self
