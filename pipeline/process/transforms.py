"""Record transforms that run between decode and everything else: where redaction plugs in.

A transform takes ``(signal, records)`` and returns the records to keep (it
may change them in place).  It runs on every decoded batch before ids are
derived, before statistics, before the clean topics: nothing downstream sees
what a transform removed.  :func:`default_transforms` is the one place that
builds the processor's list from config.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from prometheus_client import CollectorRegistry

from pipeline.config import Config
from pipeline.redact import Redactor

__all__ = ["Transform", "default_transforms"]

Transform = Callable[[str, list[dict[str, Any]]], list[dict[str, Any]]]


def default_transforms(cfg: Config, registry: CollectorRegistry | None = None) -> list[Transform]:
    """The transforms every processor runs, in order: redaction first (``redact.enabled``).

    The redactor's per-rule counts are registered on ``registry`` when given.
    """
    out: list[Transform] = []
    if cfg.redact.enabled:
        redactor = Redactor(cfg.redact)
        if registry is not None:
            redactor.register_metrics(registry)
        out.append(redactor.transform)
    return out
