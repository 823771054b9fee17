"""Innocent lookalikes for the round-23 held-out measure (issue #17).

Each kind imitates a shape the round-23 families (SecretScanner's content signatures) have and
is not a secret, written from the non-secret values the picked providers' public docs and the
file kinds the signatures read show, not from our rules: Stripe's publishable keys (``pk_live_``,
``pk_test_``, meant for the browser) and object ids; Mailgun's public validation key
(``pubkey-``), sending domains and message ids; Mailchimp audience ids and data-centre hosts;
Twilio's call and message ids; AWS session settings with no token, account ids and a ``token``
key over a value that is no token (an npm lockfile's ``sha512-`` integrity, an image's base64
data URI); commit SHAs under a ``sonar``, ``github`` or ``codeclimate`` key, badge ids; HockeyApp
app ids (compiled into the app); Sauce Labs job ids and usernames; LinkedIn, Twitter and GitHub
handles, pages and repositories in quotes; Heroku app names; OpenWeather-style ``appid=`` with a
placeholder or a bundle id; URLs with a user and no password, or placeholders in both places;
public keys and certificates in PEM; WordPress's ``wp-config.php`` settings that are names
(``DB_NAME``, ``DB_HOST``, ``DB_CHARSET``) and its sample's placeholder phrase; AWS config
profiles; ``sshpass`` reading its password from a variable or a file.
``python -m tests.unit.redact.heldout_round23`` prints how many are touched; a test holds them at
none.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-23 families a word near a value wakes
PROVIDERS = (
    "stripe mailgun mailchimp twilio sendgrid square artifactory codeclimate sauce sonar hockeyapp "
    "github heroku linkedin twitter facebook".split()
)


def _b64(rng: random.Random, n: int) -> str:
    """``n`` random bytes in base64 (a digest, an image's bytes)."""
    return base64.b64encode(rng.randbytes(n)).decode()


def _pem(rng: random.Random, label: str, lines: int) -> str:
    """A PEM block of ``label`` with ``lines`` full lines of base64 and a short last one."""
    body = _b64(rng, 48 * lines + 20)
    rows = [body[i : i + 64] for i in range(0, len(body), 64)]
    return "\n".join([f"-----BEGIN {label}-----", *rows, f"-----END {label}-----"])


def lookalikes(seed: int = 113, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62 = draw.word, draw.hexs, draw.digits, draw.b62

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "payment-ids": lambda: rng.choice(
            [
                f"STRIPE_PUBLISHABLE_KEY=pk_live_{b62(24)}",
                f"stripe.js loaded with pk_test_{b62(24)} for {word()}",
                f"stripe charge ch_{b62(24)} captured ({rng.randint(100, 9999)} GBP)",
                f"stripe customer cus_{b62(14)} updated",
                f"square location_id: L{b62(12).upper()}",
            ]
        ),
        "mail-ids": lambda: rng.choice(
            [
                f"MAILGUN_PUBLIC_KEY=pubkey-{hexs(32)}",
                f"mailgun: queued <{digits(14)}.{hexs(16)}@mg.acme.io> to {word()}@acme.io",
                f"MAILGUN_DOMAIN=mg.{word()}.acme.io",
                f"mailchimp audience_id: {hexs(10)}",
                f"GET https://us{rng.randint(1, 21)}.api.mailchimp.com/3.0/lists/{hexs(10)}/members 200",
                f"twilio call CA{hexs(32)} completed in {rng.randint(2, 600)}s",
                f"twilio message SM{hexs(32)} delivered",
            ]
        ),
        "aws-settings": lambda: rng.choice(
            [
                f"[profile {word()}]\nregion = eu-west-2\noutput = json",
                f"aws_account_id = {digits(12)}",
                f"duration_seconds = {rng.randint(900, 43200)}",
                "AWS_SESSION_TOKEN=",
                "aws_session_token = ${AWS_SESSION_TOKEN}",
                "aws_secret_access_key = <your secret access key>",
                f"role_arn = arn:aws:iam::{digits(12)}:role/{word()}-deploy",
            ]
        ),
        "base64-data": lambda: rng.choice(
            [
                f'"integrity": "sha512-{_b64(rng, 64)}"',
                f'<script src="https://cdn.acme.io/{word()}.js" integrity="sha384-{_b64(rng, 48)}"></script>',
                f'<img src="data:image/png;base64,iVBORw0KGgo{_b64(rng, 90)}" alt="{word()}">',
                f"checksum: sha384-{_b64(rng, 48)}",
            ]
        ),
        "commit-shas": lambda: rng.choice(
            [
                f"sonar.scm.revision={hexs(40)}",
                f'GITHUB_SHA: "{hexs(40)}"',
                f"github_ref: 'refs/heads/{word()}' github_sha: '{hexs(40)}'",
                f"codeclimate: coverage for commit {hexs(40)} uploaded",
                f"![Maintainability](https://api.codeclimate.com/v1/badges/{hexs(20)}/maintainability)",
            ]
        ),
        "app-ids": lambda: rng.choice(
            [
                f'hockeyapp_app_id: "{hexs(32)}"',
                f"BITHockeyManager.shared().configure(withIdentifier: \"{hexs(32)}\")",
                f"sauce job {hexs(32)} finished: passed",
                f"https://app.saucelabs.com/tests/{hexs(32)}",
                f"SAUCE_USERNAME=acme-{word()}",
                f'"appid": "com.acme.{word()}"',
            ]
        ),
        "social-handles": lambda: rng.choice(
            [
                f"linkedin_page: 'acme{word()}global'",
                f"twitter_handle: '@acme_{word()}'",
                f"github_repo: \"acme-corp/{word()}-service\"",
                f"heroku_app: '{word()}-orders-prod'",
                f"facebook_page: 'acme.{word()}'",
                f"fb_pixel_id: '{digits(15)}'",
            ]
        ),
        "placeholders": lambda: rng.choice(
            [
                "https://api.openweathermap.org/data/2.5/weather?q=London&appid={API_KEY}",
                "curl 'https://api.openweathermap.org/data/2.5/forecast?id=2643743&appid=YOUR_API_KEY'",
                "git clone https://<user>:<token>@git.acme.io/platform/orders.git",
                "DATABASE_URL=postgresql://${DB_USER}:${DB_PASSWORD}@db1.acme.io/orders",
                f"ssh://git@git.acme.io:7999/{word()}/{word()}.git",
                f"postgres://{word()}@db1.acme.io:5432/{word()}",
                f"mailto:{word()}@acme.io?subject=build",
            ]
        ),
        "public-pem": lambda: rng.choice(
            [
                _pem(rng, "PUBLIC KEY", 5),
                _pem(rng, "CERTIFICATE", 7),
                _pem(rng, "RSA PUBLIC KEY", 4),
                "openssl genrsa -out /etc/ssl/private/orders.key 4096  # writes -----BEGIN RSA PRIVATE KEY-----",
            ]
        ),
        "wp-config": lambda: rng.choice(
            [
                f"define( 'DB_NAME', 'wp_{word()}' );",
                f"define( 'DB_USER', 'wp_{word()}_user' );",
                f"define( 'DB_HOST', 'db{rng.randint(1, 9)}.acme.io:3306' );",
                "define( 'DB_CHARSET', 'utf8mb4' );",
                "define( 'AUTH_KEY',         'put your unique phrase here' );",
                "define( 'WP_DEBUG', false );",
                f"define( 'WP_HOME', 'https://{word()}.acme.io' );",
            ]
        ),
        "sshpass-lines": lambda: rng.choice(
            [
                'sshpass -p "$DEPLOY_PASS" ssh deploy@10.0.7.21 uptime',
                "sshpass -p \"${{ secrets.DEPLOY_PASSWORD }}\" scp dist.tar.gz deploy@web2:/srv",
                f"sshpass -f /run/secrets/{word()} rsync -a dist/ deploy@web2:/srv/www/",
                "apt-get install -y sshpass openssh-client",
            ]
        ),
        "webhook-docs": lambda: rng.choice(
            [
                "Teams connectors post to https://outlook.office.com/webhook/ followed by the connector's path",
                f"https://outlook.office.com/mail/inbox/id/{b62(22)}",
                "Slack incoming webhooks live under https://hooks.slack.com/services/",
                f"slack team T0{b62(8).upper()} channel C0{b62(8).upper()}",
            ]
        ),
    }
    return take_turns(makers, count)
