"""The one naming rule for metric series (schemas.metricnames).

Cases come from the OpenTelemetry specification's Prometheus compatibility
section (the rules and its examples), the OpenTelemetry Collector's
Prometheus normalization table (pkg/translator/prometheus README) and
Grafana Cloud's OTLP notes; not from our own docstrings.
"""

from __future__ import annotations

import pytest
from hypothesis import given, seed, settings
from hypothesis import strategies as st

from schemas.metricnames import (
    is_valid_label_name,
    is_valid_metric_name,
    label_name,
    metric_labels,
    otlp_metric_name,
    prometheus_unit,
)

CASES = [
    # (name, unit, kind, monotonic) → expected
    # Collector normalization table
    (("system.filesystem.usage", "By", "gauge", False), "system_filesystem_usage_bytes"),
    (("system.network.dropped", "{packets}", "sum", False), "system_network_dropped"),
    (("system.network.dropped", "packets", "sum", False), "system_network_dropped_packets"),
    (("system.memory.utilization", "1", "gauge", False), "system_memory_utilization_ratio"),
    (("system.network.io", "By", "sum", True), "system_network_io_bytes_total"),
    # the specification: unit words, {..} dropped, foo/bar → foo_per_bar, _total once, unit suffix before type suffix
    (("http.server.duration", "ms", "histogram", False), "http_server_duration_milliseconds"),
    (("http.server.request.duration", "s", "histogram", False), "http_server_request_duration_seconds"),
    (("network.throughput", "By/s", "gauge", False), "network_throughput_bytes_per_second"),
    (("requests", "{request}", "sum", True), "requests_total"),
    (("requests_total", "", "sum", True), "requests_total"),
    (("process.cpu.time", "s", "sum", True), "process_cpu_time_seconds_total"),
    # name already contains the unit: not appended again
    (("latency_seconds", "s", "histogram", False), "latency_seconds"),
    (("go.memory.used.bytes", "By", "sum", False), "go_memory_used_bytes"),
    # Grafana Cloud's example: dots become underscores
    (("requests.duration", "", "gauge", False), "requests_duration"),
    # invalid characters, runs of underscores collapsed, a leading digit
    (("my-metric..name", "", "gauge", False), "my_metric_name"),
    (("2xx", "", "gauge", False), "_2xx"),
    (("ns:sub.metric", "", "gauge", False), "ns:sub_metric"),
    # a non-monotonic sum is not a counter
    (("queue.depth", "{item}", "sum", False), "queue_depth"),
]


@pytest.mark.parametrize(("args", "expected"), CASES)
def test_otlp_names_follow_the_specification(args: tuple[str, str, str, bool], expected: str) -> None:
    assert otlp_metric_name(*args) == expected


def test_units_as_words() -> None:
    assert prometheus_unit("ms") == "milliseconds"
    assert prometheus_unit("KiBy") == "kibibytes"
    assert prometheus_unit("{packet}") == ""
    assert prometheus_unit("1") == "ratio"
    assert prometheus_unit("m/s") == "meters_per_second"
    assert prometheus_unit("{request}/s") == "per_second"
    assert prometheus_unit("Cel") == "celsius"


def test_attribute_keys_become_label_names() -> None:
    # Grafana Cloud's example: http.status_code, cloud.region
    assert metric_labels({"http.status_code": "500", "cloud.region": "us-central1"}) == {
        "http_status_code": "500",
        "cloud_region": "us-central1",
    }
    assert label_name("0day") == "key_0day"
    # the specification: colliding keys keep their values joined by ';' in the order of the original keys
    assert metric_labels({"b.c": "2", "b_c": "1", "x": "y"}) == {"b_c": "2;1", "x": "y"}


@seed(18)
@settings(max_examples=300, deadline=None)
@given(name=st.text(min_size=1, max_size=30), unit=st.sampled_from(["", "s", "ms", "By", "1", "{req}", "By/s", "x y"]),
       kind=st.sampled_from(["gauge", "sum", "histogram"]), monotonic=st.booleans())
def test_any_name_becomes_a_valid_prometheus_name(name: str, unit: str, kind: str, monotonic: bool) -> None:
    out = otlp_metric_name(name, unit, kind, monotonic)
    assert is_valid_metric_name(out), out
    assert "__" not in out
    if kind == "sum" and monotonic:
        assert out.endswith("_total")
    # translating twice changes nothing more
    assert otlp_metric_name(out, unit, kind, monotonic) == out


@seed(18)
@settings(max_examples=300, deadline=None)
@given(key=st.text(min_size=1, max_size=30))
def test_any_key_becomes_a_valid_label_name(key: str) -> None:
    assert is_valid_label_name(label_name(key))
