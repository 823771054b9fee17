"""New error types and regressions, from the streaming template miner.

Error logs (severity ERROR and above) and exception events of spans are mined
into templates per service (:class:`~detectors.templates.TemplateMiner`).  A
template never seen before is a **new error type** once its text has been
stable for ``templates.confirm_seconds`` and the service has logged for
``templates.warmup_seconds`` (:class:`~detectors.templates.detectors.NewErrorType`);
one back after ``templates.quiet_seconds`` without records is a **regression**.
While the error keeps happening its alert keeps firing.  The templates that
changed are also handed out as documents for the store (:meth:`TemplateFindings.take_docs`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from detectors.templates import TemplateMiner
from detectors.templates.detectors import Finding, NewErrorType, Regression
from pipeline.alerts.engine import Condition, fingerprint
from pipeline.process.findings.base import Context, Kind, PerService, Settings
from pipeline.templates.document import merged_document, template_document
from schemas.records import TemplateDoc

__all__ = ["Mined", "TemplateFindings"]

log = logging.getLogger("sightline.templates")


@dataclass
class Mined:
    """One service's miner and the detectors that read it (saved as a unit)."""

    miner: TemplateMiner
    new_types: NewErrorType
    regressions: Regression
    unpublished: set[str] = field(default_factory=set)  # template ids changed since the last publish
    retired: dict[str, tuple[str, float | None]] = field(default_factory=dict)  # merged id → (survivor, when)


class TemplateFindings(PerService[Mined]):
    """New-error-type and regression findings (kinds ``new_error_type``, ``regression``), one
    :class:`Mined` per service (``state``)."""

    name = "templates"
    state_type = Mined
    kinds = (
        Kind("new_error_type", "an error message template never seen before", {"clear_after": 600.0}),
        Kind("regression", "an error template back after templates.quiet_seconds without records",
             {"clear_after": 600.0}),
    )

    def __init__(self, settings: Settings, ctx: Context) -> None:
        super().__init__(settings, ctx)
        self.config = settings.templates
        self.pending: list[Condition] = []
        self._open: dict[tuple[str, str], Condition] = {}  # (service, template id) → its alert's condition
        self._fresh: set[tuple[str, str]] = set()  # found since the last evaluation (not in the engine yet)

    def _state(self, service: str) -> Mined:
        state = self.state.get(service)
        if state is None:
            c = self.config
            state = self.state[service] = Mined(c.miner(service), c.new_error_type(), c.regression())
        return state

    def on_records(self, signal: str, records: Sequence[dict[str, Any]]) -> None:
        """Mine error logs and exception events (records are already redacted)."""
        if not self.config.enabled:
            return
        observed: set[str] = set()
        for record in records:
            service = record.get("service.name", "")
            if service not in observed:
                # warm-up counts from the service's first record of any kind (once a batch is enough)
                t = (record.get("time_unix_nano") or record.get("start_time_unix_nano") or 0) / 1e9
                if t:
                    observed.add(service)
                    self._state(service).new_types.observe_service(service, t)
            if signal == "logs":
                if record.get("severity_number", 0) < 17 or not record.get("message"):
                    continue
                self._mine(service, str(record["message"]), record)
            elif signal == "spans":
                for event in record.get("events") or ():
                    attrs = event.get("attributes") or {}
                    if event.get("name") == "exception" and attrs.get("exception.message"):
                        text = f"{attrs.get('exception.type', '')}: {attrs['exception.message']}".lstrip(": ")
                        self._mine(service, text, record)

    def _mine(self, service: str, text: str, record: dict[str, Any]) -> None:
        state = self._state(service)
        self.ctx.touch(service)
        t = record.get("time_unix_nano", 0) / 1e9 or None
        match = state.miner.add(text, t=t, record_id=record.get("id"), trace_id=record.get("trace_id"))
        template = state.miner.template(match.template_id)
        state.unpublished.add(template.id)
        for gone in match.merged:
            state.unpublished.discard(gone)
            state.retired[gone] = (template.id, t)
        x = {
            "service": service,
            "template_id": template.id,
            "template": template.text,
            "record_id": record.get("id"),
            "trace_id": record.get("trace_id"),
            "merged": match.merged,
        }
        ongoing = self._open.get((service, template.id))
        if ongoing is not None and self._still_open((service, template.id), ongoing):
            # The error keeps happening: keep its alert firing until it stops.
            self.pending.append(ongoing)
        for detector in (state.new_types, state.regressions):
            finding = detector.update(x, t)
            if finding is not None:
                self._finding(service, finding)

    def _finding(self, service: str, finding: Finding) -> None:
        kind = finding.kind
        policy = self.settings.policy(kind)
        if not policy.enabled or finding.score < policy.min_score:
            return
        condition = Condition(
            kind=kind,
            alertname="NewErrorType" if kind == "new_error_type" else "ErrorRegression",
            service=service,
            active=True,
            severity=policy.severity,
            labels={"template_id": finding.template_id},
            score=finding.score,
            summary=(
                f"{service}: new error type: {finding.template}"
                if kind == "new_error_type"
                else f"{service}: error back after {finding.quiet_for or 0:.0f} s quiet: {finding.template}"
            ),
            description=f"Template {finding.template_id} first seen {finding.first_seen}.",
            evidence={
                "template": finding.template,
                "template_id": finding.template_id,
                "record_ids": list(finding.sample_record_ids),
                "trace_ids": [x for x in finding.sample_trace_ids if x],
            },
            series={"statistic": "template", "labels": {"service": service, "template_id": finding.template_id}},
            clear_after_s=policy.clear_after,
        )
        self.pending.append(condition)
        self._open[(service, finding.template_id)] = condition
        self._fresh.add((service, finding.template_id))

    def _still_open(self, key: tuple[str, str], condition: Condition) -> bool:
        return key in self._fresh or fingerprint(condition.identity()) in self.ctx.engine.states

    def _expire(self, now: float) -> None:
        """Drop templates with no record for ``templates.expire_after_seconds``; a service
        left with none went away and is forgotten."""
        ttl = self.config.expire_after_seconds
        if ttl <= 0:
            return
        for service, state in list(self.state.items()):
            gone = state.miner.expire(now - ttl)
            if not gone:
                continue
            state.unpublished.difference_update(gone)
            for detector in (state.new_types, state.regressions):
                detector.forget_templates(service, gone)
            self.ctx.touch(service)
            if len(state.miner) == 0:
                log.info("templates: %s sent no error for %.0f s; its templates are forgotten", service, ttl)
                self.forget(service)

    def evaluate(self, now: float) -> list[Condition]:
        self._expire(now)
        for service, state in self.state.items():
            for finding in state.new_types.flush(now):
                # new templates whose text stayed unchanged for templates.confirm_seconds
                self._finding(service, finding)
                self.ctx.touch(service)
        # an alert the engine no longer holds (resolved) is not kept alive by later records
        self._open = {k: c for k, c in self._open.items() if self._still_open(k, c)}
        self._fresh = set()
        out, self.pending = self.pending, []
        return out

    # -- templates for the store ---------------------------------------------------------
    def take_docs(self, now: float) -> list[tuple[str, list[TemplateDoc]]]:
        """Documents of the templates that changed since the last call, per service.

        Live templates get their full document, merged ones a ``status:
        merged`` document.  They count as published once taken; hand them back
        with :meth:`requeue_docs` if they could not be sent.
        """
        published_ns = int(now * 1e9)
        window = self.config.window_seconds
        out: list[tuple[str, list[TemplateDoc]]] = []
        for service, state in sorted(self.state.items()):
            if not state.unpublished and not state.retired:
                continue
            miner = state.miner
            docs = [
                merged_document(service, tid, miner.resolve(survivor), when, published_ns)
                for tid, (survivor, when) in sorted(state.retired.items())
            ]
            for tid in sorted({miner.resolve(tid) for tid in state.unpublished} - set(state.retired)):
                try:
                    docs.append(template_document(service, miner.template(tid), published_ns, window))
                except KeyError:  # not a template of this miner (state restored from elsewhere)
                    continue
            state.unpublished, state.retired = set(), {}
            self.ctx.touch(service)
            if docs:
                out.append((service, docs))
        return out

    def requeue_docs(self, service: str, docs: Sequence[TemplateDoc]) -> None:
        """Mark ``docs`` (from :meth:`take_docs`) as not published: they go out next time."""
        state = self.state.get(service)
        if state is None:
            return
        for doc in docs:
            if doc["status"] == "merged":
                state.retired.setdefault(doc["template_id"], (doc["merged_into"], None))
            else:
                state.unpublished.add(doc["template_id"])
        self.ctx.touch(service)

    def forget(self, service: str) -> None:
        super().forget(service)
        self._open = {k: v for k, v in self._open.items() if k[0] != service}
        self._fresh = {k for k in self._fresh if k[0] != service}

    def collect(self) -> Iterable[Any]:
        from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

        known = GaugeMetricFamily("sightline_templates_known", "Log templates known per service.", labels=["service"])
        new = GaugeMetricFamily(
            "sightline_templates_new_last_hour", "Templates first seen in the last hour, per service.", labels=["service"]
        )
        evicted = CounterMetricFamily(
            "sightline_templates_evicted",
            "Templates dropped because the service reached templates.max_templates (least recently used first).",
            labels=["service"],
        )
        expired = CounterMetricFamily(
            "sightline_templates_expired",
            "Templates dropped after templates.expire_after_seconds without records.",
            labels=["service"],
        )
        now = max((a.last_seen for a in self.ctx.activity.values()), default=0.0)
        for service, state in sorted(self.state.items()):
            templates = list(state.miner.templates())
            known.add_metric([service], len(templates))
            new.add_metric([service], sum(1 for t in templates if t.first_seen is not None and now - t.first_seen <= 3600))
            evicted.add_metric([service], getattr(state.miner, "evicted", 0))
            expired.add_metric([service], getattr(state.miner, "expired", 0))
        return [known, new, evicted, expired]
