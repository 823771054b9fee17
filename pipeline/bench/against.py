"""``sightline bench process --against DIR``: this checkout's processor path and another's, batch by batch.

Separate ``bench process`` runs on a shared machine differ by tens of percent
from one run to the next, so a change of a few percent cannot be seen by
comparing them.  Here both code bases run side by side in two long-lived
worker processes (:mod:`pipeline.bench.against_worker`), each with its own
statistics and finding sources, and every raw batch goes to both, one after
the other, the order alternating from batch to batch: whatever else the
machine does hits both sides alike.  Each side's CPU time is taken per batch
(``time.process_time`` in the worker, around the processor's step and around
the sink's bulk-body encoding).

The batches are made once, by this checkout's
:func:`~pipeline.bench.process.make_batches`, and handed to both workers, so
the inputs are the same bytes.  The two outputs (clean-topic values and bulk
bodies) are compared batch by batch through a digest: a change meant to be
byte-identical shows up here if it is not.

Figures, per signal and for all batches: records per CPU-second for each
side, their ratio (new over base: above 1 the new code is faster), the
median and quartiles of the per-batch ratios, and in how many batches the
new code took less CPU time.  A checkout against itself shows what the
machine's noise is: on the shared 2-core machine, 60,000 records gave a
whole-path ratio of 0.989 (per-batch median 0.997, 56/120 batches "faster")
and per-signal totals between 0.965 and 1.011, so the per-batch median is the
figure to read for changes of a few percent.
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import orjson

from pipeline.embedded import die_with_parent

__all__ = ["Batch", "checkout_dir", "compare", "summarise"]

# what a directory needs for the worker to run the processor's path from it
_NEEDED = ("pipeline/process/pipeline.py", "pipeline/bench/process.py", "pipeline/sinks/elasticsearch/bulk.py")
SIGNALS = ("spans", "logs", "metrics")


def checkout_dir(text: str) -> Path:
    """``--against``'s value: a directory holding a checkout of this project (a git worktree of
    another commit, say).

    >>> checkout_dir("/nonexistent/sightline")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: /nonexistent/sightline: no such directory
    """
    path = Path(text).expanduser()
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"{text}: no such directory")
    missing = [name for name in _NEEDED if not (path / name).is_file()]
    if missing:
        raise argparse.ArgumentTypeError(
            f"{text}: not a checkout of this project (no {missing[0]}); "
            "make one with: git worktree add /tmp/base <commit>"
        )
    return path.resolve()


@dataclass(frozen=True)
class Batch:
    """One raw batch as a worker measured it."""

    signal: str
    records: int
    process_s: float  # CPU seconds of the processor's step (decode .. clean encoding, statistics, findings)
    sink_s: float  # CPU seconds of the sink's bulk-body encoding
    digest: str

    @property
    def cpu_s(self) -> float:
        return self.process_s + self.sink_s


def _whole_path(batch: Batch) -> float:
    return batch.cpu_s


def summarise(base: Sequence[Batch], new: Sequence[Batch], step: Callable[[Batch], float] | None = None) -> dict[str, Any]:
    """Figures of one set of batches both sides ran (``base[j]`` and ``new[j]`` the same batch).

    ``ratio`` is new speed over base speed (total records over total CPU time, so
    above 1 the new code is faster); ``batch_ratio`` the median and quartiles of the
    same ratio batch by batch; ``new_faster`` the batches where new took less time.

    >>> b = [Batch("logs", 100, 0.5, 0.0, "x"), Batch("logs", 100, 0.25, 0.0, "y")]
    >>> n = [Batch("logs", 100, 0.25, 0.0, "x"), Batch("logs", 100, 0.5, 0.0, "y")]
    >>> s = summarise(b, n)
    >>> round(s["base_records_per_cpu_s"]), round(s["new_records_per_cpu_s"]), s["ratio"], s["new_faster"]
    (267, 267, 1.0, 1)
    >>> s["batch_ratio"]["median"]
    1.25
    """
    if len(base) != len(new):
        raise ValueError(f"{len(base)} base batches but {len(new)} new ones")
    if step is None:
        step = _whole_path
    records = sum(b.records for b in base)
    base_s = sum(step(b) for b in base)
    new_s = sum(step(n) for n in new)
    ratios = sorted(step(b) / step(n) for b, n in zip(base, new, strict=True) if step(n) > 0)
    out: dict[str, Any] = {
        "batches": len(base),
        "records": records,
        "base_cpu_s": base_s,
        "new_cpu_s": new_s,
        "base_records_per_cpu_s": records / base_s if base_s > 0 else float("nan"),
        "new_records_per_cpu_s": records / new_s if new_s > 0 else float("nan"),
        "ratio": base_s / new_s if new_s > 0 else float("nan"),
        "new_faster": sum(step(n) < step(b) for b, n in zip(base, new, strict=True)),
        "batch_ratio": {"p25": float("nan"), "median": float("nan"), "p75": float("nan")},
    }
    if ratios:
        q1, _, q3 = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else (ratios[0],) * 3
        out["batch_ratio"] = {"p25": q1, "median": statistics.median(ratios), "p75": q3}
    return out


def report(base: Sequence[Batch], new: Sequence[Batch]) -> dict[str, Any]:
    """:func:`summarise` for all batches, each signal, and the two steps apart; plus where the outputs differ."""
    out: dict[str, Any] = {"all": summarise(base, new)}
    for sig in SIGNALS:
        pairs = [(b, n) for b, n in zip(base, new, strict=True) if b.signal == sig]
        if pairs:
            out[sig] = summarise([b for b, _ in pairs], [n for _, n in pairs])
    out["process_step"] = summarise(base, new, lambda b: b.process_s)
    out["sink_step"] = summarise(base, new, lambda b: b.sink_s)
    out["outputs_differ"] = [j for j, (b, n) in enumerate(zip(base, new, strict=True)) if b.digest != n.digest]
    return out


def table(result: dict[str, Any], say: Callable[[str], None]) -> None:
    """The figures of :func:`report` as lines of text."""
    say(f"base {result['base']}  vs  new {result['new']}; the same {result['all']['batches']} batches "
        f"({result['all']['records']:,} records) through both, order alternating; CPU time a batch")
    say(f"{'':<14}{'base rec/CPU-s':>15}{'new rec/CPU-s':>15}{'new/base':>10}"
        f"{'per batch median (p25-p75)':>30}{'new faster':>14}")
    for name in ("all", *SIGNALS, "process_step", "sink_step"):
        s = result.get(name)
        if s is None:
            continue
        q = s["batch_ratio"]
        label = {"all": "whole path", "process_step": "process step", "sink_step": "sink encoding"}.get(name, name)
        say(f"{label:<14}{s['base_records_per_cpu_s']:>15,.0f}{s['new_records_per_cpu_s']:>15,.0f}{s['ratio']:>10.3f}"
            f"{q['median']:>16.3f} ({q['p25']:.3f}-{q['p75']:.3f}){s['new_faster']:>9}/{s['batches']}")
    differ = result["outputs_differ"]
    if differ:
        say(f"OUTPUTS DIFFER in {len(differ)} of {result['all']['batches']} batches (first: batch {differ[0]})")
    else:
        say("outputs (clean-topic values and bulk bodies) identical batch by batch")


class _Worker:
    """One code base's worker process: a batch number in, a :class:`Batch` out."""

    def __init__(self, checkout: Path, input_path: str, log: IO[bytes]) -> None:
        script = Path(__file__).with_name("against_worker.py")
        self.checkout = checkout
        self.log = log
        self.proc = subprocess.Popen(
            [sys.executable, str(script), str(checkout), input_path],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, text=True, cwd=os.getcwd(),
            preexec_fn=die_with_parent,  # a bench killed hard leaves no worker behind
        )
        self.ready = self._answer()

    def _answer(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            self.proc.wait()
            self.log.seek(0)
            tail = self.log.read().decode("utf-8", "replace").strip().splitlines()[-5:]
            raise RuntimeError(f"the worker for {self.checkout} exited with code {self.proc.returncode}: "
                               + " | ".join(tail))
        answer: dict[str, Any] = orjson.loads(line)
        return answer

    def run(self, j: int) -> Batch:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{j}\n")
        self.proc.stdin.flush()
        a = self._answer()
        return Batch(a["signal"], a["records"], a["process"], a["sink"], a["digest"])

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def compare(base_dir: Path, batches: list[tuple[str, bytes, bytes]], headers: list[tuple[str, bytes]],
            config: str | None, detect: bool, progress: Any = None) -> dict[str, Any]:
    """Every batch through this checkout's path and ``base_dir``'s, order alternating; :func:`report`'s figures."""
    new_dir = Path(__file__).resolve().parents[2]
    spec = {"batches": batches, "headers": headers, "config": config, "detect": detect}
    with tempfile.TemporaryDirectory(prefix="sightline-against-") as tmp:
        input_path = os.path.join(tmp, "input.pickle")
        with open(input_path, "wb") as f:
            pickle.dump(spec, f, protocol=pickle.HIGHEST_PROTOCOL)
        with open(os.path.join(tmp, "base.log"), "w+b") as base_log, open(os.path.join(tmp, "new.log"), "w+b") as new_log:
            workers: dict[str, _Worker] = {}
            try:
                workers["base"] = _Worker(base_dir, input_path, base_log)
                workers["new"] = _Worker(new_dir, input_path, new_log)
                rows: dict[str, list[Batch]] = {"base": [], "new": []}
                for j in range(len(batches)):
                    if progress is not None and j % 20 == 0:
                        progress.phase("against", f"batch {j}/{len(batches)}")
                    for side in ("base", "new") if j % 2 == 0 else ("new", "base"):
                        rows[side].append(workers[side].run(j))
            finally:
                for worker in workers.values():
                    worker.close()
    result = report(rows["base"], rows["new"])
    result["base"] = workers["base"].ready["code"]
    result["new"] = workers["new"].ready["code"]
    return result
