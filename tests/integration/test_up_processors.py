"""``sightline up --processors 2``: two processor children in one group, restarted when killed, none left after Ctrl-C."""

from __future__ import annotations

import json
import os
import re
import signal
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
_LAG = re.compile(r'^sightline_consumer_lag\{[^}]*partition="(\d+)"[^}]*topic="([^"]+)"|'
                  r'^sightline_consumer_lag\{[^}]*topic="([^"]+)"[^}]*partition="(\d+)"', re.M)


def _get(url: str, timeout: float = 2.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except OSError:
        return 0, b""


def _children(pid: int) -> dict[int, str]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True)
    children = {}
    for child in map(int, out.stdout.split()):
        try:
            children[child] = Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ").decode().strip()
        except OSError:
            continue
    return children


def _processors(pid: int) -> list[int]:
    return sorted(p for p, args in _children(pid).items() if "pipeline.cli" in args and args.endswith(" process"))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().split()[2] != "Z"


def _partitions(metrics: bytes) -> set[tuple[str, int]]:
    out = set()
    for m in _LAG.finditer(metrics.decode()):
        if m.group(1):
            out.add((m.group(2), int(m.group(1))))
        else:
            out.add((m.group(3), int(m.group(4))))
    return out


_RESTARTS = re.compile(rb'^sightline_processor_restarts_total\{processor="(\d+)"\} (\S+)$', re.M)


def _restarts(metrics: bytes) -> dict[str, float]:
    return {m.group(1).decode(): float(m.group(2)) for m in _RESTARTS.finditer(metrics)}


def _index_of(pid: int, log_path: Path) -> str:
    """The processor index the pool gave ``pid`` (its JSON log line "processor started" names both)."""
    for line in log_path.read_text(errors="replace").splitlines():
        if '"processor started"' in line:
            context = json.loads(line).get("context", {})
            if context.get("pid") == pid:
                return str(context["processor"])
    raise AssertionError(f"no 'processor started' line for pid {pid}")


def _wait(what: str, check, timeout: float, proc: subprocess.Popen[bytes], log_path: Path):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, log_path.read_text(errors="replace")[-4000:]
        value = check()
        if value:
            return value
        time.sleep(0.3)
    raise AssertionError(f"{what} within {timeout:.0f}s; log:\n{log_path.read_text(errors='replace')[-4000:]}")


def test_up_with_two_processors_spreads_partitions_restarts_and_stops_cleanly(tmp_path: Path) -> None:
    admin_port = admin_port_with_room(2)
    ports = {name: free_port() for name in ("broker", "store", "http", "grpc", "zipkin", "console")}
    ports.update(admin=admin_port, processor1=admin_port + 1, processor2=admin_port + 2)
    env = dict(
        os.environ,
        SIGHTLINE_EMBEDDED__BROKER_PORT=str(ports["broker"]),
        SIGHTLINE_EMBEDDED__STORE_PORT=str(ports["store"]),
        SIGHTLINE_INGEST__HTTP__PORT=str(ports["http"]),
        SIGHTLINE_INGEST__GRPC__PORT=str(ports["grpc"]),
        SIGHTLINE_INGEST__ZIPKIN__PORT=str(ports["zipkin"]),
        SIGHTLINE_INGEST__SYSLOG__PORT="0",
        SIGHTLINE_ADMIN__PORT=str(admin_port),
        SIGHTLINE_CONSOLE__PORT=str(ports["console"]),
        SIGHTLINE_KAFKA__REBALANCE_TIMEOUT_S="2",
        SIGHTLINE_EMBEDDED__LOG_DIR=str(tmp_path),
        SIGHTLINE_EMBEDDED__STORE_DIR=str(tmp_path / "store"),
        SIGHTLINE_LOG__FORMAT="json",
    )
    log_path = tmp_path / "up.log"
    log = open(log_path, "wb")
    proc = subprocess.Popen([SIGHTLINE, "up", "--processors", "2"], env=env, stdout=log, stderr=subprocess.STDOUT)
    admin = f"http://127.0.0.1:{admin_port}"
    children: dict[int, str] = {}
    try:
        # ready only once both processors answer ready (the pool reports them in /health/ready)
        _wait("up ready", lambda: _get(admin + "/health/ready")[0] == 200, 120, proc, log_path)
        first = _processors(proc.pid)
        assert len(first) == 2, _children(proc.pid)
        for port in (ports["processor1"], ports["processor2"]):
            assert _get(f"http://127.0.0.1:{port}/health/ready")[0] == 200
        assert f"admin ports {admin_port + 1}, {admin_port + 2}" in log_path.read_text(errors="replace")

        # many services, so both members of the group get records on their partitions
        lines = "\n".join(
            json.dumps({"message": f"request {i} served", "level": "info", "service": f"svc-{i % 24}"}) for i in range(240)
        ).encode()
        req = urllib.request.Request(f"http://127.0.0.1:{ports['http']}/api/v1/logs", data=lines, method="POST")
        with urllib.request.urlopen(req, timeout=10) as resp:
            assert json.loads(resp.read())["accepted"] == 240

        def both_have_partitions() -> list[set[tuple[str, int]]] | None:
            seen = [_partitions(_get(f"http://127.0.0.1:{p}/metrics")[1]) for p in (ports["processor1"], ports["processor2"])]
            return seen if all(seen) else None

        seen = _wait("both processors hold partitions", both_have_partitions, 90, proc, log_path)
        assert not (seen[0] & seen[1]), f"the same partition in two members of one group: {seen}"

        victim = first[0]
        index = _index_of(victim, log_path)
        before = _restarts(_get(admin + "/metrics")[1])
        os.kill(victim, signal.SIGKILL)

        def replaced() -> list[int] | None:
            now = _processors(proc.pid)
            return now if len(now) == 2 and victim not in now else None

        after = _wait("the killed processor restarted", replaced, 60, proc, log_path)
        assert first[1] in after  # the other one kept running
        _wait("up ready again", lambda: _get(admin + "/health/ready")[0] == 200, 120, proc, log_path)
        text = log_path.read_text(errors="replace")
        assert "processor exited; restarting" in text and "killed by SIGKILL" in text, text[-3000:]
        status, metrics = _get(admin + "/metrics")
        assert status == 200
        exits = [line for line in text.splitlines() if "processor exited" in line]
        # the killed one's counter rose by one; the other's did not move (either may have restarted before, under load)
        after_counts = _restarts(metrics)
        assert after_counts.get(index, 0) - before.get(index, 0) == 1, (before, after_counts, exits)
        assert {k: v for k, v in after_counts.items() if k != index} == {k: v for k, v in before.items() if k != index}, exits
        children = _children(proc.pid)
        assert len(children) == 4  # broker, store, two processors
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            code = proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
        log.close()
    assert code == 0, log_path.read_text(errors="replace")[-4000:]
    time.sleep(0.5)
    assert [c for c in children if _alive(c)] == []
    for port in ports.values():
        assert not port_in_use("127.0.0.1", port), f"port {port} still taken"
    assert not list(tmp_path.glob("processor-config.json")), "the children's config file (it may hold secrets) was left"
