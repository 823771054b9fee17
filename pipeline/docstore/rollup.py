"""Document counts kept at write time, and the searches they answer exactly.

The ``rollup`` table holds, per index, per time bucket (``bucket_ms`` wide,
by ``@timestamp``) and per combination of the values of a few fields
(``service.name`` and the configured ``fields``: by default the environment,
``severity_number`` and ``status.code``), the number of documents.  A row
looks like a document to the SQL that searches ``docs d``: ``d.idx``,
``d.ts`` (the bucket's first millisecond), ``d.svc`` and ``d.flat`` (those
fields' values, the same JSON as in the documents' own flat view), plus
``d.n``, its count.

The rows change in the same transaction as the documents: each bulk adds its
documents' counts (:meth:`Rollup.add`), each deletion (a bulk's ``delete``
or ``index`` over a stored document, ``delete_by_query``, the cap, an index
deleted) subtracts those of the documents it deletes (:meth:`Rollup.subtract`),
so the counts stay exact.

:meth:`Rollup.split` decides whether a search's aggregations can be counted
from the rows: its query is a time range on ``@timestamp`` (``filter`` or
``must`` of a top-level ``bool``) with other clauses (``term``, ``terms``,
``range``, ``exists``, ``prefix``, ``wildcard``, ``bool``) on the kept
fields only; its aggregations are ``terms``, ``filter``, ``filters`` and
``histogram`` over the kept fields and ``date_histogram`` on ``@timestamp``
with an interval a multiple of ``bucket_ms``; no metric.  Then every
document of a bucket wholly inside the time range gives the same answer as
its row, whatever its ``@timestamp`` inside the bucket: the search counts
the rows of those buckets and reads the documents of the partial buckets at
both ends (:mod:`.aggs_sql`, one statement).  Anything else is answered from
the documents, as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import orjson

from pipeline.docstore.aggs import Node, Plan
from pipeline.docstore.aggs_sql import Sources
from pipeline.docstore.query import HOT, LOOKUP, Resolved, Translator

__all__ = ["DEFAULT_BUCKET_MS", "DEFAULT_FIELDS", "Key", "Rollup", "Split"]

DEFAULT_BUCKET_MS = 1000  # one second: every console interval (15 s, 60 s, ...) is a multiple; the partial buckets
# read from the documents at each end of a range hold at most a second of documents
DEFAULT_FIELDS = ("resource.deployment.environment.name", "severity_number", "status.code")
TIME = "@timestamp"
SCHEMA = """
CREATE TABLE IF NOT EXISTS rollup (idx INTEGER NOT NULL, ts INTEGER NOT NULL, flat TEXT NOT NULL, svc TEXT,
    n INTEGER NOT NULL, PRIMARY KEY (idx, ts, flat)) WITHOUT ROWID;
"""
_BUCKETS = ("terms", "filter", "filters", "date_histogram", "histogram")
_LEAVES = ("term", "terms", "range", "exists", "prefix", "wildcard")
_ADD = ("INSERT INTO rollup (idx, ts, flat, svc, n) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (idx, ts, flat) DO UPDATE SET n = n + excluded.n")

Key = tuple[int, int, str, Any]  # (index id, bucket's first ms, the kept fields as JSON, the service column)


@dataclass(frozen=True)
class Split:
    """Whole buckets ``[low, high)`` (ms) counted from the rollup; the rest of the range read from the documents."""

    low: int
    high: int

    def sources(self, scope: str, where: str, params: list[Any]) -> Sources:
        """(the documents' ``FROM ... WHERE`` parts, the rollup's), given the search's scope, condition and params."""
        docs = [(f"FROM docs d WHERE {scope} AND ({where}) AND d.ts < ?", [*params, self.low]),
                (f"FROM docs d WHERE {scope} AND ({where}) AND d.ts >= ?", [*params, self.high])]
        rows = (f"FROM rollup d WHERE {scope} AND d.ts >= ? AND d.ts < ? AND ({where})", [self.low, self.high, *params])
        return docs, rows


class Rollup:
    """The rollup of one store: its bucket width, the fields it keeps, and its rows' upkeep.

    Parameters
    ----------
    bucket_ms:
        Width of a time bucket in milliseconds (> 0).  A ``date_histogram`` is counted from the rollup only when
        its interval is a multiple of it.
    fields:
        Flat field paths kept besides ``service.name`` (not ``@timestamp``, ``trace_id`` or ``id``, which have
        columns of their own).
    """

    def __init__(self, bucket_ms: int = DEFAULT_BUCKET_MS, fields: Iterable[str] = DEFAULT_FIELDS) -> None:
        if not isinstance(bucket_ms, int) or bucket_ms <= 0:
            raise ValueError(f"rollup bucket_ms must be a whole number of milliseconds above 0, got {bucket_ms!r}")
        kept = ["service.name"]
        for name in fields:
            if not isinstance(name, str) or not name:
                raise ValueError(f"rollup fields are field paths, got {name!r}")
            if (name in HOT or name in LOOKUP) and name != "service.name":
                raise ValueError(f"rollup fields cannot name [{name}] (it has a column of its own)")
            if name not in kept:
                kept.append(name)
        self.bucket_ms = bucket_ms
        self.fields = tuple(kept)

    def settings(self) -> str:
        """The settings as stored with the rows (other settings: the rows are rebuilt)."""
        return orjson.dumps({"bucket_ms": self.bucket_ms, "fields": list(self.fields)}).decode()

    # -- upkeep --------------------------------------------------------------------------------
    def key(self, idx: int, ts: Any, svc: Any, flat: dict[str, Any]) -> Key | None:
        """A document's row (given its ``ts`` and ``svc`` columns and flat view); ``None`` without a timestamp."""
        if ts is None:
            return None
        kept = {name: flat[name] for name in self.fields if name in flat}
        return idx, ts - ts % self.bucket_ms, orjson.dumps(kept).decode(), svc

    @staticmethod
    def add(db: sqlite3.Connection, counts: dict[Key, int]) -> None:
        """Add ``counts`` to the rows (in the caller's transaction)."""
        if counts:
            db.executemany(_ADD, [(*key, n) for key, n in counts.items()])

    def subtract(self, db: sqlite3.Connection, rowids: list[int]) -> None:
        """Subtract the documents ``rowids`` (before they are deleted, in the caller's transaction)."""
        counts: dict[Key, int] = {}
        marks = ",".join("?" * len(rowids))
        for idx, ts, svc, flat in db.execute(
                f"SELECT idx, ts, svc, flat FROM docs WHERE rowid IN ({marks}) AND ts IS NOT NULL", rowids):
            key = self.key(idx, ts, svc, orjson.loads(flat))
            if key is not None:
                counts[key] = counts.get(key, 0) + 1
        if not counts:
            return
        keys = [(n, idx, ts, flat) for (idx, ts, flat, _), n in counts.items()]
        db.executemany("UPDATE rollup SET n = n - ? WHERE idx = ? AND ts = ? AND flat = ?", keys)
        db.executemany("DELETE FROM rollup WHERE idx = ? AND ts = ? AND flat = ? AND n <= 0", [k[1:] for k in keys])

    def rebuild(self, db: sqlite3.Connection, chunk: int = 20_000) -> int:
        """The rows made again from every document (in the caller's transaction); the number of rows."""
        db.execute("DELETE FROM rollup")
        counts: dict[Key, int] = {}
        for rows in _chunks(db, chunk):
            for idx, ts, svc, flat in rows:
                key = self.key(idx, ts, svc, orjson.loads(flat))
                if key is not None:
                    counts[key] = counts.get(key, 0) + 1
        self.add(db, counts)
        return len(counts)

    # -- searches --------------------------------------------------------------------------------
    def split(self, query: Any, plan: Plan, translator: Translator, resolve: Callable[[str], Resolved]) -> Split | None:
        """The whole buckets a search's aggregations can be counted from, or ``None`` (read the documents)."""
        if not plan.groupable or not all(self._node_ok(node, resolve) for node in plan.all_nodes()):
            return None
        clauses = _top_clauses(query)
        if clauses is None:
            return None
        low: int | None = None
        high: int | None = None
        for clause in clauses:
            bounds = self._time_bounds(clause, translator, resolve)
            if bounds is not None:
                low = bounds[0] if low is None else max(low, bounds[0]) if bounds[0] is not None else low
                high = bounds[1] if high is None else min(high, bounds[1]) if bounds[1] is not None else high
            elif not self._query_ok(clause, resolve):
                return None
        if low is None or high is None:
            return None
        width = self.bucket_ms
        first, last = -(-low // width) * width, high // width * width
        return Split(first, last) if first < last else None

    def _node_ok(self, node: Node, resolve: Callable[[str], Resolved]) -> bool:
        if node.kind not in _BUCKETS:
            return False
        if node.kind == "filter":
            return self._query_ok(node.spec, resolve)
        if node.kind == "filters":
            return all(self._query_ok(q, resolve) for q in node.spec["filters"].values())
        if node.column < 0:
            return True  # an unmapped field: no values, whatever the rows
        path = _path(resolve, node.spec.get("field"))
        if path == TIME:
            return node.kind == "date_histogram" and int(node.spec["_interval"]) % self.bucket_ms == 0
        return path in self.fields

    def _query_ok(self, query: Any, resolve: Callable[[str], Resolved]) -> bool:
        """Whether a query reads only the kept fields (never ``@timestamp``, the full-text table or the source)."""
        if not isinstance(query, dict) or len(query) != 1:
            return False
        (kind, body), = query.items()
        if kind in ("match_all", "match_none"):
            return True
        if kind == "constant_score":
            return isinstance(body, dict) and self._query_ok(body.get("filter"), resolve)
        if kind == "bool":
            return isinstance(body, dict) and all(self._query_ok(q, resolve) for q in _bool_clauses(body))
        if kind not in _LEAVES or not isinstance(body, dict):
            return False
        names = [body.get("field")] if kind == "exists" else [k for k in body if k not in ("boost", "_name")]
        if len(names) != 1 or not isinstance(names[0], str):
            return False
        found = resolve(names[0])
        if found.field is None:
            return not found.is_object  # an unmapped field matches nothing; an object's exists reads every key
        return found.field.kind != "text" and found.field.path in self.fields

    def _time_bounds(self, clause: Any, translator: Translator,
                     resolve: Callable[[str], Resolved]) -> tuple[int | None, int | None] | None:
        """``[low, high)`` in ms of a range on ``@timestamp`` (either end ``None``: open), or ``None``: another clause."""
        if not isinstance(clause, dict) or set(clause) != {"range"} or not isinstance(clause["range"], dict):
            return None
        fields = {k: v for k, v in clause["range"].items() if k not in ("boost", "_name")}
        if len(fields) != 1:
            return None
        (name, spec), = fields.items()
        found = resolve(name)
        if found.field is None or found.field.path != TIME or found.field.kind != "date" or found.arrays:
            return None
        if not isinstance(spec, dict):
            return None
        low: int | None = None
        high: int | None = None
        for op, value in spec.items():
            if op in ("boost", "_name", "format") or value is None:
                continue
            if op in ("gte", "from", "gt"):
                at = translator._date(value, round_up=op == "gt") + (op == "gt")
                low = at if low is None else max(low, at)
            elif op in ("lte", "to", "lt"):
                at = translator._date(value, round_up=op != "lt") + (op != "lt")
                high = at if high is None else min(high, at)
            else:
                return None
        return low, high


def _path(resolve: Callable[[str], Resolved], name: Any) -> str | None:
    if not isinstance(name, str):
        return None
    found = resolve(name)
    return None if found.field is None or found.arrays else found.field.path


def _top_clauses(query: Any) -> list[Any] | None:
    """The clauses a search's documents must all match: a top-level ``bool``'s ``filter`` and ``must``, or the query."""
    if not isinstance(query, dict) or len(query) != 1:
        return None
    (kind, body), = query.items()
    if kind != "bool":
        return [query]
    if not isinstance(body, dict) or set(body) - {"filter", "must", "must_not", "should", "minimum_should_match"}:
        return None
    clauses = [c for key in ("filter", "must") for c in _as_list(body.get(key))]
    rest = {k: v for k, v in body.items() if k not in ("filter", "must")}
    if rest:
        clauses.append({"bool": rest})
    return clauses


def _bool_clauses(body: dict[str, Any]) -> list[Any]:
    if set(body) - {"filter", "must", "must_not", "should", "minimum_should_match"}:
        return [None]  # an option the translator would refuse: not counted from the rollup
    return [c for key in ("filter", "must", "must_not", "should") for c in _as_list(body.get(key))]


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _chunks(db: sqlite3.Connection, size: int) -> Iterator[list[tuple[Any, ...]]]:
    """Every timestamped document's (idx, ts, svc, flat), ``size`` rows at a time by rowid."""
    after = 0
    while True:
        rows = db.execute("SELECT rowid, idx, ts, svc, flat FROM docs WHERE rowid > ? ORDER BY rowid LIMIT ?",
                          (after, size)).fetchall()
        if not rows:
            return
        after = rows[-1][0]
        yield [row[1:] for row in rows if row[2] is not None]

