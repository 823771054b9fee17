"""One namespace: the same OpenTelemetry instruments, exported over OTLP and scraped from the
OpenTelemetry SDK's own Prometheus exporter, give the same series.

The Prometheus side is the ``opentelemetry-exporter-prometheus`` package's exposition (its own
implementation of the specification's naming rule); the OTLP side goes through the processor's
decode (:mod:`schemas.metricnames`).  Neither side is built by us.
"""

from __future__ import annotations

from typing import Any

import pytest
from opentelemetry.exporter.otlp.proto.common.metrics_encoder import encode_metrics
from opentelemetry.exporter.prometheus import PrometheusMetricReader
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.resources import Resource
from prometheus_client import CollectorRegistry, generate_latest

from pipeline.ingest.limits import Limits
from pipeline.ingest.promremote.codec import MetadataCache, parse, split
from pipeline.ingest.scrape.codec import Target, exposition_request, parse_exposition, target_labels
from pipeline.process.decode import decode_raw
from schemas.prometheus import write_request_points
from schemas.raw import FORMAT_OTLP_PROTO, RawEnvelope


def both_sides() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    registry = CollectorRegistry()
    prom_reader = PrometheusMetricReader(registry=registry)
    memory = InMemoryMetricReader()
    provider = MeterProvider(
        resource=Resource.create({"service.name": "checkout", "service.version": "2.1"}), metric_readers=[prom_reader, memory]
    )
    meter = provider.get_meter("shop")
    duration = meter.create_histogram("http.server.request.duration", unit="s", description="Request time.")
    requests = meter.create_counter("http.server.requests", unit="{request}")
    sent = meter.create_counter("network.io", unit="By")
    active = meter.create_up_down_counter("http.server.active_requests", unit="{request}")
    memory_used = meter.create_gauge("process.memory.usage", unit="By")
    utilization = meter.create_gauge("cpu.utilization", unit="1")
    for i, route in enumerate(["/a", "/b", "/a"]):
        attrs = {"http.route": route, "http.request.method": "GET"}
        duration.record(0.1 * (i + 1), attrs)
        requests.add(1, attrs)
        sent.add(100, {"network.io.direction": "transmit"})
    active.add(3)
    memory_used.set(1_000_000)
    utilization.set(0.25)

    request = encode_metrics(memory.get_metrics_data())
    otlp = decode_raw("metrics", RawEnvelope(FORMAT_OTLP_PROTO, 1).headers(), request.SerializeToString(), b"checkout")
    exposition = generate_latest(registry).decode()
    provider.shutdown()

    target = Target("checkout", "http://h:9464/metrics", target_labels("checkout", "h:9464"))
    families = parse_exposition(exposition)
    write, _ = exposition_request(families, target, 1_000)
    data = write.SerializeToString()
    out = split(data, write, Limits(), MetadataCache())
    scraped = [p for service, payload in out.batches for p in write_request_points(parse(payload), service, 0)]
    return otlp, scraped


def series(points: list[dict[str, Any]]) -> dict[tuple[str, tuple[tuple[str, Any], ...]], dict[str, Any]]:
    return {(p["name"], tuple(sorted(p["attributes"].items()))): p for p in points}


# Where the exporter departs from the specification: unit "1" should become "ratio" (the
# specification, and the Collector for gauges); opentelemetry-exporter-prometheus leaves it out.
EXPORTER_DEPARTS = {"cpu_utilization": "cpu_utilization_ratio"}


def test_the_same_instruments_are_the_same_series_either_way() -> None:
    otlp, scraped = both_sides()
    for p in scraped:
        p["name"] = EXPORTER_DEPARTS.get(p["name"], p["name"])
    from_otlp, from_scrape = series(otlp), series(scraped)
    assert set(from_otlp) == set(from_scrape), (sorted(from_otlp), sorted(from_scrape))
    names = {name for name, _ in from_otlp}
    assert names == {
        "http_server_request_duration_seconds",
        "http_server_requests_total",
        "network_io_bytes_total",
        "http_server_active_requests",
        "process_memory_usage_bytes",
        "cpu_utilization_ratio",
    }
    for key, point in from_otlp.items():
        other = from_scrape[key]
        if point["name"] not in EXPORTER_DEPARTS.values():
            assert point["series_id"] == other["series_id"], key
        if point["type"] == "histogram":
            assert other["type"] == "histogram"
            assert point["bucket_counts"] == other["bucket_counts"] and point["count"] == other["count"]
            assert point["sum"] == pytest.approx(other["sum"])
        else:
            assert point["value"] == pytest.approx(other["value"]), key
        # the exporter's otel_scope_* labels are the scope again, its target_info the resource
        assert other["scope"] == {"name": "shop"} and point["scope"]["name"] == "shop"
        assert other["resource"]["service_version"] == "2.1" and point["resource"]["service.version"] == "2.1"
