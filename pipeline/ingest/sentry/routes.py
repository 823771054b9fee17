"""``POST /api/{project}/envelope/`` and ``/api/{project}/store/``: Sentry SDKs, on the ingest HTTP port.

A DSN ``http://KEY@HOST:4318/PROJECT`` points an SDK here; ``KEY`` is
checked against ``ingest.auth`` when authentication is on (SDKs send it in
``X-Sentry-Auth`` or as the ``sentry_key`` query parameter).  Answers, as
Sentry's own relay does:

======  ===========================================================================
200     ``{"id": "<event id>"}``: accepted (items Sightline does not store, such as
        sessions or attachments, are accepted and counted).  When some records were
        refused (an item that could not be read, a transaction's child span that
        cannot be placed, a record out of range, too deep or too large), the answer
        also lists them, ``"rejected": [{"item": I, "reason": "..."}]`` (one entry a
        refused record; SDKs read only ``id``), and they are counted under
        ``sightline_ingest_rejected_records_total``
400     ``{"detail": "..."}``: not an envelope, or no usable item in it
401     no valid key while authentication is on
413     body over ``ingest.max_body_bytes`` (or over ``ingest.max_decompressed_bytes``
        once decompressed: gzip, deflate and br are read)
415     an unknown ``Content-Encoding``
429     at ``ingest.max_in_flight``, with ``Retry-After`` (SDKs back off)
503     Kafka unreachable or not acknowledging, with ``Retry-After``; the same request
        sent again stores what of it reached Kafka once (ids from the request)
======  ===========================================================================
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
from aiohttp import web

from pipeline.ingest.body import BODY_SIZE, TENANT, read_body
from pipeline.ingest.body import decode as off_loop
from pipeline.ingest.contract import Endpoints, ReceiverContext, Route
from pipeline.ingest.errors import IngestError
from pipeline.ingest.jsonlogs.codec import limit_attributes
from pipeline.ingest.receiver import Request
from pipeline.ingest.sentry.codec import EnvelopeError, SentryBatch, decode_envelope, decode_store
from pipeline.ingest.sentry.config import SentryConfig

__all__ = ["TRANSPORT", "endpoints"]

TRANSPORT = "sentry"
"""The ``transport`` metric label of this receiver."""


def _error(status: int, message: str, retry_after: int | None = None) -> web.Response:
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    return web.Response(
        status=status, body=orjson.dumps({"detail": message}), content_type="application/json", headers=headers
    )


def endpoints(section: SentryConfig, ctx: ReceiverContext) -> Endpoints:
    """The envelope and store routes (with and without the trailing slash SDKs send)."""
    receiver, metrics, limits = ctx.receiver, ctx.metrics, ctx.limits

    def handler(decode: Callable[[bytes, str, int], SentryBatch]) -> Callable[[web.Request], Awaitable[web.Response]]:
        async def post(request: web.Request) -> web.Response:
            project = request.match_info["project"]
            req = Request("logs", TRANSPORT, request.get(TENANT), request.content_length or 0)
            try:
                with receiver.admit(req):
                    body = await read_body(request, limits.max_body_bytes, limits.max_decompressed_bytes)
                    metrics.bytes.labels("logs", TRANSPORT).inc(request.get(BODY_SIZE, len(body)))
                    received = time.time_ns()
                    req.identify(body)  # identical events of one envelope are each stored; a retry adds none
                    try:  # decoded first: a body that can never succeed is a 400 even while Kafka is down
                        batch = await off_loop(len(body), decode, body, section.service(project), received)
                    except EnvelopeError as exc:
                        receiver.count(req, "invalid")
                        return _error(400, str(exc))
                    if batch.rejected:
                        metrics.rejected.labels("logs", "invalid_record").inc(len(batch.rejected))
                    for kind, count in batch.other.items():
                        metrics.unstored.labels(TRANSPORT, kind).inc(count)
                    if not batch.logs and not batch.spans and not batch.other:
                        receiver.count(req, "invalid")
                        reasons = "; ".join(f"item {i}: {why}" for i, why in batch.rejected) or "empty envelope"
                        return _error(400, f"no usable item: {reasons}")
                    receiver.check_kafka()
                    await _produce(ctx, req, batch, received)
            except IngestError as exc:
                receiver.count(req, exc.outcome)
                return _error(exc.status, exc.message, exc.retry_after)
            metrics.records.labels("logs", TRANSPORT).inc(len(batch.logs))
            metrics.records.labels("spans", TRANSPORT).inc(len(batch.spans))
            receiver.count(req, "partial" if batch.rejected else "ok")
            answer: dict[str, Any] = {"id": batch.event_id}
            if batch.rejected:
                answer["rejected"] = [{"item": i, "reason": why} for i, why in batch.rejected]
            return web.Response(body=orjson.dumps(answer), content_type="application/json")

        return post

    envelope = handler(lambda body, service, received: decode_envelope(body, service, received, section.max_items, limits))
    store = handler(lambda body, service, received: decode_store(body, service, received, limits))
    routes = [
        Route("POST", path, fn, "logs", TRANSPORT)
        for base, fn in (("/api/{project:[0-9]+}/envelope", envelope), ("/api/{project:[0-9]+}/store", store))
        for path in (base + "/", base)
    ]
    return Endpoints(routes=routes)


async def _produce(ctx: ReceiverContext, req: Request, batch: SentryBatch, received: int) -> None:
    """Logs and spans of one request, produced together; returns once Kafka acknowledged both."""
    limits = ctx.limits
    jobs: list[Awaitable[None]] = []
    for signal, records in (("logs", batch.logs), ("spans", batch.spans)):
        if not records:
            continue
        dropped, truncated = limit_attributes(records, limits.max_attributes, limits.max_value_length)
        ctx.receiver.count_limited(signal, dropped, truncated)  # type: ignore[arg-type]
        by_service: dict[str, list[dict[str, Any]]] = {}
        for record in records:
            by_service.setdefault(record["service.name"], []).append(record)
        sub = Request(signal, TRANSPORT, req.tenant, req.size, req.digest)  # type: ignore[arg-type]
        jobs.append(ctx.receiver.produce_records(sub, by_service, received))
    await asyncio.gather(*jobs)
