"""``sightline bench syslog``: syslog messages over TCP and UDP against one ingestor process.

Starts the embedded broker on a free port and one ingestor (``sightline
ingest``, in a child process), then sends syslog messages to its
``ingest.syslog`` listener from ``--connections`` senders, one case after
the other:

``tcp-5424``
    RFC 5424 messages over TCP, octet-counted (RFC 6587 3.4.1: what
    rsyslog's ``omfwd`` and syslog-ng's ``syslog()`` send);
``tcp-3164``
    RFC 3164 (BSD) messages over TCP, one a line (RFC 6587 3.4.2);
``udp-5424``
    RFC 5424 messages over UDP, one a datagram (RFC 5426).

The messages are made up front (``--messages`` distinct ones a format,
cycled): hosts, programs, pids, facilities and severities vary, a third
of the RFC 5424 ones carry structured data, and each text is 60-300 bytes
and unique (it ends with a ``req_id``).  TCP senders write as fast as the
receiver reads (it stops reading while ``ingest.syslog.max_buffered_records``
wait for Kafka), so a TCP case measures the receiver's ceiling.  UDP has no
back-pressure: unpaced (``--udp-rate 0``) the senders overload the receiver
and datagrams are dropped, by the kernel when the socket's receive buffer
is full or by the receiver when its buffer is; both counts are printed.

Printed for each case, over the measured ``--duration`` (after ``--warmup``):
records/s acknowledged by Kafka (the ingestor's
``sightline_ingest_records_total`` of the transport), messages/s sent, and
the ingestor's CPU time per record (user + system, from /proc: steadier
than wall time on a shared machine).  After the load, every record of the
case is read back from the raw logs topic and matched to what was sent:
``missing`` and ``duplicated`` count the difference message by message.
Figures, not assertions: run it a few times.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import sys
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson

from pipeline.bench.common import Progress, add_json_argument, cpu_seconds, emit, run_with_broker
from pipeline.errors import SightlineError

__all__ = [
    "CASES",
    "Case",
    "Chunk",
    "Message",
    "Outcome",
    "Snapshot",
    "Verification",
    "add_arguments",
    "case_figures",
    "cases",
    "chunks",
    "frame",
    "ingest_counts",
    "make_messages",
    "measure",
    "run",
    "udp_drops",
    "verify",
]

FORMATS = ("5424", "3164")
TRANSPORTS = ("tcp", "udp")
_SETTLED_S = 1.0  # UDP has no end to wait for: the count held this long after the load, nothing buffered
TEXT_BYTES = (60, 300)
"""Shortest and longest message text (the MSG part), in bytes."""


@dataclass(frozen=True)
class Case:
    """One measurement: a transport and a message format."""

    transport: str
    format: str

    @property
    def name(self) -> str:
        return f"{self.transport}-{self.format}"

    @property
    def framing(self) -> str:
        if self.transport == "udp":
            return "one message a datagram"
        return "octet-counted" if self.format == "5424" else "newline-framed"


CASES = (Case("tcp", "5424"), Case("tcp", "3164"), Case("udp", "5424"))
"""Every case the bench knows, in the order it runs them (UDP carries RFC 5424, as RFC 5426 has it)."""


def cases(transport: str, fmt: str) -> list[Case]:
    """The cases ``--transport`` and ``--format`` select; ``ValueError`` when they select none.

    >>> [c.name for c in cases("both", "both")]
    ['tcp-5424', 'tcp-3164', 'udp-5424']
    >>> [c.name for c in cases("tcp", "3164")]
    ['tcp-3164']
    """
    chosen = [c for c in CASES if transport in ("both", c.transport) and fmt in ("both", c.format)]
    if not chosen:
        raise ValueError(f"--transport {transport} with --format {fmt} selects no case: UDP is measured with RFC 5424 only")
    return chosen


# -- arguments ----------------------------------------------------------------------------------
def _positive(kind: type[int] | type[float], allow_zero: bool = False) -> Any:
    def parse(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if value < 0 or (value == 0 and not allow_zero):
            raise argparse.ArgumentTypeError(f"{text!r} must be {'zero or more' if allow_zero else 'more than zero'}")
        return value

    parse.__name__ = kind.__name__  # argparse names the type in its messages
    return parse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The bench's options."""
    parser.add_argument("--connections", type=_positive(int), default=4,
                        help="concurrent senders, each its own TCP connection or UDP socket (default 4)")
    parser.add_argument("--duration", type=_positive(float), default=10.0, help="seconds measured per case (default 10)")
    parser.add_argument("--warmup", type=_positive(float, allow_zero=True), default=2.0,
                        help="seconds of load before measuring, per case (default 2)")
    parser.add_argument("--format", choices=["5424", "3164", "both"], default="both",
                        help="message format: RFC 5424, RFC 3164 (BSD) or both (default both; UDP: 5424 only)")
    parser.add_argument("--transport", choices=["tcp", "udp", "both"], default="both",
                        help="TCP, UDP or both (default both)")
    parser.add_argument("--services", type=_positive(int), default=8,
                        help="distinct programs (APP-NAME / TAG: the records' service.name) (default 8)")
    parser.add_argument("--hosts", type=_positive(int), default=12, help="distinct sending hosts named in the messages (default 12)")
    parser.add_argument("--messages", type=_positive(int), default=20_000,
                        help="distinct messages made up front per format, cycled (default 20000)")
    parser.add_argument("--udp-rate", type=_positive(float, allow_zero=True), default=0.0,
                        help="datagrams/s over all UDP senders; 0 sends as fast as they can (default 0)")
    parser.add_argument("--udp-burst", type=_positive(int), default=16,
                        help="datagrams a UDP sender sends back to back between two looks at the clock (default 16)")
    parser.add_argument("--chunk-bytes", type=_positive(int), default=65536,
                        help="bytes a TCP sender writes at once (default 65536)")
    parser.add_argument("--drain-timeout", type=_positive(float), default=60.0,
                        help="seconds to wait, after a case's load, for its records to reach Kafka (default 60)")
    parser.add_argument("--compression", choices=["none", "gzip", "lz4", "zstd"], default="zstd",
                        help="the ingestor's Kafka codec (default zstd)")
    parser.add_argument("--partitions", type=_positive(int), default=6, help="partitions of the raw topic (default 6)")
    add_json_argument(parser)


# -- messages -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Message:
    """One syslog message: its text as a record will carry it, and the whole line (no framing)."""

    text: str
    line: bytes


@dataclass(frozen=True)
class _Program:
    name: str
    facility: int  # RFC 5424 6.2.1
    has_pid: bool
    lines: tuple[tuple[int, str], ...]  # (severity, text template)


_IP = "10.{a}.{b}.{c}"
_PROGRAMS = (
    _Program("nginx", 23, True, (
        (6, '{ip} - - "GET /api/v1/orders/{n} HTTP/1.1" 200 {size} "-" "Mozilla/5.0 (X11; Linux x86_64)" rt={ms3} uct=0.001'),
        (6, '{ip} - - "POST /api/v1/cart HTTP/2.0" 201 {size} "https://shop.example.com/cart" "okhttp/4.12.0" rt={ms3}'),
        (4, '{ip} - - "GET /static/app.{hex8}.js HTTP/1.1" 404 153 "-" "curl/8.5.0" rt=0.000'),
        (3, 'upstream timed out (110: Connection timed out) while reading response header from upstream, client: {ip}'),
    )),
    _Program("sshd", 4, True, (
        (6, "Accepted publickey for deploy from {ip} port {port} ssh2: ED25519 SHA256:{b64}"),
        (4, "Failed password for invalid user admin from 203.0.113.{c} port {port} ssh2"),
        (6, "Connection closed by authenticating user root 198.51.100.{c} port {port} [preauth]"),
        (6, "pam_unix(sshd:session): session opened for user deploy(uid=1001) by (uid=0)"),
    )),
    _Program("postgres", 16, True, (
        (6, "LOG:  duration: {ms3} ms  statement: SELECT id, status FROM orders WHERE customer_id = {n} LIMIT 20"),
        (3, 'ERROR:  duplicate key value violates unique constraint "orders_pkey" DETAIL: Key (id)=({n}) already exists.'),
        (4, "LOG:  checkpoint complete: wrote {size} buffers ({pct}%); 0 WAL file(s) added, 1 removed"),
    )),
    _Program("cron", 9, True, (
        (6, "(root) CMD (/usr/local/bin/rotate-logs --keep 14 >/dev/null 2>&1)"),
        (6, "(deploy) CMD (cd /srv/app && ./bin/reindex --since {n} --quiet)"),
    )),
    _Program("haproxy", 17, True, (
        (6, '{ip}:{port} [06/Dec/2026:12:00:01.123] fe_https~ be_api/api-0{c1} 0/0/1/{ms}/{ms} 200 {size} - - ---- '
            '120/118/3/1/0 0/0 "GET /api/cart HTTP/1.1"'),
        (4, "Server be_api/api-0{c1} is DOWN, reason: Layer4 timeout, check duration: 2001ms. 2 active servers left."),
    )),
    _Program("kernel", 0, False, (
        (4, "TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.  Check SNMP counters."),
        (4, "nf_conntrack: nf_conntrack: table full, dropping packet"),
        (2, "Out of memory: Killed process {pid} (java) total-vm:{size}kB, anon-rss:{n}kB, file-rss:0kB, shmem-rss:0kB"),
        (6, "EXT4-fs (nvme0n1p2): re-mounted. Opts: errors=remount-ro. Quota mode: none."),
    )),
    _Program("payments-api", 16, True, (
        (6, "request completed method=POST path=/api/charge status=200 duration_ms={ms} user=u{n} currency=EUR"),
        (3, "charge failed: card processor timeout after 3000 ms order={n} attempt={c1} upstream=psp-gateway"),
        (7, "cache lookup key=customer:{n} hit=false ttl_s=300 backend=redis-{c1}"),
        (6, "Zahlung für Kunde Jürgen Groß (u{n}) bestätigt: {ms3} € über Kreditkarte"),
    )),
    _Program("checkout", 17, True, (
        (6, "order placed order_id={n} items={c1} total=129.90 currency=EUR shipping=express"),
        (4, "inventory reservation slow sku=SKU-{n} warehouse=fra-2 waited_ms={ms}"),
        (3, 'unhandled error in POST /checkout: KeyError: "shipping_address" (order={n})'),
    )),
    _Program("systemd", 3, True, (
        (6, "Started Session {n} of User deploy."),
        (5, "nginx.service: Main process exited, code=killed, status=9/KILL"),
        (6, "Starting Daily apt upgrade and clean activities..."),
    )),
    _Program("dockerd", 3, True, (
        (6, 'time="2026-12-06T12:00:01.{n}Z" level=info msg="ignoring event" module=libcontainerd topic=/tasks/delete'),
        (4, 'time="2026-12-06T12:00:02.{n}Z" level=warning msg="Health check for container {hex8} failed"'),
    )),
    _Program("redis-server", 18, True, (
        (6, "Background saving started by pid {pid}"),
        (5, "{n} changes in 60 seconds. Saving..."),
        (4, "WARNING: the client output buffer for replica {ip}:{port} reached its soft limit"),
    )),
    _Program("kafka", 19, True, (
        (6, "[Controller id=1] Processing automatic preferred replica leader election (kafka.controller.KafkaController)"),
        (4, "[ReplicaFetcher replicaId=2, leaderId=1, fetcherId=0] Error sending fetch request (sessionId={n}, epoch={c1})"),
    )),
)
_MSGIDS = ("-", "-", "-", "ID47", "access", "audit", "TXN")
_PADDING = ("region=eu-west-1", "build=1.4.2", "tenant=acme", "thread=worker-{c1}", "queue_ms={c1}", "span_id={hex16}",
            "pod=api-{hex8}", "retries=0", "node=ip-10-0-{c}-{c1}", "trace_id={hex16}{hex8}{hex8}", "client={ip}",
            "user_agent=Go-http-client/1.1", "bytes_out={size}", "conn_id={n}", "shard={c1}", "env=production")
_HOST_ROLES = ("web", "api", "db", "cache", "worker", "lb", "kafka", "batch")
_DOMAINS = ("eu-west-1.example.net", "us-east-1.example.net")


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        ip=_IP.format(a=rng.randrange(8), b=rng.randrange(16), c=rng.randrange(1, 255)), port=rng.randrange(1024, 65536),
        n=rng.randrange(1, 1_000_000), size=rng.randrange(100, 90_000), ms=rng.randrange(1, 3000),
        ms3=f"{rng.random() * 900:.3f}", pct=f"{rng.random() * 10:.1f}", c=rng.randrange(1, 255), c1=rng.randrange(1, 9),
        pid=rng.randrange(300, 4_000_000), hex8=rng.randbytes(4).hex(), hex16=rng.randbytes(8).hex(),
        b64=rng.randbytes(32).hex()[:43],
    )


def _text(program: _Program, index: int, rng: random.Random) -> tuple[int, str]:
    """(severity, text of 60-300 UTF-8 bytes ending with a ``req_id`` unique to ``index``)."""
    severity, template = rng.choice(program.lines)
    low, high = TEXT_BYTES
    target = low + int((high - low) * rng.random() ** 2)  # most short, some long
    tail = f" req_id={rng.randbytes(4).hex()}{index:06x}"
    text = _fill(template, rng)
    for key in rng.sample(_PADDING, len(_PADDING)):  # each key at most once
        if len((text + tail).encode()) >= target:
            break
        pad = " " + _fill(key, rng)
        if len((text + pad + tail).encode()) > high:
            break
        text += pad
    return severity, text + tail


def _sd_value(text: str) -> str:
    """A PARAM-VALUE with ``"``, ``\\`` and ``]`` escaped (RFC 5424, 6.3.3)."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("]", "\\]")


def _structured_data(rng: random.Random, index: int) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return f'[timeQuality tzKnown="1" isSynced="1" syncAccuracy="{rng.randrange(1000, 90000)}"]'
    if kind == 1:
        return f'[origin ip="{_fill("{ip}", rng)}" software="rsyslogd" swVersion="8.2312.0"][meta sequenceId="{index + 1}"]'
    if kind == 2:
        return f'[request@32473 method="GET" path="/api/cart" status="{rng.choice((200, 200, 404, 500))}"]'
    command = _sd_value(f'grep "timeout" /var/log/app.log | tail -n {rng.randrange(5, 50)} [saved]')
    return f'[audit@32473 uid="0" cmd="{command}" tty="pts/{rng.randrange(4)}"]'


def _program(service: int) -> _Program:
    """Service ``service``'s program: the known ones first, then numbered copies of them."""
    known = _PROGRAMS[service % len(_PROGRAMS)]
    if service < len(_PROGRAMS):
        return known
    return _Program(f"{known.name}-{service // len(_PROGRAMS)}", known.facility, known.has_pid, known.lines)


def make_messages(count: int, fmt: str, services: int, hosts: int, seed: int = 5) -> list[Message]:
    """``count`` distinct syslog messages of format ``fmt`` ("5424" or "3164"), deterministic for a seed.

    Each host runs every program with a pid of its own; times start a
    minute before now and step by about a millisecond.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format {fmt!r} is none of {', '.join(FORMATS)}")
    rng = random.Random(seed)
    programs = [_program(s) for s in range(services)]
    names = [f"{_HOST_ROLES[h % len(_HOST_ROLES)]}-{h // len(_HOST_ROLES) + 1:02d}" for h in range(hosts)]
    domains = [_DOMAINS[h % len(_DOMAINS)] for h in range(hosts)]
    pids = {(h, s): rng.randrange(300, 4_000_000) for h in range(hosts) for s in range(services)}
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=1)
    out = []
    for index in range(count):
        h, s = rng.randrange(hosts), rng.randrange(services)
        program = programs[s]
        severity, text = _text(program, index, rng)
        pri = program.facility * 8 + severity
        when = start + timedelta(microseconds=index * 997)
        pid = str(pids[(h, s)]) if program.has_pid else ""
        if fmt == "5424":
            offset = h % 3 == 2  # a third of the hosts write local time with its offset
            stamp = (when + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.%f+01:00") if offset \
                else when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            sd = _structured_data(rng, index) if rng.random() < 1 / 3 else "-"
            bom = "\ufeff" if rng.random() < 0.1 else ""  # RFC 5424's MSG-UTF8 opens with a BOM
            line = (f"<{pri}>1 {stamp} {names[h]}.{domains[h]} {program.name} {pid or '-'} "
                    f"{rng.choice(_MSGIDS)} {sd} {bom}{text}")
        else:
            stamp = f"{when:%b} {when.day:2d} {when:%H:%M:%S}"
            tag = f"{program.name}[{pid}]" if pid else program.name
            line = f"<{pri}>{stamp} {names[h]} {tag}: {text}"
        out.append(Message(text, line.encode()))
    return out


def frame(message: Message, case: Case) -> bytes:
    """The bytes a sender writes for ``message``: octet-counted, newline-ended or bare (a datagram).

    >>> m = Message("hi", b"<14>1 - h app - - - hi")
    >>> frame(m, Case("tcp", "5424")), frame(m, Case("udp", "5424"))
    (b'22 <14>1 - h app - - - hi', b'<14>1 - h app - - - hi')
    """
    if case.transport == "udp":
        return message.line
    if case.format == "5424":
        return b"%d %b" % (len(message.line), message.line)
    return message.line + b"\n"


@dataclass(frozen=True)
class Chunk:
    """What a sender sends at once: messages ``first`` to ``first + count - 1``, framed.

    ``payloads`` is one TCP write (the frames joined) or the datagrams; ``size`` their bytes.
    """

    first: int
    payloads: tuple[bytes, ...]
    count: int
    size: int


def chunks(messages: Sequence[Message], case: Case, chunk_bytes: int, max_messages: int) -> list[Chunk]:
    """``messages`` framed for ``case`` and cut into consecutive chunks of ``chunk_bytes`` or ``max_messages``.

    TCP: a chunk is one payload (its frames joined); UDP: one payload a
    datagram.  Every message is in exactly one chunk, in order.

    >>> ms = [Message(str(n), b"<14>1 - h app - - - %d" % n) for n in range(5)]
    >>> [(c.first, c.count, c.payloads[0][:3]) for c in chunks(ms, Case("tcp", "5424"), 50, 100)]
    [(0, 3, b'21 '), (3, 2, b'21 ')]
    """
    out: list[Chunk] = []
    frames: list[bytes] = []
    first = size = 0
    for n, message in enumerate(messages):
        data = frame(message, case)
        frames.append(data)
        size += len(data)
        if size >= chunk_bytes or len(frames) >= max_messages or n == len(messages) - 1:
            payloads = tuple(frames) if case.transport == "udp" else (b"".join(frames),)
            out.append(Chunk(first, payloads, len(frames), size))
            first, frames, size = n + 1, [], 0
    return out


def sent_counts(messages: Sequence[Message], chunk_list: Sequence[Chunk], times_sent: Sequence[int]) -> Counter[str]:
    """How many times each text was sent, from how many times each chunk was."""
    out: Counter[str] = Counter()
    for chunk, times in zip(chunk_list, times_sent, strict=True):
        if times:
            for message in messages[chunk.first:chunk.first + chunk.count]:
                out[message.text] += times
    return out


@dataclass(frozen=True)
class Verification:
    """What arrived against what was sent, message by message."""

    sent: int
    arrived: int
    missing: int  # sent, not arrived (or fewer times than sent)
    duplicated: int  # arrived more times than sent
    unknown: int  # arrived, never sent (another producer's, or a record whose text is not what was sent)
    unknown_texts: tuple[str, ...] = field(default=(), repr=False)  # the first few of them, to say whose they are


_UNKNOWN_SHOWN = 5  # unknown texts kept in a case's result


def verify(sent: Counter[str], received: Iterable[str]) -> Verification:
    """Compare the texts received with those sent (each text once a message: they are unique).

    >>> verify(Counter({"a": 2, "b": 1}), ["a", "b", "b", "z"])
    Verification(sent=3, arrived=4, missing=1, duplicated=1, unknown=1)
    """
    got = Counter(received)
    missing = sum(max(0, n - got[text]) for text, n in sent.items())
    duplicated = sum(max(0, got[text] - n) for text, n in sent.items())
    strangers = [text for text in got if text not in sent]
    unknown = sum(got[text] for text in strangers)
    return Verification(sum(sent.values()), sum(got.values()), missing, duplicated, unknown, tuple(strangers[:_UNKNOWN_SHOWN]))


# -- the load -------------------------------------------------------------------------------------
class _Sender(threading.Thread):
    """One connection (TCP) or socket (UDP) sending chunks in turn, from ``start``, until ``stop`` is set."""

    def __init__(self, address: tuple[str, int], case: Case, chunk_list: Sequence[Chunk], start: int,
                 stop: threading.Event, rate: float) -> None:
        super().__init__(name=f"bench-syslog-{case.name}-{start}", daemon=True)
        self.address, self.case, self.chunks, self.first, self.stop, self.rate = address, case, chunk_list, start, stop, rate
        self.times_sent = [0] * len(chunk_list)
        self.messages = 0
        self.bytes = 0
        self.error: OSError | None = None

    def run(self) -> None:
        try:
            if self.case.transport == "tcp":
                self._tcp()
            else:
                self._udp()
        except OSError as exc:
            self.error = exc

    def _tcp(self) -> None:
        # the timeout only guards against a receiver that stopped reading for good
        with socket.create_connection(self.address, timeout=60) as sock:
            for i in self._turns():
                chunk = self.chunks[i]
                sock.sendall(chunk.payloads[0])
                self._count(i, chunk)
            sock.shutdown(socket.SHUT_WR)  # the receiver reads to the end of the stream

    def _udp(self) -> None:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.connect(self.address)
            began = time.monotonic()
            for i in self._turns():
                chunk = self.chunks[i]
                for datagram in chunk.payloads:
                    sock.send(datagram)
                self._count(i, chunk)
                if self.rate:
                    ahead = began + self.messages / self.rate - time.monotonic()
                    if ahead > 0:
                        time.sleep(ahead)

    def _turns(self) -> Iterable[int]:
        i = self.first
        while not self.stop.is_set():
            yield i
            i = (i + 1) % len(self.chunks)

    def _count(self, i: int, chunk: Chunk) -> None:
        self.times_sent[i] += 1
        self.messages += chunk.count
        self.bytes += chunk.size


@dataclass
class IngestCounts:
    """The ingestor's syslog counters of one transport (its ``/metrics``)."""

    records: float = 0.0  # acknowledged by Kafka
    ok: float = 0.0
    malformed: float = 0.0
    dropped: float = 0.0  # UDP datagrams that found the buffer full
    buffered: float = 0.0


def ingest_counts(exposition: str, transport: str) -> IngestCounts:
    """Read a transport's counters (``syslog-tcp`` or ``syslog-udp``) from an ingestor's exposition.

    >>> text = 'sightline_ingest_records_total{signal="logs",transport="syslog-tcp"} 40.0\\n'
    >>> ingest_counts(text, "syslog-tcp").records, ingest_counts(text, "syslog-udp").records
    (40.0, 0.0)
    """
    from prometheus_client.parser import text_string_to_metric_families

    out = IngestCounts()
    for family in text_string_to_metric_families(exposition):
        for sample in family.samples:
            labels = sample.labels
            if labels.get("transport") != transport:
                continue
            if sample.name == "sightline_ingest_records_total" and labels.get("signal") == "logs":
                out.records += sample.value
            elif sample.name == "sightline_ingest_requests_total" and labels.get("signal") == "logs":
                outcome = labels.get("outcome")
                if outcome == "ok":
                    out.ok += sample.value
                elif outcome == "malformed":
                    out.malformed += sample.value
                elif outcome == "unavailable":
                    out.dropped += sample.value
            elif sample.name == "sightline_syslog_buffered_records":
                out.buffered += sample.value
    return out


def udp_drops(table: str, port: int) -> int | None:
    """The ``drops`` column of the UDP socket bound to ``port`` in a /proc/net/udp table (None: no such socket).

    The kernel counts there the datagrams it threw away because the
    socket's receive buffer was full: the receiver never saw them.

    >>> row = "  57: 0100007F:1582 00000000:0000 07 00000000:00000000 00:00000000 00000000  1000 0 1 2 ffff 31"
    >>> udp_drops("  sl  local_address ...\\n" + row, 0x1582), udp_drops(row, 80)
    (31, None)
    """
    for line in table.splitlines():
        fields = line.split()
        if len(fields) < 13 or ":" not in fields[1]:
            continue
        try:
            local_port = int(fields[1].rsplit(":", 1)[1], 16)
        except ValueError:
            continue
        if local_port == port:
            return int(fields[-1])
    return None


def _read_udp_drops(port: int) -> int | None:
    try:
        with open("/proc/net/udp") as f:
            return udp_drops(f.read(), port)
    except OSError:
        return None


def _scrape(admin_port: int, transport: str) -> IngestCounts:
    with urllib.request.urlopen(f"http://127.0.0.1:{admin_port}/metrics", timeout=10) as resp:
        return ingest_counts(resp.read().decode(), transport)


class _RawTopic:
    """The raw logs topic, read back between two sets of offsets (no consumer group).

    A Kafka message whose ``sightline-request`` header was read before (in this case or an
    earlier one) is a replay: the ingestor sent it again as it was after Kafka's acknowledgement
    did not come, and Kafka kept both.  Its records carry the same ids as the first copy's, so
    the store keeps one; they are counted apart (``replayed``), not as arrivals.
    """

    def __init__(self, bootstrap: str, topic: str) -> None:
        from aiokafka import AIOKafkaConsumer

        self.topic = topic
        self.consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, max_partition_fetch_bytes=8 << 20)
        self.partitions: list[Any] = []
        self.origins: set[bytes] = set()  # the sightline-request headers read so far

    async def start(self) -> None:
        from aiokafka import TopicPartition

        await self.consumer.start()
        await self.consumer.topics()  # fetches the cluster's metadata
        self.partitions = [TopicPartition(self.topic, p) for p in sorted(self.consumer.partitions_for_topic(self.topic) or ())]
        if not self.partitions:
            raise RuntimeError(f"topic {self.topic} has no partitions")
        self.consumer.assign(self.partitions)

    async def stop(self) -> None:
        await self.consumer.stop()

    async def ends(self) -> dict[Any, int]:
        return dict(await self.consumer.end_offsets(self.partitions))

    async def texts(self, start: dict[Any, int], expected: int, timeout: float) -> tuple[list[str], int, int]:
        """The messages of the records after ``start``, how many were marked malformed, and how many
        records came in replayed Kafka messages (not in the texts).

        Reads to the end offsets, asked again until ``expected`` records are
        in hand or ``timeout`` seconds have passed (then what there is).
        """
        texts: list[str] = []
        malformed = replayed = 0
        origins = self.origins
        position = dict(start)
        for tp, offset in start.items():
            self.consumer.seek(tp, offset)
        deadline = time.monotonic() + timeout
        while True:
            end = await self.ends()
            left = {tp for tp in self.partitions if end[tp] > position[tp]}
            while left:
                batches = await self.consumer.getmany(*left, timeout_ms=500)
                for tp, messages in batches.items():
                    for message in messages:
                        records = orjson.loads(message.value)
                        origin = dict(message.headers or ()).get("sightline-request")
                        if origin is not None and origin in origins:
                            replayed += len(records)
                            continue
                        if origin is not None:
                            origins.add(origin)
                        for record in records:
                            texts.append(record.get("message", ""))
                            malformed += "syslog.malformed" in record.get("attributes", {})
                    position[tp] = await self.consumer.position(tp)
                    if position[tp] >= end[tp]:
                        left.discard(tp)
                if time.monotonic() > deadline:
                    return texts, malformed, replayed
            if len(texts) >= expected or time.monotonic() > deadline:
                return texts, malformed, replayed
            await asyncio.sleep(0.2)


@dataclass(frozen=True)
class Snapshot:
    """The counters at one moment of a case."""

    at: float  # time.monotonic()
    cpu: float  # the ingestor's
    sender_cpu: float  # this process's: the senders share the machine with the ingestor
    counts: IngestCounts
    sent: int
    sent_bytes: int


@dataclass
class _CaseRun:
    """A case's inputs and the ingestor it runs against."""

    case: Case
    messages: list[Message]
    admin_port: int
    port: int
    pid: int
    raw: _RawTopic
    progress: Progress
    say: Callable[[str], None]
    transport_label: str = field(init=False)

    def __post_init__(self) -> None:
        self.transport_label = f"syslog-{self.case.transport}"


async def _snapshot(run: _CaseRun, senders: Sequence[_Sender]) -> Snapshot:
    counts = await asyncio.to_thread(_scrape, run.admin_port, run.transport_label)
    return Snapshot(time.monotonic(), cpu_seconds(run.pid), cpu_seconds(os.getpid()), counts,
                     sum(s.messages for s in senders), sum(s.bytes for s in senders))


async def _drain(run: _CaseRun, before: IngestCounts, sent: int, timeout: float) -> tuple[IngestCounts, float]:
    """Wait until the case's records are in Kafka: all sent (TCP), or nothing buffered nor moving for 1 s (UDP)."""
    began = time.monotonic()
    last, still_since = -1.0, began  # UDP: settled once nothing is buffered and the count held for _SETTLED_S
    counts = before
    while time.monotonic() - began < timeout:
        counts = await asyncio.to_thread(_scrape, run.admin_port, run.transport_label)
        done = counts.records - before.records
        if run.case.transport == "tcp" and done >= sent:
            break
        if counts.records != last:
            last, still_since = counts.records, time.monotonic()
        elif run.case.transport == "udp" and counts.buffered == 0 and time.monotonic() - still_since >= _SETTLED_S:
            break
        run.progress.detail(f"in Kafka: {done:,.0f} of {sent:,} sent")
        await asyncio.sleep(0.25)
    return counts, time.monotonic() - began


async def _run_case(run: _CaseRun, args: argparse.Namespace) -> dict[str, Any]:
    case, progress = run.case, run.progress
    burst = args.udp_burst if case.transport == "udp" else len(run.messages)
    chunk_list = chunks(run.messages, case, args.chunk_bytes, burst)
    stop = threading.Event()
    rate = args.udp_rate / args.connections if case.transport == "udp" else 0.0
    senders = [_Sender(("127.0.0.1", run.port), case, chunk_list, n * len(chunk_list) // args.connections, stop, rate)
               for n in range(args.connections)]
    offsets = await run.raw.ends()
    drops_before = _read_udp_drops(run.port) if case.transport == "udp" else None
    idle = await _snapshot(run, senders)
    progress.phase(f"{case.name}: {args.warmup:g} s warm-up, {args.duration:g} s measured")
    for sender in senders:
        sender.start()
    try:
        await _watch(senders, progress, args.warmup)
        first = await _snapshot(run, senders)
        await _watch(senders, progress, args.duration)
        last = await _snapshot(run, senders)
    finally:
        stop.set()
        await asyncio.to_thread(_join, senders)
    errors = [f"{type(s.error).__name__}: {s.error}" for s in senders if s.error is not None]
    sent = sum(s.messages for s in senders)
    progress.phase(f"{case.name}: waiting for the records to reach Kafka")
    counts, drain_s = await _drain(run, idle.counts, sent, args.drain_timeout)
    drops_after = _read_udp_drops(run.port) if case.transport == "udp" else None
    progress.phase(f"{case.name}: reading the raw topic back")
    texts, malformed, replayed = await run.raw.texts(offsets, int(counts.records - idle.counts.records),
                                                     args.drain_timeout)
    check = verify(sent_counts(run.messages, chunk_list, [sum(c) for c in zip(*(s.times_sent for s in senders), strict=True)]),
                   texts)
    outcome = Outcome(check, malformed, counts, drain_s, errors,
                      None if drops_before is None or drops_after is None else drops_after - drops_before, replayed)
    result = case_figures(case, idle, first, last, outcome, args.udp_rate)
    _say_case(run.say, result)
    return result


@dataclass(frozen=True)
class Outcome:
    """How a case ended: the check against the raw topic and the ingestor's counters once drained."""

    check: Verification
    malformed: int
    drained: IngestCounts
    drain_s: float
    sender_errors: list[str]
    kernel_drops: int | None = None  # UDP: the socket's drops column moved by this much (None: not readable)
    replayed: int = 0  # records in Kafka messages read twice (the ingestor's retry after a lost acknowledgement)


def case_figures(case: Case, idle: Snapshot, first: Snapshot, last: Snapshot, outcome: Outcome,
                 udp_rate: float = 0.0) -> dict[str, Any]:
    """A case's figures (one entry of the JSON document's ``cases``).

    Rates and CPU over the measured window (``first`` to ``last``); counts
    over the whole case, from ``idle`` (before the load) to the end of the drain.
    """
    elapsed = last.at - first.at
    records = last.counts.records - first.counts.records
    cpu = last.cpu - first.cpu
    check, drained = outcome.check, outcome.drained
    result: dict[str, Any] = {
        "case": case.name, "transport": case.transport, "format": case.format, "framing": case.framing,
        "records_per_s": round(records / elapsed, 1), "sent_per_s": round((last.sent - first.sent) / elapsed, 1),
        "sent_mb_per_s": round((last.sent_bytes - first.sent_bytes) / elapsed / 1e6, 2),
        "cpu_s": round(cpu, 3), "cpu_us_per_record": round(cpu / records * 1e6, 2) if records else None,
        "sender_cpu_s": round(last.sender_cpu - first.sender_cpu, 3),
        "sent": check.sent, "arrived": check.arrived, "acknowledged": int(drained.records - idle.counts.records),
        "missing": check.missing, "duplicated": check.duplicated, "unknown": check.unknown,
        "unknown_texts": list(check.unknown_texts), "replayed": outcome.replayed,
        "malformed": outcome.malformed, "drain_s": round(outcome.drain_s, 2), "sender_errors": outcome.sender_errors,
    }
    if case.transport == "udp":
        receiver = int(drained.dropped - idle.counts.dropped)
        result.update({"udp_rate": udp_rate, "dropped_kernel": outcome.kernel_drops, "dropped_receiver": receiver,
                       "unaccounted": check.missing - receiver - (outcome.kernel_drops or 0)})
    return result


def _join(senders: Sequence[_Sender]) -> None:
    for sender in senders:
        sender.join()


async def _watch(senders: Sequence[_Sender], progress: Progress, seconds: float) -> None:
    """Wait ``seconds``, showing how many messages went out; stop early when every sender failed."""
    end = time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        await asyncio.sleep(min(0.5, left))
        progress.detail(f"sent {sum(s.messages for s in senders):,}")
        if all(not s.is_alive() for s in senders):
            return


def _say_case(say: Callable[[str], None], r: dict[str, Any]) -> None:
    per_record = "n/a (no record in the window)" if r["cpu_us_per_record"] is None else f"{r['cpu_us_per_record']:.1f} us/record"
    say(f"{r['case']:<9} {r['framing']:<23} {r['records_per_s']:>10,.0f} records/s into Kafka  "
        f"(sent {r['sent_per_s']:,.0f}/s, {r['sent_mb_per_s']:.1f} MB/s)  "
        f"ingestor CPU {per_record} ({r['cpu_s']:.2f} s; senders {r['sender_cpu_s']:.2f} s)")
    line = (f"{'':<9} sent {r['sent']:,}  arrived {r['arrived']:,} on the raw topic "
            f"(acknowledged by Kafka: {r['acknowledged']:,})  missing {r['missing']:,}  duplicated {r['duplicated']:,}")
    if r["unknown"] or r["malformed"]:
        line += f"  unknown {r['unknown']:,}  malformed {r['malformed']:,}"
    if r["replayed"]:
        line += f"  (replayed {r['replayed']:,}: sent again after a lost acknowledgement, the same ids)"
    say(line)
    for text in r["unknown_texts"]:
        say(f"{'':<9} unknown: {text[:200]!r}")
    if r["transport"] == "udp":
        kernel = "n/a (no /proc/net/udp)" if r["dropped_kernel"] is None else f"{r['dropped_kernel']:,}"
        say(f"{'':<9} UDP drops: {kernel} by the kernel (socket receive buffer full), {r['dropped_receiver']:,} "
            f"by the receiver (max_buffered_records), {r['unaccounted']:,} unaccounted"
            + ("; sent unpaced (--udp-rate paces them)" if not r["udp_rate"] else f"; paced at {r['udp_rate']:,.0f}/s"))
    if r["sender_errors"]:
        say(f"{'':<9} sender errors: {'; '.join(sorted(set(r['sender_errors'])))}")


def text_sizes(messages: Sequence[Message]) -> dict[str, float]:
    """Shortest, mean and longest text, in UTF-8 bytes."""
    sizes = [len(m.text.encode()) for m in messages]
    return {"min": min(sizes), "mean": round(sum(sizes) / len(sizes), 1), "max": max(sizes)}


def failed(result: dict[str, Any]) -> bool:
    """A case that lost (TCP), duplicated or garbled messages, or whose senders failed."""
    return bool(result["duplicated"] or result["unknown"] or result["malformed"] or result["sender_errors"]
                or (result["transport"] == "tcp" and result["missing"]))


async def measure(args: argparse.Namespace, broker: Any, log_dir: str, progress: Progress,
                  say: Callable[[str], None] = print) -> dict[str, Any]:
    """Run the selected cases against one ingestor on ``broker``; the JSON document of the figures."""
    from pipeline.bench.ingest import start_ingestor

    selected = cases(args.transport, args.format)
    progress.phase("making the messages")
    messages = {fmt: make_messages(args.messages, fmt, args.services, args.hosts)
                for fmt in FORMATS if any(c.format == fmt for c in selected)}
    result: dict[str, Any] = {
        "bench": "syslog", "connections": args.connections, "duration_s": args.duration, "warmup_s": args.warmup,
        "services": args.services, "hosts": args.hosts, "messages": args.messages, "udp_rate": args.udp_rate,
        "compression": args.compression, "text_bytes": {fmt: text_sizes(ms) for fmt, ms in messages.items()},
        "cases": [],
    }
    for fmt, ms in messages.items():
        sizes = result["text_bytes"][fmt]
        lines = sum(len(m.line) for m in ms) / len(ms)
        say(f"RFC {fmt}: {len(ms):,} distinct messages, text {sizes['min']}-{sizes['max']} bytes "
            f"(mean {sizes['mean']:.0f}), whole line {lines:.0f} bytes on average; "
            f"{args.hosts} hosts, {args.services} programs")
    say(f"{args.connections} connections; ingestor Kafka codec {args.compression}; "
        f"{args.warmup:g} s warm-up and {args.duration:g} s measured per case")
    progress.phase("starting the ingestor")
    child = await start_ingestor(broker, args.partitions, args.compression, args.connections, log_dir)
    try:
        raw = _RawTopic(broker.bootstrap, child.topics.logs_raw)
        await raw.start()
        try:
            for case in selected:
                run = _CaseRun(case, messages[case.format], child.admin_port, child.ports["syslog"], child.proc.pid,
                               raw, progress, say)
                result["cases"].append(await _run_case(run, args))
        finally:
            await raw.stop()
    finally:
        child.stop()
    return result


async def _bench(args: argparse.Namespace, broker: Any, log_dir: str, progress: Progress) -> int:
    def say(line: str) -> None:  # the table; under --json it goes to stderr and the JSON to stdout
        if args.json:
            print(line, file=sys.stderr, flush=True)
        else:
            progress.write(line)

    result = await measure(args, broker, log_dir, progress, say)
    emit(args, result)
    return 1 if any(failed(r) for r in result["cases"]) else 0


def run(args: argparse.Namespace) -> int:
    """Run the benchmark; non-zero when a TCP message was lost, any duplicated or garbled, or a sender failed."""
    try:
        cases(args.transport, args.format)
    except ValueError as exc:
        raise SightlineError(str(exc)) from None  # `sightline` prints it as one line, exit 2
    return run_with_broker("bench syslog", args, _bench)
