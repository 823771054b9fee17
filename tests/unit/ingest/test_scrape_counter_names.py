"""Text 0.0.4 counters keep the names their target wrote (as Prometheus keeps them).

prometheus_client's text parser re-shapes counters the OpenMetrics way: a
family ``# TYPE x_total counter`` is named ``x``, and the samples of a family
``# TYPE x counter`` are renamed ``x_total``.  Text format 0.0.4 has no such
rule: a sample's name is the one written, and the ``TYPE`` line names its
family.  Go programs (client_golang's Go collector, in node_exporter and
Prometheus itself) expose a gauge ``go_memstats_alloc_bytes`` beside a
counter ``go_memstats_alloc_bytes_total``: with the re-shaped names both
families' metadata were filed under ``go_memstats_alloc_bytes`` and the
gauge was stored as a counter with the counter's help text.

The expected values below are read off the exposition text by the format's
rules, not from the code under test.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.ingest.limits import Limits
from pipeline.ingest.promremote.codec import MetadataCache, parse, split
from pipeline.ingest.scrape.codec import Target, exposition_request, parse_exposition, target_labels
from schemas.prometheus import write_request_points

TARGET = Target("node", "http://127.0.0.1:9100/metrics", target_labels("node", "127.0.0.1:9100"))

GAUGE_FAMILY = (
    "# HELP go_memstats_alloc_bytes Bytes allocated and still in use.\n"
    "# TYPE go_memstats_alloc_bytes gauge\n"
    "go_memstats_alloc_bytes 3.2e+06\n"
)
COUNTER_FAMILY = (
    "# HELP go_memstats_alloc_bytes_total Bytes allocated, even if freed.\n"
    "# TYPE go_memstats_alloc_bytes_total counter\n"
    "go_memstats_alloc_bytes_total 9.8e+07\n"
)


def points(text: str, cache: MetadataCache | None = None) -> dict[str, dict[str, Any]]:
    """The points one scrape of ``text`` becomes, through the ingestor's split as the scraper sends it."""
    request, _ = exposition_request(parse_exposition(text, "text/plain; version=0.0.4"), TARGET, 1_000)
    out = split(request.SerializeToString(), request, Limits(), cache if cache is not None else MetadataCache())
    assert not out.refused, out.message
    by: dict[str, dict[str, Any]] = {}
    for service, payload in out.batches:
        for p in write_request_points(parse(payload), service, 0):
            assert p["name"] not in by, p["name"]
            by[p["name"]] = p
    return by


@pytest.mark.parametrize("order", ["gauge-first", "counter-first"])
def test_a_gauge_beside_a_counter_of_the_same_stem_stays_a_gauge(order: str) -> None:
    text = GAUGE_FAMILY + COUNTER_FAMILY if order == "gauge-first" else COUNTER_FAMILY + GAUGE_FAMILY
    by = points(text)
    gauge, counter = by["go_memstats_alloc_bytes"], by["go_memstats_alloc_bytes_total"]
    assert (gauge["type"], gauge["value"], gauge["description"]) == ("gauge", 3.2e6, "Bytes allocated and still in use.")
    assert (counter["type"], counter["monotonic"], counter["value"]) == ("sum", True, 9.8e7)
    assert counter["description"] == "Bytes allocated, even if freed."


def test_the_metadata_is_filed_under_the_type_lines_names() -> None:
    request, _ = exposition_request(parse_exposition(GAUGE_FAMILY + COUNTER_FAMILY), TARGET, 1_000)
    assert sorted((md.metric_family_name, md.type) for md in request.metadata) == [
        ("go_memstats_alloc_bytes", 2),  # GAUGE
        ("go_memstats_alloc_bytes_total", 1),  # COUNTER
    ]


def test_the_gauge_stays_a_gauge_from_the_second_scrape_on() -> None:
    # the scraper keeps one metadata cache over its scrapes: the second must read as the first
    cache = MetadataCache()
    first = points(GAUGE_FAMILY + COUNTER_FAMILY, cache)
    second = points(GAUGE_FAMILY + COUNTER_FAMILY, cache)
    assert first["go_memstats_alloc_bytes"]["type"] == second["go_memstats_alloc_bytes"]["type"] == "gauge"


def test_a_counter_without_total_keeps_its_name() -> None:
    text = (
        "# HELP jobs_processed Jobs done.\n"
        "# TYPE jobs_processed counter\n"
        'jobs_processed{queue="mail"} 5\n'
    )
    request, samples = exposition_request(parse_exposition(text), TARGET, 1_000)
    assert samples == 1
    names = {lb.value for ts in request.timeseries for lb in ts.labels if lb.name == "__name__"}
    assert names == {"jobs_processed"}
    by = points(text)
    assert set(by) == {"jobs_processed"}
    assert by["jobs_processed"]["type"] == "sum" and by["jobs_processed"]["monotonic"]
    assert by["jobs_processed"]["description"] == "Jobs done."


def test_a_counter_named_both_ways_keeps_both_names_in_order() -> None:
    # two families, x and x_total, both counters: each keeps its own name and value
    text = (
        "# TYPE tasks counter\ntasks 1\n"
        "# TYPE tasks_total counter\ntasks_total 2\n"
    )
    request, _ = exposition_request(parse_exposition(text), TARGET, 1_000)
    values = {
        next(lb.value for lb in ts.labels if lb.name == "__name__"): ts.samples[0].value for ts in request.timeseries
    }
    assert values == {"tasks": 1.0, "tasks_total": 2.0}


def test_openmetrics_counters_are_read_as_before() -> None:
    text = "# TYPE jobs counter\n# HELP jobs Jobs done.\njobs_total 5\n# EOF\n"
    request, _ = exposition_request(parse_exposition(text, "application/openmetrics-text; version=1.0.0"), TARGET, 1_000)
    assert [(md.metric_family_name, md.type) for md in request.metadata] == [("jobs", 1)]
    assert [lb.value for lb in request.timeseries[0].labels if lb.name == "__name__"] == ["jobs_total"]


def test_a_type_line_quoted_inside_a_help_text_declares_nothing() -> None:
    text = (
        "# HELP tasks_total Tasks; older versions wrote # TYPE tasks counter\n"
        "# TYPE tasks_total counter\n"
        "tasks_total 4\n"
    )
    request, _ = exposition_request(parse_exposition(text), TARGET, 1_000)
    assert [(md.metric_family_name, md.type) for md in request.metadata] == [("tasks_total", 1)]
    assert [lb.value for lb in request.timeseries[0].labels if lb.name == "__name__"] == ["tasks_total"]
