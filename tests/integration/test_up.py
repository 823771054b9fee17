"""``sightline up`` as a user runs it: ready, the thin path, Ctrl-C leaves nothing behind."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from pipeline.embedded import free_port, port_in_use
from tests.helpers import admin_port_with_room

pytestmark = pytest.mark.integration
SIGHTLINE = str(Path(sys.executable).with_name("sightline"))


def _get(url: str, timeout: float = 2.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except OSError:
        return 0, b""


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True)
    return [int(p) for p in out.stdout.split()]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().split()[2] != "Z"


def test_up_serves_the_thin_path_and_stops_cleanly(tmp_path: Path) -> None:
    ports = {name: free_port() for name in ("broker", "store", "http", "grpc", "console", "zipkin")}
    ports["admin"] = admin_port_with_room(1)  # its processor takes admin.port+1
    env = dict(
        os.environ,
        SIGHTLINE_EMBEDDED__BROKER_PORT=str(ports["broker"]),
        SIGHTLINE_EMBEDDED__STORE_PORT=str(ports["store"]),
        SIGHTLINE_INGEST__HTTP__PORT=str(ports["http"]),
        SIGHTLINE_INGEST__GRPC__PORT=str(ports["grpc"]),
        SIGHTLINE_ADMIN__PORT=str(ports["admin"]),
        SIGHTLINE_CONSOLE__PORT=str(ports["console"]),
        SIGHTLINE_INGEST__ZIPKIN__PORT=str(ports["zipkin"]),
        SIGHTLINE_INGEST__SYSLOG__PORT="0",
        SIGHTLINE_KAFKA__REBALANCE_TIMEOUT_S="2",
        SIGHTLINE_EMBEDDED__LOG_DIR=str(tmp_path),
        SIGHTLINE_EMBEDDED__STORE_DIR=str(tmp_path / "store"),
    )
    log = open(tmp_path / "up.log", "wb")
    proc = subprocess.Popen([SIGHTLINE, "up", "--processors", "1"], env=env, stdout=log, stderr=subprocess.STDOUT)
    admin = f"http://127.0.0.1:{ports['admin']}"
    try:
        deadline = time.monotonic() + 60
        status = 0
        while time.monotonic() < deadline and status != 200:
            assert proc.poll() is None, (tmp_path / "up.log").read_text()
            status, body = _get(admin + "/health/ready")
            time.sleep(0.3)
        assert status == 200, body
        assert _get(admin + "/health/live")[0] == 200
        assert _get(admin + "/health/startup")[0] == 200
        status, metrics = _get(admin + "/metrics")
        assert status == 200 and b"sightline_ingest_requests" in metrics

        line = json.dumps({"message": "thin path works", "level": "warn", "service": "up-test"}).encode()
        req = urllib.request.Request(f"http://127.0.0.1:{ports['http']}/api/v1/logs", data=line, method="POST")
        with urllib.request.urlopen(req, timeout=10) as resp:
            assert json.loads(resp.read())["accepted"] == 1

        hits: list = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not hits:
            status, body = _get(f"http://127.0.0.1:{ports['store']}/sightline-logs-*/_search?q=thin")
            if status == 200:
                hits = json.loads(body)["hits"]["hits"]
            time.sleep(0.5)
        assert hits, "log line never became searchable"
        doc = hits[0]["_source"]
        assert doc["service.name"] == "up-test"
        assert doc["severity_text"] == "WARN"
        assert doc["message"] == "thin path works"
        assert "@timestamp" in doc
        status, page = _get(f"http://127.0.0.1:{ports['console']}/services")  # the console is served too
        assert status == 200 and b"up-test" in page
        # the banner names every receiver's address, those on ports of their own too
        banner = (tmp_path / "up.log").read_text()
        assert f"Zipkin           http://127.0.0.1:{ports['zipkin']}/api/v2/spans" in banner, banner
        syslog = re.search(r"syslog           127\.0\.0\.1:(\d+)   \(TCP and UDP; RFC 5424 or 3164\)", banner)
        assert syslog is not None and int(syslog.group(1)) > 0, banner

        children = _children(proc.pid)
        assert len(children) == 2  # broker and store (one processor runs inside the up process)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            code = proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
        log.close()
    assert code == 0, (tmp_path / "up.log").read_text()
    time.sleep(0.5)
    assert [c for c in children if _alive(c)] == []
    for port in ports.values():
        assert not port_in_use("127.0.0.1", port), f"port {port} still taken"


def test_up_with_the_broker_port_taken_says_so_in_one_line(tmp_path: Path) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        taken = holder.getsockname()[1]
        env = dict(os.environ, SIGHTLINE_EMBEDDED__BROKER_PORT=str(taken), SIGHTLINE_EMBEDDED__LOG_DIR=str(tmp_path),
                   SIGHTLINE_EMBEDDED__STORE_DIR=str(tmp_path / "store"))
        out = subprocess.run([SIGHTLINE, "up"], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    errors = [line for line in out.stderr.splitlines() if line.startswith("sightline: error:")]
    assert len(errors) == 1, out.stderr
    assert f"port {taken}" in errors[0] and "embedded.broker_port" in errors[0]
    assert "Traceback" not in out.stderr


def test_bad_config_is_one_line_naming_the_key(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("admin:\n  port: 70000\nkafka:\n  bootstrap_server: x:9092\n")
    out = subprocess.run([SIGHTLINE, "config", "check", str(bad)], capture_output=True, text=True, timeout=30)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1, out.stderr
    assert "admin.port" in out.stderr and "65535" in out.stderr
    assert "kafka.bootstrap_server: unknown key" in out.stderr
    assert "Traceback" not in out.stderr


def test_missing_broker_binary_is_one_line(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        SIGHTLINE_EMBEDDED__BROKER_BIN=str(tmp_path / "no-such-tansu"),
        SIGHTLINE_EMBEDDED__BROKER_PORT=str(free_port()),
        SIGHTLINE_EMBEDDED__LOG_DIR=str(tmp_path),
        SIGHTLINE_EMBEDDED__STORE_DIR=str(tmp_path / "store"),
    )
    out = subprocess.run([SIGHTLINE, "up"], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    assert "sightline: error: embedded broker: cannot run" in out.stderr
    assert "Traceback" not in out.stderr
