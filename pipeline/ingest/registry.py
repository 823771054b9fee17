"""The receivers the ingestor serves: one line each.

Each field is a receiver's config section under ``ingest.<key>`` (a
:class:`~pipeline.ingest.contract.ReceiverSection`); the servers host the
:class:`~pipeline.ingest.contract.Endpoints` of every enabled one.  Adding a
receiver: its package (see :mod:`pipeline.ingest.contract`), then here
the import of its section class and one field line.
"""

from __future__ import annotations

from pydantic import Field

from pipeline.configbase import Section
from pipeline.ingest.contract import ReceiverSection
from pipeline.ingest.esbulk import EsBulkConfig
from pipeline.ingest.jsonlogs import JsonLogsConfig
from pipeline.ingest.otlp import OtlpConfig
from pipeline.ingest.promremote import PromRemoteWriteConfig
from pipeline.ingest.scrape import ScrapeConfig
from pipeline.ingest.sentry import SentryConfig
from pipeline.ingest.syslog import SyslogConfig
from pipeline.ingest.zipkin import ZipkinConfig

__all__ = ["Receivers"]


class Receivers(Section):
    """Every receiver's section, by its key under ``ingest.``."""

    otlp: OtlpConfig = Field(default_factory=OtlpConfig)
    json_logs: JsonLogsConfig = Field(default_factory=JsonLogsConfig)
    es_bulk: EsBulkConfig = Field(default_factory=EsBulkConfig)
    prometheus_remote_write: PromRemoteWriteConfig = Field(default_factory=PromRemoteWriteConfig)
    scrape: ScrapeConfig = Field(default_factory=ScrapeConfig)
    sentry: SentryConfig = Field(default_factory=SentryConfig)
    zipkin: ZipkinConfig = Field(default_factory=ZipkinConfig)
    syslog: SyslogConfig = Field(default_factory=SyslogConfig)

    def receivers(self) -> dict[str, ReceiverSection]:
        """The enabled receivers' sections by key, in registration order."""
        out: dict[str, ReceiverSection] = {}
        for key in type(self).model_fields:
            section = getattr(self, key)
            if isinstance(section, ReceiverSection) and section.enabled:
                out[key] = section
        return out
