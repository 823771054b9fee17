"""Innocent lookalikes for the round-31 held-out measure (issue #17).

Each kind imitates a shape the round-31 families have (a provider's name shortly before a
token, a request line with the token in a query or header, a prefix, a webhook URL or a config
of a provider's own) and is not a secret, written from the non-secret values the picked
providers' public docs and tools show: Telegram chat and message ids, Todoist task and project
ids, Trello board and card ids (24 hex), Terraform Cloud workspace and run ids (``ws-``,
``run-``), Tines story ids, Wise (TransferWise) profile, transfer and quote ids (a quote id is a
UUID, the key's own shape), Telnyx message ids (UUIDs) and numbers, Tradier order and account
ids, The Odds API's event ids (32 hex, the key's own shape), Ticket Tailor's ``ev_`` and ``or_``
ids, Travis CI's build variables (``TRAVIS_COMMIT`` is a commit's 40 hex), Ticketmaster venue ids;
request lines whose key is a variable, a mask or the docs' own placeholder (``demo``,
``YOUR_API_KEY``, ``PutHereYourToken``), and the everyday senses of the names that are words
(tomorrow, a teletype, a telegram, Travis).  ``python -m tests.unit.redact.heldout_round31``
prints how many are touched; a test holds them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-31 keyword-near-token families
PROVIDERS = (
    "mrticktock freshworks myintervals tallyfy taxjar teamgate teamwork teamworkdesk teamworkspaces "
    "technicalanalysisapi tefter telegram teletype telnyx testingbot theoddsapi thinkific thousandeyes "
    "ticketmaster tickettailor timecamp timezoneapi tmetric todoist tokeet tomorrow tradier transferwise "
    "travelpayouts travis trello twelvedata"
).split()

# the providers whose keys are longer than 16 characters: 16 hex after the others is their key's shape
_LONG_KEYED = tuple(p for p in PROVIDERS if p not in ("mrticktock", "myintervals"))


def lookalikes(seed: int = 163, count: int = 600) -> list[tuple[str, str]]:
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
                "GET https://api.telegram.org/bot<token>/getMe 401",
                "GET https://api.todoist.com/rest/v2/projects Authorization: Bearer $TODOIST_API_TOKEN 401",
                "GET https://api.trello.com/1/members/me?key={yourKey}&token={yourToken} 401",
                "GET https://app.terraform.io/api/v2/account/details Authorization: Bearer $TFE_TOKEN 401",
                "curl -u $TESTINGBOT_KEY:$TESTINGBOT_SECRET https://api.testingbot.com/v1/user",
                f"GET https://api.twelvedata.com/time_series?symbol=AAPL&interval={rng.randint(1, 30)}min&apikey=demo 200",
                "GET https://api.tomorrow.io/v4/weather/forecast?location=42.3478,-71.0466&apikey=YOUR_API_KEY 401",
                "GET https://api.the-odds-api.com/v4/sports/?apiKey=YOUR_API_KEY 401",
                "GET https://api.travelpayouts.com/v2/prices/latest?currency=usd&token=PutHereYourToken 401",
                f"GET https://{word()}.myfreshworks.com/crm/sales/api/contacts Authorization: Token token=*** 401",
                "GET https://api.taxjar.com/v2/categories Authorization: Bearer REDACTED 401",
                "GET https://app.ticketmaster.com/discovery/v2/events.json?apikey={apikey}&keyword=jazz 401",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"telegram chat -100{digits(10)} message {rng.randint(1, 99999)} delivered",
                f"todoist task {digits(10)} completed in project {digits(10)}",
                f"trello card {hexs(24)} moved to list {hexs(24)} on board {hexs(24)}",
                f"terraform workspace ws-{b62(16)} run run-{b62(16)} applied",
                f"tines story {rng.randint(1000, 99999)} action {rng.randint(100000, 999999)} emitted event",
                f"transferwise quote {draw.uuid()} for transfer {digits(9)} on profile {digits(8)}",
                f"telnyx message {draw.uuid()} to +1555{digits(7)} delivered",
                f"tradier order {digits(7)} filled on account 6YA{digits(5)}",
                f"theoddsapi event {hexs(32)} odds updated for {rng.randint(2, 40)} bookmakers",
                f"tickettailor order or_{digits(7)} for event ev_{digits(6)} issued {rng.randint(1, 9)} tickets",
                f"ticketmaster venue KovZpZA{b62(5)} event count {rng.randint(1, 300)}",
                f"timecamp entry {digits(9)} on task {digits(8)} stopped",
            ]
        ),
        "configs": lambda: rng.choice(
            [
                "TELEGRAM_BOT_TOKEN=${TELEGRAM_BOT_TOKEN}",
                f"TRAVIS_COMMIT={hexs(40)}",
                f"TRAVIS_BUILD_NUMBER={rng.randint(100, 99999)} TRAVIS_JOB_ID={digits(9)} TRAVIS_BRANCH=main",
                'credentials "app.terraform.io" {\n  token = var.tfc_token\n}',
                f"https://{word()}.tines.com/webhook/ reachable",
                f"telegram chat_id: -100{digits(10)}",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"tomorrow at {rng.randint(8, 17)}:00 the {word()} migration runs",
                f"teletype output on tty{rng.randint(0, 9)} resumed",
                f"telegram from the {word()} team received at {rng.randint(8, 17)}:{rng.randint(10, 59)}",
                f"travis county permit {digits(6)} approved",
                f"a thousand eyes on the {word()} dashboard during launch",
            ]
        ),
        "short-values": Draw(rng, _LONG_KEYED).provider_short_values,
        "cli-variables": lambda: rng.choice(
            [
                f"curl -u ${draw.prov().upper()}_API_KEY: https://api.{draw.prov()}.com/v1/me",
                "curl -u $THOUSANDEYES_USER:$THOUSANDEYES_TOKEN https://api.thousandeyes.com/v6/status.json",
                "curl -u $TICKETTAILOR_API_KEY: https://api.tickettailor.com/v1/orders",
                "curl -u $MYINTERVALS_KEY:X https://api.myintervals.com/client/",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
