"""``sightline bench ingest``: OTLP/HTTP protobuf log batches against one ingestor process.

Starts the embedded broker on a free port and one ingestor (``sightline
ingest``, in a child process), then posts OTLP/HTTP protobuf log batches
(512 records of about 390 bytes: 10 attributes, trace and span ids) from
concurrent clients for a while and prints records/s, MB/s and request
latency, the ingestor's CPU time per record, and its resident memory
(idle, at the end of the load and its peak).  In the same run it measures the ceiling: the same request bodies
produced straight to the same broker with aiokafka, one message per batch,
with the same codec.  Figures, not assertions: run it a few times.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field

from aiokafka import AIOKafkaProducer
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue

from pipeline.bench.common import (
    Progress,
    add_load_arguments,
    cpu_seconds,
    emit,
    percentile,
    post_load,
    run_with_broker,
)
from pipeline.config import TopicsConfig, load_config
from pipeline.embedded import EmbeddedBroker, die_with_parent, free_port
from pipeline.errors import StartupError
from pipeline.kafka import ensure_topics

__all__ = ["add_arguments", "make_bodies", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The bench's options."""
    add_load_arguments(parser, clients=16)
    parser.add_argument("--records", type=int, default=512, help="log records per request (default 512)")
    parser.add_argument("--services", type=int, default=8, help="distinct service.name values over the bodies")


def make_bodies(count: int, records: int, services: int, seed: int = 7) -> list[bytes]:
    """Serialized ExportLogsServiceRequests: one resource, ``records`` records of ~390 bytes each."""
    rng = random.Random(seed)
    routes = ["/api/cart", "/api/checkout", "/api/login", "/api/search", "/healthz"]
    bodies = []
    for b in range(count):
        request = ExportLogsServiceRequest()
        rl = request.resource_logs.add()
        for key, value in (("service.name", f"svc-{b % services}"), ("service.version", "1.4.2"),
                           ("host.name", f"node-{b % 5}"), ("deployment.environment", "bench")):
            rl.resource.attributes.add(key=key, value=AnyValue(string_value=value))
        sl = rl.scope_logs.add()
        sl.scope.name, sl.scope.version = "bench.logger", "1.0.0"
        now = 1_795_428_000_000_000_000 + b * 1_000_000_000
        for i in range(records):
            r = sl.log_records.add()
            r.time_unix_nano = now + i * 1000
            r.observed_time_unix_nano = r.time_unix_nano + 5000
            r.severity_number, r.severity_text = (17, "ERROR") if i % 50 == 0 else (9, "INFO")
            route = rng.choice(routes)
            r.body.string_value = f"{route} handled in {rng.random() * 100:.3f} ms for user u{rng.randrange(10_000)}"
            r.trace_id = rng.randbytes(16)
            r.span_id = rng.randbytes(8)
            r.flags = 1
            attrs = r.attributes
            attrs.add(key="http.route", value=AnyValue(string_value=route))
            attrs.add(key="http.request.method", value=AnyValue(string_value="GET"))
            attrs.add(key="http.response.status_code", value=AnyValue(int_value=rng.choice((200, 200, 200, 404, 500))))
            attrs.add(key="user.id", value=AnyValue(string_value=f"u{rng.randrange(10_000)}"))
            attrs.add(key="session.id", value=AnyValue(string_value=rng.randbytes(8).hex()))
            attrs.add(key="duration_ms", value=AnyValue(double_value=rng.random() * 100))
            attrs.add(key="cache.hit", value=AnyValue(bool_value=rng.random() < 0.5))
            attrs.add(key="region", value=AnyValue(string_value=rng.choice(("eu-west-1", "us-east-1"))))
            attrs.add(key="thread.name", value=AnyValue(string_value=f"worker-{rng.randrange(32)}"))
            attrs.add(key="code.function", value=AnyValue(string_value="handle_request"))
        bodies.append(request.SerializeToString())
    return bodies


async def _ceiling(bootstrap: str, topic: str, bodies: list[bytes], records: int, compression: str,
                   in_flight: int, duration: float) -> tuple[int, int, float]:
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, acks="all", linger_ms=5, max_request_size=4 * 1024 * 1024,
        compression_type=None if compression == "none" else compression,
    )
    await producer.start()
    count = size = 0
    try:
        for body in bodies[:2]:  # warm the connection and metadata
            await producer.send_and_wait(topic, body, key=b"warmup")
        began = time.monotonic()
        stop_at = began + duration

        async def worker(n: int) -> None:
            nonlocal count, size
            i = n
            while time.monotonic() < stop_at:
                body = bodies[i % len(bodies)]
                i += in_flight
                await (await producer.send(topic, body, key=f"svc-{i % 8}".encode()))
                count += 1
                size += len(body)

        await asyncio.gather(*(worker(n) for n in range(in_flight)))
        elapsed = time.monotonic() - began
    finally:
        await producer.stop()
    return count * records, size, elapsed


def _memory_mb(pid: int) -> dict[str, float]:
    """VmRSS and VmHWM (peak) of a process, in MB, from /proc (empty where there is no /proc)."""
    out = {}
    with contextlib.suppress(OSError), open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                out[line.split(":")[0]] = int(line.split()[1]) / 1024
    return out


def _wait_ready(admin_port: int, proc: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise StartupError(f"the ingestor exited with code {proc.returncode} while starting")
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(f"http://127.0.0.1:{admin_port}/health/ready", timeout=1) as resp:
                if resp.status == 200:
                    return
        time.sleep(0.1)
    raise StartupError("the ingestor did not become ready within 30s")


@dataclass
class IngestorChild:
    """A ``sightline ingest`` child process on free ports, ready."""

    proc: subprocess.Popen[bytes]
    http_port: int
    admin_port: int
    topics: TopicsConfig
    ports: dict[str, int] = field(default_factory=dict)  # receivers with a listener of their own, by config key

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


async def start_ingestor(broker: EmbeddedBroker, partitions: int, compression: str, clients: int,
                         log_dir: str) -> IngestorChild:
    """A ``sightline ingest`` against ``broker`` (topics created), every listener on a free port, once ready."""
    cfg = load_config(environ={}, overrides={
        "kafka.bootstrap_servers": broker.bootstrap, "kafka.partitions": partitions, "kafka.idempotent": False,
    })
    await ensure_topics(cfg.kafka)
    http_port, grpc_port, admin_port = free_port(), free_port(), free_port()
    env = {
        **os.environ,
        "SIGHTLINE_KAFKA__BOOTSTRAP_SERVERS": broker.bootstrap,
        "SIGHTLINE_KAFKA__IDEMPOTENT": "false",
        "SIGHTLINE_KAFKA__COMPRESSION": compression,
        "SIGHTLINE_KAFKA__CREATE_TOPICS": "false",
        "SIGHTLINE_INGEST__HTTP__PORT": str(http_port),
        "SIGHTLINE_INGEST__GRPC__PORT": str(grpc_port),
        "SIGHTLINE_INGEST__MAX_IN_FLIGHT": str(max(64, clients * 2)),
        "SIGHTLINE_ADMIN__PORT": str(admin_port),
        "SIGHTLINE_LOG__LEVEL": "warning",
    }
    env.pop("SIGHTLINE_CONFIG", None)
    ports: dict[str, int] = {}
    for key, section in cfg.ingest.receivers().items():  # receivers with a listener of their own (Zipkin): free ports
        if "port" in type(section).model_fields:
            ports[key] = free_port()
            env[f"SIGHTLINE_INGEST__{key.upper()}__PORT"] = str(ports[key])
    with open(os.path.join(log_dir, "ingest.log"), "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "ingest"], env=env, stdout=out,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                preexec_fn=die_with_parent)  # a bench killed hard leaves no ingestor behind
    child = IngestorChild(proc, http_port, admin_port, cfg.kafka.topics, ports)
    try:
        await asyncio.to_thread(_wait_ready, admin_port, proc)
    except BaseException:
        child.stop()
        raise
    return child


async def _bench(args: argparse.Namespace, broker: EmbeddedBroker, log_dir: str, progress: Progress) -> int:
    result: dict[str, object] = {"bench": "ingest", "clients": args.clients, "records_per_request": args.records,
                                 "compression": args.compression, "duration_s": args.duration}

    def say(line: str) -> None:  # the table; under --json it goes to stderr and the JSON to stdout
        if args.json:
            print(line, file=sys.stderr, flush=True)
        else:
            progress.write(line)

    bodies = make_bodies(args.bodies, args.records, args.services)
    avg = sum(map(len, bodies)) / len(bodies)
    say(f"bodies: {len(bodies)} x {args.records} records, {avg / 1024:.1f} KiB each "
          f"({avg / args.records:.0f} bytes/record); codec {args.compression}; {args.clients} clients")
    progress.phase("starting the ingestor")
    child = await start_ingestor(broker, args.partitions, args.compression, args.clients, log_dir)
    proc = child.proc
    try:
        progress.phase(f"load: {args.warmup:.0f} s warm-up, {args.duration:.0f} s measured")
        url = f"http://127.0.0.1:{child.http_port}/v1/logs"
        idle = _memory_mb(proc.pid)
        cpu_start: list[float] = []
        tally, elapsed = await post_load(
            url, bodies, args.records, args.clients, args.warmup, args.duration,
            {"Content-Type": "application/x-protobuf"}, 200,
            on_measure=lambda: cpu_start.append(cpu_seconds(proc.pid)),
        )
        cpu = cpu_seconds(proc.pid) - cpu_start[0]
        loaded = _memory_mb(proc.pid)
    finally:
        child.stop()
    rate = tally.records / elapsed
    result.update({
        "records_per_s": round(rate, 1), "mb_per_s": round(tally.bytes / elapsed / 1e6, 2),
        "p50_ms": round(percentile(tally.latencies, 0.5) * 1000, 2), "p99_ms": round(percentile(tally.latencies, 0.99) * 1000, 2),
        "requests": tally.requests, "failed": tally.failed, "statuses": {str(k): v for k, v in tally.statuses.items()},
        "cpu_s": round(cpu, 3), "cpu_us_per_record": round(cpu / max(tally.records, 1) * 1e6, 3),
        "rss_mb_idle": idle.get("VmRSS"), "rss_mb_loaded": loaded.get("VmRSS"), "rss_mb_peak": loaded.get("VmHWM"),
    })
    say(f"ingest   {rate:>10,.0f} records/s  {tally.bytes / elapsed / 1e6:7.1f} MB/s  "
          f"p50 {percentile(tally.latencies, 0.5) * 1000:6.1f} ms  p99 {percentile(tally.latencies, 0.99) * 1000:6.1f} ms  "
          f"requests {tally.requests}  failed {tally.failed}"
          + (f" {tally.statuses}" if tally.failed else ""))
    say(f"ingestor CPU: {cpu:.2f} s user+sys over the measured {elapsed:.1f} s, "
          f"{cpu / max(tally.records, 1) * 1e6:.2f} us/record (less sensitive to a shared machine than records/s)")
    say(f"ingestor memory: RSS {idle.get('VmRSS', float('nan')):.0f} MB idle, {loaded.get('VmRSS', float('nan')):.0f} MB "
          f"at the end of the load, peak {loaded.get('VmHWM', float('nan')):.0f} MB (VmHWM)")
    if args.no_ceiling:
        emit(args, result)
        return 0 if tally.failed == 0 else 1
    progress.phase(f"ceiling: aiokafka straight to the broker for {args.duration:.0f} s")
    records, size, spent = await _ceiling(
        broker.bootstrap, child.topics.logs_raw, bodies, args.records, args.compression, args.clients, args.duration
    )
    ceiling = records / spent
    say(f"ceiling  {ceiling:>10,.0f} records/s  {size / spent / 1e6:7.1f} MB/s  "
        f"(aiokafka straight to the broker, one message per batch, {args.compression})")
    say(f"ratio    {rate / ceiling:.2f} of the ceiling")
    result.update({"ceiling_records_per_s": round(ceiling, 1), "ratio": round(rate / ceiling, 3)})
    emit(args, result)
    return 0 if tally.failed == 0 else 1


def run(args: argparse.Namespace) -> int:
    """Run the benchmark; non-zero when a request failed."""
    return run_with_broker("bench ingest", args, _bench)
