"""``google.rpc.Status`` and ``google.rpc.RetryInfo``, encoded by hand.

OTLP answers a refused request with a ``google.rpc.Status`` (HTTP body, or
gRPC's ``grpc-status-details-bin`` trailer) and says when to retry with a
``google.rpc.RetryInfo``.  Those messages are four fields in all; encoding
them here spares a dependency on ``googleapis-common-protos`` (the tests
decode our bytes with it to prove them right).
"""

from __future__ import annotations

import orjson

__all__ = ["GRPC_CODES", "retry_info", "status_json", "status_proto"]

# google.rpc.Code numbers (the same as grpc.StatusCode's).
GRPC_CODES: dict[str, int] = {
    "OK": 0,
    "INVALID_ARGUMENT": 3,
    "RESOURCE_EXHAUSTED": 8,
    "UNAUTHENTICATED": 16,
    "UNAVAILABLE": 14,
    "INTERNAL": 13,
}
_RETRY_INFO_URL = "type.googleapis.com/google.rpc.RetryInfo"


def _varint(value: int) -> bytes:
    out = bytearray()
    value &= (1 << 64) - 1  # negative int32 values are sign-extended to 10 bytes
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _field(number: int, payload: bytes) -> bytes:
    return _varint(number << 3 | 2) + _varint(len(payload)) + payload


def retry_info(seconds: int) -> bytes:
    """A serialized ``google.rpc.RetryInfo`` asking to wait ``seconds``.

    >>> retry_info(5)
    b'\\n\\x02\\x08\\x05'
    """
    duration = _varint(1 << 3 | 0) + _varint(seconds) if seconds else b""
    return _field(1, duration)


def status_proto(code: int, message: str, retry_after: int | None = None) -> bytes:
    """A serialized ``google.rpc.Status``, with a RetryInfo detail when ``retry_after`` is set."""
    out = b""
    if code:
        out += _varint(1 << 3 | 0) + _varint(code)
    if message:
        out += _field(2, message.encode())
    if retry_after is not None:
        detail = _field(1, _RETRY_INFO_URL.encode()) + _field(2, retry_info(retry_after))
        out += _field(3, detail)
    return out


def status_json(code: int, message: str, retry_after: int | None = None) -> bytes:
    """The same ``google.rpc.Status`` in the protobuf JSON mapping.

    >>> status_json(3, "bad", None)
    b'{"code":3,"message":"bad"}'
    """
    doc: dict[str, object] = {"code": code, "message": message}
    if retry_after is not None:
        doc["details"] = [{"@type": _RETRY_INFO_URL, "retryDelay": f"{retry_after}s"}]
    return orjson.dumps(doc)
