"""The stream processor: a faust-streaming worker in the ``process.group_id`` consumer group.

Scale by running more of them: faust spreads the raw topics' partitions (and
their keyed state) across the group.  For each raw batch: decode → canonical
records → publish one batch message to the clean topic; an undecodable message
goes to the dead-letter topic with the reason and its origin.  The offset of a
raw message is committed only after what it produced was acknowledged.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import faust
import orjson
from prometheus_client import CollectorRegistry, Counter

from pipeline.component import Component, Probe
from pipeline.config import Config
from pipeline.kafka import KafkaHealth
from pipeline.process.decode import DecodeError, decode_raw

__all__ = ["Processor", "deadletter_payload"]

DEADLETTER_PREVIEW_BYTES = 4096


def deadletter_payload(
    reason: str, message: str, topic: str, partition: int, offset: int, value: bytes | None
) -> bytes:
    """The dead-letter document: why, where from, and a bounded preview of the payload."""
    preview = (value or b"")[:DEADLETTER_PREVIEW_BYTES].decode("utf-8", errors="replace")
    doc = {
        "reason": reason,
        "error": message,
        "origin": {"topic": topic, "partition": partition, "offset": offset},
        "payload_bytes": len(value or b""),
        "payload_preview": preview,
        "time_unix_nano": time.time_ns(),
    }
    return orjson.dumps(doc)


def _broker_urls(bootstrap: str) -> list[str]:
    return [f"kafka://{host.strip()}" for host in bootstrap.split(",") if host.strip()]


class Processor(Component):
    """Runs the faust app inside the current event loop."""

    name = "process"

    def __init__(self, cfg: Config, registry: CollectorRegistry) -> None:
        super().__init__()
        self.cfg = cfg
        k = cfg.kafka
        self.records_in = Counter(
            "sightline_process_records_in", "Records decoded from the raw topics.", ["signal"], registry=registry
        )
        self.records_out = Counter(
            "sightline_process_records_out", "Records published to the clean topics.", ["signal"], registry=registry
        )
        self.deadlettered = Counter(
            "sightline_process_deadlettered",
            "Raw messages sent to the dead-letter topic, by reason.",
            ["reason"],
            registry=registry,
        )
        self.app = faust.App(
            cfg.process.group_id,
            broker=_broker_urls(k.bootstrap_servers),
            broker_client_id=f"{k.client_id}-process",
            web_enabled=False,
            store="memory://",
            topic_partitions=k.partitions,
            topic_replication_factor=k.replication_factor,
            topic_allow_declare=k.create_topics,
            consumer_auto_offset_reset="earliest",
            broker_commit_interval=cfg.process.commit_interval_s,
            broker_rebalance_timeout=k.rebalance_timeout_s,
            broker_session_timeout=k.session_timeout_s,
            broker_heartbeat_interval=k.heartbeat_interval_s,
            broker_request_timeout=k.request_timeout_s,
            producer_compression_type=None if k.compression == "none" else k.compression,
            producer_max_request_size=k.max_message_bytes,
            producer_acks=-1,
        )
        topics = k.topics
        self.deadletter = self.app.topic(topics.deadletter, key_serializer="raw", value_serializer="raw")
        self._agent_for("logs", topics.logs_raw, topics.logs)
        self.health = KafkaHealth(k)
        self.probe = Probe("kafka", self.health.check)
        self.joined = False

    def _agent_for(self, signal: str, source_name: str, sink_name: str) -> None:
        source = self.app.topic(source_name, key_serializer="raw", value_serializer="raw")
        sink = self.app.topic(sink_name, key_serializer="raw", value_serializer="raw")

        async def agent(stream: Any) -> None:
            async for event in stream.events():
                await self._handle(signal, event, sink)

        self.app.agent(source, name=f"sightline.process.{signal}")(agent)

    async def _handle(self, signal: str, event: Any, sink: Any) -> None:
        msg = event.message
        try:
            records = decode_raw(signal, list(msg.headers or ()), msg.value)
        except DecodeError as exc:
            self.deadlettered.labels(exc.reason).inc()
            self.log.warning(
                "raw message dead-lettered",
                extra={"reason": exc.reason, "topic": msg.topic, "partition": msg.partition, "offset": msg.offset},
            )
            payload = deadletter_payload(exc.reason, str(exc), msg.topic, msg.partition, msg.offset, msg.value)
            fut = await self.deadletter.send(key=msg.key, value=payload)
            await fut
            return
        self.records_in.labels(signal).inc(len(records))
        value = orjson.dumps(records)
        fut = await sink.send(key=msg.key, value=value)
        await fut  # acknowledged before this event is acked and its offset committed
        self.records_out.labels(signal).inc(len(records))

    def failing(self) -> dict[str, str]:
        out = self.probe.failing()
        if not self.joined:
            out["consumer_group"] = f"joining {self.cfg.process.group_id}"
        return out

    async def _start(self) -> None:
        await self.health.start()
        await self.probe.start()
        # faust's start() waits for the first rebalance; run it in the background
        # so start() returns quickly and /health/startup reports progress.
        self.spawn(self._run_faust(), "faust")
        await asyncio.sleep(0)

    async def _run_faust(self) -> None:
        await self.app.start()
        self.joined = True
        self.log.info("processor joined its consumer group", extra={"group": self.cfg.process.group_id})

    async def _stop(self) -> None:
        await self.app.stop()
        await self.probe.stop()
        await self.health.stop()
