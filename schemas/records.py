"""Canonical record types: what the processors publish and the store keeps.

Records are plain dicts (cheap to build, to redact and to serialise with
orjson); these TypedDicts document their fields, and ``schemas/jsonschema/``
holds the JSON Schema of each.  Field names follow OpenTelemetry semantic
conventions; ``@timestamp`` is in every stored document.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterable
from typing import Any, TypedDict

import orjson
import xxhash

__all__ = [
    "ALERT_KINDS",
    "ALERT_SCHEMA_VERSION",
    "ALERT_SEVERITIES",
    "DECODER_TYPED_FIELDS",
    "LINE_HEAD",
    "METRIC_TYPES",
    "SEVERITY_NUMBERS",
    "SPAN_KINDS",
    "STATUS_CODES",
    "SYSLOG_SEVERITIES",
    "TEMPLATE_SCHEMA_VERSION",
    "Alert",
    "DecodedRecords",
    "LogRecord",
    "MetricPoint",
    "SpanRecord",
    "TemplateDoc",
    "alert_fingerprint",
    "encode_lines",
    "flatten_attributes",
    "format_timestamp",
    "line_head",
    "record_id",
    "series_id",
    "severity_number",
]

# OpenTelemetry severity numbers: the first number of each range.
SEVERITY_NUMBERS: dict[str, int] = {
    "TRACE": 1,
    "DEBUG": 5,
    "INFO": 9,
    "WARN": 13,
    "ERROR": 17,
    "FATAL": 21,
}
_SEVERITY_ALIASES = {
    "WARNING": "WARN",
    "ERR": "ERROR",
    "CRITICAL": "FATAL",
    "CRIT": "FATAL",
    "EMERG": "FATAL",
    "EMERGENCY": "FATAL",
    "ALERT": "FATAL",
    "PANIC": "FATAL",
    "NOTICE": "INFO",
    "INFORMATION": "INFO",
    "INFORMATIONAL": "INFO",
    "DBG": "DEBUG",
    "VERBOSE": "DEBUG",
    "HTTP": "DEBUG",  # Winston: between info and verbose
    "SILLY": "TRACE",  # Winston
    "TRC": "TRACE",
    "WRN": "WARN",
    "INF": "INFO",
    "FTL": "FATAL",
    "FINE": "DEBUG",
    "FINER": "TRACE",
    "FINEST": "TRACE",
    "SEVERE": "ERROR",
}


LogRecord = TypedDict(
    "LogRecord",
    {
        "@timestamp": str,  # RFC 3339, UTC, millisecond precision
        "time_unix_nano": int,  # the exact event time
        "observed_time_unix_nano": int,  # when Sightline received it
        "id": str,  # content-derived: the store's _id
        "service.name": str,
        "severity_text": str,  # as sent (upper-cased), "" when unknown
        "severity_number": int,  # OpenTelemetry 1-24, 0 when unknown
        "message": str,  # the log body as text
        "trace_id": str,  # 32 lowercase hex digits, or absent
        "span_id": str,  # 16 lowercase hex digits, or absent
        "attributes": dict[str, Any],
        "resource": dict[str, Any],
        "sightline.tenant": str,
    },
    total=False,
)


SPAN_KINDS = ("unspecified", "internal", "server", "client", "producer", "consumer")
STATUS_CODES = ("unset", "ok", "error")
METRIC_TYPES = ("gauge", "sum", "histogram", "exponential_histogram", "summary")
ALERT_SCHEMA_VERSION = 1
ALERT_SEVERITIES = ("critical", "warning", "info")


ALERT_KINDS: tuple[str, ...]  # set by __getattr__ below


def __getattr__(name: str) -> Any:
    # ALERT_KINDS (an alert's ``kind``) is read from the finding sources' registry, the one
    # list of kinds (pipeline/process/findings/); imported on first use, so schemas/ itself
    # stays free of pipeline imports.
    if name == "ALERT_KINDS":
        from pipeline.process.findings import KINDS

        return tuple(KINDS)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


SpanRecord = TypedDict(
    "SpanRecord",
    {
        "@timestamp": str,  # the start time, RFC 3339 UTC, milliseconds
        "id": str,
        "service.name": str,
        "trace_id": str,  # 32 lowercase hex digits
        "span_id": str,  # 16 lowercase hex digits
        "parent_span_id": str,  # absent on a root span
        "trace_state": str,
        "name": str,  # as sent
        "operation": str,  # what statistics group by: HTTP route or name, ids normalised
        "kind": str,  # one of SPAN_KINDS
        "start_time_unix_nano": int,
        "end_time_unix_nano": int,
        "duration_ns": int,
        "duration_ms": float,
        "status.code": str,  # one of STATUS_CODES
        "status.message": str,
        "exception.type": str,  # from the first exception event, when there is one
        "exception.message": str,
        "attributes": dict[str, Any],  # semantic-convention keys, nested maps flattened with dots
        "events": list[dict[str, Any]],  # {time_unix_nano, name, attributes}
        "links": list[dict[str, Any]],  # {trace_id, span_id, trace_state, attributes}
        "resource": dict[str, Any],  # resource attributes, flattened with dots
        "scope": dict[str, Any],  # instrumentation scope {name, version}
        "sightline.tenant": str,
    },
    total=False,
)

MetricPoint = TypedDict(
    "MetricPoint",
    {
        "@timestamp": str,  # the point's time
        "id": str,
        "service.name": str,
        "name": str,  # Prometheus-style, whatever the source (schemas.metricnames): http_server_request_duration_seconds
        "description": str,
        "unit": str,  # as sent: UCUM over OTLP, the UNIT metadata from Prometheus
        "type": str,  # one of METRIC_TYPES
        "temporality": str,  # "delta" or "cumulative" (sum and histograms)
        "monotonic": bool,  # sums only
        "series_id": str,  # hash of service, name and attributes: one time series
        "time_unix_nano": int,
        "start_time_unix_nano": int,
        "value": float,  # gauge and sum
        "count": int,  # histograms and summary
        "sum": float,
        "min": float,
        "max": float,
        "explicit_bounds": list[float],  # histogram
        "bucket_counts": list[int],  # histogram: len(explicit_bounds) + 1
        "scale": int,  # exponential histogram
        "zero_count": int,
        "positive": dict[str, Any],  # {offset, bucket_counts}
        "negative": dict[str, Any],
        "quantiles": list[dict[str, float]],  # summary: [{quantile, value}]
        "exemplars": list[dict[str, Any]],  # Prometheus exemplars: [{value, time_unix_nano, trace_id, span_id, attributes}]
        "attributes": dict[str, Any],
        "resource": dict[str, Any],
        "scope": dict[str, Any],
        "sightline.tenant": str,
    },
    total=False,
)

# The top-level fields the OTLP decoders (pipeline.process.otlp_records and otlp_json) make from typed
# input, never from a client's text: timestamps they format from integers, numbers, enum names, ids
# they write as hex from bytes, the series hash, their own type names.  Every other field a decoder
# writes holds text a client sent (names, messages, attributes, severity_text as sent, trace_state ...).
DECODER_TYPED_FIELDS: dict[str, frozenset[str]] = {
    "logs": frozenset({
        "@timestamp", "time_unix_nano", "observed_time_unix_nano", "severity_number", "trace_id", "span_id",
    }),
    "spans": frozenset({
        "@timestamp", "trace_id", "span_id", "parent_span_id", "kind", "start_time_unix_nano",
        "end_time_unix_nano", "duration_ns", "duration_ms", "status.code",
    }),
    "metrics": frozenset({
        "@timestamp", "type", "series_id", "time_unix_nano", "start_time_unix_nano", "value", "temporality",
        "monotonic", "count", "sum", "min", "max", "explicit_bounds", "bucket_counts", "scale", "zero_count",
        "positive", "negative", "quantiles",
    }),
}


class DecodedRecords(list[dict[str, Any]]):
    """A batch of records as an OTLP decoder made them, with ``typed``: the names of their top-level
    fields made from typed input (:data:`DECODER_TYPED_FIELDS` of the signal).

    Redaction does not walk those fields in such a batch: they cannot hold a client's text.  Any
    other list (records sent as JSON, a batch put together again record by record, a slice) is a
    plain list and is walked whole.

    >>> batch = DecodedRecords([{"@timestamp": "2026-11-23T10:00:00.000Z"}], DECODER_TYPED_FIELDS["logs"])
    >>> "@timestamp" in batch.typed, type(batch[:1]) is list
    (True, True)
    """

    __slots__ = ("typed",)

    def __init__(self, records: Iterable[dict[str, Any]], typed: frozenset[str]) -> None:
        super().__init__(records)
        self.typed = typed


Alert = TypedDict(
    "Alert",
    {
        "schema_version": int,  # ALERT_SCHEMA_VERSION
        "@timestamp": str,  # when this event was emitted
        "time_unix_nano": int,
        "id": str,  # hash of fingerprint, startsAt, status and @timestamp: the store's _id
        "fingerprint": str,  # alert_fingerprint(identifying labels): stable across firing/resolved
        "status": str,  # "firing" or "resolved"
        "kind": str,  # one of ALERT_KINDS (the finding kinds registered in pipeline/process/findings/)
        "severity": str,  # one of ALERT_SEVERITIES
        "alertname": str,
        "service.name": str,
        "labels": dict[str, str],  # alertname, service, severity, kind and identifying labels
        "summary": str,
        "description": str,
        "observed": float | None,
        "expected": float | None,
        "expected_band": dict[str, float] | None,  # {"lower": ..., "upper": ...}
        "score": float | None,  # high = anomalous
        "series": dict[str, Any],  # {"statistic", "window", "labels"}
        "startsAt": str,  # RFC 3339, as Alertmanager names it
        "endsAt": str | None,  # RFC 3339 when resolved
        "evidence": dict[str, Any],  # record_ids, trace_ids, template, query, search_url
        "generatorURL": str,  # link-ready search for the records behind it
    },
    total=False,
)

TEMPLATE_SCHEMA_VERSION = 1

TemplateDoc = TypedDict(
    "TemplateDoc",
    {
        # One mined log template of one service: state, updated in place (index op, same _id).
        "schema_version": int,  # TEMPLATE_SCHEMA_VERSION
        "@timestamp": str,  # last_seen (when the template last had a record), else when published
        "time_unix_nano": int,  # when the processor published this version: the store's external version
        "id": str,  # hash of service and template id: the store's _id
        "service.name": str,
        "template_id": str,  # stable across restarts (hash of the text it was created with)
        "template": str,  # text with typed wildcards: <NUM>, <IP>, <PATH>, ... and <*>
        "wildcards": list[str],  # the distinct wildcards in the text
        "varlen": bool,  # built from messages of several lengths (a <*> may stand for several words)
        "status": str,  # "active", or "merged" (then merged_into names the template it joined)
        "merged_into": str,
        "aliases": list[str],  # ids of templates merged into this one
        "first_seen": str,  # RFC 3339 UTC
        "last_seen": str,
        "count": int,  # records so far
        "window_seconds": float,
        "windows": list[dict[str, Any]],  # [{"start": RFC 3339, "count": n}], oldest first
        "sample_record_ids": list[str],  # first records (ids only: built after redaction, never text)
        "sample_trace_ids": list[str],
    },
    total=False,
)


def flatten_attributes(value: dict[str, Any], prefix: str = "", out: dict[str, Any] | None = None) -> dict[str, Any]:
    """Nested maps → one level with dotted keys, the way resources and attributes are stored.

    >>> flatten_attributes({"k8s": {"pod": {"name": "p"}}, "host.name": "h", "tags": ["a"]})
    {'k8s.pod.name': 'p', 'host.name': 'h', 'tags': ['a']}
    """
    if out is None:
        out = {}
    for key, item in value.items():
        name = f"{prefix}{key}"
        if isinstance(item, dict) and item:
            flatten_attributes(item, name + ".", out)
        else:
            out[name] = item
    return out


def series_id(service: str, name: str, attributes: dict[str, Any]) -> str:
    """The id of one metric time series: service, metric name and point attributes.

    >>> series_id("api", "m", {"b": 1, "a": 2}) == series_id("api", "m", {"a": 2, "b": 1})
    True
    """
    digest = hashlib.blake2b(
        orjson.dumps([service, name, attributes], option=orjson.OPT_SORT_KEYS, default=str), digest_size=8
    )
    return digest.hexdigest()


def alert_fingerprint(labels: dict[str, str]) -> str:
    """A stable 16-hex-digit hash of an alert's identifying labels (order does not matter).

    >>> alert_fingerprint({"alertname": "A", "service": "s"}) == alert_fingerprint({"service": "s", "alertname": "A"})
    True
    >>> len(alert_fingerprint({"alertname": "A"}))
    16
    """
    canonical = "\x1f".join(f"{k}\x1e{labels[k]}" for k in sorted(labels))
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


# Syslog's severities by number (RFC 5424, 6.2.1): a PRI's low three bits, journald's PRIORITY.
SYSLOG_SEVERITIES = ("emerg", "alert", "crit", "err", "warning", "notice", "info", "debug")


def severity_number(text: str) -> tuple[str, int]:
    """Normalise a level name to (OpenTelemetry severity text, number).

    >>> severity_number("warning")
    ('WARN', 13)
    >>> severity_number("bogus")
    ('BOGUS', 0)
    """
    upper = text.strip().upper()
    canonical = _SEVERITY_ALIASES.get(upper, upper)
    return canonical, SEVERITY_NUMBERS.get(canonical, 0)


_SECONDS_TEXT: dict[int, str] = {}
_MILLIS_TEXT = tuple(f".{ms:03d}Z" for ms in range(1000))  # a lookup costs less than formatting


def format_timestamp(unix_ns: int) -> str:
    """Unix nanoseconds → RFC 3339 UTC with milliseconds.

    >>> format_timestamp(1_700_000_000_123_456_789)
    '2023-11-14T22:13:20.123Z'
    """
    seconds, ns = divmod(unix_ns, 1_000_000_000)
    text = _SECONDS_TEXT.get(seconds)
    if text is None:  # records of a batch mostly share their seconds
        if len(_SECONDS_TEXT) >= 4096:
            _SECONDS_TEXT.clear()
        text = _SECONDS_TEXT[seconds] = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds))
    return text + _MILLIS_TEXT[ns // 1_000_000]


def record_id(record: dict[str, Any], origin: str = "") -> str:
    """A stable id from a record's content (and optionally its origin).

    The same record sent twice (an exporter retrying after a timeout) or
    replayed from Kafka gets the same id, so the store overwrites instead of
    duplicating.  ``origin`` is mixed in where the content alone is not enough
    to tell two records apart (records without their own timestamp).

    >>> a = {"service.name": "api", "message": "hi", "time_unix_nano": 1}
    >>> record_id(a) == record_id(dict(a))
    True
    >>> record_id(a) == record_id({**a, "message": "ho"})
    False
    """
    content = {k: v for k, v in record.items() if k not in _NOT_CONTENT}
    return _id_hex(orjson.dumps(content, option=orjson.OPT_SORT_KEYS, default=str) + origin.encode())


_NOT_CONTENT = ("id", "observed_time_unix_nano")
# A record's id: XXH3's 128-bit hash of its serialised content, as 32 hex digits.  Ids name documents
# for deduplication, not for security: XXH3 hashes a 700-byte line in about 100 ns, BLAKE2b (the
# fastest cryptographic hash of hashlib here) in about 600 ns, 5% of a record's way through a processor.
_id_hex = xxhash.xxh3_128_hexdigest
# b"0", b"1", ...: a record's place in its message as its id hashes it, looked up instead of formatted
# (formatting cost more than the rest of the origin's hashing); a place past the table is formatted
_PLACE_TEXT = tuple(b"%d" % place for place in range(4096))
#: The head every line :func:`encode_lines` writes: its id (group 1) and ``@timestamp`` (group 2).
LINE_HEAD = re.compile(rb'\{"id":"([0-9a-f]+)"(?:,"observed_time_unix_nano":\d+)?,"@timestamp":"([^"\\]+)"')


def encode_lines(records: list[dict[str, Any]], origin: str = "") -> list[bytes]:
    """Give every record its :func:`record_id` and return its clean-topic line, in one serialisation.

    With an ``origin`` (the raw message's ``sightline-request`` header: which
    request, which of its messages), the id also mixes in the origin and the
    record's place in the list, so identical records of one request are
    each stored, and the same request sent again gets the same ids.

    A line is the record as JSON with ``id`` first, then
    ``observed_time_unix_nano`` (when present), then the other keys sorted
    (``@timestamp`` first among them): the bytes hashed for the id are the
    bytes written, and a reader finds the id and the time at the start of
    the line without parsing it (:func:`line_head`).

    >>> rec = {"service.name": "api", "@timestamp": "2026-11-23T10:00:00.000Z", "message": "hi"}
    >>> [line] = encode_lines([rec])
    >>> rec["id"] == record_id(rec) and line_head(line) == (rec["id"], "2026-11-23T10:00:00.000Z")
    True
    >>> orjson.loads(line) == rec
    True
    >>> twins = [{"message": "retrying"}, {"message": "retrying"}]
    >>> _ = encode_lines(twins, "3f2a.0"); twins[0]["id"] != twins[1]["id"]
    True
    """
    out: list[bytes] = []
    append = out.append
    dumps = orjson.dumps
    sort_keys = orjson.OPT_SORT_KEYS
    id_hex, join = _id_hex, b"".join
    origin_part = f"\0{origin}.".encode()  # what is hashed after the body, up to the record's place
    place_text, places = _PLACE_TEXT, len(_PLACE_TEXT)
    for place, rec in enumerate(records):
        if "id" in rec:
            del rec["id"]
        observed = rec.pop("observed_time_unix_nano", None)
        body = dumps(rec, option=sort_keys, default=str)
        if origin:  # record_id's bytes: the body, then the origin and the record's place
            rid = id_hex(join((body, origin_part, place_text[place] if place < places else b"%d" % place)))
        else:
            rid = id_hex(body)
        rec["id"] = rid
        rest = body[1:] if len(body) > 2 else b""  # a copy costs less here than a memoryview's two objects
        if observed is None:
            append(join((b'{"id":"', rid.encode(), b'",' if rest else b'"}', rest)))
        else:
            rec["observed_time_unix_nano"] = observed
            append(join((b'{"id":"', rid.encode(), b'","observed_time_unix_nano":', dumps(observed),
                             b"," if rest else b"}", rest)))
    return out


def line_head(line: bytes) -> tuple[str, str] | None:
    """``(id, @timestamp)`` from the start of an :func:`encode_lines` line; ``None`` for any other shape."""
    m = LINE_HEAD.match(line)
    if m is None:
        return None
    return m.group(1).decode(), m.group(2).decode()
