"""Evaluate a PromQL expression at one instant over a :class:`SeriesStore`.

The expression is parsed by ``promql_parser`` (the Rust parser GreptimeDB
uses, as Python bindings) and checked against the supported subset by
:func:`pipeline.promql.subset.check`; this module walks the parsed tree.
The semantics follow Prometheus 2.x, the version the suite compares against
(``tests/integration/test_promql_vs_prometheus.py``):

- an instant selector takes each series' newest sample in
  ``[t - lookback, t]`` (lookback 5 minutes by default), none if that sample
  is a staleness marker;
- a range selector ``x[r]`` takes the samples in ``[t - r, t]`` (closed on
  both ends, as in Prometheus 2.x; Prometheus 3 opens the left end);
- ``rate``/``increase``/``delta`` extrapolate to the range's ends as
  Prometheus does (at most half an average sample interval past the first
  and last samples, never below zero for counters), with counter resets
  added back;
- functions and arithmetic drop ``__name__``; comparisons without ``bool``
  filter and keep the left-hand side's labels and value;
- vector matching is one-to-one unless ``group_left``/``group_right`` says
  otherwise, on every label but ``__name__`` unless ``on``/``ignoring``
  says otherwise, and duplicate matches are errors, as in Prometheus.

>>> from pipeline.promql.store import SeriesStore
>>> store = SeriesStore()
>>> for i in range(11):
...     _ = store.append({"__name__": "http_requests_total", "job": "api"}, i * 15_000, 10.0 * i)
>>> evaluate("rate(http_requests_total[1m])", 150_000, store)
[((('job', 'api'),), 0.6666666666666666)]
>>> evaluate("sum(http_requests_total) > bool 50", 150_000, store)
[((), 1.0)]
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise
from typing import Any

import promql_parser as pp

from pipeline.promql.store import Labels, SeriesStore, is_stale

__all__ = [
    "DEFAULT_LOOKBACK_MS",
    "EvalError",
    "InstantVector",
    "RangeVector",
    "evaluate",
    "evaluate_expr",
    "format_value",
]

DEFAULT_LOOKBACK_MS = 300_000
NAME = "__name__"


class EvalError(ValueError):
    """An expression that parsed but cannot be evaluated on this data (e.g. a duplicate match)."""


class InstantVector(list[tuple[Labels, float]]):
    """``[(labels, value), ...]``: one sample per series at the evaluation time."""


class RangeVector(list[tuple[Labels, list[int], list[float]]]):
    """``[(labels, timestamps_ms, values), ...]``: each series' samples in the range."""


Value = float | str | InstantVector | RangeVector


def evaluate(expr: str | Any, t_ms: int, store: SeriesStore, lookback_ms: int = DEFAULT_LOOKBACK_MS) -> Value:
    """Evaluate ``expr`` (text or a parsed tree) at ``t_ms`` over ``store``."""
    tree = _parse(expr) if isinstance(expr, str) else expr
    return _Evaluator(store, t_ms, lookback_ms).eval(tree)


def evaluate_expr(tree: Any, t_ms: int, store: SeriesStore, lookback_ms: int = DEFAULT_LOOKBACK_MS) -> Value:
    """Like :func:`evaluate` for a tree already parsed and checked."""
    return _Evaluator(store, t_ms, lookback_ms).eval(tree)


@lru_cache(maxsize=1024)
def _parse(text: str) -> Any:
    return pp.parse(text)


@lru_cache(maxsize=4096)
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.DOTALL)


def format_value(value: float) -> str:
    """A float as Prometheus's templates print ``{{ $value }}`` (Go's ``%v``: shortest digits,
    exponent form below 1e-4 and from 1e6 on).

    >>> [format_value(v) for v in (0.5, 3.0, 1e6, 123456.0, 1234567.0, 1e-5, -0.25, float("nan"), float("inf"))]
    ['0.5', '3', '1e+06', '123456', '1.234567e+06', '1e-05', '-0.25', 'NaN', '+Inf']
    """
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    if value == 0:
        return "0"
    sign, digit_tuple, exponent = Decimal(repr(float(value))).normalize().as_tuple()
    digits = "".join(map(str, digit_tuple))
    assert isinstance(exponent, int)
    exp10 = len(digits) + exponent - 1
    prefix = "-" if sign else ""
    if exp10 < -4 or exp10 >= 6:
        mantissa = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
        return f"{prefix}{mantissa}e{'-' if exp10 < 0 else '+'}{abs(exp10):02d}"
    if exp10 < 0:
        return f"{prefix}0.{'0' * (-exp10 - 1)}{digits}"
    if len(digits) <= exp10 + 1:
        return prefix + digits + "0" * (exp10 + 1 - len(digits))
    return f"{prefix}{digits[: exp10 + 1]}.{digits[exp10 + 1 :]}"


# -- helpers -------------------------------------------------------------------------------
def _drop_name(labels: Labels) -> Labels:
    return tuple(p for p in labels if p[0] != NAME)


def _ms(delta: Any) -> int:
    """A parser duration (``datetime.timedelta``) in milliseconds."""
    return 0 if delta is None else round(delta.total_seconds() * 1000)


def _matches(labels: Labels, matchers: Sequence[Any]) -> bool:
    values = dict(labels)
    for m in matchers:
        have = values.get(m.name, "")
        op = m.op
        if op == pp.MatchOp.Equal:
            if have != m.value:
                return False
        elif op == pp.MatchOp.NotEqual:
            if have == m.value:
                return False
        elif op == pp.MatchOp.Re:
            if not _regex(m.value).fullmatch(have):
                return False
        elif _regex(m.value).fullmatch(have):
            return False
    return True


def _selector_name(vs: Any) -> str | None:
    if vs.name:
        return str(vs.name)
    for m in vs.matchers.matchers:
        if m.name == NAME and m.op == pp.MatchOp.Equal:
            return str(m.value)
    return None


def _div(a: float, b: float) -> float:
    if b == 0:
        if a == 0 or a != a:
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b


def _mod(a: float, b: float) -> float:
    if b == 0 or math.isinf(a) or a != a or b != b:
        return math.nan
    return math.fmod(a, b)


def _pow(a: float, b: float) -> float:
    try:
        return math.pow(a, b)
    except OverflowError:
        return math.inf if a > 0 or (float(b).is_integer() and int(b) % 2 == 0) else -math.inf
    except ValueError:
        return math.nan


_ARITH: dict[str, Callable[[float, float], float]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": _div,
    "%": _mod,
    "^": _pow,
    "atan2": math.atan2,
}
# Operators whose result loses the metric name (atan2 keeps it in Prometheus 2.x).
_DROPS_NAME = frozenset({"+", "-", "*", "/", "%", "^"})
_COMPARE: dict[str, Callable[[float, float], bool]] = {
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    ">": lambda a, b: a > b,
    "<": lambda a, b: a < b,
    ">=": lambda a, b: a >= b,
    "<=": lambda a, b: a <= b,
}


def _quantile(q: float, values: list[float]) -> float:
    """Prometheus's quantile: linear interpolation between closest ranks."""
    if not values:
        return math.nan
    if q < 0:
        return -math.inf
    if q > 1:
        return math.inf
    ordered = sorted(values)
    rank = q * (len(ordered) - 1)
    lower = max(0, math.floor(rank))
    upper = min(len(ordered) - 1, lower + 1)
    weight = rank - math.floor(rank)
    return ordered[lower] * (1 - weight) + ordered[upper] * weight


def _bucket_quantile(q: float, buckets: list[tuple[float, float]]) -> float:
    """``histogram_quantile`` over one group's ``(upper bound, cumulative count)`` pairs."""
    if q != q:
        return math.nan
    if q < 0:
        return -math.inf
    if q > 1:
        return math.inf
    buckets.sort(key=lambda b: b[0])
    if not buckets or not math.isinf(buckets[-1][0]) or buckets[-1][0] < 0:
        return math.nan
    merged: list[list[float]] = []
    for bound, count in buckets:  # the same bound twice (e.g. 1 and 1.0) adds up
        if merged and merged[-1][0] == bound:
            merged[-1][1] += count
        else:
            merged.append([bound, count])
    for i in range(1, len(merged)):  # counts must not fall with the bound
        if merged[i][1] < merged[i - 1][1]:
            merged[i][1] = merged[i - 1][1]
    if len(merged) < 2:
        return math.nan
    observations = merged[-1][1]
    if observations == 0 or observations != observations:
        return math.nan
    rank = q * observations
    b = next((i for i in range(len(merged) - 1) if merged[i][1] >= rank), len(merged) - 1)
    if b == len(merged) - 1:
        return merged[-2][0]
    if b == 0 and merged[0][0] <= 0:
        return merged[0][0]
    start, end, count = 0.0, merged[b][0], merged[b][1]
    if b > 0:
        start = merged[b - 1][0]
        count -= merged[b - 1][1]
        rank -= merged[b - 1][1]
    return start + (end - start) * (rank / count) if count else start


def _extrapolated(ts: list[int], vs: list[float], lo_ms: int, hi_ms: int, counter: bool, per_second: bool) -> float | None:
    """``rate``/``increase``/``delta`` of one series' range, as Prometheus extrapolates them."""
    if len(vs) < 2:
        return None
    result = vs[-1] - vs[0]
    if counter:
        last = 0.0
        for v in vs:
            if v < last:
                result += last
            last = v
    to_start = (ts[0] - lo_ms) / 1000
    to_end = (hi_ms - ts[-1]) / 1000
    sampled = (ts[-1] - ts[0]) / 1000
    average = sampled / (len(vs) - 1)
    if counter and result > 0 and vs[0] >= 0:
        to_zero = sampled * (vs[0] / result)
        to_start = min(to_start, to_zero)
    threshold = average * 1.1
    interval = sampled
    interval += to_start if to_start < threshold else average / 2
    interval += to_end if to_end < threshold else average / 2
    result *= interval / sampled
    if per_second:
        result /= (hi_ms - lo_ms) / 1000
    return result


def _instant_rate(ts: list[int], vs: list[float], counter: bool) -> float | None:
    if len(vs) < 2:
        return None
    last, previous = vs[-1], vs[-2]
    change = last if counter and last < previous else last - previous
    elapsed = (ts[-1] - ts[-2]) / 1000
    return change / elapsed if elapsed else None


def _stdvar(values: list[float]) -> float:
    mean = sum(values) / len(values)
    return sum((v - mean) ** 2 for v in values) / len(values)


_OVER_TIME: dict[str, Callable[[list[float]], float]] = {
    "avg_over_time": lambda vs: sum(vs) / len(vs),
    "min_over_time": lambda vs: min(vs, key=lambda v: (v == v, v)) if any(v == v for v in vs) else math.nan,
    "max_over_time": lambda vs: max(vs, key=lambda v: (v == v, v)) if any(v == v for v in vs) else math.nan,
    "sum_over_time": math.fsum,
    "count_over_time": lambda vs: float(len(vs)),
    "last_over_time": lambda vs: vs[-1],
    "present_over_time": lambda vs: 1.0,
    "stddev_over_time": lambda vs: math.sqrt(_stdvar(vs)),
    "stdvar_over_time": _stdvar,
    "changes": lambda vs: float(sum(1 for a, b in pairwise(vs) if a != b and not (a != a and b != b))),
    "resets": lambda vs: float(sum(1 for a, b in pairwise(vs) if b < a)),
}

_MATH: dict[str, Callable[[float], float]] = {
    "abs": abs,
    "ceil": lambda v: float(math.ceil(v)) if math.isfinite(v) else v,
    "floor": lambda v: float(math.floor(v)) if math.isfinite(v) else v,
    "exp": lambda v: math.exp(v) if v < 709.8 else math.inf,
    "sqrt": lambda v: math.sqrt(v) if v >= 0 else math.nan,
    "ln": lambda v: math.log(v) if v > 0 else (-math.inf if v == 0 else math.nan),
    "log2": lambda v: math.log2(v) if v > 0 else (-math.inf if v == 0 else math.nan),
    "log10": lambda v: math.log10(v) if v > 0 else (-math.inf if v == 0 else math.nan),
    "sgn": lambda v: math.copysign(1.0, v) if v != 0 and v == v else v,
}

_AGGREGATES = {"sum", "avg", "min", "max", "count", "group", "stddev", "stdvar", "quantile", "topk", "bottomk"}


class _Evaluator:
    def __init__(self, store: SeriesStore, t_ms: int, lookback_ms: int) -> None:
        self.store = store
        self.t = t_ms
        self.lookback = lookback_ms

    def eval(self, node: Any) -> Value:
        kind = type(node).__name__
        method = getattr(self, "_" + kind, None)
        if method is None:
            raise EvalError(f"{kind} is not supported")
        result: Value = method(node)
        return result

    # -- leaves ----------------------------------------------------------------------------
    def _NumberLiteral(self, node: Any) -> float:
        return float(node.val)

    def _StringLiteral(self, node: Any) -> str:
        return str(node.val)

    def _ParenExpr(self, node: Any) -> Value:
        return self.eval(node.expr)

    def _UnaryExpr(self, node: Any) -> Value:
        value = self.eval(node.expr)
        if isinstance(value, float):
            return -value
        if isinstance(value, InstantVector):
            return InstantVector((_drop_name(labels), -v) for labels, v in value)
        raise EvalError("unary minus needs a scalar or an instant vector")

    def _select(self, vs: Any) -> list[tuple[Labels, Any]]:
        matchers = [m for m in vs.matchers.matchers if not (m.name == NAME and vs.name)]
        name = _selector_name(vs)
        return [(labels, series) for labels, series in self.store.series_named(name) if _matches(labels, matchers)]

    def _VectorSelector(self, node: Any) -> InstantVector:
        ref = self.t - _ms(node.offset)
        out = InstantVector()
        for labels, series in self._select(node):
            i = series.last_at_or_before(ref)
            if i < 0 or series.ts[i] < ref - self.lookback:
                continue
            value = series.vs[i]
            if not is_stale(value):
                out.append((labels, value))
        return out

    def _MatrixSelector(self, node: Any) -> RangeVector:
        vs = node.vector_selector
        hi = self.t - _ms(vs.offset)
        lo = hi - _ms(node.range)
        out = RangeVector()
        for labels, series in self._select(vs):
            ts, values = series.window(lo, hi)
            if ts:
                out.append((labels, ts, values))
        return out

    # -- functions ---------------------------------------------------------------------------
    def _Call(self, node: Any) -> Value:
        name = node.func.name
        args = list(node.args)
        if name in ("rate", "increase", "delta", "irate", "idelta") or name in _OVER_TIME or name == "quantile_over_time":
            matrix_node = args[-1]
            matrix = self.eval(matrix_node)
            if not isinstance(matrix, RangeVector):
                raise EvalError(f"{name} needs a range vector")
            return self._range_function(name, args, matrix_node, matrix)
        if name == "absent_over_time":
            matrix = self.eval(args[0])
            if matrix:
                return InstantVector()
            return InstantVector([(self._absent_labels(args[0].vector_selector), 1.0)])
        if name == "absent":
            vector = self.eval(args[0])
            if vector:
                return InstantVector()
            inner = args[0]
            while type(inner).__name__ == "ParenExpr":
                inner = inner.expr
            labels: Labels = self._absent_labels(inner) if type(inner).__name__ == "VectorSelector" else ()
            return InstantVector([(labels, 1.0)])
        if name == "histogram_quantile":
            return self._histogram_quantile(self._scalar(args[0]), self._vector(args[1]))
        if name in _MATH:
            fn = _MATH[name]
            return InstantVector((_drop_name(labels), fn(v)) for labels, v in self._vector(args[0]))
        if name == "round":
            to = self._scalar(args[1]) if len(args) > 1 else 1.0
            return InstantVector(
                (_drop_name(labels), math.floor(v / to + 0.5) * to if math.isfinite(v) else v)
                for labels, v in self._vector(args[0])
            )
        if name in ("clamp", "clamp_min", "clamp_max"):
            vector = self._vector(args[0])
            lo = self._scalar(args[1]) if name != "clamp_max" else -math.inf
            hi = self._scalar(args[-1]) if name != "clamp_min" else math.inf
            if lo > hi:
                return InstantVector()
            return InstantVector((_drop_name(labels), v if v != v else max(lo, min(hi, v))) for labels, v in vector)
        if name == "scalar":
            vector = self._vector(args[0])
            return vector[0][1] if len(vector) == 1 else math.nan
        if name == "vector":
            return InstantVector([((), self._scalar(args[0]))])
        if name == "time":
            return self.t / 1000
        if name in ("sort", "sort_desc"):
            vector = self._vector(args[0])
            return InstantVector(sorted(vector, key=lambda s: (s[1] != s[1], s[1]), reverse=name == "sort_desc"))
        raise EvalError(f"function {name} is not supported")

    def _range_function(self, name: str, args: list[Any], node: Any, matrix: RangeVector) -> InstantVector:
        out = InstantVector()
        if name in ("rate", "increase", "delta"):
            vs = node.vector_selector
            hi = self.t - _ms(vs.offset)
            lo = hi - _ms(node.range)
            for labels, ts, values in matrix:
                value = _extrapolated(ts, values, lo, hi, counter=name != "delta", per_second=name == "rate")
                if value is not None:
                    out.append((_drop_name(labels), value))
            return out
        if name in ("irate", "idelta"):
            for labels, ts, values in matrix:
                value = _instant_rate(ts, values, counter=name == "irate")
                if value is not None:
                    out.append((_drop_name(labels), value if name == "irate" else values[-1] - values[-2]))
            return out
        if name == "quantile_over_time":
            q = self._scalar(args[0])
            return InstantVector((_drop_name(labels), _quantile(q, values)) for labels, _, values in matrix)
        fn = _OVER_TIME[name]
        keep_name = name == "last_over_time"  # Prometheus 2.x keeps the name here
        return InstantVector((labels if keep_name else _drop_name(labels), fn(values)) for labels, _, values in matrix)

    def _absent_labels(self, vs: Any) -> Labels:
        equal: dict[str, str] = {}
        seen: set[str] = set()
        for m in vs.matchers.matchers:
            if m.name == NAME:
                continue
            if m.op == pp.MatchOp.Equal and m.name not in seen:
                equal[m.name] = m.value
            elif m.name in equal:
                del equal[m.name]
            seen.add(m.name)
        return tuple(sorted(equal.items()))

    def _histogram_quantile(self, q: float, vector: InstantVector) -> InstantVector:
        groups: dict[Labels, list[tuple[float, float]]] = {}
        for labels, value in vector:
            le = dict(labels).get("le")
            if le is None:
                continue
            try:
                bound = float(le)
            except ValueError:
                continue
            key = tuple(p for p in labels if p[0] not in ("le", NAME))
            groups.setdefault(key, []).append((bound, value))
        return InstantVector((key, _bucket_quantile(q, buckets)) for key, buckets in groups.items())

    # -- aggregation -------------------------------------------------------------------------
    def _AggregateExpr(self, node: Any) -> InstantVector:
        op = str(node.op)
        vector = self._vector(node.expr)
        modifier = node.modifier
        names = set(modifier.labels) if modifier is not None else set()
        without = modifier is not None and modifier.type == pp.AggModifierType.Without
        param = self._scalar(node.param) if op in ("quantile", "topk", "bottomk") else 0.0

        def group_key(labels: Labels) -> Labels:
            if without:
                return tuple(p for p in labels if p[0] not in names and p[0] != NAME)
            return tuple(p for p in labels if p[0] in names)

        groups: dict[Labels, list[tuple[Labels, float]]] = {}
        for labels, value in vector:
            groups.setdefault(group_key(labels), []).append((labels, value))
        out = InstantVector()
        for key, members in groups.items():
            values = [v for _, v in members]
            if op in ("topk", "bottomk"):
                k = int(param)
                if k < 1:
                    continue
                ordered = sorted(members, key=lambda m: (m[1] != m[1], -m[1] if op == "topk" else m[1]))
                out.extend(ordered[:k])
                continue
            out.append((key, self._aggregate(op, values, param)))
        return out

    @staticmethod
    def _aggregate(op: str, values: list[float], param: float) -> float:
        if op == "sum":
            return math.fsum(values) if all(math.isfinite(v) for v in values) else sum(values)
        if op == "avg":
            return sum(values) / len(values)
        if op == "count":
            return float(len(values))
        if op == "group":
            return 1.0
        if op == "min":
            finite = [v for v in values if v == v]
            return min(finite) if finite else math.nan
        if op == "max":
            finite = [v for v in values if v == v]
            return max(finite) if finite else math.nan
        if op == "stdvar":
            return _stdvar(values)
        if op == "stddev":
            return math.sqrt(_stdvar(values))
        if op == "quantile":
            return _quantile(param, values)
        raise EvalError(f"aggregation {op} is not supported")

    # -- binary operators ----------------------------------------------------------------------
    def _BinaryExpr(self, node: Any) -> Value:
        op = str(node.op)
        lhs = self.eval(node.lhs)
        rhs = self.eval(node.rhs)
        modifier = node.modifier
        return_bool = bool(modifier is not None and modifier.return_bool)
        if isinstance(lhs, float) and isinstance(rhs, float):
            if op in _ARITH:
                return _ARITH[op](lhs, rhs)
            return 1.0 if _COMPARE[op](lhs, rhs) else 0.0
        if isinstance(lhs, InstantVector) and isinstance(rhs, float):
            return self._vector_scalar(op, lhs, rhs, swapped=False, return_bool=return_bool)
        if isinstance(lhs, float) and isinstance(rhs, InstantVector):
            return self._vector_scalar(op, rhs, lhs, swapped=True, return_bool=return_bool)
        if isinstance(lhs, InstantVector) and isinstance(rhs, InstantVector):
            if op in ("and", "or", "unless"):
                return self._set_op(op, lhs, rhs, modifier)
            return self._vector_vector(op, lhs, rhs, modifier, return_bool)
        raise EvalError(f"operator {op} cannot combine these operands")

    @staticmethod
    def _vector_scalar(op: str, vector: InstantVector, scalar: float, swapped: bool, return_bool: bool) -> InstantVector:
        out = InstantVector()
        if op in _ARITH:
            fn = _ARITH[op]
            for labels, v in vector:
                kept = _drop_name(labels) if op in _DROPS_NAME else labels
                out.append((kept, fn(scalar, v) if swapped else fn(v, scalar)))
            return out
        cmp = _COMPARE[op]
        for labels, v in vector:
            keep = cmp(scalar, v) if swapped else cmp(v, scalar)
            if return_bool:
                out.append((_drop_name(labels), 1.0 if keep else 0.0))
            elif keep:
                out.append((labels, v))
        return out

    @staticmethod
    def _signature_fn(modifier: Any) -> Callable[[Labels], Labels]:
        matching = modifier.matching if modifier is not None else None
        if matching is None:
            return _drop_name
        names = set(matching.labels)
        if matching.type == pp.LabelModifierType.Include:  # on(...)
            return lambda labels: tuple(p for p in labels if p[0] in names)
        return lambda labels: tuple(p for p in labels if p[0] not in names and p[0] != NAME)

    def _set_op(self, op: str, lhs: InstantVector, rhs: InstantVector, modifier: Any) -> InstantVector:
        signature = self._signature_fn(modifier)
        right = {signature(labels) for labels, _ in rhs}
        if op == "and":
            return InstantVector(s for s in lhs if signature(s[0]) in right)
        if op == "unless":
            return InstantVector(s for s in lhs if signature(s[0]) not in right)
        left = {signature(labels) for labels, _ in lhs}
        return InstantVector([*lhs, *(s for s in rhs if signature(s[0]) not in left)])

    def _vector_vector(
        self, op: str, lhs: InstantVector, rhs: InstantVector, modifier: Any, return_bool: bool
    ) -> InstantVector:
        card = modifier.card if modifier is not None else pp.VectorMatchCardinality.OneToOne
        if card == pp.VectorMatchCardinality.ManyToMany:
            raise EvalError(f"many-to-many matching is only allowed for and/or/unless, not {op}")
        signature = self._signature_fn(modifier)
        one_to_many = card == pp.VectorMatchCardinality.OneToMany
        many, one = (rhs, lhs) if one_to_many else (lhs, rhs)
        one_side: dict[Labels, tuple[Labels, float]] = {}
        for labels, value in one:
            sig = signature(labels)
            if sig in one_side:
                side = "left" if one_to_many else "right"
                raise EvalError(
                    f"found duplicate series for the match group {dict(sig)} on the {side} hand-side of "
                    "the operation: many-to-many matching not allowed: matching labels must be unique on one side"
                )
            one_side[sig] = (labels, value)
        matching = modifier.matching if modifier is not None else None
        on = matching is not None and matching.type == pp.LabelModifierType.Include
        match_names = set(matching.labels) if matching is not None else set()
        include = list(modifier.group_labels or []) if modifier is not None and card != pp.VectorMatchCardinality.OneToOne else []
        arith = op in _ARITH
        drop = op in _DROPS_NAME or return_bool
        seen_one_to_one: set[Labels] = set()
        seen_results: set[Labels] = set()
        out = InstantVector()
        for labels, value in many:
            sig = signature(labels)
            match = one_side.get(sig)
            if match is None:
                continue
            if card == pp.VectorMatchCardinality.OneToOne:
                if sig in seen_one_to_one:
                    raise EvalError(
                        f"multiple matches for labels {dict(sig)}: many-to-one matching must be explicit "
                        "(group_left/group_right)"
                    )
                seen_one_to_one.add(sig)
            other_labels, other_value = match
            left, right = (other_value, value) if one_to_many else (value, other_value)
            if arith:
                result = _ARITH[op](left, right)
            else:
                keep = _COMPARE[op](left, right)
                if return_bool:
                    result = 1.0 if keep else 0.0
                elif not keep:
                    continue
                else:
                    result = left
            built = dict(labels)
            if drop:
                built.pop(NAME, None)
            if card == pp.VectorMatchCardinality.OneToOne:
                if on:
                    built = {k: v for k, v in built.items() if k in match_names}
                else:
                    for name in match_names:
                        built.pop(name, None)
            other = dict(other_labels)
            for name in include:
                if other.get(name):
                    built[name] = other[name]
                else:
                    built.pop(name, None)
            result_labels = tuple(sorted(built.items()))
            if card != pp.VectorMatchCardinality.OneToOne:
                if result_labels in seen_results:
                    raise EvalError(
                        f"multiple matches for labels {dict(result_labels)}: grouping labels must ensure unique matches"
                    )
                seen_results.add(result_labels)
            out.append((result_labels, result))
        return out

    # -- typed evaluation ------------------------------------------------------------------------
    def _vector(self, node: Any) -> InstantVector:
        value = self.eval(node)
        if not isinstance(value, InstantVector):
            raise EvalError(f"expected an instant vector, got {type(value).__name__}")
        return value

    def _scalar(self, node: Any) -> float:
        value = self.eval(node)
        if isinstance(value, float):
            return value
        raise EvalError(f"expected a scalar, got {type(value).__name__}")
