"""Clean-topic messages as the processors write them (NDJSON lines led by id and time) and as others might."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import orjson
import xxhash
from prometheus_client import CollectorRegistry

from pipeline.config import load_config
from pipeline.process.pipeline import pack_lines
from pipeline.sinks.elasticsearch import ElasticsearchSink
from schemas.records import encode_lines, line_head, record_id

TS = "2026-11-23T10:00:00.000Z"


def records() -> list[dict[str, Any]]:
    return [
        {"@timestamp": TS, "service.name": "checkout", "message": f"order {i} ok", "observed_time_unix_nano": 5 + i,
         "attributes": {"id": "not-the-record-id", "@timestamp": "nested, not the time"}}
        for i in range(3)
    ]


def message(value: bytes) -> Any:
    return SimpleNamespace(topic="t.logs", partition=0, offset=7, key=b"checkout", value=value)


def sink_with_deadletters() -> tuple[ElasticsearchSink, list[str]]:
    sink = ElasticsearchSink(load_config(environ={}, overrides={"elasticsearch.index_prefix": "acme"}), CollectorRegistry())
    sink.mode = "daily"
    dead: list[str] = []

    async def deadletter(msg: Any, reason: str, record: Any = None) -> None:
        dead.append(reason)

    sink._deadletter_raw = deadletter  # type: ignore[method-assign]
    return sink, dead


def test_lines_carry_the_content_id_and_round_trip() -> None:
    recs = records()
    lines = encode_lines(recs)
    for rec, line in zip(recs, lines, strict=True):
        assert rec["id"] == record_id(rec)  # the same id the record had always had
        assert line_head(line) == (rec["id"], TS)  # nested "id" and "@timestamp" keys do not confuse it
        assert orjson.loads(line) == rec
    # the observed time is not content: a re-sent record keeps its id
    again = records()
    again[0]["observed_time_unix_nano"] = 999
    assert encode_lines(again)[0] != lines[0] and again[0]["id"] == recs[0]["id"]
    assert line_head(b'{"@timestamp":"x","id":"ab"}') is None  # any other layout is parsed instead


async def test_processor_lines_are_indexed_as_they_are() -> None:
    recs = records()
    [value] = pack_lines(encode_lines(recs), 1_000_000)
    sink, dead = sink_with_deadletters()
    pending = await sink._docs_of("logs", message(value))
    assert dead == [] and [p.index for p in pending] == ["acme-logs-2026.11.23"] * 3
    for p, rec in zip(pending, recs, strict=True):
        action, doc, end = p.operation.split(b"\n")
        assert orjson.loads(action) == {"create": {"_index": "acme-logs-2026.11.23", "_id": rec["id"]}}
        assert orjson.loads(doc) == rec and end == b""
        assert p.document() == rec  # parsed only when the dead-letter topic needs it


async def test_foreign_lines_are_parsed_checked_and_bad_ones_deadlettered() -> None:
    good = {"id": "x1", "@timestamp": TS, "message": "written by hand, keys in any order"}
    value = b"\n".join([orjson.dumps(good), b"{not json", orjson.dumps({"message": "no id"}), b""])
    sink, dead = sink_with_deadletters()
    pending = await sink._docs_of("logs", message(value))
    assert [p.document() for p in pending] == [good]
    assert len(dead) == 2 and "undecodable" in dead[0] and "lacks id" in dead[1]
    # a JSON array (the format before NDJSON, still in old topic data) is read too
    pending = await sink._docs_of("logs", message(orjson.dumps([good])))
    assert [p.document() for p in pending] == [good]


def test_pack_lines_bounds_message_size() -> None:
    lines = encode_lines(records() * 40)
    values = pack_lines(lines, 2_000)
    assert all(len(v) <= 2_000 for v in values) and b"\n".join(values) == b"\n".join(lines)


def _reference_line(rec: dict[str, Any], origin: str, place: int) -> tuple[str, bytes]:
    """The documented layout, built the plain way: the id hashes the sorted JSON without id and observed time
    (then ``\\0origin.place`` with an origin); the line is that JSON with id, then observed time, put first."""
    content = {k: v for k, v in rec.items() if k not in ("id", "observed_time_unix_nano")}
    body = orjson.dumps(content, option=orjson.OPT_SORT_KEYS, default=str)
    tail = f"\0{origin}.{place}".encode() if origin else b""
    rid = xxhash.xxh3_128_hexdigest(body + tail)
    head = {"id": rid}
    if "observed_time_unix_nano" in rec:
        head["observed_time_unix_nano"] = rec["observed_time_unix_nano"]
    lead = orjson.dumps(head)
    return rid, lead[:-1] + (b"," + body[1:] if len(body) > 2 else b"}")


def test_lines_match_the_documented_layout_byte_for_byte() -> None:
    recs: list[dict[str, Any]] = [
        {}, {"observed_time_unix_nano": 7}, {"id": "stale", "b": 1, "a": {"z": [{"y": 1}, {"x": "},{"}]}},
        {"message": "é \u2028 \"q\"", "observed_time_unix_nano": 12, "n": 2**63 - 1, "f": 0.1, "t": True, "none": None},
        *records(),
    ]
    for origin in ("", "3f2a.0"):
        batch = [dict(r) for r in recs]
        expected = [_reference_line(r, origin, i) for i, r in enumerate(batch)]
        lines = encode_lines(batch, origin)
        assert lines == [line for _, line in expected]
        assert [r["id"] for r in batch] == [rid for rid, _ in expected]
        for rec, line in zip(batch, lines, strict=True):
            assert orjson.loads(line) == rec


def test_ids_hash_every_place_of_a_long_message() -> None:
    # a message of 5,000 identical records: each id hashes its own place, written in decimal, past any table
    batch = [{"message": "same"} for _ in range(5_000)]
    encode_lines(batch, "3f2a.7")
    assert [r["id"] for r in batch] == [_reference_line({"message": "same"}, "3f2a.7", i)[0] for i in range(5_000)]
    assert len({r["id"] for r in batch}) == 5_000
