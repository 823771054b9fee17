"""Recall and innocents touched on the public-format corpus: ``python -m tests.unit.redact.quality``.

Prints, per split (``tune``: families whose misses were looked at while rules
were written; ``held``: families that were not), per source and per context
(log line, logfmt, JSON, record, glued, command line ...), how many
generated secrets the default :class:`~pipeline.redact.Redactor` removed, and
how many innocent lookalikes it changed.  ``--misses tune`` lists the families
with a miss in that split (the secret itself is never printed).
"""

from __future__ import annotations

import argparse
import copy
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import orjson

from pipeline.redact import Redactor
from tests.unit.redact.corpus import innocents
from tests.unit.redact.innocents_round2 import lookalikes as round2_lookalikes
from tests.unit.redact.public_formats import Sample, innocent_lookalikes, innocent_records, samples

__all__ = [
    "Figures",
    "assert_lookalikes_untouched",
    "assert_recall_floor",
    "held_out_main",
    "measure",
    "print_found",
]


@dataclass
class Figures:
    """Counts of one measurement."""

    found: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    missed: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    touched: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    touched_examples: list[str] = field(default_factory=list)

    def recall(self, key: str) -> float:
        n, total = self.found[key]
        return n / total if total else 1.0

    def innocents_touched(self) -> tuple[int, int]:
        return sum(v[0] for v in self.touched.values()), sum(v[1] for v in self.touched.values())


def _removed(redactor: Redactor, sample: Sample) -> bool:
    if sample.text is not None:
        out = redactor.redact_text(sample.text)
    else:
        record = copy.deepcopy(sample.record)
        assert record is not None
        redactor.redact_record(record)
        out = orjson.dumps(record).decode()
    return sample.secret not in out and orjson.dumps(sample.secret).decode()[1:-1] not in out


def measure(redactor: Redactor | None = None) -> Figures:
    """Run the corpus through ``redactor`` (default: the built-in library)."""
    redactor = redactor or Redactor()
    fig = Figures()
    for sample in samples():
        fam = sample.family
        ok = _removed(redactor, sample)
        keys = (
            "all",
            fam.split,
            fam.source.split(":")[0],
            f"{fam.split}/{fam.source.split(':')[0]}",
            f"context/{sample.context}",
        )
        for key in keys:
            fig.found[key][0] += ok
            fig.found[key][1] += 1
        if fam.source.startswith("issue-17"):
            cls = "cli" if fam.id.startswith("cli") else "card"
            fig.found[f"class/{cls}"][0] += ok
            fig.found[f"class/{cls}"][1] += 1
        if not ok:
            fig.missed[fam.split].append(f"{fam.id} [{sample.context}]")
    for kind, text in innocent_lookalikes():
        changed = redactor.redact_text(text) != text
        fig.touched[kind][0] += changed
        fig.touched[kind][1] += 1
        if changed and len(fig.touched_examples) < 20:
            fig.touched_examples.append(f"{kind}: {redactor.redact_text(text)}")
    for kind, rec in innocent_records():
        record = copy.deepcopy(rec)
        redactor.redact_record(record)
        changed = record != rec
        fig.touched[f"records/{kind}"][0] += changed
        fig.touched[f"records/{kind}"][1] += 1
        if changed and len(fig.touched_examples) < 20:
            fig.touched_examples.append(f"record: {orjson.dumps(record).decode()[:300]}")
    for kind, text in round2_lookalikes():
        changed = redactor.redact_text(text) != text
        fig.touched[f"round2/{kind}"][0] += changed
        fig.touched[f"round2/{kind}"][1] += 1
        if changed and len(fig.touched_examples) < 20:
            fig.touched_examples.append(f"round2/{kind}: {redactor.redact_text(text)}")
    for item in innocents(count=1500):
        if item.text is not None:
            changed = redactor.redact_text(item.text) != item.text
        else:
            record = copy.deepcopy(item.record)
            assert record is not None
            redactor.redact_record(record)
            changed = record != item.record
        fig.touched[f"corpus/{item.group}"][0] += changed
        fig.touched[f"corpus/{item.group}"][1] += 1
    return fig


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--misses", choices=["tune", "held"], help="list the families with a miss in this split"
    )
    args = parser.parse_args()
    fig = measure()
    print(f"{'secrets':<26} {'found':>6} {'total':>6} {'recall':>8}")
    for key in sorted(fig.found):
        n, total = fig.found[key]
        print(f"{key:<26} {n:>6} {total:>6} {n / total:>8.2%}")
    n, total = fig.innocents_touched()
    print(f"innocents touched: {n}/{total} ({n / total:.2%})")
    for kind, (k, t) in sorted(fig.touched.items()):
        if k:
            print(f"  {kind}: {k}/{t}")
    for line in fig.touched_examples:
        print("  ", line[:200])
    if args.misses:
        counts: dict[str, int] = defaultdict(int)
        for fid in fig.missed[args.misses]:
            counts[fid] += 1
        for fid, c in sorted(counts.items()):
            print(f"missed {c}x {fid}")


def print_found(found: dict[str, list[int]], width: int = 48) -> None:
    """Print found/total per key of a held-out ``run``: every key but families, and each family that missed."""
    for key in sorted(found):
        k, t = found[key]
        if not key.startswith("family/") or k < t:
            print(f"  {key:<{width}} {k:>5}/{t:<5} {k / t:>8.2%}")


def assert_recall_floor(
    found: dict[str, list[int]], floor: float, keys: dict[str, float] | None = None
) -> None:
    """Fail unless ``found["all"]`` reaches ``floor`` and each key of ``keys`` (``source/<s>``, ``form/<f>``) its own floor."""
    for key, minimum in {"all": floor, **(keys or {})}.items():
        k, t = found[key]
        assert t and k / t >= minimum, (key, k, t, minimum)


def assert_lookalikes_untouched(redactor: Redactor, pairs: Iterable[tuple[str, str]]) -> None:
    """Fail, showing the first five, if ``redactor`` changes any text of the (kind, text) lookalikes."""
    touched = [(kind, text) for kind, text in pairs if redactor.redact_text(text) != text]
    assert not touched, touched[:5]


def held_out_main(
    name: str,
    doc: str | None,
    seed: int,
    run: Callable[[int, int, Redactor], dict[str, list[int]]],
    families: Sequence[object],
    lookalikes: Callable[[], list[tuple[str, str]]],
    source_paths: dict[str, str],
    groups: dict[str, Sequence[object]] | None = None,
) -> None:
    """The command line of a held-out round module: its recall, per group and key, and its lookalikes touched."""
    parser = argparse.ArgumentParser(
        description=doc, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed", type=int, default=seed)
    parser.add_argument("--per-family", type=int, default=7)
    parser.add_argument("--sources", action="store_true", help="list each family's source path")
    args = parser.parse_args()
    redactor = Redactor()
    found = run(args.seed, args.per_family, redactor)
    n, total = found["all"]
    print(
        f"{name} held-out formats: {len(families)} families, {n}/{total} = {n / total:.2%} (seed {args.seed})"
    )
    for group, fams in (groups or {}).items():
        keys = [f"family/{f.source}/{f.id}" for f in fams]  # type: ignore[attr-defined]
        print(
            f"  group {group:<10} {sum(found[k][0] for k in keys)}/{sum(found[k][1] for k in keys)}"
        )
    print_found(found)
    innocents = lookalikes()
    touched = [text for _, text in innocents if redactor.redact_text(text) != text]
    print(f"{name} lookalikes touched: {len(touched)}/{len(innocents)}")
    for text in touched[:5]:
        print("  ", text[:200])
    if args.sources:
        for key, path in sorted(source_paths.items()):
            print(f"  {key:<44} {path}")


if __name__ == "__main__":
    main()
