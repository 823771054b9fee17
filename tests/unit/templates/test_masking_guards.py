"""The token rules skipped for lack of a needed character would not have matched."""

from __future__ import annotations

from hypothesis import given, seed, settings
from hypothesis import strategies as st

from detectors.templates import masking

ALPHABET = "abcdefxXABCDEF0123456789:/\\\\.=@-_+~%()[],;'<>*#" + '"'


def every_rule(token: str) -> str:
    # every token rule, then the file-name rule, which runs on any token with a dot
    if masking._TOKEN_HINT.search(token) is not None:
        for pattern, repl in masking._TOKEN_RULES:
            token = pattern.sub(repl, token)
    return masking._FILE_NAME.sub("<PATH>", token)


@seed(17)
@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=40))
def test_guarded_masking_equals_running_every_rule(token: str) -> None:
    assert masking._mask_token(token) == every_rule(token)


def test_guarded_masking_on_known_shapes() -> None:
    for token in ("a@b.example.com", "https://x.example/y?z=1", "8f14e45f-ceea-467f-a0e6-0c1f1a2b3c4d",
                  "retries=12", "10.1.2.3:8080", "fe80::1:2:3", "/var/lib/x", "C:\\Users\\x", "0xDEAD",
                  "deadbeef01", "12:30:01.5", "15ms", "12KB", "-3.5", "x86_64", "en0"):
        assert masking._mask_token(token) == every_rule(token)
