"""The console's pure parts: parameters, query shaping, bands, waterfall, /metrics parsing, escaping."""

from __future__ import annotations

import statistics

import pytest
from hypothesis import given, seed, settings
from hypothesis import strategies as st

from pipeline.console.html import chart, esc, layout, spark
from pipeline.console.metrics import parse_metrics
from pipeline.console.params import (
    BadParam,
    hex_id,
    int_param,
    nice_interval,
    parse_instant,
    time_range,
)
from pipeline.console.queries import latest_per_fingerprint, services_rows, typical_band, waterfall


# -- parameters ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"range": "8d"}, "range: 8d is longer than the 7d allowed"),
        ({"range": "soon"}, "range: 'soon' is not a duration"),
        ({"range": "0s"}, "range: must be longer than zero"),
        ({"from": "2026-12-04T10:00:00Z", "to": "2026-12-04T09:00:00Z"}, "to: must be after from"),
        ({"to": "2026-12-04T10:00:00Z"}, "from: missing"),
        ({"from": "2026-11-01T00:00:00Z", "to": "2026-12-01T00:00:00Z"}, "longer than the 7d allowed"),
        ({"range": "1h", "from": "2026-12-04T10:00:00Z"}, "range: give either range or from/to"),
    ],
)
def test_bad_time_ranges_name_the_parameter(query: dict[str, str], message: str) -> None:
    with pytest.raises(BadParam) as caught:
        time_range(query, now=1_796_400_000.0, default="1h", maximum_s=7 * 86400)
    assert message in str(caught.value)


def test_instants_in_the_formats_browsers_and_users_send() -> None:
    # RFC 3339 with Z, with an offset, a datetime-local value (no zone: UTC), epoch s and ms
    assert parse_instant("2026-12-04T10:00:00Z", "from") == 1_796_378_400.0
    assert parse_instant("2026-12-04T11:00:00+01:00", "from") == 1_796_378_400.0
    assert parse_instant("2026-12-04T10:00", "from") == 1_796_378_400.0
    assert parse_instant("1796378400", "from") == parse_instant("1796378400000", "from")


def test_int_and_id_parameters() -> None:
    assert int_param({}, "limit", 100, 1, 500) == 100
    with pytest.raises(BadParam, match="not a whole number"):
        int_param({"limit": "ten"}, "limit", 100, 1, 500)
    with pytest.raises(BadParam, match="trace id"):
        hex_id("4bf92f3577b34da6a3ce929d0e0e473", "trace_id")  # 31 digits


@given(st.floats(min_value=1, max_value=30 * 86400), st.integers(min_value=10, max_value=1000))
@settings(max_examples=200, derandomize=True)
@seed(22)
def test_nice_interval_gives_at_most_the_points_asked_for(seconds: float, points: int) -> None:
    step = nice_interval(seconds, points)
    assert step >= 1
    assert seconds / step <= points or step == 1


# -- the typical range -----------------------------------------------------------------------
def test_typical_band_is_median_plus_minus_three_scaled_mads() -> None:
    history = [12.0, 15.0, 11.0, 14.0, 13.0, 90.0, 12.0, 16.0]
    lower, upper = typical_band([*history, 14.0], points=8)
    median = statistics.median(history)
    mad = statistics.median(abs(v - median) for v in history) * 1.4826
    assert upper[-1] == pytest.approx(median + 3 * mad, abs=1e-3)
    assert lower[-1] == pytest.approx(median - 3 * mad, abs=1e-3)
    # the 90 in the history barely moves it (a mean ± 3 sd band would reach past 90)
    assert upper[-1] < 25


@given(st.lists(st.one_of(st.none(), st.floats(min_value=0, max_value=1e6)), max_size=80), st.integers(2, 30))
@settings(max_examples=200, derandomize=True)
@seed(22)
def test_typical_band_only_looks_back(values: list[float | None], points: int) -> None:
    lower, upper = typical_band(values, points)
    assert len(lower) == len(upper) == len(values)
    for lo, hi in zip(lower, upper, strict=True):
        assert (lo is None) == (hi is None)
        if lo is not None and hi is not None:
            assert 0 <= lo <= hi
    # changing the last value never changes any band (a point is not part of its own baseline)
    if values:
        changed = [*values[:-1], 1e9]
        assert typical_band(changed, points) == (lower, upper)


# -- shaping -------------------------------------------------------------------------------------
def test_services_rows_keep_environments_apart_and_count_records_without_one() -> None:
    def hist(count: int, errors: int) -> dict:
        return {"buckets": [{"key": 0, "doc_count": count, "errors": {"doc_count": errors},
                             "latency": {"values": {"50.0": 5.0, "95.0": 9.0, "99.0": 12.0}}}]}

    spans = {"services": {"buckets": [{
        "key": "api", "doc_count": 150,
        "envs": {"buckets": [{"key": "prod", "doc_count": 100, "hist": hist(100, 2)},
                             {"key": "staging", "doc_count": 30, "hist": hist(30, 3)}]},
        "noenv": {"doc_count": 20, "hist": hist(20, 0)},
    }]}}
    rows = services_rows(spans, None, 60, 60.0)
    assert [(r["service"], r["env"]) for r in rows] == [("api", ""), ("api", "prod"), ("api", "staging")]
    assert [r["requests"]["error_ratio"] for r in rows] == [0.0, 0.02, 0.1]
    assert rows[1]["requests"]["latest"] == {"p50": 5.0, "p95": 9.0, "p99": 12.0}


def test_latest_event_per_alert_wins_whatever_the_order() -> None:
    events = [
        {"fingerprint": "f", "status": "resolved", "@timestamp": "2026-12-04T10:10:00.000Z"},
        {"fingerprint": "f", "status": "firing", "@timestamp": "2026-12-04T10:00:00.000Z"},
        {"fingerprint": "g", "status": "firing", "@timestamp": "2026-12-04T10:05:00.000Z"},
    ]
    assert [(e["fingerprint"], e["status"]) for e in latest_per_fingerprint(reversed(events))] == [
        ("f", "resolved"), ("g", "firing")]


def test_waterfall_orders_children_under_parents_and_keeps_orphans() -> None:
    spans = [
        {"span_id": "c2", "parent_span_id": "r", "start_time_unix_nano": 300, "end_time_unix_nano": 400},
        {"span_id": "r", "start_time_unix_nano": 0, "end_time_unix_nano": 1000},
        {"span_id": "c1", "parent_span_id": "r", "start_time_unix_nano": 100, "end_time_unix_nano": 200},
        {"span_id": "g", "parent_span_id": "c1", "start_time_unix_nano": 150, "end_time_unix_nano": 160},
        {"span_id": "o", "parent_span_id": "missing", "start_time_unix_nano": 500, "end_time_unix_nano": 600},
        {"span_id": "x", "parent_span_id": "y", "start_time_unix_nano": 700, "end_time_unix_nano": 710},
        {"span_id": "y", "parent_span_id": "x", "start_time_unix_nano": 720, "end_time_unix_nano": 730},
    ]
    rows, start, end = waterfall(spans)
    assert [(r["span"]["span_id"], r["depth"]) for r in rows][:5] == [("r", 0), ("c1", 1), ("g", 2), ("c2", 1), ("o", 0)]
    assert sorted(r["span"]["span_id"] for r in rows) == sorted(s["span_id"] for s in spans)  # a parent cycle is shown too
    assert (start, end) == (0, 1000)
    assert rows[1]["offset_pct"] == 10.0 and rows[1]["width_pct"] == 10.0


# -- /metrics ------------------------------------------------------------------------------------
def test_processors_figures_are_merged_over_the_shortest_window() -> None:
    # what two processors' StatsCollector and DetectionCollector expose, as Prometheus text
    one = (
        '# TYPE sightline_service_requests gauge\n'
        'sightline_service_requests{service="api",operation="GET /a",window="1m"} 60\n'
        'sightline_service_requests{service="api",operation="GET /a",window="5m"} 300\n'
        'sightline_service_errors{service="api",operation="GET /a",window="1m"} 3\n'
        'sightline_service_request_rate{service="api",operation="GET /a",window="1m"} 1\n'
        'sightline_anomaly_score{service="api",name="GET /a",statistic="latency_p95_ms"} 0.4\n'
    )
    two = (
        'sightline_service_requests{service="api",operation="GET /b",window="1m"} 40\n'
        'sightline_service_errors{service="api",operation="GET /b",window="1m"} NaN\n'
        'sightline_anomaly_score{service="api",name="GET /b",statistic="request_rate"} 0.95\n'
        'sightline_alerts_firing{service="api",alertname="RequestRateAnomaly",severity="warning"} 1\n'
    )
    merged = parse_metrics(two, parse_metrics(one))
    api = merged["api"]
    assert (api.window, api.requests, api.errors, api.firing) == ("1m", 100.0, 3.0, 1)
    assert api.error_ratio == pytest.approx(0.03)
    assert api.anomaly == 0.95 and api.anomaly_by == {"latency_p95_ms": 0.4, "request_rate": 0.95}


# -- escaping --------------------------------------------------------------------------------------
def test_hostile_names_are_text_everywhere() -> None:
    evil = '</script><script>alert(1)</script>"><img src=x onerror=alert(2)>'
    page = layout(evil, esc(evil), "/services", store=evil, live=evil, firing=[evil])
    assert "<script>alert" not in page and "<img" not in page
    for html in (spark([0], [1.0], label=evil, text=evil), chart([0], [{"label": evil, "values": [1.0]}], label=evil, summary=evil)):
        assert "</script><script>" not in html and "<img" not in html


def test_the_detectors_band_now_is_read_per_series_and_statistic() -> None:
    # the anomaly source's families on a processor's /metrics (service, name, series, statistic)
    labels = 'service="api",name="GET /a",series="",statistic="latency_p95_ms"'
    warming = 'service="api",name="GET /b",series="",statistic="request_rate"'
    text = "".join(
        f"sightline_anomaly_{field}{{{labels}}} {value}\n"
        for field, value in (("score", 0.97), ("value", 441.5), ("expected", 197.0), ("lower", 181.0), ("upper", 213.0))
    ) + f"sightline_anomaly_score{{{warming}}} 0\nsightline_anomaly_lower{{{warming}}} NaN\n"
    api = parse_metrics(text)["api"]
    assert api.detectors[("GET /a", "latency_p95_ms")] == {
        "score": 0.97, "value": 441.5, "expected": 197.0, "lower": 181.0, "upper": 213.0}
    assert api.detectors[("GET /b", "request_rate")] == {"score": 0.0}  # no band while it warms up
