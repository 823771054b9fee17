"""Innocent lookalikes for the round-45 held-out measure (issue #17).

Each kind imitates a shape the round-45 families (Semgrep's last generic secrets rules and 26
Kingfisher files) have and is not a secret, written from the public values the picked providers'
docs and tools show, not from our rules: Twitter user and tweet ids, Telegram chat and message
ids, Stripe object ids (``cus_``, ``pi_``, ``ch_``) and publishable-key placeholders, Square
location and application ids (``sq0idp-``, public), ``sshpass`` reading its password from a file
or the environment, URIs with a user and no password or with a variable for it, Asana task and
project gids, Avaza and Ayrshare ids, Blogger blog and post ids, Box file and folder ids, BuddyNS
zone names, BitcoinAverage symbols; request lines whose key is a variable or the docs'
placeholder; the everyday words among the provider names (box, audd, blogger).  ``python -m
tests.unit.redact.heldout_round45`` prints how many are touched; a test holds them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-45 families a word near a value wakes
PROVIDERS = (
    "apifonica apimetrics apitemplate appfollow appointedd appsynergy asana audd autoklose autopilot avaza "
    "aviationstack axonaut ayrshare beebole besnappy besttime bitcoinaverage bitly blitapp blogger boostnote "
    "box buddyns bulbul twitter telegram square stripe"
).split()


def lookalikes(seed: int = 239, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    def upper(n: int) -> str:
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "short-values": draw.provider_short_values,
        "request-lines": lambda: rng.choice(
            [
                "curl -H 'Authorization: Bearer $APIMETRICS_TOKEN' https://client.apimetrics.io/api/2/calls/",
                "curl -H 'X-API-KEY: YOUR_API_KEY' https://api.apitemplate.io/v1/list-templates",
                "curl -H 'X-AppFollow-API-Token: <token>' https://api.appfollow.io/api/v2/account/users",
                "GET https://api.aviationstack.com/v1/flights?access_key=YOUR_ACCESS_KEY",
                "curl -H 'autopilotapikey: ${AUTOPILOT_API_KEY}' https://api2.autopilothq.com/v1/account",
                "curl -H \"Authorization: Bearer $ASANA_PAT\" https://app.asana.com/api/1.0/users/me",
                "curl -H 'Authorization: Bearer {{BOX_DEVELOPER_TOKEN}}' https://api.box.com/2.0/users/me",
                "curl https://api.stripe.com/v1/charges -u $STRIPE_SECRET_KEY:",
                "curl https://api.telegram.org/bot$TELEGRAM_BOT_TOKEN/getMe",
                "GET https://www.googleapis.com/blogger/v3/blogs/2399953?key=API_KEY",
                "curl -u $BEEBOLE_TOKEN:x https://beebole-apps.com/api/v2",
                "GET https://prod-api.bulbul.io/view_all_users?api_key=<api_key>",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"twitter user id {digits(18)} followed, tweet {digits(19)} liked",
                f"telegram chat -100{digits(10)} message {rng.randint(1, 90000)} delivered",
                f"stripe customer cus_{b62(14)} payment pi_{b62(24)} succeeded",
                f"stripe charge ch_{b62(24)} refunded, balance txn txn_{b62(24)}",
                f"square location L{upper(12)} application sq0idp-{b62(22)}",
                f"asana task {digits(16)} in project {digits(16)} completed",
                f"avaza timesheet {digits(6)} approved for project {digits(5)}",
                f"ayrshare post {b62(20)} published to twitter",
                f"blogger blog {digits(19)} post {digits(19)} updated",
                f"box file {digits(12)} moved to folder {digits(11)}",
                f"buddyns zone {word()}.io synced to {rng.randint(2, 9)} secondaries",
                f"bitcoinaverage symbol BTCUSD last {rng.randint(20000, 90000)}.{digits(2)}",
                f"bitly link bit.ly/{b62(7)} clicked {rng.randint(1, 900)} times",
                f"telegram bot @{word()}_{word()}_bot id {digits(10)} started",
            ]
        ),
        "ssh-and-uris": lambda: rng.choice(
            [
                "sshpass -f ~/.ssh/deploy.pass ssh deploy@10.0.4.12 uptime",
                "SSHPASS=$DEPLOY_PASSWORD sshpass -e ssh deploy@10.0.4.12 uptime",
                "sshpass -p \"$SSH_PASSWORD\" scp build.tgz ops@bastion.acme.io:/tmp/",
                f"ssh -p {rng.randint(2000, 2999)} ops@bastion.acme.io 'df -h'",
                f"postgres://orders@db.acme.internal:5432/{word()}",
                "DATABASE_URL=postgres://orders:${DB_PASSWORD}@db.acme.internal:5432/orders",
                f"https://{word()}.acme.io:8443/api/v1/{word()}?page=2",
                "amqp://rabbit.acme.io:5672/%2f",
                f"redis://cache.acme.internal:6379/{rng.randint(0, 15)}",
            ]
        ),
        "placeholders": lambda: rng.choice(
            [
                "TWITTER_CONSUMER_SECRET: ${{ secrets.TWITTER_CONSUMER_SECRET }}",
                "STRIPE_SECRET_KEY=sk_live_...",
                "stripe.api_key = os.environ['STRIPE_RESTRICTED_KEY']",
                "SQUARE_APPLICATION_SECRET=<your application secret>",
                "TELEGRAM_BOT_TOKEN=123456:ABC-your-token",
                "BOX_CLIENT_SECRET: changeme",
                "ASANA_ACCESS_TOKEN=${ASANA_ACCESS_TOKEN}",
                "appointedd_api_key: YOUR_APPOINTEDD_KEY",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"check box {rng.randint(1, 9)} on the {word()} form before saving",
                f"the blogger wrote {rng.randint(2, 40)} posts about {word()}",
                f"tool box key lost, spare in drawer {rng.randint(1, 9)}",
                f"square footage {rng.randint(40, 400)} m2, access code changes monthly",
                f"twitter card preview for {word()} rendered in {rng.randint(10, 900)}ms",
            ]
        ),
        "provider-hex-ids": lambda: rng.choice(
            [
                f"box collection {digits(10)} shared, etag {hexs(8)}",
                f"besnappy ticket {digits(7)} closed by {word()}",
                f"boostnote doc {uuid()} edited",
                f"autopilot journey {uuid()} contact {hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)} entered",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
