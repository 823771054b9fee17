"""Templates end to end: error logs → processor (mined after redaction) → templates topic → sink →
the templates index, updated in place; then ``sightline templates`` lists them."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp
import orjson
import pytest
from prometheus_client import CollectorRegistry

from pipeline.config import Config
from pipeline.errors import SightlineError
from pipeline.ingest import Ingestor
from pipeline.kafka import ensure_topics
from pipeline.process import Processor
from pipeline.sinks.elasticsearch import ElasticsearchSink
from pipeline.templates.cli import fetch_templates
from tests.helpers import eventually, read_topic, search

pytestmark = pytest.mark.integration
SIGHTLINE = str(Path(sys.executable).with_name("sightline"))
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZW1vIn0.c2lnbmF0dXJlLW9mLXRoZS10ZXN0LXRva2Vu"


async def post(port: int, lines: list[dict[str, Any]]) -> None:
    async with aiohttp.ClientSession() as http:
        body = b"\n".join(orjson.dumps(line) for line in lines)
        async with http.post(f"http://127.0.0.1:{port}/api/v1/logs", data=body) as resp:
            assert resp.status == 200, await resp.text()


async def sightline(cfg: Config, *args: str) -> tuple[int, str, str]:
    env = dict(os.environ, SIGHTLINE_ELASTICSEARCH__HOSTS=cfg.elasticsearch.hosts[0],
               SIGHTLINE_ELASTICSEARCH__INDEX_PREFIX=cfg.elasticsearch.index_prefix)
    proc = await asyncio.create_subprocess_exec(SIGHTLINE, "templates", *args, env=env,
                                                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    return int(proc.returncode or 0), out.decode(), err.decode()


async def test_error_logs_become_searchable_templates_updated_in_place(make_config) -> None:
    cfg = make_config(**{"alerts.evaluation_interval_s": 1})
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    now = time.time()
    timeouts = [{"ts": now - 60 + i, "level": "error", "service": "checkout", "trace_id": f"{100 + i:032x}",
                 "msg": f"upstream timeout after {30 + i} ms calling /charge"} for i in range(20)]
    declined = [{"ts": now - 30 + i, "level": "error", "service": "checkout",
                 "msg": f"card declined for order {1000 + i}: insufficient funds"} for i in range(5)]
    secret = [{"ts": now - 10, "level": "error", "service": "checkout",
               "msg": f"provider call failed with Authorization: Bearer {TOKEN}"}]
    inventory = [{"ts": now - 20 + i, "level": "error", "service": "inventory",
                  "msg": f"KeyError: 'warehouse_{i}' not found in stock map"} for i in range(3)]
    quiet = [{"ts": now - 5, "level": "info", "service": "checkout", "msg": "cart 17 loaded"}]

    ingest, proc, sink = Ingestor(cfg, registry), Processor(cfg, registry), ElasticsearchSink(cfg, registry)
    async with ingest, proc, sink:
        await eventually(lambda: _joined(proc), timeout=60)
        await post(ingest.http_port, timeouts + declined + secret + inventory + quiet)

        async def stored(expected_timeouts: int) -> list[dict[str, Any]]:
            docs = await search(cfg, "templates")
            counts = {d["template"]: d["count"] for d in docs}
            ready = len(docs) == 4 and counts.get("upstream timeout after <NUM> ms calling <PATH>") == expected_timeouts
            return docs if ready else []

        docs = await eventually(lambda: stored(20), timeout=60)
        by_text = {d["template"]: d for d in docs}
        redacted = next(t for t in by_text if t.startswith("provider call failed"))
        assert set(by_text) == {
            "upstream timeout after <NUM> ms calling <PATH>",
            "card declined for order <NUM>: insufficient funds",
            redacted,
            "KeyError: 'warehouse_<NUM>' not found in stock map",
        }, sorted(by_text)
        # mined after redaction: the template names the rule, never the secret
        assert redacted.startswith("provider call failed with Authorization: Bearer [REDACTED:")
        assert TOKEN not in orjson.dumps(docs).decode()
        timeout = by_text["upstream timeout after <NUM> ms calling <PATH>"]
        assert timeout["service.name"] == "checkout" and timeout["status"] == "active"
        assert timeout["_id"] == timeout["id"] and timeout["template_id"].startswith("T")
        assert timeout["first_seen"] < timeout["last_seen"] and sum(w["count"] for w in timeout["windows"]) == 20
        assert timeout["sample_trace_ids"][0] == f"{100:032x}"
        # the sample ids are the stored log records'
        [record] = await search(cfg, "logs", {"term": {"id": timeout["sample_record_ids"][0]}})
        assert record["message"] == "upstream timeout after 30 ms calling /charge"

        # more of one error: the same document, updated in place
        await post(ingest.http_port, [{**line, "ts": line["ts"] + 61} for line in timeouts[:5]])
        docs = await eventually(lambda: stored(25), timeout=60)
        again = next(d for d in docs if d["template_id"] == timeout["template_id"])
        assert again["_id"] == timeout["_id"] and again["last_seen"] > timeout["last_seen"]
        assert again["first_seen"] == timeout["first_seen"]

    # the pipeline has stopped; the topic and the store keep what it published
    text, as_json, messages = await asyncio.gather(
        sightline(cfg, "--service", "checkout"),
        sightline(cfg, "--json", "--search", "warehouse"),
        read_topic(cfg, cfg.kafka.topics.templates, 2),
    )
    assert {m.key for m in messages} == {b"checkout", b"inventory"}  # a batch of documents per service
    assert all(isinstance(orjson.loads(m.value), list) for m in messages)
    assert registry.get_sample_value("sightline_templates_published_total") >= 5
    assert registry.get_sample_value("sightline_sink_documents_total", {"kind": "templates", "outcome": "indexed"}) >= 5

    code, out, err = text
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "checkout: 3 templates"
    rows = lines[2:]
    assert [row.split("  ")[-1] for row in rows] == [  # newest first
        redacted,
        "card declined for order <NUM>: insufficient funds",
        "upstream timeout after <NUM> ms calling <PATH>",
    ]
    assert f" 25  {timeout['template_id']}  " in rows[2]

    code, out, err = as_json
    assert code == 0, err
    [found] = [orjson.loads(line) for line in out.splitlines()]
    assert found["service.name"] == "inventory" and found["count"] == 3

    # before anything was published under a prefix, the command says so (main prints it, exit code 2)
    other = cfg.model_copy(update={"elasticsearch": cfg.elasticsearch.model_copy(update={"index_prefix": "tnone"})})
    with pytest.raises(SightlineError, match=r"no templates index tnone-templates at http://127\.0\.0\.1:\d+ yet"):
        await fetch_templates(other, "checkout")


async def _joined(proc: Processor) -> bool:
    return proc.joined
