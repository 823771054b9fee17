"""Sentry SDKs in: a DSN ``http://KEY@HOST:4318/PROJECT`` works as it is.

``codec`` turns envelopes and store bodies into canonical log records and
spans (pure), ``routes`` serves ``/api/{project}/envelope/`` and
``/api/{project}/store/``, ``config`` holds ``ingest.sentry``.
"""

from pipeline.ingest.sentry.config import SentryConfig

__all__ = ["SentryConfig"]
