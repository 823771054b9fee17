"""``sightline bench process --against DIR``: the ratio maths, the refused arguments, one small run."""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import orjson
import pytest

from pipeline.bench import process as bench
from pipeline.bench.against import Batch, checkout_dir, report, summarise

ROOT = Path(__file__).resolve().parents[3]


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    bench.add_arguments(parser)
    return parser.parse_args(list(argv))


def _batch(signal: str, records: int, process_s: float, sink_s: float = 0.0, digest: str = "d") -> Batch:
    return Batch(signal, records, process_s, sink_s, digest)


def test_ratio_is_total_records_over_total_cpu_and_above_one_when_new_is_faster() -> None:
    base = [_batch("spans", 100, 0.004, 0.001), _batch("spans", 300, 0.010, 0.005)]
    new = [_batch("spans", 100, 0.002, 0.001), _batch("spans", 300, 0.006, 0.004)]
    s = summarise(base, new)
    assert s["records"] == 400 and s["batches"] == 2
    assert s["base_records_per_cpu_s"] == pytest.approx(400 / 0.020)
    assert s["new_records_per_cpu_s"] == pytest.approx(400 / 0.013)
    assert s["ratio"] == pytest.approx(0.020 / 0.013)
    assert s["new_faster"] == 2
    assert s["batch_ratio"]["median"] == pytest.approx((0.005 / 0.003 + 0.015 / 0.010) / 2)


def test_a_slower_new_side_gives_a_ratio_below_one_and_no_wins() -> None:
    base = [_batch("logs", 50, 0.001) for _ in range(5)]
    new = [_batch("logs", 50, 0.002) for _ in range(5)]
    s = summarise(base, new)
    assert s["ratio"] == pytest.approx(0.5) and s["new_faster"] == 0
    assert s["batch_ratio"] == pytest.approx({"p25": 0.5, "median": 0.5, "p75": 0.5})


def test_quartiles_of_the_per_batch_ratios() -> None:
    base = [_batch("logs", 10, t) for t in (1.0, 2.0, 3.0, 4.0, 5.0)]
    new = [_batch("logs", 10, 1.0) for _ in range(5)]
    q = summarise(base, new)["batch_ratio"]
    assert q["median"] == 3.0 and q["p25"] < 3.0 < q["p75"]


def test_sides_of_different_lengths_are_refused() -> None:
    with pytest.raises(ValueError, match="2 base batches but 1 new"):
        summarise([_batch("logs", 1, 1.0)] * 2, [_batch("logs", 1, 1.0)])


def test_no_batches_gives_nan_figures_not_an_error() -> None:
    s = summarise([], [])
    assert s["records"] == 0 and math.isnan(s["ratio"]) and math.isnan(s["batch_ratio"]["median"])


def test_report_splits_by_signal_and_step_and_names_batches_whose_outputs_differ() -> None:
    base = [_batch("spans", 10, 0.002, 0.001, "a"), _batch("logs", 10, 0.002, 0.001, "b"), _batch("metrics", 10, 0.001, 0.001, "c")]
    new = [_batch("spans", 10, 0.001, 0.001, "a"), _batch("logs", 10, 0.002, 0.002, "B"), _batch("metrics", 10, 0.001, 0.001, "c")]
    r = report(base, new)
    assert r["outputs_differ"] == [1]
    assert {r[s]["batches"] for s in ("spans", "logs", "metrics")} == {1}
    assert r["spans"]["ratio"] == pytest.approx(1.5)
    assert r["process_step"]["ratio"] == pytest.approx(0.005 / 0.004)
    assert r["sink_step"]["ratio"] == pytest.approx(0.003 / 0.004)


def test_against_a_missing_directory_or_one_that_is_not_a_checkout_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _args("--against", str(tmp_path / "nowhere"))
    assert "nowhere: no such directory" in capsys.readouterr().err
    (tmp_path / "pipeline" / "process").mkdir(parents=True)
    with pytest.raises(SystemExit):
        _args("--against", str(tmp_path))
    err = capsys.readouterr().err
    assert "not a checkout of this project" in err and "git worktree add" in err
    assert checkout_dir(str(ROOT)) == ROOT


def test_against_with_options_that_measure_something_else_is_refused() -> None:
    with pytest.raises(SystemExit, match="leave out --processors, --profile"):
        bench.run(_args("--against", str(ROOT), "--processors", "1,2", "--profile", "x.prof"))


def test_this_checkout_against_itself_gives_identical_outputs(capsys: pytest.CaptureFixture[str]) -> None:
    args = _args("--records", "600", "--batch", "100", "--services", "2", "--no-detect", "--json", "--against", str(ROOT))
    assert bench.run(args) == 0
    out = capsys.readouterr()
    doc = orjson.loads(out.out)
    assert doc["outputs_differ"] == [] and doc["base"] == doc["new"] == str(ROOT)
    assert doc["all"]["records"] == 600 and doc["all"]["batches"] == 6
    assert sum(doc[s]["records"] for s in ("spans", "logs", "metrics")) == 600
    assert doc["all"]["base_records_per_cpu_s"] > 0 and doc["all"]["new_records_per_cpu_s"] > 0
    assert "identical batch by batch" in out.err


def test_a_worker_that_cannot_run_the_other_checkout_is_reported_with_its_error(tmp_path: Path) -> None:
    from pipeline.bench.against import _NEEDED, compare

    for name in _NEEDED:  # looks like a checkout, but its pipeline cannot be imported
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("")
    (tmp_path / "pipeline" / "__init__.py").write_text("raise ImportError('broken checkout')\n")
    batches = bench.make_batches("logs", 10, 10, 1, 7, 1_796_000_000_000_000_000)
    with pytest.raises(RuntimeError, match=r"exited with code 1: .*broken checkout"):
        compare(checkout_dir(str(tmp_path)), batches, [], None, False)
