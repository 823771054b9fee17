"""The rule engine replays the promtool unit tests of deploy/prometheus/rules_test.yml.

``promtool test rules`` (run by tests/integration/test_deploy_prometheus.py)
holds those expectations true for a real Prometheus; here the same input series
go through :class:`RuleSet` and the alert engine, and every expected alert must
be firing with the same labels and annotations at the same evaluation time,
and no other.  The rules themselves are the deployed ones, pasted unchanged,
so this also shows a Prometheus rule file loads as it is.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.alerts.config import AlertsConfig, parse_duration
from pipeline.alerts.engine import AlertEngine
from pipeline.promql import STALE_NAN, SeriesStore
from pipeline.promql.rules import RuleSet, load_rule_files

PROM = Path(__file__).resolve().parents[3] / "deploy" / "prometheus"
_SERIES = re.compile(r"^\s*([a-zA-Z_:][a-zA-Z0-9_:]*)?\s*(\{.*\})?\s*$")
_LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"')
_NUMBER = r"-?[0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?"
_EXPAND = re.compile(rf"^({_NUMBER}|_)(?:([+-])({_NUMBER}))?x([0-9]+)$")


def expand_values(text: str) -> list[float | None]:
    """promtool's series notation: ``0+10x3`` → 0 10 20 30, ``_x2`` → two gaps, ``stale``.

    >>> expand_values("1 _ 0+10x2 5-1x1 _x2 stale 3x1")[:9]
    [1.0, None, 0.0, 10.0, 20.0, 5.0, 4.0, None, None]
    """
    out: list[float | None] = []
    for token in text.split():
        match = _EXPAND.match(token)
        if token == "_":
            out.append(None)
        elif token == "stale":
            out.append(STALE_NAN)
        elif match:
            start, sign, step, count = match.groups()
            if start == "_":
                out.extend([None] * int(count))
                continue
            delta = float(step or 0) * (-1 if sign == "-" else 1)
            out.extend(float(start) + i * delta for i in range(int(count) + 1))
        else:
            out.append(float(token))
    return out


def _labels(series: str) -> dict[str, str]:
    match = _SERIES.match(series)
    assert match, series
    labels = dict(_LABEL.findall(match.group(2) or ""))
    if match.group(1):
        labels["__name__"] = match.group(1)
    return labels


def _cases() -> list[tuple[int, dict[str, Any], dict[str, Any]]]:
    document = yaml.safe_load((PROM / "rules_test.yml").read_text())
    return [
        (i, test, check)
        for i, test in enumerate(document["tests"])
        for check in test.get("alert_rule_test", [])
    ]


@pytest.mark.parametrize(("index", "test", "check"), _cases(), ids=lambda v: v if isinstance(v, int) else None)
def test_rule_engine_fires_what_promtool_expects(index: int, test: dict[str, Any], check: dict[str, Any]) -> None:
    rules = RuleSet(load_rule_files([str(PROM / "rules.yml")]))
    interval_ms = int(parse_duration(test.get("interval", "1m")) * 1000)
    eval_ms = int(parse_duration(check["eval_time"]) * 1000)
    store = SeriesStore(retention_ms=24 * 3_600_000)
    for series in test["input_series"]:
        labels = _labels(series["series"])
        for i, value in enumerate(expand_values(str(series["values"]))):
            if value is not None:
                store.append(labels, i * interval_ms, value)
    engine = AlertEngine(AlertsConfig(resolve_hold=0))
    step = 60_000  # evaluation_interval of rules_test.yml
    for t in range(0, eval_ms + 1, step):
        active = [s.condition for s in engine.states.values()]
        for cond in rules.evaluate(t, store, active):
            if cond.alertname == check["alertname"]:
                engine.observe(cond, now=t / 1000)
    firing = [
        ({**s.condition.series["labels"], "severity": s.condition.severity}, s.condition)
        for s in engine.states.values()
        if s.status == "firing"
    ]
    expected = check.get("exp_alerts") or []
    got_labels = sorted(sorted(labels.items()) for labels, _ in firing)
    want_labels = sorted(sorted({k: str(v) for k, v in e["exp_labels"].items()}.items()) for e in expected)
    assert got_labels == want_labels, f"test {index} {check['alertname']} at {check['eval_time']}"
    for alert in expected:
        want = {k: str(v) for k, v in alert["exp_labels"].items()}
        [cond] = [c for labels, c in firing if labels == want]
        assert cond.summary == alert["exp_annotations"]["summary"]
