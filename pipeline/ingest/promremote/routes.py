"""``POST /api/v1/write``: Prometheus remote write 1.0 and 2.0 on the ingest HTTP port.

A request is a snappy-compressed (block format) protobuf with
``Content-Encoding: snappy``: a 1.0 ``prometheus.WriteRequest``
(``Content-Type: application/x-protobuf``, ``X-Prometheus-Remote-Write-Version:
0.1.0``) or a 2.0 ``io.prometheus.write.v2.Request``
(``Content-Type: application/x-protobuf;proto=io.prometheus.write.v2.Request``),
which is turned into 1.0 (labels and metadata resolved from its symbol table)
and then treated alike.  Every answer carries
``X-Prometheus-Remote-Write-{Samples,Histograms,Exemplars}-Written`` as 2.0
asks.  Answers, as the remote-write specifications ask (senders retry 5xx,
and 429 when told to; never 4xx), with the reason as plain text:

====  ================================================================  ========
204   accepted: every series produced to Kafka (stale markers, NaN and  no retry
      ±Inf samples included; statistics leave them out)
400   not snappy, not a ``WriteRequest``, or some series refused         no retry
      (invalid metric or label name, duplicate label, too many labels,
      2.0 references outside the symbol table, a time out of range, a
      native histogram that cannot be expanded, a series over
      ``ingest.max_record_bytes``): the valid series of the request were
      accepted
401   auth on and no valid key                                          no retry
413   body over ``ingest.max_body_bytes``, announcing more than         no retry
      ``ingest.max_decompressed_bytes`` once decompressed (refused
      before expanding it), or more samples than
      ``ingest.max_records_per_request``
415   a Content-Encoding other than snappy, or a ``proto`` other than    no retry
      the two above
429   at ``ingest.max_in_flight``; ``Retry-After``                      retry
503   Kafka unreachable or not acknowledging; ``Retry-After``           retry
====  ================================================================  ========
"""

from __future__ import annotations

import time

from aiohttp import web

from pipeline.ingest.body import BODY_SIZE, TENANT
from pipeline.ingest.contract import Endpoints, ErrorScope, ReceiverContext, Route
from pipeline.ingest.errors import (
    IngestError,
    InvalidRequest,
    PayloadTooLarge,
    UnsupportedMediaType,
)
from pipeline.ingest.promremote.codec import (
    MetadataCache,
    RemoteWriteSplit,
    decompress,
    from_v2,
    parse,
    parse_v2,
    split,
)
from pipeline.ingest.promremote.config import PromRemoteWriteConfig
from pipeline.ingest.quote import shown
from pipeline.ingest.receiver import Request
from schemas.raw import FORMAT_PROM_WRITE

__all__ = ["PATH", "TRANSPORT", "endpoints", "text_error"]

PATH = "/api/v1/write"
TRANSPORT = "prom-remote-write"
"""The ``transport`` metric label of this receiver."""


def text_error(_request: web.Request | None, error: IngestError) -> web.Response:
    """An error as remote-write senders log it: the reason as plain text."""
    headers = {"Retry-After": str(error.retry_after)} if error.retry_after is not None else None
    return web.Response(status=error.status, text=error.message + "\n", headers=headers)


async def _read_raw(request: web.Request, max_bytes: int) -> bytes:
    # Like pipeline.ingest.body.read_body, without its gzip step: snappy is undone by the codec.
    if request.content_length is not None and request.content_length > max_bytes:
        raise PayloadTooLarge(f"body of {request.content_length} bytes exceeds the {max_bytes}-byte limit (ingest.max_body_bytes)")
    chunks = []
    size = 0
    async for chunk in request.content.iter_chunked(1 << 18):
        size += len(chunk)
        if size > max_bytes:
            raise PayloadTooLarge(f"body exceeds the {max_bytes}-byte limit (ingest.max_body_bytes)")
        chunks.append(chunk)
    request[BODY_SIZE] = size
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _version(request: web.Request) -> int:
    """1 or 2, from ``Content-Type``'s ``proto`` parameter; :class:`UnsupportedMediaType` for anything else."""
    encoding = request.headers.get("Content-Encoding", "snappy").strip().lower()
    if encoding not in ("snappy", ""):
        raise UnsupportedMediaType(f"Content-Encoding {shown(encoding)} is not supported: remote write uses snappy")
    ctype = request.headers.get("Content-Type", "application/x-protobuf").lower().replace(" ", "")
    media, _, params = ctype.partition(";")
    if media not in ("application/x-protobuf", "application/protobuf"):
        raise UnsupportedMediaType(f"Content-Type {shown(ctype)} is not supported: use application/x-protobuf")
    proto = dict(p.partition("=")[::2] for p in params.split(";") if p).get("proto", "prometheus.writerequest")
    if proto == "prometheus.writerequest":
        return 1
    if proto == "io.prometheus.write.v2.request":
        return 2
    raise UnsupportedMediaType(
        f"proto={shown(proto)} is not supported: send prometheus.WriteRequest (1.0) or io.prometheus.write.v2.Request (2.0)"
    )


def _written(out: RemoteWriteSplit | None) -> dict[str, str]:
    # remote write 2.0 asks for these on every answer; 1.0 senders ignore them
    if out is None:
        return {}
    return {
        "X-Prometheus-Remote-Write-Samples-Written": str(out.samples - out.histograms),
        "X-Prometheus-Remote-Write-Histograms-Written": str(out.histograms),
        "X-Prometheus-Remote-Write-Exemplars-Written": str(out.exemplars),
    }


def endpoints(section: PromRemoteWriteConfig, ctx: ReceiverContext) -> Endpoints:
    """The one route, with plain-text error answers."""
    receiver, metrics, limits = ctx.receiver, ctx.metrics, ctx.limits
    cache = MetadataCache(section.max_metadata_families)

    async def post(request: web.Request) -> web.Response:
        req = Request("metrics", TRANSPORT, request.get(TENANT), request.content_length or 0)
        out: RemoteWriteSplit | None = None
        try:
            version = _version(request)
            with receiver.admit(req):
                body = await _read_raw(request, limits.max_body_bytes)
                metrics.bytes.labels("metrics", TRANSPORT).inc(request.get(BODY_SIZE, len(body)))
                receiver.check_kafka()
                received = time.time_ns()
                data = decompress(body, limits.max_decompressed_bytes)
                refused: dict[str, int] = {}
                problem = ""
                if version == 2:
                    parsed, refused, problem = from_v2(parse_v2(data))
                    data = parsed.SerializeToString()
                else:
                    parsed = parse(data)
                out = split(data, parsed, limits, cache, section.service_label, section.instance_label)
                for reason, n in refused.items():
                    out.refused[reason] = out.refused.get(reason, 0) + n
                out.first_problem = problem or out.first_problem
                for reason, n in out.refused.items():
                    metrics.rejected.labels("metrics", reason).inc(n)
                await receiver.produce(req, out.batches, FORMAT_PROM_WRITE, received)
                metrics.records.labels("metrics", TRANSPORT).inc(out.samples)
        except IngestError as exc:
            receiver.count(req, exc.outcome)
            return text_error(request, exc)
        if out.refused:  # the valid series are in Kafka; 400 so the sender does not resend them
            receiver.count(req, "partial")
            response = text_error(request, InvalidRequest(out.message))
            response.headers.update(_written(out))
            return response
        receiver.count(req, "ok")
        return web.Response(status=204, headers=_written(out))

    return Endpoints(
        routes=[Route("POST", PATH, post, "metrics", TRANSPORT)],
        errors=[ErrorScope(PATH, text_error, "metrics", TRANSPORT)],
    )
