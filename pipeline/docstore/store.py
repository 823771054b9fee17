"""The documents on disk: one SQLite database (WAL), its indices, bulk writes, searches, the size cap.

Tables: ``indices`` (name, mappings as given, settings), ``templates``
(composable index templates as given), ``fields`` (fields mapped by
documents, and the fields that held lists), ``docs`` (one row per document:
its index, ``_id``, version, ``@timestamp`` as epoch ms, ``service.name``, the
lookup keys of ``trace_id`` and ``id`` (:data:`~.query.LOOKUP`), the
``_source`` bytes as sent and the flat view as JSON) and ``fts`` (FTS5: one
row per text field of a document, rowid = document rowid × 64 + the field's slot, from ``text_fields``; no row
sizes kept, ``columnsize=0``: nothing is ranked), ``rollup`` (document counts per index, second and a few
fields' values, kept with the documents: :mod:`.rollup`) and ``meta`` (the rollup's settings).

The schema's version is the database's ``user_version`` (:data:`SCHEMA_VERSION`); a store of an older version
is brought up to date when opened, one of a newer version is refused with what to do.  Version 0 (releases
before the rollup): the rollup's rows counted from the documents.  Versions 0 and 1: the column ``trace_h``
added; the rows stored keep their trace ids in ``trace`` and every id in ``fid`` (both still looked up), new rows
have ``trace_h`` and an ``fid`` only where the id is not the ``_id``: each document no longer adds a key of 32 random
characters to two indexes (the cost per document grew with the store's size).

Writes go through one connection (one thread); each bulk request is one
transaction.  Searches read through their own connections (WAL: readers see
the last commit and never wait for the writer).
"""

from __future__ import annotations

import fcntl
import fnmatch
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from pipeline.docstore.aggs import plan_aggs
from pipeline.docstore.errors import StoreError, unsupported
from pipeline.docstore.mapping import (
    IndexMapping,
    MappingError,
    compile_mapping,
    index_document,
    merge_mapping,
)
from pipeline.docstore.query import HOT, OTHER_SLOT, Resolved, Translator, json_path, trace_hash
from pipeline.docstore.rollup import SCHEMA as ROLLUP_SCHEMA
from pipeline.docstore.rollup import Key, Rollup
from pipeline.log import get_logger

__all__ = ["SCHEMA_VERSION", "DocStore", "Index", "spec_of"]

log = get_logger("docstore")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS indices (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, created INTEGER NOT NULL,
    mappings TEXT NOT NULL, settings TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS templates (name TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS text_fields (name TEXT PRIMARY KEY, slot INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS fields (idx INTEGER NOT NULL, path TEXT NOT NULL, type TEXT, arrays INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (idx, path)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS docs (rowid INTEGER PRIMARY KEY, idx INTEGER NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL,
    ts INTEGER, svc TEXT, trace TEXT, fid TEXT, source BLOB NOT NULL, flat TEXT NOT NULL, trace_h INTEGER);
CREATE UNIQUE INDEX IF NOT EXISTS docs_key ON docs (idx, id);
CREATE INDEX IF NOT EXISTS docs_idx_ts ON docs (idx, ts);
CREATE INDEX IF NOT EXISTS docs_ts ON docs (ts);
CREATE INDEX IF NOT EXISTS docs_svc ON docs (svc, idx, ts) WHERE svc IS NOT NULL;
CREATE INDEX IF NOT EXISTS docs_trace ON docs (trace) WHERE trace IS NOT NULL;
CREATE INDEX IF NOT EXISTS docs_fid ON docs (fid) WHERE fid IS NOT NULL;
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(text, field UNINDEXED, columnsize = 0,
    tokenize = "unicode61 remove_diacritics 0 tokenchars '._:,;''’·'");
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
""" + ROLLUP_SCHEMA
# after the columns added since version 1 (docs.trace_h)
_SCHEMA_INDEXES = "CREATE INDEX IF NOT EXISTS docs_trace_h ON docs (trace_h) WHERE trace_h IS NOT NULL;"
# PRAGMA user_version. 0: a store of a release before the rollup (no version); 1: with the rollup; 2: trace ids
# indexed by their hash (docs.trace_h; docs.trace left empty), docs.fid only where the id is not the _id
SCHEMA_VERSION = 2
# ANALYZE reads about this many entries of each index (milliseconds, whatever the store's size): statistics enough for
# the planner to see that an index's equality on idx matches many rows and one on trace_h, id or fid a few (without
# them it may scan an index's whole idx for a term on trace_id or id)
_ANALYSIS_ROWS = 1000
_SLOTS = 64  # full-text rowid = document rowid × 64 + the text field's slot
_MAX_WINDOW = 10_000  # index.max_result_window
_ONE_SHARD = {"total": 1, "successful": 1, "failed": 0}  # every bulk item's _shards (one dict, answered as JSON)


@dataclass
class Index:
    """One index: its row id, name, creation time, settings and mappings (grown by dynamic mapping)."""

    id: int
    name: str
    created: int
    settings: dict[str, Any]
    mapping: IndexMapping


def _connect(path: Path, fresh: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
    if fresh:
        # 16 KiB pages (set before anything is written): inserting the rows of 200,000 distinct log documents took
        # 17% less CPU than with 4 KiB (fewer pages through the write-ahead log and the checkpoint)
        conn.execute("PRAGMA page_size=16384")
        # deleted pages go back to the file system; it must come before journal_mode, which writes the header
        conn.execute("PRAGMA auto_vacuum=INCREMENTAL")
    conn.execute("PRAGMA journal_mode=WAL")
    page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.execute(f"PRAGMA wal_autocheckpoint={max(1, 4 * 1024 * 1024 // page)}")  # a checkpoint every 4 MiB of log
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA cache_size=-65536")  # 64 MiB
    conn.execute("PRAGMA temp_store=MEMORY")
    conn.execute("PRAGMA journal_size_limit=67108864")  # the write-ahead log shrinks back to 64 MiB after a checkpoint
    conn.execute(f"PRAGMA analysis_limit={_ANALYSIS_ROWS}")
    return conn


def _pattern_matches(pattern: str, name: str) -> bool:
    return fnmatch.fnmatchcase(name, pattern)


class DocStore:
    """The store: open it on a directory (created if missing; locked against a second process).

    ``rollup``: the counts kept at write time (:class:`.rollup.Rollup`: bucket width, fields); stored with other
    settings, its rows are counted again from the documents when the store opens.
    """

    def __init__(self, directory: str | Path, rollup: Rollup | None = None) -> None:
        self.dir = Path(directory)
        self.dir.mkdir(parents=True, exist_ok=True)
        self._lock_file = open(self.dir / "lock", "w")
        try:
            fcntl.flock(self._lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._lock_file.close()
            raise StoreError(500, "lock_obtain_failed_exception",
                             f"another store process uses {self.dir} (embedded.store_dir)") from None
        self.path = self.dir / "docs.sqlite"
        fresh = not self.path.exists()
        self.db = _connect(self.path, fresh)
        self.rollup = rollup or Rollup()
        try:
            self._upgrade(fresh)
        except BaseException:
            self.db.close()
            self._lock_file.close()
            raise
        self.write_lock = threading.Lock()
        self._local = threading.local()
        self.indices: dict[str, Index] = {}
        self.templates: dict[str, dict[str, Any]] = {}
        self.dropped = 0
        self.slots: dict[str, int] = {}  # text field name → its slot in full-text rowids
        self._load()
        self._next_rowid = int(self.db.execute("SELECT coalesce(max(rowid), 0) + 1 FROM docs").fetchone()[0])
        self._seq = self._next_rowid
        self.optimize()

    # -- state ----------------------------------------------------------------------------------
    def _upgrade(self, fresh: bool) -> None:
        """Check the schema's version, bring an older store up to date, and the rollup's rows to its settings."""
        version = int(self.db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(500, "illegal_state_exception",
                             f"the store in {self.dir} has schema version {version}, made by a newer Sightline (this one "
                             f"reads up to {SCHEMA_VERSION}): run that release, or point embedded.store_dir at a new "
                             f"directory (this one keeps its documents)")
        self.db.executescript(_SCHEMA)
        if "trace_h" not in {r[1] for r in self.db.execute("PRAGMA table_info(docs)")}:  # versions 0 and 1
            self.db.execute("ALTER TABLE docs ADD COLUMN trace_h INTEGER")  # the rows already stored keep d.trace
        self.db.executescript(_SCHEMA_INDEXES)
        row = self.db.execute("SELECT value FROM meta WHERE key = 'rollup'").fetchone()
        if row is None or row[0] != self.rollup.settings() or not self._rollup_whole():
            self._count_rollup(version, row is not None)
        if version != SCHEMA_VERSION:
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        if version != SCHEMA_VERSION and not fresh:
            log.info("docstore schema brought up to date", extra={"from_version": version, "to_version": SCHEMA_VERSION})

    def _count_rollup(self, version: int, had_rollup: bool) -> None:
        """The rollup's rows counted from the documents, with its settings (a store without it, or other settings)."""
        started = time.perf_counter()
        self.db.execute("BEGIN")
        try:
            rows = self.rollup.rebuild(self.db)
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('rollup', ?)", (self.rollup.settings(),))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        if version or had_rollup or rows:
            log.info("docstore rollup counted from the documents", extra={
                "schema_version_was": version, "rows": rows, "seconds": round(time.perf_counter() - started, 2)})

    def _rollup_whole(self) -> bool:
        """Whether the rollup counts every timestamped document (not so if a release without it wrote since)."""
        counted = self.db.execute("SELECT coalesce(sum(n), 0) FROM rollup").fetchone()[0]
        return bool(counted == self.db.execute("SELECT count(*) FROM docs WHERE ts IS NOT NULL").fetchone()[0])

    def _load(self) -> None:
        self.slots.update(self.db.execute("SELECT name, slot FROM text_fields"))
        for name, body in self.db.execute("SELECT name, body FROM templates"):
            self.templates[name] = orjson.loads(body)
        for id_, name, created, mappings, settings in self.db.execute(
                "SELECT id, name, created, mappings, settings FROM indices"):
            self.indices[name] = Index(id_, name, created, orjson.loads(settings), compile_mapping(orjson.loads(mappings)))
        by_id = {ix.id: ix for ix in self.indices.values()}
        for idx, path, type_, arrays in self.db.execute("SELECT idx, path, type, arrays FROM fields"):
            ix = by_id.get(idx)
            if ix is None:
                continue
            if type_ and path not in ix.mapping.leaves:
                ix.mapping.add_leaf(path, orjson.loads(type_), dynamic=True)
            if arrays:
                ix.mapping.arrays.add(path)

    def close(self) -> None:
        with self.write_lock:
            self.db.close()
        self._lock_file.close()

    def _reader(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = _connect(self.path)
            conn.execute("PRAGMA query_only=1")
        return conn

    # -- templates and indices -----------------------------------------------------------------
    def put_template(self, name: str, body: dict[str, Any]) -> None:
        if not isinstance(body.get("index_patterns"), list | str):
            raise StoreError(400, "action_request_validation_exception", "Validation Failed: 1: index patterns are missing;")
        if body.get("data_stream") is not None:
            raise unsupported("data streams (index templates with data_stream)")
        compile_mapping(((body.get("template") or {}).get("mappings")) or {})  # refuse what cannot be mapped now
        with self.write_lock:
            self.db.execute("INSERT OR REPLACE INTO templates (name, body) VALUES (?, ?)", (name, orjson.dumps(body).decode()))
            self.templates[name] = body

    def delete_template(self, name: str) -> None:
        with self.write_lock:
            if name not in self.templates:
                raise StoreError(404, "resource_not_found_exception", f"index template matching [{name}] not found")
            self.db.execute("DELETE FROM templates WHERE name = ?", (name,))
            del self.templates[name]

    def _template_for(self, name: str) -> dict[str, Any]:
        best: tuple[int, dict[str, Any]] | None = None
        for body in self.templates.values():
            patterns = body.get("index_patterns")
            patterns = [patterns] if isinstance(patterns, str) else patterns or []
            if any(_pattern_matches(p, name) for p in patterns):
                priority = int(body.get("priority", 0))
                if best is None or priority > best[0]:
                    best = (priority, body)
        return dict(best[1].get("template") or {}) if best else {}

    def create_index(self, name: str, body: dict[str, Any] | None = None, must_be_new: bool = True) -> Index:
        """Create ``name`` with its template's settings and mappings (the request's added on top)."""
        with self.write_lock:
            return self._create_index(name, body, must_be_new)

    def _create_index(self, name: str, body: dict[str, Any] | None, must_be_new: bool) -> Index:
        existing = self.indices.get(name)
        if existing is not None:
            if must_be_new:
                raise StoreError(400, "resource_already_exists_exception", f"index [{name}/{existing.id}] already exists",
                                 index=name)
            return existing
        _check_name(name)
        template = self._template_for(name)
        body = body or {}
        mappings = dict(template.get("mappings") or {})
        extra = body.get("mappings") or {}
        if extra:
            mappings = {**mappings, **{k: v for k, v in extra.items() if k != "properties"}}
            mappings["properties"] = {**(mappings.get("properties") or {}), **(extra.get("properties") or {})}
        settings = {**(template.get("settings") or {}), **(body.get("settings") or {})}
        try:
            mapping = compile_mapping(mappings)
        except MappingError as exc:
            raise StoreError(400, "mapper_parsing_exception", str(exc)) from None
        created = int(time.time() * 1000)
        cursor = self.db.execute(
            "INSERT INTO indices (name, created, mappings, settings) VALUES (?, ?, ?, ?)",
            (name, created, orjson.dumps(mappings).decode(), orjson.dumps(settings).decode()),
        )
        index = Index(int(cursor.lastrowid or 0), name, created, settings, mapping)
        self.indices[name] = index
        return index

    def delete_indices(self, names: list[str]) -> None:
        with self.write_lock:
            for name in names:
                index = self.indices.pop(name, None)
                if index is None:
                    continue
                self.db.execute("BEGIN")
                try:
                    rows = [r for (r,) in self.db.execute("SELECT rowid FROM docs WHERE idx = ?", (index.id,))]
                    self.db.execute("DELETE FROM rollup WHERE idx = ?", (index.id,))  # the whole index's counts
                    self._delete_rows(rows, counted=False)
                    self.db.execute("DELETE FROM fields WHERE idx = ?", (index.id,))
                    self.db.execute("DELETE FROM indices WHERE id = ?", (index.id,))
                    self.db.execute("COMMIT")
                except BaseException:
                    self.db.execute("ROLLBACK")
                    raise
            self.db.executescript("PRAGMA incremental_vacuum;")  # execute would free one page: one step

    def put_mapping(self, names: list[str], body: dict[str, Any]) -> None:
        with self.write_lock:
            for name in names:
                index = self.indices[name]
                try:
                    merge_mapping(index.mapping, body)
                except MappingError as exc:
                    raise StoreError(400, "mapper_parsing_exception", str(exc)) from None
                self.db.execute("UPDATE indices SET mappings = ? WHERE id = ?",
                                (orjson.dumps(index.mapping.source).decode(), index.id))

    def resolve(self, expression: str | None, allow_no_indices: bool = True, ignore_unavailable: bool = False) -> list[Index]:
        """The indices an index expression names: comma-separated names and ``*`` patterns, ``-name`` excluded."""
        if not expression or expression in ("_all", "*"):
            return sorted((ix for ix in self.indices.values() if not ix.name.startswith(".")), key=lambda ix: ix.id)
        chosen: dict[str, Index] = {}
        for part in expression.split(","):
            part = part.strip()
            if not part:
                continue
            if part.startswith("-") and chosen:
                for name in [n for n in chosen if _pattern_matches(part[1:], n)]:
                    del chosen[name]
                continue
            if "*" in part or part == "_all":
                pattern = "*" if part == "_all" else part
                matched = [ix for ix in self.indices.values()
                           if _pattern_matches(pattern, ix.name) and not (ix.name.startswith(".") and not pattern.startswith("."))]
                if not matched and not allow_no_indices:
                    raise StoreError(404, "index_not_found_exception", f"no such index [{part}]", index=part)
                chosen.update((ix.name, ix) for ix in matched)
            else:
                found = self.indices.get(part)
                if found is None:
                    if ignore_unavailable:
                        continue
                    raise StoreError(404, "index_not_found_exception", f"no such index [{part}]", index=part,
                                     **{"resource.type": "index_or_alias", "resource.id": part, "index_uuid": "_na_"})
                chosen[part] = found
        return sorted(chosen.values(), key=lambda ix: ix.id)

    # -- bulk -------------------------------------------------------------------------------------
    def bulk(self, body: bytes, default_index: str | None = None) -> dict[str, Any]:
        """Every action of an NDJSON bulk body, in one transaction; the answer item by item."""
        started = time.perf_counter()
        lines = body.split(b"\n")
        actions: list[tuple[str, dict[str, Any], bytes | None]] = []
        i = 0
        while i < len(lines):
            line = lines[i].strip()
            i += 1
            if not line:
                continue
            try:
                action = orjson.loads(line)
                (op, meta), = action.items()
            except (ValueError, AttributeError, TypeError):
                raise StoreError(400, "illegal_argument_exception", f"Malformed action/metadata line [{i}]") from None
            if op not in ("create", "index", "delete", "update"):
                raise StoreError(400, "illegal_argument_exception", f"Unknown action [{op}] at line [{i}]")
            source = None
            if op != "delete":
                while i < len(lines) and not lines[i].strip():
                    i += 1
                if i >= len(lines):
                    raise StoreError(400, "illegal_argument_exception", "The bulk request must be terminated by a newline [\\n]")
                source = lines[i].strip()
                i += 1
            actions.append((op, meta if isinstance(meta, dict) else {}, source))
        if not actions:
            raise StoreError(400, "action_request_validation_exception", "Validation Failed: 1: no requests added;")
        with self.write_lock:
            items = self._apply(actions, default_index)
        errors = any("error" in next(iter(item.values())) for item in items)
        return {"took": int((time.perf_counter() - started) * 1000), "errors": errors, "items": items}

    def _apply(self, actions: list[tuple[str, dict[str, Any], bytes | None]], default_index: str | None) -> list[dict[str, Any]]:
        db = self.db
        items: list[dict[str, Any]] = []
        docs_rows: list[tuple[Any, ...]] = []
        fts_rows: list[tuple[int, str, str]] = []
        counts: dict[Key, int] = {}  # the rollup's rows of docs_rows
        rollup_key = self.rollup.key
        touched: dict[int, tuple[Index, set[str], set[str]]] = {}  # index id → (index, paths before, arrays before)
        pending: dict[tuple[int, str], int] = {}  # (index, _id) → position of a create in this request
        loads, dumps, slots = orjson.loads, orjson.dumps, self.slots
        db.execute("BEGIN")
        try:
            # the _ids that exist already, per index, for every create in the request
            wanted: dict[int, list[str]] = {}
            prepared: list[Any] = []
            for op, meta, source in actions:
                name = meta.get("_index") or default_index
                if not name:
                    prepared.append(StoreError(400, "action_request_validation_exception", "Validation Failed: 1: index is missing;"))
                    continue
                try:
                    index = self.indices.get(name) or self._create_index(name, None, must_be_new=False)
                except StoreError as exc:
                    prepared.append(exc)
                    continue
                doc_id = meta.get("_id")
                doc_id = str(doc_id) if doc_id is not None else uuid.uuid4().hex[:20]
                prepared.append((op, meta, source, index, doc_id))
                if op == "create":
                    wanted.setdefault(index.id, []).append(doc_id)
            existing: set[tuple[int, str]] = set()
            for idx, ids in wanted.items():
                for start in range(0, len(ids), 500):
                    chunk = ids[start:start + 500]
                    marks = ",".join("?" * len(chunk))
                    existing.update((idx, r) for (r,) in db.execute(
                        f"SELECT id FROM docs WHERE idx = ? AND id IN ({marks})", (idx, *chunk)))
            for position, entry in enumerate(prepared):
                if isinstance(entry, StoreError):
                    op = actions[position][0]
                    items.append({op: {"_index": actions[position][1].get("_index"), "_id": actions[position][1].get("_id"),
                                       "status": entry.status, "error": entry.body()["error"]}})
                    continue
                op, meta, source, index, doc_id = entry
                if index.id not in touched:
                    touched[index.id] = (index, set(index.mapping.leaves), set(index.mapping.arrays))
                if op == "update":
                    items.append(self._item_error(op, index.name, doc_id, unsupported("the update action in bulk requests")))
                    continue
                if op == "delete":
                    items.append(self._delete_one(index, doc_id, meta))
                    continue
                key = (index.id, doc_id)
                if op == "create" and (key in existing or key in pending):
                    items.append(self._item_error(op, index.name, doc_id, StoreError(
                        409, "version_conflict_engine_exception",
                        f"[{doc_id}]: version conflict, document already exists (current version [1])",
                        index_uuid=str(index.id), shard="0", index=index.name)))
                    continue
                try:
                    doc = loads(source or b"")
                    if not isinstance(doc, dict):
                        raise MappingError("failed to parse: the document is not a JSON object")
                    indexed = index_document(index.mapping, doc)
                except MappingError as exc:
                    items.append(self._item_error(op, index.name, doc_id, StoreError(400, "mapper_parsing_exception", str(exc))))
                    continue
                except ValueError as exc:
                    items.append(self._item_error(op, index.name, doc_id, StoreError(
                        400, "mapper_parsing_exception", f"failed to parse: {exc}")))
                    continue
                flat = indexed.flat
                version = 1
                result = "created"
                if op == "index":
                    self._flush(docs_rows, fts_rows, counts)  # the stored document may be one of this request's
                    answer = self._replace(index, doc_id, meta)
                    if isinstance(answer, StoreError):
                        items.append(self._item_error(op, index.name, doc_id, answer))
                        continue
                    version, result = answer
                rowid = self._next_rowid
                self._next_rowid += 1
                ts = flat.get("@timestamp")
                ts = ts if isinstance(ts, int) else None
                svc = flat.get("service.name")
                svc = svc if isinstance(svc, str) else None
                trace = flat.get("trace_id")
                fid = flat.get("id")
                docs_rows.append((
                    rowid, index.id, doc_id, version, ts, svc,
                    fid if isinstance(fid, str) and fid != doc_id else None,  # the sink's _id is the id: docs_key
                    source, dumps(flat).decode(),
                    trace_hash(trace) if isinstance(trace, str) else None,
                ))
                counted = rollup_key(index.id, ts, svc, flat)
                if counted is not None:
                    counts[counted] = counts.get(counted, 0) + 1
                for field, text in indexed.texts:
                    slot = slots.get(field)
                    if slot is None:
                        slot = self._new_slot(field)
                    fts_rows.append((rowid * _SLOTS + slot, text, field if slot == OTHER_SLOT else ""))
                if op == "create":
                    pending[key] = position
                self._seq += 1
                items.append({op: {"_index": index.name, "_id": doc_id, "_version": version, "result": result,
                                   "_shards": _ONE_SHARD, "_seq_no": self._seq,
                                   "_primary_term": 1, "status": 201 if result == "created" else 200}})
            self._flush(docs_rows, fts_rows, counts)
            self._save_fields(touched.values())
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            self._next_rowid = int(db.execute("SELECT coalesce(max(rowid), 0) + 1 FROM docs").fetchone()[0])
            self.slots = dict(db.execute("SELECT name, slot FROM text_fields").fetchall())  # those kept
            raise
        return items

    def slot_of(self, field: str) -> int | None:
        """A text field's slot for a query: its own, the shared one once all are taken, or None (never indexed)."""
        slot = self.slots.get(field)
        if slot is None and len(self.slots) >= OTHER_SLOT:
            return OTHER_SLOT
        return slot

    def _new_slot(self, field: str) -> int:
        """The slot of a text field seen for the first time (inside the bulk's transaction)."""
        slot = len(self.slots)
        if slot >= OTHER_SLOT:
            return OTHER_SLOT
        self.db.execute("INSERT INTO text_fields (name, slot) VALUES (?, ?)", (field, slot))
        self.slots[field] = slot
        return slot

    def _flush(self, docs_rows: list[tuple[Any, ...]], fts_rows: list[tuple[int, str, str]],
               counts: dict[Key, int]) -> None:
        self.rollup.add(self.db, counts)
        counts.clear()
        if docs_rows:
            self.db.executemany(
                "INSERT INTO docs (rowid, idx, id, version, ts, svc, fid, source, flat, trace_h) VALUES (?,?,?,?,?,?,?,?,?,?)",
                docs_rows)
            docs_rows.clear()
        if fts_rows:
            self.db.executemany("INSERT INTO fts (rowid, text, field) VALUES (?, ?, ?)", fts_rows)
            fts_rows.clear()

    def _replace(self, index: Index, doc_id: str, meta: dict[str, Any]) -> tuple[int, str] | StoreError:
        """An ``index`` action over a stored document: (version, result), or the conflict."""
        row = self.db.execute("SELECT rowid, version FROM docs WHERE idx = ? AND id = ?", (index.id, doc_id)).fetchone()
        given = meta.get("version")
        external = str(meta.get("version_type", "internal")) in ("external", "external_gt", "external_gte")
        if meta.get("if_seq_no") is not None:
            return unsupported("if_seq_no / if_primary_term")
        if row is None:
            return (int(given) if external and given is not None else 1), "created"
        rowid, current = row
        if external:
            gte = str(meta.get("version_type")) == "external_gte"
            if given is None or not (int(given) > current or (gte and int(given) == current)):
                return StoreError(409, "version_conflict_engine_exception",
                                  f"[{doc_id}]: version conflict, current version [{current}] is higher or equal to the one "
                                  f"provided [{given}]", index=index.name, shard="0")
            version = int(given)
        else:
            version = current + 1
        self._delete_rows([rowid])
        return version, "updated"

    def _delete_one(self, index: Index, doc_id: str, meta: dict[str, Any]) -> dict[str, Any]:
        row = self.db.execute("SELECT rowid, version FROM docs WHERE idx = ? AND id = ?", (index.id, doc_id)).fetchone()
        self._seq += 1
        base = {"_index": index.name, "_id": doc_id, "_shards": {"total": 1, "successful": 1, "failed": 0},
                "_seq_no": self._seq, "_primary_term": 1}
        if row is None:
            return {"delete": {**base, "_version": 1, "result": "not_found", "status": 404}}
        self._delete_rows([row[0]])
        return {"delete": {**base, "_version": row[1] + 1, "result": "deleted", "status": 200}}

    @staticmethod
    def _item_error(op: str, index: str, doc_id: str, error: StoreError) -> dict[str, Any]:
        cause = error.body()["error"]
        cause.pop("root_cause", None)
        return {op: {"_index": index, "_id": doc_id, "status": error.status, "error": cause}}

    def _save_fields(self, touched: Iterable[tuple[Index, set[str], set[str]]]) -> None:
        for index, before, arrays_before in touched:
            mapping = index.mapping
            new_paths = [p for p in mapping.dynamic if p not in before]
            new_arrays = mapping.arrays - arrays_before
            for path in new_paths:
                spec = spec_of(mapping, path)
                self.db.execute("INSERT OR REPLACE INTO fields (idx, path, type, arrays) VALUES (?, ?, ?, ?)",
                                (index.id, path, orjson.dumps(spec).decode(), int(path in mapping.arrays)))
            for path in new_arrays:
                self.db.execute(
                    "INSERT INTO fields (idx, path, type, arrays) VALUES (?, ?, NULL, 1) "
                    "ON CONFLICT (idx, path) DO UPDATE SET arrays = 1", (index.id, path))

    def _delete_rows(self, rowids: list[int], counted: bool = True) -> None:
        """Delete documents (and their full-text rows) by rowid, inside the caller's transaction.

        ``counted``: subtract them from the rollup (``False``: the caller deletes their rollup rows itself).
        """
        for start in range(0, len(rowids), 500):
            chunk = rowids[start:start + 500]
            if counted:
                self.rollup.subtract(self.db, chunk)
            self.db.executemany("DELETE FROM fts WHERE rowid >= ? AND rowid < ?",
                                [(r * _SLOTS, (r + 1) * _SLOTS) for r in chunk])
            self.db.execute(f"DELETE FROM docs WHERE rowid IN ({','.join('?' * len(chunk))})", chunk)

    # -- search ----------------------------------------------------------------------------------
    def _resolver(self, indices: list[Index]) -> Callable[[str], Resolved]:
        mappings = [ix.mapping for ix in indices]

        def resolve(name: str) -> Resolved:
            found = None
            arrays = False
            is_object = False
            for mapping in mappings:
                leaf = mapping.leaves.get(name)
                if leaf is not None:
                    if found is None:
                        found = leaf
                    arrays = arrays or leaf.path in mapping.arrays
                is_object = is_object or mapping.is_object(name)
            return Resolved(found, arrays, is_object)

        return resolve

    def search(self, indices: list[Index], body: dict[str, Any], now_ms: int | None = None) -> dict[str, Any]:
        """A ``_search`` answer: hits (sorted, paged, ``_source`` filtered), total, aggregations."""
        started = time.perf_counter()
        known = {"query", "size", "from", "sort", "_source", "track_total_hits", "aggs", "aggregations",
                 "rest_total_hits_as_int", "timeout", "track_scores", "version", "seq_no_primary_term", "stored_fields"}
        extra = set(body) - known
        if extra:
            raise unsupported(f"{sorted(extra)} in a search request")
        size = int(body.get("size", 10))
        offset = int(body.get("from", 0))
        if size < 0 or offset < 0:
            raise StoreError(400, "illegal_argument_exception", "[from] and [size] must be positive")
        if size + offset > _MAX_WINDOW:
            raise StoreError(400, "illegal_argument_exception",
                             f"Result window is too large, from + size must be less than or equal to: [{_MAX_WINDOW}] "
                             f"but was [{size + offset}].")
        track = body.get("track_total_hits", _MAX_WINDOW)
        shards = {"total": len(indices), "successful": len(indices), "skipped": 0, "failed": 0}
        answer: dict[str, Any] = {"took": 0, "timed_out": False, "_shards": shards}
        aggs_spec = body.get("aggs", body.get("aggregations"))
        if not indices:  # nothing to search (allowed by the caller): no hits, whatever the sort names
            hits_out: dict[str, Any] = {"total": {"value": 0, "relation": "eq"}, "max_score": None, "hits": []}
            if body.get("rest_total_hits_as_int"):
                hits_out["total"] = 0
            answer["hits"] = hits_out
            if aggs_spec:  # every field unmapped: empty buckets, null values
                empty = self._resolver([])
                answer["aggregations"] = plan_aggs(aggs_spec, Translator(empty, now_ms, self.slot_of), empty).run([])
            return answer
        resolve = self._resolver(indices)
        translator = Translator(resolve, now_ms, self.slot_of)
        params: list[Any] = []
        if not indices:
            where = "0"
        else:
            where, params = translator.where(body.get("query"))
        scope = f"d.idx IN ({','.join(str(ix.id) for ix in indices)})" if indices else "0"
        conn = self._reader()
        plan = plan_aggs(aggs_spec, translator, resolve) if aggs_spec else None
        aggregations: dict[str, Any] | None = None
        if plan is not None:
            split = self.rollup.split(body.get("query"), plan, translator, resolve)
            total, aggregations = plan.execute(conn, f"FROM docs d WHERE {scope} AND ({where})", params,
                                               split.sources(scope, where, params) if split else None)
        elif track is False:
            total = -1
        else:
            limit = None if track is True else int(track) + 1
            sql = f"SELECT 1 FROM docs d WHERE {scope} AND ({where})" + (f" LIMIT {limit}" if limit else "")
            total = int(conn.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0])
        hits: list[Any] = []
        order_sql, sort_cols, col_params, order_params, sorted_ = self._sort(body.get("sort"), resolve)
        if size:
            # the page first (rowids and sort values: index columns where the sort has them), then its documents:
            # the sort never reads the sources of the rows it passes over
            cols = ", ".join(["d.rowid", *sort_cols])
            sql = f"SELECT {cols} FROM docs d WHERE {scope} AND ({where}) ORDER BY {order_sql} LIMIT ? OFFSET ?"
            page = conn.execute(sql, [*col_params, *params, *order_params, size, offset]).fetchall()
            stored = {row[0]: row[1:] for row in conn.execute(
                f"SELECT rowid, idx, id, source FROM docs WHERE rowid IN ({','.join(str(int(r[0])) for r in page) or 'NULL'})")}
            by_id = {ix.id: ix.name for ix in indices}
            source_filter = _source_filter(body.get("_source"))
            score = None if sorted_ else (0.0 if _filter_only(body.get("query")) else 1.0)
            for row in page:
                found = stored.get(row[0])
                if found is None:  # deleted between the two reads (the cap): left out
                    continue
                hit: dict[str, Any] = {"_index": by_id.get(found[0], ""), "_id": found[1], "_score": score}
                if source_filter is None:
                    hit["_source"] = orjson.Fragment(found[2])
                elif callable(source_filter):
                    hit["_source"] = source_filter(orjson.loads(found[2]))
                if sorted_:
                    hit["sort"] = list(row[1:])
                hits.append(hit)
        hits_out = {}
        if total >= 0:
            if track is not True and plan is None and not isinstance(track, bool) and total > int(track):
                value = {"value": int(track), "relation": "gte"}
            elif plan is not None and track is not True and not isinstance(track, bool) and total > int(track):
                value = {"value": int(track), "relation": "gte"}
            else:
                value = {"value": total, "relation": "eq"}
            hits_out["total"] = value["value"] if body.get("rest_total_hits_as_int") else value
        hits_out["max_score"] = None if (sorted_ or not hits) else score
        hits_out["hits"] = hits
        answer["hits"] = hits_out
        if aggregations is not None:
            answer["aggregations"] = aggregations
        answer["took"] = int((time.perf_counter() - started) * 1000)
        return answer

    def _sort(self, sort: Any, resolve: Callable[[str], Resolved]) -> tuple[str, list[str], list[Any], list[Any], bool]:
        """(ORDER BY, the sort value columns, their parameters, ORDER BY's parameters, whether a sort was asked)."""
        if not sort:
            return "d.rowid", [], [], [], False
        specs = sort if isinstance(sort, list) else [sort]
        order: list[str] = []
        cols: list[str] = []
        params: list[Any] = []
        order_params: list[Any] = []
        for spec in specs:
            opts: dict[str, Any]
            if isinstance(spec, str):
                name, opts = spec, {}
            elif isinstance(spec, dict) and len(spec) == 1:
                (name, opts), = spec.items()
                opts = {"order": opts} if isinstance(opts, str) else dict(opts)
            else:
                raise StoreError(400, "parsing_exception", f"malformed sort {spec!r}")
            extra = set(opts) - {"order", "missing", "unmapped_type", "mode", "format"}
            if extra:
                raise unsupported(f"sort options {sorted(extra)}")
            desc = str(opts.get("order", "desc" if name == "_score" else "asc")).lower() == "desc"
            if name == "_score":
                cols.append("NULL")
                continue
            if name == "_doc":
                order.append("d.rowid" + (" DESC" if desc else ""))
                cols.append("d.rowid")
                continue
            found = resolve(name)
            if found.field is None:
                if opts.get("unmapped_type"):
                    cols.append("NULL")
                    continue
                raise StoreError(400, "query_shard_exception", f"No mapping found for [{name}] in order to sort on")
            if found.field.kind == "text":
                raise StoreError(400, "illegal_argument_exception",
                                 f"Text fields are not optimised for operations that require per-document field data "
                                 f"like aggregations and sorting, so these operations are disabled by default. Please use "
                                 f"a keyword field instead. Alternatively, set fielddata=true on [{name}]")
            path = found.field.path
            mode = str(opts.get("mode", "max" if desc else "min"))
            if mode not in ("min", "max"):
                raise unsupported(f"sort mode [{mode}]")
            expr_params: list[Any] = []
            if found.arrays:
                expr = f"(SELECT {mode}(value) FROM json_each(d.flat, ?))"
                expr_params = [json_path(path)]
            elif path in HOT:
                expr = HOT[path]
            else:
                expr = "json_extract(d.flat, ?)"
                expr_params = [json_path(path)]
            missing_first = opts.get("missing") == "_first"
            if opts.get("missing") not in (None, "_first", "_last"):
                raise unsupported("a sort's missing value other than _first or _last")
            # NULLS LAST on a descending column is its index's own order read backwards: an index can serve it
            order.append(f"{expr} {'DESC' if desc else 'ASC'} NULLS {'FIRST' if missing_first else 'LAST'}")
            order_params.extend(expr_params)
            cols.append(expr)
            params.extend(expr_params)
        order.append("d.rowid")
        return ", ".join(order), cols, params, order_params, True

    def count(self, indices: list[Index], body: dict[str, Any] | None, now_ms: int | None = None) -> int:
        body = body or {}
        extra = set(body) - {"query"}
        if extra:
            raise unsupported(f"{sorted(extra)} in a count request")
        if not indices:
            return 0
        where, params = Translator(self._resolver(indices), now_ms, self.slot_of).where(body.get("query"))
        scope = f"d.idx IN ({','.join(str(ix.id) for ix in indices)})"
        return int(self._reader().execute(f"SELECT count(*) FROM docs d WHERE {scope} AND ({where})", params).fetchone()[0])

    def delete_by_query(self, indices: list[Index], body: dict[str, Any], now_ms: int | None = None) -> int:
        if set(body) - {"query"}:
            raise unsupported(f"{sorted(set(body) - {'query'})} in a delete-by-query request")
        if "query" not in body:
            raise StoreError(400, "action_request_validation_exception", "Validation Failed: 1: query is missing;")
        if not indices:
            return 0
        where, params = Translator(self._resolver(indices), now_ms, self.slot_of).where(body.get("query"))
        scope = f"d.idx IN ({','.join(str(ix.id) for ix in indices)})"
        with self.write_lock:
            return self._delete_chunks(f"SELECT d.rowid FROM docs d WHERE {scope} AND ({where}) LIMIT 5000", params)

    def _delete_chunks(self, select: str, params: Sequence[Any]) -> int:
        """Delete what ``select`` finds (rowids, a chunk at a time) until it finds nothing, a transaction a chunk, and
        give the freed pages back; the caller holds ``write_lock``."""
        deleted = 0
        while True:
            rows = [r for (r,) in self.db.execute(select, params)]
            if not rows:
                break
            self.db.execute("BEGIN")
            try:
                self._delete_rows(rows)
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            deleted += len(rows)
        self.db.executescript("PRAGMA incremental_vacuum;")  # execute would free one page: one step
        return deleted

    def get(self, index: Index, doc_id: str) -> dict[str, Any] | None:
        row = self._reader().execute("SELECT version, source FROM docs WHERE idx = ? AND id = ?", (index.id, doc_id)).fetchone()
        if row is None:
            return None
        return {"_index": index.name, "_id": doc_id, "_version": row[0], "_seq_no": 0, "_primary_term": 1,
                "found": True, "_source": orjson.Fragment(row[1])}

    # -- size -----------------------------------------------------------------------------------------
    def used_bytes(self) -> int:
        """Bytes of the database in use (its pages less the free ones) plus the write-ahead log."""
        conn = self._reader()
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        wal = self.path.with_name(self.path.name + "-wal")
        wal_bytes = wal.stat().st_size if wal.exists() else 0
        return int((pages - free) * size + wal_bytes)

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the database and empty it."""
        with self.write_lock:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def doc_counts(self) -> dict[int, int]:
        return dict(self._reader().execute("SELECT idx, count(*) FROM docs GROUP BY idx").fetchall())

    def enforce_cap(self, max_bytes: int, on_drop: Callable[[int, int, int], None] | None = None) -> int:
        """Delete the oldest documents (by ``@timestamp``, over every index) while above ``max_bytes``, down to 90 %."""
        if max_bytes <= 0:
            return 0
        used = self.used_bytes()
        if used <= max_bytes:
            return 0
        self.checkpoint()
        used = self.used_bytes()
        if used <= max_bytes:
            return 0
        held = used
        deleted = 0
        cutoff = 0
        # a round deletes the share of documents that would bring the bytes to 90 % of the cap; the bytes fall by less
        # (index pages left part full, the full-text index's deletions kept until merged): at most three rounds
        for _ in range(3):
            total = int(self._reader().execute("SELECT count(*) FROM docs").fetchone()[0])
            if not total:
                break
            drop = min(total, int(total * (1 - 0.9 * max_bytes / used)) + 1)
            row = self._reader().execute(
                "SELECT ts FROM docs WHERE ts IS NOT NULL ORDER BY ts LIMIT 1 OFFSET ?", (drop - 1,)).fetchone()
            if row is None:
                break
            cutoff = int(row[0])
            with self.write_lock:
                deleted += self._delete_chunks("SELECT rowid FROM docs WHERE ts <= ? ORDER BY ts LIMIT 5000", (cutoff,))
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            used = self.used_bytes()
            if used <= max_bytes:
                break
        if not deleted:
            return 0
        self.dropped += deleted
        if on_drop is not None:
            on_drop(deleted, cutoff, held)
        return deleted

    def optimize(self) -> None:
        """Statistics for the query planner (an approximate ANALYZE: ``_ANALYSIS_ROWS`` entries of each index)."""
        with self.write_lock:
            self.db.execute("ANALYZE")


def spec_of(mapping: IndexMapping, path: str) -> dict[str, Any]:
    leaf = mapping.leaves[path]
    spec: dict[str, Any] = {"type": leaf.mapped_type}
    if leaf.ignore_above is not None:
        spec["ignore_above"] = leaf.ignore_above
    if leaf.subfields:
        spec["fields"] = {name: {"type": sub.mapped_type, **({"ignore_above": sub.ignore_above} if sub.ignore_above else {})}
                          for name, sub in leaf.subfields}
    return spec


def _check_name(name: str) -> None:
    if (not name or name != name.lower() or name.startswith(("_", "-", "+")) or name in (".", "..")
            or any(c in name for c in '\\/*?"<>| ,#:')):
        raise StoreError(400, "invalid_index_name_exception",
                         f"Invalid index name [{name}], must be lowercase and without \\, /, *, ?, \", <, >, |, space, "
                         f"comma, #, :", index=name)


def _filter_only(query: Any) -> bool:
    """Whether a query has no scoring part (a bool of filter / must_not only): its hits score 0."""
    if not isinstance(query, dict) or len(query) != 1:
        return False
    (kind, body), = query.items()
    if kind == "constant_score":
        return False
    return kind == "bool" and isinstance(body, dict) and not body.get("must") and not body.get("should")


def _source_filter(spec: Any) -> Callable[[dict[str, Any]], dict[str, Any]] | bool | None:
    """``None``: the source as stored; ``False``: no source; else a function keeping the paths asked for."""
    if spec is None or spec is True:
        return None
    if spec is False:
        return False
    includes: list[str]
    excludes: list[str]
    if isinstance(spec, str):
        includes, excludes = [spec], []
    elif isinstance(spec, list):
        includes, excludes = [str(s) for s in spec], []
    elif isinstance(spec, dict):
        includes = list(spec.get("includes", spec.get("include", [])) or [])
        excludes = list(spec.get("excludes", spec.get("exclude", [])) or [])
        if isinstance(includes, str):
            includes = [includes]
        if isinstance(excludes, str):
            excludes = [excludes]
    else:
        raise StoreError(400, "parsing_exception", f"malformed _source {spec!r}")

    def keep(path: str) -> bool | None:
        """True: keep the whole value; None: descend into it; False: drop."""
        if any(fnmatch.fnmatchcase(path, e) or fnmatch.fnmatchcase(path, e + ".*") for e in excludes):
            return False
        if not includes:
            return True if not any(e.startswith(path + ".") for e in excludes) else None
        if any(fnmatch.fnmatchcase(path, p) or path.startswith(p + ".") for p in includes):
            return True if not any(e.startswith(path + ".") for e in excludes) else None
        if any(p.startswith(path + ".") or fnmatch.fnmatchcase(path + ".x", p.split(".", path.count(".") + 1)[0] + ".x")
               for p in includes):
            return None
        return False

    def walk(value: dict[str, Any], prefix: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, item in value.items():
            path = prefix + key
            verdict = keep(path)
            if verdict is True:
                out[key] = item
            elif verdict is None and isinstance(item, dict):
                inner = walk(item, path + ".")
                if inner:
                    out[key] = inner
        return out

    return lambda source: walk(source, "")
