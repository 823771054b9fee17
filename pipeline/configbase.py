"""The base every config section derives from (kept apart so any package can use it)."""

from __future__ import annotations

from typing import Any, get_origin

from pydantic import BaseModel, ConfigDict, field_validator

__all__ = ["Section"]


class Section(BaseModel):
    """Base for every config section: unknown keys are an error, values are checked."""

    model_config = ConfigDict(extra="forbid", validate_default=True)

    @field_validator("*", mode="before")
    @classmethod
    def _split_comma_lists(cls, value: Any, info: Any) -> Any:
        # Environment variables carry lists as "a,b,c".
        field = cls.model_fields.get(info.field_name)
        if isinstance(value, str) and field is not None:
            if get_origin(field.annotation) is list:
                return [part.strip() for part in value.split(",") if part.strip()]
        return value
