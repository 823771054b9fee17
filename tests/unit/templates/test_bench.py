"""``sightline bench templates``: the streaming protocol of the Loghub layout, and Drain3 beside it."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from pipeline.bench import templates as bench

LINES = [
    ("E1", "worker 3 picked job 8812"),
    ("E2", "cache node cache-7.example.net:6379 unreachable"),
    ("E1", "worker 11 picked job 8813"),
    ("E3", "disk /var/spool at 91% full"),
    ("E2", "cache node cache-2.example.net:6379 unreachable"),
    ("E1", "worker 5 picked job 9001"),
]


def corpus(tmp_path: Path, labels: bool = True) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "Tiny.log").write_text("".join(m + "\n" for _, m in LINES))
    if labels:
        (folder / "Tiny.labels").write_text("".join(e + "\n" for e, _ in LINES))
    return folder


def run(folder: Path, out: Path, *extra: str) -> int:
    parser = argparse.ArgumentParser()
    bench.add_arguments(parser)
    return bench.run(parser.parse_args([str(folder), "--out", str(out), *extra]))


def test_one_id_per_message_and_scores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(corpus(tmp_path), tmp_path / "out", "--no-drain3") == 0
    ids = (tmp_path / "out" / "Tiny.txt").read_text().splitlines()
    assert len(ids) == len(LINES)
    assert ids[0] == ids[2] == ids[5] and ids[1] == ids[4] and len(set(ids)) == 3
    printed = capsys.readouterr().out
    assert "Tiny" in printed and " 1.000 " in printed and "lines/s" in printed and "Drain3" not in printed


def test_drain3_is_scored_beside(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("drain3")
    assert run(corpus(tmp_path), tmp_path / "out") == 0
    printed = capsys.readouterr().out
    header = printed.splitlines()[0]
    assert header.endswith("Drain3 GA")
    row = next(line for line in printed.splitlines() if line.startswith("Tiny"))
    ga = float(row.split()[-1])
    assert 0.0 <= ga <= 1.0
    assert "Drain3 (defaults):" in printed


def test_labels_of_another_length_are_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = corpus(tmp_path)
    (folder / "Tiny.labels").write_text("E1\n")
    assert run(folder, tmp_path / "out", "--no-drain3") == 1
    assert "has 1 lines for 6 messages" in capsys.readouterr().err


def test_corpus_from_a_loghub_checkout(tmp_path: Path) -> None:
    system = tmp_path / "loghub" / "Tiny"
    system.mkdir(parents=True)
    rows = [
        "LineId,Date,Content,EventId,EventTemplate",
        '1,0101,"worker 3 picked job 8812",E1,worker <*> picked job <*>',
        '2,0101,"cache down, retrying",E2,"cache down, retrying"',
        '3,0101,"worker 9 picked job 7",E1,worker <*> picked job <*>',
    ]
    (system / "Tiny_2k.log_structured.csv").write_text("\n".join(rows) + "\n")
    assert bench.build_corpus(tmp_path / "loghub", tmp_path / "corpus") == ["Tiny"]
    assert (tmp_path / "corpus" / "Tiny.log").read_text().splitlines() == [
        "worker 3 picked job 8812", "cache down, retrying", "worker 9 picked job 7"]
    assert (tmp_path / "corpus" / "Tiny.labels").read_text().splitlines() == ["E1", "E2", "E1"]
    assert run(tmp_path / "corpus2", tmp_path / "out", "--no-drain3", "--from-loghub", str(tmp_path / "loghub")) == 0
    assert len((tmp_path / "out" / "Tiny.txt").read_text().splitlines()) == 3


def test_a_folder_without_structured_files_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path / "corpus", tmp_path / "out", "--from-loghub", str(tmp_path)) == 2
    assert "_2k.log_structured.csv" in capsys.readouterr().err
