"""What both halves of the OTLP codec share: the split result, the per-signal field names, the answer.

Pure: no socket, no Kafka.  The protobuf half is :mod:`.codec_proto`, the
JSON half :mod:`.codec_json`; :mod:`.codec` is the public face.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import orjson
from google.protobuf.message import Message
from opentelemetry.proto.collector.logs.v1 import logs_service_pb2
from opentelemetry.proto.collector.metrics.v1 import metrics_service_pb2
from opentelemetry.proto.collector.trace.v1 import trace_service_pb2

from schemas.raw import SIGNALS, Signal

__all__ = ["SIGNALS", "SPECS", "Spec", "Split", "export_response", "join_batches"]


_MAX_REASONS = 3  # distinct reasons quoted in a partial-success message


@dataclass(slots=True)
class Split:
    """What a request became: payloads keyed by service, and what was refused or cut."""

    batches: list[tuple[str, bytes]] = field(default_factory=list)
    accepted: int = 0
    rejected: int = 0
    reasons: Counter[str] = field(default_factory=Counter)  # refused records by reason
    dropped_attributes: int = 0
    truncated_values: int = 0
    _why: dict[str, str] = field(default_factory=dict)

    def reject(self, reason: str, count: int, why: str) -> None:
        if count <= 0:  # a metric without points refuses no point: nothing to say
            return
        self.rejected += count
        self.reasons[reason] += count
        self._why.setdefault(reason, why)

    @property
    def message(self) -> str:
        """The ``partial_success.error_message``: empty when nothing was refused."""
        if not self._why:
            return ""
        parts = [f"{self.reasons[r]} {why}" for r, why in list(self._why.items())[:_MAX_REASONS]]
        return f"{self.rejected} of {self.rejected + self.accepted} rejected: " + "; ".join(parts)


@dataclass(frozen=True, slots=True)
class Spec:
    request: type[Message]
    response: type[Message]
    resources: str  # proto field names
    scopes: str
    records: str
    rejected_field: str
    json_resources: str  # OTLP JSON names
    json_scopes: str
    json_records: str
    json_rejected: str


SPECS: dict[Signal, Spec] = {
    "logs": Spec(
        logs_service_pb2.ExportLogsServiceRequest,
        logs_service_pb2.ExportLogsServiceResponse,
        "resource_logs", "scope_logs", "log_records", "rejected_log_records",
        "resourceLogs", "scopeLogs", "logRecords", "rejectedLogRecords",
    ),
    "spans": Spec(
        trace_service_pb2.ExportTraceServiceRequest,
        trace_service_pb2.ExportTraceServiceResponse,
        "resource_spans", "scope_spans", "spans", "rejected_spans",
        "resourceSpans", "scopeSpans", "spans", "rejectedSpans",
    ),
    "metrics": Spec(
        metrics_service_pb2.ExportMetricsServiceRequest,
        metrics_service_pb2.ExportMetricsServiceResponse,
        "resource_metrics", "scope_metrics", "metrics", "rejected_data_points",
        "resourceMetrics", "scopeMetrics", "metrics", "rejectedDataPoints",
    ),
}


# -- responses ------------------------------------------------------------------------------
def export_response(signal: Signal, rejected: int, message: str, as_json: bool) -> bytes:
    """The ``Export*ServiceResponse`` for a request, with ``partial_success`` when some were refused.

    >>> export_response("logs", 0, "", True)
    b'{}'
    >>> export_response("spans", 2, "2 of 5 rejected", True)
    b'{"partialSuccess":{"rejectedSpans":"2","errorMessage":"2 of 5 rejected"}}'
    """
    spec = SPECS[signal]
    if as_json:
        if not rejected and not message:
            return b"{}"
        partial = {spec.json_rejected: str(rejected), "errorMessage": message}
        return orjson.dumps({"partialSuccess": partial})
    response = spec.response()
    if rejected or message:
        partial_msg = response.partial_success
        setattr(partial_msg, spec.rejected_field, rejected)
        partial_msg.error_message = message
    return response.SerializeToString()


# -- batching -------------------------------------------------------------------------------
def join_batches(groups: dict[str, list[bytes]], limit: int, prefix: bytes = b"", suffix: bytes = b"",
             sep: bytes = b"") -> list[tuple[str, bytes]]:
    """Join each service's pieces into payloads of at most ``limit`` bytes."""
    out = []
    for service, pieces in groups.items():
        chunk: list[bytes] = []
        size = len(prefix) + len(suffix)
        for piece in pieces:
            if chunk and size + len(piece) + len(sep) > limit:
                out.append((service, prefix + sep.join(chunk) + suffix))
                chunk, size = [], len(prefix) + len(suffix)
            chunk.append(piece)
            size += len(piece) + len(sep)
        if chunk:
            out.append((service, prefix + sep.join(chunk) + suffix))
    return out
