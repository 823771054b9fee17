"""Per-record checks every receiver shares: what the processor and the store rely on.  Pure.

A record that passes reaches the processor as something its decoder reads
(:mod:`pipeline.process.decode`); a record that fails is refused in the
answer, alone, with a reason, and its siblings are kept.  The limits:

- times are Unix nanoseconds from 0 to 2^63 - 1 (the processor's and the
  store's integer range; 2262-04-11);
- nesting (objects and arrays inside a record, OTLP ``kvlistValue`` and
  ``arrayValue``) at most ``ingest.max_depth`` levels;
- a record serialises to at most ``ingest.max_record_bytes`` (and always
  fits in one Kafka message).
"""

from __future__ import annotations

import math
from typing import Any

import orjson

__all__ = [
    "MAX_UNIX_NANO",
    "anyvalue_depth_over",
    "finite",
    "json_depth_over",
    "record_problem",
    "time_ok",
]

MAX_UNIX_NANO = 2**63 - 1  # the store's and the processor's integer limit


def time_ok(value: int) -> bool:
    """Whether ``value`` is a Unix-nanosecond time the processor and the store can hold.

    >>> time_ok(1_700_000_000_000_000_000), time_ok(2**63), time_ok(-1)
    (True, False, False)
    """
    return 0 <= value <= MAX_UNIX_NANO


def finite(value: float) -> bool:
    """``False`` for NaN and the infinities.

    >>> finite(1.5), finite(float("nan")), finite(float("-inf"))
    (True, False, False)
    """
    return math.isfinite(value)


def json_depth_over(value: Any, limit: int) -> bool:
    """Whether a JSON value nests objects/arrays more than ``limit`` levels deep (iterative: any depth is safe).

    >>> json_depth_over({"a": [1, {"b": 2}]}, 3), json_depth_over({"a": [1, {"b": 2}]}, 2)
    (False, True)
    >>> deep: list = []
    >>> for _ in range(100_000):
    ...     deep = [deep]
    >>> json_depth_over(deep, 64)
    True
    """
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def anyvalue_depth_over(values: Any, limit: int) -> bool:
    """Whether OTLP ``AnyValue`` s (or ``KeyValue`` s) nest ``kvlist``/``array`` values more than ``limit`` levels.

    ``values`` is an iterable of ``AnyValue`` or ``KeyValue`` messages; the
    level of a plain value is 1.
    """
    stack: list[tuple[Any, int]] = [(v, 1) for v in values]
    while stack:
        item, depth = stack.pop()
        value = item.value if hasattr(item, "key") else item
        kind = value.WhichOneof("value")
        if kind == "kvlist_value":
            children: Any = value.kvlist_value.values
        elif kind == "array_value":
            children = value.array_value.values
        else:
            continue
        if depth + 1 > limit and len(children):
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def record_problem(record: dict[str, Any], max_depth: int, max_record_bytes: int) -> str | None:
    """Why a canonical record built at the ingestor cannot be produced (too deep, too large), or ``None``.

    The receivers that build canonical records (JSON logs, bulk, Sentry,
    Zipkin) check each one with this before producing it.

    >>> record_problem({"attributes": {"a": {"b": {"c": 1}}}}, 3, 1000)
    'nested more than 3 levels deep (ingest.max_depth)'
    >>> record_problem({"message": "x" * 100}, 64, 50)
    'record of 114 bytes is over the 50-byte limit (ingest.max_record_bytes); not retryable'
    """
    if json_depth_over(record, max_depth):
        return f"nested more than {max_depth} levels deep (ingest.max_depth)"
    size = len(orjson.dumps(record))
    if size > max_record_bytes:
        return f"record of {size} bytes is over the {max_record_bytes}-byte limit (ingest.max_record_bytes); not retryable"
    return None
