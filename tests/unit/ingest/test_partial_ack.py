"""Kafka acknowledging only some batches of a request (issue #15, README "Retries are safe").

What Kafka did not take is sent again as it was (the same bytes, origin and message numbers: the
same ids) up to ``ingest.es_bulk.partial_retries`` times before a bulk answer refuses its items.

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
from pipeline.ingest.esbulk.codec import BulkItem, bulk_response, parse_bulk
from pipeline.ingest.esbulk.config import EsBulkConfig
from pipeline.ingest.esbulk.routes import TRANSPORT, EsHttp
from pipeline.ingest.jsonlogs.config import JsonLogMapping
from pipeline.ingest.limits import Limits
from pipeline.ingest.metrics import IngestMetrics
from pipeline.ingest.receiver import Receiver, Request
from tests.unit.ingest.scripted import Scripted, ids_of

RECEIVED = 1_795_428_000_000_000_000


def _receiver() -> tuple[Receiver, Scripted]:
    producer = Scripted([True, False, False])  # the first message of the send acknowledged, not the rest
    receiver = Receiver(producer, IngestMetrics(CollectorRegistry()), Limits(), {"logs": "raw"})  # type: ignore[arg-type]
    return receiver, producer


async def test_bulk_items_of_the_acknowledged_batch_answer_201_the_others_429() -> None:
    receiver, producer = _receiver()
    es = EsHttp(EsBulkConfig(partial_retries=0), ReceiverContext(receiver, Authenticator({}), receiver.metrics, receiver.limits,
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
    [sent] = producer.sends
    assert [service for service, _payload, _origin, _n in sent] == ["a", "b"]
    assert {origin for _s, _p, origin, _n in sent} == {req.digest}


async def test_a_whole_request_answer_is_retryable_and_names_the_acknowledged_batches() -> None:
    receiver, _producer = _receiver()
    req = Request("logs", "http-json")
    records = {"a": [{"service.name": "a", "time_unix_nano": 1}], "b": [{"service.name": "b", "time_unix_nano": 2}]}
    with pytest.raises(Unavailable) as caught:
        await receiver.produce_records(req, records, RECEIVED)
    assert caught.value.status == 503 and caught.value.retry_after == receiver.retry_after
    assert caught.value.acked == [True, False]


# The receiver sends what Kafka did not take again as it was, first (ingest.es_bulk.partial_retries):
# a shipper retries the items a bulk answer refuses (429) in a new request, whose records get new ids,
# so a batch Kafka kept after a lost acknowledgement would be stored twice.


def _api(producer: Scripted, **section: Any) -> EsHttp:
    receiver = Receiver(producer, IngestMetrics(CollectorRegistry()), Limits(), {"logs": "raw"})  # type: ignore[arg-type]
    ctx = ReceiverContext(receiver, Authenticator({}), receiver.metrics, receiver.limits, JsonLogMapping())
    return EsHttp(EsBulkConfig(**section), ctx)


def _bulk(*docs: dict[str, Any]) -> tuple[Request, list[BulkItem]]:
    """A bulk body of ``docs`` (one index action each), parsed; the request named by the body, as the handler does."""
    body = b"".join(orjson.dumps({"index": {"_index": "app"}}) + b"\n" + orjson.dumps(doc) + b"\n" for doc in docs)
    request = Request("logs", TRANSPORT)
    request.identify(body)
    return request, parse_bulk(body, None, JsonLogMapping(), "unknown_service", RECEIVED)


def _docs() -> list[dict[str, Any]]:
    # two services: two Kafka messages (one batch each)
    return [{"@timestamp": "2026-12-06T20:00:00Z", "service": service, "message": f"{service} {n}"}
            for service in ("api", "db") for n in range(2)]


def _statuses(items: list[BulkItem]) -> list[int]:
    return [next(iter(entry.values()))["status"] for entry in bulk_response(items, time.monotonic())["items"]]


def _retries(api: EsHttp) -> float:
    return api.receiver.metrics.produce_retries.labels("logs", TRANSPORT)._value.get()


async def test_a_batch_kafka_did_not_acknowledge_is_sent_again_as_it_was_before_the_answer() -> None:
    producer = Scripted([True, False])  # of the two messages Kafka acknowledges the first only, then all
    api = _api(producer)
    request, items = _bulk(*_docs())
    assert await api._accept(request, items) is None
    assert _statuses(items) == [201, 201, 201, 201]
    first, retry = producer.sends
    assert retry == first[1:]  # the same bytes, origin and number: a copy Kafka kept after all has the same ids
    assert ids_of(retry[0]) == ids_of(first[1])
    assert _retries(api) == 1
    assert api.receiver.metrics.records.labels("logs", TRANSPORT)._value.get() == 4


async def test_after_the_retries_only_the_items_still_not_taken_answer_429() -> None:
    producer = Scripted([True, False], [False], [False])
    api = _api(producer, partial_retries=2)
    request, items = _bulk(*_docs())
    assert await api._accept(request, items) is None  # something was produced: answered item by item
    assert _statuses(items) == [201, 201, 429, 429]
    assert len(producer.sends) == 3 and producer.sends[1] == producer.sends[2] == producer.sends[0][1:]
    assert _retries(api) == 2


async def test_with_no_retries_configured_the_answer_comes_at_once() -> None:
    producer = Scripted([True, False])
    api = _api(producer, partial_retries=0)
    request, items = _bulk(*_docs())
    assert await api._accept(request, items) is None
    assert _statuses(items) == [201, 201, 429, 429] and len(producer.sends) == 1 and _retries(api) == 0


async def test_nothing_taken_is_not_retried_here_the_whole_request_is_refused() -> None:
    # The shipper sends the same body again: the same digest, the same ids.
    producer = Scripted([False, False])
    api = _api(producer)
    request, items = _bulk(*_docs())
    pressure = await api._accept(request, items)
    assert isinstance(pressure, Unavailable) and len(producer.sends) == 1 and _retries(api) == 0


async def test_no_retry_once_kafka_is_known_to_be_down() -> None:
    class Dropping(Scripted):
        async def send(self, *args: Any, **kwargs: Any) -> None:
            try:
                await super().send(*args, **kwargs)
            finally:
                self.connected = False  # the connection went with the failed send

    producer = Dropping([True, False])
    api = _api(producer)
    request, items = _bulk(*_docs())
    assert await api._accept(request, items) is None
    assert _statuses(items) == [201, 201, 429, 429] and len(producer.sends) == 1


def test_the_retry_count_must_not_be_negative() -> None:
    with pytest.raises(ValueError, match="greater than or equal to 0"):
        EsBulkConfig(partial_retries=-1)
