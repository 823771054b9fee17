"""Held-out families read from trufflehog's detectors, each remembering the file it was read from.

Rounds 5 to 11 (:mod:`tests.unit.redact.heldout_round5` and after) build their families
with one :class:`Trufflehog` each: a family of a keyword-near-token detector comes twice
(under a provider-named key, and in messages naming the provider), one with a prefix of
its own twice too (bare, and in the request its verifier sends).
"""

from __future__ import annotations

from tests.unit.redact.rounds import Families, HeldFamily

__all__ = ["Trufflehog", "provider_keys", "provider_texts"]


def provider_keys(word: str) -> tuple[str, ...]:
    """Key names holding the provider's name (trufflehog takes the name anywhere within 40 characters)."""
    up = word.upper()
    return (f"{up}_KEY", f"{word}_api_token", f"{word}ApiKey", f"{up}_AUTH_TOKEN", f"{word}-secret")


def provider_texts(word: str, *specific: str) -> tuple[str, ...]:
    """The verifier's request (``specific``, drawn twice as often), then the name before the token in prose."""
    first = specific or (f"rotating {word} credentials, new value {{v}}",)
    return (
        *first,
        f"{word} api key {{v}}",
        f"{word.capitalize()} client configured: {{v}}",
        f"{word}: {{v}}",
    )


class Trufflehog(Families):
    """A round's families and ``source_paths``: family id -> ``trufflesecurity/trufflehog:<file>``."""

    def __init__(self) -> None:
        super().__init__("trufflehog", "trufflesecurity/trufflehog:pkg/detectors/")

    def family(self, fid: str, form: str, pattern: str, where: str, *extra: str) -> HeldFamily:
        """One family of ``form`` (bare, keyed or text); ``where`` is a detector's name or ``name/vN/name_vN``."""
        path = where if "/" in where else f"{where}/{where}"
        return super().family(fid, form, pattern, f"{path}.go", *extra)

    def near(
        self, fid: str, pattern: str, detector: str, word: str, *specific: str, key_word: str = ""
    ) -> tuple[HeldFamily, HeldFamily]:
        """A keyword-near-token detector: the token under a provider-named key, and in messages naming the provider."""
        keys = provider_keys(key_word or word)
        return self.keyed_and_text(fid, pattern, detector, keys, *provider_texts(word, *specific))
