"""Innocent lookalikes for the round-35 held-out measure (issue #17).

Each kind imitates a shape the round-35 families have (a provider's name shortly before a
token, a request line with the token in a query, a header or ``curl -u``, a prefix, a config
of a provider's own) and is not a secret, written from the non-secret values the picked
providers' public docs and tools show: AirVisual cities and air-quality readings, Aiven
service names and plans, Alchemy networks and block numbers, Alegra invoice numbers, Algolia
application ids (10 capitals, public in every front end) and index names, Alibaba regions and
ECS instance ids, AlienVault OTX pulse ids (24 hex), Amadeus IATA codes and offer ids, Ambee
readings, Anypoint organisation and environment UUIDs (not tokens), API2Cart store keys'
names, Apifonica message ids, AppFollow app ids, Appointedd booking ids, AppOptics metric
names, Apptivo lead ids, Artsy artwork slugs, Asana task and project gids (16 digits), AssemblyAI
transcript ids, Atera ticket numbers, Atlassian cloud ids and Jira issue keys, AudD song
matches, Auth0 tenant domains and client ids; request lines whose key is a variable or the
docs' own placeholder (``YOUR_API_KEY``, ``<token>``, ``{API_KEY}``), settings that name no
key, and the everyday senses of the names that are words or names (alchemy, Amadeus, artsy,
an atlas).  ``python -m tests.unit.redact.heldout_round35`` prints how many are touched; a test
holds them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-35 keyword-near-token families
PROVIDERS = (
    "airvisual aiven alchemy alegra aletheiaapi algolia alibaba alienvault allsports amadeus ambee anypoint "
    "apacta api2cart apiflash apifonica apilayer apimatic apimetrics apitemplate appfollow appointedd appoptics "
    "appsynergy apptivo artsy asana assemblyai atera atlassian audd"
).split()

# the providers whose keys are longer than 16 characters: 16 hex after the others is their key's shape
_LONG_KEYED = tuple(p for p in PROVIDERS if p != "amadeus")


def lookalikes(seed: int = 181, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62 = draw.word, draw.hexs, draw.digits, draw.b62
    upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

    def caps(n: int) -> str:
        return "".join(rng.choice(upper) for _ in range(n))

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-numbers": draw.provider_numbers,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "request-lines": lambda: rng.choice(
            [
                "GET http://api.airvisual.com/v2/countries?key=YOUR_API_KEY 401",
                "GET https://api.aiven.io/v1/project Authorization: aivenv1 $AIVEN_TOKEN 401",
                "GET https://eth-mainnet.g.alchemy.com/v2/{apiKey}/getNFTs/?owner=vitalik.eth 401",
                "curl -u $ALEGRA_USER:$ALEGRA_TOKEN https://api.alegra.com/api/v1/users",
                "GET https://$ALGOLIA_APP_ID-dsn.algolia.net/1/keys X-Algolia-API-Key: $ALGOLIA_ADMIN_KEY 403",
                "aliyun configure set --access-key-id $ALIBABA_CLOUD_ACCESS_KEY_ID --access-key-secret $ALIBABA_CLOUD_ACCESS_KEY_SECRET",
                "GET https://otx.alienvault.com/api/v1/users/me X-OTX-API-KEY: <your OTX key> 403",
                "POST https://api.anthropic.com/v1/messages x-api-key: $ANTHROPIC_API_KEY anthropic-version: 2023-06-01",
                "POST https://test.api.amadeus.com/v1/security/oauth2/token grant_type=client_credentials&client_id={client_id}&client_secret={client_secret}",
                "GET https://api.apiflash.com/v1/urltoimage?url=https://example.com&access_key=YOUR_ACCESS_KEY 401",
                "GET https://api.atlassian.com/admin/v1/orgs Authorization: Bearer <api_key> 401",
                "GET https://app.asana.com/api/1.0/users/me Authorization: Bearer $ASANA_PAT 401",
                "GET https://api.assemblyai.com/v2/transcript Authorization: <YOUR_API_KEY> 401",
                "GET https://api.appfollow.io/api/v2/account/users X-AppFollow-API-Token: {{appfollow_token}} 401",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"airvisual reading for {rng.choice(['Paris', 'Delhi', 'Lima'])}: aqius {rng.randint(5, 300)} pm25",
                f"aiven service pg-{word()} on plan business-{rng.choice([4, 8, 16])} is RUNNING",
                f"alchemy eth-mainnet block {digits(8)} hash 0x{hexs(64)}",
                f"alegra invoice {digits(6)} for client {digits(4)} issued",
                f"algolia app {caps(10)} index {word()}_products reindexed: {rng.randint(2, 90000)} records",
                f"alibaba ecs instance i-{b62(20).lower()} in cn-hangzhou started",
                f"alienvault pulse {hexs(24)} subscribed: {rng.randint(2, 900)} indicators",
                f"amadeus flight offer {rng.randint(1, 250)} {caps(3)}-{caps(3)} on 2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                f"anypoint org {draw.uuid()} environment {draw.uuid()} deployed app {word()}-api",
                f"apifonica message {draw.uuid()} queued to +4420{digits(8)}",
                f"appfollow app {digits(9)} review {digits(10)} replied",
                f"appointedd booking {hexs(24)} confirmed for {rng.randint(1, 12)} guests",
                f"appoptics metric {word()}.requests.count tagged env=prod",
                f"apptivo lead {digits(12)} assigned to {word()}",
                f"artsy artwork {word()}-{word()}-{rng.randint(1950, 2026)} viewed",
                f"asana task {digits(16)} in project {digits(16)} completed",
                f"assemblyai transcript {b62(8).lower()}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)} status completed",
                f"atera ticket {digits(5)} for customer {digits(3)} closed",
                f"atlassian cloud id {draw.uuid()} site {word()}.atlassian.net issue {caps(4)}-{rng.randint(1, 9999)}",
                f"audd match: song {word()} by {word()} at {rng.randint(0, 59)}:{rng.randint(10, 59)}",
                f"auth0 tenant {word()}-{digits(4)}.us.auth0.com client {b62(32)} logged in user auth0|{hexs(24)}",
            ]
        ),
        "configs": lambda: rng.choice(
            [
                f"ALGOLIA_APP_ID={caps(10)} ALGOLIA_INDEX_NAME={word()}_products",
                "ALIBABA_CLOUD_REGION_ID=cn-hangzhou ALIBABA_CLOUD_ENDPOINT=ecs.aliyuncs.com",
                f"AUTH0_DOMAIN={word()}.eu.auth0.com AUTH0_AUDIENCE=https://api.{word()}.io",
                "ATLASSIAN_SITE=acme.atlassian.net ATLASSIAN_EMAIL=ops@acme.io",
                f"ANYPOINT_ORG_ID={draw.uuid()} ANYPOINT_ENV=Sandbox",
                "AIVEN_PROJECT=acme-prod AIVEN_SERVICE=pg-main AIVEN_CLOUD=google-europe-west1",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"alchemy of the {word()} pipeline: {rng.randint(2, 90)} steps merged into one",
                f"amadeus recording of the {word()} concerto added to playlist {digits(4)}",
                f"artsy poster for the {word()} launch exported at {rng.randint(300, 4000)}px",
                f"atlas of {rng.randint(2, 90)} {word()} regions rebuilt",
            ]
        ),
        "short-values": Draw(rng, _LONG_KEYED).provider_short_values,
        "cli-variables": lambda: rng.choice(
            [
                f"curl -H 'x-api-key: ${draw.prov().upper()}_API_KEY' https://api.{draw.prov()}.com/v1/me",
                "curl -u $APIMATIC_USER:$APIMATIC_PASSWORD https://www.apimatic.io/api/code-generations",
                "curl -u $APPOPTICS_TOKEN: https://api.appoptics.com/v1/metrics",
                f"aiven service list --project {word()} --json",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
