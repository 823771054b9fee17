"""The finding-source contract: :class:`Kind`, :class:`FindingSource`, :class:`Source`, :class:`Context`.

A finding source turns the processor's statistics or records into findings
(:class:`~pipeline.alerts.engine.Condition`).  It keeps per-service state that
moves with the service's partition: :meth:`FindingSource.save` hands out what
changed, :meth:`FindingSource.restore` takes it back on another processor.
No Kafka, no clock: the caller passes ``now``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar, runtime_checkable

from pipeline.alerts.engine import AlertEngine, Condition

if TYPE_CHECKING:
    from detectors.config import DetectorsConfig
    from detectors.templates.config import TemplatesConfig
    from pipeline.alerts.config import AlertsConfig, DetectorAlertConfig
    from pipeline.process.stats import RollingStats, StatsUpdate

__all__ = ["EVIDENCE", "Activity", "Context", "FindingSource", "Kind", "PerService", "Settings", "Source", "finite"]

T = TypeVar("T")

EVIDENCE = 10  # sample record ids and trace ids kept per error type


@dataclass(frozen=True)
class Kind:
    """One kind of finding: the ``kind`` of the alerts it raises.

    Parameters
    ----------
    name
        The alert event's ``kind`` (``error_spike``); also its key under ``alerts.detectors``.
    description
        One line for the docs.
    alert_defaults
        What differs from :class:`~pipeline.alerts.config.DetectorAlertConfig`'s
        defaults for this kind (``{"severity": "critical"}``); ``None`` when the
        kind has no ``alerts.detectors`` entry (threshold rules carry their own
        severity and duration).
    """

    name: str
    description: str
    alert_defaults: Mapping[str, Any] | None = field(default_factory=dict)


@dataclass(frozen=True)
class Settings:
    """The config sections finding sources read (each source takes the ones it needs)."""

    detectors: DetectorsConfig
    templates: TemplatesConfig
    alerts: AlertsConfig

    def policy(self, kind: str) -> DetectorAlertConfig:
        """When a finding of ``kind`` becomes an alert (``alerts.detectors.<kind>``)."""
        return self.alerts.detectors[kind]


@dataclass
class Activity:
    """What every source may read about one service: when it last sent anything, recent error samples.

    ``last_seen``: the newest event time of its records; ``last_received``: when its newest batch
    was counted (processing time), which absence is measured from.
    """

    last_seen: float = 0.0
    last_received: float = 0.0
    evidence: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)
    # Its cadence: bit i of ``sent`` is set when it sent anything in tick ``newest_tick - i`` (ticks of
    # ``tick_s`` seconds, the evaluation interval), over at most ``history`` ticks; ``first_tick``: the
    # first it sent in.  Class-level defaults, so state saved before these fields restores.
    sent: int = 0
    newest_tick: int = -1
    first_tick: int = -1
    tick_s: float = 0.0

    def note_sent(self, t: float, tick_s: float, history: int) -> None:
        """Mark the tick holding time ``t`` (seconds) as one the service sent in.

        >>> a = Activity()
        >>> for t in (0, 5, 20, 61): a.note_sent(t, 15.0, 240)
        >>> bin(a.sent), a.newest_tick, a.first_tick
        ('0b11001', 4, 0)
        """
        tick = int(t // tick_s)
        newest = self.newest_tick
        if tick == newest and self.tick_s == tick_s:
            return
        if self.tick_s != tick_s or newest < 0:  # the first time, or the interval changed: start over
            self.sent, self.newest_tick, self.first_tick, self.tick_s = 1, tick, tick, tick_s
        elif tick > newest:
            shift = tick - newest
            self.sent = ((self.sent << shift) | 1) & ((1 << history) - 1) if shift < history else 1
            self.newest_tick = tick
        elif newest - tick < history:  # late records: their tick, if still in the history
            self.sent |= 1 << (newest - tick)
            self.first_tick = min(self.first_tick, tick)

    def silence(self, now: float) -> float:
        """Seconds since the service's records last arrived (:attr:`last_received`; :attr:`last_seen`
        for state saved before arrival was kept)."""
        return max(0.0, now - (self.last_received or self.last_seen))

    def unusual_silence(self, now: float, history: int, min_sends: int, max_chance: float) -> bool:
        """Whether the silence since the service's records last arrived is unusual at its own cadence.

        The cadence is the share ``q`` of the ticks of its history (up to its newest) it sent in;
        ``k`` silent ticks have the chance ``(1 - q) ** k``.  Never with fewer than ``min_sends``
        ticks sent in.

        >>> a = Activity()
        >>> for t in range(0, 900, 15): a.note_sent(t, 15.0, 240)   # every tick for 15 minutes
        >>> a.last_received = 885.0
        >>> a.unusual_silence(885.0 + 30, 240, 10, 0.001), a.unusual_silence(885.0 + 130, 240, 10, 0.001)
        (True, True)
        >>> b = Activity()
        >>> for t in range(0, 3600, 300): b.note_sent(t, 15.0, 240)   # once in 5 minutes, an hour
        >>> b.last_received = 3300.0
        >>> b.unusual_silence(3300.0 + 1200, 240, 10, 0.001), b.unusual_silence(3300.0 + 2400, 240, 10, 0.001)
        (False, True)
        """
        sends = self.sent.bit_count()
        if sends < min_sends or self.tick_s <= 0:
            return False
        known = min(history, self.newest_tick - self.first_tick + 1)
        share = sends / known
        if share >= 1.0:
            return True
        silent_ticks = self.silence(now) / self.tick_s
        return bool(silent_ticks * math.log1p(-share) <= math.log(max_chance))

    def samples(self, error_type: str | None) -> tuple[list[str], list[str]]:
        """Recent error record ids and trace ids: of one error type, or of all (``None``).

        >>> a = Activity(evidence={"KeyError": (["r1"], ["t1"]), "Timeout": (["r2"], [])})
        >>> a.samples("KeyError"), a.samples(None)
        ((['r1'], ['t1']), (['r1', 'r2'], ['t1']))
        """
        if error_type is not None:
            return self.evidence.get(error_type, ([], []))
        ids = [i for pair in self.evidence.values() for i in pair[0]][-EVIDENCE:]
        traces = [t for pair in self.evidence.values() for t in pair[1]][-EVIDENCE:]
        return ids, traces


def absence_ticks(alerts: AlertsConfig) -> int:
    """How many evaluation intervals a service's cadence covers (``alerts.absence.history``).

    >>> from pipeline.alerts.config import AlertsConfig
    >>> absence_ticks(AlertsConfig())
    240
    """
    return max(1, round(alerts.absence.history / alerts.evaluation_interval_s))


def finite(value: float) -> bool:
    """Whether ``value`` is a number a detector or a rule may see (not NaN, not infinite).

    >>> finite(1.5), finite(float("nan")), finite(float("-inf"))
    (True, False, False)
    """
    return value - value == 0.0


@dataclass
class Context:
    """What the finding step shares with its sources.

    ``stats`` are the rolling statistics (read them at evaluation time),
    ``engine`` the alert engine (to ask whether an alert is already open),
    ``activity`` per service.  A source calls :meth:`touch` whenever it changes
    a service's state, so that state is saved to the changelog.
    """

    stats: RollingStats
    engine: AlertEngine
    activity: dict[str, Activity] = field(default_factory=dict)
    dirty: set[str] = field(default_factory=set)
    # source name → values left out because they were NaN or infinite (never handed to a detector or rule)
    nonfinite: dict[str, int] = field(default_factory=dict)

    def skip_nonfinite(self, source: str, n: int = 1) -> None:
        """Count ``n`` NaN or infinite values ``source`` left out."""
        self.nonfinite[source] = self.nonfinite.get(source, 0) + n

    def touch(self, service: str) -> None:
        """Mark ``service``'s state as changed (saved at the next :meth:`Findings.take_dirty`)."""
        self.dirty.add(service)

    def activity_of(self, service: str) -> Activity:
        got = self.activity.get(service)
        if got is None:
            got = self.activity[service] = Activity()
        return got


@runtime_checkable
class FindingSource(Protocol):
    """What the finding step calls; :class:`Source` gives every method but :meth:`evaluate` a default."""

    name: ClassVar[str]
    kinds: ClassVar[tuple[Kind, ...]]

    def on_stats(self, updates: Sequence[StatsUpdate]) -> None:
        """A batch's statistics updates (counts, error samples), after they were counted."""

    def on_records(self, signal: str, records: Sequence[dict[str, Any]]) -> None:
        """A batch's records, redacted and with their ids."""

    def evaluate(self, now: float) -> list[Condition]:
        """Findings since the last call plus those due at ``now`` (every ``alerts.evaluation_interval_s``)."""

    def save(self, service: str) -> Iterable[tuple[tuple[str, ...], Any]]:
        """``(entry, picklable value)`` for a service whose state changed: ``()`` names the source's
        main entry (skipped on recovery when the service is live here), longer tuples items saved on
        their own (only those that changed)."""

    def restore(self, service: str, entry: tuple[str, ...], value: Any) -> bool:
        """Adopt what :meth:`save` gave for ``service`` (another processor's); ``False`` if unusable."""

    def forget(self, service: str) -> None:
        """Drop a service whose partition moved to another processor."""

    def services(self) -> Iterable[str]:
        """The services this source holds state for."""

    def collect(self) -> Iterable[Any]:
        """Prometheus metric families read at scrape time (scores, counts)."""


class Source:
    """Convenience base for a :class:`FindingSource`: no state, nothing to collect.

    A subclass sets :attr:`name` and :attr:`kinds`, takes its config sections in
    ``__init__(settings, ctx)`` and implements :meth:`evaluate` and the hooks it needs.
    """

    name: ClassVar[str] = ""
    kinds: ClassVar[tuple[Kind, ...]] = ()

    def __init__(self, settings: Settings, ctx: Context) -> None:
        self.settings = settings
        self.ctx = ctx

    def on_stats(self, updates: Sequence[StatsUpdate]) -> None:
        return None

    def on_records(self, signal: str, records: Sequence[dict[str, Any]]) -> None:
        return None

    def evaluate(self, now: float) -> list[Condition]:
        raise NotImplementedError

    def save(self, service: str) -> Iterable[tuple[tuple[str, ...], Any]]:
        return ()

    def restore(self, service: str, entry: tuple[str, ...], value: Any) -> bool:
        return False

    def forget(self, service: str) -> None:
        return None

    def services(self) -> Iterable[str]:
        return ()

    def collect(self) -> Iterable[Any]:
        return ()


class PerService(Source, Generic[T]):
    """A :class:`Source` whose state is one picklable value per service, saved as its main entry.

    A subclass sets :attr:`state_type` and keeps ``self.state[service]``;
    save, restore, forget and services come with it.
    """

    state_type: ClassVar[type[Any]] = object

    def __init__(self, settings: Settings, ctx: Context) -> None:
        super().__init__(settings, ctx)
        self.state: dict[str, T] = {}

    def save(self, service: str) -> Iterable[tuple[tuple[str, ...], Any]]:
        value = self.state.get(service)
        return [((), value)] if value is not None else []

    def restore(self, service: str, entry: tuple[str, ...], value: Any) -> bool:
        if entry or not isinstance(value, self.state_type):
            return False
        self.state[service] = value
        return True

    def forget(self, service: str) -> None:
        self.state.pop(service, None)

    def services(self) -> Iterable[str]:
        return self.state


def _satisfies_protocol(source: Source) -> FindingSource:
    return source  # mypy checks that Source implements FindingSource
