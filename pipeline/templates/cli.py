"""``sightline templates``: the log templates the processors mined, read from Elasticsearch.

Lists each service's templates newest first (by first seen) with their counts,
first and last seen and text; ``--json`` prints the stored documents as JSON
lines instead.  Reads ``{elasticsearch.index_prefix}-templates`` with the
config's ``elasticsearch`` settings.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Iterable, Sequence
from typing import Any

import orjson
from elasticsearch import ApiError, NotFoundError
from elasticsearch import TransportError as EsTransportError

from pipeline.config import Config, load_config
from pipeline.errors import RetryableError, SightlineError
from pipeline.log import configure_logging
from pipeline.sinks.elasticsearch.client import make_client, state_index

__all__ = ["add_arguments", "fetch_templates", "format_templates", "run", "search_body"]

#: Documents read at most (Elasticsearch's default result window).
MAX_FETCH = 10_000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``sightline templates``."""
    parser.add_argument("--service", metavar="NAME", help="one service (default: every service, grouped)")
    parser.add_argument(
        "--search", metavar="TEXT", help="only templates whose text has these words or this text (or this template id)"
    )
    parser.add_argument("--limit", metavar="N", type=_positive, default=50, help="templates per service (default 50)")
    parser.add_argument("--json", action="store_true", help="the stored documents as JSON lines")
    parser.add_argument("--merged", action="store_true", help="also list templates merged into others")


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?")


def search_body(service: str | None = None, search: str | None = None, merged: bool = False) -> dict[str, Any]:
    """The search request: filters, and newest first within each service.

    >>> body = search_body("checkout", "timeout")
    >>> body["query"]["bool"]["filter"]
    [{'term': {'service.name': 'checkout'}}]
    >>> body["query"]["bool"]["must_not"], [list(s) for s in body["sort"]]
    ([{'term': {'status': 'merged'}}], [['service.name'], ['first_seen'], ['template_id']])
    """
    query: dict[str, Any] = {"filter": [], "must_not": []}
    if service is not None:
        query["filter"].append({"term": {"service.name": service}})
    if not merged:
        query["must_not"].append({"term": {"status": "merged"}})
    if search:
        query["must"] = [
            {
                "bool": {
                    "should": [
                        {"match": {"template": {"query": search, "operator": "and"}}},
                        # a part of a word too (``warehouse`` in ``warehouse_<NUM>``)
                        {"wildcard": {"template.keyword": {"value": f"*{_escape(search)}*", "case_insensitive": True}}},
                        {"term": {"template_id": search}},
                        {"term": {"aliases": search}},
                    ],
                    "minimum_should_match": 1,
                }
            }
        ]
    return {
        "query": {"bool": query},
        "sort": [
            {"service.name": {"order": "asc"}},
            {"first_seen": {"order": "desc", "missing": "_last"}},
            {"template_id": {"order": "asc"}},
        ],
    }


async def fetch_templates(
    cfg: Config, service: str | None = None, search: str | None = None, merged: bool = False
) -> tuple[list[dict[str, Any]], int]:
    """Template documents (sorted by service, newest first) and how many matched in all.

    Raises
    ------
    RetryableError
        Elasticsearch cannot be reached.
    SightlineError
        The templates index does not exist yet, or the search was refused.
    """
    es = make_client(cfg.elasticsearch)
    index = state_index(cfg.elasticsearch.index_prefix, "templates")
    where = ", ".join(cfg.elasticsearch.hosts)
    try:
        answer = await es.search(index=index, size=MAX_FETCH, track_total_hits=True, **search_body(service, search, merged))
    except NotFoundError as exc:
        raise SightlineError(
            f"no templates index {index} at {where} yet: processors publish templates every "
            "alerts.evaluation_interval_s once they mine error logs, and the sink indexes them"
        ) from exc
    except ApiError as exc:
        raise SightlineError(f"elasticsearch at {where} refused the search of {index}: {exc}") from exc
    except EsTransportError as exc:
        raise RetryableError(f"elasticsearch at {where} unreachable: {exc.message or exc}") from exc
    finally:
        await es.close()
    hits = answer["hits"]
    docs = [dict(hit["_source"]) for hit in hits["hits"]]
    total = hits.get("total")
    matched = int(total["value"]) if isinstance(total, dict) else len(docs)
    return docs, matched


def _group(docs: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for doc in docs:
        groups.setdefault(str(doc.get("service.name", "")), []).append(doc)
    return groups


def _when(value: Any) -> str:
    # "2026-11-23T10:02:11.123Z" → "2026-11-23 10:02:11"
    return str(value)[:19].replace("T", " ") if value else "-"


def format_templates(docs: Sequence[dict[str, Any]], limit: int) -> list[str]:
    """Readable lines: per service a heading, then its newest ``limit`` templates.

    >>> docs = [
    ...     {"service.name": "checkout", "template_id": "T2", "template": "card declined for order <NUM>",
    ...      "count": 5, "first_seen": "2026-11-23T10:05:00.000Z", "last_seen": "2026-11-23T10:06:30.000Z",
    ...      "status": "active"},
    ...     {"service.name": "checkout", "template_id": "T1", "template": "upstream timeout after <NUM> ms",
    ...      "count": 1200, "first_seen": "2026-11-23T09:00:00.000Z", "last_seen": "2026-11-23T10:07:00.000Z",
    ...      "status": "active"}]
    >>> print("\\n".join(format_templates(docs, limit=50)))
    checkout: 2 templates
      FIRST SEEN (UTC)     LAST SEEN (UTC)          COUNT  ID  TEMPLATE
      2026-11-23 10:05:00  2026-11-23 10:06:30          5  T2  card declined for order <NUM>
      2026-11-23 09:00:00  2026-11-23 10:07:00      1,200  T1  upstream timeout after <NUM> ms
    """
    lines: list[str] = []
    for service, group in _group(docs).items():
        shown = group[:limit]
        heading = f"{service}: {len(group)} template{'s' if len(group) != 1 else ''}"
        if len(shown) < len(group):
            heading += f" (newest {len(shown)} shown)"
        if lines:
            lines.append("")
        lines.append(heading)
        id_width = max(2, *(len(str(d.get("template_id", ""))) for d in shown))
        lines.append(f"  {'FIRST SEEN (UTC)':<19}  {'LAST SEEN (UTC)':<19}  {'COUNT':>9}  {'ID':<{id_width}}  TEMPLATE")
        for doc in shown:
            if doc.get("status") == "merged":
                text = f"(merged into {doc.get('merged_into', '?')})"
            else:
                text = str(doc.get("template", ""))
            lines.append(
                f"  {_when(doc.get('first_seen')):<19}  {_when(doc.get('last_seen')):<19}  "
                f"{int(doc.get('count', 0)):>9,}  {doc.get('template_id', '')!s:<{id_width}}  {text}"
            )
    return lines


def _limited(docs: Sequence[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    return [doc for group in _group(docs).values() for doc in group[:limit]]


def run(args: argparse.Namespace) -> int:
    """Run the command; returns the process exit code."""
    cfg = load_config(args.config)
    configure_logging("debug" if args.debug else "warning", cfg.log.format)
    if not args.debug:
        # the error below says it once; the client's node-pool warnings would repeat it
        logging.getLogger("elastic_transport").setLevel(logging.ERROR)
    docs, matched = asyncio.run(fetch_templates(cfg, args.service, args.search, args.merged))
    if args.json:
        for doc in _limited(docs, args.limit):
            sys.stdout.write(orjson.dumps(doc).decode() + "\n")
    elif docs:
        print("\n".join(format_templates(docs, args.limit)))
    else:
        what = " ".join(
            part for part in (
                f"for service {args.service!r}" if args.service else "",
                f"matching {args.search!r}" if args.search else "",
            ) if part
        )
        print(f"no templates {what}".rstrip(), file=sys.stderr)
    if matched > len(docs):
        print(
            f"showing templates from the first {len(docs)} of {matched} matches: narrow with --service or --search",
            file=sys.stderr,
        )
    return 0

