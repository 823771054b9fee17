"""``sightline up``: the whole pipeline on one machine, embedded broker and store included."""

from __future__ import annotations

import asyncio
import sys
from typing import Any

from prometheus_client import CollectorRegistry

from pipeline.admin import AdminServer
from pipeline.alerts.forward import AlertForwarder
from pipeline.config import Config
from pipeline.console import Console
from pipeline.embedded import BrokerKeeper, DocStoreProcess, EmbeddedBroker, SearchStore, make_store
from pipeline.ingest import Ingestor
from pipeline.kafka import ensure_topics
from pipeline.log import get_logger
from pipeline.process import Processor
from pipeline.runner import run_until_signal
from pipeline.sinks import build_sinks
from pipeline.supervisor import ProcessorPool, default_processors

__all__ = ["EMBEDDED_SESSION_TIMEOUT_S", "embedded_config", "run_up"]

log = get_logger("up")


EMBEDDED_SESSION_TIMEOUT_S = 10.0


def embedded_config(cfg: Config, broker: EmbeddedBroker, store: SearchStore) -> Config:
    """Point ``cfg`` at the embedded children (which lack idempotent producers and replication).

    The embedded broker's group joins last longer the longer ``kafka.session_timeout_s`` is (it
    waits for members it still counts), so unless the config sets it, the session is
    :data:`EMBEDDED_SESSION_TIMEOUT_S`: with 30 s, two processors took 20 s to join and a killed
    one's partitions waited 59 s for its replacement; with 10 s, 10 s each
    (tests/integration/test_up_processors.py's log).
    """
    update: dict[str, object] = {"bootstrap_servers": broker.bootstrap, "idempotent": False, "replication_factor": 1}
    if "session_timeout_s" not in cfg.kafka.model_fields_set:
        update["session_timeout_s"] = min(cfg.kafka.session_timeout_s, EMBEDDED_SESSION_TIMEOUT_S)
    kafka = cfg.kafka.model_copy(update=update)
    es = cfg.elasticsearch.model_copy(update={"hosts": [store.url]})
    return cfg.model_copy(update={"kafka": kafka, "elasticsearch": es})


def _banner(
    cfg: Config, ingest: Ingestor, admin: AdminServer, broker: EmbeddedBroker, store: SearchStore,
    console: Console | None = None, pool: ProcessorPool | None = None,
) -> str:
    http = f"http://{cfg.ingest.http.host}:{ingest.http_port}"
    prefix = cfg.elasticsearch.index_prefix
    lines = [
        "",
        "Sightline is up.",
        *([f"  console          {console.url}   (services, alerts, logs, traces, new error types)"] if console else []),
        f"  OTLP/HTTP        {http}   (/v1/logs /v1/traces /v1/metrics; protobuf or JSON)",
        f"  OTLP/gRPC        {cfg.ingest.grpc.host}:{ingest.grpc_port}",
        f"  JSON logs        POST {http}/api/v1/logs   (NDJSON or a JSON array); ES bulk: {http}/_bulk",
        *_other_receivers(cfg, ingest),
        f"  health, metrics  http://{cfg.admin.host}:{admin.port}/health/ready   /metrics",
        *([f"  processors       {pool.count} processes, admin ports {', '.join(map(str, pool.ports))}   (/metrics each)"]
          if pool else []),
        f"  Kafka            {broker.bootstrap}   topics {cfg.kafka.topics.logs_raw}, {cfg.kafka.topics.logs}, ...",
        f"  search store     {store.url}/{prefix}-logs-*/_search   (also -spans-*, -metrics-*, -alerts-*)",
        *([f"  store data       {store.data_dir}   (kept across restarts; above {store.max_bytes / 2**30:.1f} GiB the oldest "
           "documents go first)"] if isinstance(store, DocStoreProcess) else []),
        f"  alerts           sightline alerts tail   (topic {cfg.kafka.topics.alerts})",
        f"  log templates    sightline templates   (index {prefix}-templates)",
        "",
        "  try:  curl -s " + http + "/api/v1/logs -d '{\"message\":\"hello\",\"level\":\"info\",\"service\":\"demo\"}'",
        "  then: curl -s '" + store.url + "/" + prefix + "-logs-*/_search?q=hello'",
        "",
        "Ctrl-C stops everything.",
        "",
    ]
    return "\n".join(lines)


def _other_receivers(cfg: Config, ingest: Ingestor) -> list[str]:
    """Banner lines of the receivers on ports of their own (Zipkin, syslog), when they run."""
    lines = []
    if "ingest.zipkin" in ingest.ports:
        lines.append(f"  Zipkin           http://{cfg.ingest.zipkin.host}:{ingest.ports['ingest.zipkin']}/api/v2/spans")
    if "ingest.syslog" in ingest.ports:
        syslog = cfg.ingest.syslog
        over = " and ".join(t for t, on in (("TCP", syslog.tcp), ("UDP", syslog.udp)) if on)
        lines.append(f"  syslog           {syslog.host}:{ingest.ports['ingest.syslog']}   ({over}; RFC 5424 or 3164)")
    return lines


async def _serve(cfg: Config, broker: EmbeddedBroker, store: SearchStore, demo: bool, processors: int = 1) -> None:
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    pool: ProcessorPool | None = None
    if processors > 1:  # children; one processor stays in this process, as before --processors existed
        pool = ProcessorPool(cfg, processors, registry, work_dir=cfg.embedded.log_dir)
        pool.plan()
        if not cfg.console.metrics_urls:  # the console reads the children's statistics
            console_cfg = cfg.console.model_copy(update={"metrics_urls": pool.metrics_urls})
            cfg = cfg.model_copy(update={"console": console_cfg})
    ingest = Ingestor(cfg, registry)
    components: list[Any] = [
        BrokerKeeper(broker, cfg.kafka, startup_timeout=cfg.embedded.startup_timeout_s),  # restarts, topics again
        ingest,
        pool if pool is not None else Processor(cfg, registry, exit_on_crash=False),  # the broker lives here
        *build_sinks(cfg, registry),  # every registered sink the config enables
        AlertForwarder(cfg, registry),
    ]
    console = Console(cfg, registry) if cfg.console.enabled else None
    if console is not None:
        components.append(console)
    if demo:
        from pipeline.demo import DemoTraffic

        components.append(DemoTraffic(cfg, lambda: f"http://{cfg.ingest.http.host}:{ingest.http_port}"))

    def ready(admin: AdminServer) -> None:
        print(_banner(cfg, ingest, admin, broker, store, console, pool), file=sys.stderr, flush=True)

    await run_until_signal(cfg, registry, components, on_ready=ready)


def demo_config(cfg: Config) -> Config:
    """Faster detector cadence for the demo, so its incidents are scored within its three-minute warm-up.

    Anomaly detectors are fed every 5 s and score after 60 points (5 minutes)
    and error spikes are counted in 20 s windows (instead of 60 s), so both
    have enough history when the incidents start.
    """
    spike = cfg.detectors.error_spike.model_copy(
        update={"window_seconds": min(cfg.detectors.error_spike.window_seconds, 20.0)}
    )
    metric = cfg.detectors.metric
    if "warmup" not in metric.params:
        metric = metric.model_copy(update={"params": {**metric.params, "warmup": 60}})
    detectors = cfg.detectors.model_copy(
        update={"feed_interval_s": min(cfg.detectors.feed_interval_s, 5.0), "error_spike": spike, "metric": metric}
    )
    alerts = cfg.alerts.model_copy(update={"evaluation_interval_s": min(cfg.alerts.evaluation_interval_s, 5.0)})
    return cfg.model_copy(update={"detectors": detectors, "alerts": alerts})


def run_up(cfg: Config, demo: bool = False, processors: int | None = None) -> int:
    """Start the children, run every component in this process, stop it all on Ctrl-C/SIGTERM.

    ``processors`` (default: the usable cores, at most ``kafka.partitions``):
    with 1 the processor runs in this process; with more, that many
    ``sightline process`` children in one consumer group, supervised by
    :class:`~pipeline.supervisor.ProcessorPool`.
    """
    if processors is None:
        processors = default_processors(cfg.kafka.partitions)
    if processors > cfg.kafka.partitions:
        log.warning(
            "more processors than partitions: the extra ones stay idle",
            extra={"processors": processors, "kafka.partitions": cfg.kafka.partitions},
        )
    if demo:
        cfg = demo_config(cfg)
        if not cfg.embedded.store_dir:  # the demo's made-up services stay out of the user's own store on disk
            demo_dir = cfg.embedded.data_dir() + "-demo"
            cfg = cfg.model_copy(update={"embedded": cfg.embedded.model_copy(update={"store_dir": demo_dir})})
    e = cfg.embedded
    broker = EmbeddedBroker(e.host, e.broker_port, e.broker_bin, e.log_dir)
    store = make_store(e)  # embedded.store_engine: osmem-server, or the sqlite docstore on disk
    try:
        broker.start(e.startup_timeout_s)
        store.start(e.startup_timeout_s)
        asyncio.run(_serve(embedded_config(cfg, broker, store), broker, store, demo, processors))
    finally:
        store.stop()
        broker.stop()
    return 0
