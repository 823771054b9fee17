"""Per-record checks of OTLP records (parsed protobuf messages), shared by the protobuf and JSON halves.  Pure.

Each function returns ``None`` for a record the processor can read, else
``(reason, why)``: the ``reason`` label of ``sightline_ingest_rejected_total``
and the words quoted in ``partial_success.error_message``.  What is checked
(see :mod:`pipeline.ingest.validate`): times below 2^63 ns, nesting within
``max_depth``, size within ``max_record_bytes``; for histograms, finite
``sum``/``min``/``max``, finite and strictly increasing ``explicit_bounds``
and ``bucket_counts`` empty or one longer than the bounds.
"""

from __future__ import annotations

import itertools
from typing import Any

from pipeline.ingest.limits import Limits
from pipeline.ingest.validate import MAX_UNIX_NANO, anyvalue_depth_over, finite

__all__ = ["Problem", "log_problem", "point_problem", "span_problem"]

Problem = tuple[str, str] | None

_TIME = ("invalid_time", "records with a time outside 0 to 2^63-1 ns")
_NONFINITE = ("invalid_value", "histogram points with a NaN or infinite sum, min, max or bound")
_BOUNDS = ("invalid_value", "histogram points whose bounds do not increase or whose bucket counts do not match them")


# Protobuf parsing (upb for the binary form, json_format for JSON) refuses messages nested more
# than 100 levels; each AnyValue level is at least 2 message levels (AnyValue → ArrayValue or
# KeyValueList → KeyValue) under the 4 above a record's attributes, so a parsed record nests at
# most 48 AnyValue levels.  With ingest.max_depth at or above that the walk cannot find anything
# (and it cost about 10 µs a log record, most of the ingestor's time per record).
_PARSER_DEPTH_BOUND = 48


def _deep(limits: Limits, *groups: Any) -> Problem:
    # A value nested d levels deep takes at least 2 bytes a level: small records cannot be too deep.
    depth = limits.max_depth
    if depth >= _PARSER_DEPTH_BOUND:
        return None
    if any(anyvalue_depth_over(group, depth) for group in groups):
        return "too_deep", f"records nested more than {depth} levels deep (ingest.max_depth)"
    return None


def _big(size: int, limits: Limits) -> Problem:
    if size > limits.max_record_bytes:
        return "too_large", f"records over {limits.max_record_bytes} bytes (ingest.max_record_bytes)"
    return None


def log_problem(record: Any, limits: Limits) -> Problem:
    """Why an OTLP ``LogRecord`` cannot be accepted, or ``None``."""
    if record.time_unix_nano > MAX_UNIX_NANO or record.observed_time_unix_nano > MAX_UNIX_NANO:
        return _TIME
    size = record.ByteSize()
    if size > 2 * limits.max_depth:
        return _big(size, limits) or _deep(limits, (record.body,), record.attributes)
    return None


def span_problem(span: Any, limits: Limits) -> Problem:
    """Why an OTLP ``Span`` cannot be accepted, or ``None``."""
    if span.start_time_unix_nano > MAX_UNIX_NANO or span.end_time_unix_nano > MAX_UNIX_NANO:
        return _TIME
    if any(event.time_unix_nano > MAX_UNIX_NANO for event in span.events):
        return _TIME
    size = span.ByteSize()
    if size > 2 * limits.max_depth:
        return _big(size, limits) or _deep(
            limits, span.attributes, *(e.attributes for e in span.events), *(lk.attributes for lk in span.links)
        )
    return None


def point_problem(kind: str, point: Any, limits: Limits) -> Problem:
    """Why a data point of a metric of ``kind`` (``gauge``, ``sum``, ``histogram``, ...) cannot be accepted."""
    if point.time_unix_nano > MAX_UNIX_NANO or point.start_time_unix_nano > MAX_UNIX_NANO:
        return _TIME
    if kind == "histogram" or kind == "exponential_histogram":
        for name in ("sum", "min", "max"):
            if point.HasField(name) and not finite(getattr(point, name)):
                return _NONFINITE
        if kind == "histogram":
            bounds = point.explicit_bounds
            if not all(finite(b) for b in bounds):
                return _NONFINITE
            if any(b >= a for b, a in itertools.pairwise(bounds)) or len(point.bucket_counts) not in (
                0,
                len(bounds) + 1,
            ):
                return _BOUNDS
    size = point.ByteSize()
    if size > 2 * limits.max_depth:
        return _big(size, limits) or _deep(limits, point.attributes)
    return None
