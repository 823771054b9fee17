"""``POST /api/v2/spans`` on the Zipkin listener (``ingest.zipkin``, default 127.0.0.1:9411).

``Content-Type: application/json`` (or none) is a JSON array of Zipkin v2
spans; ``application/x-protobuf`` a ``zipkin.proto3.ListOfSpans``.  gzip,
deflate and br bodies are read.  Answers, as a Zipkin server does:

======  ===========================================================================
202     accepted (all spans, or some: the body then says which were refused and
        why, ``{"accepted": N, "rejected": [{"index": I, "reason": "..."}]}``)
400     not a span list, or no valid span in it (reason in the body)
401     no valid key while authentication is on
413     over ``ingest.max_body_bytes`` / ``ingest.max_decompressed_bytes`` /
        ``ingest.max_records_per_request``
415     a content type other than JSON or protobuf, or an unknown encoding
429     at ``ingest.max_in_flight`` (``Retry-After``)
503     Kafka unreachable or not acknowledging (``Retry-After``); the same request sent
        again stores what of it reached Kafka once (ids from the request)
======  ===========================================================================
"""

from __future__ import annotations

import time
from typing import Any

import orjson
from aiohttp import web

from pipeline.ingest.body import BODY_SIZE, TENANT, read_body
from pipeline.ingest.body import decode as off_loop
from pipeline.ingest.contract import Endpoints, ErrorScope, Listener, ReceiverContext, Route
from pipeline.ingest.errors import IngestError, TooManyRecords, UnsupportedMediaType
from pipeline.ingest.jsonlogs.codec import limit_attributes
from pipeline.ingest.quote import shown
from pipeline.ingest.receiver import Request
from pipeline.ingest.zipkin.codec import ZipkinError, decode_json, decode_proto
from pipeline.ingest.zipkin.config import ZipkinConfig

__all__ = ["PATH", "TRANSPORT", "endpoints"]

PATH = "/api/v2/spans"
TRANSPORT = "zipkin"
"""The ``transport`` metric label of this receiver."""


def _answer(status: int, retry_after: int | None = None, **body: Any) -> web.Response:
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    return web.Response(status=status, body=orjson.dumps(body), content_type="application/json", headers=headers)


def _render(_request: web.Request, error: IngestError) -> web.Response:
    return _answer(error.status, error.retry_after, error=error.message)


def endpoints(section: ZipkinConfig, ctx: ReceiverContext) -> Endpoints:
    """The spans route on the receiver's own listener."""
    receiver, metrics, limits = ctx.receiver, ctx.metrics, ctx.limits

    async def post(request: web.Request) -> web.Response:
        req = Request("spans", TRANSPORT, request.get(TENANT), request.content_length or 0)
        try:
            with receiver.admit(req):
                content_type = request.content_type.lower()
                if content_type not in ("application/json", "application/x-protobuf", "application/protobuf", "application/octet-stream", ""):
                    raise UnsupportedMediaType(
                        f"Content-Type {shown(content_type)} is not supported: send application/json or application/x-protobuf"
                    )
                body = await read_body(request, limits.max_body_bytes, limits.max_decompressed_bytes)
                metrics.bytes.labels("spans", TRANSPORT).inc(request.get(BODY_SIZE, len(body)))
                receiver.check_kafka()
                received = time.time_ns()
                req.identify(body)  # identical spans of one request are each stored; a retry adds none
                decode = decode_json if content_type in ("application/json", "") else decode_proto
                try:
                    decoded = await off_loop(len(body), decode, body, limits.default_service, received, limits)
                except ZipkinError as exc:
                    receiver.count(req, "invalid")
                    return _answer(400, error=str(exc))
                if len(decoded.spans) > limits.max_records:
                    raise TooManyRecords(f"{len(decoded.spans)} spans in one request; the limit is {limits.max_records}")
                rejected = [{"index": i, "reason": why} for i, why in decoded.rejected]
                if rejected:
                    metrics.rejected.labels("spans", "invalid_record").inc(len(rejected))
                if not decoded.spans:
                    receiver.count(req, "invalid")
                    return _answer(400, error="no valid span in the body" if rejected else "empty span list", rejected=rejected)
                dropped, truncated = limit_attributes(decoded.spans, limits.max_attributes, limits.max_value_length)
                receiver.count_limited("spans", dropped, truncated)
                by_service: dict[str, list[dict[str, Any]]] = {}
                for span in decoded.spans:
                    by_service.setdefault(span["service.name"], []).append(span)
                await receiver.produce_records(req, by_service, received)
        except IngestError as exc:
            receiver.count(req, exc.outcome)
            return _answer(exc.status, exc.retry_after, error=exc.message)
        metrics.records.labels("spans", TRANSPORT).inc(len(decoded.spans))
        receiver.count(req, "partial" if rejected else "ok")
        return _answer(202, accepted=len(decoded.spans), rejected=rejected)

    return Endpoints(
        routes=[Route("POST", PATH, post, "spans", TRANSPORT)],
        errors=[ErrorScope("/", _render, "spans", TRANSPORT)],
        listener=Listener(section.host, section.port, section.tls, "ingest.zipkin"),
    )
