"""A second synthetic, labelled folder: what ordinary operations do to server metrics.

:mod:`detectors.serverlike` covers noise shapes (heavy tails, drift, counts,
quantised values).  This module adds the *ordinary events* that real server
metrics carry and that raise false alarms in a detector tuned on ad prices and
tweet counts.  Every scenario is written from public descriptions of such
data (monitoring documentation, NAB's description of its corpus), not from
any data file:

``disk_fill``
    disk usage climbing steadily for ten weeks, a new maximum every day,
    20,000 points (long files, as machine temperature or CloudWatch exports);
``memory_growth``
    a slow upward drift with a random walk on top (memory of a leaking
    process, a growing cache), 20,000 points;
``deploy_steps``
    request latency that moves to a new normal level at four deploys or
    autoscaling events (x0.6 to x1.8), steady after each;
``backup_spikes``
    disk I/O with a two-point burst every four hours (cron, backups) and a
    longer nightly job;
``cpu_percent``
    CPU utilisation in whole percents around 3-6 % with a daily cycle;
``sensor_daily``
    a temperature-like sensor: slow daily cycle plus correlated noise,
    20,000 points;
``traffic_sensor``
    road speed from a roadside sensor: irregular sampling (jittered
    intervals) with gaps of two to ten hours, rush-hour dips;
``autoscale_network``
    network bytes with heavy-tailed noise whose level doubles or halves when
    instances are added or removed, then stays.

The level shifts, spikes, drifts and new maxima above are *normal* and are
not labelled.  Each series carries one real incident (two in the long
files), labelled as NAB labels its windows (10 % of the file shared among
the windows, centred on the incident): a runaway fill, a sudden jump, a
latency surge, an I/O storm, a runaway CPU process, overheating, a closure
(speed drop), a traffic flood.

``python -m detectors.serverops DIR [SEED ...]`` writes
``DIR/serverOps/*.csv`` and merges their windows into ``DIR/windows.json``;
``sightline bench nab DIR`` scores them.

Examples
--------
>>> files = make_series(seed=41)
>>> sorted(files)[:3]
['autoscale_network', 'backup_spikes', 'cpu_percent']
>>> stamps, values, incidents = files["disk_fill"]
>>> len(values), len(incidents)
(20000, 2)
>>> stamps, values, incidents = files["traffic_sensor"]
>>> max(b - a for a, b in zip(stamps, stamps[1:])) >= 7200
True
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

__all__ = ["KINDS", "make_series", "write_folder"]

STEP_S = 300.0
T0 = 1_610_000_000.0  # a Thursday; the clock only matters for daily cycles
DAY = 86400.0
LONG = 20_000
SHORT = 4032

# name -> (values, incident indices) for regular 5-minute series.
_Series = tuple[list[float], list[int]]


def _daily(i: int, peak_hour: float = 14.0) -> float:
    """Cosine daily cycle in [-1, 1], highest at ``peak_hour`` UTC."""
    h = ((T0 + STEP_S * i) % DAY) / 3600.0
    return math.cos(2.0 * math.pi * (h - peak_hour) / 24.0)


def _incident_points(r: random.Random, n: int, k: int) -> list[int]:
    """``k`` incident starts in the scored part of a file (after NAB's probation), apart."""
    lo = max(int(0.2 * n), 800)
    hi = int(0.9 * n)
    if k == 1:
        return [r.randint(lo, hi)]
    cut = (hi - lo) // k
    return [r.randint(lo + j * cut + cut // 8, lo + (j + 1) * cut - cut // 8) for j in range(k)]


def _disk_fill(r: random.Random) -> _Series:
    n = LONG
    at = _incident_points(r, n, 2)
    xs, level = [], 35.0 + 10 * r.random()
    rate = 45.0 / n  # percent per point: +45 % over ten weeks
    for i in range(n):
        level += rate * (1.0 + 0.3 * _daily(i))  # more writes by day
        x = level + r.gauss(0, 0.05)
        for a in at:
            if a <= i < a + 36:  # a runaway log fills 6 % in three hours
                level += 6.0 / 36
        xs.append(round(x, 1))
    return xs, at


def _memory_growth(r: random.Random) -> _Series:
    n = LONG
    at = _incident_points(r, n, 2)
    xs, level = [], 2000.0
    for i in range(n):
        level += 0.03 + r.gauss(0, 0.6)
        x = level + 15 * _daily(i, 20.0) + r.gauss(0, 3.0)
        for a in at:
            if a <= i < a + 24:  # a sudden allocation, released two hours later
                x += 400.0
        xs.append(x)
    return xs, at


def _deploy_steps(r: random.Random) -> _Series:
    n = SHORT
    at = _incident_points(r, n, 1)
    steps = sorted(r.sample(range(300, n - 100), 4))
    level, xs = 120.0, []
    for i in range(n):
        if i in steps:
            level *= r.choice([0.6, 0.75, 1.4, 1.8])
        x = level * math.exp(r.gauss(0, 0.08))
        if at[0] <= i < at[0] + 18:  # a latency surge for 90 minutes
            x *= 4.0
        xs.append(x)
    return xs, at


def _backup_spikes(r: random.Random) -> _Series:
    n = SHORT
    at = _incident_points(r, n, 1)
    xs = []
    for i in range(n):
        x = 5.0 + 2.0 * _daily(i) + abs(r.gauss(0, 0.8))
        if i % 48 in (0, 1):  # every four hours, two points of backup I/O
            x += 60.0 + r.gauss(0, 5.0)
        if i % 288 in range(24, 36):  # the nightly job, an hour
            x += 30.0 + r.gauss(0, 4.0)
        if at[0] <= i < at[0] + 30:  # an I/O storm
            x += 45.0 + r.gauss(0, 10.0)
        xs.append(max(0.0, x))
    return xs, at


def _cpu_percent(r: random.Random) -> _Series:
    n = SHORT
    at = _incident_points(r, n, 1)
    base = 3.0 + 2.0 * r.random()
    xs = []
    for i in range(n):
        x = base + 1.5 * _daily(i) + r.gauss(0, 0.8)
        if i >= at[0] and i < at[0] + 60:  # a runaway process, five hours
            x += 25.0
        xs.append(float(max(0, round(x))))
    return xs, at


def _sensor_daily(r: random.Random) -> _Series:
    n = LONG
    at = _incident_points(r, n, 2)
    xs, ar = [], 0.0
    for i in range(n):
        ar = 0.95 * ar + r.gauss(0, 0.3)
        x = 80.0 + 4.0 * _daily(i, 15.0) + ar
        for a in at:
            if a <= i < a + 72:  # overheating: a ramp of 15 degrees over six hours
                x += 15.0 * (i - a) / 72
        xs.append(x)
    return xs, at


def _autoscale_network(r: random.Random) -> _Series:
    n = SHORT
    at = _incident_points(r, n, 1)
    steps = sorted(r.sample(range(300, n - 100), 3))
    level, xs = 4e6, []
    for i in range(n):
        if i in steps:
            level *= r.choice([0.5, 2.0])
        x = level * (1.0 + 0.3 * _daily(i)) * math.exp(r.gauss(0, 0.15))
        if r.random() < 0.01:  # heavy tail: an occasional large transfer
            x *= 1.0 + r.expovariate(1.0)
        if at[0] <= i < at[0] + 12:  # a traffic flood for an hour
            x *= 6.0
        xs.append(x)
    return xs, at


_REGULAR: dict[str, Callable[[random.Random], _Series]] = {
    "disk_fill": _disk_fill,
    "memory_growth": _memory_growth,
    "deploy_steps": _deploy_steps,
    "backup_spikes": _backup_spikes,
    "cpu_percent": _cpu_percent,
    "sensor_daily": _sensor_daily,
    "autoscale_network": _autoscale_network,
}

KINDS = sorted([*_REGULAR, "traffic_sensor"])


def _traffic_sensor(r: random.Random) -> tuple[list[float], list[float], list[int]]:
    """Road speed at irregular times: jittered 5-minute reports, gaps of hours."""
    stamps, t = [], T0
    n_target = 2500
    gaps = set(r.sample(range(200, n_target - 50), 4))
    for j in range(n_target):
        t += STEP_S * r.uniform(0.5, 1.6)
        if j in gaps:
            t += 3600.0 * r.uniform(2.0, 10.0)
        stamps.append(float(round(t)))
    at = _incident_points(r, n_target, 1)
    xs = []
    for j, ts in enumerate(stamps):
        h = (ts % DAY) / 3600.0
        rush = math.exp(-(((h - 8.0) / 1.2) ** 2)) + 0.8 * math.exp(-(((h - 17.5) / 1.5) ** 2))
        x = 65.0 - 20.0 * rush + r.gauss(0, 3.0)
        if at[0] <= j < at[0] + 15:  # a closure: traffic crawls
            x = 12.0 + r.gauss(0, 2.0)
        xs.append(float(max(0, round(x))))
    return stamps, xs, at


def make_series(seed: int) -> dict[str, tuple[list[float], list[float], list[int]]]:
    """Every scenario for ``seed``: ``name -> (timestamps in s, values, incident indices)``."""
    out: dict[str, tuple[list[float], list[float], list[int]]] = {}
    for k, (name, make) in enumerate(sorted(_REGULAR.items())):
        r = random.Random(seed * 1009 + k)
        xs, at = make(r)
        out[name] = ([T0 + STEP_S * i for i in range(len(xs))], xs, at)
    r = random.Random(seed * 1009 + 99)
    out["traffic_sensor"] = _traffic_sensor(r)
    return dict(sorted(out.items()))


def _stamp(t: float) -> str:
    return str(np.datetime64(int(t), "s")).replace("T", " ")


def write_folder(root: str | Path, seeds: tuple[int, ...] = (41, 42)) -> list[str]:
    """Write ``root/serverOps/<name>_<seed>.csv``, merge their windows into ``root/windows.json``.

    Returns the relative paths written.
    """
    root = Path(root)
    (root / "serverOps").mkdir(parents=True, exist_ok=True)
    wpath = root / "windows.json"
    windows = json.loads(wpath.read_text()) if wpath.is_file() else {}
    written = []
    for seed in seeds:
        for name, (ts, xs, at) in make_series(seed).items():
            rel = f"serverOps/{name}_{seed}.csv"
            stamps = [_stamp(t) for t in ts]
            with (root / rel).open("w") as fh:
                fh.write("timestamp,value\n")
                fh.writelines(f"{s},{v!r}\n" for s, v in zip(stamps, xs, strict=True))
            n = len(xs)
            half = int(0.1 * n / len(at) / 2)
            windows[rel] = [
                [stamps[max(a - half, 0)] + ".000000", stamps[min(a + half, n - 1)] + ".000000"]
                for a in at
            ]
            written.append(rel)
    wpath.write_text(json.dumps(windows, indent=1, sort_keys=True))
    return written


if __name__ == "__main__":  # pragma: no cover - command line
    if len(sys.argv) < 2:
        print("usage: python -m detectors.serverops DIR [SEED ...]", file=sys.stderr)
        raise SystemExit(2)
    seeds = tuple(int(s) for s in sys.argv[2:]) or (41, 42)
    print(f"{len(write_folder(sys.argv[1], seeds))} files written under {sys.argv[1]}/serverOps")
