"""A changelog write is sealed only once all of its entries are delivered (pipeline/process/changelog.py)."""

from __future__ import annotations

import asyncio
from typing import Any

from pipeline.process.changelog import SEAL_KEY, Written


class Table:
    """What :class:`Written` uses of a faust table: ``send_changelog`` (a future a send) and ``data``."""

    def __init__(self) -> None:
        self.data: dict[bytes, bytes] = {}
        self.sent: list[tuple[int, bytes, bytes | None, asyncio.Future[Any]]] = []

    def send_changelog(self, partition: int, key: bytes, value: bytes | None) -> asyncio.Future[Any]:
        fut: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.sent.append((partition, key, value, fut))
        return fut


def test_the_seal_follows_delivery_one_tombstone_a_partition() -> None:
    async def run() -> list[tuple[int, bytes, bytes | None]]:
        table = Table()
        written = Written(table)
        for partition, key in ((0, b"a"), (2, b"b"), (0, b"c")):
            written.send(partition, key, key * 3)
        assert table.data == {b"a": b"aaa", b"b": b"bbb", b"c": b"ccc"}
        waiting = asyncio.ensure_future(written.delivered())
        await asyncio.sleep(0)
        assert len(table.sent) == 3  # nothing more until every entry is delivered
        for *_, fut in table.sent[:2]:
            fut.set_result(None)
        await asyncio.sleep(0)
        assert len(table.sent) == 3
        table.sent[2][3].set_result(None)
        await waiting
        return [(p, k, v) for p, k, v, _ in table.sent[3:]]

    assert asyncio.run(run()) == [(0, SEAL_KEY, None), (2, SEAL_KEY, None)]


def test_no_seal_when_an_entry_failed_and_callbacks_seal_without_waiting() -> None:
    async def run() -> tuple[int, list[tuple[int, bytes, bytes | None]]]:
        failing, table = Table(), Table()
        broken = Written(failing)
        broken.send(1, b"x", b"1")
        failing.sent[0][3].set_exception(RuntimeError("broker gone"))
        await broken.delivered()
        quiet = Written(table)
        quiet.send(3, b"y", b"2")
        quiet.seal_when_delivered()
        table.sent[0][3].set_result(None)
        await asyncio.sleep(0)
        return len(failing.sent), [(p, k, v) for p, k, v, _ in table.sent[1:]]

    assert asyncio.run(run()) == (1, [(3, SEAL_KEY, None)])
