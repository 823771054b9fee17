"""The walk's shortcuts change nothing: a redactor with them equals one without them.

The shortcuts (issue #21): key names decided by one set lookup once classified
(``_plain``, ``_plain_under_secret``, ``_ident``), lists of numbers decided in C,
and the rule lists remembered per combination of keywords found.  The reference
here is the same engine with the sets kept empty (every key takes the general
branch, as before the shortcuts) and the list check off; the rule lists are
compared with the way they were computed before the memo.
"""

from __future__ import annotations

import copy
import random
from typing import Any

from hypothesis import given, seed, settings
from hypothesis import strategies as st

from pipeline.bench.redact import make_records
from pipeline.redact import Redactor, load_library
from pipeline.redact.engine import _ASSIGNED_GATE, _ORDER, Rule
from pipeline.redact.synth import expand

TEMPLATES = [t for r in load_library() if r.enabled for t in r.examples]
SETTINGS = settings(max_examples=60, deadline=None, derandomize=True)

# Key names of every kind: plain, qualifiers, ids, secret, secret parents, a token as a name.
KEYS = [
    "message", "http.route", "url.path", "user.id", "note", "value", "data", "config",
    "token_count", "password_reset_requested", "username", "trace_id", "span_id", "request_id",
    "checksum", "password", "db.password", "api_key", "Authorization", "credentials", "secrets",
    "session", "aws", "STRIPE_SECRET", "ghp_" + "Ab1" * 12, "x-api-key", "cookie", "nested",
]
_SHORT = ["", "a", "ok", "GET", "a b", "x y z"]


class _NeverSet(set[Any]):
    """A set that stays empty: with it as the key sets, every key takes the general branch."""

    def add(self, item: Any) -> None:
        del item


def _reference() -> Redactor:
    """The engine without the shortcuts: what the walk did before them."""
    r = Redactor()
    r._plain = _NeverSet()
    r._plain_under_secret = _NeverSet()
    r._ident = _NeverSet()
    r._list_check_min = 1 << 62
    return r


def _value(rng: random.Random, depth: int) -> Any:
    roll = rng.random()
    if roll < 0.25:
        return expand(rng.choice(TEMPLATES), rng).text  # a secret from the corpus, in its carrier
    if roll < 0.35:
        return f"{rng.getrandbits(128):032x}" if rng.random() < 0.5 else "id with " + "a space " * rng.randint(0, 20)
    if roll < 0.45:
        return rng.choice(_SHORT)
    if roll < 0.55:
        return rng.choice([4111111111111111, 378282246310005, 10**15 + 1, 1796434972511606652, 42, -7])
    if roll < 0.62:
        return rng.choice([1.5, True, False, None])
    if roll < 0.75 and depth < 3:
        kind = rng.random()
        n = rng.randint(0, 7)
        if kind < 0.3:
            return [rng.random() for _ in range(n)]  # histogram bounds
        if kind < 0.5:
            return [rng.choice([1, 2, 4111111111111111, 10**17]) for _ in range(n)]  # counts, a card sometimes
        if kind < 0.6:
            return [rng.choice([1.5, True, None, 3]) for _ in range(n)]
        return [_value(rng, depth + 1) for _ in range(n)]
    if roll < 0.9 and depth < 3:
        return _dict(rng, depth + 1)
    return f"plain text {rng.randint(0, 10**6)} for key user:{rng.randint(0, 99)}"


def _dict(rng: random.Random, depth: int) -> dict[str, Any]:
    return {rng.choice(KEYS): _value(rng, depth) for _ in range(rng.randint(0, 6))}


def _batches(rng: random.Random) -> list[list[dict[str, Any]]]:
    out = []
    for _ in range(rng.randint(1, 4)):
        records = [_dict(rng, 0) for _ in range(rng.randint(1, 12))]
        shared = {"service.name": "checkout", rng.choice(KEYS): _value(rng, 2)}
        for record in records:
            if rng.random() < 0.6:
                record["resource"] = shared  # consecutive records share one resource dict
        out.append(records)
    return out


def _same(fast: Redactor, ref: Redactor, batches: list[list[dict[str, Any]]]) -> None:
    mine = copy.deepcopy(batches)
    for got, want in zip(mine, batches, strict=True):
        assert fast.redact_records(got) == ref.redact_records(want)
        assert got == want
    assert fast.counts == ref.counts
    assert fast.records_redacted == ref.records_redacted
    assert fast.records_seen == ref.records_seen


@seed(2101)
@SETTINGS
@given(st.integers(0, 2**32))
def test_the_walk_with_shortcuts_equals_the_walk_without(n: int) -> None:
    rng = random.Random(n)
    fast, ref = Redactor(), _reference()
    _same(fast, ref, _batches(rng))
    _same(fast, ref, _batches(rng))  # the key sets and the clean strings are warm now
    assert fast._plain and not ref._plain  # the shortcut was taken


def test_bench_records_are_redacted_alike_with_and_without_shortcuts() -> None:
    """The corpus the bench uses: every enabled rule's examples, in messages, headers and attributes."""
    fast, ref = Redactor(), _reference()
    for i, per_resource in enumerate((50, 1)):
        for secrets in (False, True):
            records = make_records(900, 17 + i, secrets, per_resource)
            batches = [records[k : k + 300] for k in range(0, len(records), 300)]
            _same(fast, ref, batches)
    assert fast.counts  # secrets were found


def test_key_sets_are_forgotten_with_the_classifier_cache() -> None:
    r = Redactor()
    r.redact_records([{"message": "hello world", "trace_id": "4bf92f3577b34da6a3ce929d0e0e4736", "n": 1}])
    assert {"message", "n"} <= r._plain and "trace_id" in r._ident
    r.keys._cache.clear()  # what the classifier does when its cache is full
    assert not r._plain and not r._plain_under_secret and not r._ident
    record = {"message": "x", "password": "hunter2x"}
    r.redact_records([record])
    assert record["password"] == "[REDACTED:secret-field]"
    assert "password" not in r._plain and "message" in r._plain


def test_a_key_named_by_a_secret_never_becomes_plain() -> None:
    r = Redactor()
    name = "ghp_" + "Ab1" * 12
    for _ in range(2):
        record = {name: "value", "message": "hello world"}
        r.redact_records([record])
        assert list(record) == ["[REDACTED:github-pat]", "message"]
    assert name not in r._plain


def _candidates_before_the_memo(r: Redactor, low: str, triggers: bool = True) -> tuple[Rule, ...]:
    """``Redactor._candidates`` as it was computed for every string before the memo."""
    words = r._finder.find(low)
    found: set[Rule] = set()
    if triggers:
        found.update(rule for trigger, rule in r._triggers if trigger.search(low) is not None)
    if not words and not found:
        return ()
    for word in words:
        found.update(r._rules_of[word])
    if not r._gated_words.isdisjoint(words) and _ASSIGNED_GATE.search(low) is not None:
        for word in words:
            found.update(r._context_of[word])
    if not found:
        return ()
    found.update(r._always)
    return tuple(sorted(found, key=_ORDER))


@seed(2102)
@SETTINGS
@given(st.integers(0, len(TEMPLATES) - 1), st.integers(0, 2**32), st.booleans())
def test_remembered_rule_lists_equal_the_computed_ones(index: int, rnd: int, triggers: bool) -> None:
    r = Redactor()
    rng = random.Random(rnd)
    texts = [expand(TEMPLATES[index], rng).text, "cache miss for key user:42", "token=abc key=def", "4111 1111 1111 1111"]
    for _ in range(2):  # the second round is answered from the memo
        for text in texts:
            low = text.lower()
            assert r._candidates(low, triggers) == _candidates_before_the_memo(r, low, triggers)
