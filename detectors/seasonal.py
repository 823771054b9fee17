"""Metric anomalies: a robust, seasonality-aware streaming detector.

:class:`SeasonalDetector` is the default detector for every metric series the
pipeline tracks (latency quantiles, request rate, error ratio, OTLP gauges and
sums).  Per observation it costs a few dozen float operations and no
allocation, so one core scores several hundred thousand points a second.

How it works
------------
Two forecasters run side by side:

* a *level* model, an exponentially weighted level of the recent values;
* a *seasonal* model (additive Holt-Winters without trend): one slot per
  time-of-day bin (``season`` seconds, 86400 by default; bins as wide as the
  sampling interval, at most ``max_bins``) plus a slowly moving offset.

Each keeps a robust error scale (an exponentially weighted mean absolute
error, fed with winsorised errors so that an outlier barely moves the
baseline it is judged against).  The seasonal model takes over once it has
seen two full seasons *and* forecasts better than the level model, so series
without a daily pattern stay on the level model.  The scale never drops
below ``scale_floor`` times the series' overall spread, so a flat or perfectly
periodic series does not alert on rounding noise, and, while every value seen
is a non-negative integer (a count), not below ``count_floor * sqrt(level + 1)``
(Poisson noise), so two requests instead of one is not an incident.

The surprise ``z`` (error in units of the scale) is then calibrated against
the series' own history of surprises:

* ``persistence``: with 2, the evidence is the smaller of the last two
  surprises, or ``single_point_weight`` times the current one if larger, so a
  lone one-sample blip counts less than a burst that lasts;
* the score is ``z / (z + m + 1)`` where ``m`` is the largest surprise seen
  recently (it decays with a half-life of ``memory`` points) or, right after
  a detection, ``refractory_factor`` times that detection's surprise
  (half-life ``refractory`` points).  Scores near 1 mean "far beyond anything
  this series did lately"; an event scores high once, at its start, and not
  again for every sample it lasts: alerts fire early and do not repeat.

Every smoothed average starts as a plain running mean (its rate is
``max(alpha, 1 / n)``), so the scales are unbiased from the first values
and surprises enter the calibration memory after 30 observations; during the
first ``warmup`` observations (and at least the first 60, until the record
holds 30 surprises) the score is 0 (the band is already reported).
The warm-up therefore only decides when scores start, not what is learnt:
scores after it do not depend on its length.  While the record rests on
fewer surprises than its horizon (``memory / ln 2``), it is extrapolated to
that horizon (the largest of ``k`` surprises grows like ``log k``), so early
scores are not inflated by a short history.

Examples
--------
>>> import math, random
>>> rng = random.Random(7)
>>> det = SeasonalDetector()
>>> scores = []
>>> for i in range(3000):
...     t = 1_700_000_000 + 300 * i                     # every 5 minutes
...     x = 100 + 20 * math.sin(2 * math.pi * i / 288) + rng.gauss(0, 2)
...     if i == 2500:
...         x += 60                                     # an incident
...     scores.append(det.update(x, t).score)
>>> max(range(3000), key=scores.__getitem__)
2500
>>> scores[2500] > 0.6 > max(scores[:2500])
True
>>> r = det.update(100.0, 1_700_000_000 + 300 * 3000)
>>> r.lower < r.expected < r.upper
True
"""

from __future__ import annotations

import math

from detectors.base import Detector, Result, to_seconds

__all__ = ["SeasonalDetector"]

# Mean absolute error of a normal distribution is sigma * sqrt(2/pi).
_MAE_TO_SIGMA = math.sqrt(math.pi / 2.0)
# Smoothing of the overall centre and spread (the scale floor).
_SPREAD_ALPHA = 0.005
# Observations before surprises enter the calibration memory: the running
# means of the errors rest on this many values by then.
_SETTLE = 30


class SeasonalDetector(Detector):
    """Robust streaming anomaly detector with daily seasonality.

    Parameters
    ----------
    season
        Length of the seasonal cycle in seconds (86400: daily).  ``0``
        disables the seasonal model.  Needs timestamps.
    max_bins
        At most this many seasonal slots (bins are at least one sampling
        interval wide).
    warmup
        Observations scored 0 while the baselines settle.
    level_alpha
        Smoothing of the level model (higher follows faster).
    season_alpha
        Smoothing of each seasonal slot across seasons.
    offset_alpha
        Smoothing of the seasonal model's level offset.
    scale_alpha
        Smoothing of the error scales.
    clip
        Errors are winsorised at ``clip`` scales before they update a model.
    scale_floor
        Floor on the error scale as a fraction of the series' overall spread.
    memory
        Half-life, in observations, of the record of past surprises.
    refractory
        Half-life, in observations, of the suppression after a detection.
    refractory_factor
        A new detection during the suppression needs this many times the
        previous surprise.
    persistence
        1: judge each observation alone; 2: discount one-sample blips.
    single_point_weight
        With ``persistence=2``, the weight of a lone observation's surprise.
    band_z
        Half-width of the reported band, in standard deviations.
    count_floor
        For count series, floor on the error scale in units of
        ``sqrt(level + 1)``; 0 disables it.
    """

    name = "seasonal"

    def __init__(
        self,
        season: float = 86400.0,
        max_bins: int = 1440,
        warmup: int = 250,
        level_alpha: float = 0.2,
        season_alpha: float = 0.3,
        offset_alpha: float = 0.02,
        scale_alpha: float = 0.006,
        clip: float = 10.0,
        scale_floor: float = 0.02,
        memory: float = 5000.0,
        refractory: float = 300.0,
        refractory_factor: float = 2.0,
        persistence: int = 2,
        single_point_weight: float = 0.7,
        band_z: float = 4.0,
        count_floor: float = 0.8,
    ) -> None:
        if persistence not in (1, 2):
            raise ValueError("persistence must be 1 or 2")
        self.season = season
        self.max_bins = max_bins
        self.warmup = warmup
        self.level_alpha = level_alpha
        self.season_alpha = season_alpha
        self.offset_alpha = offset_alpha
        self.scale_alpha = scale_alpha
        self.clip = clip
        self.scale_floor = scale_floor
        self.memory = memory
        self.refractory = refractory
        self.refractory_factor = refractory_factor
        self.persistence = persistence
        self.single_point_weight = single_point_weight
        self.band_z = band_z
        self.count_floor = count_floor
        self._memory_decay = math.exp(-math.log(2.0) / memory)
        # Mean lifetime of a surprise in the decaying record.
        self._horizon = memory / math.log(2.0)
        self._refractory_decay = math.exp(-math.log(2.0) / refractory)
        # State: plain Python numbers and lists so that pickling is cheap.
        self._n = 0
        self._t0: float | None = None
        self._t_prev: float | None = None
        self._gaps: list[float] = []
        self._bin_width = 0.0
        self._n_bins = 0
        self._slots: list[float] = []
        self._seen: list[int] = []
        self._level = 0.0
        self._offset = 0.0
        self._mae_level = 0.0
        self._mae_season = 0.0
        self._err_level = 0.0
        self._err_season = 0.0
        self._centre = 0.0
        self._spread = 0.0
        self._record = 0.0
        self._suppress = 0.0
        self._z_prev = 0.0
        self._counts = True
        self._n_season = 0

    # -- pure parts ---------------------------------------------------------------
    def _bin(self, t: float | None) -> int:
        if t is None or self._n_bins == 0:
            return -1
        return int((t % self.season) / self._bin_width) % self._n_bins

    def _forecast(self, t: float | None) -> tuple[float, float, float, float, int, bool]:
        """Level and seasonal forecasts, their scales, the bin, and which wins."""
        floor = self.scale_floor * self._spread + 1e-12
        if self._counts:
            # Counts: Poisson noise has a mean absolute deviation near 0.8 sqrt(level).
            pf = self.count_floor * math.sqrt(abs(self._level) + 1.0)
            if pf > floor:
                floor = pf
        s_level = self._mae_level if self._mae_level > floor else floor
        b = self._bin(t)
        if b >= 0 and self._seen[b]:
            f_season = self._offset + self._slots[b]
            s_season = self._mae_season if self._mae_season > floor else floor
        else:
            f_season, s_season = self._level, s_level
        use_season = (
            b >= 0
            and self._t0 is not None
            and t is not None
            and t - self._t0 > 2.0 * self.season
            and self._err_season < self._err_level
        )
        return self._level, s_level, f_season, s_season, b, use_season

    def _surprise(self, x: float, t: float | None) -> tuple[float, float, float]:
        """(z after persistence, expected value, scale) for ``x`` at ``t``."""
        f_level, s_level, f_season, s_season, _, use_season = self._forecast(t)
        if use_season:
            expected, scale = f_season, s_season
        else:
            expected, scale = f_level, s_level
        z = abs(x - expected) / scale
        if self.persistence == 2:
            z = max(min(z, self._z_prev), self.single_point_weight * z)
        return z, expected, scale

    def _calibrate(self, z: float) -> float:
        if self._n < self.warmup or self._n < 2 * _SETTLE:
            return 0.0
        m = self._record
        if self._suppress > m:
            m = self._suppress
        # The largest of k surprises grows like log k (exponential tails):
        # while the memory holds fewer than its horizon, extrapolate the
        # record to what a full memory would hold, so early scores are not
        # inflated by a short history.
        k = self._n - _SETTLE + 1
        if 1 < k < self._horizon:
            m *= math.log(self._horizon) / math.log(k)
        return z / (z + m + 1.0)

    # -- protocol -----------------------------------------------------------------
    def score_one(self, x: float, t: object = None) -> float:
        """Score ``x`` (at time ``t``) without learning it."""
        z, _, _ = self._surprise(float(x), to_seconds(t))
        return self._calibrate(z)

    def learn_one(self, x: float, t: object = None) -> None:
        """Learn ``x`` observed at time ``t`` (seconds, datetime or None)."""
        self.update(x, t)

    def update(self, x: float, t: object = None) -> Result:
        """Score ``x`` against the state so far, then learn it.

        Returns
        -------
        Result
            Score, observed value, the forecast and its band.
        """
        x = float(x)
        ts = to_seconds(t)
        if self._n == 0:
            self._level = self._centre = x
            self._t0 = ts
        self._track_time(ts)
        f_level, s_level, f_season, s_season, b, use_season = self._forecast(ts)
        if use_season:
            expected, scale = f_season, s_season
        else:
            expected, scale = f_level, s_level
        z_raw = abs(x - expected) / scale
        z = z_raw
        if self.persistence == 2:
            z = max(min(z_raw, self._z_prev), self.single_point_weight * z_raw)
        score = self._calibrate(z)
        width = self.band_z * _MAE_TO_SIGMA * scale
        result = Result(score, x, expected, expected - width, expected + width)
        self._learn(x, b, f_level, s_level, f_season, s_season, z, z_raw)
        return result

    # -- learning -----------------------------------------------------------------
    def _track_time(self, ts: float | None) -> None:
        if ts is None or self.season <= 0 or self._n_bins:
            self._t_prev = ts if ts is not None else self._t_prev
            return
        if self._t_prev is not None and ts > self._t_prev:
            self._gaps.append(ts - self._t_prev)
        self._t_prev = ts
        if len(self._gaps) >= 16:
            gaps = sorted(self._gaps)
            width = max(gaps[len(gaps) // 2], self.season / self.max_bins)
            n_bins = round(self.season / width)
            if n_bins >= 4:
                self._bin_width = self.season / n_bins
                self._n_bins = n_bins
                self._slots = [0.0] * n_bins
                self._seen = [0] * n_bins
            self._gaps = []

    def _learn(
        self,
        x: float,
        b: int,
        f_level: float,
        s_level: float,
        f_season: float,
        s_season: float,
        z: float,
        z_raw: float,
    ) -> None:
        n = self._n
        # Exponentially weighted averages start as plain running means
        # (rate max(alpha, 1/(n+1))): unbiased from the first observations,
        # so the scale, and with it every surprise, is right early on and
        # the warm-up length does not change what the detector learns.
        a = self.scale_alpha if self.scale_alpha * (n + 1) > 1.0 else 1.0 / (n + 1)
        a_spread = _SPREAD_ALPHA if _SPREAD_ALPHA * (n + 1) > 1.0 else 1.0 / (n + 1)
        if self._counts and (x < 0.0 or x != math.floor(x)):
            self._counts = False
        # Overall spread, for the scale floor.
        self._spread += a_spread * (abs(x - self._centre) - self._spread)
        self._centre += a_spread * (x - self._centre)
        # Level model.
        e = x - f_level
        c = self.clip * s_level
        ec = e if n < 10 else (c if e > c else -c if e < -c else e)
        self._err_level += a * (min(abs(e), 3.0 * c) - self._err_level)
        self._mae_level += a * (abs(ec) - self._mae_level)
        self._level += self.level_alpha * ec
        # Seasonal model.
        if b >= 0:
            if not self._seen[b]:
                self._slots[b] = x - self._offset
                self._seen[b] = 1
            else:
                e = x - f_season
                c = self.clip * s_season
                ec = e if n < 10 else (c if e > c else -c if e < -c else e)
                self._n_season += 1
                k = self._n_season
                a_s = self.scale_alpha if self.scale_alpha * k > 1.0 else 1.0 / k
                self._err_season += a_s * (min(abs(e), 3.0 * c) - self._err_season)
                self._mae_season += a_s * (abs(ec) - self._mae_season)
                self._seen[b] += 1
                self._slots[b] += max(self.season_alpha, 1.0 / self._seen[b]) * ec
                self._offset += self.offset_alpha * ec
        else:
            self._err_season = self._err_level
        # Calibration memory, once the scales rest on a few observations.
        if n >= _SETTLE:
            self._record *= self._memory_decay
            if z > self._record:
                self._record = z
            self._suppress *= self._refractory_decay
            if self.refractory_factor * z > self._suppress:
                self._suppress = self.refractory_factor * z
        self._z_prev = z_raw
        self._n = n + 1
