"""Literal checks that decide whether, and which, rules run on a string: the engine's cheap part.

Two questions are asked, at two costs:

*Does any keyword or trigger occur in this batch's strings, and in which?*
    :class:`BatchFilter` joins every string a batch queued with NUL and scans
    the result once with an Aho-Corasick automaton of all the keywords
    (``ahocorasick_rs``: one linear pass whatever their number), and the
    triggers on a copy with every digit folded to ``0``.  A batch without
    secrets costs a few passes in C/Rust and almost no Python.

*Which keywords occur in this one string?*
    :class:`KeywordFinder`, for the strings the batch filter flagged (and for
    free text): says which keywords occur, so the engine runs only their rules.

Both use the automaton.  The path they took before it (issue #17 measured the
automaton at about a fifth of its cost) is kept for an empty automaton and as
a reference the tests compare with: a keyword is found by its *anchor*, the
character of it that is rarest in lower-cased log text (:func:`anchor`);
``re`` skips, in C, every character that is no anchor, and a keyword of common
letters only (``secret``, ``session``) is looked for with ``in`` / ``find``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import compress
from typing import Any

from ahocorasick_rs import AhoCorasick, BytesAhoCorasick, Implementation

__all__ = ["BatchFilter", "KeywordFinder", "anchor", "fold_trigger"]

# Characters that are rare in lower-cased log text, rarest first.
_ANCHORS = "qjzx!$~<>|@#%^&*+;[]{}`?kvbywgpf_:3-"
_ANCHOR_RANK = {ch: i for i, ch in enumerate(_ANCHORS)}
SEP = "\x00"  # joins a batch's strings: no keyword contains it, no trigger may match it
# Triggers run on lower-cased text in which every ASCII digit is 0 (see fold_trigger).
FOLD_DIGITS = str.maketrans("0123456789", "0000000000")


def anchor(word: str) -> int:
    """Index of the rarest anchor character of ``word``, or -1 if it has none.

    >>> anchor("ghp_"), anchor("password"), anchor("secret")
    (0, 4, -1)
    """
    best = -1
    for i, ch in enumerate(word):
        rank = _ANCHOR_RANK.get(ch)
        if rank is not None and (best < 0 or rank < _ANCHOR_RANK[word[best]]):
            best = i
    return best


def _tries(words: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Per anchor character, a trie of what follows the anchor; a node's ``""`` lists the words ending there."""
    tries: dict[str, dict[str, Any]] = {}
    for word in words:
        i = anchor(word)
        node = tries.setdefault(word[i], {})
        for ch in word[i + 1 :]:
            node = node.setdefault(ch, {})
        node.setdefault("", []).append(word)
    return tries


def fold_trigger(pattern: str) -> str | None:
    """``pattern`` rewritten for digit-folded text, or None if that would not be exact.

    ``[0-9]`` and ``\\d`` become ``0``; that matches on the folded text exactly
    where the original matches on the text, as long as nothing else in the
    pattern names a digit (checked: no digit is left once the digit classes and
    ``{m,n}`` counts are taken out).  A run of digits then starts with a literal,
    which ``re`` finds with a fast search instead of trying every digit.

    >>> fold_trigger(r"[0-9][0-9]{3}[ \\-]?[0-9]{4}")
    '0000[ \\\\-]?0000'
    >>> fold_trigger(r"[1-9][0-9]{12}") is None
    True
    """
    folded = pattern.replace("[0-9]", "0").replace("\\d", "0")
    rest = re.sub(r"\{\d+(?:,\d*)?\}", "", folded).replace("0", "")
    if any(ch.isdigit() for ch in rest):
        return None
    # "00{3}" as "0000": a pattern that starts with a literal run is searched for fast.
    return re.sub(r"(?<!\\)0\{(\d)\}", lambda m: "0" * int(m[1]), folded)


class KeywordFinder:
    """Which of a fixed set of lower-case keywords occur in a string; exactly.

    Keywords with an anchor make one regex: per anchor, ``anchor(?=trie)`` with
    an empty group where each keyword ends, so a match consumes only the anchor
    and ``m.lastindex`` names one keyword: the deepest in the trie (the longest
    after the anchor), then the one with the longest part before the anchor.
    Any other keyword at that position is either inside the one named (``pass``
    in ``password``: the caller closes over substrings) or one of its few
    *partners*, which can occur at the same anchor without either containing
    the other (``sk`` and ``key`` in ``skey``): those are checked with
    ``startswith``.  Keywords without an anchor are tested with ``in``.

    Examples
    --------
    >>> f = KeywordFinder(["ghp_", "key", "sk", "private key", "secret"])
    >>> sorted(f.find("x ghp_1 secret=2")), sorted(f.find("skey"))
    (['ghp_', 'secret'], ['key', 'sk'])
    >>> "private key" in f.find("-----begin private key-----")  # (and "key" too, with Aho-Corasick)
    True
    """

    def __init__(self, words: Iterable[str]) -> None:
        words = sorted(set(words))
        self._words = words
        # With Aho-Corasick every occurrence of every keyword comes out of one pass
        # (overlapping matches: "pass" inside "password" too); the anchor regex and the
        # `in` tests below are the fallback without it.
        # A DFA: more memory than the default NFA (a few hundred keywords: small) and
        # about twice as fast per character.
        self._automaton = AhoCorasick(words, implementation=Implementation.DFA) if words else None
        self.slow = tuple(w for w in words if anchor(w) < 0)
        anchored = [w for w in words if anchor(w) >= 0]
        self._names: list[str] = [""]  # group number -> keyword
        pattern = "|".join(
            re.escape(ch) + "(?=" + _named(node, self._names) + ")" for ch, node in sorted(_tries(anchored).items())
        )
        self._regex = re.compile(pattern) if anchored else None
        by_anchor: dict[str, list[tuple[str, int]]] = {}
        for word in anchored:
            i = anchor(word)
            by_anchor.setdefault(word[i], []).append((word, i))
        # Per group: its partners by the character just before the anchor (a partner
        # starts earlier, so that character is part of it): most hits look at none.
        self._partners: list[dict[str, tuple[tuple[str, int], ...]]] = [{}]
        for named in self._names[1:]:
            i = anchor(named)
            by_prev: dict[str, list[tuple[str, int]]] = {}
            for w, j in by_anchor[named[i]]:
                if _partner(named, i, w, j):
                    by_prev.setdefault(w[j - 1], []).append((w, j))
            self._partners.append({ch: tuple(ws) for ch, ws in by_prev.items()})

    def find(self, low: str) -> set[str]:
        """The keywords that occur in ``low`` (lower-cased text)."""
        if self._automaton is not None:
            words = self._words
            return {words[m[0]] for m in self._automaton.find_matches_as_indexes(low, overlapping=True)}
        found: set[str] = set()
        if self._regex is not None:
            names, partners = self._names, self._partners
            hits = [(m.lastindex or 0, m.start()) for m in self._regex.finditer(low)]
            found = {names[g] for g, _ in hits}
            for g, at in hits:
                if at and partners[g]:
                    for word, i in partners[g].get(low[at - 1], ()):
                        if at >= i and low.startswith(word, at - i):
                            found.add(word)
        if self.slow:
            found.update([w for w in self.slow if w in low])
        return found


def _partner(named: str, i: int, other: str, j: int) -> bool:
    """Whether ``other`` (anchor at ``j``) can occur at the anchor where the finder named ``named`` (at ``i``), outside it.

    The finder names the deepest keyword, so ``other`` ends no later (its part after
    the anchor is a proper prefix of ``named``'s), and it starts earlier (its part
    before is longer and ends with ``named``'s): otherwise it is inside ``named``.
    """
    if other in named:
        return False
    tail, other_tail = named[i + 1 :], other[j + 1 :]
    return len(other_tail) < len(tail) and tail.startswith(other_tail) and other[:j].endswith(named[:i])


def _named(node: dict[str, Any], names: list[str]) -> str:
    """The trie below ``node`` as a regex, an empty group where each keyword ends.

    Deeper first, then the keywords ending here with the longest part before the
    anchor first.  Groups are numbered in the order their text is made here, which
    is their order in the pattern.
    """
    alts = [re.escape(ch) + _named(child, names) for ch, child in sorted(node.items()) if ch]
    for word in sorted(node.get("", []), key=len, reverse=True):
        names.append(word)
        alts.append((f"(?<={re.escape(word)})" if anchor(word) else "") + "()")
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


class BatchFilter:
    """Which strings of a batch contain any keyword or trigger match.

    Parameters
    ----------
    keywords : iterable of str
        Lower-case keywords; only the *minimal* ones matter here (a keyword that
        contains another adds nothing to "does any occur").
    triggers : sequence of re.Pattern
        Regexes for what has no literal (card numbers), matched on lower-cased text.

    Examples
    --------
    >>> f = BatchFilter(["ghp_", "password", "pass"], [re.compile(r"[0-9]{4}-[0-9]{4}")])
    >>> f.flagged(["GET /users/1 200", "x GHP_abc", "card 4111-1111", "ok", "my pass"])
    [1, 2, 4]
    """

    def __init__(self, keywords: Iterable[str], triggers: Sequence[re.Pattern[str]]) -> None:
        words = {w for w in keywords if w}
        if any(SEP in w for w in words):
            raise ValueError("a keyword contains NUL")
        self.keywords = frozenset(words)
        minimal = [w for w in words if not any(o != w and o in w for o in words)]
        # Aho-Corasick finds every keyword in one linear pass (in Rust): about 0.3 us a
        # record for ~200 keywords, where a regex over the anchors plus one str.find per
        # keyword without an anchor took about 5 us.
        # It runs as a DFA over the UTF-8 bytes of the batch (a byte automaton does not map
        # match offsets back to characters, which the str one does for every match): on a
        # batch's text about five times faster than the default automaton over str.  A
        # keyword's UTF-8 bytes occur in the UTF-8 of a text exactly where the keyword does.
        self._automaton = (
            BytesAhoCorasick([w.encode("utf-8") for w in sorted(minimal)], implementation=Implementation.DFA)
            if minimal
            else None
        )
        anchored = [w for w in minimal if anchor(w) >= 0]
        self._regex = re.compile(self._pattern(anchored)) if anchored else None
        self._words = tuple(sorted(w for w in minimal if anchor(w) < 0))
        self._folded: list[re.Pattern[str]] = []
        self._plain: list[re.Pattern[str]] = []
        for trigger in triggers:
            folded = fold_trigger(trigger.pattern)
            if folded is not None:
                self._folded.append(re.compile(folded, trigger.flags))
            else:
                self._plain.append(trigger)

    @staticmethod
    def _pattern(words: list[str]) -> str:
        """Per anchor: the anchor, the trie of what follows, then a look-behind over the whole keyword.

        Only *whether* a keyword occurs matters here, so there are no groups and the
        trie consumes what it reads: each character of a landing is read once.
        """

        def build(node: dict[str, Any]) -> str:
            ends = node.get("", [])
            if any(anchor(w) == 0 for w in ends):
                return ""  # a keyword that starts with its anchor ends here: found
            alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
            alts += [f"(?<={re.escape(w)})" for w in sorted(ends)]
            return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

        return "|".join(re.escape(ch) + build(node) for ch, node in sorted(_tries(words).items()))

    def flagged(self, vals: list[str]) -> list[int]:
        """Indices, ascending, of the strings in ``vals`` in which a keyword or a trigger occurs.

        Everything is scanned once, joined by NUL (which no keyword or trigger can
        match across).  A string that itself holds a NUL makes every string flagged.
        """
        return self.scan(vals)[0]

    def scan(self, vals: list[str]) -> tuple[list[int], set[int]]:
        """:meth:`flagged`, and the indices of those in which a trigger matched (a subset)."""
        n = len(vals)
        if not n:
            return [], set()
        low = SEP.join(vals).lower()
        if low.count(SEP) != n - 1:
            return list(range(n)), set(range(n))
        out: list[int] = []
        if self._automaton is not None:
            # Non-overlapping matches are enough: no keyword spans a NUL, so every string
            # that holds a keyword holds at least one match.  Offsets are in bytes here
            # (lone surrogates pass through as three bytes each, matching no keyword).
            data = low.encode("utf-8", "surrogatepass")
            hits = self._automaton.find_matches_as_indexes(data)
            if hits:
                out = _indices(data.count, b"\x00", [m[1] for m in hits])
        else:
            starts: list[int] = []
            if self._regex is not None:
                starts = [m.start() for m in self._regex.finditer(low)]
            find = low.find
            for word in self._words:
                at = find(word)
                while at >= 0:
                    starts.append(at)
                    at = find(word, at + 1)
            if starts:
                starts.sort()
                out = _indices(low.count, SEP, starts)
        triggered: list[int] = []
        if self._folded:
            folded = low.translate(FOLD_DIGITS)
            for trigger in self._folded:
                triggered.extend([m.start() for m in trigger.finditer(folded)])
        for trigger in self._plain:
            triggered.extend([m.start() for m in trigger.finditer(low)])
        if not triggered:
            return out, set()
        triggered.sort()
        by_trigger = set(_indices(low.count, SEP, triggered))
        return sorted(by_trigger.union(out)), by_trigger


def _indices(count: Any, sep: Any, starts: list[int]) -> list[int]:
    """The distinct numbers, ascending, of the joined strings at the sorted offsets ``starts``.

    ``count`` is the joined text's ``count`` method and ``sep`` its separator: the
    number of separators before an offset is the number of its string.
    """
    out: list[int] = []
    index = last = 0
    for at in starts:
        index += count(sep, last, at)
        last = at
        if not out or out[-1] != index:
            out.append(index)
    return out


def remember_clean(clean: set[str], vals: list[str], flagged: list[int], max_len: int, size: int) -> None:
    """Add the strings of ``vals`` that were not flagged (and are at most ``max_len`` long) to ``clean``.

    In C for the common case (nothing flagged): no Python per string.
    """
    if len(clean) + len(vals) > size:
        clean.clear()
    clean.update(compress(vals, map(max_len.__ge__, map(len, vals))))
    for i in flagged:
        clean.discard(vals[i])
