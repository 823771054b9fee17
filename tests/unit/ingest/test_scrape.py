"""Scraping: an exposition from a real client library → remote-write series → canonical points; the config."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from prometheus_client import (
    CollectorRegistry,
    Counter,
    Enum,
    Gauge,
    Histogram,
    Info,
    Summary,
    generate_latest,
)
from prometheus_client.openmetrics.exposition import generate_latest as openmetrics_latest

from pipeline.errors import ConfigError
from pipeline.ingest.limits import Limits
from pipeline.ingest.promremote.codec import MetadataCache, parse, split
from pipeline.ingest.scrape.codec import (
    Target,
    add_report,
    exposition_request,
    parse_exposition,
    read_target_files,
    target_labels,
)
from pipeline.ingest.scrape.config import ScrapeConfig
from schemas.prometheus import write_request_points

T = 1_764_800_000_000


def client_python_registry() -> CollectorRegistry:
    """prometheus_client's own metric types, observed (its exposition is the independent source here)."""
    reg = CollectorRegistry()
    requests = Counter("http_requests", "Requests.", ["code"], registry=reg)
    requests.labels("200").inc(7)
    requests.labels("500").inc(2)
    Gauge("queue_depth", "Depth.", registry=reg).set(4)
    latency = Histogram("rpc_latency_seconds", "Latency.", buckets=(0.1, 0.5, 1.0), registry=reg)
    for v in (0.05, 0.2, 0.3, 0.7, 3.0):
        latency.observe(v)
    Summary("job_seconds", "Job time.", registry=reg).observe(1.5)
    Info("build", "Build.", registry=reg).info({"version": "1.2.3"})
    Enum("state", "State.", states=["up", "down"], registry=reg).state("down")
    return reg


def points_of(text: str, content_type: str, target: Target) -> dict[str, list[dict[str, Any]]]:
    families = parse_exposition(text, content_type)
    request, _ = exposition_request(families, target, T)
    data = request.SerializeToString()
    out = split(data, request, Limits(), MetadataCache())
    assert not out.refused, out.message
    by: dict[str, list[dict[str, Any]]] = {}
    for service, payload in out.batches:
        for p in write_request_points(parse(payload), service, 0):
            by.setdefault(p["name"], []).append(p)
    return by


TARGET = Target("worker", "http://10.0.0.1:8000/metrics", target_labels("worker", "10.0.0.1:8000", {"env": "prod"}))


@pytest.mark.parametrize(
    ("text", "ctype"),
    [
        (generate_latest(client_python_registry()).decode(), "text/plain; version=0.0.4"),
        (openmetrics_latest(client_python_registry()).decode(), "application/openmetrics-text; version=1.0.0"),
    ],
    ids=["text-0.0.4", "openmetrics"],
)
def test_client_python_exposition_becomes_typed_points(text: str, ctype: str) -> None:
    by = points_of(text, ctype, TARGET)
    counters = by["http_requests_total"]
    assert {p["attributes"]["code"]: p["value"] for p in counters} == {"200": 7.0, "500": 2.0}
    assert all(p["type"] == "sum" and p["monotonic"] for p in counters)
    assert by["queue_depth"][0]["type"] == "gauge"
    [hist] = by["rpc_latency_seconds"]
    assert hist["type"] == "histogram"
    assert hist["explicit_bounds"] == [0.1, 0.5, 1.0] and hist["bucket_counts"] == [1, 2, 1, 1]
    assert hist["count"] == 5 and hist["sum"] == pytest.approx(4.25)
    [summary] = by["job_seconds"]
    assert summary["type"] == "summary" and summary["count"] == 1
    # _created series carry start times, not values of their own
    assert not [name for name in by if name.endswith("_created")]
    assert by["build_info"][0]["attributes"]["version"] == "1.2.3"
    assert {p["attributes"]["state"]: p["value"] for p in by["state"]} == {"up": 0.0, "down": 1.0}
    for points in by.values():
        for p in points:
            assert p["service.name"] == "worker"
            assert p["resource"] == {"service.name": "worker", "service.instance.id": "10.0.0.1:8000"}
            assert p["attributes"]["env"] == "prod"
    assert hist["description"] == "Latency."


def test_honor_labels_and_exported_labels() -> None:
    text = '# TYPE m gauge\nm{job="inner",instance="x",env="dev"} 1\n'
    families = parse_exposition(text)
    request, _ = exposition_request(families, TARGET, T, honor_labels=False)
    labels = {lb.name: lb.value for lb in request.timeseries[0].labels}
    assert labels["job"] == "worker" and labels["exported_job"] == "inner" and labels["exported_env"] == "dev"
    request, _ = exposition_request(families, TARGET, T, honor_labels=True)
    labels = {lb.name: lb.value for lb in request.timeseries[0].labels}
    assert (labels["job"], labels["instance"], labels["env"]) == ("inner", "x", "dev")


def test_timestamps_are_honoured_or_not() -> None:
    families = parse_exposition("# TYPE m gauge\nm 1 1700000000123\n")
    request, _ = exposition_request(families, TARGET, T)
    assert request.timeseries[0].samples[0].timestamp == 1700000000123
    request, _ = exposition_request(families, TARGET, T, honor_timestamps=False)
    assert request.timeseries[0].samples[0].timestamp == T


def test_report_series_are_gauges_of_the_target() -> None:
    request, _ = exposition_request([], TARGET, T)
    add_report(request, TARGET, T, False, 0.5, 0)
    points = {p["name"]: p for p in write_request_points(request, "x", 0)}
    assert points["up"]["value"] == 0.0 and points["up"]["type"] == "gauge"
    assert points["scrape_duration_seconds"]["value"] == 0.5
    assert points["up"]["service.name"] == "worker" and points["up"]["attributes"] == {"env": "prod"}


def test_a_broken_exposition_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        parse_exposition("this is { not an exposition\n")


def test_file_sd_json_and_yaml(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text('[{"targets": ["h1:9100", "h2:9100"], "labels": {"team": "a"}}]')
    (tmp_path / "b.yml").write_text("- targets: ['h3:9100']\n")
    (tmp_path / "bad.json").write_text('{"targets": "nope"}')
    groups, problems = read_target_files([str(tmp_path / "*.json"), str(tmp_path / "*.yml")])
    assert [g.targets for g in groups[str(tmp_path / "a.json")]] == [("h1:9100", "h2:9100")]
    assert groups[str(tmp_path / "a.json")][0].labels == (("team", "a"),)
    assert [g.targets for g in groups[str(tmp_path / "b.yml")]] == [("h3:9100",)]
    assert list(problems) == [str(tmp_path / "bad.json")]


def test_config_takes_a_prometheus_scrape_job_as_written() -> None:
    section = ScrapeConfig.model_validate({
        "scrape_interval": "15s",
        "scrape_configs": [{
            "job_name": "node",
            "scrape_interval": "30s",
            "scrape_timeout": "10s",
            "metrics_path": "/metrics",
            "scheme": "https",
            "honor_labels": True,
            "static_configs": [{"targets": ["localhost:9100"], "labels": {"env": "prod"}}],
            "file_sd_configs": [{"files": ["/etc/targets/*.json"], "refresh_interval": "5m"}],
            "basic_auth": {"username": "u", "password": "hunter2-secret"},
            "tls_config": {"insecure_skip_verify": True},
        }],
    })
    job = section.scrape_configs[0]
    assert (section.scrape_interval, job.scrape_interval, job.scrape_timeout) == (15.0, 30.0, 10.0)
    assert job.file_sd_configs[0].refresh_interval == 300.0
    assert "hunter2" not in repr(job.basic_auth)


def test_config_refuses_what_it_does_not_do() -> None:
    from pipeline.config import load_config

    with pytest.raises(ConfigError, match="relabel_configs: unknown key"):
        load_config(environ={}, overrides={"ingest.scrape.scrape_configs": [{"job_name": "a", "relabel_configs": []}]})
    with pytest.raises(ConfigError, match="longer than scrape_interval"):
        load_config(environ={}, overrides={"ingest.scrape.scrape_configs": [{"job_name": "a", "scrape_interval": "5s", "scrape_timeout": "10s"}]})
    with pytest.raises(ConfigError, match="appears twice"):
        load_config(environ={}, overrides={"ingest.scrape.scrape_configs": [{"job_name": "a"}, {"job_name": "a"}]})
