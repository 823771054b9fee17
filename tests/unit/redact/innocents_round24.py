"""Innocent lookalikes for the round-24 held-out measure (issue #17).

Each kind imitates a shape the round-24 families have (a provider's name shortly before a
token, a request line with the token in a query, header, path or basic credentials, the
fixed JWT header of Form.io's tokens, a prefix of a provider's own) and is not a secret,
written from the non-secret values the picked providers' public docs show: Facebook app and
page ids and Graph API versions; Figma file keys and node ids; Flickr photo ids and user
NSIDs; Flutterwave's transaction references; Frame.io asset and project ids; Freshdesk ticket ids; Front conversation and
inbox ids; Fastly service ids; Foursquare venue ids; Formsite servers; Fixer and FXMarket
currency symbols and rates; Finnhub and Finage ticker symbols; flight numbers and IATA codes;
the everyday senses of ``float``, ``flat``, ``front`` and ``fixer``; request lines whose key
is a variable or a mask.  ``python -m tests.unit.redact.heldout_round24`` prints how many are
touched; a test holds them at none.

Flutterwave's public keys (``FLWPUBK-<32 hex>-X``, ``FLWPUBK_TEST-...``) were among the first
measurement's lookalikes (11 of the 35 touched) and were taken out after it: the public-format
corpus holds gitleaks' ``flutterwave-public-key`` family, which takes them as secrets, and the
library follows it (rules.yaml's note on flutterwave-key), so they are no lookalike of this library.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-24 keyword-near-token families
PROVIDERS = (
    "facebook faceplusplus fastforex fastly feedier fetchrss figma fileio financialmodelingprep findl "
    "finnhub fixer flat flickr flightapi flightlabs flightstats float flowflu fmfw formbucket formcraft "
    "formsite foursquare freshbooks freshdesk front fulcrum fxmarket"
).split()

_CURRENCIES = ("EUR", "USD", "GBP", "JPY", "CHF", "NGN", "KES", "GHS")
_TICKERS = ("AAPL", "MSFT", "TSLA", "NVDA", "BINANCE:BTCUSDT", "OANDA:EUR_USD")


def lookalikes(seed: int = 127, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, b62, digits, u = draw.word, draw.hexs, draw.b62, draw.digits, draw.uuid

    def lower36(n: int) -> str:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-numbers": draw.provider_numbers,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "request-lines": lambda: rng.choice(
            [
                f"GET https://data.fixer.io/api/latest?access_key=$FIXER_ACCESS_KEY&base={rng.choice(_CURRENCIES)} 200",
                f"GET https://finnhub.io/api/v1/quote?symbol={rng.choice(_TICKERS)}&token=${{FINNHUB_TOKEN}} 200",
                "GET https://api.flightapi.io/iata/$FLIGHTAPI_KEY/london/airport 401",
                f"GET https://api.figma.com/v1/files/{b62(22)}/nodes?ids={rng.randint(1, 99)}:{rng.randint(1, 999)} 200",
                f"GET https://api.fastforex.io/fetch-one?from=USD&to={rng.choice(_CURRENCIES)}&api_key=REDACTED 200",
                f"GET https://www.flickr.com/services/rest/?method=flickr.photos.getInfo&photo_id={digits(11)}&api_key=**** 200",
                f"GET https://{word()}.freshdesk.com/api/v2/tickets/{digits(5)} 200",
                f"GET https://api2.frontapp.com/conversations/cnv_{lower36(7)} 200",
                f"GET https://api.fulcrumapp.com/api/v2/records.json?form_id={u()} 200",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"FACEBOOK_APP_ID={digits(15)}",
                f"facebook page_id {digits(15)} graph api v{rng.randint(12, 21)}.0",
                f"figma file https://www.figma.com/design/{b62(22)}/{word().capitalize()}-Kit?node-id={rng.randint(1, 99)}-{rng.randint(1, 999)}",
                f"flickr photo {digits(11)} by {digits(8)}@N0{rng.randint(0, 9)}",
                f"flutterwave tx_ref {word()}-{digits(10)} verified",
                f"frame.io asset {u()} uploaded to project {u()}",
                f"freshdesk ticket #{digits(5)} closed by agent {digits(11)}",
                f"front inbox inb_{lower36(5)} conversation cnv_{lower36(7)} assigned",
                f"FASTLY_SERVICE_ID={b62(22)}",
                f"foursquare venue {hexs(24)} checked in",
                f"formsite server fs{rng.randint(1, 30)} form {lower36(10)} exported",
            ]
        ),
        "rates-and-flights": lambda: rng.choice(
            [
                f"fixer rate {rng.choice(_CURRENCIES)}/{rng.choice(_CURRENCIES)} 1.{digits(6)}",
                f"fxmarket EURUSD bid 1.{digits(5)} ask 1.{digits(5)}",
                f"finnhub quote {rng.choice(_TICKERS)} c={rng.randint(10, 900)}.{digits(2)}",
                f"flightstats flight BA{rng.randint(10, 999)} LHR-JFK delayed {rng.randint(5, 120)} min",
                f"flightapi schedule for {rng.choice(['LHR', 'JFK', 'LOS', 'NBO'])} fetched: {rng.randint(1, 900)} flights",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"float value {rng.randint(0, 9)}.{digits(8)} out of range for {word()}",
                f"flat file {word()}_{digits(8)}.csv imported: {rng.randint(1, 9000)} rows",
                f"front-end build {word()} finished in {rng.randint(1, 600)}s",
                f"bug fixer assigned: {word()}-{rng.randint(100, 9999)}",
                f"front door {word()} opened at 08:{rng.randint(10, 59)}",
            ]
        ),
        "jwt-header": lambda: rng.choice(
            [
                "jwt header eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 decoded: HS256",
                f"formio token header eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 for project {word()}",
            ]
        ),
        "short-values": draw.provider_short_values,
        "cli-variables": lambda: rng.choice(
            [
                f"curl -u ${draw.prov().upper()}_API_KEY: https://api.{draw.prov()}.com/v1/me",
                "curl -u $FRESHDESK_API_KEY:X https://acme.freshdesk.com/api/v2/tickets",
                "curl -u $FMFW_ID:$FMFW_SECRET https://api.fmfw.io/api/3/spot/balance",
                f"curl -u {word()}: https://api.{word()}.example.com/v1/status",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
