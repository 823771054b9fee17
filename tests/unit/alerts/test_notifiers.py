"""Notifiers answer delivered, retry (after how long) or refused from what a real HTTP server answers.

The server is a small aiohttp app in the test: Alertmanager cannot be made to
answer 429 or 503 on demand (the integration tests use the real one).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import orjson
import pytest
from aiohttp import web

from pipeline.alerts.config import AlertsConfig
from pipeline.alerts.notifiers import (
    Alertmanager,
    AlertmanagerConfig,
    HttpClient,
    Outcome,
    Webhook,
    WebhookConfig,
    build_notifiers,
    notifier_sections,
)
from pipeline.embedded import free_port
from schemas.records import Alert

EVENT: Alert = {
    "status": "firing", "fingerprint": "f1", "labels": {"alertname": "ErrorSpike", "service": "checkout"},
    "summary": "checkout: 300 errors in 1m", "startsAt": "2026-11-23T10:00:00.000Z", "endsAt": None,
    "observed": 300.0, "expected": 5.0, "generatorURL": "http://store/q",
}


class Target:
    """Answers each POST with the next ``(status, headers)``; records the bodies."""

    def __init__(self) -> None:
        self.answers: list[tuple[int, dict[str, str]]] = []
        self.bodies: list[tuple[str, Any]] = []
        self.url = ""

    async def handle(self, request: web.Request) -> web.Response:
        self.bodies.append((request.path, orjson.loads(await request.read())))
        status, headers = self.answers.pop(0) if self.answers else (200, {})
        return web.Response(status=status, text="no" if status >= 300 else "", headers=headers)


@pytest.fixture
async def target() -> AsyncIterator[Target]:
    t = Target()
    app = web.Application()
    app.router.add_post("/{tail:.*}", t.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    t.url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]
    yield t
    await runner.cleanup()


@pytest.fixture
async def http() -> AsyncIterator[HttpClient]:
    client = HttpClient()
    yield client
    await client.close()


@pytest.mark.parametrize(
    ("status", "headers", "expected"),
    [
        (200, {}, Outcome.delivered()),
        (202, {}, Outcome.delivered()),
        (503, {"Retry-After": "7"}, Outcome.retry("HTTP 503: no", after=7.0)),
        (429, {}, Outcome.retry("HTTP 429: no")),
        (500, {}, Outcome.retry("HTTP 500: no")),
        (400, {}, Outcome.refused("HTTP 400: no")),
        (404, {"Retry-After": "7"}, Outcome.refused("HTTP 404: no")),
    ],
)
async def test_answers_map_to_outcomes(target: Target, http: HttpClient, status: int, headers: dict[str, str],
                                       expected: Outcome) -> None:
    target.answers = [(status, headers)]
    notifier = Webhook(target.url + "/hook", WebhookConfig(urls=[target.url]), http, "")
    assert await notifier.notify([EVENT]) == expected


async def test_no_answer_at_all_is_retry(http: HttpClient) -> None:
    notifier = Webhook(f"http://127.0.0.1:{free_port()}/hook", WebhookConfig(timeout_s=2), http, "")
    outcome = await notifier.notify([EVENT])
    assert outcome.status == "retry" and outcome.retry_after is None and "Connect" in outcome.reason


async def test_alertmanager_posts_api_v2_alerts_held_three_resend_periods(target: Target, http: HttpClient) -> None:
    cfg = AlertmanagerConfig(urls=[target.url + "/"], resend_s=60)
    [notifier] = build_notifiers(AlertsConfig(alertmanager=cfg), http, "")
    assert isinstance(notifier, Alertmanager) and notifier.resend_s == 60
    assert (await notifier.notify([EVENT])).status == "delivered"
    [(path, body)] = target.bodies
    assert path == "/api/v2/alerts"
    [alert] = body
    # postableAlert in Alertmanager's OpenAPI spec: labels, annotations, startsAt, endsAt, generatorURL
    assert set(alert) == {"labels", "annotations", "startsAt", "endsAt", "generatorURL"}
    assert alert["labels"] == {"alertname": "ErrorSpike", "service": "checkout"}
    assert alert["annotations"] == {"summary": "checkout: 300 errors in 1m", "observed": "300", "expected": "5"}
    assert alert["endsAt"] > alert["startsAt"]  # firing: held ahead of now, so it expires if we stop


async def test_webhook_posts_one_payload_per_group(target: Target, http: HttpClient) -> None:
    resolved: Alert = {**EVENT, "status": "resolved", "fingerprint": "f2", "endsAt": "2026-11-23T10:05:00.000Z",
                       "labels": {"alertname": "ErrorSpike", "service": "cart"}}
    notifier = Webhook(target.url + "/hook", WebhookConfig(urls=[target.url]), http, "http://console")
    assert (await notifier.notify([EVENT, resolved])).status == "delivered"
    [(path, body)] = target.bodies
    assert path == "/hook" and body["status"] == "firing" and body["externalURL"] == "http://console"
    assert body["commonLabels"] == {"alertname": "ErrorSpike"} and body["groupLabels"] == {"alertname": "ErrorSpike"}
    assert [a["status"] for a in body["alerts"]] == ["firing", "resolved"]


def test_every_notifier_section_in_the_alerts_config_is_a_target() -> None:
    sections = notifier_sections(AlertsConfig())
    assert {"alertmanager", "webhook"} <= set(sections)  # and any target added later
    assert all(name in AlertsConfig.model_fields for name in sections)
    assert "detectors" not in sections and "rules" not in sections  # other alert settings are not targets
    assert build_notifiers(AlertsConfig(), HttpClient(), "") == []  # nothing configured: nothing on
    cfg = AlertsConfig(webhook={"urls": ["http://a/1", "http://b/2"]})
    assert [n.target for n in build_notifiers(cfg, HttpClient(), "")] == ["http://a/1", "http://b/2"]
