"""``sightline bench templates DIR --out RESULTS``: template grouping on a log corpus.

Feeds each ``NAME.log`` of ``DIR`` (one message per line) to a fresh
:class:`~detectors.templates.TemplateMiner`, message by message, and writes
``RESULTS/NAME.txt``: one template id per line, same order and count.  The id
written is each message's *final* template: the miner may merge templates
later in the stream (siblings that differ in one word, variable-length
alignment), and the id a message got on arrival resolves to the template it
was merged into.  When ``NAME.labels`` (the true event id of each line) is
beside a log, prints grouping accuracy (GA), FGA and pairwise F1 per file and
their means, and the throughput (lines per second of mining, one core).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from detectors.templates.config import TemplatesConfig
from detectors.templates.scoring import fga, grouping_accuracy, pairwise_f1

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``sightline bench templates``."""
    parser.add_argument("corpus", metavar="DIR", type=Path, help="folder of NAME.log files")
    parser.add_argument(
        "--out", metavar="RESULTS", type=Path, required=True, help="folder for NAME.txt results"
    )
    parser.add_argument(
        "--on-arrival",
        action="store_true",
        help="write the template each message was assigned on arrival, not its final one",
    )


def _read_lines(path: Path) -> list[str]:
    with path.open(encoding="utf-8", errors="replace", newline="\n") as f:
        return [line.rstrip("\r\n") for line in f]


def run(args: argparse.Namespace) -> int:
    """Run the benchmark; returns the process exit code."""
    corpus: Path = args.corpus
    out: Path = args.out
    if not corpus.is_dir():
        print(f"error: {corpus} is not a folder", file=sys.stderr)
        return 2
    logs = sorted(corpus.glob("*.log"))
    if not logs:
        print(f"error: no *.log files in {corpus}", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    config = TemplatesConfig()
    scores: list[tuple[float, float, float]] = []
    total_lines = 0
    total_seconds = 0.0
    print(f"{'file':<14} {'lines':>6} {'templates':>9} {'GA':>6} {'FGA':>6} {'F1':>6}")
    for log in logs:
        messages = _read_lines(log)
        miner = config.miner()
        started = time.perf_counter()
        ids = [miner.add(message).template_id for message in messages]
        if not getattr(args, "on_arrival", False):
            ids = [miner.resolve(i) for i in ids]
        total_seconds += time.perf_counter() - started
        total_lines += len(messages)
        (out / f"{log.stem}.txt").write_text("".join(i + "\n" for i in ids), encoding="utf-8")
        labels_path = log.with_suffix(".labels")
        row = f"{log.stem:<14} {len(messages):>6} {len(miner):>9}"
        if labels_path.exists():
            labels = _read_lines(labels_path)
            if len(labels) != len(messages):
                print(
                    f"error: {labels_path} has {len(labels)} lines for {len(messages)} messages",
                    file=sys.stderr,
                )
                return 1
            ga, fg, f1 = grouping_accuracy(ids, labels), fga(ids, labels), pairwise_f1(ids, labels)
            scores.append((ga, fg, f1))
            row += f" {ga:6.3f} {fg:6.3f} {f1:6.3f}"
        print(row)
    if scores:
        n = len(scores)
        mean = [sum(s[k] for s in scores) / n for k in range(3)]
        print(f"{'mean':<14} {'':>6} {'':>9} {mean[0]:6.3f} {mean[1]:6.3f} {mean[2]:6.3f}")
    rate = total_lines / total_seconds if total_seconds > 0 else float("inf")
    mode = "on arrival" if getattr(args, "on_arrival", False) else "final (after merges)"
    print(f"{total_lines} lines in {total_seconds:.2f} s: {rate:,.0f} lines/s; ids: {mode}")
    return 0
