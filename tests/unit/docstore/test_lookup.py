"""``term`` and ``terms`` on ``id`` and ``trace_id``: found through indexes on small keys, answered exactly.

The expected hits are the documents' own values filtered in Python: ids equal
to the ``_id`` (as the sink sends them) and not, missing, trace ids in hex
(upper and lower case: the same lookup key), not hex, short; rows written by
the previous schema (text in ``d.trace`` and ``d.fid``) mixed with new ones.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from pipeline.docstore.query import Translator
from pipeline.docstore.store import SCHEMA_VERSION, DocStore
from tests.unit.docstore.conftest import NOW_MS
from tests.unit.docstore.old_stores import as_release

MAPPINGS = {"properties": {"@timestamp": {"type": "date"}, "id": {"type": "keyword"}, "trace_id": {"type": "keyword"}}}


def _docs(rng: random.Random, first: int, count: int) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for i in range(first, first + count):
        trace = rng.choice([
            rng.randbytes(16).hex(), "ABCDEF0123456789" + rng.randbytes(8).hex(), "abcdef0123456789" + rng.randbytes(8).hex(),
            f"t{i % 7}", "0123", "not hex at all, and long enough",
        ])
        doc: dict[str, Any] = {"@timestamp": NOW_MS - i, "trace_id": trace}
        doc_id = rng.randbytes(8).hex()
        shape = rng.random()
        if shape < 0.7:
            doc["id"] = doc_id  # the sink's: _id is the id
        elif shape < 0.85:
            doc["id"] = f"other-{i % 5}"
        out.append((doc_id, doc))
    return out


def _load(store: DocStore, docs: list[tuple[str, dict[str, Any]]]) -> None:
    lines = []
    for doc_id, doc in docs:
        lines += [orjson.dumps({"create": {"_index": "k-1", "_id": doc_id}}), orjson.dumps(doc)]
    assert not store.bulk(b"\n".join(lines) + b"\n")["errors"]


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DocStore, list[tuple[str, dict[str, Any]]]]]:
    directory = Path(tmp_path_factory.mktemp("lookup")) / "store"
    rng = random.Random(12)
    s = DocStore(directory)
    s.create_index("k-1", {"mappings": MAPPINGS})
    docs = _docs(rng, 0, 300)
    _load(s, docs)
    s.close()
    as_release(directory, 1)  # these rows as the previous schema wrote them
    s = DocStore(directory)
    more = _docs(rng, 300, 300)
    _load(s, more)
    yield s, docs + more
    s.close()


def _hits(store: DocStore, query: dict[str, Any]) -> list[str]:
    body = {"size": 1000, "query": query, "sort": [{"@timestamp": "desc"}]}
    return [h["_id"] for h in store.search(store.resolve("k-1"), body, now_ms=NOW_MS)["hits"]["hits"]]


def _expected(docs: list[tuple[str, dict[str, Any]]], field: str, values: list[str]) -> list[str]:
    matched = [(doc["@timestamp"], doc_id) for doc_id, doc in docs if doc.get(field) in values]
    return [doc_id for _, doc_id in sorted(matched, reverse=True)]


def test_the_store_is_of_this_version_with_the_previous_rows_kept(loaded: tuple[DocStore, Any]) -> None:
    store, docs = loaded
    conn = store._reader()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    old, new = conn.execute("SELECT count(trace), count(trace_h) FROM docs").fetchone()
    assert old == 300 and new == 300
    # the new rows keep an id apart only where it is not the _id
    apart = conn.execute("SELECT count(*) FROM docs WHERE fid IS NOT NULL AND rowid > 300").fetchone()[0]
    assert apart == sum(1 for doc_id, doc in docs[300:] if "id" in doc and doc["id"] != doc_id) > 0


def test_terms_on_trace_ids_and_ids_find_exactly_their_documents(loaded: tuple[DocStore, Any]) -> None:
    store, docs = loaded
    rng = random.Random(3)
    traces = sorted({doc["trace_id"] for _, doc in docs})
    ids = sorted({doc["id"] for _, doc in docs if "id" in doc})
    for field, values in (("trace_id", traces), ("id", ids)):
        probes = [*rng.sample(values, 40), "t3", "0123", "other-2", "absent", values[0].upper()]
        for value in probes:
            assert _hits(store, {"term": {field: value}}) == _expected(docs, field, [value]), (field, value)
        for _ in range(10):
            chosen = [*rng.sample(values, 3), "absent"]
            assert _hits(store, {"terms": {field: chosen}}) == _expected(docs, field, chosen), (field, chosen)
    case = next(t for t in traces if t.startswith("ABCDEF0123456789"))
    assert _hits(store, {"term": {"trace_id": case.lower()}}) == _expected(docs, "trace_id", [case.lower()])
    assert _hits(store, {"query_string": {"query": f"trace_id:{traces[5]}"}}) == _expected(docs, "trace_id", [traces[5]])


def test_the_lookups_read_indexes_not_every_row(loaded: tuple[DocStore, Any]) -> None:
    store, docs = loaded
    store.optimize()  # the planner's statistics (the server refreshes them every ten minutes)
    indices = store.resolve("k-1")
    translator = Translator(store._resolver(indices), NOW_MS, store.slot_of)
    for query, uses in (({"term": {"trace_id": docs[0][1]["trace_id"]}}, {"docs_trace_h", "docs_trace"}),
                        ({"terms": {"id": ["a", "b"]}}, {"docs_key", "docs_fid"})):
        where, params = translator.where(query)
        plan = " | ".join(r[3] for r in store._reader().execute(
            f"EXPLAIN QUERY PLAN SELECT d.rowid FROM docs d WHERE d.idx IN ({indices[0].id}) AND ({where})", params))
        assert all(f"INDEX {name}" in plan for name in uses) and "SCAN d" not in plan, plan
