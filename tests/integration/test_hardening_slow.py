"""Slow and oversized senders against a real ingestor (issue #15): they cannot stop everyone else.

- 64 connections that declare a body and send a byte a second hold bytes, not
  the in-flight slots: other senders are served meanwhile, and the dribblers
  are refused (408) once their rate is under ``ingest.min_body_rate_bytes_s``.
- A request head dribbled a byte at a time is closed after
  ``ingest.header_timeout_s``.
- gRPC refuses a message over ``ingest.max_body_bytes`` (the README's limit).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import grpc
import pytest
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from prometheus_client import CollectorRegistry

from pipeline.ingest import Ingestor
from pipeline.kafka import ensure_topics
from tests.helpers import eventually

pytestmark = pytest.mark.integration

GOOD = b'{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"body":{"stringValue":"served"}}]}]}]}'


@pytest.fixture
async def ingest(make_config: Any, request: pytest.FixtureRequest) -> AsyncIterator[Ingestor]:
    overrides = getattr(request, "param", {})
    cfg = make_config(**overrides)
    await ensure_topics(cfg.kafka)
    server = Ingestor(cfg, CollectorRegistry())
    async with server:
        async def ready() -> bool:
            return server.receiver.kafka_failing() is None and server.producer.connected

        await eventually(ready, timeout=30)
        yield server


async def _dribbler(port: int, declared: int) -> bytes:
    """Declare ``declared`` bytes, send one a second; what the server answered (or b"" if it closed)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"POST /api/v1/logs HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\n"
                 b"Content-Length: " + str(declared).encode() + b"\r\n\r\n")
    answer = asyncio.ensure_future(reader.read(4096))
    try:
        for _ in range(declared):
            if answer.done():
                break
            writer.write(b" ")
            await writer.drain()
            await asyncio.sleep(1)
        return await asyncio.wait_for(answer, 10)
    except (ConnectionError, OSError):
        return answer.result() if answer.done() and not answer.exception() else b""
    finally:
        writer.close()


@pytest.mark.parametrize(
    "ingest",
    [{"ingest.max_in_flight": 64, "ingest.body_rate_grace_s": 2, "ingest.min_body_rate_bytes_s": 1024}],
    indirect=True,
)
async def test_dribbling_bodies_do_not_take_the_slots(ingest: Ingestor) -> None:
    port = ingest.http_port
    dribblers = [asyncio.ensure_future(_dribbler(port, 100_000)) for _ in range(64)]

    async def all_reading() -> bool:
        return ingest.receiver.in_flight_bytes == 64 * 100_000

    await eventually(all_reading, timeout=10, interval=0.05)
    assert ingest.receiver.in_flight == 0  # reading bodies hold bytes, not slots
    async with aiohttp.ClientSession() as http:
        async with http.post(f"http://127.0.0.1:{port}/v1/logs", data=GOOD,
                             headers={"Content-Type": "application/json"}) as resp:
            assert resp.status == 200, await resp.text()
    small = ExportLogsServiceRequest()
    small.resource_logs.add().scope_logs.add().log_records.add().body.string_value = "grpc meanwhile"
    async with grpc.aio.insecure_channel(f"127.0.0.1:{ingest.grpc_port}") as channel:  # nor gRPC senders
        export = channel.unary_unary(
            "/opentelemetry.proto.collector.logs.v1.LogsService/Export",
            request_serializer=lambda m: m.SerializeToString(),
            response_deserializer=lambda b: b,
        )
        await export(small, timeout=10)
    started = time.monotonic()
    answers = await asyncio.gather(*dribblers)
    assert time.monotonic() - started < 30
    assert all(a.startswith(b"HTTP/1.1 408") for a in answers), answers[:2]
    assert b"ingest.min_body_rate_bytes_s" in answers[0]
    assert ingest.receiver.in_flight_bytes == 0 and ingest.receiver.in_flight == 0


@pytest.mark.parametrize("ingest", [{"ingest.header_timeout_s": 1}], indirect=True)
async def test_dribbled_headers_are_timed_out(ingest: Ingestor) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", ingest.http_port)
    started = time.monotonic()
    closed = False
    for byte in b"POST /v1/logs HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 200:
        try:
            writer.write(bytes([byte]))
            await writer.drain()
        except (ConnectionError, OSError):
            closed = True
            break
        if reader.at_eof():
            closed = True
            break
        await asyncio.sleep(0.1)
        if time.monotonic() - started > 8:
            break
    assert closed or reader.at_eof() or await asyncio.wait_for(reader.read(), 2) == b""
    assert time.monotonic() - started < 5
    writer.close()


@pytest.mark.parametrize("ingest", [{"ingest.max_body_bytes": 65536}], indirect=True)
async def test_grpc_message_limit_is_max_body_bytes(ingest: Ingestor) -> None:
    big = ExportLogsServiceRequest()
    big.resource_logs.add().scope_logs.add().log_records.add().body.string_value = "x" * 70_000
    small = ExportLogsServiceRequest()
    small.resource_logs.add().scope_logs.add().log_records.add().body.string_value = "fits"
    async with grpc.aio.insecure_channel(f"127.0.0.1:{ingest.grpc_port}") as channel:
        export = channel.unary_unary(
            "/opentelemetry.proto.collector.logs.v1.LogsService/Export",
            request_serializer=lambda m: m.SerializeToString(),
            response_deserializer=lambda b: b,
        )
        await export(small, timeout=10)
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await export(big, timeout=10)
    assert refused.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
