"""A DDSketch-style log-bucketed quantile sketch, in numpy.

Values map to bucket ``i = ceil(log_γ(v))`` with ``γ = (1 + α) / (1 - α)``;
bucket ``i`` covers ``(γ^(i-1), γ^i]`` and is reported as ``2γ^i / (γ + 1)``,
which is within relative error ``α`` of every value in the bucket.  So a
quantile read from the counts is within ``α`` (default 1%) of the true
quantile's value (Masson, Rim & Lee, *DDSketch*, VLDB 2019).  Counts of two
sketches over the same mapping simply add, so windows and partitions merge
exactly.  Values at or below ``min_value`` (zero, negatives) are counted in
the lowest bucket and reported as ``min_value``; values above ``max_value``
are clamped: the bound holds on ``[min_value, max_value]``.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

__all__ = ["SketchMapping"]

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


class SketchMapping:
    """Value ↔ bucket index for a relative accuracy ``alpha``.

    Parameters
    ----------
    alpha
        Relative accuracy: every quantile is within ``alpha × value``.
    min_value, max_value
        The range the bound holds on.

    Examples
    --------
    >>> m = SketchMapping(0.01)
    >>> values = np.random.default_rng(7).lognormal(3, 1, 10_000)
    >>> idx = m.index(values)
    >>> lo, counts = m.histogram(idx)
    >>> est = m.quantiles(lo, counts, [0.5, 0.99])
    >>> exact = np.quantile(values, [0.5, 0.99], method="lower")
    >>> bool(np.all(np.abs(est - exact) <= 0.01 * exact + 1e-9))
    True
    """

    def __init__(self, alpha: float = 0.01, min_value: float = 1e-9, max_value: float = 1e18) -> None:
        if not 0 < alpha < 1:
            raise ValueError("alpha must be in (0, 1)")
        self.alpha = alpha
        self.gamma = (1 + alpha) / (1 - alpha)
        self.log_gamma = math.log(self.gamma)
        self.min_value = min_value
        self.max_value = max_value

    def index(self, values: npt.ArrayLike) -> IntArray:
        """Bucket index of each value."""
        v = np.clip(np.asarray(values, dtype=np.float64), self.min_value, self.max_value)
        return np.ceil(np.log(v) / self.log_gamma).astype(np.int64)

    def index_one(self, value: float) -> int:
        """:meth:`index` of one value, without an array."""
        v = min(max(float(value), self.min_value), self.max_value)
        return math.ceil(math.log(v) / self.log_gamma)

    def value(self, index: npt.ArrayLike) -> FloatArray:
        """The representative value of each bucket index."""
        i = np.asarray(index, dtype=np.float64)
        out: FloatArray = 2.0 * np.exp(i * self.log_gamma) / (self.gamma + 1.0)
        return out

    def histogram(self, index: IntArray, weights: npt.ArrayLike | None = None) -> tuple[int, FloatArray]:
        """Dense counts over ``[lo, hi]`` for a set of indices: ``(lo, counts)``."""
        if index.size == 0:
            return 0, np.zeros(0)
        lo = int(index.min())
        return lo, np.bincount(index - lo, weights=weights).astype(np.float64)

    def quantiles(self, lo: int, counts: FloatArray, qs: npt.ArrayLike) -> FloatArray:
        """Quantiles from dense bucket counts starting at index ``lo``; NaN when empty.

        Uses the lower rank convention: the value of rank ``floor(q × (n - 1))``.
        """
        q = np.asarray(qs, dtype=np.float64)
        total = float(counts.sum())
        if total <= 0:
            return np.full(q.shape, np.nan)
        cum = np.cumsum(counts)
        ranks = np.floor(q * (total - 1))
        pos = np.searchsorted(cum, ranks, side="right")
        pos = np.minimum(pos, counts.size - 1)
        return self.value(pos + lo)
