"""OTLP requests → one payload per service, validated.  Pure: no socket, no Kafka.

The ingestor does not decode OTLP record by record into canonical records
(the processors do).  It checks what it receives, applies the limits and
splits the request by ``service.name``:

- **protobuf** (``application/x-protobuf`` and gRPC): the request is parsed
  once with the upb-backed ``protobuf`` runtime (the parse is the
  validation: wire format, UTF-8 of strings), resources are grouped by
  ``service.name``, and each group's payload is the byte ranges of its
  ``Resource*`` fields cut out of the request as received.  Only a resource
  that had to change (a record refused, attributes over the limit, a
  service name filled in) is serialized again.  A request of one unchanged
  resource, the common case, is forwarded as it came.
- **JSON** (``application/json``, the OTLP JSON mapping): parsed with
  orjson, resources grouped the same way and dumped again, one document a
  service.

Per-record checks, kept to what costs little in C-backed objects: trace and
span ids of the right length, spans with both ids, metrics with a name and
data; attributes over ``max_attributes`` are dropped and counted in the
item's ``dropped_attributes_count`` as the OTel SDK does.  String values
over ``max_attribute_value_length`` are truncated (off by default, as in the
SDK); an item's attributes are only looked at when its serialized size says a
value could be that long, so the limit costs one ``ByteSize()`` per record.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson
from google.protobuf.message import DecodeError, Message
from opentelemetry.proto.collector.logs.v1 import logs_service_pb2
from opentelemetry.proto.collector.metrics.v1 import metrics_service_pb2
from opentelemetry.proto.collector.trace.v1 import trace_service_pb2
from opentelemetry.proto.common.v1.common_pb2 import AnyValue

from pipeline.ingest.errors import InvalidRequest, TooManyRecords
from pipeline.ingest.limits import Limits
from schemas.raw import Signal

__all__ = [
    "SIGNALS",
    "Limits",
    "Signal",
    "Split",
    "export_response",
    "split_json",
    "split_proto",
]

SIGNALS: tuple[Signal, ...] = ("logs", "spans", "metrics")

_ID16 = frozenset((0, 16))
_ID8 = frozenset((0, 8))
_ZERO16 = b"\0" * 16
_ZERO8 = b"\0" * 8
_HEX32 = re.compile(r"[0-9a-fA-F]{32}")
_HEX16 = re.compile(r"[0-9a-fA-F]{16}")
_INT = re.compile(r"-?\d{1,20}")
_METRIC_KINDS = ("gauge", "sum", "histogram", "exponential_histogram", "summary")
_METRIC_KINDS_JSON = ("gauge", "sum", "histogram", "exponentialHistogram", "summary")
_MAX_REASONS = 3  # distinct reasons quoted in a partial-success message


@dataclass(slots=True)
class Split:
    """What a request became: payloads keyed by service, and what was refused or cut."""

    batches: list[tuple[str, bytes]] = field(default_factory=list)
    accepted: int = 0
    rejected: int = 0
    reasons: Counter[str] = field(default_factory=Counter)  # refused records by reason
    dropped_attributes: int = 0
    truncated_values: int = 0
    _why: dict[str, str] = field(default_factory=dict)

    def reject(self, reason: str, count: int, why: str) -> None:
        self.rejected += count
        self.reasons[reason] += count
        self._why.setdefault(reason, why)

    @property
    def message(self) -> str:
        """The ``partial_success.error_message``: empty when nothing was refused."""
        if not self._why:
            return ""
        parts = [f"{self.reasons[r]} {why}" for r, why in list(self._why.items())[:_MAX_REASONS]]
        return f"{self.rejected} of {self.rejected + self.accepted} rejected: " + "; ".join(parts)


@dataclass(frozen=True, slots=True)
class _Spec:
    request: type[Message]
    response: type[Message]
    resources: str  # proto field names
    scopes: str
    records: str
    rejected_field: str
    json_resources: str  # OTLP JSON names
    json_scopes: str
    json_records: str
    json_rejected: str


_SPECS: dict[Signal, _Spec] = {
    "logs": _Spec(
        logs_service_pb2.ExportLogsServiceRequest,
        logs_service_pb2.ExportLogsServiceResponse,
        "resource_logs", "scope_logs", "log_records", "rejected_log_records",
        "resourceLogs", "scopeLogs", "logRecords", "rejectedLogRecords",
    ),
    "spans": _Spec(
        trace_service_pb2.ExportTraceServiceRequest,
        trace_service_pb2.ExportTraceServiceResponse,
        "resource_spans", "scope_spans", "spans", "rejected_spans",
        "resourceSpans", "scopeSpans", "spans", "rejectedSpans",
    ),
    "metrics": _Spec(
        metrics_service_pb2.ExportMetricsServiceRequest,
        metrics_service_pb2.ExportMetricsServiceResponse,
        "resource_metrics", "scope_metrics", "metrics", "rejected_data_points",
        "resourceMetrics", "scopeMetrics", "metrics", "rejectedDataPoints",
    ),
}


# -- responses ------------------------------------------------------------------------------
def export_response(signal: Signal, rejected: int, message: str, as_json: bool) -> bytes:
    """The ``Export*ServiceResponse`` for a request, with ``partial_success`` when some were refused.

    >>> export_response("logs", 0, "", True)
    b'{}'
    >>> export_response("spans", 2, "2 of 5 rejected", True)
    b'{"partialSuccess":{"rejectedSpans":"2","errorMessage":"2 of 5 rejected"}}'
    """
    spec = _SPECS[signal]
    if as_json:
        if not rejected and not message:
            return b"{}"
        partial = {spec.json_rejected: str(rejected), "errorMessage": message}
        return orjson.dumps({"partialSuccess": partial})
    response = spec.response()
    if rejected or message:
        partial_msg = response.partial_success
        setattr(partial_msg, spec.rejected_field, rejected)
        partial_msg.error_message = message
    return response.SerializeToString()


# -- protobuf -------------------------------------------------------------------------------
def _read_varint(buf: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, pos
        shift += 7


def _varint(value: int) -> bytes:
    out = bytearray()
    while value > 0x7F:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def _top_level_ranges(body: bytes) -> list[tuple[int, int]]:
    """Byte ranges (tag included) of every field 1 at the top of a request, in order.

    Called only on a body the protobuf runtime has parsed, so the wire is valid.
    """
    ranges = []
    pos, end = 0, len(body)
    while pos < end:
        start = pos
        key, pos = _read_varint(body, pos)
        wire = key & 7
        if wire == 0:
            _, pos = _read_varint(body, pos)
        elif wire == 1:
            pos += 8
        elif wire == 5:
            pos += 4
        elif wire == 2:
            length, pos = _read_varint(body, pos)
            pos += length
        else:  # groups: not in OTLP, and refused by the parser for these messages
            raise InvalidRequest("unexpected group field in the request")
        if key >> 3 == 1 and wire == 2:
            ranges.append((start, pos))
    return ranges


def _as_field1(payload: bytes) -> bytes:
    return b"\x0a" + _varint(len(payload)) + payload


def _service_proto(resource: Any, default: str) -> tuple[str, bool]:
    """The resource's service.name, filling in ``default`` when it has none (then True)."""
    attributes = resource.resource.attributes
    for kv in attributes:
        if kv.key == "service.name":
            value = kv.value
            kind = value.WhichOneof("value")
            if kind == "string_value":
                if value.string_value:
                    return str(value.string_value), False
            elif kind is not None:
                return str(getattr(value, kind)), False
            break
    kept = [kv for kv in attributes if kv.key != "service.name"]
    if len(kept) != len(attributes):
        del attributes[:]
        attributes.extend(kept)
    attributes.add(key="service.name", value=AnyValue(string_value=default))
    return default, True


def _truncate_values(attributes: Any, limit: int) -> int:
    cut = 0
    for kv in attributes:
        value = kv.value
        kind = value.WhichOneof("value")
        if kind == "string_value" or kind == "bytes_value":
            current = getattr(value, kind)
            if len(current) > limit:
                setattr(value, kind, current[:limit])
                cut += 1
        elif kind == "array_value":
            for item in value.array_value.values:
                inner = item.WhichOneof("value")
                if inner == "string_value" or inner == "bytes_value":
                    current = getattr(item, inner)
                    if len(current) > limit:
                        setattr(item, inner, current[:limit])
                        cut += 1
    return cut


def _limit_proto(items: Any, limits: Limits, out: Split) -> bool:
    """Apply the attribute limits to items that carry ``attributes`` and ``dropped_attributes_count``."""
    changed = False
    keep = limits.max_attributes
    for item in [it for it in items if len(it.attributes) > keep]:
        attributes = item.attributes
        dropped = len(attributes) - keep
        del attributes[keep:]
        item.dropped_attributes_count += dropped
        out.dropped_attributes += dropped
        changed = True
    length = limits.max_value_length
    if length:
        # A value over `length` characters is over `length` bytes, so only an item
        # serializing to more than that can hold one: one ByteSize() call per item.
        for item in [it for it in items if it.ByteSize() > length]:
            cut = _truncate_values(item.attributes, length)
            if cut:
                out.truncated_values += cut
                changed = True
    return changed


def _drop(items: Any, bad: list[int]) -> None:
    for index in reversed(bad):
        del items[index]


def _check_logs_proto(resource: Any, limits: Limits, out: Split) -> bool:
    changed = False
    for scope in resource.scope_logs:
        records = scope.log_records
        if not records:
            continue
        bad = [
            i for i, r in enumerate(records) if len(r.trace_id) not in _ID16 or len(r.span_id) not in _ID8
        ]
        if bad:
            _drop(records, bad)
            out.reject("invalid_id", len(bad), "log records with a trace_id not of 16 bytes or a span_id not of 8")
            changed = True
        changed |= _limit_proto(records, limits, out)
    return changed


def _check_spans_proto(resource: Any, limits: Limits, out: Split) -> bool:
    changed = False
    for scope in resource.scope_spans:
        spans = scope.spans
        if not spans:
            continue
        bad = [
            i
            for i, s in enumerate(spans)
            if len(s.trace_id) != 16
            or len(s.span_id) != 8
            or len(s.parent_span_id) not in _ID8
            or s.trace_id == _ZERO16
            or s.span_id == _ZERO8
        ]
        if bad:
            _drop(spans, bad)
            out.reject("invalid_id", len(bad), "spans without a valid 16-byte trace_id and 8-byte span_id")
            changed = True
        changed |= _limit_proto(spans, limits, out)
        for span in [s for s in spans if len(s.events)]:
            changed |= _limit_proto(span.events, limits, out)
        for span in [s for s in spans if len(s.links)]:
            links = span.links
            bad_links = [i for i, lk in enumerate(links) if len(lk.trace_id) != 16 or len(lk.span_id) != 8]
            if bad_links:  # a bad link does not spoil its span: drop it and count it, as the SDK does
                _drop(links, bad_links)
                span.dropped_links_count += len(bad_links)
                changed = True
            changed |= _limit_proto(links, limits, out)
    return changed


def _check_metrics_proto(resource: Any, limits: Limits, out: Split) -> bool:
    changed = False
    for scope in resource.scope_metrics:
        metrics = scope.metrics
        bad = []
        for i, metric in enumerate(metrics):
            kind = metric.WhichOneof("data")
            if not metric.name or kind is None:
                bad.append(i)
                continue
            changed |= _limit_proto(getattr(metric, kind).data_points, limits, out)
        if bad:
            refused = sum(_points_proto(metrics[i]) for i in bad)
            _drop(metrics, bad)
            out.reject("invalid_metric", refused, "data points of metrics without a name or without data")
            changed = True
    return changed


def _points_proto(metric: Any) -> int:
    kind = metric.WhichOneof("data")
    return len(getattr(metric, kind).data_points) if kind else 0


def _count_proto(signal: Signal, resource: Any) -> int:
    if signal == "logs":
        return sum(len(s.log_records) for s in resource.scope_logs)
    if signal == "spans":
        return sum(len(s.spans) for s in resource.scope_spans)
    return sum(_points_proto(m) for s in resource.scope_metrics for m in s.metrics)


_CHECK_PROTO: dict[Signal, Callable[[Any, Limits, Split], bool]] = {
    "logs": _check_logs_proto,
    "spans": _check_spans_proto,
    "metrics": _check_metrics_proto,
}


def _split_big_proto(spec: _Spec, resource: Any, limit: int, out: Split) -> list[bytes]:
    """One resource too big for a Kafka message → several, each with some of its records."""
    pieces: list[bytes] = []

    def emit(scope: Any, records: list[Any]) -> None:
        piece = type(resource)()
        piece.resource.CopyFrom(resource.resource)
        piece.schema_url = resource.schema_url
        new_scope = getattr(piece, spec.scopes).add()
        new_scope.scope.CopyFrom(scope.scope)
        new_scope.schema_url = scope.schema_url
        getattr(new_scope, spec.records).extend(records)
        pieces.append(_as_field1(piece.SerializeToString()))

    overhead = resource.resource.ByteSize() + 64
    for scope in getattr(resource, spec.scopes):
        chunk: list[Any] = []
        size = overhead + scope.scope.ByteSize()
        for record in getattr(scope, spec.records):
            record_size = record.ByteSize() + 8
            if size + record_size > limit and not chunk and record_size + overhead > limit:
                count = _points_proto(record) if spec.records == "metrics" else 1
                out.reject("too_large", count, f"records larger than a Kafka message ({limit} bytes)")
                out.accepted -= count
                continue
            if chunk and size + record_size > limit:
                emit(scope, chunk)
                chunk, size = [], overhead + scope.scope.ByteSize()
            chunk.append(record)
            size += record_size
        if chunk:
            emit(scope, chunk)
    return pieces


def _batches(groups: dict[str, list[bytes]], limit: int, prefix: bytes = b"", suffix: bytes = b"",
             sep: bytes = b"") -> list[tuple[str, bytes]]:
    """Join each service's pieces into payloads of at most ``limit`` bytes."""
    out = []
    for service, pieces in groups.items():
        chunk: list[bytes] = []
        size = len(prefix) + len(suffix)
        for piece in pieces:
            if chunk and size + len(piece) + len(sep) > limit:
                out.append((service, prefix + sep.join(chunk) + suffix))
                chunk, size = [], len(prefix) + len(suffix)
            chunk.append(piece)
            size += len(piece) + len(sep)
        if chunk:
            out.append((service, prefix + sep.join(chunk) + suffix))
    return out


def split_proto(signal: Signal, body: bytes, limits: Limits) -> Split:
    """Validate a protobuf ``Export*ServiceRequest`` and split it by service.

    Raises
    ------
    InvalidRequest
        The body is not a valid request of this signal.
    TooManyRecords
        More records than ``limits.max_records``.

    Examples
    --------
    >>> from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
    >>> req = ExportLogsServiceRequest()
    >>> rl = req.resource_logs.add()
    >>> rl.resource.attributes.add(key="service.name").value.string_value = "api"
    >>> rl.scope_logs.add().log_records.add().body.string_value = "hi"
    >>> body = req.SerializeToString()
    >>> out = split_proto("logs", body, Limits())
    >>> out.batches == [("api", body)], out.accepted, out.rejected
    (True, 1, 0)
    """
    spec = _SPECS[signal]
    try:
        request = spec.request.FromString(body)
    except DecodeError as exc:
        raise InvalidRequest(f"body is not a valid protobuf {spec.request.__name__}: {exc}") from None
    resources = getattr(request, spec.resources)
    counts = [_count_proto(signal, r) for r in resources]
    total = sum(counts)
    if total > limits.max_records:
        raise TooManyRecords(f"{total} records in one request; the limit is {limits.max_records}")
    out = Split()
    check = _CHECK_PROTO[signal]
    services: list[str] = []
    changed: list[bool] = []
    for resource in resources:
        service, filled = _service_proto(resource, limits.default_service)
        services.append(service)
        changed.append(check(resource, limits, out) | filled)
    out.accepted = total - out.rejected
    if not out.accepted and not out.rejected:
        return out
    nonempty = [i for i, c in enumerate(counts) if c]
    if (
        not any(changed)
        and len(body) <= limits.max_batch_bytes
        and len(set(services)) == 1  # empty resources of another service must not ride along
    ):
        out.batches.append((services[nonempty[0]], body))  # as received: no copy, no re-encoding
        return out
    ranges = _top_level_ranges(body)
    if len(ranges) != len(resources):  # pragma: no cover - the parser saw the same fields
        raise InvalidRequest("request has resource fields the parser did not see")
    groups: dict[str, list[bytes]] = {}
    budget = limits.max_batch_bytes
    for i in nonempty:
        resource = resources[i]
        if changed[i]:
            if not _count_proto(signal, resource):
                continue
            piece = _as_field1(resource.SerializeToString())
        else:
            start, end = ranges[i]
            piece = body[start:end]
        if len(piece) > budget:
            groups.setdefault(services[i], []).extend(_split_big_proto(spec, resource, budget, out))
        else:
            groups.setdefault(services[i], []).append(piece)
    out.batches = _batches(groups, budget)
    return out


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


def _records_json(signal: Signal, scope: dict[str, Any], spec: _Spec) -> list[Any]:
    return _list(scope, spec.json_records)


def _check_resource_json(signal: Signal, resource: dict[str, Any], limits: Limits, out: Split) -> int:
    """Validate and limit one resource in place; returns the records it still holds."""
    spec = _SPECS[signal]
    kept_total = 0
    for scope in _list(resource, spec.json_scopes):
        if not isinstance(scope, dict):
            raise ValueError(f"every {spec.json_scopes} entry must be an object")
        records = _records_json(signal, scope, spec)
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
                bad_points = [p for p in points if not isinstance(p, dict) or _limit_json(p, limits, out)]
                if bad_points:
                    out.reject("invalid_record", len(points), "data points with malformed attributes")
                    continue
                kept.append(record)
                kept_total += len(points)
                continue
            problem = _check_log_json(record) if signal == "logs" else _check_span_json(record)
            why = _limit_json(record, limits, out)
            if problem is None and why is not None:
                problem = ("invalid_record", f"records whose {why}")
            if problem is None and signal == "spans":
                problem = _check_span_children(record, limits, out)
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
    spec = _SPECS[signal]
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
    spec = _SPECS[signal]
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


def _json_piece(shell: dict[str, Any], scope_shell: dict[str, Any], spec: _Spec, records: list[bytes]) -> bytes:
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
    spec = _SPECS[signal]
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
    out.batches = _batches(groups, limits.max_batch_bytes, prefix, b"]}", b",")
    return out
