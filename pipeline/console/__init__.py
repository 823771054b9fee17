"""The Sightline console: services, alerts, logs, traces and new error types in a browser.

Read-only pages served by aiohttp from the search store, live alert events
from the alert topic (server-sent events), and the processors' ``/metrics``
for what is happening now.  Plain HTML and CSS, one small script and one
vendored chart library (uPlot, see ``static/VENDORED.md``): no build step,
nothing fetched from elsewhere, so it works offline.

:mod:`pipeline.config` imports :class:`ConsoleConfig` from here, so the
server (which imports the config) loads only when :class:`Console` is asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pipeline.console.config import ConsoleConfig

if TYPE_CHECKING:
    from pipeline.console.server import Console

__all__ = ["Console", "ConsoleConfig"]


def __getattr__(name: str) -> Any:
    if name == "Console":
        from pipeline.console.server import Console

        return Console
    raise AttributeError(name)
