"""OTLP/JSON export requests → canonical records, straight from the parsed JSON.  Pure.

The records are those :mod:`pipeline.process.otlp_records` makes from the same
request sent as protobuf (the parity test in ``tests/unit/process`` holds the
two equal), without building protobuf messages first: ``orjson`` parses the
payload and one pass over the dicts makes the records.

The fast pass reads what the OTLP JSON mapping writes (camelCase field names,
hex trace and span ids, 64-bit integers as numbers or strings read as the
reference parser reads them (:func:`_integer`), enums as numbers or their names,
``"NaN"``/``"Infinity"`` for doubles).  Anything it does
not expect (a snake_case field name, a type the protobuf JSON parser would
coerce or refuse, ``bytesValue``, two members of a ``oneof``) sends the whole
message to the reference path, protobuf's ``json_format`` into the request
message and then the protobuf decoder: the records and the errors are then
exactly that path's.  Fields the records do not carry (dropped counts, flags,
exemplars, schema URLs) are not read, so a malformed value there is not
refused here (the ingestor checks every record with the reference parser
before it produces it).
"""

from __future__ import annotations

import re
from typing import Any

import orjson
from opentelemetry.proto.logs.v1.logs_pb2 import SeverityNumber
from opentelemetry.proto.metrics.v1.metrics_pb2 import AggregationTemporality
from opentelemetry.proto.trace.v1.trace_pb2 import Span, Status

from pipeline.process.operations import span_operation
from pipeline.process.otlp_records import (
    _MILLIS,
    _SERIES_CACHE_MAX,
    _STAMP_HEADS,
    _ZERO_SPAN,
    _ZERO_TRACE,
    OtlpDecodeError,
    _labels_and_series,
    _stamp_head,
    logs_records,
    metrics_records,
    parse_otlp_json,
    spans_records,
)
from schemas.metricnames import otlp_metric_name
from schemas.records import SPAN_KINDS, STATUS_CODES, severity_number

__all__ = ["json_records"]


class _Fallback(Exception):
    """The fast pass met something it leaves to the reference path."""


_FALLBACK = (_Fallback, KeyError, TypeError, ValueError, AttributeError, IndexError, OverflowError)
# A snake_case member name (``trace_id``) anywhere: the reference parser takes both spellings.  Matched
# from its underscore (a literal the regex engine finds fast); a false match only costs the slow path.
_SNAKE_KEY = re.compile(rb'_[a-z0-9_]*"\s*:')
_U64 = 1 << 64
_I64 = 1 << 63
_FLOAT_WORDS = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}
_TEMPORALITY = ("unspecified", "delta", "cumulative")
_SEVERITY_TEXT = {1: "TRACE", 5: "DEBUG", 9: "INFO", 13: "WARN", 17: "ERROR", 21: "FATAL"}
_KIND = {"exponentialHistogram": "exponential_histogram", "histogram": "histogram", "sum": "sum", "summary": "summary"}
_DATA_KEYS = ("gauge", "sum", "histogram", "exponentialHistogram", "summary")


def _snake_case_names(value: bytes, data: Any) -> bool:
    """Whether a member name of the payload may be snake_case (:data:`_SNAKE_KEY`).  A name can be spelled
    with ``\\u`` escapes (``"trace\\u005fid"``, ``"trace_\\u0069d"``), which the payload's bytes do not
    show: a payload holding one is checked as orjson writes the parsed data again (names as plain text)."""
    if _SNAKE_KEY.search(value) is not None:
        return True
    if b"\\u" not in value:
        return False
    try:
        return _SNAKE_KEY.search(orjson.dumps(data)) is not None
    except (TypeError, ValueError):  # not written again: the reference path reads it
        return True


def _enum(pairs: list[tuple[str, int]]) -> dict[Any, int]:
    out: dict[Any, int] = dict(pairs)
    out.update({number: number for _, number in pairs})
    return out


_SPAN_KIND = _enum(Span.SpanKind.items())
_STATUS_CODE = _enum(Status.StatusCode.items())
_SEVERITY = _enum(SeverityNumber.items())
_AGGREGATION = _enum(AggregationTemporality.items())


def _enum_value(table: dict[Any, int], value: Any) -> int:
    if type(value) is bool:
        raise _Fallback
    number = table.get(value)
    if number is None:
        raise _Fallback
    return number


def _integer(value: Any) -> int:
    """A 64-bit integer field's value as the reference parser reads it (protobuf's ``json_format``): a
    JSON integer, or a string without a space that ``int()`` takes; the range is the caller's to check.
    The record loops write this out for times (the comments say ``_TIME_READ``)."""
    if type(value) is str and " " not in value:
        return int(value)  # ValueError: the reference path
    if type(value) is int:
        return value
    raise _Fallback  # a bool, a float (the reference takes 5.0), anything else


def _u64(value: Any) -> int:
    number = _integer(value)
    if 0 <= number < _U64:
        return number
    raise _Fallback


def _i64(value: Any) -> int:
    number = _integer(value)
    if -_I64 <= number < _I64:
        return number
    raise _Fallback


def _i32(value: Any) -> int:
    number = _i64(value)
    if -(1 << 31) <= number < (1 << 31):
        return number
    raise _Fallback


def _f64(value: Any) -> float:
    t = type(value)
    if t is float:
        return value
    if t is int:
        return float(value)
    if t is str and value in _FLOAT_WORDS:
        return _FLOAT_WORDS[value]
    raise _Fallback


def _str(value: Any) -> str:
    if type(value) is not str:
        raise _Fallback
    return value


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    if type(value) is not list:
        raise _Fallback
    return value


def _dict(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if type(value) is not dict:
        raise _Fallback
    return value


def _id_bytes(value: Any) -> bytes:
    if value is None:
        return b""
    if type(value) is not str:
        raise _Fallback
    try:
        return bytes.fromhex(value)
    except ValueError:
        raise _Fallback from None  # the reference path names the bad id


def _any(value: Any) -> Any:
    """An ``AnyValue`` as plain data (:func:`pipeline.process.otlp_records.any_value`)."""
    if value is None:
        return None
    if type(value) is not dict or len(value) > 1:
        raise _Fallback
    if not value:
        return None
    ((kind, item),) = value.items()
    if kind == "stringValue":
        return _str(item)
    if kind == "intValue":
        return _i64(item)
    if kind == "doubleValue":
        return _f64(item)
    if kind == "boolValue":
        if type(item) is not bool:
            raise _Fallback
        return item
    if kind == "arrayValue":
        return [_any(v) for v in _list(_dict(item).get("values"))]
    if kind == "kvlistValue":
        return _attributes(_dict(item).get("values"))
    raise _Fallback  # bytesValue (base64 spellings), unknown members


def _attributes(kvs: Any, prefix: str = "", out: dict[str, Any] | None = None) -> dict[str, Any]:
    """``KeyValue`` list → flat dict, nested maps joined with dots (as the protobuf decoder does)."""
    if out is None:
        out = {}
    if kvs is None:
        return out
    if type(kvs) is not list:
        raise _Fallback
    for kv in kvs:
        if type(kv) is not dict:
            raise _Fallback
        key = kv.get("key", "")
        if type(key) is not str:
            raise _Fallback
        value = kv.get("value")
        if type(value) is dict and len(value) == 1:
            ((kind, item),) = value.items()
            if kind == "stringValue" and type(item) is str:
                out[prefix + key] = item
                continue
            if kind == "kvlistValue" and type(item) is dict:
                inner = item.get("values")
                if inner:
                    _attributes(inner, f"{prefix}{key}.", out)
                    continue
        out[prefix + key] = _any(value)
    return out


def _flat(kvs: Any) -> dict[str, Any]:
    """:func:`_attributes` of a record's own list: a string or an integer member read straight,
    anything else by :func:`_attributes` (whose checks these are).

    A member's value is read by subscript: a member that is not an object, or has no ``value``,
    raises TypeError or KeyError, which sends the message to the reference path as a failed check
    would (a member without a value is valid but rare: the reference path then reads it)."""
    out: dict[str, Any] = {}
    if kvs is None:
        return out
    if type(kvs) is not list:
        raise _Fallback
    i64 = _I64
    for kv in kvs:
        value = kv["value"]
        if type(value) is dict and len(value) == 1:
            key = kv.get("key", "")  # protobuf's mapping leaves an empty key out
            if type(key) is not str:
                raise _Fallback
            if "stringValue" in value:
                item = value["stringValue"]
                if type(item) is str:
                    out[key] = item
                    continue
            elif "intValue" in value:
                item = value["intValue"]
                # _i64 written out: what the reference parser takes (no space, then int()) and in range
                if type(item) is str and " " not in item:
                    item = int(item)
                elif type(item) is not int:
                    raise _Fallback
                if not -i64 <= item < i64:
                    raise _Fallback
                out[key] = item
                continue
        _attributes([kv], "", out)
    return out


def _service(resource: dict[str, Any], default: str) -> str:
    name = resource.get("service.name")
    return name if isinstance(name, str) and name else default


def _scope(scope: Any) -> dict[str, Any] | None:
    scope = _dict(scope)
    name = _str(scope.get("name", ""))
    version = _str(scope.get("version", ""))
    if not name and not version:
        return None
    out: dict[str, Any] = {"name": name}
    if version:
        out["version"] = version
    return out


def _body_text(body: Any) -> str:
    if body is None:
        return ""
    if type(body) is dict and len(body) == 1 and type(body.get("stringValue")) is str:
        return body["stringValue"]
    value = _any(body)
    if value is None:
        return ""
    return orjson.dumps(value).decode()


def _logs(data: dict[str, Any], default_service: str, received_ns: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    append = out.append
    heads, head_of, millis = _STAMP_HEADS, _stamp_head, _MILLIS
    severities, severity_text = _SEVERITY, _SEVERITY_TEXT
    zero_trace, zero_span = _ZERO_TRACE, _ZERO_SPAN
    fromhex = bytes.fromhex
    flat = _flat
    u64 = _U64
    for rl in _list(data.get("resourceLogs")):
        rl = _dict(rl)
        resource = _attributes(_dict(rl.get("resource")).get("attributes"))
        service = _service(resource, default_service)
        for sl in _list(rl.get("scopeLogs")):
            sl = _dict(sl)
            scope = _scope(sl.get("scope"))
            for lr in _list(sl.get("logRecords")):
                if type(lr) is not dict:
                    raise _Fallback
                get = lr.get
                # _u64 written out for the two times (_TIME_READ)
                observed = get("observedTimeUnixNano", 0)
                if type(observed) is str and " " not in observed:
                    observed = int(observed)
                elif type(observed) is not int:
                    raise _Fallback
                if not 0 <= observed < u64:
                    raise _Fallback
                observed = observed or received_ns
                when = get("timeUnixNano", 0)
                if type(when) is str and " " not in when:
                    when = int(when)
                elif type(when) is not int:
                    raise _Fallback
                if not 0 <= when < u64:
                    raise _Fallback
                when = when or observed
                number = get("severityNumber", 0)
                number = severities.get(number) if type(number) is not bool else None
                if number is None:
                    raise _Fallback
                text = get("severityText", "")
                if type(text) is not str:
                    raise _Fallback
                if text:
                    text = text.upper()  # never empty again
                    if not number:  # a level name alone (some shippers send no number): its number, as the spec allows
                        number = severity_number(text)[1]
                elif number:
                    text = severity_text.get(((number - 1) // 4) * 4 + 1, "")
                body = get("body")
                if type(body) is dict and len(body) == 1 and type(body.get("stringValue")) is str:
                    message = body["stringValue"]
                else:
                    message = _body_text(body)
                seconds = when // 1_000_000_000
                rec: dict[str, Any] = {
                    "@timestamp": (heads.get(seconds) or head_of(seconds)) + millis[when // 1_000_000 % 1000],
                    "time_unix_nano": when,
                    "observed_time_unix_nano": observed,
                    "service.name": service,
                    "severity_text": text,
                    "severity_number": number,
                    "message": message,
                    "attributes": flat(get("attributes")),
                    "resource": resource,
                }
                raw = get("traceId")
                if raw is not None:
                    raw = fromhex(raw) if type(raw) is str else _id_bytes(raw)  # ValueError: the reference path
                    if len(raw) == 16 and raw != zero_trace:
                        rec["trace_id"] = raw.hex()
                raw = get("spanId")
                if raw is not None:
                    raw = fromhex(raw) if type(raw) is str else _id_bytes(raw)
                    if len(raw) == 8 and raw != zero_span:
                        rec["span_id"] = raw.hex()
                event_name = get("eventName", "")
                if event_name:
                    if type(event_name) is not str:
                        raise _Fallback
                    rec["event_name"] = event_name
                elif type(event_name) is not str:
                    raise _Fallback
                if scope:
                    rec["scope"] = scope
                append(rec)
    return out


def _spans(data: dict[str, Any], default_service: str, received_ns: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    append = out.append
    heads, head_of, millis = _STAMP_HEADS, _stamp_head, _MILLIS
    kind_names, kinds = SPAN_KINDS, len(SPAN_KINDS)
    span_kinds, status_codes, codes = _SPAN_KIND, _STATUS_CODE, STATUS_CODES
    zero_span = _ZERO_SPAN
    fromhex = bytes.fromhex
    flat = _flat
    operation = span_operation
    u64 = _U64
    for rs in _list(data.get("resourceSpans")):
        rs = _dict(rs)
        resource = _attributes(_dict(rs.get("resource")).get("attributes"))
        service = _service(resource, default_service)
        for ss in _list(rs.get("scopeSpans")):
            ss = _dict(ss)
            scope = _scope(ss.get("scope"))
            for sp in _list(ss.get("spans")):
                if type(sp) is not dict:
                    raise _Fallback
                get = sp.get
                # _u64 written out for the two times (_TIME_READ)
                start = get("startTimeUnixNano", 0)
                if type(start) is str and " " not in start:
                    start = int(start)
                elif type(start) is not int:
                    raise _Fallback
                if not 0 <= start < u64:
                    raise _Fallback
                start = start or received_ns
                end = get("endTimeUnixNano", 0)
                if type(end) is str and " " not in end:
                    end = int(end)
                elif type(end) is not int:
                    raise _Fallback
                if not 0 <= end < u64:
                    raise _Fallback
                if end < start:
                    end = start
                duration = end - start
                number = get("kind", 0)
                number = span_kinds.get(number) if type(number) is not bool else None
                if number is None:
                    raise _Fallback
                kind = kind_names[number] if 0 <= number < kinds else "unspecified"
                attrs = flat(get("attributes"))
                status = get("status")
                code: int | None
                if status is None:
                    code, message = 0, ""
                elif type(status) is dict:
                    code = status.get("code", 0)
                    code = status_codes.get(code) if type(code) is not bool else None
                    if code is None:
                        raise _Fallback
                    message = status.get("message", "")
                    if type(message) is not str:
                        raise _Fallback
                else:
                    raise _Fallback
                name = get("name", "")
                if type(name) is not str:
                    raise _Fallback
                trace_id = get("traceId")
                span_id = get("spanId")
                seconds = start // 1_000_000_000
                rec: dict[str, Any] = {
                    "@timestamp": (heads.get(seconds) or head_of(seconds)) + millis[start // 1_000_000 % 1000],
                    "service.name": service,
                    # an id that is not hex raises ValueError: the reference path names it
                    "trace_id": (fromhex(trace_id) if type(trace_id) is str else _id_bytes(trace_id)).hex(),
                    "span_id": (fromhex(span_id) if type(span_id) is str else _id_bytes(span_id)).hex(),
                    "name": name,
                    "operation": operation(name, kind, attrs),
                    "kind": kind,
                    "start_time_unix_nano": start,
                    "end_time_unix_nano": end,
                    "duration_ns": duration,
                    "duration_ms": duration / 1e6,
                    "status.code": codes[code] if 0 <= code < 3 else "unset",
                    "attributes": attrs,
                    "resource": resource,
                }
                if message:
                    rec["status.message"] = message
                parent = get("parentSpanId")
                if parent is not None:
                    parent = fromhex(parent) if type(parent) is str else _id_bytes(parent)
                    if len(parent) == 8 and parent != zero_span:
                        rec["parent_span_id"] = parent.hex()
                trace_state = get("traceState", "")
                if trace_state:
                    if type(trace_state) is not str:
                        raise _Fallback
                    rec["trace_state"] = trace_state
                elif type(trace_state) is not str:
                    raise _Fallback
                events_in = get("events")
                if events_in:
                    if type(events_in) is not list:
                        raise _Fallback
                    events = []
                    for ev in events_in:
                        ev = _dict(ev)
                        ev_attrs = flat(ev.get("attributes"))
                        ev_name = _str(ev.get("name", ""))
                        events.append({"time_unix_nano": _u64(ev.get("timeUnixNano", 0)), "name": ev_name, "attributes": ev_attrs})
                        if ev_name == "exception" and "exception.type" not in rec:
                            for key in ("exception.type", "exception.message"):
                                if isinstance(ev_attrs.get(key), str):
                                    rec[key] = ev_attrs[key]
                    rec["events"] = events
                elif events_in is not None and type(events_in) is not list:
                    raise _Fallback
                links_in = get("links")
                if links_in:
                    if type(links_in) is not list:
                        raise _Fallback
                    links = []
                    for link in links_in:
                        link = _dict(link)
                        entry: dict[str, Any] = {
                            "trace_id": _id_bytes(link.get("traceId")).hex(),
                            "span_id": _id_bytes(link.get("spanId")).hex(),
                        }
                        link_state = _str(link.get("traceState", ""))
                        if link_state:
                            entry["trace_state"] = link_state
                        link_attrs = _list(link.get("attributes"))
                        if link_attrs:
                            entry["attributes"] = _attributes(link_attrs)
                        links.append(entry)
                    rec["links"] = links
                elif links_in is not None and type(links_in) is not list:
                    raise _Fallback
                if scope:
                    rec["scope"] = scope
                append(rec)
    return out


def _common(metric: dict[str, Any], scope: dict[str, Any] | None) -> dict[str, Any]:
    """What every point of a metric carries, read once a metric (only for a metric with points:
    a field of a metric without any is not read, as before)."""
    common: dict[str, Any] = {}
    unit = _str(metric.get("unit", ""))
    if unit:
        common["unit"] = unit
    description = _str(metric.get("description", ""))
    if description:
        common["description"] = description
    if scope:
        common["scope"] = scope
    return common


def _number(point: dict[str, Any]) -> float:
    as_int = point.get("asInt")
    as_double = point.get("asDouble")
    if as_int is not None:
        if as_double is not None:
            raise _Fallback  # two members of one oneof
        return float(_i64(as_int))
    return 0.0 if as_double is None else _f64(as_double)


def _hist_extras(rec: dict[str, Any], point: dict[str, Any]) -> None:
    get = point.get
    rec["count"] = _u64(get("count", 0))
    value = get("sum")
    if value is not None:
        rec["sum"] = value if type(value) is float else _f64(value)
    value = get("min")
    if value is not None:
        rec["min"] = value if type(value) is float else _f64(value)
    value = get("max")
    if value is not None:
        rec["max"] = value if type(value) is float else _f64(value)


def _u64_list(values: Any) -> list[int]:
    """``[_u64(c) for c in _list(values)]``, with a list of strings (protobuf's spelling) read in one
    step: joined, it has no space (:func:`_integer`), and the smallest and largest are in range."""
    if type(values) is not list:
        return [_u64(c) for c in _list(values)]
    try:
        joined = "".join(values)
    except TypeError:  # not all strings: numbers as exporters write them (or a bad member)
        numbers = [c if type(c) is int else _integer(c) for c in values]
    else:
        if " " in joined:
            raise _Fallback
        numbers = list(map(int, values))  # ValueError: the reference path
    if numbers and (min(numbers) < 0 or max(numbers) >= _U64):
        raise _Fallback
    return numbers


_json_series_cache: dict[tuple[str, ...], tuple[dict[str, Any], str]] = {}


def _point_series(service: str, name: str, kvs: Any) -> tuple[dict[str, Any], str]:
    """:func:`_labels_and_series` of a point's attribute list, remembered by its keys and string
    values (the wire path's :func:`~pipeline.process.otlp_records._wire_series` remembers the bytes):
    a series seen before costs neither the flat dict nor the naming.  A list with any other member
    goes the general way."""
    parts = [service, name]
    if type(kvs) is list:
        for kv in kvs:
            value = kv.get("value")
            if type(value) is dict and len(value) == 1:
                key = kv.get("key", "")
                item = value.get("stringValue")
                if type(key) is str and type(item) is str:
                    parts += (key, item)
                    continue
            return _labels_and_series(service, name, _flat(kvs))
    elif kvs is not None:
        raise _Fallback
    whole = tuple(parts)
    hit = _json_series_cache.get(whole)
    if hit is None:
        hit = _labels_and_series(service, name, _flat(kvs))
        if len(_json_series_cache) >= _SERIES_CACHE_MAX:
            _json_series_cache.clear()
        _json_series_cache[whole] = (dict(hit[0]), hit[1])
        return hit
    return dict(hit[0]), hit[1]


def _buckets(side: Any) -> dict[str, Any]:
    side = _dict(side)
    return {"offset": _i32(side.get("offset", 0)), "bucket_counts": _u64_list(side.get("bucketCounts"))}


def _metrics(data: dict[str, Any], default_service: str, received_ns: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    append = out.append
    heads, head_of, millis = _STAMP_HEADS, _stamp_head, _MILLIS
    series = _point_series
    u64 = _U64
    for rm in _list(data.get("resourceMetrics")):
        rm = _dict(rm)
        resource = _attributes(_dict(rm.get("resource")).get("attributes"))
        service = _service(resource, default_service)
        for sm in _list(rm.get("scopeMetrics")):
            sm = _dict(sm)
            scope = _scope(sm.get("scope"))
            for metric in _list(sm.get("metrics")):
                metric = _dict(metric)
                present = [k for k in _DATA_KEYS if metric.get(k) is not None]
                if len(present) > 1:
                    raise _Fallback
                data_key = present[0] if present else None
                body = _dict(metric.get(data_key)) if data_key else {}
                monotonic = body.get("isMonotonic", False) if data_key == "sum" else False
                if type(monotonic) is not bool:
                    raise _Fallback
                kind = _KIND.get(data_key or "", "gauge")
                name = otlp_metric_name(_str(metric.get("name", "")), _str(metric.get("unit", "")), kind, monotonic)
                points = _list(body.get("dataPoints"))
                temporality = _TEMPORALITY[_enum_value(_AGGREGATION, body.get("aggregationTemporality", 0)) % 3]
                if not points:
                    continue
                common = _common(metric, scope)
                for p in points:
                    if type(p) is not dict:
                        p = _dict(p)  # None is an empty point; anything else raises
                    get = p.get
                    # _u64 written out for the point's time (_TIME_READ)
                    when = get("timeUnixNano", 0)
                    if type(when) is str and " " not in when:
                        when = int(when)
                    elif type(when) is not int:
                        raise _Fallback
                    if not 0 <= when < u64:
                        raise _Fallback
                    when = when or received_ns
                    attrs, sid = series(service, name, get("attributes"))
                    seconds = when // 1_000_000_000
                    rec: dict[str, Any] = {
                        "@timestamp": (heads.get(seconds) or head_of(seconds)) + millis[when // 1_000_000 % 1000],
                        "service.name": service,
                        "name": name,
                        "type": kind,
                        "series_id": sid,
                        "time_unix_nano": when,
                        "attributes": attrs,
                        "resource": resource,
                    }
                    start = get("startTimeUnixNano", 0)
                    if start:  # 0 (or "", refused below) adds nothing; _u64 written out (_TIME_READ)
                        if type(start) is str and " " not in start:
                            start = int(start)
                        elif type(start) is not int:
                            raise _Fallback
                        if not 0 <= start < u64:
                            raise _Fallback
                        if start:
                            rec["start_time_unix_nano"] = start
                    elif type(start) is not int:
                        raise _Fallback  # "", or a false value of another type: as the reference path reads it
                    if common:
                        rec.update(common)
                    if data_key == "gauge" or data_key == "sum":
                        value = get("asDouble")
                        # _number written out for the usual double (no asInt beside it)
                        rec["value"] = value if type(value) is float and get("asInt") is None else _number(p)
                        if data_key == "sum":
                            rec["temporality"] = temporality
                            rec["monotonic"] = monotonic
                    elif data_key == "histogram":
                        rec["temporality"] = temporality
                        _hist_extras(rec, p)
                        rec["explicit_bounds"] = [b if type(b) is float else _f64(b) for b in _list(get("explicitBounds"))]
                        rec["bucket_counts"] = _u64_list(get("bucketCounts"))
                    elif data_key == "exponentialHistogram":
                        rec["temporality"] = temporality
                        _hist_extras(rec, p)
                        rec["scale"] = _i32(get("scale", 0))
                        rec["zero_count"] = _u64(get("zeroCount", 0))
                        rec["positive"] = _buckets(get("positive"))
                        rec["negative"] = _buckets(get("negative"))
                    else:  # summary
                        rec["count"] = _u64(get("count", 0))
                        rec["sum"] = _f64(get("sum", 0.0))
                        rec["quantiles"] = [
                            {"quantile": _f64(q.get("quantile", 0.0)), "value": _f64(q.get("value", 0.0))}
                            for q in map(_dict, _list(get("quantileValues")))
                        ]
                    append(rec)
    return out


_FAST = {"logs": _logs, "spans": _spans, "metrics": _metrics}
_REFERENCE = {"logs": logs_records, "spans": spans_records, "metrics": metrics_records}


def json_records(signal: str, value: bytes, default_service: str, received_ns: int) -> list[dict[str, Any]]:
    """Canonical records of one OTLP/JSON ``Export*ServiceRequest`` of ``signal``.

    Raises
    ------
    OtlpDecodeError
        ``invalid_json`` (not JSON), ``invalid_shape`` (not an OTLP request).

    Examples
    --------
    >>> body = (b'{"resourceLogs": [{"resource": {"attributes": [{"key": "service.name", '
    ...         b'"value": {"stringValue": "api"}}]}, "scopeLogs": [{"logRecords": [{"timeUnixNano": '
    ...         b'"1700000000000000000", "severityNumber": 17, "body": {"stringValue": "boom"}}]}]}]}')
    >>> [rec] = json_records("logs", body, "unknown_service", 0)
    >>> rec["service.name"], rec["severity_text"], rec["message"], rec["@timestamp"]
    ('api', 'ERROR', 'boom', '2023-11-14T22:13:20.000Z')
    """
    try:
        data = orjson.loads(value)
    except orjson.JSONDecodeError as exc:
        raise OtlpDecodeError("invalid_json", f"{signal}: otlp-json payload is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise OtlpDecodeError("invalid_shape", f"{signal}: otlp-json payload must be a JSON object")
    if not _snake_case_names(value, data):
        try:
            return _FAST[signal](data, default_service, received_ns)
        except _FALLBACK:
            pass
    return _REFERENCE[signal](parse_otlp_json(signal, value), default_service, received_ns)
