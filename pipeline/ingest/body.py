"""Request bodies: read within the size limits (chunked or not), then decompressed.

A gzip bomb is refused with 413 once it expands past the limit, not expanded.
"""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import Callable
from typing import Any, TypeVar

from aiohttp import web

from pipeline.ingest.errors import IngestError
from pipeline.ingest.quote import shown

__all__ = [
    "BODY_SIZE", "DECODED_RECORD_BYTES", "OFF_LOOP_BYTES", "TENANT", "BodyError", "decode", "decompress", "hold_decoded",
    "read_body",
]

# Per-request storage keys: the tenant the auth middleware found, the body size as sent.
TENANT = web.RequestKey("sightline_tenant", str)
BODY_SIZE = web.RequestKey("sightline_body_size", int)


class BodyError(IngestError):
    """A request body that cannot be accepted, with the HTTP status to answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.outcome = {408: "timeout", 413: "too_large", 415: "unsupported"}.get(status, "invalid")


def decompress(body: bytes, encoding: str, limit: int) -> bytes:
    """Undo ``Content-Encoding`` without ever holding more than ``limit`` bytes.

    A gzip bomb is refused with 413 after ``limit`` bytes, not expanded.

    >>> import gzip
    >>> decompress(gzip.compress(b"x" * 100), "gzip", 1000)
    b'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
    >>> decompress(gzip.compress(b"x" * 100), "gzip", 10)
    Traceback (most recent call last):
    ...
    pipeline.ingest.body.BodyError: body expands beyond the 10-byte limit after gzip decompression
    >>> decompress(gzip.compress(b"one ") + gzip.compress(b"two"), "gzip", 1000)  # two members
    b'one two'
    >>> decompress(gzip.compress(b"x" * 100)[:20], "gzip", 1000)
    Traceback (most recent call last):
    ...
    pipeline.ingest.body.BodyError: body is a truncated gzip stream: it ends before the compressed data does
    """
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        if len(body) > limit:
            raise BodyError(413, f"body of {len(body)} bytes exceeds the {limit}-byte limit")
        return body
    if encoding == "br":
        return _brotli(body, limit)
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise BodyError(415, f"Content-Encoding {shown(encoding)} is not supported (use gzip, deflate, br or none)")
    wbits = 16 + zlib.MAX_WBITS if encoding != "deflate" else zlib.MAX_WBITS
    parts: list[bytes] = []
    size = 0
    rest = body
    while True:  # gzip allows several members one after the other (RFC 1952 2.2): read them all
        inflater = zlib.decompressobj(wbits)
        try:
            out = inflater.decompress(rest, limit + 1 - size)
        except zlib.error as exc:
            raise BodyError(400, f"body is not valid {encoding}: {exc}") from None
        size += len(out)
        parts.append(out)
        if size > limit or inflater.unconsumed_tail:
            raise BodyError(413, f"body expands beyond the {limit}-byte limit after {encoding} decompression")
        if not inflater.eof:
            raise BodyError(400, f"body is a truncated {encoding} stream: it ends before the compressed data does")
        rest = inflater.unused_data
        if encoding == "deflate" or not rest.strip(b"\0"):
            break
    return parts[0] if len(parts) == 1 else b"".join(parts)


def _brotli(body: bytes, limit: int) -> bytes:
    """Brotli (``Content-Encoding: br``, as Sentry SDKs send when they can), never past ``limit``."""
    import brotli  # only requests that use it pay the import

    decompressor = brotli.Decompressor()
    try:
        out = decompressor.process(body, output_buffer_limit=limit + 1)
    except brotli.error as exc:
        raise BodyError(400, f"body is not valid br: {exc}") from None
    if len(out) > limit or not decompressor.can_accept_more_data():
        raise BodyError(413, f"body expands beyond the {limit}-byte limit after br decompression")
    if not decompressor.is_finished():
        raise BodyError(400, "body is a truncated br stream: it ends before the compressed data does")
    return bytes(out)


async def read_body(request: web.Request, max_bytes: int, max_decompressed: int) -> bytes:
    """Read the whole body (chunked or not) within the limits, decompressed.

    Inside :meth:`Receiver.admit <pipeline.ingest.receiver.Receiver.admit>`
    the request gives its in-flight slot back while its body arrives, holds
    the bytes it has sent, and is refused with 408 when the body takes longer
    than ``ingest.body_timeout_s`` or arrives slower than
    ``ingest.min_body_rate_bytes_s`` after ``ingest.body_rate_grace_s``.
    """
    if request.content_length is not None and request.content_length > max_bytes:
        raise BodyError(413, f"body of {request.content_length} bytes exceeds the {max_bytes}-byte limit")
    from pipeline.ingest.receiver import (
        current_admission,  # receiver imports Kafka: not at module load
    )

    admission = current_admission()
    timeout, rate, grace = 60.0, 0, 0.0
    if admission is not None:
        limits = admission.limits
        timeout, rate, grace = limits.body_timeout_s, limits.min_body_rate, limits.body_rate_grace_s
        admission.reading()
    loop = asyncio.get_running_loop()
    started = loop.time()
    chunks = []
    size = 0
    while True:
        deadline = started + timeout
        if rate:
            deadline = min(deadline, started + max(grace, size / rate))
        try:
            async with asyncio.timeout_at(deadline):
                chunk = await request.content.readany()
        except TimeoutError:
            elapsed = loop.time() - started
            raise BodyError(
                408,
                f"body too slow: {size} bytes in {elapsed:.0f}s (ingest.body_timeout_s {timeout:g}, "
                f"ingest.min_body_rate_bytes_s {rate})",
            ) from None
        if not chunk:
            break
        size += len(chunk)
        if size > max_bytes:
            raise BodyError(413, f"body exceeds the {max_bytes}-byte limit")
        if admission is not None:
            admission.charge(size)
        chunks.append(chunk)
    if admission is not None:
        admission.read()
    body = chunks[0] if len(chunks) == 1 else b"".join(chunks)
    request[BODY_SIZE] = size
    encoding = request.headers.get("Content-Encoding", "")
    # compressed: what it expands to is unknown until done, so anything but a small body leaves the loop
    expands = encoding.strip().lower() not in ("", "identity")
    if not expands:
        return decompress(body, encoding, max_decompressed)  # only the size check
    out = await decode(size * 16, decompress, body, encoding, max_decompressed)
    if admission is not None:  # what it expanded to is what decoding will hold in memory
        admission.charge(len(out) + size)
    return out


OFF_LOOP_BYTES = 256 * 1024
"""Bodies at least this large are decoded in a worker thread (:func:`decode`)."""

_T = TypeVar("_T")


async def decode(size: int, fn: Callable[..., _T], *args: Any) -> _T:
    """Run a pure decoder on a body of ``size`` bytes: in a worker thread when the body is large.

    Decoding a large body takes long enough to stall the event loop (health
    checks, other senders); in a thread the loop keeps getting the GIL every
    few milliseconds.  Small bodies are decoded in place (a thread hop costs
    more than they do).  Large ones take turns, ``ingest.max_decoding`` at a
    time (the admitted request's receiver keeps the turns): decoding holds
    the GIL, so more threads are not faster, while each holds its records in
    memory (twelve 99,000-record OTLP/JSON requests decoded six at a time
    raised the peak memory by 1.1 GB, two at a time by 0.4 GB, same CPU time).
    """
    if size < OFF_LOOP_BYTES:
        return fn(*args)
    from pipeline.ingest.receiver import (
        current_admission,  # receiver imports Kafka: not at module load
    )

    admission = current_admission()
    if admission is None:
        return await asyncio.to_thread(fn, *args)
    async with admission.decoding():
        return await asyncio.to_thread(fn, *args)


DECODED_RECORD_BYTES = 700
"""What one decoded JSON-log or bulk record holds in memory until it is produced (measured: 510
bytes for ``{}``, 680 for ``{"msg": "line 1"}``)."""


def hold_decoded(records: int) -> None:
    """Charge ``records`` decoded records to the current request's ``ingest.max_in_flight_bytes``.

    JSON-log and bulk requests keep their records as Python objects until
    Kafka has them (100,000 records: about 70 MB, from a 2 MB body), so what
    they hold is charged like their bodies.  Raises
    :class:`~pipeline.ingest.errors.Throttled` (429, nothing produced) when
    that would pass the budget while other requests hold bytes.
    """
    from pipeline.ingest.receiver import current_admission

    admission = current_admission()
    if admission is not None and records:
        admission.charge(admission.bytes + DECODED_RECORD_BYTES * records)
