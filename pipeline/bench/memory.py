"""``sightline bench memory``: resident memory of a real processor and sink under load.

Starts the embedded broker (and, for the sink, the embedded store), runs
``sightline process`` or ``sightline sink`` as a child process, feeds it and
samples the child's ``VmRSS`` and ``VmHWM`` from ``/proc/PID/status``.

``process``: every round produces, for each of ``--services`` services, one
spans batch (``--operations`` operations, 5% failed with one of three
exception types), one logs batch (info lines and error lines of three
templates with varying numbers and exception types) and one metrics batch
(two gauges), straight to the raw topics.  The next round starts once the
processor has decoded everything produced so far, so every series exists and
the detectors are fed (``detectors.feed_interval_s`` and
``alerts.evaluation_interval_s`` are set to 1 s so detector state exists
within seconds instead of minutes).

``sink``: the processor's own clean-topic messages (``--batch`` records each)
are produced to the clean topics in a loop; after ``--duration`` seconds the
store is stopped and the loop goes on for as long again, so the second figure
is the sink holding what it may hold (``sink.deliveries_in_flight`` x
``sink.poll_max_messages`` messages) while it
retries.

Figures, not assertions.  Memory does not depend on how busy the machine is,
unlike the throughput benches.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from typing import Any

import aiohttp
from aiokafka import AIOKafkaProducer
from prometheus_client.parser import text_string_to_metric_families

from pipeline.bench.common import Progress, add_json_argument, emit
from pipeline.config import load_config
from pipeline.embedded import EmbeddedBroker, EmbeddedStore, die_with_parent, free_port
from pipeline.kafka import ensure_topics
from schemas.raw import FORMAT_OTLP_PROTO, RawEnvelope

__all__ = [
    "add_arguments", "child_env", "make_round", "metric_total", "run", "run_config", "scrape_metrics", "stop_child", "wait_ready",
]

_ERROR_LOGS = [
    ("ConnectionRefusedError", "connection to db-{a} refused after {b} ms"),
    ("KeyError", "user {a} not found in session cache"),
    ("TimeoutError", "timeout calling inventory after {b} ms (attempt {a})"),
]
_SPAN_ERRORS = ["TimeoutError", "ConnectionResetError", "ValueError"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The bench's options."""
    parser.add_argument("component", choices=["process", "sink"], help="which process to measure")
    parser.add_argument("--services", type=int, nargs="+", default=[10, 100, 1000],
                        help="process: service counts, one run each (default 10 100 1000)")
    parser.add_argument("--operations", type=int, default=10, help="process: operations per service (default 10)")
    parser.add_argument("--spans", type=int, default=3, help="process: spans per operation per round (default 3)")
    parser.add_argument("--logs", type=int, default=20, help="process: log records per service per round (default 20)")
    parser.add_argument("--duration", type=float, default=60.0,
                        help="seconds of load per run (sink: per phase, store up then down; default 60)")
    parser.add_argument("--batch", type=int, default=500, help="sink: records per clean-topic message (default 500)")
    parser.add_argument("--partitions", type=int, default=6, help="partitions of the topics (default 6)")
    add_json_argument(parser)


def _kv(key: str, value: Any) -> Any:
    from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue

    if isinstance(value, int):
        return KeyValue(key=key, value=AnyValue(int_value=value))
    return KeyValue(key=key, value=AnyValue(string_value=str(value)))


def make_round(services: int, operations: int, spans: int, logs: int, rng: random.Random, now_ns: int) -> list[tuple[str, str, bytes]]:
    """One round of load: ``(signal, service, OTLP protobuf payload)`` per raw message, three per service."""
    from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
    from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import (
        ExportMetricsServiceRequest,
    )
    from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

    out = []
    for s in range(services):
        service = f"svc-{s:04d}"
        res = [_kv("service.name", service), _kv("host.name", f"host-{s % 7}")]
        tr = ExportTraceServiceRequest()
        rs = tr.resource_spans.add()
        rs.resource.attributes.extend(res)
        scope = rs.scope_spans.add()
        for op in range(operations):
            for _ in range(spans):
                sp = scope.spans.add()
                sp.trace_id, sp.span_id = rng.randbytes(16), rng.randbytes(8)
                sp.name = f"GET /api/v1/resource{op}"
                sp.kind = 2
                start = now_ns - rng.randrange(10**9)
                sp.start_time_unix_nano = start
                sp.end_time_unix_nano = start + int(rng.lognormvariate(16 + op % 3, 0.5))
                failed = rng.random() < 0.05
                sp.attributes.extend([_kv("http.request.method", "GET"), _kv("http.response.status_code", 500 if failed else 200)])
                if failed:
                    sp.status.code = 2
                    ev = sp.events.add()
                    ev.name, ev.time_unix_nano = "exception", start
                    ev.attributes.extend([_kv("exception.type", rng.choice(_SPAN_ERRORS)), _kv("exception.message", "upstream failed")])
        out.append(("spans", service, tr.SerializeToString()))
        lg = ExportLogsServiceRequest()
        rl = lg.resource_logs.add()
        rl.resource.attributes.extend(res)
        sl = rl.scope_logs.add()
        for i in range(logs):
            lr = sl.log_records.add()
            lr.time_unix_nano = now_ns - rng.randrange(10**9)
            lr.trace_id, lr.span_id = rng.randbytes(16), rng.randbytes(8)
            if i % 4 == 0:
                etype, text = _ERROR_LOGS[(i // 4) % len(_ERROR_LOGS)]
                lr.severity_number, lr.severity_text = 17, "ERROR"
                lr.body.string_value = text.format(a=rng.randrange(10**6), b=rng.randrange(5000))
                lr.attributes.extend([_kv("exception.type", etype)])
            else:
                lr.severity_number, lr.severity_text = 9, "INFO"
                lr.body.string_value = f"request {rng.randrange(10**6)} handled in {rng.randrange(500)} ms"
        out.append(("logs", service, lg.SerializeToString()))
        mt = ExportMetricsServiceRequest()
        rm = mt.resource_metrics.add()
        rm.resource.attributes.extend(res)
        sm = rm.scope_metrics.add()
        for name in ("queue.depth", "pool.in_use"):
            m = sm.metrics.add()
            m.name = name
            p = m.gauge.data_points.add()
            p.time_unix_nano = now_ns
            p.as_double = rng.random() * 100
        out.append(("metrics", service, mt.SerializeToString()))
    return out


class _Sampler:
    """VmRSS of one process every half second, in a thread."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.samples: list[tuple[float, float]] = []  # (monotonic, MB)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def status(self) -> dict[str, float]:
        out = {}
        with contextlib.suppress(OSError), open(f"/proc/{self.pid}/status") as f:
            for line in f:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    out[line.split(":")[0]] = int(line.split()[1]) / 1024
        return out

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            rss = self.status().get("VmRSS")
            if rss is not None:
                self.samples.append((time.monotonic(), rss))

    def since(self, t: float) -> list[float]:
        return [mb for at, mb in self.samples if at >= t]

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


async def scrape_metrics(port: int, names: tuple[str, ...] = ()) -> dict[str, list[tuple[dict[str, str], float]]]:
    """A child's ``/metrics``; with ``names`` only those samples (prometheus_client's ``name[]``
    filter: the other collectors are not run, so a scrape costs the child almost nothing)."""
    out: dict[str, list[tuple[dict[str, str], float]]] = {}
    params = [("name[]", name) for name in names]
    with contextlib.suppress(aiohttp.ClientError, asyncio.TimeoutError):
        async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{port}/metrics", params=params,
                                                             timeout=aiohttp.ClientTimeout(total=10)) as resp:
            text = await resp.text()
        for family in text_string_to_metric_families(text):
            for s in family.samples:
                out.setdefault(s.name, []).append((s.labels, s.value))
    return out


def metric_total(metrics: dict[str, list[tuple[dict[str, str], float]]], name: str) -> float:
    return sum(v for _, v in metrics.get(name, []))


async def wait_ready(port: int, proc: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as http:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"the child exited with code {proc.returncode} while starting")
            with contextlib.suppress(aiohttp.ClientError, asyncio.TimeoutError):
                async with http.get(f"http://127.0.0.1:{port}/health/ready", timeout=aiohttp.ClientTimeout(total=1)) as resp:
                    if resp.status == 200:
                        return
            await asyncio.sleep(0.2)
    raise RuntimeError("the child did not become ready")


def run_config(broker: EmbeddedBroker, tag: str, partitions: int) -> Any:
    """Topics of this run only: a run never reads what an earlier one produced."""
    topics = {name: f"{tag}.{default}" for name, default in load_config(environ={}).kafka.topics.model_dump().items()}
    return load_config(environ={}, overrides={"kafka.bootstrap_servers": broker.bootstrap, "kafka.partitions": partitions,
                                              "kafka.idempotent": False, "kafka.topics": topics})


def child_env(broker: EmbeddedBroker, admin_port: int, tag: str, cfg: Any, extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIGHTLINE_")}
    for name, topic in cfg.kafka.topics.model_dump().items():
        env[f"SIGHTLINE_KAFKA__TOPICS__{name.upper()}"] = topic
    env.update({
        "SIGHTLINE_KAFKA__PARTITIONS": str(cfg.kafka.partitions),
        "SIGHTLINE_KAFKA__BOOTSTRAP_SERVERS": broker.bootstrap,
        "SIGHTLINE_KAFKA__IDEMPOTENT": "false",
        "SIGHTLINE_KAFKA__REBALANCE_TIMEOUT_S": "2",
        "SIGHTLINE_ADMIN__PORT": str(admin_port),
        "SIGHTLINE_PROCESS__GROUP_ID": f"{tag}-process",
        "SIGHTLINE_SINK__GROUP_ID": f"{tag}-sink",
        "SIGHTLINE_LOG__LEVEL": "warning",
        **extra,
    })
    return env


def stop_child(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


_ROWS: list[dict[str, Any]] = []  # every row printed in this run, for --json
_TO_STDERR = [False]  # under --json the rows go to stderr and the JSON document to stdout
_PROGRESS: list[Progress | None] = [None]  # the terminal progress line the rows are printed above


def _print_row(what: str, load: str, sampler: _Sampler, since: float, extra: str = "") -> None:
    tail = sampler.since(since) or [float("nan")]
    st = sampler.status()
    _ROWS.append({"process": what, "load": load, "rss_steady_mb": round(statistics.median(tail), 1),
                  "rss_max_mb": round(max(tail), 1), "vmhwm_mb": round(st.get("VmHWM", float("nan")), 1), "detail": extra})
    line = (f"{what:8} {load:52} RSS steady {statistics.median(tail):6.0f} MB (max {max(tail):.0f})  "
            f"VmHWM {st.get('VmHWM', float('nan')):6.0f} MB  {extra}")
    if _PROGRESS[0] is not None:
        _PROGRESS[0].write(line, out=sys.stderr if _TO_STDERR[0] else None)
    else:
        print(line, flush=True, file=sys.stderr if _TO_STDERR[0] else sys.stdout)


async def _process_run(args: argparse.Namespace, broker: EmbeddedBroker, log_dir: str, services: int) -> None:
    tag = "mem" + uuid.uuid4().hex[:6]
    cfg = run_config(broker, tag, args.partitions)
    await ensure_topics(cfg.kafka)
    admin = free_port()
    env = child_env(broker, admin, tag, cfg, {
        "SIGHTLINE_DETECTORS__FEED_INTERVAL_S": "1",
        "SIGHTLINE_ALERTS__EVALUATION_INTERVAL_S": "1",
    })
    topics = {"spans": cfg.kafka.topics.spans_raw, "logs": cfg.kafka.topics.logs_raw, "metrics": cfg.kafka.topics.metrics_raw}
    with open(os.path.join(log_dir, f"process-{services}.log"), "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "process"], env=env, stdout=out,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, preexec_fn=die_with_parent)
    sampler = _Sampler(proc.pid)
    producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap, acks="all", linger_ms=5,
                                max_request_size=8 * 1024 * 1024, compression_type="zstd")
    rng = random.Random(services)
    try:
        await wait_ready(admin, proc)
        idle = sampler.status().get("VmRSS", float("nan"))
        await producer.start()
        headers = RawEnvelope(FORMAT_OTLP_PROTO, time.time_ns()).headers()
        began = time.monotonic()
        produced = rounds = 0
        per_round = services * (args.operations * args.spans + args.logs + 2)
        while time.monotonic() - began < args.duration:
            start_round = time.monotonic()
            batch = make_round(services, args.operations, args.spans, args.logs, rng, time.time_ns())
            futs = [await producer.send(topics[sig], payload, key=svc.encode(), headers=headers) for sig, svc, payload in batch]
            await asyncio.gather(*futs)
            produced += per_round
            rounds += 1
            while time.monotonic() - began < args.duration + 120:  # wait for the processor to catch up
                m = await scrape_metrics(admin)
                if metric_total(m, "sightline_process_records_in_total") >= produced:
                    break
                await asyncio.sleep(0.5)
            await asyncio.sleep(max(0.0, 2.0 - (time.monotonic() - start_round)))
        await asyncio.sleep(3)  # a few more evaluations: detectors of the last round
        m = await scrape_metrics(admin)
        series = metric_total(m, "sightline_stats_series")
        detectors = len(m.get("sightline_anomaly_score", []))
        templates = metric_total(m, "sightline_templates_known")
        load = f"{services} services x {args.operations} ops, {per_round:,} rec/round"
        _print_row("process", load, sampler, began + (time.monotonic() - began) * 2 / 3,
                   f"idle {idle:.0f} MB; {rounds} rounds, {metric_total(m, 'sightline_process_records_in_total'):.0f}/{produced} records in; series {series:.0f}, anomaly detectors {detectors}, templates {templates:.0f}")
    finally:
        await producer.stop()
        sampler.stop()
        stop_child(proc)


async def _sink_run(args: argparse.Namespace, broker: EmbeddedBroker, store: EmbeddedStore, log_dir: str) -> None:
    from pipeline.process.pipeline import BatchPipeline
    from pipeline.process.stats import RollingStats
    from pipeline.process.transforms import default_transforms

    tag = "mem" + uuid.uuid4().hex[:6]
    cfg = run_config(broker, tag, args.partitions)
    await ensure_topics(cfg.kafka)
    # the processor's own clean-topic messages, args.batch records each
    pipeline = BatchPipeline(RollingStats(cfg.process.stats), default_transforms(cfg.redact))
    from pipeline.bench.process import make_batches

    now = time.time_ns()
    headers = RawEnvelope(FORMAT_OTLP_PROTO, now).headers()
    clean = {"spans": cfg.kafka.topics.spans, "logs": cfg.kafka.topics.logs, "metrics": cfg.kafka.topics.metrics}
    messages = []
    for sig, key, payload in make_batches("mixed", 60 * args.batch, args.batch, 20, 7, now):
        for value in pipeline.process(sig, headers, payload, key, now).values:
            messages.append((clean[sig], key, value))
    avg = sum(len(v) for _, _, v in messages) / len(messages)
    admin = free_port()
    env = child_env(broker, admin, tag, cfg, {"SIGHTLINE_ELASTICSEARCH__HOSTS": store.url,
                                          "SIGHTLINE_ELASTICSEARCH__INDEX_PREFIX": tag})
    with open(os.path.join(log_dir, "sink.log"), "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "sink"], env=env, stdout=out,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, preexec_fn=die_with_parent)
    sampler = _Sampler(proc.pid)
    producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap, acks="all", linger_ms=5,
                                max_request_size=16 * 1024 * 1024, compression_type="zstd")
    sent = 0

    async def feed(seconds: float) -> None:
        nonlocal sent
        stop_at = time.monotonic() + seconds
        i = 0
        while time.monotonic() < stop_at:
            futs = []
            for _ in range(20):
                topic, key, value = messages[i % len(messages)]
                i += 1
                futs.append(await producer.send(topic, value, key=key))
            await asyncio.gather(*futs)
            sent += 20
            await asyncio.sleep(0.05)

    try:
        await wait_ready(admin, proc)
        idle = sampler.status().get("VmRSS", float("nan"))
        await producer.start()
        load = f"clean messages of {args.batch} records ({avg / 1024:.0f} KiB)"
        began = time.monotonic()
        await feed(args.duration)
        m = await scrape_metrics(admin)
        _print_row("sink", load + ", store up", sampler, began + args.duration / 3,
                   f"idle {idle:.0f} MB; {sent} messages produced; indexed {metric_total(m, 'sightline_sink_documents_total'):.0f}")
        store.stop()
        down = time.monotonic()
        await feed(args.duration)
        _print_row("sink", load + ", store down", sampler, down + args.duration / 2,
                   f"{sent} messages produced in all; holds at most {cfg.sink.deliveries_in_flight} x "
                   f"{cfg.sink.poll_max_messages} messages")
    finally:
        await producer.stop()
        sampler.stop()
        stop_child(proc)


def run(args: argparse.Namespace) -> int:
    """Run the benchmark and print one line per run."""
    log_dir = tempfile.mkdtemp(prefix="sightline-bench-memory-")
    _ROWS.clear()
    _TO_STDERR[0] = bool(args.json)
    broker = EmbeddedBroker(port=0, log_dir=log_dir)
    with Progress("bench memory", enabled=False if args.json else None) as progress:
        _PROGRESS[0] = progress
        broker.start()
        try:
            if args.component == "process":
                for n in args.services:
                    progress.phase(f"processor, {n} services, {args.duration:.0f} s")
                    asyncio.run(_process_run(args, broker, log_dir, n))
            else:
                store = EmbeddedStore(port=0, log_dir=log_dir)
                store.start()
                try:
                    progress.phase(f"sink, {args.duration:.0f} s store up then {args.duration:.0f} s store down")
                    asyncio.run(_sink_run(args, broker, store, log_dir))
                finally:
                    store.stop()
        finally:
            broker.stop()
            _PROGRESS[0] = None
    print(f"children's logs: {log_dir}", file=sys.stderr if args.json else sys.stdout)
    emit(args, {"bench": "memory", "component": args.component, "duration_s": args.duration, "runs": list(_ROWS),
                "logs": log_dir})
    return 0
