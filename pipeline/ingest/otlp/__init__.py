"""OTLP in: ``/v1/logs``, ``/v1/traces``, ``/v1/metrics`` over HTTP (protobuf or JSON) and gRPC.

``codec`` validates and splits requests by service (pure; its protobuf half
in ``codec_proto``, its JSON half in ``codec_json``), ``routes`` declares the
HTTP routes and gRPC services, ``config`` holds ``ingest.otlp``.
"""

from pipeline.ingest.otlp.config import OtlpConfig

__all__ = ["OtlpConfig"]
