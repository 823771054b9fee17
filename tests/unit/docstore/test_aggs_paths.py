"""The two ways of computing aggregations give the same answer, byte for byte, on random trees over random documents.

SQLite's grouped path (:mod:`pipeline.docstore.aggs_sql`) against the Python
path that reads every matching document (``Plan.execute_rows``): seeded
random documents in two indices (a field mapped as a number in one and a
keyword in the other, values missing, negative, fractional, beyond 2^53) and
seeded random trees of every supported aggregation, under a few queries.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from pipeline.docstore import aggs_bench, aggs_sql
from pipeline.docstore.aggs import plan_aggs
from pipeline.docstore.aggs_build import bucket_key
from pipeline.docstore.errors import StoreError
from pipeline.docstore.query import Translator
from pipeline.docstore.store import DocStore
from tests.unit.docstore.conftest import NOW_MS

MAPPINGS: dict[str, Any] = {"properties": {
    "@timestamp": {"type": "date"}, "service.name": {"type": "keyword"}, "status": {"type": "keyword"},
    "severity_number": {"type": "long"}, "duration_ms": {"type": "double"}, "big": {"type": "long"},
    "ok": {"type": "boolean"}, "seen": {"type": "date"}, "tags": {"type": "keyword"},
    "message": {"type": "text"},
}}
OTHER = {"properties": {**MAPPINGS["properties"], "code": {"type": "keyword"}}}
FIRST = {"properties": {**MAPPINGS["properties"], "code": {"type": "long"}}}

NUMERIC = ["severity_number", "duration_ms", "big", "@timestamp", "seen", "ok", "code"]
KEYS = ["service.name", "status", "severity_number", "ok", "code", "duration_ms", "seen", "nope"]


def _doc(rng: random.Random, i: int, second: bool) -> dict[str, Any]:
    doc: dict[str, Any] = {"id": f"d{i}", "@timestamp": NOW_MS - rng.randrange(3_600_000), "message": "m"}
    maybe = [
        ("service.name", lambda: rng.choice(["api", "web", "db", "Api"])),
        ("status", lambda: rng.choice(["ok", "error", "unset"])),
        ("severity_number", lambda: rng.choice([9, 13, 17, 21, -3, 0])),
        ("duration_ms", lambda: rng.choice([0.1, 0.2, 0.3, 1e-3, 12.5, 3.0, -7.25, rng.random() * 1000])),
        ("big", lambda: rng.choice([2**60 + rng.randrange(1000), 5, -2**61])),
        ("ok", lambda: rng.random() < 0.5),
        ("seen", lambda: NOW_MS - rng.randrange(10) * 86_400_000 - rng.randrange(1000)),
        ("code", lambda: (str(rng.choice([200, 500, 503])) if second else rng.choice([200, 500, 503]))),
    ]
    for name, value in maybe:
        if rng.random() < 0.85:
            doc[name] = value()
    if not second and rng.random() < 0.3:
        doc["big"] = rng.choice([1, 2, 3])  # small whole numbers: SQLite's sums
    return doc


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocStore]:
    s = DocStore(Path(tmp_path_factory.mktemp("paths")) / "store")
    s.create_index("p-one", {"mappings": FIRST})
    s.create_index("p-two", {"mappings": OTHER})
    s.create_index("p-lists", {"mappings": MAPPINGS})
    rng = random.Random(5)
    lines = []
    for i in range(400):
        second = i % 3 == 0
        lines.append(orjson.dumps({"create": {"_index": "p-two" if second else "p-one", "_id": f"d{i}"}}))
        lines.append(orjson.dumps(_doc(rng, i, second)))
    for i in range(30):
        lines.append(orjson.dumps({"create": {"_index": "p-lists", "_id": f"l{i}"}}))
        lines.append(orjson.dumps({"@timestamp": NOW_MS - i * 1000, "tags": ["a", "b"][: 1 + i % 2],
                                   "severity_number": [9, 17][: 1 + i % 2]}))
    assert not s.bulk(b"\n".join(lines) + b"\n")["errors"]
    yield s
    s.close()


def _query(rng: random.Random) -> dict[str, Any]:
    return rng.choice([
        {"match_all": {}},
        {"range": {"@timestamp": {"gte": NOW_MS - 1_800_000}}},
        {"term": {"service.name": "api"}},
        {"bool": {"must_not": [{"exists": {"field": "status"}}]}},
        {"range": {"severity_number": {"gte": 17}}},
    ])


def _tree(rng: random.Random, depth: int) -> dict[str, Any]:
    aggs: dict[str, Any] = {}
    for n in range(rng.randint(1, 3)):
        kind = rng.choice(["terms", "terms", "filter", "filters", "date_histogram", "histogram",
                           "avg", "min", "max", "sum", "value_count", "cardinality", "stats", "percentiles"])
        body: dict[str, Any]
        if kind == "terms":
            body = {"field": rng.choice(KEYS), "size": rng.randint(1, 5)}
            if rng.random() < 0.5:
                body["order"] = {rng.choice(["_count", "_key"]): rng.choice(["asc", "desc"])}
            if rng.random() < 0.3:
                body["min_doc_count"] = rng.randint(0, 3)
        elif kind == "filter":
            body = _query(rng)
        elif kind == "filters":
            body = {"filters": {"a": _query(rng), "b": _query(rng)}}
        elif kind == "date_histogram":
            body = {"field": rng.choice(["@timestamp", "seen"]),
                    "fixed_interval": rng.choice(["7m", "10m", "1h", "1d", "333s"]),
                    "min_doc_count": rng.choice([0, 1]) if depth == 1 else 1}  # empty buckets at the top only
            if rng.random() < 0.5:
                body["extended_bounds"] = {"min": NOW_MS - 7_200_000, "max": NOW_MS}
        elif kind == "histogram":
            body = {"field": rng.choice(NUMERIC), "interval": rng.choice([0.5, 7, 10, 2.5, 1e-4]),
                    "min_doc_count": rng.choice([0, 1]) if depth == 1 else 1}
            if body["field"] in ("big", "@timestamp", "seen") or body["interval"] == 1e-4:
                body["min_doc_count"] = 1  # an empty bucket per step over their range would be millions
        elif kind == "percentiles":
            body = {"field": rng.choice(NUMERIC), "percents": rng.sample([1, 5, 25, 50, 75, 95, 99, 99.9], 3)}
        else:
            body = {"field": rng.choice([*NUMERIC, "nope", "status"])}
        node: dict[str, Any] = {kind: body}
        if kind in ("terms", "filter", "filters", "date_histogram", "histogram") and depth < 3 and rng.random() < 0.7:
            node["aggs"] = _tree(rng, depth + 1)
        aggs[f"{kind}{n}"] = node
    return aggs


def _outcome(call: Any) -> Any:
    try:
        return call()
    except StoreError as exc:  # the same refusal both ways (too many buckets, a bad interval)
        return ("error", exc.status, exc.kind, exc.reason)


def _both(store: DocStore, pattern: str, query: dict[str, Any], aggs: dict[str, Any]) -> tuple[Any, Any]:
    indices = store.resolve(pattern)
    resolve = store._resolver(indices)
    translator = Translator(resolve, NOW_MS, store.slot_of)
    where, params = translator.where(query)
    from_where = f"FROM docs d WHERE d.idx IN ({','.join(str(ix.id) for ix in indices)}) AND ({where})"
    conn = store._reader()
    python = _outcome(lambda: plan_aggs(aggs, translator, resolve).execute_rows(conn, from_where, params))
    grouped = _outcome(lambda: aggs_sql.execute(plan_aggs(aggs, translator, resolve), conn, from_where, params))
    return python, grouped


def test_random_trees_agree_byte_for_byte(store: DocStore) -> None:
    rng = random.Random(17)
    answered = 0
    for _ in range(200):
        query, aggs = _query(rng), _tree(rng, 1)
        python, grouped = _both(store, "p-one,p-two", query, aggs)
        if grouped is None:
            continue
        answered += 1
        assert orjson.dumps(grouped) == orjson.dumps(python), (query, aggs)
    assert answered >= 170  # SQLite answered nearly every tree (the rest went the Python way)


def test_the_console_trees_are_answered_by_sqlite(store: DocStore) -> None:
    inner = {"hist": {"date_histogram": {"field": "@timestamp", "fixed_interval": "60s", "min_doc_count": 0,
                                         "extended_bounds": {"min": NOW_MS - 3_600_000, "max": NOW_MS}},
                      "aggs": {"errors": {"filter": {"range": {"severity_number": {"gte": 17}}}},
                               "latency": {"percentiles": {"field": "duration_ms", "percents": [50.0, 95.0, 99.0]}}}}}
    aggs = {"services": {"terms": {"field": "service.name", "size": 200}, "aggs": {
        "envs": {"terms": {"field": "status", "size": 50}, "aggs": inner},
        "noenv": {"filter": {"bool": {"must_not": [{"exists": {"field": "status"}}]}}, "aggs": inner}}}}
    python, grouped = _both(store, "p-*", {"range": {"@timestamp": {"gte": NOW_MS - 3_600_000}}}, aggs)
    assert grouped is not None and orjson.dumps(grouped) == orjson.dumps(python)
    assert grouped[0] == 430 and grouped[1]["services"]["buckets"]


def test_fields_that_held_lists_go_the_python_way(store: DocStore) -> None:
    aggs = {"tags": {"terms": {"field": "tags"}}}
    indices = store.resolve("p-lists")
    resolve = store._resolver(indices)
    plan = plan_aggs(aggs, Translator(resolve, NOW_MS, store.slot_of), resolve)
    assert not plan.groupable
    answer = store.search(indices, {"size": 0, "aggs": aggs}, now_ms=NOW_MS)
    assert answer["aggregations"]["tags"]["buckets"] == [{"key": "a", "doc_count": 30}, {"key": "b", "doc_count": 15}]


def test_a_group_python_would_put_in_two_buckets_goes_the_python_way(tmp_path: Path) -> None:
    # whole numbers near 2^60 over an interval of 7: SQLite's exact division puts 7m and 7m + 6 in one group, while
    # Python's floor(v / 7) * 7 rounds the quotient to a double and, for this m, gives them two keys
    m = next(m for m in range(2**60 // 7, 2**60 // 7 + 1000) if bucket_key(7 * m, 7.0) != bucket_key(7 * m + 6, 7.0))
    s = DocStore(tmp_path / "store")
    try:
        s.create_index("p-big", {"mappings": MAPPINGS})
        body = b"".join(orjson.dumps({"create": {"_index": "p-big", "_id": str(v)}}) + b"\n"
                        + orjson.dumps({"big": v}) + b"\n" for v in (7 * m, 7 * m + 6))
        assert not s.bulk(body)["errors"]
        aggs = {"h": {"histogram": {"field": "big", "interval": 7, "min_doc_count": 1}}}
        python, grouped = _both(s, "p-big", {"match_all": {}}, aggs)
        assert grouped is None  # SQLite does not answer
        assert [b["doc_count"] for b in python[1]["h"]["buckets"]] == [1, 1]
        answer = s.search(s.resolve("p-big"), {"size": 0, "aggs": aggs})
        assert orjson.dumps(answer["aggregations"]) == orjson.dumps(python[1])  # a search answers the Python way
    finally:
        s.close()


def test_sums_sqlite_could_round_are_made_from_the_numbers(store: DocStore) -> None:
    aggs = {"s": {"sum": {"field": "duration_ms"}}, "b": {"stats": {"field": "big"}}, "n": {"sum": {"field": "severity_number"}}}
    python, grouped = _both(store, "p-one,p-two", {"match_all": {}}, aggs)
    assert grouped is not None and orjson.dumps(grouped) == orjson.dumps(python)
    stored = [v for (v,) in store._reader().execute(
        "SELECT json_extract(flat, '$.\"duration_ms\"') FROM docs WHERE idx IN (SELECT id FROM indices WHERE name LIKE 'p-%')")
        if v is not None]
    assert len(stored) > 300 and grouped[1]["s"]["value"] == math.fsum(stored)  # exact, whatever the order


def test_the_bench_answers_the_console_requests_alike_both_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert aggs_bench.main([str(tmp_path / "bench"), "--build", "300", "300", "--repeat", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = [line for line in lines[1:] if not line.startswith("(")]
    assert len(rows) == len(aggs_bench.requests()) and all(line.endswith("  yes") for line in rows), lines
    assert "services page, logs, 1h                300" in lines[1]


def test_whole_milliseconds_are_bucketed_in_one_statement_and_fractions_checked(store: DocStore) -> None:
    statements: list[str] = []
    conn = store._reader()
    conn.set_trace_callback(statements.append)
    try:
        for field, expected in (("@timestamp", 1), ("duration_ms", 2)):  # fractions: counted again, the checked way
            statements.clear()
            aggs = {"h": {"histogram": {"field": field, "interval": 600_000 if field == "@timestamp" else 10,
                                        "min_doc_count": 1}}}
            python, grouped = _both(store, "p-one,p-two", {"match_all": {}}, aggs)
            assert grouped is not None and orjson.dumps(grouped) == orjson.dumps(python)
            assert len(statements) == 1 + expected, statements  # the Python way's one, then SQLite's
            assert ("min(" in statements[-1]) == (field == "duration_ms")  # groups' least values: checked way only
    finally:
        conn.set_trace_callback(None)
