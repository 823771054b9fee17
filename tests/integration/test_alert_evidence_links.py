"""The link an alert carries finds the records behind it in the store, for every kind of alert."""

from __future__ import annotations

import time
from typing import Any

import aiohttp
import orjson
import pytest
from prometheus_client import CollectorRegistry

from pipeline.alerts.config import AlertsConfig
from pipeline.alerts.engine import AlertEngine, Condition
from pipeline.ingest import Ingestor
from pipeline.kafka import ensure_topics
from pipeline.process import Processor
from pipeline.sinks.elasticsearch import ElasticsearchSink
from tests.helpers import eventually, search

pytestmark = pytest.mark.integration


async def _hits(url: str) -> list[dict[str, Any]]:
    async with aiohttp.ClientSession() as http:
        await http.post(url.split("/_search")[0] + "/_refresh")
        async with http.get(url + "&size=100") as resp:
            assert resp.status == 200, await resp.text()
            body = await resp.json()
    return [h["_source"] for h in body["hits"]["hits"]]


async def test_each_kind_of_alert_links_to_its_records(make_config) -> None:
    cfg = make_config()
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    now = time.time()
    logs = [
        {"ts": now - 60, "level": "error", "msg": "lookup failed", "service": "cart",
         "exception.type": "KeyError", "exception.message": "'sku-1'"},
        {"ts": now - 50, "level": "error", "msg": "upstream timeout after 812 ms calling /charge", "service": "cart"},
        {"ts": now - 40, "level": "error", "msg": "upstream timeout after 90 ms calling /charge", "service": "cart"},
        {"ts": now - 30, "level": "info", "msg": "cart loaded", "service": "cart"},
        {"ts": now - 20, "level": "error", "msg": "lookup failed", "service": "other", "exception.type": "KeyError"},
    ]
    micros = int((now - 45) * 1e6)
    spans = [
        {"traceId": "5af7183fb1d4cf5f5af7183fb1d4cf5f", "id": "352bff9a74ca9ad2", "name": "POST /pay", "kind": "SERVER",
         "timestamp": micros, "duration": 1500, "localEndpoint": {"serviceName": "cart"}, "tags": {"http.status_code": "502"}},
        {"traceId": "5af7183fb1d4cf5f5af7183fb1d4cf5f", "id": "452bff9a74ca9ad2", "name": "GET /cart", "kind": "SERVER",
         "timestamp": micros, "duration": 900, "localEndpoint": {"serviceName": "cart"}, "tags": {"http.status_code": "200"}},
    ]
    ingest, proc, sink = Ingestor(cfg, registry), Processor(cfg, registry), ElasticsearchSink(cfg, registry)
    async with ingest, proc, sink:
        async with aiohttp.ClientSession() as http:
            body = b"\n".join(orjson.dumps(line) for line in logs)
            async with http.post(f"http://127.0.0.1:{ingest.http_port}/api/v1/logs", data=body) as resp:
                assert resp.status == 200
            async with http.post(f"http://127.0.0.1:{ingest.ports['ingest.zipkin']}/api/v2/spans", json=spans) as resp:
                assert resp.status == 202
            gauge = {"resourceMetrics": [{
                "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "cart"}}]},
                "scopeMetrics": [{"metrics": [{"name": "queue.depth", "gauge": {"dataPoints": [
                    {"asDouble": 42, "timeUnixNano": str(int((now - 45) * 1e9))}]}}]}]}]}
            async with http.post(f"http://127.0.0.1:{ingest.http_port}/v1/metrics", json=gauge) as resp:
                assert resp.status == 200
        await eventually(lambda: _stored(cfg, 5, 2), timeout=90)
        await eventually(lambda: _metrics_stored(cfg), timeout=60)

        engine = AlertEngine(AlertsConfig(generator_url=cfg.elasticsearch.hosts[0]), cfg.elasticsearch.index_prefix)
        starts = now - 30
        cases = {
            "error spike, all errors": (Condition("error_spike", "ErrorSpike", "cart", True, error_query=True),
                                        {"lookup failed", "upstream timeout after 812 ms calling /charge",
                                         "upstream timeout after 90 ms calling /charge", "POST /pay"}),
            "error spike of one type": (Condition("error_spike", "ErrorSpike", "cart", True, labels={"error_type": "KeyError"}),
                                        {"lookup failed"}),
            "HTTP 502 errors": (Condition("threshold", "ManyErrorsOfOneType", "cart", True, labels={"error_type": "HTTP 502"}),
                                {"POST /pay"}),
            "new error type": (Condition("new_error_type", "NewErrorType", "cart", True, labels={"template_id": "t1"},
                                         evidence={"template": "upstream timeout after <NUM> ms calling /charge"}),
                               {"upstream timeout after 812 ms calling /charge", "upstream timeout after 90 ms calling /charge"}),
            "latency of one operation": (Condition("anomaly", "LatencyAnomaly", "cart", True, labels={"operation": "GET /cart"}),
                                         {"GET /cart"}),
            "one metric series": (Condition("anomaly", "MetricAnomaly", "cart", True, labels={"metric": "queue_depth", "series": "x"}),
                                  {"queue_depth"}),
        }
        for what, (condition, expected) in cases.items():
            [event] = engine.observe(condition, now=starts)
            found = await _hits(event["evidence"]["search_url"])
            texts = {d.get("message") or d.get("name") for d in found}
            assert texts == expected, f"{what}: {event['evidence']['query']} found {texts}"
            assert {d["service.name"] for d in found} == {"cart"}


async def _metrics_stored(cfg: Any) -> bool:
    return bool(await search(cfg, "metrics"))


async def _stored(cfg: Any, logs: int, spans: int) -> bool:
    return len(await search(cfg, "logs")) >= logs and len(await search(cfg, "spans")) >= spans
