"""PromQL in the stream: alert-rule expressions evaluated over the series a processor keeps.

- :mod:`pipeline.promql.store`: the samples, one bounded buffer per series;
- :mod:`pipeline.promql.subset`: parsing with ``promql_parser`` and the check
  that an expression stays inside the supported subset (refused at config
  check with the rule's name and what is not supported);
- :mod:`pipeline.promql.engine`: evaluation at one instant, with Prometheus
  2.x semantics, compared against a real Prometheus by the test suite.
"""

from __future__ import annotations

from pipeline.promql.engine import (
    EvalError,
    InstantVector,
    RangeVector,
    evaluate,
    evaluate_expr,
    format_value,
)
from pipeline.promql.store import STALE_NAN, Labels, SeriesStore, is_stale, labels_of
from pipeline.promql.subset import SUPPORTED_FUNCTIONS, PromQLError, parse_expr

__all__ = [
    "STALE_NAN",
    "SUPPORTED_FUNCTIONS",
    "EvalError",
    "InstantVector",
    "Labels",
    "PromQLError",
    "RangeVector",
    "SeriesStore",
    "evaluate",
    "evaluate_expr",
    "format_value",
    "is_stale",
    "labels_of",
    "parse_expr",
]
