"""Two shortcuts of Redactor._spans change no redaction.

Once a span covers the whole text, later rules are not run; a match whose secret
group lies inside an earlier rule's span is not checked when its validator answers
that group or nothing (engine.SECRET_GROUP_VALIDATORS), unless the next match
starts inside it.  Checked here: those validators answer the secret group or
nothing on the rule examples and negatives, the generated corpus, the round-13
lookalikes and random texts; and redactions and findings equal those of the
engine with both shortcuts turned off, on the same texts and texts written for
the cases the shortcuts decide.
"""

from __future__ import annotations

import copy
import dataclasses
import random
import re

import pytest

from pipeline.redact.engine import SECRET_GROUP_VALIDATORS, Redactor
from pipeline.redact.keys import KeyClassifier
from pipeline.redact.rules import Rule, RuleSpec, compile_rule, load_library
from tests.unit.redact.corpus import innocents, secrets
from tests.unit.redact.innocents_round13 import lookalikes

_LIBRARY = [r for r in load_library() if isinstance(r.regex, re.Pattern)]
_ALPHABET = [*"aAbB_-.:=?&;<>/()\"' \t\n+", "key", "token", "Token", "api_key", "agora", "stripe", "secret", "=="]
_TOKEN = "ghp_" + "A1b2" * 9


def _texts() -> list[str]:
    texts = [t for r in _LIBRARY for t in r.examples + r.negatives]
    texts += [item.text for item in secrets(per_template=1) + innocents(count=600) if item.text]
    return texts + [text for _, text in lookalikes(count=300)]


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 30))) for _ in range(count)]


def _unshortened() -> Redactor:
    """A Redactor that runs every woken rule and checks every match, as before the shortcuts."""
    plain = Redactor()
    plain._marker_prefix = ""  # every text "holds a marker": neither shortcut applies
    plain._deferrable = frozenset()
    return plain


def test_deferred_validators_answer_the_secret_group_or_nothing() -> None:
    rules = [r for r in _LIBRARY if r.validator in SECRET_GROUP_VALIDATORS]
    assert {r.validator for r in rules} == SECRET_GROUP_VALIDATORS
    keys = Redactor().keys
    texts = _texts() + _random_texts(3000, 5)
    for rule in rules:
        assert rule.regex is not None and rule.check is not None and rule.secret_group
        for text in texts:
            pos = 0
            while (hit := rule.regex.search(text, pos)) is not None:
                assert rule.check(hit, keys) in (None, hit.span("secret")), (rule.id, text)
                pos = hit.start() + 1


def test_the_cases_the_shortcuts_decide() -> None:
    fast, plain = Redactor(), _unshortened()
    texts = [
        _TOKEN,  # the whole text: github-pat, the later generic rules not run
        f"token={_TOKEN}",
        f"Bearer {_TOKEN}",
        "[REDACTED:github-pat] " + _TOKEN,  # a marker: no shortcut
        # provider-label-token's secret inside secret-assignment's span, with its next match inside it
        "agora: api_key=Zk9xR2wQ3mT7vB1nY5pL8sD4==",
        "stripe api key: sk_live_4eC39HqLyjWDarjtT1zdp7dc=x=y",
        "agora token: Zk9xR2wQ3mT7vB1nY5pL8sD4 agora: Qm3nX8vL2pR7tY4wZ9kJ5hG1",
    ]
    for text in texts:
        assert fast.explain_text(text) == plain.explain_text(text), text
    assert fast.explain_text(_TOKEN)[1][0].rule == "github-pat"


def _no_colon(m: re.Match[str], keys: KeyClassifier) -> tuple[int, int] | None:
    """A validator that answers the secret group or nothing: a group without ":"."""
    return None if ":" in m["secret"] else m.span("secret")


def _two_rules() -> list[Rule]:
    """'first' replaces two characters after K=; 'second' (deferrable) two after "=" or ":", then one more."""
    first = compile_rule(
        RuleSpec(id="first", group="custom", description="d", regex=r"K=(?P<secret>[a-z:]{2})", keywords=["k="]),
        order=0,
    )
    second = compile_rule(
        RuleSpec(id="second", group="custom", description="d", regex=r"[=:](?P<secret>[a-z:]{2})[a-z:]?", keywords=["k="]),
        order=1,
    )
    validator = next(iter(sorted(SECRET_GROUP_VALIDATORS)))
    return [first, dataclasses.replace(second, validator=validator, check=_no_colon)]


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        # second's match at "=" holds "a:" (inside first's span) and reaches "c"; its next match,
        # at ":", starts inside it: refused ("a:" has ":"), the search goes on to that match, "cd".
        ("K=a:cd", "K=[REDACTED:first][REDACTED:second]"),
        # ... kept ("ab"), the search goes on after its end, past the match at ":".
        ("K=ab:cd", "K=[REDACTED:first]:cd"),
    ],
)
def test_a_put_off_check_is_asked_when_the_next_match_starts_inside(text: str, redacted: str) -> None:
    fast, plain = Redactor(rules=_two_rules()), Redactor(rules=_two_rules())
    plain._deferrable = frozenset()
    assert len(fast._deferrable) == 1
    assert fast.redact_text(text) == plain.redact_text(text) == redacted


@pytest.mark.parametrize("seed", [1, 2])
def test_redactions_are_the_same_without_the_shortcuts(seed: int) -> None:
    fast, plain = Redactor(), _unshortened()
    for text in random.Random(seed).sample(_texts(), 3000) + _random_texts(2000, seed):
        assert fast.explain_text(text) == plain.explain_text(text), text


def test_records_are_the_same_without_the_shortcuts() -> None:
    fast, plain = Redactor(), _unshortened()
    items = [item.record for item in secrets(per_template=1) if item.record is not None]
    for record in items[:1500]:
        twin = copy.deepcopy(record)
        assert fast.explain_record(record) == plain.explain_record(twin)
        assert record == twin
