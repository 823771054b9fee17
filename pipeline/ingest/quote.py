"""Values quoted in the ingestor's answers and log lines, with the secrets in them replaced.

A refusal that names the offending value (``timestamp 'yesterday' is not
...``) helps the sender; when the value is a token pasted into the wrong
field it must not come back in the answer, where proxies, shippers' own logs
and dashboards keep it.  Every message that quotes a value sent to the
ingestor goes through :func:`shown` (one value) or :func:`scrub` (a
library's error text that may quote the input): the redactor's text pass
(:meth:`pipeline.redact.Redactor.scrub_text`, the rules of the ``redact``
section, on even when record redaction is off), then a cut that never leaves
half a token.

The rule library is compiled on first use (about 0.3 s of CPU, once per
process), so an ingestor that never quotes a value never pays for it.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.redact import RedactConfig, Redactor

__all__ = ["configure", "scrub", "shown"]

_LIMIT = 64  # bytes of a quoted text value
_lock = threading.Lock()
_config: RedactConfig | None = None
_redactor: Redactor | None = None


def configure(config: RedactConfig | None) -> None:
    """Use the rules of ``config`` (the ``redact`` section) from now on; ``None``: the defaults."""
    global _config, _redactor
    with _lock:
        if config != _config:  # the same rules again: keep the compiled library
            _config, _redactor = config, None


def _get() -> Redactor:
    global _redactor
    redactor = _redactor
    if redactor is None:
        with _lock:  # decoders run in worker threads too: build once
            if _redactor is None:
                from pipeline.redact import (  # the rule library: only when needed
                    RedactConfig,
                    Redactor,
                )

                config = (_config or RedactConfig()).model_copy(update={"enabled": True})
                _redactor = Redactor(config)
            redactor = _redactor
    return redactor


def scrub(text: str) -> str:
    """``text`` with every secret the redactor finds replaced by its marker.

    >>> scrub("bad value 'ghp_" + "A1b2" * 9 + "'")
    "bad value '[REDACTED:github-pat]'"
    """
    return _get().scrub_text(text)


def shown(value: Any, limit: int = _LIMIT) -> str:
    """``value`` as an error message quotes it: numbers as they are, text scrubbed and cut, else the type.

    Text is cut to ``limit`` bytes after scrubbing, never inside a token (a
    word that crosses the cut is dropped whole), and marked ``...`` when cut.

    >>> shown(1e30), shown(True), shown("yesterday"), shown([1, 2])
    ('1e+30', 'True', "'yesterday'", 'an array')
    >>> shown("xoxb-" + "1234567890-" * 2 + "AbCdEfGhIjKlMnOpQrStUvWx")
    "'[REDACTED:slack-bot-token]'"
    >>> shown("word " * 20, 12)
    "'word word ...'"
    """
    if value is None or isinstance(value, bool | int | float):
        text = repr(value)
        return text if len(text) <= limit else text[:limit] + "..."
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if not isinstance(value, str):
        return "an object" if isinstance(value, dict) else "an array" if isinstance(value, list | tuple) else "a value"
    redactor = _get()
    if len(value) <= limit:
        whole = redactor.scrub_text(value)
        if len(whole.encode()) <= limit:
            return repr(whole)
    return repr(redactor.scrub_preview(value.encode("utf-8", errors="replace"), limit) + "...")
