"""One raw message → one payload per record, in the same format: how a bad record is isolated.

Only used when a whole message fails to decode (the fast path decodes it at
once): :func:`split_payload` cuts it into payloads of one record each, so
the processor can decode them one by one, keep the good ones and dead-letter
the bad one alone.  Each piece keeps its record's context (resource and
scope, for a metric point its metric; for a Prometheus series the request's
metadata), so it decodes to the record the whole message would have given.

A piece is a record of the raw message: an OTLP log record, span or metric
data point, a Prometheus time series (its samples together), an element of a
``records-json`` array.  A message that cannot be cut (not JSON, not
protobuf, an unexpected shape) gives ``None``: it is dead-lettered whole, as
before.
"""

from __future__ import annotations

from typing import Any

import orjson
from google.protobuf.message import DecodeError as ProtoDecodeError
from google.protobuf.message import Message

from pipeline.process.otlp_records import REQUEST_TYPES
from schemas.prometheus import WriteRequest
from schemas.raw import FORMAT_OTLP_JSON, FORMAT_OTLP_PROTO, FORMAT_PROM_WRITE, FORMAT_RECORDS_JSON

__all__ = ["split_payload"]

# signal → (resource list, scope list, leaf list) field names, proto (snake_case) spelling
_LEVELS = {
    "logs": ("resource_logs", "scope_logs", "log_records"),
    "spans": ("resource_spans", "scope_spans", "spans"),
    "metrics": ("resource_metrics", "scope_metrics", "metrics"),
}
_METRIC_DATA = ("gauge", "sum", "histogram", "exponential_histogram", "summary")


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def split_payload(signal: str, fmt: str, value: bytes) -> list[bytes] | None:
    """Payloads of one record each, in order, or ``None`` when ``value`` cannot be cut.

    >>> split_payload("logs", "records-json", b'[{"a": 1}, {"a": 2}]')
    [b'[{"a":1}]', b'[{"a":2}]']
    >>> split_payload("logs", "records-json", b'{"a": 1}') is None
    True
    """
    try:
        if fmt == FORMAT_RECORDS_JSON:
            return _records_json(value)
        if fmt == FORMAT_OTLP_JSON:
            return _otlp_json(signal, value)
        if fmt == FORMAT_OTLP_PROTO:
            return _otlp_proto(signal, value)
        if fmt == FORMAT_PROM_WRITE:
            return _prom_write(value)
    except (orjson.JSONDecodeError, ProtoDecodeError, KeyError, TypeError, ValueError, AttributeError):
        return None
    return None


def _records_json(value: bytes) -> list[bytes] | None:
    data = orjson.loads(value)
    if not isinstance(data, list):
        return None
    return [orjson.dumps([item]) for item in data]


def _pick(node: dict[str, Any], name: str) -> tuple[str, Any]:
    """The key ``node`` spells ``name`` with (protobuf JSON accepts camelCase and snake_case)."""
    camel = _camel(name)
    if camel in node:
        return camel, node[camel]
    return name, node.get(name)


def _otlp_json(signal: str, value: bytes) -> list[bytes] | None:
    data = orjson.loads(value)
    if not isinstance(data, dict) or signal not in _LEVELS:
        return None
    top, scopes, leaves = _LEVELS[signal]
    top_key, resources = _pick(data, top)
    if not isinstance(resources, list):
        return None
    out: list[bytes] = []
    for resource in resources:
        if not isinstance(resource, dict):
            return None
        scopes_key, scope_list = _pick(resource, scopes)
        for scope in scope_list or ():
            if not isinstance(scope, dict):
                return None
            leaves_key, leaf_list = _pick(scope, leaves)
            for leaf in leaf_list or ():
                for one in _json_points(leaf) if signal == "metrics" else [leaf]:
                    piece = {**scope, leaves_key: [one]}
                    doc = {**data, top_key: [{**resource, scopes_key: [piece]}]}
                    out.append(orjson.dumps(doc))
    return out


def _json_points(metric: Any) -> list[Any]:
    """A metric once per data point (the point alone in its list); a metric without points as is."""
    if not isinstance(metric, dict):
        return [metric]
    for kind in _METRIC_DATA:
        kind_key, data = _pick(metric, kind)
        if isinstance(data, dict):
            points_key, points = _pick(data, "data_points")
            if isinstance(points, list) and len(points) > 1:
                return [{**metric, kind_key: {**data, points_key: [p]}} for p in points]
            return [metric]
    return [metric]


def _otlp_proto(signal: str, value: bytes) -> list[bytes] | None:
    if signal not in _LEVELS:
        return None
    request = REQUEST_TYPES[signal]()
    request.ParseFromString(value)
    top, scopes, leaves = _LEVELS[signal]
    out: list[bytes] = []
    for resource in getattr(request, top):
        for scope in getattr(resource, scopes):
            for leaf in getattr(scope, leaves):
                for one in _proto_points(leaf) if signal == "metrics" else [leaf]:
                    piece = REQUEST_TYPES[signal]()
                    r = getattr(piece, top).add()
                    r.CopyFrom(resource)
                    del getattr(r, scopes)[:]
                    s = getattr(r, scopes).add()
                    s.CopyFrom(scope)
                    del getattr(s, leaves)[:]
                    getattr(s, leaves).add().CopyFrom(one)
                    out.append(piece.SerializeToString())
    return out


def _proto_points(metric: Message) -> list[Message]:
    kind = metric.WhichOneof("data")
    if kind is None:
        return [metric]
    points = getattr(metric, kind).data_points
    if len(points) <= 1:
        return [metric]
    out = []
    for point in points:
        one = type(metric)()
        one.CopyFrom(metric)
        held = getattr(one, kind).data_points
        del held[:]
        held.add().CopyFrom(point)
        out.append(one)
    return out


def _prom_write(value: bytes) -> list[bytes]:
    request = WriteRequest()
    request.ParseFromString(value)
    out = []
    for series in request.timeseries:
        piece = WriteRequest()
        piece.metadata.extend(request.metadata)
        piece.timeseries.add().CopyFrom(series)
        out.append(piece.SerializeToString())
    return out
