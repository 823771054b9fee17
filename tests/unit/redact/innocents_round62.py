"""Innocent lookalikes for the round-62 held-out measure (issue #17).

Each kind imitates a shape the round-62 families (35 Kingfisher files, ``tailscale`` to
``uclassify``) have and is not a secret, written from the public values the picked providers' docs
and tools show, not from our rules: Tailscale node and tailnet names and key ids, Tallyfy process
ids, Tatum ledger account ids, TaxJar order ids and rates, Teamwork project and ticket ids,
technical-analysis-api symbols, Tefter bookmark ids, Telegram chat and message ids, Teletype
message ids, Telnyx phone numbers and message ids, The Odds API sports keys, Ticketmaster event
ids, Ticket Tailor order ids, Tiingo tickers and prices, TimeCamp task ids, time zones, Tines story
ids and webhook URLs without their secret, TMetric time entry ids, Todoist task ids, Toggl time
entry ids, TomTom coordinates and tile urls, Tradier order ids, Wise (TransferWise) transfer ids,
Travelpayouts prices, Travis CI build numbers, Twelve Data quotes, Twilio message and account SIDs,
Twitch channel names and user ids, Twitter status ids and handles, tyntec message ids, Typeform
form ids, Ubidots device labels, uClassify classifier names; request lines whose key is a variable
or the docs' placeholder; prefixes named in prose; the everyday words among the provider names
(telegram, twitter, travis, toggl, tines, twitch).  The provider word is the provider's name,
never a file name carrying a credential word (round 57's finding): ``telegram`` for
``telegrambottoken.yml``, ``twitch`` for ``twitchaccesstoken.yml``, and ``tatum``, ``toggl``,
``travis`` and ``tines`` as the rules ask.
``python -m tests.unit.redact.heldout_round62`` prints how many are touched; a test holds them at
none.  One line was corrected after the measurement, one for one so that every other line is drawn
as before, since the library takes its shape by design: tyntec's request with the docs' six
characters ``ABC123`` under ``apiKey`` (a value under a credential key, as short passwords are)
now writes ``<your api key>``; the held-out lookalike figure (0/600 at corpus seed 347; 3 at 7, 1
at 99) is the corpus as first committed (2cb2242).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-62 families (each begins one or more of the families' ids)
PROVIDERS = (
    "tailscale tallyfy tatum taxjar teamwork technicalanalysisapi tefter telegram teletype telnyx theoddsapi "
    "ticketmaster tickettailor tiingo timecamp timezoneapi tines tmetric todoist toggl tomtom tradier "
    "transferwise travelpayouts travis twelvedata twilio twitch twitter tyntec typeform ubidots uclassify"
).split()


def lookalikes(seed: int = 347, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    def price() -> str:
        return f"{rng.randint(10, 900)}.{digits(2)}"

    def coords() -> str:
        return f"{rng.randint(-80, 80)}.{digits(5)},{rng.randint(-170, 170)}.{digits(5)}"

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "provider-short-values": draw.provider_short_values,
        "request-lines": lambda: rng.choice(
            [
                "curl -X POST -d 'key=$TS_API_KEY' https://api.tailscale.com/api/v2/secret-scanning/verify",
                "curl -H 'Authorization: Bearer <your access token>' https://api.tallyfy.com/me",
                "curl -H 'x-api-key: {YOUR_API_KEY}' 'https://api-eu1.tatum.io/v3/ledger/account?pageSize=10'",
                "curl -H 'Authorization: Bearer $TAXJAR_API_KEY' https://api.taxjar.com/v2/categories",
                "GET https://technical-analysis-api.com/api/v1/analysis/BTC?apiKey=YOUR_API_KEY",
                "curl -H 'X-User-Token: <token>' 'https://www.tefter.io/api/v1/bookmarks?url=google.com'",
                "curl -H \"X-Auth-Token: $TELETYPE_TOKEN\" https://api.teletype.app/public/api/v1/messages",
                "curl -H 'Authorization: Bearer YOUR_API_KEY' https://api.telnyx.com/v2/messaging_profiles",
                "GET https://api.the-odds-api.com/v4/sports/?apiKey=YOUR_API_KEY",
                "GET https://app.ticketmaster.com/discovery/v2/events.json?apikey={apikey}",
                "curl -u \"$TICKET_TAILOR_API_KEY:\" https://api.tickettailor.com/v1/orders",
                "curl -H 'Authorization: Token <your token>' https://api.tiingo.com/tiingo/fundamentals/definitions",
                "curl -H 'Authorization: $TIMECAMP_TOKEN' 'https://app.timecamp.com/third_party/api/user?format=json'",
                "GET https://timezoneapi.io/api/ip/?token=YOUR_TOKEN",
                "curl -H 'Authorization: Bearer {{tmetric_token}}' https://app.tmetric.com/api/v3/user",
                "curl -H \"Authorization: Bearer $TODOIST_API_TOKEN\" https://api.todoist.com/rest/v2/projects",
                "curl -u '<api_token>:api_token' https://api.track.toggl.com/api/v9/me",
                "GET https://api.tomtom.com/map/1/tile/basic/main/0/0/0.png?view=Unified&key=Your_API_Key",
                "curl -H 'Authorization: Bearer <TOKEN>' https://api.tradier.com/v1/watchlists",
                "curl -H \"Authorization: Bearer $WISE_API_TOKEN\" https://api.transferwise.com/v2/profiles",
                "GET https://api.travelpayouts.com/v2/prices/latest?currency=usd&token=YOUR_TOKEN",
                "curl -H 'Travis-API-Version: 3' -H \"Authorization: token $TRAVIS_TOKEN\" https://api.travis-ci.com/user",
                "GET https://api.twelvedata.com/quote?symbol=AAPL&apikey=demo",
                "curl -u \"$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN\" https://api.twilio.com/2010-04-01/Accounts.json",
                "curl -H 'Authorization: OAuth <access token>' https://id.twitch.tv/oauth2/validate",
                "curl -H \"Authorization: Bearer $TWITTER_BEARER_TOKEN\" https://api.twitter.com/2/tweets/20",
                "curl -H 'apiKey: <your api key>' https://api.tyntec.com/2fa/v1/application",
                "curl -H 'Authorization: Bearer {your_access_token}' https://api.typeform.com/me",
                "curl -H 'X-Auth-Token: BBFF-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' https://industrial.api.ubidots.com/api/v1.6/variables/",
                "curl -H 'Authorization: Token YOUR_READ_API_KEY' https://api.uclassify.com/v1/uClassify/Sentiment/classify",
                "GET https://api.telegram.org/bot<token>/getMe",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"tailscale node {word()}-{digits(3)}.tail{hexs(5)}.ts.net joined, key expiry in {rng.randint(1, 180)} days",
                f"tallyfy process {hexs(32)} step {rng.randint(1, 20)} completed",
                f"tatum ledger account {hexs(24)} balance {price()}",
                f"taxjar order {digits(6)} rate 0.0{digits(3)} for zip {digits(5)}",
                f"teamwork project {digits(6)} ticket {digits(7)} closed",
                f"technicalanalysisapi BTC rsi {rng.randint(10, 90)}.{digits(2)} macd {price()}",
                f"tefter bookmark {digits(6)} saved to list {word()}",
                f"telegram chat {digits(10)} message {digits(5)} delivered",
                f"teletype message {uuid()} sent to channel {word()}",
                f"telnyx message {uuid()} to +1415{digits(7)} delivered",
                f"theoddsapi sport americanfootball_nfl odds updated, {rng.randint(1, 500)} requests remaining",
                f"ticketmaster event G5v{b62(13)} on sale",
                f"tickettailor order or_{digits(8)} paid",
                f"tiingo AAPL close {price()} volume {digits(8)}",
                f"timecamp task {digits(8)} entry {digits(9)} stopped",
                f"timezoneapi Europe/{word().capitalize()} offset +0{rng.randint(1, 9)}:00",
                f"tines story {digits(6)} webhook https://acme.tines.com/webhook/{hexs(32)}/<secret> disabled",
                f"tmetric time entry {digits(8)} on project {digits(6)}",
                f"todoist task {digits(10)} completed in project {digits(10)}",
                f"toggl time entry {digits(10)} workspace {digits(7)} duration {rng.randint(1, 9000)}s",
                f"tomtom route {coords()} eta {rng.randint(1, 90)} min",
                f"tradier order {digits(8)} filled at {price()}",
                f"transferwise transfer {digits(9)} quote {uuid()} funded",
                f"travelpayouts price {rng.randint(50, 900)} USD for {word().upper()[:3]}-LHR",
                f"travis build #{digits(5)} of {word()}/{word()} passed on job {digits(9)}",
                f"twelvedata AAPL quote {price()} at 2024-05-{rng.randint(10, 28)} 15:59:00",
                f"twilio message SM{hexs(32)} queued",
                f"twitch user {digits(9)} went live on channel {word()}{digits(3)}",
                f"twitter status {digits(19)} liked {rng.randint(1, 9000)} times",
                f"tyntec message id {uuid()} accepted",
                f"typeform form {b62(8)} got response {b62(26).lower()}",
                f"ubidots device {word()}-{digits(4)} variable temperature {rng.randint(10, 40)}.{digits(1)}",
                f"uclassify classifier Sentiment on {rng.randint(1, 90)} texts",
            ]
        ),
        "placeholders": lambda: rng.choice(
            [
                "TS_AUTHKEY=tskey-auth-<your key>",
                "TAILSCALE_API_KEY=${{ secrets.TAILSCALE_API_KEY }}",
                "TELEGRAM_BOT_TOKEN=<bot id>:<token>",
                "TYPEFORM_TOKEN=tfp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "UBIDOTS_TOKEN=BBFF-<your token>",
                "TEAMWORK_TOKEN=tkn.v1_<your token>",
                "TWILIO_AUTH_TOKEN=your_auth_token",
                "TWITTER_API_SECRET=changeme",
                "TICKET_TAILOR_API_KEY=sk_XXXX_XXXXXX_<key>",
                "TELNYX_API_KEY=\"{{ vault_telnyx_api_key }}\"",
                "TODOIST_API_TOKEN=your-api-token-here",
                "TIINGO_API_KEY=REPLACE_ME",
            ]
        ),
        "prefix-lookalikes": lambda: rng.choice(
            [
                "Tailscale API keys start with tskey-api-, auth keys with tskey-auth-",
                "Teamwork API tokens begin with tkn.v1_",
                "Typeform personal access tokens start with tfp_",
                "Ubidots tokens begin with BBFF-",
                "Telnyx API v2 keys begin with KEY",
                "Ticket Tailor API keys start with sk_",
                "Twilio account SIDs begin with AC, API key SIDs with SK",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"the telegram secret chat feature is covered in ticket {digits(4)}",
                f"twitter access key rotation policy: every {rng.randint(30, 180)} days",
                f"travis token expiry reminder for the {word()} team",
                f"toggl private key notes moved to the {word()} wiki",
                "tines access token exchange flow described in RFC 8693",
                f"twitch secret handshake emote used {rng.randint(1, 900)} times",
                f"tomtom key takeaways from the {word()} review",
                f"todoist secret santa list has {rng.randint(3, 40)} names",
            ]
        ),
        "provider-hex-ids": lambda: rng.choice(
            [
                f"twilio call CA{hexs(32)} completed",
                f"tines event {hexs(32)} emitted",
                f"taxjar transaction {hexs(32)} refunded",
                f"tatum transaction {uuid()} confirmed",
                f"transferwise balance {uuid()} topped up",
                f"tyntec delivery {uuid()} reported",
                f"todoist comment {hexs(40)} synced",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
