"""The contract between a receiver and the ingest servers: how to add a protocol.

A *receiver* turns one wire protocol into raw-topic batches (OTLP, JSON logs,
Elasticsearch bulk, ...).  The *servers* (``pipeline.ingest.http``: HTTP
listeners and their middleware; ``pipeline.ingest.grpc_server``: the gRPC listener)
host what receivers declare and know nothing of any protocol.  A receiver
never sees a server object: it declares its endpoints, and it is handed the
shared pieces it needs.

A new receiver is one package plus one registration line
---------------------------------------------------------
``pipeline/ingest/<name>/``:

``config.py``
    Its config section: a subclass of :class:`ReceiverSection` (``enabled``
    is inherited; add the receiver's own keys with defaults and a
    ``description``).  Its :meth:`~ReceiverSection.endpoints` imports the
    routes module lazily (config loading must stay light) and returns them.
``codec.py``
    The pure part: bytes in, records or batches out, no socket, no aiohttp;
    unit-tested in ``tests/unit/ingest/``.
``routes.py``
    ``endpoints(section, ctx) -> Endpoints``: the HTTP :class:`Route` s
    and/or :class:`GrpcService` s, how errors under its path prefix are
    answered (:class:`ErrorScope`), and optionally a :class:`Listener` of
    its own (host/port from its section, as Zipkin's 9411).  Handlers read
    the body with :func:`pipeline.ingest.body.read_body` within
    ``ctx.limits``, hold a slot with ``ctx.receiver.admit``, produce with
    ``ctx.receiver.produce``/``produce_records`` and count with
    ``ctx.receiver.count``; refusals are :mod:`pipeline.ingest.errors`
    classes, never matched by text.
``__init__.py``
    Exports the section class only (importing the package must stay cheap).

Then, in :mod:`pipeline.ingest.registry`, the import of its section class
and one field line in :class:`~pipeline.ingest.registry.Receivers` (its key
under ``ingest.`` and its section type); regenerate the README config
reference (``python -m tests.readme``).

What a receiver is handed (:class:`ReceiverContext`): the shared
:class:`~pipeline.ingest.receiver.Receiver` (in-flight admission, Kafka
check, produce, request counting), the :class:`~pipeline.ingest.auth.Authenticator`
(the servers already authenticate every request; handlers read the tenant
with ``request.get(TENANT)`` on HTTP, or get it as an argument on gRPC), the
:class:`~pipeline.ingest.metrics.IngestMetrics`, the shared request
:class:`~pipeline.ingest.limits.Limits`, and the shared JSON-log mapping.
Its own section is the first argument of ``endpoints``.

Example: a receiver of plain-text lines at ``POST /api/v1/lines`` on the main
listener (``ingest.lines.enabled``) would be::

    # pipeline/ingest/lines/config.py
    class LinesConfig(ReceiverSection):
        max_line_bytes: int = Field(16384, ge=1, description="longer lines are cut")

        def endpoints(self, ctx: ReceiverContext) -> Endpoints:
            from pipeline.ingest.lines.routes import endpoints
            return endpoints(self, ctx)

    # pipeline/ingest/lines/routes.py
    def endpoints(section: LinesConfig, ctx: ReceiverContext) -> Endpoints:
        async def post(request: web.Request) -> web.Response:
            req = Request("logs", "lines", request.get(TENANT), request.content_length or 0)
            try:
                with ctx.receiver.admit(req):
                    body = await read_body(request, ctx.limits.max_body_bytes,
                                           ctx.limits.max_decompressed_bytes)
                    ctx.receiver.check_kafka()
                    records = decode_lines(body, section.max_line_bytes)  # codec.py
                    await ctx.receiver.produce_records(req, by_service(records), time.time_ns())
            except IngestError as exc:
                ctx.receiver.count(req, exc.outcome)
                return web.json_response({"error": exc.message}, status=exc.status)
            ctx.receiver.count(req, "ok")
            return web.json_response({"accepted": len(records)})

        return Endpoints(
            routes=[Route("POST", "/api/v1/lines", post, "logs", "lines")],
            errors=[ErrorScope("/api/v1/lines", render_json_error, "logs", "lines")],
        )

    # pipeline/ingest/registry.py
    from pipeline.ingest.lines import LinesConfig
    ...  # in class Receivers:
    lines: LinesConfig = Field(default_factory=LinesConfig)

With a listener of its own (as Zipkin's 9411), its section derives from
:class:`ListenerSection` instead (``host``, ``port``, ``tls``; override
``port`` with the protocol's usual port) and its :class:`Endpoints` add
``listener=section.listener("ingest.lines")``: its routes then live on that
listener only, with the same middleware (authentication, body-size limit)
as the main one, and the bound port is ``Ingestor.ports["ingest.lines"]``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from pydantic import Field, field_validator

from pipeline.configbase import Section
from pipeline.ingest.listeners import TlsConfig
from schemas.raw import Signal

if TYPE_CHECKING:
    from aiohttp import web

    from pipeline.ingest.auth import Authenticator
    from pipeline.ingest.config import JsonLogMapping
    from pipeline.ingest.errors import IngestError
    from pipeline.ingest.limits import Limits
    from pipeline.ingest.metrics import IngestMetrics
    from pipeline.ingest.receiver import Receiver

__all__ = [
    "BackgroundTask",
    "Endpoints",
    "ErrorRenderer",
    "ErrorScope",
    "GrpcHandler",
    "GrpcService",
    "Handler",
    "Listener",
    "ListenerSection",
    "ReceiverContext",
    "ReceiverSection",
    "Route",
]

Handler = Callable[["web.Request"], Awaitable["web.StreamResponse"]]
"""An aiohttp request handler."""
ErrorRenderer = Callable[["web.Request", "IngestError"], "web.StreamResponse"]
"""How a receiver answers a request the server refused before its handler ran (401, 413)."""
GrpcHandler = Callable[[bytes, "str | None"], Awaitable[bytes]]
"""A unary gRPC method: the request message's bytes and the tenant in, the answer's bytes out.

Raise an :class:`~pipeline.ingest.errors.IngestError` to refuse: the server
counts it under the service's labels and aborts with its gRPC code, a
``google.rpc.Status`` and, when it has a ``retry_after``, a ``RetryInfo``.
"""


@dataclass(frozen=True, slots=True)
class Route:
    """One HTTP route: ``method`` (``"POST"``, ``"*"`` for any; ``"GET"`` also answers ``HEAD``) and aiohttp ``path`` pattern.

    ``signal`` and ``transport`` are the labels a request refused by the
    server before the handler ran (authentication) is counted under in
    ``sightline_ingest_requests_total``.
    """

    method: str
    path: str
    handler: Handler
    signal: Signal
    transport: str


@dataclass(frozen=True, slots=True)
class ErrorScope:
    """How refusals under a path ``prefix`` are answered, and counted when no route matched.

    The longest matching prefix over every receiver on a listener wins.
    """

    prefix: str
    render: ErrorRenderer
    signal: Signal
    transport: str


@dataclass(frozen=True, slots=True)
class GrpcService:
    """A gRPC service hosted on the ingest gRPC listener (``ingest.grpc``).

    ``name`` is the full service name (``package.Service``); ``methods`` maps
    method names to handlers.  Messages reach handlers as bytes (no
    deserializer), gzip already undone by gRPC within
    ``ingest.max_body_bytes``; answers are compressed when the
    request was.
    """

    name: str
    methods: Mapping[str, GrpcHandler]
    signal: Signal
    transport: str


@dataclass(frozen=True, slots=True)
class Listener:
    """An HTTP listener of a receiver's own; ``key`` is its config prefix, for error messages."""

    host: str
    port: int
    tls: TlsConfig
    key: str


class BackgroundTask(Protocol):
    """Work a receiver runs beside the listeners (:attr:`Endpoints.tasks`)."""

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


@dataclass(frozen=True, slots=True)
class Endpoints:
    """What a receiver declares to the servers.

    Attributes
    ----------
    routes
        HTTP routes; on ``listener`` when given, else on the main ingest
        HTTP listener (``ingest.http``).
    errors
        Error scopes for those routes' path prefixes.
    grpc
        gRPC services for the ingest gRPC listener (served while
        ``ingest.grpc.enabled``).
    listener
        A listener of the receiver's own, or ``None``.
    headers
        Headers every answer of the listener carries (Elasticsearch clients
        check ``X-Elastic-Product`` on every answer).
    tasks
        Background work that runs while the ingestor runs (a receiver that
        pulls, like the scraper): objects with ``async start()`` and
        ``async stop()``, started after the listeners and the producer,
        stopped before them.
    """

    routes: Sequence[Route] = ()
    errors: Sequence[ErrorScope] = ()
    grpc: Sequence[GrpcService] = ()
    listener: Listener | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    tasks: Sequence[BackgroundTask] = ()


@dataclass(frozen=True, slots=True)
class ReceiverContext:
    """What every receiver is handed: the shared pieces, never a server.

    Attributes
    ----------
    receiver
        Admission (``admit``), the Kafka check, ``produce`` /
        ``produce_records`` / ``export_otlp`` and ``count``.
    auth
        The authenticator (the servers already ran it on every request).
    metrics
        The ingest counters (``sightline_ingest_*``).
    limits
        The shared request limits (``ingest.max_*``, ``ingest.default_service``).
    json_mapping
        How JSON log objects become records (``ingest.json_mapping``),
        shared by the JSON-log receivers.
    """

    receiver: Receiver
    auth: Authenticator
    metrics: IngestMetrics
    limits: Limits
    json_mapping: JsonLogMapping


class ReceiverSection(Section):
    """Base of a receiver's config section (``ingest.<key>``); one subclass per receiver."""

    enabled: bool = Field(True, description="serve this receiver")

    def endpoints(self, ctx: ReceiverContext) -> Endpoints:
        """The receiver's routes and services; import the routes module inside, lazily."""
        raise NotImplementedError(f"{type(self).__name__} declares no endpoints")


class ListenerSection(ReceiverSection):
    """Base of the section of a receiver with an HTTP listener of its own (``host``, ``port``, ``tls``).

    Override ``port`` with the protocol's usual port as its default.
    """

    host: str = Field("127.0.0.1", description="listen address (0.0.0.0 for all interfaces)")
    port: int = Field(0, ge=0, le=65535, description="listen port; 0 picks a free port")
    tls: TlsConfig = Field(default_factory=TlsConfig)

    @field_validator("port")
    @classmethod
    def _port_range(cls, port: int) -> int:  # also when a subclass redeclares port without Field(ge=, le=)
        if not 0 <= port <= 65535:
            raise ValueError(f"port must be 0 to 65535, got {port}")
        return port

    def listener(self, key: str) -> Listener:
        """This section's listener; ``key`` is the section's config path (``"ingest.zipkin"``)."""
        return Listener(self.host, self.port, self.tls, key)

