"""Canonical records built at the ingestor, for receivers whose protocol is not OTLP.

Receivers that decode foreign formats (Sentry, Zipkin) produce
``records-json`` batches: canonical records as :mod:`schemas.records`
describes them.  These builders fill every field the processor and the
store expect, the same way the OTLP decoder does, so a span from Zipkin and
one from OTLP look alike downstream.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from typing import Any

from pipeline.ingest.quote import shown
from schemas.records import STATUS_CODES, format_timestamp

__all__ = ["HEX16", "HEX32", "MAX_UNIX_NANO", "span_record", "unix_nano"]

MAX_UNIX_NANO = 2**63 - 1  # the store's and the processor's integer limit
HEX32 = re.compile(r"^[0-9a-fA-F]{32}$")  # a trace id as text
HEX16 = re.compile(r"^[0-9a-fA-F]{16}$")  # a span id as text


def unix_nano(seconds: Any, name: str) -> int:
    """Epoch seconds (a number, or numeric text) → Unix ns; ValueError says which field is wrong.

    >>> unix_nano(1795428000.25, "timestamp")
    1795428000250000000
    >>> unix_nano(float("inf"), "timestamp")
    Traceback (most recent call last):
    ...
    ValueError: timestamp inf is not a finite time in range
    """
    if isinstance(seconds, bool) or not isinstance(seconds, int | float | str):
        raise ValueError(f"{name} must be a number of seconds, not {type(seconds).__name__}")
    try:  # decimal, from the shortest text of the number: 1795428000.25 stays .250000000, not .249999872
        value = Decimal(repr(seconds) if isinstance(seconds, float) else str(seconds).strip())
    except InvalidOperation:
        raise ValueError(f"{name} {shown(seconds)} is not a number") from None
    if not value.is_finite() or value < 0 or value * 1_000_000_000 > MAX_UNIX_NANO:
        raise ValueError(f"{name} {shown(seconds)} is not a finite time in range")
    return int((value * 1_000_000_000).to_integral_value(rounding=ROUND_HALF_EVEN))


def span_record(
    *,
    service: str,
    trace_id: str,
    span_id: str,
    name: str,
    kind: str,
    start_ns: int,
    end_ns: int,
    status: str,
    attributes: dict[str, Any],
    resource: dict[str, Any],
    parent_span_id: str | None = None,
    status_message: str | None = None,
    events: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """One canonical span (the processor adds ``operation`` and the ``id``)."""
    end_ns = max(end_ns, start_ns)
    rec: dict[str, Any] = {
        "@timestamp": format_timestamp(start_ns),
        "service.name": service,
        "trace_id": trace_id,
        "span_id": span_id,
        "name": name,
        "kind": kind,
        "start_time_unix_nano": start_ns,
        "end_time_unix_nano": end_ns,
        "duration_ns": end_ns - start_ns,
        "duration_ms": (end_ns - start_ns) / 1e6,
        "status.code": status if status in STATUS_CODES else "unset",
        "attributes": attributes,
        "resource": resource,
    }
    if parent_span_id:
        rec["parent_span_id"] = parent_span_id
    if status_message:
        rec["status.message"] = status_message
    if events:
        rec["events"] = events
    return rec
