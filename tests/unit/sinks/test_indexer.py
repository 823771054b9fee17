"""The indexer against a small HTTP server that answers like Elasticsearch does when it throttles,
fails or refuses items: the embedded store cannot be made to answer 429 or 503 on demand."""

from __future__ import annotations

import orjson
from aiohttp import web
from prometheus_client import CollectorRegistry, Counter, Histogram

from pipeline.config import ElasticsearchConfig, SinkConfig
from pipeline.sinks.elasticsearch.bulk import chunks, encode_create
from pipeline.sinks.elasticsearch.client import make_client
from pipeline.sinks.elasticsearch.indexer import BulkIndexer, PendingDoc


async def serve(answers: list) -> tuple[web.AppRunner, str, list]:
    """Answers bulk requests from ``answers`` in order: a dict → 200 with that body, an int → that status."""
    seen: list[list[str]] = []

    async def bulk(request: web.Request) -> web.Response:
        lines = (await request.read()).split(b"\n")
        seen.append([orjson.loads(line)["create"]["_id"] for line in lines[0:-1:2]])
        answer = answers.pop(0) if answers else None
        if isinstance(answer, int):
            return web.json_response({"error": {"type": "x"}, "status": answer}, status=answer)
        if answer is None:
            answer = {"errors": False, "items": [{"create": {"status": 201}} for _ in seen[-1]]}
        return web.json_response(answer, headers={"X-Elastic-Product": "Elasticsearch"})

    app = web.Application()
    app.router.add_route("*", "/_bulk", bulk)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}", seen


def docs(n: int) -> list[PendingDoc]:
    out = []
    for i in range(n):
        doc = {"id": f"d{i}", "@timestamp": "2026-11-23T10:00:00.000Z", "service.name": "a"}
        out.append(PendingDoc("i", "logs", doc, f"t/0/{i}", encode_create("i", doc)))
    return out


async def run_indexer(answers: list, n: int, **cfg) -> tuple[list, list, CollectorRegistry, list]:
    runner, url, seen = await serve(answers)
    registry = CollectorRegistry()
    dead: list = []
    waits: list[float] = []

    async def deadletter(doc: PendingDoc, status: int, reason: str) -> None:
        dead.append((doc.doc["id"], status, reason))

    async def wait(delay: float) -> None:
        waits.append(delay)

    es = make_client(ElasticsearchConfig(hosts=[url]))
    indexer = BulkIndexer(
        es, SinkConfig(retry_initial_s=0.01, retry_max_s=0.02, **cfg),
        Counter("docs", "", ["kind", "outcome"], registry=registry),
        Histogram("bulk", "", registry=registry),
        Counter("fail", "", ["reason"], registry=registry),
        deadletter, wait,
    )
    try:
        await indexer.index(docs(n))
    finally:
        await es.close()
        await runner.cleanup()
    return seen, dead, registry, waits


async def test_items_answered_429_or_503_are_retried_and_409_counts_as_done() -> None:
    first = {"errors": True, "items": [
        {"create": {"status": 201}},
        {"create": {"status": 409, "error": {"type": "version_conflict_engine_exception"}}},
        {"create": {"status": 429, "error": {"type": "es_rejected_execution_exception"}}},
        {"create": {"status": 503, "error": {"type": "unavailable_shards_exception"}}},
    ]}
    seen, dead, registry, waits = await run_indexer([first], 4)
    assert seen == [["d0", "d1", "d2", "d3"], ["d2", "d3"]]
    assert dead == [] and len(waits) == 1
    assert registry.get_sample_value("docs_total", {"kind": "logs", "outcome": "indexed"}) == 3
    assert registry.get_sample_value("docs_total", {"kind": "logs", "outcome": "duplicate"}) == 1


async def test_mapping_errors_are_deadlettered_with_the_reason() -> None:
    answer = {"errors": True, "items": [
        {"create": {"status": 201}},
        {"create": {"status": 400, "error": {"type": "mapper_parsing_exception", "reason": "failed to parse field [x]"}}},
    ]}
    seen, dead, _, waits = await run_indexer([answer], 2)
    assert dead == [("d1", 400, "mapper_parsing_exception: failed to parse field [x]")]
    assert len(seen) == 1 and waits == []


async def test_whole_request_throttled_then_refused() -> None:
    seen, dead, registry, waits = await run_indexer([429, 503, 413], 2)
    assert len(seen) == 3 and len(waits) == 2
    assert [d[:2] for d in dead] == [("d0", 413), ("d1", 413)]
    assert registry.get_sample_value("fail_total", {"reason": "throttled"}) == 1


async def test_bulks_are_sized_by_count_and_bytes() -> None:
    seen, _, _, _ = await run_indexer([], 7, batch_max_docs=3)
    assert [len(s) for s in seen] == [3, 3, 1]
    size = len(docs(1)[0].operation)
    assert chunks([size] * 4, 100, 2 * size) == [(0, 2), (2, 4)]
