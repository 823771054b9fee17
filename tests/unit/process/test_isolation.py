"""A bad record costs only itself (issue #15): the step that fails it sets it aside, its siblings go on.

Real failing inputs, each as an ingestor could have produced it before it
checked them (or a producer writing the raw topic directly): a time past
int64, a NaN histogram, a wrong-typed OTLP/JSON field, a record lacking its
service, a Prometheus sample a thousand centuries ahead.
"""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from hypothesis import given, seed, settings
from hypothesis import strategies as st

from pipeline.config import load_config
from pipeline.process.config import StatsConfig
from pipeline.process.decode import DecodeError
from pipeline.process.findings import Findings, Settings
from pipeline.process.findings.base import Source
from pipeline.process.otlp_records import REQUEST_TYPES
from pipeline.process.pipeline import BatchPipeline, Processed
from pipeline.process.split import split_payload
from pipeline.process.stats import RollingStats
from pipeline.redact import Redactor
from schemas.prometheus import WriteRequest
from schemas.raw import (
    FORMAT_OTLP_JSON,
    FORMAT_OTLP_PROTO,
    FORMAT_PROM_WRITE,
    FORMAT_RECORDS_JSON,
    RawEnvelope,
)

NOW = 1_795_428_000_000_000_000
SERVICE = {"attributes": [{"key": "service.name", "value": {"stringValue": "rp"}}]}


def _pipeline() -> BatchPipeline:
    return BatchPipeline(RollingStats(StatsConfig()), [Redactor().transform])


def _run(signal: str, fmt: str, value: bytes, pipe: BatchPipeline | None = None, request: str | None = "d1.0") -> Processed:
    headers = RawEnvelope(fmt, NOW, request=request).headers()
    return (pipe or _pipeline()).process(signal, headers, value, b"rp", NOW)


def _otlp_logs(*records: dict[str, Any]) -> bytes:
    return orjson.dumps({"resourceLogs": [{"resource": SERVICE, "scopeLogs": [{"logRecords": list(records)}]}]})


def _log(body: str, **extra: Any) -> dict[str, Any]:
    return {"timeUnixNano": str(NOW), "body": {"stringValue": body}, **extra}


def _messages(result: Processed) -> list[str]:
    return [r["message"] for r in result.records]


def test_a_time_past_int64_is_set_aside_alone() -> None:
    value = _otlp_logs(_log("good 1"), _log("huge", timeUnixNano="18446744073709551615"), _log("good 2"))
    result = _run("logs", FORMAT_OTLP_JSON, value)
    assert _messages(result) == ["good 1", "good 2"]
    assert len(result.values) == 1 and [orjson.loads(x)["message"] for x in result.values[0].split(b"\n")] == [
        "good 1", "good 2"]
    [bad] = result.rejected
    assert bad.reason == "stats_failed" and "OverflowError" in bad.message
    assert orjson.loads(bad.payload)["message"] == "huge"


def test_a_nan_histogram_costs_only_itself() -> None:
    # the request of issue #15: a good gauge beside a histogram with a NaN sum and a NaN bound
    value = orjson.dumps({"resourceMetrics": [{"resource": SERVICE, "scopeMetrics": [{"metrics": [
        {"name": "rp.good", "gauge": {"dataPoints": [{"asDouble": 1, "timeUnixNano": str(NOW)}]}},
        {"name": "rp.hist", "histogram": {"aggregationTemporality": 2, "dataPoints": [
            {"count": "3", "sum": "NaN", "explicitBounds": ["NaN"], "bucketCounts": ["1", "2"],
             "timeUnixNano": str(NOW)}]}},
    ]}]}]})
    result = _run("metrics", FORMAT_OTLP_JSON, value)
    assert [r["name"] for r in result.records] == ["rp_good"]
    [bad] = result.rejected
    assert bad.reason == "stats_failed"
    assert orjson.loads(bad.payload)["name"] == "rp_hist"


def test_a_wrong_typed_field_fails_its_record_at_decode() -> None:
    value = _otlp_logs(_log("good"), {"body": {"intValue": "abc"}}, _log("good too"))
    result = _run("logs", FORMAT_OTLP_JSON, value)
    assert _messages(result) == ["good", "good too"]
    [bad] = result.rejected
    assert bad.reason == "invalid_shape"
    # the dead-lettered piece is the bad record alone, in its resource and scope
    piece = orjson.loads(bad.payload)
    assert piece["resourceLogs"][0]["resource"] == SERVICE
    assert piece["resourceLogs"][0]["scopeLogs"][0]["logRecords"] == [{"body": {"intValue": "abc"}}]


def test_records_json_record_without_service_is_set_aside() -> None:
    value = orjson.dumps([
        {"service.name": "a", "time_unix_nano": NOW, "message": "good"},
        {"time_unix_nano": NOW, "message": "no service"},
        {"service.name": "a", "time_unix_nano": 2**63 + 5, "message": "past int64"},
    ])
    result = _run("logs", FORMAT_RECORDS_JSON, value)
    assert _messages(result) == ["good"]
    assert sorted(r.reason for r in result.rejected) == ["invalid_shape", "stats_failed"]


def test_otlp_protobuf_record_past_int64_is_set_aside() -> None:
    request = REQUEST_TYPES["logs"]()
    rl = request.resource_logs.add()
    rl.resource.attributes.add(key="service.name").value.string_value = "rp"
    sl = rl.scope_logs.add()
    for body, when in (("good", NOW), ("huge", 2**64 - 1), ("good too", NOW)):
        rec = sl.log_records.add(time_unix_nano=when)
        rec.body.string_value = body
    result = _run("logs", FORMAT_OTLP_PROTO, request.SerializeToString())
    assert _messages(result) == ["good", "good too"]
    assert [r.reason for r in result.rejected] == ["stats_failed"]


def test_prometheus_series_far_in_the_future_is_set_aside() -> None:
    request = WriteRequest()
    for name, ts_ms in (("up", NOW // 1_000_000), ("far", 9 * 10**15), ("down", NOW // 1_000_000)):
        series = request.timeseries.add()
        series.labels.add(name="__name__", value=name)
        series.labels.add(name="job", value="rp")
        series.samples.add(value=1.0, timestamp=ts_ms)
    result = _run("metrics", FORMAT_PROM_WRITE, request.SerializeToString())
    assert [r["name"] for r in result.records] == ["up", "down"]
    [bad] = result.rejected
    # its time in ns does not fit JSON's 64-bit integers: the record cannot be written
    assert bad.reason == "encode_failed" and "64-bit" in bad.message


def _raising_on(word: str) -> Any:
    def refuse_word(signal: str, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for record in records:
            if word in record.get("message", ""):
                raise ValueError(f"cannot handle {record['message']!r}")
        return records

    return refuse_word


def test_a_transform_failing_on_one_record() -> None:
    pipe = BatchPipeline(RollingStats(StatsConfig()), [_raising_on("poison"), Redactor().transform])
    token = "ghp_" + "A1b2" * 9
    result = _run("logs", FORMAT_OTLP_JSON, _otlp_logs(_log("fine"), _log(f"poison {token}"), _log("fine too")), pipe)
    assert _messages(result) == ["fine", "fine too"]
    [bad] = result.rejected
    assert bad.reason == "transform_failed" and "refuse_word" in bad.message


def test_encoding_failure_keeps_twins_apart() -> None:
    # an int past 64 bits cannot be written as JSON: that record fails to encode; the identical
    # siblings still get distinct ids, the same on a replay
    def add_big(signal: str, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for record in records:
            if record["message"] == "big":
                record["attributes"]["n"] = 2**70
        return records

    value = _otlp_logs(_log("retrying"), _log("big"), _log("retrying"))
    runs = [_run("logs", FORMAT_OTLP_JSON, value, BatchPipeline(None, [add_big])) for _ in range(2)]
    for result in runs:
        assert _messages(result) == ["retrying", "retrying"]
        assert [r.reason for r in result.rejected] == ["encode_failed"]
    ids = [[r["id"] for r in result.records] for result in runs]
    assert ids[0][0] != ids[0][1] and ids[0] == ids[1]


def test_the_common_case_is_unchanged() -> None:
    value = _otlp_logs(_log("a"), _log("b"), _log("a"))
    result = _run("logs", FORMAT_OTLP_JSON, value)
    assert result.rejected == [] and _messages(result) == ["a", "b", "a"]
    assert len({r["id"] for r in result.records}) == 3


def test_a_message_that_cannot_be_cut_is_dead_lettered_whole() -> None:
    with pytest.raises(DecodeError) as err:
        _run("logs", FORMAT_OTLP_JSON, b"{not json")
    assert err.value.reason == "invalid_json"
    # every record failing: one dead letter for the message, not one per record
    with pytest.raises(DecodeError):
        _run("logs", FORMAT_OTLP_JSON, _otlp_logs({"body": {"intValue": "abc"}}, {"body": {"intValue": "x"}}))


def test_split_pieces_decode_to_the_whole_messages_records() -> None:
    value = orjson.dumps({"resourceMetrics": [{"resource": SERVICE, "scopeMetrics": [{"scope": {"name": "s"}, "metrics": [
        {"name": "g", "gauge": {"dataPoints": [{"asDouble": v, "timeUnixNano": str(NOW + v)} for v in (1, 2, 3)]}},
        {"name": "c", "sum": {"isMonotonic": True, "aggregationTemporality": 2,
                              "dataPoints": [{"asInt": "5", "timeUnixNano": str(NOW)}]}},
    ]}]}]})
    pieces = split_payload("metrics", FORMAT_OTLP_JSON, value)
    assert pieces is not None and len(pieces) == 4
    whole = _run("metrics", FORMAT_OTLP_JSON, value, BatchPipeline(None)).records
    parts = [r for p in pieces for r in _run("metrics", FORMAT_OTLP_JSON, p, BatchPipeline(None)).records]
    strip = [{k: v for k, v in r.items() if k != "id"} for r in whole]
    assert strip == [{k: v for k, v in r.items() if k != "id"} for r in parts]


def test_the_processor_step_never_raises_for_a_record() -> None:
    # a mix of everything above in one batch: only the good records survive, and nothing raises
    value = _otlp_logs(
        _log("ok"), _log("huge", timeUnixNano="18446744073709551615"), {"body": {"intValue": "abc"}}, _log("ok 2")
    )
    result = _run("logs", FORMAT_OTLP_JSON, value)
    assert _messages(result) == ["ok", "ok 2"]
    assert sorted(r.reason for r in result.rejected) == ["invalid_shape", "stats_failed"]


class _Picky(Source):
    """A finding source that cannot take records saying "poison" (or their statistics)."""

    name = "picky"

    def __init__(self, settings: Settings, ctx: Any) -> None:
        super().__init__(settings, ctx)
        self.seen: list[str] = []
        self.updates = 0

    def on_records(self, signal: str, records: Any) -> None:
        for record in records:
            if "poison" in record["message"]:
                raise ValueError("poison")
            self.seen.append(record["message"])

    def on_stats(self, updates: Any) -> None:
        for update in updates:
            if update.key.name == "ERROR":
                raise ValueError("no errors here")
            self.updates += 1

    def evaluate(self, now: float) -> list[Any]:
        return []


def test_a_finding_source_failing_on_one_record_sees_the_others() -> None:
    cfg = load_config(environ={})
    stats = RollingStats(cfg.process.stats)
    findings = Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), stats, sources=[_Picky])
    pipe = BatchPipeline(stats, [], [findings.on_stats], [findings.on_records])
    value = _otlp_logs(_log("a"), _log("poison"), _log("b"), _log("oops", severityNumber=17))
    result = _run("logs", FORMAT_OTLP_JSON, value, pipe)
    assert result.rejected == [] and len(result.records) == 4  # the records themselves are fine
    picky = findings.sources["picky"]
    assert isinstance(picky, _Picky)
    # the batch raised once, then one record at a time: all but the poison one, "a" twice at most
    assert [m for m in picky.seen if m != "a"] == ["b", "oops"] and 1 <= picky.seen.count("a") <= 2
    assert picky.updates >= 1  # the INFO series' update went through despite the ERROR one
    assert findings.failures["picky"] == 2  # one failure counted per call that raised: on_records, on_stats


_BAD = {  # a record each step fails on, and the reason it is set aside with
    "huge_time": (lambda i: _log(f"bad {i}", timeUnixNano="18446744073709551615"), "stats_failed"),
    "wrong_type": (lambda i: {"timeUnixNano": str(NOW), "body": {"intValue": f"x{i}"}}, "invalid_shape"),
    "bad_hex_id": (lambda i: _log(f"bad {i}", traceId="zz"), "invalid_shape"),
}


@seed(15)
@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.just("good"), st.sampled_from(sorted(_BAD))), min_size=1, max_size=12))
def test_every_record_is_kept_or_set_aside_exactly_once(kinds: list[str]) -> None:
    records = [_log(f"good {i}") if kind == "good" else _BAD[kind][0](i) for i, kind in enumerate(kinds)]
    value = _otlp_logs(*records)
    bad = [kind for kind in kinds if kind != "good"]
    if all(_BAD.get(kind, ("", ""))[1] == "invalid_shape" for kind in kinds):
        # not one record decodes: one dead letter for the message as it came
        with pytest.raises(DecodeError):
            _run("logs", FORMAT_OTLP_JSON, value)
        return
    result = _run("logs", FORMAT_OTLP_JSON, value)
    assert _messages(result) == [f"good {i}" for i, kind in enumerate(kinds) if kind == "good"]
    assert sorted(r.reason for r in result.rejected) == sorted(_BAD[k][1] for k in bad)
    assert len({r["id"] for r in result.records}) == len(result.records)


def test_a_record_too_large_to_produce_is_set_aside() -> None:
    pipe = BatchPipeline(RollingStats(StatsConfig()), max_message_bytes=9_000, max_record_bytes=10_000)
    result = _run("logs", FORMAT_OTLP_JSON, _otlp_logs(_log("small"), _log("x" * 20_000), _log("small too")), pipe)
    assert _messages(result) == ["small", "small too"]
    [bad] = result.rejected
    assert bad.reason == "too_large" and "10000" in bad.message
    assert all(len(v) <= 9_000 for v in result.values)
