"""``python -m tests.unit.templates.heldout [--seed N] [--size N] [--no-drain3] [--mistakes]``

Grouping accuracy of the template miner (a fresh miner per program, the
configuration's defaults, messages fed one by one, final ids) on each program of
the held-out corpus, their mean, and Drain3's (defaults) beside it.
``--mistakes`` lists, per program, the true events not grouped exactly: split
(one event in several templates) or merged (its template holds other events).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from detectors.templates.config import TemplatesConfig
from detectors.templates.scoring import grouping_accuracy
from pipeline.bench.templates import drain3_grouper
from tests.unit.templates.heldout.corpus import generate
from tests.unit.templates.heldout.formats import EVENTS, PROGRAMS


def mine(messages: list[str]) -> list[str]:
    """Final template id of each message (a fresh miner with the default configuration)."""
    miner = TemplatesConfig().miner()
    ids = [miner.add(m).template_id for m in messages]
    return [miner.resolve(i) for i in ids]


def mistakes(messages: list[str], labels: list[int], ids: list[str]) -> list[str]:
    """One line per true event not grouped exactly, with an example of each group."""
    by_event: dict[int, list[int]] = defaultdict(list)
    by_tpl: dict[str, list[int]] = defaultdict(list)
    for n, (e, t) in enumerate(zip(labels, ids, strict=True)):
        by_event[e].append(n)
        by_tpl[t].append(n)
    out = []
    for e, rows in sorted(by_event.items(), key=lambda kv: -len(kv[1])):
        tpls = Counter(ids[n] for n in rows)
        others = {labels[n] for t in tpls for n in by_tpl[t]} - {e}
        if len(tpls) == 1 and not others:
            continue
        kind = "split" if len(tpls) > 1 else ""
        kind += ("+" if kind else "") + ("merged" if others else "")
        out.append(f"  [{kind}] {len(rows)} msgs, {len(tpls)} templates: {EVENTS[e].fmt[:90]!r}")
        for t, _ in tpls.most_common(3):
            out.append(f"      {len(by_tpl[t])}: {messages[by_tpl[t][0]][:150]!r}")
        for o in sorted(others)[:3]:
            out.append(f"      with: {EVENTS[o].fmt[:90]!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.unit.templates.heldout")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--no-drain3", action="store_true")
    parser.add_argument("--mistakes", action="store_true")
    args = parser.parse_args(argv)
    drain3 = None if args.no_drain3 else drain3_grouper()
    ours: list[float] = []
    theirs: list[float] = []
    print(f"{'program':<12} {'events':>6} {'GA':>6}" + (f" {'Drain3':>7}" if drain3 else ""))
    for program in PROGRAMS:
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
