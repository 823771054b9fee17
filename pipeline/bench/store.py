"""``sightline bench store``: what the embedded search store costs per document.

``--engine`` picks the store: ``osmem`` (osmem-server, the default engine of
``sightline up``), ``sqlite`` (Sightline's docstore on disk,
:mod:`pipeline.docstore`, in a fresh temporary directory), or ``both``
(alternating, engine by engine within each variant).  For each variant a fresh
embedded store is started, Sightline's index template
installed (as the sink installs it) and ``--docs`` documents bulk-indexed with
``create`` actions, the way the sink sends them.  Figures per variant: the
store's CPU per document (user + system from ``/proc``, so a busy machine moves
it less than docs/s), docs/s by the wall clock, and the store's resident
memory per document (``VmRSS`` after minus before); for sqlite also the bytes
on disk per document (the database's pages in use plus its write-ahead log).  With ``--repeat R`` the
variants run R times, alternating, and the median is shown (all runs are in
``--json``).

The documents have the shape the sink writes for an OTLP log record (the
canonical log record: ``@timestamp``, ``message``, ``severity_*``,
``trace_id``/``span_id``, ten ``attributes`` (two of them numbers), five
``resource`` attributes, ``scope``), with values drawn from a seeded RNG.
Variants:

- ``bulk N``: documents per bulk request (``sink.batch_max_docs`` bounds it;
  the sink waits up to ``sink.linger_s`` for ``sink.linger_docs``).  The store
  makes a segment per index per request and, inside every tenth request,
  merges the last ten segments of under 1,000 documents: measured with bulks
  of 100 to 950, that merge costs as much CPU again as indexing (a tenth
  request of 500 documents takes about 3.5 s of CPU); requests of 1,000 or
  more were never merged.  So ``--docs`` should hold ten requests or more for
  a figure that includes it;
- ``refresh``: ``?refresh=true`` on every bulk (the sink never asks for it);
- ``dynamic``: no index template (every field mapped by the store's guess);
- ``index-all``: the template with every field indexed (what it was before
  issue #21: the nanosecond times and distribution buckets indexed too);
- ``disabled``: ``attributes``, ``resource`` and ``scope`` sent but mapped
  ``enabled: false`` (what a field costs when sent and not indexed);
- ``lean``: the same documents without ``attributes``, ``resource`` and
  ``scope`` (how much of the cost is the fields we send);
- ``strings N`` / ``numbers N``: N more string (keyword) / number attributes
  per document, each number different per document (the cost of one more field);
- ``histograms`` / ``histograms index-all``: metric points of an explicit-bucket
  histogram (15 bounds, 16 counts) in the metrics template, as it is and with
  every field indexed;
- ``ja``: the store started without ``-no-ja`` (Japanese analysis on, the
  store's own default); every other variant runs with ``-no-ja``, as
  ``sightline up`` starts the store.

Figures, not assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from typing import Any

from pipeline.bench.common import Progress, add_json_argument, emit
from pipeline.embedded import free_port
from schemas.elasticsearch import index_template
from schemas.records import series_id

__all__ = ["VARIANTS", "add_arguments", "make_docs", "run"]

VARIANTS = [
    "bulk 200", "bulk 1000", "bulk 5000", "refresh", "dynamic", "index-all", "disabled", "lean",
    "strings 10", "numbers 5", "histograms", "histograms index-all", "ja",
]
_NAMES = ("bulk", "refresh", "dynamic", "index-all", "disabled", "lean", "strings", "numbers", "histograms", "ja")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The bench's options."""
    parser.add_argument("--docs", type=int, default=10_000, help="documents per variant (default 10000)")
    parser.add_argument("--variants", nargs="+", default=VARIANTS, type=_variant_name, metavar="VARIANT",
                        help=f"which to run, each one quoted argument (default all: {', '.join(VARIANTS)}; "
                             "bulk, strings and numbers take any count)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each variant, alternating; the median is shown")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--engine", choices=("osmem", "sqlite", "both"), default="osmem",
                        help="which store: osmem-server, the sqlite docstore, or both alternating (default osmem)")
    add_json_argument(parser)


def _variant_name(text: str) -> str:
    """A variant as ``--variants`` takes it: a known name, then a count where it takes one.

    >>> _variant_name("bulk 500"), _variant_name("histograms index-all")
    ('bulk 500', 'histograms index-all')
    >>> _variant_name("bulk x")
    Traceback (most recent call last):
    argparse.ArgumentTypeError: 'bulk x': bulk, strings and numbers take a count (e.g. 'bulk 500')
    """
    words = text.split()
    if not words or words[0] not in _NAMES:
        raise argparse.ArgumentTypeError(f"{text!r}: not a variant (one of {', '.join(_NAMES)})")
    if words[0] in ("bulk", "strings", "numbers"):
        if len(words) != 2 or not words[1].isdigit() or int(words[1]) < (1 if words[0] == "bulk" else 0):
            raise argparse.ArgumentTypeError(f"{text!r}: bulk, strings and numbers take a count (e.g. '{words[0]} 500')")
    elif words[1:] not in ([], ["index-all"]) or (words[1:] and words[0] != "histograms"):
        raise argparse.ArgumentTypeError(f"{text!r}: only 'histograms index-all' takes a second word")
    return " ".join(words)


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
        ns = base + i * 1_000_000 + rng.randrange(1_000_000)  # an SDK's clock: every nanosecond digit set
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
            "observed_time_unix_nano": ns + rng.randrange(1_000_000),
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


def make_histogram_docs(count: int, seed: int = 7) -> list[dict[str, Any]]:
    """Metric points of an explicit-bucket histogram, shaped as the sink writes them (seeded values).

    >>> d = make_histogram_docs(1)[0]
    >>> d["type"], len(d["explicit_bounds"]), len(d["bucket_counts"]), d["count"] == sum(d["bucket_counts"])
    ('histogram', 15, 16, True)
    """
    rng = random.Random(seed)
    bounds = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0, 30.0]
    base = 1_795_428_000_000_000_000
    docs = []
    for i in range(count):
        ns = base + i * 1_000_000 + rng.randrange(1_000_000)
        counts = [rng.randrange(50) for _ in range(len(bounds) + 1)]
        route = rng.choice(["/api/cart", "/api/checkout", "/api/login"])
        service = f"svc-{i % 8}"
        attributes = {"http.request.method": "GET", "http.response.status_code": 200, "http.route": route}
        name = "http_server_request_duration_seconds"
        docs.append({
            "id": rng.randbytes(16).hex(),
            "@timestamp": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ns // 10**9)) + f".{ns // 10**6 % 1000:03d}Z",
            "attributes": attributes,
            "bucket_counts": counts, "count": sum(counts), "explicit_bounds": bounds,
            "max": rng.random() * 30, "min": rng.random() / 100, "name": name,
            "resource": {"host.name": f"node-{i % 5}", "service.name": service},
            "series_id": series_id(service, name, attributes), "service.name": service,
            "start_time_unix_nano": base, "sum": rng.random() * 1000, "temporality": "cumulative",
            "time_unix_nano": ns, "type": "histogram", "unit": "s",
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


def index_all(mapping: Any) -> Any:
    """A mapping with every field indexed: ``index: false`` / ``doc_values: false`` taken out.

    >>> index_all({"properties": {"t": {"type": "long", "index": False, "doc_values": False}}})
    {'properties': {'t': {'type': 'long'}}}
    """
    if isinstance(mapping, dict):
        return {k: index_all(v) for k, v in mapping.items() if k not in ("index", "doc_values") or v is not False}
    if isinstance(mapping, list):
        return [index_all(v) for v in mapping]
    return mapping


def _shape(name: str, docs: list[dict[str, Any]], seed: int) -> list[dict[str, Any]]:
    """The documents a variant sends."""
    words = name.split()
    if words[0] == "lean":
        return [{k: v for k, v in doc.items() if k not in ("attributes", "resource", "scope")} for doc in docs]
    if words[0] in ("strings", "numbers"):
        rng = random.Random(seed + 1)
        n = int(words[1])
        out = []
        for doc in docs:
            extra = ({f"extra.s{j}": f"value-{rng.randrange(1000)}" for j in range(n)} if words[0] == "strings"
                     else {f"extra.n{j}": rng.randrange(10**12) for j in range(n)})
            out.append({**doc, "attributes": {**doc["attributes"], **extra}})
        return out
    return docs


def _template(name: str) -> dict[str, Any] | None:
    kind = "metrics" if name.startswith("histograms") else "logs"
    if name == "dynamic":
        return None
    template = index_template(kind, f"sightline-{kind}-*", data_stream=False)
    if name.endswith("index-all"):
        template = index_all(template)
    if name == "disabled":
        props = template["template"]["mappings"]["properties"]
        for field in ("attributes", "resource", "scope"):
            props[field] = {"type": "object", "enabled": False}
    return template


def _command(engine: str, name: str, port: int, data_dir: str) -> list[str]:
    if engine == "sqlite":
        return [sys.executable, "-m", "pipeline.docstore", "--port", str(port), "--dir", data_dir]
    from osmem_server import resolve_binary

    flags = [] if name == "ja" else ["-no-ja"]  # as `sightline up` starts it (pipeline/embedded.py)
    return [resolve_binary(), "-addr", f"127.0.0.1:{port}", "-no-stdin-watch", *flags]


def _variant(name: str, docs: list[dict[str, Any]], engine: str = "osmem") -> dict[str, Any]:
    bulk = int(name.split()[1]) if name.startswith("bulk") else 1000
    kind = "metrics" if name.startswith("histograms") else "logs"
    port = free_port()
    data_dir = tempfile.mkdtemp(prefix="sightline-bench-store-")
    proc = subprocess.Popen(_command(engine, name, port, data_dir), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    disk = float("nan")
    try:
        for _ in range(200):
            try:
                _request(url + "/")
                break
            except OSError:
                time.sleep(0.05)
        template = _template(name)
        if template is not None:
            _request(url + f"/_index_template/sightline-{kind}", json.dumps(template).encode(), method="PUT")
        suffix = "?refresh=true" if name == "refresh" else ""
        bodies = []
        for start in range(0, len(docs), bulk):
            lines = []
            for i, doc in enumerate(docs[start:start + bulk], start):
                lines.append(b'{"create":{"_index":"sightline-%s-2026.11.23","_id":"%016x"}}' % (kind.encode(), i))
                lines.append(json.dumps(doc).encode())
            bodies.append(b"\n".join(lines) + b"\n")
        rss0, cpu0, wall0 = _rss_mb(proc.pid), _cpu(proc.pid), time.monotonic()
        for body in bodies:
            answer = _request(url + "/_bulk" + suffix, body, "application/x-ndjson")
            if answer.get("errors"):
                raise RuntimeError(f"bulk errors in variant {name!r}: {str(answer)[:300]}")
        cpu, wall = _cpu(proc.pid) - cpu0, time.monotonic() - wall0
        rss = _rss_mb(proc.pid)
        if engine == "sqlite":
            disk = _request(url + "/_sightline/stats")["held_bytes"] / len(docs) / 1024
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(data_dir, ignore_errors=True)
    return {
        "engine": engine, "variant": name, "docs": len(docs), "bulk": bulk,
        "disk_kb_per_doc": round(disk, 2),
        "bytes_per_doc": round(sum(map(len, bodies)) / len(docs)),
        "cpu_us_per_doc": round(cpu / len(docs) * 1e6, 1),
        "docs_per_s": round(len(docs) / wall, 1),
        "rss_kb_per_doc": round((rss - rss0) * 1024 / len(docs), 1),
        "rss_mb": round(rss, 1),
    }


def run(args: argparse.Namespace) -> int:
    """Run every variant (``--repeat`` times, alternating); print a table or ``--json``."""
    if args.docs < 1 or args.repeat < 1:
        raise SystemExit("bench store: --docs and --repeat must be at least 1")
    logs = make_docs(args.docs, args.seed)
    histograms = make_histogram_docs(args.docs, args.seed)
    engines = ["osmem", "sqlite"] if args.engine == "both" else [args.engine]
    runs: dict[tuple[str, str], list[dict[str, Any]]] = {(e, name): [] for name in args.variants for e in engines}
    with Progress("bench store", enabled=False if args.json else None) as progress:
        for round_ in range(args.repeat):
            for name in args.variants:
                for engine in engines:
                    progress.phase(f"{engine}: variant {name} (run {round_ + 1}/{args.repeat})", f"{args.docs:,} documents")
                    docs = histograms if name.startswith("histograms") else _shape(name, logs, args.seed)
                    runs[(engine, name)].append(_variant(name, docs, engine))
    rows = []
    for results in runs.values():
        by_cpu = sorted(results, key=lambda r: r["cpu_us_per_doc"])
        row = dict(by_cpu[(len(by_cpu) - 1) // 2])  # the median run (the lower one of an even count)
        row["cpu_us_per_doc_runs"] = [r["cpu_us_per_doc"] for r in results]
        rows.append(row)

    def table() -> None:
        print(f"{'engine':<7} {'variant':<22} {'bulk':>5} {'bytes/doc':>9} {'CPU us/doc':>10} {'docs/s':>8} "
              f"{'RSS KB/doc':>10} {'disk KB/doc':>11}")
        for r in rows:
            print(f"{r['engine']:<7} {r['variant']:<22} {r['bulk']:>5} {r['bytes_per_doc']:>9} {r['cpu_us_per_doc']:>10,.0f} "
                  f"{r['docs_per_s']:>8,.0f} {r['rss_kb_per_doc']:>10,.1f} {r['disk_kb_per_doc']:>11,.2f}")
        if args.repeat > 1:
            print(f"(median of {args.repeat} runs each, alternating; every run's CPU us/doc in --json)")

    emit(args, {"bench": "store", "store": "embedded", "engines": engines, "docs": args.docs, "repeat": args.repeat,
                "load_avg": list(os.getloadavg()), "variants": rows}, table)
    return 0
