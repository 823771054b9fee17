"""Canonical record types, the raw message format, JSON Schemas and index templates."""

from schemas.raw import RAW_VERSION, RawEnvelope
from schemas.records import LogRecord, format_timestamp, record_id, severity_number

__all__ = ["RAW_VERSION", "LogRecord", "RawEnvelope", "format_timestamp", "record_id", "severity_number"]
