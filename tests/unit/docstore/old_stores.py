"""Stores as earlier releases left them, made from a store of this one (for the tests of opening them).

Version 1 (the rollup, before trace ids were indexed by hash): ``docs`` without
``trace_h``, every string ``trace_id`` in ``d.trace`` and every string ``id``
in ``d.fid`` (each with its index).  Version 0 (before the rollup): the same
without the ``rollup`` and ``meta`` tables, and no ``user_version``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

__all__ = ["as_release"]


def as_release(directory: Path, version: int) -> None:
    """Rewrite the (closed) store in ``directory`` as release ``version`` (0 or 1) would have written it."""
    conn = sqlite3.connect(directory / "docs.sqlite")
    try:
        trace, doc_id = (f"CASE WHEN json_type(flat, '$.\"{name}\"') = 'text' THEN json_extract(flat, '$.\"{name}\"') END"
                          for name in ("trace_id", "id"))
        conn.executescript(f"""
            UPDATE docs SET trace = {trace}, fid = {doc_id};
            DROP INDEX docs_trace_h;
            ALTER TABLE docs DROP COLUMN trace_h;
            PRAGMA user_version = 1;
        """)
        if version == 0:
            conn.executescript("DROP TABLE rollup; DROP TABLE meta; PRAGMA user_version = 0;")
        conn.commit()
    finally:
        conn.close()
