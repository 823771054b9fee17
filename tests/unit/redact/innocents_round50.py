"""Innocent lookalikes for the round-50 held-out measure (issue #17).

Each kind imitates a shape the round-50 families have (a provider's name and an assignment shortly
before a token, a request line with the token in a query, a header or ``curl -u``, a prefixed
token's prefix, a connection string, a URL with a user part, a credential-named key) and is not a
secret, written from the non-secret values the picked providers' public docs and tools show and
from the values rule 4 left out (public or identifying): Airtable base and record ids, Asana task
and workspace ids and its client ids, Codecov commit and report ids, Contentful space and entry
ids, Datadog monitor ids and trace ids, Discord client, guild and channel ids (snowflakes),
Drone build numbers, Dropbox app keys and shared links, Finicity customer ids, Finnhub symbols,
Flickr photo ids, age recipients (public keys), Amazon SNS topic ARNs and Cognito identity pool
ids, Cloudinary cloud names, DigitalOcean droplet ids, Doppler project and config names,
Dynatrace environment ids and entity ids, EasyPost shipment ids, Facebook app ids, Azure storage
account names and connection strings without a key; URLs with a user and no password, or a
password from the environment; request lines whose key is a variable or the docs' own
placeholder; the credential-named keys of credential-exposure-file.yaml with values that are not
secrets (``travis_branch``, a placeholder, an empty or boolean value).
``python -m tests.unit.redact.heldout_round50`` prints how many are touched; a test holds them
at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-50 keyword-near-token families
PROVIDERS = "airtable asana codecov contentful datadog discord droneci dropbox finicity finnhub flickr".split()


def lookalikes(seed: int = 269, count: int = 600) -> list[tuple[str, str]]:
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
                "curl https://api.airtable.com/v0/appQ4zX8mT2vL6nB9/Orders -H 'Authorization: Bearer YOUR_API_KEY'",
                "curl -X POST https://app.asana.com/-/oauth_token -d client_id=$ASANA_CLIENT_ID -d client_secret=$ASANA_CLIENT_SECRET",
                "curl -H 'Authorization: Bearer ${CODECOV_TOKEN}' https://api.codecov.io/api/v2/github/acme/repos",
                "GET https://cdn.contentful.com/spaces/cfexampleapi/entries?access_token=<access_token>",
                "curl -H 'DD-API-KEY: ${DD_API_KEY}' -H 'DD-APPLICATION-KEY: ${DD_APP_KEY}' https://api.datadoghq.com/api/v1/validate",
                "curl -H 'Authorization: Bot $DISCORD_TOKEN' https://discord.com/api/v10/users/@me",
                "curl -H 'Authorization: Bearer $DRONE_TOKEN' https://drone.acmeledger.io/api/user",
                "curl -u APP_KEY:APP_SECRET https://api.dropboxapi.com/oauth2/token -d grant_type=refresh_token",
                "curl -H 'Finicity-App-Key: {{finicity_app_key}}' https://api.finicity.com/aggregation/v2/partners/authentication",
                "GET https://finnhub.io/api/v1/quote?symbol=AAPL&token=YOUR_TOKEN",
                "GET https://api.flickr.com/services/rest/?method=flickr.test.echo&api_key=YOUR_API_KEY&format=json",
                "curl -H 'Authorization: Bearer $DIGITALOCEAN_TOKEN' https://api.digitalocean.com/v2/account",
                "curl -H 'Authorization: Api-Token {your-token}' https://abc12345.live.dynatrace.com/api/v2/metrics",
                "curl -u $EASYPOST_API_KEY: https://api.easypost.com/v2/addresses",
                "GET https://graph.facebook.com/v19.0/me?fields=id,name&access_token={access-token}",
                "doppler configure set token $DOPPLER_TOKEN --scope /srv/orders",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"airtable record rec{b62(14)} in base app{b62(14)} updated",
                f"asana task {digits(16)} in workspace {digits(16)} completed",
                f"codecov report for commit {hexs(40)}: coverage {rng.randint(40, 99)}.{digits(1)}%",
                f"contentful entry {b62(22)} published in space {b62(12).lower()}",
                f"datadog monitor {digits(8)} triggered, trace_id={digits(19)}",
                f"discord guild {digits(18)} channel {digits(19)} message {digits(19)} deleted",
                f"drone build #{rng.randint(10, 9000)} of acme/{word()} passed in {rng.randint(20, 900)}s",
                f"dropbox shared link https://www.dropbox.com/s/{b62(15).lower()}/{word()}.pdf?dl=0",
                f"finicity customer {digits(10)} account {digits(10)} refreshed",
                f"finnhub quote AAPL c={rng.randint(100, 300)}.{digits(2)} t={digits(10)}",
                f"flickr photo {digits(11)} by {digits(8)}@N0{rng.randint(1, 9)} uploaded",
            ]
        ),
        "public-values": lambda: rng.choice(
            [
                f"age -r age1{''.join(rng.choice('qpzry9x8gf2tvdw0s3jn54khce6mua7l') for _ in range(58))} -o {word()}.age {word()}.txt",
                f"arn:aws:sns:eu-west-1:{digits(12)}:acme-{word()}-alerts subscribed",
                f"cognito identity pool eu-west-1:{draw.uuid()} created",
                f"DISCORD_GUILD_ID={digits(18)}",
                f"facebook app id \"{digits(15)}\" configured for login",
                f"cloudinary cloud acme-{word()} upload preset {word()}_unsigned",
                f"digitalocean droplet {digits(9)} in fra1 powered on",
                f"doppler project acme-{word()} config prd_{word()} synced",
                f"dynatrace environment abc{digits(5)} entity HOST-{hexs(16).upper()} unhealthy",
                f"easypost shipment shp_{hexs(32)} label created",
                f"amazon mws seller A{b62(13).upper()} marketplace A1PA6795UKMFR9",
            ]
        ),
        "prefix-lookalikes": lambda: rng.choice(
            [
                "DOPPLER_TOKEN=dp.st.xxxx doppler run -- env",
                "token format: dp.pt. followed by 43 characters",
                "AGE-SECRET-KEY-1... (redacted in docs)",
                "export DIGITALOCEAN_TOKEN=doo_v1_<your token>",
                f"dynatrace token dt0c01.{'X' * 24}.{'X' * 64} is the docs' example",
                "EZTK test keys start with EZTK, production keys with EZAK",
                "sl.xxxxx short-lived tokens expire after 4 hours",
            ]
        ),
        "connection-strings": lambda: rng.choice(
            [
                f"DefaultEndpointsProtocol=https;AccountName=acme{word()};EndpointSuffix=core.windows.net",
                "UseDevelopmentStorage=true",
                f"AccountName=acme{word()};AccountKey=$(AZURE_STORAGE_KEY)",
                f"Endpoint=sb://acme-{word()}.servicebus.windows.net/;Authentication=Managed Identity",
                "SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>",
            ]
        ),
        "url-users": lambda: rng.choice(
            [
                f"ftp://backup@files.acmeledger.io/{word()}",
                f"amqp://rabbit.acmeledger.io:5672/{word()}",
                "smtp://smtp.acmeledger.io:587 connected",
                f"REDIS_URL=redis://default:${{REDIS_PASSWORD}}@cache-1.acmeledger.io:6379/{rng.randint(0, 15)}",
                f"git push https://deploy@git.acmeledger.io/acme/{word()}.git main",
                f"http://{word()}.acmeledger.io:8080/{word()}",
            ]
        ),
        "credential-named-keys": lambda: rng.choice(
            [
                f"travis_branch: {word()}-{rng.randint(1, 9)}",
                "wporg_password: ${WPORG_PASSWORD}",
                f"use_ssh = {rng.choice(['true', 'false'])}",
                '"snyk_token": ""',
                "SONATYPE_GPG_KEY_NAME=release-signing",
                f"wpt_prepare_dir: /tmp/{word()}",
                f"slate_user_email: ops+{word()}@acmeledger.io",
                "twine-password = <your PyPI token>",
                "virustotal_apikey: changeme",
                f"sonar_project_key: acme_{word()}",
            ]
        ),
        "configs": lambda: rng.choice(
            [
                f"AIRTABLE_BASE_ID=app{b62(14)} AIRTABLE_TABLE={word()}",
                f"CONTENTFUL_SPACE_ID={b62(12).lower()} CONTENTFUL_ENVIRONMENT=master",
                f"DD_SITE=datadoghq.eu DD_SERVICE=acme-{word()} DD_ENV=prod",
                f"DROPBOX_APP_FOLDER=/Apps/acme-{word()}",
                f"FLICKR_USER_ID={digits(8)}@N0{rng.randint(1, 9)}",
                f"CODECOV_SLUG=acme/{word()} CODECOV_FLAGS=unit",
            ]
        ),
        "short-values": draw.provider_short_values,
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
