"""Random pieces the lookalike corpora (``innocents_round*.py``) build their texts from.

One :class:`Draw` per corpus, on the corpus's own seeded ``random.Random``: each
piece costs the same draws from it as the helpers every corpus once wrote for
itself, so a corpus's texts at a seed did not change when it moved here.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence

__all__ = ["B62", "WORDS", "Draw"]

#: everyday nouns that name things in logs (region, cache, shard ...)
WORDS = tuple("region store build cache user order batch shard node index queue report table".split())
#: the base-62 alphabet
B62 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


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
