"""JSON log lines → canonical log records.  Pure: no socket, no Kafka.

Accepts NDJSON (one object a line, blank lines ignored) or one JSON array of
objects.  Common field names are mapped onto the canonical record (see
:class:`JsonLogMapping`); everything else is kept under ``attributes``.  A bad
line rejects that line only, with its 1-based number and the reason.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson

from pipeline.ingest.errors import InvalidRequest, TooManyRecords
from pipeline.ingest.jsonlogs.config import JsonLogMapping
from pipeline.ingest.quote import shown
from pipeline.ingest.records import HEX16, HEX32
from pipeline.ingest.validate import json_depth_over, record_problem, time_ok
from schemas.records import SEVERITY_NUMBERS, SYSLOG_SEVERITIES, format_timestamp, severity_number

__all__ = [
    "DecodedLogs",
    "JsonLogMapping",
    "Rejection",
    "decode_json_logs",
    "limit_attributes",
    "map_object",
    "parse_time",
    "record_problem",
]

_HEX32, _HEX16 = HEX32, HEX16
_FRACTION = re.compile(r"\.(\d+)")


@dataclass(frozen=True, slots=True)
class Rejection:
    """One line that was refused: its 1-based number (or array index + 1) and why."""

    line: int
    reason: str


@dataclass(slots=True)
class DecodedLogs:
    records: list[dict[str, Any]]
    rejected: list[Rejection]


def parse_time(value: Any) -> int:
    """RFC 3339 text or epoch seconds / milliseconds / microseconds / nanoseconds → Unix ns.

    The unit of a number is told by its size: below 1e11 seconds, below 1e14
    milliseconds, below 1e17 microseconds, else nanoseconds.

    >>> parse_time("2026-11-23T10:00:00.123456789Z")
    1795428000123456789
    >>> parse_time(1795428000) == parse_time(1795428000000) == parse_time("1795428000000000000")
    True
    >>> parse_time("yesterday")
    Traceback (most recent call last):
    ...
    ValueError: time 'yesterday' is neither RFC 3339 nor an epoch number
    >>> parse_time("inf")
    Traceback (most recent call last):
    ...
    ValueError: time 'inf' is not between 1970-01-01 and 2262-04-11 (Unix ns 0 to 2^63-1)
    """
    ns = _parse_time(value)
    if not time_ok(ns):
        raise ValueError(f"time {shown(value)} is not between 1970-01-01 and 2262-04-11 (Unix ns 0 to 2^63-1)")
    return ns


def _parse_time(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError(f"time {shown(value)} is a boolean")
    if isinstance(value, str):
        text = value.strip()
        try:
            number: float | int = int(text)
        except ValueError:
            try:
                number = float(text)
            except ValueError:
                return _parse_rfc3339(text, value)
        value = number
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            return -1
        magnitude = abs(value)
        if magnitude < 1e11:
            return round(value * 1_000_000_000)
        if magnitude < 1e14:
            return round(value * 1_000_000)
        if magnitude < 1e17:
            return round(value * 1_000)
        return int(value)
    raise ValueError(f"time {shown(value)} is neither RFC 3339 nor an epoch number")


def _parse_rfc3339(text: str, original: Any) -> int:
    # datetime understands at most microseconds: keep the extra digits apart.
    nanos = 0
    match = _FRACTION.search(text)
    if match:
        digits = match.group(1)
        nanos = int(digits[:9].ljust(9, "0"))
        text = text[: match.start()] + text[match.end() :]
    try:
        parsed = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        raise ValueError(f"time {shown(original)} is neither RFC 3339 nor an epoch number") from None
    if parsed.tzinfo is None:
        raise ValueError(f"time {shown(original)} has no time zone (add Z or an offset)")
    try:
        return int(parsed.timestamp()) * 1_000_000_000 + nanos
    except (OverflowError, ValueError):
        return -1


def _take(obj: dict[str, Any], names: list[str]) -> tuple[bool, Any]:
    """Remove and return the first of ``names`` present (literal key or nested path)."""
    found, _name, value = _take_named(obj, names)
    return found, value


def _take_named(obj: dict[str, Any], names: list[str]) -> tuple[bool, str, Any]:
    """Like :func:`_take`, also saying which name matched."""
    for name in names:
        if name in obj:
            return True, name, obj.pop(name)
        if "." in name:
            parts = name.split(".")
            node: Any = obj
            for part in parts[:-1]:
                node = node.get(part) if isinstance(node, dict) else None
            if isinstance(node, dict) and parts[-1] in node:
                value = node.pop(parts[-1])
                _prune_empty(obj, parts[:-1])
                return True, name, value
    return False, "", None


# Pino and Bunyan write numeric levels: 10 trace, 20 debug, 30 info, 40 warn, 50 error, 60 fatal.
_NUMERIC_LEVELS = ((60, "FATAL"), (50, "ERROR"), (40, "WARN"), (30, "INFO"), (20, "DEBUG"), (10, "TRACE"))




def _severity(level: Any, key: str) -> tuple[str, int]:
    """(severity text, number) of a level value found under ``key``.

    A number of 10 or more under a key named ``level`` is a Pino/Bunyan level;
    a number from 0 to 7 (or its digit) under ``PRIORITY`` is a syslog
    severity (journald's field; syslog-ng's holds the name); a number from 1
    to 24 otherwise is an OpenTelemetry severity number; text is a level name
    (syslog's, Winston's, log4j's, Python's, ...).

    >>> _severity(20, "level"), _severity(50, "level"), _severity(17, "severity"), _severity("silly", "level")
    (('DEBUG', 5), ('ERROR', 17), ('ERROR', 17), ('TRACE', 1))
    >>> _severity("3", "PRIORITY"), _severity("err", "PRIORITY")
    (('ERROR', 17), ('ERROR', 17))
    """
    if isinstance(level, float) and level.is_integer():
        level = int(level)
    if key.rsplit(".", 1)[-1] == "PRIORITY" and str(level) in ("0", "1", "2", "3", "4", "5", "6", "7"):
        return severity_number(SYSLOG_SEVERITIES[int(level)])
    if isinstance(level, int) and not isinstance(level, bool):
        if level >= 10 and key.rsplit(".", 1)[-1] == "level":
            name = next((text for floor, text in _NUMERIC_LEVELS if level >= floor), "TRACE")
            return name, SEVERITY_NUMBERS[name]
        if 1 <= level <= 24:
            name = next(name for name, n in sorted(SEVERITY_NUMBERS.items(), key=lambda kv: -kv[1]) if level >= n)
            return name, level
        return str(level), 0
    if level in (None, ""):
        return "", 0
    return severity_number(str(level))


_STACK_HEAD = re.compile(r"^\s*([A-Za-z_$][\w$.]*?(?:Error|Exception|Fault|Panic|Failure)?)(?::\s?(.*))?$")


def _error_fields(obj: dict[str, Any]) -> None:
    """``exception.*`` attributes from the error shapes Node and Python loggers write.

    Pino (``err: {type, message, stack}``), Bunyan (``err: {name, message,
    stack}``), Winston (``error: {name, message, stack}`` or a top-level
    ``stack`` with ``format.errors``), else the first line of a stack trace
    (``TypeError: x is not a function``).  Attributes already named
    ``exception.type`` or ``error.type`` win.
    """
    if isinstance(obj.get("exception.type"), str) or isinstance(obj.get("error.type"), str):
        return
    kind = message = stack = None
    fields = obj.get("fields")
    nested: dict[str, Any] = fields if isinstance(fields, dict) else {}  # winston-elasticsearch's metadata
    for key in ("err", "error", "exception", "exc"):
        value = obj.get(key, nested.get(key))
        if isinstance(value, dict):
            kind = value.get("type") or value.get("name") or value.get("class")
            message, stack = value.get("message"), value.get("stack") or value.get("stacktrace")
            break
    if stack is None and isinstance(obj.get("stack"), str):
        stack = obj["stack"]
    if stack is not None and not isinstance(stack, str):
        stack = None
    if not isinstance(kind, str) or not kind:
        kind = None
        if stack:
            head = _STACK_HEAD.match(stack.split("\n", 1)[0])
            if head and (head.group(2) is not None or head.group(1).endswith(("Error", "Exception"))):
                kind = head.group(1)
                message = message if isinstance(message, str) else head.group(2)
    if kind:
        obj["exception.type"] = kind
    if isinstance(message, str) and message and kind:
        obj["exception.message"] = message
    if stack:
        obj["exception.stacktrace"] = stack


def _prune_empty(obj: dict[str, Any], path: list[str]) -> None:
    for depth in range(len(path), 0, -1):
        node: Any = obj
        for part in path[: depth - 1]:
            node = node[part]
        if node.get(path[depth - 1]) == {}:
            del node[path[depth - 1]]


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    return orjson.dumps(value).decode()


def map_object(
    obj: dict[str, Any], mapping: JsonLogMapping, default_service: str, received_ns: int
) -> dict[str, Any]:
    """One JSON object → one canonical log record (``obj`` is consumed).

    Raises ``ValueError`` with the reason when the object cannot be a record.
    """
    found, raw_time = _take(obj, mapping.time)
    time_ns = parse_time(raw_time) if found and raw_time not in (None, "") else received_ns
    _, level_key, level = _take_named(obj, mapping.level)
    found_msg, message = _take(obj, mapping.message)
    _, service = _take(obj, mapping.service)
    if isinstance(service, dict):  # {"service": {"name": ...}}
        service = service.get("name")
    record: dict[str, Any] = {
        "@timestamp": format_timestamp(time_ns),
        "time_unix_nano": time_ns,
        "observed_time_unix_nano": received_ns,
        "service.name": str(service) if service not in (None, "") else default_service,
    }
    record["severity_text"], record["severity_number"] = _severity(level, level_key)
    record["message"] = _text(message) if found_msg and message is not None else ""
    for canonical, names, pattern in (
        ("trace_id", mapping.trace_id, _HEX32),
        ("span_id", mapping.span_id, _HEX16),
    ):
        found_id, value = _take(obj, names)
        if found_id and isinstance(value, str) and pattern.match(value):
            record[canonical] = value.lower()
        elif found_id and value not in (None, ""):
            obj[names[0]] = value  # not a valid id: keep it, as an attribute
    if obj.get("v") == 0 and "hostname" in obj and "pid" in obj and service in (None, "") and isinstance(obj.get("name"), str):
        record["service.name"] = obj.pop("name")  # Bunyan: the logger's name is the application's
    for key, target in (("hostname", "host.name"), ("pid", "process.pid")):
        if key in obj and target not in obj and isinstance(obj[key], str | int) and not isinstance(obj[key], bool):
            obj[target] = obj.pop(key)
    _error_fields(obj)
    record["attributes"] = obj
    return record


def decode_json_logs(
    body: bytes,
    mapping: JsonLogMapping,
    default_service: str,
    received_ns: int,
    max_records: int | None = None,
    max_depth: int = 64,
    max_record_bytes: int = 1_000_000,
) -> DecodedLogs:
    """Decode an NDJSON body or a JSON array of objects.

    Raises
    ------
    InvalidRequest
        The body starts as a JSON array but is not valid JSON.
    TooManyRecords
        More records than ``max_records``.

    Single bad lines are reported in :attr:`DecodedLogs.rejected` instead.

    Examples
    --------
    >>> out = decode_json_logs(
    ...     b'{"msg": "hi", "level": "warn", "app": "api", "user": 7}\\nnot json\\n',
    ...     JsonLogMapping(), "unknown_service", 1_700_000_000_000_000_000)
    >>> rec = out.records[0]
    >>> rec["message"], rec["severity_text"], rec["service.name"], rec["attributes"]
    ('hi', 'WARN', 'api', {'user': 7})
    >>> out.rejected[0].line, out.rejected[0].reason[:19]
    (2, 'line is not valid J')
    """
    stripped = body.lstrip()
    items: list[tuple[int, Any]] = []
    rejected: list[Rejection] = []
    if stripped.startswith(b"["):
        try:
            array = orjson.loads(stripped)
        except orjson.JSONDecodeError as exc:
            raise InvalidRequest(f"body starts with '[' but is not a valid JSON array: {exc}") from None
        items = list(enumerate(array, start=1))
    else:
        for number, line in enumerate(body.split(b"\n"), start=1):
            if not line.strip():
                continue
            try:
                items.append((number, orjson.loads(line)))
            except orjson.JSONDecodeError as exc:
                rejected.append(Rejection(number, f"line is not valid JSON: {exc}"))
    if max_records is not None and len(items) > max_records:
        raise TooManyRecords(f"{len(items)} records in one request; the limit is {max_records}")
    records = []
    for number, obj in items:
        if not isinstance(obj, dict):
            rejected.append(Rejection(number, f"expected a JSON object, got {type(obj).__name__}"))
            continue
        if json_depth_over(obj, max_depth):  # before mapping: nothing below recurses that deep
            rejected.append(Rejection(number, f"nested more than {max_depth} levels deep (ingest.max_depth)"))
            continue
        try:
            record = map_object(obj, mapping, default_service, received_ns)
        except ValueError as exc:
            rejected.append(Rejection(number, str(exc)))
            continue
        problem = record_problem(record, max_depth, max_record_bytes)
        if problem is not None:
            rejected.append(Rejection(number, problem))
            continue
        records.append(record)
    rejected.sort(key=lambda r: r.line)
    return DecodedLogs(records, rejected)


def limit_attributes(records: list[dict[str, Any]], max_attributes: int, max_value_length: int) -> tuple[int, int]:
    """Apply the attribute limits to canonical records in place, as the OTel SDK does.

    Attributes past ``max_attributes`` (in the order sent) are dropped and
    counted in ``dropped_attributes_count``; top-level string values longer
    than ``max_value_length`` characters (0: no limit) are truncated.
    Returns (attributes dropped, values truncated).

    >>> recs = [{"attributes": {"a": "xxxx", "b": 1, "c": 2}}]
    >>> limit_attributes(recs, 2, 2), recs
    ((1, 1), [{'attributes': {'a': 'xx', 'b': 1}, 'dropped_attributes_count': 1}])
    """
    dropped = truncated = 0
    for record in records:
        attributes = record.get("attributes")
        if not attributes:
            continue
        if len(attributes) > max_attributes:
            extra = len(attributes) - max_attributes
            record["attributes"] = attributes = dict(list(attributes.items())[:max_attributes])
            record["dropped_attributes_count"] = record.get("dropped_attributes_count", 0) + extra
            dropped += extra
        if max_value_length:
            for key, value in attributes.items():
                if isinstance(value, str) and len(value) > max_value_length:
                    attributes[key] = value[:max_value_length]
                    truncated += 1
    return dropped, truncated
