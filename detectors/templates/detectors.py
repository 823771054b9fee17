"""New-error-type and regression detectors over mined templates.

Both follow the project's detector protocol (River style): constructor keyword
arguments are the parameters, ``learn_one`` / ``score_one`` with a score in
[0, 1], no I/O, deterministic, picklable.  Their input ``x`` is one record's
template, as a mapping::

    {"service": "checkout", "template_id": "T3f2...", "template": "Timeout after <DUR>",
     "record_id": "r-17", "trace_id": "4bf9..."}

and ``t`` is the record's time in seconds since the epoch (when ``t`` is None
the detectors count records instead, so durations are in records).
:meth:`update` scores, learns and returns a :class:`Finding` for the alert
engine when the record is one; each event is reported once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from detectors.base import Parameterised

__all__ = ["Finding", "NewErrorType", "Regression", "TemplateDetector"]


@dataclass(frozen=True, slots=True)
class Finding:
    """What a template detector reports to the alert engine.

    Attributes
    ----------
    kind
        ``"new_error_type"`` or ``"regression"``.
    service
        The service (``service.name``) whose logs carry the template.
    template_id, template
        The template's stable id and its text with typed wildcards.
    score
        The detector's score (1.0 for a finding).
    first_seen, last_seen
        First time the template was seen and the time of this record.
    quiet_for
        For a regression, how long the template had been absent (seconds).
    sample_record_ids, sample_trace_ids
        Evidence: this record first, then earlier ones.
    """

    kind: str
    service: str
    template_id: str
    template: str
    score: float
    first_seen: float
    last_seen: float
    quiet_for: float | None = None
    sample_record_ids: tuple[str, ...] = ()
    sample_trace_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain-data form for the alert topic."""
        return {
            "kind": self.kind,
            "service": self.service,
            "template_id": self.template_id,
            "template": self.template,
            "score": self.score,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "quiet_for": self.quiet_for,
            "sample_record_ids": list(self.sample_record_ids),
            "sample_trace_ids": list(self.sample_trace_ids),
        }


@dataclass(slots=True)
class _Seen:
    first: float
    last: float
    records: list[str] = field(default_factory=list)
    traces: list[str] = field(default_factory=list)


class TemplateDetector(Parameterised):
    """Shared machinery: parameters, ``clone``, ``repr``, per-service state."""

    #: Short name under which the detector is registered.
    name: ClassVar[str] = ""

    max_samples: int

    def __init__(self) -> None:
        self._clock = 0.0
        self._services: dict[str, float] = {}
        self._seen: dict[str, dict[str, _Seen]] = {}

    def _now(self, t: float | None) -> float:
        # Without a time, the n-th record is at time n.
        return float(t) if t is not None else self._clock + 1.0

    def observe_service(self, service: str, t: float) -> None:
        """Note that ``service`` sent something at ``t`` (any record: warm-up starts at its first)."""
        self._services.setdefault(service, t)

    def learn_one(self, x: Mapping[str, Any], t: float | None = None) -> None:
        """Remember that ``x``'s template was seen at ``t``."""
        now = self._now(t)
        if t is None:
            self._clock = now
        service = str(x["service"])
        self._services.setdefault(service, now)
        templates = self._seen.setdefault(service, {})
        tid = str(x["template_id"])
        seen = templates.get(tid)
        if seen is None:
            seen = templates[tid] = _Seen(now, now)
        seen.last = max(seen.last, now)
        seen.first = min(seen.first, now)
        record, trace = x.get("record_id"), x.get("trace_id")
        if record is not None and len(seen.records) < self.max_samples:
            seen.records.append(str(record))
        if trace is not None and len(seen.traces) < self.max_samples:
            seen.traces.append(str(trace))

    def score_one(self, x: Mapping[str, Any], t: float | None = None) -> float:  # pragma: no cover
        raise NotImplementedError

    def _finding(
        self, kind: str, x: Mapping[str, Any], now: float, seen: _Seen | None, score: float
    ) -> Finding:
        records = [str(x["record_id"])] if x.get("record_id") is not None else []
        traces = [str(x["trace_id"])] if x.get("trace_id") is not None else []
        if seen is not None:
            records += [r for r in seen.records if r not in records]
            traces += [tr for tr in seen.traces if tr not in traces]
        return Finding(
            kind=kind,
            service=str(x["service"]),
            template_id=str(x["template_id"]),
            template=str(x.get("template", "")),
            score=score,
            first_seen=seen.first if seen is not None else now,
            last_seen=now,
            quiet_for=(now - seen.last) if (seen is not None and kind == "regression") else None,
            sample_record_ids=tuple(records[: self.max_samples]),
            sample_trace_ids=tuple(traces[: self.max_samples]),
        )

    def update(self, x: Mapping[str, Any], t: float | None = None) -> Finding | None:
        """Score ``x``, learn it, and return a finding when it is one."""
        raise NotImplementedError  # pragma: no cover


class NewErrorType(TemplateDetector):
    """Flags a template never seen before, once the service is past warm-up.

    During the first ``warmup`` seconds after a service's first record every
    template is new, so nothing is flagged; after that, the first record of a
    template the service never logged before scores 1.0 (once).

    Parameters
    ----------
    warmup
        Seconds after a service's first record during which nothing is flagged.
    max_samples
        Sample record ids and trace ids kept per template.

    Examples
    --------
    >>> det = NewErrorType(warmup=300.0)
    >>> rec = {"service": "api", "template_id": "T1", "template": "GET <PATH> <NUM>"}
    >>> det.update(rec, t=0.0) is None          # first record: warm-up starts
    True
    >>> boom = {"service": "api", "template_id": "T2", "template": "Timeout after <DUR>",
    ...         "record_id": "r9", "trace_id": "ab12"}
    >>> det.score_one(boom, t=100.0)             # still warming up
    0.0
    >>> f = det.update(boom, t=400.0)
    >>> f.kind, f.template_id, f.sample_record_ids
    ('new_error_type', 'T2', ('r9',))
    >>> det.update(boom, t=401.0) is None        # fires once
    True
    """

    name: ClassVar[str] = "new_error_type"

    def __init__(self, warmup: float = 300.0, max_samples: int = 5) -> None:
        super().__init__()
        self.warmup = warmup
        self.max_samples = max_samples

    def score_one(self, x: Mapping[str, Any], t: float | None = None) -> float:
        """1.0 if ``x``'s template is new for a warmed-up service, else 0.0."""
        now = self._now(t)
        service = str(x["service"])
        started = self._services.get(service)
        if started is None or now - started < self.warmup:
            return 0.0
        if str(x["template_id"]) in self._seen.get(service, {}):
            return 0.0
        return 1.0

    def update(self, x: Mapping[str, Any], t: float | None = None) -> Finding | None:
        """Score ``x``, learn it, and return a finding for a new template."""
        score = self.score_one(x, t)
        now = self._now(t)
        self.learn_one(x, t)
        if score < 1.0:
            return None
        return self._finding("new_error_type", x, now, None, score)


class Regression(TemplateDetector):
    """Flags a template that returns after ``quiet`` seconds without records.

    Parameters
    ----------
    quiet
        Seconds of absence after which a template's return is a regression.
    max_samples
        Sample record ids and trace ids kept per template.

    Examples
    --------
    >>> det = Regression(quiet=3600.0)
    >>> err = {"service": "api", "template_id": "T7", "template": "disk <PATH> full",
    ...        "record_id": "r1"}
    >>> det.update(err, t=0.0) is None
    True
    >>> det.update({**err, "record_id": "r2"}, t=60.0) is None   # not quiet long enough
    True
    >>> f = det.update({**err, "record_id": "r3"}, t=10_000.0)
    >>> f.kind, f.quiet_for, f.sample_record_ids
    ('regression', 9940.0, ('r3', 'r1', 'r2'))
    >>> det.update({**err, "record_id": "r4"}, t=10_001.0) is None  # fires once
    True
    """

    name: ClassVar[str] = "regression"

    def __init__(self, quiet: float = 86400.0, max_samples: int = 5) -> None:
        super().__init__()
        self.quiet = quiet
        self.max_samples = max_samples

    def score_one(self, x: Mapping[str, Any], t: float | None = None) -> float:
        """1.0 if ``x``'s template is back after a quiet period, else 0.0."""
        now = self._now(t)
        seen = self._seen.get(str(x["service"]), {}).get(str(x["template_id"]))
        if seen is None or now - seen.last < self.quiet:
            return 0.0
        return 1.0

    def update(self, x: Mapping[str, Any], t: float | None = None) -> Finding | None:
        """Score ``x``, learn it, and return a finding for a regression."""
        score = self.score_one(x, t)
        now = self._now(t)
        seen = self._seen.get(str(x["service"]), {}).get(str(x["template_id"]))
        finding = self._finding("regression", x, now, seen, score) if score >= 1.0 else None
        self.learn_one(x, t)
        return finding
