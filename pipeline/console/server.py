"""The console's HTTP server: pages, static assets, login, errors as pages, security headers."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from aiohttp import web
from prometheus_client import CollectorRegistry

from pipeline.admin import bind_site
from pipeline.component import Component
from pipeline.config import Config
from pipeline.console.html import error_box, layout
from pipeline.console.live import AlertFeed
from pipeline.console.metrics import LiveStats
from pipeline.console.pages import Pages
from pipeline.console.params import BadParam
from pipeline.console.store import Store, StoreError
from pipeline.errors import StartupError
from pipeline.ingest.auth import Authenticator, load_keys
from pipeline.ingest.errors import Unauthenticated

__all__ = ["STATIC_DIR", "Console", "build_app"]

STATIC_DIR = Path(__file__).resolve().parent / "static"

_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def build_app(pages: Pages, auth: Authenticator | None) -> web.Application:
    """The aiohttp application: every route behind ``auth`` (when it has keys), errors rendered as pages."""

    @web.middleware
    async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
        if auth is not None and auth.enabled:
            try:
                auth.tenant(request.headers)
            except Unauthenticated as exc:
                page = _error_page(pages, 401, "Unauthorized", f"{exc}. Sign in with any user name and an API key of the ingestor as password.")
                page.headers["WWW-Authenticate"] = 'Basic realm="Sightline console", charset="UTF-8"'
                return _secure(page)
        try:
            response = await handler(request)
        except BadParam as exc:
            response = _error_page(pages, 400, "Bad Request", str(exc))
        except StoreError as exc:
            response = _error_page(pages, exc.status, "Search store unavailable" if exc.status == 503 else "Bad Gateway", str(exc))
            response.headers["Retry-After"] = "5"
        except web.HTTPRedirection:
            raise
        except web.HTTPException as exc:
            if exc.status < 400:
                raise
            text = exc.text if exc.text and not exc.text.startswith(f"{exc.status}:") else exc.reason
            response = _error_page(pages, exc.status, exc.reason, text or exc.reason)
        except Exception:
            pages_log = pages.feed.log
            pages_log.exception("console page failed", extra={"path": request.path})
            response = _error_page(pages, 500, "Internal Server Error", "The page failed; the console's log has the details.")
        return _secure(response)

    app = web.Application(middlewares=[guard])
    app.add_routes(pages.routes())
    app.router.add_static("/static", STATIC_DIR, append_version=False)
    return app


def _secure(response: web.StreamResponse) -> web.StreamResponse:
    if not response.prepared:
        response.headers.setdefault("Content-Security-Policy", _CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
    return response


def _error_page(pages: Pages, status: int, reason: str, message: str) -> web.Response:
    text = layout(f"{status} {reason}", error_box(status, reason, message), "", store=pages.store.where, live=pages.feed.status)
    return web.Response(status=status, text=text, content_type="text/html")


class Console(Component):
    """``sightline console``, and the console of ``sightline up``.

    Parameters
    ----------
    cfg
        The whole config: ``console``, ``elasticsearch``, ``kafka`` (the alert
        topic), ``ingest.auth`` (its keys guard the console) and ``detectors``.
    registry
        Under ``sightline up``: the registry of the processor in this process,
        read for live statistics without HTTP.
    """

    name = "console"

    def __init__(self, cfg: Config, registry: CollectorRegistry | None = None, clock: Callable[[], float] = time.time) -> None:
        super().__init__()
        self.cfg = cfg
        self.port = cfg.console.port
        self.feed = AlertFeed(cfg.kafka, cfg.console.live_queue, cfg.console.max_live_clients)
        self.stats = LiveStats(cfg.console.metrics_urls, cfg.console.metrics_timeout_s, registry)
        self.store: Store | None = None
        self.clock = clock
        self._runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        return f"http://{self.cfg.console.host}:{self.port}"

    async def _start(self) -> None:
        c = self.cfg.console
        auth = Authenticator(load_keys(self.cfg.ingest.auth)) if c.auth == "ingest" else None
        self.store = Store(self.cfg.elasticsearch, c.store_timeout_s)
        pages = Pages(self.cfg, self.store, self.feed, self.stats, self.clock)
        self._runner = web.AppRunner(build_app(pages, auth), access_log=None, shutdown_timeout=2.0)
        await self._runner.setup()
        try:
            site = await bind_site(self._runner, c.host, c.port, "console")
        except StartupError:
            await self._runner.cleanup()
            await self.store.close()
            raise
        server = site._server
        if c.port == 0 and server is not None and server.sockets:  # type: ignore[attr-defined]
            self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        await self.feed.start()
        self.log.info("console listening", extra={"url": self.url, "auth": bool(auth and auth.enabled)})

    async def _stop(self) -> None:
        await self.feed.stop()  # ends the live streams, so the server stops without waiting on them
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        if self.store is not None:
            await self.store.close()
        await self.stats.close()
