"""Innocent lookalikes for the round-29 held-out measure (issue #17).

Each kind imitates a shape the round-29 families have (a provider's name shortly before a
token, a request line with the token in a query or header, a prefix or a config of a
provider's own) and is not a secret, written from the non-secret values the picked providers'
public docs and tools show: Databricks cluster and job ids, Datadog monitor and trace ids,
DigitalOcean droplet ids and regions, Discord channel and guild ids (snowflakes), Docker image
digests, upload UUIDs and a registry config without credentials, Dropbox file ids and paths,
Doppler project and config names, DocuSign envelope ids, Deputy, Dovico and Dynalist record
ids, Disqus forum names, Detectify scan ids; request lines whose key is a variable or a mask,
and the everyday senses of the names that are words (a deputy, ditto, a dandelion, a drone, a
drop box).  ``python -m tests.unit.redact.heldout_round29`` prints how many are touched; a test
holds them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-29 keyword-near-token families
PROVIDERS = (
    "dandelion dareboost databox datadog deepai demio deputy detectify detectlanguage diggernaut "
    "digitalocean discord disqus ditto dnscheck docker docparser docusign doppler dotmailer dovico "
    "dronahq droneci duply dynalist dyspatch"
).split()

_REGIONS = ("nyc1", "nyc3", "sfo3", "ams3", "fra1", "lon1", "sgp1")


def lookalikes(seed: int = 151, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits = draw.word, draw.hexs, draw.digits

    def snowflake() -> str:
        return str(rng.randint(10**17, 10**18 - 1))

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-numbers": draw.provider_numbers,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "request-lines": lambda: rng.choice(
            [
                "GET https://api.datadoghq.com/api/v2/users DD-API-KEY: ${DD_API_KEY} DD-APPLICATION-KEY: ${DD_APP_KEY} 403",
                "GET https://api.digitalocean.com/v2/account Authorization: Bearer $DIGITALOCEAN_TOKEN 401",
                f"GET https://api.digitalocean.com/v2/droplets/{digits(9)} 200",
                f"GET https://discord.com/api/v8/channels/{snowflake()}/messages 200",
                "GET https://api.detectify.com/rest/v2/assets/ X-Detectify-Key: *** 401",
                "GET https://disqus.com/api/3.0/trends/listThreads.json?api_key=REDACTED 200",
                "POST https://api.dropboxapi.com/2/users/get_current_account Authorization: Bearer <token> 401",
                "GET https://api.doppler.com/v3/projects 401",
                f"GET https://{word()}.as.deputy.com/api/v1/resource/Employee/{rng.randint(1, 9999)} 200",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"databricks cluster {digits(4)}-{digits(6)}-{draw.b62(8).lower()} RUNNING",
                f"databricks job {digits(15)} run {digits(9)} succeeded",
                f"datadog monitor {digits(8)} triggered on host {word()}-{rng.randint(1, 40)}",
                f"datadog trace {digits(19)} span {digits(19)}",
                f"digitalocean droplet {digits(9)} in {rng.choice(_REGIONS)} powered on",
                f"discord channel {snowflake()} in guild {snowflake()}",
                f"docker pull registry.acme.io/{word()}@sha256:{hexs(64)}",
                f"docker upload Docker-Upload-UUID: {draw.uuid()}",
                f"dropbox file id:{draw.b62(22)} moved to /{word()}/{word()}.csv",
                f"doppler project {word()}-api config prd_{word()} synced",
                f"docusign envelope {draw.uuid()} completed",
                f"dovico employee {rng.randint(100, 99999)} timesheet approved",
                f"dynalist document {draw.b62(24)} opened",
                f"disqus forum {word()}-blog thread {digits(10)}",
                f"detectify scan profile {hexs(32)} finished",
                f"ditto component {word()}-{word()} updated",
            ]
        ),
        "configs": lambda: rng.choice(
            [
                '{"auths": {"registry.acme.io": {}}, "credsStore": "desktop"}',
                '{"auths": {"ghcr.io": {"auth": ""}}}',
                f"docker login -u {word()} --password-stdin registry.acme.io",
                f"doppler setup --project {word()} --config dev",
                "export DOPPLER_TOKEN=$(vault read -field=token secret/doppler)",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"deputy {word()} manager approved {rng.randint(2, 40)} shifts",
                f"ditto for {word()} {rng.randint(1, 9)}",
                f"dandelion seeds spread over {rng.randint(2, 90)} m",
                f"drone flight {rng.randint(1, 999)} landed at {word()}",
                f"dropbox at gate {rng.randint(1, 40)} emptied",
                f"docker at berth {rng.randint(1, 30)} unloading",
            ]
        ),
        "short-values": draw.provider_short_values,
        "cli-variables": lambda: rng.choice(
            [
                f"curl -u ${draw.prov().upper()}_API_KEY: https://api.{draw.prov()}.com/v1/me",
                "curl -u $DUPLY_ID:$DUPLY_KEY https://gen.duply.co/v1/usage",
                "curl -u $DOTMAILER_USER:$DOTMAILER_PASSWORD https://r3-api.dotmailer.com/v2/account-info",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
