"""How :mod:`pipeline.redact.validators`' letter tables were made (issue #17): ``python -m tests.unit.redact.bigram_table``.

The tables give the surprise, in whole bits, of a letter starting a word and of a letter after
another inside one, as English-ish words of code are spelled.  Their source is the Python
standard library of the interpreter that runs this (3.11.7 for the tables in the validators),
its ``.py`` files outside ``test`` folders and ``site-packages``: every run of letters,
identifiers and prose alike, split where the case changes (``HTTPServer``: ``http``,
``server``) and lower-cased; words of three letters or more seen twice or more, each weighted
``1 + ln(count)`` once (so ``self`` and ``the`` do not make the table alone).  A letter's surprise
after ``a`` is ``-log2((n(a, b) + 0.5) / (n(a) + 13))``, the first letter's likewise from the
words' first letters, rounded to whole bits and held to 0-9.

Printed as the validators write them; a different interpreter's library may move a few
entries by a bit.
"""

from __future__ import annotations

import itertools
import math
import os
import re
import string
import sysconfig
from collections import Counter, defaultdict

__all__ = ["tables"]

_LETTERS = re.compile(r"[A-Za-z]+")
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _words(root: str) -> Counter[str]:
    found: Counter[str] = Counter()
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        if "site-packages" in folder or "test" in folder:
            continue
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            try:
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    text = f.read()
            except (OSError, UnicodeDecodeError):
                continue
            for run in _LETTERS.findall(text):
                found.update(w.lower() for w in _WORD.findall(run) if len(w) >= 2)
    return found


def _bits(n: float, total: float) -> int:
    return max(0, min(9, round(-math.log2((n + 0.5) / (total + 13)))))


def tables(root: str | None = None) -> tuple[str, dict[str, str]]:
    """(first letters' bits, each letter's row of the next letter's bits), a to z."""
    first: defaultdict[str, float] = defaultdict(float)
    pairs: defaultdict[str, float] = defaultdict(float)
    for word, count in _words(root or sysconfig.get_paths()["stdlib"]).items():
        if len(word) < 3 or count < 2:
            continue
        weight = 1 + math.log(count)
        first[word[0]] += weight
        for a, b in itertools.pairwise(word):
            pairs[a + b] += weight
    abc = string.ascii_lowercase
    total = sum(first.values())
    firsts = "".join(str(_bits(first[c], total)) for c in abc)
    rows = {}
    for a in abc:
        row_total = sum(pairs[a + b] for b in abc)
        rows[a] = "".join(str(_bits(pairs[a + b], row_total)) for b in abc)
    return firsts, rows


def main() -> None:
    firsts, rows = tables()
    print(f'_FIRST_LETTER_BITS = "{firsts}"')
    print("_NEXT_LETTER_BITS = {")
    for a, row in rows.items():
        print(f'    "{a}": "{row}",')
    print("}")


if __name__ == "__main__":
    main()
