from __future__ import annotations

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.process.decode import DecodeError, decode_raw
from pipeline.process.pipeline import pack_lines
from pipeline.sinks.elasticsearch.bulk import (
    build_bulk,
    create_lines,
    daily_index,
    encode_create,
    encode_create_line,
    message_operations,
    read_bulk_answer,
)
from schemas.raw import FORMAT_OTLP_PROTO, FORMAT_RECORDS_JSON, RawEnvelope
from schemas.records import encode_lines, format_timestamp, line_head, record_id


def test_bulk_answer_that_does_not_match_the_request_is_retried_whole() -> None:
    outcome = read_bulk_answer({"errors": False, "items": [{"create": {"status": 201}}]}, 2)
    assert outcome.retry == [0, 1] and outcome.done == []


def test_bulk_5xx_items_retry_and_string_errors_are_kept() -> None:
    answer = {"items": [{"create": {"status": 503}}, {"create": {"status": 400, "error": "boom"}}]}
    outcome = read_bulk_answer(answer, 2)
    assert outcome.retry == [0]
    assert outcome.failed == [(1, 400, "boom")]


def test_bulk_body_is_ndjson_with_create_and_id() -> None:
    body = build_bulk([("a", {"id": "1", "m": "x"}), ("b", {"id": "2"})])
    lines = body.split(b"\n")
    assert lines[-1] == b"" and len(lines) == 5
    assert orjson.loads(lines[0]) == {"create": {"_index": "a", "_id": "1"}}
    assert orjson.loads(lines[2]) == {"create": {"_index": "b", "_id": "2"}}


def test_decode_adds_stable_ids_and_tenant() -> None:
    env = RawEnvelope(FORMAT_RECORDS_JSON, 1, tenant="team-a")
    value = orjson.dumps([{"service.name": "a", "time_unix_nano": 5, "message": "x"}])
    first = decode_raw("logs", env.headers(), value)
    again = decode_raw("logs", env.headers(), value)
    assert first[0]["id"] == again[0]["id"]
    assert first[0]["sightline.tenant"] == "team-a"


@pytest.mark.parametrize(
    ("headers", "value", "reason"),
    [
        ([], b"[]", "bad_envelope"),
        (RawEnvelope(FORMAT_RECORDS_JSON, 1).headers(), b"{}", "invalid_shape"),
        (RawEnvelope(FORMAT_RECORDS_JSON, 1).headers(), b"[{}]", "invalid_shape"),
        (RawEnvelope(FORMAT_RECORDS_JSON, 1).headers(), b"[", "invalid_json"),
        ([("sightline-version", b"9"), ("sightline-format", b"records-json"), ("sightline-received", b"1")], b"[]", "bad_envelope"),
    ],
)
def test_undecodable_messages_name_the_reason(headers, value, reason) -> None:
    with pytest.raises(DecodeError) as err:
        decode_raw("logs", headers, value)
    assert err.value.reason == reason


def test_record_id_ignores_observed_time() -> None:
    a = {"service.name": "s", "time_unix_nano": 1, "message": "m", "observed_time_unix_nano": 5}
    b = dict(a, observed_time_unix_nano=9)
    assert record_id(a) == record_id(b)


def test_envelope_round_trip_keeps_tenant() -> None:
    env = RawEnvelope(FORMAT_OTLP_PROTO, 42, tenant="t")
    assert RawEnvelope.from_headers(env.headers()) == env


_texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8)


@settings(max_examples=60, derandomize=True)
@given(
    rows=st.lists(
        st.tuples(st.integers(0, 4 * 86_400_000_000_000), st.booleans(), _texts, st.sampled_from(["id", "@timestamp", "x\n"])),
        min_size=1, max_size=12,
    ),
    origin=st.sampled_from(["", "r1.0"]),
)
def test_create_lines_makes_the_operations_of_the_line_by_line_path(rows: list[tuple[int, bool, str, str]], origin: str) -> None:
    # processor lines (ids, optional observed time, days apart, nested keys named like the head's) in
    # one clean-topic value: the one-pass operations are the bytes line_head + encode_create_line make
    start = 1_795_428_000_000_000_000
    records = []
    for ns, observed, text, nested in rows:
        rec = {"@timestamp": format_timestamp(start + ns), "service.name": "s", "message": text,
               "attributes": {nested: text}}
        if observed:
            rec["observed_time_unix_nano"] = ns
        records.append(rec)
    [value] = pack_lines(encode_lines(records, origin), 10**9)
    expected = []
    for line in value.split(b"\n"):
        doc_id, timestamp = line_head(line) or ("", "")
        index = daily_index("p", "logs", timestamp)
        expected.append((index, line, encode_create_line(index, doc_id, line)))
    assert create_lines(value, lambda ts: daily_index("p", "logs", ts)) == expected
    assert [op for _, _, op in expected] == [encode_create(index, orjson.loads(line)) for index, line, _ in expected]


@pytest.mark.parametrize(
    "tail",
    [b"", b'{"@timestamp":"2026-11-23T10:00:00.000Z","id":"ab"}', b'{"id":"AB","@timestamp":"2026-11-23T10:00:00.000Z"}',
     b'{"id":"cd","@timestamp":"2026-11-23\n10:00:00.000Z"}'],  # a time broken across two lines heads neither
)
def test_create_lines_leaves_any_other_line_to_the_line_by_line_path(tail: bytes) -> None:
    head = b'{"id":"ab","@timestamp":"2026-11-23T10:00:00.000Z","m":1}'
    assert create_lines(head, str) is not None
    assert create_lines(head + b"\n" + tail, str) is None  # an empty line, keys in another order, an upper-case id
    assert create_lines(tail + b"\n" + head, str) is None


def test_message_operations_reads_every_line_and_names_the_ones_it_cannot_index() -> None:
    index_for = lambda ts: daily_index("p", "logs", ts)  # noqa: E731
    headed = encode_lines([{"@timestamp": format_timestamp(1_795_428_000_000_000_000), "service.name": "s", "message": "m"}], "")
    assert message_operations(headed[0], index_for) == (create_lines(headed[0], index_for), [])
    other = {"@timestamp": "2026-11-24T01:00:00Z", "id": "x1", "message": "keys in another order"}
    value = b"\n".join([headed[0], orjson.dumps(other), b"", b"{not json", b'{"id":"y"}', b"[1]"])
    operations, rejected = message_operations(value, index_for)
    doc_id, timestamp = line_head(headed[0]) or ("", "")
    assert operations == [
        ("p-logs-2026.11.23", headed[0], encode_create_line(index_for(timestamp), doc_id, headed[0])),
        ("p-logs-2026.11.24", other, encode_create("p-logs-2026.11.24", other)),
    ]
    assert [record for _, record in rejected] == [None, {"id": "y"}, [1]]
    assert rejected[0][0].startswith("undecodable clean-topic line: ")
    assert {reason for reason, _ in rejected[1:]} == {"a clean-topic record lacks id or @timestamp"}
