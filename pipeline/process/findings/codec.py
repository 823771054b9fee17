"""Finding state as data: what the ``sightline-detect`` changelog holds, and nothing that runs.

The changelog used to hold pickles, so whoever could write to that topic could
run code in every processor that took a partition over.  This codec writes
the same state as JSON of plain numbers, strings, lists and objects, with a
version field, and reads back only what it wrote:

- ``None``, booleans, strings, integers (within 64 bits, else ``{"$int": "…"}``),
  floats (NaN and infinities as ``{"$f": "nan"}``; lists of 16 or more floats
  as the bytes of a float64 array, ``{"$fl": base64}``);
- lists; tuples ``{"$t": […]}``; sets ``{"$set": […]}``, ``{"$fset": […]}``;
  ``bytes`` / ``bytearray`` ``{"$b"|"$ba": base64}``; ``deque`` ``{"$dq": […], "max": n}``;
  numpy arrays of booleans or numbers ``{"$nd": dtype, "shape": […], "data": base64}``;
  dicts as JSON objects when every key is a string not starting with ``$``,
  else ``{"$d": [[key, value], …]}``;
- instances of the state classes of :data:`ALLOWED_PACKAGES` (detectors,
  alert engine, finding sources) as ``{"$o": "module:QualName", "s": state}``:
  the state their ``__getstate__`` gives, restored with ``cls.__new__`` and
  ``__setstate__`` (or the attributes set), as pickle would, but never a
  constructor or callable named by the data; a class outside those packages,
  or one with its own ``__reduce__``, is refused when writing and reading;
- a container or object met a second time as ``{"$r": n}`` (the n-th met,
  depth first), so shared and cyclic references come back shared.

A blob is ``zlib(JSON)`` of ``{"v": 1, "state": …}``.  What is not such a
blob (an old pickle, another version, anything malformed, more than
:data:`MAX_STATE_BYTES` inflated) raises :class:`StateError`: the caller
logs it and the entry starts fresh.  A pickle is recognised by its first
byte and never unpickled.
"""

from __future__ import annotations

import base64
import importlib
import math
import re
import sys
import zlib
from collections import deque
from typing import Any

import numpy as np
import orjson

__all__ = ["ALLOWED_PACKAGES", "MAX_STATE_BYTES", "VERSION", "StateError", "dumps", "is_pickle", "loads"]

VERSION = 1
MAX_STATE_BYTES = 64 * 1024 * 1024
ALLOWED_PACKAGES = ("detectors", "pipeline.alerts.engine", "pipeline.process.findings")
_MODULE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")
_INT64 = (-(2**63), 2**64 - 1)
_FLOAT_RUN = 16
_ARRAY_KINDS = "biuf"  # numpy arrays of booleans and numbers only (never objects)


class StateError(ValueError):
    """A changelog value this codec does not read (the entry starts fresh)."""


def is_pickle(raw: bytes) -> bool:
    """Whether inflated changelog bytes are a pickle (protocol 2 and later start with ``0x80``).

    >>> import pickle
    >>> is_pickle(pickle.dumps({"a": 1})), is_pickle(b'{"v":1}')
    (True, False)
    """
    return raw[:1] == b"\x80"


def _allowed_module(module: str) -> bool:
    return bool(_MODULE.match(module)) and any(
        module == pkg or module.startswith(pkg + ".") for pkg in ALLOWED_PACKAGES
    )


def _has_own_reduce(cls: type) -> bool:
    return cls.__reduce_ex__ is not object.__reduce_ex__ or cls.__reduce__ is not object.__reduce__


# -- writing -----------------------------------------------------------------------------------
class _Writer:
    def __init__(self) -> None:
        self.seen: dict[int, tuple[int, Any]] = {}  # id → (number, object kept alive)

    def _mark(self, obj: Any) -> dict[str, int] | None:
        """A ``$r`` for an object met before; else number it (the reader numbers it alike)."""
        got = self.seen.get(id(obj))
        if got is not None:
            return {"$r": got[0]}
        self.seen[id(obj)] = (len(self.seen), obj)
        return None

    def enc(self, obj: Any) -> Any:
        t = type(obj)
        if obj is None or t is bool or t is str:
            return obj
        if t is int:
            return obj if _INT64[0] <= obj <= _INT64[1] else {"$int": str(obj)}
        if t is float:
            return obj if math.isfinite(obj) else {"$f": repr(obj)}
        if isinstance(obj, (np.floating, np.integer, np.bool_)):
            return self.enc(obj.item())
        if t is tuple:
            return {"$t": [self.enc(x) for x in obj]}
        if t is bytes:
            return {"$b": base64.b64encode(obj).decode()}
        ref = self._mark(obj)
        if ref is not None:
            return ref
        if t is list:
            if len(obj) >= _FLOAT_RUN and all(type(x) is float for x in obj):
                return {"$fl": base64.b64encode(np.asarray(obj, dtype="<f8").tobytes()).decode()}
            return [self.enc(x) for x in obj]
        if t is dict:
            if all(type(k) is str and not k.startswith("$") for k in obj):
                return {k: self.enc(v) for k, v in obj.items()}
            return {"$d": [[self.enc(k), self.enc(v)] for k, v in obj.items()]}
        if t is set or t is frozenset:
            return {"$set" if t is set else "$fset": [self.enc(x) for x in obj]}
        if t is bytearray:
            return {"$ba": base64.b64encode(obj).decode()}
        if t is deque:
            return {"$dq": [self.enc(x) for x in obj], "max": obj.maxlen}
        if t is np.ndarray:
            if obj.dtype.kind not in _ARRAY_KINDS:
                raise TypeError(f"arrays of {obj.dtype} are not written")
            data = np.ascontiguousarray(obj).tobytes()
            return {"$nd": obj.dtype.str, "shape": list(obj.shape), "data": base64.b64encode(data).decode()}
        return self._object(obj)

    def _object(self, obj: Any) -> Any:
        cls = type(obj)
        if not _allowed_module(cls.__module__) or _has_own_reduce(cls) or "<locals>" in cls.__qualname__:
            raise TypeError(f"{cls.__module__}.{cls.__qualname__} is not a state class this codec writes")
        return {"$o": f"{cls.__module__}:{cls.__qualname__}", "s": self.enc(obj.__getstate__())}


def dumps(value: Any) -> bytes:
    """``value`` as a changelog blob.

    >>> loads(dumps({"a": (1, 2.5, float("nan")), 3: {"x"}}))
    {'a': (1, 2.5, nan), 3: {'x'}}
    """
    doc = {"v": VERSION, "state": _Writer().enc(value)}
    return zlib.compress(orjson.dumps(doc), 1)


# -- reading -----------------------------------------------------------------------------------
_FLOATS = {"nan": math.nan, "inf": math.inf, "-inf": -math.inf}


class _Reader:
    def __init__(self) -> None:
        self.made: list[Any] = []

    def _keep(self, obj: Any) -> Any:
        self.made.append(obj)
        return obj

    def dec(self, node: Any) -> Any:
        if node is None or isinstance(node, (bool, int, float, str)):
            return node
        if isinstance(node, list):
            out: list[Any] = self._keep([])
            out.extend(self.dec(x) for x in node)
            return out
        if not isinstance(node, dict):
            raise StateError(f"unexpected JSON value {type(node).__name__}")
        tag = next(iter(node), None)
        if tag is None or not tag.startswith("$"):
            plain: dict[str, Any] = self._keep({})
            for k, v in node.items():
                plain[k] = self.dec(v)
            return plain
        return self._tagged(tag, node)

    def _tagged(self, tag: str, node: dict[str, Any]) -> Any:
        arg = node[tag]
        if tag == "$int":
            return int(str(arg))
        if tag == "$f":
            if arg not in _FLOATS:
                raise StateError(f"bad float {arg!r}")
            return _FLOATS[arg]
        if tag == "$t":
            return tuple(self.dec(x) for x in self._list(arg))
        if tag == "$b":
            return base64.b64decode(str(arg), validate=True)
        if tag == "$r":
            if type(arg) is not int or not 0 <= arg < len(self.made):
                raise StateError(f"reference {arg!r} to nothing read yet")
            return self.made[arg]
        if tag == "$fl":
            return self._keep(np.frombuffer(base64.b64decode(str(arg), validate=True), dtype="<f8").tolist())
        if tag == "$d":
            out: dict[Any, Any] = self._keep({})
            for pair in self._list(arg):
                key, value = self._list(pair)
                out[self.dec(key)] = self.dec(value)
            return out
        if tag in ("$set", "$fset"):
            if tag == "$set":
                made: set[Any] = self._keep(set())
                made.update(self.dec(x) for x in self._list(arg))
                return made
            slot = len(self.made)
            self.made.append(None)
            frozen = frozenset(self.dec(x) for x in self._list(arg))
            self.made[slot] = frozen
            return frozen
        if tag == "$ba":
            return self._keep(bytearray(base64.b64decode(str(arg), validate=True)))
        if tag == "$dq":
            maxlen = node.get("max")
            if maxlen is not None and type(maxlen) is not int:
                raise StateError("bad deque length")
            dq: deque[Any] = self._keep(deque(maxlen=maxlen))
            dq.extend(self.dec(x) for x in self._list(arg))
            return dq
        if tag == "$nd":
            dtype = np.dtype(str(arg))
            shape = self._list(node.get("shape"))
            if dtype.kind not in _ARRAY_KINDS or not all(type(n) is int and n >= 0 for n in shape):
                raise StateError(f"bad array {arg!r} {shape!r}")
            data = base64.b64decode(str(node.get("data", "")), validate=True)
            return self._keep(np.frombuffer(data, dtype=dtype).reshape(shape).copy())
        if tag == "$o":
            return self._object(str(arg), node.get("s"))
        raise StateError(f"unknown tag {tag!r}")

    @staticmethod
    def _list(value: Any) -> list[Any]:
        if not isinstance(value, list):
            raise StateError("expected a list")
        return value

    def _object(self, name: str, state: Any) -> Any:
        cls: Any = _state_class(name)
        obj = self._keep(cls.__new__(cls))
        value = self.dec(state)
        setstate = getattr(obj, "__setstate__", None)
        if setstate is not None:
            setstate(value)
            return obj
        # object's default, as pickle applies it: a __dict__, or (__dict__, slots)
        if isinstance(value, tuple) and len(value) == 2:
            attrs, slots = value
        else:
            attrs, slots = value, None
        if attrs:
            if not isinstance(attrs, dict):
                raise StateError(f"{name}: state is not a dict")
            obj.__dict__.update(attrs)
        if slots:
            if not isinstance(slots, dict):
                raise StateError(f"{name}: slot state is not a dict")
            for key, item in slots.items():
                setattr(obj, key, item)
        return obj


def _state_class(name: str) -> type:
    """The class ``module:QualName`` names, if it is a state class of :data:`ALLOWED_PACKAGES`."""
    module_name, _, qualname = name.partition(":")
    if not _allowed_module(module_name) or not qualname or "<" in qualname:
        raise StateError(f"class {name!r} is not a state class")
    module = sys.modules.get(module_name)
    if module is None:
        try:
            module = importlib.import_module(module_name)  # a module of the allowed packages only
        except ImportError:
            raise StateError(f"no module {module_name!r}") from None
    found: Any = module
    for part in qualname.split("."):
        found = getattr(found, part, None)
    if not isinstance(found, type) or found.__module__ != module_name or _has_own_reduce(found):
        raise StateError(f"{name!r} is not a state class")
    return found


def loads(blob: bytes) -> Any:
    """The value :func:`dumps` wrote.

    Raises
    ------
    StateError
        Not a blob of this codec: a pickle (never unpickled), another
        version, malformed, or more than :data:`MAX_STATE_BYTES` inflated.
    """
    try:
        inflater = zlib.decompressobj()
        raw = inflater.decompress(blob, MAX_STATE_BYTES)
    except zlib.error as exc:
        raise StateError(f"not zlib data: {exc}") from None
    if inflater.unconsumed_tail:
        raise StateError(f"state over {MAX_STATE_BYTES} bytes inflated")
    if is_pickle(raw):
        raise StateError("a pickle (written by an older processor): not read")
    try:
        doc = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise StateError(f"not JSON: {exc}") from None
    if not isinstance(doc, dict) or doc.get("v") != VERSION or "state" not in doc:
        raise StateError(f"not a version {VERSION} state document")
    try:
        return _Reader().dec(doc["state"])
    except StateError:
        raise
    except Exception as exc:  # a malformed document: its values did not fit where they were put
        raise StateError(f"malformed state: {type(exc).__name__}: {exc}") from None
