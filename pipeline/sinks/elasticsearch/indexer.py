"""Bulk indexing with item-by-item answers, backoff with jitter, and dead-lettering.

Kept apart from Kafka: the sink hands in a way to wait (pausing its
partitions), to make the store ready again (templates after an outage), and
to dead-letter a document.  Fates, per document:

- 2xx: indexed; 409 on ``create``: a replay of a document already stored, done;
- 429, 5xx, or no answer at all (store down, timeout): retried with
  the one backoff policy (:class:`~pipeline.retry.Backoff`), for as long as it takes;
- a mapping conflict (the document's field has another type in the index than
  the one the store mapped first): sent again at once with the conflicting
  fields set aside (:mod:`~pipeline.sinks.elasticsearch.conflicts`), counted,
  up to ``sink.mapping_conflict_rounds`` times;
- any other 4xx (bad documents), or a whole request refused with a 4xx:
  dead-lettered with the reason (the document as it came, never the one with
  fields set aside).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import orjson
from elasticsearch import ApiError, AsyncElasticsearch
from elasticsearch import TransportError as EsTransportError
from prometheus_client import Counter, Histogram

from pipeline.log import get_logger
from pipeline.retry import Backoff
from pipeline.sinks.elasticsearch.bulk import chunks, encode_create, read_bulk_answer
from pipeline.sinks.elasticsearch.config import SinkConfig
from pipeline.sinks.elasticsearch.conflicts import is_mapping_error, set_aside
from schemas.elasticsearch import UNINDEXED_MAPPING

__all__ = ["BulkIndexer", "PendingDoc"]

log = get_logger("sink")


@dataclass(slots=True)
class PendingDoc:
    """One document to index: where, what, where it came from, and its encoded operation."""

    index: str
    kind: str
    doc: dict[str, Any] | bytes  # bytes: the serialised document (a clean-topic line), parsed only if needed
    origin: str  # "topic/partition/offset"
    operation: bytes
    rounds: int = 0  # times sent again with conflicting fields set aside
    first: PendingDoc | None = None  # the document as it came, when this is one with fields set aside

    def document(self) -> Any:
        """The document as data (for the dead-letter topic)."""
        if isinstance(self.doc, bytes):
            try:
                return orjson.loads(self.doc)
            except ValueError:
                return self.doc.decode("utf-8", "replace")
        return self.doc


class BulkIndexer:
    """Indexes lists of :class:`PendingDoc` completely before returning."""

    def __init__(
        self,
        es: AsyncElasticsearch,
        cfg: SinkConfig,
        documents: Counter,
        bulk_seconds: Histogram,
        bulk_failures: Counter,
        deadletter: Callable[[PendingDoc, int, str], Awaitable[None]],
        wait: Callable[[float], Awaitable[None]],
        on_unavailable: Callable[[], None] = lambda: None,
        before_attempt: Callable[[], Awaitable[None]] | None = None,
        backoff: Backoff | None = None,
        conflicts: Counter | None = None,
    ) -> None:
        self.es = es
        self.cfg = cfg
        self.documents = documents
        self.bulk_seconds = bulk_seconds
        self.bulk_failures = bulk_failures
        self.deadletter = deadletter
        self.wait = wait
        self.on_unavailable = on_unavailable
        self.before_attempt = before_attempt
        self.backoff = backoff or Backoff(initial=cfg.retry_initial_s, maximum=cfg.retry_max_s)
        self.conflicts = conflicts  # documents stored with fields set aside, by kind
        self._unindexed_mapped: set[str] = set()  # indices known to map sightline.unindexed
        self._conflicts_logged: set[tuple[str, str]] = set()

    async def index(self, docs: list[PendingDoc]) -> None:
        """Index every doc, in bulk requests bounded by ``batch_max_docs`` and ``batch_max_bytes``."""
        sizes = [len(d.operation) for d in docs]
        for start, stop in chunks(sizes, self.cfg.batch_max_docs, self.cfg.batch_max_bytes):
            await self._index_chunk(docs[start:stop])

    async def _index_chunk(self, docs: list[PendingDoc]) -> None:
        pending = docs
        attempt = 0
        while pending:
            outcome = None
            try:
                if self.before_attempt is not None:
                    await self.before_attempt()
                body = b"".join(d.operation for d in pending)
                started = time.perf_counter()
                try:
                    # bytes pass through the NDJSON serializer untouched
                    answer = await self.es.bulk(operations=body)  # type: ignore[arg-type]
                finally:
                    self.bulk_seconds.observe(time.perf_counter() - started)
                outcome = read_bulk_answer(dict(answer.body), len(pending))
            except ApiError as exc:
                status = exc.meta.status if exc.meta is not None else 0
                if 400 <= status < 500 and status != 429:
                    # The request as a whole is refused: no item would ever succeed.
                    self.bulk_failures.labels("refused").inc()
                    reason = f"bulk request refused ({status}): {exc}"
                    for doc in pending:
                        await self._deadletter(doc, status, reason)
                    return
                self.bulk_failures.labels("throttled" if status == 429 else "server_error").inc()
                log.warning("bulk request failed, retrying", extra={"status": status, "docs": len(pending)})
            except EsTransportError as exc:
                self.bulk_failures.labels("unavailable").inc()
                self.on_unavailable()
                log.warning("elasticsearch unavailable, retrying", extra={"reason": str(exc), "docs": len(pending)})
            if outcome is not None:
                for position in outcome.done:
                    self._stored(pending[position], "indexed")
                for position in outcome.duplicates:
                    self._stored(pending[position], "duplicate")
                again: list[PendingDoc] = []
                for position, status, reason in outcome.failed:
                    doc = pending[position]
                    error = outcome.errors.get(position)
                    if is_mapping_error(status, error) and doc.rounds < self.cfg.mapping_conflict_rounds:
                        redone = await self._set_aside(doc, error)
                        if redone is not None:
                            again.append(redone)
                            continue
                    self.bulk_failures.labels("rejected").inc()
                    await self._deadletter(doc.first or doc, status, reason)
                if outcome.retry:
                    self.bulk_failures.labels("retryable_items").inc(len(outcome.retry))
                pending = [pending[p] for p in outcome.retry] + again
                if not pending:
                    return
                if not outcome.retry:
                    continue  # only documents with fields set aside: send them at once
            await self.wait(self.backoff.delay(attempt))
            attempt += 1

    def _stored(self, doc: PendingDoc, outcome: str) -> None:
        self.documents.labels(doc.kind, outcome).inc()
        if doc.rounds and self.conflicts is not None:
            self.conflicts.labels(doc.kind).inc()

    async def _set_aside(self, doc: PendingDoc, error: Any) -> PendingDoc | None:
        """The document again with the fields its mapping error names set aside; ``None`` if none can be."""
        if not doc.operation.startswith(b'{"create"'):
            return None  # state documents (index with a version) have fixed mappings only
        data = doc.document()
        if not isinstance(data, dict):
            return None
        if not isinstance(doc.doc, bytes):
            data = orjson.loads(orjson.dumps(data))  # the original stays as it came, for a dead letter
        last = doc.rounds + 1 >= self.cfg.mapping_conflict_rounds
        moved = set_aside(data, error, everything=last)
        if moved is None:
            return None
        await self._map_unindexed(doc.index)
        for path in moved:
            key = (doc.kind, path)
            if key not in self._conflicts_logged and len(self._conflicts_logged) < 1000:
                self._conflicts_logged.add(key)
                log.warning(
                    "mapping conflict: field stored unindexed under sightline.unindexed",
                    extra={"kind": doc.kind, "field": path, "index": doc.index, "service": data.get("service.name", "")},
                )
        return PendingDoc(doc.index, doc.kind, data, doc.origin, encode_create(doc.index, data),
                          rounds=doc.rounds + 1, first=doc.first or doc)

    async def _map_unindexed(self, index: str) -> None:
        """Map ``sightline.unindexed`` (not indexed) on an index made before its template had it."""
        if index in self._unindexed_mapped:
            return
        try:
            await self.es.indices.put_mapping(index=index, properties=UNINDEXED_MAPPING)
        except (ApiError, EsTransportError) as exc:
            log.warning("could not map sightline.unindexed", extra={"index": index, "reason": str(exc)})
            return
        self._unindexed_mapped.add(index)

    async def _deadletter(self, doc: PendingDoc, status: int, reason: str) -> None:
        self.documents.labels(doc.kind, "deadlettered").inc()
        await self.deadletter(doc, status, reason)
