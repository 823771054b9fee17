"""Aggregations: which columns a search must read, and the buckets and values built from its rows.  Pure.

Supported: ``terms`` (``size``, ``min_doc_count``, ``order`` by ``_count`` or
``_key``), ``filter``, ``filters`` (named), ``date_histogram``
(``fixed_interval``, or a ``calendar_interval`` of a second, minute, hour or
day, ``min_doc_count``, ``extended_bounds``), ``histogram``, and the metrics
``avg``, ``min``, ``max``, ``sum``, ``value_count``, ``cardinality`` (exact),
``stats`` and ``percentiles``, each with sub-aggregations where Elasticsearch
has them.  Percentiles are exact (sorted values, interpolated between the
two nearest ranks at ``q·n − ½``, as t-digest's own exact case), where
Elasticsearch and osmem give a t-digest's estimate.

A plan names every field a tree of aggregations reads as one SQL column (a
list where the field held lists) and every ``filter`` as a 0/1 column.  Where
no field the tree reads held lists, SQLite counts the documents
(:mod:`.aggs_sql`): one ``GROUP BY`` over every key the tree buckets by (a
terms field's value, a histogram's bucket, each filter's verdict) with
partial sums per group, and the buckets are put together from those few
groups; percentiles, cardinality and sums of fractions get each group's
numbers from the same pass.  Otherwise every matching document is read as a
row and the buckets are made in Python (:class:`~.aggs_build.DocRows`).
Both paths build the answer with the same code (:mod:`.aggs_build`) and give
the same bytes; sums are exact (``math.fsum``), whatever the order of rows.

Either way the cost grows with the matching documents, and most of it is
SQLite reading each row and parsing its flat view for the fields that are not
in columns of their own (``severity_number``, the environment, durations,
statuses): about 7 us a document.  The services page over 1,000,000 bench
log documents took 8.6 s of CPU SQLite's way and 10.1 s the Python way
(``python -m pipeline.docstore.aggs_bench``, a shared machine), and the
SQL way holds the groups in memory instead of a Python row per document
(peak 182 MiB against 305 MiB).

Searches of the shapes :mod:`.rollup` answers (the console's pages and
charts over logs: counts by service, environment, severity and time) count
the whole seconds of their range from the rollup's rows and read only the
documents of the partial seconds at either end: the services page over
1,000,000 log documents took 0.19 s of CPU that way against 3.25 s from the
documents (the same bytes; ``aggs_bench`` ``--repeat 3``, alternating).  The
span pages still read every document: exact percentiles need every duration.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.docstore import aggs_sql
from pipeline.docstore.aggs_build import DocRows, build, percentile
from pipeline.docstore.errors import StoreError, unsupported
from pipeline.docstore.query import HOT, Resolved, Translator, json_path

__all__ = ["Plan", "percentile", "plan_aggs"]

_METRICS = ("avg", "min", "max", "sum", "value_count", "cardinality", "stats", "percentiles")
_BUCKETS = ("terms", "filter", "filters", "date_histogram", "histogram")
_UNITS = {"ms": 1, "s": 1000, "m": 60_000, "h": 3_600_000, "d": 86_400_000}
_CALENDAR = {"second": 1000, "1s": 1000, "minute": 60_000, "1m": 60_000, "hour": 3_600_000, "1h": 3_600_000,
             "day": 86_400_000, "1d": 86_400_000}


@dataclass
class Node:
    """One aggregation of the tree: its kind, options, the column it reads, its children."""

    name: str
    kind: str
    spec: dict[str, Any]
    column: int = -1  # the plan's column it reads
    arrays: bool = False  # the column holds a JSON list per row (the field held lists)
    kinds: str = ""  # the field's kind (keyword, long, date, ...)
    columns: list[int] = field(default_factory=list)  # filters: one column per named filter
    children: list[Node] = field(default_factory=list)


@dataclass
class Plan:
    """The SQL columns a tree of aggregations reads (each with its parameters) and the tree."""

    columns: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)
    nodes: list[Node] = field(default_factory=list)
    _cache: dict[tuple[str, tuple[Any, ...]], int] = field(default_factory=dict)

    def column(self, sql: str, params: Sequence[Any] = ()) -> int:
        """The index of a column (the same SQL and parameters: the same column)."""
        key = (sql, tuple(params))
        if key not in self._cache:
            self.columns.append(key)
            self._cache[key] = len(self.columns) - 1
        return self._cache[key]

    def value_column(self, path: str, arrays: bool) -> int:
        if arrays:
            return self.column("(SELECT json_group_array(value) FROM json_each(d.flat, ?))", [json_path(path)])
        if path in HOT:
            return self.column(HOT[path])
        return self.column("json_extract(d.flat, ?)", [json_path(path)])

    def all_nodes(self) -> list[Node]:
        """Every aggregation of the tree, each before its children."""
        return _walk(self.nodes)

    @property
    def groupable(self) -> bool:
        """Whether SQLite can count the tree's buckets: no field it reads held lists."""
        return not any(node.arrays for node in self.all_nodes())

    def execute(self, conn: sqlite3.Connection, from_where: str, params: list[Any],
                rollup: aggs_sql.Sources | None = None) -> tuple[int, dict[str, Any]]:
        """(the number of matching documents, their ``aggregations``), given ``FROM docs d WHERE ...`` and its params.

        ``rollup``: the same documents as parts of the documents and rows of the rollup
        (:meth:`.rollup.Split.sources`), for SQLite's way.
        """
        if self.groupable:
            answer = aggs_sql.execute(self, conn, from_where, params, rollup)
            if answer is not None:
                return answer
        return self.execute_rows(conn, from_where, params)

    def execute_rows(self, conn: sqlite3.Connection, from_where: str, params: list[Any]) -> tuple[int, dict[str, Any]]:
        """:meth:`execute` the Python way: every matching document read as a row."""
        select = ", ".join(sql for sql, _ in self.columns) or "1"
        column_params = [p for _, ps in self.columns for p in ps]
        rows = conn.execute(f"SELECT {select} {from_where}", [*column_params, *params]).fetchall()
        return len(rows), self.run(rows)

    def run(self, rows: Sequence[Sequence[Any]]) -> dict[str, Any]:
        """The ``aggregations`` of a search whose rows carry this plan's columns."""
        return build(self.nodes, rows, DocRows())


def _walk(nodes: list[Node]) -> list[Node]:
    out = []
    for node in nodes:
        out.append(node)
        out.extend(_walk(node.children))
    return out


def plan_aggs(aggs: dict[str, Any], translator: Translator, resolve: Callable[[str], Resolved]) -> Plan:
    """Compile an ``aggs`` object into a :class:`Plan`."""
    plan = Plan()
    plan.nodes = _compile(aggs, plan, translator, resolve)
    return plan


def _compile(aggs: Any, plan: Plan, translator: Translator, resolve: Callable[[str], Resolved]) -> list[Node]:
    if not isinstance(aggs, dict):
        raise StoreError(400, "parsing_exception", "aggregations must be an object")
    nodes = []
    for name, body in aggs.items():
        if not isinstance(body, dict):
            raise StoreError(400, "parsing_exception", f"aggregation [{name}] must be an object")
        subs = body.get("aggs", body.get("aggregations")) or {}
        kinds = [k for k in body if k not in ("aggs", "aggregations", "meta")]
        if len(kinds) != 1:
            raise StoreError(400, "parsing_exception", f"aggregation [{name}] must have one type, got {kinds}")
        kind = kinds[0]
        spec = body[kind]
        if kind not in _METRICS and kind not in _BUCKETS:
            raise unsupported(f"the [{kind}] aggregation ([{name}])")
        if kind in _METRICS and subs:
            raise StoreError(400, "aggregation_initialization_exception",
                             f"Aggregator [{name}] of type [{kind}] cannot accept sub-aggregations")
        node = Node(name, kind, dict(spec) if isinstance(spec, dict) else {})
        if kind == "filter":
            sql, params = translator.where(spec)
            node.column = plan.column(f"CASE WHEN {sql} THEN 1 ELSE 0 END", params)
        elif kind == "filters":
            filters = node.spec.get("filters")
            if not isinstance(filters, dict) or set(node.spec) - {"filters"}:
                raise unsupported(f"filters aggregations other than named filters ([{name}])")
            for query in filters.values():
                sql, params = translator.where(query)
                node.columns.append(plan.column(f"CASE WHEN {sql} THEN 1 ELSE 0 END", params))
        else:
            field_name = node.spec.get("field")
            if not isinstance(field_name, str):
                raise unsupported(f"a [{kind}] aggregation without a field (scripts) ([{name}])")
            found = resolve(field_name)
            if found.field is None:
                node.kinds = "unmapped"
            else:
                if found.field.kind == "text":
                    raise StoreError(
                        400, "illegal_argument_exception",
                        f"Text fields are not optimised for operations that require per-document field data like "
                        f"aggregations and sorting, so these operations are disabled by default. Please use a keyword "
                        f"field instead. Alternatively, set fielddata=true on [{field_name}] in order to load field "
                        f"data by uninverting the inverted index.")
                node.kinds = found.field.kind
                node.arrays = found.arrays
                node.column = plan.value_column(found.field.path, found.arrays)
            _check_options(node)
        node.children = _compile(subs, plan, translator, resolve)
        nodes.append(node)
    return nodes


_ALLOWED = {
    "terms": {"field", "size", "min_doc_count", "order", "shard_size"},
    "date_histogram": {"field", "fixed_interval", "calendar_interval", "min_doc_count", "extended_bounds", "time_zone", "format"},
    "histogram": {"field", "interval", "min_doc_count", "extended_bounds"},
    "avg": {"field"}, "min": {"field"}, "max": {"field"}, "sum": {"field"}, "value_count": {"field"},
    "cardinality": {"field", "precision_threshold"}, "stats": {"field"},
    "percentiles": {"field", "percents", "keyed", "tdigest"},
}


def _check_options(node: Node) -> None:
    extra = set(node.spec) - _ALLOWED[node.kind]
    if extra:
        raise unsupported(f"{sorted(extra)} on a [{node.kind}] aggregation ([{node.name}])")
    if node.kind == "date_histogram":
        zone = node.spec.get("time_zone")
        if zone not in (None, "UTC", "Z", "+00:00", "Etc/UTC"):
            raise unsupported(f"time_zone [{zone}] on a date_histogram (UTC only)")
        if node.spec.get("format") not in (None, "strict_date_optional_time"):
            raise unsupported("a format on a date_histogram")
        node.spec["_interval"] = _interval(node)
    if node.kind == "percentiles" and node.spec.get("keyed") is False:
        raise unsupported("keyed: false on percentiles")
    if node.kind == "terms":
        order = node.spec.get("order")
        if order is not None:
            pairs = order if isinstance(order, list) else [order]
            for pair in pairs:
                if not isinstance(pair, dict) or not set(pair) <= {"_count", "_key"}:
                    raise unsupported(f"terms order {order!r} (only _count and _key)")


def _interval(node: Node) -> int:
    fixed = node.spec.get("fixed_interval")
    if fixed is not None:
        m = re.fullmatch(r"(\d+)(ms|s|m|h|d)", str(fixed))
        if m is None:
            raise StoreError(400, "illegal_argument_exception", f"failed to parse setting [date_histogram.fixedInterval] with value [{fixed}]")
        return int(m.group(1)) * _UNITS[m.group(2)]
    calendar = node.spec.get("calendar_interval")
    if calendar is not None:
        if str(calendar) not in _CALENDAR:
            raise unsupported(f"calendar_interval [{calendar}] (second, minute, hour or day only)")
        return _CALENDAR[str(calendar)]
    raise StoreError(400, "illegal_argument_exception", "Invalid interval specified, must be non-null and non-empty")
