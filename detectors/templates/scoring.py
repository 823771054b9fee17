"""Scores for log template grouping: GA, FGA and pairwise F1.

* Grouping accuracy (GA; Zhu et al., ICSE-SEIP 2019): a message is parsed
  correctly iff the set of messages in its predicted group is exactly the set
  of messages in its true group.
* FGA (Jiang et al., ISSTA 2024): F1 over groups, where a predicted group
  counts iff it equals a true group.
* Pairwise F1 (logparser's ``F1_measure``): precision and recall over the
  pairs of messages put in one group.

>>> truth = ["a", "a", "b", "c", "c"]
>>> pred = [1, 1, 2, 3, 4]
>>> grouping_accuracy(pred, truth)
0.6
>>> round(fga(pred, truth), 3)
0.571
>>> round(pairwise_f1(pred, truth), 3)
0.667
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence

__all__ = ["fga", "grouping_accuracy", "pairwise_f1"]


def _groups(labels: Sequence[Hashable]) -> dict[Hashable, list[int]]:
    groups: dict[Hashable, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        groups[label].append(i)
    return groups


def _check(pred: Sequence[Hashable], truth: Sequence[Hashable]) -> None:
    if len(pred) != len(truth):
        raise ValueError(f"{len(pred)} predictions for {len(truth)} labels")


def _exact_groups(pred: Sequence[Hashable], truth: Sequence[Hashable]) -> list[list[int]]:
    """True groups that the prediction reproduces exactly."""
    pred_sizes = Counter(pred)
    exact = []
    for members in _groups(truth).values():
        first = pred[members[0]]
        if pred_sizes[first] == len(members) and all(pred[i] == first for i in members):
            exact.append(members)
    return exact


def grouping_accuracy(pred: Sequence[Hashable], truth: Sequence[Hashable]) -> float:
    """Fraction of messages whose predicted group equals their true group.

    Parameters
    ----------
    pred
        Predicted template id of each message.
    truth
        True event id of each message, aligned with ``pred``.
    """
    _check(pred, truth)
    if not truth:
        return 1.0
    return sum(len(g) for g in _exact_groups(pred, truth)) / len(truth)


def fga(pred: Sequence[Hashable], truth: Sequence[Hashable]) -> float:
    """F1 over groups: a predicted group is right iff it equals a true group."""
    _check(pred, truth)
    if not truth:
        return 1.0
    exact = len(_exact_groups(pred, truth))
    if exact == 0:
        return 0.0
    precision = exact / len(set(pred))
    recall = exact / len(set(truth))
    return 2 * precision * recall / (precision + recall)


def pairwise_f1(pred: Sequence[Hashable], truth: Sequence[Hashable]) -> float:
    """F1 over pairs of messages grouped together (logparser's F1_measure)."""
    _check(pred, truth)

    def pairs(counts: Counter[Hashable]) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    real = pairs(Counter(truth))
    parsed = pairs(Counter(pred))
    accurate = pairs(Counter(zip(pred, truth, strict=True)))
    if real == 0 and parsed == 0:
        return 1.0
    if accurate == 0:
        return 0.0
    precision = accurate / parsed
    recall = accurate / real
    return 2 * precision * recall / (precision + recall)
