"""``sightline bench demo``: play ``sightline up --demo`` and check what its alerts said, and when.

Runs the whole pipeline on the embedded broker and store (as ``sightline up
--demo``), reads the alert topic as it goes, and at the end prints:

- every alert event, with its time after the demo started;
- per incident of :data:`pipeline.demo.INCIDENTS`: the alert it must raise
  (on its service), how long after the incident started it fired, and
  whether and when it resolved after the incident ended;
- alerts fired during the quiet warm-up (there must be none);
- whether the secrets the demo logs reached the store unredacted.

Exit code 0 when every incident raised its alert and the baseline was quiet,
1 otherwise.  It takes about 20 minutes by default (three of warm-up, six of
incidents, then ten for the last resolution: new error types clear after 10
minutes without a record).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from dataclasses import dataclass, field
from typing import Any

import orjson

from pipeline.bench.common import add_json_argument, emit

__all__ = ["EXPECTED", "add_arguments", "judge", "run"]

# The alert each demo incident must raise on its service.
EXPECTED = {
    "error_spike": "ErrorSpike",
    "latency_shift": "LatencyAnomaly",
    "new_error_type": "NewErrorType",
}
SECRET_MARKERS = ("eyJhbGciOiJIUzI1NiJ9.", "hunter")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--minutes", type=float, default=20.0,
                        help="how long to play (default 20: warm-up, incidents, and their resolutions)")
    parser.add_argument("--warmup", type=float, default=180.0, help="seconds of quiet traffic before the incidents")
    add_json_argument(parser)


@dataclass
class Verdict:
    lines: list[str] = field(default_factory=list)
    ok: bool = True

    def check(self, passed: bool, text: str) -> None:
        self.ok &= passed
        self.lines.append(f"{'ok  ' if passed else 'FAIL'} {text}")


def judge(
    events: list[tuple[float, dict[str, Any]]], warmup_s: float, secrets: tuple[int, int], minutes: float
) -> Verdict:
    """What the alerts (``(seconds after start, event)``) say about each incident.

    ``secrets``: the demo's secret-bearing log records found in the store, and
    how many of them still held a secret.
    """
    from pipeline.demo import INCIDENTS

    verdict = Verdict()
    quiet = [e for t, e in events if t < warmup_s and e["status"] == "firing"]
    verdict.check(not quiet, f"quiet warm-up ({warmup_s:.0f} s): {len(quiet)} alerts fired"
                  + (": " + ", ".join(f"{e['alertname']}/{e['service.name']}" for e in quiet) if quiet else ""))
    for incident in INCIDENTS:
        name = EXPECTED.get(incident.kind)
        if name is None:
            continue
        start = warmup_s + incident.start_s
        end = start + incident.duration_s
        mine = [(t, e) for t, e in events if e["alertname"] == name and e["service.name"] == incident.service]
        fired = [t for t, e in mine if e["status"] == "firing" and t >= start]
        what = f"{incident.kind} on {incident.service} (at {start:.0f}-{end:.0f} s): {name}"
        if not fired:
            verdict.check(False, f"{what} never fired")
            continue
        text = f"{what} fired {fired[0] - start:.0f} s after the start"
        resolved = [t for t, e in mine if e["status"] == "resolved" and t >= fired[0]]
        if resolved:
            text += f", resolved {resolved[0] - end:.0f} s after the end"
        elif minutes * 60 > end + 600:
            verdict.check(False, text + ", never resolved")
            continue
        else:
            text += ", not resolved within the run"
        verdict.check(True, text)
    stored, leaked = secrets
    verdict.check(stored > 0 and leaked == 0, f"secret-bearing log lines stored: {stored}, with a secret left: {leaked}")
    return verdict


async def _play(args: argparse.Namespace, cfg: Any) -> tuple[list[tuple[float, dict[str, Any]]], tuple[int, int]]:
    from aiokafka import AIOKafkaConsumer
    from prometheus_client import CollectorRegistry

    from pipeline.alerts.forward import AlertForwarder
    from pipeline.demo import DemoTraffic
    from pipeline.ingest import Ingestor
    from pipeline.kafka import ensure_topics
    from pipeline.process import Processor
    from pipeline.sinks.elasticsearch import ElasticsearchSink
    from pipeline.sinks.elasticsearch.client import make_client

    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    ingest = Ingestor(cfg, registry)
    demo = DemoTraffic(cfg, lambda: f"http://{cfg.ingest.http.host}:{ingest.http_port}", warmup_s=args.warmup)
    components = [ingest, Processor(cfg, registry), ElasticsearchSink(cfg, registry), AlertForwarder(cfg, registry)]
    consumer = AIOKafkaConsumer(cfg.kafka.topics.alerts, bootstrap_servers=cfg.kafka.bootstrap_servers,
                                auto_offset_reset="earliest", enable_auto_commit=False)
    events: list[tuple[float, dict[str, Any]]] = []
    started = time.monotonic()
    for component in components:
        await component.start()
    await consumer.start()
    try:
        await demo.start()
        started = time.monotonic()
        deadline = started + args.minutes * 60
        while time.monotonic() < deadline:
            batches = await consumer.getmany(timeout_ms=1000)
            for messages in batches.values():
                for msg in messages:
                    event = orjson.loads(msg.value)
                    t = time.monotonic() - started
                    events.append((t, event))
                    print(f"{t:7.0f} s  {event['status']:<8} {event['alertname']:<20} {event['service.name']:<10} "
                          f"{event.get('summary', '')[:90]}", flush=True, file=sys.stderr if args.json else sys.stdout)
        await demo.stop()
        es = make_client(cfg.elasticsearch)
        try:
            # the demo's secret-bearing lines are its WARN logs: all stored, none with a secret
            pattern = f"{cfg.elasticsearch.index_prefix}-logs*"
            await es.indices.refresh(index=pattern)
            answer = await es.search(index=pattern, query={"term": {"severity_text": "WARN"}}, size=10_000)
            docs = [orjson.dumps(hit["_source"]).decode() for hit in answer["hits"]["hits"]]
            secrets = (len(docs), sum(any(m in d for m in SECRET_MARKERS) for d in docs))
        finally:
            await es.close()
    finally:
        await consumer.stop()
        for component in reversed(components):
            await component.stop()
    return events, secrets


def run(args: argparse.Namespace) -> int:
    from pipeline.config import load_config
    from pipeline.embedded import EmbeddedBroker, EmbeddedStore
    from pipeline.log import configure_logging
    from pipeline.up import demo_config, embedded_config

    cfg = demo_config(load_config(getattr(args, "config", None)))
    configure_logging("warning", cfg.log.format)  # warnings with their component and context
    e = cfg.embedded
    broker = EmbeddedBroker(e.host, 0, e.broker_bin, e.log_dir)
    store = EmbeddedStore(e.host, 0, e.store_bin, e.log_dir)
    try:
        broker.start(e.startup_timeout_s)
        store.start(e.startup_timeout_s)
        cfg = embedded_config(cfg, broker, store)
        print(f"playing the demo for {args.minutes:.0f} minutes (warm-up {args.warmup:.0f} s); alerts as they come:",
              flush=True, file=sys.stderr if args.json else sys.stdout)
        events, secrets = asyncio.run(_play(args, cfg))  # the alert lines as they come are its progress
    finally:
        store.stop()
        broker.stop()
    verdict = judge(events, args.warmup, secrets, args.minutes)
    result = {
        "bench": "demo", "minutes": args.minutes, "warmup_s": args.warmup, "ok": verdict.ok,
        "checks": [{"ok": line.startswith("ok"), "text": line[5:]} for line in verdict.lines],
        "alerts": [{"t_s": round(t, 1), "status": e.get("status"), "alertname": e.get("alertname"),
                    "service.name": e.get("service.name")} for t, e in events],
    }
    emit(args, result, lambda: print("\n" + "\n".join(verdict.lines)))
    return 0 if verdict.ok else 1
