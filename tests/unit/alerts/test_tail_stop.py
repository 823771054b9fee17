"""``sightline alerts tail`` closes its consumer when Ctrl-C comes while it joins, and a slow
broker does not hold the exit (the consumer is a stand-in: what is checked is tail's own code)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from pipeline.alerts import tail as tail_module
from pipeline.config import load_config


class _Consumer:
    def __init__(self, start_blocks: bool, stop_takes: float) -> None:
        self.start_blocks, self.stop_takes = start_blocks, stop_takes
        self.stopped = False

    async def start(self) -> None:
        if self.start_blocks:
            await asyncio.Event().wait()  # a group join that has not finished

    async def stop(self) -> None:
        await asyncio.sleep(self.stop_takes)
        self.stopped = True

    def __aiter__(self) -> _Consumer:
        return self

    async def __anext__(self) -> Any:
        await asyncio.Event().wait()  # no alert comes


async def _cancelled_tail(monkeypatch: pytest.MonkeyPatch, consumer: _Consumer) -> float:
    monkeypatch.setattr(tail_module, "make_consumer", lambda *a, **k: consumer)
    monkeypatch.setattr(tail_module, "STOP_TIMEOUT_S", 0.2)
    task = asyncio.ensure_future(tail_module.tail(load_config(environ={})))
    await asyncio.sleep(0.05)
    loop = asyncio.get_running_loop()
    started = loop.time()
    task.cancel()  # what asyncio.run does with the main task on Ctrl-C
    with pytest.raises(asyncio.CancelledError):
        await task
    return loop.time() - started


async def test_ctrl_c_while_joining_stops_the_consumer(monkeypatch: pytest.MonkeyPatch) -> None:
    consumer = _Consumer(start_blocks=True, stop_takes=0)
    await _cancelled_tail(monkeypatch, consumer)
    assert consumer.stopped  # before: never stopped ("Unclosed AIOKafkaConsumer" on exit)


async def test_ctrl_c_while_reading_stops_the_consumer(monkeypatch: pytest.MonkeyPatch) -> None:
    consumer = _Consumer(start_blocks=False, stop_takes=0)
    await _cancelled_tail(monkeypatch, consumer)
    assert consumer.stopped


async def test_a_slow_stop_does_not_hold_the_exit(monkeypatch: pytest.MonkeyPatch) -> None:
    consumer = _Consumer(start_blocks=False, stop_takes=30)
    took = await _cancelled_tail(monkeypatch, consumer)
    assert took < 10 and not consumer.stopped
