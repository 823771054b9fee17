"""Listener sections (address, port, TLS): plain config models, importable by any receiver's section."""

from __future__ import annotations

from pydantic import Field, model_validator

from pipeline.configbase import Section

__all__ = ["GrpcListenerConfig", "HttpListenerConfig", "TlsConfig"]


class TlsConfig(Section):
    """TLS for one listener: both files set turns it on."""

    cert_file: str | None = Field(None, description="PEM certificate chain; with key_file turns TLS on")
    key_file: str | None = Field(None, description="PEM private key of cert_file")
    client_ca_file: str | None = Field(
        None, description="PEM CA bundle; when set, clients must present a certificate it signed"
    )

    @model_validator(mode="after")
    def _both_or_neither(self) -> TlsConfig:
        if bool(self.cert_file) != bool(self.key_file):
            raise ValueError("cert_file and key_file go together: set both or neither")
        if self.client_ca_file and not self.cert_file:
            raise ValueError("client_ca_file needs cert_file and key_file")
        return self

    @property
    def enabled(self) -> bool:
        return bool(self.cert_file)


class HttpListenerConfig(Section):
    host: str = "127.0.0.1"
    port: int = Field(4318, ge=0, le=65535)
    tls: TlsConfig = Field(default_factory=TlsConfig)


class GrpcListenerConfig(Section):
    enabled: bool = Field(True, description="serve the gRPC listener (the OTLP/gRPC services)")
    host: str = "127.0.0.1"
    port: int = Field(4317, ge=0, le=65535)
    tls: TlsConfig = Field(default_factory=TlsConfig)
