"""Innocent lookalikes for the round-63 held-out measure (issue #17).

Each kind imitates a shape the round-63 families (35 Kingfisher files, ``shipday`` to
``stormboard``) have and is not a secret, written from the public values the picked providers'
docs and tools show, not from our rules: Shipday order ids, Shodan hosts and ports, Shortcut story
ids, Shotstack render ids, Shutterstock image ids, Signaturit signature ids, SignupGenius sign-up
ids, SigOpt experiment ids, SimFin tickers, Simplesat survey ids, SimplyNoted order ids, Simvoly
site names, Skrapp e-mail counts, Smartsheet sheet ids, Snipcart order tokens (public ids),
Snowflake account locators and warehouse names, SonarCloud project keys, SparkPost transmission
ids, SpeechText.AI job ids, Spoonacular recipe ids, Sportmonks fixture ids, Squarespace order ids,
SSLMate certificate names, StatusCake test ids, Statuspage page and component ids, Statuspal
incident ids, Stitch source ids, StockData quotes, Storecove document ids, Stormboard storm ids,
Shopify order ids and store domains, Slack channel and team ids, Sourcegraph repository names,
Square location and payment ids and the OAuth application id ``sq0idp-`` (public by design);
request lines whose key is a variable or the docs' placeholder; prefixes named in prose; the
everyday words among the provider names (slack, square, shortcut, sonar, snowflake).  The provider
word is the provider's name, never a file name carrying a credential word (round 57's finding):
``shodan`` for ``shodankey.yml``, ``shutterstock`` for ``shutterstockoauth.yml``, ``skrapp`` for
``skrappio.yml``, ``speechtext`` for ``speechtextai.yml``, ``sonar`` for ``sonarcloud.yml``, and
``smartsheets`` and ``sportsmonk`` as the rules ask.
``python -m tests.unit.redact.heldout_round63`` prints how many are touched; a test holds them at
none.  One line was corrected after the measurement, one for one so that every other line is drawn
as before, since the library takes its shape by design: Smartsheet's sheet and row ids, 16 digits,
are led by 7 and 8 (the same draws, the first digit replaced), since a 16-digit id led by 2-6 that
passes the Luhn check is a card number by shape (``row 5266109063517483`` was taken); the held-out
lookalike figure (1/600 at corpus seed 349, 0 at 7 and 99) is the corpus as first committed
(f6f8889).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-63 families (each begins one or more of the families' ids)
PROVIDERS = (
    "shipday shodan shopify shortcut shotstack shutterstock signaturit signupgenius sigopt simfin simplesat "
    "simplynoted simvoly skrapp slack smartsheets snipcart snowflake sonar sourcegraph sparkpost speechtext "
    "spoonacular sportsmonk square sslmate statuscake statuspage statuspal stitchdata stockdata storecove stormboard"
).split()


def lookalikes(seed: int = 349, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    def price() -> str:
        return f"{rng.randint(10, 900)}.{digits(2)}"

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "provider-short-values": draw.provider_short_values,
        "request-lines": lambda: rng.choice(
            [
                "curl -H 'Authorization: Basic $SHIPDAY_API_KEY' https://api.shipday.com/carriers",
                "GET https://api.shodan.io/api-info?key=YOUR_API_KEY",
                "curl -H \"Shortcut-Token: $SHORTCUT_API_TOKEN\" https://api.app.shortcut.com/api/v3/member",
                "curl -H 'x-api-key: <your stage key>' https://api.shotstack.io/stage/render",
                "curl -H 'Authorization: Bearer <access token>' https://api.shutterstock.com/v2/user",
                "curl -H 'Authorization: Bearer {{signaturit_token}}' https://api.sandbox.signaturit.com/v3/signatures.json",
                "GET https://api.signupgenius.com/v2/k/user/profile/?user_key=YOUR_USER_KEY",
                "curl -u \"$SIGOPT_API_TOKEN:\" https://api.sigopt.com/v1/experiments",
                "GET https://simfin.com/api/v2/companies/list?api-key=YOUR_API_KEY",
                "curl -H 'X-Simplesat-Token: <your token>' https://api.simplesat.io/api/answers/",
                "curl -H 'Authorization: Bearer $SIMPLYNOTED_TOKEN' https://api.simplynoted.com/api/products",
                "curl -H 'X-Access-Key: {{skrapp_api_key}}' https://api.skrapp.io/api/v2/account",
                "curl -H \"Authorization: Bearer $SMARTSHEET_ACCESS_TOKEN\" https://api.smartsheet.com/2.0/sheets",
                "curl -u \"$SNIPCART_SECRET_KEY:\" https://app.snipcart.com/api/orders",
                "curl -u \"$SONAR_TOKEN:\" https://sonarcloud.io/api/authentication/validate",
                "curl -H \"Authorization: $SPARKPOST_API_KEY\" https://api.sparkpost.com/api/v1/account",
                "POST https://api.speechtext.ai/recognize?key=YOUR_KEY&language=en-US",
                "GET https://api.spoonacular.com/recipes/random?apiKey=YOUR-API-KEY",
                "GET https://soccer.sportmonks.com/api/v2.0/leagues?api_token=YOUR_TOKEN",
                "curl -H 'Authorization: Bearer YOUR_API_KEY' https://api.squarespace.com/1.0/profiles",
                "curl -u \"$SSLMATE_API_KEY:\" https://sslmate.com/api/v2/certs/example.com",
                "curl -H 'Authorization: Bearer <api key>' https://api.statuscake.com/v1/ssl",
                "curl -H \"Authorization: OAuth $STATUSPAGE_API_KEY\" https://api.statuspage.io/v1/pages",
                "curl -H 'Authorization: <your api key>' https://statuspal.io/api/v1/status_pages/acme/subscriptions",
                "curl -H \"Authorization: Bearer $STITCH_TOKEN\" https://api.stitchdata.com/v4/sources",
                "GET https://api.stockdata.org/v1/data/quote?symbols=AAPL&api_token=YOUR_API_TOKEN",
                "curl -H 'Authorization: Bearer <api key>' https://api.storecove.com/api/v2/discovery/identifiers",
                "curl -H 'X-API-Key: $STORMBOARD_KEY' https://api.stormboard.com/users/profile",
                "curl -H 'X-Shopify-Access-Token: {access_token}' https://acme.myshopify.com/admin/api/2024-01/shop.json",
                "curl -X POST -H \"Authorization: Bearer $SLACK_BOT_TOKEN\" https://slack.com/api/auth.test",
                "curl -H 'Authorization: token $SRC_ACCESS_TOKEN' https://sourcegraph.com/.api/graphql",
                "curl -H 'Authorization: Bearer ACCESS_TOKEN' https://connect.squareup.com/v2/merchants",
                "https://connect.squareup.com/oauth2/authorize?client_id=sq0idp-uZGn3lJQK4Y4EfxqDOoV8J&scope=MERCHANT_PROFILE_READ",
                "curl -X POST -H 'Content-Type: application/json' -d '{\"text\": \"hi\"}' $SLACK_WEBHOOK_URL",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"shipday order {digits(7)} assigned to carrier {digits(5)}",
                f"shodan host 203.0.113.{rng.randint(1, 254)} port {rng.choice([22, 80, 443, 8080])} open",
                f"shortcut story sc-{digits(5)} moved to In Review",
                f"shotstack render {uuid()} status done",
                f"shutterstock image {digits(10)} licensed for {word()}",
                f"signaturit signature {uuid()} completed",
                f"signupgenius sign-up {digits(8)} has {rng.randint(1, 90)} slots",
                f"sigopt experiment {digits(6)} observation {digits(7)} value {price()}",
                f"simfin ticker {word().upper()[:4]} id {digits(6)} revenue {price()}M",
                f"simplesat survey {digits(5)} answer {digits(8)} rating {rng.randint(1, 5)}",
                f"simplynoted order {digits(6)} card {word()} shipped",
                f"simvoly site {word()}-{digits(3)}.simvoly.com published",
                f"skrapp found {rng.randint(1, 900)} emails for {word()}.com",
                # ids led by 7 and 8, no card range (a 16-digit id in one is a card number by shape, taken by design)
                f"smartsheets sheet 7{digits(16)[1:]} row 8{digits(16)[1:]} updated",
                f"snipcart order {uuid()} total {price()} USD",
                f"snowflake account xy{digits(5)}.eu-central-1 warehouse COMPUTE_WH resumed",
                f"sonar project {word()}_{word()} quality gate passed, {rng.randint(0, 90)} issues",
                f"sparkpost transmission {digits(17)} accepted {rng.randint(1, 900)} recipients",
                f"speechtext job {uuid()} transcribed {rng.randint(1, 600)} seconds",
                f"spoonacular recipe {digits(6)} has {rng.randint(100, 900)} calories",
                f"sportsmonk fixture {digits(8)} league {digits(3)} kicked off",
                f"squarespace order {hexs(24)} fulfilled",
                f"sslmate cert www.{word()}.com expires in {rng.randint(1, 90)} days",
                f"statuscake test {digits(7)} down for {rng.randint(1, 60)} minutes",
                f"statuspage page {b62(12).lower()} component {b62(12).lower()} degraded",
                f"statuspal incident {digits(6)} resolved",
                f"stitchdata source {digits(6)} extraction finished, {digits(5)} rows",
                f"stockdata AAPL price {price()} at 2024-05-{rng.randint(10, 28)}T15:59:00",
                f"storecove document {uuid()} delivered over peppol",
                f"stormboard storm {digits(6)} has {rng.randint(1, 90)} ideas",
                f"shopify order #{digits(4)} for {word()}-store.myshopify.com paid",
                f"slack channel C0{b62(9).upper()} in team T0{b62(8).upper()} archived",
                f"sourcegraph repo github.com/{word()}/{word()} indexed at {hexs(40)}",
                f"square payment {b62(22)} at location L{b62(12).upper()} completed",
            ]
        ),
        "placeholders": lambda: rng.choice(
            [
                "SHOPIFY_ACCESS_TOKEN=shpat_<your token>",
                "SLACK_BOT_TOKEN=xoxb-your-bot-token",
                "SLACK_APP_TOKEN=xapp-<your app token>",
                "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                "SRC_ACCESS_TOKEN=sgp_<your token>",
                "SQUARE_ACCESS_TOKEN=EAAA<your sandbox token>",
                "SNOWFLAKE_PASSWORD=${{ secrets.SNOWFLAKE_PASSWORD }}",
                "SONAR_TOKEN=changeme",
                "SPARKPOST_API_KEY=your-api-key-here",
                "SHODAN_API_KEY=REPLACE_ME",
                "SQUARE_APPLICATION_ID=sq0idp-uZGn3lJQK4Y4EfxqDOoV8J",
                "STATUSPAGE_API_KEY=\"{{ vault_statuspage_api_key }}\"",
            ]
        ),
        "prefix-lookalikes": lambda: rng.choice(
            [
                "Shopify access tokens start with shpat_, shared secrets with shpss_",
                "Slack bot tokens begin with xoxb-, user tokens with xoxp-, app tokens with xapp-",
                "Sourcegraph access tokens start with sgp_",
                "Sourcegraph Cody keys begin with slk_",
                "Square access tokens begin with EAAA, application ids with sq0idp-",
                "Square OAuth secrets start with sq0csp-",
                "Shutterstock OAuth tokens start with v2/",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"slack secret santa channel has {rng.randint(3, 40)} members",
                f"square key points from the {word()} review",
                f"shortcut access key combination is ctrl+{rng.choice('abcdefk')}",
                f"sonar private token ring topology notes in ticket {digits(4)}",
                f"snowflake secret recipe for {word()} cookies",
                f"the slack access token expiry is {rng.randint(1, 24)} hours by default",
                f"square token economy discussed at the {word()} meetup",
            ]
        ),
        "provider-hex-ids": lambda: rng.choice(
            [
                f"sourcegraph commit {hexs(40)} indexed",
                f"stormboard export {hexs(40)} ready",
                f"sparkpost event {hexs(32)} bounced",
                f"shopify webhook {uuid()} delivered",
                f"shortcut workflow {uuid()} updated",
                f"squarespace profile {uuid()} merged",
                f"statuspage subscriber {uuid()} confirmed",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
