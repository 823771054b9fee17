"""Retention for daily indices (stores without data streams and ILM).

In data-stream mode Elasticsearch's ILM policy deletes old backing indices;
in daily mode the sink deletes ``{prefix}-{kind}-YYYY.MM.DD`` indices older
than ``elasticsearch.retention_days`` itself, at start and then periodically.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from elasticsearch import AsyncElasticsearch

__all__ = ["enforce_retention", "expired_daily_indices"]

_DAY = re.compile(r"^(?P<kind>[a-z]+)-(?P<y>\d{4})\.(?P<m>\d{2})\.(?P<d>\d{2})$")


def expired_daily_indices(
    names: Iterable[str], prefix: str, kinds: Sequence[str], today: dt.date, days: int
) -> list[str]:
    """Daily indices of ``kinds`` whose day is more than ``days`` days before ``today``.

    >>> expired_daily_indices(
    ...     ["s-logs-2026.10.01", "s-logs-2026.11.20", "s-spans-2026.10.24", "s-logs-x", "other-logs-2020.01.01"],
    ...     "s", ("logs", "spans"), dt.date(2026, 11, 23), 30)
    ['s-logs-2026.10.01']
    """
    cutoff = today - dt.timedelta(days=days)
    out = []
    for name in names:
        if not name.startswith(prefix + "-"):
            continue
        match = _DAY.match(name[len(prefix) + 1 :])
        if not match or match["kind"] not in kinds:
            continue
        try:
            day = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            continue
        if day < cutoff:
            out.append(name)
    return sorted(out)


async def enforce_retention(
    es: AsyncElasticsearch, prefix: str, kinds: Sequence[str], days: int, today: dt.date | None = None
) -> list[str]:
    """Delete expired daily indices; returns their names."""
    today = today or dt.datetime.now(dt.UTC).date()
    answer = await es.indices.get(index=f"{prefix}-*", allow_no_indices=True, expand_wildcards="open")
    expired = expired_daily_indices(list(answer.body), prefix, kinds, today, days)
    for name in expired:
        await es.indices.delete(index=name)
    return expired
