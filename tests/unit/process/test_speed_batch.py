"""Parity of the batched statistics paths (issue #21) with the per-series and per-record paths they replace.

``windows.add_batch`` must leave every series with the bytes that ``Addition.add_alone``
(:meth:`WindowedSeries.add`, one series at a time) leaves; ``RollingStats.update`` must leave the
same state and the same updates whether a batch goes through at once or record by record groups.
"""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline.process.windows as windows
from pipeline.process.sketch import SketchMapping
from pipeline.process.windows import Addition, WindowedSeries, WindowSpec, add_batch

SPEC = WindowSpec.parse(["1m", "5m", "1h"], 6)
MAPPING = SketchMapping(0.01)
S = 10**9


def _addition(rng: random.Random, series: WindowedSeries, now: int) -> Addition:
    n = rng.choice([0, 1, 3, 4, 5, 9, 17, 40])
    spread = rng.choice([[0], [0, -3], [0, -3, -30, 2], [0, -90, -700, -5000], [0, -55, -60, -65], [-3600, -3590]])
    times = np.array([now + rng.choice(spread) * S - rng.randrange(S) for _ in range(n)], dtype=np.int64)

    def floats(choices: list[float], size: int) -> np.ndarray:
        return np.array([rng.choice(choices) for _ in range(size)], dtype=np.float64)

    kw: dict = {}
    if rng.random() < 0.5:
        kw["counts"] = floats([0.0, 1.0, 2.5, 1 / 3], n)
    if rng.random() < 0.5:
        kw["errors"] = floats([0.0, 1.0, 0.7], n)
    if rng.random() < 0.5:
        kw["values"] = floats([-2.5, 0.1, 3.0, 1e-7, float("nan"), -0.0], n)
    if rng.random() < 0.5:
        kw["totals"] = floats([0.0, 0.3, 7.0, 1e15], n)
    if n and rng.random() < 0.6:
        m = rng.choice([n, 2 * n, 7 * n])
        kw["sketch_index"] = np.array([rng.randint(-300, 400) for _ in range(m)], dtype=np.int64)
        if m != n or rng.random() < 0.5:
            kw["sketch_rows"] = np.array(sorted(rng.randrange(n) for _ in range(m)), dtype=np.int64)
        if rng.random() < 0.5:
            kw["sketch_counts"] = floats([1.0, 3.0, 0.3, 1 / 7], m)
    return Addition(series, times, **kw)


@st.composite
def _histories(draw: st.DrawFn) -> tuple[list[bool], list[tuple[int, list[tuple[int, Addition]]]]]:
    """Series (sketched or not) and batches of additions to them, the clock moving on, standing
    still or stepping back between batches."""
    rng = random.Random(draw(st.integers(0, 2**32)))
    size = draw(st.integers(1, 5))
    sketched = [draw(st.booleans()) for _ in range(size)]
    probe = [WindowedSeries(SPEC, MAPPING, with_sketch=k) for k in sketched]  # stand-ins, replaced per side
    now = 10**13
    steps = []
    for _ in range(draw(st.integers(1, 8))):
        now += draw(st.sampled_from([0, 0, 1, 5, 11, 61, 400, 4000, -700])) * S
        chosen = [k for k in range(size) if rng.random() < 0.8]  # most series, each once
        steps.append((now, [(k, _addition(rng, probe[k], now)) for k in chosen]))
    return sketched, steps


@pytest.mark.parametrize("shortcuts", [True, False])
@settings(max_examples=100, deadline=None, derandomize=True)
@given(history=_histories())
def test_add_batch_leaves_every_series_as_adding_them_one_by_one(history, shortcuts) -> None:
    sketched, steps = history
    batched = [WindowedSeries(SPEC, MAPPING, with_sketch=k) for k in sketched]
    single = [WindowedSeries(SPEC, MAPPING, with_sketch=k) for k in sketched]
    with pytest.MonkeyPatch.context() as mp, np.errstate(invalid="ignore"):  # NaN values meet min/max
        mp.setattr(windows, "_SHORTCUTS", shortcuts)
        for now, additions in steps:
            add_batch([a._replace(series=batched[k]) for k, a in additions], now)
            for k, a in additions:
                a._replace(series=single[k]).add_alone(now)
    for one, other in zip(batched, single, strict=True):
        assert one.to_bytes() == other.to_bytes()


def test_a_copied_series_reads_and_writes_its_own_cells() -> None:
    """A series' fields are views of its block: a pickled or copied series reads the fields of its own
    block, and what is added to it afterwards (through the block) shows in them, not in the original."""
    import copy
    import pickle

    now = 10**13
    t = np.full(2, now - S, dtype=np.int64)
    original = WindowedSeries(SPEC, MAPPING)
    original.add(t, now, values=np.array([1.0, 2.0]))
    assert original.count[0].sum() == 2.0  # the views exist before copying
    for made in (pickle.loads(pickle.dumps(original)), copy.deepcopy(original)):
        add_batch([Addition(made, t[:1], values=np.array([5.0]))], now)
        assert made.count[0].sum() == 3.0 and made.view(0, now).maximum == 5.0
        made.total = np.zeros_like(made.total)  # assigned through the field: into the copy's block
        assert made.view(0, now).total == 0.0 and made.to_bytes() != original.to_bytes()
    assert original.count[0].sum() == 2.0 and original.view(0, now).total == 3.0


def test_add_batch_sums_sketch_items_of_several_series_apart() -> None:
    """Two sketched series in one batch: each sketch gets its own items only (a check that can fail
    if the batch's cells were offset wrongly), and the counts match the items added."""
    now = 10**13
    t = np.full(4, now - S, dtype=np.int64)
    a, b = WindowedSeries(SPEC, MAPPING, True), WindowedSeries(SPEC, MAPPING, True)
    add_batch([Addition(a, t, sketch_index=np.array([5, 5, 6, 7])),
               Addition(b, t, sketch_index=np.array([-3, 100, 100, 100, 2]), sketch_rows=np.array([0, 0, 1, 2, 3]))], now)
    view_a, view_b = a.view(0, now), b.view(0, now)
    assert view_a.sketch is not None and view_b.sketch is not None
    assert view_a.sketch.sum() == 4 and view_b.sketch.sum() == 5
    assert view_a.sketch[5 - view_a.lo] == 2 and view_b.sketch[100 - view_b.lo] == 3


def test_few_entry_series_of_a_batch_sum_their_entries_one_at_a_time() -> None:
    """Series with a handful of entries in one slot, dozens in a batch: each cell adds its entries
    one after the other to what it holds, as Python adds floats ((1.0 + 0.1) + 0.2 is not
    1.0 + (0.1 + 0.2)), keeps the smaller and larger value by < and > (a NaN value changes neither),
    and a slot holding an older period is reset first."""
    now = 10**13
    series = [WindowedSeries(SPEC, MAPPING) for _ in range(40)]
    held = []  # what the slot counts before the batch, and its min and max
    for k, s in enumerate(series):
        if k % 2:  # the same period: the entries add to what it holds
            s.add(np.array([now - S], dtype=np.int64), now, counts=np.array([1.0]), values=np.array([0.5]))
            held.append((1.0, 0.5, 0.5))
        else:  # a minute-old period in the slot the entries go to: reset
            s.add(np.array([now - 61 * S], dtype=np.int64), now - 61 * S, counts=np.array([5.0]), values=np.array([-9.0]))
            held.append((0.0, float("inf"), float("-inf")))
    counts = [0.1, 0.7, 0.3, 0.2]
    values = [2.0, float("nan"), -1.5, 7.0]
    times = np.full(4, now - S // 2, dtype=np.int64)
    with np.errstate(invalid="ignore"):
        add_batch([Addition(s, times[: 2 + k % 3], counts=np.array(counts[: 2 + k % 3]), values=np.array(values[: 2 + k % 3]))
                   for k, s in enumerate(series)], now)
    for k, s in enumerate(series):
        expected, low, high = held[k]
        for c, v in zip(counts[: 2 + k % 3], values, strict=False):
            expected += c
            low, high = (v if v < low else low), (v if v > high else high)
        view = s.view(0, now)
        assert (view.count, view.minimum, view.maximum) == (expected, low, high)  # exactly, not approximately
    assert series[1].view(0, now).count == (1.0 + 0.1) + 0.7 + 0.3 != 1.0 + (0.1 + 0.7 + 0.3)


def _histogram_points(rng: random.Random, now: int, service: str) -> list[dict]:
    """Histogram points of a few series: mostly the usual shape (one set of bounds, no min/max, all
    delta or all cumulative), sometimes not (min/max, mixed temporality, other bounds or lengths,
    buckets sharing a sketch index, non-numbers), with resets, drops and zero buckets."""
    bounds_sets = [[0.005, 0.01, 0.05, 0.1, 0.5, 1.0], [1, 2.5, 5, 10], [1.0, 1.0001, 2.0], [7.0]]
    points = []
    for series in range(rng.randint(1, 4)):
        bounds = rng.choice(bounds_sets)
        temporality = rng.choice(["delta", "cumulative"])
        start = now - 10**12 + rng.choice([0, 0, 1]) * S
        cumulative = [0] * (len(bounds) + 1)
        total = 0
        for j in range(rng.choice([1, 2, 5, 9])):
            if rng.random() < 0.1:
                start += S  # a restart
                cumulative = [0] * len(cumulative)
            step = [rng.choice([0, 0, 1, 2, 7]) for _ in cumulative]
            if temporality == "cumulative":
                cumulative = [c + d for c, d in zip(cumulative, step, strict=True)]
                dropped = rng.random() < 0.15
                if dropped:
                    cumulative[rng.randrange(len(cumulative))] = 0  # a bucket going down, the count not
                counts = list(cumulative)
                total = total + 1 if dropped else max(total, sum(counts))
            else:
                counts = step
                total = sum(counts)
            p = {"service.name": service, "name": f"h{series}", "series_id": f"s{series}", "type": "histogram",
                 "time_unix_nano": now - rng.randrange(60) * S + j, "start_time_unix_nano": start,
                 "temporality": temporality, "explicit_bounds": list(bounds), "bucket_counts": counts,
                 "count": total - (1 if rng.random() < 0.05 else 0), "sum": rng.choice([0.0, 1.5, 2.25 * sum(counts)])}
            odd = rng.random()
            if odd < 0.04:
                p["min"], p["max"] = 0.001, 3.0
            elif odd < 0.08:
                p["temporality"] = "delta" if temporality != "delta" else "cumulative"
            elif odd < 0.11:
                p["bucket_counts"] = counts[:-1]
            elif odd < 0.13:
                p["bucket_counts"] = [float(c) + 0.5 for c in counts]
            elif odd < 0.15:
                p["explicit_bounds"] = [b * 2 for b in bounds]
            points.append(p)
    rng.shuffle(points)
    return points


def _other_distributions(rng: random.Random, now: int, service: str) -> list[dict]:
    """Exponential histogram and summary points of a series or two: delta or cumulative, all-zero
    buckets at times (a point without sketch items), restarts."""
    points = []
    for series in range(rng.randint(0, 2)):
        kind = rng.choice(["exponential_histogram", "summary"])
        temporality = rng.choice(["delta", "cumulative"])
        start = now - 10**12
        counts = [0, 0, 0]
        for j in range(rng.choice([1, 1, 2, 5])):
            if rng.random() < 0.1:
                start += S
            step = [rng.choice([0, 0, 1, 3]) for _ in counts]
            counts = [c + d for c, d in zip(counts, step, strict=True)] if temporality == "cumulative" else step
            p = {"service.name": service, "name": f"x{series}", "series_id": f"x{series}", "type": kind,
                 "time_unix_nano": now - rng.randrange(60) * S + j, "start_time_unix_nano": start,
                 "temporality": temporality, "count": sum(counts), "sum": 1.5 * sum(counts)}
            if kind == "summary":
                p["quantiles"] = [{"quantile": 0.5, "value": rng.uniform(0, 9)}, {"quantile": 0.99, "value": 10.0}]
            else:
                p |= {"scale": rng.choice([0, 2]), "positive": {"offset": rng.choice([-2, 0, 3]), "bucket_counts": list(counts)},
                      "zero_count": rng.choice([0, 1])}
            points.append(p)
    return points


def _records(rng: random.Random, signal: str, now: int, histograms: bool = True) -> list[dict]:
    service = rng.choice(["api", "db", "web"])
    if signal == "metrics":
        points = _histogram_points(rng, now, service) + _other_distributions(rng, now, service) if histograms else []
        for j in range(rng.choice([0, 3, 12]) if histograms else rng.choice([1, 3, 12])):
            kind = rng.choice(["gauge", "sum"])
            points.append({"service.name": service, "name": f"{kind}{j % 3}", "series_id": f"g{j % 3}", "type": kind,
                           "time_unix_nano": now - rng.randrange(90) * S, "value": rng.uniform(0, 100),
                           "monotonic": kind == "sum", "temporality": rng.choice(["delta", "cumulative"]),
                           "start_time_unix_nano": now - 10**12})
        return points
    if signal == "spans":
        return [{"service.name": service, "operation": rng.choice(["GET /a", "GET /b", "POST /c", "PUT /d", "GET /e"]),
                 "start_time_unix_nano": now - rng.randrange(120) * S, "duration_ms": rng.lognormvariate(3, 1),
                 "status.code": rng.choice(["unset", "unset", "error"]), "trace_id": f"{rng.randrange(50):032x}",
                 "span_id": f"{rng.randrange(10**6):016x}", "id": str(i),
                 "exception.type": rng.choice(["", "", "TimeoutError", "KeyError", "OSError"]),
                 "attributes": {"http.response.status_code": rng.choice([200, 200, 503])}
                 | ({"sentry.sample_rate": 0.3} if rng.random() < 0.1 else {})}
                for i in range(rng.choice([1, 4, 5, 30]))]
    return [{"service.name": service, "time_unix_nano": now - rng.randrange(120) * S,
             "severity_number": rng.choice([9, 9, 13, 17, 21]), "trace_id": f"{rng.randrange(50):032x}",
             "span_id": f"{rng.randrange(10**6):016x}", "id": str(i), "attributes": {}}
            for i in range(rng.choice([1, 3, 5, 40]))]


def _summary(updates: list) -> list:
    return [(u.key, u.time_ns, u.count, u.errors, u.record_ids, u.trace_ids,
             None if u.error_times is None else u.error_times.tolist(),
             None if u.error_counts is None else u.error_counts.tolist()) for u in updates]


@settings(max_examples=60, deadline=None, derandomize=True)
@given(seed=st.integers(0, 2**32), caps=st.sampled_from([(100, 100), (2, 1)]))
def test_update_leaves_the_state_of_the_per_series_path(seed, caps) -> None:
    """RollingStats.update (one add_batch a batch, histogram series as one table, gauges, sums and
    sketch items as columns of the batch) against the path it replaces (WindowedSeries.add a series,
    histogram points one by one): the same updates, the same
    state bytes and metadata, over batches of every signal (and with cardinality caps that send
    several groups to one ``other`` series)."""
    import pipeline.process.stats as stats_module
    from pipeline.config import StatsConfig
    from pipeline.process.stats import RollingStats, adjusted_count

    def one_by_one(additions: list[Addition], now_ns: int) -> None:
        for a in additions:
            a.add_alone(now_ns)

    cfg = StatsConfig(max_services=caps[0], max_operations_per_service=caps[1], max_series_per_service=caps[1],
                      max_error_types_per_service=caps[1])
    fast, slow = RollingStats(cfg), RollingStats(cfg)
    rng = random.Random(seed)
    now = 1_795_428_000 * S
    sent = {"op": 0.0, "log": 0.0}  # what the spans stand for and the logs, to find in the hour's windows
    for _ in range(rng.randint(1, 6)):
        now += rng.choice([0, 1, 7, 65, 400]) * S
        signal = rng.choice(["spans", "logs", "metrics", "metrics"])
        # under caps, histograms stay out: a histogram and a cumulative sum sent to one ``other`` series
        # make both paths fail (their ``prev`` differ in shape), and the pipeline then retries record by record
        records = _records(rng, signal, now, histograms=caps[1] > 1)
        with np.errstate(invalid="ignore"):
            got = fast.update(signal, [dict(r) for r in records], now)
            with pytest.MonkeyPatch.context() as mp:
                mp.setattr(stats_module, "add_batch", one_by_one)
                mp.setattr(stats_module, "_TABLES", False)
                mp.setattr(stats_module, "_COLUMNS", False)
                want = slow.update(signal, [dict(r) for r in records], now)
        assert _summary(got) == _summary(want)
        if signal == "spans":
            sent["op"] += sum(adjusted_count(r) for r in records)
        elif signal == "logs":
            sent["log"] += len(records)
    # nothing is lost between grouping and adding (both sides share the grouping): within the hour no
    # slot of the 1h window is reused, so its slots hold every count
    for kind, total in sent.items():
        held = sum(float(series.count[2].sum()) for key, series in fast.series.items() if key.kind == kind)
        assert held == pytest.approx(total)
    assert fast.series.keys() == slow.series.keys()
    for key, series in fast.series.items():
        assert series.to_bytes() == slow.series[key].to_bytes(), key


def test_histogram_tables_are_taken_for_the_usual_series(monkeypatch) -> None:
    """The parity test above goes through the table path (not only through the point-by-point fallback),
    for series of four points or more in a batch; fewer go point by point (cheaper there)."""
    import pipeline.process.stats as stats_module
    from pipeline.config import StatsConfig
    from pipeline.process.stats import RollingStats

    taken = []
    sizes = []
    real = RollingStats._explicit_table

    def counting(self, *args):  # type: ignore[no-untyped-def]
        out = real(self, *args)
        taken.append(out is not None)
        sizes.append(len(args[2]))
        return out

    monkeypatch.setattr(stats_module.RollingStats, "_explicit_table", counting)
    rng = random.Random(3)
    stats = RollingStats(StatsConfig())
    now = 1_795_428_000 * S
    for _ in range(30):
        now += 10 * S
        stats.update("metrics", _histogram_points(rng, now, "api"), now)
    assert sum(taken) > 10 and not all(taken)
    assert min(sizes) == 5  # the test's series have 1, 2, 5 or 9 points
