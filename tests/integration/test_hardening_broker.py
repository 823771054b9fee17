"""The embedded broker's restart (issue #15): restarted, topics recreated, readiness honest meanwhile.

Runs its own broker (the session's is shared by other tests) and kills it.
"""

from __future__ import annotations

import os
import signal
import socket
from pathlib import Path

import pytest

from pipeline.config import load_config
from pipeline.embedded import BrokerKeeper, EmbeddedBroker
from pipeline.kafka import all_topics, ensure_topics
from tests.helpers import eventually

pytestmark = pytest.mark.integration


async def test_a_killed_broker_is_restarted_with_its_topics(tmp_path: Path) -> None:
    broker = EmbeddedBroker(port=0, log_dir=str(tmp_path))
    broker.start()
    cfg = load_config(environ={}, overrides={"kafka.bootstrap_servers": broker.bootstrap, "kafka.idempotent": False,
                                             "kafka.partitions": 1})
    keeper = BrokerKeeper(broker, cfg.kafka, interval=0.5)
    try:
        await keeper.start()
        assert keeper.failing() == {} and await ensure_topics(cfg.kafka) == []

        # killed, and its port taken meanwhile: not ready, and readiness says why
        assert broker.proc is not None
        os.killpg(broker.proc.pid, signal.SIGKILL)
        broker.proc.wait(5)
        squatter = socket.socket()
        squatter.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        squatter.bind((broker.host, broker.port))
        squatter.listen()

        async def not_ready() -> bool:
            return "embedded broker" in keeper.failing()

        await eventually(not_ready, timeout=15)
        assert "already in use" in keeper.failing()["embedded broker"]

        # the port free again: restarted, every topic created again, ready
        squatter.close()

        async def ready_again() -> bool:
            return keeper.failing() == {} and keeper.restarts == 1

        await eventually(ready_again, timeout=30)
        assert keeper.recreated == len(all_topics(cfg.kafka))
        assert await ensure_topics(cfg.kafka) == []
    finally:
        await keeper.stop()
        broker.stop()
