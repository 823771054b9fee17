"""Prometheus-style rules over a series store: instances, tiers, recording, clearing, config errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.alerts.engine import AlertEngine
from pipeline.promql import SeriesStore
from pipeline.promql.rules import PromRule, RuleGroup, RuleSet, load_rule_files


def _pool_store(used: dict[str, float], t_ms: int, store: SeriesStore | None = None) -> SeriesStore:
    store = SeriesStore() if store is None else store
    for service, value in used.items():
        store.append({"__name__": "db_pool_connections_in_use", "service": service}, t_ms, value)
        store.append({"__name__": "db_pool_connections_max", "service": service}, t_ms, 20.0)
    return store


POOL_EXPR = "db_pool_connections_in_use / on(service) db_pool_connections_max > 0.9"


def test_each_result_sample_is_an_instance_with_rendered_annotations() -> None:
    rule = PromRule.model_validate({
        "alert": "DbPoolNearlyFull", "expr": POOL_EXPR, "for": "2m",
        "labels": {"severity": "critical", "team": "db"},
        "annotations": {"summary": "{{ $labels.service }} pool at {{ $value | humanizePercentage }}",
                        "runbook_url": "https://runbooks.example/db-pool"},
    })
    rules = RuleSet([RuleGroup(name="g", rules=[rule])])
    conds = rules.evaluate(60_000, _pool_store({"checkout": 19.0, "search": 3.0}, 60_000))
    assert [(c.alertname, c.service, c.severity, c.active) for c in conds] == [
        ("DbPoolNearlyFull", "checkout", "critical", True)
    ]
    [cond] = conds
    assert cond.labels == {"team": "db"}
    assert cond.summary == "checkout pool at 95%"
    assert cond.for_s == 120.0
    assert cond.observed == pytest.approx(0.95)


def test_tiers_of_one_alert_page_once_at_the_highest_severity() -> None:
    tiers = [
        PromRule.model_validate({"alert": "DbPool", "expr": "db_pool_connections_in_use / on(service) db_pool_connections_max > 0.8",
                                 "labels": {"severity": "warning"}}),
        PromRule.model_validate({"alert": "DbPool", "expr": POOL_EXPR, "labels": {"severity": "critical"}}),
    ]
    rules = RuleSet([RuleGroup(name="tiers", rules=tiers)])
    store = _pool_store({"a": 17.0, "b": 19.0}, 0)
    by_service = {c.service: c.severity for c in rules.evaluate(0, store)}
    assert by_service == {"a": "warning", "b": "critical"}


def test_recording_rules_feed_later_rules() -> None:
    group = RuleGroup.model_validate({"name": "g", "rules": [
        {"record": "service:pool_usage:ratio", "expr": "db_pool_connections_in_use / on(service) db_pool_connections_max"},
        {"alert": "PoolHigh", "expr": "service:pool_usage:ratio > 0.5"},
    ]})
    rules = RuleSet([group])
    store = _pool_store({"a": 15.0, "b": 2.0}, 0)
    assert [c.service for c in rules.evaluate(0, store)] == ["a"]
    assert [dict(labels) for labels, _ in store.series_named("service:pool_usage:ratio")] == [
        {"__name__": "service:pool_usage:ratio", "service": "a"},
        {"__name__": "service:pool_usage:ratio", "service": "b"},
    ]


def test_a_cleared_instance_comes_back_inactive_and_the_engine_resolves_it() -> None:
    from pipeline.alerts.config import AlertsConfig

    rule = PromRule.model_validate({"alert": "DbPoolNearlyFull", "expr": POOL_EXPR, "for": "1m"})
    rules = RuleSet([RuleGroup(name="g", rules=[rule])])
    engine = AlertEngine(AlertsConfig(resolve_hold=30))
    store = SeriesStore()
    statuses = []
    for minute in range(10):
        t = minute * 60_000
        _pool_store({"a": 19.0 if minute < 5 else 5.0}, t, store)
        active = [s.condition for s in engine.states.values()]
        for cond in rules.evaluate(t, store, active):
            statuses += [(minute, e["status"]) for e in engine.observe(cond, now=t / 1000)]
    assert statuses == [(1, "firing"), (6, "resolved")]


def test_nan_results_do_not_fire() -> None:
    rule = PromRule.model_validate({"alert": "X", "expr": "db_pool_connections_in_use / on(service) (db_pool_connections_max - 20) != 0"})
    store = _pool_store({"a": 0.0}, 0)  # 0 / 0 = NaN
    assert RuleSet([RuleGroup(name="g", rules=[rule])]).evaluate(0, store) == []


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ({"alert": "A", "expr": "rate(http_requests_total[5m]) > "}, "rule A: expr"),
        ({"alert": "B", "expr": "rat(http_requests_total[5m]) > 1"}, "rule B: expr 'rat(http_requests_total[5m]) > 1': unknown function with name 'rat'"),
        ({"alert": "C", "expr": "histogram_quantile(0.9) > 1"}, "rule C: expr"),
        ({"alert": "D", "expr": "sum(http_requests_total[5m]) > 1"}, "expected type vector in aggregation expression, got matrix"),
        ({"alert": "E", "expr": 'up{job=~"api"'}, "rule E: expr"),
        ({"alert": "F", "expr": 'up{job="api",} > 0', "labels": {"severity": "page"}}, "rule F: severity 'page'"),
        ({"alert": "G", "expr": "up == 0", "annotations": {"summary": "{{ range $labels }}{{ end }}"}}, "rule G: annotation summary"),
        ({"alert": "H", "record": "h", "expr": "up"}, "exactly one of `alert` and `record`"),
        ({"alert": "I", "expr": "up == 0", "for": "five minutes"}, "bad duration"),
    ],
)
def test_bad_rules_are_refused_naming_the_rule(rule: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError) as caught:
        PromRule.model_validate(rule)
    assert message in str(caught.value)


def test_rule_files_in_prometheus_format(tmp_path: Path) -> None:
    (tmp_path / "a.yml").write_text(
        "groups:\n"
        "  - name: pool\n    interval: 30s\n    rules:\n"
        "      - alert: DbPoolNearlyFull\n        expr: db_pool_connections_in_use > 18\n        for: 5m\n"
        "        labels: {severity: critical}\n        annotations: {summary: 'pool {{ $value }}'}\n"
    )
    (tmp_path / "b.yml").write_text("groups:\n  - name: broken\n    rules:\n      - alert: X\n        expr: 'sum(up'\n")
    [group] = load_rule_files([str(tmp_path / "a.yml")])
    assert group.interval == 30.0 and group.rules[0].for_ == 300.0
    with pytest.raises(ValueError, match=r"rule file .*b\.yml, group 0: rules.0: rule X: expr .sum\(up.: unclosed left parenthesis$"):
        load_rule_files([str(tmp_path / "*.yml")])
    with pytest.raises(ValueError, match=r"rule file .*missing\.yml: No such file"):
        load_rule_files([str(tmp_path / "missing.yml")])
