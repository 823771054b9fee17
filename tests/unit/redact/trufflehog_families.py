"""Held-out families read from trufflehog's detectors, each remembering the file it was read from.

Rounds 8 to 10 (:mod:`tests.unit.redact.heldout_round8` and after) build their families
with one :class:`Trufflehog` each: a family of a keyword-near-token detector comes twice
(under a provider-named key, and in messages naming the provider), one with a prefix of
its own twice too (bare, and in the request its verifier sends).
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily, _fam
from tests.unit.redact.heldout_round5 import _keys, _texts

__all__ = ["Trufflehog"]

BARE, KEYED, TEXT = "bare", "keyed", "text"


class Trufflehog:
    """A round's families and ``source_paths``: family id -> ``trufflesecurity/trufflehog:<file>``."""

    def __init__(self) -> None:
        self.source_paths: dict[str, str] = {}

    def family(self, fid: str, form: str, pattern: str, detector: str, *extra: str) -> HeldFamily:
        """One family of ``form`` (bare, keyed or text); ``detector`` is a name or ``name/vN/name_vN``."""
        path = detector if "/" in detector else f"{detector}/{detector}"
        self.source_paths[f"trufflehog/{fid}"] = f"trufflesecurity/trufflehog:pkg/detectors/{path}.go"
        return _fam("trufflehog", fid, form, pattern, extra)

    def near(
        self, fid: str, pattern: str, detector: str, word: str, *specific: str, key_word: str = ""
    ) -> tuple[HeldFamily, HeldFamily]:
        """A keyword-near-token detector: the token under a provider-named key, and in messages naming the provider."""
        return (
            self.family(fid, KEYED, pattern, detector, *_keys(key_word or word)),
            self.family(f"{fid}-text", TEXT, pattern, detector, *_texts(word, *specific)),
        )

    def prefixed(self, fid: str, pattern: str, detector: str, *requests: str) -> tuple[HeldFamily, HeldFamily]:
        """A token with a prefix of its own: bare, and in the verifier's request."""
        return (
            self.family(fid, BARE, pattern, detector),
            self.family(f"{fid}-request", TEXT, pattern, detector, *requests),
        )
