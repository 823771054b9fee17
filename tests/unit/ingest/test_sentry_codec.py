"""Sentry envelopes as the real Python SDK writes them, and malformed ones, through the codec."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import orjson
import pytest
import sentry_sdk
from sentry_sdk.transport import Transport

from pipeline.ingest.sentry.codec import EnvelopeError, decode_envelope, decode_store

RECEIVED = 1_795_428_000_000_000_000


@pytest.fixture
def sdk() -> Iterator[list[bytes]]:
    """The real sentry-sdk, its envelopes captured as the bytes it would post."""
    sent: list[bytes] = []

    class Capture(Transport):
        def capture_envelope(self, envelope: Any) -> None:
            sent.append(envelope.serialize())

    sentry_sdk.init(
        dsn="http://publickey@127.0.0.1:1/42", transport=Capture, traces_sample_rate=0.25,
        release="shop@1.2.3", environment="staging", server_name="web-1", default_integrations=False,
    )
    yield sent
    sentry_sdk.get_client().close()


def _fail() -> None:
    {}["missing"]


def test_an_exception_becomes_an_error_log_with_type_value_and_frames(sdk: list[bytes]) -> None:
    sentry_sdk.set_tag("region", "eu")
    sentry_sdk.set_user({"id": "u1", "email": "someone@example.com"})
    try:
        _fail()
    except KeyError:
        event_id = sentry_sdk.capture_exception()
    sentry_sdk.flush()
    [body] = sdk
    batch = decode_envelope(body, "checkout", RECEIVED)
    assert batch.rejected == [] and batch.spans == [] and batch.event_id == event_id
    [record] = batch.logs
    attrs = record["attributes"]
    assert (record["severity_text"], record["severity_number"]) == ("ERROR", 17)
    assert record["message"] == "KeyError: 'missing'"
    assert attrs["exception.type"] == "KeyError"
    assert attrs["exception.message"] == "'missing'"
    assert ", in _fail" in attrs["exception.stacktrace"] and "test_sentry_codec.py" in attrs["exception.stacktrace"]
    assert attrs["exception.handled"] is True
    assert attrs["sentry.tags.region"] == "eu"
    assert (attrs["user.id"], attrs["user.email"]) == ("u1", "someone@example.com")
    assert record["resource"] == {
        "service.name": "checkout", "service.version": "shop@1.2.3", "deployment.environment.name": "staging",
        "host.name": "web-1", "telemetry.sdk.language": "python", "telemetry.sdk.name": "sentry.python",
        "telemetry.sdk.version": sentry_sdk.VERSION,
    }
    assert len(record["trace_id"]) == 32 and len(record["span_id"]) == 16
    assert abs(record["time_unix_nano"] - RECEIVED) > 0  # the event's own time, not the receive time


def test_a_message_keeps_its_level(sdk: list[bytes]) -> None:
    sentry_sdk.capture_message("disk almost full", level="warning")
    sentry_sdk.flush()
    [record] = decode_envelope(sdk[0], "checkout", RECEIVED).logs
    assert (record["message"], record["severity_text"], record["severity_number"]) == ("disk almost full", "WARN", 13)
    assert "exception.type" not in record["attributes"]


def test_a_transaction_becomes_a_root_span_and_its_children(sdk: list[bytes]) -> None:
    for _ in range(200):  # sampled at 0.25: some are sent (P(none in 200) < 1e-24)
        with sentry_sdk.start_transaction(op="http.server", name="GET /cart") as txn:
            with sentry_sdk.start_span(op="db.query", description="SELECT * FROM cart"):
                pass
            txn.set_http_status(503)
    sentry_sdk.flush()
    body = sdk[0]
    spans = decode_envelope(body, "checkout", RECEIVED).spans
    root, child = spans
    assert (root["name"], root["kind"], root["status.code"]) == ("GET /cart", "server", "error")
    assert root["attributes"]["http.response.status_code"] == 503
    assert root["attributes"]["sentry.sample_rate"] == 0.25
    assert "parent_span_id" not in root
    assert (child["name"], child["kind"], child["parent_span_id"]) == ("SELECT * FROM cart", "client", root["span_id"])
    assert child["trace_id"] == root["trace_id"]
    assert root["start_time_unix_nano"] <= child["start_time_unix_nano"] <= child["end_time_unix_nano"] <= root["end_time_unix_nano"]


def _envelope(*items: tuple[dict[str, Any], bytes]) -> bytes:
    out = [orjson.dumps({"event_id": "a" * 32})]
    for header, payload in items:
        out += [orjson.dumps(header), payload]
    return b"\n".join(out) + b"\n"


EVENT = orjson.dumps({"message": "hello", "level": "info", "timestamp": 1795428000.0})


def test_items_without_length_run_to_the_newline_and_unused_types_are_counted() -> None:
    body = _envelope(
        ({"type": "session"}, b'{"sid":"x","status":"ok"}'),
        ({"type": "event"}, EVENT),
        ({"type": "client_report"}, b'{"discarded_events":[]}'),
        ({"type": "attachment", "length": 5, "filename": "a.txt"}, b"12\n45"),
        ({"type": "event", "length": len(EVENT)}, EVENT),
    )
    batch = decode_envelope(body, "svc", RECEIVED)
    assert [r["message"] for r in batch.logs] == ["hello", "hello"]
    assert batch.other == {"session": 1, "client_report": 1, "attachment": 1}
    assert batch.rejected == []


def test_a_bad_item_is_refused_alone_and_the_rest_kept() -> None:
    body = _envelope(
        ({"type": "event"}, b"{not json"),
        ({"type": "event"}, orjson.dumps({"level": "loud", "message": "x"})),
        ({"type": "transaction"}, orjson.dumps({"type": "transaction", "contexts": {}})),
        ({"type": "event"}, EVENT),
    )
    batch = decode_envelope(body, "svc", RECEIVED)
    assert [r["message"] for r in batch.logs] == ["hello"]
    assert [i for i, _ in batch.rejected] == [0, 1, 2]
    assert "not JSON" in batch.rejected[0][1] and "not a Sentry level" in batch.rejected[1][1]
    assert "trace_id" in batch.rejected[2][1]


def test_a_length_past_the_end_ends_the_envelope_keeping_what_came_before() -> None:
    body = _envelope(({"type": "event"}, EVENT)) + orjson.dumps({"type": "event", "length": 10_000}) + b"\n" + EVENT
    batch = decode_envelope(body, "svc", RECEIVED)
    assert len(batch.logs) == 1
    assert batch.rejected == [(1, "item length 10000 runs past the end of the body; the envelope ends here")]


def test_a_bad_envelope_header_refuses_the_body() -> None:
    with pytest.raises(EnvelopeError, match="envelope header is not JSON"):
        decode_envelope(b"{oops\n" + EVENT, "svc", RECEIVED)
    with pytest.raises(EnvelopeError, match="must be a JSON object"):
        decode_envelope(b"[1,2]\n", "svc", RECEIVED)


def test_out_of_range_times_are_refused_per_item() -> None:
    for bad in (float("inf"), 1e30, -5, "next tuesday"):
        payload = orjson.dumps({"message": "x", "timestamp": bad}) if bad != float("inf") else b'{"message":"x","timestamp":1e400}'
        batch = decode_envelope(_envelope(({"type": "event"}, payload), ({"type": "event"}, EVENT)), "svc", RECEIVED)
        assert len(batch.logs) == 1 and len(batch.rejected) == 1, bad


def test_the_item_cap_is_said() -> None:
    body = _envelope(*[({"type": "event"}, EVENT)] * 5)
    batch = decode_envelope(body, "svc", RECEIVED, max_items=3)
    assert len(batch.logs) == 3 and "more than 3 items" in batch.rejected[0][1]


def test_store_endpoint_body_is_one_event() -> None:
    batch = decode_store(orjson.dumps({"event_id": "b" * 32, "exception": [{"type": "TypeError", "value": "x is not a function"}]}), "web", RECEIVED)
    [record] = batch.logs
    assert record["message"] == "TypeError: x is not a function" and record["severity_text"] == "ERROR"
    with pytest.raises(EnvelopeError):
        decode_store(b"not json", "web", RECEIVED)
