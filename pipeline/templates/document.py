"""Template documents: what the processors publish about mined templates and the store keeps.

A template is state, not an event: one document per service and template
(``_id`` = :func:`template_doc_id`), indexed in place into
``{prefix}-templates`` each time it changes, with its publish time as the
store's external version so an older version never overwrites a newer one.
A template the miner merged into another keeps a short document with
``status: merged`` and ``merged_into``; the survivor lists it in ``aliases``.

Documents are built from the miner's :class:`~detectors.templates.Template`
(mined after redaction): text, counts, times and sample record and trace ids,
never a record's text.

>>> from detectors.templates import TemplateMiner
>>> miner = TemplateMiner()
>>> m = miner.add("upstream timeout after 30 ms", t=1_800_000_000.0, record_id="r1", trace_id="ab")
>>> doc = template_document("checkout", miner.template(m.template_id), 1_800_000_005 * 10**9, 3600.0)
>>> doc["template"], doc["wildcards"], doc["count"], doc["last_seen"], doc["sample_record_ids"]
('upstream timeout after <NUM> ms', ['<NUM>'], 1, '2027-01-15T08:00:00.000Z', ['r1'])
>>> doc["id"] == template_doc_id("checkout", m.template_id) and doc["status"]
'active'
"""

from __future__ import annotations

import hashlib
import re

from detectors.templates import Template
from schemas.records import TEMPLATE_SCHEMA_VERSION, TemplateDoc, format_timestamp

__all__ = ["merged_document", "template_doc_id", "template_document"]

_WILDCARD = re.compile(r"<[A-Z0-9]+>|<\*>")


def template_doc_id(service: str, template_id: str) -> str:
    """The store's ``_id`` of a service's template: 32 hex digits, stable across restarts.

    >>> template_doc_id("checkout", "T1") == template_doc_id("checkout", "T1") != template_doc_id("cart", "T1")
    True
    """
    digest = hashlib.blake2b(f"{service}\x1f{template_id}".encode(), digest_size=16)
    return digest.hexdigest()


def _ts(seconds: float) -> str:
    return format_timestamp(int(seconds * 1e9))


def template_document(service: str, tpl: Template, published_ns: int, window_seconds: float) -> TemplateDoc:
    """The document of one live template.

    Parameters
    ----------
    service
        The service whose logs carry the template.
    tpl
        The miner's template.
    published_ns
        When it is published (Unix nanoseconds): ``time_unix_nano`` and the
        store's version of the document.
    window_seconds
        Width of the miner's counting windows (``templates.window_seconds``).
    """
    text = tpl.text
    doc: TemplateDoc = {
        "schema_version": TEMPLATE_SCHEMA_VERSION,
        "@timestamp": _ts(tpl.last_seen) if tpl.last_seen is not None else format_timestamp(published_ns),
        "time_unix_nano": published_ns,
        "id": template_doc_id(service, tpl.id),
        "service.name": service,
        "template_id": tpl.id,
        "template": text,
        "wildcards": sorted(set(_WILDCARD.findall(text))),
        "varlen": tpl.varlen,
        "status": "active",
        "aliases": list(tpl.aliases),
        "count": tpl.count,
        "window_seconds": float(window_seconds),
        "windows": [{"start": _ts(start), "count": n} for start, n in sorted(tpl.windows.items())],
        "sample_record_ids": [s.record_id for s in tpl.samples if s.record_id],
        "sample_trace_ids": [s.trace_id for s in tpl.samples if s.trace_id],
    }
    if tpl.first_seen is not None:
        doc["first_seen"] = _ts(tpl.first_seen)
    if tpl.last_seen is not None:
        doc["last_seen"] = _ts(tpl.last_seen)
    return doc


def merged_document(service: str, template_id: str, survivor: str, when: float | None, published_ns: int) -> TemplateDoc:
    """The document left behind by a template merged into ``survivor`` (at ``when``, seconds).

    >>> d = merged_document("checkout", "T2", "T1", None, 10**18)
    >>> d["status"], d["merged_into"], d["@timestamp"]
    ('merged', 'T1', '2001-09-09T01:46:40.000Z')
    """
    return {
        "schema_version": TEMPLATE_SCHEMA_VERSION,
        "@timestamp": _ts(when) if when is not None else format_timestamp(published_ns),
        "time_unix_nano": published_ns,
        "id": template_doc_id(service, template_id),
        "service.name": service,
        "template_id": template_id,
        "status": "merged",
        "merged_into": survivor,
    }
