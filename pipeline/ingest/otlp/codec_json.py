"""OTLP JSON requests (``application/json``, the OTLP JSON mapping) → one payload per service.  Pure.

See :mod:`pipeline.ingest.otlp.codec` for what is checked and how requests
are split.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import math
import re
from collections.abc import Iterable
from typing import Any

import orjson
from google.protobuf import json_format
from google.protobuf.message import Message
from opentelemetry.proto.logs.v1 import logs_pb2
from opentelemetry.proto.metrics.v1 import metrics_pb2
from opentelemetry.proto.trace.v1 import trace_pb2

from pipeline.ingest.errors import InvalidRequest, TooManyRecords
from pipeline.ingest.limits import Limits
from pipeline.ingest.otlp.checks import Problem, log_problem, point_problem, span_problem
from pipeline.ingest.otlp.codec_common import SPECS, Spec, Split, join_batches
from pipeline.ingest.quote import shown
from pipeline.ingest.validate import json_depth_over
from schemas.raw import Signal

__all__ = ["split_json"]

_HEX32 = re.compile(r"[0-9a-fA-F]{32}")
_HEX16 = re.compile(r"[0-9a-fA-F]{16}")
_INT = re.compile(r"-?\d{1,20}")
_METRIC_KINDS_JSON = ("gauge", "sum", "histogram", "exponentialHistogram", "summary")


# -- JSON -----------------------------------------------------------------------------------
def _get(obj: dict[str, Any], camel: str, snake: str | None = None) -> Any:
    value = obj.get(camel)
    if value is None and snake is not None:
        value = obj.get(snake)
    return value


def _snake(name: str) -> str:
    return re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), name)


def _list(obj: dict[str, Any], camel: str) -> list[Any]:
    """The array under ``camel`` (or its snake_case name, renamed to ``camel`` in place)."""
    value = obj.get(camel)
    if value is None:
        snake = _snake(camel)
        if snake in obj:
            value = obj[camel] = obj.pop(snake)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError(f"{camel} must be an array")
    return value


def _service_json(resource: dict[str, Any], default: str) -> str:
    res = resource.get("resource")
    if not isinstance(res, dict):
        res = {}
        resource["resource"] = res
    attributes = res.get("attributes")
    if not isinstance(attributes, list):
        attributes = []
    for kv in attributes:
        if isinstance(kv, dict) and kv.get("key") == "service.name":
            value = kv.get("value")
            if isinstance(value, dict) and value:
                inner = next(iter(value.values()))
                if inner not in (None, ""):
                    return str(inner)
    res["attributes"] = [
        kv for kv in attributes if not (isinstance(kv, dict) and kv.get("key") == "service.name")
    ] + [{"key": "service.name", "value": {"stringValue": default}}]
    return default


def _ok_id(value: Any, pattern: re.Pattern[str], required: bool) -> bool:
    if value is None or value == "":
        return not required
    if not isinstance(value, str) or pattern.fullmatch(value) is None:
        return False
    return not required or set(value) != {"0"}  # all zeros: "no id", fine only where an id is optional


def _ok_int(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, str) and _INT.fullmatch(value) is not None


def _cut_json(value: dict[str, Any], limit: int) -> int:
    text = value.get("stringValue")
    if isinstance(text, str) and len(text) > limit:
        value["stringValue"] = text[:limit]
        return 1
    raw = _get(value, "bytesValue", "bytes_value")
    if isinstance(raw, str) and len(raw) > limit:  # base64: at least as long as the bytes
        try:
            data = base64.b64decode(raw, validate=True)
        except (binascii.Error, ValueError):
            return 0
        if len(data) > limit:
            value["bytesValue"] = base64.b64encode(data[:limit]).decode()
            value.pop("bytes_value", None)
            return 1
    array = _get(value, "arrayValue", "array_value")
    if isinstance(array, dict) and isinstance(array.get("values"), list):
        return sum(_cut_json(v, limit) for v in array["values"] if isinstance(v, dict))
    return 0


def _limit_json(item: dict[str, Any], limits: Limits, out: Split) -> str | None:
    """Attribute limits on one JSON item; returns why the item is invalid, or None."""
    attributes = item.get("attributes")
    if attributes is None:
        return None
    if not isinstance(attributes, list) or not all(
        isinstance(kv, dict) and isinstance(kv.get("key"), str) for kv in attributes
    ):
        return "attributes must be an array of {key, value} objects"
    keep = limits.max_attributes
    if len(attributes) > keep:
        dropped = len(attributes) - keep
        item["attributes"] = attributes = attributes[:keep]
        previous = _get(item, "droppedAttributesCount", "dropped_attributes_count")
        item.pop("dropped_attributes_count", None)
        item["droppedAttributesCount"] = (int(previous) if _ok_int(previous) and previous else 0) + dropped
        out.dropped_attributes += dropped
    if limits.max_value_length:
        for kv in attributes:
            value = kv.get("value")
            if isinstance(value, dict):
                out.truncated_values += _cut_json(value, limits.max_value_length)
    return None


def _check_log_json(record: dict[str, Any]) -> tuple[str, str] | None:
    if not _ok_id(_get(record, "traceId", "trace_id"), _HEX32, False) or not _ok_id(
        _get(record, "spanId", "span_id"), _HEX16, False
    ):
        return "invalid_id", "log records with a traceId not of 32 hex digits or a spanId not of 16"
    for key in ("timeUnixNano", "observedTimeUnixNano", "severityNumber"):
        if not _ok_int(_get(record, key, _snake(key))):
            return "invalid_field", f"records with a {key} that is not an integer"
    return None


def _check_span_json(span: dict[str, Any]) -> tuple[str, str] | None:
    if (
        not _ok_id(_get(span, "traceId", "trace_id"), _HEX32, True)
        or not _ok_id(_get(span, "spanId", "span_id"), _HEX16, True)
        or not _ok_id(_get(span, "parentSpanId", "parent_span_id"), _HEX16, False)
    ):
        return "invalid_id", "spans without a valid traceId (32 hex digits) and spanId (16)"
    for key in ("startTimeUnixNano", "endTimeUnixNano", "kind"):
        if not _ok_int(_get(span, key, _snake(key))):
            return "invalid_field", f"records with a {key} that is not an integer"
    return None


def _metric_points_json(metric: dict[str, Any]) -> tuple[str | None, list[Any]]:
    for kind in _METRIC_KINDS_JSON:
        data = _get(metric, kind, _snake(kind))
        if isinstance(data, dict):
            points = _get(data, "dataPoints", "data_points")
            return kind, points if isinstance(points, list) else []
    return None, []


# The messages the processor reads these JSON objects into (json_format.ParseDict, as
# pipeline.process.otlp_records does): a record that does not parse alone is refused alone.
_RECORD_TYPES: dict[Signal, type[Message]] = {"logs": logs_pb2.LogRecord, "spans": trace_pb2.Span}
_SCOPE_TYPES: dict[Signal, type[Message]] = {
    "logs": logs_pb2.ScopeLogs, "spans": trace_pb2.ScopeSpans, "metrics": metrics_pb2.ScopeMetrics,
}
_RESOURCE_TYPES: dict[Signal, type[Message]] = {
    "logs": logs_pb2.ResourceLogs, "spans": trace_pb2.ResourceSpans, "metrics": metrics_pb2.ResourceMetrics,
}
_POINT_TYPES: dict[str, type[Message]] = {
    "gauge": metrics_pb2.NumberDataPoint,
    "sum": metrics_pb2.NumberDataPoint,
    "histogram": metrics_pb2.HistogramDataPoint,
    "exponentialHistogram": metrics_pb2.ExponentialHistogramDataPoint,
    "summary": metrics_pb2.SummaryDataPoint,
}
_PROTO_KIND = {"exponentialHistogram": "exponential_histogram"}
_IDS = ("traceId", "spanId", "parentSpanId", "trace_id", "span_id", "parent_span_id")


def _b64_ids(obj: dict[str, Any]) -> dict[str, Any]:
    """A shallow copy with hex ids as the base64 protobuf's JSON parser reads (ids were checked before)."""
    copy = dict(obj)
    for key in _IDS:
        value = copy.get(key)
        if isinstance(value, str):
            try:
                copy[key] = base64.b64encode(bytes.fromhex(value)).decode()
            except ValueError:
                pass  # left as sent: the parser says what is wrong
    return copy


def _parse(obj: dict[str, Any], message: type[Message], what: str) -> tuple[Message | None, Problem]:
    """Read ``obj`` as ``message`` the way the processor will; a failure is the object's problem."""
    parsed = message()
    try:
        json_format.ParseDict(obj, parsed, ignore_unknown_fields=True)
    except (json_format.ParseError, ValueError, TypeError, OverflowError, RecursionError) as exc:
        text = shown(str(exc), 160)[1:-1]  # the parser quotes the value: scrubbed, cut between words
        return None, ("invalid_field", f"{what} with a field of the wrong type or out of range ({text})")
    return parsed, None


# -- the fast path: records whose every known field has a plain, in-range value -------------------
# ParseDict is pure Python (about 50 us a record); most records are plain, and for those these
# checks say the same in a few microseconds.  Anything else (a nested value, a number as text
# out of range, a field given twice, ...) goes to ParseDict, which names the problem.
_MAX_U32 = 2**32 - 1
_INT64 = re.compile(r"-?\d{1,18}")
_UINT63 = re.compile(r"\d{1,19}")


def _time(value: Any) -> bool:
    if type(value) is int:
        return 0 <= value <= 2**63 - 1
    return type(value) is str and _UINT63.fullmatch(value) is not None and int(value) <= 2**63 - 1


def _u32(value: Any) -> bool:
    return type(value) is int and 0 <= value <= _MAX_U32


def _str(value: Any) -> bool:
    return type(value) is str


def _plain_value(value: Any) -> bool:
    if type(value) is not dict or len(value) != 1:
        return False
    ((kind, inner),) = value.items()
    if kind == "stringValue":
        return type(inner) is str
    if kind == "intValue":
        return (type(inner) is int and -(2**63) <= inner < 2**63) or (
            type(inner) is str and _INT64.fullmatch(inner) is not None
        )
    if kind == "boolValue":
        return type(inner) is bool
    if kind == "doubleValue":
        return type(inner) is float or (type(inner) is int and abs(inner) < 2**53)
    return False


def _plain_attributes(value: Any) -> bool:
    return type(value) is list and all(
        type(kv) is dict and type(kv.get("key")) is str and _plain_value(kv.get("value")) and len(kv) == 2
        for kv in value
    )


def _plain_status(value: Any) -> bool:
    return type(value) is dict and all(
        (k == "code" and type(v) is int and 0 <= v <= 2) or (k == "message" and type(v) is str)
        for k, v in value.items()
    )


def _plain_events(value: Any) -> bool:
    return type(value) is list and all(type(ev) is dict and _plain(ev, _EVENT_FIELDS) for ev in value)


def _plain_links(value: Any) -> bool:
    return type(value) is list and all(type(lk) is dict and _plain(lk, _LINK_FIELDS) for lk in value)


_Check = Any  # Callable[[Any], bool]
_LOG_FIELDS: dict[str, _Check] = {
    "timeUnixNano": _time, "observedTimeUnixNano": _time,
    "severityNumber": lambda v: type(v) is int and 0 <= v <= 24, "severityText": _str,
    "body": _plain_value, "attributes": _plain_attributes, "droppedAttributesCount": _u32, "flags": _u32,
    "traceId": _str, "spanId": _str, "eventName": _str,
}
_EVENT_FIELDS: dict[str, _Check] = {
    "timeUnixNano": _time, "name": _str, "attributes": _plain_attributes, "droppedAttributesCount": _u32,
}
_LINK_FIELDS: dict[str, _Check] = {
    "traceId": _str, "spanId": _str, "traceState": _str, "attributes": _plain_attributes,
    "droppedAttributesCount": _u32, "flags": _u32,
}
_SPAN_FIELDS: dict[str, _Check] = {
    "traceId": _str, "spanId": _str, "traceState": _str, "parentSpanId": _str, "flags": _u32, "name": _str,
    "kind": lambda v: type(v) is int and 0 <= v <= 5, "startTimeUnixNano": _time, "endTimeUnixNano": _time,
    "attributes": _plain_attributes, "droppedAttributesCount": _u32, "events": _plain_events,
    "droppedEventsCount": _u32, "links": _plain_links, "droppedLinksCount": _u32, "status": _plain_status,
}
_NUMBER_POINT_FIELDS: dict[str, _Check] = {
    "attributes": _plain_attributes, "startTimeUnixNano": _time, "timeUnixNano": _time, "flags": _u32,
    "asDouble": lambda v: type(v) is float or (type(v) is int and abs(v) < 2**53),
    "asInt": lambda v: (type(v) is int and -(2**63) <= v < 2**63) or (type(v) is str and _INT64.fullmatch(v) is not None),
}
_U64 = re.compile(r"\d{1,20}")


def _count(value: Any) -> bool:
    """A fixed64/uint64 count as ParseDict takes it: a JSON integer or a decimal string, 0 to 2^64-1."""
    if type(value) is int:
        return 0 <= value < 2**64
    return type(value) is str and _U64.fullmatch(value) is not None and int(value) < 2**64


def _finite(value: Any) -> bool:
    """A double that point_problem finds finite (NaN and the infinities are strings in JSON: not plain)."""
    return (type(value) is float and math.isfinite(value)) or (type(value) is int and abs(value) < 2**53)


def _counts(value: Any) -> bool:
    return type(value) is list and all(map(_count, value))


def _increasing_bounds(value: Any) -> bool:
    return (
        type(value) is list
        and all(map(_finite, value))
        and all(b > a for a, b in itertools.pairwise(value))
    )


def _int32(value: Any) -> bool:
    return type(value) is int and -(2**31) <= value < 2**31


def _buckets(value: Any) -> bool:
    return type(value) is dict and _plain(value, _BUCKETS_FIELDS)


def _no_exemplars(value: Any) -> bool:
    return value == []  # exemplars carry ids and values of their own: ParseDict reads them


_BUCKETS_FIELDS: dict[str, _Check] = {"offset": _int32, "bucketCounts": _counts}
_HISTOGRAM_POINT_FIELDS: dict[str, _Check] = {
    "attributes": _plain_attributes, "startTimeUnixNano": _time, "timeUnixNano": _time, "flags": _u32,
    "count": _count, "sum": _finite, "min": _finite, "max": _finite, "exemplars": _no_exemplars,
    "bucketCounts": _counts, "explicitBounds": _increasing_bounds,
}
_EXPONENTIAL_POINT_FIELDS: dict[str, _Check] = {
    "attributes": _plain_attributes, "startTimeUnixNano": _time, "timeUnixNano": _time, "flags": _u32,
    "count": _count, "sum": _finite, "min": _finite, "max": _finite, "exemplars": _no_exemplars,
    "scale": _int32, "zeroCount": _count, "zeroThreshold": _finite, "positive": _buckets, "negative": _buckets,
}
_SNAKE_NAMES = {name: _snake(name) for fields in (_LOG_FIELDS, _EVENT_FIELDS, _LINK_FIELDS, _SPAN_FIELDS,
                                                   _NUMBER_POINT_FIELDS, _HISTOGRAM_POINT_FIELDS,
                                                   _EXPONENTIAL_POINT_FIELDS, _BUCKETS_FIELDS) for name in fields}
_CAMEL_OF = {snake: camel for camel, snake in _SNAKE_NAMES.items() if snake != camel}


def _plain(obj: dict[str, Any], fields: dict[str, _Check]) -> bool:
    """Whether every field of ``obj`` the message knows has a plain value (so ParseDict reads it)."""
    seen = set()
    for key, value in obj.items():
        camel = _CAMEL_OF.get(key, key)
        check = fields.get(camel)
        if check is None:
            if key in _CAMEL_OF or camel in _SNAKE_NAMES or key.endswith("Value"):
                return False  # a field of another message: let the parser decide
            continue  # unknown: ignored by the processor's parser too
        if camel in seen or (value is not None and not check(value)):
            return False
        seen.add(camel)
    return True


def _parsed_problem(signal: Signal, record: dict[str, Any], limits: Limits) -> Problem:
    """What the processor would find wrong with one log record or span, read alone."""
    # too large is found first: reading a large record with the protobuf parser costs seconds
    # (a 9 MB record of empty values, 8.8 KB gzipped, took 18 s of CPU, holding a decoding turn)
    if len(orjson.dumps(record)) > limits.max_record_bytes:
        return "too_large", f"records over {limits.max_record_bytes} bytes (ingest.max_record_bytes)"
    if _plain(record, _LOG_FIELDS if signal == "logs" else _SPAN_FIELDS):
        return None
    if json_depth_over(record, 2 * limits.max_depth + 2):  # JSON nests AnyValue two levels a value level
        return "too_deep", f"records nested more than {limits.max_depth} levels deep (ingest.max_depth)"
    copy = _b64_ids(record)
    if signal == "spans" and isinstance(copy.get("links"), list):
        copy["links"] = [_b64_ids(lk) if isinstance(lk, dict) else lk for lk in copy["links"]]
    parsed, problem = _parse(copy, _RECORD_TYPES[signal], "records")
    if parsed is None:
        return problem
    return log_problem(parsed, limits) if signal == "logs" else span_problem(parsed, limits)


def _point_problem(kind: str, point: dict[str, Any], limits: Limits) -> Problem:
    one_value = sum(k in point for k in ("asDouble", "as_double", "asInt", "as_int")) <= 1  # a oneof
    size = len(orjson.dumps(point))
    if size > limits.max_record_bytes:  # first, as for records
        return "too_large", f"records over {limits.max_record_bytes} bytes (ingest.max_record_bytes)"
    if (kind == "gauge" or kind == "sum") and one_value and _plain(point, _NUMBER_POINT_FIELDS):
        return None
    if (
        kind == "histogram"
        and _plain(point, _HISTOGRAM_POINT_FIELDS)
        and _buckets_match(point)
        and _protobuf_fits(point, size, limits)
    ):
        return None
    if kind == "exponentialHistogram" and _plain(point, _EXPONENTIAL_POINT_FIELDS) and _protobuf_fits(point, size, limits):
        return None
    return _parsed_point_problem(kind, point, limits)


def _parsed_point_problem(kind: str, point: dict[str, Any], limits: Limits) -> Problem:
    """What the processor would find wrong with one data point, read by protobuf's parser (the reference
    the plain checks above answer for without it)."""
    if json_depth_over(point, 2 * limits.max_depth + 2):
        return "too_deep", f"records nested more than {limits.max_depth} levels deep (ingest.max_depth)"
    parsed, problem = _parse(point, _POINT_TYPES[kind], "data points")
    if parsed is None:
        return problem
    return point_problem(_PROTO_KIND.get(kind, kind), parsed, limits)


def _protobuf_fits(point: dict[str, Any], json_size: int, limits: Limits) -> bool:
    """Whether the point's protobuf form is surely within ``ingest.max_record_bytes``, as the parsed
    point is measured: a count of one JSON character ("0") takes 8 bytes as a packed fixed64, so the
    JSON size (``json_size``) alone could pass a point its protobuf form is too large for."""
    counts = len(_get(point, "bucketCounts", "bucket_counts") or ()) + len(_get(point, "explicitBounds", "explicit_bounds") or ())
    for side in ("positive", "negative"):
        buckets = point.get(side)
        if isinstance(buckets, dict):
            counts += len(_get(buckets, "bucketCounts", "bucket_counts") or ())
    return json_size + 8 * counts <= limits.max_record_bytes


def _buckets_match(point: dict[str, Any]) -> bool:
    """point_problem's bounds rule on a plain histogram point: as many counts as bounds + 1, or none."""
    counts = _get(point, "bucketCounts", "bucket_counts") or ()
    bounds = _get(point, "explicitBounds", "explicit_bounds") or ()
    return len(counts) in (0, len(bounds) + 1)


def _shell_problem(obj: dict[str, Any], skip: tuple[str, ...], message: type[Message], what: str) -> Problem:
    """The fields of a resource, scope or metric around its children, read as the processor reads them."""
    shell = {k: v for k, v in obj.items() if k not in skip}
    if json_depth_over(shell, 200):  # the shell only: its children are checked one by one
        return "too_deep", f"{what} nested too deep"
    return _parse(shell, message, what)[1]


def _metric_shell(metric: dict[str, Any]) -> dict[str, Any]:
    shell = {}
    for key, value in metric.items():
        if isinstance(value, dict) and ("dataPoints" in value or "data_points" in value):
            value = {k: v for k, v in value.items() if k not in ("dataPoints", "data_points")}
        shell[key] = value
    return shell


def _points_key(data: dict[str, Any]) -> str:
    return "dataPoints" if "dataPoints" in data else "data_points"


def _records_json(signal: Signal, scope: dict[str, Any], spec: Spec) -> list[Any]:
    return _list(scope, spec.json_records)


def _check_resource_json(signal: Signal, resource: dict[str, Any], limits: Limits, out: Split) -> int:
    """Validate and limit one resource in place; returns the records it still holds."""
    spec = SPECS[signal]
    kept_total = 0
    scopes = _list(resource, spec.json_scopes)
    whole = _shell_problem(
        resource, (spec.json_scopes, _snake(spec.json_scopes)), _RESOURCE_TYPES[signal], "records of resources"
    )
    for scope in scopes:
        if not isinstance(scope, dict):
            raise ValueError(f"every {spec.json_scopes} entry must be an object")
        records = _records_json(signal, scope, spec)
        shared = whole or _shell_problem(
            scope, (spec.json_records, _snake(spec.json_records)), _SCOPE_TYPES[signal], "records of scopes"
        )
        if shared is not None:  # the resource or scope around them cannot be read: none of its records can
            count = sum(len(_metric_points_json(m)[1]) if isinstance(m, dict) else 1 for m in records) if (
                signal == "metrics") else len(records)
            out.reject(shared[0], count, shared[1])
            scope[spec.json_records] = []
            continue
        kept = []
        for record in records:
            if not isinstance(record, dict):
                out.reject("invalid_record", 1, "records that are not JSON objects")
                continue
            if signal == "metrics":
                kind, points = _metric_points_json(record)
                if not record.get("name") or kind is None:
                    out.reject("invalid_metric", len(points), "data points of metrics without a name or without data")
                    continue
                problem = _shell_problem(_metric_shell(record), (), metrics_pb2.Metric, "data points of metrics")
                if problem is not None:
                    out.reject(problem[0], len(points), problem[1])
                    continue
                good_points = []
                for point in points:
                    if not isinstance(point, dict):
                        out.reject("invalid_record", 1, "data points that are not JSON objects")
                        continue
                    why = _limit_json(point, limits, out)
                    problem = ("invalid_record", f"data points whose {why}") if why else _point_problem(
                        kind, point, limits
                    )
                    if problem is not None:
                        out.reject(problem[0], 1, problem[1])
                        continue
                    good_points.append(point)
                if not good_points:
                    continue
                if len(good_points) != len(points):
                    data = _get(record, kind, _snake(kind))
                    data[_points_key(data)] = good_points
                kept.append(record)
                kept_total += len(good_points)
                continue
            problem = _check_log_json(record) if signal == "logs" else _check_span_json(record)
            why = _limit_json(record, limits, out)
            if problem is None and why is not None:
                problem = ("invalid_record", f"records whose {why}")
            if problem is None and signal == "spans":
                problem = _check_span_children(record, limits, out)
            if problem is None:
                problem = _parsed_problem(signal, record, limits)
            if problem is not None:
                out.reject(problem[0], 1, problem[1])
                continue
            kept.append(record)
            kept_total += 1
        if len(kept) != len(records):
            scope[spec.json_records] = kept
    return kept_total


def _check_span_children(span: dict[str, Any], limits: Limits, out: Split) -> tuple[str, str] | None:
    for key in ("events", "links"):
        children = span.get(key)
        if children is None:
            continue
        if not isinstance(children, list) or not all(isinstance(c, dict) for c in children):
            return "invalid_record", f"spans whose {key} is not an array of objects"
        if key == "links":
            good = [
                lk for lk in children
                if _ok_id(_get(lk, "traceId", "trace_id"), _HEX32, True)
                and _ok_id(_get(lk, "spanId", "span_id"), _HEX16, True)
            ]
            if len(good) != len(children):
                span["links"] = children = good
                previous = _get(span, "droppedLinksCount", "dropped_links_count")
                span["droppedLinksCount"] = (int(previous) if _ok_int(previous) and previous else 0) + (
                    len(children) - len(good)
                )
        for child in children:
            why = _limit_json(child, limits, out)
            if why is not None:
                return "invalid_record", f"spans with {key} whose {why}"
    return None


def _count_json(signal: Signal, resources: list[Any]) -> int:
    spec = SPECS[signal]
    total = 0
    for resource in resources:
        if not isinstance(resource, dict):
            raise ValueError(f"every {spec.json_resources} entry must be an object")
        for scope in _list(resource, spec.json_scopes):
            if not isinstance(scope, dict):
                raise ValueError(f"every {spec.json_scopes} entry must be an object")
            records = _records_json(signal, scope, spec)
            if signal == "metrics":
                total += sum(len(_metric_points_json(m)[1]) if isinstance(m, dict) else 1 for m in records)
            else:
                total += len(records)
    return total


def _split_big_json(
    signal: Signal, resource: dict[str, Any], limit: int, out: Split
) -> Iterable[bytes]:
    spec = SPECS[signal]
    shell = {k: v for k, v in resource.items() if k not in (spec.json_scopes, _snake(spec.json_scopes))}
    overhead = len(orjson.dumps(shell)) + 64
    for scope in _list(resource, spec.json_scopes):
        scope_shell = {k: v for k, v in scope.items() if k not in (spec.json_records, _snake(spec.json_records))}
        base = overhead + len(orjson.dumps(scope_shell))
        chunk: list[bytes] = []
        size = base
        for record in _records_json(signal, scope, spec):
            encoded = orjson.dumps(record)
            if base + len(encoded) > limit:
                count = len(_metric_points_json(record)[1]) if signal == "metrics" else 1
                out.reject("too_large", count, f"records larger than a Kafka message ({limit} bytes)")
                out.accepted -= count
                continue
            if chunk and size + len(encoded) + 1 > limit:
                yield _json_piece(shell, scope_shell, spec, chunk)
                chunk, size = [], base
            chunk.append(encoded)
            size += len(encoded) + 1
        if chunk:
            yield _json_piece(shell, scope_shell, spec, chunk)


def _json_piece(shell: dict[str, Any], scope_shell: dict[str, Any], spec: Spec, records: list[bytes]) -> bytes:
    scope = orjson.dumps(scope_shell)[:-1]
    scope += (b"," if len(scope) > 1 else b"") + f'"{spec.json_records}":['.encode() + b",".join(records) + b"]}"
    head = orjson.dumps(shell)[:-1]
    return head + (b"," if len(head) > 1 else b"") + f'"{spec.json_scopes}":['.encode() + scope + b"]}"


def split_json(signal: Signal, body: bytes, limits: Limits) -> Split:
    """Validate an OTLP JSON request and split it by service: one ``{"resource…": [...]}`` a batch.

    Ids are hex, enums integers, 64-bit integers numbers or strings (both are
    accepted and passed on as sent); lowerCamelCase and snake_case names are
    both read.

    Raises
    ------
    InvalidRequest
        The body is not JSON or not shaped like a request of this signal.
    TooManyRecords
        More records than ``limits.max_records``.

    Examples
    --------
    >>> body = (b'{"resourceLogs": [{"resource": {"attributes": [{"key": "service.name",'
    ...         b' "value": {"stringValue": "api"}}]}, "scopeLogs": [{"logRecords": ['
    ...         b'{"body": {"stringValue": "hi"}}, {"traceId": "xyz"}]}]}]}')
    >>> out = split_json("logs", body, Limits())
    >>> out.accepted, out.rejected, out.batches[0][0]
    (1, 1, 'api')
    """
    spec = SPECS[signal]
    try:
        doc = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise InvalidRequest(f"body is not valid JSON: {exc}") from None
    if not isinstance(doc, dict):
        raise InvalidRequest(f"body must be a JSON object with {spec.json_resources}")
    try:
        resources = _list(doc, spec.json_resources)
        total = _count_json(signal, resources)
        if total > limits.max_records:
            raise TooManyRecords(f"{total} records in one request; the limit is {limits.max_records}")
        out = Split()
        groups: dict[str, list[bytes]] = {}
        for resource in resources:
            service = _service_json(resource, limits.default_service)
            kept = _check_resource_json(signal, resource, limits, out)
            out.accepted += kept
            if not kept:
                continue
            piece = orjson.dumps(resource)
            if len(piece) > limits.max_batch_bytes - 64:
                groups.setdefault(service, []).extend(
                    _split_big_json(signal, resource, limits.max_batch_bytes - 64, out)
                )
            else:
                groups.setdefault(service, []).append(piece)
    except ValueError as exc:
        raise InvalidRequest(f"body is not an OTLP JSON {signal} request: {exc}") from None
    prefix = f'{{"{spec.json_resources}":['.encode()
    out.batches = join_batches(groups, limits.max_batch_bytes, prefix, b"]}", b",")
    return out
