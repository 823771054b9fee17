"""The flat view of a document: the fast walk of index_document against a plain reference, on seeded documents."""

from __future__ import annotations

import random
from typing import Any

import pytest

from pipeline.docstore.mapping import (
    IndexMapping,
    MappingError,
    _flatten,
    _typed,
    compile_mapping,
    index_document,
)
from pipeline.docstore.text import words

MAPPINGS = {"properties": {
    "@timestamp": {"type": "date"}, "message": {"type": "text", "fields": {"keyword": {"type": "keyword"}}},
    "n": {"type": "long"}, "d": {"type": "double"}, "ok": {"type": "boolean"},
    "k": {"type": "keyword", "ignore_above": 8}, "hidden": {"type": "long", "index": False},
    "off": {"type": "object", "enabled": False},
    "attributes": {"properties": {"a": {"type": "keyword"}, "b": {"type": "long"}, "c.d": {"type": "keyword"}}},
}}
# values each field takes (the field's own type, others it reads, lists, nulls)
VALUES: dict[str, list[Any]] = {
    "@timestamp": ["2026-12-05T10:00:00.123Z", "2026-12-05T10:00:00Z", "2026-12-05", 1796464800000, None],
    "message": ["Upstream timeout after 300 ms calling api.example.com", "x:y 1,000 don't", 5, ["a b", "c"], None],
    "n": [1, 2.9, "7", [1, 2], None, "many"], "d": [1.5, 2, "3.25", None], "ok": [True, False, "true", None, "yes"],
    "k": ["short", "far too long", 12, ["a", "bbbbbbbbbbbb"], None], "hidden": [1, "x", None],
    "off": [{"any": ["thing", 1]}, None],
}


def _document(rng: random.Random) -> dict[str, Any]:
    doc: dict[str, Any] = {name: rng.choice(values) for name, values in VALUES.items() if rng.random() < 0.8}
    attributes: dict[str, Any] = {}
    if rng.random() < 0.7:
        attributes["a"] = rng.choice(["x", 1, ["y", "z"], None])
    if rng.random() < 0.7:
        attributes["b"] = rng.choice([3, "4", [5, 6]])
    shape = rng.random()
    if shape < 0.3:
        attributes["c.d"] = "dotted"
    elif shape < 0.6:
        attributes["c"] = {"d": "nested"}
    elif shape < 0.8:  # the same path twice: a list of both values
        attributes["c.d"] = "dotted"
        attributes["c"] = {"d": "nested"}
    if rng.random() < 0.8:
        doc["attributes"] = attributes
    if rng.random() < 0.2:
        doc["attributes.a"] = "top"  # a dotted key beside the object
    return doc


def _reference(mapping: IndexMapping, doc: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """Every leaf by its path (lists of all its values), each typed on its own: the view index_document must give."""
    raw: dict[str, list[Any]] = {}
    _flatten(doc, "", raw, mapping.disabled)
    flat: dict[str, Any] = {}
    texts = []
    for path, values in raw.items():
        field = mapping.leaves[path]
        if not field.indexed and not field.subfields:
            continue
        typed = [t for t in (_typed(field, v) for v in values) if t is not None]
        if typed:
            flat[path] = typed[0] if len(typed) == 1 else typed
            if field.kind == "text":
                texts.append((path, " ".join(w for t in typed for w in words(str(t)))))
    return flat, sorted(texts)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_flat_view_is_every_leaf_typed_by_its_field(seed: int) -> None:
    rng = random.Random(seed)
    mapping = compile_mapping(MAPPINGS)
    outcomes = {"indexed": 0, "refused": 0, "listed": 0}
    for _ in range(400):
        doc = _document(rng)
        try:
            expected = _reference(mapping, doc)
        except MappingError as exc:
            with pytest.raises(MappingError) as refused:
                index_document(mapping, doc)
            assert str(refused.value) == str(exc)
            outcomes["refused"] += 1
            continue
        got = index_document(mapping, doc)
        assert (got.flat, sorted(got.texts)) == expected, doc
        assert got.new_fields == []
        outcomes["indexed"] += 1
        outcomes["listed"] += any(type(v) is list for v in got.flat.values())
    assert min(outcomes.values()) > 20  # each kind of case was met
    assert mapping.arrays == {"attributes.a", "attributes.b", "attributes.c.d", "message", "n"}  # fields that held lists
