"""Innocent lookalikes for the round-12 held-out measure (issue #17).

Each kind imitates a shape the round-12 families have (a provider's name shortly before a
token, a request line with the token in a query, header or basic credentials, an
upper-case ``TOKEN...=`` assignment, ``apikey:``, ``password`` or ``admin`` before a value,
a user and a password in a URL, a webhook URL, a PEM block) and is not a secret: ids,
hashes, UUIDs, numbers, versions and paths next to the same provider names; CircleCI
pipeline commits, Asana task ids, Facebook app and page ids, Slack channel ids, npm package
versions, Sauce Labs job ids, Twitter status ids; ``TOKEN_TTL=3600``-style settings, password
policy and prompt lines, URLs whose user has no password or whose password is a variable or
a mask, public keys and certificates, webhook URLs with placeholders.
``python -m tests.unit.redact.heldout_round12`` prints how many are touched; a test holds
them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider names of the round-12 keyword-near-token families
PROVIDERS = (
    "aletheiaapi asana bombbomb circleci convertkit dnscheck fastforex geoapify guardian ipinfodb "
    "loginradius nutritionix rapidapi saucelabs shutterstock swell vyte codeclimate facebook npm "
    "sauce twitter"
).split()

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def lookalikes(seed: int = 71, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, prov, hexs, digits = draw.word, draw.prov, draw.hexs, draw.digits

    def b64(n: int) -> str:
        return "".join(rng.choice(_B64) for _ in range(n))

    def version() -> str:
        return f"{rng.randint(1, 20)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}"

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-numbers": lambda: rng.choice(
            [
                f"{prov()} quota {rng.randint(1, 99999)}/{rng.randint(100000, 999999)} used",
                f"{prov()}: {rng.randint(1, 5000)} requests, {rng.randint(0, 90)} failed",
                f"{prov()} rate limit reset in {rng.randint(1, 3600)}s",
                f"{prov()} invoice {digits(10)} paid",
            ]
        ),
        "provider-versions-paths": lambda: rng.choice(
            [
                f"{prov()} sdk {version()} loaded from /opt/{word()}/lib/{prov()}-{version()}.jar",
                f"{prov()} client configured: timeout=30s retries=3",
                f"{prov()} api key rotated at 2024-05-{rng.randint(10, 28)}T10:00:00Z",
                f"{prov()}: /var/lib/{word()}/{word()}/2024-05-01.csv",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"circleci pipeline #{rng.randint(100, 99999)} on commit {hexs(40)} passed",
                f"asana task {digits(16)} moved to Done",
                f"facebook page {digits(15)} synced, app id {digits(16)}",
                f"slack message posted to channel C{''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(10))}",
                f"npm install {word()}-utils@{version()} sha512-{b64(86)}==",
                f"saucelabs job {hexs(32)} finished: passed",
                f"twitter status {digits(19)} fetched",
                f"guardian article {word()}/2024/may/{rng.randint(1, 28)}/{word()}-{word()} fetched",
                f"shutterstock image {digits(10)} licensed",
            ]
        ),
        "settings-lines": lambda: rng.choice(
            [
                f"TOKEN_TTL={rng.randint(60, 86400)}",
                "TOKEN_EXPIRY_SECONDS=3600",
                f"TOKEN_ISSUER=HTTPS://AUTH.EXAMPLE.COM:{rng.randint(1000, 9999)}",
                "TOKEN_ALGORITHM=RS256",
                f"API_KEY_HEADER=X-API-KEY max_age={rng.randint(1, 90)}",
                "apikey:required region:eu-west-1",
                "api_key = os.environ['API_KEY']",
                'api_key = "YOUR_API_KEY_HERE"',
            ]
        ),
        "password-lines": lambda: rng.choice(
            [
                "password must be at least 12 characters",
                f"password reset requested for user {rng.randint(1000, 99999)}",
                "Enter master password:",
                "admin password changed successfully",
                "master_password: ********",
                f"password=${word().upper()}_PASSWORD",
                "admin user logged in from 10.0.3.17",
                "password: <redacted>",
            ]
        ),
        "url-users": lambda: rng.choice(
            [
                f"git clone https://git@github.com/acme/{word()}.git",
                f"connecting to amqp://app@rabbitmq.internal:5672/{word()}",
                "proxy=http://svc:${PROXY_PASSWORD}@proxy.corp:3128",
                "smtp://mailer:****@smtp.example.com:587 ready",
                f"GET https://api.example.com/v1/users/{digits(6)}@example.com 404",
            ]
        ),
        "public-keys": lambda: rng.choice(
            [
                f"authorized key ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64(43)} ops@bastion",
                "-----BEGIN PUBLIC KEY-----\n"
                + b64(64)
                + "\n"
                + b64(64)
                + "\n"
                + b64(24)
                + "\n-----END PUBLIC KEY-----",
                "-----BEGIN CERTIFICATE-----\n"
                + b64(64)
                + "\n"
                + b64(64)
                + "\n-----END CERTIFICATE-----",
            ]
        ),
        "webhook-placeholders": lambda: rng.choice(
            [
                "TEAMS_WEBHOOK_URL=https://outlook.office.com/webhook/<group-id>@<tenant-id>/IncomingWebhook/<id>/<owner>",
                "slack webhook https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX disabled",
                f"posted to https://hooks.slack.com/services/ (status {rng.choice([200, 404, 410])})",
            ]
        ),
        "short-values": lambda: rng.choice(
            [
                f"{prov()}: {hexs(12)}",
                f"{prov()} api key {hexs(8)}… expired",
                f"{prov()} token {word()}-{word()}-{rng.randint(1000, 9999)}",
                f"{prov()} region {word()}-{rng.randint(1, 9)}",
            ]
        ),
    }
    return take_turns(makers, count)
