"""The HTTP server hosts what receivers declare (routes, error scopes, headers, listeners) and nothing else."""

from __future__ import annotations

import aiohttp
import pytest
from aiohttp import web
from prometheus_client import CollectorRegistry

from pipeline.errors import StartupError
from pipeline.ingest.auth import Authenticator
from pipeline.ingest.body import TENANT
from pipeline.ingest.contract import Endpoints, ErrorScope, Listener, ListenerSection, Route
from pipeline.ingest.errors import IngestError
from pipeline.ingest.http import HttpHost
from pipeline.ingest.listeners import TlsConfig
from pipeline.ingest.metrics import IngestMetrics


def _text(prefix: str):
    def render(_request: web.Request, error: IngestError) -> web.Response:
        return web.Response(status=error.status, text=f"{prefix}:{error.message}")

    return render


async def _hello(request: web.Request) -> web.Response:
    return web.Response(text=f"hello {request.get(TENANT)}")


def _requests(registry: CollectorRegistry, signal: str, transport: str, outcome: str) -> float:
    value = registry.get_sample_value(
        "sightline_ingest_requests_total", {"signal": signal, "transport": transport, "outcome": outcome}
    )
    return value or 0.0


def _endpoints() -> list[Endpoints]:
    return [
        Endpoints(
            routes=[Route("POST", "/a/in", _hello, "spans", "proto-a"), Route("GET", "/a/probe", _hello, "spans", "proto-a")],
            errors=[ErrorScope("/a/", _text("A"), "spans", "proto-a")],
            headers={"X-Proto": "a"},
        ),
        Endpoints(
            routes=[Route("POST", "/b/in", _hello, "metrics", "proto-b")],
            errors=[ErrorScope("/", _text("B"), "metrics", "proto-b")],
        ),
    ]


@pytest.fixture
async def host() -> tuple[HttpHost, CollectorRegistry, str]:
    registry = CollectorRegistry()
    server = HttpHost(_endpoints(), Authenticator({"team": "a-long-enough-key"}), IngestMetrics(registry), 1024)
    await server.start(Listener("127.0.0.1", 0, TlsConfig(), "ingest.test"))
    yield server, registry, f"http://127.0.0.1:{server.port}"
    await server.stop()
    await server.stop()  # twice is fine


async def test_routes_auth_and_headers(host: tuple[HttpHost, CollectorRegistry, str]) -> None:
    _server, registry, url = host
    key = {"Authorization": "Bearer a-long-enough-key"}
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{url}/a/in", headers=key) as resp:
            assert (resp.status, await resp.text()) == (200, "hello team")
            assert resp.headers["X-Proto"] == "a"  # declared headers go on every answer of the listener
        async with http.head(f"{url}/a/probe", headers=key) as resp:
            assert resp.status == 200  # GET routes answer HEAD
        # refused before the handler: the longest matching scope renders, the route's labels count
        async with http.post(f"{url}/a/in") as resp:
            assert resp.status == 401 and (await resp.text()).startswith("A:")
            assert "Bearer" in resp.headers["WWW-Authenticate"]
        async with http.post(f"{url}/b/in") as resp:
            assert resp.status == 401 and (await resp.text()).startswith("B:")
        # no route matched: the scope's labels count
        async with http.post(f"{url}/a/nothing-here") as resp:
            assert resp.status == 401 and (await resp.text()).startswith("A:")
    assert _requests(registry, "spans", "proto-a", "unauthenticated") == 2
    assert _requests(registry, "metrics", "proto-b", "unauthenticated") == 1


async def test_a_taken_port_names_the_listener_key(host: tuple[HttpHost, CollectorRegistry, str]) -> None:
    server, _registry, _url = host
    other = HttpHost([], Authenticator({}), IngestMetrics(CollectorRegistry()), 1024)
    with pytest.raises(StartupError, match=r"already in use.*\(ingest\.test\.port\)"):
        await other.start(Listener("127.0.0.1", server.port, TlsConfig(), "ingest.test"))
    await other.stop()


def test_listener_section_gives_its_listener() -> None:
    class Zap(ListenerSection):
        port: int = 9411

    section = Zap.model_validate({"host": "0.0.0.0"})
    assert section.listener("ingest.zap") == Listener("0.0.0.0", 9411, section.tls, "ingest.zap")
    with pytest.raises(ValueError, match="port"):
        Zap.model_validate({"port": 70000})
