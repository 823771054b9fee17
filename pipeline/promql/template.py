"""The part of Prometheus's alert templating that rule annotations use.

Prometheus renders annotations with Go's ``text/template``; a rule pasted from
a Prometheus rule file should read the same here.  Supported inside
``{{ ... }}``:

- ``$value`` / ``.Value``, ``$labels.NAME`` / ``.Labels.NAME``, ``$labels``
  (the label map, as Go prints a map);
- the functions ``humanize``, ``humanize1024``, ``humanizePercentage``,
  ``humanizeDuration``, ``printf "FORMAT" ARG``, ``toUpper``, ``toLower``,
  ``title``, either as a call (``humanize $value``) or at the end of a pipe
  (``$value | humanize``);
- ``{{- ... -}}`` trims the whitespace beside the action, as Go does.

Anything else (``range``, ``if``, ``query``, ...) is refused when the config
is checked, naming the construct.

>>> t = Template("{{ $labels.service }}: {{ $value | humanizePercentage }} of requests fail")
>>> t.render({"service": "checkout"}, 0.1234)
'checkout: 12.34% of requests fail'
>>> Template("{{ printf \\"%.1f\\" $value }} ms").render({}, 12.345)
'12.3 ms'
>>> Template("{{ range $labels }}x{{ end }}")
Traceback (most recent call last):
...
pipeline.promql.template.TemplateError: `{{ range $labels }}`: range is not supported (supported: $value, $labels.NAME, humanize, humanize1024, humanizePercentage, humanizeDuration, printf, toUpper, toLower, title)
"""

from __future__ import annotations

import math
import re
import shlex
from collections.abc import Callable, Mapping
from typing import Any

from pipeline.promql.engine import format_value

__all__ = ["Template", "TemplateError", "humanize", "humanize_duration"]

_ACTION = re.compile(r"\{\{(-?)\s*(.*?)\s*(-?)\}\}", re.DOTALL)
_SUPPORTED = (
    "$value, $labels.NAME, humanize, humanize1024, humanizePercentage, humanizeDuration, printf, toUpper, toLower, title"
)


class TemplateError(ValueError):
    """A template that uses something outside the supported subset."""


def _go_g(value: float, digits: int = 4) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    return f"{value:.{digits}g}"


def humanize(value: float) -> str:
    """SI prefixes as Prometheus's ``humanize``: ``1234567`` → ``1.235M``, ``0.0012`` → ``1.2m``.

    >>> humanize(1234567), humanize(0.0012), humanize(0), humanize(512)
    ('1.235M', '1.2m', '0', '512')
    """
    if value == 0 or math.isnan(value) or math.isinf(value):
        return _go_g(value)
    if abs(value) >= 1:
        prefix = ""
        for p in ("k", "M", "G", "T", "P", "E", "Z", "Y"):
            if abs(value) < 1000:
                break
            prefix, value = p, value / 1000
        return _go_g(value) + prefix
    prefix = ""
    for p in ("m", "u", "n", "p", "f", "a", "z", "y"):
        if abs(value) >= 1:
            break
        prefix, value = p, value * 1000
    return _go_g(value) + prefix


def humanize_1024(value: float) -> str:
    """Binary prefixes: ``2048`` → ``2ki``.

    >>> humanize_1024(2048), humanize_1024(3 * 1024**3)
    ('2ki', '3Gi')
    """
    if abs(value) <= 1 or math.isnan(value) or math.isinf(value):
        return _go_g(value)
    prefix = ""
    for p in ("ki", "Mi", "Gi", "Ti", "Pi", "Ei", "Zi", "Yi"):
        if abs(value) < 1024:
            break
        prefix, value = p, value / 1024
    return _go_g(value) + prefix


def humanize_duration(seconds: float) -> str:
    """Seconds as Prometheus prints a duration: ``93784`` → ``1d 2h 3m 4s``, ``0.25`` → ``250ms``.

    >>> humanize_duration(93784), humanize_duration(0.25), humanize_duration(75.5)
    ('1d 2h 3m 4s', '250ms', '1m 15s')
    """
    if math.isnan(seconds) or math.isinf(seconds):
        return _go_g(seconds)
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    if seconds >= 1:
        whole = int(seconds)
        days, rest = divmod(whole, 86400)
        hours, rest = divmod(rest, 3600)
        minutes, secs = divmod(rest, 60)
        if days:
            return f"{sign}{days}d {hours}h {minutes}m {secs}s"
        if hours:
            return f"{sign}{hours}h {minutes}m {secs}s"
        if minutes:
            return f"{sign}{minutes}m {secs}s"
        return f"{sign}{_go_g(seconds)}s"
    if seconds == 0:
        return "0s"
    for unit, scale in (("ms", 1e3), ("us", 1e6), ("ns", 1e9)):
        if seconds * scale >= 1 or unit == "ns":
            return f"{sign}{_go_g(seconds * scale)}{unit}"
    return f"{sign}{seconds}s"  # pragma: no cover - the loop always returns


def _printf(fmt: str, value: Any) -> str:
    text = re.sub(r"%v", "%s", fmt)
    try:
        if isinstance(value, float) and re.search(r"%s", text):
            return text % format_value(value)
        return text % value
    except (TypeError, ValueError) as exc:
        raise TemplateError(f"printf {fmt!r}: {exc}") from None


_FUNCTIONS: dict[str, Callable[..., str]] = {
    "humanize": lambda v: humanize(float(v)),
    "humanize1024": lambda v: humanize_1024(float(v)),
    "humanizePercentage": lambda v: _go_g(float(v) * 100) + "%",
    "humanizeDuration": lambda v: humanize_duration(float(v)),
    "toUpper": lambda v: str(v).upper(),
    "toLower": lambda v: str(v).lower(),
    "title": lambda v: str(v).title(),
}


class Template:
    """A parsed annotation; :meth:`render` fills it for one alert instance."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.parts: list[str | tuple[str, ...]] = []
        pos, trim_next = 0, False
        for match in _ACTION.finditer(text):
            before = text[pos : match.start()]
            if trim_next:
                before = before.lstrip()
            if match.group(1):
                before = before.rstrip()
            self.parts.append(before)
            self.parts.append(self._compile(match.group(0), match.group(2)))
            pos, trim_next = match.end(), bool(match.group(3))
        tail = text[pos:].lstrip() if trim_next else text[pos:]
        if "{{" in tail:
            raise TemplateError(f"`{tail.strip()}`: an action opened with {{{{ is not closed")
        self.parts.append(tail)

    @staticmethod
    def _compile(whole: str, body: str) -> tuple[str, ...]:
        try:
            stages = [shlex.split(stage, posix=True) for stage in body.split("|")]
        except ValueError as exc:
            raise TemplateError(f"`{whole}`: {exc}") from None
        if not stages or not all(stages):
            raise TemplateError(f"`{whole}`: empty action")
        head = stages[0]
        if len(head) == 1 and _operand(head[0]) is not None:
            program: tuple[str, ...] = ("get", head[0])
        elif head[0] in _FUNCTIONS and len(head) == 2 and _operand(head[1]) is not None:
            program = ("get", head[1], head[0])
        elif head[0] == "printf" and len(head) == 3 and _operand(head[2]) is not None:
            program = ("get", head[2], "printf:" + head[1])
        else:
            raise TemplateError(f"`{whole}`: {head[0]} is not supported (supported: {_SUPPORTED})")
        for stage in stages[1:]:
            if len(stage) == 1 and stage[0] in _FUNCTIONS:
                program += (stage[0],)
            elif stage[0] == "printf" and len(stage) == 2:
                program += ("printf:" + stage[1],)
            else:
                raise TemplateError(f"`{whole}`: {' '.join(stage)} is not supported (supported: {_SUPPORTED})")
        return program

    def render(self, labels: Mapping[str, str], value: float) -> str:
        """The text for one alert instance with these labels and this value."""
        out: list[str] = []
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
                continue
            current: Any = _resolve(part[1], labels, value)
            for fn in part[2:]:
                current = _printf(fn[7:], current) if fn.startswith("printf:") else _FUNCTIONS[fn](current)
            out.append(format_value(current) if isinstance(current, float) else str(current))
        return "".join(out)


def _operand(token: str) -> str | None:
    if token in ("$value", ".Value", "$labels", ".Labels"):
        return token
    if token.startswith(("$labels.", ".Labels.")) and token.count(".") == (2 if token[0] == "." else 1):
        return token
    return None


def _resolve(token: str, labels: Mapping[str, str], value: float) -> Any:
    if token in ("$value", ".Value"):
        return float(value)
    if token in ("$labels", ".Labels"):
        return "map[" + " ".join(f"{k}:{v}" for k, v in sorted(labels.items())) + "]"
    return labels.get(token.rsplit(".", 1)[1], "")
