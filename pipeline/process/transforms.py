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

from pipeline.config import Config

__all__ = ["Transform", "default_transforms"]

Transform = Callable[[str, list[dict[str, Any]]], list[dict[str, Any]]]


def default_transforms(cfg: Config) -> list[Transform]:
    """The transforms every processor runs, in order.

    Redaction (``pipeline.redact``, its own issue) is to be appended here as
    the first transform once it exists; until then the list is empty.
    """
    del cfg
    return []
