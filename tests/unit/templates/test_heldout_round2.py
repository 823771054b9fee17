"""Round 2 of the held-out corpus: six more programs' format strings (tests.unit.templates.heldout)."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from tests.unit.templates.heldout.corpus import (
    _BRACE,
    _ERLANG,
    _LOGV2,
    _PRINTF,
    ALL_EVENTS,
    ROUNDS,
    generate,
)
from tests.unit.templates.heldout.formats import EVENTS as ROUND1
from tests.unit.templates.heldout.formats import Event
from tests.unit.templates.heldout.formats_round2 import EVENTS, PROGRAMS


def placeholders(fmt: str, style: str) -> int:
    if style == "brace":
        return len(_BRACE.findall(fmt))
    if style == "logv2":
        return len(_LOGV2.findall(fmt))
    if style == "erlang":
        return sum(1 for m in _ERLANG.finditer(fmt) if m.group(0) != "~n")
    return sum(1 for m in _PRINTF.finditer(fmt) if m.group(0) != "%%")


@pytest.mark.parametrize("event", EVENTS, ids=lambda e: f"{e.program}:{e.fmt[:40]}")
def test_every_placeholder_has_a_kind(event: Event) -> None:
    expected = len(event.keys) if event.style == "zap" else placeholders(event.fmt, event.style)
    assert len(event.kinds) == expected


def test_six_new_programs_none_of_round_one() -> None:
    counts = Counter(e.program for e in EVENTS)
    assert PROGRAMS == ("mysql", "haproxy", "etcd", "envoy", "rabbitmq", "mongodb")
    assert not set(PROGRAMS) & set(ROUNDS[1])
    assert min(counts.values()) >= 13


def test_round_one_labels_are_unchanged() -> None:
    # labels index ALL_EVENTS: round 1's events keep their indexes, so its corpus is the same
    assert ALL_EVENTS[: len(ROUND1)] == ROUND1


def test_no_two_events_of_a_program_render_the_same_text() -> None:
    seen = Counter((e.program, e.fmt, e.keys) for e in EVENTS)
    assert max(seen.values()) == 1


@pytest.mark.parametrize("program", PROGRAMS)
def test_values_fill_the_format(program: str) -> None:
    messages, labels = generate(program, 400, seed=3)
    assert {ALL_EVENTS[i].program for i in labels} == {program}
    for message, label in zip(messages, labels, strict=True):
        event = ALL_EVENTS[label]
        assert re.search(r"%l{0,2}[dsu]\b|\{\}|~[psn]|\{[a-zA-Z]+\}", message) is None, message
        body = re.sub(r"^\[C\d+\] ", "", message)
        first = re.split(r"%|\{|~[psn]", event.fmt)[0]
        assert body.startswith(first), (body, event.fmt)
        if event.style == "zap" and event.keys:
            head, _, fields = message.partition("\t")
            assert head == event.fmt and list(json.loads(fields)) == list(event.keys)


def test_generation_is_seeded() -> None:
    assert generate("etcd", 200, seed=5) == generate("etcd", 200, seed=5)
    assert generate("etcd", 200, seed=5)[0] != generate("etcd", 200, seed=6)[0]
