"""Every redaction measure in one table: ``python -m tests.unit.redact.figures [--seeds]``.

One line per figure, found (or touched) / total: each held-out round's recall at its
module's default seed, with the bare / keyed / text split; the noseyparker round; the
public-format corpus and its innocents (:mod:`tests.unit.redact.quality`); the labeled
corpus and its innocents (:mod:`tests.unit.redact.corpus`); the lookalikes of every round
at their default seed, and with ``--seeds`` the last round's lookalikes at seeds 1, 2 and
3 with 3,000 texts.  Each recall is given twice: ``loose`` counts a secret found once
the whole string is gone (the measure before issue #17's strict one), ``strict`` only
if no piece of it is left (:func:`tests.unit.redact.quality.leaked_piece`); ``--leaks``
lists every secret the loose measure counts found and the strict one does not.  Run it in a worktree of another commit (``cd /tmp/base &&
python -m tests.unit.redact.figures``) to compare rules before and after a change.
"""

from __future__ import annotations

import argparse
import copy
import importlib
from types import ModuleType

import orjson

from pipeline.redact import Redactor
from tests.unit.redact.corpus import Item, innocents, secrets
from tests.unit.redact.public_formats import samples as public_samples
from tests.unit.redact.quality import (
    leaked_piece,
    loose_measure,
    marker_pattern,
    measure,
    sample_leak,
    strict,
)

__all__ = ["figures"]

_FORMS = ("form/bare", "form/keyed", "form/text")


def _rounds(prefix: str) -> list[tuple[int, ModuleType]]:
    found = []
    for n in range(2, 100):
        name = f"tests.unit.redact.{prefix}{n}"
        try:
            found.append((n, importlib.import_module(name)))
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return found


def _output(redactor: Redactor, item: Item) -> str:
    if item.text is not None:
        return redactor.redact_text(item.text)
    assert item.record is not None
    record = copy.deepcopy(item.record)
    redactor.redact_record(record)
    return orjson.dumps(record).decode()


def _before(item: Item) -> str:
    return item.text if item.text is not None else orjson.dumps(item.record).decode()


def _item_leaks(redactor: Redactor, item: Item) -> list[str]:
    """The pieces of the item's secrets left after ``redactor`` (strict measure)."""
    text, markers = _output(redactor, item), marker_pattern(redactor.config.marker)
    pieces = (leaked_piece(s, _before(item), text, markers) for s in item.secrets)
    return [p for p in pieces if p is not None]


def _item_found(redactor: Redactor, item: Item) -> bool:
    if strict():
        return not _item_leaks(redactor, item)
    text = _output(redactor, item)
    return all(s not in text and orjson.dumps(s).decode()[1:-1] not in text for s in item.secrets)


def _pair(counts: list[int]) -> tuple[int, int]:
    return counts[0], counts[1]


def figures(seeds: bool = False) -> dict[str, tuple[int, int]]:
    """(found or touched, total) per measure, in the order printed."""
    redactor = Redactor()
    out: dict[str, tuple[int, int]] = {}
    for n, module in _rounds("heldout_round"):
        found = module.run(redactor=redactor)
        out[f"round{n}"] = _pair(found["all"])
        for key in _FORMS:
            if key in found:
                out[f"round{n} {key}"] = _pair(found[key])
    nosey = importlib.import_module("tests.unit.redact.heldout_noseyparker")
    out["noseyparker"] = _pair(nosey.run(redactor=redactor)["all"])
    fig = measure(redactor)
    out["public-format corpus"] = _pair(fig.found["all"])
    out["public-format innocents touched"] = fig.innocents_touched()
    items = secrets()
    out["labeled corpus"] = (sum(_item_found(redactor, item) for item in items), len(items))
    clean = innocents()
    touched = 0
    for item in clean:
        before = item.text if item.text is not None else orjson.dumps(item.record).decode()
        touched += _output(redactor, item) != before
    out["labeled innocents touched"] = (touched, len(clean))
    lookalike_rounds = _rounds("innocents_round")
    for n, module in lookalike_rounds:
        pairs = module.lookalikes()
        out[f"lookalikes round{n}"] = (sum(redactor.redact_text(t) != t for _, t in pairs), len(pairs))
    if seeds and lookalike_rounds:
        n, module = lookalike_rounds[-1]
        for seed in (1, 2, 3):
            pairs = module.lookalikes(seed=seed, count=3000)
            touched_n = sum(redactor.redact_text(t) != t for _, t in pairs)
            out[f"lookalikes round{n} seed {seed}"] = (touched_n, len(pairs))
    return out


def leaks() -> list[tuple[str, str, str, str]]:
    """(measure, family, context, redacted text) of every secret partly left: found by the loose measure only."""
    redactor = Redactor()
    found: list[tuple[str, str, str, str]] = []
    carried = [(f"round{n}", (s for _, s in m.samples())) for n, m in _rounds("heldout_round")]
    nosey = importlib.import_module("tests.unit.redact.heldout_noseyparker")
    carried.append(("noseyparker", (s for _, s in nosey.np_samples())))
    carried.append(("public-format corpus", public_samples()))
    for name, samples in carried:
        for sample in samples:
            piece = sample_leak(redactor, sample)
            if piece is None:
                continue
            with loose_measure():
                whole_gone = _item_found(redactor, Item("", "", sample.text, sample.record, (sample.secret,)))
            if whole_gone:
                out = _output(redactor, Item("", "", sample.text, sample.record, ()))
                found.append((name, sample.family.id, sample.context, out))
    for item in secrets():
        if _item_leaks(redactor, item):
            with loose_measure():
                if _item_found(redactor, item):
                    found.append(("labeled corpus", item.group, item.context, _output(redactor, item)))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", action="store_true", help="also the last round's lookalikes at seeds 1-3")
    parser.add_argument("--leaks", action="store_true", help="list the secrets partly left (generated, not real)")
    args = parser.parse_args()
    with loose_measure():
        loose = figures(args.seeds)
    print(f"{'':<34} {'loose':>11} {'strict':>11} {'strict %':>9}")
    for key, (n, total) in figures(args.seeds).items():
        before = f"{loose[key][0]}/{loose[key][1]}"
        print(f"{key:<34} {before:>11} {f'{n}/{total}':>11} {n / total:9.2%}")
    if args.leaks:
        for name, family, context, out in leaks():
            print(f"leak {name} {family} [{context}]: {out[:240]!r}")


if __name__ == "__main__":
    main()
