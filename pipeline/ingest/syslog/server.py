"""The syslog listeners (TCP and UDP on ``ingest.syslog.port``) and their batching towards Kafka.

Runs inside the ingest process as a background task of the receiver
contract (:attr:`pipeline.ingest.contract.Endpoints.tasks`), producing
through the shared :class:`~pipeline.ingest.receiver.Receiver`.

Delivery
--------
A syslog sender gets no answer, so what was read is kept until Kafka has it:

- records wait in a buffer per transport and are produced per service
  (one Kafka message per service and batch, keyed by it) once
  ``batch_records`` are waiting or ``flush_interval_s`` after the first;
- while Kafka is unreachable the buffer is kept and produced again with
  the shared backoff; what Kafka acknowledged of a failed attempt is not
  sent twice, and what it did not is sent again as it was (the same
  bytes, origin and message numbers, before anything newer), so a message
  Kafka took after all (its acknowledgement lost to a timeout) gives its
  records the same ids and is stored once;
- TCP: once ``max_buffered_records`` wait, connections are not read until
  there is room again, so the kernel's windows fill and senders block
  (rsyslog and syslog-ng queue meanwhile);
- UDP has no back-pressure: a datagram that finds the buffer full is
  dropped and counted;
- stopping closes the listeners and connections, frames what each
  connection had sent, and produces the buffer for up to
  ``shutdown_timeout_s``; what is still unsent then is counted and logged.

Metrics (``transport`` is ``syslog-tcp`` or ``syslog-udp``)
-----------------------------------------------------------
``sightline_ingest_requests_total{signal="logs"}``
    per message: ``outcome="ok"``, ``"malformed"`` (kept, raw text as its
    message), ``"unavailable"`` (a UDP datagram dropped, buffer full); per
    TCP connection refused over ``max_connections``: ``"throttled"``.
``sightline_ingest_records_total``, ``sightline_ingest_bytes_total``
    records Kafka acknowledged; bytes read.
``sightline_ingest_limited_attributes_total{limit="syslog_message_bytes"}``
    messages cut to ``max_message_bytes``.
``sightline_ingest_rejected_records_total{reason=...}``
    ``kafka_unavailable`` (UDP, buffer full), ``kafka_refused`` (a
    permanent refusal), ``shutdown`` (unsent when stopping).
``sightline_syslog_buffered_records``, ``sightline_syslog_connections``
    gauges, read at scrape time.
``sightline_syslog_produce_retries_total``
    produce attempts Kafka did not take whole (sent again as they were).
"""

from __future__ import annotations

import asyncio
import errno
import hashlib
import os
import socket
import ssl
import time
import zoneinfo
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric

from pipeline.errors import StartupError
from pipeline.ingest.contract import ReceiverContext
from pipeline.ingest.errors import Unavailable
from pipeline.ingest.jsonlogs.codec import limit_attributes
from pipeline.ingest.receiver import Request
from pipeline.ingest.syslog.codec import Framer, ParseContext, datagram_frame, parse_message
from pipeline.ingest.syslog.config import SyslogConfig
from pipeline.ingest.tls import server_ssl_context
from pipeline.log import get_logger
from pipeline.retry import Backoff
from schemas.raw import FORMAT_RECORDS_JSON

__all__ = ["TCP", "UDP", "Buffer", "SyslogServer"]

log = get_logger("ingest.syslog")

TCP, UDP = "syslog-tcp", "syslog-udp"
"""The ``transport`` metric labels."""
_READ_BYTES = 65536
_BIND_ATTEMPTS = 8  # port 0: a free TCP port whose UDP twin is taken is given up for another


@dataclass
class _Flush:
    """One flush's Kafka messages, kept as they were first sent until Kafka has taken each.

    A retry sends the same bytes under the same origin (``digest``) and
    message numbers, so the records of a message Kafka took twice keep their
    ids (:func:`schemas.records.encode_lines`) and the store keeps one copy.
    """

    digest: str
    received_ns: int
    batches: list[tuple[str, bytes]]  # (service, payload) still to be acknowledged
    numbers: list[int]  # each one's message number in the first attempt
    counts: list[int]  # records in each

    @property
    def records(self) -> int:
        return sum(self.counts)

    def acknowledged(self, acked: list[bool]) -> int:
        """Forget the messages Kafka acknowledged (``acked``, in order; missing: not); how many records they held."""
        done = [n < len(acked) and acked[n] for n in range(len(self.batches))]
        keep = [n for n, ok in enumerate(done) if not ok]
        self.batches = [self.batches[n] for n in keep]
        self.numbers = [self.numbers[n] for n in keep]
        records = sum(count for count, ok in zip(self.counts, done, strict=True) if ok)
        self.counts = [self.counts[n] for n in keep]
        return records


class Buffer:
    """One transport's records read but not yet in Kafka, and the loop that produces them."""

    def __init__(self, transport: str, section: SyslogConfig, ctx: ReceiverContext) -> None:
        self.transport = transport
        self.section = section
        self.ctx = ctx
        self.records: list[dict[str, Any]] = []
        self.closing = False
        self._first_at = 0.0
        self._arrived = asyncio.Event()
        self._full = asyncio.Event()
        self._room = asyncio.Event()
        self._room.set()
        self._task: asyncio.Task[None] | None = None
        self._nonce = os.urandom(8).hex()
        self._flushes = 0
        self._flushing = False
        self._retry: _Flush | None = None  # a flush Kafka did not take whole: sent again before anything newer
        self.retries = 0  # produce attempts Kafka did not take whole (sightline_syslog_produce_retries_total)
        self._backoff = Backoff(initial=0.2, maximum=5.0)

    def __len__(self) -> int:
        """Records waiting, those of a flush to send again among them."""
        return len(self.records) + (self._retry.records if self._retry is not None else 0)

    def has_room(self) -> bool:
        return len(self) < self.section.max_buffered_records

    def add(self, records: list[dict[str, Any]]) -> None:
        """Keep ``records`` (in order); wakes the producing loop."""
        if not records:
            return
        if not self.records:
            self._first_at = time.monotonic()
            self._arrived.set()
        self.records.extend(records)
        if len(self.records) >= self.section.batch_records:
            self._full.set()
        if not self.has_room():
            self._room.clear()

    async def room(self) -> None:
        """Return once there is room for more (at once when stopping)."""
        while not self.has_room() and not self.closing:
            await self._room.wait()

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=f"sightline {self.transport} producer")

    def release(self) -> None:
        """Stopping: :meth:`room` waits no more."""
        self.closing = True
        self._room.set()

    async def stop(self) -> None:
        """Stop the loop, then produce what is left within ``shutdown_timeout_s``."""
        self.release()
        task, self._task = self._task, None
        if task is not None:
            if self._flushing:  # let a send under way finish: cancelled, it would not know what Kafka took
                await asyncio.wait({task}, timeout=self.section.shutdown_timeout_s)
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        deadline = time.monotonic() + self.section.shutdown_timeout_s
        attempt = 0
        while len(self) and time.monotonic() < deadline:
            if await self._flush():
                continue
            await asyncio.sleep(min(self._backoff.delay(attempt), max(0.0, deadline - time.monotonic())))
            attempt += 1
        if len(self):
            self.ctx.metrics.rejected.labels("logs", "shutdown").inc(len(self))
            log.error("syslog records not produced before stopping", extra={
                "transport": self.transport, "records": len(self),
                "reason": "kafka unavailable for ingest.syslog.shutdown_timeout_s"})
            self.records.clear()
            self._retry = None

    async def _run(self) -> None:
        attempt = 0
        while True:
            if not len(self):
                self._arrived.clear()
                await self._arrived.wait()
            wait = self._first_at + self.section.flush_interval_s - time.monotonic()
            if self._retry is None and wait > 0 and len(self.records) < self.section.batch_records:
                self._full.clear()
                try:
                    await asyncio.wait_for(self._full.wait(), wait)
                except TimeoutError:
                    pass
            flushed = await self._flush()
            if self.closing:
                return  # stop() produces the rest
            if flushed:
                attempt = 0
            else:
                await asyncio.sleep(self._backoff.delay(attempt))
                attempt += 1

    async def _flush(self) -> bool:
        """Produce the flush Kafka did not take whole, else the oldest records (``flush_max_records`` at
        most); False when Kafka took not all of it (the rest is kept, to be sent again as it is)."""
        flush = self._retry
        if flush is None:
            flush = self._retry = self._next()
        receiver, metrics = self.ctx.receiver, self.ctx.metrics
        request = Request("logs", self.transport, digest=flush.digest)
        self._flushing = True
        try:
            receiver.check_kafka()
            await receiver.produce(request, flush.batches, FORMAT_RECORDS_JSON, flush.received_ns, flush.numbers)
        except asyncio.CancelledError:
            self._settle()  # sent or not, unknown: kept whole, sent again when stopping (at least once, same ids)
            raise
        except Unavailable as exc:
            metrics.records.labels("logs", self.transport).inc(flush.acknowledged(exc.acked))
            self.retries += 1
            self._settle()
            return False
        except Exception as exc:  # a permanent refusal: retrying would stall every sender behind it
            metrics.rejected.labels("logs", "kafka_refused").inc(flush.records)
            log.error("syslog records refused by Kafka", extra={"transport": self.transport, "records": flush.records,
                                                               "reason": f"{type(exc).__name__}: {exc}"})
        else:
            metrics.records.labels("logs", self.transport).inc(flush.records)
        finally:
            self._flushing = False
        self._retry = None
        self._settle()
        return True

    def _next(self) -> _Flush:
        """The oldest records as one flush's messages: per service, in order, within the batch byte limit."""
        cap = max(self.section.flush_max_records, self.section.batch_records)
        taken, self.records = self.records[:cap], self.records[cap:]
        if not self.records:
            self._full.clear()
        by_service: dict[str, list[dict[str, Any]]] = {}
        for record in taken:
            by_service.setdefault(record["service.name"], []).append(record)
        batches, counts = self.ctx.receiver.batches(by_service)
        self._flushes += 1
        # identical lines of one flush are each stored; the origin names this ingestor and flush
        digest = hashlib.blake2b(f"{self._nonce}.{self._flushes}".encode(), digest_size=12).hexdigest()
        return _Flush(digest, time.time_ns(), batches, list(range(len(batches))), counts)

    def _settle(self) -> None:
        if self.has_room():
            self._room.set()
        else:
            self._room.clear()
        if len(self):
            self._arrived.set()


_UDP_READS = 1024  # datagrams read at most per wake-up of the UDP socket (then the loop runs on)
_MAX_DATAGRAM = 65535


class _UdpReader:
    """UDP: one message per datagram, read until the socket is empty at each wake-up and parsed
    as one batch.  asyncio's datagram transport reads one datagram per turn of the loop, which
    cost three to four times the CPU of TCP per record (``sightline bench syslog``)."""

    def __init__(self, server: SyslogServer, sock: socket.socket) -> None:
        self.server = server
        self.sock = sock
        self.inode = os.fstat(sock.fileno()).st_ino  # its line in /proc/net/udp (kernel drops)
        self._loop: asyncio.AbstractEventLoop | None = None

    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        loop.add_reader(self.sock.fileno(), self._ready)

    def close(self) -> None:
        if self._loop is not None:
            self._loop.remove_reader(self.sock.fileno())
            self._loop = None
        self.sock.close()

    def _ready(self) -> None:
        batch: list[tuple[bytes, str]] = []
        recvfrom = self.sock.recvfrom
        for _ in range(_UDP_READS):
            try:
                data, addr = recvfrom(_MAX_DATAGRAM)
            except (BlockingIOError, InterruptedError):
                break
            except OSError as exc:  # an ICMP error queued on the socket: nothing to read from it
                log.debug("syslog udp read failed", extra={"reason": str(exc)})
                break
            batch.append((data, addr[0] if isinstance(addr, tuple) else str(addr)))
        if batch:
            self.server.take_datagrams(batch)

    def kernel_drops(self) -> int | None:
        """Datagrams the kernel dropped for this socket (its receive buffer full), from
        /proc/net/udp and udp6 (Linux); None where that cannot be read."""
        for table in ("/proc/net/udp", "/proc/net/udp6"):
            try:
                with open(table, encoding="ascii") as lines:
                    next(lines, None)
                    for line in lines:
                        fields = line.split()
                        if len(fields) >= 13 and fields[9] == str(self.inode):
                            return int(fields[-1])
            except (OSError, ValueError):
                continue
        return None


def _udp_socket(host: str, port: int, receive_buffer: int) -> socket.socket:
    """A bound non-blocking UDP socket, its receive buffer raised to ``receive_buffer`` bytes where
    the kernel allows (SO_RCVBUFFORCE with CAP_NET_ADMIN, else up to net.core.rmem_max)."""
    family, _type, _proto, _name, address = socket.getaddrinfo(host, port, type=socket.SOCK_DGRAM)[0]
    sock = socket.socket(family, socket.SOCK_DGRAM)
    try:
        sock.setblocking(False)
        if receive_buffer:
            force = getattr(socket, "SO_RCVBUFFORCE", None)
            try:
                if force is None:
                    raise PermissionError
                sock.setsockopt(socket.SOL_SOCKET, force, receive_buffer)
            except PermissionError:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
        sock.bind(address)
    except BaseException:
        sock.close()
        raise
    return sock


class SyslogServer:
    """The TCP and UDP listeners of ``ingest.syslog`` and their buffers; ``ports`` once started."""

    def __init__(self, section: SyslogConfig, ctx: ReceiverContext) -> None:
        self.section = section
        self.ctx = ctx
        self.zone = zoneinfo.ZoneInfo(section.timezone)
        # a record must fit one Kafka message even if every byte is escaped in JSON (\u00XX: 6 bytes)
        self.max_message_bytes = min(section.max_message_bytes, max(64, ctx.limits.max_record_bytes // 6))
        self.ports: dict[str, int] = {}
        self.port = 0
        self.buffers: dict[str, Buffer] = {}
        self._tcp: asyncio.Server | None = None
        self._udp: _UdpReader | None = None
        self._connections: dict[asyncio.Task[Any], asyncio.StreamWriter] = {}
        self._collector: _SyslogCollector | None = None
        self._ssl: ssl.SSLContext | None = None

    # -- lifecycle ---------------------------------------------------------------------------
    async def start(self) -> None:
        if self.buffers:
            return
        section = self.section
        self._ssl = server_ssl_context(section.tls, "ingest.syslog.tls") if section.tcp else None  # ConfigError names the file
        for transport, on in ((TCP, section.tcp), (UDP, section.udp)):
            if on:
                self.buffers[transport] = Buffer(transport, section, self.ctx)
        for attempt in range(_BIND_ATTEMPTS):
            try:
                await self._bind()
                break
            except OSError as exc:
                await self._unbind()
                retry = section.port == 0 and exc.errno == errno.EADDRINUSE and attempt + 1 < _BIND_ATTEMPTS
                if not retry:
                    self.buffers.clear()
                    raise self._startup_error(exc) from None
        for buffer in self.buffers.values():
            buffer.start()
        self.ports["ingest.syslog"] = self.port
        self._collector = _SyslogCollector(self)
        self.ctx.metrics.registry.register(self._collector)
        log.info("syslog listening", extra={"syslog": f"{section.host}:{self.port}", "tls": self._ssl is not None,
                                            "transports": ",".join(t.removeprefix("syslog-") for t in self.buffers),
                                            "udp_receive_buffer": self.udp_receive_buffer()})
        if section.udp and section.udp_receive_buffer_bytes and self.udp_receive_buffer() < section.udp_receive_buffer_bytes:
            # Linux reports twice what it granted; less than asked means net.core.rmem_max capped it
            log.warning("syslog udp receive buffer below ingest.syslog.udp_receive_buffer_bytes", extra={
                "granted": self.udp_receive_buffer(), "asked": section.udp_receive_buffer_bytes,
                "reason": "capped by net.core.rmem_max: raise it (sysctl -w net.core.rmem_max=...) or run with "
                          "CAP_NET_ADMIN; bursts beyond the buffer are dropped by the kernel "
                          "(sightline_syslog_udp_kernel_drops_total)"})

    async def stop(self) -> None:
        if not self.buffers:
            return
        await self._unbind()
        for buffer in self.buffers.values():
            buffer.release()  # a connection waiting for room reads on, to its end
        for writer in list(self._connections.values()):
            writer.close()  # its handler reads EOF, frames what it holds and returns
        if self._connections:
            await asyncio.wait(list(self._connections), timeout=self.section.shutdown_timeout_s)
        for task in list(self._connections):
            task.cancel()
        await asyncio.gather(*(buffer.stop() for buffer in self.buffers.values()))
        self.buffers.clear()
        if self._collector is not None:
            self.ctx.metrics.registry.unregister(self._collector)
            self._collector = None

    async def _bind(self) -> None:
        section, loop = self.section, asyncio.get_running_loop()
        port = section.port
        if section.tcp:
            self._tcp = await asyncio.start_server(
                self._serve, section.host, port, reuse_address=True, limit=_READ_BYTES,
                ssl=self._ssl,
            )
            port = self._tcp.sockets[0].getsockname()[1]
        if section.udp:
            sock = _udp_socket(section.host, port, section.udp_receive_buffer_bytes)
            self._udp = _UdpReader(self, sock)
            self._udp.start(loop)
            port = sock.getsockname()[1]
        self.port = port

    async def _unbind(self) -> None:
        if self._tcp is not None:
            self._tcp.close()
            self._tcp = None
        if self._udp is not None:
            self._udp.close()
            self._udp = None

    def udp_receive_buffer(self) -> int:
        """The UDP socket's receive buffer as the kernel set it (bytes; 0 without UDP)."""
        return self._udp.sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF) if self._udp is not None else 0

    def _startup_error(self, exc: OSError) -> StartupError:
        section = self.section
        where = "ingest syslog listener (ingest.syslog)"
        if exc.errno == errno.EADDRINUSE:
            return StartupError(
                f"{where}: port {section.port} on {section.host} is already in use; "
                "stop what holds it or choose another port (ingest.syslog.port)"
            )
        if exc.errno == errno.EACCES:
            return StartupError(
                f"{where}: no permission to listen on {section.host}:{section.port} (ports below 1024 need root): "
                "choose another port (ingest.syslog.port)"
            )
        return StartupError(f"{where}: cannot listen on {section.host}:{section.port}: {exc.strerror or exc}")

    # -- TCP ------------------------------------------------------------------------------------
    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        metrics = self.ctx.metrics
        if len(self._connections) >= self.section.max_connections:
            metrics.requests.labels("logs", TCP, "throttled").inc()
            log.warning("syslog connection refused", extra={
                "peer": _peer(writer), "reason": f"at ingest.syslog.max_connections ({self.section.max_connections})"})
            writer.close()
            return
        self._connections[task] = writer
        buffer = self.buffers[TCP]
        framer = Framer(self.max_message_bytes)
        peer = _peer(writer)
        idle = self.section.idle_timeout_s or None
        received = metrics.bytes.labels("logs", TCP)
        try:
            while True:
                try:
                    data = await asyncio.wait_for(reader.read(_READ_BYTES), idle)
                except (TimeoutError, ConnectionError):
                    data = b""
                if not data:
                    self._take(framer, framer.finish(), peer, buffer)
                    break
                received.inc(len(data))
                self._take(framer, framer.feed(data), peer, buffer)
                await buffer.room()  # back-pressure: not read again until Kafka has taken some
        finally:
            self._connections.pop(task, None)
            writer.close()

    def _take(self, framer: Framer, frames: list[bytes], peer: str, buffer: Buffer) -> None:
        if framer.truncated:
            self.ctx.metrics.limited.labels("logs", "syslog_message_bytes").inc(framer.truncated)
            framer.truncated = 0
        if frames:
            buffer.add(self._records(frames, peer, TCP))

    # -- UDP ------------------------------------------------------------------------------------
    def take_datagrams(self, datagrams: list[tuple[bytes, str]]) -> None:
        """Parse and keep a turn's datagrams; those that find the buffer full are dropped and counted."""
        buffer = self.buffers.get(UDP)
        if buffer is None or buffer.closing:
            return
        metrics = self.ctx.metrics
        metrics.bytes.labels("logs", UDP).inc(sum(len(data) for data, _peer in datagrams))
        room = self.section.max_buffered_records - len(buffer)
        if room < len(datagrams):
            dropped = len(datagrams) - max(room, 0)
            datagrams = datagrams[: max(room, 0)]
            metrics.requests.labels("logs", UDP, "unavailable").inc(dropped)
            metrics.rejected.labels("logs", "kafka_unavailable").inc(dropped)
        if not datagrams:
            return
        limit = self.max_message_bytes
        frames: list[tuple[bytes, str]] = []
        cut = 0
        for data, peer in datagrams:
            frame = datagram_frame(data)
            if len(frame) > limit:
                frame = frame[:limit]
                cut += 1
            frames.append((frame, peer))
        if cut:
            metrics.limited.labels("logs", "syslog_message_bytes").inc(cut)
        buffer.add(self._parse(frames, UDP))

    # -- both -----------------------------------------------------------------------------------
    def _records(self, frames: list[bytes], peer: str, transport: str) -> list[dict[str, Any]]:
        return self._parse([(frame, peer) for frame in frames], transport)

    def _parse(self, frames: list[tuple[bytes, str]], transport: str) -> list[dict[str, Any]]:
        limits = self.ctx.limits
        ctx = ParseContext(time.time_ns(), limits.default_service, self.zone)
        records = []
        malformed = 0
        for frame, peer in frames:
            ctx.peer = peer
            record, ok = parse_message(frame, ctx)
            records.append(record)
            malformed += not ok
        requests = self.ctx.metrics.requests
        if malformed:
            requests.labels("logs", transport, "malformed").inc(malformed)
        if len(records) > malformed:
            requests.labels("logs", transport, "ok").inc(len(records) - malformed)
        dropped, truncated = limit_attributes(records, limits.max_attributes, limits.max_value_length)
        self.ctx.receiver.count_limited("logs", dropped, truncated)
        return records


def _peer(writer: asyncio.StreamWriter) -> str:
    name = writer.get_extra_info("peername")
    return str(name[0]) if isinstance(name, tuple) and name else str(name or "")


class _SyslogCollector:
    """The syslog receiver's state on the ingestor's ``/metrics``, read at scrape time."""

    def __init__(self, server: SyslogServer) -> None:
        self.server = server

    def collect(self) -> Iterator[Metric]:
        buffered = GaugeMetricFamily(
            "sightline_syslog_buffered_records",
            "Syslog records read but not yet acknowledged by Kafka, by transport.",
            labels=["transport"],
        )
        retries = CounterMetricFamily(
            "sightline_syslog_produce_retries",
            "Syslog produce attempts Kafka did not take whole (unreachable, or no acknowledgement in "
            "kafka.request_timeout_s); what it did not take is sent again as it was, by transport.",
            labels=["transport"],
        )
        for transport, buffer in list(self.server.buffers.items()):
            buffered.add_metric([transport], len(buffer))
            retries.add_metric([transport], buffer.retries)
        connections = GaugeMetricFamily("sightline_syslog_connections", "Open syslog TCP connections.")
        connections.add_metric([], len(self.server._connections))
        yield from (buffered, retries, connections)
        udp = self.server._udp
        drops = udp.kernel_drops() if udp is not None else None
        if drops is not None:
            family = CounterMetricFamily(
                "sightline_syslog_udp_kernel_drops",
                "Syslog datagrams the kernel dropped before the receiver read them (its UDP receive buffer was "
                "full: ingest.syslog.udp_receive_buffer_bytes, net.core.rmem_max).",
            )
            family.add_metric([], drops)
            yield family
