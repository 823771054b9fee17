"""What every held-out round from the second on must hold: its generator, its carriers, its floor, its lookalikes.

Every round is one :class:`Round` in :data:`ROUNDS`, and the checks each round shares are tests
parametrised over them: what it read, its generator and carriers, its in-sample floor, its
lookalikes; and the hand-made cases of the rules written from its misses, one table of secrets
(:data:`REDACTED`: each must be gone) and one of lookalikes (:data:`KEPT`: each left as it is),
keyed by round.  Checks that belong to one round alone (keyword lists, records) follow them,
and ``test_heldout_roundN.py`` keeps the rest of rounds 2-7's.  The recall figures themselves are
printed by ``python -m tests.unit.redact.heldout_roundN``.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from types import ModuleType

import pytest

from pipeline.redact import Redactor, load_library
from pipeline.redact.validators import near_provider_words, weak_provider_words
from tests.unit.redact import (
    heldout_round2,
    heldout_round3,
    heldout_round4,
    heldout_round5,
    heldout_round6,
    heldout_round7,
    heldout_round8,
    heldout_round9,
    heldout_round10,
    heldout_round11,
    heldout_round12,
    heldout_round13,
    heldout_round14,
    heldout_round15,
    heldout_round16,
    heldout_round17,
    heldout_round18,
    heldout_round19,
    heldout_round20,
    heldout_round21,
    heldout_round22,
    heldout_round23,
    heldout_round24,
    heldout_round25,
    heldout_round26,
    heldout_round27,
    heldout_round28,
    heldout_round29,
    heldout_round30,
    heldout_round31,
    heldout_round32,
    heldout_round33,
    heldout_round34,
    heldout_round35,
    heldout_round36,
    heldout_round37,
    heldout_round38,
    heldout_round39,
    heldout_round40,
    heldout_round41,
    heldout_round42,
    heldout_round43,
    heldout_round44,
    heldout_round45,
    heldout_round46,
    heldout_round47,
    heldout_round48,
    heldout_round49,
    heldout_round50,
    heldout_round51,
    heldout_round52,
    heldout_round53,
    heldout_round54,
    heldout_round55,
    heldout_round56,
    heldout_round57,
    heldout_round58,
    heldout_round59,
    heldout_round60,
    heldout_round61,
    heldout_round62,
    heldout_round63,
    heldout_round64,
    heldout_round65,
    heldout_round66,
    innocents_round2,
    innocents_round3,
    innocents_round4,
    innocents_round5,
    innocents_round6,
    innocents_round7,
    innocents_round8,
    innocents_round9,
    innocents_round10,
    innocents_round11,
    innocents_round12,
    innocents_round13,
    innocents_round14,
    innocents_round15,
    innocents_round16,
    innocents_round17,
    innocents_round18,
    innocents_round19,
    innocents_round20,
    innocents_round21,
    innocents_round22,
    innocents_round23,
    innocents_round24,
    innocents_round25,
    innocents_round26,
    innocents_round27,
    innocents_round28,
    innocents_round29,
    innocents_round30,
    innocents_round31,
    innocents_round32,
    innocents_round33,
    innocents_round34,
    innocents_round35,
    innocents_round36,
    innocents_round37,
    innocents_round38,
    innocents_round39,
    innocents_round40,
    innocents_round41,
    innocents_round42,
    innocents_round43,
    innocents_round44,
    innocents_round45,
    innocents_round46,
    innocents_round47,
    innocents_round48,
    innocents_round49,
    innocents_round50,
    innocents_round51,
    innocents_round52,
    innocents_round53,
    innocents_round54,
    innocents_round55,
    innocents_round56,
    innocents_round57,
    innocents_round58,
    innocents_round59,
    innocents_round60,
    innocents_round61,
    innocents_round62,
    innocents_round63,
    innocents_round64,
    innocents_round65,
    innocents_round66,
)
from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.public_formats import generate
from tests.unit.redact.quality import assert_lookalikes_untouched, assert_recall_floor

REDACTOR = Redactor()
TRUFFLEHOG = "trufflesecurity/trufflehog:pkg/detectors/"
SONAR_TEXT = "SonarSource/sonar-text:sonar-text-plugin/src/main/resources/org/sonar/plugins/secrets/configuration/"


def _forms(bare: float, keyed: float, text: float) -> dict[str, float]:
    """Floors of the bare, keyed and text families."""
    return {"form/bare": bare, "form/keyed": keyed, "form/text": text}


def _sources(floor: float, *sources: str) -> dict[str, float]:
    """One floor for each of the round's sources."""
    return {f"source/{s}": floor for s in sources}


NEAR_FORMS = _forms(0.95, 0.97, 0.93)


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
    sources_read: int = 0  # how many source paths (rules, detector files) it read, where its docstring counts them
    files_read: int = 0  # how many files those paths are in, where a file holds several
    known_new: bool = True  # whether it splits its families into KNOWN and NEW providers


ROUNDS = (
    Round("round2", heldout_round2, innocents_round2, 41, 190, 0.98, _sources(0.97, "noseyparker", "github", "microsoft", "brief")),
    Round("round3", heldout_round3, innocents_round3, 43, 34, 0.96, _sources(0.97, "detectsecrets", "secretlint", "kingfisher") | {"source/semgrep": 0.85}, lookalikes=300),
    Round("round4", heldout_round4, innocents_round4, 47, 60, 0.94, {"source/kingfisher": 0.9, "source/gitguardian": 0.9, "source/bearer": 0.9}, lookalikes=300),
    Round("round5", heldout_round5, innocents_round5, 59, 100, 0.95, NEAR_FORMS, source_prefix=TRUFFLEHOG),
    Round("round6", heldout_round6, innocents_round6, 67, 40, 0.95, NEAR_FORMS, source_prefix=TRUFFLEHOG),
    Round("round7", heldout_round7, innocents_round7, 67, 40, 0.89, _forms(0.95, 0.9, 0.86), source_prefix=TRUFFLEHOG, sources_read=20, known_new=False),
    Round("round8", heldout_round8, innocents_round8, 67, 50, 0.93, _forms(0.95, 0.97, 0.86), source_prefix=TRUFFLEHOG, sources_read=28),
    Round("round9", heldout_round9, innocents_round9, 67, 50, 0.91, _forms(0.95, 0.95, 0.85), source_prefix=TRUFFLEHOG, sources_read=26),
    Round("round10", heldout_round10, innocents_round10, 67, 50, 0.97, _forms(0.95, 0.97, 0.95), source_prefix=TRUFFLEHOG, sources_read=26),
    Round("round11", heldout_round11, innocents_round11, 67, 50, 0.99, _forms(0.95, 0.99, 0.98), source_prefix=TRUFFLEHOG, sources_read=26),
    Round("round12", heldout_round12, innocents_round12, 71, 70, 0.98, _forms(0.95, 0.99, 0.98), source_prefix="mazen160/secrets-patterns-db:db/rules-stable.yml #", sources_read=41),
    Round("round13", heldout_round13, innocents_round13, 73, 140, 0.99, _forms(0.98, 0.99, 0.99), source_prefix="aquasecurity/trivy:pkg/fanal/secret/builtin-rules.go #", sources_read=74),
    Round("round14", heldout_round14, innocents_round14, 79, 80, 0.99, _forms(0.98, 0.98, 0.99), source_prefix=SONAR_TEXT, sources_read=52, files_read=30),
    Round("round15", heldout_round15, innocents_round15, 83, 75, 0.98, _forms(0.97, 0.98, 0.99), source_prefix=SONAR_TEXT, sources_read=42, files_read=28),  # of the 29 read: hashicorp.yaml's one rule gave no family (its pattern is a placeholder)
    Round("round16", heldout_round16, innocents_round16, 83, 75, 0.99, _forms(0.98, 0.97, 0.99), source_prefix=SONAR_TEXT, sources_read=47, files_read=29),
    Round("round17", heldout_round17, innocents_round17, 89, 85, 0.99, _forms(0.97, 0.99, 0.99), source_prefix="praetorian-inc/titus:pkg/rule/rules/", sources_read=49, files_read=32),  # of the 33 read: branchio.yml's two rules take Branch's public app key, left out
    Round("round18", heldout_round18, innocents_round18, 97, 85, 0.99, _forms(0.98, 0.98, 0.99), source_prefix="praetorian-inc/titus:pkg/rule/rules/", sources_read=50, files_read=33),
    Round("round19", heldout_round19, innocents_round19, 101, 79, 0.99, _forms(0.97, 0.99, 0.99), source_prefix="praetorian-inc/titus:pkg/rule/rules/", sources_read=44, files_read=32),
    Round("round20", heldout_round20, innocents_round20, 103, 27, 0.99, _forms(0.97, 0.99, 0.99), source_prefix="Skyscanner/whispers:whispers/rules/", sources_read=18, files_read=15),  # of the 24 read: 9 files' rules are ids, names or copies
    Round("round21", heldout_round21, innocents_round21, 107, 22, 0.99, _forms(0.97, 0.99, 0.99), source_prefix="eth0izzle/shhgit:app/rules/", sources_read=12, files_read=12, known_new=False),  # of the 69 read: 53 match a file by its name alone, 4 an id or no value
    Round("round22", heldout_round22, innocents_round22, 109, 77, 0.96, _forms(0.95, 0.99, 0.95), source_prefix="americanexpress/earlybird:config/rules/", sources_read=46, files_read=3),  # of the 91 read: personal data, ids, URLs, comments, cipher calls, default-password words, a duplicate
    Round("round23", heldout_round23, innocents_round23, 113, 66, 0.98, _forms(0.97, 0.97, 0.99), source_prefix="deepfence/SecretScanner:config.yaml", sources_read=36, files_read=1),  # of the 147 read: 102 name a file, 9 an id, no value or a user name
    Round("round24", heldout_round24, innocents_round24, 127, 70, 0.96, _forms(0.92, 0.99, 0.93), source_prefix=TRUFFLEHOG, sources_read=35),
    Round("round25", heldout_round25, innocents_round25, 131, 55, 0.97, _forms(0.99, 0.99, 0.95), source_prefix=TRUFFLEHOG, sources_read=28),
    Round("round26", heldout_round26, innocents_round26, 137, 65, 0.96, _forms(0.99, 0.99, 0.93), source_prefix=TRUFFLEHOG, sources_read=34),
    Round("round27", heldout_round27, innocents_round27, 139, 70, 0.94, _forms(0.73, 0.97, 0.96), source_prefix=TRUFFLEHOG, sources_read=35),
    Round("round28", heldout_round28, innocents_round28, 149, 58, 0.99, _forms(0.92, 0.99, 0.99), source_prefix=TRUFFLEHOG, sources_read=29),
    Round("round29", heldout_round29, innocents_round29, 151, 69, 0.97, _forms(0.87, 0.99, 0.97), source_prefix=TRUFFLEHOG, sources_read=35),
    Round("round30", heldout_round30, innocents_round30, 157, 69, 0.97, _forms(0.99, 0.99, 0.95), source_prefix=TRUFFLEHOG, sources_read=35),
    Round("round31", heldout_round31, innocents_round31, 163, 70, 0.97, _forms(0.99, 0.99, 0.95), source_prefix=TRUFFLEHOG, sources_read=35),
    Round("round32", heldout_round32, innocents_round32, 167, 70, 0.99, _forms(0.99, 0.99, 0.99), source_prefix=TRUFFLEHOG, sources_read=35),
    Round("round33", heldout_round33, innocents_round33, 173, 38, 0.99, _forms(0.98, 0.92, 0.98), source_prefix="leaktk/patterns:patterns/gitleaks/8.27.0/98-general.toml", sources_read=20, files_read=1),  # of the 78 rules: every fourth
    Round("round34", heldout_round34, innocents_round34, 179, 70, 0.99, _forms(0.99, 0.99, 0.98), source_prefix=TRUFFLEHOG, sources_read=35),
    Round("round35", heldout_round35, innocents_round35, 181, 70, 0.97, _forms(0.99, 0.99, 0.95), source_prefix=TRUFFLEHOG, sources_read=35),
    Round("round36", heldout_round36, innocents_round36, 191, 70, 0.98, _forms(0.99, 0.99, 0.96), source_prefix=TRUFFLEHOG, sources_read=35),
    Round("round37", heldout_round37, innocents_round37, 193, 67, 0.99, _forms(0.99, 0.99, 0.99), source_prefix="leaktk/patterns:patterns/gitleaks/8.27.0/98-general.toml", sources_read=35, files_read=1),  # of the 58 rules round 33 passed over: the first 35 kept
    Round("round38", heldout_round38, innocents_round38, 197, 70, 0.98, _forms(0.99, 0.99, 0.97), source_prefix=TRUFFLEHOG, sources_read=35),
    Round("round39", heldout_round39, innocents_round39, 201, 67, 0.98, _forms(0.97, 0.99, 0.97), source_prefix=TRUFFLEHOG, sources_read=34),  # of the 35 read: squareup's is Square's application id, public by design
    Round("round40", heldout_round40, innocents_round40, 211, 44, 0.99, _forms(0.99, 0.99, 0.99), source_prefix="leaktk/patterns:patterns/gitleaks/8.27.0/", sources_read=23, files_read=2),  # 98-general's 14 rules round 37 left and 99-testing's 9 kept (97-flags' one rule takes no secret)
    Round("round41", heldout_round41, innocents_round41, 223, 28, 0.99, _forms(0.99, 0.99, 0.99), source_prefix=TRUFFLEHOG, sources_read=14),  # the 14 s files round 39 left; u, the letter its rule names next, is whole
    Round("round42", heldout_round42, innocents_round42, 227, 70, 0.97, _forms(0.95, 0.99, 0.96), source_prefix=TRUFFLEHOG, sources_read=35),  # the first 35 unread c files (caflou to cloudmersive); 33 c files left
    Round("round43", heldout_round43, innocents_round43, 229, 64, 0.98, _forms(0.97, 0.98, 0.98), source_prefix="semgrep/semgrep-rules:generic/secrets/security/", sources_read=35, files_read=35),  # Semgrep's detected-*.yaml files round 3 read but did not measure, amazon-mws to square-access
    Round("round44", heldout_round44, innocents_round44, 233, 70, 0.98, _forms(0.99, 0.99, 0.97), source_prefix=TRUFFLEHOG, sources_read=35),  # the 33 c files round 42 left (cloudplan to customerguru) and v's vercel and verifier
    Round("round45", heldout_round45, innocents_round45, 239, 66, 0.97, _forms(0.99, 0.99, 0.95), sources_read=34, files_read=34, known_new=False),  # Semgrep's 9 files round 43 left (twilio-api-key gives none) and Kingfisher's apifonica to bulbul
    Round("round46", heldout_round46, innocents_round46, 241, 22, 0.98, {"form/keyed": 0.99, "form/text": 0.98}, source_prefix="mongodb/kingfisher:data/rules/", sources_read=11, files_read=11, known_new=False),  # Kingfisher's caflou to cloudplan, the 11 unread files the index's listing holds
    Round("round47", heldout_round47, innocents_round47, 251, 48, 0.98, _forms(0.99, 0.99, 0.96), source_prefix=TRUFFLEHOG, sources_read=24),  # the 25 detectors trufflehog's default list comments out (generic gives none); the list itself is whole
    Round("round48", heldout_round48, innocents_round48, 257, 73, 0.98, _forms(0.95, 0.99, 0.98), source_prefix="mazen160/secrets-patterns-db:db/rules-stable.yml #", sources_read=40),  # the patterns round 12 passed over, halfway between its picks (20, 60, ..., 1660: 1620 and 1660 give nothing)
    Round("round49", heldout_round49, innocents_round49, 263, 70, 0.97, {"form/keyed": 0.99, "form/text": 0.97}, source_prefix="mongodb/kingfisher:data/rules/", sources_read=35, files_read=35),  # Kingfisher's files past cloudsight found by probing trufflehog's folder names, cloudsmith to diggernaut
    Round("round50", heldout_round50, innocents_round50, 269, 51, 0.98, _forms(0.99, 0.99, 0.97), source_prefix="projectdiscovery/nuclei-templates:file/keys/", sources_read=26),  # nuclei-templates' file/keys, every second path of 92 (14 of the 40 give no family)
    Round("round51", heldout_round51, innocents_round51, 271, 78, 0.96, _forms(0.90, 0.99, 0.97), source_prefix="projectdiscovery/nuclei-templates:file/keys/", sources_read=39),  # nuclei-templates' file/keys, the 46 even positions of round 50's 92 (7 give no family)
    Round("round52", heldout_round52, innocents_round52, 277, 51, 0.98, _forms(0.97, 0.99, 0.98), sources_read=29),  # three small lists: RegHex's gf files, h33tlit's secret-regex-list, DevSkim's secrets rules (its three other files give none)
    Round("round53", heldout_round53, innocents_round53, 281, 70, 0.98, _forms(0.99, 0.99, 0.97), source_prefix="mongodb/kingfisher:data/rules/", sources_read=35, files_read=35),  # Kingfisher's files past diggernaut found by probing trufflehog's folder names, ditto to float
    Round("round54", heldout_round54, innocents_round54, 283, 93, 0.98, _forms(0.99, 0.99, 0.96), source_prefix="mongodb/kingfisher:data/rules/", sources_read=35, files_read=35),  # Kingfisher's files past float found by probing trufflehog's folder names, formbucket to gumroad
    Round("round55", heldout_round55, innocents_round55, 293, 20, 0.99, _forms(0.99, 0.99, 0.99), source_prefix="projectdiscovery/nuclei-templates:file/keys/", sources_read=10),  # nuclei-templates' file/keys past github/, found by probing trufflehog's folder names: 11 templates in six folders (1 gives no family)
    Round("round56", heldout_round56, innocents_round56, 307, 70, 0.98, _forms(0.99, 0.99, 0.96), source_prefix="mongodb/kingfisher:data/rules/", sources_read=35, files_read=35),  # Kingfisher's files past gumroad found by probing trufflehog's folder names, gyazo to jotform
    Round("round57", heldout_round57, innocents_round57, 311, 70, 0.99, {"form/keyed": 0.99, "form/text": 0.98}, source_prefix="mongodb/kingfisher:data/rules/", sources_read=34, files_read=34),  # of the 35 read: kontent.yml's rule takes a project id; Kingfisher's files past jotform found by probing trufflehog's folder names, jumpcloud to mailjetsms
    Round("round58", heldout_round58, innocents_round58, 313, 77, 0.98, _forms(0.99, 0.99, 0.96), source_prefix="mongodb/kingfisher:data/rules/", sources_read=35, files_read=35),  # Kingfisher's files past mailjetsms found by probing trufflehog's folder names, mailmodo to notion
    Round("round59", heldout_round59, innocents_round59, 317, 70, 0.98, _forms(0.99, 0.99, 0.96), source_prefix="mongodb/kingfisher:data/rules/", sources_read=35, files_read=35),  # Kingfisher's files past notion found by probing trufflehog's folder names, nozbeteams to pipedream (paystack.yml, read by round 4, passed over)
    Round("round60", heldout_round60, innocents_round60, 331, 68, 0.98, _forms(0.99, 0.99, 0.96), source_prefix="mongodb/kingfisher:data/rules/", sources_read=35, files_read=35),  # Kingfisher's files past pipedream found by probing trufflehog's folder names, pipedrive to rentman
    Round("round61", heldout_round61, innocents_round61, 337, 70, 0.99, _forms(0.99, 0.99, 0.98), source_prefix="mongodb/kingfisher:data/rules/", sources_read=35, files_read=35),  # Kingfisher's files past rentman found by probing trufflehog's folder names, replicate to sherpadesk
    Round("round62", heldout_round62, innocents_round62, 347, 69, 0.99, _forms(0.99, 0.99, 0.98), source_prefix="mongodb/kingfisher:data/rules/", sources_read=35, files_read=35),  # Kingfisher's files from the first trufflehog folder name in t found by probing, tailscale to uclassify
    Round("round63", heldout_round63, innocents_round63, 349, 79, 0.99, _forms(0.98, 0.99, 0.98), source_prefix="mongodb/kingfisher:data/rules/", sources_read=34, files_read=34),  # Kingfisher's files past sherpadesk found by probing trufflehog's folder names, shipday to stormboard (squareup read, no family)
    Round("round64", heldout_round64, innocents_round64, 353, 69, 0.98, _forms(0.99, 0.99, 0.97), source_prefix="mongodb/kingfisher:data/rules/", sources_read=35, files_read=35),  # Kingfisher's files past uclassify found by probing trufflehog's folder names, unplugg to wistia
    Round("round65", heldout_round65, innocents_round65, 359, 26, 0.99, _forms(0.99, 0.99, 0.98), source_prefix="mongodb/kingfisher:data/rules/", sources_read=12, files_read=12),  # Kingfisher's files past stormboard found by probing trufflehog's folder names, stormglass to swiftype (a short round: 12 files before t)
    Round("round66", heldout_round66, innocents_round66, 367, 41, 0.99, _forms(0.99, 0.99, 0.99), source_prefix="mongodb/kingfisher:data/rules/", sources_read=21, files_read=21),  # Kingfisher's files past wistia found by probing trufflehog's folder names, worksnaps to zonkafeedback (the names ran out at 21)
)
FAMILIES = [(r, f) for r in ROUNDS for f in r.held.FAMILIES]


@pytest.mark.parametrize(
    ("rnd", "family"), FAMILIES, ids=[f"{r.name}/{f.source}/{f.id}" for r, f in FAMILIES]
)
def test_generator_writes_its_format(rnd: Round, family: HeldFamily) -> None:
    for i in range(5):
        value = generate(family.pattern, random.Random(i))
        assert re.fullmatch(family.pattern, value), (family.id, value)
    paths = getattr(rnd.held, "SOURCE_PATHS", None)  # rounds 2 and 3 note none
    if paths is not None:
        assert paths[f"{family.source}/{family.id}"].startswith(rnd.source_prefix)


@pytest.mark.parametrize("rnd", ROUNDS, ids=lambda r: r.name)
def test_every_sample_carries_its_secret(rnd: Round) -> None:
    seen = set()
    for fam, sample in rnd.held.samples(3, 7):
        carrier = sample.text if sample.text is not None else repr(sample.record)
        assert sample.secret in carrier or repr(sample.secret)[1:-1] in carrier, fam.id  # a record's repr escapes '\\'
        assert not re.search(r"\{(?:v|u|name|p|P|hex20|b62_32|b64pub)\}", carrier), fam.id
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


@pytest.mark.parametrize("rnd", [r for r in ROUNDS if r.sources_read], ids=lambda r: r.name)
def test_the_round_read_what_its_docstring_counts(rnd: Round) -> None:
    paths = set(rnd.held.SOURCE_PATHS.values())
    assert len(paths) == rnd.sources_read
    if rnd.files_read:
        assert len({p.rsplit("/", 1)[1].split(" #")[0] for p in paths}) == rnd.files_read
    if rnd.known_new:
        assert len(rnd.held.KNOWN) + len(rnd.held.NEW) == len(rnd.held.FAMILIES)


# a Django key of its generator's alphabet ('&' and '#' in it), a legacy FCM key's 11 and its body
# (written by hand for these tests; random-looking filler, not taken from any generator)
_DJANGO_KEY = "k7#q2&m9x!w4(z8)e3^r6=t1+y5-u0_i9@o2$p7%a4*s8d3f6g"
_FCM_HEAD = "dK3mQ9xZ2rT"
_FCM_BODY = ("Zq8_xW3-vB6nM1kLp4Rt" * 7)[:134]

# a JFrog access token: its fixed header, then base64url parts (the format; random-looking filler)
_JFROG_ACCESS_TOKEN = (
    "eyJ2ZXIiOiIyIiwidHlwIjoiSldUIiwiYWxnIjoiUlMyNTYiLCJraWQiOiJ"
    + "Q7wX2pLm9Zr" * 4
    + "."
    + "aB3dE5fG7hJ9" * 10
    + "."
    + "kL2mN4pQ6rS8" * 10
)

# round 36's secrets, in the formats heldout_round36 describes (random filler drawn once for these
# tests, not generated by that module nor taken from the source's examples)
_R36_REFRESH = (
    "0.AvJXpL8_KQiCLx1nycOpbXJU566A5VEa1sxAoRzhlU6ZxqEK2rEEL_fhL16EY.Ag3Vj8UPrkIlj-0_zK34pvEIdNAWCJighUnkVPihY1I4l"
    "fDRDvcVHVzo9kXElLd2L6uJO4B0iSHtBOp9_mn4Xi2Bhh_PsXsajO9T8_G-9pw3cDzdvtjdFaIVf753Pgs6wrjeK-R-EB1l322NFt5v8UvUODO"
    "-pv9T4otXaY0b0ZWFMrUs7xLs7-bjj7ymoQb3ee9VKKhDlZUSvLLtAiO1CbB1sfJpSoGhz-cF2dKN0Fpl_t6MVm_jMmSNJzJaLIYlMDQNFkcJ_L"
    "VWQ54NwhNh0QHft93MT4uMb6NY"
)
_R36_APIM = "git&171634512307&GYBesxayQDcMfLsZyM6kwmLyDfBx/ttOQtnZckZnuTLu4W2IQkwLQeql/EIJq9XKLxaGvNpZtmSTHyZR9JYlD3=="
_R36_SESSION = (
    "IQoJb3JpZ2luX2VjQQDA7f4c07HGHNYb0ArYeGzo3v60PkCDXHJTAju5B8OaqABiX8Sl25kJjXJajkLtQa2zZvposv0ywOa9N6S/x8zxbSR2m"
    "spQ3qvFdid8DdkVzllckxsOjKcnpYHglq266ZssGUJ4uB7mkALwIgmPkRudzieucfKFH8cr1pD5cF//c8bIFTSjXbas5nSFruTCv/2sUryZgQXA"
    "pQ91bOmxOKPO10PprZ7UIMAsh+WsKnDWtsYn9M0WyHwSrTLpguV/D1mtwxJWqaDLYlWaTZXBAeQbRPBPd0tRddwu71ZeltiGGWjwov6c9L51wv7P"
    "iJqOehNUFhykaS9ym/qxUjMJ="
)
_R36_SF = "00DwTpUjMF6FmbW!.xTufUxM4AgjPKMj04_byqwmlugV_kza9lBBWixK5ioixSeCohRXUaCbrnseuxo.ovmds4H6bpJGVYG0gM1eTtDRVQ_n9xZx"
_R36_AZKEY = "8ILg8Y6Fh50M6PLIHCRDFNibOVG7pglN04fFDhqK6uHHT97bGWpyIAJxkbDK0khAyTcip1sGcmsya7+Mhx97cJ=="
# round 40's Dropbox token (sl.u. and 136 characters; random filler drawn once for these tests)
_R40_SL_U = (
    "sl.u.bmUmFDhax544dlVhj1oRIn-rwj5Ggk0oip9rnkMVwSPUpAMd9lZHMxb4Osz9Yp-UsZQFlSKdOcLwxuwtAb-70FXAv3fqESNUQ13gEi"
    "ipvSmyZzp5Lj9izVHuaGSVpsUCi1Ealp1X"
)

# base64 of two AWS credentials files (a profile, its key id and its secret; random-looking filler
# written for these tests), with '\n' and '\r\n' line ends
_AWS_B64_LF = (
    "W29wc10KYXdzX2FjY2Vzc19rZXlfaWQgPSBBS0lBUTdYMk00Wks5UjNUNVZXQgphd3Nfc2VjcmV0X2FjY2Vzc19rZXkgPSBoOFhxMkxt"
    "OXZSdDRaazdXYk4zcEM2eUYxZEc1c0owYUUvdUsrb1BpCg=="
)
_AWS_B64_CRLF = (
    "W2RlZmF1bHRdDQphd3NfYWNjZXNzX2tleV9pZD1BS0lBUjJEN1E5WEs0TTZaUDNUQg0KYXdzX3NlY3JldF9hY2Nlc3Nfa2V5PVdxMytacjhM"
    "azJWbjdYcDRUYjlNaDZKYzFGZDVHczBBeS9VZThSb0tpDQo="
)

# round 47's LINE channel token (172 of base64's alphabet; random filler drawn once for these tests)
_R47_LINE = (
    "3R8gWlcdnKIrE8YZYf8HyrJMff1pp4zqwH0dc/sn+vniemyF6/d2ZUO2M06DUK8+OXeSjojiqIsdfB/0AdflrR"
    "924/ZfxaubxAFDEdtLm2Ms+nLxlkTcA8zvaTbxCbFWdpnJ1+ay87mdrq73s1EgsPqh4mW4T6co9BmVYRLu2vby"
)

# The hand-made cases of the rules each round's misses led to: (text, a piece of the secret
# that must be gone) ...
REDACTED: dict[str, list[tuple[str, str]]] = {
    "round6": [
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
    "round7": [
        ("elevenlabs: bb49c2a9a057c64443943da0f896f230", "bb49c2a9a057c64443943da0f896f230"),
        ("Eventbrite client configured: NQBYT43CPE4YL1NR7D1P", "NQBYT43CPE4YL1NR7D1P"),
        ("exchangerates: dr2o3cus1o8rm0l7px6h6wwm8cadxns8", "dr2o3cus1o8rm0l7px6h6wwm8cadxns8"),
        ("Exchangerate client configured: a7crbu3nuqdjkf0fpenrvkjn", "a7crbu3nuqdjkf0fpenrvkjn"),
        (
            "ecostruxureit: AK1FDndCof/Li0WesDGlGcZ5LJccUdI/Wq8n2ViBjAyeq6rHG0mD1ghxLo",
            "AK1FDndCof/Li0WesDGlGcZ5LJccUdI/Wq8n2ViBjAyeq6rHG0mD1ghxLo",
        ),
        (
            "GET https://v6.exchangerate-api.com/v6/x0dt9ya06wv0x7bu0l3j234p/latest/USD",
            "x0dt9ya06wv0x7bu0l3j234p",
        ),
        ("ENVOY_KEY=" + "Qm7Tz2Lw9Xc4Vb8Nk1Rp" * 11, "Qm7Tz2Lw9Xc4Vb8Nk1Rp"),
    ],
    "round8": [
        (
            "curl -u ops@acme.io:6hHVizSQUwF0bAcH4U7Yj06C https://acme.atlassian.net/rest/api/3/dashboard",
            "6hHVizSQUwF0bAcH4U7Yj06C",
        ),
        (
            'JDBC_URL="jdbc:oracle:thin:deploy/!2*yswRX5LhcQN@//ora.acme.internal:1521/ORCL"',
            "!2*yswRX5LhcQN",
        ),
        ("sqlplus -s scott/Tq7wX2pLm9Zr@ORCL @report.sql", "Tq7wX2pLm9Zr"),
        (
            "request failed with nfp_rAERzobU6WkoTjUsRJrzfeP5xq1ET0qgdFho (retrying)",
            "nfp_rAERzobU6WkoTjUsRJrzfeP5xq1ET0qgdFho",
        ),
        (
            "BoomErrnfp_yW74H333Y8_TGh3tJZTMxYGXvbjHC7BFAYpF",
            "nfp_yW74H333Y8_TGh3tJZTMxYGXvbjHC7BFAYpF",
        ),
        (
            '{"msg": "rejected credential NF-G5bU6UBCYZdTFWoSQ1QADgPrVXkW3fpX"}',
            "NF-G5bU6UBCYZdTFWoSQ1QADgPrVXkW3fpX",
        ),
        (
            "BoomErrsecret_LAViTm9z63W1srpaZULdJe8Xek4inaCgqJ9xrEpkQ09",
            "secret_LAViTm9z63W1srpaZULdJe8Xek4inaCgqJ9xrEpkQ09",
        ),
        (
            "retry=secret_68S3K7dtjMkkzmTSNxG3DC9Y48s8ONr3wF19T7Ka6Ex123",
            "secret_68S3K7dtjMkkzmTSNxG3DC9Y48s8ONr3wF19T7Ka6Ex",
        ),
        (
            "JUPITERONE_KEY=8iVakcVLctechlJyIvjL6tUZJlkxGMgJ8yh6XeK5 region=eu-west-1",
            "8iVakcVLctechlJyIvjL6tUZJlkxGMgJ8yh6XeK5",
        ),
        (
            "netsuite: JcFunzJTKEfmKnkFMGlZU0ICBQ6sGk0G43EnDoFGHgLTfns4FNXDm7dnzpjQDN9U",
            "JcFunzJTKEfmKnkFMGlZU0ICBQ6sGk0G43EnDoFGHgLTfns4FNXDm7dnzpjQDN9U",
        ),
        ("nexmo api key MOB9OTWril00chlB", "MOB9OTWril00chlB"),
        # earlier rounds' classes: a token that starts with "-", case flipping read as random
        (
            "vouchery api key -3snx3gnhbfh1i310v4o2pm6by0gtrq75wt3",
            "-3snx3gnhbfh1i310v4o2pm6by0gtrq75wt3",
        ),
        (
            "Vpnapi client configured: BbTqKBzeieeDAwwcaLefexUBI0syHZ1o",
            "BbTqKBzeieeDAwwcaLefexUBI0syHZ1o",
        ),
        ("Nexmo client configured: fCn7BbJO0y-Uqp_m", "fCn7BbJO0y-Uqp_m"),
    ],
    "round9": [
        (
            "request failed with pat-eu1-tILXevrp-P0on-vsYW-10nz-OKQ5R7CnLA6M (retrying)",
            "pat-eu1-tILXevrp-P0on-vsYW-10nz-OKQ5R7CnLA6M",
        ),
        (
            "cache key idx-pat-na1-UfUTNrA9-Wu9Q-Hn1G-12ir-qdMiCPxigtjW evicted",
            "pat-na1-UfUTNrA9-Wu9Q-Hn1G-12ir-qdMiCPxigtjW",
        ),
        ("HUBSPOT_ACCESS_TOKEN=pat-na1-4c7e91b2-a07d-4f15-9e2b-3c1d0a9f8e7b", "4c7e91b2-a07d-4f15"),
        (
            "curl -u PtJrLBUkZs8cagMdnlbyvON6GcGOkhOERxrTB+8O5X7dFqjqU4dVMGTjjJqDk+7x: https://api.hellosign.com/v3/account",
            "PtJrLBUkZs8cagMdnlbyvON6GcGOkhOERxrTB+8O5X7dFqjqU4dVMGTjjJqDk+7x",
        ),
        (
            "curl -u b7stpkh5ac4p3ogf84d3r8ytlfyexmgykbs4my07:X https://docsapi.helpscout.net/v1/collections",
            "b7stpkh5ac4p3ogf84d3r8ytlfyexmgykbs4my07",
        ),
        (
            "curl -u cqk9fVf2i0_j4oYu2ISo: -H 'Accept: application/json' https://acme.hiveage.com/api/network",
            "cqk9fVf2i0_j4oYu2ISo",
        ),
    ],
    "round10": [
        # xAI's key takes "_" and is found glued; OpenAI's marker with short sides and "sk-service-"
        (
            "BoomErrxai-h2Q5p4talYHN10wElrpsapw6SBPCwglBv_U86vva0uLlAaIaKE1SQIFHKcyqHsJ9Jrk9CDBiIv2mJzLi",
            "h2Q5p4talYHN10wElrpsapw6SBPCwglBv_U86vva0uLlAaIaKE1SQIFHKcyqHsJ9Jrk9CDBiIv2mJzLi",
        ),
        (
            "failed with sk-proj-J0Hu_ae58775u9_3yWGDcM8x31p2rLoVq1T3BlbkFJELdNpX0PRxD_ch7ii (retrying)",
            "ELdNpX0PRxD_ch7ii",
        ),
        ("key sk-service-Ab3dEf6hIj9kLm2nOp5qT3BlbkFJQr8sTu1vWx4yZa7b", "Ab3dEf6hIj9kLm2nOp5q"),
        # provider names added to the list (trufflehog keywords)
        ("onfleet: djiua3d776bq2vkoqh3999ax5ss56e6y", "djiua3d776bq2vkoqh3999ax5ss56e6y"),
        (
            "level=debug OVERLOOP_KEY=hUtF7-W0l_Nun4Jc4b9J1cgSwkalEQLVJukdoy4QaDG-ctf9Ez attempt=1",
            "hUtF7-W0l_Nun4Jc4b9J1cgSwkalEQLVJukdoy4QaDG-ctf9Ez",
        ),
        # 12 to 15 characters mixing cases and digits after a provider's name
        ("uclassify api key R3Q0hmm8CexH", "R3Q0hmm8CexH"),
        ("Uclassify client configured: pdsRuonHq2Y5", "pdsRuonHq2Y5"),
        # an everyday word's token that mixes cases and digits
        ("Enigma client configured: dFRwAWuvZR8iJSo1QXg54cuTbExjhJosiETwHADi", "dFRwAWuvZR8iJSo1QXg54cuTbExjhJosiETwHADi"),
        ("eraser api key NjigAz5UAxF97Dr4cUH9", "NjigAz5UAxF97Dr4cUH9"),
        ("jira: XwR43rq2dGTq8l6rNOwUKTyb", "XwR43rq2dGTq8l6rNOwUKTyb"),
        ("export ENIGMA_KEY=cTc9YPcgUCFPBeUjIY5ru46Fh0nbdgx4VMtKTSQ4", "cTc9YPcgUCFPBeUjIY5ru46Fh0nbdgx4VMtKTSQ4"),
        # base64 that starts with "/" or "+" after a provider's name
        (
            "hellosign: /PtJrLBUkZs8cagMdnlbyvON6GcGOkhOERxrTB+8O5X7dFqjqU4dVMGTjjJqDk+7x",
            "PtJrLBUkZs8cagMdnlbyvON6GcGOkhOERxrTB+8O5X7dFqjqU4dVMGTjjJqDk+7x",
        ),
        (
            "hellosign api key +tJrLBUkZs8cagMdnlbyvON6GcGOkhOERxrTB/8O5X7dFqjqU4dVMGTjjJqDk+7x",
            "tJrLBUkZs8cagMdnlbyvON6GcGOkhOERxrTB/8O5X7dFqjqU4dVMGTjjJqDk+7x",
        ),
    ],
    "round11": [
        ("wandb: 0f0ff492bae40e1332e5e851c8dc8510d7502ca7", "0f0ff492bae40e1332e5e851c8dc8510d7502ca7"),
        ("Zonka client configured: oXoFH8uycYhMXa3nveJ4A0D6HwlYULlwY3Ka", "oXoFH8uycYhMXa3nveJ4A0D6HwlYULlwY3Ka"),
        ("zerotier: 6b0moSK7UqJTs2VOju3yE63kWU0JHrNm", "6b0moSK7UqJTs2VOju3yE63kWU0JHrNm"),
        (
            "wiz: k1HX7a66rFu7Fi1MlCsXhLrFZRFXqOREhBAWsRxlX5iiTiu17CVHx6o3WqwDVOo5",
            "k1HX7a66rFu7Fi1MlCsXhLrFZRFXqOREhBAWsRxlX5iiTiu17CVHx6o3WqwDVOo5",
        ),
        ("WIZ_KEY=6vCryHgvETS00TfZrc88Zm15HXubwHrHeBts3aTq8kEQeAWXa14N3LQduzAhcPaE", "6vCryHgvETS00TfZrc88Zm15HX"),
        # the key as the user of -u, whatever the password (Worksnaps: <key>:ignored)
        (
            "curl -u ZAOzvh63RpF5pXBvRqMW6mQTez6ZPnmYwPiYmWJf:ignored https://api.worksnaps.com/api/projects.xml",
            "ZAOzvh63RpF5pXBvRqMW6mQTez6ZPnmYwPiYmWJf",
        ),
        # a key as a segment of the path of a provider's API (ZipCodeAPI)
        (
            "GET https://www.zipcodeapi.com/rest/LOyQFYgJFZHxUsYHaDQI226wXUWQceaQnM50xo8WSIVAIltOkOcDfjIiyhADA0Zm"
            "/distance.json/71601/72959/mile",
            "LOyQFYgJFZHxUsYHaDQI226wXUWQceaQnM50",
        ),
        # a password with !@#$%^ in it after a provider's name (ZipBooks; OneDesk, left by round 10)
        ("zipbooks api key 6cmDYj9OQMx#sab8cL%", "sab8cL"),
        ("Zipbooks client configured: LMTsjyAE1!deb6Qv6D@jqfzV", "deb6Qv6D"),
        ("onedesk: Xq7#tR2!mLp9@Kw4", "mLp9"),
        # random lower-case letters and digits richer in vowels than most; a dashed one is no resource name
        ("Zenserp client configured: eex3mihnefeomsp95r4lxw1ittox9cu3tepd", "mihnefeomsp95"),
        ("Weatherstack client configured: 6p9oimlpee6oirerxxbra38oadqht3jk", "oirerxxbra38"),
        ("Zenserp client configured: ymnsunhy-kwiqxxztk9q39odm300nx-tpry8", "kwiqxxztk9q39"),
    ],
    "round12": [
        # prefixed tokens: Midise, Square's sq0 + three letters, reCAPTCHA keys, Facebook's EAACEdEose0cBA glued
        ("retry=midi-662b69edd2O7EEZD9ZOtux4BMINNLwIMpc39SHVgO4UAe6fzm2eJXgwwCMWZVTnt123", "O7EEZD9ZOtux4BMINN"),
        ("rejected credential sq0yyo-0zEA1GFPuWgQ4B05kSHEUconSbzxbLIJq2EtmAjniOAU", "0zEA1GFPuWgQ4B05kSHE"),
        ("BoomErrsq0lmy-ZfpTPhegs9D0Npk_2HxU-Ot8fIb5ewnX9M2nuWSfHTqBsZAG", "ZfpTPhegs9D0Npk"),
        ('detail="using 6LrLeykeFChqrwax5ElpqAacxhL2BhvNz13sd70y"', "6LrLeykeFChqrwax5Elpq"),
        ("idx-EAACEdEose0cBAVdChlZOOwJ5dV4UA3mI6uKughQf4pgiwV40DpF4BPorPd95 evicted", "VdChlZOOwJ5dV4UA3mI6"),
        # Asana's PAT with more than one digit before the slash
        ("asana: 99/1079262182605594:Amvk1h0ASGpbermWY6Z8eSWvYJiRcAUj", "Amvk1h0ASGpbermWY6Z8"),
        # a password right after the word in a sentence
        ("admin password set to VjUbTMcC4riefMtM", "VjUbTMcC4riefMtM"),
        ("admin user created with password 9Fi*#Bs8A0O%VWgAN", "9Fi*#Bs8A0O%VWgAN"),
        ("login for ops failed, password zlQ-j+URfKMLL2w!tXJLb rejected", "zlQ-j+URfKMLL2w!tXJLb"),
        # a key that starts with the credential word and ends with whose it is
        ("export TOKEN_API=C9V4GJ9GMB", "C9V4GJ9GMB"),
        ("TOKEN_CI=QKQ3GJA-PR make deploy", "QKQ3GJA-PR"),
        # weak names: a mixed random token, or the name's own shape
        ("twitter: 2phh4Unj3nasQKkDCwWnmlkH6LXRAKQVjbW4J7Y7zbULiFgNRO9H", "2phh4Unj3nasQKkDCwWn"),
        ("Npm client configured: XO1Bzm0G-TiFY-NQ3v-6M6d-oZV2ERd7YSbc", "oZV2ERd7YSbc"),
        ("swell: ad3iLpXDbCFrJHJTK2Re0lpaMO8x0ifg", "ad3iLpXDbCFrJHJTK2Re"),
        ("guardian: j74yohmy-0xah-5thm-aj4n-g3hs8kiqq6zk", "g3hs8kiqq6zk"),
        ("facebook: e47238c31bcb98fa1e073496fc4e5390", "e47238c31bcb98fa1e073496fc4e5390"),
        # a token after a provider's name that starts with "_"
        ("convertkit: _QAKyNrvONkpG_gothE79f", "QAKyNrvONkpG"),
        # round 12's session: leftovers of earlier rounds
        # hex or lower-case letters and digits of 32+ under <name>_KEY for a provider the list lacks
        ("QUORVEX_KEY=3f2a9c0d4b5e6f708192a3b4c5d6e7f8", "3f2a9c0d4b5e6f708192a3b4c5d6e7f8"),
        ('{"quorvexKey": "q7k2m9x4v1z8c3b6n5t0w2r7y4p1s8d3"}', "q7k2m9x4v1z8c3b6n5t0w2r7y4p1s8d3"),
        ("exec: /app/bin/worker --quorvex-key 6B0F8E2A9C4D1F3E5A7B9C0D2E4F6A8B --verbose", "6B0F8E2A9C4D1F3E5A7B9C0D2E4F6A8B"),
        # a password of 8 to 11 characters with !@#$%^ in it after a provider's name (ZipBooks')
        ("zipbooks api key 1PY@gffdy9E", "1PY@gffdy9E"),
        ("Zipbooks client configured: Kq7#mZ2pLx", "Kq7#mZ2pLx"),
    ],
    "round13": [
        # trivy's operators: ||: and <= between a secret-sounding key and a quoted value
        ("twitch_key ||: 'kA6OWCVkO2mD8eHjhkDbCBRsurMIU2'", "kA6OWCVkO2mD8eHjhkDbCBRsurMIU2"),
        ('linear-client-secret <= "4c192c9d9aa5bafe265d2da1aa8edae9"', "4c192c9d9aa5bafe265d2da1aa8edae9"),
        # a tool's config command: the key and the value as two words
        ("aws configure set aws_secret_access_key j2yhbFMhC==pSEcIhRFMCaCk85NZbkdRICziIf/m", "j2yhbFMhC==pSEcIhRFMC"),
        ("npm config set --global _authToken npm_Xq7mK2pLw9Rz4TbN8vYc3Hd6Jf1Gs5Ae0UoI", "Xq7mK2pLw9Rz4TbN8vYc"),
        ('redis-cli CONFIG SET requirepass "nlI5Jf0vZJVgBEYv"', "nlI5Jf0vZJVgBEYv"),
        # Hugging Face with digits, 34 to 40; Databricks with trivy's a-h
        ("request failed with hf_NSP8Ml71tAiLvxZ3lb7d6atntrQe7EJ3aRU (retrying)", "NSP8Ml71tAiLvxZ3lb7d6"),
        ("request failed with dapi9876f2h6bd4009dhb42379a5g11cc14h (retrying)", "9876f2h6bd4009dhb4237"),
        # Private Packagist's tokens, and a Kubernetes image-pull secret's value
        ("rejected credential packagist_uut_CDb20Cc7C4a2F98e35728c4cD6bB4bCE04EFBCEc717bbb87F5Dd3eD12bfaBE190dBC", "CDb20Cc7C4a2F98e3572"),
        ("  .dockerconfigjson: ewEWxzDBr+9SZ2QqWCRUkoVG7jdmHj9RtSxp6vTE8/5ICTvHE4kgZd7evE0gq97X", "ewEWxzDBr+9SZ2QqWCRU"),
        (".dockercfg: |\n  ew+QFHaN8Gr51Dr0E60oRr+X5rSA8OI5/9wKs75ycig7d5OdSugyCGNAev", "QFHaN8Gr51Dr0E60oRr"),
    ],
    "round14": [
        # prefixes with no rule before: Zuplo, RapidAPI's msh/p/jsn, Shopify Partners, shpua_
        ("request failed with zpka_4651ed5979dbf031f72d54b3db78bdf1_f82bd9f4 (retrying)", "4651ed5979dbf031f72d"),
        ("idx-6c2bd28bfcmsh3bf3232caecdd4cp5605eajsnc1a779156a3a evicted", "3bf3232caecdd4c"),
        ('{"msg": "rejected credential atkn_46c44913ecd73891178242737926eb658fc7ebc0dbaa7bb342a749d17a7d8ef8"}', "46c44913ecd738911782"),
        ("detail=prtapi_5b955d7cd20a08f7c56779cbda3bc41d", "5b955d7cd20a08f7c567"),
        ("bad credential shpua_39238525637a4412e743ec7e8b59fdec", "39238525637a4412e743"),
        # Ubidots beyond BBFF- and 30; OpenAI's sk- with a word before the 48
        ("request failed with BBVY-4c63a6302267559546648a883143f2b9ce8 (retrying)", "4c63a6302267559546648"),
        ("rejected credential BBTE-aihxRV3cTXFkVmEUChnYKRqvxhARXIHIDs6", "aihxRV3cTXFkVmEUChnYK"),
        ("failed with sk-uxmrvqem-L4yScaBTvFG5hFG2j2tJ2opQ8xe5XDVBoz2hfxYi9awHghwB (retrying)", "L4yScaBTvFG5hFG2j2tJ2"),
        # Azure: a Functions key as code=, a lone storage key near its endpoint, a key after a Cognitive Services URL
        (
            "GET https://orders-fn.azurewebsites.net/api/ProcessOrder?code=qipl2TkeVI6InwaYXQvsGKKDxdEH6VzQMlyzz6UIQF701/qlmOgKPV%3D%3D",
            "qipl2TkeVI6InwaYXQvs",
        ),
        (
            'requests.get("https://orders-fn.azurewebsites.net/api/ProcessOrder", params={"code": "UPB24qzK4AKeh0MAf5eRq2n6qIC31c/CwkO+OH+CKPj5bfR8gd42ls=="})',
            "UPB24qzK4AKeh0MAf5eRq",
        ),
        (
            'StorageSharedKeyCredential("acmestore", "9mUP0fxMHLftsDhmg0dKeiMABrj3HNLhWDrMiGB7n4vWUqM9It1fYv/omLQ3TfKFeQMdFX/OVn1HS3XdlS26ZZ==")'
            " for https://acmestore.blob.core.windows.net",
            "9mUP0fxMHLftsDhmg0dK",
        ),
        ("endpoint: https://eastus.api.cognitive.microsoft.com/\nkey: bb108402d9b0806e518b73e091ee7508", "bb108402d9b0806e518b"),
        # MySQL's password quoted with its option, blanks and all
        ('mysql -h db -u admin "-pk(.nZ*DycMUN. p!;7" shop', "DycMUN. p!;7"),
        # a long option quoted with its value as one word: all of the value goes, not only up to a blank
        # a long option quoted with its value as one word: all of the value goes, not only up to a blank
        ("mysql --user=app '--password=k(.nZ*Dy cMUN. p!;7' -e 'select 1'", "cMUN. p!;7"),
        ('mysqladmin -uroot "--password=ab cd9!x" ping', "cd9!x"),
    ],
    "round15": [
        # prefixes with no rule before, or a rule stricter than the public pattern: Docker Swarm, JFrog's
        # AKCp with _ and -, its identity and access tokens glued, PyPI without the macaroon's prefix
        (
            "request failed with SWMTKN-6-nwjvzozh0qbc22lhdjxrn6y9zdy3gnk8iyon0rknwvhi6w4em3-o020pb65iywyyk7hs5fbh760b (retrying)",
            "nwjvzozh0qbc22lhdjxrn6y9zdy3",
        ),
        ("rejected credential AKCp21eY_auOJq7__i6FymG9aD313sRzbkW5HlrdV0PVDgyRefEOn6qqmJGGp84u3OIHtIDwn", "auOJq7__i6FymG9aD313"),
        ("BoomErrcmVmdGtuOe1G2kTK2tLDVjoka3myIanqYNCbZJNnLobkrdIfuB-bCr0Sp_AJ1XDy", "e1G2kTK2tLDVjoka3myI"),
        (f"cache key idx-{_JFROG_ACCESS_TOKEN} evicted", _JFROG_ACCESS_TOKEN[-40:]),
        (f"rejected credential pypi-{'Zq8_xW3-vB6nM1kL' * 10} (retrying)", "Zq8_xW3-vB6nM1kL"),
        # mailgun's key- and Stripe's prefixes in any case, Stripe's 24 with _, SendGrid's parts of 20+ and 40+,
        # Terraform's 14 with _
        ("rejected credential KEY-ADFC0D0fCaB5FF82C722f04dbe3AdC2e", "ADFC0D0fCaB5FF82C722"),
        ('detail="using rk_LivE_ODPd94Pc2fetwVKLyz67_nhY"', "_nhY"),
        ('detail="using SG.lpnFSBty5cjLMOcCdesc.Pc0p0S7Nh56NuJ1N2LVdXOfjJyNruUhAPzqY7XOEr5i"', "Pc0p0S7Nh56NuJ1N2LVd"),
        # (a guard: the longer token whole, not cut at the 66 of the older form)
        ("failed with SG.6FFLp5vybEuOKAjAt68L.7PL37PswPmJZc0Mmw5FbhNXG-FDFLdIMzQlaNWXwIlEAzWhi4M (retrying)", "EAzWhi4M"),
        ("BoomErr_49BFY_oHVhDua.atlasv1.PB_IBu5BOOT3GhCH8x1DnL8W4Q64MSMM9yz_mSjXJOzo97uJjXunp3AstYM9_21cq9L", "PB_IBu5BOOT3GhCH8x1D"),
        # an Azure SAS sig in base64url, as a form field, a dict or YAML key and an option (Logic Apps)
        ('level=debug msg="config" sig="imRl_y6Hmoucz67Ei5mLh4o5zgYtzn318Nc9Q6Kh8Q8" attempt=1', "imRl_y6Hmoucz67Ei5mL"),
        (
            'curl -G "https://orders-flow.azurewebsites.net:443/api/x/triggers/manual/invoke" -d "sv=1.0" '
            '-d "sig=CoGJQOpfpWpsWg8T38KbxO5Aqm3OJVi8-G1FMJtHtJe"',
            "CoGJQOpfpWpsWg8T38Kb",
        ),
        ("params = {'sp': '/triggers/manual/run', 'sv': '1.0', 'sig': 'oMTCSDx6aGgmkwhlgUcMUOwHNp2l0sjML0r-yszM_1g'}", "oMTCSDx6aGgmkwhlgUcM"),
        ("exec: /app/bin/worker --sig _DToad4OgrrYabnjuqkmgqxInPG-S-v4q_JabD_XAUE --verbose", "DToad4OgrrYabnjuqkmg"),
        # a secret beside the name of what it opens: Google's client secret after its client id, a Bot
        # Framework secret near Direct Line or Web Chat, a Vultr key on the line before VultrApp
        (
            "const client = new google.auth.OAuth2('514233951460-q7tbm2c0x9rkd4hv1nl5s8pw3jy6fazg.apps.googleusercontent.com', "
            "'fV9zbcZXNlIKCWvqGM_xesB1', redirectUri);",
            "fV9zbcZXNlIKCWvqGM_xesB1",
        ),
        ("export directlineKey=BZkkfqMWHAy.AUb94iPR9up623-7V-5hW50aYvMu91vKrcWuLRTXrr7", "AUb94iPR9up623-7V-5hW"),
        (
            "<iframe src='https://europe.webchat.botframework.com/embed/helpdesk-bot?s=VNr3MN7naNt.cfO0lmk0vQE307b7YiuWBhQg7Uman5LwceayWN0YKFe'>",
            "cfO0lmk0vQE307b7YiuW",
        ),
        ('key = "R9Q9XS2DD6CGBT7ADOG2QI15RO12LTOFGBG7"\nVultrApp(key)', "R9Q9XS2DD6CGBT7ADOG2"),
    ],
    "round16": [
        # prefixed tokens with no rule before (Heroku's HRKU- and Riot's RGAPI- with a UUID, sqco_, waka_sec_,
        # django-insecure- glued), a Django key with '&' under SECRET_KEY, a legacy FCM key of any 11 characters,
        # a key in Alchemy's and OpenWeatherMap's URLs, Event Grid's topic key and SAS signature, an STS
        # <SessionToken> longer than 300
        ("2026-12-06T07:00:00Z ERROR request failed with HRKU-3c9e7a1f-52b8-4d06-9f1e-b7a40c2d8e51 (retrying)", "3c9e7a1f-52b8"),
        ("BoomErrRGAPI-8e2f4a6c-1b3d-4f5a-9c7e-2d4b6a8c0e1f", "8e2f4a6c-1b3d"),
        ('detail="using sqco_Jq4vR8mZt2Lw9XkP3bN7cH5yF1dG6sA0eU4iO8pK2jT7rQ9vW3xM5nB1zL6"', "Jq4vR8mZt2Lw9XkP3bN7"),
        ("cache key idx-waka_sec_" + "Hm6NpkY2YELBOVH2gvyl" * 4 + " evicted", "Hm6NpkY2YELBOVH2gvyl"),
        ("cache key idx-django-insecure-" + _DJANGO_KEY + " evicted", _DJANGO_KEY[10:30]),
        ("export SECRET_KEY=" + _DJANGO_KEY, _DJANGO_KEY[5:]),
        ('registerDevice("' + _FCM_HEAD + ":APA91b" + _FCM_BODY + '")', _FCM_HEAD),
        ("web3 provider https://eth-mainnet.alchemyapi.io/v2/ySYYiOMXj25OvKAGhjPfwg4d3bhKR-dU connected", "ySYYiOMXj25OvKAGhjPf"),
        ("GET https://api.openweathermap.org/data/2.5/forecast?lat=52.37&lon=4.89&appid=ec06ac2703e4db5c3aa6487155b4c4d2 200", "ec06ac2703e4db5c3aa6"),
        ('private const string topicKey      = "ALYbqHCkWrXLSXls7EAwdvLdEElMDBxndV9EnZNl8Qw=";', "ALYbqHCkWrXLSXls7EAw"),
        (
            "aeg-sas-token: r=https%3a%2f%2forders-topic.westeurope-1.eventgrid.azure.net%2fapi%2fevents"
            "&e=1%2f1%2f2027+12%3a02%3a52+AM&s=EWa9FBEp8vrjYSnDB6D%2bickgcaCvXZA6mvviS4oSvGS%3d",
            "ickgcaCvXZA6mvviS4oS",
        ),
        ("<Credentials>\n  <SessionToken>" + "IQoJb3JpZ2luX2VjEKL/wEaDGV1LWNl" * 12 + "</SessionToken>\n</Credentials>", "IQoJb3JpZ2luX2VjEKL/"),
        # a base64 secret that starts with '/' is no path (one in 64 do)
        ("aws secret_key=/Qz4kR9vLm2XwT7pNb5Jc8Hf3Gd6Sa1Ye0Ui4Oq8", "Qz4kR9vLm2XwT7pNb5Jc"),
    ],
    "round36": [
        # Entra's refresh token, API Management's repository key, an STS session token and a Salesforce
        # token: their own shapes, bare and glued to a word on either side
        (f"ERROR request to upstream failed with {_R36_REFRESH} (retrying)", _R36_REFRESH[100:160]),
        (f"cache key idx-{_R36_REFRESH} evicted; BoomErr{_R36_REFRESH}", _R36_REFRESH[-60:]),
        (f"ERROR request to upstream failed with {_R36_APIM} (retrying)", _R36_APIM[20:80]),
        (f"git ls-remote https://apim:{_R36_APIM}@acme-apim.scm.azure-api.net --quiet", _R36_APIM[40:100]),
        (f"cache key idx-{_R36_APIM} evicted; BoomErr{_R36_APIM}", _R36_APIM[-40:]),
        (f"upload failed: token={_R36_SESSION}abc retry={_R36_SESSION}123", _R36_SESSION[200:260]),
        (f"cache key idx-{_R36_SF} evicted; BoomErr{_R36_SF}", _R36_SF[20:80]),
        # Azure, AWS, Autodesk, Autopilot and Scaleway named in prose before their tokens
        (f"Azure client configured: {_R36_AZKEY}", _R36_AZKEY[10:60]),
        ("azure: GY7wo1SwWoyEmkZWOsoIPA8qJKs2Nxgx3HxmI4zDRl1b6kSVcoOG", "GY7wo1SwWoyEmkZWOsoIPA8qJKs2Nx"),
        ("azure: ncwy3jw0311dlja0fn8cuh9wu88f3mwvllmg50xnlalq2qoa4aw2", "ncwy3jw0311dlja0fn8cuh9wu88f3m"),
        ("Azure client configured: ce25236b48efd4cea1a1b8793db936c2", "ce25236b48efd4cea1a1b8793db936c2"),
        ("Aws client configured: S36ugUawVlxeFH/ioZxpxVP1yaCT6FYdmYQjI6eZ", "S36ugUawVlxeFH/ioZxpxVP1yaCT6F"),
        ("aws: S36ugUawVlxeFH/ioZxpxVP1yaCT6FYdmYQjI6eZ", "S36ugUawVlxeFH/ioZxpxVP1yaCT6F"),
        ("autodesk: C3ZdPOBUaBBEuIs9", "C3ZdPOBUaBBEuIs9"),
        ("Autodesk client configured: C3ZdPOBUaBBEuIs9", "C3ZdPOBUaBBEuIs9"),
        ("autopilot: ef41fd00a9c3205540204300d3a31c98", "ef41fd00a9c3205540204300d3a31c98"),
        ("Scaleway client configured: 4v0z2idg-lqc0-r1dp-v0am-n4ahpmvecpdz", "4v0z2idg-lqc0-r1dp-v0am-n4ahpmvecpdz"),
    ],
    "round37": [
        # Vault's AppRole SecretID (a UUID) under a key naming Vault or AppRole, and after secret_id
        # where the text before names them
        ("VAULT_SECRET_ID=3f9c1a7e-52b4-4d0e-9a61-c7e2b8d4f015", "3f9c1a7e-52b4-4d0e-9a61-c7e2b8d4f015"),
        ("+ ./deploy --approle-secret-id 8d2e6b1f-0c93-47a5-b8e4-19f6d3a2c7e0 --verbose", "8d2e6b1f-0c93-47a5-b8e4-19f6d3a2c7e0"),
        (
            "vault write auth/approle/login role_id=5b7e2c90-1d4a-4f3b-8e6c-a0d9f2b7c341 secret_id=e41c8a6d-93b2-4f07-a5d1-6c2e9b8f0a73",
            "e41c8a6d-93b2-4f07-a5d1-6c2e9b8f0a73",
        ),
        (
            "curl -s https://vault.internal:8200/v1/auth/approle/login -d '{\"role_id\":\"5b7e2c90-1d4a-4f3b-8e6c-a0d9f2b7c341\",\"secret_id\":\"0c7d2e9a-6b14-4f83-9e5a-d2b8c1f4a067\"}'",
            "0c7d2e9a-6b14-4f83-9e5a-d2b8c1f4a067",
        ),
        ("approle:\n  role_id: 5b7e2c90-1d4a-4f3b-8e6c-a0d9f2b7c341\n  secret_id: 7a1f4c8e-2d69-4b05-8c3e-f9a6d0b2e518", "7a1f4c8e-2d69-4b05-8c3e-f9a6d0b2e518"),
        # an XML element holding its value in CDATA or with attributes in its opening tag
        ("<apiToken><![CDATA[Jq7vR2xWm9Lp4Tz8Kc3N]]></apiToken>", "Jq7vR2xWm9Lp4Tz8Kc3N"),
        ('<password type="plain">h8Xq2Lm9vRt4Zk7W</password>', "h8Xq2Lm9vRt4Zk7W"),
        ("<secret encoding='none' version=\"2\"><![CDATA[W7p-Zq3x.Nm8Kr2L]]></secret>", "W7p-Zq3x.Nm8Kr2L"),
        # a secret's own file (named for it: db.password, cluster.token, app.clientSecret) shown after its name
        ("==> /etc/app/db.password <==\nT9m#xQ2v!Lp7Rz4K", "T9m#xQ2v!Lp7Rz4K"),
        ("$ cat ~/.kube/cluster.token\n3Fh8Kq2LmZx9Rt7V", "3Fh8Kq2LmZx9Rt7V"),
        ("/etc/acme/mail.secret:\n# rotated by ops\nW7p-Zq3x.Nm8Kr2L", "W7p-Zq3x.Nm8Kr2L"),
        ("+ kubectl exec deploy/api -- head -n 1 /var/run/conf/app.clientSecret\nq2W.e8Rt-Y5u1I9oP", "q2W.e8Rt-Y5u1I9oP"),
        # (the review after the round) the command after an escaped line break, as a JSON log holds it, and a
        # value of letters alone: _secret_file_content read the line from the escape's 'n' and, its words regex
        # shadowed by a later one of the same name, took any run of letters for words
        ('{"log":"step 2\\ncat /etc/app/api.token\\nZk3mQ9xLp2Rt7Vb4Nc8Wd1Fg\\n"}', "Zk3mQ9xLp2Rt7Vb4Nc8Wd1Fg"),
        ("$ cat /etc/app/db.password\nkdloedMFGdGlaPzacGj", "kdloedMFGdGlaPzacGj"),
        # base64 of an AWS credentials file (its aws_secret_access_key line), at two of base64's three alignments
        ("credentials: " + _AWS_B64_LF, _AWS_B64_LF),
        ("echo " + _AWS_B64_CRLF + " | base64 -d > ~/.aws/credentials", _AWS_B64_CRLF),
    ],
    "round38": [
        # names kept out of free text before their own tokens in prose: Scrutinizer's 64 lower-case letters and
        # digits, Segment's <43>.<43>, Sentry's 64 hex, Shortcut's hex UUID
        ("Scrutinizer client configured: q7w2e9r4t1y8u3i6o0p5a2s7d4f9g1h8j3k6l0z5x2c7v4b9n1m8q3w6e0r5t2y7", "q7w2e9r4t1y8u3i6o0p5a2s7d4f9g1h8"),
        ("scrutinizer: 3m8n1b6v4c9x2z7l5k0j3h8g6f1d4s9a2p7o5i0u3y8t6r1e4w9q2m7n5b0v3c8x", "3m8n1b6v4c9x2z7l5k0j3h8g6f1d4s9a"),
        ("Segment client configured: Tq3vX8zLm2Nw7Rp4Ks9Yd1Hf6Jb0Gc5Vx2Zt8Qm3Lw7.Rn4Pk9Sd1Yf6Hb0Jc5Gv2Xz8Tm3Qw7Ln4Rp9Kd1", "Tq3vX8zLm2Nw7Rp4Ks9Yd1Hf6Jb0Gc5"),
        ("segment: a8_Kd3Lq7Wm2Xn9Rv4Tz1Yc6Hp0Jb5Gs8Fk3Ld7Qm2Wn9.Xr4Vt1Zy6Cp0Hj5Bg8Sf3Kl7Dq2Mw9Nx4Rv1T", "a8_Kd3Lq7Wm2Xn9Rv4Tz1Yc6Hp0Jb5"),
        ("Sentry client configured: 9c4e1a7f3b8d2c6e0a5f9b3d7c1e4a8f2b6d0c5e9a3f7b1d4c8e2a6f0b5d9c3e", "9c4e1a7f3b8d2c6e0a5f9b3d7c1e4a8f"),
        ("sentry: 2f7b0d5c9a4e8f1b6d3c7a0e5f9b2d6c1a4e8f3b7d0c5a9e2f6b1d4c8a3e7f0b", "2f7b0d5c9a4e8f1b6d3c7a0e5f9b2d6c"),
        ("Shortcut client configured: 7d2f9a4c-1e8b-3f6d-0a5c-9e2b7f4d1a8c", "7d2f9a4c-1e8b-3f6d-0a5c-9e2b7f4d1a8c"),
        ("shortcut: c3a8e1f6-4b9d-2c7e-5f0a-8d3b6e1c9f4a", "c3a8e1f6-4b9d-2c7e-5f0a-8d3b6e1c9f4a"),
        # a provider the list lacked (Signable) named before its token in prose
        ("Signable client configured: Wk4Rz9Tq2Lm7Xv1Nb6Hs3Jd8Fg0Ypc5E", "Wk4Rz9Tq2Lm7Xv1Nb6Hs3Jd8Fg0Ypc5E"),
        ("signable: p8Dn3Kx7Vq1Mz6Lt9Rb2Wc5Hf0Js4Gy8", "p8Dn3Kx7Vq1Mz6Lt9Rb2Wc5Hf0Js4Gy8"),
        # the user_key query parameter (3scale's and SignUpGenius' API key)
        ("GET https://api.signupgenius.com/v2/k/user/profile/?user_key=Hn4Tq8Wz2Lp6Xr0Vm3Kd7Jb1Fs5Yc9Gq", "Hn4Tq8Wz2Lp6Xr0Vm3Kd7Jb1Fs5Yc9Gq"),
        ("GET /products?user_key=3f2a9c0d4b5e6f708192a3b4c5d6e7f8&page=2", "3f2a9c0d4b5e6f708192a3b4c5d6e7f8"),
    ],
    "round39": [
        # Sourcegraph Cody's slk_ and 64 hex: bare, in JSON, glued to a word on either side
        ("ERROR request to upstream failed with slk_7eb0af05d74c21f9d1e45032cc38b8fcbba5b5246048098b520ea916cec7a278 (retrying)", "7eb0af05d74c21f9d1e45032cc38b8fc"),
        ('{"level": "error", "msg": "rejected credential slk_0de49f60f1d423a1479222a208da5f86d93dc879a6e6a140779fab19a23828a5"}', "0de49f60f1d423a1479222a208da5f86"),
        ("cache key idx-slk_0de49f60f1d423a1479222a208da5f86d93dc879a6e6a140779fab19a23828a5 evicted", "d93dc879a6e6a140779fab19a23828a5"),
        # Slack's user token with two numbers (trufflehog's shape) in a log line and in JSON
        ('level=warn msg="auth failed" detail="using xoxp-07935672902-71515691374-3eggKaJPBCMNcUjcjCRJuN63e6DMplK"', "3eggKaJPBCMNcUjcjCRJuN63e6DMplK"),
        ('{"msg": "rejected credential xoxp-2131255477612-3419194092012-dH4Nd5Wt1lNkA9Vt9CMimHwuiq4"}', "dH4Nd5Wt1lNkA9Vt9CMimHwuiq4"),
        # names the providers list lacked (trufflehog's keywords skrapp and speechtext) before their tokens in prose
        ("Skrapp client configured: HwIhnxmzJAlS9XyRfp975ylczfzmAMxEI4xESsxxsQ", "HwIhnxmzJAlS9XyRfp975ylczfzmAMxEI4xESsxxsQ"),
        ("skrapp: 6fmNGWxrYvbLVPY1uyDzcGU7uf5s6nmYVnNGfNglTG", "6fmNGWxrYvbLVPY1uyDzcGU7uf5s6nmYVnNGfNglTG"),
        ("Speechtext client configured: 7dce84730e1acfd9b5c4ed622d0aa5be", "7dce84730e1acfd9b5c4ed622d0aa5be"),
        ("speechtext: 8d8116a463446e9fae8dc0b12afdc8e4", "8d8116a463446e9fae8dc0b12afdc8e4"),
        # Splunk, kept out of free text as a name: a weak name now, before a random mix
        ("Splunk client configured: YxdKpsVDZcNkebF6ss5heD", "YxdKpsVDZcNkebF6ss5heD"),
        ("splunk: KNZb2YwkaSAW0vtlMHy4LV", "KNZb2YwkaSAW0vtlMHy4LV"),
        # a value naming its own key is the docs' placeholder, but not under a password key: a password may
        # be the word itself (review of round 39, as round 38 chose for query values)
        ("password=PASSWORD", "=PASSWORD"),
        ("export DB_PASSWORD=DB_PASSWORD", "=DB_PASSWORD"),
        ('{"msg": "login", "passwd": "PASSWD"}', '"PASSWD"'),
    ],
    "round40": [
        # Dropbox's offline short-lived token: sl.u. before the body (the sl. rule read no '.' after sl.u)
        (f"ERROR request to upstream failed with {_R40_SL_U} (retrying)", _R40_SL_U[:40]),
        (f'dbx = dropbox.Dropbox("{_R40_SL_U}")', _R40_SL_U[:40]),
        (f"curl -X POST https://api.dropboxapi.com/2/files/list_folder --header \"Authorization: Bearer {_R40_SL_U}\"", _R40_SL_U[60:100]),
        # an application's salt under its key (WordPress's AUTH_SALT ... NONCE_SALT, Flask-Security's
        # SECURITY_PASSWORD_SALT): a secret that signs its cookies and nonces
        ("export LOGGED_IN_SALT=kOjSn**@8Q=PHNftotVwOkt", "kOjSn**@8Q=PHNftotVwOkt"),
        ('level=debug msg="config" NONCE_SALT="z+7212OuC64ky^b^PG!GM*e!OWI=hg" attempt=1', "z+7212OuC64ky^b^PG!GM*e!OWI=hg"),
        ('{"AUTH_SALT": "Zq8xW3vB6nM1kLp4Rt7Y", "service": "blog"}', "Zq8xW3vB6nM1kLp4Rt7Y"),
        ("SECURITY_PASSWORD_SALT=Hn4Tq8Wz2Lp6Xr0Vm3Kd", "Hn4Tq8Wz2Lp6Xr0Vm3Kd"),
        ("secure_auth_salt: W7p-Zq3x.Nm8Kr2Lq5Vb", "W7p-Zq3x.Nm8Kr2Lq5Vb"),
    ],
    "round41": [
        # Streak, an everyday word: a weak name now, before its own key's shape (32 hex) or a random mix
        ("Streak client configured: c58c6e5a71fb696eb9d7b057a41010e8", "c58c6e5a71fb696eb9d7b057a41010e8"),
        ("streak: 3b4f12a60931ef79b4d48221b6ed5edb", "3b4f12a60931ef79b4d48221b6ed5edb"),
        ("streak api key Xq7Lm2Vd9Hs3Nc6JbQm4ZtWk8Rp1Yf5G", "Xq7Lm2Vd9Hs3Nc6JbQm4ZtWk8Rp1Yf5G"),
        # a base62 token that happens to hold no digit: letters alone of 24 or more whose case flips often,
        # after a provider's name (a strong one and a weak one) and under a key
        ("surveyanyplace: KbOcQxDSIHCLUrIYVsZFvnHcmcqscrVT", "KbOcQxDSIHCLUrIYVsZFvnHcmcqscrVT"),
        ("Swell client configured: wngVTZZLxEonqTklsYcADePrtLwRQlsw", "wngVTZZLxEonqTklsYcADePrtLwRQlsw"),
        ("Sugester client configured: pQzRkWvLtYbNcXsMhJgFdSaEoPiUyTqR", "pQzRkWvLtYbNcXsMhJgFdSaEoPiUyTqR"),
    ],
    "round42": [
        # everyday words as weak names (Chatbot, Clockwork: random mixes), names kept out of free text now weak
        # names before their keys' own shapes (Canny's UUID with a digits-only fourth group, Cashboard's
        # XXX-XXX-XXX-XXX, Cicero's 40), and a strong name new to the list (Chatfuel)
        ("Chatbot client configured: Rk7qWz2xNb_Lm4Ty9cPv3Hd8sFg6JnQa", "Rk7qWz2xNb_Lm4Ty9cPv3Hd8sFg6JnQa"),
        ("clockwork: Vb3kLq9XmT2wRz7YnP4sHd6J", "Vb3kLq9XmT2wRz7YnP4sHd6J"),
        ("Canny client configured: 7c1e4b9a-2f6d-4a83-5521-9e0b3c7d1f46", "7c1e4b9a-2f6d-4a83-5521-9e0b3c7d1f46"),
        ("cashboard: Q7K-2MX-R9T-4BZ", "Q7K-2MX-R9T-4BZ"),
        ("cicero: m3k8x2q9v7z1c4b6n5t0w2r7y4p1s8d3h6j9f2g5", "m3k8x2q9v7z1c4b6n5t0w2r7y4p1s8d3h6j9f2g5"),
        ("chatfuel: " + "Wq8Zr2Lm6Tx4Vb9Nk3Hs7Yd5Pc1Jf0Ga" * 4, "Wq8Zr2Lm6Tx4Vb9Nk3Hs7Yd5Pc1Jf0Ga"),
        # a secret key's sk_ (and an environment's word) before a UUID: Checkout.com's, after its name (an everyday
        # word, no name here) and after a credential word
        ("Checkout client configured: sk_test_3c46b0f0-9f6c-47b9-a3bf-c29fab44f177", "3c46b0f0-9f6c-47b9-a3bf-c29fab44f177"),
        ("payments api key sk_d7e7d46b-9f9c-4a25-9f84-3df60cf0c339", "d7e7d46b-9f9c-4a25-9f84-3df60cf0c339"),
        # Close's api_ key (a random mix around a '.'): bare, and as curl -u's user (the user may hold '.')
        ("ERROR request to upstream failed with api_osMOmZZsLxa0yLLT1TQE2J.pcqj42TNEYSvtVXc4nC7I9 (retrying)", "osMOmZZsLxa0yLLT1TQE2J"),
        ("curl -u api_yn7w5mT88lr5eO1mP6cNYX.miSHzGmLbe2KRkN1wMLM0s: https://api.close.com/api/v1/me/", "miSHzGmLbe2KRkN1wMLM0s"),
        # a form body's first parameter, before '&' and another parameter (Cex.io's key=)
        ("POST https://cex.io/api/balance/ key=LoKQI68aFV5tMs6e5PJvptHe&signature=9F3A6C1E&nonce=1765080000000", "LoKQI68aFV5tMs6e5PJvptHe"),
    ],
    "round43": [
        # Onfido's regional live token (api_live_us., api_live_ca.): the region before the '.'
        ("rejected credential api_live_us.Rk7_mQ2xLp9.Vd8Hs3Nc6JbQm4Zt1Wk8Rp5Yf2Gx7Lq0", "api_live_us.Rk7_mQ2xLp9"),
        ("detail=\"using api_live_ca.Zt4-Wq8Nm2K.Xq7Lm2Vd9Hs3Nc6JbQm4ZtWk8Rp1Yf5G\"", "Xq7Lm2Vd9Hs3Nc6JbQm4ZtWk8Rp1Yf5G"),
        # Facebook's access tokens: EAA and a letter the app's id gives, then 100 or more letters and
        # digits (EAAB, EAAG, EAAAAZAw4 ...), not only EAAC / EAAM
        ("ERROR request failed with EAAGm0PX4ZCpsBAKvTqW8nZBZCx7Lm2Vd9Hs3Nc6JbQm4ZtWk8Rp1Yf5GqZt4Wq8Nm2KXq7Lm2Vd9Hs3Nc6JbQm4ZtWk8Rp1Yf5GzR3kT8wQ5nL2vX9 (retrying)",
         "EAAGm0PX4ZCpsBAKvTqW8nZBZCx7Lm2Vd9Hs3Nc6"),
        ("idx-EAAAAZAw4Xq7Lm2Vd9Hs3Nc6JbQm4ZtWk8Rp1Yf5GqZt4Wq8Nm2KXq7Lm2Vd9Hs3Nc6JbQm4ZtWk8Rp1Yf5GzQ4Vd8Hs3Nc6JbQm4ZtWk8 evicted",
         "Xq7Lm2Vd9Hs3Nc6JbQm4ZtWk8Rp1Yf5G"),
        # Artifactory's encrypted password: AP, a hex digit, then a random mix of letters and digits
        ("ts=2024-05-01 msg=\"auth failed\" detail=\"using AP6xQ2mLp9Vd8Hs3Nc6JbQm4Zt1Wk8Rp5Yf2Gx7Lq0Tz3Kd9\"",
         "AP6xQ2mLp9Vd8Hs3Nc6JbQm4Zt1Wk8Rp5Yf2Gx7Lq0Tz3Kd9"),
        # a here-string feeds the word after it to a command reading its credential from its input
        ("gh auth login --hostname github.com --with-token <<< 6f028c9e46e1722cf6526ebd3381db3615921318",
         "6f028c9e46e1722cf6526ebd3381db3615921318"),
        ("docker login -u ci --password-stdin <<< 'Zq8xW3vB6nM1kLp4Rt7Y' registry.acme.io", "Zq8xW3vB6nM1kLp4Rt7Y"),
        # an Android string resource named for a credential: its name attribute is the key
        ('<string name="facebook_client_token">38abbd7b96d352ef11efd8213cd4986d</string>', "38abbd7b96d352ef11efd8213cd4986d"),
        ('<string name="stripe_secret_key" translatable="false">Xq7Lm2Vd9Hs3Nc6JbQm4ZtWk8Rp1Yf5G</string>',
         "Xq7Lm2Vd9Hs3Nc6JbQm4ZtWk8Rp1Yf5G"),
    ],
    "round44": [
        # everyday words as weak names (Coda, Collect2, Column, Commodities, Copper, Verifier: random mixes or
        # their keys' own shapes) and names kept out of free text now weak names (Cloze's 32 hex, Confluent's
        # random 64)
        ("Cloze client configured: 4c8e1f2a9b7d3e6f0a1c5b9e2d7f4a36", "4c8e1f2a9b7d3e6f0a1c5b9e2d7f4a36"),
        ("confluent: F5H6QGD2tdwfYCIRdw46FW80uvHxvTZnHeCPlYgSP3XeL1Z8zInTR2guZXNi5186", "F5H6QGD2tdwfYCIRdw46FW80uvHxvTZn"),
        ("coda: 3f9b1c7e-52a4-4d8e-9c06-b1e7a2f48d35", "3f9b1c7e-52a4-4d8e-9c06-b1e7a2f48d35"),
        ("Collect2 client configured: 6e2d9a41-7c3b-4f85-a0d9-2b8e5c1f7a64", "6e2d9a41-7c3b-4f85-a0d9-2b8e5c1f7a64"),
        ("column: live_E1jfVtN0V8RPRSKzmvfoJVXgxB8", "E1jfVtN0V8RPRSKzmvfoJVXgxB8"),
        ("Commodities client configured: eib9Ev5LMQd4SAGAhqJuILFbPfkE5hnx6AWUuXD3RzuTkgzmbaTHdFAxpal9", "eib9Ev5LMQd4SAGAhqJuILFb"),
        ("Copper client configured: pvwfg71s8zjjp1dnyyru8c7d7l38kf32", "pvwfg71s8zjjp1dnyyru8c7d7l38kf32"),
        ("verifier: t9pkxsdv1j88ohk9bymbh2u870fgu0ik3lseufk0fzt3k6nqn1vj6v0mw4gvjqbznm0yyhx3o9z1cj544cw59ltq0sel5mx8",
         "t9pkxsdv1j88ohk9bymbh2u870fgu0ik3lseufk0"),
        # a token of an id, '|' and 40 random letters and digits (Laravel Sanctum's plain-text token, Convier's),
        # after a provider's name and bare
        ("convier: 84|dfhb2XiQwKujz5ufIcjhTebswcjvnkw22Obw29dB", "dfhb2XiQwKujz5ufIcjhTebswcjvnkw22Obw29dB"),
        ("ERROR request to upstream failed with 7|YFWvajbfoy9jilF6sa4fc9w7TPhwoJpoInL4f5sS (retrying)",
         "YFWvajbfoy9jilF6sa4fc9w7TPhwoJpoInL4f5sS"),
    ],
    "round45": [
        # an HTTP header of a provider's own, X-<name>-Key, holds its key (BitcoinAverage's x-ba-key)
        ("curl -H 'x-ba-key: XNJVYPsE9AC6qXdaRgzB5oSZVpp1fAnJC6dL1vswqJF' https://apiv2.bitcoinaverage.com/websocket/v3/get_ticket",
         "XNJVYPsE9AC6qXdaRgzB5oSZVpp1fAnJC6dL1vswqJF"),
        ("X-Zen-Key: 9f3kQ2mLp8Vd7Hs3Nc6JbQm4Zt1Wk8Rp", "9f3kQ2mLp8Vd7Hs3Nc6JbQm4Zt1Wk8Rp"),
        # a key whose last word is bearer holds a bearer token (TWITTER_BEARER)
        ('{"twitter_bearer": "HTgmB51u0wcBBvY1oi4772hOMpfao9eIoY2v3vvL"}', "HTgmB51u0wcBBvY1oi4772hOMpfao9eIoY2v3vvL"),
        ("api_bearer = 'Rk7mQ2xLp9Vd8Hs3Nc6JbQm4Zt1Wk8Rp5Yf2'", "Rk7mQ2xLp9Vd8Hs3Nc6JbQm4Zt1Wk8Rp5Yf2"),
        # a random-reading user of curl -u / --user with no ':' is a key too (Apifonica's verifier)
        ("curl -u 'rh4cznoi1ht-0rhm-5q2v-t4zq-9r7k0jwv7159' https://api.apifonica.com/v2/accounts",
         "rh4cznoi1ht-0rhm-5q2v-t4zq-9r7k0jwv7159"),
        ("curl --user Xk9mQ2pLr7Vd8Hs3Nc6JbQm4 https://api.acme.io/v1/me", "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4"),
        # a credential word glued in capitals to a name before it, as Kingfisher's examples write it
        ("boxTOKEN vVKhtYmkr3uWCCRDBL3zwpAhy7aSYGJg", "vVKhtYmkr3uWCCRDBL3zwpAhy7aSYGJg"),
        ("notify: apimetricsSECRET 4kQ9mW2xR7pL3vN8sT1yB6cZ0dF5gH2j", "4kQ9mW2xR7pL3vN8sT1yB6cZ0dF5gH2j"),
    ],
    "round46": [
        # a credential word in capitals joined to the value by '-', as Kingfisher's examples write it
        # (cliengo-SECRET-<uuid>, cloudplanSECRET-<32>), after a name glued or apart
        ("cliengo-SECRET-8c939068-b41b-6c2b-8cdb-c032fad7697b", "8c939068-b41b-6c2b-8cdb-c032fad7697b"),
        ("cloudplanSECRET-63YS2AFK-B-GRC9TSU0OU3VOSIZCU55I", "63YS2AFK-B-GRC9TSU0OU3VOSIZCU55I"),
        ("loaded acme API-KEY-Xk9mQ2pLr7Vd8Hs3Nc6JbQm4 from vault", "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4"),
    ],
    "round47": [
        # everyday words, engineering words and names kept out of free text as weak names, each with a random
        # mix or its key's own shape (trufflehog's detectors the default list comments out)
        ("Hive client configured: q7cn4u01jhkr5wgy0h2xpk4ztcg9n38b", "q7cn4u01jhkr5wgy0h2xpk4ztcg9n38b"),
        ("ibm: Xq7Lm2Vd9Hs3Nc6JbQm4ZtWk8Rp1Yf5G_aB3dE5fG7hJ", "Xq7Lm2Vd9Hs3Nc6JbQm4ZtWk8Rp1Yf5G_aB3dE5fG7hJ"),
        ("nasdaq: Rk7mQ2xLp9Vd8Hs3Nc6J", "Rk7mQ2xLp9Vd8Hs3Nc6J"),
        ("Line client configured: " + _R47_LINE, _R47_LINE),
        ("Raven client configured: K7Q2M9XR4T1V8W3Z", "K7Q2M9XR4T1V8W3Z"),
        ("getemails: k7q2m9xr4t1v8w3zbn-5hc6dfj", "k7q2m9xr4t1v8w3zbn-5hc6dfj"),
        ("daily: 9bc130a4504606eafb75de50e275aed55e2edd73da7f291bb842ad08d52bcc9c", "9bc130a4504606eafb75de50e275aed5"),
        ("debounce api key qiIRhD95yCzRa", "qiIRhD95yCzRa"),
        ("M3o client configured: Tb4Wn8Lc3Vz6Hp1Jd5Fg0Ys2Ea7Nu4Ko9Bi3Qt6Cw8q7Rk2Mx9", "Tb4Wn8Lc3Vz6Hp1Jd5Fg0Ys2Ea7Nu4Ko9Bi3Qt6Cw8q7Rk2Mx9"),
        ("magnetic: 3f9b1c7e-52a4-4d8e-9c06-b1e7a2f48d35", "3f9b1c7e-52a4-4d8e-9c06-b1e7a2f48d35"),
        ("manifest: Vd8Hs3Nc6JbQm4ZtWk8Rp1Yf5GaB3dE5f", "Vd8Hs3Nc6JbQm4ZtWk8Rp1Yf5GaB3dE5f"),
        ("toggl: pvwfg71s8zjjp1dnyyru8c7d7l38kf32", "pvwfg71s8zjjp1dnyyru8c7d7l38kf32"),
        ("Adobe client configured: ecruf611tqccc0e16v4bk90oxbvdv2kd", "ecruf611tqccc0e16v4bk90oxbvdv2kd"),
        ("apollo: Xk9mQ2pLr7Vd8Hs3Nc6JbQ", "Xk9mQ2pLr7Vd8Hs3Nc6JbQ"),
        # under a key holding the weak name (a short key of its own shape, a UUID)
        ('{"RAVEN_KEY": "K7Q2M9XR4T1V8W3Z", "service": "billing"}', "K7Q2M9XR4T1V8W3Z"),
        ("export MAGNETIC_KEY=3f9b1c7e-52a4-4d8e-9c06-b1e7a2f48d35", "3f9b1c7e-52a4-4d8e-9c06-b1e7a2f48d35"),
    ],
    "round48": [
        # a word, a retired platform's name, a word and a name kept out of free text, as weak names, each with a random
        # mix or its key's own shape (secrets-patterns-db's patterns round 12 passed over)
        ("Abstract client configured: y3nyh0r4i9jc97mx3mv16i121rdabe5m", "y3nyh0r4i9jc97mx3mv16i121rdabe5m"),
        ("hockeyapp: bd30a38abb6f6fde41c7a343c75e68f7", "bd30a38abb6f6fde41c7a343c75e68f7"),
        ("Sonar client configured: 9aa8bb71e84b18ed42f2312141b5ac84dc4b717e", "9aa8bb71e84b18ed42f2312141b5ac84dc4b717e"),
        ("artifactory: " + "PBp9QkyXqveV4V70UX7cMghmS0XTXFjP5EcQqpud" * 2 + "XZVCZb4VTH18v2kko5gfZSxnz2UYqPKD",
         "PBp9QkyXqveV4V70UX7cMghmS0XTXFjP5EcQqpud"),
        # PayPal's REST app secret without its key: E, a capital and 78 base64url characters, a random mix
        ("request to upstream failed with EWFy-yTbRG77-fLgTecpQMGWgmUh4Sp4KCMuLIoKUpq12F7AtZGb8V9IU_crauGGavfM7VMgt-G_QNin (retrying)",
         "EWFy-yTbRG77-fLgTecpQMGWgmUh4Sp4KCMuLIoKUpq12F7AtZGb8V9IU_crauGGavfM7VMgt-G_QNin"),
        # a password after "password for <whom> is", and a credential word written in two parts in a key
        ("password for the signing key is c5YrppzO4YjS", "c5YrppzO4YjS"),
        ("the password for admin was 9Fi*#Bs8A0O%VWg", "9Fi*#Bs8A0O%VWg"),
        ("pass_phrase_key: GlX.GdPYifSP", "GlX.GdPYifSP"),
        ("PASS_WORD=Xk9mQ2pLr7Vd", "Xk9mQ2pLr7Vd"),
    ],
    "round49": [
        # Kingfisher's credential words in capitals (SECRET, PRIVATE, ACCESS, KEY, TOKEN): ACCESS and PRIVATE
        # apart after a lower-case name, ACCESS, PRIVATE and KEY glued to it, after a name ending in a digit too
        ("coinapi ACCESS 7C2E94B1-5D3A-4F86-A0B9-E1C74D28F635", "7C2E94B1-5D3A-4F86-A0B9-E1C74D28F635"),
        ("cryptocompare ACCESS 4e8a1c7f3b9d02e6a5c8f1b7d3e9a0c4f6b2d8e1a7c3f9b5d0e2a6c8f4b1d7e3", "4e8a1c7f3b9d02e6a5c8f1b7"),
        ("currencyscoopACCESS k3x9q2m7v4b8n1p6w0z5r2t8y4c7j9d3", "k3x9q2m7v4b8n1p6w0z5r2t8y4c7j9d3"),
        ("d7networkKEY Qm7Xk2Lp9Rt4Vz8Wc3Nb6H==", "Qm7Xk2Lp9Rt4Vz8Wc3Nb6H"),
        ("currencyfreaksKEY-q8m2x7k4v9p1z6w3r5t0y8c2n4b7j1d5", "q8m2x7k4v9p1z6w3r5t0y8c2n4b7j1d5"),
        ("collect2PRIVATE 9e4b2f71-3c8a-4d65-b0e7-a1f9c3d82b46", "9e4b2f71-3c8a-4d65-b0e7-a1f9c3d82b46"),
        ("collect2TOKEN-5a1d8e3f-7b2c-4e90-a6d4-c3f81b9e2a57", "5a1d8e3f-7b2c-4e90-a6d4-c3f81b9e2a57"),
        (
            "codequiry-PRIVATE-Tq8Wm3Zx7Kd2Lp9Vr4Nc6Hb1Jf5Gs0Ye8Ua3Qi7Ow2Pk9Ml4Xn6Bv1Cz5Dt0Ry8Sh3Fj7Ga2Ek",
            "Tq8Wm3Zx7Kd2Lp9Vr4Nc6Hb1Jf5Gs0Ye8Ua3Qi7Ow2Pk9Ml4Xn6Bv1Cz5Dt0Ry8Sh3Fj7Ga2Ek",
        ),
        ("acmepayPRIVATEKEY Xk9mQ2pLr7Vd8Hs3Nc6JbQm4", "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4"),
    ],
    "round50": [
        # a provider's name in prose before its key's own shape: Discord's 64 hex after the weak name, Dropbox's 15
        # and Airtable's key and 14, shorter than a random token, after strong names (nuclei-templates' file/keys).
        # Not Flickr's 32 hex: round 24 keeps "flickr: <32 hex>" (test_heldout_round24.py KEPT)
        ("Discord client configured: 7c1e9a4f02b86d35e9f1a07c4b28d6e3f5a91c0b7e24d86f3a5c9e1b07d42f68",
         "7c1e9a4f02b86d35e9f1a07c4b28d6e3f5a91c0b7e24d86f3a5c9e1b07d42f68"),
        ("dropbox api key q7m2xk9vb4tn8wz", "q7m2xk9vb4tn8wz"),
        ("Dropbox client configured: h3pz8rk1wq6ym0d", "h3pz8rk1wq6ym0d"),
        ("airtable: key48WxKoqtVBzmhR", "key48WxKoqtVBzmhR"),
    ],
    "round51": [
        # a provider's name in prose before its token: Bitbucket's client secret, a random mix of 64 with '-' and '_',
        # and Etsy's keystring, 24 lower-case letters and digits, after names the free text took for neither
        # (nuclei-templates' file/keys, the even positions); a code after the words backup or recovery code
        ("Bitbucket client configured: dBntaoFtzczgq8jsaXACdmZjjkawmjYw16JDWvVrRpbXarxi3RamWKdPAyQsqbJt",
         "dBntaoFtzczgq8jsaXACdmZjjkawmjYw16JDWvVrRpbXarxi3RamWKdPAyQsqbJt"),
        ("bitbucket: 29oEidAOF9hSe6WpFRqVeC3k4CbdYrMFP0d5qd-Y75bq-Jbc2tMP_KyfL0mgmBhL",
         "29oEidAOF9hSe6WpFRqVeC3k4CbdYrMFP0d5qd-Y75bq-Jbc2tMP_KyfL0mgmBhL"),
        ("Etsy client configured: pjoabgg243hygqllcc1ve27t", "pjoabgg243hygqllcc1ve27t"),
        ("etsy: mzx3nlust0nhjo63h5q81qxv", "mzx3nlust0nhjo63h5q81qxv"),
        ("Discord backup codes (each can be used once): op3e-lwe7", "op3e-lwe7"),
        ("backup code x9ve-j1pt used to sign in to discord", "x9ve-j1pt"),
        ("GitHub recovery code fada0-2fbc8 used for a 2FA sign-in", "fada0-2fbc8"),
        ("github-recovery-codes.txt: a5042-4806d", "a5042-4806d"),
    ],
    "round53": [
        # Kingfisher's KEY in capitals apart after a lower-case name, as ACCESS and PRIVATE were (round 49), and the
        # three after a name and '_' ('fileio_ACCESS-<v>'): across providers, the token read as random as before
        ("fixer KEY 7e2b9c4f1a0d8e3b6c5f2a9d0e1b4c7f", "7e2b9c4f1a0d8e3b6c5f2a9d0e1b4c7f"),
        ("flickr KEY 3c8f1a7e0b9d2c4f6a5e8b1d7c0f3a9e", "3c8f1a7e0b9d2c4f6a5e8b1d7c0f3a9e"),
        ("flat KEY 9e1b4c7f7e2b9c4f1a0d8e3b6c5f2a9d0e1b4c7f7e2b9c4f1a0d8e3b6c5f2a9d",
         "9e1b4c7f7e2b9c4f1a0d8e3b6c5f2a9d0e1b4c7f7e2b9c4f1a0d8e3b6c5f2a9d"),
        ("acmeledger KEY q7m2xk9vb4tn8wzr3cy6hd1j", "q7m2xk9vb4tn8wzr3cy6hd1j"),
        ("ditto KEY 3f2a9c0d-4b5e-4f70-a192-b3b4c5d6e7f8.4e8a1c7f3b9d02e6a5c8f1b7d3e9a0c4f6b2d8e1",
         "3f2a9c0d-4b5e-4f70-a192-b3b4c5d6e7f8.4e8a1c7f3b9d02e6a5c8f1b7d3e9a0c4f6b2d8e1"),
        ("convertapi-KEY-Xk9mQ2pLr7Vd8Hs3Nc6J", "Xk9mQ2pLr7Vd8Hs3Nc6J"),
        ("fileio_ACCESS-K7QZ2M9.X4VBT8N-W3RCY6H-D1JPL5F-S0GX2QA", "K7QZ2M9.X4VBT8N-W3RCY6H-D1JPL5F-S0GX2QA"),
        ("acmepay_PRIVATE-Xk9mQ2pLr7Vd8Hs3Nc6JbQm4", "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4"),
        ("fixer_KEY 549c513eb393ff487dbfc271e28d2436", "549c513eb393ff487dbfc271e28d2436"),
        ("float_ACCESS 7410885738abcdefAABBCCDDEEFFGGHH", "7410885738abcdefAABBCCDDEEFFGGHH"),
    ],
    "round52": [
        # a credential word, then a quoted token in prose (RegHex's Facebook secret after "fb"); a key named by its use
        # (hmac, signing, encryption, master) before a token (DevSkim's DS117838); a random key as a client
        # constructor's first argument (DevSkim's DS173237, quoted hex in code)
        ("fb app secret 'c4e81a07b92d3f56e0a7c1b84d29f63e'", "c4e81a07b92d3f56e0a7c1b84d29f63e"),
        ('webhook signing secret "Qm7xK2vR9tL4wPz8NcBdHj3fYs6GaE1u" rotated', "Qm7xK2vR9tL4wPz8NcBdHj3fYs6GaE1u"),
        ("hmac key 5d2f8a1c9e0b7d36f4a2c81e9b05d7f3a6c4e2b18d9f07a35c6e1b48d2f90a7c",
         "5d2f8a1c9e0b7d36f4a2c81e9b05d7f3a6c4e2b18d9f07a35c6e1b48d2f90a7c"),
        ("HMAC key: 9b04e7d2c1a8f53e6d0b9c7a2e4f81d3", "9b04e7d2c1a8f53e6d0b9c7a2e4f81d3"),
        ("loaded signing key 7e3c9a0f5b1d8e2c4a6f9b0d3e7c1a5f8b2d4e6c", "7e3c9a0f5b1d8e2c4a6f9b0d3e7c1a5f8b2d4e6c"),
        ("encryption key 'Xr8vN2qLm5Tz9KcW4pHd7GbJ3sYf6Ua1'", "Xr8vN2qLm5Tz9KcW4pHd7GbJ3sYf6Ua1"),
        ("master key b71e04c9d3a82f6e5c0d9a4b7e13f28c rotated", "b71e04c9d3a82f6e5c0d9a4b7e13f28c"),
        ("const client = new Client('e7a0c3f9b1d84265a0f7c3e91b2d5f48', { region: 'eu' });", "e7a0c3f9b1d84265a0f7c3e91b2d5f48"),
        ('client = Client("3c9e51d27b044f8aa1e695d02b7c4f18e2a6d0b9")', "3c9e51d27b044f8aa1e695d02b7c4f18e2a6d0b9"),
        ("const api = new ApiClient('Vn4kQ8zT2xLm7RcW9pBd3HsJ6gYf1Ea5')", "Vn4kQ8zT2xLm7RcW9pBd3HsJ6gYf1Ea5"),
        ('detail="client = Client(\\"a41f9c07e3b25d86f0c1e7a9b3d54f28\\")"', "a41f9c07e3b25d86f0c1e7a9b3d54f28"),
    ],    "round55": [
        # guards: a token after a key stays a value though a command's options follow it, and a token after a scheme
        # word stays one though it starts with '-' (base64url), where it holds a digit
        ("curl -F token=glptt-3f2a9c0d4b5e6f708192a3b4c5d6e7f8a9b0c1d2 -F ref=main https://gitlab.com/api/v4/projects/9/trigger/pipeline",
         "glptt-3f2a9c0d4b5e6f708192a3b4c5d6e7f8a9b0c1d2"),
        ("curl -d token=Xk9mQ2pLr7Vd8Hs3Nc6JbQm4 -d channel=general https://slack.com/api/chat.postMessage",
         "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4"),
        ("auth_header=Bearer -Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Tz -v", "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Tz"),
        ("api_token=token -u7Rk2Vn9Qx4Lm8Tz3Wc6Hb1P --verbose", "u7Rk2Vn9Qx4Lm8Tz3Wc6Hb1P"),
        ("password=PASSWORD -u admin", "PASSWORD"),
    ],
    "round54": [
        # a credential word in lower case joined by '-' to a name before it and to the token after it, as
        # Kingfisher's examples write it ('gitter-secret-<40 hex>'): across providers, the token read as random
        ("gitter-secret-47883ad1ca74b137ec290776253f7b0efd4991a6", "47883ad1ca74b137ec290776253f7b0efd4991a6"),
        ("acmepay-secret-Xk9mQ2pLr7Vd8Hs3Nc6JbQm4", "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4"),
        ("gumroad-token-q7m2xk9vb4tn8wzr3cy6hd1jf5pl0s", "q7m2xk9vb4tn8wzr3cy6hd1jf5pl0s"),
        # a scheme word api-key before the key in a header: the key is still taken (the scheme left)
        ("curl -H 'X-Auth-Token: api-key 53szsranpzil4291p4oq1fiq22nxq44g' https://api.getresponse.com/v3/accounts",
         "53szsranpzil4291p4oq1fiq22nxq44g"),
        # a password "test" in a query is still one; a client secret in an OAuth body still taken
        ("GET /login?user=bob&password=test", "test"),
        ("grant_type=client_credentials&client_secret=Xk9mQ2pLr7Vd8Hs3Nc6JbQm4&client_id=app",
         "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4"),
    ],
    "round56": [
        # ImageKit's private key (private_, 27 and '='), as the user of curl -u and after a word
        ("curl -u 'private_4U8nnrQqcpRuT1du1UzIndm6L3M=:' https://api.imagekit.io/v1/files",
         "private_4U8nnrQqcpRuT1du1UzIndm6L3M="),
        ("imagekit token private_t68enJKimqweS1UNFVluNohSOel=", "private_t68enJKimqweS1UNFVluNohSOel="),
        ("IMAGEKIT_PRIVATE_KEY=private_Hs3Nc6JbQm4Xk9mQ2pLr7Vd8Tz1=", "private_Hs3Nc6JbQm4Xk9mQ2pLr7Vd8Tz1="),
        # a key in a URL's path whose host label begins with a provider's name (ipqualityscore: ipquality)
        ("curl https://www.ipqualityscore.com/api/json/account/NNpehQsaf2Ybt6LdgRnOEsK0KUISaPaw",
         "NNpehQsaf2Ybt6LdgRnOEsK0KUISaPaw"),
        ("GET https://app.scrapingbeecloud.io/v1/scan/Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Tz1Wc5Rb/status",
         "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Tz1Wc5Rb"),
        # guards: a password that reads as a token or holds digits is still taken after a name-like user
        ("curl -u api_key:Xk9mQ2pLr7Vd8Hs3Nc6JbQm4 https://api.imagga.com/v2/usage", "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4"),
        ("curl -u admin:s3cr3t_pass http://es:9200/", "s3cr3t_pass"),
        # guard: a provider's label before a token holding ':' is still a token
        ("optimizely: 3Du:hycQm4Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Tz1Wc5RbXk9mQ2pLr7Vd8H7", "3Du:hycQm4Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Tz1Wc5RbXk9mQ2pLr7Vd8H7"),
    ],
    "round57": [
        # a credential word in capitals glued to a lower-case one (PRIVATEkey), or two in camel case
        # (PrivateKey, SecretToken), glued to a name, then '-', a blank or ':' and the token (Kingfisher's shapes)
        ("loyversePRIVATEkey-d86b7bc07f96704014c5b1ac32292996", "d86b7bc07f96704014c5b1ac32292996"),
        ("acmeSECRETtoken-Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Tz1Wc5Rb", "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Tz1Wc5Rb"),
        ("loyversePrivateKey-f06c4ec437414b77d2e80dba50bd452b", "f06c4ec437414b77d2e80dba50bd452b"),
        ("ipgeolocationSecretToken 9f923afc08f20876f736ce27403cd780", "9f923afc08f20876f736ce27403cd780"),
        ("zenrowsAccessToken: Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Tz1Wc5Rb", "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Tz1Wc5Rb"),
        # guard: LaunchDarkly's sdk- token after a name, secret and '-' (round 54's class) is still taken
        ("launchdarkly-secret-sdk-26126a2a-f0fc-4411-a663-0cf8f006f002", "26126a2a-f0fc-4411-a663-0cf8f006f002"),
        # a provider's name alone, a blank and a token mixing upper case, lower case and digits
        ("mailjet wNLleQ4rij27VHtADyhFfgU2MjHajKJk", "wNLleQ4rij27VHtADyhFfgU2MjHajKJk"),
        ("sendgrid Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Tz1Wc5Rb rotated", "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Tz1Wc5Rb"),
        # guards: a provider's label glued to the token by ':' is still a token; a namespace word before a
        # blank-separated token does not hide it
        ("lexigram:Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Tz1Wc5Rb", "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Tz1Wc5Rb"),
        ("agora: Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Tz1Wc5Rb", "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Tz1Wc5Rb"),
    ],
    "round58": [
        # a name, '-', a credential pair in lower case joined by '-' (private-key, secret-key, access-key,
        # api-key, auth-key) and '-' glued to the token, as Kingfisher's examples write it
        ("nftport-private-key-759cd20e-13db-c5f1-73c6-46318e65876c", "759cd20e-13db-c5f1-73c6-46318e65876c"),
        ("acme-secret-key-1ee00d46-389c-4ad8-a0d2-443756dcb1a2", "1ee00d46-389c-4ad8-a0d2-443756dcb1a2"),
        ("acme-api-key-d86b7bc07f96704014c5b1ac32292996", "d86b7bc07f96704014c5b1ac32292996"),
        ("acme-access-key-Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Tz1Wc5Rb", "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Tz1Wc5Rb"),
        ("acme-auth-key-Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Tz1Wc5Rb", "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Tz1Wc5Rb"),
        # MongoDB Atlas's service account secret (mdb_sa_sk_ and 40) glued to text on its right
        ("upload failed: token=x retry=mdb_sa_sk_qDB7_qWPXfEqOIyXU1JmZPUhSzEQA6VXp0qoTaTG123",
         "mdb_sa_sk_qDB7_qWPXfEqOIyXU1JmZPUhSzEQA6VXp0qoTaTG"),
        ("MDB_MCP_API_CLIENT_SECRET=mdb_sa_sk_BdIXsjLzut2WTgglKzKvSgWMDDj5hEoTqdwOyLOL", "mdb_sa_sk_BdIXsjLzut2WTgglKzKvSgWMDDj5hEoTqdwOyLOL"),
        # guards: Token auth's parameter holding a token, not a slot in brackets, is still taken
        ("Authorization: Token token=Xk9mQ2pLr7Vd8Hs3Nc6JbQm4", "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4"),
        ("curl -H 'Authorization: Token token=Xk9mQ2pLr7Vd8Hs3Nc6JbQm4' https://api.moonclerk.com/forms", "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4"),
    ],
    "round59": [
        # an access code (Kingfisher's 'ACCESS code' after a name) is a credential word pair, as access key is
        ("paydirtapp ACCESS code jw1la7opdgprot8iu2bhu8n4cf0z1knm", "jw1la7opdgprot8iu2bhu8n4cf0z1knm"),
        ("acme access code: Xk9mQ2pLr7Vd8Hs3Nc6JbQm4", "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4"),
        ("gate ACCESS CODE: Xk9mQ2pLr7Vd8Hs3Nc6JbQm4", "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4"),
        # guards: a token after a prefix and an instruction's letters, or after a possessive word that is
        # no instruction, is still a token
        ("NYLAS_API_KEY=nyk_v0_Xk9mQ2pLr7Vd8Hs3Nc6JbQm4", "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4"),
        ("curl -d 'api_key=sua_Xk9mQ2pLr7Vd8Hs3Nc6' https://api.pagar.me/1/balance", "Xk9mQ2pLr7Vd8Hs3Nc6"),
        ("API_TOKEN=ta_9f2c4e6a8b0d1f3e5a7c9b2d4f6e8a0c", "9f2c4e6a8b0d1f3e5a7c9b2d4f6e8a0c"),
    ],
    "round60": [
        # PostHog's personal API keys are phx_ and 43 of base64url's alphabet, '_' and '-' among them
        ("posthog = phx_b_mkHSKYGiBqKa2AEGNUmmLeBLb6Ge03f83aNT7Li7R", "b_mkHSKYGiBqKa2AEGNUmmLeBLb6Ge03f83aNT7Li7R"),
        ("request to upstream failed with phx_Gf2qm7IDETm7PcB9-niItksrZywSjRBjxFaTvHubyAY (retrying)",
         "Gf2qm7IDETm7PcB9-niItksrZywSjRBjxFaTvHubyAY"),
        ('{"msg": "rejected credential phx_26_HPZrDE5vWbs4rtkV8kvIO4j3h0it7c8MdDCSzC36"}',
         "26_HPZrDE5vWbs4rtkV8kvIO4j3h0it7c8MdDCSzC36"),
        # guards: a scheme word before a token, or before a token in angle brackets, still gives the token
        ("Authorization: secret-key Xk9mQ2pLr7Vd8Hs3Nc6JbQm4", "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4"),
        ("curl -H 'Authorization: secret-key 4f2a9c1e7b3d5a8f0c6e2b9d4a7f1c3e' https://powrbot.com/api/v1/search/single/",
         "4f2a9c1e7b3d5a8f0c6e2b9d4a7f1c3e"),
        # guards of the API_TEST constant: a server token, or upper-case words with a digit, are still values
        ("curl -H 'X-Postmark-Server-Token: 5f4dcc3b-5aa7-45d6-8d83-27deb882cf99' https://api.postmarkapp.com/email",
         "5f4dcc3b-5aa7-45d6-8d83-27deb882cf99"),
        ("api_key=ACME_API_TEST9X2K", "ACME_API_TEST9X2K"),
    ],
    "round61": [
        # a word in capitals glued to a name, then '.' before the token (Kingfisher's scrapingant123TOKEN.<32>)
        ("scrapingant123TOKEN.5pbw0u4mkb7lkvhu1o5bs7fhadxtcs2x", "5pbw0u4mkb7lkvhu1o5bs7fhadxtcs2x"),
        ("acmeSECRET.Xk9mQ2pLr7Vd8Hs3Nc6JbQm4", "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4"),
        # guards of the elided example and the repeated character: a token after the short prefix, a value of
        # 8 or more letters and digits around an ellipsis, a password before an ellipsis, a shorter repeat and a
        # key of the provider's shape are still taken
        ("REPLICATE_API_TOKEN=r8_Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Fg5Hj0Ks6AaBbC", "Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Fg5Hj0Ks6AaBbC"),
        ("session_token=Xk9mQ2pL...Rt7Vb4Nc", "Xk9mQ2pL"),
        ("password=hunter2...", "hunter2"),
        ("password=11111111", "11111111"),
        ("GET https://api.route4me.com/api.v4/address_book.php?api_key=A92368EC23439F4BBF6BEB7788DDB5D8",
         "A92368EC23439F4BBF6BEB7788DDB5D8"),
    ],
    "round62": [
        # a token ending in its own '=' (Teamwork's tkn.v1_<71>=) ends there: text glued after the '=' is not the token's
        ("upload failed: retry=tkn.v1_8MkmTIa0f6yvARgC2rdvTDPmfFYEyfINzVxRwEGu3nbmz76C6pkBMBTapKD9Vks5L8GUxWd=123",
         "8MkmTIa0f6yvARgC2rdvTDPmfFYEyfINzVxRwEGu3nbmz76C6pkBMBTapKD9Vks5L8GUxWd="),
        ("teamwork tkn.v1_LqT7zR2xW9mKp4Vd8Hs3Nc6JbQm4Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Xk9mQ2pLr7Vd8Hs3Nc6=abc",
         "LqT7zR2xW9mKp4Vd8Hs3Nc6JbQm4Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Xk9mQ2pLr7Vd8Hs3Nc6="),
        # a secret group around the whole token is the token: Ticket Tailor's key glued to the text on either side
        ("cache miss; BoomErrsk_8662_796459_53c6516f1f476a46283a9b2e80ec5e3e", "sk_8662_796459_53c6516f1f476a46283a9b2e80ec5e3e"),
        ("upload failed: retry=sk_6114_145426_5cb576bcec6418c68e8faf3fa65e282a123", "sk_6114_145426_5cb576bcec6418c68e8faf3fa65e282a"),
        # guard: the token alone is taken as before
        ("Authorization: Bearer tkn.v1_RLeNOwtPH89jaINvjUKF1FW7ZrbYBvT8sKRFMqM7d5bq4DjG3MUhZWr3QU4UCTDApYNB6xU=",
         "RLeNOwtPH89jaINvjUKF1FW7ZrbYBvT8sKRFMqM7d5bq4DjG3MUhZWr3QU4UCTDApYNB6xU="),
    ],
    "round63": [
        # a credential word in lower case glued to a provider's name, then a blank or '-' and the token
        ("shortcutaccess 3f7e2a91-5c4b-4d8e-9a1f-6b2c0e7d4a53", "3f7e2a91-5c4b-4d8e-9a1f-6b2c0e7d4a53"),
        ("speechtextaccess-9c1e4b7a2f0d8e3c6a5b1f7d2e9c4a08", "9c1e4b7a2f0d8e3c6a5b1f7d2e9c4a08"),
        ("speechtextsecret-4e8a1c7f2b9d0e6a3c5f8b1d7e2a9c04", "4e8a1c7f2b9d0e6a3c5f8b1d7e2a9c04"),
        # a credential pair written as one word after a name and '-', then '-' and the token (as round 58's 'secret-key')
        ("speechtext-secretkey-7b2e9f4a1c8d0e3b6a5f2c9d1e7b4a80", "7b2e9f4a1c8d0e3b6a5f2c9d1e7b4a80"),
        # a capital word glued to a name, then 'key' apart, then the token
        ("spoonacularACCESS key 2c9f7e1a4b8d3e0c6f5a9b2d1e7c4a83", "2c9f7e1a4b8d3e0c6f5a9b2d1e7c4a83"),
        # Sourcegraph's token with the instance's id and 'local' (Kingfisher's sourcegraph rule 2), alone and glued
        ("using sgp_5d2a9e7c1b4f8a03_local_8e1c4b7a2f9d0e3c6a5b1f7d2e9c4a08b3e6f1a2", "8e1c4b7a2f9d0e3c6a5b1f7d2e9c4a08b3e6f1a2"),
        ("BoomErrsgp_5d2a9e7c1b4f8a03_local_8e1c4b7a2f9d0e3c6a5b1f7d2e9c4a08b3e6f1a2", "8e1c4b7a2f9d0e3c6a5b1f7d2e9c4a08b3e6f1a2"),
    ],
    "round64": [
        # a numeric key (21+ digits, seven distinct) right after a provider's name and a credential word in capitals
        ("vbout ACCESS 9381396218264599686498064", "9381396218264599686498064"),
        ("acme config: vbout PRIVATE 4829105736281947502918374", "4829105736281947502918374"),
        # credential words chained by '-' before the token: the token starts after the last one
        ("urlscan-access-token-key-c49af47f-25e3-5fc6-7e79-ecb2191baf93", "c49af47f-25e3-5fc6-7e79-ecb2191baf93"),
        ("urlscanSECRET-access-key-1358a1e8-02d8-f5f6-0f33-7884922b43ea", "1358a1e8-02d8-f5f6-0f33-7884922b43ea"),
        ("acme-secret-token-key-4f0c2a9e-7b1d-4e63-9a58-c2d7e0b3f614 loaded", "4f0c2a9e-7b1d-4e63-9a58-c2d7e0b3f614"),
        # guard: the token after one word, as before
        ("urlscan-access-key-c49af47f-25e3-5fc6-7e79-ecb2191baf93", "c49af47f-25e3-5fc6-7e79-ecb2191baf93"),
    ],
    "round65": [
        # the round's shapes the library took before the round (no rule changed): Swiftype's 6_6-6 after a
        # credential word, Stormglass' two UUIDs, Storyblok's 22 and tt, Supabase's sbp_ glued on the left
        ("Swiftype access token k3RvQe_w8TnYz-P2mLxa rotated by ops", "k3RvQe_w8TnYz-P2mLxa"),
        ("stormglass_key=6b1e9c4a-2f7d-4e8a-9c3b-1d5f7a2e8c40-0a9d3e7b-5c1f-4b8e-a2d6-9e4c7b1f3a58",
         "6b1e9c4a-2f7d-4e8a-9c3b-1d5f7a2e8c40-0a9d3e7b-5c1f-4b8e-a2d6-9e4c7b1f3a58"),
        ("GET https://api.storyblok.com/v1/cdn/spaces/me/?token=Qm7xR2kVp9Lw4Tz8Nc3HbJtt", "Qm7xR2kVp9Lw4Tz8Nc3HbJtt"),
        ("BoomErrsbp_3f9a1c7e5b2d8f4a6c0e9b1d7f3a5c8e2b4d6f0a", "sbp_3f9a1c7e5b2d8f4a6c0e9b1d7f3a5c8e2b4d6f0a"),
    ],
    "round66": [
        # ACCESS or PRIVATE in capitals glued to a name, or SECRET/ACCESS/PRIVATE glued before 'key', then '=' and the token
        ("zerobounceACCESS=7d1e4a9c2f6b0835e1a7c4d92b6f0e38", "7d1e4a9c2f6b0835e1a7c4d92b6f0e38"),
        ("holisticACCESS=4b8e1f7a2c9d0e3b6a5f2c9d1e7b4a80c3f6a9e2d5b8c1f4a7e0d3b6c9f2a5e8", "4b8e1f7a2c9d0e3b6a5f2c9d1e7b4a80c3f6a9e2d5b8c1f4a7e0d3b6c9f2a5e8"),
        ("zipcodeapiPRIVATE=Qm7vR2kX9pL4tW8zN3cB6hJ1dF5sG0aYeU2iO7rT4yK9wE3qZ6xC1vB8nM5lP0jH", "Qm7vR2kX9pL4tW8zN3cB6hJ1dF5sG0aYeU2iO7rT4yK9wE3qZ6xC1vB8nM5lP0jH"),
        ("worldweatherSECRETkey=9c2e7a4f1b8d3e06c5a9f2b7d1e4c8a", "9c2e7a4f1b8d3e06c5a9f2b7d1e4c8a"),
        ("protocolsPRIVATEkey=e3b9d1f7a4c2e8b06d5f1a9c3e7b2d4f", "e3b9d1f7a4c2e8b06d5f1a9c3e7b2d4f"),
        # 'access' alone between a listed provider's name and the token, chained by '-'
        ("zipcodebase-access-5e8a2c1f-7b4d-4a93-8e6c-2d9f1b7a3c05", "5e8a2c1f-7b4d-4a93-8e6c-2d9f1b7a3c05"),
        ("zonka-access-R4tY7uI1oP3aS6dF9gH2jK5lZ8xC0vB4nM7q", "R4tY7uI1oP3aS6dF9gH2jK5lZ8xC0vB4nM7q"),
        # guard: a password that is no dummy word is taken as before
        ('curl -u "$WORKSNAPS_USER:Xk9mQ2pLr7Vd8Hs3" https://api.worksnaps.com/api/projects.xml', "Xk9mQ2pLr7Vd8Hs3"),
    ],
}


# ... and texts the library must leave as they are.
KEPT: dict[str, list[str]] = {
    "round6": [
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
    "round7": [
        "POST https://api-mon.ethplorer.io/createPool addresses=0xe88012fd92f6f516d3966b1bed667f519a6041d9 401",
        "etherscan: 0x9f0c441911325206f2ed53f9c7fa10ba1d77e5c0",
        "GET https://v6.exchangerate-api.com/v6/latest/USD 403",
        "envoy x-request-id: 3f2a9c0d-1b2c-4d5e-8f90-a1b2c3d4e5f6",
        "envoy cluster outbound|8080||orders.default.svc.cluster.local healthy",
        "eraser tool selected on layer 12",
        "exchangerate USD/EUR 0.9234 at 2024-05-01",
    ],
    "round8": [
        "rsync -u deploy@backup.acme.io:/var/www/ ./www",
        "curl -u ops@acme.io:$JIRA_API_TOKEN https://acme.atlassian.net/rest/api/3/myself",
        "sqlplus / as sysdba",
        "jdbc:oracle:thin:@//ora.acme.internal:1521/ORCL",
        "nfp_region_store_cache_batch_shard_node_index flag",
        "secret_db_password_v2 mounted",
        "nexmo api key 4c7e91b2a07d3f15 expired",
        "nexmo message-id 0A0000001234ABCD delivered",
        "newrelic api key BatchBuilder2023",
        "stripe api key --rotate-every 30d --dry-run",
        "agora: HTTPServerOrderURLParserIOError",
        "nexmo: ShardService2024v6",
        "sha512 +pXzRKAtuO6ga+YCpZ62CryW24icnhWW0M19H2spuUnOfG8cTkwXfg+axJXcp3MwIm3yQqMfcIvK3Tgjpuy2JQ==",
    ],
    "round9": [
        "pat-na1-region selected",
        "curl -u admin: https://api.acme.io/v1/status",
        "curl -u build-agent-for-region-eu: https://ci.acme.internal/api",
        "curl -u $HELPSCOUT_API_KEY:X https://docsapi.helpscout.net/v1/collections",
        "curl -u orderBatchService2024:X https://x.acme.io/",
        "docker run -u 1000:1000 app:latest",
        # a PascalCase name after "<provider> api key" / "<provider> token" (touched before round 9)
        "stripe api key PaymentServiceHandler2024",
        "heroku token OrderBatchProcessor12",
        "kucoin api key ShardRequestValidatorV3",
    ],
    "round10": [
        # a shell variable then ":" is not a key and its value (secret-assignment took the URL before)
        "curl -u $API_KEY: https://api.acme.io/v1/status",
        "curl -u $ONFLEET_API_KEY: https://onfleet.com/api/v2/organization",
        "enabled = $feature_token ? $a : $b",
        # everyday words before ids, hashes and names
        "jira: 5b10ac8d82e05b22cc7d4ef5",
        "kanban card ABC-1234 moved to Done",
        "humanity: 3f2a9c0d-4b5e-6f70-8192-a3b4c5d6e7f8",
        "holistic: 62afc4cdec02c8c9f0afa74da6a429c7144a4c48f877d202b20f8e085805a71c",
        "semaphore api key PaymentServiceHandler2024",
        "okta: 00upuxLcKHt5CYJ054KG signed in",
        "nimble: release-2024-05-01",
        "humanity: 62afc4cdec02c8c9f0afa74da6a429c7144a4c48f877d202",
        "humanity: exy8qrjqesyp2dnfddcqt4nvyxeoxgd8zmie5ren",
        # short values after a provider's name that are not keys
        "uclassify: 4c7e91b2a07d",
        "uclassify api key OrderSvc2024",
        "uplead: ReportBuilder",
        "xai-region-store provider selected",
        # paths and numbers after a provider's name that start with "/" or "+"
        "hellosign: /var/lib/hellosign/2024-05-01.csv",
        "onfleet: /api/v2/organization/Xk9mQ2pL7vR4tZ8bN1cW5yH3",
        "stripe api key /etc/stripe/keys/live.pem",
        "mailgun: +14155550100",
    ],
    "round11": [
        # wiz is a weak name: a hex value, a UUID or a step after it stays
        "wiz: 4c7e91b2a07d3f154c7e91b2a07d3f154c7e91b2",
        "wiz issue 3f2a9c0d-4b5e-6f70-8192-a3b4c5d6e7f8 resolved",
        "setup wiz step 3 of 9 completed",
        # W&B run ids and commits, ZeroTier network and node ids
        "wandb run 3k9xq2ab finished in project store-cache",
        "wandb commit 0f0ff492bae40e1332e5e851c8dc8510d7502ca7 analysed",
        "zerotier network 8056c2e21c000001 joined by node 1f2e3d4c5b",
        # a name as the user of -u and a variable for the password
        "curl -u deploy-bot-for-region-eu-west:$DEPLOY_PASSWORD https://ci.acme.internal/api",
        "curl -u orderBatchService2024:${PASS} https://x.acme.io/",
        "curl -u ops@acme.io/token:$ZENDESK_TOKEN https://acme.zendesk.com/api/v2/users.json",
        # ids in the paths of providers' URLs: a prefixed id, AC and hex, a page title and hex, short ids
        "GET https://api.vercel.com/v13/deployments/dpl_89qyp1cskzkLrVicDaZoDbjyHuDJ 200",
        "GET https://api.twilio.com/2010-04-01/Accounts/AC3f2a9c0d4b5e6f708192a3b4c5d6e7f8/Messages.json 201",
        "https://www.notion.so/acme/Runbook-54a9c37435f6f39ada1bcdb404162f96",
        "GET https://onfleet.com/api/v2/organization/Xk9mQ2pL7vR4tZ8bN1cW5yH3 200",
        "GET https://www.zipcodeapi.com/rest/PaymentServiceHandlerVersion2024Release/info.json 404",
        # !@#$%^ in what follows a provider's name: an e-mail, percent-encoding, a variable, a short word
        "zendesk: agent42@acme-support.io",
        "zipbooks: Release%202024%2FQ1%20notes",
        "zipbooks: abc$ZIPBOOKS_PASSWORD",
        "zipbooks: invoice#2024 paid",
        # Kubernetes resource names after a provider's name: words and a short generated suffix
        "zenserp: checkout-db-credentials-7f9c2",
        "weatherstack: vault-agent-token-5h2k9xq7w1",
        # what a key indexes or locks, a public key, hex, a name: not an unknown provider's credential
        # what a key indexes or locks, a public key, hex, a name: not an unknown provider's credential
        "cache_key=6vCryHgvETS00TfZrc88Zm15HXubwHrH hit=true",
        "idempotency_key=oXoFH8uycYhMXa3nveJ4A0D6HwlYULlwY3Ka",
        "host_key: sPucwrqS82cAmH1quJSSCwjtH0mwBnmA",
        "QUORVEX_KEY=3f2a9c0d4b5e6f70",
        "QUORVEX_KEY=PaymentServiceHandler2024",
        "QUORVEX_KEY=orders-api-staging-eu-west-1-2024",
        "key=6vCryHgvETS00TfZrc88Zm15HXubwHrH",
    ],
    "round12": [
        # placeholders, a header's name, a documentation webhook
        'api_key = "YOUR_API_KEY_HERE"',
        "API_KEY_HEADER=X-API-KEY max_age=30",
        "slack webhook https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX disabled",
        # ids labeled as ids are not card numbers
        "asana task 4111111111111111 moved to Done",
        "facebook page 781885156952865 synced, app id 4111111111111111",
        # settings of a token, and a key that names a service
        "TOKEN_TTL=3600",
        "TOKEN_ALGORITHM=RS256",
        "TOKEN_SERVICE=auth-svc.internal",
        # the word password before words, variables, masks, hashes and names
        "password reset requested for user 4411",
        "password must be at least 12 characters",
        "password $DB_PASSWORD rejected",
        "password ******** accepted",
        "password sha256:4c7e91b2a07d3f154c7e91b2 stored",
        "password PaymentService2024 rejected",
        # weak names before ids: a hex UUID after guardian, a commit and an md5 after facebook, a status id
        "guardian: 3f2a9c0d-4b5e-6f70-8192-a3b4c5d6e7f8",
        "facebook commit 0f0ff492bae40e1332e5e851c8dc8510d7502ca7 analysed",
        "facebook payload md5 e47238c31bcb98fa1e073496fc4e5390 matches",
        "twitter status 1790000000000000000 fetched",
        "npm install store-utils@4.2.1",
        # Square and reCAPTCHA lookalikes: words, digits only
        "sq0abc-orders-region-report",
        "6L12345678901234567890123456789012345678",
        # round 12's session: short values and what a key indexes
        "zipbooks: invoice#2024 paid",
        "onedesk: Ab1!x",
        "zipbooks: Kq7mZ2pLxa",
        "agora: disabled",
        "cache_key=3f2a9c0d4b5e6f708192a3b4c5d6e7f8 hit=true",
        "object_key: q7k2m9x4v1z8c3b6n5t0w2r7y4p1s8d3",
    ],
    "round13": [
        # a publishable key after a provider's name is public
        'stripe publishable key := "pk_test_FuIzdCsCI1NSeWhKqUiMoRfH"',
        # a comparison's settings, config commands that set no credential
        'asana_project_id <= "9165932757098048"',
        "intercom conversation 391406070638974 closed",
        "aws configure set region eu-west-1",
        "npm config set registry https://registry.npmjs.org/",
        # a Kubernetes secret that refers to its data, and hf_ inside a base64url blob
        "type: kubernetes.io/dockerconfigjson",
        "  .dockerconfigjson: ${PULL_SECRET}",
        "state=rYxZGxAVWFcp16ZN3_1SoZZ10MvTZlyABj0_CMDHRRp9hf_Ujk2tKsg4oQAAx0kFmIKBB4CCKgHcYnZ48xU_9NeG",
    ],
    "round14": [
        # MySQL's "-p " prompts for the password; the word after it is the database
        "mysql -h db.internal -u reports -p report",
        "mysql -h mysql-primary -P 3306 -u app -p orders_eu",
        # hex ids after words ending in sk-: no OpenAI key (the 48 must mix cases)
        "disk-cache-0f0ff492bae40e1332e5e851c8dc8510d7502ca70f0ff492bae40e1332e5e851c",
        "task-0f0ff492bae40e1332e5e851c8dc8510d7502ca70f0ff492bae40e1332e5e851c8dc851",
        # the Azure rules' contexts without a key: a status code, an integrity hash, an indexing key, an id
        "GET https://orders-fn.azurewebsites.net/api/Orders?name=x 200 code=200",
        '"integrity": "sha512-L3FQrFJOPMmQ6D5Ipw/JdtrNoZYBOL3/27Z1uhIDyxrCloeRK9i6QvzVz23tchjAy+m/j5oDxMPb1qcd8cIvpA==" '
        "from https://acme.blob.core.windows.net/npm",
        "https://westeurope.api.cognitive.microsoft.com/vision/v3.2/analyze cache_key=3f2a9c0d4b5e6f708192a3b4c5d6e7f8",
        "azure subscription-id: 3f2a9c0d-4b5e-6f70-8192-a3b4c5d6e7f8",
        # the new prefixes as words
        "BBFF-store device label",
        "zpka_ keys are rotated by the cache job",
        "jsnlog appender started",
    ],
    "round15": [
        # a signal, a variable, a Swarm node id, a Vultr id and index key, Direct Line and Web Chat ids
        "received sig: SIGTERM",
        "sig=${LOGIC_APP_SIG} sp=/triggers/manual/run sv=1.0",
        "docker swarm join --token $SWARM_WORKER_TOKEN 10.0.3.17:2377",
        "docker node promote 1bcef6utixb0l0ca7gxuivsj0",
        "vultr instance id = 3F2A9C0D4B5E6F708192A3B4C5D6E7F8A1B2",
        "vultr cache_key: R9Q9XS2DD6CGBT7ADOG2QI15RO12LTOFGBG7",
        "directline conversation Hk3vQ9mZp2LwX7rT5bN8cJ-eu started, watermark 3",
        "webchat bot orders.helpdesk at https://webchat.botframework.com/embed/orders-bot",
        # a client secret read from the environment, a Stripe key-like word, a PyPI index
        'new google.auth.OAuth2("123456789012-q7tbm2c0x9rkd4hv1nl5s8pw3jy6fazg.apps.googleusercontent.com", process.env.GOOGLE_SECRET)',
        "stripe flag sk_test_mode_enabled_for_acme_eu set",
        "pip index pypi-simple mirrored",
    ],
    "round16": [
        # the four lookalike shapes touched at the first measurement (an auth scheme with no credential, a Secrets
        # Manager ARN's name, a key header with no body, a format placeholder as a password), and guards
        "headers = {'Content-Type': 'application/json', 'Authorization': 'Bearer ' + os.environ['AML_KEY']}  # /score",
        "aws secretsmanager GetSecretValue arn:aws:secretsmanager:eu-west-1:888751410768:secret:orders-lErUFJ",
        "-----BEGIN CERTIFICATE----- block expected, got -----BEGIN RSA PRIVATE KEY----- (refusing to log it)",
        "server=db.internal;uid=app;pwd={0};database=orders",
        "SECRET_KEY = os.environ['DJANGO_SECRET_KEY']",
        "const NETWORKS = {'1': 'https://eth-mainnet.alchemyapi.io/v2/your-api-key'}",
        "HRKU- keys and RGAPI- keys rotated for orders",
        'token_type: "Bearer"',
        # paths under secret-sounding keys stay paths
        "password_file=/run/secrets/db_password",
        "api_key: /home/JohnSmith2/Documents/key.txt",
        "token=/var/lib/docker/overlay2/3f2a9c0d4b5e6f708192a3b4c5d6e7f8",
    ],
    "round36": [
        # the lookalikes the round's corpus found taken: a provider's name ending in a credential word
        # (Sales Cookie's, Auth0's) before a version or 16 hex digits
        "salescookie: 2.8.2",
        "auth0: a0afc535ce29a408",
        "jsonwebtoken: 9.0.2",
        # guards around the new names and shapes
        "azure: 3f2a9c0d-4b5e-6f70-8192-a3b4c5d6e7f8",
        "azure subscription 3f2a9c0d-4b5e-6f70-8192-a3b4c5d6e7f8 in westeurope",
        "azure: orders-service-staging-2024",
        "azure: PaymentServiceHandler2024Release",
        "azure blob etag 0x8DC3F2A9C0D4B5E",
        "aws: 123456789012",
        "aws region eu-west-1 request id 3f2a9c0d-4b5e-6f70-8192-a3b4c5d6e7f8",
        "aws: orders-api-prod",
        "autodesk: PaymentService2024",
        "autodesk: 4c7e91b2a07d3f15",
        "autopilot engaged at 31000 ft",
        "autopilot: disengaged",
        "scaleway: 3f2a9c0d-4b5e-6f70-8192-a3b4c5d6e7f8",
        "scaleway zone fr-par-1 instance started",
        "0.Application started in 12 ms",
        "git&clone notes: see wiki",
    ],
    "round37": [
        # the lookalike shapes touched at the first measurement: a command's output as the header's value,
        # a build tool's filter token, a TLS Secret's name, a token's prefix then a mask of x
        'curl -H "Authorization: Bearer $(gcloud auth print-access-token)" https://run.googleapis.com/v2/services',
        "Authorization: Token $(cat /run/secrets/api-token)",
        "<token>@TOKEN@</token>",
        "<password>@db.password@</password>",
        "password=@DB_PASSWORD@",
        "<secret>orders-tls</secret>",
        "secret: ingress-tls",
        "glpat-xxxxxxxxxxxxxxxxxxxx is a placeholder for the build token",
        "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        # guards: secret_id as an id (no Vault nor AppRole named; Key Vault is another product), an accessor,
        # a file named for a secret followed by prose, by a file name or by nothing, base64 of a file without the secret's line
        "secret_id=3f9c1a7e-52b4-4d0e-9a61-c7e2b8d4f015",
        "azure keyvault secret_id=3f9c1a7e-52b4-4d0e-9a61-c7e2b8d4f015",
        "vault: secret_id_accessor=84896a0c-1347-aa90-a4f6-aca8b7558780 ttl=768h",
        "$ cat /etc/app/db.password\nPermission denied",
        "==> /etc/app/api.token <==\n==> /etc/app/README.md <==",
        "ls /run/secrets\napp.token\ndb.password\nREADME.md",
        "W2RlZmF1bHRdCnJlZ2lvbiA9IGV1LXdlc3QtMQpvdXRwdXQgPSBqc29uCg==",
        "<secret>${env.APP_SECRET}</secret>",
        "<password><![CDATA[]]></password>",
    ],
    "round38": [
        # the lookalike shape touched at the first measurement: the docs' placeholder naming the parameter
        "GET https://shot.screenshotapi.net/screenshot?token=TOKEN&url=https://google.com&width=1920&height=1080",
        "GET /v1/me?apikey=APIKEY&key=KEY",
        # guards around the new names and shapes
        "sentry event 3f2a9c0d4b5e6f708192a3b4c5d6e7f8 captured",
        "sentry artifact sha256:9c4e1a7f3b8d2c6e0a5f9b3d7c1e4a8f2b6d0c5e9a3f7b1d4c8e2a6f0b5d9c3e uploaded",
        "sentry release 4f8e2d6c0b9a7f5e3d1c9b7a5f3e1d9c7b5a3f1e deployed",
        "sentry: 24.5.0",
        "segment 12 of orders upload retried",
        "segment: orders-web-production",
        "segment: 3f2a9c0d-4b5e-6f70-8192-a3b4c5d6e7f8",
        "shortcut ctrl+shift+k bound to search",
        "shortcut: sc-12345",
        "shortcut story 3f2a9c0d-4b5e-6f70-8192-a3b4c5d6e7f8 moved",
        "scrutinizer inspection 4821337 for commit 4f8e2d6c0b9a7f5e3d1c9b7a5f3e1d9c7b5a3f1e passed",
        "scrutinizer: 4f8e2d6c0b9a7f5e3d1c9b7a5f3e1d9c7b5a3f1e4f8e2d6c0b9a7f5e3d1c9b7a",
        "assignable: PaymentServiceHandler2024Release",
        "signable: 4c7e91b2a07d3f15",
        "GET /cache?user_key=users:42:profile",
        "GET /v1/me?user_key=$USER_KEY",
        "GET /v1/me?user_key=YOUR_USER_KEY",
        # Sentry's DSN key is taken on purpose (rule sentry-dsn); the lookalike that held one was redrawn
        "sentry project 7927211 in org o489265 configured",
    ],
    "round39": [
        # the lookalike shapes touched at the first measurement: the docs' placeholders, a value naming its own
        # key in upper case and 'YOUR' words joined by a URL's '+'
        "GET https://api.skybiometry.com/fc/account/authenticate?api_key=API_KEY&api_secret=API_SECRET",
        "GET https://us-zipcode.api.smartystreets.com/lookup?auth-id=YOUR+AUTH-ID&auth-token=YOUR+AUTH-TOKEN&zipcode=94035",
        "client_secret: CLIENT_SECRET",
        # guards around the new names and shapes
        "splunk search sid 1714561234.12345 finished",
        "splunk: 9.1.2",
        "splunk forwarder on web-3 restarted",
        "splunk: 4f8e2d6c0b9a7f5e3d1c9b7a5f3e1d9c7b5a3f1e",
        "skrapp credits left 120 of 1000",
        "speechtext job 3f2a9c0d-4b5e-6f70-8192-a3b4c5d6e7f8 transcribed 42s",
        "speechtext: 2.1.0",
        "SQUARE_APPLICATION_ID=sq0idp-Xw7Lp1Vd9Hs3Nc6JbQm4Zt SQUARE_LOCATION_ID=LQ8TWZ4R7N2KX",
        "slk_ prefix reserved for Cody tokens",
    ],
    "round40": [
        # the lookalike shape touched at the first measurement: a token's prefix then a placeholder word
        # (LeakTK's Slack stopwords)
        "token: xoxb-1234-placeholder",
        "SLACK_BOT_TOKEN=xoxb-1234-placeholder",
        "api_key=sk-live-placeholder",
        # guards: a salt with no application named (a hash's own salt, stored beside it), its length, a
        # password's salt column, SaltStack; Dropbox's words and ids
        "salt=3f9a1c0d4b5e6f70",
        "hash_salt=Zq8xW3vB6nM1kLp4Rt7Y",
        "password_salt=Zq8xW3vB6nM1kLp4Rt7Y",
        "password_salt_length=16",
        "bcrypt salt: Zq8xW3vB6nM1kLp4Rt7Y",
        "salt-minion: web01 returned 3 states",
        "dropbox sl. tokens expire after four hours; use a refresh token",
        "sl.u.example",
    ],
    "round41": [
        # guards: Streak's everyday sense and its ids; an md5 and a trace id after it; joined words, acronyms
        # and camelCase names of letters alone after a provider's name
        "streak of 12 successful builds on main",
        "streak md5 3b4f12a60931ef79b4d48221b6ed5edb matches",
        "streak trace_id=788d58f13051864ff5fb23d17475412e span_id=52cb405312b18d2b",
        "streak: 3b4f12a6",
        "streak pipeline 5001 box 884213 moved",
        "surveyanyplace: IndexServiceHandlerFactoryBean",
        "swell: HTTPServerURLParserIOErrorHandler",
        "sugester: getUserByIdAndTenantFromCache",
        "swell height 4.9 m at SouthHarbourBuoyStation",
        "surveybot: AbstractSingletonProxyFactoryBean",
    ],
    "round42": [
        # guards: the weak names' everyday senses, their ids after an id or resource word, a hex UUID after
        # Canny (its fourth group not digits alone), hex after Cicero, a Cashboard shape of letters alone;
        # sk_ before a UUID's first group alone, a UUID with no sk_; api_ opening names; a form's first parameter that is no key,
        # or alone
        "checkout of 12 items failed for store",
        "git checkout release-12 && make",
        "runs like clockwork: 42 jobs on shard",
        "chatbot answered 300 questions on index",
        "canny board: f374eb03-be06-0be0-0955-fe5faabada6c",
        "canny: 3f2a9c0d-4b5e-4f70-a192-b3b4c5d6e7f8",
        "cicero: 3f2a9c0d4b5e6f708192a3b4c5d6e7f8a1b2c3d4",
        "cashboard: ABC-DEF-GHI-JKL",
        "sk_d7e7d46b cache entry evicted",
        "key 3c46b0f0-9f6c-47b9-a3bf-c29fab44f177 rotated at 2024-05-01T10:00:00Z",
        "api_gatewayInternalRoutesAndHandlers.configV2Xy",
        "import api_client.models.lead_status_update_request",
        "curl -u deploy.bot.for.region.eu: https://x",
        "sort key=createdAt&dir=desc",
        "key=LoKQI68aFV5tMs6e5PJvptHe",
    ],
    "round43": [
        # guards: a here-string of a variable or a command's output; a file fed to the input; an Android
        # string resource whose name is no credential's or whose value is a word; the words and
        # identifiers that start like the new shapes
        "gh auth login --with-token <<< \"$GH_TOKEN\"",
        "docker login -u ci --password-stdin <<< $(aws ecr get-login-password)",
        "gh auth login --with-token < token.txt",
        '<string name="token_hint">Paste</string>',
        '<string name="password_label">Password</string>',
        '<string name="app_name">Orders</string>',
        "APBackendServiceConfigurationManagerFactoryImplementation",
        "AP1 region stats: 42 nodes",
        "EAAGLE_MODE_ENABLED=true",
        "api_live.health.check ok",
    ],
    "round44": [
        # the round's lookalikes the library took: a placeholder in braces after a scheme's parameter, a
        # credential constant's name as a query's value, a key's resource name of words and UUIDs
        "GET https://api.codeclimate.com/v1/user Authorization: Token token={CC_TOKEN} 401",
        "GET https://commodities-api.com/api/latest?access_key=API_KEY&base=USD",
        "coinbase key name organizations/911aa5b4-f31c-415f-821f-78df59fe5841/apiKeys/b9b2909a-b76d-4c7b-9152-2be7d60b8af5 rotated",
        # guards: the weak names' everyday senses and other tokens after them (a hash or UUID that is not the
        # name's shape), an id and '|' before a hash, or before words
        "copper prices up 2.4% in commodities report 2024",
        "collect2: error: ld returned 1 exit status",
        "column: created_at",
        "verifier: signature of app.tar.gz ok",
        "cloze: 3f2a9c0d-4b5e-4f70-a192-b3b4c5d6e7f8",
        "copper: 3f2a9c0d4b5e6f708192a3b4c5d6e7f8",
        "coda: 3f2a9c0d4b5e6f708192a3b4c5d6e7f8",
        "1|da39a3ee5e6b4b0d3255bfef95601890afd80709",
        "12|PaymentServiceHandlerFactoryImpl2024Ab",
    ],
    "round45": [
        # guards: a token's prefix before an ellipsis and a placeholder after a token's prefix say what
        # goes there; a header X-<thing>-Key names what it indexes (idempotency, cache); a scheme's name
        # or a flag under a key ending in bearer
        "STRIPE_SECRET_KEY=sk_live_...",
        "TELEGRAM_BOT_TOKEN=123456:ABC-your-token",
        "curl -H 'X-Idempotency-Key: 5f0c6a2e-8d1b-4c3e-9f7a-2b6d4e8c1a3f' https://api.acme.io/v1/orders",
        "X-Cache-Key: 9a3c6e1f0b7d4a2c8e5f1b3d7a9c2e4f",
        "x-key: Rk7mQ2xLp9Vd8Hs3Nc6JbQm4Zt1Wk8Rp",
        "token_type: bearer",
        "use_bearer=true",
        "sk_live_ keys are never logged",
        # guards of the two widened rules: -u naming a user or a unit (sudo, ps, journalctl's .service);
        # a glued page or cache word before the capitals (nextPageTOKEN) and KEY alone glued
        "journalctl -u kubelet-7f9c2d4b8a1e6f3c5d9b.service --since today",
        "sudo -u www-data php artisan queue:work",
        "ps -u k2m9x7q4w8e1r5t3y6u0i2",
        "git push -u origin feature/add-payment-retry-logic",
        "nextPageTOKEN CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA0cTMzdmUQAQ",
        "cacheKEY 9a3c6e1f0b7d4a2c8e5f1b3d7a9c2e4f0b7d4a2c",
        "useTOKEN journeyCacheGetTurkeySurvey73release",
    ],
    "round46": [
        # guards: a credential word in lower case or capitalised before '-' is a name's part (secret-,
        # token-, Secret-); words after SECRET- in capitals; a page or cache word before it
        "secret-8c939068-b41b-4c2b-8cdb-c032fad7697b mounted at /etc/creds",
        "token-3f2a9c0d4b5e6f708192a3b4c5d6e7f8 revoked",
        "Secret-9f3kQ2mLp8Vd7Hs3Nc6JbQm4Zt1Wk8Rp",
        "AWS-SECRET-MANAGER-PROJECT-ACME-PROD-EU1 created",
        "CACHE-KEY-9a3c6e1f0b7d4a2c8e5f1b3d7a9c2e4f",
        "nextPageTOKEN-CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA0cTMzdmUQAQ",
    ],
    "round47": [
        # the round's lookalikes the library took: a credential option's value read from a file ('@' and a path),
        # the docs' words in braces after a scheme, the fixed password of a key given as the user
        "ibmcloud login --apikey @~/.bluemix/apikey.json -r eu-de",
        "GET https://api.line.me/v2/bot/info Authorization: Bearer {channel access token} 401",
        "curl -u $TOGGL_API_TOKEN:api_token https://api.track.toggl.com/api/v9/me",
        # guards: the weak names' everyday and engineering senses, and values that are not their keys' shapes
        "hive query 3f2a9c0d-4b5e-4f70-a192-b3b4c5d6e7f8 on table orders_eu finished (4210 rows)",
        "manifest sha256:9bc130a4504606eafb75de50e275aed55e2edd73da7f291bb842ad08d52bcc9c pushed to registry.acme.io/orders",
        "line 42: unexpected token in values.yaml",
        "debounce interval 300ms for resize events",
        "magnetic declination 4.2 deg at station north",
        "raven: 2.4.1",
        "toggl: 3f2a9c0d4b5e6f708192a3b4c5d6e7f8",
        "daily: 3f2a9c0d4b5e6f708192a3b4c5d6e7f8",
        "apollo client cache miss for query GetOrdersByCustomer",
        "curl -d @payload.json https://api.acme.io/v1/orders",
        "Authorization: Bearer {token}",
    ],
    "round48": [
        # the round's lookalikes the library took: a query's state word, the docs' upper-case names of the
        # credentials in -u, a slot in doubled angle brackets
        "redirect https://app.acmeledger.io/auth?token=expired&next=/table",
        "curl -u CLIENT_ID:CLIENT_SECRET https://api-m.sandbox.paypal.com/v1/oauth2/token -d grant_type=client_credentials",
        "POST https://api.sendgrid.com/v3/mail/send Authorization: Bearer <<YOUR_API_KEY>> 401",
        # guards: the weak names' other senses and values that are not their keys' shapes, words after
        # "password for ... is", PayPal's client id and words of 80 characters
        "sonar commit 8ae0effb3a4baed37ebdc2c0e5e82209fcd51300 analysed",
        "sonar.scm.revision=a61693c134b4b3b1162c59a05b8501f182304986",
        "hockeyapp app 0d9b209fa65d24d7666b7d225e5ae1f8 version 3 uploaded",
        "abstract class OrdersRepository has 4 methods",
        "abstract: 3f2a9c0d4b5e6f708192a3b4c5d6e7f8",
        "humanity: 3f2a9c0d-4b5e-4f70-a192-b3b4c5d6e7f8",
        "password for user 4411 is required",
        "password for the admin account is expired",
        "client id AVw3kP9qT2xL7mZ4nR8cB5hJ1dF6sG0yKe3Uo7Ia2Qw9Er5Ty8Ui4Op6As1Df3Gh7Jk2Lz9Xc5Vb8Nm4",
        "EventHandlerRegistrationServiceFactoryImplementationForTheOrdersAndPaymentsDomainV2x",
        "bypass_word_filter: enabled",
    ],
    "round49": [
        # guards: ACCESS and PRIVATE in capitals after capitals or a word the credential words already deny,
        # KEY glued to a cache, page or sort word, a name's part in lower case before '-'
        "READ ACCESS 3f2a9c0d-4b5e-4f70-a192-b3b4c5d6e7f8 granted to role orders-eu",
        "ACCESS DENIED for user deploy on table orders_eu",
        "public ACCESS 3f2a9c0d4b5e6f708192a3b4c5d6e7f8 enabled on bucket",
        "cacheKEY 9a3c6e1f0b7d4a2c8e5f1b3d7a9c2e4f0b7d4a2c",
        "sortKEY-9a3c6e1f0b7d4a2c8e5f1b3d7a9c2e4f",
        "partitionKEY 9a3c6e1f-0b7d-4a2c-8e5f-1b3d7a9c2e4f",
        "codakey-3f2a9c0d-4b5e-4f70-a192-b3b4c5d6e7f8 mounted at /etc/coda",
        "PRIVATE ACCESS GRANTED TO ORDERS-EU-WEST-1-PROD-CLUSTER",
    ],
    "round50": [
        # the round's lookalikes the library took: a token's prefix before a slot or a mask of x (one mask a part,
        # Dynatrace's docs example), the docs' upper-case names of a key and its secret as a key and its value
        "export DIGITALOCEAN_TOKEN=doo_v1_<your token>",
        "DOPPLER_TOKEN=dp.st.xxxx doppler run -- env",
        "dynatrace token dt0c01." + "X" * 24 + "." + "X" * 64 + " is the docs' example",
        "curl -u APP_KEY:APP_SECRET https://api.dropboxapi.com/oauth2/token -d grant_type=refresh_token",
        "API_KEY: API_SECRET",
        # guards: values that are not the names' key shapes (hex after Dropbox, a word after Airtable, an id after a
        # label's id word)
        "dropbox rev: 0a1b2c3d4e5f607",
        "airtable: keyspaceNotification",
        "flickr photo id: 4b9e27c1d05a83f6e2c7190b5d4a8e3f",
        "discord guild id: 7c1e9a4f02b86d35e9f1a07c4b28d6e3f5a91c0b7e24d86f3a5c9e1b07d42f68",
    ],
    "round51": [
        # the round's lookalikes the library took: a variable as a URL's password after GitHub's x-access-token user,
        # Flutterwave's secret key masked with X in the docs
        "git clone https://x-access-token:${GITHUB_TOKEN}@github.com/acme/web.git",
        "url: https://x-access-token:$GITHUB_TOKEN@github.com/acme/web.git",
        "curl -H 'Authorization: Bearer FLWSECK_TEST-XXXXXXXXXXXXXXXX-X' https://api.flutterwave.com/v3/transactions",
        # guards: what is not the names' tokens (a hash or words after Bitbucket and Etsy), hyphenated words and dates
        # after backup or recovery codes
        "bitbucket commit: 9a3c6e1f0b7d4a2c8e5f1b3d7a9c2e4f0b7d4a2c",
        "bitbucket: acmeledger/payments-service-2024",
        "etsy listing: 4f2a9c0d4b5e6f708192a3b4",
        "etsy: handmadeceramicsshop2024",
        "backup code self-test passed",
        "recovery codes regenerated on 2024-05-01",
        "backup codes: xxxx-xxxx (the docs' example)",
    ],
    "round53": [
        # guards: KEY apart after the words the credential words already deny (a table's, a cache's, a sort's key),
        # after capitals (SQL), or before what reads as words, a name or an id; ACCESS after '_' before words
        "primary KEY 3f2a9c0d4b5e6f708192a3b4c5d6e7f8 on table orders",
        "sort KEY 9a3c6e1f0b7d4a2c8e5f1b3d7a9c2e4f0b7d4a2c",
        "cache_KEY 9a3c6e1f-0b7d-4a2c-8e5f-1b3d7a9c2e4f evicted",
        "PRIMARY KEY (order_id, region_id, created_at_utc_ms)",
        "foreign KEY fk_orders_customer_id_2024_05_01_v2",
        "redis KEY orders:2024-05-01:region-eu-west-1",
        "user_ACCESS-granted-for-region-eu-west-1-prod",
        "partition KEY PaymentServiceHandler2024Release",
        "object KEY 3f2a9c0d4b5e6f708192a3b4c5d6e7f8 uploaded to bucket",
    ],
    "round52": [
        # guards: a quoted hash or name after words that make it none (a cache key, a page token), a KMS key id (a
        # UUID), a key's length or rotation, a client's name, host or project id
        "cache key 'c4e81a07b92d3f56e0a7c1b84d29f63e' evicted",
        "next page token '9b04e7d2c1a8f53e6d0b9c7a2e4f81d3'",
        "secret 'orders-db-credentials-prod'",
        "encryption key 1234abcd-12ab-34cd-56ef-1234567890ab enabled for bucket acme-exports",
        "master key rotated on 2024-05-01T10:00:00Z",
        "hmac key length 32 bytes",
        "signing key id 7e3c9a0f5b1d8e2c",
        "const client = new Client('orders-eu-west-1-prod-cluster');",
        "http = new HttpClient('https://api.acme.io/v1/orders')",
        "client = Client('3f2a9c0d-4b5e-4f70-a192-b3b4c5d6e7f8')",
        "client = DockerClient('paymentServiceHandler2026Release')",
        # a JWT's header alone after "token" in prose, as secret-assignment keeps it after "token ="
        'token "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"',
    ],    "round55": [
        # the round's lookalike the library took: GitLab's docs' trigger request, whose upper-case TOKEN read as a scheme
        # word before the next option; the same class across providers and commands (a scheme word, then an option:
        # one letter, or lower-case words after '-' or '--')
        "curl -X POST -F token=TOKEN -F ref=REF_NAME https://gitlab.example.com/api/v4/projects/9/trigger/pipeline",
        "curl -d token=TOKEN -d channel=C024BE91L https://slack.com/api/chat.postMessage",
        "http --form POST https://api.acmeledger.io/v1/hooks token=TOKEN --verbose",
        "api_token=token --data-urlencode q=orders",
        "AUTH=bearer -v https://api.acmeledger.io/v1/orders",
        "auth=Basic -no-color",
    ],
    "round54": [
        # placeholders: a token's prefix glued to a slot, a scheme word before a variable, the docs' shared test
        # key, a parameter's own name in capitals as its value
        "GITLAB_RUNNER_TOKEN=GR1348941<your token>",
        "export ACME_TOKEN=ak2024<insert token here>",
        "curl -H 'X-Auth-Token: api-key $GETRESPONSE_API_KEY' https://api.getresponse.com/v3/accounts",
        "curl -H 'X-Api-Token: api-key ${ACME_API_KEY}' https://api.acmeledger.io/v1/me",
        "GET https://content.guardianapis.com/search?q=debates&api-key=test",
        "GET https://api.acmeledger.io/v1/rates?apikey=test&base=USD",
        "GET https://api.foursquare.com/v2/venues/trending?client_id=CLIENT_ID&client_secret=CLIENT_SECRET&v=20211019",
        "grant_type=refresh_token&refresh_token=REFRESH_TOKEN&client_id=app",
        "client_secret=${CLIENT_SECRET}&grant_type=client_credentials",
        # guards: a lower-case credential word joined by '-' before what is no token (a hash of a pod's name,
        # words, a date) or with no name before it
        "db-secret-7f9c6d8b5 mounted at /etc/secrets",
        "orders-secret-rotation-scheduled-for-region-eu",
        "app-secret-2024-05-01T10:00:00Z rotated",
        "token-9f8e7d6c5b4a39281716151413121110 revoked",
    ],
    "round56": [
        # the round's lookalikes the library took: the docs' lower-case names of a credential as curl -u's
        # password (Imagga's 'api_key:api_secret'), across providers; a URN-like id after a provider's label
        # (HERE's place ids: lower-case words each before ':', then the id)
        'curl -u "api_key:api_secret" https://api.imagga.com/v2/usage',
        "curl -u 'client_id:client_secret' https://api.acmeledger.io/oauth/token",
        "curl --user app:db_password https://registry.acmeledger.io/v2/",
        "hereapi place here:pds:place:276u33db-d404820463a2a54e0acccb7b165cd41a at 70.726981,60.780963",
        "hereapi lookup here:cm:namedplace:21013212 done",
        # ImageKit's prefix in prose and before a placeholder; a hex id in a provider host's path
        "IMAGEKIT_PRIVATE_KEY=private_xxxxxxxxxxxxxxxxxxxxxxxxxxx=",
        "ImageKit private keys start with private_, public keys with public_",
        "GET https://www.ipqualityscore.com/api/json/report/3f2a9c0d4b5e6f708192a3b4c5d6e7f8",
        "GET https://www.ipqualityscore.com/api/json/ip/YOUR_API_KEY_HERE/8.8.8.8",
        # a name shorter than 8 beginning a host's label names no provider there (shodan in shodanhq)
        "GET https://api.shodanhq.io/v1/scan/Xk9mQ2pLr7Vd8Hs3Nc6JbQm4Tz1Wc5Rb/status",
    ],
    "round57": [
        # the round's lookalikes the library took: a namespaced id (a short lower-case prefix glued to ':' and
        # the id, as Lexigram's concept ids lxg:<12>) after a provider's name
        "lexigram concept lxg:K0qzlfUqciYp matched user",
        "lexigram concept lxg:nud7Gxw6nTaf matched shard",
        "agora event ns:Xk9mQ2pLr7Vd resolved",
        # guards of the glued credential words: a name's words (cache, page, sort) before Key or Token stay,
        # the words alone stay, a word and a name in camel case (idempotencyKey) are no credential
        "cacheKey-d86b7bc07f96704014c5b1ac32292996 evicted",
        "nextPageToken 9f923afc08f20876f736ce27403cd780",
        "idempotencyKey: 1ee00d46-389c-4ad8-a0d2-443756dcb1a2",
        "primaryKEYkey-d86b7bc07f96704014c5b1ac32292996",
        # LaunchDarkly's prefix after a name's part, no credential word: a resource's name; a name, private and
        # a hash: a resource's name too
        "orders-api-1ee00d46-389c-4ad8-a0d2-443756dcb1a2 deployed",
        "bucket logs-private-d86b7bc07f96704014c5b1ac32292996 created",
        # a provider's name before a word, a hex hash or an id with its own prefix
        "mailjet campaign 9f923afc08f20876f736ce27403cd780 sent",
        "github 4f1c9e2b7a3d5c8e0b6f1a2d3c4e5f60718293a4 merged",
        "stripe acct_1Nv0FGQ9RKHgCVdK connected",
        "datadog agent paymentServiceHandler2026 started",
    ],
    "round58": [
        # the round's lookalike the library took: the docs' slot in brackets as Token auth's parameter
        "curl -H 'Authorization: Token token=[API_KEY]' https://api.moonclerk.com/forms",
        "Authorization: Token token=[your-api-key]",
        # guards of the lower-case credential pairs: a short hash, a name's words, no name before the pair,
        # a key that is no credential (cache-key, primary-key)
        "tls-private-key-d86b7bc0 mounted",
        "ssh-private-key-rotation-job started",
        "private-key-d86b7bc07f96704014c5b1ac32292996",
        "cache-key-d86b7bc07f96704014c5b1ac32292996 evicted",
        "orders-primary-key-d86b7bc07f96704014c5b1ac32292996",
        # an id's prefix named in prose
        "MongoDB Atlas service account secrets start with mdb_sa_sk_",
    ],
    "round59": [
        # the round's lookalikes the library took: a token's prefix before an instruction in upper-case words,
        # and the docs' slot written with another language's word for your (Pagar.me's Portuguese docs)
        "NYLAS_API_KEY=nyk_v0_REPLACE_ME",
        "STRIPE_KEY=sk_live_CHANGE_ME",
        "token: ghp_REPLACE_WITH_YOUR_TOKEN",
        "curl -X GET https://api.pagar.me/1/balance -d 'api_key=SUA_API_KEY'",
        "API_KEY=SUA_CHAVE_DE_API",
        "api_key=tu_clave_api",
        "APIKEY=VOTRE_CLE_API",
        "token=DEIN_TOKEN",
        # guards of the access code pair: a short code, an HTTP status after the words, words after them
        "access code 4821 sent by SMS",
        "access code 403 returned by the gateway",
        "access code expired for user 42",
    ],
    "round60": [
        # the round's lookalikes the library took: a scheme word before the docs' words in angle brackets
        "curl -H 'Authorization: secret-key <your secret key>' 'https://powrbot.com/api/v1/search/single/?company=Apple'",
        "Authorization: api-token <your api token>",
        "Authorization: secret-key {your secret key}",
        # guards of the phx_ alphabet: Phoenix channels' events and LiveView's ids are no key
        "phx_reply sent to channel",
        "phx_join topic room:lobby ref 4",
        "element id phx-F8xQ2mLr7Vd8Hs3Nc6Jb mounted",
        # Postmark's documented test token, a constant's name ending in API_TEST (as SECRET_KEY ends in a credential word)
        "curl -H 'X-Postmark-Server-Token: POSTMARK_API_TEST' https://api.postmarkapp.com/email",
        "api_key=ACME_API_TEST",
    ],
    "round61": [
        # the round's lookalikes the library took: a short prefix holding a digit alone or before an ellipsis,
        # an elided example (an ellipsis and fewer than 8 letters and digits), one character repeated as a dummy key
        "REPLICATE_API_TOKEN=r8_...",
        "REPLICATE_API_TOKEN=r8_",
        "SALESFORCE_ACCESS_TOKEN=00D...!...",
        "OPENAI_API_KEY=sk-...Ab3d",
        "GET https://api.route4me.com/api.v4/address_book.php?api_key=11111111111111111111111111111111",
        "API_KEY=00000000000000000000000000000000",
        "token: aaaaaaaaaaaaaaaaaaaaaaaa",
        # guards of '.' after a credential word: not glued to a name, a method's name, a word that is no credential's owner
        "config.SECRET.Xk9mQ2pLr7Vd8Hs3Nc6JbQm4",
        "appTOKEN.refreshAccessTokenIfExpired()",
        "cacheKEY.Xk9mQ2pLr7Vd8Hs3Nc6JbQm4 evicted",
    ],
    "round62": [
        # guards: a Teamwork token too short, a Ticket Tailor key too short
        "tkn.v1_Xk9mQ2pLr7Vd8Hs3Nc6J=abc",
        "sk_1234_567890_short",
    ],
    "round63": [
        # guards: a lower-case credential word glued to a word that is no provider's name, a short value
        "cacheaccess 3f7e2a91-5c4b-4d8e-9a1f-6b2c0e7d4a53",
        "nexttoken 4e8a1c7f2b9d0e6a3c5f8b1d7e2a9c04",
        "cache-secretkey-7b2e9f4a1c8d0e3b6a5f2c9d1e7b4a80",
        "sortACCESS key 2c9f7e1a4b8d3e0c6f5a9b2d1e7c4a83",
        "shortcutaccess 12",
        "sgp_5d2a9e7c1b4f8a03_local_8e1c4b7a",
    ],
    "round64": [
        # guards: digits after a credential word with no provider's name before it, too few or too alike,
        # after a word that names an id; a chain of words with no name before it, an id word in the chain
        "ACCESS 9381396218264599686498064",
        "vbout ACCESS 12345678901234567890",
        "vbout ACCESS 1111111111222222222211111",
        "twilio account ACCESS 9381396218264599686498064",
        "token-key-c49af47f-25e3-5fc6-7e79-ecb2191baf93",
        "orders-cache-key-c49af47f-25e3-5fc6-7e79-ecb2191baf93",
        "READ-access-key-c49af47f-25e3-5fc6-7e79-ecb2191baf93",
    ],
    "round65": [
        # guards: the corrected lookalike, Stripe's public ids and publishable key, a Supabase project host
        "streak secret is to log in 12 days in a row",
        "stripe payment intent pi_3Pq8Xk2LmN4vR7tW9yZ1aB5c succeeded on account acct_1Nv0FGQ9RKHgCVdK",
        "stripe publishable key pk_live_51Hq3kLm8Np2Rs4Tv6Xz9Ab loaded in checkout.js",
        "supabase project qwertyuiopasdfghjklz restored at https://qwertyuiopasdfghjklz.supabase.co",
    ],
    "round66": [
        # the docs' placeholder ending in 'yours' (ZeroBounce's); the dummy password after a variable holding the key
        "GET https://api.zerobounce.net/v2/validate?api_key=replacewithyours&email=valid@example.com",
        "api_key=insertyours",
        'curl -u "$WORKSNAPS_TOKEN:ignored" https://api.worksnaps.com/api/projects.xml',
        "curl -u $HARVEST_TOKEN:unused https://api.harvestapp.com/v2/users/me",
        # guards: ACCESS with no name glued before it, or after '_'; 'access' after a word that is no provider's name
        "ACCESS=7d1e4a9c2f6b0835e1a7c4d92b6f0e38",
        "read_ACCESS=7d1e4a9c2f6b0835e1a7c4d92b6f0e38",
        "nextPageACCESS=7d1e4a9c2f6b0835e1a7c4d92b6f0e38",
        "cache-access-5e8a2c1f-7b4d-4a93-8e6c-2d9f1b7a3c05",
        "orders-access-5e8a2c1f-7b4d-4a93-8e6c-2d9f1b7a3c05",
        "zerobounceACCESS=enabled",
    ],
}

REDACTED_CASES = [(rnd, text, secret) for rnd, cases in REDACTED.items() for text, secret in cases]
KEPT_CASES = [(rnd, text) for rnd, texts in KEPT.items() for text in texts]


def _ids(cases: list[tuple[str, ...]]) -> list[str]:
    seen: dict[str, int] = {}
    ids = []
    for rnd, *_ in cases:
        seen[rnd] = seen.get(rnd, 0) + 1
        ids.append(f"{rnd}-{seen[rnd]}")
    return ids


@pytest.mark.parametrize(("rnd", "text", "secret"), REDACTED_CASES, ids=_ids(REDACTED_CASES))
def test_a_secret_the_round_found_is_redacted(rnd: str, text: str, secret: str) -> None:
    out = REDACTOR.redact_text(text)
    assert secret not in out, out


@pytest.mark.parametrize(("rnd", "text"), KEPT_CASES, ids=_ids(KEPT_CASES))
def test_a_lookalike_the_round_wrote_stays(rnd: str, text: str) -> None:
    assert REDACTOR.redact_text(text) == text


def test_round45_bearer_key_in_a_record() -> None:
    record = {"message": "config", "attributes": {"TWITTER_BEARER": "HTgmB51u0wcBBvY1oi4772hOMpfao9eIoY2v3vvL", "token_type": "Bearer"}}
    REDACTOR.redact_record(record)
    assert record["attributes"]["TWITTER_BEARER"] != "HTgmB51u0wcBBvY1oi4772hOMpfao9eIoY2v3vvL"
    assert record["attributes"]["token_type"] == "Bearer"


def test_round37_vault_secret_id_in_a_record() -> None:
    record = {"message": "config", "attributes": {"vault.approle.secret_id": "3f9c1a7e-52b4-4d0e-9a61-c7e2b8d4f015", "role_id": "5b7e2c90-1d4a-4f3b-8e6c-a0d9f2b7c341"}}
    REDACTOR.redact_record(record)
    assert record["attributes"]["vault.approle.secret_id"] != "3f9c1a7e-52b4-4d0e-9a61-c7e2b8d4f015"
    assert record["attributes"]["role_id"] == "5b7e2c90-1d4a-4f3b-8e6c-a0d9f2b7c341"


def test_round8_detector_keywords_are_provider_names_unless_everyday_words() -> None:
    rules = {r.id: r for r in load_library()}
    new = {"jupiterone", "netsuite"}
    assert new <= near_provider_words()
    # everyday words (coverage: juro, nimble) and platforms left out on purpose
    assert not {"jira", "juro", "nimble", "noticeable", "nuget"} & near_provider_words()
    for rule_id in ("provider-name-near-credential", "provider-label-token"):
        assert new <= set(rules[rule_id].keywords), rule_id


def test_round10_everyday_names_are_weak_provider_names() -> None:
    """Everyday words and platforms mark a token only when it mixes cases and digits (see validators)."""
    weak = weak_provider_words()
    assert {"holistic", "humanity", "kanban", "enigma", "semaphore", "jira"} <= weak
    assert not weak & near_provider_words()
    assert "okta" not in weak  # Okta's user ids are 00u and 17 mixed characters
    assert {"onfleet", "openvpn", "overloop"} <= near_provider_words()


def test_round11_detector_keywords_are_provider_names() -> None:
    """trufflehog's keywords that differ from the detector's name (wandb, zonka) or were missing are names;
    wiz, three letters and short for wizard, marks only a token that mixes cases and digits."""
    assert {"wandb", "zerotier", "zonka"} <= near_provider_words()
    assert "wiz" in weak_provider_words() and "wiz" not in near_provider_words()
    for key in ("WANDB_KEY", "wiz_api_token", "ZEROTIER_KEY", "zonkaApiKey"):
        assert REDACTOR.keys.is_secret(key), key


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("export QUORVEX_KEY=6vCryHgvETS00TfZrc88Zm15HXubwHrH", "6vCryHgvETS00TfZrc88Zm15HXubwHrH"),
        ('{"quorvexKey": "oXoFH8uycYhMXa3nveJ4A0D6HwlYULlwY3Ka", "service": "billing"}', "oXoFH8uycYhMXa3nveJ4A0D6"),
        ("exec: /app/bin/worker --quorvex-key sPucwrqS82cAmH1quJSSCwjtH0mwBnmA --verbose", "sPucwrqS82cAmH1quJSSCwjtH0"),
    ],
)
def test_round11_a_key_named_for_a_provider_the_list_lacks(text: str, secret: str) -> None:
    """<name>_KEY for a name not in the providers list holds a credential when its value cannot be an id or a name."""
    assert secret not in REDACTOR.redact_text(text)


def test_round11_a_record_key_named_for_a_provider_the_list_lacks() -> None:
    record = {"attributes": {"QUORVEX_KEY": "6vCryHgvETS00TfZrc88Zm15HXubwHrH", "cache_key": "6vCryHgvETS00TfZrc88Zm15HXubwHrH"}}
    REDACTOR.redact_record(record)
    assert record["attributes"]["QUORVEX_KEY"] != "6vCryHgvETS00TfZrc88Zm15HXubwHrH"
    assert record["attributes"]["cache_key"] == "6vCryHgvETS00TfZrc88Zm15HXubwHrH"


def test_round12_everyday_names_are_weak_provider_names() -> None:
    """npm, swell, twitter, guardian and facebook mark only a token that cannot be an id (or their own key's shape);
    tru, a prefix of true and trust, is not a name in free text at all."""
    assert {"npm", "swell", "twitter", "guardian", "facebook"} <= weak_provider_words()
    assert not {"npm", "swell", "twitter", "guardian", "facebook", "tru"} & near_provider_words()
    assert "tru" not in weak_provider_words()


def test_round36_everyday_names_are_weak_provider_names() -> None:
    """Azure and AWS (platforms, AWS three letters), Autodesk, Autopilot and Scaleway (kept out of free text as
    names) mark in free text a random mix or their own key's shape; a provider's name ending in a credential
    word (salescookie, auth0) is its name as a key, not a credential's."""
    names = {"azure", "aws", "autodesk", "autopilot", "scaleway"}
    assert names <= weak_provider_words()
    assert not names & near_provider_words()
    for key in ("salescookie", "auth0", "Auth0", "SALESCOOKIE"):
        assert not REDACTOR.keys.is_secret(key), key
    for key in ("token", "credentials", "htpasswd", "AUTH0_TOKEN", "salescookie_api_key", "session_cookie"):
        assert REDACTOR.keys.is_secret(key), key


def test_round38_everyday_names_are_weak_provider_names() -> None:
    """Scrutinizer, Segment, Sentry and Shortcut (kept out of free text as names) mark in free text a random mix
    or their own key's shape; Signable, a provider the list lacked, is a name."""
    names = {"scrutinizer", "segment", "sentry", "shortcut"}
    assert names <= weak_provider_words()
    assert not names & near_provider_words()
    assert "signable" in near_provider_words()
    rules = {r.id: r for r in load_library()}
    for rule_id in ("provider-name-near-credential", "provider-label-token"):
        assert names | {"signable"} <= set(rules[rule_id].keywords), rule_id


def test_round39_detector_keywords_are_names() -> None:
    """trufflehog's keywords skrapp and speechtext (the list had skrappio and speechtextai) are names; Splunk,
    kept out of free text as a name, marks in free text a random mix."""
    assert {"skrapp", "speechtext"} <= near_provider_words()
    assert "splunk" in weak_provider_words() and "splunk" not in near_provider_words()
    rules = {r.id: r for r in load_library()}
    for rule_id in ("provider-name-near-credential", "provider-label-token"):
        assert {"skrapp", "speechtext", "splunk"} <= set(rules[rule_id].keywords), rule_id


def test_round41_streak_is_a_weak_provider_name() -> None:
    """Streak (an everyday word, not in the providers list) marks in free text a random mix or its own key's
    shape, 32 hex digits."""
    assert "streak" in weak_provider_words() and "streak" not in near_provider_words()
    rules = {r.id: r for r in load_library()}
    for rule_id in ("provider-name-near-credential", "provider-label-token"):
        assert "streak" in rules[rule_id].keywords, rule_id


def test_round42_weak_and_new_provider_names() -> None:
    """Chatbot and Clockwork (everyday words, not in the providers list) and Canny, Cashboard and Cicero (kept out
    of free text as names) are weak names; Chatfuel is a name of the providers list; checkout stays no name."""
    new_weak = {"chatbot", "clockwork", "canny", "cashboard", "cicero"}
    assert new_weak <= weak_provider_words() and new_weak.isdisjoint(near_provider_words())
    assert "checkout" not in weak_provider_words() | near_provider_words()
    assert "chatfuel" in near_provider_words()
    rules = {r.id: r for r in load_library()}
    for rule_id in ("provider-name-near-credential", "provider-label-token"):
        assert new_weak | {"chatfuel"} <= set(rules[rule_id].keywords), rule_id


def test_round44_weak_provider_names() -> None:
    """Coda, Collect2, Column, Commodities, Copper and Verifier (everyday words or a tool's name, not in the providers
    list) and Cloze and Confluent (kept out of free text as names) are weak names."""
    new_weak = {"coda", "collect2", "column", "commodities", "copper", "verifier", "cloze", "confluent"}
    assert new_weak <= weak_provider_words() and new_weak.isdisjoint(near_provider_words())
    rules = {r.id: r for r in load_library()}
    for rule_id in ("provider-name-near-credential", "provider-label-token"):
        assert new_weak <= set(rules[rule_id].keywords), rule_id


def test_round47_weak_provider_names() -> None:
    """Hive, IBM, Nasdaq, LINE, Raven, GetEmail(s), Daily, Debounce, M3O, Magnetic, Manifest, Toggl, Adobe and Apollo
    (words, names not in the providers list, or names kept out of free text) are weak names."""
    new_weak = set("hive ibm nasdaq line raven getemail getemails daily debounce m3o magnetic manifest toggl adobe apollo".split())
    assert new_weak <= weak_provider_words() and new_weak.isdisjoint(near_provider_words())
    rules = {r.id: r for r in load_library()}
    for rule_id in ("provider-name-near-credential", "provider-label-token"):
        assert new_weak <= set(rules[rule_id].keywords), rule_id


def test_round48_weak_provider_names() -> None:
    """Abstract, HockeyApp and Sonar (a word, a retired platform, a word; not in the providers list) and Artifactory
    (kept out of free text as a name) are weak names."""
    new_weak = set("abstract artifactory hockeyapp sonar".split())
    assert new_weak <= weak_provider_words() and new_weak.isdisjoint(near_provider_words())
    rules = {r.id: r for r in load_library()}
    for rule_id in ("provider-name-near-credential", "provider-label-token"):
        assert new_weak <= set(rules[rule_id].keywords), rule_id


def test_round13_docker_config_key_in_a_record() -> None:
    record = {"data": {".dockerconfigjson": "ewogICJhdXRocyI6IHsicmVnaXN0cnkuZXhhbXBsZS5jb20iOiB7fX19"}}
    assert REDACTOR.redact_record(record) == 1
    assert "ewogICJh" not in str(record)
