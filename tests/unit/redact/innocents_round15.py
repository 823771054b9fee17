"""Innocent lookalikes for the round-15 held-out measure (issue #17).

Each kind imitates a shape the round-15 families have and is not a secret, written from the
formats (what a provider's ids, hashes and URLs look like), not from our rules: Bot Framework
conversation, activity and bot ids near ``directline``/``webchat``; Logic Apps trigger URLs
without a signature or with a placeholder, and run ids; Docker Swarm node, service and task ids
and join commands that read the token from a variable; Splunk search ids, HEC channel GUIDs and
index names near ``splunk`` and ``token``; Airtable record, base and table ids and words that
start with ``key``; Google OAuth client ids (public) alone; database, Redis and Infura URLs
without a credential; and the round's prefixes followed by a word.  A client id under
``GOOGLE_CLIENT_ID=`` was one of them when the round was first measured (16 touched): the
library takes a provider's client id under its key by design (pipeline/redact/keys.py), so that
form now names the id in a comment instead.
``python -m tests.unit.redact.heldout_round15`` prints how many are touched; a test holds them
at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-15 families a word near a value wakes
PROVIDERS = (
    "airtable artifactory botframework directline clarifai databricks splunk vultr postmark "
    "infura redis stripe github figma yandex"
).split()

_DEFAULT_SPLUNK_INDEXES = ("main", "_internal", "app_logs", "k8s_events")


def lookalikes(seed: int = 83, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62 = draw.word, draw.hexs, draw.digits, draw.b62

    def lower36(n: int) -> str:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))

    def urlsafe(n: int) -> str:
        return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(n))

    def client_id() -> str:
        return f"{digits(12)}-{lower36(32)}.apps.googleusercontent.com"

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "bot-framework": lambda: rng.choice(
            [
                f"directline conversation {urlsafe(22)}-eu started, watermark {rng.randint(1, 40)}",
                f"webchat activity {urlsafe(22)}-eu|{digits(7)} delivered to bot {word()}-bot",
                f"botframework appId {draw.uuid()} registered for {word()}-bot",
                "webchat embed https://webchat.botframework.com/embed/helpdesk-bot?s=YOUR_SECRET_HERE",
                f"directline stream wss://directline.botframework.com/v3/directline/conversations/{urlsafe(22)}-eu/stream",
            ]
        ),
        "logic-app-urls": lambda: rng.choice(
            [
                f"POST https://{word()}-flow.azurewebsites.net:443/api/{word()}-created/triggers/manual/invoke"
                "?api-version=2022-05-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0 401",
                f"logic app run {digits(20)}{rng.randint(10, 99)}CU{digits(2)} succeeded, trigger manual",
                "sig=${LOGIC_APP_SIG} sp=/triggers/manual/run sv=1.0 for /triggers/manual/invoke",
                f"workflow {word()}-created trigger history {digits(29)}CU{digits(2)}",
            ]
        ),
        "swarm-ids": lambda: rng.choice(
            [
                f"docker node promote {lower36(25)}",
                f"swarm service {word()}_web id {lower36(25)} replicas {rng.randint(1, 9)}/{rng.randint(1, 9)}",
                f"task {word()}_web.{rng.randint(1, 9)}.{lower36(25)} running on node {lower36(25)}",
                "docker swarm join --token $SWARM_WORKER_TOKEN 10.0.3.17:2377",
                f"swarm cluster id {lower36(25)} created, raft index {rng.randint(10, 9999)}",
            ]
        ),
        "splunk-ids": lambda: rng.choice(
            [
                f"splunk search sid=scheduler__admin__search__RMD5{hexs(16)}_at_{digits(10)}_{rng.randint(1, 999)}",
                f'splunk hec channel "{draw.uuid()}" acknowledged {rng.randint(1, 500)} events',
                f"splunk index={rng.choice(_DEFAULT_SPLUNK_INDEXES)} sourcetype=json event id {draw.uuid()}",
                f"splunk hec token name app-logs (index {rng.choice(_DEFAULT_SPLUNK_INDEXES)}) enabled",
                f"splunk token expired for user {word()}, request {draw.uuid()} rejected",
            ]
        ),
        "airtable-ids": lambda: rng.choice(
            [
                f"airtable record rec{b62(14)} updated in table tbl{b62(14)}",
                f"airtable base app{b62(14)} view viw{b62(14)} synced",
                f"table {word()} KeyboardShortcuts loaded from base app{b62(14)}",
                f"airtable field fld{b62(14)} keyspaceNotification on",
            ]
        ),
        "oauth-client-ids": lambda: rng.choice(
            [
                f"google oauth client_id={client_id()} redirect_uri=http://localhost:8080/callback",
                f"# oauth client {client_id()}\nGOOGLE_CLIENT_SECRET=${{GOOGLE_CLIENT_SECRET}}",
                f"audience {client_id()} verified for subject {digits(21)}",
            ]
        ),
        "urls-without-credentials": lambda: rng.choice(
            [
                f"REDIS_URL=redis://cache.internal:6379/{rng.randint(0, 15)}",
                f"rediss://{word()}-redis.acme.io:6380/0 connected",
                "redis://:${REDIS_PASSWORD}@cache.internal:6379/0",
                "INFURA_URL=https://mainnet.infura.io/v3/${INFURA_PROJECT_ID}",
                f"eth_blockNumber via https://mainnet.infura.io/v3/<project-id> took {rng.randint(5, 900)}ms",
                f"https://discord.com/api/webhooks/{digits(19)}/{{token}} disabled",
            ]
        ),
        "prefix-words": lambda: rng.choice(
            [
                f"key-{word()}-rotation scheduled",
                f"dapi tokens for {word()} expire in {rng.randint(1, 90)} days",
                f"pscale_pw_ passwords are issued per branch ({word()})",
                "whsec_ secrets are shown once in the dashboard",
                f"figd_ tokens and npm_ tokens live in the {word()} vault",
                f"t1.micro instance {word()}-{rng.randint(1, 9)} started",
                f"gh{rng.choice('puso')}_ and github_pat_ tokens are scanned on push",
                "SG. keys are rotated quarterly",
            ]
        ),
        "settings": draw.provider_settings,
    }
    return take_turns(makers, count)
