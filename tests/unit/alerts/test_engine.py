from __future__ import annotations

import pickle

import pytest

from pipeline.alerts.config import AlertsConfig, RuleConfig, default_rules, parse_duration
from pipeline.alerts.engine import AlertEngine, Condition, evaluate_rules, fingerprint
from pipeline.config import load_config
from pipeline.errors import ConfigError


def cond(active: bool, **kw) -> Condition:
    base = dict(kind="threshold", alertname="HighErrorRatio", service="checkout", active=active, for_s=300.0,
                observed=0.2, expected=0.05, summary="s")
    base.update(kw)
    return Condition(**base)


def statuses(events) -> list[str]:
    return [e["status"] for e in events]


def run(engine: AlertEngine, timeline) -> list[tuple[float, str]]:
    out = []
    for t, active in timeline:
        out += [(t, s) for s in statuses(engine.observe(cond(active), t))]
        out += [(t, s) for s in statuses(engine.tick(t))]
    return out


def test_fires_only_after_the_for_duration_and_resolves_after_the_hold() -> None:
    engine = AlertEngine(AlertsConfig(resolve_hold=120))
    timeline = [(t, 100 <= t < 700) for t in range(0, 1200, 15)]
    # first active at 105, clear from 705
    assert run(engine, timeline) == [(405, "firing"), (825, "resolved")]


def test_a_blip_shorter_than_for_never_fires() -> None:
    engine = AlertEngine(AlertsConfig())
    timeline = [(t, 100 <= t < 250) for t in range(0, 1000, 15)]
    assert run(engine, timeline) == []
    assert engine.states == {}


def test_flapping_does_not_page_twice() -> None:
    engine = AlertEngine(AlertsConfig(resolve_hold=120))
    # fires, then flaps off and on every 30 s: one firing, one resolution at the end
    timeline = [(t, t < 600 or (t < 1200 and (t // 30) % 2 == 0)) for t in range(0, 1600, 15)]
    events = run(engine, timeline)
    assert [s for _, s in events] == ["firing", "resolved"]


def test_renotification_interval() -> None:
    engine = AlertEngine(AlertsConfig(renotify_interval=3600))
    timeline = [(t, True) for t in range(0, 3 * 3600 + 1000, 60)]
    firing = [t for t, s in run(engine, timeline) if s == "firing"]
    assert firing == [300, 3900, 7500, 11100]


def test_detector_alert_resolves_after_clear_after_without_findings() -> None:
    engine = AlertEngine(AlertsConfig())
    finding = Condition("error_spike", "ErrorSpike", "checkout", True, severity="critical", score=0.999,
                        clear_after_s=300, evidence={"trace_ids": ["a" * 32]})
    assert statuses(engine.observe(finding, 10)) == ["firing"]
    assert engine.tick(200) == []
    assert engine.observe(finding, 250) == []  # same fingerprint: deduplicated
    [resolved] = engine.tick(600)
    assert resolved["status"] == "resolved"
    assert resolved["endsAt"] == "1970-01-01T00:09:10.000Z"  # last finding + clear_after
    assert resolved["startsAt"] == "1970-01-01T00:00:10.000Z"


def test_event_carries_what_happened_and_evidence() -> None:
    engine = AlertEngine(AlertsConfig(generator_url="http://es:9200"), index_prefix="sightline")
    finding = Condition("anomaly", "LatencyAnomaly", "payments", True, labels={"operation": "POST /charge"},
                        observed=480.0, expected=120.0, band=(90.0, 160.0), score=0.998,
                        evidence={"record_ids": ["r1"], "trace_ids": ["t1"]}, clear_after_s=60,
                        summary="p95 480 ms, expected 90..160")
    [event] = engine.observe(finding, 1000)
    assert event["labels"] == {"alertname": "LatencyAnomaly", "service": "payments", "operation": "POST /charge",
                               "severity": "warning", "kind": "anomaly"}
    assert event["fingerprint"] == fingerprint({"alertname": "LatencyAnomaly", "service": "payments",
                                                "operation": "POST /charge"})
    assert event["expected_band"] == {"lower": 90.0, "upper": 160.0}
    assert event["evidence"]["trace_ids"] == ["t1"]
    assert 'service.name:"payments"' in event["evidence"]["query"]
    assert event["generatorURL"].startswith("http://es:9200/sightline-*/_search?q=")
    assert event["schema_version"] == 1 and event["endsAt"] is None


def test_the_search_link_selects_errors_for_error_alerts_only() -> None:
    rows = [{"service": "api", "operation": "GET /x", "window": "1m", "request_count": 100, "error_ratio": 0.2},
            {"service": "api", "operation": "GET /x", "window": "5m", "request_count": 400, "latency_p95_ms": 5000.0}]
    by_name = {c.alertname: c for c in evaluate_rules(default_rules(), rows)}
    assert by_name["HighErrorRatio"].error_query and not by_name["HighLatencyP95"].error_query
    engine = AlertEngine(AlertsConfig())
    ratio = engine._query(by_name["HighErrorRatio"], 0.0)
    latency = engine._query(by_name["HighLatencyP95"], 0.0)
    assert "severity_number:>=17" in ratio and "severity_number:>=17" not in latency
    old = Condition("threshold", "HighErrorRatio", "api", True)  # pickled before the field existed
    del old.__dict__["error_query"]
    assert pickle.loads(pickle.dumps(old)).error_query is False


def test_state_pickles_and_resumes() -> None:
    engine = AlertEngine(AlertsConfig())
    engine.observe(cond(True), 0)
    restored = pickle.loads(pickle.dumps(engine.states))
    engine2 = AlertEngine(AlertsConfig())
    engine2.states = restored
    assert statuses(engine2.observe(cond(True), 300)) == ["firing"]


def test_default_rules_cover_day_one() -> None:
    names = {r.name: r for r in default_rules()}
    assert names["HighErrorRatio"].threshold == 0.05 and names["HighErrorRatio"].for_ == 300
    assert names["HighLatencyP95"].for_ == 300
    assert names["ServiceAbsent"].threshold == 120
    assert names["ManyErrorsOfOneType"].window == "5m"


def test_rules_respect_min_requests_windows_and_overrides() -> None:
    rule = RuleConfig.model_validate({"name": "R", "statistic": "error_ratio", "threshold": 0.05,
                                      "min_requests": 10, "services": {"batch": 0.5}})
    rows = [
        {"service": "api", "window": "5m", "request_count": 5, "error_ratio": 0.9},  # too few requests
        {"service": "api", "window": "1m", "request_count": 500, "error_ratio": 0.9},  # other window
        {"service": "batch", "window": "5m", "request_count": 500, "error_ratio": 0.3},  # override 0.5
        {"service": "web", "window": "5m", "request_count": 500, "error_ratio": 0.3},
    ]
    assert [(c.service, c.active) for c in evaluate_rules([rule], rows)] == [
        ("api", False), ("batch", False), ("web", True)]


def test_templated_annotations() -> None:
    [c] = evaluate_rules(default_rules()[:1], [{"service": "api", "operation": "GET /x", "window": "1m",
                                                "request_count": 100, "error_ratio": 0.125}])
    assert c.summary == "api: 12.5% of requests fail (threshold 5.0%)"
    assert "for 5m" in c.description


@pytest.mark.parametrize(("text", "seconds"), [("30s", 30), ("5m", 300), ("1h30m", 5400), ("7d", 604800), (12, 12)])
def test_durations(text, seconds) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"SIGHTLINE_ALERTS__RESOLVE_HOLD": "soon"}, "alerts.resolve_hold"),
        ({"SIGHTLINE_ALERTS__DETECTORS__BOGUS__MIN_SCORE": "0.5"}, "unknown detector kind"),
    ],
)
def test_bad_alert_config_is_named(env, message) -> None:
    with pytest.raises(ConfigError, match=message):
        load_config(environ=env)


def test_unknown_statistic_is_refused_at_config_check(tmp_path) -> None:
    file = tmp_path / "c.yaml"
    file.write_text("alerts:\n  rules:\n    - name: X\n      statistic: latency_p42\n      threshold: 1\n")
    with pytest.raises(ConfigError, match=r"alerts\.rules\.0\.statistic.*unknown statistic 'latency_p42'"):
        load_config(file, environ={})
    file.write_text("alerts:\n  rules:\n    - name: X\n      statistic: error_ratio\n      threshold: 1\n      for: 5 minutes\n")
    with pytest.raises(ConfigError, match=r"alerts\.rules\.0\.for.*bad duration"):
        load_config(file, environ={})


def test_events_match_the_alert_json_schema() -> None:
    import jsonschema

    from schemas.elasticsearch import json_schema

    schema = json_schema("alerts")
    engine = AlertEngine(AlertsConfig(resolve_hold=0))
    finding = Condition("anomaly", "LatencyAnomaly", "payments", True, labels={"operation": "POST /charge"},
                        observed=480.0, expected=120.0, band=(90.0, 160.0), score=0.998, summary="s",
                        evidence={"record_ids": ["r1"], "trace_ids": ["t1"]}, clear_after_s=60)
    events = engine.observe(finding, 1000) + engine.tick(2000)
    assert [e["status"] for e in events] == ["firing", "resolved"]
    for event in events:
        jsonschema.validate(event, schema)


def test_overriding_one_detector_kind_keeps_the_others() -> None:
    cfg = AlertsConfig.model_validate({"detectors": {"error_spike": {"clear_after": "8s"}}})
    assert cfg.detectors["error_spike"].clear_after == 8 and cfg.detectors["error_spike"].severity == "critical"
    assert set(cfg.detectors) == {"error_spike", "anomaly", "new_error_type", "regression"}
    assert cfg.detectors["new_error_type"].clear_after == 600
    with pytest.raises(ValueError, match="unknown detector kind spike"):
        AlertsConfig.model_validate({"detectors": {"spike": {"enabled": False}}})


def test_built_in_alerts_link_their_runbook_entries() -> None:
    from pathlib import Path

    from pipeline.alerts.config import BUILTIN_ALERTS, AlertsConfig

    readme = (Path(__file__).resolve().parents[3] / "deploy" / "README.md").read_text().lower()
    for name in BUILTIN_ALERTS:
        assert f"### {name.lower()}\n" in readme, f"{name} has no runbook entry in deploy/README.md"
    engine = AlertEngine(AlertsConfig(runbook_base_url="https://wiki.example/sightline"))
    [event] = engine.observe(Condition("error_spike", "ErrorSpike", "api", True), now=0)
    assert event["annotations"]["runbook_url"] == "https://wiki.example/sightline#errorspike"
    own = Condition("threshold", "Custom", "api", True, annotations={"runbook_url": "https://x.example/r"})
    assert AlertEngine(AlertsConfig()).observe(own, now=0)[0]["annotations"] == {"runbook_url": "https://x.example/r"}
    plain = Condition("threshold", "Custom2", "api", True)
    assert AlertEngine(AlertsConfig()).observe(plain, now=0)[0]["annotations"] == {}


def test_search_links_for_elasticsearch_and_kibana() -> None:
    import urllib.parse
    from pathlib import Path

    import yaml

    from pipeline.alerts.config import AlertsConfig

    cond = Condition("error_spike", "ErrorSpike", "it's", True, labels={"error_type": "KeyError"})
    [event] = AlertEngine(AlertsConfig(generator_url="http://es:9200/"), "acme").observe(cond, now=1_800_000_000)
    url = urllib.parse.urlsplit(event["generatorURL"])
    assert (url.netloc, url.path) == ("es:9200", "/acme-*/_search")
    assert urllib.parse.parse_qs(url.query)["q"] == [event["evidence"]["query"]]
    compose = Path(__file__).resolve().parents[3] / "deploy" / "compose" / "sightline.yaml"
    kibana = yaml.safe_load(compose.read_text())["alerts"]["generator_url"]
    [event] = AlertEngine(AlertsConfig(generator_url=kibana), "sightline").observe(cond, now=1_800_000_000)
    link = event["generatorURL"]
    assert link.startswith("http://localhost:5601/app/discover#/?_g=(time:(from:'2027-01-15T07:55:00.000Z',to:now))")
    fragment = urllib.parse.unquote(link.split("#", 1)[1])
    rison = "'" + event["evidence"]["query"].replace("!", "!!").replace("'", "!'") + "'"
    assert fragment.endswith(f"&_a=(query:(language:lucene,query:{rison}))")
    assert "{" not in link
