"""Prometheus remote write in: ``POST /api/v1/write`` (remote-write 1.0 and 2.0, snappy protobuf).

``codec`` checks and splits requests (pure), ``routes`` serves the endpoint,
``config`` holds ``ingest.prometheus_remote_write``.
"""

from pipeline.ingest.promremote.config import PromRemoteWriteConfig

__all__ = ["PromRemoteWriteConfig"]
