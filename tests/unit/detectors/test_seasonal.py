"""SeasonalDetector on synthetic streams with known answers."""

from __future__ import annotations

import math
import random
from collections.abc import Callable

import pytest

from detectors import SeasonalDetector
from detectors.seasonal import _first_count

T0 = 1_700_000_000.0
STEP = 300.0  # five minutes: 288 points a day


def _stream(n: int, seed: int, seasonal: bool = False, sigma: float = 1.0) -> list[float]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        base = 50.0 + (20.0 * math.sin(2 * math.pi * i / 288) if seasonal else 0.0)
        out.append(base + rng.gauss(0.0, sigma))
    return out


def _scores(values: list[float], **params: float) -> list[float]:
    det = SeasonalDetector(**params)  # type: ignore[arg-type]
    return [det.update(x, T0 + STEP * i).score for i, x in enumerate(values)]


def _top(scores: list[float], after: int = 0) -> int:
    return max(range(after, len(scores)), key=scores.__getitem__)


def test_spike_is_the_top_score() -> None:
    values = _stream(2000, seed=1)
    values[1500] += 15.0
    scores = _scores(values)
    assert _top(scores) == 1500
    assert scores[1500] > 0.6


def test_level_shift_detected_at_its_start_and_not_repeated() -> None:
    values = _stream(2000, seed=2)
    for i in range(1500, 2000):
        values[i] += 10.0
    scores = _scores(values)
    first = _top(scores)
    assert 1500 <= first <= 1502
    # The shift lasts 500 points but scores high once: no alert storm.
    assert sum(s > 0.5 for s in scores[1500:]) <= 3


def test_variance_change_detected() -> None:
    rng = random.Random(3)
    values = _stream(2000, seed=3)
    for i in range(1500, 2000):
        values[i] = 50.0 + rng.gauss(0.0, 8.0)
    scores = _scores(values)
    assert max(scores[1500:1600]) > 1.5 * max(scores[300:1500])


def test_seasonal_series_without_anomaly_stays_quiet() -> None:
    values = _stream(288 * 10, seed=4, seasonal=True)
    scores = _scores(values)
    assert max(scores[288 * 3 :]) < 0.55


def test_seasonal_anomaly_invisible_without_seasonality_is_caught() -> None:
    # On day 8 the daily peak does not happen: every value is ordinary for the
    # series as a whole, only the time of day makes it anomalous.
    values = _stream(288 * 10, seed=5, seasonal=True)
    day8 = range(288 * 8 + 40, 288 * 8 + 100)
    for i in day8:
        values[i] = 50.0 + random.Random(i).gauss(0.0, 1.0)
    scores = _scores(values)
    top = _top(scores, after=288 * 3)
    assert top in day8
    assert scores[top] > 0.55


def test_band_contains_ordinary_values_and_expected_follows_the_cycle() -> None:
    det = SeasonalDetector()
    values = _stream(288 * 6, seed=6, seasonal=True)
    inside = 0
    for i, x in enumerate(values):
        r = det.update(x, T0 + STEP * i)
        if i >= 288 * 4:
            inside += r.lower <= x <= r.upper
            assert abs(r.expected - (50.0 + 20.0 * math.sin(2 * math.pi * i / 288))) < 4.0
    assert inside >= 0.98 * 288 * 2


@pytest.mark.parametrize("seed", [10, 11, 12])
def test_pure_noise_false_positive_rate_bounded(seed: int) -> None:
    scores = _scores(_stream(5000, seed=seed, sigma=3.0))
    rate = sum(s >= 0.5 for s in scores) / len(scores)
    assert rate < 0.002


def test_warmup_scores_zero_and_without_timestamps_it_still_works() -> None:
    det = SeasonalDetector(warmup=100)
    values = _stream(600, seed=7)
    values[400] += 20.0
    scores = [det.update(x).score for x in values]
    assert max(scores[:100]) == 0.0
    assert _top(scores) == 400


def test_constant_series_does_not_divide_by_zero() -> None:
    det = SeasonalDetector(warmup=10)
    scores = [det.update(5.5, T0 + STEP * i).score for i in range(500)]
    assert max(scores) == 0.0
    assert det.update(6.5, T0 + STEP * 500).score > 0.5


def test_small_counts_wiggle_is_not_an_anomaly() -> None:
    # An integer count series at 2-3 a window: Poisson noise, not incidents.
    rng = random.Random(8)
    det = SeasonalDetector()
    values = [float(rng.choice([1, 2, 2, 3, 3, 4])) for _ in range(3000)]
    scores = [det.update(x, T0 + STEP * i).score for i, x in enumerate(values)]
    assert max(scores) < 0.5


@pytest.mark.parametrize("warmup", [60, 100, 400])
def test_warmup_only_decides_when_scores_start(warmup: int) -> None:
    # The scales and the record are learnt the same way whatever the warm-up,
    # so scores after it are the same as with any shorter warm-up.
    values = _stream(1500, seed=11, seasonal=True)
    values[1200] += 12.0
    short = _scores(values, warmup=0)
    scores = _scores(values, warmup=warmup)
    assert scores[:warmup] == [0.0] * warmup
    assert scores[warmup:] == short[warmup:]


@pytest.mark.parametrize("seed", range(3))
def test_sane_right_after_a_short_warmup(seed: int) -> None:
    # Unbiased early scales and a record extrapolated to its horizon: pure
    # noise does not alert in the first few hundred points either.
    values = _stream(600, seed=20 + seed, sigma=3.0)
    scores = _scores(values, warmup=0)
    assert scores[:60] == [0.0] * 60  # until the record holds 30 surprises
    assert max(scores) < 0.5


@pytest.mark.parametrize("memory", [5000.0, 1500.0])
@pytest.mark.parametrize("counts", [False, True])
def test_update_scores_as_the_pure_score_one(counts: bool, memory: float) -> None:
    """The written-out ``update`` path scores every point as ``score_one`` does, from the first.

    Jittered timestamps with a two-day gap, a daily cycle and incidents: the
    level model, the daily slots and the calibration all take part.  With a
    ``memory`` of 1500 (the ensemble's) the record's horizon, 2164 surprises,
    is passed halfway: scores before and after the extrapolation ends.
    """
    rng = random.Random(5)
    det = SeasonalDetector(warmup=60, memory=memory)
    values = _stream(4000, seed=5, seasonal=True, sigma=2.0)
    for i, x in enumerate(values):
        if i % 1500 == 1499:
            x += 40.0
        if counts:
            x = float(max(0, round(x)))
        t = T0 + STEP * (i + (576 if i > 2000 else 0)) + rng.uniform(-100.0, 100.0)
        assert det.score_one(x, t) == det.update(x, t).score


def _first_by_counting(holds: Callable[[int], bool]) -> int:
    k = 1
    while not holds(k):
        k += 1
    return k


@pytest.mark.parametrize(
    "alpha", [0.006, 0.005, 0.02, 0.3, 1.0 / 3.0, 0.1, 0.7, 1.0, 1.5, 1e-4, 0.0123456789]
)
def test_first_count_is_where_the_rate_reaches_its_floor(alpha: float) -> None:
    """The count from which ``_step`` takes a rate ``max(alpha, 1 / k)`` as ``alpha`` without dividing.

    Found by counting up from 1 with the same tests ``_step`` makes; and the
    tests then hold for the next thousand counts (the shortcut is exact).
    """
    tests: list[Callable[[int], bool]] = [
        lambda k: alpha * k > 1.0,
        lambda k: 1.0 / k < alpha,
        lambda k: k * alpha >= 1.0,  # the novelty's rate of new extremes
    ]
    for holds in tests:
        first = _first_count(alpha, holds)
        assert first == _first_by_counting(holds)
        assert all(holds(k) for k in range(int(first), int(first) + 1000))


@pytest.mark.parametrize("alpha", [0.0, -0.1, math.nan, 1e-300])
def test_first_count_without_a_floor_is_never(alpha: float) -> None:
    # The general path (the division) is then always taken.
    assert _first_count(alpha, lambda k: 1.0 / k < alpha) == math.inf
