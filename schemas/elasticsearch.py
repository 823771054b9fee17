"""Elasticsearch index templates, built from the canonical record types.

Mappings are explicit for the fields Sightline writes (keyword vs text, dates,
ids); ``attributes`` and ``resource`` are mapped dynamically with strings as
keywords, so an attribute is filterable without a mapping per key.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

__all__ = ["KINDS", "SCHEMA_FILES", "STATE_KINDS", "UNINDEXED_MAPPING", "index_template", "json_schema"]

# Each kind of record has its own index (daily mode) or data stream.
KINDS = ("logs", "spans", "metrics", "alerts")

# State documents, updated in place: one plain index each (`{prefix}-templates`), in every mode.
STATE_KINDS = ("templates",)

SCHEMA_FILES = {
    "logs": "log_record.json",
    "spans": "span.json",
    "metrics": "metric_point.json",
    "alerts": "alert.json",
    "templates": "template.json",
}
_SCHEMA_DIR = Path(__file__).resolve().parent / "jsonschema"

_KEYWORD = {"type": "keyword", "ignore_above": 1024}

# Fields a document could not be stored with (a mapping conflict between services), set aside by the
# sink (pipeline/sinks/elasticsearch/conflicts.py): kept in _source, not indexed, their paths listed.
_SIGHTLINE = {
    "properties": {
        "tenant": {"type": "keyword"},
        "unindexed": {"type": "object", "enabled": False},
        "unindexed_fields": {"type": "keyword"},
    }
}
UNINDEXED_MAPPING: dict[str, Any] = {"sightline": {"properties": {
    k: v for k, v in _SIGHTLINE["properties"].items() if k != "tenant"}}}

# Maps of attributes whose keys are dotted names (flattened): on Elasticsearch 8.3+ they are mapped with
# `subobjects: false`, so `x` (a string) and `x.b` (from a map) are two leaves rather than a clash.
_ATTRIBUTE_MAPS = ("attributes", "resource")

# Numbers nobody searches, sorts or aggregates on: kept in _source, neither indexed nor with doc
# values.  A number with a value per document (nanosecond times, bucket counts) is the costliest
# kind of field to index: about 150 us of CPU each on the embedded store (`sightline bench store`,
# variant `indexed-numbers`), where a keyword costs about 20.  @timestamp is what is searched.
_STORED_LONG = {"type": "long", "index": False, "doc_values": False}
_STORED_DOUBLE = {"type": "double", "index": False, "doc_values": False}
_STORED_INTEGER = {"type": "integer", "index": False, "doc_values": False}

_COMMON: dict[str, Any] = {
    "@timestamp": {"type": "date"},
    "time_unix_nano": _STORED_LONG,
    "observed_time_unix_nano": _STORED_LONG,
    "id": {"type": "keyword"},
    "service": {"properties": {"name": {"type": "keyword"}}},
    "trace_id": {"type": "keyword"},
    "span_id": {"type": "keyword"},
    "sightline": _SIGHTLINE,
}

_TEXT = {"type": "text", "fields": {"keyword": _KEYWORD}}
# The reverse, for fields filtered and aggregated on as they are (Elastic APM maps span names so):
# the keyword is the field itself, its words are searchable under `.text`.
_KEYWORD_AND_WORDS = {"type": "keyword", "ignore_above": 1024, "fields": {"text": {"type": "text"}}}
# Free text inside attributes (exception messages and stack traces from SDKs and loggers):
# searchable by word, still exact-matchable under `.keyword`; other attribute strings stay keywords.
_TEXT_ATTRIBUTES = ("*.exception.message", "*.exception.stacktrace", "*.status.message", "*.error.message")
_SCOPE = {"properties": {"name": {"type": "keyword"}, "version": {"type": "keyword"}}}
_EXCEPTION = {"properties": {"type": {"type": "keyword"}, "message": _TEXT}}

_PROPERTIES: dict[str, dict[str, Any]] = {
    "logs": {
        **_COMMON,
        "severity_text": {"type": "keyword"},
        "severity_number": {"type": "byte"},
        "message": _TEXT,
        "scope": _SCOPE,
        "exception": _EXCEPTION,
    },
    "spans": {
        **_COMMON,
        "parent_span_id": {"type": "keyword"},
        "trace_state": {"type": "keyword"},
        "name": _KEYWORD_AND_WORDS,  # exact match and aggregations on name, words on name.text
        "operation": {"type": "keyword"},
        "kind": {"type": "keyword"},
        "start_time_unix_nano": {"type": "long"},  # a trace's spans are sorted on it
        "end_time_unix_nano": _STORED_LONG,
        "duration_ns": _STORED_LONG,
        "duration_ms": {"type": "double"},
        "status": {"properties": {"code": {"type": "keyword"}, "message": _TEXT}},
        "exception": _EXCEPTION,
        "events": {
            "properties": {
                "time_unix_nano": _STORED_LONG,
                "name": {"type": "keyword"},
            }
        },
        "links": {
            "properties": {
                "trace_id": {"type": "keyword"},
                "span_id": {"type": "keyword"},
                "trace_state": {"type": "keyword"},
            }
        },
        "scope": _SCOPE,
    },
    "metrics": {
        **_COMMON,
        "start_time_unix_nano": _STORED_LONG,
        "name": {"type": "keyword"},
        "description": {"type": "text"},
        "unit": {"type": "keyword"},
        "type": {"type": "keyword"},
        "temporality": {"type": "keyword"},
        "monotonic": {"type": "boolean"},
        "series_id": {"type": "keyword"},
        "value": {"type": "double"},
        "count": {"type": "long"},
        "sum": {"type": "double"},
        "min": {"type": "double"},
        "max": {"type": "double"},
        # a distribution's buckets (tens of numbers a point): read from _source, never searched
        "explicit_bounds": _STORED_DOUBLE,
        "bucket_counts": _STORED_LONG,
        "scale": _STORED_INTEGER,
        "zero_count": _STORED_LONG,
        "positive": {"properties": {"offset": _STORED_INTEGER, "bucket_counts": _STORED_LONG}},
        "negative": {"properties": {"offset": _STORED_INTEGER, "bucket_counts": _STORED_LONG}},
        "quantiles": {"properties": {"quantile": _STORED_DOUBLE, "value": _STORED_DOUBLE}},
        "scope": _SCOPE,
    },
    "alerts": {
        "@timestamp": {"type": "date"},
        "sightline": _SIGHTLINE,
        "time_unix_nano": {"type": "long"},
        "id": {"type": "keyword"},
        "schema_version": {"type": "short"},
        "service": {"properties": {"name": {"type": "keyword"}}},
        "fingerprint": {"type": "keyword"},
        "status": {"type": "keyword"},
        "severity": {"type": "keyword"},
        "kind": {"type": "keyword"},
        "alertname": {"type": "keyword"},
        "labels": {"type": "object", "dynamic": True},
        "summary": _TEXT,
        "description": _TEXT,
        "observed": {"type": "double"},
        "expected": {"type": "double"},
        "expected_band": {"properties": {"lower": {"type": "double"}, "upper": {"type": "double"}}},
        "score": {"type": "double"},
        "series": {"type": "object", "dynamic": True},
        "startsAt": {"type": "date"},
        "endsAt": {"type": "date"},
        "generatorURL": {"type": "keyword", "index": False},
        "evidence": {
            "properties": {
                "record_ids": {"type": "keyword"},
                "trace_ids": {"type": "keyword"},
                "template": _TEXT,
                "template_id": {"type": "keyword"},
                "query": {"type": "keyword", "index": False},
                "search_url": {"type": "keyword", "index": False},
            }
        },
    },
    "templates": {
        "@timestamp": {"type": "date"},
        "time_unix_nano": {"type": "long"},
        "id": {"type": "keyword"},
        "schema_version": {"type": "short"},
        "service": {"properties": {"name": {"type": "keyword"}}},
        "template_id": {"type": "keyword"},
        "template": {"type": "text", "fields": {"keyword": {"type": "keyword", "ignore_above": 8191}}},
        "wildcards": {"type": "keyword"},
        "varlen": {"type": "boolean"},
        "status": {"type": "keyword"},
        "merged_into": {"type": "keyword"},
        "aliases": {"type": "keyword"},
        "first_seen": {"type": "date"},
        "last_seen": {"type": "date"},
        "count": {"type": "long"},
        "window_seconds": {"type": "double"},
        "windows": {"properties": {"start": {"type": "date"}, "count": {"type": "long"}}},
        "sample_record_ids": {"type": "keyword"},
        "sample_trace_ids": {"type": "keyword"},
    },
}


@functools.cache
def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of one kind of record (from ``schemas/jsonschema/``).

    >>> json_schema("spans")["title"]
    'Sightline canonical span'
    """
    loaded: dict[str, Any] = json.loads((_SCHEMA_DIR / SCHEMA_FILES[kind]).read_text(encoding="utf-8"))
    return loaded


def index_template(
    kind: str, pattern: str, data_stream: bool, retention_policy: str | None = None, subobjects: bool = True
) -> dict[str, Any]:
    """The composable index template for one kind of record.

    Parameters
    ----------
    kind
        One of :data:`KINDS` or :data:`STATE_KINDS`.
    pattern
        The index pattern the template applies to, e.g. ``sightline-logs-*``.
    data_stream
        Elasticsearch data-stream mode; ``False`` for daily indices.
    retention_policy
        Name of the ILM policy to attach (data-stream mode only).
    subobjects
        ``False`` (Elasticsearch 8.3+ only; OpenSearch refuses the parameter):
        ``attributes`` and ``resource`` map dotted keys as leaves.

    >>> t = index_template("logs", "sightline-logs*", data_stream=False)
    >>> t["template"]["mappings"]["properties"]["message"]["type"]
    'text'
    >>> index_template("spans", "s-*", data_stream=False)["template"]["mappings"]["properties"]["name"]["fields"]
    {'text': {'type': 'text'}}
    >>> index_template("templates", "sightline-templates", data_stream=False)["template"]["mappings"][
    ...     "properties"]["template"]["fields"]["keyword"]["type"]
    'keyword'
    >>> index_template("logs", "l", data_stream=True, subobjects=False)["template"]["mappings"]["properties"]["resource"]
    {'type': 'object', 'subobjects': False}
    """
    settings: dict[str, Any] = {"index": {"number_of_shards": 1}}
    properties = dict(_PROPERTIES[kind])
    if not subobjects and kind in ("logs", "spans", "metrics"):
        properties.update({name: {"type": "object", "subobjects": False} for name in _ATTRIBUTE_MAPS})
    if data_stream and retention_policy:
        settings["index"]["lifecycle"] = {"name": retention_policy}
    body: dict[str, Any] = {
        "index_patterns": [pattern],
        "priority": 200,
        "template": {
            "settings": settings,
            "mappings": {
                "dynamic_templates": [
                    *(
                        {f"text_{i}": {"path_match": path, "match_mapping_type": "string", "mapping": _TEXT}}
                        for i, path in enumerate(_TEXT_ATTRIBUTES)
                    ),
                    {"strings_as_keywords": {"match_mapping_type": "string", "mapping": _KEYWORD}},
                ],
                "properties": properties,
            },
        },
        "_meta": {"managed_by": "sightline", "kind": kind},
    }
    if data_stream:
        body["data_stream"] = {}
    return body
