"""``sightline bench drain`` runs real processors on a backlog it produces and prints what they cost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]


def _bench(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIGHTLINE_")}
    return subprocess.run([sys.executable, "-m", "pipeline.cli", "bench", "drain", *args], env=env, cwd=ROOT,
                          capture_output=True, timeout=300)


def test_two_checkouts_drain_the_same_backlog_and_each_run_is_measured() -> None:
    # large enough that most of it is drained after the processor's CPU is first read
    done = _bench("--records", "20000", "--batch", "10", "--partitions", "2", "--runs", "1", "--against", str(ROOT),
                  "--env", "SIGHTLINE_PROCESS__STATE_INTERVAL_S=0", "--json")
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    result = orjson.loads(done.stdout)
    assert result["raw_messages"] == 2000 and result["env"] == {"SIGHTLINE_PROCESS__STATE_INTERVAL_S": "0"}
    assert [run["checkout"] for run in result["runs"]] == [str(ROOT), str(ROOT)]
    for run in result["runs"]:
        assert 10_000 <= run["records_measured"] <= 20_000
        assert run["cpu_s"] > 0 and run["records_per_cpu_s"] == round(run["records_measured"] / run["cpu_s"])
    assert result["ratio"] > 0 and Path(result["logs"], "process-1.log").is_file()
    assert b"records per CPU-second" in done.stderr  # the table goes to stderr under --json
    assert result["reference_s"] > 0 and b"machine: reference workload" in done.stderr


def test_an_env_value_that_is_no_setting_is_refused_before_anything_starts() -> None:
    done = _bench("--env", "STATE_INTERVAL=0")
    assert done.returncode == 2 and done.stdout == b""
    assert done.stderr.decode().strip() == "bench drain: --env expects SIGHTLINE_KEY=VALUE, got 'STATE_INTERVAL=0'"
