"""The protocol every Sightline detector follows.

River's anomaly detectors are the model:

* constructor keyword arguments are the parameters (``repr`` shows them,
  :meth:`Detector.clone` rebuilds a fresh detector from them);
* ``learn_one(x, t=None)`` updates the state with one observation,
  ``score_one(x, t=None)`` returns a score in [0, 1] (high = anomalous) and
  never changes the state;
* ``update(x, t=None)`` does both in one pass (score first, then learn) and
  returns a :class:`Result` with the expected value and band, which is what
  the processors call: an alert must say what was expected;
* no I/O, deterministic (a ``seed`` parameter where there is randomness),
  plain-Python state so that detectors pickle into faust tables.

``x`` is a float.  ``t`` is the observation time in seconds since the epoch
(a ``float``, or a ``datetime``/``numpy.datetime64`` which is converted);
detectors that model seasonality need it, the others ignore it.  When ``t`` is
omitted a detector counts observations instead, so seasonality is off.
"""

from __future__ import annotations

import datetime as _dt
import inspect
import math
from typing import Any, ClassVar, NamedTuple, Protocol, Self, runtime_checkable

__all__ = ["Detector", "MetricDetector", "Result", "to_seconds"]


class Result(NamedTuple):
    """What a detector says about one observation.

    An immutable named tuple rather than a frozen dataclass: detectors build
    one per observation, and a frozen dataclass costs about ten times as much
    to build (a large share of a detector's time per point).  Hot paths build
    it with ``tuple.__new__(Result, (score, observed, expected, lower,
    upper))``, which skips even the named tuple's own ``__new__``.

    Attributes
    ----------
    score
        Anomaly score in [0, 1]; high = anomalous.
    observed
        The observed value.
    expected
        What the detector expected (its forecast before seeing the value).
    lower, upper
        The band of ordinary values around ``expected``; an observation far
        outside it scores high.
    """

    score: float
    observed: float
    expected: float
    lower: float
    upper: float


def to_seconds(t: object) -> float | None:
    """Convert a timestamp to seconds since the epoch (``None`` stays ``None``).

    >>> to_seconds(90.5)
    90.5
    >>> to_seconds(_dt.datetime(1970, 1, 2, tzinfo=_dt.UTC))
    86400.0
    """
    if t is None:
        return None
    if isinstance(t, int | float):
        return float(t)
    if isinstance(t, _dt.datetime):
        if t.tzinfo is None:
            t = t.replace(tzinfo=_dt.UTC)
        return t.timestamp()
    # numpy.datetime64 and anything else that converts to microseconds.
    try:
        import numpy as np

        return float(np.datetime64(t, "us").astype("int64")) / 1e6  # type: ignore[call-overload]
    except (TypeError, ValueError) as exc:
        raise TypeError(f"cannot interpret {t!r} as a timestamp") from exc


@runtime_checkable
class MetricDetector(Protocol):
    """Structural type of a detector the processors can drive."""

    def learn_one(self, x: float, t: object = None) -> None: ...

    def score_one(self, x: float, t: object = None) -> float: ...

    def update(self, x: float, t: object = None) -> Result: ...


class Parameterised:
    """River's convention: the constructor's keyword arguments are the parameters.

    Gives ``clone`` (same parameters, no state) and a ``repr`` of the parameters
    to every detector family (metric detectors here, template detectors in
    :mod:`detectors.templates`).
    """

    def _get_params(self) -> dict[str, Any]:
        sig = inspect.signature(type(self).__init__)
        return {p: getattr(self, p) for p in sig.parameters if p != "self"}

    def clone(self) -> Self:
        """A fresh detector with the same parameters and no state."""
        return type(self)(**self._get_params())

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self._get_params().items())
        return f"{type(self).__name__}({args})"


class Detector(Parameterised):
    """Base class: parameters from the constructor, ``clone``, ``repr``, ``update``.

    Subclasses implement ``learn_one`` and ``score_one``; the default
    :meth:`update` scores then learns and reports a band of ``nan`` (no
    forecast).  Detectors with a forecast override :meth:`update` to do both in
    one pass.
    """

    #: Short name under which the detector is registered.
    name: ClassVar[str] = ""

    def learn_one(self, x: float, t: object = None) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def score_one(self, x: float, t: object = None) -> float:  # pragma: no cover - abstract
        raise NotImplementedError

    def update(self, x: float, t: object = None) -> Result:
        """Score ``x`` against the state so far, then learn it."""
        score = self.score_one(x, t)
        self.learn_one(x, t)
        return Result(score, float(x), math.nan, math.nan, math.nan)
