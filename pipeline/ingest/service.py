"""The ingestor: HTTP and gRPC listeners in front of the raw-topic producer."""

from __future__ import annotations

import errno

from aiohttp import web
from prometheus_client import CollectorRegistry

from pipeline.component import Component, Probe
from pipeline.config import Config
from pipeline.errors import StartupError
from pipeline.ingest.auth import Authenticator, load_keys
from pipeline.ingest.http import HttpIngest
from pipeline.ingest.metrics import IngestMetrics
from pipeline.ingest.otlp_grpc import OtlpGrpc
from pipeline.ingest.producer import RawProducer
from pipeline.ingest.receiver import Receiver
from pipeline.ingest.tls import server_ssl_context

__all__ = ["Ingestor"]


class Ingestor(Component):
    """Accepts telemetry over HTTP and gRPC and produces it to the raw topics.

    ``start`` binds the listeners (a taken port is a :class:`StartupError`) and
    connects to Kafka in the background; until Kafka answers, requests get 503
    (gRPC ``UNAVAILABLE``) with a retry delay and ``/health/ready`` names
    ``kafka``.  ``http_port`` and ``grpc_port`` are the bound ports once
    started (useful with port 0).
    """

    name = "ingest"

    def __init__(self, cfg: Config, registry: CollectorRegistry) -> None:
        super().__init__()
        self.cfg = cfg
        self.probe = Probe("kafka", self._check_kafka)
        self.producer = RawProducer(cfg.kafka, registry, on_connect=self.probe.check_now)
        self.auth = Authenticator(load_keys(cfg.ingest.auth))
        self.metrics = IngestMetrics(registry, in_flight=lambda: self.receiver.in_flight)
        self.receiver = Receiver(cfg, self.producer, self.metrics, self._kafka_failing)
        self.http = HttpIngest(cfg, self.receiver, self.auth)
        self.grpc = OtlpGrpc(cfg, self.receiver, self.auth) if cfg.ingest.grpc.enabled else None
        self._runner: web.AppRunner | None = None
        self.http_port = cfg.ingest.http.port
        self.grpc_port = cfg.ingest.grpc.port

    async def _check_kafka(self) -> None:
        await self.producer.check()

    def _kafka_failing(self) -> str | None:
        return None if self.probe.error == "not checked yet" else self.probe.error

    def failing(self) -> dict[str, str]:
        return self.probe.failing()

    async def _bind_http(self) -> None:
        listener = self.cfg.ingest.http
        ssl_context = server_ssl_context(listener.tls, "ingest.http.tls")
        # auto_decompress off: read_body decompresses within the limit (a bomb is refused, not expanded)
        self._runner = web.AppRunner(self.http.app, access_log=None, handle_signals=False, auto_decompress=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, listener.host, listener.port, ssl_context=ssl_context, reuse_address=True)
        try:
            await site.start()
        except OSError as exc:
            await self._runner.cleanup()
            self._runner = None
            if exc.errno == errno.EADDRINUSE:
                raise StartupError(
                    f"ingest HTTP listener: port {listener.port} on {listener.host} is already in use; "
                    "stop what holds it or choose another port (ingest.http.port)"
                ) from None
            raise StartupError(f"ingest HTTP listener: cannot listen on {listener.host}:{listener.port}: {exc.strerror}") from None
        server = site._server
        if server is not None and server.sockets:  # type: ignore[attr-defined]
            self.http_port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]

    async def _start(self) -> None:
        await self._bind_http()
        if self.grpc is not None:
            try:
                await self.grpc.start()
            except StartupError:
                await self._stop_http()
                raise
            self.grpc_port = self.grpc.port
        await self.producer.start()
        await self.probe.start()
        scheme = "https" if self.cfg.ingest.http.tls.enabled else "http"
        extra = {"http": f"{scheme}://{self.cfg.ingest.http.host}:{self.http_port}"}
        if self.grpc is not None:
            extra["grpc"] = f"{self.cfg.ingest.grpc.host}:{self.grpc_port}"
        self.log.info("ingest listening", extra={**extra, "auth": "on" if self.auth.enabled else "off"})

    async def _stop_http(self) -> None:
        if self._runner is not None:
            await self._runner.shutdown()  # stop accepting, let in-flight requests finish
            await self._runner.cleanup()
            self._runner = None

    async def _stop(self) -> None:
        await self.probe.stop()
        if self.grpc is not None:
            await self.grpc.stop()
        await self._stop_http()
        await self.producer.stop()
