"""``sightline bench remote-write``: Prometheus remote-write requests against one ingestor process.

Starts the embedded broker on a free port and one ingestor (``sightline
ingest``, in a child process), then posts remote-write 1.0 requests as a
Prometheus sends them (snappy-compressed ``WriteRequest``; by default 500
series of 10 samples, 20 labels each: counters, gauges and histogram
families over 8 jobs) from concurrent clients, and prints samples/s, the
ingestor's CPU seconds per million samples (steadier than wall time on a
shared machine), request latency and memory.  In the same run it measures
the ceiling: the same decompressed request bytes produced straight to the
same broker with aiokafka, one message per request.  It starts with the
CPU rate of the two exposition parsers the scraper uses (text 0.0.4 and
OpenMetrics, prometheus_client's).  Figures, not assertions: run it a few
times.
"""

from __future__ import annotations

import argparse
import random
import sys
import time

import cramjam

from pipeline.bench.common import (
    Progress,
    add_load_arguments,
    cpu_seconds,
    emit,
    percentile,
    post_load,
    run_with_broker,
)
from pipeline.bench.ingest import _ceiling, _memory_mb, start_ingestor
from pipeline.embedded import EmbeddedBroker
from schemas.prometheus import WriteRequest

__all__ = ["add_arguments", "make_requests", "parser_rates", "run"]

HEADERS = {
    "Content-Encoding": "snappy",
    "Content-Type": "application/x-protobuf",
    "X-Prometheus-Remote-Write-Version": "0.1.0",
    "User-Agent": "sightline-bench/remote-write",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The bench's options."""
    add_load_arguments(parser, clients=8)
    parser.add_argument("--series", type=int, default=500, help="series per request (default 500)")
    parser.add_argument("--samples", type=int, default=10, help="samples per series (default 10)")
    parser.add_argument("--labels", type=int, default=20, help="labels per series, __name__ included (default 20)")
    parser.add_argument("--jobs", type=int, default=8, help="distinct job labels (services) over a request")


def make_requests(count: int, series: int, samples: int, labels: int, jobs: int, seed: int = 18) -> list[bytes]:
    """Decompressed ``WriteRequest`` bytes shaped like a Prometheus's: whole histogram families, sorted labels."""
    rng = random.Random(seed)
    extra = [f"label_{i:02d}" for i in range(max(0, labels - 4))]  # + __name__, job, instance, and le or code
    out = []
    for b in range(count):
        request = WriteRequest()
        t0 = 1_795_428_000_000 + b * samples * 15_000
        n = 0
        while n < series:
            job = f"job-{rng.randrange(jobs)}"
            instance = f"10.0.{rng.randrange(8)}.{rng.randrange(250)}:9100"
            common = {name: f"value-{rng.randrange(50)}" for name in extra}
            kind = rng.random()
            if kind < 0.3 and series - n >= 12:  # a histogram family: 10 buckets, _sum, _count
                family = f"http_request_duration_seconds_{rng.randrange(20)}"
                parts = [(f"{family}_bucket", {"le": le}) for le in ("0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "+Inf")]
                parts += [(f"{family}_sum", {"le": ""}), (f"{family}_count", {"le": ""})]
            elif kind < 0.7:
                parts = [(f"requests_{rng.randrange(50)}_total", {"code": rng.choice(("200", "404", "500"))})]
            else:
                parts = [(f"memory_{rng.randrange(50)}_bytes", {"area": rng.choice(("heap", "nonheap"))})]
            for name, own in parts:
                ts = request.timeseries.add()
                names = {"__name__": name, "job": job, "instance": instance, **common, **{k: v for k, v in own.items() if v}}
                for key in sorted(names):
                    ts.labels.add(name=key, value=names[key])
                value = rng.random() * 1000
                for i in range(samples):
                    value += rng.random() * 10
                    ts.samples.add(value=value, timestamp=t0 + i * 15_000)
                n += 1
        out.append(request.SerializeToString())
    return out


def parser_rates(series: int = 200, rounds: int = 3) -> dict[str, float]:
    """Samples per CPU-second of prometheus_client's two parsers on client_python's own exposition.

    The exposition: ``series`` label sets each of a counter, a gauge and a histogram (7 buckets).
    """
    from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
    from prometheus_client.openmetrics.exposition import generate_latest as openmetrics_latest

    from pipeline.ingest.scrape.codec import parse_exposition

    reg = CollectorRegistry()
    counter = Counter("http_requests", "Requests.", ["method", "code", "route"], registry=reg)
    histogram = Histogram("http_request_duration_seconds", "Duration.", ["route"], registry=reg,
                          buckets=(0.01, 0.05, 0.1, 0.5, 1, 5))
    gauge = Gauge("queue_depth", "Depth.", ["queue"], registry=reg)
    for i in range(series):
        counter.labels("GET", str(200 + i % 5), f"/r{i}").inc(i)
        histogram.labels(f"/r{i}").observe(i / 100)
        gauge.labels(f"q{i}").set(i)
    out = {}
    for name, text, ctype in (
        ("text 0.0.4", generate_latest(reg).decode(), "text/plain"),
        ("OpenMetrics", openmetrics_latest(reg).decode(), "application/openmetrics-text"),
    ):
        best = float("inf")
        samples = 0
        for _ in range(rounds):
            started = time.process_time()
            samples = sum(len(f.samples) for f in parse_exposition(text, ctype))
            best = min(best, time.process_time() - started)
        out[name] = samples / best
    return out


async def _bench(args: argparse.Namespace, broker: EmbeddedBroker, log_dir: str, progress: Progress) -> int:
    result: dict[str, object] = {"bench": "remote-write", "clients": args.clients, "series": args.series,
                              "samples": args.samples, "compression": args.compression, "duration_s": args.duration}

    def say(line: str) -> None:  # the table; under --json it goes to stderr and the JSON document to stdout
        progress.write(line, out=sys.stderr if args.json else None)

    progress.phase("scrape parsers")
    parsers = parser_rates()
    result["scrape_parser_samples_per_cpu_s"] = {name: round(rate, 1) for name, rate in parsers.items()}
    for name, rate in parsers.items():
        say(f"scrape parser {name:<12} {rate:>10,.0f} samples per CPU-second (prometheus_client)")
    raw = make_requests(args.bodies, args.series, args.samples, args.labels, args.jobs)
    bodies = [bytes(cramjam.snappy.compress_raw(r)) for r in raw]
    per_request = args.series * args.samples
    say(f"requests: {len(bodies)} x {args.series} series x {args.samples} samples, {args.labels} labels; "
          f"{sum(map(len, raw)) / len(raw) / 1024:.0f} KiB decompressed, {sum(map(len, bodies)) / len(bodies) / 1024:.0f} KiB snappy; "
          f"Kafka codec {args.compression}; {args.clients} clients")
    progress.phase("starting the ingestor")
    child = await start_ingestor(broker, args.partitions, args.compression, args.clients, log_dir)
    proc = child.proc
    try:
        progress.phase(f"load: {args.warmup:.0f} s warm-up, {args.duration:.0f} s measured")
        url = f"http://127.0.0.1:{child.http_port}/api/v1/write"
        idle = _memory_mb(proc.pid)
        cpu_start: list[float] = []
        tally, elapsed = await post_load(url, bodies, per_request, args.clients, args.warmup, args.duration, HEADERS, 204,
                                         on_measure=lambda: cpu_start.append(cpu_seconds(proc.pid)))
        cpu = cpu_seconds(proc.pid) - cpu_start[0]
        loaded = _memory_mb(proc.pid)
    finally:
        child.stop()
    rate = tally.records / elapsed
    result.update({
        "samples_per_s": round(rate, 1), "mb_per_s_snappy": round(tally.bytes / elapsed / 1e6, 2),
        "p50_ms": round(percentile(tally.latencies, 0.5) * 1000, 2), "p99_ms": round(percentile(tally.latencies, 0.99) * 1000, 2),
        "requests": tally.requests, "failed": tally.failed, "statuses": {str(k): v for k, v in tally.statuses.items()},
        "cpu_s": round(cpu, 3), "samples_per_cpu_s": round(tally.records / cpu, 1) if cpu else None,
        "rss_mb_idle": idle.get("VmRSS"), "rss_mb_loaded": loaded.get("VmRSS"), "rss_mb_peak": loaded.get("VmHWM"),
    })
    say(f"ingest   {rate:>10,.0f} samples/s  {tally.bytes / elapsed / 1e6:6.1f} MB/s snappy  "
          f"p50 {percentile(tally.latencies, 0.5) * 1000:6.1f} ms  p99 {percentile(tally.latencies, 0.99) * 1000:6.1f} ms  "
          f"requests {tally.requests}  failed {tally.failed}" + (f" {tally.statuses}" if tally.failed else ""))
    if tally.records:
        say(f"ingestor CPU {cpu:.2f} s over {elapsed:.1f} s: {cpu / tally.records * 1e6:.2f} CPU-s per million samples "
            f"({tally.records / cpu:,.0f} samples per CPU-second)")
    say(f"ingestor memory: RSS {idle.get('VmRSS', float('nan')):.0f} MB idle, {loaded.get('VmRSS', float('nan')):.0f} MB "
        f"at the end of the load, peak {loaded.get('VmHWM', float('nan')):.0f} MB (VmHWM)")
    if args.no_ceiling:
        emit(args, result)
        return 0 if tally.failed == 0 else 1
    progress.phase(f"ceiling: aiokafka straight to the broker for {args.duration:.0f} s")
    samples, size, spent = await _ceiling(
        broker.bootstrap, child.topics.metrics_raw, raw, per_request, args.compression, args.clients, args.duration
    )
    ceiling = samples / spent
    say(f"ceiling  {ceiling:>10,.0f} samples/s  {size / spent / 1e6:6.1f} MB/s  "
        f"(aiokafka straight to the broker: the decompressed requests, one message each, {args.compression})")
    say(f"ratio    {rate / ceiling:.2f} of the ceiling")
    result.update({"ceiling_samples_per_s": round(ceiling, 1), "ratio": round(rate / ceiling, 3)})
    emit(args, result)
    return 0 if tally.failed == 0 else 1


def run(args: argparse.Namespace) -> int:
    """Run the benchmark; non-zero when a request failed."""
    return run_with_broker("bench remote-write", args, _bench)
