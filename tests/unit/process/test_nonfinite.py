"""NaN and infinite values never reach a detector or a rule (issue #15).

A gauge that reports NaN or infinity (OTLP allows both) used to abort the
anomaly source's evaluation ("cannot convert float NaN to integer" from a
detector), so every series after it went unfed; a NaN in a delta counter
stayed in the PromQL rules' running sum for good.  Now such values are left
out at the processor's boundary and counted.
"""

from __future__ import annotations

import time

import orjson
from prometheus_client import CollectorRegistry

from pipeline.config import load_config
from pipeline.process.findings import Findings, FindingsCollector, Settings
from pipeline.process.pipeline import BatchPipeline
from pipeline.process.stats import RollingStats
from schemas.raw import FORMAT_OTLP_JSON, RawEnvelope

SERVICE = {"attributes": [{"key": "service.name", "value": {"stringValue": "rp"}}]}


def _setup(**overrides: object) -> tuple[Findings, BatchPipeline]:
    cfg = load_config(environ={}, overrides={"detectors.feed_interval_s": 1, **overrides})
    stats = RollingStats(cfg.process.stats)
    findings = Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), stats)
    return findings, BatchPipeline(stats, [], [findings.on_stats], [findings.on_records])


def _send(pipe: BatchPipeline, t_s: float, metrics: list[dict]) -> None:
    t = int(t_s * 1e9)
    for metric in metrics:
        for kind in ("gauge", "sum"):
            for point in metric.get(kind, {}).get("dataPoints", []):
                point["timeUnixNano"] = str(t)
    value = orjson.dumps({"resourceMetrics": [{"resource": SERVICE, "scopeMetrics": [{"metrics": metrics}]}]})
    result = pipe.process("metrics", RawEnvelope(FORMAT_OTLP_JSON, t).headers(), value, b"rp", t)
    assert result.rejected == []  # stored as sent: non-finite values are kept in the records


def _gauge(name: str, value: object) -> dict:
    return {"name": name, "gauge": {"dataPoints": [{"asDouble": value}]}}


def test_a_nan_or_infinite_gauge_does_not_stop_the_other_series() -> None:
    findings, pipe = _setup()
    start = time.time() - 600
    for i in range(40):
        bad = "NaN" if i % 2 else "Infinity"
        _send(pipe, start + i * 10, [_gauge("rp.a", bad if i >= 20 else 1.0), _gauge("rp.b", bad if i >= 20 else 2.0),
                                     _gauge("rp.ok", float(i))])
        findings.evaluate(start + i * 10 + 5)
    assert findings.failures == {}
    scores = findings.sources["anomalies"].scores  # type: ignore[attr-defined]
    fed = {key[2]: value for key, value in scores.items()}
    # fed with its recent mean (the NaN and infinite points began at 20), after the series that held them
    assert fed["rp_ok"][1] > 30
    assert findings.ctx.nonfinite["anomalies"] >= 20
    for name in ("rp_a", "rp_b"):  # never fed anything but their finite past
        assert fed[name][1] in (1.0, 2.0)
    registry = CollectorRegistry()
    registry.register(FindingsCollector(findings))
    assert registry.get_sample_value("sightline_finding_nonfinite_skipped_total", {"source": "anomalies"}) >= 20


def test_rules_never_see_nan_and_a_delta_counter_survives_one() -> None:
    rules = [{"alert": "Busy", "expr": "rp_jobs_total > 15", "for": "0s"},
             {"alert": "Odd", "expr": "rp_level != rp_level or rp_level > 1e308", "for": "0s"}]
    findings, pipe = _setup(**{"alerts.rules": rules})
    start = time.time() - 60
    for i, (jobs, level) in enumerate(((10.0, 1.0), ("NaN", "NaN"), (10.0, "Infinity"))):
        _send(pipe, start + i * 5, [
            {"name": "rp.jobs", "sum": {"isMonotonic": True, "aggregationTemporality": 1,
                                        "dataPoints": [{"asDouble": jobs}]}},
            _gauge("rp.level", level),
        ])
    events = findings.evaluate(start + 15)
    firing = {e["alertname"] for e in events if e["status"] == "firing"}
    # the running sum of the delta counter is 20 (the NaN left out), and no NaN or ∞ reached "Odd"
    assert firing == {"Busy"}
    assert findings.ctx.nonfinite["promql"] == 3
    assert findings.failures == {}


def test_the_other_metric_series_past_the_cap_is_not_judged() -> None:
    # past the cap a service's other metrics share one series that counts points; their values
    # (a latency in seconds beside a queue length) are no series to find anomalies in
    findings, pipe = _setup(**{"process.stats.max_series_per_service": 1})
    start = time.time() - 600
    for i in range(40):
        _send(pipe, start + i * 10, [_gauge("rp.kept", 1.0 + i % 3), _gauge("rp.x", 0.002), _gauge("rp.y", 5000.0 + i)])
        findings.evaluate(start + i * 10 + 5)
    assert findings.failures == {}
    fed = {key[2] for key in findings.sources["anomalies"].scores}  # type: ignore[attr-defined]
    assert fed == {"rp_kept"}
