"""``sightline bench syslog``'s pure parts: the messages it makes, their framing, its options and its figures.

The messages are checked against the receiver's own parser and framer
(:mod:`pipeline.ingest.syslog.codec`, which the bench does not use to make
them) and against the RFCs' shapes written out here.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import re
import socket
import time
from collections import Counter

import orjson
import pytest
from prometheus_client import CollectorRegistry, Gauge, generate_latest
from prometheus_client import Counter as PromCounter

from pipeline import cli
from pipeline.bench import syslog as bench
from pipeline.bench.common import emit
from pipeline.ingest.syslog.codec import Framer, ParseContext, datagram_frame, parse_message

RFC5424_HEADER = re.compile(  # RFC 5424 6: <PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID SD
    rb"<(\d{1,3})>1 \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}(?:Z|[+-]\d\d:\d\d) [!-~]{1,255} [!-~]{1,48} [!-~]{1,128} [!-~]{1,32} "
)
RFC3164_HEADER = re.compile(rb"<(\d{1,3})>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d \S+ [\w-]+(?:\[\d+\])?: ")


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    bench.add_arguments(parser)
    return parser.parse_args(list(argv))


@pytest.fixture(scope="module")
def messages() -> dict[str, list[bench.Message]]:
    return {fmt: bench.make_messages(3000, fmt, services=8, hosts=12, seed=3) for fmt in bench.FORMATS}


# -- the messages -------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", bench.FORMATS)
def test_every_message_parses_well_formed_to_its_text(messages: dict[str, list[bench.Message]], fmt: str) -> None:
    ctx = ParseContext(received_ns=time.time_ns())
    header = RFC5424_HEADER if fmt == "5424" else RFC3164_HEADER
    for message in messages[fmt]:
        shape = header.match(message.line)
        assert shape is not None, message.line
        assert 0 <= int(shape.group(1)) <= 191
        record, ok = parse_message(message.line, ctx)
        assert ok, record
        assert record["message"] == message.text
        assert b"\n" not in message.line  # one a line when newline-framed
        # the record's program, host and pid are those in the line
        assert f" {record['service.name']}" in message.line.decode()
        assert f" {record['attributes']['host.name']}" in message.line.decode()
        if "process.pid" in record["attributes"]:
            assert str(record["attributes"]["process.pid"]) in message.line.decode()


@pytest.mark.parametrize("fmt", bench.FORMATS)
def test_texts_are_unique_and_of_realistic_length(messages: dict[str, list[bench.Message]], fmt: str) -> None:
    texts = [m.text for m in messages[fmt]]
    assert len(set(texts)) == len(texts)
    sizes = [len(t.encode()) for t in texts]
    assert min(sizes) >= 60 and max(sizes) <= 300
    assert sum(s > 200 for s in sizes) > len(sizes) / 20  # some long ones, not only the short end
    assert any(not t.isascii() for t in texts)  # and some UTF-8 beyond ASCII


def test_messages_vary_like_a_fleet_of_hosts(messages: dict[str, list[bench.Message]]) -> None:
    ctx = ParseContext(received_ns=time.time_ns())
    records = [parse_message(m.line, ctx)[0] for m in messages["5424"]]
    assert len({r["service.name"] for r in records}) == 8
    assert len({r["attributes"]["host.name"] for r in records}) == 12
    assert len({r["attributes"]["syslog.severity"] for r in records}) >= 5
    assert len({r["attributes"]["syslog.facility"] for r in records}) >= 5
    # one pid a program on a host: a process, not a new one each line
    pids: dict[tuple[str, str], set[int]] = {}
    for r in records:
        if "process.pid" in r["attributes"]:
            pids.setdefault((r["attributes"]["host.name"], r["service.name"]), set()).add(r["attributes"]["process.pid"])
    assert len(pids) > 50 and all(len(p) == 1 for p in pids.values())
    with_sd = [r for r in records if "syslog.structured_data" in r["attributes"]]
    assert 0.2 < len(with_sd) / len(records) < 0.45
    # escaped quotes and brackets in a PARAM-VALUE come back unescaped (RFC 5424 6.3.3)
    commands = [r["attributes"]["syslog.structured_data"]["audit@32473"]["cmd"] for r in with_sd
                if "audit@32473" in r["attributes"]["syslog.structured_data"]]
    assert commands and all(c.startswith('grep "timeout" /var/log/app.log | tail -n ') and c.endswith(" [saved]")
                            for c in commands)
    # a third of the hosts stamp local time with an offset: the record's time is still UTC
    offsets = [m for m in messages["5424"] if b"+01:00 " in m.line]
    assert 0 < len(offsets) < len(messages["5424"])


def test_messages_are_the_same_for_a_seed_and_differ_between_seeds() -> None:
    assert bench.make_messages(50, "5424", 4, 3, seed=1)[10:] == bench.make_messages(50, "5424", 4, 3, seed=1)[10:]
    assert [m.text for m in bench.make_messages(50, "3164", 4, 3, seed=1)] != \
        [m.text for m in bench.make_messages(50, "3164", 4, 3, seed=2)]


def test_more_services_than_known_programs_get_names_of_their_own() -> None:
    ctx = ParseContext(received_ns=time.time_ns())
    services = {parse_message(m.line, ctx)[0]["service.name"] for m in bench.make_messages(2000, "3164", 30, 2)}
    assert len(services) == 30


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="format '5425'"):
        bench.make_messages(1, "5425", 1, 1)


# -- framing and chunks ---------------------------------------------------------------------------
@pytest.mark.parametrize("case", [bench.Case("tcp", "5424"), bench.Case("tcp", "3164")], ids=lambda c: c.name)
def test_the_receivers_framer_splits_the_chunks_back_into_the_messages(
    messages: dict[str, list[bench.Message]], case: bench.Case
) -> None:
    ms = messages[case.format][:700]
    chunk_list = bench.chunks(ms, case, chunk_bytes=4096, max_messages=10_000)
    assert [c.first for c in chunk_list] == [sum(c.count for c in chunk_list[:n]) for n in range(len(chunk_list))]
    assert sum(c.count for c in chunk_list) == len(ms)
    assert all(c.size == len(c.payloads[0]) and len(c.payloads) == 1 for c in chunk_list)
    assert all(c.size < 4096 + 400 for c in chunk_list)
    framer = Framer(65536)
    out: list[bytes] = []
    stream = b"".join(c.payloads[0] for c in chunk_list)
    for at in range(0, len(stream), 1000):  # cut anywhere, as a network does
        out.extend(framer.feed(stream[at:at + 1000]))
    out.extend(framer.finish())
    assert out == [m.line for m in ms]
    assert framer.truncated == 0


def test_octet_counts_count_the_bytes_and_datagrams_are_bare(messages: dict[str, list[bench.Message]]) -> None:
    for message in messages["5424"][:200]:
        count, rest = bench.frame(message, bench.Case("tcp", "5424")).split(b" ", 1)
        assert int(count) == len(rest) and rest == message.line
        datagram = bench.frame(message, bench.Case("udp", "5424"))
        assert datagram_frame(datagram) == datagram == message.line
    assert bench.frame(messages["3164"][0], bench.Case("tcp", "3164")) == messages["3164"][0].line + b"\n"


def test_udp_chunks_hold_one_payload_a_datagram(messages: dict[str, list[bench.Message]]) -> None:
    ms = messages["5424"][:100]
    chunk_list = bench.chunks(ms, bench.Case("udp", "5424"), chunk_bytes=1 << 20, max_messages=16)
    assert [c.count for c in chunk_list] == [16] * 6 + [4]
    assert [p for c in chunk_list for p in c.payloads] == [m.line for m in ms]


def test_sent_counts_and_verification_count_message_by_message() -> None:
    ms = [bench.Message(f"m{n}", b"") for n in range(6)]
    chunk_list = [bench.Chunk(0, (b"",), 2, 0), bench.Chunk(2, (b"",), 3, 0), bench.Chunk(5, (b"",), 1, 0)]
    sent = bench.sent_counts(ms, chunk_list, [2, 1, 0])  # the first chunk twice, the second once, the last never
    assert sent == Counter({"m0": 2, "m1": 2, "m2": 1, "m3": 1, "m4": 1})
    exact = bench.verify(sent, ["m0", "m1", "m2", "m3", "m4", "m1", "m0"])
    assert exact == bench.Verification(sent=7, arrived=7, missing=0, duplicated=0, unknown=0)
    off = bench.verify(sent, ["m0", "m1", "m2", "m2", "m3", "m5", "m1"])  # m0 and m4 short, m2 twice, m5 never sent
    assert off == bench.Verification(sent=7, arrived=7, missing=2, duplicated=1, unknown=1, unknown_texts=("m5",))


# -- options --------------------------------------------------------------------------------------
def test_defaults_and_the_cases_they_select() -> None:
    args = _args()
    assert (args.connections, args.duration, args.warmup, args.format, args.transport, args.services, args.json) == \
        (4, 10.0, 2.0, "both", "both", 8, False)
    assert args.udp_rate == 0.0
    assert [c.name for c in bench.cases(args.transport, args.format)] == ["tcp-5424", "tcp-3164", "udp-5424"]
    assert [c.name for c in bench.cases("udp", "both")] == ["udp-5424"]
    assert [c.name for c in bench.cases("both", "3164")] == ["tcp-3164"]
    assert [(c.name, c.framing) for c in bench.cases("tcp", "5424")] == [("tcp-5424", "octet-counted")]
    with pytest.raises(ValueError, match="UDP is measured with RFC 5424 only"):
        bench.cases("udp", "3164")


@pytest.mark.parametrize("argv, message", [
    (["--connections", "0"], "--connections: '0' must be more than zero"),
    (["--duration", "-1"], "--duration: '-1' must be more than zero"),
    (["--warmup", "x"], "--warmup: 'x' is not a number"),
    (["--format", "5425"], "--format: invalid choice"),
    (["--transport", "sctp"], "--transport: invalid choice"),
    (["--udp-rate", "-5"], "--udp-rate: '-5' must be zero or more"),
])
def test_bad_options_are_refused_naming_the_option(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _args(*argv)
    assert message in capsys.readouterr().err


def test_udp_with_rfc_3164_alone_is_an_error_before_anything_starts(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["bench", "syslog", "--transport", "udp", "--format", "3164"]) == 2
    assert "selects no case: UDP is measured with RFC 5424 only" in capsys.readouterr().err


def test_the_bench_is_a_sightline_command() -> None:
    args = cli.build_parser(["bench", "syslog", "--connections", "2", "--json"]).parse_args(
        ["bench", "syslog", "--connections", "2", "--json"])
    assert args.connections == 2 and args.json is True


# -- the ingestor's counters and the kernel's -----------------------------------------------------
def test_ingest_counts_reads_one_transport_from_an_exposition() -> None:
    registry = CollectorRegistry()  # the ingestor's metric names, written by prometheus_client itself
    records = PromCounter("sightline_ingest_records", "r", ["signal", "transport"], registry=registry)
    requests = PromCounter("sightline_ingest_requests", "q", ["signal", "transport", "outcome"], registry=registry)
    buffered = Gauge("sightline_syslog_buffered_records", "b", ["transport"], registry=registry)
    records.labels("logs", "syslog-udp").inc(120)
    records.labels("logs", "syslog-tcp").inc(7)
    records.labels("logs", "otlp-http").inc(1000)
    requests.labels("logs", "syslog-udp", "ok").inc(125)
    requests.labels("logs", "syslog-udp", "unavailable").inc(30)
    requests.labels("logs", "syslog-udp", "malformed").inc(2)
    buffered.labels("syslog-udp").set(5)
    counts = bench.ingest_counts(generate_latest(registry).decode(), "syslog-udp")
    assert counts == bench.IngestCounts(records=120, ok=125, malformed=2, dropped=30, buffered=5)
    assert bench.ingest_counts(generate_latest(registry).decode(), "syslog-tcp").records == 7


def test_udp_drops_finds_a_bound_socket_in_proc_net_udp() -> None:
    try:
        with open("/proc/net/udp") as f:
            f.read()
    except OSError:
        pytest.skip("no /proc/net/udp here")
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        with open("/proc/net/udp") as f:
            table = f.read()
        assert bench.udp_drops(table, port) == 0  # bound, nothing dropped yet
    header = table.splitlines()[0]
    assert bench.udp_drops(header, port) is None


# -- the figures ----------------------------------------------------------------------------------
def _snapshot(at: float, cpu: float, records: float, sent: int, dropped: float = 0.0) -> bench.Snapshot:
    return bench.Snapshot(at=at, cpu=cpu, sender_cpu=cpu / 2, counts=bench.IngestCounts(records=records, dropped=dropped),
                          sent=sent, sent_bytes=sent * 250)


def test_case_figures_and_their_json_document() -> None:
    idle = _snapshot(100.0, 1.0, 500, 0, dropped=10)
    first, last = _snapshot(102.0, 3.0, 10_500, 12_000, dropped=40), _snapshot(112.0, 8.0, 60_500, 80_000, dropped=90)
    check = bench.Verification(sent=90_000, arrived=80_000, missing=10_000, duplicated=0, unknown=0)
    drained = bench.IngestCounts(records=80_500, dropped=110)
    outcome = bench.Outcome(check, 0, drained, 1.5, [], kernel_drops=9_800)
    figures = bench.case_figures(bench.Case("udp", "5424"), idle, first, last, outcome, udp_rate=9000)
    assert figures["records_per_s"] == 5000.0  # 50,000 records acknowledged in 10 s
    assert figures["sent_per_s"] == 6800.0 and figures["sent_mb_per_s"] == 1.7
    assert figures["cpu_us_per_record"] == 100.0  # 5 s of CPU over 50,000 records
    assert figures["acknowledged"] == 80_000 and figures["arrived"] == 80_000 and figures["sent"] == 90_000
    assert (figures["dropped_kernel"], figures["dropped_receiver"], figures["unaccounted"]) == (9_800, 100, 100)
    out = io.StringIO()
    emit(argparse.Namespace(json=True), {"bench": "syslog", "cases": [figures]}, out=out)
    doc = orjson.loads(out.getvalue())
    assert set(doc["cases"][0]) == {
        "case", "transport", "format", "framing", "records_per_s", "sent_per_s", "sent_mb_per_s", "cpu_s",
        "cpu_us_per_record", "sender_cpu_s", "sent", "arrived", "acknowledged", "missing", "duplicated", "unknown",
        "unknown_texts", "replayed", "malformed", "drain_s", "sender_errors", "udp_rate", "dropped_kernel", "dropped_receiver", "unaccounted",
    }
    still = dataclasses.replace(first, at=first.at + 10)
    tcp = bench.case_figures(bench.Case("tcp", "3164"), idle, first, still, outcome)
    assert "dropped_kernel" not in tcp and tcp["cpu_us_per_record"] is None  # no record in an empty window


@pytest.mark.parametrize("case, missing, failed", [("tcp", 1, True), ("udp", 1, False), ("udp", 0, False)])
def test_a_tcp_loss_fails_the_run_and_a_udp_drop_does_not(case: str, missing: int, failed: bool) -> None:
    result = {"transport": case, "missing": missing, "duplicated": 0, "unknown": 0, "malformed": 0, "sender_errors": []}
    assert bench.failed(result) is failed
    assert bench.failed({**result, "duplicated": 1}) is True
