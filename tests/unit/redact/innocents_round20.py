"""Innocent lookalikes for the round-20 held-out measure (issue #17).

Each kind imitates a shape the round-20 families (whispers' rules) have and is not a secret,
written from what the file kinds whispers reads hold (YAML, JSON, XML, .properties, .npmrc,
pip.conf, .pypirc, .htpasswd, .dockercfg, PEM files), not from our rules: keys ending in
``key``/``token``/``secret``/``password`` whose value is a name, a number, a setting, a variable
or a placeholder (``cache_key: user-profile-v2``, ``password: ${DB_PASSWORD}``,
``secret_name: orders-db``); AWS account ids, ARNs and request ids; registry lines without a
token (``registry=https://registry.npmjs.org/``, ``index-url = https://pypi.acme.io/simple/``);
an .htpasswd comment; a Docker config whose auth comes from a credential helper; certificate and
public-key headers without a body; Grafana dashboard uids and GitHub commit SHAs; Slack channel
ids; and card-like numbers that are order ids, timestamps and phone numbers in prose.
``python -m tests.unit.redact.heldout_round20`` prints how many are touched; a test holds them at
none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider and file words of the round-20 families a word near a value wakes
PROVIDERS = "aws github grafana slack npm pypi pip docker htpasswd".split()


def lookalikes(seed: int = 103, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-settings": draw.provider_settings,
        "key-names": lambda: rng.choice(
            [
                f"cache_key: {word()}-profile-v{rng.randint(1, 9)}",
                f"primary_key: {word()}_id",
                f"sort_key: created_at\npartition_key: {word()}_id",
                f"<add key=\"PageSize\" value=\"{rng.randint(10, 200)}\" />",
                "api_key_header: X-Api-Key\napi_key_location: header",
                f"token_expiry: {rng.randint(60, 86400)}",
                f"refresh_token_ttl={rng.randint(1, 90)}d",
                "signing_key_algorithm: RS256",
            ]
        ),
        "password-settings": lambda: rng.choice(
            [
                "password: ${DB_PASSWORD}",
                "<password></password>",
                "spring.datasource.password=${SPRING_DATASOURCE_PASSWORD}",
                f"password_min_length: {rng.randint(8, 16)}",
                "ENV DB_PASSWD=\"\"",
                f"smtp_pwd_file: /run/secrets/{word()}_smtp",
                "passwords:\n  rotate_every: 90d",
            ]
        ),
        "secret-names": lambda: rng.choice(
            [
                f"secret_name: {word()}-db",
                f"client_secret_env: {word().upper()}_CLIENT_SECRET",
                f"secretRef:\n  name: {word()}-credentials",
                "app.webhook.secret=${WEBHOOK_SECRET}",
                f"kubectl get secret {word()}-tls -o yaml",
            ]
        ),
        "aws-ids": lambda: rng.choice(
            [
                f"aws_account_id: {digits(12)}",
                f"arn:aws:iam::{digits(12)}:role/{word()}-deployer",
                f"x-amz-request-id: {b62(16).upper()}",
                "aws_secret_access_key = <your secret key>",
                "[profile ci]\nrole_arn = arn:aws:iam::123456789012:role/ci\nsource_profile = default",
            ]
        ),
        "registry-lines": lambda: rng.choice(
            [
                "registry=https://registry.npmjs.org/",
                "//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
                f"@{word()}:registry=https://npm.pkg.github.com",
                "[global]\nindex-url = https://pypi.acme.io/simple/\ntrusted-host = pypi.acme.io",
                "[pypi]\nusername = __token__\npassword = <your PyPI token>",
                "[distutils]\nindex-servers =\n    pypi\n    testpypi",
            ]
        ),
        "file-headers": lambda: rng.choice(
            [
                f"# .htpasswd for {word()}.acme.io, managed by ansible",
                '{"credsStore": "desktop", "auths": {"https://index.docker.io/v1/": {}}}',
                '{"credHelpers": {"123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"}}',
                "-----BEGIN CERTIFICATE REQUEST-----",
                "ssl_certificate_key /etc/nginx/tls/server.key;",
                f"IdentityFile ~/.ssh/id_{word()}_ed25519",
            ]
        ),
        "provider-refs": lambda: rng.choice(
            [
                f"grafana dashboard uid {b62(9)} panel {rng.randint(1, 40)}",
                f"github commit {hexs(40)} merged into main",
                f"slack channel C0{b62(8).upper()} archived",
                f"docker image sha256:{hexs(64)}",
                f"npm notice package size {rng.randint(1, 900)} kB, integrity sha512-{b62(20)}",
                f"request {uuid()} served in {rng.randint(1, 900)} ms",
            ]
        ),
        "long-numbers": lambda: rng.choice(
            [
                f"order {digits(16)} shipped",
                f"ts_ns={digits(19)}",
                f"call +44 {digits(4)} {digits(6)} for support",
                f"invoice_number: INV-{digits(14)}",
            ]
        ),
    }
    return take_turns(makers, count)
