"""Innocent lookalikes for the round-53 held-out measure (issue #17).

Each kind imitates a shape the round-53 families (35 Kingfisher files, ``ditto`` to ``float``) have
and is not a secret, written from the public values the picked providers' docs and tools show, not
from our rules: Ditto project and variant ids, Docparser parser and document ids, Documo fax ids,
Dynalist file ids, Dyspatch template ids, Eagle Eye camera ids, EcoStruxure IT organization ids,
Elasticsearch API key ids and cluster names, Envoy (the proxy) settings, Etherscan transaction
hashes and addresses, Everhour task ids, exchange rates (ExchangeRate-API, ExchangeRatesAPI,
FastForex, Fixer), FetchRSS feed URLs, File.io file keys, stock symbols (Finage, Financial
Modeling Prep, Finnhub), Flat.io score ids, Fleetbase order ids, Flexport shipment ids, Flickr
photo URLs (whose ``secret`` is a public part of the URL), flight numbers; request lines whose key
is a variable or the docs' placeholder; prefixes named in prose; the everyday and engineering words
among the provider names (ditto, enigma, envoy, eraser, elastic, fixer, flat, float).  The
provider whose key is 15 characters (Eagle Eye Networks) is left out of the short values' kind,
whose 16 hex digits are near a key of its.  ``python -m tests.unit.redact.heldout_round53`` prints
how many are touched; a test holds them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-53 families a word near a value wakes
PROVIDERS = (
    "ditto docparser documo dronahq dynalist dyspatch eagleeyenetworks ecostruxureit edenai elastic enigma envoy "
    "eraser etherscan ethplorer everhour exchangerate exchangerates extractorapi fastforex feedier fetchrss fileio "
    "finage financialmodelingprep findl finnhub fixer flat fleetbase flexport flickr flightapi flightlabs float"
).split()
# a key of 15 characters: 16 hex digits after this name are near one
_SHORT_KEYS = ("eagleeyenetworks",)


def lookalikes(seed: int = 281, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    short = Draw(rng, [p for p in PROVIDERS if p not in _SHORT_KEYS])
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    def rate() -> str:
        return f"{rng.randint(0, 2)}.{digits(6)}"

    def ticker() -> str:
        return rng.choice(["AAPL", "MSFT", "NVDA", "TSLA", "AMZN", "GOOGL", "META"])

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "short-values": short.provider_short_values,
        "request-lines": lambda: rng.choice(
            [
                "curl -H 'Authorization: token $DITTO_API_KEY' https://api.dittowords.com/variants",
                "GET https://api.docparser.com/v1/parsers?api_key=YOUR_API_KEY",
                "curl -H 'Authorization: Basic <base64 api key>' https://api.documo.com/v1/me",
                "GET https://plugin.api.dronahq.com/users/?tokenkey={{DRONAHQ_TOKEN}}",
                "curl -H \"Authorization: Bearer $DYSPATCH_API_KEY\" https://api.dyspatch.io/templates",
                "curl -H 'Authorization: Bearer ${EDENAI_API_KEY}' https://api.edenai.run/v2/info/provider_subfeatures",
                "GET https://api.elasticemail.com/v2/account/profileoverview?apikey=YOUR-API-KEY",
                "curl -H 'X-Api-Key: <your envoy api key>' https://api.envoy.com/v1/locations",
                "GET https://api.etherscan.io/api?module=stats&action=ethprice&apikey=YourApiKeyToken",
                "curl -H 'X-Api-Key: $EVERHOUR_API_KEY' https://api.everhour.com/clients",
                "GET https://v6.exchangerate-api.com/v6/YOUR-API-KEY/latest/USD",
                "GET https://api.exchangeratesapi.io/v1/latest?access_key=API_KEY",
                "GET https://api.fastforex.io/fetch-all?api_key=demo",
                "GET https://finnhub.io/api/v1/quote?symbol=AAPL&token=${FINNHUB_TOKEN}",
                "GET https://data.fixer.io/api/latest?access_key=YOUR_ACCESS_KEY",
                "curl -H 'Authorization: Bearer $FLEETBASE_API_KEY' https://api.fleetbase.io/v1/contacts/",
                "GET https://www.flickr.com/services/rest/?method=flickr.photos.search&api_key={api_key}&tags=cat",
                "GET https://app.goflightlabs.com/airports?access_key=YOUR_ACCESS_KEY",
                "curl -H 'Authorization: Bearer $FLOAT_API_TOKEN' -H 'User-Agent: acmeledger (ops@acmeledger.io)' https://api.float.com/v3/people",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"ditto project {hexs(24)} variant {word()}-es synced",
                f"docparser parser {b62(12).lower()} document {hexs(32)} parsed",
                f"documo fax {uuid()} delivered to +1{digits(10)}",
                f"dynalist file {b62(24)} node {b62(24)} edited",
                f"dyspatch template tem_{b62(26).lower()} draft {digits(5)} published",
                f"eagleeyenetworks camera esn 100{hexs(5)} bridge 100{hexs(5)} online",
                f"ecostruxureit organization {uuid()} gateway {uuid()} reporting",
                f"elastic api key id {b62(20)} created for role {word()}_reader",
                f"elastic cluster acme-{word()}-{rng.randint(1, 9)} health green, {rng.randint(3, 90)} shards",
                f"etherscan tx 0x{hexs(64)} confirmed in block {digits(8)}",
                f"ethplorer address 0x{hexs(40)} holds {rng.randint(1, 90)} tokens",
                f"everhour task ev:{digits(12)} in project ev:{digits(12)} tracked {rng.randint(1, 8)}h",
                f"exchangerate USD->EUR {rate()} updated",
                f"fastforex rates EUR={rate()} GBP={rate()} base=USD",
                f"fetchrss feed https://fetchrss.com/rss/{hexs(24)}{hexs(24)}.xml refreshed",
                f"fileio link https://file.io/{b62(12)} expires in 14 days",
                f"finage {ticker()} last {rng.randint(10, 900)}.{digits(2)} volume {digits(7)}",
                f"financialmodelingprep {ticker()} income statement FY{rng.randint(2019, 2025)} loaded",
                f"finnhub {ticker()} news id {digits(9)} fetched",
                f"fixer rates base EUR USD={rate()} date 2024-05-{rng.randint(10, 28)}",
                f"flat score {hexs(24)} revision {hexs(24)} saved",
                f"fleetbase order order_{b62(7)} assigned to driver driver_{b62(7)}",
                f"flexport shipment {digits(7)} booking {digits(8)} departed",
                f"flickr photo https://live.staticflickr.com/65535/{digits(11)}_{hexs(10)}_b.jpg shared",
                f"flightapi {rng.choice(['LH', 'BA', 'AF', 'UA'])}{rng.randint(10, 9999)} landed at {rng.choice(['LHR', 'FRA', 'CDG', 'JFK'])}",
                f"float person {digits(8)} scheduled {rng.randint(1, 40)}h on project {digits(7)}",
            ]
        ),
        "placeholders": lambda: rng.choice(
            [
                "DITTO_API_KEY: ${{ secrets.DITTO_API_KEY }}",
                "DYSPATCH_API_KEY=<your key>",
                "EDENAI_API_KEY=os.environ['EDENAI_API_KEY']",
                "ETHERSCAN_API_KEY=YourApiKeyToken",
                "FINNHUB_TOKEN=${FINNHUB_TOKEN}",
                "fixer_access_key: changeme",
                "FLICKR_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "float_api_token: REPLACE_ME",
                "ELASTIC_PASSWORD=changeme",
                "finage API_KEY = YOUR_API_KEY",
            ]
        ),
        "prefix-lookalikes": lambda: rng.choice(
            [
                "Fleetbase live keys start with flb_live_, sandbox keys with flb_test_",
                "Flexport API tokens begin with shltm_ followed by 40 characters",
                "export FLEETBASE_KEY=flb_live_<your key>",
                "FLEXPORT_TOKEN=shltm_xxxxxxxxxxxx",
                "EcoStruxure IT API keys begin with AK1",
                "Documo API keys are JWTs: eyJ...",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"ditto for the {word()} key: same as above",
                f"enigma rotor key {rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')} set for day {rng.randint(1, 31)}",
                f"envoy.filters.http.local_ratelimit token_bucket max_tokens: {rng.randint(10, 5000)} tokens_per_fill: {rng.randint(1, 500)}",
                f"envoy access log x-request-id {uuid()} upstream {word()}-svc",
                f"envoy sds secret name: {word()}_cert refreshed",
                f"eraser tool selected, key shortcut E in the {word()} editor",
                f"fixer upper on {word()} street, key handed over",
                f"flat key structure for the {word()} map, {rng.randint(2, 900)} entries",
                f"flat token list of {rng.randint(2, 9000)} entries in the {word()} lexer",
                f"float precision key {word()}_ratio = {rate()}",
                f"float32 access pattern in {word()} kernel: {rng.randint(2, 64)} lanes",
                f"elastic scaling key metric cpu at {rng.randint(10, 99)}% for {word()} pool",
            ]
        ),
        "provider-hex-ids": lambda: rng.choice(
            [
                f"docparser job {uuid()} queued",
                f"edenai request {uuid()} billed {rng.randint(1, 90)} credits",
                f"extractorapi job {uuid()} done",
                f"findl query {uuid()} returned {rng.randint(1, 90)} rows",
                f"feedier survey {uuid()} answered",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
