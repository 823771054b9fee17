"""Why the default fires outside labelled windows: each false positive of ``ensemble`` and its causes.

``python -m detectors.fpcauses DIR THRESHOLD [FOLDER,FOLDER ...] [KEY=VALUE ...]``
streams the files of a NAB-format corpus (all folders, or those named) through
:class:`~detectors.ensemble.EnsembleDetector` (with the parameters given, each
value read as JSON) and, for every score at or
above ``THRESHOLD`` outside the labelled windows and after NAB's probation,
prints the value, the score, what the two parts said (the seasonal score,
the novelty) and the causes that apply (one false positive can have
several), then the counts per cause and per kind of series.  The causes:

``new extreme``
    the value lies beyond the range seen so far;
``new transition``
    not a new extreme, but a move between levels the novelty part had
    never seen from this context (novelty at least 0.5);
``after a step``
    the median of the last 50 values differs from the median 300-350
    values back by more than three robust deviations and 15 %;
``after a gap``
    a gap of more than an hour before this point or one of the 5 before;
``early``
    in the first 2000 points of the file;
``seasonal alone``
    the seasonal part's own score reaches the threshold.

It is how the table "Where the default fires on the server folders" of
``detectors/README.md`` was counted.

Examples
--------
>>> import math, random
>>> rng = random.Random(1)
>>> values = [30 + 40 * i / 3000 + rng.gauss(0, 0.5) for i in range(3000)]  # a trend
>>> rows = false_positives(values, [1.7e9 + 300 * i for i in range(3000)],
...                        outside=[i >= 450 for i in range(3000)], threshold=0.3)
>>> sorted({c for row in rows for c in row.causes} - set(CAUSES))
[]
"""

from __future__ import annotations

import collections
import json
import sys
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from detectors.ensemble import EnsembleDetector

__all__ = ["CAUSES", "FalsePositive", "false_positives"]

CAUSES = (
    "new extreme",
    "new transition",
    "after a step",
    "after a gap",
    "early",
    "seasonal alone",
)


class FalsePositive(NamedTuple):
    """One score at or above the threshold outside the windows."""

    at: int
    value: float
    score: float
    seasonal: float
    novelty: float
    causes: tuple[str, ...]


def false_positives(
    values: Sequence[float],
    seconds: Sequence[float],
    outside: Sequence[bool],
    threshold: float,
    **params: object,
) -> list[FalsePositive]:
    """The false positives of ``EnsembleDetector(**params)`` on one series, with their causes.

    ``outside[i]`` says whether point ``i`` is scored and outside every
    labelled window.  The parts are read with their pure ``score_one`` /
    ``_raw`` before each update, so the detector runs exactly as in the
    pipeline.
    """
    det = EnsembleDetector(**params)  # type: ignore[arg-type]
    seasonal, novelty = det._seasonal, det._novelty
    x = np.asarray(values, dtype=float)
    rows = []
    for i, (v, t) in enumerate(zip(values, seconds, strict=True)):
        s = seasonal.score_one(v, t)
        nov = novelty._raw(float(v))[0]
        beyond = novelty._n > 0 and (v > novelty._hi or v < novelty._lo)
        score = det.update(v, t).score
        if score < threshold or not outside[i]:
            continue
        causes = []
        if beyond:
            causes.append("new extreme")
        elif nov >= 0.5:
            causes.append("new transition")
        if i >= 350:
            m1, m0 = float(np.median(x[i - 50 : i])), float(np.median(x[i - 350 : i - 300]))
            d = 1.4826 * float(np.median(np.abs(x[i - 350 : i - 300] - m0))) + 1e-12
            if abs(m1 - m0) > 3.0 * d and abs(m1 - m0) > 0.15 * abs(m0):
                causes.append("after a step")
        if (
            i > 0
            and max(
                b - a
                for a, b in zip(
                    seconds[max(i - 6, 0) : i], seconds[max(i - 5, 1) : i + 1], strict=True
                )
            )
            > 3600
        ):
            causes.append("after a gap")
        if i < 2000:
            causes.append("early")
        if s >= threshold:
            causes.append("seasonal alone")
        rows.append(FalsePositive(i, float(v), score, s, nov, tuple(causes)))
    return rows


def _main(argv: list[str]) -> int:  # pragma: no cover - command line
    from detectors.nab import load_corpus

    params = dict(a.split("=", 1) for a in argv[2:] if "=" in a)
    argv = [a for a in argv if "=" not in a]
    if len(argv) not in (2, 3):
        print(
            "usage: python -m detectors.fpcauses DIR THRESHOLD [FOLDER,FOLDER ...] [KEY=VALUE ...]",
            file=sys.stderr,
        )
        return 2
    folders = set(argv[2].split(",")) if len(argv) == 3 else None
    threshold = float(argv[1])
    kwargs = {k: json.loads(v) for k, v in params.items()}
    total: collections.Counter[str] = collections.Counter()
    for f in load_corpus(argv[0]):
        if folders is not None and f.name.split("/")[0] not in folders:
            continue
        secs = (f.timestamps.astype("datetime64[us]").astype(np.int64) / 1e6).tolist()
        outside = (f.labels.window == -1).tolist()
        rows = false_positives(f.values.tolist(), secs, outside, threshold, **kwargs)
        for r in rows:
            print(
                f"{f.name:48s} i={r.at:6d} x={r.value:.4g} score={r.score:.3f}"
                f" seasonal={r.seasonal:.3f} novelty={r.novelty:.2f}  {'; '.join(r.causes) or 'other'}"
            )
            total.update(r.causes or ("other",))
        total["all"] += len(rows)
    print("counts:", ", ".join(f"{k} {v}" for k, v in total.most_common()))
    return 0


if __name__ == "__main__":  # pragma: no cover - command line
    raise SystemExit(_main(sys.argv[1:]))
