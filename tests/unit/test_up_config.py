"""What `sightline up` changes in the config for its embedded broker and store."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from pipeline.config import load_config
from pipeline.up import EMBEDDED_SESSION_TIMEOUT_S, embedded_config

_BROKER: Any = SimpleNamespace(bootstrap="127.0.0.1:19092")
_STORE: Any = SimpleNamespace(url="http://127.0.0.1:19200")


def test_the_embedded_stack_gets_its_addresses_and_a_short_session() -> None:
    cfg = embedded_config(load_config(environ={}), _BROKER, _STORE)
    assert cfg.kafka.bootstrap_servers == "127.0.0.1:19092" and cfg.elasticsearch.hosts == ["http://127.0.0.1:19200"]
    assert cfg.kafka.idempotent is False and cfg.kafka.replication_factor == 1
    assert load_config(environ={}).kafka.session_timeout_s == 30.0  # the default for a real Kafka
    assert cfg.kafka.session_timeout_s == EMBEDDED_SESSION_TIMEOUT_S == 10.0


def test_a_session_timeout_the_user_set_is_kept() -> None:
    for value in ("45", "5"):
        cfg = embedded_config(load_config(environ={"SIGHTLINE_KAFKA__SESSION_TIMEOUT_S": value}), _BROKER, _STORE)
        assert cfg.kafka.session_timeout_s == float(value)
