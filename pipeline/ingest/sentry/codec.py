"""Sentry envelopes and store bodies → canonical log records and spans.  Pure.

An envelope (``POST /api/{project}/envelope/``) is newline-separated:

.. code-block:: text

    {"event_id": "...", "dsn": "...", "sent_at": "...", "trace": {...}}   envelope header
    {"type": "event", "length": 1234}                                      item header
    <1234 bytes of payload>
    {"type": "attachment", "length": 10, "filename": "a.txt"}
    <10 bytes>

An item header's ``length`` is the payload's size in bytes; without it the
payload runs to the next newline.  The store endpoint
(``POST /api/{project}/store/``) carries one event as a JSON body.

What becomes what:

- ``event`` items and store bodies: one log record each, severity from
  ``level`` (``error`` when absent, as Sentry assumes), the message from the
  exception (``Type: value``), ``logentry``/``message``; the exception's
  ``exception.type``, ``exception.message`` and ``exception.stacktrace`` (the
  frames, innermost last, as Python prints them); ``release`` →
  ``service.version``, ``environment`` → ``deployment.environment.name``,
  ``server_name`` → ``host.name``, the SDK → ``telemetry.sdk.*``, ``user`` →
  ``user.*`` (redacted downstream like everything else), ``tags`` →
  ``sentry.tags.<name>``, ``request`` → ``url.full`` and
  ``http.request.method``; trace and span id from ``contexts.trace``;
- ``transaction`` items: the transaction as a root (server, or internal) span
  and each of its child spans, with Sentry's span status mapped to
  OpenTelemetry's (``ok`` → ok; server-side failures such as
  ``internal_error``, ``unavailable``, ``deadline_exceeded`` → error; client
  errors such as ``not_found`` stay unset, as OpenTelemetry's HTTP
  conventions say for server spans); the sampling rate from the envelope's
  trace header is kept as ``sentry.sample_rate``;
- everything else (sessions, attachments, client reports, replays,
  profiles, check-ins, feedback, ...) is accepted and counted by type, not
  stored.

A bad envelope header refuses the whole body (:class:`EnvelopeError`); a bad
item refuses that item only, with its index and the reason, and the items
before and after it are kept when the framing allows reading on (a length
that runs past the end of the body ends the envelope there).  A child span
of a transaction that cannot be placed (no 16-hex ``span_id``, not an
object, a bad time) is refused alone (``(item, span)`` with the reason); a
transaction whose root cannot be built refuses the item with its children.

Every record built is checked as every receiver's are
(:func:`pipeline.ingest.validate.record_problem`): times from 0 to
2^63 - 1 ns, nesting within ``ingest.max_depth``, size within
``ingest.max_record_bytes``; a record that fails is refused alone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson

from pipeline.ingest.limits import Limits
from pipeline.ingest.quote import shown
from pipeline.ingest.records import HEX16, HEX32, MAX_UNIX_NANO, span_record, unix_nano
from pipeline.ingest.validate import record_problem
from schemas.records import format_timestamp, severity_number

__all__ = [
    "EnvelopeError",
    "SentryBatch",
    "decode_envelope",
    "decode_store",
    "event_record",
    "transaction_spans",
]

_HEX32, _HEX16 = HEX32, HEX16
_LEVELS = {"fatal": "FATAL", "critical": "FATAL", "error": "ERROR", "warning": "WARN", "warn": "WARN", "info": "INFO", "log": "INFO", "debug": "DEBUG"}
# Sentry span statuses that say the server failed (OpenTelemetry status error); the rest of
# the non-ok ones are the caller's doing (not_found, invalid_argument, ...) and stay unset.
_SERVER_FAILURES = frozenset(
    {"internal_error", "unknown_error", "unknown", "unavailable", "data_loss", "deadline_exceeded", "unimplemented", "aborted"}
)
_SPAN_KIND_BY_OP = {"http.server": "server", "http.client": "client", "queue.publish": "producer", "queue.process": "consumer"}


class EnvelopeError(ValueError):
    """A body that is not a Sentry envelope (or store event) at all."""


@dataclass
class SentryBatch:
    """What one request carried."""

    logs: list[dict[str, Any]] = field(default_factory=list)
    spans: list[dict[str, Any]] = field(default_factory=list)
    other: dict[str, int] = field(default_factory=dict)  # item type → count, accepted and not stored
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (item index, why): one refused record each
    event_id: str | None = None


_DEFAULTS = Limits()


def decode_envelope(
    body: bytes, service: str, received_ns: int, max_items: int = 1000, limits: Limits = _DEFAULTS
) -> SentryBatch:
    """Every item of an envelope; see the module docstring (``limits``: ``max_depth``, ``max_record_bytes``)."""
    newline = body.find(b"\n")
    head_line = body if newline < 0 else body[:newline]
    try:
        header = orjson.loads(head_line) if head_line.strip() else {}
    except orjson.JSONDecodeError as exc:
        raise EnvelopeError(f"envelope header is not JSON: {exc}") from None
    if not isinstance(header, dict):
        raise EnvelopeError("envelope header must be a JSON object")
    batch = SentryBatch(event_id=_text(header.get("event_id")) or None)
    trace = header.get("trace")
    trace_header: dict[str, Any] = trace if isinstance(trace, dict) else {}
    pos = len(body) if newline < 0 else newline + 1
    index = 0
    while pos < len(body):
        if index >= max_items:
            batch.rejected.append((index, f"more than {max_items} items in one envelope; the rest were not read"))
            break
        end = body.find(b"\n", pos)
        line = body[pos:] if end < 0 else body[pos:end]
        pos = len(body) if end < 0 else end + 1
        if not line.strip():
            continue  # blank lines between items are tolerated
        try:
            item_header = orjson.loads(line)
            if not isinstance(item_header, dict):
                raise ValueError("not an object")
        except (orjson.JSONDecodeError, ValueError) as exc:
            batch.rejected.append((index, f"item header is not a JSON object ({exc}); the envelope ends here"))
            break
        length = item_header.get("length")
        if length is None:
            end = body.find(b"\n", pos)
            payload = body[pos:] if end < 0 else body[pos:end]
            pos = len(body) if end < 0 else end + 1
        elif isinstance(length, int) and not isinstance(length, bool) and length >= 0:
            if pos + length > len(body):
                batch.rejected.append((index, f"item length {length} runs past the end of the body; the envelope ends here"))
                break
            payload = body[pos : pos + length]
            pos += length
            if body[pos : pos + 1] == b"\n":
                pos += 1
        else:
            batch.rejected.append((index, f"item length {shown(length)} is not a non-negative integer; the envelope ends here"))
            break
        kind = _text(item_header.get("type")) or "unknown"
        try:
            if kind == "event":
                batch.logs.append(_checked(event_record(_object(payload), service, received_ns), limits))
            elif kind == "transaction":
                _transaction(batch, index, f"{kind} item", _object(payload), service, received_ns, trace_header, limits)
            else:
                batch.other[kind] = batch.other.get(kind, 0) + 1
        except ValueError as exc:
            batch.rejected.append((index, f"{kind} item: {exc}"))
        index += 1
    return batch


def decode_store(body: bytes, service: str, received_ns: int, limits: Limits = _DEFAULTS) -> SentryBatch:
    """The store endpoint's body: one event (or transaction) as JSON."""
    try:
        event = _object(body)
    except ValueError as exc:
        raise EnvelopeError(f"store body: {exc}") from None
    batch = SentryBatch(event_id=_text(event.get("event_id")) or None)
    try:
        if event.get("type") == "transaction":
            _transaction(batch, 0, "transaction", event, service, received_ns, {}, limits)
        else:
            batch.logs.append(_checked(event_record(event, service, received_ns), limits))
    except ValueError as exc:
        batch.rejected.append((0, str(exc)))
    return batch


def _checked(record: dict[str, Any], limits: Limits) -> dict[str, Any]:
    problem = record_problem(record, limits.max_depth, limits.max_record_bytes)
    if problem is not None:
        raise ValueError(problem)
    return record


def _transaction(
    batch: SentryBatch, index: int, what: str, event: dict[str, Any], service: str, received_ns: int,
    trace_header: dict[str, Any], limits: Limits,
) -> None:
    """A transaction's spans into ``batch``: a child span that cannot be kept is refused alone."""
    refused: list[tuple[int, str]] = []
    batch.spans.extend(transaction_spans(event, service, received_ns, trace_header, limits, refused))
    batch.rejected.extend((index, f"{what}: span {place}: {why}") for place, why in refused)


def _object(payload: bytes) -> dict[str, Any]:
    try:
        value = orjson.loads(payload)
    except orjson.JSONDecodeError as exc:
        raise ValueError(f"payload is not JSON: {exc}") from None
    if not isinstance(value, dict):
        raise ValueError("payload must be a JSON object")
    return value


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _time(value: Any, name: str, default: int) -> int:
    """Sentry times: epoch seconds (number or numeric text) or RFC 3339 text."""
    if value is None:
        return default
    if isinstance(value, str) and not value.replace(".", "", 1).isdigit():
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"{name} {shown(value)} is neither RFC 3339 nor epoch seconds") from None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        return unix_nano(parsed.timestamp(), name)
    return unix_nano(value, name)


def _frames(exception: dict[str, Any]) -> str:
    stack = exception.get("stacktrace")
    frames = stack.get("frames") if isinstance(stack, dict) else None
    if not isinstance(frames, list):
        return ""
    lines = []
    for frame in frames:  # Sentry orders frames oldest call first, as Python prints them
        if not isinstance(frame, dict):
            continue
        where = _text(frame.get("filename")) or _text(frame.get("abs_path")) or _text(frame.get("module")) or "?"
        line = frame.get("lineno")
        function = _text(frame.get("function")) or "?"
        lines.append(f'  File "{where}", line {line if isinstance(line, int) else "?"}, in {function}')
        context = _text(frame.get("context_line")).strip()
        if context:
            lines.append(f"    {context}")
    return "\n".join(lines)


def _values(container: Any) -> list[dict[str, Any]]:
    """Sentry interfaces come as ``{"values": [...]}`` or as the list itself."""
    if isinstance(container, dict):
        container = container.get("values")
    return [v for v in container if isinstance(v, dict)] if isinstance(container, list) else []


def _message(event: dict[str, Any]) -> str:
    for key in ("logentry", "message"):
        value = event.get(key)
        if isinstance(value, str) and value:
            return value
        if isinstance(value, dict):
            text = _text(value.get("formatted")) or _text(value.get("message"))
            if text:
                return text
    return ""


def _common_attributes(event: dict[str, Any], attrs: dict[str, Any], resource: dict[str, Any]) -> None:
    for key, target in (("release", "service.version"), ("dist", "sentry.dist")):
        if _text(event.get(key)):
            resource[target] = event[key]
    if _text(event.get("environment")):
        resource["deployment.environment.name"] = event["environment"]
    if _text(event.get("server_name")):
        resource["host.name"] = event["server_name"]
    if _text(event.get("platform")):
        resource["telemetry.sdk.language"] = event["platform"]
    sdk = event.get("sdk")
    if isinstance(sdk, dict):
        if _text(sdk.get("name")):
            resource["telemetry.sdk.name"] = sdk["name"]
        if _text(sdk.get("version")):
            resource["telemetry.sdk.version"] = sdk["version"]
    tags = event.get("tags")
    pairs = tags.items() if isinstance(tags, dict) else (
        (t[0], t[1]) for t in tags if isinstance(t, list) and len(t) == 2
    ) if isinstance(tags, list) else ()
    for name, value in pairs:
        if isinstance(name, str) and isinstance(value, str | int | float | bool):
            attrs[f"sentry.tags.{name}"] = value
    user = event.get("user")
    if isinstance(user, dict):
        for key, target in (("id", "user.id"), ("email", "user.email"), ("username", "user.name"), ("ip_address", "client.address")):
            value = user.get(key)
            if isinstance(value, str | int) and not isinstance(value, bool) and value != "":
                attrs[target] = str(value)
    request = event.get("request")
    if isinstance(request, dict):
        if _text(request.get("url")):
            attrs["url.full"] = request["url"]
        if _text(request.get("method")):
            attrs["http.request.method"] = request["method"].upper()
    if _text(event.get("transaction")):
        attrs["sentry.transaction"] = event["transaction"]
    if _text(event.get("logger")):
        attrs["log.logger"] = event["logger"]
    if _text(event.get("event_id")):
        attrs["sentry.event_id"] = event["event_id"]


def _trace_context(event: dict[str, Any]) -> dict[str, Any]:
    contexts = event.get("contexts")
    trace = contexts.get("trace") if isinstance(contexts, dict) else None
    return trace if isinstance(trace, dict) else {}


def event_record(event: dict[str, Any], service: str, received_ns: int) -> dict[str, Any]:
    """One Sentry error/message event as a canonical log record."""
    when = _time(event.get("timestamp"), "timestamp", received_ns)
    level = _LEVELS.get(_text(event.get("level")).lower(), "ERROR" if event.get("level") is None else "")
    if not level:
        raise ValueError(f"level {shown(event.get('level'))} is not a Sentry level (fatal, error, warning, info, debug)")
    attrs: dict[str, Any] = {}
    resource: dict[str, Any] = {"service.name": service}
    _common_attributes(event, attrs, resource)
    message = _message(event)
    exceptions = _values(event.get("exception"))
    if exceptions:
        last = exceptions[-1]  # Sentry lists chained exceptions oldest first: the last one was raised
        kind = _text(last.get("type")) or "Error"
        value = _text(last.get("value"))
        attrs["exception.type"] = kind
        if value:
            attrs["exception.message"] = value
        stack = _frames(last)
        if stack:
            attrs["exception.stacktrace"] = f"Traceback (most recent call last):\n{stack}\n{kind}: {value}".rstrip(": ")
        mechanism = last.get("mechanism")
        if isinstance(mechanism, dict) and isinstance(mechanism.get("handled"), bool):
            attrs["exception.handled"] = mechanism["handled"]
        if not message:
            message = f"{kind}: {value}" if value else kind
    if not message:
        raise ValueError("event has neither an exception nor a message")
    severity_text, number = severity_number(level)
    record: dict[str, Any] = {
        "@timestamp": format_timestamp(when),
        "time_unix_nano": when,
        "observed_time_unix_nano": received_ns,
        "service.name": service,
        "severity_text": severity_text,
        "severity_number": number,
        "message": message,
        "attributes": attrs,
        "resource": resource,
    }
    trace = _trace_context(event)
    if _HEX32.match(_text(trace.get("trace_id"))):
        record["trace_id"] = trace["trace_id"].lower()
    if _HEX16.match(_text(trace.get("span_id"))):
        record["span_id"] = trace["span_id"].lower()
    return record


def _status(value: Any, data: dict[str, Any]) -> str:
    text = _text(value).lower()
    if text == "ok":
        return "ok"
    if text in _SERVER_FAILURES:
        return "error"
    code = data.get("http.response.status_code", data.get("status_code"))
    if isinstance(code, int) and not isinstance(code, bool) and code >= 500:
        return "error"
    return "unset"


def _span_attributes(span: dict[str, Any]) -> dict[str, Any]:
    attrs: dict[str, Any] = {}
    for source in ("data", "tags"):
        values = span.get(source)
        if isinstance(values, dict):
            for key, value in values.items():
                if not isinstance(key, str):
                    continue
                if isinstance(value, str | int | bool) or (isinstance(value, float) and math.isfinite(value)):
                    attrs[key] = value
    code = attrs.pop("http.status_code", None)
    if isinstance(code, str) and code.isdigit():
        code = int(code)
    if isinstance(code, int) and not isinstance(code, bool):
        attrs.setdefault("http.response.status_code", code)
    if _text(span.get("op")):
        attrs["sentry.op"] = span["op"]
    return attrs


def transaction_spans(
    event: dict[str, Any], service: str, received_ns: int, trace_header: dict[str, Any],
    limits: Limits = _DEFAULTS, refused: list[tuple[int, str]] | None = None,
) -> list[dict[str, Any]]:
    """A transaction event as its root span plus every child span that can be kept.

    ``ValueError`` when the root cannot be built (no trace or span id, a bad
    time, too large); a child that cannot be kept is left out and, with its
    place in ``spans`` and why, appended to ``refused``.
    """
    trace = _trace_context(event)
    trace_id = _text(trace.get("trace_id")).lower()
    root_id = _text(trace.get("span_id")).lower()
    if not _HEX32.match(trace_id) or not _HEX16.match(root_id):
        raise ValueError("transaction lacks contexts.trace.trace_id (32 hex) or span_id (16 hex)")
    end = _time(event.get("timestamp"), "timestamp", received_ns)
    start = _time(event.get("start_timestamp"), "start_timestamp", end)
    attrs = _span_attributes(trace)
    resource: dict[str, Any] = {"service.name": service}
    _common_attributes(event, attrs, resource)
    rate = trace_header.get("sample_rate")
    try:
        rate_value = float(rate) if rate is not None else None
    except (TypeError, ValueError):
        rate_value = None
    if rate_value is not None and 0 < rate_value <= 1:
        attrs["sentry.sample_rate"] = rate_value
    op = _text(trace.get("op"))
    parent = _text(trace.get("parent_span_id")).lower()
    spans = [
        _checked(span_record(
            service=service, trace_id=trace_id, span_id=root_id,
            parent_span_id=parent if _HEX16.match(parent) else None,
            name=_text(event.get("transaction")) or op or "transaction",
            kind=_SPAN_KIND_BY_OP.get(op, "server" if op.startswith("http") else "internal"),
            start_ns=start, end_ns=end, status=_status(trace.get("status"), attrs),
            attributes=attrs, resource=resource,
        ), limits)
    ]
    children = event.get("spans")
    for place, child in enumerate(children if isinstance(children, list) else ()):
        try:
            spans.append(_child_span(child, service, trace_id, root_id, end, resource, limits))
        except ValueError as exc:
            if refused is not None:
                refused.append((place, str(exc)))
    return spans


def _child_span(
    child: Any, service: str, trace_id: str, root_id: str, end: int, resource: dict[str, Any], limits: Limits
) -> dict[str, Any]:
    if not isinstance(child, dict):
        raise ValueError("a span must be a JSON object")
    span_id = _text(child.get("span_id")).lower()
    if not _HEX16.match(span_id):
        raise ValueError("span_id is not 16 hex digits")  # it cannot be placed in the trace
    child_attrs = _span_attributes(child)
    child_op = _text(child.get("op"))
    child_end = _time(child.get("timestamp"), "span timestamp", end)
    child_start = _time(child.get("start_timestamp"), "span start_timestamp", child_end)
    child_parent = _text(child.get("parent_span_id")).lower()
    return _checked(span_record(
        service=service, trace_id=trace_id, span_id=span_id,
        parent_span_id=child_parent if _HEX16.match(child_parent) else root_id,
        name=_text(child.get("description")) or child_op or "span",
        kind=_SPAN_KIND_BY_OP.get(child_op, "client" if child_op.startswith(("http.client", "db")) else "internal"),
        start_ns=min(child_start, MAX_UNIX_NANO), end_ns=child_end,
        status=_status(child.get("status"), child_attrs),
        attributes=child_attrs, resource=dict(resource),
    ), limits)
