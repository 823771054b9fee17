"""Node services as they really log and report: Pino, Bunyan, Winston, their Elasticsearch shippers, @sentry/node.

Each client is the npm package itself (tests/integration/node/package.json),
run by Node against the real ingest → Kafka → processor → store path.
"""

from __future__ import annotations

import asyncio
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from prometheus_client import CollectorRegistry

from pipeline.ingest import Ingestor
from pipeline.kafka import ensure_topics
from pipeline.process import Processor
from pipeline.sinks.elasticsearch import ElasticsearchSink
from tests.conftest import isolated_config
from tests.helpers import eventually, search

pytestmark = pytest.mark.integration

# What each logger's levels must become (OpenTelemetry severity text and number).
EXPECTED_LEVELS = {
    "pino": {"trace": ("TRACE", 1), "debug": ("DEBUG", 5), "info": ("INFO", 9), "warn": ("WARN", 13), "error": ("ERROR", 17), "fatal": ("FATAL", 21)},
    "bunyan": {"trace": ("TRACE", 1), "debug": ("DEBUG", 5), "info": ("INFO", 9), "warn": ("WARN", 13), "error": ("ERROR", 17), "fatal": ("FATAL", 21)},
    "winston": {"error": ("ERROR", 17), "warn": ("WARN", 13), "info": ("INFO", 9), "http": ("DEBUG", 5), "verbose": ("DEBUG", 5), "debug": ("DEBUG", 5), "silly": ("TRACE", 1)},
}
SERVICES = {"pino": "unknown_service", "bunyan": "bunyan-app", "winston": "winston-app"}


def _node(app_dir: Path, *args: str) -> str:
    done = subprocess.run(["node", "logs_app.js", *args], cwd=app_dir, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"node logs_app.js {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
async def stack(broker: Any, store: Any) -> AsyncIterator[tuple[Any, Ingestor]]:
    cfg = isolated_config(broker, store, **{"templates.warmup_seconds": 0, "templates.confirm_seconds": 1,
                                            "alerts.evaluation_interval_s": 1, "ingest.sentry.projects": {"9": "node-shop"}})
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    ingest, proc, sink = Ingestor(cfg, registry), Processor(cfg, registry), ElasticsearchSink(cfg, registry)
    async with ingest, proc, sink:
        await eventually(lambda: _ready(ingest), timeout=30)
        yield cfg, ingest


async def _ready(component: Any) -> bool:
    return not component.failing()


async def _logs_of(cfg: Any, service: str, count: int) -> list[dict[str, Any]] | None:
    docs = [d for d in await search(cfg, "logs") if d["service.name"] == service]
    return docs if len(docs) >= count else None


@pytest.mark.parametrize("logger", ["pino", "bunyan", "winston"])
async def test_every_level_lands_with_its_severity_and_errors_with_their_type(
    stack: tuple[Any, Ingestor], node_app_dir: Path, logger: str
) -> None:
    cfg, ingest = stack
    lines = await asyncio.to_thread(_node, node_app_dir, "stdout", logger)
    async with aiohttp.ClientSession() as http:  # as a shipper tailing the service's stdout would post it
        async with http.post(f"http://127.0.0.1:{ingest.http_port}/api/v1/logs", data=lines.encode()) as resp:
            assert resp.status == 200, await resp.text()
            answer = await resp.json()
    levels = EXPECTED_LEVELS[logger]
    assert answer == {"accepted": len(levels) + 1, "rejected": []}
    docs = await eventually(lambda: _logs_of(cfg, SERVICES[logger], len(levels) + 1), timeout=90)
    got = {d["message"].split()[1]: (d["severity_text"], d["severity_number"]) for d in docs if d["message"].endswith(" line")}
    assert got == levels
    [failure] = [d for d in docs if not d["message"].endswith(" line")]
    assert (failure["severity_text"], failure["attributes"]["exception.type"]) == ("ERROR", "TypeError")
    assert "reading 'total'" in failure["attributes"]["exception.message"]
    assert "at failure" in failure["attributes"]["exception.stacktrace"]


@pytest.mark.parametrize("shipper", ["winston", "pino"])
async def test_elasticsearch_transports_are_acknowledged_and_searchable(
    stack: tuple[Any, Ingestor], node_app_dir: Path, shipper: str
) -> None:
    cfg, ingest = stack
    out = await asyncio.to_thread(_node, node_app_dir, "es", shipper, f"http://127.0.0.1:{ingest.http_port}")
    assert "error" not in out.lower()
    service = f"{shipper}-es"
    docs = await eventually(lambda: _logs_of(cfg, service, 21), timeout=90)
    assert len(docs) == 21  # every line once: none lost, none duplicated by a retry
    [failure] = [d for d in docs if "failure" in d["message"]]
    assert failure["severity_text"] == "ERROR"
    assert failure["attributes"]["exception.type"] == ("PaymentDeclined" if shipper == "winston" else "TypeError")
    hits = await search(cfg, "logs", {"match": {"message": "shipped"}})
    assert sum(1 for h in hits if h["service.name"] == service) == 21


async def test_sentry_node_sdk(stack: tuple[Any, Ingestor], node_app_dir: Path) -> None:
    cfg, ingest = stack
    await asyncio.to_thread(_node, node_app_dir, "sentry", f"http://publickey@127.0.0.1:{ingest.http_port}/9")
    docs = await eventually(lambda: _logs_of(cfg, "node-shop", 2), timeout=90)
    [error] = [d for d in docs if d["severity_text"] == "ERROR"]
    assert error["attributes"]["exception.type"] == "TypeError"
    assert "reading 'total'" in error["attributes"]["exception.message"]
    assert "failure" in error["attributes"]["exception.stacktrace"]
    assert error["resource"]["service.version"] == "node-shop@3.1.0"

    async def spans() -> list[dict[str, Any]] | None:
        found = [s for s in await search(cfg, "spans") if s["service.name"] == "node-shop"]
        return found if len(found) >= 2 else None

    names = {s["name"] for s in await eventually(spans, timeout=60)}
    assert {"GET /orders/:id", "SELECT orders"} <= names
