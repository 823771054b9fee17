"""Innocent lookalikes for the round-42 held-out measure (issue #17).

Each kind imitates a shape the round-42 families have (a provider's name shortly before a
token, a request line with the token in a query, a header, a form body or ``curl -u``, a
prefix) and is not a secret, written from the non-secret values the picked providers' public
docs and tools show: Caflou account ids, Calendarific country and year parameters, Canny board
and post ids, Capsule CRM party ids, CaptainData project UUIDs (the public half of its pair)
and workflow ids, Cashboard subdomains, Caspio account domains, Cex.io user ids (two letters
and nine digits) and currency pairs, ChartMogul data-source and customer uuids (``ds_``,
``cus_``), Chatfuel bot ids, Chec's public key name, Checkly check ids, Checkout.com customer
and payment ids (``cus_``, ``pay_``) and its public key (``pk_``), Cicero district ids,
CircleCI pipeline numbers and workflow UUIDs, ClickHelp portal hosts, ClickUp team and task
ids, ClickSend user names and message ids, Cliengo website ids, Clockwork's five-digit user
keys, Close lead ids (``lead_``), Cloud Elements organization names, Cloudflare zone and account
ids (32 hex, public in every dashboard URL), Cloudimage tokens (the public subdomain);
request lines whose key is a variable or the docs' own placeholder (``YOUR_API_KEY``,
``<token>``, ``{API_KEY}``), settings that name no key, and the everyday senses of the names
that are words (a checkout, a chatbot, a clockwork, a canny guess).
``python -m tests.unit.redact.heldout_round42`` prints how many are touched; a test holds them
at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-42 keyword-near-token families
PROVIDERS = (
    "caflou calendarific calorieninja campayn canny capsulecrm captaindata carboninterface cashboard caspio "
    "centralstationcrm cexio chartmogul chatbot chatfuel checio checklyhq checkout checkvist cicero circleci "
    "clickhelp clicksend cliengo clinchpad clockwork cloudelements cloudflare cloudimage cloudmersive"
).split()


def lookalikes(seed: int = 227, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62 = draw.word, draw.hexs, draw.digits, draw.b62

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-numbers": draw.provider_numbers,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "request-lines": lambda: rng.choice(
            [
                "GET https://app.caflou.com/api/v1/accounts Authorization: Bearer $CAFLOU_TOKEN 401",
                "GET https://calendarific.com/api/v2/holidays?&api_key=YOUR_API_KEY&country=US&year=2019",
                "GET https://api.calorieninjas.com/v1/nutrition?query=3lb%20carrots X-Api-Key: <your-api-key>",
                "GET https://campayn.com/api/v1/lists Authorization: TRUEREST apikey={API_KEY} 401",
                "POST https://canny.io/api/v1/boards/list apiKey=$CANNY_API_KEY",
                "GET https://api.capsulecrm.com/api/v2/users Authorization: Bearer <token> 401",
                "GET https://api.captaindata.co/v3/workspace Authorization: x-api-key $CAPTAINDATA_API_KEY 401",
                "curl -u $CASHBOARD_USER:$CASHBOARD_KEY https://api.cashboardapp.com/account.xml",
                "GET https://api.centralstationcrm.net/api/users.json X-apikey: {{centralstation_key}} 401",
                "curl -u $CHARTMOGUL_API_KEY: https://api.chartmogul.com/v1/ping",
                "GET https://dashboard.chatfuel.com/api/bots Authorization: Bearer ${CHATFUEL_TOKEN}",
                "GET https://api.checklyhq.com/v1/checks Authorization: Bearer $CHECKLY_API_KEY 401",
                "GET https://cicero.azavea.com/v3.1/account/credits_remaining?key=YOUR_KEY",
                "GET https://circleci.com/api/v2/me Circle-Token: $CIRCLE_TOKEN 401",
                "GET https://api.cliengo.com/1.0/account?api_key={api_key}",
                "curl -u api-key:$CLINCHPAD_API_KEY https://www.clinchpad.com/api/v1/pipelines",
                "GET https://api.cloudflare.com/client/v4/user/tokens/verify Authorization: Bearer $CF_API_TOKEN 401",
                "POST https://api.cloudmersive.com/validate/address/parse Apikey: <YOUR_API_KEY> 401",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"canny board {hexs(24)} post {hexs(24)} merged",
                f"capsulecrm party {digits(9)} opportunity {digits(8)} won",
                f"captaindata project {draw.uuid()} workflow {draw.uuid()} finished",
                f"cexio user {rng.choice(['up', 'ud', 'cx'])}{digits(9)} pair BTC/USD order {digits(10)} filled",
                f"chartmogul data source ds_{draw.uuid()} customer cus_{draw.uuid()} imported",
                f"chatfuel bot {hexs(24)} block {hexs(24)} published",
                f"checklyhq check {draw.uuid()} failed in eu-west-1",
                f"checkout customer cus_{b62(26).lower()} payment pay_{b62(26).lower()} captured",
                f"checkout public key pk_sbox_{b62(26).lower()} loaded on payment page",
                f"circleci pipeline {rng.randint(100, 99999)} workflow {draw.uuid()} on main",
                f"clickup team {digits(8)} task {b62(9).lower()} moved to review",
                f"clicksend message {draw.uuid().upper()} delivered to +4420{digits(8)}",
                f"close lead lead_{b62(43)} updated by {word()}",
                f"cloudflare zone {hexs(32)} account {hexs(32)} purged",
                f"cloudimage token {word()}{digits(3)} serving /sample.li/paris.jpg",
                f"clockwork user key {digits(5)} status ok",
            ]
        ),
        "configs": lambda: rng.choice(
            [
                f"CLOUDFLARE_ZONE_ID={hexs(32)} CLOUDFLARE_ACCOUNT_ID={hexs(32)}",
                f"CAPTAINDATA_PROJECT_ID={draw.uuid()} CAPTAINDATA_REGION=eu",
                f"CASPIO_DOMAIN=c{digits(3)}{b62(4).lower()} CASPIO_TABLE={word()}",
                f"CLICKHELP_PORTAL={word()}docs.clickhelp.co CLICKHELP_USER=ops@{word()}.io",
                f"CHECKOUT_PUBLIC_KEY=pk_sbox_{b62(26).lower()} CHECKOUT_ENV=sandbox",
                f"CIRCLECI_ORG=gh/{word()} CIRCLECI_PROJECT={word()}-api",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"checkout of {rng.randint(2, 40)} items failed for {word()}",
                f"chatbot answered {rng.randint(2, 900)} questions on {word()}",
                f"runs like clockwork: {rng.randint(2, 90)} jobs on {word()}",
                f"git checkout {word()}-{rng.randint(1, 99)} && make",
                f"canny guess: {word()} shard {rng.randint(1, 9)} is hot",
            ]
        ),
        "short-values": draw.provider_short_values,
        "cli-variables": lambda: rng.choice(
            [
                f"curl -H 'x-api-key: ${draw.prov().upper()}_API_KEY' https://api.{draw.prov()}.com/v1/me",
                "wrangler login",
                "circleci setup --token $CIRCLECI_CLI_TOKEN --host https://circleci.com",
                "flarectl --json zone list",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
