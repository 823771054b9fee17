"""``sightline bench nab DIR [--detector NAME] [--out RESULTS]``.

Streams every ``timestamp,value`` CSV of a NAB-format corpus (folders of CSV
files plus ``windows.json``) through a fresh detector per file, writes
``RESULTS/<same relative path>`` with columns ``timestamp,value,anomaly_score``,
and prints the NAB scores of the three profiles (the project's own scorer,
:mod:`detectors.nab`), the detector's speed in points per second, and each
family's (top-level folder's) share at the corpus-wide thresholds.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

import numpy as np

from detectors import DEFAULT_METRIC_DETECTOR, REGISTRY, create
from detectors.nab import PROFILES, CorpusFile, CorpusScore, load_corpus, score_corpus

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``sightline bench nab``."""
    parser.add_argument(
        "corpus", metavar="DIR", help="NAB-format corpus: CSV folders plus windows.json"
    )
    parser.add_argument(
        "--detector",
        default=DEFAULT_METRIC_DETECTOR,
        choices=sorted(REGISTRY),
        help=f"registered detector to run (default: {DEFAULT_METRIC_DETECTOR}, the pipeline's)",
    )
    parser.add_argument("--out", metavar="RESULTS", help="write one result CSV per input file here")
    parser.add_argument(
        "--windows", metavar="FILE", help="windows file (default: DIR/windows.json)"
    )
    parser.add_argument(
        "--per-file", action="store_true", help="also print detections and misses per file"
    )


def _write(path: Path, timestamps: np.ndarray, values: np.ndarray, scores: np.ndarray) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["timestamp", "value", "anomaly_score"])
        stamps = np.datetime_as_string(timestamps, unit="s")
        for ts, v, s in zip(stamps, values.tolist(), scores.tolist(), strict=True):
            w.writerow([str(ts).replace("T", " "), repr(v), repr(s)])


def _print_families(
    files: list[CorpusFile], scores: dict[str, np.ndarray], results: dict[str, CorpusScore]
) -> None:
    """Each family's (top-level folder's) share at the corpus thresholds.

    A family is normalised on its own windows; one without windows shows its
    false positives only.
    """
    families: dict[str, list[CorpusFile]] = {}
    for f in files:
        families.setdefault(f.name.split("/")[0] if "/" in f.name else ".", []).append(f)
    if len(families) < 2:
        return
    print("  per family, at the corpus thresholds (standard / low FP / low FN):")
    for fam, members in sorted(families.items()):
        sub = {f.name: scores[f.name] for f in members}
        lab = {f.name: f.labels for f in members}
        parts = [
            score_corpus(sub, lab, PROFILES[p], threshold=r.threshold) for p, r in results.items()
        ]
        std = parts[0]
        if std.tp + std.fn:
            head = " / ".join(f"{r.normalised:5.1f}" for r in parts)
            print(
                f"    {fam:28s} {head}   windows {std.tp}/{std.tp + std.fn}"
                f"   false positives {std.fp}"
            )
        else:
            print(f"    {fam:28s} {'(no windows)':21s}   false positives {std.fp}")


def run(args: argparse.Namespace) -> int:
    """Run the benchmark; print the three profile scores and the speed."""
    root = Path(args.corpus)
    windows = Path(args.windows) if getattr(args, "windows", None) else root / "windows.json"
    if not windows.is_file():
        print(f"sightline bench nab: no windows file at {windows}", file=sys.stderr)
        return 2
    files = load_corpus(root, windows)
    if not files:
        print(f"sightline bench nab: no labelled CSV files under {root}", file=sys.stderr)
        return 2
    name = args.detector
    scores: dict[str, np.ndarray] = {}
    points = 0
    elapsed = 0.0
    for f in files:
        det = create(name)
        # Seconds since the epoch as Python floats: what the pipeline passes.
        secs = (f.timestamps.astype("datetime64[us]").astype(np.int64) / 1e6).tolist()
        values = f.values.tolist()
        update = det.update
        start = time.perf_counter()
        out = [update(x, t).score for x, t in zip(values, secs, strict=True)]
        elapsed += time.perf_counter() - start
        points += len(out)
        scores[f.name] = np.asarray(out, dtype=np.float64)
        if args.out:
            _write(Path(args.out) / f.name, f.timestamps, f.values, scores[f.name])
    labels = {f.name: f.labels for f in files}
    n_windows = sum(f.labels.n_windows for f in files)
    print(f"detector {name}: {len(files)} files, {points} points, {n_windows} windows")
    results = {p: score_corpus(scores, labels, prof) for p, prof in PROFILES.items()}
    for p, r in results.items():
        print(
            f"  {p:20s} {r.normalised:6.1f}   threshold {r.threshold:.4f}"
            f"   windows detected {r.tp}/{r.tp + r.fn}   false positives {r.fp}"
        )
    print(f"  speed {points / elapsed:,.0f} points/s (detector only, one core)")
    _print_families(files, scores, results)
    if getattr(args, "per_file", False):
        thr = results["standard"].threshold
        for f in files:
            s, lab = scores[f.name], f.labels
            hit = (s >= thr) & (lab.window != -2)
            found = len(np.unique(lab.window[hit & (lab.window >= 0)]))
            fps = int((hit & (lab.window == -1)).sum())
            print(f"    {f.name:60s} windows {found}/{lab.n_windows}  false positives {fps}")
    return 0
