"""Innocent lookalikes for the round-52 held-out measure (issue #17).

Each kind imitates a shape the round-52 families have (a provider's name shortly before a quoted
value, a request line with a token in a header, a query or ``curl -u``, a prefixed token's prefix,
a credential word before a quoted value, hex in quotes in code, an ``Authorization`` header, a URL
with a user) and is not a secret, written from the non-secret values the picked providers' public
docs and tools show and from the values rule 4 left out (public or identifying): AWS account
ids and IAM user names, Facebook app ids, Google OAuth client ids, LinkedIn and Twitter client ids,
Slack team, channel and user ids, Square application ids, Stripe publishable keys, Heroku app
names, Cloudinary cloud names and API keys, Artifactory repository paths, IP addresses, e-mail
addresses, S3 bucket hosts, MD5 and SHA checksums, URL parameters, JavaScript variable names;
request lines whose credential is a variable or the docs' own placeholder; prefixes named in
prose; URLs with a user and no password; credential words with values that are no secret.
``python -m tests.unit.redact.heldout_round52`` prints how many are touched; a test holds them at
none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-52 families found by a name before the value
PROVIDERS = "artifactory aws cloudinary facebook github google heroku linkedin mailchimp slack square stripe twitter".split()


def lookalikes(seed: int = 277, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62 = draw.word, draw.hexs, draw.digits, draw.b62

    def upper(n: int) -> str:
        return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))

    def ipv4() -> str:
        return ".".join(str(rng.randint(1, 254)) for _ in range(4))

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-numbers": draw.provider_numbers,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "request-lines": lambda: rng.choice(
            [
                "curl -u deploy:$ARTIFACTORY_PASSWORD -T orders-2.1.jar https://acme.jfrog.io/artifactory/libs-release-local/orders/2.1/",
                "curl -H 'X-JFrog-Art-Api: ${ARTIFACTORY_API_KEY}' https://acme.jfrog.io/artifactory/api/system/ping",
                "GET https://www.googleapis.com/drive/v3/files?q=name+contains+'report'&key=YOUR_API_KEY",
                "curl -H \"Authorization: Bearer $(gcloud auth print-access-token)\" https://www.googleapis.com/oauth2/v3/userinfo",
                "curl --user anystring:$MAILCHIMP_API_KEY https://us21.api.mailchimp.com/3.0/ping",
                "curl -H 'Authorization: Bearer $SLACK_BOT_TOKEN' https://slack.com/api/auth.test",
                "curl -H 'Authorization: Bearer {{square_access_token}}' https://connect.squareup.com/v2/locations",
                "curl https://api.stripe.com/v1/charges -u $STRIPE_SECRET_KEY: -d amount=2000 -d currency=eur",
                "boto3.client('s3', aws_access_key_id=os.environ['AWS_ACCESS_KEY_ID'], aws_secret_access_key=os.environ['AWS_SECRET_ACCESS_KEY'])",
                "GET https://graph.facebook.com/oauth/access_token?client_id={app-id}&client_secret={app-secret}&grant_type=client_credentials",
                "curl -H 'Authorization: token <your token>' https://api.github.com/user",
                "curl -n -H 'Accept: application/vnd.heroku+json; version=3' https://api.heroku.com/apps",
                "twurl authorize --consumer-key $TWITTER_CONSUMER_KEY --consumer-secret $TWITTER_CONSUMER_SECRET",
                "curl -X POST https://www.linkedin.com/oauth/v2/accessToken -d grant_type=client_credentials -d client_id=$LI_ID -d client_secret=$LI_SECRET",
                "CLOUDINARY_URL=cloudinary://${CLOUDINARY_API_KEY}:${CLOUDINARY_API_SECRET}@acme-media",
                "Authorization: Basic <base64 of user:password>",
                "Authorization: Bearer ${ACCESS_TOKEN}",
                "git clone https://${GIT_USER}:${GIT_TOKEN}@gitlab.com/acme/orders.git",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"artifactory repo libs-release-local path orders/{rng.randint(1, 9)}.{rng.randint(0, 20)}/orders.jar deployed",
                f"aws account {digits(12)} role arn:aws:iam::{digits(12)}:role/{word()}-deployer assumed",
                f"cloudinary cloud acme-{word()} api key {digits(15)} uploads {rng.randint(1, 900)}",
                f"facebook app id {digits(15)} page {digits(15)} connected",
                f"github run {digits(10)} for acme/{word()} succeeded",
                f"google client {digits(12)}-{b62(32).lower()}.apps.googleusercontent.com registered",
                f"heroku app acme-{word()}-{rng.randint(1000, 9999)} released v{rng.randint(10, 400)}",
                f"linkedin client id {b62(14).lower()} redirect https://acmeledger.io/callback",
                f"mailchimp list {hexs(10)} campaign {hexs(10)} sent",
                f"slack team T{upper(10)} channel C{upper(10)} user U{upper(10)} joined",
                f"square application id sq0idp-{b62(22)} location L{upper(12)}",
                f"stripe publishable key pk_live_{b62(24)} loaded in checkout.js",
                f"twitter user id {digits(18)} followed @acmeledger",
                f"aws iam user {word()}-deployer access key last used {rng.randint(1, 30)} days ago",
            ]
        ),
        "public-values": lambda: rng.choice(
            [
                f"client {ipv4()} connected to {ipv4()}:443",
                f"listen [2001:db8:{hexs(4)}::{hexs(2)}]:8080",
                f"mailto:{word()}@acmeledger.io",
                f"https://acme-{word()}.s3.amazonaws.com/exports/{word()}.csv",
                f"https://acme-{word()}.firebaseio.com/orders.json read",
                f"GET /search?q={word()}&page={rng.randint(1, 9)}&sort=desc",
                f"const {word()}Handler = require('./{word()}');",
                '"type": "service_account",',
                f"md5sum: {hexs(32)}  {word()}.tar.gz",
                f"sha1 {hexs(40)} {word()}.zip",
            ]
        ),
        "quoted-hashes": lambda: rng.choice(
            [
                f'"sha": "{hexs(40)}",',
                f"checksum = \"{hexs(64)}\"",
                f"integrity: 'md5-{hexs(32)}'",
                f'"commit": "{hexs(40)}", "branch": "main"',
                f"etag = \"{hexs(32)}\"",
                f"git checkout {hexs(40)}",
                f'trace_id = "{hexs(32)}"',
                f"docker pull acme/{word()}@sha256:{hexs(64)}",
            ]
        ),
        "prefix-lookalikes": lambda: rng.choice(
            [
                "Artifactory API keys start with AKCp and are being deprecated",
                "Google API keys begin with AIza; restrict them by referrer",
                "ya29. access tokens expire after an hour",
                "Mailchimp keys end in the data center, like -us21",
                "sk_live_ keys must never be shipped in a mobile app",
                "slack tokens: xoxb- for bots, xoxp- for users",
                "square tokens begin with sq0atp- (access) and sq0csp- (secret)",
                "export STRIPE_SECRET_KEY=sk_test_...",
                "rk_live_ restricted keys can be scoped per resource",
                "-----BEGIN PUBLIC KEY----- blocks are safe to share",
                "ssh-ed25519 public key added for deploy@ci",
            ]
        ),
        "credential-words": lambda: rng.choice(
            [
                'secret: "changeme"',
                f"license: \"MIT\" # {word()}",
                f"password_min_length = {rng.randint(8, 16)}",
                f"passthrough = \"{word()}\"",
                f"secret_name = \"acme-{word()}-db-credentials\"",
                "apiKey: process.env.API_KEY",
                f"SECRET_ROTATION_DAYS={rng.randint(30, 90)}",
            ]
        ),
        "urls-with-users": lambda: rng.choice(
            [
                f"git clone https://{word()}@github.com/acme/{word()}.git",
                f"ssh://git@gitlab.com:{word()}/{word()}.git",
                f"postgres://{word()}@db.internal:5432/orders",
                f"https://www.example.com/{word()}:{word()}@v2",
                f"ftp://anonymous@ftp.acme/pub/{word()}/",
            ]
        ),
        "configs": lambda: rng.choice(
            [
                f"AWS_REGION=eu-west-1 AWS_PROFILE=acme-{word()}",
                f"GOOGLE_CLOUD_PROJECT=acme-{word()}-{digits(6)}",
                f"HEROKU_APP_NAME=acme-{word()}",
                f"SLACK_CHANNEL=#{word()}-alerts",
                f"FACEBOOK_APP_ID={digits(15)} FACEBOOK_GRAPH_VERSION=v19.0",
                f"CLOUDINARY_CLOUD_NAME=acme-{word()}",
                f"TWITTER_HANDLE=@acme{word()}",
            ]
        ),
        "short-values": draw.provider_short_values,
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
