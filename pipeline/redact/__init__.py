"""Secret redaction: a rule library that is data, an engine that walks records, its metrics.

The processor builds one :class:`Redactor` from the ``redact:`` section of the
config and calls :meth:`Redactor.redact_records` on every decoded batch
(or appends :meth:`Redactor.transform` to its transforms), and registers
:meth:`Redactor.register_metrics` on its own registry.

>>> from pipeline.redact import Redactor, RedactConfig
>>> Redactor(RedactConfig(marker="***")).redact_text("Authorization: Bearer abcdef0123456789")
'Authorization: Bearer ***'
"""

from __future__ import annotations

from pipeline.redact.config import DEFAULT_MARKER, ExtraPattern, RedactConfig
from pipeline.redact.engine import (
    Finding,
    RedactionCollector,
    Redactor,
    key_scrubber,
    scrub_preview,
)
from pipeline.redact.rules import DEFAULT_LIBRARY, GROUPS, Rule, load_library

__all__ = [
    "DEFAULT_LIBRARY",
    "DEFAULT_MARKER",
    "GROUPS",
    "ExtraPattern",
    "Finding",
    "RedactConfig",
    "RedactionCollector",
    "Redactor",
    "Rule",
    "key_scrubber",
    "load_library",
    "scrub_preview",
]
