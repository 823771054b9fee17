"""Alert targets: one module each, one contract (:mod:`pipeline.alerts.notifiers.base`).

- :mod:`~pipeline.alerts.notifiers.alertmanager`: Alertmanager's API v2.
- :mod:`~pipeline.alerts.notifiers.webhook`: Alertmanager's webhook payload to any URL.

How to add a target (say, a chat service)
-----------------------------------------
1. A module here, ``chat.py``, holding

   - a :class:`~pipeline.alerts.notifiers.base.Notifier` subclass with a
     ``kind`` and one method, ``async notify(events) -> Outcome``: build the
     target's payload and send it (HTTP targets use
     :meth:`HttpClient.post_json <pipeline.alerts.notifiers.base.HttpClient.post_json>`,
     which already answers delivered / retry after / refused);
   - its config section, a
     :class:`~pipeline.alerts.notifiers.base.NotifierSection` subclass whose
     ``build`` returns the notifiers it configures (none when it is off).

2. One registration line, the section's field in
   :class:`~pipeline.alerts.config.AlertsConfig`::

       chat: ChatConfig = Field(default_factory=ChatConfig)

   The forwarder builds a notifier from every such field; retries, pausing,
   dead letters, metrics (``target`` = ``kind``) and the README's config
   reference come with it.
"""

from __future__ import annotations

from pipeline.alerts.notifiers.alertmanager import Alertmanager, AlertmanagerConfig
from pipeline.alerts.notifiers.base import HttpClient, Notifier, NotifierSection, Outcome
from pipeline.alerts.notifiers.webhook import Webhook, WebhookConfig
from pipeline.configbase import Section

__all__ = [
    "Alertmanager",
    "AlertmanagerConfig",
    "HttpClient",
    "Notifier",
    "NotifierSection",
    "Outcome",
    "Webhook",
    "WebhookConfig",
    "build_notifiers",
    "notifier_sections",
]


def notifier_sections(alerts: Section) -> dict[str, NotifierSection]:
    """The notifier sections of the ``alerts:`` config, by key: the registry of targets.

    >>> from pipeline.alerts.config import AlertsConfig
    >>> {"alertmanager", "webhook"} <= set(notifier_sections(AlertsConfig()))
    True
    """
    out: dict[str, NotifierSection] = {}
    for key in type(alerts).model_fields:
        value = getattr(alerts, key)
        if isinstance(value, NotifierSection):
            out[key] = value
    return out


def build_notifiers(alerts: Section, http: HttpClient, external_url: str) -> list[Notifier]:
    """Every notifier the ``alerts:`` config turns on, in field order.

    >>> from pipeline.alerts.config import AlertsConfig
    >>> cfg = AlertsConfig(alertmanager={"urls": ["http://am:9093/"]}, webhook={"urls": ["http://h/1", "http://h/2"]})
    >>> build_notifiers(cfg, HttpClient(), "")
    [Alertmanager('http://am:9093/api/v2/alerts'), Webhook('http://h/1'), Webhook('http://h/2')]
    """
    return [n for section in notifier_sections(alerts).values() for n in section.build(http, external_url)]
