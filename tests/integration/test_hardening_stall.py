"""Issue #15: "a 30-second broker stall left 2,007 stored documents for 2,000 sequence numbers after
clients retried on 503".  Retrying a refused request must not duplicate.

Senders post numbered log records and retry every 503/429 as OTLP exporters do, while the broker
(this test's own, not the session's) is frozen with SIGSTOP for longer than the producer's
request timeout and then thawed: produce requests written before the freeze are still in the
broker's socket buffer and land after the thaw, although their HTTP requests were answered 503.
The retries carry the same request bytes, so their records get the same ids, and the store ends
with each number exactly once.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from pathlib import Path
from typing import Any

import aiohttp
import orjson
import pytest
from prometheus_client import CollectorRegistry

from pipeline.embedded import EmbeddedBroker
from pipeline.ingest import Ingestor
from pipeline.kafka import ensure_topics
from pipeline.process import Processor
from pipeline.sinks.elasticsearch import ElasticsearchSink
from tests.helpers import eventually, search

pytestmark = pytest.mark.integration

SENDERS, REQUESTS, PER_REQUEST = 4, 12, 5  # 240 numbered records


def _request(sender: int, n: int) -> bytes:
    base = 1_795_428_000_000_000_000
    records = [
        {"timeUnixNano": str(base + i), "body": {"stringValue": f"seq {sender}-{n}-{i}"},
         "attributes": [{"key": "seq", "value": {"stringValue": f"{sender}-{n}-{i}"}}]}
        for i in range(PER_REQUEST)
    ]
    resource = {"attributes": [{"key": "service.name", "value": {"stringValue": "stall"}}]}
    return orjson.dumps({"resourceLogs": [{"resource": resource, "scopeLogs": [{"logRecords": records}]}]})


async def test_retries_after_a_broker_stall_do_not_duplicate(make_config: Any, tmp_path: Path) -> None:
    broker = EmbeddedBroker(port=0, log_dir=str(tmp_path))
    broker.start()
    assert broker.proc is not None
    cfg = make_config(**{"kafka.bootstrap_servers": broker.bootstrap, "ingest.retry_after_s": 1})
    # the ingestor's producer gives up within 2 s (a 503); the processor and sink keep the defaults
    fast = cfg.model_copy(update={"kafka": cfg.kafka.model_copy(update={"request_timeout_s": 2.0})})
    try:
        await ensure_topics(cfg.kafka)
        registry = CollectorRegistry()
        ingest, proc, sink = Ingestor(fast, registry), Processor(cfg, registry), ElasticsearchSink(cfg, registry)
        async with ingest, proc, sink, aiohttp.ClientSession() as http:
            url = f"http://127.0.0.1:{ingest.http_port}/v1/logs"
            refused = 0
            sent = asyncio.Event()

            async def sender(k: int) -> None:
                nonlocal refused
                for n in range(REQUESTS):
                    body = _request(k, n)
                    while True:  # as an OTLP exporter: retry 429/503 after Retry-After, give up on nothing
                        async with http.post(url, data=body, headers={"Content-Type": "application/json"}) as resp:
                            if resp.status == 200:
                                break
                            assert resp.status in (429, 503), (resp.status, await resp.text())
                            refused += 1
                        await asyncio.sleep(0.5)
                    if n == 2:
                        sent.set()
                    await asyncio.sleep(0.2)

            senders = asyncio.gather(*(sender(k) for k in range(SENDERS)))
            await sent.wait()
            os.killpg(broker.proc.pid, signal.SIGSTOP)  # frozen past kafka.request_timeout_s
            frozen = time.monotonic()
            await asyncio.sleep(6)
            os.killpg(broker.proc.pid, signal.SIGCONT)
            await asyncio.wait_for(senders, timeout=180)
            assert refused > 0, "the stall refused nothing: the test did not exercise a retry"
            assert time.monotonic() - frozen >= 6

            total = SENDERS * REQUESTS * PER_REQUEST

            async def all_stored() -> list[dict[str, Any]] | None:
                docs = await search(cfg, "logs", size=2 * total)
                return docs if len(docs) >= total else None

            await eventually(all_stored, timeout=120, interval=1)
            await asyncio.sleep(5)  # let any late duplicate arrive
            docs = await search(cfg, "logs", size=2 * total)
        # (runs here: 32 answers refused, and the sink found 20 records it already had: the retries)
        seqs = [d["attributes"]["seq"] for d in docs]
        assert len(seqs) == total and len(set(seqs)) == total
    finally:
        if broker.proc is not None and broker.proc.poll() is None:
            os.killpg(broker.proc.pid, signal.SIGCONT)
        broker.stop()


async def test_syslog_lines_read_during_a_broker_stall_are_stored_once(make_config: Any, tmp_path: Path) -> None:
    """The same stall under syslog, which has no answer to retry on: the ingestor's buffer sends
    again what Kafka did not acknowledge, as it was (the same bytes, origin and message number), so
    a message Kafka kept after all gives the same ids and the store keeps each line once."""
    broker = EmbeddedBroker(port=0, log_dir=str(tmp_path))
    broker.start()
    assert broker.proc is not None
    cfg = make_config(**{"kafka.bootstrap_servers": broker.bootstrap, "ingest.syslog.batch_records": 20})
    fast = cfg.model_copy(update={"kafka": cfg.kafka.model_copy(update={"request_timeout_s": 2.0})})
    total = 300
    try:
        await ensure_topics(cfg.kafka)
        registry = CollectorRegistry()
        ingest, proc, sink = Ingestor(fast, registry), Processor(cfg, registry), ElasticsearchSink(cfg, registry)
        async with ingest, proc, sink:
            port = ingest.ports["ingest.syslog"]
            _reader, writer = await asyncio.open_connection("127.0.0.1", port)
            frozen = None
            for n in range(total):  # about 9 s of lines, the broker frozen for 6 s of them
                line = f"<14>1 2026-12-06T12:00:00.{n:06d}Z web-1 stall-sys 42 - - line {n}\n"
                writer.write(line.encode())
                await writer.drain()
                if n == 60:
                    os.killpg(broker.proc.pid, signal.SIGSTOP)  # frozen past kafka.request_timeout_s
                    frozen = time.monotonic()
                elif frozen is not None and time.monotonic() - frozen >= 6:
                    os.killpg(broker.proc.pid, signal.SIGCONT)
                    frozen = None
                await asyncio.sleep(0.03)
            writer.close()
            await writer.wait_closed()
            if frozen is not None:
                os.killpg(broker.proc.pid, signal.SIGCONT)
            retries = registry.get_sample_value("sightline_syslog_produce_retries_total", {"transport": "syslog-tcp"})
            assert retries, "the stall made no produce attempt fail: the test did not exercise a retry"

            async def all_stored() -> list[dict[str, Any]] | None:
                docs = [d for d in await search(cfg, "logs", size=2 * total) if d["service.name"] == "stall-sys"]
                return docs if len(docs) >= total else None

            await eventually(all_stored, timeout=120, interval=1)
            await asyncio.sleep(5)  # let any late duplicate arrive
            docs = [d for d in await search(cfg, "logs", size=2 * total) if d["service.name"] == "stall-sys"]
        lines = [d["message"] for d in docs]
        assert len(lines) == total and set(lines) == {f"line {n}" for n in range(total)}
    finally:
        if broker.proc is not None and broker.proc.poll() is None:
            os.killpg(broker.proc.pid, signal.SIGCONT)
        broker.stop()
