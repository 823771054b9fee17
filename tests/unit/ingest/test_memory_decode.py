"""What decoding one OTLP/JSON body costs (issue #15, memory and the event loop).

A gzipped body of a few KB that expands to one huge record of empty values
held a decoding turn for 18 s of CPU: the resource and scope checks walked
every record under them, and the too-large check came after the protobuf
parser had read the record.
"""

from __future__ import annotations

import time

from pipeline.ingest.limits import Limits
from pipeline.ingest.otlp.codec_json import split_json


def _request(records: list[bytes], resource: bytes = b"{}") -> bytes:
    return (b'{"resourceLogs":[{"resource":' + resource + b',"scopeLogs":[{"logRecords":['
            + b",".join(records) + b"]}]}]}")


def test_a_huge_record_is_refused_as_too_large_without_being_parsed() -> None:
    huge = b'{"body":{"arrayValue":{"values":[' + b",".join([b"{}"] * 1_000_000) + b"]}}}"
    body = _request([huge, b'{"body":{"stringValue":"ok"}}'])
    started = time.process_time()
    out = split_json("logs", body, Limits())
    spent = time.process_time() - started
    assert (out.accepted, out.rejected) == (1, 1)
    assert "ingest.max_record_bytes" in out.message
    assert spent < 2.0, f"{spent:.1f} s of CPU for a 3 MB body (was about 6 s)"


def test_a_resource_nested_too_deep_is_still_refused_with_its_records() -> None:
    value = b'{"stringValue":"leaf"}'
    for _ in range(60):  # four JSON levels each: past the 200 the shell check allows
        value = b'{"kvlistValue":{"values":[{"key":"k","value":' + value + b"}]}}"
    resource = b'{"attributes":[{"key":"deep","value":' + value + b"}]}"
    out = split_json("logs", _request([b'{"body":{"stringValue":"a"}}'] * 3, resource), Limits())
    assert (out.accepted, out.rejected) == (0, 3)
    assert "nested too deep" in out.message
