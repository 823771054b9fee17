"""Issue #16, second round: the transition discount (``transition_slack``) and
the per-series weight of the two parts (``part_trust``), both options, off by
default."""

from __future__ import annotations

import math
import pickle
import random

from detectors import ContextNoveltyDetector, EnsembleDetector

T0 = 1_700_000_000.0


def _scores(values: list[float], **params: float) -> list[float]:
    det = ContextNoveltyDetector(rest=0, **params)  # type: ignore[arg-type]
    return [det.update(x).score for x in values]


def _pattern(n: int, seed: int) -> list[float]:
    rng = random.Random(seed)
    shape = [0.0, 0.0, 1.0, 5.0, 1.0, 0.0]
    return [shape[i % 6] + rng.choice([0.0, 0.05]) for i in range(n)]


def test_a_series_that_stopped_exploring_is_untouched() -> None:
    values = _pattern(3000, seed=3)
    values[2500] = 3.0  # a level never seen here
    a = _scores(values)
    b = _scores(values, transition_slack=3.0)
    assert a == b
    assert b[2500] == 1.0


def test_noise_new_transitions_are_discounted_while_it_still_explores() -> None:
    rng = random.Random(1)
    values = [rng.gauss(0.0, 1.0) for _ in range(6000)]
    a = _scores(values)
    b = _scores(values, transition_slack=3.0)
    # Early, noise finds new combinations of levels all the time: discounted.
    assert sum(b[100:1000]) < 0.85 * sum(a[100:1000])
    # Later it has stopped exploring (its novelty falls off like 1/n): whole again.
    assert sum(b[4000:]) == sum(a[4000:]) > 0.0
    assert all(y <= x for x, y in zip(a, b, strict=True))


def test_steady_novelty_is_discounted_by_slack_over_log_n() -> None:
    det = ContextNoveltyDetector(transition_slack=3.0)
    n = 2000
    # The state of a series whose transition novelty has been 0.1 at every point.
    det._trans_rate, det._trans_sum = 0.1, 0.1 * n
    assert math.isclose(det._transition_discount(n), 3.0 / math.log(n))
    # And of one whose novelty grew like ln n (stopped exploring): untouched.
    det._trans_rate, det._trans_sum = 2.0 / n, math.log(n)
    assert det._transition_discount(n) == 1.0


def test_transition_discount_score_one_is_pure_and_pickles() -> None:
    rng = random.Random(4)
    values = [rng.gauss(0.0, 1.0) for _ in range(1500)]
    det = ContextNoveltyDetector(rest=0, transition_slack=3.0)
    for x in values[:1000]:
        det.learn_one(x)
    copy = pickle.loads(pickle.dumps(det))
    before = pickle.dumps(det)
    det.score_one(values[1000])
    assert pickle.dumps(det) == before
    # score_one (the pure _raw) agrees with update (the one-pass raw_update) at every point.
    scores = []
    for x in values[1000:]:
        peek = det.score_one(x)
        scores.append(det.update(x).score)
        assert scores[-1] == peek
    assert sum(s > 0.0 for s in scores) > 0
    # A pickled copy goes on exactly as the original.
    assert [copy.update(x).score for x in values[1000:]] == scores
    old = dict(ContextNoveltyDetector().__dict__)
    for key in ("transition_slack", "_trans_rate", "_trans_sum"):
        del old[key]
    restored = ContextNoveltyDetector.__new__(ContextNoveltyDetector)
    restored.__setstate__(old)
    assert restored.transition_slack == 0.0
    assert restored.update(1.0).observed == 1.0


def _server_noise(n: int, seed: int) -> list[float]:
    # Gaussian-like noise on a daily cycle: the novelty part fires often early.
    rng = random.Random(seed)
    return [50.0 + 5.0 * math.sin(2 * math.pi * i / 288) + rng.gauss(0, 1) for i in range(n)]


def test_part_trust_starts_at_the_novelty_weight_and_lowers_a_noisy_part() -> None:
    det = EnsembleDetector(part_trust=True)
    assert det._trust_weight() == det.novelty_weight
    values = _server_noise(3000, seed=5)
    for i, x in enumerate(values):
        det.update(x, T0 + 300 * i)
    # The novelty scored >= 0.5 more often than the seasonal part here.
    assert det._pt_n > det._pt_s
    assert det._trust_weight() < det.novelty_weight
    assert det._pt_k <= 1.0 / (1.0 - det._pt_decay) + 1e-9


def test_part_trust_off_by_default_and_still_finds_an_incident() -> None:
    values = _server_noise(3000, seed=6)
    values[2500] += 30.0
    plain, trusting = EnsembleDetector(), EnsembleDetector(part_trust=True)
    a = [plain.update(x, T0 + 300 * i).score for i, x in enumerate(values)]
    b = [trusting.update(x, T0 + 300 * i).score for i, x in enumerate(values)]
    assert plain.part_trust is False and plain._pt_k == 0.0
    assert a != b
    assert max(range(3000), key=b.__getitem__) == 2500


def test_part_trust_score_one_is_pure_and_agrees_with_update() -> None:
    det = EnsembleDetector(part_trust=True)
    for i, x in enumerate(_server_noise(2000, seed=7)):
        det.update(x, T0 + 300 * i)
    before = pickle.dumps(det)
    peek = det.score_one(90.0, T0 + 300 * 2000)
    assert pickle.dumps(det) == before
    # A new peak is not an echo, so update gives what score_one saw.
    assert det.update(90.0, T0 + 300 * 2000).score == peek > 0.5


def test_old_ensemble_state_restores_without_part_trust() -> None:
    state = dict(EnsembleDetector().__dict__)
    for key in ("part_trust", "transition_slack", "_pt_decay", "_pt_k", "_pt_s", "_pt_n"):
        del state[key]
    restored = EnsembleDetector.__new__(EnsembleDetector)
    restored.__setstate__(state)
    assert restored.part_trust is False and restored.transition_slack == 0.0
    assert restored.update(1.0, T0).observed == 1.0
