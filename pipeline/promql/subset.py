"""Parse a PromQL expression and check it stays inside the subset the engine evaluates.

Supported (Prometheus 2.x meaning):

- selectors with ``=``, ``!=``, ``=~``, ``!~`` and ``offset``;
- range functions ``rate``, ``irate``, ``increase``, ``delta``, ``idelta``,
  ``avg/min/max/sum/count/last/present/stddev/stdvar_over_time``,
  ``quantile_over_time``, ``changes``, ``resets``, ``absent_over_time``;
- ``absent``, ``histogram_quantile`` (classic ``_bucket`` series),
  ``abs``, ``ceil``, ``floor``, ``round``, ``exp``, ``sqrt``, ``ln``,
  ``log2``, ``log10``, ``sgn``, ``clamp``, ``clamp_min``, ``clamp_max``,
  ``scalar``, ``vector``, ``time``, ``sort``, ``sort_desc``;
- aggregations ``sum``, ``avg``, ``min``, ``max``, ``count``, ``group``,
  ``stddev``, ``stdvar``, ``quantile``, ``topk``, ``bottomk`` with
  ``by``/``without``;
- arithmetic (``+ - * / % ^ atan2``), comparisons (with or without
  ``bool``) and ``and``/``or``/``unless`` between vectors and scalars, with
  ``on``/``ignoring`` and ``group_left``/``group_right``.

Not supported, refused with what and where: subqueries (``x[5m:1m]``), the
``@`` modifier, native-histogram functions, ``label_replace``/``label_join``,
``count_values``, ``predict_linear``/``deriv``/``holt_winters``, date
functions, ``timestamp``.

>>> type(parse_expr("sum by (service) (rate(http_requests_total[5m])) > 3")).__name__
'BinaryExpr'
>>> parse_expr("max_over_time(x[1h:5m])")
Traceback (most recent call last):
...
pipeline.promql.subset.PromQLError: subqueries are not supported, at `x{}[1h:5m]`
>>> parse_expr("rate(x)")
Traceback (most recent call last):
...
pipeline.promql.subset.PromQLError: expected type matrix in call to function 'rate', got vector
"""

from __future__ import annotations

from typing import Any

import promql_parser as pp

__all__ = ["SUPPORTED_AGGREGATIONS", "SUPPORTED_FUNCTIONS", "PromQLError", "metric_names", "parse_expr", "ranges_ms"]

SUPPORTED_FUNCTIONS = frozenset(
    {
        "rate", "irate", "increase", "delta", "idelta",
        "avg_over_time", "min_over_time", "max_over_time", "sum_over_time", "count_over_time",
        "last_over_time", "present_over_time", "stddev_over_time", "stdvar_over_time",
        "quantile_over_time", "changes", "resets", "absent_over_time", "absent",
        "histogram_quantile", "abs", "ceil", "floor", "round", "exp", "sqrt", "ln", "log2", "log10",
        "sgn", "clamp", "clamp_min", "clamp_max", "scalar", "vector", "time", "sort", "sort_desc",
    }
)  # fmt: skip
SUPPORTED_AGGREGATIONS = frozenset(
    {"sum", "avg", "min", "max", "count", "group", "stddev", "stdvar", "quantile", "topk", "bottomk"}
)


class PromQLError(ValueError):
    """An expression that does not parse or leaves the supported subset; says what and where."""


def parse_expr(text: str) -> Any:
    """Parse ``text`` and check it; the tree, or :class:`PromQLError` naming what is wrong."""
    try:
        tree = pp.parse(text)
    except ValueError as exc:
        raise PromQLError(str(exc)) from None
    _check(tree)
    kind = type(tree).__name__
    if kind in ("MatrixSelector", "StringLiteral") or _returns(tree) in ("matrix", "string"):
        raise PromQLError(f"a rule's expression must give an instant vector or a scalar, not a {_returns(tree)}")
    return tree


def _returns(node: Any) -> str:
    kind = type(node).__name__
    if kind == "MatrixSelector" or kind == "SubqueryExpr":
        return "matrix"
    if kind == "StringLiteral":
        return "string"
    if kind == "ParenExpr":
        return _returns(node.expr)
    return "vector or scalar"


def _where(node: Any) -> str:
    return f"at `{node}`"


def _check(node: Any) -> None:
    kind = type(node).__name__
    if kind in ("NumberLiteral", "StringLiteral"):
        return
    if kind in ("ParenExpr", "UnaryExpr"):
        _check(node.expr)
        return
    if kind == "SubqueryExpr":
        raise PromQLError(f"subqueries are not supported, {_where(node)}")
    if kind == "VectorSelector":
        if node.at is not None:
            raise PromQLError(f"the @ modifier is not supported, {_where(node)}")
        if node.matchers.or_matchers:
            raise PromQLError(f"'or' inside a selector's braces is not supported, {_where(node)}")
        return
    if kind == "MatrixSelector":
        _check(node.vector_selector)
        return
    if kind == "Call":
        name = node.func.name
        if name not in SUPPORTED_FUNCTIONS:
            raise PromQLError(f"function {name}() is not supported, {_where(node)}")
        for arg in node.args:
            _check(arg)
        return
    if kind == "AggregateExpr":
        op = str(node.op)
        if op not in SUPPORTED_AGGREGATIONS:
            raise PromQLError(f"aggregation {op} is not supported, {_where(node)}")
        if node.param is not None:
            _check(node.param)
        _check(node.expr)
        return
    if kind == "BinaryExpr":
        modifier = node.modifier
        if modifier is not None and getattr(modifier, "fill_values", None) is not None:
            fill = modifier.fill_values
            if getattr(fill, "lhs", None) is not None or getattr(fill, "rhs", None) is not None:
                raise PromQLError(f"fill modifiers are not supported, {_where(node)}")
        _check(node.lhs)
        _check(node.rhs)
        return
    raise PromQLError(f"{kind} is not supported, {_where(node)}")


def _children(node: Any) -> list[Any]:
    kind = type(node).__name__
    if kind in ("ParenExpr", "UnaryExpr"):
        return [node.expr]
    if kind == "Call":
        return list(node.args)
    if kind == "AggregateExpr":
        return [node.expr] + ([node.param] if node.param is not None else [])
    if kind == "BinaryExpr":
        return [node.lhs, node.rhs]
    if kind == "MatrixSelector":
        return [node.vector_selector]
    return []


def ranges_ms(node: Any) -> int:
    """The longest range plus offset an expression reads, in milliseconds (for retention)."""
    kind = type(node).__name__
    if kind == "MatrixSelector":
        offset = node.vector_selector.offset
        return round(node.range.total_seconds() * 1000) + (round(offset.total_seconds() * 1000) if offset else 0)
    if kind == "VectorSelector":
        return round(node.offset.total_seconds() * 1000) if node.offset else 0
    return max((ranges_ms(c) for c in _children(node)), default=0)


def metric_names(node: Any) -> frozenset[str] | None:
    """The metric names an expression's selectors read; ``None`` when a selector names no one metric
    (``{__name__=~"http_.*"}``, ``{job="api"}``): it may read any.

    >>> sorted(metric_names(parse_expr('sum(rate(a_total[5m])) / on(job) {__name__="c"} > bool 0 or up == 0')))
    ['a_total', 'c', 'up']
    >>> metric_names(parse_expr('{__name__=~"http_.*"} > 1')) is None
    True
    """
    if type(node).__name__ == "VectorSelector":
        named = {m.value for m in node.matchers.matchers if m.name == "__name__" and str(m.op) == "MatchOp.Equal"}
        if node.name:
            named.add(node.name)
        return frozenset(named) if len(named) == 1 else None
    found: set[str] = set()
    for child in _children(node):
        names = metric_names(child)
        if names is None:
            return None
        found |= names
    return frozenset(found)
