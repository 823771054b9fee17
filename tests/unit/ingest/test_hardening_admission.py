"""Admission (issue #15): slots for requests being decoded, bytes for requests still arriving."""

from __future__ import annotations

from typing import Any

import pytest
from prometheus_client import CollectorRegistry

from pipeline.ingest.errors import Throttled
from pipeline.ingest.limits import Limits
from pipeline.ingest.metrics import IngestMetrics
from pipeline.ingest.receiver import Receiver, Request, current_admission


def _receiver(**kwargs: Any) -> Receiver:
    metrics = IngestMetrics(CollectorRegistry())
    return Receiver(None, metrics, Limits(max_body_bytes=10_000), {}, **kwargs)  # type: ignore[arg-type]


def test_a_reading_request_holds_bytes_not_a_slot() -> None:
    receiver = _receiver(max_in_flight=2, max_in_flight_bytes=5000)
    with receiver.admit(Request("logs", "t", size=3000)) as slow:
        assert receiver.in_flight == 1 and receiver.in_flight_bytes == 3000
        assert current_admission() is slow
        slow.reading()  # read_body gives the slot back while the body arrives
        assert receiver.in_flight == 0
        with receiver.admit(Request("logs", "t", size=1000)):  # another is served meanwhile
            assert receiver.in_flight == 1 and receiver.in_flight_bytes == 4000
            with pytest.raises(Throttled, match="byte limit"):  # but not past the byte budget
                with receiver.admit(Request("logs", "t", size=1001)):
                    pass
            with receiver.admit(Request("logs", "t", size=1)):
                assert receiver.in_flight == 2
                with pytest.raises(Throttled, match=r"in-flight limit \(2 requests\)"):  # nor past the slots
                    with receiver.admit(Request("logs", "t", size=1)):
                        pass
        slow.read()
        assert receiver.in_flight == 1
    assert receiver.in_flight == 0 and receiver.in_flight_bytes == 0 and current_admission() is None


def test_a_chunked_body_is_charged_as_it_arrives() -> None:
    receiver = _receiver(max_in_flight_bytes=2000)
    with receiver.admit(Request("logs", "t", size=100)), receiver.admit(Request("logs", "t", size=0)) as chunked:
        chunked.reading()
        chunked.charge(1500)
        assert receiver.in_flight_bytes == 1600
        with pytest.raises(Throttled):
            chunked.charge(2500)
    assert receiver.in_flight_bytes == 0 and receiver.in_flight == 0


def test_a_declared_size_over_the_body_limit_is_left_to_the_413() -> None:
    receiver = _receiver(max_in_flight_bytes=20_000)
    with receiver.admit(Request("logs", "t", size=10**9)):  # read_body answers 413 without reading
        assert receiver.in_flight_bytes == 10_000


async def test_large_bodies_are_decoded_off_the_event_loop() -> None:
    import threading

    from pipeline.ingest.body import OFF_LOOP_BYTES, decode

    loop_thread = threading.get_ident()
    assert await decode(100, threading.get_ident) == loop_thread
    assert await decode(OFF_LOOP_BYTES, threading.get_ident) != loop_thread


def test_a_request_alone_is_let_in_whatever_its_size() -> None:
    receiver = _receiver(max_in_flight_bytes=1024)
    with receiver.admit(Request("logs", "t", size=5000)) as alone:
        alone.charge(9000)  # decompressed: more than the budget, but nothing else holds bytes
        assert receiver.in_flight_bytes == 9000
        with pytest.raises(Throttled):
            with receiver.admit(Request("logs", "t", size=10)):
                pass


async def test_large_bodies_take_turns_to_be_decoded() -> None:
    # issue #15: decodes ran on as many threads as the executor had, each holding its records
    import asyncio
    import threading
    import time

    from pipeline.ingest.body import OFF_LOOP_BYTES, decode

    receiver = _receiver(max_decoding=2, max_in_flight=8)
    lock = threading.Lock()
    running, most = 0, 0

    def work() -> None:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        time.sleep(0.05)
        with lock:
            running -= 1

    async def request() -> None:
        with receiver.admit(Request("logs", "t", size=10)):
            await decode(OFF_LOOP_BYTES, work)

    await asyncio.gather(*(request() for _ in range(6)))
    assert most == 2
    await asyncio.gather(*(decode(OFF_LOOP_BYTES, work) for _ in range(3)))  # outside a request: no turns
    assert most == 3
