"""The Elasticsearch sink's section (``sink:``); the store's address is ``elasticsearch:`` (shared with the console)."""

from __future__ import annotations

from pydantic import Field, model_validator

from pipeline.configbase import Section

__all__ = ["SinkConfig"]


class SinkConfig(Section):
    """The Elasticsearch sink (its own consumer group)."""

    group_id: str = "sightline-sink"
    batch_max_docs: int = Field(5000, ge=1, description="documents per bulk request at most")
    batch_max_bytes: int = Field(5 * 1024 * 1024, ge=1024, description="bytes per bulk request at most")
    poll_max_messages: int = Field(100, ge=1, description="clean-topic messages (batches) in one poll; the sink holds at most deliveries_in_flight times this (200 by default): the bound on memory while the store is down")
    flush_interval_s: float = Field(1.0, gt=0, description="longest wait for more messages before indexing")
    linger_s: float = Field(1.0, ge=0, description="once records arrive, how long to wait for more (up to linger_docs) before indexing; 0: index each poll at once")
    linger_docs: int = Field(1000, ge=1, description="index at once when this many records are in hand: the embedded store merges the segments of bulk requests under 1,000 documents, which doubles its CPU per document (sightline bench store, bulk sizes)")
    deliveries_in_flight: int = Field(2, ge=1, description="polls being indexed at once: with 2 the next poll is read and encoded while the store works on the last bulk, so the store is not idle between requests; offsets are still committed in order, and a crash replays up to this many polls (memory: this times poll_max_messages)")
    retry_initial_s: float = Field(0.5, gt=0, description="first retry delay (doubles, with jitter)")
    retry_max_s: float = Field(30.0, gt=0, description="longest retry delay")
    mapping_conflict_rounds: int = Field(4, ge=0, description="times a document refused for a mapping conflict is sent again with the conflicting field set aside under sightline.unindexed (the last time every object-valued field); 0: dead-letter at once")
    retention_check_interval_s: float = Field(3600.0, gt=0, description="daily-index mode: how often indices past elasticsearch.retention_days are deleted")

    @model_validator(mode="after")
    def _delays_in_order(self) -> SinkConfig:
        if self.retry_initial_s > self.retry_max_s:
            raise ValueError(
                f"retry_initial_s ({self.retry_initial_s}) must not exceed retry_max_s ({self.retry_max_s})"
            )
        return self
