"""The Elasticsearch-compatible API (``/_bulk`` and the probes shippers make) on the ingest HTTP port.

``codec`` parses bulk bodies and builds Elasticsearch's answers (pure),
``routes`` serves them, ``config`` holds ``ingest.es_bulk``.
"""

from pipeline.ingest.esbulk.config import EsBulkConfig

__all__ = ["EsBulkConfig"]
