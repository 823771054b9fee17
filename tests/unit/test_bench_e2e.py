"""bench e2e's pure parts: backlog slope, consumer lag per component, sink bulk counters, unique bodies."""

from __future__ import annotations

import io
from argparse import Namespace

import orjson
from hypothesis import given, seed, settings
from hypothesis import strategies as st
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

from pipeline.bench.common import Progress, emit, percentile
from pipeline.bench.e2e import _Bodies, backlog_slope, lag_by_component, sink_counters

# An exposition as a processor and an up process serve it (prometheus_client's text format).
_PROCESS = """# HELP sightline_consumer_lag Messages not yet processed.
# TYPE sightline_consumer_lag gauge
sightline_consumer_lag{component="process",partition="0",topic="sightline.logs.raw"} 12.0
sightline_consumer_lag{component="process",partition="3",topic="sightline.logs.raw"} 8.0
# HELP sightline_sink_consumer_lag Messages not yet indexed.
# TYPE sightline_sink_consumer_lag gauge
sightline_sink_consumer_lag{partition="1",topic="sightline.logs"} 5.0
# HELP sightline_alerts_forward_consumer_lag lag
# TYPE sightline_alerts_forward_consumer_lag gauge
sightline_alerts_forward_consumer_lag{partition="0",topic="sightline.alerts"} 0.0
# HELP sightline_sink_documents Documents handled.
# TYPE sightline_sink_documents counter
sightline_sink_documents_total{kind="logs",outcome="indexed"} 900.0
sightline_sink_documents_total{kind="logs",outcome="duplicate"} 100.0
# HELP sightline_sink_bulk_seconds Elasticsearch bulk request latency.
# TYPE sightline_sink_bulk_seconds histogram
sightline_sink_bulk_seconds_bucket{le="+Inf"} 4.0
sightline_sink_bulk_seconds_count 4.0
sightline_sink_bulk_seconds_sum 1.25
"""


def test_lag_is_summed_per_component() -> None:
    assert lag_by_component(_PROCESS) == {"process": 20.0, "sink": 5.0, "alerts_forward": 0.0}


def test_sink_counters_add_outcomes_and_read_the_histogram() -> None:
    assert sink_counters(_PROCESS) == {"documents": 1000.0, "bulks": 4.0, "bulk_seconds": 1.25}


@seed(21)
@settings(max_examples=60, deadline=None)
@given(
    slope=st.floats(-1000, 1000, allow_nan=False),
    start=st.floats(-1e6, 1e6, allow_nan=False),
    n=st.integers(2, 40),
)
def test_slope_of_a_straight_line_is_its_slope(slope: float, start: float, n: int) -> None:
    samples = [(float(t), start + slope * t) for t in range(n)]
    assert abs(backlog_slope(samples) - slope) <= 1e-6 * max(1.0, abs(slope), abs(start))


def test_a_flat_backlog_with_noise_has_a_small_slope() -> None:
    samples = [(float(t), 500.0 + (40 if t % 2 else -40)) for t in range(30)]
    assert abs(backlog_slope(samples)) < 3


def test_every_request_body_is_different_and_carries_this_runs_service_names() -> None:
    bodies = _Bodies("abc", count=4, records=5, services=2)
    sent = [bodies.next() for _ in range(10)]
    assert len(set(sent)) == 10  # the same body twice would be deduplicated by the store
    request = ExportLogsServiceRequest.FromString(sent[3])
    attrs = {a.key: a.value for a in request.resource_logs[0].resource.attributes}
    assert attrs["service.name"].string_value in {"e2e-abc-0", "e2e-abc-1"}
    assert attrs["e2e.batch"].int_value == 3
    assert len(request.resource_logs[0].scope_logs[0].log_records) == 5


def test_json_output_is_one_document_with_nan_as_null() -> None:
    out = io.StringIO()
    emit(Namespace(json=True), {"p99_s": float("nan"), "steps": [{"rate": 1000.0, "inf": float("inf")}]}, out=out)
    assert orjson.loads(out.getvalue()) == {"p99_s": None, "steps": [{"rate": 1000.0, "inf": None}]}
    table = io.StringIO()
    emit(Namespace(json=False), {"x": 1}, lambda: table.write("x 1\n"), out=out)
    assert table.getvalue() == "x 1\n"


def test_percentile_by_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.5) == 51.0
    assert percentile(values, 0.99) == 100.0


def test_progress_writes_only_on_a_terminal() -> None:
    quiet = io.StringIO()
    with Progress("bench x", stream=quiet) as progress:  # StringIO is no terminal
        progress.phase("load")
    assert quiet.getvalue() == ""
    shown = io.StringIO()
    with Progress("bench x", stream=shown, enabled=True) as progress:
        progress.phase("load", "10 records/s")
    assert "bench x: load  10 records/s" in shown.getvalue()


def test_the_table_opens_with_how_fast_the_machine_was(capsys) -> None:
    from pipeline.bench.common import reference_seconds
    from pipeline.bench.e2e import _table

    seconds = reference_seconds(rounds=1)
    assert 0 < seconds < 60
    _table({"reference_s": seconds, "stack": "http://127.0.0.1:4318", "steps": [], "highest_sustained": None})
    first, *rest = capsys.readouterr().out.splitlines()
    assert first.startswith(f"machine: reference workload {seconds:.3f} s of CPU")
    assert rest[-1] == "highest sustained: none of the rates tried"
