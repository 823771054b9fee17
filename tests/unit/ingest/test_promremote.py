"""Prometheus remote write: the codec (snappy, WriteRequest, checks, split) and the points it becomes."""

from __future__ import annotations

import math
import struct
from typing import Any

import cramjam
import pytest
from hypothesis import given, seed, settings
from hypothesis import strategies as st
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import ExportMetricsServiceRequest

from pipeline.ingest.errors import InvalidRequest, PayloadTooLarge, TooManyRecords
from pipeline.ingest.limits import Limits
from pipeline.ingest.promremote.codec import (
    MetadataCache,
    decompress,
    from_v2,
    parse,
    parse_v2,
    split,
)
from pipeline.process.decode import decode_raw
from schemas.prometheus import (
    COUNTER,
    HISTOGRAM,
    STALE_NAN_BITS,
    WriteRequest,
    WriteRequestV2,
    write_request_points,
)
from schemas.raw import FORMAT_OTLP_PROTO, FORMAT_PROM_WRITE, RawEnvelope

T = 1_700_000_000_000  # ms
STALE = struct.unpack("<d", struct.pack("<Q", STALE_NAN_BITS))[0]


def series(req: Any, labels: dict[str, str], *samples: tuple[float, int]) -> Any:
    ts = req.timeseries.add()
    for k in sorted(labels):
        ts.labels.add(name=k, value=labels[k])
    for v, t in samples:
        ts.samples.add(value=v, timestamp=t)
    return ts


def snappy(data: bytes) -> bytes:
    return bytes(cramjam.snappy.compress_raw(data))


def by_name(points: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for p in points:
        out.setdefault(p["name"], []).append(p)
    return out


# -- bodies ------------------------------------------------------------------------------
def test_garbage_is_400_and_valid_snappy_of_garbage_protobuf_is_400() -> None:
    with pytest.raises(InvalidRequest, match="snappy"):
        decompress(b"\xff\xff\xff\xff\x0fgarbage", 1 << 20)
    data = decompress(snappy(b"\x0a\xff\xff\xff\x7f not a write request"), 1 << 20)
    with pytest.raises(InvalidRequest, match="WriteRequest"):
        parse(data)


def test_a_body_announcing_more_than_the_limit_is_refused_before_it_is_expanded() -> None:
    body = snappy(b"\0" * (8 << 20))  # 8 MiB of zeros: ~400 KB compressed
    assert len(body) < 1 << 20
    with pytest.raises(PayloadTooLarge, match="announces 8388608 bytes"):
        decompress(body, 1 << 20)


def test_too_many_samples_refuse_the_whole_request() -> None:
    req = WriteRequest()
    for i in range(11):
        series(req, {"__name__": "up", "job": "a", "i": str(i)}, (1, T))
    with pytest.raises(TooManyRecords, match="11 samples"):
        split(req.SerializeToString(), req, Limits(max_records=10), MetadataCache())


# -- checks and split --------------------------------------------------------------------
def test_invalid_series_are_refused_and_the_rest_kept() -> None:
    req = WriteRequest()
    series(req, {"__name__": "ok_metric", "job": "api", "path": "/"}, (1, T))
    series(req, {"__name__": "ok_metric", "job": "api", "bad-label": "x"}, (1, T))
    series(req, {"__name__": "1bad", "job": "api"}, (1, T))
    series(req, {"job": "api"}, (1, T))
    ts = series(req, {"__name__": "dup", "job": "api"}, (1, T))
    ts.labels.add(name="job", value="again")
    series(req, {"__name__": "other", "job": "web"}, (2, T))
    out = split(req.SerializeToString(), req, Limits(), MetadataCache())
    assert out.refused == {"invalid_label_name": 1, "invalid_metric_name": 1, "missing_metric_name": 1, "duplicate_label": 1}
    assert "'bad-label'" in out.message
    services = {svc: parse(payload) for svc, payload in out.batches}
    assert set(services) == {"api", "web"}
    assert [lb.value for lb in services["api"].timeseries[0].labels if lb.name == "path"] == ["/"]
    assert (out.series, out.samples) == (2, 2)


def test_too_many_labels_refuse_the_series() -> None:
    req = WriteRequest()
    series(req, {"__name__": "m", **{f"l{i}": "v" for i in range(5)}}, (1, T))
    out = split(req.SerializeToString(), req, Limits(max_attributes=3), MetadataCache())
    assert out.refused == {"too_many_labels": 1} and not out.batches


def test_stale_nan_and_inf_are_accepted_then_left_out_of_points() -> None:
    req = WriteRequest()
    series(req, {"__name__": "g", "job": "a"}, (1.5, T), (STALE, T + 1), (math.nan, T + 2), (math.inf, T + 3), (-math.inf, T + 4))
    out = split(req.SerializeToString(), req, Limits(), MetadataCache())
    assert out.samples == 5 and not out.refused
    [(service, payload)] = out.batches
    points = write_request_points(parse(payload), service, 0)
    assert [p["value"] for p in points] == [1.5]


def test_series_without_job_go_to_the_default_service_and_other_labels_can_name_it() -> None:
    req = WriteRequest()
    series(req, {"__name__": "up", "instance": "h:1"}, (1, T))
    series(req, {"__name__": "up", "app": "shop", "pod": "p1"}, (1, T))
    out = split(req.SerializeToString(), req, Limits(default_service="fallback"), MetadataCache())
    assert sorted(s for s, _ in out.batches) == ["fallback"]
    out = split(req.SerializeToString(), req, Limits(default_service="fallback"), MetadataCache(), service_label="app", instance_label="pod")
    points = {p["service.name"]: p for s, payload in out.batches for p in write_request_points(parse(payload), s, 0)}
    assert points["shop"]["resource"] == {"service.name": "shop", "service.instance.id": "p1"}
    assert points["shop"]["attributes"] == {}


def test_batches_stay_under_the_kafka_message_limit() -> None:
    req = WriteRequest()
    for i in range(300):
        series(req, {"__name__": f"m{i % 7}", "job": "a", "pad": "x" * 100, "i": str(i)}, (i, T))
    out = split(req.SerializeToString(), req, Limits(max_batch_bytes=4096), MetadataCache())
    assert len(out.batches) > 5
    assert all(len(p) <= 4096 for _, p in out.batches)
    assert sum(len(parse(p).timeseries) for _, p in out.batches) == 300


def test_metadata_sent_earlier_types_the_series_of_later_requests() -> None:
    cache = MetadataCache()
    meta = WriteRequest()
    meta.metadata.add(type=COUNTER, metric_family_name="jobs_processed", help="Jobs done.", unit="")
    meta.metadata.add(type=HISTOGRAM, metric_family_name="latency_seconds", help="Latency.", unit="seconds")
    assert split(meta.SerializeToString(), meta, Limits(), cache).batches == []
    req = WriteRequest()
    series(req, {"__name__": "jobs_processed", "job": "w"}, (5, T))  # a counter without _total: known from metadata
    out = split(req.SerializeToString(), req, Limits(), cache)
    [(service, payload)] = out.batches
    [p] = write_request_points(parse(payload), service, 0)
    assert (p["type"], p["monotonic"], p["description"]) == ("sum", True, "Jobs done.")


# -- points ------------------------------------------------------------------------------
def histogram_request(job: str = "api", count: float = 10, with_count: bool = True) -> Any:
    """A classic histogram as Prometheus writes it: cumulative _bucket series, _sum, _count."""
    req = WriteRequest()
    base = {"job": job, "instance": "h:9", "http_route": "/users"}
    for le, cum in (("0.1", 2), ("0.5", 7), ("1", 9), ("+Inf", count)):
        series(req, {"__name__": "http_server_request_duration_seconds_bucket", "le": le, **base}, (cum, T))
    series(req, {"__name__": "http_server_request_duration_seconds_sum", **base}, (3.5, T))
    if with_count:
        series(req, {"__name__": "http_server_request_duration_seconds_count", **base}, (count, T))
    return req


def test_a_classic_histogram_family_becomes_one_histogram_point() -> None:
    [p] = write_request_points(histogram_request(), "x", 0)
    assert p["name"] == "http_server_request_duration_seconds"
    assert p["type"] == "histogram" and p["temporality"] == "cumulative"
    assert p["explicit_bounds"] == [0.1, 0.5, 1.0]
    assert p["bucket_counts"] == [2, 5, 2, 1]
    assert (p["count"], p["sum"]) == (10, 3.5)
    assert p["attributes"] == {"http_route": "/users"}
    assert p["time_unix_nano"] == T * 1_000_000


def test_a_histogram_without_its_count_keeps_its_series_as_counters() -> None:
    points = by_name(write_request_points(histogram_request(with_count=False), "x", 0))
    # the spec drops a histogram without _count; its series are still kept, as cumulative counters
    assert set(points) == {"http_server_request_duration_seconds_bucket", "http_server_request_duration_seconds_sum"}
    assert all(p["type"] == "sum" and p["monotonic"] for ps in points.values() for p in ps)


def test_an_otlp_histogram_and_the_same_series_from_prometheus_are_one_series() -> None:
    otlp = ExportMetricsServiceRequest()
    rm = otlp.resource_metrics.add()
    rm.resource.attributes.add(key="service.name").value.string_value = "api"
    m = rm.scope_metrics.add().metrics.add(name="http.server.request.duration", unit="s")
    m.histogram.aggregation_temporality = 2
    dp = m.histogram.data_points.add(time_unix_nano=T * 1_000_000, count=10, sum=3.5)
    dp.attributes.add(key="http.route").value.string_value = "/users"
    dp.explicit_bounds.extend([0.1, 0.5, 1.0])
    dp.bucket_counts.extend([2, 5, 2, 1])
    [from_otlp] = decode_raw("metrics", RawEnvelope(FORMAT_OTLP_PROTO, 1).headers(), otlp.SerializeToString(), b"api")
    [from_prom] = decode_raw(
        "metrics", RawEnvelope(FORMAT_PROM_WRITE, 1).headers(), histogram_request().SerializeToString(), b"api"
    )
    for key in ("name", "series_id", "attributes", "explicit_bounds", "bucket_counts", "count", "sum", "type"):
        assert from_otlp[key] == from_prom[key], key


def test_counters_gauges_summaries() -> None:
    req = WriteRequest()
    series(req, {"__name__": "http_requests_total", "job": "a", "code": "200"}, (5, T), (7, T + 15000))
    series(req, {"__name__": "process_resident_memory_bytes", "job": "a"}, (1e6, T))
    for q, v in (("0.5", 0.2), ("0.99", 0.9)):
        series(req, {"__name__": "rpc_seconds", "quantile": q, "job": "a"}, (v, T))
    series(req, {"__name__": "rpc_seconds_sum", "job": "a"}, (12.0, T))
    series(req, {"__name__": "rpc_seconds_count", "job": "a"}, (40, T))
    series(req, {"__name__": "rpc_seconds_created", "job": "a"}, (1.6e9, T))
    points = by_name(write_request_points(req, "x", 0))
    assert set(points) == {"http_requests_total", "process_resident_memory_bytes", "rpc_seconds"}
    counter = points["http_requests_total"]
    assert [(p["type"], p["monotonic"], p["value"]) for p in counter] == [("sum", True, 5), ("sum", True, 7)]
    assert points["process_resident_memory_bytes"][0]["type"] == "gauge"
    [summary] = points["rpc_seconds"]
    assert summary["type"] == "summary" and (summary["count"], summary["sum"]) == (40, 12.0)
    assert summary["quantiles"] == [{"quantile": 0.5, "value": 0.2}, {"quantile": 0.99, "value": 0.9}]


def test_a_native_histogram_becomes_an_exponential_histogram() -> None:
    req = WriteRequest()
    ts = series(req, {"__name__": "rpc_latency_seconds", "job": "a"})
    h = ts.histograms.add(count_int=6, sum=4.0, schema=0, zero_threshold=1e-128, zero_count_int=0, timestamp=T)
    # buckets -1 and 0, a gap of two, then bucket 3 (Prometheus indexes by upper bound)
    h.positive_spans.add(offset=-1, length=2)
    h.positive_spans.add(offset=2, length=1)
    h.positive_deltas.extend([2, 1, -2])  # counts 2, 3, 1
    [p] = write_request_points(req, "x", 0)
    assert p["type"] == "exponential_histogram" and p["scale"] == 0
    # OpenTelemetry indexes by lower bound: one less
    assert p["positive"] == {"offset": -2, "bucket_counts": [2, 3, 0, 0, 1]}
    assert p["count"] == 6 and p["sum"] == 4.0


def test_exemplars_go_with_the_point() -> None:
    req = WriteRequest()
    ts = series(req, {"__name__": "orders_total", "job": "a"}, (3, T))
    ex = ts.exemplars.add(value=1.0, timestamp=T)
    ex.labels.add(name="trace_id", value="4bf92f3577b34da6a3ce929d0e0e4736")
    ex.labels.add(name="user", value="u1")
    [p] = write_request_points(req, "x", 0)
    assert p["exemplars"] == [
        {"value": 1.0, "time_unix_nano": T * 1_000_000, "trace_id": "4bf92f3577b34da6a3ce929d0e0e4736", "attributes": {"user": "u1"}}
    ]


@seed(18)
@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_escape_as_anything_but_a_clear_refusal(blob: bytes) -> None:
    for body in (blob, snappy(blob)):
        try:
            data = decompress(body, 1 << 16)
            req = parse(data)
            split(data, req, Limits(), MetadataCache())
        except (InvalidRequest, PayloadTooLarge, TooManyRecords):
            pass


# -- remote write 2.0 ----------------------------------------------------------------------
def test_a_2_0_request_reads_as_its_1_0_equivalent() -> None:
    """The same series written as 1.0 and as 2.0 (symbol table, per-series metadata) give the same points."""
    v1 = histogram_request()
    v1.metadata.add(type=HISTOGRAM, metric_family_name="http_server_request_duration_seconds", help="Latency.", unit="seconds")
    v2 = WriteRequestV2()
    symbols: dict[str, int] = {"": 0}

    def ref(text: str) -> int:
        if text not in symbols:
            symbols[text] = len(symbols)
        return symbols[text]

    for ts in v1.timeseries:
        t2 = v2.timeseries.add()
        for lb in ts.labels:
            t2.labels_refs.extend([ref(lb.name), ref(lb.value)])
        for s in ts.samples:
            t2.samples.add(value=s.value, timestamp=s.timestamp)
        t2.metadata.type, t2.metadata.help_ref, t2.metadata.unit_ref = HISTOGRAM, ref("Latency."), ref("seconds")
    v2.symbols.extend(symbols)
    converted, refused, _ = from_v2(parse_v2(v2.SerializeToString()))
    assert not refused
    assert write_request_points(converted, "x", 0) == write_request_points(v1, "x", 0)


def test_2_0_references_outside_the_symbol_table_refuse_their_series() -> None:
    v2 = WriteRequestV2(symbols=["", "__name__", "up"])
    v2.timeseries.add(labels_refs=[1, 2]).samples.add(value=1, timestamp=T)
    v2.timeseries.add(labels_refs=[1, 7]).samples.add(value=1, timestamp=T)
    v2.timeseries.add(labels_refs=[1]).samples.add(value=1, timestamp=T)
    converted, refused, problem = from_v2(v2)
    assert refused == {"invalid_symbol_ref": 2} and "3 symbols" in problem
    assert len(converted.timeseries) == 1


def test_each_batch_carries_its_own_series_metadata_and_fits_a_kafka_message() -> None:
    # issue #15: a request's metadata was appended whole to every batch; 3,000 families' help
    # texts (or one help text of megabytes) made every batch outgrow a Kafka message: 503 forever
    request = WriteRequest()
    request.metadata.add(type=1, metric_family_name="up", help="h" * 2_000_000)
    for i in range(3000):
        request.metadata.add(type=1, metric_family_name=f"fam_{i}_total", help="Total number of things. " * 10)
        ts = request.timeseries.add()
        ts.labels.add(name="__name__", value=f"fam_{i}_total")
        ts.labels.add(name="job", value="a")
        ts.samples.add(value=1, timestamp=1_700_000_000_000)
    up = request.timeseries.add()
    up.labels.add(name="__name__", value="up")
    up.samples.add(value=1, timestamp=1_700_000_000_000)
    data = request.SerializeToString()
    limits = Limits()
    out = split(data, parse(data), limits, MetadataCache())
    assert len(out.batches) > 1 and all(len(payload) <= limits.max_batch_bytes for _s, payload in out.batches)
    series_seen, described = [], []
    for _service, payload in out.batches:
        batch = parse(payload)
        names = {lb.value for ts in batch.timeseries for lb in ts.labels if lb.name == "__name__"}
        series_seen.extend(names)
        described.extend(md.metric_family_name for md in batch.metadata)
        assert {md.metric_family_name for md in batch.metadata} <= names  # only its own series' families
    assert sorted(series_seen) == sorted([f"fam_{i}_total" for i in range(3000)] + ["up"])
    assert sorted(described) == sorted(f"fam_{i}_total" for i in range(3000))  # up's 2 MB help did not fit
