"""Batches into the raw topics: one Kafka message a service, acknowledged before we answer."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import orjson
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError
from prometheus_client import CollectorRegistry, Histogram

from pipeline.config import KafkaConfig
from pipeline.errors import RetryableError
from pipeline.kafka import (
    BrokerRefused,
    close_producer,
    kafka_reachable,
    make_producer,
    producer_start_error,
)
from pipeline.log import get_logger
from pipeline.retry import Backoff, retry
from schemas.raw import RawEnvelope

__all__ = ["NotAcknowledged", "RawProducer", "chunk_records", "chunk_records_counted"]

log = get_logger("ingest")
_CONNECT = Backoff(initial=0.5, maximum=10.0)  # while Kafka is down or refuses us


def chunk_records(records: list[dict[str, Any]], max_bytes: int) -> Iterable[bytes]:
    """Serialise records as JSON arrays no larger than ``max_bytes`` each (one record may exceed it).

    >>> [len(c) for c in chunk_records([{"a": "x" * 10}] * 4, 40)]
    [39, 39]
    """
    return (payload for payload, _count in chunk_records_counted(records, max_bytes))


def chunk_records_counted(records: list[dict[str, Any]], max_bytes: int) -> Iterable[tuple[bytes, int]]:
    """:func:`chunk_records` with the number of records in each array.

    >>> [n for _payload, n in chunk_records_counted([{"a": "x" * 10}] * 5, 40)]
    [2, 2, 1]
    """
    encoded = [orjson.dumps(r) for r in records]
    chunk: list[bytes] = []
    size = 2
    for item in encoded:
        if chunk and size + len(item) + 1 > max_bytes:
            yield b"[" + b",".join(chunk) + b"]", len(chunk)
            chunk, size = [], 2
        chunk.append(item)
        size += len(item) + 1
    if chunk:
        yield b"[" + b",".join(chunk) + b"]", len(chunk)


class NotAcknowledged(RetryableError):
    """Some messages of a send were not acknowledged; ``acked[n]`` says whether message ``n`` was."""

    def __init__(self, message: str, acked: list[bool]) -> None:
        super().__init__(message)
        self.acked = acked


class RawProducer:
    """Owns the Kafka producer of the ingestor; keeps trying to connect in the background."""

    def __init__(
        self,
        cfg: KafkaConfig,
        registry: CollectorRegistry,
        on_connect: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self.cfg = cfg
        self._on_connect = on_connect
        self._producer: AIOKafkaProducer | None = None
        self._connecting: asyncio.Task[None] | None = None
        self.refused: BrokerRefused | None = None  # why the broker refused the last start, if it did
        self._told = False
        self.latency = Histogram(
            "sightline_ingest_produce_seconds",
            "Time from handing a request's batches to Kafka until every one is acknowledged.",
            ["topic"],
            registry=registry,
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
        )

    @property
    def connected(self) -> bool:
        return self._producer is not None

    @property
    def bootstrap_servers(self) -> str:
        return self.cfg.bootstrap_servers

    async def start(self) -> None:
        self._connecting = asyncio.get_running_loop().create_task(self._connect_forever())

    async def _connect_once(self) -> None:
        producer = make_producer(self.cfg)
        try:
            await producer.start()
        except KafkaError as exc:
            await producer.stop()
            error = await producer_start_error(self.cfg, exc)
            self.refused = error if isinstance(error, BrokerRefused) else None
            raise error from exc
        self._producer, self.refused = producer, None

    async def _connect_forever(self) -> None:
        await retry(self._connect_once, _CONNECT, what="connecting to kafka", on_retry=self._log_refusal)
        log.info("connected to kafka", extra={"bootstrap_servers": self.cfg.bootstrap_servers})
        if self._on_connect is not None:
            await self._on_connect()

    def _log_refusal(self, exc: BaseException, _delay: float) -> None:
        if isinstance(exc, BrokerRefused) and not self._told:  # a setting to change, not a network to wait for
            log.error("kafka refused the producer", extra={"reason": str(exc)})
            self._told = True

    async def stop(self) -> None:
        if self._connecting is not None:
            self._connecting.cancel()
            await asyncio.gather(self._connecting, return_exceptions=True)
            self._connecting = None
        if self._producer is not None:
            await close_producer(self._producer, self.cfg.request_timeout_s)  # flushes what is in flight, bounded
            self._producer = None

    async def check(self) -> None:
        """Readiness: raise unless Kafka answers."""
        if self._producer is None:
            raise self.refused or RetryableError(f"not connected to {self.cfg.bootstrap_servers}")
        await kafka_reachable(self._producer)

    async def send(
        self, topic: str, messages: list[tuple[str, bytes]], envelope: RawEnvelope, origin: str | None = None,
        numbers: list[int] | None = None,
    ) -> None:
        """Produce ``(service, payload)`` messages and wait for every acknowledgement.

        With an ``origin`` (a digest of the request), message ``n`` carries
        ``sightline-request: <origin>.<n>`` (see :mod:`schemas.raw`); ``numbers``
        gives each message its ``n`` instead of its place in ``messages`` (a
        retry of some messages of an earlier send, under their first numbers).

        Raises
        ------
        RetryableError
            When Kafka is not connected or did not acknowledge; the caller answers
            503 so the sender retries (record ids make the retry harmless).
        """
        producer = self._producer
        if producer is None:
            raise RetryableError(f"kafka at {self.cfg.bootstrap_servers} is not reachable")
        headers = envelope.headers()
        started = time.perf_counter()
        futures: list[asyncio.Future[Any]] = []
        why = ""
        try:
            async with asyncio.timeout(self.cfg.request_timeout_s):
                for n, (service, value) in enumerate(messages):
                    number = n if numbers is None else numbers[n]
                    futures.append(await producer.send(
                        topic, value=value, key=service.encode(),
                        headers=[*headers, ("sightline-request", f"{origin}.{number}".encode())] if origin else headers,
                    ))
                await asyncio.gather(*futures, return_exceptions=True)
        except KafkaError as exc:
            why = f"kafka did not acknowledge: {exc}"
        except TimeoutError:
            why = f"kafka did not acknowledge within {self.cfg.request_timeout_s:g}s"
        finally:
            self.latency.labels(topic).observe(time.perf_counter() - started)
        acked = [f.done() and not f.cancelled() and f.exception() is None for f in futures]
        acked += [False] * (len(messages) - len(acked))
        if all(acked):
            return
        if not why:
            failed = next(f for f in futures if f.done() and not f.cancelled() and f.exception() is not None)
            why = f"kafka did not acknowledge: {failed.exception()}"
        raise NotAcknowledged(why, acked)
