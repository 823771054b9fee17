"""Fast change detection from minutes of history, while the main model warms up.

The seasonal forecaster needs dozens of observations before its error scales
and its record of surprises mean anything, so the default detector scores 0
for its first ``warmup`` observations (100 by default: at one observation a
minute, the first hour and a half).  A service whose latency goes from 50 ms
to 400 ms ten minutes after Sightline started would go unreported.

:class:`ChangeFromBaseline` closes that gap with the simplest test that is
safe on a short history: the median and the median absolute deviation (MAD)
of the last ``history`` values (at least ``min_history`` of them) are the
baseline.  Only a *steady* baseline is judged: its noise (``1.4826 * MAD``)
at most ``max_noise`` (10 %) of the median's size, or exactly flat.  A bursty
or noisy series (tweet counts, a latency that wanders by 25 %) is left to the
seasonal model: on the first 100 points of the 27 NAB files, the test
without this condition paged 38 times in 9 files, with it 4 times in 2 (the
artificial files whose flat zero line is interrupted by spikes).  A noisy
baseline is judged only for an order-of-magnitude change (``noisy_ratio``):
a factor of at least 10 and margins scaled by how many times the steady
limit its noise is, so an error ratio wandering between 0.1 % and 0.3 %
that jumps to 50 % pages, a tweet burst of 3x does not (on the same first
100 points of the NAB files it adds no page).  On a
steady baseline, a value is a change when it is *both*

* far from the baseline in units of its own noise: ``|x - median| >= k *
  spread``, where ``spread`` is ``1.4826 * MAD`` (a standard deviation for
  normal noise), floored at 1 % of the median's size and, for counts, at the
  Poisson noise ``sqrt(median + 1)``; for any other series, at that noise in
  units of the smallest step the series has taken, ``step * sqrt(|median| /
  step + 1)`` (a counter read as its increase per point moves in steps of
  its unit over the points: 10 ms of CPU over three points is 0.0033, so a
  baseline of zeros is not a scale of zero and one tick is not a change);
  and
* large in relative terms: the ratio of the larger to the smaller of value
  and median is at least ``1 + ratio`` (``ratio = 1``: a doubling or a
  halving), or they differ in sign.

A noisy series therefore never qualifies (its spread is large), and a small
shift of a steady one is not an incident.  The score is ``d^2 / (d^2 + 1)``
where ``d`` is the smaller of the two margins (each 1 at its limit), so 0.5 is
exactly "both limits reached" (the pipeline's default ``min_score``) and an
eight-fold jump of a series with 2 % noise scores about 0.98.  The band is
the baseline widened by both limits, so the alert path's "outside the band"
guard agrees with the score.

State: at most ``history`` floats, dropped once the main model takes over.

Examples
--------
>>> det = ChangeFromBaseline()
>>> for x in [50.0, 51.0, 49.5, 50.5, 50.2, 49.8, 50.1, 50.6]:
...     _ = det.update(x)
>>> score, expected, lower, upper = det.update(400.0)
>>> round(score, 2), round(expected, 2), upper < 400.0
(0.98, 50.15, True)
>>> det.update(55.0)[0] < 0.1                      # +10 %: not an incident
True
"""

from __future__ import annotations

import math

__all__ = ["ChangeFromBaseline"]

# MAD to standard deviation for normal noise.
_MAD_TO_SIGMA = 1.4826


class ChangeFromBaseline:
    """Change of a steady series against the median of its last few values.

    Parameters
    ----------
    k
        Distance from the median, in units of the baseline's noise, that
        counts as a change.
    ratio
        Relative size that counts as a change: the larger of value and
        median at least ``1 + ratio`` times the smaller.
    min_history
        Values needed before anything is judged.
    history
        Values the baseline is computed from (the most recent ones).
    max_noise
        The baseline is steady (and judged) while its noise is at most this
        share of the median's size.
    noisy_ratio
        A baseline noisier than that is judged too, but only for a change of
        an order of magnitude: a factor of at least ``1 + noisy_ratio`` (and
        at least ``ratio`` scaled by how many times ``max_noise`` its noise
        is), and ``k`` noise units scaled the same way.  An error ratio that
        wanders between 0.1 % and 0.3 % and jumps to 50 % is such a change;
        tweet bursts of 3x are not.  0 leaves noisy baselines unjudged.
    """

    noisy_ratio = 9.0  # class default: states saved before the parameter existed
    _step = math.inf  # and before the series' smallest step was kept: none seen yet
    _last = math.nan

    def __init__(
        self,
        k: float = 6.0,
        ratio: float = 1.0,
        min_history: int = 5,
        history: int = 30,
        max_noise: float = 0.1,
        noisy_ratio: float = 9.0,
    ) -> None:
        if k <= 0.0 or ratio <= 0.0 or max_noise < 0.0 or noisy_ratio < 0.0:
            raise ValueError("k and ratio must be positive, max_noise and noisy_ratio not negative")
        if not 2 <= min_history <= history:
            raise ValueError("need 2 <= min_history <= history")
        self.k = k
        self.ratio = ratio
        self.min_history = min_history
        self.history = history
        self.max_noise = max_noise
        self.noisy_ratio = noisy_ratio
        self._values: list[float] = []
        self._counts = True

    def judge(self, x: float) -> tuple[float, float, float, float]:
        """``(score, median, lower, upper)`` of ``x`` against the baseline (pure).

        Before ``min_history`` values the score is 0 and the band is ``nan``;
        while the baseline is not steady the score is 0 (the band is given).
        """
        vals = self._values
        n = len(vals)
        if n < self.min_history:
            return 0.0, math.nan, math.nan, math.nan
        s = sorted(vals)
        half = n // 2
        med = s[half] if n % 2 else 0.5 * (s[half - 1] + s[half])
        dev = sorted(abs(v - med) for v in vals)
        mad = dev[half] if n % 2 else 0.5 * (dev[half - 1] + dev[half])
        spread = _MAD_TO_SIGMA * mad
        limit = self.max_noise * abs(med)
        k, ratio = self.k, self.ratio
        judged = spread <= limit
        if not judged and limit > 0.0 and self.noisy_ratio > 0.0:
            # a noisy baseline: only an order-of-magnitude change, margins scaled by its noise
            judged, scale = True, spread / limit
            k, ratio = k * scale, max(self.noisy_ratio, ratio * scale)
        floor = 0.01 * abs(med)
        if self._counts:
            floor = max(floor, math.sqrt(abs(med) + 1.0))
        elif self._step < math.inf:
            # the Poisson floor in units of the series' resolution (the counts' floor is this with step 1)
            step = self._step
            floor = max(floor, step * math.sqrt(abs(med) / step + 1.0))
        spread = max(spread, floor, 1e-12)
        reach = k * spread
        r = 1.0 + ratio
        if med > 0.0:
            upper, lower = max(med + reach, med * r), min(med - reach, med / r)
        elif med < 0.0:
            upper, lower = max(med + reach, med / r), min(med - reach, med * r)
        else:
            upper, lower = reach, -reach
        dist = abs(x - med)
        lo, hi = (x, med) if abs(x) < abs(med) else (med, x)
        if x * med <= 0.0:
            rel = math.inf if dist > 0.0 else 0.0
        else:
            rel = (hi / lo - 1.0) / ratio
        d = min(dist / reach, rel)
        if not judged:
            d = 0.0
        score = d * d / (d * d + 1.0) if d < 1e6 else 1.0
        return score, med, lower, upper

    def learn(self, x: float) -> None:
        """Add ``x`` to the baseline (the oldest value leaves past ``history``)."""
        if self._counts and (x < 0.0 or x != math.floor(x)):
            self._counts = False
        move = abs(x - self._last)
        if 0.0 < move < self._step:  # the first value and a repeat are no step; NaN compares false
            self._step = move
        self._last = x
        self._values.append(x)
        if len(self._values) > self.history:
            del self._values[0]

    def update(self, x: float) -> tuple[float, float, float, float]:
        """Judge ``x``, then learn it."""
        out = self.judge(x)
        self.learn(x)
        return out

    def release(self) -> None:
        """Drop the history (the main model has taken over)."""
        self._values = []
