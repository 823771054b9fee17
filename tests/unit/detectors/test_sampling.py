"""The default detector on irregularly sampled series (detectors.sampling) against their regular twins."""

from __future__ import annotations

import itertools

import pytest

from detectors import create
from detectors.sampling import N, make_series

THRESHOLD = 0.412  # the in-sample standard threshold that `bench nab` prints
IRREGULAR = ["jitter", "expgap", "gap12h", "gap3d", "dup", "ooo"]


def _alarms(kind: str, sampling: str, seed: int, incident: bool) -> tuple[int, float]:
    xs, ts, window = make_series(kind, sampling, seed, incident)
    det = create("ensemble")
    fps, top = 0, 0.0
    for i, (x, t) in enumerate(zip(xs, ts, strict=True)):
        s = det.update(x, t).score
        if window is not None and window[0] <= t <= window[1]:
            top = max(top, s)
        elif i >= int(0.15 * N) and s >= THRESHOLD:
            fps += 1
    return fps, top


def test_families_are_twins() -> None:
    """Regular and irregular versions share the value draws; only the clock differs."""
    xs, ts, _ = make_series("gauge", "regular", 1, False)
    ys, us, _ = make_series("gauge", "ooo", 1, False)
    assert xs != ys and sorted(xs) == sorted(ys)
    assert us != sorted(us) and sorted(us) == ts
    _, gapped, _ = make_series("gauge", "gap3d", 1, False)
    assert max(b - a for a, b in itertools.pairwise(gapped)) == 300.0 + 3 * 86400


@pytest.mark.parametrize("kind", ["gauge", "daily", "flat_blip"])
def test_irregular_sampling_raises_no_more_alarms_than_regular(kind: str) -> None:
    regular = _alarms(kind, "regular", 1, False)[0]
    for sampling in IRREGULAR:
        assert _alarms(kind, sampling, 1, False)[0] <= regular + 2, sampling


@pytest.mark.parametrize("sampling", ["regular", "expgap", "gap3d", "ooo"])
def test_a_shift_is_found_whatever_the_sampling(sampling: str) -> None:
    assert _alarms("gauge", sampling, 1, True)[1] >= THRESHOLD
