"""OTLP protobuf requests (``application/x-protobuf`` and gRPC) → one payload per service.  Pure.

See :mod:`pipeline.ingest.otlp.codec` for what is checked and how requests
are split.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from google.protobuf.message import DecodeError
from opentelemetry.proto.common.v1.common_pb2 import AnyValue

from pipeline.ingest.errors import InvalidRequest, TooManyRecords
from pipeline.ingest.limits import Limits
from pipeline.ingest.otlp.checks import Problem, log_problem, point_problem, span_problem
from pipeline.ingest.otlp.codec_common import SPECS, Spec, Split, join_batches
from schemas.raw import Signal

__all__ = ["split_proto", "top_level_ranges"]

_ID16 = frozenset((0, 16))
_ID8 = frozenset((0, 8))
_ZERO16 = b"\0" * 16
_ZERO8 = b"\0" * 8
_METRIC_KINDS = ("gauge", "sum", "histogram", "exponential_histogram", "summary")


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


def top_level_ranges(body: bytes) -> list[tuple[int, int]]:
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


def _point_problem(kind: str, limits: Limits, point: Any) -> Problem:
    return point_problem(kind, point, limits)


def _refuse(items: Any, problem_of: Callable[[Any], Problem], out: Split, weight: Callable[[Any], int] | None = None) -> bool:
    """Drop the items ``problem_of`` finds a problem with, each counted under its reason; True if any."""
    bad = []
    for index, item in enumerate(items):
        problem = problem_of(item)
        if problem is not None:
            bad.append(index)
            out.reject(problem[0], weight(item) if weight else 1, problem[1])
    if bad:
        _drop(items, bad)
    return bool(bad)


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
        changed |= _refuse(records, lambda r: log_problem(r, limits), out)
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
        changed |= _refuse(spans, lambda sp: span_problem(sp, limits), out)
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
        bad: list[int] = []
        emptied: list[int] = []
        for i, metric in enumerate(metrics):
            kind = metric.WhichOneof("data")
            if not metric.name or kind is None:
                bad.append(i)
                continue
            points = getattr(metric, kind).data_points
            if _refuse(points, functools.partial(_point_problem, kind, limits), out):
                changed = True
                if not len(points):
                    emptied.append(i)  # every point refused (and counted): the metric goes with them
                    continue
            changed |= _limit_proto(points, limits, out)
        if bad:
            refused = sum(_points_proto(metrics[i]) for i in bad)
            out.reject("invalid_metric", refused, "data points of metrics without a name or without data")
        if bad or emptied:
            _drop(metrics, sorted(bad + emptied))
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


def _split_big_proto(spec: Spec, resource: Any, limit: int, out: Split) -> list[bytes]:
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
    spec = SPECS[signal]
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
    ranges = top_level_ranges(body)
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
    out.batches = join_batches(groups, budget)
    return out
