"""The sink's handling of template documents: one plain index, updated in place, newest version wins."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import orjson
import pytest
from aiohttp import web
from prometheus_client import CollectorRegistry, Counter, Histogram

from detectors.templates import TemplateMiner
from pipeline.config import ElasticsearchConfig, SinkConfig, load_config
from pipeline.sinks.elasticsearch import ElasticsearchSink
from pipeline.sinks.elasticsearch.client import make_client
from pipeline.sinks.elasticsearch.indexer import BulkIndexer, PendingDoc
from pipeline.sinks.elasticsearch.retention import expired_daily_indices
from pipeline.templates import template_document
from schemas.elasticsearch import KINDS, index_template

T0 = 1_795_428_000


def template_docs(published_s: int) -> list[dict[str, Any]]:
    miner = TemplateMiner()
    match = miner.add("upstream timeout after 30 ms", t=T0, record_id="r1")
    return [dict(template_document("checkout", miner.template(match.template_id), published_s * 10**9, 3600.0))]


def message(topic: str, value: Any, offset: int = 0) -> Any:
    return SimpleNamespace(topic=topic, partition=0, offset=offset, key=b"checkout", value=orjson.dumps(value))


@pytest.mark.parametrize("mode", ["daily", "data_stream"])
async def test_template_documents_are_indexed_in_place_in_one_index_with_their_version(mode: str) -> None:
    cfg = load_config(environ={}, overrides={"elasticsearch.index_prefix": "acme"})
    sink = ElasticsearchSink(cfg, CollectorRegistry())
    sink.mode = mode
    [pending] = await sink._docs_of("templates", message(cfg.kafka.topics.templates, template_docs(T0 + 60)))
    assert pending.index == "acme-templates" and pending.kind == "templates"
    action, doc, _ = pending.operation.split(b"\n")
    assert orjson.loads(action) == {"index": {"_index": "acme-templates", "_id": pending.doc["id"],
                                              "version": (T0 + 60) * 10**9, "version_type": "external"}}
    assert orjson.loads(doc)["template"] == "upstream timeout after <NUM> ms"
    # records still go to their rolling indices with create
    log = {"id": "a" * 32, "@timestamp": "2026-11-23T10:00:00.000Z", "service.name": "checkout"}
    [record] = await sink._docs_of("logs", message(cfg.kafka.topics.logs, [log]))
    assert record.operation.startswith(b'{"create":')
    assert record.index == ("acme-logs" if mode == "data_stream" else "acme-logs-2026.11.23")


async def test_a_template_document_without_its_version_is_deadlettered() -> None:
    cfg = load_config(environ={})
    sink = ElasticsearchSink(cfg, CollectorRegistry())
    dead: list[str] = []

    async def deadletter(msg: Any, reason: str, record: Any = None) -> None:
        dead.append(reason)

    sink._deadletter_raw = deadletter  # type: ignore[method-assign]  # no Kafka in a unit test
    docs = template_docs(T0)
    del docs[0]["time_unix_nano"]
    assert await sink._docs_of("templates", message(cfg.kafka.topics.templates, docs)) == []
    assert dead == ["a templates document lacks time_unix_nano (its version)"]


def test_the_templates_index_template_is_plain_and_never_expires() -> None:
    body = index_template("templates", "acme-templates", data_stream=False)
    assert body["index_patterns"] == ["acme-templates"] and "data_stream" not in body
    props = body["template"]["mappings"]["properties"]
    assert props["template"]["type"] == "text" and props["template"]["fields"]["keyword"]["type"] == "keyword"
    assert props["template_id"]["type"] == props["service"]["properties"]["name"]["type"] == "keyword"
    assert props["first_seen"]["type"] == props["last_seen"]["type"] == "date"
    assert "templates" not in KINDS  # retention deletes rolling indices only
    names = ["acme-templates", "acme-logs-2020.01.01"]
    assert expired_daily_indices(names, "acme", KINDS, dt.date(2026, 11, 23), 30) == ["acme-logs-2020.01.01"]


async def test_an_older_version_answered_409_is_done_not_deadlettered() -> None:
    """Elasticsearch answers 409 to an index op whose external version is not newer (a replay,
    or a retry overtaken by a later version): the stored document is already as new."""
    seen: list[dict[str, Any]] = []

    async def bulk(request: web.Request) -> web.Response:
        lines = (await request.read()).split(b"\n")
        actions = [orjson.loads(line) for line in lines[0:-1:2]]
        seen.extend(actions)
        items = [{"index": {"status": 201}}, {"index": {"status": 409, "error": {
            "type": "version_conflict_engine_exception", "reason": "current version is higher or equal"}}}]
        return web.json_response({"errors": True, "items": items[: len(actions)]},
                                 headers={"X-Elastic-Product": "Elasticsearch"})

    app = web.Application()
    app.router.add_route("*", "/_bulk", bulk)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    registry = CollectorRegistry()
    dead: list[Any] = []

    async def deadletter(doc: PendingDoc, status: int, reason: str) -> None:
        dead.append(doc)

    async def wait(delay: float) -> None:
        raise AssertionError("nothing to retry")

    es = make_client(ElasticsearchConfig(hosts=[f"http://127.0.0.1:{port}"]))
    indexer = BulkIndexer(es, SinkConfig(), Counter("docs", "", ["kind", "outcome"], registry=registry),
                          Histogram("bulk", "", registry=registry), Counter("fail", "", ["reason"], registry=registry),
                          deadletter, wait)
    cfg = load_config(environ={})
    sink = ElasticsearchSink(cfg, CollectorRegistry())
    newer = await sink._docs_of("templates", message(cfg.kafka.topics.templates, template_docs(T0 + 60)))
    older = await sink._docs_of("templates", message(cfg.kafka.topics.templates, template_docs(T0), offset=1))
    try:
        await indexer.index(newer + older)
    finally:
        await es.close()
        await runner.cleanup()
    assert [a["index"]["version"] for a in seen] == [(T0 + 60) * 10**9, T0 * 10**9]
    assert dead == []
    assert registry.get_sample_value("docs_total", {"kind": "templates", "outcome": "indexed"}) == 1
    assert registry.get_sample_value("docs_total", {"kind": "templates", "outcome": "duplicate"}) == 1


def test_the_client_reads_and_writes_json_with_orjson() -> None:
    es = make_client(ElasticsearchConfig(hosts=["http://127.0.0.1:9200"]))
    serializers = es.transport.serializers
    for mimetype in ("application/json", "application/vnd.elasticsearch+json"):
        serializer = serializers.get_serializer(mimetype)
        assert type(serializer).__name__ == "OrjsonSerializer"
        assert serializer.loads(b'{"items":[{"index":{"status":201}}]}') == {"items": [{"index": {"status": 201}}]}
