"""Innocent lookalikes for the round-65 held-out measure (issue #17).

Each kind imitates a shape the round-65 families (12 Kingfisher files, ``stormglass`` to
``swiftype``) have and is not a secret, written from the public values the picked providers' docs
and tools show, not from our rules: Stormglass points and readings, Storyblok space and story ids
and cache versions, StoryChief story ids, Streak pipeline and box ids, Stripe's public object ids
(``cus_``, ``ch_``, ``pi_``, ``acct_``, ``evt_``) and publishable keys (``pk_live_``, public by
design), Stripo e-mail and template ids, Supabase project references and hosts, Supernotes card
ids, SurveyBot, SurveySparrow and Survicate survey ids, Swiftype engines and document ids; request
lines whose key is a variable or the docs' placeholder; prefixes named in prose; the everyday
words among the provider names (streak, stripe, swift).  The provider word is the provider's name,
never a file name carrying a credential word (round 57's finding): ``supabase`` for
``supabasetoken.yml`` and ``supernotes`` for ``supernotesapi.yml``.
``python -m tests.unit.redact.heldout_round65`` prints how many are touched; a test holds them at
none.  One line was corrected after the measurement, one for one so that every other line is drawn
as before, since the library takes its shape by design: ``streak secret: log in <n> days in a row``
is a value (``log``) under a key named secret, as round 57's ``lokalisetoken: <hex>`` is one under a
key named token; it reads ``streak secret is to log in <n> days in a row`` now (the same draws).  The
held-out lookalike figure (16/600 at corpus seed 359, 10 at 7 and 10 at 99, all that line) is the
corpus as first committed (275b8c4).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-65 families (each begins one or more of the families' ids)
PROVIDERS = (
    "stormglass storyblok storychief streak stripe stripo supabase supernotes surveybot surveysparrow "
    "survicate swiftype"
).split()


def lookalikes(seed: int = 359, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    def lower(n: int) -> str:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "provider-short-values": draw.provider_short_values,
        "request-lines": lambda: rng.choice(
            [
                "curl -H \"Authorization: $STORMGLASS_API_KEY\" 'https://api.stormglass.io/v2/weather/point?lat=58.7&lng=17.8'",
                "GET https://api.storyblok.com/v1/cdn/spaces/me/?token=YOUR_PREVIEW_TOKEN",
                "curl -H 'Authorization: Bearer <your api key>' https://api.storychief.io/1.0/me",
                "curl -u \"$STREAK_API_KEY:\" https://www.streak.com/api/v1/pipelines",
                "curl https://api.stripe.com/v1/charges -u \"$STRIPE_SECRET_KEY:\"",
                "curl -H 'Stripo-Api-Auth: {{stripo_token}}' https://stripo.email/emailgeneration/v1/emails",
                "curl -H \"Authorization: Bearer $SUPABASE_ACCESS_TOKEN\" https://api.supabase.com/v1/projects",
                "curl -H 'Api-Key: <your api key>' https://api.supernotes.app/v1/user",
                "curl -H 'X-Api-Key: YOUR_API_KEY' https://app.surveybot.io/api/v1/surveys",
                "curl -H \"Authorization: Bearer $SURVEYSPARROW_TOKEN\" https://api.surveysparrow.com/v1/contacts",
                "curl -H 'Authorization: Basic <api key>' https://data-api.survicate.com/v1/surveys",
                "curl -d '{\"auth_token\": \"YOUR_API_KEY\", \"q\": \"brothers\"}' "
                "https://search-api.swiftype.com/api/v1/engines/bookstore/document_types/books/search.json",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"stormglass point {rng.randint(10, 70)}.{digits(4)},{rng.randint(10, 170)}.{digits(4)} "
                f"windSpeed {rng.randint(0, 30)}.{digits(1)} m/s source sg",
                f"storyblok story {digits(9)} in space {digits(6)} published, cv {digits(10)}",
                f"storyblok story uuid {uuid()} moved to folder {digits(8)}",
                f"storychief story {digits(6)} published to channel {digits(4)}",
                f"streak box {digits(8)} moved to stage {digits(4)} in pipeline {word()}",
                f"stripe customer cus_{b62(14)} charged ch_{b62(24)} for {rng.randint(5, 900)}.00 USD",
                f"stripe payment intent pi_{b62(24)} succeeded on account acct_1{b62(15)}",
                f"stripe webhook event evt_{b62(24)} delivered",
                f"stripe publishable key pk_live_{b62(24)} loaded in checkout.js",
                f"stripo email {digits(7)} built from template {digits(6)}",
                f"supabase project {lower(20)} restored at https://{lower(20)}.supabase.co",
                f"supernotes card {uuid()} linked to {word()}",
                f"surveybot survey {digits(6)} has {rng.randint(1, 900)} responses",
                f"surveysparrow survey {digits(6)} response {digits(8)} NPS {rng.randint(0, 10)}",
                f"survicate survey {hexs(16)} closed after {rng.randint(1, 900)} answers",
                f"swiftype engine {word()}-search document {digits(6)} indexed",
            ]
        ),
        "placeholders": lambda: rng.choice(
            [
                "STRIPE_SECRET_KEY=sk_live_<your key>",
                "STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx",
                "STRIPE_RESTRICTED_KEY=rk_live_...",
                "SUPABASE_ACCESS_TOKEN=sbp_<your token>",
                "STORYBLOK_TOKEN=${{ secrets.STORYBLOK_TOKEN }}",
                "STORMGLASS_API_KEY=your-api-key-here",
                "STREAK_API_KEY=REPLACE_ME",
                "SURVICATE_API_KEY=changeme",
                "SWIFTYPE_API_KEY=\"{{ vault_swiftype_api_key }}\"",
                "STRIPO_TOKEN=<jwt from the plugin settings>",
            ]
        ),
        "prefix-lookalikes": lambda: rng.choice(
            [
                "Stripe secret keys start with sk_live_, restricted keys with rk_live_, publishable with pk_live_",
                "Supabase personal access tokens begin with sbp_",
                "Storyblok access tokens end in tt",
                "Stripo and StoryChief tokens are JWTs, they begin with eyJ",
                "Stormglass keys are two UUIDs joined by a hyphen",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                # written without the colon: "streak secret: log" is a value under a key named secret (taken by design)
                f"streak secret is to log in {rng.randint(3, 40)} days in a row",
                f"stripe key lime pie ordered for the {word()} party",
                f"streak token awarded after {rng.randint(3, 40)} wins",
                f"stripe access to the {word()} room is by badge",
                f"the streak private record is {rng.randint(3, 90)} days",
                f"swift type key paths in the {word()} module",
            ]
        ),
        "provider-hex-ids": lambda: rng.choice(
            [
                f"streak pipeline {hexs(32)} exported",
                f"survicate response {hexs(32)} stored",
                f"storyblok asset {hexs(32)} uploaded",
                f"supernotes card {uuid()} archived",
                f"stormglass request {uuid()} served from cache",
                f"supabase function {uuid()} deployed",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
