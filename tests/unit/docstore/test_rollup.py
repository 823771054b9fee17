"""The rollup: counts kept exact through writes and deletions, answers identical to reading the documents.

Seeded random documents (timestamps over an hour, services, environments,
severities, fields missing, a field mapped as a number in one index and a
keyword in the other) and seeded random trees of the shapes the rollup
answers, under time ranges whose ends fall inside buckets.  Each answer
counted from the rollup is compared byte for byte with SQLite's grouped way
over the documents and with the Python way.  The rows themselves are compared
with counts made by a plain ``GROUP BY`` over the documents after bulk
deletes, replacements, ``delete_by_query`` and the cap.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from pipeline.console.params import TimeRange
from pipeline.console.queries import alert_chart_request, service_body, services_body
from pipeline.docstore.aggs import plan_aggs
from pipeline.docstore.errors import StoreError
from pipeline.docstore.query import Translator
from pipeline.docstore.rollup import Rollup
from pipeline.docstore.store import SCHEMA_VERSION, DocStore
from tests.unit.docstore.conftest import NOW_MS
from tests.unit.docstore.old_stores import as_release

ENV = "deployment.environment.name"
MAPPINGS: dict[str, Any] = {"properties": {
    "@timestamp": {"type": "date"}, "service.name": {"type": "keyword"}, "severity_number": {"type": "long"},
    "resource.deployment.environment.name": {"type": "keyword"}, "status.code": {"type": "keyword"},
    "duration_ms": {"type": "double"}, "message": {"type": "text"},
}}
SECOND = {"properties": {**MAPPINGS["properties"], "severity_number": {"type": "keyword"}}}
BUCKET_MS = 10_000
KEPT = ["service.name", "severity_number", "resource.deployment.environment.name", "status.code"]


def _doc(rng: random.Random, second: bool) -> dict[str, Any]:
    doc: dict[str, Any] = {"@timestamp": NOW_MS - rng.randrange(3_600_000), "message": "m",
                           "duration_ms": rng.random() * 100}
    maybe = [
        ("service.name", lambda: rng.choice(["api", "web", "db"])),
        ("severity_number", lambda: str(rng.choice([9, 17])) if second else rng.choice([9, 13, 17, 21, 17.5])),
        ("resource", lambda: {"deployment.environment.name": rng.choice(["prod", "staging"])}),
        ("status", lambda: {"code": rng.choice(["ok", "error", "unset"])}),
    ]
    for name, value in maybe:
        if rng.random() < 0.8:
            doc[name] = value()
    return doc


def _bulk(store: DocStore, docs: list[tuple[str, str, dict[str, Any]]], op: str = "create") -> None:
    lines = []
    for index, doc_id, doc in docs:
        lines.append(orjson.dumps({op: {"_index": index, "_id": doc_id}}))
        lines.append(orjson.dumps(doc))
    answer = store.bulk(b"\n".join(lines) + b"\n")
    assert not answer["errors"], str(answer)[:500]


def _fill(store: DocStore, count: int, seed: int) -> None:
    store.create_index("r-one", {"mappings": MAPPINGS})
    store.create_index("r-two", {"mappings": SECOND})
    rng = random.Random(seed)
    docs = [("r-two" if i % 4 == 0 else "r-one", f"d{i}", _doc(rng, i % 4 == 0)) for i in range(count)]
    for start in range(0, count, 250):  # several bulks: rows of one bucket added to by more than one
        _bulk(store, docs[start:start + 250])


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocStore]:
    s = DocStore(Path(tmp_path_factory.mktemp("rollup")) / "store", Rollup(BUCKET_MS))
    _fill(s, 1500, 3)
    yield s
    s.close()


def _time_query(rng: random.Random) -> dict[str, Any]:
    low = NOW_MS - rng.randrange(3_700_000)
    high = low + rng.randrange(60_000, 3_000_000)
    time_range = {rng.choice(["gte", "gt"]): low, rng.choice(["lte", "lt"]): high}
    extra = rng.choice([
        [], [], [{"term": {"service.name": "api"}}], [{"range": {"severity_number": {"gte": 17}}}],
        [{"bool": {"must_not": [{"exists": {"field": "resource.deployment.environment.name"}}]}}],
        [{"terms": {"status.code": ["ok", "error"]}}], [{"prefix": {"service.name": "w"}}],
    ])
    return {"bool": {"filter": [{"range": {"@timestamp": time_range}}, *extra]}}


def _filter(rng: random.Random) -> dict[str, Any]:
    return rng.choice([
        {"range": {"severity_number": {"gte": 17}}}, {"term": {"status.code": "error"}},
        {"exists": {"field": "resource.deployment.environment.name"}},
        {"bool": {"must_not": [{"term": {"service.name": "db"}}]}}, {"match_all": {}},
    ])


def _tree(rng: random.Random, depth: int) -> dict[str, Any]:
    aggs: dict[str, Any] = {}
    for n in range(rng.randint(1, 2)):
        kind = rng.choice(["terms", "terms", "filter", "filters", "date_histogram", "histogram"])
        body: dict[str, Any]
        if kind == "terms":
            body = {"field": rng.choice([*KEPT, "nope"]), "size": rng.randint(1, 5)}
            if rng.random() < 0.4:
                body["order"] = {rng.choice(["_count", "_key"]): rng.choice(["asc", "desc"])}
        elif kind == "filter":
            body = _filter(rng)
        elif kind == "filters":
            body = {"filters": {"a": _filter(rng), "b": _filter(rng)}}
        elif kind == "date_histogram":
            body = {"field": "@timestamp", "fixed_interval": rng.choice(["10s", "60s", "5m", "1h"]),
                    "min_doc_count": rng.choice([0, 1]) if depth == 1 else 1}
            if rng.random() < 0.5:
                body["extended_bounds"] = {"min": NOW_MS - 3_600_000, "max": NOW_MS}
        else:
            body = {"field": "severity_number", "interval": rng.choice([2, 2.5, 10]), "min_doc_count": 1}
        node: dict[str, Any] = {kind: body}
        if depth < 3 and rng.random() < 0.6:
            node["aggs"] = _tree(rng, depth + 1)
        aggs[f"{kind}{n}"] = node
    return aggs


def _answers(store: DocStore, query: dict[str, Any], aggs: dict[str, Any],
             pattern: str = "r-*") -> tuple[Any, Any, Any] | None:
    """(Python way, SQLite over the documents, SQLite with the rollup), or None where the rollup does not answer."""
    indices = store.resolve(pattern)
    resolve = store._resolver(indices)
    translator = Translator(resolve, NOW_MS, store.slot_of)
    where, params = translator.where(query)
    scope = f"d.idx IN ({','.join(str(ix.id) for ix in indices)})"
    from_where = f"FROM docs d WHERE {scope} AND ({where})"
    conn = store._reader()
    split = store.rollup.split(query, plan_aggs(aggs, translator, resolve), translator, resolve)
    if split is None:
        return None
    python = plan_aggs(aggs, translator, resolve).execute_rows(conn, from_where, params)
    grouped = plan_aggs(aggs, translator, resolve).execute(conn, from_where, params)
    counted = plan_aggs(aggs, translator, resolve).execute(conn, from_where, params, split.sources(scope, where, params))
    return python, grouped, counted


def test_random_trees_counted_from_the_rollup_agree_byte_for_byte(store: DocStore) -> None:
    rng = random.Random(23)
    answered = 0
    for _ in range(150):
        query, aggs = _time_query(rng), _tree(rng, 1)
        found = _answers(store, query, aggs)
        if found is None:
            continue
        answered += 1
        python, grouped, counted = (orjson.dumps(a) for a in found)
        assert counted == grouped == python, (query, aggs)
    assert answered >= 120  # most of these shapes are answered from the rollup


def _rows(store: DocStore) -> list[tuple[Any, ...]]:
    """The rollup's counts per index, bucket, service, severity and status, next to the documents' own."""
    conn = store._reader()
    key = ("idx, {ts}, svc, json_extract(flat, '$.\"severity_number\"'), "
           "json_extract(flat, '$.\"status.code\"'), json_extract(flat, '$.\"resource.deployment.environment.name\"')")
    kept = conn.execute(f"SELECT {key.format(ts='ts')}, sum(n) FROM rollup GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6"
                        ).fetchall()
    docs = conn.execute(f"SELECT {key.format(ts=f'ts / {BUCKET_MS} * {BUCKET_MS}')}, count(*) FROM docs "
                        f"WHERE ts IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6").fetchall()
    assert docs, "no documents"
    return [kept, docs]


def test_the_counts_stay_exact_through_every_kind_of_deletion(tmp_path: Path) -> None:
    s = DocStore(tmp_path / "store", Rollup(BUCKET_MS))
    try:
        _fill(s, 1200, 8)
        kept, docs = _rows(s)
        assert kept == docs and sum(r[-1] for r in kept) == 1200
        rng = random.Random(4)
        # bulk deletes, and index actions over stored documents (their counts move to the new values)
        lines = [orjson.dumps({"delete": {"_index": "r-one", "_id": f"d{i}"}}) for i in range(1, 200, 4)]
        assert not s.bulk(b"\n".join(lines) + b"\n")["errors"]
        _bulk(s, [("r-one", f"d{i}", _doc(rng, False)) for i in range(3, 300, 4)], op="index")
        assert _rows(s)[0] == _rows(s)[1]
        assert s.delete_by_query(s.resolve("r-*"), {"query": {"term": {"service.name": "web"}}}, now_ms=NOW_MS) > 100
        assert _rows(s)[0] == _rows(s)[1]
        before = s.count(s.resolve("r-*"), None)
        s.checkpoint()
        assert s.enforce_cap(s.used_bytes() // 2) > 0  # the oldest documents
        kept, docs = _rows(s)
        assert kept == docs and sum(r[-1] for r in kept) == s.count(s.resolve("r-*"), None) < before
        s.delete_indices(["r-two"])
        kept, docs = _rows(s)
        assert kept == docs and {r[0] for r in kept} == {s.indices["r-one"].id}
        empty = s._reader().execute("SELECT count(*) FROM rollup WHERE n <= 0").fetchone()[0]
        assert empty == 0  # rows counted down to nothing are gone
        rng = random.Random(9)
        for _ in range(40):
            found = _answers(s, _time_query(rng), _tree(rng, 1))
            if found is not None:
                assert len({orjson.dumps(a) for a in found}) == 1
    finally:
        s.close()


def test_the_console_requests_over_logs_are_counted_from_the_rollup(tmp_path: Path) -> None:
    from pipeline.docstore import aggs_bench

    aggs_bench.build(tmp_path / "bench", 3000, 600)
    s = DocStore(tmp_path / "bench")
    try:
        now = aggs_bench.BASE_S + 1200
        hour = TimeRange(now - 3600 + 0.25, now + 0.5, "1h")  # ends inside seconds: partial buckets at both ends
        logs = services_body(hour, 60, ENV, 200, "logs")
        one = services_body(hour, 60, ENV, 1, "logs")
        one["query"]["bool"]["filter"].append({"term": {"service.name": "svc-3"}})
        chart = alert_chart_request({"service.name": "svc-3", "series": {"statistic": "log_count"}},
                                    TimeRange(aggs_bench.BASE_S + 0.4, aggs_bench.BASE_S + 2.7, ""), 1)
        assert chart is not None
        for body in (logs, one, chart[1]):
            found = _answers(s, body["query"], body["aggs"], "sightline-logs*")
            assert found is not None
            assert len({orjson.dumps(a) for a in found}) == 1
            assert found[0][0] > 0
        spans = service_body(hour, 60, "svc-3", None, ENV)  # percentiles: from the documents
        assert _answers(s, spans["query"], spans["aggs"], "sightline-spans*") is None
        answer = s.search(s.resolve("sightline-logs*"), logs, now_ms=now * 1000)
        assert answer["hits"]["total"]["value"] == 3000
        assert sum(b["doc_count"] for b in answer["aggregations"]["services"]["buckets"]) == 3000
    finally:
        s.close()


def test_a_store_of_the_previous_release_is_brought_up_to_date(tmp_path: Path) -> None:
    s = DocStore(tmp_path / "store", Rollup(BUCKET_MS))
    _fill(s, 600, 5)
    s.close()
    as_release(tmp_path / "store", 0)
    s = DocStore(tmp_path / "store", Rollup(BUCKET_MS))
    try:
        assert s._reader().execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
        kept, docs = _rows(s)
        assert kept == docs and sum(r[-1] for r in kept) == 600
        _bulk(s, [("r-one", "new", {"@timestamp": NOW_MS - 5, "service.name": "api"})])
        kept, docs = _rows(s)
        assert kept == docs and sum(r[-1] for r in kept) == 601
    finally:
        s.close()


def test_rows_written_around_the_rollup_are_counted_again(tmp_path: Path) -> None:
    s = DocStore(tmp_path / "store", Rollup(BUCKET_MS))
    _fill(s, 300, 6)
    s.close()
    conn = sqlite3.connect(tmp_path / "store" / "docs.sqlite")  # a release without the rollup deleting documents
    conn.execute("DELETE FROM docs WHERE rowid % 3 = 0")
    conn.commit()
    conn.close()
    s = DocStore(tmp_path / "store", Rollup(BUCKET_MS))
    try:
        kept, docs = _rows(s)
        assert kept == docs and sum(r[-1] for r in kept) == 200
    finally:
        s.close()


def test_other_settings_count_the_rows_again(tmp_path: Path) -> None:
    s = DocStore(tmp_path / "store", Rollup(BUCKET_MS))
    _fill(s, 300, 7)
    s.close()
    s = DocStore(tmp_path / "store", Rollup(60_000, ["severity_number"]))
    try:
        buckets = {ts for (ts,) in s._reader().execute("SELECT DISTINCT ts FROM rollup")}
        assert buckets and all(ts % 60_000 == 0 for ts in buckets)
        flats = [orjson.loads(f) for (f,) in s._reader().execute("SELECT DISTINCT flat FROM rollup")]
        assert flats and all(set(f) <= {"service.name", "severity_number"} for f in flats)
        query = {"range": {"@timestamp": {"gte": NOW_MS - 1_000_000, "lt": NOW_MS}}}
        inner = {"h": {"date_histogram": {"field": "@timestamp", "fixed_interval": "1m"}}}
        found = _answers(s, query, inner)
        assert found is not None and len({orjson.dumps(a) for a in found}) == 1
        env = {"e": {"terms": {"field": "resource.deployment.environment.name"}}}  # not kept any more
        assert _answers(s, query, env) is None
    finally:
        s.close()


def test_a_store_of_a_newer_release_is_refused_with_what_to_do(tmp_path: Path) -> None:
    DocStore(tmp_path / "store").close()
    conn = sqlite3.connect(tmp_path / "store" / "docs.sqlite")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError) as caught:
        DocStore(tmp_path / "store")
    assert "newer Sightline" in caught.value.reason and "embedded.store_dir" in caught.value.reason
    DocStore(tmp_path / "other").close()  # the lock was let go: the directory can be opened by another store


@pytest.mark.parametrize(("query", "aggs"), [
    ({"range": {"@timestamp": {"gte": NOW_MS - 600_000}}}, {"h": {"terms": {"field": "service.name"}}}),  # open range
    ({"range": {"@timestamp": {"gte": NOW_MS - 600_000, "lte": NOW_MS}}},
     {"h": {"date_histogram": {"field": "@timestamp", "fixed_interval": "15s"}}}),  # not a multiple of 10 s
    ({"range": {"@timestamp": {"gte": NOW_MS - 600_000, "lte": NOW_MS}}}, {"a": {"avg": {"field": "severity_number"}}}),
    ({"bool": {"filter": [{"range": {"@timestamp": {"gte": NOW_MS - 600_000, "lte": NOW_MS}}},
                          {"match": {"message": "m"}}]}}, {"h": {"terms": {"field": "service.name"}}}),
    ({"bool": {"filter": [{"range": {"@timestamp": {"gte": NOW_MS - 600_000, "lte": NOW_MS}}},
                          {"range": {"duration_ms": {"gte": 5}}}]}}, {"h": {"terms": {"field": "service.name"}}}),
    ({"bool": {"must_not": [{"range": {"@timestamp": {"gte": NOW_MS - 600_000}}}]}},
     {"h": {"terms": {"field": "service.name"}}}),
    ({"range": {"@timestamp": {"gte": NOW_MS - 600_000, "lte": NOW_MS}}},
     {"f": {"filter": {"range": {"@timestamp": {"gte": NOW_MS - 300_000}}}}}),
    ({"range": {"@timestamp": {"gte": NOW_MS - 600_000, "lte": NOW_MS - 595_000}}},
     {"h": {"terms": {"field": "service.name"}}}),  # no whole bucket
])
def test_other_shapes_are_read_from_the_documents(store: DocStore, query: dict[str, Any], aggs: dict[str, Any]) -> None:
    assert _answers(store, query, aggs) is None


def test_now_is_one_instant_for_the_whole_search(store: DocStore, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.docstore.query as query_module
    import pipeline.docstore.text as text_module

    clock = iter(range(NOW_MS // 1000, NOW_MS // 1000 + 60_000, 60))  # a minute later at every reading

    def later() -> float:
        return float(next(clock))

    monkeypatch.setattr(query_module.time, "time", later)
    monkeypatch.setattr(text_module.time, "time", later)
    indices = store.resolve("r-*")
    resolve = store._resolver(indices)
    translator = Translator(resolve, None, store.slot_of)
    query = {"range": {"@timestamp": {"gte": "now-30m", "lte": "now"}}}
    aggs = {"s": {"terms": {"field": "service.name"}}}
    _, params = translator.where(query)
    split = store.rollup.split(query, plan_aggs(aggs, translator, resolve), translator, resolve)
    assert split is not None and split.high <= params[-1] + 1  # the whole buckets end where the search's range ends
