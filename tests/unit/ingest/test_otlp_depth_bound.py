"""The protobuf parsers bound how deep an OTLP record can nest: the depth walk relies on it."""

from __future__ import annotations

import pytest
from google.protobuf import json_format
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

from pipeline.ingest.otlp.checks import _PARSER_DEPTH_BOUND


def _nested(levels: int, kind: str) -> ExportLogsServiceRequest:
    request = ExportLogsServiceRequest()
    value = request.resource_logs.add().scope_logs.add().log_records.add().attributes.add(key="a").value
    for _ in range(levels - 1):
        value = value.kvlist_value.values.add(key="k").value if kind == "kvlist" else value.array_value.values.add()
    value.string_value = "x"
    return request


def _deepest(kind: str, parse) -> int:  # type: ignore[no-untyped-def]
    deepest = 0
    for levels in range(1, 2 * _PARSER_DEPTH_BOUND):
        try:
            parse(_nested(levels, kind))
        except Exception:
            break
        deepest = levels
    return deepest


@pytest.mark.parametrize("kind", ["kvlist", "array"])
def test_no_parsed_record_nests_deeper_than_the_bound(kind: str) -> None:
    binary = _deepest(kind, lambda r: ExportLogsServiceRequest.FromString(r.SerializeToString()))
    json = _deepest(kind, lambda r: json_format.ParseDict(json_format.MessageToDict(r), ExportLogsServiceRequest()))
    assert 0 < binary <= _PARSER_DEPTH_BOUND and 0 < json <= _PARSER_DEPTH_BOUND, (binary, json)
