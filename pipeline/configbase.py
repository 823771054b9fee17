"""The config section base class, re-exported from :mod:`schemas.configbase` (where it lives so
that ``detectors/`` can use it without importing ``pipeline/``)."""

from __future__ import annotations

from schemas.configbase import Section

__all__ = ["Section"]
