"""Sentry SDKs and Zipkin exporters, real ones, through ingest → Kafka → processor → store."""

from __future__ import annotations

import asyncio
import gzip
from typing import Any

import aiohttp
import orjson
import pytest
import sentry_sdk
from opentelemetry.exporter.zipkin.json import ZipkinExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.trace import SpanKind, Status, StatusCode
from prometheus_client import CollectorRegistry

from pipeline.ingest import Ingestor
from pipeline.kafka import ensure_topics
from pipeline.process import Processor
from pipeline.sinks.elasticsearch import ElasticsearchSink
from tests.helpers import eventually, read_topic, search

pytestmark = pytest.mark.integration


class ReservationLost(Exception):
    """An exception type no service has raised before: a new error type."""


def _reserve() -> None:
    raise ReservationLost("reservation 42 expired before payment")


async def _ready(component: Any) -> bool:
    return not component.failing()


async def _docs(cfg: Any, kind: str, count: int) -> list[dict[str, Any]] | None:
    docs = await search(cfg, kind)
    return docs if len(docs) >= count else None


async def test_sentry_sdk_errors_messages_and_transactions(make_config) -> None:
    cfg = make_config(**{
        "alerts.evaluation_interval_s": 1, "templates.warmup_seconds": 0, "templates.confirm_seconds": 1,
        "ingest.sentry.projects": {"42": "checkout"},
    })
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    ingest, proc, sink = Ingestor(cfg, registry), Processor(cfg, registry), ElasticsearchSink(cfg, registry)
    async with ingest, proc, sink:
        sentry_sdk.init(
            dsn=f"http://publickey@127.0.0.1:{ingest.http_port}/42", traces_sample_rate=1.0,
            release="checkout@2.0.1", environment="production", default_integrations=False,
        )
        try:
            # the service's first record starts its template history (and its warm-up); the
            # exception, sent once that record is stored, is a template the service never had
            sentry_sdk.capture_message("stock cache is stale", level="warning")
            await asyncio.to_thread(sentry_sdk.flush, 10)  # in a thread: the ingestor answers on this loop
            await eventually(lambda: _docs(cfg, "logs", 1), timeout=90)
            try:
                _reserve()
            except ReservationLost:
                sentry_sdk.capture_exception()
            with sentry_sdk.start_transaction(op="http.server", name="POST /checkout"):
                with sentry_sdk.start_span(op="db.query", description="UPDATE stock SET reserved = reserved + 1"):
                    pass
            await asyncio.to_thread(sentry_sdk.flush, 10)  # in a thread: the ingestor answers on this loop
        finally:
            await asyncio.to_thread(sentry_sdk.get_client().close, 5)

        logs = await eventually(lambda: _docs(cfg, "logs", 2), timeout=90)
        by_level = {d["severity_text"]: d for d in logs}
        error = by_level["ERROR"]
        assert error["service.name"] == "checkout"
        assert error["attributes"]["exception.type"] == "ReservationLost"
        assert error["attributes"]["exception.message"] == "reservation 42 expired before payment"
        assert "in _reserve" in error["attributes"]["exception.stacktrace"]
        assert error["resource"]["service.version"] == "checkout@2.0.1"
        assert error["resource"]["deployment.environment.name"] == "production"
        assert by_level["WARN"]["message"] == "stock cache is stale"
        spans = await eventually(lambda: _docs(cfg, "spans", 2), timeout=60)
        names = {s["name"]: s for s in spans}
        assert names["POST /checkout"]["kind"] == "server"
        assert names["UPDATE stock SET reserved = reserved + 1"]["parent_span_id"] == names["POST /checkout"]["span_id"]
        hits = await search(cfg, "logs", {"match": {"message": "ReservationLost"}})
        assert [h["attributes"]["exception.type"] for h in hits] == ["ReservationLost"]
        # words of an exception message find it; the whole message still matches exactly
        hits = await search(cfg, "logs", {"match": {"attributes.exception.message": "expired"}})
        assert [h["attributes"]["exception.type"] for h in hits] == ["ReservationLost"]
        exact = {"term": {"attributes.exception.message.keyword": "reservation 42 expired before payment"}}
        assert len(await search(cfg, "logs", exact)) == 1

        # a never-seen exception type is a new error type
        async def new_error_type() -> list[dict[str, Any]] | None:
            events = [orjson.loads(m.value) for m in await read_topic(cfg, cfg.kafka.topics.alerts, 1, timeout=5)]
            found = [e for e in events if e["alertname"] == "NewErrorType" and e["service.name"] == "checkout"]
            return found or None

        [alert, *_] = await eventually(new_error_type, timeout=120, interval=1)
        assert "ReservationLost" in alert["evidence"]["template"]


async def test_sentry_bad_envelopes_get_the_documented_answers(make_config) -> None:
    cfg = make_config(**{"ingest.max_body_bytes": 200_000, "ingest.max_decompressed_bytes": 1_000_000})
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    async with Ingestor(cfg, registry) as ingest:
        await eventually(lambda: _ready(ingest), timeout=30)
        url = f"http://127.0.0.1:{ingest.http_port}/api/7/envelope/"
        event = orjson.dumps({"message": "kept", "level": "info"})
        async with aiohttp.ClientSession() as http:
            async with http.post(url, data=b"{not json\n" + event) as resp:
                assert resp.status == 400 and "envelope header" in (await resp.json())["detail"]
            mixed = b"\n".join([
                b"{}", b'{"type":"event"}', b"{broken", b'{"type":"replay_recording","length":3}', b"abc",
                b'{"type":"event"}', event, b'{"type":"event","length":99999}', event,
            ])
            async with http.post(url, data=mixed) as resp:
                assert resp.status == 200, await resp.text()
            attachment = b"{}\n" + b'{"type":"attachment","length":300000}\n' + b"x" * 300_000
            async with http.post(url, data=attachment) as resp:  # over ingest.max_body_bytes
                assert resp.status == 413
            bomb = gzip.compress(b"{}\n" + b'{"type":"attachment","length":3000000}\n' + b"\0" * 3_000_000)
            async with http.post(url, data=bomb, headers={"Content-Encoding": "gzip"}) as resp:  # over ingest.max_decompressed_bytes
                assert resp.status == 413
            async with http.post(url, data=b'{}\n{"type":"event"}\n{"level":"loud","message":"x"}\n') as resp:
                assert resp.status == 400 and "not a Sentry level" in (await resp.json())["detail"]
        [raw] = await read_topic(cfg, cfg.kafka.topics.logs_raw, 1, timeout=30)
        assert raw.key == b"sentry-7"
        assert [r["message"] for r in orjson.loads(raw.value)] == ["kept"]
    assert registry.get_sample_value("sightline_ingest_unstored_items_total", {"transport": "sentry", "item": "replay_recording"}) == 1
    assert registry.get_sample_value("sightline_ingest_rejected_records_total", {"signal": "logs", "reason": "invalid_record"}) == 3


async def test_zipkin_exporter_spans_are_searchable(make_config) -> None:
    cfg = make_config()
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    ingest, proc, sink = Ingestor(cfg, registry), Processor(cfg, registry), ElasticsearchSink(cfg, registry)
    async with ingest, proc, sink:
        port = ingest.ports["ingest.zipkin"]
        provider = TracerProvider(resource=Resource.create({"service.name": "inventory"}))
        exporter = ZipkinExporter(endpoint=f"http://127.0.0.1:{port}/api/v2/spans")
        results: list[Any] = []

        class Recording(SimpleSpanProcessor):  # what the exporter says of each export
            def on_end(self, span: Any) -> None:
                results.append(exporter.export((span,)))

        provider.add_span_processor(Recording(exporter))
        tracer = provider.get_tracer("test")

        def emit() -> None:  # in a thread: the exporter's requests are answered on this test's loop
            with tracer.start_as_current_span("GET /stock/{sku}", kind=SpanKind.SERVER) as span:
                span.set_attribute("http.status_code", 502)
                span.set_status(Status(StatusCode.ERROR, "warehouse unreachable"))
                with tracer.start_as_current_span("warehouse lookup", kind=SpanKind.CLIENT):
                    pass
            provider.shutdown()

        await asyncio.to_thread(emit)
        assert [r.name for r in results] == ["SUCCESS", "SUCCESS"], results  # the exporter's own verdict

        spans = await eventually(lambda: _docs(cfg, "spans", 2), timeout=90)
        root = next(s for s in spans if s["name"] == "GET /stock/{sku}")
        assert (root["service.name"], root["kind"], root["status.code"]) == ("inventory", "server", "error")
        assert root["attributes"]["http.response.status_code"] == 502
        # a word of a span's name finds the span; the name stays exact for filters and aggregations
        assert [s["name"] for s in await search(cfg, "spans", {"match": {"name.text": "stock"}})] == ["GET /stock/{sku}"]
        assert len(await search(cfg, "spans", {"term": {"name": "GET /stock/{sku}"}})) == 1
        child = next(s for s in spans if s["name"] == "warehouse lookup")
        assert child["parent_span_id"] == root["span_id"] and child["trace_id"] == root["trace_id"]

        async with aiohttp.ClientSession() as http:
            bad = [{"traceId": "nothex", "id": "352bff9a74ca9ad2", "name": "x"},
                   {"traceId": "5af7183fb1d4cf5f", "id": "352bff9a74ca9ad2", "name": "kept", "timestamp": 1795428000000000}]
            async with http.post(f"http://127.0.0.1:{port}/api/v2/spans", json=bad) as resp:
                assert resp.status == 202
                answer = await resp.json()
            assert answer["accepted"] == 1 and answer["rejected"][0]["index"] == 0
            async with http.post(f"http://127.0.0.1:{port}/api/v2/spans", data=b"<xml/>", headers={"Content-Type": "text/xml"}) as resp:
                assert resp.status == 415
            async with http.post(f"http://127.0.0.1:{port}/api/v2/spans", json={"not": "a list"}) as resp:
                assert resp.status == 400
        kept = await eventually(lambda: _docs(cfg, "spans", 3), timeout=60)
        assert any(s["name"] == "kept" for s in kept)
