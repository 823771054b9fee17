"""The ingestor's Prometheus metrics, registered on the registry passed in."""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge

__all__ = ["IngestMetrics"]


class IngestMetrics:
    """Counters every ingest transport shares.

    ``transport`` is one of ``otlp-http``, ``otlp-grpc``, ``http-json``
    (``/api/v1/logs``) and ``es-bulk``; ``outcome`` one of ``ok``,
    ``partial`` (some records refused), ``invalid``, ``too_large``,
    ``unsupported``, ``unauthenticated``, ``throttled``, ``unavailable``.
    """

    def __init__(self, registry: CollectorRegistry, in_flight: Callable[[], float] | None = None) -> None:
        self.registry = registry  # for a receiver's own scrape-time collector (the scraper's)
        self.requests = Counter(
            "sightline_ingest_requests",
            "Requests received, by signal, transport and outcome.",
            ["signal", "transport", "outcome"],
            registry=registry,
        )
        self.records = Counter(
            "sightline_ingest_records",
            "Records accepted into Kafka, by signal and transport.",
            ["signal", "transport"],
            registry=registry,
        )
        self.bytes = Counter(
            "sightline_ingest_bytes",
            "Request body bytes received (as sent), by signal and transport.",
            ["signal", "transport"],
            registry=registry,
        )
        self.rejected = Counter(
            "sightline_ingest_rejected_records",
            "Records refused, by signal and reason (invalid_id, invalid_record, throttled, ...).",
            ["signal", "reason"],
            registry=registry,
        )
        self.produce_retries = Counter(
            "sightline_ingest_produce_retries",
            "Sends again, as they were, of the batches of an item-by-item request (the Elasticsearch bulk API) "
            "that Kafka did not acknowledge when it did others of the request, by signal and transport.",
            ["signal", "transport"],
            registry=registry,
        )
        self.limited = Counter(
            "sightline_ingest_limited_attributes",
            "Attributes dropped (over ingest.max_attributes) or values truncated "
            "(over ingest.max_attribute_value_length), by signal and limit.",
            ["signal", "limit"],
            registry=registry,
        )
        self.unstored = Counter(
            "sightline_ingest_unstored_items",
            "Items accepted but not stored because Sightline does not use them (Sentry sessions, "
            "attachments, client reports, ...), by transport and item type.",
            ["transport", "item"],
            registry=registry,
        )
        if in_flight is not None:
            gauge = Gauge(
                "sightline_ingest_in_flight",
                "Requests being handled now (all transports).",
                registry=registry,
            )
            gauge.set_function(in_flight)
