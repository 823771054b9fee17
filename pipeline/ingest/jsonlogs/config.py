"""Config of the JSON-logs receiver: ``ingest.json_logs`` and the shared ``ingest.json_mapping``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field

from pipeline.configbase import Section
from pipeline.ingest.contract import ReceiverSection

if TYPE_CHECKING:
    from pipeline.ingest.contract import Endpoints, ReceiverContext

__all__ = ["JsonLogMapping", "JsonLogsConfig"]


class JsonLogMapping(Section):
    """Which field names of a JSON log line fill which canonical field (first match wins).

    A name may be a literal key (``"log.level"``) or a path into nested
    objects (``{"log": {"level": ...}}``); both are tried.  From the
    environment a list is comma-separated.
    """

    time: list[str] = Field(
        default_factory=lambda: ["@timestamp", "timestamp", "time", "ts"],
        description="event time: RFC 3339 or epoch s/ms/us/ns; missing means receive time",
    )
    level: list[str] = Field(
        default_factory=lambda: ["level", "severity", "log.level", "severity_text", "PRIORITY"],
        description="level name or OpenTelemetry severity number (PRIORITY: syslog-ng's and journald's, 0-7 is syslog's)",
    )
    message: list[str] = Field(
        default_factory=lambda: ["message", "msg", "MESSAGE", "log", "body"],
        description="the message text",
    )
    service: list[str] = Field(
        default_factory=lambda: [
            "service.name", "service", "app", "fields.service",
            "program", "PROGRAM", "programname", "appname", "APP_NAME", "log.syslog.appname", "SYSLOG_IDENTIFIER", "ident",
            "kubernetes.labels.app", "kubernetes.pod_labels.app", "kubernetes.container_name", "kubernetes.container.name",
        ],
        description=(
            "service.name (fields.service: winston-elasticsearch's metadata); after the service names, a syslog"
            " record's program (rsyslog, syslog-ng, Vector, Filebeat, journald, Fluent Bit), then a Kubernetes"
            " pod's app label or container name (Fluent Bit, Vector, Filebeat); missing means ingest.default_service"
        ),
    )
    trace_id: list[str] = Field(default_factory=lambda: ["trace_id", "traceId", "trace.id"])
    span_id: list[str] = Field(default_factory=lambda: ["span_id", "spanId", "span.id"])


class JsonLogsConfig(ReceiverSection):
    """The JSON-logs endpoint ``POST /api/v1/logs`` (NDJSON or a JSON array) on the HTTP port."""

    enabled: bool = Field(True, description="serve POST /api/v1/logs on the HTTP port")

    def endpoints(self, ctx: ReceiverContext) -> Endpoints:
        from pipeline.ingest.jsonlogs.routes import endpoints

        return endpoints(self, ctx)
