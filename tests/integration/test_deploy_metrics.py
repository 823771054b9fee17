"""Every metric a dashboard or a Prometheus rule queries is one a running pipeline exposes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import aiohttp
import pytest
import yaml
from prometheus_client import CollectorRegistry

from pipeline.admin import AdminServer
from pipeline.alerts.forward import AlertForwarder
from pipeline.ingest import Ingestor
from pipeline.process import Processor
from pipeline.sinks.elasticsearch import ElasticsearchSink

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
pytestmark = pytest.mark.integration
_NAME = re.compile(r"\b(sightline_[a-z0-9_]+)")


def queried_metrics() -> dict[str, set[str]]:
    """metric name → files that query it."""
    found: dict[str, set[str]] = {}
    for file in (DEPLOY / "grafana" / "dashboards").glob("*.json"):
        for panel in json.loads(file.read_text())["panels"]:
            for target in panel.get("targets", []):
                for name in _NAME.findall(target["expr"]):
                    found.setdefault(name, set()).add(file.name)
    for group in yaml.safe_load((DEPLOY / "prometheus" / "rules.yml").read_text())["groups"]:
        for rule in group["rules"]:
            for name in _NAME.findall(rule["expr"]):
                found.setdefault(name, set()).add("rules.yml")
    return found


def exposed_names(exposition: str) -> set[str]:
    names = set()
    for name, kind in re.findall(r"^# TYPE (\S+) (\S+)$", exposition, re.M):
        names.add(name)
        if kind == "histogram":
            names |= {f"{name}_bucket", f"{name}_sum", f"{name}_count"}
        if kind == "summary":
            names |= {f"{name}_sum", f"{name}_count"}
    return names


async def test_dashboards_and_rules_query_only_exposed_metrics(make_config) -> None:
    cfg = make_config()
    registry = CollectorRegistry()
    components = [Ingestor(cfg, registry), Processor(cfg, registry), ElasticsearchSink(cfg, registry),
                  AlertForwarder(cfg, registry)]
    async with AdminServer("127.0.0.1", 0, registry, components) as admin:
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{admin.port}/metrics") as resp:
                exposition = await resp.text()
    exposed = exposed_names(exposition)
    queried = queried_metrics()
    assert queried, "no dashboard or rule found"
    missing = {name: sorted(files) for name, files in queried.items() if name not in exposed}
    assert missing == {}
