"""``sightline bench process``: records/s through one processor's path, store time apart.

The path timed is what one processor process does per raw message (decode →
redaction → ids → rolling statistics → finding sources, as
:class:`~pipeline.process.service.Processor` wires them → clean-topic
encoding, plus the state written to the changelog, at most every ``process.state_interval_s`` as
a processor writes it) plus the sink's bulk-body encoding (parse
the clean message, one ``create`` operation per record).  Kafka is not in the
loop.  With ``--store URL`` (or ``--embedded-store``) the bulk bodies of the
one-processor run are then sent to a store and that time is reported on its own line.

``--processors 1,2`` runs the path in one process and then in two processes side
by side (each its own interpreter, statistics and detectors, with half the
records, started together): records/s by the wall clock shows what a second
processor adds on this machine, records per CPU-second what each core does.
``--json`` prints the figures as one JSON document on stdout (the table goes to
stderr).  ``--profile FILE`` writes cProfile statistics of the one-processor run's timed
loop alone (no set-up, warm-up or input generation) to ``FILE`` and prints its top entries
(``python -m pstats FILE`` reads it again).

``--against DIR`` compares this checkout's path with that of another checkout
of the project (a git worktree of the commit before a change): the same
batches go through both, each in its own long-lived process, the order
alternating batch by batch, and records per CPU-second are printed for each
side with their ratio, per signal, and whether the outputs are byte-identical
(:mod:`pipeline.bench.against`).  Separate runs on a shared machine differ too
much to show a change of a few percent; this shows it.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import os
import random
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import orjson

from pipeline.bench.common import add_json_argument, reference_line

__all__ = ["add_arguments", "make_batches", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--signal", choices=["spans", "logs", "metrics", "mixed"], default="mixed",
                        help="which raw batches to feed (default: a third of each)")
    parser.add_argument("--records", type=int, default=200_000, help="records to push through (default 200000)")
    parser.add_argument("--batch", type=int, default=500, help="records per raw message (default 500)")
    parser.add_argument("--group", type=int, default=1, metavar="N",
                        help="raw messages of one signal processed together, as a processor takes those already "
                             "waiting (process.max_group_messages; default 1: one at a time)")
    parser.add_argument("--services", type=int, default=20, help="distinct services (default 20)")
    parser.add_argument("--points-per-series", type=_points_per_series, default=0, metavar="N",
                        help="metric points a series has in one raw message: 1 is what most exporters send (every "
                        "series once an export); default: the batch's points spread over 30 series (3 metrics x 10 routes)")
    parser.add_argument("--histogram-min-max", action="store_true",
                        help="histogram points carry min and max, as the OpenTelemetry SDK records them by default")
    parser.add_argument("--format", choices=["otlp-proto", "otlp-json"], default="otlp-proto")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--store", metavar="URL", help="also send the bulk bodies to this store and time it apart")
    parser.add_argument("--embedded-store", action="store_true", help="start the embedded store for --store")
    parser.add_argument("--no-detect", action="store_true",
                        help="leave the detectors out (error spikes, template mining, anomaly feeds)")
    parser.add_argument("--processors", type=_processor_counts, default="1", metavar="N[,N...]",
                        help="processor processes to run side by side, each with its share of the records: "
                        "1,2 measures one and then two (default 1; more than one run as child processes)")
    parser.add_argument("--stages", action="store_true",
                        help="also time each step of the one-processor run apart (CPU microseconds a record, by "
                        "signal): decode, transforms, ids, record hooks, statistics, their hooks, packing, the "
                        "changelog write and the sink's encoding")
    parser.add_argument("--profile", metavar="FILE",
                        help="cProfile the one-processor run's timed loop into FILE and print its top entries")
    parser.add_argument("--against", metavar="DIR", type=_checkout,
                        help="compare with the checkout in DIR (e.g. a git worktree of the base commit): the same "
                        "batches through both code bases, order alternating, records per CPU-second for each")
    add_json_argument(parser)


def _checkout(text: str) -> Any:
    from pipeline.bench.against import checkout_dir

    return checkout_dir(text)


def _kv(key: str, value: Any) -> Any:
    from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue

    if isinstance(value, bool):
        return KeyValue(key=key, value=AnyValue(bool_value=value))
    if isinstance(value, int):
        return KeyValue(key=key, value=AnyValue(int_value=value))
    return KeyValue(key=key, value=AnyValue(string_value=str(value)))


def _grouped(
    batches: list[tuple[str, bytes, bytes]], size: int, max_bytes: int
) -> Iterator[tuple[str, list[tuple[bytes, bytes]]]]:
    """The batches as a processor takes them with ``process.max_group_messages`` = ``size`` and
    ``max_group_bytes``: each signal's (its own agent's) messages in order, a group closed at ``size``
    messages or once it holds ``max_bytes``.

    >>> batches = [("logs", b"k", b"1"), ("spans", b"k", b"2"), ("logs", b"k", b"3"), ("logs", b"k", b"456")]
    >>> [(sig, len(g)) for sig, g in _grouped(batches, 2, 100)], [len(g) for _, g in _grouped(batches, 9, 2)]
    ([('logs', 2), ('spans', 1), ('logs', 1)], [2, 1, 1])
    """
    open_groups: dict[str, list[tuple[bytes, bytes]]] = {}
    sizes: dict[str, int] = {}
    for sig, key, payload in batches:
        group = open_groups.setdefault(sig, [])
        group.append((key, payload))
        sizes[sig] = sizes.get(sig, 0) + len(payload)
        if len(group) >= size or sizes[sig] >= max_bytes:
            sizes[sig] = 0
            yield sig, open_groups.pop(sig)
    yield from open_groups.items()


def make_batches(signal: str, records: int, batch: int, services: int, seed: int, now_ns: int,
                 points_per_series: int = 0, histogram_min_max: bool = False) -> list[tuple[str, bytes, bytes]]:
    """Serialized OTLP export requests: ``(signal, service key, payload)`` per raw message.

    ``points_per_series`` (``--points-per-series``): with 0 a metrics message's points go to three
    metrics (gauge, cumulative sum, histogram) of ten routes each, many points a series; with ``N``
    each series (a metric and a route) has ``N`` points, the series the same from message to message.
    ``histogram_min_max`` (``--histogram-min-max``): histogram points carry a min and max that fit their buckets.
    """
    from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
    from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import (
        ExportMetricsServiceRequest,
    )
    from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

    rng = random.Random(seed)
    routes = ["/users/{n}", "/orders/{n}/items", "/cart", "/search", "/objects/{h}"]
    out: list[tuple[str, bytes, bytes]] = []
    signals = ["spans", "logs", "metrics"] if signal == "mixed" else [signal]
    made = 0
    i = 0
    while made < records:
        sig = signals[i % len(signals)]
        i += 1
        n = min(batch, records - made)
        made += n
        service = f"svc-{rng.randrange(services)}"
        res = [_kv("service.name", service), _kv("host.name", f"host-{rng.randrange(5)}"), _kv("k8s.pod.name", f"pod-{rng.randrange(50)}")]
        if sig == "spans":
            req: Any = ExportTraceServiceRequest()
            ss = req.resource_spans.add()
            ss.resource.attributes.extend(res)
            scope = ss.scope_spans.add()
            scope.scope.name = "bench"
            for _ in range(n):
                sp = scope.spans.add()
                sp.trace_id = rng.randbytes(16)
                sp.span_id = rng.randbytes(8)
                sp.parent_span_id = rng.randbytes(8)
                route = rng.choice(routes).replace("{n}", str(rng.randrange(10**6))).replace("{h}", rng.randbytes(8).hex())
                sp.name = f"GET {route}"
                sp.kind = 2
                start = now_ns - rng.randrange(10**9)
                sp.start_time_unix_nano = start
                sp.end_time_unix_nano = start + int(rng.lognormvariate(17, 1))
                code = 500 if rng.random() < 0.05 else 200
                sp.attributes.extend([_kv("http.request.method", "GET"), _kv("url.path", route), _kv("http.response.status_code", code)])
                if code == 500:
                    sp.status.code = 2
                    ev = sp.events.add()
                    ev.name = "exception"
                    ev.time_unix_nano = start
                    ev.attributes.extend([_kv("exception.type", "TimeoutError"), _kv("exception.message", "upstream timed out")])
            payload = req.SerializeToString()
        elif sig == "logs":
            req = ExportLogsServiceRequest()
            rl = req.resource_logs.add()
            rl.resource.attributes.extend(res)
            sl = rl.scope_logs.add()
            for _ in range(n):
                lr = sl.log_records.add()
                lr.time_unix_nano = now_ns - rng.randrange(10**9)
                lr.severity_number = rng.choice([9, 9, 9, 13, 17])
                lr.body.string_value = f"request {rng.randrange(10**6)} handled in {rng.randrange(500)} ms"
                lr.trace_id = rng.randbytes(16)
                lr.span_id = rng.randbytes(8)
                lr.attributes.extend([_kv("http.route", "/users/{id}"), _kv("user.id", rng.randrange(1000))])
            payload = req.SerializeToString()
        elif points_per_series:
            req = ExportMetricsServiceRequest()
            rm = req.resource_metrics.add()
            rm.resource.attributes.extend(res)
            _series_points(rm.scope_metrics.add(), n, points_per_series, i, rng, now_ns, histogram_min_max)
            payload = req.SerializeToString()
        else:
            req = ExportMetricsServiceRequest()
            rm = req.resource_metrics.add()
            rm.resource.attributes.extend(res)
            per = max(1, n // 3)
            g, s, h = _three_metrics(rm.scope_metrics.add(), histogram_temporality=1)
            for j in range(n):
                t = now_ns - rng.randrange(10**9)
                attrs = [_kv("http.route", f"/r{j % 10}")]
                if j < per:
                    p = g.gauge.data_points.add(time_unix_nano=t, as_double=rng.random())
                elif j < 2 * per:
                    p = s.sum.data_points.add(time_unix_nano=t, start_time_unix_nano=now_ns - 10**12, as_int=j * 10)
                else:
                    p = h.histogram.data_points.add(time_unix_nano=t, count=10, sum=1.5)
                    p.explicit_bounds.extend([0.005, 0.01, 0.05, 0.1, 0.5, 1.0])
                    p.bucket_counts.extend([1, 2, 3, 2, 1, 1, 0])
                    if histogram_min_max:
                        p.min, p.max = 0.004, 0.8  # in the first bucket and in (0.5, 1]
                p.attributes.extend(attrs)
            payload = req.SerializeToString()
        out.append((sig, service.encode(), payload))
    return out


def _three_metrics(scope: Any, histogram_temporality: int) -> tuple[Any, Any, Any]:
    """A gauge, a cumulative monotonic sum and a histogram (delta: 1, cumulative: 2) added to ``scope``."""
    gauge = scope.metrics.add(name="process.cpu.utilization", unit="1")
    total = scope.metrics.add(name="http.server.requests", unit="{request}")
    total.sum.is_monotonic = True
    total.sum.aggregation_temporality = 2
    histogram = scope.metrics.add(name="http.server.request.duration", unit="s")
    histogram.histogram.aggregation_temporality = histogram_temporality
    return gauge, total, histogram


def _series_points(scope: Any, n: int, per_series: int, message: int, rng: random.Random, now_ns: int,
                   min_max: bool = False) -> None:
    """``n`` points into ``scope``, ``per_series`` a series: series ``s`` is metric ``s % 3`` (a gauge, a
    cumulative sum, a cumulative histogram) of route ``/r{s // 3}``; a sum's value grows from message to message."""
    gauge, total, histogram = _three_metrics(scope, histogram_temporality=2)
    start = now_ns - 10**12
    for j in range(n):
        s, k = divmod(j, per_series)
        t = now_ns - 10**9 + k * 10**6 + rng.randrange(10**6)  # a series' points in time order
        if s % 3 == 0:
            p = gauge.gauge.data_points.add(time_unix_nano=t, as_double=rng.random())
        elif s % 3 == 1:
            p = total.sum.data_points.add(time_unix_nano=t, start_time_unix_nano=start, as_int=message * 1000 + k)
        else:
            p = histogram.histogram.data_points.add(time_unix_nano=t, start_time_unix_nano=start, count=message + 9 + k,
                                                    sum=1.5 * (message + 1))
            p.explicit_bounds.extend([0.005, 0.01, 0.05, 0.1, 0.5, 1.0])
            p.bucket_counts.extend([message, 2, 3, 2, 1, 1, k])
            if min_max:  # in the lowest and the highest bucket that hold counts
                p.min, p.max = (0.004 if message else 0.006), (1.2 if k else 0.8)
        p.attributes.append(_kv("http.route", f"/r{s // 3}"))


def _points_per_series(text: str) -> int:
    """``--points-per-series``: a whole number (0: the default mix).

    >>> _points_per_series("1")
    1
    >>> _points_per_series("-2")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: --points-per-series takes a whole number (0: the default mix), not '-2'
    """
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"--points-per-series takes a whole number (0: the default mix), not {text!r}")
    return value


def run(args: argparse.Namespace) -> int:
    from pipeline.bench.common import Progress, emit, reference_seconds

    counts: list[int] = args.processors
    params = {k: getattr(args, k) for k in _PARAMS}
    params["config"] = getattr(args, "config", None)
    if getattr(args, "against", None) is not None:
        return _run_against(args, params)
    result: dict[str, Any] = {
        "format": args.format, "signal": args.signal, "records": args.records, "batch": args.batch, "group": args.group,
        "services": args.services, "points_per_series": args.points_per_series, "detect": not args.no_detect, "cores": os.cpu_count(),
        "reference_s": round(reference_seconds(), 4), "runs": [],
    }
    keep_bodies = bool(args.store or args.embedded_store)
    bodies: list[bytes] = []
    with Progress("bench process", enabled=False if args.json else None) as progress:

        def say(line: str) -> None:  # the table; under --json on stderr, the JSON document on stdout
            progress.write(line, out=sys.stderr if args.json else None)

        for n in counts:
            progress.phase(f"{n} processor{'s' if n > 1 else ''}", f"{args.records:,} records")
            if n == 1:  # in this process, as the figures were always taken
                run_result = _measure(params, 0, 1, None, bodies if keep_bodies and not bodies else None)
                runs = [run_result]
            else:
                runs = _in_children({**params, "profile": None, "stages": False}, n)
            _report(result, say, n, runs, first=n == counts[0])
            if n == 1 and params["profile"]:
                _print_profile(params["profile"], say)
        if keep_bodies:
            progress.phase("store")
            cfg = _config(params)
            store_s, docs = asyncio.run(_send(args, cfg, bodies))
            result["store"] = {"docs": docs, "seconds": store_s, "docs_per_s": docs / store_s}
            say(f"store (bulk requests, measured apart):                          {docs / store_s:,.0f} docs/s ({store_s:.2f} s)")
    emit(args, result)
    return 0


_PARAMS = ("signal", "records", "batch", "group", "services", "points_per_series", "histogram_min_max", "format", "seed", "no_detect",
           "profile", "stages")


def _processor_counts(text: str) -> list[int]:
    """``--processors`` as a list of process counts.

    >>> _processor_counts("1,2")
    [1, 2]
    >>> _processor_counts("0")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: --processors takes positive whole numbers separated by commas (1,2), not '0'
    """
    try:
        counts = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        counts = []
    if not counts or any(n < 1 for n in counts):
        raise argparse.ArgumentTypeError(f"--processors takes positive whole numbers separated by commas (1,2), not {text!r}")
    return counts


def _config(params: dict[str, Any]) -> Any:
    from pipeline.config import load_config

    return load_config(params["config"])


def _measure(params: dict[str, Any], worker: int, workers: int, barrier: Any, bodies: list[bytes] | None) -> dict[str, Any]:
    """One processor's share of the records (``1 / workers`` of them) through the timed path.

    With a ``barrier`` (several processes) the clock starts once every process is ready.
    """
    from pipeline.process.pipeline import BatchPipeline, RawMessage, tune_gc
    from pipeline.process.stats import RollingStats
    from pipeline.process.transforms import default_transforms
    from pipeline.sinks.elasticsearch.bulk import daily_index, message_operations
    from schemas.raw import RawEnvelope

    cfg = _config(params)
    now = time.time_ns()
    share = params["records"] // workers + (1 if worker < params["records"] % workers else 0)
    batches = _input(params, share, params["seed"] + worker, now)
    headers = RawEnvelope(params["format"], now).headers()
    transforms = default_transforms(cfg.redact)
    stats = RollingStats(cfg.process.stats)
    detection = None if params["no_detect"] else _findings(cfg, stats)
    stages = bool(params.get("stages"))
    pipeline = BatchPipeline(
        stats,
        transforms,
        [detection.on_stats] if detection else [],
        [detection.on_records] if detection else [],
        stage_clock=time.process_time if stages else None,
    )
    # the steps the bench loop does itself, timed apart with --stages: (step, signal) -> CPU seconds
    own: dict[tuple[str, str], float] = {}
    per_signal: dict[str, int] = {}
    raw_bytes = sum(len(p) for _, _, p in batches)
    _warm_up(cfg, params["batch"], params["seed"])
    tune_gc(cfg.process.gc_threshold)  # as a processor does at start
    if barrier is not None:
        barrier.wait()

    index_for = {sig: functools.partial(daily_index, "sightline", sig) for sig in ("logs", "spans", "metrics")}
    body_bytes = 0
    changelog_bytes = 0
    changelog_entries = 0
    # the statistics state goes to the changelog at most every process.state_interval_s, as a processor
    # with manual acks writes it (0: after every message or group)
    state_interval = cfg.process.state_interval_s
    records = 0
    profiler = None
    if params.get("profile"):
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    process_s = 0.0
    process_cpu = 0.0
    written_at = t0
    groups = list(_grouped(batches, params.get("group", 1), cfg.process.max_group_bytes))
    for n, (sig, group) in enumerate(groups, start=1):
        a = time.perf_counter()
        ca = time.process_time()
        if len(group) == 1:
            key, payload = group[0]
            result = pipeline.process(sig, headers, payload, key, time.time_ns())
            out, values = result.records, result.values
        else:
            together = pipeline.process_group(sig, [RawMessage(headers, p, k) for k, p in group], time.time_ns())
            out, values = together.records, [value for _, value in together.values]
        cb = time.process_time() if stages else 0.0
        if n == len(groups) or a - written_at >= state_interval:  # what the changelog gets
            entries = stats.take_dirty()
            changelog_entries += len(entries)
            changelog_bytes += sum(len(v) for _, _, v in entries)
            written_at = a
        b = time.perf_counter()
        cc = time.process_time()
        process_s += b - a
        process_cpu += cc - ca
        records += len(out)
        for value in values:  # what the sink does with a clean-topic message (NDJSON lines)
            operations, _ = message_operations(value, index_for[sig])
            body = b"".join([op for _, _, op in operations])
            body_bytes += len(body)
            if bodies is not None:
                bodies.append(body)
        if stages:
            per_signal[sig] = per_signal.get(sig, 0) + len(out)
            own[("changelog", sig)] = own.get(("changelog", sig), 0.0) + cc - cb
            own[("sink encoding", sig)] = own.get(("sink encoding", sig), 0.0) + time.process_time() - cc
    t1 = time.perf_counter()
    total_cpu = time.process_time() - cpu0
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(params["profile"])
    series = len(stats.series)
    state = sum(len(s.to_bytes()) for s in stats.series.values())
    return {
        "records": records, "raw_messages": len(batches), "raw_bytes": raw_bytes,
        "start": t0, "end": t1, "seconds": t1 - t0, "cpu_seconds": total_cpu, "process_seconds": process_s,
        "process_cpu_seconds": process_cpu,
        "stages": _stage_table({**pipeline.stage_seconds, **own}, per_signal) if stages else None,
        "bulk_bytes": body_bytes, "changelog_bytes": changelog_bytes, "changelog_entries": changelog_entries,
        "state_interval_s": state_interval,
        "series": series, "state_bytes": state, "peak_rss_mb": _peak_rss_mb(),
        "transforms": [getattr(t, "__name__", repr(t)) for t in transforms],
        "finding_sources": [] if detection is None else list(detection.sources),
    }


def _stage_table(seconds: dict[tuple[str, str], float], records: dict[str, int]) -> dict[str, dict[str, float]]:
    """CPU microseconds a record by step and signal, with ``all`` (the step's time over every record).

    >>> _stage_table({("decode", "logs"): 0.002, ("decode", "spans"): 0.006}, {"logs": 1000, "spans": 1000})
    {'decode': {'logs': 2.0, 'spans': 6.0, 'all': 4.0}}
    """
    total = sum(records.values())
    table: dict[str, dict[str, float]] = {}
    step_seconds: dict[str, float] = {}
    for (stage, signal), spent in seconds.items():
        table.setdefault(stage, {})[signal] = round(spent / max(records.get(signal, 0), 1) * 1e6, 2)
        step_seconds[stage] = step_seconds.get(stage, 0.0) + spent
    for stage, row in table.items():
        row["all"] = round(step_seconds[stage] / max(total, 1) * 1e6, 2)
    return table


def _input(params: dict[str, Any], records: int, seed: int, now: int) -> list[tuple[str, bytes, bytes]]:
    """The raw batches of a run, in ``--format``: OTLP/JSON is the protobuf batches in the JSON mapping."""
    batches = make_batches(params["signal"], records, params["batch"], params["services"], seed, now,
                           params.get("points_per_series", 0), params.get("histogram_min_max", False))
    if params["format"] != "otlp-json":
        return batches
    from google.protobuf import json_format

    from pipeline.process.otlp_records import REQUEST_TYPES

    converted = []
    for sig, key, payload in batches:
        msg = REQUEST_TYPES[sig]()
        msg.ParseFromString(payload)
        # enums as integers, as the OTLP/JSON encoding requires and exporters send them (names are read too)
        data = json_format.MessageToDict(msg, use_integers_for_enums=True)
        _ids_to_hex(data)
        converted.append((sig, key, orjson.dumps(data)))
    return converted


def _run_against(args: argparse.Namespace, params: dict[str, Any]) -> int:
    """``--against DIR``: :func:`pipeline.bench.against.compare` over this run's batches."""
    from pipeline.bench.against import compare, table
    from pipeline.bench.common import Progress, emit, reference_seconds
    from schemas.raw import RawEnvelope

    clash = [name for name, on in (("--processors", args.processors != [1]), ("--profile", bool(args.profile)),
                                   ("--store", bool(args.store or args.embedded_store))) if on]
    if clash:
        raise SystemExit(f"bench process: --against measures one processor per side; leave out {', '.join(clash)}")
    now = time.time_ns()
    batches = _input(params, params["records"], params["seed"], now)
    headers = RawEnvelope(params["format"], now).headers()
    with Progress("bench process --against", enabled=False if args.json else None) as progress:
        progress.phase("start", "two workers set up and warm up")
        figures = compare(args.against, batches, headers, params["config"], not params["no_detect"], progress)
        result: dict[str, Any] = {
            "format": args.format, "signal": args.signal, "records": args.records, "batch": args.batch, "group": args.group,
            "services": args.services, "points_per_series": args.points_per_series, "detect": not args.no_detect, "cores": os.cpu_count(),
            "reference_s": round(reference_seconds(), 4), **figures,
        }
        progress.write(reference_line(result["reference_s"]), out=sys.stderr if args.json else None)
        table(result, lambda line: progress.write(line, out=sys.stderr if args.json else None))
    emit(args, result)
    return 1 if figures["outputs_differ"] else 0


def _child(params: dict[str, Any], worker: int, workers: int, barrier: Any, queue: Any) -> None:
    try:
        queue.put(_measure(params, worker, workers, barrier, None))
    except BaseException as exc:  # the parent reports it instead of waiting for ever
        barrier.abort()
        queue.put({"error": f"{type(exc).__name__}: {exc}"})


def _in_children(params: dict[str, Any], n: int) -> list[dict[str, Any]]:
    """``n`` processor processes, each with its share of the records, started together."""
    import multiprocessing
    from queue import Empty

    ctx = multiprocessing.get_context("spawn")  # a fresh interpreter each, as a processor process is
    barrier = ctx.Barrier(n)
    queue = ctx.Queue()
    children = [ctx.Process(target=_child, args=(params, i, n, barrier, queue), daemon=True) for i in range(n)]
    for child in children:
        child.start()
    runs: list[dict[str, Any]] = []
    try:
        while len(runs) < n:
            try:
                runs.append(queue.get(timeout=1.0))
            except Empty:  # a child that died without a word (killed, crashed) must not hang the bench
                dead = [c.exitcode for c in children if c.exitcode not in (None, 0)]
                if dead:
                    raise RuntimeError(f"a processor process exited with code {dead[0]}") from None
    finally:
        for child in children:
            child.join(30)
            if child.is_alive():
                child.kill()
    errors = [r["error"] for r in runs if "error" in r]
    if errors:
        raise RuntimeError(f"a processor process failed: {errors[0]}")
    return runs


def _report(result: dict[str, Any], say: Callable[[str], None], n: int, runs: list[dict[str, Any]], first: bool) -> None:
    records = sum(r["records"] for r in runs)
    wall = max(r["end"] for r in runs) - min(r["start"] for r in runs)
    cpu = sum(r["cpu_seconds"] for r in runs)
    process_s = sum(r["process_seconds"] for r in runs)
    seconds = sum(r["seconds"] for r in runs)
    entry = {
        "processors": n, "records": records, "seconds": wall, "records_per_s": records / wall,
        "cpu_seconds": cpu, "records_per_cpu_s": records / cpu,
        # per process: the processor's own steps, and the sink's bulk-body encoding (the rest of the loop)
        "process_records_per_s": records / process_s, "sink_encode_records_per_s": records / max(seconds - process_s, 1e-9),
        "process_records_per_cpu_s": records / max(sum(r["process_cpu_seconds"] for r in runs), 1e-9),
        "peak_rss_mb": max(r["peak_rss_mb"] for r in runs),
    }
    result["runs"].append(entry)
    if first:
        head = runs[0]
        raw = sum(r["raw_bytes"] for r in runs)
        messages = sum(r["raw_messages"] for r in runs)
        result.update(transforms=head["transforms"], finding_sources=head["finding_sources"], raw_bytes=raw)
        say(reference_line(result["reference_s"]))
        say(f"input: {messages} raw messages ({result['format']}, {result['signal']}), {records} records, {raw / 1e6:.1f} MB raw")
        say(f"transforms: {', '.join(head['transforms']) or 'none'}")
        say(f"finding sources: {', '.join(head['finding_sources']) or 'off (--no-detect)'}")
    label = f"{n} processor{'s' if n > 1 else ''}"
    say(f"{label}: process path (decode + transforms + ids + statistics + detect + clean encode): "
        f"{entry['process_records_per_s']:,.0f} records/s a process")
    say(f"{label}: sink bulk-body encoding:   {entry['sink_encode_records_per_s']:,.0f} records/s a process")
    say(f"{label}: whole path, wall clock:    {entry['records_per_s']:,.0f} records/s ({wall:.2f} s); "
        f"bulk bodies {sum(r['bulk_bytes'] for r in runs) / 1e6:.1f} MB")
    # CPU time: what one core does, whatever else the machine runs (wall figures drop on a busy machine)
    say(f"{label}: whole path per CPU-second: {entry['records_per_cpu_s']:,.0f} records/s ({cpu:.2f} s CPU)")
    say(f"{label}: process path per CPU-second: {entry['process_records_per_cpu_s']:,.0f} records/s "
        "(the processor's own steps, without the sink's encoding)")
    if n == 1 and runs[0].get("stages"):
        result["stages"] = table = runs[0]["stages"]
        signals = [*sorted({sig for row in table.values() for sig in row if sig != "all"}), "all"]
        say("CPU microseconds a record, by step (--stages):")
        say("  " + "step".ljust(18) + "".join(sig.rjust(10) for sig in signals))
        for stage, row in table.items():
            say("  " + stage.ljust(18) + "".join(f"{row.get(sig, 0.0):10.2f}" for sig in signals))
        say("  " + "sum".ljust(18) + "".join(f"{sum(row.get(sig, 0.0) for row in table.values()):10.2f}" for sig in signals))
    if n == 1:
        r = runs[0]
        stats = {key: r[key] for key in ("series", "state_bytes", "changelog_bytes", "changelog_entries", "state_interval_s")}
        result.setdefault("statistics", stats)
        say(f"statistics: {r['series']} series held, {r['state_bytes'] / 1e6:.1f} MB encoded state "
            f"({r['state_bytes'] / max(r['series'], 1) / 1e3:.1f} kB a series); "
            f"{r['changelog_bytes'] / 1e6:.1f} MB in {r['changelog_entries']:,} entries written to the changelog "
            f"(process.state_interval_s {r['state_interval_s']:g})")
    say(f"{label}: peak RSS {entry['peak_rss_mb']:.0f} MB (largest process)")


def _print_profile(path: str, say: Callable[[str], None], top: int = 15) -> None:
    """The profile's top entries by own time and by cumulative time (the figures with the profiler on
    are slower than without: it costs every Python call)."""
    import io
    import pstats

    for order in ("tottime", "cumtime"):
        text = io.StringIO()
        pstats.Stats(path, stream=text).strip_dirs().sort_stats(order).print_stats(top)
        lines = [line for line in text.getvalue().splitlines() if line.strip()]
        start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls")), 0)
        say(f"profile of the timed loop, by {order} ({path}):")
        for line in lines[start:]:
            say("  " + line)


def _findings(cfg: Any, stats: Any) -> Any:
    """The finding step as :class:`~pipeline.process.service.Processor` builds it."""
    from pipeline.process.findings import Findings, Settings

    return Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), stats, cfg.elasticsearch.index_prefix)


def _warm_up(cfg: Any, batch: int, seed: int) -> None:
    """One pass of a few batches through a throwaway pipeline: lazy imports (the
    detectors pull in scipy) and first-call caches are paid before the clock starts,
    as a running processor pays them once at start."""
    from pipeline.process.pipeline import BatchPipeline
    from pipeline.process.stats import RollingStats
    from pipeline.process.transforms import default_transforms
    from schemas.raw import FORMAT_OTLP_PROTO, RawEnvelope

    headers = RawEnvelope(FORMAT_OTLP_PROTO, time.time_ns()).headers()  # make_batches writes protobuf
    stats = RollingStats(cfg.process.stats)
    detection = _findings(cfg, stats)
    pipeline = BatchPipeline(stats, default_transforms(cfg.redact), [detection.on_stats], [detection.on_records])
    for sig, key, payload in make_batches("mixed", 3 * batch, batch, 3, seed + 1, time.time_ns()):
        pipeline.process(sig, headers, payload, key, time.time_ns())
    stats.take_dirty()


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def _ids_to_hex(node: Any) -> None:
    import base64

    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("traceId", "spanId", "parentSpanId") and isinstance(v, str):
                node[k] = base64.b64decode(v).hex()
            else:
                _ids_to_hex(v)
    elif isinstance(node, list):
        for v in node:
            _ids_to_hex(v)


async def _send(args: argparse.Namespace, cfg: Any, bodies: list[bytes]) -> tuple[float, int]:
    from pipeline.embedded import EmbeddedStore
    from pipeline.sinks.elasticsearch.client import make_client

    store = None
    url = args.store
    if args.embedded_store:
        store = EmbeddedStore(port=0)
        store.start()
        url = store.url
    es = make_client(cfg.elasticsearch.model_copy(update={"hosts": [url]}))
    docs = 0
    try:
        t0 = time.perf_counter()
        for body in bodies:
            answer = await es.bulk(operations=body)  # type: ignore[arg-type]
            docs += len(answer["items"])
        return time.perf_counter() - t0, docs
    finally:
        await es.close()
        if store is not None:
            store.stop()
