"""secret-assignment searched from its lowest start finds what a search from 0 finds (pipeline.redact.seek)."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.redact.engine import Redactor
from pipeline.redact.rules import load_library
from pipeline.redact.seek import ASSIGNMENT_RULE, applies, lowest_start

_RULE = next(r for r in load_library() if r.id == ASSIGNMENT_RULE)
assert _RULE.regex is not None
_REGEX: re.Pattern[str] = _RULE.regex
# What may stand between a match's start and its separator (the module's premise), written from the rule's prose.
_BEFORE_SEPARATOR = re.compile(r"""\\*["']?[\w.\-@$]*(?:\\*["'])?[ \t]*""")
_ALPHABET = [
    *list("ab_k.-@$ \t\\\"':=<|>,;{}\n"),
    "password",
    "token",
    "key",
    "user",
    "\\n",
    "=>",
    "||:",
    "<-",
]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 30))) for _ in range(count)]


def _examples() -> list[str]:
    return [t for r in load_library() for t in r.examples + r.negatives]


def test_the_shipped_rule_is_the_one_seek_applies_to() -> None:
    assert applies(ASSIGNMENT_RULE, _RULE.pattern)
    assert not applies(ASSIGNMENT_RULE, _RULE.pattern + "x")
    assert Redactor()._seeking is not None


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_match_starts_below_the_lowest_start(seed: int) -> None:
    for text in _texts(3000, seed) + _examples():
        for pos in range(len(text) + 1):
            plain = _REGEX.search(text, pos)
            lowest = lowest_start(text, pos)
            if plain is None:
                continue
            assert 0 <= lowest <= plain.start(), (text, pos)
            assert _REGEX.search(text, max(pos, lowest)).span() == plain.span()  # type: ignore[union-attr]
            assert _BEFORE_SEPARATOR.fullmatch(text, plain.start(), plain.start("sep")), text


def test_known_bounds() -> None:
    assert lowest_start("cache miss for key user:42", 0) == 19
    assert lowest_start('log "api_key"\t = "x"', 0) == 4
    assert lowest_start("a\tpwd=1", 0) == 2
    assert lowest_start("password is set", 0) == -1


@pytest.mark.parametrize("seed", [4, 5])
def test_redactions_are_the_same_without_seeking(seed: int) -> None:
    seeking, plain = Redactor(), Redactor()
    plain._seeking = None
    for text in _texts(2000, seed) + _examples():
        assert seeking.redact_text(text) == plain.redact_text(text), text
