"""OTLP/gRPC (default 127.0.0.1:4317): the logs, trace and metrics ``Export`` services.

Requests reach the handlers as bytes (no deserializer is registered), so the
same codec as OTLP/HTTP protobuf parses them once.  gzip-compressed requests
are decompressed by gRPC itself, within ``ingest.max_decompressed_bytes``;
answers are compressed when the request was.

Status codes: ``INVALID_ARGUMENT`` (not retryable), ``UNAUTHENTICATED``,
``RESOURCE_EXHAUSTED`` at the in-flight limit and ``UNAVAILABLE`` while Kafka
is unreachable, both with a ``google.rpc.RetryInfo`` (in the
``grpc-status-details-bin`` trailer as a ``google.rpc.Status`` detail, and in
``google.rpc.retryinfo-bin``, where the OTel exporters read it).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable

import grpc
from grpc import aio

from pipeline.config import Config
from pipeline.errors import StartupError
from pipeline.ingest.auth import Authenticator
from pipeline.ingest.config import GrpcListenerConfig
from pipeline.ingest.errors import IngestError
from pipeline.ingest.otlp.codec import Signal, export_response
from pipeline.ingest.receiver import Receiver, Request
from pipeline.ingest.rpcstatus import GRPC_CODES, retry_info, status_proto
from pipeline.ingest.tls import read_tls_files

__all__ = ["OtlpGrpc"]

_SERVICES: dict[Signal, str] = {
    "logs": "opentelemetry.proto.collector.logs.v1.LogsService",
    "spans": "opentelemetry.proto.collector.trace.v1.TraceService",
    "metrics": "opentelemetry.proto.collector.metrics.v1.MetricsService",
}


class OtlpGrpc:
    """The gRPC server; ``port`` is the bound port once started (useful with port 0)."""

    def __init__(self, cfg: Config, receiver: Receiver, auth: Authenticator) -> None:
        self.cfg = cfg
        self.listener: GrpcListenerConfig = cfg.ingest.grpc
        self.receiver = receiver
        self.auth = auth
        self.port = self.listener.port
        self._server: aio.Server | None = None

    def _handlers(self) -> list[grpc.GenericRpcHandler]:
        out = []
        for signal, service in _SERVICES.items():
            method: Callable[[bytes, aio.ServicerContext[bytes, bytes]], Awaitable[bytes]] = functools.partial(
                self.export, signal
            )
            handler = grpc.unary_unary_rpc_method_handler(method)  # no (de)serializer: bytes in, bytes out
            out.append(grpc.method_handlers_generic_handler(service, {"Export": handler}))
        return out

    async def start(self) -> None:
        """Bind and serve; raises :class:`StartupError` when the port cannot be bound."""
        limit = self.cfg.ingest.max_decompressed_bytes
        server = aio.server(
            options=[
                ("grpc.max_receive_message_length", limit),
                ("grpc.max_send_message_length", 4 * 1024 * 1024),
                ("grpc.so_reuseport", 0),
            ]
        )
        server.add_generic_rpc_handlers(self._handlers())
        address = f"{self.listener.host}:{self.listener.port}"
        tls = self.listener.tls
        try:
            if tls.enabled:
                cert, key, ca = read_tls_files(tls, "ingest.grpc.tls")
                credentials = grpc.ssl_server_credentials([(key, cert)], root_certificates=ca, require_client_auth=ca is not None)
                port = server.add_secure_port(address, credentials)
            else:
                port = server.add_insecure_port(address)
        except RuntimeError as exc:
            raise StartupError(f"ingest gRPC listener: cannot listen on {address}: {exc}") from None
        if not port:
            raise StartupError(
                f"ingest gRPC listener: port {self.listener.port} on {self.listener.host} is already in use; "
                "stop what holds it or choose another port (ingest.grpc.port)"
            )
        self.port = port
        await server.start()
        self._server = server

    async def stop(self, grace: float = 5.0) -> None:
        """Stop accepting, let running calls finish within ``grace`` seconds; safe to call twice."""
        server, self._server = self._server, None
        if server is not None:
            await server.stop(grace)

    async def export(self, signal: Signal, body: bytes, context: aio.ServicerContext[bytes, bytes]) -> bytes:
        req = Request(signal, "otlp-grpc", None, len(body))
        compressed = any(
            key == "grpc-encoding" and value not in ("identity", "")
            for key, value in (context.invocation_metadata() or ())
        )
        try:
            if self.auth.enabled:
                metadata = {key: str(value) for key, value in (context.invocation_metadata() or ())}
                req.tenant = self.auth.tenant(metadata)
            with self.receiver.admit(req):
                split = await self.receiver.export_otlp(req, body, as_json=False)
        except IngestError as exc:
            self.receiver.count(req, exc.outcome)
            await self._abort(context, exc)
            raise  # pragma: no cover - abort raises
        if compressed:
            context.set_compression(grpc.Compression.Gzip)
        return export_response(signal, split.rejected, split.message, as_json=False)

    @staticmethod
    async def _abort(context: aio.ServicerContext[bytes, bytes], error: IngestError) -> None:
        code = getattr(grpc.StatusCode, error.grpc_code)
        trailers: list[tuple[str, bytes]] = [
            ("grpc-status-details-bin", status_proto(GRPC_CODES[error.grpc_code], error.message, error.retry_after))
        ]
        if error.retry_after is not None:
            trailers.append(("google.rpc.retryinfo-bin", retry_info(error.retry_after)))
        await context.abort(code, error.message, trailing_metadata=tuple(trailers))
