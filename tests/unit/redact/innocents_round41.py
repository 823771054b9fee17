"""Innocent lookalikes for the round-41 held-out measure (issue #17).

Each kind imitates a shape the round-41 families have (a provider's name shortly before a
token, a request line with the token in a query, a header, a JSON body or ``curl -u``, a
prefix) and is not a secret, written from the non-secret values the picked providers' public
docs and tools show: Streak pipeline and box keys, Stripe's publishable keys (``pk_live_``,
public by design) and object ids (``cus_``, ``ch_``, ``pi_``), Stripo email and template ids,
Stytch project ids (``project-live-`` and a UUID, the public half of its pair) and user ids,
Sugester account names, Sumo Logic collector ids and access ids (``su`` and 12, the public
half), Supabase project refs and its public anon key's name, Supernotes card ids,
SurveyAnyplace survey UUIDs, SurveyBot and SurveySparrow survey and response ids, Survicate
survey ids, Swell store ids and product ids, Swiftype engine names; request lines whose key is
a variable or the docs' own placeholder (``YOUR_API_KEY``, ``<token>``, ``{API_KEY}``), settings
that name no key, and the everyday senses of the names that are words (a streak, a swell, a
stripe).  ``python -m tests.unit.redact.heldout_round41`` prints how many are touched; a test
holds them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-41 keyword-near-token families
PROVIDERS = (
    "streak stripo stytch sugester sumologic supernotes surveyanyplace surveybot surveysparrow survicate swell "
    "swiftype"
).split()


def lookalikes(seed: int = 223, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62 = draw.word, draw.hexs, draw.digits, draw.b62

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-numbers": draw.provider_numbers,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "request-lines": lambda: rng.choice(
            [
                "curl -u $STREAK_API_KEY: https://www.streak.com/api/v1/pipelines",
                "GET https://api.stripe.com/v1/charges Authorization: Bearer $STRIPE_SECRET_KEY 401",
                "GET https://stripo.email/emailgeneration/v1/emails Stripo-Api-Auth: <your-api-token> 401",
                "curl -u $STYTCH_PROJECT_ID:$STYTCH_SECRET https://api.stytch.com/v1/users/pending",
                "GET https://acmeshop.sugester.com/app/clients.json?api_token=YOUR_API_TOKEN",
                "curl -u $SUMO_ACCESS_ID:$SUMO_ACCESS_KEY https://api.us2.sumologic.com/api/v1/users",
                "GET https://api.supabase.com/v1/projects Authorization: Bearer {SUPABASE_ACCESS_TOKEN} 401",
                "GET https://api.supernotes.app/v1/user Api-Key: <YOUR_API_KEY> 401",
                "POST https://api.surveyanyplace.com/v1/surveys/{survey_id}/accesscodes Authorization: API {API_KEY}",
                "GET https://app.surveybot.io/api/v1/surveys?page=1 X-Api-Key: $SURVEYBOT_API_KEY 401",
                "GET https://api.surveysparrow.com/v1/contacts Authorization: Bearer <access_token> 401",
                "GET https://data-api.survicate.com/v1/surveys Authorization: Basic {{survicate_key}}",
                "curl -u $SWELL_STORE_ID:$SWELL_SECRET_KEY 'https://api.swell.store/products?limit=100'",
                'GET https://search-api.swiftype.com/api/v1/engines/docs/search.json {"auth_token":"YOUR_API_KEY","q":"pricing"}',
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"streak pipeline agxzfm1haWxmb29nYWVy{b62(20)} box {digits(6)} moved to stage {rng.randint(5001, 5009)}",
                f"stripe customer cus_{b62(14)} charge ch_{b62(24)} succeeded",
                f"stripe payment intent pi_{b62(24)} requires_action",
                f"stripe publishable key pk_live_{b62(24)} loaded on checkout page",
                f"stripo template {digits(6)} email {digits(7)} exported",
                f"stytch project project-live-{draw.uuid()} user user-live-{draw.uuid()} logged in",
                f"sugester account {word()}shop ticket {digits(5)} closed",
                f"sumologic collector {digits(9)} source {digits(9)} ingesting",
                f"sumologic access id su{b62(12)} rotated by {word()}",
                f"supabase project ref {b62(20).lower()} region eu-central-1 paused",
                f"supernotes card {draw.uuid()} pinned",
                f"surveyanyplace survey {draw.uuid()} has {rng.randint(1, 900)} responses",
                f"surveybot survey {digits(6)} response {digits(8)} saved",
                f"surveysparrow survey {digits(6)} share link {digits(5)} opened",
                f"survicate survey {hexs(16)} answered {rng.randint(1, 90)} times",
                f"swell store {word()}outlet product {hexs(24)} updated",
                f"swiftype engine {word()}-docs document type pages indexed {rng.randint(1, 9000)}",
            ]
        ),
        "configs": lambda: rng.choice(
            [
                f"STRIPE_PUBLISHABLE_KEY=pk_live_{b62(24)} STRIPE_ACCOUNT=acct_{b62(16)}",
                f"STYTCH_PROJECT_ID=project-test-{draw.uuid()} STYTCH_ENV=test",
                f"SUPABASE_URL=https://{b62(20).lower()}.supabase.co SUPABASE_SCHEMA=public",
                f"SUMO_ENDPOINT=https://api.us2.sumologic.com SUMO_COLLECTOR={digits(9)}",
                f"SWELL_STORE_ID={word()}outlet SWELL_CURRENCY=EUR",
                f"SWIFTYPE_ENGINE={word()}-docs SWIFTYPE_HOST=search-api.swiftype.com",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"streak of {rng.randint(2, 40)} successful builds on {word()}",
                f"swell height {rng.randint(1, 9)}.{digits(1)} m at {word()} buoy",
                f"stripe of {rng.randint(2, 12)} blocks written to {word()}-{rng.randint(1, 9)}",
                f"survey of {rng.randint(10, 900)} users about {word()} closed",
            ]
        ),
        "short-values": draw.provider_short_values,
        "cli-variables": lambda: rng.choice(
            [
                f"curl -H 'x-api-key: ${draw.prov().upper()}_API_KEY' https://api.{draw.prov()}.com/v1/me",
                "stripe login --interactive",
                "supabase login --token $SUPABASE_ACCESS_TOKEN",
                "stripe listen --forward-to localhost:4242/webhook",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
