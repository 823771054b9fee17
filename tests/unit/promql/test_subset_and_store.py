"""The PromQL subset check and the series store, without a Prometheus."""

from __future__ import annotations

import math

import pytest

from pipeline.promql import STALE_NAN, EvalError, SeriesStore, evaluate, parse_expr
from pipeline.promql.subset import ranges_ms


@pytest.mark.parametrize(
    ("expr", "message"),
    [
        ("nosuch_function(x)", "unknown function with name 'nosuch_function'"),
        ("rate(x[5m], 2)", "expected 1 argument(s) in call to 'rate', got 2"),
        ("rate(x)", "expected type matrix in call to function 'rate', got vector"),
        ("sum(x[5m])", "expected type vector in aggregation expression, got matrix"),
        ('x{job="a"', "unexpected end of input inside braces"),
        ('x{job=="a"}', "unexpected"),
        ("label_replace(x, 'a', '$1', 'b', '(.*)')", "function label_replace() is not supported"),
        ("count_values('v', x)", "aggregation count_values is not supported"),
        ("x @ 1700000000", "the @ modifier is not supported"),
        ("max_over_time(rate(x[5m])[1h:1m])", "subqueries are not supported"),
        ("x[5m]", "must give an instant vector or a scalar, not a matrix"),
        ('"text"', "not a string"),
    ],
)
def test_refused_with_what_is_wrong(expr: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_expr(expr)
    assert message in str(caught.value)


def test_ranges_cover_offsets() -> None:
    assert ranges_ms(parse_expr("rate(x[5m] offset 10m) / rate(y[1h])")) == 3_600_000
    assert ranges_ms(parse_expr("rate(x[5m] offset 10m)")) == 900_000
    assert ranges_ms(parse_expr("up")) == 0


def test_staleness_marker_ends_a_series_at_once() -> None:
    store = SeriesStore()
    store.append({"__name__": "up", "job": "a"}, 0, 1.0)
    store.append({"__name__": "up", "job": "a"}, 15_000, STALE_NAN)
    assert evaluate("up", 10_000, store) == [((("__name__", "up"), ("job", "a")), 1.0)]
    assert evaluate("up", 20_000, store) == []
    # a plain NaN is a value, not a marker
    store.append({"__name__": "up", "job": "a"}, 30_000, math.nan)
    [(_, value)] = evaluate("up", 31_000, store)
    assert math.isnan(value)


def test_expiry_keeps_the_retention_and_bounds_memory() -> None:
    store = SeriesStore(retention_ms=60_000)
    for i in range(2_000):
        store.append({"__name__": "g"}, i * 1_000, float(i))
    [(_, series)] = list(store.series_named("g"))
    assert len(series) <= 61 + 32
    assert len(series.ts) < 200  # expired samples are released, not only skipped
    assert evaluate("min_over_time(g[1m])", 1_999_000, store) == [((), 1939.0)]


def test_series_cap_refuses_new_series_only() -> None:
    store = SeriesStore(max_series=2)
    assert store.append({"__name__": "a"}, 0, 1.0)
    assert store.append({"__name__": "b"}, 0, 1.0)
    assert not store.append({"__name__": "c"}, 0, 1.0)
    assert store.append({"__name__": "a"}, 1, 2.0)
    assert store.refused_series == 1


def test_duplicate_match_is_an_error_not_a_guess() -> None:
    store = SeriesStore()
    for code in ("200", "500"):
        store.append({"__name__": "req", "service": "a", "code": code}, 0, 1.0)
    store.append({"__name__": "limit", "service": "a"}, 0, 10.0)
    with pytest.raises(EvalError, match="many-to-many matching not allowed"):
        evaluate("limit / on(service) req", 1_000, store)
    with pytest.raises(EvalError, match="many-to-one matching must be explicit"):
        evaluate("req / on(service) limit", 1_000, store)
    assert len(evaluate("req / on(service) group_left limit", 1_000, store)) == 2


def test_forget_before_drops_gone_series() -> None:
    store = SeriesStore()
    store.append({"__name__": "a"}, 0, 1.0)
    store.append({"__name__": "b"}, 100_000, 1.0)
    assert store.forget_before(50_000) == 1
    assert len(store) == 1
