"""The query DSL as SQL over the ``docs`` table.  Pure: a query in, a WHERE clause and its parameters out.

Each document row (alias ``d``) has its flat view in ``d.flat`` (JSON: dotted
path → value or list of values, typed by its field, see
:mod:`~pipeline.docstore.mapping`), two hot fields in their own indexed
columns (``@timestamp`` as epoch ms in ``d.ts``, ``service.name`` in
``d.svc``), two fields looked up by value through indexed columns
(:data:`LOOKUP`: ``term`` and ``terms`` on ``trace_id`` and ``id``), and its words
in the full-text table ``fts`` (one row per text field, rowid = doc rowid × 64
+ the field's slot: each text field name has its own, up to 63, then they
share slot 63 with the name in the row's ``field``).

Supported, with Elasticsearch's meaning: ``bool`` (must, filter, should with
``minimum_should_match``, must_not), ``constant_score``, ``match_all``,
``match_none``, ``term``, ``terms``, ``range`` (numbers, keywords, dates with
date math), ``exists``, ``ids``, ``prefix``, ``wildcard`` (with
``case_insensitive``), ``match`` and ``match_phrase`` (words on text fields,
the exact value elsewhere), ``simple_query_string`` and ``query_string``
(the ``q=`` parameter; a subset of Lucene's syntax: ``field:value``,
phrases, ``[a TO b]``, ``>=x``, ``AND``/``OR``/``NOT``, ``+``/``-``,
parentheses, ``*`` and ``?`` on keywords, a trailing ``*`` on words).
Anything else is a :class:`~pipeline.docstore.errors.StoreError` 400 saying
what is not supported.  Scores are not computed: hits without a ``sort`` come
in index order.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pipeline.docstore.errors import StoreError, unsupported
from pipeline.docstore.mapping import Field
from pipeline.docstore.text import DateError, glob_to_sql, parse_date, words

__all__ = ["HOT", "LOOKUP", "OTHER_SLOT", "Resolved", "Translator", "json_path", "trace_hash"]

HOT = {"@timestamp": "d.ts", "service.name": "d.svc"}  # fields whose value is a column (where a string, ts a whole number)
# fields whose documents are found by value through columns of their own, the value itself read from d.flat:
# trace_id through d.trace_h (trace_hash of it; d.trace, its text, in stores of schema version 1 and before), id
# through the document's _id (d.id, the sink's _id is its id) or d.fid (the id where it is not the _id; every
# id in stores of version 1 and before)
LOOKUP = ("trace_id", "id")

TRUE = "1"
FALSE = "0"
OTHER_SLOT = 63  # full-text rows of text fields beyond the first 63 names: the name is kept in the row


def trace_hash(trace_id: str) -> int:
    """A trace id's lookup key: its first 8 bytes as a signed integer (hex ids), else 8 bytes of BLAKE2b of it.

    >>> trace_hash("00000000000000ff" + "0" * 16), trace_hash("ffffffffffffffff" + "0" * 16)
    (255, -1)
    """
    if len(trace_id) >= 16:
        try:
            return int.from_bytes(bytes.fromhex(trace_id[:16]), "big", signed=True)
        except ValueError:
            pass
    return int.from_bytes(hashlib.blake2b(trace_id.encode(), digest_size=8).digest(), "big", signed=True)


def json_path(path: str) -> str:
    """The SQLite JSON path of a flat key.

    >>> json_path("service.name")
    '$."service.name"'
    """
    if '"' in path:
        raise unsupported(f'field names with a double quote ({path!r})')
    return '$."' + path + '"'


@dataclass(frozen=True, slots=True)
class Resolved:
    """A field as the searched indices map it: the field (``None``: unmapped), whether it held lists, an object."""

    field: Field | None
    arrays: bool = False
    is_object: bool = False


def fts_string(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


class Translator:
    """Translates queries against one set of indices (``resolve`` names their fields)."""

    def __init__(self, resolve: Callable[[str], Resolved], now_ms: int | None = None,
                 slots: Callable[[str], int | None] | None = None) -> None:
        self.resolve = resolve
        # "now" in date math: one instant for every part of a search (the rollup's split reads the ranges again)
        self.now_ms = now_ms if now_ms is not None else int(time.time() * 1000)
        # a text field's slot in the full-text rowids (rowid & 63); None: no document has its words;
        # OTHER_SLOT: shared, the field's name is in the row
        self.slots = slots or (lambda name: OTHER_SLOT)

    # -- entry ----------------------------------------------------------------------------
    def where(self, query: Any) -> tuple[str, list[Any]]:
        """``(sql, params)`` of a query; ``None`` or ``{}`` is match_all."""
        params: list[Any] = []
        if not query:
            return TRUE, params
        return self._query(query, params), params

    def _query(self, query: Any, params: list[Any]) -> str:
        if not isinstance(query, dict) or len(query) != 1:
            raise StoreError(400, "parsing_exception", f"a query is an object with one key, got {str(query)[:200]}")
        (kind, body), = query.items()
        handler = getattr(self, "_q_" + kind, None)
        if handler is None:
            raise unsupported(f"the [{kind}] query")
        return str(handler(body, params))

    # -- compound ---------------------------------------------------------------------------
    def _q_bool(self, body: dict[str, Any], params: list[Any]) -> str:
        known = {"must", "filter", "should", "must_not", "minimum_should_match", "boost", "_name"}
        extra = set(body) - known
        if extra:
            raise unsupported(f"bool options {sorted(extra)}")
        parts: list[str] = []
        for key in ("must", "filter"):
            for clause in _list(body.get(key)):
                parts.append(self._query(clause, params))
        for clause in _list(body.get("must_not")):
            parts.append(f"NOT coalesce(({self._query(clause, params)}), 0)")  # a missing field is not a match
        should = _list(body.get("should"))
        if should:
            default = 0 if (body.get("must") or body.get("filter")) else 1
            need = _minimum(body.get("minimum_should_match"), len(should), default)
            sqls = [self._query(clause, params) for clause in should] if need > 0 else []
            if need == 1:
                parts.append("(" + " OR ".join(f"({s})" for s in sqls) + ")")
            elif need > 1:
                parts.append("(" + " + ".join(f"coalesce(({s}), 0)" for s in sqls) + f") >= {need}")
        if not parts:
            return TRUE
        return "(" + " AND ".join(f"({p})" for p in parts) + ")"

    def _q_constant_score(self, body: dict[str, Any], params: list[Any]) -> str:
        return self._query(body.get("filter"), params)

    def _q_match_all(self, body: Any, params: list[Any]) -> str:
        return TRUE

    def _q_match_none(self, body: Any, params: list[Any]) -> str:
        return FALSE

    # -- leaves ---------------------------------------------------------------------------
    def _q_term(self, body: dict[str, Any], params: list[Any]) -> str:
        name, value, opts = _one_field(body, "term", "value")
        if opts.get("case_insensitive"):
            raise unsupported("case_insensitive on a term query")
        return self._equals(name, value, params)

    def _q_terms(self, body: dict[str, Any], params: list[Any]) -> str:
        fields = {k: v for k, v in body.items() if k not in ("boost", "_name")}
        if len(fields) != 1:
            raise StoreError(400, "parsing_exception", "[terms] query requires exactly one field")
        (name, values), = fields.items()
        if not isinstance(values, list):
            raise unsupported("a terms lookup (terms query with an object)")
        if not values:
            return FALSE
        found = self.resolve(name)
        field = found.field
        if field is None:
            return FALSE
        if field.kind == "text":
            return "(" + " OR ".join(self._equals(name, v, params) for v in values) + ")"
        typed = [self._param(field, v) for v in values]
        marks = ",".join("?" * len(typed))
        return self._test(field, found.arrays, f"IN ({marks})", typed, params)

    def _q_ids(self, body: dict[str, Any], params: list[Any]) -> str:
        values = [str(v) for v in _list(body.get("values"))]
        if not values:
            return FALSE
        params.extend(values)
        return f"d.id IN ({','.join('?' * len(values))})"

    def _q_exists(self, body: dict[str, Any], params: list[Any]) -> str:
        name = body.get("field")
        if not isinstance(name, str):
            raise StoreError(400, "parsing_exception", "[exists] requires a field")
        if "*" in name:
            raise unsupported("wildcards in an exists query's field")
        found = self.resolve(name)
        if found.field is not None:
            path = found.field.path
            if path in HOT and not found.arrays:
                return f"{HOT[path]} IS NOT NULL"
            params.append(json_path(path))
            return "json_type(d.flat, ?) IS NOT NULL"
        if found.is_object:
            params.extend([name, name + ".%"])
            return "EXISTS (SELECT 1 FROM json_each(d.flat) WHERE key = ? OR key LIKE ?)"
        return FALSE

    def _q_range(self, body: dict[str, Any], params: list[Any]) -> str:
        name, spec, _ = _one_field(body, "range", None)
        if not isinstance(spec, dict):
            raise StoreError(400, "parsing_exception", "[range] query malformed")
        found = self.resolve(name)
        field = found.field
        if field is None:
            return FALSE
        if spec.get("time_zone") or spec.get("relation"):
            raise unsupported("time_zone or relation on a range query")
        ops = {"gte": ">=", "gt": ">", "lte": "<=", "lt": "<", "from": ">=", "to": "<="}
        parts = []
        for key, value in spec.items():
            if key in ("boost", "_name", "format"):
                continue
            if key not in ops:
                raise unsupported(f"[{key}] in a range query")
            if value is None:
                continue
            if field.kind == "date":
                typed: Any = self._date(value, round_up=key in ("gt", "lte", "to"))
            else:
                typed = self._param(field, value)
            parts.append((ops[key], typed))
        if not parts:
            return self._q_exists({"field": name}, params)
        if field.kind == "text":
            raise unsupported(f"a range query on the text field [{name}]")
        path = field.path
        if not found.arrays:
            expr = HOT.get(path)
            if expr is None:
                if len(parts) > 1:  # one extraction, compared twice (parameters in the statement's order)
                    conds = " AND ".join(f"v {op} ?" for op, _ in parts)
                    params.extend(v for _, v in parts)
                    params.append(json_path(path))
                    return f"coalesce((SELECT {conds} FROM (SELECT json_extract(d.flat, ?) AS v) WHERE v IS NOT NULL), 0)"
                params.append(json_path(path))
                expr = "json_extract(d.flat, ?)"
            conds = " AND ".join(f"{expr} {op} ?" for op, _ in parts)
            params.extend(v for _, v in parts)
            return "(" + conds + ")"
        params.append(json_path(path))
        params.extend(v for _, v in parts)
        conds = " AND ".join(f"value {op} ?" for op, _ in parts)
        return f"EXISTS (SELECT 1 FROM json_each(d.flat, ?) WHERE {conds})"

    def _q_prefix(self, body: dict[str, Any], params: list[Any]) -> str:
        name, value, opts = _one_field(body, "prefix", "value")
        return self._glob(name, glob_to_sql(str(value).replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?")) + "*",
                          bool(opts.get("case_insensitive")), params)

    def _q_wildcard(self, body: dict[str, Any], params: list[Any]) -> str:
        name, value, opts = _one_field(body, "wildcard", "value")
        if value is None:
            value = opts.get("wildcard")
        return self._glob(name, glob_to_sql(str(value)), bool(opts.get("case_insensitive")), params)

    def _glob(self, name: str, pattern: str, insensitive: bool, params: list[Any]) -> str:
        found = self.resolve(name)
        field = found.field
        if field is None:
            return FALSE
        if field.kind != "keyword":
            raise unsupported(f"wildcard or prefix queries on the {field.kind} field [{name}]")
        if insensitive:
            pattern = pattern.lower()
        value_expr = "lower(value)" if insensitive else "value"
        if found.arrays:
            params.extend([json_path(field.path), pattern])
            return f"EXISTS (SELECT 1 FROM json_each(d.flat, ?) WHERE {value_expr} GLOB ?)"
        expr = HOT.get(field.path)
        if expr is None:
            params.append(json_path(field.path))
            expr = "json_extract(d.flat, ?)"
        params.append(pattern)
        return f"({'lower(' + expr + ')' if insensitive else expr} GLOB ?)"

    def _q_match(self, body: dict[str, Any], params: list[Any]) -> str:
        name, value, opts = _one_field(body, "match", "query")
        extra = set(opts) - {"query", "operator", "boost", "_name", "lenient"}
        if extra:
            raise unsupported(f"match options {sorted(extra)}")
        operator = str(opts.get("operator", "or")).lower()
        found = self.resolve(name)
        if found.field is None:
            return FALSE
        if found.field.kind != "text":
            return self._equals(name, value, params)
        tokens = words(str(value))
        if not tokens:
            return FALSE
        joiner = " AND " if operator == "and" else " OR "
        return self._fts(name, joiner.join(fts_string(t) for t in tokens), params)

    def _q_match_phrase(self, body: dict[str, Any], params: list[Any]) -> str:
        name, value, opts = _one_field(body, "match_phrase", "query")
        if opts.get("slop"):
            raise unsupported("slop on a match_phrase query")
        found = self.resolve(name)
        if found.field is None:
            return FALSE
        if found.field.kind != "text":
            return self._equals(name, value, params)
        tokens = words(str(value))
        if not tokens:
            return FALSE
        return self._fts(name, fts_string(" ".join(tokens)), params)

    def _q_simple_query_string(self, body: dict[str, Any], params: list[Any]) -> str:
        extra = set(body) - {"query", "fields", "default_operator", "boost", "_name", "analyze_wildcard", "lenient"}
        if extra:
            raise unsupported(f"simple_query_string options {sorted(extra)}")
        fields = [re.sub(r"\^[\d.]+$", "", f) for f in _list(body.get("fields"))]
        if any("*" in f for f in fields if f != "*"):
            raise unsupported("wildcards in simple_query_string fields")
        fields = [f for f in fields if f != "*"]
        default_and = str(body.get("default_operator", "or")).lower() == "and"
        node = parse_simple(str(body.get("query", "")), default_and)
        return self._node(node, fields or None, default_and, params)

    def _q_query_string(self, body: dict[str, Any], params: list[Any]) -> str:
        extra = set(body) - {"query", "default_field", "default_operator", "boost", "_name", "analyze_wildcard", "lenient", "fields"}
        if extra:
            raise unsupported(f"query_string options {sorted(extra)}")
        default_and = str(body.get("default_operator", "or")).lower() == "and"
        fields = _list(body.get("fields")) or _list(body.get("default_field"))
        fields = [f for f in fields if f != "*"]
        if any("*" in f for f in fields):
            raise unsupported("wildcards in query_string fields")
        node = parse_lucene(str(body.get("query", "")), default_and)
        return self._node(node, fields or None, default_and, params)

    # -- shared ---------------------------------------------------------------------------
    def _date(self, value: Any, round_up: bool = False) -> int:
        try:
            return parse_date(value, round_up=round_up, now_ms=self.now_ms)
        except DateError as exc:
            raise StoreError(400, "parse_exception", str(exc)) from None

    def _param(self, field: Field, value: Any) -> Any:
        """A query value as the field's values are stored."""
        kind = field.kind
        if isinstance(value, dict | list):
            raise StoreError(400, "parsing_exception", f"a value for [{field.path}] must be a scalar")
        if kind in ("keyword", "text"):
            return ("true" if value else "false") if isinstance(value, bool) else value if isinstance(value, str) else (
                repr(value) if isinstance(value, float) else str(value))
        if kind in ("long", "double"):
            try:
                number = float(value)
            except (TypeError, ValueError):
                raise StoreError(400, "query_shard_exception", f"failed to create query: For input string: \"{value}\"") from None
            return int(number) if kind == "long" and number.is_integer() else number
        if kind == "date":
            return self._date(value)
        if kind == "boolean":
            if isinstance(value, bool):
                return 1 if value else 0
            if value in ("true", "false"):
                return 1 if value == "true" else 0
            raise StoreError(400, "query_shard_exception", f"Can't parse boolean value [{value}], expected [true] or [false]")
        raise unsupported(f"queries on fields of type [{kind}]")  # pragma: no cover - kinds are closed

    def _test(self, field: Field, arrays: bool, condition: str, values: list[Any], params: list[Any]) -> str:
        path = field.path
        if not arrays and path in LOOKUP:
            return _lookup(path, condition, values, params)
        if not arrays:
            expr = HOT.get(path)
            if expr is None:
                params.append(json_path(path))
                expr = "json_extract(d.flat, ?)"
            params.extend(values)
            if field.kind == "keyword" and field.ignore_above is not None and path != field.path:
                pass
            return f"{expr} {condition}"
        params.append(json_path(path))
        params.extend(values)
        return f"EXISTS (SELECT 1 FROM json_each(d.flat, ?) WHERE value {condition})"

    def _equals(self, name: str, value: Any, params: list[Any]) -> str:
        found = self.resolve(name)
        field = found.field
        if field is None:
            return FALSE
        if field.kind == "text":  # a term on a text field is one of its words, as they were indexed
            text = str(value)
            if words(text) != [text]:
                return FALSE
            return self._fts(name, fts_string(text), params)
        typed = self._param(field, value)
        sql = self._test(field, found.arrays, "= ?", [typed], params)
        if field.kind == "keyword" and field.ignore_above is not None and isinstance(typed, str) and len(typed) > field.ignore_above:
            return FALSE
        return sql

    def _fts(self, name: str | None, match: str, params: list[Any]) -> str:
        if name is None:
            params.append(match)
            return "d.rowid IN (SELECT rowid >> 6 FROM fts WHERE fts MATCH ?)"
        slot = self.slots(name)
        if slot is None:
            return FALSE
        if slot == OTHER_SLOT:
            params.extend([match, name])
            return f"d.rowid IN (SELECT rowid >> 6 FROM fts WHERE fts MATCH ? AND (rowid & 63) = {OTHER_SLOT} AND field = ?)"
        params.append(match)
        # the field is in the rowid: no row of the table is read, only the index
        return f"d.rowid IN (SELECT rowid >> 6 FROM fts WHERE fts MATCH ? AND (rowid & 63) = {int(slot)})"

    # -- parsed query strings ---------------------------------------------------------------
    def _node(self, node: Node, fields: list[str] | None, default_and: bool, params: list[Any]) -> str:
        kind = node[0]
        if kind == "and" or kind == "or":
            parts = [self._node(n, fields, default_and, params) for n in node[1]]
            return "(" + (" AND " if kind == "and" else " OR ").join(f"({p})" for p in parts) + ")"
        if kind == "not":
            return f"NOT coalesce(({self._node(node[1], fields, default_and, params)}), 0)"
        if kind == "all":
            return TRUE
        if kind == "field":
            name, inner = node[1], node[2]
            if "*" in name:
                raise unsupported(f"wildcards in query-string field names ({name})")
            return self._node(inner, [name], default_and, params)
        if kind == "range":
            low, high, low_incl, high_incl = node[1:]
            if fields is None or len(fields) != 1:
                raise unsupported("a range without a field in a query string")
            spec: dict[str, Any] = {}
            if low != "*":
                spec["gte" if low_incl else "gt"] = low
            if high != "*":
                spec["lte" if high_incl else "lt"] = high
            return self._q_range({fields[0]: spec}, params)
        # a word or phrase: over the fields given, or every field
        text, phrase, prefix = node[1], kind == "phrase", node[2] if kind == "word" else False
        if fields is None:
            return self._anywhere(text, phrase, prefix, params)
        parts = [self._word(f, text, phrase, prefix, default_and, params) for f in fields]
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(f"({p})" for p in parts) + ")"

    def _word(self, name: str, text: str, phrase: bool, prefix: bool, default_and: bool, params: list[Any]) -> str:
        found = self.resolve(name)
        field = found.field
        if field is None:
            return FALSE
        if field.kind == "text":
            tokens = words(text)
            if not tokens:
                return FALSE
            if "?" in text or ("*" in text and not (prefix and "*" not in text)):
                raise unsupported(f"wildcards inside words on the text field [{name}]")
            if phrase:
                match = fts_string(" ".join(tokens))
            else:
                match = (" AND " if default_and else " OR ").join(fts_string(t) for t in tokens)
                if prefix:
                    match = match + " *" if len(tokens) == 1 else match[: -len(fts_string(tokens[-1]))] + fts_string(tokens[-1]) + " *"
            return self._fts(name, match, params)
        if prefix or (not phrase and ("*" in text or "?" in text)):
            if field.kind != "keyword":
                raise unsupported(f"wildcards on the {field.kind} field [{name}]")
            pattern = glob_to_sql(text + ("*" if prefix else ""))
            return self._glob(name, pattern, False, params)
        return self._equals(name, text, params)

    def _anywhere(self, text: str, phrase: bool, prefix: bool, params: list[Any]) -> str:
        """A word without a field: any text field's words, or any field's whole value (lenient, as ``*``)."""
        tokens = words(text)
        parts = []
        if tokens:
            match = fts_string(" ".join(tokens)) if phrase else " AND ".join(fts_string(t) for t in tokens)
            if prefix and not phrase:
                match += " *"
            parts.append(self._fts(None, match, params))
        if not prefix:
            params.append(text)
            parts.append("EXISTS (SELECT 1 FROM json_tree(d.flat) WHERE atom = ?)")
            try:
                number = float(text)
            except ValueError:
                number = None
            if number is not None:
                params.append(number)
                parts.append("EXISTS (SELECT 1 FROM json_tree(d.flat) WHERE type IN ('integer', 'real') AND atom = ?)")
        if not parts:
            return FALSE
        return "(" + " OR ".join(parts) + ")"


# -- query-string parsers -------------------------------------------------------------------
Node = tuple[Any, ...]


def _lookup(path: str, condition: str, values: list[Any], params: list[Any]) -> str:
    """``term`` / ``terms`` on a :data:`LOOKUP` field: its documents found through an index, the value then checked."""
    if path == "id":
        params.extend([*values, json_path(path), *values, *values])
        return f"((d.id {condition} AND json_extract(d.flat, ?) {condition}) OR d.fid {condition})"
    hashes = sorted({trace_hash(v) for v in values if isinstance(v, str)})
    params.extend([*hashes, *values, json_path(path), *values])
    return (f"((d.trace_h IN ({','.join('?' * len(hashes))}) OR d.trace {condition}) "
            f"AND json_extract(d.flat, ?) {condition})")


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _minimum(value: Any, count: int, default: int) -> int:
    if value is None:
        return default
    text = str(value).strip()
    try:
        if text.endswith("%"):
            pct = int(text[:-1])
            n = int(count * abs(pct) / 100)
            return n if pct >= 0 else count - n
        n = int(text)
    except ValueError:
        raise unsupported(f"minimum_should_match {value!r}") from None
    return n if n >= 0 else count + n


def _one_field(body: Any, kind: str, value_key: str | None) -> tuple[str, Any, dict[str, Any]]:
    if not isinstance(body, dict):
        raise StoreError(400, "parsing_exception", f"[{kind}] query malformed")
    fields = {k: v for k, v in body.items() if k not in ("boost", "_name")}
    if len(fields) != 1:
        raise StoreError(400, "parsing_exception", f"[{kind}] query doesn't support multiple fields")
    (name, spec), = fields.items()
    if value_key is None:
        return name, spec, {}
    if isinstance(spec, dict):
        opts = dict(spec)
        return name, opts.get(value_key), opts
    return name, spec, {}


_SIMPLE_TOKEN = re.compile(r'\s+|"(?:[^"\\]|\\.)*"?|[()|+-]|(?:[^\s"()|\\]|\\.)+')


def parse_simple(text: str, default_and: bool) -> Node:
    """A ``simple_query_string`` as a tree, operators applied left to right as Lucene's simple parser does.

    >>> parse_simple('timeout "after 300" -charge', True)
    ('and', [('and', [('word', 'timeout', False), ('phrase', 'after 300')]), ('not', ('word', 'charge', False))])
    >>> parse_simple("a | b*", True)
    ('or', [('word', 'a', False), ('word', 'b', True)])
    """
    node, _ = _simple_seq(text, 0, default_and, top=True)
    return node


def _simple_seq(text: str, pos: int, default_and: bool, top: bool) -> tuple[Node, int]:
    current: Node | None = None
    pending: str | None = None
    negate = False
    while pos < len(text):
        m = _SIMPLE_TOKEN.match(text, pos)
        if m is None:  # pragma: no cover - the pattern matches every character
            raise unsupported(f"the query text {text!r}")
        token = m.group(0)
        pos = m.end()
        if token.isspace():
            continue
        if token == "|":
            pending = "or"
            continue
        if token == "+":
            pending = "and"
            continue
        if token == "-":
            negate = True
            continue
        if token == ")":
            if top:
                continue
            break
        if token == "(":
            clause, pos = _simple_seq(text, pos, default_and, top=False)
        elif token.startswith('"'):
            inner = token[1:-1] if token.endswith('"') and len(token) > 1 else token[1:]
            if pos < len(text) and text[pos] == "~":
                raise unsupported("slop (~N) in simple_query_string")
            clause = ("phrase", inner.replace('\\"', '"'))
        else:
            if "~" in token:
                raise unsupported("fuzzy or slop (~) in simple_query_string")
            word = re.sub(r"\\(.)", r"\1", token)
            prefix = word.endswith("*") and not token.endswith("\\*")
            clause = ("word", word[:-1] if prefix else word, prefix)
        if negate:
            clause = ("not", clause)
            negate = False
        if current is None:
            current = clause
        else:
            op = pending or ("and" if default_and else "or")
            current = (op, [current, clause])
        pending = None
    return (current if current is not None else ("all",)), pos


_LUCENE_TOKEN = re.compile(
    r'\s+|"(?:[^"\\]|\\.)*"|&&|\|\||[()\[\]{}]|(?:>=|<=|>|<)(?=\S)|[+\-!](?=\S)|(?:[^\s"()\[\]{}\\]|\\.)+'
)


def parse_lucene(text: str, default_and: bool) -> Node:
    """A ``query_string`` (``q=``) as a tree: NOT before AND before OR; adjacency is the default operator.

    >>> parse_lucene('service.name:"api" AND @timestamp:[2026-01-01T00:00:00Z TO *]', False)
    ('and', [('field', 'service.name', ('phrase', 'api')), ('field', '@timestamp', ('range', '2026-01-01T00:00:00Z', '*', True, True))])
    >>> parse_lucene("(severity_number:>=17 OR status.code:error) hello", True)[1][0][0]
    'or'
    """
    tokens = [t for t in _LUCENE_TOKEN.findall(text) if not t.isspace()]
    parser = _Lucene(tokens, default_and)
    node = parser.expr()
    if parser.pos != len(tokens):
        raise StoreError(400, "query_shard_exception", f"Failed to parse query [{text}]")
    return node


class _Lucene:
    def __init__(self, tokens: list[str], default_and: bool) -> None:
        self.tokens = tokens
        self.pos = 0
        self.default_and = default_and

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> str:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def expr(self) -> Node:
        parts = [self.conj()]
        while self.peek() in ("OR", "||"):
            self.take()
            parts.append(self.conj())
        return parts[0] if len(parts) == 1 else ("or", parts)

    def conj(self) -> Node:
        parts = [self.unary()]
        ops: list[str] = []
        while True:
            token = self.peek()
            if token is None or token in (")", "OR", "||"):
                break
            if token in ("AND", "&&"):
                self.take()
                ops.append("and")
            else:
                ops.append("and" if self.default_and else "or")
            parts.append(self.unary())
        if not ops:
            return parts[0]
        if all(op == "and" for op in ops):
            return ("and", parts)
        # adjacency with OR as the default: AND binds tighter, adjacent groups are ORed
        groups: list[list[Node]] = [[parts[0]]]
        for op, part in zip(ops, parts[1:], strict=True):
            if op == "and":
                groups[-1].append(part)
            else:
                groups.append([part])
        return ("or", [g[0] if len(g) == 1 else ("and", g) for g in groups])

    def unary(self) -> Node:
        token = self.peek()
        if token in ("NOT", "!", "-"):
            self.take()
            return ("not", self.unary())
        if token == "+":
            self.take()
        return self.primary()

    def primary(self) -> Node:
        if self.peek() is None:
            raise StoreError(400, "query_shard_exception", "Failed to parse query: unexpected end")
        token = self.take()
        if token == "(":
            node = self.expr()
            if self.peek() == ")":
                self.take()
            return node
        if token.startswith('"'):
            self._no_suffix()
            return ("phrase", re.sub(r"\\(.)", r"\1", token[1:-1]))
        name, value = _split_field(token)
        if name is None:
            return self._value(token)
        if value:
            return ("field", name, self._value(value))
        nxt = self.peek()
        if nxt is None:
            raise StoreError(400, "query_shard_exception", f"Failed to parse query: nothing after [{token}]")
        if nxt in ("[", "{"):
            return ("field", name, self._range())
        if nxt == "(":
            self.take()
            node = self.expr()
            if self.peek() == ")":
                self.take()
            return ("field", name, node)
        if nxt in (">=", "<=", ">", "<"):
            op = self.take()
            bound = self.take()
            return ("field", name, _comparison(op, bound))
        self.take()
        if nxt.startswith('"'):
            self._no_suffix()
            return ("field", name, ("phrase", re.sub(r"\\(.)", r"\1", nxt[1:-1])))
        return ("field", name, self._value(nxt))

    def _no_suffix(self) -> None:
        nxt = self.peek()
        if nxt is not None and (nxt.startswith("~") or nxt.startswith("^")):
            raise unsupported("slop or boosts (~, ^) in a query string")

    def _value(self, token: str) -> Node:
        for op in (">=", "<=", ">", "<"):
            if token.startswith(op):
                return _comparison(op, token[len(op):])
        if re.search(r"(?<!\\)[~^]", token) or token.startswith("/"):
            raise unsupported(f"fuzzy, boost or regular-expression syntax in a query string ({token})")
        word = re.sub(r"\\(.)", r"\1", token)
        prefix = token.endswith("*") and not token.endswith("\\*") and "*" not in token[:-1] and "?" not in token
        return ("word", word[:-1] if prefix else word, prefix)

    def _range(self) -> Node:
        opening = self.take()
        parts = []
        while self.peek() is not None and self.peek() not in ("]", "}"):
            parts.append(self.take())
        closing = self.take() if self.peek() is not None else "]"
        if len(parts) != 3 or parts[1] != "TO":
            raise StoreError(400, "query_shard_exception", f"Failed to parse range [{' '.join(parts)}]")
        return ("range", parts[0], parts[2], opening == "[", closing == "]")


def _comparison(op: str, bound: str) -> Node:
    if op.startswith(">"):
        return ("range", bound, "*", op == ">=", True)
    return ("range", "*", bound, True, op == "<=")


def _split_field(token: str) -> tuple[str | None, str]:
    """``field:value`` at the first unescaped colon; ``(None, token)`` when there is none."""
    m = re.match(r"((?:[^:\\]|\\.)+):(.*)$", token, re.S)
    if m is None:
        return None, token
    return re.sub(r"\\(.)", r"\1", m.group(1)), m.group(2)
