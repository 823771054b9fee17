"""``sightline alerts tail`` prints alert events from the topic: JSON lines when not on a terminal."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from aiokafka import AIOKafkaProducer

from pipeline.alerts.config import AlertsConfig
from pipeline.alerts.engine import AlertEngine, Condition
from pipeline.alerts.tail import format_alert
from pipeline.kafka import ensure_topics

pytestmark = pytest.mark.integration
SIGHTLINE = str(Path(sys.executable).with_name("sightline"))


async def test_tail_from_beginning_prints_json_lines(make_config) -> None:
    cfg = make_config()
    await ensure_topics(cfg.kafka)
    [event] = AlertEngine(AlertsConfig()).observe(
        Condition("new_error_type", "NewErrorType", "inventory", True, summary="KeyError: 'warehouse_<NUM>'"), 100.0
    )
    producer = AIOKafkaProducer(bootstrap_servers=cfg.kafka.bootstrap_servers)
    await producer.start()
    try:
        await producer.send_and_wait(cfg.kafka.topics.alerts, orjson.dumps(event), key=b"k")
    finally:
        await producer.stop()
    env = dict(
        os.environ,
        SIGHTLINE_KAFKA__BOOTSTRAP_SERVERS=cfg.kafka.bootstrap_servers,
        SIGHTLINE_KAFKA__TOPICS__ALERTS=cfg.kafka.topics.alerts,
        SIGHTLINE_KAFKA__REBALANCE_TIMEOUT_S="1",
    )
    proc = subprocess.Popen([SIGHTLINE, "alerts", "tail", "--from-beginning"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(60)  # it exits; on a loaded machine a cold Python and a consumer leaving its group take a while
    printed = json.loads(line)
    assert printed["fingerprint"] == event["fingerprint"]
    assert printed["kind"] == "new_error_type" and printed["status"] == "firing"


def test_terminal_format_is_coloured_and_readable() -> None:
    line = format_alert({"status": "resolved", "kind": "anomaly", "severity": "warning", "service.name": "api",
                         "summary": "p95 back to normal"}, color=True)
    assert line.startswith("\x1b[32mRESOLVED")
    assert "anomaly" in line and "api" in line and "p95 back to normal" in line


def test_an_unreachable_broker_is_one_line_naming_the_setting() -> None:
    from pipeline.embedded import free_port

    env = dict(os.environ, SIGHTLINE_KAFKA__BOOTSTRAP_SERVERS=f"127.0.0.1:{free_port()}")
    done = subprocess.run([SIGHTLINE, "alerts", "tail"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "kafka.bootstrap_servers" in done.stderr and "Traceback" not in done.stderr
    assert "Unclosed" not in done.stderr  # the consumer was closed


async def test_the_tail_reads_in_no_consumer_group() -> None:
    """A group join waits out the broker's rebalance delay (16 s before the first line on the embedded
    broker); with no group the consumer assigns itself every partition. (The embedded broker lists no
    groups, so this is asked of the consumer, not of the broker.)"""
    from pipeline.alerts.tail import alert_consumer
    from pipeline.config import Config

    consumer = alert_consumer(Config(), from_beginning=True)
    assert consumer._group_id is None and not consumer._enable_auto_commit  # a real consumer, not started
