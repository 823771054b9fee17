"""Scoring the miner on the held-out corpus: final ids, and the events not grouped exactly."""

from __future__ import annotations

from collections import Counter, defaultdict

from detectors.templates.config import TemplatesConfig
from tests.unit.templates.heldout.corpus import ALL_EVENTS as EVENTS

__all__ = ["mine", "mistakes"]


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
