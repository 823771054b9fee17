"""Several raw messages processed as one batch (BatchPipeline.process_group) give what each alone gives.

The group is how a processor takes the small messages already waiting
(``process.max_group_messages``): decode and ids stay per message (each its own
envelope, tenant and request), the rest runs once, and every dead letter still
names the message it came from.
"""

from __future__ import annotations

from typing import Any

import orjson

from pipeline.process.config import StatsConfig
from pipeline.process.pipeline import BatchPipeline, RawMessage
from pipeline.process.stats import RollingStats, SeriesKey
from pipeline.redact import Redactor
from schemas.raw import FORMAT_OTLP_JSON, FORMAT_RECORDS_JSON, RawEnvelope

NOW = 1_795_428_000_000_000_000


def _logs(service: str, *bodies: str, severity: str = "INFO") -> bytes:
    resource = {"attributes": [{"key": "service.name", "value": {"stringValue": service}}]}
    records = [{"timeUnixNano": str(NOW - i * 10**6), "severityText": severity, "body": {"stringValue": body}}
               for i, body in enumerate(bodies)]
    return orjson.dumps({"resourceLogs": [{"resource": resource, "scopeLogs": [{"logRecords": records}]}]})


def _message(value: bytes, key: bytes, request: str, tenant: str | None = None, fmt: str = FORMAT_OTLP_JSON) -> RawMessage:
    return RawMessage(RawEnvelope(fmt, NOW, tenant=tenant, request=request).headers(), value, key)


def _pipeline(transforms: list[Any] | None = None) -> BatchPipeline:
    return BatchPipeline(RollingStats(StatsConfig()), [Redactor().transform] if transforms is None else transforms)


MESSAGES = [
    _message(_logs("cart", "added sku 17", "password=hunter2hunter2 rejected"), b"cart", "r1.0", tenant="acme"),
    _message(_logs("pay", "charged card", "declined", severity="ERROR"), b"pay", "r2.0", tenant="globex"),
    _message(_logs("cart", "added sku 18"), b"cart", "r3.0", tenant="acme"),
]


def test_a_group_gives_what_its_messages_give_one_by_one() -> None:
    alone, together = _pipeline(), _pipeline()
    one_by_one = [alone.process("logs", m.headers, m.value, m.key, NOW) for m in MESSAGES]
    grouped = together.process_group("logs", MESSAGES, NOW)
    assert grouped.failed == [] and grouped.rejected == []
    assert [r["id"] for r in grouped.records] == [r["id"] for p in one_by_one for r in p.records]
    assert [r["sightline.tenant"] for r in grouped.records] == ["acme", "acme", "globex", "globex", "acme"]
    assert "hunter2hunter2" not in orjson.dumps(grouped.records).decode()
    # one clean value per key, each holding that key's lines in order
    assert [key for key, _ in grouped.values] == [b"cart", b"pay"]
    lines = {key: value.split(b"\n") for key, value in grouped.values}
    assert lines[b"cart"] == [line for i in (0, 2) for v in one_by_one[i].values for line in v.split(b"\n")]
    assert lines[b"pay"] == [line for v in one_by_one[1].values for line in v.split(b"\n")]
    # the same statistics, byte for byte
    assert together.stats is not None and alone.stats is not None
    assert {key.service for key in together.stats.series} == {"cart", "pay"}
    assert together.stats.series.keys() == alone.stats.series.keys()
    for key, series in together.stats.series.items():
        assert series.to_bytes() == alone.stats.series[key].to_bytes()
    assert together.stats.read(SeriesKey("log", "cart", "INFO"), "5m", NOW).count == 3


def test_an_undecodable_message_fails_alone_and_is_named() -> None:
    bad = _message(b"{not json", b"cart", "r9.0")
    grouped = _pipeline().process_group("logs", [MESSAGES[0], bad, MESSAGES[1]], NOW)
    assert [(i, e.reason) for i, e in grouped.failed] == [(1, "invalid_json")]
    assert len(grouped.records) == 4


def test_a_record_a_transform_fails_is_set_aside_with_its_message() -> None:
    def picky(signal: str, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for record in records:
            if record["message"] == "declined":
                raise ValueError("cannot take this one")
        return records

    grouped = _pipeline([picky]).process_group("logs", MESSAGES, NOW)
    assert [(i, r.reason) for i, r in grouped.rejected] == [(1, "transform_failed")]
    assert [r["message"] for r in grouped.records] == ["added sku 17", "password=hunter2hunter2 rejected",
                                                       "charged card", "added sku 18"]


def test_a_transform_that_makes_new_records_runs_message_by_message() -> None:
    calls: list[int] = []

    def copying(signal: str, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        calls.append(len(records))
        return [dict(r, copied=True) for r in records][::-1]  # new records, another order

    grouped = _pipeline([copying]).process_group("logs", MESSAGES, NOW)
    assert calls == [5, 2, 2, 1]  # tried on all, then each message alone: no record changes message
    assert [(r["message"], r["sightline.tenant"]) for r in grouped.records] == [
        ("password=hunter2hunter2 rejected", "acme"), ("added sku 17", "acme"),
        ("declined", "globex"), ("charged card", "globex"), ("added sku 18", "acme")]
    assert all(r["copied"] for r in grouped.records)


def test_records_json_messages_group_too() -> None:
    values = [orjson.dumps([{"service.name": "batch", "time_unix_nano": NOW, "message": f"job {i} done"}]) for i in range(3)]
    messages = [_message(v, b"batch", f"q{i}.0", fmt=FORMAT_RECORDS_JSON) for i, v in enumerate(values)]
    grouped = _pipeline().process_group("logs", messages, NOW)
    assert [r["message"] for r in grouped.records] == ["job 0 done", "job 1 done", "job 2 done"]
    assert len(grouped.values) == 1 and grouped.values[0][1].count(b"\n") == 2


def test_messages_of_several_partitions_group_and_each_series_keeps_its_partition() -> None:
    # cart's messages came from partition 2, pay's from 5: one batch, each series on its records'
    # partition (where its changelog entries go), what each message gives alone otherwise
    alone, together = _pipeline(), _pipeline()
    partitions = [2, 5, 2]
    one_by_one = [alone.process("logs", m.headers, m.value, m.key, NOW, p) for m, p in zip(MESSAGES, partitions, strict=True)]
    grouped = together.process_group("logs", MESSAGES, NOW, partitions)
    assert together.stats is not None and alone.stats is not None
    assert together.stats.partition_of == alone.stats.partition_of
    assert {key.service: p for key, p in together.stats.partition_of.items()} == {"cart": 2, "pay": 5}
    for key, series in together.stats.series.items():
        assert series.to_bytes() == alone.stats.series[key].to_bytes()
    assert sorted(r["id"] for r in grouped.records) == sorted(r["id"] for p in one_by_one for r in p.records)
    lines = {key: value.split(b"\n") for key, value in grouped.values}
    assert lines[b"cart"] == [line for i in (0, 2) for v in one_by_one[i].values for line in v.split(b"\n")]
    assert sorted({p for p, _, _ in together.stats.take_dirty()}) == [2, 5]


def test_a_record_the_statistics_refuse_is_set_aside_with_its_message_whatever_its_partition() -> None:
    pipeline = _pipeline(transforms=[])
    assert pipeline.stats is not None
    real = pipeline.stats.update

    def picky(signal: str, records: list[dict[str, Any]], now_ns: int, partition: int = 0) -> Any:
        if any(r.get("message") == "declined" for r in records):
            raise ValueError("cannot count this one")
        return real(signal, records, now_ns, partition)

    pipeline.stats.update = picky  # type: ignore[method-assign]
    grouped = pipeline.process_group("logs", MESSAGES, NOW, [2, 5, 2])
    assert [(i, r.reason) for i, r in grouped.rejected] == [(1, "stats_failed")]
    assert len(grouped.records) == 4
    assert {key.service: p for key, p in pipeline.stats.partition_of.items()} == {"cart": 2, "pay": 5}
