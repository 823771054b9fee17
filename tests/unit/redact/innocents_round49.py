"""Innocent lookalikes for the round-49 held-out measure (issue #17).

Each kind imitates a shape the round-49 families (35 Kingfisher files, ``cloudsmith`` to
``diggernaut``) have and is not a secret, written from the public values the picked providers' docs
and tools show, not from our rules: Cloudsmith package checksums and slugs, Coda doc and row ids,
CoinAPI asset and exchange ids, exchange rates (coinlayer, CurrencyLayer, CurrencyFreaks,
CurrencyScoop), block hashes (CryptoCompare), Column entity and account ids (``ent_``, ``bacc_``),
Courier message and template ids, Crowdin project and file ids, ConvertKit form and subscriber ids,
Daily room URLs, Detectify scan ids, DetectLanguage results, Diggernaut project ids; request lines
whose key is a variable or the docs' placeholder; the everyday and engineering words among the
provider names (column, courier, daily, debounce, dandelion, coda, collect).  The providers whose
keys are 16 or 13 characters (coinlib, convertapi, debounce) are left out of the short values' kind,
whose 16 hex digits would be a key of theirs.  ``python -m tests.unit.redact.heldout_round49``
prints how many are touched; a test holds them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-49 families a word near a value wakes
PROVIDERS = (
    "cloudsmith cloverly clustdoc coda codemagic codequiry coinapi coinlayer coinlib collect2 column "
    "commercejs conversiontools convertapi convertkit countrylayer courier craftmypdf crowdin "
    "cryptocompare currencyfreaks currencylayer currencyscoop currentsapi d7network daily dandelion "
    "dareboost databox debounce deepai detectify detectlanguage dfuse diggernaut"
).split()
# keys of 16 or 13 characters: 16 hex digits after these names would be one
_SHORT_KEYS = ("coinlib", "convertapi", "debounce")


def lookalikes(seed: int = 263, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    short = Draw(rng, [p for p in PROVIDERS if p not in _SHORT_KEYS])
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    def rate() -> str:
        return f"{rng.randint(0, 2)}.{digits(6)}"

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "short-values": short.provider_short_values,
        "request-lines": lambda: rng.choice(
            [
                "curl -H 'X-Api-Key: $CLOUDSMITH_API_KEY' https://api.cloudsmith.io/v1/user/self/",
                "curl -H 'Authorization: Bearer <your-coda-token>' https://coda.io/apis/v1/whoami",
                "GET https://rest.coinapi.io/v1/exchanges X-CoinAPI-Key: YOUR_API_KEY",
                "GET https://api.coinlayer.com/api/live?access_key=YOUR_ACCESS_KEY",
                "curl -u :$COLUMN_API_KEY https://api.column.com/entities",
                "GET https://api.convertkit.com/v3/forms?api_key=<your_public_api_key>",
                "curl -H 'Authorization: Bearer ${COURIER_AUTH_TOKEN}' https://api.courier.com/preferences",
                "curl -H \"Authorization: Bearer $CROWDIN_PERSONAL_TOKEN\" https://api.crowdin.com/api/v2/storages",
                "GET https://min-api.cryptocompare.com/data/blockchain/list?api_key={your_api_key}",
                "curl -H 'Authorization: Bearer {{DAILY_API_KEY}}' https://api.daily.co/v1/rooms",
                "GET https://api.dandelion.eu/datatxt/li/v1/?text=Smart&token=YOUR_TOKEN",
                "curl -u $DATABOX_TOKEN: https://push.databox.com",
                "curl -H 'X-Detectify-Key: <api key>' https://api.detectify.com/rest/v2/assets/",
                "curl -H 'Authorization: Token $DIGGERNAUT_TOKEN' https://www.diggernaut.com/api/projects",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"cloudsmith package acme-{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}.tgz slug {b62(12)} synced",
                f"coda doc _d{b62(10)} table grid-{b62(10)} row i-{b62(10)} updated",
                f"coinapi asset BTC exchange {rng.choice(['BINANCE', 'KRAKEN', 'COINBASE'])} symbol {rng.choice(['SPOT', 'PERP'])}_BTC_USD",
                f"coinlayer rates BTC={rate()} ETH={rate()} target=EUR",
                f"column entity ent_{b62(27)} bank account bacc_{b62(27)} created",
                f"courier message 1-{hexs(8)}-{hexs(24)} template {uuid()} sent",
                f"crowdin project {digits(6)} file {digits(5)} translated {rng.randint(1, 100)}%",
                f"convertkit form {digits(7)} subscriber {digits(10)} confirmed",
                f"cryptocompare block hash 0000000000000000000{hexs(45)} height {digits(6)}",
                f"currencylayer quotes USDEUR={rate()} USDGBP={rate()}",
                f"daily room https://acme.daily.co/{word()}-{hexs(6)} joined by {rng.randint(2, 40)} participants",
                f"detectify scan profile {hexs(32)} finished with {rng.randint(0, 40)} findings",
                f"detectlanguage result language={rng.choice(['en', 'de', 'fr', 'pt'])} confidence={rate()}",
                f"diggernaut project {digits(5)} digger {digits(6)} ran {rng.randint(1, 900)} pages",
            ]
        ),
        "placeholders": lambda: rng.choice(
            [
                "CLOUDSMITH_API_KEY: ${{ secrets.CLOUDSMITH_API_KEY }}",
                "COLUMN_API_KEY=test_...",
                "courier_auth_token: YOUR_COURIER_AUTH_TOKEN",
                "CROWDIN_PERSONAL_TOKEN=<your crowdin token>",
                "DAILY_API_KEY=${DAILY_API_KEY}",
                "coinapi_key: changeme",
                "CONVERTKIT_API_SECRET=os.environ['CONVERTKIT_API_SECRET']",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"column key {word()}_id added to table {word()}s",
                f"primary key column {word()}_id, access token column expires_at",
                f"daily access log rotated, {rng.randint(2, 900)} {word()} entries kept",
                f"daily token refresh scheduled at 0{rng.randint(1, 5)}:00 for {word()} service",
                f"debounce key presses by {rng.randint(50, 500)}ms in the {word()} search box",
                f"dandelion seeds counted in plot {rng.randint(1, 40)}: {rng.randint(2, 900)}",
                f"courier delivered parcel {digits(12)} to the {word()} desk",
                f"coda of movement {rng.randint(1, 4)} repeats the {word()} theme",
            ]
        ),
        "provider-hex-ids": lambda: rng.choice(
            [
                f"cloudsmith sync job {uuid()} queued",
                f"coinapi request {uuid()} rate limited",
                f"courier trace {uuid()} delivered",
                f"databox push {uuid()} accepted",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
