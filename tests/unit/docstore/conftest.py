"""A docstore in a temporary directory with Sightline's index templates and a few sink-shaped documents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from pipeline.docstore.store import DocStore
from schemas.elasticsearch import KINDS, index_template

NOW_MS = 1796464800000  # 2026-12-05T10:00:00Z

LOGS: list[dict[str, Any]] = [
    {"id": "l1", "@timestamp": "2026-12-05T09:59:00.000Z", "service.name": "api", "severity_number": 17,
     "severity_text": "ERROR", "message": "Upstream timeout after 300 ms calling api.example.com",
     "trace_id": "t1", "resource": {"service.name": "api", "deployment.environment.name": "prod"},
     "attributes": {"http.response.status_code": 504, "tags": ["a", "b"]}, "time_unix_nano": 1},
    {"id": "l2", "@timestamp": "2026-12-05T09:58:00.000Z", "service.name": "api", "severity_number": 9,
     "severity_text": "INFO", "message": "request handled in 12.5 ms", "trace_id": "t2",
     "resource": {"service.name": "api"}, "attributes": {"http.response.status_code": 200, "tags": ["b"]}},
    {"id": "l3", "@timestamp": "2026-12-05T09:00:00.000Z", "service.name": "web", "severity_number": 13,
     "severity_text": "WARN", "message": "cache miss for user u1234", "trace_id": "t1",
     "resource": {"service.name": "web", "deployment.environment.name": "staging"},
     "attributes": {"http.response.status_code": "500"}},
]
SPANS: list[dict[str, Any]] = [
    {"id": "s1", "@timestamp": "2026-12-05T09:59:30.000Z", "service.name": "api", "trace_id": "t1", "span_id": "a",
     "name": "GET /charge", "operation": "GET /charge", "start_time_unix_nano": 10, "duration_ms": 30.0,
     "status": {"code": "error"}, "attributes": {"http.response.status_code": 200}},
    {"id": "s2", "@timestamp": "2026-12-05T09:59:31.000Z", "service.name": "api", "trace_id": "t1", "span_id": "b",
     "parent_span_id": "a", "name": "SELECT cart", "operation": "SELECT cart", "start_time_unix_nano": 5,
     "duration_ms": 10.0, "status": {"code": "ok"}, "attributes": {"http.response.status_code": 503}},
    {"id": "s3", "@timestamp": "2026-12-05T09:59:32.000Z", "service.name": "web", "trace_id": "t3", "span_id": "c",
     "name": "GET /", "operation": "GET /", "start_time_unix_nano": 7, "duration_ms": 20.0, "status": {"code": "ok"}},
]


def bulk_body(index: str, docs: list[dict[str, Any]], op: str = "create") -> bytes:
    lines = []
    for doc in docs:
        lines.append(orjson.dumps({op: {"_index": index, "_id": doc["id"]}}))
        lines.append(orjson.dumps(doc))
    return b"\n".join(lines) + b"\n"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DocStore]:
    s = DocStore(tmp_path / "store")
    for kind in KINDS:
        s.put_template(f"t-{kind}", index_template(kind, f"t-{kind}-*", data_stream=False))
    assert not s.bulk(bulk_body("t-logs-2026.12.05", LOGS))["errors"]
    assert not s.bulk(bulk_body("t-spans-2026.12.05", SPANS))["errors"]
    yield s
    s.close()


def search(store: DocStore, pattern: str, body: dict[str, Any]) -> dict[str, Any]:
    answer = store.search(store.resolve(pattern), body, now_ms=NOW_MS)
    return dict(orjson.loads(orjson.dumps(answer)))


def ids(store: DocStore, pattern: str, query: dict[str, Any], **extra: Any) -> list[str]:
    """The ids of the hits, in the order answered (sorted by id when no sort is given)."""
    answer = search(store, pattern, {"query": query, "size": 100, **extra})
    found = [h["_id"] for h in answer["hits"]["hits"]]
    return found if "sort" in extra else sorted(found)
