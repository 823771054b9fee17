"""Stream processing: decode → canonical records → clean topics (faust workers, one group).

:class:`~pipeline.process.service.Processor` is loaded on first use: importing
this package (for its config sections, the pure steps or the finding sources)
does not import faust.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.process.service import Processor

__all__ = ["Processor"]


def __getattr__(name: str) -> Any:
    if name == "Processor":
        from pipeline.process.service import Processor

        return Processor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
