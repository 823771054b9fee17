"""Elasticsearch index templates, built from the canonical record types.

Mappings are explicit for the fields Sightline writes (keyword vs text, dates,
ids); ``attributes`` and ``resource`` are mapped dynamically with strings as
keywords, so an attribute is filterable without a mapping per key.
"""

from __future__ import annotations

from typing import Any

__all__ = ["KINDS", "index_template"]

KINDS = ("logs",)

_KEYWORD = {"type": "keyword", "ignore_above": 1024}

_COMMON: dict[str, Any] = {
    "@timestamp": {"type": "date"},
    "time_unix_nano": {"type": "long"},
    "observed_time_unix_nano": {"type": "long"},
    "id": {"type": "keyword"},
    "service": {"properties": {"name": {"type": "keyword"}}},
    "trace_id": {"type": "keyword"},
    "span_id": {"type": "keyword"},
    "sightline": {"properties": {"tenant": {"type": "keyword"}}},
}

_PROPERTIES: dict[str, dict[str, Any]] = {
    "logs": {
        **_COMMON,
        "severity_text": {"type": "keyword"},
        "severity_number": {"type": "byte"},
        "message": {"type": "text", "fields": {"keyword": _KEYWORD}},
    },
}


def index_template(kind: str, pattern: str, data_stream: bool, retention_policy: str | None = None) -> dict[str, Any]:
    """The composable index template for one kind of record.

    Parameters
    ----------
    kind
        One of :data:`KINDS`.
    pattern
        The index pattern the template applies to, e.g. ``sightline-logs-*``.
    data_stream
        Elasticsearch data-stream mode; ``False`` for daily indices.
    retention_policy
        Name of the ILM policy to attach (data-stream mode only).

    >>> t = index_template("logs", "sightline-logs*", data_stream=False)
    >>> t["template"]["mappings"]["properties"]["message"]["type"]
    'text'
    """
    settings: dict[str, Any] = {"index": {"number_of_shards": 1}}
    if data_stream and retention_policy:
        settings["index"]["lifecycle"] = {"name": retention_policy}
    body: dict[str, Any] = {
        "index_patterns": [pattern],
        "priority": 200,
        "template": {
            "settings": settings,
            "mappings": {
                "dynamic_templates": [
                    {"strings_as_keywords": {"match_mapping_type": "string", "mapping": _KEYWORD}}
                ],
                "properties": _PROPERTIES[kind],
            },
        },
        "_meta": {"managed_by": "sightline", "kind": kind},
    }
    if data_stream:
        body["data_stream"] = {}
    return body
