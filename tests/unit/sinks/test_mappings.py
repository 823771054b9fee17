"""The record templates index what the console, evidence links and alert queries search on, and
keep the numbers nobody searches in _source only (they cost the most to index: issue #21)."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.bench.store import _variant_name, index_all
from schemas.elasticsearch import index_template

# Fields searched, sorted or aggregated on, by kind: pipeline/console/queries.py (filters, sorts,
# aggregations), pipeline/alerts/engine.py (evidence query strings), pipeline/embedded.py (store cap).
SEARCHED = {
    "logs": ["@timestamp", "service.name", "severity_number", "message", "trace_id", "id", "exception.type"],
    "spans": ["@timestamp", "service.name", "trace_id", "id", "start_time_unix_nano", "duration_ms", "operation",
              "status.code", "parent_span_id", "name", "exception.type"],
    "metrics": ["@timestamp", "service.name", "name", "value", "id", "series_id"],
}
STORED_ONLY = {
    "logs": ["time_unix_nano", "observed_time_unix_nano"],
    "spans": ["time_unix_nano", "end_time_unix_nano", "duration_ns", "events.time_unix_nano"],
    "metrics": ["time_unix_nano", "start_time_unix_nano", "explicit_bounds", "bucket_counts", "scale",
                "zero_count", "positive.bucket_counts", "negative.offset", "quantiles.value"],
}


def field(properties: dict[str, Any], path: str) -> dict[str, Any]:
    """The mapping of a dotted path (objects walked through ``properties``)."""
    node: dict[str, Any] = {"properties": properties}
    for part in path.split("."):
        node = node["properties"][part]
    return node


@pytest.mark.parametrize("kind", sorted(SEARCHED))
def test_what_is_searched_stays_indexed(kind: str) -> None:
    props = index_template(kind, "p-*", data_stream=False)["template"]["mappings"]["properties"]
    for path in SEARCHED[kind]:
        mapping = field(props, path)
        assert mapping.get("index", True) and mapping.get("enabled", True), (kind, path)


@pytest.mark.parametrize("kind", sorted(STORED_ONLY))
def test_numbers_nobody_searches_are_kept_but_not_indexed(kind: str) -> None:
    props = index_template(kind, "p-*", data_stream=False)["template"]["mappings"]["properties"]
    for path in STORED_ONLY[kind]:
        mapping = field(props, path)
        assert mapping["index"] is False and mapping["doc_values"] is False, (kind, path)
    # the bench's "index-all" variant puts them back, as they were before
    everything = index_all(index_template(kind, "p-*", data_stream=False))["template"]["mappings"]["properties"]
    for path in STORED_ONLY[kind]:
        assert "index" not in field(everything, path) and "doc_values" not in field(everything, path)


def test_bench_store_variants_are_checked() -> None:
    assert _variant_name("numbers 0") == "numbers 0"
    for bad in ("bulk 0", "bulk", "nothing", "lean index-all", "strings -1"):
        with pytest.raises(Exception, match=repr(bad)):
            _variant_name(bad)
