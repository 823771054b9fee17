"""The console without a browser: the ingestor's keys guard it, bad input is a page naming the parameter."""

from __future__ import annotations

import socket

import aiohttp
import pytest

from pipeline.console import Console
from pipeline.embedded import free_port

pytestmark = pytest.mark.integration


async def test_console_asks_for_an_ingest_key_when_auth_is_on(make_config) -> None:
    cfg = make_config(**{"console.port": 0, "ingest.auth.keys": {"team-a": "s3cret-key-a"}})
    async with Console(cfg) as console, aiohttp.ClientSession() as http:
        async with http.get(console.url + "/services") as resp:
            assert resp.status == 401
            assert resp.headers["WWW-Authenticate"].startswith("Basic ")
            assert "missing credentials" in await resp.text()
        async with http.get(console.url + "/static/console.js") as resp:
            assert resp.status == 401  # nothing is served without a key
        wrong = aiohttp.BasicAuth("me", "not-the-key")
        async with http.get(console.url + "/services", auth=wrong) as resp:
            assert resp.status == 401
        right = aiohttp.BasicAuth("anyone", "s3cret-key-a")
        async with http.get(console.url + "/services", auth=right) as resp:
            assert resp.status == 200, await resp.text()
            page = await resp.text()
            assert "No service has sent spans or logs" in page
            assert "default-src 'self'" in resp.headers["Content-Security-Policy"]
        async with http.get(console.url + "/alerts", headers={"Authorization": "Bearer s3cret-key-a"}) as resp:
            assert resp.status == 200
        async with http.get(console.url + "/live", auth=right) as resp:
            assert resp.status == 200 and resp.headers["Content-Type"].startswith("text/event-stream")
            first = await resp.content.readuntil(b"\n\n")
            assert first.startswith(b"retry:")
            status = await resp.content.readuntil(b"\n\n")
            assert status.startswith(b"event: status\n")


async def test_console_without_auth_and_bad_parameters(make_config) -> None:
    dead = f"http://127.0.0.1:{free_port()}/metrics"
    cfg = make_config(**{"console.port": 0, "console.auth": "off", "ingest.auth.keys": {"team-a": "s3cret-key-a"},
                         "console.max_results": 50, "console.metrics_urls": [dead]})
    async with Console(cfg) as console, aiohttp.ClientSession() as http:
        for path, status, text in [
            ("/", 200, "Services"),  # redirected
            ("/logs?limit=51", 400, "limit: 51 is out of range: between 1 and 50"),
            ("/logs?level=loud", 400, "level: &#x27;loud&#x27; is not one of"),
            ("/logs?from=yesterday", 400, "from: &#x27;yesterday&#x27; is not a time"),
            ("/alerts?status=open", 400, "status: &#x27;open&#x27; is not one of firing, resolved, all"),
            ("/records", 400, "id: missing"),
            ("/records?id=a%20b", 400, "is not a record id"),
            ("/errors", 200, "No new error type"),
            ("/services", 200, f"Some processors could not be read: {dead}"),  # and the page still answers
            ("/traces", 200, "No trace matches"),
            ("/nowhere", 404, "Not Found"),
        ]:
            async with http.get(console.url + path) as resp:
                body = await resp.text()
                assert resp.status == status, (path, body[:300])
                assert text in body, (path, body)
                assert "Traceback" not in body


async def test_a_store_that_does_not_answer_is_a_503_naming_the_timeout(make_config) -> None:
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        cfg = make_config(**{"console.port": 0, "elasticsearch.hosts": [url], "console.store_timeout_s": 1})
        async with Console(cfg) as console, aiohttp.ClientSession() as http:
            async with http.get(console.url + "/logs") as resp:
                body = await resp.text()
                assert resp.status == 503, body[:300]
                assert f"the search store at {url} did not answer the logs search within 1 s" in body
                assert resp.headers["Retry-After"] == "5"
