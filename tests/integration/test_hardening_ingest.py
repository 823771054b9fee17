"""Issue #15's requests against a real ingestor, processor, sink and search store.

Each request of the issue is sent as written; the answer must refuse the bad
record alone (``partial_success``, a per-line or per-item error), and the
good siblings must be stored, nothing lost and nothing dead-lettered.
Identical records of one request are each stored; the same request sent
again adds nothing.
"""

from __future__ import annotations

import json
from typing import Any

import aiohttp
import orjson
import pytest
from prometheus_client import CollectorRegistry

from pipeline.ingest import Ingestor
from pipeline.kafka import ensure_topics
from pipeline.process import Processor
from pipeline.sinks.elasticsearch import ElasticsearchSink
from tests.helpers import eventually, read_topic, search

pytestmark = pytest.mark.integration

_RES = '{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"rp"}}]}'
# The requests, as curl sent them.
HUGE_TIME_LOGS = (
    '{"resourceLogs":[' + _RES + ',"scopeLogs":[{"logRecords":[{"body":{"stringValue":"good"}},'
    '{"timeUnixNano":"18446744073709551615","body":{"stringValue":"huge"}}]}]}]}'
)
NAN_HISTOGRAM = (
    '{"resourceMetrics":[' + _RES + ',"scopeMetrics":[{"metrics":[{"name":"rp.good","gauge":{"dataPoints":'
    '[{"asDouble":1}]}},{"name":"rp.hist","histogram":{"aggregationTemporality":2,"dataPoints":[{"count":"3",'
    '"sum":"NaN","explicitBounds":["NaN"],"bucketCounts":["1","2"]}]}}]}]}]}'
)
WRONG_TYPES = (
    '{"resourceLogs":[' + _RES + ',"scopeLogs":[{"logRecords":[{"body":{"stringValue":"sibling"}},'
    '{"body":{"intValue":"abc"}},{"timeUnixNano":"-1","body":{"stringValue":"neg"}},'
    '{"flags":-1,"body":{"stringValue":"flags"}}]}]}]}'
)


def _deep(levels: int) -> Any:
    value: Any = "bottom"
    for _ in range(levels):
        value = {"n": value}
    return value


async def _post(url: str, body: bytes, ctype: str = "application/json") -> tuple[int, Any]:
    async with aiohttp.ClientSession() as http, http.post(url, data=body, headers={"Content-Type": ctype}) as resp:
        return resp.status, await resp.json(content_type=None)


async def test_bad_records_refused_alone_and_identical_lines_each_stored(make_config: Any) -> None:
    cfg = make_config(**{"ingest.max_record_bytes": 20_000})
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    ingest, proc, sink = Ingestor(cfg, registry), Processor(cfg, registry), ElasticsearchSink(cfg, registry)
    async with ingest, proc, sink:
        base = f"http://127.0.0.1:{ingest.http_port}"

        status, answer = await _post(f"{base}/v1/logs", HUGE_TIME_LOGS.encode())
        assert status == 200
        assert answer["partialSuccess"]["rejectedLogRecords"] == "1"
        assert "2^63" in answer["partialSuccess"]["errorMessage"]

        status, answer = await _post(f"{base}/v1/logs", WRONG_TYPES.encode())
        assert status == 200
        assert answer["partialSuccess"]["rejectedLogRecords"] == "3", answer

        status, answer = await _post(f"{base}/v1/metrics", NAN_HISTOGRAM.encode())
        assert status == 200
        assert answer["partialSuccess"]["rejectedDataPoints"] == "1"
        assert "NaN" in answer["partialSuccess"]["errorMessage"]

        # JSON logs: each bad line refused with its number, the good one kept, never a 500
        lines = [
            {"ts": "2026-11-23T10:00:00Z", "msg": "kept line", "app": "jl"},
            {"ts": -1, "msg": "negative", "app": "jl"},
            {"ts": "inf", "msg": "infinite", "app": "jl"},
            {"ts": 1e30, "msg": "far", "app": "jl"},
            {"ts": "0001-01-01T00:00:00Z", "msg": "year one", "app": "jl"},
            {"ts": "2026-11-23T10:00:00Z", "msg": "deep", "app": "jl", "x": _deep(300)},
            {"ts": "2026-11-23T10:00:00Z", "msg": "big " + "z" * 30_000, "app": "jl"},
        ]
        body = b"\n".join(json.dumps(line).encode() for line in lines)  # orjson refuses to write 300 levels
        status, answer = await _post(f"{base}/api/v1/logs", body, "application/x-ndjson")
        assert status == 200, answer
        assert answer["accepted"] == 1
        assert [r["line"] for r in answer["rejected"]] == [2, 3, 4, 5, 6, 7]
        assert "ingest.max_depth" in answer["rejected"][4]["reason"]
        assert "not retryable" in answer["rejected"][5]["reason"]

        # Elasticsearch bulk: the same documents, item by item
        bulk = b"".join(b'{"create":{"_index":"app"}}\n' + json.dumps({**line, "app": "bk"}).encode() + b"\n" for line in lines)
        status, answer = await _post(f"{base}/_bulk", bulk, "application/x-ndjson")
        assert status == 200 and answer["errors"] is True
        statuses = [item["create"]["status"] for item in answer["items"]]
        assert statuses == [201, 400, 400, 400, 400, 400, 413]

        # five identical lines: five documents; the same request again: still five
        same = b"\n".join([orjson.dumps({"ts": "2026-11-23T10:00:01Z", "msg": "heartbeat", "app": "hb"})] * 5)
        for _ in range(2):
            status, answer = await _post(f"{base}/api/v1/logs", same, "application/x-ndjson")
            assert status == 200 and answer["accepted"] == 5

        async def stored() -> list[dict[str, Any]] | None:
            docs = await search(cfg, "logs")
            return docs if len(docs) >= 9 else None

        try:
            docs = await eventually(stored, timeout=40)
        except AssertionError:
            got = await search(cfg, "logs")
            raise AssertionError([(d["service.name"], d["message"][:20]) for d in got]) from None
        by_service: dict[str, list[str]] = {}
        for doc in docs:
            by_service.setdefault(doc["service.name"], []).append(doc["message"])
        assert sorted(by_service["rp"]) == ["good", "sibling"]
        assert by_service["jl"] == ["kept line"] and by_service["bk"] == ["kept line"]
        assert by_service["hb"] == ["heartbeat"] * 5

        async def retried_counted() -> bool:
            value = registry.get_sample_value("sightline_sink_documents_total", {"kind": "logs", "outcome": "duplicate"})
            return (value or 0) >= 5

        await eventually(retried_counted, timeout=60)
        assert len(await search(cfg, "logs")) == 9
        clean = await read_topic(cfg, cfg.kafka.topics.metrics, 1, timeout=30)
        assert [orjson.loads(m.value)["name"] for m in clean] == ["rp_good"]
        assert not await read_topic(cfg, cfg.kafka.topics.deadletter, 1, timeout=3)
