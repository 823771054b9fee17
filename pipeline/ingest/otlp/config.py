"""Config of the OTLP receiver: ``ingest.otlp``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field

from pipeline.ingest.contract import ReceiverSection

if TYPE_CHECKING:
    from pipeline.ingest.contract import Endpoints, ReceiverContext

__all__ = ["OtlpConfig"]


class OtlpConfig(ReceiverSection):
    """OTLP: ``/v1/logs``, ``/v1/traces``, ``/v1/metrics`` on the HTTP port and the gRPC Export services."""

    enabled: bool = Field(True, description="serve OTLP/HTTP on the HTTP port and OTLP/gRPC on the gRPC port")

    def endpoints(self, ctx: ReceiverContext) -> Endpoints:
        from pipeline.ingest.otlp.routes import endpoints

        return endpoints(self, ctx)
