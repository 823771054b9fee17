"""Innocent lookalikes for the round-7 held-out measure (issue #17).

Each kind imitates a shape the round-7 families have (a provider's name shortly
before a token, a request line with the token in a header, query, path or form body,
ElevenLabs' ``sk_`` key) and is not a secret: ids, hashes, trace ids, numbers,
versions, paths and request lines whose parameters and headers are not credentials,
next to the same provider names; Envoy proxy's access-log and cluster lines (the
proxy shares its name with the Envoy workplace provider), the everyday senses of
``eraser``, ``enigma``, ``8x8`` and ``exchange rate``, and ``sk_`` names made of
words.  ``python -m tests.unit.redact.heldout_round7`` prints how many are touched;
a test holds them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider names of the round-7 keyword-near-token families
PROVIDERS = (
    "eagleeyenetworks easyinsight ecostruxureit edamam edenai 8x8 elasticemail elevenlabs "
    "enablex enigma envoy eraser ethplorer eventbrite everhour exchangerate exchangerates "
    "exportsdk extractorapi"
).split()


def lookalikes(seed: int = 67, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, b62, digits, u = draw.word, draw.hexs, draw.b62, draw.digits, draw.uuid

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-numbers": draw.provider_numbers,
        "provider-hashes": draw.provider_hashes,
        "provider-versions-paths": draw.provider_versions_paths,
        "request-lines": lambda: rng.choice(
            [
                f"GET https://api.edamam.com/api/recipes/v2?type=public&q={word()} 401",
                f"GET https://www.eventbriteapi.com/v3/events/{digits(12)}/attendees/?page={rng.randint(1, 9)} 200",
                "GET https://v6.exchangerate-api.com/v6/latest/USD 403",
                f"GET https://api.exchangeratesapi.io/v1/{2020 + rng.randint(0, 5)}-05-01?base=EUR 401",
                f"GET https://api.everhour.com/projects/{b62(6)}/tasks 200",
                f"POST https://api-mon.ethplorer.io/createPool addresses=0x{hexs(40)} 401",
                f"GET https://api.elevenlabs.io/v1/voices/{b62(20)} 200",
            ]
        ),
        "envoy-proxy": lambda: rng.choice(
            [
                f'[2024-05-01T10:00:{rng.randint(10, 59)}.000Z] "GET /api/v1/{word()}s HTTP/1.1" 200 - 0 {rng.randint(10, 9000)} {rng.randint(1, 90)} {rng.randint(1, 90)} "-" "curl/8.5.0" "{u()}" "api.acme.io" "10.0.{rng.randint(0, 255)}.{rng.randint(0, 255)}:8080"',
                f"envoy cluster outbound|8080||{word()}.default.svc.cluster.local healthy",
                f"envoy x-request-id: {u()}",
                f"envoy listener 0.0.0.0_{rng.randint(1000, 9999)} updated, version {hexs(16)}",
                f"envoy upstream_reset_before_response_started{{connection_termination}} for {word()}-{hexs(10)}-{b62(5).lower()}",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"eraser tool selected on layer {rng.randint(1, 40)}",
                f"resize thumbnail to 8x8 grid, {rng.randint(2, 64)} cells",
                f"enigma puzzle {b62(10)} solved by user {rng.randint(1, 9999)}",
                f"exchangerate USD/EUR 0.{digits(4)} at 2024-05-01",
                f"exchangerates base EUR, {rng.randint(100, 170)} currencies loaded",
            ]
        ),
        "sk-names": lambda: rng.choice(
            [
                f"sk_{word()}_{word()}_{rng.randint(1, 99)} registered",
                f"risk_score_{hexs(8)} = 0.{digits(3)}",
                f"task_{word()}_{hexs(12)} queued",
                f"sk_{word()} = SkipList(capacity={rng.randint(16, 4096)})",
            ]
        ),
        "words-and-numbers": draw.provider_words_and_numbers,
        "words": draw.provider_words,
    }
    return take_turns(makers, count)
