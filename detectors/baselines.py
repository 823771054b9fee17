"""Baseline detectors to measure the default one against.

* :class:`HalfSpaceTreesDetector` (``hst``): river's Half-Space Trees on the
  value scaled by a running min/max, river's usual pipeline.
* :class:`WindowedGaussianDetector` (``windowed_gaussian``): NAB's windowed
  Gaussian baseline (Gaussian tail of the value against the mean and standard
  deviation of a sliding window, refreshed every ``step`` points).  Its NAB
  scores on the shared subset match the published ones, which is how the
  project's scorer was checked.
"""

from __future__ import annotations

import math
from collections import deque

from detectors.base import Detector

__all__ = ["HalfSpaceTreesDetector", "WindowedGaussianDetector"]


class HalfSpaceTreesDetector(Detector):
    """River's Half-Space Trees on a min/max-scaled value.

    Parameters
    ----------
    n_trees, height, window_size
        Passed to :class:`river.anomaly.HalfSpaceTrees`.
    seed
        Random seed of the trees.

    Examples
    --------
    >>> import random
    >>> rng = random.Random(1)
    >>> det = HalfSpaceTreesDetector(seed=42)
    >>> for _ in range(600):
    ...     det.learn_one(rng.gauss(10, 1))
    >>> det.score_one(10.0) < det.score_one(40.0)
    True
    """

    name = "hst"

    def __init__(
        self, n_trees: int = 10, height: int = 8, window_size: int = 250, seed: int = 42
    ) -> None:
        self.n_trees = n_trees
        self.height = height
        self.window_size = window_size
        self.seed = seed
        # river (and scipy with it, ~70 MB and most of a second) loads only when
        # this detector is built, not in every process that imports detectors/
        from river import anomaly, compose, preprocessing

        self._model = compose.Pipeline(
            preprocessing.MinMaxScaler(),
            anomaly.HalfSpaceTrees(
                n_trees=n_trees, height=height, window_size=window_size, seed=seed
            ),
        )

    def score_one(self, x: float, t: object = None) -> float:
        """Half-Space Trees score of ``x`` (in [0, 1])."""
        return float(self._model.score_one({"x": float(x)}))

    def learn_one(self, x: float, t: object = None) -> None:
        """Learn ``x``."""
        self._model.learn_one({"x": float(x)})


class WindowedGaussianDetector(Detector):
    """NAB's windowed Gaussian: ``1 - Q(|x - mean| / std)`` over a sliding window.

    Parameters
    ----------
    window
        Values in the window.
    step
        Once the window is full, it slides by ``step`` values at a time.

    Examples
    --------
    >>> det = WindowedGaussianDetector(window=100, step=10)
    >>> for i in range(200):
    ...     det.learn_one(float(i % 7))
    >>> det.score_one(3.0) < 0.6 < det.score_one(30.0)
    True
    """

    name = "windowed_gaussian"

    def __init__(self, window: int = 6400, step: int = 100) -> None:
        self.window = window
        self.step = step
        self._values: deque[float] = deque()
        self._pending: list[float] = []
        self._sum = 0.0
        self._sumsq = 0.0
        self._mean = 0.0
        self._std = 1.0

    def score_one(self, x: float, t: object = None) -> float:
        """Probability mass closer to the mean than ``x`` (0 before any data)."""
        if not self._values:
            return 0.0
        z = abs(float(x) - self._mean) / self._std
        return 1.0 - 0.5 * math.erfc(z / math.sqrt(2.0))

    def _push(self, x: float) -> None:
        self._values.append(x)
        self._sum += x
        self._sumsq += x * x

    def _refresh(self) -> None:
        n = len(self._values)
        self._mean = self._sum / n
        var = max(self._sumsq / n - self._mean * self._mean, 0.0)
        self._std = math.sqrt(var) or 1e-6

    def learn_one(self, x: float, t: object = None) -> None:
        """Add ``x`` to the window (or to the batch that slides it)."""
        x = float(x)
        if len(self._values) < self.window:
            self._push(x)
            self._refresh()
            return
        self._pending.append(x)
        if len(self._pending) == self.step:
            for v in self._pending:
                old = self._values.popleft()
                self._sum -= old
                self._sumsq -= old * old
                self._push(v)
            self._pending = []
            # Recompute the sums now and then against float drift.
            self._sum = math.fsum(self._values)
            self._sumsq = math.fsum(v * v for v in self._values)
            self._refresh()
