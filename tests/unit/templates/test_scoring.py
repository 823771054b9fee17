"""GA, FGA and pairwise F1 on tiny hand-made examples."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from detectors.templates.scoring import fga, grouping_accuracy, pairwise_f1
from pipeline.bench import templates as bench


def test_grouping_accuracy_by_hand() -> None:
    truth = ["E1", "E1", "E2", "E3", "E3", "E3"]
    assert grouping_accuracy(["a", "a", "b", "c", "c", "c"], truth) == 1.0
    # splitting E3 makes all three of its messages wrong
    assert grouping_accuracy(["a", "a", "b", "c", "c", "d"], truth) == pytest.approx(3 / 6)
    # merging E1 and E2 makes the messages of both wrong
    assert grouping_accuracy(["a", "a", "a", "c", "c", "c"], truth) == pytest.approx(3 / 6)
    assert fga(["a", "a", "a", "c", "c", "c"], truth) == pytest.approx(
        2 * 0.5 * (1 / 3) / (0.5 + 1 / 3)
    )
    assert pairwise_f1(["a", "a", "b", "c", "c", "c"], truth) == 1.0
    with pytest.raises(ValueError):
        grouping_accuracy(["a"], truth)


def test_bench_writes_one_id_per_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = ["job 1 done in 5 ms", "queue empty", "job 22 done in 17 ms", "queue empty"]
    (corpus / "tiny.log").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (corpus / "tiny.labels").write_text("A\nB\nA\nB\n", encoding="utf-8")
    parser = argparse.ArgumentParser()
    bench.add_arguments(parser)
    args = parser.parse_args([str(corpus), "--out", str(tmp_path / "out")])
    assert bench.run(args) == 0
    got = (tmp_path / "out" / "tiny.txt").read_text(encoding="utf-8").splitlines()
    assert len(got) == 4 and got[0] == got[2] != got[1] == got[3]
    out = capsys.readouterr().out
    assert "1.000" in out and "lines/s" in out
