"""Innocent lookalikes for the round-6 held-out measure (issue #17).

Each kind imitates a shape the round-6 families have (a provider's name shortly
before a token, a request line with the token in a header or query parameter,
Voiceflow's dotted ``VF.`` token) and is not a secret: ids, hashes, trace ids,
numbers, versions, paths, video and channel ids, Vagrant boxes and request lines
whose parameters and headers are not credentials, next to the same provider names;
ids after four-letter names that are everyday words or platforms (``jira``, ``okta``,
``uber``, ``xray``), and words joined by numbers (``shard56shard99batch64index``).
``python -m tests.unit.redact.heldout_round6`` prints how many are touched; a test
holds them at none.  A bare UUID labelled only by a provider's name (``qubole: <uuid>``)
is not here: the round-5 rules redact it on purpose (urlscan's and moosend's keys are
UUIDs); it was in the first draft of this module and the only kind touched.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider names of the round-6 keyword-near-token families
PROVIDERS = (
    "qase qualaroo qubole vagrant vatlayer vbout verimail veriphone versioneye viewneo "
    "visualcrossing voicegain voodoosms vouchery vpnapi vultr vyte youneedabudget yousign youtube"
).split()


def lookalikes(seed: int = 67, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, prov, hexs, b62, digits, u = draw.word, draw.prov, draw.hexs, draw.b62, draw.digits, draw.uuid

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-numbers": lambda: rng.choice(
            [
                f"{prov()} order {digits(12)} settled",
                f"{prov()} list {digits(6)}: {rng.randint(1, 5000)} contacts synced",
                f"{prov()} phone +4915{digits(9)} validated",
                f"{prov()} invoice number {digits(18)} sent",
                f"{prov()} account balance 1{digits(5)}.{digits(2)} EUR",
            ]
        ),
        "provider-hashes": draw.provider_hashes,
        "provider-versions-paths": lambda: rng.choice(
            [
                f"{prov()}: 2.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                f"{prov()}: enabled",
                f"{prov()} client configured: timeout=30s retries=3",
                f"{prov()}: /var/lib/{prov()}/{word()}/2024-05-01.csv",
                f"{prov()} api key rotated at 2024-05-{rng.randint(10, 28)}T10:00:00Z",
                f"{prov()} api key missing for region eu-west-1",
            ]
        ),
        "request-lines": lambda: rng.choice(
            [
                f"GET https://api.qase.io/v1/run/{word().upper()}?limit=25 200",
                f"GET https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline/{word()}?unitGroup=metric 401",
                "GET https://api.veriphone.io/v2/verify?phone=%2B4915123577723 400",
                f"GET https://api.vultr.com/v2/instances?per_page=100&cursor={b62(8)} 200",
                f"GET https://api.vyte.in/v2/events?page={rng.randint(1, 9)} 200",
                f"GET https://vpnapi.io/api/8.8.{rng.randint(0, 255)}.{rng.randint(0, 255)} 429",
                f"GET https://api.youneedabudget.com/v1/budgets/{u()}/transactions 200",
            ]
        ),
        "youtube-ids": lambda: rng.choice(
            [
                f"youtube video {b62(11)} embedded",
                f"youtube channel UC{b62(22)} subscribed",
                f"https://www.youtube.com/watch?v={b62(11)}&t={rng.randint(1, 600)}s",
                f"youtube playlist PL{b62(32)} refreshed",
            ]
        ),
        "vagrant-boxes": lambda: rng.choice(
            [
                f"vagrant box add hashicorp/bionic64 --box-version 1.0.{rng.randint(100, 400)}",
                f"vagrant up default: Machine booted, id {u()}",
                f"vagrant: box 'ubuntu/jammy64' version '2024{digits(4)}.0.0' is up to date",
            ]
        ),
        "vf-dotted": lambda: rng.choice(
            [
                f"VF.{word()}.{hexs(6)} loaded",
                f"module VF.DM.handler.{word()} registered",
                f"build VF.{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}",
            ]
        ),
        "dotted-names": lambda: rng.choice(
            [
                f"{prov()} bundle: main.{hexs(20)}.js",
                f"{prov()}: build.{hexs(40)}.tar.gz",
                f"{prov()}: com.acme.{word()}.PaymentServiceHandler{rng.randint(2019, 2026)}",
            ]
        ),
        "everyday-short-names": lambda: rng.choice(
            [
                f"jira: PROJ-{rng.randint(1, 9999)} moved to done",
                f"okta: 00u{b62(17)} signed in",
                f"uber: trip {u()} completed",
                f"xray: 1-{hexs(8)}-{hexs(24)} sampled",
                f"yelp business: {b62(22)}",
                f"miro board: uXjV{b62(8)}=",
            ]
        ),
        "words-and-numbers": draw.provider_words_and_numbers,
        "words": draw.provider_words,
    }
    return take_turns(makers, count)
