"""Giving memory back to the operating system after large requests.

Decoding a large body builds a parse tree of about 45 times its JSON size
(160 MB for a 99,000-record OTLP/JSON request) and frees it when done; the C
allocator keeps the freed pages, so without help the process's RSS stays at
its peak after a burst.  Where the C library is glibc, :class:`Trimmer` calls
``malloc_trim(0)`` in a worker thread after requests that decoded a large body
(about 10 ms on a 500 MB heap), at most once per ``ingest.memory_trim_interval_s``;
elsewhere it does nothing.
"""

from __future__ import annotations

import asyncio
import ctypes
import ctypes.util
import platform
import time
from collections.abc import Callable

from pipeline.log import get_logger

__all__ = ["Trimmer", "malloc_trim"]

log = get_logger("ingest.memory")


def _find_malloc_trim() -> Callable[[int], int] | None:
    if platform.libc_ver()[0] != "glibc":
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


malloc_trim = _find_malloc_trim()
"""glibc's ``malloc_trim`` (``None`` elsewhere): ctypes releases the GIL while it runs."""


class Trimmer:
    """Calls ``malloc_trim(0)`` off the event loop after large requests, at most once per ``interval_s``.

    :meth:`done` is called on the event loop when a request that decoded a
    large body ends.  The first such call trims at once (in a worker thread);
    calls within ``interval_s`` of the last trim are folded into one more trim
    when the interval is over, so the last request of a burst is always
    followed by a trim and a steady stream of them costs one trim an interval.

    Parameters
    ----------
    interval_s
        ``ingest.memory_trim_interval_s``; 0 turns trimming off.
    trim
        The function to call (``malloc_trim`` by default; ``None``: nothing to call).
    """

    def __init__(self, interval_s: float, trim: Callable[[int], int] | None = malloc_trim) -> None:
        self.interval_s = interval_s
        self._trim = trim if interval_s > 0 else None
        self._pending = False
        self._last = float("-inf")
        self._task: asyncio.Task[None] | None = None
        self.trims = 0

    @property
    def enabled(self) -> bool:
        """Whether :meth:`done` ever trims (glibc, and ``interval_s`` above 0)."""
        return self._trim is not None

    def done(self) -> None:
        """A request that decoded a large body has ended: trim soon (call on the event loop)."""
        if self._trim is None:
            return
        self._pending = True
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run(), name="ingest-malloc-trim")

    async def _run(self) -> None:
        while self._pending:
            wait = self._last + self.interval_s - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            self._pending = False
            await asyncio.to_thread(self._call)
            self._last = time.monotonic()

    def _call(self) -> None:
        assert self._trim is not None
        try:
            self._trim(0)
        except Exception as exc:  # giving memory back is best effort: never fail a request over it
            log.warning("malloc_trim failed; memory is no longer given back", extra={"error": repr(exc)})
            self._trim = None
        self.trims += 1

    async def stop(self) -> None:
        """Cancel a trim that is waiting its turn (safe to call twice or unstarted)."""
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass
