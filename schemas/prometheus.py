"""Prometheus remote-write 1.0 messages, and what they become: canonical metric points.  Pure.

The ``prom-write`` raw format (:mod:`schemas.raw`) carries a serialized
``prometheus.WriteRequest``: what a Prometheus sends to ``/api/v1/write``
(after snappy is undone), and what the scraper builds from a ``/metrics``
page.  The message types are built here from the field numbers of
Prometheus's ``prompb/types.proto`` and ``remote.proto`` (remote-write 1.0,
native histograms included; and :data:`WriteRequestV2`, remote-write 2.0's
``io.prometheus.write.v2.Request``, which the ingestor turns into 1.0) and
parsed by the protobuf library, so the ingestor, the scraper and the
processor read one definition.

:func:`write_request_points` turns a request into canonical metric points
(:class:`schemas.records.MetricPoint`) following the OpenTelemetry
specification's *Prometheus metric points to OTLP* rules:

- the series name stays the point's ``name`` (one namespace with OTLP names,
  which :mod:`schemas.metricnames` translates the other way);
- ``job`` becomes ``service.name`` (else the message key's service) and
  ``instance`` ``service.instance.id``, in ``resource``; the other labels are
  the point's ``attributes``;
- the type comes from the request's metadata when it names the family
  (``COUNTER`` → monotonic cumulative ``sum``; ``GAUGE``/``UNKNOWN`` →
  ``gauge``; ``INFO``/``STATESET`` → non-monotonic ``sum``), else from the name:
  ``*_total`` → counter, a ``*_bucket`` series with ``le`` beside a ``*_count``
  → histogram, a series with ``quantile`` beside a ``*_count`` → summary,
  anything else → gauge;
- a classic histogram's ``_bucket``/``_sum``/``_count`` series at one
  timestamp become one ``histogram`` point (cumulative buckets de-cumulated,
  ``+Inf`` last); a summary's quantiles, ``_sum`` and ``_count`` one ``summary``
  point.  A family whose ``_count`` is not in the request (a sender that split
  it over two requests) is kept as its separate series (counters), never lost;
- a native histogram becomes an ``exponential_histogram`` point (schema →
  scale; Prometheus indexes buckets by their upper bound, OpenTelemetry by
  their lower one, so offsets shift by one);
- ``*_created`` series of counters, histograms and summaries carry start times:
  they are left out;
- samples that are stale markers (the special NaN Prometheus writes when a
  series ends), NaN or ±Inf are left out (the ingestor counts them);
- exemplars go with the series' last point: ``trace_id``/``span_id`` from
  their labels, the rest as ``attributes``;
- a ``target_info`` series is no series: its labels join the ``resource`` of
  the other series of its ``job`` and ``instance``; ``otel_scope_name`` /
  ``otel_scope_version`` labels become the point's ``scope`` (both as an
  OpenTelemetry SDK's Prometheus exporter writes them).
"""

from __future__ import annotations

import math
import struct
from collections.abc import Iterable
from typing import Any

from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
from google.protobuf.message import Message

from schemas.records import format_timestamp, series_id

__all__ = [
    "COUNTER",
    "GAUGE",
    "HISTOGRAM",
    "METRIC_TYPE_NAMES",
    "STALE_NAN_BITS",
    "SUMMARY",
    "BucketSpan",
    "Histogram",
    "Label",
    "MetricMetadata",
    "Sample",
    "TimeSeries",
    "WriteRequest",
    "WriteRequestV2",
    "family_of",
    "is_stale_nan",
    "write_request_points",
]

# MetricMetadata.MetricType values.
UNKNOWN, COUNTER, GAUGE, HISTOGRAM, GAUGEHISTOGRAM, SUMMARY, INFO, STATESET = range(8)
METRIC_TYPE_NAMES = ("unknown", "counter", "gauge", "histogram", "gaugehistogram", "summary", "info", "stateset")
# The NaN Prometheus writes as a staleness marker (value.StaleNaN).
STALE_NAN_BITS = 0x7FF0000000000002

_F = descriptor_pb2.FieldDescriptorProto


def _field(
    msg: descriptor_pb2.DescriptorProto, name: str, number: int, ftype: int, repeated: bool = False,
    type_name: str = "", oneof: int | None = None,
) -> None:
    f = msg.field.add(name=name, number=number, type=ftype)
    f.label = _F.LABEL_REPEATED if repeated else _F.LABEL_OPTIONAL
    if type_name:
        f.type_name = type_name
    if oneof is not None:
        f.oneof_index = oneof


def _file() -> descriptor_pb2.FileDescriptorProto:
    fd = descriptor_pb2.FileDescriptorProto(name="sightline/prompb.proto", package="prometheus", syntax="proto3")
    m = fd.message_type.add(name="Label")
    _field(m, "name", 1, _F.TYPE_STRING)
    _field(m, "value", 2, _F.TYPE_STRING)
    m = fd.message_type.add(name="Sample")
    _field(m, "value", 1, _F.TYPE_DOUBLE)
    _field(m, "timestamp", 2, _F.TYPE_INT64)
    m = fd.message_type.add(name="Exemplar")
    _field(m, "labels", 1, _F.TYPE_MESSAGE, True, ".prometheus.Label")
    _field(m, "value", 2, _F.TYPE_DOUBLE)
    _field(m, "timestamp", 3, _F.TYPE_INT64)
    m = fd.message_type.add(name="BucketSpan")
    _field(m, "offset", 1, _F.TYPE_SINT32)
    _field(m, "length", 2, _F.TYPE_UINT32)
    m = fd.message_type.add(name="Histogram")
    m.oneof_decl.add(name="count")
    m.oneof_decl.add(name="zero_count")
    hint = m.enum_type.add(name="ResetHint")
    for i, name in enumerate(("UNKNOWN", "YES", "NO", "GAUGE")):
        hint.value.add(name=name, number=i)
    _field(m, "count_int", 1, _F.TYPE_UINT64, oneof=0)
    _field(m, "count_float", 2, _F.TYPE_DOUBLE, oneof=0)
    _field(m, "sum", 3, _F.TYPE_DOUBLE)
    _field(m, "schema", 4, _F.TYPE_SINT32)
    _field(m, "zero_threshold", 5, _F.TYPE_DOUBLE)
    _field(m, "zero_count_int", 6, _F.TYPE_UINT64, oneof=1)
    _field(m, "zero_count_float", 7, _F.TYPE_DOUBLE, oneof=1)
    _field(m, "negative_spans", 8, _F.TYPE_MESSAGE, True, ".prometheus.BucketSpan")
    _field(m, "negative_deltas", 9, _F.TYPE_SINT64, True)
    _field(m, "negative_counts", 10, _F.TYPE_DOUBLE, True)
    _field(m, "positive_spans", 11, _F.TYPE_MESSAGE, True, ".prometheus.BucketSpan")
    _field(m, "positive_deltas", 12, _F.TYPE_SINT64, True)
    _field(m, "positive_counts", 13, _F.TYPE_DOUBLE, True)
    _field(m, "reset_hint", 14, _F.TYPE_ENUM, type_name=".prometheus.Histogram.ResetHint")
    _field(m, "timestamp", 15, _F.TYPE_INT64)
    m = fd.message_type.add(name="TimeSeries")
    _field(m, "labels", 1, _F.TYPE_MESSAGE, True, ".prometheus.Label")
    _field(m, "samples", 2, _F.TYPE_MESSAGE, True, ".prometheus.Sample")
    _field(m, "exemplars", 3, _F.TYPE_MESSAGE, True, ".prometheus.Exemplar")
    _field(m, "histograms", 4, _F.TYPE_MESSAGE, True, ".prometheus.Histogram")
    m = fd.message_type.add(name="MetricMetadata")
    kinds = m.enum_type.add(name="MetricType")
    for i, name in enumerate(METRIC_TYPE_NAMES):
        kinds.value.add(name=name.upper(), number=i)
    _field(m, "type", 1, _F.TYPE_ENUM, type_name=".prometheus.MetricMetadata.MetricType")
    _field(m, "metric_family_name", 2, _F.TYPE_STRING)
    _field(m, "help", 4, _F.TYPE_STRING)
    _field(m, "unit", 5, _F.TYPE_STRING)
    m = fd.message_type.add(name="WriteRequest")
    _field(m, "timeseries", 1, _F.TYPE_MESSAGE, True, ".prometheus.TimeSeries")
    _field(m, "metadata", 3, _F.TYPE_MESSAGE, True, ".prometheus.MetricMetadata")
    return fd


def _file_v2() -> descriptor_pb2.FileDescriptorProto:
    """Remote write 2.0 (``io.prometheus.write.v2.Request``): labels as references into a symbol table."""
    fd = descriptor_pb2.FileDescriptorProto(
        name="sightline/prompb_v2.proto", package="io.prometheus.write.v2", syntax="proto3",
        dependency=["sightline/prompb.proto"],
    )
    m = fd.message_type.add(name="Sample")
    _field(m, "value", 1, _F.TYPE_DOUBLE)
    _field(m, "timestamp", 2, _F.TYPE_INT64)
    m = fd.message_type.add(name="Exemplar")
    _field(m, "labels_refs", 1, _F.TYPE_UINT32, True)
    _field(m, "value", 2, _F.TYPE_DOUBLE)
    _field(m, "timestamp", 3, _F.TYPE_INT64)
    m = fd.message_type.add(name="Metadata")
    kinds = m.enum_type.add(name="MetricType")
    for i, name in enumerate(METRIC_TYPE_NAMES):
        kinds.value.add(name="METRIC_TYPE_" + ("UNSPECIFIED" if i == 0 else name.upper()), number=i)
    _field(m, "type", 1, _F.TYPE_ENUM, type_name=".io.prometheus.write.v2.Metadata.MetricType")
    _field(m, "help_ref", 3, _F.TYPE_UINT32)
    _field(m, "unit_ref", 4, _F.TYPE_UINT32)
    m = fd.message_type.add(name="TimeSeries")
    _field(m, "labels_refs", 1, _F.TYPE_UINT32, True)
    _field(m, "samples", 2, _F.TYPE_MESSAGE, True, ".io.prometheus.write.v2.Sample")
    # the native histogram message is the same in both versions (fields 1-15)
    _field(m, "histograms", 3, _F.TYPE_MESSAGE, True, ".prometheus.Histogram")
    _field(m, "exemplars", 4, _F.TYPE_MESSAGE, True, ".io.prometheus.write.v2.Exemplar")
    _field(m, "metadata", 5, _F.TYPE_MESSAGE, type_name=".io.prometheus.write.v2.Metadata")
    _field(m, "created_timestamp", 6, _F.TYPE_INT64)
    m = fd.message_type.add(name="Request")
    _field(m, "symbols", 4, _F.TYPE_STRING, True)
    _field(m, "timeseries", 5, _F.TYPE_MESSAGE, True, ".io.prometheus.write.v2.TimeSeries")
    return fd


_POOL = descriptor_pool.DescriptorPool()
_POOL.Add(_file())
_POOL.Add(_file_v2())


def _cls(name: str) -> type[Message]:
    return message_factory.GetMessageClass(_POOL.FindMessageTypeByName(f"prometheus.{name}"))


Label = _cls("Label")
Sample = _cls("Sample")
BucketSpan = _cls("BucketSpan")
Histogram = _cls("Histogram")
TimeSeries = _cls("TimeSeries")
MetricMetadata = _cls("MetricMetadata")
WriteRequest = _cls("WriteRequest")
WriteRequestV2 = message_factory.GetMessageClass(_POOL.FindMessageTypeByName("io.prometheus.write.v2.Request"))

_STALE = struct.pack("<Q", STALE_NAN_BITS)
_SUFFIXES = frozenset(("_bucket", "_count", "_sum", "_created", "_total"))


def is_stale_nan(value: float) -> bool:
    """Whether ``value`` is Prometheus's staleness marker (not just any NaN).

    >>> is_stale_nan(struct.unpack("<d", struct.pack("<Q", STALE_NAN_BITS))[0]), is_stale_nan(float("nan"))
    (True, False)
    """
    return value != value and struct.pack("<d", value) == _STALE


def family_of(name: str) -> tuple[str, str]:
    """``(family, suffix)`` of a series name: ``http_x_bucket`` → ``("http_x", "_bucket")``.

    >>> family_of("a_bucket"), family_of("up")
    (('a', '_bucket'), ('up', ''))
    """
    i = name.rfind("_")  # every suffix is one "_" word
    if i > 0 and name[i:] in _SUFFIXES:
        return name[:i], name[i:]
    return name, ""


def _float_key(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return math.nan


def _dense(spans: Iterable[Any], deltas: Iterable[int] | None, counts: Iterable[float] | None) -> tuple[int, list[float]]:
    """Prometheus sparse buckets (spans + deltas or absolute counts) → (first index, dense counts)."""
    values = list(counts) if counts is not None else []
    if deltas is not None:
        running, values = 0, []
        for d in deltas:
            running += d
            values.append(running)
    out: list[float] = []
    first: int | None = None
    index = 0
    position = 0
    for span in spans:
        index += span.offset  # the first span's offset is absolute, later ones are gaps
        if first is None:
            first = index
        else:
            out.extend([0] * (index - first - len(out)))
        for _ in range(span.length):
            out.append(values[position] if position < len(values) else 0)
            position += 1
            index += 1
    return (first or 0), out


class _Family:
    """What one request says about one family: its metadata, its series' names."""

    __slots__ = ("help", "kind", "unit")

    def __init__(self, kind: int, help_text: str, unit: str) -> None:
        self.kind, self.help, self.unit = kind, help_text, unit


def _metadata(request: Any) -> dict[str, _Family]:
    out: dict[str, _Family] = {}
    for md in request.metadata:
        out[md.metric_family_name] = _Family(md.type, md.help, md.unit)
    return out


def _exemplar(ex: Any) -> dict[str, Any]:
    attrs = {label.name: label.value for label in ex.labels}
    out: dict[str, Any] = {"value": ex.value}
    if ex.timestamp:
        out["time_unix_nano"] = ex.timestamp * 1_000_000
    for key in ("trace_id", "span_id"):
        if key in attrs:
            out[key] = attrs.pop(key)
    if attrs:
        out["attributes"] = attrs
    return out


def write_request_points(request: Any, default_service: str, received_ns: int) -> list[dict[str, Any]]:
    """Canonical metric points from a parsed :data:`WriteRequest` (see the module docstring).

    Parameters
    ----------
    request
        A parsed ``WriteRequest``.
    default_service
        ``service.name`` of series without a ``job`` label.
    received_ns
        The time of samples with timestamp 0.

    Examples
    --------
    >>> req = WriteRequest()
    >>> ts = req.timeseries.add()
    >>> for k, v in (("__name__", "http_requests_total"), ("code", "200"), ("instance", "h:1"), ("job", "api")):
    ...     _ = ts.labels.add(name=k, value=v)
    >>> _ = ts.samples.add(value=7, timestamp=1_700_000_000_000)
    >>> [p] = write_request_points(req, "unknown_service", 0)
    >>> p["name"], p["type"], p["monotonic"], p["service.name"], p["resource"]["service.instance.id"], p["attributes"]
    ('http_requests_total', 'sum', True, 'api', 'h:1', {'code': '200'})
    """
    meta = _metadata(request)
    # First pass: each series' labels, and which families have _count / buckets / quantiles here.
    parsed: list[tuple[str, dict[str, str], Any]] = []
    counts: set[str] = set()
    bucketed: set[str] = set()
    quantiled: set[str] = set()
    targets: dict[tuple[str, str], dict[str, str]] = {}  # (job, instance) → target_info labels
    present: set[str] = set()
    for ts in request.timeseries:
        labels = {label.name: label.value for label in ts.labels}
        name = labels.pop("__name__", "")
        if not name:
            continue
        if name == "target_info":  # resource attributes of the target's other series, not a series
            job, instance = labels.pop("job", ""), labels.pop("instance", "")
            targets[(job, instance)] = labels
            continue
        parsed.append((name, labels, ts))
        present.add(name)
        family, suffix = family_of(name)
        if suffix == "_count":
            counts.add(family)
        elif suffix == "_bucket" and "le" in labels:
            bucketed.add(family)
        if "quantile" in labels:
            quantiled.add(name)

    def family_kind(name: str) -> tuple[int, _Family | None]:
        info = meta.get(name)
        if info is not None:
            return info.kind, info
        family, suffix = family_of(name)
        info = meta.get(family) if suffix else None
        if info is not None:
            return info.kind, info
        return -1, None

    out: list[dict[str, Any]] = []
    # (family, service, instance, attrs key, timestamp ms) → the parts of one histogram or summary point
    groups: dict[tuple[str, str, str, tuple[tuple[str, str], ...], int], dict[str, Any]] = {}
    resources: dict[tuple[str, str], dict[str, Any]] = {}
    for name, labels, ts in parsed:
        job = labels.pop("job", "")
        service = job or default_service
        instance = labels.pop("instance", "")
        resource = resources.get((job, instance))
        if resource is None:
            resource = resources[(job, instance)] = _resource(service, instance, targets.get((job, instance)))
        scope = _scope(labels) if "otel_scope_name" in labels else None
        family, suffix = family_of(name)
        if suffix == "_created" and (
            family in counts or family + "_total" in present or (meta.get(family) and meta[family].kind in (COUNTER, HISTOGRAM, SUMMARY))
        ):
            continue  # a start time (client_python writes it as a gauge of its own), not a series to keep
        kind, info = family_kind(name)
        if ts.histograms:
            out.extend(_native(name, labels, service, resource, ts, info, received_ns, scope))
        # the role of this series
        role = ""
        if kind in (HISTOGRAM, GAUGEHISTOGRAM) or (kind == -1 and family in bucketed and family in counts):
            if suffix in ("_bucket", "_sum", "_count") and family in counts:
                role = "hist"
            elif suffix == "_created":
                continue
        elif kind == SUMMARY or (kind == -1 and family in counts and (family in quantiled or name in quantiled)):
            if suffix in ("_sum", "_count") and family in counts:
                role = "summ"
            elif suffix == "" and "quantile" in labels and family in counts:
                role = "summ"
            elif suffix == "_created":
                continue
        elif kind == COUNTER and suffix == "_created":
            continue
        elif kind == -1 and suffix == "_created" and (family + "_total" in meta or family in counts):
            continue
        if role:
            part = "quantile" if suffix == "" else suffix[1:]
            bound = labels.pop("le" if part == "bucket" else "quantile", None) if part in ("bucket", "quantile") else None
            key_attrs = tuple(sorted(labels.items()))
            for s in ts.samples:
                v = s.value
                if not math.isfinite(v):
                    continue
                g = groups.setdefault(
                    (family, service, instance, key_attrs, s.timestamp),
                    {"role": role, "info": info, "resource": resource, "scope": scope},
                )
                if part in ("bucket", "quantile"):
                    g.setdefault(part, []).append((_float_key(bound or ""), v))
                else:
                    g[part] = v
            if ts.exemplars:
                g_last = groups.get((family, service, instance, key_attrs, ts.samples[-1].timestamp)) if ts.samples else None
                if g_last is not None:
                    g_last.setdefault("exemplars", []).extend(_exemplar(e) for e in ts.exemplars)
            continue
        counter_like = (
            suffix == "_total"
            or (suffix == "_bucket" and "le" in labels)
            or (suffix in ("_sum", "_count") and (family in counts or family in bucketed or family in quantiled))
        )
        if kind == COUNTER or (kind in (-1, HISTOGRAM, SUMMARY) and counter_like):
            point_type, monotonic = "sum", True
        elif kind in (INFO, STATESET):
            point_type, monotonic = "sum", False
        else:
            point_type, monotonic = "gauge", False
        sid = series_id(service, name, labels)
        last: dict[str, Any] | None = None
        for s in ts.samples:
            v = s.value
            if not math.isfinite(v):
                continue
            when = s.timestamp * 1_000_000 or received_ns
            rec: dict[str, Any] = {
                "@timestamp": format_timestamp(when),
                "service.name": service,
                "name": name,
                "type": point_type,
                "series_id": sid,
                "time_unix_nano": when,
                "value": v,
                "attributes": dict(labels),
                "resource": resource,
            }
            if point_type == "sum":
                rec["temporality"] = "cumulative"
                rec["monotonic"] = monotonic
            if info is not None:
                if info.unit:
                    rec["unit"] = info.unit
                if info.help:
                    rec["description"] = info.help
            if scope:
                rec["scope"] = scope
            out.append(rec)
            last = rec
        if last is not None and ts.exemplars:
            last["exemplars"] = [_exemplar(e) for e in ts.exemplars]
    for (family, service, _instance, key_attrs, ts_ms), g in groups.items():
        point = _assembled(family, service, dict(key_attrs), ts_ms, g, received_ns)
        if point is not None:
            out.append(point)
    return out


def _assembled(
    family: str, service: str, attrs: dict[str, str], ts_ms: int, g: dict[str, Any], received_ns: int,
) -> dict[str, Any] | None:
    if "count" not in g:
        inf = [c for bound, c in g.get("bucket", []) if bound == math.inf]
        if not inf:
            return None  # the spec drops a histogram or summary without _count
        g["count"] = inf[0]  # the +Inf bucket counts every observation
    when = ts_ms * 1_000_000 or received_ns
    resource = g["resource"]
    rec: dict[str, Any] = {
        "@timestamp": format_timestamp(when),
        "service.name": service,
        "name": family,
        "series_id": series_id(service, family, attrs),
        "time_unix_nano": when,
        "attributes": attrs,
        "resource": resource,
        "count": int(g["count"]),
    }
    if "sum" in g:
        rec["sum"] = g["sum"]
    if g["role"] == "hist":
        rec["type"] = "histogram"
        rec["temporality"] = "cumulative"
        buckets = sorted(b for b in g.get("bucket", []) if b[0] == b[0])
        bounds: list[float] = []
        bucket_counts: list[int] = []
        previous = 0.0
        for bound, cumulative in buckets:
            if bound == math.inf:
                break
            bounds.append(bound)
            bucket_counts.append(max(int(cumulative - previous), 0))
            previous = max(previous, cumulative)
        bucket_counts.append(max(int(g["count"] - previous), 0))
        rec["explicit_bounds"] = bounds
        rec["bucket_counts"] = bucket_counts
    else:
        rec["type"] = "summary"
        rec["quantiles"] = [{"quantile": q, "value": v} for q, v in sorted(g.get("quantile", [])) if q == q]
    info = g.get("info")
    if info is not None:
        if info.unit:
            rec["unit"] = info.unit
        if info.help:
            rec["description"] = info.help
    if "exemplars" in g:
        rec["exemplars"] = g["exemplars"]
    if g.get("scope"):
        rec["scope"] = g["scope"]
    return rec


def _resource(service: str, instance: str, target_info: dict[str, str] | None) -> dict[str, Any]:
    # target_info labels are kept as they are (the spec: no '_' to '.' rewriting)
    resource: dict[str, Any] = dict(target_info or {})
    resource["service.name"] = service
    if instance:
        resource["service.instance.id"] = instance
    return resource


def _scope(labels: dict[str, str]) -> dict[str, Any]:
    """Take the ``otel_scope_*`` labels out of a series' labels: its instrumentation scope."""
    scope: dict[str, Any] = {"name": labels.pop("otel_scope_name", "")}
    version = labels.pop("otel_scope_version", "")
    if version:
        scope["version"] = version
    labels.pop("otel_scope_schema_url", None)
    extra = {k[len("otel_scope_"):]: labels.pop(k) for k in [k for k in labels if k.startswith("otel_scope_")]}
    if extra:
        scope["attributes"] = extra
    return scope


def _native(
    name: str, labels: dict[str, str], service: str, resource: dict[str, Any], ts: Any, info: _Family | None,
    received_ns: int, scope: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    out = []
    sid = series_id(service, name, labels)
    for h in ts.histograms:
        if not -4 <= h.schema <= 8:
            continue  # custom-bucket (NHCB) and future schemas: no exponential equivalent
        is_float = h.WhichOneof("count") == "count_float"
        count = h.count_float if is_float else h.count_int
        zero = h.zero_count_float if h.WhichOneof("zero_count") == "zero_count_float" else h.zero_count_int
        if not math.isfinite(count) or is_stale_nan(h.sum):
            continue
        pos_first, pos = _dense(h.positive_spans, None if is_float else h.positive_deltas, h.positive_counts if is_float else None)
        neg_first, neg = _dense(h.negative_spans, None if is_float else h.negative_deltas, h.negative_counts if is_float else None)
        when = h.timestamp * 1_000_000 or received_ns
        rec: dict[str, Any] = {
            "@timestamp": format_timestamp(when),
            "service.name": service,
            "name": name,
            "type": "exponential_histogram",
            "temporality": "cumulative",
            "series_id": sid,
            "time_unix_nano": when,
            "attributes": dict(labels),
            "resource": resource,
            "count": int(count),
            "scale": h.schema,
            "zero_count": int(zero),
            "positive": {"offset": pos_first - 1, "bucket_counts": [int(c) for c in pos]},
            "negative": {"offset": neg_first - 1, "bucket_counts": [int(c) for c in neg]},
        }
        if math.isfinite(h.sum):
            rec["sum"] = h.sum
        if info is not None and info.unit:
            rec["unit"] = info.unit
        if scope:
            rec["scope"] = scope
        out.append(rec)
    return out
