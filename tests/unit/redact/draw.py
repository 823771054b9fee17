"""Random pieces the lookalike corpora (``innocents_round*.py``) build their texts from.

One :class:`Draw` per corpus, on the corpus's own seeded ``random.Random``: each
piece costs the same draws from it as the helpers every corpus once wrote for
itself, so a corpus's texts at a seed did not change when it moved here.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Mapping, Sequence

__all__ = ["B62", "WORDS", "Draw", "take_turns"]

#: everyday nouns that name things in logs (region, cache, shard ...)
WORDS = tuple("region store build cache user order batch shard node index queue report table".split())
#: the base-62 alphabet
B62 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def take_turns(makers: Mapping[str, Callable[[], str]], count: int) -> list[tuple[str, str]]:
    """``count`` (kind, text) pairs, the kinds taken in turn in sorted order, each text made by its kind's maker.

    >>> take_turns({"b": lambda: "x", "a": lambda: "y"}, 3)
    [('a', 'y'), ('b', 'x'), ('a', 'y')]
    """
    kinds = sorted(makers)
    return [(kind, makers[kind]()) for kind in (kinds[i % len(kinds)] for i in range(count))]


class Draw:
    """Random words, provider names, hex, base-62, digits and UUIDs drawn from ``rng``.

    >>> d = Draw(random.Random(1), ["acme"])
    >>> d.prov(), len(d.hexs(8)), d.digits(3).isdigit(), len(d.uuid())
    ('acme', 8, True, 36)
    """

    def __init__(self, rng: random.Random, providers: Sequence[str]) -> None:
        self.rng = rng
        self.providers = providers

    def word(self) -> str:
        return self.rng.choice(WORDS)

    def prov(self) -> str:
        return self.rng.choice(self.providers)

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def b62(self, n: int) -> str:
        return "".join(self.rng.choice(B62) for _ in range(n))

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128)))

    def provider_ids(self) -> str:
        """A provider's name before a request, job, event or trace id (never a credential)."""
        return self.rng.choice(
            [
                f"{self.prov()} request {self.uuid()} failed with 503, retrying",
                f"{self.prov()} job {self.uuid()} finished in {self.rng.randint(1, 900)}ms",
                f"{self.prov()} trace_id={self.hexs(32)} span_id={self.hexs(16)}",
                f"{self.prov()} event id {self.uuid()} deduplicated",
            ]
        )

    def provider_hashes(self) -> str:
        """A provider's name before a commit, digest, checksum or etag (never a credential)."""
        return self.rng.choice(
            [
                f"{self.prov()} commit {self.hexs(40)} analysed",
                f"{self.prov()} artifact sha256:{self.hexs(64)} uploaded",
                f"{self.prov()} payload md5 {self.hexs(32)} matches",
                f'{self.prov()} etag "{self.hexs(32)}" unchanged',
            ]
        )

    def provider_numbers(self) -> str:
        """A provider's name before an order, list, invoice number or balance."""
        prov, digits = self.prov, self.digits
        return self.rng.choice(
            [
                f"{prov()} order {digits(12)} settled",
                f"{prov()} list {digits(6)}: {self.rng.randint(1, 5000)} contacts synced",
                f"{prov()} invoice number {digits(18)} sent",
                f"{prov()} account balance 1{digits(5)}.{digits(2)} EUR",
            ]
        )

    def provider_versions_paths(self) -> str:
        """A provider's name before a version, a setting, a path or a note on its key (no key in it)."""
        prov, word, rng = self.prov, self.word, self.rng
        return rng.choice(
            [
                f"{prov()}: 2.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                f"{prov()}: enabled",
                f"{prov()} client configured: timeout=30s retries=3",
                f"{prov()}: /var/lib/{word()}/{word()}/2024-05-01.csv",
                f"{prov()} api key rotated at 2024-05-{rng.randint(10, 28)}T10:00:00Z",
                f"{prov()} api key missing for region eu-west-1",
            ]
        )

    def provider_sdk_versions_paths(self) -> str:
        """As :meth:`provider_versions_paths`, with an SDK's pre-release version and without the bare settings."""
        prov, word, rng = self.prov, self.word, self.rng
        return rng.choice(
            [
                f"{prov()}: 2.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                f"{prov()} client configured: timeout=30s retries=3",
                f"{prov()}: /var/lib/{word()}/{word()}/2024-05-01.csv",
                f"{prov()} api key rotated at 2024-05-{rng.randint(10, 28)}T10:00:00Z",
                f"{prov()} sdk v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}-rc.{rng.randint(1, 5)}",
            ]
        )

    def provider_words(self) -> str:
        """A provider's name before a name made of words (camel case, snake case, a Kubernetes name)."""
        prov, word, rng = self.prov, self.word, self.rng
        return rng.choice(
            [
                f"{prov()}: paymentServiceHandler{rng.randint(2019, 2026)}Release",
                f"{prov()} client configured: {word()}_{word()}_{word()}_{word()}_{word()}_v{rng.randint(1, 9)}",
                f"{prov()}: checkout-db-credentials-{self.hexs(5)}",
            ]
        )

    def provider_words_and_numbers(self) -> str:
        """A provider's name before words glued to small numbers."""
        prov, word, rng = self.prov, self.word, self.rng
        return rng.choice(
            [
                f"{prov()}: {word()}{rng.randint(1, 99)}{word()}{rng.randint(1, 99)}{word()}{rng.randint(1, 99)}{word()}",
                f"{prov()} client configured: release{rng.randint(2019, 2026)}{word()}{rng.randint(1, 40)}{word()}{rng.randint(1, 9)}",
            ]
        )

    def provider_short_values(self) -> str:
        """A provider's name before 16 hex digits or a name with a number: too short for its keys."""
        prov, hexs = self.prov, self.hexs
        return self.rng.choice(
            [
                f"{prov()}: {hexs(16)}",
                f"{prov()} api key {hexs(16)} expired",
                f"{prov()} message-id {hexs(16).upper()} delivered",
                f"{prov()} token {self.word()}-{self.word()}-{self.rng.randint(1000, 9999)}",
            ]
        )

    def provider_pascal_names(self) -> str:
        """A provider's name before a class-like name in Pascal case."""
        prov, word = self.prov, self.word
        return self.rng.choice(
            [
                f"{prov()} api key {word().capitalize()}ServiceHandler{self.rng.randint(2019, 2026)}",
                f"{prov()} token {word().capitalize()}{word().capitalize()}Processor{self.rng.randint(1, 99)}",
            ]
        )

    def provider_settings(self) -> str:
        """A provider's settings: a timeout, a region, a key read from the environment, a client version."""
        prov, rng = self.prov, self.rng
        return rng.choice(
            [
                f"{prov()}_timeout = {rng.randint(1, 120)}s",
                f"{prov()}.region: {self.word()}-{rng.randint(1, 9)}",
                f"{prov()}_api_key = ${{{prov().upper()}_API_KEY}}",
                f"{prov()} client {rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)} loaded",
            ]
        )
