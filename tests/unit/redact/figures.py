"""Every redaction measure in one table: ``python -m tests.unit.redact.figures [--seeds]``.

One line per figure, found (or touched) / total: each held-out round's recall at its
module's default seed, with the bare / keyed / text split; the noseyparker round; the
public-format corpus and its innocents (:mod:`tests.unit.redact.quality`); the labeled
corpus and its innocents (:mod:`tests.unit.redact.corpus`); the lookalikes of every round
at their default seed, and with ``--seeds`` the last round's lookalikes at seeds 1, 2 and
3 with 3,000 texts.  Run it in a worktree of another commit (``cd /tmp/base &&
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
from tests.unit.redact.quality import measure

__all__ = ["figures"]

_FORMS = ("form/bare", "form/keyed", "form/text")


def _rounds(prefix: str) -> list[tuple[int, ModuleType]]:
    found = []
    for n in range(2, 100):
        try:
            found.append((n, importlib.import_module(f"tests.unit.redact.{prefix}{n}")))
        except ModuleNotFoundError:
            if n > 10:
                break
    return found


def _output(redactor: Redactor, item: Item) -> str:
    if item.text is not None:
        return redactor.redact_text(item.text)
    assert item.record is not None
    record = copy.deepcopy(item.record)
    redactor.redact_record(record)
    return orjson.dumps(record).decode()


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
    kept = 0
    items = secrets()
    for item in items:
        text = _output(redactor, item)
        kept += all(s not in text and orjson.dumps(s).decode()[1:-1] not in text for s in item.secrets)
    out["labeled corpus"] = (kept, len(items))
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", action="store_true", help="also the last round's lookalikes at seeds 1-3")
    args = parser.parse_args()
    for key, (n, total) in figures(args.seeds).items():
        print(f"{key:<34} {n:>5}/{total:<5} {n / total:8.2%}")


if __name__ == "__main__":
    main()
