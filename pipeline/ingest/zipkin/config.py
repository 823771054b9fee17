"""Config of the Zipkin receiver: ``ingest.zipkin`` (its own listener, Zipkin's port 9411)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field

from pipeline.ingest.contract import ReceiverSection
from pipeline.ingest.listeners import TlsConfig

if TYPE_CHECKING:
    from pipeline.ingest.contract import Endpoints, ReceiverContext

__all__ = ["ZipkinConfig"]


class ZipkinConfig(ReceiverSection):
    """Zipkin v2 spans in: ``POST /api/v2/spans`` (JSON or proto3) on a listener of its own."""

    enabled: bool = Field(True, description="serve the Zipkin listener")
    host: str = Field("127.0.0.1", description="listen address (0.0.0.0 for all interfaces)")
    port: int = Field(9411, ge=0, le=65535, description="Zipkin's port; 0 picks a free port")
    tls: TlsConfig = Field(default_factory=TlsConfig)

    def endpoints(self, ctx: ReceiverContext) -> Endpoints:
        from pipeline.ingest.zipkin.routes import endpoints

        return endpoints(self, ctx)
