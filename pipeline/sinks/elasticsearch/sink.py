"""The Elasticsearch sink: clean topics → bulk requests, offsets committed after the answer.

Runs in its own consumer group (``sink.group_id``).  Spans, logs, metric
points and alerts each go to their own index (daily mode) or data stream;
template documents (state, one per service and template) to the plain index
``{prefix}-templates``, replaced in place by newer versions.
Each poll's messages are indexed completely (retrying what is retryable,
dead-lettering what is not, see :mod:`~pipeline.sinks.elasticsearch.indexer`)
before their offsets are committed, so a crash replays at most one poll, and
content-derived ``_id`` values with ``create`` make the replay harmless (409).
While Elasticsearch is down the sink pauses its partitions and holds only the
poll in hand (at most ``sink.poll_max_messages`` batches): memory stays
bounded and nothing is lost; after an outage it installs the index templates
again before indexing (a store that lost its state gets them back).
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.errors import CommitFailedError, KafkaError
from elasticsearch import ApiError, AsyncElasticsearch
from elasticsearch import TransportError as EsTransportError
from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from pipeline.component import Component, Probe
from pipeline.config import Config
from pipeline.kafka import KafkaHealth, make_consumer, make_producer, paused_wait
from pipeline.sinks.elasticsearch.bulk import (
    daily_index,
    encode_create,
    encode_create_line,
    encode_index,
)
from pipeline.sinks.elasticsearch.client import (
    install_templates,
    make_client,
    resolve_mode,
    state_index,
)
from pipeline.sinks.elasticsearch.indexer import BulkIndexer, PendingDoc, backoff_delay
from pipeline.sinks.elasticsearch.retention import enforce_retention
from schemas.elasticsearch import KINDS, STATE_KINDS
from schemas.records import line_head

RECORD_KINDS = ("logs", "spans", "metrics")  # clean topics: NDJSON, one record a line

__all__ = ["ElasticsearchSink"]


class _LagCollector(Collector):
    def __init__(self, sink: ElasticsearchSink) -> None:
        self.sink = sink

    def collect(self) -> Any:
        lag = GaugeMetricFamily(
            "sightline_sink_consumer_lag",
            "Clean-topic messages not yet indexed (high watermark minus position), by topic and partition.",
            labels=["topic", "partition"],
        )
        for (topic, partition), n in sorted(self.sink.lag().items()):
            lag.add_metric([topic, str(partition)], n)
        yield lag


class ElasticsearchSink(Component):
    """Consumes the clean topics and indexes every record exactly once in effect."""

    name = "sink"

    def __init__(self, cfg: Config, registry: CollectorRegistry) -> None:
        super().__init__()
        self.cfg = cfg
        t = cfg.kafka.topics
        self.kinds = {
            t.logs: "logs", t.spans: "spans", t.metrics: "metrics", t.alerts: "alerts", t.templates: "templates"
        }
        self.es: AsyncElasticsearch | None = None
        self.mode = "daily"
        self._consumer: AIOKafkaConsumer | None = None
        self._producer: AIOKafkaProducer | None = None
        self._positions: dict[tuple[str, int], int] = {}
        self._templates_ok = False
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
        self.retention_deleted = Counter(
            "sightline_sink_retention_deleted_indices",
            "Daily indices deleted because they are older than elasticsearch.retention_days.",
            registry=registry,
        )
        registry.register(_LagCollector(self))

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

    def lag(self) -> dict[tuple[str, int], int]:
        """High watermark (from fetch responses) minus the next offset to index, per partition."""
        out: dict[tuple[str, int], int] = {}
        consumer = self._consumer
        if consumer is None:
            return out
        for tp in consumer.assignment():
            highwater = consumer.highwater(tp)
            position = self._positions.get((tp.topic, tp.partition))
            if highwater is not None and position is not None:
                out[(tp.topic, tp.partition)] = max(0, highwater - position)
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

    def _delay(self, attempt: int) -> float:
        return backoff_delay(attempt, self.cfg.sink.retry_initial_s, self.cfg.sink.retry_max_s)

    async def _install(self) -> None:
        """Index templates (and the ILM policy) for the resolved mode; raises while the store is down."""
        assert self.es is not None
        self.mode = await resolve_mode(self.es, self.cfg.elasticsearch)
        await install_templates(self.es, self.cfg.elasticsearch, self.mode)
        self._templates_ok = True

    async def _ensure_templates(self) -> None:
        if not self._templates_ok:
            await self._install()

    def _mark_unavailable(self) -> None:
        self._templates_ok = False  # the store may come back empty: install again first

    async def _prepare(self) -> None:
        """Templates, then Kafka clients; each retried until its dependency answers."""
        attempt = 0
        while True:
            try:
                await self._install()
                break
            except (EsTransportError, ApiError) as exc:
                delay = self._delay(attempt)
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
                delay = self._delay(attempt)
                self.log.warning("kafka not ready", extra={"reason": str(exc), "retry_s": round(delay, 2)})
                await asyncio.sleep(delay)
                attempt += 1
                continue
            self._consumer, self._producer = consumer, producer
            break
        self.ready_to_consume = True
        self.log.info("sink consuming", extra={"topics": ",".join(self.kinds), "mode": self.mode})

    async def _retention_loop(self) -> None:
        if self.mode != "daily":
            return  # data streams: the ILM policy deletes old data
        while True:
            if self.es is not None:
                try:
                    deleted = await enforce_retention(
                        self.es, self.cfg.elasticsearch.index_prefix, KINDS, self.cfg.elasticsearch.retention_days
                    )
                    if deleted:
                        self.retention_deleted.inc(len(deleted))
                        self.log.info("expired daily indices deleted", extra={"indices": ",".join(deleted)})
                except (EsTransportError, ApiError) as exc:
                    self.log.warning("retention check failed", extra={"reason": str(exc)})
            await asyncio.sleep(self.cfg.sink.retention_check_interval_s)

    async def _run(self) -> None:
        await self._prepare()
        consumer = self._consumer
        assert consumer is not None and self.es is not None
        self.spawn(self._retention_loop(), "retention")
        indexer = BulkIndexer(
            self.es,
            self.cfg.sink,
            self.documents,
            self.bulk_seconds,
            self.bulk_failures,
            deadletter=self._deadletter_doc,
            wait=self._paused_wait,
            on_unavailable=self._mark_unavailable,
            before_attempt=self._ensure_templates,
        )
        cfg = self.cfg.sink
        while True:
            batches = await consumer.getmany(
                timeout_ms=int(cfg.flush_interval_s * 1000), max_records=cfg.poll_max_messages
            )
            docs: list[PendingDoc] = []
            for tp, messages in batches.items():
                kind = self.kinds[tp.topic]
                for msg in messages:
                    docs.extend(await self._docs_of(kind, msg))
            if docs:
                await indexer.index(docs)
            if batches:
                for tp, messages in batches.items():
                    self._positions[(tp.topic, tp.partition)] = messages[-1].offset + 1
                try:
                    await consumer.commit()
                except CommitFailedError as exc:
                    # The group rebalanced; another member replays these (same _id, 409).
                    self.log.warning("commit failed after rebalance", extra={"reason": str(exc)})

    async def _paused_wait(self, delay: float) -> None:
        await paused_wait(self._consumer, delay)

    async def _docs_of(self, kind: str, msg: Any) -> list[PendingDoc]:
        origin = f"{msg.topic}/{msg.partition}/{msg.offset}"
        value = msg.value or b""
        if kind in RECORD_KINDS and value[:1] != b"[":
            return await self._lines_of(kind, msg, value, origin)
        try:
            records = orjson.loads(value)
            if isinstance(records, dict):
                records = [records]  # the alert topic carries one event per message (keyed by fingerprint)
            if not isinstance(records, list):
                raise ValueError("expected a JSON array of records or one JSON object")
        except ValueError as exc:
            await self._deadletter_raw(msg, f"undecodable clean-topic message: {exc}")
            return []
        out = []
        state = kind in STATE_KINDS
        for doc in records:
            if not await self._has_id_and_time(msg, doc):
                continue
            index = self._index_name(kind, doc)
            if state:
                # state is updated in place; its publish time orders the versions
                version = doc.get("time_unix_nano")
                if not isinstance(version, int) or isinstance(version, bool) or version <= 0:
                    await self._deadletter_raw(msg, f"a {kind} document lacks time_unix_nano (its version)", doc)
                    continue
                out.append(PendingDoc(index, kind, doc, origin, encode_index(index, doc, version)))
            else:
                out.append(PendingDoc(index, kind, doc, origin, encode_create(index, doc)))
        return out

    async def _lines_of(self, kind: str, msg: Any, value: bytes, origin: str) -> list[PendingDoc]:
        """Documents of an NDJSON clean-topic message, one record a line.

        A line written by the processors starts with its id and time
        (:func:`schemas.records.line_head`) and is indexed as it is, without
        parsing or re-encoding; any other line is parsed and checked.
        """
        out = []
        for line in value.split(b"\n"):
            if not line.strip():
                continue
            head = line_head(line)
            if head is not None:
                index = self._index_for(kind, head[1])
                out.append(PendingDoc(index, kind, line, origin, encode_create_line(index, head[0], line)))
                continue
            try:
                doc = orjson.loads(line)
            except ValueError as exc:
                await self._deadletter_raw(msg, f"undecodable clean-topic line: {exc}")
                continue
            if not await self._has_id_and_time(msg, doc):
                continue
            index = self._index_name(kind, doc)
            out.append(PendingDoc(index, kind, doc, origin, encode_create(index, doc)))
        return out

    async def _has_id_and_time(self, msg: Any, doc: Any) -> bool:
        """Whether a parsed clean-topic record can be indexed; dead-letters it when not."""
        if isinstance(doc, dict) and isinstance(doc.get("id"), str) and isinstance(doc.get("@timestamp"), str):
            return True
        await self._deadletter_raw(msg, "a clean-topic record lacks id or @timestamp", doc)
        return False

    def _index_name(self, kind: str, doc: dict[str, Any]) -> str:
        return self._index_for(kind, doc["@timestamp"])

    def _index_for(self, kind: str, timestamp: str) -> str:
        prefix = self.cfg.elasticsearch.index_prefix
        if kind in STATE_KINDS:
            return state_index(prefix, kind)
        if self.mode == "data_stream":
            return f"{prefix}-{kind}"
        return daily_index(prefix, kind, timestamp)

    async def _deadletter_doc(self, doc: PendingDoc, status: int, reason: str) -> None:
        topic, partition, offset = doc.origin.rsplit("/", 2)
        document = doc.document()
        payload = {
            "reason": "index_rejected",
            "error": reason,
            "status": status,
            "index": doc.index,
            "origin": {"topic": topic, "partition": int(partition), "offset": int(offset)},
            "document": document,
            "time_unix_nano": time.time_ns(),
        }
        service = document.get("service.name", "") if isinstance(document, dict) else ""
        await self._send_deadletter(str(service), orjson.dumps(payload))

    async def _deadletter_raw(self, msg: Any, reason: str, record: Any = None) -> None:
        self.documents.labels(self.kinds.get(msg.topic, "unknown"), "deadlettered").inc()
        payload: dict[str, Any] = {
            "reason": "undecodable",
            "error": reason,
            "origin": {"topic": msg.topic, "partition": msg.partition, "offset": msg.offset},
            "time_unix_nano": time.time_ns(),
        }
        if record is None:
            payload["payload_preview"] = (msg.value or b"")[:4096].decode("utf-8", errors="replace")
        else:
            payload["document"] = record
        await self._send_deadletter((msg.key or b"").decode("utf-8", "replace"), orjson.dumps(payload))

    async def _send_deadletter(self, key: str, value: bytes) -> None:
        assert self._producer is not None
        attempt = 0
        while True:
            try:
                await self._producer.send_and_wait(self.cfg.kafka.topics.deadletter, value=value, key=key.encode())
                return
            except KafkaError as exc:
                delay = self._delay(attempt)
                attempt += 1
                self.log.warning("dead-letter produce failed, retrying", extra={"reason": str(exc)})
                await asyncio.sleep(delay)
