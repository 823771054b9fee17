"""``art``: window novelty by adaptive resonance (detectors/resonance.py)."""

from __future__ import annotations

import math
import pickle
import random

import pytest

from detectors import REGISTRY, create
from detectors.resonance import ResonanceDetector, _haar


def _noise(seed: int, n: int, level: float = 50.0, sd: float = 2.0) -> list[float]:
    rng = random.Random(seed)
    return [level + rng.gauss(0.0, sd) for _ in range(n)]


def test_registered() -> None:
    assert REGISTRY["art"] is ResonanceDetector
    assert isinstance(create("art", step=3), ResonanceDetector)


def test_haar_is_orthonormal() -> None:
    v = [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0]
    h = _haar(v)
    assert len(h) == 8
    assert math.isclose(sum(x * x for x in h), sum(x * x for x in v))
    assert math.isclose(h[0], sum(v) / math.sqrt(8))


@pytest.mark.parametrize("seed", range(8))
def test_level_shift_is_the_top_score_within_its_block(seed: int) -> None:
    """After early life (see README: noise alarms then too), the shift tops every score."""
    values = _noise(seed, 4000)
    for i in range(3000, 4000):
        values[i] += 40.0
    det = ResonanceDetector()  # seven values a block
    scores = [det.update(x).score for x in values]
    late = scores[1500:]
    top = 1500 + max(range(len(late)), key=late.__getitem__)
    assert 3000 <= top < 3000 + 7
    assert scores[top] >= 0.5
    assert sum(s > det.graded for s in scores[top + 1 :]) <= 2  # the new level is learnt


@pytest.mark.parametrize("seed", range(6))
def test_hourly_spike_seen_in_blocks_of_seven_is_learnt(seed: int) -> None:
    """A spike every 12 values, blocks of 7: the phases are learnt, an extra spike tops all.

    Judging a block before it ended once alarmed on every block that had not
    reached its spike yet (170 false alarms in such a file).
    """
    rng = random.Random(seed)
    values = [10.0 + rng.gauss(0.0, 0.5) + (6.0 if i % 12 == 0 else 0.0) for i in range(4032)]
    for i in range(3000, 3003):
        values[i] += 5.0
    det = ResonanceDetector()
    scores = [det.update(x).score for x in values]
    alarms = [i for i, s in enumerate(scores) if s > det.graded and i >= 1500]
    assert len(alarms) <= 3
    assert 3000 in alarms and scores[3000] == max(scores[1500:])


@pytest.mark.parametrize("seed", range(3))
def test_nothing_is_scored_while_learning(seed: int) -> None:
    det = ResonanceDetector(step=5, learn=64)
    values = _noise(seed, 5 * 64)
    values[100] = 500.0
    assert all(det.update(x).score == 0.0 for x in values)


def test_memory_is_bounded() -> None:
    """A stream that keeps making new windows fills the categories and no more."""
    rng = random.Random(1)
    values = [rng.uniform(0.0, 100.0) + (i % 97) * 3 for i in range(3000)]
    unbounded = ResonanceDetector(step=1, learn=32, max_categories=10_000)
    bounded = ResonanceDetector(step=1, learn=32, max_categories=16)
    for x in values:
        unbounded.update(x)
        bounded.update(x)
    assert unbounded._art.k > 100
    assert bounded._art.k == 16
    assert bounded._art.w.shape == (16, 4 * bounded.window)


def test_range_grows_and_keeps_what_was_learnt() -> None:
    """A climb past the learnt range widens it: the categories move with it."""
    det = ResonanceDetector(step=1, learn=32)
    for x in _noise(2, 200, level=10.0, sd=1.0):
        det.update(x)
    lo, span = det._lo, det._span
    before = det._art.w[: det._art.k].copy()
    det.update(10.0 + 10 * span)  # far above the range
    assert det._lo == lo and det._span > span
    # Level dims of the old categories, mapped back to values, are unchanged.
    w = det.window
    a = span / det._span
    assert det._art.w[: before.shape[0], w : 2 * w] == pytest.approx(a * before[:, w : 2 * w])


def test_block_follows_the_sampling_interval() -> None:
    """block_seconds 2100: seven values a block at 5 minutes, one at hourly points."""
    for gap, step in ((300.0, 7), (3600.0, 1), (60.0, 35)):
        det = ResonanceDetector(block_seconds=2100.0)
        for i in range(10):
            det.update(1.0, 1_700_000_000.0 + gap * i)
        assert det._step == step
    det = ResonanceDetector(step=4, block_seconds=2100.0)
    det.update(1.0)  # no timestamps: step
    assert det._step == 4


def test_pickle_mid_stream_continues_identically() -> None:
    values = _noise(4, 3000)
    values[2500] += 30.0
    det = ResonanceDetector()
    for x in values[:1500]:
        det.update(x)
    twin = pickle.loads(pickle.dumps(det))
    assert [det.update(x).score for x in values[1500:]] == [
        twin.update(x).score for x in values[1500:]
    ]


@pytest.mark.parametrize(
    ("params", "word"),
    [
        ({"step": 0}, "step"),
        ({"window": 6}, "window"),
        ({"learn": 8}, "learn"),
        ({"levels": 1}, "levels"),
        ({"max_categories": 1}, "max_categories"),
    ],
)
def test_bad_parameters_name_themselves(params: dict[str, int], word: str) -> None:
    with pytest.raises(ValueError, match=word):
        ResonanceDetector(**params)


def test_non_finite_value_is_refused() -> None:
    with pytest.raises(ValueError, match="finite"):
        ResonanceDetector().update(math.nan)


def test_ensemble_art_weight_adds_the_window_novelty() -> None:
    """ensemble(art_weight=w) = min(1, ensemble + w * art), the band unchanged."""
    from detectors.ensemble import EnsembleDetector

    values = _noise(6, 3000)
    for i in range(2500, 3000):
        values[i] += 25.0
    times = [1_700_000_000.0 + 300.0 * i for i in range(3000)]
    both = EnsembleDetector(art_weight=0.25)
    plain, art = EnsembleDetector(), ResonanceDetector()
    for x, t in zip(values, times, strict=True):
        r, p = both.update(x, t), plain.update(x, t)
        assert r.score == pytest.approx(min(1.0, p.score + 0.25 * art.update(x, t).score))
        assert (r.expected, r.lower, r.upper) == (p.expected, p.lower, p.upper)


def test_ensemble_art_weight_off_by_default_and_checked() -> None:
    from detectors.ensemble import EnsembleDetector

    assert EnsembleDetector()._art is None
    with pytest.raises(ValueError, match="art_weight"):
        EnsembleDetector(art_weight=1.5)
    # A detector pickled before art_weight existed restores with it off.
    old = EnsembleDetector()
    del old.__dict__["art_weight"], old.__dict__["_art"]
    restored = pickle.loads(pickle.dumps(old))
    assert restored.art_weight == 0.0 and restored._art is None
    restored.update(1.0, 1_700_000_000.0)
