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

__all__ = ["run_until_signal"]

log = get_logger("runner")


async def run_until_signal(
    cfg: Config,
    registry: CollectorRegistry,
    components: Sequence[Component],
    on_ready: object = None,
    stop: asyncio.Event | None = None,
) -> None:
    """Serve admin, start every component, wait for a signal (or ``stop``), stop everything.

    A :class:`~pipeline.errors.StartupError` from any component stops those
    already started and propagates, so the command exits with one line saying why.
    """
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
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
            try:
                await component.stop()
            except Exception:
                log.exception("error while stopping", extra={"component_name": component.name})
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
