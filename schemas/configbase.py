"""The base class of every config section, in the bottom layer so any package can use it.

It lives in ``schemas/`` (which imports neither ``pipeline/`` nor
``detectors/``) because both of those build config sections on it: a section
of the config file is a schema like the record types here, and ``detectors/``
must stay usable without importing the pipeline.  ``pipeline.configbase``
re-exports it.

>>> from pydantic import Field
>>> class Example(Section):
...     hosts: list[str] = Field(default_factory=list)
>>> Example.model_validate({"hosts": "a:1, b:2"}).hosts
['a:1', 'b:2']
>>> Example.model_validate({"host": "a:1"})
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for Example
host
  Extra inputs are not permitted [type=extra_forbidden, input_value='a:1', input_type=str]
    For further information visit https://errors.pydantic.dev/2.../v/extra_forbidden
"""

from __future__ import annotations

from typing import Any, get_origin

from pydantic import BaseModel, ConfigDict, field_validator

__all__ = ["Section"]


class Section(BaseModel):
    """Base for every config section: unknown keys are an error, values (defaults too) are checked.

    A list-valued key also takes a comma-separated string, which is how the
    environment (``SIGHTLINE_*``) carries lists.
    """

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
