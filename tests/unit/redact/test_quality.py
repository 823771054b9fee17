"""The strict recall measure (issue #17): a secret is found only if no piece of it is left.

Every case is written by hand: the text before, the text a redactor could have
made of it, and whether a piece of the secret is left.
"""

from __future__ import annotations

import hashlib
from typing import cast

import pytest

from pipeline.redact import Redactor
from tests.unit.redact.public_formats import Family, Sample
from tests.unit.redact.quality import (
    _removed,
    leaked_piece,
    literal_parts,
    loose_measure,
    marker_pattern,
    piece_length,
    strict,
)


@pytest.mark.parametrize(
    ("length", "expected"),
    [(1, 1), (2, 2), (5, 2), (8, 2), (9, 3), (11, 3), (12, 4), (40, 4), (400, 4)],
)
def test_a_piece_is_a_third_of_a_short_secret_and_four_characters_of_a_long_one(
    length: int, expected: int
) -> None:
    assert piece_length("x" * length) == expected


def test_a_secret_replaced_whole_leaves_nothing() -> None:
    before = "login ok password=hunter2x user=bob"
    assert (
        leaked_piece("hunter2x", before, "login ok password=[REDACTED:secret-assignment] user=bob")
        is None
    )


def test_the_tail_left_after_a_blank_is_a_leak() -> None:
    # The case of 2453e0e: a quoted option's value cut at its first blank.
    before = "mysql '--password=ab cd' -h db"
    after = "mysql '--password=[REDACTED:cli-credential-option] cd' -h db"
    assert leaked_piece("ab cd", before, after) == " c"
    assert leaked_piece("ab cd", before, "mysql '[REDACTED:cli-credential-option]' -h db") is None


def test_the_tail_of_a_token_cut_at_a_fixed_length_is_a_leak() -> None:
    token = "lin_oauth_" + hashlib.sha256(b"hand-made").hexdigest()
    before = f"request failed with {token} (retrying)"
    after = f"request failed with [REDACTED:linear-api-key]{token[50:]} (retrying)"
    assert leaked_piece(token, before, after) == token[50:54]


def test_a_published_prefix_left_in_front_of_the_marker_is_no_leak() -> None:
    token = "ghp_" + "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7d"
    before = f"push with {token} failed"
    after = "push with ghp_[REDACTED:github-pat] failed"
    assert leaked_piece(token, before, after, public=literal_parts("ghp_[A-Za-z0-9]{36}")) is None
    # Without the format, the prefix is a piece like any other.
    assert leaked_piece(token, before, after) == "ghp_"
    # The prefix and one character of the token after it are a leak.
    after_more = "push with ghp_A[REDACTED:github-pat] failed"
    assert leaked_piece(token, before, after_more, public=["ghp_"]) == "hp_A"


def test_a_word_the_secret_shares_with_the_message_is_no_leak() -> None:
    secret = "token2024secret"
    before = f"token refresh at 2024-05-01: {secret} rejected, secret rotated"
    after = "token refresh at 2024-05-01: [REDACTED:secret-assignment] rejected, secret rotated"
    assert leaked_piece(secret, before, after) is None


def test_a_piece_left_beside_the_same_text_by_chance_is_still_a_leak() -> None:
    # 'cret' occurs once around the secret and twice after redaction: one is the secret's.
    secret = "token2024secret"
    before = f"secret rotated: {secret}"
    after = "secret rotated: [REDACTED:x]4secret"
    assert leaked_piece(secret, before, after) == "4sec"


def test_a_markers_own_text_is_no_piece() -> None:
    secret = "github-token-Xq93"
    before = f"using {secret}"
    assert leaked_piece(secret, before, "using [REDACTED:github-token]") is None
    assert leaked_piece(secret, before, "using <github-token>", marker_pattern("<{rule}>")) is None


def test_a_piece_is_never_made_across_a_marker() -> None:
    # 'ab' and 'cd' of the secret sit on either side of another secret's marker.
    secret = "abcd"
    before = f"ab key=zz cd then {secret}"
    after = "ab key=[REDACTED:k] cd then [REDACTED:x]"
    assert leaked_piece(secret, before, after) is None


def test_an_escaped_tail_in_json_is_a_leak() -> None:
    secret = 'pa"ss word'
    before = '{"password": "pa\\"ss word"}'
    after = '{"password": "[REDACTED:secret-field] word"}'
    assert leaked_piece(secret, before, after) == " wo"


def test_a_urls_user_and_host_are_kept_by_design() -> None:
    secret = "https://deploy:Zq8xW2pLm4@git.example.com/"
    before = f"clone {secret}"
    after = "clone https://deploy:[REDACTED:url-password]@git.example.com/"
    assert leaked_piece(secret, before, after) is None
    after_tail = "clone https://deploy:[REDACTED:url-password]m4@git.example.com/"
    assert leaked_piece(secret, before, after_tail) == "m4@g"


def test_a_webhooks_host_and_a_bootstrap_tokens_id_are_kept_by_design() -> None:
    hook = "https://acme.webhook.office.com/webhookb2/1f2e3d4c"
    after = "post https://acme.webhook.office.com/webhookb2/[REDACTED:microsoft-teams-webhook]"
    assert (
        leaked_piece(hook, f"post {hook}", after, public=["webhook.office.com/webhookb2/"]) is None
    )
    token = "q7w2e9.0123456789abcdef"
    assert (
        leaked_piece(token, f"join {token}", "join q7w2e9.[REDACTED:kubernetes-bootstrap-token]")
        is None
    )
    assert (
        leaked_piece(token, f"join {token}", "join [REDACTED:kubernetes-bootstrap-token]cdef")
        == "cdef"
    )


def test_literal_parts_reads_groups_and_branches() -> None:
    pattern = r"(?:https?://)?hooks\.slack\.com/(?:services|workflows)/[A-Za-z0-9]{43}"
    assert sorted(literal_parts(pattern)) == sorted(
        ["http", "s", "://", "hooks.slack.com/", "services", "workflows", "/"]
    )
    hook = "https://hooks.slack.com/workflows/" + "T0a1B2c3D4" * 4 + "xyz"
    after = "https://hooks.slack.com/workflows/[REDACTED:slack-webhook-url]"
    assert leaked_piece(hook, hook, after, public=literal_parts(pattern)) is None


class _Fixed:
    """A stand-in redactor that returns one text whatever it is given."""

    def __init__(self, out: str) -> None:
        self.out = out
        self.config = Redactor().config

    def redact_text(self, text: str) -> str:
        return self.out


def test_the_loose_measure_counts_a_partly_removed_secret_found_and_the_strict_one_does_not() -> (
    None
):
    sample = Sample(
        Family("pw", "hand", "text", "[a-z ]{5}"), "mysql '--password=ab cd'", None, "ab cd", "text"
    )
    redactor = cast(Redactor, _Fixed("mysql '--password=[REDACTED:cli-credential-option] cd'"))
    assert strict()
    assert not _removed(redactor, sample)
    with loose_measure():
        assert not strict()
        assert _removed(redactor, sample)
    assert strict()
