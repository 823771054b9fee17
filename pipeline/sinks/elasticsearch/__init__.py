"""The Elasticsearch sink: bulk indexing with content-derived ids, templates, retries.

:class:`~pipeline.sinks.elasticsearch.sink.ElasticsearchSink` is loaded on first
use: the config loader imports this package's section (``config.py``) without
loading the Elasticsearch client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.sinks.elasticsearch.sink import ElasticsearchSink

__all__ = ["ElasticsearchSink"]


def __getattr__(name: str) -> Any:
    if name == "ElasticsearchSink":
        from pipeline.sinks.elasticsearch.sink import ElasticsearchSink

        return ElasticsearchSink
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
