"""Failure classes shared by every component.

Retryability belongs to the error, not to string matching: a sink or producer
decides to retry, push back or dead-letter from the class it catches.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "PermanentError",
    "RetryableError",
    "SightlineError",
    "StartupError",
]


class SightlineError(Exception):
    """Base class for every error Sightline raises on purpose."""

    retriable: bool = False


class RetryableError(SightlineError):
    """A dependency is down or overloaded; the same work may succeed later."""

    retriable = True

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PermanentError(SightlineError):
    """The input itself is wrong; retrying the same work fails the same way."""


class ConfigError(SightlineError):
    """The configuration is invalid; the message names the key."""


class StartupError(SightlineError):
    """A process could not start: port taken, binary missing, dependency down."""
