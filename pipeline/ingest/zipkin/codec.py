"""Zipkin v2 spans (JSON or proto3 ``ListOfSpans``) → canonical spans.  Pure.

Field by field (Zipkin v2 → canonical):

- ``traceId`` (16 or 32 hex; a 64-bit id is left-padded to 128 bits, as
  OpenTelemetry's Zipkin exporter and receiver do), ``id``, ``parentId``;
- ``name`` → ``name``; ``kind`` CLIENT/SERVER/PRODUCER/CONSUMER → the same
  kinds, absent → internal;
- ``timestamp`` and ``duration`` (microseconds) → start and end in ns;
- ``localEndpoint.serviceName`` → ``service.name`` (else the request's
  default service), ``localEndpoint`` address → ``host.ip``/``server.port``
  style attributes, ``remoteEndpoint`` → ``network.peer.*`` and
  ``peer.service``;
- ``tags`` → attributes; ``http.status_code`` → ``http.response.status_code``,
  ``http.method`` → ``http.request.method``, ``http.path`` → ``url.path``;
  status ``error`` when an ``error`` tag is present or
  ``otel.status_code`` is ``ERROR`` (its description from the ``error`` tag),
  ``ok`` when ``otel.status_code`` is ``OK``;
- ``annotations`` → span events (name = the annotation's value; OpenTelemetry's
  exporter's ``{"name": {attributes}}`` values are unpacked);
- ``debug``/``shared`` → ``zipkin.debug``/``zipkin.shared``.

A span with a bad id or time (its own or an annotation's: microseconds from
0 to 2^63 - 1 ns), an annotation that is not ``{"timestamp", "value"}``, or
that is too deep or too large once built (``ingest.max_depth``,
``ingest.max_record_bytes``; :func:`pipeline.ingest.validate.record_problem`)
is refused alone, with its index and why; the rest of the request is kept.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from typing import Any

import orjson
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
from google.protobuf.message import DecodeError as ProtoDecodeError

from pipeline.ingest.limits import Limits
from pipeline.ingest.quote import shown
from pipeline.ingest.records import MAX_UNIX_NANO, span_record
from pipeline.ingest.validate import record_problem

__all__ = ["DecodedSpans", "ZipkinError", "decode_json", "decode_proto", "span_from_fields"]

_HEX = re.compile(r"^[0-9a-fA-F]+$")
_KINDS = {"CLIENT": "client", "SERVER": "server", "PRODUCER": "producer", "CONSUMER": "consumer"}
_PROTO_KINDS = {1: "CLIENT", 2: "SERVER", 3: "PRODUCER", 4: "CONSUMER"}
_TAG_RENAMES = {"http.status_code": "http.response.status_code", "http.method": "http.request.method", "http.path": "url.path", "http.url": "url.full"}


class ZipkinError(ValueError):
    """A body that is not a Zipkin span list at all."""


@dataclass
class DecodedSpans:
    spans: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (span index, why)


def _list_of_spans_class() -> Any:
    """``zipkin.proto3.ListOfSpans``, declared from zipkin.proto's field numbers (no generated code)."""
    fdp = descriptor_pb2.FileDescriptorProto(name="sightline_zipkin.proto", package="zipkin.proto3", syntax="proto3")
    T = descriptor_pb2.FieldDescriptorProto
    opt, rep = T.LABEL_OPTIONAL, T.LABEL_REPEATED

    def message(name: str, fields: list[tuple[str, int, int, int, str]]) -> descriptor_pb2.DescriptorProto:
        msg = fdp.message_type.add(name=name)
        for fname, number, ftype, label, type_name in fields:
            entry = msg.field.add(name=fname, number=number, type=ftype, label=label)
            if type_name:
                entry.type_name = type_name
        return msg

    message("Endpoint", [("service_name", 1, T.TYPE_STRING, opt, ""), ("ipv4", 2, T.TYPE_BYTES, opt, ""),
                         ("ipv6", 3, T.TYPE_BYTES, opt, ""), ("port", 4, T.TYPE_INT32, opt, "")])
    message("Annotation", [("timestamp", 1, T.TYPE_FIXED64, opt, ""), ("value", 2, T.TYPE_STRING, opt, "")])
    span = message("Span", [
        ("trace_id", 1, T.TYPE_BYTES, opt, ""), ("parent_id", 2, T.TYPE_BYTES, opt, ""), ("id", 3, T.TYPE_BYTES, opt, ""),
        ("kind", 4, T.TYPE_INT32, opt, ""),  # an enum on the wire is a varint
        ("name", 5, T.TYPE_STRING, opt, ""), ("timestamp", 6, T.TYPE_FIXED64, opt, ""),
        ("duration", 7, T.TYPE_UINT64, opt, ""),
        ("local_endpoint", 8, T.TYPE_MESSAGE, opt, ".zipkin.proto3.Endpoint"),
        ("remote_endpoint", 9, T.TYPE_MESSAGE, opt, ".zipkin.proto3.Endpoint"),
        ("annotations", 10, T.TYPE_MESSAGE, rep, ".zipkin.proto3.Annotation"),
        ("tags", 11, T.TYPE_MESSAGE, rep, ".zipkin.proto3.Span.TagsEntry"),
        ("debug", 12, T.TYPE_BOOL, opt, ""), ("shared", 13, T.TYPE_BOOL, opt, ""),
    ])
    tags = span.nested_type.add(name="TagsEntry")
    tags.options.map_entry = True
    tags.field.add(name="key", number=1, type=T.TYPE_STRING, label=opt)
    tags.field.add(name="value", number=2, type=T.TYPE_STRING, label=opt)
    message("ListOfSpans", [("spans", 1, T.TYPE_MESSAGE, rep, ".zipkin.proto3.Span")])
    pool = descriptor_pool.DescriptorPool()
    pool.Add(fdp)
    return message_factory.GetMessageClass(pool.FindMessageTypeByName("zipkin.proto3.ListOfSpans"))


_LIST_OF_SPANS: Any = None


_DEFAULTS = Limits()


def decode_proto(body: bytes, default_service: str, received_ns: int, limits: Limits = _DEFAULTS) -> DecodedSpans:
    """``application/x-protobuf``: a ``zipkin.proto3.ListOfSpans``."""
    global _LIST_OF_SPANS
    if _LIST_OF_SPANS is None:
        _LIST_OF_SPANS = _list_of_spans_class()
    message = _LIST_OF_SPANS()
    try:
        message.ParseFromString(body)
    except ProtoDecodeError as exc:
        raise ZipkinError(f"body is not a zipkin.proto3.ListOfSpans: {exc}") from None
    out = DecodedSpans()
    for index, sp in enumerate(message.spans):
        fields: dict[str, Any] = {
            "traceId": sp.trace_id.hex(), "id": sp.id.hex(), "name": sp.name,
            "kind": _PROTO_KINDS.get(sp.kind), "timestamp": sp.timestamp or None, "duration": sp.duration or None,
            "tags": dict(sp.tags), "debug": sp.debug, "shared": sp.shared,
            "annotations": [{"timestamp": a.timestamp, "value": a.value} for a in sp.annotations],
        }
        if sp.parent_id:
            fields["parentId"] = sp.parent_id.hex()
        for key, proto_name in (("localEndpoint", "local_endpoint"), ("remoteEndpoint", "remote_endpoint")):
            if sp.HasField(proto_name):
                endpoint = getattr(sp, proto_name)
                fields[key] = {
                    "serviceName": endpoint.service_name,
                    "ipv4": str(ipaddress.IPv4Address(endpoint.ipv4)) if len(endpoint.ipv4) == 4 else None,
                    "ipv6": str(ipaddress.IPv6Address(endpoint.ipv6)) if len(endpoint.ipv6) == 16 else None,
                    "port": endpoint.port or None,
                }
        _add(out, index, fields, default_service, received_ns, limits)
    return out


def decode_json(body: bytes, default_service: str, received_ns: int, limits: Limits = _DEFAULTS) -> DecodedSpans:
    """``application/json``: a JSON array of Zipkin v2 spans."""
    try:
        value = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise ZipkinError(f"body is not JSON: {exc}") from None
    if not isinstance(value, list):
        raise ZipkinError("body must be a JSON array of Zipkin v2 spans (a v1 body is not supported: use /api/v2/spans)")
    out = DecodedSpans()
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            out.rejected.append((index, "a span must be a JSON object"))
            continue
        _add(out, index, item, default_service, received_ns, limits)
    return out


def _add(
    out: DecodedSpans, index: int, fields: dict[str, Any], default_service: str, received_ns: int, limits: Limits
) -> None:
    try:
        span = span_from_fields(fields, default_service, received_ns)
    except ValueError as exc:
        out.rejected.append((index, str(exc)))
        return
    problem = record_problem(span, limits.max_depth, limits.max_record_bytes)
    if problem is None:
        out.spans.append(span)
    else:
        out.rejected.append((index, problem))


def _id(value: Any, name: str, sizes: tuple[int, ...]) -> str:
    text = value if isinstance(value, str) else ""
    if not text or not _HEX.match(text) or len(text) > max(sizes):
        raise ValueError(f"{name} {shown(value)} is not {' or '.join(map(str, sizes))} hex digits")
    text = text.lower().rjust(min(s for s in sizes if s >= len(text)), "0")
    if not text.strip("0"):
        raise ValueError(f"{name} is all zeros")
    return text


def _micros(value: Any, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value or value < 0:
        raise ValueError(f"{name} {shown(value)} is not a non-negative number of microseconds")
    if value * 1000 > MAX_UNIX_NANO:
        raise ValueError(f"{name} {shown(value)} microseconds is out of range")
    return int(value) * 1000


def _endpoint_attrs(endpoint: Any, prefix: str, attrs: dict[str, Any]) -> None:
    if not isinstance(endpoint, dict):
        return
    address = endpoint.get("ipv4") or endpoint.get("ipv6")
    if isinstance(address, str) and address:
        attrs[f"{prefix}.address"] = address
    port = endpoint.get("port")
    if isinstance(port, int) and not isinstance(port, bool) and port > 0:
        attrs[f"{prefix}.port"] = port


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _annotation(value: str) -> tuple[str, dict[str, Any]]:
    """An annotation's value; OpenTelemetry's exporter writes an event as ``{"name": {attributes}}``."""
    if value.startswith("{") and value.endswith("}"):
        try:
            parsed = orjson.loads(value)
        except orjson.JSONDecodeError:
            return value, {}
        if isinstance(parsed, dict) and len(parsed) == 1:
            [(name, attrs)] = parsed.items()
            if isinstance(attrs, dict):
                return str(name), {str(k): v for k, v in attrs.items() if isinstance(v, str | int | float | bool)}
    return value, {}


def span_from_fields(fields: dict[str, Any], default_service: str, received_ns: int) -> dict[str, Any]:
    """One Zipkin v2 span (JSON field names) as a canonical span."""
    trace_id = _id(fields.get("traceId"), "traceId", (16, 32)).rjust(32, "0")
    span_id = _id(fields.get("id"), "id", (16,))
    parent = fields.get("parentId")
    parent_id = _id(parent, "parentId", (16,)) if parent not in (None, "") else None
    start = _micros(fields.get("timestamp"), "timestamp")
    start = received_ns if start is None else start
    duration = _micros(fields.get("duration"), "duration") or 0
    if start + duration > MAX_UNIX_NANO:
        raise ValueError("timestamp + duration is out of range")
    tags: dict[str, Any] = _mapping(fields.get("tags"))
    attrs: dict[str, Any] = {}
    for key, value in tags.items():
        if not isinstance(key, str) or not isinstance(value, str):
            continue
        target = _TAG_RENAMES.get(key, key)
        attrs[target] = int(value) if target == "http.response.status_code" and value.isdigit() else value
    local = _mapping(fields.get("localEndpoint"))
    remote = _mapping(fields.get("remoteEndpoint"))
    named = local.get("serviceName")
    service: str = named if isinstance(named, str) and named else default_service
    _endpoint_attrs(local, "server" if fields.get("kind") == "SERVER" else "host", attrs)
    _endpoint_attrs(remote, "network.peer", attrs)
    if isinstance(remote.get("serviceName"), str) and remote["serviceName"]:
        attrs["peer.service"] = remote["serviceName"]
    for flag in ("debug", "shared"):
        if fields.get(flag) is True:
            attrs[f"zipkin.{flag}"] = True
    otel_status = str(attrs.pop("otel.status_code", "")).upper()
    error = attrs.get("error")
    status = "error" if error is not None or otel_status == "ERROR" else "ok" if otel_status == "OK" else "unset"
    code = attrs.get("http.response.status_code")
    if status == "unset" and isinstance(code, int) and code >= 500 and fields.get("kind") == "SERVER":
        status = "error"
    message = attrs.pop("otel.status_description", None) or (error if isinstance(error, str) and error not in ("", "true") else None)
    events = []
    annotations = fields.get("annotations")
    if annotations is not None and not isinstance(annotations, list):
        raise ValueError("annotations must be a JSON array")
    for place, note in enumerate(annotations or ()):
        if not isinstance(note, dict) or not isinstance(note.get("value"), str):
            raise ValueError(f"annotation {place} is not an object with a text value")
        when = _micros(note.get("timestamp"), f"annotation {place} timestamp")
        name, event_attrs = _annotation(note["value"])
        events.append({"time_unix_nano": when if when is not None else start, "name": name, "attributes": event_attrs})
    kind = fields.get("kind")
    return span_record(
        service=service, trace_id=trace_id, span_id=span_id, parent_span_id=parent_id,
        name=fields["name"] if isinstance(fields.get("name"), str) and fields.get("name") else "unknown",
        kind=_KINDS.get(kind, "internal") if isinstance(kind, str) else "internal",
        start_ns=start, end_ns=start + duration, status=status, status_message=message,
        attributes=attrs, resource={"service.name": service}, events=events or None,
    )
