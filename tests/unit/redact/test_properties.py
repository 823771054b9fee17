"""Property tests (hypothesis, fixed seeds): idempotent, ids untouched, non-strings kept, secrets gone."""

from __future__ import annotations

import copy
import random
import uuid
from typing import Any

import orjson
from hypothesis import given, seed, settings
from hypothesis import strategies as st

from pipeline.redact import Redactor, load_library
from pipeline.redact.synth import expand

REDACTOR = Redactor()
TEMPLATES = [t for r in load_library() if r.enabled for t in r.examples]
SETTINGS = settings(max_examples=150, deadline=None, derandomize=True)

hex_id = st.sampled_from([16, 32, 40, 64]).flatmap(lambda n: st.text("0123456789abcdef", min_size=n, max_size=n))
uuids = st.builds(lambda i: str(uuid.UUID(int=i)), st.integers(0, 2**128 - 1))
words = st.text(st.sampled_from("abcdefghij klmnop=:/.-_"), max_size=40)
json_values: Any = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.floats(allow_nan=False) | words,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(words, children, max_size=4),
    max_leaves=12,
)


@seed(11)
@SETTINGS
@given(ids=st.lists(hex_id | uuids, min_size=1, max_size=6), filler=words)
def test_ids_hashes_uuids_are_never_touched(ids: list[str], filler: str) -> None:
    text = f"trace_id={ids[0]} {filler} " + " ".join(f"sha={i}" for i in ids)
    assert REDACTOR.redact_text(text) == text
    record = {"trace_id": ids[0], "span_id": ids[-1], "attributes": {"request_id": ids[0], "checksum": ids[-1]}}
    before = copy.deepcopy(record)
    REDACTOR.redact_record(record)
    assert record == before


@seed(12)
@SETTINGS
@given(
    key=st.sampled_from(["password", "token_count", "api_key", "secret", "password_reset_requested", "session", "Authorization"]),
    value=st.none() | st.booleans() | st.integers(-(10**9), 10**9) | st.floats(allow_nan=False),
)
def test_non_strings_under_secret_keys_keep_their_values(key: str, value: Any) -> None:
    record = {"attributes": {key: value, "nested": {key: [value]}}}
    before = copy.deepcopy(record)
    REDACTOR.redact_record(record)
    assert record == before


@seed(13)
@SETTINGS
@given(index=st.integers(0, len(TEMPLATES) - 1), rnd=st.integers(0, 2**32), prefix=words, suffix=words)
def test_secret_never_survives_and_redaction_is_idempotent(index: int, rnd: int, prefix: str, suffix: str) -> None:
    sample = expand(TEMPLATES[index], random.Random(rnd))
    text = f"{prefix} {sample.text} {suffix}"
    once = REDACTOR.redact_text(text)
    for secret in sample.secrets:
        assert secret not in once
    assert REDACTOR.redact_text(once) == once
    record = {"message": text, "attributes": {"detail": [sample.text]}}
    REDACTOR.redact_record(record)
    dumped = orjson.dumps(record).decode()
    for secret in sample.secrets:
        assert secret not in dumped
    again = copy.deepcopy(record)
    assert REDACTOR.redact_record(again) == 0 and again == record


@seed(14)
@SETTINGS
@given(value=json_values)
def test_any_json_record_is_idempotent(value: Any) -> None:
    record = {"attributes": {"v": value}}
    REDACTOR.redact_record(record)
    after = copy.deepcopy(record)
    REDACTOR.redact_record(after)
    assert after == record
