"""Innocent lookalikes of the rules added after the round-2 held-out measure (issue #17).

Each kind imitates what one new rule looks for and is not a secret: a provider's
name as a key with a setting, an id or a version after it; a provider's name
and a credential word near an id, a hash or a timestamp; a long option followed
by another option; base64 and alphanumeric blobs of the Azure keys' lengths;
host and pod names after the new prefixes (``db-``, ``hawk.``, ``px-api-``,
``live_``, ``ion_``, ``YC``...); prices and shell text around ``$1$``/``$6$``.
:mod:`tests.unit.redact.quality` counts them with the other innocents.
"""

from __future__ import annotations

import base64
import random
import uuid
from collections.abc import Callable

__all__ = ["lookalikes"]

_PROVIDERS = [
    "datadog",
    "sendgrid",
    "stripe",
    "twilio",
    "mailgun",
    "postmark",
    "heroku",
    "pagerduty",
    "algolia",
]
_SETTINGS = [
    "enabled",
    "true",
    "false",
    "datadoghq.eu",
    "7.52.1",
    "2024-06-20.acacia",
    "v3/mail/send",
    "agent-7.52.1-1.x86_64",
    "projects/my-app-1234/databases",
    "https://api.example.com/v1/hooks",
    "/var/lib/app/templates/welcome_v2.html",
    "${STRIPE_API_KEY}",
    "<your-key-here>",
    "ws-eu.pusher-proxy.internal",
]
_IDS = ["acct_", "cus_", "ch_", "pi_", "evt_", "price_", "sub_", "in_", "msg_"]
_B62 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def lookalikes(seed: int = 31, count: int = 1200) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)

    def hexs(n: int) -> str:
        return "".join(rng.choice("0123456789abcdef") for _ in range(n))

    def b62(n: int) -> str:
        return "".join(rng.choice(_B62) for _ in range(n))

    def low(n: int) -> str:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))

    def u() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128)))

    def prov() -> str:
        p = rng.choice(_PROVIDERS)
        return rng.choice([p, p.upper(), p.capitalize()])

    def b64(nbytes: int) -> str:
        return base64.b64encode(rng.randbytes(nbytes)).decode()

    makers: list[tuple[str, Callable[[], str]]] = [
        ("provider-key-setting", lambda: f"{prov()}={rng.choice(_SETTINGS)} region=eu-west-1"),
        ("provider-key-setting-yaml", lambda: f"{prov().lower()}: {rng.choice(_SETTINGS)}"),
        (
            "provider-key-id",
            lambda: f'{{"{prov().lower()}": "{rng.choice(_IDS)}{b62(rng.randint(14, 24))}"}}',
        ),
        (
            "provider-key-identifier",
            lambda: (
                f"{prov().lower()}: {rng.choice(['payment', 'journey', 'monkey', 'survey', 'factory'])}"
                f"{rng.choice(['Service', 'Handler', 'Hockey', 'Key'])}{rng.choice(['Map', 'Get', 'Deploy'])}{rng.randint(1, 99)}"
            ),
        ),
        (
            "provider-key-app-name",
            lambda: (
                f"{prov()}=orders-api-staging-eu-{rng.randint(1, 9)} release=v{rng.randint(1, 300)}"
            ),
        ),
        ("provider-key-number", lambda: f"{prov()}: {rng.randint(10**19, 10**24)} events"),
        (
            "provider-dotted-key",
            lambda: f"{prov().lower()}.trace_id={hexs(32)} {prov().lower()}.span_id={hexs(16)}",
        ),
        ("provider-word-id", lambda: f"{prov()} api key id {hexs(32)} rotated by admin"),
        ("provider-word-request", lambda: f"{prov()} api key request {u()} failed with 401"),
        (
            "provider-word-account",
            lambda: f"{prov()} secret key for account {rng.choice(_IDS)}{b62(16)} is missing",
        ),
        ("provider-word-commit", lambda: f"{prov()} token deploy at commit {hexs(40)} finished"),
        (
            "provider-word-time",
            lambda: f"{prov()} api key rotated at 2024-05-{rng.randint(10, 28)}T10:00:00Z",
        ),
        (
            "provider-word-digits",
            lambda: f"{prov()} token count {rng.randint(10**20, 10**25)} over quota",
        ),
        (
            "provider-word-name",
            lambda: f"{prov()} api key loaded from DD_API_KEY_FILE_PATH_FOR_THE_AGENT",
        ),
        (
            "cli-dash-options",
            lambda: rng.choice(
                [
                    "tool --password -h db --port 5432",
                    "tool --secret --verbose --dry-run",
                    f"tool --token -{rng.randint(1, 9)} --retries 3",
                    "tool --api-key -Dfoo.bar=1 --jvm",
                    "tool --password - < /run/secrets/pw",
                    "tool --token -abcdefgh --name x",
                    f"tool --secret-file -x{rng.randint(10, 99)}.cfg --mode strict",
                ]
            ),
        ),
        ("azure-like-b64-88", lambda: f"blob md5 list: {b64(66)} {b64(66)}"),
        ("azure-like-b64-44", lambda: f"nonce={b64(32)} iv={b64(32)}"),
        ("azure-like-alnum", lambda: f"build artifact {b62(52)} {b62(84)}"),
        (
            "azure-words",
            lambda: rng.choice(
                [
                    "APIM gateway acme-apim.azure-api.net returned 401",
                    "AIoT hub registered 3 devices",
                    "AzCache warmup done",
                ]
            ),
        ),
        (
            "db-hosts",
            lambda: (
                f"connect db-primary-eu-west-{rng.randint(1, 3)}a-replica ok; pod db-{hexs(10)}-{low(5)} ready; db-MigrationAddUsersTable20240501 applied"
            ),
        ),
        (
            "hawk-hosts",
            lambda: f"GET https://hawk.example.com/v{rng.randint(1, 3)}/hawk.config.yaml 200",
        ),
        (
            "px-hosts",
            lambda: f"pod px-api-gateway-{hexs(8)} and px-dep-{low(6)} running, trace {u()}",
        ),
        (
            "live-names",
            lambda: (
                f"uploaded live_{rng.randint(2019, 2025)}_{rng.randint(1, 12):02d}_recording_{low(8)}.mp4"
            ),
        ),
        ("ion-words", lambda: f"session_{b62(42)} region_{b62(42)} version_{b62(42)}"),
        (
            "yc-words",
            lambda: (
                f"YCSB_workload_{rng.choice('abcdef')}_results_for_cluster_{rng.randint(1, 9)} ok"
            ),
        ),
        (
            "crypt-prices",
            lambda: f"price $5$ each, total $6$ -> ${rng.randint(1, 9)}$ ; echo $1$2$3",
        ),
        (
            "gradle-prose",
            lambda: "credentials {\n    username 'deploy'\n    password 'is required'\n}",
        ),
        (
            "gradle-vars",
            lambda: rng.choice(
                [
                    "password '$NEXUS_PASSWORD'",
                    "password \"${System.getenv('PW')}\"",
                    "password project.findProperty('pw')",
                ]
            ),
        ),
        (
            "prefix-words",
            lambda: rng.choice(
                [
                    "dose_mg=500 lip_sync_offset_ms=40",
                    "api_live.health.check ok",
                    "phx_reply sent to channel",
                    "napi_threadsafe_function created",
                    "AKLT_WORKERS=4",
                ]
            ),
        ),
        ("okta-ids", lambda: f"okta user 00u{b62(17)} in org 00o{b62(17)} group 00g{b62(17)}"),
        (
            "sid-keys",
            lambda: (
                f"user_sid=S-1-5-21-{rng.randint(10**9, 4 * 10**9)}-{rng.randint(1000, 9999)} session_sid_count={rng.randint(1, 99)}"
            ),
        ),
    ]
    return [(makers[i % len(makers)][0], makers[i % len(makers)][1]()) for i in range(count)]
