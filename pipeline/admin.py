"""The admin HTTP server every long-running process serves (default port 9464).

- ``/metrics``: Prometheus text format from the process's registry.
- ``/health/live`` (and ``/health``): 200 while the event loop answers.
- ``/health/ready``: 200 when every dependency answers, else 503 naming the
  failing dependency and why (``kafka: KafkaConnectionError: ...``).
- ``/health/startup``: 200 once every component has started, else 503.
"""

from __future__ import annotations

import errno
from collections.abc import Sequence

import orjson
from aiohttp import web
from prometheus_client import CollectorRegistry, ProcessCollector
from prometheus_client.aiohttp import make_aiohttp_handler

from pipeline.component import Component
from pipeline.errors import StartupError

__all__ = ["AdminServer", "bind_site"]


async def bind_site(runner: web.AppRunner, host: str, port: int, what: str) -> web.TCPSite:
    """Bind an aiohttp site, turning "address in use" into a one-line StartupError."""
    site = web.TCPSite(runner, host, port, reuse_address=True)
    try:
        await site.start()
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise StartupError(
                f"{what}: port {port} on {host} is already in use; stop what holds it "
                f"or choose another port"
            ) from None
        raise StartupError(f"{what}: cannot listen on {host}:{port}: {exc.strerror}") from None
    return site


class AdminServer(Component):
    """Serves metrics and health for the components given to it."""

    name = "admin"

    def __init__(
        self,
        host: str,
        port: int,
        registry: CollectorRegistry,
        components: Sequence[Component] = (),
    ) -> None:
        super().__init__()
        self.host = host
        self.port = port
        self.registry = registry
        self.components = list(components)
        try:  # process_cpu_seconds_total, process_resident_memory_bytes, ... of this process
            ProcessCollector(registry=registry)
        except ValueError:
            pass  # already registered on this registry (another admin server of the same process)
        self._runner: web.AppRunner | None = None

    def add(self, component: Component) -> None:
        self.components.append(component)

    def failing(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for component in self.components:
            out.update(component.failing())
        return out


    async def _live(self, _: web.Request) -> web.Response:
        return web.json_response({"status": "live"})

    async def _ready(self, _: web.Request) -> web.Response:
        not_started = [c.name for c in self.components if not c.started]
        failing = self.failing()
        if not_started:
            failing.setdefault("startup", "not started: " + ", ".join(not_started))
        if failing:
            body = {"status": "unavailable", "failing": failing}
            return web.Response(status=503, body=orjson.dumps(body), content_type="application/json")
        return web.json_response({"status": "ready"})

    async def _startup(self, _: web.Request) -> web.Response:
        pending = [c.name for c in self.components if not c.started]
        if pending:
            body = {"status": "starting", "pending": pending}
            return web.Response(status=503, body=orjson.dumps(body), content_type="application/json")
        return web.json_response({"status": "started"})

    async def _start(self) -> None:
        app = web.Application()
        # prometheus_client's own handler: OpenMetrics when the scraper asks for it, gzip when it accepts it
        app.router.add_get("/metrics", make_aiohttp_handler(self.registry))
        app.router.add_get("/health", self._live)  # the path many probes and load balancers try first
        app.router.add_get("/health/live", self._live)
        app.router.add_get("/health/ready", self._ready)
        app.router.add_get("/health/startup", self._startup)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        try:
            site = await bind_site(self._runner, self.host, self.port, "admin server")
        except StartupError:
            await self._runner.cleanup()
            raise
        server = site._server
        if self.port == 0 and server is not None and server.sockets:  # type: ignore[attr-defined]
            self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        self.log.info("admin server listening", extra={"url": f"http://{self.host}:{self.port}"})

    async def _stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
