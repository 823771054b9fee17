"""The ``redact:`` section of the config file.

Example::

    redact:
      disable: [cards, bcrypt-hash]              # rule ids or groups
      extra_keys: [pin, otp]                     # more secret-sounding key names
      extra_patterns:
        - name: acme-token
          regex: 'acme_[a-z0-9]{32}'
          keywords: [acme_]                      # literals for the prefilter
      allow_list: ['AKIAIOSFODNN7EXAMPLE']       # regexes; a matching secret is kept
      marker: '[REDACTED:{rule}]'
"""

from __future__ import annotations

import string
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from pipeline.configbase import Section
from pipeline.redact.linear import compile_linear

__all__ = ["DEFAULT_MARKER", "ExtraPattern", "RedactConfig"]

DEFAULT_MARKER = "[REDACTED:{rule}]"


class ExtraPattern(BaseModel):
    """A site-specific secret pattern added to the library."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_.\-]*$", description="rule id, shown in the marker and the metric")
    regex: str = Field(
        description=(
            "regex in RE2 syntax (Python's without lookaround or backreferences; runs in linear time);"
            " a group named 'secret' limits what is replaced"
        )
    )
    group: str = Field("custom", description="family group, for enable/disable and the figures")
    keywords: list[str] = Field(
        default_factory=list,
        description="literals (any case) of which one occurs in every match; without them the regex runs on every string",
    )
    description: str = Field("", description="what the pattern finds, shown by --explain and in reviews")

    @model_validator(mode="after")
    def _compiles(self) -> ExtraPattern:
        compile_linear(self.regex, f"extra pattern {self.name!r}")  # refused here, with its name
        self.keywords = [k.lower() for k in self.keywords if k]
        return self


class RedactConfig(Section):
    """What is redacted and how it is marked; mounted at ``redact:`` in the config file."""

    enabled: bool = Field(True, description="redact records between decode and everything else")
    disable: list[str] = Field(default_factory=list, description="rule ids or groups to turn off")
    enable: list[str] = Field(
        default_factory=list, description="rule ids or groups to turn on (rules that are off by default); disable wins"
    )
    extra_keys: list[str] = Field(default_factory=list, description="more secret-sounding key names (matched as words)")
    extra_patterns: list[ExtraPattern] = Field(default_factory=list, description="more secret patterns")
    allow_list: list[str] = Field(
        default_factory=list,
        description="regexes (RE2 syntax, like extra_patterns); a would-be secret that fully matches one is left alone",
    )
    marker: str = Field(DEFAULT_MARKER, description="replacement text; {rule} and {group} are filled in")

    @field_validator("marker")
    @classmethod
    def _marker_fields(cls, value: str) -> str:
        try:
            fields = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
        except ValueError as exc:
            raise ValueError(f"bad marker format: {exc}") from None
        if not fields <= {"rule", "group"}:
            raise ValueError(f"marker may use {{rule}} and {{group}} only, not {sorted(fields - {'rule', 'group'})}")
        if not value.strip():
            raise ValueError("marker must not be empty")
        return value

    @field_validator("allow_list")
    @classmethod
    def _allow_compiles(cls, value: list[str]) -> list[str]:
        for entry in value:
            compile_linear(entry, f"allow_list entry {entry!r}")
        return value

    @model_validator(mode="after")
    def _known_names(self) -> RedactConfig:
        from pipeline.redact.rules import GROUPS, load_library

        known: set[str] = set(GROUPS) | {r.id for r in load_library()} | {p.name for p in self.extra_patterns}
        for field_name in ("disable", "enable"):
            unknown = [n for n in getattr(self, field_name) if n not in known]
            if unknown:
                raise ValueError(f"{field_name}: unknown rule or group {', '.join(map(repr, unknown))}")
        return self

    @classmethod
    def from_mapping(cls, data: Any) -> RedactConfig:
        """Validate a plain mapping (the ``redact:`` section of a YAML file); ``None`` gives defaults."""
        return cls.model_validate(data or {})
