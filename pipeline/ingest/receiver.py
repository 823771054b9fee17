"""What every transport shares: admission (the in-flight limit), split, produce, count.

Transports (``otlp_http``, ``otlp_grpc``, ``es_http``) read bytes and
credentials off the wire, call a :class:`Receiver` and turn its answer or its
:class:`~pipeline.ingest.errors.IngestError` into their own status codes.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from pipeline.config import Config
from pipeline.errors import RetryableError
from pipeline.ingest.errors import Throttled, Unavailable
from pipeline.ingest.metrics import IngestMetrics
from pipeline.ingest.otlp.codec import Limits, Signal, Split, split_json, split_proto
from pipeline.ingest.producer import RawProducer, chunk_records
from schemas.raw import FORMAT_OTLP_JSON, FORMAT_OTLP_PROTO, FORMAT_RECORDS_JSON, RawEnvelope

__all__ = ["Receiver", "Request"]


@dataclass(slots=True)
class Request:
    """One request as a transport saw it."""

    signal: Signal
    transport: str
    tenant: str | None = None
    size: int = 0  # body bytes as sent


class Receiver:
    """Admits requests up to ``ingest.max_in_flight``, splits OTLP, produces and counts.

    ``kafka_failing`` answers the last readiness probe's verdict so a request
    is refused at once (503) while Kafka is known to be down, instead of
    waiting for the producer's timeout.
    """

    def __init__(
        self,
        cfg: Config,
        producer: RawProducer,
        metrics: IngestMetrics,
        kafka_failing: Callable[[], str | None] = lambda: None,
    ) -> None:
        self.cfg = cfg
        self.producer = producer
        self.metrics = metrics
        self.kafka_failing = kafka_failing
        self.in_flight = 0
        ingest = cfg.ingest
        self.limits = Limits(
            max_records=ingest.max_records_per_request,
            max_attributes=ingest.max_attributes,
            max_value_length=ingest.max_attribute_value_length,
            default_service=ingest.default_service,
            max_batch_bytes=cfg.kafka.max_message_bytes - 4096,
        )
        topics = cfg.kafka.topics
        self.topics: dict[Signal, str] = {
            "logs": topics.logs_raw,
            "spans": topics.spans_raw,
            "metrics": topics.metrics_raw,
        }

    @property
    def retry_after(self) -> int:
        return self.cfg.ingest.retry_after_s

    @contextlib.contextmanager
    def admit(self, request: Request) -> Iterator[None]:
        """Hold one in-flight slot for the request, or raise :class:`Throttled`."""
        limit = self.cfg.ingest.max_in_flight
        if self.in_flight >= limit:
            raise Throttled(f"ingestor at its in-flight limit ({limit} requests); retry later", self.retry_after)
        self.in_flight += 1
        try:
            yield
        finally:
            self.in_flight -= 1

    def check_kafka(self) -> None:
        """Raise :class:`Unavailable` while Kafka is known to be unreachable."""
        reason = self.kafka_failing()
        if reason is not None or not self.producer.connected:
            why = reason or f"not connected to {self.cfg.kafka.bootstrap_servers}"
            raise Unavailable(f"kafka unavailable ({why}); retry later", self.retry_after)

    def count(self, request: Request, outcome: str) -> None:
        self.metrics.requests.labels(request.signal, request.transport, outcome).inc()

    def _count_split(self, request: Request, split: Split) -> None:
        for reason, count in split.reasons.items():
            self.metrics.rejected.labels(request.signal, reason).inc(count)
        if split.dropped_attributes:
            self.metrics.limited.labels(request.signal, "attribute_count").inc(split.dropped_attributes)
        if split.truncated_values:
            self.metrics.limited.labels(request.signal, "value_length").inc(split.truncated_values)

    async def produce(self, request: Request, batches: list[tuple[str, bytes]], fmt: str, received_ns: int) -> None:
        """Produce ``(service, payload)`` batches; returns once Kafka acknowledged every one."""
        if not batches:
            return
        envelope = RawEnvelope(fmt, received_ns, request.tenant)
        try:
            await self.producer.send(self.topics[request.signal], batches, envelope)
        except RetryableError as exc:
            raise Unavailable(f"{exc}; retry later", self.retry_after) from exc

    async def export_otlp(self, request: Request, body: bytes, as_json: bool) -> Split:
        """Validate, split and produce one OTLP request (already admitted).

        Returns what was accepted and refused (for ``partial_success``);
        raises :class:`IngestError` when the request is refused as a whole,
        which the transport counts (:meth:`count`) as it answers.
        """
        self.metrics.bytes.labels(request.signal, request.transport).inc(request.size or len(body))
        self.check_kafka()
        received = time.time_ns()
        split = (split_json if as_json else split_proto)(request.signal, body, self.limits)
        self._count_split(request, split)
        await self.produce(request, split.batches, FORMAT_OTLP_JSON if as_json else FORMAT_OTLP_PROTO, received)
        self.metrics.records.labels(request.signal, request.transport).inc(split.accepted)
        self.count(request, "partial" if split.rejected else "ok")
        return split

    async def produce_records(
        self, request: Request, by_service: dict[str, list[dict[str, Any]]], received_ns: int
    ) -> None:
        """Produce canonical records (JSON logs) as ``records-json`` batches; raises :class:`Unavailable`."""
        budget = self.limits.max_batch_bytes
        batches = [
            (service, value) for service, records in by_service.items() for value in chunk_records(records, budget)
        ]
        await self.produce(request, batches, FORMAT_RECORDS_JSON, received_ns)
