"""Prometheus remote write into the pipeline: a real Prometheus, and the bad inputs senders can make."""

from __future__ import annotations

import asyncio
import math
import struct
from pathlib import Path
from typing import Any

import aiohttp
import cramjam
import pytest
from prometheus_client import CollectorRegistry

from pipeline.admin import AdminServer
from pipeline.embedded import free_port
from pipeline.ingest import Ingestor
from pipeline.kafka import ensure_topics
from pipeline.process import Processor
from pipeline.process.decode import decode_raw
from pipeline.sinks.elasticsearch import ElasticsearchSink
from schemas.prometheus import STALE_NAN_BITS, WriteRequest, WriteRequestV2
from schemas.raw import FORMAT_PROM_WRITE, RawEnvelope
from tests.conftest import PrometheusChild
from tests.helpers import eventually, read_topic, search

pytestmark = pytest.mark.integration

HEADERS = {
    "Content-Encoding": "snappy",
    "Content-Type": "application/x-protobuf",
    "X-Prometheus-Remote-Write-Version": "0.1.0",
}
STALE = struct.unpack("<d", struct.pack("<Q", STALE_NAN_BITS))[0]


async def test_a_real_prometheus_remote_writes_its_own_series(make_config, tmp_path: Path) -> None:
    cfg = make_config()
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    components = [Ingestor(cfg, registry), Processor(cfg, registry), ElasticsearchSink(cfg, registry)]
    admin = AdminServer("127.0.0.1", 0, registry, components)
    async with admin, components[0] as ingest, components[1], components[2]:
        port = free_port("127.0.0.1")
        config = tmp_path / "prometheus.yml"
        config.write_text(
            "global:\n  scrape_interval: 1s\n"
            "scrape_configs:\n  - job_name: prometheus\n"
            f"    static_configs:\n      - targets: ['127.0.0.1:{port}']\n"
            "remote_write:\n"
            f"  - url: http://127.0.0.1:{ingest.http_port}/api/v1/write\n"
            "    queue_config: {batch_send_deadline: 1s, max_samples_per_send: 10000, min_shards: 1, max_shards: 1}\n"
            "    metadata_config: {send: true, send_interval: 1s}\n"
        )
        prom = PrometheusChild(config, tmp_path)
        prom.port = port
        prom.start()
        try:
            async def stored() -> list[dict[str, Any]] | None:
                docs = await search(cfg, "metrics", {"term": {"service.name": "prometheus"}}, size=5000)
                names = {(d["name"], d["type"]) for d in docs}
                wanted = {("prometheus_http_requests_total", "sum"), ("prometheus_http_request_duration_seconds", "histogram"), ("up", "gauge")}
                return docs if wanted <= names else None

            docs = await eventually(stored, timeout=90, interval=1)
        finally:
            prom.stop()
        counter = next(d for d in docs if d["name"] == "prometheus_http_requests_total")
        assert counter["monotonic"] is True and counter["temporality"] == "cumulative"
        assert counter["resource"] == {"service.name": "prometheus", "service.instance.id": f"127.0.0.1:{port}"}
        assert {"code", "handler"} <= set(counter["attributes"])
        hist = next(d for d in docs if d["name"] == "prometheus_http_request_duration_seconds")
        assert hist["explicit_bounds"] == sorted(hist["explicit_bounds"]) and len(hist["bucket_counts"]) == len(hist["explicit_bounds"]) + 1
        assert sum(hist["bucket_counts"]) == hist["count"]
        # and they feed the statistics: the processor serves rates of Prometheus's counters on /metrics
        async with aiohttp.ClientSession() as http:
            async def rated() -> str | None:
                async with http.get(f"http://127.0.0.1:{admin.port}/metrics") as resp:
                    text = await resp.text()
                return text if 'metric="prometheus_http_requests_total",series=' in text and 'service="prometheus"' in text else None

            text = await eventually(rated, timeout=30)
        assert "sightline_otlp_sum_rate{" in text


def write_request(*series: tuple[dict[str, str], list[tuple[float, int]]]) -> bytes:
    req = WriteRequest()
    for labels, samples in series:
        ts = req.timeseries.add()
        for k in sorted(labels):
            ts.labels.add(name=k, value=labels[k])
        for v, t in samples:
            ts.samples.add(value=v, timestamp=t)
    return bytes(cramjam.snappy.compress_raw(req.SerializeToString()))


async def test_bad_input_gets_its_status_and_nothing_accepted_is_lost(make_config) -> None:
    cfg = make_config(**{"ingest.max_body_bytes": 32 << 20})
    await ensure_topics(cfg.kafka)
    now = 1_764_800_000_000
    async with Ingestor(cfg, CollectorRegistry()) as ingest, aiohttp.ClientSession() as http:
        url = f"http://127.0.0.1:{ingest.http_port}/api/v1/write"

        async def post(body: bytes, **headers: str) -> tuple[int, str]:
            async with http.post(url, data=body, headers={**HEADERS, **headers}) as resp:
                return resp.status, await resp.text()

        async def ready() -> bool | None:
            status, _ = await post(write_request(({"__name__": "warmup", "job": "w"}, [(1, now)])))
            return True if status == 204 else None

        await eventually(ready, timeout=30)
        status, text = await post(b"\xff\xff\xff\x0fnot snappy")
        assert status == 400 and "snappy" in text
        status, text = await post(bytes(cramjam.snappy.compress_raw(b"\x0a\xff\xff\xff\x7fgarbage protobuf")))
        assert status == 400 and "WriteRequest" in text
        status, text = await post(b"\0" * (33 << 20))
        assert status == 413 and "max_body_bytes" in text
        # ten million series: refused from the announced size, before anything is expanded or parsed
        entry = WriteRequest()
        ts = entry.timeseries.add()
        ts.labels.add(name="__name__", value="m")
        ts.samples.add(value=1, timestamp=now)
        big = bytes(cramjam.snappy.compress_raw(entry.SerializeToString() * 10_000_000))
        assert len(big) < 32 << 20
        status, text = await post(big)
        del big
        assert status == 413 and "announces" in text
        status, text = await post(write_request(({"__name__": "m", "job": "a"}, [(1, now)])), **{"Content-Encoding": "gzip"})
        assert status == 415
        status, text = await post(
            write_request(({"__name__": "m", "job": "a"}, [(1, now)])),
            **{"Content-Type": "application/x-protobuf;proto=io.prometheus.write.v3.Request"},
        )
        assert status == 415 and "proto=" in text
        # invalid label names: those series refused (400, not retried), the valid ones accepted
        status, text = await post(write_request(
            ({"__name__": "good_total", "job": "kept", "code": "200"}, [(3, now)]),
            ({"__name__": "bad", "job": "kept", "bad-label": "x"}, [(1, now)]),
        ))
        assert status == 400 and "'bad-label'" in text
        # NaN, ±Inf and stale markers are accepted
        status, _ = await post(write_request(
            ({"__name__": "temperature", "job": "kept"}, [(21.5, now), (math.nan, now + 1), (math.inf, now + 2), (STALE, now + 3)]),
        ))
        assert status == 204
        messages = await read_topic(cfg, cfg.kafka.topics.metrics_raw, 3)
    kept = [m for m in messages if m.key == b"kept"]
    assert len(kept) == 2
    for m in kept:
        assert RawEnvelope.from_headers(m.headers).format == FORMAT_PROM_WRITE
    received = [WriteRequest.FromString(m.value) for m in kept]
    names = [lb.value for r in received for t in r.timeseries for lb in t.labels if lb.name == "__name__"]
    assert names == ["good_total", "temperature"]
    assert len(received[1].timeseries[0].samples) == 4  # accepted as sent; statistics leave the marked ones out


async def test_kafka_down_is_503_with_retry_after(make_config) -> None:
    cfg = make_config(**{"kafka.bootstrap_servers": f"127.0.0.1:{free_port('127.0.0.1')}"})
    async with Ingestor(cfg, CollectorRegistry()) as ingest, aiohttp.ClientSession() as http:
        url = f"http://127.0.0.1:{ingest.http_port}/api/v1/write"
        async with http.post(url, data=write_request(({"__name__": "m"}, [(1, 1)])), headers=HEADERS) as resp:
            assert resp.status == 503
            assert resp.headers["Retry-After"] == str(cfg.ingest.retry_after_s)
        await asyncio.sleep(0)


async def test_auth_applies_to_remote_write(make_config) -> None:
    cfg = make_config(**{"ingest.auth.keys": {"team": "s3cret-remote-write"}})
    await ensure_topics(cfg.kafka)
    async with Ingestor(cfg, CollectorRegistry()) as ingest, aiohttp.ClientSession() as http:
        url = f"http://127.0.0.1:{ingest.http_port}/api/v1/write"
        body = write_request(({"__name__": "m", "job": "a"}, [(1, 1)]))
        async with http.post(url, data=body, headers=HEADERS) as resp:
            assert resp.status == 401
        async def accepted() -> bool | None:
            async with http.post(url, data=body, headers={**HEADERS, "Authorization": "Bearer s3cret-remote-write"}) as resp:
                return True if resp.status == 204 else None

        await eventually(accepted, timeout=30)
        [message] = await read_topic(cfg, cfg.kafka.topics.metrics_raw, 1)
    assert RawEnvelope.from_headers(message.headers).tenant == "team"


async def test_remote_write_2_0(make_config) -> None:
    cfg = make_config()
    await ensure_topics(cfg.kafka)
    v2 = WriteRequestV2(symbols=["", "__name__", "orders_total", "job", "shop", "status", "ok", "Orders.", "trace_id", "4bf92f3577b34da6a3ce929d0e0e4736"])
    ts = v2.timeseries.add(labels_refs=[1, 2, 3, 4, 5, 6])
    ts.samples.add(value=5, timestamp=1_764_800_000_000)
    ts.metadata.type, ts.metadata.help_ref = 1, 7
    ts.exemplars.add(labels_refs=[8, 9], value=1, timestamp=1_764_800_000_000)
    v2.timeseries.add(labels_refs=[1, 99])  # a reference outside the symbol table: refused alone
    body = bytes(cramjam.snappy.compress_raw(v2.SerializeToString()))
    headers = {**HEADERS, "Content-Type": "application/x-protobuf;proto=io.prometheus.write.v2.Request",
               "X-Prometheus-Remote-Write-Version": "2.0.0"}
    async with Ingestor(cfg, CollectorRegistry()) as ingest, aiohttp.ClientSession() as http:
        url = f"http://127.0.0.1:{ingest.http_port}/api/v1/write"

        async def answered() -> tuple[int, str, Any] | None:
            async with http.post(url, data=body, headers=headers) as resp:
                return (resp.status, await resp.text(), resp.headers) if resp.status != 503 else None

        status, text, answer = await eventually(answered, timeout=30)
        assert status == 400 and "symbols" in text
        assert answer["X-Prometheus-Remote-Write-Samples-Written"] == "1"
        assert answer["X-Prometheus-Remote-Write-Exemplars-Written"] == "1"
        [message] = await read_topic(cfg, cfg.kafka.topics.metrics_raw, 1)
    [point] = decode_raw("metrics", message.headers, message.value, message.key)
    assert (point["name"], point["type"], point["monotonic"], point["description"]) == ("orders_total", "sum", True, "Orders.")
    assert point["exemplars"][0]["trace_id"] == "4bf92f3577b34da6a3ce929d0e0e4736"
