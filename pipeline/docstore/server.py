"""The HTTP API: the part of Elasticsearch's REST API that Sightline uses, over :class:`~pipeline.docstore.store.DocStore`.

Every answer carries ``X-Elastic-Product: Elasticsearch`` (the official
client refuses a server without it).  ``GET /`` answers as Elasticsearch
7.8.0, the API level served (composable index templates; no data streams, no
ILM), so the sink writes daily indices.  Routes:

- ``GET /``, ``GET /_cluster/health``, ``GET /_cat/indices``;
- ``PUT|GET|DELETE /_index_template/NAME``;
- ``PUT|HEAD|GET|DELETE /INDEX``, ``GET|PUT /INDEX/_mapping``;
- ``POST /_bulk``, ``/INDEX/_bulk``; ``GET /INDEX/_doc/ID``;
- ``GET|POST /_search``, ``/INDEX/_search`` (body, or ``q=``, ``size``,
  ``from``, ``sort``, ``_source``, ``track_total_hits``);
  ``/_count``, ``/INDEX/_count``; ``POST /INDEX/_delete_by_query``;
  ``POST /_refresh``, ``/INDEX/_refresh`` (a no-op: a bulk is searchable when
  it is answered);
- ``GET /_sightline/stats``: bytes in use, documents, documents dropped by the cap.

``INDEX`` is a name, a ``*`` pattern or a comma-separated list of them.  A
route or option not listed answers 400 saying what is not supported.
"""

from __future__ import annotations

import asyncio
import fnmatch
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import orjson
from aiohttp import web

from pipeline.docstore.errors import StoreError, unsupported
from pipeline.docstore.store import DocStore, spec_of
from pipeline.log import get_logger

__all__ = ["make_app"]

log = get_logger("docstore")

_HEADERS = {"X-Elastic-Product": "Elasticsearch"}
_SEARCH_PARAMS = {"allow_no_indices", "ignore_unavailable", "expand_wildcards", "q", "size", "from", "sort", "_source",
                  "track_total_hits", "rest_total_hits_as_int", "pretty", "timeout", "request_cache", "preference",
                  "routing", "df", "default_operator", "human", "error_trace", "filter_path_ignored", "ccs_minimize_roundtrips",
                  "typed_keys_ignored", "batched_reduce_size", "refresh", "wait_for_completion", "conflicts",
                  "format", "bytes", "h", "v", "s", "wait_for_active_shards", "master_timeout", "create", "cause",
                  "local", "include_defaults", "flat_settings", "wait_for_status", "level", "op_type", "version",
                  "version_type", "require_alias", "_source_includes", "_source_excludes", "search_type"}


def _json(data: Any, status: int = 200) -> web.Response:
    return web.Response(body=orjson.dumps(data), status=status, content_type="application/json", headers=_HEADERS)


def _flag(request: web.Request, name: str, default: bool) -> bool:
    value = request.query.get(name)
    if value is None:
        return default
    return value in ("", "true", "1")


class Api:
    """Route handlers; database work runs on a writer thread (one) and reader threads."""

    def __init__(self, store: DocStore, max_bytes: int = 0, check_interval: float = 10.0) -> None:
        self.store = store
        self.max_bytes = max_bytes
        self.check_interval = check_interval
        self.writer = ThreadPoolExecutor(1, thread_name_prefix="docstore-write")
        self.readers = ThreadPoolExecutor(2, thread_name_prefix="docstore-read")
        self._guard: asyncio.Task[None] | None = None
        self._warned = False

    async def _write(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self.writer, fn, *args)

    async def _read(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self.readers, fn, *args)

    # -- dispatch -------------------------------------------------------------------------------
    async def handle(self, request: web.Request) -> web.StreamResponse:
        try:
            for name in request.query:
                if name not in _SEARCH_PARAMS:
                    raise unsupported(f"the request parameter [{name}]")
            if request.query.get("search_type") not in (None, "query_then_fetch"):
                raise unsupported(f"search_type [{request.query['search_type']}]")
            response = await self._route(request)
        except StoreError as exc:
            if request.method == "HEAD":
                return web.Response(status=exc.status, headers=_HEADERS)
            return _json(exc.body(), exc.status)
        except web.HTTPException:
            raise
        except Exception as exc:  # a bug: answered as Elasticsearch answers one, and logged
            log.exception("docstore request failed", extra={"path": request.path})
            error = StoreError(500, "exception", f"{type(exc).__name__}: {exc}")
            return _json(error.body(), 500)
        return response

    async def _route(self, request: web.Request) -> web.StreamResponse:
        parts = [p for p in request.path.split("/") if p]
        method = request.method
        if not parts:
            if method in ("GET", "HEAD"):
                return self._root() if method == "GET" else web.Response(headers=_HEADERS)
            raise _no_handler(request)
        head = parts[0]
        if head.startswith("_"):
            handler = self._system(head, parts, method)
        elif len(parts) == 1:
            handler = self._index_route(method)
        else:
            handler = self._index_action(parts[1], method, len(parts))
        if handler is None:
            raise _no_handler(request)
        return await handler(request, parts)

    def _system(self, head: str, parts: list[str], method: str) -> Callable[..., Awaitable[web.StreamResponse]] | None:
        if head in ("_search", "_count", "_bulk", "_refresh", "_delete_by_query") and len(parts) == 1:
            return self._index_action(head, method, 2, all_indices=True)
        if head == "_all" and len(parts) == 2:
            return self._index_action(parts[1], method, 2)
        if head == "_cluster" and len(parts) >= 2 and parts[1] == "health" and method == "GET":
            return self.cluster_health
        if head == "_index_template":
            return {"PUT": self.put_template, "POST": self.put_template, "GET": self.get_template,
                    "HEAD": self.get_template, "DELETE": self.delete_template}.get(method)
        if head == "_cat" and len(parts) >= 2 and parts[1] == "indices" and method == "GET":
            return self.cat_indices
        if head == "_sightline" and parts[1:] == ["stats"] and method == "GET":
            return self.stats
        if head in ("_ilm", "_data_stream", "_component_template", "_template", "_alias", "_aliases", "_snapshot",
                    "_ingest", "_security", "_license", "_nodes", "_tasks", "_scroll", "_msearch", "_mget", "_sql"):
            return self._unsupported_api
        return None

    def _index_route(self, method: str) -> Callable[..., Awaitable[web.StreamResponse]] | None:
        return {"PUT": self.create_index, "HEAD": self.index_exists, "GET": self.get_index,
                "DELETE": self.delete_index}.get(method)

    def _index_action(self, action: str, method: str, length: int,
                      all_indices: bool = False) -> Callable[..., Awaitable[web.StreamResponse]] | None:
        table: dict[str, dict[str, Callable[..., Awaitable[web.StreamResponse]]]] = {
            "_search": {"GET": self.search, "POST": self.search},
            "_count": {"GET": self.count, "POST": self.count},
            "_bulk": {"POST": self.bulk, "PUT": self.bulk},
            "_refresh": {"POST": self.refresh, "GET": self.refresh},
            "_delete_by_query": {"POST": self.delete_by_query},
            "_mapping": {"GET": self.get_mapping, "PUT": self.put_mapping, "POST": self.put_mapping},
            "_doc": {"GET": self.get_doc, "HEAD": self.get_doc},
        }
        if action == "_doc" and length != 3:
            return None
        if action != "_doc" and length != 2:
            return None
        handler = table.get(action, {}).get(method)
        if handler is None:
            return None
        if all_indices:
            return lambda request, parts: handler(request, ["_all", *parts])
        return handler

    async def _unsupported_api(self, request: web.Request, parts: list[str]) -> web.StreamResponse:
        raise unsupported(f"the API [{request.method} /{'/'.join(parts)}] (no data streams, ILM, aliases, scroll or multi-requests)")

    # -- system -----------------------------------------------------------------------------------
    def _root(self) -> web.Response:
        return _json({
            "name": "sightline-docstore",
            "cluster_name": "sightline-docstore",
            "cluster_uuid": "sightline-docstore",
            "version": {"number": "7.8.0", "build_flavor": "default", "build_type": "sightline-docstore",
                        "build_hash": "sightline", "build_date": "2026-12-05T00:00:00.000Z", "build_snapshot": False,
                        "lucene_version": "8.5.1", "minimum_wire_compatibility_version": "6.8.0",
                        "minimum_index_compatibility_version": "6.0.0-beta1"},
            "tagline": "You Know, for Search",
        })

    async def cluster_health(self, request: web.Request, parts: list[str]) -> web.StreamResponse:
        count = len(self.store.indices)
        return _json({"cluster_name": "sightline-docstore", "status": "green", "timed_out": False,
                      "number_of_nodes": 1, "number_of_data_nodes": 1, "active_primary_shards": count,
                      "active_shards": count, "relocating_shards": 0, "initializing_shards": 0, "unassigned_shards": 0,
                      "delayed_unassigned_shards": 0, "number_of_pending_tasks": 0, "number_of_in_flight_fetch": 0,
                      "task_max_waiting_in_queue_millis": 0, "active_shards_percent_as_number": 100.0})

    async def stats(self, request: web.Request, parts: list[str]) -> web.StreamResponse:
        used = await self._read(self.store.used_bytes)
        counts = await self._read(self.store.doc_counts)
        return _json({"held_bytes": used, "docs": sum(counts.values()), "dropped": self.store.dropped,
                      "max_bytes": self.max_bytes, "dir": str(self.store.dir)})

    async def cat_indices(self, request: web.Request, parts: list[str]) -> web.StreamResponse:
        indices = self.store.resolve(parts[2] if len(parts) > 2 else None)
        counts = await self._read(self.store.doc_counts)
        used = await self._read(self.store.used_bytes)
        total = sum(counts.values()) or 1
        rows = []
        for ix in indices:
            docs = counts.get(ix.id, 0)
            size = str(int(used * docs / total))
            rows.append({"health": "green", "status": "open", "index": ix.name, "uuid": str(ix.id), "pri": "1", "rep": "0",
                         "docs.count": str(docs), "docs.deleted": "0", "store.size": size, "pri.store.size": size})
        if request.query.get("format") == "json":
            return _json(rows)
        text = "".join(" ".join(r[k] for k in ("health", "status", "index", "uuid", "pri", "rep", "docs.count",
                                                 "docs.deleted", "store.size", "pri.store.size")) + "\n" for r in rows)
        return web.Response(text=text, headers=_HEADERS)

    # -- templates and indices ------------------------------------------------------------------
    async def put_template(self, request: web.Request, parts: list[str]) -> web.StreamResponse:
        if len(parts) != 2:
            raise _no_handler(request)
        body = await _body(request)
        await self._write(self.store.put_template, parts[1], body)
        return _json({"acknowledged": True})

    async def get_template(self, request: web.Request, parts: list[str]) -> web.StreamResponse:
        names = [n for n in self.store.templates if len(parts) < 2 or any(
            fnmatch.fnmatchcase(n, p) for p in parts[1].split(","))]
        if len(parts) >= 2 and not names:
            raise StoreError(404, "resource_not_found_exception", f"index template matching [{parts[1]}] not found")
        if request.method == "HEAD":
            return web.Response(headers=_HEADERS)
        return _json({"index_templates": [{"name": n, "index_template": self.store.templates[n]} for n in names]})

    async def delete_template(self, request: web.Request, parts: list[str]) -> web.StreamResponse:
        if len(parts) != 2:
            raise _no_handler(request)
        await self._write(self.store.delete_template, parts[1])
        return _json({"acknowledged": True})

    async def create_index(self, request: web.Request, parts: list[str]) -> web.StreamResponse:
        body = await _body(request) if request.can_read_body else {}
        unknown = set(body) - {"settings", "mappings", "aliases"}
        if unknown or body.get("aliases"):
            raise unsupported(f"{sorted(unknown) or ['aliases']} in a create-index request")
        await self._write(self.store.create_index, parts[0], body)
        return _json({"acknowledged": True, "shards_acknowledged": True, "index": parts[0]})

    async def index_exists(self, request: web.Request, parts: list[str]) -> web.StreamResponse:
        found = self.store.resolve(parts[0], allow_no_indices=False, ignore_unavailable=False)
        return web.Response(status=200 if found else 404, headers=_HEADERS)

    async def get_index(self, request: web.Request, parts: list[str]) -> web.StreamResponse:
        indices = self.store.resolve(parts[0], _flag(request, "allow_no_indices", True), _flag(request, "ignore_unavailable", False))
        return _json({ix.name: {"aliases": {}, "mappings": _mappings_of(ix), "settings": {"index": {
            **ix.settings.get("index", {}), "creation_date": str(ix.created), "provided_name": ix.name,
            "number_of_replicas": "0", "uuid": str(ix.id)}}} for ix in indices})

    async def delete_index(self, request: web.Request, parts: list[str]) -> web.StreamResponse:
        indices = self.store.resolve(parts[0], _flag(request, "allow_no_indices", True), _flag(request, "ignore_unavailable", False))
        await self._write(self.store.delete_indices, [ix.name for ix in indices])
        return _json({"acknowledged": True})

    async def get_mapping(self, request: web.Request, parts: list[str]) -> web.StreamResponse:
        indices = self.store.resolve(parts[0])
        return _json({ix.name: {"mappings": _mappings_of(ix)} for ix in indices})

    async def put_mapping(self, request: web.Request, parts: list[str]) -> web.StreamResponse:
        body = await _body(request)
        if set(body) - {"properties", "dynamic_templates"} or body.get("dynamic_templates"):
            raise unsupported(f"{sorted(set(body) - {'properties'})} in a put-mapping request")
        indices = self.store.resolve(parts[0])
        await self._write(self.store.put_mapping, [ix.name for ix in indices], body)
        return _json({"acknowledged": True})

    # -- documents ---------------------------------------------------------------------------------
    async def bulk(self, request: web.Request, parts: list[str]) -> web.StreamResponse:
        body = await request.read()
        default = None if parts[0] == "_all" else parts[0]
        answer = await self._write(self.store.bulk, body, default)
        return _json(answer)

    async def get_doc(self, request: web.Request, parts: list[str]) -> web.StreamResponse:
        index = self.store.indices.get(parts[0])
        if index is None:
            raise StoreError(404, "index_not_found_exception", f"no such index [{parts[0]}]", index=parts[0])
        found = await self._read(self.store.get, index, parts[2])
        if found is None:
            return _json({"_index": index.name, "_id": parts[2], "found": False}, 404)
        if request.method == "HEAD":
            return web.Response(headers=_HEADERS)
        return _json(found)

    async def refresh(self, request: web.Request, parts: list[str]) -> web.StreamResponse:
        indices = self.store.resolve(parts[0], True, _flag(request, "ignore_unavailable", False))
        return _json({"_shards": {"total": len(indices), "successful": len(indices), "failed": 0}})

    # -- search ------------------------------------------------------------------------------------
    async def _search_body(self, request: web.Request) -> dict[str, Any]:
        body = await _body(request) if request.can_read_body else {}
        q = request.query
        if "q" in q:
            if body.get("query"):
                raise StoreError(400, "illegal_argument_exception", "q and a query in the body cannot both be given")
            spec: dict[str, Any] = {"query": q["q"]}
            if "df" in q:
                spec["default_field"] = q["df"]
            if "default_operator" in q:
                spec["default_operator"] = q["default_operator"]
            body["query"] = {"query_string": spec}
        for name in ("size", "from"):
            if name in q:
                body[name] = int(q[name])
        if "sort" in q:
            body["sort"] = [{f.split(":")[0]: f.split(":")[1]} if ":" in f else f for f in q["sort"].split(",")]
        if "_source" in q:
            value = q["_source"]
            body["_source"] = value == "true" if value in ("true", "false") else value.split(",")
        if "_source_includes" in q or "_source_excludes" in q:
            body["_source"] = {"includes": [s for s in q.get("_source_includes", "").split(",") if s],
                               "excludes": [s for s in q.get("_source_excludes", "").split(",") if s]}
        if "track_total_hits" in q:
            value = q["track_total_hits"]
            body["track_total_hits"] = value == "true" if value in ("true", "false") else int(value)
        if _flag(request, "rest_total_hits_as_int", False):
            body["rest_total_hits_as_int"] = True
        return body

    def _indices(self, request: web.Request, expression: str) -> Any:
        return self.store.resolve(expression, _flag(request, "allow_no_indices", True), _flag(request, "ignore_unavailable", False))

    async def search(self, request: web.Request, parts: list[str]) -> web.StreamResponse:
        body = await self._search_body(request)
        indices = self._indices(request, parts[0])
        answer = await self._read(self.store.search, indices, body)
        return _json(answer)

    async def count(self, request: web.Request, parts: list[str]) -> web.StreamResponse:
        body = await self._search_body(request)
        indices = self._indices(request, parts[0])
        number = await self._read(self.store.count, indices, body)
        shards = {"total": len(indices), "successful": len(indices), "skipped": 0, "failed": 0}
        return _json({"count": number, "_shards": shards})

    async def delete_by_query(self, request: web.Request, parts: list[str]) -> web.StreamResponse:
        started = time.perf_counter()
        body = await self._search_body(request)
        indices = self._indices(request, parts[0])
        deleted = await self._write(self.store.delete_by_query, indices, body)
        return _json({"took": int((time.perf_counter() - started) * 1000), "timed_out": False, "total": deleted,
                      "deleted": deleted, "batches": 1 if deleted else 0, "version_conflicts": 0, "noops": 0,
                      "retries": {"bulk": 0, "search": 0}, "throttled_millis": 0, "requests_per_second": -1.0,
                      "throttled_until_millis": 0, "failures": []})

    # -- the size cap ----------------------------------------------------------------------------------
    async def start(self, app: web.Application) -> None:
        if self.max_bytes:
            log.info("docstore keeps documents on disk, capped at "
                     f"{self.max_bytes / 1e6:.0f} MB (embedded.store_max_bytes), oldest dropped first",
                     extra={"dir": str(self.store.dir), "max_bytes": self.max_bytes})
        else:
            log.info("docstore keeps documents on disk without a cap (embedded.store_max_bytes 0)",
                     extra={"dir": str(self.store.dir)})
        self._guard = asyncio.create_task(self._guard_loop())

    async def stop(self, app: web.Application) -> None:
        if self._guard is not None:
            self._guard.cancel()
        self.writer.shutdown(wait=True)
        self.readers.shutdown(wait=True)
        self.store.close()

    def _dropped(self, deleted: int, cutoff: int, used: int) -> None:
        level = log.info if self._warned else log.warning
        self._warned = True
        level("docstore over its cap: oldest documents dropped",
              extra={"deleted": deleted, "up_to_ms": cutoff, "dropped_total": self.store.dropped, "held_bytes": used,
                     "max_bytes": self.max_bytes})

    async def _guard_loop(self) -> None:
        rounds = 0
        while True:
            await asyncio.sleep(self.check_interval)
            rounds += 1
            try:
                if self.max_bytes:
                    await self._write(self.store.enforce_cap, self.max_bytes, self._dropped)
                if rounds % 60 == 1:
                    await self._write(self.store.optimize)  # statistics for the query planner
            except Exception:
                log.exception("docstore cap check failed")


def _mappings_of(index: Any) -> dict[str, Any]:
    mapping = index.mapping
    out = dict(mapping.source)
    props = dict(out.get("properties") or {})
    for path in mapping.dynamic:
        props.setdefault(path, spec_of(mapping, path))
    out["properties"] = props
    return out



async def _body(request: web.Request) -> dict[str, Any]:
    raw = await request.read()
    if not raw.strip():
        return {}
    try:
        body = orjson.loads(raw)
    except ValueError as exc:
        raise StoreError(400, "parsing_exception", f"failed to parse the request body: {exc}") from None
    if not isinstance(body, dict):
        raise StoreError(400, "parsing_exception", "the request body must be a JSON object")
    return body


def _no_handler(request: web.Request) -> StoreError:
    return unsupported(f"the API [{request.method} {request.path}]")


def make_app(store: DocStore, max_bytes: int = 0, check_interval: float = 10.0) -> web.Application:
    """The aiohttp application serving ``store``."""
    api = Api(store, max_bytes, check_interval)
    app = web.Application(client_max_size=512 * 1024 * 1024)
    app.router.add_route("*", "/{tail:.*}", api.handle)
    app.on_startup.append(api.start)
    app.on_cleanup.append(api.stop)
    app["api"] = api
    return app
