"""The console's pages: each handler checks its parameters, asks the store, renders HTML.

| path | page |
|---|---|
| ``/services`` | every service and environment: rates, error ratio, latency sparklines, firing alerts |
| ``/services/{service}`` | one service's charts over a chosen range, its operations and alerts |
| ``/alerts`` | alerts (latest event per fingerprint), firing first; new ones appear live |
| ``/alerts/{fingerprint}`` | one alert: observed vs band or threshold, evidence, runbook, events |
| ``/logs`` | log search by time range, service, level, words, trace id |
| ``/traces``, ``/traces/{trace_id}`` | recent traces; one trace as a waterfall with its logs |
| ``/errors`` | new error types: mined templates per service, first seen, count, samples |
| ``/records?id=...`` | stored records by id (alert evidence, template samples) |
| ``/live`` | server-sent events: alert events as they are published |

Errors are pages too: a bad parameter is a 400 naming it, an unknown
service or alert a 404, the store down a 503 saying which store and why.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from aiohttp import web

from pipeline.alerts.config import parse_duration
from pipeline.config import Config
from pipeline.console.html import (
    chart,
    esc,
    fmt_count,
    fmt_ms,
    fmt_pct,
    fmt_rate,
    fmt_time,
    layout,
    link,
    options,
    spark,
    url,
)
from pipeline.console.live import AlertFeed, sse_message
from pipeline.console.metrics import LiveStats, ServiceNow
from pipeline.console.params import (
    RANGE_CHOICES,
    BadParam,
    TimeRange,
    choice_param,
    hex_id,
    int_param,
    nice_interval,
    time_range,
)
from pipeline.console.queries import (
    alert_chart_request,
    alerts_body,
    hist_series,
    latest_per_fingerprint,
    logs_body,
    observed_series,
    recent_traces_body,
    records_body,
    service_body,
    services_body,
    services_rows,
    templates_body,
    trace_bodies,
    typical_band,
    waterfall,
)
from pipeline.console.store import Store
from schemas.records import SEVERITY_NUMBERS

__all__ = ["Pages"]

_LEVELS = (("", "any level"), *((name.lower(), f"{name} and above") for name in SEVERITY_NUMBERS))
_SORTS = ("service", "env", "rate", "error_ratio", "p50", "p95", "p99", "logs", "firing")
_STAT_LABEL = {
    "request_rate": "requests per second",
    "request_count": "requests per window",
    "error_ratio": "error ratio",
    "latency_p50_ms": "p50 latency (ms)",
    "latency_p95_ms": "p95 latency (ms)",
    "latency_p99_ms": "p99 latency (ms)",
    "error_count": "error log records",
    "error_type_count": "error log records",
    "log_count": "log records",
    "absent_s": "log records",
    "value": "metric value (mean)",
}
_ERROR_BADGE = '<span class="status status-firing">error</span>'
_UNIT = {"request_rate": "/s", "error_ratio": "ratio", "latency_p50_ms": "ms", "latency_p95_ms": "ms", "latency_p99_ms": "ms"}


class Pages:
    """Route handlers over one store, the live feed and the processors' figures."""

    def __init__(
        self, cfg: Config, store: Store, feed: AlertFeed, stats: LiveStats, clock: Callable[[], float] = time.time
    ) -> None:
        self.cfg = cfg
        self.c = cfg.console
        self.store = store
        self.feed = feed
        self.stats = stats
        self.clock = clock

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/", self.index),
            web.get("/services", self.services),
            web.get("/services/{service}", self.service),
            web.get("/alerts", self.alerts),
            web.get("/alerts/{fingerprint}", self.alert),
            web.get("/logs", self.logs),
            web.get("/traces", self.traces),
            web.get("/traces/{trace_id}", self.trace),
            web.get("/errors", self.errors),
            web.get("/records", self.records),
            web.get("/live", self.live),
        ]

    # -- helpers -----------------------------------------------------------------------------
    def page(self, title: str, body: str, active: str, firing: Sequence[str] = ()) -> web.Response:
        text = layout(title, body, active, store=self.store.where, live=self.feed.status, firing=firing)
        return web.Response(text=text, content_type="text/html")

    def _range(self, query: Mapping[str, str]) -> TimeRange:
        return time_range(query, self.clock(), self.c.default_range, self.c.max_range_s)

    def _range_form(self, action: str, tr: TimeRange, hidden: Mapping[str, str | None] = {}, extra: str = "") -> str:
        choices = [(r, f"last {r}") for r in RANGE_CHOICES]
        if tr.label not in RANGE_CHOICES and "–" not in tr.label:
            choices.append((tr.label, f"last {tr.label}"))
        picked = tr.label if "–" not in tr.label else ""
        if not picked:
            choices.insert(0, ("", tr.label))
        fields = "".join(f'<input type="hidden" name="{esc(k)}" value="{esc(v)}">' for k, v in hidden.items() if v)
        return (
            f'<form class="filters" method="get" action="{esc(action)}">{fields}'
            f'<label>Time range <select name="range">{options(choices, picked)}</select></label>'
            f'{extra}<button type="submit">Show</button></form>'
        )

    async def _alert_events(self, fingerprint: str | None = None) -> list[dict[str, Any]]:
        since = TimeRange(self.clock() - self.c.max_range_s, self.clock(), "").start_iso
        hits, _ = await self.store.hits("alerts", alerts_body(since, self.c.max_alert_events, fingerprint))
        return hits

    async def _latest_alerts(self) -> list[dict[str, Any]]:
        return latest_per_fingerprint(await self._alert_events())

    def _firing_count(self, latest: Sequence[Mapping[str, Any]]) -> list[str]:
        return [str(a.get("fingerprint")) for a in latest if a.get("status") == "firing"][:500]

    async def _now(self) -> tuple[dict[str, ServiceNow], list[str]]:
        if not self.stats.configured:
            return {}, []
        return await self.stats.read()

    # -- pages ---------------------------------------------------------------------------------
    async def index(self, request: web.Request) -> web.Response:
        raise web.HTTPFound("/services")

    async def services(self, request: web.Request) -> web.Response:
        q = request.query
        tr = self._range(q)
        sort = choice_param(q, "sort", _SORTS, "service")
        order = choice_param(q, "order", ("asc", "desc"), "asc")
        interval = nice_interval(tr.seconds, self.c.chart_points)
        env_attr = self.c.environment_attribute
        spans, logs, latest, (now, problems) = await asyncio.gather(
            self.store.search("spans", services_body(tr, interval, env_attr, self.c.max_services, "spans")),
            self.store.search("logs", services_body(tr, interval, env_attr, self.c.max_services, "logs")),
            self._latest_alerts(),
            self._now(),
        )
        rows = services_rows(spans.get("aggregations"), logs.get("aggregations"), interval, tr.seconds)
        firing: dict[str, list[dict[str, Any]]] = {}
        for alert in latest:
            if alert.get("status") == "firing":
                firing.setdefault(str(alert.get("service.name", "")), []).append(alert)
        rows.sort(key=lambda r: _sort_key(r, sort, firing), reverse=(order == "desc"))
        if order == "desc":  # rows without the figure stay last either way
            rows.sort(key=lambda r: _sort_key(r, sort, firing)[0])
        body = ["<h1>Services</h1>", self._range_form("/services", tr, {"sort": sort, "order": order})]
        if problems:
            body.append(_note("Some processors could not be read: " + "; ".join(problems)))
        if not rows:
            body.append(_empty(f"No service has sent spans or logs in the last {tr.label}.",
                               "Point an OpenTelemetry exporter or a log shipper at the ingestor; services appear here as their records arrive."))
        else:
            body.append(self._services_table(rows, firing, now, sort, order, tr, interval))
        return self.page("Services", "".join(body), "/services", self._firing_count(latest))

    def _services_table(
        self, rows: list[dict[str, Any]], firing: Mapping[str, list[dict[str, Any]]], now: Mapping[str, ServiceNow],
        sort: str, order: str, tr: TimeRange, interval: int,
    ) -> str:
        heads = [("service", "Service"), ("env", "Environment"), ("rate", "Requests"), ("error_ratio", "Error ratio"),
                 ("p50", "p50"), ("p95", "p95"), ("p99", "p99"), ("logs", "Logs"), ("firing", "Firing alerts")]
        ths = []
        for key, text in heads:
            current = key == sort
            next_order = "desc" if current and order == "asc" else "asc"
            aria = f' aria-sort="{"ascending" if order == "asc" else "descending"}"' if current else ""
            arrow = (" ▲" if order == "asc" else " ▼") if current else ""
            href = url("/services", range=tr.label if "–" not in tr.label else None, sort=key, order=next_order)
            ths.append(f'<th scope="col"{aria}><a href="{esc(href)}">{esc(text)}<span aria-hidden="true">{arrow}</span></a></th>')
        out = ['<div class="table-wrap"><table class="services"><caption class="sr-only">Services over the last '
               f'{esc(tr.label)}; sparklines have {interval} s points, the shaded band is the typical range '
               f'(median ± 3 MAD of the preceding {self.c.band_points} points)</caption>'
               f'<thead><tr>{"".join(ths)}</tr></thead><tbody>']
        for row in rows:
            service, env = row["service"], row["env"]
            req = row.get("requests")
            logs = row.get("logs")
            live = now.get(service)
            cells = [f'<th scope="row">{link(url("/services/" + _quote(service), env=env or None, range=_label(tr)), service)}</th>',
                     f"<td>{esc(env) if env else '<span class=muted>—</span>'}</td>"]
            if req:
                s = req["series"]
                rate_text = fmt_rate(req["rate"])
                note = f"now {fmt_rate(live.rate)} ({live.window})" if live is not None and live.window else ""
                cells.append("<td>" + self._spark(s["t"], s["rate"], f"{service} requests per second", rate_text, "/s", note) + "</td>")
                cells.append("<td>" + self._spark(s["t"], s["error_ratio"], f"{service} error ratio", fmt_pct(req["error_ratio"]), "ratio") + "</td>")
                for q in ("p50", "p95", "p99"):
                    cells.append("<td>" + self._spark(s["t"], s[q], f"{service} {q} latency", fmt_ms(req["latest"][q]), "ms") + "</td>")
            else:
                cells.extend(['<td colspan="5" class="muted">no spans</td>'])
            if logs:
                s = logs["series"]
                note = f"{fmt_count(logs['errors'])} at ERROR+"
                cells.append("<td>" + self._spark(s["t"], s["rate"], f"{service} log records per second", fmt_rate(logs["rate"]), "/s", note) + "</td>")
            else:
                cells.append('<td class="muted">no logs</td>')
            alerts = firing.get(service, [])
            badges = "".join(
                f'<a class="sev sev-{esc(a.get("severity"))}" href="/alerts/{esc(a.get("fingerprint"))}">{esc(a.get("alertname"))}</a> '
                for a in alerts[:4]
            )
            if len(alerts) > 4:
                badges += f'<a href="{esc(url("/alerts", service=service, status="firing"))}">+{len(alerts) - 4} more</a>'
            if live is not None and live.anomaly >= 0.9:
                badges += f'<span class="score" title="highest anomaly score now">anomaly score {live.anomaly:.2f}</span>'
            cells.append(f"<td>{badges or '<span class=muted>none</span>'}</td>")
            out.append(f'<tr data-service="{esc(service)}" data-env="{esc(env)}">{"".join(cells)}</tr>')
        out.append("</tbody></table></div>")
        return "".join(out)

    def _spark(self, times: list[int], values: list[Any], label: str, text: str, unit: str, note: str = "") -> str:
        band = typical_band(values, self.c.band_points)
        return spark(times, values, label=label, text=text, unit=unit, band=band, note=note)

    async def _service_exists(self, service: str) -> bool:
        tr = TimeRange(self.clock() - self.c.max_range_s, self.clock(), "")
        body = {"size": 0, "track_total_hits": True,
                "query": {"bool": {"filter": [{"term": {"service.name": service}}, {"range": {"@timestamp": {"gte": tr.start_iso}}}]}}}
        for kind in ("spans", "logs"):
            _, total = await self.store.hits(kind, body)
            if total:
                return True
        return False

    async def service(self, request: web.Request) -> web.Response:
        service = request.match_info["service"]
        q = request.query
        tr = self._range(q)
        env = q.get("env")
        interval = nice_interval(tr.seconds, self.c.chart_points)
        env_attr = self.c.environment_attribute
        logs_req = services_body(tr, interval, env_attr, 1, "logs")
        logs_req["query"]["bool"]["filter"].append({"term": {"service.name": service}})
        spans, logs, latest, (now, problems) = await asyncio.gather(
            self.store.search("spans", service_body(tr, interval, service, env, env_attr)),
            self.store.search("logs", logs_req),
            self._latest_alerts(),
            self._now(),
        )
        aggs = spans.get("aggregations") or {}
        hist = (aggs.get("hist") or {}).get("buckets", [])
        log_rows = [r for r in services_rows(None, logs.get("aggregations"), interval, tr.seconds)
                    if env is None or r["env"] == env]
        total = sum(int(b.get("doc_count", 0)) for b in hist)
        if not total and not log_rows and not await self._service_exists(service):
            raise web.HTTPNotFound(
                text=f"No service named {service!r} has sent spans or logs in the last {self.c.max_range} (console.max_range)."
            )
        mine = [a for a in latest if a.get("service.name") == service]
        title = service + (f" ({env})" if env else "")
        body = [f"<h1>{esc(title)}</h1>", self._range_form("/services/" + _quote(service), tr, {"env": env})]
        if problems:
            body.append(_note("Some processors could not be read: " + "; ".join(problems)))
        firing = [a for a in mine if a.get("status") == "firing"]
        body.append(self._tiles(hist, interval, tr, now.get(service), len(firing), log_rows))
        if firing:
            body.append("<h2>Firing alerts</h2>" + _alerts_table(firing))
        body.append('<div class="grid">')
        if total:
            s = hist_series(hist, interval)
            cap = f"per {interval} s; shaded: typical range (median ± 3 MAD of the preceding {self.c.band_points} points)"
            marks = sorted({(int(_epoch(a.get("startsAt"))), str(a.get("alertname"))) for a in mine if _epoch(a.get("startsAt")) >= tr.start})
            body.append(chart(s["t"], [{"label": "requests/s", "values": s["rate"]}], label=f"Request rate ({cap})",
                              unit="/s", band=typical_band(s["rate"], self.c.band_points), band_label="typical range",
                              markers=marks, summary=_summary(s["rate"], fmt_rate)))
            body.append(chart(s["t"], [{"label": "error ratio", "values": s["error_ratio"]}], label=f"Error ratio ({cap})",
                              unit="ratio", band=typical_band(s["error_ratio"], self.c.band_points), band_label="typical range",
                              markers=marks, summary=_summary(s["error_ratio"], fmt_pct)))
            body.append(chart(s["t"], [{"label": "p50", "values": s["p50"]}, {"label": "p95", "values": s["p95"]},
                                       {"label": "p99", "values": s["p99"]}],
                              label=f"Latency p50 / p95 / p99 ({cap}, band on p95)", unit="ms",
                              band=typical_band(s["p95"], self.c.band_points), band_label="p95 typical range",
                              markers=marks, summary="p95: " + _summary(s["p95"], fmt_ms)))
        for row in log_rows[:3]:
            s = row["logs"]["series"]
            which = f" ({row['env']})" if row["env"] and env is None else ""
            body.append(chart(s["t"], [{"label": "log records/s", "values": s["rate"]},
                                       {"label": "error records/s", "values": [e / interval for e in s["errors"]]}],
                              label=f"Log records{which} per second", unit="/s", markers=[],
                              summary=_summary(s["rate"], fmt_rate)))
        body.append("</div>")
        if not total and not log_rows:
            body.append(_empty(f"{service} sent nothing in the last {tr.label}.", "Choose a longer time range."))
        live_now = now.get(service)
        if live_now is not None and live_now.detectors:
            body.append("<h2>What the detectors expect now</h2>" + _detectors_table(live_now))
        ops = (aggs.get("operations") or {}).get("buckets", [])
        if ops:
            body.append("<h2>Operations</h2>" + _operations_table(ops, tr.seconds))
        links = [
            link(url("/logs", service=service, range=_label(tr)), "Logs of this service"),
            link(url("/logs", service=service, level="error", range=_label(tr)), "Error logs"),
            link(url("/traces", service=service, range=_label(tr)), "Recent traces"),
            link(url("/traces", service=service, errors="1", range=_label(tr)), "Failed traces"),
            link(url("/errors", service=service), "New error types"),
            link(url("/alerts", service=service, status="all"), "All its alerts"),
        ]
        body.append('<p class="links">' + " · ".join(links) + "</p>")
        return self.page(title, "".join(body), "/services", self._firing_count(latest))

    def _tiles(self, hist: list[Any], interval: int, tr: TimeRange, live: ServiceNow | None, firing: int,
               log_rows: Sequence[Mapping[str, Any]] = ()) -> str:
        s = hist_series(hist, interval) if hist else None
        count = sum(s["count"]) if s else 0
        errors = sum(s["errors"]) if s else 0
        logs = sum(row["logs"]["count"] for row in log_rows if "logs" in row)
        if not count and logs:
            # a service that only logs (a syslog program, a batch job): its log records stand in
            log_errors = sum(row["logs"]["errors"] for row in log_rows if "logs" in row)
            tiles = [
                ("Log records", fmt_rate(logs / tr.seconds if tr.seconds else None), f"{fmt_count(logs)} in {tr.label}"),
                ("Error logs", fmt_pct(log_errors / logs), f"{fmt_count(log_errors)} at ERROR or above"),
            ]
        else:
            tiles = [
                ("Requests", fmt_rate(count / tr.seconds if tr.seconds else None), f"{fmt_count(count)} in {tr.label}"),
                ("Error ratio", fmt_pct(errors / count if count else None), f"{fmt_count(errors)} failed"),
            ]
        if live is not None and live.window:
            tiles.append((f"Now ({live.window})", fmt_rate(live.rate), f"error ratio {fmt_pct(live.error_ratio)}"))
            top = max(live.anomaly_by.items(), key=lambda kv: kv[1], default=("", 0.0))
            tiles.append(("Anomaly score", f"{live.anomaly:.2f}", f"highest now: {top[0]}" if top[0] and top[1] > 0 else "highest of its series (0..1)"))
        tiles.append(("Firing alerts", str(firing), ""))
        return '<dl class="tiles">' + "".join(
            f'<div class="tile"><dt>{esc(k)}</dt><dd><span class="big">{esc(v)}</span><span class="muted">{esc(n)}</span></dd></div>'
            for k, v, n in tiles) + "</dl>"

    async def alerts(self, request: web.Request) -> web.Response:
        q = request.query
        status = choice_param(q, "status", ("firing", "resolved", "all"), "all")
        severity = choice_param(q, "severity", ("", "critical", "warning", "info"), "")
        service = q.get("service") or ""
        latest = await self._latest_alerts()
        shown = [a for a in latest
                 if (status == "all" or a.get("status") == status)
                 and (not severity or a.get("severity") == severity)
                 and (not service or a.get("service.name") == service)]
        shown.sort(key=lambda a: (a.get("status") != "firing", _neg_time(a.get("@timestamp"))))
        statuses = [("all", "firing and resolved"), ("firing", "firing"), ("resolved", "resolved")]
        sevs = [("", "any severity"), ("critical", "critical"), ("warning", "warning"), ("info", "info")]
        form = (
            '<form class="filters" method="get" action="/alerts">'
            f'<label>Status <select name="status">{options(statuses, status)}</select></label>'
            f'<label>Severity <select name="severity">{options(sevs, severity)}</select></label>'
            f'<label>Service <input name="service" value="{esc(service)}" placeholder="any"></label>'
            '<button type="submit">Show</button></form>'
        )
        filt = {"status": status, "severity": severity, "service": service}
        body = [
            "<h1>Alerts</h1>", form,
            f'<p class="muted">Latest event of each alert in the last {esc(self.c.max_range)}; new alerts appear here as they fire.</p>',
            _alerts_table(shown, live_filter=filt),
        ]
        if not shown:
            body.append(_empty("No alert matches.", "Alerts appear here when a rule or detector fires."))
        return self.page("Alerts", "".join(body), "/alerts", self._firing_count(latest))

    async def alert(self, request: web.Request) -> web.Response:
        fingerprint = request.match_info["fingerprint"]
        if not fingerprint.isalnum() or len(fingerprint) > 64:
            raise BadParam("fingerprint", f"{fingerprint!r} is not an alert fingerprint (hex digits)")
        events = await self._alert_events(fingerprint)
        latest_all = await self._latest_alerts()
        if not events:
            raise web.HTTPNotFound(text=f"No alert with fingerprint {fingerprint} in the last {self.c.max_range} (console.max_range).")
        events.sort(key=lambda e: str(e.get("@timestamp", "")))
        alert = events[-1]
        body = [f'<h1><span class="status status-{esc(alert.get("status"))}">{esc(alert.get("status"))}</span> '
                f"{esc(alert.get('alertname'))} · {esc(alert.get('service.name'))}</h1>",
                f'<p class="summary">{esc(alert.get("summary"))}</p>']
        if alert.get("description"):
            body.append(f"<p>{esc(alert.get('description'))}</p>")
        body.append(self._alert_facts(alert))
        body.append(await self._alert_chart(alert, events))
        body.append(self._evidence(alert))
        body.append("<h2>Events</h2>" + _events_table(events))
        return self.page(str(alert.get("alertname", "Alert")), "".join(body), "/alerts", self._firing_count(latest_all))

    def _alert_facts(self, alert: Mapping[str, Any]) -> str:
        band = alert.get("expected_band") or {}
        labels = alert.get("labels") or {}
        runbook = (alert.get("annotations") or {}).get("runbook_url") or labels.get("runbook_url") or ""
        if not runbook and self.c.runbook_url:
            runbook = self.c.runbook_url.format_map(_Missing(
                alertname=alert.get("alertname", ""), service=alert.get("service.name", ""),
                kind=alert.get("kind", ""), severity=alert.get("severity", "")))
        facts = [
            ("Severity", f'<span class="sev sev-{esc(alert.get("severity"))}">{esc(alert.get("severity"))}</span>'),
            ("Kind", esc(alert.get("kind"))),
            ("Service", link(url("/services/" + _quote(str(alert.get("service.name", "")))), alert.get("service.name"))),
            ("Since", fmt_time(alert.get("startsAt"))),
            ("Resolved", fmt_time(alert.get("endsAt")) if alert.get("endsAt") else "not yet"),
            ("Observed", esc(_fmt_num(alert.get("observed")))),
            ("Expected", esc(_fmt_num(alert.get("expected")))
             + (f" (band {esc(_fmt_num(band.get('lower')))} – {esc(_fmt_num(band.get('upper')))})" if band else "")),
            ("Score", esc(_fmt_num(alert.get("score")))),
            ("Labels", " ".join(f'<code>{esc(k)}={esc(v)}</code>' for k, v in sorted(labels.items()))),
            ("Runbook", _runbook(runbook)),
        ]
        return '<dl class="facts">' + "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in facts) + "</dl>"

    async def _alert_chart(self, alert: Mapping[str, Any], events: Sequence[Mapping[str, Any]]) -> str:
        series = alert.get("series") or {}
        statistic = str(series.get("statistic", ""))
        if statistic == "error_count" or not series.get("window"):
            interval = int(self.cfg.detectors.error_spike.window_seconds)
        else:
            try:
                interval = int(parse_duration(series["window"]))
            except ValueError:
                interval = 60
        interval = max(1, interval)
        now = self.clock()
        starts = _epoch(alert.get("startsAt")) or now
        ends = _epoch(alert.get("endsAt")) or now
        start = max(starts - 30 * interval, now - self.c.max_range_s)
        end = min(max(ends, starts) + 10 * interval, now)
        if end <= start:
            end = start + interval
        tr = TimeRange(start, end, "")
        request = alert_chart_request(alert, tr, interval)
        if request is None:
            return _note(f"No stored series for the statistic {statistic!r} of this alert.")
        kind, body, stat = request
        answer = await self.store.search(kind, body)
        buckets = ((answer.get("aggregations") or {}).get("hist") or {}).get("buckets", [])
        times, observed = observed_series(buckets, interval, stat)
        lower, upper, expected = _band_steps(times, events)
        has_band = any(v is not None for v in lower)
        threshold = alert.get("expected") if alert.get("kind") in ("threshold", "absent") else None
        label = f"{_STAT_LABEL.get(stat, stat)} per {interval} s around the firing time"
        if has_band:
            label += "; shaded: the detector's expected band"
        if threshold is not None:
            label += "; dashed: the rule's threshold"
        lines = [{"label": "observed", "values": observed}]
        if not has_band and threshold is None and any(v is not None for v in expected):
            lines.append({"label": "expected", "values": expected})
        summary = (f"Observed at firing {_fmt_num(alert.get('observed'))}; expected {_fmt_num(alert.get('expected'))}"
                   + (f", band {_fmt_num((alert.get('expected_band') or {}).get('lower'))} to "
                      f"{_fmt_num((alert.get('expected_band') or {}).get('upper'))}" if alert.get("expected_band") else ""))
        markers = [(int(starts), "fired")]
        if alert.get("endsAt"):
            markers.append((int(ends), "resolved"))
        return "<h2>Observed vs expected</h2>" + chart(
            times, lines, label=label, unit=_UNIT.get(stat, ""), band=(lower, upper) if has_band else None,
            band_label="expected band", threshold=float(threshold) if threshold is not None else None,
            threshold_label="threshold", markers=markers, height=260, summary=summary,
        )

    def _evidence(self, alert: Mapping[str, Any]) -> str:
        ev = alert.get("evidence") or {}
        ids = [str(i) for i in ev.get("record_ids") or []]
        traces = [str(t) for t in ev.get("trace_ids") or []]
        parts = ["<h2>Evidence</h2>"]
        if ids:
            parts.append(f'<p>{link(url("/records", id=ids), f"The {len(ids)} records behind this alert", "button evidence")}</p>')
        if traces:
            parts.append("<p>Traces: " + " ".join(link("/traces/" + t, t[:16] + "…", "mono") for t in traces) + "</p>")
        if ev.get("template"):
            parts.append(f"<p>Template: <code>{esc(ev['template'])}</code></p>")
        service = str(alert.get("service.name", ""))
        starts = _epoch(alert.get("startsAt"))
        if starts:
            frm = TimeRange(starts - 300, starts, "").start_iso
            parts.append("<p>" + link(url("/logs", service=service, level="error", **{"from": frm}),
                                      "Error logs of the service since 5 minutes before it fired") + "</p>")
        if ev.get("query"):
            parts.append(f'<p class="muted">Query: <code>{esc(ev["query"])}</code></p>')
        if len(parts) == 1:
            parts.append('<p class="muted">This alert carries no evidence records.</p>')
        return "".join(parts)

    async def logs(self, request: web.Request) -> web.Response:
        q = request.query
        tr = self._range(q)
        limit = int_param(q, "limit", min(100, self.c.max_results), 1, self.c.max_results)
        level = choice_param(q, "level", tuple(v for v, _ in _LEVELS), "")
        service = (q.get("service") or "").strip()
        text = (q.get("q") or "").strip()
        if len(text) > 1000:
            raise BadParam("q", "longer than 1000 characters")
        trace_id = hex_id(q["trace_id"], "trace_id") if q.get("trace_id") else None
        min_sev = SEVERITY_NUMBERS.get(level.upper(), 0) if level else 0
        hits, total = await self.store.hits("logs", logs_body(tr, limit, service or None, min_sev, text or None, trace_id))
        extra = (
            f'<label>Service <input name="service" value="{esc(service)}" placeholder="any"></label>'
            f'<label>Level <select name="level">{options(_LEVELS, level)}</select></label>'
            f'<label>Text <input type="search" name="q" value="{esc(text)}" placeholder="words or &quot;a phrase&quot;"></label>'
            f'<label>Trace id <input name="trace_id" value="{esc(trace_id or "")}" class="mono" size="34"></label>'
        )
        hidden: dict[str, str | None] = {"limit": q.get("limit")}
        if "from" in q:
            hidden.update({"from": q.get("from"), "to": q.get("to")})
        form = self._range_form("/logs", tr, hidden, extra) if "from" not in q else self._abs_form("/logs", q, extra)
        body = ["<h1>Logs</h1>", form,
                f'<p class="count" role="status">{fmt_count(len(hits))} of {fmt_count(total)} records, newest first</p>',
                _logs_table(hits)]
        if not hits:
            body.append(_empty("No log record matches.", "Widen the time range or remove a filter."))
        return self.page("Logs", "".join(body), "/logs")

    def _abs_form(self, action: str, q: Mapping[str, str], extra: str) -> str:
        return (
            f'<form class="filters" method="get" action="{esc(action)}">'
            f'<label>From <input name="from" value="{esc(q.get("from", ""))}" class="mono"></label>'
            f'<label>To <input name="to" value="{esc(q.get("to", ""))}" class="mono" placeholder="now"></label>'
            f'{extra}<button type="submit">Show</button></form>'
        )

    async def traces(self, request: web.Request) -> web.Response:
        q = request.query
        if q.get("trace_id"):
            raise web.HTTPFound("/traces/" + hex_id(q["trace_id"], "trace_id"))
        tr = self._range(q)
        service = (q.get("service") or "").strip()
        errors_only = choice_param(q, "errors", ("", "0", "1"), "") == "1"
        limit = int_param(q, "limit", min(50, self.c.max_results), 1, self.c.max_results)
        roots, total = await self.store.hits("spans", recent_traces_body(tr, limit, service or None, errors_only))
        extra = (
            f'<label>Service <input name="service" value="{esc(service)}" placeholder="any"></label>'
            f'<label><input type="checkbox" name="errors" value="1"{" checked" if errors_only else ""}> failed only</label>'
        )
        open_form = (
            '<form class="filters" method="get" action="/traces">'
            '<label>Open a trace <input name="trace_id" class="mono" size="34" placeholder="32 hex digits" required></label>'
            '<button type="submit">Open</button></form>'
        )
        rows = []
        for span in roots:
            failed = str(span.get("status.code", "")) == "error"
            rows.append(
                f"<tr><td>{fmt_time(span.get('@timestamp'))}</td><td>{esc(span.get('service.name'))}</td>"
                f"<td>{link('/traces/' + str(span.get('trace_id', '')), span.get('name') or span.get('operation') or '(unnamed)')}</td>"
                f"<td class='num'>{fmt_ms(_float(span.get('duration_ms')))}</td>"
                f"<td>{_ERROR_BADGE if failed else 'ok'}</td>"
                f"<td class='mono'>{esc(str(span.get('trace_id', ''))[:16])}…</td></tr>"
            )
        body = ["<h1>Traces</h1>", open_form, self._range_form("/traces", tr, {}, extra),
                f'<p class="count" role="status">{fmt_count(len(roots))} of {fmt_count(total)} root spans, newest first</p>']
        if rows:
            body.append('<div class="table-wrap"><table><thead><tr><th scope="col">Start</th><th scope="col">Service</th>'
                        '<th scope="col">Root span</th><th scope="col">Duration</th><th scope="col">Status</th>'
                        f'<th scope="col">Trace id</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>')
        else:
            body.append(_empty("No trace matches.", "Widen the time range or remove a filter."))
        return self.page("Traces", "".join(body), "/traces")

    async def trace(self, request: web.Request) -> web.Response:
        trace_id = hex_id(request.match_info["trace_id"], "trace_id")
        spans_req, logs_req = trace_bodies(trace_id, self.c.max_results)
        (spans, _), (logs, _) = await asyncio.gather(self.store.hits("spans", spans_req), self.store.hits("logs", logs_req))
        if not spans and not logs:
            raise web.HTTPNotFound(text=f"No span or log record of trace {trace_id} is stored (yet).")
        rows, start, end = waterfall(spans)
        logs_by_span: dict[str, list[dict[str, Any]]] = {}
        for rec in logs:
            logs_by_span.setdefault(str(rec.get("span_id", "")), []).append(rec)
        services = sorted({str(s.get("service.name", "")) for s in spans})
        body = [f'<h1>Trace <span class="mono">{esc(trace_id)}</span></h1>',
                f'<p class="muted">{len(spans)} spans · {len(logs)} log records · {_n(len(services), "service")} · '
                f"{fmt_ms((end - start) / 1e6) if spans else '—'} · started {fmt_time(start / 1e9) if spans else '—'}</p>"]
        if rows:
            body.append(_waterfall_html(rows, start, end, logs_by_span))
        orphans = [r for sid, recs in logs_by_span.items() if sid not in {str(s.get("span_id")) for s in spans} for r in recs]
        if orphans:
            body.append("<h2>Log records of this trace outside its spans</h2>" + _logs_table(orphans, trace_links=False))
        return self.page(f"Trace {trace_id[:8]}", "".join(body), "/traces")

    async def errors(self, request: web.Request) -> web.Response:
        q = request.query
        tr = time_range(q, self.clock(), self.c.max_range, self.c.max_range_s)
        service = (q.get("service") or "").strip()
        limit = int_param(q, "limit", min(200, self.c.max_results), 1, self.c.max_results)
        docs, total = await self.store.hits("templates", templates_body(tr, limit, service or None))
        extra = f'<label>Service <input name="service" value="{esc(service)}" placeholder="any"></label>'
        body = ["<h1>New error types</h1>",
                '<p class="muted">Templates the processors mined from error logs and exceptions, newest first by first seen.</p>',
                self._range_form("/errors", tr, {}, extra),
                f'<p class="count" role="status">{fmt_count(len(docs))} of {fmt_count(total)} templates</p>']
        rows = []
        for doc in docs:
            samples = [str(i) for i in doc.get("sample_record_ids") or []]
            traces = [str(t) for t in doc.get("sample_trace_ids") or []]
            sample = link(url("/records", id=samples), _n(len(samples), "sample")) if samples else "—"
            if traces:
                sample += " · " + link("/traces/" + traces[0], "a trace")
            rows.append(
                f"<tr><td>{link(url('/services/' + _quote(str(doc.get('service.name', '')))), doc.get('service.name'))}</td>"
                f"<td><code class='template'>{esc(doc.get('template'))}</code></td>"
                f"<td>{fmt_time(doc.get('first_seen'))}</td><td>{fmt_time(doc.get('last_seen'))}</td>"
                f"<td class='num'>{fmt_count(doc.get('count'))}</td><td>{sample}</td></tr>"
            )
        if rows:
            body.append('<div class="table-wrap"><table><thead><tr><th scope="col">Service</th><th scope="col">Template</th>'
                        '<th scope="col">First seen</th><th scope="col">Last seen</th><th scope="col">Count</th>'
                        f'<th scope="col">Sample</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>')
        else:
            body.append(_empty(f"No new error type in the last {tr.label}.", "Templates appear once an error message has been seen and its text is stable."))
        return self.page("New error types", "".join(body), "/errors")

    async def records(self, request: web.Request) -> web.Response:
        ids = request.query.getall("id", [])
        if not ids:
            raise BadParam("id", "missing: give one or more record ids (id=...&id=...)")
        if len(ids) > self.c.max_results:
            raise BadParam("id", f"{len(ids)} ids is out of range: at most {self.c.max_results}")
        for i in ids:
            if not i.isalnum() or len(i) > 64:
                raise BadParam("id", f"{i!r} is not a record id")
        (logs, _), (spans, _) = await asyncio.gather(
            self.store.hits("logs", records_body(ids)), self.store.hits("spans", records_body(ids)))
        body = ["<h1>Records</h1>", f'<p class="count" role="status">{len(logs) + len(spans)} of {len(ids)} records found</p>']
        if logs:
            body.append("<h2>Log records</h2>" + _logs_table(logs))
        if spans:
            rows = "".join(
                f"<tr><td>{fmt_time(s.get('@timestamp'))}</td><td>{esc(s.get('service.name'))}</td><td>{esc(s.get('name'))}</td>"
                f"<td class='num'>{fmt_ms(_float(s.get('duration_ms')))}</td><td>{esc(s.get('status.code'))}</td>"
                f"<td>{link('/traces/' + str(s.get('trace_id', '')), 'trace')}</td></tr>" for s in spans)
            body.append('<h2>Spans</h2><div class="table-wrap"><table><thead><tr><th scope="col">Start</th><th scope="col">Service</th>'
                        '<th scope="col">Name</th><th scope="col">Duration</th><th scope="col">Status</th><th scope="col">Trace</th>'
                        f"</tr></thead><tbody>{rows}</tbody></table></div>")
        if not logs and not spans:
            body.append(_empty(
                "None of these records is in the store (yet).",
                "The sink indexes records a moment after the processors alert on them: reload in a few seconds. "
                "Records older than elasticsearch.retention_days are deleted."))
        return self.page("Records", "".join(body), "/logs")

    async def live(self, request: web.Request) -> web.StreamResponse:
        sub = self.feed.subscribe()
        if sub is None:
            raise web.HTTPServiceUnavailable(text=f"{self.c.max_live_clients} pages already receive live updates (console.max_live_clients).")
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache",
                                           "X-Accel-Buffering": "no"})
        try:
            await resp.prepare(request)
            await resp.write(b"retry: 3000\n\n" + sse_message("status", {"live": self.feed.live, "status": self.feed.status}))
            while True:
                try:
                    message = await sub.next(self.c.keepalive_s)
                except EOFError:
                    break
                await resp.write(message if message is not None else b": keepalive\n\n")
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            self.feed.unsubscribe(sub)
        return resp


# -- rendering helpers ----------------------------------------------------------------------
class _Missing(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _quote(text: str) -> str:
    import urllib.parse

    return urllib.parse.quote(text, safe="")


def _label(tr: TimeRange) -> str | None:
    return tr.label if "–" not in tr.label else None


def _float(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _fmt_num(value: Any) -> str:
    number = _float(value)
    if number is None:
        return "—"
    return f"{number:.4g}"


def _epoch(value: Any) -> float:
    if not value:
        return 0.0
    from pipeline.console.params import parse_instant

    try:
        return parse_instant(str(value), "time")
    except BadParam:
        return 0.0


def _neg_time(value: Any) -> float:
    return -_epoch(value)


def _runbook(runbook: str) -> str:
    if runbook.startswith(("http://", "https://")):
        return link(runbook, runbook)
    if runbook:  # e.g. the default deploy/README.md#errorspike: a path in the Sightline repository
        return (f"<code>{esc(runbook)}</code> <span class='muted'>(not a URL: point alerts.runbook_base_url "
                "at your copy of the runbooks to get a link)</span>")
    return '<span class="muted">none: add a runbook_url annotation to the rule, or set console.runbook_url</span>'


def _n(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _note(text: str) -> str:
    return f'<p class="note" role="note">{esc(text)}</p>'


def _empty(title: str, hint: str) -> str:
    return f'<div class="empty"><p><strong>{esc(title)}</strong></p><p class="muted">{esc(hint)}</p></div>'


def _summary(values: Sequence[Any], fmt: Callable[[Any], str]) -> str:
    known = [v for v in values if v is not None]
    if not known:
        return "no data"
    return f"latest {fmt(known[-1])}, lowest {fmt(min(known))}, highest {fmt(max(known))}"


def _sort_key(row: Mapping[str, Any], sort: str, firing: Mapping[str, list[Any]]) -> tuple[int, Any]:
    req = row.get("requests") or {}
    if sort == "service":
        return (0, (row["service"], row["env"]))
    if sort == "env":
        return (0, (row["env"], row["service"]))
    if sort == "firing":
        return (0, len(firing.get(row["service"], [])))
    if sort == "logs":
        logs = row.get("logs")
        return (0, logs["rate"]) if logs else (1, 0)
    if sort in ("p50", "p95", "p99"):
        value = (req.get("latest") or {}).get(sort)
    else:
        value = req.get(sort)
    return (0, value) if value is not None else (1, 0)


def _band_steps(times: Sequence[int], events: Sequence[Mapping[str, Any]]) -> tuple[list[Any], list[Any], list[Any]]:
    """The detector's band (and expected value) as a step function over ``times``.

    Each event carries the band at its time; before the first event the
    first band holds (it is the baseline the detector had learned).
    """
    steps = sorted(
        ((_epoch(e.get("@timestamp")), e.get("expected_band") or {}, e.get("expected")) for e in events),
        key=lambda s: s[0],
    )
    lower: list[Any] = []
    upper: list[Any] = []
    expected: list[Any] = []
    for t in times:
        current = steps[0] if steps else None
        for step in steps:
            if step[0] <= t:
                current = step
        band = current[1] if current else {}
        lower.append(_float(band.get("lower")) if band else None)
        upper.append(_float(band.get("upper")) if band else None)
        expected.append(_float(current[2]) if current else None)
    return lower, upper, expected


def _alerts_table(alerts: Sequence[Mapping[str, Any]], live_filter: Mapping[str, str] | None = None) -> str:
    rows = "".join(_alert_row(a) for a in alerts)
    live = f' data-live-alerts="1" data-filter="{esc(json_filter(live_filter))}"' if live_filter is not None else ""
    return (
        '<div class="table-wrap"><table class="alerts"><thead><tr><th scope="col">Status</th><th scope="col">Severity</th>'
        '<th scope="col">Kind</th><th scope="col">Alert</th><th scope="col">Service</th><th scope="col">Summary</th>'
        f'<th scope="col">Since</th><th scope="col">Last event</th></tr></thead><tbody id="alert-rows"{live}>{rows}</tbody></table></div>'
    )


def json_filter(value: Mapping[str, str] | None) -> str:
    import orjson

    return orjson.dumps(dict(value or {})).decode()


def _alert_row(a: Mapping[str, Any]) -> str:
    fp = str(a.get("fingerprint", ""))
    status = str(a.get("status", ""))
    return (
        f'<tr data-fingerprint="{esc(fp)}"><td><span class="status status-{esc(status)}">{esc(status)}</span></td>'
        f'<td><span class="sev sev-{esc(a.get("severity"))}">{esc(a.get("severity"))}</span></td>'
        f"<td>{esc(a.get('kind'))}</td><td>{link('/alerts/' + fp, a.get('alertname'))}</td>"
        f"<td>{esc(a.get('service.name'))}</td><td>{esc(a.get('summary'))}</td>"
        f"<td>{fmt_time(a.get('startsAt'))}</td><td>{fmt_time(a.get('@timestamp'))}</td></tr>"
    )


def _events_table(events: Sequence[Mapping[str, Any]]) -> str:
    rows = "".join(
        f"<tr><td>{fmt_time(e.get('@timestamp'))}</td><td>{esc(e.get('status'))}</td><td class='num'>{esc(_fmt_num(e.get('observed')))}</td>"
        f"<td class='num'>{esc(_fmt_num(e.get('expected')))}</td><td>{esc(e.get('summary'))}</td></tr>"
        for e in reversed(events)
    )
    return ('<div class="table-wrap"><table><thead><tr><th scope="col">Time</th><th scope="col">Status</th><th scope="col">Observed</th>'
            f'<th scope="col">Expected</th><th scope="col">Summary</th></tr></thead><tbody>{rows}</tbody></table></div>')


def _level_class(rec: Mapping[str, Any]) -> str:
    n = int(rec.get("severity_number") or 0)
    return "lvl-error" if n >= 17 else "lvl-warn" if n >= 13 else "lvl-info" if n >= 9 else "lvl-debug"


def _logs_table(records: Sequence[Mapping[str, Any]], trace_links: bool = True) -> str:
    rows = []
    for rec in records:
        trace = str(rec.get("trace_id") or "")
        trace_cell = link("/traces/" + trace, trace[:16] + "…", "mono") if trace and trace_links else esc(trace[:16])
        rows.append(
            f"<tr><td>{fmt_time(rec.get('@timestamp'))}</td><td>{esc(rec.get('service.name'))}</td>"
            f"<td><span class='lvl {_level_class(rec)}'>{esc(rec.get('severity_text') or '—')}</span></td>"
            f"<td class='message'>{esc(rec.get('message'))}</td><td>{trace_cell}</td></tr>"
        )
    return ('<div class="table-wrap"><table class="logs"><thead><tr><th scope="col">Time</th><th scope="col">Service</th>'
            '<th scope="col">Level</th><th scope="col">Message</th><th scope="col">Trace</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')


def _detectors_table(live: ServiceNow) -> str:
    """Each anomaly detector's last value against its expected band, from the processors' /metrics."""
    rows = []
    items = sorted(live.detectors.items(), key=lambda kv: -kv[1].get("score", 0.0))[:50]
    for (name, statistic), f in items:
        value, lower, upper = f.get("value"), f.get("lower"), f.get("upper")
        fmt = fmt_pct if statistic == "error_ratio" else fmt_ms if statistic.endswith("_ms") else fmt_rate if statistic == "request_rate" else _fmt_num
        band = f"{fmt(lower)} – {fmt(upper)}" if lower is not None and upper is not None else "warming up"
        outside = value is not None and lower is not None and upper is not None and not lower <= value <= upper
        state = '<span class="status status-firing">outside</span>' if outside else ("inside" if lower is not None else "—")
        rows.append(f"<tr><th scope='row'>{esc(name)}</th><td>{esc(_STAT_LABEL.get(statistic, statistic))}</td>"
                    f"<td class='num'>{esc(fmt(value))}</td><td class='num'>{esc(band)}</td><td>{state}</td>"
                    f"<td class='num'>{esc(_fmt_num(f.get('score')))}</td></tr>")
    return ('<p class="muted">Read from the processors now: each detector\'s last value, the band it expected, its score (0..1).</p>'
            '<div class="table-wrap"><table><thead><tr><th scope="col">Series</th><th scope="col">Statistic</th>'
            '<th scope="col">Value</th><th scope="col">Expected band</th><th scope="col">Value is</th>'
            f'<th scope="col">Score</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>')


def _operations_table(buckets: Sequence[Mapping[str, Any]], seconds: float) -> str:
    rows = []
    for b in buckets:
        count = int(b.get("doc_count", 0))
        errors = int((b.get("errors") or {}).get("doc_count", 0))
        values = (b.get("latency") or {}).get("values") or {}
        p = [_float(values.get(k)) for k in ("50.0", "95.0", "99.0")]
        rows.append(f"<tr><th scope='row'>{esc(b.get('key'))}</th><td class='num'>{fmt_rate(count / seconds if seconds else None)}</td>"
                    f"<td class='num'>{fmt_pct(errors / count if count else None)}</td>"
                    + "".join(f"<td class='num'>{fmt_ms(v)}</td>" for v in p) + "</tr>")
    return ('<div class="table-wrap"><table><thead><tr><th scope="col">Operation</th><th scope="col">Requests</th>'
            '<th scope="col">Error ratio</th><th scope="col">p50</th><th scope="col">p95</th><th scope="col">p99</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')


def _waterfall_html(rows: Sequence[Mapping[str, Any]], start: int, end: int, logs_by_span: Mapping[str, list[dict[str, Any]]]) -> str:
    total_ms = (end - start) / 1e6
    ticks = "".join(f'<span style="left:{p}%">{esc(fmt_ms(total_ms * p / 100))}</span>' for p in (0, 25, 50, 75, 100))
    out = [f'<div class="waterfall" aria-label="Spans of the trace by start time">'
           f'<div class="wf-head" aria-hidden="true"><span class="wf-name">Span</span>'
           f'<span class="wf-axis">{ticks}</span></div>']
    for row in rows:
        span = row["span"]
        failed = str(span.get("status.code", "")) == "error"
        sid = str(span.get("span_id", ""))
        name = span.get("name") or span.get("operation") or "(unnamed)"
        dur = fmt_ms(_float(span.get("duration_ms")))
        logs = logs_by_span.get(sid, [])
        detail = (f"{esc(span.get('service.name'))} · {esc(span.get('kind'))} · {esc(dur)}"
                  + (f" · {esc(span.get('status.message') or 'error')}" if failed else ""))
        log_lines = "".join(
            f"<li>{fmt_time(r.get('@timestamp'))} <span class='lvl {_level_class(r)}'>{esc(r.get('severity_text') or '—')}</span> "
            f"{esc(r.get('message'))}</li>" for r in logs)
        attrs = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in sorted((span.get("attributes") or {}).items())[:40])
        out.append(
            f'<details class="wf-row{" failed" if failed else ""}" data-span-id="{esc(sid)}">'
            f'<summary><span class="wf-name" style="padding-left:{min(int(row["depth"]), 20) * 14 + 4}px">'
            f'<span class="svc">{esc(span.get("service.name"))}</span> {esc(name)}'
            f'{f" <span class=logs-count>{len(logs)} logs</span>" if logs else ""}</span>'
            f'<span class="wf-axis"><span class="wf-bar" style="left:{row["offset_pct"]}%;width:max({row["width_pct"]}%,2px)" '
            f'title="{esc(dur)}"></span><span class="wf-dur" style="left:min({row["offset_pct"] + row["width_pct"]}%,92%)">{esc(dur)}</span></span>'
            f'</summary><div class="wf-detail"><p>{detail} · span <span class="mono">{esc(sid)}</span></p>'
            + (f"<ul class='wf-logs'>{log_lines}</ul>" if logs else "")
            + (f"<dl class='attrs'>{attrs}</dl>" if attrs else "")
            + "</div></details>"
        )
    out.append("</div>")
    return "".join(out)
