"""Window novelty by adaptive resonance, after ARTime.

:class:`ResonanceDetector` (``art``) judges *windows*, not points, in the
manner ARTime (Mark Hampton's NAB entry, built on fuzzy adaptive resonance
theory) describes; written here from that description, simplified, and
streaming without knowing the series' range in advance:

* **Downsampling.**  Every ``step`` values become one sample: the block's
  extreme farthest from a moving average of block means (a spike survives,
  noise inside the block does not), or the block's mean when that extreme is
  within ``spike_min`` of it.
* **Normalisation and chomping.**  Samples are put on the range seen over
  the first ``learn`` samples, widened by ``margin`` of it on each side and
  clipped (what lies beyond is simply "beyond"), cut into ``levels`` levels,
  and a level within ``chomp`` of the series' running median level *is* the
  median: ordinary wobble around the usual level is no pattern at all.
* **Features.**  The last ``window`` samples, twice: as they are (the level)
  and as a shape (shifted and scaled to [0, 1], then a Haar wavelet
  transform, rescaled to [0, 1]).
* **Fuzzy ART with two vigilances.**  Feature vectors (complement coded) are
  matched against learnt categories (hyper-boxes).  A match of at least the
  upper vigilance ``rho_ub`` resonates and the category learns the window; a
  match between the lower and upper vigilance founds a new category of a
  known kind (no alarm); a window that matches nothing even at the lower
  vigilance ``rho_lb`` is *novel*: it founds a category and may alarm.
* **A threshold that learns this series' alarm rate.**  ``rho_ub`` follows
  the mean similarity the series achieves; ``rho_lb`` rises while the series
  has been quiet (the least similarity over the last ``learn // 2`` samples
  stays above it) and falls after windows below it, never below the mean
  similarity of the alarms so far: a series whose normal life keeps making
  new windows learns to ask more before it alarms again.
* **Masking.**  After an alarm, and after any new category until ``mask``
  samples pass without one, a novel window alarms only if it is clearly less
  similar than the last alarm (0.9 of its similarity after an alarm, 0.7
  after a new category).

The score of an alarm is how far the window's similarity falls below the two
vigilances, relative to its distance from a perfect match, plus the mismatch
of its current level.  A window that does not alarm scores at most
``graded`` (0.05): its shortfall from the upper vigilance or its level
mismatch, so scores still rank windows below any alarm.  An alarm is
reported at the value that causes it: while a block fills, a value that
becomes its sample *and* lies beyond the levels of the current window is
judged at once (without learning); a value inside them is not, since the
rest of the block may still bring what the window expects (an hourly spike
seen every seven values would otherwise alarm on each block that has not
reached its spike yet).  Memory is bounded: at most ``max_categories`` categories of
``4 * window`` floats (the least recently used one is replaced), a histogram
of ``levels + 1`` counts and a few windows of samples.

Examples
--------
>>> import random
>>> rng = random.Random(5)
>>> det = ResonanceDetector()
>>> scores = []
>>> for i in range(4000):
...     x = 50 + rng.gauss(0, 2)
...     if 3000 <= i < 3010:
...         x += 40                                   # an incident
...     scores.append(det.update(x).score)
>>> max(range(4000), key=scores.__getitem__)            # alarmed at its first value
3000
>>> sum(s > det.graded for s in scores)               # alarms: noise makes new windows too
12
"""

from __future__ import annotations

import math

import numpy as np

from detectors.base import Detector, Result, to_seconds

__all__ = ["ResonanceDetector"]

_SQRT_HALF = math.sqrt(0.5)
_SIM_BINS = 200


def _haar(v: list[float]) -> list[float]:
    """Full orthonormal Haar transform of a power-of-two-long list.

    Coarsest approximation first, then the details from coarse to fine.
    """
    out: list[float] = []
    a = v
    while len(a) > 1:
        pairs = range(0, len(a), 2)
        d = [(a[i] - a[i + 1]) * _SQRT_HALF for i in pairs]
        a = [(a[i] + a[i + 1]) * _SQRT_HALF for i in pairs]
        out = d + out
    return a + out


def _unit(v: list[float]) -> list[float]:
    lo = min(v)
    span = max(v) - lo
    if span <= 0.0:
        return [0.0] * len(v)
    return [(x - lo) / span for x in v]


class _FuzzyArt:
    """Fuzzy ART with complement coding and two vigilances (bounded memory).

    The similarity of a window to a category (a hyper-box ``w``) is the share
    of the box that the window's intersection with it keeps, cubed, times
    the same share for the *current* level alone, squared: a window whose
    shape is familiar but whose present level is not matches poorly.
    """

    def __init__(self, dim: int, max_categories: int) -> None:
        self.dim = dim
        self.max_categories = max_categories
        self.w = np.zeros((max_categories, 2 * dim))
        self.used = np.zeros(max_categories)  # sample index of last use
        self.k = 0

    def step(
        self, x: np.ndarray, rho_ub: float, rho_lb: float, now: int, learn: bool = True
    ) -> tuple[float, float, int]:
        """Present complement-coded ``x``; return (best similarity, its level share, outcome).

        Outcome: 1 resonance (every category at least ``rho_ub`` similar
        learns it), 0 a new category of a known kind (best similarity at
        least ``rho_lb``), -1 novel (a new category below ``rho_lb``).
        ``learn=False`` changes nothing.
        """
        k = self.k
        best = energy = 0.0
        outcome = -1
        if k:
            w = self.w[:k]
            inter = np.minimum(w, x)
            size = w.sum(axis=1)
            size[size == 0.0] = 1e-3
            share = inter.sum(axis=1) / size
            c, cc = self.dim - 1, 2 * self.dim - 1
            level = (inter[:, c] + inter[:, cc]) / np.maximum(w[:, c] + w[:, cc], 1e-12)
            sim = share**3 * level**2
            j = int(sim.argmax())
            best, energy = float(sim[j]), float(level[j])
            if best >= rho_ub:
                outcome = 1
                if learn:
                    ok = sim >= rho_ub
                    self.w[:k][ok] = inter[ok]
                    self.used[:k][ok] = now
            elif best >= rho_lb:
                outcome = 0
        if outcome < 1 and learn:
            j = k if k < self.max_categories else int(self.used.argmin())
            self.w[j] = x
            self.used[j] = now
            self.k = min(k + 1, self.max_categories)
        return best, energy, outcome


class ResonanceDetector(Detector):
    """Novelty of the recent window against categories learnt by fuzzy ART.

    Parameters
    ----------
    step
        Values per sample (the block a sample summarises).
    window
        Samples per window (a power of two, for the Haar transform).
    levels
        Levels the normalised range is cut into.
    chomp
        A sample within this share of the range of the running median level
        is set to that level.
    learn
        Samples that fix the range and the initial vigilance; nothing is
        scored before they are in.
    margin
        Share of the learnt range added on each side before clipping.
    initial_rho
        Vigilance of the pass that chooses the initial vigilance.
    max_categories
        Categories kept (the least recently used is replaced).
    mask
        Samples of masking after an alarm or a new category.
    rho_cap
        Upper bound of the upper vigilance.
    chomp_noise
        A sample within this many robust standard deviations (1.4826 MAD of
        the learning samples) of the running median level is set to it too.
    grow
        Widen the range when a sample falls beyond it (what is learnt is
        re-expressed in the new range), instead of clipping.
    block_seconds
        When positive and timestamps are given, a block spans this much time
        (``step`` is then the number of values in it at the series' median
        interval, decided from its first five values); ``step`` otherwise.
    lb_quantile
        When 0 or more, the lower vigilance starts at this quantile of the
        learning windows' similarities (else at the upper vigilance).
    lb_rate
        When positive, the lower vigilance is instead set, at each
        adaptation, to the similarity below which this share of the windows
        so far fell: the series' own rate of novel windows is bounded.
    graded
        A window that does not alarm scores this times its shortfall from
        the upper vigilance (relative to it); 0: such windows score 0.
    quiet
        Samples after learning during which novel windows move the
        vigilance as alarms do but score 0 (the vigilance settles first).
    early
        Judge the block so far at each value that becomes its sample, so an
        alarm comes at the value that causes it.
    spike_min
        A block's extreme closer than this share of its mean to the mean is
        replaced by the mean.
    """

    name = "art"

    def __init__(
        self,
        step: int = 7,
        window: int = 8,
        levels: int = 80,
        chomp: float = 0.075,
        learn: int = 104,
        margin: float = 1.0,
        initial_rho: float = 0.8,
        max_categories: int = 256,
        mask: int = 12,
        chomp_noise: float = 2.0,
        grow: bool = True,
        early: bool = True,
        quiet: int = 0,
        block_seconds: float = 0.0,
        lb_quantile: float = -1.0,
        lb_rate: float = 0.0,
        graded: float = 0.05,
        rho_cap: float = 0.97,
        spike_min: float = 0.1,
    ) -> None:
        if step < 1:
            raise ValueError("step must be at least 1")
        if window < 2 or window & (window - 1):
            raise ValueError("window must be a power of two, at least 2")
        if learn < 2 * window:
            raise ValueError("learn must be at least twice the window")
        if levels < 2:
            raise ValueError("levels must be at least 2")
        if max_categories < 2:
            raise ValueError("max_categories must be at least 2")
        self.step = step
        self.window = window
        self.levels = levels
        self.chomp = chomp
        self.learn = learn
        self.margin = margin
        self.initial_rho = initial_rho
        self.max_categories = max_categories
        self.mask = mask
        self.rho_cap = rho_cap
        self.spike_min = spike_min
        self.chomp_noise = chomp_noise
        self.grow = grow
        self.early = early
        self.quiet = quiet
        self.block_seconds = block_seconds
        self.lb_quantile = lb_quantile
        self.lb_rate = lb_rate
        self.graded = graded
        self._step = step if block_seconds <= 0.0 else 0  # 0: not decided yet
        self._times: list[float] = []
        self._quiet_until = 0
        self._reported = False
        self._chomp = chomp
        self._block: list[float] = []
        self._ma = math.nan
        self._raw: list[float] | None = []  # learning samples (None after learning)
        self._lo = 0.0
        self._span = 1.0
        self._hist = [0] * (levels + 1)
        self._count = 0
        self._med = 0
        self._win: list[float] = []
        self._art = _FuzzyArt(2 * window, max_categories)
        self._i = 0  # samples so far
        self._rho_ub = self._rho_lb = initial_rho
        self._sim_sum = 0.0
        self._sim_n = 0
        self._recent: list[float] = []  # similarities of the last learn // 2 samples
        # Alarms' similarities: sum, count, the last one (lowest of its masking).
        self._alarm_sum = 0.0
        self._alarm_n = 0
        self._alarm_last = 0.0
        self._sim_hist = [0] * _SIM_BINS if lb_rate > 0.0 else []
        self._last_alarm_i = -(10**9)
        self._last_alarm_sim = 0.0
        self._last_rho_i = 0
        self._mask_cat = False
        self._since_cat = 0
        self._last = math.nan

    # -- samples and features ---------------------------------------------------
    def _sample(self, block: list[float], learn: bool = True) -> float:
        mean = sum(block) / len(block)
        ma = mean if self._ma != self._ma else 0.5 * (self._ma + mean)
        if learn:
            self._ma = ma
        hi, lo = max(block), min(block)
        ds = lo if abs(hi - ma) < abs(lo - ma) else hi
        if abs(ds - mean) < self.spike_min * abs(mean):
            ds = mean
        return ds

    def _grow(self, ds: float) -> None:
        """Widen the range to take ``ds``, re-expressing what is learnt in the new range."""
        lo, span = self._lo, self._span
        new_lo = min(lo, ds)
        new_span = max(lo + span, ds) - new_lo
        a, b = span / new_span, (lo - new_lo) / new_span  # u' = a u + b
        w = self.window
        cats = self._art.w[: self._art.k]
        cats[:, w : 2 * w] = a * cats[:, w : 2 * w] + b
        # Complement dims hold 1 - u: 1 - (a (1 - c) + b).
        cats[:, 3 * w :] = 1.0 - (a * (1.0 - cats[:, 3 * w :]) + b)
        self._win = [a * v + b for v in self._win]
        hist = [0] * (self.levels + 1)
        for level, count in enumerate(self._hist):
            if count:
                hist[round((a * level / self.levels + b) * self.levels)] += count
        self._hist = hist
        self._med = round((a * self._med / self.levels + b) * self.levels)
        self._chomp *= a
        self._lo, self._span = new_lo, new_span

    def _level(self, ds: float) -> float:
        if self.grow and not self._lo <= ds <= self._lo + self._span:
            self._grow(ds)
        u = (ds - self._lo) / self._span
        u = 0.0 if u < 0.0 else 1.0 if u > 1.0 else u
        level = round(u * self.levels)
        hist = self._hist
        hist[level] += 1
        self._count += 1
        # Running median level: walk from the old median (it moves by little).
        half = self._count / 2.0
        below = sum(hist[: self._med])
        while below + hist[self._med] < half:
            below += hist[self._med]
            self._med += 1
        while below >= half and self._med > 0:
            self._med -= 1
            below -= hist[self._med]
        med = self._med / self.levels
        v = level / self.levels
        return med if abs(v - med) < self._chomp else v

    def _peek_level(self, ds: float) -> float:
        """:meth:`_level` without learning (beyond the range: the range's edge)."""
        u = (ds - self._lo) / self._span
        u = 0.0 if u < 0.0 else 1.0 if u > 1.0 else u
        v = round(u * self.levels) / self.levels
        med = self._med / self.levels
        return med if abs(v - med) < self._chomp else v

    def _features(self, win: list[float] | None = None) -> np.ndarray:
        win = self._win if win is None else win
        shape = _unit(_haar(_unit(win)))
        f = shape + win
        return np.array(f + [1.0 - v for v in f])

    # -- the detector -----------------------------------------------------------
    def _present(self, f: np.ndarray, learn_only: bool) -> float:
        """Present one window's features; return the alarm score (0 if none)."""
        i = self._i
        art = self._art
        sim, energy, outcome = art.step(f, self._rho_ub, self._rho_lb, i)
        self._sim_sum += sim
        self._sim_n += 1
        recent = self._recent
        recent.append(sim)
        if len(recent) > self.learn // 2:
            del recent[0]
        since_alarm = i - self._last_alarm_i
        if since_alarm < self.mask and self._alarm_n and sim < self._alarm_last:
            self._alarm_sum += sim - self._alarm_last
            self._alarm_last = sim
        if self.lb_rate > 0.0:
            self._sim_hist[min(int(sim * _SIM_BINS), _SIM_BINS - 1)] += 1
        if self._mask_cat and self._since_cat >= self.mask:
            self._mask_cat = False
        self._since_cat = 0 if outcome < 0 else self._since_cat + 1
        score = 0.0
        if outcome < 0 and not learn_only and self._alarms(sim, since_alarm):
            score = self._confidence(sim, energy)
            self._alarm_sum += sim
            self._alarm_n += 1
            self._alarm_last = sim
            self._last_alarm_sim = sim
            self._last_alarm_i = i
        if outcome < 0:
            self._mask_cat = True
        if not learn_only and (since_alarm == self.mask or i - self._last_rho_i >= self.learn // 2):
            self._adapt(i)
        if score == 0.0 and not learn_only:
            score = self._graded(sim, energy)
        return score

    def _alarms(self, sim: float, since_alarm: int) -> bool:
        """Whether a novel window of similarity ``sim`` alarms, given the masking."""
        masked = self._mask_cat or since_alarm <= self.mask
        scale = 0.9 if since_alarm <= self.mask else 0.7
        # Before any alarm, the lower vigilance stands in for the last alarm's similarity.
        ref = self._last_alarm_sim if self._alarm_n else self._rho_lb
        return not masked or sim < ref * scale

    def _beyond_window(self, x: float) -> bool:
        # Beyond by more than the chomp band: a value a little below the
        # usual level, normal in a full block, does not qualify.
        v = self._peek_level(x)
        win = self._win
        return bool(win) and (v > max(win) + self._chomp or v < min(win) - self._chomp)

    def _peek(self, ds: float) -> tuple[float, bool]:
        """(score, alarm) of the window ending in sample ``ds``, learning nothing."""
        win = [*self._win[1:], self._peek_level(ds)]
        if len(win) < self.window or self._i < self._quiet_until:
            return 0.0, False
        sim, energy, outcome = self._art.step(
            self._features(win), self._rho_ub, self._rho_lb, self._i, learn=False
        )
        if outcome >= 0:
            return self._graded(sim, energy), False
        mask_cat = self._mask_cat
        self._mask_cat = mask_cat and self._since_cat < self.mask
        try:
            alarms = self._alarms(sim, self._i - self._last_alarm_i)
        finally:
            self._mask_cat = mask_cat
        if not alarms:
            return self._graded(sim, energy), False
        return self._confidence(sim, energy), True

    def _adapt(self, i: int) -> None:
        """Move the vigilances towards what this series achieves."""
        ub = min(self.rho_cap, self._sim_sum / self._sim_n)
        lb = self._rho_lb
        least = min(self._recent)
        if least >= lb:
            lb += 0.19 * (least - lb)
        else:
            gaps = [min(0.37, ub - s) for s in self._recent if ub - s > 0.05]
            lb -= max(0.01, sum(gaps) / len(gaps) if gaps else 0.0) / 2.0
            if self._alarm_n:
                lb = max(lb, self._alarm_sum / self._alarm_n)
        if self.lb_rate > 0.0:
            # The similarity below which this share of the windows so far fell.
            hist = self._sim_hist
            want = self.lb_rate * sum(hist)
            acc = 0
            for b, c in enumerate(hist):
                acc += c
                if acc > want:
                    lb = b / _SIM_BINS
                    break
        self._rho_ub, self._rho_lb = ub, min(lb, ub)
        self._last_rho_i = i
        self._mask_cat = True

    def _graded(self, sim: float, energy: float) -> float:
        """Score of a window that does not alarm, below ``graded``.

        The larger of its shortfall from ``rho_ub`` (relative to it) and the
        mismatch of its current level with the best category.
        """
        if self.graded <= 0.0:
            return 0.0
        short = (self._rho_ub - sim) / self._rho_ub if sim < self._rho_ub else 0.0
        g = short if short > 1.0 - energy else 1.0 - energy
        return self.graded * (g if g < 1.0 else 1.0)

    def _confidence(self, sim: float, energy: float) -> float:
        sim = min(0.999, sim)
        ub = (self._rho_ub - sim) / (1.0 - sim)
        lb = (self._rho_lb - sim) / (1.0 - sim)
        s = 0.35 * ub + 0.65 * lb + 1.5 * (1.0 - energy)
        return 1.0 if s > 1.0 else s if s > 0.0 else 0.0

    def _initial_rho(self, feats: list[np.ndarray]) -> tuple[float, list[float]]:
        """Mean similarity of a fuzzy ART pass over the learning windows, most typical last."""
        m = np.array([f[: 2 * self.window] for f in feats])
        norms = np.linalg.norm(m, axis=1)
        norms[norms == 0.0] = 1.0
        unit = m / norms[:, None]
        order = np.argsort((unit @ unit.T).sum(axis=1), kind="stable")
        art = _FuzzyArt(2 * self.window, self.max_categories)
        sims = [
            art.step(feats[j], self.initial_rho, self.initial_rho, n)[0]
            for n, j in enumerate(order)
        ]
        half = sims[len(sims) // 2 :]
        return float(sum(half) / len(half)), half

    def _finish_learning(self) -> None:
        raw = self._raw or [0.0]
        lo, hi = min(raw), max(raw)
        span = hi - lo
        if span <= 0.0:
            span = max(abs(hi) * 0.1, 1e-9)
        self._lo = lo - self.margin * span
        self._span = span * (1.0 + 2.0 * self.margin)
        # Chomp ordinary noise too: the learning samples' robust spread.
        mid = sorted(raw)[len(raw) // 2]
        mad = sorted(abs(v - mid) for v in raw)[len(raw) // 2]
        self._chomp = max(self.chomp, self.chomp_noise * 1.4826 * mad / self._span)
        feats = []
        for ds in raw:
            self._push(self._level(ds))
            if len(self._win) == self.window:
                feats.append(self._features())
        rho, sims = self._initial_rho(feats)
        self._rho_ub = self._rho_lb = min(rho, self.rho_cap)
        if self.lb_quantile >= 0.0:
            # Start the lower vigilance where that share of the learning
            # windows would have fallen below it.
            self._rho_lb = min(self._rho_ub, float(np.quantile(sims, self.lb_quantile)))
        self._i = 0
        for f in feats:
            self._present(f, learn_only=True)
            self._i += 1
        self._raw = None
        self._quiet_until = self._i + self.quiet

    def _push(self, v: float) -> None:
        win = self._win
        win.append(v)
        if len(win) > self.window:
            del win[0]

    def _sample_score(self, ds: float) -> float:
        if self._raw is not None and len(self._raw) < self.learn:
            self._raw.append(ds)
            if len(self._raw) == self.learn:
                self._finish_learning()
            return 0.0
        self._push(self._level(ds))
        score = self._present(self._features(), learn_only=False)
        self._i += 1
        # While the vigilance settles, alarms shape it but are not reported.
        return score if self._i > self._quiet_until else 0.0

    def _decide_step(self, t: object) -> None:
        """With ``block_seconds``: a block spans that much time at the series' own interval."""
        ts = to_seconds(t)
        if ts is None:
            self._step = self.step
            return
        self._times.append(ts)
        if len(self._times) < 5:
            return
        gaps = sorted(b - a for a, b in zip(self._times, self._times[1:], strict=False))
        gap = gaps[len(gaps) // 2]
        self._step = max(1, round(self.block_seconds / gap)) if gap > 0 else self.step
        self._times = []

    # -- protocol -----------------------------------------------------------------
    def score_one(self, x: float, t: object = None) -> float:
        """Score of ``x`` without learning it (a copy of the state learns it)."""
        import copy

        return copy.deepcopy(self).update(x, t).score

    def learn_one(self, x: float, t: object = None) -> None:
        """Learn ``x``."""
        self.update(x, t)

    def update(self, x: float, t: object = None) -> Result:
        """Score ``x`` (non-zero only when it completes a novel window), then learn it."""
        x = float(x)
        if not math.isfinite(x):
            raise ValueError(f"art: value must be finite, got {x!r}")
        block = self._block
        block.append(x)
        score = 0.0
        if not self._step:
            self._decide_step(t)
        if self._step and len(block) >= self._step:
            self._block = []
            score = self._sample_score(self._sample(block))
            if self._reported:
                score = 0.0  # this block's alarm was reported when it happened
            self._reported = False
        elif self.early and self._raw is None and not self._reported:
            # Judge the block so far when this value becomes its sample: an
            # alarm is reported at the value that causes it, not up to
            # step - 1 values later (nothing is learnt until the block ends).
            # Only a value beyond the recent window's levels can cause an
            # alarm now (one inside them would judge the absence of what the
            # rest of the block may still bring).
            if self._sample(block, learn=False) == x and self._beyond_window(x):
                score, self._reported = self._peek(x)
        return Result(score, x, math.nan, math.nan, math.nan)
