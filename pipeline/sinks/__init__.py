"""Sinks: where processed records leave the pipeline.

- :mod:`pipeline.sinks.base`: the consume → deliver → commit loop every sink
  shares (:class:`~pipeline.sinks.base.ConsumingSink`); its docstring says how
  to write one.
- :mod:`pipeline.sinks.elasticsearch`: the clean topics into Elasticsearch.

A sink is registered in :data:`SINKS` (one line); ``sightline sink`` and
``sightline up`` run every registered sink whose configuration enables it, and
the lifecycle contract suite covers it.  The alert forwarder
(:mod:`pipeline.alerts.forward`) is built on the same base but runs as its own
command (``sightline alerts forward``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from prometheus_client import CollectorRegistry

    from pipeline.config import Config
    from pipeline.sinks.base import ConsumingSink

__all__ = ["SINKS", "build_sinks", "sink_class"]

# name → "module:Class"; imported only when the sink runs (client libraries are heavy).
# The class takes (cfg: Config, registry: CollectorRegistry).
SINKS: dict[str, str] = {
    "elasticsearch": "pipeline.sinks.elasticsearch:ElasticsearchSink",
}


def sink_class(name: str) -> Callable[[Config, CollectorRegistry], ConsumingSink]:
    """The registered sink class called ``name``.

    >>> sink_class("elasticsearch").__name__
    'ElasticsearchSink'
    """
    module, _, attr = SINKS[name].partition(":")
    cls: Callable[[Config, CollectorRegistry], ConsumingSink] = getattr(importlib.import_module(module), attr)
    return cls


def build_sinks(cfg: Config, registry: CollectorRegistry) -> list[ConsumingSink]:
    """One instance of every registered sink that the configuration enables."""
    sinks = [sink_class(name)(cfg, registry) for name in SINKS]
    return [sink for sink in sinks if sink.enabled]
