"""The processor's faust app uses Sightline's recovery; the task dump names where tasks wait."""

from __future__ import annotations

import asyncio
import shutil

from prometheus_client import CollectorRegistry

from pipeline.config import Config
from pipeline.process.recovery import Recovery
from pipeline.process.service import Processor
from pipeline.runner import _await_chain


def test_processor_app_recovers_with_the_quiescing_recovery() -> None:
    proc = Processor(Config(), CollectorRegistry())
    try:
        assert type(proc.app.tables.recovery) is Recovery
    finally:
        shutil.rmtree(proc._tmp_datadir or "", ignore_errors=True)


async def test_await_chain_reaches_the_innermost_frame() -> None:
    event = asyncio.Event()

    async def inner() -> None:
        await event.wait()

    async def outer() -> None:
        await inner()

    task = asyncio.create_task(outer(), name="waiter")
    await asyncio.sleep(0)
    chain = _await_chain(task)
    event.set()
    await task
    names = [frame.rsplit(" ", 1)[-1] for frame in chain]
    assert names[:3] == ["outer", "inner", "wait"]


def test_processor_is_not_ready_while_its_group_rebalances() -> None:
    """Joined once is not enough: during a rebalance (faust pauses the streams) readiness says why."""
    proc = Processor(Config(), CollectorRegistry())
    try:
        assert "joining" in proc.failing()["consumer_group"]
        proc.joined = True
        proc.app.rebalancing = True
        assert "rebalancing" in proc.failing()["consumer_group"]
        proc.app.rebalancing = False
        assert "consumer_group" not in proc.failing()
    finally:
        shutil.rmtree(proc._tmp_datadir or "", ignore_errors=True)
