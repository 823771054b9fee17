"""Mapping conflicts: which fields are set aside, and the indexer sending such documents again
(against a small HTTP server answering as Elasticsearch does; the store's own behaviour is in
tests/integration/test_sink_mapping_conflicts.py)."""

from __future__ import annotations

import orjson
from aiohttp import web
from prometheus_client import CollectorRegistry, Counter, Histogram

from pipeline.config import ElasticsearchConfig, SinkConfig
from pipeline.sinks.elasticsearch.bulk import encode_create
from pipeline.sinks.elasticsearch.client import make_client
from pipeline.sinks.elasticsearch.conflicts import is_mapping_error, set_aside
from pipeline.sinks.elasticsearch.indexer import BulkIndexer, PendingDoc
from schemas.elasticsearch import KINDS, index_template

ES8_LEAF_VS_OBJECT = {
    "type": "document_parsing_exception",
    "reason": "[1:52] object mapping for [attributes.x] tried to parse field [x] as object, but found a concrete value",
}
ES8_NUMBER = {
    "type": "document_parsing_exception",
    "reason": "[1:40] failed to parse field [attributes.n] of type [long] in document with id 'a'. "
              "Preview of field's value: 'many'",
    "caused_by": {"type": "illegal_argument_exception", "reason": 'For input string: "many"'},
}


def test_the_named_field_and_what_lies_under_or_above_it_move_together() -> None:
    doc = {"id": "a", "@timestamp": "t", "attributes": {"x.b": 1, "x.c": 2, "xy": 3, "n": 4}}
    assert set_aside(doc, {"reason": "object mapping for [attributes.x] tried to parse field [x] as object"}) == [
        "attributes.x.b", "attributes.x.c"]
    assert doc["attributes"] == {"xy": 3, "n": 4}  # a key that only starts with the same letters stays
    # a leaf where the path wants an object (x text, the mapping has x.b under an object)
    doc = {"id": "a", "@timestamp": "t", "attributes": {"x": "text"}}
    assert set_aside(doc, {"reason": "mapping for field [attributes.x.b]"}) == ["attributes.x"]
    # a nested map (not flattened) is walked
    doc = {"id": "a", "@timestamp": "t", "attributes": {"x": {"b": 1, "c": 2}}}
    assert set_aside(doc, {"reason": "failed to parse field [attributes.x.b] of type [keyword]"}) == ["attributes.x.b"]
    assert doc["attributes"] == {"x": {"c": 2}} and doc["sightline.unindexed"] == {"attributes.x.b": 1}


def test_a_second_round_adds_to_what_was_set_aside() -> None:
    doc = {"id": "a", "@timestamp": "t", "attributes": {"n": "many", "y": "flat", "k": 1}}
    assert set_aside(doc, ES8_NUMBER) == ["attributes.n"]
    assert set_aside(doc, {"reason": "mapping for [attributes.y] tried to parse field [y] as object"}) == ["attributes.y"]
    assert doc["sightline.unindexed"] == {"attributes.n": "many", "attributes.y": "flat"}
    assert doc["sightline.unindexed_fields"] == ["attributes.n", "attributes.y"]
    assert doc["attributes"] == {"k": 1}


def test_explicit_fields_move_too_but_never_the_id_or_time() -> None:
    doc = {"id": "a", "@timestamp": "t", "severity_number": 300, "message": "m"}
    assert set_aside(doc, {"reason": "failed to parse field [severity_number] of type [byte]"}) == ["severity_number"]
    assert set_aside({"id": "a", "@timestamp": "bad"}, {"reason": "failed to parse field [@timestamp] of type [date]"}) is None
    # the dotted top-level service.name is found from its path
    doc = {"id": "a", "@timestamp": "t", "service.name": {"x": 1}}
    assert set_aside(doc, {"reason": "failed to parse field [service.name] of type [keyword]"}) == ["service.name"]


def test_no_field_named_or_the_last_round_sets_aside_every_object() -> None:
    doc = {"id": "a", "@timestamp": "t", "message": "m", "attributes": {"a": 1}, "resource": {"r": 1},
           "events": [{"name": "e"}], "tags": ["t"], "scope": {"name": "s"}}
    assert sorted(set_aside(doc, {"reason": "Limit of total fields [1000] has been exceeded"}) or []) == [
        "attributes", "events", "resource", "scope"]
    assert sorted(doc) == ["@timestamp", "id", "message", "sightline.unindexed", "sightline.unindexed_fields", "tags"]
    doc = {"id": "a", "@timestamp": "t", "attributes": {"n": "x", "m": 1}}
    assert set_aside(doc, ES8_NUMBER, everything=True) == ["attributes"]


def test_which_errors_are_mapping_conflicts() -> None:
    assert is_mapping_error(400, ES8_NUMBER)
    assert is_mapping_error(400, {"type": "mapper_parsing_exception"})
    assert is_mapping_error(400, {"type": "illegal_argument_exception", "reason": "Limit of total fields [1000]"})
    assert not is_mapping_error(400, {"type": "action_request_validation_exception"})
    assert not is_mapping_error(429, {"type": "es_rejected_execution_exception"})
    assert not is_mapping_error(400, "a string")


def test_every_record_template_maps_the_set_aside_fields_unindexed() -> None:
    for kind in KINDS:
        props = index_template(kind, "p-*", data_stream=False)["template"]["mappings"]["properties"]
        sightline = props["sightline"]["properties"]
        assert sightline["unindexed"] == {"type": "object", "enabled": False}
        assert sightline["unindexed_fields"]["type"] == "keyword"
    # subobjects: false only where asked (Elasticsearch 8.3+), and not for alerts (no attribute maps)
    logs = index_template("logs", "p-*", data_stream=True)["template"]["mappings"]["properties"]
    assert "attributes" not in logs
    alerts = index_template("alerts", "p-*", data_stream=True, subobjects=False)["template"]["mappings"]["properties"]
    assert "attributes" not in alerts


async def _serve(refuse: dict[str, list]) -> tuple[web.AppRunner, str, list, list]:
    """Answers bulk requests: a document whose id is in ``refuse`` gets the next error of its list."""
    bodies: list[list[dict]] = []
    mappings: list[str] = []

    async def bulk(request: web.Request) -> web.Response:
        lines = (await request.read()).split(b"\n")[:-1]
        docs = [orjson.loads(line) for line in lines[1::2]]
        bodies.append(docs)
        items = []
        for doc in docs:
            errors = refuse.get(doc["id"])
            if errors:
                items.append({"create": {"status": 400, "error": errors.pop(0)}})
            else:
                items.append({"create": {"status": 201}})
        return web.json_response({"errors": True, "items": items}, headers={"X-Elastic-Product": "Elasticsearch"})

    async def mapping(request: web.Request) -> web.Response:
        mappings.append(request.match_info["index"])
        return web.json_response({"acknowledged": True}, headers={"X-Elastic-Product": "Elasticsearch"})

    app = web.Application()
    app.router.add_route("*", "/_bulk", bulk)
    app.router.add_route("PUT", "/{index}/_mapping", mapping)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}", bodies, mappings


async def test_the_indexer_sends_a_conflicting_document_again_and_counts_it() -> None:
    refuse = {
        "n": [ES8_NUMBER],  # one conflict
        "two": [ES8_NUMBER, ES8_LEAF_VS_OBJECT],  # two, named one at a time
        "never": [ES8_NUMBER] * 10,  # refused whatever is set aside: dead-lettered as it came
        "bad": [{"type": "action_request_validation_exception", "reason": "no"}],  # not a mapping conflict
    }
    runner, url, bodies, mappings = await _serve(refuse)
    registry = CollectorRegistry()
    dead: list = []
    waits: list[float] = []

    async def deadletter(doc: PendingDoc, status: int, reason: str) -> None:
        dead.append((doc.document(), status, reason))

    async def wait(delay: float) -> None:
        waits.append(delay)

    docs = []
    for doc_id in ("ok", "n", "two", "never", "bad"):
        doc = {"id": doc_id, "@timestamp": "2026-11-23T10:00:00.000Z", "message": doc_id,
               "attributes": {"n": "many", "x": "text", "k": 1}}
        line = orjson.dumps(doc)  # as a clean-topic line (bytes), the sink's usual shape
        docs.append(PendingDoc("i", "logs", line if doc_id != "n" else doc, f"t/0/{len(docs)}",
                               encode_create("i", doc)))
    conflicts = Counter("conflicts", "", ["kind"], registry=registry)
    es = make_client(ElasticsearchConfig(hosts=[url]))
    indexer = BulkIndexer(
        es, SinkConfig(retry_initial_s=0.01, retry_max_s=0.02, mapping_conflict_rounds=3),
        Counter("docs", "", ["kind", "outcome"], registry=registry), Histogram("bulk", "", registry=registry),
        Counter("fail", "", ["reason"], registry=registry), deadletter, wait, conflicts=conflicts,
    )
    try:
        await indexer.index(docs)
    finally:
        await es.close()
        await runner.cleanup()

    assert waits == []  # sent again at once, no backoff
    assert [sorted(d["id"] for d in body) for body in bodies] == [
        ["bad", "n", "never", "ok", "two"], ["n", "never", "two"], ["never", "two"]]
    by_id = [{d["id"]: d for d in body} for body in bodies]
    n_stored = by_id[1]["n"]
    assert n_stored["sightline.unindexed"] == {"attributes.n": "many"} and n_stored["attributes"] == {"x": "text", "k": 1}
    two_stored = by_id[2]["two"]
    assert two_stored["sightline.unindexed_fields"] == ["attributes.n", "attributes.x"]
    # a named field no longer in the document: every object-valued field is set aside; then nothing is left
    assert by_id[2]["never"]["sightline.unindexed_fields"] == ["attributes.n", "attributes"]
    assert [(d["id"], d.get("attributes"), s) for d, s, _ in dead] == [
        ("bad", {"n": "many", "x": "text", "k": 1}, 400), ("never", {"n": "many", "x": "text", "k": 1}, 400)]
    assert "document_parsing_exception" in dead[1][2]
    assert docs[1].doc["attributes"] == {"n": "many", "x": "text", "k": 1}  # the caller's dict untouched
    assert registry.get_sample_value("conflicts_total", {"kind": "logs"}) == 2
    assert registry.get_sample_value("docs_total", {"kind": "logs", "outcome": "indexed"}) == 3
    assert registry.get_sample_value("docs_total", {"kind": "logs", "outcome": "deadlettered"}) == 2
    assert mappings == ["i"]  # sightline.unindexed mapped on the index once
