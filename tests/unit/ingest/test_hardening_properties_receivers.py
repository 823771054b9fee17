"""Property tests over the Sentry, Zipkin and remote-write decoders (issue #15), as over the others
(:mod:`tests.unit.ingest.test_hardening_properties`): the answer accounts for every record, and
every accepted record is one the processor's decoder reads.

Requests mix well-formed and malformed records: times negative or at 2^63 ns and beyond, bad
ids, malformed annotations and child spans, records over ``max_record_bytes``, native
histograms with negative or non-finite counts, spans that do not match their buckets or that
expand to huge bucket arrays.
"""

from __future__ import annotations

import json
import math
from typing import Any

import orjson
from hypothesis import given
from hypothesis import strategies as st

from pipeline.ingest.promremote.codec import MetadataCache, parse, split
from pipeline.ingest.sentry.codec import decode_envelope, decode_store
from pipeline.ingest.zipkin.codec import _list_of_spans_class as zipkin_list_of_spans
from pipeline.ingest.zipkin.codec import decode_json, decode_proto
from pipeline.process.decode import decode_batch
from schemas.prometheus import WriteRequest, is_stale_nan
from schemas.raw import FORMAT_PROM_WRITE, RawEnvelope
from tests.unit.ingest.test_hardening_properties import (
    LIMITS,
    RECEIVED,
    SETTINGS,
    _processor_reads,
    _records_read,
)

# -- Sentry -------------------------------------------------------------------------------------
_seconds = st.one_of(
    st.floats(0, 4e9, allow_nan=False),
    st.sampled_from([-1, 1e30, 9.3e9, "1795428000.5", "2026-11-23T10:00:00Z", "0001-01-01T00:00:00Z",
                     "9999-12-31T23:59:59Z", "inf", "abc", "", True, [1]]),
)
_big = st.one_of(st.text(max_size=12), st.just("z" * 5000))
_event = st.fixed_dictionaries(
    {},
    optional={
        "timestamp": _seconds,
        "level": st.sampled_from(["error", "warning", "info", "bogus", 3]),
        "message": _big,
        "exception": st.just({"values": [{"type": "KeyError", "value": "k"}]}),
        "tags": st.dictionaries(st.sampled_from(["a", "b"]), st.one_of(st.text(max_size=4), st.integers(-(2**64), 2**64))),
        "extra": st.recursive(st.integers(), lambda inner: st.dictionaries(st.just("n"), inner, max_size=1), max_leaves=40),
    },
)
_span_ids = st.sampled_from(["b7ad6b7169203331", "00f067aa0ba902b7", "xyz", ""])
_child = st.one_of(
    st.fixed_dictionaries(
        {"span_id": _span_ids},
        optional={"timestamp": _seconds, "start_timestamp": _seconds, "description": _big,
                  "op": st.sampled_from(["db", "http.client"]), "data": st.dictionaries(st.just("n"), st.integers())},
    ),
    st.just("not a span"),
)


@st.composite
def _transaction(draw: st.DrawFn, trace_id: str) -> dict[str, Any]:
    return {
        "type": "transaction",
        "transaction": draw(_big),
        "timestamp": draw(_seconds),
        "start_timestamp": draw(_seconds),
        "contexts": {"trace": {"trace_id": trace_id, "span_id": draw(_span_ids), "op": "http.server"}},
        "spans": draw(st.lists(_child, max_size=3)),
    }


@st.composite
def _envelope(draw: st.DrawFn) -> tuple[bytes, list[tuple[str, Any]]]:
    """An envelope and its items as (type, payload); each transaction has a trace id of its own."""
    items: list[tuple[str, Any]] = []
    for n in range(draw(st.integers(0, 5))):
        kind = draw(st.sampled_from(["event", "transaction", "session", "bad-json"]))
        if kind == "event":
            items.append((kind, draw(_event)))
        elif kind == "transaction":
            trace_id = draw(st.sampled_from([f"{n + 1:032x}", "nothex"]))
            items.append((kind, draw(_transaction(trace_id))))
        elif kind == "session":
            items.append((kind, {"sid": "s"}))
        else:
            items.append(("event", b"{not json"))
    parts = [b'{"event_id":"' + b"a" * 32 + b'"}']
    for kind, payload in items:
        raw = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        parts.append(orjson.dumps({"type": kind, "length": len(raw)}))
        parts.append(raw)
    return b"\n".join(parts), items


def _check_sentry(batch: Any, items: list[tuple[str, Any]]) -> None:
    rejected: dict[int, list[str]] = {}
    for index, why in batch.rejected:
        assert why
        rejected.setdefault(index, []).append(why)
    events = [i for i, (kind, _p) in enumerate(items) if kind == "event"]
    # every event item: one log or one refusal (logs carry no item number: count them)
    assert len(batch.logs) + sum(len(rejected.get(i, [])) for i in events) == len(events)
    assert all(len(rejected.get(i, [])) <= 1 for i in events)
    for index, (kind, payload) in enumerate(items):
        if kind == "transaction":
            trace_id = payload["contexts"]["trace"]["trace_id"]
            spans = [s for s in batch.spans if s["trace_id"] == trace_id]
            refusals = rejected.get(index, [])
            if not spans:  # the root refused: one refusal for the item, its children with it
                assert len(refusals) == 1 and ": span " not in refusals[0]
            else:  # the root kept: every child either a span or a refusal naming it
                assert len(spans) + len(refusals) == 1 + len(payload["spans"])
                assert all(": span " in why for why in refusals)
        elif kind == "session":
            assert index not in rejected
    assert sum(batch.other.values()) == sum(1 for kind, _p in items if kind == "session")
    assert _records_read(batch.logs, "logs") == len(batch.logs)
    assert _records_read(batch.spans, "spans") == len(batch.spans)


@SETTINGS
@given(_envelope())
def test_sentry_envelopes_account_for_every_record(envelope: tuple[bytes, list[tuple[str, Any]]]) -> None:
    body, items = envelope
    _check_sentry(decode_envelope(body, "svc", RECEIVED, limits=LIMITS), items)


@SETTINGS
@given(st.one_of(_event.map(lambda e: ("event", e)), _transaction(f"{7:032x}").map(lambda t: ("transaction", t))))
def test_sentry_store_bodies_account_for_their_record(item: tuple[str, Any]) -> None:
    _check_sentry(decode_store(json.dumps(item[1]).encode(), "svc", RECEIVED, LIMITS), [item])


# -- Zipkin -------------------------------------------------------------------------------------
_micros = st.one_of(
    st.integers(0, 2**53), st.integers(2**63 // 1000 - 2, 2**64), st.integers(-(2**63), -1),
    st.floats(0, 1e16, allow_nan=False), st.sampled_from(["1", None, True]),
)
_annotation = st.one_of(
    st.fixed_dictionaries({"timestamp": _micros, "value": st.one_of(st.text(max_size=5), st.just('{"e":{"k":1}}'))}),
    st.just({"value": 3}), st.just("note"),
)
_zipkin_span = st.one_of(
    st.fixed_dictionaries(
        {"traceId": st.sampled_from(["0af7651916cd43dd8448eb211c80319c", "463ac35c9f6413ad", "zz", ""]),
         "id": _span_ids},
        optional={
            "timestamp": _micros, "duration": _micros, "name": _big,
            "kind": st.sampled_from(["SERVER", "CLIENT", "odd"]),
            "localEndpoint": st.just({"serviceName": "api", "ipv4": "10.0.0.1", "port": 80}),
            "tags": st.dictionaries(st.sampled_from(["http.status_code", "error", "k"]), st.one_of(_big, st.integers())),
            "annotations": st.one_of(st.lists(_annotation, max_size=3), st.just("x")),
        },
    ),
    st.just(["not a span"]),
)


def _check_zipkin(out: Any, total: int) -> None:
    assert len(out.spans) + len(out.rejected) == total
    assert len({i for i, _why in out.rejected}) == len(out.rejected)
    assert all(why for _i, why in out.rejected)
    assert _records_read(out.spans, "spans") == len(out.spans)


@SETTINGS
@given(st.lists(_zipkin_span, max_size=6))
def test_zipkin_json_accounts_for_every_span(spans: list[Any]) -> None:
    body = json.dumps(spans).encode()  # json: ints beyond 64 bits as sent
    _check_zipkin(decode_json(body, "unknown_service", RECEIVED, LIMITS), len(spans))


_u64 = st.one_of(st.integers(0, 2**53), st.integers(2**63 // 1000 - 2, 2**64 - 1))


@st.composite
def _zipkin_proto(draw: st.DrawFn) -> tuple[bytes, int]:
    message = zipkin_list_of_spans()()
    n = draw(st.integers(0, 5))
    for _ in range(n):
        span = message.spans.add(
            trace_id=draw(st.sampled_from([b"\1" * 16, b"\1" * 8, b"", b"\1" * 3])),
            id=draw(st.sampled_from([b"\2" * 8, b"", b"\0" * 8])),
            name=draw(_big), timestamp=draw(_u64), duration=draw(_u64), kind=draw(st.integers(0, 5)),
        )
        for _ in range(draw(st.integers(0, 2))):
            span.annotations.add(timestamp=draw(_u64), value=draw(st.text(max_size=5)))
        span.tags["k"] = draw(_big)
    return message.SerializeToString(), n


@SETTINGS
@given(_zipkin_proto())
def test_zipkin_proto_accounts_for_every_span(request: tuple[bytes, int]) -> None:
    body, total = request
    _check_zipkin(decode_proto(body, "unknown_service", RECEIVED, LIMITS), total)


# -- Prometheus remote write ---------------------------------------------------------------------
_MAX_MS = (2**63 - 1) // 1_000_000
_ms = st.one_of(st.integers(0, 2_000_000_000_000), st.integers(_MAX_MS - 1, _MAX_MS + 2), st.integers(-(2**63), -1))
_value = st.floats(width=64)


@st.composite
def _native(draw: st.DrawFn, series: Any) -> None:
    h = series.histograms.add(schema=draw(st.integers(-4, 8)), timestamp=draw(_ms), sum=draw(_value))
    as_float = draw(st.booleans())
    spans = draw(st.lists(st.tuples(st.integers(-3, 3), st.integers(0, 3)), max_size=3))
    if draw(st.booleans()):
        spans.append((draw(st.sampled_from([5000, 2**31 - 1])), 1))  # a gap of thousands of buckets
    for offset, length in spans:
        h.positive_spans.add(offset=offset, length=length)
    buckets = sum(length for _o, length in spans) + draw(st.sampled_from([0, 0, 0, 1]))  # sometimes one too many
    if as_float:
        h.count_float = draw(st.one_of(st.floats(0, 100), st.just(7.0)))
        h.positive_counts.extend(draw(st.lists(st.one_of(st.floats(0, 9), _value), min_size=buckets, max_size=buckets)))
        if draw(st.booleans()):
            h.zero_count_float = draw(_value)
    else:
        h.count_int = draw(st.integers(0, 100))
        h.positive_deltas.extend(draw(st.lists(st.integers(-3, 5), min_size=buckets, max_size=buckets)))
        h.zero_count_int = draw(st.integers(0, 5))


@st.composite
def _remote_write(draw: st.DrawFn) -> tuple[bytes, Any]:
    request = WriteRequest()
    for i in range(draw(st.integers(1, 6))):
        ts = request.timeseries.add()
        ts.labels.add(name="__name__", value=draw(st.sampled_from(["m_a", "m_b", "bad-name"])))
        ts.labels.add(name="i", value=str(i))
        ts.labels.add(name="job", value=draw(st.sampled_from(["api", "db"])))
        if draw(st.integers(0, 5)) == 0:
            ts.labels.add(name="big", value="v" * 5000)
        for _ in range(draw(st.integers(0, 3))):
            ts.samples.add(value=draw(_value), timestamp=draw(_ms))
        for _ in range(draw(st.integers(0, 1))):
            ex = ts.exemplars.add(value=draw(_value), timestamp=draw(_ms))
            ex.labels.add(name="trace_id", value="0af7651916cd43dd8448eb211c80319c")
        for _ in range(draw(st.integers(0, 2))):
            draw(_native(ts))
    return request.SerializeToString(), request


@SETTINGS
@given(_remote_write())
def test_remote_write_accounts_for_every_series(request: tuple[bytes, Any]) -> None:
    data, parsed = request
    out = split(data, parsed, LIMITS, MetadataCache())
    assert out.series + sum(out.refused.values()) == len(parsed.timeseries)
    assert (out.message != "") == bool(out.refused)
    accepted: set[str] = set()
    for _service, payload in out.batches:
        assert len(payload) <= LIMITS.max_batch_bytes
        for ts in parse(payload).timeseries:
            accepted.add(next(lb.value for lb in ts.labels if lb.name == "i"))
    assert len(accepted) == out.series
    # every accepted series decodes: a point per finite sample, one per native histogram
    points: dict[str, int] = {}
    for service, payload in out.batches:
        _env, records = decode_batch("metrics", RawEnvelope(FORMAT_PROM_WRITE, RECEIVED).headers(), payload,
                                     service.encode())
        for record in records:
            points[record["attributes"]["i"]] = points.get(record["attributes"]["i"], 0) + 1
        assert _processor_reads("metrics", FORMAT_PROM_WRITE, [(service, payload)]) == len(records)
    for ts in parsed.timeseries:
        index = next(lb.value for lb in ts.labels if lb.name == "i")
        if index in accepted:
            expected = sum(1 for s in ts.samples if math.isfinite(s.value)) + sum(
                1 for h in ts.histograms
                if math.isfinite(h.count_float if h.WhichOneof("count") == "count_float" else h.count_int)
                and not is_stale_nan(h.sum)
            )
            assert points.get(index, 0) == expected, (index, ts)
        else:
            assert index not in points
