"""Real log shippers pointed at the ingestor: rsyslog's ``omelasticsearch`` and syslog-ng's ``elasticsearch-http()``.

Each test runs the shipper as a plain foreground process with its own
config in a temp dir (never the machine's logging service), sends it
RFC 5424 syslog lines over TCP, and reads them back from the raw logs
topic.  A recording proxy between shipper and ingestor keeps every
request and answer, so the tests also check what the shipper sent (its
probes, the bulk body's actions) and that every answer was a success; the
shipper's own counters must show no failure or retry either (but for the
refusals the resume test arranges).  The secret-looking line arrives as sent:
the raw topic is read before redaction, which the processor does.

The Debian packages come from ``make system-deps``: it unpacks them under
``.venv/shippers`` (rsyslog and syslog-ng conflict as packages, and
installing either would replace the machine's logger); a system-wide
install is used when it is there.  A test is skipped only when its shipper
is in neither place.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
import orjson
import pytest
from aiohttp import web

from pipeline.config import Config
from pipeline.embedded import free_port
from schemas.raw import FORMAT_RECORDS_JSON, RawEnvelope
from tests.helpers import eventually
from tests.integration.test_ingest_otlp import Start, read_raw, start_ingest

pytestmark = pytest.mark.integration
__all__ = ["start_ingest"]  # the fixture, shared with the OTLP tests

UNPACKED = Path(__file__).resolve().parents[2] / ".venv" / "shippers"
"""Where ``make system-deps`` unpacks the shippers' Debian packages."""
ROOTS = (Path("/"), UNPACKED)
SHIPPER_TIMEOUT_S = 20.0
"""How long a shipper gets to deliver every line (they flush within a second or two)."""


@dataclass(frozen=True)
class Line:
    """One syslog line as sent, and what its record must say."""

    pri: int
    timestamp: str
    host: str
    program: str
    pid: int
    message: str
    severity: str

    def rfc5424(self) -> bytes:
        return f"<{self.pri}>1 {self.timestamp} {self.host} {self.program} {self.pid} - - {self.message}\n".encode()

    @property
    def utc(self) -> str:
        """The record's ``@timestamp``: UTC with milliseconds."""
        return datetime.fromisoformat(self.timestamp).astimezone(UTC).isoformat(timespec="milliseconds")[:-6] + "Z"


# Facility local0 (16): priority = 16 * 8 + syslog severity (6 info, 3 err, 4 warning, 5 notice).
LINES = (
    Line(134, "2026-11-23T10:00:00.250+02:00", "web-1", "checkout", 4242, "order 17 accepted", "INFO"),
    Line(131, "2026-11-23T08:00:01.500Z", "web-1", "checkout", 4242, "payment failed: card declined (code 51)", "ERROR"),
    Line(132, "2026-11-23T08:00:02.750Z", "db-2", "auth", 99, "login retry for bob password=hunter2hunter2", "WARN"),
    Line(133, "2026-11-23T08:00:03.000Z", "db-2", "auth", 99, "Größe überschritten — 東京 ✓", "INFO"),
)


# -- a recording proxy ---------------------------------------------------------------------
@dataclass
class Exchange:
    """One request the shipper made and the answer it got."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    status: int = 0
    answer: bytes = b""


@dataclass
class RecordingProxy:
    """Forwards every request to the ingestor byte for byte (no decompression) and keeps both sides."""

    upstream: str
    exchanges: list[Exchange] = field(default_factory=list)
    port: int = 0
    runner: web.ServerRunner | None = None

    async def listen(self, port: int = 0) -> None:
        self.runner = web.ServerRunner(web.Server(self.handle, auto_decompress=False))
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", port).start()
        self.port = self.runner.addresses[0][1]

    async def close(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()

    async def handle(self, request: web.BaseRequest) -> web.StreamResponse:
        body = await request.read()
        exchange = Exchange(request.method, request.path_qs, dict(request.headers), body)
        self.exchanges.append(exchange)
        headers = {k: v for k, v in request.headers.items() if k.lower() not in ("host", "content-length")}
        async with aiohttp.ClientSession(auto_decompress=False) as http:
            async with http.request(request.method, self.upstream + request.path_qs, data=body, headers=headers) as resp:
                exchange.status, exchange.answer = resp.status, await resp.read()
                passed = {k: v for k, v in resp.headers.items()
                          if k.lower() not in ("content-length", "transfer-encoding", "connection", "date", "server")}
                return web.Response(status=resp.status, body=exchange.answer, headers=passed)

    def bulk_requests(self) -> list[Exchange]:
        return [e for e in self.exchanges if e.path.split("?")[0].endswith("/_bulk")]


@pytest.fixture
async def ingest_proxy(start_ingest: Start) -> AsyncIterator[tuple[Config, RecordingProxy]]:
    """A ready ingestor and a proxy to it, not yet listening."""
    cfg, ingest, _ = await start_ingest()
    proxy = RecordingProxy(f"http://127.0.0.1:{ingest.http_port}")
    yield cfg, proxy
    await proxy.close()


@pytest.fixture
async def proxied(ingest_proxy: tuple[Config, RecordingProxy]) -> tuple[Config, RecordingProxy]:
    """The ingestor and a listening proxy to it."""
    await ingest_proxy[1].listen()
    return ingest_proxy


# -- running a shipper ---------------------------------------------------------------------
@dataclass(frozen=True)
class Installed:
    """A shipper's binary and the directories it needs, from one root (``/`` or the unpacked packages)."""

    root: Path
    binary: Path
    modules: Path
    libraries: str = ""
    """Its private shared libraries' directory, under the root (the binary's RUNPATH names ``/usr/...``)."""

    def env(self) -> dict[str, str]:
        if self.root == Path("/") or not self.libraries:
            return dict(os.environ)
        return {**os.environ, "LD_LIBRARY_PATH": str(self.root / self.libraries)}


def _find(binary: str, module_glob: str, extra: str = "", libraries: str = "") -> Installed | None:
    """The first root holding the binary, a module matching ``module_glob`` and ``extra``."""
    for root in ROOTS:
        modules = sorted(root.glob(module_glob))
        if (root / binary).is_file() and modules and (not extra or (root / extra).is_file()):
            return Installed(root, root / binary, modules[0].parent, libraries)
    return None


@dataclass
class Running:
    """A shipper process; its stdout and stderr go to one file kept for the failure message."""

    process: subprocess.Popen[bytes]
    output: Path

    def text(self) -> str:
        return self.output.read_text(errors="replace")

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


Run = Callable[[list[str], dict[str, str], Path], Running]


@pytest.fixture
def run() -> Iterator[Run]:
    """Start a shipper; every one started is stopped at the end."""
    started: list[Running] = []

    def start(argv: list[str], env: dict[str, str], output: Path) -> Running:
        with output.open("wb") as sink:
            process = subprocess.Popen(argv, env=env, stdout=sink, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        running = Running(process, output)
        started.append(running)
        return running

    yield start
    for running in started:
        running.stop()


async def send_syslog(port: int, lines: tuple[Line, ...], shipper: Running) -> None:
    """Connect once the shipper listens, send every line, close."""
    deadline = time.monotonic() + SHIPPER_TIMEOUT_S
    while True:
        if shipper.process.poll() is not None:
            raise AssertionError(f"the shipper exited with {shipper.process.returncode}:\n{shipper.text()}")
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            break
        except OSError:
            if time.monotonic() > deadline:
                raise AssertionError(f"the shipper never listened on {port}:\n{shipper.text()}") from None
            await asyncio.sleep(0.05)
    for line in lines:
        writer.write(line.rfc5424())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def raw_records(cfg: Config, count: int) -> list[dict[str, Any]]:
    """Every record on the raw logs topic once ``count`` have arrived (or the timeout passed)."""
    out: list[dict[str, Any]] = []

    async def arrived() -> bool:
        out.clear()
        for message in await read_raw(cfg, cfg.kafka.topics.logs_raw, 64, timeout=0.5):
            assert RawEnvelope.from_headers(message.headers).format == FORMAT_RECORDS_JSON
            out.extend(orjson.loads(message.value))
        return len(out) >= count

    try:
        await eventually(arrived, timeout=SHIPPER_TIMEOUT_S, interval=0.2)
    except AssertionError:
        pass  # the caller's assertions say what is missing
    await asyncio.sleep(0.5)  # a duplicate sent late would show now
    out.clear()
    for message in await read_raw(cfg, cfg.kafka.topics.logs_raw, 64, timeout=0.5):
        out.extend(orjson.loads(message.value))
    return out


def exchanges_text(proxy: RecordingProxy) -> str:
    """Every request and answer, shortened, for a failure message."""
    return "\n".join(f"{e.method} {e.path} -> {e.status}: {e.body[:300]!r} -> {e.answer[:300]!r}" for e in proxy.exchanges)


def bulk_actions(proxy: RecordingProxy) -> list[dict[str, Any]]:
    """The action lines of every bulk request, in order (each document line follows its action)."""
    actions: list[dict[str, Any]] = []
    for exchange in proxy.bulk_requests():
        lines = [line for line in exchange.body.split(b"\n") if line.strip()]
        assert len(lines) % 2 == 0, exchange.body
        actions.extend(orjson.loads(line) for line in lines[0::2])
    return actions


def assert_every_answer_succeeded(proxy: RecordingProxy, context: str) -> None:
    """Each request answered 2xx, each bulk answer without errors and with one 201 per document."""
    assert proxy.exchanges, f"the shipper sent nothing\n{context}"
    for exchange in proxy.exchanges:
        assert 200 <= exchange.status < 300, f"{exchange.method} {exchange.path} -> {exchange.status}\n{context}"
    for exchange in proxy.bulk_requests():
        answer = orjson.loads(exchange.answer)
        assert answer["errors"] is False, f"{answer}\n{context}"
        documents = len([line for line in exchange.body.split(b"\n") if line.strip()]) // 2
        assert [next(iter(item.values()))["status"] for item in answer["items"]] == [201] * documents


def assert_delivered_once(got: list[dict[str, Any]], host_key: str, program_key: str, context: str) -> None:
    """Every line's record, exactly once, with its message, time, severity, host and program (its service)."""
    messages = sorted(record["message"] for record in got)
    assert messages == sorted(line.message for line in LINES), context
    by_message = {record["message"]: record for record in got}
    for line in LINES:
        record = by_message[line.message]
        assert record["@timestamp"] == line.utc, (line, record)
        assert record["severity_text"] == line.severity, (line, record)
        assert record["attributes"][host_key] == line.host, (line, record)
        assert record["service.name"] == line.program, (line, record)  # the program is the service
        assert program_key not in record["attributes"], (line, record)
        assert record["attributes"]["elasticsearch.index"] == "syslog", record


# -- rsyslog -------------------------------------------------------------------------------
RSYSLOG = _find("usr/sbin/rsyslogd", "usr/lib/*/rsyslog/omelasticsearch.so")

# The JSON template as rsyslog's omelasticsearch documentation writes it (option.json escapes
# each property), with the program name kept apart from the tag. impstats writes the action's
# counters every second.
RSYSLOG_CONF = """\
global(workDirectory="{work}")
module(load="impstats" interval="1" format="json" log.syslog="off" log.file="{work}/stats.json")
module(load="imtcp")
module(load="omelasticsearch")
input(type="imtcp" address="127.0.0.1" port="{port}" ruleset="ship")
template(name="es-json" type="list" option.json="on") {{
  constant(value="{{")
  constant(value="\\"timestamp\\":\\"")   property(name="timereported" dateFormat="rfc3339")
  constant(value="\\",\\"message\\":\\"")  property(name="msg")
  constant(value="\\",\\"host\\":\\"")     property(name="hostname")
  constant(value="\\",\\"severity\\":\\"") property(name="syslogseverity-text")
  constant(value="\\",\\"facility\\":\\"") property(name="syslogfacility-text")
  constant(value="\\",\\"program\\":\\"")  property(name="programname")
  constant(value="\\",\\"syslogtag\\":\\"") property(name="syslogtag")
  constant(value="\\"}}")
}}
ruleset(name="ship") {{
  action(type="omelasticsearch" name="to-sightline" server="127.0.0.1" serverport="{es_port}"
         template="es-json" searchIndex="syslog" searchType="events" bulkmode="on"
         errorFile="{work}/es-errors.json")
}}
"""


def rsyslog_counters(stats: Path) -> dict[str, dict[str, Any]]:
    """The latest impstats counters by origin (``omelasticsearch``, ``core.action``)."""
    latest: dict[str, dict[str, Any]] = {}
    if stats.exists():
        for line in stats.read_text().splitlines():
            counters = orjson.loads(line.split(": ", 1)[1])
            latest[counters["origin"]] = counters
    return latest


@pytest.mark.skipif(RSYSLOG is None, reason="rsyslogd with omelasticsearch is not installed: `make system-deps` unpacks it")
async def test_rsyslog_omelasticsearch(proxied: tuple[Config, RecordingProxy], run: Run, tmp_path: Path) -> None:
    assert RSYSLOG is not None
    cfg, proxy = proxied
    port = free_port()
    conf = tmp_path / "rsyslog.conf"
    conf.write_text(RSYSLOG_CONF.format(work=tmp_path, port=port, es_port=proxy.port))
    argv = [str(RSYSLOG.binary), "-n", "-f", str(conf), "-i", str(tmp_path / "rsyslogd.pid"), "-M", str(RSYSLOG.modules)]
    shipper = run(argv, RSYSLOG.env(), tmp_path / "rsyslogd.out")
    await send_syslog(port, LINES, shipper)
    got = await raw_records(cfg, len(LINES))
    context = f"{exchanges_text(proxy)}\n{shipper.text()}"
    assert_delivered_once(got, "host", "program", context)
    assert_every_answer_succeeded(proxy, context)
    # No probe while the server answers: bulk requests (one or two, as the queue fills) of index
    # actions with the legacy _type.
    assert {e.path for e in proxy.exchanges} == {"/_bulk"}, context
    assert bulk_actions(proxy) == [{"index": {"_index": "syslog", "_type": "events"}}] * len(LINES)

    async def counted() -> dict[str, dict[str, Any]]:
        counters = rsyslog_counters(tmp_path / "stats.json")
        done = counters.get("omelasticsearch", {}).get("submitted") == len(LINES)
        return counters if done else {}

    counters = await eventually(counted, timeout=SHIPPER_TIMEOUT_S, interval=0.2)
    failures = {k: v for k, v in counters["omelasticsearch"].items() if k.startswith("failed.") or k == "rebinds"}
    assert set(failures.values()) == {0}, counters
    action = counters["core.action"]
    assert (action["processed"], action["failed"], action["suspended"], action["resumed"]) == (len(LINES), 0, 0, 0)
    assert not (tmp_path / "es-errors.json").exists(), (tmp_path / "es-errors.json").read_text()
    assert shipper.stop() == 0, shipper.text()
    assert shipper.text() == "", shipper.text()  # rsyslogd writes here only what went wrong


@pytest.mark.skipif(RSYSLOG is None, reason="rsyslogd with omelasticsearch is not installed: `make system-deps` unpacks it")
async def test_rsyslog_resumes_through_the_health_probe(
    ingest_proxy: tuple[Config, RecordingProxy], run: Run, tmp_path: Path
) -> None:
    # Nothing listens where rsyslog sends at first: it suspends the action, probes
    # GET /_cat/health every second and, once that answers, sends the held lines again.
    assert RSYSLOG is not None
    cfg, proxy = ingest_proxy
    port, es_port = free_port(), free_port()
    conf = tmp_path / "rsyslog.conf"
    retrying = 'action.resumeInterval="1" action.resumeRetryCount="-1" errorFile='
    conf.write_text(RSYSLOG_CONF.format(work=tmp_path, port=port, es_port=es_port).replace("errorFile=", retrying))
    argv = [str(RSYSLOG.binary), "-n", "-f", str(conf), "-i", str(tmp_path / "rsyslogd.pid"), "-M", str(RSYSLOG.modules)]
    shipper = run(argv, RSYSLOG.env(), tmp_path / "rsyslogd.out")
    await send_syslog(port, LINES, shipper)

    async def refused() -> bool:
        return rsyslog_counters(tmp_path / "stats.json").get("omelasticsearch", {}).get("failed.http", 0) > 0

    await eventually(refused, timeout=SHIPPER_TIMEOUT_S, interval=0.2)
    await proxy.listen(es_port)
    got = await raw_records(cfg, len(LINES))
    context = f"{exchanges_text(proxy)}\n{shipper.text()}"
    assert_delivered_once(got, "host", "program", context)
    assert_every_answer_succeeded(proxy, context)
    probe = proxy.exchanges[0]
    assert (probe.method, probe.path) == ("GET", "/_cat/health") and b" green " in probe.answer, context
    assert {e.path for e in proxy.exchanges[1:]} == {"/_bulk"}, context

    async def resumed() -> dict[str, dict[str, Any]]:
        counters = rsyslog_counters(tmp_path / "stats.json")
        return counters if counters.get("core.action", {}).get("processed") == len(LINES) else {}

    counters = await eventually(resumed, timeout=SHIPPER_TIMEOUT_S, interval=0.2)
    assert counters["core.action"]["failed"] == 0 and counters["core.action"]["resumed"] >= 1, counters
    assert counters["omelasticsearch"]["failed.es"] == 0, counters
    assert shipper.stop() == 0, shipper.text()


# -- syslog-ng -----------------------------------------------------------------------------
SYSLOG_NG = _find("usr/sbin/syslog-ng", "usr/lib/syslog-ng/*/libhttp.so",
                  "usr/share/syslog-ng/include/scl/elasticsearch/elastic-http.conf", "usr/lib/syslog-ng")

# elasticsearch-http() with its default template ($(format-json --scope rfc5424 ...): PROGRAM,
# PRIORITY, HOST, MESSAGE, ISODATE as @timestamp); keep-hostname keeps the sender's host name
# (a relay's setting), frac-digits the milliseconds.
SYSLOG_NG_CONF = """\
@version: 3.38
@include "{scl}"
options {{ keep-hostname(yes); frac-digits(3); }};
source s_net {{ network(ip("127.0.0.1") port({port}) transport("tcp") flags(syslog-protocol)); }};
destination d_sightline {{
  elasticsearch-http(url("http://127.0.0.1:{es_port}/_bulk") index("syslog") type(""));
}};
log {{ source(s_net); destination(d_sightline); }};
"""


@pytest.mark.skipif(SYSLOG_NG is None,
                    reason="syslog-ng with its http module and SCL is not installed: `make system-deps` unpacks it")
async def test_syslog_ng_elasticsearch_http(proxied: tuple[Config, RecordingProxy], run: Run, tmp_path: Path) -> None:
    assert SYSLOG_NG is not None
    cfg, proxy = proxied
    port = free_port()
    conf = tmp_path / "syslog-ng.conf"
    scl = SYSLOG_NG.root / "usr/share/syslog-ng/include/scl/elasticsearch/elastic-http.conf"
    conf.write_text(SYSLOG_NG_CONF.format(scl=scl, port=port, es_port=proxy.port))
    control = tmp_path / "syslog-ng.ctl"
    env = SYSLOG_NG.env()
    argv = [str(SYSLOG_NG.binary), "-F", "-e", "-f", str(conf), "-R", str(tmp_path / "persist"),
            "-p", str(tmp_path / "syslog-ng.pid"), "-c", str(control), "--no-caps",
            f"--module-path={SYSLOG_NG.modules}"]
    shipper = run(argv, env, tmp_path / "syslog-ng.out")
    await send_syslog(port, LINES, shipper)
    got = await raw_records(cfg, len(LINES))
    context = f"{exchanges_text(proxy)}\n{shipper.text()}"
    assert_delivered_once(got, "HOST", "PROGRAM", context)
    assert_every_answer_succeeded(proxy, context)
    # No probe: bulk requests only (one per line here: its workers flush at once), no _type.
    assert {e.path for e in proxy.exchanges} == {"/_bulk"}, context
    assert bulk_actions(proxy) == [{"index": {"_index": "syslog"}}] * len(LINES)
    assert {e.headers.get("Content-Type") for e in proxy.exchanges} == {"application/x-ndjson"}

    ctl = subprocess.run([str(SYSLOG_NG.binary.parent / "syslog-ng-ctl"), "stats", "-c", str(control)],
                         env=env, capture_output=True, text=True, timeout=10, check=True)
    # SourceName;SourceId;SourceInstance;State;Type;Number: the http destination's own counters
    rows = [row.split(";") for row in ctl.stdout.splitlines()]
    counters = {row[4]: int(row[5]) for row in rows if row[0] == "dst.http" and row[1].startswith("d_sightline")}
    assert (counters.get("written"), counters.get("dropped"), counters.get("queued")) == (len(LINES), 0, 0), ctl.stdout
    assert shipper.stop() == 0, shipper.text()
    problems = [line for line in shipper.text().splitlines() if "error" in line.lower() or "retr" in line.lower()]
    assert problems == [], shipper.text()
