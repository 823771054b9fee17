"""Building the processor's faust app from the ``kafka`` and ``process`` sections.

Only construction here: the app, its raw-topic agents and the topics the
processor writes.  What an agent does with a message is the caller's
``handle`` (see :class:`~pipeline.process.service.Processor`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import faust

from pipeline.config import KafkaConfig
from pipeline.process.config import ProcessConfig
from pipeline.process.recovery import TableManager

__all__ = ["Handler", "add_agent", "broker_urls", "build_app", "raw_topic"]

# (signal, faust event, clean topic, the stream when acks are manual) → awaited per raw message
Handler = Callable[[str, Any, Any, Any], Awaitable[None]]


def broker_urls(bootstrap: str) -> list[str]:
    """faust's broker URLs for a ``host:port,host:port`` list.

    >>> broker_urls("a:9092, b:9092")
    ['kafka://a:9092', 'kafka://b:9092']
    """
    return [f"kafka://{host.strip()}" for host in bootstrap.split(",") if host.strip()]


def build_app(kafka: KafkaConfig, process: ProcessConfig, datadir: str) -> faust.App:
    """The faust app: one consumer group (``process.group_id``), in-memory tables with changelogs."""
    k = kafka
    return faust.App(
        process.group_id,
        datadir=datadir,
        broker=broker_urls(k.bootstrap_servers),
        broker_client_id=f"{k.client_id}-process",
        web_enabled=False,
        store="memory://",
        TableManager=TableManager,  # quiesces the fetcher before seeking (see recovery.py)
        topic_partitions=k.partitions,
        topic_replication_factor=k.replication_factor,
        topic_allow_declare=k.create_topics,
        table_standby_replicas=0,
        # faust's check that a store's persisted offsets do not run past a changelog's end guards RocksDB
        # files left over from deleted topics. Tables here live in memory, so the offsets it compares are
        # the ones this process itself read at an earlier recovery; against a broker whose end offsets
        # can lag a batch behind (Tansu, the embedded broker) the check crashed table recovery after a
        # rebalance and left the processor alive holding nothing.
        recovery_consistency_check=False,
        consumer_auto_offset_reset="earliest",
        broker_commit_interval=process.commit_interval_s,
        broker_rebalance_timeout=k.rebalance_timeout_s,
        broker_session_timeout=k.session_timeout_s,
        broker_heartbeat_interval=k.heartbeat_interval_s,
        broker_request_timeout=k.request_timeout_s,
        producer_compression_type=None if k.compression == "none" else k.compression,
        producer_max_request_size=k.max_message_bytes,
        # a group's clean messages and changelog entries leave in a few produce requests, not one each
        # (faust's defaults: no linger, 16 KB batches)
        producer_linger=k.linger_ms / 1000,
        producer_max_batch_size=k.max_message_bytes,
        producer_acks=-1,
    )


def raw_topic(app: faust.App, name: str) -> Any:
    """A topic of raw bytes keys and values."""
    return app.topic(name, key_serializer="raw", value_serializer="raw")


def add_agent(
    app: faust.App, signal: str, source_name: str, sink_name: str, handle: Handler, manual_ack: bool = False
) -> None:
    """An agent reading ``source_name`` that hands each event to ``handle(signal, event, sink, stream)``.

    ``manual_ack``: the events are not acknowledged as the agent moves on; ``handle`` acknowledges each
    (``await stream.ack(event)``) when it is done with it, and faust commits offsets only up to the
    first event not acknowledged.  Otherwise ``stream`` is ``None`` and faust acknowledges an event
    when the agent takes the next."""
    source = raw_topic(app, source_name)
    sink = raw_topic(app, sink_name)

    async def agent(stream: Any) -> None:
        if manual_ack:
            manual = stream.noack()
            async for event in manual.events():
                await handle(signal, event, sink, manual)
        else:
            async for event in stream.events():
                await handle(signal, event, sink, None)

    app.agent(source, name=f"sightline.process.{signal}")(agent)
