"""Innocent lookalikes of the rules added after the round-4 held-out measure (issue #17).

Each kind imitates what one new rule or engine change looks for and is not a
secret: credential words before ids, cache keys, page tokens, words and
Kubernetes resource names
(``credential-word-token``); quoted name/value pairs and setters whose name is not
a secret or whose value is not a literal (``secret-name-literal-pair``,
``secret-setter-literal``); MySQL DSNs with a variable for the password; ``jwt.sign``
with a variable or key object; dotted ``.v1.`` names; the new Authorization
schemes before prose; ``<-``/``||``/``:=`` with empty or variable values; the new
provider words as keys of settings.  ``python -m tests.unit.redact.heldout_round4``
prints how many are touched; a test holds them at none.
"""

from __future__ import annotations

import base64
import json
import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["lookalike_records", "lookalikes"]


def lookalikes(seed: int = 53, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, ())
    word, hexs, u = draw.word, draw.hexs, draw.uuid

    def cursor() -> str:
        raw = json.dumps({"after": rng.randint(1, 10**9), "sort": "created_at"}).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    makers: dict[str, Callable[[], str]] = {
        "credential-word-ids": lambda: rng.choice(
            [
                f"cache key {hexs(40)} evicted",
                f"next page token {cursor()}",
                f"idempotency key {u()} reused",
                f"partition key {word()}_{rng.randint(1000, 99999)}_{word()}",
                f"token {hexs(8)} too short",
                f"secret rotation scheduled for 2024-05-{rng.randint(10, 28)}T10:00:00Z",
                f"api key id {hexs(32)}",
                f"token journeyCacheGetTurkeySurvey{rng.randint(10, 99)}release",
                f"routing key orders.{word()}.{word()}.created",
                f"sort key {word()}#{rng.randint(2019, 2026)}-{rng.randint(1, 12):02d}",
                f"public key {base64.b64encode(rng.randbytes(32)).decode()}",
            ]
        ),
        "kubernetes-secret-names": lambda: rng.choice(
            [
                f"mounted secret checkout-db-credentials-{hexs(5)} into pod",
                f"Created secret default-token-{hexs(3)}k{rng.randint(1000, 9999)} in kube-system",
                f"secret payments-api-tls-{rng.randint(2020, 2026)}-{rng.randint(1, 12):02d}-01 renewed",
                f"Secret vault-agent-token-{hexs(4)}x{rng.randint(10000, 99999)} created",
                f"secret {word()}-svc-{hexs(9)}-x{rng.randint(1000, 9999)} ready",
            ]
        ),
        "literal-pairs": lambda: rng.choice(
            [
                "define('DB_HOST', 'db.acme.internal');",
                'config.get("password", "")',
                'os.Setenv("TOKEN_TTL", "3600")',
                "define('DB_PASSWORD', getenv('DB_PASSWORD'));",
                f'labels.put("{word()}_key", "{word()}-{rng.randint(1, 99)}")',
                'assert.Equal(t, "secret", "secret")',
                'os.Setenv("APP_SECRET", "${APP_SECRET}")',
            ]
        ),
        "setters": lambda: rng.choice(
            [
                'setTokenTtl("3600s")',
                'setPassword("")',
                'withTokenName("session")',
                'setKeyboardLayout("us-intl")',
                f'setSecretName("prod-{word()}-db")',
                'withAuthHeader("Authorization")',
            ]
        ),
        "dsn-variables": lambda: rng.choice(
            [
                'dsn := "app:${DB_PASS}@tcp(db:3306)/orders"',
                "connect to @tcp(db:3306) failed",
                'fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, db)',
            ]
        ),
        "jwt-sign-variables": lambda: rng.choice(
            [
                "jwt.sign(payload, process.env.JWT_SECRET)",
                'jwt.sign(payload, privateKey, { algorithm: "RS256" })',
                "token := jwt.sign(claims, config.secret, opts);",
            ]
        ),
        "dotted-v1": lambda: rng.choice(
            [
                "GET /api.v1.users.list 200",
                f"grpc method orders.v1.OrderService.Get took {rng.randint(1, 900)}ms",
                f"package acme.v1.{word()} version {hexs(7)}",
            ]
        ),
        # "Authorization: App required" and the like were touched before round 4 too (secret-assignment)
        "auth-scheme-prose": lambda: rng.choice(
            ["Authorization: OAuth realm", "authorization header: JWT expected"]
        ),
        "operators": lambda: rng.choice(
            [
                'pass := os.Getenv("DB_PASS")',
                "db_pwd <- Sys.getenv('DB_PWD')",
                "token_count <- 512",
                "OLDPWD=/home/deploy/app",
                'const password = process.env.DB_PASSWORD || "";',
                "api_token = os.environ['API_TOKEN']",
                "const secret = import.meta.env.VITE_SECRET;",
                "pwd_length: 12",
            ]
        ),
        "provider-settings": lambda: rng.choice(
            [
                "chartmogul: enabled",
                f"ATERA_URL=https://app.atera.com/{word()}",
                f"runscope_bucket={word()}-{rng.randint(1, 99)}",
                "blazemeter: 4.12.1",
                f"appoptics_service={word()}",
                f"canny_board={word()}",
            ]
        ),
    }
    return take_turns(makers, count)


def lookalike_records() -> list[dict[str, object]]:
    """Records with a provider's name alone as a key and a value that is not its credential."""
    return [
        {"attributes": {"datadog": "enabled"}},
        {"attributes": {"github": "https://github.com/org/repo"}},
        {"attributes": {"datadog": "7.52.1"}},
        {"attributes": {"stripe": "acct_1Nv0FGQ9RKHgCVdK"}},
        {"attributes": {"heroku": "orders-api-staging-eu-1"}},
        {"attributes": {"twilio": "+14155550123"}},
        {"attributes": {"sendgrid": "/var/lib/sendgrid/templates/welcome_v2.html"}},
        {"attributes": {"datadog": "datadoghq.eu"}},
        {"attributes": {"stripe": 1234567}},
        {"attributes": {"pagerduty": "P1ABC23"}},
        {"attributes": {"mailgun": "mg.acme.io"}},
        {"attributes": {"chartmogul": "paymentServiceHandler2024Release"}},
        {"resource": {"cloudflare": "zone-acme-io-production-eu-west"}},
    ]
