"""Innocent lookalikes for the round-61 held-out measure (issue #17).

Each kind imitates a shape the round-61 families (35 Kingfisher files, ``replicate`` to
``sherpadesk``) have and is not a secret, written from the public values the picked providers'
docs and tools show, not from our rules: Replicate model versions (64 hex) and prediction ids,
Reply.io campaign ids, Request Finance invoice numbers and request ids, Restpack render URLs,
RiteKit hashtag statistics, RocketReach profile ids, Rockset collections and query ids, Route4Me
route and optimization ids (32 upper-case hex, the keys' shape), RubyGems versions and checksums,
SalesBlink sequence ids, Salescookie transaction ids, Salesflare contact ids, Salesforce record
and org ids, Scaleway server and project ids (UUIDs), scraping services' job and log ids,
screenshot ids, Scrutinizer inspections, SecurityTrails DNS records, SelectPDF conversions,
Semaphore message ids, Sendbird application ids and group channel URLs, SendGrid message and
template ids, Sentry event ids, SerpHouse and serpstack searches, SherpaDesk ticket keys; request
lines whose key is a variable or the docs' placeholder; the everyday words among the provider
names (replicate, semaphore, sentry, route).  The provider word is the provider's name, never a
file name (round 57's finding): ``scaleway`` for ``scalewaykey.yml``, ``scrutinizer`` for
``scrutinizerci.yml``, ``sentry`` for ``sentrytoken.yml`` and ``restpack`` for Restpack's three
files, as the rules ask.
``python -m tests.unit.redact.heldout_round61`` prints how many are touched; a test holds them at
none.  No line was redrawn after the measurement: the 13 of 600 the library took at the round's seed
(placeholders ``r8_...`` and ``00D...!...``, Route4Me's demo key of 32 ones) are kept by the
round-61 changes, and the held-out lookalike figure (13/600) is this corpus as first committed
(58aa291).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-61 families (each begins one or more of the families' ids)
PROVIDERS = (
    "replicate replyio requestfinance restpack ritekit rocketreach rockset route4me rubygems salesblink "
    "salescookie salesflare salesforce scaleway scrapeowl scraperapi scraperbox scrapestack scrapfly "
    "scrapingant scrapingbee screenshotapi screenshotlayer scrutinizer securitytrails selectpdf semaphore "
    "sendbird sendgrid sentry serphouse serpstack sherpadesk"
).split()

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def lookalikes(seed: int = 337, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    def price() -> str:
        return f"{rng.randint(10, 900)}.{digits(2)}"

    def ulid() -> str:
        return "01H" + "".join(rng.choice(_CROCKFORD) for _ in range(23))

    def ip() -> str:
        return ".".join(str(rng.randint(1, 254)) for _ in range(4))

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "provider-short-values": draw.provider_short_values,
        "request-lines": lambda: rng.choice(
            [
                "curl -H \"Authorization: Token $REPLICATE_API_TOKEN\" https://api.replicate.com/v1/predictions",
                "curl -H 'X-Api-Key: <your api key>' https://api.reply.io/v1/people",
                "curl -H 'Authorization: YOUR_API_KEY' https://api.request.finance/invoices",
                "GET https://restpack.io/api/screenshot/usage?access_token=YOUR_ACCESS_TOKEN",
                "curl -H 'X-Access-Token: {{ restpack_token }}' https://restpack.io/api/html2pdf/usage",
                "GET https://api.ritekit.com/v1/stats/multiple-hashtags?tags=hello&client_id=YOUR_CLIENT_ID",
                "curl -H 'Api-Key: <api key>' https://api.rocketreach.co/v2/api/account",
                "curl -H \"Authorization: ApiKey $ROCKSET_APIKEY\" https://api.rs2.usw2.rockset.com/v1/orgs/self/queries",
                "GET https://api.route4me.com/api.v4/address_book.php?api_key=11111111111111111111111111111111",
                "curl -H \"Authorization:$RUBYGEMS_API_KEY\" https://rubygems.org/api/v1/gems.json",
                "curl -H 'Authorization: <your api key>' https://run.salesblink.io/api/public/lists",
                "curl -X POST -H 'X-ApiKey: YOUR_API_KEY' https://salescookie.com/app/Api/CreateTransaction",
                "curl -H 'Authorization: Bearer ${SALESFLARE_API_KEY}' https://api.salesflare.com/me/contacts",
                "curl -H 'Authorization: Bearer <access_token>' 'https://MyDomainName.my.salesforce.com/services/data/v58.0/query?q=SELECT+name+from+Account'",
                "curl -H \"X-Auth-Token: $SCW_SECRET_KEY\" https://api.scaleway.com/instance/v1/zones/fr-par-1/servers",
                "GET https://api.scrapeowl.com/v1/scrape?api_key=YOUR_API_KEY&url=https://example.com",
                "GET https://api.scraperapi.com?api_key=APIKEY&url=http://httpbin.org/ip",
                "GET https://api.scraperbox.com/scrape?token=YOUR_API_TOKEN&url=https://google.com",
                "GET https://api.scrapestack.com/scrape?access_key=YOUR_ACCESS_KEY&url=https://apple.com",
                "GET https://api.scrapfly.io/scrape?key=__API_KEY__&url=https://httpbin.dev/html",
                "GET https://api.scrapingant.com/v2/general?url=example.com&x-api-key=<YOUR_SCRAPINGANT_API_KEY>",
                "GET https://app.scrapingbee.com/api/v1/?api_key=YOUR-API-KEY&url=https://example.com",
                "GET https://shot.screenshotapi.net/screenshot?token=TOKEN&url=https://google.com",
                "GET https://api.screenshotlayer.com/api/capture?access_key=YOUR_ACCESS_KEY&url=https://google.com",
                "GET https://scrutinizer-ci.com/api/repositories/g/acme/app?access_token=<token>",
                "curl -H 'APIKEY: your_api_key' https://api.securitytrails.com/v1/ping",
                "GET https://selectpdf.com/api2/convert/?key=your-license-key&url=https://selectpdf.com",
                "GET https://api.semaphore.co/api/v4/account?apikey={{apikey}}",
                "curl -H 'Api-Token: {API_TOKEN}' https://api-{application_id}.sendbird.com/v3/users",
                "curl -H \"Authorization: Bearer $SENDGRID_API_KEY\" https://api.sendgrid.com/v3/scopes",
                "curl -H 'Authorization: Bearer <auth_token>' https://sentry.io/api/0/projects/",
                "curl -H 'Authorization: Bearer API_TOKEN' https://api.serphouse.com/account/info",
                "GET https://api.serpstack.com/search?access_key=YOUR_ACCESS_KEY&query=mcdonalds",
                "curl -u 'x:<api token>' https://api.sherpadesk.com/organizations/",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"replicate model stability-ai/sdxl version {hexs(64)} started prediction {b62(26).lower()}",
                f"replyio campaign {digits(6)} sent {rng.randint(1, 900)} emails, {rng.randint(0, 90)} replies",
                f"requestfinance invoice {digits(5)} of {price()} USDC paid, request id 01{hexs(64)}",
                f"restpack render of https://{word()}.example.com stored at cdn.restpack.io/{hexs(32)}.png",
                f"ritekit hashtag #{word()} score {rng.randint(1, 100)} retweets {rng.randint(1, 9000)}",
                f"rocketreach profile {digits(8)} lookup status complete",
                f"rockset collection commons.{word()} query {uuid()} took {rng.randint(1, 900)}ms",
                f"route4me route_id {hexs(32).upper()} optimization {hexs(32).upper()} done",
                f"rubygems {word()}-{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.gem sha256 {hexs(64)} pushed",
                f"salesblink sequence {hexs(24)} step {rng.randint(1, 9)} sent",
                f"salescookie transaction id-{digits(4)} closed won revenue {price()}",
                f"salesflare account {digits(7)} contact {digits(8)} synced",
                f"salesforce account 001{b62(15)} owner 005{b62(15)} in org 00D{b62(12)}",
                f"scaleway server {uuid()} in fr-par-1 started, project {uuid()}",
                f"scrapeowl request for https://{word()}.example.com returned {rng.randint(1, 90000)} bytes",
                f"scraperapi job {uuid()} status finished, {rng.randint(1, 25)} credits",
                f"scraperbox scrape of https://{word()}.example.com took {rng.randint(1, 9000)}ms",
                f"scrapestack request {digits(9)} country us status 200",
                f"scrapfly log {ulid()} cost {rng.randint(1, 30)} credits",
                f"scrapingant proxy country DE status 200 for https://{word()}.example.com",
                f"scrapingbee spb-cost {rng.randint(1, 75)} resolved-url https://{word()}.example.com",
                f"screenshotapi capture {uuid()} 1920x1080 saved",
                f"screenshotlayer capture of {word()}.com width 1440 delay {rng.randint(1, 9)}s",
                f"scrutinizer inspection {uuid()} for commit {hexs(40)} passed, quality {rng.randint(1, 9)}.{digits(2)}",
                f"securitytrails domain {word()}.com has {rng.randint(1, 900)} subdomains, A record {ip()}",
                f"selectpdf conversion of https://{word()}.example.com: {rng.randint(1, 90)} pages",
                f"semaphore message_id {digits(8)} to 0917{digits(7)} status Sent",
                f"sendbird application {uuid().upper()} channel sendbird_group_channel_{digits(9)}_{hexs(40)}",
                f"sendgrid template d-{hexs(32)} rendered for {rng.randint(1, 9000)} recipients",
                f"sentry event {hexs(32)} grouped into issue {digits(10)}",
                f"serphouse search {digits(8)} for '{word()} {word()}' returned {rng.randint(1, 100)} results",
                f"serpstack search '{word()}' page {rng.randint(1, 9)} took {rng.randint(1, 900)}ms",
                f"sherpadesk ticket {b62(6).lower()} in organization {b62(6).lower()}-{b62(6).lower()} closed",
            ]
        ),
        "placeholders": lambda: rng.choice(
            [
                "REPLICATE_API_TOKEN=r8_...",
                "REPLICATE_API_TOKEN=r8_<your token>",
                "SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "RUBYGEMS_API_KEY=rubygems_<your key>",
                "SENTRY_AUTH_TOKEN=${{ secrets.SENTRY_AUTH_TOKEN }}",
                "SCW_SECRET_KEY=\"{{ vault_scaleway_secret_key }}\"",
                "SALESFORCE_ACCESS_TOKEN=00D...!...",
                "scrapfly_key: scp-live-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                "SCRAPINGBEE_API_KEY=your_api_key_here",
                "salesblink_token: key-<your key>",
                "ROCKSET_APIKEY=changeme",
            ]
        ),
        "prefix-lookalikes": lambda: rng.choice(
            [
                "Replicate API tokens start with r8_",
                "RubyGems API keys begin with rubygems_",
                "SendGrid API keys start with SG. and have three dot-separated parts",
                "Salesforce access tokens start with the org id (00D...) followed by !",
                "Scrapfly keys begin with scp-live- or scp-test-",
                "SalesBlink API keys start with key-",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"replicate the access token cache to region {word()}-{rng.randint(1, 9)} before failover",
                f"semaphore token count is {rng.randint(0, 9)} of {rng.randint(10, 64)} for the {word()} pool",
                f"sentry secret rotation runbook {digits(3)} reviewed by {word()}",
                f"route private key requests through the {word()} proxy",
                "the semaphore access key guards the shared buffer",
                f"sentry duty: access tokens audited for team {word()}",
            ]
        ),
        "provider-hex-ids": lambda: rng.choice(
            [
                f"replicate version {hexs(64)} cached",
                f"route4me member {hexs(32).upper()} synced",
                f"sentry issue {hexs(32)} resolved",
                f"sendbird message {hexs(24)} delivered",
                f"scaleway volume {uuid()} attached",
                f"selectpdf job {uuid()} done",
                f"scrapfly session {hexs(32)} reused",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
