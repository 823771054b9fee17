"""A backstop for tests that hang where pytest-timeout cannot reach them.

pytest-timeout (``timeout`` in pyproject.toml) raises its failure from a SIGALRM handler,
inside whatever Python code runs at that moment.  When that is an asyncio callback or a
background task's step, the event loop catches the failure, logs it and carries on, and a
test waiting on something unbounded then waits until CI's own limit ends the whole run with
nothing said.  This watchdog is a thread: ``GRACE_S`` after pytest-timeout's limit it writes
every thread's stack and every pending asyncio task's stack to the terminal, and ends the
run (exit status 1), so a hang costs minutes and names its place.
"""

from __future__ import annotations

import asyncio
import faulthandler
import os
import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest

GRACE_S = float(os.environ.get("SIGHTLINE_TEST_WATCHDOG_GRACE_S", "60"))


def _limit(item: pytest.Item) -> float | None:
    marker = item.get_closest_marker("timeout")
    if marker is not None and marker.args:
        value = float(marker.args[0])
    else:
        try:
            value = float(item.config.getini("timeout") or 0)
        except ValueError:  # pytest-timeout is not installed: no limit to back up
            return None
    return value + GRACE_S if value > 0 else None


def _pending_tasks() -> list[asyncio.Task[Any]]:
    registry = getattr(asyncio.tasks, "_all_tasks", None)  # every loop's tasks (CPython 3.11)
    for _ in range(5):  # the set may change under us while the loop runs
        try:
            return [t for t in list(registry or ()) if not t.done()]
        except RuntimeError:
            continue
    return []


def _dump_and_exit(config: pytest.Config, what: str, limit: float) -> None:
    capman = config.pluginmanager.getplugin("capturemanager")
    if capman is not None:
        try:
            capman.suspend_global_capture(in_=True)
        except Exception:  # best effort: the run ends anyway
            pass
    out = sys.__stderr__ or sys.stderr
    out.write(f"\n{'+' * 30} watchdog: {what} still running after {limit:.0f}s {'+' * 30}\n")
    out.flush()
    faulthandler.dump_traceback(file=out, all_threads=True)
    for task in _pending_tasks():
        out.write(f"--- asyncio task {task.get_name()}: {task.get_coro()!r}\n")
        try:
            task.print_stack(file=out)
        except Exception as exc:
            out.write(f"(no stack: {exc!r})\n")
    out.write(f"{'+' * 30} watchdog: ending the run {'+' * 30}\n")
    out.flush()
    os._exit(1)


def _start(config: pytest.Config, what: str, limit: float) -> threading.Timer:
    timer = threading.Timer(limit, _dump_and_exit, (config, what, limit))
    timer.name = f"watchdog {what}"
    timer.daemon = True
    timer.start()
    return timer


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[None]:
    limit = _limit(item)
    timer = _start(item.config, item.nodeid, limit) if limit else None
    try:
        yield
    finally:
        if timer is not None:
            timer.cancel()


@pytest.hookimpl(hookwrapper=True)
def pytest_sessionfinish(session: pytest.Session) -> Iterator[None]:
    # session fixtures (broker, store, Alertmanager, the event loop) are torn down here
    timer = _start(session.config, "session teardown", 120.0)
    try:
        yield
    finally:
        timer.cancel()
