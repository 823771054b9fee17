"""Words and dates as the store reads them.  Pure.

Words: Elasticsearch's ``standard`` analyzer splits text at the word
boundaries of Unicode's UAX #29 and lowercases it.  :func:`words` follows the
rules that matter for log text: letters, digits and ``_`` make words; ``.``
and ``'`` join two letters or two digits (``api.example.com``, ``1.5``,
``don't``); ``:`` joins two letters (``x:y``); ``,`` and ``;`` join two digits
(``1,000``); anything else separates.  Ideographs are kept in runs (the
standard analyzer makes one word of each; an approximation, said in the
package's notes).

Dates: what a ``date`` field and a range on one accept, as epoch milliseconds:
ISO 8601 / RFC 3339 text (``strict_date_optional_time``), epoch milliseconds
as a number or a string of digits, and ``now`` with date math (``now-15m``,
``now/d``).
"""

from __future__ import annotations

import datetime as dt
import re
import time

__all__ = ["DateError", "format_ms", "glob_to_sql", "parse_date", "words"]

_LETTER = r"[^\W\d_]"
_WORD = re.compile(
    r"\w+(?:(?:(?<=" + _LETTER + r")[.'’:·](?=" + _LETTER + r")|(?<=\d)[.,;'’](?=\d))\w+)*"
)


def words(text: str) -> list[str]:
    """The lowercased words of ``text``, as the standard analyzer makes them.

    >>> words("GET api.example.com took 1.5s foo_bar don't")
    ['get', 'api.example.com', 'took', '1.5s', 'foo_bar', "don't"]
    >>> words("user u1234 e-mail a@b.com x:y 10:30 1,000 a,b")
    ['user', 'u1234', 'e', 'mail', 'a', 'b.com', 'x:y', '10', '30', '1,000', 'a', 'b']
    """
    out: list[str] = []
    for chunk in text.lower().split():  # no word spans white space: a plain ASCII word is taken without the pattern
        if chunk.isascii() and chunk.isalnum():
            out.append(chunk)
        else:
            out += _WORD.findall(chunk)
    return out


class DateError(ValueError):
    """Text that is not a date the store reads."""


_ISO = re.compile(
    r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?"
    r"(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$"
)
_MATH = re.compile(r"([+-])(\d+)([yMwdhHms])|/([yMwdhHms])")
_UNIT_MS = {"s": 1000, "m": 60_000, "h": 3_600_000, "H": 3_600_000, "d": 86_400_000, "w": 7 * 86_400_000}


def _iso(text: str) -> int:
    m = _ISO.match(text)
    if m is None:
        raise DateError(f"failed to parse date field [{text}] with format [strict_date_optional_time||epoch_millis]")
    year, month, day, hour, minute, second, frac, zone = m.groups()
    try:
        tz = dt.UTC
        if zone and zone != "Z":
            sign = -1 if zone[0] == "-" else 1
            digits = zone[1:].replace(":", "")
            tz = dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))
        moment = dt.datetime(
            int(year), int(month or 1), int(day or 1), int(hour or 0), int(minute or 0), int(second or 0), tzinfo=tz
        )
    except ValueError as exc:
        raise DateError(f"failed to parse date field [{text}]: {exc}") from None
    ms = int(moment.timestamp()) * 1000
    if frac:
        ms += int(frac[:3].ljust(3, "0"))
    return ms


def _round(ms: int, unit: str, up: bool) -> int:
    """``ms`` rounded down to its ``unit`` (UTC); ``up``: to the last millisecond of it."""
    moment = dt.datetime.fromtimestamp(ms / 1000, dt.UTC)
    if unit in _UNIT_MS and unit != "w":
        size = _UNIT_MS[unit]
        low = ms - ms % size
        return low + size - 1 if up else low
    if unit == "w":
        day = moment.date() - dt.timedelta(days=moment.weekday())
        low_dt = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
        high_dt = low_dt + dt.timedelta(days=7)
    elif unit == "M":
        low_dt = dt.datetime(moment.year, moment.month, 1, tzinfo=dt.UTC)
        high_dt = dt.datetime(moment.year + moment.month // 12, moment.month % 12 + 1, 1, tzinfo=dt.UTC)
    else:  # y
        low_dt = dt.datetime(moment.year, 1, 1, tzinfo=dt.UTC)
        high_dt = dt.datetime(moment.year + 1, 1, 1, tzinfo=dt.UTC)
    low = int(low_dt.timestamp() * 1000)
    return int(high_dt.timestamp() * 1000) - 1 if up else low


def _add(ms: int, sign: int, count: int, unit: str) -> int:
    if unit in _UNIT_MS:
        return ms + sign * count * _UNIT_MS[unit]
    moment = dt.datetime.fromtimestamp(ms / 1000, dt.UTC)
    months = moment.year * 12 + moment.month - 1 + sign * count * (12 if unit == "y" else 1)
    year, month = divmod(months, 12)
    day = min(moment.day, 28)  # month arithmetic at the end of a month: approximated
    return int(moment.replace(year=year, month=month + 1, day=day).timestamp() * 1000)


def parse_date(value: object, round_up: bool = False, now_ms: int | None = None) -> int:
    """Epoch milliseconds of a date as a ``date`` field or a range takes it.

    ``round_up``: date math rounding (``/d``) goes to the end of the unit, as
    Elasticsearch rounds ``gt`` and ``lte``.

    >>> parse_date("2026-12-05T10:00:00.123Z"), parse_date("2026-12-05"), parse_date(1796464800000)
    (1796464800123, 1796428800000, 1796464800000)
    >>> parse_date("2026-12-05T11:00:00+01:00") == parse_date("2026-12-05T10:00:00Z")
    True
    >>> parse_date("now-1h/h", now_ms=1796464800123), parse_date("now/h", round_up=True, now_ms=1796464800123)
    (1796461200000, 1796468399999)
    """
    if isinstance(value, bool):
        raise DateError(f"failed to parse date field [{value}]")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value)
    if not isinstance(value, str):
        raise DateError(f"failed to parse date field [{value}]")
    text = value.strip()
    if text.isdigit():
        return int(text)
    if text.startswith("now") or "||" in text:
        if text.startswith("now"):
            ms, rest = (now_ms if now_ms is not None else int(time.time() * 1000)), text[3:]
        else:
            anchor, rest = text.split("||", 1)
            ms = _iso(anchor)
        pos = 0
        while pos < len(rest):
            m = _MATH.match(rest, pos)
            if m is None:
                raise DateError(f"failed to parse date math [{text}]")
            if m.group(4):
                ms = _round(ms, m.group(4), round_up)
            else:
                ms = _add(ms, 1 if m.group(1) == "+" else -1, int(m.group(2)), m.group(3))
            pos = m.end()
        return ms
    return _iso(text)


def format_ms(ms: int) -> str:
    """``strict_date_optional_time`` text of epoch milliseconds (as ``key_as_string`` has it).

    >>> format_ms(1796464800123)
    '2026-12-05T10:00:00.123Z'
    """
    seconds, milli = divmod(ms, 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{milli:03d}Z"


def glob_to_sql(pattern: str) -> str:
    """An Elasticsearch wildcard pattern (``*``, ``?``, ``\\`` escapes) as a SQLite GLOB pattern.

    >>> glob_to_sql("*ware[house]?\\\\*")
    '*ware[[]house]?[*]'
    """
    out = []
    escaped = False
    for ch in pattern:
        if escaped:
            out.append("[" + ch + "]" if ch in "*?[" else ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "[":
            out.append("[[]")
        else:
            out.append(ch)
    return "".join(out)
