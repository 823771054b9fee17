"""Fixtures shared by the whole suite.

Integration tests get the real embedded broker and search store, started once
per session on free ports and torn down at the end (and, through
PR_SET_PDEATHSIG, even if pytest is killed).  Each test gets its own topic
names, consumer groups and index prefix, so tests share the children without
seeing each other's data.
"""

from __future__ import annotations

import http.server
import json
import os
import shutil
import threading
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline.config import Config, load_config
from pipeline.embedded import (
    ChildProcess,
    DocStoreProcess,
    EmbeddedBroker,
    EmbeddedStore,
    SearchStore,
)
from pipeline.errors import StartupError
from tests.watchdog import pytest_runtest_protocol, pytest_sessionfinish  # noqa: F401 - hooks


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedBroker]:
    child = EmbeddedBroker(port=0, log_dir=str(tmp_path_factory.mktemp("broker")))
    child.start()
    yield child
    child.stop()


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchStore]:
    """osmem-server, or the store on disk when ``TEST_SEARCH_STORE=sqlite`` (to try the suite on it).

    Not a ``SIGHTLINE_`` name: those are config keys, and the ``sightline`` commands the tests run
    would refuse it as an unknown one.
    """
    logs = str(tmp_path_factory.mktemp("store"))
    child: SearchStore
    if os.environ.get("TEST_SEARCH_STORE", "osmem") == "sqlite":
        child = DocStoreProcess(port=0, data_dir=str(tmp_path_factory.mktemp("docstore")), log_dir=logs)
    else:
        child = EmbeddedStore(port=0, log_dir=logs)
    child.start()
    yield child
    child.stop()


def isolated_config(broker: EmbeddedBroker, store: SearchStore, **overrides: Any) -> Config:
    """A config for one test: its own topics, groups and index prefix, fast group joins."""
    tag = uuid.uuid4().hex[:8]
    topics = {
        name: f"t{tag}.{default}"
        for name, default in load_config(environ={}).kafka.topics.model_dump().items()
    }
    values: dict[str, Any] = {
        "kafka.bootstrap_servers": broker.bootstrap,
        "kafka.idempotent": False,
        "kafka.partitions": 4,
        "kafka.rebalance_timeout_s": 2,
        "kafka.session_timeout_s": 10,
        "kafka.topics": topics,
        "elasticsearch.hosts": [store.url],
        "elasticsearch.index_prefix": f"t{tag}",
        "admin.port": 0,
        "ingest.http.port": 0,
        "ingest.grpc.port": 0,
        "ingest.zipkin.port": 0,
        "ingest.syslog.port": 0,
        "process.group_id": f"t{tag}-process",
        "sink.group_id": f"t{tag}-sink",
        "sink.flush_interval_s": 0.2,
    }
    values.update(overrides)
    return load_config(environ={}, overrides=values)


@pytest.fixture
def make_config(broker: EmbeddedBroker, store: SearchStore) -> Any:
    def make(**overrides: Any) -> Config:
        return isolated_config(broker, store, **overrides)

    return make


# -- Prometheus and Alertmanager (Debian packages, installed by `make test`) -------------
class DebianServer(ChildProcess):
    """A Prometheus-family server from Debian's packages, on a free port, ready when /-/ready answers."""

    binaries: tuple[str, ...] = ()

    def __init__(self, config: Path, data: Path) -> None:
        super().__init__("127.0.0.1", 0, str(data))
        self.config, self.data = config, data

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def args(self) -> list[str]:  # pragma: no cover - overridden
        raise NotImplementedError

    def command(self) -> list[str]:
        binary = next((found for name in self.binaries if (found := shutil.which(name))), None)
        if binary is None:
            raise StartupError(f"{self.what} is not installed: `make test` installs it with apt-get")
        return [binary, f"--config.file={self.config}", f"--web.listen-address={self.url[7:]}", *self.args()]

    def answers(self) -> bool:
        return _http_ok(self.url + "/-/ready")


class AlertmanagerChild(DebianServer):
    what = "alertmanager"
    binaries = ("prometheus-alertmanager", "alertmanager")

    def args(self) -> list[str]:
        return [f"--storage.path={self.data}", "--cluster.listen-address="]


class PrometheusChild(DebianServer):
    what = "prometheus"
    binaries = ("prometheus",)

    def args(self) -> list[str]:
        return [f"--storage.tsdb.path={self.data / 'tsdb'}"]


def _http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=0.5) as resp:
            return bool(resp.status == 200)
    except OSError:
        return False


class WebhookSink:
    """A tiny HTTP server (in a thread) that records every JSON body posted to it."""

    def __init__(self, port: int = 0) -> None:
        self.received: list[tuple[str, Any]] = []
        sink = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                sink.received.append((self.path, json.loads(body or b"null")))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                return None

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="session")
def webhook_sink() -> Iterator[WebhookSink]:
    sink = WebhookSink()
    yield sink
    sink.close()


@pytest.fixture(scope="session")
def alertmanager(tmp_path_factory: pytest.TempPathFactory, webhook_sink: WebhookSink) -> Iterator[AlertmanagerChild]:
    """A real Alertmanager that notifies ``webhook_sink`` at ``/alertmanager``."""
    data = tmp_path_factory.mktemp("alertmanager")
    config = data / "alertmanager.yml"
    config.write_text(
        "route:\n  receiver: test\n  group_by: [alertname, service]\n"
        "  group_wait: 1s\n  group_interval: 1s\n  repeat_interval: 1h\n"
        f"receivers:\n  - name: test\n    webhook_configs:\n      - url: {webhook_sink.url}/alertmanager\n"
        "        send_resolved: true\n"
    )
    child = AlertmanagerChild(config, data)
    child.start()
    yield child
    child.stop()


@pytest.fixture
def prometheus_factory(tmp_path: Path) -> Iterator[Any]:
    """Start a real Prometheus with a given config text (scrape targets are per test)."""
    started: list[PrometheusChild] = []

    def start(config_text: str) -> PrometheusChild:
        config = tmp_path / "prometheus.yml"
        config.write_text(config_text)
        child = PrometheusChild(config, tmp_path)
        child.start()
        started.append(child)
        return child

    yield start
    for child in started:
        child.stop()


# -- Node apps (tests/integration/node: one package.json for every Node client the tests run) --
NODE_DIR = Path(__file__).parent / "integration" / "node"


@pytest.fixture(scope="session")
def node_app_dir() -> Path:
    """``tests/integration/node`` with its packages installed (``npm ci`` when node_modules is missing)."""
    npm, node = shutil.which("npm"), shutil.which("node")
    if npm is None or node is None:
        pytest.skip("node and npm are not installed (Node 20 from Debian's packages runs these tests)")
    if not (NODE_DIR / "node_modules").is_dir():
        import subprocess

        command = [npm, "ci" if (NODE_DIR / "package-lock.json").exists() else "install", "--no-audit", "--no-fund"]
        done = subprocess.run(command, cwd=NODE_DIR, capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed in {NODE_DIR}:\n{done.stdout}\n{done.stderr}")
    return NODE_DIR
