"""``sightline alerts tail``: print the alert topic, readable on a terminal, JSON lines otherwise."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from typing import Any

import orjson
from aiokafka.errors import KafkaError

from pipeline.config import Config
from pipeline.errors import StartupError
from pipeline.kafka import make_consumer

__all__ = ["alert_consumer", "format_alert", "tail"]

# Ctrl-C ends the tail within this, even when the broker is slow to answer.
STOP_TIMEOUT_S = 5.0
# A stop while the consumer starts (the cluster's first metadata answer): after Ctrl-C there,
# give it this long.
JOIN_STOP_TIMEOUT_S = 1.0

_COLORS = {"firing": "\x1b[31m", "resolved": "\x1b[32m", "pending": "\x1b[33m"}


def format_alert(alert: dict[str, Any], color: bool) -> str:
    """One readable line for an alert event.

    >>> format_alert({"status": "firing", "kind": "error_spike", "severity": "critical",
    ...               "service.name": "checkout", "summary": "errors 300 vs 5 expected"}, color=False)
    'FIRING    critical  error_spike     checkout  errors 300 vs 5 expected'
    """
    status = str(alert.get("status", "?"))
    head = f"{status.upper():<9}"
    if color:
        head = f"{_COLORS.get(status, '')}{head}\x1b[0m"
    parts = [
        head,
        f"{alert.get('severity', ''):<9}",
        f"{alert.get('kind', ''):<15}",
        f"{alert.get('service.name', '')}",
        f" {alert.get('summary', '')}",
    ]
    return " ".join(parts)


def alert_consumer(cfg: Config, from_beginning: bool) -> Any:
    """A consumer of every partition of the alert topic in no group: no join to wait for (a join waits
    out the broker's rebalance delay, seconds before the first line) and nothing committed."""
    return make_consumer(
        cfg.kafka, cfg.kafka.topics.alerts, group_id=None, auto_offset_reset="earliest" if from_beginning else "latest"
    )


async def tail(cfg: Config, from_beginning: bool = False, as_json: bool = False) -> int:
    """Read every partition of the alert topic, in no consumer group (nothing committed, no group
    join to wait for before the first line), and print until interrupted.

    Raises
    ------
    StartupError
        When the cluster does not answer (one line, naming the setting).
    """
    consumer = alert_consumer(cfg, from_beginning)
    try:
        await consumer.start()
    except KafkaError as exc:
        await _stop(consumer)
        raise StartupError(
            f"cannot read the alert topic {cfg.kafka.topics.alerts} from {cfg.kafka.bootstrap_servers} "
            f"({type(exc).__name__}); is Kafka running there? (kafka.bootstrap_servers)"
        ) from None
    except BaseException:  # Ctrl-C while starting: close what start() opened
        await _stop(consumer, min(JOIN_STOP_TIMEOUT_S, STOP_TIMEOUT_S))
        raise
    pretty = sys.stdout.isatty() and not as_json
    try:
        async for msg in consumer:
            try:
                alert = orjson.loads(msg.value)
            except orjson.JSONDecodeError:
                print(f"(undecodable alert at offset {msg.offset})", file=sys.stderr)
                continue
            line = format_alert(alert, color=True) if pretty else orjson.dumps(alert).decode()
            print(line, flush=True)
    finally:
        await _stop(consumer)
    return 0


async def _stop(consumer: Any, timeout: float | None = None) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(consumer.stop(), STOP_TIMEOUT_S if timeout is None else timeout)
