"""The console in a real browser (Debian's Chromium driven by Playwright) over the embedded stack.

Records go in through the ingestor as an application would send them (OTLP/JSON
spans, JSON log lines), through Kafka, the processor and the sink into the
search store; the console reads them back.  One test walks every page, so the
stack starts once: services, a live alert after an error burst, its chart and
band, its evidence, a log search, a trace waterfall, new error types; then the
same pages against a store that is down.
"""

from __future__ import annotations

import os
import time
import uuid
from typing import Any
from urllib.parse import parse_qs, urlsplit

import aiohttp
import orjson
import pytest
from prometheus_client import CollectorRegistry

from pipeline.console import Console
from pipeline.embedded import free_port
from pipeline.ingest import Ingestor
from pipeline.kafka import ensure_topics
from pipeline.process import Processor
from pipeline.sinks.elasticsearch import ElasticsearchSink
from tests.helpers import eventually, search

pytestmark = pytest.mark.integration

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SHOTS = os.environ.get("SIGHTLINE_CONSOLE_SCREENSHOTS")  # a directory: save a screenshot of each page there


def _attr(key: str, value: str) -> dict[str, Any]:
    return {"key": key, "value": {"stringValue": value}}


def _span(trace: str, span: str, parent: str, name: str, start: float, ms: float, error: bool = False, kind: int = 2) -> dict[str, Any]:
    return {
        "traceId": trace, "spanId": span, "parentSpanId": parent, "name": name, "kind": kind,
        "startTimeUnixNano": str(int(start * 1e9)), "endTimeUnixNano": str(int((start + ms / 1000) * 1e9)),
        "status": {"code": 2, "message": "card declined"} if error else {"code": 1},
        "attributes": [_attr("http.route", name.split(" ")[-1])] if kind == 2 else [],
    }


def _traces(spans: list[dict[str, Any]], service: str = "checkout") -> bytes:
    resource = {"attributes": [_attr("service.name", service), _attr("deployment.environment.name", "test")]}
    return orjson.dumps({"resourceSpans": [{"resource": resource, "scopeSpans": [{"scope": {"name": "shop"}, "spans": spans}]}]})


async def _post(http: aiohttp.ClientSession, url: str, body: bytes, content_type: str) -> None:
    async with http.post(url, data=body, headers={"Content-Type": content_type}) as resp:
        assert resp.status == 200, await resp.text()


async def _has_docs(cfg: Any, service: str, n: int) -> bool:
    return len(await search(cfg, "logs", {"term": {"service.name": service}})) >= n


async def _has_spans(cfg: Any, service: str, n: int) -> bool:
    return len(await search(cfg, "spans", {"term": {"service.name": service}})) >= n


# Pixels of a canvas in the first series' colour (--series-1), opaque: what uPlot drew of the series
_SERIES_PIXELS = """(canvas) => {
    const probe = document.createElement("canvas").getContext("2d");
    probe.fillStyle = getComputedStyle(document.documentElement).getPropertyValue("--series-1").trim();
    probe.fillRect(0, 0, 1, 1);
    const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
    const d = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) {
        if (d[i + 3] > 200 && Math.abs(d[i] - r) < 40 && Math.abs(d[i + 1] - g) < 40 && Math.abs(d[i + 2] - b) < 40) n++;
    }
    return n;
}"""


async def test_console_pages_in_a_browser(make_config, tmp_path) -> None:
    playwright_api = pytest.importorskip("playwright.async_api", reason="pip install -e '.[dev]' installs playwright")
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium (make system-deps)")
    cfg = make_config(**{
        "alerts.evaluation_interval_s": 1,
        "detectors.error_spike.window_seconds": 10,
        "templates.warmup_seconds": 60,
        "templates.confirm_seconds": 1,
        "console.port": 0,
        "console.default_range": "1h",
    })
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    now = time.time()
    tag = uuid.uuid4().hex[:6]
    known_trace = uuid.uuid4().hex
    root, db, pay = uuid.uuid4().hex[:16], uuid.uuid4().hex[:16], uuid.uuid4().hex[:16]
    # ten minutes of requests (event time), one batch a minute, and one trace of three spans
    span_batches = []
    for minute in range(10):
        t = now - 600 + minute * 60
        span_batches.append([
            _span(uuid.uuid4().hex, uuid.uuid4().hex[:16], "", "GET /cart", t + i, 20 + (i * 7) % 40, error=(i == 3))
            for i in range(20)
        ])
    t0 = now - 120
    span_batches.append([
        _span(known_trace, root, "", "POST /checkout", t0, 180.0),
        _span(known_trace, db, root, "SELECT orders", t0 + 0.01, 40.0, kind=3),
        _span(known_trace, pay, root, "charge card", t0 + 0.06, 100.0, error=True, kind=3),
    ])
    log_batches = []
    for minute in range(10):
        t = now - 600 + minute * 60
        lines = [{"ts": t + i, "level": "info", "msg": f"order {i} ok", "service": "checkout"} for i in range(20)]
        lines.append({"ts": t + 30, "level": "error", "msg": "payment declined for order 7", "service": "checkout",
                      "trace_id": f"{minute:032x}"})
        # a service that only logs (a nightly job, a syslog program): no spans at all
        lines.append({"ts": t + 40, "level": "error" if minute == 9 else "info", "msg": f"backup step {minute}",
                      "service": "nightly"})
        log_batches.append(lines)
    log_batches.append([
        {"ts": t0 + 0.02, "level": "info", "msg": f"reading orders of cart {tag}", "service": "checkout",
         "trace_id": known_trace, "span_id": db},
        {"ts": t0 + 0.1, "level": "error", "msg": f"card declined for cart {tag}", "service": "checkout",
         "trace_id": known_trace, "span_id": pay},
    ])

    ingest, proc, sink = Ingestor(cfg, registry), Processor(cfg, registry), ElasticsearchSink(cfg, registry)
    console = Console(cfg, registry)
    dead = Console(make_config(**{"console.port": 0, "elasticsearch.hosts": [f"http://127.0.0.1:{free_port()}"],
                                  "console.store_timeout_s": 2}))
    errors: list[str] = []
    async with ingest, proc, sink, console, dead, playwright_api.async_playwright() as pw:
        await eventually(lambda: _joined(proc), timeout=60)
        base = f"http://127.0.0.1:{ingest.http_port}"
        async with aiohttp.ClientSession() as http:
            for spans in span_batches:
                await _post(http, base + "/v1/traces", _traces(spans), "application/json")
            # a service whose requests all fall in one minute: each chart of its page holds one point
            once = [_span(uuid.uuid4().hex, uuid.uuid4().hex[:16], "", "GET /ping", now - 300 + i, 5.0, error=(i < 2))
                    for i in range(10)]
            await _post(http, base + "/v1/traces", _traces(once, "once"), "application/json")
            for lines in log_batches:
                await _post(http, base + "/api/v1/logs", b"\n".join(orjson.dumps(x) for x in lines), "application/x-ndjson")

        async def stored() -> bool:
            logs = await search(cfg, "logs", {"match": {"message": tag}})
            spans = await search(cfg, "spans", {"term": {"trace_id": known_trace}})
            return len(logs) == 2 and len(spans) == 3

        await eventually(stored, timeout=90)

        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = await browser.new_page(viewport={"width": 1440, "height": 900})
        page.on("console", lambda m: errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(f"page error: {e}"))
        home = console.url

        async def shot(name: str) -> None:
            if SHOTS:
                await page.screenshot(path=os.path.join(SHOTS, f"{name}.png"), full_page=True)

        # Services: the seeded service, with its environment and sparklines drawn by uPlot
        resp = await page.goto(home + "/services")
        assert resp is not None and resp.status == 200
        row = page.locator("tr[data-service=checkout][data-env=test]")
        await row.wait_for()
        assert await row.locator(".spark canvas").count() == 5  # rate, error ratio, p50, p95, p99 (its logs carry no environment)
        await shot("services")
        resp = await page.goto(home + "/services/checkout?env=test")
        assert resp is not None and resp.status == 200
        assert await page.locator("figure.chart canvas").count() >= 3
        assert "/cart" in await page.locator("table").last.inner_text()  # operations: the HTTP route
        await shot("service")
        # a lone point (the only minute with requests) is drawn as a dot: the error-ratio chart is not empty
        await eventually(lambda: _has_spans(cfg, "once", 10), timeout=60)
        resp = await page.goto(home + "/services/once")
        assert resp is not None and resp.status == 200
        ratio = page.locator("figure.chart", has_text="Error ratio")
        await ratio.locator("canvas").wait_for()
        assert await ratio.locator("canvas").evaluate(_SERIES_PIXELS) > 0
        # a service that only logs: its tiles count log records, not requests it never had
        await eventually(lambda: _has_docs(cfg, "nightly", 10), timeout=60)
        resp = await page.goto(home + "/services/nightly")
        assert resp is not None and resp.status == 200
        tiles = (await page.locator("dl.tiles").inner_text()).lower()  # rendered text: the titles are upper-cased
        assert "log records" in tiles and "10 in 1h" in tiles and "requests" not in tiles, tiles
        assert "error logs" in tiles and "10%" in tiles and "1 at error or above" in tiles, tiles

        # Alerts: live (no reload) after an error burst
        await page.goto(home + "/alerts")
        await page.wait_for_selector("body[data-live=on]", timeout=30_000)
        burst = [{"ts": time.time() - 1 + i / 1000, "level": "error", "msg": f"upstream timeout after {i} ms calling /charge",
                  "service": "checkout", "trace_id": f"{1000 + i:032x}"} for i in range(200)]
        async with aiohttp.ClientSession() as http:
            await _post(http, base + "/api/v1/logs", b"\n".join(orjson.dumps(x) for x in burst), "application/x-ndjson")
        # the spike of the burst's error type (the all-errors spike samples older error spans too)
        spike_row = page.locator("#alert-rows tr", has_text="ErrorSpike").filter(has_text="log_error")
        await spike_row.first.wait_for(timeout=90_000)
        assert "firing" in await spike_row.first.inner_text()
        assert await page.locator("#toasts .toast").count() >= 1
        await shot("alerts-live")

        # The alert's page once the sink has stored it: observed vs the detector's band
        href = await spike_row.first.locator("a").first.get_attribute("href")
        assert href and href.startswith("/alerts/")

        async def alert_stored() -> bool:  # asked without the browser: its 404s would be console errors
            async with aiohttp.ClientSession() as http, http.get(home + href) as r:
                return r.status == 200

        await eventually(alert_stored, timeout=60, interval=1)
        await page.goto(home + href)
        figure = page.locator("figure.chart")
        await figure.locator("canvas").wait_for()
        data = orjson.loads(await page.locator("figure.chart script[type='application/json']").text_content() or "{}")
        assert data["band"] and any(v is not None for v in data["band"]["upper"])
        assert any(v for v in data["series"][0]["values"]), data["series"]
        assert "expected band" in await figure.locator("figcaption").inner_text()
        assert "deploy/README.md#errorspike" in await page.locator("dl.facts").inner_text()  # its runbook
        assert "has-band" in (await figure.get_attribute("class") or "")  # the script drew the band
        legend = await figure.locator(".u-legend").inner_text()  # drawn by uPlot: the observed series
        assert "observed" in legend
        await shot("alert")

        # Its evidence: one click to the records behind it
        await page.locator("a.evidence").click()
        await page.wait_for_url("**/records?**")

        async def evidence_stored() -> str:  # the sink may index the burst a moment after the alert fired
            if not await page.locator("table.logs").count():
                await page.reload()
                return ""
            return await page.locator("table.logs").inner_text()

        try:
            records = await eventually(evidence_stored, timeout=60, interval=1)
        except AssertionError:
            ids = parse_qs(urlsplit(page.url).query).get("id", [])
            found = {kind: [d["id"] for d in await search(cfg, kind, {"terms": {"id": ids}})] for kind in ("logs", "spans")}
            burst_stored = len(await search(cfg, "logs", {"match": {"message": "upstream"}}))
            raise AssertionError(f"evidence {ids} not stored: found {found}; burst records stored: {burst_stored}; "
                                 f"alert {href}") from None
        assert "upstream timeout after" in records
        await shot("evidence")

        # Log search by service and text; the record's trace id opens the waterfall
        await page.goto(home + "/logs")
        await page.get_by_label("Service").fill("checkout")
        await page.get_by_label("Text").fill(f"card declined {tag}")
        await page.get_by_role("button", name="Show").click()
        await page.wait_for_url("**q=card**")
        found = page.locator("table.logs tbody tr")
        assert await found.count() == 1
        assert f"card declined for cart {tag}" in await found.inner_text()
        await shot("logs")
        await found.locator("a.mono").click()
        await page.wait_for_url(f"**/traces/{known_trace}")
        rows = page.locator(".waterfall details.wf-row")
        assert await rows.count() == 3
        assert "POST /checkout" in await rows.nth(0).inner_text()
        assert await page.locator(".waterfall .failed").count() == 1
        await rows.nth(2).locator("summary").click()
        assert f"card declined for cart {tag}" in await rows.nth(2).inner_text()
        await shot("trace")

        # New error types: the burst's template, per service
        async def template_listed() -> bool:
            await page.goto(home + "/errors?service=checkout")
            return "upstream timeout after" in await page.locator("main").inner_text()

        await eventually(template_listed, timeout=60, interval=1)
        await shot("errors")
        await page.goto(home + "/traces?service=checkout")
        assert "POST /checkout" in await page.locator("main").inner_text()

        assert errors == [], errors  # every page so far loaded and drew without a console error

        # Bad input and a store that is down: a page with the status and what is wrong
        for path, status, text in [
            ("/services?range=30d", 400, "range: 30d is longer than the 7d allowed"),
            ("/logs?limit=0", 400, "limit: 0 is out of range"),
            ("/services/no-such-service", 404, "No service named 'no-such-service'"),
            ("/traces/not-a-trace", 400, "is not a trace id"),
            ("/alerts/0123456789abcdef", 404, "No alert with fingerprint"),
        ]:
            r = await page.goto(home + path)
            assert r is not None and r.status == status, path
            body = await page.locator("main").inner_text()
            assert text in body and "Traceback" not in body, body
        r = await page.goto(dead.url + "/services")
        assert r is not None and r.status == 503
        body = await page.locator("[role=alert]").inner_text()
        assert "search store at http://127.0.0.1:" in body and "unreachable" in body
        await shot("store-down")
        await browser.close()
    # error pages: the browser reports their status ("Failed to load resource"), nothing else
    unexpected = [e for e in errors if "Failed to load resource" not in e]
    assert unexpected == [], unexpected


async def _joined(proc: Processor) -> bool:
    return proc.joined
