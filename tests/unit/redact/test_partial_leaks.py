"""Secrets the strict measure found partly left (issue #17): a rule replaced their head and left the tail.

Each case is a message written by hand around a secret of the provider's
published format; the strict criterion (:func:`tests.unit.redact.quality.leaked_piece`)
must find no piece of the secret in the redacted text, and the text around it
must stay.
"""

from __future__ import annotations

import pytest

from pipeline.redact import Redactor
from tests.unit.redact.quality import leaked_piece

REDACTOR = Redactor()

# 64 hex written out by hand for Linear's OAuth token (lin_oauth_ and 64 hex).
_HEX64 = "3f9a0c7e51b2d84f6a0e93c17b5d28f4e0a6c39b71d25e8f4c0a93b6d17e52f8"
_LINEAR = f"lin_oauth_{_HEX64}"
# Kickbox's key is live_ and 64 hex; GoCardless' live_ and 40 took its first 40.
_KICKBOX = f"live_{_HEX64}"


@pytest.mark.parametrize(
    ("text", "secret", "kept"),
    [
        # lin_oauth_ and 64 hex: the 40-character form replaced the first 40 and left 24.
        (f"request to linear failed with {_LINEAR} (retrying)", _LINEAR, "(retrying)"),
        (f"cache key idx-{_LINEAR} evicted", _LINEAR, "evicted"),
        (f'{{"msg": "rejected credential {_LINEAR}"}}', _LINEAR, "rejected credential"),
        # A token with a distinctive prefix is taken to its end, not cut at a shorter format's length.
        (f"upstream call failed: {_KICKBOX} (attempt 2)", _KICKBOX, "(attempt 2)"),
        (f"GET /v2/verify?email=ops%40acme.io&apikey={_KICKBOX} 200", _KICKBOX, " 200"),
        # A value under a secret key goes on past ',' or ';' when no key follows.
        (
            "docker run -d -e MYSQL_PASSWORD=Tq4v,incU -e MYSQL_USER=app mysql:8",
            "Tq4v,incU",
            "-e MYSQL_USER=app",
        ),
        ("settings: db_password=Wb9;DQrp5Lh2?F db_host=pg-0", "Wb9;DQrp5Lh2?F", "db_host=pg-0"),
        ("export MYSQL_PASSWORD=Rk2,=0jwoabOcv0", "Rk2,=0jwoabOcv0", "export"),
        # ... and past brackets and braces inside it.
        (
            "settings: db_password=AysAy1<TIOfoW^KnOo db_host=pg-0",
            "AysAy1<TIOfoW^KnOo",
            "db_host=pg-0",
        ),
        ("settings: db_password=Ab3}x9,}y;@3a db_host=pg-0", "Ab3}x9,}y;@3a", "db_host=pg-0"),
        ("settings: db_password=k3@x,Pq!7;zZ9 db_host=pg-0", "k3@x,Pq!7;zZ9", "db_host=pg-0"),
        # A token that goes on after ':' (Optimizely's '[0-9A-Za-z:-]{54}') is replaced whole.
        (
            "Optimizely client configured: 2Rk7tLq9Xw:Wro8Gu:37UiN7r3jgPEiwE9ZThaYijGha4Qtf",
            "2Rk7tLq9Xw:Wro8Gu:37UiN7r3jgPEiwE9ZThaYijGha4Qtf",
            "Optimizely client configured:",
        ),
        (
            "optimizely api key Hq2ZpV8sKd0LmN4bXc7RtY:eTyFST3o-IJSAFO:UB4ecZGC",
            "Hq2ZpV8sKd0LmN4bXc7RtY:eTyFST3o-IJSAFO:UB4ecZGC",
            "optimizely api key",
        ),
        # ... even when its first part is short, a ':' leads it, or the span would start after a ':' or '.'
        # inside it (Scalr's '[0-9a-zA-Z._]{136}'); written by hand in the published shapes.
        ("optimizely: 7Qc:Lw2mT9xKp4Zr8Vb1Nq6Hy3Js5Dg0Fa7Ue2Io9PlMk4Rt", "7Qc:Lw2mT9xKp4Zr8Vb1Nq6Hy3Js5Dg0Fa7Ue2Io9PlMk4Rt", "optimizely:"),
        ("Optimizely client configured: :Hw4kQ9z:Tb7Xp2Lm5Vc8Rn3Jd6Fs1Gy0Ka9Eu4Oi7Ph2Mq5Wz", ":Hw4kQ9z:Tb7Xp2Lm5Vc8Rn3Jd6Fs1Gy0Ka9Eu4Oi7Ph2Mq5Wz", "configured:"),
        ("optimizely api key pX7dN:3Kq9Lm2Tz8Wb5Rv1Hc6Jy4Fs0Ga7Ue3Io9Pl2Mk8Qt", "pX7dN:3Kq9Lm2Tz8Wb5Rv1Hc6Jy4Fs0Ga7Ue3Io9Pl2Mk8Qt", "optimizely api key"),
        ("scalr api key __Q_v7Lm2Kx9Tb4Rz.Hq8Wn3Pc6Jd1Fs5Gy0Ak_7Eu2.Io9Ph4Mq", "__Q_v7Lm2Kx9Tb4Rz.Hq8Wn3Pc6Jd1Fs5Gy0Ak_7Eu2.Io9Ph4Mq", "scalr api key"),
        ("scalr: .Tz5Kq8Lm2Xw7Rb4Nv1Hc9Jd.3Fs6Gy0Ak_Eu2Io9Ph4Mq7Wz", ".Tz5Kq8Lm2Xw7Rb4Nv1Hc9Jd.3Fs6Gy0Ak_Eu2Io9Ph4Mq7Wz", "scalr:"),
    ],
)
def test_no_piece_of_the_secret_is_left(text: str, secret: str, kept: str) -> None:
    out = REDACTOR.redact_text(text)
    assert leaked_piece(secret, text, out) is None, out
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A key after ',' or ';' ends the value: the next assignment stays.
        ("login ok password=Zx8qLm2vT4;user=bob;host=db1", ";user=bob;host=db1"),
        ("login password=Zx8qLm2vT4,user=bob,host=db1", ",user=bob,host=db1"),
        ("client auth_token=Zx8qLm2vT4;path=/;HttpOnly", ";path=/;HttpOnly"),
        ("retry with token=Zx8qLm2vT4, user=bob", ", user=bob"),
        # A bracket or brace that ends the value stays.
        ("config {user=bob, password=Zx8qLm2vT4} loaded", "} loaded"),
        ("map[password:Zx8qLm2vT4] user=bob", "] user=bob"),
        ("api key Hq2ZpV8sKd0LmN4bXc7RtY failed at 10:00:00", "failed at 10:00:00"),
        # a time after a provider's credential word is no token, though a token may now hold ':'
        ("optimizely api key Hq2ZpV8sKd0LmN4bXc7RtY rotated 2024-05-01T10:00:00Z", "rotated 2024-05-01T10:00:00Z"),
    ],
)
def test_what_follows_the_value_stays(text: str, kept: str) -> None:
    out = REDACTOR.redact_text(text)
    assert out != text and kept in out, out
