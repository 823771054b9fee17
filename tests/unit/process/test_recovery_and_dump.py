"""The processor's faust app uses Sightline's recovery and stops when faust crashes; the task dump names where tasks wait."""

from __future__ import annotations

import asyncio
import shutil
import signal

from faust.exceptions import ConsistencyError
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


def test_memory_tables_skip_fausts_persisted_offset_check() -> None:
    """In-memory tables have no persisted offsets; the check only crashed recovery against lagging end offsets."""
    proc = Processor(Config(), CollectorRegistry())
    try:
        assert proc.app.conf.recovery_consistency_check is False
    finally:
        shutil.rmtree(proc._tmp_datadir or "", ignore_errors=True)


async def test_a_crashed_faust_app_stops_the_processor_and_says_why() -> None:
    """A table recovery that raises crashes faust's app; the processor then stops itself (SIGTERM to its
    own process, which the runner turns into an orderly stop) and reports the reason as not ready."""
    proc = Processor(Config(), CollectorRegistry())
    loop = asyncio.get_running_loop()
    terminated = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, terminated.set)
    try:
        watch = asyncio.create_task(proc._watch_crash(interval_s=0.01))
        await asyncio.sleep(0.05)
        assert not terminated.is_set() and proc.fatal == ""  # nothing crashed: it keeps watching
        await proc.app.tables.recovery.crash(ConsistencyError("persisted offset past the highwater"))
        await asyncio.wait_for(terminated.wait(), 5)
        await watch
        assert "ConsistencyError" in proc.fatal
        assert "ConsistencyError" in proc.failing()["faust"]
    finally:
        loop.remove_signal_handler(signal.SIGTERM)
        shutil.rmtree(proc._tmp_datadir or "", ignore_errors=True)


async def test_in_sightline_up_a_crash_is_reported_and_the_process_left_running() -> None:
    """Inside ``sightline up`` the embedded broker shares the process: stopping would lose its data."""
    proc = Processor(Config(), CollectorRegistry(), exit_on_crash=False)
    loop = asyncio.get_running_loop()
    terminated = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, terminated.set)
    try:
        await proc.app.tables.recovery.crash(ConsistencyError("persisted offset past the highwater"))
        await asyncio.wait_for(proc._watch_crash(interval_s=0.01), 5)
        await asyncio.sleep(0.05)
        assert not terminated.is_set()
        assert "restart sightline" in proc.failing()["faust"]
    finally:
        loop.remove_signal_handler(signal.SIGTERM)
        shutil.rmtree(proc._tmp_datadir or "", ignore_errors=True)
