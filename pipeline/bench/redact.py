"""``sightline bench redact``: records/s through the redactor, without and with secrets.

Records are canonical log records and spans of about ten attributes (a
message, a route, a user agent, a SQL statement, ids, a timestamp), generated
from a seeded RNG so numbers, ids and paths vary from record to record as in a
real stream.  Consecutive records share their resource dict in groups of
``--per-resource`` (default 50), as the OTLP decoders hand out one dict per
resource of an export request; ``--per-resource 1`` gives every record its own.  "With secrets" puts one secret from the rule library's examples
into every record (in the message, an attribute or a header) on top of that.
One core, one process; the first pass warms the key and clean-string caches
as a running processor's would be.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import uuid
import zlib
from typing import Any

from pipeline.bench.common import Progress, add_json_argument, emit
from pipeline.redact import Redactor, load_library
from pipeline.redact.synth import expand

__all__ = ["add_arguments", "make_records", "run"]

_MESSAGES = [
    "GET /api/v1/users/{n} 200 in {ms}ms",
    "order {n} created for customer {c}",
    "cache miss for key user:{n}",
    "payment processed amount={ms}.00 currency=EUR",
    "connection pool exhausted, waiting {ms}ms",
    "retrying request to inventory-service attempt {a}",
    "user {c} logged in from 10.0.{a}.{ms}",
    "slow query took {ms}ms rows={n}",
]
_SERVICES = ["checkout", "cart", "inventory", "auth-gateway", "search", "payments"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``sightline bench redact``."""
    parser.add_argument("--records", type=int, default=100_000, help="records per run (default 100000)")
    parser.add_argument("--batch", type=int, default=500, help="records per redact_records call (default 500)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=1, help="timed runs of each kind, on fresh records (default 1)")
    parser.add_argument(
        "--per-resource", type=int, default=50,
        help="consecutive records sharing one resource dict, as decoded from one OTLP resource (default 50; 1: none shared)",
    )
    add_json_argument(parser)


def _record(rng: random.Random, i: int) -> dict[str, Any]:
    n = rng.randint(1, 10**6)
    ms = rng.randint(1, 999)
    message = rng.choice(_MESSAGES).format(n=n, ms=ms, c=rng.randint(1, 9999), a=rng.randint(1, 5))
    rec: dict[str, Any] = {
        "@timestamp": f"2024-05-01T12:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{ms:03d}Z",
        "service.name": rng.choice(_SERVICES),
        "severity_text": rng.choice(["INFO", "INFO", "WARN", "ERROR"]),
        "trace_id": f"{rng.getrandbits(128):032x}",
        "span_id": f"{rng.getrandbits(64):016x}",
        "attributes": {
            "http.request.method": rng.choice(["GET", "POST", "PUT"]),
            "http.route": "/api/v1/users/{id}",
            "http.response.status_code": rng.choice([200, 200, 201, 404, 500]),
            "url.path": f"/api/v1/users/{n}",
            "user_agent.original": "Mozilla/5.0 (X11; Linux x86_64)",
            "server.address": f"10.0.{rng.randint(0, 9)}.{rng.randint(1, 250)}",
            "db.system": "postgresql",
            "db.statement": f"SELECT * FROM users WHERE id = {n}",
            "request_id": str(uuid.UUID(int=rng.getrandbits(128))),
            "duration_ms": rng.random() * 100,
        },
        "resource": {"service.name": "checkout", "host.name": f"node-{i % 16}", "k8s.pod.name": f"checkout-{rng.getrandbits(32):08x}"},
    }
    if i % 3 == 0:
        rec["message"] = message
    else:  # a span
        rec["name"] = "GET /api/v1/users/{id}"
        rec["events"] = [] if i % 9 else [{"name": "exception", "attributes": {"exception.message": message}}]
        rec["attributes"]["message"] = message
    return rec


def make_records(count: int, seed: int, secrets: bool, per_resource: int = 1) -> list[dict[str, Any]]:
    """``count`` records from ``seed``; with ``secrets`` each carries one secret from the library.

    ``per_resource``: runs of that many records share one resource dict (the first's).
    """
    rng = random.Random(seed)
    records = [_record(rng, i) for i in range(count)]
    if per_resource > 1:
        for i, rec in enumerate(records):
            if i % per_resource:
                rec["resource"] = records[i - i % per_resource]["resource"]
                rec["service.name"] = rec["resource"]["service.name"]
    if secrets:
        examples = [(r.id, t) for r in load_library() for t in r.examples if r.enabled]
        for i, rec in enumerate(records):
            _, template = examples[i % len(examples)]
            text = expand(template, random.Random(zlib.crc32(f"{seed}/{i}".encode()))).text
            where = i % 3
            if where == 0:
                rec["message" if "message" in rec else "name"] = f"request failed: {text}"
            elif where == 1:
                rec["attributes"]["http.request.header.authorization"] = text
            else:
                rec["attributes"]["config.dump"] = text
    return records


def _time(redactor: Redactor, records: list[dict[str, Any]], batch: int) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds of this process, replacements."""
    started, cpu = time.perf_counter(), time.process_time()
    replaced = 0
    for i in range(0, len(records), batch):
        replaced += redactor.redact_records(records[i : i + batch])
    return time.perf_counter() - started, time.process_time() - cpu, replaced


def run(args: argparse.Namespace) -> int:
    """Run the benchmark and print records/s; returns the exit code.

    ``records/s`` is by the wall clock; ``cpu rec/s`` by this process's CPU time,
    which moves less when other processes share the machine.  With ``--runs N``
    each run gets records of its own seed (``seed + 100 * run``), so no run finds
    the strings of another in the clean-string cache, and min and median follow.
    """
    count, batch, runs = int(args.records), int(args.batch), max(1, int(args.runs))
    redactor = Redactor()
    result: dict[str, Any] = {"bench": "redact", "records": count, "batch": batch, "runs": runs,
                              "per_resource": int(args.per_resource), "rules_active": len(redactor.rules), "kinds": {}}
    with Progress("bench redact", enabled=False if args.json else None) as progress:
        _run(args, redactor, result, progress)
    emit(args, result)
    return 0


def _run(args: argparse.Namespace, redactor: Redactor, result: dict[str, Any], progress: Progress) -> None:
    count, batch, seed, runs = int(args.records), int(args.batch), int(args.seed), max(1, int(args.runs))
    per_resource = max(1, int(args.per_resource))

    def say(line: str) -> None:  # the table; under --json on stderr, the JSON document on stdout
        if args.json:
            print(line, file=sys.stderr, flush=True)
        else:
            progress.write(line)

    say(
        f"rules: {len(redactor.rules)} active of {len(redactor.library)}; {count} records per run, batches of {batch}, "
        f"records per resource: {per_resource}"
    )
    say(f"{'records':<16} {'records/s':>12} {'cpu rec/s':>12} {'us/record':>10} {'replaced':>9}")
    for label, secrets in (("without secrets", False), ("with secrets", True)):
        progress.phase(label)
        _time(redactor, make_records(min(count, 20_000), seed + 1, secrets, per_resource), batch)  # warm-up
        rates: list[float] = []
        cpu_rates: list[float] = []
        for k in range(runs):
            records = make_records(count, seed + 100 * k, secrets, per_resource)
            seconds, cpu, replaced = _time(redactor, records, batch)
            rates.append(count / seconds if seconds else float("inf"))
            cpu_rates.append(count / cpu if cpu else float("inf"))
            say(f"{label:<16} {rates[-1]:>12,.0f} {cpu_rates[-1]:>12,.0f} {1e6 / rates[-1]:>10.2f} {replaced:>9}")
        if runs > 1:
            for name, pick in (("min", min), ("median", statistics.median)):
                rate, cpu_rate = pick(rates), pick(cpu_rates)
                say(f"{'  ' + name:<16} {rate:>12,.0f} {cpu_rate:>12,.0f} {1e6 / rate:>10.2f}")
        result["kinds"][label] = {"records_per_s": [round(r, 1) for r in rates],
                                  "cpu_records_per_s": [round(r, 1) for r in cpu_rates], "replaced": replaced}
