"""The NAB scorer on hand-made windows with answers worked out by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from detectors.nab import PROFILES, FileLabels, probationary_length, scaled_sigmoid, score_corpus

N = 1000
TS = np.arange(N).astype("datetime64[m]")


def _labels(*bounds: tuple[int, int]) -> FileLabels:
    return FileLabels.from_windows(TS, [(TS[a], TS[b]) for a, b in bounds])


def _score(
    scores: np.ndarray, labels: FileLabels, profile: str = "standard", thr: float | None = None
):  # type: ignore[no-untyped-def]
    return score_corpus({"f": scores}, {"f": labels}, PROFILES[profile], threshold=thr)


def test_probation() -> None:
    assert probationary_length(1000) == 150
    assert probationary_length(100_000) == 750


def test_null_zero_perfect_hundred() -> None:
    lab = _labels((300, 399), (700, 799))
    assert _score(np.zeros(N), lab).normalised == 0.0
    s = np.zeros(N)
    s[[300, 700]] = 1.0
    r = _score(s, lab)
    assert math.isclose(r.normalised, 100.0) and r.tp == 2 and r.fp == 0


def test_only_first_detection_counts_and_later_is_worth_less() -> None:
    lab = _labels((300, 399))
    s = np.zeros(N)
    s[[350, 360, 399]] = 1.0
    r = _score(s, lab, thr=0.5)
    # position -(399 - 350 + 1) / 100 = -0.5
    expected = float(scaled_sigmoid(-0.5) / scaled_sigmoid(-1.0))
    assert math.isclose(r.raw, expected) and r.tp == 1 and r.fp == 0


def test_false_positive_costs() -> None:
    lab = _labels((300, 399))
    s = np.zeros(N)
    s[200] = 1.0  # before the first window: full cost
    s[450] = 1.0  # 51 points after a 100-point window: sigmoid(51/99)
    r = _score(s, lab, thr=0.5)
    fp_after = float(scaled_sigmoid(51 / 99)) * 0.11
    assert math.isclose(r.raw, -1.0 - 0.11 + fp_after)
    assert r.fp == 2 and r.tp == 0


def test_detections_in_probation_ignored_and_threshold_sweep() -> None:
    lab = _labels((300, 399))
    s = np.zeros(N)
    s[10] = 0.9  # probation: free
    s[320] = 0.8  # true positive
    s[600] = 0.7  # false positive far away
    r = _score(s, lab)
    assert r.threshold == pytest.approx(0.8) and r.fp == 0 and r.tp == 1
    low_fn = score_corpus({"f": s}, {"f": lab}, PROFILES["reward_low_FN_rate"])
    assert low_fn.null == -2.0
