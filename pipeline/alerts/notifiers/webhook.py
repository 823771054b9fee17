"""A generic webhook that receives Alertmanager's webhook payload (version 4).

Anything that already takes Alertmanager's webhooks (chat bridges, incident
tools, a small script) takes ours unchanged: one POST per poll of the alert
topic, its events as ``alerts``, with the labels and annotations they share.
"""

from __future__ import annotations

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
from schemas.records import Alert

__all__ = ["Webhook", "WebhookConfig", "to_webhook"]

ZERO_TIME = "0001-01-01T00:00:00Z"  # Alertmanager's endsAt of an alert that has not ended


def _common(maps: list[dict[str, str]]) -> dict[str, str]:
    common = dict(maps[0]) if maps else {}
    for other in maps[1:]:
        common = {k: v for k, v in common.items() if other.get(k) == v}
    return common


def to_webhook(events: Sequence[Alert], receiver: str = "sightline", external_url: str = "") -> dict[str, Any]:
    """Alertmanager's webhook payload (version 4) for a group of events.

    >>> p = to_webhook([{"status": "firing", "fingerprint": "f", "labels": {"alertname": "A", "x": "1"},
    ...                  "startsAt": "t", "endsAt": None}])
    >>> p["version"], p["status"], p["commonLabels"], p["alerts"][0]["endsAt"]
    ('4', 'firing', {'alertname': 'A', 'x': '1'}, '0001-01-01T00:00:00Z')
    """
    alerts: list[dict[str, Any]] = [
        {
            "status": e["status"],
            "labels": {k: str(v) for k, v in e["labels"].items()},
            "annotations": annotations_of(e),
            "startsAt": e["startsAt"],
            "endsAt": e.get("endsAt") or ZERO_TIME,
            "generatorURL": e.get("generatorURL", ""),
            "fingerprint": e.get("fingerprint", ""),
        }
        for e in events
    ]
    common = _common([a["labels"] for a in alerts])
    group = {"alertname": common["alertname"]} if "alertname" in common else {}
    return {
        "version": "4",
        "groupKey": "{}:" + "{" + ",".join(f'{k}="{v}"' for k, v in sorted(group.items())) + "}",
        "truncatedAlerts": 0,
        "status": "firing" if any(a["status"] == "firing" for a in alerts) else "resolved",
        "receiver": receiver,
        "groupLabels": group,
        "commonLabels": common,
        "commonAnnotations": _common([a["annotations"] for a in alerts]),
        "externalURL": external_url,
        "alerts": alerts,
    }


class Webhook(Notifier):
    """Posts each poll's events to one URL as one webhook payload."""

    kind = "webhook"

    def __init__(self, url: str, cfg: WebhookConfig, http: HttpClient, external_url: str) -> None:
        super().__init__(url)
        self.cfg = cfg
        self.http = http
        self.external_url = external_url

    async def notify(self, events: Sequence[Alert]) -> Outcome:
        body = orjson.dumps(to_webhook(events, external_url=self.external_url))
        return await self.http.post_json(self.target, body, self.cfg.timeout_s)


class WebhookConfig(NotifierSection):
    """A generic webhook with Alertmanager's webhook payload."""

    urls: list[str] = Field(default_factory=list, description="webhook URLs; empty = off")
    timeout_s: float = Field(10.0, gt=0, description="per request")

    def build(self, http: HttpClient, external_url: str) -> list[Notifier]:
        return [Webhook(url, self, http, external_url) for url in self.urls]
