"""A real Prometheus scrapes a running pipeline; promtool accepts the exposition."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import urllib.parse
import urllib.request

import aiohttp
import pytest
from prometheus_client import CollectorRegistry

from pipeline.admin import AdminServer
from pipeline.ingest import Ingestor
from pipeline.kafka import ensure_topics
from pipeline.process import Processor
from pipeline.sinks.elasticsearch import ElasticsearchSink
from tests.helpers import eventually

pytestmark = pytest.mark.integration


def _query(prom_url: str, expr: str) -> list[dict]:
    url = f"{prom_url}/api/v1/query?query={urllib.parse.quote(expr)}"
    with urllib.request.urlopen(url, timeout=5) as resp:
        body = json.loads(resp.read())
    assert body["status"] == "success", body
    return body["data"]["result"]


async def test_prometheus_scrapes_the_pipeline(make_config, prometheus_factory) -> None:
    cfg = make_config()
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    components = [Ingestor(cfg, registry), Processor(cfg, registry), ElasticsearchSink(cfg, registry)]
    admin = AdminServer("127.0.0.1", 0, registry, components)
    async with admin, components[0] as ingest, components[1], components[2]:
        async with aiohttp.ClientSession() as http:
            body = b'{"msg": "a", "service": "prom-test"}\n{"msg": "b", "service": "prom-test"}\n'
            async with http.post(f"http://127.0.0.1:{ingest.http_port}/api/v1/logs", data=body) as resp:
                assert resp.status == 200
            async with http.get(f"http://127.0.0.1:{admin.port}/metrics") as resp:
                exposition = await resp.read()

        promtool = shutil.which("promtool")
        assert promtool, "promtool is not installed: `make test` installs it"
        check = subprocess.run([promtool, "check", "metrics"], input=exposition, capture_output=True, timeout=30)
        assert check.returncode == 0 and check.stdout == b"" and check.stderr == b"", check

        prom = prometheus_factory(
            "global:\n  scrape_interval: 1s\n"
            "scrape_configs:\n  - job_name: sightline\n"
            f"    static_configs:\n      - targets: ['127.0.0.1:{admin.port}']\n"
        )

        async def scraped():
            result = await asyncio.to_thread(
                _query, prom.url, 'sightline_ingest_records_total{signal="logs",transport="http-json"}'
            )
            return result if result and float(result[0]["value"][1]) == 2 else None

        [series] = await eventually(scraped, timeout=60)
        assert series["metric"]["job"] == "sightline"
        up = await asyncio.to_thread(_query, prom.url, "up")
        assert [float(s["value"][1]) for s in up] == [1.0]
