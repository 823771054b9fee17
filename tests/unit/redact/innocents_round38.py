"""Innocent lookalikes for the round-38 held-out measure (issue #17).

Each kind imitates a shape the round-38 families have (a provider's name shortly before a
token, a request line with the token in a query, a header or ``curl -u``, a prefix, a config of
a provider's own) and is not a secret, written from the non-secret values the picked providers'
public docs and tools show: scraping services' target URLs, render and job ids, Screenshot
API's image sizes, Scrutinizer's inspection numbers, Segment's workspace slugs and write-key
placeholders, SelectPDF's page settings, Sendbird's application ids (public in every client),
channel URLs and message ids, SendGrid's message ids and template ids (``d-`` and 32 hex),
Brevo's campaign numbers, Sentry's project and organization numbers, event ids, issue ids and
releases (its DSN's key is taken on purpose, rule sentry-dsn: round 38's first draw put one here,
redrawn after the measurement), SerpApi
queries, Sheety's project paths, SherpaDesk ticket numbers, Shopify shop domains, order numbers
and product ids, Shortcut story numbers, Shotstack render ids, Shutterstock image ids,
Signable envelope fingerprints, SignalWire space names and project ids (UUIDs, not secrets),
Signaturit signature ids, SignUpGenius sign-up ids, SigOpt experiment numbers, SimFin company
ids and tickers, Simplesat survey ids and SimplyNoted order numbers; request lines whose key is a
variable or the docs' own placeholder (``YOUR_API_KEY``, ``<token>``, ``{API_KEY}``), settings
that name no key, and the everyday senses of the names that are words (a segment, a shortcut).
``python -m tests.unit.redact.heldout_round38`` prints how many are touched; a test holds them at
none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-38 keyword-near-token families
PROVIDERS = (
    "scrapeowl scraperbox scrapestack scrapfly scrapingant scrapingbee screenshotapi screenshotlayer scrutinizer "
    "segment selectpdf sendbird sentry serphouse serpstack sheety sherpadesk shortcut shotstack shutterstock "
    "signable signalwire signaturit signupgenius sigopt simfin simplesat simplynoted"
).split()

# the providers whose keys are longer than 16 characters: 16 hex after the others is their key's shape
_LONG_KEYED = tuple(p for p in PROVIDERS if p != "shutterstock")


def lookalikes(seed: int = 197, count: int = 600) -> list[tuple[str, str]]:
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
                "GET https://api.scrapeowl.com/v1/scrape?api_key=YOUR_API_KEY&url=https://example.com 401",
                "GET https://api.scrapestack.com/scrape?access_key=$SCRAPESTACK_KEY&url=https://apple.com",
                "GET https://api.scrapfly.io/scrape?key={API_KEY}&url=https://httpbin.org/status/200 401",
                "GET https://app.scrapingbee.com/api/v1/?api_key=<your api key>&url=https://httpbin.org/anything",
                "GET https://shot.screenshotapi.net/screenshot?token=TOKEN&url=https://google.com&width=1920&height=1080",
                "GET https://platform.segmentapis.com/v1beta/workspaces Authorization: Bearer $SEGMENT_TOKEN 401",
                "GET https://api-$SENDBIRD_APP_ID.sendbird.com/v3/users Api-Token: $SENDBIRD_API_TOKEN",
                "GET https://api.sendgrid.com/v3/templates Authorization: Bearer $SENDGRID_API_KEY 401",
                "GET https://api.sendinblue.com/v3/account api-key: {{brevo_api_key}} 401",
                "GET https://sentry.io/api/0/organizations/ Authorization: Bearer ${SENTRY_AUTH_TOKEN}",
                "GET https://acme-outlet.myshopify.com/admin/oauth/access_scopes.json X-Shopify-Access-Token: <token> 401",
                "GET https://api.app.shortcut.com/api/v3/projects Shortcut-Token: $SHORTCUT_API_TOKEN 401",
                "curl -u $SHUTTERSTOCK_KEY:$SHUTTERSTOCK_SECRET https://api.shutterstock.com/v2/images/search",
                "curl -u $SIGNALWIRE_PROJECT:$SIGNALWIRE_TOKEN https://acme.signalwire.com/api/laml/2010-04-01/Accounts",
                "GET https://simfin.com/api/v2/companies/list?api-key=YOUR_API_KEY 401",
                "GET https://api.simplesat.io/api/answers/ X-Simplesat-Token: [token] 403",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"scrapfly scrape of https://{word()}.example.com/{word()} took {rng.randint(2, 9000)}ms",
                f"scrapingbee credits used {rng.randint(1, 25)} for url https://{word()}.example.org",
                f"screenshotapi image {rng.randint(320, 1920)}x{rng.randint(240, 1080)} png saved",
                f"scrutinizer inspection {digits(7)} for commit {hexs(40)} passed",
                f"segment workspace {word()}-{word()} source {word()}-web tracked {rng.randint(2, 900)} events",
                f"sendbird app {draw.uuid().upper()} channel sendbird_group_channel_{digits(9)}_{hexs(40)} created",
                f"sendgrid message {b62(22)}.filter{digits(4)}p1las1-{digits(5)}-{hexs(8).upper()}-{rng.randint(1, 40)}.0 delivered",
                f"sendgrid template d-{hexs(32)} rendered",
                f"sentry event {hexs(32)} issue {digits(10)} in release {word()}@{rng.randint(1, 9)}.{rng.randint(0, 30)}.0",
                f"sentry project {digits(7)} in org o{digits(6)} configured",
                f"shopify order #{digits(4)} on {word()}-store.myshopify.com product {digits(13)} shipped",
                f"shortcut story sc-{digits(5)} moved to done",
                f"shotstack render {draw.uuid()} queued",
                f"shutterstock image {digits(10)} licensed for {word()} campaign",
                f"signalwire space {word()}-voice.signalwire.com project {draw.uuid()} call {draw.uuid()} ended",
                f"signaturit signature {draw.uuid()} completed",
                f"signupgenius sign-up {digits(8)} has {rng.randint(1, 90)} slots",
                f"sigopt experiment {digits(6)} observation {digits(8)} recorded",
                f"simfin company {digits(6)} ticker {rng.choice(['AAPL', 'MSFT', 'SAP', 'ASML'])} loaded",
                f"simplynoted order {digits(7)} card mailed",
            ]
        ),
        "configs": lambda: rng.choice(
            [
                f"SENTRY_ORG={word()} SENTRY_PROJECT={word()}-web SENTRY_ENVIRONMENT=production",
                f"SHOPIFY_SHOP={word()}-store.myshopify.com SHOPIFY_API_VERSION=2024-04",
                f"SENDBIRD_APP_ID={draw.uuid().upper()} SENDBIRD_REGION=eu-1",
                f"SIGNALWIRE_SPACE={word()}-voice.signalwire.com SIGNALWIRE_PROJECT_ID={draw.uuid()}",
                "SEGMENT_WORKSPACE=acme-analytics SEGMENT_SOURCE=web",
                "SCRAPINGBEE_RENDER_JS=false SCRAPINGBEE_PREMIUM_PROXY=true",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"segment {rng.randint(1, 90)} of {word()} upload retried",
                f"shortcut ctrl+shift+{rng.choice('abcdefkp')} bound to {word()}",
                f"sentry on duty at {word()} gate since {rng.randint(1, 12)} o'clock",
                f"signable fields on the {word()} form: {rng.randint(1, 9)}",
            ]
        ),
        "short-values": Draw(rng, _LONG_KEYED).provider_short_values,
        "cli-variables": lambda: rng.choice(
            [
                f"curl -H 'x-api-key: ${draw.prov().upper()}_API_KEY' https://api.{draw.prov()}.com/v1/me",
                "curl -u $SIGOPT_API_TOKEN: https://api.sigopt.com/v1/experiments",
                "sentry-cli releases new -p web $VERSION --org acme",
                "shopify app deploy --force --path ./extensions",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
