"""Innocent lookalikes for the round-21 held-out measure (issue #17).

Each kind imitates a shape the round-21 families (shhgit's signatures) have and is not a secret,
written from the non-secret values the picked providers' public docs show, not from our rules:
Google Maps and OAuth settings (a client id ending in ``.apps.googleusercontent.com``, scopes,
``token_type: Bearer``, ``expires_in``); Facebook app ids, Graph API versions and page ids; NuGet
package names, versions and feed URLs; Braintree merchant ids and environments; SendGrid
dynamic-template ids (``d-`` and 32 hex) and message ids; Square application and location ids
(``sq0idp-``, ``L...``); StackHawk application ids and environments; SonarQube project keys,
host URLs, analysis ids and quality gates; sshpass reading its password from the environment or
a file (``sshpass -e``, ``-f``, ``-p "$SSHPASS"``); Slack channel ids and webhook docs' URL
without a token; AWS account ids, region names and role ARNs.
``python -m tests.unit.redact.heldout_round21`` prints how many are touched; a test holds them at
none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-21 families a word near a value wakes
PROVIDERS = "google facebook nuget braintree sendgrid square stackhawk sonar slack aws".split()


def lookalikes(seed: int = 107, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "google-settings": lambda: rng.choice(
            [
                f"GOOGLE_CLIENT_ID={digits(12)}-{b62(32).lower()}.apps.googleusercontent.com",
                "scope: https://www.googleapis.com/auth/drive.readonly",
                f'{{"token_type": "Bearer", "expires_in": {rng.randint(600, 3599)}}}',
                f"maps.googleapis.com geocode status OK for {word()} in {rng.randint(20, 400)} ms",
            ]
        ),
        "facebook-ids": lambda: rng.choice(
            [
                f"FACEBOOK_APP_ID={digits(16)}",
                f"fb_page_id: '{digits(15)}'",
                f"facebook graph api version v{rng.randint(12, 21)}.0",
                f"fb:app_id content=\"{digits(15)}\"",
            ]
        ),
        "nuget-packages": lambda: rng.choice(
            [
                f"dotnet add package Acme.{word().capitalize()} --version {rng.randint(1, 9)}.{rng.randint(0, 20)}.0",
                "nuget sources add -name acme -source https://nuget.acme.io/v3/index.json",
                f"<PackageReference Include=\"Newtonsoft.Json\" Version=\"13.0.{rng.randint(1, 3)}\" />",
                "dotnet nuget push *.nupkg --api-key $NUGET_API_KEY --source nuget.org",
            ]
        ),
        "payment-ids": lambda: rng.choice(
            [
                f"braintree merchant_id: {b62(16).lower()}",
                "BRAINTREE_ENVIRONMENT=production",
                f"square location_id: L{b62(12).upper()}",
                f"SQUARE_APPLICATION_ID=sandbox-sq0idb-{b62(22)}",
                f"sendgrid template_id: d-{hexs(32)}",
                f"sendgrid X-Message-Id: {b62(22)}",
            ]
        ),
        "scanner-settings": lambda: rng.choice(
            [
                f"sonar.projectKey=acme_{word()}",
                "sonar.host.url=https://sonarcloud.io",
                f"sonar analysis {uuid()} quality gate passed",
                "SONAR_TOKEN: ${{ secrets.SONAR_TOKEN }}",
                f"stackhawk app: applicationId: {uuid()}\n  env: {word()}",
                "hawk scan stackhawk.yml",
            ]
        ),
        "sshpass-lines": lambda: rng.choice(
            [
                f"SSHPASS=$(cat /run/secrets/{word()}) sshpass -e ssh deploy@10.0.4.12",
                "sshpass -f ~/.ssh/pass.txt scp build.tar.gz deploy@bastion:/srv",
                'sshpass -p "$SSHPASS" ssh admin@bastion uptime',
                "sshpass -p \"${DEPLOY_PASSWORD}\" rsync -a dist/ deploy@web1:/srv",
            ]
        ),
        "slack-and-aws": lambda: rng.choice(
            [
                f"slack channel C0{b62(8).upper()} renamed to #{word()}",
                "Incoming webhooks post to https://hooks.slack.com/services/ followed by your webhook path",
                f"aws_account_id = {digits(12)}",
                f"role_arn = arn:aws:iam::{digits(12)}:role/{word()}-ci",
                "aws_default_region = eu-west-2",
            ]
        ),
    }
    return take_turns(makers, count)
