"""The contract every registered detector must honour (river's ``checks`` idea).

Each check takes a fresh detector and raises ``AssertionError`` with a reason
when the contract is broken.  :func:`yield_checks` lists them, so a test can
parametrise over detectors x checks; :func:`check_detector` runs them all.

Examples
--------
>>> from detectors import SeasonalDetector
>>> check_detector(SeasonalDetector(warmup=50))
"""

from __future__ import annotations

import copy
import math
import pickle
import random
from collections.abc import Callable, Iterator

import numpy as np

from detectors.base import Detector

__all__ = [
    "check_beats_chance",
    "check_clone",
    "check_detector",
    "check_deterministic",
    "check_does_not_mutate_input",
    "check_pickle",
    "check_score_one_is_pure",
    "check_scores_in_range",
    "synthetic_stream",
    "yield_checks",
]

Check = Callable[[Detector], None]


def synthetic_stream(
    n: int = 2000, seed: int = 0, start: int = 600
) -> tuple[list[float], list[float], list[int]]:
    """A daily-seasonal, non-negative integer stream with injected anomalies.

    One point a minute over ``n`` minutes, around 20 with a daily cycle and
    Poisson-like noise (so it also reads as an error count per window); from
    index ``start`` on, a few spikes and a level shift.

    Returns
    -------
    values, timestamps, anomalies
        The values, their times (seconds since the epoch) and the indices of
        the injected anomalies.
    """
    rng = random.Random(seed)
    t0 = 1_700_000_000.0
    values, times = [], []
    anomalies: list[int] = []
    spikes = set(range(start, n, max((n - start) // 6, 1))[1:5])
    shift_at = start + (n - start) * 5 // 6
    for i in range(n):
        t = t0 + 60.0 * i
        mu = 20.0 + 5.0 * math.sin(2 * math.pi * (t % 86400) / 86400)
        x = max(0.0, round(rng.gauss(mu, math.sqrt(mu))))
        if i in spikes:
            x += 60.0
            anomalies.append(i)
        if shift_at <= i < shift_at + 5:
            x += 45.0
            anomalies.append(i)
        values.append(x)
        times.append(t)
    return values, times, anomalies


def _run(det: Detector, values: list[float], times: list[float]) -> list[float]:
    return [float(det.update(x, t).score) for x, t in zip(values, times, strict=True)]


def check_scores_in_range(det: Detector) -> None:
    """Scores are finite and in [0, 1]."""
    values, times, _ = synthetic_stream(800)
    for s in _run(det, values, times):
        assert math.isfinite(s) and 0.0 <= s <= 1.0, f"score {s} outside [0, 1]"


def check_does_not_mutate_input(det: Detector) -> None:
    """Learning and scoring leave the caller's values and timestamps alone."""
    values, times, _ = synthetic_stream(300)
    arr = np.asarray(values, dtype=np.float64)
    stamps = np.asarray(times, dtype=np.float64)
    before_v, before_t = arr.copy(), stamps.copy()
    for i in range(len(arr)):
        det.score_one(arr[i], stamps[i])
        det.learn_one(arr[i], stamps[i])
        det.update(arr[i], stamps[i])
    assert np.array_equal(arr, before_v) and np.array_equal(stamps, before_t), "input mutated"


def check_score_one_is_pure(det: Detector) -> None:
    """``score_one`` does not change the state: the same value scores the same twice,
    and a stream scored with extra ``score_one`` calls scores identically."""
    values, times, _ = synthetic_stream(700)
    other = det.clone()
    for x, t in zip(values, times, strict=True):
        a = det.score_one(x, t)
        assert det.score_one(x, t) == a, "score_one is not repeatable"
        det.score_one(x * 3 + 7, t)
        assert det.update(x, t).score == other.update(x, t).score, "score_one changed the state"


def check_pickle(det: Detector) -> None:
    """A pickled and unpickled detector behaves exactly like the original."""
    values, times, _ = synthetic_stream(1200)
    half = len(values) // 2
    _run(det, values[:half], times[:half])
    copy_ = pickle.loads(pickle.dumps(det))
    a = _run(det, values[half:], times[half:])
    b = _run(copy_, values[half:], times[half:])
    assert a == b, "unpickled detector diverged"


def check_deterministic(det: Detector) -> None:
    """Two detectors built from the same parameters (and seed) agree exactly."""
    values, times, _ = synthetic_stream(1000)
    twin = det.clone()
    assert _run(det, values, times) == _run(twin, values, times), "not deterministic"


def check_clone(det: Detector) -> None:
    """``clone`` gives a fresh detector with the same parameters; deepcopy works."""
    values, times, _ = synthetic_stream(300)
    _run(det, values, times)
    fresh = det.clone()
    assert repr(fresh) == repr(det), "clone changed the parameters"
    assert _run(fresh, values, times) == _run(det.clone(), values, times), "clone kept state"
    copy.deepcopy(det)


def _auc(pos: list[float], neg: list[float]) -> float:
    both = np.concatenate([pos, neg])
    ranks = np.empty(len(both))
    order = np.argsort(both, kind="stable")
    ranks[order] = np.arange(1, len(both) + 1)
    # Average the ranks of ties.
    for v in np.unique(both):
        m = both == v
        ranks[m] = ranks[m].mean()
    r_pos = ranks[: len(pos)].sum()
    return float((r_pos - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def check_beats_chance(det: Detector) -> None:
    """On the synthetic stream, anomalies outrank ordinary points (ROC AUC > 0.6)."""
    values, times, anomalies = synthetic_stream(2000, seed=3)
    scores = _run(det, values, times)
    start = 600
    marked = set(anomalies)
    pos = [scores[i] for i in anomalies]
    neg = [scores[i] for i in range(start, len(scores)) if i not in marked]
    auc = _auc(pos, neg)
    assert auc > 0.6, f"ROC AUC {auc:.2f} on injected anomalies: no better than chance"


_CHECKS: tuple[Check, ...] = (
    check_scores_in_range,
    check_does_not_mutate_input,
    check_score_one_is_pure,
    check_pickle,
    check_deterministic,
    check_clone,
    check_beats_chance,
)


def yield_checks() -> Iterator[Check]:
    """Every contract check, in a stable order."""
    yield from _CHECKS


def check_detector(det: Detector) -> None:
    """Run every check on fresh clones of ``det``."""
    for check in _CHECKS:
        check(det.clone())
