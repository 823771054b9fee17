"""The query DSL and query strings as the docstore answers them, over a few sink-shaped documents."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.alerts.engine import _ERRORS
from pipeline.console.params import TimeRange
from pipeline.console.queries import (
    ERROR_SPAN,
    env_filter,
    logs_body,
    recent_traces_body,
    records_body,
    trace_bodies,
)
from pipeline.docstore.errors import StoreError
from pipeline.docstore.query import parse_lucene, parse_simple
from pipeline.docstore.store import DocStore
from tests.unit.docstore.conftest import NOW_MS, ids, search

HOUR = TimeRange((NOW_MS - 3_600_000) / 1000, NOW_MS / 1000, "1h")


def test_term_on_a_dotted_key_and_on_a_nested_path(store: DocStore) -> None:
    assert ids(store, "t-logs*", {"term": {"service.name": "api"}}) == ["l1", "l2"]
    assert ids(store, "t-logs*", {"term": {"resource.service.name": "web"}}) == ["l3"]
    assert ids(store, "t-logs*", {"term": {"service.name": "API"}}) == []  # keywords are exact


def test_numbers_are_compared_as_numbers_and_coerced(store: DocStore) -> None:
    # "500" was sent as a string to a field mapped long by the first document (504): stored as 500
    assert ids(store, "t-logs*", {"range": {"attributes.http.response.status_code": {"gte": 500}}}) == ["l1", "l3"]
    assert ids(store, "t-logs*", {"term": {"attributes.http.response.status_code": "504"}}) == ["l1"]


def test_date_ranges_take_iso_text_epoch_ms_and_date_math(store: DocStore) -> None:
    assert ids(store, "t-logs*", {"range": {"@timestamp": {"gte": "2026-12-05T09:58:00Z"}}}) == ["l1", "l2"]
    assert ids(store, "t-logs*", {"range": {"@timestamp": {"gt": NOW_MS - 120_000}}}) == ["l1"]
    assert ids(store, "t-logs*", {"range": {"@timestamp": {"gte": "now-30m"}}}) == ["l1", "l2"]
    assert ids(store, "t-logs*", {"range": {"@timestamp": {"lt": "now/h"}}}) == ["l1", "l2", "l3"]


def test_exists_and_the_console_environment_filter(store: DocStore) -> None:
    assert ids(store, "t-logs*", env_filter("deployment.environment.name", "prod")[0]) == ["l1"]
    assert ids(store, "t-logs*", env_filter("deployment.environment.name", "")[0]) == ["l2"]
    assert ids(store, "t-spans*", {"bool": {"must_not": [{"exists": {"field": "parent_span_id"}}]}}) == ["s1", "s3"]
    assert ids(store, "t-spans*", {"exists": {"field": "status"}}) == ["s1", "s2", "s3"]  # an object: any leaf under it


def test_lists_match_on_any_element(store: DocStore) -> None:
    assert ids(store, "t-logs*", {"term": {"attributes.tags": "b"}}) == ["l1", "l2"]
    assert ids(store, "t-logs*", {"terms": {"attributes.tags": ["a", "zzz"]}}) == ["l1"]


def test_should_with_minimum_should_match_is_the_console_error_span(store: DocStore) -> None:
    assert ids(store, "t-spans*", ERROR_SPAN) == ["s1", "s2"]
    two = {"bool": {"should": [{"term": {"service.name": "api"}}, {"term": {"status.code": "ok"}}],
                    "minimum_should_match": 2}}
    assert ids(store, "t-spans*", two) == ["s2"]
    assert ids(store, "t-spans*", {"bool": {"filter": [{"term": {"service.name": "web"}}],
                                            "should": [{"term": {"status.code": "error"}}]}}) == ["s3"]


@pytest.mark.parametrize(("text", "expected"), [
    ("timeout", ["l1"]),
    ("TIMEOUT upstream", ["l1"]),
    ("api.example.com", ["l1"]),  # one word, as the standard analyzer makes it
    ("example", []),
    ("12.5", ["l2"]),
    ('"after 300"', ["l1"]),
    ('"300 after"', []),
    ("handled -request", []),
    ("cache | timeout", ["l1", "l3"]),
    ("time*", ["l1"]),
    ("u1234", ["l3"]),
])
def test_simple_query_string_on_the_message(store: DocStore, text: str, expected: list[str]) -> None:
    query = {"simple_query_string": {"query": text, "fields": ["message"], "default_operator": "and"}}
    assert ids(store, "t-logs*", query) == expected


def test_the_console_logs_query_finds_words_newest_first(store: DocStore) -> None:
    body = logs_body(HOUR, 10, service="api", text="ms")
    answer = search(store, "t-logs*", body)
    assert [h["_id"] for h in answer["hits"]["hits"]] == ["l1", "l2"]
    assert answer["hits"]["total"] == {"value": 2, "relation": "eq"}
    assert [h["sort"] for h in answer["hits"]["hits"]] == [[NOW_MS - 60_000], [NOW_MS - 120_000]]


def test_evidence_traces_and_records(store: DocStore) -> None:
    spans, logs = trace_bodies("t1", 100)
    assert [h["_id"] for h in search(store, "t-spans*", spans)["hits"]["hits"]] == ["s2", "s1"]  # by start
    assert [h["_id"] for h in search(store, "t-logs*", logs)["hits"]["hits"]] == ["l3", "l1"]
    assert [h["_id"] for h in search(store, "t-logs*", records_body(["l2", "l1", "x"]))["hits"]["hits"]] == ["l2", "l1"]
    roots = search(store, "t-spans*", recent_traces_body(HOUR, 10, None, errors_only=True))["hits"]["hits"]
    assert [h["_id"] for h in roots] == ["s1"]


def test_the_alert_evidence_query_string(store: DocStore) -> None:
    q = f'service.name:"api" AND @timestamp:[2026-12-05T09:30:00.000Z TO *] AND {_ERRORS}'
    assert ids(store, "t-logs*", {"query_string": {"query": q}}) == ["l1"]
    assert ids(store, "t-spans*", {"query_string": {"query": q}}) == ["s1", "s2"]
    assert ids(store, "t-logs*", {"query_string": {"query": 'message:"after 300" OR service.name:web'}}) == ["l1", "l3"]
    assert ids(store, "t-logs*", {"query_string": {"query": "timeout"}}) == ["l1"]  # no field: any field
    assert ids(store, "t-*", {"query_string": {"query": "web"}}) == ["l3", "s3"]  # a whole keyword value


def test_ids_prefix_and_wildcards(store: DocStore) -> None:
    assert ids(store, "t-*", {"ids": {"values": ["l2", "s3"]}}) == ["l2", "s3"]
    assert ids(store, "t-spans*", {"prefix": {"operation": "GET"}}) == ["s1", "s3"]
    assert ids(store, "t-spans*", {"wildcard": {"operation": {"value": "*cart"}}}) == ["s2"]
    assert ids(store, "t-spans*", {"wildcard": {"operation": {"value": "*CART", "case_insensitive": True}}}) == ["s2"]
    assert ids(store, "t-spans*", {"match": {"name.text": "cart"}}) == ["s2"]  # the words of a keyword


def test_sort_with_missing_values_last_and_source_filtering(store: DocStore) -> None:
    answer = search(store, "t-spans*", {"size": 10, "sort": [{"parent_span_id": "desc"}, {"start_time_unix_nano": "asc"}],
                                        "_source": ["operation", "status.code"]})
    hits = answer["hits"]["hits"]
    assert [h["_id"] for h in hits] == ["s2", "s3", "s1"]
    assert hits[0]["_source"] == {"operation": "SELECT cart", "status": {"code": "ok"}}
    assert hits[0]["_score"] is None and answer["hits"]["max_score"] is None


def test_totals_follow_track_total_hits(store: DocStore) -> None:
    answer = search(store, "t-*", {"size": 1, "track_total_hits": 2})
    assert answer["hits"]["total"] == {"value": 2, "relation": "gte"} and len(answer["hits"]["hits"]) == 1
    assert "total" not in search(store, "t-*", {"track_total_hits": False})["hits"]
    assert search(store, "t-*", {"rest_total_hits_as_int": True, "size": 0})["hits"]["total"] == 6
    assert store.count(store.resolve("t-logs*"), {"query": {"term": {"trace_id": "t1"}}}) == 2


def test_index_patterns(store: DocStore) -> None:
    assert [ix.name for ix in store.resolve("t-logs*,t-spans-2026.12.05")] == ["t-logs-2026.12.05", "t-spans-2026.12.05"]
    assert [ix.name for ix in store.resolve("t-*,-t-spans*")] == ["t-logs-2026.12.05"]
    assert store.resolve("nothing-*") == []
    with pytest.raises(StoreError) as missing:
        store.resolve("t-logs-2026.12.04")
    assert missing.value.status == 404 and missing.value.kind == "index_not_found_exception"
    assert store.resolve("t-logs-2026.12.04", ignore_unavailable=True) == []


@pytest.mark.parametrize(("query", "what"), [
    ({"fuzzy": {"message": "timout"}}, "[fuzzy] query"),
    ({"simple_query_string": {"query": "timout~1", "fields": ["message"]}}, "fuzzy or slop"),
    ({"query_string": {"query": "message:timout~1"}}, "fuzzy"),
    ({"query_string": {"query": "attributes.*:x"}}, "wildcards in query-string field names"),
    ({"range": {"@timestamp": {"gte": "now-1h", "time_zone": "+01:00"}}}, "time_zone"),
    ({"wildcard": {"message": {"value": "time*"}}}, "wildcard or prefix queries on the text field"),
    ({"match": {"message": {"query": "x", "fuzziness": "AUTO"}}}, "match options"),
])
def test_what_is_not_supported_is_a_400_that_says_so(store: DocStore, query: dict[str, Any], what: str) -> None:
    with pytest.raises(StoreError) as refused:
        search(store, "t-*", {"query": query})
    assert refused.value.status == 400 and what in refused.value.reason
    assert refused.value.body()["error"]["root_cause"][0]["reason"] == refused.value.reason


def test_parsers() -> None:
    assert parse_simple("a b", default_and=False) == ("or", [("word", "a", False), ("word", "b", False)])
    assert parse_lucene("a OR b AND c", False) == ("or", [("word", "a", False), ("and", [("word", "b", False), ("word", "c", False)])])
    assert parse_lucene("NOT status:merged", False) == ("not", ("field", "status", ("word", "merged", False)))
    assert parse_lucene("n:{1 TO 5]", False) == ("field", "n", ("range", "1", "5", False, True))


def test_a_range_with_two_bounds_on_a_field_without_its_own_column(store: DocStore) -> None:
    assert ids(store, "t-spans*", {"range": {"duration_ms": {"gt": 10, "lte": 30}}}) == ["s1", "s3"]
    assert ids(store, "t-spans*", {"bool": {"must_not": [{"range": {"duration_ms": {"gt": 10, "lte": 20}}}]}}) == ["s1", "s2"]


def test_must_not_keeps_documents_without_the_field(store: DocStore) -> None:
    assert ids(store, "t-spans*", {"bool": {"must_not": [{"term": {"parent_span_id": "a"}}]}}) == ["s1", "s3"]
    assert ids(store, "t-logs*", {"query_string": {"query": "NOT resource.deployment.environment.name:prod"}}) == ["l2", "l3"]


def test_a_pattern_matching_no_index_answers_no_hits_whatever_the_sort(store: DocStore) -> None:
    answer = search(store, "t-nothing*", {"sort": [{"@timestamp": "desc"}], "aggs": {"x": {"terms": {"field": "a"}},
                    "h": {"date_histogram": {"field": "@timestamp", "fixed_interval": "60s",
                                             "extended_bounds": {"min": 0, "max": 120000}}}}})
    assert answer["hits"] == {"total": {"value": 0, "relation": "eq"}, "max_score": None, "hits": []}
    assert answer["aggregations"] == {"x": {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0, "buckets": []},
                                      "h": {"buckets": []}}  # as osmem answers
    with pytest.raises(StoreError) as refused:
        search(store, "t-logs*", {"sort": [{"no_such_field": "desc"}]})
    assert "No mapping found for [no_such_field]" in refused.value.reason
