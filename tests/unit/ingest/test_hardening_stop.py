"""Issue #15: SIGTERM stops ``sightline up`` promptly even when a component's stop hangs."""

from __future__ import annotations

import asyncio

from prometheus_client import CollectorRegistry

from pipeline.component import Component
from pipeline.config import load_config
from pipeline.runner import run_until_signal


class _Stuck(Component):
    name = "stuck"

    async def _start(self) -> None:
        return None

    async def _stop(self) -> None:
        await asyncio.Event().wait()  # a flush that never completes


class _Fine(Component):
    name = "fine"
    stopped = False

    async def _start(self) -> None:
        return None

    async def _stop(self) -> None:
        self.stopped = True


async def test_a_stop_that_hangs_is_abandoned_and_the_others_still_stop() -> None:
    cfg = load_config(environ={}, overrides={"admin.port": 0})
    stop = asyncio.Event()
    fine = _Fine()
    stop.set()
    # without the stop timeout this never returns (the guard turns a hang into a failure)
    await asyncio.wait_for(run_until_signal(cfg, CollectorRegistry(), [fine, _Stuck()], stop=stop, stop_timeout=0.5), 60)
    assert fine.stopped  # stopped after the stuck one was abandoned (reverse order)


class _Deaf(Component):
    """A background task that takes its time over a cancel (a client's own cleanup, say)."""

    name = "deaf"
    stopped = False

    async def _start(self) -> None:
        self.spawn(self._work(), "work")

    async def _work(self) -> None:
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            await asyncio.sleep(30)  # ignores the cancel for 30 s

    async def _stop(self) -> None:
        self.stopped = True


async def test_a_timeout_around_stop_is_not_swallowed_while_a_task_ignores_its_cancel() -> None:
    deaf = _Deaf()
    await deaf.start()
    await asyncio.sleep(0)  # the task is waiting
    loop = asyncio.get_running_loop()
    started = loop.time()
    try:
        await asyncio.wait_for(deaf.stop(), 0.3)
    except TimeoutError:
        timed_out = True
    else:
        timed_out = False
    took = loop.time() - started
    # before: the timeout's cancel was swallowed while stop() awaited the task, and stop()
    # went on to _stop() and returned as if it had finished, its task still running
    assert timed_out and took < 10, (timed_out, took)
    assert not deaf.stopped  # abandoned, as the runner does with a stuck stop
    for task in list(deaf._tasks):
        task.cancel()
