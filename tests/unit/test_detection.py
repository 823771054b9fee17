"""The processor's detection step on synthetic traffic: the right alerts, at the right time, and quiet otherwise."""

from __future__ import annotations

import pickle
import random
from typing import Any

from pipeline.config import load_config
from pipeline.process.findings import (
    ErrorSpikes,
    Findings,
    FindingsCollector,
    MetricAnomalies,
    Settings,
    TemplateFindings,
)
from pipeline.process.stats import RollingStats

T0 = 1_795_428_000


def run(minutes: int, spike=(), latency=(), new_error_from=None, seed=1, env=None, base_error=0.005):
    cfg = load_config(environ={"SIGHTLINE_TEMPLATES__WARMUP_SECONDS": "60", "SIGHTLINE_DETECTORS__FEED_INTERVAL_S": "15",
                               **(env or {})})
    stats = RollingStats(cfg.process.stats)
    det = Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), stats)
    rng = random.Random(seed)
    events: list[tuple[float, dict[str, Any]]] = []
    for minute in range(minutes):
        for sec in range(0, 60, 5):
            now = T0 + minute * 60 + sec
            now_ns = now * 10**9
            in_spike = minute in spike
            spans = []
            for i in range(20):
                err = rng.random() < (0.4 if in_spike else base_error)
                spans.append({
                    "service.name": "checkout", "operation": "GET /cart/{id}", "start_time_unix_nano": now_ns,
                    "duration_ms": rng.lognormvariate(4, 0.2) * (4 if minute in latency else 1),
                    "status.code": "error" if err else "unset",
                    "attributes": {"exception.type": "UpstreamTimeout"} if err else {},
                    "id": f"{now}-{i}", "trace_id": f"{rng.getrandbits(128):032x}",
                })
            logs = [{"service.name": "checkout", "severity_number": 9, "message": f"cart {rng.randint(1, 999)} loaded",
                     "time_unix_nano": now_ns, "id": f"i{now}", "attributes": {}}]
            if new_error_from is not None and minute >= new_error_from and sec == 0:
                logs.append({"service.name": "checkout", "severity_number": 17, "time_unix_nano": now_ns,
                             "message": f"KeyError: 'warehouse_{rng.randint(1, 9)}' not found in stock map",
                             "id": f"e{now}", "trace_id": f"{rng.getrandbits(128):032x}", "attributes": {}})
            det.on_stats(stats.update("spans", spans, now_ns) + stats.update("logs", logs, now_ns))
            det.on_records("logs", logs)
            if sec % 15 == 0:
                events += [(now, e) for e in det.evaluate(now)]
    return det, events


def test_quiet_traffic_raises_nothing() -> None:
    _, events = run(60)
    assert events == []


def test_error_spike_fires_with_evidence_and_resolves() -> None:
    _, events = run(45, spike=range(20, 25))
    spikes = [(t, e) for t, e in events if e["kind"] == "error_spike" and "error_type" not in e["labels"]]
    assert [e["status"] for _, e in spikes] == ["firing", "resolved"]
    fired_at, firing = spikes[0]
    assert fired_at - (T0 + 20 * 60) <= 30  # reported while its first window is still open
    # the count so far when it fired, against a whole window's expectation
    assert firing["severity"] == "critical" and firing["observed"] > 5 * firing["expected"]
    assert len(firing["evidence"]["trace_ids"]) > 0 and len(firing["evidence"]["record_ids"]) > 0
    assert "severity_number:>=17" in firing["evidence"]["query"]  # the search link shows the errors
    assert spikes[1][0] > T0 + 25 * 60  # resolved after the incident ended
    ratio = [e["status"] for _, e in events if e["alertname"] == "HighErrorRatio"]
    assert ratio == ["firing", "resolved"]


def test_a_service_without_errors_until_its_incident_gets_an_error_spike() -> None:
    """Its error count is counted from its first request, so its quiet minutes are its baseline; counted
    from its first error, the incident would be the start of a baseline still warming up, and nothing
    would page on it (as in a new user's first run: a fresh app that failed after six minutes)."""
    _, events = run(14, spike=range(8, 12), base_error=0.0)
    spikes = [(t, e) for t, e in events if e["kind"] == "error_spike" and "error_type" not in e["labels"]]
    assert [e["status"] for _, e in spikes][:1] == ["firing"]
    assert spikes[0][0] - (T0 + 8 * 60) <= 30  # within its first window
    assert spikes[0][1]["expected"] == 0.5  # the floor: no error in eight minutes


def test_new_error_type_fires_once_after_warmup_and_resolves_when_it_stops() -> None:
    _, events = run(60, new_error_from=30)
    new = [(t, e) for t, e in events if e["kind"] == "new_error_type"]
    assert [e["status"] for _, e in new] == ["firing"]  # still happening at the end: not resolved
    t, firing = new[0]
    assert t - (T0 + 30 * 60) <= 120
    assert "warehouse_" in firing["evidence"]["template"] and "<" in firing["evidence"]["template"]
    assert firing["evidence"]["record_ids"]


def test_state_survives_pickling() -> None:
    det, _ = run(10, new_error_from=5)
    entries = det.take_dirty()
    parts = {key.decode().split("\x1f", 2)[1] for _, key, _ in entries}
    assert {"activity", "alerts", "spikes", "templates", "anomalies"} <= parts
    cfg = load_config(environ={"SIGHTLINE_TEMPLATES__WARMUP_SECONDS": "60"})
    other = Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), RollingStats(cfg.process.stats))
    assert all(other.load(key, blob) for _, key, blob in entries)
    assert other.services == {"checkout"}
    templates = other.source(TemplateFindings)
    assert templates is not None and list(templates.state["checkout"].miner.templates())
    spikes = other.source(ErrorSpikes)
    assert spikes is not None and spikes.state["checkout"] is not None
    anomalies = other.source(MetricAnomalies)
    assert anomalies is not None and anomalies.fed["checkout"].detectors
    assert other.ctx.activity["checkout"].last_seen == det.ctx.activity["checkout"].last_seen
    assert not other.load(b"checkout\x1fspikes", pickle.dumps(1)) and not other.load(b"checkout\x1fnope", b"x")


def test_latency_shift_fires_an_anomaly_with_its_band_and_resolves_after() -> None:
    _, events = run(55, latency=range(40, 46))
    anomalies = [(t, e) for t, e in events if e["kind"] == "anomaly"]
    assert [e["alertname"] for _, e in anomalies] == ["LatencyAnomaly", "LatencyAnomaly"]
    (t_fire, firing), (t_resolve, resolved) = anomalies
    assert firing["status"] == "firing" and resolved["status"] == "resolved"
    assert t_fire - (T0 + 40 * 60) <= 120
    band = firing["expected_band"]
    assert firing["observed"] > band["upper"] > band["lower"] > 0
    assert firing["labels"]["operation"] == "GET /cart/{id}"
    assert T0 + 46 * 60 <= t_resolve <= T0 + 53 * 60


def test_every_scored_series_has_its_own_score_and_band_on_metrics() -> None:
    cfg = load_config(environ={"SIGHTLINE_DETECTORS__FEED_INTERVAL_S": "15"})
    stats = RollingStats(cfg.process.stats)
    det = Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), stats)
    rng = random.Random(3)
    for step in range(240):  # an hour of two series of one metric, 15 s apart, at different levels
        now = T0 + step * 15
        points = [
            {"service.name": "db", "name": "db_pool_connections_in_use", "type": "gauge", "time_unix_nano": now * 10**9,
             "value": level + rng.gauss(0, 0.5), "attributes": {"pool": pool}, "series_id": pool, "id": f"{pool}{step}"}
            for pool, level in (("read", 5.0), ("write", 40.0))
        ]
        det.on_stats(stats.update("metrics", points, now * 10**9))
        det.evaluate(now)
    families = {f.name: f for f in FindingsCollector(det).collect()}
    for name in ("sightline_anomaly_score", "sightline_anomaly_value", "sightline_anomaly_expected",
                 "sightline_anomaly_lower", "sightline_anomaly_upper"):
        assert name in families, sorted(families)
    lower = {s.labels["series"]: s.value for s in families["sightline_anomaly_lower"].samples
             if s.labels["name"] == "db_pool_connections_in_use"}
    upper = {s.labels["series"]: s.value for s in families["sightline_anomaly_upper"].samples
             if s.labels["name"] == "db_pool_connections_in_use"}
    assert len(lower) == 2, lower  # one band per series, not one overwriting the other
    read, write = sorted(lower, key=lambda k: lower[k])
    assert lower[read] < 5.0 < upper[read] < lower[write] < 40.0 < upper[write]


def test_a_late_batch_is_counted_in_the_windows_its_errors_happened_in() -> None:
    cfg = load_config(environ={})
    stats = RollingStats(cfg.process.stats)
    det = Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), stats)

    def errors(minute: int, n: int) -> list[dict[str, Any]]:
        return [{"service.name": "billing", "time_unix_nano": (T0 + minute * 60 + 5 * i) * 10**9, "severity_number": 17,
                 "message": "card declined", "id": f"{minute}-{i}", "attributes": {"exception.type": "CardDeclined"}}
                for i in range(n)]

    events = []
    for minute in range(30):  # three errors a minute, delivered each minute
        det.on_stats(stats.update("logs", errors(minute, 3), (T0 + minute * 60 + 59) * 10**9))
        events += det.evaluate(T0 + minute * 60 + 59)
    # a shipper that was cut off for ten minutes sends them all at once: same rate, one batch
    late = [r for minute in range(30, 40) for r in errors(minute, 3)]
    det.on_stats(stats.update("logs", late, (T0 + 40 * 60) * 10**9))
    events += det.evaluate(T0 + 40 * 60 + 1)
    assert [e["alertname"] for e in events if e["status"] == "firing"] == []
    # the same thirty errors inside one minute are a spike
    burst = [dict(r, time_unix_nano=(T0 + 41 * 60 + 1) * 10**9 + i) for i, r in enumerate(late)]
    det.on_stats(stats.update("logs", burst, (T0 + 41 * 60 + 2) * 10**9))
    events += det.evaluate(T0 + 42 * 60)
    assert "ErrorSpike" in [e["alertname"] for e in events if e["status"] == "firing"]


def test_environments_of_one_service_keep_their_own_statistics_baselines_and_alerts() -> None:
    from pipeline.alerts.engine import evaluate_rules
    from pipeline.process.findings import ThresholdRules

    cfg = load_config(environ={})
    stats = RollingStats(cfg.process.stats)
    det = Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), stats)
    now = T0 + 600
    spans = []
    for env, failing in (("production", 2), ("staging", 60)):
        for i in range(200):
            spans.append({"service.name": "checkout", "operation": "POST /pay", "start_time_unix_nano": now * 10**9,
                          "duration_ms": 20.0, "status.code": "error" if i < failing else "unset",
                          "resource": {"service.name": "checkout", "deployment.environment.name": env},
                          "attributes": {"exception.type": "Declined"} if i < failing else {}})
    det.on_stats(stats.update("spans", spans, now * 10**9))
    keys = {(k.kind, k.environment) for k in stats.series}
    assert {("op", "production"), ("op", "staging"), ("err", "production"), ("err", "staging")} <= keys
    families = {f.name: f for f in FindingsCollector(det).collect()}
    assert families  # the sources still collect
    rows = det.source(ThresholdRules).rows(now * 10**9)
    ratios = {r["environment"]: r["error_type_ratio"] for r in rows if "error_type_ratio" in r and r["window"] == "5m"}
    assert ratios == {"production": 0.01, "staging": 0.3}
    fired = [c for c in evaluate_rules(cfg.alerts.statistic_rules(), rows) if c.active]
    assert {(c.alertname, c.labels.get("environment")) for c in fired} >= {("ManyErrorsOfOneType", "staging")}
    assert ("ManyErrorsOfOneType", "production") not in {(c.alertname, c.labels.get("environment")) for c in fired}


def _step_series(name: str, skip: list[str] | None = None) -> list[dict[str, Any]]:
    """A counter flat for an hour that then starts to climb (a GC rate leaving zero as load grows)."""
    cfg = load_config(environ={"SIGHTLINE_DETECTORS__FEED_INTERVAL_S": "15"})
    detectors = cfg.detectors if skip is None else cfg.detectors.model_copy(update={"skip_metrics": skip})
    stats = RollingStats(cfg.process.stats)
    det = Findings(Settings(detectors, cfg.templates, cfg.alerts), stats)
    events, total = [], 0.0
    for step in range(300):
        now = T0 + step * 15
        total += 0.0 if step < 240 else 15 * 0.25
        point = {"service.name": "orders", "name": name, "type": "sum", "is_monotonic": True, "temporality": "cumulative",
                 "time_unix_nano": now * 10**9, "value": total, "attributes": {}, "series_id": name, "id": f"{name}{step}"}
        det.on_stats(stats.update("metrics", [point], now * 10**9))
        events += det.evaluate(now)
    scored = {s.labels["name"] for f in FindingsCollector(det).collect() if f.name == "sightline_anomaly_score" for s in f.samples}
    return [e for e in events if e["alertname"] == "MetricAnomaly"] if name in scored else []


def test_runtime_metrics_of_client_libraries_are_not_scored_by_default() -> None:
    assert [e["labels"]["metric"] for e in _step_series("orders_retried_total")] == ["orders_retried_total"]
    assert _step_series("python_gc_collections_total") == []
    assert len(_step_series("python_gc_collections_total", skip=[])) == 1  # scored when the list is emptied


def test_the_skip_list_covers_what_the_libraries_export_by_themselves() -> None:
    """Names from the clients' own collectors and OpenTelemetry's conventions, not written here."""
    from opentelemetry.semconv._incubating.metrics import (
        cpython_metrics,
        db_metrics,
        http_metrics,
        messaging_metrics,
        process_metrics,
        rpc_metrics,
    )
    from prometheus_client import REGISTRY

    from schemas.metricnames import otlp_metric_name

    def names(*modules: Any) -> set[str]:
        return {otlp_metric_name(value) for m in modules for key, value in vars(m).items()
                if key.isupper() and isinstance(value, str) and "." in value}

    cfg = load_config(environ={})
    det = Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), RollingStats(cfg.process.stats))
    anomalies = det.source(MetricAnomalies)
    runtime = {s.name for family in REGISTRY.collect() for s in family.samples} | names(cpython_metrics, process_metrics)
    application = names(http_metrics, db_metrics, rpc_metrics, messaging_metrics)
    assert len(runtime) >= 20 and len(application) >= 20
    assert [n for n in sorted(runtime) if not anomalies._skipped_metric(n)] == []
    assert [n for n in sorted(application) if anomalies._skipped_metric(n)] == []
