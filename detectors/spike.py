"""Error spikes: error counts per window against their own baseline.

:class:`ErrorSpikeDetector` watches one error stream (a service, or a service
and an error type) as counts per fixed window.  The baseline is the expected
count per window, an exponentially weighted mean that a spike barely moves
(its update is capped).  A window's surprise is the Poisson upper tail
probability ``P(X >= observed | expected)``, which respects low counts: three
errors at 3 a.m. after a quiet night are plausible under the expectation's
floor ``prior`` (and below ``min_count`` anyway), 300 after a
baseline of 5 are not.  The score maps ``-log10(p)`` onto [0, 1]
(``p = 10**-score_decades`` scores 1).

:class:`ErrorSpikeTracker` bins error events by key and window and runs one
detector per key: what the processors use.

Examples
--------
>>> det = ErrorSpikeDetector(window=60.0)
>>> for minute in range(120):
...     _ = det.update(5, t=60.0 * minute)            # five errors a minute
>>> r = det.update(300, t=60.0 * 120)
>>> r.score, r.observed, round(r.expected, 1), r.window_start, r.window_end
(1.0, 300.0, 5.0, 7200.0, 7260.0)
>>> quiet = ErrorSpikeDetector(window=60.0)
>>> for minute in range(120):
...     _ = quiet.update(0, t=60.0 * minute)
>>> quiet.update(3, t=60.0 * 120).score                # 3 a.m., three errors
0.0
"""

from __future__ import annotations

import math
from collections.abc import Hashable
from dataclasses import dataclass

from detectors.base import Detector, to_seconds

__all__ = ["ErrorSpikeDetector", "ErrorSpikeTracker", "SpikeResult", "poisson_sf"]


def poisson_sf(k: float, mu: float) -> float:
    """``P(X >= k)`` for ``X ~ Poisson(mu)``, accurate in the far tail.

    >>> round(poisson_sf(3, 0.5), 5)
    0.01439
    >>> poisson_sf(0, 2.0)
    1.0
    >>> poisson_sf(300, 5.0) < 1e-200
    True
    """
    k = math.ceil(k)
    if k <= 0:
        return 1.0
    if mu <= 0.0:
        return 0.0
    if k <= mu:
        # The lower part is the short sum here.
        term = math.exp(-mu)
        lower = term
        for i in range(1, k):
            term *= mu / i
            lower += term
        return max(0.0, 1.0 - lower)
    log_term = k * math.log(mu) - mu - math.lgamma(k + 1.0)
    term = 1.0
    total = 1.0
    i = k
    while term > 1e-17 * total:
        i += 1
        term *= mu / i
        total += term
    return min(1.0, math.exp(log_term + math.log(total)))


@dataclass(frozen=True, slots=True)
class SpikeResult:
    """The verdict on one window of error counts.

    Attributes
    ----------
    score
        Anomaly score in [0, 1].
    observed
        Errors counted in the window.
    expected
        The baseline expectation for the window.
    p_value
        Poisson tail probability of a count at least this high.
    window_start, window_end
        The window, in seconds since the epoch (``nan`` without timestamps).
    """

    score: float
    observed: float
    expected: float
    p_value: float
    window_start: float
    window_end: float

    @property
    def lower(self) -> float:
        """Lower end of the ordinary band (0: counts cannot be negative)."""
        return 0.0

    @property
    def upper(self) -> float:
        """Largest count that would not look like a spike (about ``p = 1e-3``)."""
        mu = self.expected
        return mu + 3.1 * math.sqrt(mu) + 3.0


class ErrorSpikeDetector(Detector):
    """Poisson tail test of error counts per window against their own baseline (quasi-Poisson:
    scaled by the baseline's observed dispersion when errors come in groups).

    Parameters
    ----------
    window
        Window length in seconds (used to report the window).
    alpha
        Smoothing of the baseline count per window.
    prior
        The expectation never drops below this many errors per window, so a
        stream that was silent does not page on its first few errors.
    min_count
        Windows with fewer errors than this score 0.
    max_ratio_update
        A window updates the baseline with at most ``max_ratio_update`` times
        the current expectation (plus ``min_count``): a spike does not
        become the new normal at once.
    score_decades
        ``-log10(p)`` at which the score reaches 1.
    warmup
        Windows scored 0 at the start (the baseline still forms).
    learn_cap_score
        While the baseline forms (its first ``max(warmup, 1/alpha)`` windows,
        learned uncapped so a ramping service finds its rate), a scored window
        that scores at least this much is learned capped as later windows are:
        an incident in a service's first minutes does not become its baseline
        after one window (and its alert does not resolve while it goes on).
    first_dispersion
        The dispersion assumed until the baseline has counted any error (see
        :attr:`dispersion`).
    """

    name = "error_spike"
    learn_cap_score = 0.5  # class default: states written before the parameter existed
    first_dispersion = 1.0  # class default: states written before the parameter existed scored as Poisson

    def __init__(
        self,
        window: float = 60.0,
        alpha: float = 0.05,
        prior: float = 0.5,
        min_count: int = 5,
        max_ratio_update: float = 3.0,
        score_decades: float = 12.0,
        warmup: int = 5,
        learn_cap_score: float = 0.5,
        first_dispersion: float = 3.0,
    ) -> None:
        self.window = window
        self.alpha = alpha
        self.prior = prior
        self.min_count = min_count
        self.max_ratio_update = max_ratio_update
        self.score_decades = score_decades
        self.warmup = warmup
        self.learn_cap_score = learn_cap_score
        self.first_dispersion = first_dispersion
        self._mean = 0.0
        self._var = 0.0
        self._n = 0
        self._formation: list[float] | None = []  # the forming baseline's windows, dropped once it is formed

    @property
    def expected(self) -> float:
        """Expected count for the next window."""
        return max(self._mean, self.prior)

    @property
    def dispersion(self) -> float:
        """Variance / mean of the baseline counts, at least 1 (Poisson).

        Errors often come in groups (a failed request logs an error and ends an
        error span; a retry fails three times): the counts then vary more than
        a Poisson's, and the test is run on counts scaled down by this factor
        (quasi-Poisson), so ordinary clumps do not page.

        The ratio is the baseline's own, not taken over the ``prior`` floor: a
        stream quiet most windows with a clump of ten errors now and then has a
        mean far below the floor, and its variance and mean decay together
        between clumps, so their ratio stays near the clump's size; over the
        floor the ratio would shrink to 1 and the next ordinary clump would page.

        Until the baseline has counted an error (a service quiet since it was
        first seen) there is no ratio to read: ``first_dispersion`` is assumed,
        so the first clump of a few errors is not a page (ten errors after
        twenty quiet minutes scores 0.38) while an incident is (a hundred
        scores 1.0).
        """
        var = getattr(self, "_var", 0.0)
        mean = self._mean
        if var <= 0.0 and mean <= 0.0:
            return max(1.0, self.first_dispersion)
        return max(1.0, var / mean) if mean > 0.0 else 1.0

    def _test(self, x: float) -> tuple[float, float]:
        if self._n < self.warmup or x < self.min_count:
            return 0.0, 1.0
        phi = self.dispersion
        p = poisson_sf(x / phi, self.expected / phi)
        if p <= 0.0:
            return 1.0, 0.0
        return min(1.0, max(0.0, -math.log10(p) / self.score_decades)), p

    def score_one(self, x: float, t: object = None) -> float:
        """Score a window holding ``x`` errors without learning it."""
        return self._test(float(x))[0]

    def learn_one(self, x: float, t: object = None) -> None:
        """Learn a window holding ``x`` errors.

        The first ``max(warmup, 1/alpha)`` windows form the baseline from what they
        saw: their plain mean and variance, uncapped.  A service whose traffic is
        still ramping up (or whose first records arrive late and bunched) then
        has a baseline near its real rate and a dispersion that knows how uneven
        it was, instead of a slow average of its first, near-empty windows that
        its ordinary error rate would page against.  A scored window among them
        that scores ``learn_cap_score`` or more is a spike, not a ramp: it is
        learned capped, as every window after them is.  From the ``warmup``-th
        on, the baseline is taken again from all of them at every window, each
        capped (:meth:`_formed`): an incident in the first, unscored windows
        does not stay in the baseline for the hour its average would take to
        forget, nor until the baseline is formed.
        """
        x = float(x)
        n = self._n
        formation = max(self.warmup, round(1.0 / self.alpha))
        if n < formation:
            if n >= self.warmup and self._test(x)[0] >= self.learn_cap_score:
                x = min(x, self.max_ratio_update * self.expected + self.min_count)
            self._n = n + 1
            seen = getattr(self, "_formation", None)  # None: a state saved before it was kept
            if seen is not None:
                seen.append(x)
                if n + 1 >= self.warmup:  # the baseline is taken from all its windows
                    self._formed(seen, done=n + 1 == formation)
                    return
            mean = self._mean + (x - self._mean) / (n + 1)
            self._var = (self._var * n + (x - self._mean) * (x - mean)) / (n + 1) if n else x
            self._mean = mean
            return
        cap = self.max_ratio_update * self.expected + self.min_count
        capped = min(x, cap)
        if self._n == 0:
            self._mean = capped
            self._var = capped  # a Poisson's variance until the data says otherwise
        else:
            diff = capped - self._mean
            self._mean += self.alpha * diff
            self._var = (1 - self.alpha) * (getattr(self, "_var", 0.0) + self.alpha * diff * diff)
        self._n += 1

    def _formed(self, counts: list[float], done: bool) -> None:
        """The baseline from the forming windows so far (from the ``warmup``-th on, at every window),
        each capped at ``max_ratio_update`` times the larger of their median and the latest window
        (at least ``prior``) plus ``min_count``.  A ramp's windows lie under that cap (its latest
        window is its highest) and count as they are, as in the plain mean; an early incident's (600
        errors among windows of 0, quiet since) count as the cap.  ``done``: the baseline is formed
        and the windows are dropped."""
        ordered = sorted(counts)
        half = len(ordered) // 2
        median = ordered[half] if len(ordered) % 2 else 0.5 * (ordered[half - 1] + ordered[half])
        cap = self.max_ratio_update * max(median, counts[-1], self.prior) + self.min_count
        capped = [min(c, cap) for c in counts]
        mean = sum(capped) / len(capped)
        self._mean = mean
        self._var = sum((c - mean) ** 2 for c in capped) / len(capped)
        if done:
            self._formation = None

    def update(self, x: float, t: object = None) -> SpikeResult:  # type: ignore[override]
        """Score then learn a window of ``x`` errors that starts at ``t``."""
        x = float(x)
        ts = to_seconds(t)
        expected = self.expected
        score, p = self._test(x)
        self.learn_one(x)
        start = math.nan if ts is None else ts
        return SpikeResult(score, x, expected, p, start, start + self.window)


class ErrorSpikeTracker:
    """Count error events per key in fixed windows and test each closed window.

    Keys are whatever the caller groups by: ``service`` and
    ``(service, error_type)`` for the pipeline.  Windows are aligned to
    multiples of ``window`` seconds; a window is tested when an event of a
    later window arrives or :meth:`flush` is called with a time past its end.
    Windows without events count as zero.

    An open window is also tested as it fills, against a whole window's
    expectation: once its count so far scores ``early_score`` or more, that
    result is returned at once (once per window) instead of when the window
    closes.  A window's count only grows, so its final score is at least the
    early one: reporting early adds no false alarm, it only removes up to a
    window of delay.

    Parameters
    ----------
    window
        Window length in seconds.
    max_gap_windows
        At most this many empty windows are replayed into a key's baseline
        after a silence (a long silence is a handful of quiet windows, not
        thousands of loop iterations).
    early_score
        Score at which an open window is reported before it closes; above 1
        turns early reports off.
    **params
        Parameters of each key's :class:`ErrorSpikeDetector`.

    Examples
    --------
    >>> tr = ErrorSpikeTracker(window=60.0)
    >>> for minute in range(60):
    ...     for _ in range(4):
    ...         _ = tr.add("checkout", 60.0 * minute + 1)
    >>> for _ in range(200):
    ...     _ = tr.add("checkout", 3600.0 + 5)
    >>> [(k, r.observed, r.score) for k, r in tr.flush(3660.0) if r.score > 0.5]
    [('checkout', 200.0, 1.0)]

    The burst was reported while its window was still open (the quiet hour before it was learned as
    empty windows, as the flush opened the next window; the drop from four a minute to none is counted
    in the baseline's dispersion too):

    >>> early = [tr.add("checkout", 7200.0 + 5) for _ in range(30)]
    >>> [(k, r.observed) for found in early for k, r in found if r.score >= 0.5]
    [('checkout', 25.0)]
    """

    def __init__(self, window: float = 60.0, max_gap_windows: int = 60, early_score: float = 0.5,
                 **params: float) -> None:
        self.window = window
        self.max_gap_windows = max_gap_windows
        self.early_score = early_score
        self.params = dict(params)
        self._detectors: dict[Hashable, ErrorSpikeDetector] = {}
        self._open: dict[Hashable, tuple[int, float]] = {}
        self._early: dict[Hashable, int] = {}  # key -> index of the window already reported early

    def __setstate__(self, state: dict[str, object]) -> None:
        # state pickled before early reports existed
        self.__dict__.update({"early_score": 0.5, "_early": {}} | state)

    def _detector(self, key: Hashable) -> ErrorSpikeDetector:
        det = self._detectors.get(key)
        if det is None:
            det = ErrorSpikeDetector(window=self.window, **self.params)  # type: ignore[arg-type]
            self._detectors[key] = det
        return det

    def add(self, key: Hashable, t: float, n: float = 1.0) -> list[tuple[Hashable, SpikeResult]]:
        """Count ``n`` errors for ``key`` at time ``t``; return results of windows it closes."""
        idx = int(t // self.window)
        out: list[tuple[Hashable, SpikeResult]] = []
        current = self._open.get(key)
        if current is not None and current[0] != idx:
            out = [(key, r) for r in self._close(key, current, idx)]
            current = None
        count = n if current is None else current[1] + n
        self._open[key] = (idx, count)
        if self.early_score <= 1.0 and self._early.get(key) != idx:
            det = self._detector(key)
            score, p = det._test(count)
            if score >= self.early_score:
                self._early[key] = idx
                start = idx * self.window
                out.append((key, SpikeResult(score, count, det.expected, p, start, start + self.window)))
        return out

    def _close(self, key: Hashable, current: tuple[int, float], next_idx: int) -> list[SpikeResult]:
        det = self._detector(key)
        idx, count = current
        results = [det.update(count, idx * self.window)]
        empty = min(next_idx - idx - 1, self.max_gap_windows)
        for j in range(1, empty + 1):
            det.update(0.0, (idx + j) * self.window)
        return results

    def flush(self, now: float) -> list[tuple[Hashable, SpikeResult]]:
        """Test every open window that ended before ``now``; the windows since, up to ``now``'s, are
        learned as empty and ``now``'s is opened empty, so quiet windows keep counting as zero between
        flushes (the pipeline flushes every few seconds)."""
        idx_now = int(now // self.window)
        out: list[tuple[Hashable, SpikeResult]] = []
        for key, current in list(self._open.items()):
            if current[0] < idx_now:
                out.extend((key, r) for r in self._close(key, current, idx_now))
                self._open[key] = (idx_now, 0.0)
        return out

    def start(self, key: Hashable, t: float) -> None:
        """Count ``key``'s windows from ``t`` on, as zero until its errors come (a service's first
        record): a service quiet since it started has that quiet as its baseline when it first fails,
        instead of starting its baseline with the failure.  A key already counted is left as it is."""
        if not self.counts(key):
            self._open[key] = (int(t // self.window), 0.0)

    def counts(self, key: Hashable) -> bool:
        """Whether ``key``'s windows are counted (it has an open window or a baseline)."""
        return key in self._open or key in self._detectors
