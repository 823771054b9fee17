"""Aggregations as the console asks for them, answered from the stored documents."""

from __future__ import annotations

import pytest

from pipeline.console.params import TimeRange
from pipeline.console.queries import (
    alert_chart_request,
    hist_series,
    service_body,
    services_body,
    services_rows,
)
from pipeline.docstore.aggs import percentile
from pipeline.docstore.errors import StoreError
from pipeline.docstore.store import DocStore
from tests.unit.docstore.conftest import NOW_MS, search

HOUR = TimeRange((NOW_MS - 3_600_000) / 1000, NOW_MS / 1000, "1h")


def test_the_services_page(store: DocStore) -> None:
    spans = search(store, "t-spans*", services_body(HOUR, 600, "deployment.environment.name", 50, "spans"))
    logs = search(store, "t-logs*", services_body(HOUR, 600, "deployment.environment.name", 50, "logs"))
    services = spans["aggregations"]["services"]
    assert [(b["key"], b["doc_count"]) for b in services["buckets"]] == [("api", 2), ("web", 1)]
    assert services["sum_other_doc_count"] == 0
    hist = services["buckets"][0]["noenv"]["hist"]["buckets"]
    assert len(hist) == 7 and hist[0]["key"] == NOW_MS - 3_600_000  # extended_bounds, empty buckets included
    assert hist[0]["key_as_string"] == "2026-12-05T09:00:00.000Z"
    last = hist[-2]  # 09:50-10:00
    assert last["doc_count"] == 2 and last["errors"]["doc_count"] == 2
    assert last["latency"]["values"] == {"50.0": 20.0, "95.0": 30.0, "99.0": 30.0}
    assert hist[0]["latency"]["values"] == {"50.0": None, "95.0": None, "99.0": None}
    rows = services_rows(spans["aggregations"], logs["aggregations"], 600, 3600.0)
    by = {(r["service"], r["env"]): r for r in rows}
    assert by[("api", "")]["requests"]["count"] == 2 and by[("api", "prod")]["logs"]["errors"] == 1
    assert by[("web", "staging")]["logs"]["count"] == 1


def test_one_service_and_its_operations(store: DocStore) -> None:
    answer = search(store, "t-spans*", service_body(HOUR, 60, "api", None, "deployment.environment.name"))
    ops = answer["aggregations"]["operations"]["buckets"]
    assert [(b["key"], b["doc_count"], b["errors"]["doc_count"]) for b in ops] == [
        ("GET /charge", 1, 1), ("SELECT cart", 1, 1)]  # equal counts: by key
    series = hist_series(answer["aggregations"]["hist"]["buckets"], 60)
    assert sum(series["count"]) == 2 and len(series["t"]) == 61


def test_an_alert_chart_of_metric_values(store: DocStore) -> None:
    body = store.bulk(b'{"create":{"_index":"t-metrics-2026.12.05","_id":"m1"}}\n'
                      b'{"id":"m1","@timestamp":"2026-12-05T09:59:00Z","service.name":"api","name":"q","value":4}\n'
                      b'{"create":{"_index":"t-metrics-2026.12.05","_id":"m2"}}\n'
                      b'{"id":"m2","@timestamp":"2026-12-05T09:59:10Z","service.name":"api","name":"q","value":6}\n')
    assert not body["errors"]
    request = alert_chart_request({"service.name": "api", "series": {"statistic": "value", "labels": {"metric": "q"}}},
                                  TimeRange((NOW_MS - 600_000) / 1000, NOW_MS / 1000, ""), 60)
    assert request is not None
    kind, query, _ = request
    buckets = search(store, f"t-{kind}*", query)["aggregations"]["hist"]["buckets"]
    assert [b["value"]["value"] for b in buckets if b["doc_count"]] == [5.0]


def test_terms_on_lists_counts_documents_and_orders_by_key(store: DocStore) -> None:
    answer = search(store, "t-logs*", {"size": 0, "aggs": {
        "tags": {"terms": {"field": "attributes.tags", "order": {"_key": "desc"}, "size": 1}},
        "codes": {"terms": {"field": "attributes.http.response.status_code"}},
        "avg": {"avg": {"field": "severity_number"}}, "none": {"avg": {"field": "nope"}},
        "sum": {"sum": {"field": "severity_number"}}, "max": {"max": {"field": "@timestamp"}}}})
    aggs = answer["aggregations"]
    assert aggs["tags"]["buckets"] == [{"key": "b", "doc_count": 2}] and aggs["tags"]["sum_other_doc_count"] == 1
    assert [b["key"] for b in aggs["codes"]["buckets"]] == [200, 500, 504]
    assert aggs["avg"]["value"] == pytest.approx(13.0) and aggs["none"]["value"] is None
    assert aggs["sum"]["value"] == 39.0
    assert aggs["max"] == {"value": float(NOW_MS - 60_000), "value_as_string": "2026-12-05T09:59:00.000Z"}


def test_percentiles_are_exact() -> None:
    assert percentile([0, 1, 2, 3], 50) == 1.5
    assert percentile([5.0], 99) == 5.0
    assert percentile(list(range(1, 101)), 50) == 50.5


@pytest.mark.parametrize(("aggs", "what"), [
    ({"x": {"geo_bounds": {"field": "a"}}}, "[geo_bounds] aggregation"),
    ({"x": {"terms": {"field": "message"}}}, "Text fields are not optimised"),
    ({"x": {"date_histogram": {"field": "@timestamp", "calendar_interval": "month"}}}, "calendar_interval"),
    ({"x": {"terms": {"field": "service.name", "include": "a.*"}}}, "['include']"),
    ({"x": {"terms": {"script": "doc.x"}}}, "without a field"),
])
def test_unsupported_aggregations_are_refused(store: DocStore, aggs: dict[str, object], what: str) -> None:
    with pytest.raises(StoreError) as refused:
        search(store, "t-logs*", {"size": 0, "aggs": aggs})
    assert refused.value.status == 400 and what in refused.value.reason
