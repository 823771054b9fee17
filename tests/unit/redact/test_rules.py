"""One test per rule of the library: its examples are caught, its negatives left alone."""

from __future__ import annotations

import random
import zlib

import pytest

from pipeline.errors import ConfigError
from pipeline.redact import Redactor, load_library
from pipeline.redact.rules import _parse
from pipeline.redact.synth import expand

RULES = load_library()
REDACTOR = Redactor()
_BY_ID = {r.id: r for r in RULES}


def _rng(rule_id: str, i: int) -> random.Random:
    return random.Random(zlib.crc32(f"{rule_id}/{i}".encode()))


def _cases(field: str) -> list[tuple[str, int, str]]:
    return [(r.id, i, t) for r in RULES for i, t in enumerate(getattr(r, field))]


def test_library_size_and_fields() -> None:
    assert len(RULES) >= 200
    for rule in RULES:
        assert rule.description and rule.source, rule.id
        if rule.kind == "value":
            assert rule.examples or not rule.enabled, f"{rule.id} has no examples"


@pytest.mark.parametrize(("rule_id", "i", "template"), _cases("examples"), ids=lambda v: str(v)[:40])
def test_example_is_redacted(rule_id: str, i: int, template: str) -> None:
    sample = expand(template, _rng(rule_id, i))
    rule = _BY_ID[rule_id]
    # The rule itself finds it (not only some other rule) ...
    only = Redactor(rules=[rule])
    out_own, findings = only.explain_text(sample.text)
    assert findings and all(f.rule == rule_id for f in findings), out_own
    # ... and so does the whole library.
    out = REDACTOR.redact_text(sample.text)
    for secret in sample.secrets:
        assert secret not in out, f"{rule_id}: secret left in {out!r}"
    assert REDACTOR.redact_text(out) == out  # idempotent


@pytest.mark.parametrize(("rule_id", "i", "template"), _cases("negatives"), ids=lambda v: str(v)[:40])
def test_negative_is_untouched(rule_id: str, i: int, template: str) -> None:
    sample = expand(template, _rng(rule_id, i))
    assert REDACTOR.redact_text(sample.text) == sample.text


def test_bad_rule_is_refused_with_its_name() -> None:
    with pytest.raises(ConfigError, match=r"'broken'.*regular expression"):
        _parse({"rules": [{"id": "broken", "group": "custom", "description": "x", "regex": "(", "keywords": ["x"]}]}, "t")
    with pytest.raises(ConfigError, match="'nokw'"):
        _parse({"rules": [{"id": "nokw", "group": "custom", "description": "x", "regex": "a+"}]}, "t")
    with pytest.raises(ConfigError, match="defined twice"):
        spec = {"id": "dup", "group": "custom", "description": "x", "regex": "a", "keywords": ["a"]}
        _parse({"rules": [spec, spec]}, "t")
