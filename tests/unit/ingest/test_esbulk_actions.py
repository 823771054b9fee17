"""Bulk action lines as real shippers write them, and malformed ones."""

from __future__ import annotations

import time

import orjson
import pytest

from pipeline.ingest.esbulk.codec import BulkError, bulk_response, parse_bulk
from pipeline.ingest.jsonlogs.codec import JsonLogMapping


def _parse(lines: list[object]) -> list:
    body = b"\n".join(orjson.dumps(line) for line in lines) + b"\n"
    return parse_bulk(body, None, JsonLogMapping(), "unknown_service", 1_795_428_000_000_000_000)


def test_bookkeeping_beside_the_action_is_ignored() -> None:
    # winston-elasticsearch's action line carries its retry counter beside the action
    items = _parse([
        {"index": {"_index": "winston-logs-2026.12.04", "pipeline": None}, "attempts": 0},
        {"@timestamp": "2026-12-04T20:34:53.385Z", "message": "shipped", "severity": "info", "fields": {"service": "shop"}},
    ])
    [item] = items
    assert item.action == "index" and item.status == 0  # 0: accepted, not yet answered
    assert item.record["service.name"] == "shop" and item.record["message"] == "shipped"


@pytest.mark.parametrize(
    ("action", "reason"),
    [
        ({"attempts": 0}, "expected one of"),
        ({"index": {}, "create": {}}, "expected one of"),
        ({"index": "logs"}, "metadata must be an object"),
        (["index"], "expected one action object"),
    ],
)
def test_an_action_line_without_exactly_one_action_refuses_the_request(action: object, reason: str) -> None:
    with pytest.raises(BulkError, match=reason):
        _parse([action, {"message": "x"}])


def test_refused_items_answer_distinct_ids() -> None:
    # Elasticsearch gives every item of a bulk answer its own _id; two documents refused for the
    # same reason (here: Kafka down, as rsyslog's errorFile showed) must not share one.
    items = _parse([{"index": {"_index": "syslog"}}, {"message": "a"}, {"index": {"_index": "syslog"}}, {"message": "b"},
                    {"create": {"_index": "syslog"}}, [1], {"create": {"_index": "syslog"}}, [1]])
    for item in items[:2]:
        item.fail(429, "es_rejected_execution_exception", "kafka unavailable; retry later")
    answer = bulk_response(items, time.monotonic())
    ids = [next(iter(entry.values()))["_id"] for entry in answer["items"]]
    assert [next(iter(entry.values()))["status"] for entry in answer["items"]] == [429, 429, 400, 400]
    assert len(set(ids)) == 4, ids
