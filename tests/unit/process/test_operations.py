"""Operation names: id-like path segments become placeholders, per the rules of pipeline.process.operations."""

from __future__ import annotations

import pytest

from pipeline.process.operations import normalise_name, normalise_path

# (segment, what it becomes): the module's rules, read off its docstring
SEGMENTS = [
    ("items", "items"),
    ("8412", "{num}"),
    ("-3.5", "{num}"),
    ("abc1234", "abc1234"),  # hex digits, but fewer than 8: left alone
    ("abc12345", "{hex}"),  # 8 hex digits with a digit among them
    ("5F2B7C9E1A3D4E6F", "{hex}"),
    ("0x5f2b7c9e", "{hex}"),
    ("5f2b7c9e1a3d4e6f5f2b7c9e1a3d4e6", "{hex}"),  # 31
    ("0f8fad5bd9cb469fa16570867728950e", "{uuid}"),  # 32 hex digits: a UUID without its dashes
    ("0f8fad5bd9cb469fa16570867728950e1", "{hex}"),  # 33
    ("0f8fad5b-d9cb-469f-a165-70867728950e", "{uuid}"),
    ("{0f8fad5b-d9cb-469f-a165-70867728950e}", "{uuid}"),
    ("deadbeefcafe", "deadbeefcafe"),  # letters alone: a word
    ("tok_8fJ2kLm9Qx7Zp3Rw", "{id}"),
    ("v2", "v2"),
    ("{user_id}", "{user_id}"),
]


@pytest.mark.parametrize(("segment", "expected"), SEGMENTS)
def test_a_segment_becomes_its_placeholder(segment: str, expected: str) -> None:
    assert normalise_path(f"/a/{segment}/b?q=1#top") == f"/a/{expected}/b"
    assert normalise_name(f"GET {segment}") == f"GET {expected}"
