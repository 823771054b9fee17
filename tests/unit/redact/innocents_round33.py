"""Innocent lookalikes for the round-33 held-out measure (issue #17).

Each kind imitates a shape the round-33 families (LeakTK's general pattern set) have and is not a
secret, written from the non-secret values the set's own allowlists describe and from the public
values of the picked providers, not from our rules: placeholders under a secret's key
(``${NAME}``, ``<name>``, ``%NAME%``, an environment variable's name, upper-case constants,
lower-case words joined by dashes, a file name ending ``.crt`` or ``-tls``), code reading a
secret (``jq`` lookups, a prompt ``input("Enter Password:")``, ``nosec`` comments over a test
value); URLs with a user and a placeholder, a variable or no password, a host and port before a
Java artifact's ``@``; an .npmrc reading its token from the environment; locked or empty
password fields of ``/etc/shadow`` and a hash scheme's name alone; public and sample PEM blocks
and code looking for a private key's header; Slack, Stripe, Shopify, GitHub, GitLab, Dynatrace,
Heroku, Azure, Argo CD and Snowflake ids, names and hosts that are no credential (team and
channel ids, publishable keys, shop domains, app and tenant ids, environment ids, runner ids,
app names, account locators); a JWT's header alone (used as an example value).
``python -m tests.unit.redact.heldout_round33`` prints how many are touched; a test holds them at
none.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-33 families a word near a value wakes
PROVIDERS = "argocd azure dynatrace github gitlab mailchimp heroku shopify slack snowflake stripe npm".split()


def _b64(rng: random.Random, n: int) -> str:
    """``n`` random bytes in base64 (a digest, a public key's bytes)."""
    return base64.b64encode(rng.randbytes(n)).decode()


def _pem(rng: random.Random, label: str, lines: int) -> str:
    """A PEM block of ``label`` with ``lines`` full lines of base64 and a short last one."""
    body = _b64(rng, 48 * lines + 20)
    rows = [body[i : i + 64] for i in range(0, len(body), 64)]
    return "\n".join([f"-----BEGIN {label}-----", *rows, f"-----END {label}-----"])


def lookalikes(seed: int = 173, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "secret-placeholders": lambda: rng.choice(
            [
                'password = "${DB_PASSWORD}"',
                'secret_key = "<your-secret-key>"',
                'api_key = "%API_KEY%"',
                f'token = "$GITHUB_TOKEN_{word().upper()}"',
                'client_secret = "CHANGE_ME_BEFORE_DEPLOY"',
                'password: "update-your-postgres-pass-here"',
                f'secret: "{word()}-ca.crt"',
                f"secret_name: {word()}-tls",
                'password = "{{ vault_db_password }}"',
                "api_key = \"#{ENV['API_KEY']}\"",
            ]
        ),
        "secret-reads": lambda: rng.choice(
            [
                f"PGPASSWORD=$(kubectl get secret {word()}-db -o jsonpath='{{.data.password}}' | base64 -d)",
                f"TOKEN=$(jq -r .data.token /run/secrets/{word()}.json)",
                'pw = input("Enter Password: ")',
                f'password = os.environ["{word().upper()}_PASSWORD"]  # read at start',
                f"secret_key = settings.{word().upper()}_SECRET_KEY",
                'token = getpass.getpass("GitHub token: ")',
            ]
        ),
        "url-userinfo": lambda: rng.choice(
            [
                "git clone https://<user>:<token>@git.acme.io/platform/orders.git",
                "DATABASE_URL=postgresql://${DB_USER}:${DB_PASSWORD}@db1.acme.io/orders",
                "amqp://guest:$RABBIT_PASS@rabbit.acme.io:5672/",
                f"https://{word()}@git.acme.io/platform/{word()}.git",
                f"jar:file:/opt/app/lib/{word()}.jar!/META-INF/MANIFEST.MF",
                f"scm:git:https://git.acme.io:8443,org.acme.{word()}@{hexs(7)}",
                f"postgres://{word()}@db1.acme.io:5432/{word()}",
            ]
        ),
        "npmrc-lines": lambda: rng.choice(
            [
                "//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
                f"@acme:registry=https://npm.acme.io/{word()}/",
                "always-auth=true",
                "//npm.pkg.github.com/:_authToken=${{ secrets.GITHUB_TOKEN }}",
                f"npm notice package size: {rng.randint(2, 900)} kB",
            ]
        ),
        "shadow-lines": lambda: rng.choice(
            [
                f"{word()}:!:19{digits(3)}:0:99999:7:::",
                f"daemon:*:19{digits(3)}:0:99999:7:::",
                f"{word()}:!!:19{digits(3)}::::::",
                "ENCRYPT_METHOD SHA512",
                "password hashes use $5$ (SHA-256) or $y$ (yescrypt) as their scheme",
                f"usermod -L {word()}",
            ]
        ),
        "public-pem": lambda: rng.choice(
            [
                _pem(rng, "PUBLIC KEY", 5),
                _pem(rng, "CERTIFICATE", 7),
                f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b62(43)} deploy@ci",
                'if (pem.startsWith("-----BEGIN RSA PRIVATE KEY-----")) { return parsePkcs1(pem); }',
            ]
        ),
        "slack-ids": lambda: rng.choice(
            [
                f"slack team T0{b62(8).upper()} channel C0{b62(8).upper()}",
                f"slack message ts {digits(10)}.{digits(6)} posted to #{word()}",
                "SLACK_BOT_TOKEN=xoxb-your-bot-token",
                f"slack app A0{b62(8).upper()} installed",
            ]
        ),
        "payment-ids": lambda: rng.choice(
            [
                f"STRIPE_PUBLISHABLE_KEY=pk_live_{b62(24)}",
                f"stripe charge ch_{b62(24)} captured ({rng.randint(100, 9999)} GBP)",
                f"stripe customer cus_{b62(14)} updated",
                f"mailchimp audience_id: {hexs(10)}",
                f"GET https://us{rng.randint(1, 21)}.api.mailchimp.com/3.0/lists/{hexs(10)}/members 200",
            ]
        ),
        "shop-ids": lambda: rng.choice(
            [
                f"SHOPIFY_SHOP={word()}-shop.myshopify.com",
                f"shopify order gid://shopify/Order/{digits(13)} paid",
                f"shopify product gid://shopify/Product/{digits(13)} updated",
                f"shopify webhook {uuid()} delivered",
            ]
        ),
        "forge-ids": lambda: rng.choice(
            [
                f"github app installation {digits(8)} for acme/{word()}",
                f'GITHUB_SHA: "{hexs(40)}"',
                f"gitlab runner #{digits(5)} ({hexs(8)}) registered, tags: docker,{word()}",
                f"gitlab pipeline {digits(9)} passed for {word()}",
                "Runner authentication tokens start with glrt-; registration tokens are deprecated",
            ]
        ),
        "cloud-ids": lambda: rng.choice(
            [
                f"DT_ENVIRONMENT_URL=https://{b62(8).lower()}.live.dynatrace.com",
                f"dynatrace entity HOST-{hexs(16).upper()} unhealthy",
                f"AZURE_TENANT_ID={uuid()}",
                f"AZURE_CLIENT_ID={uuid()}",
                f"heroku_app: '{word()}-orders-prod'",
                f"heroku release v{rng.randint(10, 999)} deployed by {word()}@acme.io",
            ]
        ),
        "platform-names": lambda: rng.choice(
            [
                f"argocd app get {word()}-prod --refresh",
                f"argocd: application {word()} synced to revision {hexs(40)}",
                f"SNOWFLAKE_ACCOUNT=acme-{b62(7).lower()}",
                f"snowflake query {uuid()} returned {rng.randint(1, 9000)} rows",
                f"snowsql -a acme-{b62(7).lower()} -u {word()} --authenticator externalbrowser",
            ]
        ),
        "jwt-headers": lambda: rng.choice(
            [
                'token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"',
                "JWT header eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9 decoded: RS256",
                f"jwt kid {hexs(16)} rotated",
            ]
        ),
    }
    return take_turns(makers, count)
