"""What every held-out round from the fourth on must hold: its generator, its carriers, its floor, its lookalikes.

Each round's own module (``test_heldout_roundN.py``) keeps the cases of the rules written from
its misses; the recall figures themselves are printed by ``python -m tests.unit.redact.heldout_roundN``.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from types import ModuleType

import pytest

from pipeline.redact import Redactor
from tests.unit.redact import (
    heldout_round4,
    heldout_round5,
    heldout_round6,
    heldout_round7,
    heldout_round8,
    innocents_round4,
    innocents_round5,
    innocents_round6,
    innocents_round7,
    innocents_round8,
)
from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.public_formats import generate
from tests.unit.redact.quality import assert_lookalikes_untouched, assert_recall_floor

REDACTOR = Redactor()
TRUFFLEHOG = "trufflesecurity/trufflehog:pkg/detectors/"
NEAR_FORMS = {"form/bare": 0.95, "form/keyed": 0.97, "form/text": 0.93}


@dataclass(frozen=True)
class Round:
    """One held-out round: its modules, the seed its figure is taken at and the in-sample floors it must keep."""

    name: str
    held: ModuleType
    innocents: ModuleType
    seed: int
    min_families: int
    floor: float
    floors: dict[str, float] = field(default_factory=dict)
    lookalikes: int = 600
    source_prefix: str = ""  # every family's source path starts with this


ROUNDS = (
    Round(
        "round4",
        heldout_round4,
        innocents_round4,
        47,
        60,
        0.94,
        {"source/kingfisher": 0.9, "source/gitguardian": 0.9, "source/bearer": 0.9},
        lookalikes=300,
    ),
    Round(
        "round5",
        heldout_round5,
        innocents_round5,
        59,
        100,
        0.95,
        NEAR_FORMS,
        source_prefix=TRUFFLEHOG,
    ),
    Round(
        "round6",
        heldout_round6,
        innocents_round6,
        67,
        40,
        0.95,
        NEAR_FORMS,
        source_prefix=TRUFFLEHOG,
    ),
    Round(
        "round7",
        heldout_round7,
        innocents_round7,
        67,
        40,
        0.89,
        {"form/bare": 0.95, "form/keyed": 0.9, "form/text": 0.86},
        source_prefix=TRUFFLEHOG,
    ),
    Round(
        "round8",
        heldout_round8,
        innocents_round8,
        67,
        50,
        0.85,
        {"form/bare": 0.5, "form/keyed": 0.95, "form/text": 0.75},
        source_prefix=TRUFFLEHOG,
    ),
)
FAMILIES = [(r, f) for r in ROUNDS for f in r.held.FAMILIES]


@pytest.mark.parametrize(
    ("rnd", "family"), FAMILIES, ids=[f"{r.name}/{f.source}/{f.id}" for r, f in FAMILIES]
)
def test_generator_writes_its_format(rnd: Round, family: HeldFamily) -> None:
    for i in range(5):
        value = generate(family.pattern, random.Random(i))
        assert re.fullmatch(family.pattern, value), (family.id, value)
    assert rnd.held.SOURCE_PATHS[f"{family.source}/{family.id}"].startswith(rnd.source_prefix)


@pytest.mark.parametrize("rnd", ROUNDS, ids=lambda r: r.name)
def test_every_sample_carries_its_secret(rnd: Round) -> None:
    seen = set()
    for fam, sample in rnd.held.samples(3, 7):
        carrier = sample.text if sample.text is not None else repr(sample.record)
        assert sample.secret in carrier, fam.id
        assert not re.search(r"\{(?:v|u|name|p|P)\}", carrier), fam.id
        seen.add((fam.source, fam.id))
    assert len(seen) == len(rnd.held.FAMILIES) >= rnd.min_families


@pytest.mark.parametrize("rnd", ROUNDS, ids=lambda r: r.name)
def test_recall_floor_in_sample(rnd: Round) -> None:
    """A regression guard, not a held-out figure: the rules were written from these misses (see each module)."""
    assert_recall_floor(
        rnd.held.run(seed=rnd.seed, per_family=7, redactor=REDACTOR), rnd.floor, rnd.floors
    )


@pytest.mark.parametrize("rnd", ROUNDS, ids=lambda r: r.name)
def test_lookalikes_are_untouched(rnd: Round) -> None:
    assert_lookalikes_untouched(REDACTOR, rnd.innocents.lookalikes(count=rnd.lookalikes))


def test_round8_read_twenty_eight_detector_files() -> None:
    assert len(set(heldout_round8.SOURCE_PATHS.values())) == 28
    assert len(heldout_round8.KNOWN) + len(heldout_round8.NEW) == len(heldout_round8.FAMILIES)
