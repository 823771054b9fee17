"""What round 6's rules hold beyond the checks every round shares.

The checks every round shares, and round 6's hand-made secrets and lookalikes (``REDACTED`` and
``KEPT``), are in ``test_heldout_rounds.py``; the recall figure itself is printed by
``python -m tests.unit.redact.heldout_round6``.
"""

from __future__ import annotations

import random

from pipeline.redact import Redactor
from pipeline.redact.validators import near_provider_words
from tests.unit.redact.innocents_round6 import PROVIDERS

REDACTOR = Redactor()


def test_four_letter_names_are_taken_unless_everyday_words_or_platforms() -> None:
    names = near_provider_words()
    assert {"qase", "vyte", "sirv", "yext"} <= names
    assert not {"jira", "okta", "uber", "xray", "keen", "yelp", "etsy", "miro", "youtube"} & names
    assert set(PROVIDERS) - {"vagrant", "youtube"} <= names


def test_a_long_dotted_token_after_a_provider_name_is_redacted() -> None:
    """Viewneo's token is some 900 characters: the near and label rules take up to 1024."""
    rng = random.Random(5)
    alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    token = ".".join("".join(rng.choice(alnum) for _ in range(n)) for n in (130, 160, 610))
    for text in (f"viewneo api key {token}", f"viewneo: {token}"):
        out = REDACTOR.redact_text(text)
        assert token[:130] not in out and token[-610:] not in out, out[:80]
