"""Innocent lookalikes for the round-48 held-out measure (issue #17).

Each kind imitates a shape the round-48 families have (a provider's name shortly before a
token, a request line with the token in a query, a header or ``curl -u``, a URL with a user
part, a prefixed token's prefix, a credential word before a value) and is not a secret, written
from the non-secret values the picked providers' public docs and tools show: Abstract's
validation verdicts, Apifonica message ids, Baremetrics plan ids, Captain Data workflow ids,
Edamam recipe ids and its public app id, Flowlu account names, GitHub App ids and installation
ids, Humanity shift ids, Kraken order and trade ids, container manifests, Netlify site and
deploy ids, Owlbot definitions, Powrbot company names, Roaring organisation numbers, Sendbird
channel URLs, The Odds API sport keys, Yousign signature request ids, Artifactory repository
paths, Heroku app names and release numbers, HockeyApp app ids, SonarQube project keys and
analysis ids, Cloudinary cloud names and upload URLs, Databricks workspace URLs and cluster ids,
Slack channel and team ids, Stripe publishable keys and object ids, Google OAuth client ids,
Mailchimp list ids, Mailgun domains, NuGet package ids, PayPal order ids, Braintree merchant ids,
SendGrid template ids; URLs with a user and no password, or a password from the environment;
request lines whose key is a variable or the docs' own placeholder; settings that name no key;
the credential words of the generic patterns before values that are not secrets (``token=``
with a placeholder or a word, a secret's version or name, a password policy, ``sshpass -e``);
and the everyday senses of the names that are words (an abstract class, a kraken, a manifest,
humanity, a roaring crowd).
``python -m tests.unit.redact.heldout_round48`` prints how many are touched; a test holds them
at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-48 keyword-near-token families
PROVIDERS = (
    "abstract apifonica baremetrics captaindata edamam flowflu github humanity kraken manifest netlify "
    "owlbot powrbot roaring sendbird theoddsapi yousign artifactory heroku hockeyapp sonar"
).split()


def lookalikes(seed: int = 257, count: int = 600) -> list[tuple[str, str]]:
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
                "GET https://emailvalidation.abstractapi.com/v1/?api_key=YOUR_API_KEY&email=test@example.com",
                "GET https://api.baremetrics.com/v1/account Authorization: Bearer <API_KEY> 401",
                "GET https://api.edamam.com/api/recipes/v2?type=public&q=lentils&app_id=${EDAMAM_APP_ID}&app_key=${EDAMAM_APP_KEY}",
                "GET https://api.netlify.com/api/v1/sites Authorization: Bearer $NETLIFY_AUTH_TOKEN 401",
                "GET https://owlbot.info/api/v4/dictionary/owl Authorization: Token YOUR_TOKEN",
                "GET https://api.the-odds-api.com/v4/sports/?apiKey={apiKey}",
                "GET https://api.yousign.com/users Authorization: Bearer {{YOUSIGN_API_KEY}} 401",
                "curl -n https://api.heroku.com/apps -H 'Accept: application/vnd.heroku+json; version=3'",
                "GET https://rink.hockeyapp.net/api/2/apps X-HockeyAppToken: $HOCKEYAPP_TOKEN",
                "mvn verify sonar:sonar -Dsonar.host.url=https://sonarcloud.io -Dsonar.login=${SONAR_TOKEN}",
                "curl https://api.stripe.com/v1/charges -u $STRIPE_RESTRICTED_KEY:",
                "curl -s --user 'api:YOUR_API_KEY' https://api.mailgun.net/v3/YOUR_DOMAIN_NAME/messages",
                "dotnet nuget push Acme.Ledger.1.4.2.nupkg --api-key $NUGET_API_KEY --source https://api.nuget.org/v3/index.json",
                "POST https://api.sendgrid.com/v3/mail/send Authorization: Bearer <<YOUR_API_KEY>> 401",
                "curl -u CLIENT_ID:CLIENT_SECRET https://api-m.sandbox.paypal.com/v1/oauth2/token -d grant_type=client_credentials",
                "POST https://slack.com/api/auth.test Authorization: Bearer xoxp-your-token 401",
                "GET https://www.googleapis.com/oauth2/v3/tokeninfo?access_token=ACCESS_TOKEN",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"abstract email check for {word()}@{word()}.io: DELIVERABLE quality_score 0.{digits(2)}",
                f"apifonica message {draw.uuid()} delivered to +4930{digits(7)}",
                f"baremetrics plan {word()}-{rng.choice(['monthly', 'yearly'])} mrr {rng.randint(100, 90000)}",
                f"captaindata workflow {draw.uuid()} run {digits(6)} extracted {rng.randint(1, 900)} rows",
                f"edamam recipe id recipe_{hexs(32)} saved",
                f"flowlu account acme-{word()} invoice {digits(5)} paid",
                f"github app {digits(6)} installation {digits(8)} added to acme/{word()}",
                f"humanity shift {digits(9)} for employee {digits(7)} published",
                f"kraken order O{b62(5).upper()}-{b62(5).upper()}-{b62(6).upper()} filled 0.{digits(4)} XBT",
                f"netlify deploy {hexs(24)} of site {draw.uuid()} published",
                f"owlbot definition of {word()}: noun, {rng.randint(1, 9)} senses",
                f"powrbot company {word()}.com employees {rng.randint(10, 9000)}",
                f"roaring company 556{digits(7)} status active",
                f"sendbird channel sendbird_group_channel_{digits(9)}_{hexs(40)} created",
                f"theoddsapi sport americanfootball_nfl odds for {rng.randint(2, 20)} events",
                f"yousign signature request {draw.uuid()} done",
                f"artifactory libs-release-local/com/acme/{word()}/2.{rng.randint(0, 9)}.{rng.randint(0, 9)}/{word()}.pom deployed",
                f"heroku release v{rng.randint(10, 900)} of acme-{word()} deployed by ops@acmeledger.io",
                f"hockeyapp app {hexs(32)} version {rng.randint(1, 90)} uploaded",
                f"sonar analysis {b62(20)} for project acme_{word()} passed quality gate",
            ]
        ),
        "prefix-lookalikes": lambda: rng.choice(
            [
                f"cloudinary upload https://res.cloudinary.com/acme-{word()}/image/upload/v{digits(10)}/{word()}.jpg",
                f"CLOUDINARY_CLOUD_NAME=acme-{word()} CLOUDINARY_FOLDER={word()}",
                f"databricks cluster {digits(4)}-{digits(6)}-{word()}{digits(3)} on https://adb-{digits(16)}.{rng.randint(1, 9)}.azuredatabricks.net",
                f"slack channel C{b62(10).upper()} in team T{b62(8).upper()} archived",
                f"STRIPE_PUBLISHABLE_KEY=pk_live_{b62(24)}",
                f"stripe refund re_{b62(24)} for charge ch_{b62(24)} succeeded",
                f"google client id {digits(12)}-{hexs(32)}.apps.googleusercontent.com",
                f"mailchimp list {hexs(10)} has {rng.randint(1, 9000)} members",
                f"mailgun domain mg.{word()}.io verified, keys rotated",
                f"nuget package Acme.{word().capitalize()} 3.{rng.randint(0, 9)}.{rng.randint(0, 9)} published",
                f"paypal order {b62(17).upper()} captured {rng.randint(1, 900)}.{digits(2)} EUR",
                f"braintree merchant id {b62(16).lower()} environment production",
                f"sendgrid template d-{hexs(32)} rendered",
            ]
        ),
        "url-users": lambda: rng.choice(
            [
                f"postgres://app@db.internal:5432/{word()}",
                f"redis://cache.acmeledger.io:6379/{rng.randint(0, 15)}",
                f"git clone https://github.com/acme/{word()}-{word()}.git",
                f"git clone git@github.com:acme/{word()}.git",
                f"DATABASE_URL=mysql://root:${{MYSQL_ROOT_PASSWORD}}@127.0.0.1:3306/{word()}",
                f"mongodb://svc@mongo-0.acmeledger.io:27017/admin?authSource=admin&replicaSet=rs{rng.randint(0, 3)}",
                f"https://ci-bot@github.com/acme/{word()}.git: authentication required",
                f"amqp://rabbit.acmeledger.io:5672/{word()}",
            ]
        ),
        "generic-words": lambda: rng.choice(
            [
                f"GET /api/v1/session?user={word()}&token=&next=/ 302",
                f"redirect https://app.acmeledger.io/auth?token=expired&next=/{word()}",
                f"secret {word()}-{word()}-credentials version {rng.randint(1, 40)} created",
                f'client_secret = "${{{word().upper()}_CLIENT_SECRET}}"',
                f"password policy: min length {rng.randint(8, 16)}, rotate every {rng.randint(30, 90)} days",
                f"api token for {word()} expires in {rng.randint(1, 90)} days",
                f"private key file /etc/ssl/private/{word()}.key mode 0600",
                f"sshpass -e ssh deploy@10.0.{rng.randint(0, 9)}.{rng.randint(2, 250)} uptime",
                "sshpass -f /run/secrets/ssh_password ssh ops@bastion uptime",
                f"access token lifetime set to {rng.randint(5, 60)} minutes",
                '"webhookSecret": "${WEBHOOK_SECRET}"',
                f"GOOGLE_CLOUD_PROJECT=acme-{word()}-{digits(6)}",
            ]
        ),
        "configs": lambda: rng.choice(
            [
                f"HEROKU_APP_NAME=acme-{word()} HEROKU_REGION=eu",
                f"NETLIFY_SITE_ID={draw.uuid()}",
                f"SONAR_PROJECT_KEY=acme_{word()} SONAR_ORGANIZATION=acme",
                f"ARTIFACTORY_URL=https://{word()}.jfrog.io/artifactory ARTIFACTORY_USER=ci-{word()}",
                f"KRAKEN_PAIR=XBTEUR KRAKEN_TIMEOUT={rng.randint(5, 60)}",
                f"SENDBIRD_APP_ID={draw.uuid().upper()}",
                f"EDAMAM_APP_ID={hexs(8)}",
                f"GITHUB_APP_ID={digits(6)} GITHUB_INSTALLATION_ID={digits(8)}",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"abstract class {word().capitalize()}Repository has {rng.randint(2, 9)} methods",
                f"kraken sighting in {word()} bay, {rng.randint(2, 9)} tentacles reported",
                f"manifest sha256:{hexs(64)} pushed to registry.acmeledger.io/{word()}",
                f"humanity first: volunteer day {rng.randint(1, 28)} May, {rng.randint(5, 90)} sign-ups",
                f"roaring crowd at gate {rng.randint(1, 40)}, {rng.randint(100, 9000)} tickets scanned",
                f"heroku-style buildpack {word()} detected",
            ]
        ),
        "short-values": draw.provider_short_values,
        "cli-variables": lambda: rng.choice(
            [
                f"curl -H 'x-api-key: ${draw.prov().upper()}_API_KEY' https://api.{draw.prov()}.com/v1/me",
                "heroku auth:token > /dev/null && heroku apps",
                "netlify deploy --prod --auth $NETLIFY_AUTH_TOKEN --site $NETLIFY_SITE_ID",
                "jf config add acme --url=https://acme.jfrog.io --access-token=$JF_ACCESS_TOKEN",
                "gh auth login --with-token < ~/.config/gh/token.txt",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
