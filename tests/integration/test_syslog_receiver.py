"""Real syslog senders pointed at ``ingest.syslog``, records read back from the real broker.

Senders: Python's ``logging.handlers.SysLogHandler`` over UDP and TCP (it
ends a TCP message with NUL and sends no timestamp), rsyslog's ``omfwd``
(TCP, octet-counted, the RFC 5424 template) and syslog-ng's ``syslog()``
(RFC 5424, octet-counted) and ``network(... flags(syslog-protocol))``
(RFC 5424, newline-framed) destinations.  The shippers run as plain
foreground processes with their own config, as in
:mod:`tests.integration.test_real_shippers` (whose helpers this module
uses): they receive :data:`~tests.integration.test_real_shippers.LINES`
on a TCP input and forward them to the ingestor.

The last test starts the ingestor with no broker where it points, sends
over TCP and UDP, then starts a broker there: every TCP line arrives once,
reading stopped while Kafka was away, and the UDP datagrams beyond the
buffer were dropped and counted.
"""

from __future__ import annotations

import asyncio
import logging
import logging.handlers
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import orjson
import pytest
from prometheus_client import CollectorRegistry

from pipeline.config import Config
from pipeline.embedded import EmbeddedBroker, free_port
from pipeline.errors import StartupError
from pipeline.ingest import Ingestor
from pipeline.kafka import ensure_topics
from schemas.raw import FORMAT_RECORDS_JSON, RawEnvelope
from tests.helpers import eventually
from tests.integration.test_ingest_otlp import Start, read_raw, start_ingest
from tests.integration.test_ingest_tls import _self_signed
from tests.integration.test_real_shippers import (
    LINES,
    SHIPPER_TIMEOUT_S,
    Installed,
    Run,
    Running,
    _find,
    run,
    send_syslog,
)

pytestmark = pytest.mark.integration
__all__ = ["run", "start_ingest"]  # fixtures

RSYSLOG = _find("usr/sbin/rsyslogd", "usr/lib/*/rsyslog/imtcp.so")
SYSLOG_NG = _find("usr/sbin/syslog-ng", "usr/lib/syslog-ng/*/libafsocket.so", "", "usr/lib/syslog-ng")


async def syslog_records(cfg: Config, count: int, timeout: float = SHIPPER_TIMEOUT_S) -> list[dict[str, Any]]:
    """Every record on the raw logs topic once ``count`` have arrived, plus half a second for a late duplicate."""
    out: list[dict[str, Any]] = []

    async def read() -> bool:
        out.clear()
        for message in await read_raw(cfg, cfg.kafka.topics.logs_raw, 10_000, timeout=0.5):
            assert RawEnvelope.from_headers(message.headers).format == FORMAT_RECORDS_JSON
            batch = orjson.loads(message.value)
            assert {r["service.name"] for r in batch} == {message.key.decode()}  # one service a message, its key
            out.extend(batch)
        return len(out) >= count

    try:
        await eventually(read, timeout=timeout, interval=0.2)
    except AssertionError:
        pass  # the caller's assertions say what is missing
    await asyncio.sleep(0.5)
    await read()
    return out


def syslog_port(ingest: Ingestor) -> int:
    port = ingest.ports["ingest.syslog"]
    assert port > 0
    return port


# -- Python's SysLogHandler ---------------------------------------------------------------------
PY_LEVELS = [  # (logging level, syslog severity name it sends, OpenTelemetry severity text)
    (logging.DEBUG, "debug", "DEBUG"), (logging.INFO, "info", "INFO"), (logging.WARNING, "warning", "WARN"),
    (logging.ERROR, "err", "ERROR"), (logging.CRITICAL, "crit", "FATAL"),
]


def log_through_handler(port: int, socktype: socket.SocketKind, service: str) -> None:
    handler = logging.handlers.SysLogHandler(("127.0.0.1", port), logging.handlers.SysLogHandler.LOG_LOCAL3, socktype)
    handler.ident = f"{service}[{os.getpid()}]: "
    logger = logging.getLogger(f"sightline-test-{service}")
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    try:
        for level, _name, _otel in PY_LEVELS:
            logger.log(level, "%s via %s at %s", service, socktype.name, logging.getLevelName(level))
        logger.info("unicode: Größe 東京 ✓ and a newline\ninside")
    finally:
        logger.removeHandler(handler)
        handler.close()


@pytest.mark.parametrize("socktype", [socket.SOCK_DGRAM, socket.SOCK_STREAM], ids=["udp", "tcp"])
async def test_python_sysloghandler(start_ingest: Start, socktype: socket.SocketKind) -> None:
    cfg, ingest, registry = await start_ingest()
    service = f"py-{socktype.name.lower()}"
    before = time.time_ns()
    await asyncio.to_thread(log_through_handler, syslog_port(ingest), socktype, service)
    got = await syslog_records(cfg, len(PY_LEVELS) + 1)
    after = time.time_ns()
    assert len(got) == len(PY_LEVELS) + 1, got
    by_message = {r["message"]: r for r in got}
    for level, name, otel in PY_LEVELS:
        record = by_message[f"{service} via {socktype.name} at {logging.getLevelName(level)}"]
        assert record["service.name"] == service
        assert record["severity_text"] == otel, record
        assert record["attributes"]["syslog.severity"] == name
        assert record["attributes"]["syslog.facility"] == "local3"
        assert record["attributes"]["process.pid"] == os.getpid()
        assert record["attributes"]["host.name"] == "127.0.0.1"  # the handler sends none: the sender's address
        assert before <= record["time_unix_nano"] <= after  # nor a time: the receive time
    assert "unicode: Größe 東京 ✓ and a newline\ninside" in by_message
    transport = "syslog-udp" if socktype == socket.SOCK_DGRAM else "syslog-tcp"
    labels = {"signal": "logs", "transport": transport}
    assert registry.get_sample_value("sightline_ingest_records_total", labels) == len(PY_LEVELS) + 1
    assert registry.get_sample_value("sightline_ingest_requests_total", {**labels, "outcome": "ok"}) == len(PY_LEVELS) + 1
    assert (registry.get_sample_value("sightline_ingest_bytes_total", labels) or 0) > 0


# -- util-linux's logger(1): the command a shell script or cron job logs with -------------------
LOGGER = shutil.which("logger")
LOGGER_CASES = [  # (its transport and format flags, the tag, priority, message)
    (["--tcp", "--rfc5424"], "payments", "user.err", "card processor timeout after 3000 ms"),
    (["--tcp", "--octet-count", "--rfc5424=notq", "--sd-id", "order@32473", "--sd-param", 'id="17"'],
     "payments", "local0.warning", "retrying charge"),
    (["--udp", "--rfc3164"], "backup", "daemon.info", "nightly backup finished in 42 s"),
    (["--udp", "--rfc5424"], "backup", "daemon.crit", "disk full on /var/backups"),
]


@pytest.mark.skipif(LOGGER is None, reason="util-linux's logger is not installed")
async def test_util_linux_logger(start_ingest: Start) -> None:
    assert LOGGER is not None
    cfg, ingest, _ = await start_ingest()
    port = syslog_port(ingest)
    for flags, tag, priority, message in LOGGER_CASES:
        done = await asyncio.to_thread(subprocess.run, [LOGGER, "--server", "127.0.0.1", "--port", str(port), *flags,
                                                        "-t", tag, "-p", priority, message],
                                       capture_output=True, text=True, timeout=10)
        assert done.returncode == 0, done.stderr
    got = {r["message"]: r for r in await syslog_records(cfg, len(LOGGER_CASES))}
    assert sorted(got) == sorted(case[3] for case in LOGGER_CASES), got
    severities = {"err": "ERROR", "warning": "WARN", "info": "INFO", "crit": "FATAL"}
    for _flags, tag, priority, message in LOGGER_CASES:
        record = got[message]
        facility, severity = priority.split(".")
        assert record["service.name"] == tag
        assert record["severity_text"] == severities[severity], record
        assert record["attributes"]["syslog.facility"] == facility and record["attributes"]["syslog.severity"] == severity
        assert record["attributes"]["host.name"] == socket.gethostname(), record
    assert got["retrying charge"]["attributes"]["syslog.structured_data"]["order@32473"] == {"id": "17"}


# -- the real shippers --------------------------------------------------------------------------
def assert_lines_delivered_once(got: list[dict[str, Any]], context: str) -> None:
    """Every line of LINES once, with its service (the program), severity, host, time and message."""
    assert sorted(r["message"] for r in got) == sorted(line.message for line in LINES), context
    by_message = {r["message"]: r for r in got}
    for line in LINES:
        record = by_message[line.message]
        assert record["service.name"] == line.program, (line, record)
        assert record["severity_text"] == line.severity, (line, record)
        assert record["attributes"]["host.name"] == line.host, (line, record)
        assert record["@timestamp"] == line.utc, (line, record)
        assert record["attributes"]["process.pid"] == line.pid, (line, record)
        assert record["attributes"]["syslog.facility"] == "local0", (line, record)
        assert "syslog.malformed" not in record["attributes"], record


RSYSLOG_CONF = """\
global(workDirectory="{work}")
module(load="imtcp")
input(type="imtcp" address="127.0.0.1" port="{port}" ruleset="forward")
ruleset(name="forward") {{
  action(type="omfwd" target="127.0.0.1" port="{syslog_port}" protocol="tcp" TCP_Framing="octet-counted"
         template="RSYSLOG_SyslogProtocol23Format")
}}
"""


@pytest.mark.skipif(RSYSLOG is None, reason="rsyslogd with imtcp is not installed: `make system-deps` unpacks it")
async def test_rsyslog_omfwd_octet_counted_rfc5424(start_ingest: Start, run: Run, tmp_path: Path) -> None:
    assert RSYSLOG is not None
    cfg, ingest, registry = await start_ingest()
    port = free_port()
    conf = RSYSLOG_CONF.format(work=tmp_path, port=port, syslog_port=syslog_port(ingest))
    await ship(cfg, registry, start_rsyslog(RSYSLOG, run, tmp_path, conf), port)
    labels = {"signal": "logs", "transport": "syslog-tcp", "outcome": "malformed"}
    assert registry.get_sample_value("sightline_ingest_requests_total", labels) is None


def start_rsyslog(rsyslog: Installed, run: Run, tmp_path: Path, conf_text: str) -> Running:
    conf = tmp_path / "rsyslog.conf"
    conf.write_text(conf_text)
    argv = [str(rsyslog.binary), "-n", "-f", str(conf), "-i", str(tmp_path / "rsyslogd.pid"), "-M", str(rsyslog.modules)]
    return run(argv, rsyslog.env(), tmp_path / "rsyslogd.out")


# rsyslog's omfwd over its gnutls stream driver, checking our certificate's name (x509/name)
RSYSLOG_TLS_CONF = """\
global(workDirectory="{work}" DefaultNetstreamDriverCAFile="{ca}")
module(load="imtcp")
input(type="imtcp" address="127.0.0.1" port="{port}" ruleset="forward")
ruleset(name="forward") {{
  action(type="omfwd" target="127.0.0.1" port="{syslog_port}" protocol="tcp" TCP_Framing="octet-counted"
         StreamDriver="gtls" StreamDriverMode="1" StreamDriverAuthMode="x509/name"
         StreamDriverPermittedPeers="localhost" template="RSYSLOG_SyslogProtocol23Format")
}}
"""
RSYSLOG_GTLS = None if RSYSLOG is None or not list(RSYSLOG.modules.glob("lmnsd_gtls.so")) else RSYSLOG


SYSLOG_NG_CONF = """\
@version: 3.38
options {{ keep-hostname(yes); frac-digits(3); }};
source s_net {{ network(ip("127.0.0.1") port({port}) transport("tcp") flags(syslog-protocol)); }};
destination d_sightline {{ {destination}; }};
log {{ source(s_net); destination(d_sightline); }};
"""
SYSLOG_NG_DESTINATIONS = {
    "syslog": 'syslog("127.0.0.1" port({syslog_port}) transport("tcp"))',  # RFC 5424, octet counting
    "network": 'network("127.0.0.1" port({syslog_port}) transport("tcp") flags(syslog-protocol))',  # RFC 5424, LF
}


@pytest.mark.skipif(SYSLOG_NG is None, reason="syslog-ng with its socket module is not installed: `make system-deps` unpacks it")
async def ship_through_syslog_ng(cfg: Config, registry: CollectorRegistry, run: Run, tmp_path: Path,
                                 destination: str) -> None:
    """LINES through a real syslog-ng to ``destination``: each line once, counted, syslog-ng stops cleanly."""
    assert SYSLOG_NG is not None
    port = free_port()
    conf = tmp_path / "syslog-ng.conf"
    conf.write_text(SYSLOG_NG_CONF.format(port=port, destination=destination))
    argv = [str(SYSLOG_NG.binary), "-F", "-e", "-f", str(conf), "-R", str(tmp_path / "persist"),
            "-p", str(tmp_path / "syslog-ng.pid"), "-c", str(tmp_path / "syslog-ng.ctl"), "--no-caps",
            f"--module-path={SYSLOG_NG.modules}"]
    await ship(cfg, registry, run(argv, SYSLOG_NG.env(), tmp_path / "syslog-ng.out"), port)


async def ship(cfg: Config, registry: CollectorRegistry, shipper: Running, port: int) -> None:
    """Send LINES to a running shipper's input on ``port``: each arrives once, counted; it stops cleanly."""
    await send_syslog(port, LINES, shipper)
    got = await syslog_records(cfg, len(LINES))
    assert_lines_delivered_once(got, shipper.text())
    labels = {"signal": "logs", "transport": "syslog-tcp"}
    assert registry.get_sample_value("sightline_ingest_records_total", labels) == len(LINES)
    assert shipper.stop() == 0, shipper.text()


@pytest.mark.parametrize("driver", sorted(SYSLOG_NG_DESTINATIONS))
async def test_syslog_ng_destinations(start_ingest: Start, run: Run, tmp_path: Path, driver: str) -> None:
    cfg, ingest, registry = await start_ingest()
    destination = SYSLOG_NG_DESTINATIONS[driver].format(syslog_port=syslog_port(ingest))
    await ship_through_syslog_ng(cfg, registry, run, tmp_path, destination)


# -- TLS (RFC 5425) -------------------------------------------------------------------------------
@pytest.mark.skipif(SYSLOG_NG is None, reason="syslog-ng with its socket module is not installed: `make system-deps` unpacks it")
@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
async def test_syslog_ng_over_tls_and_plain_tcp_refused(start_ingest: Start, run: Run, tmp_path: Path) -> None:
    assert SYSLOG_NG is not None
    cert, key = _self_signed(tmp_path)
    cfg, ingest, registry = await start_ingest(**{"ingest.syslog.tls": {"cert_file": str(cert), "key_file": str(key)}})
    syslog = syslog_port(ingest)
    # a plain TCP sender gets no record in: its bytes are not a TLS handshake
    _reader, writer = await asyncio.open_connection("127.0.0.1", syslog)
    writer.write(b"<11>1 2026-12-06T10:00:00Z h plain - - - not over TLS\n")
    await writer.drain()
    writer.close()
    # syslog-ng's syslog() destination over TLS, checking our certificate against the CA file; the
    # plain sender's line is not among what arrives
    destination = (f'syslog("127.0.0.1" port({syslog}) transport("tls") '
                   f'tls(ca-file("{cert}") peer-verify(required-trusted)))')
    await ship_through_syslog_ng(cfg, registry, run, tmp_path, destination)


@pytest.mark.skipif(RSYSLOG_GTLS is None, reason="rsyslogd with its gtls driver is not installed: `make system-deps` unpacks it")
@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
async def test_rsyslog_omfwd_over_tls(start_ingest: Start, run: Run, tmp_path: Path) -> None:
    assert RSYSLOG_GTLS is not None
    cert, key = _self_signed(tmp_path)
    cfg, ingest, registry = await start_ingest(**{"ingest.syslog.tls": {"cert_file": str(cert), "key_file": str(key)}})
    port = free_port()
    conf = RSYSLOG_TLS_CONF.format(work=tmp_path, ca=cert, port=port, syslog_port=syslog_port(ingest))
    await ship(cfg, registry, start_rsyslog(RSYSLOG_GTLS, run, tmp_path, conf), port)


# -- UDP bursts ----------------------------------------------------------------------------------
async def test_udp_receive_buffer_and_kernel_drops_are_visible(start_ingest: Start) -> None:
    """A burst larger than the socket's receive buffer, sent while the event loop cannot read:
    the kernel drops the excess, and sightline_syslog_udp_kernel_drops_total says how many; every
    datagram is either stored or counted there."""
    small = 8192
    cfg, ingest, registry = await start_ingest(**{"ingest.syslog.udp_receive_buffer_bytes": small})
    port = syslog_port(ingest)
    server = next(task for task in ingest.tasks if hasattr(task, "udp_receive_buffer"))
    granted = server.udp_receive_buffer()
    assert 0 < granted <= 4 * small or os.geteuid() != 0, granted  # SO_RCVBUFFORCE as root: about what was asked
    sent = 400
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:  # the loop is busy sending: nothing is read
        for n in range(sent):
            sender.sendto(b"<14>1 - h burst - - - datagram %d " % n + b"x" * 200, ("127.0.0.1", port))
    drops = registry.get_sample_value("sightline_syslog_udp_kernel_drops_total")
    assert drops is not None and drops > 0, "a burst of 400 into an 8 KiB buffer dropped nothing"
    got = await syslog_records(cfg, sent - int(drops), timeout=15)
    assert len(got) + drops == sent, (len(got), drops)
    assert len({r["message"] for r in got}) == len(got)


# -- Kafka away, then back ----------------------------------------------------------------------
async def test_tcp_lines_sent_while_kafka_is_away_arrive_once_after(start_ingest: Start, tmp_path: Path) -> None:
    kafka_port = free_port()
    buffered = 50
    cfg, ingest, registry = await start_ingest(wait_ready=False, **{
        "kafka.bootstrap_servers": f"127.0.0.1:{kafka_port}",  # nothing listens there yet
        "ingest.syslog.max_buffered_records": buffered,
        "ingest.syslog.batch_records": 10,
    })
    port = syslog_port(ingest)
    lines = [f"<{8 * 16 + (3 if n % 10 == 0 else 6)}>1 2026-12-06T10:00:{n % 60:02d}.{n % 1000:03d}Z web-{n % 3} "
             f"svc-{n % 4} {100 + n % 4} - - line {n} {'x' * 400}".encode() for n in range(30_000)]
    stream = b"".join(str(len(line)).encode() + b" " + line for line in lines)
    _reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(stream)
    drained = asyncio.create_task(writer.drain())
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
        for n in range(200):
            sender.sendto(f"<14>udp-test: datagram {n}".encode(), ("127.0.0.1", port))

    tcp_labels = {"signal": "logs", "transport": "syslog-tcp"}

    async def paused() -> bool:  # read once, buffered, then not read on
        read = registry.get_sample_value("sightline_ingest_bytes_total", tcp_labels) or 0
        return read > 0 and (registry.get_sample_value("sightline_syslog_buffered_records", {"transport": "syslog-tcp"}) or 0) > 0

    await eventually(paused, timeout=10, interval=0.1)
    await asyncio.sleep(2)  # time enough to read everything, were reading not paused
    read_while_away = registry.get_sample_value("sightline_ingest_bytes_total", tcp_labels) or 0
    assert read_while_away < len(stream) / 4, (read_while_away, len(stream))  # the rest waits in the sender's socket
    assert not drained.done()  # the sender is pushed back
    udp_labels = {"signal": "logs", "transport": "syslog-udp"}
    dropped = registry.get_sample_value("sightline_ingest_requests_total", {**udp_labels, "outcome": "unavailable"})
    assert dropped == 200 - buffered
    assert registry.get_sample_value("sightline_ingest_rejected_records_total", {"signal": "logs", "reason": "kafka_unavailable"}) == dropped
    assert registry.get_sample_value("sightline_ingest_records_total", tcp_labels) in (None, 0)

    broker = EmbeddedBroker(port=kafka_port, log_dir=str(tmp_path))
    broker.start()
    try:
        await ensure_topics(cfg.kafka)
        await asyncio.wait_for(drained, 60)
        writer.close()
        got = await syslog_records(cfg, len(lines) + buffered, timeout=60)
        tcp = [r for r in got if r["service.name"].startswith("svc-")]
        udp = [r for r in got if r["service.name"] == "udp-test"]
        assert len(tcp) == len(lines)  # each once
        assert sorted(int(r["message"].split()[1]) for r in tcp) == list(range(len(lines)))
        for record in tcp[:50]:
            n = int(record["message"].split()[1])
            assert record["service.name"] == f"svc-{n % 4}" and record["attributes"]["host.name"] == f"web-{n % 3}"
            assert record["severity_text"] == ("ERROR" if n % 10 == 0 else "INFO")
            assert record["@timestamp"] == f"2026-12-06T10:00:{n % 60:02d}.{n % 1000:03d}Z"
        # per service, the order sent
        for service in ("svc-0", "svc-1", "svc-2", "svc-3"):
            numbers = [int(r["message"].split()[1]) for r in tcp if r["service.name"] == service]
            assert numbers == sorted(numbers)
        assert sorted(r["message"] for r in udp) == sorted(f"datagram {n}" for n in range(buffered))
        assert registry.get_sample_value("sightline_ingest_records_total", tcp_labels) == len(lines)
        assert registry.get_sample_value("sightline_ingest_records_total", udp_labels) == buffered
    finally:
        await ingest.stop()
        broker.stop()


async def test_stopping_produces_the_buffer_and_the_limits_hold(start_ingest: Start) -> None:
    cfg, ingest, registry = await start_ingest(**{
        "ingest.syslog.flush_interval_s": 60, "ingest.syslog.batch_records": 10_000,  # only stopping flushes
        "ingest.syslog.max_connections": 1, "ingest.syslog.max_message_bytes": 100,
    })
    port = syslog_port(ingest)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"<14>1 - h kept - - - ok 1\n<999>garbage\n<14>" + b"z" * 300 + b"\n")
    await writer.drain()
    labels = {"signal": "logs", "transport": "syslog-tcp"}

    async def buffered() -> bool:
        return registry.get_sample_value("sightline_syslog_buffered_records", {"transport": "syslog-tcp"}) == 3

    await eventually(buffered, timeout=10, interval=0.05)
    second_reader, second_writer = await asyncio.open_connection("127.0.0.1", port)  # over max_connections
    assert await asyncio.wait_for(second_reader.read(), 5) == b""  # closed at once
    second_writer.close()
    assert registry.get_sample_value("sightline_ingest_requests_total", {**labels, "outcome": "throttled"}) == 1
    assert registry.get_sample_value("sightline_ingest_records_total", labels) in (None, 0)

    await ingest.stop()
    assert await asyncio.wait_for(reader.read(), 5) == b""  # the ingestor closed the connection
    writer.close()
    got = await syslog_records(cfg, 3, timeout=10)
    assert sorted(r["message"] for r in got) == sorted(["ok 1", "<999>garbage", "z" * 96])
    assert registry.get_sample_value("sightline_ingest_records_total", labels) == 3
    assert registry.get_sample_value("sightline_ingest_requests_total", {**labels, "outcome": "malformed"}) == 1
    assert registry.get_sample_value("sightline_ingest_requests_total", {**labels, "outcome": "ok"}) == 2
    assert registry.get_sample_value(
        "sightline_ingest_limited_attributes_total", {"signal": "logs", "limit": "syslog_message_bytes"}) == 1


async def test_an_idle_connection_is_closed_and_its_unfinished_line_kept(start_ingest: Start) -> None:
    cfg, ingest, _registry = await start_ingest(**{"ingest.syslog.idle_timeout_s": 0.5})
    reader, writer = await asyncio.open_connection("127.0.0.1", syslog_port(ingest))
    writer.write(b"<11>Dec  6 10:00:00 db-1 pgbouncer[7]: done\n<11>Dec  6 10:00:01 db-1 pgbouncer[7]: no trailer yet")
    await writer.drain()
    started = time.monotonic()
    assert await asyncio.wait_for(reader.read(), 10) == b""  # closed by the ingestor once idle
    assert time.monotonic() - started >= 0.4
    writer.close()
    got = await syslog_records(cfg, 2, timeout=10)
    assert sorted(r["message"] for r in got) == ["done", "no trailer yet"]
    assert {(r["service.name"], r["severity_text"], r["attributes"]["host.name"]) for r in got} == {("pgbouncer", "ERROR", "db-1")}


@pytest.mark.parametrize("kind", [socket.SOCK_STREAM, socket.SOCK_DGRAM], ids=["tcp", "udp"])
async def test_a_taken_port_is_a_startup_error_naming_the_key(make_config: Any, kind: socket.SocketKind) -> None:
    with socket.socket(socket.AF_INET, kind) as taken:
        taken.bind(("127.0.0.1", 0))
        if kind == socket.SOCK_STREAM:
            taken.listen()
        port = taken.getsockname()[1]
        ingest = Ingestor(make_config(**{"ingest.syslog.port": port}), CollectorRegistry())
        before = asyncio.all_tasks()
        with pytest.raises(StartupError, match=rf"port {port} .* already in use.*\(ingest\.syslog\.port\)"):
            await ingest.start()
        await asyncio.sleep(0.1)
        assert [t for t in asyncio.all_tasks() - before if not t.done()] == []
    async with ingest:  # free again: the same ingestor starts, on that port
        assert ingest.ports["ingest.syslog"] == port
