"""Kafka acknowledging only some batches of a request (issue #15, README "Retries are safe").

The producer is the one piece replaced here: a real broker cannot be made to acknowledge the
first message of a send and not the second on demand.  Everything above it (the receiver's
batching, the bulk handler's item answers) is the real code.
"""

from __future__ import annotations

import time
from typing import Any

import orjson
import pytest
from prometheus_client import CollectorRegistry

from pipeline.ingest.auth import Authenticator
from pipeline.ingest.contract import ReceiverContext
from pipeline.ingest.errors import Unavailable
from pipeline.ingest.esbulk.codec import bulk_response, parse_bulk
from pipeline.ingest.esbulk.config import EsBulkConfig
from pipeline.ingest.esbulk.routes import EsHttp
from pipeline.ingest.jsonlogs.config import JsonLogMapping
from pipeline.ingest.limits import Limits
from pipeline.ingest.metrics import IngestMetrics
from pipeline.ingest.producer import NotAcknowledged
from pipeline.ingest.receiver import Receiver, Request

RECEIVED = 1_795_428_000_000_000_000


class FirstOnly:
    """A connected producer whose broker acknowledges the first message of each send, not the rest."""

    refused = None
    connected = True
    bootstrap_servers = "stub:9092"

    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes, str | None]] = []

    async def send(self, topic: str, messages: list[tuple[str, bytes]], envelope: Any, origin: str | None = None,
                   numbers: list[int] | None = None) -> None:
        self.sent.extend((service, payload, origin) for service, payload in messages)
        if len(messages) > 1:
            raise NotAcknowledged("kafka did not acknowledge: stub", [True] + [False] * (len(messages) - 1))


def _receiver() -> tuple[Receiver, FirstOnly]:
    producer = FirstOnly()
    receiver = Receiver(producer, IngestMetrics(CollectorRegistry()), Limits(), {"logs": "raw"})  # type: ignore[arg-type]
    return receiver, producer


async def test_bulk_items_of_the_acknowledged_batch_answer_201_the_others_429() -> None:
    receiver, producer = _receiver()
    es = EsHttp(EsBulkConfig(), ReceiverContext(receiver, Authenticator({}), receiver.metrics, receiver.limits,
                                                JsonLogMapping()))
    docs = [{"message": "a1", "service": "a"}, {"message": "b1", "service": "b"}, {"message": "a2", "service": "a"}]
    body = b"".join(b'{"create":{}}\n' + orjson.dumps(doc) + b"\n" for doc in docs)
    items = parse_bulk(body, "app", JsonLogMapping(), "unknown_service", RECEIVED, "")
    req = Request("logs", "es-bulk")
    req.identify(body)
    assert await es._accept(req, items) is None  # some produced: the request itself is answered 200
    answer = bulk_response(items, time.monotonic())
    statuses = [next(iter(item.values()))["status"] for item in answer["items"]]
    assert statuses == [201, 429, 201]  # service a's batch acknowledged, b's not
    assert answer["errors"] is True
    assert [service for service, _payload, _origin in producer.sent] == ["a", "b"]
    assert {origin for _s, _p, origin in producer.sent} == {req.digest}


async def test_a_whole_request_answer_is_retryable_and_names_the_acknowledged_batches() -> None:
    receiver, _producer = _receiver()
    req = Request("logs", "http-json")
    records = {"a": [{"service.name": "a", "time_unix_nano": 1}], "b": [{"service.name": "b", "time_unix_nano": 2}]}
    with pytest.raises(Unavailable) as caught:
        await receiver.produce_records(req, records, RECEIVED)
    assert caught.value.status == 503 and caught.value.retry_after == receiver.retry_after
    assert caught.value.acked == [True, False]
