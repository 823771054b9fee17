"""The ingest HTTP server: listeners and middleware, no protocol.

A :class:`HttpHost` serves the :class:`~pipeline.ingest.contract.Endpoints`
of the receivers on one listener (the main ``ingest.http``, default
127.0.0.1:4318, or a receiver's own): it authenticates every request,
answers refusals made before a handler runs with the error renderer of the
longest matching path prefix, and adds the receivers' response headers.
Protocols live in their receivers (``pipeline/ingest/<receiver>/``).
"""

from __future__ import annotations

import errno
from collections.abc import Sequence

import orjson
from aiohttp import web
from aiohttp.web_urldispatcher import AbstractRoute

from pipeline.errors import StartupError
from pipeline.ingest.auth import Authenticator
from pipeline.ingest.body import TENANT
from pipeline.ingest.contract import Endpoints, ErrorScope, Handler, Listener
from pipeline.ingest.cors import CorsConfig, cors_headers
from pipeline.ingest.errors import IngestError
from pipeline.ingest.metrics import IngestMetrics
from pipeline.ingest.quote import shown
from pipeline.ingest.tls import server_ssl_context

__all__ = ["HttpHost"]

_CHALLENGE = 'Bearer realm="sightline", ApiKey, Basic realm="sightline"'
_UNCLAIMED = ("logs", "unknown")  # labels of a refusal on a path no receiver claims


def _plain_error(_request: web.Request, error: IngestError) -> web.Response:
    headers = {"Retry-After": str(error.retry_after)} if error.retry_after is not None else None
    return web.Response(
        status=error.status, body=orjson.dumps({"error": error.message}), content_type="application/json",
        headers=headers,
    )


class HttpHost:
    """One HTTP listener hosting receivers' routes; ``port`` is the bound port once started.

    Parameters
    ----------
    endpoints
        What the receivers on this listener declared.
    auth, metrics
        Shared with every receiver.
    max_body_bytes
        ``ingest.max_body_bytes``: aiohttp's own limit sits one byte above
        it, so the receivers' :func:`~pipeline.ingest.body.read_body`
        answers with its own message.
    """

    def __init__(
        self,
        endpoints: Sequence[Endpoints],
        auth: Authenticator,
        metrics: IngestMetrics,
        max_body_bytes: int,
        cors: CorsConfig | None = None,
        header_timeout: float = 10.0,
    ) -> None:
        self.auth = auth
        self.header_timeout = header_timeout
        self.metrics = metrics
        self.cors = cors if cors is not None and cors.allowed_origins else None
        middlewares = [self._cors, self._authenticate] if self.cors is not None else [self._authenticate]
        self.app = web.Application(client_max_size=max_body_bytes + 1, middlewares=middlewares)
        self._labels: dict[AbstractRoute, tuple[str, str]] = {}
        scopes: list[ErrorScope] = []
        headers: dict[str, str] = {}
        for declared in endpoints:
            for route in declared.routes:
                methods = ("GET", "HEAD") if route.method == "GET" else (route.method,)  # as aiohttp's add_get
                for method in methods:
                    added = self.app.router.add_route(method, route.path, route.handler)
                    self._labels[added] = (route.signal, route.transport)
            scopes.extend(declared.errors)
            headers.update(declared.headers)
        self._scopes = sorted(scopes, key=lambda scope: -len(scope.prefix))
        if headers:
            async def add_headers(_request: web.Request, response: web.StreamResponse) -> None:
                response.headers.update(headers)

            self.app.on_response_prepare.append(add_headers)
        self._runner: web.AppRunner | None = None
        self.port = 0

    def _scope(self, path: str) -> ErrorScope | None:
        return next((scope for scope in self._scopes if path.startswith(scope.prefix)), None)

    @web.middleware
    async def _cors(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Browsers' preflights answered here, before authentication; allowed origins' answers marked."""
        assert self.cors is not None
        origin = request.headers.get("Origin", "")
        allowed = self.cors.allows(origin)
        if request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
            if not allowed:
                return web.Response(status=403, text=f"origin {shown(origin)} is not in ingest.cors.allowed_origins")
            return web.Response(status=204, headers=cors_headers(self.cors, origin, preflight=True))
        try:
            response = await handler(request)
        except web.HTTPException as exc:  # 404/405 from the router: still readable by the page
            if allowed:
                exc.headers.update(cors_headers(self.cors, origin, preflight=False))
            raise
        if allowed:
            response.headers.update(cors_headers(self.cors, origin, preflight=False))
        return response

    @web.middleware
    async def _authenticate(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            tenant = self.auth.tenant(request.headers, request.query)
            if tenant is not None:
                request[TENANT] = tenant
        except IngestError as exc:
            scope = self._scope(request.path)
            labels = self._labels.get(request.match_info.route)
            if labels is None:
                labels = (scope.signal, scope.transport) if scope is not None else _UNCLAIMED
            self.metrics.requests.labels(*labels, exc.outcome).inc()
            response = (scope.render if scope is not None else _plain_error)(request, exc)
            response.headers["WWW-Authenticate"] = _CHALLENGE
            return response
        return await handler(request)

    async def start(self, listener: Listener) -> None:
        """Bind and serve; a taken port is a :class:`StartupError` naming ``<key>.port``."""
        ssl_context = server_ssl_context(listener.tls, f"{listener.key}.tls")
        # auto_decompress off: read_body decompresses within the limit (a bomb is refused, not expanded)
        # keepalive_timeout: aiohttp closes a connection still waiting for a whole request head this
        # long after it opened or after its last answer (ingest.header_timeout_s): headers dribbled a
        # byte a second, or an idle keep-alive connection, do not hold a socket forever.
        runner = web.AppRunner(
            self.app, access_log=None, handle_signals=False, auto_decompress=False,
            keepalive_timeout=self.header_timeout,
        )
        await runner.setup()
        site = web.TCPSite(runner, listener.host, listener.port, ssl_context=ssl_context, reuse_address=True)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            where = f"ingest HTTP listener ({listener.key})"
            if exc.errno == errno.EADDRINUSE:
                raise StartupError(
                    f"{where}: port {listener.port} on {listener.host} is already in use; "
                    f"stop what holds it or choose another port ({listener.key}.port)"
                ) from None
            raise StartupError(f"{where}: cannot listen on {listener.host}:{listener.port}: {exc.strerror}") from None
        self._runner = runner
        self.port = listener.port
        server = site._server
        if server is not None and server.sockets:  # type: ignore[attr-defined]
            self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]

    async def stop(self) -> None:
        """Stop accepting, let in-flight requests finish; safe to call twice or before ``start``."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.shutdown()
            await runner.cleanup()
