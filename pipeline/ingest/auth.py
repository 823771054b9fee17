"""Optional API-key / bearer-token authentication.  Pure: headers in, tenant name out.

Accepted credentials, so that OTel exporters and log shippers work with their
usual settings:

- ``Authorization: Bearer <key>`` (OTel exporters' ``headers``),
- ``Authorization: ApiKey <key>`` or ``ApiKey base64(id:key)`` (Elastic shippers' ``api_key``),
- ``Authorization: Basic base64(user:key)`` (shippers' ``username``/``password``: the password is the key),
- ``X-API-Key: <key>``,
- ``X-Sentry-Auth: Sentry sentry_key=<key>, ...`` or the ``sentry_key`` query
  parameter (Sentry SDKs: the key of the DSN ``http://<key>@host:4318/<project>``).

Keys are compared in constant time: each candidate is hashed and compared
with :func:`hmac.compare_digest` against every configured key, without
stopping at the first match.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Mapping
from pathlib import Path

from pipeline.config import IngestAuthConfig
from pipeline.errors import ConfigError
from pipeline.ingest.errors import Unauthenticated

__all__ = ["Authenticator", "load_keys"]


def load_keys(cfg: IngestAuthConfig) -> dict[str, str]:
    """Tenant name → key, from ``ingest.auth.keys`` and ``ingest.auth.keys_file``.

    Raises
    ------
    ConfigError
        The file is missing or has a line that is not ``name:key``.
    """
    keys = {name: secret.get_secret_value() for name, secret in cfg.keys.items()}
    if cfg.keys_file:
        path = Path(cfg.keys_file)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"ingest.auth.keys_file: cannot read {path}: {exc.strerror}") from None
        for number, line in enumerate(text.splitlines(), start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, sep, key = line.partition(":")
            if not sep or not name.strip() or not key.strip():
                raise ConfigError(f"ingest.auth.keys_file: {path}:{number}: expected name:key")
            keys[name.strip()] = key.strip()
    for name, key in keys.items():
        if len(key) < 8:
            raise ConfigError(f"ingest.auth.keys.{name}: a key must have at least 8 characters")
    return keys


def _digest(value: str) -> bytes:
    return hashlib.sha256(value.encode("utf-8", "surrogateescape")).digest()


class Authenticator:
    """Checks request credentials; ``enabled`` is False when no key is configured.

    >>> auth = Authenticator({"team-a": "s3cret-key-a"})
    >>> auth.tenant({"Authorization": "Bearer s3cret-key-a"})
    'team-a'
    >>> auth.tenant({"authorization": "Bearer nope"})
    Traceback (most recent call last):
    ...
    pipeline.ingest.errors.Unauthenticated: invalid API key or bearer token
    """

    def __init__(self, keys: Mapping[str, str]) -> None:
        self._keys = [(name, _digest(key)) for name, key in keys.items()]

    @property
    def enabled(self) -> bool:
        return bool(self._keys)

    @staticmethod
    def candidates(headers: Mapping[str, str], query: Mapping[str, str] | None = None) -> list[str]:
        """Every key a request's headers (case-insensitive names) and query offer.

        Sentry SDKs send the DSN's key as ``X-Sentry-Auth: Sentry sentry_key=KEY, ...``,
        or (browsers, which cannot add headers without a preflight) as the
        ``sentry_key`` query parameter.
        """
        lowered = {k.lower(): v for k, v in headers.items()}
        out = []
        api_key = lowered.get("x-api-key", "").strip()
        if api_key:
            out.append(api_key)
        sentry = lowered.get("x-sentry-auth", "")
        if sentry:
            scheme, _, params = sentry.strip().partition(" ")
            for part in (params if scheme.lower() == "sentry" else sentry).split(","):
                name, _, value = part.strip().partition("=")
                if name.strip() == "sentry_key" and value.strip():
                    out.append(value.strip())
        if query is not None and query.get("sentry_key", "").strip():
            out.append(query["sentry_key"].strip())
        scheme, _, credentials = lowered.get("authorization", "").strip().partition(" ")
        credentials = credentials.strip()
        scheme = scheme.lower()
        if scheme == "bearer" and credentials:
            out.append(credentials)
        elif scheme == "apikey" and credentials:
            out.append(credentials)
            decoded = _b64(credentials)
            if decoded and ":" in decoded:
                out.append(decoded.partition(":")[2])
        elif scheme == "basic" and credentials:
            decoded = _b64(credentials)
            if decoded is not None:
                out.append(decoded.partition(":")[2])
        return out

    def tenant(self, headers: Mapping[str, str], query: Mapping[str, str] | None = None) -> str | None:
        """The tenant whose key the headers carry; ``None`` when auth is off.

        Raises
        ------
        Unauthenticated
            Auth is on and no valid key was offered.
        """
        if not self._keys:
            return None
        offered = self.candidates(headers, query)
        if not offered:
            raise Unauthenticated("missing credentials: send Authorization: Bearer <key> (or X-API-Key)")
        found: str | None = None
        for candidate in offered:
            digest = _digest(candidate)
            for name, expected in self._keys:  # no early exit: same work whichever key matches
                if hmac.compare_digest(digest, expected) and found is None:
                    found = name
        if found is None:
            raise Unauthenticated("invalid API key or bearer token")
        return found


def _b64(text: str) -> str | None:
    try:
        return base64.b64decode(text, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
