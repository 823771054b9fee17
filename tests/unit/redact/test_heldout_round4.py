"""The round-4 held-out generator writes its formats; the rules written from its misses hold.

The checks every round shares are in ``test_heldout_rounds.py``; the recall figure itself is
printed by ``python -m tests.unit.redact.heldout_round4``.
"""

from __future__ import annotations

import copy

import pytest

from pipeline.redact import Redactor
from tests.unit.redact.innocents_round4 import lookalike_records

REDACTOR = Redactor()


@pytest.mark.parametrize(
    "record",
    [
        {"attributes": {"datadog": "3f2a9c0d4b5e6f708192a3b4c5d6e7f8"}},
        {"attributes": {"DATADOG": "3f2a9c0d-4b5e-6f70-8192-a3b4c5d6e7f8"}},
        {"attributes": {"stripe": "sk_live_" + "aB3dE5" * 5}},
        {"attributes": {"sendgrid": "Xk9mQ2pL7vR4tZ8bN1cW5yH3jF6gD0sA2eU7iO9q"}},
        {"attributes": {"chartmogul": "q7k2m9x4v1z8c3b6n5t0w2r7y4p1s8d3"}},
    ],
)
def test_provider_name_key_with_a_token_is_redacted(record: dict[str, object]) -> None:
    """A provider's name alone as an attribute key was neutral: its token stayed (issue #17)."""
    rec = copy.deepcopy(record)
    REDACTOR.redact_record(rec)
    ((_key, value),) = rec["attributes"].items()  # type: ignore[attr-defined]
    assert "[REDACTED:" in value, rec


def test_provider_name_key_is_redacted_every_time_it_is_met() -> None:
    """The key is never made 'plain' (decided by one set lookup), so a second record is looked at too."""
    for _ in range(3):
        rec = {"attributes": {"datadog": "enabled", "service.version": "1.4.2"}}
        REDACTOR.redact_record(rec)
        assert rec["attributes"]["datadog"] == "enabled"
        rec = {"attributes": {"datadog": "3f2a9c0d4b5e6f708192a3b4c5d6e7f8"}}
        REDACTOR.redact_record(rec)
        assert rec["attributes"]["datadog"] != "3f2a9c0d4b5e6f708192a3b4c5d6e7f8"


@pytest.mark.parametrize("record", lookalike_records(), ids=lambda r: repr(r)[:60])
def test_provider_name_key_with_an_ordinary_value_stays(record: dict[str, object]) -> None:
    rec = copy.deepcopy(record)
    REDACTOR.redact_record(rec)
    assert rec == record


@pytest.mark.parametrize(
    "text",
    [
        "atera secret 0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "configured bugherd access key: k2m9x4v1z8c3b6n5t0w2r7",
        "using Bitbar token q7k2m9x4v1z8c3b6n5t0w2r7y4p1s8d3 for the nightly sync",
        "define('DB_PASSWORD', 'Xq9!kLmP2zRt');",
        'config.put("api_key", "Pq7wXs2LmZt9RvYc0aB4");',
        'client.setAuthToken("qphS8qet34FcRXDGnw7Y")',
        "Authorization: Client-ID 8f7a6b5c4d3e2f1a0b9c",
        "authorization: JWT Zk29aLqP0xV7mN3bW8cR",
        'db_pwd <- "JgY*dwcg9k6"',
        'const pass = process.env.DB_PASSWORD || "64hqmNCkFWcn3bg8";',
        'x := jwt.sign(p, "J*LTKdOolR2htI5H", {})',
        'sql.Open("mysql", "app:h1JljlcTrYO@tcp(127.0.0.1:3306)/orders")',
        "Bearer abcdEFGH1234ijkl.v1.Zx9_Qw8-Er7tYu6IoP5a.0123456789abcdef0123456789abcdef",
    ],
)
def test_round4_formats_are_redacted(text: str) -> None:
    out = REDACTOR.redact_text(text)
    assert "[REDACTED:" in out, out


@pytest.mark.parametrize(
    ("key", "secret"),
    [("dbpwd", True), ("ROOTPWD", True), ("mailPwd", True), ("pwd_length", False), ("cwd", False)],
)
def test_keys_ending_in_pwd(key: str, secret: bool) -> None:
    from pipeline.redact.keys import SECRET

    assert (REDACTOR.keys.classify(key) == SECRET) is secret


@pytest.mark.parametrize(
    "text",
    [
        "OLDPWD=/home/deploy/app",
        'const password = process.env.DB_PASSWORD || "";',
        "api_token = os.environ['API_TOKEN']",
        'pass := os.Getenv("DB_PASS")',
        "db_pwd <- Sys.getenv('DB_PWD')",
    ],
)
def test_environment_references_and_calls_are_not_values(text: str) -> None:
    assert REDACTOR.redact_text(text) == text


def test_a_default_after_an_environment_reference_is_redacted() -> None:
    out = REDACTOR.redact_text('const pass = process.env.DB_PASSWORD || "64hqmNCkFWcn3bg8";')
    assert "64hqmNCkFWcn3bg8" not in out and "process.env.DB_PASSWORD" in out


@pytest.mark.parametrize(
    "text",
    [
        "mounted secret checkout-db-credentials-7f9c2 into pod",
        "Created secret default-token-x7k2p9q4 in namespace kube-system",
        "secret payments-api-tls-2024-05-01 renewed",
        "Secret vault-agent-token-5h2k9xq7w1 created",
        "secret checkout-svc-7d9f8c6b5-x2k4p ready",
    ],
)
def test_kubernetes_secret_names_after_the_word_secret_stay(text: str) -> None:
    assert REDACTOR.redact_text(text) == text
