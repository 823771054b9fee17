"""What every receiver shares: admission (the in-flight limit), the Kafka check, produce, count.

Receivers read bytes and credentials off the wire, call a :class:`Receiver`
and turn its answer or its :class:`~pipeline.ingest.errors.IngestError` into
their own status codes (see :mod:`pipeline.ingest.contract`).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import xxhash

from pipeline.errors import RetryableError
from pipeline.ingest.errors import Throttled, Unavailable
from pipeline.ingest.limits import Limits
from pipeline.ingest.memory import Trimmer
from pipeline.ingest.metrics import IngestMetrics
from pipeline.ingest.producer import (
    NotAcknowledged,
    RawProducer,
    chunk_records_counted,
)
from schemas.raw import FORMAT_RECORDS_JSON, RawEnvelope, Signal

__all__ = ["Admission", "Receiver", "Request", "current_admission"]


@dataclass(slots=True)
class Request:
    """One request as a receiver saw it; ``transport`` is its metric label (``otlp-http``, ``es-bulk``, ...)."""

    signal: Signal
    transport: str
    tenant: str | None = None
    size: int = 0  # body bytes as sent
    digest: str | None = None  # of the body: with a batch's place, the origin of its records' ids

    def identify(self, body: bytes) -> None:
        """Name the request by its body, so the same request sent again gives its records the same ids.

        XXH3 (96 of its 128 bits, 24 hex digits): a 60 kB body in about 1 us, BLAKE2b's 64 us, which at
        500-record requests was some 5% of an ingestor's CPU; the name deduplicates, it guards nothing."""
        self.digest = xxhash.xxh3_128_hexdigest(body)[:24]


class Admission:
    """One admitted request's hold on the ingestor: its bytes, and a slot while it is not reading.

    :func:`pipeline.ingest.body.read_body` finds the current admission
    (:func:`current_admission`) and gives the slot back while it waits on
    the network, so slow senders hold bytes (``ingest.max_in_flight_bytes``)
    but no slot (``ingest.max_in_flight``), and charges bytes beyond the
    declared ``Content-Length`` as they arrive.
    """

    __slots__ = ("_receiver", "bytes", "large", "working")

    def __init__(self, receiver: Receiver, declared: int) -> None:
        self._receiver = receiver
        self.bytes = declared
        self.working = True
        self.large = False  # a body was decoded in a worker thread: give memory back when done

    @property
    def limits(self) -> Limits:
        """The receiver's request limits (body timeouts and rate among them)."""
        return self._receiver.limits

    def charge(self, size: int) -> None:
        """The body has reached ``size`` bytes (as sent, then decompressed): hold them.

        Raises :class:`Throttled` past the byte budget, unless this request is
        the only one holding bytes (a request larger than the budget alone
        must still get through, or its sender would retry forever).
        """
        extra = size - self.bytes
        if extra <= 0:
            return
        receiver = self._receiver
        others = receiver.in_flight_bytes - self.bytes
        if others and receiver.in_flight_bytes + extra > receiver.max_in_flight_bytes:  # alone, always let in
            raise Throttled(
                f"ingestor at its in-flight byte limit ({receiver.max_in_flight_bytes} bytes); retry later",
                receiver.retry_after,
            )
        receiver.in_flight_bytes += extra
        self.bytes = size

    def reading(self) -> None:
        """Give the slot back while the body arrives."""
        if self.working:
            self.working = False
            self._receiver.in_flight -= 1

    def decoding(self) -> asyncio.Semaphore:
        """The receiver's decoding turns (``ingest.max_decoding``): held while a large body is decoded."""
        self.large = True
        return self._receiver.decoding()

    def read(self) -> None:
        """The body is in: take a slot again, or raise :class:`Throttled` (nothing was produced)."""
        if not self.working:
            receiver = self._receiver
            receiver.slot_check()
            receiver.in_flight += 1
            self.working = True


_ADMISSION: contextvars.ContextVar[Admission | None] = contextvars.ContextVar("sightline_admission", default=None)


def current_admission() -> Admission | None:
    """The admission of the request being handled in this task, if any."""
    return _ADMISSION.get()


class Receiver:
    """Admits requests within ``max_in_flight`` and ``max_in_flight_bytes``, checks Kafka, produces and counts.

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
    max_in_flight_bytes
        ``ingest.max_in_flight_bytes``: bytes of admitted requests' bodies
        (declared, or read so far when more), so slow senders cannot hold
        every slot and memory stays bounded.
    max_decoding
        ``ingest.max_decoding``: large bodies decoded at once in worker
        threads (each holds its parsed records in memory meanwhile).
    memory_trim_interval_s
        ``ingest.memory_trim_interval_s``: after a request that decoded a
        large body, freed memory is given back to the OS (glibc
        ``malloc_trim``) at most this often; 0 never (see
        :class:`~pipeline.ingest.memory.Trimmer`).
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
        max_in_flight_bytes: int = 128 * 1024 * 1024,
        max_decoding: int = 2,
        memory_trim_interval_s: float = 0.0,
    ) -> None:
        self.producer = producer
        self.metrics = metrics
        self.limits = limits
        self.topics = dict(topics)
        self.max_in_flight = max_in_flight
        self.retry_after = retry_after
        self.kafka_failing = kafka_failing
        self.in_flight = 0  # requests decoding or producing (not those still receiving their body)
        self.max_in_flight_bytes = max_in_flight_bytes
        self.in_flight_bytes = 0
        self.max_decoding = max_decoding
        self._decoding: asyncio.Semaphore | None = None
        self.trimmer = Trimmer(memory_trim_interval_s)

    def decoding(self) -> asyncio.Semaphore:
        """At most ``max_decoding`` large bodies decoded at once (made in the running loop on first use)."""
        if self._decoding is None:
            self._decoding = asyncio.Semaphore(self.max_decoding)
        return self._decoding

    def slot_check(self) -> None:
        """Raise :class:`Throttled` when every in-flight slot is taken."""
        if self.in_flight >= self.max_in_flight:
            raise Throttled(
                f"ingestor at its in-flight limit ({self.max_in_flight} requests); retry later", self.retry_after
            )

    @contextlib.contextmanager
    def admit(self, request: Request) -> Iterator[Admission]:
        """Hold a slot and the request's declared bytes (``request.size``), or raise :class:`Throttled`.

        Called before the body is read, so a refused request costs no read
        and no parse, and nothing of it is produced (the refusal is safe to
        retry).
        """
        self.slot_check()
        declared = min(max(request.size, 0), self.limits.max_body_bytes)  # over it: read_body answers 413
        if declared and self.in_flight_bytes and self.in_flight_bytes + declared > self.max_in_flight_bytes:
            raise Throttled(
                f"ingestor at its in-flight byte limit ({self.max_in_flight_bytes} bytes); retry later",
                self.retry_after,
            )
        admission = Admission(self, declared)
        self.in_flight += 1
        self.in_flight_bytes += declared
        token = _ADMISSION.set(admission)
        try:
            yield admission
        finally:
            _ADMISSION.reset(token)
            if admission.working:
                self.in_flight -= 1
            self.in_flight_bytes -= admission.bytes
            if admission.large:  # its parse tree is freed by now
                self.trimmer.done()

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

    async def produce(
        self, request: Request, batches: list[tuple[str, bytes]], fmt: str, received_ns: int,
        numbers: list[int] | None = None,
    ) -> None:
        """Produce ``(service, payload)`` batches; returns once Kafka acknowledged every one.

        ``numbers``: each batch's place in the request when ``batches`` are some of its batches sent
        again (see :meth:`pipeline.ingest.producer.RawProducer.send`), so their records keep their ids.

        Raises
        ------
        Unavailable
            Kafka did not acknowledge (retryable: the sender should retry later).
        """
        if not batches:
            return
        envelope = RawEnvelope(fmt, received_ns, request.tenant)
        try:
            await self.producer.send(self.topics[request.signal], batches, envelope, request.digest, numbers)
        except NotAcknowledged as exc:
            raise Unavailable(f"{exc}; retry later", self.retry_after, exc.acked) from exc
        except RetryableError as exc:
            raise Unavailable(f"{exc}; retry later", self.retry_after) from exc

    def batches(self, by_service: dict[str, list[dict[str, Any]]]) -> tuple[list[tuple[str, bytes]], list[int]]:
        """Each service's records as ``records-json`` arrays within ``max_batch_bytes``, in order:
        ``(service, payload)`` per batch, and how many records each holds."""
        budget = self.limits.max_batch_bytes
        batches: list[tuple[str, bytes]] = []
        counts: list[int] = []
        for service, records in by_service.items():
            for value, count in chunk_records_counted(records, budget):
                batches.append((service, value))
                counts.append(count)
        return batches, counts

    async def produce_records(
        self, request: Request, by_service: dict[str, list[dict[str, Any]]], received_ns: int
    ) -> None:
        """Produce canonical records (JSON logs) as ``records-json`` batches; raises :class:`Unavailable`."""
        batches, _counts = self.batches(by_service)
        await self.produce(request, batches, FORMAT_RECORDS_JSON, received_ns)

    async def produce_items(
        self, request: Request, by_service: dict[str, list[tuple[int, dict[str, Any]]]], received_ns: int,
        retries: int = 0,
    ) -> set[int]:
        """Like :meth:`produce_records` for records numbered by their item; returns the items produced.

        When Kafka acknowledged only some batches, the others are sent again
        as they were (the same bytes, origin and message numbers), up to
        ``retries`` times: a batch whose acknowledgement was lost may be in
        Kafka after all, and only the same message gives its records the
        same ids.  What is still not acknowledged after that is left out of
        the items returned with the :class:`Unavailable` (``exc.produced``),
        so a bulk answer accepts the rest and asks the sender again only for
        those; the sender's retry is a new request, whose records get new ids.
        """
        batches, counts = self.batches({service: [r for _n, r in numbered] for service, numbered in by_service.items()})
        items = [n for numbered in by_service.values() for n, _r in numbered]  # in the batches' order
        members: list[list[int]] = []
        start = 0
        for count in counts:
            members.append(items[start:start + count])
            start += count
        pending = list(range(len(batches)))  # batch numbers Kafka has not acknowledged
        produced: set[int] = set()
        attempt = 0
        while True:
            try:
                await self.produce(request, [batches[b] for b in pending], FORMAT_RECORDS_JSON, received_ns, pending)
                return {n for ids in members for n in ids}
            except Unavailable as exc:
                taken = {b for b, ok in zip(pending, exc.acked, strict=False) if ok}
                produced.update(n for b in taken for n in members[b])
                pending = [b for b in pending if b not in taken]
                if not produced or attempt == retries or not self.producer.connected:
                    exc.produced = produced  # none taken (the whole request again, same ids), or out of retries
                    raise
            attempt += 1
            self.metrics.produce_retries.labels(request.signal, request.transport).inc()
