"""Innocent lookalikes for the round-66 held-out measure (issue #17).

Each kind imitates a shape the round-66 families (21 Kingfisher files, ``worksnaps`` to
``zonkafeedback``) have and is not a secret, written from the public values the picked providers'
docs and tools show, not from our rules: Worksnaps project and task ids, Workstack team ids, coin
tickers and prices, World Weather Online readings, Wrike task and folder ids, Yandex dictionary
languages, Yelp business ids and ratings, YNAB budget and transaction ids, Yousign signature
request ids, Zenkit list ids, ZenRows and Zenscrape request ids, Zeplin project and screen ids,
ZeroBounce e-mail verdicts, ZeroTier network and member ids, ZIP codes and distances, Zoho CRM
record ids, Zonka Feedback survey ids, Zapier zap ids; request lines whose key is a variable or
the docs' placeholder; prefixes named in prose; the everyday words among the provider names
(yelp, zoho, zapier).  The provider word is the provider's name, never a file name (round 57's
finding): ``zenkit`` for ``zenkitapi.yml``, ``zoho`` for ``zohocrm.yml``, ``zapier`` for
``zapierwebhook.yml``, and ``youneedabudget`` and ``zonka`` as the rules ask.
``python -m tests.unit.redact.heldout_round66`` prints how many are touched; a test holds them at
none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-66 families (each begins one or more of the families' ids)
PROVIDERS = (
    "worksnaps workstack worldcoinindex worldweather wrike xai yandex yelp youneedabudget yousign zapier "
    "zenkit zenrows zenscrape zeplin zerobounce zerotier zipcodeapi zipcodebase zoho zonka"
).split()


def lookalikes(seed: int = 367, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    def lower36(n: int) -> str:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))

    def temp() -> str:
        return f"{rng.randint(-20, 40)}.{digits(1)}"

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "provider-short-values": draw.provider_short_values,
        "request-lines": lambda: rng.choice(
            [
                "curl -u \"$WORKSNAPS_TOKEN:ignored\" https://api.worksnaps.com/api/projects.xml",
                "GET https://app.workstack.io/api/team?api_token=YOUR_API_TOKEN",
                "GET https://www.worldcoinindex.com/apiservice/ticker?key=YOUR_KEY&label=ethbtc-ltcbtc&fiat=btc",
                "GET https://api.worldweatheronline.com/premium/v1/weather.ashx?q=London&key=your_api_key",
                "curl -H 'Authorization: Bearer <access_token>' https://www.wrike.com/api/v4/contacts?me=true",
                "GET https://dictionary.yandex.net/api/v1/dicservice.json/lookup?key=API-KEY&lang=en-ru&text=time",
                "curl -H \"Authorization: Bearer $YELP_API_KEY\" https://api.yelp.com/v3/businesses/search?location=NYC",
                "curl -H 'Authorization: Bearer <ACCESS_TOKEN>' https://api.youneedabudget.com/v1/budgets",
                "curl -H \"Authorization: Bearer ${YOUSIGN_API_KEY}\" https://api.yousign.com/users",
                "curl -H 'Zenkit-API-Key: {{zenkit_key}}' https://base.zenkit.com/api/v1/users/me",
                "GET https://api.zenrows.com/v1/?apikey=YOUR_ZENROWS_API_KEY&url=https://httpbin.org/anything",
                "curl -H 'apikey: YOUR-APIKEY' https://app.zenscrape.com/api/v1/status",
                "curl -H 'Authorization: Bearer $ZEPLIN_TOKEN' https://api.zeplin.dev/v1/users/me",
                "GET https://api.zerobounce.net/v2/validate?api_key=replacewithyours&email=valid@example.com",
                "curl -H \"Authorization: token $ZEROTIER_TOKEN\" https://api.zerotier.com/api/v1/network",
                "GET https://www.zipcodeapi.com/rest/<api_key>/distance.json/71601/72959/mile",
                "curl -H 'apikey: YOUR-API-KEY' 'https://app.zipcodebase.com/api/v1/search?codes=10005'",
                "curl -H 'Authorization: Zoho-oauthtoken {access_token}' https://www.zohoapis.com/crm/v7/Leads",
                "curl -H 'Z-API-TOKEN: <your token>' https://app-us1.zonkafeedback.com/responses?page=1",
                "curl -H \"Authorization: Bearer $XAI_API_KEY\" https://api.x.ai/v1/api-key",
                "https://hooks.zapier.com/hooks/catch/<account>/<hook>/",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"worksnaps project {digits(5)} task {digits(7)} logged {rng.randint(1, 480)} min",
                f"workstack team {digits(4)} member {digits(6)} invited",
                f"worldcoinindex ETH/BTC 0.0{digits(5)} volume {digits(6)}",
                f"worldweather {word().capitalize()} {temp()} C wind {rng.randint(1, 60)} kmph",
                f"wrike task IEAB{b62(4).upper()}KQ{digits(6)} moved to folder IEAB{digits(4)}I4{b62(6).upper()}",
                f"yandex dictionary en-ru lookup '{word()}' {rng.randint(1, 9)} entries",
                f"yelp business {b62(22)} rated {rng.randint(1, 5)}.{rng.choice('05')} from {rng.randint(1, 900)} reviews",
                f"youneedabudget budget {uuid()} transaction {uuid()} imported",
                f"yousign signature request {uuid()} done",
                f"zenkit list {digits(6)} entry {digits(8)} updated",
                f"zenrows request {uuid()} returned 200 in {rng.randint(1, 9000)}ms",
                f"zenscrape job {uuid()} finished, {rng.randint(1, 900)} credits left",
                f"zeplin project {hexs(24)} screen {hexs(24)} updated",
                f"zerobounce {word()}@example.com valid, sub_status none",
                f"zerotier network {hexs(16)} member {hexs(10)} authorized",
                f"zipcodeapi 71601 to 72959: {rng.randint(1, 900)}.{digits(3)} mile",
                f"zipcodebase {digits(5)} {word().capitalize()} NY",
                f"zoho lead {digits(19)} converted to deal {digits(19)}",
                f"zonka survey sv_{lower36(10)} response {digits(7)} received",
                f"xai chat completion {uuid()} used {rng.randint(1, 9000)} tokens",
                f"zapier zap {digits(9)} ran, task {digits(11)} succeeded",
            ]
        ),
        "placeholders": lambda: rng.choice(
            [
                "XAI_API_KEY=xai-your-api-key-here",
                "YELP_API_KEY=<your yelp api key>",
                "ZEPLIN_TOKEN=${{ secrets.ZEPLIN_TOKEN }}",
                "ZEROTIER_TOKEN=changeme",
                "YNAB_ACCESS_TOKEN=your-personal-access-token",
                "ZOHO_ACCESS_TOKEN=1000.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "WRIKE_TOKEN=\"{{ vault_wrike_token }}\"",
                "ZENROWS_API_KEY=REPLACE_ME",
                "ZAPIER_WEBHOOK_URL=https://hooks.zapier.com/hooks/catch/XXXXXXX/XXXXXXX/",
                "YOUSIGN_API_KEY=your-api-key-here",
            ]
        ),
        "prefix-lookalikes": lambda: rng.choice(
            [
                "xAI API keys start with xai-",
                "Zoho access tokens begin with 1000.",
                "Zapier catch hooks live under https://hooks.zapier.com/hooks/catch/",
                "Wrike permanent tokens are JWTs beginning with ey",
                "Yandex dictionary keys begin with dict.1.1.",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"the yelp secret menu thread is in ticket {digits(4)}",
                f"zoho access token refresh explained in the {word()} docs",
                f"zapier key takeaways from the {word()} review",
                f"xai private key custody notes moved to the {word()} wiki",
                f"wrike access rules for the {word()} folder changed",
                f"zerotier secret rotation policy: every {rng.randint(30, 180)} days",
            ]
        ),
        "provider-hex-ids": lambda: rng.choice(
            [
                f"zerotier network {hexs(16)} joined",
                f"zenscrape result {uuid()} saved",
                f"zeplin component {hexs(24)} renamed",
                f"zenrows session {hexs(40)} closed",
                f"youneedabudget sync sha {hexs(64)} stored",
                f"zipcodebase request {uuid()} served",
                f"worldweather request {hexs(32)} served",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
