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

An optional key says what the miner did on the record: ``"merged"``, the
ids of templates it merged into ``template_id`` (their history joins the
survivor's).  A template whose text changed simply arrives with the new text.

A brand-new template is not final: the next few messages may generalise it
(``job build-7a failed`` then ``job build-9c failed`` become ``job <*>
failed``) or merge it into a sibling.  :class:`NewErrorType` therefore holds a
new template back until its text has been stable for ``confirm`` seconds
(:meth:`NewErrorType.flush` reports those that became due without a record of
their own), then reports it with its final text; one that merged into a
template the service already had is never reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
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


@dataclass(slots=True)
class _Pending:
    """A new template waiting to be confirmed: when its text last changed, and that text."""

    since: float
    template: str


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

    def _fold(self, service: str, survivor: str, merged: Any) -> list[tuple[str, _Seen | None]]:
        """Fold the history of templates merged into ``survivor``; returns ``(id, its history)`` per merged id."""
        templates = self._seen.get(service)
        out: list[tuple[str, _Seen | None]] = []
        for other in merged or ():
            other = str(other)
            if other == survivor:
                continue
            gone = templates.pop(other, None) if templates is not None else None
            out.append((other, gone))
            if gone is None or templates is None:
                continue
            seen = templates.get(survivor)
            if seen is None:
                templates[survivor] = gone
                continue
            seen.first = min(seen.first, gone.first)
            seen.last = max(seen.last, gone.last)
            seen.records += [r for r in gone.records if r not in seen.records][: self.max_samples - len(seen.records)]
            seen.traces += [tr for tr in gone.traces if tr not in seen.traces][: self.max_samples - len(seen.traces)]
        return out

    def forget_templates(self, service: str, template_ids: Iterable[str]) -> None:
        """Drop what is remembered of these templates of ``service`` (the miner
        expired them); a template that comes back later starts anew."""
        templates = self._seen.get(service)
        pending = getattr(self, "_pending", {}).get(service)
        for tid in template_ids:
            if templates is not None:
                templates.pop(tid, None)
            if pending is not None:
                pending.pop(tid, None)

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
        """A finding about ``x``'s record: its ids first, then earlier samples."""
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
    template is new, so nothing is flagged.  After that, a template the
    service never logged before is held for ``confirm`` seconds after its text
    last changed (the miner may still generalise it, or merge it into a
    sibling), then reported once with its final text: by :meth:`update` when
    one of its own records arrives after the delay, or by :meth:`flush`.  A new
    template that merges into one the service already had is not reported.

    Parameters
    ----------
    warmup
        Seconds after a service's first record during which nothing is flagged.
    confirm
        Seconds a new template's text must stay unchanged before it is
        reported (0: report on its first record).
    max_samples
        Sample record ids and trace ids kept per template.

    Examples
    --------
    >>> det = NewErrorType(warmup=300.0, confirm=30.0)
    >>> rec = {"service": "api", "template_id": "T1", "template": "GET <PATH> <NUM>"}
    >>> det.update(rec, t=0.0) is None          # first record: warm-up starts
    True
    >>> boom = {"service": "api", "template_id": "T2", "template": "job build-7a failed",
    ...         "record_id": "r9", "trace_id": "ab12"}
    >>> det.score_one(boom, t=100.0)             # still warming up
    0.0
    >>> det.update(boom, t=400.0) is None        # new: held while the miner may still change it
    True
    >>> det.update({**boom, "template": "job <*> failed", "record_id": "r10"}, t=405.0) is None
    True
    >>> det.flush(420.0)                         # 15 s after the last change: not yet
    []
    >>> [f] = det.flush(440.0)
    >>> f.kind, f.template, f.sample_record_ids, f.first_seen
    ('new_error_type', 'job <*> failed', ('r9', 'r10'), 400.0)
    >>> det.update(boom, t=441.0) is None, det.flush(500.0)   # fires once
    (True, [])
    """

    name: ClassVar[str] = "new_error_type"

    def __init__(self, warmup: float = 300.0, confirm: float = 30.0, max_samples: int = 5) -> None:
        super().__init__()
        self.warmup = warmup
        self.confirm = confirm
        self.max_samples = max_samples
        self._pending: dict[str, dict[str, _Pending]] = {}

    def __setstate__(self, state: dict[str, Any]) -> None:
        # state pickled before the confirmation delay existed
        state.setdefault("confirm", 0.0)
        state.setdefault("_pending", {})
        self.__dict__.update(state)

    def _warm(self, service: str, now: float) -> bool:
        started = self._services.get(service)
        return started is not None and now - started >= self.warmup

    def score_one(self, x: Mapping[str, Any], t: float | None = None) -> float:
        """1.0 if ``x``'s template is new (or still unconfirmed) for a warmed-up service, else 0.0."""
        now = self._now(t)
        service = str(x["service"])
        if not self._warm(service, now):
            return 0.0
        tid = str(x["template_id"])
        if tid in self._seen.get(service, {}) and tid not in self._pending.get(service, {}):
            return 0.0
        return 1.0

    def update(self, x: Mapping[str, Any], t: float | None = None) -> Finding | None:
        """Learn ``x``; return the finding for its template if it is new and now confirmed."""
        now = self._now(t)
        service, tid = str(x["service"]), str(x["template_id"])
        text = str(x.get("template", ""))
        pending = self._pending.setdefault(service, {})
        if x.get("merged"):
            known = tid in self._seen.get(service, {}) and tid not in pending
            unconfirmed = tid in pending
            for other, history in self._fold(service, tid, x["merged"]):
                was_pending = pending.pop(other, None) is not None
                unconfirmed = unconfirmed or was_pending
                known = known or (history is not None and not was_pending)
            if known:
                pending.pop(tid, None)  # merged into a template the service already had
            elif unconfirmed:
                pending[tid] = _Pending(now, text)
        if self.score_one(x, t) >= 1.0:
            waiting = pending.get(tid)
            if waiting is None:
                pending[tid] = _Pending(now, text)
            elif waiting.template != text:
                waiting.since, waiting.template = now, text  # changed: wait again
        self.learn_one(x, t)
        waiting = pending.get(tid)
        if waiting is not None and now - waiting.since >= self.confirm:
            return self._confirmed(service, tid, pending)
        return None

    def flush(self, t: float | None = None) -> list[Finding]:
        """Findings for every new template whose text has been stable for ``confirm`` seconds at ``t``."""
        now = float(t) if t is not None else self._clock
        out = []
        for service, pending in self._pending.items():
            for tid in [tid for tid, w in pending.items() if now - w.since >= self.confirm]:
                out.append(self._confirmed(service, tid, pending))
        return out

    def _confirmed(self, service: str, tid: str, pending: dict[str, _Pending]) -> Finding:
        waiting = pending.pop(tid)
        seen = self._seen[service][tid]
        return Finding(
            kind="new_error_type",
            service=service,
            template_id=tid,
            template=waiting.template,
            score=1.0,
            first_seen=seen.first,
            last_seen=seen.last,
            sample_record_ids=tuple(seen.records[: self.max_samples]),
            sample_trace_ids=tuple(seen.traces[: self.max_samples]),
        )


class Regression(TemplateDetector):
    """Flags a template that returns after ``quiet`` seconds without records.

    A record on which the miner merged templates (``x["merged"]``) is not a
    return: the template it lands in is the result of the merge, and the
    merged templates' history (often recent) joins the survivor's.

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
        if x.get("merged"):
            self._fold(str(x["service"]), str(x["template_id"]), x["merged"])
            self.learn_one(x, t)
            return None
        score = self.score_one(x, t)
        now = self._now(t)
        seen = self._seen.get(str(x["service"]), {}).get(str(x["template_id"]))
        finding = self._finding("regression", x, now, seen, score) if score >= 1.0 else None
        self.learn_one(x, t)
        return finding
