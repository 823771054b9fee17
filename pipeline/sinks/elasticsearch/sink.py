"""The Elasticsearch sink: clean topics → bulk requests, offsets committed after the answer.

Runs in its own consumer group (``sink.group_id``).  Each poll's messages are
indexed completely (retrying what is retryable, dead-lettering what is not)
before their offsets are committed, so a crash replays at most one poll, and
content-derived ``_id`` values with ``create`` make the replay harmless (409).
While Elasticsearch is down the sink pauses its partitions and holds only the
batch in hand: memory stays bounded and nothing is lost.
"""

from __future__ import annotations

import asyncio
import random
import time
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.errors import CommitFailedError, KafkaError
from elasticsearch import ApiError, AsyncElasticsearch
from elasticsearch import TransportError as EsTransportError
from prometheus_client import CollectorRegistry, Counter, Histogram

from pipeline.component import Component, Probe
from pipeline.config import Config
from pipeline.kafka import KafkaHealth, make_consumer, make_producer
from pipeline.sinks.elasticsearch.bulk import build_bulk, daily_index, read_bulk_answer
from pipeline.sinks.elasticsearch.client import install_templates, make_client, resolve_mode

__all__ = ["ElasticsearchSink"]

# (index name, document, origin "topic/partition/offset")
Doc = tuple[str, dict[str, Any], str]


class ElasticsearchSink(Component):
    """Consumes the clean topics and indexes every record exactly once in effect."""

    name = "sink"

    def __init__(self, cfg: Config, registry: CollectorRegistry) -> None:
        super().__init__()
        self.cfg = cfg
        t = cfg.kafka.topics
        self.kinds = {t.logs: "logs"}
        self.es: AsyncElasticsearch | None = None
        self.mode = "daily"
        self._consumer: AIOKafkaConsumer | None = None
        self._producer: AIOKafkaProducer | None = None
        self.kafka_health = KafkaHealth(cfg.kafka)
        self.kafka_probe = Probe("kafka", self.kafka_health.check)
        self.es_probe = Probe("elasticsearch", self._es_check)
        self.ready_to_consume = False
        self.documents = Counter(
            "sightline_sink_documents",
            "Documents handled, by kind and outcome (indexed, duplicate, deadlettered).",
            ["kind", "outcome"],
            registry=registry,
        )
        self.bulk_seconds = Histogram(
            "sightline_sink_bulk_seconds",
            "Elasticsearch bulk request latency.",
            registry=registry,
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
        )
        self.bulk_failures = Counter(
            "sightline_sink_bulk_failures",
            "Bulk requests or items that failed, by reason (retried or dead-lettered).",
            ["reason"],
            registry=registry,
        )

    # -- health -------------------------------------------------------------------------
    async def _es_check(self) -> None:
        if self.es is None:
            raise RuntimeError("client not created")
        await self.es.info()

    def failing(self) -> dict[str, str]:
        out = {**self.kafka_probe.failing(), **self.es_probe.failing()}
        if not self.ready_to_consume and not out:
            out["sink"] = "installing index templates"
        return out

    # -- lifecycle ----------------------------------------------------------------------
    async def _start(self) -> None:
        self.es = make_client(self.cfg.elasticsearch)
        await self.kafka_probe.start()
        await self.es_probe.start()
        self.spawn(self._run(), "consume")

    async def _stop(self) -> None:
        await self.kafka_probe.stop()
        await self.es_probe.stop()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._consumer is not None:
            await self._consumer.stop()
            self._consumer = None
        if self._producer is not None:
            await self._producer.stop()
            self._producer = None
        await self.kafka_health.stop()
        if self.es is not None:
            await self.es.close()
            self.es = None

    async def _backoff(self, attempt: int) -> float:
        cfg = self.cfg.sink
        delay = min(cfg.retry_max_s, cfg.retry_initial_s * (2**attempt))
        return delay * (0.5 + random.random() / 2)  # jitter

    async def _prepare(self) -> None:
        """Templates, then Kafka clients; each retried until its dependency answers."""
        assert self.es is not None
        attempt = 0
        while True:
            try:
                self.mode = await resolve_mode(self.es, self.cfg.elasticsearch)
                await install_templates(self.es, self.cfg.elasticsearch, self.mode)
                break
            except (EsTransportError, ApiError) as exc:
                delay = await self._backoff(attempt)
                self.log.warning("elasticsearch not ready", extra={"reason": str(exc), "retry_s": round(delay, 2)})
                await asyncio.sleep(delay)
                attempt += 1
        attempt = 0
        while True:
            consumer = make_consumer(self.cfg.kafka, *self.kinds, group_id=self.cfg.sink.group_id)
            producer = make_producer(self.cfg.kafka)
            try:
                await consumer.start()
                await producer.start()
            except KafkaError as exc:
                await consumer.stop()
                await producer.stop()
                delay = await self._backoff(attempt)
                self.log.warning("kafka not ready", extra={"reason": str(exc), "retry_s": round(delay, 2)})
                await asyncio.sleep(delay)
                attempt += 1
                continue
            self._consumer, self._producer = consumer, producer
            break
        self.ready_to_consume = True
        self.log.info("sink consuming", extra={"topics": ",".join(self.kinds), "mode": self.mode})

    async def _run(self) -> None:
        await self._prepare()
        consumer = self._consumer
        assert consumer is not None
        cfg = self.cfg.sink
        while True:
            batches = await consumer.getmany(
                timeout_ms=int(cfg.flush_interval_s * 1000), max_records=cfg.batch_max_docs
            )
            docs: list[Doc] = []
            for tp, messages in batches.items():
                kind = self.kinds[tp.topic]
                for msg in messages:
                    docs.extend(await self._docs_of(kind, msg))
            if docs:
                await self._index_all(docs)
            if batches:
                try:
                    await consumer.commit()
                except CommitFailedError as exc:
                    # The group rebalanced; another member replays these (same _id, 409).
                    self.log.warning("commit failed after rebalance", extra={"reason": str(exc)})

    async def _docs_of(self, kind: str, msg: Any) -> list[Doc]:
        origin = f"{msg.topic}/{msg.partition}/{msg.offset}"
        try:
            records = orjson.loads(msg.value)
            if not isinstance(records, list):
                raise ValueError("expected a JSON array of records")
            out = []
            for doc in records:
                index = self._index_name(kind, doc)
                out.append((index, doc, origin))
            return out
        except (ValueError, KeyError, TypeError) as exc:
            await self._deadletter_raw(msg, f"undecodable clean-topic message: {exc}")
            return []

    def _index_name(self, kind: str, doc: dict[str, Any]) -> str:
        prefix = self.cfg.elasticsearch.index_prefix
        if self.mode == "data_stream":
            return f"{prefix}-{kind}"
        return daily_index(prefix, kind, doc["@timestamp"])

    async def _index_all(self, docs: list[Doc]) -> None:
        """Index every doc, in bulk requests bounded by count and bytes."""
        cfg = self.cfg.sink
        chunk: list[Doc] = []
        size = 0
        for doc in docs:
            estimate = len(orjson.dumps(doc[1])) + 100
            if chunk and (len(chunk) >= cfg.batch_max_docs or size + estimate > cfg.batch_max_bytes):
                await self._index_chunk(chunk)
                chunk, size = [], 0
            chunk.append(doc)
            size += estimate
        if chunk:
            await self._index_chunk(chunk)

    async def _index_chunk(self, docs: list[Doc]) -> None:
        assert self.es is not None and self._consumer is not None
        pending = docs
        attempt = 0
        while pending:
            body = build_bulk([(index, doc) for index, doc, _ in pending])
            started = time.perf_counter()
            try:
                # bytes pass through the NDJSON serializer untouched
                answer = await self.es.bulk(operations=body)  # type: ignore[arg-type]
                outcome = read_bulk_answer(dict(answer.body), len(pending))
            except (EsTransportError, ApiError) as exc:
                status = getattr(exc, "status_code", None) or getattr(exc, "status", None)
                if isinstance(status, int) and 400 <= status < 500 and status != 429:
                    # The request as a whole is refused: no item would ever succeed.
                    reason = f"bulk request refused ({status}): {exc}"
                    for index, doc, origin in pending:
                        await self._deadletter_doc(index, doc, origin, status, reason)
                    return
                self.bulk_failures.labels("unavailable").inc()
                outcome = None
                self.log.warning("bulk request failed, retrying", extra={"reason": str(exc), "docs": len(pending)})
            finally:
                self.bulk_seconds.observe(time.perf_counter() - started)
            if outcome is not None:
                for position in outcome.done:
                    self.documents.labels(self._kind_of(pending[position][0]), "indexed").inc()
                for position in outcome.duplicates:
                    self.documents.labels(self._kind_of(pending[position][0]), "duplicate").inc()
                for position, status, reason in outcome.failed:
                    index, doc, origin = pending[position]
                    self.bulk_failures.labels("rejected").inc()
                    await self._deadletter_doc(index, doc, origin, status, reason)
                if outcome.retry:
                    self.bulk_failures.labels("retryable_items").inc(len(outcome.retry))
                pending = [pending[p] for p in outcome.retry]
                if not pending:
                    return
            # Wait without losing the group: poll with every partition paused.
            delay = await self._backoff(attempt)
            attempt += 1
            partitions = self._consumer.assignment()
            self._consumer.pause(*partitions)
            try:
                await self._consumer.getmany(timeout_ms=int(delay * 1000))
            finally:
                self._consumer.resume(*self._consumer.assignment())

    def _kind_of(self, index: str) -> str:
        prefix = self.cfg.elasticsearch.index_prefix + "-"
        rest = index[len(prefix) :] if index.startswith(prefix) else index
        return rest.split("-", 1)[0]

    async def _deadletter_doc(self, index: str, doc: dict[str, Any], origin: str, status: int, reason: str) -> None:
        self.documents.labels(self._kind_of(index), "deadlettered").inc()
        topic, partition, offset = origin.rsplit("/", 2)
        payload = {
            "reason": "index_rejected",
            "error": reason,
            "status": status,
            "index": index,
            "origin": {"topic": topic, "partition": int(partition), "offset": int(offset)},
            "document": doc,
            "time_unix_nano": time.time_ns(),
        }
        await self._send_deadletter(doc.get("service.name", ""), orjson.dumps(payload))

    async def _deadletter_raw(self, msg: Any, reason: str) -> None:
        self.documents.labels(self.kinds.get(msg.topic, "unknown"), "deadlettered").inc()
        payload = {
            "reason": "undecodable",
            "error": reason,
            "origin": {"topic": msg.topic, "partition": msg.partition, "offset": msg.offset},
            "payload_preview": (msg.value or b"")[:4096].decode("utf-8", errors="replace"),
            "time_unix_nano": time.time_ns(),
        }
        await self._send_deadletter((msg.key or b"").decode("utf-8", "replace"), orjson.dumps(payload))

    async def _send_deadletter(self, key: str, value: bytes) -> None:
        assert self._producer is not None
        attempt = 0
        while True:
            try:
                await self._producer.send_and_wait(self.cfg.kafka.topics.deadletter, value=value, key=key.encode())
                return
            except KafkaError as exc:
                delay = await self._backoff(attempt)
                attempt += 1
                self.log.warning("dead-letter produce failed, retrying", extra={"reason": str(exc)})
                await asyncio.sleep(delay)
