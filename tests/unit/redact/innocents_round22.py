"""Innocent lookalikes for the round-22 held-out measure (issue #17).

Each kind imitates a shape the round-22 families (earlybird's rules) have and is not a secret,
written from what the file kinds those rules read hold (configuration, XML, .npmrc, shell
sessions, source code, prose), not from our rules: password-like keys whose value is a path, a
number, a flag, a variable or a placeholder (``PWD=/srv/orders``, ``passwd: /etc/passwd``,
``pass: 3``, ``password_min_length: 12``); a password policy talked of beside a season;
Kubernetes secret references (``secretKeyRef``, ``secretName``); keys ending in ``_token`` whose
value is a template call, a type or a number (``csrf_token: {{ csrf_token() }}``,
``token_type: bearer``); HTTP Basic named without credentials (``WWW-Authenticate: Basic
realm=...``); private-key headers in prose and commands; ``aws configure``'s prompts with no
value typed; .npmrc lines reading the token from the environment; database URLs without a
password; provider names before handles, repositories, pages, app names and build ids;
quoted strings of code that are digests, URLs, i18n keys or commit SHAs; and card-like numbers
that are timestamps, barcodes and phone numbers.  ``python -m tests.unit.redact.heldout_round22``
prints how many are touched; a test holds them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider and file words of the round-22 families a word near a value wakes
PROVIDERS = "google slack heroku github facebook twitter aws npm".split()


def lookalikes(seed: int = 109, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-settings": draw.provider_settings,
        "password-settings": lambda: rng.choice(
            [
                f"PWD=/srv/{word()}",
                "passwd: /etc/passwd",
                f"pass: {rng.randint(1, 9)}",
                f"password_min_length: {rng.randint(8, 16)}",
                "passphrase_required: true",
                f"pw = ${{{word().upper()}_PW}}",
                "password: ${DB_PASSWORD}",
                "<password>${env.DB_PASSWORD}</password>",
            ]
        ),
        "password-prose": lambda: rng.choice(
            [
                f"password reset mails for {word()} are paused until the summer release",
                f"password rotation policy reviewed in autumn {rng.randint(2019, 2026)}",
                f"# the password field is hidden in winter mode ({word()} theme)",
                "Passwords expire every spring; see the security handbook",
            ]
        ),
        "secret-references": lambda: rng.choice(
            [
                f"secretKeyRef:\n  name: {word()}-db\n  key: password",
                f"secretName: {word()}-tls",
                f"secret: {word()}-{word()}-credentials",
                f"credentials: file:///etc/{word()}/creds.json",
                "client_secret = os.environ['CLIENT_SECRET']",
                "client_secret: <your-client-secret>",
            ]
        ),
        "token-keys": lambda: rng.choice(
            [
                "csrf_token: {{ csrf_token() }}",
                "token_type: bearer",
                f"next_page_token: null  # page {rng.randint(2, 40)}",
                "id_token_signing_alg: RS256",
                f"max_tokens: {rng.randint(256, 8192)}",
                "auth_token: ${AUTH_TOKEN}",
            ]
        ),
        "basic-and-keys": lambda: rng.choice(
            [
                f'WWW-Authenticate: Basic realm="{word()}"',
                "auth_type: basic",
                f"Basic authentication disabled for /{word()}/health",
                f"grep -rl 'BEGIN RSA PRIVATE KEY' /srv/{word()}",
                "ssh-keygen wrote -----BEGIN OPENSSH PRIVATE KEY----- to ~/.ssh/id_ed25519",
                "AWS Secret Access Key [****************7Q2A]: ",
                "Default output format [None]: json",
                "//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
            ]
        ),
        "database-urls": lambda: rng.choice(
            [
                f"DATABASE_URL=postgresql://db.acme.io:5432/{word()}",
                f"mongodb://{word()}@mongo1.acme.io/{word()}",
                f"mysql://{word()}:${{DB_PASS}}@db/{word()}",
                f"couchbase://cb{rng.randint(1, 9)}.acme.io/{word()}",
            ]
        ),
        "provider-handles": lambda: rng.choice(
            [
                f"twitter: '@acme_{word()}'",
                f"facebook: 'https://www.facebook.com/acme{word()}'",
                f"github: 'acme-corp/{word()}-service'",
                f"heroku build {uuid()} succeeded for {word()}-prod",
                f"google_api_version: v{rng.randint(1, 4)}",
                f"slack channel C0{b62(8).upper()} archived",
            ]
        ),
        "quoted-code-strings": lambda: rng.choice(
            [
                f"checksum = '{hexs(64)}'",
                f'rev = "{hexs(40)}"',
                f"client = ApiClient('https://api.acme.io/v{rng.randint(1, 3)}/{word()}')",
                f't("checkout.{word()}.card_declined_message")',
                f"request_id = '{uuid()}'",
            ]
        ),
        "card-like-numbers": lambda: rng.choice(
            [
                f"ts_ms={rng.randint(1600000000000, 1799999999999)} {word()} flushed",
                f"barcode {digits(12)} scanned at till {rng.randint(1, 9)}",
                f"call +1 480-555-{digits(4)} for {word()}",
                f"build {rng.randint(1000, 99999)} of {word()} took {rng.randint(2, 900)} s",
            ]
        ),
    }
    return take_turns(makers, count)
