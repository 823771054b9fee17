"""Record transforms that run between decode and everything else: where redaction plugs in.

A transform takes ``(signal, records)`` and returns the records to keep (it
may change them in place).  It runs on every decoded batch before ids are
derived, before statistics, before the clean topics: nothing downstream sees
what a transform removed.  :func:`default_transforms` is the one place that
builds the processor's list from config; :func:`build_redactor` gives the
redactor itself when its text pass is wanted too (the dead-letter preview's
scrubber).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from prometheus_client import CollectorRegistry

from pipeline.redact import RedactConfig, Redactor

__all__ = ["Scrubber", "Transform", "build_redactor", "default_transforms"]

Transform = Callable[[str, list[dict[str, Any]]], list[dict[str, Any]]]
Scrubber = Callable[[str], str]  # a text pass over what leaves unparsed (dead-letter previews)


def build_redactor(redact: RedactConfig, registry: CollectorRegistry | None = None) -> Redactor | None:
    """The redactor the ``redact`` section asks for (``None`` when ``redact.enabled`` is off).

    Its per-rule counts are registered on ``registry`` when given.
    """
    if not redact.enabled:
        return None
    redactor = Redactor(redact)
    if registry is not None:
        redactor.register_metrics(registry)
    return redactor


def default_transforms(redact: RedactConfig, registry: CollectorRegistry | None = None) -> list[Transform]:
    """The transforms every processor runs, in order: redaction first (``redact.enabled``)."""
    redactor = build_redactor(redact, registry)
    return [] if redactor is None else [redactor.transform]
