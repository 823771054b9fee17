"""What round 7's rules hold beyond the checks every round shares.

The checks every round shares, and round 7's hand-made secrets and lookalikes (``REDACTED`` and
``KEPT``), are in ``test_heldout_rounds.py``; the recall figure itself is printed by
``python -m tests.unit.redact.heldout_round7``.
"""

from __future__ import annotations

from pipeline.redact import load_library
from pipeline.redact.validators import near_provider_words

RULES = {r.id: r for r in load_library()}


def test_detector_keywords_are_provider_names_unless_everyday_words() -> None:
    names = near_provider_words()
    new = {"ecostruxureit", "elevenlabs", "envoy", "eventbrite", "exchangerate", "exchangerates"}
    assert new <= names
    assert not {"enigma", "eraser"} & names
    for rule_id in ("provider-name-near-credential", "provider-label-token"):
        assert new <= set(RULES[rule_id].keywords), rule_id
