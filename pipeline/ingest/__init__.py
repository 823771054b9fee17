"""The ingestor: receivers (one package each) behind HTTP and gRPC servers, producing to the raw topics.

Receivers (``otlp``, ``jsonlogs``, ``esbulk``) each hold a pure codec, their
routes and their config section; they follow :mod:`pipeline.ingest.contract`
and are listed in :mod:`pipeline.ingest.registry`.  The servers (``http``,
``grpc_server``) host listeners and middleware; :class:`~pipeline.ingest.receiver.Receiver`
is the admission/produce/count object every receiver shares.

Names are loaded on first use, so importing a receiver's config section
does not load aiohttp, grpc or Kafka clients.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.ingest.jsonlogs.codec import decode_json_logs
    from pipeline.ingest.jsonlogs.config import JsonLogMapping
    from pipeline.ingest.limits import Limits
    from pipeline.ingest.otlp.codec import Split, split_json, split_proto
    from pipeline.ingest.service import Ingestor

__all__ = ["Ingestor", "JsonLogMapping", "Limits", "Split", "decode_json_logs", "split_json", "split_proto"]

_WHERE = {
    "Ingestor": "pipeline.ingest.service",
    "JsonLogMapping": "pipeline.ingest.jsonlogs.config",
    "Limits": "pipeline.ingest.limits",
    "Split": "pipeline.ingest.otlp.codec",
    "decode_json_logs": "pipeline.ingest.jsonlogs.codec",
    "split_json": "pipeline.ingest.otlp.codec",
    "split_proto": "pipeline.ingest.otlp.codec",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
