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

A plan reads every field a tree of aggregations needs as one more column of
the search (a list where the field held lists), and every ``filter`` as a 0/1
column; buckets are then made in Python over those rows.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

from pipeline.docstore.errors import StoreError, unsupported
from pipeline.docstore.query import HOT, Resolved, Translator, json_path
from pipeline.docstore.text import DateError, format_ms, parse_date

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
    column: int = -1  # index into a row
    arrays: bool = False  # the column holds a JSON list per row (the field held lists)
    kinds: str = ""  # the field's kind (keyword, long, date, ...)
    columns: list[int] = field(default_factory=list)  # filters: one column per named filter
    children: list[Node] = field(default_factory=list)


@dataclass
class Plan:
    """The extra SELECT columns (SQL, params) and the tree that reads them."""

    columns: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    nodes: list[Node] = field(default_factory=list)
    offset: int = 0  # where the plan's columns start in a row
    _cache: dict[tuple[str, bool], int] = field(default_factory=dict)

    def value_column(self, path: str, arrays: bool) -> int:
        key = (path, arrays)
        if key in self._cache:
            return self._cache[key]
        if arrays:
            self.columns.append("(SELECT json_group_array(value) FROM json_each(d.flat, ?))")
            self.params.append(json_path(path))
        elif path in HOT:
            self.columns.append(HOT[path])
        else:
            self.columns.append("json_extract(d.flat, ?)")
            self.params.append(json_path(path))
        self._cache[key] = len(self.columns) - 1
        return self._cache[key]

    def execute(self, conn: sqlite3.Connection, from_where: str, params: list[Any]) -> tuple[int, dict[str, Any]]:
        """(the number of matching documents, their ``aggregations``), given ``FROM docs d WHERE ...`` and its params."""
        select = ", ".join(self.columns) or "1"
        rows = conn.execute(f"SELECT {select} {from_where}", [*self.params, *params]).fetchall()
        return len(rows), self.run(rows)

    def run(self, rows: Sequence[Sequence[Any]]) -> dict[str, Any]:
        """The ``aggregations`` of a search whose rows carry this plan's columns from ``offset`` on."""
        return _run(self.nodes, rows, self.offset)


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
            plan.columns.append(f"CASE WHEN {sql} THEN 1 ELSE 0 END")
            plan.params.extend(params)
            node.column = len(plan.columns) - 1
        elif kind == "filters":
            filters = node.spec.get("filters")
            if not isinstance(filters, dict) or set(node.spec) - {"filters"}:
                raise unsupported(f"filters aggregations other than named filters ([{name}])")
            for query in filters.values():
                sql, params = translator.where(query)
                plan.columns.append(f"CASE WHEN {sql} THEN 1 ELSE 0 END")
                plan.params.extend(params)
                node.columns.append(len(plan.columns) - 1)
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


# -- running ----------------------------------------------------------------------------------
def _values(row: Sequence[Any], column: int, offset: int, arrays: bool) -> list[Any]:
    value = row[offset + column]
    if value is None:
        return []
    if arrays:  # json_group_array: a JSON list of the document's values
        return list(orjson.loads(value))
    return [value]


def _run(nodes: list[Node], rows: Sequence[Sequence[Any]], offset: int) -> dict[str, Any]:
    return {node.name: _one(node, rows, offset) for node in nodes}


def _one(node: Node, rows: Sequence[Sequence[Any]], offset: int) -> dict[str, Any]:
    kind = node.kind
    if kind == "filter":
        subset = [r for r in rows if r[offset + node.column]]
        return {"doc_count": len(subset), **_run(node.children, subset, offset)}
    if kind == "filters":
        buckets = {}
        for key, column in zip(node.spec["filters"], node.columns, strict=True):
            subset = [r for r in rows if r[offset + column]]
            buckets[key] = {"doc_count": len(subset), **_run(node.children, subset, offset)}
        return {"buckets": buckets}
    values_of = (lambda r: _values(r, node.column, offset, node.arrays)) if node.column >= 0 else (lambda r: [])
    if kind == "terms":
        return _terms(node, rows, offset, values_of)
    if kind in ("date_histogram", "histogram"):
        return _histogram(node, rows, offset, values_of)
    numbers = [_number(v) for r in rows for v in values_of(r)]
    return _metric(node, numbers)


def _number(value: Any) -> float:
    return float(value) if not isinstance(value, str) else float("nan")


def _terms(node: Node, rows: Sequence[Sequence[Any]], offset: int, values_of: Callable[[Any], list[Any]]) -> dict[str, Any]:
    groups: dict[Any, list[Sequence[Any]]] = {}
    for row in rows:
        seen = set()
        for value in values_of(row):
            key = bool(value) if node.kinds == "boolean" else value
            if key in seen:
                continue
            seen.add(key)
            groups.setdefault(key, []).append(row)
    size = int(node.spec.get("size", 10))
    minimum = int(node.spec.get("min_doc_count", 1))
    order = node.spec.get("order") or {"_count": "desc"}
    pairs = order if isinstance(order, list) else [order]
    items = [(k, v) for k, v in groups.items() if len(v) >= minimum]
    # the last sort key applies first; the count ties are broken by the key ascending, as Elasticsearch does
    items.sort(key=lambda kv: _key_order(kv[0]))
    for pair in reversed(pairs):
        (what, direction), = pair.items()
        reverse = str(direction).lower() == "desc"
        if what == "_count":
            items.sort(key=lambda kv: len(kv[1]), reverse=reverse)
        else:
            items.sort(key=lambda kv: _key_order(kv[0]), reverse=reverse)
    chosen = items[:size]
    buckets = []
    for key, subset in chosen:
        bucket: dict[str, Any] = {}
        if node.kinds == "boolean":
            bucket = {"key": 1 if key else 0, "key_as_string": "true" if key else "false"}
        elif node.kinds == "date":
            bucket = {"key": key, "key_as_string": format_ms(int(key))}
        else:
            bucket = {"key": key}
        bucket["doc_count"] = len(subset)
        bucket.update(_run(node.children, subset, offset))
        buckets.append(bucket)
    other = sum(len(v) for _, v in items[size:])
    return {"doc_count_error_upper_bound": 0, "sum_other_doc_count": other, "buckets": buckets}


def _key_order(key: Any) -> tuple[int, Any]:
    return (0, key) if isinstance(key, int | float) else (1, str(key))


def _histogram(node: Node, rows: Sequence[Sequence[Any]], offset: int, values_of: Callable[[Any], list[Any]]) -> dict[str, Any]:
    dates = node.kind == "date_histogram"
    if node.kinds == "unmapped":  # no index maps the field: no buckets, extended_bounds or not
        return {"buckets": []}
    if dates:
        interval: float = node.spec["_interval"]
    else:
        interval = float(node.spec.get("interval", 0))
        if interval <= 0:
            raise StoreError(400, "illegal_argument_exception", "[interval] must be >0 for histogram aggregation")
    groups: dict[float, list[Sequence[Any]]] = {}
    for row in rows:
        seen = set()
        for value in values_of(row):
            if isinstance(value, str):
                continue
            key = math.floor(value / interval) * interval
            if key in seen:
                continue
            seen.add(key)
            groups.setdefault(key, []).append(row)
    minimum = int(node.spec.get("min_doc_count", 0))
    keys = sorted(groups)
    bounds = node.spec.get("extended_bounds")
    if minimum == 0:
        low = keys[0] if keys else None
        high = keys[-1] if keys else None
        if isinstance(bounds, dict):
            try:
                lo_b = bounds.get("min")
                hi_b = bounds.get("max")
                if lo_b is not None:
                    lo_v = parse_date(lo_b) if dates else float(lo_b)
                    lo_k = math.floor(lo_v / interval) * interval
                    low = lo_k if low is None else min(low, lo_k)
                if hi_b is not None:
                    hi_v = parse_date(hi_b, round_up=True) if dates else float(hi_b)
                    hi_k = math.floor(hi_v / interval) * interval
                    high = hi_k if high is None else max(high, hi_k)
            except (DateError, ValueError, TypeError):
                raise StoreError(400, "parse_exception", f"cannot parse extended_bounds {bounds!r}") from None
        keys = []
        if low is not None and high is not None:
            count = round((high - low) / interval) + 1
            if count > 100_000:
                raise StoreError(400, "too_many_buckets_exception", f"a histogram of {count} buckets (at most 100000)")
            keys = [low + i * interval for i in range(count)]
    buckets = []
    for key in keys:
        subset = groups.get(key, [])
        if len(subset) < minimum:
            continue
        if dates:
            bucket: dict[str, Any] = {"key_as_string": format_ms(int(key)), "key": int(key)}
        else:
            bucket = {"key": float(key)}
        bucket["doc_count"] = len(subset)
        bucket.update(_run(node.children, subset, offset))
        buckets.append(bucket)
    return {"buckets": buckets}


def percentile(ordered: Sequence[float], q: float) -> float:
    """The ``q`` percentile of sorted values: interpolated between the nearest ranks at ``q·n/100 − ½``.

    >>> percentile([0, 1, 2, 3], 50), percentile([0, 1, 2, 3], 95), percentile(list(range(1, 11)), 10)
    (1.5, 3.0, 1.5)
    """
    n = len(ordered)
    index = q / 100 * n
    if index < 0.5 or n == 1:
        return float(ordered[0])
    if n - index <= 0.5:
        return float(ordered[-1])
    index -= 0.5
    low = int(index)
    return float(ordered[low] + (ordered[low + 1] - ordered[low]) * (index - low))


def _metric(node: Node, numbers: list[float]) -> dict[str, Any]:
    kind = node.kind
    numbers = [v for v in numbers if not math.isnan(v)]
    date = node.kinds == "date"
    if kind == "value_count":
        return {"value": len(numbers)}
    if kind == "cardinality":
        return {"value": len(set(numbers))}
    if kind == "sum":
        return {"value": float(sum(numbers))}
    if kind == "avg":
        return {"value": (sum(numbers) / len(numbers)) if numbers else None}
    if kind in ("min", "max"):
        if not numbers:
            return {"value": None}
        value = float(min(numbers) if kind == "min" else max(numbers))
        return {"value": value, "value_as_string": format_ms(int(value))} if date else {"value": value}
    if kind == "stats":
        if not numbers:
            return {"count": 0, "min": None, "max": None, "avg": None, "sum": 0.0}
        return {"count": len(numbers), "min": float(min(numbers)), "max": float(max(numbers)),
                "avg": sum(numbers) / len(numbers), "sum": float(sum(numbers))}
    # percentiles
    percents = node.spec.get("percents") or [1, 5, 25, 50, 75, 95, 99]
    ordered = sorted(numbers)
    return {"values": {str(float(p)): (percentile(ordered, float(p)) if ordered else None) for p in percents}}
