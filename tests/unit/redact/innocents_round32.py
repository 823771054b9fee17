"""Innocent lookalikes for the round-32 held-out measure (issue #17).

Each kind imitates a shape the round-32 families have (a provider's name shortly before a
token, a request line with the token in a query, a header or ``curl -u``, a prefix, a config
of a provider's own) and is not a secret, written from the non-secret values the picked
providers' public docs and tools show: Twilio message and call SIDs (``SM``, ``CA`` and 32
hex), Twitch user and stream ids, Twitter tweet and user ids, Typeform form ids and response
ids, Kraken order ids (``O`` and three dashed groups) and asset pairs, PagerDuty incident and
service ids (``P`` and six capitals or digits), Pastebin paste keys (8 letters and digits),
PayPal order and capture ids (17 capitals and digits), Paystack transaction references and
customer codes (``CUS_``), Plaid item and request ids, Pivotal Tracker story ids, Percy build
numbers, Pipedream workflow ids (``p_``), packagecloud repository names; request lines whose key
is a variable, a mask or the docs' own placeholder (``YOUR_API_KEY``, ``<BEARER_TOKEN>``,
``{API_KEY}``), settings that name no key, and the everyday senses of the names that are words
(a kraken, plaid, pivotal, parsers, Percy).  ``python -m tests.unit.redact.heldout_round32``
prints how many are touched; a test holds them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-32 keyword-near-token families
PROVIDERS = (
    "twilio twitch twitter tyntec typeform typetalk kraken packagecloud pagerduty pandascore paperform "
    "paralleldots parsehub parsers parseur partnerstack pastebin paydirtapp paymoapp paypal paystack "
    "pdflayer pdfshift peopledatalabs pepipost percy pipedream pivotal pixabay plaid"
).split()

# the providers whose keys are longer than 16 characters: 16 hex after the others is their key's shape
_LONG_KEYED = tuple(p for p in PROVIDERS if p != "parsehub")


def lookalikes(seed: int = 167, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62 = draw.word, draw.hexs, draw.digits, draw.b62
    upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

    def caps(n: int) -> str:
        return "".join(rng.choice(upper) for _ in range(n))

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-numbers": draw.provider_numbers,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "request-lines": lambda: rng.choice(
            [
                "GET https://api.typeform.com/me Authorization: Bearer $TYPEFORM_TOKEN 401",
                "curl -u $TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN https://api.twilio.com/2010-04-01/Accounts.json",
                "GET https://api.twitter.com/2/tweets/20 Authorization: Bearer <BEARER_TOKEN> 401",
                "GET https://pixabay.com/api/?key=YOUR_API_KEY&q=yellow+flowers&image_type=photo 400",
                "GET https://api.pdflayer.com/api/convert?access_key=YOUR_ACCESS_KEY&document_url=https://pdflayer.com/downloads/invoice.html 401",
                "GET https://paydirtapp.com/api/v1/clients?api_key=${PAYDIRT_API_KEY} 401",
                "POST https://api.kraken.com/0/private/Balance API-Key: $KRAKEN_API_KEY API-Sign: $KRAKEN_SIGNATURE 401",
                "GET https://api.pagerduty.com/users Authorization: Token token=<your-api-key> 401",
                "GET https://www.parsehub.com/api/v2/projects?api_key={API_KEY}&limit=1 401",
                "curl -u $PACKAGECLOUD_TOKEN: https://packagecloud.io/api/v1/repos",
                "GET https://api.paystack.co/customer Authorization: Bearer SECRET_KEY 401",
                "GET https://id.twitch.tv/oauth2/validate Authorization: OAuth ${TWITCH_TOKEN} 401",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"twilio message SM{hexs(32)} to +1555{digits(7)} delivered",
                f"twilio call CA{hexs(32)} completed after {rng.randint(5, 900)}s",
                f"twitch stream {digits(11)} for user {digits(9)} went live",
                f"twitter tweet {digits(19)} by user {digits(10)} liked {rng.randint(1, 9999)} times",
                f"typeform form {b62(8)} response {b62(8)} submitted",
                f"kraken order O{caps(5)}-{caps(5)}-{caps(6)} on XXBTZUSD filled",
                f"pagerduty incident P{caps(6)} on service P{caps(6)} resolved",
                f"pastebin paste https://pastebin.com/raw/{b62(8)} expired",
                f"paypal order {caps(17)} captured as {caps(17)}",
                f"paystack transaction T{digits(15)} for customer CUS_{hexs(15)} succeeded",
                f"plaid item {b62(37)} webhook {rng.choice(['DEFAULT_UPDATE', 'INITIAL_UPDATE'])} received",
                f"pivotal story #{digits(9)} accepted",
                f"percy build #{rng.randint(100, 99999)} approved with {rng.randint(1, 400)} snapshots",
                f"pipedream workflow p_{b62(7)} ran step {rng.randint(1, 9)}",
                f"packagecloud repo {word()}/{word()}-{rng.choice(['stable', 'testing'])} pushed el/8 package",
            ]
        ),
        "configs": lambda: rng.choice(
            [
                "TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}",
                "PLAID_ENV=sandbox PLAID_PRODUCTS=auth,transactions PLAID_COUNTRY_CODES=US",
                f"PERCY_BRANCH=main PERCY_PARALLEL_TOTAL={rng.randint(2, 8)} PERCY_PARALLEL_NONCE={digits(10)}",
                f"TWITCH_CHANNEL={word()}_live TWITCH_CLIENT_ID=${{TWITCH_CLIENT_ID}}",
                "PAYPAL_MODE=sandbox PAYPAL_CURRENCY=EUR",
                f"pagerduty:\n  service_id: P{caps(6)}\n  routing_key: ${{PD_ROUTING_KEY}}",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"release the kraken: {rng.randint(2, 40)} workers scaled up for the {word()} backfill",
                f"plaid shirt day on {rng.choice(['Friday', 'Monday'])}, the {word()} team won",
                f"a pivotal change to the {word()} schema landed in {rng.randint(2019, 2026)}",
                f"parsers for the {word()} format rewritten, {rng.randint(2, 90)} tests added",
                f"percy snapshot of the {word()} page differs in {rng.randint(1, 40)} pixels",
                f"twitter thread on the {word()} outage has {rng.randint(2, 90)} replies",
            ]
        ),
        "short-values": Draw(rng, _LONG_KEYED).provider_short_values,
        "cli-variables": lambda: rng.choice(
            [
                f"curl -u ${draw.prov().upper()}_API_KEY: https://api.{draw.prov()}.com/v1/me",
                "curl -u api:$PDFSHIFT_API_KEY https://api.pdfshift.io/v3/credits/usage",
                "curl -u $PAYPAL_CLIENT_ID:$PAYPAL_CLIENT_SECRET https://api-m.sandbox.paypal.com/v1/oauth2/token",
                "curl -X POST -F api_dev_key=$PASTEBIN_KEY -F api_option=paste https://pastebin.com/api/api_post.php",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
