"""Issue #16: a trend's new maxima are not new (``record_half_life``), and the
anomaly likelihood option of ``ensemble`` (``likelihood``)."""

from __future__ import annotations

import itertools
import json
import math
import pickle
import random

from detectors import ContextNoveltyDetector, EnsembleDetector
from detectors.serverops import KINDS, make_series, write_folder

T0 = 1_700_000_000.0


def _trend(n: int, seed: int) -> list[float]:
    rng = random.Random(seed)
    return [30.0 + 40.0 * i / n + rng.gauss(0, 0.5) for i in range(n)]


def test_a_trend_sets_records_that_stop_looking_new() -> None:
    values = _trend(4000, seed=1)
    plain = ContextNoveltyDetector(rest=0)
    discounted = ContextNoveltyDetector(rest=0, record_half_life=1000)
    a = [plain.update(x).score for x in values]
    b = [discounted.update(x).score for x in values]
    late_records = [i for i in range(2000, 4000) if values[i] > max(values[:i])]
    assert len(late_records) > 50  # a trend sets records all the time
    assert sum(a[i] for i in late_records) > 8.0
    assert sum(b[i] for i in late_records) < 0.4 * sum(a[i] for i in late_records)


def test_a_stationary_series_scores_as_before() -> None:
    rng = random.Random(2)
    values = [100.0 + rng.gauss(0, 3) for _ in range(5000)]
    values[4000] = 160.0  # a record that is an incident
    plain = ContextNoveltyDetector(rest=0)
    discounted = ContextNoveltyDetector(rest=0, record_half_life=1000)
    a = [plain.update(x).score for x in values]
    b = [discounted.update(x).score for x in values]
    assert b[4000] == a[4000] == 1.0
    assert sum(x != y for x, y in zip(a[1000:], b[1000:], strict=True)) == 0


def test_record_discount_survives_pickling_and_old_state() -> None:
    det = ContextNoveltyDetector(record_half_life=1000)
    values = _trend(3000, seed=3)
    for x in values[:2000]:
        det.learn_one(x)
    copy = pickle.loads(pickle.dumps(det))
    assert [det.update(x).score for x in values[2000:]] == [
        copy.update(x).score for x in values[2000:]
    ]
    old = ContextNoveltyDetector()
    state = dict(old.__dict__)
    for key in ("record_half_life", "_record_alpha", "_record_rate"):
        del state[key]
    restored = ContextNoveltyDetector.__new__(ContextNoveltyDetector)
    restored.__setstate__(state)
    assert restored.record_half_life == 0.0
    assert restored.update(1.0).observed == 1.0


def test_ensemble_default_discounts_a_trend_records() -> None:
    values = _trend(4032, seed=4)
    default = EnsembleDetector()
    off = EnsembleDetector(record_half_life=0)
    a = [off.update(x, T0 + 300 * i).score for i, x in enumerate(values)]
    b = [default.update(x, T0 + 300 * i).score for i, x in enumerate(values)]
    assert default.record_half_life == 1000
    assert sum(b[2000:]) < sum(a[2000:])
    assert max(b[2000:]) <= max(a[2000:])


def test_likelihood_ranks_an_incident_first_and_stays_in_range() -> None:
    rng = random.Random(5)
    det = EnsembleDetector(likelihood=1, likelihood_scale=10.0)
    scores = []
    for i in range(3000):
        x = 50.0 + 5.0 * math.sin(2 * math.pi * i / 288) + rng.gauss(0, 1)
        if i == 2500:
            x += 15.0
        scores.append(det.update(x, T0 + 300 * i).score)
    assert max(range(3000), key=scores.__getitem__) == 2500
    assert all(0.0 <= s < 1.0 for s in scores)
    capped = EnsembleDetector(likelihood=1)  # HTM's log scale: at most 1
    assert all(0.0 <= capped.update(x, T0 + 300 * i).score <= 1.0 for i, x in enumerate(scores))


def test_likelihood_keeps_fast_change_detection_in_warmup() -> None:
    det = EnsembleDetector(likelihood=10)
    rng = random.Random(6)
    for i in range(8):
        det.update(50.0 * (1 + rng.gauss(0, 0.03)), T0 + 60 * i)
    assert det.update(400.0, T0 + 60 * 8).score > 0.9


def test_old_ensemble_state_restores_without_the_new_options() -> None:
    det = EnsembleDetector()
    state = dict(det.__dict__)
    for key in list(state):
        if key.startswith("_lk") or key in (
            "likelihood",
            "likelihood_half_life",
            "likelihood_scale",
        ):
            del state[key]
    del state["record_half_life"]
    restored = EnsembleDetector.__new__(EnsembleDetector)
    restored.__setstate__(state)
    assert restored.likelihood == 0 and restored.record_half_life == 0.0
    assert restored.update(1.0, T0).observed == 1.0


def test_serverops_is_seeded_labelled_and_irregular(tmp_path) -> None:  # type: ignore[no-untyped-def]
    a, b = make_series(41), make_series(41)
    assert sorted(a) == KINDS
    assert a["deploy_steps"][1] == b["deploy_steps"][1]
    assert a["deploy_steps"][1] != make_series(42)["deploy_steps"][1]
    stamps = a["traffic_sensor"][0]
    gaps = [y - x for x, y in itertools.pairwise(stamps)]
    assert min(gaps) > 0 and sum(g > 7200 for g in gaps) == 4
    written = write_folder(tmp_path, seeds=(41,))
    assert len(written) == len(KINDS)

    windows = json.loads((tmp_path / "windows.json").read_text())
    assert len(windows["serverOps/disk_fill_41.csv"]) == 2
    assert len(windows["serverOps/cpu_percent_41.csv"]) == 1


def test_fpcauses_names_a_trend_new_extremes() -> None:
    from detectors.fpcauses import CAUSES, false_positives

    values = _trend(3000, seed=7)
    secs = [T0 + 300 * i for i in range(3000)]
    outside = [i >= 450 for i in range(3000)]
    rows = false_positives(values, secs, outside, 0.3, record_half_life=0)
    assert rows and all(r.score >= 0.3 and r.at >= 450 for r in rows)
    assert all(set(r.causes) <= set(CAUSES) for r in rows)
    assert any("new extreme" in r.causes for r in rows)


def test_likelihood_score_one_is_pure_and_agrees_with_update() -> None:
    rng = random.Random(8)
    det = EnsembleDetector(likelihood=1, likelihood_scale=10.0)
    for i in range(2000):
        det.update(50.0 + rng.gauss(0, 1), T0 + 300 * i)
    before = pickle.dumps(det)
    peek = det.score_one(70.0, T0 + 300 * 2000)
    assert pickle.dumps(det) == before
    # A new peak is not an echo, so update gives what score_one saw.
    assert det.update(70.0, T0 + 300 * 2000).score == peek > 0.5
