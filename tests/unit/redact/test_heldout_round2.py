"""The round-2 held-out generator writes its formats; the rules written from its misses hold.

The recall figure itself is printed by ``python -m tests.unit.redact.heldout_round2``.
"""

from __future__ import annotations

import random
import re

import pytest

from pipeline.redact import Redactor
from pipeline.redact.keys import IDENT, NEUTRAL, SECRET
from tests.unit.redact import heldout_round3
from tests.unit.redact.heldout_round2 import FAMILIES, HeldFamily, run, samples
from tests.unit.redact.innocents_round2 import lookalikes
from tests.unit.redact.public_formats import generate
from tests.unit.redact.quality import assert_lookalikes_untouched, assert_recall_floor

REDACTOR = Redactor()


# Rounds 2 and 3 share the family notation and the carriers: their generators are checked alike.
ROUNDS = {"round2": (FAMILIES, samples), "round3": (heldout_round3.FAMILIES, heldout_round3.samples)}


@pytest.mark.parametrize(
    "family", FAMILIES + heldout_round3.FAMILIES, ids=lambda f: f"{f.source}/{f.id}"
)
def test_generator_writes_its_format(family: HeldFamily) -> None:
    for i in range(5):
        value = generate(family.pattern, random.Random(i))
        assert re.fullmatch(family.pattern, value), (family.id, value)


@pytest.mark.parametrize("round_name", sorted(ROUNDS))
def test_every_sample_carries_its_secret(round_name: str) -> None:
    families, draw = ROUNDS[round_name]
    seen = set()
    for fam, sample in draw(3, 7):
        carrier = sample.text if sample.text is not None else repr(sample.record)
        assert sample.secret in carrier, fam.id
        assert not re.search(r"\{(?:v|u|name|p|P|hex20|b62_32|b64pub)\}", carrier), fam.id
        seen.add((fam.source, fam.id))
    assert seen == {(f.source, f.id) for f in families}
    assert len(seen) == len(families)


def test_recall_floor_in_sample() -> None:
    """A regression guard, not a held-out figure: the rules were written from these misses (see the module)."""
    found = run(seed=41, per_family=7, redactor=REDACTOR)
    assert_recall_floor(found, 0.98, {"source/noseyparker": 0.97, "source/github": 0.97, "source/microsoft": 0.97, "source/brief": 0.97})


def test_round2_lookalikes_are_untouched() -> None:
    assert_lookalikes_untouched(REDACTOR, lookalikes(count=600))


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
    from pipeline.redact.validators import PROVIDER_WORDS

    rules = {r.id: r for r in load_library()}
    for rule_id in ("provider-name-assignment", "provider-word-near-token"):
        keywords = set(rules[rule_id].keywords) - {"new relic"}
        assert keywords <= PROVIDER_WORDS, (rule_id, keywords - PROVIDER_WORDS)
        assert len(PROVIDER_WORDS - keywords) <= 1, (rule_id, PROVIDER_WORDS - keywords)
