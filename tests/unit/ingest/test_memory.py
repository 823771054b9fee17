"""Memory given back after large requests (issue #15: RSS never fell back after a burst)."""

from __future__ import annotations

import asyncio
import platform
import threading

import pytest
from prometheus_client import CollectorRegistry

from pipeline.ingest.body import OFF_LOOP_BYTES, decode
from pipeline.ingest.limits import Limits
from pipeline.ingest.memory import Trimmer, malloc_trim
from pipeline.ingest.metrics import IngestMetrics
from pipeline.ingest.receiver import Receiver, Request


class Calls:
    def __init__(self) -> None:
        self.args: list[int] = []
        self.threads: set[int] = set()

    def __call__(self, pad: int) -> int:
        self.args.append(pad)
        self.threads.add(threading.get_ident())
        return 1


async def test_a_burst_costs_a_trim_at_once_and_one_after_the_interval() -> None:
    calls = Calls()
    trimmer = Trimmer(0.2, calls)
    trimmer.done()
    await asyncio.sleep(0.05)
    assert calls.args == [0]  # the first request of a burst: at once
    assert threading.get_ident() not in calls.threads  # off the event loop
    for _ in range(5):  # the rest of the burst, within the interval: folded into one
        trimmer.done()
        await asyncio.sleep(0.01)
    assert calls.args == [0]
    await asyncio.sleep(0.3)
    assert calls.args == [0, 0]  # the burst's last request is followed by a trim
    await asyncio.sleep(0.25)
    assert calls.args == [0, 0]  # and nothing more while no request ends
    await trimmer.stop()
    await trimmer.stop()


async def test_off_or_without_glibc_nothing_is_called() -> None:
    calls = Calls()
    for trimmer in (Trimmer(0, calls), Trimmer(1.0, None)):
        assert not trimmer.enabled
        trimmer.done()
        await asyncio.sleep(0.02)
        await trimmer.stop()
    assert calls.args == []


async def test_a_failing_trim_is_given_up_not_raised() -> None:
    def broken(_pad: int) -> int:
        raise OSError("no")

    trimmer = Trimmer(0.01, broken)
    trimmer.done()
    await asyncio.sleep(0.05)
    assert trimmer.trims == 1 and not trimmer.enabled
    trimmer.done()  # a no-op now
    await trimmer.stop()


async def test_stop_cancels_a_trim_waiting_for_its_turn() -> None:
    calls = Calls()
    trimmer = Trimmer(10.0, calls)
    trimmer.done()
    await asyncio.sleep(0.05)
    trimmer.done()  # waits ten seconds for its turn
    await trimmer.stop()
    assert calls.args == [0]


async def test_only_requests_that_decoded_a_large_body_ask_for_a_trim() -> None:
    receiver = Receiver(None, IngestMetrics(CollectorRegistry()), Limits(), {})  # type: ignore[arg-type]
    calls = Calls()
    receiver.trimmer = Trimmer(0.01, calls)
    with receiver.admit(Request("logs", "t", size=10)):
        assert await decode(OFF_LOOP_BYTES - 1, len, b"small") == 5  # decoded in place
    await asyncio.sleep(0.05)
    assert calls.args == []
    with receiver.admit(Request("logs", "t", size=10)):
        assert await decode(OFF_LOOP_BYTES, len, b"large") == 5  # in a worker thread
        await asyncio.sleep(0.05)
        assert calls.args == []  # not while the request holds what it decoded
    await asyncio.sleep(0.05)
    assert calls.args == [0]
    await receiver.trimmer.stop()


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_malloc_trim_is_found_on_glibc() -> None:
    assert malloc_trim is not None
    assert malloc_trim(0) in (0, 1)


def test_decoded_records_are_held_under_the_byte_budget() -> None:
    # JSON-log and bulk records are Python objects until Kafka has them: ~70 MB for 100,000
    from pipeline.ingest.body import DECODED_RECORD_BYTES, hold_decoded
    from pipeline.ingest.errors import Throttled

    budget = 1000 * DECODED_RECORD_BYTES
    receiver = Receiver(None, IngestMetrics(CollectorRegistry()), Limits(), {}, max_in_flight_bytes=budget)  # type: ignore[arg-type]
    with receiver.admit(Request("logs", "t", size=100)) as alone:
        hold_decoded(5000)  # alone: always let in, whatever it holds
        assert alone.bytes == 100 + 5000 * DECODED_RECORD_BYTES == receiver.in_flight_bytes
    with receiver.admit(Request("logs", "t", size=100)):
        hold_decoded(600)
        with receiver.admit(Request("logs", "t", size=100)) as second:
            with pytest.raises(Throttled, match="in-flight byte limit"):
                hold_decoded(600)  # would pass the budget beside the first: 429, nothing produced
            hold_decoded(300)
            assert second.bytes == 100 + 300 * DECODED_RECORD_BYTES
    assert receiver.in_flight_bytes == 0
    hold_decoded(10)  # outside a request: nothing to charge
