"""The lifecycle every long-running piece follows.

``await start()`` returns quickly and launches background work; ``await stop()``
flushes, is safe to call twice and without ``start()``; both work as
``async with``.  A component reports the health of what it depends on through
:meth:`Component.failing`, which the admin server turns into ``/health/ready``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from types import TracebackType
from typing import Any, Self

from pipeline.log import get_logger

__all__ = ["Component", "Probe"]


class Component:
    """Base class: subclasses implement ``_start`` and ``_stop``."""

    name = "component"
    #: Seconds :meth:`stop` may take at most when longer than the runner's
    #: default (a component that waits for child processes to flush says so here).
    stop_budget_s: float | None = None

    def __init__(self) -> None:
        self._started = False
        self._stopping = False
        self._tasks: set[asyncio.Task[None]] = set()
        self.log = get_logger(self.name)

    @property
    def started(self) -> bool:
        return self._started

    async def start(self) -> None:
        """Launch the component's work and return; a no-op when started.

        When ``_start`` fails, what it had started is stopped again (background
        tasks cancelled, ``_stop`` called) before the error propagates, so a
        failed start leaves nothing running and may be retried.
        """
        if self._started:
            return
        try:
            await self._start()
        except BaseException:
            try:
                await self._shutdown()
            except Exception:
                self.log.exception("error while undoing a failed start")
            raise
        self._started = True

    async def stop(self) -> None:
        """Stop background work, then flush and close; safe twice and without :meth:`start`."""
        if not self._started or self._stopping:
            return
        self._stopping = True
        try:
            await self._shutdown()
        finally:
            self._started = False
            self._stopping = False

    async def _shutdown(self) -> None:
        # Background loops end first, so _stop closes clients nobody is using.
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            # asyncio.wait neither raises the tasks' errors (_task_done logged them) nor
            # swallows a cancellation of this stop: a caller's timeout (the runner's
            # stop_timeout) still ends a stop whose task ignores its cancel.
            await asyncio.wait(tasks)
        self._tasks.clear()
        await self._stop()

    def spawn(self, coro: Coroutine[Any, Any, None], name: str) -> asyncio.Task[None]:
        """Run background work owned by this component; cancelled by :meth:`stop`.

        A failure is logged when it happens (the task's name says whose); the
        component keeps running, and :meth:`stop` collects the task.
        """
        # The coroutine itself is the task (no wrapper): a task cancelled before
        # its first step then closes it, instead of leaving it never awaited.
        task = asyncio.get_running_loop().create_task(coro, name=f"{self.name}:{name}")
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and (exc := task.exception()) is not None:
            self.log.error(
                "background task failed", exc_info=(type(exc), exc, exc.__traceback__), extra={"task": task.get_name()}
            )

    def failing(self) -> dict[str, str]:
        """Dependencies that are down now, ``{"kafka": "why"}``; empty when ready."""
        return {}

    async def _start(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    async def _stop(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()


class Probe(Component):
    """Checks one dependency every ``interval`` seconds and remembers the last answer.

    ``check`` raises when the dependency is unreachable; its message becomes the
    reason ``/health/ready`` gives.
    """

    def __init__(
        self, dependency: str, check: Callable[[], Awaitable[None]], interval: float = 2.0
    ) -> None:
        self.name = f"probe.{dependency}"
        super().__init__()
        self.dependency = dependency
        self._check = check
        self._interval = interval
        self.error: str | None = "not checked yet"

    async def check_now(self) -> None:
        try:
            await asyncio.wait_for(self._check(), timeout=max(self._interval, 5.0))
        except Exception as exc:  # any failure means "not ready", with its reason
            reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            if self.error != reason:
                self.log.warning("dependency unreachable", extra={"dependency": self.dependency, "reason": reason})
            self.error = reason
        else:
            if self.error is not None and self.error != "not checked yet":
                self.log.info("dependency reachable again", extra={"dependency": self.dependency})
            self.error = None
        task = asyncio.current_task()
        if task is not None and task.cancelling():
            # Before Python 3.12, wait_for returns the check's result when this task is cancelled
            # just as the check completes: the cancel still has to end the loop (and stop()).
            raise asyncio.CancelledError

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(self._interval)
            await self.check_now()

    async def _start(self) -> None:
        await self.check_now()
        self.spawn(self._loop(), "probe")

    async def _stop(self) -> None:
        return None

    def failing(self) -> dict[str, str]:
        return {} if self.error is None else {self.dependency: self.error}
