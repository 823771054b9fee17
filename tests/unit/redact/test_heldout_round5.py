"""The round-5 held-out generator writes its formats; the rules written from its misses hold.

The checks every round shares are in ``test_heldout_rounds.py``; the recall figure itself is
printed by ``python -m tests.unit.redact.heldout_round5``.
"""

from __future__ import annotations

import pytest

from pipeline.redact import Redactor, load_library
from pipeline.redact.validators import PROVIDER_WORDS, near_provider_words, weak_provider_words
from tests.unit.redact.innocents_round5 import PROVIDERS

REDACTOR = Redactor()
RULES = {r.id: r for r in load_library()}


def test_near_rules_prefilter_on_every_name_their_validators_take() -> None:
    """The keyword lists of the two rules are the names the validators look for (a name missing from
    the list would never wake the rule; one missing from the set would wake it for nothing)."""
    names = near_provider_words() | weak_provider_words()
    # a name written as its domain ("data.gov") wakes the rules as its joined spelling does (round 29)
    assert {k.replace(".", "") for k in RULES["provider-label-token"].keywords} == names
    assert {k.replace(".", "") for k in RULES["provider-name-near-credential"].keywords} == names - PROVIDER_WORDS
    assert set(PROVIDERS) - {"mux", "semaphore", "twist"} <= names | {"tatum"}
    assert not {"google", "linear", "checkout", "mux"} & names
    # weak names since round 38: in free text only a random mix or their own key's shape (Sentry's 64 hex)
    assert not {"sentry", "segment"} & near_provider_words()


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("agora: q7k2m9x4v1z8c3b6n5t0w2r7y4p1s8d3", "q7k2m9x4v1z8c3b6n5t0w2r7y4p1s8d3"),
        (
            "Bitfinex client configured: Xk9mQ2pL7vR4tZ8bN1cW5yH3jF6gD0sA2eU",
            "Xk9mQ2pL7vR4tZ8bN1cW5yH3jF6gD0sA2eU",
        ),
        (
            '{"urlscan": "3f2a9c0d-4b5e-6f70-8192-a3b4c5d6e7f8"}',
            "3f2a9c0d-4b5e-6f70-8192-a3b4c5d6e7f8",
        ),
        (
            "rotating agora credentials, new value q7k2m9x4v1z8c3b6n5t0w2r7y4p1s8d3",
            "q7k2m9x4v1z8c3b6n5t0w2r7y4p1s8d3",
        ),
        ("locationiq key pk.q7k2m9x4v1z8c3b6n5t0w2r7y4p1s8d3", "q7k2m9x4v1z8c3b6n5t0w2r7y4p1s8d3"),
        ("courier: pk_prod_Xk9mQ2pL7vR4tZ8bN1cW5yH3jF6g", "pk_prod_Xk9mQ2pL7vR4tZ8bN1cW5yH3jF6g"),
        (
            "wepay api key prod_Xk9mQ2pL7vR4tZ8bN1cW5yH3jF6gD0sA2eU",
            "prod_Xk9mQ2pL7vR4tZ8bN1cW5yH3jF6gD0sA2eU",
        ),
        (
            "fibery: 255ebfd3.ee75213788ff191876e6674a14d0a4883e0",
            "ee75213788ff191876e6674a14d0a4883e0",
        ),
    ],
)
def test_provider_name_before_a_token_is_redacted(text: str, secret: str) -> None:
    assert secret not in REDACTOR.redact_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "urlscan result: 3f2a9c0d-4b5e-6f70-8192-a3b4c5d6e7f8",
        "tatumio job: 3f2a9c0d-4b5e-6f70-8192-a3b4c5d6e7f8",
        "agora channel=orders region: q7k2m9x4v1z8c3b6n5t0w2r7y4p1s8d3",
        "POST https://api.courier.com/send 202 requestId=Xk9mQ2pL7vR4tZ8bN1cW5yH3jF",
        "agora bundle: main.3f2a9c0d4b5e6f708192.js",
        "kickbox: com.acme.batch.PaymentServiceHandler2026",
        "agora public key Oj01AMQJNRRxPAG1al9C1KbhjtDTNM5C3HDMstKlHoM=",
        "stripe product: prod_NWjs8kKbJWmuuc",
        "sentry: 3f2a9c0d4b5e6f708192a3b4c5d6e7f8",
        "semaphore: q7k2m9x4v1z8c3b6n5t0w2r7y4p1s8d3",
    ],
)
def test_ids_names_and_everyday_words_before_a_value_stay(text: str) -> None:
    assert REDACTOR.redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("nvapi-" + "Ab3_" * 16, "nvapi-" + "Ab3_" * 16),
        ("idx-1000." + "3f" * 16 + "." + "a9" * 16, "1000." + "3f" * 16 + "." + "a9" * 16),
        ("BoomErrflb_live_Xk9mQ2pL7vR4tZ8bN1cW", "flb_live_Xk9mQ2pL7vR4tZ8bN1cW"),
        (
            "retry=pub-c-q7k2m9x4-v1z8-c3b6-n5t0-w2r7y4p1s8d3123",
            "pub-c-q7k2m9x4-v1z8-c3b6-n5t0-w2r7y4p1s8d3",
        ),
        (
            "secret pi_Xk9mQ2pL7vR4tZ8bN1cW5yH3_secret_jF6gD0sA2eU7iO9qXk9mQ2pL7",
            "pi_Xk9mQ2pL7vR4tZ8bN1cW5yH3_secret_jF6gD0sA2eU7iO9qXk9mQ2pL7",
        ),
        (
            'curl -H "X-API-Key: ptr_Xk9mQ2pL7vR4tZ8bN1cW5y+/H3jF6g"',
            "ptr_Xk9mQ2pL7vR4tZ8bN1cW5y+/H3jF6g",
        ),
        (
            'Set ou = dso.OpenDSObject("LDAP://dc.acme.local/OU=IT", "acme\\admin", "Zq7!mK2#pL9x", 1)',
            "Zq7!mK2#pL9x",
        ),
        ("Authorization: Zoho-oauthtoken 1000.abc123def456ghi789", "1000.abc123def456ghi789"),
    ],
)
def test_round5_prefixes_and_calls_are_redacted(text: str, secret: str) -> None:
    out = REDACTOR.redact_text(text)
    assert secret not in out, out


def test_an_unknown_authorization_scheme_is_not_taken_for_the_token() -> None:
    """The header's token after a scheme word the regex does not list (it took the scheme before)."""
    out = REDACTOR.redact_text("Authorization: Zoho-oauthtoken 1000.abc123def456ghi789")
    assert "abc123" not in out, out
