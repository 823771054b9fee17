"""The scrape loops: one per target, jittered, at most ``max_concurrent_scrapes`` at once.

Scraping runs inside the ingest process, as a background task of the
receiver contract (:attr:`pipeline.ingest.contract.Endpoints.tasks`): it
produces through the same :class:`~pipeline.ingest.receiver.Receiver` as the
push receivers (same Kafka producer, limits, request counters and readiness),
and ``sightline up`` scrapes with no process more.  Run the scrape jobs on
one ingest replica only (each replica configured with them scrapes every
target).

Each target's first scrape waits a fixed offset inside its interval (a hash
of its URL, as Prometheus does, so targets spread over the interval and keep
their slot across restarts); later scrapes follow every interval.  A scrape
that fails (connection refused, timeout, HTTP status other than 200, an
exposition that does not parse, over ``sample_limit`` or the size limit)
reports ``up 0`` and is logged when the target's state changes; it never
stops the loop.  ``file_sd_configs`` files are re-read when their modification
time or size changes (checked every few seconds) and at their
``refresh_interval``; targets that appear start, targets that go stop.
"""

from __future__ import annotations

import asyncio
import hashlib
import ssl
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric

from pipeline.ingest.contract import ReceiverContext
from pipeline.ingest.errors import IngestError
from pipeline.ingest.promremote.codec import MetadataCache, split
from pipeline.ingest.quote import scrub
from pipeline.ingest.receiver import Request
from pipeline.ingest.scrape.codec import (
    Target,
    TargetGroup,
    accept_header,
    add_report,
    exposition_request,
    file_state,
    parse_exposition,
    read_target_files,
    target_labels,
)
from pipeline.ingest.scrape.config import ScrapeConfig, ScrapeJobConfig
from pipeline.log import get_logger
from schemas.prometheus import WriteRequest
from schemas.raw import FORMAT_PROM_WRITE

__all__ = ["ScrapeResult", "Scraper"]

log = get_logger("ingest.scrape")


def _url(target: Target) -> str:
    """A target's URL for a log line: a password or a token in it (userinfo, query) replaced."""
    url = target.url
    return scrub(url) if "@" in url or "?" in url else url


TRANSPORT = "scrape"
_FILE_CHECK_S = 2.0  # how often file_sd files are looked at for a change


class ScrapeFailed(Exception):
    """Why a scrape produced no samples (the message is logged)."""


@dataclass(slots=True)
class ScrapeResult:
    """The last scrape of a target."""

    up: bool
    duration_s: float
    samples: int
    error: str = ""
    at: float = 0.0


class Scraper:
    """Scrapes every target of ``ingest.scrape.scrape_configs`` and produces the series to Kafka."""

    def __init__(self, section: ScrapeConfig, ctx: ReceiverContext) -> None:
        self.section = section
        self.ctx = ctx
        self.cache = MetadataCache(10_000)
        self.results: dict[Target, ScrapeResult] = {}
        self._loops: dict[tuple[str, Target], asyncio.Task[None]] = {}
        self._watchers: list[asyncio.Task[None]] = []
        self._session: aiohttp.ClientSession | None = None
        self._sem = asyncio.Semaphore(section.max_concurrent_scrapes)
        self._ssl: dict[str, ssl.SSLContext | bool] = {}
        self._started = False
        self._collector: _ScrapeCollector | None = None
        self.scrapes: dict[tuple[str, bool], int] = {}  # (job, up) → scrapes so far

    # -- lifecycle -------------------------------------------------------------------------
    async def start(self) -> None:
        if self._started:
            return
        self._started = True
        self._collector = _ScrapeCollector(self)
        self.ctx.metrics.registry.register(self._collector)
        self._session = aiohttp.ClientSession(auto_decompress=True)
        for job in self.section.scrape_configs:
            self._ssl[job.job_name] = _ssl_context(job)
            static = [
                TargetGroup(tuple(group.targets), tuple(sorted(group.labels.items()))) for group in job.static_configs
            ]
            self._sync(job, "static", static)
            for i, sd in enumerate(job.file_sd_configs):
                self._watchers.append(asyncio.create_task(self._watch_files(job, f"file_sd/{i}", sd.files, sd.refresh_interval)))
        log.info("scraping", extra={"jobs": len(self.section.scrape_configs), "targets": len(self._loops)})

    async def stop(self) -> None:
        tasks = [*self._watchers, *self._loops.values()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._watchers.clear()
        self._loops.clear()
        if self._session is not None:
            await self._session.close()
            self._session = None
        if self._collector is not None:
            self.ctx.metrics.registry.unregister(self._collector)
            self._collector = None
        self._started = False

    @property
    def targets(self) -> list[Target]:
        """Every target scraped now."""
        return [target for _source, target in self._loops]

    # -- targets ---------------------------------------------------------------------------
    def _targets(self, job: ScrapeJobConfig, groups: list[TargetGroup]) -> set[Target]:
        out = set()
        query = f"?{urlencode(job.params, doseq=True)}" if job.params else ""
        for group in groups:
            for address in group.targets:
                url = f"{job.scheme}://{address}{job.metrics_path}{query}"
                out.add(Target(job.job_name, url, target_labels(job.job_name, address, group.labels)))
        return out

    def _sync(self, job: ScrapeJobConfig, source: str, groups: list[TargetGroup]) -> None:
        """Make the loops of ``source`` (static, file_sd/N) of ``job`` match ``groups``."""
        key = f"{job.job_name}/{source}"
        wanted = self._targets(job, groups)
        for (src, target), task in list(self._loops.items()):
            if src == key and target not in wanted:
                task.cancel()
                del self._loops[(src, target)]
                self.results.pop(target, None)
        for target in wanted:
            if (key, target) not in self._loops:
                self._loops[(key, target)] = asyncio.create_task(self._loop(job, target))

    async def _watch_files(self, job: ScrapeJobConfig, source: str, patterns: list[str], refresh: float) -> None:
        state: tuple[Any, ...] | None = None
        last_read = 0.0
        while True:
            now = time.monotonic()
            current = await asyncio.to_thread(file_state, patterns)
            if current != state or now - last_read >= refresh:
                groups, problems = await asyncio.to_thread(read_target_files, patterns)
                for path, problem in problems.items():
                    log.warning("file_sd file not read; its previous targets are kept", extra={"job": job.job_name, "file": path, "reason": scrub(problem)})
                if not problems or state is None:
                    self._sync(job, source, [g for gs in groups.values() for g in gs])
                state, last_read = current, now
            await asyncio.sleep(min(_FILE_CHECK_S, refresh))

    # -- scraping --------------------------------------------------------------------------
    async def _loop(self, job: ScrapeJobConfig, target: Target) -> None:
        interval = job.scrape_interval or self.section.scrape_interval
        timeout = job.scrape_timeout or min(self.section.scrape_timeout, interval)
        digest = hashlib.blake2b(target.url.encode() + target.job.encode(), digest_size=8).digest()
        offset = int.from_bytes(digest, "big") / 2**64 * interval
        loop = asyncio.get_running_loop()
        start = loop.time() + offset
        await asyncio.sleep(offset)
        tick = 0
        while True:
            try:
                await self.scrape_once(job, target, timeout)
            except asyncio.CancelledError:
                raise
            except Exception:  # a bug must not end the loop: log it and scrape again next time
                log.exception("scrape loop error", extra={"job": target.job, "url": _url(target)})
            tick += 1
            next_at = start + tick * interval
            now = loop.time()
            if next_at < now:  # fell behind (a slow scrape): skip the missed slots
                tick = int((now - start) // interval) + 1
                next_at = start + tick * interval
            await asyncio.sleep(next_at - now)

    async def scrape_once(self, job: ScrapeJobConfig, target: Target, timeout: float) -> ScrapeResult:
        """Scrape ``target`` once and produce its series (report series included)."""
        now_ms = int(time.time() * 1000)
        started = time.perf_counter()
        request = WriteRequest()
        samples = 0
        error = ""
        async with self._sem:
            try:
                content_type, text = await self._fetch(job, target, timeout)
                families_request = await asyncio.to_thread(self._build, job, target, content_type, text, now_ms)
                request, samples = families_request
                limit = job.sample_limit or self.ctx.limits.max_records - 3  # room for the report series
                if samples > limit:
                    raise ScrapeFailed(f"{samples} samples, over sample_limit {limit}")
            except ScrapeFailed as exc:
                request, samples, error = WriteRequest(), 0, scrub(str(exc))  # logged and shown: no secret from the page
        duration = time.perf_counter() - started
        result = ScrapeResult(not error, duration, samples, error, time.time())
        add_report(request, target, now_ms, result.up, duration, samples)
        previous = self.results.get(target)
        self.results[target] = result
        self.scrapes[(target.job, result.up)] = self.scrapes.get((target.job, result.up), 0) + 1
        if previous is None or previous.up != result.up:
            if result.up:
                log.info("target up", extra={"job": target.job, "url": _url(target), "samples": samples})
            else:
                log.warning("target down", extra={"job": target.job, "url": _url(target), "reason": error})
        await self._produce(request, samples)
        return result

    def _build(self, job: ScrapeJobConfig, target: Target, content_type: str, text: str, now_ms: int) -> tuple[Any, int]:
        try:
            families = parse_exposition(text, content_type)
        except ValueError as exc:
            raise ScrapeFailed(f"exposition does not parse: {exc}") from None
        return exposition_request(families, target, now_ms, job.honor_labels, job.honor_timestamps)

    async def _fetch(self, job: ScrapeJobConfig, target: Target, timeout: float) -> tuple[str, str]:
        assert self._session is not None
        headers = {"Accept": accept_header(job.scrape_protocols), "X-Prometheus-Scrape-Timeout-Seconds": f"{timeout:g}"}
        auth = _authorization(job)
        if auth:
            headers["Authorization"] = auth
        limit = job.body_size_limit or self.ctx.limits.max_decompressed_bytes
        try:
            async with asyncio.timeout(timeout):
                async with self._session.get(
                    target.url, headers=headers, ssl=self._ssl.get(job.job_name, True),
                    server_hostname=job.tls_config.server_name,
                ) as resp:
                    if resp.status != 200:
                        raise ScrapeFailed(f"HTTP status {resp.status}")
                    chunks = []
                    size = 0
                    async for chunk in resp.content.iter_chunked(1 << 16):
                        size += len(chunk)
                        if size > limit:
                            raise ScrapeFailed(f"exposition larger than {limit} bytes")
                        chunks.append(chunk)
                    body = b"".join(chunks)
                    content_type = resp.headers.get("Content-Type", "text/plain")
        except TimeoutError:
            raise ScrapeFailed(f"no complete answer within {timeout:g}s (scrape_timeout)") from None
        except aiohttp.ClientError as exc:
            raise ScrapeFailed(f"{type(exc).__name__}: {exc}") from None
        except OSError as exc:
            raise ScrapeFailed(f"cannot read credentials: {exc}") from None
        return content_type, body.decode("utf-8", "replace")

    async def _produce(self, request: Any, samples: int) -> None:
        receiver, limits = self.ctx.receiver, self.ctx.limits
        req = Request("metrics", TRANSPORT)
        try:
            receiver.check_kafka()
            data = request.SerializeToString()
            out = split(data, request, limits, self.cache)
            for reason, n in out.refused.items():
                self.ctx.metrics.rejected.labels("metrics", reason).inc(n)
            await receiver.produce(req, out.batches, FORMAT_PROM_WRITE, time.time_ns())
        except IngestError as exc:
            receiver.count(req, exc.outcome)
            log.warning("scrape not produced", extra={"reason": exc.message, "samples": samples})
            return
        self.ctx.metrics.records.labels("metrics", TRANSPORT).inc(out.samples)
        receiver.count(req, "partial" if out.refused else "ok")


def _secret(value: Any, path: str | None) -> str:
    if path:
        return Path(path).read_text(encoding="utf-8").strip()
    return value.get_secret_value() if value is not None else ""


def _authorization(job: ScrapeJobConfig) -> str:
    if job.basic_auth is not None:
        import base64

        password = _secret(job.basic_auth.password, job.basic_auth.password_file)
        token = base64.b64encode(f"{job.basic_auth.username}:{password}".encode()).decode()
        return f"Basic {token}"
    if job.authorization is not None:
        return f"{job.authorization.type} {_secret(job.authorization.credentials, job.authorization.credentials_file)}"
    return ""


def _ssl_context(job: ScrapeJobConfig) -> ssl.SSLContext | bool:
    tls = job.tls_config
    if job.scheme != "https":
        return True
    context = ssl.create_default_context(cafile=tls.ca_file)
    if tls.cert_file and tls.key_file:
        context.load_cert_chain(tls.cert_file, tls.key_file)
    if tls.insecure_skip_verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


class _ScrapeCollector:
    """The scraper's state on the ingestor's ``/metrics``, read at scrape time."""

    def __init__(self, scraper: Scraper) -> None:
        self.scraper = scraper

    def collect(self) -> Iterator[Metric]:
        targets = GaugeMetricFamily(
            "sightline_scrape_targets", "Scrape targets by job and the state of their last scrape.", labels=["job", "state"]
        )
        samples = GaugeMetricFamily(
            "sightline_scrape_samples", "Samples of the job's targets' last scrapes, summed.", labels=["job"]
        )
        slowest = GaugeMetricFamily(
            "sightline_scrape_duration_max_seconds", "The slowest last scrape among the job's targets.", labels=["job"]
        )
        scrapes = CounterMetricFamily("sightline_scrapes", "Scrapes done, by job and outcome (up or down).", labels=["job", "outcome"])
        by_job: dict[str, list[ScrapeResult]] = {}
        for target, result in list(self.scraper.results.items()):
            by_job.setdefault(target.job, []).append(result)
        for job in sorted({j.job_name for j in self.scraper.section.scrape_configs}):
            results = by_job.get(job, [])
            up = sum(1 for r in results if r.up)
            targets.add_metric([job, "up"], up)
            targets.add_metric([job, "down"], len(results) - up)
            samples.add_metric([job], sum(r.samples for r in results))
            slowest.add_metric([job], max((r.duration_s for r in results), default=0.0))
            for outcome, is_up in (("up", True), ("down", False)):
                scrapes.add_metric([job, outcome], self.scraper.scrapes.get((job, is_up), 0))
        yield from (targets, samples, slowest, scrapes)
