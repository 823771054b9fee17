"""The stream processor: a faust-streaming worker in the ``process.group_id`` consumer group.

Scale by running more of them: faust spreads the raw topics' partitions (and
the statistics table's changelog partitions, co-partitioned with them) across
the group.  For each raw batch (:class:`~pipeline.process.pipeline.BatchPipeline`):
decode → transforms (redaction) → ids → rolling statistics (→ hooks for
detectors) → one message to the clean topic; an undecodable message goes to
the dead-letter topic with the reason and its origin.  The statistics state
changed by a batch is written to the table's changelog before the batch is
acknowledged, and faust flushes the producer before it commits offsets, so a
processor that takes a partition over resumes its windows (at least once: a
batch replayed after a crash is counted again).
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import faust
import orjson
from prometheus_client import CollectorRegistry, Counter

from pipeline.component import Component, Probe
from pipeline.config import Config
from pipeline.kafka import KafkaHealth
from pipeline.process.decode import DecodeError
from pipeline.process.detect import Detection, DetectionCollector, service_of
from pipeline.process.metrics import PipelineCollector, StatsCollector
from pipeline.process.pipeline import BatchPipeline, split_encoded
from pipeline.process.recovery import TableManager
from pipeline.process.stats import RollingStats, SeriesKey, StatsHook
from pipeline.process.transforms import Transform, default_transforms
from pipeline.redact import Redactor

__all__ = ["STATS_TABLE", "Processor", "deadletter_payload"]

DEADLETTER_PREVIEW_BYTES = 4096
STATS_TABLE = "sightline-stats"
DETECT_TABLE = "sightline-detect"


def deadletter_payload(
    reason: str,
    message: str,
    topic: str,
    partition: int,
    offset: int,
    value: bytes | None,
    scrub: Callable[[str], str] | None = None,
) -> bytes:
    """The dead-letter document: why, where from, and a bounded preview of the payload.

    ``scrub`` (the redactor's text pass) runs over the preview: an undecodable
    payload may still carry secrets, and the dead-letter topic must not.
    """
    preview = (value or b"")[:DEADLETTER_PREVIEW_BYTES].decode("utf-8", errors="replace")
    if scrub is not None:
        preview = scrub(preview)
    doc = {
        "reason": reason,
        "error": message,
        "origin": {"topic": topic, "partition": partition, "offset": offset},
        "payload_bytes": len(value or b""),
        "payload_preview": preview,
        "time_unix_nano": time.time_ns(),
    }
    return orjson.dumps(doc)


def _active_entries(table: Any, active: set[int]) -> Iterator[tuple[bytes, bytes, int | None]]:
    """``(key, value, partition)`` of a table's entries on the ``active`` partitions (or of unknown
    partition), skipping deleted ones: what a processor adopts after a rebalance."""
    store = table.data
    key_partition = getattr(store, "_key_partition", {})
    for raw_key, raw_value in list(store.items()):
        if raw_value is None or not isinstance(raw_key, bytes):
            continue
        partition = key_partition.get(raw_key)
        if partition is None or partition in active:
            yield raw_key, raw_value, partition


def _broker_urls(bootstrap: str) -> list[str]:
    return [f"kafka://{host.strip()}" for host in bootstrap.split(",") if host.strip()]


class Processor(Component):
    """Runs the faust app inside the current event loop.

    Parameters
    ----------
    cfg, registry
        Configuration and the registry ``/metrics`` serves.
    transforms
        Record transforms run right after decode; default
        :func:`~pipeline.process.transforms.default_transforms` (where
        redaction plugs in).
    stats_hooks
        Called with each batch's statistics updates (where detectors plug in);
        more can be added with :meth:`add_stats_hook`.
    """

    name = "process"

    def __init__(
        self,
        cfg: Config,
        registry: CollectorRegistry,
        transforms: Sequence[Transform] | None = None,
        stats_hooks: Sequence[StatsHook] = (),
    ) -> None:
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
        self.stats = RollingStats(cfg.process.stats) if cfg.process.stats.enabled else None
        transforms = default_transforms(cfg, registry) if transforms is None else transforms
        redactors = [getattr(t, "__self__", None) for t in transforms]
        self._scrub = next((r.redact_text for r in redactors if isinstance(r, Redactor)), None)
        self.pipeline = BatchPipeline(
            self.stats,
            transforms,
            stats_hooks,
            max_message_bytes=int(k.max_message_bytes * 0.9),
        )
        self._tmp_datadir = None if cfg.process.data_dir else tempfile.mkdtemp(prefix="sightline-faust-")
        self.app = faust.App(
            cfg.process.group_id,
            datadir=cfg.process.data_dir or self._tmp_datadir,
            broker=_broker_urls(k.bootstrap_servers),
            broker_client_id=f"{k.client_id}-process",
            web_enabled=False,
            store="memory://",
            TableManager=TableManager,  # quiesces the fetcher before seeking (see recovery.py)
            topic_partitions=k.partitions,
            topic_replication_factor=k.replication_factor,
            topic_allow_declare=k.create_topics,
            table_standby_replicas=0,
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
        self.table: Any = None
        if self.stats is not None:
            self.table = self.app.Table(
                STATS_TABLE,
                default=None,
                partitions=k.partitions,
                key_type=bytes,
                value_type=bytes,
            )
            self.table.on_recover(self._on_recover)
        self._positions: dict[tuple[str, int], int] = {}
        self._agent_for("logs", topics.logs_raw, topics.logs)
        self._agent_for("spans", topics.spans_raw, topics.spans)
        self._agent_for("metrics", topics.metrics_raw, topics.metrics)
        self.detection: Detection | None = None
        self.detect_table: Any = None
        self.alerts_topic = self.app.topic(topics.alerts, key_serializer="raw", value_serializer="raw")
        self.templates_topic = self.app.topic(topics.templates, key_serializer="raw", value_serializer="raw")
        if self.stats is not None:
            registry.register(StatsCollector(self.stats))
            self.detection = Detection(cfg, self.stats)
            self.pipeline.hooks.append(self.detection.on_stats)
            self.pipeline.record_hooks.append(self.detection.on_records)
            self.detect_table = self.app.Table(
                DETECT_TABLE, default=None, partitions=k.partitions, key_type=bytes, value_type=bytes
            )
            registry.register(DetectionCollector(self.detection))
        self.alerts_published = Counter(
            "sightline_alerts_published",
            "Alert events published to the alert topic, by kind and status.",
            ["kind", "status"],
            registry=registry,
        )
        self.templates_published = Counter(
            "sightline_templates_published",
            "Template documents published to the templates topic (changed or merged templates).",
            registry=registry,
        )
        registry.register(PipelineCollector(lambda: self.pipeline.stage_records, self._lag))
        self.health = KafkaHealth(k)
        self.probe = Probe("kafka", self.health.check)
        self.joined = False

    def add_stats_hook(self, hook: StatsHook) -> None:
        """Subscribe ``hook`` to every batch's statistics updates (detectors)."""
        self.pipeline.hooks.append(hook)

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
            result = self.pipeline.process(
                signal, list(msg.headers or ()), msg.value, msg.key, time.time_ns(), msg.partition
            )
        except DecodeError as exc:
            self.deadlettered.labels(exc.reason).inc()
            self.log.warning(
                "raw message dead-lettered",
                extra={"reason": exc.reason, "topic": msg.topic, "partition": msg.partition, "offset": msg.offset},
            )
            payload = deadletter_payload(
                exc.reason, str(exc), msg.topic, msg.partition, msg.offset, msg.value, self._scrub
            )
            fut = await self.deadletter.send(key=msg.key, value=payload)
            await fut
            self._positions[(msg.topic, msg.partition)] = msg.offset + 1
            return
        self.records_in.labels(signal).inc(len(result.records))
        self._write_changelog()
        for value in result.values:
            fut = await sink.send(key=msg.key, value=value)
            await fut  # acknowledged before this event is acked and its offset committed
        self.records_out.labels(signal).inc(len(result.records))
        self._positions[(msg.topic, msg.partition)] = msg.offset + 1

    def _write_changelog(self) -> None:
        """Send the state of every series the batch changed to the table's changelog."""
        if self.stats is None or self.table is None:
            return
        for partition, key, value in self.stats.take_dirty():
            self.table.send_changelog(partition, key, value)
            self.table.data[key] = value

    async def _on_recover(self) -> None:
        """After a rebalance: drop series of partitions that left, adopt those of partitions taken over."""
        if self.stats is None:
            return
        active = {tp.partition for tp in self.app.assignor.assigned_actives()}
        gone = [key for key, partition in self.stats.partition_of.items() if partition not in active]
        self.stats.forget(gone)
        adopted = 0
        for raw_key, raw_value, partition in _active_entries(self.table, active):
            try:
                key = SeriesKey.decode(raw_key)
            except ValueError:
                continue
            if key not in self.stats.series and self.stats.load(raw_key, raw_value, partition):
                adopted += 1
        adopted_detect = self._recover_detection(active)
        self._positions = {tp: pos for tp, pos in self._positions.items() if tp[1] in active}
        self.log.info(
            "statistics state recovered",
            extra={
                "partitions": ",".join(str(p) for p in sorted(active)),
                "adopted": adopted,
                "dropped": len(gone),
                "detection_states": adopted_detect,
            },
        )

    def _recover_detection(self, active: set[int]) -> int:
        """Detector and alert state follow the services' partitions, like the statistics."""
        if self.detection is None or self.detect_table is None:
            return 0
        mine = {key.service for key, partition in self.stats.partition_of.items() if partition in active} if self.stats else set()
        theirs = set(self.detection.services) - mine
        self.detection.forget(theirs)
        adopted = 0
        for raw_key, blob, _ in _active_entries(self.detect_table, active):
            service = service_of(raw_key)
            if service in self.detection.services and raw_key.endswith(b"core"):
                continue  # live state is newer than the changelog's
            if self.detection.load(raw_key, blob):
                adopted += 1
        return adopted

    async def _evaluate_loop(self) -> None:
        """Every alerts.evaluation_interval_s: run detectors and rules, publish alert events and
        the templates that changed, persist state."""
        assert self.detection is not None
        interval = self.cfg.alerts.evaluation_interval_s
        while True:
            await asyncio.sleep(interval)
            if not self.joined:
                continue
            now = time.time()
            try:
                events = self.detection.evaluate(now)
            except Exception:
                self.log.exception("alert evaluation failed")
                continue
            for event in events:
                fut = await self.alerts_topic.send(key=event["fingerprint"].encode(), value=orjson.dumps(event))
                await fut
                self.alerts_published.labels(event["kind"], event["status"]).inc()
                self.log.info(
                    "alert",
                    extra={"status": event["status"], "alertname": event["alertname"],
                           "service": event["service.name"], "summary": event["summary"][:200]},
                )
            await self._publish_templates(now)
            self._write_detection_changelog()

    async def _publish_templates(self, now: float) -> None:
        """The templates changed since the last cycle, as JSON arrays of documents keyed by service.

        Keyed by service like the data, so one template's versions stay in
        order on one partition; a batch that cannot be sent goes out next cycle.
        """
        assert self.detection is not None
        batches = self.detection.take_template_docs(now)
        max_bytes = int(self.cfg.kafka.max_message_bytes * 0.9)
        for i, (service, docs) in enumerate(batches):
            try:
                for value in split_encoded([dict(doc) for doc in docs], max_bytes):
                    fut = await self.templates_topic.send(key=service.encode(), value=value)
                    await fut
            except Exception as exc:
                for later, later_docs in batches[i:]:
                    self.detection.requeue_templates(later, later_docs)
                self.log.warning("templates not published, retrying next cycle", extra={"reason": str(exc)})
                return
            self.templates_published.inc(len(docs))

    def _write_detection_changelog(self) -> None:
        if self.detection is None or self.detect_table is None or self.stats is None:
            return
        partitions: dict[str, int] = {}
        for series_key, series_partition in self.stats.partition_of.items():
            partitions.setdefault(series_key.service, series_partition)
        for service, raw_key, blob in self.detection.take_dirty():
            partition = partitions.get(service)
            if partition is None:
                continue
            self.detect_table.send_changelog(partition, raw_key, blob)
            self.detect_table.data[raw_key] = blob

    def _lag(self) -> dict[tuple[str, int], int]:
        """High watermark (from fetch responses) minus the next offset to process, per partition."""
        out: dict[tuple[str, int], int] = {}
        consumer = getattr(self.app, "_consumer", None)
        if consumer is None:
            return out
        raw = set(self.cfg.kafka.topics.model_dump(include={"logs_raw", "spans_raw", "metrics_raw"}).values())
        try:
            assignment = consumer.assignment()
        except Exception:
            return out
        for tp in assignment:
            if tp.topic not in raw:
                continue
            try:
                highwater = consumer.highwater(tp)
            except Exception:
                continue
            position = self._positions.get((tp.topic, tp.partition))
            if highwater is None or position is None:
                continue
            out[(tp.topic, tp.partition)] = max(0, int(highwater) - position)
        return out

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
        if self.detection is not None:
            self.spawn(self._evaluate_loop(), "evaluate")
        self.log.info("processor joined its consumer group", extra={"group": self.cfg.process.group_id})

    async def _stop(self) -> None:
        await self.app.stop()
        if self._tmp_datadir is not None:
            shutil.rmtree(self._tmp_datadir, ignore_errors=True)
        await self.probe.stop()
        await self.health.stop()
