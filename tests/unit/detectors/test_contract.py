"""The contract suite (detectors.checks) over every registered detector."""

from __future__ import annotations

import pytest

from detectors import REGISTRY, create
from detectors.checks import yield_checks


@pytest.mark.parametrize("check", list(yield_checks()), ids=lambda c: c.__name__)
@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_contract(name: str, check) -> None:  # type: ignore[no-untyped-def]
    check(create(name))
