"""Recall and false-positive rate on the labeled corpus, per family group (printed, and asserted)."""

from __future__ import annotations

import copy
from collections import defaultdict

import orjson

from pipeline.redact import Redactor
from tests.unit.redact.corpus import innocents, secrets
from tests.unit.redact.quality import leaked_piece


def _output(redactor: Redactor, item: object) -> str:
    text = item.text
    if text is not None:
        return redactor.redact_text(text)
    record = copy.deepcopy(item.record)
    redactor.redact_record(record)
    return orjson.dumps(record).decode()


def test_recall_and_false_positives_per_group(capsys: object) -> None:
    redactor = Redactor()
    caught: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missed: list[str] = []
    for item in secrets():
        out = _output(redactor, item)
        # Strict: no piece of any secret left (a JSON output's escaped form is looked for too).
        before = item.text if item.text is not None else orjson.dumps(item.record).decode()
        gone = all(leaked_piece(s, before, out) is None for s in item.secrets)
        caught[item.group][0] += gone
        caught[item.group][1] += 1
        if not gone:
            missed.append(f"{item.group}/{item.context}")
    touched: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item in innocents():
        before = item.text if item.text is not None else orjson.dumps(item.record).decode()
        changed = _output(redactor, item) != before
        touched[item.group][0] += changed
        touched[item.group][1] += 1
    lines = ["", f"{'secrets by group':<20} {'found':>6} {'total':>6} {'recall':>8}"]
    for group, (n, total) in sorted(caught.items()):
        lines.append(f"{group:<20} {n:>6} {total:>6} {n / total:>8.2%}")
    all_n, all_total = sum(v[0] for v in caught.values()), sum(v[1] for v in caught.values())
    lines.append(f"{'all':<20} {all_n:>6} {all_total:>6} {all_n / all_total:>8.2%}")
    lines.append(f"{'innocents by kind':<20} {'touched':>7} {'total':>6} {'FP rate':>8}")
    for kind, (n, total) in sorted(touched.items()):
        lines.append(f"{kind:<20} {n:>7} {total:>6} {n / total:>8.2%}")
    fp_n, fp_total = sum(v[0] for v in touched.values()), sum(v[1] for v in touched.values())
    lines.append(f"{'all':<20} {fp_n:>7} {fp_total:>6} {fp_n / fp_total:>8.2%}")
    with capsys.disabled():  # type: ignore[attr-defined]
        print("\n".join(lines))
    for group, (n, total) in caught.items():
        assert n / total >= 0.99, f"recall of {group}: {n}/{total}; missed {sorted(set(missed))[:10]}"
    assert fp_n / fp_total <= 0.01
    for kind, (n, total) in touched.items():
        assert n / total <= 0.01, f"innocents of kind {kind}: {n}/{total} touched"
