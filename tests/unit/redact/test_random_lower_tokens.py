"""Uniform random lower-case tokens read as random (issue #17): ``[a-z0-9]``, the alphabet of many
providers' keys (Kingfisher's ``[a-z0-9]{N}`` patterns, 32 to 40 character API keys, the labeled
corpus' ``{low:31}7`` after ``agora:``), under the reading test of a dozen rules (``_reads_random``)
and the id test most of them pair it with (``_token_value``).

The method of :mod:`tests.unit.redact.test_random_tokens`: draws made here, each character uniform,
at 16, 20, 24, 32 and 40 characters, 20,000 a cell, fixed seeds; the share turned away, and which
test turned each away (``python -m tests.unit.redact.test_random_lower_tokens`` prints both).
Measured:

- ``_reads_random`` on ``[a-z0-9]`` draws (seed 8);
- ``_token_value`` and ``_reads_random`` together on ``[a-z0-9]`` draws holding a digit (seed 9): a
  draw without one is letters alone, which ``_token_value`` takes only mixing cases (a ``[a-z0-9]``
  draw lacks a digit 0.55% of the time at 16, 0.15% at 20, 0.04% at 24, 3e-05 at 32);
- ``_reads_random`` on ``[a-z]`` draws (seed 10): letters alone reach it only through a sentence's
  password (``_prose_password``, with a symbol), and one of its users takes them.

Random letters are a fifth vowels; ``_reads_random`` took lower-case letters and digits at a
third vowels or fewer, or with digits scattered through them (``_digits_scattered``), and turned
the rest away: about 1 draw in 25 at 16 characters, 1 in 200 at 32 (``mqfg33sfiweucfixeocuoswue7hw1kkq``).
``_token_value`` also turned away a draw that falls in the shape of words joined by numbers
(``_WORDS_AND_NUMBERS``: ``gtayqrhe2waj5zcydnya``).  Now both ask whether the letters read as
spelled (``_surprising_letters``: more surprising to a model of English-ish words than a uniform
draw of letters is); words joined with numbers are, a draw's letters are not.  Turned away at these
seeds, main 213d9e7 -> issue #17's change:

======  =====================  =====================  =====================
length  reads, [a-z0-9]        token and reads,       reads, [a-z]
                               [a-z0-9] with a digit
======  =====================  =====================  =====================
16      3.990% -> 0.425%       5.115% -> 0.497%       7.275% -> 0.250%
20      2.290% -> 0.185%       3.000% -> 0.165%       7.310% -> 0.150%
24      1.585% -> 0.055%       2.006% -> 0.060%       2.875% -> 0.015%
32      0.460% -> 0.000%       0.565% -> 0.010%       3.155% -> 0.000%
40      0.070% -> 0.005%       0.140% -> 0.000%       1.445% -> 0.000%
======  =====================  =====================  =====================

At seeds 11, 12 and 13 (not those the bounds were set at): reads, [a-z0-9], 0.385-0.440% at 16,
0.150-0.185% at 20, 0.050-0.065% at 24, 0-0.010% at 32, 0-0.005% at 40 (main: 3.905-4.040%,
2.445-2.475%, 1.600-1.725%, 0.350-0.535%, 0.080-0.100%).  The bounds sit over these by three
standard errors or more (``sqrt(p (1 - p) / 20000)``: 0.05 points at 0.5%).

Hand-made values close the file: lower-case names of real systems that must stay (``KEPT``) and
drawn keys in rules' contexts that must go (``REDACTED``).
"""

from __future__ import annotations

import random
import string
from collections import Counter
from collections.abc import Callable

import pytest

from pipeline.redact.engine import Redactor
from pipeline.redact.validators import (
    _DIGIT_RUN,
    _LETTER_RUN,
    _VOWELS,
    _WORDS_AND_NUMBERS,
    _reads_random,
    _surprising_letters,
    _token_value,
    is_placeholder,
)

REDACTOR = Redactor()
LOWER36 = string.ascii_lowercase + string.digits
LOWER26 = string.ascii_lowercase
DRAWS = 20_000
LENGTHS = (16, 20, 24, 32, 40)
# length -> the share of draws the reading may turn away
BOUND = {16: 0.007, 20: 0.003, 24: 0.0012, 32: 0.0004, 40: 0.0002}


def _draws(alphabet: str, length: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(length)) for _ in range(DRAWS)]


def _token_reads_random(value: str) -> bool:
    return _token_value(value) and _reads_random(value)


def _with_digit(values: list[str]) -> list[str]:
    return [v for v in values if any(c.isdigit() for c in v)]


# (name, alphabet, seed, keep only draws holding a digit, the test)
MEASURES: list[tuple[str, str, int, bool, Callable[[str], bool]]] = [
    ("_reads_random, [a-z0-9]", LOWER36, 8, False, _reads_random),
    ("_token_value and _reads_random, [a-z0-9] with a digit", LOWER36, 9, True, _token_reads_random),
    ("_reads_random, [a-z]", LOWER26, 10, False, _reads_random),
]


def cause(value: str, token: bool) -> str:
    """Which test turns a lower-case draw away: ``_token_value``'s (if ``token``), then ``_reads_random``'s."""
    if token:
        if len(set(value)) < 8:
            return "_token_value: fewer than 8 distinct characters"
        if is_placeholder(value):
            return "_token_value: is_placeholder"
        if (
            _WORDS_AND_NUMBERS.match(value)
            and all(_VOWELS.intersection(r) for r in _LETTER_RUN.findall(value))
            and not _surprising_letters(value)
        ):
            return "_token_value: _WORDS_AND_NUMBERS, letters as spelled"
        if _reads_random(value):
            return "_token_value: another test"
    letters = [c for c in value if c.isalpha()]
    vowels = sum(c in _VOWELS for c in letters)
    if 2 * vowels >= len(letters):
        why = "half or more (_digits_scattered asks fewer)"
    elif len(_DIGIT_RUN.findall(value)) < 3:
        why = "fewer than 3 digit runs (_digits_scattered)"
    else:
        why = "letter runs over 4 on average (_digits_scattered)"
    return f"_reads_random: over a third vowels, {why}; letters as spelled (_surprising_letters)"


def rejected(alphabet: str, length: int, seed: int, with_digit: bool, test: Callable[[str], bool]) -> tuple[list[str], int]:
    """(the draws ``test`` turns away, how many were measured)."""
    drawn = _draws(alphabet, length, seed)
    if with_digit:
        drawn = _with_digit(drawn)
    return [t for t in drawn if not test(t)], len(drawn)


@pytest.mark.parametrize("length", LENGTHS)
@pytest.mark.parametrize(
    "measure", range(len(MEASURES)), ids=["reads-lower36", "token-and-reads-lower36", "reads-lower26"]
)
def test_random_lower_tokens_read_as_random(measure: int, length: int) -> None:
    _, alphabet, seed, with_digit, test = MEASURES[measure]
    turned_away, total = rejected(alphabet, length, seed, with_digit, test)
    rate = len(turned_away) / total
    assert rate <= BOUND[length], f"{rate:.3%} of {total} turned away at {length}, e.g. {turned_away[:3]}"


# Lower-case names of 16 to 40 characters, letters and digits alone, spelled as words joined with
# numbers: an Azure storage account's or registry's name (3 to 24 lower-case letters and digits, no
# separator), a cluster's, a database's, an image's, a channel's.  Each stays after "agora:" (rule
# provider-label-token, where a random [a-z0-9] token is taken), before issue #17's change as after it.
KEPT = [
    "acmeprodstorage001",
    "sightlinelogs2024westeurope",
    "contosoregistry2024",
    "ordersproduction2024",
    "webserver01production",
    "kafkaconsumergroup07",
    "redis7cluster0001replica",
    "elasticsearch8datanode3",
    "ubuntu2204jammyimage",
    "release20240501hotfix",
    "marketingteam2024",
    "johnsmith1987backup",
    "shard56shard99batch64index",
    "customerportal2fa",
    "grafanadashboard42",
    "invoicegenerator2023",
    "mongodb6replicaset",
    "useast1production",
    "europewest4cluster",
    "postgres14primary",
    "sessionstore2024",
    "notificationservice3",
    "applicationinsights01",
    "checkoutservice2024v2",
    "storageaccount4logs",
    "backupvault2024daily",
    "eventhubnamespace01",
    "functionapp2024orders",
    "keyvault2024secrets",
    "containerappenv01",
]


@pytest.mark.parametrize("name", KEPT)
def test_lower_case_names_stay(name: str) -> None:
    assert 16 <= len(name) <= 40
    assert name in REDACTOR.redact_text(f"agora: {name}")
    assert name in REDACTOR.redact_text(f'{{"datadog": "{name}"}}')


# Drawn [a-z0-9] keys (uniform, the seeds' own draws), six of them turned away before issue #17's
# change, in rules' contexts: provider-label-token (the labeled corpus' agora item, after its
# provider's name), provider-name-assignment (a provider's name as the key), named-key's value.
REDACTED = [
    pytest.param("agora: wnyoobyev9blajeva5uibakabr34xop7", "wnyoobyev9blajeva5uibakabr34xop7"),
    pytest.param(
        "2024-05-16T09:14:03Z ERROR upstream call failed: agora: wnyoobyev9blajeva5uibakabr34xop7 (attempt 5)",
        "wnyoobyev9blajeva5uibakabr34xop7",
    ),
    pytest.param('{"datadog": "mqfg33sfiweucfixeocuoswue7hw1kkq"}', "mqfg33sfiweucfixeocuoswue7hw1kkq"),
    pytest.param('{"sendgrid": "wi1zefgriquuie41baoyvb5wh3znhofg"}', "wi1zefgriquuie41baoyvb5wh3znhofg"),
    pytest.param("bitfinex: c2nuubabittacnvuf0pa", "c2nuubabittacnvuf0pa"),
    pytest.param("locationiq: gtayqrhe2waj5zcydnya", "gtayqrhe2waj5zcydnya"),
    # taken before the change too (rules secret-assignment and provider-name-near-credential)
    ("ZEROTIER_KEY=iz7vkuao9ney5vs6yiwzsciobyaxbpuz", "iz7vkuao9ney5vs6yiwzsciobyaxbpuz"),
    ("rotating agora credentials, new value 556ezvyu0ts42apeqe8dicag", "556ezvyu0ts42apeqe8dicag"),
]


@pytest.mark.parametrize(("text", "secret"), REDACTED)
def test_random_lower_keys_redacted(text: str, secret: str) -> None:
    assert secret not in REDACTOR.redact_text(text)


def main() -> None:
    for name, alphabet, seed, with_digit, test in MEASURES:
        print(f"{name} (seed {seed}):")
        for length in LENGTHS:
            turned_away, total = rejected(alphabet, length, seed, with_digit, test)
            causes = Counter(cause(t, test is _token_reads_random) for t in turned_away).most_common()
            print(f"  {length}: {len(turned_away) / total:.3%} of {total}, e.g. {turned_away[:2]}")
            for why, n in causes:
                print(f"      {n / total:.3%}  {why}")


if __name__ == "__main__":
    main()
