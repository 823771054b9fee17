"""The project's own implementation of the Numenta Anomaly Benchmark scoring.

Written from the published description of NAB v1.1 (the paper and the
``nab/sweeper.py`` semantics), not copied from it:

* The first 15% of each file (at most 750 points) is the probationary period:
  its points are neither detections nor misses.
* Every point gets a weight.  Inside a window ``[l, r]`` of width
  ``w = r - l + 1`` the point ``i`` is worth
  ``A_TP * sigma(-(r - i + 1) / w) / sigma(-1)`` where
  ``sigma(y) = 2 / (1 + exp(5 y)) - 1`` is the scaled sigmoid, so the
  window's first point is worth exactly ``A_TP`` and later points less.
  Outside every window a point is worth ``A_FP * sigma(d)`` (a cost, since
  ``sigma`` is negative there) where ``d = (i - r_prev) / (w_prev - 1)`` is the
  distance past the previous window in units of its width, and ``-A_FP``
  before the first window or three widths past one.
* A threshold turns scores into detections (``score >= threshold``).  A window
  counts the best (earliest) detection inside it, or ``-A_FN`` when it has
  none; every detection outside the windows adds its (negative) weight.
* The raw score is summed over the corpus and normalised as
  ``100 * (raw - null) / (perfect - null)`` with ``null = -A_FN * windows`` (the
  detector that never fires) and ``perfect = A_TP * windows``.
* The threshold is chosen per profile to maximise the corpus score, sweeping
  every distinct score value (as NAB's optimiser does).

Examples
--------
>>> import numpy as np
>>> ts = np.arange(1000).astype("datetime64[m]")
>>> labels = FileLabels.from_windows(ts, [(ts[500], ts[599])])
>>> perfect = np.zeros(1000)
>>> perfect[500] = 1.0
>>> result = score_corpus({"f": perfect}, {"f": labels}, PROFILES["standard"])
>>> round(result.normalised, 6), result.threshold
(100.0, 1.0)
>>> score_corpus({"f": np.zeros(1000)}, {"f": labels}, PROFILES["standard"]).normalised
0.0
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import numpy.typing as npt

__all__ = [
    "PROFILES",
    "CorpusScore",
    "FileLabels",
    "Profile",
    "load_corpus",
    "probationary_length",
    "scaled_sigmoid",
    "score_all_profiles",
    "score_corpus",
    "score_held_out",
]

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

PROBATION_FRACTION = 0.15
# NAB caps the probationary period at 15% of 5000 rows.
PROBATION_CAP_ROWS = 5000


@dataclass(frozen=True)
class Profile:
    """A NAB application profile: the weights of true positives, false
    positives and false negatives."""

    name: str
    tp: float
    fp: float
    fn: float


PROFILES: dict[str, Profile] = {
    "standard": Profile("standard", 1.0, 0.11, 1.0),
    "reward_low_FP_rate": Profile("reward_low_FP_rate", 1.0, 0.22, 1.0),
    "reward_low_FN_rate": Profile("reward_low_FN_rate", 1.0, 0.11, 2.0),
}


def scaled_sigmoid(position: FloatArray | float) -> FloatArray:
    """NAB's scaled sigmoid ``2 / (1 + exp(5 y)) - 1``, and ``-1`` for ``y >= 3``.

    Parameters
    ----------
    position
        Relative position: ``-1`` is a window's left edge, ``0`` its right
        edge, positive values lie past the window in units of its width.

    Examples
    --------
    >>> [round(float(v), 5) for v in scaled_sigmoid(np.array([-1.0, -0.5, 0.0, 1.0, 3.0]))]
    [0.98661, 0.84828, 0.0, -0.98661, -1.0]
    """
    y = np.asarray(position, dtype=np.float64)
    out = 2.0 / (1.0 + np.exp(np.clip(5.0 * y, -700.0, 700.0))) - 1.0
    return np.where(y >= 3.0, -1.0, out)


def probationary_length(n_rows: int, fraction: float = PROBATION_FRACTION) -> int:
    """Number of leading rows NAB leaves unscored: ``min(floor(0.15 n), 750)``.

    >>> probationary_length(4032), probationary_length(15902)
    (604, 750)
    """
    return int(min(math.floor(fraction * n_rows), fraction * PROBATION_CAP_ROWS))


@dataclass(frozen=True)
class FileLabels:
    """The ground truth of one file in the form the sweep needs.

    Attributes
    ----------
    window
        For every point, the index of its window in the file, ``-1`` outside
        all windows, ``-2`` in the probationary period.
    position
        Relative position used by the scaled sigmoid (see module docstring).
    n_windows
        Windows in the file (all of them, including any that the
        probationary period hides, as NAB's normaliser counts them).
    """

    window: IntArray
    position: FloatArray
    outside_before_any: npt.NDArray[np.bool_]
    n_windows: int

    @classmethod
    def from_windows(
        cls,
        timestamps: npt.ArrayLike,
        windows: Sequence[tuple[object, object]],
        probation_fraction: float = PROBATION_FRACTION,
    ) -> FileLabels:
        """Build the labels of a file from its timestamps and window limits.

        Parameters
        ----------
        timestamps
            The file's timestamps in order (``datetime64`` or anything numpy
            converts to it).
        windows
            ``(start, end)`` pairs, inclusive, in time order.
        probation_fraction
            Fraction of the file left unscored (capped at 750 rows).
        """
        ts = np.asarray(timestamps).astype("datetime64[us]")
        n = len(ts)
        window = np.full(n, -1, dtype=np.int64)
        position = np.full(n, 3.0)
        before_any = np.ones(n, dtype=bool)
        idx = np.arange(n, dtype=np.float64)
        bounds = []
        for start, end in windows:
            lo = int(
                np.searchsorted(ts, np.datetime64(str(start)).astype("datetime64[us]"), "left")
            )
            hi = (
                int(np.searchsorted(ts, np.datetime64(str(end)).astype("datetime64[us]"), "right"))
                - 1
            )
            bounds.append((lo, hi))
        for k, (lo, hi) in enumerate(bounds):
            if hi < lo:
                continue
            width = float(hi - lo + 1)
            window[lo : hi + 1] = k
            position[lo : hi + 1] = -(hi - idx[lo : hi + 1] + 1.0) / width
            before_any[lo:] = False
            nxt = bounds[k + 1][0] if k + 1 < len(bounds) else n
            if nxt > hi + 1:
                past = (idx[hi + 1 : nxt] - hi) / max(width - 1.0, 1.0)
                position[hi + 1 : nxt] = past
        probation = probationary_length(n, probation_fraction)
        window[:probation] = -2
        return cls(window, position, before_any, len(bounds))

    def weights(self, profile: Profile) -> FloatArray:
        """Per-point weight under ``profile`` (reward inside windows, cost outside)."""
        sig = scaled_sigmoid(self.position)
        inside = self.window >= 0
        w = np.where(inside, sig * profile.tp / float(scaled_sigmoid(-1.0)), sig * profile.fp)
        w = np.where(self.outside_before_any & ~inside, -profile.fp, w)
        return np.where(self.window == -2, 0.0, w)

    @property
    def scorable_windows(self) -> int:
        """Windows with at least one point after the probationary period."""
        return len(np.unique(self.window[self.window >= 0]))


@dataclass(frozen=True)
class CorpusScore:
    """The result of scoring a corpus under one profile."""

    profile: str
    threshold: float
    raw: float
    null: float
    perfect: float
    normalised: float
    tp: int
    fn: int
    fp: int


def score_corpus(
    scores: Mapping[str, npt.ArrayLike],
    labels: Mapping[str, FileLabels],
    profile: Profile,
    threshold: float | None = None,
) -> CorpusScore:
    """Score a corpus under one profile, choosing the best threshold.

    Parameters
    ----------
    scores
        Anomaly scores in [0, 1] per file, aligned with the file's points.
    labels
        Ground truth per file (same keys).
    profile
        Cost profile.
    threshold
        Use this threshold instead of sweeping for the best one.

    Returns
    -------
    CorpusScore
        Threshold, raw / null / perfect and normalised score, window and
        false-positive counts at that threshold.
    """
    all_scores: list[FloatArray] = []
    all_delta: list[FloatArray] = []
    all_tp: list[IntArray] = []
    all_fp: list[IntArray] = []
    n_windows = 0
    n_scorable = 0
    for name, lab in labels.items():
        s = np.asarray(scores[name], dtype=np.float64)
        if s.shape != lab.window.shape:
            raise ValueError(f"{name}: {s.shape[0]} scores for {lab.window.shape[0]} points")
        w = lab.weights(profile)
        n_windows += lab.n_windows
        n_scorable += lab.scorable_windows
        out = lab.window == -1
        all_scores.append(s[out])
        all_delta.append(w[out])
        all_tp.append(np.zeros(int(out.sum()), dtype=np.int64))
        all_fp.append(np.ones(int(out.sum()), dtype=np.int64))
        for k in np.unique(lab.window[lab.window >= 0]):
            members = lab.window == k
            ws, ww = s[members], w[members]
            order = np.argsort(-ws, kind="stable")
            ws, ww = ws[order], ww[order]
            # The window is worth -A_FN until its first detection, then the
            # best (earliest) detection: the change as the threshold falls.
            best = np.maximum.accumulate(np.concatenate(([-profile.fn], ww)))
            all_scores.append(ws)
            all_delta.append(np.diff(best))
            first = np.zeros(len(ws), dtype=np.int64)
            first[0] = 1
            all_tp.append(first)
            all_fp.append(np.zeros(len(ws), dtype=np.int64))
    null = -profile.fn * n_scorable
    perfect = profile.tp * n_windows
    s_all = np.concatenate(all_scores) if all_scores else np.zeros(0)
    d_all = np.concatenate(all_delta) if all_delta else np.zeros(0)
    tp_all = np.concatenate(all_tp) if all_tp else np.zeros(0, dtype=np.int64)
    fp_all = np.concatenate(all_fp) if all_fp else np.zeros(0, dtype=np.int64)
    order = np.argsort(-s_all, kind="stable")
    s_all, d_all, tp_all, fp_all = s_all[order], d_all[order], tp_all[order], fp_all[order]
    raw_c = null + np.cumsum(d_all)
    tp_c, fp_c = np.cumsum(tp_all), np.cumsum(fp_all)
    # A threshold admits every point scoring at least it: evaluate at the
    # last point of each group of equal scores.
    last = (
        np.flatnonzero(np.append(s_all[1:] != s_all[:-1], True))
        if len(s_all)
        else np.zeros(0, dtype=np.int64)
    )
    cand_thr = np.concatenate(([1.1], s_all[last]))
    cand_raw = np.concatenate(([null], raw_c[last]))
    cand_tp = np.concatenate(([0], tp_c[last]))
    cand_fp = np.concatenate(([0], fp_c[last]))
    if threshold is None:
        best_i = int(np.argmax(cand_raw))
    else:
        admitted = np.flatnonzero(cand_thr >= threshold)
        best_i = int(admitted[-1])
    raw = float(cand_raw[best_i])
    denom = perfect - null
    normalised = 100.0 * (raw - null) / denom if denom else 0.0
    tp = int(cand_tp[best_i])
    return CorpusScore(
        profile=profile.name,
        threshold=float(cand_thr[best_i]),
        raw=raw,
        null=null,
        perfect=perfect,
        normalised=normalised,
        tp=tp,
        fn=n_scorable - tp,
        fp=int(cand_fp[best_i]),
    )


def score_all_profiles(
    scores: Mapping[str, npt.ArrayLike], labels: Mapping[str, FileLabels]
) -> dict[str, CorpusScore]:
    """Score a corpus under the three NAB profiles, each with its own best threshold."""
    return {name: score_corpus(scores, labels, p) for name, p in PROFILES.items()}


def score_held_out(
    scores: Mapping[str, npt.ArrayLike],
    labels: Mapping[str, FileLabels],
    groups: Mapping[str, str],
    profile: Profile,
) -> tuple[CorpusScore, dict[str, CorpusScore]]:
    """Leave-one-group-out score: each group judged at a threshold chosen without it.

    For every group (a NAB folder), the threshold is the one that maximises
    the score of the *other* groups; the held-out group is scored at that
    threshold.  The raw, null and perfect scores of the held-out groups are
    summed and normalised as in :func:`score_corpus`, so the figure is what the
    detector scores on data none of whose threshold was fitted to it.

    Parameters
    ----------
    scores, labels
        As for :func:`score_corpus`.
    groups
        Group of every file (same keys as ``labels``).
    profile
        Cost profile.

    Returns
    -------
    (CorpusScore, dict)
        The pooled held-out score (``threshold`` is ``nan``: each group had
        its own) and each group's own held-out score.

    Examples
    --------
    >>> ts = np.arange(1000).astype("datetime64[m]")
    >>> lab = FileLabels.from_windows(ts, [(ts[500], ts[599])])
    >>> s = np.zeros(1000)
    >>> s[500] = 0.9
    >>> pooled, per = score_held_out({"a": s, "b": s}, {"a": lab, "b": lab},
    ...                              {"a": "x", "b": "y"}, PROFILES["standard"])
    >>> round(pooled.normalised, 6), sorted(per)
    (100.0, ['x', 'y'])
    """
    per: dict[str, CorpusScore] = {}
    for group in sorted(set(groups.values())):
        train = {n: lab for n, lab in labels.items() if groups[n] != group}
        test = {n: lab for n, lab in labels.items() if groups[n] == group}
        threshold = score_corpus(scores, train, profile).threshold if train else 0.5
        # Report the threshold that was applied (the one fitted without the group).
        per[group] = replace(score_corpus(scores, test, profile, threshold=threshold), threshold=threshold)
    raw = sum(r.raw for r in per.values())
    null = sum(r.null for r in per.values())
    perfect = sum(r.perfect for r in per.values())
    denom = perfect - null
    tp = sum(r.tp for r in per.values())
    pooled = CorpusScore(
        profile=profile.name,
        threshold=math.nan,
        raw=raw,
        null=null,
        perfect=perfect,
        normalised=100.0 * (raw - null) / denom if denom else 0.0,
        tp=tp,
        fn=sum(r.fn for r in per.values()),
        fp=sum(r.fp for r in per.values()),
    )
    return pooled, per


@dataclass(frozen=True)
class CorpusFile:
    """One series of a NAB-format corpus."""

    name: str
    timestamps: npt.NDArray[np.datetime64]
    values: FloatArray
    labels: FileLabels


def _read_series(path: Path) -> tuple[npt.NDArray[np.datetime64], FloatArray]:
    with path.open(newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        ti, vi = header.index("timestamp"), header.index("value")
        rows = [(r[ti], r[vi]) for r in reader if r]
    ts = np.array([t for t, _ in rows], dtype="datetime64[us]")
    values = np.array([float(v) for _, v in rows], dtype=np.float64)
    return ts, values


def load_corpus(root: str | Path, windows_file: str | Path | None = None) -> list[CorpusFile]:
    """Load every ``timestamp,value`` CSV under ``root`` with its windows.

    Parameters
    ----------
    root
        Corpus folder: sub-folders of CSV files plus a ``windows.json`` that
        maps each file's path relative to ``root`` to its ``[start, end]``
        windows (NAB's ``combined_windows.json`` format).
    windows_file
        The windows file if it is not ``root/windows.json``.

    Returns
    -------
    list of CorpusFile
        Sorted by relative path.  A CSV without an entry in the windows file
        is skipped: it cannot be scored.
    """
    root = Path(root)
    wpath = Path(windows_file) if windows_file else root / "windows.json"
    with wpath.open() as fh:
        all_windows: dict[str, list[list[str]]] = json.load(fh)
    files = []
    for name in sorted(all_windows):
        path = root / name
        if not path.is_file():
            continue
        ts, values = _read_series(path)
        limits = [(w[0], w[1]) for w in all_windows[name]]
        files.append(CorpusFile(name, ts, values, FileLabels.from_windows(ts, limits)))
    return files
