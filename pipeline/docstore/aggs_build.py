"""Buckets and values of an aggregation tree, built from rows through a :class:`Reader`.  Pure.

Two kinds of rows reach the same code: one row per matching document (the
Python path, :class:`DocRows`), or one row per group of documents that agree
on every key the tree buckets by (the SQL path, :mod:`.aggs_sql`, whose rows
carry a document count and partial sums).  A bucket's documents are a list of
such rows; everything else (ordering, sizes, empty histogram buckets, keys as
strings, metric values) is decided here once, so both paths answer alike.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

import orjson

from pipeline.docstore.errors import StoreError
from pipeline.docstore.text import DateError, format_ms, parse_date

if TYPE_CHECKING:
    from pipeline.docstore.aggs import Node

__all__ = ["DocRows", "Reader", "bucket_key", "build", "metric", "percentile"]

Row = Sequence[Any]


class Reader(Protocol):
    """How the builder reads rows: documents counted, a field's values, a filter's verdict, a metric."""

    def count(self, rows: Sequence[Row]) -> int: ...

    def values(self, row: Row, node: Node) -> list[Any]: ...

    def flag(self, row: Row, column: int) -> bool: ...

    def metric(self, node: Node, rows: Sequence[Row]) -> dict[str, Any]: ...


class DocRows:
    """Rows of documents: the plan's columns from ``offset`` on (a JSON list where the field held lists)."""

    def __init__(self, offset: int = 0) -> None:
        self.offset = offset

    def count(self, rows: Sequence[Row]) -> int:
        return len(rows)

    def values(self, row: Row, node: Node) -> list[Any]:
        if node.column < 0:
            return []
        value = row[self.offset + node.column]
        if value is None:
            return []
        if node.arrays:  # json_group_array: a JSON list of the document's values
            return list(orjson.loads(value))
        return [value]

    def flag(self, row: Row, column: int) -> bool:
        return bool(row[self.offset + column])

    def metric(self, node: Node, rows: Sequence[Row]) -> dict[str, Any]:
        numbers = [_number(v) for r in rows for v in self.values(r, node)]
        numbers = [v for v in numbers if not math.isnan(v)]
        if not numbers:
            return metric(node, 0, 0.0, None, None, [])
        return metric(node, len(numbers), math.fsum(numbers), min(numbers), max(numbers), numbers)


def _number(value: Any) -> float:
    return float(value) if not isinstance(value, str) else float("nan")


def build(nodes: list[Node], rows: Sequence[Row], reader: Reader) -> dict[str, Any]:
    """The ``aggregations`` of ``nodes`` over ``rows``."""
    return {node.name: _one(node, rows, reader) for node in nodes}


def _one(node: Node, rows: Sequence[Row], reader: Reader) -> dict[str, Any]:
    kind = node.kind
    if kind == "filter":
        subset = [r for r in rows if reader.flag(r, node.column)]
        return {"doc_count": reader.count(subset), **build(node.children, subset, reader)}
    if kind == "filters":
        buckets = {}
        for key, column in zip(node.spec["filters"], node.columns, strict=True):
            subset = [r for r in rows if reader.flag(r, column)]
            buckets[key] = {"doc_count": reader.count(subset), **build(node.children, subset, reader)}
        return {"buckets": buckets}
    if kind == "terms":
        return _terms(node, rows, reader)
    if kind in ("date_histogram", "histogram"):
        return _histogram(node, rows, reader)
    return reader.metric(node, rows)


def _terms(node: Node, rows: Sequence[Row], reader: Reader) -> dict[str, Any]:
    groups: dict[Any, list[Row]] = {}
    for row in rows:
        seen = set()
        for value in reader.values(row, node):
            key = bool(value) if node.kinds == "boolean" else value
            if key in seen:
                continue
            seen.add(key)
            groups.setdefault(key, []).append(row)
    size = int(node.spec.get("size", 10))
    minimum = int(node.spec.get("min_doc_count", 1))
    order = node.spec.get("order") or {"_count": "desc"}
    pairs = order if isinstance(order, list) else [order]
    items = [(k, reader.count(v)) for k, v in groups.items()]
    items = [(k, n) for k, n in items if n >= minimum]
    # the last sort key applies first; the count ties are broken by the key ascending, as Elasticsearch does
    items.sort(key=lambda kn: _key_order(kn[0]))
    for pair in reversed(pairs):
        (what, direction), = pair.items()
        reverse = str(direction).lower() == "desc"
        if what == "_count":
            items.sort(key=lambda kn: kn[1], reverse=reverse)
        else:
            items.sort(key=lambda kn: _key_order(kn[0]), reverse=reverse)
    buckets = []
    for key, count in items[:size]:
        bucket: dict[str, Any] = {}
        if node.kinds == "boolean":
            bucket = {"key": 1 if key else 0, "key_as_string": "true" if key else "false"}
        elif node.kinds == "date":
            bucket = {"key": key, "key_as_string": format_ms(int(key))}
        else:
            bucket = {"key": key}
        bucket["doc_count"] = count
        bucket.update(build(node.children, groups[key], reader))
        buckets.append(bucket)
    other = sum(n for _, n in items[size:])
    return {"doc_count_error_upper_bound": 0, "sum_other_doc_count": other, "buckets": buckets}


def _key_order(key: Any) -> tuple[int, Any]:
    return (0, key) if isinstance(key, int | float) else (1, str(key))


def histogram_interval(node: Node) -> float:
    """The width of a (date) histogram's buckets; a 400 when a histogram's is not above 0."""
    if node.kind == "date_histogram":
        return int(node.spec["_interval"])  # milliseconds: the keys stay integers
    interval = float(node.spec.get("interval", 0))
    if interval <= 0:
        raise StoreError(400, "illegal_argument_exception", "[interval] must be >0 for histogram aggregation")
    return interval


def bucket_key(value: float, interval: float) -> float:
    """The key of the histogram bucket holding ``value``: ``floor(value / interval) · interval``.

    >>> bucket_key(1799, 600), bucket_key(-1, 600), bucket_key(2.5, 0.5)
    (1200, -600, 2.5)
    """
    return math.floor(value / interval) * interval


def _histogram(node: Node, rows: Sequence[Row], reader: Reader) -> dict[str, Any]:
    dates = node.kind == "date_histogram"
    if node.kinds == "unmapped":  # no index maps the field: no buckets, extended_bounds or not
        return {"buckets": []}
    interval = histogram_interval(node)
    groups: dict[float, list[Row]] = {}
    for row in rows:
        seen = set()
        for value in reader.values(row, node):
            if isinstance(value, str):
                continue
            key = bucket_key(value, interval)
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
                    lo_k = bucket_key(lo_v, interval)
                    low = lo_k if low is None else min(low, lo_k)
                if hi_b is not None:
                    hi_v = parse_date(hi_b, round_up=True) if dates else float(hi_b)
                    hi_k = bucket_key(hi_v, interval)
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
        count = reader.count(subset)
        if count < minimum:
            continue
        if dates:
            bucket: dict[str, Any] = {"key_as_string": format_ms(int(key)), "key": int(key)}
        else:
            bucket = {"key": float(key)}
        bucket["doc_count"] = count
        bucket.update(build(node.children, subset, reader))
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


def metric(node: Node, count: int, total: float, low: float | None, high: float | None,
           numbers: list[float] | None) -> dict[str, Any]:
    """A metric's answer from the numbers it covers: their count, exact sum (``math.fsum``), min and max.

    ``numbers`` (every value) is needed by ``cardinality`` and ``percentiles`` only.
    """
    kind = node.kind
    date = node.kinds == "date"
    if kind == "value_count":
        return {"value": count}
    if kind == "cardinality":
        return {"value": len(set(_need(numbers)))}
    if kind == "sum":
        return {"value": float(total)}
    if kind == "avg":
        return {"value": (total / count) if count else None}
    if kind in ("min", "max"):
        if not count:
            return {"value": None}
        value = float(low if kind == "min" else high)  # type: ignore[arg-type]
        return {"value": value, "value_as_string": format_ms(int(value))} if date else {"value": value}
    if kind == "stats":
        if not count:
            return {"count": 0, "min": None, "max": None, "avg": None, "sum": 0.0}
        return {"count": count, "min": float(low), "max": float(high),  # type: ignore[arg-type]
                "avg": total / count, "sum": float(total)}
    # percentiles
    percents = node.spec.get("percents") or [1, 5, 25, 50, 75, 95, 99]
    ordered = sorted(_need(numbers))
    return {"values": {str(float(p)): (percentile(ordered, float(p)) if ordered else None) for p in percents}}


def _need(numbers: list[float] | None) -> list[float]:
    if numbers is None:  # pragma: no cover - a reader that leaves them out must not plan such a metric
        raise RuntimeError("this metric needs the values themselves")
    return numbers

