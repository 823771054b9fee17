"""Bulk answers item by item, versions, mappings, persistence across a restart, the lock and the size cap."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from pipeline.docstore.errors import StoreError
from pipeline.docstore.store import DocStore
from pipeline.sinks.elasticsearch.bulk import read_bulk_answer
from pipeline.sinks.elasticsearch.conflicts import is_mapping_error, named_paths, set_aside
from schemas.elasticsearch import index_template
from tests.unit.docstore.conftest import LOGS, bulk_body, ids


def test_create_answers_409_per_item_for_an_id_stored_or_repeated(store: DocStore) -> None:
    new = {**LOGS[0], "id": "l9"}
    answer = store.bulk(bulk_body("t-logs-2026.12.05", [LOGS[0], new, new]))
    outcome = read_bulk_answer(answer, 3)
    assert answer["errors"] is True
    assert outcome.duplicates == [0, 2] and outcome.done == [1]
    assert answer["items"][0]["create"]["error"]["type"] == "version_conflict_engine_exception"
    assert ids(store, "t-logs*", {"term": {"id": "l9"}}) == ["l9"]


def test_index_with_external_versions_replaces_only_newer(store: DocStore) -> None:
    def put(version: int, count: int) -> int:
        body = (orjson.dumps({"index": {"_index": "t-templates", "_id": "x", "version": version,
                                        "version_type": "external"}}) + b"\n"
                + orjson.dumps({"id": "x", "count": count, "@timestamp": "2026-12-05T09:00:00Z"}) + b"\n")
        return int(store.bulk(body)["items"][0]["index"]["status"])

    assert put(5, 1) == 201
    assert put(5, 2) == 409
    assert put(7, 3) == 200
    hits = store.search(store.resolve("t-templates"), {"query": {"term": {"count": 3}}})["hits"]
    assert hits["total"]["value"] == 1
    assert store.count(store.resolve("t-templates"), {}) == 1


def test_a_mapping_conflict_is_a_400_the_sink_can_set_aside(store: DocStore) -> None:
    doc = {"id": "c1", "@timestamp": "2026-12-05T09:00:00Z", "service.name": "api", "message": "m",
           "attributes": {"http.response.status_code": {"b": 1}}}
    answer = store.bulk(bulk_body("t-logs-2026.12.05", [doc]))
    item = answer["items"][0]["create"]
    assert item["status"] == 400 and is_mapping_error(item["status"], item["error"])
    moved = set_aside(doc, item["error"])
    assert moved == ["attributes.http.response.status_code.b"] or named_paths(item["error"])[0].startswith(
        "attributes.http.response.status_code")
    assert not store.bulk(bulk_body("t-logs-2026.12.05", [doc]))["errors"]  # stored with the field set aside
    bad_number = {"id": "c2", "@timestamp": "2026-12-05T09:00:00Z", "severity_number": "high"}
    item = store.bulk(bulk_body("t-logs-2026.12.05", [bad_number]))["items"][0]["create"]
    assert item["status"] == 400 and "severity_number" in item["error"]["reason"]


def test_documents_and_mappings_survive_a_restart(tmp_path: Path) -> None:
    directory = tmp_path / "s"
    first = DocStore(directory)
    first.put_template("t-logs", index_template("logs", "t-logs-*", data_stream=False))
    first.bulk(bulk_body("t-logs-2026.12.05", LOGS))
    with pytest.raises(StoreError) as locked:
        DocStore(directory)
    assert "another store process" in locked.value.reason
    first.close()
    again = DocStore(directory)
    try:
        assert ids(again, "t-logs*", {"term": {"attributes.tags": "a"}}) == ["l1"]  # a dynamic field, held lists
        assert ids(again, "t-logs*", {"match": {"message": "cache"}}) == ["l3"]
        answer = again.bulk(bulk_body("t-logs-2026.12.05", LOGS[:1]))
        assert answer["items"][0]["create"]["status"] == 409
        assert "t-logs" in again.templates
    finally:
        again.close()


def test_delete_by_query_and_index_deletion_remove_words_too(store: DocStore) -> None:
    logs = store.resolve("t-logs*")
    assert store.delete_by_query(logs, {"query": {"term": {"service.name": "web"}}}) == 1
    assert ids(store, "t-logs*", {"match": {"message": "cache"}}) == []
    assert store.db.execute("SELECT count(*) FROM fts").fetchone()[0] == 2 + 3  # two messages, three span names
    store.delete_indices(["t-spans-2026.12.05"])
    assert store.resolve("t-spans*") == []
    assert store.db.execute("SELECT count(*) FROM fts").fetchone()[0] == 2


def test_the_cap_drops_the_oldest_documents_first(tmp_path: Path) -> None:
    s = DocStore(tmp_path / "cap")
    try:
        s.put_template("t-logs", index_template("logs", "t-logs-*", data_stream=False))
        docs = [{"id": f"d{i:05d}", "@timestamp": f"2026-12-05T{i // 3600:02d}:{i // 60 % 60:02d}:{i % 60:02d}.000Z",
                 "service.name": "api", "message": f"record number {i} " + "x" * 200} for i in range(3000)]
        for start in range(0, len(docs), 1000):
            s.bulk(bulk_body("t-logs-2026.12.05", docs[start:start + 1000]))
        s.checkpoint()
        used = s.used_bytes()
        dropped: list[int] = []
        deleted = s.enforce_cap(used // 2, lambda n, cutoff, held: dropped.append(n))
        assert deleted > 0 and dropped == [deleted] and s.dropped == deleted
        assert s.used_bytes() <= used // 2
        left = s.search(s.resolve("t-logs*"), {"size": 1, "sort": [{"@timestamp": "asc"}]})["hits"]["hits"]
        assert left[0]["_id"] == f"d{deleted:05d}"  # everything before it went, nothing after
        assert s.count(s.resolve("t-logs*"), {}) == 3000 - deleted
        assert s.enforce_cap(0) == 0
        # the freed pages went back to the file system: incremental auto-vacuum is on in a fresh store
        assert s.db.execute("PRAGMA auto_vacuum").fetchone()[0] == 2
        s.checkpoint()
        assert (tmp_path / "cap" / "docs.sqlite").stat().st_size <= used // 2 + 64 * 1024
    finally:
        s.close()


def test_text_fields_beyond_the_63_slots_share_one_and_stay_searchable(tmp_path: Path) -> None:
    s = DocStore(tmp_path / "slots")
    try:
        s.put_template("t-logs", index_template("logs", "t-logs-*", data_stream=False))
        docs = [{"id": f"d{i}", "@timestamp": "2026-12-05T10:00:00Z", "message": f"record {i}",
                 "attributes": {f"lib{i}.exception.message": f"failure number{i}"}} for i in range(70)]
        assert not s.bulk(bulk_body("t-logs-2026.12.05", docs))["errors"]
        assert len(s.slots) == 63  # message and 62 exception messages have their own; the rest share the last
        assert ids(s, "t-logs*", {"match": {"attributes.lib69.exception.message": "number69"}}) == ["d69"]
        assert ids(s, "t-logs*", {"match": {"attributes.lib68.exception.message": "number69"}}) == []
        assert ids(s, "t-logs*", {"match": {"attributes.lib1.exception.message": "failure"}}) == ["d1"]
        assert ids(s, "t-logs*", {"match": {"message": "record"}}) == [f"d{i}" for i in sorted(range(70), key=str)]
    finally:
        s.close()
    again = DocStore(tmp_path / "slots")
    try:
        assert ids(again, "t-logs*", {"match": {"attributes.lib5.exception.message": "number5"}}) == ["d5"]
    finally:
        again.close()


def test_an_object_where_a_value_is_mapped_is_set_aside_whole_and_its_source_kept_as_sent(store: DocStore) -> None:
    # attributes.x is text (from l-a); l-b sends it as a dotted key, l-c as an object: Elasticsearch refuses the
    # first at attributes.x.b and the second at attributes.x, so the sink sets aside {"attributes.x.b": 1} and
    # {"attributes.x": {"b": 9}}, and the stored _source is the document as sent
    base = {"@timestamp": "2026-12-05T09:00:00Z", "service.name": "api", "message": "m"}
    assert not store.bulk(bulk_body("t-logs-2026.12.05", [{**base, "id": "l-a", "attributes": {"x": "text"}}]))["errors"]
    dotted = {**base, "id": "l-b", "attributes": {"x.b": 1, "n": 2}}
    nested = {**base, "id": "l-c", "attributes": {"x": {"b": 9}, "n": 3}}
    answer = store.bulk(bulk_body("t-logs-2026.12.05", [dotted, nested]))
    errors = [item["create"]["error"] for item in answer["items"]]
    assert [named_paths(e)[0] for e in errors] == ["attributes.x.b", "attributes.x"]
    assert set_aside(dotted, errors[0]) == ["attributes.x.b"]
    assert set_aside(nested, errors[1]) == ["attributes.x"]
    assert not store.bulk(bulk_body("t-logs-2026.12.05", [dotted, nested]))["errors"]
    index = store.resolve("t-logs-2026.12.05")[0]
    for sent in (dotted, nested):
        got = orjson.loads(orjson.dumps(store.get(index, sent["id"])))["_source"]
        assert got == sent
    assert orjson.loads(orjson.dumps(store.get(index, "l-c")))["_source"]["sightline.unindexed"] == {"attributes.x": {"b": 9}}
    assert ids(store, "t-logs*", {"term": {"attributes.n": 3}}) == ["l-c"]
