"""A synthetic, labelled folder of server-like series in NAB's format.

The NAB subset in the shared data holds ad-exchange prices, tweet counts and
artificial series; the held-back part of NAB, and what Sightline's users
feed it, are server metrics.  This module writes a stand-in written from a
*description* of server metrics (not from any held-back file), so a design
choice can be checked on one more kind of data before it is trusted:

``cpu_t3`` heavy-tailed CPU noise; ``drift`` a random walk (temperature);
``cron`` an hourly spike; ``flat_blip`` zeros with rare small counts;
``traffic`` Poisson counts with a daily cycle; ``noise_regime`` a day of
triple noise every four days; ``quantised`` small integers; ``latency``
log-normal; ``trend`` a steady climb (disk usage); ``bursty`` over-dispersed
counts.  Each series (4032 points, 5 minutes apart, as NAB's server files)
carries one injected incident, labelled with a window of 10 % of the file
centred on it as NAB's windows are: a 3-point spike of 10 noise units, a
lasting shift of 6 noise units, or three hours of six-fold noise.

``python -m detectors.serverlike DIR`` writes ``DIR/serverLike/*.csv`` and
``DIR/windows.json`` (merged into an existing one), so ``sightline bench nab
DIR`` scores it, alone or beside the NAB folders.

Examples
--------
>>> series = make_series(seed=11)
>>> len(series), sorted(series)[:3]
(10, ['bursty', 'cpu_t3', 'cron'])
>>> values, start = series["trend"]
>>> len(values), 1209 <= start < 3427
(4032, True)
"""

from __future__ import annotations

import json
import math
import random
import sys
from pathlib import Path

import numpy as np

__all__ = ["make_series", "write_folder"]

N = 4032
STEP_S = 300.0
T0 = 1_600_000_000.0


def _normal(seed: int) -> dict[str, list[float]]:
    r = random.Random(seed)
    rng = np.random.default_rng(seed)
    out: dict[str, list[float]] = {}
    out["cpu_t3"] = [
        max(0.0, 20 + 1.5 * r.gauss(0, 1) / math.sqrt(max(r.gammavariate(1.5, 1 / 1.5), 1e-3)))
        for _ in range(N)
    ]
    level, xs = 70.0, []
    for _ in range(N):
        level += r.gauss(0, 0.15)
        xs.append(level + r.gauss(0, 0.3))
    out["drift"] = xs
    out["cron"] = [10 + r.gauss(0, 0.5) + (6 if i % 12 == 0 else 0) for i in range(N)]
    out["flat_blip"] = [float(r.choice([1, 2, 3])) if r.random() < 0.003 else 0.0 for _ in range(N)]
    mu = 50 + 30 * np.sin(2 * np.pi * ((T0 + STEP_S * np.arange(N)) % 86400) / 86400)
    out["traffic"] = rng.poisson(mu).astype(float).tolist()
    out["noise_regime"] = [40 + r.gauss(0, 3.0 if (i // 288) % 4 == 2 else 1.0) for i in range(N)]
    out["quantised"] = [float(round(2 + r.gauss(0, 0.3))) for _ in range(N)]
    out["latency"] = [50 * math.exp(r.gauss(0, 0.25)) for _ in range(N)]
    out["trend"] = [30 + 40 * i / N + r.gauss(0, 0.5) for i in range(N)]
    out["bursty"] = rng.negative_binomial(2, 2 / 7, N).astype(float).tolist()
    return out


def make_series(seed: int) -> dict[str, tuple[list[float], int]]:
    """Ten server-like series with one incident each: ``name -> (values, incident start)``."""
    r = random.Random(seed * 7919)
    out = {}
    for name, xs in _normal(seed).items():
        head = np.asarray(xs[:1000])
        sd = float(np.std(head)) or 1.0
        med = float(np.median(head))
        kind = r.choice(["spike", "shift", "burst"])
        at = r.randint(int(0.3 * N), int(0.85 * N))
        if kind == "spike":
            for i in range(at, at + 3):
                xs[i] += 10 * sd + 0.5 * abs(med)
        elif kind == "shift":
            for i in range(at, N):
                xs[i] += 6 * sd + 0.3 * abs(med)
        else:
            for i in range(at, at + 36):
                xs[i] += r.gauss(0, 6 * sd)
        if name in ("quantised", "flat_blip", "traffic", "bursty"):
            xs = [max(0.0, float(round(v))) for v in xs]
        out[name] = (xs, at)
    return out


def write_folder(root: str | Path, seeds: tuple[int, ...] = (11, 12)) -> list[str]:
    """Write ``root/serverLike/<name>_<seed>.csv`` and merge their windows into ``root/windows.json``.

    Returns the relative paths written.
    """
    root = Path(root)
    (root / "serverLike").mkdir(parents=True, exist_ok=True)
    wpath = root / "windows.json"
    windows = json.loads(wpath.read_text()) if wpath.is_file() else {}
    stamps = [
        str(np.datetime64(int(T0 + STEP_S * i), "s")).replace("T", " ") for i in range(N)
    ]
    half = int(0.1 * N / 2)
    written = []
    for seed in seeds:
        for name, (xs, at) in make_series(seed).items():
            rel = f"serverLike/{name}_{seed}.csv"
            with (root / rel).open("w") as fh:
                fh.write("timestamp,value\n")
                fh.writelines(f"{t},{v!r}\n" for t, v in zip(stamps, xs, strict=True))
            windows[rel] = [
                [stamps[max(at - half, 0)] + ".000000", stamps[min(at + half, N - 1)] + ".000000"]
            ]
            written.append(rel)
    wpath.write_text(json.dumps(windows, indent=1, sort_keys=True))
    return written


if __name__ == "__main__":  # pragma: no cover - command line
    if len(sys.argv) != 2:
        print("usage: python -m detectors.serverlike DIR", file=sys.stderr)
        raise SystemExit(2)
    print(f"{len(write_folder(sys.argv[1]))} files written under {sys.argv[1]}/serverLike")
