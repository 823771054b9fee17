"""``python -m tests.unit.templates.heldout [--round 1|2|...|40|all] [--seed N] [--size N] [--no-drain3] [--mistakes]``

Grouping accuracy of the template miner (a fresh miner per program, the
configuration's defaults, messages fed one by one, final ids) on each program of
the held-out corpus (round 1 by default, round 2 to 40, or all), their mean, and
Drain3's (defaults) beside it.
``--mistakes`` lists, per program, the true events not grouped exactly: split
(one event in several templates) or merged (its template holds other events).
"""

from __future__ import annotations

import argparse

from detectors.templates.scoring import grouping_accuracy
from pipeline.bench.templates import drain3_grouper
from tests.unit.templates.heldout.corpus import ROUNDS, generate
from tests.unit.templates.heldout.measure import mine, mistakes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.unit.templates.heldout")
    parser.add_argument("--round", choices=[*map(str, sorted(ROUNDS)), "all"], default="1")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--no-drain3", action="store_true")
    parser.add_argument("--mistakes", action="store_true")
    args = parser.parse_args(argv)
    programs = tuple(p for r in sorted(ROUNDS) for p in ROUNDS[r]) if args.round == "all" else ROUNDS[int(args.round)]
    drain3 = None if args.no_drain3 else drain3_grouper()
    ours: list[float] = []
    theirs: list[float] = []
    print(f"{'program':<12} {'events':>6} {'GA':>6}" + (f" {'Drain3':>7}" if drain3 else ""))
    for program in programs:
        messages, labels = generate(program, args.size, args.seed)
        ids = mine(messages)
        ga = grouping_accuracy(ids, labels)
        ours.append(ga)
        row = f"{program:<12} {len(set(labels)):>6} {ga:6.3f}"
        if drain3 is not None:
            theirs.append(grouping_accuracy(drain3(messages)[0], labels))
            row += f" {theirs[-1]:7.3f}"
        print(row)
        if args.mistakes:
            print("\n".join(mistakes(messages, labels, ids)))
    row = f"{'mean':<12} {'':>6} {sum(ours) / len(ours):6.3f}"
    if theirs:
        row += f" {sum(theirs) / len(theirs):7.3f}"
    print(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
