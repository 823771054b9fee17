"""Syslog messages → canonical log records, and TCP framing.  Pure: no socket, no Kafka.

Three shapes of message are read, each with one regular expression:

RFC 5424
    ``<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA [MSG]``;
    ``-`` is the NILVALUE of any header field, a UTF-8 BOM opening MSG is
    dropped, structured data's ``\\"``, ``\\\\`` and ``\\]`` are unescaped
    (RFC 5424, 6.3.3; a backslash before any other character stays).
RFC 3164 (BSD)
    ``<PRI>Mmm dd hh:mm:ss [HOSTNAME] [TAG[[PID]]:] MSG``.  The timestamp has
    no year and no zone: the year is the one that puts it nearest the time
    it was received, the zone is ``ingest.syslog.timezone``.  A HOSTNAME is
    a word that does not end with a colon; a TAG is a word followed by
    ``:`` or ``[PID]:`` (RFC 3164, 5.4's examples: ``10.0.0.99 Use the BFG!``
    has a host and no tag).
Anything else
    ``<PRI>`` and text with no timestamp (what Python's ``SysLogHandler``
    sends: ``<14>message``, or ``<14>ident: message``): received time, the
    tag if one opens the text.  No PRI at all: the line is the message,
    whole, at ``user.notice`` (RFC 3164, 4.3.3: what a relay assumes).

Field by field (→ canonical record):

- PRI & 7 → ``severity_text``/``severity_number`` through the journald
  PRIORITY table of :mod:`pipeline.ingest.jsonlogs.codec` (emerg, alert,
  crit → FATAL; err → ERROR; warning → WARN; notice, info → INFO; debug →
  DEBUG); the syslog names stay as ``syslog.severity`` and
  ``syslog.facility`` (PRI >> 3: kern, user, ..., local7);
- APP-NAME / TAG → ``service.name`` (``ingest.default_service`` when absent);
- HOSTNAME → ``host.name`` (the sender's address when absent);
  PROCID / PID → ``process.pid`` (``syslog.procid`` when not a number);
  MSGID → ``syslog.msgid``; structured data → ``syslog.structured_data``
  ``{SD-ID: {PARAM-NAME: value}}`` (a name repeated in one element: a list);
- the sender's address → ``network.peer.address``.

A message that cannot be read (PRI over 191, a version-1 header that does
not parse, a timestamp that is no time) is never lost: its record carries
the raw text as its message, the receive time, ``syslog.malformed`` with
the reason, and the severity of its PRI when that was readable.
"""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pipeline.ingest.jsonlogs.codec import parse_time
from pipeline.ingest.validate import time_ok
from schemas.records import SYSLOG_SEVERITIES, format_timestamp, severity_number

__all__ = [
    "FACILITIES",
    "SEVERITIES",
    "Decoded",
    "Framer",
    "ParseContext",
    "datagram_frame",
    "decode_frames",
    "parse_message",
]

SEVERITIES: tuple[tuple[str, int], ...] = tuple(severity_number(name) for name in SYSLOG_SEVERITIES)
"""OpenTelemetry (severity_text, severity_number) by syslog severity 0-7 (journald's PRIORITY table)."""

FACILITIES = (
    "kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp", "cron", "authpriv", "ftp",
    "ntp", "audit", "alert", "clock", "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7",
)
"""Facility names by number (RFC 5424, 6.2.1; the names rsyslog's ``syslogfacility-text`` gives)."""

_DEFAULT_PRI = 13  # user.notice: what RFC 3164 (4.3.3) has a relay assume for a message without PRI
_MONTHS = {m: n for n, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}

_RFC5424 = re.compile(
    r"<(\d{1,3})>1 (\S+) (\S+) (\S+) (\S+) (\S+) "
    r"(-|(?:\[(?:[^\]\"]|\"(?:[^\"\\]|\\.)*\")*\])+)"  # NILVALUE or SD-ELEMENTs ("]" inside quotes allowed)
    r"(?: (.*))?\Z",
    re.S,
)
_TAG = r"(?:([^\s\[\]:]{1,64})(?:\[([^\]\s]{0,64})\])?:(?: |(?=\n)|\Z))?"  # TAG[PID]: , optional
_RFC3164 = re.compile(
    r"<(\d{1,3})>(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}(\d{1,2}) (\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?"
    r"(?: |\Z)(?:([^\s\[]*[^\s:\[])(?: |\Z))?"  # HOSTNAME: a word not ending with ":"
    + _TAG + r"(.*)\Z",
    re.S,
)
_BARE = re.compile(r"<(\d{1,3})>" + _TAG + r"(.*)\Z", re.S)
_STAMP = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)\Z")  # RFC 5424 6.2.3
_SD_ELEMENT = re.compile(r"\[([^\s\]\"=]+)((?:[^\]\"]|\"(?:[^\"\\]|\\.)*\")*)\]", re.S)
_SD_PARAM = re.compile(r"([^\s=\]\"]+)=\"((?:[^\"\\]|\\.)*)\"", re.S)
_SD_ESCAPE = re.compile(r"\\([\"\\\]])")


@dataclass(slots=True)
class ParseContext:
    """What parsing needs besides the message: when it arrived, from whom, and the defaults.

    One context serves a batch of messages received together (its caches
    hold the RFC 3164 times already computed).
    """

    received_ns: int
    default_service: str = "unknown_service"
    zone: zoneinfo.ZoneInfo = field(default_factory=lambda: zoneinfo.ZoneInfo("UTC"))
    peer: str | None = None
    _bsd_times: dict[tuple[str, ...], int] = field(default_factory=dict)
    _seconds: dict[tuple[str, str], int] = field(default_factory=dict)
    _received_year: int = 0

    def rfc3339_time(self, stamp: str) -> int:
        """Unix ns of an RFC 5424 TIMESTAMP (RFC 3339); ``ValueError`` when it is none.

        The whole seconds of a zone are computed once per context: a batch's
        messages mostly share them.
        """
        m = _STAMP.match(stamp)
        if m is None:
            if "T" not in stamp:  # parse_time would take an epoch number
                raise ValueError(f"timestamp {stamp[:40]!r} is not RFC 3339")
            return parse_time(stamp)  # lenient: what else fromisoformat reads
        whole, fraction, zone = m.groups()
        key = (whole, zone)
        seconds = self._seconds.get(key)
        if seconds is None:
            when = datetime.fromisoformat(whole + ("+00:00" if zone == "Z" else zone))
            seconds = self._seconds[key] = int(when.timestamp())
        ns = seconds * 1_000_000_000 + (int(fraction.ljust(9, "0")) if fraction else 0)
        if not time_ok(ns):
            raise ValueError(f"timestamp {stamp!r} is not between 1970-01-01 and 2262-04-11")
        return ns

    def bsd_time(self, month: str, day: str, hh: str, mm: str, ss: str) -> int:
        """Unix ns of an RFC 3164 timestamp: the year nearest the receive time, in ``zone``.

        Raises ``ValueError`` when no year makes it a real time (``Feb 30``, ``25:00:00``).
        """
        key = (month, day, hh, mm, ss)
        cached = self._bsd_times.get(key)
        if cached is not None:
            return cached
        if not self._received_year:
            self._received_year = datetime.fromtimestamp(self.received_ns / 1e9, self.zone).year
        best: int | None = None
        for year in (self._received_year, self._received_year - 1, self._received_year + 1):
            try:
                when = datetime(year, _MONTHS[month], int(day), int(hh), int(mm), int(ss), tzinfo=self.zone)
            except ValueError:
                continue  # Feb 29 of a year without it, or no such time at all
            ns = int(when.timestamp()) * 1_000_000_000
            if best is None or abs(ns - self.received_ns) < abs(best - self.received_ns):
                best = ns
        if best is None or best < 0:
            raise ValueError(f"{month} {day} {hh}:{mm}:{ss} is not a time")
        self._bsd_times[key] = best
        return best


@dataclass(slots=True)
class Decoded:
    """Records of a batch of frames, and how many were malformed (kept, with their raw text)."""

    records: list[dict[str, Any]] = field(default_factory=list)
    malformed: int = 0


def _structured_data(text: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for element in _SD_ELEMENT.finditer(text):
        params: dict[str, Any] = out.setdefault(element.group(1), {})
        for name, raw in _SD_PARAM.findall(element.group(2)):
            value = _SD_ESCAPE.sub(r"\1", raw) if "\\" in raw else raw
            if name in params:  # RFC 5424 lets a name repeat within an element
                kept = params[name]
                params[name] = [*kept, value] if isinstance(kept, list) else [kept, value]
            else:
                params[name] = value
    return out


def _record(ctx: ParseContext, pri: int, time_ns: int, service: str | None, message: str, attrs: dict[str, Any]) -> dict[str, Any]:
    severity = pri & 7
    text, number = SEVERITIES[severity]
    attrs["syslog.facility"] = FACILITIES[pri >> 3]
    attrs["syslog.severity"] = SYSLOG_SEVERITIES[severity]
    if "host.name" not in attrs and ctx.peer is not None:
        attrs["host.name"] = ctx.peer
    if ctx.peer is not None:
        attrs["network.peer.address"] = ctx.peer
    return {
        "@timestamp": format_timestamp(time_ns),
        "time_unix_nano": time_ns,
        "observed_time_unix_nano": ctx.received_ns,
        "service.name": service or ctx.default_service,
        "severity_text": text,
        "severity_number": number,
        "message": message,
        "attributes": attrs,
    }


def _pid(value: str | None, attrs: dict[str, Any]) -> None:
    if value:
        if value.isdigit() and len(value) < 19:
            attrs["process.pid"] = int(value)
        else:
            attrs["syslog.procid"] = value


def _malformed(ctx: ParseContext, text: str, reason: str) -> dict[str, Any]:
    pri = _DEFAULT_PRI
    if text.startswith("<"):
        end = text.find(">", 1, 5)
        if end > 1 and text[1:end].isdigit() and int(text[1:end]) <= 191:
            pri = int(text[1:end])
    return _record(ctx, pri, ctx.received_ns, None, text, {"syslog.malformed": reason})


def _rfc5424(ctx: ParseContext, text: str, m: re.Match[str]) -> dict[str, Any]:
    pri_text, stamp, host, app, procid, msgid, sd, msg = m.groups()
    if stamp == "-":
        time_ns = ctx.received_ns
    else:
        try:
            time_ns = ctx.rfc3339_time(stamp)
        except ValueError as exc:
            return _malformed(ctx, text, str(exc))
    attrs: dict[str, Any] = {}
    if host != "-":
        attrs["host.name"] = host
    _pid(None if procid == "-" else procid, attrs)
    if msgid != "-":
        attrs["syslog.msgid"] = msgid
    if sd != "-":
        attrs["syslog.structured_data"] = _structured_data(sd)
    message = msg or ""
    if message.startswith("\ufeff"):
        message = message[1:]
    return _record(ctx, int(pri_text), time_ns, None if app == "-" else app, message, attrs)


def _rfc3164(ctx: ParseContext, text: str, m: re.Match[str]) -> dict[str, Any]:
    pri_text, month, day, hh, mm, ss, fraction, host, tag, pid, msg = m.groups()
    try:
        time_ns = ctx.bsd_time(month, day, hh, mm, ss)
    except ValueError as exc:
        return _malformed(ctx, text, str(exc))
    if fraction:
        time_ns += int(fraction.ljust(9, "0"))
    attrs: dict[str, Any] = {}
    if host:
        attrs["host.name"] = host
    _pid(pid, attrs)
    return _record(ctx, int(pri_text), time_ns, tag, msg, attrs)


def parse_message(frame: bytes, ctx: ParseContext) -> tuple[dict[str, Any], bool]:
    """One syslog message (a frame, its trailer already removed) → (record, well-formed).

    Examples
    --------
    >>> ctx = ParseContext(received_ns=1_065_910_455_000_000_000)  # 2003-10-11T22:14:15Z
    >>> rec, ok = parse_message(b"<34>Oct 11 22:14:15 mymachine su: 'su root' failed", ctx)
    >>> ok, rec["service.name"], rec["severity_text"], rec["attributes"]["host.name"], rec["message"]
    (True, 'su', 'FATAL', 'mymachine', "'su root' failed")
    >>> parse_message(b"<999>whatever", ctx)[0]["attributes"]["syslog.malformed"]
    'PRI 999 is over 191'
    """
    text = frame.decode("utf-8", "replace")
    if not text.startswith("<"):
        return _record(ctx, _DEFAULT_PRI, ctx.received_ns, None, text, {}), True
    m = _RFC5424.match(text)
    if m is not None:
        if int(m.group(1)) > 191:
            return _malformed(ctx, text, f"PRI {m.group(1)} is over 191"), False
        record = _rfc5424(ctx, text, m)
        return record, "syslog.malformed" not in record["attributes"]
    m = _RFC3164.match(text)
    if m is None:
        m = _BARE.match(text)
        if m is None:
            return _malformed(ctx, text, "no PRI (<0> to <191>) closes within 5 characters"), False
        if int(m.group(1)) > 191:
            return _malformed(ctx, text, f"PRI {m.group(1)} is over 191"), False
        if text.startswith("1 ", m.end(1) + 1):
            return _malformed(ctx, text, "an RFC 5424 header (version 1) that does not parse"), False
        attrs: dict[str, Any] = {}
        _pid(m.group(3), attrs)
        return _record(ctx, int(m.group(1)), ctx.received_ns, m.group(2), m.group(4), attrs), True
    if int(m.group(1)) > 191:
        return _malformed(ctx, text, f"PRI {m.group(1)} is over 191"), False
    record = _rfc3164(ctx, text, m)
    return record, "syslog.malformed" not in record["attributes"]


def decode_frames(frames: Iterable[bytes], ctx: ParseContext) -> Decoded:
    """Every frame's record (in order), counting the malformed.

    >>> out = decode_frames([b"<13>1 - - app - - - hi", b"<13>1 garbage"], ParseContext(received_ns=0))
    >>> [r["message"] for r in out.records], out.malformed
    (['hi', '<13>1 garbage'], 1)
    """
    out = Decoded()
    records = out.records
    for frame in frames:
        record, ok = parse_message(frame, ctx)
        records.append(record)
        if not ok:
            out.malformed += 1
    return out


def datagram_frame(data: bytes) -> bytes:
    """A UDP datagram's message: trailing newlines, carriage returns and NULs removed.

    >>> datagram_frame(b"<14>hello\\x00"), datagram_frame(b"<14>two lines\\nkept\\r\\n")
    (b'<14>hello', b'<14>two lines\\nkept')
    """
    return data.rstrip(b"\r\n\x00")


_OCTET, _LINE = 1, 2


class Framer:
    """Splits one TCP connection's byte stream into messages (RFC 6587), within ``max_bytes`` each.

    The framing is told from the connection's first byte: a digit means
    octet counting (``MSG-LEN SP MSG``; trailing CR, LF and NUL inside the
    count are dropped), anything else non-transparent
    framing, whose trailer is told from the first data that holds one: NUL
    when there is a NUL (Python's ``SysLogHandler`` ends its TCP messages
    so, and an LF is then data), else LF once the data so far ends with
    one (a NUL sender's first message cut by the network right after an
    LF inside it is read as LF-framed: the one case told wrong).  A CR before the trailer is
    dropped; empty messages are skipped.  An octet-counted stream whose
    header stops being ``digits SP`` goes on as non-transparent, nothing
    skipped.  A message over ``max_bytes`` is cut to that size (the rest
    skipped) and counted in :attr:`truncated`; at the end of the stream,
    what is left is a message too.

    >>> framer = Framer(1024)
    >>> framer.feed(b"12 <14>1 - - a"), framer.feed(b"b9 <14>hello")
    ([], [b'<14>1 - - ab', b'<14>hello'])
    >>> lines = Framer(8)
    >>> lines.feed(b"<14>a\\r\\n<14>too long\\n<14>b\\n"), lines.truncated
    ([b'<14>a', b'<14>too ', b'<14>b'], 1)
    >>> Framer(64).feed(b"<14>two\\nlines\\x00<14>next\\x00")
    [b'<14>two\\nlines', b'<14>next']
    """

    __slots__ = ("_buffer", "_discard", "_mode", "_skip", "_trailer", "max_bytes", "truncated")

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.truncated = 0
        self._buffer = b""
        self._mode = 0
        self._skip = 0  # octet counting: bytes of a cut message still to skip
        self._discard = False  # newline framing: skipping the rest of a cut line
        self._trailer = b""  # newline framing: b"\n" or b"\x00" once told

    @property
    def pending(self) -> int:
        """Bytes held of a message not yet complete."""
        return len(self._buffer)

    def feed(self, data: bytes) -> list[bytes]:
        """The messages completed by ``data``."""
        if not data:
            return []
        if not self._mode:
            self._mode = _OCTET if data[:1].isdigit() else _LINE
        buffer = self._buffer + data if self._buffer else data
        out: list[bytes] = []
        if self._mode == _OCTET:
            buffer = self._octets(buffer, out)
        if self._mode == _LINE:
            buffer = self._lines(buffer, out)
        self._buffer = buffer
        return out

    def finish(self) -> list[bytes]:
        """At the end of the stream: what is left, as a last message (cut short: counted as truncated)."""
        rest, self._buffer = self._buffer, b""
        if self._mode == _OCTET and rest:
            space = rest.find(b" ")
            body = rest[space + 1:] if 0 < space <= 10 and rest[:space].isdigit() else rest
            if body:
                self.truncated += 1
                return [body[: self.max_bytes]]
            return []
        if not rest:
            return []
        if not self._trailer:
            self._trailer = b"\x00" if b"\x00" in rest else b"\n"
        out: list[bytes] = []
        self._lines(rest + self._trailer, out)  # the last message needs no trailer
        self._discard = False
        return out

    def _octets(self, buffer: bytes, out: list[bytes]) -> bytes:
        pos, size, limit = 0, len(buffer), self.max_bytes
        while pos < size:
            if self._skip:
                step = min(self._skip, size - pos)
                self._skip -= step
                pos += step
                continue
            while pos < size and buffer[pos] in b"\r\n\x00 ":  # a trailer some senders add after a frame
                pos += 1
            space = buffer.find(b" ", pos, pos + 11)
            if space < 0:
                if size - pos > 10 or not buffer[pos:].isdigit():
                    self._mode = _LINE  # not (or no longer) octet counting
                break
            digits = buffer[pos:space]
            if not digits.isdigit() or digits[:1] == b"0":
                self._mode = _LINE
                break
            length = int(digits)
            start = space + 1
            if length > limit:
                if size - start < limit:
                    break  # wait for the part that is kept
                out.append(buffer[start:start + limit])
                self.truncated += 1
                self._skip = length - limit
                pos = start + limit
                continue
            if size - start < length:
                break
            frame = buffer[start:start + length]
            if frame.endswith((b"\n", b"\x00")):  # rsyslog's and syslog-ng's templates end with LF, counted
                frame = frame.rstrip(b"\r\n\x00")
            out.append(frame)
            pos = start + length
        return buffer[pos:]

    def _lines(self, buffer: bytes, out: list[bytes]) -> bytes:
        trailer = self._trailer
        if not trailer:
            if b"\x00" in buffer:
                trailer = self._trailer = b"\x00"
            elif buffer.endswith(b"\n") or len(buffer) > self.max_bytes:
                trailer = self._trailer = b"\n"  # an LF sender's writes end at a line's end
            else:
                return buffer  # an LF inside a NUL sender's first message, maybe: wait for more
        lines = buffer.split(trailer)
        rest = lines.pop()
        limit = self.max_bytes
        for line in lines:
            if self._discard:  # the tail of a line already cut
                self._discard = False
                continue
            if trailer == b"\x00":
                line = line.rstrip(b"\r\n")
            elif line.endswith(b"\r"):
                line = line[:-1]
            if not line:
                continue
            if len(line) > limit:
                line = line[:limit]
                self.truncated += 1
            out.append(line)
        if len(rest) > limit:
            if not self._discard:
                out.append(rest[:limit])
                self.truncated += 1
                self._discard = True
            rest = b""
        elif self._discard:
            rest = b""
        return rest
