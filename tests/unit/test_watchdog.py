"""The suite's hang backstop (tests/watchdog.py) ends a run that pytest-timeout's alarm could not.

The hanging test below is the case seen in CI: the alarm fires while an asyncio callback
runs, the loop swallows pytest-timeout's failure, and the test then waits on a future that
never completes.  Run in a child pytest with a 1 s timeout and a 2 s grace.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

HANGING = """
import asyncio, time
import pytest

@pytest.mark.timeout(1)
async def test_hangs_past_a_swallowed_alarm():
    loop = asyncio.get_running_loop()
    def busy():  # the alarm lands here, in a callback: the loop logs it and goes on
        end = time.monotonic() + 1.5
        while time.monotonic() < end:
            pass
    loop.call_soon(busy)
    await loop.create_future()  # never done
"""


def test_a_hang_that_swallows_the_alarm_ends_the_run_with_stacks(tmp_path: Path) -> None:
    test_file = ROOT / "tests" / "unit" / f"test_zz_hang_{os.getpid()}.py"
    test_file.write_text(HANGING)
    try:
        env = {**os.environ, "SIGHTLINE_TEST_WATCHDOG_GRACE_S": "2"}
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test_file)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        took = time.monotonic() - started
    finally:
        test_file.unlink()
    out = done.stdout + done.stderr
    assert done.returncode == 1, out
    assert "watchdog: tests/unit/test_zz_hang_" in out and "still running after 3s" in out, out
    assert "asyncio task" in out and "test_hangs_past_a_swallowed_alarm" in out, out
    assert took < 60, f"the run took {took:.0f}s"
