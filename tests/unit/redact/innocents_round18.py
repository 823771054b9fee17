"""Innocent lookalikes for the round-18 held-out measure (issue #17).

Each kind imitates a shape the round-18 families have and is not a secret, written from the
formats (what a provider's ids, hashes, numbers and URLs look like), not from our rules: Datadog
trace and span ids, monitor and dashboard ids, Amplitude and Customer.io event and device ids,
Deepgram and AssemblyAI request and transcript ids, Coinbase order and account UUIDs, Codecov
and Coveralls commit SHAs and build numbers, BrowserStack and App Center build and session ids;
Azure subscription, tenant and resource ids, Azure Search index URLs; numbers of card length that
fail Luhn or are labeled as something else (order ids, ISBNs, phone numbers, timestamps); Cisco
configuration lines without a secret (``enable secret`` read from a variable, ``no enable
password``, ``snmp-server community public RO``, hashed type-8/9 ``enable secret`` hints);
connection strings with Integrated Security or a variable password; Docker config files with a
credential helper and no ``auth``; URLs with a user and no password; Discord channel and guild
ids and the webhook URL template; and the round's prefixes followed by a word.
``python -m tests.unit.redact.heldout_round18`` prints how many are touched; a test holds them at
none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-18 families a word near a value wakes
PROVIDERS = (
    "airbrake alchemy amplitude anypoint appcenter assemblyai azure baseten bitly browserstack clay "
    "cloudsight codecov coinbase coveralls customerio datadog deepgram delighted deviantart eventbrite"
).split()


def lookalikes(seed: int = 97, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    def not_luhn(n: int, first: str) -> str:
        while True:
            number = first + digits(n - len(first))
            if not _luhn(number):
                return number

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-settings": draw.provider_settings,
        "telemetry-ids": lambda: rng.choice(
            [
                f"datadog trace_id={digits(19)} span_id={digits(19)} service={word()}-api",
                f"dd.trace_id={digits(19)} dd.span_id={digits(18)} env=prod",
                f"datadog monitor {digits(8)} triggered on dashboard {b62(3).lower()}-{b62(3).lower()}-{b62(3).lower()}",
                f"amplitude event_id={rng.randint(1, 99999)} device_id={uuid()} event_time=17{digits(11)}",
                f"customer.io delivery {b62(22)} for customer {uuid()} opened",
                f"customerio campaign {rng.randint(1, 400)} action {rng.randint(1, 900)} sent to {digits(6)} people",
            ]
        ),
        "ai-request-ids": lambda: rng.choice(
            [
                f"deepgram request_id={uuid()} duration={rng.randint(1, 900)}.{digits(3)}s model=nova-2",
                f"assemblyai transcript {uuid()} status completed in {rng.randint(2, 300)}s",
                f"baseten model {b62(7).lower()} deployment {b62(7).lower()} scaled to {rng.randint(0, 9)} replicas",
                f"elevenlabs voice_id {b62(20)} history_item_id {b62(20)}",
                f"alchemy request eth_getBalance id {rng.randint(1, 9999)} block 0x{hexs(7)}",
            ]
        ),
        "commerce-ids": lambda: rng.choice(
            [
                f"coinbase order {uuid()} filled at {rng.randint(100, 90000)}.{digits(2)}",
                f"coinbase account {uuid()} balance {rng.randint(0, 999)}.{digits(8)} BTC",
                f"duffel offer off_{b62(26)} expires at 2026-12-0{rng.randint(1, 9)}T10:00:00Z",
                f"eventbrite event {digits(12)} order {digits(10)} attendees {rng.randint(1, 900)}",
                f"bitly link bit.ly/{b62(7)} clicks {rng.randint(0, 99999)}",
                f"delighted survey response {digits(9)} score {rng.randint(0, 10)}",
            ]
        ),
        "ci-ids": lambda: rng.choice(
            [
                f"codecov report for commit {hexs(40)} coverage {rng.randint(40, 99)}.{digits(2)}%",
                f"coveralls job {digits(9)} build {rng.randint(1, 9999)} sha {hexs(40)}",
                f"browserstack build {hexs(40)} session {hexs(40)} passed",
                f"appcenter release {rng.randint(1, 999)} build {rng.randint(1, 9999)} distributed to group {uuid()}",
                f"airbrake notice {digits(19)} group {digits(19)} resolved",
                f"clay table t_{b62(12)} row {rng.randint(1, 99999)} enriched",
            ]
        ),
        "azure-ids": lambda: rng.choice(
            [
                f"/subscriptions/{uuid()}/resourceGroups/{word()}-rg/providers/Microsoft.Storage/storageAccounts/{word()}{digits(4)}",
                f"azure tenant {uuid()} subscription {uuid()} selected",
                f"azure_search_url=https://{word()}{digits(3)}.search.windows.net/indexes/{word()}-index",
                f"x-ms-request-id: {uuid()} x-ms-client-request-id: {uuid()}",
                "AZURE_CLIENT_SECRET=${{ secrets.AZURE_CLIENT_SECRET }}",
                "ARM_CLIENT_SECRET=$(az keyvault secret show --name arm-secret --query value -o tsv)",
                f"Ocp-Apim-Trace-Location: https://apimst{hexs(8)}.blob.core.windows.net/apiinspectorcontainer",
                "DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=${STORAGE_KEY};EndpointSuffix=core.windows.net",
            ]
        ),
        "card-length-numbers": lambda: rng.choice(
            [
                f"order {not_luhn(16, '4')} shipped",
                f"ref {not_luhn(16, '5' + str(rng.randint(1, 5)))} not found",
                f"isbn 978-{rng.randint(0, 9)}-{digits(4)}-{digits(4)}-{rng.randint(0, 9)}",
                f"ts=17{digits(14)} level=info msg=flushed",
                f"tracking {not_luhn(15, '37')} in transit",
                f"call +1 {digits(3)} {digits(3)} {digits(4)} about invoice {digits(8)}",
            ]
        ),
        "network-config": lambda: rng.choice(
            [
                "no enable password",
                "enable secret ${ENABLE_SECRET}",
                "! enable secret set from the vault at deploy",
                "snmp-server community public RO",
                f"snmp-server location dc{rng.randint(1, 9)}-rack{rng.randint(1, 40)}",
                "no snmp-server community private RW",
                f"! NVRAM config last updated at {rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} UTC",
                "service password-encryption",
                "no pac key",
            ]
        ),
        "connection-strings": lambda: rng.choice(
            [
                f"Data Source={word()}-sql01;Integrated Security=SSPI;Database={word()}",
                f"Server=10.0.{rng.randint(0, 9)}.{rng.randint(1, 99)};Integrated Security=true;Initial Catalog=AppDB",
                "Data Source=myServer;User Id=app;Password=$ENV_PASSWORD;",
                "Server=db;Database=app;User Id=sa;Password={0};",
                '{"auths": {"ghcr.io": {}}, "credsStore": "desktop"}',
                '{"credHelpers": {"123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"}}',
                f"https://{word()}@git.acme.io/shop/api.git",
                f"https://{word()}:@registry.acme.io/v2/",
            ]
        ),
        "discord-ids": lambda: rng.choice(
            [
                f"discord channel {digits(18)} guild {digits(18)} message {digits(19)}",
                "https://discord.com/api/webhooks/{webhook.id}/{webhook.token}",
                f"discord bot_id: {digits(18)} joined guild {digits(18)}",
                f"discord invite https://discord.gg/{b62(8)}",
            ]
        ),
        "prefix-words": lambda: rng.choice(
            [
                f"p8e- secrets are shown once in the Adobe console for {word()}",
                f"CLOJARS_ tokens are created on the profile page of {word()}",
                "duffel_test_ and duffel_live_ tokens are issued per organisation",
                f"sk_ keys of elevenlabs are scoped to {word()}",
                "AZDO is the marker of the new Azure DevOps token format",
                f"sc_ service client {word()} created",
                f"Q~ appears in client secrets created after {rng.randint(2019, 2024)}",
            ]
        ),
    }
    return take_turns(makers, count)


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0
