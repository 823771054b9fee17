"""Generated families: the same series sampled regularly and the way real server metrics are.

NAB's 27 shared files are sampled every 5 minutes or every hour, without a
miss.  Server metrics are not: traffic sensors report at irregular
intervals, collectors stop for hours or days, a scrape is repeated or
arrives late, values are quantised to a few levels, counts move in steps.
Each family here is one seeded value process written as a function of
time, sampled twice over the same span (about two weeks at a nominal
5-minute interval): *regularly*, and *irregularly* in one of these ways:

``jitter``   intervals 5 min +-50 %;     ``expgap``  exponential intervals (mean 5 min);
``gap2h``, ``gap12h``, ``gap3d``  a silent stretch of 2 hours, 12 hours, 3 days in the middle;
``dup``      10 % of the points stamped with the previous point's time (two values at one timestamp);
``ooo``      5 % of the points swapped with their successor (out of order).

Value processes: ``gauge`` (Gaussian noise), ``daily`` (Poisson counts with
a daily cycle), ``flat_blip`` (zeros with rare single blips of 1-3),
``quantised`` (integers around 2), ``steps`` (a count that moves between
levels 3-6 every few hours).  Each pair is run with and without one
labelled incident (a lasting shift of 6 noise units at 60 % of the span,
window 10 % of the span).

:func:`run_families` counts, at a threshold, the alarms outside the
incident's window (after NAB's 15 % probation) and the top score inside it;
``python -m detectors.sampling [THRESHOLD]`` prints one line per family and
sampling.  It is a diagnostic, not a benchmark: the figures live in
``detectors/README.md``.

Examples
--------
>>> xs, ts, window = make_series("gauge", "gap3d", seed=1, incident=True)
>>> len(xs) == len(ts), max(b - a for a, b in zip(ts, ts[1:])) > 2 * 86400
(True, True)
"""

from __future__ import annotations

import math
import random
import sys
from collections.abc import Callable

from detectors import create

__all__ = ["KINDS", "SAMPLINGS", "make_series", "run_families"]

STEP = 300.0
N = 4032
T0 = 1_600_000_000.0
KINDS = ("gauge", "daily", "flat_blip", "quantised", "steps")
SAMPLINGS = ("regular", "jitter", "expgap", "gap2h", "gap12h", "gap3d", "dup", "ooo")


def _times(sampling: str, rng: random.Random) -> list[float]:
    """``N`` timestamps over about ``N * STEP`` seconds (longer with a gap)."""
    if sampling == "jitter":
        ts, t = [], T0
        for _ in range(N):
            ts.append(t)
            t += STEP * rng.uniform(0.5, 1.5)
        return ts
    if sampling == "expgap":
        ts, t = [], T0
        for _ in range(N):
            ts.append(t)
            t += rng.expovariate(1.0 / STEP)
        return ts
    ts = [T0 + STEP * i for i in range(N)]
    gaps = {"gap2h": 7200.0, "gap12h": 43200.0, "gap3d": 3 * 86400.0}
    if sampling in gaps:
        half = N // 2
        ts = ts[:half] + [t + gaps[sampling] for t in ts[half:]]
    elif sampling == "dup":
        for i in range(1, N):
            if rng.random() < 0.1:
                ts[i] = ts[i - 1]
    elif sampling == "ooo":
        i = 1
        while i < N - 1:
            if rng.random() < 0.05:
                ts[i], ts[i + 1] = ts[i + 1], ts[i]
                i += 1
            i += 1
    return ts


def _value(kind: str, rng: random.Random, t: float, state: dict[str, float]) -> tuple[float, float]:
    """(value at ``t``, noise unit) of the process ``kind``."""
    if kind == "gauge":
        return 50.0 + rng.gauss(0.0, 2.0), 2.0
    if kind == "daily":
        mu = 50.0 + 30.0 * math.sin(2.0 * math.pi * (t % 86400.0) / 86400.0)
        return float(_poisson(rng, mu)), math.sqrt(mu)
    if kind == "flat_blip":
        return (float(rng.choice([1, 2, 3])) if rng.random() < 0.003 else 0.0), 1.0
    if kind == "quantised":
        return float(round(2.0 + rng.gauss(0.0, 0.3))), 0.5
    # steps: a count that moves to a neighbouring level every few hours
    if t >= state.get("next", 0.0):
        state["level"] = min(6.0, max(3.0, state.get("level", 4.0) + rng.choice([-1.0, 1.0])))
        state["next"] = t + rng.uniform(2.0, 8.0) * 3600.0
    return state["level"], 1.0


def _poisson(rng: random.Random, mu: float) -> int:
    limit, k, p = math.exp(-mu), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def make_series(
    kind: str, sampling: str, seed: int, incident: bool
) -> tuple[list[float], list[float], tuple[float, float] | None]:
    """``(values, timestamps, window)`` of one family member.

    The value process uses its own seeded generator, so the regular and the
    irregular version of a family see the same noise draws in the same order.
    """
    times = _times(sampling, random.Random(seed * 1009 + SAMPLINGS.index(sampling)))
    rng = random.Random(seed)
    state: dict[str, float] = {}
    order = sorted(range(N), key=lambda i: (times[i], i))
    span = times[order[-1]] - times[order[0]]
    at = times[order[0]] + 0.6 * span
    values = [0.0] * N
    unit = 1.0
    for i in order:
        values[i], unit = _value(kind, rng, times[i], state)
        if incident and times[i] >= at:
            values[i] += 6.0 * unit
    window = (at - 0.05 * span, at + 0.05 * span) if incident else None
    return values, times, window


def run_families(
    threshold: float = 0.412,
    seeds: tuple[int, ...] = (1, 2, 3),
    detector: Callable[[], object] | None = None,
) -> dict[tuple[str, str, bool], tuple[int, float]]:
    """``(kind, sampling, incident) -> (alarms outside the window, top score in it)``, summed / maxed over seeds.

    Alarms are counted after the first 15 % of the points (NAB's probation).
    """
    make = detector or (lambda: create("ensemble"))
    out: dict[tuple[str, str, bool], tuple[int, float]] = {}
    for kind in KINDS:
        for sampling in SAMPLINGS:
            for incident in (False, True):
                fps, top = 0, 0.0
                for seed in seeds:
                    xs, ts, window = make_series(kind, sampling, seed, incident)
                    det = make()
                    probation = int(0.15 * N)
                    for i, (x, t) in enumerate(zip(xs, ts, strict=True)):
                        s = det.update(x, t).score  # type: ignore[attr-defined]
                        inside = window is not None and window[0] <= t <= window[1]
                        if inside:
                            top = max(top, s)
                        elif i >= probation and s >= threshold:
                            fps += 1
                out[(kind, sampling, incident)] = (fps, top)
    return out


if __name__ == "__main__":  # pragma: no cover - command line
    thr = float(sys.argv[1]) if len(sys.argv) > 1 else 0.412
    res = run_families(thr)
    print(
        f"alarms outside the incident (3 seeds, after 15 % probation) at threshold {thr}; top score at the incident"
    )
    for kind in KINDS:
        for sampling in SAMPLINGS:
            quiet = res[(kind, sampling, False)][0]
            fps, top = res[(kind, sampling, True)]
            print(
                f"  {kind:10s} {sampling:8s} no incident: {quiet:3d} alarms   with incident: {fps:3d} alarms, top {top:.2f}"
            )
