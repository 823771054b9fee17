"""JSON logs in: ``POST /api/v1/logs`` (NDJSON or a JSON array of objects).

``codec`` maps objects to canonical log records (pure), ``routes`` serves
the endpoint, ``config`` holds ``ingest.json_logs`` and ``ingest.json_mapping``.
"""

from pipeline.ingest.jsonlogs.config import JsonLogMapping, JsonLogsConfig

__all__ = ["JsonLogMapping", "JsonLogsConfig"]
