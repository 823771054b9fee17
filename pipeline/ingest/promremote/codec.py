"""Prometheus remote-write 1.0 requests → ``prom-write`` raw batches by service.  Pure.

:func:`decompress` undoes snappy within the size limit (a body announcing more
than ``ingest.max_decompressed_bytes`` is refused from its header, before it
is expanded); :func:`parse` reads the ``WriteRequest``
(:data:`schemas.prometheus.WriteRequest`); :func:`split` checks every series,
groups them by service (the ``job`` label) and returns the batches to
produce: the series' bytes as received (no re-encoding), each batch followed
by the metadata of its own series' families that this ingestor has seen
(Prometheus sends metadata in requests of its own, so it is remembered in a
bounded :class:`MetadataCache`); a batch with its metadata stays within one
Kafka message (a family whose metadata alone would not fit beside its series,
such as a help text of megabytes, goes without).

What is checked, and what happens:

- a series without a valid ``__name__``, with a label name that is not
  ``[a-zA-Z_][a-zA-Z0-9_]*``, with a label twice or with more labels than
  ``ingest.max_attributes`` is refused (the others are accepted; the answer
  is 400 naming the first problem, so the sender does not retry);
- a series with a sample, native histogram or exemplar timestamp outside 0
  to 2^63 - 1 ns (negative, or after 2262-04-11) is refused (``invalid_time``);
  so is a native histogram the processor could not expand: bucket counts
  negative or not finite, a zero count that is, spans that do not hold as
  many buckets as are sent or that go backwards (``invalid_histogram``), or
  spans wider than ``ingest.max_record_bytes`` / 2 buckets (``too_large``);
- a series over ``ingest.max_record_bytes`` as sent is refused (``too_large``:
  it would not fit in one Kafka message);
- more samples (plus native histograms) than ``ingest.max_records_per_request``
  refuses the whole request (413);
- stale markers, NaN and ±Inf samples are accepted as sent; the processor
  leaves them out of the points and statistics (a stale marker ends a
  series; NaN and Inf have no place in a mean or a rate).
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

import cramjam
from google.protobuf.message import DecodeError as ProtoDecodeError

from pipeline.ingest.errors import InvalidRequest, PayloadTooLarge, TooManyRecords
from pipeline.ingest.limits import Limits
from pipeline.ingest.otlp.codec import top_level_ranges
from pipeline.ingest.quote import shown
from pipeline.ingest.validate import MAX_UNIX_NANO
from schemas.metricnames import is_valid_label_name, is_valid_metric_name
from schemas.prometheus import (
    GAUGEHISTOGRAM,
    HISTOGRAM,
    SUMMARY,
    MetricMetadata,
    WriteRequest,
    WriteRequestV2,
    family_of,
)

__all__ = ["MetadataCache", "RemoteWriteSplit", "decompress", "from_v2", "parse", "parse_v2", "split"]

_MAX_RATIO = 22  # snappy's largest expansion: 64 bytes out of a 3-byte copy element


def decompress(body: bytes, limit: int) -> bytes:
    """Undo snappy (the block format remote write uses) within ``limit`` bytes.

    >>> decompress(bytes(cramjam.snappy.compress_raw(b"abc" * 10)), 100)
    b'abcabcabcabcabcabcabcabcabcabc'
    >>> decompress(bytes(cramjam.snappy.compress_raw(b"abc" * 10)), 10)
    Traceback (most recent call last):
    ...
    pipeline.ingest.errors.PayloadTooLarge: body announces 30 bytes once snappy-decompressed, over the 10-byte limit
    >>> decompress(b"\\x10not snappy", 100)
    Traceback (most recent call last):
    ...
    pipeline.ingest.errors.InvalidRequest: body is not valid snappy (block format): ...
    """
    try:
        size = cramjam.snappy.decompress_raw_len(body)
    except Exception as exc:  # cramjam raises its own DecompressionError (a ValueError subclass or not, by version)
        raise InvalidRequest(f"body is not valid snappy (block format): {exc}") from None
    if size > len(body) * _MAX_RATIO + 64:
        # a snappy copy element of 3 bytes yields at most 64: no valid stream expands more
        raise InvalidRequest(f"body is not valid snappy (block format): it announces {size} bytes from {len(body)}")
    if size > limit:
        raise PayloadTooLarge(f"body announces {size} bytes once snappy-decompressed, over the {limit}-byte limit")
    try:
        return bytes(cramjam.snappy.decompress_raw(body))
    except Exception as exc:
        raise InvalidRequest(f"body is not valid snappy (block format): {exc}") from None


def parse(data: bytes) -> Any:
    """A ``WriteRequest`` from its protobuf bytes; :class:`InvalidRequest` when they are not one."""
    request = WriteRequest()
    try:
        request.ParseFromString(data)
    except ProtoDecodeError as exc:
        raise InvalidRequest(f"body is not a valid remote-write WriteRequest (protobuf): {exc}") from None
    return request


def parse_v2(data: bytes) -> Any:
    """A remote-write 2.0 ``io.prometheus.write.v2.Request``; :class:`InvalidRequest` when it is not one."""
    request = WriteRequestV2()
    try:
        request.ParseFromString(data)
    except ProtoDecodeError as exc:
        raise InvalidRequest(f"body is not a valid remote-write 2.0 Request (protobuf): {exc}") from None
    return request


def from_v2(request: Any) -> tuple[Any, dict[str, int], str]:
    """A 2.0 ``Request`` as a 1.0 ``WriteRequest`` (labels and metadata resolved from the symbol table).

    Returns the request, the series refused by reason (a reference outside
    the symbol table, an odd number of references) and the first problem.

    >>> v2 = WriteRequestV2(symbols=["", "__name__", "up", "job", "api", "help"])
    >>> ts = v2.timeseries.add(labels_refs=[1, 2, 3, 4])
    >>> _ = ts.samples.add(value=1, timestamp=7)
    >>> ts.metadata.type, ts.metadata.help_ref = 2, 5
    >>> v1, refused, _ = from_v2(v2)
    >>> [(lb.name, lb.value) for lb in v1.timeseries[0].labels], v1.metadata[0].help, refused
    ([('__name__', 'up'), ('job', 'api')], 'help', {})
    """
    symbols = list(request.symbols)
    n = len(symbols)
    out = WriteRequest()
    refused: dict[str, int] = {}
    first = ""
    described: set[str] = set()
    for ts in request.timeseries:
        refs = list(ts.labels_refs)
        if len(refs) % 2 or any(r >= n for r in refs):
            refused["invalid_symbol_ref"] = refused.get("invalid_symbol_ref", 0) + 1
            first = first or f"a series' labels_refs {refs[:8]} do not pair up inside the {n} symbols"
            continue
        v1 = out.timeseries.add()
        name = ""
        for i in range(0, len(refs), 2):
            key, value = symbols[refs[i]], symbols[refs[i + 1]]
            v1.labels.add(name=key, value=value)
            if key == "__name__":
                name = value
        for sample in ts.samples:
            v1.samples.add(value=sample.value, timestamp=sample.timestamp)
        v1.histograms.extend(ts.histograms)
        for ex in ts.exemplars:
            e1 = v1.exemplars.add(value=ex.value, timestamp=ex.timestamp)
            ex_refs = list(ex.labels_refs)
            for i in range(0, len(ex_refs) - 1, 2):
                if ex_refs[i] < n and ex_refs[i + 1] < n:
                    e1.labels.add(name=symbols[ex_refs[i]], value=symbols[ex_refs[i + 1]])
        md = ts.metadata
        if name and md.type and name not in described:
            described.add(name)
            family = family_of(name)[0] if md.type in (HISTOGRAM, SUMMARY, GAUGEHISTOGRAM) else name
            out.metadata.add(
                type=md.type, metric_family_name=family,
                help=symbols[md.help_ref] if md.help_ref < n else "", unit=symbols[md.unit_ref] if md.unit_ref < n else "",
            )
    return out, refused, first


class MetadataCache:
    """Families' metadata (type, help, unit) as senders last sent it, at most ``size`` families.

    >>> cache = MetadataCache(2)
    >>> req = WriteRequest()
    >>> _ = req.metadata.add(type=1, metric_family_name="a_total", help="h")
    >>> cache.update(req.metadata)
    1
    >>> [m.metric_family_name for m in cache.lookup(["a_total", "b"])]
    ['a_total']
    """

    def __init__(self, size: int = 100_000) -> None:
        self.size = size
        self._items: OrderedDict[str, bytes] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def update(self, metadata: Any) -> int:
        """Remember every ``MetricMetadata`` of a request; returns how many."""
        n = 0
        for md in metadata:
            name = md.metric_family_name
            if not name:
                continue
            self._items[name] = md.SerializeToString()
            self._items.move_to_end(name)
            n += 1
        while len(self._items) > self.size:
            self._items.popitem(last=False)
        return n

    def lookup(self, families: Any) -> list[Any]:
        """The known metadata of ``families`` (names), in that order."""
        out = []
        for name in families:
            raw = self._items.get(name)
            if raw is not None:
                md = MetricMetadata()
                md.ParseFromString(raw)
                out.append(md)
        return out

    def encoded(self, families: Any) -> bytes:
        """The known metadata of ``families`` as the field 3 entries of a ``WriteRequest``."""
        req = WriteRequest()
        req.metadata.extend(self.lookup(families))
        return req.SerializeToString()


@dataclass(slots=True)
class RemoteWriteSplit:
    """What :func:`split` made of a request."""

    batches: list[tuple[str, bytes]] = field(default_factory=list)
    series: int = 0  # accepted series
    samples: int = 0  # accepted samples and native histograms
    histograms: int = 0  # of which native histograms
    exemplars: int = 0
    metadata: int = 0
    refused: dict[str, int] = field(default_factory=dict)  # reason → series refused
    first_problem: str = ""

    def refuse(self, reason: str, why: str) -> None:
        self.refused[reason] = self.refused.get(reason, 0) + 1
        if not self.first_problem:
            self.first_problem = why

    @property
    def message(self) -> str:
        if not self.refused:
            return ""
        total = sum(self.refused.values())
        return f"{total} series refused ({', '.join(f'{n} {r}' for r, n in sorted(self.refused.items()))}); first: {self.first_problem}"


_MAX_MS = MAX_UNIX_NANO // 1_000_000  # remote-write times are milliseconds
_BAD_TIME = ("invalid_time", "a series has a timestamp outside 0 to 2^63-1 ns (1970-01-01 to 2262-04-11)")


def _histogram_problem(h: Any, max_buckets: int) -> tuple[str, str] | None:
    """Why a native histogram cannot be expanded into a point, or ``None`` (Prometheus's own checks)."""
    if not 0 <= h.timestamp <= _MAX_MS:
        return _BAD_TIME
    is_float = h.WhichOneof("count") == "count_float"
    if h.WhichOneof("zero_count") == "zero_count_float" and not (
        math.isfinite(h.zero_count_float) and h.zero_count_float >= 0
    ):
        return "invalid_histogram", "a native histogram's zero count is negative or not finite"
    width = 0
    for side, spans, values in (
        ("positive", h.positive_spans, h.positive_counts if is_float else h.positive_deltas),
        ("negative", h.negative_spans, h.negative_counts if is_float else h.negative_deltas),
    ):
        buckets = 0
        for i, span in enumerate(spans):
            if i and span.offset < 0:
                return "invalid_histogram", f"a native histogram's {side} spans go backwards"
            width += span.length + (span.offset if i else 0)
            buckets += span.length
        if buckets != len(values):
            return "invalid_histogram", (
                f"a native histogram's {side} spans hold {buckets} buckets but {len(values)} are sent"
            )
        if is_float:
            if not all(math.isfinite(c) and c >= 0 for c in values):
                return "invalid_histogram", f"a native histogram has a negative or non-finite {side} bucket count"
        else:
            running = 0
            for delta in values:
                running += delta
                if running < 0:
                    return "invalid_histogram", f"a native histogram has a negative {side} bucket count"
    if width > max_buckets:
        return "too_large", (
            f"a native histogram spans {width} buckets, over ingest.max_record_bytes / 2 ({max_buckets})"
        )
    return None


def _series_problem(
    samples: Any, exemplars: Any, histograms: Any, size: int, limits: Limits
) -> tuple[str, str] | None:
    """Why a series (its parts, ``size`` bytes as sent) cannot be accepted, or ``None``; see the module docstring."""
    if size > limits.max_record_bytes:
        return "too_large", f"a series of {size} bytes is over ingest.max_record_bytes ({limits.max_record_bytes})"
    # Iterating a protobuf repeated field costs more than indexing it: the common shapes (one
    # sample, no exemplar, no native histogram) are checked without an iterator.
    n = len(samples)
    if n == 1:
        if not 0 <= samples[0].timestamp <= _MAX_MS:
            return _BAD_TIME
    elif n:
        for sample in samples:
            if not 0 <= sample.timestamp <= _MAX_MS:
                return _BAD_TIME
    if len(exemplars):
        for ex in exemplars:
            if not 0 <= ex.timestamp <= _MAX_MS:
                return _BAD_TIME
    if len(histograms):
        for h in histograms:
            problem = _histogram_problem(h, limits.max_record_bytes // 2)
            if problem is not None:
                return problem
    return None


_GOOD_LABELS: set[str] = set()  # label names already checked (they repeat across series and requests)


def _label_ok(name: str) -> bool:
    if name in _GOOD_LABELS:
        return True
    if not is_valid_label_name(name):
        return False
    if len(_GOOD_LABELS) < 100_000:
        _GOOD_LABELS.add(name)
    return True


def split(
    data: bytes, request: Any, limits: Limits, cache: MetadataCache, service_label: str = "job",
    instance_label: str = "instance",
) -> RemoteWriteSplit:
    """Check the series of a parsed request and group them into raw batches by service.

    Parameters
    ----------
    data, request
        The decompressed ``WriteRequest`` bytes and the message parsed from them.
    limits
        ``max_records`` (samples per request), ``max_attributes`` (labels per
        series), ``default_service`` (series without a service label),
        ``max_batch_bytes`` (one Kafka message).
    cache
        Metadata seen so far; this request's metadata is added to it.
    service_label, instance_label
        The labels naming the service and the instance (``job``,
        ``instance``); others are renamed to those in the batches.

    Raises
    ------
    TooManyRecords
        More samples than ``limits.max_records``.

    Examples
    --------
    >>> req = WriteRequest()
    >>> for job in ("a", "b", "a"):
    ...     ts = req.timeseries.add()
    ...     _ = ts.labels.add(name="__name__", value="up")
    ...     _ = ts.labels.add(name="job", value=job)
    ...     _ = ts.samples.add(value=1, timestamp=1)
    >>> bad = req.timeseries.add()
    >>> _ = bad.labels.add(name="__name__", value="bad-name")
    >>> out = split(req.SerializeToString(), req, Limits(), MetadataCache())
    >>> sorted((service, len(parse(payload).timeseries)) for service, payload in out.batches)
    [('a', 2), ('b', 1)]
    >>> out.message
    "1 series refused (1 invalid_metric_name); first: metric name 'bad-name' is not valid ([a-zA-Z_:][a-zA-Z0-9_:]*)"
    """
    out = RemoteWriteSplit()
    out.metadata = cache.update(request.metadata)
    total = 0
    for ts in request.timeseries:
        total += len(ts.samples) + len(ts.histograms)
    if total > limits.max_records:
        raise TooManyRecords(
            f"request carries {total} samples, over the limit of {limits.max_records} (ingest.max_records_per_request)"
        )
    rename = service_label != "job" or instance_label != "instance"
    ranges = top_level_ranges(data) if not rename else []
    groups: dict[str, list[tuple[str, str, bytes]]] = {}  # service → (family, series name, series bytes)
    max_labels = limits.max_attributes + 1
    for i, ts in enumerate(request.timeseries):
        labels = ts.labels
        names = [lb.name for lb in labels]  # one pass over the wire objects; checks below on plain strings
        if len(names) > max_labels:
            out.refuse("too_many_labels", f"a series has {len(names)} labels, over ingest.max_attributes ({limits.max_attributes})")
            continue
        if len(set(names)) != len(names):
            twice = next(n for n in names if names.count(n) > 1)
            out.refuse("duplicate_label", f"label {shown(twice)} appears twice in one series")
            continue
        bad = [n for n in names if n not in _GOOD_LABELS and n != "__name__" and not _label_ok(n)]
        if bad:
            out.refuse("invalid_label_name", f"label name {shown(bad[0])} is not valid ([a-zA-Z_][a-zA-Z0-9_]*)")
            continue
        if "__name__" not in names:
            out.refuse("missing_metric_name", "a series has no __name__ label")
            continue
        name = labels[names.index("__name__")].value
        if not is_valid_metric_name(name):
            out.refuse("invalid_metric_name", f"metric name {shown(name)} is not valid ([a-zA-Z_:][a-zA-Z0-9_:]*)")
            continue
        service = labels[names.index(service_label)].value if service_label in names else ""
        service = service or limits.default_service
        if rename:
            piece = _renamed(ts, service_label, instance_label, service)
        else:
            start, end = ranges[i]
            piece = data[start:end]
        samples, exemplars, histograms = ts.samples, ts.exemplars, ts.histograms
        problem = _series_problem(samples, exemplars, histograms, len(piece), limits)
        if problem is not None:
            out.refuse(*problem)
            continue
        n_histograms = len(histograms)
        out.series += 1
        out.samples += len(samples) + n_histograms
        out.histograms += n_histograms
        out.exemplars += len(exemplars)
        groups.setdefault(service, []).append((family_of(name)[0], name, piece))
    memo: dict[str, bytes] = {}
    for service, pieces in groups.items():
        # a family's series side by side, so a batch cut keeps histograms whole where it can
        pieces.sort(key=lambda piece: piece[0])
        known: set[str] = set()
        for family, name, _ in pieces:
            known.update((name, family, family + "_total"))
        suffix = cache.encoded(sorted(known))
        if sum(len(piece) for _f, _n, piece in pieces) + len(suffix) <= limits.max_batch_bytes:
            out.batches.append((service, b"".join(piece for _f, _n, piece in pieces) + suffix))  # the usual case
            continue
        out.batches.extend((service, payload) for payload in _batches(pieces, cache, memo, limits.max_batch_bytes))
    return out


def _batches(
    pieces: list[tuple[str, str, bytes]], cache: MetadataCache, memo: dict[str, bytes], limit: int
) -> list[bytes]:
    """Series bytes joined into payloads of at most ``limit`` bytes, each followed by its own series' metadata.

    The metadata of a series may be filed under its name, its family or the
    family's ``_total`` (appended as field 3 entries: protobuf merges
    concatenations).  Each payload carries the metadata of the series in it
    only, so a request with many families cannot make a payload outgrow a
    Kafka message; a series whose metadata alone would not fit goes without.
    """
    def encoded(key: str) -> bytes:
        found = memo.get(key)
        if found is None:
            found = memo[key] = cache.encoded([key])
        return found

    out: list[bytes] = []
    series: list[bytes] = []
    metadata: list[bytes] = []
    keys: set[str] = set()
    size = 0
    for family, name, piece in pieces:
        wanted = dict.fromkeys((name, family, family + "_total"))
        if series:
            extra = [encoded(k) for k in wanted if k not in keys]
            grow = len(piece) + sum(map(len, extra))
            if size + grow > limit:
                out.append(b"".join(series) + b"".join(metadata))
                series, metadata, keys, size = [], [], set(), 0
        if not series:
            extra = [encoded(k) for k in wanted]
            grow = len(piece) + sum(map(len, extra))
            if grow > limit:  # its metadata does not fit beside it: the series alone (typed by its name)
                extra, grow = [], len(piece)
        series.append(piece)
        metadata.extend(extra)
        keys.update(wanted)
        size += grow
    if series:
        out.append(b"".join(series) + b"".join(metadata))
    return out


def _renamed(ts: Any, service_label: str, instance_label: str, service: str) -> bytes:
    """A series with its service and instance labels renamed ``job`` and ``instance``, as field 1 bytes."""
    request = WriteRequest()
    copy = request.timeseries.add()
    copy.CopyFrom(ts)
    kept = [(lb.name, lb.value) for lb in copy.labels if lb.name not in ("job", "instance")]
    instance = next((lb.value for lb in copy.labels if lb.name == instance_label), "")
    del copy.labels[:]
    for lname, value in kept:
        if lname == service_label:
            continue
        if lname == instance_label:
            continue
        copy.labels.add(name=lname, value=value)
    copy.labels.add(name="job", value=service)
    if instance:
        copy.labels.add(name="instance", value=instance)
    return bytes(request.SerializeToString())
