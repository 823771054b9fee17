"""Alertmanager, through its API v2 (``POST /api/v2/alerts``).

Alertmanager keeps an alert firing until its ``endsAt``; a client that sends
``endsAt`` a few periods ahead and re-sends while the alert lasts (as
Prometheus does) lets Alertmanager expire the alert by itself if the sender
stops for good.  So a firing event goes out with ``endsAt`` three resend
periods ahead and is re-sent every ``alerts.alertmanager.resend_s``; a resolved
event carries its own ``endsAt``.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import orjson
from pydantic import Field

from pipeline.alerts.notifiers.base import (
    HttpClient,
    Notifier,
    NotifierSection,
    Outcome,
    annotations_of,
)
from schemas.records import Alert, format_timestamp

__all__ = ["Alertmanager", "AlertmanagerConfig", "to_alertmanager"]


def to_alertmanager(event: Alert, now_ns: int, hold_s: float) -> dict[str, Any]:
    """One alert in Alertmanager's ``POST /api/v2/alerts`` format (``postableAlert``).

    >>> ev = {"status": "resolved", "labels": {"alertname": "A", "service": "s"}, "summary": "x",
    ...       "startsAt": "2026-11-23T10:00:00.000Z", "endsAt": "2026-11-23T10:05:00.000Z",
    ...       "generatorURL": "http://h/q"}
    >>> a = to_alertmanager(ev, 0, 180)
    >>> a["labels"], a["endsAt"], a["annotations"]
    ({'alertname': 'A', 'service': 's'}, '2026-11-23T10:05:00.000Z', {'summary': 'x'})
    >>> to_alertmanager({**ev, "endsAt": None}, 0, 180)["endsAt"]  # firing: held three periods ahead
    '1970-01-01T00:03:00.000Z'
    """
    ends = event.get("endsAt") or format_timestamp(now_ns + int(hold_s * 1e9))
    return {
        "labels": {k: str(v) for k, v in event["labels"].items()},
        "annotations": annotations_of(event),
        "startsAt": event["startsAt"],
        "endsAt": ends,
        "generatorURL": event.get("generatorURL", ""),
    }


class Alertmanager(Notifier):
    """Posts events to one Alertmanager; re-sent while firing (:attr:`resend_s`)."""

    kind = "alertmanager"

    def __init__(self, url: str, cfg: AlertmanagerConfig, http: HttpClient) -> None:
        super().__init__(url.rstrip("/") + "/api/v2/alerts")
        self.cfg = cfg
        self.http = http
        self.resend_s = cfg.resend_s

    async def notify(self, events: Sequence[Alert]) -> Outcome:
        now = time.time_ns()
        body = orjson.dumps([to_alertmanager(e, now, 3 * self.cfg.resend_s) for e in events])
        return await self.http.post_json(self.target, body, self.cfg.timeout_s)


class AlertmanagerConfig(NotifierSection):
    """Forwarding to Alertmanager's API v2."""

    urls: list[str] = Field(default_factory=list, description="e.g. http://alertmanager:9093; empty = off")
    timeout_s: float = Field(10.0, gt=0, description="per request")
    resend_s: float = Field(60.0, gt=0, description="re-post active alerts this often (Alertmanager expects it)")

    def build(self, http: HttpClient, external_url: str) -> list[Notifier]:
        return [Alertmanager(url, self, http) for url in self.urls]
