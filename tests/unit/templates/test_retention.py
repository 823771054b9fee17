"""The template cap and expiry, through the processor's template findings (issue #17)."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from pipeline.config import load_config
from pipeline.process.findings import Findings, Settings, TemplateFindings
from pipeline.process.stats import RollingStats

T0 = 1_790_000_000.0


def findings(**env: str) -> tuple[Findings, TemplateFindings]:
    cfg = load_config(environ={"SIGHTLINE_TEMPLATES__WARMUP_SECONDS": "0", **env})
    det = Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), RollingStats(cfg.process.stats))
    source = det.source(TemplateFindings)
    assert source is not None
    return det, source


def error_log(seconds: float, message: str, service: str) -> dict[str, Any]:
    return {"service.name": service, "severity_number": 17, "message": message, "attributes": {},
            "time_unix_nano": int((T0 + seconds) * 1e9), "id": f"{service}-{seconds}"}


def metric(source: TemplateFindings, name: str, service: str) -> float:
    for family in source.collect():
        for sample in family.samples:
            if sample.name == name and sample.labels.get("service") == service:
                return float(sample.value)
    raise AssertionError(f"no {name} for {service}")


def test_templates_of_a_service_that_went_away_expire() -> None:
    det, source = findings(SIGHTLINE_TEMPLATES__EXPIRE_AFTER_SECONDS="100")
    det.on_records("logs", [error_log(1, "ledger write timed out", "billing"),
                            error_log(2, "ledger replica lagging behind", "billing"),
                            error_log(150, "stock count negative for sku", "inventory"),
                            error_log(5, "stock reservation expired early", "inventory")])
    det.evaluate(T0 + 200)
    assert "billing" not in source.state  # nothing for 199 s: gone
    inventory = source.state["inventory"].miner
    assert [t.text for t in inventory.templates()] == ["stock count negative for sku"]
    assert inventory.expired == 1


def test_no_expiry_when_switched_off() -> None:
    det, source = findings(SIGHTLINE_TEMPLATES__EXPIRE_AFTER_SECONDS="0")
    det.on_records("logs", [error_log(1, "ledger write timed out", "billing")])
    det.evaluate(T0 + 10**7)
    assert len(source.state["billing"].miner) == 1


def test_the_cap_is_counted_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    det, source = findings(SIGHTLINE_TEMPLATES__MAX_TEMPLATES="2")
    messages = ["disk quota exceeded", "printer jammed twice", "token bucket empty", "handshake aborted early"]
    with caplog.at_level(logging.WARNING, logger="sightline.templates"):
        det.on_records("logs", [error_log(i, m, "edge") for i, m in enumerate(messages)])
    assert len(source.state["edge"].miner) <= 2
    assert metric(source, "sightline_templates_evicted_total", "edge") >= 2
    assert metric(source, "sightline_templates_expired_total", "edge") == 0
    assert any("edge" in r.getMessage() and "max_templates" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    ("key", "value", "says"),
    [
        ("SIGHTLINE_TEMPLATES__MAX_TEMPLATES", "-1", "templates.max_templates"),
        ("SIGHTLINE_TEMPLATES__EXPIRE_AFTER_SECONDS", "soon", "templates.expire_after_seconds"),
    ],
)
def test_bad_cap_or_expiry_is_refused_naming_the_key(key: str, value: str, says: str) -> None:
    from pipeline.config import ConfigError

    with pytest.raises(ConfigError, match=says):
        load_config(environ={key: value})


def test_the_configured_cap_reaches_the_miner() -> None:
    cfg = load_config(environ={"SIGHTLINE_TEMPLATES__MAX_TEMPLATES": "3"})
    miner = cfg.templates.miner("edge")
    for message in ("disk quota exceeded", "printer jammed twice", "token bucket empty",
                    "handshake aborted early", "replica fell behind", "cache warmed slowly"):
        miner.add(message)
    assert len(miner) <= 3
    assert miner.evicted == 3
