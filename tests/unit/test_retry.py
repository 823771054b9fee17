"""The one backoff policy and the retry loop that decides from the error's class."""

from __future__ import annotations

import random

import pytest
from aiokafka.errors import KafkaConnectionError, UnsupportedVersionError
from hypothesis import given, seed, settings
from hypothesis import strategies as st

from pipeline.errors import PermanentError, RetryableError
from pipeline.retry import Backoff, retry


@seed(14)
@settings(max_examples=200, deadline=None)
@given(
    initial=st.floats(0.001, 10),
    factor=st.floats(1, 100),
    multiplier=st.floats(1, 4),
    jitter=st.floats(0, 1),
    attempt=st.integers(0, 10_000),
    rng_seed=st.integers(0, 2**32),
)
def test_delays_stay_within_the_jitter_band_under_the_cap(
    initial: float, factor: float, multiplier: float, jitter: float, attempt: int, rng_seed: int
) -> None:
    policy = Backoff(initial=initial, maximum=initial * factor, multiplier=multiplier, jitter=jitter)
    delay = policy.delay(attempt, random.Random(rng_seed))
    try:
        base = min(policy.maximum, initial * multiplier**attempt)
    except OverflowError:
        base = policy.maximum
    assert base * (1 - jitter) - 1e-9 <= delay <= base + 1e-9


def test_jitter_spreads_clients_that_failed_together() -> None:
    policy = Backoff(initial=1.0, maximum=1.0)
    delays = {round(policy.delay(3, random.Random(s)), 6) for s in range(50)}
    assert len(delays) == 50 and min(delays) >= 0.5 and max(delays) <= 1.0


@pytest.mark.parametrize("bad", [{"initial": 0}, {"initial": 2, "maximum": 1}, {"multiplier": 0.5}, {"jitter": 1.5}])
def test_nonsense_policies_are_refused(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        Backoff(**bad)


class _Script:
    """An operation that raises the given errors in turn, then answers."""

    def __init__(self, *errors: BaseException) -> None:
        self.errors = list(errors)
        self.calls = 0

    async def __call__(self) -> str:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return "ok"


async def test_retriable_errors_are_retried_with_growing_delays_and_the_errors_own_delay() -> None:
    waits: list[float] = []

    async def wait(delay: float) -> None:
        waits.append(delay)

    op = _Script(RetryableError("down"), KafkaConnectionError(), RetryableError("throttled", retry_after=7.0))
    seen: list[str] = []
    result = await retry(op, Backoff(initial=1, maximum=10, jitter=0), what="op", wait=wait,
                         on_retry=lambda exc, _: seen.append(type(exc).__name__))
    assert result == "ok" and op.calls == 4
    assert waits == [1.0, 2.0, 7.0]  # the third error asked for longer than the policy's 4 s
    assert seen == ["RetryableError", "KafkaConnectionError", "RetryableError"]


@pytest.mark.parametrize("error", [PermanentError("bad input"), UnsupportedVersionError(), ValueError("x")])
async def test_errors_that_are_not_retriable_propagate_at_once(error: Exception) -> None:
    async def wait(delay: float) -> None:
        raise AssertionError("no wait expected")

    op = _Script(error)
    with pytest.raises(type(error)):
        await retry(op, Backoff(), what="op", wait=wait)
    assert op.calls == 1


async def test_named_classes_are_retried_although_they_carry_no_retriable_attribute() -> None:
    waits: list[float] = []

    async def wait(delay: float) -> None:
        waits.append(delay)

    op = _Script(ConnectionResetError(), ConnectionResetError())
    assert await retry(op, Backoff(initial=0.1, maximum=0.1), what="op", retry_on=(OSError,), wait=wait) == "ok"
    assert len(waits) == 2 and all(0.05 <= w <= 0.1 for w in waits)
