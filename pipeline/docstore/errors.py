"""Errors answered in Elasticsearch's shape: ``{"error": {"root_cause": [...], "type", "reason"}, "status"}``."""

from __future__ import annotations

from typing import Any

__all__ = ["StoreError", "unsupported"]


class StoreError(Exception):
    """An error the HTTP layer answers as Elasticsearch would (status, type, reason, extra fields)."""

    def __init__(self, status: int, kind: str, reason: str, **extra: Any) -> None:
        super().__init__(reason)
        self.status = status
        self.kind = kind
        self.reason = reason
        self.extra = extra

    def body(self) -> dict[str, Any]:
        """The error document.

        >>> StoreError(404, "index_not_found_exception", "no such index [x]", index="x").body()["error"]["root_cause"][0]
        {'type': 'index_not_found_exception', 'reason': 'no such index [x]', 'index': 'x'}
        """
        cause = {"type": self.kind, "reason": self.reason, **self.extra}
        return {"error": {"root_cause": [cause], **cause}, "status": self.status}


def unsupported(what: str) -> StoreError:
    """A 400 naming what the embedded store does not do (never a silently wrong answer)."""
    return StoreError(400, "illegal_argument_exception", f"the embedded store (sightline docstore) does not support {what}")
