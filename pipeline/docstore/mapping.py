"""Mappings: which fields are keywords, text, numbers or dates, and a document as the store indexes it.  Pure.

An index's mappings come from its index template (or the create request), as
Elasticsearch takes them: ``properties`` (objects nest, a dotted key is a
path), multi-fields (``message.keyword``, ``name.text``), ``enabled: false``
objects (kept in ``_source``, not indexed), ``index: false`` leaves (not
searchable), and ``dynamic_templates`` for fields the mappings do not name
(``path_match`` / ``match`` / ``match_mapping_type``); a field neither names
is mapped by its first value (string: ``text`` with a ``keyword`` sub-field,
integer: ``long``, other number: ``float``, boolean), and keeps that mapping.

:func:`index_document` turns a ``_source`` into the flat view the queries
read: every leaf under its dotted path (objects and dotted keys alike, lists
as several values, ``null`` left out), each value as its field's type indexes
it (a keyword as text, a number as a number, a date as epoch milliseconds), and
the text to put in the full-text index.  A value its field cannot take is a
:class:`MappingError` (``mapper_parsing_exception``, as Elasticsearch answers
the bulk item), and so is a leaf where an object is mapped or the reverse.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pipeline.docstore.text import DateError, parse_date, words

__all__ = ["Field", "IndexMapping", "Indexed", "MappingError", "compile_mapping", "index_document"]

_LONGS = frozenset({"long", "integer", "short", "byte", "unsigned_long"})
_DOUBLES = frozenset({"double", "float", "half_float", "scaled_float"})
_KINDS = {"keyword": "keyword", "constant_keyword": "keyword", "wildcard": "keyword", "text": "text",
          "match_only_text": "text", "date": "date", "date_nanos": "date", "boolean": "boolean"}


class MappingError(ValueError):
    """A document that does not fit its index's mappings (a ``mapper_parsing_exception``)."""


@dataclass(frozen=True, slots=True)
class Field:
    """One searchable field: its kind, where its values are (``path``), and how it is indexed.

    ``kind`` is one of keyword, text, long, double, date, boolean.  A
    multi-field (``message.keyword``) has the path of its parent (``message``).
    """

    kind: str
    path: str
    indexed: bool = True
    ignore_above: int | None = None
    subfields: tuple[tuple[str, Field], ...] = ()
    mapped_type: str = ""


def _field_of(spec: dict[str, Any], path: str) -> Field:
    declared = str(spec.get("type", "object"))
    kind = "long" if declared in _LONGS else "double" if declared in _DOUBLES else _KINDS.get(declared)
    if kind is None:
        raise MappingError(f"no handler for type [{declared}] declared on field [{path}]")
    subs = []
    for name, sub in (spec.get("fields") or {}).items():
        subfield = _field_of(sub, path)
        subs.append((name, subfield))
    indexed = spec.get("index", True) is not False
    ignore = spec.get("ignore_above")
    return Field(kind, path, indexed, int(ignore) if ignore is not None else None, tuple(subs), declared)


@dataclass
class IndexMapping:
    """The compiled mappings of one index, grown by dynamic mapping as documents arrive."""

    leaves: dict[str, Field] = field(default_factory=dict)  # path → field (multi-fields under their own path)
    objects: set[str] = field(default_factory=set)  # paths mapped as objects
    disabled: set[str] = field(default_factory=set)  # objects with enabled: false
    dynamic_templates: list[tuple[str | None, str | None, str | None, dict[str, Any]]] = field(default_factory=list)
    dynamic: dict[str, str] = field(default_factory=dict)  # path → declared type, of fields mapped by documents
    arrays: set[str] = field(default_factory=set)  # paths seen with more than one value in a document
    source: dict[str, Any] = field(default_factory=dict)  # the mappings as given (GET /index answers them)
    entries: dict[str, Entry] = field(default_factory=dict)  # path → how its values are indexed

    def entry(self, path: str) -> Entry | None:
        """How a mapped leaf's values are indexed (converter, full-text names), cached; ``None``: not mapped."""
        found = self.leaves.get(path)
        if found is None or found.path != path:
            return None
        made = _entry_of(found)
        self.entries[path] = made
        return made

    def resolve(self, name: str) -> Field | None:
        """The field a query names (``message``, ``message.keyword``), or ``None`` if unmapped."""
        return self.leaves.get(name)

    def is_object(self, name: str) -> bool:
        return name in self.objects

    def add_leaf(self, path: str, spec: dict[str, Any], dynamic: bool) -> Field:
        self.entries.clear()
        found = _field_of(spec, path)
        self.leaves[path] = found
        for name, sub in found.subfields:
            self.leaves[f"{path}.{name}"] = sub
        parts = path.split(".")
        for i in range(1, len(parts)):
            self.objects.add(".".join(parts[:i]))
        if dynamic:
            self.dynamic[path] = found.mapped_type
        return found

    def dynamic_spec(self, path: str, value: Any) -> dict[str, Any]:
        """The mapping of a new field from its first value: the first dynamic template that fits, or the default."""
        if isinstance(value, bool):
            json_type = "boolean"
        elif isinstance(value, int):
            json_type = "long"
        elif isinstance(value, float):
            json_type = "double"
        else:
            json_type = "string"
        name = path.rsplit(".", 1)[-1]
        for path_match, match, mapping_type, mapping in self.dynamic_templates:
            if mapping_type not in (None, "*", json_type):
                continue
            if path_match is not None and not fnmatch.fnmatchcase(path, path_match):
                continue
            if match is not None and not fnmatch.fnmatchcase(name, match):
                continue
            return mapping
        if json_type == "string":
            return {"type": "text", "fields": {"keyword": {"type": "keyword", "ignore_above": 256}}}
        return {"type": "float" if json_type == "double" else json_type}


def compile_mapping(mappings: dict[str, Any] | None) -> IndexMapping:
    """:class:`IndexMapping` of an index's ``mappings`` (a template's or a create request's).

    >>> m = compile_mapping({"properties": {"message": {"type": "text", "fields": {"keyword": {"type": "keyword"}}},
    ...     "service": {"properties": {"name": {"type": "keyword"}}}, "x": {"type": "object", "enabled": False}}})
    >>> m.resolve("message").kind, m.resolve("message.keyword").kind, m.resolve("message.keyword").path
    ('text', 'keyword', 'message')
    >>> m.resolve("service.name").kind, sorted(m.disabled), m.is_object("service")
    ('keyword', ['x'], True)
    """
    out = IndexMapping(source=dict(mappings or {}))
    mappings = mappings or {}
    for entry in mappings.get("dynamic_templates") or []:
        for spec in entry.values():
            out.dynamic_templates.append(
                (spec.get("path_match"), spec.get("match"), spec.get("match_mapping_type"), dict(spec.get("mapping") or {}))
            )
    _walk(out, mappings.get("properties") or {}, "")
    return out


def _walk(out: IndexMapping, properties: dict[str, Any], prefix: str) -> None:
    for key, spec in properties.items():
        path = prefix + key
        if not isinstance(spec, dict):
            continue
        if "properties" in spec or spec.get("type", "object") in ("object", "nested", "flattened"):
            if spec.get("type") in ("nested", "flattened"):
                raise MappingError(f"the embedded store does not support fields of type [{spec['type']}] ([{path}])")
            out.objects.add(path)
            parts = path.split(".")
            for i in range(1, len(parts)):
                out.objects.add(".".join(parts[:i]))
            if spec.get("enabled") is False:
                out.disabled.add(path)
            _walk(out, spec.get("properties") or {}, path + ".")
        else:
            out.add_leaf(path, spec, dynamic=False)


def merge_mapping(out: IndexMapping, mappings: dict[str, Any]) -> None:
    """Add ``PUT /index/_mapping`` properties to an index's mappings (new fields only, as Elasticsearch)."""
    out.entries.clear()
    _walk(out, mappings.get("properties") or {}, "")
    props = out.source.setdefault("properties", {})
    props.update(mappings.get("properties") or {})


@dataclass(slots=True)
class Indexed:
    """A document as the store indexes it."""

    flat: dict[str, Any]  # path → value or list of values, typed as the fields index them
    texts: list[tuple[str, str]]  # (text field, its text) for the full-text index
    new_fields: list[str]  # paths mapped by this document (dynamic mapping)


def _flatten(value: dict[str, Any], prefix: str, out: dict[str, list[Any]], disabled: set[str]) -> None:
    for key, item in value.items():
        path = prefix + key
        if disabled and path in disabled:
            continue
        if isinstance(item, dict):
            _flatten(item, path + ".", out, disabled)
        elif isinstance(item, list):
            for element in item:
                if isinstance(element, dict):
                    _flatten(element, path + ".", out, disabled)
                elif isinstance(element, list):
                    _flatten({key: element}, prefix, out, disabled)
                elif element is not None:
                    out.setdefault(path, []).append(element)
        elif item is not None:
            values = out.get(path)
            if values is None:
                out[path] = [item]
            else:
                values.append(item)


def _typed(found: Field, value: Any) -> Any:
    """A value as its field indexes it; raises MappingError when the field cannot take it."""
    kind = found.kind
    if kind == "keyword":
        text = ("true" if value else "false") if isinstance(value, bool) else value if isinstance(value, str) else _num_text(value)
        if found.ignore_above is not None and len(text) > found.ignore_above:
            return None
        return text
    if kind == "text":
        return value if isinstance(value, str) else ("true" if value else "false") if isinstance(value, bool) else _num_text(value)
    if kind == "long":
        if isinstance(value, bool):
            raise MappingError(f"failed to parse field [{found.path}] of type [{found.mapped_type}]")
        if isinstance(value, int):
            return value
        try:
            return int(float(value))
        except (TypeError, ValueError):
            raise MappingError(f"failed to parse field [{found.path}] of type [{found.mapped_type}]") from None
    if kind == "double":
        if isinstance(value, bool):
            raise MappingError(f"failed to parse field [{found.path}] of type [{found.mapped_type}]")
        try:
            return float(value)
        except (TypeError, ValueError):
            raise MappingError(f"failed to parse field [{found.path}] of type [{found.mapped_type}]") from None
    if kind == "date":
        try:
            return parse_date(value)
        except DateError as exc:
            raise MappingError(f"failed to parse field [{found.path}] of type [date]: {exc}") from None
    if kind == "boolean":
        if isinstance(value, bool):
            return value
        if value in ("true", "false", ""):
            return value == "true"
        raise MappingError(f"failed to parse field [{found.path}] of type [boolean]")
    raise MappingError(f"field [{found.path}] of type [{kind}]")  # pragma: no cover - kinds are closed


_SKIP: Any = object()  # a value its field does not index


class _NEVER:  # the type no value has: every value goes through the converter
    pass


Entry = tuple[type, int | None, Callable[[Any], Any], tuple[str, ...]]
_NOT_INDEXED: Entry = (_NEVER, None, lambda value: _SKIP, ())  # a leaf neither indexed nor with sub-fields


def _entry_of(found: Field) -> Entry:
    """How a field's values are indexed: (the Python type taken as it is, the longest string so taken, a converter
    for any other value, the field's full-text names: itself if text, its text sub-fields).  A field that indexes
    nothing is :data:`_NOT_INDEXED` (its values are passed over without a call)."""
    texts = tuple([found.path] if found.kind == "text" else []) + tuple(
        f"{found.path}.{name}" for name, sub in found.subfields if sub.kind == "text")
    if not found.indexed and not found.subfields:
        return _NOT_INDEXED

    def general(value: Any) -> Any:
        typed = _typed(found, value)
        return _SKIP if typed is None else typed

    kind = found.kind
    limit = found.ignore_above
    conv: Callable[[Any], Any]
    if kind == "keyword":
        if limit is None:
            conv = lambda value: value if type(value) is str else general(value)  # noqa: E731
        else:
            conv = lambda value: (value if len(value) <= limit else _SKIP) if type(value) is str else general(value)  # noqa: E731
    elif kind == "text":
        conv = lambda value: value if type(value) is str else general(value)  # noqa: E731
    elif kind == "long":
        conv = lambda value: value if type(value) is int else general(value)  # noqa: E731
    elif kind == "double":
        conv = lambda value: value if type(value) is float else general(value)  # noqa: E731
    elif kind == "date":
        path = found.path

        def conv(value: Any) -> Any:
            try:
                return _fast_date(value) if type(value) is str else general(value)
            except DateError as exc:
                raise MappingError(f"failed to parse field [{path}] of type [date]: {exc}") from None
    else:
        conv = lambda value: value if type(value) is bool else general(value)  # noqa: E731
    expected: type = {"keyword": str, "text": str, "long": int, "double": float, "boolean": bool}.get(kind, _NEVER)
    return expected, limit if kind == "keyword" else None, conv, texts


_DAYS: dict[str, int] = {}
_SECONDS: dict[str, int] = {}  # "YYYY-MM-DDTHH:MM:SS" → its epoch ms (documents of a bulk share their seconds)


def _fast_date(text: str) -> int:
    """Epoch ms of ``YYYY-MM-DDTHH:MM:SS[.mmm]Z`` (what Sightline writes) without datetime; anything else parsed in full.

    >>> _fast_date("2026-12-05T10:00:00.123Z") == parse_date("2026-12-05T10:00:00.123Z"), _fast_date("2026-12-05")
    (True, 1796428800000)
    >>> _fast_date("2026-12-05T10:00:00.456Z") - _fast_date("2026-12-05T10:00:00Z")  # the second's ms, cached
    456
    """
    n = len(text)
    if ((n == 24 and text[19] == ".") or n == 20) and text[-1] == "Z":
        second = _SECONDS.get(text[:19])
        if second is not None:
            if n == 20:
                return second
            fraction = text[20:23]
            return second + int(fraction) if fraction.isdigit() else parse_date(text)
        if (text[10] == "T" and text[13] == ":" and text[16] == ":" and text[11:13].isdigit() and text[14:16].isdigit()
                and text[17:19].isdigit() and (n == 20 or text[20:23].isdigit())):
            day = _DAYS.get(text[:10])
            if day is None:
                day = parse_date(text[:10])
                if len(_DAYS) > 4096:
                    _DAYS.clear()
                _DAYS[text[:10]] = day
            hours, minutes, seconds = int(text[11:13]), int(text[14:16]), int(text[17:19])
            milli = int(text[20:23]) if n == 24 else 0
            if hours < 24 and minutes < 60 and seconds < 60:
                second = day + hours * 3_600_000 + minutes * 60_000 + seconds * 1000
                if len(_SECONDS) > 65536:
                    _SECONDS.clear()
                _SECONDS[text[:19]] = second
                return second + milli
    return parse_date(text)


def _num_text(value: Any) -> str:
    return repr(value) if isinstance(value, float) else str(value)


def _check_shape(mapping: IndexMapping, path: str, paths: dict[str, Any]) -> None:
    """A new leaf where an object is mapped, or under a leaf, is refused as Elasticsearch refuses it."""
    if path in mapping.objects:
        raise MappingError(
            f"failed to parse field [{path}] of type [object]: tried to parse field [{path}] as object, but found a concrete value"
        )
    parts = path.split(".")
    for i in range(1, len(parts)):
        above = ".".join(parts[:i])
        leaf = mapping.leaves.get(above)
        if (leaf is not None and leaf.path == above) or above in paths:
            kind = leaf.mapped_type if leaf is not None else "keyword"
            raise MappingError(
                f"Could not dynamically add mapping for field [{path}]. "
                f"Existing mapping for [{above}] must be of type object but found [{kind}]."
            )


def index_document(mapping: IndexMapping, source: dict[str, Any]) -> Indexed:
    """The flat, typed view of ``source`` and its text; new fields are mapped into ``mapping`` only if it fits.

    >>> m = compile_mapping({"properties": {"@timestamp": {"type": "date"}, "message": {"type": "text"},
    ...     "n": {"type": "long", "index": False}}, "dynamic_templates": [
    ...     {"s": {"match_mapping_type": "string", "mapping": {"type": "keyword"}}}]})
    >>> d = index_document(m, {"@timestamp": "2026-12-05T10:00:00Z", "message": "Hello World", "n": 5,
    ...     "attributes": {"http.status": 500, "tags": ["a", "b"]}, "x": None})
    >>> d.flat
    {'@timestamp': 1796464800000, 'message': 'Hello World', 'attributes.http.status': 500, 'attributes.tags': ['a', 'b']}
    >>> d.texts, sorted(d.new_fields), m.resolve("attributes.tags").kind
    ([('message', 'hello world')], ['attributes.http.status', 'attributes.tags'], 'keyword')
    >>> try:
    ...     index_document(m, {"attributes": {"http.status": "x"}})
    ... except MappingError as exc:
    ...     print(exc)
    failed to parse field [attributes.http.status] of type [long]
    """
    entries = mapping.entries
    disabled = mapping.disabled
    leaves = mapping.leaves
    flat: dict[str, Any] = {}
    unknown: dict[str, list[Any]] = {}
    text_paths: list[tuple[str, tuple[str, ...]]] = []
    listed: list[str] = []  # paths that took a second value in this document

    def walk(value: dict[str, Any], prefix: str) -> None:
        for key, item in value.items():
            path = prefix + key
            entry = entries.get(path)
            if entry is not None:  # the usual case first: a mapped field's value of the type it indexes
                kind = type(item)
                expected, limit, _, texts = entry
                if kind is expected and (limit is None or len(item) <= limit):
                    if path in flat:
                        more(path, item)
                    else:
                        flat[path] = item
                        if texts:
                            text_paths.append((path, texts))
                    continue
                if entry is _NOT_INDEXED and kind is not dict and kind is not list:
                    continue
            other(path, item, entry)

    def other(path: str, item: Any, entry: Entry | None) -> None:
        kind = type(item)
        if kind is dict:
            if path not in disabled:
                leaf = leaves.get(path)
                if leaf is not None and leaf.path == path:
                    _object_at(leaf)
                walk(item, path + ".")
            return
        if kind is list:
            items(item, path)
            return
        if item is None:
            return
        if entry is None:
            entry = mapping.entry(path)
            if entry is None:
                found = unknown.get(path)
                if found is None:
                    unknown[path] = [item]
                else:
                    found.append(item)
                return
        if entry is _NOT_INDEXED:
            return
        expected, limit, conv, texts = entry
        if kind is expected and (limit is None or len(item) <= limit):
            typed = item
        else:
            typed = conv(item)
            if typed is _SKIP:
                return
        if path in flat:
            more(path, typed)
        else:
            flat[path] = typed
            if texts:
                text_paths.append((path, texts))

    def more(path: str, typed: Any) -> None:
        current = flat[path]
        if type(current) is list:
            current.append(typed)
        else:
            flat[path] = [current, typed]
            listed.append(path)

    def items(values: list[Any], path: str) -> None:
        # a list's values go through the same steps as a document's fields, under one path
        for element in values:
            if type(element) is dict:
                if path not in disabled:
                    leaf = leaves.get(path)
                    if leaf is not None and leaf.path == path:
                        _object_at(leaf)
                    walk(element, path + ".")
            elif type(element) is list:
                items(element, path)
            elif element is not None:
                walk({"": element}, path)

    walk(source, "")
    new: list[tuple[str, dict[str, Any]]] = []
    if unknown:  # fields no mapping names yet: mapped from their first value, if the document's shape allows
        present = {**dict.fromkeys(flat), **dict.fromkeys(unknown)}
        for path, values in unknown.items():
            _check_shape(mapping, path, present)
            spec = mapping.dynamic_spec(path, values[0])
            found = _field_of(spec, path)
            new.append((path, spec))
            if not found.indexed and not found.subfields:
                continue
            _, _, conv, texts = _entry_of(found)
            typed = [v for v in (conv(raw) for raw in values) if v is not _SKIP]
            if typed:
                if len(typed) == 1:
                    flat[path] = typed[0]
                else:
                    flat[path] = typed
                    listed.append(path)
                if texts:
                    text_paths.append((path, texts))
        for path, spec in new:
            mapping.add_leaf(path, spec, dynamic=True)
    texts_out: list[tuple[str, str]] = []
    for path, names in text_paths:
        value = flat[path]
        text = " ".join(words(value)) if type(value) is str else " ".join(w for v in value for w in words(str(v)))
        if len(names) == 1:
            texts_out.append((names[0], text))
        else:
            texts_out.extend((name, text) for name in names)
    if listed:
        mapping.arrays.update(listed)
    return Indexed(flat, texts_out, [p for p, _ in new])


def _object_at(leaf: Field) -> None:
    """An object where a leaf is mapped is refused at the leaf, as Elasticsearch refuses it ("failed to parse field
    [attributes.x] of type [text]"), so the sink sets the whole object aside, not the leaves under it."""
    raise MappingError(f"failed to parse field [{leaf.path}] of type [{leaf.mapped_type}]: an object where a value is mapped")
