"""deploy/ is checked since no Docker engine or cluster runs here: schemas, pins, names, ports."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.config import Config, load_config
from pipeline.errors import ConfigError

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
COMPOSE = DEPLOY / "compose" / "docker-compose.yml"
K8S = DEPLOY / "kubernetes"
pytestmark = pytest.mark.integration


def _tool(name: str) -> str:
    path = shutil.which(name) or str(Path(sys.executable).with_name(name))
    assert Path(path).exists(), f"{name} is not installed: it is a dev dependency (make test installs it)"
    return path


def _k8s_docs() -> list[tuple[Path, dict[str, Any]]]:
    docs = []
    for file in sorted(K8S.glob("*.yaml")):
        for doc in yaml.safe_load_all(file.read_text()):
            if doc:
                docs.append((file, doc))
    return docs


def _env_key(var: str) -> str:
    return var[len("SIGHTLINE_"):].lower().replace("__", ".")


def _assert_config_key(dotted: str) -> None:
    node: Any = Config
    for part in dotted.split("."):
        fields = getattr(node, "model_fields", None)
        assert fields is not None and part in fields, f"{dotted}: no such config key"
        node = fields[part].annotation


def test_every_file_parses() -> None:
    files = [p for p in DEPLOY.rglob("*") if p.suffix in (".yml", ".yaml", ".json")]
    assert len(files) >= 10
    for file in files:
        text = file.read_text()
        if file.suffix == ".json":
            import json

            json.loads(text)
        else:
            list(yaml.safe_load_all(text))


def test_compose_matches_the_compose_spec() -> None:
    out = subprocess.run([_tool("check-jsonschema"), "--builtin-schema", "vendor.compose-spec", str(COMPOSE)],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr


def test_kubernetes_manifests_validate() -> None:
    files = [str(p) for p in sorted(K8S.glob("*.yaml"))]
    out = subprocess.run([_tool("kubernetes-validate"), "--strict", *files], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    missing = re.findall(r"Couldn't find schema for kind (\w+)", out.stdout + out.stderr)
    assert sorted(set(missing)) == ["Kustomization", "PodMonitor", "ScaledObject"]  # CRDs and kustomize: no upstream schema
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text())
    listed = set(kustomization["resources"])
    on_disk = {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml", "secret.example.yaml"}
    assert listed == on_disk


def test_every_image_is_pinned() -> None:
    compose = yaml.safe_load(COMPOSE.read_text())
    images = [s["image"] for s in compose["services"].values() if "image" in s]
    images.append(compose["x-sightline"]["image"])
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    images += re.findall(r"^FROM\s+(\S+)", dockerfile, re.M)
    for image in images:
        name, _, tag = image.rpartition(":")
        assert name and tag and tag != "latest" and re.search(r"\d", tag), f"{image} is not pinned to a version"
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text())
    pins = {i["name"]: i["newTag"] for i in kustomization["images"]}
    for _, doc in _k8s_docs():
        for container in doc.get("spec", {}).get("template", {}).get("spec", {}).get("containers", []):
            image = container["image"]
            assert ":" in image or image in pins, f"{image} is neither pinned nor pinned by kustomization"


def test_environment_variables_name_real_config_keys() -> None:
    text = COMPOSE.read_text() + "".join(p.read_text() for p in K8S.glob("*.yaml")) + (DEPLOY / "Dockerfile").read_text()
    variables = set(re.findall(r"\b(SIGHTLINE_[A-Z0-9_]+)\b", text)) - {"SIGHTLINE_CONFIG", "SIGHTLINE_ES_PASSWORD"}
    assert variables
    for var in sorted(variables):
        _assert_config_key(_env_key(var))


def test_config_files_load(tmp_path: Path) -> None:
    load_config(DEPLOY / "compose" / "sightline.yaml", environ={})
    [configmap] = [d for _, d in _k8s_docs() if d["kind"] == "ConfigMap"]
    file = tmp_path / "sightline.yaml"
    file.write_text(configmap["data"]["sightline.yaml"])
    cfg = load_config(file, environ={})
    assert cfg.elasticsearch.index_mode == "data_stream"
    # a typo in these files would be caught: the loader refuses unknown keys
    file.write_text(configmap["data"]["sightline.yaml"].replace("retention_days", "retention_day"))
    with pytest.raises(ConfigError, match="retention_day: unknown key"):
        load_config(file, environ={})


def test_ports_and_probes_match_the_contract() -> None:
    cfg = load_config(environ={})
    compose = yaml.safe_load(COMPOSE.read_text())
    ingest_ports = compose["services"]["sightline-ingest"]["ports"]
    grpc, http, zipkin, syslog = cfg.ingest.grpc.port, cfg.ingest.http.port, cfg.ingest.zipkin.port, cfg.ingest.syslog.port
    assert {f"{grpc}:{grpc}", f"{http}:{http}", f"{zipkin}:{zipkin}", f"{syslog}:{syslog}/tcp", f"{syslog}:{syslog}/udp"} == set(ingest_ports)
    # every receiver with a port of its own listens on all interfaces inside the container
    for path in (COMPOSE.parent / "sightline.yaml",):
        ingest = yaml.safe_load(path.read_text())["ingest"]
        assert all(ingest[name]["host"] == "0.0.0.0" for name in ("http", "grpc", "zipkin", "syslog")), ingest
    deployments = [d for _, d in _k8s_docs() if d["kind"] == "Deployment"]
    assert {d["metadata"]["name"] for d in deployments} == {
        "sightline-ingest", "sightline-process", "sightline-sink", "sightline-alerts"}
    for d in deployments:
        [c] = d["spec"]["template"]["spec"]["containers"]
        ports = {p["name"]: p["containerPort"] for p in c["ports"]}
        assert ports["admin"] == cfg.admin.port
        assert c["readinessProbe"]["httpGet"]["path"] == "/health/ready"
        assert c["livenessProbe"]["httpGet"]["path"] == "/health/live"
        assert c["startupProbe"]["httpGet"]["path"] == "/health/startup"
        assert c["resources"]["requests"] and c["resources"]["limits"]
    [service] = [d for _, d in _k8s_docs() if d["kind"] == "Service"]
    assert {(p["port"], p.get("protocol", "TCP")) for p in service["spec"]["ports"]} == {
        (grpc, "TCP"), (http, "TCP"), (zipkin, "TCP"), (syslog, "TCP"), (syslog, "UDP")}


def test_processor_scaling_is_bounded_by_partitions() -> None:
    [configmap] = [d for _, d in _k8s_docs() if d["kind"] == "ConfigMap"]
    partitions = yaml.safe_load(configmap["data"]["sightline.yaml"])["kafka"]["partitions"]
    [scaled] = [d for _, d in _k8s_docs() if d["kind"] == "ScaledObject"]
    assert scaled["spec"]["maxReplicaCount"] == partitions
    defaults = load_config(environ={})
    [trigger] = scaled["spec"]["triggers"]
    assert trigger["metadata"]["consumerGroup"] == defaults.process.group_id
    assert trigger["metadata"]["topic"] == defaults.kafka.topics.logs_raw
    [process] = [d for _, d in _k8s_docs() if d["kind"] == "Deployment" and d["metadata"]["name"] == "sightline-process"]
    assert process["spec"]["replicas"] <= partitions
    assert process["spec"]["template"]["spec"]["terminationGracePeriodSeconds"] >= 30
    pdbs = {d["metadata"]["name"] for _, d in _k8s_docs() if d["kind"] == "PodDisruptionBudget"}
    assert "sightline-process" in pdbs


def test_every_mounted_file_exists() -> None:
    compose = yaml.safe_load(COMPOSE.read_text())
    services = dict(compose["services"])
    for name, service in services.items():
        volumes = service.get("volumes", compose["x-sightline"]["volumes"] if name.startswith("sightline-") else [])
        for volume in volumes:
            source = volume.split(":")[0]
            if source.startswith("."):
                assert (COMPOSE.parent / source).exists(), f"{name} mounts {source}, which does not exist"
