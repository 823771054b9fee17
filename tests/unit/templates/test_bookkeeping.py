"""The miner's family bookkeeping stays in proportion to the templates it keeps.

A long-running service whose messages keep changing (new jobs, new hosts named in
words) has its templates evicted at ``max_templates`` or expired; what the miner
remembers about sibling templates (one word apart) and phrase families (reasons
after a label) must go with them, or its state (kept in memory and written to
the changelog) grows without end.
"""

from __future__ import annotations

import random
import string

from detectors.templates import TemplateMiner


def word(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(8))


def churn(miner: TemplateMiner, groups: int, seed: int = 3) -> None:
    """Groups of messages that never repeat: three siblings one word apart and three
    reasons after a label each, too few to merge (family_size is 5)."""
    rng = random.Random(seed)
    for g in range(groups):
        a, b = word(rng), word(rng)
        for host in ("north", "south", "east"):
            miner.add(f"{a} {b} stalled on {host} side", t=float(g))
        for reason in ("Connection refused", "Broken pipe", "Permission denied"):
            miner.add(f"{a} {b} could not reach primary: {reason}", t=float(g))


def bookkeeping(miner: TemplateMiner) -> int:
    state = miner.to_state()
    return len(state["families"]) + len(state["family_roots"]) + len(state["phrases"]) + len(state["quoted"])


def test_evicted_templates_take_their_families_with_them() -> None:
    miner = TemplateMiner(max_templates=60)
    churn(miner, 100)
    after_100 = bookkeeping(miner)
    churn(miner, 300, seed=4)
    assert len(miner) <= 60
    assert miner.evicted > 1500
    # what is remembered is bounded by the templates kept, not by the templates ever made
    assert bookkeeping(miner) <= max(after_100, 3 * 60)


def test_expired_templates_take_their_families_with_them() -> None:
    miner = TemplateMiner(max_templates=0)
    churn(miner, 200)
    assert bookkeeping(miner) > 200
    miner.expire(before=190.0)  # groups 0-189 were last seen before 190
    assert len(miner) == 10 * 6
    assert bookkeeping(miner) <= 10 * 6 * 2


def test_a_merged_family_stays_merged_while_its_survivor_lives() -> None:
    miner = TemplateMiner(max_templates=0)
    reasons = ["Connection refused", "Broken pipe", "Permission denied", "No route to host",
               "Connection reset by peer"]
    ids = [miner.add(f"replica sync could not reach primary: {r}", t=1.0).template_id for r in reasons]
    merged = {miner.resolve(i) for i in ids}
    assert len(merged) == 1
    miner.add("unrelated heartbeat message", t=1000.0)
    miner.expire(before=500.0)  # the merged family goes, the heartbeat stays
    assert len(miner) == 1
    assert bookkeeping(miner) == 0
    # a new reason under the same label after the family went starts a new template
    again = miner.add("replica sync could not reach primary: Disk quota exceeded", t=1001.0)
    assert again.created


def test_quoted_families_go_with_their_templates_and_survive_a_restart() -> None:
    miner = TemplateMiner(max_templates=0)
    rng = random.Random(5)
    for g in range(200):
        a, b = word(rng), word(rng)
        for pool in ("north", "south", "east"):  # three quoted strings: too few to merge
            miner.add(f"{a} {b} moved to '{pool}' pool", t=float(g))
    assert len(miner.to_state()["quoted"]) == 200
    miner.expire(before=190.0)
    assert len(miner.to_state()["quoted"]) == 10
    # a merged quoted family is restored merged: a new pair joins its template
    pairs = [(u, r) for u in ("ann", "bo", "cy") for r in ("x1", "y2")]
    ids = {miner.add(f"user '{u}' left realm '{r}' today", t=300.0).template_id for u, r in pairs}
    restored = TemplateMiner.from_state(miner.to_state())
    survivor = {restored.resolve(i) for i in ids}
    assert len(survivor) == 1
    assert restored.add("user 'dee' left realm 'z3' today").template_id in survivor
