"""The raw topics' message format (``sightline.*.raw``), version 1.

The ingestor validates and splits what it receives but does not decode it
record by record; the processors do.  One Kafka message carries one batch for
one service:

- key: the ``service.name`` of every record in the batch (UTF-8);
- value: the payload, in the format the ``sightline-format`` header names;
- headers:

  ``sightline-version``  ``1``
  ``sightline-format``   ``otlp-proto``: a serialized OTLP Export*ServiceRequest
                         (the signal is the topic's);
                         ``otlp-json``: the same in the OTLP JSON mapping;
                         ``records-json``: a JSON array of canonical records
                         (schemas.records), as the JSON-logs endpoints produce;
                         ``prom-write``: a serialized Prometheus remote-write 1.0
                         ``WriteRequest`` (schemas.prometheus; metrics only), as
                         the remote-write receiver and the scraper produce
  ``sightline-received`` the time the ingestor accepted the request, Unix ns
  ``sightline-tenant``   the API key's name when authentication is on (optional)
  ``sightline-request``  ``<digest>.<n>``: a digest of the request's body and this
                         message's place among the request's messages (optional);
                         a record's id mixes it with the record's place in the
                         message, so identical records of one request are each
                         stored and the same request sent again maps to the same ids

What the ingestor guarantees about the payloads (still version 1):

- every resource in an ``otlp-proto`` or ``otlp-json`` payload has a
  ``service.name`` attribute equal to the key (the ingestor fills in
  ``ingest.default_service`` where a sender left it out);
- ``otlp-proto`` payloads are often the sender's request bytes as received
  (one service, nothing to change), so they may carry fields unknown to
  older readers: parse them as protobuf, ignoring unknown fields;
- ``otlp-json`` payloads are ``{"resourceLogs" | "resourceSpans" |
  "resourceMetrics": [...]}`` with lowerCamelCase names down to the records;
  inside records, 64-bit integers may be JSON numbers or strings and a
  snake_case name may appear where the sender used one (the OTLP JSON
  mapping allows both);
- a record may have ``time_unix_nano`` 0 (the sender did not set it): take its
  ``observed_time_unix_nano``, else ``sightline-received``;
- records over ``ingest.max_attributes`` had the excess attributes dropped
  and counted in their ``dropped_attributes_count``;
- in a ``prom-write`` payload every series has a valid ``__name__`` and valid,
  distinct label names; its ``job`` label is the key (series without one belong
  to the key's service), ``instance`` names the instance; the payload carries
  the metadata (type, help, unit) of its families that the ingestor knew.

Other consumers may read the raw topics with this description alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = [
    "FORMAT_OTLP_JSON",
    "FORMAT_OTLP_PROTO",
    "FORMAT_PROM_WRITE",
    "FORMAT_RECORDS_JSON",
    "RAW_VERSION",
    "SIGNALS",
    "RawEnvelope",
    "Signal",
]

Signal = Literal["logs", "spans", "metrics"]
"""The three kinds of telemetry, each with its raw topic; ingest and process share this type."""
SIGNALS: tuple[Signal, ...] = ("logs", "spans", "metrics")

RAW_VERSION = 1
FORMAT_OTLP_PROTO = "otlp-proto"
FORMAT_OTLP_JSON = "otlp-json"
FORMAT_RECORDS_JSON = "records-json"
FORMAT_PROM_WRITE = "prom-write"
_FORMATS = (FORMAT_OTLP_PROTO, FORMAT_OTLP_JSON, FORMAT_RECORDS_JSON, FORMAT_PROM_WRITE)


@dataclass(frozen=True, slots=True)
class RawEnvelope:
    """The headers of one raw message."""

    format: str
    received_ns: int
    tenant: str | None = None
    version: int = RAW_VERSION
    request: str | None = None  # sightline-request: where in which request this message's records came from

    def headers(self) -> list[tuple[str, bytes]]:
        """Kafka headers for this envelope."""
        out = [
            ("sightline-version", str(self.version).encode()),
            ("sightline-format", self.format.encode()),
            ("sightline-received", str(self.received_ns).encode()),
        ]
        if self.tenant:
            out.append(("sightline-tenant", self.tenant.encode()))
        if self.request:
            out.append(("sightline-request", self.request.encode()))
        return out

    @classmethod
    def from_headers(cls, headers: list[tuple[str, bytes]] | tuple[tuple[str, bytes], ...]) -> RawEnvelope:
        """Read the envelope back; raises ``ValueError`` naming what is missing or wrong.

        >>> env = RawEnvelope(FORMAT_RECORDS_JSON, 1_700_000_000_000_000_000)
        >>> RawEnvelope.from_headers(env.headers()) == env
        True
        >>> RawEnvelope.from_headers(RawEnvelope(FORMAT_RECORDS_JSON, 1, request="3f2a.0").headers()).request
        '3f2a.0'
        """
        found = {k: v for k, v in headers}
        try:
            version = int(found["sightline-version"])
            fmt = found["sightline-format"].decode()
            received = int(found["sightline-received"])
        except KeyError as exc:
            raise ValueError(f"raw message lacks the {exc.args[0]} header") from None
        except (ValueError, UnicodeDecodeError) as exc:
            raise ValueError(f"raw message has a malformed header: {exc}") from None
        if version != RAW_VERSION:
            raise ValueError(f"raw message version {version} is not supported (expected {RAW_VERSION})")
        if fmt not in _FORMATS:
            raise ValueError(f"raw message format {fmt!r} is unknown (expected one of {', '.join(_FORMATS)})")
        tenant = found.get("sightline-tenant")
        request = found.get("sightline-request")
        return cls(
            fmt, received, tenant.decode() if tenant else None, version,
            request.decode("ascii", "replace") if request else None,
        )
