"""ContextNoveltyDetector (cad) and EnsembleDetector (the default) on synthetic streams."""

from __future__ import annotations

import math
import pickle
import random

import pytest

from detectors import (
    DEFAULT_METRIC_DETECTOR,
    ContextNoveltyDetector,
    DetectorsConfig,
    EnsembleDetector,
    create,
)

T0 = 1_700_000_000.0
STEP = 300.0


def _pattern(n: int, seed: int) -> list[float]:
    rng = random.Random(seed)
    shape = [0.0, 0.0, 1.0, 5.0, 1.0, 0.0, 0.0, 2.0]
    return [shape[i % len(shape)] + rng.choice([0.0, 0.05]) for i in range(n)]


def test_repeating_pattern_is_learnt() -> None:
    det = ContextNoveltyDetector(rest=0)
    scores = [det.update(x).score for x in _pattern(2000, seed=1)]
    assert max(scores[200:]) == 0.0


def test_new_transition_scores_high() -> None:
    det = ContextNoveltyDetector(rest=0)
    values = _pattern(2000, seed=2)
    values[1500] = 3.0  # a level this series never moves to from here
    scores = [det.update(x).score for x in values]
    assert scores[1500] == 1.0
    assert max(scores[200:1500]) == 0.0


def test_beyond_range_scores_by_distance() -> None:
    det = ContextNoveltyDetector(rest=0, bins=8, extreme_levels=0.5)
    for x in _pattern(1003, seed=3):  # ends on the 1.0 that 5.0 always follows
        det.learn_one(x)
    # The range is [0, 5.05]; a level is 0.63 wide, the full score needs 0.32 beyond.
    assert det.score_one(5.06) < 0.25
    assert det.score_one(9.0) == 1.0
    assert det.score_one(-2.0) == 1.0


def test_rest_silences_after_a_detection() -> None:
    det = ContextNoveltyDetector(rest=50)
    values = _pattern(1500, seed=4)
    values[1000] = 20.0
    values[1010] = 40.0
    scores = [det.update(x).score for x in values]
    assert scores[1000] == 1.0
    assert max(scores[1001:1050]) == 0.0


def test_memory_is_bounded() -> None:
    det = ContextNoveltyDetector()
    rng = random.Random(5)
    for _ in range(500):
        det.learn_one(rng.random())
    size = len(pickle.dumps(det))
    for _ in range(20_000):
        det.learn_one(rng.random())
    assert len(pickle.dumps(det)) == size


@pytest.mark.parametrize(("param", "value"), [("bins", 1), ("orders", 0), ("orders", 7)])
def test_bad_parameters(param: str, value: int) -> None:
    with pytest.raises(ValueError, match=param):
        ContextNoveltyDetector(**{param: value})


def _seasonal(n: int, seed: int) -> list[float]:
    rng = random.Random(seed)
    return [50 + 20 * math.sin(2 * math.pi * i / 288) + rng.gauss(0, 1.0) for i in range(n)]


def test_ensemble_is_the_default() -> None:
    assert DEFAULT_METRIC_DETECTOR == "ensemble"
    assert type(DetectorsConfig().metric_detector()) is EnsembleDetector
    assert type(create("ensemble")) is EnsembleDetector


def test_ensemble_spike_and_band() -> None:
    values = _seasonal(3000, seed=6)
    values[2600] += 25.0
    det = EnsembleDetector()
    results = [det.update(x, T0 + STEP * i) for i, x in enumerate(values)]
    scores = [r.score for r in results]
    assert max(range(3000), key=scores.__getitem__) == 2600
    r = results[2599]
    assert r.lower < r.expected < r.upper
    assert r.lower < values[2599] < r.upper
    assert not r.lower < values[2600] < r.upper


def test_ensemble_level_shift_fires_early() -> None:
    values = _seasonal(3000, seed=7)
    for i in range(2500, 3000):
        values[i] += 30.0
    det = EnsembleDetector()
    scores = [det.update(x, T0 + STEP * i).score for i, x in enumerate(values)]
    first = next(i for i in range(300, 3000) if scores[i] >= 0.5)
    assert 2500 <= first <= 2505


def test_ensemble_repeated_spikes_score_less_than_the_first() -> None:
    rng = random.Random(8)
    det = EnsembleDetector()
    scores = []
    for i in range(4000):
        x = 10 + rng.gauss(0, 1)
        if i >= 1000 and i % 100 == 0:
            x += 30.0  # the same spike, again and again
        scores.append(det.update(x, T0 + STEP * i).score)
    assert scores[1000] > 0.6
    assert max(scores[3000:]) < 0.5 * scores[1000]


def test_ensemble_noise_false_positive_rate() -> None:
    rng = random.Random(9)
    det = EnsembleDetector()
    scores = [det.update(rng.gauss(0, 1), T0 + STEP * i).score for i in range(6000)]
    assert sum(s >= 0.5 for s in scores[1000:]) <= 5


def test_ensemble_reports_a_burst_once() -> None:
    rng = random.Random(10)
    values = [10 + rng.gauss(0, 1) for _ in range(2000)]
    for i in range(1500, 1506):
        values[i] += 20.0  # a burst of six samples
    scores = [s for s in _ensemble_scores(values)]
    top = max(range(2000), key=scores.__getitem__)
    assert 1500 <= top <= 1501
    # The rest of the burst and the return to normal are echoes.
    assert max(scores[top + 1 : 1520]) < 0.6 * scores[top]


@pytest.mark.parametrize("warmup", [30, 100, 250])
def test_ensemble_scores_do_not_depend_on_the_warmup(warmup: int) -> None:
    values = _seasonal(1200, seed=12)
    values[900] += 25.0
    base = _ensemble_scores(values, warmup=10, novelty_warmup=10)
    scores = _ensemble_scores(values, warmup=warmup, novelty_warmup=warmup)
    # What the parts learn does not depend on the warm-up; only which
    # earlier scores the echo suppression has seen does.
    assert max(range(warmup, 1200), key=scores.__getitem__) == 900
    assert scores[900] == base[900] > 0.6


def _ensemble_scores(values: list[float], **params: int) -> list[float]:
    det = EnsembleDetector(**params)  # type: ignore[arg-type]
    return [det.update(x, T0 + STEP * i).score for i, x in enumerate(values)]


@pytest.mark.parametrize("record_half_life", [0.0, 1000.0])
@pytest.mark.parametrize("orders", [1, 2, 3])
def test_raw_update_agrees_with_the_pure_score(orders: int, record_half_life: float) -> None:
    """The written-out learning pass (two contexts by default) scores as the pure ``_raw`` does.

    And it learns the level, range and context ``_raw`` computes: the series
    drifts upward in its second half, so the range keeps growing (new
    extremes, the record discount) as well as staying put.
    """
    rng = random.Random(orders)
    det = ContextNoveltyDetector(orders=orders, order_weight=0.5, record_half_life=record_half_life)
    for i in range(3000):
        x = rng.choice([0.0, 1.0, 5.0]) + rng.gauss(0, 0.3) + (40.0 if i % 997 == 0 else 0.0)
        if i >= 1500:
            x += 0.05 * (i - 1500)
        raw, level, lo, hi = det._raw(x)
        assert raw == det.raw_update(x)
        assert (det._lo, det._hi) == (lo, hi)
        assert det._hist[0] == level and len(det._hist) == min(i + 1, orders)
