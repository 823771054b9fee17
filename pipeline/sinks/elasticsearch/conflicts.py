"""Documents refused for a mapping conflict, stored again with the conflicting fields set aside.  Pure.

Services do not agree on attribute types: one sends ``x`` as a string, another
as a map (flattened to ``x.b``), a third ``n`` as a number where the first sent
text.  The store maps a field from the first document that has it, and refuses
later documents that disagree (``mapper_parsing_exception`` on OpenSearch and
Elasticsearch 7, ``document_parsing_exception`` on Elasticsearch 8.8+, with an
``illegal_argument_exception`` cause).  Rather than losing such a document, the
sink sends it again with the conflicting fields moved under
``sightline.unindexed`` (mapped ``enabled: false``: kept in ``_source``, not
indexed, so any type fits) and their paths listed in
``sightline.unindexed_fields`` (a keyword, so such documents can be found).
Everything else in the document stays searchable, and a numeric attribute on
which the services agree keeps its numeric mapping (range queries work).

Which fields: the store names them in its reason (``failed to parse field
[attributes.n] of type [long]``, ``Could not dynamically add mapping for field
[attributes.x.b]. Existing mapping for [attributes.x] ...``); the first named
field found in the document is moved, with whatever lies under or above it
(``attributes.x`` and ``attributes.x.b`` go together).  A document with several
conflicts takes one round per field (the store names one at a time), up to
``sink.mapping_conflict_rounds``.  When no name
in the reason is a path in the document (``Limit of total fields [1000] has
been exceeded``), or on the last round, every field whose value is an object
or a list of objects goes (``attributes``, ``resource``, ``events``, ...): the
document keeps its id, time, service, message and the other plain fields.
``id`` and ``@timestamp`` never move: a document whose time is refused is
dead-lettered.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["MAPPING_ERRORS", "UNINDEXED", "UNINDEXED_FIELDS", "is_mapping_error", "named_paths", "set_aside"]

# Item error types that mean "this document does not fit the mapping" (not "the request is wrong").
MAPPING_ERRORS = frozenset({
    "mapper_parsing_exception",
    "document_parsing_exception",
    "illegal_argument_exception",
    "strict_dynamic_mapping_exception",
})

UNINDEXED = "sightline.unindexed"  # object, enabled: false
UNINDEXED_FIELDS = "sightline.unindexed_fields"  # keyword: the paths moved

_KEEP = frozenset({"id", "@timestamp", UNINDEXED, UNINDEXED_FIELDS})
# A field's name in the stores' reasons: "field [a.b]", "mapping for [a]", "mapper [a]", "object [a]".
_NAMED = re.compile(r"\b(?:field|for|mapper|object) \[([^\[\]]+)\]")


def is_mapping_error(status: int, error: Any) -> bool:
    """Whether a bulk item's error is a mapping conflict (worth retrying with fields set aside).

    >>> is_mapping_error(400, {"type": "document_parsing_exception", "reason": "failed to parse field [a]"})
    True
    >>> is_mapping_error(400, {"type": "version_conflict_engine_exception"}), is_mapping_error(500, {"type": "mapper_parsing_exception"})
    (False, False)
    """
    return status == 400 and isinstance(error, dict) and error.get("type") in MAPPING_ERRORS


def named_paths(error: Any) -> list[str]:
    """The field names in an item error's reasons (its own, then its causes'), in order, once each.

    >>> named_paths({"reason": "Could not dynamically add mapping for field [attributes.x.b]. "
    ...              "Existing mapping for [attributes.x] must be of type object but found [keyword].",
    ...              "caused_by": {"reason": "object mapping for [attributes.x] tried to parse field [x] as object"}})
    ['attributes.x.b', 'attributes.x', 'x']
    >>> named_paths({"reason": "failed to parse field [severity_number] of type [byte]",
    ...              "caused_by": {"reason": "Value [300] is out of range for a byte"}})
    ['severity_number']
    """
    out: list[str] = []
    depth = 0
    while isinstance(error, dict) and depth < 8:
        for name in _NAMED.findall(str(error.get("reason", ""))):
            if name not in out:
                out.append(name)
        error = error.get("caused_by")
        depth += 1
    return out


def _take(doc: dict[str, Any], path: str, prefix: str, moved: dict[str, Any]) -> None:
    """Move from ``doc`` every key at, under or above ``path`` (keys may hold dots themselves)."""
    for key in list(doc):
        full = prefix + key
        if prefix == "" and full in _KEEP:
            continue
        if full == path or full.startswith(path + "."):
            moved[full] = doc.pop(key)  # the path itself, or something beneath it
        elif path.startswith(full + "."):
            value = doc[key]
            if isinstance(value, dict):
                _take(value, path, full + ".", moved)
            else:
                moved[full] = doc.pop(key)  # a leaf where the path wants an object


def set_aside(doc: dict[str, Any], error: Any, everything: bool = False) -> list[str] | None:
    """Move the fields a mapping error names (or, with ``everything``, every object-valued field)
    under :data:`UNINDEXED`, in place; return the paths moved, ``None`` if nothing could move.

    >>> doc = {"id": "1", "@timestamp": "t", "message": "m", "attributes": {"x.b": 1, "n": 5}}
    >>> set_aside(doc, {"reason": "Could not dynamically add mapping for field [attributes.x.b]. "
    ...                           "Existing mapping for [attributes.x] must be of type object but found [keyword]."})
    ['attributes.x.b']
    >>> doc["attributes"], doc["sightline.unindexed"], doc["sightline.unindexed_fields"]
    ({'n': 5}, {'attributes.x.b': 1}, ['attributes.x.b'])
    >>> set_aside(doc, {"reason": "Limit of total fields [1000] has been exceeded"})
    ['attributes']
    >>> sorted(doc)
    ['@timestamp', 'id', 'message', 'sightline.unindexed', 'sightline.unindexed_fields']
    >>> set_aside({"id": "1", "@timestamp": "x"}, {"reason": "failed to parse field [@timestamp]"}) is None
    True
    """
    moved: dict[str, Any] = {}
    if not everything:
        for path in named_paths(error):
            _take(doc, path, "", moved)
            if moved:
                break  # the first name found is the field refused; later ones restate it
    if not moved:
        for key in list(doc):
            value = doc[key]
            if key not in _KEEP and (isinstance(value, dict) or (
                    isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value))):
                moved[key] = doc.pop(key)
    if not moved:
        return None
    unindexed = doc.get(UNINDEXED)
    if not isinstance(unindexed, dict):
        unindexed = {}
    unindexed.update(moved)
    doc[UNINDEXED] = unindexed
    fields = doc.get(UNINDEXED_FIELDS)
    fields = list(fields) if isinstance(fields, list) else []
    fields.extend(p for p in moved if p not in fields)
    doc[UNINDEXED_FIELDS] = fields
    return list(moved)
