"""Config of the syslog receiver: ``ingest.syslog`` (TCP and UDP on a port of its own, 5514)."""

from __future__ import annotations

import zoneinfo
from typing import TYPE_CHECKING

from pydantic import Field, field_validator, model_validator

from pipeline.ingest.contract import Endpoints, ReceiverSection
from pipeline.ingest.listeners import TlsConfig

if TYPE_CHECKING:
    from pipeline.ingest.contract import ReceiverContext

__all__ = ["SyslogConfig"]


class SyslogConfig(ReceiverSection):
    """Syslog in (RFC 5424, RFC 3164, bare lines) over TCP (RFC 6587 framing) and UDP, on one port.

    Records are buffered and produced per service in batches: at
    ``batch_records`` records or ``flush_interval_s`` after the first one,
    whichever comes first.  At most ``max_buffered_records`` wait for Kafka:
    beyond them TCP connections stop being read (the sender is pushed back)
    and UDP datagrams are dropped and counted.
    """

    enabled: bool = Field(True, description="serve the syslog listeners")
    host: str = Field("127.0.0.1", description="listen address (0.0.0.0 for all interfaces)")
    port: int = Field(
        5514, ge=0, le=65535,
        description="TCP and UDP port (514 needs root); 0 picks a free port, the same for both",
    )
    tcp: bool = Field(True, description="accept syslog over TCP (octet-counted or newline-framed, RFC 6587)")
    udp: bool = Field(True, description="accept syslog over UDP (one message per datagram)")
    udp_receive_buffer_bytes: int = Field(
        4 * 1024 * 1024, ge=0,
        description="the UDP socket's receive buffer, for bursts (the kernel caps it at net.core.rmem_max "
        "without CAP_NET_ADMIN; a warning says so); 0 keeps the system's default",
    )
    tls: TlsConfig = Field(
        default_factory=TlsConfig,
        description="TLS on the TCP listener (RFC 5425; plain TCP is then refused); UDP stays plaintext: "
        "set udp: false to accept TLS only",
    )
    max_message_bytes: int = Field(
        65536, ge=64, le=16 * 1024 * 1024,
        description="a longer message is cut to this many bytes and counted, never dropped",
    )
    max_connections: int = Field(
        1024, ge=1, description="TCP connections at once; a connection beyond it is closed at once and counted"
    )
    batch_records: int = Field(500, ge=1, description="produce a service's buffered records once this many are waiting")
    flush_max_records: int = Field(
        5000, ge=1,
        description="records one produce takes at most, and at least batch_records (the rest follow at once): a "
        "backlog after Kafka comes back goes out in steps, not as one burst of up to max_buffered_records",
    )
    flush_interval_s: float = Field(
        0.2, gt=0, le=60, description="produce buffered records at the latest this long after the first arrived"
    )
    max_buffered_records: int = Field(
        50_000, ge=1,
        description="records read but not yet in Kafka, for each of TCP and UDP; at the limit TCP reading pauses "
        "and UDP datagrams are dropped",
    )
    timezone: str = Field(
        "UTC", description="IANA time zone of RFC 3164 timestamps, which carry none (the year is the one nearest receipt)"
    )
    idle_timeout_s: float = Field(
        0, ge=0, description="close a TCP connection that sent nothing this long; 0 never"
    )
    shutdown_timeout_s: float = Field(
        10, gt=0, description="how long stopping waits for the buffered records to reach Kafka"
    )

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, name: str) -> str:
        try:
            zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {name!r}: give an IANA name such as UTC or Europe/Paris") from None
        return name

    @model_validator(mode="after")
    def _some_transport(self) -> SyslogConfig:
        if self.enabled and not (self.tcp or self.udp):
            raise ValueError("tcp and udp are both off: turn one on, or set enabled: false")
        if self.tls.enabled and not self.tcp:
            raise ValueError("tls is set but tcp is off: TLS is served on the TCP listener only")
        if self.batch_records > self.max_buffered_records:
            raise ValueError(
                f"batch_records ({self.batch_records}) is over max_buffered_records ({self.max_buffered_records})"
            )
        return self

    def endpoints(self, ctx: ReceiverContext) -> Endpoints:
        from pipeline.ingest.syslog.server import SyslogServer

        return Endpoints(tasks=[SyslogServer(self, ctx)])
