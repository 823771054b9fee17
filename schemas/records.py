"""Canonical record types: what the processors publish and the store keeps.

Records are plain dicts (cheap to build, to redact and to serialise with
orjson); these TypedDicts document their fields, and ``schemas/jsonschema/``
holds the JSON Schema of each.  Field names follow OpenTelemetry semantic
conventions; ``@timestamp`` is in every stored document.
"""

from __future__ import annotations

import hashlib
import time
from typing import Any, TypedDict

import orjson

__all__ = [
    "SEVERITY_NUMBERS",
    "LogRecord",
    "format_timestamp",
    "record_id",
    "severity_number",
]

# OpenTelemetry severity numbers: the first number of each range.
SEVERITY_NUMBERS: dict[str, int] = {
    "TRACE": 1,
    "DEBUG": 5,
    "INFO": 9,
    "WARN": 13,
    "ERROR": 17,
    "FATAL": 21,
}
_SEVERITY_ALIASES = {
    "WARNING": "WARN",
    "ERR": "ERROR",
    "CRITICAL": "FATAL",
    "CRIT": "FATAL",
    "EMERG": "FATAL",
    "EMERGENCY": "FATAL",
    "ALERT": "FATAL",
    "PANIC": "FATAL",
    "NOTICE": "INFO",
    "INFORMATION": "INFO",
    "INFORMATIONAL": "INFO",
    "DBG": "DEBUG",
    "VERBOSE": "DEBUG",
    "FINE": "DEBUG",
    "FINER": "TRACE",
    "FINEST": "TRACE",
    "SEVERE": "ERROR",
}


LogRecord = TypedDict(
    "LogRecord",
    {
        "@timestamp": str,  # RFC 3339, UTC, millisecond precision
        "time_unix_nano": int,  # the exact event time
        "observed_time_unix_nano": int,  # when Sightline received it
        "id": str,  # content-derived: the store's _id
        "service.name": str,
        "severity_text": str,  # as sent (upper-cased), "" when unknown
        "severity_number": int,  # OpenTelemetry 1-24, 0 when unknown
        "message": str,  # the log body as text
        "trace_id": str,  # 32 lowercase hex digits, or absent
        "span_id": str,  # 16 lowercase hex digits, or absent
        "attributes": dict[str, Any],
        "resource": dict[str, Any],
        "sightline.tenant": str,
    },
    total=False,
)


def severity_number(text: str) -> tuple[str, int]:
    """Normalise a level name to (OpenTelemetry severity text, number).

    >>> severity_number("warning")
    ('WARN', 13)
    >>> severity_number("bogus")
    ('BOGUS', 0)
    """
    upper = text.strip().upper()
    canonical = _SEVERITY_ALIASES.get(upper, upper)
    return canonical, SEVERITY_NUMBERS.get(canonical, 0)


def format_timestamp(unix_ns: int) -> str:
    """Unix nanoseconds → RFC 3339 UTC with milliseconds.

    >>> format_timestamp(1_700_000_000_123_456_789)
    '2023-11-14T22:13:20.123Z'
    """
    seconds, ns = divmod(unix_ns, 1_000_000_000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{ns // 1_000_000:03d}Z"


def record_id(record: dict[str, Any], origin: str = "") -> str:
    """A stable id from a record's content (and optionally its origin).

    The same record sent twice (an exporter retrying after a timeout) or
    replayed from Kafka gets the same id, so the store overwrites instead of
    duplicating.  ``origin`` is mixed in where the content alone is not enough
    to tell two records apart (records without their own timestamp).

    >>> a = {"service.name": "api", "message": "hi", "time_unix_nano": 1}
    >>> record_id(a) == record_id(dict(a))
    True
    >>> record_id(a) == record_id({**a, "message": "ho"})
    False
    """
    content = {k: v for k, v in record.items() if k not in ("id", "observed_time_unix_nano")}
    digest = hashlib.blake2b(
        orjson.dumps(content, option=orjson.OPT_SORT_KEYS, default=str) + origin.encode(),
        digest_size=16,
    )
    return digest.hexdigest()
