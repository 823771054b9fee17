"""Alerts end to end: errors posted to the ingestor become an error-spike alert on the topic and in the store."""

from __future__ import annotations

import time

import aiohttp
import orjson
import pytest
from prometheus_client import CollectorRegistry

from pipeline.ingest import Ingestor
from pipeline.kafka import ensure_topics
from pipeline.process import Processor
from pipeline.sinks.elasticsearch import ElasticsearchSink
from tests.helpers import eventually, read_topic, search

pytestmark = pytest.mark.integration


async def test_error_burst_raises_an_error_spike_alert_with_evidence(make_config) -> None:
    cfg = make_config(**{"alerts.evaluation_interval_s": 1, "templates.warmup_seconds": 60, "templates.confirm_seconds": 1})
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    now = time.time()
    # ten quiet minutes (event time), one batch a minute as a shipper sends them, then a burst of errors
    batches = []
    for minute in range(10):
        t = now - 600 + minute * 60
        lines = [{"ts": t + i, "level": "info", "msg": f"order {i} ok", "service": "checkout"} for i in range(20)]
        lines.append({"ts": t + 30, "level": "error", "msg": "payment declined for order 7", "service": "checkout",
                      "trace_id": f"{minute:032x}"})
        batches.append(lines)
    batches.append([{"ts": now - 3 + i / 100, "level": "error", "msg": f"upstream timeout after {i} ms calling /charge",
                     "service": "checkout", "trace_id": f"{1000 + i:032x}"} for i in range(200)])
    ingest, proc, sink = Ingestor(cfg, registry), Processor(cfg, registry), ElasticsearchSink(cfg, registry)
    async with ingest, proc, sink:
        await eventually(lambda: _joined(proc), timeout=60)
        async with aiohttp.ClientSession() as http:
            for lines in batches:
                body = b"\n".join(orjson.dumps(line) for line in lines)
                async with http.post(f"http://127.0.0.1:{ingest.http_port}/api/v1/logs", data=body) as resp:
                    assert resp.status == 200, await resp.text()

        async def spike_and_new_type():
            got = await read_topic(cfg, cfg.kafka.topics.alerts, 3, timeout=5)
            return got if {"ErrorSpike", "NewErrorType"} <= {orjson.loads(m.value)["alertname"] for m in got} else None

        messages = await eventually(spike_and_new_type, timeout=90, interval=1)
        events = [orjson.loads(m.value) for m in messages]
        # the burst is also a new error type (past warm-up); ManyErrorsOfOneType waits its 2 minutes
        assert {e["alertname"] for e in events} <= {"ErrorSpike", "NewErrorType"}
        new_type = next(e for e in events if e["kind"] == "new_error_type")
        assert new_type["evidence"]["template"] == "upstream timeout after <NUM> ms calling <PATH>"
        spikes = [e for e in events if e["kind"] == "error_spike"]
        assert spikes, [(e["alertname"], e["summary"]) for e in events]
        spike = spikes[0]
        assert spike["status"] == "firing" and spike["service.name"] == "checkout"
        # the 200 errors take 2 s: when a window boundary falls inside them they are counted in the
        # windows they happened in, and the first is reported (early) once it alone is a spike
        assert spike["observed"] >= 60 and spike["expected"] < 10
        assert spike["evidence"]["trace_ids"] and spike["evidence"]["record_ids"]
        assert sorted(m.key for m in messages) == sorted(e["fingerprint"].encode() for e in events)

        async def spike_stored():
            return [d for d in await search(cfg, "alerts") if d["fingerprint"] == spike["fingerprint"]]

        [stored] = await eventually(spike_stored, timeout=60)
        assert stored["status"] == "firing" and stored["startsAt"] == spike["startsAt"]
        # the evidence points at real records
        record_id = spike["evidence"]["record_ids"][0]
        assert await search(cfg, "logs", {"term": {"id": record_id}})
    assert registry.get_sample_value(
        "sightline_alerts_published_total", {"kind": "error_spike", "status": "firing"}
    ) >= 1


async def _joined(proc):
    return proc.joined

