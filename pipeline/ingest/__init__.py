"""The ingestor: OTLP (HTTP and gRPC), JSON logs and Elasticsearch bulk in; batches keyed by service out to the raw topics.

Codecs are pure (``otlp``, ``jsonlogs``, ``esbulk``, ``auth``); transports
(``http``, ``otlp_http``, ``es_http``, ``otlp_grpc``) read the wire and share
one :class:`~pipeline.ingest.receiver.Receiver` (in-flight limit, produce,
metrics).
"""

from pipeline.ingest.jsonlogs import JsonLogMapping, decode_json_logs
from pipeline.ingest.otlp import Limits, Split, split_json, split_proto
from pipeline.ingest.service import Ingestor

__all__ = ["Ingestor", "JsonLogMapping", "Limits", "Split", "decode_json_logs", "split_json", "split_proto"]
