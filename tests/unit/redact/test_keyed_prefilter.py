"""Strings under secret-sounding keys, with and without the batch filter's pass over them.

:meth:`Redactor._keyed` names the rule when one finds the whole value (a JWT under ``token``);
the batch filter now decides for all of a batch's keyed strings at once which can hold such a
match, so the rules run only on those.  Whatever the values, the records must come out the
same as when every keyed string is looked at (the pass turned off): every rule's own examples
(expanded as the labeled corpus expands them), the same after an auth scheme and with blanks
around, and the innocents corpus, under several secret-sounding keys.
"""

from __future__ import annotations

import copy
import random
from typing import Any

import pytest

from pipeline.redact import Redactor, load_library
from pipeline.redact.synth import expand
from tests.unit.redact.corpus import innocents

KEYS = ("password", "authorization", "session.id", "api_key", "client_secret")


def _values() -> list[str]:
    rng = random.Random(11)
    out: list[str] = []
    for rule in load_library():
        for template in rule.examples:
            text = expand(template, random.Random(rng.getrandbits(64))).text
            out += [text, f"Bearer {text}", f"  {text} ", f"Basic {text}"]
    out += [item.text for item in innocents(seed=3, count=400) if item.text]
    out += ["Bearer", "Bearer ", "", "   ", "3f2a9c0d4b5e6f70", "[REDACTED:jwt]"]
    return out


def _records(values: list[str]) -> list[dict[str, Any]]:
    return [
        {"service.name": "api", "attributes": {KEYS[i % len(KEYS)]: value, "list": [value]}, "body": "x"}
        for i, value in enumerate(values)
    ]


@pytest.mark.parametrize("batch", [1, 37, 500])
def test_keyed_strings_come_out_as_when_each_is_looked_at(batch: int, monkeypatch: pytest.MonkeyPatch) -> None:
    records = _records(_values())
    with_pass = copy.deepcopy(records)
    without = copy.deepcopy(records)
    redactor = Redactor()
    for i in range(0, len(with_pass), batch):
        redactor.redact_records(with_pass[i : i + batch])
    plain = Redactor()
    monkeypatch.setattr(plain, "_keyed_flagged", lambda special, locs: None)
    for i in range(0, len(without), batch):
        plain.redact_records(without[i : i + batch])
    assert with_pass == without
    # the comparison sees rules naming whole values, not only the key's own marker
    names = {v for r in with_pass for v in r["attributes"].values() if isinstance(v, str) and v.startswith("[REDACTED:")}
    assert len(names) > 10, names
