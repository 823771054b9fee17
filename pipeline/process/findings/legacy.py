"""Reading finding state written before the finding sources existed (one ``core`` entry per service).

Processors before the split wrote ``service␟core`` (a pickled
``pipeline.process.detect._Core``: every detector of the service plus its
alerts) and ``service␟metric␟<series…>`` entries.  A processor taking such a
partition over converts them, so an upgrade keeps baselines, known templates
(no burst of "new" error types) and open alerts.
"""

from __future__ import annotations

import io
import pickle
from typing import Any

__all__ = ["convert", "loads"]

_OLD_MODULE = "pipeline.process.detect"


class _Old:
    """Stands in for the old classes: keeps whatever state they pickled."""

    def __setstate__(self, state: Any) -> None:
        self.__dict__.update(state if isinstance(state, dict) else {})


class _OldCore(_Old):
    pass


class _OldServiceState(_Old):
    pass


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if module == _OLD_MODULE:
            return {"_Core": _OldCore, "ServiceState": _OldServiceState}.get(name, _Old)
        return super().find_class(module, name)


def loads(data: bytes) -> Any:
    """``pickle.loads`` that also reads the old detection classes."""
    return _Unpickler(io.BytesIO(data)).load()


def convert(part: str, item: list[str], value: Any) -> list[tuple[str, tuple[str, ...], Any]] | None:
    """Old ``(part, item, value)`` → ``[(new part, new item, new value)]``; ``None`` if not an old entry.

    >>> convert("metric", ["op:GET /x:", "latency_p95_ms", "LatencyAnomaly"],
    ...         (("op:GET /x:", "latency_p95_ms", "LatencyAnomaly"), "detector", 5.0))
    [('anomalies', ('op:GET /x:', 'latency_p95_ms', 'LatencyAnomaly'), ('detector', 5.0))]
    """
    from pipeline.process.findings.base import Activity
    from pipeline.process.findings.templates import Mined

    if part == "metric" and isinstance(value, tuple) and len(value) == 3:
        dkey, detector, fed = value
        return [("anomalies", tuple(dkey), (detector, fed))]
    if part != "core" or not isinstance(value, _OldCore):
        return None
    state = getattr(value, "state", None)
    alerts = getattr(value, "alerts", {})
    if not isinstance(state, _OldServiceState):
        return None
    s = state.__dict__
    out: list[tuple[str, tuple[str, ...], Any]] = [
        ("activity", (), Activity(last_seen=s.get("last_seen", 0.0), evidence=s.get("evidence", {}))),
        ("alerts", (), alerts if isinstance(alerts, dict) else {}),
    ]
    if s.get("spikes") is not None:
        out.append(("spikes", (), s["spikes"]))
    if s.get("miner") is not None:
        # state pickled before templates were published has no unpublished/retired
        mined = Mined(s["miner"], s["new_types"], s["regressions"], s.get("unpublished", set()), s.get("retired", {}))
        out.append(("templates", (), mined))
    return out
