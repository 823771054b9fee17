"""What the console's searches with aggregations cost in a docstore, SQLite's way and the Python way.  Figures, not assertions.

    python -m pipeline.docstore.aggs_bench DIR [--build LOGS SPANS] [--repeat R] [--only TEXT]

``--build`` first fills a fresh store in ``DIR`` with LOGS bench log documents
(:func:`pipeline.bench.store.make_docs`: one a millisecond, eight services)
and SPANS spans of the same services (operations, durations, statuses, an
environment on two thirds of them), through the store's own bulk path and
Sightline's index templates.  Then each request the console sends (the
services page over spans and logs, one service's page, alert charts) is
answered R times each way, alternating: :meth:`~.aggs.Plan.execute` (SQLite
counts, :mod:`.aggs_sql`) from the documents, the same with the whole seconds
counted from the rollup (:mod:`.rollup`; ``-`` where the request's shape is
not one it answers), and :meth:`~.aggs.Plan.execute_rows` (every row read
into Python).  Printed: the median CPU seconds of each, the rows matched,
whether the answers are the same bytes, and the process's peak memory
(``--way sql``, ``rollup`` or ``rows`` alone, to see each one's).
"""

from __future__ import annotations

import argparse
import functools
import random
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

__all__ = ["main"]

BASE_S = 1_795_428_000  # the first second of make_docs' documents
ENV = "deployment.environment.name"


def _spans(count: int, seed: int = 11) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    base = BASE_S * 10**9
    ops = ["GET /api/cart", "POST /api/checkout", "GET /api/search", "SELECT cart", "redis GET", "GET /healthz"]
    out = []
    for i in range(count):
        ns = base + i * 1_000_000 + rng.randrange(1_000_000)
        service = f"svc-{i % 8}"
        env = {ENV: rng.choice(["prod", "staging"])} if i % 3 else {}
        out.append({
            "id": rng.randbytes(16).hex(),
            "@timestamp": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ns // 10**9)) + f".{ns // 10**6 % 1000:03d}Z",
            "service.name": service, "trace_id": rng.randbytes(16).hex(), "span_id": rng.randbytes(8).hex(),
            "name": rng.choice(ops), "operation": rng.choice(ops), "kind": "server",
            "start_time_unix_nano": ns, "end_time_unix_nano": ns + 10**6,
            "duration_ms": round(rng.expovariate(1 / 40), 3),
            "status": {"code": "error" if rng.random() < 0.02 else "unset"},
            "attributes": {"http.response.status_code": rng.choice((200, 200, 200, 404, 500, 503))},
            "resource": {"service.name": service, **env},
        })
    return out


def build(directory: Path, logs: int, spans: int) -> None:
    """A fresh store in ``directory`` with ``logs`` bench log documents and ``spans`` spans."""
    from pipeline.bench.store import make_docs
    from pipeline.docstore.store import DocStore
    from schemas.elasticsearch import index_template

    store = DocStore(directory)
    try:
        for kind in ("logs", "spans"):
            store.put_template(f"sightline-{kind}", index_template(kind, f"sightline-{kind}-*", data_stream=False))
        for kind, make in (("logs", lambda: make_docs(logs)), ("spans", lambda: _spans(spans))):
            docs = make()
            for start in range(0, len(docs), 1000):
                lines = []
                for doc in docs[start:start + 1000]:
                    lines.append(orjson.dumps({"create": {"_index": f"sightline-{kind}-2026.11.23", "_id": doc["id"]}}))
                    lines.append(orjson.dumps(doc))
                answer = store.bulk(b"\n".join(lines) + b"\n")
                if answer["errors"]:
                    raise SystemExit(f"bulk errors: {str(answer)[:300]}")
        store.checkpoint()
    finally:
        store.close()


def requests() -> list[tuple[str, str, dict[str, Any]]]:
    """(name, kind of index, body) of the console's searches with aggregations, over the bench documents."""
    from pipeline.console.params import TimeRange
    from pipeline.console.queries import alert_chart_request, service_body, services_body

    now = BASE_S + 1200
    hour = TimeRange(now - 3600, now, "1h")
    quarter = TimeRange(BASE_S - 30, BASE_S + 870, "15m")
    out: list[tuple[str, str, dict[str, Any]]] = []
    for label, tr, interval in (("1h", hour, 60), ("15m", quarter, 15)):
        for kind in ("logs", "spans"):
            out.append((f"services page, {kind}, {label}", kind, services_body(tr, interval, ENV, 200, kind)))
    logs = services_body(hour, 60, ENV, 1, "logs")
    logs["query"]["bool"]["filter"].append({"term": {"service.name": "svc-3"}})
    out.append(("service page, logs, 1h", "logs", logs))
    out.append(("service page, spans, 1h", "spans", service_body(hour, 60, "svc-3", None, ENV)))
    for statistic in ("log_count", "latency_p95_ms"):
        found = alert_chart_request({"service.name": "svc-3", "series": {"statistic": statistic}},
                                    TimeRange(now - 1800, now, ""), 60)
        assert found is not None
        kind, body, _ = found
        out.append((f"alert chart, {statistic}", kind, body))
    return out


def _cpu(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.process_time()
    result = call()
    return time.process_time() - started, result


def _median(values: list[float]) -> str:
    return f"{statistics.median(values):.2f}" if values else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.docstore.aggs_bench", description=__doc__.split("\n")[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--build", nargs=2, type=int, metavar=("LOGS", "SPANS"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", default="", help="the requests whose name holds this text")
    parser.add_argument("--way", choices=("all", "sql", "rollup", "rows"), default="all",
                        help="one way only (to read the process's peak memory after it)")
    args = parser.parse_args(argv)
    if args.build:
        build(args.dir, *args.build)
    from pipeline.docstore.aggs import plan_aggs
    from pipeline.docstore.query import Translator
    from pipeline.docstore.store import DocStore

    store = DocStore(args.dir)
    try:
        conn = store._reader()
        print(f"{'request':32} {'matched':>9} {'SQLite s':>9} {'rollup s':>9} {'Python s':>9}  same")
        for name, kind, body in requests():
            if args.only not in name:
                continue
            indices = store.resolve(f"sightline-{kind}*")
            resolve = store._resolver(indices)
            translator = Translator(resolve, (BASE_S + 1200) * 1000, store.slot_of)
            where, params = translator.where(body.get("query"))
            scope = f"d.idx IN ({','.join(str(ix.id) for ix in indices)})"
            from_where = f"FROM docs d WHERE {scope} AND ({where})"
            split = store.rollup.split(body.get("query"), plan_aggs(body["aggs"], translator, resolve), translator, resolve)
            times: dict[str, list[float]] = {"sql": [], "rollup": [], "rows": []}
            answers: dict[str, Any] = {}
            ways = [w for w in ("sql", "rollup", "rows") if args.way in ("all", w) and (w != "rollup" or split)]
            for _ in range(args.repeat):
                for way in ways:
                    plan = plan_aggs(body["aggs"], translator, resolve)
                    if way == "rows":
                        run = functools.partial(plan.execute_rows, conn, from_where, params)
                    else:
                        sources = split.sources(scope, where, params) if split and way == "rollup" else None
                        run = functools.partial(plan.execute, conn, from_where, params, sources)
                    spent, answers[way] = _cpu(run)
                    times[way].append(spent)
            same = "-" if len(answers) < 2 else "yes" if len({orjson.dumps(a) for a in answers.values()}) == 1 else "NO"
            matched = next(iter(answers.values()))[0]
            print(f"{name:32} {matched:>9,} {_median(times['sql']):>9} {_median(times['rollup']):>9} "
                  f"{_median(times['rows']):>9}  {same}", flush=True)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"(CPU seconds, median of {args.repeat}, alternating; peak RSS of this process {peak:,.0f} MiB)")
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
