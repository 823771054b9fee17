"""A Probe's loop ends when stopped, even when the stop's cancel lands as a check completes.

Python 3.11's ``asyncio.wait_for`` returns the inner result instead of raising when its
caller is cancelled just as the inner awaitable finishes (fixed in 3.12); the probe loop
then went on checking, and ``stop()`` waited for it forever (seen as a hung integration
test teardown, the Kafka probe's task "cancelling" in its sleep).
"""

from __future__ import annotations

import asyncio

from pipeline.component import Probe


async def test_a_cancel_landing_as_a_check_completes_still_ends_the_loop() -> None:
    calls = 0
    probe: Probe

    async def check() -> None:
        nonlocal calls
        calls += 1
        if calls == 2:  # the second check (the loop's first) finishes as its task is cancelled
            for task in list(probe._tasks):
                task.cancel()

    probe = Probe("kafka", check, interval=0.001)
    await probe.start()
    [loop_task] = list(probe._tasks)
    done, _ = await asyncio.wait([loop_task], timeout=2)
    if not done:
        loop_task.cancel()
    assert done and loop_task.cancelled(), f"the loop went on after its cancel: {calls} checks"
    assert calls == 2
    await asyncio.wait_for(probe.stop(), 2)
