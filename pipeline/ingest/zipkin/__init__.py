"""Zipkin in: ``POST /api/v2/spans`` (JSON v2 or proto3) on ``ingest.zipkin.port`` (9411).

``codec`` turns span lists into canonical spans (pure), ``routes`` serves
the endpoint on the receiver's own listener, ``config`` holds ``ingest.zipkin``.
"""

from pipeline.ingest.zipkin.config import ZipkinConfig

__all__ = ["ZipkinConfig"]
