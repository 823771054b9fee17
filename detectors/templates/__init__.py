"""Log template mining and the detectors built on it (new error types, regressions)."""

from __future__ import annotations

from detectors.templates.masking import WILDCARD, mask, tokenize
from detectors.templates.miner import Match, Sample, Template, TemplateMiner
from detectors.templates.scoring import fga, grouping_accuracy, pairwise_f1

__all__ = [
    "WILDCARD",
    "Match",
    "Sample",
    "Template",
    "TemplateMiner",
    "fga",
    "grouping_accuracy",
    "mask",
    "pairwise_f1",
    "tokenize",
]
