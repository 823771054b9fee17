"""Innocent lookalikes for the round-26 held-out measure (issue #17).

Each kind imitates a shape the round-26 families have (a provider's name shortly before a
token, a request line with the token in a query, header or basic credentials, a prefix of a
provider's own, a credentials file) and is not a secret, written from the non-secret values the
picked providers' public docs and tools show: GitHub commit and tree shas (40 hex, the shape of
the old token) after ``github``, pull request and run numbers, avatar URLs; GitLab project and
pipeline ids, runner names; Grafana dashboard uids; GoDaddy domain names and order numbers;
Yandex map coordinates; geocoding coordinates and place names; Gitter room names; the Guardian's
article paths; Gyazo image ids (32 hex); GoCardless' ids (``CU``, ``MD``, ``PM`` and 12 upper-case
letters or digits) and its ``live_`` environment word; GCP project ids and service-account
e-mails; request lines whose key is a variable or a mask.  ``python -m
tests.unit.redact.heldout_round26`` prints how many are touched; a test holds them at none.

The Guardian's documented ``api-key=test`` was among the first measurement's lookalikes (4 of the
23 touched) and was replaced after it by the same request with a variable: ``test`` is the
Guardian's working developer key, so a library that takes a query's key takes it too (rule
secret-query-param), as round 25 found of Celery's published default password.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-26 keyword-near-token families
PROVIDERS = (
    "yandex geckoboard gengo geocode geocodify geoipifi getgeoapi getgist getresponse getsandbox github "
    "gitlab gitter glassnode gocanvas gocardless godaddy goodday groovehq gtmetrix guardianapi gyazo"
).split()

_REPOS = ("acme/orders", "acme/infra", "shop-platform/web", "data-team/etl")


def lookalikes(seed: int = 137, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits = draw.word, draw.hexs, draw.digits

    def upper36(n: int) -> str:
        return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-numbers": draw.provider_numbers,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "git-shas": lambda: rng.choice(
            [
                f"github commit {hexs(40)} pushed to {rng.choice(_REPOS)}",
                f"github: checked out {hexs(40)} (detached HEAD)",
                f"https://github.com/{rng.choice(_REPOS)}/commit/{hexs(40)}",
                f"gitlab pipeline {digits(9)} for {hexs(40)} passed",
                f"github tree sha {hexs(40)}",
            ]
        ),
        "request-lines": lambda: rng.choice(
            [
                "GET https://api.github.com/user Authorization: token $GITHUB_TOKEN 401",
                "GET https://gitlab.com/api/v4/user Authorization: Bearer ${GITLAB_TOKEN} 401",
                f"GET https://geocode.xyz/{rng.randint(10, 80)}.{digits(4)},{rng.randint(0, 9)}.{digits(4)}?json=1 200",
                "GET https://api.geocodify.com/v2/geocode?api_key=REDACTED 200",
                "GET https://content.guardianapis.com/search?api-key=${GUARDIAN_API_KEY} 200",
                f"GET https://api.gyazo.com/api/images/{hexs(32)} 200",
                "GET https://api.godaddy.com/v1/domains/available?domain=example.com Authorization: sso-key ***:*** 401",
                "GET https://api.glassnode.com/v1/metrics/indicators/sopr?a=btc&i=24h 200",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"github pull request #{rng.randint(1, 9000)} merged by {word()}",
                f"github actions run {digits(10)} attempt {rng.randint(1, 3)}",
                f"https://avatars.githubusercontent.com/u/{digits(8)}?v=4",
                f"gitlab project {rng.randint(1, 9000000)} runner {word()}-runner-{rng.randint(1, 9)}",
                f"grafana dashboard uid {draw.b62(9)} saved",
                f"godaddy domain {word()}-{word()}.com renewed, order {digits(9)}",
                f"yandex maps {rng.randint(10, 80)}.{digits(6)},{rng.randint(10, 80)}.{digits(6)}",
                f"gitter room {word()}/{word()} joined",
                f"guardianapi article world/2024/may/{rng.randint(1, 28)}/{word()}-{word()}",
                f"gocardless customer CU{upper36(12)} mandate MD{upper36(12)} payment PM{upper36(12)}",
                "gocardless environment: live_",
                f"gcp project {word()}-{word()}-{digits(6)} service account deployer@{word()}.iam.gserviceaccount.com",
                f"gyazo image {hexs(32)} uploaded",
            ]
        ),
        "credential-files": lambda: rng.choice(
            [
                '{"type": "service_account", "project_id": "acme-prod", "client_email": "ci@acme-prod.iam.gserviceaccount.com"}',
                '{"client_id": "' + digits(12) + '-' + hexs(32) + '.apps.googleusercontent.com", "type": "authorized_user"}',
                "GITHUB_PRIVATE_KEY_PATH=/etc/app/github-app.pem",
                "-----BEGIN RSA PRIVATE KEY----- (redacted) -----END RSA PRIVATE KEY-----",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"goodday {word()}, your build {rng.randint(1, 999)} finished",
                f"geocode lookup for {word()} street returned {rng.randint(0, 9)} results",
                f"gengo translation job {digits(7)} completed ({rng.randint(10, 900)} words)",
                f"groove {word()} at {rng.randint(60, 180)} bpm",
                f"guardian process {word()}-guardian restarted",
            ]
        ),
        "short-values": draw.provider_short_values,
        "cli-variables": lambda: rng.choice(
            [
                f"curl -u ${draw.prov().upper()}_API_KEY: https://api.{draw.prov()}.com/v1/me",
                "curl -u $GTMETRIX_API_KEY: https://gtmetrix.com/api/2.0/status",
                "gh auth login --with-token < $GITHUB_TOKEN_FILE",
                f"curl -u {word()}: https://api.{word()}.example.com/v1/status",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
