"""Innocent lookalikes for the round-36 held-out measure (issue #17).

Each kind imitates a shape the round-36 families have (a provider's name shortly before a
token, a request line with the token in a query, a header, ``curl -u`` or a connection string,
a prefix, a config of a provider's own) and is not a secret, written from the non-secret values
the picked providers' public docs and tools show: Auth0 tenant domains and client ids (public in
every front end), Autodesk model URNs, Autoklose campaign ids, Autopilot journey ids, Avaza
project and timesheet numbers, AviationStack flight numbers and IATA codes, AWS account ids,
regions, ARNs and request ids, Axonaut company ids, Aylien story ids, Azure subscription,
tenant and client ids (UUIDs, not secrets), resource ids, blob URLs without a signature and
connection strings whose key is a variable, Salesblink list ids, Salesforce record ids (15 and
18 characters) and org ids, Salesmate deal numbers, Sanity project ids and dataset names,
Satismeter survey ids, Sauce Labs job ids and Scaleway resource UUIDs and zones; request lines
whose key is a variable or the docs' own placeholder (``YOUR_API_KEY``, ``<token>``,
``{API_KEY}``), settings that name no key, and the everyday senses of the names that are words
(an autopilot, sanity, a sauce).  ``python -m tests.unit.redact.heldout_round36`` prints how
many are touched; a test holds them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-36 keyword-near-token families
PROVIDERS = (
    "auth0 autodesk autoklose autopilot avaza aviationstack aws axonaut aylien azure salesblink salescookie "
    "salesflare salesforce salesmate sanity satismeter saucelabs scaleway"
).split()

# the providers whose keys are longer than 16 characters: 16 hex after the others is their key's shape
_LONG_KEYED = tuple(p for p in PROVIDERS if p not in ("autodesk", "satismeter"))


def lookalikes(seed: int = 191, count: int = 600) -> list[tuple[str, str]]:
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
                "POST https://acme.eu.auth0.com/oauth/token grant_type=client_credentials&client_id=$AUTH0_CLIENT_ID&client_secret=$AUTH0_CLIENT_SECRET 401",
                "GET https://api.autoklose.com/api/me/?api_token=YOUR_API_TOKEN 401",
                "GET https://api2.autopilothq.com/v1/account autopilotapikey: <your api key> 401",
                "GET https://api.aviationstack.com/v1/flights?access_key=YOUR_ACCESS_KEY 401",
                "AWS_ACCESS_KEY_ID=$AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY=$AWS_SECRET_ACCESS_KEY aws sts get-caller-identity",
                "GET https://api.aylien.com/news/stories X-AYLIEN-NewsAPI-Application-Key: {API_KEY} 401",
                "DefaultEndpointsProtocol=https;AccountName=acmeorders;AccountKey=${STORAGE_ACCOUNT_KEY};EndpointSuffix=core.windows.net",
                "AccountEndpoint=https://acme-orders.documents.azure.com:443/;AccountKey=<primary key>;",
                "Endpoint=https://acme-settings.azconfig.io;Id=<id>;Secret=<secret>",
                "GET https://acme-apim.azure-api.net/echo/resource Ocp-Apim-Subscription-Key: {{subscription_key}} 401",
                "curl -u :$AZURE_DEVOPS_PAT https://dev.azure.com/acme-platform/_apis/projects",
                "GET https://acme-search.search.windows.net/indexes/products/docs?api-version=2023-11-01 api-key: [admin key] 403",
                "GET https://api.salesflare.com/me/contacts Authorization: Bearer $SALESFLARE_API_KEY 401",
                "GET https://acme-corp.my.salesforce.com/services/data/v58.0/query?q=SELECT+name+from+Account Authorization: Bearer $SF_ACCESS_TOKEN",
                "curl -u $SAUCE_USERNAME:$SAUCE_ACCESS_KEY https://api.us-west-1.saucelabs.com/team-management/v1/teams",
                "GET https://api.scaleway.com/instance/v1/zones/fr-par-1/servers X-Auth-Token: $SCW_SECRET_KEY 401",
                "az login --service-principal -u $AZURE_CLIENT_ID -p $AZURE_CLIENT_SECRET --tenant $AZURE_TENANT_ID",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"auth0 tenant {word()}-{digits(4)}.eu.auth0.com client {b62(32)} logged in user auth0|{hexs(24)}",
                f"autodesk model urn:adsk.objects:os.object:{word()}-bucket/{word()}.rvt translated",
                f"autoklose campaign {digits(6)} sent {rng.randint(2, 900)} emails",
                f"autopilot journey {digits(5)} triggered for contact person_{hexs(8)}",
                f"avaza timesheet {digits(7)} for project {digits(5)} approved",
                f"aviationstack flight {caps(2)}{rng.randint(10, 9999)} {caps(3)}-{caps(3)} status landed",
                f"aws account {digits(12)} region eu-west-{rng.randint(1, 3)} request id {draw.uuid()}",
                f"aws arn:aws:iam::{digits(12)}:role/{word()}-deployer assumed",
                f"axonaut company {digits(6)} invoice {digits(5)} paid",
                f"aylien story {digits(10)} clustered into {digits(9)}",
                f"azure subscription {draw.uuid()} tenant {draw.uuid()} resource group rg-{word()}-prod",
                f"azure blob https://{word()}store.blob.core.windows.net/exports/{word()}.csv uploaded ({rng.randint(2, 900)} kB)",
                f"salesforce record 001{b62(12)} in org 00D{b62(12)} updated",
                f"salesmate deal {digits(5)} moved to stage {rng.randint(1, 9)}",
                f"sanity project {b62(8).lower()} dataset production revision {b62(22)}",
                f"satismeter survey {hexs(24)} answered: score {rng.randint(0, 10)}",
                f"saucelabs job {hexs(32)} passed on chrome {rng.randint(90, 130)}",
                f"scaleway instance {draw.uuid()} in fr-par-{rng.randint(1, 3)} started",
            ]
        ),
        "configs": lambda: rng.choice(
            [
                f"AUTH0_DOMAIN={word()}.eu.auth0.com AUTH0_AUDIENCE=https://api.{word()}.io",
                f"AWS_REGION=eu-west-1 AWS_ACCOUNT_ID={digits(12)} AWS_PROFILE={word()}",
                f"AZURE_TENANT_ID={draw.uuid()} AZURE_SUBSCRIPTION_ID={draw.uuid()} AZURE_LOCATION=westeurope",
                f"AZURE_STORAGE_ACCOUNT={word()}store AZURE_STORAGE_CONTAINER=exports",
                "SAUCE_REGION=us-west-1 SAUCE_TUNNEL_NAME=ci-tunnel",
                "SCW_DEFAULT_ZONE=fr-par-1 SCW_DEFAULT_REGION=fr-par",
                f"SANITY_PROJECT_ID={b62(8).lower()} SANITY_DATASET=production",
                f"SALESFORCE_INSTANCE_URL=https://{word()}.my.salesforce.com SALESFORCE_API_VERSION=58.0",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"autopilot engaged at {rng.randint(2, 40)}000 ft for the {word()} leg",
                f"sanity check of the {word()} pipeline passed: {rng.randint(2, 90)} rows",
                f"sauce labs and {word()} labs merged into one team of {rng.randint(2, 90)}",
                f"salesforce of {rng.randint(2, 90)} reps assigned to the {word()} region",
            ]
        ),
        "short-values": Draw(rng, _LONG_KEYED).provider_short_values,
        "cli-variables": lambda: rng.choice(
            [
                f"curl -H 'x-api-key: ${draw.prov().upper()}_API_KEY' https://api.{draw.prov()}.com/v1/me",
                "curl -u $SATISMETER_USER:$SATISMETER_PASSWORD 'https://app.satismeter.com/api/users?project=$PROJECT'",
                "aws s3 ls s3://acme-exports --profile prod",
                f"az storage blob list --account-name {word()}store --container-name exports --auth-mode login",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
