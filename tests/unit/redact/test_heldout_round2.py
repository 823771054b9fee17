"""The rules written from the round-2 held-out misses hold.

The checks every round shares (its generator, carriers, floor and lookalikes) are in
``test_heldout_rounds.py``; the recall figure itself is printed by
``python -m tests.unit.redact.heldout_round2``.
"""

from __future__ import annotations

import pytest

from pipeline.redact import Redactor
from pipeline.redact.keys import IDENT, NEUTRAL, SECRET

REDACTOR = Redactor()


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("AUTH0_CLIENT_ID", SECRET),  # auth0 is split at its digit; the words are joined back
        ("TWILIO_ACCOUNT_SID", SECRET),
        ("CC_TEST_REPORTER_ID", SECRET),
        ("PresharedKey", SECRET),
        ("user_sid", NEUTRAL),
        ("s3_key", NEUTRAL),
        ("client_id", IDENT),
        ("password2", SECRET),
    ],
)
def test_key_names_of_round2(key: str, expected: int) -> None:
    assert REDACTOR.keys.classify(key) == expected


@pytest.mark.parametrize(
    "text",
    [
        "tool --password -h db",
        "tool --secret --verbose",
        "tool --token -1 --retries 3",
        "tool --api-key -Dfoo.bar=1",
        "mysql -u app -p -x9abc!def",  # a short option's dash-led word is another option
    ],
)
def test_dash_led_words_that_are_options_stay(text: str) -> None:
    assert REDACTOR.redact_text(text) == text


def test_dash_led_value_of_a_long_option_is_redacted() -> None:
    out = REDACTOR.redact_text("db-migrate --password -J3BhMFM!uqTG1Nv --host db")
    assert "J3BhMFM" not in out and "--host db" in out


def test_provider_rules_wake_on_the_validators_provider_words() -> None:
    """The two provider rules' keywords and the validators' word list are one list (a name in one only is dead)."""
    from pipeline.redact import load_library
    from pipeline.redact.validators import PROVIDER_KEY_NAMES, PROVIDER_WORDS

    rules = {r.id: r for r in load_library()}
    # the name rule also takes GitHub's and GitLab's names alone (HASH_PROVIDER_WORDS, round 22)
    for rule_id, words in (("provider-name-assignment", PROVIDER_KEY_NAMES), ("provider-word-near-token", PROVIDER_WORDS)):
        keywords = set(rules[rule_id].keywords) - {"new relic"}
        assert keywords <= words, (rule_id, keywords - words)
        assert len(words - keywords) <= 1, (rule_id, words - keywords)
