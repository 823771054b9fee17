"""The Elasticsearch sink: bulk indexing with content-derived ids, templates, retries."""

from pipeline.sinks.elasticsearch.sink import ElasticsearchSink

__all__ = ["ElasticsearchSink"]
