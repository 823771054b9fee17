"""``sightline bench process``: records/s through one processor's path, store time apart.

The path timed is what one processor process does per raw message (decode →
redaction → ids → rolling statistics → finding sources, as
:class:`~pipeline.process.service.Processor` wires them → clean-topic
encoding, plus the state written to the changelog) plus the sink's bulk-body encoding (parse
the clean message, one ``create`` operation per record).  Kafka is not in the
loop.  With ``--store URL`` (or ``--embedded-store``) the bulk bodies are then
sent to a store and that time is reported on its own line.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import time
from typing import Any

import orjson

__all__ = ["add_arguments", "make_batches", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--signal", choices=["spans", "logs", "metrics", "mixed"], default="mixed",
                        help="which raw batches to feed (default: a third of each)")
    parser.add_argument("--records", type=int, default=200_000, help="records to push through (default 200000)")
    parser.add_argument("--batch", type=int, default=500, help="records per raw message (default 500)")
    parser.add_argument("--services", type=int, default=20, help="distinct services (default 20)")
    parser.add_argument("--format", choices=["otlp-proto", "otlp-json"], default="otlp-proto")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--store", metavar="URL", help="also send the bulk bodies to this store and time it apart")
    parser.add_argument("--embedded-store", action="store_true", help="start the embedded store for --store")
    parser.add_argument("--no-detect", action="store_true",
                        help="leave the detectors out (error spikes, template mining, anomaly feeds)")


def _kv(key: str, value: Any) -> Any:
    from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue

    if isinstance(value, bool):
        return KeyValue(key=key, value=AnyValue(bool_value=value))
    if isinstance(value, int):
        return KeyValue(key=key, value=AnyValue(int_value=value))
    return KeyValue(key=key, value=AnyValue(string_value=str(value)))


def make_batches(signal: str, records: int, batch: int, services: int, seed: int, now_ns: int) -> list[tuple[str, bytes, bytes]]:
    """Serialized OTLP export requests: ``(signal, service key, payload)`` per raw message."""
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
        else:
            req = ExportMetricsServiceRequest()
            rm = req.resource_metrics.add()
            rm.resource.attributes.extend(res)
            sm = rm.scope_metrics.add()
            per = max(1, n // 3)
            g = sm.metrics.add(name="process.cpu.utilization", unit="1")
            s = sm.metrics.add(name="http.server.requests", unit="{request}")
            s.sum.is_monotonic = True
            s.sum.aggregation_temporality = 2
            h = sm.metrics.add(name="http.server.request.duration", unit="s")
            h.histogram.aggregation_temporality = 1
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
                p.attributes.extend(attrs)
            payload = req.SerializeToString()
        out.append((sig, service.encode(), payload))
    return out


def run(args: argparse.Namespace) -> int:
    from google.protobuf import json_format

    from pipeline.config import load_config
    from pipeline.process.otlp_records import REQUEST_TYPES
    from pipeline.process.pipeline import BatchPipeline
    from pipeline.process.stats import RollingStats
    from pipeline.process.transforms import default_transforms
    from pipeline.sinks.elasticsearch.bulk import daily_index, encode_create, encode_create_line
    from schemas.raw import RawEnvelope
    from schemas.records import line_head

    cfg = load_config(getattr(args, "config", None))
    now = time.time_ns()
    batches = make_batches(args.signal, args.records, args.batch, args.services, args.seed, now)
    if args.format == "otlp-json":
        converted = []
        for sig, key, payload in batches:
            msg = REQUEST_TYPES[sig]()
            msg.ParseFromString(payload)
            data = json_format.MessageToDict(msg)
            _ids_to_hex(data)
            converted.append((sig, key, orjson.dumps(data)))
        batches = converted
    headers = RawEnvelope(args.format, now).headers()
    transforms = default_transforms(cfg.redact)
    stats = RollingStats(cfg.process.stats)
    detection = None if args.no_detect else _findings(cfg, stats)
    pipeline = BatchPipeline(
        stats,
        transforms,
        [detection.on_stats] if detection else [],
        [detection.on_records] if detection else [],
    )
    raw_bytes = sum(len(p) for _, _, p in batches)
    _warm_up(cfg, args)

    keep_bodies = bool(args.store or args.embedded_store)
    bodies: list[bytes] = []
    body_bytes = 0
    changelog_bytes = 0
    records = 0
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    process_s = 0.0
    for sig, key, payload in batches:
        a = time.perf_counter()
        result = pipeline.process(sig, headers, payload, key, time.time_ns())
        changelog_bytes += sum(len(v) for _, _, v in stats.take_dirty())  # what the changelog gets
        b = time.perf_counter()
        process_s += b - a
        records += len(result.records)
        kind = {"spans": "spans", "logs": "logs", "metrics": "metrics"}[sig]
        for value in result.values:  # what the sink does with a clean-topic message (NDJSON lines)
            ops = []
            for line in value.split(b"\n"):
                head = line_head(line)
                if head is None:  # not a processor's line: parsed (never here)
                    doc = orjson.loads(line)
                    ops.append(encode_create(daily_index("sightline", kind, doc["@timestamp"]), doc))
                else:
                    ops.append(encode_create_line(daily_index("sightline", kind, head[1]), head[0], line))
            body = b"".join(ops)
            body_bytes += len(body)
            if keep_bodies:
                bodies.append(body)
    total_s = time.perf_counter() - t0
    total_cpu = time.process_time() - cpu0
    encode_s = total_s - process_s
    print(f"input: {len(batches)} raw messages ({args.format}, {args.signal}), {records} records, {raw_bytes / 1e6:.1f} MB raw")
    print(f"transforms: {', '.join(getattr(t, '__name__', repr(t)) for t in transforms) or 'none (redaction is not wired into default_transforms yet)'}")
    print(f"finding sources: {'off (--no-detect)' if detection is None else ', '.join(detection.sources)}")
    print(f"process path (decode + transforms + ids + statistics + detect + clean encode): {records / process_s:,.0f} records/s ({process_s:.2f} s)")
    print(f"sink bulk-body encoding:                                        {records / encode_s:,.0f} records/s ({encode_s:.2f} s)")
    print(f"whole path, one process:                                        {records / total_s:,.0f} records/s ({total_s:.2f} s); bulk bodies {body_bytes / 1e6:.1f} MB")
    # CPU time: what one core does, whatever else the machine runs (wall figures drop on a busy machine)
    print(f"whole path per CPU-second of this process:                      {records / total_cpu:,.0f} records/s ({total_cpu:.2f} s CPU)")
    series = len(stats.series)
    state = sum(len(s.to_bytes()) for s in stats.series.values())
    print(f"statistics: {series} series held, {state / 1e6:.1f} MB encoded state "
          f"({state / max(series, 1) / 1e3:.1f} kB a series); {changelog_bytes / 1e6:.1f} MB written to the changelog")
    print(f"peak RSS of this process: {_peak_rss_mb():.0f} MB")
    if args.store or args.embedded_store:
        store_s, docs = asyncio.run(_send(args, cfg, bodies))
        print(f"store (bulk requests, measured apart):                          {docs / store_s:,.0f} docs/s ({store_s:.2f} s)")
    return 0


def _findings(cfg: Any, stats: Any) -> Any:
    """The finding step as :class:`~pipeline.process.service.Processor` builds it."""
    from pipeline.process.findings import Findings, Settings

    return Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), stats, cfg.elasticsearch.index_prefix)


def _warm_up(cfg: Any, args: argparse.Namespace) -> None:
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
    for sig, key, payload in make_batches("mixed", 3 * args.batch, args.batch, 3, args.seed + 1, time.time_ns()):
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
