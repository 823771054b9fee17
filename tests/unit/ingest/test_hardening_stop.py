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
