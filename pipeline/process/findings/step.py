"""The processor's finding step: runs every registered finding source, feeds the alert engine,
saves and restores their state.  Pure: no Kafka.

:class:`Findings` subscribes to every batch's statistics updates and records
(:meth:`Findings.on_stats`, :meth:`Findings.on_records`), is evaluated every
``alerts.evaluation_interval_s`` (:meth:`Findings.evaluate`), and hands out
the per-service state that changed (:meth:`Findings.take_dirty`) as changelog
entries keyed ``service␟part[␟item…]`` (``␟`` = U+001F):

- ``service␟activity``: when the service last sent anything, recent error samples;
- ``service␟alerts``: the alert engine's state of the service's alerts;
- ``service␟<source>`` and ``service␟<source>␟<item…>``: what each source's
  :meth:`~pipeline.process.findings.base.FindingSource.save` gives.

Values are data, not pickles (:mod:`pipeline.process.findings.codec`: versioned
JSON of numbers, strings, lists and the state classes of the detectors and
sources), so write access to the changelog is not code execution;
:meth:`Findings.load` adopts them on the processor that takes the service's
partition over.  An entry an older processor wrote as a pickle is not read
(never unpickled): it is logged and that state starts fresh.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from pipeline.alerts.engine import AlertEngine, AlertState, Condition
from pipeline.log import get_logger
from pipeline.process.findings import codec
from pipeline.process.findings.base import (
    EVIDENCE,
    Activity,
    Context,
    Settings,
    Source,
    absence_ticks,
)

if TYPE_CHECKING:
    from pipeline.process.stats import RollingStats, StatsUpdate

__all__ = ["Findings", "FindingsCollector", "service_of"]

log = get_logger("process")
_SEP = "\x1f"
_OTHER = "other"  # pipeline.process.stats.OTHER
S = TypeVar("S", bound=Source)


def _key(service: str, *parts: str) -> bytes:
    return _SEP.join((service, *parts)).encode()


def service_of(raw_key: bytes) -> str:
    """The service a finding-state key belongs to.

    >>> service_of(b"checkout\\x1fspikes")
    'checkout'
    """
    return raw_key.decode().split(_SEP, 1)[0]


def is_main_entry(raw_key: bytes) -> bool:
    """Whether a key names a whole part of a service's state (not one item saved on its own).

    >>> is_main_entry(b"checkout\\x1ftemplates"), is_main_entry(b"checkout\\x1fanomalies\\x1fop:x:\\x1fp95\\x1fA")
    (True, False)
    """
    return raw_key.count(_SEP.encode()) == 1


class Findings:
    """Every finding source of ``sources`` (default: the registry), one alert engine.

    Parameters
    ----------
    settings
        The config sections the sources read (``detectors``, ``templates``, ``alerts``).
    stats
        The processor's rolling statistics (read at evaluation time).
    index_prefix
        Elasticsearch index prefix, for the search links in alerts.
    sources
        The source classes to run, in evaluation order; default
        :data:`pipeline.process.findings.SOURCES`.
    """

    def __init__(
        self,
        settings: Settings,
        stats: RollingStats,
        index_prefix: str = "sightline",
        sources: Sequence[type[Source]] | None = None,
    ) -> None:
        if sources is None:
            from pipeline.process.findings import SOURCES

            sources = SOURCES
        self.settings = settings
        self.stats = stats
        self.engine = AlertEngine(settings.alerts, index_prefix)
        self.ctx = Context(stats, self.engine)
        self._tick_s = settings.alerts.evaluation_interval_s  # a service's cadence is kept in these ticks
        self._history = absence_ticks(settings.alerts)
        self.sources: dict[str, Source] = {}
        for cls in sources:
            if cls.name in self.sources or cls.name in ("activity", "alerts"):
                raise ValueError(f"finding source name {cls.name!r} is taken")
            self.sources[cls.name] = cls(settings, self.ctx)
        self.failures: dict[str, int] = {}  # source name → exceptions it raised (logged, not raised)
        self._unwritable: set[str] = set()  # kinds of state entry the codec refused (logged once)
        self.refused_entries = 0  # changelog entries not read (old pickles, malformed): started fresh

    def source(self, cls: type[S]) -> S | None:
        """The running instance of source class ``cls`` (``None`` if it is not registered)."""
        got = self.sources.get(cls.name)
        return got if isinstance(got, cls) else None

    @property
    def services(self) -> set[str]:
        """Services with any finding state here."""
        out = set(self.ctx.activity)
        for source in self.sources.values():
            out.update(source.services())
        return out

    # -- hooks (called per batch) -------------------------------------------------------------
    def on_stats(self, updates: Sequence[StatsUpdate]) -> None:
        """Note who is alive and keep error samples, then hand the updates to every source."""
        for update in updates:
            key = update.key
            if key.service == _OTHER:
                continue
            activity = self.ctx.activity_of(key.service)
            self.ctx.touch(key.service)
            activity.last_seen = max(activity.last_seen, update.time_ns / 1e9)
            # its cadence by arrival: records replayed late or stamped by a clock behind still say it is alive
            received = update.received_ns / 1e9 if update.received_ns else update.time_ns / 1e9
            activity.last_received = max(activity.last_received, received)
            activity.note_sent(received, self._tick_s, self._history)
            if key.kind == "err" and update.errors > 0:
                ids, traces = activity.evidence.get(key.name, ([], []))
                activity.evidence[key.name] = (
                    (ids + update.record_ids)[-EVIDENCE:],
                    (traces + update.trace_ids)[-EVIDENCE:],
                )
        for source in self.sources.values():
            try:
                source.on_stats(updates)
            except Exception:
                self._failed(source, "on_stats")
                self._one_by_one(source, "on_stats", [([u],) for u in updates] if len(updates) > 1 else [])

    def on_records(self, signal: str, records: Sequence[dict[str, Any]]) -> None:
        """Hand a batch's records (redacted, with ids) to every source.

        A source that raises on the batch gets it again one record at a time,
        so the record it cannot take costs only itself (records it took before
        raising may be seen twice: a template counted once more).
        """
        for source in self.sources.values():
            try:
                source.on_records(signal, records)
            except Exception:
                self._failed(source, "on_records")
                self._one_by_one(source, "on_records", [(signal, [r]) for r in records] if len(records) > 1 else [])

    def _one_by_one(self, source: Source, what: str, calls: list[tuple[Any, ...]]) -> None:
        """The failed call again, one record (or update) at a time; those that fail again are skipped
        (the batch's failure is the one counted and logged)."""
        method = getattr(source, what)
        for args in calls:
            try:
                method(*args)
            except Exception:
                continue

    def _failed(self, source: Source, what: str) -> None:
        self.failures[source.name] = self.failures.get(source.name, 0) + 1
        log.exception("finding source failed", extra={"source": source.name, "call": what})

    # -- periodic evaluation --------------------------------------------------------------
    def evaluate(self, now: float) -> list[dict[str, Any]]:
        """Every source's findings through the alert engine; returns the alert events."""
        conditions: list[Condition] = []
        for source in self.sources.values():
            try:
                conditions.extend(source.evaluate(now))
            except Exception:
                self._failed(source, "evaluate")
        events = []
        for condition in conditions:
            try:
                events.extend(self.engine.observe(condition, now))
            except Exception:  # one odd finding costs itself, not the cycle's other alerts
                self.failures["alerts"] = self.failures.get("alerts", 0) + 1
                log.exception("alert engine refused a finding", extra={"alertname": condition.alertname})
        events.extend(self.engine.tick(now))
        self.ctx.dirty.update(c.service for c in conditions if c.active)
        self.ctx.dirty.update(e["service.name"] for e in events)
        return events

    # -- state for the changelog ----------------------------------------------------------
    def take_dirty(self) -> list[tuple[str, bytes, bytes]]:
        """``(service, key, blob)`` for state changed since the last call (:func:`codec.dumps` blobs)."""
        out: list[tuple[str, bytes, bytes]] = []
        known = self.services
        alerts: dict[str, dict[str, AlertState]] = {}
        for fp, st in self.engine.states.items():
            alerts.setdefault(st.condition.service, {})[fp] = st
        for service in sorted(self.ctx.dirty):
            if service not in known:
                continue
            entries: list[tuple[tuple[str, ...], Any]] = [(("alerts",), alerts.get(service, {}))]
            activity = self.ctx.activity.get(service)
            if activity is not None:
                entries.append((("activity",), activity))
            for name, source in self.sources.items():
                entries.extend(((name, *item), value) for item, value in source.save(service))
            for parts, value in entries:
                key = _key(service, *parts)
                try:
                    out.append((service, key, codec.dumps(value)))
                except (TypeError, ValueError) as exc:
                    # a state the codec does not write (the ``hst`` detector's river model has no
                    # data form): counted each time, logged once per kind of entry, relearnt after
                    # a restart or a takeover
                    self.failures["state"] = self.failures.get("state", 0) + 1
                    if parts[0] not in self._unwritable:
                        self._unwritable.add(parts[0])
                        log.warning(
                            "finding state not written: it is relearnt after a restart or takeover",
                            extra={"entry": key.decode(errors="replace"), "reason": str(exc)},
                        )
        self.ctx.dirty.clear()
        return out

    def load(self, raw_key: bytes, blob: bytes) -> bool:
        """Adopt state written by :meth:`take_dirty` (a partition taken over); ``False`` if unusable."""
        try:
            service, part, *item = raw_key.decode().split(_SEP)
        except ValueError:
            return False
        try:
            value = codec.loads(blob)
        except codec.StateError as exc:
            self.refused_entries += 1
            log.warning(
                "finding state entry not read; it starts fresh",
                extra={"entry": raw_key.decode(errors="replace"), "reason": str(exc)},
            )
            return False
        try:
            return self._adopt(service, part, tuple(item), value)
        except Exception:  # well-formed data of the wrong shape for its source
            self.refused_entries += 1
            log.exception("finding state entry not adopted", extra={"entry": raw_key.decode(errors="replace")})
            return False

    def _adopt(self, service: str, part: str, item: tuple[str, ...], value: Any) -> bool:
        if part == "activity":
            if not isinstance(value, Activity):
                return False
            self.ctx.activity[service] = value
            return True
        if part == "alerts":
            if not isinstance(value, dict) or not all(isinstance(v, AlertState) for v in value.values()):
                return False
            self.engine.states.update(value)
            return True
        source = self.sources.get(part)
        return source is not None and source.restore(service, item, value)

    def forget(self, services: Iterable[str]) -> None:
        """Drop the state of services whose partitions moved to another processor."""
        for service in set(services):
            self.ctx.activity.pop(service, None)
            self.ctx.dirty.discard(service)
            for source in self.sources.values():
                source.forget(service)
            for fp in [fp for fp, st in self.engine.states.items() if st.condition.service == service]:
                del self.engine.states[fp]


class FindingsCollector:
    """Every source's scrape-time metrics (scores, template counts) and the alerts firing now."""

    def __init__(self, findings: Findings) -> None:
        self.findings = findings

    def describe(self) -> list[Any]:
        return []

    def collect(self) -> Iterable[Any]:
        from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

        out: list[Any] = []
        failures = CounterMetricFamily(
            "sightline_finding_source_failures",
            "Exceptions a finding source raised (logged; the batch and the other sources go on), by source.",
            labels=["source"],
        )
        nonfinite = CounterMetricFamily(
            "sightline_finding_nonfinite_skipped",
            "NaN or infinite values a finding source left out (never handed to a detector or rule), by source.",
            labels=["source"],
        )
        ctx = self.findings.ctx
        for name, source in self.findings.sources.items():
            out.extend(source.collect())
            failures.add_metric([name], self.findings.failures.get(name, 0) + getattr(source, "detector_failures", 0))
            nonfinite.add_metric([name], ctx.nonfinite.get(name, 0))
        if "alerts" in self.findings.failures:
            failures.add_metric(["alerts"], self.findings.failures["alerts"])
        out.extend((failures, nonfinite))
        firing = GaugeMetricFamily(
            "sightline_alerts_firing", "Alerts firing now, by service, alert name and severity.",
            labels=["service", "alertname", "severity"],
        )
        counts: dict[tuple[str, str, str], int] = {}
        for st in self.findings.engine.states.values():
            if st.status == "firing":
                c = st.condition
                k = (c.service, c.alertname, c.severity)
                counts[k] = counts.get(k, 0) + 1
        for labels, n in sorted(counts.items()):
            firing.add_metric(list(labels), n)
        out.append(firing)
        return out
