"""The ingestor's HTTP transport (default 127.0.0.1:4318).

Transport only: reading bodies within limits (chunked or not), decompression,
authentication, TLS and the routes.  Each family of endpoints lives in its
own module (``otlp_http``: ``/v1/*``; ``es_http``: the Elasticsearch-compatible
API); the JSON-logs endpoint ``/api/v1/logs`` is here.  Decoding lives in pure
modules (``otlp``, ``jsonlogs``, ``esbulk``).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
from aiohttp import web

from pipeline.config import Config
from pipeline.ingest.auth import Authenticator
from pipeline.ingest.body import BODY_SIZE, TENANT, BodyError, decompress, read_body
from pipeline.ingest.errors import IngestError, InvalidRequest, PayloadTooLarge
from pipeline.ingest.jsonlogs.codec import JsonLogMapping, decode_json_logs, limit_attributes
from pipeline.ingest.metrics import IngestMetrics
from pipeline.ingest.receiver import Receiver, Request
from pipeline.log import get_logger

__all__ = ["BodyError", "HttpIngest", "IngestMetrics", "decompress", "read_body"]

log = get_logger("ingest")
_PATH_LABELS = {
    "/v1/logs": ("logs", "otlp-http"),
    "/v1/traces": ("spans", "otlp-http"),
    "/v1/metrics": ("metrics", "otlp-http"),
    "/api/v1/logs": ("logs", "http-json"),
}
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
ErrorRenderer = Callable[[web.Request, IngestError], web.Response]


def json_error(status: int, message: str, retry_after: int | None = None, **extra: Any) -> web.Response:
    """The JSON-logs endpoint's error answer: ``{"error": "..."}``."""
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    return web.Response(
        status=status,
        body=orjson.dumps({"error": message, **extra}),
        content_type="application/json",
        headers=headers,
    )


class HttpIngest:
    """The aiohttp application serving every ingest endpoint on the HTTP listener."""

    def __init__(
        self,
        cfg: Config,
        receiver: Receiver,
        auth: Authenticator,
        mapping: JsonLogMapping | None = None,
    ) -> None:
        from pipeline.ingest.es_http import EsHttp
        from pipeline.ingest.otlp_http import OtlpHttp

        self.cfg = cfg
        self.receiver = receiver
        self.metrics = receiver.metrics
        self.auth = auth
        self.mapping = mapping or cfg.ingest.json_mapping
        # The body limit is ours (read_body); aiohttp's own would answer 413 without our message.
        self.app = web.Application(client_max_size=cfg.ingest.max_body_bytes + 1, middlewares=[self._authenticate])
        self._renderers: list[tuple[str, ErrorRenderer]] = []
        self.app.router.add_post("/api/v1/logs", self.json_logs)
        self.add_error_renderer("/api/", lambda _r, e: json_error(e.status, e.message, e.retry_after))
        OtlpHttp(receiver, cfg).install(self)
        self.es: EsHttp | None = None
        if cfg.ingest.es_bulk.enabled:
            self.es = EsHttp(receiver, cfg, self.mapping)
            self.es.install(self)

    def add_error_renderer(self, prefix: str, render: ErrorRenderer) -> None:
        """How errors raised before a handler runs (401) are answered for paths under ``prefix``."""
        self._renderers.append((prefix, render))
        self._renderers.sort(key=lambda pr: -len(pr[0]))

    def render_error(self, request: web.Request, error: IngestError) -> web.Response:
        for prefix, render in self._renderers:
            if request.path.startswith(prefix):
                return render(request, error)
        return json_error(error.status, error.message, error.retry_after)

    @web.middleware
    async def _authenticate(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            tenant = self.auth.tenant(request.headers)
            if tenant is not None:
                request[TENANT] = tenant
        except IngestError as exc:
            signal, transport = _PATH_LABELS.get(request.path, ("logs", "es-bulk"))
            self.metrics.requests.labels(signal, transport, exc.outcome).inc()
            response = self.render_error(request, exc)
            response.headers["WWW-Authenticate"] = 'Bearer realm="sightline", ApiKey, Basic realm="sightline"'
            return response
        return await handler(request)

    async def json_logs(self, request: web.Request) -> web.Response:
        """``POST /api/v1/logs``: NDJSON or a JSON array of objects."""
        limits = self.cfg.ingest
        req = Request("logs", "http-json", request.get(TENANT), request.content_length or 0)
        try:
            with self.receiver.admit(req):
                body = await read_body(request, limits.max_body_bytes, limits.max_decompressed_bytes)
                self.metrics.bytes.labels("logs", req.transport).inc(request.get(BODY_SIZE, len(body)))
                self.receiver.check_kafka()
                received = time.time_ns()
                try:
                    decoded = decode_json_logs(
                        body, self.mapping, limits.default_service, received, limits.max_records_per_request
                    )
                except ValueError as exc:
                    raise (PayloadTooLarge if "limit is" in str(exc) else InvalidRequest)(str(exc)) from None
                if decoded.rejected:
                    self.metrics.rejected.labels("logs", "invalid_record").inc(len(decoded.rejected))
                rejected = [{"line": r.line, "reason": r.reason} for r in decoded.rejected]
                if not decoded.records:
                    self.receiver.count(req, "invalid")
                    message = "no valid log record in the body" if rejected else "empty body: no log record"
                    return json_error(400, message, accepted=0, rejected=rejected)
                dropped, truncated = limit_attributes(
                    decoded.records, limits.max_attributes, limits.max_attribute_value_length
                )
                if dropped:
                    self.metrics.limited.labels("logs", "attribute_count").inc(dropped)
                if truncated:
                    self.metrics.limited.labels("logs", "value_length").inc(truncated)
                by_service: dict[str, list[dict[str, Any]]] = defaultdict(list)
                for record in decoded.records:
                    by_service[record["service.name"]].append(record)
                await self.receiver.produce_records(req, by_service, received)
        except IngestError as exc:
            self.receiver.count(req, exc.outcome)
            return json_error(exc.status, exc.message, exc.retry_after)
        self.metrics.records.labels("logs", req.transport).inc(len(decoded.records))
        self.receiver.count(req, "partial" if rejected else "ok")
        return web.Response(
            body=orjson.dumps({"accepted": len(decoded.records), "rejected": rejected}),
            content_type="application/json",
        )
