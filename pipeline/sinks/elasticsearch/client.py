"""The official async Elasticsearch client, set up from config, and index management."""

from __future__ import annotations

from typing import Any

from elastic_transport import AiohttpHttpNode
from elasticsearch import AsyncElasticsearch, OrjsonSerializer

from pipeline.config import ElasticsearchConfig
from pipeline.log import get_logger
from schemas.elasticsearch import KINDS, STATE_KINDS, index_template

__all__ = ["PlainJsonNode", "install_templates", "make_client", "resolve_mode", "state_index", "subobjects_supported"]

log = get_logger("sink")


class PlainJsonNode(AiohttpHttpNode):
    """Sends plain ``application/json`` / ``application/x-ndjson``.

    The 8.x/9.x client always asks for REST compatibility mode
    (``application/vnd.elasticsearch+json; compatible-with=N``).  Elasticsearch
    answers plain JSON just as well, and OpenSearch-compatible stores refuse
    the vendor type with 406, so we send the plain types everywhere.
    """

    async def perform_request(  # type: ignore[override]
        self, method: str, target: str, body: bytes | None = None, headers: Any = None, **kwargs: Any
    ) -> Any:
        if headers:
            headers = headers.copy()
            for name in ("accept", "content-type"):
                value = headers.get(name)
                if value and "compatible-with" in value:
                    headers[name] = "application/x-ndjson" if "x-ndjson" in value else "application/json"
        return await super().perform_request(method, target, body=body, headers=headers, **kwargs)


def make_client(cfg: ElasticsearchConfig) -> AsyncElasticsearch:
    """An async client for ``elasticsearch.hosts`` with the configured credentials."""
    opts: dict[str, Any] = {
        "node_class": PlainJsonNode,
        "request_timeout": cfg.request_timeout_s,
        "retry_on_timeout": False,
        "max_retries": 0,  # the sink retries with its own backoff
        # orjson, not the json module, for request bodies and answers: a bulk answer of 1,000 items
        # was 6% of `sightline up`'s CPU at 3,000 small records/s parsed by json (py-spy)
        "serializer": OrjsonSerializer(),
    }
    if cfg.api_key is not None:
        opts["api_key"] = cfg.api_key.get_secret_value()
    elif cfg.username:
        password = cfg.password.get_secret_value() if cfg.password else ""
        opts["basic_auth"] = (cfg.username, password)
    if cfg.ca_certs:
        opts["ca_certs"] = cfg.ca_certs
    if any(h.startswith("https://") for h in cfg.hosts):
        opts["verify_certs"] = cfg.verify_certs
    return AsyncElasticsearch(cfg.hosts, **opts)


async def resolve_mode(es: AsyncElasticsearch, cfg: ElasticsearchConfig) -> str:
    """``data_stream`` on Elasticsearch 7.9+, ``daily`` on OpenSearch-compatible stores."""
    if cfg.index_mode != "auto":
        return cfg.index_mode
    info = await es.info()
    version = info.get("version", {})
    if version.get("distribution") == "opensearch":
        return "daily"
    major, minor = (int(x) for x in str(version.get("number", "0.0")).split(".")[:2])
    return "data_stream" if (major, minor) >= (7, 9) else "daily"


def subobjects_supported(info: dict[str, Any]) -> bool:
    """Whether the store maps ``subobjects: false`` (Elasticsearch 8.3+; not OpenSearch), from ``GET /``.

    >>> subobjects_supported({"version": {"number": "8.15.1"}}), subobjects_supported({"version": {"number": "8.2.0"}})
    (True, False)
    >>> subobjects_supported({"version": {"number": "3.8.0", "distribution": "opensearch"}})
    False
    """
    version = info.get("version", {})
    if version.get("distribution") == "opensearch":
        return False
    try:
        major, minor = (int(x) for x in str(version.get("number", "0.0")).split(".")[:2])
    except ValueError:
        return False
    return (major, minor) >= (8, 3)


def policy_name(cfg: ElasticsearchConfig) -> str:
    return f"{cfg.index_prefix}-retention"


async def install_templates(es: AsyncElasticsearch, cfg: ElasticsearchConfig, mode: str) -> None:
    """Put the ILM policy (data-stream mode) and one index template per kind.

    Records roll (daily indices or data streams); state documents (templates)
    live in one plain index per kind, ``{prefix}-{kind}``, in every mode.  On
    Elasticsearch 8.3+ attribute maps are mapped with ``subobjects: false``.
    """
    subobjects = not subobjects_supported(dict((await es.info()).body))
    data_stream = mode == "data_stream"
    if data_stream:
        await es.ilm.put_lifecycle(
            name=policy_name(cfg),
            policy={
                "phases": {
                    "hot": {"actions": {"rollover": {"max_age": "1d", "max_primary_shard_size": "50gb"}}},
                    "delete": {"min_age": f"{cfg.retention_days}d", "actions": {"delete": {}}},
                }
            },
        )
    for kind in KINDS:
        pattern = f"{cfg.index_prefix}-{kind}" + ("" if data_stream else "-*")
        body = index_template(kind, pattern, data_stream, policy_name(cfg) if data_stream else None, subobjects)
        await es.indices.put_index_template(name=f"{cfg.index_prefix}-{kind}", **body)
    for kind in STATE_KINDS:
        body = index_template(kind, state_index(cfg.index_prefix, kind), data_stream=False)
        await es.indices.put_index_template(name=f"{cfg.index_prefix}-{kind}", **body)
    log.info("index templates installed", extra={"mode": mode, "kinds": ",".join(KINDS + STATE_KINDS)})


def state_index(prefix: str, kind: str) -> str:
    """The one index of a kind of state document: ``sightline-templates``."""
    return f"{prefix}-{kind}"
