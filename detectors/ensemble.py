"""The default metric detector: seasonal forecast surprise plus pattern novelty.

:class:`EnsembleDetector` (``ensemble``) runs two detectors that fail in
different ways and adds their scores:

* :class:`~detectors.seasonal.SeasonalDetector` judges the *size* of a
  deviation from a robust, seasonality-aware forecast (daily, and weekly when
  the data passes the weekly test), calibrated against the series' recent
  surprises (``memory`` observations);
* :class:`~detectors.contextual.ContextNoveltyDetector` judges the *novelty of
  the pattern*: a move between coarse levels of the adaptive range that never
  happened from the current situation, or a value beyond the range seen so far.

The score is ``(1 - novelty_weight) * seasonal + novelty_weight * novelty``,
halved when it does not top the peak of recent scores (which decays with a
half-life of ``echo_half_life`` observations): an incident scores high once,
at its start, and its echoes score low.
A large deviation that is also new scores highest; a large deviation that
repeats a known pattern (recurring spikes, a daily cycle the forecaster has
not learnt yet) or a small one that is new scores in between, so one
threshold serves series with and without repeating structure.  The expected
value and band come from the seasonal forecaster.

On the NAB subset (``sightline bench nab``) this scores well above either
part alone; see ``detectors/README.md`` for the figures.

Examples
--------
>>> import math, random
>>> rng = random.Random(7)
>>> det = EnsembleDetector()
>>> scores = []
>>> for i in range(3000):
...     t = 1_700_000_000 + 300 * i                     # every 5 minutes
...     x = 100 + 20 * math.sin(2 * math.pi * i / 288) + rng.gauss(0, 2)
...     if i == 2500:
...         x += 60                                     # an incident
...     scores.append(det.update(x, t).score)
>>> max(range(3000), key=scores.__getitem__)
2500
>>> scores[2500] > 0.8 > max(scores[:2500])
True
>>> r = det.update(100.0, 1_700_000_000 + 300 * 3000)
>>> r.lower < r.expected < r.upper
True
"""

from __future__ import annotations

import math

from detectors.base import Detector, Result, to_seconds
from detectors.contextual import ContextNoveltyDetector
from detectors.fast import ChangeFromBaseline
from detectors.resonance import ResonanceDetector
from detectors.seasonal import SeasonalDetector

__all__ = ["EnsembleDetector"]

_new_result = tuple.__new__
# Scores the anomaly likelihood rests on before it speaks.
_LK_SETTLE = 30
# part_trust: the level a part's score must reach to count as firing, and the
# half-life of the counts (that of the record discount).
_TRUST_LEVEL = 0.5
_TRUST_HALF_LIFE = 1000.0


class EnsembleDetector(Detector):
    """Weighted sum of the seasonal detector's score and the pattern novelty.

    Parameters
    ----------
    novelty_weight
        Weight of the novelty score (the seasonal score gets the rest).
    season
        Seasonal cycle in seconds (see :class:`SeasonalDetector`).
    warmup
        Observations the seasonal part scores 0 (at least 60); what it learns
        does not depend on this, only when its scores start.
    memory
        Half-life, in observations, of the seasonal part's record of past
        surprises.
    refractory
        Half-life, in observations, of the seasonal part's suppression after
        a detection.
    refractory_factor
        A new detection during that suppression needs this many times the
        previous surprise (see :class:`SeasonalDetector`); higher keeps the
        scores of ordinary noise lower (the largest recent noise surprise
        scores about ``1 / (1 + refractory_factor)``).
    bins, orders
        Levels and longest context of the novelty part.
    novelty_warmup
        Observations the novelty part scores 0.
    echo_half_life
        Half-life, in observations, of the peak of recent scores; a score
        that does not exceed it is halved (an echo of an incident already
        reported).  0 disables this.
    weekly
        Let the seasonal part test for a weekly cycle and use it when the
        data has one (see :class:`SeasonalDetector`).
    fast_k, fast_ratio
        Fast change detection while the seasonal part warms up (see
        :class:`~detectors.fast.ChangeFromBaseline`): a value at least
        ``fast_k`` noise units and a factor ``1 + fast_ratio`` away from the
        median of the last values scores 0.5 or more.  ``fast_ratio`` 0
        disables it.
    fast_min_history
        Values the fast change detection needs before it judges.
    fast_max_noise
        The fast change detection judges a steady baseline (noise at most
        this share of its median) as above.
    fast_noisy_ratio
        A noisier baseline is judged only for an order-of-magnitude change:
        a factor of at least ``1 + fast_noisy_ratio``, margins scaled by its
        noise (``noisy_ratio`` of :class:`~detectors.fast.ChangeFromBaseline`);
        0 leaves noisy baselines to the seasonal part.
    art_weight
        When positive, a window novelty detector
        (:class:`~detectors.resonance.ResonanceDetector`, ``art``) runs beside
        the two parts and this times its score is added to the combined
        score (capped at 1).  Off (0) by default: it did not win under
        nested cross-validation and costs about 2.7 times the CPU time (see
        ``detectors/README.md``).
    record_half_life
        Passed to the novelty part (see
        :class:`~detectors.contextual.ContextNoveltyDetector`): when positive,
        a new extreme is discounted by how often this series sets one (a
        trend's daily new maximum is not new).  0 turns it off.
    transition_slack
        Passed to the novelty part (see
        :class:`~detectors.contextual.ContextNoveltyDetector`): when positive,
        a new transition is discounted by how steadily this series keeps
        producing them.  0 (off) by default: measured once, not adopted
        (``detectors/README.md``).
    part_trust
        When true, the weight of the two parts follows how often each has
        scored 0.5 or more on this series (``q_s``, ``q_n``: the share of
        such points, exponentially weighted with a half-life of 1000
        observations, with one of two as the prior): the novelty weight
        becomes ``w q_s / (w q_s + (1 - w) q_n)``, ``w = novelty_weight``, so
        a part that fires more often than the other on this series counts
        less.  Off by default: measured once, not adopted
        (``detectors/README.md``).
    likelihood
        When positive, the score becomes its anomaly likelihood in the manner
        of HTM (Ahmad et al. 2017): the mean of the last ``likelihood``
        scores against the mean and standard deviation of this series' own
        scores (exponentially weighted, half-life ``likelihood_half_life``
        observations), as a Gaussian tail probability ``q``, reported on
        HTM's log scale ``min(1, -log10(q + 1e-10) / 10)``, so a score means
        the same rarity on every series.  0 (off) by default.
    likelihood_half_life
        Half-life of the long-term mean and deviation of the scores.
    likelihood_scale
        0: HTM's log scale (capped at ``q`` = 1e-10, where rarer events tie);
        positive: ``L / (L + likelihood_scale)`` with ``L = -log10 q``, no cap.
    """

    name = "ensemble"

    def __init__(
        self,
        novelty_weight: float = 0.3,
        season: float = 86400.0,
        warmup: int = 100,
        memory: float = 1500.0,
        refractory: float = 750.0,
        refractory_factor: float = 2.0,
        bins: int = 8,
        orders: int = 2,
        novelty_warmup: int = 100,
        echo_half_life: float = 200.0,
        weekly: bool = True,
        fast_k: float = 6.0,
        fast_ratio: float = 1.0,
        fast_min_history: int = 5,
        fast_max_noise: float = 0.1,
        fast_noisy_ratio: float = 9.0,
        art_weight: float = 0.0,
        record_half_life: float = 1000.0,
        likelihood: int = 0,
        likelihood_half_life: float = 2000.0,
        likelihood_scale: float = 0.0,
        transition_slack: float = 0.0,
        part_trust: bool = False,
    ) -> None:
        if not 0.0 <= novelty_weight <= 1.0:
            raise ValueError("novelty_weight must be in [0, 1]")
        if not 0.0 <= art_weight <= 1.0:
            raise ValueError("art_weight must be in [0, 1]")
        if likelihood < 0 or likelihood_half_life <= 0.0:
            raise ValueError("likelihood must be >= 0 and likelihood_half_life positive")
        self.novelty_weight = novelty_weight
        self.season = season
        self.warmup = warmup
        self.memory = memory
        self.refractory = refractory
        self.refractory_factor = refractory_factor
        self.bins = bins
        self.orders = orders
        self.novelty_warmup = novelty_warmup
        self.echo_half_life = echo_half_life
        self.weekly = weekly
        self.fast_k = fast_k
        self.fast_ratio = fast_ratio
        self.fast_min_history = fast_min_history
        self.fast_max_noise = fast_max_noise
        self.fast_noisy_ratio = fast_noisy_ratio
        self.art_weight = art_weight
        self.record_half_life = record_half_life
        self.likelihood = likelihood
        self.likelihood_half_life = likelihood_half_life
        self.likelihood_scale = likelihood_scale
        self.transition_slack = transition_slack
        self.part_trust = bool(part_trust)
        # Part trust: decayed counts of scored points and of those where the
        # seasonal part, resp. the novelty, scored at least _TRUST_LEVEL.
        self._pt_decay = math.exp(-math.log(2.0) / _TRUST_HALF_LIFE)
        self._pt_k = self._pt_s = self._pt_n = 0.0
        # Anomaly likelihood: the last ``likelihood`` scores and their sum,
        # the long-term mean and variance, and how many scores they rest on.
        self._lk_alpha = 1.0 - math.exp(-math.log(2.0) / likelihood_half_life)
        self._lk_recent: list[float] = [0.0] * likelihood
        self._lk_sum = 0.0
        self._lk_mean = 0.0
        self._lk_var = 0.0
        self._lk_n = 0
        self._art = ResonanceDetector() if art_weight > 0.0 else None
        # Observations before the seasonal part scores (see SeasonalDetector).
        self._score_start = max(warmup, 60)
        self._fast: ChangeFromBaseline | None = (
            ChangeFromBaseline(
                k=fast_k,
                ratio=fast_ratio,
                min_history=fast_min_history,
                history=max(30, fast_min_history),
                max_noise=fast_max_noise,
                noisy_ratio=fast_noisy_ratio,
            )
            if fast_ratio > 0.0
            else None
        )
        self._echo_decay = math.exp(-math.log(2.0) / echo_half_life) if echo_half_life > 0 else 0.0
        self._peak = 0.0
        self._seasonal = SeasonalDetector(
            season=season,
            warmup=warmup,
            memory=memory,
            refractory=refractory,
            refractory_factor=refractory_factor,
            weekly=weekly,
        )
        self._novelty = ContextNoveltyDetector(
            bins=bins,
            orders=orders,
            warmup=novelty_warmup,
            rest=0,
            record_half_life=record_half_life,
            transition_slack=transition_slack,
        )

    def __setstate__(self, state: dict[str, object]) -> None:
        """Restore a pickled detector, also one pickled before fast change detection existed.

        Such a detector has warmed up long ago (or will warm up as before):
        it gets the default parameters and no fast change detection.
        """
        self.__dict__.update(state)
        if "fast_noisy_ratio" not in state:  # its fast part (if any) takes the class default
            self.fast_noisy_ratio = 9.0
        if "refractory_factor" not in state:
            self.refractory_factor = self._seasonal.refractory_factor
        if "_fast" not in state:
            self.fast_k, self.fast_ratio, self.fast_min_history = 6.0, 1.0, 5
            self.fast_max_noise = 0.1
            self._score_start = max(self.warmup, 60)
            self._fast = None
        if "art_weight" not in state:
            self.art_weight, self._art = 0.0, None
        if "likelihood" not in state:
            self.record_half_life, self.likelihood, self.likelihood_half_life = 0.0, 0, 2000.0
            self.likelihood_scale = 0.0
            self._lk_alpha = 1.0 - math.exp(-math.log(2.0) / 2000.0)
            self._lk_recent, self._lk_sum, self._lk_mean, self._lk_var, self._lk_n = (
                [],
                0.0,
                0.0,
                0.0,
                0,
            )
        if "part_trust" not in state:
            self.transition_slack, self.part_trust = 0.0, False
            self._pt_decay = math.exp(-math.log(2.0) / _TRUST_HALF_LIFE)
            self._pt_k = self._pt_s = self._pt_n = 0.0

    def _trust_weight(self) -> float:
        """The novelty weight under ``part_trust``, from the counts so far."""
        w = self.novelty_weight
        qs = (self._pt_s + 1.0) / (self._pt_k + 2.0)
        qn = (self._pt_n + 1.0) / (self._pt_k + 2.0)
        return w * qs / (w * qs + (1.0 - w) * qn)

    def _combine(self, seasonal: float, novelty: float) -> float:
        w = self.novelty_weight
        return (1.0 - w) * seasonal + w * novelty

    def _likelihood(self, raw: float, learn: bool = True) -> float:
        """The likelihood score of the recent mean with ``raw`` (HTM's, see ``likelihood``); learn ``raw`` if ``learn``."""
        recent = self._lk_recent
        n = self._lk_n
        slot = n % len(recent)
        total = self._lk_sum + (raw - recent[slot])
        short = total / (n + 1 if n + 1 < len(recent) else len(recent))
        mean, var = self._lk_mean, self._lk_var
        sd = math.sqrt(var) if var > 1e-4 else 0.01
        z = (short - mean) / sd if n else 0.0
        if learn:
            self._lk_sum = total
            recent[slot] = raw
            # Long-term mean and variance of the scores (a running mean at first).
            a = self._lk_alpha
            if a * (n + 1) < 1.0:
                a = 1.0 / (n + 1)
            d = raw - mean
            self._lk_mean = mean + a * d
            self._lk_var = (1.0 - a) * (var + a * d * d)
            self._lk_n = n + 1
        if n < _LK_SETTLE:
            return 0.0
        if self.likelihood_scale == 0.0:
            q = 0.5 * math.erfc(z / math.sqrt(2.0))
            s = -math.log10(q + 1e-10) / 10.0
            return s if s < 1.0 else 1.0
        # -log10 of the Gaussian tail without the floor (asymptotic past z = 30,
        # where erfc underflows), on (0, 1): no two rarities tie at the top.
        if z < 30.0:
            lq = -math.log10(0.5 * math.erfc(z / math.sqrt(2.0)))
        else:
            lq = (0.5 * z * z + math.log(z * math.sqrt(2.0 * math.pi))) / math.log(10.0)
        return lq / (lq + self.likelihood_scale)

    def score_one(self, x: float, t: object = None) -> float:
        """Score ``x`` (at time ``t``) without learning it (and without echo suppression)."""
        seasonal_score = self._seasonal.score_one(x, t)
        novelty = self._novelty.score_one(x, t)
        if (
            self.part_trust
            and self._seasonal._n >= self._score_start
            and self._novelty._n >= self._novelty.warmup
        ):
            wt = self._trust_weight()
            score = (1.0 - wt) * seasonal_score + wt * novelty
        else:
            score = self._combine(seasonal_score, novelty)
        early = self._fast is not None and self._seasonal._n < self._score_start
        fast = self._fast.judge(float(x))[0] if early else 0.0  # type: ignore[union-attr]
        if self.likelihood:
            # As in update: the likelihood once the seasonal part scores, the
            # fast change test while it warms up.
            score = (
                0.0
                if early or self._seasonal._n < self._score_start
                else self._likelihood(score, learn=False)
            )
        if fast > score:
            score = fast
        if self._art is not None:
            score = min(1.0, score + self.art_weight * self._art.score_one(x, t))
        return score

    def learn_one(self, x: float, t: object = None) -> None:
        """Learn ``x`` observed at time ``t``."""
        self.update(x, t)

    def update(self, x: float, t: object = None) -> Result:
        """Score ``x`` against the state so far, then learn it.

        Returns
        -------
        Result
            Combined score, observed value, and the seasonal forecast and band.
        """
        if type(x) is not float:
            x = float(x)
        seasonal = self._seasonal
        n = seasonal._n
        early = False
        if n < self._score_start and self._fast is not None:
            early = True
        score, expected, width = seasonal._step(x, t if type(t) is float else to_seconds(t))
        nov = self._novelty
        w = self.novelty_weight
        if nov._n >= nov.warmup:
            raw = nov.raw_update(x)
            if self.part_trust and n >= self._score_start:
                # The weight from the counts before this point, then count it.
                wt = self._trust_weight()
                d = self._pt_decay
                self._pt_k = self._pt_k * d + 1.0
                self._pt_s = self._pt_s * d + (score >= _TRUST_LEVEL)
                self._pt_n = self._pt_n * d + (raw >= _TRUST_LEVEL)
                score = (1.0 - wt) * score + wt * raw
            else:
                # self._combine(score, raw), written out: this runs for every observation.
                score = (1.0 - w) * score + w * raw
        else:
            nov.raw_update(x)
            score = (1.0 - w) * score
        lower, upper = expected - width, expected + width
        fast = 0.0
        if early:
            # The seasonal part is still warming up: judge changes against
            # the median of the last few values, and report that band.
            fast, median, lo, hi = self._fast.update(x)  # type: ignore[union-attr]
            if median == median:  # not nan: enough history
                expected, lower, upper = median, lo, hi
                if fast > score:
                    score = fast
            if seasonal._n >= self._score_start:
                self._fast.release()  # type: ignore[union-attr]
        if self.echo_half_life > 0.0:
            # Report an incident once: a score that does not top the recent
            # peak is an echo of it (the next sample of a burst that lasts,
            # the novelty of the level it settles at) and counts for half.
            peak = self._peak * self._echo_decay
            self._peak = score if score > peak else peak
            if score <= peak:
                score *= 0.5
        if self.likelihood:
            # Learnt from the scores the seasonal part gives (not the warm-up's
            # zeros), and 0 until it rests on _LK_SETTLE of them.
            lk = self._likelihood(score) if seasonal._n > self._score_start else 0.0
            # The fast change test speaks for itself while the seasonal part warms up.
            score = fast if early and fast > lk else lk
        if self._art is not None:
            score += self.art_weight * self._art.update(x, t).score
            if score > 1.0:
                score = 1.0
        return _new_result(Result, (score, x, expected, lower, upper))
