"""ServiceAbsent at each service's own cadence: a steady service that stops pages after the
rule's threshold; a program that logs now and then does not page between its lines."""

from __future__ import annotations

from pipeline.config import load_config
from pipeline.process.findings import Findings, Settings
from pipeline.process.stats import RollingStats

T0 = 1_795_428_000


def absences(send_times: list[int], until: int, env: dict[str, str] | None = None,
             stamped_behind_s: int = 0) -> list[tuple[int, str, float]]:
    """Feed one log record of service ``cron`` at each time (s after T0), evaluate every 15 s until
    ``until``; the ServiceAbsent events (time, status, observed seconds).  ``stamped_behind_s``:
    the records carry times that far before they arrive (a clock behind, a shipper catching up)."""
    cfg = load_config(environ=env or {})
    stats = RollingStats(cfg.process.stats)
    det = Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), stats)
    sends = sorted(send_times)
    out = []
    i = 0
    for now in range(T0, T0 + until, 15):
        batch = []
        while i < len(sends) and T0 + sends[i] <= now:
            t_ns = (T0 + sends[i] - stamped_behind_s) * 10**9
            batch.append({"service.name": "cron", "severity_number": 9, "message": "job ran", "time_unix_nano": t_ns,
                          "id": f"r{i}", "attributes": {}})
            i += 1
        if batch:
            det.on_stats(stats.update("logs", batch, now * 10**9))
        for event in det.evaluate(now):
            if event["alertname"] == "ServiceAbsent":
                out.append((now - T0, event["status"], event["observed"]))
    return out


def test_a_steady_service_that_stops_is_absent_after_the_threshold() -> None:
    events = absences(list(range(0, 1800, 5)), 1800 + 600)  # every 5 s for half an hour, then silence
    assert events[0][1] == "firing"
    assert 1800 + 120 <= events[0][0] <= 1800 + 150, events
    assert events[0][2] > 120


def test_a_program_that_logs_every_five_minutes_is_not_absent_between_its_lines() -> None:
    every_5m = list(range(0, 3 * 3600, 300))
    assert absences(every_5m, 3 * 3600) == []
    # with the cadence ignored (any silence counts, as before alerts.absence) it pages between lines
    ignored = {"SIGHTLINE_ALERTS__ABSENCE__MIN_SENDS": "1", "SIGHTLINE_ALERTS__ABSENCE__MAX_CHANCE": "0.999999"}
    assert [status for _, status, _ in absences(every_5m, 3 * 3600, ignored)][:2] == ["firing", "resolved"]


def test_a_program_that_stops_logging_every_five_minutes_is_absent_later() -> None:
    events = absences(list(range(0, 3 * 3600, 300)), 3 * 3600 + 3600)  # its last line at 10,500 s
    assert [status for _, status, _ in events] == ["firing"]
    # (1 - 1/20) ** k <= 0.001 takes k >= 135 ticks of 15 s: about 34 minutes after its last line
    assert 10_500 + 30 * 60 <= events[0][0] <= 10_500 + 40 * 60, events


def test_a_program_seen_a_few_times_is_never_absent() -> None:
    assert absences([0, 40, 700], 4 * 3600) == []


def test_the_cadence_survives_the_changelog_codec() -> None:
    from pipeline.process.findings import codec
    from pipeline.process.findings.base import Activity

    a = Activity(last_seen=T0 + 3000.0)
    for t in range(0, 3600, 15):  # every tick of an hour: 240 bits, beyond 64
        a.note_sent(T0 + t, 15.0, 240)
    b = codec.loads(codec.dumps(a))
    assert (b.sent, b.newest_tick, b.first_tick, b.tick_s) == (a.sent, a.newest_tick, a.first_tick, a.tick_s)
    assert b.sent.bit_count() == 240
    # no cadence learned (as state saved before these fields restores): no absence until it is learned
    old = codec.loads(codec.dumps(Activity(last_seen=T0 + 10.0)))
    assert old.unusual_silence(T0 + 9999.0, 240, 10, 0.001) is False


def test_the_silence_is_on_metrics_for_prometheus_side_rules() -> None:
    """deploy/prometheus/rules.yml's ServiceAbsent reads sightline_service_silence_seconds."""
    from pipeline.process.findings import FindingsCollector

    cfg = load_config(environ={})
    stats = RollingStats(cfg.process.stats)
    det = Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), stats)
    for now in range(T0, T0 + 1800, 15):  # steady for half an hour, then 10 minutes of silence
        t_ns = now * 10**9
        det.on_stats(stats.update("logs", [{"service.name": "cron", "severity_number": 9, "message": "m",
                                            "time_unix_nano": t_ns, "id": f"r{now}", "attributes": {}}], t_ns))
        det.evaluate(now)
    det.evaluate(T0 + 1800 + 600)
    [family] = [f for f in FindingsCollector(det).collect() if f.name == "sightline_service_silence_seconds"]
    assert [(s.labels, round(s.value)) for s in family.samples] == [({"service": "cron"}, 615)]


def test_records_stamped_long_before_they_arrive_keep_a_service_present() -> None:
    """A shipper an hour behind in its files, or a client whose clock is an hour slow: the records
    keep arriving, so the service is not absent; once they stop, it is, after the threshold."""
    events = absences(list(range(0, 1800, 5)), 1800 + 600, stamped_behind_s=3600)
    assert [status for _, status, _ in events] == ["firing"], events
    assert 1800 + 120 <= events[0][0] <= 1800 + 150, events
