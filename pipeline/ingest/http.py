"""The ingestor's HTTP transport (default 127.0.0.1:4318).

Transport only: reading bodies within limits, decompression, the in-flight
limit and status codes.  Decoding lives in pure modules (``jsonlogs``).
"""

from __future__ import annotations

import time
import zlib
from collections import defaultdict
from typing import Any

import orjson
from aiohttp import web
from prometheus_client import CollectorRegistry, Counter

from pipeline.config import Config
from pipeline.errors import RetryableError
from pipeline.ingest.jsonlogs import JsonLogMapping, decode_json_logs
from pipeline.ingest.producer import RawProducer
from pipeline.log import get_logger
from schemas.raw import FORMAT_RECORDS_JSON, RawEnvelope

__all__ = ["BodyError", "HttpIngest", "IngestMetrics", "read_body"]

log = get_logger("ingest")


class BodyError(Exception):
    """A request body that cannot be accepted, with the HTTP status to answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def decompress(body: bytes, encoding: str, limit: int) -> bytes:
    """Undo ``Content-Encoding`` without ever holding more than ``limit`` bytes.

    A gzip bomb is refused with 413 after ``limit`` bytes, not expanded.

    >>> import gzip
    >>> decompress(gzip.compress(b"x" * 100), "gzip", 1000)
    b'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
    >>> decompress(gzip.compress(b"x" * 100), "gzip", 10)
    Traceback (most recent call last):
    ...
    pipeline.ingest.http.BodyError: body expands beyond the 10-byte limit after gzip decompression
    """
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return body
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise BodyError(415, f"Content-Encoding {encoding!r} is not supported (use gzip or none)")
    wbits = 16 + zlib.MAX_WBITS if encoding != "deflate" else zlib.MAX_WBITS
    inflater = zlib.decompressobj(wbits)
    try:
        out = inflater.decompress(body, limit + 1)
    except zlib.error as exc:
        raise BodyError(400, f"body is not valid {encoding}: {exc}") from None
    if len(out) > limit or inflater.unconsumed_tail:
        raise BodyError(413, f"body expands beyond the {limit}-byte limit after {encoding} decompression")
    return out


async def read_body(request: web.Request, max_bytes: int, max_decompressed: int) -> bytes:
    """Read the whole body (chunked or not) within the limits, decompressed."""
    if request.content_length is not None and request.content_length > max_bytes:
        raise BodyError(413, f"body of {request.content_length} bytes exceeds the {max_bytes}-byte limit")
    chunks = []
    size = 0
    async for chunk in request.content.iter_chunked(65536):
        size += len(chunk)
        if size > max_bytes:
            raise BodyError(413, f"body exceeds the {max_bytes}-byte limit")
        chunks.append(chunk)
    body = b"".join(chunks)
    return decompress(body, request.headers.get("Content-Encoding", ""), max_decompressed)


class IngestMetrics:
    """Counters every ingest transport shares."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.requests = Counter(
            "sightline_ingest_requests",
            "Requests received, by signal, transport and outcome.",
            ["signal", "transport", "outcome"],
            registry=registry,
        )
        self.records = Counter(
            "sightline_ingest_records",
            "Records accepted into Kafka, by signal and transport.",
            ["signal", "transport"],
            registry=registry,
        )
        self.bytes = Counter(
            "sightline_ingest_bytes",
            "Request body bytes received (as sent), by signal and transport.",
            ["signal", "transport"],
            registry=registry,
        )
        self.rejected = Counter(
            "sightline_ingest_rejected_records",
            "Records refused, by signal and reason.",
            ["signal", "reason"],
            registry=registry,
        )


def _error(status: int, message: str, retry_after: int | None = None) -> web.Response:
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    return web.Response(
        status=status,
        body=orjson.dumps({"error": message}),
        content_type="application/json",
        headers=headers,
    )


class HttpIngest:
    """The aiohttp application serving the ingest endpoints."""

    def __init__(
        self, cfg: Config, producer: RawProducer, metrics: IngestMetrics, mapping: JsonLogMapping | None = None
    ) -> None:
        self.cfg = cfg
        self.producer = producer
        self.metrics = metrics
        self.mapping = mapping or JsonLogMapping()
        self.in_flight = 0
        self.app = web.Application(client_max_size=cfg.ingest.max_body_bytes + 1)
        self.app.router.add_post("/api/v1/logs", self.json_logs)

    def _admit(self) -> bool:
        if self.in_flight >= self.cfg.ingest.max_in_flight:
            return False
        self.in_flight += 1
        return True

    async def json_logs(self, request: web.Request) -> web.Response:
        """``POST /api/v1/logs``: NDJSON or a JSON array of objects."""
        signal, transport = "logs", "http-json"
        limits = self.cfg.ingest
        if not self._admit():
            self.metrics.requests.labels(signal, transport, "throttled").inc()
            return _error(429, f"ingestor at its in-flight limit ({limits.max_in_flight} requests)", limits.retry_after_s)
        try:
            try:
                body = await read_body(request, limits.max_body_bytes, limits.max_decompressed_bytes)
            except BodyError as exc:
                self.metrics.requests.labels(signal, transport, f"http_{exc.status}").inc()
                return _error(exc.status, str(exc))
            self.metrics.bytes.labels(signal, transport).inc(request.content_length or len(body))
            received = time.time_ns()
            try:
                decoded = decode_json_logs(
                    body, self.mapping, limits.default_service, received, limits.max_records_per_request
                )
            except ValueError as exc:
                self.metrics.requests.labels(signal, transport, "invalid").inc()
                return _error(400, str(exc))
            if decoded.rejected:
                self.metrics.rejected.labels(signal, "invalid").inc(len(decoded.rejected))
            rejected = [{"line": r.line, "reason": r.reason} for r in decoded.rejected]
            if not decoded.records:
                self.metrics.requests.labels(signal, transport, "invalid").inc()
                message = "no valid log record in the body" if rejected else "empty body: no log record"
                return web.Response(
                    status=400,
                    body=orjson.dumps({"error": message, "accepted": 0, "rejected": rejected}),
                    content_type="application/json",
                )
            by_service: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for record in decoded.records:
                by_service[record["service.name"]].append(record)
            try:
                await self.producer.send_records(
                    self.cfg.kafka.topics.logs_raw, by_service, RawEnvelope(FORMAT_RECORDS_JSON, received)
                )
            except RetryableError as exc:
                self.metrics.requests.labels(signal, transport, "unavailable").inc()
                return _error(503, str(exc), limits.retry_after_s)
            self.metrics.records.labels(signal, transport).inc(len(decoded.records))
            self.metrics.requests.labels(signal, transport, "ok").inc()
            return web.Response(
                body=orjson.dumps({"accepted": len(decoded.records), "rejected": rejected}),
                content_type="application/json",
            )
        finally:
            self.in_flight -= 1
