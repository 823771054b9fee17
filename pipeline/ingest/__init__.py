"""The ingestor: OTLP and JSON logs in, batches keyed by service out to the raw topics."""

from pipeline.ingest.jsonlogs import JsonLogMapping, decode_json_logs
from pipeline.ingest.service import Ingestor

__all__ = ["Ingestor", "JsonLogMapping", "decode_json_logs"]
