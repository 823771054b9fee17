"""``POST /api/v1/logs``: NDJSON or a JSON array of log objects, on the ingest HTTP port.

Answers ``{"accepted": N, "rejected": [{"line": L, "reason": "..."}]}``
(200, also when some lines were refused), ``{"error": "..."}`` with 400
(nothing valid), 401, 413 (over a size or record limit), 415, 429 or 503
(with ``Retry-After``).
"""

from __future__ import annotations

import time
from collections import defaultdict
from typing import Any

import orjson
from aiohttp import web

from pipeline.ingest.body import BODY_SIZE, TENANT, decode, hold_decoded, read_body
from pipeline.ingest.contract import Endpoints, ErrorScope, ReceiverContext, Route
from pipeline.ingest.errors import IngestError
from pipeline.ingest.jsonlogs.codec import decode_json_logs, limit_attributes
from pipeline.ingest.jsonlogs.config import JsonLogsConfig
from pipeline.ingest.receiver import Request

__all__ = ["PATH", "TRANSPORT", "endpoints", "json_error"]

PATH = "/api/v1/logs"
TRANSPORT = "http-json"
"""The ``transport`` metric label of this receiver."""


def json_error(status: int, message: str, retry_after: int | None = None, **extra: Any) -> web.Response:
    """The JSON-logs endpoint's error answer: ``{"error": "..."}``."""
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    return web.Response(
        status=status,
        body=orjson.dumps({"error": message, **extra}),
        content_type="application/json",
        headers=headers,
    )


def _render(_request: web.Request, error: IngestError) -> web.Response:
    return json_error(error.status, error.message, error.retry_after)


def endpoints(section: JsonLogsConfig, ctx: ReceiverContext) -> Endpoints:
    """The one route, and JSON error answers under ``/api/``."""
    receiver, metrics, limits, mapping = ctx.receiver, ctx.metrics, ctx.limits, ctx.json_mapping

    async def post(request: web.Request) -> web.Response:
        req = Request("logs", TRANSPORT, request.get(TENANT), request.content_length or 0)
        try:
            with receiver.admit(req):
                body = await read_body(request, limits.max_body_bytes, limits.max_decompressed_bytes)
                metrics.bytes.labels("logs", req.transport).inc(request.get(BODY_SIZE, len(body)))
                receiver.check_kafka()
                req.identify(body)
                received = time.time_ns()
                decoded = await decode(
                    len(body), decode_json_logs, body, mapping, limits.default_service, received, limits.max_records,
                    limits.max_depth, limits.max_record_bytes,
                )
                hold_decoded(len(decoded.records))  # held until Kafka has them
                if decoded.rejected:
                    metrics.rejected.labels("logs", "invalid_record").inc(len(decoded.rejected))
                rejected = [{"line": r.line, "reason": r.reason} for r in decoded.rejected]
                if not decoded.records:
                    receiver.count(req, "invalid")
                    message = "no valid log record in the body" if rejected else "empty body: no log record"
                    return json_error(400, message, accepted=0, rejected=rejected)
                dropped, truncated = limit_attributes(decoded.records, limits.max_attributes, limits.max_value_length)
                receiver.count_limited("logs", dropped, truncated)
                by_service: dict[str, list[dict[str, Any]]] = defaultdict(list)
                for record in decoded.records:
                    by_service[record["service.name"]].append(record)
                await receiver.produce_records(req, by_service, received)
        except IngestError as exc:
            receiver.count(req, exc.outcome)
            return json_error(exc.status, exc.message, exc.retry_after)
        metrics.records.labels("logs", req.transport).inc(len(decoded.records))
        receiver.count(req, "partial" if rejected else "ok")
        return web.Response(
            body=orjson.dumps({"accepted": len(decoded.records), "rejected": rejected}),
            content_type="application/json",
        )

    return Endpoints(
        routes=[Route("POST", PATH, post, "logs", TRANSPORT)],
        errors=[ErrorScope("/api/", _render, "logs", TRANSPORT)],
    )
