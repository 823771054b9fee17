"""The prefilter is exact: it finds every keyword and flags every string a rule could match.

Checked against brute force (``kw in text``) on generated text made of keywords,
pieces of keywords and noise, so overlaps like ``skey`` (``sk`` and ``key`` at one
anchor) and ``-----begin private key`` are covered.
"""

from __future__ import annotations

import copy
import random
import re
from typing import Any

from hypothesis import given, seed, settings
from hypothesis import strategies as st

from pipeline.redact import Redactor
from pipeline.redact.prefilter import BatchFilter, KeywordFinder, fold_trigger

REDACTOR = Redactor()
WORDS = sorted(REDACTOR._rules_of)  # every keyword and context word of the library
TRIGGERS = [t for t, _ in REDACTOR._triggers]
INSIDE = {w: {o for o in WORDS if o in w} for w in WORDS}  # a keyword found counts for these
SETTINGS = settings(max_examples=100, deadline=None, derandomize=True)
_NOISE = "abcdefghijklmnopqrstuvwxyz0123456789_-.:/ $=@<>\"'"


def _text(rng: random.Random, upper: float = 0.0) -> str:
    parts = []
    for _ in range(rng.randint(1, 6)):
        if rng.random() < 0.5:
            word = rng.choice(WORDS)
            if rng.random() < 0.3:  # a piece of a keyword: a near miss
                word = word[rng.randint(0, len(word) - 1) :]
            parts.append(word.upper() if rng.random() < upper else word)
        else:
            parts.append("".join(rng.choice(_NOISE) for _ in range(rng.randint(0, 10))))
    return "".join(parts)


@seed(21)
@SETTINGS
@given(st.integers(0, 2**32))
def test_keyword_finder_finds_every_keyword(n: int) -> None:
    finder = REDACTOR._finder
    rng = random.Random(n)
    for _ in range(10):
        low = _text(rng)
        named = finder.find(low)
        found = set().union(*(INSIDE[w] for w in named)) if named else set()
        assert found == {w for w in WORDS if w in low}, low


def test_keyword_finder_names_both_keywords_at_one_anchor() -> None:
    finder = KeywordFinder(["sk", "key", "key-", "private key", "pass", "password"])
    assert finder.find("skey") == {"sk", "key"}
    assert finder.find("-----begin private key-----") >= {"private key", "key-"}
    assert "password" in finder.find("db_password=x")


@seed(22)
@SETTINGS
@given(st.integers(0, 2**32))
def test_batch_filter_flags_exactly_the_strings_with_a_keyword_or_trigger(n: int) -> None:
    batch = REDACTOR._batch
    assert batch is not None
    rng = random.Random(n)
    vals = [_text(rng, upper=0.3) if rng.random() < 0.3 else _text(rng)[:8] for _ in range(rng.randint(1, 40))]
    if rng.random() < 0.2:
        vals.append(f"card {rng.randrange(10**15, 10**16)}")
    flagged = batch.flagged(vals)
    lows = [v.lower() for v in vals]
    assert flagged == [
        i for i, low in enumerate(lows) if any(w in low for w in batch.keywords) or any(t.search(low) for t in TRIGGERS)
    ]
    # ... and so every string on which some rule would run.
    assert set(flagged) >= {i for i, low in enumerate(lows) if REDACTOR._candidates(low)}
    # The strings a trigger matched are told apart (their per-string pass runs the triggers).
    assert batch.scan(vals) == (flagged, {i for i, low in enumerate(lows) if any(t.search(low) for t in TRIGGERS)})


def test_batch_filter_with_a_nul_in_a_value_flags_everything() -> None:
    f = BatchFilter(["ghp_"], [])
    assert f.flagged(["a\x00b", "c"]) == [0, 1]
    assert f.flagged(["plain", "x ghp_1", ""]) == [1]


@seed(23)
@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text("0123456789 -ab", max_size=40))
def test_folded_trigger_matches_where_the_trigger_does(text: str) -> None:
    for trigger in [*TRIGGERS, re.compile(r"(?<![0-9])[0-9]{3}-[0-9]{2}")]:
        folded = fold_trigger(trigger.pattern)
        assert folded is not None
        on_folded = re.search(folded, text.translate(str.maketrans("0123456789", "0" * 10)))
        assert (trigger.search(text) is None) == (on_folded is None)
    assert fold_trigger("4[0-9]{12}") is None  # a literal digit: not foldable, kept as it is


@seed(24)
@settings(max_examples=30, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(range(40)), min_size=1, max_size=12))
def test_a_batch_is_redacted_as_its_records_are_one_by_one(picks: list[int]) -> None:
    rng = random.Random(len(picks))
    templates: list[dict[str, Any]] = [
        {"message": "GET /api/v1/users/42 200", "attributes": {"http.route": "/users/{id}", "n": 5}},
        {"message": "login ok password=hunter2x user=bob", "trace_id": "4bf92f3577b34da6a3ce929d0e0e4736"},
        {"attributes": {"db.password": "s3cr3t", "card": 4111111111111111, "list": ["a", "ghp_" + "Ab1" * 12]}},
        {"message": "cache miss for key user:42", "resource": {"service.name": "auth-gateway"}},
    ]
    records = [copy.deepcopy(templates[p % len(templates)]) for p in picks]
    records[rng.randrange(len(records))]["message"] = f"token={'x9' * 10} sk_live_{'a1' * 12}"
    one_by_one = copy.deepcopy(records)
    batched = Redactor()
    single = Redactor()
    assert batched.redact_records(records) == sum(single.redact_record(r) for r in one_by_one)
    assert records == one_by_one
    assert batched.counts == single.counts
    assert batched.records_redacted == single.records_redacted


def test_findings_are_in_the_order_of_the_record() -> None:
    record = {
        "message": "password=hunter2x",
        "attributes": {"db.password": "s3cr3t", "note": "ghp_" + "Ab1" * 12, "card": 4111111111111111},
    }
    found = Redactor().explain_record(record)
    assert [f.path for f in found] == ["message", "attributes.db.password", "attributes.note", "attributes.card"]
