"""Aggregations counted by SQLite: one ``GROUP BY`` over every key of the tree, the buckets put together from the groups.

Where every field a tree reads holds one value per document, each document
falls in exactly one group of the statement below, and a bucket's documents
are the union of some groups: its count is their counts' sum, a metric's
minimum the least of their minimums, and so on.

    SELECT count(*), <keys>, <per field: min, max, count, sum of its numbers>
    FROM (SELECT <the tree's columns> FROM docs d WHERE ... LIMIT -1 OFFSET 0)
    GROUP BY <keys>

(the inner rows compute each column once a row: a field a key, a filter
and a metric read costs one ``json_extract``, not one per use).

The keys are a terms field's value, a histogram's bucket number
(``floor(value / interval)``) and each filter's 0/1 verdict.  Where the
interval and the values are whole numbers within ±2^52 (timestamps in
milliseconds), the exact quotient SQLite computes is the one Python's
``math.floor(value / interval)`` gives; any other value makes the statement
run again the checked way: with the least and greatest value of each group,
which must give the same bucket key in Python, else the search is answered
the Python way.  A sum is
taken from SQLite only where it is exact (integers whose sum cannot pass
2^53); for other sums, percentiles and cardinality the statement gathers
each group's numbers (an aggregate function of ours, packed doubles, in the
same pass), and they are computed as the Python path does.  Should a sum of
whole numbers turn out too large to be exact, their numbers are read by a
second statement.  :func:`execute` answers ``None`` when it cannot answer (the caller then reads
every document).
"""

from __future__ import annotations

import array
import math
import re
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pipeline.docstore.aggs_build import bucket_key, build, histogram_interval, metric
from pipeline.docstore.errors import StoreError

if TYPE_CHECKING:
    from pipeline.docstore.aggs import Node, Plan

__all__ = ["execute"]

_HISTOGRAMS = ("date_histogram", "histogram")
_SQL_METRICS = ("avg", "min", "max", "sum", "value_count", "stats")
_EXACT = 2**53  # integers below it add up exactly in a double
_SAFE = 2**52  # whole numbers within it: Python's floor(v / interval) is exact (interval a whole number)
_WHOLE = ("long", "date", "boolean")  # kinds of fields whose sums SQLite can make (whole numbers)
_COLLECT = "sightline_numbers"


class _Numbers:
    """An SQL aggregate gathering a group's numbers as packed doubles: exact, and read in the one pass."""

    def __init__(self) -> None:
        self.values = array.array("d")

    def step(self, value: Any) -> None:
        if type(value) is float or type(value) is int:  # text (a keyword where another index has a number) is left out
            self.values.append(value)

    def finalize(self) -> bytes:
        return self.values.tobytes()
SQL = tuple[str, list[Any]]
Sources = tuple[list[SQL], SQL]  # the documents' FROM ... WHERE parts, the rollup's (see .rollup.Split.sources)


def _fill(template: str, **parts: SQL) -> SQL:
    """``template`` with each ``{name}`` replaced by a part's SQL, the parameters in the order they appear."""
    params: list[Any] = []

    def sub(m: re.Match[str]) -> str:
        sql, ps = parts[m.group(1)]
        params.extend(ps)
        return sql

    return re.sub(r"\{(\w+)\}", sub, template), params


_NUMERIC = "typeof({x}) IN ('integer', 'real')"  # a template: {x} filled by _fill


class _Layout:
    """The grouped statement of a plan and where each of its answers is in a row."""

    def __init__(self, plan: Plan, checked: bool = False) -> None:
        self.plan = plan
        self.keys: list[SQL] = []
        self.used: list[int] = []  # plan columns the statement reads
        self._key_index: dict[tuple[str, tuple[Any, ...]], int] = {}
        self.extras: list[SQL] = []
        self.value_key: dict[int, int] = {}  # plan column → row position of its value as a key (terms, filters)
        self.numbers: dict[int, int] = {}  # plan column → position in the extras of (min, max) of its numbers
        self.sums: dict[int, int] = {}  # plan column → position in the extras of (count, integers, total)
        self.histograms: list[tuple[int, float]] = []  # (plan column, interval) to check
        self.bucket_key: dict[tuple[int, float], int] = {}  # (plan column, interval) → its exact bucket number's key
        self.checked = checked
        self.needs_values: set[int] = set()  # plan columns whose numbers are read (percentiles, cardinality, sums)
        self.summed: set[int] = set()  # plan columns of sums, averages and stats
        self.collected: dict[int, int] = {}  # plan column → position in the extras of its numbers (packed doubles)
        for node in plan.all_nodes():
            self._add(node)

    def _column(self, index: int) -> SQL:
        """A plan column as the grouping statement names it: computed once a row, in the rows it groups."""
        if index not in self.used:
            self.used.append(index)
        return f"c{index}", []

    def rows(self, from_where: str, params: list[Any], rollup: Sources | None = None) -> SQL:
        """The matching rows with the columns the tree reads (OFFSET keeps SQLite from folding it into the grouping).

        With ``rollup`` (documents' parts, the rollup's part), the rows of each part, each with its number of
        documents ``n`` (1 a document; a rollup row's count), instead of ``from_where``.
        """
        columns = [(f"{sql} AS c{i}", list(ps)) for i in self.used for sql, ps in [self.plan.columns[i]]]
        select = ", ".join(sql for sql, _ in columns) or "1"
        column_params = [p for _, ps in columns for p in ps]
        if rollup is None:
            return f"(SELECT {select} {from_where} LIMIT -1 OFFSET 0)", [*column_params, *params]
        docs, (rows_from_where, rows_params) = rollup
        parts = [f"SELECT * FROM (SELECT {select}, 1 AS n {part} LIMIT -1 OFFSET 0)" for part, _ in docs]
        parts.append(f"SELECT {select}, d.n AS n {rows_from_where}")
        values = [p for _, part_params in docs for p in (*column_params, *part_params)]
        return f"({' UNION ALL '.join(parts)})", [*values, *column_params, *rows_params]

    def _key(self, part: SQL) -> int:
        marker = (part[0], tuple(part[1]))
        if marker not in self._key_index:
            self.keys.append(part)
            self._key_index[marker] = len(self.keys) - 1
        return self._key_index[marker]

    def _add(self, node: Node) -> None:
        kind = node.kind
        if kind == "filter":
            self.value_key[node.column] = self._key(self._column(node.column))
        elif kind == "filters":
            for column in node.columns:
                self.value_key[column] = self._key(self._column(column))
        elif node.column < 0:
            return  # an unmapped field: no values
        elif kind == "terms":
            self.value_key[node.column] = self._key(self._column(node.column))
        elif kind in _HISTOGRAMS:
            if node.kinds == "unmapped":
                return
            interval = histogram_interval(node)
            x = self._column(node.column)
            if not self.checked and float(interval).is_integer():
                # whole numbers within ±2^52 over a whole interval: Python's floor(v / interval) is the exact
                # quotient, so the bucket number is the key (times the interval); any other number is 'unsafe'
                # and the search is counted again the checked way
                whole: SQL = ("?", [int(interval)])
                limit: SQL = ("?", [_SAFE])
                number = _fill("CASE WHEN typeof({x}) = 'integer' AND abs({x}) <= {limit} "
                               "THEN ({x} - ((({x} % {iv}) + {iv}) % {iv})) / {iv} "
                               "WHEN typeof({x}) = 'real' OR typeof({x}) = 'integer' THEN 'unsafe' END",
                               x=x, iv=whole, limit=limit)
                self.bucket_key[(node.column, interval)] = self._key(number)
                return
            if float(interval).is_integer():
                iv: SQL = ("?", [int(interval)])
                number = _fill("CASE typeof({x}) WHEN 'integer' THEN ({x} - ((({x} % {iv}) + {iv}) % {iv})) / {iv} "
                               "WHEN 'real' THEN {r} END", x=x, iv=iv, r=_real_bucket(x, float(interval)))
            else:
                number = _fill("CASE WHEN " + _NUMERIC + " THEN {r} END", x=x, r=_real_bucket(x, float(interval)))
            self._key(number)
            self._extras(self.numbers, node.column, ("min", "max"))
            self.histograms.append((node.column, interval))
        elif kind in _SQL_METRICS and not (kind in ("sum", "avg", "stats") and node.kinds not in _WHOLE):
            if kind in ("sum", "avg", "stats"):
                self.summed.add(node.column)
            self._extras(self.numbers, node.column, ("min", "max"))
            self._extras(self.sums, node.column, ("count", "integers", "total"))
        else:  # percentiles, cardinality, sums of fractions: the numbers themselves, gathered by the statement
            self.needs_values.add(node.column)
            self._extras(self.collected, node.column, ("numbers",))

    def _extras(self, where: dict[int, int], column: int, names: tuple[str, ...]) -> None:
        if column in where:
            return
        x = self._column(column)
        numeric = "FILTER (WHERE " + _NUMERIC + ")"
        templates = {"min": f"min({{x}}) {numeric}", "max": f"max({{x}}) {numeric}", "count": f"count(*) {numeric}",
                     "integers": "count(*) FILTER (WHERE typeof({x}) = 'integer')", "total": f"total({{x}}) {numeric}",
                     "numbers": f"{_COLLECT}({{x}})"}
        where[column] = len(self.extras)
        self.extras.extend(_fill(templates[name], x=x) for name in names)

    def statement(self, from_where: str, params: list[Any], rollup: Sources | None = None) -> SQL:
        select = ["count(*)" if rollup is None else "sum(n)", *(sql for sql, _ in self.keys), *(sql for sql, _ in self.extras)]
        values = [p for _, ps in self.keys for p in ps] + [p for _, ps in self.extras for p in ps]
        group = " GROUP BY " + ", ".join(str(i + 2) for i in range(len(self.keys))) if self.keys else ""
        rows, rows_params = self.rows(from_where, params, rollup)
        return f"SELECT {', '.join(select)} FROM {rows}{group}", [*values, *rows_params]


def _real_bucket(x: SQL, interval: float) -> SQL:
    # floor(x / interval) without the math functions (not every SQLite has them)
    return _fill("(CAST({x} / {iv} AS INTEGER) - ({x} / {iv} < CAST({x} / {iv} AS INTEGER)))", x=x, iv=("?", [interval]))


class _Groups:
    """Reads grouped rows for :func:`~.aggs_build.build`: row[0] the count, then keys, extras, and a dict of numbers."""

    def __init__(self, layout: _Layout) -> None:
        base = 1 + len(layout.keys)
        self.key_at = {column: 1 + i for column, i in layout.value_key.items()}
        self.numbers_at = {column: base + i for column, i in layout.numbers.items()}
        self.sums_at = {column: base + i for column, i in layout.sums.items()}
        self.values_of = layout.needs_values
        self.bucket_at = {key: 1 + i for key, i in layout.bucket_key.items()}

    def count(self, rows: Sequence[Sequence[Any]]) -> int:
        return sum(r[0] for r in rows)

    def values(self, row: Sequence[Any], node: Node) -> list[Any]:
        if node.column < 0:
            return []
        if node.kind in _HISTOGRAMS:
            interval = histogram_interval(node)
            at = self.bucket_at.get((node.column, interval))
            if at is not None:  # the exact bucket number: its key is a number of the bucket
                number = row[at]
                return [] if number is None else [number * interval]
            value = row[self.numbers_at[node.column]]  # the group's least number: its bucket's
        else:
            value = row[self.key_at[node.column]]
        return [] if value is None else [value]

    def flag(self, row: Sequence[Any], column: int) -> bool:
        return bool(row[self.key_at[column]])

    def metric(self, node: Node, rows: Sequence[Sequence[Any]]) -> dict[str, Any]:
        column = node.column
        if column < 0:
            return metric(node, 0, 0.0, None, None, [])
        if column in self.values_of:
            numbers = [float(v) for r in rows for v in r[-1].get(column, ())]
            if not numbers:
                return metric(node, 0, 0.0, None, None, [])
            return metric(node, len(numbers), math.fsum(numbers), min(numbers), max(numbers), numbers)
        low_at, sum_at = self.numbers_at[column], self.sums_at[column]
        parts = [r for r in rows if r[sum_at]]
        if not parts:
            return metric(node, 0, 0.0, None, None, None)
        count = sum(r[sum_at] for r in parts)
        total = math.fsum(r[sum_at + 2] for r in parts)  # whole numbers below 2^53 (checked) or unused: exact
        return metric(node, count, total, min(r[low_at] for r in parts), max(r[low_at + 1] for r in parts), None)


def execute(plan: Plan, conn: sqlite3.Connection, from_where: str, params: list[Any],
            rollup: Sources | None = None) -> tuple[int, dict[str, Any]] | None:
    """(matching documents, ``aggregations``) counted by SQLite, or ``None`` where it cannot answer exactly.

    ``rollup``: the rows as parts of the documents and rows of the rollup (:meth:`.rollup.Split.sources`), for a
    tree without metrics (a rollup row stands for ``n`` documents).
    """
    for checked in (False, True):
        try:
            layout = _Layout(plan, checked)
        except (StoreError, ValueError, TypeError, KeyError):
            return None  # an option the Python path refuses (or answers) with its own words
        if rollup is not None and (layout.sums or layout.collected or layout.needs_values):
            return None  # metrics count values row by row: not over rollup rows
        sql, values = layout.statement(from_where, params, rollup)
        if layout.collected:
            conn.create_aggregate(_COLLECT, 1, _Numbers)  # type: ignore[arg-type]
        rows = [[*r, {}] for r in conn.execute(sql, values) if r[0]]
        if not any(r[1 + i] == "unsafe" for i in layout.bucket_key.values() for r in rows):
            break
    if not _histograms_agree(layout, rows):
        return None
    base = 1 + len(layout.keys)
    for column, at in layout.collected.items():
        for r in rows:
            packed = r[base + at]
            if packed:
                r[-1][column] = array.array("d", packed).tolist()
    for column, at in layout.sums.items():
        if column in layout.needs_values or column not in layout.summed:
            continue
        low, at = base + layout.numbers[column], base + at
        count = sum(r[at] for r in rows)
        integers = sum(r[at + 1] for r in rows)
        if count and (integers != count or max(max(-r[low], r[low + 1]) for r in rows if r[at]) * count >= _EXACT):
            layout.needs_values.add(column)  # a sum SQLite may round: from the numbers themselves
    if layout.needs_values and not _read_numbers(layout, conn, from_where, params, rows):
        return None
    reader = _Groups(layout)
    return sum(r[0] for r in rows), build(plan.nodes, rows, reader)


def _histograms_agree(layout: _Layout, rows: list[list[Any]]) -> bool:
    """Whether each group's numbers fall in one bucket as Python computes it (the SQL bucket numbers only group)."""
    base = 1 + len(layout.keys)
    for column, interval in layout.histograms:
        at = base + layout.numbers[column]
        for row in rows:
            low, high = row[at], row[at + 1]
            if low is not None and bucket_key(low, interval) != bucket_key(high, interval):
                return False
    return True


def _read_numbers(layout: _Layout, conn: sqlite3.Connection, from_where: str, params: list[Any],
                  rows: list[list[Any]]) -> bool:
    """Each group's numbers of the columns that need them, in ``row[-1][column]``; False: a group not found."""
    width = len(layout.keys)
    by_key = {tuple(r[1:1 + width]): r[-1] for r in rows}
    keys = ", ".join(sql for sql, _ in layout.keys)
    key_params = [p for _, ps in layout.keys for p in ps]
    for column in sorted(layout.needs_values - set(layout.collected)):
        x = layout._column(column)
        numeric, numeric_params = _fill(_NUMERIC, x=x)
        source, source_params = layout.rows(from_where, params)
        sql = f"SELECT {keys + ', ' if keys else ''}{x[0]} FROM {source} WHERE {numeric}"
        for found in conn.execute(sql, [*key_params, *x[1], *source_params, *numeric_params]):
            numbers = by_key.get(tuple(found[:width]))
            if numbers is None:  # pragma: no cover - the same key expressions over the same rows
                return False
            numbers.setdefault(column, []).append(found[width])
    return True
