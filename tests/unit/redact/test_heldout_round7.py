"""The round-7 held-out generator writes its formats; the rules written from its misses hold.

The checks every round shares are in ``test_heldout_rounds.py``; the recall figure itself is
printed by ``python -m tests.unit.redact.heldout_round7``.
"""

from __future__ import annotations

import pytest

from pipeline.redact import Redactor, load_library
from pipeline.redact.validators import near_provider_words
from tests.unit.redact.heldout_round7 import SOURCE_PATHS

REDACTOR = Redactor()
RULES = {r.id: r for r in load_library()}


def test_twenty_detector_files_were_read() -> None:
    assert len(set(SOURCE_PATHS.values())) == 20


def test_detector_keywords_are_provider_names_unless_everyday_words() -> None:
    names = near_provider_words()
    new = {"ecostruxureit", "elevenlabs", "envoy", "eventbrite", "exchangerate", "exchangerates"}
    assert new <= names
    assert not {"enigma", "eraser"} & names
    for rule_id in ("provider-name-near-credential", "provider-label-token"):
        assert new <= set(RULES[rule_id].keywords), rule_id


@pytest.mark.parametrize(
    ("text", "secret"),
    [
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
)
def test_round7_tokens_are_redacted(text: str, secret: str) -> None:
    out = REDACTOR.redact_text(text)
    assert secret not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "POST https://api-mon.ethplorer.io/createPool addresses=0xe88012fd92f6f516d3966b1bed667f519a6041d9 401",
        "etherscan: 0x9f0c441911325206f2ed53f9c7fa10ba1d77e5c0",
        "GET https://v6.exchangerate-api.com/v6/latest/USD 403",
        "envoy x-request-id: 3f2a9c0d-1b2c-4d5e-8f90-a1b2c3d4e5f6",
        "envoy cluster outbound|8080||orders.default.svc.cluster.local healthy",
        "eraser tool selected on layer 12",
        "exchangerate USD/EUR 0.9234 at 2024-05-01",
    ],
)
def test_addresses_and_everyday_lines_stay(text: str) -> None:
    assert REDACTOR.redact_text(text) == text
