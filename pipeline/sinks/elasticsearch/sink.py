"""The Elasticsearch sink: clean topics → bulk requests, offsets committed after the answer.

Runs in its own consumer group (``sink.group_id``).  Spans, logs, metric
points and alerts each go to their own index (daily mode) or data stream;
template documents (state, one per service and template) to the plain index
``{prefix}-templates``, replaced in place by newer versions.

The consume → deliver → commit loop (positions, lag, pausing, dead letters,
commits) is :class:`~pipeline.sinks.base.ConsumingSink`'s; this module is the
deliver step.  Each poll's messages are indexed completely (retrying what is
retryable, dead-lettering what is not, see
:mod:`~pipeline.sinks.elasticsearch.indexer`) before their offsets are
committed, so a crash replays at most ``sink.deliveries_in_flight`` polls (the
next poll is indexed while the store still works on the last), and content-derived ``_id``
values with ``create`` make the replay harmless (409).  While Elasticsearch is
down the sink pauses its partitions and holds only the polls in hand (at most
``sink.deliveries_in_flight`` × ``sink.poll_max_messages`` batches): memory stays bounded and nothing is lost;
after an outage it installs the index templates again before indexing (a
store that lost its state gets them back).
"""

from __future__ import annotations

import asyncio
from typing import Any

import orjson
from aiokafka import ConsumerRecord
from elasticsearch import ApiError, AsyncElasticsearch
from elasticsearch import TransportError as EsTransportError
from prometheus_client import CollectorRegistry, Counter, Histogram

from pipeline.component import Probe
from pipeline.config import Config
from pipeline.retry import Backoff
from pipeline.sinks.base import ConsumeSettings, ConsumingSink, Message, Origin
from pipeline.sinks.elasticsearch.bulk import (
    daily_index,
    encode_create,
    encode_index,
    message_operations,
)
from pipeline.sinks.elasticsearch.client import (
    install_templates,
    make_client,
    resolve_mode,
    state_index,
)
from pipeline.sinks.elasticsearch.indexer import BulkIndexer, PendingDoc
from pipeline.sinks.elasticsearch.retention import enforce_retention
from schemas.elasticsearch import KINDS, STATE_KINDS

RECORD_KINDS = ("logs", "spans", "metrics")  # clean topics: NDJSON, one record a line

__all__ = ["ElasticsearchSink"]


class ElasticsearchSink(ConsumingSink):
    """Consumes the clean topics and indexes every record exactly once in effect."""

    name = "sink"
    preparing = "installing index templates"
    prepare_retry_on = (EsTransportError, ApiError)  # the store is down or not ready yet: wait for it

    def __init__(self, cfg: Config, registry: CollectorRegistry) -> None:
        t = cfg.kafka.topics
        kinds = {
            t.logs: "logs", t.spans: "spans", t.metrics: "metrics", t.alerts: "alerts", t.templates: "templates"
        }
        s = cfg.sink
        settings = ConsumeSettings(
            poll_max_messages=s.poll_max_messages,
            poll_timeout_s=s.flush_interval_s,
            backoff=Backoff(initial=s.retry_initial_s, maximum=s.retry_max_s),
            linger_s=s.linger_s,
            linger_size=s.linger_docs,
            in_flight=s.deliveries_in_flight,
        )
        super().__init__(cfg.kafka, list(kinds), s.group_id, registry, settings, metric_prefix="sightline_sink")
        self.cfg = cfg
        self.kinds = kinds
        self.es: AsyncElasticsearch | None = None
        self.mode = "daily"
        self._templates_ok = False
        self._indexer: BulkIndexer | None = None
        self.es_probe = Probe("elasticsearch", self._es_check)
        self.probes.append(self.es_probe)
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
        self.mapping_conflicts = Counter(
            "sightline_sink_mapping_conflicts",
            "Documents stored with fields set aside (sightline.unindexed, not indexed) after a mapping conflict, by kind.",
            ["kind"],
            registry=registry,
        )
        self.retention_deleted = Counter(
            "sightline_sink_retention_deleted_indices",
            "Daily indices deleted because they are older than elasticsearch.retention_days.",
            registry=registry,
        )

    # -- health -------------------------------------------------------------------------
    async def _es_check(self) -> None:
        if self.es is None:
            raise RuntimeError("client not created")
        await self.es.info()

    # -- lifecycle ----------------------------------------------------------------------
    async def _start(self) -> None:
        self.es = make_client(self.cfg.elasticsearch)
        await super()._start()

    async def close_target(self) -> None:
        self._indexer = None
        self._templates_ok = False
        if self.es is not None:
            await self.es.close()
            self.es = None

    async def prepare(self) -> None:
        """Index templates (and the ILM policy) for the resolved mode; raises while the store is down."""
        assert self.es is not None
        self.mode = await resolve_mode(self.es, self.cfg.elasticsearch)
        await install_templates(self.es, self.cfg.elasticsearch, self.mode)
        self._templates_ok = True

    async def _ensure_templates(self) -> None:
        if not self._templates_ok:
            await self.prepare()

    def _mark_unavailable(self) -> None:
        self._templates_ok = False  # the store may come back empty: install again first

    async def on_consuming(self) -> None:
        assert self.es is not None
        self._indexer = BulkIndexer(
            self.es,
            self.cfg.sink,
            self.documents,
            self.bulk_seconds,
            self.bulk_failures,
            deadletter=self._deadletter_doc,
            wait=self.wait,
            on_unavailable=self._mark_unavailable,
            before_attempt=self._ensure_templates,
            backoff=self.settings.backoff,
            conflicts=self.mapping_conflicts,
        )
        self.log.info("indexing", extra={"mode": self.mode})
        self.spawn(self._retention_loop(), "retention")

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

    def size_of(self, msg: ConsumerRecord) -> int:
        """Records in a clean-topic message (lines of NDJSON; a JSON array or object counts one): what lingering counts."""
        value = msg.value or b""
        return value.count(b"\n") + 1 if value[:1] != b"[" else 1

    async def deliver(self, messages: list[ConsumerRecord]) -> None:
        """Index one poll completely (retrying what is retryable, dead-lettering what is not).

        Documents go in bulk requests grouped by index (each index's own order
        kept): the embedded store makes one segment per index per request.
        """
        assert self._indexer is not None
        docs: list[PendingDoc] = []
        for msg in messages:
            docs.extend(await self._docs_of(self.kinds[msg.topic], msg))
        if docs:
            docs.sort(key=lambda d: d.index)  # stable: order within an index is kept
            await self._indexer.index(docs)

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
        operations, rejected = message_operations(value, lambda timestamp: self._index_for(kind, timestamp))
        for reason, record in rejected:
            await self._deadletter_raw(msg, reason, record)
        return [PendingDoc(index, kind, doc, origin, operation) for index, doc, operation in operations]

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
        document = doc.document()
        service = document.get("service.name", "") if isinstance(document, dict) else ""
        origin = Origin.parse(doc.origin, key=str(service).encode())
        await self.deadletter(origin, "index_rejected", reason, document, status=status, index=doc.index)

    async def _deadletter_raw(self, msg: Message, reason: str, record: Any = None) -> None:
        self.documents.labels(self.kinds.get(msg.topic, "unknown"), "deadlettered").inc()
        await self.deadletter(msg, "undecodable", reason, record)
