"""Forwarding alert events to the configured targets (Alertmanager, webhooks, ...).

The forwarder is a sink (:class:`~pipeline.sinks.base.ConsumingSink`) of the
alert topic in its own consumer group (``sightline-alerts-forward``), so a
slow or unreachable target never blocks processing.  Each poll's events go
to every notifier (:mod:`pipeline.alerts.notifiers`) in turn; a notifier that
answers *retry* is asked again with the one backoff policy (its
``Retry-After`` honoured), partitions paused meanwhile so the group keeps us;
one that answers *refused* gets nothing more of these events, which go to the
dead-letter topic with its reason.  Offsets are committed only after every
notifier has answered delivered or refused.  An event that is not an alert
(not JSON, or without labels, status or start) is dead-lettered too.

Notifiers with a resend period (Alertmanager) are sent every still-firing
alert again each period, with ``endsAt`` a few periods ahead, as Prometheus
does: the target keeps them firing while we run and lets them expire if we
stop for good.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from typing import Any, cast

import orjson
from aiokafka import ConsumerRecord
from prometheus_client import CollectorRegistry, Counter

from pipeline.alerts.notifiers import HttpClient, Notifier, Outcome, build_notifiers
from pipeline.config import Config
from pipeline.errors import RetryableError
from pipeline.retry import Backoff, retry
from pipeline.sinks.base import ConsumeSettings, ConsumingSink
from schemas.records import Alert

__all__ = ["AlertForwarder", "event_problem"]

STATUSES = ("firing", "resolved")


def event_problem(event: Any) -> str | None:
    """Why a decoded alert-topic message cannot be forwarded, or ``None`` when it can.

    >>> event_problem({"status": "firing", "labels": {"alertname": "A"}, "startsAt": "2026-11-23T10:00:00Z"})
    >>> event_problem({"status": "firing", "labels": "A"})
    'labels is not a mapping of label names to values'
    >>> event_problem([1])
    'not a JSON object'
    """
    if not isinstance(event, dict):
        return "not a JSON object"
    if event.get("status") not in STATUSES:
        return f"status is {event.get('status')!r}, expected firing or resolved"
    if not isinstance(event.get("labels"), dict):
        return "labels is not a mapping of label names to values"
    if not isinstance(event.get("startsAt"), str):
        return "startsAt is missing"
    return None


class AlertForwarder(ConsumingSink):
    """Consumes the alert topic and hands every event to each configured notifier."""

    name = "alerts.forward"

    def __init__(self, cfg: Config, registry: CollectorRegistry, group_id: str = "sightline-alerts-forward") -> None:
        settings = ConsumeSettings(poll_max_messages=500, poll_timeout_s=1.0, backoff=Backoff(initial=0.5, maximum=30.0))
        super().__init__(
            cfg.kafka, [cfg.kafka.topics.alerts], group_id, registry, settings, metric_prefix="sightline_alerts_forward"
        )
        self.cfg = cfg
        self.active: dict[str, Alert] = {}
        self.http = HttpClient()
        self.notifiers: list[Notifier] = build_notifiers(cfg.alerts, self.http, cfg.alerts.generator_url)
        self.forwarded = Counter(
            "sightline_alerts_forwarded",
            "Alert events delivered, by target (alertmanager, webhook).",
            ["target"],
            registry=registry,
        )
        self.failures = Counter(
            "sightline_alerts_forward_failures",
            "Failed delivery attempts (retried with backoff, or refused), by target.",
            ["target"],
            registry=registry,
        )
        self.deadlettered = Counter(
            "sightline_alerts_forward_deadlettered",
            "Alert events sent to the dead-letter topic, by reason (undecodable, invalid, notify_refused).",
            ["reason"],
            registry=registry,
        )

    @property
    def enabled(self) -> bool:
        return bool(self.notifiers)

    async def _start(self) -> None:
        if not self.enabled:
            self.log.info("no alert target configured; forwarding is off")
        await super()._start()

    async def on_consuming(self) -> None:
        for notifier in self.notifiers:
            if notifier.resend_s:
                self.spawn(self._resend_loop(notifier, notifier.resend_s), f"resend {notifier.target}")

    async def close_target(self) -> None:
        await self.http.close()

    async def deliver(self, messages: list[ConsumerRecord]) -> None:
        events: list[Alert] = []
        sources: list[ConsumerRecord] = []
        for msg in messages:
            try:
                event = orjson.loads(msg.value or b"")
            except orjson.JSONDecodeError as exc:
                await self._deadletter(msg, "undecodable", f"undecodable alert event: {exc}")
                continue
            problem = event_problem(event)
            if problem is not None:
                await self._deadletter(msg, "invalid", f"not an alert event: {problem}", event)
                continue
            events.append(cast(Alert, event))
            sources.append(msg)
        if not events:
            return
        self._track(events)
        for notifier in self.notifiers:
            outcome = await self._notify(notifier, events)
            if outcome.status == "delivered":
                self.forwarded.labels(notifier.kind).inc(len(events))
                continue
            self.log.error("alert target refused events", extra={"target": notifier.target, "reason": outcome.reason})
            for msg, event in zip(sources, events, strict=True):
                await self._deadletter(msg, "notify_refused", outcome.reason, event,
                                       target=notifier.kind, url=notifier.target)

    async def _notify(self, notifier: Notifier, events: Sequence[Alert]) -> Outcome:
        """Delivered or refused: a *retry* answer is asked again until it is one of those."""

        async def attempt() -> Outcome:
            outcome = await notifier.notify(events)
            if outcome.status != "delivered":
                self.failures.labels(notifier.kind).inc()
            if outcome.retriable:
                raise RetryableError(outcome.reason, retry_after=outcome.retry_after)
            return outcome

        return await retry(
            attempt, self.settings.backoff, what=f"alert delivery to {notifier.target}", wait=self.wait, logger=self.log
        )

    async def _deadletter(self, msg: ConsumerRecord, reason: str, error: str, event: Any = None, **details: Any) -> None:
        self.deadlettered.labels(reason).inc()
        await self.deadletter(msg, reason, error, event, **details)

    def _track(self, events: Iterable[Alert]) -> None:
        for event in events:
            fp = event.get("fingerprint", "")
            if event.get("status") == "firing":
                self.active[fp] = event
            else:
                self.active.pop(fp, None)

    async def _resend_loop(self, notifier: Notifier, period_s: float) -> None:
        while True:
            await asyncio.sleep(period_s)
            if self.active:
                outcome = await notifier.notify(list(self.active.values()))
                if outcome.status != "delivered":
                    self.failures.labels(notifier.kind).inc()  # the next period sends them again
