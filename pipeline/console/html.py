"""HTML building blocks of the console's pages: the layout, escaping, formats, charts.  Pure.

Every value that reaches a page goes through :func:`esc` (or :func:`attr`);
chart data travels as JSON in ``<script type="application/json">`` elements,
with ``<`` escaped so no text can close the element.
"""

from __future__ import annotations

import html
import itertools
import math
import time
import urllib.parse
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import orjson

__all__ = [
    "ASSET_VERSION",
    "NAV",
    "attr",
    "chart",
    "error_box",
    "esc",
    "fmt_count",
    "fmt_ms",
    "fmt_pct",
    "fmt_rate",
    "fmt_time",
    "json_script",
    "layout",
    "link",
    "options",
    "spark",
    "url",
]

#: Changes with the vendored uPlot version and the console's own assets (cache busting).
ASSET_VERSION = "1.6.32-6"

NAV = (
    ("/services", "Services"),
    ("/alerts", "Alerts"),
    ("/logs", "Logs"),
    ("/traces", "Traces"),
    ("/errors", "New error types"),
)

_ids = itertools.count(1)


def esc(value: Any) -> str:
    """Text for an HTML element or attribute.

    >>> esc('<script>"x"</script>')
    '&lt;script&gt;&quot;x&quot;&lt;/script&gt;'
    """
    return html.escape("" if value is None else str(value), quote=True)


attr = esc


def url(path: str, **params: Any) -> str:
    """A path with query parameters (``None`` and ``""`` left out; lists repeat the key).

    >>> url("/logs", service="a b", level=None, id=["x", "y"])
    '/logs?service=a+b&id=x&id=y'
    """
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        if value is None or value == "":
            continue
        for item in value if isinstance(value, list | tuple) else [value]:
            pairs.append((key, str(item)))
    return path + ("?" + urllib.parse.urlencode(pairs) if pairs else "")


def link(href: str, text: Any, cls: str = "") -> str:
    klass = f' class="{attr(cls)}"' if cls else ""
    return f'<a href="{attr(href)}"{klass}>{esc(text)}</a>'


def json_script(data: Any, element_id: str) -> str:
    """Data for the page's script, safe inside HTML.

    >>> json_script({"a": "</script>"}, "d1")
    '<script type="application/json" id="d1">{"a":"\\\\u003c/script>"}</script>'
    """
    text = orjson.dumps(data, option=orjson.OPT_SERIALIZE_NUMPY).decode().replace("<", "\\u003c")
    return f'<script type="application/json" id="{attr(element_id)}">{text}</script>'


def _clean(values: Sequence[Any]) -> list[Any]:
    return [None if v is None or (isinstance(v, float) and not math.isfinite(v)) else v for v in values]


def chart(
    times: Sequence[int],
    series: Sequence[Mapping[str, Any]],
    *,
    label: str,
    unit: str = "",
    band: tuple[Sequence[Any], Sequence[Any]] | None = None,
    band_label: str = "",
    threshold: float | None = None,
    threshold_label: str = "",
    markers: Sequence[tuple[int, str]] = (),
    height: int = 220,
    summary: str = "",
) -> str:
    """A full chart: a figure with its caption, a text summary for screen readers, and its data.

    ``series`` items: ``{"label": ..., "values": [...]}``; ``unit`` is one of
    ``"/s"``, ``"ratio"``, ``"ms"`` or ``""`` (a count).
    """
    cid = f"c{next(_ids)}"
    data = {
        "kind": "full",
        "t": list(times),
        "series": [{"label": s["label"], "values": _clean(s["values"])} for s in series],
        "unit": unit,
        "height": height,
        "band": {"lower": _clean(band[0]), "upper": _clean(band[1]), "label": band_label} if band else None,
        "threshold": {"value": threshold, "label": threshold_label} if threshold is not None else None,
        "markers": [{"t": t, "label": text} for t, text in markers],
    }
    return (
        f'<figure class="chart" data-chart="{cid}" aria-labelledby="{cid}-cap" aria-describedby="{cid}-sum">'
        f'<figcaption id="{cid}-cap">{esc(label)}</figcaption>'
        f'<div class="plot" role="img" aria-label="{attr(label)}"></div>'
        f'<p class="sr-only" id="{cid}-sum">{esc(summary)}</p>'
        f"{json_script(data, cid)}</figure>"
    )


def spark(
    times: Sequence[int],
    values: Sequence[Any],
    *,
    label: str,
    text: str,
    unit: str = "",
    band: tuple[Sequence[Any], Sequence[Any]] | None = None,
    note: str = "",
) -> str:
    """A sparkline in a table cell: the figure as text first (what is read and sorted), the line beside it."""
    cid = f"s{next(_ids)}"
    data = {
        "kind": "spark",
        "t": list(times),
        "series": [{"label": label, "values": _clean(values)}],
        "unit": unit,
        "band": {"lower": _clean(band[0]), "upper": _clean(band[1]), "label": "typical range"} if band else None,
    }
    return (
        f'<span class="spark-cell"><span class="num">{esc(text)}'
        + (f'<span class="now">{esc(note)}</span>' if note else "")
        + "</span>"
        + f'<span class="spark" data-chart="{cid}" role="img" aria-label="{attr(label)}: trend"></span>'
        + f"{json_script(data, cid)}</span>"
    )


def fmt_rate(value: float | None) -> str:
    """A rate per second, three significant digits.

    >>> fmt_rate(0.05), fmt_rate(12.345), fmt_rate(None)
    ('0.05/s', '12.3/s', '—')
    """
    if value is None:
        return "—"
    return f"{value:.3g}/s" if value < 100 else f"{value:,.0f}/s"


def fmt_pct(value: float | None) -> str:
    """A ratio as a percentage.

    >>> fmt_pct(0.0512), fmt_pct(0), fmt_pct(None)
    ('5.12%', '0%', '—')
    """
    if value is None:
        return "—"
    return "0%" if value == 0 else f"{value * 100:.3g}%"


def fmt_ms(value: float | None) -> str:
    """Milliseconds, or seconds from one second up.

    >>> fmt_ms(12.345), fmt_ms(2500.0), fmt_ms(None)
    ('12.3 ms', '2.5 s', '—')
    """
    if value is None or not math.isfinite(value):
        return "—"
    return f"{value:.3g} ms" if value < 1000 else f"{value / 1000:.3g} s"


def fmt_count(value: float | None) -> str:
    """A count with thousands separators.

    >>> fmt_count(1234567), fmt_count(None)
    ('1,234,567', '—')
    """
    return "—" if value is None else f"{value:,.0f}"


def fmt_time(value: Any) -> str:
    """A time (RFC 3339 text or Unix seconds) as ``YYYY-MM-DD HH:MM:SS`` UTC in a ``<time>`` element.

    >>> fmt_time("2026-12-04T10:00:00.250Z")
    '<time datetime="2026-12-04T10:00:00.250Z">2026-12-04 10:00:00</time>'
    """
    if value is None or value == "":
        return "—"
    if isinstance(value, int | float):
        text = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(value)) + f".{int(value * 1000) % 1000:03d}Z"
    else:
        text = str(value)
    shown = text.replace("T", " ")[:19]
    return f'<time datetime="{attr(text)}">{esc(shown)}</time>'


def error_box(status: int, reason: str, message: str) -> str:
    """The body of an error page: the HTTP status and what is wrong."""
    return (
        f'<section class="problem" role="alert"><h1>{status} {esc(reason)}</h1>'
        f"<p>{esc(message)}</p><p>{link('/services', 'Back to the services')}</p></section>"
    )


def layout(
    title: str, body: str, active: str, *, store: str = "", live: str = "connecting", firing: Sequence[str] = ()
) -> str:
    """A whole page: skip link, navigation, the live-update status, the body, the footer."""
    items = []
    for href, text in NAV:
        current = ' aria-current="page"' if href == active else ""
        badge = ""
        if href == "/alerts":
            hidden = "" if firing else " hidden"
            badge = (f' <span class="badge" id="firing-count" data-fingerprints="{attr(",".join(firing))}" '
                     f'aria-label="{len(firing)} firing"{hidden}>{len(firing)}</span>')
        items.append(f'<li><a href="{href}"{current}>{esc(text)}{badge}</a></li>')
    live_text = "Live" if live == "live" else "Live updates: " + live
    live_class = "live on" if live == "live" else "live off"
    return (
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)} · Sightline</title>"
        '<link rel="icon" href="data:,">'
        f'<link rel="stylesheet" href="/static/uPlot.min.css?v={ASSET_VERSION}">'
        f'<link rel="stylesheet" href="/static/console.css?v={ASSET_VERSION}">'
        f'<script src="/static/uPlot.iife.min.js?v={ASSET_VERSION}" defer></script>'
        f'<script src="/static/console.js?v={ASSET_VERSION}" defer></script>'
        "</head><body>"
        '<a class="skip" href="#main">Skip to content</a>'
        '<header class="top"><a class="brand" href="/services"><span class="logo" aria-hidden="true"></span>Sightline</a>'
        f'<nav aria-label="Main"><ul>{"".join(items)}</ul></nav>'
        f'<span id="live-status" class="{live_class}" role="status">{esc(live_text)}</span></header>'
        '<div id="toasts" class="toasts" aria-live="polite" aria-relevant="additions"></div>'
        f'<main id="main" tabindex="-1">{body}</main>'
        f'<footer>Sightline console · read-only · times in UTC{" · store " + esc(store) if store else ""}</footer>'
        "</body></html>"
    )


def options(choices: Iterable[tuple[str, str]], selected: str) -> str:
    """``<option>`` elements, one selected."""
    return "".join(
        f'<option value="{attr(v)}"{" selected" if v == selected else ""}>{esc(t)}</option>' for v, t in choices
    )
