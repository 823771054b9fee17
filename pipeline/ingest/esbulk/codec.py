"""The Elasticsearch bulk format and the answers shippers expect.  Pure: no socket.

Shippers with an Elasticsearch output (Filebeat, Fluent Bit, Vector,
Logstash, syslog-ng, rsyslog) send NDJSON pairs: an action line
(``{"index": {"_index": "logs"}}``, ``create``, ``update`` with ``doc``,
``delete``) and, except for ``delete``, a document line.  Extra or legacy keys
in the action (``_type``, ``pipeline``, ``routing``, ``require_alias``, ...)
are accepted and ignored; blank lines are skipped.  Each document becomes a
canonical log record through the JSON-logs field mapping (message from
``message``, ``msg``, ``MESSAGE`` or ``log``, ...).

A malformed action line refuses the whole request (400, as Elasticsearch
does: the pairs can no longer be told apart); a bad document refuses only its
item.  The answer is Elasticsearch's bulk response, item by item.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from typing import Any

import orjson

from pipeline.ingest.errors import InvalidRequest
from pipeline.ingest.jsonlogs.codec import JsonLogMapping, map_object, record_problem
from pipeline.ingest.quote import shown
from pipeline.ingest.validate import json_depth_over
from schemas.records import record_id

__all__ = [
    "BulkError",
    "BulkItem",
    "bulk_response",
    "cluster_health",
    "es_error",
    "license_info",
    "parse_bulk",
    "root_info",
    "xpack_info",
]

_ACTIONS = ("index", "create", "update", "delete")
_SHARDS = {"total": 1, "successful": 1, "failed": 0}


class BulkError(InvalidRequest):
    """The bulk body as a whole cannot be read (answered 400 ``illegal_argument_exception``)."""


@dataclass(slots=True)
class BulkItem:
    """One action of a bulk request and what became of it."""

    action: str
    index: str
    id: str | None
    record: dict[str, Any] | None = None
    status: int = 0
    error_type: str = ""
    reason: str = ""

    def fail(self, status: int, error_type: str, reason: str) -> None:
        self.record = None
        self.status, self.error_type, self.reason = status, error_type, reason


def es_error(status: int, error_type: str, reason: str) -> dict[str, Any]:
    """An Elasticsearch error body.

    >>> es_error(400, "parse_exception", "bad")["error"]["root_cause"][0]["type"]
    'parse_exception'
    """
    cause = {"type": error_type, "reason": reason}
    return {"error": {"root_cause": [cause], **cause}, "status": status}


def parse_bulk(
    body: bytes,
    default_index: str | None,
    mapping: JsonLogMapping,
    default_service: str,
    received_ns: int,
    index_attribute: str = "",
    max_depth: int = 64,
    max_record_bytes: int = 1_000_000,
) -> list[BulkItem]:
    """Read a bulk body into items; documents become canonical log records.

    Raises
    ------
    BulkError
        An action line that is not a JSON object naming one of ``index``,
        ``create``, ``update``, ``delete``, or a document line missing.

    Examples
    --------
    >>> body = (b'{"index": {"_index": "app", "_type": "_doc"}}\\n{"msg": "hi", "app": "api"}\\n\\n'
    ...         b'{"create": {}}\\n[1]\\n{"delete": {"_index": "app", "_id": "1"}}\\n')
    >>> items = parse_bulk(body, None, JsonLogMapping(), "unknown_service", 1)
    >>> [(i.action, i.status, i.record and i.record["message"]) for i in items]
    [('index', 0, 'hi'), ('create', 400, None), ('delete', 404, None)]
    """
    lines = body.split(b"\n")
    items: list[BulkItem] = []
    i, n = 0, len(lines)
    while i < n:
        line = lines[i].strip()
        i += 1
        if not line:
            continue
        number = i
        try:
            action_line = orjson.loads(line)
        except orjson.JSONDecodeError:
            raise BulkError(
                f"Malformed action/metadata line [{number}], expected a JSON object but found [{shown(line, 40)}]"
            ) from None
        if not isinstance(action_line, dict):
            raise BulkError(f"Malformed action/metadata line [{number}], expected one action object")
        # Exactly one key names the action; shippers may add bookkeeping beside it
        # (winston-elasticsearch sends {"index": {...}, "attempts": 0}), which is ignored.
        actions = [key for key in action_line if key in _ACTIONS]
        if len(actions) != 1:
            found = shown(", ".join(map(str, action_line))) if action_line else "nothing"
            raise BulkError(
                f"Malformed action/metadata line [{number}], expected one of {', '.join(_ACTIONS)} but found [{found}]"
            )
        action = actions[0]
        meta = action_line[action]
        if not isinstance(meta, dict):
            raise BulkError(f"Malformed action/metadata line [{number}], the {action} action's metadata must be an object")
        raw_id = meta.get("_id")
        index = str(meta.get("_index") or default_index or "")
        item = BulkItem(action, index, str(raw_id) if raw_id is not None else None)
        items.append(item)
        if action == "delete":  # nothing to delete here: answered as Elasticsearch answers a missing doc
            item.status = 404
            continue
        while i < n and not lines[i].strip():
            i += 1
        if i >= n:
            raise BulkError(f"action line [{number}] ({action}) has no document line after it")
        source_line = lines[i]
        i += 1
        try:
            doc = orjson.loads(source_line)
        except orjson.JSONDecodeError as exc:
            item.fail(400, "document_parsing_exception", f"[{i}] failed to parse: {exc}")
            continue
        if action == "update":
            doc = doc.get("doc") if isinstance(doc, dict) else None
            if not isinstance(doc, dict):
                item.fail(400, "action_request_validation_exception", "update needs a partial document under doc")
                continue
        if not isinstance(doc, dict):
            item.fail(400, "document_parsing_exception", f"[{i}] expected a JSON object, got {type(doc).__name__}")
            continue
        if json_depth_over(doc, max_depth):
            item.fail(400, "document_parsing_exception", f"[{i}] nested more than {max_depth} levels deep")
            continue
        try:
            record = map_object(doc, mapping, default_service, received_ns)
        except ValueError as exc:
            item.fail(400, "document_parsing_exception", f"[{i}] {exc}")
            continue
        problem = record_problem(record, max_depth, max_record_bytes)
        if problem is not None:
            item.fail(413 if "bytes" in problem else 400, "document_parsing_exception", f"[{i}] {problem}")
            continue
        if index_attribute and index:
            record["attributes"][index_attribute] = index
        item.record = record
    return items


def _item_id(item: BulkItem, seq: int) -> str:
    """The item's own ``_id``, else its record's; a refused item's is drawn from its place in the answers."""
    if item.id is not None:
        return item.id
    if item.record is not None:
        return record_id(item.record)[:20]
    # Items refused for the same reason look alike: the sequence number keeps their ids apart.
    return hashlib.blake2b(f"{seq} {item!r}".encode(), digest_size=10).hexdigest()


def bulk_response(items: list[BulkItem], started: float, seq_start: int = 0) -> dict[str, Any]:
    """The bulk answer: ``errors`` and one entry per item, in order.

    Accepted documents answer 201 ``created`` (``update``: 200 ``updated``);
    ``delete`` answers 404 ``not_found`` (not an error, as in Elasticsearch).
    """
    out = []
    errors = False
    for seq, item in enumerate(items, start=seq_start):
        entry: dict[str, Any] = {"_index": item.index, "_id": _item_id(item, seq)}
        if item.record is not None:
            updated = item.action == "update"
            entry.update(
                _version=1,
                result="updated" if updated else "created",
                _shards=_SHARDS,
                _seq_no=seq,
                _primary_term=1,
                status=200 if updated else 201,
            )
        elif item.status == 404 and item.action == "delete":
            entry.update(_version=1, result="not_found", _shards=_SHARDS, _seq_no=seq, _primary_term=1, status=404)
        else:
            errors = True
            entry["status"] = item.status
            entry["error"] = {"type": item.error_type, "reason": item.reason}
        out.append({item.action: entry})
    return {"took": int((time.monotonic() - started) * 1000), "errors": errors, "items": out}


def root_info(version: str, cluster_name: str) -> dict[str, Any]:
    """``GET /``: what clients read to pick an API version (``version.number``, ``build_flavor``)."""
    major = int(version.split(".")[0]) if version[:1].isdigit() else 8
    return {
        "name": "sightline",
        "cluster_name": cluster_name,
        "cluster_uuid": hashlib.blake2b(cluster_name.encode(), digest_size=11).hexdigest(),
        "version": {
            "number": version,
            "build_flavor": "default",
            "build_type": "docker",
            "build_hash": "sightline",
            "build_date": "2026-01-01T00:00:00.000000000Z",
            "build_snapshot": False,
            "lucene_version": "9.12.0",
            "minimum_wire_compatibility_version": f"{major - 1}.17.0",
            "minimum_index_compatibility_version": f"{major - 1}.0.0",
        },
        "tagline": "You Know, for Search",
    }


def cluster_health(cluster_name: str) -> dict[str, Any]:
    """``GET /_cluster/health``: always green (we are only the front door)."""
    return {
        "cluster_name": cluster_name,
        "status": "green",
        "timed_out": False,
        "number_of_nodes": 1,
        "number_of_data_nodes": 1,
        "active_primary_shards": 1,
        "active_shards": 1,
        "relocating_shards": 0,
        "initializing_shards": 0,
        "unassigned_shards": 0,
        "delayed_unassigned_shards": 0,
        "number_of_pending_tasks": 0,
        "number_of_in_flight_fetch": 0,
        "task_max_waiting_in_queue_millis": 0,
        "active_shards_percent_as_number": 100.0,
    }


def license_info() -> dict[str, Any]:
    """``GET /_license``: an active basic license (Beats and Logstash check it before ILM)."""
    return {
        "license": {
            "status": "active",
            "uid": "00000000-0000-0000-0000-000000000000",
            "type": "basic",
            "issue_date": "2026-01-01T00:00:00.000Z",
            "issue_date_in_millis": 1767225600000,
            "max_nodes": 1000,
            "max_resource_units": None,
            "issued_to": "sightline",
            "issuer": "elasticsearch",
            "start_date_in_millis": -1,
        }
    }


def xpack_info() -> dict[str, Any]:
    """``GET /_xpack``: features shippers look for (ILM, data streams) reported available."""
    features = {
        name: {"available": True, "enabled": True}
        for name in ("ilm", "data_streams", "data_tiers", "monitoring", "security")
    }
    features["security"]["enabled"] = False
    return {
        "build": {"hash": "sightline", "date": "2026-01-01T00:00:00.000000000Z"},
        "license": {"uid": "00000000-0000-0000-0000-000000000000", "type": "basic", "mode": "basic", "status": "active"},
        "features": features,
        "tagline": "You know, for X",
    }
