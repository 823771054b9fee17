"""Pattern novelty: a contextual anomaly detector on an adaptive value range.

:class:`ContextNoveltyDetector` (``cad``) follows the idea of the contextual
anomaly detector (CAD OSE, one of the strongest published NAB detectors),
written from its description, in a much simpler and faster form:

* each value is discretised into ``bins`` levels of the range seen so far
  (running minimum and maximum: a live stream does not know its range in
  advance, so the range grows as the series explores it);
* the *context* of a value is the sequence of the last 1, 2, ...,
  ``orders`` levels; the detector remembers every (context, next level)
  transition it has seen;
* the raw score is the share of the current value's contexts (those seen
  before) that have never been followed by its level, weighted by
  ``order_weight ** (k - 1)`` for order ``k``; a value beyond the range seen so
  far is new by definition and scores 1 once it passes the old extreme by
  ``extreme_levels`` levels (less if by less, so that noise creeping past
  an old extreme is not an incident).

A pattern that repeats (a daily cycle, recurring spikes of the same shape)
is learnt after one occurrence and scores 0 from then on; a value that moves
where it never moved from the current situation scores high.  After a score
of at least ``rest_threshold`` the detector stays silent for ``rest``
observations (an incident is reported once, at its start).  The memory is a
few kilobytes of flags (``bins ** (orders + 1)`` at most), so it never grows.

It has no forecast: :meth:`update` reports the last value as expected and no
band (``nan``).  :class:`detectors.ensemble.EnsembleDetector` pairs it with the
seasonal forecaster, which gives the band.

Examples
--------
>>> import random
>>> rng = random.Random(3)
>>> det = ContextNoveltyDetector()
>>> pattern = [0.0, 0.0, 1.0, 5.0, 1.0, 0.0]          # a repeating shape
>>> scores = []
>>> for i in range(1200):
...     x = pattern[i % 6] + rng.choice([0.0, 0.05])  # jitter
...     if i == 1000:
...         x = 3.0                                   # a level never seen here
...     scores.append(det.update(x).score)
>>> max(range(1200), key=scores.__getitem__)
1000
>>> max(scores[200:1000])
0.0
"""

from __future__ import annotations

import math

from detectors.base import Detector, Result
from detectors.seasonal import _first_count

__all__ = ["ContextNoveltyDetector"]

_floor = math.floor
# Context flags, transition flags (orders 1 and 2) and the two orders' weights.
_Pair = tuple[bytearray, bytearray, bytearray, bytearray, float, float]
# Attributes ContextNoveltyDetector._derive computes: not pickled.
_DERIVED = ("_pair", "_record_from")

# A new extreme is discounted once this series sets them this many times more
# often than a stationary series of the same length would.
_RECORD_SLACK = 3.0


class ContextNoveltyDetector(Detector):
    """Share of the current value's recent contexts that never led to its level.

    Parameters
    ----------
    bins
        Levels the adaptive range is cut into (coarse on purpose: noise
        inside a level is ignored).
    orders
        Longest context, in previous values.
    order_weight
        Weight of order ``k`` is ``order_weight ** (k - 1)``.
    warmup
        Observations scored 0 while the range and transitions form.
    rest
        Observations scored 0 after a detection (0: never silent).
    rest_threshold
        Raw score that counts as a detection for ``rest``.
    extreme_levels
        A value beyond the range seen so far scores 1 when it passes the old
        extreme by this many levels, proportionally less when by less.
    record_half_life
        When positive, a new extreme counts only as much as it is rarer on
        this series than on a stationary one: its novelty is multiplied by
        ``min(1, 3 * e / r)`` where ``r`` is the series' own rate of new
        extremes (exponentially weighted, this half-life in observations)
        and ``e = 2 ln(n) / n`` the rate at which a stationary series of
        ``n`` values sets them.  A trend or drift that sets a new maximum
        every day (disk usage, memory growth) then stops looking new; a
        stationary series is unchanged.  0 (the default) disables it.
    transition_slack
        When positive, a new transition (the share of known contexts never
        followed by this level) counts only as far as this series produces
        them more rarely than one that has stopped exploring: its novelty is
        multiplied by ``min(1, transition_slack * e / r)``, where ``r`` is the
        series' own rate of transition novelty (a mean whose weights grow in
        proportion to time, so the recent half of its life counts three times
        the first), ``m`` the novelty summed over its whole life and
        ``e = m / (n ln n)`` the present rate of a series whose novelty grows
        like ``ln n``.  A series that has stopped exploring is untouched; one
        whose noise keeps finding new combinations at a steady rate is
        discounted by about ``transition_slack / ln n``.  0 (the default)
        disables it; measured once, not adopted (``detectors/README.md``).
    """

    name = "cad"

    def __init__(
        self,
        bins: int = 8,
        orders: int = 2,
        order_weight: float = 1.0,
        warmup: int = 100,
        rest: int = 150,
        rest_threshold: float = 0.75,
        extreme_levels: float = 0.5,
        record_half_life: float = 0.0,
        transition_slack: float = 0.0,
    ) -> None:
        if bins < 2:
            raise ValueError("bins must be at least 2")
        if not 1 <= orders <= 6:
            raise ValueError("orders must be between 1 and 6")
        if transition_slack < 0.0:
            raise ValueError("transition_slack must be >= 0")
        self.bins = bins
        self.orders = orders
        self.order_weight = order_weight
        self.warmup = warmup
        self.rest = rest
        self.rest_threshold = rest_threshold
        self.extreme_levels = extreme_levels
        self.record_half_life = record_half_life
        self._record_alpha = (
            1.0 - math.exp(-math.log(2.0) / record_half_life) if record_half_life > 0 else 0.0
        )
        self._record_rate = 0.0
        self.transition_slack = transition_slack
        # Transition novelty: its time-weighted rate and its sum over the series' life.
        self._trans_rate = 0.0
        self._trans_sum = 0.0
        self._weights = [order_weight**k for k in range(orders)]
        # Flags: context of order k seen / (context, level) seen, k = 1..orders.
        self._ctx = [bytearray(bins**k) for k in range(1, orders + 1)]
        self._trans = [bytearray(bins ** (k + 1)) for k in range(1, orders + 1)]
        self._hist: list[int] = []  # last levels, most recent first
        self._lo = math.inf
        self._hi = -math.inf
        self._n = 0
        self._since = rest  # observations since the last detection
        self._last = math.nan
        self._derive()

    def _derive(self) -> None:
        """What :meth:`raw_update` reads besides the state (``_DERIVED``); not pickled.

        ``_pair``: the flags and weights of the two contexts of ``orders=2``,
        the same bytearrays as in ``_ctx`` and ``_trans`` (one unpacking
        instead of six lookups a point).  ``_record_from``: the count from
        which the rate of new extremes is ``record_alpha`` (not ``1 / n``).
        """
        ctx, trans, weights = self._ctx, self._trans, self._weights
        self._pair: _Pair | None = (
            (ctx[0], trans[0], ctx[1], trans[1], weights[0], weights[1]) if self.orders == 2 else None
        )
        ra = self._record_alpha
        self._record_from = _first_count(ra, lambda n: n * ra >= 1.0)

    def __getstate__(self) -> dict[str, object]:
        """The state without the derived attributes (pickles as before they existed)."""
        state = self.__dict__.copy()
        for key in _DERIVED:
            state.pop(key, None)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        """Restore a pickled detector, also one pickled before ``record_half_life`` existed."""
        self.__dict__.update(state)
        if "record_half_life" not in state:
            self.record_half_life, self._record_alpha, self._record_rate = 0.0, 0.0, 0.0
        if "transition_slack" not in state:
            self.transition_slack, self._trans_rate, self._trans_sum = 0.0, 0.0, 0.0
        self._derive()

    # -- pure parts ---------------------------------------------------------------
    def _level(self, x: float, lo: float, hi: float) -> int:
        span = hi - lo
        if span <= 0.0:
            return 0
        b = int((x - lo) / span * self.bins)
        return b if b < self.bins else self.bins - 1

    def _raw(self, x: float) -> tuple[float, int, float, float]:
        """(raw novelty, level, new low, new high) of ``x`` against the state."""
        lo = x if x < self._lo else self._lo
        hi = x if x > self._hi else self._hi
        s = self._level(x, lo, hi)
        nov = tot = 0.0
        code = 0
        mult = 1
        for k, prev in enumerate(self._hist):
            code += prev * mult
            mult *= self.bins
            if self._ctx[k][code]:
                w = self._weights[k]
                tot += w
                if not self._trans[k][code * self.bins + s]:
                    nov += w
        raw = nov / tot if tot > 0.0 else 0.0
        if raw > 0.0 and self.transition_slack:
            raw *= self._transition_discount(self._n)
        if self._n and (lo < self._lo or hi > self._hi):
            # Beyond the range seen so far: new in proportion to how far, so
            # that noise creeping past an old extreme is not an incident.
            step = self.extreme_levels * (self._hi - self._lo) / self.bins
            excess = (self._lo - lo) + (hi - self._hi)
            beyond = 1.0 if step <= 0.0 or excess >= step else excess / step
            if self._record_alpha:
                beyond *= self._record_discount(self._n)
            if beyond > raw:
                raw = beyond
        return raw, s, lo, hi

    def _record_discount(self, n: int) -> float:
        """``min(1, 3 * e / r)``: how much rarer a new extreme is here than on a stationary series."""
        r = self._record_rate
        if n < 2 or r <= 0.0:
            return 1.0
        e = _RECORD_SLACK * 2.0 * math.log(n) / n
        return 1.0 if e >= r else e / r

    def _transition_discount(self, n: int) -> float:
        """``min(1, slack * e / r)``: how much rarer new transitions are here than on a series that stopped exploring."""
        r = self._trans_rate
        if n < 2 or r <= 0.0:
            return 1.0
        e = self.transition_slack * self._trans_sum / (n * math.log(n))
        return 1.0 if e >= r else e / r

    def _gate(self, raw: float) -> float:
        if self._n < self.warmup or self._since < self.rest:
            return 0.0
        return raw

    # -- protocol -----------------------------------------------------------------
    def score_one(self, x: float, t: object = None) -> float:
        """Novelty score of ``x`` in [0, 1] (0 during warm-up and rest)."""
        return self._gate(self._raw(float(x))[0])

    def learn_one(self, x: float, t: object = None) -> None:
        """Learn ``x``."""
        self.update(x, t)

    def raw_update(self, x: float) -> float:
        """Learn ``x`` and return its raw novelty (no warm-up, no rest).

        The same arithmetic as :meth:`_raw` followed by learning, written as
        one pass over the contexts, and with the two contexts of the default
        (``orders=2``) written out: this runs for every observation.
        """
        lo0, hi0 = self._lo, self._hi
        lo = x if x < lo0 else lo0
        hi = x if x > hi0 else hi0
        bins = self.bins
        span = hi - lo
        if span <= 0.0:
            s = 0
        else:
            # floor, not int: the same for this non-negative value, and cheaper.
            s = _floor((x - lo) / span * bins)
            if s >= bins:
                s = bins - 1
        hist = self._hist
        n = self._n
        if n >= 2 and self.orders == 2:
            # The loop below for two contexts (a full history): codes h0 and h0 + h1 * bins.
            h0, h1 = hist
            seen, tr, seen2, tr2, w1, w2 = self._pair  # type: ignore[misc]  # (orders == 2)
            i = h0 * bins + s
            if seen[h0]:
                tot = w1
                nov = 0.0 if tr[i] else tot
            else:
                seen[h0] = 1
                nov = tot = 0.0
            tr[i] = 1
            code = h0 + h1 * bins
            i = code * bins + s
            if seen2[code]:
                tot += w2
                if not tr2[i]:
                    nov += w2
            else:
                seen2[code] = 1
            tr2[i] = 1
            # hist.insert(0, s) and hist.pop(), in place.
            hist[1] = h0
            hist[0] = s
        else:
            ctx, trans, weights = self._ctx, self._trans, self._weights
            nov = tot = 0.0
            code = 0
            mult = 1
            for k, prev in enumerate(hist):
                code += prev * mult
                mult *= bins
                seen = ctx[k]
                if seen[code]:
                    tot += weights[k]
                    if not trans[k][code * bins + s]:
                        nov += weights[k]
                else:
                    seen[code] = 1
                trans[k][code * bins + s] = 1
            hist.insert(0, s)
            if len(hist) > self.orders:
                hist.pop()
        raw = nov / tot if tot > 0.0 else 0.0
        if self.transition_slack:
            # Learnt from the undiscounted novelty; weights in proportion to time.
            undiscounted = raw
            if raw > 0.0:
                raw *= self._transition_discount(n)
            a = 2.0 / (n + 1) if n else 1.0
            self._trans_rate += a * (undiscounted - self._trans_rate)
            self._trans_sum += undiscounted
        if n and (lo < lo0 or hi > hi0):
            step = self.extreme_levels * (hi0 - lo0) / bins
            excess = (lo0 - lo) + (hi - hi0)
            beyond = 1.0 if step <= 0.0 or excess >= step else excess / step
            ra = self._record_alpha
            if ra:
                beyond *= self._record_discount(n)
                # The rate of new extremes, a running mean at first.
                if n >= self._record_from:
                    a = ra
                else:
                    a = 1.0 / n if n * ra < 1.0 else ra
                self._record_rate += a * (1.0 - self._record_rate)
            if beyond > raw:
                raw = beyond
            self._lo, self._hi = lo, hi
        elif n:
            # (lo and hi are the range seen so far)
            ra = self._record_alpha
            if ra:
                if n >= self._record_from:
                    a = ra
                else:
                    a = 1.0 / n if n * ra < 1.0 else ra
                self._record_rate -= a * self._record_rate
        else:
            self._lo, self._hi = lo, hi
        self._n = n + 1
        return raw

    def update(self, x: float, t: object = None) -> Result:
        """Score ``x`` against the state so far, then learn it.

        Returns
        -------
        Result
            Score and observed value; no forecast, so ``expected`` is the
            previous value and the band is ``nan``.
        """
        x = float(x)
        expected = self._last if self._n else math.nan
        score = self._gate(self._raw(x)[0])
        raw = self.raw_update(x)
        self._since = 0 if raw >= self.rest_threshold and self.rest else self._since + 1
        self._last = x
        return Result(score, x, expected, math.nan, math.nan)
