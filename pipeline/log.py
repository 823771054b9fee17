"""The pipeline's own logs: one JSON object a line, or readable lines on a terminal.

Every line carries time, level, component, message and context (the ``extra``
mapping passed to the logger call).  Libraries' loggers (aiokafka, faust) go
through the same formatter at WARNING and above.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import Any, ClassVar

import orjson

__all__ = ["configure_logging", "get_logger"]

_RESERVED = frozenset(vars(logging.makeLogRecord({})).keys()) | {"message", "asctime"}


def _context(record: logging.LogRecord) -> dict[str, Any]:
    return {k: v for k, v in record.__dict__.items() if k not in _RESERVED and not k.startswith("_")}


def _component(record: logging.LogRecord) -> str:
    name = record.name
    return name[len("sightline.") :] if name.startswith("sightline.") else name


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, component, message, context."""

    def format(self, record: logging.LogRecord) -> str:
        doc: dict[str, Any] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "component": _component(record),
            "message": record.getMessage(),
        }
        ctx = _context(record)
        if ctx:
            doc["context"] = ctx
        if record.exc_info:
            doc["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(doc, default=str).decode()


class ConsoleFormatter(logging.Formatter):
    """``12:00:01 INFO  ingest  listening  port=4318`` for people at a terminal."""

    COLORS: ClassVar[dict[str, str]] = {"DEBUG": "\x1b[2m", "INFO": "\x1b[36m", "WARNING": "\x1b[33m", "ERROR": "\x1b[31m"}

    def __init__(self, color: bool) -> None:
        super().__init__()
        self.color = color

    def format(self, record: logging.LogRecord) -> str:
        level = record.levelname
        if self.color:
            level = f"{self.COLORS.get(level, '')}{level:<7}\x1b[0m"
        else:
            level = f"{level:<7}"
        stamp = time.strftime("%H:%M:%S", time.localtime(record.created))
        ctx = " ".join(f"{k}={v}" for k, v in _context(record).items())
        line = f"{stamp} {level} {_component(record):<10} {record.getMessage()}"
        if ctx:
            line += f"  {ctx}"
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


def configure_logging(level: str = "info", fmt: str = "auto") -> None:
    """Install the formatter on the root logger (stderr).

    ``fmt="auto"`` chooses console lines when stderr is a terminal, JSON otherwise.
    """
    stream = sys.stderr
    is_tty = stream.isatty()
    if fmt == "json" or (fmt == "auto" and not is_tty):
        formatter: logging.Formatter = JsonFormatter()
    else:
        formatter = ConsoleFormatter(color=is_tty)
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    # --debug also shows what the libraries (faust, aiokafka) say at info
    root.setLevel(logging.INFO if level == "debug" else logging.WARNING)
    logging.getLogger("sightline").setLevel(level.upper())


def get_logger(component: str) -> logging.Logger:
    """The logger of one component, e.g. ``get_logger("ingest")``."""
    return logging.getLogger(f"sightline.{component}")
