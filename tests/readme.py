"""Keeps README.md's generated parts current: ``python -m tests.readme`` rewrites them."""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.config import reference_markdown

README = Path(__file__).resolve().parent.parent / "README.md"
_BLOCK = re.compile(r"(<!-- config-reference:start -->\n).*?(<!-- config-reference:end -->)", re.S)


def rendered(text: str) -> str:
    return _BLOCK.sub(lambda m: m.group(1) + reference_markdown() + "\n" + m.group(2), text)


if __name__ == "__main__":
    README.write_text(rendered(README.read_text()))
    print(f"updated {README}")
