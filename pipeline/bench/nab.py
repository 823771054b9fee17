"""``sightline bench nab DIR [--detector NAME] [--param KEY=VALUE ...] [--out RESULTS] [--plots PNGS]``.

Streams every ``timestamp,value`` CSV of a NAB-format corpus (folders of CSV
files plus ``windows.json``) through a fresh detector per file, writes
``RESULTS/<same relative path>`` with columns ``timestamp,value,anomaly_score``,
and prints, for the three NAB profiles (the project's own scorer,
:mod:`detectors.nab`):

* the *in-sample* score: one threshold chosen on the whole corpus;
* the *leave-one-folder-out* score: each top-level folder scored at the
  threshold that is best on the other folders, the held-out folders' raw
  scores pooled and normalised (what the detector scores on data its
  threshold was not fitted to);

then the detector's speed (CPU time of the detector alone; wall-clock figures
on a shared machine are noisy) and each folder's share.  ``--plots PNGS``
writes one PNG per file (value, expected band, labelled windows, score and
detections at the in-sample standard threshold); it needs the ``plots`` extra
(``pip install 'sightline[plots]'``, matplotlib).  ``--param KEY=VALUE``
(repeatable) passes a constructor parameter to the detector, the value read
as JSON when it parses (``--param step=5 --param grow=false``), else as a
string: a candidate configuration is measured with the same command.
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import math
import sys
import time
from pathlib import Path

import numpy as np

from detectors import DEFAULT_METRIC_DETECTOR, REGISTRY, create
from detectors.nab import (
    PROFILES,
    CorpusFile,
    CorpusScore,
    load_corpus,
    score_corpus,
    score_held_out,
)

__all__ = ["add_arguments", "parse_params", "run"]


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
    parser.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="detector parameter (repeatable; VALUE read as JSON if it parses, else a string)",
    )
    parser.add_argument("--out", metavar="RESULTS", help="write one result CSV per input file here")
    parser.add_argument(
        "--plots",
        metavar="PNGS",
        help="write one PNG per input file here (needs the 'plots' extra: matplotlib)",
    )
    parser.add_argument(
        "--windows", metavar="FILE", help="windows file (default: DIR/windows.json)"
    )
    parser.add_argument(
        "--per-file", action="store_true", help="also print detections and misses per file"
    )


def parse_params(items: list[str]) -> dict[str, object]:
    """``["step=5", "grow=false"]`` -> ``{"step": 5, "grow": False}``.

    >>> parse_params(["step=5", "grow=false", "name=x"])
    {'step': 5, 'grow': False, 'name': 'x'}

    Raises
    ------
    ValueError
        An item without ``=`` or with an empty key.
    """
    params: dict[str, object] = {}
    for item in items:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip():
            raise ValueError(f"--param {item!r}: expected KEY=VALUE")
        try:
            params[key.strip()] = json.loads(raw)
        except json.JSONDecodeError:
            params[key.strip()] = raw
    return params


def _write(path: Path, timestamps: np.ndarray, values: np.ndarray, scores: np.ndarray) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["timestamp", "value", "anomaly_score"])
        stamps = np.datetime_as_string(timestamps, unit="s")
        for ts, v, s in zip(stamps, values.tolist(), scores.tolist(), strict=True):
            w.writerow([str(ts).replace("T", " "), repr(v), repr(s)])


def _family(name: str) -> str:
    return name.split("/")[0] if "/" in name else "."


def _print_families(
    files: list[CorpusFile],
    scores: dict[str, np.ndarray],
    results: dict[str, CorpusScore],
    held_out: dict[str, dict[str, CorpusScore]],
) -> None:
    """Each family's (top-level folder's) share, in-sample and held out.

    A family is normalised on its own windows; one without windows shows its
    false positives only.
    """
    families: dict[str, list[CorpusFile]] = {}
    for f in files:
        families.setdefault(_family(f.name), []).append(f)
    if len(families) < 2:
        return
    print(
        "  per folder (standard / low FP / low FN), in-sample at the corpus thresholds,"
        " then held out (threshold from the other folders):"
    )
    for fam, members in sorted(families.items()):
        sub = {f.name: scores[f.name] for f in members}
        lab = {f.name: f.labels for f in members}
        parts = [
            score_corpus(sub, lab, PROFILES[p], threshold=r.threshold) for p, r in results.items()
        ]
        outs = [held_out[p][fam] for p in results]
        std, out = parts[0], outs[0]
        if std.tp + std.fn:
            head = " / ".join(f"{r.normalised:5.1f}" for r in parts)
            tail = " / ".join(f"{r.normalised:5.1f}" for r in outs)
            print(
                f"    {fam:24s} in {head}  windows {std.tp}/{std.tp + std.fn} FPs {std.fp:3d}"
                f"   held out {tail}  windows {out.tp}/{out.tp + out.fn} FPs {out.fp}"
                f" (threshold {out.threshold:.3f})"
            )
        else:
            print(
                f"    {fam:24s} in {'(no windows)':21s}  FPs {std.fp:3d}"
                f"   held out {'(no windows)':21s}  FPs {out.fp} (threshold {out.threshold:.3f})"
            )


def _plot(
    path: Path,
    f: CorpusFile,
    scores: np.ndarray,
    lower: np.ndarray,
    upper: np.ndarray,
    threshold: float,
    detector: str,
) -> None:
    """One PNG: value, expected band and windows above; score and detections below."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    t = f.timestamps.astype("datetime64[s]").astype("O")
    fig, (ax, bx) = plt.subplots(
        2, 1, figsize=(14, 6), sharex=True, gridspec_kw={"height_ratios": [3, 1]}
    )
    lab = f.labels
    for k in range(lab.n_windows):
        idx = np.flatnonzero(lab.window == k)
        if len(idx):
            for a in (ax, bx):
                a.axvspan(t[idx[0]], t[idx[-1]], color="tab:orange", alpha=0.18, lw=0)
    prob = np.flatnonzero(lab.window == -2)
    if len(prob):
        for a in (ax, bx):
            a.axvspan(t[0], t[prob[-1]], color="0.85", alpha=0.5, lw=0)
    ok = np.isfinite(lower) & np.isfinite(upper)
    if ok.any():
        ax.fill_between(
            t,
            np.where(ok, lower, np.nan),
            np.where(ok, upper, np.nan),
            color="tab:blue",
            alpha=0.15,
            lw=0,
            label="expected band",
        )
    ax.plot(t, f.values, color="k", lw=0.6, label="value")
    hits = np.flatnonzero((scores >= threshold) & (lab.window != -2))
    inside = hits[lab.window[hits] >= 0]
    outside = hits[lab.window[hits] == -1]
    ax.scatter(
        [t[i] for i in inside],
        f.values[inside],
        color="tab:green",
        s=30,
        zorder=3,
        label="detection in a window",
    )
    ax.scatter(
        [t[i] for i in outside],
        f.values[outside],
        color="tab:red",
        marker="x",
        s=40,
        zorder=3,
        label="false positive",
    )
    lo, hi = np.nanpercentile(f.values, [0.5, 99.5])
    pad = 0.15 * (hi - lo) + 1e-9
    ax.set_ylim(
        min(lo - pad, float(np.nanmin(f.values))), max(hi + pad, float(np.nanmax(f.values)))
    )
    ax.set_title(f"{f.name}  ({detector}; orange: labelled windows, grey: probation)", fontsize=9)
    ax.legend(loc="upper left", fontsize=7)
    bx.plot(t, scores, color="tab:purple", lw=0.6)
    bx.axhline(threshold, color="tab:red", lw=0.6, ls="--")
    bx.set_ylim(0, 1.02)
    bx.set_ylabel("score", fontsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=80)
    plt.close(fig)


def run(args: argparse.Namespace) -> int:
    """Run the benchmark; print the in-sample and held-out scores and the speed."""
    root = Path(args.corpus)
    windows = Path(args.windows) if getattr(args, "windows", None) else root / "windows.json"
    if not windows.is_file():
        print(f"sightline bench nab: no windows file at {windows}", file=sys.stderr)
        return 2
    plots = getattr(args, "plots", None)
    if plots:
        try:
            import matplotlib  # noqa: F401
        except ImportError:
            print(
                "sightline bench nab: --plots needs matplotlib: pip install 'sightline[plots]'",
                file=sys.stderr,
            )
            return 2
    try:
        params = parse_params(getattr(args, "param", None) or [])
        create(args.detector, **params)
    except (ValueError, TypeError) as exc:
        print(f"sightline bench nab: {exc}", file=sys.stderr)
        return 2
    files = load_corpus(root, windows)
    if not files:
        print(f"sightline bench nab: no labelled CSV files under {root}", file=sys.stderr)
        return 2
    name = args.detector
    scores: dict[str, np.ndarray] = {}
    bands: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    points = 0
    elapsed = cpu = 0.0
    # The results kept below are what makes the collector run while scoring
    # (the pipeline keeps none), and each run would walk the corpus and the
    # modules loaded so far: harness work, so that is frozen out of it.
    gc.freeze()
    for f in files:
        det = create(name, **params)
        # Seconds since the epoch as Python floats: what the pipeline passes.
        secs = (f.timestamps.astype("datetime64[us]").astype(np.int64) / 1e6).tolist()
        values = f.values.tolist()
        update = det.update
        start, start_cpu = time.perf_counter(), time.process_time()
        results = [update(x, t) for x, t in zip(values, secs, strict=True)]
        cpu += time.process_time() - start_cpu
        elapsed += time.perf_counter() - start
        points += len(results)
        scores[f.name] = np.fromiter((r.score for r in results), np.float64, len(results))
        if plots:
            bands[f.name] = (
                np.fromiter((_num(r.lower) for r in results), np.float64, len(results)),
                np.fromiter((_num(r.upper) for r in results), np.float64, len(results)),
            )
        if args.out:
            _write(Path(args.out) / f.name, f.timestamps, f.values, scores[f.name])
    gc.unfreeze()
    labels = {f.name: f.labels for f in files}
    groups = {f.name: _family(f.name) for f in files}
    n_windows = sum(f.labels.n_windows for f in files)
    shown = "".join(f" {k}={v!r}" for k, v in params.items())
    print(f"detector {name}{shown}: {len(files)} files, {points} points, {n_windows} windows")
    results_in = {p: score_corpus(scores, labels, prof) for p, prof in PROFILES.items()}
    held = {p: score_held_out(scores, labels, groups, prof) for p, prof in PROFILES.items()}
    print(
        "  profile              in-sample (one threshold)                      leave-one-folder-out"
    )
    for p, r in results_in.items():
        h = held[p][0]
        print(
            f"  {p:20s} {r.normalised:6.1f}   threshold {r.threshold:.4f}"
            f"   windows {r.tp}/{r.tp + r.fn}   FPs {r.fp:4d}"
            f"   {h.normalised:6.1f}   windows {h.tp}/{h.tp + h.fn}   FPs {h.fp}"
        )
    print(
        f"  speed {points / cpu:,.0f} points/s CPU time"
        f" ({points / elapsed:,.0f} wall clock; detector only, one core)"
    )
    _print_families(files, scores, results_in, {p: held[p][1] for p in PROFILES})
    thr = results_in["standard"].threshold
    if getattr(args, "per_file", False):
        for f in files:
            s, lab = scores[f.name], f.labels
            hit = (s >= thr) & (lab.window != -2)
            found = len(np.unique(lab.window[hit & (lab.window >= 0)]))
            fps = int((hit & (lab.window == -1)).sum())
            print(f"    {f.name:60s} windows {found}/{lab.n_windows}  false positives {fps}")
    if plots:
        for f in files:
            lower, upper = bands[f.name]
            out = Path(plots) / (f.name.rsplit(".", 1)[0] + ".png")
            _plot(out, f, scores[f.name], lower, upper, thr, name)
        print(f"  {len(files)} plots in {plots}")
    return 0


def _num(v: float | None) -> float:
    return math.nan if v is None else float(v)
