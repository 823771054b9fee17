"""Parity of the batched statistics paths (issue #21) with the per-series and per-record paths they replace.

``windows.add_batch`` must leave every series with the bytes that ``Addition.add_alone``
(:meth:`WindowedSeries.add`, one series at a time) leaves; ``RollingStats.update`` must leave the
same state and the same updates whether a batch goes through at once or record by record groups.
"""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline.process.windows as windows
from pipeline.process.sketch import SketchMapping
from pipeline.process.windows import Addition, WindowedSeries, WindowSpec, add_batch

SPEC = WindowSpec.parse(["1m", "5m", "1h"], 6)
MAPPING = SketchMapping(0.01)
S = 10**9


def _addition(rng: random.Random, series: WindowedSeries, now: int) -> Addition:
    n = rng.choice([0, 1, 3, 4, 5, 9, 17, 40])
    spread = rng.choice([[0], [0, -3], [0, -3, -30, 2], [0, -90, -700, -5000], [0, -55, -60, -65], [-3600, -3590]])
    times = np.array([now + rng.choice(spread) * S - rng.randrange(S) for _ in range(n)], dtype=np.int64)

    def floats(choices: list[float], size: int) -> np.ndarray:
        return np.array([rng.choice(choices) for _ in range(size)], dtype=np.float64)

    kw: dict = {}
    if rng.random() < 0.5:
        kw["counts"] = floats([0.0, 1.0, 2.5, 1 / 3], n)
    if rng.random() < 0.5:
        kw["errors"] = floats([0.0, 1.0, 0.7], n)
    if rng.random() < 0.5:
        kw["values"] = floats([-2.5, 0.1, 3.0, 1e-7, float("nan"), -0.0], n)
    if rng.random() < 0.5:
        kw["totals"] = floats([0.0, 0.3, 7.0, 1e15], n)
    if n and rng.random() < 0.6:
        m = rng.choice([n, 2 * n, 7 * n])
        kw["sketch_index"] = np.array([rng.randint(-300, 400) for _ in range(m)], dtype=np.int64)
        if m != n or rng.random() < 0.5:
            kw["sketch_rows"] = np.array(sorted(rng.randrange(n) for _ in range(m)), dtype=np.int64)
        if rng.random() < 0.5:
            kw["sketch_counts"] = floats([1.0, 3.0, 0.3, 1 / 7], m)
    return Addition(series, times, **kw)


@st.composite
def _histories(draw: st.DrawFn) -> tuple[list[bool], list[tuple[int, list[tuple[int, Addition]]]]]:
    """Series (sketched or not) and batches of additions to them, the clock moving on, standing
    still or stepping back between batches."""
    rng = random.Random(draw(st.integers(0, 2**32)))
    size = draw(st.integers(1, 5))
    sketched = [draw(st.booleans()) for _ in range(size)]
    probe = [WindowedSeries(SPEC, MAPPING, with_sketch=k) for k in sketched]  # stand-ins, replaced per side
    now = 10**13
    steps = []
    for _ in range(draw(st.integers(1, 8))):
        now += draw(st.sampled_from([0, 0, 1, 5, 11, 61, 400, 4000, -700])) * S
        chosen = [k for k in range(size) if rng.random() < 0.8]  # most series, each once
        steps.append((now, [(k, _addition(rng, probe[k], now)) for k in chosen]))
    return sketched, steps


@pytest.mark.parametrize("shortcuts", [True, False])
@settings(max_examples=100, deadline=None, derandomize=True)
@given(history=_histories())
def test_add_batch_leaves_every_series_as_adding_them_one_by_one(history, shortcuts) -> None:
    sketched, steps = history
    batched = [WindowedSeries(SPEC, MAPPING, with_sketch=k) for k in sketched]
    single = [WindowedSeries(SPEC, MAPPING, with_sketch=k) for k in sketched]
    with pytest.MonkeyPatch.context() as mp, np.errstate(invalid="ignore"):  # NaN values meet min/max
        mp.setattr(windows, "_SHORTCUTS", shortcuts)
        for now, additions in steps:
            add_batch([a._replace(series=batched[k]) for k, a in additions], now)
            for k, a in additions:
                a._replace(series=single[k]).add_alone(now)
    for one, other in zip(batched, single, strict=True):
        assert one.to_bytes() == other.to_bytes()


def test_add_batch_sums_sketch_items_of_several_series_apart() -> None:
    """Two sketched series in one batch: each sketch gets its own items only (a check that can fail
    if the batch's cells were offset wrongly), and the counts match the items added."""
    now = 10**13
    t = np.full(4, now - S, dtype=np.int64)
    a, b = WindowedSeries(SPEC, MAPPING, True), WindowedSeries(SPEC, MAPPING, True)
    add_batch([Addition(a, t, sketch_index=np.array([5, 5, 6, 7])),
               Addition(b, t, sketch_index=np.array([-3, 100, 100, 100, 2]), sketch_rows=np.array([0, 0, 1, 2, 3]))], now)
    view_a, view_b = a.view(0, now), b.view(0, now)
    assert view_a.sketch is not None and view_b.sketch is not None
    assert view_a.sketch.sum() == 4 and view_b.sketch.sum() == 5
    assert view_a.sketch[5 - view_a.lo] == 2 and view_b.sketch[100 - view_b.lo] == 3
