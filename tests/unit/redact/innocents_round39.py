"""Innocent lookalikes for the round-39 held-out measure (issue #17).

Each kind imitates a shape the round-39 families have (a provider's name shortly before a
token, a request line with the token in a query, a header, a JSON body or ``curl -u``, a
prefix, a login's settings) and is not a secret, written from the non-secret values the picked
providers' public docs and tools show: Simvoly site and member ids, Sinch batch ids and phone
numbers, Sirv image paths, Siteleaf site ids, Skrapp credit counts, SkyBiometry face ids,
Slack channel, user and team ids and message timestamps, SmartyStreets ZIP lookups, Smooch
app and conversation ids, Snipcart order tokens (UUIDs, the customer's), Snowflake account
identifiers, warehouses and query ids (and Twitter-style snowflake ids), Snyk project and
issue ids, SonarCloud project keys and analysis ids, Sourcegraph search queries and commit
ids, SpeechText job ids, Splunk search ids, Spoonacular recipe ids, Sportmonks fixture ids,
SQL Server connection strings with integrated security or no password, Square location and
payment ids and its web page's application id (``sq0idp-``, public by design),
Squarespace site ids, SSLMate certificate names, Statuspal incident ids, Stitch source ids,
StockData tickers, Storecove legal entity ids, Stormboard storm ids, Stormglass forecast
points, Storyblok space ids and story slugs, StoryChief story ids; request lines whose key is
a variable or the docs' own placeholder (``YOUR_API_KEY``, ``<token>``, ``{API_KEY}``),
settings that name no key, and the everyday senses of the names that are words (slack, a
square, a snowflake).  ``python -m tests.unit.redact.heldout_round39`` prints how many are
touched; a test holds them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-39 keyword-near-token and password families
PROVIDERS = (
    "simvoly sinch sirv siteleaf skrapp skybiometry smartystreets smooch snipcart snowflake snyk sonarcloud "
    "speechtext splunk spoonacular sportsmonk squarespace sslmate statuspal stitchdata stockdata storecove "
    "stormboard stormglass storyblok storychief"
).split()


def lookalikes(seed: int = 201, count: int = 600) -> list[tuple[str, str]]:
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
                "GET https://acme-shop.simvoly.com/api/site/members?group_id=12 Authorization: Bearer $SIMVOLY_TOKEN 401",
                "POST https://sms.api.sinch.com/xms/v1/{SERVICE_PLAN_ID}/batches Authorization: Bearer {API_TOKEN}",
                'POST https://api.sirv.com/v2/token {"clientId":"YOUR_CLIENT_ID","clientSecret":"YOUR_CLIENT_SECRET"} 401',
                "curl -u $SITELEAF_KEY:$SITELEAF_SECRET https://api.siteleaf.com/v2/sites",
                "GET https://api.skrapp.io/api/v2/account X-Access-Key: <your access key> 401",
                "GET https://api.skybiometry.com/fc/account/authenticate?api_key=API_KEY&api_secret=API_SECRET",
                "POST https://slack.com/api/auth.test Authorization: Bearer $SLACK_BOT_TOKEN 200",
                "GET https://us-zipcode.api.smartystreets.com/lookup?auth-id=YOUR+AUTH-ID&auth-token=YOUR+AUTH-TOKEN&zipcode=94035",
                "curl -u $SMOOCH_KEY_ID:$SMOOCH_SECRET https://api.smooch.io/v2/apps",
                "curl -u ${SNIPCART_SECRET_KEY}: https://app.snipcart.com/api/orders 401",
                "GET https://snyk.io/api/v1/user/me Authorization: token $SNYK_TOKEN",
                "curl -u ${SONAR_TOKEN}: https://sonarcloud.io/api/authentication/validate",
                "POST https://sourcegraph.com/.api/graphql Authorization: token $SRC_ACCESS_TOKEN 401",
                "POST https://api.speechtext.ai/recognize?key=YOUR_API_KEY&language=en-US&format=m4a 401",
                "GET https://api.us1.signalfx.com/v2/dashboard X-Sf-Token: <ACCESS_TOKEN> 401",
                "GET https://api.spoonacular.com/recipes/random?apiKey={API_KEY}&number=1",
                "GET https://soccer.sportmonks.com/api/v2.0/leagues?api_token=YOUR_TOKEN",
                "GET https://connect.squareupsandbox.com/v2/merchants Authorization: Bearer {{square_access_token}} 401",
                "GET https://api.stockdata.org/v1/data/quote?symbols=AAPL,TSLA&api_token=YOUR_API_TOKEN",
                "GET https://api.stormglass.io/v2/weather/point?lat=58.7984&lng=17.8081&params=windSpeed Authorization: $STORMGLASS_KEY",
                "GET https://api.storyblok.com/v1/cdn/spaces/me/?token=<your-token> 401",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"simvoly site {digits(6)} member {digits(7)} joined group {rng.randint(1, 40)}",
                f"sinch batch {b62(26)} to +4475{digits(8)} delivered",
                f"sirv image /{word()}/{word()}-{digits(4)}.jpg resized to {rng.randint(100, 1600)}px",
                f"siteleaf site {hexs(24)} published",
                f"skrapp credits left {rng.randint(1, 500)} of 1000",
                f"skybiometry face {hexs(32)} detected with confidence {rng.randint(50, 99)}",
                f"slack channel C{b62(10).upper()} user U{b62(10).upper()} ts {digits(10)}.{digits(6)} posted",
                f"slack team T{b62(8).upper()} workspace {word()}-{word()} joined",
                f"smartystreets lookup zipcode 9{digits(4)} state CA matched {rng.randint(1, 9)} candidates",
                f"smooch app {hexs(24)} conversation {hexs(24)} closed",
                f"snipcart order token {draw.uuid()} completed",
                f"snowflake account xy{digits(5)}.eu-central-1 warehouse {word().upper()}_WH query {draw.uuid()} ran",
                f"snowflake id {rng.randint(10**17, 10**18)} assigned to message",
                f"snyk project {draw.uuid()} issue SNYK-JS-{word().upper()}-{digits(7)} fixed",
                f"sonarcloud project acme_{word()} analysis {b62(20)} quality gate passed",
                f"sourcegraph search repo:^github\\.com/acme/{word()}$ {word()} returned {rng.randint(1, 900)} results",
                f"speechtext job {draw.uuid()} transcribed {rng.randint(1, 90)}s",
                f"splunk search sid {digits(10)}.{digits(5)} finished",
                f"spoonacular recipe {digits(6)} has {rng.randint(1, 20)} ingredients",
                f"sportsmonk fixture {digits(8)} league {digits(3)} kicked off",
                f"square location L{b62(12).upper()} payment {b62(29)} completed",
                f"square web payments application id sq0idp-{b62(22)} location L{b62(12).upper()} loaded",
                f"squarespace site {hexs(24)} order {digits(5)} fulfilled",
                f"sslmate cert www.{word()}.example.com renewed, expires 2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                f"statuspal incident {digits(6)} resolved on acme-status",
                f"stitchdata source {digits(6)} extraction {digits(7)} completed",
                f"stockdata quote {rng.choice(['AAPL', 'MSFT', 'TSLA', 'NVDA'])} {rng.randint(100, 900)}.{digits(2)} USD",
                f"storecove legal entity {digits(6)} document {draw.uuid()} sent",
                f"stormboard storm {digits(7)} idea {digits(8)} added",
                f"stormglass point 58.{digits(4)},17.{digits(4)} windSpeed {rng.randint(1, 30)}.{digits(1)}",
                f"storyblok space {digits(6)} story {word()}-{word()} published",
                f"storychief story {digits(6)} scheduled",
            ]
        ),
        "configs": lambda: rng.choice(
            [
                f"SNOWFLAKE_ACCOUNT=xy{digits(5)}-acme SNOWFLAKE_USER={word()} SNOWFLAKE_WAREHOUSE=COMPUTE_WH",
                f"Server=tcp:db-{rng.randint(1, 9)}.acme.internal,1433;Database={word()};Integrated Security=True;Encrypt=True;",
                f"Data Source=sql-{word()}.acme.local;Initial Catalog=billing;Trusted_Connection=yes;",
                f"SQUARE_APPLICATION_ID=sq0idp-{b62(22)} SQUARE_LOCATION_ID=L{b62(12).upper()} SQUARE_ENVIRONMENT=sandbox",
                f"SLACK_CHANNEL=#{word()}-alerts SLACK_TEAM_ID=T{b62(8).upper()}",
                f"STORYBLOK_SPACE_ID={digits(6)} STORYBLOK_REGION=eu",
                "SPLUNK_REALM=us1 SPLUNK_INGEST_URL=https://ingest.us1.signalfx.com",
                f"SMARTY_AUTH_ID={draw.uuid()} SMARTY_LICENSE=us-core-cloud",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"slack of {rng.randint(1, 30)} minutes left in the {word()} schedule",
                f"square footage {rng.randint(20, 400)} for {word()} room",
                f"snowflake schema with {rng.randint(2, 40)} dimension tables for {word()}",
                f"splunk forwarder on {word()}-{rng.randint(1, 9)} restarted",
                f"storm glass reading {rng.randint(950, 1050)} hPa at {word()} station",
            ]
        ),
        "short-values": draw.provider_short_values,
        "cli-variables": lambda: rng.choice(
            [
                f"curl -H 'x-api-key: ${draw.prov().upper()}_API_KEY' https://api.{draw.prov()}.com/v1/me",
                "snyk auth $SNYK_TOKEN",
                "snowsql -a $SNOWFLAKE_ACCOUNT -u $SNOWFLAKE_USER",
                "sqlcmd -S tcp:db-1.acme.internal,1433 -d orders -E",
                "src login https://sourcegraph.com",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
