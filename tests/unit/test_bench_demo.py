"""The demo check's verdict from a list of alert events."""

from __future__ import annotations

from pipeline.bench.demo import judge


def event(alertname: str, service: str, status: str) -> dict:
    return {"alertname": alertname, "service.name": service, "status": status}


GOOD = [
    (185.0, event("ErrorSpike", "checkout", "firing")),
    (420.0, event("ErrorSpike", "checkout", "resolved")),
    (340.0, event("LatencyAnomaly", "payments", "firing")),
    (700.0, event("LatencyAnomaly", "payments", "resolved")),
    (490.0, event("NewErrorType", "inventory", "firing")),
]


def test_every_incident_alerted_and_a_quiet_baseline_pass() -> None:
    verdict = judge(GOOD, 180.0, (30, 0), minutes=17)
    assert verdict.ok, verdict.lines
    assert "ErrorSpike fired 5 s after the start, resolved 120 s after the end" in "\n".join(verdict.lines)


def test_a_page_during_warm_up_a_missed_incident_or_a_leak_fail() -> None:
    noisy = [(60.0, event("HighErrorRatio", "payments", "firing")), *GOOD]
    assert not judge(noisy, 180.0, (30, 0), minutes=17).ok
    missed = [e for e in GOOD if e[1]["alertname"] != "NewErrorType"]
    assert not judge(missed, 180.0, (30, 0), minutes=17).ok
    assert not judge(GOOD, 180.0, (30, 2), minutes=17).ok
    assert not judge(GOOD, 180.0, (0, 0), minutes=17).ok  # the secret lines never arrived


def test_an_alert_that_never_resolves_fails_only_when_the_run_was_long_enough() -> None:
    unresolved = [e for e in GOOD if not (e[1]["alertname"] == "ErrorSpike" and e[1]["status"] == "resolved")]
    assert not judge(unresolved, 180.0, (30, 0), minutes=17).ok
    assert judge(unresolved, 180.0, (30, 0), minutes=8).ok
