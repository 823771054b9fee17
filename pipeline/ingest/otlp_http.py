"""OTLP/HTTP: ``POST /v1/logs``, ``/v1/traces``, ``/v1/metrics``.

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

Answers are encoded as the request was (protobuf or JSON).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from aiohttp import web

from pipeline.config import Config
from pipeline.ingest.body import BODY_SIZE, TENANT, read_body
from pipeline.ingest.errors import IngestError, UnsupportedMediaType
from pipeline.ingest.otlp.codec import Signal, export_response
from pipeline.ingest.receiver import Receiver, Request
from pipeline.ingest.rpcstatus import GRPC_CODES, status_json, status_proto

if TYPE_CHECKING:
    from pipeline.ingest.http import HttpIngest

__all__ = ["OtlpHttp", "status_response"]

_PROTOBUF = ("application/x-protobuf", "application/protobuf")
_JSON = ("application/json",)
_PATHS: dict[str, Signal] = {"/v1/logs": "logs", "/v1/traces": "spans", "/v1/metrics": "metrics"}


def _wants_json(request: web.Request) -> bool:
    return request.content_type in _JSON


def status_response(request: web.Request, error: IngestError) -> web.Response:
    """An error as OTLP/HTTP answers it: a ``google.rpc.Status`` in the request's encoding."""
    code = GRPC_CODES.get(error.grpc_code, 2)
    headers = {"Retry-After": str(error.retry_after)} if error.retry_after is not None else {}
    if _wants_json(request) or request.content_type not in _PROTOBUF:
        body, ctype = status_json(code, error.message, error.retry_after), "application/json"
    else:
        body, ctype = status_proto(code, error.message, error.retry_after), "application/x-protobuf"
    return web.Response(status=error.status, body=body, content_type=ctype, headers=headers)


class OtlpHttp:
    """The three OTLP/HTTP export endpoints on the ingest HTTP listener."""

    def __init__(self, receiver: Receiver, cfg: Config) -> None:
        self.receiver = receiver
        self.cfg = cfg

    def install(self, http: HttpIngest) -> None:
        """Add the routes to the HTTP listener's application."""
        for path, signal in _PATHS.items():
            http.app.router.add_post(path, functools.partial(self.export, signal))
        http.add_error_renderer("/v1/", status_response)

    async def export(self, signal: Signal, request: web.Request) -> web.Response:
        limits = self.cfg.ingest
        req = Request(signal, "otlp-http", request.get(TENANT), request.content_length or 0)
        ctype = request.content_type
        try:
            if ctype not in _PROTOBUF and ctype not in _JSON:
                raise UnsupportedMediaType(
                    f"Content-Type {ctype!r} is not supported: use application/x-protobuf or application/json"
                )
            with self.receiver.admit(req):
                body = await read_body(request, limits.max_body_bytes, limits.max_decompressed_bytes)
                req.size = request.get(BODY_SIZE, len(body))
                split = await self.receiver.export_otlp(req, body, ctype in _JSON)
        except IngestError as exc:
            self.receiver.count(req, exc.outcome)
            return status_response(request, exc)
        as_json = ctype in _JSON
        return web.Response(
            body=export_response(signal, split.rejected, split.message, as_json),
            content_type="application/json" if as_json else "application/x-protobuf",
        )
