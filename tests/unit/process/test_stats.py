from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from prometheus_client import CollectorRegistry

from pipeline.config import StatsConfig
from pipeline.process.metrics import StatsCollector
from pipeline.process.operations import normalise_path
from pipeline.process.pipeline import BatchPipeline
from pipeline.process.sketch import SketchMapping
from pipeline.process.stats import OTHER, RollingStats, SeriesKey
from schemas.raw import FORMAT_OTLP_PROTO, RawEnvelope
from tests.unit.process.otlp_samples import T0, logs_request, metrics_request, spans_request

S = 10**9
HEADERS = RawEnvelope(FORMAT_OTLP_PROTO, T0).headers()


@settings(max_examples=50, derandomize=True)
@given(seed=st.integers(0, 10_000), sigma=st.floats(0.1, 3.0), alpha=st.sampled_from([0.005, 0.01, 0.02]))
def test_sketch_quantiles_are_within_the_stated_relative_error(seed, sigma, alpha) -> None:
    values = np.random.default_rng(seed).lognormal(2.0, sigma, 2_000)
    m = SketchMapping(alpha)
    lo, counts = m.histogram(m.index(values))
    qs = [0.01, 0.5, 0.95, 0.99, 1.0]
    est = m.quantiles(lo, counts, qs)
    exact = np.quantile(values, qs, method="lower")
    assert np.all(np.abs(est - exact) <= alpha * exact * (1 + 1e-9))


def test_sketches_merge_by_adding_counts() -> None:
    m = SketchMapping(0.01)
    a, b = np.arange(1, 500, dtype=float), np.arange(500, 1000, dtype=float)
    lo_a, ca = m.histogram(m.index(a))
    lo_b, cb = m.histogram(m.index(b))
    merged = np.zeros(max(lo_a + ca.size, lo_b + cb.size) - lo_a)
    merged[: ca.size] += ca
    merged[lo_b - lo_a : lo_b - lo_a + cb.size] += cb
    lo, whole = m.histogram(m.index(np.concatenate([a, b])))
    assert lo == lo_a and np.array_equal(merged, whole)


def stats(**kw) -> RollingStats:
    return RollingStats(StatsConfig(**kw))


def spans(t: int, n: int, errors: int = 0, op: str = "GET /x", service: str = "api") -> list[dict]:
    return [{"service.name": service, "operation": op, "start_time_unix_nano": t, "duration_ms": 10.0,
             "status.code": "error" if i < errors else "unset", "attributes": {}, "id": f"{t}-{i}", "trace_id": "t"}
            for i in range(n)]


def test_windows_slide_and_rates_divide_by_covered_time() -> None:
    st_ = stats(windows=["1m", "5m"], slots=6)
    key = SeriesKey("op", "api", "GET /x")
    now = 10_000 * S
    st_.update("spans", spans(now - 30 * S, 60, errors=6), now)
    st_.update("spans", spans(now, 60), now)
    one = st_.read(key, "1m", now)
    assert (one.count, one.errors) == (120, 6)
    assert one.rate == pytest.approx(120 / one.seconds) and 50 <= one.seconds <= 60
    later = now + 45 * S  # the first batch has left the minute, not the five minutes
    assert st_.read(key, "1m", later).count == 60
    assert st_.read(key, "5m", later).count == 120
    assert st_.read(key, "5m", now + 400 * S).count == 0


def test_records_older_than_a_window_do_not_count_in_it() -> None:
    st_ = stats(windows=["1m", "1h"])
    now = 10_000 * S
    st_.update("spans", spans(now - 600 * S, 5), now)
    key = SeriesKey("op", "api", "GET /x")
    assert st_.read(key, "1m", now).count == 0 and st_.read(key, "1h", now).count == 5


def test_spans_logs_and_metrics_through_the_pipeline() -> None:
    rs = stats()
    seen: list[object] = []
    pipe = BatchPipeline(rs, hooks=[seen.append])
    now = T0 + 10 * S
    pipe.process("spans", HEADERS, spans_request(n=100, error_every=10).SerializeToString(), b"checkout", now)
    pipe.process("logs", HEADERS, logs_request(n=10).SerializeToString(), b"checkout", now)
    pipe.process("metrics", HEADERS, metrics_request(cumulative=100).SerializeToString(), b"checkout", now)
    pipe.process("metrics", HEADERS, metrics_request(t0=T0 + 5 * S, cumulative=160).SerializeToString(), b"checkout", now)
    op = rs.read(SeriesKey("op", "checkout", "GET /users/{id}"), "5m", now)
    assert (op.count, op.errors) == (100, 10)
    p50, _p95, p99 = rs.latency(SeriesKey("op", "checkout", "GET /users/{id}"), "5m", now)
    assert p50 == pytest.approx(50, rel=0.03) and p99 == pytest.approx(99, rel=0.03)
    assert rs.read(SeriesKey("err", "checkout", "KeyError"), "5m", now).count == 10
    assert rs.read(SeriesKey("log", "checkout", "ERROR"), "5m", now).count == 5
    # the error logs were written inside failed span 0 (same trace and span id): that failure is
    # already counted by its span's type, so they add no PaymentDeclined count of their own
    assert SeriesKey("err", "checkout", "PaymentDeclined") not in rs.series
    keys = {k.name: k for k in rs.series if k.kind == "metric"}
    counter = rs.read(keys["http_server_requests_total"], "5m", now)
    assert counter.total == 60  # cumulative 100 → 160: a delta of 60
    hist = rs.series[keys["http_server_request_duration_milliseconds"]]
    view = hist.view(rs.window_index("5m"), now)
    assert view.count == 20 and view.total == 600.0
    q = hist.quantiles(view, [0.5])[0]
    assert 10 <= q <= 50  # the median observation is in the (10, 50] bucket
    exp = rs.series[keys["rpc_duration_milliseconds"]]
    assert 2**3.5 < exp.quantiles(exp.view(0, now), [0.5])[0] < 2**3.75  # the middle bucket (2^(14/4), 2^(15/4)]
    assert rs.series[keys["gc_pause_milliseconds"]].meta["quantiles"] == {"0.5": 2.5, "0.99": 4.0}
    assert rs.series[keys["queue_depth"]].last == 7.0
    assert seen and all(seen)
    error_update = next(u for u in seen[0] if u.key.kind == "op")
    assert error_update.errors == 10 and len(error_update.record_ids) == 5


def test_counter_reset_counts_the_new_value() -> None:
    rs = stats()
    now = 10_000 * S
    point = {"service.name": "a", "name": "c", "series_id": "s", "type": "sum", "monotonic": True,
             "temporality": "cumulative", "start_time_unix_nano": 1}
    rs.update("metrics", [dict(point, time_unix_nano=now - 3 * S, value=50.0)], now)
    rs.update("metrics", [dict(point, time_unix_nano=now - 2 * S, value=80.0), dict(point, time_unix_nano=now - S, value=10.0, start_time_unix_nano=2)], now)
    assert rs.read(SeriesKey("metric", "a", "c", "s"), "1m", now).total == 30 + 10


def test_cardinality_caps_fold_into_other_and_count() -> None:
    rs = stats(max_operations_per_service=3, max_services=2)
    now = 10_000 * S
    for i in range(5):
        rs.update("spans", spans(now, 1, op=f"op{i}"), now)
    rs.update("spans", spans(now, 1, service="b"), now)
    rs.update("spans", spans(now, 1, service="c"), now)
    ops = sorted(k.name for k in rs.series if k.service == "api")
    assert ops == ["op0", "op1", "op2", OTHER]
    assert rs.read(SeriesKey("op", "api", OTHER), "1m", now).count == 2
    assert SeriesKey("op", OTHER, OTHER) in rs.series
    assert rs.overflow == {"operation": 2, "service": 1}


def test_metrics_past_the_cap_share_a_series_that_counts_points_whatever_their_kind() -> None:
    # past max_series_per_service a gauge, a cumulative histogram and a cumulative sum of one
    # service meet in its "other" series: it used to read the histogram's previous point as the
    # sum's and raise (the batch then went record by record to the dead-letter topic)
    rs = stats(max_series_per_service=1)
    now = 10_000 * S
    base = {"service.name": "api", "time_unix_nano": now, "start_time_unix_nano": 1, "temporality": "cumulative"}
    rs.update("metrics", [dict(base, name="g", series_id="a", type="gauge", value=1.0)], now)
    rs.update("metrics", [dict(base, name="h", series_id="b", type="histogram", explicit_bounds=[1.0],
                               bucket_counts=[1, 1], count=2, sum=1.0)], now)
    rs.update("metrics", [dict(base, name="c", series_id="c", type="sum", monotonic=True, value=3.0, time_unix_nano=now + S),
                          dict(base, name="d", series_id="d", type="gauge", value=7.0, time_unix_nano=now + S)], now + S)
    other = SeriesKey("metric", "api", OTHER, OTHER)
    assert rs.read(other, "1m", now + S).count == 3  # h, c and d: their points, not their values
    assert rs.overflow == {"series": 3}
    registry = CollectorRegistry()
    registry.register(StatsCollector(rs, clock=lambda: now + S))
    shown = {s.labels.get("metric") for m in registry.collect() for s in m.samples}
    assert "g" in shown and OTHER not in shown  # no mean or rate made of several metrics' values


def test_state_round_trips_through_the_changelog_format() -> None:
    rs = stats()
    now = 10_000 * S
    rs.update("spans", spans(now, 50, errors=5), now)
    dirty = rs.take_dirty()
    assert len(dirty) == 2 and rs.take_dirty() == []
    other = stats()
    for partition, key, value in dirty:
        assert other.load(key, value, partition)
    other.update("spans", spans(now + S, 50), now + S)
    view = other.read(SeriesKey("op", "api", "GET /x"), "1m", now + S)
    assert (view.count, view.errors) == (100, 5)
    assert stats(windows=["2m"]).load(dirty[0][1], dirty[0][2]) is False  # other windows: start cold


def test_the_changelog_keeps_exactly_the_non_zero_sketch_cells() -> None:
    import struct

    import orjson

    from pipeline.process.windows import WindowedSeries, WindowSpec

    spec = WindowSpec.parse(["1m"], 2)
    series = WindowedSeries(spec, SketchMapping(0.01), with_sketch=True)
    now = 1_000 * S
    series.add(np.full(2, now), now, sketch_index=series.mapping.index([10.0, 12.0]))  # gives the sketch its bins
    assert series.sketch is not None and series.sketch.size >= 10
    cells = series.sketch.reshape(-1)
    cells[:] = 0.0
    cells[[1, 4, 6, 9]] = [-0.0, float("nan"), 5e-324, 3.0]  # -0.0 is zero; NaN and the least subnormal are not
    data = series.to_bytes()
    # read the format as to_bytes documents it: version byte, header length, JSON header, 6 arrays, indices, values
    _, size = struct.unpack_from("<BI", data)
    header = orjson.loads(data[5 : 5 + size])
    assert header["nz"] == 3
    start = 5 + size + 6 * 1 * 2 * 8
    assert np.frombuffer(data, np.uint32, 3, start).tolist() == [4, 6, 9]
    values = np.frombuffer(data, np.float64, 3, start + 12)
    assert np.isnan(values[0]) and values[1:].tolist() == [5e-324, 3.0]
    again = WindowedSeries.from_bytes(data, spec, series.mapping)
    assert again is not None and again.sketch is not None
    assert np.array_equal(again.sketch.reshape(-1) != 0, cells != 0)


def test_collector_serves_derived_metrics_on_a_fresh_registry() -> None:
    rs = stats()
    now = 10_000 * S
    rs.update("spans", spans(now, 10, errors=2), now)
    rs.update("logs", [{"service.name": "api", "time_unix_nano": now, "severity_number": 17, "attributes": {}}], now)
    registry = CollectorRegistry()
    registry.register(StatsCollector(rs, clock=lambda: now))
    labels = {"service": "api", "environment": "", "operation": "GET /x", "window": "5m"}
    assert registry.get_sample_value("sightline_service_requests", labels) == 10
    assert registry.get_sample_value("sightline_service_error_ratio", labels) == pytest.approx(0.2)
    assert registry.get_sample_value("sightline_service_latency_milliseconds", {**labels, "quantile": "0.99"}) == pytest.approx(10, rel=0.01)
    assert registry.get_sample_value("sightline_log_error_ratio", {"service": "api", "environment": "", "window": "1m"}) == 1.0
    assert registry.get_sample_value("sightline_error_records", {"service": "api", "environment": "", "error_type": "span_status_error", "window": "1h"}) == 2
    assert registry.get_sample_value("sightline_stats_label_overflow_total", {"label": "operation"}) == 0


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/api/v1/users/123/orders", "/api/v1/users/{num}/orders"),
        ("/files/550e8400-e29b-41d4-a716-446655440000", "/files/{uuid}"),
        ("/commits/9fceb02d0ae598e95dc970b74767f19372d61af8", "/commits/{hex}"),
        ("/v2/health", "/v2/health"),
        ("/reset/Zm9vYmFyYmF6cXV4MTIz", "/reset/{id}"),
    ],
)
def test_path_normalisation(path, expected) -> None:
    assert normalise_path(path) == expected


def test_few_entries_path_matches_the_vectorised_path(monkeypatch) -> None:
    """WindowedSeries.add takes a one-at-a-time path for a handful of entries: same state as numpy's."""
    import random

    import pipeline.process.windows as windows

    spec = windows.WindowSpec.parse(["1m", "5m", "1h"], 12)
    mapping = windows.SketchMapping(0.01)
    rng = random.Random(3)
    for _ in range(200):
        few, many = windows.WindowedSeries(spec, mapping), windows.WindowedSeries(spec, mapping)
        now = 10**12
        for _ in range(rng.randint(1, 30)):
            now += rng.choice([0, 1, 5, 59, 61, 400, 4000]) * 10**9
            n = rng.randint(1, 4)
            times = np.array([now - rng.choice([0, 3, 30, 90, 700, 5000]) * 10**9 + rng.randint(0, 10**9) for _ in range(n)])
            kw = {"counts": np.array([rng.choice([1.0, 2.0]) for _ in range(n)]),
                  "errors": np.array([rng.choice([0.0, 1.0]) for _ in range(n)]),
                  "values": np.array([rng.uniform(-5, 5) for _ in range(n)])}
            if rng.random() < 0.5:
                kw["totals"] = np.array([rng.uniform(0, 3) for _ in range(n)])
            few.add(times, now, **kw)
            monkeypatch.setattr(windows, "_FEW", 0)
            many.add(times, now, **kw)
            monkeypatch.setattr(windows, "_FEW", 4)
        for name in ("epoch", "count", "errors", "total", "vmin", "vmax"):
            np.testing.assert_allclose(getattr(few, name), getattr(many, name), err_msg=name)
        assert (few.last, few.last_ns) == (many.last, many.last_ns) or (np.isnan(few.last) and np.isnan(many.last))


def test_add_many_leaves_every_series_as_adding_them_one_by_one() -> None:
    """windows.add_many (a metrics batch's gauges and sums at once) gives each series the bytes
    that WindowedSeries.add one series at a time gives: late and future points, slots reset by a newer
    period, points older than what their slot holds, few-entry and sketch series, totals, NaN values."""
    import random

    import pipeline.process.windows as windows

    spec = windows.WindowSpec.parse(["1m", "5m", "1h"], 6)
    mapping = windows.SketchMapping(0.01)
    rng = random.Random(11)
    for _ in range(60):
        size = rng.randint(2, 6)
        batched = [windows.WindowedSeries(spec, mapping, with_sketch=rng.random() < 0.2) for _ in range(size)]
        single = [windows.WindowedSeries(spec, mapping, with_sketch=s.sketch is not None) for s in batched]
        now = 10**13
        for _ in range(rng.randint(1, 12)):
            now += rng.choice([0, 1, 5, 59, 61, 400, 4000, -700, -4000]) * 10**9  # a clock may step back
            entries = []
            for one, other in zip(batched, single, strict=True):
                if rng.random() < 0.2:
                    continue  # not in this batch
                n = rng.choice([1, 3, 5, 8, 20])
                times = np.array([now + rng.choice([-5000, -700, -90, -30, -3, 0, 0, 0, 2]) * 10**9
                                  + rng.randint(0, 10**9) for _ in range(n)], dtype=np.int64)
                values = np.array([rng.choice([rng.uniform(-5, 5), 0.1, float("nan")]) for _ in range(n)])
                totals = None if rng.random() < 0.5 else np.array([rng.uniform(0, 3) for _ in range(n)])
                entries.append((one, times, values, totals))
                with np.errstate(invalid="ignore"):  # NaN values meet min/max
                    other.add(times, now, values=values, totals=totals)
            with np.errstate(invalid="ignore"):
                windows.add_many(entries, now)
        for one, other in zip(batched, single, strict=True):
            assert one.to_bytes() == other.to_bytes()


def test_shortcuts_leave_the_state_of_the_general_path(monkeypatch) -> None:
    """WindowedSeries.add and add_many skip clamping, dropping and resetting when every entry falls
    inside every window in a slot already holding its period: the bytes are those of the general path,
    for sequences that need all of it (late, future and too-old entries, a clock stepping back, slots
    reset by a newer period, sketch entries at their own times, counts, errors, totals, NaN values)."""
    import random

    import pipeline.process.windows as windows

    spec = windows.WindowSpec.parse(["1m", "5m", "1h"], 6)
    mapping = windows.SketchMapping(0.01)
    rng = random.Random(5)
    shortcuts_taken = 0
    real_all_inside = windows._all_inside

    def counting(*args: object) -> bool:
        nonlocal shortcuts_taken
        inside = real_all_inside(*args)  # type: ignore[arg-type]
        shortcuts_taken += inside
        return inside

    monkeypatch.setattr(windows, "_all_inside", counting)
    for _ in range(40):
        size = rng.randint(2, 5)
        sketched = [rng.random() < 0.5 for _ in range(size)]
        fast = [windows.WindowedSeries(spec, mapping, with_sketch=k) for k in sketched]
        general = [windows.WindowedSeries(spec, mapping, with_sketch=k) for k in sketched]
        now = 10**13
        for _ in range(rng.randint(1, 15)):
            now += rng.choice([0, 0, 1, 5, 11, 61, 400, 4000, -700]) * 10**9
            # often all inside; ages near each window's edge (60, 300, 3600 s) and beyond
            spread = rng.choice([[0], [0, -3], [0, -3, -30, 2], [0, -90, -700, -5000], [0, -55, -60, -65], [-300, -295], [-3600, -3590]])

            def times(n: int, now: int = now, spread: list[int] = spread) -> np.ndarray:
                return np.array([now + rng.choice(spread) * 10**9 - rng.randint(0, 10**9) for _ in range(n)], dtype=np.int64)

            many: list[tuple[list, list]] = [[], []]
            for k in range(size):
                n = rng.choice([1, 3, 6, 17, 40])
                t = times(n)
                values = np.array([rng.choice([rng.uniform(-5, 5), float("nan")]) for _ in range(n)])
                if not sketched[k] and rng.random() < 0.5:
                    totals = None if rng.random() < 0.5 else np.array([rng.uniform(0, 3) for _ in range(n)])
                    for side, series in ((0, fast[k]), (1, general[k])):
                        many[side].append((series, t, values, totals))
                    continue
                kw: dict = {"counts": np.array([rng.choice([1.0, 2.5]) for _ in range(n)]),
                            "errors": np.array([rng.choice([0.0, 1.0]) for _ in range(n)])}
                if rng.random() < 0.5:
                    kw["values"] = values
                if sketched[k]:
                    m = rng.choice([n, 3 * n])
                    kw["sketch_index"] = np.array([rng.randint(-50, 300) for _ in range(m)], dtype=np.int64)
                    if m != n or rng.random() < 0.5:
                        kw["sketch_times"] = times(m)
                        kw["sketch_counts"] = np.array([rng.choice([1.0, 3.0, 0.3]) for _ in range(m)])
                with np.errstate(invalid="ignore"):
                    fast[k].add(t, now, **kw)
                    monkeypatch.setattr(windows, "_SHORTCUTS", False)
                    general[k].add(t, now, **kw)
                    monkeypatch.setattr(windows, "_SHORTCUTS", True)
            with np.errstate(invalid="ignore"):
                windows.add_many(many[0], now)
                monkeypatch.setattr(windows, "_SHORTCUTS", False)
                windows.add_many(many[1], now)
                monkeypatch.setattr(windows, "_SHORTCUTS", True)
        for one, other in zip(fast, general, strict=True):
            assert one.to_bytes() == other.to_bytes()
    assert shortcuts_taken > 100  # the sequences did go through the shortcuts


def test_explicit_bins_match_the_entries_they_replace() -> None:
    """The cached inner-midpoint path gives the same sketch bins as mapping every representative value."""
    import random

    from pipeline.process.stats import _explicit_entries

    stats = RollingStats(StatsConfig())
    rng = random.Random(5)
    for _ in range(2000):
        k = rng.randint(0, 20)
        bounds = sorted(rng.choice([0.0, 0.5, 1, 2.5, 5, 10, 25, 50, 75, 100, 250, 500, 750, 1000, 2500, 5000, 7500, 10000])
                        for _ in range(k))
        counts = [rng.choice([0, 0, 1, 3, 17, 250]) for _ in range(k + rng.choice([1, 1, 0, 2]))]
        p = {"explicit_bounds": bounds, "bucket_counts": counts,
             "min": rng.choice([None, 0.1, 3.0, 20000.0]), "max": rng.choice([None, 0.2, 40.0, 9000.0, 20000.0])}
        reps, c = _explicit_entries(bounds, counts, p["min"], p["max"])
        expected: dict[int, float] = {}
        for j, cnt in zip(stats.mapping.index(reps[c > 0]).tolist(), c[c > 0].tolist(), strict=True):
            expected[j] = expected.get(j, 0.0) + cnt
        assert stats._explicit_bins(p) == expected, p


def test_a_failure_reported_as_span_and_as_log_counts_once() -> None:
    rs = stats()
    now = T0 + 10 * S
    trace = "4bf92f3577b34da6a3ce929d0e0e4736"

    def span(span_id: str) -> dict:
        return {"service.name": "api", "operation": "GET /x", "start_time_unix_nano": now, "duration_ms": 5.0,
                "status.code": "error", "trace_id": trace, "span_id": span_id, "attributes": {"exception.type": "Timeout"}}

    def log(span_id: str | None) -> dict:
        rec = {"service.name": "api", "time_unix_nano": now, "severity_number": 17, "trace_id": trace,
               "attributes": {"exception.type": "Timeout"}}
        if span_id:
            rec["span_id"] = span_id
        return rec

    rs.update("spans", [span("00000000000000a1"), span("00000000000000a2")], now)
    rs.update("logs", [log("00000000000000a1"), log("00000000000000a3"), log(None)], now)
    assert rs.read(SeriesKey("log", "api", "ERROR"), "5m", now).count == 3  # log counts by level are untouched
    later = now + 16 * S  # a3's span never comes: its log is counted once log_error_wait_s has passed
    rs.update("logs", [{"service.name": "api", "time_unix_nano": later, "severity_number": 9}], later)
    # a1 as span and log: once; a2 span only; a3 log only; a log without a span id: counted
    assert rs.read(SeriesKey("err", "api", "Timeout"), "5m", later).count == 4



def _failure_pair(span_id: str, now: int, status: int = 500) -> tuple[dict, dict]:
    """What an app with the OpenTelemetry SDK sends for one failed request: an ERROR log with no exception
    attributes (``logger.error("...")`` through the SDK's LoggingHandler) inside a server span."""
    trace = "4bf92f3577b34da6a3ce929d0e0e4736"
    log = {"service.name": "api", "time_unix_nano": now, "severity_number": 17, "trace_id": trace, "span_id": span_id,
           "body": "upstream failed", "attributes": {"code.function": "handle"}}
    span = {"service.name": "api", "operation": "GET /x", "start_time_unix_nano": now, "duration_ms": 5.0,
            "status.code": "error" if status >= 500 else "unset", "trace_id": trace, "span_id": span_id,
            "attributes": {"http.response.status_code": status}}
    return log, span


def _error_types(rs: RollingStats, now: int) -> dict[str, float]:
    return {k.name: rs.read(k, "5m", now).count for k in rs.series if k.kind == "err"}


def test_an_untyped_error_log_waits_for_its_span_and_the_span_names_the_failure() -> None:
    rs = stats()
    now = T0 + 10 * S
    pairs = [_failure_pair(f"00000000000000{i:02x}", now) for i in range(1, 21)]
    updates = rs.update("logs", [log for log, _ in pairs], now)  # the log exporter sends first
    assert [u.key.kind for u in updates] == ["log"]  # by level at once; by error type not yet
    assert rs.read(SeriesKey("log", "api", "ERROR"), "5m", now).count == 20
    rs.update("spans", [span for _, span in pairs], now + 5 * S)  # the span exporter, 5 s later
    assert _error_types(rs, now + 5 * S) == {"HTTP 500": 20.0}  # one failure mode, one type
    rs.update("logs", [{"service.name": "api", "time_unix_nano": now + 60 * S, "severity_number": 9}], now + 60 * S)
    assert _error_types(rs, now + 60 * S) == {"HTTP 500": 20.0}  # nothing released later


def test_a_held_error_log_counts_as_log_error_when_its_span_did_not_fail_or_never_comes() -> None:
    rs = stats()  # log_error_wait_s: 15 by default
    now = T0 + 10 * S
    handled_log, ok_span = _failure_pair("00000000000000b1", now, status=200)  # an error logged and handled
    orphan_log, _ = _failure_pair("00000000000000b2", now)  # its span is never exported (sampled out)
    rs.update("logs", [handled_log, orphan_log], now)
    updates = rs.update("spans", [ok_span], now + 2 * S)
    assert [(u.key.name, u.count) for u in updates if u.key.kind == "err"] == [("log_error", 1.0)]
    rs.update("spans", [_failure_pair("00000000000000b3", now + 14 * S, status=200)[1]], now + 14 * S)
    assert _error_types(rs, now + 14 * S) == {"log_error": 1.0}  # b2 still waits
    updates = rs.update("spans", [_failure_pair("00000000000000b4", now + 16 * S, status=200)[1]], now + 16 * S)
    released = [u for u in updates if u.key.kind == "err"]
    assert [(u.key.name, u.count) for u in released] == [("log_error", 1.0)]
    assert released[0].error_times.tolist() == [now]  # counted at the log's own time, not the release's
    assert _error_types(rs, now + 16 * S) == {"log_error": 2.0}
    late_span = _failure_pair("00000000000000b2", now + 20 * S)[1]
    rs.update("spans", [late_span], now + 20 * S)  # the span after the wait: the failure was counted already
    assert _error_types(rs, now + 20 * S) == {"log_error": 2.0}


def test_a_typed_error_log_names_the_failure_of_a_span_without_a_type_whichever_arrives_first() -> None:
    """logger.exception(...) inside a request that ends 500: the log's KeyError is what failed, whether the
    log exporter or the span exporter sent first (one order counted KeyError, the other HTTP 500)."""
    now = T0 + 10 * S
    typed_log, span = _failure_pair("00000000000000c1", now)
    typed_log = {**typed_log, "attributes": {"exception.type": "KeyError"}}
    rs = stats()
    assert [u.key.name for u in rs.update("logs", [typed_log], now) if u.key.kind == "err"] == []  # held
    rs.update("spans", [span], now + 3 * S)
    assert _error_types(rs, now + 3 * S) == {"KeyError": 1.0}
    own = {**span, "span_id": "00000000000000c2", "attributes": {"http.response.status_code": 500, "exception.type": "TimeoutError"}}
    rs.update("logs", [{**typed_log, "span_id": "00000000000000c2"}], now)
    rs.update("spans", [own], now + 3 * S)  # the span names its own exception: that is the type
    assert _error_types(rs, now + 3 * S) == {"KeyError": 1.0, "TimeoutError": 1.0}


def test_a_typed_log_after_its_span_takes_the_spans_generic_count_back() -> None:
    """The span exporter sent first (about one failure in nine in a new user's run): the span counts HTTP 500
    at once, the log that arrives after it names KeyError, and the count moves: one failure, one type."""
    now = T0 + 10 * S
    typed_log, span = _failure_pair("00000000000000e1", now)
    typed_log = {**typed_log, "attributes": {"exception.type": "KeyError"}}
    other_log, other_span = _failure_pair("00000000000000e2", now)  # its log names no type: HTTP 500 stays
    rs = stats()
    rs.update("spans", [span, other_span], now)
    assert _error_types(rs, now) == {"HTTP 500": 2.0}
    updates = rs.update("logs", [typed_log, other_log, {**typed_log, "body": "again"}], now + 2 * S)
    moved = [(u.key.name, u.count) for u in updates if u.key.kind == "err"]
    assert sorted(moved) == [("HTTP 500", -1.0), ("KeyError", 1.0)]  # the second KeyError log of e1 counts no more
    assert _error_types(rs, now + 2 * S) == {"HTTP 500": 1.0, "KeyError": 1.0}
    assert rs.read(SeriesKey("err", "api", "HTTP 500"), "5m", now + 2 * S).errors == 1.0


def test_a_zero_wait_counts_at_once_under_whichever_arrives_first() -> None:
    now = T0 + 10 * S
    log, span = _failure_pair("00000000000000c1", now)
    rs = RollingStats(StatsConfig(windows=["1m", "5m"], log_error_wait_s=0))
    assert [u.key.name for u in rs.update("logs", [log], now) if u.key.kind == "err"] == ["log_error"]
    rs.update("spans", [span], now)
    assert _error_types(rs, now) == {"log_error": 1.0}


def test_held_error_logs_of_a_partition_that_moved_are_dropped() -> None:
    rs = stats()
    now = T0 + 10 * S
    log, _ = _failure_pair("00000000000000d1", now)
    rs.update("logs", [log], now, partition=3)
    rs.drop_waiting({0, 1})
    rs.update("logs", [{"service.name": "api", "time_unix_nano": now, "severity_number": 9}], now + 60 * S)
    assert _error_types(rs, now + 60 * S) == {}


def test_sampled_spans_count_for_what_they_stand_for() -> None:
    rs = stats()
    now = T0 + 10 * S
    spans = []
    for i in range(100):  # a service sampling 10% (OpenTelemetry threshold e666..: rejects 90%)
        spans.append({"service.name": "api", "operation": "GET /x", "start_time_unix_nano": now, "duration_ms": 10.0 + i,
                      "status.code": "error" if i < 5 else "unset", "trace_state": "ot=th:e6666666666666",
                      "attributes": {"exception.type": "Timeout"} if i < 5 else {}})
    rs.update("spans", spans, now)
    view = rs.read(SeriesKey("op", "api", "GET /x"), "5m", now)
    assert view.count == pytest.approx(1000, rel=1e-6) and view.errors == pytest.approx(50, rel=1e-6)
    assert view.error_ratio == pytest.approx(0.05)
    assert rs.read(SeriesKey("err", "api", "Timeout"), "5m", now).count == pytest.approx(50, rel=1e-6)
    p50, _p95, _p99 = rs.latency(SeriesKey("op", "api", "GET /x"), "5m", now)
    assert p50 == pytest.approx(60, rel=0.03)  # weights scale every span alike: quantiles unchanged


def test_cumulative_histogram_points_add_their_differences_across_batches() -> None:
    now = 10_000 * S
    base = {"service.name": "a", "name": "h", "series_id": "s", "type": "histogram", "explicit_bounds": [1.0, 10.0, 100.0],
            "start_time_unix_nano": 1}
    cumulative = [[1, 2, 0, 0], [3, 2, 1, 0], [3, 5, 1, 2], [0, 1, 0, 0]]  # the last went down: a reset
    deltas = [[2, 0, 1, 0], [0, 3, 0, 2], [0, 1, 0, 0]]  # what each cumulative point after the first adds
    a, b = stats(), stats()
    # two batches of two points each; the first point only sets the baseline
    a.update("metrics", [dict(base, temporality="cumulative", time_unix_nano=now - (4 - i) * S, bucket_counts=c, count=sum(c))
                         for i, c in enumerate(cumulative[:2])], now)
    a.update("metrics", [dict(base, temporality="cumulative", time_unix_nano=now - (2 - i) * S, bucket_counts=c, count=sum(c))
                         for i, c in enumerate(cumulative[2:])], now)
    b.update("metrics", [dict(base, temporality="delta", time_unix_nano=now - (3 - i) * S, bucket_counts=c, count=sum(c))
                         for i, c in enumerate(deltas)], now)
    key = SeriesKey("metric", "a", "h", "s")
    sa, sb = a.series[key], b.series[key]
    assert np.array_equal(sa.sketch, sb.sketch) and sa.lo == sb.lo
    assert a.read(key, "1m", now).count == b.read(key, "1m", now).count == 9
    assert sa.meta["prev"]["count"] == 1.0 and sa.meta["prev"]["bins"][1] == [1.0]


@settings(max_examples=40, derandomize=True)
@given(picks=st.lists(st.tuples(st.integers(0, 4), st.integers(0, 3), st.integers(0, 2), st.integers(300, 2000)),
                      min_size=1, max_size=30))
def test_spans_and_logs_count_by_environment_and_weight_as_the_record_helpers_read_them(picks: list[tuple[int, int, int, int]]) -> None:
    # _spans, _logs and _metrics read the environment (over resource_runs) and the sampling weight inside their own
    # loop; the series they count must be those environment_of() and adjusted_count() name for each record,
    # whatever the mix of shared, repeated and equal resources; environments() names the same
    from pipeline.process.stats import adjusted_count, environment_of, environments

    now = T0 + 10 * S
    prod = {"deployment.environment.name": "prod"}
    resources = [prod, {}, None, {"host.name": "h"}, {"deployment.environment.name": "prod"}]
    attributes = [{}, {"deployment.environment": "qa"}, {"sentry.sample_rate": 0.5}, {"deployment.environment.name": "dev"}]
    states = ["", "ot=th:8", "vendor=x"]
    spans, logs, metrics = [], [], []
    for r, a, t, ms in picks:
        base = {"service.name": "api", "attributes": dict(attributes[a])}
        if resources[r] is not None:
            base["resource"] = resources[r]  # the same dict shared, as the decoders share a resource's
        spans.append({**base, "operation": "GET /x", "start_time_unix_nano": now, "duration_ms": float(ms),
                      "status.code": "unset", "trace_state": states[t]})
        logs.append({**base, "time_unix_nano": now, "severity_number": 9, "message": "m"})
        metrics.append({**base, "name": "m", "series_id": "s", "type": "gauge", "time_unix_nano": now, "value": 1.0})
    assert environments(spans) == [environment_of(rec) for rec in spans]
    expected: dict[str, float] = {}
    for rec in spans:
        env = environment_of(rec)
        expected[env] = expected.get(env, 0.0) + adjusted_count(rec)
    got: dict[str, float] = {}
    for update in stats().update("spans", spans, now):
        got[update.key.environment] = got.get(update.key.environment, 0.0) + update.count
    assert got == pytest.approx(expected)
    expected_logs: dict[str, float] = {}
    for env in map(environment_of, logs):
        expected_logs[env] = expected_logs.get(env, 0.0) + 1.0
    got_logs = {u.key.environment: u.count for u in stats().update("logs", logs, now)}
    assert got_logs == expected_logs
    got_metrics = {u.key.environment: u.count for u in stats().update("metrics", metrics, now)}
    assert got_metrics == {env: expected_logs[env] for env in map(environment_of, metrics)}  # one point a record


def test_series_keys_keep_their_hash_through_pickles_old_and_new() -> None:
    import pickle

    key = SeriesKey("metric", "api", "queue_depth", "q=a", "prod")
    again = pickle.loads(pickle.dumps(key))
    assert again == key and hash(again) == hash(key) and {again: 1}[key] == 1
    # what unpickling a key pickled before the cached hash does: a bare instance given its fields
    for fields in (["op", "api", "GET /", "", "staging"], ["op", "api", "GET /", ""]):
        old = SeriesKey.__new__(SeriesKey)
        old.__setstate__(fields)
        assert old == SeriesKey(*fields) and hash(old) == hash(SeriesKey(*fields))
    assert repr(SeriesKey("log", "api", "ERROR")) == "SeriesKey(kind='log', service='api', name='ERROR', series='', environment='')"


def test_a_metric_series_past_the_cap_stays_other_batch_after_batch_and_returns_once_forgotten() -> None:
    rs = stats(max_series_per_service=1)
    now = 10_000 * S
    point = {"service.name": "api", "type": "gauge", "time_unix_nano": now, "value": 1.0}
    for _ in range(3):  # the first series is tracked as itself, the second as other, every time
        rs.update("metrics", [dict(point, name="g", series_id="a"), dict(point, name="h", series_id="b")], now)
    assert sorted(k.name for k in rs.series) == ["g", OTHER]
    assert rs.overflow == {"series": 3}
    assert rs.read(SeriesKey("metric", "api", "g", "a"), "1m", now).count == 3
    rs.forget([SeriesKey("metric", "api", "g", "a"), SeriesKey("metric", "api", OTHER, OTHER)])
    rs.update("metrics", [dict(point, name="h", series_id="b"), dict(point, name="g", series_id="a")], now)
    assert sorted(k.name for k in rs.series) == ["h", OTHER]  # h first now: g is past the cap
    assert rs.overflow == {"series": 4}


def test_one_update_with_each_records_partition_gives_what_one_update_a_partition_gives() -> None:
    # a group of messages from two partitions: one call with each record's partition, the same series
    # (byte for byte), the same partitions, the same held error logs as a call for each partition
    now = T0 + 10 * S
    held, _ = _failure_pair("00000000000000e1", now)
    by_signal = {
        "spans": [*spans(now, 3, errors=1, service="cart"), *spans(now, 2, service="pay")],
        "logs": [{"service.name": "cart", "time_unix_nano": now, "severity_number": 9, "body": "ok"}, held],
        "metrics": [{"service.name": svc, "name": "queue.depth", "type": "gauge", "value": v, "time_unix_nano": now}
                    for svc, v in (("cart", 3.0), ("pay", 4.0), ("cart", 5.0))],
    }
    parts = {"spans": [2, 2, 2, 5, 5], "logs": [2, 5], "metrics": [2, 5, 2]}
    together, apart = stats(), stats()
    for signal, records in by_signal.items():
        together.update(signal, [dict(r) for r in records], now, parts[signal])
        for p in sorted(set(parts[signal])):
            apart.update(signal, [dict(r) for r, q in zip(records, parts[signal], strict=True) if q == p], now, p)
    assert together.partition_of == apart.partition_of
    assert {(k.kind, k.service): p for k, p in together.partition_of.items()} == {
        ("op", "cart"): 2, ("op", "pay"): 5, ("err", "cart"): 2, ("log", "cart"): 2,
        ("log", "api"): 5, ("metric", "cart"): 2, ("metric", "pay"): 5}
    assert {k: s.to_bytes() for k, s in together.series.items()} == {k: s.to_bytes() for k, s in apart.series.items()}
    together.drop_waiting({2})  # the held error log (partition 5) moved away with its partition
    apart.drop_waiting({2})
    later = now + 60 * S
    for rs in (together, apart):
        rs.update("logs", [{"service.name": "api", "time_unix_nano": later, "severity_number": 9}], later, 2)
        assert [k for k in rs.series if k.kind == "err" and k.service == "api"] == []  # never counted
