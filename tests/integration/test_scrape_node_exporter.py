"""Prometheus's node_exporter scraped end to end: client_golang's text exposition into the store.

node_exporter is the most scraped ``/metrics`` there is, and its page is
client_golang's (Go) exposition, where the other scrape tests read Python's
prometheus_client and Node's prom-client.  A real node_exporter runs on a
free loopback port; a real Ingestor scrapes it, a Processor and the sink
put the points in the store.  Each scrape the scraper makes is recorded
(the page's text and the scrape's time, from the scraper's own parse step),
so the points stored for that scrape are compared with the page as the test
reads it itself: every series by name and label set, counters as cumulative
sums, gauges and untyped metrics as gauges, the summary of the Go runtime's
GC pauses with its quantiles, each series' help text, label values with
escapes (from a textfile-collector file the test writes, re-exposed by
node_exporter) and the uname/os-release strings against what the machine
says, the target's labels, and ``up`` with the ``scrape_*`` series.  A
stopped node_exporter then makes ``up`` 0.

Which exposition node_exporter answers with: 1.5.0 (Debian bookworm) sends
text 0.0.4 to the scraper's default ``Accept`` (text first), as the test
asserts; asked by hand with OpenMetrics first (curl with the ``Accept`` of
``scrape_protocols: [OpenMetricsText1.0.0, PrometheusText0.0.4]``) it sends
text 0.0.4 too, and protobuf only to Prometheus's protobuf ``Accept``.

The binary comes from ``make system-deps``, which unpacks the Debian package
``prometheus-node-exporter`` under ``.venv/shippers`` (installed, the
package would start a service on :9100); one on the PATH is used otherwise,
and the test is skipped only when there is none.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import CollectorRegistry
from prometheus_client.parser import text_string_to_metric_families

from pipeline.embedded import die_with_parent, free_port
from pipeline.ingest import Ingestor
from pipeline.ingest.scrape.scraper import Scraper
from pipeline.kafka import ensure_topics
from pipeline.process import Processor
from pipeline.sinks.elasticsearch import ElasticsearchSink
from schemas.records import format_timestamp
from tests.helpers import eventually, search

UNPACKED = Path(__file__).resolve().parents[2] / ".venv" / "shippers" / "usr" / "bin" / "prometheus-node-exporter"
"""Where ``make system-deps`` unpacks node_exporter."""


def _binary() -> str | None:
    if os.access(UNPACKED, os.X_OK):
        return str(UNPACKED)
    return shutil.which("prometheus-node-exporter") or shutil.which("node_exporter")


BINARY = _binary()
pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(BINARY is None, reason="node_exporter is not installed: `make system-deps` unpacks it"),
]

# Collectors switched off: systemd talks to systemd over D-Bus, which this sandbox lacks (it fails on
# every scrape and logs an error). Every other default collector runs; those with nothing to read here
# (hwmon, nvme, ...) report node_scrape_collector_success 0 and cost nothing.
DISABLED_COLLECTORS = ("systemd",)
JOB = "node"
STATIC_LABELS = {"region": "lab"}

# A textfile-collector file with label values the text format must escape (\\, \", \n) and
# non-ASCII ones; node_exporter reads it and writes it out again through client_golang.
PROBE_LABELS = {
    "path": "C:\\Program Files\\probe",
    "quote": 'she said "hi"',
    "lines": "first line\nsecond line",
    "word": "naïve ☃",
}


def _escaped(value: str) -> str:
    """A label value written by the text format's rules (backslash, double quote, line feed)."""
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


PROBE_FILE = (
    "# HELP sightline_probe_info Label values the exposition has to escape.\n"
    "# TYPE sightline_probe_info gauge\n"
    "sightline_probe_info{" + ",".join(f'{k}="{_escaped(v)}"' for k, v in PROBE_LABELS.items()) + "} 1\n"
)


class NodeExporter:
    """node_exporter on a loopback port, as a child process of the test."""

    def __init__(self, textfile_dir: Path, port: int, log: Path) -> None:
        self.textfile_dir, self.port, self.log = textfile_dir, port, log
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> None:
        assert BINARY is not None
        args = [
            BINARY, f"--web.listen-address={self.address}", f"--collector.textfile.directory={self.textfile_dir}",
            *(f"--no-collector.{name}" for name in DISABLED_COLLECTORS),
        ]
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(args, stdout=log, stderr=log, preexec_fn=die_with_parent)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://{self.address}/metrics", timeout=2) as resp:
                    if resp.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        raise AssertionError(f"node_exporter did not answer on {self.address}; see {self.log}")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            self.proc = None


@pytest.fixture
def node_exporter(tmp_path: Path) -> Iterator[NodeExporter]:
    textfiles = tmp_path / "textfile"
    textfiles.mkdir()
    (textfiles / "probe.prom").write_text(PROBE_FILE, encoding="utf-8")
    exporter = NodeExporter(textfiles, free_port("127.0.0.1"), tmp_path / "node_exporter.log")
    exporter.start()
    yield exporter
    exporter.stop()


# -- reading the page independently ---------------------------------------------------------
@dataclass(frozen=True)
class Expected:
    """What one series of the page must be stored as."""

    kind: str  # sum, gauge or summary
    value: float | None
    help: str
    quantiles: tuple[tuple[float, float], ...] = ()
    count: float | None = None
    total: float | None = None


def _declared(text: str) -> tuple[dict[str, str], dict[str, str]]:
    """The page's ``# TYPE`` and ``# HELP`` lines: name → type, name → help (unescaped)."""
    types: dict[str, str] = {}
    helps: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("# TYPE "):
            _hash, _word, name, kind = line.split(" ", 3)
            types[name] = kind
        elif line.startswith("# HELP "):
            _hash, _word, name, *rest = line.split(" ", 3)
            helps[name] = (rest[0] if rest else "").replace("\\n", "\n").replace("\\\\", "\\")
    return types, helps


def expected_series(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], Expected]:
    """The series one scrape of ``text`` must store, keyed by name and label set.

    Sample names and label values come from prometheus_client's text parser;
    each sample's type and help from the page's own TYPE and HELP lines (a
    sample of a summary is named after its family, ``_sum`` or ``_count``).
    An empty label value is no label (Prometheus's rule); the target's
    static labels join every series; ``job`` and ``instance`` become the
    resource, not attributes.
    """
    types, helps = _declared(text)
    summaries = {name for name, kind in types.items() if kind == "summary"}
    plain: dict[tuple[str, frozenset[tuple[str, str]]], Expected] = {}
    parts: dict[tuple[str, frozenset[tuple[str, str]]], dict[str, Any]] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            labels = {k: v for k, v in sample.labels.items() if v != ""} | STATIC_LABELS
            base = next((s for s in summaries if sample.name in (s, s + "_sum", s + "_count")), None)
            if base is not None:
                quantile = labels.pop("quantile", None)
                part = parts.setdefault((base, frozenset(labels.items())), {"quantiles": []})
                if quantile is not None:
                    part["quantiles"].append((float(quantile), sample.value))
                else:
                    part[sample.name[len(base) + 1:]] = sample.value
                continue
            kind = types[sample.name]  # every sample of node_exporter's page has its own TYPE line
            stored = {"counter": "sum", "gauge": "gauge", "untyped": "gauge"}[kind]
            plain[(sample.name, frozenset(labels.items()))] = Expected(stored, sample.value, helps.get(sample.name, ""))
    for (base, labels), part in parts.items():
        plain[(base, labels)] = Expected(
            "summary", None, helps.get(base, ""), tuple(sorted(part["quantiles"])), part["count"], part["sum"],
        )
    return plain


def sample_lines(text: str) -> int:
    return sum(1 for line in text.splitlines() if line.strip() and not line.startswith("#"))


def os_release() -> dict[str, str]:
    for path in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
        pairs = (line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))
        return {key: value.strip().strip('"') for key, value in pairs}
    return {}


# -- the test -------------------------------------------------------------------------------
def scraper_of(ingest: Ingestor) -> Scraper:
    return next(t for t in ingest.tasks if isinstance(t, Scraper))


Key = tuple[str, frozenset[tuple[str, str]]]
REPORT = ("up", "scrape_duration_seconds", "scrape_samples_scraped")


def key(name: str, labels: dict[str, str] | None = None) -> Key:
    """A stored series' key: its name and its attributes (the target's static labels included)."""
    return name, frozenset(((labels or {}) | STATIC_LABELS).items())


async def stored_scrape(cfg: Any, now_ms: int, want: int) -> dict[Key, dict[str, Any]] | None:
    """The points stored for the scrape made at ``now_ms``, once there are ``want`` of them."""
    at = format_timestamp(now_ms * 1_000_000)  # time_unix_nano is stored, not indexed
    query = {"bool": {"filter": [{"term": {"service.name": JOB}}, {"range": {"@timestamp": {"gte": at, "lte": at}}}]}}
    docs = await search(cfg, "metrics", query, size=5000)
    docs = [d for d in docs if d["time_unix_nano"] == now_ms * 1_000_000]
    if len(docs) < want:
        return None
    out: dict[Key, dict[str, Any]] = {}
    for doc in docs:
        series = (doc["name"], frozenset(doc.get("attributes", {}).items()))
        assert series not in out, f"stored twice: {series}"
        out[series] = doc
    return out


async def complete_scrape(cfg: Any, now_ms: int, wanted: set[Key], timeout: float) -> dict[Key, dict[str, Any]]:
    """The points of one scrape once as many as ``wanted`` are stored; else fail naming what is missing."""
    try:
        return await eventually(lambda: stored_scrape(cfg, now_ms, len(wanted)), timeout=timeout, interval=1)
    except AssertionError:
        partial = await stored_scrape(cfg, now_ms, 0) or {}
        missing = sorted(wanted - set(partial))
        raise AssertionError(f"{len(partial)} of {len(wanted)} series stored; missing {missing[:5]}") from None


async def test_node_exporter_page_is_stored_series_by_series(
    make_config: Any, node_exporter: NodeExporter, monkeypatch: pytest.MonkeyPatch,
) -> None:
    cfg = make_config(**{
        "ingest.scrape.scrape_interval": "2s",
        "ingest.scrape.scrape_timeout": "1.5s",
        "ingest.scrape.scrape_configs": [
            {"job_name": JOB, "static_configs": [{"targets": [node_exporter.address], "labels": STATIC_LABELS}]},
        ],
    })
    await ensure_topics(cfg.kafka)
    registry = CollectorRegistry()
    pages: list[tuple[int, str, str]] = []  # (the scrape's time in ms, content type, text)
    async with Ingestor(cfg, registry) as ingest, Processor(cfg, registry), ElasticsearchSink(cfg, registry):
        scraper = scraper_of(ingest)
        build = scraper._build

        def recording(job: Any, target: Any, content_type: str, text: str, now_ms: int) -> Any:
            pages.append((now_ms, content_type, text))
            return build(job, target, content_type, text, now_ms)

        monkeypatch.setattr(scraper, "_build", recording)
        await eventually(lambda: asyncio.sleep(0, len(pages) >= 2 or None), timeout=30)
        (first_ms, content_type, first), (second_ms, _ctype, second) = pages[0], pages[1]
        assert content_type.startswith("text/plain; version=0.0.4"), content_type

        expected = expected_series(first)
        report = {key(name) for name in REPORT}
        stored = await complete_scrape(cfg, first_ms, set(expected) | report, timeout=40)

        # every series of the page, and nothing else but the report series
        assert set(stored) - report == set(expected), (
            f"missing {sorted(set(expected) - set(stored))[:5]}, extra {sorted(set(stored) - report - set(expected))[:5]}"
        )
        for series, want in expected.items():
            doc = stored[series]
            assert doc["type"] == want.kind, (series, doc["type"], want.kind)
            assert doc.get("description", "") == want.help, series
            assert doc["resource"] == {"service.name": JOB, "service.instance.id": node_exporter.address}, series
            if want.kind == "summary":
                assert [(q["quantile"], q["value"]) for q in doc["quantiles"]] == list(want.quantiles), series
                assert (doc["count"], doc["sum"]) == (want.count, want.total), series
            else:
                assert doc["value"] == want.value, (series, doc["value"], want.value)
            if want.kind == "sum":
                assert doc["monotonic"] is True and doc["temporality"] == "cumulative", series

        types, _helps = _declared(first)
        # the page has each kind of family this test claims to check
        assert {"counter", "gauge", "summary", "untyped"} <= set(types.values()), sorted(set(types.values()))
        gc = stored[key("go_gc_duration_seconds")]
        assert [q["quantile"] for q in gc["quantiles"]] == [0.0, 0.25, 0.5, 0.75, 1.0]
        # a Go program's gauge beside its counter of the same stem (go_memstats_alloc_bytes{,_total})
        assert stored[key("go_memstats_alloc_bytes")]["type"] == "gauge"
        assert stored[key("go_memstats_alloc_bytes_total")]["type"] == "sum"

        # label values: escaped on the wire, as written once stored; the machine's own strings
        assert _escaped(PROBE_LABELS["quote"]) in first and _escaped(PROBE_LABELS["path"]) in first
        probe = stored[key("sightline_probe_info", PROBE_LABELS)]
        assert probe["attributes"] == PROBE_LABELS | STATIC_LABELS and probe["type"] == "gauge"
        [uname] = [doc for (name, _labels), doc in stored.items() if name == "node_uname_info"]
        machine = os.uname()
        assert {k: uname["attributes"][k] for k in ("nodename", "release", "version", "machine")} == {
            "nodename": machine.nodename, "release": machine.release, "version": machine.version,
            "machine": machine.machine,
        }
        release = os_release()
        if release.get("PRETTY_NAME"):
            [os_info] = [doc for (name, _labels), doc in stored.items() if name == "node_os_info"]
            assert os_info["attributes"]["pretty_name"] == release["PRETTY_NAME"]

        # the report series of the scrape
        up, duration, scraped = (stored[key(name)] for name in REPORT)
        assert up["value"] == 1.0 and up["type"] == "gauge"
        assert 0 < duration["value"] < 1.5
        assert scraped["value"] == sample_lines(first)
        assert up["resource"] == {"service.name": JOB, "service.instance.id": node_exporter.address}

        # counters are cumulative: the next scrape's are no smaller
        later = await complete_scrape(cfg, second_ms, set(expected_series(second)) | report, timeout=30)
        counters = [series for series, want in expected.items() if want.kind == "sum" and series in later]
        assert len(counters) > 50
        went_down = [series for series in counters if later[series]["value"] < stored[series]["value"]]
        assert not went_down, went_down[:5]

        # node_exporter stops: up 0, and no series of the page in that scrape
        stopped_ms = int(time.time() * 1000)
        node_exporter.stop()

        async def down() -> dict[str, Any] | None:
            docs = await search(cfg, "metrics", {"term": {"name": "up"}}, size=5000)
            zeros = [d for d in docs if d["name"] == "up" and d["value"] == 0.0 and d["time_unix_nano"] >= stopped_ms * 1_000_000]
            return zeros[0] if zeros else None

        zero = await eventually(down, timeout=30, interval=1)
        assert zero["resource"] == {"service.name": JOB, "service.instance.id": node_exporter.address}
        assert zero["attributes"] == STATIC_LABELS
        that_scrape = await eventually(lambda: stored_scrape(cfg, zero["time_unix_nano"] // 1_000_000, 3), timeout=20, interval=1)
        assert {name for name, _labels in that_scrape} == set(REPORT)
        assert that_scrape[key("scrape_samples_scraped")]["value"] == 0.0
        [result] = scraper.results.values()
        assert not result.up and ("Connect" in result.error or "refused" in result.error.lower()), result.error
