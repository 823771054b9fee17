"""``sightline bench templates DIR --out RESULTS``: template grouping on a log corpus.

Feeds each ``NAME.log`` of ``DIR`` (one message per line) to a fresh
:class:`~detectors.templates.TemplateMiner`, message by message, and writes
``RESULTS/NAME.txt``: one template id per line, same order and count.  The id
written is each message's *final* template: the miner may merge templates
later in the stream (siblings that differ in one word, variable-length
alignment), and the id a message got on arrival resolves to the template it
was merged into.  When ``NAME.labels`` (the true event id of each line) is
beside a log, prints grouping accuracy (GA), FGA and pairwise F1 per file and
their means, and the throughput (lines per second of mining, in CPU time of
this process, so other load on the machine does not count).

Drain3 (the ``bench`` extra) with its default configuration is scored on the
same files, fed the same way (a fresh miner per file, message by message; its
cluster ids never merge, so arrival and final ids are the same), and printed
beside ours, so the margin over the reference streaming miner is measured on
the corpus at hand.  ``--no-drain3`` skips it.  ``--from-loghub LOGHUB`` first
writes ``DIR`` from a logpai/loghub checkout (:func:`build_corpus`).
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Callable
from pathlib import Path

from detectors.templates.config import TemplatesConfig
from detectors.templates.scoring import fga, grouping_accuracy, pairwise_f1

__all__ = ["add_arguments", "build_corpus", "run"]


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
    parser.add_argument(
        "--no-drain3", action="store_true", help="do not score Drain3 (defaults) beside the miner"
    )
    parser.add_argument(
        "--from-loghub",
        metavar="LOGHUB",
        type=Path,
        help="first write DIR from a logpai/loghub checkout: NAME.log (Content) and NAME.labels "
        "(EventId) of every LOGHUB/*/*_2k.log_structured.csv (keep DIR out of this repository: "
        "Loghub is licensed for research use only)",
    )


def build_corpus(loghub: Path, corpus: Path) -> list[str]:
    """Write ``corpus/NAME.log`` and ``NAME.labels`` from each
    ``loghub/NAME/NAME_2k.log_structured.csv`` (columns ``Content`` and
    ``EventId``, in file order); returns the names written.

    Raises
    ------
    ValueError
        No structured file under ``loghub``, or one without those columns.
    """
    sources = sorted(loghub.glob("*/*_2k.log_structured.csv"))
    if not sources:
        raise ValueError(f"no */*_2k.log_structured.csv under {loghub} (a logpai/loghub checkout?)")
    corpus.mkdir(parents=True, exist_ok=True)
    names = []
    for source in sources:
        name = source.name.removesuffix("_2k.log_structured.csv")
        with source.open(encoding="utf-8", errors="replace", newline="") as f:
            reader = csv.DictReader(f)
            if not reader.fieldnames or not {"Content", "EventId"} <= set(reader.fieldnames):
                raise ValueError(f"{source} has no Content and EventId columns")
            rows = [(r["Content"] or "", r["EventId"] or "") for r in reader]
        # one message per line: a newline inside a message would shift every later line
        (corpus / f"{name}.log").write_text(
            "".join(" ".join(c.splitlines()) + "\n" for c, _ in rows), encoding="utf-8"
        )
        (corpus / f"{name}.labels").write_text("".join(e + "\n" for _, e in rows), encoding="utf-8")
        names.append(name)
    return names


def drain3_grouper() -> Callable[[list[str]], tuple[list[str], float]] | None:
    """A function mining messages with a fresh Drain3 ``TemplateMiner`` (its
    defaults): returns the cluster id of each message and the seconds spent;
    ``None`` when Drain3 is not installed (``pip install '.[bench]'``)."""
    try:
        from drain3 import TemplateMiner as Drain3Miner
        from drain3.template_miner_config import TemplateMinerConfig
    except ImportError:
        return None

    def group(messages: list[str]) -> tuple[list[str], float]:
        config = TemplateMinerConfig()
        config.profiling_enabled = False
        miner = Drain3Miner(config=config)
        started = time.process_time()
        ids = [str(miner.add_log_message(m)["cluster_id"]) for m in messages]
        return ids, time.process_time() - started

    return group


def _read_lines(path: Path) -> list[str]:
    with path.open(encoding="utf-8", errors="replace", newline="\n") as f:
        return [line.rstrip("\r\n") for line in f]


def run(args: argparse.Namespace) -> int:
    """Run the benchmark; returns the process exit code."""
    corpus: Path = args.corpus
    out: Path = args.out
    loghub: Path | None = getattr(args, "from_loghub", None)
    if loghub is not None:
        try:
            names = build_corpus(loghub, corpus)
        except (OSError, ValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(f"corpus {corpus}: {', '.join(names)} from {loghub}")
    if not corpus.is_dir():
        print(f"error: {corpus} is not a folder", file=sys.stderr)
        return 2
    logs = sorted(corpus.glob("*.log"))
    if not logs:
        print(f"error: no *.log files in {corpus}", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    config = TemplatesConfig()
    drain3 = None if getattr(args, "no_drain3", False) else drain3_grouper()
    scores: list[tuple[float, float, float]] = []
    drain3_scores: list[float] = []
    total_lines = 0
    total_seconds = 0.0
    drain3_seconds = 0.0
    header = f"{'file':<14} {'lines':>6} {'templates':>9} {'GA':>6} {'FGA':>6} {'F1':>6}"
    print(header + (f" {'Drain3 GA':>9}" if drain3 is not None else ""))
    for log in logs:
        messages = _read_lines(log)
        miner = config.miner()
        started = time.process_time()
        ids = [miner.add(message).template_id for message in messages]
        if not getattr(args, "on_arrival", False):
            ids = [miner.resolve(i) for i in ids]
        total_seconds += time.process_time() - started
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
            if drain3 is not None:
                drain3_ids, seconds = drain3(messages)
                drain3_seconds += seconds
                drain3_scores.append(grouping_accuracy(drain3_ids, labels))
                row += f" {drain3_scores[-1]:9.3f}"
        print(row)
    if scores:
        n = len(scores)
        mean = [sum(s[k] for s in scores) / n for k in range(3)]
        row = f"{'mean':<14} {'':>6} {'':>9} {mean[0]:6.3f} {mean[1]:6.3f} {mean[2]:6.3f}"
        if drain3_scores:
            row += f" {sum(drain3_scores) / len(drain3_scores):9.3f}"
        print(row)
    rate = total_lines / total_seconds if total_seconds > 0 else float("inf")
    mode = "on arrival" if getattr(args, "on_arrival", False) else "final (after merges)"
    print(f"{total_lines} lines in {total_seconds:.2f} s CPU: {rate:,.0f} lines/s; ids: {mode}")
    if drain3_scores and drain3_seconds > 0:
        print(f"Drain3 (defaults): {total_lines / drain3_seconds:,.0f} lines/s (CPU) on the same files")
    elif scores and drain3 is None and not getattr(args, "no_drain3", False):
        print("Drain3 not installed (pip install '.[bench]'): no comparison")
    return 0
