"""OTLP/JSON export requests → canonical records, straight from the parsed JSON.  Pure.

The records are those :mod:`pipeline.process.otlp_records` makes from the same
request sent as protobuf (the parity test in ``tests/unit/process`` holds the
two equal), without building protobuf messages first: ``orjson`` parses the
payload and one pass over the dicts makes the records.

The fast pass reads what the OTLP JSON mapping writes (camelCase field names,
hex trace and span ids, 64-bit integers as numbers or decimal strings, enums as
numbers or their names, ``"NaN"``/``"Infinity"`` for doubles).  Anything it does
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
    OtlpDecodeError,
    _labels_and_series,
    logs_records,
    metrics_records,
    parse_otlp_json,
    spans_records,
)
from schemas.metricnames import otlp_metric_name
from schemas.records import SPAN_KINDS, STATUS_CODES, format_timestamp

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


def _u64(value: Any) -> int:
    if type(value) is int:
        if 0 <= value < _U64:
            return value
    elif type(value) is str and value.isascii() and value.isdigit():
        number = int(value)
        if number < _U64:
            return number
    raise _Fallback


def _i64(value: Any) -> int:
    if type(value) is int:
        number = value
    elif type(value) is str and value.isascii() and (value.isdigit() or (value[:1] == "-" and value[1:].isdigit())):
        number = int(value)
    else:
        raise _Fallback
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
    anything else by :func:`_attributes` (whose checks these are)."""
    out: dict[str, Any] = {}
    if kvs is None:
        return out
    if type(kvs) is not list:
        raise _Fallback
    for kv in kvs:
        if type(kv) is dict:
            key = kv.get("key", "")
            value = kv.get("value")
            if type(key) is str and type(value) is dict and len(value) == 1:
                item = value.get("stringValue")
                if type(item) is str:
                    out[key] = item
                    continue
                item = value.get("intValue")
                if item is not None:
                    out[key] = _i64(item)
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
                observed = _u64(get("observedTimeUnixNano", 0)) or received_ns
                when = _u64(get("timeUnixNano", 0)) or observed
                number = _enum_value(_SEVERITY, get("severityNumber", 0))
                text = _str(get("severityText", "")).upper()
                if not text and number:
                    text = _SEVERITY_TEXT.get(((number - 1) // 4) * 4 + 1, "")
                rec: dict[str, Any] = {
                    "@timestamp": format_timestamp(when),
                    "time_unix_nano": when,
                    "observed_time_unix_nano": observed,
                    "service.name": service,
                    "severity_text": text,
                    "severity_number": number,
                    "message": _body_text(get("body")),
                    "attributes": _flat(get("attributes")),
                    "resource": resource,
                }
                raw = _id_bytes(get("traceId"))
                if len(raw) == 16 and any(raw):
                    rec["trace_id"] = raw.hex()
                raw = _id_bytes(get("spanId"))
                if len(raw) == 8 and any(raw):
                    rec["span_id"] = raw.hex()
                event_name = _str(get("eventName", ""))
                if event_name:
                    rec["event_name"] = event_name
                if scope:
                    rec["scope"] = scope
                out.append(rec)
    return out


def _spans(data: dict[str, Any], default_service: str, received_ns: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    kinds = len(SPAN_KINDS)
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
                start = _u64(get("startTimeUnixNano", 0)) or received_ns
                end = max(_u64(get("endTimeUnixNano", 0)), start)
                duration = end - start
                number = _enum_value(_SPAN_KIND, get("kind", 0))
                kind = SPAN_KINDS[number] if 0 <= number < kinds else "unspecified"
                attrs = _flat(get("attributes"))
                status = _dict(get("status"))
                code = _enum_value(_STATUS_CODE, status.get("code", 0))
                name = _str(get("name", ""))
                rec: dict[str, Any] = {
                    "@timestamp": format_timestamp(start),
                    "service.name": service,
                    "trace_id": _id_bytes(get("traceId")).hex(),
                    "span_id": _id_bytes(get("spanId")).hex(),
                    "name": name,
                    "operation": span_operation(name, kind, attrs),
                    "kind": kind,
                    "start_time_unix_nano": start,
                    "end_time_unix_nano": end,
                    "duration_ns": duration,
                    "duration_ms": duration / 1e6,
                    "status.code": STATUS_CODES[code] if 0 <= code < 3 else "unset",
                    "attributes": attrs,
                    "resource": resource,
                }
                message = _str(status.get("message", ""))
                if message:
                    rec["status.message"] = message
                parent = _id_bytes(get("parentSpanId"))
                if len(parent) == 8 and any(parent):
                    rec["parent_span_id"] = parent.hex()
                trace_state = _str(get("traceState", ""))
                if trace_state:
                    rec["trace_state"] = trace_state
                events_in = _list(get("events"))
                if events_in:
                    events = []
                    for ev in events_in:
                        ev = _dict(ev)
                        ev_attrs = _flat(ev.get("attributes"))
                        ev_name = _str(ev.get("name", ""))
                        events.append({"time_unix_nano": _u64(ev.get("timeUnixNano", 0)), "name": ev_name, "attributes": ev_attrs})
                        if ev_name == "exception" and "exception.type" not in rec:
                            for key in ("exception.type", "exception.message"):
                                if isinstance(ev_attrs.get(key), str):
                                    rec[key] = ev_attrs[key]
                    rec["events"] = events
                links_in = _list(get("links"))
                if links_in:
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
                if scope:
                    rec["scope"] = scope
                out.append(rec)
    return out


def _point_base(
    name: str, kind: str, point: dict[str, Any], service: str,
    resource: dict[str, Any], common: dict[str, Any], received_ns: int,
) -> dict[str, Any]:
    """A point's record; ``common`` holds what every point of its metric carries (unit, description, scope)."""
    when = _u64(point.get("timeUnixNano", 0)) or received_ns
    attrs, sid = _labels_and_series(service, name, _flat(point.get("attributes")))
    rec: dict[str, Any] = {
        "@timestamp": format_timestamp(when),
        "service.name": service,
        "name": name,
        "type": kind,
        "series_id": sid,
        "time_unix_nano": when,
        "attributes": attrs,
        "resource": resource,
    }
    start = _u64(point.get("startTimeUnixNano", 0))
    if start:
        rec["start_time_unix_nano"] = start
    if common:
        rec.update(common)
    return rec


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
    rec["count"] = _u64(point.get("count", 0))
    for key in ("sum", "min", "max"):
        value = point.get(key)
        if value is not None:
            rec[key] = _f64(value)


def _buckets(side: Any) -> dict[str, Any]:
    side = _dict(side)
    return {"offset": _i32(side.get("offset", 0)), "bucket_counts": [_u64(c) for c in _list(side.get("bucketCounts"))]}


def _metrics(data: dict[str, Any], default_service: str, received_ns: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
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
                name = otlp_metric_name(_str(metric.get("name", "")), _str(metric.get("unit", "")),
                                        _KIND.get(data_key or "", "gauge"), monotonic)
                points = _list(body.get("dataPoints"))
                temporality = _TEMPORALITY[_enum_value(_AGGREGATION, body.get("aggregationTemporality", 0)) % 3]
                kind = _KIND.get(data_key or "", "gauge")
                common = _common(metric, scope) if points else {}
                for p in points:
                    p = _dict(p)
                    rec = _point_base(name, kind, p, service, resource, common, received_ns)
                    if data_key == "gauge":
                        rec["value"] = _number(p)
                    elif data_key == "sum":
                        rec["value"] = _number(p)
                        rec["temporality"] = temporality
                        rec["monotonic"] = monotonic
                    elif data_key == "histogram":
                        rec["temporality"] = temporality
                        _hist_extras(rec, p)
                        rec["explicit_bounds"] = [_f64(b) for b in _list(p.get("explicitBounds"))]
                        rec["bucket_counts"] = [_u64(c) for c in _list(p.get("bucketCounts"))]
                    elif data_key == "exponentialHistogram":
                        rec["temporality"] = temporality
                        _hist_extras(rec, p)
                        rec["scale"] = _i32(p.get("scale", 0))
                        rec["zero_count"] = _u64(p.get("zeroCount", 0))
                        rec["positive"] = _buckets(p.get("positive"))
                        rec["negative"] = _buckets(p.get("negative"))
                    else:  # summary
                        rec["count"] = _u64(p.get("count", 0))
                        rec["sum"] = _f64(p.get("sum", 0.0))
                        rec["quantiles"] = [
                            {"quantile": _f64(q.get("quantile", 0.0)), "value": _f64(q.get("value", 0.0))}
                            for q in map(_dict, _list(p.get("quantileValues")))
                        ]
                    out.append(rec)
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
    if _SNAKE_KEY.search(value) is None:
        try:
            return _FAST[signal](data, default_service, received_ns)
        except _FALLBACK:
            pass
    return _REFERENCE[signal](parse_otlp_json(signal, value), default_service, received_ns)
