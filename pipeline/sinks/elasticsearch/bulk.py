"""Bulk request bodies and answers.  Pure: no client, no socket.

Records are written with ``create`` (a replay of a document already stored
answers 409); state documents (templates) with ``index`` and an external
version, so a newer version replaces the stored one and an older or equal one
(a replay, or a retry overtaken by a later version) answers 409.

A bulk answer is read item by item (``"errors": true`` is only a hint):
2xx and 409 are done; 429 and 5xx are retried; any other 4xx (mapping errors,
bad documents) is permanent: a mapping conflict is sent again with the
conflicting fields set aside (:mod:`~pipeline.sinks.elasticsearch.conflicts`),
anything else goes to the dead-letter topic with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

import orjson

# the one definition of a processor line's head (schemas.records.line_head reads it)
from schemas.records import LINE_HEAD, line_head

__all__ = [
    "BulkOutcome", "build_bulk", "chunks", "create_lines", "daily_index", "encode_create", "encode_create_line",
    "encode_index", "message_operations", "read_bulk_answer",
]

# Names and action-line heads already made: a batch's records share their day and index.
_DAILY: dict[tuple[str, str, str], str] = {}
_CREATE_HEAD: dict[str, bytes] = {}  # index → the action line up to its _id value
_match_head = LINE_HEAD.match  # a processor line's id and time, at the start of one line


def daily_index(prefix: str, kind: str, timestamp: str) -> str:
    """``sightline-logs-2026.11.23`` from an RFC 3339 ``@timestamp``.

    >>> daily_index("sightline", "logs", "2026-11-23T10:00:00.000Z")
    'sightline-logs-2026.11.23'
    """
    key = (prefix, kind, timestamp[:10])
    name = _DAILY.get(key)
    if name is None:
        if len(_DAILY) >= 1024:
            _DAILY.clear()
        name = _DAILY[key] = f"{prefix}-{kind}-{timestamp[0:4]}.{timestamp[5:7]}.{timestamp[8:10]}"
    return name



def build_bulk(docs: list[tuple[str, dict[str, Any]]]) -> bytes:
    """NDJSON ``create`` operations for ``(index, doc)`` pairs; ``_id`` is the doc's ``id``.

    >>> build_bulk([("i", {"id": "a", "x": 1})])
    b'{"create":{"_index":"i","_id":"a"}}\\n{"id":"a","x":1}\\n'
    """
    parts = []
    for index, doc in docs:
        parts.append(orjson.dumps({"create": {"_index": index, "_id": doc["id"]}}))
        parts.append(orjson.dumps(doc))
    parts.append(b"")
    return b"\n".join(parts)


def encode_create(index: str, doc: dict[str, Any]) -> bytes:
    """One ``create`` operation (action line and document line, newline-terminated).

    Each document is serialised once; a bulk body is the concatenation, and
    its size is known before it is sent.

    >>> encode_create("i", {"id": "a", "x": 1})
    b'{"create":{"_index":"i","_id":"a"}}\\n{"id":"a","x":1}\\n'
    """
    return encode_create_line(index, doc["id"], orjson.dumps(doc))


def encode_create_line(index: str, doc_id: str, line: bytes) -> bytes:
    """:func:`encode_create` for a document already serialised (a clean-topic line): no re-encoding.

    >>> encode_create_line("i", "a", b'{"id":"a","x":1}')
    b'{"create":{"_index":"i","_id":"a"}}\\n{"id":"a","x":1}\\n'
    """
    head = _CREATE_HEAD.get(index)
    if head is None:
        if len(_CREATE_HEAD) >= 1024:
            _CREATE_HEAD.clear()
        head = _CREATE_HEAD[index] = b'{"create":{"_index":' + orjson.dumps(index) + b',"_id":'
    return b"".join((head, orjson.dumps(doc_id), b"}}\n", line, b"\n"))


def create_lines(value: bytes, index_for: Callable[[str], str]) -> list[tuple[str, bytes, bytes]] | None:
    """``(index, line, create operation)`` of every line of an NDJSON clean-topic message, when every
    line starts with its id and time (:func:`schemas.records.line_head`), as the processors write them;
    ``None`` when one does not (the caller reads the message line by line).

    The message is split at its newlines and each line's head matched on its own (the pattern reads
    the head, never the rest of the line); the operations are the bytes :func:`encode_create_line`
    makes.  ``index_for`` names the index of a ``@timestamp`` and must depend on its first ten
    characters (the day) only: it is asked once a day per message.

    >>> value = b'{"id":"ab","@timestamp":"2026-11-23T10:00:00.000Z"}\\n{"id":"cd","@timestamp":"2026-11-24T01:00:00.000Z"}'
    >>> for index, line, op in create_lines(value, lambda ts: daily_index("s", "logs", ts)):
    ...     print(index, op)
    s-logs-2026.11.23 b'{"create":{"_index":"s-logs-2026.11.23","_id":"ab"}}\\n{"id":"ab","@timestamp":"2026-11-23T10:00:00.000Z"}\\n'
    s-logs-2026.11.24 b'{"create":{"_index":"s-logs-2026.11.24","_id":"cd"}}\\n{"id":"cd","@timestamp":"2026-11-24T01:00:00.000Z"}\\n'
    >>> create_lines(value + b'\\n{"x":1}', str) is None
    True
    """
    lines = value.split(b"\n")
    heads = list(map(_match_head, lines))  # one C loop; a regex over the whole message read every byte
    if None in heads:  # a line without the head (or an empty one): line by line
        return None
    indexes: dict[bytes, tuple[str, bytes]] = {}  # day → (index, the action line up to its _id value)
    out: list[tuple[str, bytes, bytes]] = []
    append = out.append
    join = b"".join
    last_day = None
    for line, head in zip(lines, cast("list[re.Match[bytes]]", heads), strict=True):
        doc_id, timestamp = head.groups()
        day = timestamp[:10]
        if day != last_day:  # a message's records mostly share their day
            known = indexes.get(day)
            if known is None:
                index = index_for(timestamp.decode())
                known = indexes[day] = (index, b'{"create":{"_index":' + orjson.dumps(index) + b',"_id":"')
            index, action = known
            last_day = day
        # the id is lowercase hex (the pattern says so): as JSON it is itself between quotes
        append((index, line, join((action, doc_id, b'"}}\n', line, b"\n"))))
    return out


def message_operations(
    value: bytes, index_for: Callable[[str], str]
) -> tuple[list[tuple[str, bytes | dict[str, Any], bytes]], list[tuple[str, Any]]]:
    """The ``create`` operations of an NDJSON clean-topic message, one record a line, and the lines
    that cannot be indexed.

    Returns ``(operations, rejected)``: ``(index, document, operation)`` per record in order, the
    document being the line itself when it starts with its id and time
    (:func:`schemas.records.line_head`: indexed as it is, without parsing or re-encoding) and the
    parsed record otherwise; ``(reason, record)`` per line that is not JSON (record ``None``) or
    lacks a string ``id`` or ``@timestamp``.  Empty lines are skipped.  The usual message, every
    line written by a processor, is one :func:`create_lines` pass.  ``index_for`` names the index
    of a ``@timestamp``, as for :func:`create_lines`.

    >>> value = b'{"id":"ab","@timestamp":"2026-11-23T10:00:00.000Z"}\\n{"@timestamp":"2026-11-23T11:00:00Z","id":"cd"}\\n[1]'
    >>> operations, rejected = message_operations(value, lambda ts: daily_index("s", "logs", ts))
    >>> [(index, type(doc).__name__) for index, doc, _ in operations], rejected
    ([('s-logs-2026.11.23', 'bytes'), ('s-logs-2026.11.23', 'dict')], [('a clean-topic record lacks id or @timestamp', [1])])
    """
    headed = create_lines(value, index_for)
    if headed is not None:  # the usual message: every line led by its id and time, found in one pass
        return list(headed), []
    operations: list[tuple[str, bytes | dict[str, Any], bytes]] = []
    rejected: list[tuple[str, Any]] = []
    for line in value.split(b"\n"):
        if not line.strip():
            continue
        head = line_head(line)
        if head is not None:
            index = index_for(head[1])
            operations.append((index, line, encode_create_line(index, head[0], line)))
            continue
        try:
            doc = orjson.loads(line)
        except ValueError as exc:
            rejected.append((f"undecodable clean-topic line: {exc}", None))
            continue
        if not (isinstance(doc, dict) and isinstance(doc.get("id"), str) and isinstance(doc.get("@timestamp"), str)):
            rejected.append(("a clean-topic record lacks id or @timestamp", doc))
            continue
        index = index_for(doc["@timestamp"])
        operations.append((index, doc, encode_create(index, doc)))
    return operations, rejected


def encode_index(index: str, doc: dict[str, Any], version: int) -> bytes:
    """One ``index`` operation with an external version: the document replaces a stored one
    with the same ``_id`` only if ``version`` is higher.

    >>> encode_index("i", {"id": "a", "x": 1}, 7)
    b'{"index":{"_index":"i","_id":"a","version":7,"version_type":"external"}}\\n{"id":"a","x":1}\\n'
    """
    action = {"index": {"_index": index, "_id": doc["id"], "version": version, "version_type": "external"}}
    return orjson.dumps(action) + b"\n" + orjson.dumps(doc) + b"\n"


def chunks(sizes: list[int], max_docs: int, max_bytes: int) -> list[tuple[int, int]]:
    """Split encoded operations into bulk requests of at most ``max_docs`` and ``max_bytes``.

    An operation larger than ``max_bytes`` goes alone.  Returns ``(start, stop)`` pairs.

    >>> chunks([40, 40, 40, 200, 10], max_docs=10, max_bytes=100)
    [(0, 2), (2, 3), (3, 4), (4, 5)]
    >>> chunks([1] * 5, max_docs=2, max_bytes=100)
    [(0, 2), (2, 4), (4, 5)]
    """
    out = []
    start, size = 0, 0
    for i, n in enumerate(sizes):
        if i > start and (i - start >= max_docs or size + n > max_bytes):
            out.append((start, i))
            start, size = i, 0
        size += n
    if start < len(sizes):
        out.append((start, len(sizes)))
    return out


@dataclass
class BulkOutcome:
    """Positions (into the request's docs) by fate."""

    done: list[int] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)
    retry: list[int] = field(default_factory=list)
    failed: list[tuple[int, int, str]] = field(default_factory=list)  # (position, status, reason)
    errors: dict[int, Any] = field(default_factory=dict)  # position → the item's error object, for the failed


def read_bulk_answer(answer: dict[str, Any], count: int) -> BulkOutcome:
    """Classify every item of a bulk answer.

    >>> ans = {"errors": True, "items": [
    ...     {"create": {"status": 201}},
    ...     {"create": {"status": 409, "error": {"type": "version_conflict_engine_exception"}}},
    ...     {"create": {"status": 429, "error": {"type": "es_rejected_execution_exception"}}},
    ...     {"create": {"status": 400, "error": {"type": "mapper_parsing_exception", "reason": "bad"}}}]}
    >>> o = read_bulk_answer(ans, 4)
    >>> o.done, o.duplicates, o.retry, o.failed
    ([0], [1], [2], [(3, 400, 'mapper_parsing_exception: bad')])
    """
    outcome = BulkOutcome()
    items = answer.get("items") or []
    if len(items) != count:
        # An answer that does not match the request cannot be trusted item by item.
        outcome.retry = list(range(count))
        return outcome
    for position, item in enumerate(items):
        result = next(iter(item.values())) if item else {}
        status = int(result.get("status", 500))
        if 200 <= status < 300:
            outcome.done.append(position)
        elif status == 409:
            outcome.duplicates.append(position)
        elif status == 429 or status >= 500:
            outcome.retry.append(position)
        else:
            error = result.get("error") or {}
            if isinstance(error, dict):
                reason = f"{error.get('type', 'error')}: {error.get('reason', '')}".rstrip(": ")
            else:
                reason = str(error)
            outcome.failed.append((position, status, reason))
            outcome.errors[position] = error
    return outcome
