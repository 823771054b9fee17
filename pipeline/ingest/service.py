"""The ingestor: the registered receivers behind HTTP and gRPC listeners, in front of the raw-topic producer."""

from __future__ import annotations

from collections import defaultdict

from prometheus_client import CollectorRegistry

from pipeline.component import Component, Probe
from pipeline.config import Config
from pipeline.ingest import quote
from pipeline.ingest.auth import Authenticator, load_keys
from pipeline.ingest.contract import (
    BackgroundTask,
    Endpoints,
    GrpcService,
    Listener,
    ReceiverContext,
)
from pipeline.ingest.grpc_server import GrpcServer
from pipeline.ingest.http import HttpHost
from pipeline.ingest.limits import Limits
from pipeline.ingest.metrics import IngestMetrics
from pipeline.ingest.producer import RawProducer
from pipeline.ingest.receiver import Receiver

__all__ = ["Ingestor"]


class Ingestor(Component):
    """Accepts telemetry over HTTP and gRPC and produces it to the raw topics.

    Every enabled receiver of :mod:`pipeline.ingest.registry` declares its
    endpoints; routes go on the main HTTP listener (``ingest.http``) or on
    the receiver's own, gRPC services on ``ingest.grpc``.  ``start`` binds
    the listeners (a taken port is a :class:`StartupError`) and connects to
    Kafka in the background; until Kafka answers, requests get 503 (gRPC
    ``UNAVAILABLE``) with a retry delay and ``/health/ready`` names
    ``kafka``.  ``http_port`` and ``grpc_port`` are the bound ports once
    started (useful with port 0); ``ports`` has every HTTP listener's, by
    config key.
    """

    name = "ingest"

    def __init__(self, cfg: Config, registry: CollectorRegistry) -> None:
        super().__init__()
        ingest, kafka = cfg.ingest, cfg.kafka
        self.ingest = ingest
        quote.configure(cfg.redact)  # values quoted in answers and logs: the configured redaction rules
        self.probe = Probe("kafka", self._check_kafka)
        self.producer = RawProducer(kafka, registry, on_connect=self.probe.check_now)
        self.auth = Authenticator(load_keys(ingest.auth))
        self.metrics = IngestMetrics(registry, in_flight=lambda: self.receiver.in_flight)
        limits = Limits.from_config(ingest, kafka.max_message_bytes)
        topics = kafka.topics
        self.receiver = Receiver(
            self.producer,
            self.metrics,
            limits,
            {"logs": topics.logs_raw, "spans": topics.spans_raw, "metrics": topics.metrics_raw},
            max_in_flight=ingest.max_in_flight,
            retry_after=ingest.retry_after_s,
            kafka_failing=self._kafka_failing,
            max_in_flight_bytes=ingest.max_in_flight_bytes,
            max_decoding=ingest.max_decoding,
            memory_trim_interval_s=ingest.memory_trim_interval_s,
        )
        ctx = ReceiverContext(self.receiver, self.auth, self.metrics, limits, ingest.json_mapping)
        main = Listener(ingest.http.host, ingest.http.port, ingest.http.tls, "ingest.http")
        listeners: dict[str, Listener] = {main.key: main}
        on: dict[str, list[Endpoints]] = defaultdict(list)
        services: list[GrpcService] = []
        self.tasks: list[BackgroundTask] = []
        for section in ingest.receivers().values():
            declared = section.endpoints(ctx)
            listener = declared.listener or main
            listeners.setdefault(listener.key, listener)
            on[listener.key].append(declared)
            services.extend(declared.grpc)
            self.tasks.extend(declared.tasks)
        self.listeners = [
            (listener, HttpHost(on[key], self.auth, self.metrics, ingest.max_body_bytes, ingest.cors, ingest.header_timeout_s))
            for key, listener in listeners.items()
        ]
        self.http = self.listeners[0][1]  # the main listener's
        self.grpc = (
            GrpcServer(ingest.grpc, services, self.auth, self.metrics, ingest.max_body_bytes)
            if ingest.grpc.enabled and services
            else None
        )
        self.http_port = ingest.http.port
        self.grpc_port = ingest.grpc.port
        self.ports: dict[str, int] = {}

    async def _check_kafka(self) -> None:
        await self.producer.check()

    def _kafka_failing(self) -> str | None:
        return None if self.probe.error == "not checked yet" else self.probe.error

    def failing(self) -> dict[str, str]:
        return self.probe.failing()

    async def _start(self) -> None:
        try:
            for listener, host in self.listeners:
                await host.start(listener)
                self.ports[listener.key] = host.port
            if self.grpc is not None:
                await self.grpc.start()
                self.grpc_port = self.grpc.port
        except BaseException:
            await self._stop_listeners()
            raise
        self.http_port = self.http.port
        await self.producer.start()
        await self.probe.start()
        for task in self.tasks:
            await task.start()
            self.ports.update(getattr(task, "ports", {}))  # a task's own listeners (syslog's)
        scheme = "https" if self.ingest.http.tls.enabled else "http"
        extra = {
            key.removeprefix("ingest.").replace(".", "_"): f"{'https' if listener.tls.enabled else 'http'}://"
            f"{listener.host}:{self.ports[key]}"
            for listener, _host in self.listeners
            if (key := listener.key) != "ingest.http"
        }
        extra["http"] = f"{scheme}://{self.ingest.http.host}:{self.http_port}"
        if self.grpc is not None:
            extra["grpc"] = f"{self.ingest.grpc.host}:{self.grpc_port}"
        self.log.info(
            "ingest listening",
            extra={**extra, "receivers": ",".join(self.ingest.receivers()), "auth": "on" if self.auth.enabled else "off"},
        )

    async def _stop_listeners(self) -> None:
        if self.grpc is not None:
            await self.grpc.stop()
        for _listener, host in self.listeners:
            await host.stop()  # stop accepting, let in-flight requests finish

    async def _stop(self) -> None:
        for task in self.tasks:
            await task.stop()
        await self.probe.stop()
        await self._stop_listeners()
        await self.receiver.trimmer.stop()
        await self.producer.stop()
