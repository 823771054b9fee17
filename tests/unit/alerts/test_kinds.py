"""One registry of finding kinds: the alert config, the alert schema and the processor read it."""

from __future__ import annotations

import json
from typing import Any, ClassVar

import pytest
from prometheus_client import CollectorRegistry
from pydantic import ValidationError

from pipeline.alerts.config import AlertsConfig
from pipeline.alerts.engine import Condition
from pipeline.config import load_config
from pipeline.process.findings import (
    KINDS,
    SOURCES,
    Findings,
    FindingsCollector,
    Kind,
    Settings,
    Source,
)
from pipeline.process.findings.__main__ import ALERT_SCHEMA, rendered
from pipeline.process.stats import RollingStats


def test_the_alert_json_schema_enumerates_the_registered_kinds() -> None:
    text = ALERT_SCHEMA.read_text(encoding="utf-8")
    assert rendered(text) == text, "run `python -m pipeline.process.findings` (make docs)"
    assert json.loads(text)["properties"]["kind"]["enum"] == list(KINDS)


def test_alert_kinds_of_the_record_schema_are_the_registry() -> None:
    from schemas.records import ALERT_KINDS

    assert ALERT_KINDS == tuple(KINDS)
    assert set(ALERT_KINDS) >= {"threshold", "absent", "error_spike", "anomaly", "new_error_type", "regression"}


def test_alert_config_has_an_entry_per_kind_with_its_own_defaults() -> None:
    detectors = AlertsConfig().detectors
    assert set(detectors) == {name for name, kind in KINDS.items() if kind.alert_defaults is not None}
    assert detectors["error_spike"].severity == "critical" and detectors["anomaly"].severity == "warning"
    assert detectors["regression"].clear_after == 600
    with pytest.raises(ValidationError, match="unknown detector kind no_such_kind: expected one of error_spike"):
        AlertsConfig.model_validate({"detectors": {"no_such_kind": {}}})


def test_every_source_has_a_unique_name_and_kinds() -> None:
    names = [s.name for s in SOURCES]
    assert len(set(names)) == len(names) and all(names)
    # each source declares the kinds it raises, or raises kinds another source declared
    assert all(s.kinds or getattr(s, "raises", ()) for s in SOURCES)
    assert {k for s in SOURCES for k in getattr(s, "raises", ())} <= set(KINDS)


class _Quiet(Source):
    """A throwaway source: one kind, a finding per evaluation for every service it saw."""

    name = "quiet"
    kinds: ClassVar[tuple[Kind, ...]] = (Kind("quiet_test", "test only"),)

    def __init__(self, settings: Settings, ctx: Any) -> None:
        super().__init__(settings, ctx)
        self.seen: dict[str, int] = {}

    def on_records(self, signal: str, records: Any) -> None:
        for record in records:
            service = record["service.name"]
            self.seen[service] = self.seen.get(service, 0) + 1
            self.ctx.touch(service)

    def evaluate(self, now: float) -> list[Condition]:
        return [Condition("quiet_test", "Quiet", s, True, observed=float(n), clear_after_s=60) for s, n in self.seen.items()]

    def save(self, service: str) -> list[tuple[tuple[str, ...], Any]]:
        return [((), self.seen[service])] if service in self.seen else []

    def restore(self, service: str, entry: tuple[str, ...], value: Any) -> bool:
        self.seen[service] = value
        return True

    def forget(self, service: str) -> None:
        self.seen.pop(service, None)

    def services(self) -> list[str]:
        return list(self.seen)


class _Broken(_Quiet):
    name = "broken"

    def on_records(self, signal: str, records: Any) -> None:
        raise RuntimeError("bug")

    def evaluate(self, now: float) -> list[Condition]:
        raise RuntimeError("bug")


def _findings(*sources: type[Source]) -> Findings:
    cfg = load_config(environ={})
    return Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), RollingStats(cfg.process.stats), sources=sources)


def test_a_source_runs_its_state_moves_and_a_failing_one_does_not_stop_the_rest() -> None:
    det = _findings(_Broken, _Quiet)
    det.on_records("logs", [{"service.name": "api"}, {"service.name": "api"}])
    events = det.evaluate(100.0)
    assert [(e["kind"], e["alertname"], e["observed"]) for e in events] == [("quiet_test", "Quiet", 2.0)]
    assert det.failures == {"broken": 2}
    registry = CollectorRegistry()
    registry.register(FindingsCollector(det))
    assert registry.get_sample_value("sightline_finding_source_failures_total", {"source": "broken"}) == 2
    assert registry.get_sample_value("sightline_finding_source_failures_total", {"source": "quiet"}) == 0
    other = _findings(_Quiet)
    assert all(other.load(key, blob) for _, key, blob in det.take_dirty() if b"broken" not in key)
    quiet = other.source(_Quiet)
    assert quiet is not None and quiet.seen == {"api": 2}
    assert other.engine.states  # the open alert moved with the service
    other.forget(["api"])
    assert other.services == set() and not other.engine.states


def test_two_sources_with_one_name_are_refused() -> None:
    with pytest.raises(ValueError, match="'quiet' is taken"):
        _findings(_Quiet, _Quiet)
