"""What MetricAnomaly scores of a node_exporter by default (``detectors.skip_metrics``).

``node_exporter_1.5.0_types.txt`` holds the ``# TYPE`` lines of a real page
of node_exporter 1.5.0 (Debian's prometheus-node-exporter, every default
collector but systemd), as it answered on this machine: the families are
node_exporter's, not written here.  The machine's own series (CPU, memory,
disks, network, ...) are scored; the Go runtime's (``go_*``), the process's
(``process_*``), the HTTP handler's (``promhttp_*``) and node_exporter's
report of its own collectors (``node_scrape_collector_*``) are not.

The second test replays what a 20-minute ``sightline up`` scraping this
machine's node_exporter every 15 s paged: the softnet collector taking 1 ms
instead of about 30 microseconds while the machine was busy.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from pipeline.config import load_config
from pipeline.ingest.scrape.codec import Target, exposition_request, parse_exposition, target_labels
from pipeline.process.findings import Findings, MetricAnomalies, Settings
from pipeline.process.stats import RollingStats
from schemas.prometheus import write_request_points

TYPES = Path(__file__).with_name("node_exporter_1.5.0_types.txt")
TARGET = Target("node", "http://127.0.0.1:9100/metrics", target_labels("node", "127.0.0.1:9100"))
T0 = 1_796_568_000


def series_names() -> dict[str, str]:
    """Every series name of the page → its family's type (a summary's ``_sum`` and ``_count`` too)."""
    out: dict[str, str] = {}
    for line in TYPES.read_text(encoding="utf-8").splitlines():
        _hash, _word, name, kind = line.split(" ")
        out[name] = kind
        if kind == "summary":
            out[name + "_sum"] = out[name + "_count"] = kind
    return out


def test_the_machines_series_are_scored_and_the_exporters_own_are_not() -> None:
    cfg = load_config(environ={})
    anomalies = Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), RollingStats(cfg.process.stats)).source(MetricAnomalies)
    names = series_names()
    assert len(names) > 250 and {"counter", "gauge", "summary", "untyped"} <= set(names.values())
    own = ("go_", "process_", "promhttp_", "node_scrape_collector_")
    skipped = sorted(n for n in names if anomalies._skipped_metric(n))
    assert skipped == sorted(n for n in names if n.startswith(own))
    assert "node_scrape_collector_duration_seconds" in skipped and "go_gc_duration_seconds" in skipped
    machine = [n for n in names if n.startswith("node_") and not n.startswith(own)]
    assert len(machine) > 200 and "node_cpu_seconds_total" in machine and "node_load1" in machine


def page(softnet_s: float, load1: float) -> str:
    """A scrape's lines for the two series, as node_exporter writes them."""
    return (
        "# HELP node_load1 1m load average.\n# TYPE node_load1 gauge\n"
        f"node_load1 {load1:g}\n"
        "# HELP node_scrape_collector_duration_seconds node_exporter: Duration of a collector scrape.\n"
        "# TYPE node_scrape_collector_duration_seconds gauge\n"
        f'node_scrape_collector_duration_seconds{{collector="softnet"}} {softnet_s:g}\n'
    )


def paged(skip: list[str] | None = None) -> list[str]:
    """The metrics MetricAnomaly pages for over 20 minutes of 15 s scrapes, the last 5 with a slow collector."""
    cfg = load_config(environ={})
    detectors = cfg.detectors if skip is None else cfg.detectors.model_copy(update={"skip_metrics": skip})
    stats = RollingStats(cfg.process.stats)
    findings = Findings(Settings(detectors, cfg.templates, cfg.alerts), stats)
    rng = random.Random(5)
    events: list[dict[str, Any]] = []
    for step in range(80):
        now = T0 + step * 15
        softnet = 0.001037 if step >= 75 else rng.uniform(2.2e-5, 3.4e-5)
        request, _ = exposition_request(parse_exposition(page(softnet, rng.uniform(1.9, 2.3))), TARGET, now * 1000)
        findings.on_stats(stats.update("metrics", write_request_points(request, "node", now * 10**9), now * 10**9))
        events += findings.evaluate(now)
    return [e["labels"]["metric"] for e in events if e["alertname"] == "MetricAnomaly" and e["status"] == "firing"]


def test_a_slow_collector_is_not_paged_by_default() -> None:
    assert paged() == []
    # the same scrapes with every metric scored: the collector's timing pages (the load does not)
    assert paged(skip=[]) == ["node_scrape_collector_duration_seconds"]


def test_series_over_the_cap_are_counted_and_logged_never_silently_left_out(caplog: Any) -> None:
    """A node_exporter has about 500 series; with detectors.max_series_per_service at 300 the rest
    were left unscored with no word of it.  Here a page of 8 gauges against a cap of 5."""
    import logging

    cfg = load_config(environ={})
    detectors = cfg.detectors.model_copy(update={"max_series_per_service": 5})
    stats = RollingStats(cfg.process.stats)
    findings = Findings(Settings(detectors, cfg.templates, cfg.alerts), stats)
    anomalies = findings.source(MetricAnomalies)
    text = "".join(f"# TYPE node_g{i} gauge\nnode_g{i} {i}\n" for i in range(8))
    caplog.set_level(logging.WARNING, logger="sightline.process")
    for step in range(12):
        now = T0 + step * 15
        request, _ = exposition_request(parse_exposition(text), TARGET, now * 1000)
        findings.on_stats(stats.update("metrics", write_request_points(request, "node", now * 10**9), now * 10**9))
        findings.evaluate(now)
    families = {f.name: f for f in anomalies.collect()}
    [sample] = families["sightline_anomaly_series_unscored"].samples
    assert sample.labels == {"service": "node"} and sample.value == 3  # 8 gauges past 5 (up and scrape_* are not scored)
    assert len(anomalies.fed["node"].detectors) == 5
    warnings = [r for r in caplog.records if "max_series_per_service" in r.getMessage()]
    assert len(warnings) == 1  # once per service, not once per series or per evaluation
