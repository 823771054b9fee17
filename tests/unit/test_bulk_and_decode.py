from __future__ import annotations

import orjson
import pytest

from pipeline.process.decode import DecodeError, decode_raw
from pipeline.sinks.elasticsearch.bulk import build_bulk, read_bulk_answer
from schemas.raw import FORMAT_OTLP_PROTO, FORMAT_RECORDS_JSON, RawEnvelope
from schemas.records import record_id


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
