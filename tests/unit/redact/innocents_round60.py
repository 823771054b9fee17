"""Innocent lookalikes for the round-60 held-out measure (issue #17).

Each kind imitates a shape the round-60 families (35 Kingfisher files, ``pipedrive`` to
``rentman``) have and is not a secret, written from the public values the picked providers' docs
and tools show, not from our rules: Pipedrive deal and person ids, Pixabay image ids, PlanetScale
branch and database names and service token ids, Planyo reservation ids, Podio item ids, PollsAPI
poll ids, Polygon tickers and aggregates, coordinates (positionstack), PostageApp message uids,
Postgres URLs without a password, PostHog person and distinct ids, Postman collection and workspace ids, Postmark message ids, Powrbot
company lookups, Prefect flow run ids, Privacy.com card ids (a UUID), ProdPad idea ids,
Prospect CRM contact ids, protocols.io DOIs, ProxyCrawl request ids, Pulumi stack names and update
ids, PyPI package versions and file hashes, Qase test case codes, Qualaroo nudge ids, Qubole
command ids, AMQP URLs without a password, RapidAPI hosts, Raven Tools domains, RAWG game ids,
ReachMail list ids, ReadMe versions and project subdomains, Really Simple Systems account ids,
Rebrandly short links, Refiner user ids, Rentman project numbers; request lines whose key is a
variable or the docs' placeholder; prefixes named in prose; the everyday words among the provider
names (polygon, privacy, prefect, prospect, protocols, raven, readme, postgres).  The provider
word is the provider's name, never a file name carrying a credential word (round 57's finding):
``prospect`` for ``prospectcrm.yml`` and ``protocols`` for ``protocolsio.yml`` as the rules ask;
no file name of this round holds a credential word.
``python -m tests.unit.redact.heldout_round60`` prints how many are touched; a test holds them at
none.  Four lines were corrected after the measurement, one for one so that every other line is
drawn as before, since the library takes their shapes by design: a URL's password (``user:password@``,
``guest:guest@``; url-password takes every one), PostHog's ``phc_`` project key (posthog-project-key
takes it) and ``card token <uuid>`` (a token after the word token); the held-out lookalike figure
(14/600) is the corpus as first committed (0c7dd19).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-60 families (each begins one or more of the families' ids)
PROVIDERS = (
    "pipedrive pixabay planetscale planyo podio pollsapi polygon positionstack postageapp postgres posthog "
    "postman postmark powrbot prefect privacy prodpad prospect protocols proxycrawl pulumi pypi qase qualaroo "
    "qubole rabbitmq rapidapi raven rawg reachmail readme reallysimplesystems rebrandly refiner rentman"
).split()


def lookalikes(seed: int = 331, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    def price() -> str:
        return f"{rng.randint(10, 900)}.{digits(2)}"

    def coords() -> str:
        return f"{rng.randint(-80, 80)}.{digits(4)},{rng.randint(-170, 170)}.{digits(4)}"

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "provider-short-values": draw.provider_short_values,
        "request-lines": lambda: rng.choice(
            [
                "GET https://acme.pipedrive.com/api/v1/users?api_token=YOUR_API_TOKEN",
                "GET https://pixabay.com/api/?key={ KEY }&q=yellow+flowers&image_type=photo",
                "curl -H 'Authorization: $PLANETSCALE_SERVICE_TOKEN_ID:$PLANETSCALE_SERVICE_TOKEN' https://api.planetscale.com/v1/organizations",
                "GET https://www.planyo.com/rest/?method=get_site_info&api_key=YOUR_API_KEY",
                "curl -H 'Authorization: OAuth2 <access_token>' https://api.podio.com/user",
                "curl -H 'api-key: <YOUR_API_KEY>' https://api.pollsapi.com/v1/get/polls",
                "GET https://api.polygon.io/v2/aggs/ticker/AAPL/prev?apiKey=*",
                "GET https://api.positionstack.com/v1/forward?access_key=YOUR_ACCESS_KEY&query=Berlin",
                "curl -X POST -d '{\"api_key\": \"PROJECT_API_KEY\"}' https://api.postageapp.com/v.1.0/get_account_info.json",
                "curl 'https://app.posthog.com/api/event/?personal_api_key=$POSTHOG_PERSONAL_API_KEY'",
                "curl -H \"x-api-key: $POSTMAN_API_KEY\" https://api.getpostman.com/collections",
                "curl -H 'X-Postmark-Server-Token: server token' https://api.postmarkapp.com/deliverystats",
                "curl -H 'X-Postmark-Server-Token: POSTMARK_API_TEST' https://api.postmarkapp.com/email",
                "curl -H 'Authorization: secret-key <your secret key>' 'https://powrbot.com/api/v1/search/single/?company=Apple'",
                "curl -H \"Authorization: Bearer $PREFECT_API_KEY\" https://api.prefect.cloud/api/me/",
                "curl -H 'Authorization: api-key YOUR_API_KEY' 'https://sandbox.privacy.com/v1/cards?page=1'",
                "curl -H 'Authorization: Bearer {{PRODPAD_API_KEY}}' https://api.prodpad.com/v1/tags",
                "curl -H 'Authorization: Bearer <api key>' https://api-batch-v1.prospect365.com/Contacts",
                "curl -H 'Authorization: Bearer [YOUR_ACCESS_TOKEN]' https://www.protocols.io/api/v3/session/profile",
                "GET https://api.proxycrawl.com/leads?token=YOUR_TOKEN&domain=google.com",
                "curl -H \"Authorization: token $PULUMI_ACCESS_TOKEN\" https://api.pulumi.com/api/user/stacks",
                "twine upload -u __token__ -p $PYPI_API_TOKEN dist/*",
                "curl -H 'Token: <YOUR_API_TOKEN>' https://api.qase.io/v1/project",
                "curl -H 'Authorization: Basic <base64 of key:secret>' https://api.qualaroo.com/api/v1/nudges",
                "curl -H 'X-AUTH-TOKEN: $AUTH_TOKEN' https://us.qubole.com/api/v1.2/account",
                "curl -H 'x-rapidapi-key: SIGN-UP-FOR-KEY' -H 'x-rapidapi-host: covid-19-tracking.p.rapidapi.com' https://covid-19-tracking.p.rapidapi.com/v1",
                "GET https://api.raventools.com/api?key=YOUR_KEY&method=domains&format=json",
                "GET https://api.rawg.io/api/games?key=YOUR_API_KEY&page_size=20",
                "curl -H 'Authorization: Bearer <token>' https://services.reachmail.net/administration/users/current",
                "curl --user \"$README_API_KEY:\" https://dash.readme.com/api/v1/version",
                "curl -H 'Authorization: Bearer {api_key}' https://apiv4.reallysimplesystems.com/accounts",
                "curl -H 'apikey: YOUR_API_KEY' https://api.rebrandly.com/v1/links",
                "curl -X POST -H 'Authorization: Bearer YOUR_API_KEY' -d 'id=Your-User-Id' https://api.refiner.io/v1/identify-user",
                "curl -H 'Authorization: Bearer <JWT token>' https://api.rentman.net/projects",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"pipedrive deal {digits(5)} moved to stage {rng.randint(1, 9)} for person {digits(6)}",
                f"pixabay image {digits(7)} by user {digits(8)} downloaded {rng.randint(1, 9000)} times",
                f"planetscale branch {word()}-{digits(4)} of database {word()} deployed, token id {b62(12).lower()}",
                f"planyo reservation {digits(8)} for resource {digits(6)} confirmed",
                f"podio item {digits(10)} in app {digits(8)} updated",
                f"pollsapi poll {hexs(24)} got {rng.randint(1, 900)} votes",
                f"polygon ticker AAPL open {price()} close {price()} volume {digits(8)}",
                f"positionstack forward geocode {coords()} confidence 0.{digits(2)}",
                f"postageapp message uid {uuid()} delivered",
                f"postgres connection postgresql://{word()}@db.internal:5432/{word()} ok",
                f"posthog person {b62(43)[:12].lower()} merged into distinct id {uuid()}",
                f"postman collection {digits(8)}-{uuid()} run {rng.randint(1, 90)} passed",
                f"postmark message id {uuid()} bounced (HardBounce)",
                f"powrbot lookup for company {word()}.com returned {rng.randint(1, 40)} people",
                f"prefect flow run {uuid()} state Completed in {rng.randint(1, 900)}s",
                f"privacy card {uuid()} paused, last four {digits(4)}",
                f"prodpad idea #{digits(4)} '{word()} {word()}' moved to roadmap",
                f"prospect contact {digits(7)} assigned to {word()}",
                f"protocols doi dx.doi.org/10.17504/protocols.io.{b62(8).lower()} published",
                f"proxycrawl request rid {hexs(24)} status 200",
                f"pulumi stack {word()}/{word()}/prod update {uuid()} succeeded",
                f"pypi {word()}-{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.tar.gz sha256 {hexs(64)}",
                f"qase test case {word().upper()[:4]}-{rng.randint(1, 900)} passed in run {digits(4)}",
                f"qualaroo nudge {digits(5)} shown {rng.randint(1, 9000)} times",
                f"qubole command {digits(8)} finished on cluster {digits(5)}",
                f"rabbitmq queue {word()}.{word()} has {rng.randint(0, 9000)} messages on amqp://mq.internal:5672/",
                f"rapidapi host {word()}-{word()}.p.rapidapi.com quota {rng.randint(1, 900)}/1000",
                f"raven domain {word()}.com rank {rng.randint(1, 100)} for keyword '{word()}'",
                f"rawg game {digits(6)} '{word()} {word()}' rating {rng.randint(1, 4)}.{digits(2)}",
                f"reachmail list {uuid()} has {rng.randint(1, 90000)} recipients",
                f"readme project {word()}-docs version v{rng.randint(1, 9)}.{rng.randint(0, 9)} published",
                f"reallysimplesystems account {digits(6)} contact {digits(7)} created",
                f"rebrandly link rebrand.ly/{b62(6).lower()} clicked {rng.randint(1, 9000)} times",
                f"refiner user id {uuid()} answered survey {hexs(8)}",
                f"rentman project {digits(4)} equipment {digits(5)} booked",
            ]
        ),
        "placeholders": lambda: rng.choice(
            [
                "POSTHOG_PERSONAL_API_KEY=phx_...",
                "PREFECT_API_KEY=pnu_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "PULUMI_ACCESS_TOKEN=pul-<your token>",
                "POSTMAN_API_KEY=PMAK-<your key>",
                "PLANETSCALE_SERVICE_TOKEN=${{ secrets.PLANETSCALE_SERVICE_TOKEN }}",
                "password = pypi-<your token>",
                "README_API_KEY=rdme_REPLACE_ME",
                "postmark_server_token: changeme",
                "RAPIDAPI_KEY=\"{{ vault_rapidapi_key }}\"",
                "DATABASE_URL=postgres://app@localhost:5432/app",
                "CELERY_BROKER_URL=amqp://localhost:5672//",
                "PRODPAD_API_KEY=your_api_key_here",
            ]
        ),
        "prefix-lookalikes": lambda: rng.choice(
            [
                "PostHog personal API keys start with phx_, project keys with phc_",
                "Prefect API keys begin with pnu_",
                "Pulumi access tokens begin with pul-",
                "Postman API keys start with PMAK-",
                "PlanetScale service tokens begin with pscale_tkn_",
                "PyPI upload tokens start with pypi- and are sent with the user __token__",
                "ReadMe API keys begin with rdme_",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"the polygon secret layer renders {rng.randint(3, 90)} vertices for the {word()} mesh",
                f"privacy policy: access tokens are kept for {rng.randint(2, 90)} days",
                f"prefect access key rotation is tracked in ticket {digits(4)}",
                f"prospect private key ceremony scheduled for {word()}",
                "protocols access token exchange described in RFC 8693",
                f"raven token of the {word()} team mascot",
                f"readme: private key files must not be committed ({word()}.pem)",
                f"postgres secret for {word()} comes from the vault, see runbook {digits(3)}",
            ]
        ),
        "provider-hex-ids": lambda: rng.choice(
            [
                f"pollsapi poll {hexs(24)} closed",
                f"qubole query {hexs(32)} cached",
                f"rawg request {hexs(32)} served",
                f"podio webhook {uuid()} verified",
                f"postmark template {uuid()} saved",
                f"privacy transaction {uuid()} settled",
                f"refiner survey {uuid()} shown",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
