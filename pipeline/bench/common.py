"""What every bench shares: ``--json`` output and a progress line on a terminal.

A bench adds ``--json`` with :func:`add_json_argument`, builds one
JSON-serialisable dict of its figures and hands it to :func:`emit` (which
prints it as one JSON document on stdout under ``--json``; the bench's own
table otherwise).  Long phases run inside ``with Progress(...) as p:
p.phase("load 2500 records/s")``: on a terminal (stderr is a TTY) a single
line shows the elapsed time, the phase and an optional detail, rewritten in
place twice a second; elsewhere (CI logs, pipes) nothing is printed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import threading
import time
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import IO, Any

import orjson

__all__ = [
    "Progress", "Tally", "add_json_argument", "add_load_arguments", "cpu_seconds", "emit", "parse_env", "percentile",
    "post_load", "reference_line", "reference_seconds", "run_with_broker",
]


def add_json_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--json``: print the figures as one JSON document on stdout instead of a table."""
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON document on stdout")


def add_load_arguments(parser: argparse.ArgumentParser, clients: int) -> None:
    """The options every HTTP load bench against an ingestor on the embedded broker shares."""
    parser.add_argument("--clients", type=int, default=clients, help=f"concurrent HTTP clients (default {clients})")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds of load per measurement (default 10)")
    parser.add_argument("--warmup", type=float, default=2.0, help="seconds of load before measuring (default 2)")
    parser.add_argument("--bodies", type=int, default=16, help="distinct request bodies to cycle through")
    parser.add_argument(
        "--compression", choices=["none", "gzip", "lz4", "zstd"], default="zstd",
        help="Kafka codec for the ingestor and the ceiling (default zstd)",
    )
    parser.add_argument("--partitions", type=int, default=6, help="partitions of the raw topic (default 6)")
    parser.add_argument("--no-ceiling", action="store_true", help="skip the straight-to-Kafka ceiling")
    add_json_argument(parser)


def _default(value: Any) -> Any:
    if isinstance(value, float):
        return None
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _finite(value: Any) -> Any:
    """NaN and infinities become ``null`` (JSON has neither)."""
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return None
    if isinstance(value, dict):
        return {str(k): _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def emit(args: argparse.Namespace, result: dict[str, Any], table: Callable[[], None] | None = None,
         out: IO[str] | None = None) -> None:
    """Print ``result`` as JSON under ``--json``, else call ``table`` (the bench's human-readable output).

    >>> import argparse, io
    >>> buf = io.StringIO()
    >>> emit(argparse.Namespace(json=True), {"rate": 1.5, "p99": float("nan")}, out=buf)
    >>> buf.getvalue()
    '{"rate":1.5,"p99":null}\\n'
    """
    out = out or sys.stdout
    if getattr(args, "json", False):
        out.write(orjson.dumps(_finite(result), default=_default).decode() + "\n")
        out.flush()
    elif table is not None:
        table()


def parse_env(items: list[str], bench: str) -> dict[str, str]:
    """A bench's ``--env KEY=VALUE`` values as a dict; one that is not ``SIGHTLINE_KEY=VALUE`` is refused,
    naming the bench.

    >>> parse_env(["SIGHTLINE_PROCESS__STATE_INTERVAL_S=0"], "bench drain")
    {'SIGHTLINE_PROCESS__STATE_INTERVAL_S': '0'}
    >>> parse_env(["STATE_INTERVAL=0"], "bench drain")
    Traceback (most recent call last):
    ...
    ValueError: bench drain: --env expects SIGHTLINE_KEY=VALUE, got 'STATE_INTERVAL=0'
    """
    env = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.startswith("SIGHTLINE_"):
            raise ValueError(f"{bench}: --env expects SIGHTLINE_KEY=VALUE, got {item!r}")
        env[key] = value
    return env


def percentile(values: list[float], q: float) -> float:
    """The ``q`` quantile (0..1) by nearest rank; NaN for no values.

    >>> percentile([3.0, 1.0, 2.0, 4.0], 0.5)
    3.0
    >>> percentile([], 0.99)
    nan
    """
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


class Progress:
    """Elapsed time and the current phase on one terminal line, refreshed twice a second.

    Parameters
    ----------
    title
        What runs (the bench's name), first on the line.
    stream
        Where the line goes; default stderr.
    enabled
        Force on or off; default: only when ``stream`` is a terminal.
    """

    def __init__(self, title: str, stream: IO[str] | None = None, enabled: bool | None = None) -> None:
        self.title = title
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.started = time.monotonic()
        self._phase = ""
        self._detail = ""
        self._width = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def phase(self, name: str, detail: str = "") -> None:
        """Start a phase (its name shows until the next one)."""
        with self._lock:
            self._phase, self._detail = name, detail
        self._draw()

    def detail(self, text: str) -> None:
        """Update what the line says about the current phase (a count, a rate)."""
        with self._lock:
            self._detail = text

    def line(self) -> str:
        """The progress line as it stands.

        >>> p = Progress("e2e", enabled=False)
        >>> p.phase("load", "1,000 records/s")
        >>> p.line().split("] ", 1)[1]
        'e2e: load  1,000 records/s'
        """
        with self._lock:
            elapsed = time.monotonic() - self.started
            detail = f"  {self._detail}" if self._detail else ""
            return f"[{elapsed:7.1f} s] {self.title}: {self._phase}{detail}"

    def _draw(self) -> None:
        if not self.enabled:
            return
        text = self.line()
        pad = max(0, self._width - len(text))
        self._width = len(text)
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            self._draw()

    def write(self, text: str, out: IO[str] | None = None) -> None:
        """Print a line (to ``out``, default stdout) above the progress line, so neither garbles the other."""
        if self.enabled:
            self.stream.write("\r" + " " * self._width + "\r")
            self._width = 0
        print(text, file=out or sys.stdout, flush=True)
        self._draw()

    def __enter__(self) -> Progress:
        if self.enabled:
            self._thread = threading.Thread(target=self._run, name="bench-progress", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(1.0)
        if self.enabled:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()


def reference_seconds(rounds: int = 5) -> float:
    """CPU seconds of a fixed pure-Python workload (dicts, strings, integer arithmetic, as the pipeline's
    steps do), the fastest of ``rounds``: a bench's records per CPU-second scale inversely with it, so
    it says how fast the machine was when the figures were taken (the same code gave figures a quarter
    apart on two days of one development machine).  About 0.05 s a round there."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        total = 0
        for i in range(150_000):
            record: dict[str, str] = {"service.name": "api", "text": str(i)}
            text = record["text"]
            total += len(text) + (i * 7) % 13
            if text.startswith("9"):
                total ^= hash(text) & 0xFF
        best = min(best, time.process_time() - start)
    return best


def reference_line(seconds: float) -> str:
    """The line a bench prints for :func:`reference_seconds`."""
    return (f"machine: reference workload {seconds:.3f} s of CPU (pipeline.bench.common.reference_seconds; "
            "records per CPU-second scale inversely with it across machines and days)")


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used, from /proc (NaN where there is no /proc)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime: fields 14, 15


@dataclass
class Tally:
    """What a load run saw once measuring began."""

    requests: int = 0
    failed: int = 0
    records: int = 0
    bytes: int = 0
    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)


async def post_load(
    url: str,
    bodies: list[bytes],
    per_body: int,
    clients: int,
    warmup: float,
    duration: float,
    headers: Mapping[str, str],
    ok_status: int,
    on_measure: Callable[[], None] = lambda: None,
) -> tuple[Tally, float]:
    """``clients`` concurrent senders posting ``bodies`` in turn for ``warmup`` + ``duration`` seconds.

    Only the ``duration`` part is counted (``on_measure`` runs as it starts); a body answered
    ``ok_status`` counts ``per_body`` records.  Returns the tally and the seconds measured.
    """
    import aiohttp

    tally = Tally()
    measuring = False
    stop_at = time.monotonic() + warmup + duration
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=clients)) as http:

        async def client(n: int) -> None:
            i = n
            while time.monotonic() < stop_at:
                body = bodies[i % len(bodies)]
                i += clients
                started = time.perf_counter()
                try:
                    async with http.post(url, data=body, headers=dict(headers)) as resp:
                        await resp.read()
                        status = resp.status
                except aiohttp.ClientError:
                    status = 0
                if not measuring:
                    continue
                tally.requests += 1
                tally.statuses[status] = tally.statuses.get(status, 0) + 1
                if status == ok_status:
                    tally.records += per_body
                    tally.bytes += len(body)
                    tally.latencies.append(time.perf_counter() - started)
                else:
                    tally.failed += 1

        tasks = [asyncio.ensure_future(client(n)) for n in range(clients)]
        await asyncio.sleep(warmup)
        on_measure()
        measuring = True
        began = time.monotonic()
        await asyncio.gather(*tasks)
        elapsed = time.monotonic() - began
    return tally, elapsed


def run_with_broker(
    title: str, args: argparse.Namespace, bench: Callable[[argparse.Namespace, Any, str, Progress], Coroutine[Any, Any, int]]
) -> int:
    """Start an embedded broker in a temporary log folder, run ``bench(args, broker, log_dir, progress)``, stop it.

    The progress line stays off under ``--json`` (stdout then carries one JSON
    document, and a terminal line on stderr would only interleave with it).
    """
    import tempfile

    from pipeline.embedded import EmbeddedBroker  # here: the JSON helpers above need no broker

    log_dir = tempfile.mkdtemp(prefix="sightline-bench-")
    broker = EmbeddedBroker(port=0, log_dir=log_dir)
    with Progress(title, enabled=False if getattr(args, "json", False) else None) as progress:
        progress.phase("starting the embedded broker")
        broker.start()
        try:
            return asyncio.run(bench(args, broker, log_dir, progress))
        finally:
            broker.stop()
