"""What one request may carry: the shared ``ingest.*`` limits, as the codecs and handlers read them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.ingest.config import IngestConfig

__all__ = ["Limits"]


@dataclass(frozen=True, slots=True)
class Limits:
    """What one request may carry; see the ``ingest.*`` config keys.

    >>> Limits(max_records=10).max_records
    10
    """

    max_records: int = 100_000
    max_attributes: int = 128
    max_value_length: int = 0  # 0: keep values whole
    default_service: str = "unknown_service"
    max_batch_bytes: int = 1_000_000  # one Kafka message's payload
    max_body_bytes: int = 8 * 1024 * 1024  # as sent
    max_decompressed_bytes: int = 16 * 1024 * 1024  # after gzip
    max_depth: int = 64  # nesting levels inside one record
    max_record_bytes: int = 1_000_000 - 8192  # one record, serialised; always under max_batch_bytes
    body_timeout_s: float = 60.0  # a whole body, read
    min_body_rate: int = 1024  # bytes/s on average once body_rate_grace_s has passed; 0: no check
    body_rate_grace_s: float = 5.0

    @classmethod
    def from_config(cls, ingest: IngestConfig, max_message_bytes: int) -> Limits:
        """The limits of ``ingest``; batches stay under ``max_message_bytes`` (``kafka.max_message_bytes``)."""
        return cls(
            max_records=ingest.max_records_per_request,
            max_attributes=ingest.max_attributes,
            max_value_length=ingest.max_attribute_value_length,
            default_service=ingest.default_service,
            max_batch_bytes=max_message_bytes - 4096,
            max_body_bytes=ingest.max_body_bytes,
            max_decompressed_bytes=ingest.max_decompressed_bytes,
            max_depth=ingest.max_depth,
            body_timeout_s=ingest.body_timeout_s,
            min_body_rate=ingest.min_body_rate_bytes_s,
            body_rate_grace_s=ingest.body_rate_grace_s,
            max_record_bytes=max(256, min(ingest.max_record_bytes, max_message_bytes - 8192)),
        )
