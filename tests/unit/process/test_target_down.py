"""A scraped target that stops answering: the day-one TargetDown rule (``up == 0`` for 2m) fires
and resolves; its report series are not scored as anomalies (``detectors.skip_metrics``)."""

from __future__ import annotations

from typing import Any

from pipeline.config import load_config
from pipeline.ingest.scrape.codec import Target, add_report
from pipeline.process.findings import Findings, Settings
from pipeline.process.stats import RollingStats
from schemas.prometheus import WriteRequest, write_request_points

T0 = 1_795_428_000
TARGET = Target("orders", "http://127.0.0.1:9123/metrics", (("instance", "127.0.0.1:9123"), ("job", "orders")))


def scrape_points(now: int, up: bool) -> list[dict[str, Any]]:
    """What one scrape of the target reports, through the scraper's own codec and the processor's decode."""
    request = WriteRequest()
    add_report(request, TARGET, now * 1000, up, 0.004 if up else 0.0, 40 if up else 0)
    return write_request_points(request, "unknown_service", now * 10**9)


def test_a_target_that_stops_answering_fires_target_down_then_resolves() -> None:
    cfg = load_config(environ={})
    stats = RollingStats(cfg.process.stats)
    det = Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), stats)
    events = []
    for step in range(4 * 60 * 4):  # four hours of 15 s scrapes; down from 3:00 to 3:10
        now = T0 + step * 15
        up = not (3 * 3600 <= step * 15 < 3 * 3600 + 600)
        points = scrape_points(now, up)
        det.on_stats(stats.update("metrics", points, now * 10**9))
        det.on_records("metrics", points)
        events += [(now - T0, e) for e in det.evaluate(now)]
    down = [(t, e["status"]) for t, e in events if e["alertname"] == "TargetDown"]
    assert [status for _, status in down] == ["firing", "resolved"], down
    assert 3 * 3600 + 120 <= down[0][0] <= 3 * 3600 + 150
    assert 3 * 3600 + 600 <= down[1][0] <= 3 * 3600 + 600 + 300
    firing = next(e for _, e in events if e["alertname"] == "TargetDown")
    assert firing["service.name"] == "orders" and firing["severity"] == "warning"
    assert firing["summary"] == "orders: scrape target 127.0.0.1:9123 is down"
    assert firing["annotations"]["runbook_url"].endswith("#targetdown")
    # up and scrape_* are the scraper's own series: no MetricAnomaly beside the rule
    assert [e["alertname"] for _, e in events if e["alertname"] not in ("TargetDown",)] == []
