"""Operation names for statistics: HTTP route or span name, high-cardinality parts normalised.

A path segment (or a word of a span name) that is an id becomes a placeholder,
so ``GET /users/8412/orders/0f8fad5b-d9cb-469f-a165-70867728950e`` and every
other user's orders fall into one operation ``GET /users/{num}/orders/{uuid}``:

- ``{uuid}``: a UUID (any version, with or without braces);
- ``{num}``: digits, optionally signed or with a decimal part;
- ``{hex}``: 8 or more hex digits with at least one digit (object ids, hashes);
- ``{id}``: 16 or more characters mixing letters and digits (tokens, base64 ids),
  or anything with letters and digits that is 32 characters or longer.

Query strings and fragments are dropped.  Results are cached (bounded).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["error_type", "normalise_name", "normalise_path", "span_operation"]

_UUID = re.compile(r"^\{?[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}\}?$")
# every length _UUID can match: 32 hex digits, up to four dashes, two braces, and the newline "$" allows
_UUID_LENGTHS = frozenset(range(32, 40))
_NUM = re.compile(r"^[-+]?\d+(?:[.,]\d+)?$")
_HEX = re.compile(r"^(?:0x)?[0-9a-fA-F]{8,}$")
_HEX_DIGITS = "0123456789abcdefABCDEF"
_HAS_DIGIT = re.compile(r"\d")
_HAS_ALPHA = re.compile(r"[A-Za-z]")
_MIXED = re.compile(r"^[A-Za-z0-9_\-=.~]+$")

_NUMBER = "{num}"
_CACHE_MAX = 20_000
_path_cache: dict[str, str] = {}
_name_cache: dict[str, str] = {}


def _segment(seg: str) -> str:
    if not seg or seg.isalpha():
        return seg  # the common case: a word
    if seg.isdigit():
        return _NUMBER
    if seg[0] == "{" and seg[-1] == "}" and not _UUID.match(seg):
        return seg  # already a template parameter
    if not seg.strip(_HEX_DIGITS):
        # hex digits alone, a letter among them (isalpha and isdigit above): no number; a UUID at 32
        # (no dashes), else a hex id from 8 on; shorter, nothing below takes it.  What the patterns
        # below answer, in one C call instead of three regex calls (object ids, hashes)
        return "{uuid}" if len(seg) == 32 else "{hex}" if len(seg) >= 8 else seg
    maybe_uuid = len(seg) in _UUID_LENGTHS  # the UUID pattern matches nothing else: its regex is skipped
    if not _HAS_DIGIT.search(seg):
        return "{uuid}" if maybe_uuid and _UUID.match(seg) else seg
    if _NUM.match(seg):
        return _NUMBER
    if maybe_uuid and _UUID.match(seg):
        return "{uuid}"
    if _HEX.match(seg):
        return "{hex}"
    if len(seg) >= 16 and _MIXED.match(seg) and _HAS_ALPHA.search(seg):
        return "{id}"
    if len(seg) >= 32:
        return "{id}"
    return seg


def normalise_path(path: str) -> str:
    """A URL path with its id-like segments replaced by placeholders.

    >>> normalise_path("/users/8412/orders/0f8fad5b-d9cb-469f-a165-70867728950e?x=1")
    '/users/{num}/orders/{uuid}'
    >>> normalise_path("/objects/5f2b7c9e1a3d4e6f/raw")
    '/objects/{hex}/raw'
    >>> normalise_path("/api/v2/sessions/tok_8fJ2kLm9Qx7Zp3Rw")
    '/api/v2/sessions/{id}'
    >>> normalise_path("/users/{user_id}")
    '/users/{user_id}'
    """
    cached = _path_cache.get(path)
    if cached is not None:
        return cached
    base = path
    if "?" in base:
        base = base.split("?", 1)[0]
    if "#" in base:
        base = base.split("#", 1)[0]
    # words and numbers, most segments, without a call of _segment (the same answers: its first tests)
    out = "/".join([seg if not seg or seg.isalpha() else _NUMBER if seg.isdigit() else _segment(seg)
                    for seg in base.split("/")])
    if len(_path_cache) >= _CACHE_MAX:
        _path_cache.clear()
    _path_cache[path] = out
    return out


def normalise_name(name: str) -> str:
    """A span name with paths and id-like words normalised.

    >>> normalise_name("GET /users/42")
    'GET /users/{num}'
    >>> normalise_name("process order 7f3e2a1b9c8d")
    'process order {hex}'
    """
    cached = _name_cache.get(name)
    if cached is not None:
        return cached
    words = []
    for word in name.split(" "):
        if "/" in word:
            words.append(normalise_path(word))
        else:
            words.append(_segment(word))
    out = " ".join(words)
    if len(_name_cache) >= _CACHE_MAX:
        _name_cache.clear()
    _name_cache[name] = out
    return out


def span_operation(name: str, kind: str, attributes: dict[str, Any]) -> str:
    """What a span's statistics are grouped by.

    The HTTP route when there is one (``GET /users/{id}``), else for a server
    span the normalised URL path, else the normalised span name.

    >>> span_operation("GET", "server", {"http.request.method": "GET", "http.route": "/users/{id}"})
    'GET /users/{id}'
    >>> span_operation("GET", "server", {"http.method": "GET", "url.path": "/users/42"})
    'GET /users/{num}'
    >>> span_operation("SELECT orders", "client", {})
    'SELECT orders'
    """
    route = attributes.get("http.route")
    method = attributes.get("http.request.method") or attributes.get("http.method")
    if isinstance(route, str) and route:
        path = normalise_path(route)
    elif kind == "server":
        target = attributes.get("url.path") or attributes.get("http.target")
        path = normalise_path(target) if isinstance(target, str) and target else ""
    else:
        path = ""
    if path:
        return f"{method} {path}" if isinstance(method, str) and method else path
    return normalise_name(name)


def error_type(attributes: dict[str, Any], fallback: str) -> str:
    """The error type of a failed span or an error log: exception.type, error.type, else ``fallback``.

    >>> error_type({"exception.type": "ValueError"}, "log_error")
    'ValueError'
    >>> error_type({}, "log_error")
    'log_error'
    """
    for key in ("exception.type", "error.type"):
        value = attributes.get(key)
        if isinstance(value, str) and value:
            return value
    return fallback
