"""Log shippers with an Elasticsearch output, pointed at the ingestor: probes, bulk bodies, answers.

Each test replays what one shipper sends (its probe sequence and its bulk
body, as its source and docs describe them) and reads the records back from
the raw logs topic.  The official Elasticsearch Python client is used as a
real client too: it refuses any answer without ``X-Elastic-Product``.
"""

from __future__ import annotations

import asyncio
import base64
import gzip
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import orjson
import pytest
from elasticsearch import AsyncElasticsearch

from pipeline.config import Config
from pipeline.embedded import free_port
from schemas.raw import FORMAT_RECORDS_JSON, RawEnvelope
from tests.helpers import eventually
from tests.integration.test_ingest_otlp import Start, read_raw, start_ingest

pytestmark = pytest.mark.integration
__all__ = ["start_ingest"]  # the fixture, shared with the OTLP tests

NDJSON = {"Content-Type": "application/x-ndjson"}


async def records(cfg: Config, count: int) -> list[tuple[str, RawEnvelope, dict[str, Any]]]:
    """(key, envelope, record) for at least ``count`` records on the raw logs topic."""
    out: list[tuple[str, RawEnvelope, dict[str, Any]]] = []
    for message in await read_raw(cfg, cfg.kafka.topics.logs_raw, 1, timeout=10):
        envelope = RawEnvelope.from_headers(message.headers)
        assert envelope.format == FORMAT_RECORDS_JSON
        out.extend((message.key.decode(), envelope, r) for r in orjson.loads(message.value))
    if len(out) < count:  # more messages than one: read again for all of them
        out = []
        for message in await read_raw(cfg, cfg.kafka.topics.logs_raw, 64, timeout=2):
            envelope = RawEnvelope.from_headers(message.headers)
            out.extend((message.key.decode(), envelope, r) for r in orjson.loads(message.value))
    return out


def ndjson(*lines: Any) -> bytes:
    return b"".join(orjson.dumps(line) + b"\n" for line in lines)


class Shipper:
    """An HTTP client that records every answer's status and checks the product header."""

    def __init__(self, base: str, http: aiohttp.ClientSession, headers: dict[str, str] | None = None) -> None:
        self.base, self.http, self.headers = base, http, headers or {}

    async def call(self, method: str, path: str, body: bytes | None = None, **headers: str) -> tuple[int, Any]:
        async with self.http.request(method, self.base + path, data=body, headers={**self.headers, **headers}) as resp:
            assert resp.headers.get("X-Elastic-Product") == "Elasticsearch", (method, path)
            raw = await resp.read()
            if method == "HEAD" or not raw:
                return resp.status, None
            return resp.status, orjson.loads(raw) if resp.content_type.endswith("json") else raw.decode()


@pytest.fixture
async def shipper(start_ingest: Start) -> AsyncIterator[tuple[Config, Shipper]]:
    cfg, ingest, _ = await start_ingest()
    async with aiohttp.ClientSession() as http:
        yield cfg, Shipper(f"http://127.0.0.1:{ingest.http_port}", http)


def _ok_bulk(answer: dict[str, Any], action: str, count: int) -> None:
    assert answer["errors"] is False, answer
    assert [next(iter(item)) for item in answer["items"]] == [action] * count
    assert all(next(iter(item.values()))["status"] == 201 for item in answer["items"])


async def test_filebeat(shipper: tuple[Config, Shipper]) -> None:
    cfg, es = shipper
    status, root = await es.call("GET", "/")
    assert status == 200 and root["version"]["number"].startswith("8.") and root["version"]["build_flavor"] == "default"
    status, lic = await es.call("GET", "/_license?human=false")
    assert status == 200 and lic["license"]["status"] == "active"
    assert (await es.call("HEAD", "/_index_template/filebeat-8.17.0"))[0] == 200
    assert (await es.call("GET", "/_ilm/policy/filebeat"))[0] == 200
    status, ack = await es.call("PUT", "/_index_template/filebeat-8.17.0", b'{"index_patterns":["filebeat-8.17.0"]}',
                                **{"Content-Type": "application/json"})
    assert status == 200 and ack == {"acknowledged": True}
    assert (await es.call("GET", "/_data_stream/filebeat-8.17.0"))[0] == 200
    body = ndjson(
        {"create": {"_index": "filebeat-8.17.0"}},
        {"@timestamp": "2026-11-23T10:00:01.500Z", "message": "GET /cart 500", "log": {"file": {"path": "/var/log/app.log"}, "offset": 0},
         "input": {"type": "filestream"}, "host": {"name": "web-1"}, "agent": {"type": "filebeat", "version": "8.17.0"},
         "ecs": {"version": "8.0.0"}, "service": {"name": "cart"}},
    )
    status, answer = await es.call("POST", "/_bulk?filter_path=errors,items.*.error,items.*.status", gzip.compress(body),
                                   **NDJSON, **{"Content-Encoding": "gzip"})
    assert status == 200
    _ok_bulk(answer, "create", 1)
    [(key, _, record)] = await records(cfg, 1)
    assert key == "cart" and record["service.name"] == "cart"
    assert record["message"] == "GET /cart 500" and record["@timestamp"] == "2026-11-23T10:00:01.500Z"
    assert record["attributes"]["log"] == {"file": {"path": "/var/log/app.log"}, "offset": 0}
    assert record["attributes"]["elasticsearch.index"] == "filebeat-8.17.0"


async def test_logstash(shipper: tuple[Config, Shipper]) -> None:
    cfg, es = shipper
    assert (await es.call("HEAD", "/"))[0] == 200
    assert (await es.call("GET", "/"))[1]["tagline"] == "You Know, for Search"
    assert (await es.call("GET", "/_license"))[0] == 200
    status, xpack = await es.call("GET", "/_xpack")
    assert status == 200 and xpack["features"]["ilm"]["available"] is True
    assert (await es.call("HEAD", "/_index_template/ecs-logstash"))[0] == 200
    assert (await es.call("GET", "/_ilm/policy/logstash-policy"))[0] == 200
    assert (await es.call("HEAD", "/logstash"))[0] == 200
    body = ndjson(
        {"index": {"_id": None, "_index": "logstash-2026.11.23", "routing": None}},
        {"@timestamp": "2026-11-23T10:00:02Z", "@version": "1", "message": "user logged in", "level": "INFO",
         "host": {"name": "h"}, "event": {"original": "user logged in"}, "app": "auth"},
        {"index": {"_index": "logstash-2026.11.23", "_type": "_doc"}},
        {"@timestamp": "2026-11-23T10:00:03Z", "message": "user logged out", "app": "auth"},
    )
    status, answer = await es.call("POST", "/_bulk?filter_path=errors,items.*.error,items.*.status", body, **NDJSON)
    assert status == 200
    _ok_bulk(answer, "index", 2)
    got = sorted(r["message"] for _, _, r in await records(cfg, 2))
    assert got == ["user logged in", "user logged out"]


async def test_vector(shipper: tuple[Config, Shipper]) -> None:
    cfg, es = shipper
    status, root = await es.call("GET", "/")
    assert int(root["version"]["number"].split(".")[0]) == 8  # api_version: auto
    status, health = await es.call("GET", "/_cluster/health")
    assert status == 200 and health["status"] == "green"
    body = ndjson(
        {"create": {"_index": "logs-generic-default", "pipeline": "parse-nginx"}},
        {"@timestamp": "2026-11-23T10:00:04.000000001Z", "message": "upstream timed out", "host": "proxy-1",
         "source_type": "file", "file": "/var/log/nginx/error.log", "severity": "error", "service": "nginx"},
    )
    status, answer = await es.call("POST", "/_bulk?timeout=60s", gzip.compress(body), **NDJSON, **{"Content-Encoding": "gzip"})
    assert status == 200
    _ok_bulk(answer, "create", 1)
    [(key, _, record)] = await records(cfg, 1)
    assert key == "nginx" and record["severity_text"] == "ERROR" and record["time_unix_nano"] % 10 == 1


async def test_fluent_bit_and_syslog_ng(shipper: tuple[Config, Shipper]) -> None:
    cfg, es = shipper
    fluent = ndjson(
        {"index": {"_index": "fluent-bit", "_type": "_doc"}},
        {"@timestamp": "2026-11-23T10:00:05.000Z", "log": "line from fluent bit\n", "stream": "stdout",
         "kubernetes": {"pod_name": "api-7d9", "namespace_name": "prod"}},
    )
    status, answer = await es.call("POST", "/_bulk", fluent, **NDJSON)
    assert status == 200
    _ok_bulk(answer, "index", 1)
    syslog = ndjson(
        {"index": {"_index": "syslog-ng", "_type": "_doc"}},
        {"MESSAGE": "Failed password for root", "HOST": "bastion", "PROGRAM": "sshd", "PRIORITY": "err",
         "ISODATE": "2026-11-23T10:00:06+00:00"},
    )
    status, answer = await es.call("PUT", "/syslog-ng/_bulk", syslog, **NDJSON)
    assert status == 200
    _ok_bulk(answer, "index", 1)
    got = {r["message"]: r for _, _, r in await records(cfg, 2)}
    assert got["line from fluent bit\n"]["attributes"]["kubernetes"]["pod_name"] == "api-7d9"
    assert "PROGRAM" not in got["Failed password for root"]["attributes"]
    assert got["Failed password for root"]["service.name"] == "sshd"  # the program, as no service is named


async def test_rsyslog_bulk_and_single_documents(shipper: tuple[Config, Shipper]) -> None:
    cfg, es = shipper
    assert (await es.call("HEAD", "/_cat/health"))[0] == 200
    status, text = await es.call("GET", "/_cat/health")
    assert status == 200 and "green" in text
    body = ndjson(
        {"index": {"_index": "system", "_type": "events"}},
        {"timestamp": "2026-11-23T10:00:07+00:00", "host": "h", "severity": "warning", "facility": "auth",
         "syslog-tag": "sshd[1]:", "source": "sshd", "msg": " failed password"},
    ) + b"\n\n"  # trailing blank lines
    status, answer = await es.call("POST", "/_bulk", body, **NDJSON)
    assert status == 200
    _ok_bulk(answer, "index", 1)
    status, single = await es.call("POST", "/system/events", orjson.dumps({"msg": "one at a time", "app": "cron"}),
                                   **{"Content-Type": "application/json"})
    assert status == 201 and single["result"] == "created" and single["_index"] == "system"
    got = {r["message"]: r for _, _, r in await records(cfg, 2)}
    assert got[" failed password"]["severity_text"] == "WARN"
    assert got["one at a time"]["service.name"] == "cron"


async def test_official_python_client(shipper: tuple[Config, Shipper]) -> None:
    cfg, es = shipper
    client = AsyncElasticsearch(es.base)
    try:
        info = await client.info()
        assert info["version"]["number"].startswith("8.")
        answer = await client.bulk(operations=[
            {"index": {"_index": "py"}}, {"message": "from the client", "service.name": "py-app"},
            {"delete": {"_index": "py", "_id": "1"}},
        ])
        assert answer["errors"] is False
        assert answer["items"][0]["index"]["status"] == 201
        assert answer["items"][1]["delete"]["result"] == "not_found"
        assert (await client.indices.refresh(index="py"))["_shards"]["failed"] == 0
        assert (await client.cluster.health())["status"] == "green"
    finally:
        await client.close()
    [(key, _, record)] = await records(cfg, 1)
    assert key == "py-app" and record["message"] == "from the client"


async def test_bad_documents_are_refused_per_item_and_bad_actions_per_request(shipper: tuple[Config, Shipper]) -> None:
    cfg, es = shipper
    body = (
        ndjson({"index": {"_index": "x"}}, {"message": "good one", "app": "a"})
        + b'{"index": {"_index": "x"}}\n{broken json\n'
        + ndjson({"create": {"_index": "x"}}, {"message": "bad time", "@timestamp": "noon"})
        + ndjson({"update": {"_index": "x", "_id": "7"}}, {"script": "ctx._source.x = 1"})
    )
    status, answer = await es.call("POST", "/_bulk", body, **NDJSON)
    assert status == 200 and answer["errors"] is True
    statuses = [next(iter(item.values()))["status"] for item in answer["items"]]
    assert statuses == [201, 400, 400, 400]
    errors = [next(iter(item.values())).get("error", {}) for item in answer["items"]]
    assert errors[1]["type"] == "document_parsing_exception" and "failed to parse" in errors[1]["reason"]
    assert "noon" in errors[2]["reason"] and "doc" in errors[3]["reason"]
    status, answer = await es.call("POST", "/_bulk", b'{"index": {}}\n{"message": "x"}\nnot an action\n', **NDJSON)
    assert status == 400 and answer["error"]["type"] == "illegal_argument_exception"
    assert "Malformed action/metadata line [3]" in answer["error"]["reason"]
    status, answer = await es.call("GET", "/nope/_search")
    assert status in (404, 405)  # not ours to answer, but still with the product header
    [(_, _, record)] = await records(cfg, 1)
    assert record["message"] == "good one"


async def test_under_pressure_the_request_is_refused_whole_when_nothing_was_produced(start_ingest: Start) -> None:
    # Kafka unreachable: nothing produced, so the request is refused whole (503, Retry-After), as Elasticsearch
    # answers when it cannot take writes; every shipper retries that, also those that read only the status
    # (syslog-ng's elasticsearch-http() dropped a 200 whose items were all 429). Items answer 429 one by one only
    # when Kafka took part of the request (tests/unit: the esbulk receiver's partial acknowledgement).
    _, down, registry = await start_ingest(wait_ready=False, **{"kafka.bootstrap_servers": f"127.0.0.1:{free_port()}"})
    async with aiohttp.ClientSession() as http:
        es = Shipper(f"http://127.0.0.1:{down.http_port}", http)
        body = ndjson({"index": {"_index": "a"}}, {"message": "m1"}, {"create": {"_index": "a"}}, {"message": "m2"})
        async with http.post(es.base + "/_bulk", data=body, headers=NDJSON) as resp:
            status, answer, retry_after = resp.status, await resp.json(), resp.headers.get("Retry-After")
    assert status == 503 and retry_after == "5", (status, answer)
    assert answer["status"] == 503 and "kafka unavailable" in answer["error"]["reason"]
    assert registry.get_sample_value("sightline_ingest_rejected_records_total", {"signal": "logs", "reason": "throttled"}) == 2
    async with aiohttp.ClientSession() as http:  # our own JSON-logs endpoint refuses the request as a whole
        async with http.post(f"http://127.0.0.1:{down.http_port}/api/v1/logs", data=b'{"msg": "x"}') as resp:
            assert resp.status == 503 and resp.headers["Retry-After"] == "5"
            assert "kafka unavailable" in (await resp.json())["error"]

    # At the in-flight byte limit: refused whole (429) from its headers, before its body is read,
    # while the request holding the bytes still succeeds.
    cfg, ingest, _ = await start_ingest(**{"ingest.max_in_flight_bytes": 1024})
    release = asyncio.Event()
    held_body = ndjson({"index": {"_index": "a"}}, {"message": "held", "app": "slow", "pad": "p" * 800})

    async def slow() -> AsyncIterator[bytes]:
        yield held_body[:4]
        await release.wait()
        yield held_body[4:]

    async with aiohttp.ClientSession() as http:
        es = Shipper(f"http://127.0.0.1:{ingest.http_port}", http)
        headers = {**NDJSON, "Content-Length": str(len(held_body))}
        held = asyncio.ensure_future(http.post(es.base + "/_bulk", data=slow(), headers=headers))

        async def holding() -> bool:
            return ingest.receiver.in_flight_bytes == len(held_body)

        await eventually(holding, timeout=5, interval=0.02)
        # headers only, the body never sent: the answer comes anyway
        reader, writer = await asyncio.open_connection("127.0.0.1", ingest.http_port)
        writer.write(b"POST /_bulk HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\n"
                     b"Content-Length: 500\r\n\r\n")
        await writer.drain()
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
        assert head.startswith(b"HTTP/1.1 429") and b"Retry-After: 5" in head
        writer.close()
        release.set()
        resp = await held
        assert resp.status == 200 and (await resp.json())["errors"] is False
        resp.release()
    [(key, _, record)] = await records(cfg, 1)
    assert key == "slow" and record["message"] == "held"


async def test_auth_on_the_elasticsearch_api(start_ingest: Start) -> None:
    cfg, ingest, _ = await start_ingest(**{"ingest.auth.keys": {"shippers": "shipper-key-0123"}})
    async with aiohttp.ClientSession() as http:
        es = Shipper(f"http://127.0.0.1:{ingest.http_port}", http)
        status, answer = await es.call("GET", "/")
        assert status == 401 and answer["error"]["type"] == "security_exception"
        api_key = base64.b64encode(b"id1:shipper-key-0123").decode()
        assert (await es.call("GET", "/", Authorization=f"ApiKey {api_key}"))[0] == 200
        basic = base64.b64encode(b"elastic:shipper-key-0123").decode()
        body = ndjson({"index": {"_index": "a"}}, {"message": "with basic auth"})
        status, answer = await es.call("POST", "/_bulk", body, Authorization=f"Basic {basic}", **NDJSON)
        assert status == 200 and answer["errors"] is False
    [(_, envelope, record)] = await records(cfg, 1)
    assert envelope.tenant == "shippers" and record["message"] == "with basic auth"


async def test_json_logs_endpoint_configured_mapping_and_limits(start_ingest: Start) -> None:
    cfg, ingest, registry = await start_ingest(**{
        "ingest.json_mapping.message": ["text"], "ingest.json_mapping.service": ["component"],
        "ingest.max_attributes": 2, "ingest.max_attribute_value_length": 3,
    })
    url = f"http://127.0.0.1:{ingest.http_port}/api/v1/logs"
    lines = [{"text": "custom field", "component": "billing", "a": "abcdef", "b": 1, "c": 2}, {"text": "x", "time": "noon"}]
    async with aiohttp.ClientSession() as http:
        async with http.post(url, data=b"\n".join(orjson.dumps(line) for line in lines)) as resp:
            assert resp.status == 200
            answer = await resp.json()
    assert answer["accepted"] == 1 and answer["rejected"][0]["line"] == 2 and "noon" in answer["rejected"][0]["reason"]
    [(key, _, record)] = await records(cfg, 1)
    assert key == "billing" and record["message"] == "custom field"
    assert record["attributes"] == {"a": "abc", "b": 1} and record["dropped_attributes_count"] == 1
    assert registry.get_sample_value("sightline_ingest_limited_attributes_total", {"signal": "logs", "limit": "value_length"}) == 1
