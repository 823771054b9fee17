"""``sightline bench e2e``: export → searchable latency and the highest sustained rate of a whole stack.

Against a running stack (``--url`` the ingestor's HTTP address, ``--store``
the search store) or one it starts itself (``sightline up`` on free ports,
``--processors`` and ``--env KEY=VALUE`` passed to it), it sends a steady
OTLP/HTTP protobuf load of ``--batch`` (200) log records per request at each
rate of ``--rates`` (records/s, ascending: a step-up search) for
``--duration`` seconds, then waits until every accepted record is searchable
(``--drain`` seconds at most) before the next step.

Measured per step:

- **latency**: every ``--probe-interval`` seconds a one-record probe request
  is exported beside the load; its latency is the time from the start of the
  export request until the store returns it (the store is polled four times a
  second), p50/p99 over the step's probes; probes never seen count as
  unseen, not as fast.
- **sustained**: the load was sent at ≥ 95% of the target and accepted (no
  429/503 push-back), and the backlog (records accepted minus records
  searchable, counted in the store every second) did not grow over the
  second half of the step (its least-squares slope below 5% of the rate).
  The highest sustained rate is the last step that held; the search stops at
  the first that did not (``--all`` runs every rate).
- **drain**: seconds after the load stopped until everything accepted was
  searchable.
- **who limits it**: CPU of every process of the stack from ``/proc`` (the
  ``up`` process and its children when the bench started it; ``--pid
  NAME=PID`` otherwise), as a share of one core over the step; consumer lag
  per component from the admin ``/metrics`` (``--admin URL``, the processors'
  children found from ``up``'s banner), averaged over the step's second half;
  and the store's CPU per document indexed.  The bench's own CPU (the load,
  the probes, the polling: ``bench (load)``) and the whole machine's busy
  cores (``/proc/stat``, every process on it) are printed beside them.  The
  limiter named is the busiest process when one is near a full core
  (≥ 85%); else, when the rate did not hold and the machine's cores are all
  near full, the machine (its processes starve each other: on a 2-core
  machine the load generator is one of them); else the component whose lag
  grew.

Figures, not assertions: the machine is shared, so run it more than once and
prefer the CPU figures.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue
from prometheus_client.parser import text_string_to_metric_families

from pipeline.bench.common import (
    Progress,
    add_json_argument,
    cpu_seconds,
    emit,
    parse_env,
    percentile,
    reference_line,
    reference_seconds,
)
from pipeline.bench.ingest import make_bodies
from pipeline.embedded import die_with_parent, free_port
from pipeline.errors import StartupError

__all__ = ["add_arguments", "backlog_slope", "lag_by_component", "markdown_rows", "run", "sink_counters"]

_SUSTAIN_SEND = 0.95
_SUSTAIN_SLOPE = 0.05
_BUSY = 0.85
_LOAD = "bench (load)"  # this process's name among the CPU figures


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The bench's options."""
    parser.add_argument("--url", help="ingest HTTP base URL of a running stack (default: start sightline up on free ports)")
    parser.add_argument("--store", help="search store URL of a running stack (with --url)")
    parser.add_argument("--admin", action="append", default=[], metavar="URL",
                        help="admin base URL to read /metrics from (repeatable; with --url)")
    parser.add_argument("--pid", action="append", default=[], metavar="NAME=PID",
                        help="a process of the running stack whose CPU to measure (repeatable; with --url)")
    parser.add_argument("--rates", type=float, nargs="+", default=[1000, 2500, 5000],
                        help="records/s, one step each, ascending (default 1000 2500 5000)")
    parser.add_argument("--all", action="store_true", help="run every rate even after one is not sustained")
    parser.add_argument("--duration", type=float, default=30.0, help="seconds of load per step (default 30)")
    parser.add_argument("--drain", type=float, default=120.0, help="longest wait for the backlog after a step (default 120)")
    parser.add_argument("--batch", type=int, default=200, help="log records per export request (default 200)")
    parser.add_argument("--services", type=int, default=8, help="distinct service.name values in the load (default 8)")
    parser.add_argument("--probe-interval", type=float, default=0.5, help="seconds between probe records (default 0.5)")
    parser.add_argument("--in-flight", type=int, default=32, help="export requests in flight at most (default 32)")
    parser.add_argument("--processors", type=int, help="sightline up --processors (when the bench starts the stack)")
    parser.add_argument("--env", action="append", default=[], metavar="KEY=VALUE",
                        help="environment for the sightline up the bench starts, e.g. SIGHTLINE_SINK__BATCH_MAX_DOCS=1000")
    parser.add_argument("--engine", choices=("osmem", "sqlite"),
                        help="embedded.store_engine of the sightline up the bench starts (default: the config's); "
                             "the store on disk gets a fresh embedded.store_dir under the bench's log directory")
    parser.add_argument("--index-prefix", default="sightline", help="elasticsearch.index_prefix of the stack (default sightline)")
    add_json_argument(parser)


# -- pure helpers --------------------------------------------------------------------------------------
def backlog_slope(samples: list[tuple[float, float]]) -> float:
    """Least-squares slope (units per second) of ``(time, value)`` samples; 0 for fewer than two.

    >>> backlog_slope([(0, 0), (1, 10), (2, 20)])
    10.0
    >>> backlog_slope([(0, 5)])
    0.0
    """
    if len(samples) < 2:
        return 0.0
    n = len(samples)
    mt = sum(t for t, _ in samples) / n
    mv = sum(v for _, v in samples) / n
    var = sum((t - mt) ** 2 for t, _ in samples)
    if var == 0:
        return 0.0
    return sum((t - mt) * (v - mv) for t, v in samples) / var


def lag_by_component(text: str) -> dict[str, float]:
    """Consumer lag summed per component from a Prometheus exposition.

    ``sightline_consumer_lag{component="process",...}`` counts under its
    ``component`` label; ``sightline_sink_consumer_lag`` under ``sink``.

    >>> lag_by_component('sightline_consumer_lag{component="process",topic="t",partition="0"} 3\\n'
    ...                  'sightline_sink_consumer_lag{topic="t",partition="1"} 4\\n')
    {'process': 3.0, 'sink': 4.0}
    """
    out: dict[str, float] = {}
    for family in text_string_to_metric_families(text):
        if not family.name.endswith("consumer_lag"):
            continue
        default = family.name.removeprefix("sightline_").removesuffix("consumer_lag").rstrip("_") or "consumer"
        for sample in family.samples:
            name = sample.labels.get("component", default)
            out[name] = out.get(name, 0.0) + float(sample.value)
    return out


def sink_counters(text: str) -> dict[str, float]:
    """The sink's bulk figures from a Prometheus exposition: documents, bulk requests, seconds in bulk.

    >>> sink_counters('sightline_sink_documents_total{kind="logs",outcome="indexed"} 400\\n'
    ...               'sightline_sink_bulk_seconds_count 2\\nsightline_sink_bulk_seconds_sum 0.5\\n')
    {'documents': 400.0, 'bulks': 2.0, 'bulk_seconds': 0.5}
    """
    out = {"documents": 0.0, "bulks": 0.0, "bulk_seconds": 0.0}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == "sightline_sink_documents_total":
                out["documents"] += float(sample.value)
            elif sample.name == "sightline_sink_bulk_seconds_count":
                out["bulks"] += float(sample.value)
            elif sample.name == "sightline_sink_bulk_seconds_sum":
                out["bulk_seconds"] += float(sample.value)
    return out


def _rss_mb(pid: int) -> float:
    with contextlib.suppress(OSError), open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _process_name(pid: int) -> str:
    try:
        args = open(f"/proc/{pid}/cmdline", "rb").read().split(b"\0")
    except OSError:
        return f"pid {pid}"
    text = b" ".join(args).decode(errors="replace")
    if "tansu" in text:
        return "broker"
    if "osmem" in text or "pipeline.docstore" in text:
        return "store"
    if text.rstrip().endswith(" process"):
        return "processor"
    return "up"


def _machine_busy_s() -> float:
    """CPU-seconds the whole machine has spent busy since boot (all cores; idle and I/O wait left out)."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return float("nan")
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def what_limits(
    cpu: dict[str, float], machine_busy: float, cores: int, sustained: bool, lag_slope: dict[str, float], bulk_s: float
) -> str:
    """Name what limited a step: a process near a full core; else, when the rate did not hold, the
    machine when all its cores were near full (``machine_busy`` cores busy, every process on it:
    no one process was the limit, they starved each other); else the component whose consumer lag
    grew fastest (the store when that is the sink and its bulk requests took ``bulk_s`` >= 1 s).

    >>> what_limits({"store": 0.9, "up": 0.3}, 1.3, 2, False, {}, 0.0)
    'store (CPU 90% of a core)'
    >>> what_limits({"store": 0.6, "up": 0.5}, 1.9, 2, False, {"process": 4.0}, 0.2)
    "the machine's 2 cores (1.90 busy; store 60%, up 50%)"
    >>> what_limits({"store": 0.6, "up": 0.5}, 1.2, 2, False, {"process": 4.0, "sink": 1.0}, 0.2)
    'process (consumer lag growing 4 messages/s)'
    >>> what_limits({"store": 0.6, "up": 0.5}, 1.2, 2, True, {"process": 0.1}, 0.2)
    'none (held)'
    """
    busiest = max(cpu.items(), key=lambda kv: kv[1] if kv[1] == kv[1] else -1, default=("", 0.0))
    if busiest[1] >= _BUSY:
        return f"{busiest[0]} (CPU {busiest[1]:.0%} of a core)"
    if not sustained and machine_busy >= _BUSY * cores:
        shares = ", ".join(f"{k} {v:.0%}" for k, v in sorted(cpu.items(), key=lambda kv: -kv[1]))
        return f"the machine's {cores} cores ({machine_busy:.2f} busy; {shares})"
    if not sustained and lag_slope and max(lag_slope.values()) > 0:
        name = max(lag_slope, key=lambda n: lag_slope[n])
        if name == "sink" and bulk_s >= 1.0:  # the sink waits on the store's answers
            return (f"store (the sink's bulk requests take {bulk_s:.1f} s each; sink lag growing "
                    f"{lag_slope[name]:,.0f} messages/s; store CPU {cpu.get('store', float('nan')):.0%} of a core)")
        return f"{name} (consumer lag growing {lag_slope[name]:,.0f} messages/s)"
    return "none (held)" if sustained else f"unclear: busiest is {busiest[0]} at {busiest[1]:.0%} of a core"


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        return []


# -- the load -------------------------------------------------------------------------------------------
class _Bodies:
    """Log export requests whose service.name is ``e2e-<run>-<n>`` (so this run's records can be counted).

    Every request is made unique by a resource attribute ``e2e.batch`` (its
    number): the sink's document ids are derived from the content, so a
    repeated body would overwrite documents instead of adding them.
    """

    def __init__(self, run: str, count: int, records: int, services: int) -> None:
        self.names = [f"e2e-{run}-{n}" for n in range(services)]
        self.templates = []
        for i, body in enumerate(make_bodies(count, records, services)):
            request = ExportLogsServiceRequest.FromString(body)
            resource = request.resource_logs[0].resource
            for attr in resource.attributes:
                if attr.key == "service.name":
                    attr.value.string_value = self.names[i % services]
            resource.attributes.add(key="e2e.batch", value=AnyValue(int_value=0))
            self.templates.append(request)
        self.sent = 0

    def next(self) -> bytes:
        request = self.templates[self.sent % len(self.templates)]
        request.resource_logs[0].resource.attributes[-1].value.int_value = self.sent
        self.sent += 1
        return request.SerializeToString()


def _probe_body(run: str, seq: int) -> bytes:
    request = ExportLogsServiceRequest()
    rl = request.resource_logs.add()
    rl.resource.attributes.add(key="service.name", value=AnyValue(string_value=f"e2e-{run}-probe"))
    record = rl.scope_logs.add().log_records.add()
    record.time_unix_nano = time.time_ns()
    record.severity_number, record.severity_text = 9, "INFO"
    record.body.string_value = f"e2e probe {run} {seq}"
    return request.SerializeToString()


@dataclass
class _Step:
    rate: float
    duration: float
    accepted: int = 0
    refused: int = 0
    failed: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    send_s: float = 0.0
    probes_sent: dict[int, float] = field(default_factory=dict)
    backlog: list[tuple[float, float]] = field(default_factory=list)
    lag: list[tuple[float, dict[str, float]]] = field(default_factory=list)
    cpu: dict[str, float] = field(default_factory=dict)
    rss: dict[str, float] = field(default_factory=dict)
    machine_busy: float = float("nan")  # cores of the whole machine busy over the load (every process)
    docs_indexed: int = 0
    drain_s: float = float("nan")
    sink: dict[str, float] = field(default_factory=dict)
    store_cpu_s: float = float("nan")


class _Stack:
    """The stack under test: URLs, admin endpoints and pids (its own ``sightline up``, or given)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.proc: subprocess.Popen[bytes] | None = None
        self.url = (args.url or "").rstrip("/")
        self.store = (args.store or "").rstrip("/")
        self.admins = [a.rstrip("/") for a in args.admin]
        self.pids: dict[str, int] = {}
        for item in args.pid:
            name, _, pid = item.partition("=")
            self.pids[name] = int(pid)
        self.log_dir = tempfile.mkdtemp(prefix="sightline-bench-e2e-")
        self.processors: int | None = None

    def start(self, progress: Progress) -> None:
        if self.url:
            if not self.store:
                raise StartupError("bench e2e: --url needs --store (the search store the stack writes to)")
            return
        ports = {k: free_port() for k in ("broker", "store", "http", "grpc", "zipkin")}
        admin = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("SIGHTLINE_")}
        env.update({
            "SIGHTLINE_EMBEDDED__BROKER_PORT": str(ports["broker"]),
            "SIGHTLINE_EMBEDDED__STORE_PORT": str(ports["store"]),
            "SIGHTLINE_INGEST__HTTP__PORT": str(ports["http"]),
            "SIGHTLINE_INGEST__GRPC__PORT": str(ports["grpc"]),
            "SIGHTLINE_INGEST__ZIPKIN__PORT": str(ports["zipkin"]),
            "SIGHTLINE_INGEST__SYSLOG__PORT": "0",
            "SIGHTLINE_ADMIN__PORT": str(admin),
            "SIGHTLINE_CONSOLE__ENABLED": "false",
            "SIGHTLINE_EMBEDDED__LOG_DIR": self.log_dir,
            "SIGHTLINE_LOG__LEVEL": "warning",
            "SIGHTLINE_LOG__FORMAT": "json",
        })
        if self.args.engine:
            env["SIGHTLINE_EMBEDDED__STORE_ENGINE"] = self.args.engine
        env["SIGHTLINE_EMBEDDED__STORE_DIR"] = os.path.join(self.log_dir, "store")  # fresh: never the user's data
        try:
            env.update(parse_env(self.args.env, "bench e2e"))
        except ValueError as exc:
            raise StartupError(str(exc)) from None
        cmd = [sys.executable, "-m", "pipeline.cli", "up"]
        if self.args.processors:
            cmd += ["--processors", str(self.args.processors)]
        progress.phase("starting sightline up", " ".join(cmd[3:]))
        log = open(os.path.join(self.log_dir, "up.log"), "wb")
        self.proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                     preexec_fn=die_with_parent)  # a bench killed hard leaves no stack behind
        self.url = f"http://127.0.0.1:{ports['http']}"
        self.store = f"http://127.0.0.1:{ports['store']}"
        self.admins = [f"http://127.0.0.1:{admin}"]
        self.pids = {"up": self.proc.pid}

    async def wait_ready(self, http: aiohttp.ClientSession, timeout: float = 180.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise StartupError(f"sightline up exited with code {self.proc.returncode}; see {self.log_dir}/up.log")
            with contextlib.suppress(aiohttp.ClientError, asyncio.TimeoutError, OSError):
                async with http.get(self.admins[0] + "/health/ready") as resp:
                    if resp.status == 200:
                        break
            await asyncio.sleep(0.5)
        else:
            raise StartupError(f"the stack was not ready within {timeout:.0f}s ({self.admins[0]}/health/ready)")
        if self.proc is not None:
            self._discover()

    def _discover(self) -> None:
        """Children of our ``up``: broker, store, processors (with their admin ports from the banner)."""
        assert self.proc is not None
        counts: dict[str, int] = {}
        for pid in _children(self.proc.pid):
            name = _process_name(pid)
            counts[name] = counts.get(name, 0) + 1
            label = f"{name}-{counts[name]}" if name == "processor" else name
            self.pids[label] = pid
        text = open(os.path.join(self.log_dir, "up.log"), errors="replace").read()
        if m := re.search(r"processors\s+(\d+) processes, admin ports ([\d, ]+)", text):
            self.processors = int(m.group(1))
            self.admins += [f"http://127.0.0.1:{p.strip()}" for p in m.group(2).split(",") if p.strip()]
            self.pids["up (ingest+sink)"] = self.pids.pop("up")
        else:  # one processor runs inside up itself
            self.processors = 1
            self.pids["up (ingest+process+sink)"] = self.pids.pop("up")

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


async def _count(http: aiohttp.ClientSession, store: str, prefix: str, services: list[str]) -> int:
    body = {"query": {"terms": {"service.name": services}}}
    async with http.post(f"{store}/{prefix}-logs-*/_count", json=body) as resp:
        data = await resp.json(content_type=None)
    return int(data.get("count", 0))


async def _all_docs(http: aiohttp.ClientSession, store: str, prefix: str) -> int:
    async with http.get(f"{store}/{prefix}-*/_count") as resp:
        data = await resp.json(content_type=None)
    return int(data.get("count", 0))


async def _seen_probes(http: aiohttp.ClientSession, store: str, prefix: str, run: str) -> set[int]:
    body = {"size": 10000, "query": {"term": {"service.name": f"e2e-{run}-probe"}}, "_source": ["message"]}
    async with http.post(f"{store}/{prefix}-logs-*/_search", json=body) as resp:
        data = await resp.json(content_type=None)
    out = set()
    for hit in data.get("hits", {}).get("hits", []):
        message = str(hit.get("_source", {}).get("message", ""))
        with contextlib.suppress(ValueError, IndexError):
            out.add(int(message.rsplit(" ", 1)[1]))
    return out


async def _lag(http: aiohttp.ClientSession, admins: list[str], sink: dict[str, float] | None = None) -> dict[str, float]:
    """Consumer lag per component over every admin endpoint; the sink's counters added into ``sink``."""
    total: dict[str, float] = {}
    for admin in admins:
        with contextlib.suppress(aiohttp.ClientError, asyncio.TimeoutError, OSError, ValueError):
            async with http.get(admin + "/metrics") as resp:
                text = await resp.text()
            for name, value in lag_by_component(text).items():
                total[name] = total.get(name, 0.0) + value
            if sink is not None:
                for name, value in sink_counters(text).items():
                    sink[name] = sink.get(name, 0.0) + value
    return total


class _Bench:
    def __init__(self, args: argparse.Namespace, stack: _Stack, progress: Progress) -> None:
        self.args = args
        self.stack = stack
        self.progress = progress
        self.run_id = uuid.uuid4().hex[:8]
        self.bodies = _Bodies(self.run_id, 16, args.batch, args.services)
        self.services = self.bodies.names
        self.probe_seq = 0
        self.probe_seen: dict[int, float] = {}
        self.accepted_total = 0

    async def _post(self, http: aiohttp.ClientSession, body: bytes) -> int:
        try:
            async with http.post(self.stack.url + "/v1/logs", data=body,
                                 headers={"Content-Type": "application/x-protobuf"}) as resp:
                await resp.read()
                return resp.status
        except (TimeoutError, aiohttp.ClientError, OSError):
            return 0

    async def _poll_probes(self, http: aiohttp.ClientSession, stop: asyncio.Event) -> None:
        while not stop.is_set():
            with contextlib.suppress(aiohttp.ClientError, asyncio.TimeoutError, OSError, ValueError):
                seen = await _seen_probes(http, self.stack.store, self.args.index_prefix, self.run_id)
                now = time.monotonic()
                for seq in seen:
                    self.probe_seen.setdefault(seq, now)
            await asyncio.sleep(0.25)

    async def step(self, http: aiohttp.ClientSession, rate: float) -> _Step:
        args = self.args
        step = _Step(rate=rate, duration=args.duration)
        interval = args.batch / rate
        slots = asyncio.Semaphore(args.in_flight)
        pending: set[asyncio.Task[None]] = set()
        pids = dict(self.stack.pids)
        pids[_LOAD] = os.getpid()  # this bench: the load, the probes and the polling share the machine too
        cpu0 = {name: cpu_seconds(pid) for name, pid in pids.items()}
        machine0 = _machine_busy_s()
        docs0 = await _all_docs(http, self.stack.store, args.index_prefix)
        sink0: dict[str, float] = {}
        await _lag(http, self.stack.admins, sink0)
        began = time.monotonic()
        end = began + args.duration

        async def send(body: bytes) -> None:
            try:
                status = await self._post(http, body)
            finally:
                slots.release()
            step.statuses[status] = step.statuses.get(status, 0) + 1
            if status == 200:
                step.accepted += args.batch
                self.accepted_total += args.batch
            elif status in (429, 503):
                step.refused += args.batch
            else:
                step.failed += args.batch

        async def probes() -> None:
            while time.monotonic() < end:
                seq = self.probe_seq
                self.probe_seq += 1
                sent = time.monotonic()
                if await self._post(http, _probe_body(self.run_id, seq)) == 200:
                    step.probes_sent[seq] = sent
                await asyncio.sleep(max(0.0, sent + args.probe_interval - time.monotonic()))

        async def sample() -> None:
            while True:
                now = time.monotonic()
                with contextlib.suppress(aiohttp.ClientError, asyncio.TimeoutError, OSError, ValueError):
                    searchable = await _count(http, self.stack.store, args.index_prefix, self.services)
                    step.backlog.append((now - began, float(self.accepted_total - searchable)))
                lag = await _lag(http, self.stack.admins)
                step.lag.append((now - began, lag))
                self.progress.detail(
                    f"{rate:,.0f} records/s: sent {step.accepted:,}, backlog "
                    f"{step.backlog[-1][1] if step.backlog else 0:,.0f}, lag {sum(lag.values()):,.0f}"
                )
                await asyncio.sleep(max(0.0, now + 1.0 - time.monotonic()))

        self.progress.phase(f"load {rate:,.0f} records/s for {args.duration:.0f} s")
        sampler = asyncio.ensure_future(sample())
        prober = asyncio.ensure_future(probes())
        next_at = began
        while (now := time.monotonic()) < end:
            if now < next_at:
                await asyncio.sleep(next_at - now)
                continue
            await slots.acquire()
            task = asyncio.ensure_future(send(self.bodies.next()))
            pending.add(task)
            task.add_done_callback(pending.discard)
            next_at += interval
        step.send_s = time.monotonic() - began
        if pending:
            await asyncio.gather(*pending)
        await prober
        step.cpu = {name: (cpu_seconds(pid) - cpu0[name]) / step.send_s for name, pid in pids.items()}
        step.machine_busy = (_machine_busy_s() - machine0) / step.send_s
        step.rss = {name: _rss_mb(pid) for name, pid in pids.items() if name != _LOAD}
        # drain: until everything accepted is searchable, or --drain
        self.progress.phase(f"drain after {rate:,.0f} records/s")
        stopped = time.monotonic()
        while time.monotonic() - stopped < args.drain:
            with contextlib.suppress(aiohttp.ClientError, asyncio.TimeoutError, OSError, ValueError):
                if await _count(http, self.stack.store, args.index_prefix, self.services) >= self.accepted_total and all(
                    seq in self.probe_seen for seq in step.probes_sent
                ):
                    step.drain_s = time.monotonic() - stopped
                    break
            await asyncio.sleep(0.25)
        sampler.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await sampler
        # the store's CPU over the load and the drain, the window its documents were indexed in
        step.store_cpu_s = cpu_seconds(pids["store"]) - cpu0["store"] if "store" in pids else float("nan")
        step.backlog = [s for s in step.backlog if s[0] <= step.send_s]
        step.docs_indexed = await _all_docs(http, self.stack.store, args.index_prefix) - docs0
        sink1: dict[str, float] = {}
        await _lag(http, self.stack.admins, sink1)
        step.sink = {k: sink1.get(k, 0.0) - sink0.get(k, 0.0) for k in sink1}
        return step

    def summarise(self, step: _Step) -> dict[str, Any]:
        latencies = [self.probe_seen[s] - t for s, t in step.probes_sent.items() if s in self.probe_seen]
        unseen = sum(1 for s in step.probes_sent if s not in self.probe_seen)
        send_rate = step.accepted / step.send_s if step.send_s else 0.0
        second_half = [s for s in step.backlog if s[0] >= step.duration / 2]
        slope = backlog_slope(second_half)
        lag_late = [lag for t, lag in step.lag if step.duration / 2 <= t <= step.send_s]
        lag_avg: dict[str, float] = {}
        for lag in lag_late:
            for name, value in lag.items():
                lag_avg[name] = lag_avg.get(name, 0.0) + value / len(lag_late)
        lag_slope = {
            name: backlog_slope([(t, lag.get(name, 0.0)) for t, lag in step.lag if step.duration / 2 <= t <= step.send_s])
            for name in lag_avg
        }
        # the backlog is counted in the store: too few counts (the store too busy to answer) is not "flat"
        known = len(second_half) >= max(3, int(step.duration / 2 / 3))
        sustained = (
            send_rate >= _SUSTAIN_SEND * step.rate and step.refused == 0 and step.failed == 0
            and known and slope < _SUSTAIN_SLOPE * step.rate and unseen == 0
        )
        bulk_s = step.sink["bulk_seconds"] / step.sink["bulks"] if step.sink.get("bulks") else 0.0
        limiter = what_limits(step.cpu, step.machine_busy, os.cpu_count() or 1, sustained, lag_slope, bulk_s)
        store_cpu = step.store_cpu_s
        return {
            "rate": step.rate,
            "duration_s": round(step.send_s, 2),
            "sent_records_per_s": round(send_rate, 1),
            "accepted": step.accepted,
            "refused": step.refused,
            "failed": step.failed,
            "statuses": {str(k): v for k, v in sorted(step.statuses.items())},
            "probes": len(step.probes_sent),
            "probes_unseen": unseen,
            "p50_s": round(percentile(latencies, 0.5), 3),
            "p99_s": round(percentile(latencies, 0.99), 3),
            "max_s": round(max(latencies), 3) if latencies else float("nan"),
            "backlog_slope_per_s": round(slope, 1) if known else float("nan"),
            "backlog_samples": len(second_half),
            "drain_s": round(step.drain_s, 2),
            "sustained": sustained,
            "cpu_cores": {k: round(v, 3) for k, v in step.cpu.items()},
            "machine_busy_cores": round(step.machine_busy, 2),
            "rss_mb": {k: round(v, 1) for k, v in step.rss.items()},
            "consumer_lag_avg": {k: round(v, 1) for k, v in lag_avg.items()},
            "consumer_lag_slope_per_s": {k: round(v, 2) for k, v in lag_slope.items()},
            "docs_indexed": step.docs_indexed,
            "store_cpu_us_per_doc": round(store_cpu / step.docs_indexed * 1e6, 1) if step.docs_indexed else float("nan"),
            "sink_docs_per_bulk": round(step.sink["documents"] / step.sink["bulks"], 1) if step.sink.get("bulks") else float("nan"),
            "sink_bulk_ms_avg": round(step.sink["bulk_seconds"] / step.sink["bulks"] * 1000, 1) if step.sink.get("bulks") else float("nan"),
            "limiter": limiter,
        }


def _table(result: dict[str, Any]) -> None:
    print(reference_line(result["reference_s"]))
    print(f"stack: {result['stack']}")
    print(f"{'rate/s':>8} {'sent/s':>8} {'p50 s':>7} {'p99 s':>7} {'drain s':>8} {'backlog/s':>9} "
          f"{'held':>5}  CPU (share of a core)")
    for s in result["steps"]:
        cpu = "  ".join(f"{k} {v:.0%}" for k, v in s["cpu_cores"].items())
        p50 = s["p50_s"] if s["p50_s"] is not None else float("nan")
        p99 = s["p99_s"] if s["p99_s"] is not None else float("nan")
        drain = s["drain_s"] if s["drain_s"] is not None else float("nan")
        slope = s["backlog_slope_per_s"] if s["backlog_slope_per_s"] is not None else float("nan")
        busy = s.get("machine_busy_cores", float("nan"))
        print(f"{s['rate']:>8,.0f} {s['sent_records_per_s']:>8,.0f} {p50:>7.2f} {p99:>7.2f} {drain:>8.1f} "
              f"{slope:>9,.0f} {'yes' if s['sustained'] else 'no':>5}  {cpu}  machine {busy:.2f} cores busy")
        print(f"{'':>8} lag {s['consumer_lag_avg']}  store {s['store_cpu_us_per_doc']} us CPU/doc "
              f"({s['docs_indexed']:,} docs, {s['sink_docs_per_bulk']} per bulk, {s['sink_bulk_ms_avg']} ms a bulk)  unseen probes {s['probes_unseen']}  limiter: {s['limiter']}")
    held = result["highest_sustained"]
    print(f"highest sustained: {held:,.0f} records/s" if held else "highest sustained: none of the rates tried")


async def _main(args: argparse.Namespace, stack: _Stack, progress: Progress) -> dict[str, Any]:
    timeout = aiohttp.ClientTimeout(total=30)
    connector = aiohttp.TCPConnector(limit=args.in_flight + 8)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as http:
        progress.phase("waiting for the stack to be ready")
        if stack.proc is not None:
            await stack.wait_ready(http)
        bench = _Bench(args, stack, progress)
        stop = asyncio.Event()
        poller = asyncio.ensure_future(bench._poll_probes(http, stop))
        steps = []
        highest = 0.0
        try:
            for rate in sorted(args.rates):
                summary = bench.summarise(await bench.step(http, rate))
                steps.append(summary)
                progress.write(
                    f"{rate:,.0f} records/s: p50 {summary['p50_s']} s, p99 {summary['p99_s']} s, "
                    f"drain {summary['drain_s']} s, sustained {summary['sustained']}, limiter {summary['limiter']}",
                    out=sys.stderr if args.json else None,
                )
                if summary["sustained"]:
                    highest = rate
                elif not args.all:
                    break
        finally:
            stop.set()
            await poller
    return {
        "bench": "e2e",
        "stack": "sightline up (started by the bench)" if stack.proc is not None else stack.url,
        "processors": stack.processors,
        "env": args.env,
        "engine": args.engine or "config",
        "load_avg": list(os.getloadavg()),
        "batch": args.batch,
        "duration_s": args.duration,
        "cores": os.cpu_count(),
        "steps": steps,
        "highest_sustained": highest,
    }


def run(args: argparse.Namespace) -> int:
    """Run the benchmark; 0 when it ran (the figures say how it went)."""
    stack = _Stack(args)
    reference = round(reference_seconds(), 4)  # before the stack starts: the machine as the bench found it
    with Progress("bench e2e") as progress:
        stack.start(progress)
        try:
            result = asyncio.run(_main(args, stack, progress))
        finally:
            progress.phase("stopping the stack")
            stack.stop()
    result["reference_s"] = reference
    emit(args, result, lambda: _table(result))
    return 0


def markdown_rows(result: dict[str, Any], command: str) -> list[str]:
    """Rows of deploy/README.md's end-to-end sizing table from one ``--json`` result.

    ``python -m pipeline.bench.e2e COMMAND RESULT.json ...`` prints them (the
    command as it was run, then its JSON files).

    >>> step = {"rate": 1000.0, "p50_s": 1.2, "p99_s": 4.0, "drain_s": 3.6, "sustained": True,
    ...         "cpu_cores": {"store": 0.9, "up (ingest+sink)": 0.1}, "rss_mb": {"store": 900.0}}
    >>> markdown_rows({"processors": 1, "steps": [step]}, "sightline bench e2e")[0]
    '| 1 | 1,000 | 1.2 s | 4.0 s | 3.6 s | yes | store 90%, up (ingest+sink) 10% | 900 MB | `sightline bench e2e` |'
    """

    def seconds(value: Any) -> str:
        return "n/a" if value is None else f"{value:.1f} s"

    rows = []
    for s in result["steps"]:
        cpu = ", ".join(f"{k} {v:.0%}" for k, v in sorted(s["cpu_cores"].items(), key=lambda kv: -kv[1]) if v >= 0.05)
        rss = s.get("rss_mb", {}).get("store")
        rows.append(
            f"| {result.get('processors') or '?'} | {s['rate']:,.0f} | {seconds(s['p50_s'])} | {seconds(s['p99_s'])} "
            f"| {seconds(s['drain_s'])} | {'yes' if s['sustained'] else 'no'} | {cpu} "
            f"| {'n/a' if rss is None else f'{rss:,.0f} MB'} | `{command}` |"
        )
    return rows


if __name__ == "__main__":  # python -m pipeline.bench.e2e COMMAND RESULT.json ...
    import json

    for path in sys.argv[2:]:
        with open(path) as f:  # the JSON document is the last line of the output
            print("\n".join(markdown_rows(json.loads(f.read().strip().splitlines()[-1]), sys.argv[1])))
