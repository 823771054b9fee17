"""The ingestor's config: ``ingest.*`` (listeners, limits, auth) plus every receiver's section.

Receivers' own sections are declared in :mod:`pipeline.ingest.registry`
and live beside their code (``pipeline/ingest/<receiver>/config.py``).
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import Field, SecretStr, field_validator

from pipeline.configbase import Section
from pipeline.ingest.cors import CorsConfig
from pipeline.ingest.jsonlogs.config import JsonLogMapping
from pipeline.ingest.listeners import GrpcListenerConfig, HttpListenerConfig, TlsConfig
from pipeline.ingest.registry import Receivers

__all__ = [
    "GrpcListenerConfig",
    "HttpListenerConfig",
    "IngestAuthConfig",
    "IngestConfig",
    "JsonLogMapping",
    "TlsConfig",
]


class IngestAuthConfig(Section):
    """Optional authentication: on as soon as one key is configured (here or in keys_file)."""

    keys: dict[str, SecretStr] = Field(
        default_factory=dict,
        description="tenant name → API key or bearer token; the name is recorded as sightline-tenant",
    )
    keys_file: str | None = Field(
        None, description="file of `name:key` lines (blank lines and # comments ignored), read at start"
    )

    @field_validator("keys", mode="before")
    @classmethod
    def _keys_from_text(cls, value: Any) -> Any:
        """From the environment: a JSON object (``{"team-a": "KEY"}``) or ``name:key,name:key``.

        Errors never quote the value: it holds the keys.
        """
        if not isinstance(value, str):
            return value
        text = value.strip()
        if not text:
            return {}
        if text.startswith("{"):
            try:
                parsed = json.loads(text)
            except ValueError as exc:
                raise ValueError(
                    f"not a valid JSON object (error at character {getattr(exc, 'pos', '?')}); "
                    'expected {"tenant": "key", ...} or tenant:key,tenant:key'
                ) from None
            if not isinstance(parsed, dict) or not all(isinstance(v, str) for v in parsed.values()):
                raise ValueError('expected a JSON object of tenant names to key strings: {"tenant": "key", ...}')
            return parsed
        pairs: dict[str, str] = {}
        for n, part in enumerate(text.split(","), start=1):
            name, sep, key = part.partition(":")
            if not sep or not name.strip() or not key.strip():
                raise ValueError(f"entry {n} is not tenant:key; expected a JSON object or tenant:key,tenant:key")
            pairs[name.strip()] = key.strip()
        return pairs


class IngestConfig(Receivers):
    """The ingestor's listeners and limits, and every receiver's section (:class:`Receivers`)."""

    http: HttpListenerConfig = Field(default_factory=HttpListenerConfig)
    grpc: GrpcListenerConfig = Field(default_factory=GrpcListenerConfig)
    max_body_bytes: int = Field(
        8 * 1024 * 1024, ge=1024, description="request body as sent (413 above; gRPC: message size)"
    )
    max_decompressed_bytes: int = Field(
        16 * 1024 * 1024,
        ge=1024,
        description=(
            "after gzip; a bomb is refused with 413, not expanded; with max_decoding it bounds the memory"
            " decoding takes (about 60 times this per body being decoded)"
        ),
    )
    max_records_per_request: int = Field(
        100_000, ge=1, description="log records, spans or metric data points in one request (413 above)"
    )
    max_in_flight: int = Field(
        64,
        ge=1,
        description="concurrent requests being decoded and produced, over all transports, before 429 / "
        "RESOURCE_EXHAUSTED (a request still sending its body holds bytes, not a slot)",
    )
    max_in_flight_bytes: int = Field(
        128 * 1024 * 1024,
        ge=1024,
        description="request bytes held by admitted requests at once, over all transports (the declared "
        "Content-Length, or what was read, or what a compressed body expanded to); a request that would pass it "
        "is answered 429 / RESOURCE_EXHAUSTED, before its body is read when it declares its length; a request "
        "alone is always let in",
    )
    max_decoding: int = Field(
        2,
        ge=1,
        description="large bodies (256 KiB or more, or compressed) decompressed and decoded at once, in worker "
        "threads; decoding holds the GIL, so more than the cores is not faster, and each holds its records in "
        "memory while it runs (a 100,000-record OTLP/JSON request about 180 MB); the others wait their turn",
    )
    memory_trim_interval_s: float = Field(
        1.0,
        ge=0,
        description="after a request that decoded a large body, memory freed by decoding is given back to the "
        "operating system (glibc malloc_trim, in a worker thread, about 10 ms) at most this often, so RSS falls "
        "back after a burst; 0 turns it off; no effect where the C library is not glibc",
    )
    max_depth: int = Field(
        64, ge=2, le=200, description="nesting levels (objects, arrays, kvlist/array values) inside one record; "
        "deeper records are refused alone (partial_success, a per-line or per-item error)"
    )
    max_record_bytes: int = Field(
        1_000_000,
        ge=256,
        description="one record serialised; larger records are refused alone, not retryable (capped below "
        "kafka.max_message_bytes)",
    )
    header_timeout_s: float = Field(
        10.0,
        gt=0,
        description="HTTP: a connection is closed when it has not sent a whole request head this long after it "
        "opened or after its last answer (so also how long an idle keep-alive connection stays open)",
    )
    body_timeout_s: float = Field(
        60.0, gt=0, description="HTTP: a request body not read in full within this is refused (408)"
    )
    min_body_rate_bytes_s: int = Field(
        1024,
        ge=0,
        description="HTTP: after body_rate_grace_s, a body arriving slower than this (bytes/s on average) is "
        "refused (408); 0 turns the check off",
    )
    body_rate_grace_s: float = Field(5.0, ge=0, description="seconds before min_body_rate_bytes_s applies")
    max_attributes: int = Field(
        128,
        ge=0,
        description="attributes kept per record, span, event, link, data point or resource; "
        "the rest dropped and counted in dropped_attributes_count (OTel SDK default)",
    )
    max_attribute_value_length: int = Field(
        0,
        ge=0,
        description="string and bytes attribute values truncated to this many characters/bytes; "
        "0 keeps them whole (OTel SDK default)",
    )
    default_service: str = Field("unknown_service", description="service.name for records without one")
    retry_after_s: int = Field(5, ge=1, description="Retry-After sent with 429/503")
    json_mapping: JsonLogMapping = Field(default_factory=JsonLogMapping)
    auth: IngestAuthConfig = Field(default_factory=IngestAuthConfig)
    cors: CorsConfig = Field(default_factory=CorsConfig)
