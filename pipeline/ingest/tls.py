"""TLS for the ingest listeners, from ``ingest.http.tls`` and ``ingest.grpc.tls``."""

from __future__ import annotations

import ssl
from pathlib import Path

from pipeline.errors import ConfigError
from pipeline.ingest.config import TlsConfig

__all__ = ["read_tls_files", "server_ssl_context"]


def _read(path: str | None, key: str) -> bytes | None:
    if path is None:
        return None
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise ConfigError(f"{key}: cannot read {path}: {exc.strerror}") from None


def read_tls_files(cfg: TlsConfig, prefix: str) -> tuple[bytes, bytes, bytes | None]:
    """(certificate chain, private key, client CA or None) as PEM bytes, for gRPC."""
    cert = _read(cfg.cert_file, f"{prefix}.cert_file")
    key = _read(cfg.key_file, f"{prefix}.key_file")
    if cert is None or key is None:
        raise ConfigError(f"{prefix}: cert_file and key_file are both needed")
    return cert, key, _read(cfg.client_ca_file, f"{prefix}.client_ca_file")


def server_ssl_context(cfg: TlsConfig, prefix: str) -> ssl.SSLContext | None:
    """A server-side SSL context, or ``None`` when TLS is off.

    Raises
    ------
    ConfigError
        A file is missing or does not hold a matching certificate and key.
    """
    if not cfg.enabled:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        context.load_cert_chain(str(cfg.cert_file), str(cfg.key_file))
        if cfg.client_ca_file:
            context.load_verify_locations(cfg.client_ca_file)
            context.verify_mode = ssl.CERT_REQUIRED
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(f"{prefix}: cannot load the certificate or key: {exc}") from None
    return context
