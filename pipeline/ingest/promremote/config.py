"""Config of the Prometheus remote-write receiver: ``ingest.prometheus_remote_write``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field

from pipeline.ingest.contract import ReceiverSection

if TYPE_CHECKING:
    from pipeline.ingest.contract import Endpoints, ReceiverContext

__all__ = ["PromRemoteWriteConfig"]


class PromRemoteWriteConfig(ReceiverSection):
    """Prometheus remote write 1.0 and 2.0: ``POST /api/v1/write`` on the HTTP port."""

    enabled: bool = Field(True, description="serve POST /api/v1/write (Prometheus remote write 1.0 and 2.0) on the HTTP port")
    service_label: str = Field(
        "job", min_length=1, description="the series label that names the service (service.name)"
    )
    instance_label: str = Field(
        "instance", min_length=1, description="the series label that names the instance (service.instance.id)"
    )
    max_metadata_families: int = Field(
        100_000, ge=0, description="metric families whose metadata (type, help, unit) this ingestor remembers"
    )

    def endpoints(self, ctx: ReceiverContext) -> Endpoints:
        from pipeline.ingest.promremote.routes import endpoints

        return endpoints(self, ctx)
