"""OTLP export requests (protobuf or the OTLP JSON mapping) → canonical records.  Pure.

One function per signal takes the parsed ``Export*ServiceRequest`` and returns
plain dicts in the shape of :mod:`schemas.records`.  Resource and attribute
maps are flattened to dotted keys (``k8s.pod.name``) the same way everywhere;
ids become lowercase hex; enums become lowercase names; ``@timestamp`` is set
on every record.  Ids (``id``) are added by the caller.  Metric names and
point attribute keys take their Prometheus-style form (``http.server.request.duration``
in ``s`` → ``http_server_request_duration_seconds``, ``http.route`` → ``http_route``:
:mod:`schemas.metricnames`), so a series looks the same sent over OTLP or scraped.

This is the processor's half of OTLP; the ingestor's half (parse, check
limits, split by resource, produce raw batches) is :mod:`pipeline.ingest.otlp`.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import orjson
from google.protobuf import descriptor_pb2, descriptor_pool, json_format, message_factory
from google.protobuf.message import DecodeError as ProtoDecodeError
from google.protobuf.message import Message
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import ExportMetricsServiceRequest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import KeyValue
from opentelemetry.proto.trace.v1.trace_pb2 import Status

from pipeline.process.operations import span_operation
from schemas.metricnames import metric_labels, otlp_metric_name
from schemas.records import SPAN_KINDS, STATUS_CODES, format_timestamp, series_id, severity_number

__all__ = [
    "REQUEST_TYPES",
    "OtlpDecodeError",
    "any_value",
    "attributes",
    "logs_records",
    "metrics_records",
    "parse_otlp_json",
    "parse_otlp_proto",
    "proto_records",
    "spans_records",
]

REQUEST_TYPES: dict[str, type[Message]] = {
    "logs": ExportLogsServiceRequest,
    "spans": ExportTraceServiceRequest,
    "metrics": ExportMetricsServiceRequest,
}
_ID_KEYS = frozenset({"traceId", "spanId", "parentSpanId", "trace_id", "span_id", "parent_span_id"})
_TEMPORALITY = ("unspecified", "delta", "cumulative")
_KIND = {"exponential_histogram": "exponential_histogram", "histogram": "histogram", "sum": "sum", "summary": "summary"}
_SEVERITY_TEXT = {1: "TRACE", 5: "DEBUG", 9: "INFO", 13: "WARN", 17: "ERROR", 21: "FATAL"}
_ZERO_TRACE = bytes(16)
_ZERO_SPAN = bytes(8)

# ``@timestamp`` written inline in the record loops, as ``heads.get(ns // 10**9) or _stamp_head(ns // 10**9)``
# followed by ``_MILLIS[ns // 10**6 % 1000]``: format_timestamp's text (the test holds the two equal) without
# a call a record.  Keyed by the second, so records of a batch share it whatever their milliseconds.
_STAMP_HEADS: dict[int, str] = {}
_MILLIS = tuple(f".{ms:03d}Z" for ms in range(1000))


def _stamp_head(seconds: int) -> str:
    """:func:`format_timestamp` of ``seconds`` up to the seconds (``2023-11-14T22:13:20``), remembered."""
    if len(_STAMP_HEADS) >= 4096:
        _STAMP_HEADS.clear()
    head = _STAMP_HEADS[seconds] = format_timestamp(seconds * 1_000_000_000)[:-5]
    return head


def _timestamp(unix_ns: int) -> str:
    """:func:`format_timestamp`, as the record loops write it inline.

    >>> _timestamp(1_700_000_000_123_456_789)
    '2023-11-14T22:13:20.123Z'
    """
    return (_STAMP_HEADS.get(unix_ns // 1_000_000_000) or _stamp_head(unix_ns // 1_000_000_000)) + _MILLIS[
        unix_ns // 1_000_000 % 1000]


class OtlpDecodeError(ValueError):
    """The payload is not a valid OTLP request; ``reason`` is a short label."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def parse_otlp_proto(signal: str, value: bytes) -> Any:
    """Parse a serialized ``Export*ServiceRequest`` for ``signal``."""
    request = REQUEST_TYPES[signal]()
    try:
        request.ParseFromString(value)
    except ProtoDecodeError as exc:
        raise OtlpDecodeError("invalid_protobuf", f"{signal}: not a valid OTLP protobuf request: {exc}") from None
    return request


def _hex_ids_to_base64(node: Any) -> Any:
    # The OTLP JSON mapping writes trace and span ids as hex; protobuf JSON expects base64.
    if isinstance(node, dict):
        for key, item in node.items():
            if key in _ID_KEYS and isinstance(item, str):
                try:
                    node[key] = base64.b64encode(bytes.fromhex(item)).decode()
                except ValueError:
                    raise OtlpDecodeError("invalid_shape", f"{key} {item!r} is not hex") from None
            else:
                _hex_ids_to_base64(item)
    elif isinstance(node, list):
        for item in node:
            _hex_ids_to_base64(item)
    return node


def parse_otlp_json(signal: str, value: bytes) -> Any:
    """Parse an ``Export*ServiceRequest`` in the OTLP JSON mapping (hex ids, camelCase)."""
    try:
        data = orjson.loads(value)
    except orjson.JSONDecodeError as exc:
        raise OtlpDecodeError("invalid_json", f"{signal}: otlp-json payload is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise OtlpDecodeError("invalid_shape", f"{signal}: otlp-json payload must be a JSON object")
    request = REQUEST_TYPES[signal]()
    try:
        json_format.ParseDict(_hex_ids_to_base64(data), request, ignore_unknown_fields=True)
    except json_format.ParseError as exc:
        raise OtlpDecodeError("invalid_shape", f"{signal}: not a valid OTLP JSON request: {exc}") from None
    return request


def any_value(value: Any) -> Any:
    """An OTLP ``AnyValue`` as plain data (bytes as base64 text)."""
    kind = value.WhichOneof("value")
    if kind == "string_value":
        return value.string_value
    if kind == "int_value":
        return value.int_value
    if kind == "double_value":
        return value.double_value
    if kind == "bool_value":
        return value.bool_value
    if kind == "array_value":
        return [any_value(v) for v in value.array_value.values]
    if kind == "kvlist_value":
        return attributes(value.kvlist_value.values)
    if kind == "bytes_value":
        return base64.b64encode(value.bytes_value).decode()
    return None


def attributes(kvs: Any, prefix: str = "", out: dict[str, Any] | None = None) -> dict[str, Any]:
    """OTLP ``KeyValue`` list → flat dict, nested maps joined with dots."""
    if out is None:
        out = {}
    for kv in kvs:
        value = kv.value
        # the common kinds inline (this loop runs for every attribute of every record); a non-empty
        # string_value can only be the string member of the oneof, so most attributes need no WhichOneof
        text = value.string_value
        if text:
            out[prefix + kv.key] = text
            continue
        kind = value.WhichOneof("value")
        if kind == "string_value":
            out[prefix + kv.key] = text
        elif kind == "int_value":
            out[prefix + kv.key] = value.int_value
        elif kind == "kvlist_value" and value.kvlist_value.values:
            attributes(value.kvlist_value.values, f"{prefix}{kv.key}.", out)
        else:
            out[prefix + kv.key] = any_value(value)
    return out


def _flat(kvs: Any) -> dict[str, Any]:
    """:func:`attributes` of a record's own list (no prefix): a string or a non-zero integer is read
    without ``WhichOneof`` (a set member of a oneof is the only one that can be non-empty)."""
    out: dict[str, Any] = {}
    for kv in kvs:
        value = kv.value
        text = value.string_value
        if text:
            out[kv.key] = text
            continue
        number = value.int_value
        if number:
            out[kv.key] = number
        else:
            attributes((kv,), "", out)
    return out


Flattener = Callable[[Any], dict[str, Any]]


def _hex(raw: bytes, size: int) -> str | None:
    return raw.hex() if len(raw) == size and any(raw) else None


def _service(resource: dict[str, Any], default: str) -> str:
    name = resource.get("service.name")
    return name if isinstance(name, str) and name else default


def _scope(scope: Any) -> dict[str, Any] | None:
    if not scope.name and not scope.version:
        return None
    out: dict[str, Any] = {"name": scope.name}
    if scope.version:
        out["version"] = scope.version
    return out


def _body_text(body: Any) -> str:
    kind = body.WhichOneof("value")
    if kind == "string_value":
        return str(body.string_value)
    if kind is None:
        return ""
    return orjson.dumps(any_value(body)).decode()


def logs_records(request: Any, default_service: str, received_ns: int, flat: Flattener = _flat) -> list[dict[str, Any]]:
    """Canonical log records from an ``ExportLogsServiceRequest`` (``flat`` reads a record's attribute
    list: :func:`proto_records` passes the reader of raw ``KeyValue`` bytes)."""
    out: list[dict[str, Any]] = []
    append = out.append
    heads, head_of, millis = _STAMP_HEADS, _stamp_head, _MILLIS
    severity_text = _SEVERITY_TEXT
    zero_trace, zero_span = _ZERO_TRACE, _ZERO_SPAN
    for rl in request.resource_logs:
        resource = attributes(rl.resource.attributes)
        service = _service(resource, default_service)
        for sl in rl.scope_logs:
            scope = _scope(sl.scope)
            for lr in sl.log_records:
                observed = lr.observed_time_unix_nano or received_ns
                when = lr.time_unix_nano or observed
                number = lr.severity_number
                body = lr.body
                text = lr.severity_text
                if text:
                    text = text.upper()  # never empty again
                    if not number:  # a level name alone (some shippers send no number): its number, as the spec allows
                        number = severity_number(text)[1]
                elif number:
                    text = severity_text.get(((number - 1) // 4) * 4 + 1, "")
                seconds = when // 1_000_000_000
                rec: dict[str, Any] = {
                    "@timestamp": (heads.get(seconds) or head_of(seconds)) + millis[when // 1_000_000 % 1000],
                    "time_unix_nano": when,
                    "observed_time_unix_nano": observed,
                    "service.name": service,
                    "severity_text": text,
                    "severity_number": number,
                    "message": body.string_value or _body_text(body),
                    "attributes": flat(lr.attributes),
                    "resource": resource,
                }
                raw = lr.trace_id
                if len(raw) == 16 and raw != zero_trace:
                    rec["trace_id"] = raw.hex()
                raw = lr.span_id
                if len(raw) == 8 and raw != zero_span:
                    rec["span_id"] = raw.hex()
                event_name = lr.event_name
                if event_name:
                    rec["event_name"] = event_name
                if scope:
                    rec["scope"] = scope
                append(rec)
    return out


def spans_records(request: Any, default_service: str, received_ns: int, flat: Flattener = _flat) -> list[dict[str, Any]]:
    """Canonical spans from an ``ExportTraceServiceRequest`` (``flat``: as :func:`logs_records`)."""
    out: list[dict[str, Any]] = []
    append = out.append
    heads, head_of, millis = _STAMP_HEADS, _stamp_head, _MILLIS
    operation = span_operation
    kind_names, kinds = SPAN_KINDS, len(SPAN_KINDS)
    codes = STATUS_CODES
    zero_span = _ZERO_SPAN
    for rs in request.resource_spans:
        resource = attributes(rs.resource.attributes)
        service = _service(resource, default_service)
        for ss in rs.scope_spans:
            scope = _scope(ss.scope)
            for sp in ss.spans:
                start = sp.start_time_unix_nano or received_ns
                end = sp.end_time_unix_nano
                if end < start:
                    end = start
                duration = end - start
                number = sp.kind  # each field read once: a read builds a Python object
                kind = kind_names[number] if 0 <= number < kinds else "unspecified"
                attrs = flat(sp.attributes)
                status_msg = sp.status  # on the fast path the Status's wire bytes (_WIRE_BYTES_FIELDS)
                if status_msg.__class__ is not bytes:
                    status, message = status_msg.code, status_msg.message
                elif status_msg:
                    status_msg = Status.FromString(status_msg)
                    status, message = status_msg.code, status_msg.message
                else:  # the usual span: no status set, and no Status object to build and read
                    status, message = 0, ""
                name = sp.name
                seconds = start // 1_000_000_000
                rec: dict[str, Any] = {
                    "@timestamp": (heads.get(seconds) or head_of(seconds)) + millis[start // 1_000_000 % 1000],
                    "service.name": service,
                    "trace_id": sp.trace_id.hex(),
                    "span_id": sp.span_id.hex(),
                    "name": name,
                    "operation": operation(name, kind, attrs),
                    "kind": kind,
                    "start_time_unix_nano": start,
                    "end_time_unix_nano": end,
                    "duration_ns": duration,
                    "duration_ms": duration / 1e6,
                    "status.code": codes[status] if 0 <= status < 3 else "unset",
                    "attributes": attrs,
                    "resource": resource,
                }
                if message:
                    rec["status.message"] = message
                parent = sp.parent_span_id
                if len(parent) == 8 and parent != zero_span:
                    rec["parent_span_id"] = parent.hex()
                trace_state = sp.trace_state
                if trace_state:
                    rec["trace_state"] = trace_state
                span_events = sp.events
                if span_events:
                    events = []
                    for ev in span_events:
                        ev_attrs = flat(ev.attributes)
                        ev_name = ev.name
                        events.append({"time_unix_nano": ev.time_unix_nano, "name": ev_name, "attributes": ev_attrs})
                        if ev_name == "exception" and "exception.type" not in rec:
                            for key in ("exception.type", "exception.message"):
                                if isinstance(ev_attrs.get(key), str):
                                    rec[key] = ev_attrs[key]
                    rec["events"] = events
                span_links = sp.links
                if span_links:
                    links = []
                    for link in span_links:
                        entry: dict[str, Any] = {"trace_id": link.trace_id.hex(), "span_id": link.span_id.hex()}
                        if link.trace_state:
                            entry["trace_state"] = link.trace_state
                        if link.attributes:
                            entry["attributes"] = attributes(link.attributes)
                        links.append(entry)
                    rec["links"] = links
                if scope:
                    rec["scope"] = scope
                append(rec)
    return out


_SERIES_CACHE_MAX = 50_000
_series_cache: dict[tuple[Any, ...], tuple[dict[str, Any], str]] = {}


def _labels_and_series(service: str, name: str, raw: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """A point's Prometheus-style labels (a fresh dict) and its series id, remembered per series:
    the points of one series come back every export, and naming plus hashing cost more than a lookup."""
    try:
        key = (service, name, *[(k, type(v), v) for k, v in raw.items()])  # 1, 1.0 and True are equal keys
        hit = _series_cache.get(key)
    except TypeError:  # a list or map value: not hashable, computed every time
        labels = metric_labels(raw)
        return labels, series_id(service, name, labels)
    if hit is None:
        labels = metric_labels(raw)
        hit = (labels, series_id(service, name, labels))
        if len(_series_cache) >= _SERIES_CACHE_MAX:
            _series_cache.clear()
        _series_cache[key] = hit
    return dict(hit[0]), hit[1]


SeriesReader = Callable[[str, str, Any], tuple[dict[str, Any], str]]


def metrics_records(
    request: Any, default_service: str, received_ns: int, flat: Flattener = _flat, series: SeriesReader | None = None,
) -> list[dict[str, Any]]:
    """Canonical metric points (one per data point) from an ``ExportMetricsServiceRequest``
    (``flat``: as :func:`logs_records`; ``series`` reads a point's labels and series id from its
    attribute list, by default :func:`_labels_and_series` of ``flat``)."""
    if series is None:
        def series(service: str, name: str, kvs: Any) -> tuple[dict[str, Any], str]:
            return _labels_and_series(service, name, flat(kvs))
    out: list[dict[str, Any]] = []
    append = out.append
    heads, head_of, millis = _STAMP_HEADS, _stamp_head, _MILLIS
    for rm in request.resource_metrics:
        resource = attributes(rm.resource.attributes)
        service = _service(resource, default_service)
        for sm in rm.scope_metrics:
            scope = _scope(sm.scope)
            for metric in sm.metrics:
                data = metric.WhichOneof("data")
                if data is None:
                    continue
                body = getattr(metric, data)
                points = body.data_points
                if not points:
                    continue
                unit = metric.unit
                monotonic = data == "sum" and body.is_monotonic
                kind = _KIND.get(data, "gauge")
                # one namespace with Prometheus series (schemas.metricnames)
                name = otlp_metric_name(metric.name, unit, kind, monotonic)
                common: dict[str, Any] = {}  # read once a metric, not once a point
                if unit:
                    common["unit"] = unit
                description = metric.description
                if description:
                    common["description"] = description
                if scope:
                    common["scope"] = scope
                temporality = "" if kind == "gauge" or kind == "summary" else _TEMPORALITY[body.aggregation_temporality % 3]
                for p in points:
                    when = p.time_unix_nano or received_ns
                    attrs, sid = series(service, name, p.attributes)
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
                    start = p.start_time_unix_nano
                    if start:
                        rec["start_time_unix_nano"] = start
                    if common:
                        rec.update(common)
                    if kind == "gauge" or kind == "sum":
                        # as_int is non-zero only when it is the member of the value oneof that is set, so a
                        # zero reads as_double (0.0 when the integer zero was sent): no WhichOneof a point
                        number = p.as_int
                        rec["value"] = float(number) if number else p.as_double
                        if kind == "sum":
                            rec["temporality"] = temporality
                            rec["monotonic"] = monotonic
                    elif kind == "summary":
                        rec["count"] = p.count
                        rec["sum"] = p.sum
                        rec["quantiles"] = [{"quantile": q.quantile, "value": q.value} for q in p.quantile_values]
                    else:  # histogram, exponential_histogram
                        rec["temporality"] = temporality
                        rec["count"] = p.count
                        if p.HasField("sum"):
                            rec["sum"] = p.sum
                        if p.HasField("min"):
                            rec["min"] = p.min
                        if p.HasField("max"):
                            rec["max"] = p.max
                        if kind == "histogram":
                            rec["explicit_bounds"] = p.explicit_bounds[:]  # a list (see _flat_wire on [:])
                            rec["bucket_counts"] = p.bucket_counts[:]
                        else:
                            rec["scale"] = p.scale
                            rec["zero_count"] = p.zero_count
                            positive, negative = p.positive, p.negative
                            rec["positive"] = {"offset": positive.offset, "bucket_counts": positive.bucket_counts[:]}
                            rec["negative"] = {"offset": negative.offset, "bucket_counts": negative.bucket_counts[:]}
                    append(rec)
    return out


# -- the fast path: record attributes read from their wire bytes ---------------------------------
#
# Reading a parsed protobuf from Python costs an object a field, and an attribute costs four (the
# KeyValue, its key, its AnyValue, the value): about 2 us, most of a span's decoding.  The requests are
# therefore parsed a second way too, with message classes of the same wire format in which every
# record-level attribute list is ``repeated bytes``: an attribute is then its serialized KeyValue, read
# by :func:`_flat_wire` from a cache of the ones seen before (attribute values repeat from record to
# record) or, the first time, by :func:`_wire_pair` for a string or non-negative integer, else by
# protobuf.  A span's Status is ``bytes`` there too: empty for most spans (no status set), it then
# costs neither a message object nor two reads, and is parsed only when set.  Anything that goes wrong
# there (bytes that are not a valid KeyValue or Status) sends the message to the reference path, which
# then decodes it or raises exactly as before.

_WIRE_ATTRIBUTE_FIELDS = frozenset({
    ("opentelemetry.proto.trace.v1.Span", "attributes"),
    ("opentelemetry.proto.trace.v1.Span.Event", "attributes"),
    ("opentelemetry.proto.logs.v1.LogRecord", "attributes"),
    ("opentelemetry.proto.metrics.v1.NumberDataPoint", "attributes"),
    ("opentelemetry.proto.metrics.v1.HistogramDataPoint", "attributes"),
    ("opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint", "attributes"),
    ("opentelemetry.proto.metrics.v1.SummaryDataPoint", "attributes"),
})
# every field the fast path reads as its wire bytes: the attribute lists, and a span's Status
_WIRE_BYTES_FIELDS = _WIRE_ATTRIBUTE_FIELDS | {("opentelemetry.proto.trace.v1.Span", "status")}


def _wire_request_types() -> dict[str, type[Message]]:
    """Message classes wire-compatible with :data:`REQUEST_TYPES`, in a pool of their own, whose
    record-level attribute lists (:data:`_WIRE_ATTRIBUTE_FIELDS`) are ``repeated bytes`` and a span's
    Status ``bytes`` (:data:`_WIRE_BYTES_FIELDS`)."""
    pool = descriptor_pool.DescriptorPool()
    added: set[str] = set()

    def retype(scope: str, messages: Any) -> None:
        for message in messages:
            name = f"{scope}.{message.name}"
            for field in message.field:
                if (name, field.name) in _WIRE_BYTES_FIELDS:
                    field.type = descriptor_pb2.FieldDescriptorProto.TYPE_BYTES
                    field.ClearField("type_name")
            retype(name, message.nested_type)

    def add(file: Any) -> None:
        if file.name in added:
            return
        for dependency in file.dependencies:
            add(dependency)
        proto = descriptor_pb2.FileDescriptorProto()
        file.CopyToProto(proto)
        retype(proto.package, proto.message_type)
        pool.Add(proto)
        added.add(file.name)

    for request_type in REQUEST_TYPES.values():
        add(request_type.DESCRIPTOR.file)
    return {
        signal: message_factory.GetMessageClass(pool.FindMessageTypeByName(request_type.DESCRIPTOR.full_name))
        for signal, request_type in REQUEST_TYPES.items()
    }


_WIRE_TYPES = _wire_request_types()
_KV_CACHE_MAX = 20_000  # about 3 MB when full of distinct values (url paths with ids); refilled after a clear
_kv_cache: dict[bytes, tuple[str, Any]] = {}
_IMMUTABLE = (str, int, float, bool, type(None))


# the bytes after a KeyValue's key when its value is a string that ends with it: the value field's tag
# and length (``rest``), the string's tag and length (``rest - 2``)
_STRING_HEADS = tuple(bytes((0x12, rest, 0x0A, rest - 2)) if rest >= 2 else b"" for rest in range(128))


def _wire_pair(raw: bytes) -> tuple[str, Any] | None:
    """``(key, value)`` of a serialized KeyValue whose value is a string or a non-negative integer,
    written the usual way (key, then value, each with a one-byte length); ``None`` for any other shape.

    >>> _wire_pair(KeyValue(key="http.route", value={"string_value": "/users"}).SerializeToString())
    ('http.route', '/users')
    >>> _wire_pair(KeyValue(key="n", value={"int_value": 300}).SerializeToString())
    ('n', 300)
    >>> _wire_pair(KeyValue(key="n", value={"int_value": -1}).SerializeToString()) is None  # ten bytes
    True
    """
    size = len(raw)
    if size < 7 or raw[0] != 0x0A or raw[1] > 127:
        return None
    end = 2 + raw[1]  # after the key
    rest = size - end - 2  # the length the value must have to end with the KeyValue
    if not 1 <= rest <= 127:
        return None
    if rest >= 2 and raw[end : end + 4] == _STRING_HEADS[rest]:  # one comparison for the usual string value
        # invalid UTF-8 raises: the reference path then refuses the message
        return raw[2:end].decode(), raw[end + 4 :].decode()
    if raw[end] != 0x12 or raw[end + 1] != rest or raw[end + 2] != 0x18:
        return None
    varint = raw[end + 3 :]
    # int_value: a varint of 1 to 9 bytes (below 2**63) that ends where the KeyValue ends
    if not 0 < len(varint) <= 9 or varint[-1] & 0x80 or any(b < 0x80 for b in varint[:-1]):
        return None
    number = 0
    for i, byte in enumerate(varint):
        number |= (byte & 0x7F) << (7 * i)
    return raw[2:end].decode(), number


def _flat_wire(kvs: Any) -> dict[str, Any]:
    """:func:`_flat` of a list of serialized KeyValues (the same dict, key for key and in order)."""
    out: dict[str, Any] = {}
    cache = _kv_cache
    # kvs[:]: protobuf (upb) makes the list of a repeated field in C; iterating the field itself costs
    # about twice as much an item
    for raw in kvs[:]:
        pair = cache.get(raw)
        if pair is None:
            pair = _wire_pair(raw)
            if pair is None:
                one = attributes((KeyValue.FromString(raw),))
                if len(one) != 1 or not isinstance(next(iter(one.values())), _IMMUTABLE):
                    out.update(one)  # a map flattened to several keys, or a list: not shared between records
                    continue
                pair = next(iter(one.items()))
            if len(cache) >= _KV_CACHE_MAX:
                cache.clear()
            cache[raw] = pair
        out[pair[0]] = pair[1]
    return out


_wire_series_cache: dict[tuple[Any, ...], tuple[dict[str, Any], str]] = {}


def _wire_series(service: str, name: str, kvs: Any) -> tuple[dict[str, Any], str]:
    """:func:`_labels_and_series` of a point's serialized KeyValues, remembered by those bytes (the
    same bytes make the same labels), so a series seen before costs no attribute reading at all."""
    key = (service, name, *kvs[:])  # [:] as in _flat_wire
    hit = _wire_series_cache.get(key)
    if hit is not None:
        return dict(hit[0]), hit[1]
    labels, sid = _labels_and_series(service, name, _flat_wire(kvs))
    if all(isinstance(v, _IMMUTABLE) for v in labels.values()):  # a list value is never shared
        if len(_wire_series_cache) >= _SERIES_CACHE_MAX:
            _wire_series_cache.clear()
        _wire_series_cache[key] = (dict(labels), sid)
    return labels, sid


_RECORDS = {"logs": logs_records, "spans": spans_records, "metrics": metrics_records}
_WIRE_READERS: dict[str, dict[str, Any]] = {
    "logs": {"flat": _flat_wire}, "spans": {"flat": _flat_wire}, "metrics": {"flat": _flat_wire, "series": _wire_series},
}


def proto_records(signal: str, value: bytes, default_service: str, received_ns: int) -> list[dict[str, Any]]:
    """Canonical records of one serialized ``Export*ServiceRequest`` of ``signal``: those of
    ``parse_otlp_proto`` and :func:`spans_records` (and the others), read faster (see above).

    Raises
    ------
    OtlpDecodeError
        ``invalid_protobuf``, as :func:`parse_otlp_proto`.
    """
    records = _RECORDS[signal]
    try:
        return records(_WIRE_TYPES[signal].FromString(value), default_service, received_ns, **_WIRE_READERS[signal])
    except Exception:  # the reference path decodes it again, and raises what it raises
        pass
    return records(parse_otlp_proto(signal, value), default_service, received_ns)
