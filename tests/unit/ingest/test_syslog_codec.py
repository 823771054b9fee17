"""The syslog codec against the RFCs' own examples, retyped from their text, and against bad input.

Sources: RFC 5424 section 6.5 (four examples), RFC 3164 section 5.4 (its
examples and what a relay makes of them), RFC 6587 section 3.4 (octet
counting, ``MSG-LEN SP SYSLOG-MSG``, and non-transparent framing with an LF
trailer, NUL seen too).  Expected times are computed here with
:mod:`calendar`, not by the codec's own functions.
"""

from __future__ import annotations

import calendar
import zoneinfo
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest.syslog.codec import (
    Framer,
    ParseContext,
    datagram_frame,
    decode_frames,
    parse_message,
)

BOM = "\ufeff".encode()


def utc_ns(year: int, month: int, day: int, hh: int, mm: int, ss: int, micros: int = 0, offset_minutes: int = 0) -> int:
    seconds = calendar.timegm((year, month, day, hh, mm, ss)) - offset_minutes * 60
    return seconds * 1_000_000_000 + micros * 1000


RECEIVED_2003 = utc_ns(2003, 10, 12, 8, 0, 0)  # the morning after the RFCs' examples


def ctx(received: int = RECEIVED_2003, **kwargs: Any) -> ParseContext:
    return ParseContext(received_ns=received, **kwargs)


def parsed(line: bytes, context: ParseContext | None = None) -> dict[str, Any]:
    record, ok = parse_message(line, context or ctx())
    assert ok, record
    return record


# -- RFC 5424, 6.5 ----------------------------------------------------------------------------
def test_rfc5424_example_1_no_structured_data_bom_message() -> None:
    # "<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47 - BOM'su root' failed for lonvick on /dev/pts/8"
    rec = parsed(b"<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47 - " + BOM
                 + b"'su root' failed for lonvick on /dev/pts/8")
    # facility 4 (security/auth), severity 2 (critical); no PROCID, MSGID ID47, no SD
    assert rec["time_unix_nano"] == utc_ns(2003, 10, 11, 22, 14, 15, 3000)
    assert rec["@timestamp"] == "2003-10-11T22:14:15.003Z"
    assert rec["service.name"] == "su"
    assert (rec["severity_text"], rec["severity_number"]) == ("FATAL", 21)
    assert rec["message"] == "'su root' failed for lonvick on /dev/pts/8"
    assert rec["attributes"] == {
        "host.name": "mymachine.example.com", "syslog.msgid": "ID47",
        "syslog.facility": "auth", "syslog.severity": "crit",
    }


def test_rfc5424_example_2_offset_microseconds_procid_no_bom() -> None:
    rec = parsed(b"<165>1 2003-08-24T05:14:15.000003-07:00 192.0.2.1 myproc 8710 - - %% It's time to make the do-nuts.")
    # facility 20 (local4), severity 5 (notice); 05:14:15.000003 at -07:00 is 12:14:15.000003 UTC
    assert rec["time_unix_nano"] == utc_ns(2003, 8, 24, 5, 14, 15, 3, offset_minutes=-7 * 60)
    assert rec["time_unix_nano"] == utc_ns(2003, 8, 24, 12, 14, 15, 3)
    assert rec["service.name"] == "myproc"
    assert (rec["severity_text"], rec["severity_number"]) == ("INFO", 9)
    assert rec["message"] == "%% It's time to make the do-nuts."
    assert rec["attributes"] == {
        "host.name": "192.0.2.1", "process.pid": 8710, "syslog.facility": "local4", "syslog.severity": "notice",
    }


SD_3 = b'[exampleSDID@32473 iut="3" eventSource="Application" eventID="1011"]'


def test_rfc5424_example_3_structured_data_and_message() -> None:
    rec = parsed(b"<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 " + SD_3 + b" "
                 + BOM + b"An application event log entry...")
    assert rec["service.name"] == "evntslog"
    assert rec["message"] == "An application event log entry..."
    assert rec["attributes"]["syslog.msgid"] == "ID47"
    assert rec["attributes"]["syslog.structured_data"] == {
        "exampleSDID@32473": {"iut": "3", "eventSource": "Application", "eventID": "1011"},
    }


def test_rfc5424_example_4_two_elements_no_message() -> None:
    rec = parsed(b"<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 " + SD_3
                 + b'[examplePriority@32473 class="high"]')
    assert rec["message"] == ""
    assert rec["attributes"]["syslog.structured_data"] == {
        "exampleSDID@32473": {"iut": "3", "eventSource": "Application", "eventID": "1011"},
        "examplePriority@32473": {"class": "high"},
    }


@pytest.mark.parametrize(("stamp", "expected"), [
    (b"1985-04-12T23:20:50.52Z", utc_ns(1985, 4, 12, 23, 20, 50, 520_000)),  # RFC 5424 6.2.3.1's examples
    (b"1985-04-12T19:20:50.52-04:00", utc_ns(1985, 4, 12, 23, 20, 50, 520_000)),
    (b"2003-10-11T22:14:15.003Z", utc_ns(2003, 10, 11, 22, 14, 15, 3000)),
    (b"2003-08-24T05:14:15.000003-07:00", utc_ns(2003, 8, 24, 12, 14, 15, 3)),
    (b"2026-12-06T11:00:00+05:30", utc_ns(2026, 12, 6, 5, 30, 0)),
])
def test_rfc5424_timestamps(stamp: bytes, expected: int) -> None:
    assert parsed(b"<14>1 " + stamp + b" h a - - - m")["time_unix_nano"] == expected


def test_rfc5424_nine_fraction_digits_keep_nanoseconds() -> None:
    assert parsed(b"<14>1 2026-12-06T11:00:00.123456789Z h a - - - m")["time_unix_nano"] == utc_ns(2026, 12, 6, 11, 0, 0) + 123_456_789


def test_rfc5424_nil_values_take_the_defaults() -> None:
    rec = parsed(b"<14>1 - - - - - - hello", ctx(default_service="fallback", peer="10.1.2.3"))
    assert rec["time_unix_nano"] == RECEIVED_2003 == rec["observed_time_unix_nano"]
    assert rec["service.name"] == "fallback"
    assert rec["attributes"]["host.name"] == "10.1.2.3"  # the sender, as a relay names it
    assert rec["attributes"]["network.peer.address"] == "10.1.2.3"
    assert "process.pid" not in rec["attributes"] and "syslog.msgid" not in rec["attributes"]


def test_rfc5424_structured_data_escapes() -> None:
    # 6.3.3: '"', '\' and ']' are escaped in PARAM-VALUE; a backslash before anything else stays
    line = rb'<14>1 - h a - - [x@1 q="say \"hi\"" b="C:\\dir" c="a\]b" d="keep\n" e="raw]inside"] m'
    params = parsed(line)["attributes"]["syslog.structured_data"]["x@1"]
    assert params == {"q": 'say "hi"', "b": "C:\\dir", "c": "a]b", "d": "keep\\n", "e": "raw]inside"}
    assert parsed(line)["message"] == "m"


def test_rfc5424_a_repeated_param_name_keeps_every_value() -> None:
    rec = parsed(b'<14>1 - h a - - [x@1 ip="10.0.0.1" ip="10.0.0.2"] m')
    assert rec["attributes"]["syslog.structured_data"] == {"x@1": {"ip": ["10.0.0.1", "10.0.0.2"]}}


def test_a_non_numeric_procid_is_kept_as_text() -> None:
    assert parsed(b"<14>1 - h a worker-3 - - m")["attributes"]["syslog.procid"] == "worker-3"


# -- severities and facilities ----------------------------------------------------------------
# RFC 5424 6.2.1's severities 0-7 → the OpenTelemetry ranges' first numbers (logs data model)
EXPECTED_SEVERITIES = [("FATAL", 21), ("FATAL", 21), ("FATAL", 21), ("ERROR", 17),
                       ("WARN", 13), ("INFO", 9), ("INFO", 9), ("DEBUG", 5)]
SYSLOG_NAMES = ["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"]


@pytest.mark.parametrize("severity", range(8))
def test_every_severity(severity: int) -> None:
    rec = parsed(f"<{16 * 8 + severity}>1 - - - - - - m".encode())  # local0
    assert (rec["severity_text"], rec["severity_number"]) == EXPECTED_SEVERITIES[severity]
    assert rec["attributes"]["syslog.severity"] == SYSLOG_NAMES[severity]
    assert rec["attributes"]["syslog.facility"] == "local0"


@pytest.mark.parametrize(("facility", "name"), [(0, "kern"), (1, "user"), (3, "daemon"), (4, "auth"), (9, "cron"),
                                                (10, "authpriv"), (23, "local7")])
def test_facility_names(facility: int, name: str) -> None:
    assert parsed(f"<{facility * 8 + 6}>1 - - - - - - m".encode())["attributes"]["syslog.facility"] == name


# -- RFC 3164, 5.4 ----------------------------------------------------------------------------
def test_rfc3164_example_1() -> None:
    rec = parsed(b"<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8")
    assert rec["time_unix_nano"] == utc_ns(2003, 10, 11, 22, 14, 15)  # the year nearest receipt
    assert rec["attributes"]["host.name"] == "mymachine"
    assert rec["service.name"] == "su"
    assert rec["message"] == "'su root' failed for lonvick on /dev/pts/8"
    assert rec["severity_text"] == "FATAL" and rec["attributes"]["syslog.facility"] == "auth"


def test_rfc3164_example_2_no_pri_then_as_a_relay_forwards_it() -> None:
    bare = parsed(b"Use the BFG!", ctx(default_service="svc"))
    assert bare["message"] == "Use the BFG!"  # whole
    assert bare["time_unix_nano"] == RECEIVED_2003
    assert (bare["severity_text"], bare["attributes"]["syslog.facility"]) == ("INFO", "user")  # PRI 13 assumed
    relayed = parsed(b"<13>Feb  5 17:32:18 10.0.0.99 Use the BFG!", ctx(default_service="svc"))
    assert relayed["attributes"]["host.name"] == "10.0.0.99"
    assert relayed["message"] == "Use the BFG!"  # no TAG: "Use" is not followed by ':' or '['
    assert relayed["service.name"] == "svc"
    assert relayed["attributes"]["syslog.severity"] == "notice"
    # received in October 2003: February 2004 is nearer than February 2003
    assert relayed["time_unix_nano"] == utc_ns(2004, 2, 5, 17, 32, 18)


DONUTS = ("%% It's time to make the do-nuts.  %%  Ingredients: Mix=OK, Jelly=OK # Devices: Mixer=OK, "
          "Jelly_Injector=OK, Frier=OK # Transport: Conveyer1=OK, Conveyer2=OK # %%")


def test_rfc3164_example_3_the_zone_word_is_read_as_the_host() -> None:
    line = f"<165>Aug 24 05:34:00 CST 1987 mymachine myproc[10]: {DONUTS}".encode()
    rec = parsed(line)
    assert rec["time_unix_nano"] == utc_ns(2003, 8, 24, 5, 34, 0)
    assert rec["attributes"]["host.name"] == "CST"
    assert rec["message"] == f"1987 mymachine myproc[10]: {DONUTS}"  # nothing after the host is lost
    assert rec["attributes"]["syslog.facility"] == "local4" and rec["severity_text"] == "INFO"


def test_rfc3164_example_4_an_invalid_timestamp_then_relayed() -> None:
    original = b"<0>1990 Oct 22 10:52:01 TZ-6 scapegoat.dmz.example.org 10.1.2.3 sched[0]: That's All Folks!"
    rec = parsed(original)
    # no valid TIMESTAMP: a relay stamps it with its own time; the text after PRI is the message
    assert rec["time_unix_nano"] == RECEIVED_2003
    assert rec["message"] == original.decode()[3:]
    assert (rec["severity_text"], rec["attributes"]["syslog.facility"]) == ("FATAL", "kern")
    relayed = parsed(b"<0>Oct 22 10:52:12 scapegoat " + original[3:])
    assert relayed["attributes"]["host.name"] == "scapegoat"
    assert relayed["time_unix_nano"] == utc_ns(2003, 10, 22, 10, 52, 12)
    assert relayed["message"] == original.decode()[3:]


def test_rfc3164_without_host_tag_with_pid() -> None:
    rec = parsed(b"<30>Oct 11 22:14:15 sshd[4242]: Accepted publickey for bob")
    assert "host.name" not in rec["attributes"]
    assert (rec["service.name"], rec["attributes"]["process.pid"]) == ("sshd", 4242)
    assert rec["message"] == "Accepted publickey for bob"


def test_rfc3164_tag_with_slash_and_host() -> None:
    rec = parsed(b"<22>Oct 11 22:14:15 mx1 postfix/smtpd[77]: connect from unknown[10.0.0.9]")
    assert (rec["attributes"]["host.name"], rec["service.name"]) == ("mx1", "postfix/smtpd")
    assert rec["message"] == "connect from unknown[10.0.0.9]"


@pytest.mark.parametrize(("received", "stamp", "expected"), [
    (utc_ns(2024, 1, 1, 0, 0, 30), b"Dec 31 23:59:50", utc_ns(2023, 12, 31, 23, 59, 50)),  # sent just before new year
    (utc_ns(2023, 12, 31, 23, 59, 59), b"Jan  1 00:00:05", utc_ns(2024, 1, 1, 0, 0, 5)),  # sender's clock ahead
    (utc_ns(2024, 6, 1, 0, 0, 0), b"Feb 29 12:00:00", utc_ns(2024, 2, 29, 12, 0, 0)),  # a leap day
    (utc_ns(2025, 1, 5, 0, 0, 0), b"Feb 29 12:00:00", utc_ns(2024, 2, 29, 12, 0, 0)),  # only last year had one
])
def test_rfc3164_year_nearest_receipt(received: int, stamp: bytes, expected: int) -> None:
    assert parsed(b"<14>" + stamp + b" h app: m", ctx(received))["time_unix_nano"] == expected


def test_rfc3164_zone_is_configurable() -> None:
    paris = ctx(utc_ns(2024, 7, 2, 0, 0, 0), zone=zoneinfo.ZoneInfo("Europe/Paris"))
    assert parsed(b"<14>Jul  1 12:00:00 h app: m", paris)["time_unix_nano"] == utc_ns(2024, 7, 1, 10, 0, 0)  # CEST


# -- what Python's SysLogHandler sends: no timestamp ------------------------------------------
def test_pri_and_text_only() -> None:
    rec = parsed(b"<11>disk full on /var", ctx(default_service="d"))
    assert (rec["message"], rec["service.name"], rec["severity_text"]) == ("disk full on /var", "d", "ERROR")
    assert rec["time_unix_nano"] == RECEIVED_2003


def test_pri_and_an_ident() -> None:
    rec = parsed(b"<14>checkout[31]: order 7 paid")
    assert (rec["service.name"], rec["attributes"]["process.pid"], rec["message"]) == ("checkout", 31, "order 7 paid")


def test_a_colon_inside_a_word_is_no_tag() -> None:
    assert parsed(b"<14>http://example.com is down")["message"] == "http://example.com is down"


# -- malformed: kept whole and counted --------------------------------------------------------
@pytest.mark.parametrize(("line", "severity"), [
    (b"<999>1 - - - - - - too high", "INFO"),
    (b"<192>Oct 11 22:14:15 h a: m", "INFO"),
    (b"<11>1 yesterday host app - - - bad time", "ERROR"),
    (b"<11>1 2003-13-45T99:99:99Z host app - - - bad time", "ERROR"),
    (b"<11>1 1969-12-31T23:59:59Z host app - - - before 1970", "ERROR"),
    (b"<11>1 2003-10-11T22:14:15 host app - - - no offset", "ERROR"),
    (b"<11>1 2003-10-11T22:14:15Z host app", "ERROR"),  # header cut short
    (b"<11>1 - h a - - [unterminated x=\"1\" m", "ERROR"),
    (b"<11>Feb 30 10:00:00 h a: m", "ERROR"),  # no such day in any year
    (b"<abc>text", "INFO"),
    (b"<", "INFO"),
])
def test_malformed_messages_are_kept_whole(line: bytes, severity: str) -> None:
    record, ok = parse_message(line, ctx())
    assert not ok
    assert record["message"] == line.decode()
    assert record["severity_text"] == severity
    assert record["time_unix_nano"] == RECEIVED_2003
    assert record["attributes"]["syslog.malformed"]


def test_decode_frames_counts_the_malformed() -> None:
    out = decode_frames([b"<14>1 - - a - - - ok", b"<999>x", b"plain", b"<13>1 broken"], ctx())
    assert [r["message"] for r in out.records] == ["ok", "<999>x", "plain", "<13>1 broken"]
    assert out.malformed == 2


def test_invalid_utf8_is_replaced_not_refused() -> None:
    rec = parsed(b"<14>1 - h a - - - caf\xe9 \xff")
    assert rec["message"] == "caf\ufffd \ufffd"


@settings(max_examples=300, derandomize=True)
@given(st.binary(max_size=200))
def test_no_input_raises_or_loses_text(data: bytes) -> None:
    record, _ok = parse_message(data, ctx())
    text = data.decode("utf-8", "replace")
    assert record["message"] in text or record["message"] == text.removeprefix("\ufeff")
    assert record["severity_number"] in (5, 9, 13, 17, 21)


# -- RFC 6587 framing -------------------------------------------------------------------------
M1, M2 = b"<34>1 2003-10-11T22:14:15.003Z h su - ID47 - a\nb", b"<13>Feb  5 17:32:18 10.0.0.99 Use the BFG!"


def octets(*messages: bytes) -> bytes:
    return b"".join(str(len(m)).encode() + b" " + m for m in messages)


def feed_in_pieces(stream: bytes, size: int, max_bytes: int = 4096) -> tuple[list[bytes], Framer]:
    framer = Framer(max_bytes)
    out: list[bytes] = []
    for start in range(0, len(stream), size):
        out += framer.feed(stream[start:start + size])
    return out + framer.finish(), framer


@pytest.mark.parametrize("size", [1, 2, 3, 7, 50, 10_000])
def test_octet_counting_across_any_split(size: int) -> None:
    messages, framer = feed_in_pieces(octets(M1, M2, M1), size)
    assert messages == [M1, M2, M1]  # the LF inside M1 is data: octet counting is transparent
    assert framer.truncated == 0


@pytest.mark.parametrize("size", [1, 2, 5, 10_000])
@pytest.mark.parametrize("trailer", [b"\n", b"\r\n", b"\x00"])
def test_non_transparent_framing_across_any_split(size: int, trailer: bytes) -> None:
    lines = [b"<14>first", b"<14>second", M2]
    messages, _framer = feed_in_pieces(b"".join(line + trailer for line in lines), size)
    assert messages == lines


def test_blank_lines_are_skipped_and_the_last_line_needs_no_trailer() -> None:
    assert feed_in_pieces(b"\n\n<14>a\n\r\n<14>b", 3)[0] == [b"<14>a", b"<14>b"]


def test_a_line_with_no_pri_starting_with_a_digit_is_newline_framed() -> None:
    assert feed_in_pieces(b"2024-01-01 12:00 plain text\nnext\n", 4)[0] == [b"2024-01-01 12:00 plain text", b"next"]


def test_octet_counted_frames_with_a_trailing_lf_between_them() -> None:
    stream = octets(M2) + b"\n" + octets(M2) + b"\n"
    assert feed_in_pieces(stream, 5)[0] == [M2, M2]


def test_octet_counting_that_turns_into_lines_loses_nothing() -> None:
    assert feed_in_pieces(octets(M2) + b"<14>a line\n<14>another\n", 6)[0] == [M2, b"<14>a line", b"<14>another"]


@pytest.mark.parametrize("size", [1, 9, 10_000])
def test_oversize_octet_counted_message_is_cut_and_the_next_kept(size: int) -> None:
    big = b"<14>1 - - - - - - " + b"x" * 200
    messages, framer = feed_in_pieces(octets(big, M2), size, max_bytes=64)
    assert messages == [big[:64], M2]
    assert framer.truncated == 1


@pytest.mark.parametrize("size", [1, 9, 10_000])
def test_oversize_line_is_cut_and_the_next_kept(size: int) -> None:
    big = b"<14>" + b"y" * 300
    messages, framer = feed_in_pieces(big + b"\n<14>next\n" + big + b"\n", size, max_bytes=64)
    assert messages == [big[:64], b"<14>next", big[:64]]
    assert framer.truncated == 2


def test_an_octet_frame_cut_by_the_end_of_the_stream_is_kept() -> None:
    messages, framer = feed_in_pieces(octets(M2)[:-5], 4)
    assert messages == [M2[:-5]]
    assert framer.truncated == 1


def test_udp_datagram_trailers() -> None:
    # Python's SysLogHandler appends NUL; others LF or CRLF; an LF inside is data
    assert datagram_frame(b"<14>x\x00") == b"<14>x"
    assert datagram_frame(b"<14>a\nb\r\n") == b"<14>a\nb"


TRACEBACK = b"<11>Traceback (most recent call last):\n  File \"x.py\"\nValueError: bad\x00<14>next\n\x00<14>last"


@pytest.mark.parametrize("cuts", [[], [10], [10, 45, 60], list(range(3, len(TRACEBACK), 7))])
def test_a_nul_terminated_connection_keeps_lf_inside_messages(cuts: list[int]) -> None:
    # as Python's SysLogHandler sends over TCP: each message ends with NUL, a traceback has LFs;
    # the network may cut anywhere but right after the first message's first LF (see Framer)
    framer = Framer(4096)
    messages: list[bytes] = []
    for start, end in zip([0, *cuts], [*cuts, len(TRACEBACK)], strict=True):
        messages += framer.feed(TRACEBACK[start:end])
    messages += framer.finish()
    assert messages == [b"<11>Traceback (most recent call last):\n  File \"x.py\"\nValueError: bad", b"<14>next", b"<14>last"]


def test_an_lf_counted_at_the_end_of_an_octet_frame_is_dropped() -> None:
    # rsyslog's RSYSLOG_SyslogProtocol23Format and syslog-ng's syslog() end the counted message with LF
    assert feed_in_pieces(octets(M2 + b"\n", M1 + b"\r\n"), 3)[0] == [M2, M1]


def test_tls_needs_the_tcp_listener() -> None:
    from pydantic import ValidationError

    from pipeline.ingest.syslog.config import SyslogConfig

    tls = {"cert_file": "/etc/ssl/cert.pem", "key_file": "/etc/ssl/key.pem"}
    assert SyslogConfig.model_validate({"tls": tls, "udp": False}).tls.enabled
    with pytest.raises(ValidationError, match="TLS is served on the TCP listener only"):
        SyslogConfig.model_validate({"tls": tls, "tcp": False})
    with pytest.raises(ValidationError, match="cert_file and key_file go together"):
        SyslogConfig.model_validate({"tls": {"cert_file": "/etc/ssl/cert.pem"}})
