"""Browsers posting across origins: preflights answered before auth, allowed origins only, off by default."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp import web
from prometheus_client import CollectorRegistry

from pipeline.ingest.auth import Authenticator
from pipeline.ingest.contract import Endpoints, Listener, Route
from pipeline.ingest.cors import CorsConfig
from pipeline.ingest.http import HttpHost
from pipeline.ingest.listeners import TlsConfig
from pipeline.ingest.metrics import IngestMetrics

ALLOWED = "https://shop.example.com"


async def _accept(_request: web.Request) -> web.Response:
    return web.json_response({"id": "x"})


async def _serve(cors: CorsConfig | None) -> tuple[HttpHost, str]:
    endpoints = [Endpoints(routes=[Route("POST", "/api/1/envelope/", _accept, "logs", "sentry")])]
    host = HttpHost(endpoints, Authenticator({"web": "browser-dsn-key"}), IngestMetrics(CollectorRegistry()), 4096, cors)
    await host.start(Listener("127.0.0.1", 0, TlsConfig(), "ingest.http"))
    return host, f"http://127.0.0.1:{host.port}/api/1/envelope/"


@pytest.fixture
async def served() -> AsyncIterator[str]:
    host, url = await _serve(CorsConfig(allowed_origins=[ALLOWED]))
    yield url
    await host.stop()


async def test_preflight_of_an_allowed_origin_needs_no_credentials(served: str) -> None:
    preflight = {"Origin": ALLOWED, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    async with aiohttp.ClientSession() as http, http.options(served, headers=preflight) as resp:
        assert resp.status == 204
        assert resp.headers["Access-Control-Allow-Origin"] == ALLOWED
        assert "POST" in resp.headers["Access-Control-Allow-Methods"]
        assert "content-type" in resp.headers["Access-Control-Allow-Headers"]


async def test_the_post_itself_is_authenticated_and_marked_readable(served: str) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.post(served + "?sentry_key=browser-dsn-key", data=b"{}", headers={"Origin": ALLOWED}) as resp:
            assert resp.status == 200
            assert resp.headers["Access-Control-Allow-Origin"] == ALLOWED
            assert "retry-after" in resp.headers["Access-Control-Expose-Headers"]
        async with http.post(served, data=b"{}", headers={"Origin": ALLOWED}) as resp:
            assert resp.status == 401  # CORS opens the door to the page, not to anonymous writes


async def test_other_origins_get_no_cors_headers(served: str) -> None:
    preflight = {"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    async with aiohttp.ClientSession() as http:
        async with http.options(served, headers=preflight) as resp:
            assert resp.status == 403 and "Access-Control-Allow-Origin" not in resp.headers
        async with http.post(served + "?sentry_key=browser-dsn-key", data=b"{}", headers={"Origin": "https://evil.example"}) as resp:
            assert "Access-Control-Allow-Origin" not in resp.headers


async def test_off_by_default() -> None:
    host, url = await _serve(CorsConfig())
    try:
        preflight = {"Origin": ALLOWED, "Access-Control-Request-Method": "POST"}
        async with aiohttp.ClientSession() as http, http.options(url, headers=preflight) as resp:
            assert "Access-Control-Allow-Origin" not in resp.headers
            assert resp.status in (401, 405)
    finally:
        await host.stop()
