from __future__ import annotations

import gzip
from datetime import UTC, datetime

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest.body import BodyError, decompress
from pipeline.ingest.errors import InvalidRequest, TooManyRecords
from pipeline.ingest.jsonlogs.codec import JsonLogMapping, decode_json_logs, parse_time
from pipeline.ingest.producer import chunk_records

RECEIVED = 1_700_000_000_000_000_000
MAPPING = JsonLogMapping()


def decode(body: bytes, **kw):
    return decode_json_logs(body, MAPPING, "unknown_service", RECEIVED, **kw)


@settings(max_examples=200, derandomize=True)
@given(st.integers(min_value=946_684_800, max_value=4_102_444_800), st.integers(0, 999_999_999))
def test_every_epoch_unit_and_rfc3339_agree(seconds: int, nanos: int) -> None:
    ns = seconds * 1_000_000_000 + nanos
    ms = ns // 1_000_000
    assert parse_time(seconds) == seconds * 1_000_000_000
    assert parse_time(ms) == ms * 1_000_000
    assert parse_time(ns) == ns
    assert parse_time(str(ns)) == ns
    text = datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%S") + f".{nanos:09d}Z"
    assert parse_time(text) == ns
    assert parse_time(text.replace("Z", "+00:00")) == ns


def test_offsets_and_fractional_seconds() -> None:
    assert parse_time("2026-11-23T12:00:00+02:00") == parse_time("2026-11-23T10:00:00Z")
    assert parse_time(1795428000.5) == 1795428000_500_000_000


@pytest.mark.parametrize("bad", ["yesterday", "2026-11-23T10:00:00", True, [1], {}])
def test_bad_times_are_refused(bad) -> None:
    with pytest.raises(ValueError):
        parse_time(bad)


def test_common_field_names_are_mapped() -> None:
    body = b"\n".join(
        orjson.dumps(o)
        for o in [
            {"@timestamp": "2026-11-23T10:00:00Z", "severity": "CRITICAL", "message": "a", "service.name": "s1"},
            {"time": 1795428000000, "log.level": "debug", "msg": "b", "service": {"name": "s2"}},
            {"ts": "1795428000", "log": {"level": "warning"}, "MESSAGE": "c", "app": "s3", "extra": {"k": 1}},
            {"timestamp": 1795428000, "severity": 17, "log": "d"},  # an OpenTelemetry severity number
        ]
    )
    out = decode(body)
    assert out.rejected == []
    got = [(r["service.name"], r["severity_text"], r["severity_number"], r["message"]) for r in out.records]
    assert got == [("s1", "FATAL", 21, "a"), ("s2", "DEBUG", 5, "b"), ("s3", "WARN", 13, "c"), ("unknown_service", "ERROR", 17, "d")]
    assert out.records[2]["attributes"] == {"extra": {"k": 1}}
    assert {r["time_unix_nano"] for r in out.records} == {1795428000 * 10**9}


def test_missing_time_uses_observed_time_and_missing_message_is_empty() -> None:
    [rec] = decode(b'{"user": "x"}').records
    assert rec["time_unix_nano"] == RECEIVED == rec["observed_time_unix_nano"]
    assert rec["message"] == "" and rec["attributes"] == {"user": "x"}


def test_one_bad_line_rejects_only_that_line() -> None:
    body = b'{"msg": "ok"}\n\n[1,2]\n{"msg": "bad time", "time": "noon"}\n{oops\n{"msg": "ok2"}\n'
    out = decode(body)
    assert [r["message"] for r in out.records] == ["ok", "ok2"]
    assert [(r.line, r.reason.split(":")[0]) for r in out.rejected] == [
        (3, "expected a JSON object, got list"),
        (4, "time 'noon' is neither RFC 3339 nor an epoch number"),
        (5, "line is not valid JSON"),
    ]


def test_json_array_body() -> None:
    out = decode(b' [{"msg": "a"}, "nope", {"msg": "b"}]')
    assert [r["message"] for r in out.records] == ["a", "b"]
    assert [(r.line, r.reason) for r in out.rejected] == [(2, "expected a JSON object, got str")]


def test_broken_array_rejects_the_body() -> None:
    with pytest.raises(InvalidRequest, match="not a valid JSON array") as err:
        decode(b'[{"msg": "a"}')
    assert err.value.status == 400


def test_record_limit() -> None:
    with pytest.raises(TooManyRecords, match="limit is 2") as err:
        decode(b'{"a":1}\n{"a":2}\n{"a":3}\n', max_records=2)
    assert err.value.status == 413


def test_invalid_trace_id_is_kept_as_attribute() -> None:
    [rec] = decode(b'{"msg": "x", "trace_id": "not-hex", "span_id": "00F067AA0BA902B7"}').records
    assert "trace_id" not in rec and rec["attributes"]["trace_id"] == "not-hex"
    assert rec["span_id"] == "00f067aa0ba902b7"


@settings(max_examples=100, derandomize=True)
@given(st.lists(st.dictionaries(st.text(max_size=8), st.one_of(st.text(max_size=20), st.integers(-(2**63), 2**63 - 1), st.booleans(), st.none()), max_size=6), max_size=20))
def test_any_objects_decode_without_losing_lines(objects) -> None:
    body = b"\n".join(orjson.dumps(o) for o in objects)
    out = decode(body)
    assert len(out.records) + len(out.rejected) == len(objects)


def test_gzip_bomb_is_refused_not_expanded() -> None:
    bomb = gzip.compress(b"\0" * 50_000_000)
    with pytest.raises(BodyError) as err:
        decompress(bomb, "gzip", 1_000_000)
    assert err.value.status == 413


def test_unknown_encoding_is_415_and_corrupt_gzip_400() -> None:
    with pytest.raises(BodyError) as err:
        decompress(b"x", "compress", 100)
    assert err.value.status == 415
    with pytest.raises(BodyError) as err:
        decompress(b"not gzip", "gzip", 100)
    assert err.value.status == 400


def test_chunks_respect_the_message_size() -> None:
    records = [{"message": "x" * 100, "n": i} for i in range(100)]
    chunks = list(chunk_records(records, 1000))
    assert all(len(c) <= 1000 for c in chunks)
    assert sum(len(orjson.loads(c)) for c in chunks) == 100


# -- Node and Python loggers' own shapes (the integration test runs the real packages) ------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ({"level": 10, "msg": "x"}, ("TRACE", 1)),
        ({"level": 20, "msg": "x"}, ("DEBUG", 5)),
        ({"level": 30, "msg": "x"}, ("INFO", 9)),
        ({"level": 40, "msg": "x"}, ("WARN", 13)),
        ({"level": 50, "msg": "x"}, ("ERROR", 17)),
        ({"level": 60, "msg": "x"}, ("FATAL", 21)),
        ({"level": 35, "msg": "x"}, ("INFO", 9)),  # a Pino custom level between info and warn
        ({"severity": 17, "msg": "x"}, ("ERROR", 17)),  # an OpenTelemetry severity number
        ({"level": 9, "msg": "x"}, ("INFO", 9)),
        ({"level": "http", "msg": "x"}, ("DEBUG", 5)),
        ({"level": "silly", "msg": "x"}, ("TRACE", 1)),
        ({"level": "crit", "msg": "x"}, ("FATAL", 21)),
        ({"level": "notice", "msg": "x"}, ("INFO", 9)),
        # PRIORITY: syslog-ng's macro (a syslog level name, its elasticsearch-http() default template)
        # and journald's field (the syslog severity 0-7 as a decimal string, systemd.journal-fields(7))
        ({"PRIORITY": "err", "MESSAGE": "x"}, ("ERROR", 17)),
        ({"PRIORITY": "warning", "MESSAGE": "x"}, ("WARN", 13)),
        ({"PRIORITY": "3", "MESSAGE": "x"}, ("ERROR", 17)),
        ({"PRIORITY": "0", "MESSAGE": "x"}, ("FATAL", 21)),
        ({"PRIORITY": "5", "MESSAGE": "x"}, ("INFO", 9)),
        ({"PRIORITY": 7, "MESSAGE": "x"}, ("DEBUG", 5)),
        ({"PRIORITY": "9", "MESSAGE": "x"}, ("9", 0)),  # not a syslog severity: kept as text, unranked
    ],
)
def test_level_names_and_numbers(line: dict[str, object], expected: tuple[str, int]) -> None:
    [record] = decode(orjson.dumps(line)).records
    assert (record["severity_text"], record["severity_number"]) == expected


def test_error_shapes_give_the_error_type() -> None:
    stack = "TypeError: x is not a function\n    at run (/app/index.js:3:5)"
    lines = [
        {"level": 50, "msg": "pino", "err": {"type": "TypeError", "message": "x is not a function", "stack": stack}},
        {"level": 50, "msg": "bunyan", "err": {"name": "RangeError", "message": "bad size", "stack": "RangeError: bad size"}},
        {"level": "error", "message": "winston", "stack": stack},
        {"severity": "error", "message": "winston-es", "fields": {"service": "shop", "error": {"name": "PaymentDeclined", "message": "card expired"}}},
        {"level": "error", "message": "python", "exception.type": "KeyError"},
        {"level": "error", "message": "plain words: not a stack", "stack": "retrying later"},
    ]
    records = decode(b"\n".join(orjson.dumps(line) for line in lines)).records
    kinds = [r["attributes"].get("exception.type") for r in records]
    assert kinds == ["TypeError", "RangeError", "TypeError", "PaymentDeclined", "KeyError", None]
    assert records[0]["attributes"]["exception.message"] == "x is not a function"
    assert records[2]["attributes"]["exception.stacktrace"] == stack
    assert records[3]["service.name"] == "shop"


def test_bunyan_records_name_the_service_and_the_host() -> None:
    line = {"name": "billing", "hostname": "web-3", "pid": 4121, "level": 30, "msg": "ok", "time": "2026-11-23T10:00:00.000Z", "v": 0}
    [record] = decode(orjson.dumps(line)).records
    assert record["service.name"] == "billing"
    assert record["attributes"] == {"host.name": "web-3", "process.pid": 4121, "v": 0}
    # "name" is only a service for Bunyan records: elsewhere it stays an attribute
    [other] = decode(orjson.dumps({"name": "alice", "msg": "signed in"})).records
    assert other["service.name"] == "unknown_service" and other["attributes"] == {"name": "alice"}


# What each shipper's documented JSON output names the syslog program (APP-NAME / TAG):
# rsyslog's omelasticsearch template ("program" from programname), syslog-ng's format-json
# --scope rfc5424 (PROGRAM), Vector's syslog source (appname), Filebeat's syslog processor (ECS
# log.syslog.appname), journald's fields as Fluent Bit's systemd input passes them
# (SYSLOG_IDENTIFIER) and Fluent Bit's syslog parsers (ident).
@pytest.mark.parametrize(
    "line",
    [
        {"timestamp": "2026-11-23T10:00:00+00:00", "message": "m", "host": "web-3", "severity": "err", "program": "sshd"},
        {"@timestamp": "2026-11-23T10:00:00+00:00", "MESSAGE": "m", "HOST": "web-3", "PRIORITY": "err", "PROGRAM": "sshd"},
        {"timestamp": "2026-11-23T10:00:00Z", "message": "m", "hostname": "web-3", "severity": "err", "appname": "sshd",
         "facility": "auth", "procid": 812},
        {"@timestamp": "2026-11-23T10:00:00Z", "message": "m", "log": {"syslog": {"appname": "sshd", "priority": 35}}},
        {"MESSAGE": "m", "PRIORITY": "3", "SYSLOG_IDENTIFIER": "sshd", "_HOSTNAME": "web-3"},
        {"time": "2026-11-23T10:00:00Z", "message": "m", "host": "web-3", "ident": "sshd", "pid": "812"},
    ],
    ids=["rsyslog", "syslog-ng", "vector", "filebeat", "journald", "fluent-bit"],
)
def test_a_syslog_records_program_is_its_service(line: dict[str, object]) -> None:
    [record] = decode(orjson.dumps(line)).records
    assert record["service.name"] == "sshd"
    assert "sshd" not in orjson.dumps(record["attributes"]).decode()  # taken, not copied


def test_a_service_name_wins_over_the_program() -> None:
    [record] = decode(orjson.dumps({"message": "m", "program": "java", "service": "billing"})).records
    assert record["service.name"] == "billing" and record["attributes"] == {"program": "java"}


# Kubernetes metadata as the shippers' own docs show it: Fluent Bit's kubernetes filter
# (labels, container_name), Vector's kubernetes_logs source (pod_labels, container_name) and
# Filebeat's add_kubernetes_metadata (container.name).
@pytest.mark.parametrize(
    ("kubernetes", "service"),
    [
        ({"pod_name": "api-7d9", "namespace_name": "prod", "labels": {"app": "api"}, "container_name": "main"}, "api"),
        ({"pod_name": "api-7d9", "pod_namespace": "prod", "pod_labels": {"app": "api"}, "container_name": "main"}, "api"),
        ({"pod_name": "api-7d9", "namespace_name": "prod", "container_name": "api"}, "api"),
        ({"pod": {"name": "api-7d9"}, "namespace": "prod", "container": {"name": "api"}}, "api"),
    ],
    ids=["fluent-bit", "vector", "fluent-bit-no-labels", "filebeat"],
)
def test_a_kubernetes_pods_app_or_container_is_its_service(kubernetes: dict[str, object], service: str) -> None:
    line = {"@timestamp": "2026-11-23T10:00:05.000Z", "log": "GET /health 200\n", "stream": "stdout", "kubernetes": kubernetes}
    [record] = decode(orjson.dumps(line)).records
    assert record["service.name"] == service
    assert record["attributes"]["kubernetes"]["pod_name" if "pod_name" in kubernetes else "pod"]
