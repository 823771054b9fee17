"""Raw batches → canonical records.  Pure: testable without Kafka.

Every record leaves here with its content-derived ``id`` (the store's ``_id``).
A message that cannot be decoded raises :class:`DecodeError` with the reason;
the processor dead-letters it with its origin.
"""

from __future__ import annotations

from typing import Any

import orjson

from pipeline.errors import PermanentError
from schemas.raw import FORMAT_RECORDS_JSON, RawEnvelope
from schemas.records import record_id

__all__ = ["DecodeError", "decode_raw"]


class DecodeError(PermanentError):
    """A raw message that cannot become records; ``reason`` is a short machine label."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def _records_json(value: bytes) -> list[dict[str, Any]]:
    try:
        records = orjson.loads(value)
    except orjson.JSONDecodeError as exc:
        raise DecodeError("invalid_json", f"records-json payload is not valid JSON: {exc}") from None
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise DecodeError("invalid_shape", "records-json payload must be a JSON array of objects")
    for record in records:
        if "service.name" not in record or "time_unix_nano" not in record:
            raise DecodeError("invalid_shape", "a record lacks service.name or time_unix_nano")
    return records


def decode_raw(
    signal: str, headers: list[tuple[str, bytes]] | tuple[tuple[str, bytes], ...], value: bytes
) -> list[dict[str, Any]]:
    """Decode one raw message of ``signal`` (``logs``, ``spans`` or ``metrics``).

    >>> from schemas.raw import RawEnvelope
    >>> env = RawEnvelope(FORMAT_RECORDS_JSON, 1)
    >>> recs = decode_raw("logs", env.headers(), b'[{"service.name": "a", "time_unix_nano": 5, "message": "x"}]')
    >>> len(recs[0]["id"])
    32
    >>> decode_raw("logs", env.headers(), b"[1")
    Traceback (most recent call last):
    ...
    pipeline.process.decode.DecodeError: records-json payload is not valid JSON: unexpected end of data: line 1 column 3 (char 2)
    """
    try:
        envelope = RawEnvelope.from_headers(headers)
    except ValueError as exc:
        raise DecodeError("bad_envelope", str(exc)) from None
    if envelope.format == FORMAT_RECORDS_JSON:
        records = _records_json(value)
    else:
        raise DecodeError("unsupported_format", f"{signal}: format {envelope.format!r} is not decoded yet")
    for record in records:
        record["id"] = record_id(record)
        if envelope.tenant:
            record["sightline.tenant"] = envelope.tenant
    return records
