"""Forwarding alert events to Alertmanager (API v2) and to generic webhooks.

The forwarder is its own consumer of the alert topic (group
``sightline-alerts-forward``), so a slow or unreachable Alertmanager never
blocks processing.  Each poll's events are posted (with retries, exponential
backoff and jitter, partitions paused meanwhile so the group keeps us) before
the offsets are committed.  Firing alerts are re-posted every
``alertmanager.resend_s`` with ``endsAt`` a few periods ahead, as Prometheus
does, so Alertmanager keeps them firing while we run and lets them expire if
we stop for good.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Iterable
from typing import Any

import aiohttp
import orjson
from aiokafka import AIOKafkaConsumer
from aiokafka.errors import CommitFailedError, KafkaError
from prometheus_client import CollectorRegistry, Counter

from pipeline.component import Component
from pipeline.config import Config
from pipeline.kafka import make_consumer, paused_wait
from schemas.records import format_timestamp

__all__ = ["AlertForwarder", "to_alertmanager", "to_webhook"]

ZERO_TIME = "0001-01-01T00:00:00Z"


def _annotations(event: dict[str, Any]) -> dict[str, str]:
    out = {"summary": event.get("summary") or "", "description": event.get("description") or ""}
    for key in ("observed", "expected", "score"):
        if event.get(key) is not None:
            out[key] = f"{event[key]:.6g}"
    band = event.get("expected_band")
    if band:
        out["expected_band"] = f"{band['lower']:.6g} .. {band['upper']:.6g}"
    evidence = event.get("evidence") or {}
    if evidence.get("query"):
        out["query"] = evidence["query"]
    if evidence.get("trace_ids"):
        out["trace_ids"] = ",".join(evidence["trace_ids"][:5])
    if evidence.get("template"):
        out["template"] = str(evidence["template"])
    return {k: v for k, v in out.items() if v}


def to_alertmanager(event: dict[str, Any], now_ns: int, hold_s: float) -> dict[str, Any]:
    """One alert in Alertmanager's ``POST /api/v2/alerts`` format.

    >>> ev = {"status": "resolved", "labels": {"alertname": "A", "service": "s"}, "summary": "x",
    ...       "startsAt": "2026-11-23T10:00:00.000Z", "endsAt": "2026-11-23T10:05:00.000Z",
    ...       "generatorURL": "http://h/q"}
    >>> a = to_alertmanager(ev, 0, 180)
    >>> a["labels"], a["endsAt"], a["annotations"]
    ({'alertname': 'A', 'service': 's'}, '2026-11-23T10:05:00.000Z', {'summary': 'x'})
    """
    ends = event.get("endsAt") or format_timestamp(now_ns + int(hold_s * 1e9))
    return {
        "labels": {k: str(v) for k, v in event["labels"].items()},
        "annotations": _annotations(event),
        "startsAt": event["startsAt"],
        "endsAt": ends,
        "generatorURL": event.get("generatorURL", ""),
    }


def to_webhook(events: list[dict[str, Any]], receiver: str = "sightline", external_url: str = "") -> dict[str, Any]:
    """Alertmanager's webhook payload (version 4) for a group of events.

    >>> p = to_webhook([{"status": "firing", "fingerprint": "f", "labels": {"alertname": "A", "x": "1"},
    ...                  "startsAt": "t", "endsAt": None}])
    >>> p["version"], p["status"], p["commonLabels"], p["alerts"][0]["endsAt"]
    ('4', 'firing', {'alertname': 'A', 'x': '1'}, '0001-01-01T00:00:00Z')
    """
    alerts = [
        {
            "status": e["status"],
            "labels": {k: str(v) for k, v in e["labels"].items()},
            "annotations": _annotations(e),
            "startsAt": e["startsAt"],
            "endsAt": e.get("endsAt") or ZERO_TIME,
            "generatorURL": e.get("generatorURL", ""),
            "fingerprint": e.get("fingerprint", ""),
        }
        for e in events
    ]
    label_sets = [a["labels"] for a in alerts]
    common = dict(label_sets[0]) if label_sets else {}
    for labels in label_sets[1:]:
        common = {k: v for k, v in common.items() if labels.get(k) == v}
    annotation_sets = [a["annotations"] for a in alerts]
    common_ann = dict(annotation_sets[0]) if annotation_sets else {}
    for ann in annotation_sets[1:]:
        common_ann = {k: v for k, v in common_ann.items() if ann.get(k) == v}
    group = {"alertname": common["alertname"]} if "alertname" in common else {}
    return {
        "version": "4",
        "groupKey": "{}:" + "{" + ",".join(f'{k}="{v}"' for k, v in sorted(group.items())) + "}",
        "truncatedAlerts": 0,
        "status": "firing" if any(a["status"] == "firing" for a in alerts) else "resolved",
        "receiver": receiver,
        "groupLabels": group,
        "commonLabels": common,
        "commonAnnotations": common_ann,
        "externalURL": external_url,
        "alerts": alerts,
    }


class AlertForwarder(Component):
    """Consumes the alert topic and posts every event to the configured targets."""

    name = "alerts.forward"

    def __init__(self, cfg: Config, registry: CollectorRegistry, group_id: str = "sightline-alerts-forward") -> None:
        super().__init__()
        self.cfg = cfg
        self.group_id = group_id
        self.active: dict[str, dict[str, Any]] = {}
        self._consumer: AIOKafkaConsumer | None = None
        self._session: aiohttp.ClientSession | None = None
        self.forwarded = Counter(
            "sightline_alerts_forwarded",
            "Alert events delivered, by target (alertmanager, webhook).",
            ["target"],
            registry=registry,
        )
        self.failures = Counter(
            "sightline_alerts_forward_failures",
            "Failed delivery attempts (each retried with backoff), by target.",
            ["target"],
            registry=registry,
        )

    @property
    def enabled(self) -> bool:
        a = self.cfg.alerts
        return bool(a.alertmanager.urls or a.webhook.urls)

    async def _start(self) -> None:
        if not self.enabled:
            self.log.info("no alertmanager or webhook configured; forwarding is off")
            return
        self._session = aiohttp.ClientSession()
        self.spawn(self._run(), "consume")
        if self.cfg.alerts.alertmanager.urls:
            self.spawn(self._resend_loop(), "resend")

    async def _stop(self) -> None:
        if self._consumer is not None:
            await self._consumer.stop()
            self._consumer = None
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _connect(self) -> AIOKafkaConsumer:
        delay = 0.5
        while True:
            consumer = make_consumer(self.cfg.kafka, self.cfg.kafka.topics.alerts, group_id=self.group_id)
            try:
                await consumer.start()
                return consumer
            except KafkaError as exc:
                await consumer.stop()
                self.log.warning("kafka not ready", extra={"reason": str(exc), "retry_s": delay})
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30.0)

    async def _run(self) -> None:
        self._consumer = consumer = await self._connect()
        while True:
            batches = await consumer.getmany(timeout_ms=1000, max_records=500)
            events = []
            for messages in batches.values():
                for msg in messages:
                    try:
                        events.append(orjson.loads(msg.value))
                    except orjson.JSONDecodeError:
                        self.log.warning("undecodable alert event skipped", extra={"offset": msg.offset})
            if events:
                self._track(events)
                await self._deliver(events)
            if batches:
                try:
                    await consumer.commit()
                except CommitFailedError as exc:
                    self.log.warning("commit failed after rebalance", extra={"reason": str(exc)})

    def _track(self, events: Iterable[dict[str, Any]]) -> None:
        for event in events:
            fp = event.get("fingerprint", "")
            if event.get("status") == "firing":
                self.active[fp] = event
            else:
                self.active.pop(fp, None)

    async def _deliver(self, events: list[dict[str, Any]]) -> None:
        a = self.cfg.alerts
        for url in a.alertmanager.urls:
            body = orjson.dumps([to_alertmanager(e, time.time_ns(), 3 * a.alertmanager.resend_s) for e in events])
            await self._post_until_done("alertmanager", url.rstrip("/") + "/api/v2/alerts", body, a.alertmanager.timeout_s)
            self.forwarded.labels("alertmanager").inc(len(events))
        for url in a.webhook.urls:
            body = orjson.dumps(to_webhook(events, external_url=a.generator_url))
            await self._post_until_done("webhook", url, body, a.webhook.timeout_s)
            self.forwarded.labels("webhook").inc(len(events))

    async def _post(self, url: str, body: bytes, timeout: float) -> tuple[int, str]:
        """One POST: ``(status, reason)``; status 0 when the target did not answer."""
        assert self._session is not None
        try:
            async with self._session.post(
                url, data=body, headers={"Content-Type": "application/json"}, timeout=aiohttp.ClientTimeout(total=timeout)
            ) as resp:
                text = "" if resp.status < 300 else (await resp.text())[:200]
                return resp.status, f"HTTP {resp.status}: {text}"
        except (aiohttp.ClientError, TimeoutError) as exc:
            return 0, f"{type(exc).__name__}: {exc}"

    async def _post_until_done(self, target: str, url: str, body: bytes, timeout: float) -> None:
        attempt = 0
        while True:
            status, reason = await self._post(url, body, timeout)
            if 200 <= status < 300:
                return
            self.failures.labels(target).inc()
            if 400 <= status < 500 and status != 429:
                # The target refuses these events for good; retrying would block the rest.
                self.log.error("alert target refused events", extra={"target": target, "reason": reason})
                return
            delay = min(30.0, 0.5 * 2**attempt) * (0.5 + random.random() / 2)
            attempt += 1
            self.log.warning("alert delivery failed, retrying", extra={"target": target, "reason": reason, "retry_s": round(delay, 2)})
            await paused_wait(self._consumer, delay)

    async def _resend_loop(self) -> None:
        a = self.cfg.alerts.alertmanager
        while True:
            await asyncio.sleep(a.resend_s)
            if self.active:
                body = orjson.dumps([to_alertmanager(e, time.time_ns(), 3 * a.resend_s) for e in self.active.values()])
                for url in a.urls:
                    status, _ = await self._post(url.rstrip("/") + "/api/v2/alerts", body, a.timeout_s)
                    if not 200 <= status < 300:
                        self.failures.labels("alertmanager").inc()
