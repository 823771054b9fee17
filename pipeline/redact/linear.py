"""User-supplied patterns run on RE2: linear time in the text, whatever the pattern.

``redact.extra_patterns`` and ``redact.allow_list`` come from the site's config
and run on every record.  With a backtracking engine one careless pattern
(``(a+)+$``) can take seconds on a 40-character string and stall the
processor; RE2 (Google's automaton engine, ``google-re2`` on PyPI) bounds the
work by the text's length.  RE2 lacks backreferences and lookaround; a pattern
that uses them is refused at config time with the pattern named, and can
usually be rewritten (a ``secret`` group instead of a lookbehind).

The built-in library keeps Python's ``re``: it is ours, reviewed, and uses
lookbehind for token boundaries.
"""

from __future__ import annotations

import re
from typing import cast

import re2

__all__ = ["LinearPatternError", "compile_linear"]

# RE2 caps a counted repetition at 1000 ({1,1000}); its memory budget is per pattern.
_MAX_MEM = 64 << 20


class LinearPatternError(ValueError):
    """A pattern RE2 cannot run; the message says why and what to write instead."""


def compile_linear(pattern: str, what: str) -> re.Pattern[str]:
    """Compile ``pattern`` with RE2, or raise :class:`LinearPatternError` naming ``what``.

    The result has the ``re.Pattern`` methods the engine uses (``search`` with
    a start position, ``finditer``, ``fullmatch``, ``groupindex``; match
    groups by number).

    Parameters
    ----------
    pattern : str
        The regular expression (RE2 syntax: Python's without lookaround or
        backreferences; ``(?P<name>...)`` groups and ``(?i)`` flags work).
    what : str
        How to name the pattern in an error (``extra pattern 'acme-token'``).

    Examples
    --------
    >>> compile_linear(r"acme_(?P<secret>[a-z0-9]{8})", "x").search("id acme_0123abcd").span()
    (3, 16)
    >>> try:
    ...     compile_linear(r"(?<![a-z])acme", "extra pattern 'acme'")
    ... except LinearPatternError as exc:
    ...     print(str(exc)[:80])
    extra pattern 'acme': not supported by RE2, the linear-time engine user patterns
    """
    options = re2.Options()
    options.log_errors = False
    options.max_mem = _MAX_MEM
    try:
        compiled = re2.compile(pattern, options)
    except re2.error as exc:
        reason = exc.args[0].decode("utf-8", "replace") if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        try:
            re.compile(pattern)
        except re.error:
            raise LinearPatternError(f"{what}: bad regular expression: {reason}") from None
        raise LinearPatternError(
            f"{what}: not supported by RE2, the linear-time engine user patterns run on ({reason}); "
            "lookbehind, lookahead and backreferences are not available: "
            "use a group named 'secret' for the part to replace instead"
        ) from None
    # re2's compiled pattern answers the same calls as re.Pattern for what the engine uses.
    return cast("re.Pattern[str]", compiled)
