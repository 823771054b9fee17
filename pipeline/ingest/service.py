"""The ingestor: HTTP listener(s) in front of the raw-topic producer."""

from __future__ import annotations

from aiohttp import web
from prometheus_client import CollectorRegistry

from pipeline.admin import bind_site
from pipeline.component import Component, Probe
from pipeline.config import Config
from pipeline.errors import StartupError
from pipeline.ingest.http import HttpIngest, IngestMetrics
from pipeline.ingest.producer import RawProducer

__all__ = ["Ingestor"]


class Ingestor(Component):
    """Accepts telemetry over HTTP and produces it to the raw topics.

    ``start`` binds the listeners (a taken port is a :class:`StartupError`) and
    connects to Kafka in the background; until Kafka answers, requests get 503
    with ``Retry-After`` and ``/health/ready`` names ``kafka``.
    """

    name = "ingest"

    def __init__(self, cfg: Config, registry: CollectorRegistry) -> None:
        super().__init__()
        self.cfg = cfg
        self.producer = RawProducer(cfg.kafka, registry)
        self.metrics = IngestMetrics(registry)
        self.http = HttpIngest(cfg, self.producer, self.metrics)
        self.probe = Probe("kafka", self.producer.check)
        self._runner: web.AppRunner | None = None
        self.http_port = cfg.ingest.http.port

    def failing(self) -> dict[str, str]:
        return self.probe.failing()

    async def _start(self) -> None:
        listener = self.cfg.ingest.http
        self._runner = web.AppRunner(self.http.app, access_log=None)
        await self._runner.setup()
        try:
            site = await bind_site(self._runner, listener.host, listener.port, "ingest HTTP listener")
        except StartupError:
            await self._runner.cleanup()
            self._runner = None
            raise
        server = site._server
        if server is not None and server.sockets:  # type: ignore[attr-defined]
            self.http_port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        await self.producer.start()
        await self.probe.start()
        self.log.info("ingest listening", extra={"http": f"http://{listener.host}:{self.http_port}"})

    async def _stop(self) -> None:
        await self.probe.stop()
        if self._runner is not None:
            await self._runner.shutdown()  # stop accepting, let in-flight requests finish
            await self._runner.cleanup()
            self._runner = None
        await self.producer.stop()
