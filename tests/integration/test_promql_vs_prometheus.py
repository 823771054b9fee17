"""The PromQL engine against a real Prometheus: same samples, same expressions, same answers.

One seeded data set (counters with resets, gauges, classic histograms, several
label sets, jittered scrape times, a series that stops) is written as
OpenMetrics with timestamps, turned into TSDB blocks by ``promtool tsdb
create-blocks-from openmetrics`` and served by a real Prometheus; the same
samples go into a :class:`SeriesStore`.  Every expression below is evaluated
by both at several instants (inside the data, at its edges, after it stopped)
and the answers must agree: the same label sets, values within 1e-9 relative.
Every supported function and operator appears at least once.
"""

from __future__ import annotations

import json
import math
import random
import shutil
import subprocess
import time
import urllib.parse
import urllib.request
from typing import Any

import pytest

from pipeline.promql import (
    SUPPORTED_FUNCTIONS,
    EvalError,
    InstantVector,
    SeriesStore,
    evaluate,
    parse_expr,
)
from pipeline.promql.subset import SUPPORTED_AGGREGATIONS
from tests.conftest import PrometheusChild

pytestmark = pytest.mark.integration

STEP_MS = 15_000
POINTS = 240  # one hour at 15 s

EXPRESSIONS = [
    # selectors
    "requests_total",
    'requests_total{code="500"}',
    'requests_total{code!="200", service=~"check.*"}',
    'requests_total{service!~"pay.*"}',
    'requests_total{service=""}',
    "requests_total offset 5m",
    "temperature",
    'stopped_series',
    # range functions
    "rate(requests_total[5m])",
    "rate(requests_total[1m])",
    'rate(requests_total{code="500"}[10m] offset 2m)',
    "irate(requests_total[2m])",
    "increase(requests_total[15m])",
    "delta(temperature[10m])",
    "idelta(temperature[5m])",
    "avg_over_time(temperature[10m])",
    "min_over_time(temperature[10m])",
    "max_over_time(temperature[10m])",
    "sum_over_time(temperature[5m])",
    "count_over_time(temperature[7m])",
    "last_over_time(temperature[3m])",
    "present_over_time(stopped_series[10m])",
    "stddev_over_time(temperature[10m])",
    "stdvar_over_time(temperature[10m])",
    "quantile_over_time(0.9, temperature[15m])",
    "quantile_over_time(0.25, temperature[15m])",
    "changes(temperature[10m])",
    "resets(requests_total[30m])",
    "absent_over_time(stopped_series[5m])",
    'absent_over_time(nothing_here{job="x"}[5m])',
    # instant functions
    'absent(nothing_here{job="api", service="checkout"})',
    "absent(requests_total)",
    "histogram_quantile(0.95, rate(latency_seconds_bucket[5m]))",
    "histogram_quantile(0.5, sum by (le) (rate(latency_seconds_bucket[5m])))",
    "histogram_quantile(0.99, sum by (le, service) (increase(latency_seconds_bucket[10m])))",
    "abs(delta(temperature[10m]))",
    "ceil(temperature)",
    "floor(temperature)",
    "round(temperature)",
    "round(temperature, 0.5)",
    "exp(temperature / 10)",
    "sqrt(temperature)",
    "ln(temperature)",
    "log2(temperature)",
    "log10(temperature)",
    "sgn(delta(temperature[10m]))",
    "clamp(temperature, 20, 22)",
    "clamp_min(temperature, 21)",
    "clamp_max(temperature, 21)",
    'scalar(sum(temperature{room="a"}))',
    "vector(3)",
    "time()",
    "sort(temperature)",
    "sort_desc(temperature)",
    # aggregations
    "sum(rate(requests_total[5m]))",
    "sum by (service) (rate(requests_total[5m]))",
    "sum without (code, instance) (rate(requests_total[5m]))",
    "avg by (room) (temperature)",
    "min(temperature)",
    "max by (room) (temperature)",
    "count by (service) (requests_total)",
    "group by (service) (requests_total)",
    "stddev(temperature)",
    "stdvar by (room) (temperature)",
    "quantile(0.75, temperature)",
    "topk(2, rate(requests_total[5m]))",
    "bottomk(1, temperature)",
    # binary operators
    "temperature * 2 + 1",
    "2 ^ (temperature / 10)",
    "temperature % 3",
    "-temperature",
    "temperature atan2 10",
    "temperature > 21",
    "temperature > bool 21",
    "21 < temperature",
    "1 - temperature / 100 <= 0.78",
    'sum by (service) (rate(requests_total{code="500"}[5m])) / sum by (service) (rate(requests_total[5m]))',
    'rate(requests_total{code="500"}[5m]) / ignoring(code) rate(requests_total{code="200"}[5m])',
    'rate(requests_total[5m]) / on(service, instance) group_left sum by (service, instance) (rate(requests_total[5m]))',
    'sum by (service, instance) (rate(requests_total[5m])) / on(service, instance) group_right rate(requests_total[5m])',
    'rate(requests_total[5m]) * on(service) group_left(team) service_info',
    "temperature > on(room) group_left avg by (room) (temperature)",
    'requests_total and on(service) requests_total{code="500"}',
    "temperature or requests_total",
    'requests_total unless requests_total{code="200"}',
    "sum(rate(requests_total[5m])) > bool 1",
    "(sum by (service) (rate(requests_total[5m])) > 0.36) * 100",
    "sum(rate(requests_total[5m])) > on() 0.01 * sum(avg_over_time(temperature[1h]))",
    "3 > bool 2",
    "1 + 2 * 3",
]


def _dataset(seed: int, start_ms: int) -> list[tuple[dict[str, str], list[tuple[int, float]]]]:
    rng = random.Random(seed)
    series: list[tuple[dict[str, str], list[tuple[int, float]]]] = []

    def times(points: int = POINTS) -> list[int]:
        return [start_ms + i * STEP_MS + rng.randint(-2000, 2000) for i in range(points)]

    for service in ("checkout", "payments", ""):
        for code in ("200", "500"):
            for instance in ("a:1", "b:1"):
                value, samples = 0.0, []
                reset_at = rng.randrange(POINTS // 3, POINTS)
                for i, t in enumerate(times()):
                    value += rng.uniform(0, 5 if code == "200" else 1)
                    if i == reset_at:
                        value = rng.uniform(0, 2)  # counter reset (a restart)
                    samples.append((t, round(value, 3)))
                labels = {"__name__": "requests_total", "job": "api", "code": code, "instance": instance}
                if service:
                    labels["service"] = service
                series.append((labels, samples))
    for room in ("a", "b"):
        for sensor in ("1", "2"):
            samples = [(t, round(20 + 3 * math.sin(i / 20) + rng.gauss(0, 0.5), 3)) for i, t in enumerate(times())]
            series.append(({"__name__": "temperature", "room": room, "sensor": sensor}, samples))
    bounds = ["0.05", "0.1", "0.25", "0.5", "1", "+Inf"]
    for service in ("checkout", "payments"):
        counts = [0.0] * len(bounds)
        per_bucket: list[list[tuple[int, float]]] = [[] for _ in bounds]
        for t in times():
            observed = [rng.lognormvariate(-2.5, 0.8) for _ in range(rng.randint(0, 30))]
            for k, bound in enumerate(bounds):
                counts[k] += sum(1 for o in observed if o <= float(bound))
                per_bucket[k].append((t, counts[k]))
        for k, bound in enumerate(bounds):
            labels = {"__name__": "latency_seconds_bucket", "service": service, "le": bound}
            series.append((labels, per_bucket[k]))
    for service, team in (("checkout", "shop"), ("payments", "money")):
        series.append(({"__name__": "service_info", "service": service, "team": team}, [(t, 1.0) for t in times()]))
    stop = [(t, 1.0) for t in times(POINTS // 2)]
    series.append(({"__name__": "stopped_series", "job": "batch"}, stop))
    return series


def _openmetrics(series: list[tuple[dict[str, str], list[tuple[int, float]]]]) -> str:
    families: dict[str, list[tuple[dict[str, str], list[tuple[int, float]]]]] = {}
    for labels, samples in series:
        families.setdefault(labels["__name__"], []).append((labels, samples))
    lines: list[str] = []
    for name, members in families.items():
        lines.append(f"# TYPE {name} unknown")
        for labels, samples in members:
            text = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()) if k != "__name__")
            for t, v in samples:
                lines.append(f"{name}{{{text}}} {v!r} {t / 1000:.3f}")
    lines.append("# EOF")
    return "\n".join(lines) + "\n"


def _query(url: str, expr: str, t_ms: int) -> Any:
    query = urllib.parse.urlencode({"query": expr, "time": f"{t_ms / 1000:.3f}"})
    try:
        with urllib.request.urlopen(f"{url}/api/v1/query?{query}", timeout=10) as resp:
            body = json.load(resp)
    except urllib.error.HTTPError as exc:
        body = json.load(exc)
    return body


def _close(a: float, b: float) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Any:
    if shutil.which("promtool") is None or shutil.which("prometheus") is None:
        pytest.fail("prometheus and promtool are needed: `make test` installs them with apt-get")
    data = tmp_path_factory.mktemp("promql")
    # Three hours back, aligned to the TSDB's two-hour blocks, well inside the retention.
    start_ms = (int(time.time() * 1000) // 7_200_000 - 2) * 7_200_000 + 60_000
    series = _dataset(seed=20261204, start_ms=start_ms)
    source = data / "samples.om"
    source.write_text(_openmetrics(series))
    tsdb = data / "tsdb"
    subprocess.run(
        ["promtool", "tsdb", "create-blocks-from", "openmetrics", "-q", str(source), str(tsdb)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    config = data / "prometheus.yml"
    config.write_text("global:\n  scrape_interval: 1h\nscrape_configs: []\n")

    class Loaded(PrometheusChild):
        def args(self) -> list[str]:
            return [f"--storage.tsdb.path={tsdb}", "--storage.tsdb.retention.time=100y"]

    prometheus = Loaded(config, data)
    prometheus.start()
    store = SeriesStore(retention_ms=48 * 3_600_000)
    for labels, samples in series:
        for t, v in samples:
            assert store.append(labels, t, v)
    yield prometheus.url, store, start_ms
    prometheus.stop()


def _instants(start_ms: int) -> list[int]:
    end = start_ms + POINTS * STEP_MS
    return [
        start_ms + 20 * STEP_MS + 7_321,  # early: short history for long ranges
        start_ms + POINTS // 2 * STEP_MS + 1_000,  # just after stopped_series' last sample
        start_ms + POINTS // 2 * STEP_MS + 400_000,  # stopped_series past the 5-minute lookback
        end - 45_123,
        end + 200_000,  # after the data: lookback still finds the last samples
    ]


def test_every_supported_function_and_aggregation_is_compared() -> None:
    used = " ".join(EXPRESSIONS)
    missing = [f for f in SUPPORTED_FUNCTIONS | SUPPORTED_AGGREGATIONS if f"{f}(" not in used and f"{f} by" not in used and f"{f} without" not in used]
    assert missing == []


@pytest.mark.parametrize("expr", EXPRESSIONS)
def test_engine_agrees_with_prometheus(loaded: Any, expr: str) -> None:
    url, store, start_ms = loaded
    tree = parse_expr(expr)
    answered = 0  # instants with a non-empty answer: a comparison of empty results proves little
    for t_ms in _instants(start_ms):
        answer = _query(url, expr, t_ms)
        try:
            ours = evaluate(tree, t_ms, store)
        except EvalError as exc:
            assert answer["status"] == "error", f"{expr} at {t_ms}: we refused ({exc}), Prometheus answered {answer}"
            continue
        assert answer["status"] == "success", f"{expr} at {t_ms}: Prometheus refused: {answer}, we gave {ours}"
        data = answer["data"]
        if data["resultType"] == "scalar":
            assert isinstance(ours, float), f"{expr}: Prometheus gave a scalar, we gave {ours!r}"
            assert _close(ours, float(data["result"][1])), f"{expr} at {t_ms}: {ours} != {data['result'][1]}"
            answered += 1
            continue
        assert data["resultType"] == "vector"
        assert isinstance(ours, InstantVector), f"{expr}: Prometheus gave a vector, we gave {ours!r}"
        theirs = {tuple(sorted(s["metric"].items())): float(s["value"][1]) for s in data["result"]}
        mine = dict(ours)
        assert len(mine) == len(ours), f"{expr} at {t_ms}: duplicate label sets in {ours}"
        assert set(mine) == set(theirs), f"{expr} at {t_ms}: labels differ\nours:   {sorted(mine)}\ntheirs: {sorted(theirs)}"
        for labels, value in theirs.items():
            assert _close(mine[labels], value), f"{expr} at {t_ms} {dict(labels)}: ours {mine[labels]} != {value}"
        answered += bool(theirs)
    if expr != "absent(requests_total)":  # present at every instant, so absent() is always empty
        assert answered, f"{expr}: empty at every instant, nothing was compared"
