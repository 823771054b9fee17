"""Small helpers for integration tests: waiting for a condition, reading a topic, searching."""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import orjson
from aiokafka import AIOKafkaConsumer
from elasticsearch import AsyncElasticsearch

from pipeline.config import Config
from pipeline.sinks.elasticsearch.client import make_client

T = TypeVar("T")

CHECK_GRACE_S = 10.0  # the least time one check gets, even past the deadline


async def eventually(
    check: Callable[[], Awaitable[T]], timeout: float = 60.0, interval: float = 0.25
) -> T:
    """Call ``check`` until it returns a truthy value; fail with its last answer after ``timeout``."""
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        # One check may not outlive the deadline by more than a few seconds: a client's own
        # default (aiohttp waits 5 minutes) would otherwise turn a stuck peer into a hung test.
        budget = max(deadline - time.monotonic(), CHECK_GRACE_S)
        try:
            last = await asyncio.wait_for(check(), budget)
        except TimeoutError:
            raise AssertionError(
                f"a check did not answer within {budget:.0f}s (deadline {timeout}s); last value: {last!r}"
            ) from None
        if last:
            return last
        await asyncio.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s; last value: {last!r}")


async def read_topic(cfg: Config, topic: str, count: int, timeout: float = 30.0, lines: bool = False) -> list[Any]:
    """Read ``count`` messages from the start of ``topic`` (a throwaway group); with ``lines``, messages
    until they hold ``count`` NDJSON lines (a processor may put several raw messages' records in one)."""
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=cfg.kafka.bootstrap_servers,
        group_id=f"test-{uuid.uuid4().hex[:8]}",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        rebalance_timeout_ms=2000,
    )
    await consumer.start()
    out: list[Any] = []
    try:
        deadline = time.monotonic() + timeout
        held = 0
        while held < count and time.monotonic() < deadline:
            batches = await consumer.getmany(timeout_ms=500)
            for messages in batches.values():
                out.extend(messages)
                held += sum(m.value.count(b"\n") + 1 for m in messages) if lines else len(messages)
    finally:
        await consumer.stop()
    return out


async def search(
    cfg: Config, kind: str, query: dict[str, Any] | None = None, size: int = 1000
) -> list[dict[str, Any]]:
    """Documents of ``kind`` under the config's index prefix (refreshing first)."""
    es: AsyncElasticsearch = make_client(cfg.elasticsearch)
    pattern = f"{cfg.elasticsearch.index_prefix}-{kind}*"
    try:
        try:
            await es.indices.refresh(index=pattern)
        except Exception:
            return []
        answer = await es.search(index=pattern, query=query or {"match_all": {}}, size=size)
        return [dict(hit["_source"], _id=hit["_id"]) for hit in answer["hits"]["hits"]]
    finally:
        await es.close()


def loads(value: bytes) -> Any:
    return orjson.loads(value)


def admin_port_with_room(processors: int) -> int:
    """A free admin port and the ``processors`` after it (``sightline up``'s processors take admin.port+1..+N),
    below Linux's ephemeral range (32768-60999): a port there can be taken by any outgoing connection between
    this check and the processors' start (CI saw 'processor admin port 54246 ... is already in use' once), one
    below it only by a listener."""
    from pipeline.embedded import port_in_use

    rng = random.Random()
    for _ in range(200):
        port = rng.randrange(20_000, 32_700)
        if all(not port_in_use("127.0.0.1", port + i) for i in range(processors + 1)):
            return port
    raise AssertionError("no free run of admin ports")
