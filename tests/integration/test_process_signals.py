"""OTLP spans, logs and metrics through the processor and the sink into their own indices."""

from __future__ import annotations

import time

import pytest
from aiokafka import AIOKafkaProducer
from prometheus_client import CollectorRegistry

from pipeline.kafka import ensure_topics
from pipeline.process import Processor
from pipeline.sinks.elasticsearch import ElasticsearchSink
from pipeline.sinks.elasticsearch.client import make_client
from schemas.raw import FORMAT_OTLP_JSON, FORMAT_OTLP_PROTO, RawEnvelope
from tests.helpers import eventually, loads, read_topic, search
from tests.unit.process.otlp_samples import (
    logs_request,
    metrics_request,
    spans_request,
    to_otlp_json,
)

pytestmark = pytest.mark.integration


async def test_all_signals_reach_their_indices_with_statistics(make_config) -> None:
    cfg = make_config()
    await ensure_topics(cfg.kafka)
    t = cfg.kafka.topics
    now = time.time_ns()
    proto = RawEnvelope(FORMAT_OTLP_PROTO, now).headers()
    js = RawEnvelope(FORMAT_OTLP_JSON, now).headers()
    producer = AIOKafkaProducer(bootstrap_servers=cfg.kafka.bootstrap_servers)
    await producer.start()
    try:
        await producer.send_and_wait(t.spans_raw, spans_request(n=20, t0=now, error_every=4).SerializeToString(), key=b"checkout", headers=proto)
        await producer.send_and_wait(t.logs_raw, to_otlp_json(logs_request(n=4, t0=now)), key=b"checkout", headers=js)
        await producer.send_and_wait(t.metrics_raw, metrics_request(t0=now).SerializeToString(), key=b"checkout", headers=proto)
        bad = await producer.send_and_wait(t.spans_raw, b"\xff\xfe not protobuf", key=b"checkout", headers=proto)
    finally:
        await producer.stop()
    registry = CollectorRegistry()
    async with Processor(cfg, registry), ElasticsearchSink(cfg, registry):
        async def stored():
            counts = {kind: len(await search(cfg, kind)) for kind in ("spans", "logs", "metrics")}
            return counts if counts == {"spans": 20, "logs": 4, "metrics": 5} else None

        await eventually(stored, timeout=60)
        dead = await read_topic(cfg, t.deadletter, 1)
        labels = {"service": "checkout", "environment": "", "operation": "GET /users/{id}", "window": "1m"}
        assert registry.get_sample_value("sightline_service_requests", labels) == 20
        assert registry.get_sample_value("sightline_service_error_ratio", labels) == pytest.approx(0.25)
        assert registry.get_sample_value("sightline_log_records", {"service": "checkout", "environment": "", "level": "ERROR", "window": "5m"}) == 2
        # span 0 failed (KeyError) and the two error logs were written inside it (same trace and span id):
        # one failure, counted by whichever signal the processor read first
        errors = {kind: registry.get_sample_value(
            "sightline_error_records", {"service": "checkout", "environment": "", "error_type": kind, "window": "1h"}) or 0
            for kind in ("KeyError", "PaymentDeclined")}
        assert (errors["KeyError"], errors["PaymentDeclined"]) in ((5, 0), (4, 2)), errors
        assert registry.get_sample_value("sightline_process_stage_records_total", {"stage": "decode", "signal": "spans"}) == 20
        assert registry.get_sample_value("sightline_process_deadlettered_total", {"reason": "invalid_protobuf"}) == 1

    doc = loads(dead[0].value)
    assert doc["reason"] == "invalid_protobuf"
    assert doc["origin"] == {"topic": t.spans_raw, "partition": bad.partition, "offset": bad.offset}

    # one trace id finds the spans and the logs of the trace
    es = make_client(cfg.elasticsearch)
    prefix = cfg.elasticsearch.index_prefix
    try:
        answer = await es.search(index=f"{prefix}-logs-*,{prefix}-spans-*", query={"term": {"trace_id": "4bf92f3577b34da6a3ce929d0e0e4736"}}, size=100)
        kinds = sorted({hit["_index"].split("-")[1] for hit in answer["hits"]["hits"]})
        assert kinds == ["logs", "spans"] and answer["hits"]["total"]["value"] == 24
        mapping = await es.indices.get_mapping(index=f"{prefix}-spans-*")
        props = next(iter(mapping.body.values()))["mappings"]["properties"]
        assert props["duration_ms"]["type"] == "double" and props["trace_id"]["type"] == "keyword"
    finally:
        await es.close()
    spans = await search(cfg, "spans", {"term": {"status.code": "error"}})
    assert len(spans) == 5 and all(s["exception.type"] == "KeyError" for s in spans)
    metrics = await search(cfg, "metrics", {"term": {"type": "histogram"}})
    assert metrics[0]["bucket_counts"] == [2, 5, 3, 0]
