"""Reading the search store: the sink's client construction, the console's timeout, errors as pages."""

from __future__ import annotations

from typing import Any

from elasticsearch import ApiError, AsyncElasticsearch, ConnectionTimeout, NotFoundError
from elasticsearch import TransportError as EsTransportError

from pipeline.config import ElasticsearchConfig
from pipeline.console.queries import index
from pipeline.sinks.elasticsearch.client import make_client

__all__ = ["Store", "StoreError"]


class StoreError(Exception):
    """The store could not answer: ``status`` is the HTTP status the page gets (503 down, 502 refused)."""

    def __init__(self, message: str, status: int = 503) -> None:
        super().__init__(message)
        self.status = status


class Store:
    """Searches ``{prefix}-{kind}*`` with the sink's client (same hosts, credentials and node class).

    Parameters
    ----------
    cfg
        The ``elasticsearch`` section.
    timeout_s
        Per request (``console.store_timeout_s``): a page waits at most this long.
    """

    def __init__(self, cfg: ElasticsearchConfig, timeout_s: float) -> None:
        self.cfg = cfg
        self.prefix = cfg.index_prefix
        self.where = ", ".join(cfg.hosts)
        self.timeout_s = timeout_s
        self._client: AsyncElasticsearch = make_client(cfg.model_copy(update={"request_timeout_s": timeout_s}))

    async def search(self, kind: str, body: dict[str, Any]) -> dict[str, Any]:
        """One search over a kind of document; a kind with no index yet answers no hits.

        Raises
        ------
        StoreError
            The store is unreachable (503) or refused the request (502, with its reason).
        """
        try:
            answer = await self._client.search(
                index=index(self.prefix, kind), allow_no_indices=True, ignore_unavailable=True, **body
            )
        except NotFoundError:
            return {"hits": {"hits": [], "total": {"value": 0}}, "aggregations": {}}
        except ApiError as exc:
            raise StoreError(f"the search store at {self.where} refused the {kind} search: {_reason(exc)}", 502) from None
        except ConnectionTimeout:
            raise StoreError(
                f"the search store at {self.where} did not answer the {kind} search within {self.timeout_s:g} s "
                "(console.store_timeout_s); try a shorter range"
            ) from None
        except EsTransportError as exc:
            raise StoreError(f"the search store at {self.where} is unreachable: {type(exc).__name__}: {exc.message}") from None
        return dict(answer.body)

    async def hits(self, kind: str, body: dict[str, Any]) -> tuple[list[dict[str, Any]], int]:
        """The ``_source`` of each hit, and the total count."""
        answer = await self.search(kind, body)
        hits = answer.get("hits", {})
        total = hits.get("total", 0)
        count = int(total.get("value", 0) if isinstance(total, dict) else total)
        return [dict(h["_source"]) for h in hits.get("hits", [])], count

    async def close(self) -> None:
        await self._client.close()


def _reason(exc: ApiError) -> str:
    info: dict[str, Any] = exc.info if isinstance(exc.info, dict) else {}
    error: dict[str, Any] = info["error"] if isinstance(info.get("error"), dict) else {}
    causes = error.get("root_cause")
    root: dict[str, Any] = causes[0] if isinstance(causes, list) and causes and isinstance(causes[0], dict) else {}
    reason = root.get("reason") or error.get("reason") or str(exc.message)
    return f"{exc.meta.status} {reason}"
