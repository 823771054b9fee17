"""Finding sources: what turns the processor's statistics and records into findings.

One module per family, one registry (:data:`SOURCES`) that everything else
reads: the alert config (``alerts.detectors.<kind>`` and its defaults,
:mod:`pipeline.alerts.config`), the alert schema (``kind`` in
:mod:`schemas.records` and ``schemas/jsonschema/alert.json``) and the
processor (:class:`Findings`).

=================  ===================================  ==========================
module             source                               kinds
=================  ===================================  ==========================
``spikes``         :class:`ErrorSpikes`                 ``error_spike``
``anomalies``      :class:`MetricAnomalies`             ``anomaly``
``templates``      :class:`TemplateFindings`            ``new_error_type``, ``regression``
``rules``          :class:`ThresholdRules`              ``threshold``, ``absent``
``promql``         :class:`PromQLRules`                 (``threshold``)
=================  ===================================  ==========================

Adding a finding source
-----------------------
1. Write ``pipeline/process/findings/<family>.py`` with a subclass of
   :class:`Source`: a unique ``name`` (its changelog entries are keyed by it),
   the ``kinds`` it raises (:class:`Kind`: the alert ``kind``, a line of
   description, and the ``alerts.detectors.<kind>`` defaults that differ from
   :class:`~pipeline.alerts.config.DetectorAlertConfig`'s, or ``None`` for no
   such entry), ``__init__(settings, ctx)`` taking the config sections it needs
   from :class:`Settings`, and the calls it needs:

   - ``on_stats(updates)`` / ``on_records(signal, records)``: per batch, fast,
     no I/O; keep what you need per service and call ``ctx.touch(service)``
     when that state changed;
   - ``evaluate(now)``: the :class:`~pipeline.alerts.engine.Condition` list
     found since the last call (every ``alerts.evaluation_interval_s``);
     read the policy with ``settings.policy(kind)`` (``enabled``,
     ``min_score``, ``severity``, ``clear_after``);
   - ``save(service)`` / ``restore(service, entry, value)`` / ``forget(service)``
     / ``services()``: per-service state as picklable values, so it moves with
     the service's partition; ``collect()`` for scrape-time metrics.
2. Add the class to :data:`SOURCES` below (one line, and its import).
3. Run ``make docs``: it regenerates the README's config reference and the
   ``kind`` enum of ``schemas/jsonschema/alert.json`` (a test fails until you do).

Sources run in :data:`SOURCES` order; one that raises is logged and counted
(``sightline_finding_source_failures_total``), the others go on.

Examples
--------
>>> sorted(KINDS)
['absent', 'anomaly', 'error_spike', 'new_error_type', 'regression', 'threshold']
>>> alert_defaults()["error_spike"]
{'severity': 'critical'}
"""

from __future__ import annotations

from typing import Any

from pipeline.process.findings.anomalies import MetricAnomalies
from pipeline.process.findings.base import Activity, Context, FindingSource, Kind, Settings, Source
from pipeline.process.findings.promql import PromQLRules
from pipeline.process.findings.rules import ThresholdRules
from pipeline.process.findings.spikes import ErrorSpikes
from pipeline.process.findings.step import Findings, FindingsCollector, is_main_entry, service_of
from pipeline.process.findings.templates import TemplateFindings

__all__ = [
    "KINDS",
    "SOURCES",
    "Activity",
    "Context",
    "ErrorSpikes",
    "FindingSource",
    "Findings",
    "FindingsCollector",
    "Kind",
    "MetricAnomalies",
    "PromQLRules",
    "Settings",
    "Source",
    "TemplateFindings",
    "ThresholdRules",
    "alert_defaults",
    "is_main_entry",
    "service_of",
]

# The registry: every finding source the processor runs, in evaluation order.
SOURCES: tuple[type[Source], ...] = (
    ErrorSpikes,
    MetricAnomalies,
    TemplateFindings,
    ThresholdRules,
    PromQLRules,
)


def _kinds() -> dict[str, Kind]:
    out: dict[str, Kind] = {}
    for source in SOURCES:
        for kind in source.kinds:
            if kind.name in out:
                raise ValueError(f"finding kind {kind.name!r} is declared twice ({source.__name__})")
            out[kind.name] = kind
    return out


KINDS: dict[str, Kind] = _kinds()


def alert_defaults() -> dict[str, dict[str, Any]]:
    """Per kind with an ``alerts.detectors`` entry: its defaults that differ from the generic ones."""
    return {name: dict(kind.alert_defaults) for name, kind in KINDS.items() if kind.alert_defaults is not None}
