"""The PromQL source keeps only what its rules read: the built-in TargetDown rule (``up == 0``)
must not make every deployment hold every metric series and every derived statistic."""

from __future__ import annotations

from typing import Any

from pipeline.config import load_config
from pipeline.process.findings import Findings, Settings
from pipeline.process.findings.promql import PromQLRules
from pipeline.process.stats import RollingStats

T0 = 1_795_428_000


def held_series(rules: list[dict[str, Any]] | None) -> set[str]:
    """Metric names the PromQL source's store holds after five minutes of three metrics and some spans."""
    overrides = {} if rules is None else {"alerts.rules": rules}
    cfg = load_config(environ={}, overrides=overrides)
    stats = RollingStats(cfg.process.stats)
    det = Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), stats)
    for step in range(20):
        now = T0 + step * 15
        ns = now * 10**9
        points = [
            {"service.name": "api", "name": "up", "type": "gauge", "value": 1.0, "time_unix_nano": ns, "attributes": {}},
            {"service.name": "api", "name": "queue_depth", "type": "gauge", "value": 3.0, "time_unix_nano": ns,
             "attributes": {}},
            {"service.name": "api", "name": "http_server_request_duration_seconds", "type": "histogram",
             "temporality": "cumulative", "count": step, "sum": 0.1 * step, "explicit_bounds": [0.1],
             "bucket_counts": [step, 0], "time_unix_nano": ns, "start_time_unix_nano": T0 * 10**9, "attributes": {}},
        ]
        spans = [{"service.name": "api", "operation": "GET /", "start_time_unix_nano": ns, "duration_ms": 20.0,
                  "status.code": "unset", "attributes": {}, "id": f"s{step}"}]
        det.on_stats(stats.update("metrics", points, ns) + stats.update("spans", spans, ns))
        det.on_records("metrics", points)
        det.evaluate(now)
    source = det.source(PromQLRules)
    assert source is not None
    return {dict(labels)["__name__"] for labels, _ in source.store.series_named(None)}


def test_the_default_rules_hold_only_up() -> None:
    assert held_series(None) == {"up"}


def test_a_histogram_rule_holds_its_buckets_and_a_statistic_rule_the_derived_series() -> None:
    got = held_series([
        {"alert": "Slow", "expr": "histogram_quantile(0.9, rate(http_server_request_duration_seconds_bucket[5m])) > 1"},
        {"alert": "Errors", "expr": "sightline_service_error_ratio > 0.1"},
    ])
    assert {"http_server_request_duration_seconds_bucket", "http_server_request_duration_seconds_count",
            "http_server_request_duration_seconds_sum"} <= got
    assert "up" not in got and "queue_depth" not in got
    assert any(name.startswith("sightline_") for name in got)


def test_a_selector_without_one_name_holds_everything() -> None:
    got = held_series([{"alert": "Any", "expr": '{__name__=~"queue_.*"} > 100'}])
    assert {"up", "queue_depth", "http_server_request_duration_seconds_bucket"} <= got
    assert any(name.startswith("sightline_") for name in got)
