"""Query parameters of the console's pages, checked before anything is asked of the store.  Pure.

Every problem becomes a :class:`BadParam` naming the parameter and what was
expected; the pages turn it into a 400 page with that text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from pipeline.alerts.config import parse_duration

__all__ = [
    "RANGE_CHOICES",
    "BadParam",
    "TimeRange",
    "choice_param",
    "hex_id",
    "int_param",
    "nice_interval",
    "parse_instant",
    "time_range",
]

#: The ranges offered in the pages' range pickers (any duration up to console.max_range is accepted).
RANGE_CHOICES = ("15m", "1h", "6h", "24h", "7d")

_NICE = (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400)


class BadParam(ValueError):
    """A query parameter the page cannot use: ``str(error)`` is the message shown."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}")
        self.name = name


@dataclass(frozen=True)
class TimeRange:
    """A closed time range in Unix seconds, with the label the page shows."""

    start: float
    end: float
    label: str

    @property
    def seconds(self) -> float:
        return self.end - self.start

    @property
    def start_iso(self) -> str:
        return _iso(self.start)

    @property
    def end_iso(self) -> str:
        return _iso(self.end)


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(t * 1000) % 1000:03d}Z"


def parse_instant(text: str, name: str) -> float:
    """RFC 3339 / ISO 8601 (``Z`` or an offset; no zone means UTC) or Unix seconds / milliseconds.

    >>> parse_instant("2026-12-04T10:00:00Z", "from")
    1796378400.0
    >>> parse_instant("1796378400000", "from")
    1796378400.0
    >>> parse_instant("yesterday", "from")
    Traceback (most recent call last):
    ...
    pipeline.console.params.BadParam: from: 'yesterday' is not a time: use e.g. 2026-12-04T10:00:00Z or Unix seconds
    """
    value = text.strip()
    if re.fullmatch(r"\d{1,16}(\.\d+)?", value):
        number = float(value)
        return number / 1000 if number > 1e11 else number
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise BadParam(name, f"{text!r} is not a time: use e.g. 2026-12-04T10:00:00Z or Unix seconds") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()


def time_range(query: Mapping[str, str], now: float, default: str, maximum_s: float) -> TimeRange:
    """The time range a page asks for: ``range=1h`` (ending now) or ``from=...&to=...``.

    Parameters
    ----------
    query
        The request's query parameters.
    now
        Unix seconds: the end of a ``range``, and of a ``from`` without ``to``.
    default
        The range used when the page asks for none.
    maximum_s
        The longest range accepted (``console.max_range``).

    >>> r = time_range({"range": "15m"}, now=1000.0, default="1h", maximum_s=86400)
    >>> (r.start, r.end, r.label)
    (100.0, 1000.0, '15m')
    >>> time_range({"range": "30d"}, now=1000.0, default="1h", maximum_s=86400)
    Traceback (most recent call last):
    ...
    pipeline.console.params.BadParam: range: 30d is longer than the 1d allowed (console.max_range)
    >>> time_range({"from": "2000", "to": "1000"}, now=5000.0, default="1h", maximum_s=86400)
    Traceback (most recent call last):
    ...
    pipeline.console.params.BadParam: to: must be after from
    """
    if "from" in query or "to" in query:
        if "range" in query:
            raise BadParam("range", "give either range or from/to, not both")
        if "from" not in query:
            raise BadParam("from", "missing: to needs a from")
        start = parse_instant(query["from"], "from")
        end = parse_instant(query["to"], "to") if query.get("to") else now
        if end <= start:
            raise BadParam("to", "must be after from")
        if end - start > maximum_s:
            raise BadParam("from", f"the range from/to is longer than the {_human(maximum_s)} allowed (console.max_range)")
        return TimeRange(start, end, f"{_iso(start)} – {_iso(end)}")
    text = query.get("range") or default
    try:
        seconds = parse_duration(text)
    except ValueError:
        raise BadParam("range", f"{text!r} is not a duration: use e.g. 15m, 1h, 24h, 7d") from None
    if seconds <= 0:
        raise BadParam("range", "must be longer than zero")
    if seconds > maximum_s:
        raise BadParam("range", f"{text} is longer than the {_human(maximum_s)} allowed (console.max_range)")
    return TimeRange(now - seconds, now, text)


def _human(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"


def nice_interval(seconds: float, points: int) -> int:
    """A bucket length (whole seconds, a round figure) giving about ``points`` buckets over ``seconds``.

    >>> nice_interval(3600, 60), nice_interval(86400, 60), nice_interval(30, 60)
    (60, 1800, 1)
    """
    raw = max(1.0, seconds / max(points, 1))
    for step in _NICE:
        if step >= raw:
            return step
    return int(math.ceil(raw / 86400) * 86400)


def int_param(query: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    """An integer parameter between ``low`` and ``high`` (inclusive).

    >>> int_param({"limit": "50"}, "limit", 100, 1, 500)
    50
    >>> int_param({"limit": "5000"}, "limit", 100, 1, 500)
    Traceback (most recent call last):
    ...
    pipeline.console.params.BadParam: limit: 5000 is out of range: between 1 and 500
    """
    text = query.get(name)
    if text is None or text == "":
        return default
    try:
        value = int(text)
    except ValueError:
        raise BadParam(name, f"{text!r} is not a whole number") from None
    if not low <= value <= high:
        raise BadParam(name, f"{value} is out of range: between {low} and {high}")
    return value


def choice_param(query: Mapping[str, str], name: str, choices: tuple[str, ...], default: str) -> str:
    """One of a fixed set of values.

    >>> choice_param({"status": "bogus"}, "status", ("firing", "resolved", "all"), "all")
    Traceback (most recent call last):
    ...
    pipeline.console.params.BadParam: status: 'bogus' is not one of firing, resolved, all
    """
    value = query.get(name) or default
    if value not in choices:
        raise BadParam(name, f"{value!r} is not one of {', '.join(choices)}")
    return value


def hex_id(text: str, name: str, lengths: tuple[int, ...] = (32,)) -> str:
    """A trace or span id as lowercase hex of one of ``lengths`` digits.

    >>> hex_id("4BF92F3577B34DA6A3CE929D0E0E4736", "trace_id")
    '4bf92f3577b34da6a3ce929d0e0e4736'
    >>> hex_id("xyz", "trace_id")
    Traceback (most recent call last):
    ...
    pipeline.console.params.BadParam: trace_id: 'xyz' is not a trace id (32 hex digits)
    """
    value = text.strip().lower()
    if len(value) not in lengths or not re.fullmatch(r"[0-9a-f]+", value):
        digits = " or ".join(str(n) for n in lengths)
        what = "trace id" if name.startswith("trace") else "id"
        raise BadParam(name, f"{text!r} is not a {what} ({digits} hex digits)")
    return value
