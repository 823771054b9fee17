"""An embedded search store on disk for ``sightline up``: SQLite behind the part of Elasticsearch's API Sightline uses.

``sightline up`` runs it (``python -m pipeline.docstore``) unless
``embedded.store_engine: osmem`` asks for osmem-server, which keeps every
document in memory and costs 1,300-1,600 us of CPU per document on one core
(this store: about 100-130 us in-process, 125-175 us end to end).  Documents are
kept in one SQLite database under ``embedded.store_dir`` (WAL; one
transaction per bulk request): the ``_source`` as sent, a flat view of its
fields typed by the index's mappings (JSON1), ``@timestamp`` as epoch ms and a
few hot fields in indexed columns, the words of text fields in an FTS5
table, and document counts per second by service, environment, severity and
status (:mod:`.rollup`, kept in the same transactions).  Production stays on
Elasticsearch; this is for one machine.

Modules: :mod:`.text` (words, dates), :mod:`.mapping` (mappings, the flat
view), :mod:`.query` (query DSL → SQL), :mod:`.aggs` (aggregations; :mod:`.aggs_sql`,
:mod:`.aggs_build`, :mod:`.aggs_bench`), :mod:`.rollup` (counts kept at write time),
:mod:`.store` (SQLite, the schema's versions), :mod:`.server` (HTTP).

Known differences from Elasticsearch, each a choice of this store:
no relevance scores (hits without a sort come in index order, ``_score`` 1,
or 0 for filters only); exact percentiles (Elasticsearch estimates with a
t-digest); ideographic text is indexed in runs of characters, not one
character a word; strings that look like dates are not detected as dates by
dynamic mapping (they stay keywords); a mapping conflict is refused when a
value cannot be read as its field's type or a leaf meets an object (the two
cases the sink sets aside), while Elasticsearch refuses a few more;
aggregations are counted by SQLite in one pass over the matching rows (a
GROUP BY over the tree's keys, :mod:`.aggs_sql`; in Python where a field held
lists), but that pass reads each row and parses its flat view for fields
without a column of their own, so they slow down with the number of
documents they cover (the console's services page over 1,000,000 span
documents: about 4 s of CPU); the console's log pages and charts are counted
from the rollup instead (over 1,000,000 log documents: 0.2 s, against 3 s
from the documents).
"""

from __future__ import annotations

from pipeline.docstore.errors import StoreError
from pipeline.docstore.server import make_app
from pipeline.docstore.store import DocStore

__all__ = ["DocStore", "StoreError", "make_app"]
