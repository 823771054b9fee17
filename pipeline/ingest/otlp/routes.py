"""OTLP's endpoints: ``POST /v1/logs``, ``/v1/traces``, ``/v1/metrics`` and the gRPC ``Export`` services.

Status codes as the OTLP specification gives them, so exporters retry only
what is worth retrying:

====  ===========================================================  =========
200   accepted; ``partial_success`` says how many records were      no retry
      refused and why
400   not a valid request (``google.rpc.Status`` says what)          no retry
401   auth on and no valid key                                       no retry
413   body over a limit, or too many records                        no retry
415   Content-Type not protobuf/JSON, or Content-Encoding not gzip  no retry
429   at the in-flight limit; ``Retry-After``                        retry
503   Kafka unreachable or not acknowledging; ``Retry-After``        retry
====  ===========================================================  =========

HTTP answers are encoded as the request was (protobuf or JSON).  Over gRPC
the same codes are ``INVALID_ARGUMENT``, ``UNAUTHENTICATED``,
``RESOURCE_EXHAUSTED`` and ``UNAVAILABLE`` (see :mod:`pipeline.ingest.grpc_server`);
gRPC requests are parsed by the same protobuf codec as OTLP/HTTP.
"""

from __future__ import annotations

import functools
import time

from aiohttp import web

from pipeline.ingest.body import BODY_SIZE, TENANT, decode, read_body
from pipeline.ingest.contract import Endpoints, ErrorScope, GrpcService, ReceiverContext, Route
from pipeline.ingest.errors import IngestError, UnsupportedMediaType
from pipeline.ingest.otlp.codec import Split, export_response, split_json, split_proto
from pipeline.ingest.otlp.config import OtlpConfig
from pipeline.ingest.quote import shown
from pipeline.ingest.receiver import Receiver, Request
from pipeline.ingest.rpcstatus import GRPC_CODES, status_json, status_proto
from schemas.raw import FORMAT_OTLP_JSON, FORMAT_OTLP_PROTO, Signal

__all__ = ["GRPC", "HTTP", "endpoints", "export", "status_response"]

HTTP = "otlp-http"
GRPC = "otlp-grpc"
"""The ``transport`` metric labels of the two halves."""

_PROTOBUF = ("application/x-protobuf", "application/protobuf")
_JSON = ("application/json",)
_PATHS: dict[Signal, str] = {"logs": "/v1/logs", "spans": "/v1/traces", "metrics": "/v1/metrics"}
_SERVICES: dict[Signal, str] = {
    "logs": "opentelemetry.proto.collector.logs.v1.LogsService",
    "spans": "opentelemetry.proto.collector.trace.v1.TraceService",
    "metrics": "opentelemetry.proto.collector.metrics.v1.MetricsService",
}


def status_response(request: web.Request, error: IngestError) -> web.Response:
    """An error as OTLP/HTTP answers it: a ``google.rpc.Status`` in the request's encoding."""
    code = GRPC_CODES.get(error.grpc_code, 2)
    headers = {"Retry-After": str(error.retry_after)} if error.retry_after is not None else {}
    if request.content_type not in _PROTOBUF:
        body, ctype = status_json(code, error.message, error.retry_after), "application/json"
    else:
        body, ctype = status_proto(code, error.message, error.retry_after), "application/x-protobuf"
    return web.Response(status=error.status, body=body, content_type=ctype, headers=headers)


async def export(receiver: Receiver, request: Request, body: bytes, as_json: bool) -> Split:
    """Validate, split and produce one OTLP request (already admitted).

    Returns what was accepted and refused (for ``partial_success``); raises
    :class:`IngestError` when the request is refused as a whole, which the
    caller counts as it answers.
    """
    metrics = receiver.metrics
    metrics.bytes.labels(request.signal, request.transport).inc(request.size or len(body))
    receiver.check_kafka()
    request.identify(body)
    received = time.time_ns()
    split = await decode(len(body), split_json if as_json else split_proto, request.signal, body, receiver.limits)
    for reason, count in split.reasons.items():
        metrics.rejected.labels(request.signal, reason).inc(count)
    receiver.count_limited(request.signal, split.dropped_attributes, split.truncated_values)
    await receiver.produce(request, split.batches, FORMAT_OTLP_JSON if as_json else FORMAT_OTLP_PROTO, received)
    metrics.records.labels(request.signal, request.transport).inc(split.accepted)
    receiver.count(request, "partial" if split.rejected else "ok")
    return split


class _Otlp:
    def __init__(self, ctx: ReceiverContext) -> None:
        self.receiver = ctx.receiver
        self.limits = ctx.limits

    async def http(self, signal: Signal, request: web.Request) -> web.Response:
        req = Request(signal, HTTP, request.get(TENANT), request.content_length or 0)
        ctype = request.content_type
        try:
            if ctype not in _PROTOBUF and ctype not in _JSON:
                raise UnsupportedMediaType(
                    f"Content-Type {shown(ctype)} is not supported: use application/x-protobuf or application/json"
                )
            with self.receiver.admit(req):
                body = await read_body(request, self.limits.max_body_bytes, self.limits.max_decompressed_bytes)
                req.size = request.get(BODY_SIZE, len(body))
                split = await export(self.receiver, req, body, ctype in _JSON)
        except IngestError as exc:
            self.receiver.count(req, exc.outcome)
            return status_response(request, exc)
        as_json = ctype in _JSON
        return web.Response(
            body=export_response(signal, split.rejected, split.message, as_json),
            content_type="application/json" if as_json else "application/x-protobuf",
        )

    async def grpc(self, signal: Signal, body: bytes, tenant: str | None) -> bytes:
        req = Request(signal, GRPC, tenant, len(body))
        with self.receiver.admit(req):
            split = await export(self.receiver, req, body, as_json=False)
        return export_response(signal, split.rejected, split.message, as_json=False)


def endpoints(section: OtlpConfig, ctx: ReceiverContext) -> Endpoints:
    """The three OTLP/HTTP routes on the main listener and the three gRPC Export services."""
    otlp = _Otlp(ctx)
    return Endpoints(
        routes=[Route("POST", path, functools.partial(otlp.http, signal), signal, HTTP) for signal, path in _PATHS.items()],
        errors=[ErrorScope("/v1/", status_response, "logs", HTTP)],
        grpc=[
            GrpcService(name, {"Export": functools.partial(otlp.grpc, signal)}, signal, GRPC)
            for signal, name in _SERVICES.items()
        ],
    )
