from __future__ import annotations

from pipeline.config import Config
from tests.readme import README, rendered


def test_config_reference_in_readme_is_current() -> None:
    text = README.read_text()
    assert text == rendered(text), "README config reference is stale: run `make docs`"


def test_every_top_level_section_is_in_the_readme() -> None:
    text = README.read_text()
    for section in Config.model_fields:
        assert f"`{section}." in text
