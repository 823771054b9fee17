"""``python -m tests.unit.templates.heldout.loo [--jobs N]``: the open-set test chosen by leaving one round out.

A family of templates that differ only in the word at one position merges when
its words look drawn from an open set (:meth:`TemplateMiner._open_ended
<detectors.templates.miner.TemplateMiner._open_ended>`): ``distinct >= a *
messages ** b``, ``distinct`` the family's words and ``messages`` its messages.
This measures every setting of :data:`SETTINGS` on every round of the held-out
corpus (all programs, seeds 17, 1 and 2, 2,000 messages, the configuration's
other defaults), then, for each round, takes the setting best on the other
rounds and reports that round's figure with it: a held-out figure for a setting
nobody chose on that round (of settings tied on the other rounds, the one worst
on that round).  The in-sample figure (the setting best on all
rounds) and the setting ``a = 0.5, b = 1`` (the share used before) are printed
beside it.  About 50 CPU-seconds a setting.
"""

from __future__ import annotations

import argparse
from concurrent.futures import ProcessPoolExecutor

from detectors.templates.config import TemplatesConfig
from detectors.templates.miner import TemplateMiner
from detectors.templates.scoring import grouping_accuracy
from tests.unit.templates.heldout.corpus import ROUNDS, generate

__all__ = ["SETTINGS", "loo", "scores"]

#: (a, b) of ``distinct >= a * messages ** b``; (0.5, 1) was the share before, (0, 0) merges any family
SETTINGS: tuple[tuple[float, float], ...] = (
    (0.5, 1.0), (0.3, 1.0), (0.2, 1.0), (0.15, 1.0), (0.1, 1.0),
    (0.5, 0.75), (0.25, 0.75), (1.0, 0.75),
    (0.25, 0.5), (0.5, 0.5), (1.0, 0.5), (1.5, 0.5), (2.0, 0.5),
    (1.0, 0.25), (2.0, 0.25), (3.0, 0.25), (0.0, 0.0),
)
SEEDS = (17, 1, 2)
BEFORE = (0.5, 1.0)


class _Miner(TemplateMiner):
    power = 1.0

    def _open_ended(self, members: dict[str, str]) -> bool:
        messages = 0
        for tid in members.values():
            tpl = self._templates.get(self.resolve(tid))
            messages += max(1, tpl.count) if tpl is not None else 1
        return len(members) >= self.family_ratio * messages**self.power


def _mine(messages: list[str], a: float, b: float) -> list[str]:
    base = TemplatesConfig().miner()
    miner = _Miner(
        sim_threshold=base.sim_threshold, lcs_threshold=base.lcs_threshold, family_size=base.family_size,
        family_min_words=base.family_min_words, family_ratio=a, error_family_size=base.error_family_size,
        max_samples=base.max_samples,
        window=base.window, max_windows=base.max_windows, max_templates=base.max_templates,
    )
    miner.power = b
    ids = [miner.add(m).template_id for m in messages]
    return [miner.resolve(i) for i in ids]


def scores(setting: tuple[float, float]) -> dict[tuple[int, str, int], float]:
    """Grouping accuracy of every (round, program, seed) with one setting."""
    out = {}
    for round_, programs in sorted(ROUNDS.items()):
        for program in programs:
            for seed in SEEDS:
                messages, labels = generate(program, 2000, seed)
                out[round_, program, seed] = grouping_accuracy(_mine(messages, *setting), labels)
    return out


def _mean(res: dict[tuple[int, str, int], float], rounds: list[int], seed: int | None = None) -> float:
    vals = [v for (r, _p, s), v in res.items() if r in rounds and (seed is None or s == seed)]
    return sum(vals) / len(vals)


def loo(grid: dict[tuple[float, float], dict[tuple[int, str, int], float]]) -> list[str]:
    """The report: each round's held-out figure (the setting best on the other rounds), in-sample, before."""
    rounds = sorted(ROUNDS)

    def best(on: list[int], scored: int | None = None) -> tuple[float, float]:
        # settings tied on the rounds chosen on: the one worst on the round scored (a held-out figure
        # must not gain from a tie broken in its favour), else the share used before
        top = max(round(_mean(grid[s], on), 9) for s in grid)
        tied = [s for s in grid if round(_mean(grid[s], on), 9) == top]
        if scored is not None:
            return min(tied, key=lambda s: (_mean(grid[s], [scored]), s != BEFORE))
        return max(tied, key=lambda s: s == BEFORE)

    inside = best(rounds)
    lines = [f"in-sample choice: a={inside[0]} b={inside[1]}",
             "round  held-out choice   held out 17 / 1 / 2 (mean)   in-sample 17 / 1 / 2 (mean)   "
             "a=0.5 b=1 17 / 1 / 2 (mean)"]
    totals: dict[str, list[float]] = {"held": [], "in": [], "before": []}
    for r in rounds:
        chosen = best([q for q in rounds if q != r], r)
        row = f"{r:5}  a={chosen[0]:<4} b={chosen[1]:<4}  "
        for tag, setting in (("held", chosen), ("in", inside), ("before", BEFORE)):
            per_seed = " ".join(f"{_mean(grid[setting], [r], s):.3f}" for s in SEEDS)
            totals[tag].append(_mean(grid[setting], [r]))
            row += f"  {per_seed} ({totals[tag][-1]:.3f})"
        lines.append(row)
    lines.append("mean of the rounds: held out {:.4f}, in-sample {:.4f}, a=0.5 b=1 {:.4f}".format(
        *(sum(v) / len(v) for v in totals.values())))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.unit.templates.heldout.loo")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    with ProcessPoolExecutor(args.jobs) as pool:
        grid = dict(zip(SETTINGS, pool.map(scores, SETTINGS), strict=True))
    report(grid)
    return 0


def report(grid: dict[tuple[float, float], dict[tuple[int, str, int], float]]) -> None:
    """Print every setting's mean per round, then :func:`loo`'s lines."""
    rounds = sorted(ROUNDS)
    print("a     b     " + " ".join(f"r{r:<5}" for r in rounds) + " all")
    for setting, res in sorted(grid.items(), key=lambda kv: -_mean(kv[1], rounds)):
        print(f"{setting[0]:<5} {setting[1]:<5} " + " ".join(f"{_mean(res, [r]):.3f} " for r in rounds)
              + f"{_mean(res, rounds):.4f}")
    print("\n".join(loo(grid)))


if __name__ == "__main__":
    raise SystemExit(main())
