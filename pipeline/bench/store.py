"""``sightline bench store``: what the embedded search store (osmem) costs per log document.

For each variant a fresh embedded store is started, Sightline's logs index
template installed (as the sink installs it) and ``--docs`` log documents
bulk-indexed with ``create`` actions, the way the sink sends them.  Figures
per variant: the store's CPU per document (user + system from ``/proc``, so a
busy machine moves it less than docs/s), docs/s by the wall clock, and the
store's resident memory per document (``VmRSS`` after minus before).

The documents have the shape the sink writes for an OTLP log record (the
canonical log record: ``@timestamp``, ``message``, ``severity_*``,
``trace_id``/``span_id``, ten ``attributes``, five ``resource`` attributes,
``scope``), with values drawn from a seeded RNG.  Variants:

- ``bulk N``: documents per bulk request (``sink.batch_max_docs`` bounds it;
  under load the sink sends what one poll holds);
- ``refresh``: ``?refresh=true`` on every bulk (the sink never asks for it);
- ``dynamic``: no index template (every string mapped by the store's guess);
- ``lean``: the same documents without ``attributes``, ``resource`` and
  ``scope`` (how much of the cost is the fields we send);
- ``no-ja``: the store started with ``-no-ja`` (no Japanese analysis).

Figures, not assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import time
import urllib.request
from typing import Any

from pipeline.bench.common import Progress, add_json_argument, emit
from pipeline.embedded import free_port
from schemas.elasticsearch import index_template

__all__ = ["VARIANTS", "add_arguments", "make_docs", "run"]

VARIANTS = ["bulk 200", "bulk 1000", "bulk 5000", "refresh", "dynamic", "lean", "no-ja"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The bench's options."""
    parser.add_argument("--docs", type=int, default=10_000, help="documents per variant (default 10000)")
    parser.add_argument("--variants", nargs="+", default=VARIANTS, choices=VARIANTS, metavar="VARIANT",
                        help=f"which to run (default all: {', '.join(VARIANTS)})")
    parser.add_argument("--seed", type=int, default=7)
    add_json_argument(parser)


def make_docs(count: int, seed: int = 7) -> list[dict[str, Any]]:
    """Log documents shaped as the sink writes them for OTLP log records (seeded values).

    >>> docs = make_docs(2)
    >>> sorted(docs[0])[:4]
    ['@timestamp', 'attributes', 'id', 'message']
    >>> len(docs[0]["attributes"]), docs[0]["resource"]["service.name"] != ""
    (10, True)
    """
    rng = random.Random(seed)
    routes = ["/api/cart", "/api/checkout", "/api/login", "/api/search", "/healthz"]
    base = 1_795_428_000_000_000_000
    docs = []
    for i in range(count):
        route = rng.choice(routes)
        error = i % 50 == 0
        service = f"svc-{i % 8}"
        ns = base + i * 1_000_000
        docs.append({
            "id": rng.randbytes(16).hex(),  # the sink's content-derived id (random here: the store sees a hex string)
            "@timestamp": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ns // 10**9)) + f".{ns // 10**6 % 1000:03d}Z",
            "attributes": {
                "cache.hit": rng.random() < 0.5, "code.function": "handle_request",
                "duration_ms": rng.random() * 100, "http.request.method": "GET",
                "http.response.status_code": rng.choice((200, 200, 200, 404, 500)), "http.route": route,
                "region": rng.choice(("eu-west-1", "us-east-1")), "session.id": rng.randbytes(8).hex(),
                "thread.name": f"worker-{rng.randrange(32)}", "user.id": f"u{rng.randrange(10_000)}",
            },
            "message": f"{route} handled in {rng.random() * 100:.3f} ms for user u{rng.randrange(10_000)}",
            "observed_time_unix_nano": ns + 5000,
            "resource": {"deployment.environment": "bench", "host.name": f"node-{i % 5}", "service.name": service,
                         "service.version": "1.4.2", "telemetry.sdk.language": "python"},
            "scope": {"name": "bench.logger", "version": "1.0.0"},
            "service.name": service,
            "severity_number": 17 if error else 9,
            "severity_text": "ERROR" if error else "INFO",
            "span_id": rng.randbytes(8).hex(),
            "time_unix_nano": ns,
            "trace_id": rng.randbytes(16).hex(),
        })
    return docs


def _cpu(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _request(url: str, body: bytes | None = None, content_type: str = "application/json", method: str | None = None) -> Any:
    req = urllib.request.Request(url, data=body, headers={"Content-Type": content_type}, method=method)
    with urllib.request.urlopen(req, timeout=300) as resp:
        return json.loads(resp.read())


def _variant(name: str, docs: list[dict[str, Any]]) -> dict[str, Any]:
    from osmem_server import resolve_binary

    bulk = int(name.split()[1]) if name.startswith("bulk") else 1000
    flags = ["-no-ja"] if name == "no-ja" else []
    port = free_port()
    proc = subprocess.Popen([resolve_binary(), "-addr", f"127.0.0.1:{port}", "-no-stdin-watch", *flags],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                _request(url + "/")
                break
            except OSError:
                time.sleep(0.05)
        if name != "dynamic":
            template = index_template("logs", "sightline-logs-*", data_stream=False)
            _request(url + "/_index_template/sightline-logs", json.dumps(template).encode(), method="PUT")
        suffix = "?refresh=true" if name == "refresh" else ""
        bodies = []
        for start in range(0, len(docs), bulk):
            lines = []
            for i, doc in enumerate(docs[start:start + bulk], start):
                if name == "lean":
                    doc = {k: v for k, v in doc.items() if k not in ("attributes", "resource", "scope")}
                lines.append(b'{"create":{"_index":"sightline-logs-2026.11.23","_id":"%016x"}}' % i)
                lines.append(json.dumps(doc).encode())
            bodies.append(b"\n".join(lines) + b"\n")
        rss0, cpu0, wall0 = _rss_mb(proc.pid), _cpu(proc.pid), time.monotonic()
        for body in bodies:
            answer = _request(url + "/_bulk" + suffix, body, "application/x-ndjson")
            if answer.get("errors"):
                raise RuntimeError(f"bulk errors in variant {name!r}: {str(answer)[:300]}")
        cpu, wall = _cpu(proc.pid) - cpu0, time.monotonic() - wall0
        rss = _rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(10)
    return {
        "variant": name, "docs": len(docs), "bulk": bulk,
        "bytes_per_doc": round(sum(map(len, bodies)) / len(docs)),
        "cpu_us_per_doc": round(cpu / len(docs) * 1e6, 1),
        "docs_per_s": round(len(docs) / wall, 1),
        "rss_kb_per_doc": round((rss - rss0) * 1024 / len(docs), 1),
        "rss_mb": round(rss, 1),
    }


def run(args: argparse.Namespace) -> int:
    """Run every variant; print a table or ``--json``."""
    docs = make_docs(args.docs, args.seed)
    rows = []
    with Progress("bench store", enabled=False if args.json else None) as progress:
        for name in args.variants:
            progress.phase(f"variant {name}", f"{len(docs):,} documents")
            rows.append(_variant(name, docs))

    def table() -> None:
        print(f"{'variant':<10} {'bulk':>5} {'bytes/doc':>9} {'CPU us/doc':>10} {'docs/s':>8} {'RSS KB/doc':>10}")
        for r in rows:
            print(f"{r['variant']:<10} {r['bulk']:>5} {r['bytes_per_doc']:>9} {r['cpu_us_per_doc']:>10,.0f} "
                  f"{r['docs_per_s']:>8,.0f} {r['rss_kb_per_doc']:>10,.1f}")

    emit(args, {"bench": "store", "store": "osmem (embedded)", "variants": rows}, table)
    return 0
