"""The Elasticsearch-compatible API on the ingest HTTP listener, so shippers point here unchanged.

What the shippers send (from their sources and docs):

- Filebeat / Elastic Agent: ``GET /`` (version, ``X-Elastic-Product``),
  ``GET /_license``, ``HEAD``/``PUT /_index_template/{name}``,
  ``GET``/``PUT /_ilm/policy/{name}``, ``GET /_data_stream/{name}``,
  ``GET /_ingest/pipeline/{name}``, then ``POST /_bulk`` with ``create``.
- Logstash: ``GET /`` (also as health check), ``GET /_license``,
  ``GET /_xpack``, ``HEAD``/``PUT /_index_template/{name}``,
  ``GET``/``PUT /_ilm/policy/{name}``, ``HEAD /{alias}``, ``POST /_bulk``
  (``?filter_path=...``).
- Vector: ``GET /`` (``version.number`` for ``api_version: auto``),
  ``GET /_cluster/health`` (health check), ``POST /_bulk`` (``index`` or
  ``create``, optional ``pipeline``).
- Fluent Bit: ``POST /_bulk`` (``_type`` unless ``Suppress_Type_Name``).
- syslog-ng ``elasticsearch-http()`` (3.38, run by the tests): no probe,
  ``POST /_bulk`` (or ``/{index}/_bulk``) of ``index`` actions without
  ``_type`` (``type("")``), ``application/x-ndjson``; only the HTTP status
  is read (a whole-request 429 or 5xx is retried, an item's 429 is not).
- rsyslog ``omelasticsearch`` (8.2302, run by the tests): with ``bulkmode``
  ``POST /_bulk`` of ``index`` actions with ``_type``, ``application/json``,
  no probe while the server answers; ``GET /_cat/health`` (read as text)
  before resuming after a failure; without ``bulkmode``,
  ``POST /{index}/{type}`` one document at a time.

Management calls (templates, ILM, ingest pipelines, data streams, aliases,
index creation, refresh) are acknowledged and otherwise ignored: Sightline
owns the real store's mappings.  Every answer carries
``X-Elastic-Product: Elasticsearch``.  While Kafka is down (nothing of the
request produced) a bulk request is refused whole, ``503`` with
``Retry-After``, as Elasticsearch answers when it cannot take writes: every
shipper retries that, including those that read only the status.  When Kafka
acknowledges only some of its batches, the request is answered 200 with each
document item not produced ``429 es_rejected_execution_exception``, so
shippers retry those items alone; at the in-flight limits it is refused
whole with 429 before its body is read.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import orjson
from aiohttp import web

from pipeline.ingest.body import BODY_SIZE, TENANT, decode, hold_decoded, read_body
from pipeline.ingest.contract import Endpoints, ErrorScope, Handler, ReceiverContext, Route
from pipeline.ingest.errors import IngestError, Unavailable
from pipeline.ingest.esbulk.codec import (
    BulkItem,
    bulk_response,
    cluster_health,
    es_error,
    license_info,
    parse_bulk,
    root_info,
    xpack_info,
)
from pipeline.ingest.esbulk.config import EsBulkConfig
from pipeline.ingest.jsonlogs.codec import limit_attributes
from pipeline.ingest.quote import scrub
from pipeline.ingest.receiver import Request

__all__ = ["TRANSPORT", "EsHttp", "endpoints"]

TRANSPORT = "es-bulk"
"""The ``transport`` metric label of this receiver."""

_VND_JSON = "application/vnd.elasticsearch+json; compatible-with="
_ERROR_TYPES = {
    400: "illegal_argument_exception",
    401: "security_exception",
    413: "content_too_long_exception",
    415: "media_type_header_exception",
    429: "es_rejected_execution_exception",
    503: "unavailable_shards_exception",
}


class EsHttp:
    """Routes and handlers of the Elasticsearch-compatible API."""

    def __init__(self, section: EsBulkConfig, ctx: ReceiverContext) -> None:
        self.receiver = ctx.receiver
        self.limits = ctx.limits
        self.es = section
        self.mapping = ctx.json_mapping
        self.major = self.es.version.split(".")[0]
        self._seq = 0

    # -- plumbing -----------------------------------------------------------------------
    def routes(self) -> list[Route]:
        """Every route; answers to paths not claimed by other receivers are Elasticsearch's."""
        out: list[Route] = []

        def add(method: str, path: str, handler: Handler) -> None:
            out.append(Route(method, path, handler, "logs", TRANSPORT))

        add("GET", "/", self.root)
        for path in ("/_bulk", "/{index}/_bulk", "/{index}/{type}/_bulk"):
            add("POST", path, self.bulk)
            add("PUT", path, self.bulk)
        add("GET", "/_cluster/health", self.health)
        add("GET", "/_cluster/health/{index}", self.health)
        add("GET", "/_license", self.static(license_info()))
        add("GET", "/_xpack", self.static(xpack_info()))
        add("GET", "/_nodes", self.static({"_nodes": {"total": 1, "successful": 1, "failed": 0}, "nodes": {}}))
        add("GET", "/_nodes/{rest:.*}", self.static({"_nodes": {"total": 1, "successful": 1, "failed": 0}, "nodes": {}}))
        add("GET", "/_cluster/settings", self.static({"persistent": {}, "transient": {}}))
        add("GET", "/_ilm/status", self.static({"operation_mode": "RUNNING"}))
        add("GET", "/_cat", self.cat)
        add("GET", "/_cat/{what:.*}", self.cat)
        for path in ("/_refresh", "/{index}/_refresh", "/_flush", "/{index}/_flush"):
            add("*", path, self.refresh)
        for kind in ("_index_template", "_template", "_component_template", "_ilm/policy",
                     "_ingest/pipeline", "_data_stream", "_alias", "_aliases"):
            add("*", f"/{kind}", self.management)
            add("*", f"/{kind}/{{name}}", self.management)
        add("*", "/{index}/_alias/{name}", self.management)
        add("*", "/{index}/_mapping", self.management)
        add("*", "/{index}/_settings", self.management)
        add("POST", "/{index}/_doc", self.single)
        for path in ("/{index}/_doc/{id}", "/{index}/_create/{id}"):
            add("POST", path, self.single)
            add("PUT", path, self.single)
        add("*", "/{index}", self.index_level)
        add("POST", "/{index}/{type}", self.single)  # rsyslog without bulkmode: POST /index/type
        return out

    def _json(self, request: web.Request, doc: Any, status: int = 200) -> web.Response:
        accept = request.headers.get("Accept", "")
        if "compatible-with=" in accept:
            ctype = _VND_JSON + accept.split("compatible-with=")[1][:1]
            return web.Response(status=status, body=orjson.dumps(doc), headers={"Content-Type": ctype})
        return web.Response(status=status, body=orjson.dumps(doc), content_type="application/json")

    def render_error(self, request: web.Request, error: IngestError) -> web.Response:
        response = self._json(
            request, es_error(error.status, _ERROR_TYPES.get(error.status, "exception"), error.message), error.status
        )
        if error.retry_after is not None:
            response.headers["Retry-After"] = str(error.retry_after)
        return response

    def static(self, doc: dict[str, Any]) -> Callable[[web.Request], Any]:
        async def handler(request: web.Request) -> web.Response:
            return self._json(request, doc)

        return handler

    # -- probes -------------------------------------------------------------------------
    async def root(self, request: web.Request) -> web.Response:
        """``GET /`` and ``HEAD /``: the version banner shippers check."""
        return self._json(request, root_info(self.es.version, self.es.cluster_name))

    async def health(self, request: web.Request) -> web.Response:
        return self._json(request, cluster_health(self.es.cluster_name))

    async def cat(self, request: web.Request) -> web.Response:
        """``/_cat/*``: health as one green line, the rest empty; JSON with ``?format=json``."""
        what = request.match_info.get("what", "")
        rows: list[dict[str, Any]] = []
        if what.startswith("health"):
            rows = [{"epoch": str(int(time.time())), "cluster": self.es.cluster_name, "status": "green",
                     "node.total": "1", "node.data": "1", "shards": "1", "pri": "1", "relo": "0",
                     "init": "0", "unassign": "0", "pending_tasks": "0", "active_shards_percent": "100.0%"}]
        if request.query.get("format") == "json" or "json" in request.headers.get("Accept", ""):
            return self._json(request, rows)
        text = "".join(" ".join(row.values()) + "\n" for row in rows)
        return web.Response(text=text, content_type="text/plain")

    async def refresh(self, request: web.Request) -> web.Response:
        return self._json(request, {"_shards": {"total": 1, "successful": 1, "failed": 0}})

    async def management(self, request: web.Request) -> web.Response:
        """Templates, ILM policies, ingest pipelines, data streams, aliases: acknowledged, not stored.

        ``HEAD`` and ``GET`` say the object exists, so shippers do not try to
        install it; ``PUT``/``POST``/``DELETE`` answer ``acknowledged``.
        """
        if request.method in ("PUT", "POST", "DELETE"):
            return self._json(request, {"acknowledged": True})
        name = request.match_info.get("name", "")
        kind = request.path.split("/")[1]
        if kind == "_index_template":
            pattern = [f"{name}*"] if name else []
            doc: Any = {"index_templates": [{"name": name, "index_template": {"index_patterns": pattern,
                        "template": {}, "composed_of": []}}] if name else []}
        elif kind == "_component_template":
            doc = {"component_templates": [{"name": name, "component_template": {"template": {}}}] if name else []}
        elif kind == "_data_stream":
            doc = {"data_streams": [{"name": name, "timestamp_field": {"name": "@timestamp"}, "indices": [],
                                     "generation": 1, "status": "GREEN", "template": name}] if name else []}
        elif kind == "_ilm":
            doc = {name: {"version": 1, "modified_date": "2026-01-01T00:00:00.000Z",
                          "policy": {"phases": {"hot": {"min_age": "0ms", "actions": {}}}}}} if name else {}
        elif kind == "_ingest":
            doc = {name: {"description": "accepted by sightline; not run", "processors": []}} if name else {}
        else:
            doc = {name: {"index_patterns": [f"{name}*"], "settings": {}, "mappings": {}}} if name else {}
        return self._json(request, doc)

    async def index_level(self, request: web.Request) -> web.Response:
        """``HEAD``/``GET``/``PUT /{index}``: every index exists; creating one is acknowledged."""
        index = request.match_info["index"]
        if index.startswith("_"):
            return self._json(request, es_error(400, "invalid_index_name_exception",
                                                f"no handler for [{request.method} {scrub(request.path)}]"), 400)
        if request.method in ("PUT", "POST"):
            return self._json(request, {"acknowledged": True, "shards_acknowledged": True, "index": index})
        if request.method == "DELETE":
            return self._json(request, {"acknowledged": True})
        return self._json(request, {index: {"aliases": {}, "mappings": {}, "settings": {}}})

    # -- documents ----------------------------------------------------------------------
    async def _read_items(self, request: web.Request, single: bool) -> tuple[bytes, list[BulkItem]]:
        limits = self.limits
        body = await read_body(request, limits.max_body_bytes, limits.max_decompressed_bytes)
        received = time.time_ns()
        index = request.match_info.get("index")
        if single:
            action = "create" if "/_create/" in request.path else "index"
            meta = {"_index": index, "_id": request.match_info.get("id")}
            body = orjson.dumps({action: meta}) + b"\n" + body
        items = await decode(
            len(body), parse_bulk, body, index, self.mapping, limits.default_service, received,
            self.es.index_attribute, limits.max_depth, limits.max_record_bytes,
        )
        hold_decoded(sum(item.record is not None for item in items))  # held until Kafka has them
        return body, items

    async def _accept(self, req: Request, items: list[BulkItem]) -> IngestError | None:
        """Produce the good items' records, item by item: what Kafka did not take answers 429.

        Kafka is checked before anything is produced; when it acknowledges
        only some batches, the others are sent again as they were
        (``ingest.es_bulk.partial_retries``), then the items of what it took
        are accepted and only the others are answered 429 (the sender
        retries those items alone).
        """
        good = [n for n, item in enumerate(items) if item.record is not None]
        pressure: IngestError | None = None
        produced: set[int] = set()
        if good:  # the caller named the request by its body (Request.identify)
            try:
                self.receiver.check_kafka()
                records = [items[n].record for n in good]
                dropped, truncated = limit_attributes(
                    [r for r in records if r is not None], self.limits.max_attributes, self.limits.max_value_length
                )
                self.receiver.count_limited("logs", dropped, truncated)
                by_service: dict[str, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
                for n in good:
                    record = items[n].record
                    assert record is not None
                    by_service[record["service.name"]].append((n, record))
                first = items[good[0]].record
                assert first is not None
                produced = await self.receiver.produce_items(
                    req, by_service, first["observed_time_unix_nano"], self.es.partial_retries
                )
            except Unavailable as exc:
                pressure, produced = exc, exc.produced
        if pressure is not None:
            for n in good:
                if n not in produced:
                    items[n].fail(429, "es_rejected_execution_exception", pressure.message)
        metrics = self.receiver.metrics
        refused: dict[str, int] = defaultdict(int)
        for item in items:
            if item.record is None and item.status not in (0, 404):
                refused["throttled" if item.status == 429 else "invalid_record"] += 1
        for reason, count in refused.items():
            metrics.rejected.labels("logs", reason).inc(count)
        accepted = sum(1 for item in items if item.record is not None)
        if accepted:
            metrics.records.labels("logs", req.transport).inc(accepted)
        if pressure is not None:
            self.receiver.count(req, pressure.outcome if not produced else "partial")
        else:
            self.receiver.count(req, "partial" if refused else "ok")
        return pressure if not produced else None

    async def bulk(self, request: web.Request) -> web.Response:
        """``POST``/``PUT /_bulk`` and ``/{index}/_bulk``: the bulk API, answered item by item.

        At the in-flight limits the request is refused whole (429, as
        Elasticsearch's circuit breakers do) before its body is read; while
        Kafka is down (nothing of it produced) it is refused whole with 503 and
        ``Retry-After``: syslog-ng's ``elasticsearch-http()`` reads only the
        status and dropped a 200 whose items were all 429.  When Kafka took
        some of it, each document item not produced answers 429.
        """
        started = time.monotonic()
        req = Request("logs", TRANSPORT, request.get(TENANT), request.content_length or 0)
        try:
            with self.receiver.admit(req):
                body, items = await self._read_items(request, single=False)
                self.receiver.metrics.bytes.labels("logs", req.transport).inc(request.get(BODY_SIZE, len(body)))
                req.identify(body)
                pressure = await self._accept(req, items)
        except IngestError as exc:
            self.receiver.count(req, exc.outcome)
            return self.render_error(request, exc)
        if pressure is not None:  # nothing produced: the whole request again, later
            return self.render_error(request, pressure)
        answer = bulk_response(items, started, self._seq)
        self._seq += len(items)
        return self._json(request, answer)

    async def single(self, request: web.Request) -> web.Response:
        """``POST /{index}/_doc``, ``PUT /{index}/_doc/{id}``, ``/_create/{id}``: one document."""
        req = Request("logs", TRANSPORT, request.get(TENANT), request.content_length or 0)
        try:
            with self.receiver.admit(req):
                body, items = await self._read_items(request, single=True)
                self.receiver.metrics.bytes.labels("logs", req.transport).inc(request.get(BODY_SIZE, len(body)))
                req.identify(body)
                pressure = await self._accept(req, items)
        except IngestError as exc:
            self.receiver.count(req, exc.outcome)
            return self.render_error(request, exc)
        item = items[0]
        entry = next(iter(bulk_response(items, time.monotonic(), self._seq)["items"][0].values()))
        self._seq += 1
        if pressure is not None:
            return self.render_error(request, pressure)
        if item.record is None:
            return self._json(request, es_error(item.status, item.error_type, item.reason), item.status)
        status = entry.pop("status")
        return self._json(request, entry, status)


def endpoints(section: EsBulkConfig, ctx: ReceiverContext) -> Endpoints:
    """The Elasticsearch API's routes; its error answers for every path no other receiver claims."""
    api = EsHttp(section, ctx)
    return Endpoints(
        routes=api.routes(),
        errors=[ErrorScope("/", api.render_error, "logs", TRANSPORT)],
        headers={"X-Elastic-Product": "Elasticsearch"},
    )
