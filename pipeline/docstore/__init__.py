"""An embedded search store on disk for ``sightline up``: SQLite behind the part of Elasticsearch's API Sightline uses.

``embedded.store_engine: sqlite`` makes ``sightline up`` run it (``python -m
pipeline.docstore``) instead of osmem-server, which keeps every document in
memory and costs 650-1,000 us of CPU per document on one core.  Documents are
kept in one SQLite database under ``embedded.store_dir`` (WAL; one
transaction per bulk request): the ``_source`` as sent, a flat view of its
fields typed by the index's mappings (JSON1), ``@timestamp`` as epoch ms and a
few hot fields in indexed columns, and the words of text fields in an FTS5
table.  Production stays on Elasticsearch; this is for one machine.

Modules: :mod:`.text` (words, dates), :mod:`.mapping` (mappings, the flat
view), :mod:`.query` (query DSL → SQL), :mod:`.aggs` (aggregations),
:mod:`.store` (SQLite), :mod:`.server` (HTTP).

Known differences from Elasticsearch, each a choice of this store:
no relevance scores (hits without a sort come in index order, ``_score`` 1 or
0); exact percentiles (Elasticsearch estimates with a t-digest); ideographic
text is indexed in runs, not one character a word; a field that changes type
between documents of one index keeps its first mapping, as in Elasticsearch,
but values are compared as stored.
"""

from __future__ import annotations

from pipeline.docstore.errors import StoreError
from pipeline.docstore.server import make_app
from pipeline.docstore.store import DocStore

__all__ = ["DocStore", "StoreError", "make_app"]
