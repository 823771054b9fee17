"""``sightline bench process``: its JSON document and the runs with one and two processor processes."""

from __future__ import annotations

import argparse

import orjson
import pytest

from pipeline.bench import process as bench


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    bench.add_arguments(parser)
    return parser.parse_args(list(argv))


def test_processors_list_is_parsed_and_bad_values_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert _args("--processors", "1,2").processors == [1, 2]
    assert _args().processors == [1]
    with pytest.raises(SystemExit):
        _args("--processors", "1,x")
    assert "--processors takes positive whole numbers" in capsys.readouterr().err


def test_json_document_has_one_run_per_processor_count(capsys: pytest.CaptureFixture[str]) -> None:
    args = _args("--records", "900", "--batch", "150", "--services", "3", "--processors", "1,2", "--no-detect", "--json")
    assert bench.run(args) == 0
    out = capsys.readouterr()
    doc = orjson.loads(out.out)  # stdout is the JSON document alone; the table went to stderr
    assert [r["processors"] for r in doc["runs"]] == [1, 2]
    for r in doc["runs"]:
        assert r["records"] == 900  # the two processes share the records between them
        assert r["records_per_cpu_s"] > 0 and r["records_per_s"] > 0
    assert doc["statistics"]["series"] > 0
    assert doc["finding_sources"] == [] and doc["detect"] is False
    assert "2 processors: whole path per CPU-second" in out.err
    # how fast the machine was: a fixed workload's CPU time, in the document and on the table
    assert 0 < doc["reference_s"] < 60 and f"reference workload {doc['reference_s']:.3f} s" in out.err


def test_profile_covers_the_timed_loop_and_prints_its_top_entries(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    import pstats

    path = tmp_path / "loop.prof"
    args = _args("--records", "600", "--batch", "200", "--services", "2", "--no-detect", "--json", "--profile", str(path))
    assert bench.run(args) == 0
    out = capsys.readouterr()
    functions = set(pstats.Stats(str(path)).get_stats_profile().func_profiles)
    assert "process" in functions and "decode_batch" in functions  # the pipeline's steps, timed loop and all
    assert "make_batches" not in functions and "load_config" not in functions  # set-up is not in it
    assert "profile of the timed loop, by tottime" in out.err and "cumtime" in out.err
    assert orjson.loads(out.out)["runs"][0]["records"] == 600


def test_stages_time_every_step_by_signal_and_add_up_to_the_loop(capsys: pytest.CaptureFixture[str]) -> None:
    args = _args("--records", "1200", "--batch", "200", "--services", "3", "--json", "--stages")
    assert bench.run(args) == 0
    out = capsys.readouterr()
    doc = orjson.loads(out.out)
    stages = doc["stages"]
    steps = {"decode", "transforms", "ids", "record hooks", "statistics", "statistics hooks", "pack", "changelog",
             "sink encoding"}
    assert set(stages) == steps
    for row in stages.values():
        assert set(row) == {"logs", "metrics", "spans", "all"}
        assert all(value >= 0 for value in row.values())
    assert stages["decode"]["all"] > 0 and stages["ids"]["all"] > 0  # steps that always cost something
    # the steps are the loop: their sum is the run's CPU a record, give or take the loop's own bookkeeping
    run = doc["runs"][0]
    per_record = run["cpu_seconds"] / run["records"] * 1e6
    assert 0.7 * per_record <= sum(row["all"] for row in stages.values()) <= 1.05 * per_record
    assert run["process_records_per_cpu_s"] >= run["records_per_cpu_s"]  # the sink's share is not in it
    assert "CPU microseconds a record, by step (--stages):" in out.err


def test_a_timed_pipeline_gives_the_same_output_as_an_untimed_one() -> None:
    import time

    from pipeline.process.pipeline import BatchPipeline
    from schemas.raw import RawEnvelope

    now = 1_796_000_000_000_000_000
    batches = bench.make_batches("mixed", 600, 200, 2, 3, now)
    headers = RawEnvelope("otlp-proto", now).headers()
    plain, timed = BatchPipeline(None), BatchPipeline(None, stage_clock=time.process_time)
    for sig, key, payload in batches:
        assert plain.process(sig, headers, payload, key, now).values == timed.process(sig, headers, payload, key, now).values
    assert plain.stage_seconds == {}
    assert {stage for stage, _ in timed.stage_seconds} == {"decode", "transforms", "ids", "record hooks", "pack"}
    assert {sig for _, sig in timed.stage_seconds} == {"logs", "metrics", "spans"}


def _points_by_series(payload: bytes) -> dict[tuple[str, str], int]:
    from collections import Counter

    from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import (
        ExportMetricsServiceRequest,
    )

    request = ExportMetricsServiceRequest.FromString(payload)
    seen: Counter[tuple[str, str]] = Counter()
    for metric in request.resource_metrics[0].scope_metrics[0].metrics:
        points = getattr(metric, metric.WhichOneof("data")).data_points
        for point in points:
            [route] = [kv.value.string_value for kv in point.attributes if kv.key == "http.route"]
            seen[(metric.name, route)] += 1
    return dict(seen)


@pytest.mark.parametrize("per_series", [1, 3])
def test_points_per_series_gives_every_series_that_many_points_a_message(per_series: int) -> None:
    batches = bench.make_batches("metrics", 240, 60, 2, 7, 1_796_000_000_000_000_000, per_series)
    first = _points_by_series(batches[0][2])
    assert len(first) == 60 // per_series and set(first.values()) == {per_series}
    assert all(_points_by_series(payload) == first for _, _, payload in batches[1:])  # the same series each time


def test_points_per_series_is_parsed_and_bad_values_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert _args("--points-per-series", "1").points_per_series == 1
    assert _args().points_per_series == 0
    with pytest.raises(SystemExit):
        _args("--points-per-series", "-1")
    assert "--points-per-series takes a whole number" in capsys.readouterr().err


def test_otlp_json_input_writes_enums_as_integers_and_decodes_as_the_protobuf_does() -> None:
    """The OTLP/JSON encoding requires enum values as integers (exporters send them so); the bench's JSON
    input is the protobuf batches in that encoding, and each decodes to the same records as its protobuf."""
    from pipeline.process.decode import decode_batch
    from schemas.raw import RawEnvelope

    params = {"signal": "mixed", "batch": 50, "services": 2, "points_per_series": 0, "histogram_min_max": False}
    now = 1_796_000_000_000_000_000
    proto = bench._input({**params, "format": "otlp-proto"}, 300, 7, now)
    json_batches = bench._input({**params, "format": "otlp-json"}, 300, 7, now)
    kinds = {b'"kind":', b'"severityNumber":', b'"aggregationTemporality":'}
    seen = set()
    for (sig, _, raw), (_, _, body) in zip(proto, json_batches, strict=True):
        for field in kinds:
            at = body.find(field)
            if at >= 0:
                seen.add(field)
                assert body[at + len(field):at + len(field) + 1].isdigit(), body[at:at + 60]
        assert decode_batch(sig, RawEnvelope("otlp-json", now).headers(), body)[1:] == decode_batch(
            sig, RawEnvelope("otlp-proto", now).headers(), raw)[1:]  # after the envelope, which names the format
    assert seen == kinds  # spans, logs and metrics with their enums were all in the input
