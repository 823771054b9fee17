"""Synthetic secrets from templates: the rule library's examples, the tests' corpus, the benchmark.

A template is literal text with placeholders that a seeded RNG fills in, so
no real-looking secret is ever written down and every run is reproducible::

    ghp_{b62:36}                    36 base62 characters
    AccountName={~low:12};...       ``~`` marks a part that is not secret (an account name)
    {hex:32-40}                     a length drawn from a range
    {uuid}  {basic}  {card:visa}  {card:amex: }   (the last with spaces between groups)

Alphabets: ``b62`` A-Za-z0-9, ``hex`` / ``HEX`` hex digits, ``b64`` base64,
``b64u`` base64url, ``dig`` digits, ``low`` a-z0-9, ``up`` A-Z0-9, ``alpha``
A-Za-z, ``lalpha`` a-z, ``ualpha`` A-Z, ``b32`` a-z2-7, ``B32`` A-Z2-7,
``bech`` the upper-case bech32 alphabet.  ``{jwt_b64}`` is a JWT encoded once more in base64; ``{pem_b64}`` and ``{cert_b64}`` are a
PEM private key block and a certificate, each encoded once more in base64 (as in a
Kubernetes secret).  Anything else in braces is literal,
so JSON examples need no escaping.
"""

from __future__ import annotations

import base64
import json
import random
import re
import string
import uuid
from dataclasses import dataclass

__all__ = ["ALPHABETS", "Sample", "card_number", "expand", "luhn_valid"]

ALPHABETS: dict[str, str] = {
    "b62": string.ascii_letters + string.digits,
    "hex": "0123456789abcdef",
    "HEX": "0123456789ABCDEF",
    "b64": string.ascii_letters + string.digits + "+/",
    "b64u": string.ascii_letters + string.digits + "-_",
    "dig": string.digits,
    "low": string.ascii_lowercase + string.digits,
    "up": string.ascii_uppercase + string.digits,
    "alpha": string.ascii_letters,
    "lalpha": string.ascii_lowercase,
    "ualpha": string.ascii_uppercase,
    "b32": string.ascii_lowercase + "234567",
    "B32": string.ascii_uppercase + "234567",
    "bech": "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L",
}

_PLACEHOLDER = re.compile(
    r"\{(?P<pub>~?)(?:(?P<alpha>" + "|".join(ALPHABETS) + r"):(?P<lo>\d+)(?:-(?P<hi>\d+))?"
    r"|(?P<special>uuid|basic|pem_b64|cert_b64|jwt_b64|card:[a-z]+(?::[ -])?))\}"
)

# Brand → (prefixes, length) for Luhn-valid test card numbers.
_CARD_BRANDS: dict[str, tuple[tuple[str, ...], int]] = {
    "visa": (("4",), 16),
    "mc": (("51", "52", "53", "54", "55", "2221", "2720"), 16),
    "amex": (("34", "37"), 15),
    "discover": (("6011", "65", "644"), 16),
    "jcb": (("3528", "3589"), 16),
    "diners": (("36", "38", "300"), 14),
    "unionpay": (("62",), 16),
}


@dataclass(frozen=True)
class Sample:
    """An expanded template: the text and the generated secret parts in it."""

    text: str
    secrets: tuple[str, ...]


def luhn_valid(digits: str) -> bool:
    """Luhn checksum of a string of digits.

    >>> luhn_valid("4111111111111111"), luhn_valid("4111111111111112")
    (True, False)
    """
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_number(rng: random.Random, brand: str, sep: str = "") -> str:
    """A Luhn-valid number of ``brand`` (``visa``, ``mc``, ``amex`` ...), grouped by ``sep``."""
    prefixes, length = _CARD_BRANDS[brand]
    body = rng.choice(prefixes)
    body += "".join(rng.choice(string.digits) for _ in range(length - len(body) - 1))
    for check in string.digits:
        if luhn_valid(body + check):
            body += check
            break
    if not sep:
        return body
    groups = (4, 6, 5) if length == 15 else (4, 6, 4) if length == 14 else (4,) * (length // 4)
    out, pos = [], 0
    for g in groups:
        out.append(body[pos : pos + g])
        pos += g
    if pos < length:
        out.append(body[pos:])
    return sep.join(out)


def _special(rng: random.Random, name: str) -> str:
    if name == "uuid":
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if name == "basic":
        user = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 9)))
        pw = "".join(rng.choice(ALPHABETS["b62"]) for _ in range(rng.randint(10, 18)))
        return base64.b64encode(f"{user}:{pw}".encode()).decode()
    if name == "jwt_b64":
        claims = {"sub": str(rng.randint(1, 10**9)), "iat": rng.randint(1_600_000_000, 1_800_000_000)}
        pieces = [json.dumps({"alg": "HS256", "typ": "JWT"}).encode(), json.dumps(claims).encode(), rng.randbytes(32)]
        jwt = ".".join(base64.urlsafe_b64encode(p).decode().rstrip("=") for p in pieces)
        return base64.b64encode(jwt.encode()).decode()
    if name in ("pem_b64", "cert_b64"):
        label = "PRIVATE KEY" if name == "pem_b64" else "CERTIFICATE"
        body = base64.b64encode(rng.randbytes(96)).decode()
        pem = f"-----BEGIN {label}-----\n{body}\n-----END {label}-----\n"
        return base64.b64encode(pem.encode()).decode()
    parts = name.split(":")
    return card_number(rng, parts[1], parts[2] if len(parts) > 2 else "")


def expand(template: str, rng: random.Random) -> Sample:
    """Fill a template's placeholders from ``rng``.

    >>> s = expand("ghp_{b62:36}", random.Random(1))
    >>> len(s.text), s.secrets[0] == s.text[4:]
    (40, True)
    >>> expand("AccountName={~low:4};AccountKey={b64:8}", random.Random(2)).secrets
    ('GBeu3YV4',)
    """
    secrets: list[str] = []

    def fill(m: re.Match[str]) -> str:
        if m["special"]:
            value = _special(rng, m["special"])
        else:
            lo = int(m["lo"])
            hi = int(m["hi"]) if m["hi"] else lo
            alphabet = ALPHABETS[m["alpha"]]
            value = "".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))
        if not m["pub"]:
            secrets.append(value)
        return value

    text = _PLACEHOLDER.sub(fill, template)
    return Sample(text, tuple(secrets))
