from __future__ import annotations

from pipeline.alerts.config import PromRule, RuleConfig
from pipeline.config import Config, reference_markdown
from tests.readme import README, rendered


def test_config_reference_in_readme_is_current() -> None:
    text = README.read_text()
    assert text == rendered(text), "README config reference is stale: run `make docs`"


def test_every_top_level_section_is_in_the_readme() -> None:
    text = README.read_text()
    for section in Config.model_fields:
        assert f"`{section}." in text


def test_every_key_of_either_form_of_alert_rule_is_in_the_reference() -> None:
    # alerts.rules holds two forms of entry (statistic rules and PromQL rule-file entries), a tagged
    # union: each form's keys are listed, as the config file spells them, with the form named
    rows = [line for line in reference_markdown().splitlines() if line.startswith("| `alerts.rules")]
    for model in (RuleConfig, PromRule):
        for name, field in model.model_fields.items():
            key = field.alias or name
            assert any(row.startswith(f"| `alerts.rules[].{key}` |") and f"| {model.__name__}: " in row for row in rows), key
    assert "5 built-in: HighErrorRatio, HighLatencyP95, ServiceAbsent, ManyErrorsOfOneType, TargetDown" in rows[0]
