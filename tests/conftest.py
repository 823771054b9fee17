"""Fixtures shared by the whole suite.

Integration tests get the real embedded broker and search store, started once
per session on free ports and torn down at the end (and, through
PR_SET_PDEATHSIG, even if pytest is killed).  Each test gets its own topic
names, consumer groups and index prefix, so tests share the children without
seeing each other's data.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from pipeline.config import Config, load_config
from pipeline.embedded import EmbeddedBroker, EmbeddedStore


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedBroker]:
    child = EmbeddedBroker(port=0, log_dir=str(tmp_path_factory.mktemp("broker")))
    child.start()
    yield child
    child.stop()


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    child = EmbeddedStore(port=0, log_dir=str(tmp_path_factory.mktemp("store")))
    child.start()
    yield child
    child.stop()


def isolated_config(broker: EmbeddedBroker, store: EmbeddedStore, **overrides: Any) -> Config:
    """A config for one test: its own topics, groups and index prefix, fast group joins."""
    tag = uuid.uuid4().hex[:8]
    topics = {
        name: f"t{tag}.{default}"
        for name, default in load_config(environ={}).kafka.topics.model_dump().items()
    }
    values: dict[str, Any] = {
        "kafka.bootstrap_servers": broker.bootstrap,
        "kafka.idempotent": False,
        "kafka.partitions": 4,
        "kafka.rebalance_timeout_s": 2,
        "kafka.session_timeout_s": 10,
        "kafka.topics": topics,
        "elasticsearch.hosts": [store.url],
        "elasticsearch.index_prefix": f"t{tag}",
        "admin.port": 0,
        "ingest.http.port": 0,
        "ingest.grpc.port": 0,
        "process.group_id": f"t{tag}-process",
        "sink.group_id": f"t{tag}-sink",
        "sink.flush_interval_s": 0.2,
    }
    values.update(overrides)
    return load_config(environ={}, overrides=values)


@pytest.fixture
def make_config(broker: EmbeddedBroker, store: EmbeddedStore) -> Any:
    def make(**overrides: Any) -> Config:
        return isolated_config(broker, store, **overrides)

    return make
