"""Innocent lookalikes for the round-30 held-out measure (issue #17).

Each kind imitates a shape the round-30 families have (a provider's name shortly before a
token, a request line with the token in a query or header, a prefix, a webhook URL or a
connection string of a provider's own) and is not a secret, written from the non-secret values
the picked providers' public docs and tools show: Mailchimp list and campaign ids, Mailgun
message ids, Mapbox style and tileset ids, MaxMind edition ids and database dates, Meraki
network ids and serials, MessageBird message ids, MongoDB ObjectIds and connection strings
without a password, Mattermost channel and user ids (26 lower-case letters and digits, the
token's own shape), Metabase card and dashboard ids, Monday board ids, Mixmax sequence ids;
request lines whose key is a variable or a mask, and the everyday senses of the names that are
words (a mite, Monday, moderation, a mandrill).  ``python -m tests.unit.redact.heldout_round30``
prints how many are touched; a test holds them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-30 keyword-near-token families
PROVIDERS = (
    "madkudu magicbell mailboxlayer mailgun mailjet mailmodo mailsac mandrill marketstack mattermost "
    "mavenlink maxmind meaningcloud mediastack meistertask meraki mesibo messagebird metaapi metabase "
    "metrilo mindmeister mite mixmax mockaroo moderation monday monkeylearn moonclerk"
).split()

# the providers whose keys are longer than 16 characters: 16 hex after the others is their key's shape
_LONG_KEYED = tuple(p for p in PROVIDERS if p not in ("maxmind", "metrilo", "mite", "mockaroo"))

_EDITIONS = ("GeoLite2-City", "GeoLite2-Country", "GeoLite2-ASN", "GeoIP2-City")


def lookalikes(seed: int = 157, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits = draw.word, draw.hexs, draw.digits

    def base32(n: int) -> str:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-numbers": draw.provider_numbers,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "request-lines": lambda: rng.choice(
            [
                "curl -u anystring:$MAILCHIMP_API_KEY https://us6.api.mailchimp.com/3.0/ 401",
                f"GET https://us{rng.randint(1, 21)}.api.mailchimp.com/3.0/lists/{hexs(10)}/members 200",
                "GET https://api.mailgun.net/v3/domains Authorization: Basic ${MAILGUN_AUTH} 401",
                "GET https://api.meraki.com/api/v1/organizations X-Cisco-Meraki-API-Key: *** 401",
                "GET https://rest.messagebird.com/messages Authorization: AccessKey <key> 401",
                f"GET https://api.mapbox.com/styles/v1/mapbox/streets-v{rng.randint(9, 12)}?access_token=$MAPBOX_TOKEN 200",
                "GET https://api.mailjet.com/v4/sms Authorization: Bearer REDACTED 401",
                f"GET https://{word()}.mite.yo.lk/account.json X-MiteApiKey: $MITE_API_KEY 401",
                "POST https://api.monday.com/v2 Authorization: $MONDAY_TOKEN 401",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"mailchimp list {hexs(10)} campaign {hexs(10)} sent",
                f"mailgun message <{digits(14)}.{hexs(16)}@mg.{word()}.com> delivered",
                f"mapbox style mapbox://styles/{word()}/{base32(25)} published",
                f"maxmind database {rng.choice(_EDITIONS)} build 2024-05-{rng.randint(10, 28)} downloaded",
                f"meraki network L_{digits(18)} device Q2{base32(2).upper()}-{base32(4).upper()}-{base32(4).upper()} online",
                f"messagebird message {hexs(32)} delivered",
                f"mongodb document _id ObjectId('{hexs(24)}') inserted",
                f"mattermost channel {base32(26)} post by user {base32(26)}",
                f"metabase card {rng.randint(1, 9999)} on dashboard {rng.randint(1, 999)} refreshed",
                f"monday board {digits(10)} item {digits(10)} moved",
                f"mixmax sequence {hexs(24)} paused",
                f"meistertask task {digits(9)} completed",
            ]
        ),
        "configs": lambda: rng.choice(
            [
                "MONGO_URL=mongodb://localhost:27017/test",
                f"mongodb+srv://cluster0.{base32(5)}.mongodb.net/{word()}?retryWrites=true&w=majority",
                "mongodb://${MONGO_USER}:${MONGO_PASSWORD}@db-1.acme.internal:27017/prod",
                "AccountID 0\nLicenseKey 000000000000\nEditionIDs GeoLite2-Country",
                f"teams webhook url not set for channel {word()}",
                f"https://{word()}.webhook.office.com/ reachable",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"dust mite count {rng.randint(2, 900)} per gram",
                f"monday {word()} standup moved to {rng.randint(8, 11)}:30",
                f"moderation queue {rng.randint(1, 400)} posts pending",
                f"mandrill enclosure {rng.randint(1, 12)} fed at {rng.randint(8, 17)}:00",
                f"magic bell rung {rng.randint(1, 9)} times",
            ]
        ),
        "short-values": Draw(rng, _LONG_KEYED).provider_short_values,
        "cli-variables": lambda: rng.choice(
            [
                f"curl -u ${draw.prov().upper()}_API_KEY: https://api.{draw.prov()}.com/v1/me",
                "curl -u $MAXMIND_ACCOUNT_ID:$MAXMIND_LICENSE_KEY https://geoip.maxmind.com/geoip/v2.1/country/8.8.8.8",
                "curl -u $MADKUDU_API_KEY: https://api.madkudu.com/v1/ping",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
