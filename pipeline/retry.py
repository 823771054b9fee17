"""The one backoff policy, and a retry loop that decides from the error's class.

Every loop that waits for a dependency (Kafka at start-up, the search store,
an alert target, the dead-letter topic) uses :class:`Backoff`: exponential,
capped, with jitter so a fleet that lost the same dependency does not come
back in lock-step.

Whether an error is worth retrying belongs to the error, never to its message
text (aiokafka's ``KafkaError.retriable``, the OpenTelemetry Collector's
``consumererror.NewPermanent``): :func:`is_retriable` reads the ``retriable``
attribute that :class:`~pipeline.errors.RetryableError` and aiokafka's errors
carry; a caller whose dependency raises classes without that attribute (the
Elasticsearch client) names the classes to retry with ``retry_on``.

>>> import asyncio
>>> from pipeline.errors import RetryableError
>>> calls = []
>>> async def flaky():
...     calls.append(1)
...     if len(calls) < 3:
...         raise RetryableError("not yet")
...     return "done"
>>> async def no_wait(_delay):
...     return None
>>> asyncio.run(retry(flaky, Backoff(), what="flaky", wait=no_wait)), len(calls)
('done', 3)
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from pipeline.log import get_logger

__all__ = ["Backoff", "is_retriable", "retry", "retry_after"]

T = TypeVar("T")

log = get_logger("retry")


@dataclass(frozen=True, slots=True)
class Backoff:
    """Exponential backoff, capped, with jitter.

    The ``attempt``-th delay (from 0) is ``d = min(maximum, initial × multiplier^attempt)``
    scaled by a uniform factor in ``[1 - jitter, 1]``: with the default
    ``jitter=0.5``, uniform in ``[d/2, d]``.

    Parameters
    ----------
    initial
        The first delay, seconds.
    maximum
        The longest delay, seconds (before jitter).
    multiplier
        Growth per attempt.
    jitter
        Fraction of the delay that is random, 0 (none) to 1 (full jitter).

    Examples
    --------
    >>> policy = Backoff(initial=0.5, maximum=4.0)
    >>> rng = random.Random(1)
    >>> [round(policy.delay(a, rng), 2) for a in range(6)]
    [0.28, 0.92, 1.76, 2.51, 2.99, 2.9]
    >>> Backoff(initial=1, maximum=8, jitter=0).delay(10)
    8.0
    """

    initial: float = 0.5
    maximum: float = 30.0
    multiplier: float = 2.0
    jitter: float = 0.5

    def __post_init__(self) -> None:
        if self.initial <= 0 or self.maximum < self.initial:
            raise ValueError(f"backoff needs 0 < initial <= maximum, got {self.initial} and {self.maximum}")
        if self.multiplier < 1:
            raise ValueError(f"backoff multiplier must be at least 1, got {self.multiplier}")
        if not 0 <= self.jitter <= 1:
            raise ValueError(f"backoff jitter must be within [0, 1], got {self.jitter}")

    def delay(self, attempt: int, rng: random.Random | None = None) -> float:
        """Seconds to wait before retry number ``attempt + 1`` (``attempt`` counts from 0)."""
        try:
            base = float(min(self.maximum, self.initial * self.multiplier**attempt))
        except OverflowError:  # a long outage: the power left the float range long after the cap
            base = float(self.maximum)
        if not self.jitter:
            return base
        return base * (1 - self.jitter + self.jitter * (rng or random).random())

    def delays(self, rng: random.Random | None = None) -> Iterator[float]:
        """The delays of attempts 0, 1, 2, ... without end.

        >>> from itertools import islice
        >>> list(islice(Backoff(initial=1, maximum=5, jitter=0).delays(), 5))
        [1.0, 2.0, 4.0, 5.0, 5.0]
        """
        attempt = 0
        while True:
            yield self.delay(attempt, rng)
            attempt += 1


def is_retriable(exc: BaseException) -> bool:
    """Whether the error says the same work may succeed later (its ``retriable`` attribute).

    >>> from pipeline.errors import PermanentError, RetryableError
    >>> is_retriable(RetryableError("broker down")), is_retriable(PermanentError("bad input"))
    (True, False)
    >>> from aiokafka.errors import KafkaConnectionError, UnsupportedVersionError
    >>> is_retriable(KafkaConnectionError()), is_retriable(UnsupportedVersionError())
    (True, False)
    >>> is_retriable(ValueError("anything else"))
    False
    """
    return bool(getattr(exc, "retriable", False))


def retry_after(exc: BaseException) -> float | None:
    """The delay an error asks for (``retry_after`` seconds, e.g. from a ``Retry-After`` header), if any.

    >>> from pipeline.errors import RetryableError
    >>> retry_after(RetryableError("throttled", retry_after=5.0)), retry_after(RuntimeError())
    (5.0, None)
    """
    value = getattr(exc, "retry_after", None)
    return float(value) if isinstance(value, int | float) and value >= 0 else None


async def retry(
    operation: Callable[[], Awaitable[T]],
    policy: Backoff,
    *,
    what: str,
    retry_on: tuple[type[BaseException], ...] = (),
    wait: Callable[[float], Awaitable[None]] = asyncio.sleep,
    on_retry: Callable[[BaseException, float], None] | None = None,
    rng: random.Random | None = None,
    logger: logging.Logger | None = None,
) -> T:
    """Run ``operation`` until it succeeds or fails with an error that is not retriable.

    Parameters
    ----------
    operation
        Called anew for each attempt.
    policy
        The delays between attempts; an error's own ``retry_after`` is waited
        when it is longer.
    what
        Names the work in the warning logged before each wait.
    retry_on
        Error classes retried although they carry no ``retriable`` attribute
        (a client library's transport errors).  Everything else retriable is
        decided by :func:`is_retriable`.
    wait
        How to wait (a consumer waits with its partitions paused).
    on_retry
        Called with the error and the delay before each wait (count failures).
    rng
        Random source of the jitter (seed it in tests).
    logger
        Where the warnings go (the component's own logger); default ``sightline.retry``.

    Returns
    -------
    T
        What ``operation`` returned.

    Raises
    ------
    Exception
        The first error that is neither retriable nor one of ``retry_on``.
    """
    attempt = 0
    while True:
        try:
            return await operation()
        except Exception as exc:
            if not (isinstance(exc, retry_on) or is_retriable(exc)):
                raise
            delay = max(policy.delay(attempt, rng), retry_after(exc) or 0.0)
            attempt += 1
            if on_retry is not None:
                on_retry(exc, delay)
            reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            (logger or log).warning(f"{what} failed, retrying", extra={"reason": reason, "retry_s": round(delay, 2), "attempt": attempt})
            await wait(delay)
