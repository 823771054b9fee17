"""``sightline bench nab``: held-out figures and plots on a small corpus written here."""

from __future__ import annotations

import argparse
import math

import numpy as np
import pytest

from detectors.nab import PROFILES, FileLabels, score_corpus, score_held_out
from detectors.serverlike import write_folder
from pipeline.bench import nab as bench


def test_held_out_uses_thresholds_fitted_without_the_group() -> None:
    """Two groups that want different thresholds: each is judged at the other's."""
    ts = np.arange(1000).astype("datetime64[m]")
    lab = FileLabels.from_windows(ts, [(ts[500], ts[599])])
    a = np.zeros(1000)
    a[500] = 0.9  # group x: its window scores 0.9, nothing else
    b = np.zeros(1000)
    b[520] = 0.5  # group y: its window scores 0.5 and one false alarm 0.6 before it
    b[300] = 0.6
    scores, labels = {"a": a, "b": b}, {"a": lab, "b": lab}
    pooled, per = score_held_out(scores, labels, {"a": "x", "b": "y"}, PROFILES["standard"])
    # y alone would pick 0.5 (catch the window, pay the alarm); x alone picks 0.9.
    assert per["x"].threshold == pytest.approx(0.5) and per["x"].tp == 1
    assert per["y"].threshold == pytest.approx(0.9) and per["y"].tp == 0
    assert per["y"].normalised == 0.0
    assert pooled.tp == 1 and pooled.fn == 1
    assert math.isnan(pooled.threshold)
    in_sample = score_corpus(scores, labels, PROFILES["standard"])
    assert pooled.normalised < in_sample.normalised


def test_bench_prints_held_out_and_writes_plots(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("matplotlib")
    corpus = tmp_path / "corpus"
    written = write_folder(corpus, seeds=(11,))
    # A second folder, so that leave-one-folder-out has something to hold out.
    other = corpus / "other"
    other.mkdir()
    import json

    windows = json.loads((corpus / "windows.json").read_text())
    for rel in written[:3]:
        name = rel.split("/")[1]
        (other / name).write_text((corpus / rel).read_text())
        windows[f"other/{name}"] = windows[rel]
    (corpus / "windows.json").write_text(json.dumps(windows))
    parser = argparse.ArgumentParser()
    bench.add_arguments(parser)
    args = parser.parse_args([str(corpus), "--plots", str(tmp_path / "png")])
    assert bench.run(args) == 0
    out = capsys.readouterr().out
    assert "leave-one-folder-out" in out and "held out" in out
    assert "points/s CPU time" in out
    pngs = sorted(p.relative_to(tmp_path / "png").as_posix() for p in (tmp_path / "png").rglob("*.png"))
    assert len(pngs) == 13 and "other/cron_11.png" in pngs
    assert (tmp_path / "png" / "serverLike" / "trend_11.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bench_reports_missing_windows_file(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    parser = argparse.ArgumentParser()
    bench.add_arguments(parser)
    assert bench.run(parser.parse_args([str(tmp_path)])) == 2
    assert "no windows file" in capsys.readouterr().err


def test_bench_passes_detector_parameters(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """--param KEY=VALUE reaches the detector; a parameter it does not take is a clear error."""
    corpus = tmp_path / "corpus"
    write_folder(corpus, seeds=(11,))
    parser = argparse.ArgumentParser()
    bench.add_arguments(parser)
    args = parser.parse_args([str(corpus), "--detector", "art", "--param", "step=3"])
    assert bench.run(args) == 0
    assert "detector art step=3:" in capsys.readouterr().out
    args = parser.parse_args([str(corpus), "--detector", "art", "--param", "stride=3"])
    assert bench.run(args) == 2
    assert "stride" in capsys.readouterr().err
    args = parser.parse_args([str(corpus), "--param", "novelty_weight"])
    assert bench.run(args) == 2
    assert "KEY=VALUE" in capsys.readouterr().err
