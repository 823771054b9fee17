"""Metric anomalies: a robust, seasonality-aware streaming detector.

:class:`SeasonalDetector` is the default detector for every metric series the
pipeline tracks (latency quantiles, request rate, error ratio, OTLP gauges and
sums).  Per observation it costs a few dozen float operations and no
allocation, so one core scores several hundred thousand points a second.

How it works
------------
Three forecasters run side by side:

* a *level* model, an exponentially weighted level of the recent values;
* a *seasonal* model (additive Holt-Winters without trend): one slot per
  time-of-day bin (``season`` seconds, 86400 by default; bins as wide as the
  sampling interval, at most ``max_bins``) plus a slowly moving offset;
* a *weekly* model: the seasonal forecast plus a correction per hour of the
  week (``week_bin``), the winsorised mean of the seasonal model's residual
  in that hour.  Weekends below weekdays, a Monday-morning peak: whatever
  the daily model gets wrong the same way every week.

Each keeps a robust error scale (an exponentially weighted mean absolute
error, fed with winsorised errors so that an outlier barely moves the
baseline it is judged against).  The seasonal model takes over once it has
seen two full seasons *and* forecasts better than the level model, so series
without a daily pattern stay on the level model.  The weekly model is
*tested*, not assumed: the sampling interval comes from the timestamps, the
correction learns from the third day on, and after two full weeks it is used
only while it removes at least ``weekly_gain`` (15 %) of the seasonal model's
mean absolute error over about the last week (both errors winsorised at the
same level, so outliers cannot tip the test; dropped again below half that
gain), and while it forecasts better than the level model.  A series without
a weekly cycle, or shorter than two weeks, is scored exactly as without it:
the seasonal model never sees the correction.  The scale never drops
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

Traffic at half height on weekends: after two weeks the weekly correction
passes its test, and Saturday noon is expected at Saturday's level.

>>> det = SeasonalDetector()
>>> monday = 1_699_833_600                              # 2023-11-13 00:00 UTC
>>> def traffic(i):
...     weekend = i // 288 % 7 >= 5
...     return 100 + 40 * (0.5 if weekend else 1) * math.sin(math.pi * (i % 288) / 288)
>>> for i in range(288 * 19 + 144):                     # to Saturday, week 3
...     _ = det.update(traffic(i) + rng.gauss(0, 2), monday + 300 * i)
>>> r = det.update(120.0, monday + 300 * (288 * 19 + 144))  # Saturday noon
>>> det.weekly_active, 115 < r.expected < 125, r.lower < 120 < r.upper < 140
(True, True, True)
"""

from __future__ import annotations

import math
from collections.abc import Callable

from detectors.base import Detector, Result, to_seconds

__all__ = ["SeasonalDetector"]

_new_result = tuple.__new__
# Bound once: the hot path calls them for every observation.  ``floor``
# also stands in for ``int`` on the non-negative quotients that pick a slot
# (the same integer; ``int(float)`` costs several times as much in CPython).
_floor = math.floor
_sqrt = math.sqrt
_log = math.log

# Mean absolute error of a normal distribution is sigma * sqrt(2/pi).
_MAE_TO_SIGMA = math.sqrt(math.pi / 2.0)
# Smoothing of the overall centre and spread (the scale floor).
_SPREAD_ALPHA = 0.005
# Observations before surprises enter the calibration memory: the running
# means of the errors rest on this many values by then.
_SETTLE = 30
# Scores start after this many observations (the record holds 30 surprises).
_SCORE_MIN = 2 * _SETTLE
_WEEK = 7 * 86400.0
# Attributes computed from the parameters (and the sampling interval) by
# SeasonalDetector._derive: not pickled, computed again on unpickling.
_DERIVED = (
    "_score_from",
    "_extrapolate_until",
    "_log_horizon",
    "_band_half",
    "_two_seasons",
    "_week_take",
    "_week_keep",
    "_rates_from",
    "_scale_from",
    "_scale_inverse_from",
    "_season_rate_from",
    "_w_rate_from",
    "_cmp_rate_from",
)
# Steps of the search for the count where a rate reaches its floor.
_COUNT_SEARCH = 64


def _first_count(alpha: float, holds: Callable[[int], bool]) -> float:
    """A count ``k >= 1`` from which ``holds`` is true, ``holds`` being a test of a rate ``alpha``.

    ``holds(k)`` is ``alpha * k > 1.0``, ``1.0 / k < alpha`` or (the
    novelty's) ``k * alpha >= 1.0``: once true it stays true for every larger
    count (the rounded product and quotient are monotone in ``k``), so from
    the returned count on a rate ``max(alpha, 1 / k)`` is ``alpha`` and the
    hot path skips the division.  Searched up
    from just below ``1 / alpha``; ``inf`` (the general path always) when
    ``alpha`` is not positive or the test does not turn true within
    ``_COUNT_SEARCH`` counts.

    >>> _first_count(0.3, lambda k: 1.0 / k < 0.3), _first_count(0.005, lambda k: 0.005 * k > 1.0)
    (4, 201)
    """
    guess = 1.0 / alpha if alpha > 0.0 else math.inf
    if not guess < 2.0**52:
        return math.inf
    k = max(_floor(guess) - 2, 1)
    for _ in range(_COUNT_SEARCH):
        if holds(k):
            return k
        k += 1
    return math.inf


_SPREAD_FROM = _first_count(_SPREAD_ALPHA, lambda k: _SPREAD_ALPHA * k > 1.0)

# expected, scale, f_level, s_level, f_season, s_season, daily slot,
# f_week, s_week, weekly slot (see SeasonalDetector._forecast).
_Forecast = tuple[float, float, float, float, float, float, int, float, float, int]


class SeasonalDetector(Detector):
    """Robust streaming anomaly detector with daily and, when the data has it, weekly seasonality.

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
    weekly
        Test for a weekly cycle and use it when it explains enough (see
        above).  Needs timestamps and a ``season`` that divides the week.
    weekly_gain
        Share of the seasonal model's error the weekly correction must remove
        before it is used.
    week_bin
        Width in seconds of a slot of the weekly correction (at least one
        seasonal bin): 168 slots a week by default, state that does not grow.
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
        weekly: bool = True,
        weekly_gain: float = 0.15,
        week_bin: float = 3600.0,
    ) -> None:
        if persistence not in (1, 2):
            raise ValueError("persistence must be 1 or 2")
        if not 0.0 <= weekly_gain < 1.0:
            raise ValueError("weekly_gain must be in [0, 1)")
        if week_bin <= 0.0:
            raise ValueError("week_bin must be positive")
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
        self.weekly = weekly
        self.weekly_gain = weekly_gain
        self.week_bin = week_bin
        # The weekly correction needs a cycle that divides the week.
        self._weekly = bool(weekly) and 0.0 < season < _WEEK and (_WEEK / season).is_integer()
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
        # Weekly correction: one slot per hour of the week (``week_bin``),
        # the mean residual of the daily model there; and the test that
        # decides whether to use it.
        self._w_width = 0.0
        self._n_wbins = 0
        self._w_rate = 0.0
        self._cmp_rate = 0.0
        self._cmp_min = 0
        self._t_decide = 0.0
        self._wslots: list[float] = []
        self._wseen: list[int] = []
        self._mae_week = 0.0
        self._err_week = 0.0
        self._cmp_daily = 0.0
        self._cmp_week = 0.0
        self._n_cmp = 0
        self._week_on = False
        self._derive()

    def _derive(self) -> None:
        """Compute the constants :meth:`_step` reads (``_DERIVED``) from the parameters and rates."""
        self._score_from = max(self.warmup, _SCORE_MIN)
        # The first count whose n - _SETTLE + 1 surprises reach the horizon
        # (an integer k is below the horizon exactly when below its ceiling).
        h = self._horizon
        if math.isfinite(h):
            self._extrapolate_until: float = math.ceil(h) + _SETTLE - 1
        else:
            self._extrapolate_until = math.inf if h > 0.0 else 0  # nan: never, as k < nan
        self._log_horizon = math.log(h) if h > 0.0 else math.nan
        self._band_half = self.band_z * _MAE_TO_SIGMA
        self._two_seasons = 2.0 * self.season
        self._week_take = 1.0 - self.weekly_gain
        self._week_keep = 1.0 - 0.5 * self.weekly_gain
        # The counts from which each rate max(alpha, 1 / k) is alpha.
        sa = self.scale_alpha
        self._scale_from = _first_count(sa, lambda k: sa * k > 1.0)
        self._rates_from = max(self._scale_from, _SPREAD_FROM)
        self._scale_inverse_from = _first_count(sa, lambda k: 1.0 / k < sa)
        season_alpha = self.season_alpha
        self._season_rate_from = _first_count(season_alpha, lambda k: 1.0 / k < season_alpha)
        w_rate, cmp_rate = self._w_rate, self._cmp_rate
        self._w_rate_from = _first_count(w_rate, lambda k: 1.0 / k < w_rate)
        self._cmp_rate_from = _first_count(cmp_rate, lambda k: 1.0 / k < cmp_rate)

    def __getstate__(self) -> dict[str, object]:
        """The state without the derived constants (pickles as before they existed)."""
        state = self.__dict__.copy()
        for key in _DERIVED:
            state.pop(key, None)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        """Restore a pickled detector and compute its derived constants."""
        self.__dict__.update(state)
        self._derive()

    # -- pure parts ---------------------------------------------------------------
    def _bin(self, t: float | None) -> int:
        if t is None or self._n_bins == 0:
            return -1
        return int((t % self.season) / self._bin_width) % self._n_bins

    def _forecast(self, t: float | None) -> _Forecast:
        """Every model's forecast and scale, the slots, and which model is used.

        Returns ``(expected, scale, f_level, s_level, f_season, s_season, b,
        f_week, s_week, w)``: ``b`` is the daily slot and ``w`` the weekly
        correction's slot (``-1`` when there is none, or while the daily slot
        is empty).
        """
        floor = self.scale_floor * self._spread + 1e-12
        if self._counts:
            # Counts: Poisson noise has a mean absolute deviation near 0.8 sqrt(level).
            pf = self.count_floor * math.sqrt(abs(self._level) + 1.0)
            if pf > floor:
                floor = pf
        f_level = self._level
        s_level = self._mae_level if self._mae_level > floor else floor
        # self._bin(t), written out: this runs for every observation.
        n_bins = self._n_bins
        b = -1 if t is None or n_bins == 0 else int((t % self.season) / self._bin_width) % n_bins
        w = -1
        if b >= 0 and self._seen[b]:
            f_season = self._offset + self._slots[b]
            s_season = self._mae_season if self._mae_season > floor else floor
            if self._n_wbins:
                w = int((t % _WEEK) / self._w_width) % self._n_wbins  # type: ignore[operator]
        else:
            f_season, s_season = f_level, s_level
        f_week, s_week = f_season, s_season
        if w >= 0 and self._wseen[w]:
            f_week += self._wslots[w]
            s_week = self._mae_week if self._mae_week > floor else floor
            if self._week_on and self._err_week < self._err_level:
                return (f_week, s_week, f_level, s_level, f_season, s_season, b, f_week, s_week, w)
        if (
            b >= 0
            and t is not None
            and self._t0 is not None
            and t - self._t0 > 2.0 * self.season
            and self._err_season < self._err_level
        ):
            return (f_season, s_season, f_level, s_level, f_season, s_season, b, f_week, s_week, w)
        return (f_level, s_level, f_level, s_level, f_season, s_season, b, f_week, s_week, w)

    def _surprise(self, x: float, t: float | None) -> tuple[float, float, float]:
        """(z after persistence, expected value, scale) for ``x`` at ``t``."""
        expected, scale = self._forecast(t)[:2]
        z = abs(x - expected) / scale
        if self.persistence == 2:
            z = max(min(z, self._z_prev), self.single_point_weight * z)
        return z, expected, scale

    def _calibrate(self, z: float) -> float:
        if self._n < self.warmup or self._n < _SCORE_MIN:
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
    @property
    def weekly_active(self) -> bool:
        """Whether the weekly correction has passed its test and is in use."""
        return self._week_on

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
        score, expected, width = self._step(x, to_seconds(t))
        return _new_result(Result, (score, x, expected, expected - width, expected + width))

    def _step(self, x: float, ts: float | None) -> tuple[float, float, float]:
        """:meth:`update` without building the result: (score, expected, band half-width).

        :meth:`_forecast`, :meth:`_calibrate` and the learning written out in
        one pass, each attribute read once (this runs for every observation
        and is most of a detector's time): the same arithmetic in the same
        order, so the results are those of the separate steps to the bit
        (``tests/unit/detectors/test_seasonal.py`` checks it against
        :meth:`score_one`).  Constants of the parameters come precomputed
        (:meth:`_derive`), and a rate ``max(alpha, 1 / k)`` is ``alpha`` without
        a division once ``k`` has reached the count where that holds.
        """
        n = self._n
        if n == 0:
            self._level = self._centre = x
            self._t0 = ts
        n_bins = self._n_bins
        if not n_bins:
            self._track_time(ts)
            n_bins = self._n_bins
        # -- forecast (see _forecast) --
        spread = self._spread
        level = self._level
        floor = self.scale_floor * spread + 1e-12
        counts = self._counts
        if counts:
            pf = self.count_floor * _sqrt((level if level >= 0.0 else -level) + 1.0)
            if pf > floor:
                floor = pf
        mae_level = self._mae_level
        s_level = mae_level if mae_level > floor else floor
        err_level = self._err_level
        b = -1 if ts is None or n_bins == 0 else _floor((ts % self.season) / self._bin_width) % n_bins
        w = -1
        seen = self._seen
        clip = self.clip
        if b >= 0 and seen[b]:
            slots = self._slots
            f_season = self._offset + slots[b]
            mae_season = self._mae_season
            s_season = mae_season if mae_season > floor else floor
            # The daily model's error and clip, for its learning and the weekly test.
            e_season = x - f_season
            c_season = clip * s_season
            if self._n_wbins:
                w = _floor((ts % _WEEK) / self._w_width) % self._n_wbins  # type: ignore[operator]
        else:
            f_season, s_season = level, s_level
        f_week, s_week = f_season, s_season
        # (b >= 0 implies a timestamp)
        t0 = self._t0
        past_two = False
        if b >= 0 and t0 is not None and ts - t0 > self._two_seasons:  # type: ignore[operator]
            past_two = True
        week = False
        if w >= 0:
            wseen = self._wseen
            if wseen[w]:
                wslots = self._wslots
                f_week += wslots[w]
                mae_week = self._mae_week
                s_week = mae_week if mae_week > floor else floor
                if self._week_on and self._err_week < err_level:
                    week = True
        if week:
            expected, scale = f_week, s_week
        elif past_two and self._err_season < err_level:
            expected, scale = f_season, s_season
        else:
            expected, scale = level, s_level
        # -- surprise and calibration (see _surprise and _calibrate) --
        z_raw = (x - expected if x > expected else expected - x) / scale
        z = z_raw
        if self.persistence == 2:
            # max(min(z_raw, z_prev), single_point_weight * z_raw)
            z_prev = self._z_prev
            if z_prev < z:
                z = z_prev
            lone = self.single_point_weight * z_raw
            if lone > z:
                z = lone
        record = self._record
        suppress = self._suppress
        if n < self._score_from:
            score = 0.0
        else:
            m = record
            if suppress > m:
                m = suppress
            # k = n - _SETTLE + 1 surprises, 1 < k < horizon (k > 1 here: n >= _SCORE_MIN)
            if n < self._extrapolate_until:
                m *= self._log_horizon / _log(n - _SETTLE + 1)
            score = z / (z + m + 1.0)
        scale_alpha = self.scale_alpha
        if w >= 0 and past_two:
            # The weekly correction (the daily model's residual does not
            # repeat until it has had two seasons to settle): the mean
            # residual of the daily model in each hour of the week.  The
            # daily model is a fixed linear filter, so on a series with a
            # weekly cycle its residual repeats every week (its slots trail
            # the weekday level on Saturday, the weekend level on Monday), and
            # the correction learns exactly that; the daily model itself is
            # untouched.
            ws = wseen[w]
            if not ws:
                e = e_season
                c = c_season
                self._wslots[w] = c if e > c else -c if e < -c else e
                wseen[w] = 1
            else:
                e = x - f_week
                ae = e if e >= 0.0 else -e
                c = clip * s_week
                # Values compared so far (the same points learn the scale).
                k = self._n_cmp + 1
                self._n_cmp = k
                # max(1 / k, scale_alpha)
                if k >= self._scale_inverse_from:
                    a = scale_alpha
                else:
                    a = 1.0 / k
                    if a < scale_alpha:
                        a = scale_alpha
                c3 = 3.0 * c
                err_week = self._err_week
                self._err_week = err_week + a * ((ae if ae < c3 else c3) - err_week)
                mae_week = self._mae_week
                self._mae_week = mae_week + a * ((ae if ae < c else c) - mae_week)
                ws += 1
                wseen[w] = ws
                # max(1 / ws, w_rate)
                if ws >= self._w_rate_from:
                    a = self._w_rate
                else:
                    a = 1.0 / ws
                    if a < self._w_rate:
                        a = self._w_rate
                wslots[w] += a * (c if e > c else -c if e < -c else e)
                # The test: mean absolute errors of the daily model and of the
                # daily model plus correction over about the last week, both
                # winsorised at the same level (an outlier costs both the same,
                # so it cannot tip the comparison).  The correction is used
                # once it removes at least ``weekly_gain`` of the daily model's
                # error, after two full weeks; it is dropped again below half
                # that gain.
                ref = c_season
                ed = e_season
                if ed < 0.0:
                    ed = -ed
                # max(1 / k, cmp_rate)
                if k >= self._cmp_rate_from:
                    a = self._cmp_rate
                else:
                    a = 1.0 / k
                    if a < self._cmp_rate:
                        a = self._cmp_rate
                cmp_daily = self._cmp_daily
                cmp_daily += a * ((ed if ed < ref else ref) - cmp_daily)
                self._cmp_daily = cmp_daily
                cmp_week = self._cmp_week
                cmp_week += a * ((ae if ae < ref else ref) - cmp_week)
                self._cmp_week = cmp_week
                if ts >= self._t_decide and k >= self._cmp_min:  # type: ignore[operator]
                    # cmp_week < (1 - gain) * cmp_daily, gain weekly_gain or half of it
                    keep = self._week_keep if self._week_on else self._week_take
                    self._week_on = cmp_week < keep * cmp_daily
        # -- learning (see _learn) --
        # Exponentially weighted averages start as plain running means
        # (rate max(alpha, 1/(n+1))): unbiased from the first observations,
        # so the scale, and with it every surprise, is right early on and
        # the warm-up length does not change what the detector learns.
        n1 = n + 1
        if n1 >= self._rates_from:
            a, a_spread = scale_alpha, _SPREAD_ALPHA
        else:
            a = scale_alpha if scale_alpha * n1 > 1.0 else 1.0 / n1
            a_spread = _SPREAD_ALPHA if _SPREAD_ALPHA * n1 > 1.0 else 1.0 / n1
        if counts and (x < 0.0 or x != _floor(x)):
            self._counts = False
        # Overall spread, for the scale floor.
        centre = self._centre
        e = x - centre
        self._spread = spread + a_spread * ((-e if e < 0.0 else e) - spread)
        self._centre = centre + a_spread * e
        # Level model.
        e = x - level
        ae = -e if e < 0.0 else e
        c = clip * s_level
        c3 = 3.0 * c
        err_level += a * ((c3 if c3 < ae else ae) - err_level)
        self._err_level = err_level
        if n < 10:
            ec = e
        else:
            ec = c if e > c else -c if e < -c else e
            if c < ae:
                ae = c
        self._mae_level = mae_level + a * (ae - mae_level)
        self._level = level + self.level_alpha * ec
        # Seasonal model.
        if b >= 0:
            k = seen[b]
            if not k:
                self._slots[b] = x - self._offset
                seen[b] = 1
            else:
                e = e_season
                ae = -e if e < 0.0 else e
                c = c_season
                c3 = 3.0 * c
                ks = self._n_season + 1
                self._n_season = ks
                if ks >= self._scale_from:
                    a_s = scale_alpha
                else:
                    a_s = scale_alpha if scale_alpha * ks > 1.0 else 1.0 / ks
                err_season = self._err_season
                self._err_season = err_season + a_s * ((c3 if c3 < ae else ae) - err_season)
                if n < 10:
                    ec = e
                else:
                    ec = c if e > c else -c if e < -c else e
                    if c < ae:
                        ae = c
                mae_season = self._mae_season
                self._mae_season = mae_season + a_s * (ae - mae_season)
                k += 1
                seen[b] = k
                # max(1 / k, season_alpha)
                if k >= self._season_rate_from:
                    a_s = self.season_alpha
                else:
                    a_s = 1.0 / k
                    if a_s < self.season_alpha:
                        a_s = self.season_alpha
                slots[b] += a_s * ec
                self._offset += self.offset_alpha * ec
        else:
            self._err_season = err_level
        # Calibration memory, once the scales rest on a few observations.
        if n >= _SETTLE:
            record *= self._memory_decay
            if z > record:
                record = z
            self._record = record
            suppress *= self._refractory_decay
            zf = self.refractory_factor * z
            self._suppress = zf if zf > suppress else suppress
        self._z_prev = z_raw
        self._n = n1
        return score, expected, self._band_half * scale

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
            interval = gaps[len(gaps) // 2]
            width = max(interval, self.season / self.max_bins)
            n_bins = round(self.season / width)
            if n_bins >= 4:
                self._bin_width = self.season / n_bins
                self._n_bins = n_bins
                self._slots = [0.0] * n_bins
                self._seen = [0] * n_bins
                if self._weekly and self._t0 is not None:
                    self._init_week(interval)
            self._gaps = []

    def _init_week(self, interval: float) -> None:
        """Slots of the weekly correction, for a series sampled every ``interval`` s."""
        n = max(round(_WEEK / max(self.week_bin, self._bin_width)), 1)
        self._w_width = _WEEK / n
        self._n_wbins = n
        self._wslots = [0.0] * n
        self._wseen = [0] * n
        # A slot gets about ``per_week`` values a week: smooth it across weeks
        # as fast as a daily slot is smoothed across days.
        per_week = max(self._w_width / interval, 1.0)
        self._w_rate = self.season_alpha / per_week
        # The test compares errors over about the last week, and decides once
        # two full weeks have passed and half a week of errors were compared.
        self._cmp_rate = min(interval / _WEEK, 1.0)
        self._cmp_min = max(math.ceil(0.5 * _WEEK / interval), 1)
        self._t_decide = self._t0 + 2.0 * _WEEK  # type: ignore[operator]
        self._derive()
