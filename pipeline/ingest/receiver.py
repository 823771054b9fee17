"""What every receiver shares: admission (the in-flight limit), the Kafka check, produce, count.

Receivers read bytes and credentials off the wire, call a :class:`Receiver`
and turn its answer or its :class:`~pipeline.ingest.errors.IngestError` into
their own status codes (see :mod:`pipeline.ingest.contract`).
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from pipeline.errors import RetryableError
from pipeline.ingest.errors import Throttled, Unavailable
from pipeline.ingest.limits import Limits
from pipeline.ingest.metrics import IngestMetrics
from pipeline.ingest.producer import RawProducer, chunk_records
from schemas.raw import FORMAT_RECORDS_JSON, RawEnvelope, Signal

__all__ = ["Receiver", "Request"]


@dataclass(slots=True)
class Request:
    """One request as a receiver saw it; ``transport`` is its metric label (``otlp-http``, ``es-bulk``, ...)."""

    signal: Signal
    transport: str
    tenant: str | None = None
    size: int = 0  # body bytes as sent
    digest: str | None = None  # of the body: with a batch's place, the origin of its records' ids

    def identify(self, body: bytes) -> None:
        """Name the request by its body, so the same request sent again gives its records the same ids."""
        self.digest = hashlib.blake2b(body, digest_size=12).hexdigest()


class Receiver:
    """Admits requests up to ``max_in_flight``, checks Kafka, produces and counts.

    Parameters
    ----------
    producer
        The raw-topic producer.
    metrics
        The ingest counters.
    limits
        The shared request limits (``max_batch_bytes`` bounds a produced batch).
    topics
        The raw topic of each signal (``kafka.topics.*_raw``).
    max_in_flight, retry_after
        ``ingest.max_in_flight`` and ``ingest.retry_after_s``.
    kafka_failing
        The last readiness probe's verdict (``None`` while Kafka answers), so
        a request is refused at once (503) while Kafka is known to be down
        instead of waiting for the producer's timeout.
    """

    def __init__(
        self,
        producer: RawProducer,
        metrics: IngestMetrics,
        limits: Limits,
        topics: Mapping[Signal, str],
        max_in_flight: int = 64,
        retry_after: int = 5,
        kafka_failing: Callable[[], str | None] = lambda: None,
    ) -> None:
        self.producer = producer
        self.metrics = metrics
        self.limits = limits
        self.topics = dict(topics)
        self.max_in_flight = max_in_flight
        self.retry_after = retry_after
        self.kafka_failing = kafka_failing
        self.in_flight = 0

    @contextlib.contextmanager
    def admit(self, request: Request) -> Iterator[None]:
        """Hold one in-flight slot for the request, or raise :class:`Throttled`."""
        limit = self.max_in_flight
        if self.in_flight >= limit:
            raise Throttled(f"ingestor at its in-flight limit ({limit} requests); retry later", self.retry_after)
        self.in_flight += 1
        try:
            yield
        finally:
            self.in_flight -= 1

    def check_kafka(self) -> None:
        """Raise :class:`Unavailable` while Kafka is known to be unreachable or to refuse the producer."""
        refused = self.producer.refused
        if refused is not None:  # reachable, but a setting must change: say which
            raise Unavailable(f"{refused}; retry later", self.retry_after)
        reason = self.kafka_failing()
        if reason is not None or not self.producer.connected:
            why = reason or f"not connected to {self.producer.bootstrap_servers}"
            raise Unavailable(f"kafka unavailable ({why}); retry later", self.retry_after)

    def count(self, request: Request, outcome: str) -> None:
        """Count one request under ``sightline_ingest_requests_total``."""
        self.metrics.requests.labels(request.signal, request.transport, outcome).inc()

    def count_limited(self, signal: Signal, dropped_attributes: int, truncated_values: int) -> None:
        """Count attributes dropped over ``max_attributes`` and values cut over ``max_attribute_value_length``."""
        if dropped_attributes:
            self.metrics.limited.labels(signal, "attribute_count").inc(dropped_attributes)
        if truncated_values:
            self.metrics.limited.labels(signal, "value_length").inc(truncated_values)

    async def produce(self, request: Request, batches: list[tuple[str, bytes]], fmt: str, received_ns: int) -> None:
        """Produce ``(service, payload)`` batches; returns once Kafka acknowledged every one.

        Raises
        ------
        Unavailable
            Kafka did not acknowledge (retryable: the sender should retry later).
        """
        if not batches:
            return
        envelope = RawEnvelope(fmt, received_ns, request.tenant)
        try:
            await self.producer.send(self.topics[request.signal], batches, envelope, request.digest)
        except RetryableError as exc:
            raise Unavailable(f"{exc}; retry later", self.retry_after) from exc

    async def produce_records(
        self, request: Request, by_service: dict[str, list[dict[str, Any]]], received_ns: int
    ) -> None:
        """Produce canonical records (JSON logs) as ``records-json`` batches; raises :class:`Unavailable`."""
        budget = self.limits.max_batch_bytes
        batches = [
            (service, value) for service, records in by_service.items() for value in chunk_records(records, budget)
        ]
        await self.produce(request, batches, FORMAT_RECORDS_JSON, received_ns)
