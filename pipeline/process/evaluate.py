"""The evaluation loop: every ``alerts.evaluation_interval_s``, findings → alert events on the alert
topic, changed templates on the templates topic, finding state to its changelog."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import orjson
from prometheus_client import CollectorRegistry, Counter

from pipeline.log import get_logger
from pipeline.process.changelog import StateTables
from pipeline.process.findings import Findings, TemplateFindings
from pipeline.process.pipeline import split_encoded

__all__ = ["MAX_UNSENT", "EvaluationLoop"]

log = get_logger("process")
MAX_UNSENT = 10_000  # alert events held for the next cycle while the alert topic cannot be written


class EvaluationLoop:
    """What the processor does between batches, on a clock.

    Parameters
    ----------
    findings
        The finding step to evaluate.
    tables
        Where finding state is persisted after each cycle.
    alerts_topic, templates_topic
        faust topics (raw bytes) for alert events and template documents.
    interval_s
        ``alerts.evaluation_interval_s``.
    max_message_bytes
        Template batches are split below this size.
    registry
        Where the published counters are registered.
    ready
        Evaluation waits while this says ``False`` (the consumer group not joined yet).
    """

    def __init__(
        self,
        findings: Findings,
        tables: StateTables,
        alerts_topic: Any,
        templates_topic: Any,
        interval_s: float,
        max_message_bytes: int,
        registry: CollectorRegistry,
        ready: Callable[[], bool] = lambda: True,
    ) -> None:
        self.findings = findings
        self.tables = tables
        self.alerts_topic = alerts_topic
        self.templates_topic = templates_topic
        self.interval_s = interval_s
        self.max_message_bytes = max_message_bytes
        self.ready = ready
        self.alerts_published = Counter(
            "sightline_alerts_published",
            "Alert events published to the alert topic, by kind and status.",
            ["kind", "status"],
            registry=registry,
        )
        self.failed_cycles = Counter(
            "sightline_evaluation_cycles_failed", "Evaluation cycles that raised (logged; the next one runs).",
            registry=registry,
        )
        self.unsent_dropped = Counter(
            "sightline_alerts_unsent_dropped",
            f"Alert events dropped because more than {MAX_UNSENT} waited for the alert topic.",
            registry=registry,
        )
        self._unsent: list[dict[str, Any]] = []
        self.templates_published = Counter(
            "sightline_templates_published",
            "Template documents published to the templates topic (changed or merged templates).",
            registry=registry,
        )

    async def run(self) -> None:
        """Evaluate forever (cancel to stop); a cycle that fails is logged and the next one runs."""
        while True:
            await asyncio.sleep(self.interval_s)
            if self.ready():
                try:
                    await self.cycle(time.time())
                except Exception:  # never end evaluation for good: the next cycle tries again
                    self.failed_cycles.inc()
                    log.exception("evaluation cycle failed")

    async def cycle(self, now: float) -> None:
        """One evaluation: publish alert events and the templates that changed, persist state.

        Alert events that cannot be sent (Kafka away) are kept, in order, and
        sent first next cycle (at most :data:`MAX_UNSENT`; beyond, the oldest
        are dropped, counted and logged).
        """
        try:
            events = self.findings.evaluate(now)
        except Exception:
            log.exception("alert evaluation failed")
            events = []
        events, self._unsent = self._unsent + events, []
        for i, event in enumerate(events):
            try:
                fut = await self.alerts_topic.send(key=event["fingerprint"].encode(), value=orjson.dumps(event))
                await fut
            except Exception as exc:
                self._keep_unsent(events[i:])
                log.warning(
                    "alert events not published, retrying next cycle",
                    extra={"events": len(events) - i, "reason": f"{type(exc).__name__}: {exc}"},
                )
                break
            self.alerts_published.labels(event["kind"], event["status"]).inc()
            log.info(
                "alert",
                extra={"status": event["status"], "alertname": event["alertname"],
                       "service": event["service.name"], "summary": event["summary"][:200]},
            )
        await self._publish_templates(now)
        written = self.tables.write_findings()
        if written is not None:
            written.seal_when_delivered()

    def _keep_unsent(self, events: list[dict[str, Any]]) -> None:
        over = len(events) - MAX_UNSENT
        if over > 0:
            self.unsent_dropped.inc(over)
            log.error("alert events dropped: too many unsent", extra={"dropped": over})
            events = events[over:]
        self._unsent = events

    async def _publish_templates(self, now: float) -> None:
        """The templates changed since the last cycle, as JSON arrays of documents keyed by service.

        Keyed by service like the data, so one template's versions stay in
        order on one partition; a batch that cannot be sent goes out next cycle.
        """
        templates = self.findings.source(TemplateFindings)
        if templates is None:
            return
        batches = templates.take_docs(now)
        for i, (service, docs) in enumerate(batches):
            try:
                for value in split_encoded([dict(doc) for doc in docs], self.max_message_bytes):
                    fut = await self.templates_topic.send(key=service.encode(), value=value)
                    await fut
            except Exception as exc:
                for later, later_docs in batches[i:]:
                    templates.requeue_docs(later, later_docs)
                log.warning("templates not published, retrying next cycle", extra={"reason": str(exc)})
                return
            self.templates_published.inc(len(docs))
