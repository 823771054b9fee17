"""Configuration of template mining and the new-error-type / regression detectors.

>>> cfg = TemplatesConfig(warmup_seconds=60)
>>> cfg.miner().sim_threshold
0.4
>>> TemplatesConfig(sim_treshold=0.3)
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for TemplatesConfig
sim_treshold
  Extra inputs are not permitted [type=extra_forbidden, input_value=0.3, input_type=float]
    For further information visit https://errors.pydantic.dev/2.../v/extra_forbidden
"""

from __future__ import annotations

from pydantic import Field

from detectors.templates.detectors import NewErrorType, Regression
from detectors.templates.miner import TemplateMiner
from schemas.configbase import Section

__all__ = ["TemplatesConfig"]


class TemplatesConfig(Section):
    """Template mining, per service, and the detectors that read the templates."""

    enabled: bool = Field(True, description="Mine templates from log records.")
    sim_threshold: float = Field(
        0.4, ge=0.0, le=1.0, description="Share of equal tokens for a message to join a template."
    )
    lcs_threshold: float = Field(
        0.6,
        ge=0.0,
        le=1.0,
        description="Share of aligned tokens for a message of another length to join a template.",
    )
    family_size: int = Field(
        5, ge=2, description="Templates differing in one word merge once there are this many."
    )
    family_min_words: int = Field(
        2, ge=0, description="Words such sibling templates must share to merge."
    )
    error_family_size: int = Field(
        2,
        ge=2,
        description="Templates differing only in a failure's reason merge once there are this many "
        "when every reason is a wrapped error naming what failed (`open /etc/x: permission "
        "denied`) or a C library error text after the value, the call or the function it is about, or "
        "after an error's number (`cannot open /etc/x: Permission denied`, `bind(http): Address already "
        "in use`, `fork: Interrupted system call`, `setup_carrier: Invalid argument`, `write error 5: "
        "Input/output error`) or after a sentence of plain words saying that something failed (`Unable to read "
        "vendor ID of card: Permission denied`), or ending the message after a word saying that something "
        "could not be done or went wrong, its number in brackets after it or not (`feed cant read Connection "
        "refused`, `returned error with Connection timed out [system:110]`); so do templates differing only in a "
        "code's name after `status code` or `error code` (`with the status code BadUserAccessDenied`) or in the word "
        "a message says it did not know or support (`Unsupported property Status`, `Invalid HeaderValue x: failed to "
        "parse header value`); other reasons need "
        "family_size.",
    )
    family_ratio: float = Field(
        0.2,
        ge=0.0,
        le=1.0,
        description="... and only while their distinct words are at least this share of their "
        "messages (an open set such as user names; a few fixed words seen often stay apart).",
    )
    max_templates: int = Field(
        5000,
        ge=0,
        description="Templates kept per service; beyond it the least recently used are dropped, "
        "counted and logged (0: no cap).",
    )
    expire_after_seconds: float = Field(
        7 * 86400.0,
        ge=0,
        description="A template with no record for this long is dropped; a service whose "
        "templates all expired (it went away) is forgotten (0: never).",
    )
    max_samples: int = Field(5, ge=0, description="Sample records (ids, trace ids) per template.")
    window_seconds: float = Field(
        3600.0, gt=0, description="Width of the windows templates are counted in."
    )
    max_windows: int = Field(48, ge=1, description="Windows kept per template.")
    warmup_seconds: float = Field(
        300.0,
        ge=0,
        description="No new-error-type finding until a service has logged this long.",
    )
    confirm_seconds: float = Field(
        30.0,
        ge=0,
        description="A new template is reported once its text stayed unchanged this long "
        "(the miner may still generalise or merge it); 0 reports it at once.",
    )
    quiet_seconds: float = Field(
        86400.0,
        gt=0,
        description="A template back after this long without records is a regression.",
    )

    def miner(self, name: str = "") -> TemplateMiner:
        """A fresh miner with these parameters (``name``: the service, for its log lines)."""
        return TemplateMiner(
            sim_threshold=self.sim_threshold,
            lcs_threshold=self.lcs_threshold,
            family_size=self.family_size,
            family_min_words=self.family_min_words,
            family_ratio=self.family_ratio,
            error_family_size=self.error_family_size,
            max_samples=self.max_samples,
            window=self.window_seconds,
            max_windows=self.max_windows,
            max_templates=self.max_templates,
            name=name,
        )

    def new_error_type(self) -> NewErrorType:
        """A fresh new-error-type detector with these parameters."""
        return NewErrorType(
            warmup=self.warmup_seconds, confirm=self.confirm_seconds, max_samples=self.max_samples
        )

    def regression(self) -> Regression:
        """A fresh regression detector with these parameters."""
        return Regression(quiet=self.quiet_seconds, max_samples=self.max_samples)
