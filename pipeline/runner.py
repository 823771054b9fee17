"""Running components until SIGINT or SIGTERM, then stopping them in reverse order."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Sequence

from prometheus_client import CollectorRegistry

from pipeline.admin import AdminServer
from pipeline.component import Component
from pipeline.config import Config
from pipeline.log import get_logger

__all__ = ["dump_tasks", "run_until_signal"]

log = get_logger("runner")


def _await_chain(task: asyncio.Task) -> list[str]:
    """The frames a task is suspended in, outermost first, following what each coroutine awaits."""
    out: list[str] = []
    obj: object = task.get_coro()
    while obj is not None and len(out) < 40:
        frame = getattr(obj, "cr_frame", None) or getattr(obj, "ag_frame", None) or getattr(obj, "gi_frame", None)
        if frame is not None:
            out.append(f"{frame.f_code.co_filename}:{frame.f_lineno} {frame.f_code.co_name}")
        nxt = getattr(obj, "cr_await", None) or getattr(obj, "ag_await", None) or getattr(obj, "gi_yieldfrom", None)
        if nxt is None and isinstance(obj, asyncio.Future) and not isinstance(obj, asyncio.Task):
            break
        if isinstance(nxt, asyncio.Task):
            out.append(f"-> awaits task {nxt.get_name()}")
            break
        obj = nxt
    return out


def dump_tasks() -> None:
    """Log where every asyncio task is suspended (``kill -USR1 <pid>``): what a stuck process waits on."""
    tasks = asyncio.all_tasks()
    for task in sorted(tasks, key=lambda t: t.get_name()):
        log.warning("task stack", extra={"task": task.get_name(), "stack": " | ".join(_await_chain(task))})
    log.warning("task dump done", extra={"tasks": len(tasks)})


async def run_until_signal(
    cfg: Config,
    registry: CollectorRegistry,
    components: Sequence[Component],
    on_ready: object = None,
    stop: asyncio.Event | None = None,
    stop_timeout: float = 15.0,
) -> None:
    """Serve admin, start every component, wait for a signal (or ``stop``), stop everything.

    A :class:`~pipeline.errors.StartupError` from any component stops those
    already started and propagates, so the command exits with one line saying why.
    A component that does not stop within ``stop_timeout`` seconds (or its own
    longer ``stop_budget_s``; a flush waiting on a broker that lost its topics)
    is abandoned with a warning, so SIGTERM stops the process promptly.
    """
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    loop.add_signal_handler(signal.SIGUSR1, dump_tasks)
    admin = AdminServer(cfg.admin.host, cfg.admin.port, registry, components)
    started: list[Component] = []
    try:
        await admin.start()
        started.append(admin)
        for component in components:
            await component.start()
            started.append(component)
        if callable(on_ready):
            on_ready(admin)
        await stop.wait()
        log.info("stopping")
    finally:
        for component in reversed(started):
            budget = max(stop_timeout, getattr(component, "stop_budget_s", None) or 0.0)
            try:
                await asyncio.wait_for(component.stop(), budget)
            except TimeoutError:
                log.warning("did not stop in time: abandoned", extra={"component_name": component.name,
                                                                        "stop_timeout_s": budget})
            except Exception:
                log.exception("error while stopping", extra={"component_name": component.name})
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGUSR1):
            loop.remove_signal_handler(sig)
