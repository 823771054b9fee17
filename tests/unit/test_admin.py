"""The admin port: health under the paths probes use, metrics as Prometheus and OpenMetrics scrapers ask."""

from __future__ import annotations

import gzip

import aiohttp
from prometheus_client import CollectorRegistry, Counter

from pipeline.admin import AdminServer


async def test_health_metrics_and_process_figures() -> None:
    registry = CollectorRegistry()
    Counter("sightline_test_things", "Things.", registry=registry).inc(3)
    async with AdminServer("127.0.0.1", 0, registry) as admin:
        base = f"http://127.0.0.1:{admin.port}"
        async with aiohttp.ClientSession(auto_decompress=False) as http:
            for path in ("/health", "/health/live"):
                async with http.get(base + path) as resp:
                    assert resp.status == 200 and (await resp.json())["status"] == "live"
            async with http.get(base + "/metrics", headers={"Accept-Encoding": "identity"}) as resp:
                text = await resp.text()
                assert resp.headers["Content-Type"].startswith("text/plain; version=0.0.4")
            assert "sightline_test_things_total 3.0" in text
            assert "process_resident_memory_bytes" in text and "process_cpu_seconds_total" in text
            accept = {"Accept": "application/openmetrics-text; version=1.0.0", "Accept-Encoding": "gzip"}
            async with http.get(base + "/metrics", headers=accept) as resp:
                assert resp.headers["Content-Type"].startswith("application/openmetrics-text")
                assert resp.headers["Content-Encoding"] == "gzip"
                body = gzip.decompress(await resp.read()).decode()
            assert body.rstrip().endswith("# EOF") and "sightline_test_things_total 3.0" in body
    # a second admin server on the same registry (one process, two ports) does not clash
    async with AdminServer("127.0.0.1", 0, registry), AdminServer("127.0.0.1", 0, registry):
        pass
