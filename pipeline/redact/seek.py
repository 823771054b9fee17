"""Where a match of ``secret-assignment`` can start: the engine searches from there.

The rule's regex (``key=value``, ``"key": "value"``, ``key <- value`` ...) starts
with lookbehinds and optional groups, so it has no literal or character-class
start that Python's ``re`` could scan for: ``search`` tries the whole pattern at
every position of the text (about 1,000 instructions each, as many as a match).

Every match holds a separator (``=``, ``:``, ``:=``, ``=>``, ``<-``, ``<=``,
``||``, ``||:``), whose first character is one of ``: = < |``, and between the
match's start and that separator there are only, in order: backslashes and a
quote (the key's opening quote), the key (word characters, ``.``, ``-``, ``@``,
``$``), backslashes and a quote (its closing quote), blanks (spaces, tabs).  So
a match that starts at or after ``pos`` uses a separator character at or after
``pos``; if it uses the first one, ``q``, it starts after the last blank before
the blanks that end right before ``q`` (the quotes and the key hold no blank);
if it uses a later one, it starts after ``q`` (``q`` is not a key character).
Searching from there finds the same match as searching from ``pos``; with no
separator character at or after ``pos`` there is none.  The bound costs a
character-class search (re scans for a class in C) and two ``rfind``: the
engine seeks before its first search of a text, where the text before the
first separator is skipped (after a match its validator rejected, the next
search starts one character on, inside that key, and gains little).

:func:`applies` tells whether a rule's regex is the one this was worked out
for; tests/unit/redact/test_seek.py checks the equivalence on the corpora and
on random text, and that every match has the shape above.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.redact.rules import load_library

__all__ = ["ASSIGNMENT_RULE", "applies", "lowest_start"]

ASSIGNMENT_RULE = "secret-assignment"
# The first characters of the regex's separators (a class: re scans for it in C).
_SEPARATOR = re.compile(r"[:=<|]")


@lru_cache(maxsize=1)
def _shipped_pattern() -> str | None:
    return next((r.pattern for r in load_library() if r.id == ASSIGNMENT_RULE), None)


def applies(rule_id: str, pattern: str) -> bool:
    """Whether ``pattern`` is the built-in ``secret-assignment`` regex (a changed one is searched plainly)."""
    return rule_id == ASSIGNMENT_RULE and pattern == _shipped_pattern()


def lowest_start(text: str, pos: int) -> int:
    """The lowest position a match at or after ``pos`` can start at; -1: there is none.

    >>> lowest_start("cache miss for key user:42", 0), lowest_start("cache miss for key user:42", 20)
    (19, 20)
    >>> lowest_start('x "api_key"  = 1', 0), lowest_start("no separator here", 0)
    (2, -1)
    """
    found = _SEPARATOR.search(text, pos)
    if found is None:
        return -1
    end = found.start()
    while end > pos and text[end - 1] in " \t":
        end -= 1
    start = text.rfind(" ", pos, end) + 1
    tab = text.rfind("\t", start, end) + 1
    if tab:
        start = tab
    return start if start > pos else pos
