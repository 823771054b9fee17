"""Config of the Elasticsearch-compatible receiver: ``ingest.es_bulk``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field

from pipeline.ingest.contract import ReceiverSection

if TYPE_CHECKING:
    from pipeline.ingest.contract import Endpoints, ReceiverContext

__all__ = ["EsBulkConfig"]


class EsBulkConfig(ReceiverSection):
    """The Elasticsearch-compatible endpoints (/_bulk, GET / and the probes shippers make)."""

    enabled: bool = Field(True, description="serve /_bulk, /{index}/_bulk and the probes on the HTTP port")
    version: str = Field("8.17.0", description="Elasticsearch version reported by GET /")
    cluster_name: str = Field("sightline", description="cluster name reported by GET / and health")
    index_attribute: str = Field(
        "elasticsearch.index", description="attribute that keeps the bulk item's _index; empty drops it"
    )
    partial_retries: int = Field(
        2,
        ge=0,
        description="when Kafka acknowledges some of a bulk's batches and not the others, send those again as they "
        "were (their records keep their ids) this many times before answering their items 429",
    )

    def endpoints(self, ctx: ReceiverContext) -> Endpoints:
        from pipeline.ingest.esbulk.routes import endpoints

        return endpoints(self, ctx)
