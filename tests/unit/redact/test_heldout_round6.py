"""The round-6 held-out generator writes its formats; the rules written from its misses hold.

The checks every round shares are in ``test_heldout_rounds.py``; the recall figure itself is
printed by ``python -m tests.unit.redact.heldout_round6``.
"""

from __future__ import annotations

import random

import pytest

from pipeline.redact import Redactor, load_library
from pipeline.redact.validators import near_provider_words
from tests.unit.redact.innocents_round6 import PROVIDERS

REDACTOR = Redactor()
RULES = {r.id: r for r in load_library()}


def test_four_letter_names_are_taken_unless_everyday_words_or_platforms() -> None:
    names = near_provider_words()
    assert {"qase", "vyte", "sirv", "yext"} <= names
    assert not {"jira", "okta", "uber", "xray", "keen", "yelp", "etsy", "miro", "youtube"} & names
    assert set(PROVIDERS) - {"vagrant", "youtube"} <= names


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "qase: lxmehxyn4yyxEUdJgm05cAvgEfhuwaMWlpG8jLZu",
            "lxmehxyn4yyxEUdJgm05cAvgEfhuwaMWlpG8jLZu",
        ),
        (
            "Vyte client configured: 46jw2tu6dnlcniu0cymwmxe28ehwuvygfeq9887v7sk9r3tims",
            "46jw2tu6dnlcniu0cymwmxe28ehwuvygfeq9887v7sk9r3tims",
        ),
        # letters a third vowels or more, digits scattered through them: still random
        (
            "Verimail client configured: 2NUD2TONAD4RO3V10YA8OD8MUARXVM0P",
            "2NUD2TONAD4RO3V10YA8OD8MUARXVM0P",
        ),
        ("yousign: elsqc74i5uhlo2g6buphe95zjk6ae1yj", "elsqc74i5uhlo2g6buphe95zjk6ae1yj"),
        ("vbout api key 7459183620571938264018375", "7459183620571938264018375"),
        (
            "GET https://api.vbout.com/1/app/me.json?key=3789016254710395826147093 200",
            "3789016254710395826147093",
        ),
        ("VOICEFLOW_KEY=VF.DM." + "3f2a9c0d" * 3 + ".Xk9mQ2pL7vR4tZ8b", "3f2a9c0d" * 3),
        ("BoomErrVF." + "a9" * 12 + ".Xk9mQ2pL7vR4tZ8b", "a9" * 12),
    ],
)
def test_round6_tokens_are_redacted(text: str, secret: str) -> None:
    out = REDACTOR.redact_text(text)
    assert secret not in out, out


def test_a_long_dotted_token_after_a_provider_name_is_redacted() -> None:
    """Viewneo's token is some 900 characters: the near and label rules take up to 1024."""
    rng = random.Random(5)
    alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    token = ".".join("".join(rng.choice(alnum) for _ in range(n)) for n in (130, 160, 610))
    for text in (f"viewneo api key {token}", f"viewneo: {token}"):
        out = REDACTOR.redact_text(text)
        assert token[:130] not in out and token[-610:] not in out, out[:80]


@pytest.mark.parametrize(
    "text",
    [
        "TWILIO: 48213379105528841230 events",
        "stripe token count 4821337910552884123011 over quota",
        "GET /api/items?key=12345678901234567890 200",
        "jira: PROJ-1234 moved to done",
        "okta: 00u1abcd2EFGH3ijk4l5 signed in",
        "build VF.2.10.3",
        "agora: paymentServiceHandler2026Release",
        "vyte: release-2024-05-01-build-17",
        "qase: user12order7batch3region5cache",
        "vyte client configured: release2024build17alpha3",
    ],
)
def test_counts_ids_and_words_stay(text: str) -> None:
    assert REDACTOR.redact_text(text) == text
