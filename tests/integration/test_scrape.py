"""Scraping real expositions: a Node app with prom-client, Prometheus's own /metrics, the pipeline's own."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import re
import shutil
import signal
import ssl
import subprocess
from collections.abc import AsyncGenerator, Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from prometheus_client import CollectorRegistry

from pipeline.admin import AdminServer
from pipeline.embedded import free_port
from pipeline.ingest import Ingestor
from pipeline.ingest.scrape.scraper import Scraper
from pipeline.kafka import ensure_topics
from pipeline.process import Processor
from pipeline.process.decode import decode_raw
from pipeline.sinks.elasticsearch import ElasticsearchSink
from tests.conftest import PrometheusChild
from tests.helpers import eventually, read_topic, search

pytestmark = pytest.mark.integration


class NodeApp:
    """tests/integration/node/prom_app.js on a fixed port; stop() and start() again to take it down and up."""

    def __init__(self, directory: Path, port: int) -> None:
        self.directory, self.port = directory, port
        self.proc: subprocess.Popen[str] | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            ["node", "prom_app.js"], cwd=self.directory, env={**os.environ, "PORT": str(self.port)},
            stdout=subprocess.PIPE, text=True,
        )
        assert self.proc.stdout is not None
        assert json.loads(self.proc.stdout.readline())["port"] == self.port

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(timeout=10)
            self.proc = None


@pytest.fixture
def node_app(node_app_dir: Path) -> Iterator[NodeApp]:
    app = NodeApp(node_app_dir, free_port("127.0.0.1"))
    app.start()
    yield app
    app.stop()


def scraper_of(ingest: Ingestor) -> Scraper:
    return next(t for t in ingest.tasks if isinstance(t, Scraper))


async def test_real_expositions_are_scraped_into_the_store_and_statistics(make_config, node_app: NodeApp, tmp_path: Path) -> None:
    prom_port = free_port("127.0.0.1")
    (tmp_path / "prometheus.yml").write_text("global:\n  scrape_interval: 1m\n")
    prom = PrometheusChild(tmp_path / "prometheus.yml", tmp_path)
    prom.port = prom_port
    prom.start()
    admin_port = free_port("127.0.0.1")
    jobs = [
        {"job_name": "shop", "static_configs": [{"targets": [f"127.0.0.1:{node_app.port}"], "labels": {"env": "test"}}]},
        {"job_name": "prometheus", "static_configs": [{"targets": [f"127.0.0.1:{prom_port}"]}]},
        {"job_name": "sightline", "static_configs": [{"targets": [f"127.0.0.1:{admin_port}"]}]},
    ]
    cfg = make_config(**{"ingest.scrape.scrape_interval": "1s", "ingest.scrape.scrape_configs": jobs})
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    components = [Ingestor(cfg, registry), Processor(cfg, registry), ElasticsearchSink(cfg, registry)]
    admin = AdminServer("127.0.0.1", admin_port, registry, components)
    try:
        async with admin, components[0] as ingest, components[1], components[2]:
            async def all_up() -> dict[str, Any] | None:
                results = {t.job: r for t, r in scraper_of(ingest).results.items()}
                return results if len(results) == 3 and all(r.up for r in results.values()) else None

            results = await eventually(all_up, timeout=60)
            assert all(r.samples > 20 for r in results.values()), results

            async def stored() -> dict[str, dict[str, dict[str, Any]]] | None:
                docs = await search(cfg, "metrics", None, size=10000)
                by: dict[str, dict[str, dict[str, Any]]] = {}
                for d in docs:
                    by.setdefault(d["service.name"], {})[d["name"]] = d
                wanted = {
                    "shop": {"http_request_duration_seconds", "shop_orders_total", "process_cpu_user_seconds_total", "nodejs_eventloop_lag_seconds", "up"},
                    "prometheus": {"prometheus_build_info", "prometheus_http_requests_total", "up"},
                    "sightline": {"sightline_ingest_requests_total", "up", "scrape_samples_scraped"},
                }
                return by if all(names <= set(by.get(svc, {})) for svc, names in wanted.items()) else None

            by = await eventually(stored, timeout=60, interval=1)
            hist = by["shop"]["http_request_duration_seconds"]
            assert hist["type"] == "histogram" and hist["explicit_bounds"] == [0.005, 0.01, 0.05, 0.1, 0.5, 1.0]
            assert hist["attributes"] == {"env": "test", "method": "POST", "route": "/checkout"}
            assert hist["resource"] == {"service.name": "shop", "service.instance.id": f"127.0.0.1:{node_app.port}"}
            assert by["shop"]["shop_orders_total"]["type"] == "sum" and by["shop"]["shop_orders_total"]["monotonic"]
            assert by["shop"]["nodejs_eventloop_lag_seconds"]["type"] == "gauge"
            assert by["shop"]["up"]["value"] == 1.0
            assert by["prometheus"]["prometheus_build_info"]["attributes"]["version"]

            # the statistics: rates of the Node app's counter and quantiles of its histogram on /metrics
            async with aiohttp.ClientSession() as http:
                async def derived() -> str | None:
                    async with http.get(f"http://127.0.0.1:{admin_port}/metrics") as resp:
                        text = await resp.text()
                    ok = 'metric="http_request_duration_seconds"' in text and 'metric="shop_orders_total"' in text
                    return text if ok else None

                text = await eventually(derived, timeout=60, interval=1)
            assert re.search(r'sightline_otlp_histogram_quantile\{[^}]*metric="http_request_duration_seconds"', text)
    finally:
        prom.stop()


async def test_up_goes_to_0_when_the_target_stops_and_back_to_1(make_config, node_app: NodeApp) -> None:
    target = f"127.0.0.1:{node_app.port}"
    cfg = make_config(**{
        "ingest.scrape.scrape_interval": "0.5s",
        "ingest.scrape.scrape_timeout": "0.4s",
        "ingest.scrape.scrape_configs": [{"job_name": "shop", "static_configs": [{"targets": [target]}]}],
    })
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    async with Ingestor(cfg, registry) as ingest:
        scraper = scraper_of(ingest)

        def up() -> bool | None:
            results = list(scraper.results.values())
            return results[0].up if results else None

        def accepted() -> float:
            return registry.get_sample_value("sightline_ingest_records_total", {"signal": "metrics", "transport": "scrape"}) or 0.0

        async def scraped_and_produced(state: bool) -> None:
            # the scraper saw the target in this state, then a scrape after that reached Kafka (a scrape made
            # while the broker looked unreachable is not produced, as designed: on a loaded machine the first
            # scrapes of a state could be such ones, and Kafka would not tell the story below)
            await eventually(lambda: asyncio.sleep(0, up() is state or None), timeout=30)
            before = accepted()
            await eventually(lambda: asyncio.sleep(0, (accepted() > before and up() is state) or None), timeout=30)

        await scraped_and_produced(True)
        node_app.stop()
        await scraped_and_produced(False)
        [result] = scraper.results.values()
        assert "ClientConnectorError" in result.error or "Connect" in result.error
        node_app.start()
        await scraped_and_produced(True)
        messages = await read_topic(cfg, cfg.kafka.topics.metrics_raw, 200, timeout=5)
    ups = [
        p["value"]
        for m in messages
        for p in decode_raw("metrics", m.headers, m.value, m.key)
        if p["name"] == "up"
    ]
    # the series in Kafka tell the same story: up, then down, then up again
    assert 1.0 in ups and 0.0 in ups
    first_down = ups.index(0.0)
    assert 1.0 in ups[:first_down] and 1.0 in ups[first_down:]


async def exposition_server(handler: Any) -> AsyncGenerator[int, None]:
    app = web.Application()
    app.router.add_get("/metrics", handler)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port("127.0.0.1")
    site = web.TCPSite(runner, "127.0.0.1", port)
    await site.start()
    try:
        yield port
    finally:
        await runner.cleanup()


async def test_file_sd_auth_and_bad_targets(make_config, tmp_path: Path) -> None:
    from prometheus_client import Counter, generate_latest

    reg = CollectorRegistry()
    Counter("jobs_done", "Jobs.", registry=reg).inc(3)
    seen_auth: list[str] = []

    async def metrics(request: web.Request) -> web.Response:
        seen_auth.append(request.headers.get("Authorization", ""))
        if request.headers.get("Authorization") != "Bearer t0ken-for-scrape":
            return web.Response(status=401)
        return web.Response(body=generate_latest(reg), content_type="text/plain")

    async def garbage(request: web.Request) -> web.Response:
        return web.Response(text="this is { not an exposition\n")

    good = exposition_server(metrics)
    bad = exposition_server(garbage)
    good_port = await good.__anext__()
    bad_port = await bad.__anext__()
    sd = tmp_path / "targets.json"
    sd.write_text(json.dumps([{"targets": [f"127.0.0.1:{good_port}"], "labels": {"team": "a"}}]))
    closed = free_port("127.0.0.1")
    cfg = make_config(**{
        "ingest.scrape.scrape_interval": "0.5s",
        "ingest.scrape.scrape_timeout": "0.4s",
        "ingest.scrape.scrape_configs": [
            {"job_name": "worker", "authorization": {"credentials": "t0ken-for-scrape"},
             "file_sd_configs": [{"files": [str(tmp_path / "*.json")], "refresh_interval": "1m"}]},
            {"job_name": "broken", "static_configs": [{"targets": [f"127.0.0.1:{bad_port}", f"127.0.0.1:{closed}"]}]},
        ],
    })
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    try:
        async with Ingestor(cfg, registry) as ingest:
            scraper = scraper_of(ingest)

            async def state() -> dict[tuple[str, str], Any] | None:
                results = {(t.job, dict(t.labels).get("team", t.instance)): r for t, r in scraper.results.items()}
                return results if len(results) == 3 else None

            results = await eventually(state, timeout=30)
            assert results[("worker", "a")].up and results[("worker", "a")].samples >= 1
            assert seen_auth and seen_auth[-1] == "Bearer t0ken-for-scrape"
            assert not results[("broken", f"127.0.0.1:{bad_port}")].up
            assert "does not parse" in results[("broken", f"127.0.0.1:{bad_port}")].error
            assert not results[("broken", f"127.0.0.1:{closed}")].up
            # and on the ingestor's own /metrics
            exposition = generate_latest(registry).decode()
            assert 'sightline_scrape_targets{job="broken",state="down"} 2.0' in exposition
            assert 'sightline_scrape_targets{job="worker",state="up"} 1.0' in exposition
            # the file changes: its target gets new labels, without a restart
            sd.write_text(json.dumps([{"targets": [f"127.0.0.1:{good_port}"], "labels": {"team": "b"}}]))

            async def relabelled() -> bool | None:
                teams = {dict(t.labels).get("team") for t in scraper.targets if t.job == "worker"}
                return True if teams == {"b"} else None

            await eventually(relabelled, timeout=30)
    finally:
        await good.aclose()
        await bad.aclose()


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
async def test_https_targets_with_a_private_ca_and_basic_auth(make_config, tmp_path: Path) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=metrics.internal",
         "-addext", "subjectAltName=DNS:metrics.internal", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )
    (tmp_path / "password").write_text("s3cret-scrape-pw\n")
    expected = "Basic " + base64.b64encode(b"prom:s3cret-scrape-pw").decode()

    async def metrics(request: web.Request) -> web.Response:
        if request.headers.get("Authorization") != expected:
            return web.Response(status=401)
        return web.Response(text="# TYPE secure_up gauge\nsecure_up 1\n", content_type="text/plain")

    app = web.Application()
    app.router.add_get("/metrics", metrics)
    runner = web.AppRunner(app)
    await runner.setup()
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    port = free_port("127.0.0.1")
    await web.TCPSite(runner, "127.0.0.1", port, ssl_context=server_tls).start()
    auth = {"username": "prom", "password_file": str(tmp_path / "password")}
    cfg = make_config(**{
        "ingest.scrape.scrape_interval": "0.5s",
        "ingest.scrape.scrape_timeout": "0.4s",
        "ingest.scrape.scrape_configs": [
            {"job_name": "trusted", "scheme": "https", "basic_auth": auth,
             "tls_config": {"ca_file": str(cert), "server_name": "metrics.internal"},
             "static_configs": [{"targets": [f"127.0.0.1:{port}"]}]},
            {"job_name": "untrusted", "scheme": "https", "basic_auth": auth,
             "static_configs": [{"targets": [f"127.0.0.1:{port}"]}]},
        ],
    })
    await ensure_topics(cfg.kafka)
    try:
        async with Ingestor(cfg, CollectorRegistry()) as ingest:
            scraper = scraper_of(ingest)

            async def both() -> dict[str, Any] | None:
                results = {t.job: r for t, r in scraper.results.items()}
                return results if len(results) == 2 else None

            results = await eventually(both, timeout=30)
            assert results["trusted"].up and results["trusted"].samples == 1
            assert not results["untrusted"].up and "certificate" in results["untrusted"].error.lower()
    finally:
        await runner.cleanup()


async def test_scrapes_are_bounded_in_concurrency_and_spread_over_the_interval(make_config) -> None:
    active = 0
    peak = 0
    first_seen: dict[int, float] = {}
    loop = asyncio.get_running_loop()
    started = loop.time()

    async def slow(request: web.Request) -> web.Response:
        nonlocal active, peak
        first_seen.setdefault(request.url.port or 0, loop.time() - started)
        active += 1
        peak = max(peak, active)
        try:
            await asyncio.sleep(0.5)
        finally:
            active -= 1
        return web.Response(text="# TYPE g gauge\ng 1\n", content_type="text/plain")

    servers = [exposition_server(slow) for _ in range(6)]
    ports = [await s.__anext__() for s in servers]
    cfg = make_config(**{
        "ingest.scrape.scrape_interval": "1s",  # 6 targets x 0.5 s of work each second: 3 at once unless bounded
        "ingest.scrape.scrape_timeout": "0.9s",
        "ingest.scrape.max_concurrent_scrapes": 2,
        "ingest.scrape.scrape_configs": [{"job_name": "slow", "static_configs": [{"targets": [f"127.0.0.1:{p}" for p in ports]}]}],
    })
    await ensure_topics(cfg.kafka)
    try:
        async with Ingestor(cfg, CollectorRegistry()) as ingest:
            scraper = scraper_of(ingest)

            async def all_up() -> bool | None:
                results = list(scraper.results.values())
                return True if len(results) == 6 and all(r.up for r in results) else None

            await eventually(all_up, timeout=30)
    finally:
        for s in servers:
            await s.aclose()
    assert peak <= 2
    # first scrapes at different moments, not all at once
    offsets = sorted(first_seen.values())
    assert len(offsets) == 6 and offsets[-1] - offsets[0] > 0.5


async def test_openmetrics_first_brings_exemplars(make_config) -> None:
    from prometheus_client import Counter
    from prometheus_client.exposition import choose_encoder

    reg = CollectorRegistry()
    Counter("checkouts", "Checkouts.", registry=reg).inc(exemplar={"trace_id": "4bf92f3577b34da6a3ce929d0e0e4736"})
    accepts: list[str] = []

    async def metrics(request: web.Request) -> web.Response:
        accept = request.headers.get("Accept", "")
        accepts.append(accept)
        encoder, content_type = choose_encoder(accept)  # client_python's own negotiation
        return web.Response(body=encoder(reg), headers={"Content-Type": content_type})

    server = exposition_server(metrics)
    port = await server.__anext__()
    cfg = make_config(**{
        "ingest.scrape.scrape_interval": "0.5s",
        "ingest.scrape.scrape_timeout": "0.4s",
        "ingest.scrape.scrape_configs": [
            {"job_name": "shop", "scrape_protocols": ["OpenMetricsText1.0.0", "PrometheusText0.0.4"],
             "static_configs": [{"targets": [f"127.0.0.1:{port}"]}]},
        ],
    })
    await ensure_topics(cfg.kafka)
    try:
        async with Ingestor(cfg, CollectorRegistry()):
            messages = await read_topic(cfg, cfg.kafka.topics.metrics_raw, 1)
    finally:
        await server.aclose()
    assert accepts[0].startswith("application/openmetrics-text;version=1.0.0;q=1.0,text/plain;version=0.0.4")
    points = [p for m in messages for p in decode_raw("metrics", m.headers, m.value, m.key)]
    counter = next(p for p in points if p["name"] == "checkouts_total")
    assert counter["exemplars"][0]["trace_id"] == "4bf92f3577b34da6a3ce929d0e0e4736"
    assert counter["type"] == "sum" and counter["monotonic"]
