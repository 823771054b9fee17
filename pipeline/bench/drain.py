"""``sightline bench drain``: a real processor's CPU per record, draining a backlog from the broker.

``bench process`` times the processor's steps in a loop, without Kafka or faust; this bench runs
``sightline process`` itself. It starts the embedded broker, produces a backlog of ``--records``
records in raw messages of ``--batch`` records (mixed OTLP protobuf by default, the batches
``bench process`` makes) to the raw topics, then, ``--runs`` times, starts a processor in a
fresh consumer group (so it reads the whole backlog, with empty state and changelogs of its
own), waits until its ``sightline_process_records_in_total`` reaches the backlog (scraped alone:
the rest of ``/metrics`` is not collected) and reads its CPU seconds from ``/proc`` between
ready and done; the records it counted before the first reading (it consumes as soon as it
joins) are left out of the figure, and a backlog drained half before it is refused as too small.
Consuming, the faust stream, grouping (``process.max_group_messages``), the clean output and
changelog writes and acknowledgements are all in the figure, which ``bench process`` leaves out:
with 10-record messages they cost more than the steps themselves.

``--against DIR`` runs, alternating with this checkout, a processor of the checkout in ``DIR``
(a git worktree of another commit) on the same backlog, so a change shows as a ratio measured
under the same load; ``--env KEY=VALUE`` sets a processor setting for every run
(``SIGHTLINE_PROCESS__STATE_INTERVAL_S=0``). Records per CPU-second is the figure to compare;
the wall-clock drain time depends on what else the machine runs.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from pipeline.bench.common import (
    Progress,
    add_json_argument,
    cpu_seconds,
    emit,
    parse_env,
    reference_line,
    reference_seconds,
    run_with_broker,
)

__all__ = ["add_arguments", "run"]

_ROOT = Path(__file__).resolve().parents[2]  # this checkout
_COUNTER = "sightline_process_records_in_total"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--records", type=int, default=100_000, help="records in the backlog (default 100000)")
    parser.add_argument("--batch", type=int, default=10, help="records per raw message (default 10: small exports)")
    parser.add_argument("--signal", choices=["spans", "logs", "metrics", "mixed"], default="mixed",
                        help="which raw batches (default: a third of each)")
    parser.add_argument("--services", type=int, default=20, help="distinct services (default 20)")
    parser.add_argument("--partitions", type=int, default=6, help="partitions of the raw topics (default 6)")
    parser.add_argument("--runs", type=int, default=2, help="processors run one after another on the backlog (default 2)")
    parser.add_argument("--env", action="append", default=[], metavar="KEY=VALUE",
                        help="environment for every processor, e.g. SIGHTLINE_PROCESS__STATE_INTERVAL_S=0")
    parser.add_argument("--against", metavar="DIR", type=_checkout,
                        help="also run the processor of the checkout in DIR, alternating with this one")
    parser.add_argument("--timeout", type=float, default=600.0, help="longest wait for one drain, seconds (default 600)")
    parser.add_argument("--seed", type=int, default=7)
    add_json_argument(parser)


def _checkout(text: str) -> Any:
    from pipeline.bench.against import checkout_dir

    return checkout_dir(text)


async def _produce(broker: Any, cfg: Any, args: argparse.Namespace) -> int:
    """The backlog, produced once: returns the number of raw messages."""
    from aiokafka import AIOKafkaProducer

    from pipeline.bench.process import make_batches
    from schemas.raw import FORMAT_OTLP_PROTO, RawEnvelope

    now = time.time_ns()
    batches = make_batches(args.signal, args.records, args.batch, args.services, args.seed, now)
    headers = list(RawEnvelope(FORMAT_OTLP_PROTO, now).headers())
    topics = cfg.kafka.topics
    topic = {"logs": topics.logs_raw, "spans": topics.spans_raw, "metrics": topics.metrics_raw}
    producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap, acks="all", linger_ms=5,
                                max_request_size=8 * 1024 * 1024, compression_type="zstd")
    await producer.start()
    try:
        futures = [await producer.send(topic[sig], payload, key=key, headers=headers) for sig, key, payload in batches]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return len(batches)


async def _drain(broker: Any, cfg: Any, tag: str, run: int, checkout: Path, extra: dict[str, str],
                 args: argparse.Namespace, log_dir: str, progress: Progress) -> dict[str, Any]:
    """One processor, a fresh consumer group, from ready until it has counted the whole backlog."""
    from pipeline.bench.memory import (
        child_env,
        metric_total,
        scrape_metrics,
        stop_child,
        wait_ready,
    )
    from pipeline.embedded import die_with_parent, free_port

    admin = free_port()
    env = child_env(broker, admin, f"{tag}-{run}", cfg, {**extra, "PYTHONPATH": str(checkout)})
    with open(os.path.join(log_dir, f"process-{run}.log"), "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "process"], env=env, cwd=checkout, stdout=out,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, preexec_fn=die_with_parent)
    try:
        await wait_ready(admin, proc)
        cpu0, wall0 = cpu_seconds(proc.pid), time.monotonic()
        # what it counted before the measure began (it consumes from the moment it joins): left out
        counted = before = metric_total(await scrape_metrics(admin, (_COUNTER,)), _COUNTER)
        while counted < args.records:
            if time.monotonic() - wall0 > args.timeout:
                raise RuntimeError(f"bench drain: the processor counted {counted:.0f} of {args.records} records "
                                   f"in {args.timeout:.0f} s (its log: {out.name})")
            if proc.poll() is not None:
                raise RuntimeError(f"bench drain: the processor exited with code {proc.returncode} (its log: {out.name})")
            await asyncio.sleep(0.5)
            # that one counter alone: a whole scrape costs a processor with many series about 0.1 s of CPU
            counted = metric_total(await scrape_metrics(admin, (_COUNTER,)), _COUNTER)
            progress.detail(f"{counted:,.0f} of {args.records:,} records")
        cpu, wall = cpu_seconds(proc.pid) - cpu0, time.monotonic() - wall0
    finally:
        stop_child(proc)
    measured = args.records - before
    if measured < args.records / 2 or cpu <= 0:
        raise RuntimeError(f"bench drain: the processor had counted {before:.0f} of the {args.records} records before "
                           f"its CPU could be read ({cpu:.2f} s after): too small a backlog to measure, give --records more")
    return {"checkout": str(checkout), "cpu_s": round(cpu, 3), "wall_s": round(wall, 2), "records_measured": round(measured),
            "records_per_cpu_s": round(measured / cpu), "records_per_s": round(measured / wall)}


async def _bench(args: argparse.Namespace, broker: Any, log_dir: str, progress: Progress) -> int:
    from pipeline.bench.memory import run_config
    from pipeline.kafka import ensure_topics

    extra = args.env_values
    tag = "drain" + uuid.uuid4().hex[:6]
    cfg = run_config(broker, tag, args.partitions)
    await ensure_topics(cfg.kafka)
    progress.phase("producing the backlog")
    messages = await _produce(broker, cfg, args)
    say = progress.write if not args.json else (lambda text: print(text, file=sys.stderr, flush=True))
    reference = round(reference_seconds(), 4)
    say(reference_line(reference))
    say(f"backlog: {args.records:,} records in {messages:,} raw messages of {args.batch} ({args.signal}), "
        f"{args.partitions} partitions")
    sides = [_ROOT] + ([args.against] if args.against else [])
    runs: list[dict[str, Any]] = []
    for run in range(args.runs * len(sides)):
        checkout = sides[run % len(sides)]
        progress.phase(f"run {run + 1}: draining ({checkout})")
        row = await _drain(broker, cfg, tag, run, checkout, extra, args, log_dir, progress)
        runs.append(row)
        say(f"{checkout}: {row['records_per_cpu_s']:,} records per CPU-second "
            f"({row['cpu_s']:.2f} s CPU, drained in {row['wall_s']:.1f} s)")
    result: dict[str, Any] = {"bench": "drain", "records": args.records, "batch": args.batch, "signal": args.signal,
                              "raw_messages": messages, "partitions": args.partitions, "env": extra, "runs": runs,
                              "logs": log_dir, "reference_s": reference}
    medians = {str(side): statistics.median(r["records_per_cpu_s"] for r in runs if r["checkout"] == str(side))
               for side in sides}
    result["median_records_per_cpu_s"] = medians
    if args.against:
        result["ratio"] = round(medians[str(_ROOT)] / medians[str(args.against)], 3)
        say(f"this checkout / {args.against}: {result['ratio']:.3f} (medians of records per CPU-second)")
    emit(args, result)
    return 0


def run(args: argparse.Namespace) -> int:
    """Run the benchmark and print one line per drain."""
    try:
        args.env_values = parse_env(args.env, "bench drain")
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    return run_with_broker("bench drain", args, _bench)
