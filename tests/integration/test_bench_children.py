"""A bench killed hard (SIGKILL: no cleanup of its own runs) leaves none of its children behind:
they are told by the kernel to stop when it dies (PR_SET_PDEATHSIG)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration


def _children(pid: int) -> dict[int, str]:
    out = subprocess.run(["ps", "-o", "pid=,args=", "--ppid", str(pid)], capture_output=True, text=True)
    rows = (line.strip().split(None, 1) for line in out.stdout.splitlines() if line.strip())
    return {int(row[0]): row[1] if len(row) > 1 else "" for row in rows}


def _alive(pid: int) -> bool:
    stat = Path(f"/proc/{pid}/stat")
    try:
        return stat.read_text().split()[2] != "Z"
    except (OSError, IndexError):
        return False


def test_a_killed_bench_leaves_no_ingestor_or_broker(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SIGHTLINE_CONFIG"}
    bench = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "bench", "syslog", "--transport", "tcp",
                              "--format", "3164", "--duration", "60", "--warmup", "1"],
                             env=env, stdout=subprocess.DEVNULL, stderr=open(tmp_path / "bench.err", "wb"))
    try:
        deadline = time.monotonic() + 60
        children: dict[int, str] = {}
        while time.monotonic() < deadline:
            children = _children(bench.pid)
            if any("pipeline.cli ingest" in args for args in children.values()) and len(children) >= 2:
                break
            assert bench.poll() is None, (tmp_path / "bench.err").read_text()
            time.sleep(0.2)
        assert any("pipeline.cli ingest" in args for args in children.values()), children
    finally:
        bench.send_signal(signal.SIGKILL)
        bench.wait(10)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(pid) for pid in children):
        time.sleep(0.2)
    assert [args for pid, args in children.items() if _alive(pid)] == []
