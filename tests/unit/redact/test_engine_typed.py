"""The walk leaves alone the fields an OTLP decoder makes from typed input, and nothing else (issue #21).

A batch as :func:`pipeline.process.decode.decode_batch` returns it from OTLP (protobuf or JSON) is a
:class:`schemas.records.DecodedRecords` naming those fields (``DECODER_TYPED_FIELDS``).  Here every
field of an export request, found through the protobuf descriptors, is set: every string to a
secret, ids to ids, numbers and enums to values.  The fields of each record the secret reaches must
be exactly the fields not named typed, the secret must be redacted in each of them, and the walk
with the names must give what the whole walk gives.  (Log batches are left plain lists by
decode_batch, since walking them whole costs less; they are named here to check the walk.)
"""

from __future__ import annotations

import copy
import random
import time
from typing import Any

import orjson
import pytest
from google.protobuf import json_format
from google.protobuf.descriptor import FieldDescriptor

from pipeline.bench.process import _ids_to_hex, make_batches
from pipeline.process.decode import decode_batch
from pipeline.process.otlp_records import REQUEST_TYPES
from pipeline.redact import Redactor
from schemas.raw import FORMAT_OTLP_JSON, FORMAT_OTLP_PROTO, FORMAT_RECORDS_JSON, RawEnvelope
from schemas.records import DECODER_TYPED_FIELDS, DecodedRecords

SECRET = "AKIAQYLPMN5HHHFPZAM2"  # an AWS access key id: upper case already (severity_text is upper-cased)
_METRIC_KINDS = ("gauge", "sum", "histogram", "exponential_histogram", "summary")
_ID_BYTES = {"trace_id": 16, "span_id": 8, "parent_span_id": 8}


def _scalar(field: FieldDescriptor, rng: random.Random) -> Any:
    if field.type == FieldDescriptor.TYPE_STRING:
        return SECRET
    if field.type == FieldDescriptor.TYPE_BYTES:
        return rng.randbytes(_ID_BYTES.get(field.name, 8))
    if field.type == FieldDescriptor.TYPE_ENUM:
        return field.enum_type.values[-1].number
    if field.type == FieldDescriptor.TYPE_BOOL:
        return True
    if field.type in (FieldDescriptor.TYPE_DOUBLE, FieldDescriptor.TYPE_FLOAT):
        return 1.5
    if field.name.endswith("unix_nano"):
        return 1_795_428_000_000_000_000 + rng.randrange(10**9)
    return 3


def _fill(msg: Any, rng: random.Random, metric_kind: str) -> None:
    """Set every field of ``msg`` (one member of each oneof: the first, or the metric's kind)."""
    taken: set[str] = set()
    for field in msg.DESCRIPTOR.fields:
        oneof = field.containing_oneof
        if oneof is not None:
            if oneof.name == "data" and field.name != metric_kind:
                continue
            if oneof.name in taken:
                continue
            taken.add(oneof.name)
        repeated = field.is_repeated
        if field.type == FieldDescriptor.TYPE_MESSAGE:
            if repeated:
                _fill(getattr(msg, field.name).add(), rng, metric_kind)
            else:
                sub = getattr(msg, field.name)
                sub.SetInParent()
                _fill(sub, rng, metric_kind)
        elif repeated:
            getattr(msg, field.name).append(_scalar(field, rng))
        else:
            setattr(msg, field.name, _scalar(field, rng))


def _requests(signal: str, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    out = []
    for kind in _METRIC_KINDS if signal == "metrics" else ("",):
        request = REQUEST_TYPES[signal]()
        _fill(request, rng, kind)
        resource = getattr(request, f"resource_{'spans' if signal == 'spans' else signal}")[0].resource
        resource.attributes.add(key="service.name").value.string_value = SECRET
        if signal == "spans":  # an exception event: the span carries its type and message on top
            span = request.resource_spans[0].scope_spans[0].spans[0]
            # the operation is the route when there is one (an id-like name is normalised away)
            span.attributes.add(key="http.route").value.string_value = f"route {SECRET}"
            event = span.events.add(name="exception", time_unix_nano=1)
            for key in ("exception.type", "exception.message"):
                event.attributes.add(key=key).value.string_value = SECRET
        out.append(request.SerializeToString())
    return out


def _decoded(signal: str, fmt: str, payload: bytes) -> DecodedRecords:
    """The batch as decode_batch makes it, named as a DecodedRecords also where decode_batch leaves it a
    plain list (logs: walking them whole costs less), so the walk with the names is checked for every signal."""
    if fmt == FORMAT_OTLP_JSON:
        request = REQUEST_TYPES[signal]()
        request.ParseFromString(payload)
        data = json_format.MessageToDict(request)
        _ids_to_hex(data)
        payload = orjson.dumps(data)
    records = decode_batch(signal, RawEnvelope(fmt, 1).headers(), payload, b"svc")[1]
    assert isinstance(records, DecodedRecords) == (signal != "logs")
    return records if isinstance(records, DecodedRecords) else DecodedRecords(records, DECODER_TYPED_FIELDS[signal])


def _holds_secret(value: Any) -> bool:
    return SECRET.lower() in orjson.dumps(value).decode().lower()


@pytest.mark.parametrize("fmt", [FORMAT_OTLP_PROTO, FORMAT_OTLP_JSON])
@pytest.mark.parametrize("signal", ["logs", "spans", "metrics"])
def test_the_fields_left_alone_are_exactly_those_no_client_text_reaches(signal: str, fmt: str) -> None:
    typed = DECODER_TYPED_FIELDS[signal]
    seen: set[str] = set()
    for payload in _requests(signal, 7):
        records = _decoded(signal, fmt, payload)
        assert isinstance(records, DecodedRecords) and records.typed is typed and records
        for record in records:
            reached = {key for key, value in record.items() if _holds_secret(value)}
            assert reached == set(record) - typed, f"{signal}: text in a typed field, or a text field without it"
            seen |= set(record)
    assert seen >= typed  # every typed field was made (no name in the list that a decoder never writes)


@pytest.mark.parametrize("fmt", [FORMAT_OTLP_PROTO, FORMAT_OTLP_JSON])
@pytest.mark.parametrize("signal", ["logs", "spans", "metrics"])
def test_a_secret_in_every_text_field_is_redacted_and_as_the_whole_walk_redacts_it(signal: str, fmt: str) -> None:
    marked, whole = Redactor(), Redactor()
    for payload in _requests(signal, 11):
        records = _decoded(signal, fmt, payload)
        reference = copy.deepcopy(list(records))  # a plain list: walked whole
        assert marked.redact_records(records) == whole.redact_records(reference) > 0
        assert list(records) == reference
        for record in records:
            assert not _holds_secret(record), [key for key, value in record.items() if _holds_secret(value)]
    assert marked.counts == whole.counts
    assert marked.records_redacted == whole.records_redacted


@pytest.mark.parametrize("fmt", [FORMAT_OTLP_PROTO, FORMAT_OTLP_JSON])
def test_bench_batches_are_redacted_alike_with_and_without_the_names(fmt: str) -> None:
    marked, whole = Redactor(), Redactor()
    for signal, _key, payload in make_batches("mixed", 1500, 250, 5, 3, time.time_ns()):
        records = _decoded(signal, fmt, payload)
        reference = copy.deepcopy(list(records))
        assert marked.redact_records(records) == whole.redact_records(reference)
        assert list(records) == reference
    assert marked.records_seen == whole.records_seen == 1500


def test_other_batches_and_other_fields_are_walked_whole() -> None:
    r = Redactor()
    # records sent as JSON: their @timestamp is whatever the client wrote
    sent = decode_batch("logs", RawEnvelope(FORMAT_RECORDS_JSON, 1).headers(),
                        orjson.dumps([{"service.name": "a", "time_unix_nano": 5, "@timestamp": f"at {SECRET}"}]))[1]
    assert not isinstance(sent, DecodedRecords)
    r.redact_records(sent)
    assert SECRET not in sent[0]["@timestamp"]
    # a field the list does not name is walked, whatever batch it is in
    batch = DecodedRecords([{"@timestamp": "t", "note": SECRET}, {"@timestamp": "t", "other": SECRET}], DECODER_TYPED_FIELDS["logs"])
    assert r.redact_records(batch) == 2 and not _holds_secret(batch)
    # a record's own slice of the batch is a plain list
    assert type(batch[:1]) is list


def test_the_typed_fields_of_a_decoded_batch_are_not_walked() -> None:
    # what the names buy: the walk does not look at these fields at all (a decoder never puts text there)
    batch = DecodedRecords([{"@timestamp": SECRET, "duration_ns": 4111111111111111, "name": SECRET}], DECODER_TYPED_FIELDS["spans"])
    assert Redactor().redact_records(batch) == 1
    assert batch[0]["@timestamp"] == SECRET and batch[0]["duration_ns"] == 4111111111111111 and SECRET not in batch[0]["name"]
