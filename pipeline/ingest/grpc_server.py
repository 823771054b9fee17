"""The ingest gRPC server (default 127.0.0.1:4317): hosts receivers' gRPC services, no protocol.

Requests reach the receivers' handlers as bytes (no deserializer is
registered), gzip already undone by gRPC within
``ingest.max_body_bytes`` (gRPC's receive limit; larger messages are refused
with ``RESOURCE_EXHAUSTED``); answers are compressed when the request
was.  The server authenticates every call from its metadata and turns an
:class:`~pipeline.ingest.errors.IngestError` into its status code
(``INVALID_ARGUMENT``, ``UNAUTHENTICATED``, ``RESOURCE_EXHAUSTED``,
``UNAVAILABLE``) with a ``google.rpc.Status`` in the
``grpc-status-details-bin`` trailer and, when the sender should retry, a
``google.rpc.RetryInfo`` there and in ``google.rpc.retryinfo-bin`` (where
the OpenTelemetry exporters read it).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

import grpc
from grpc import aio

from pipeline.errors import StartupError
from pipeline.ingest.auth import Authenticator
from pipeline.ingest.config import GrpcListenerConfig
from pipeline.ingest.contract import GrpcHandler, GrpcService
from pipeline.ingest.errors import IngestError
from pipeline.ingest.metrics import IngestMetrics
from pipeline.ingest.rpcstatus import GRPC_CODES, retry_info, status_proto
from pipeline.ingest.tls import read_tls_files

__all__ = ["GrpcServer"]

_Method = Callable[[bytes, "aio.ServicerContext[bytes, bytes]"], Awaitable[bytes]]


class GrpcServer:
    """The gRPC listener; ``port`` is the bound port once started (useful with port 0)."""

    def __init__(
        self,
        listener: GrpcListenerConfig,
        services: Sequence[GrpcService],
        auth: Authenticator,
        metrics: IngestMetrics,
        max_message_bytes: int,
    ) -> None:
        self.listener = listener
        self.services = list(services)
        self.auth = auth
        self.metrics = metrics
        self.max_message_bytes = max_message_bytes
        self.port = listener.port
        self._server: aio.Server | None = None

    def _method(self, service: GrpcService, handler: GrpcHandler) -> _Method:
        async def call(body: bytes, context: aio.ServicerContext[bytes, bytes]) -> bytes:
            metadata = context.invocation_metadata() or ()
            compressed = any(key == "grpc-encoding" and value not in ("identity", "") for key, value in metadata)
            try:
                tenant = self.auth.tenant({key: str(value) for key, value in metadata}) if self.auth.enabled else None
                answer = await handler(body, tenant)
            except IngestError as exc:
                self.metrics.requests.labels(service.signal, service.transport, exc.outcome).inc()
                await _abort(context, exc)
                raise  # pragma: no cover - abort raises
            if compressed:
                context.set_compression(grpc.Compression.Gzip)
            return answer

        return call

    def _handlers(self) -> list[grpc.GenericRpcHandler]:
        out = []
        for service in self.services:
            methods = {
                # no (de)serializer: bytes in, bytes out
                name: grpc.unary_unary_rpc_method_handler(self._method(service, handler))
                for name, handler in service.methods.items()
            }
            out.append(grpc.method_handlers_generic_handler(service.name, methods))
        return out

    async def start(self) -> None:
        """Bind and serve; raises :class:`StartupError` when the port cannot be bound."""
        server = aio.server(
            options=[
                ("grpc.max_receive_message_length", self.max_message_bytes),
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


async def _abort(context: aio.ServicerContext[bytes, bytes], error: IngestError) -> None:
    code = getattr(grpc.StatusCode, error.grpc_code)
    trailers: list[tuple[str, bytes]] = [
        ("grpc-status-details-bin", status_proto(GRPC_CODES[error.grpc_code], error.message, error.retry_after))
    ]
    if error.retry_after is not None:
        trailers.append(("google.rpc.retryinfo-bin", retry_info(error.retry_after)))
    await context.abort(code, error.message, trailing_metadata=tuple(trailers))
