"""Innocent lookalikes for the round-40 held-out measure (issue #17).

Each kind imitates a shape the round-40 families (the LeakTK rules no round measured) have and is
not a secret, written from the non-secret values those rules' allowlists describe (Slack's
``1234``, ``some``, ``placeholder`` and ``slack``; WordPress's ``${NAME}``, ``$NAME``,
``{{NAME}}`` and ``<NAME>``; the Generic Secret rules' placeholders) and from the public values of
the picked providers, not from our rules: Slack's team, channel and user ids, its docs'
placeholder webhook and tokens named but not shown; StackRox's commands and image names; Square's
application and location ids; Twilio's account, message and call SIDs; Testing Farm's request
ids; Tines' story URLs; a WordPress ``define()`` of a host, a name, a user, a flag or the sample's
phrase; Auth0's domain, audience and user ids; Dropbox's file ids and paths; Label Studio's and
SonarQube's URLs, project keys and variables; Sourcegraph's endpoint; an OIDC client's id, issuer
and authentication method; LeakTK's own flags (``LTKF{secret}``).
``python -m tests.unit.redact.heldout_round40`` prints how many are touched; a test holds them at
none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-40 families a word near a value wakes
PROVIDERS = "slack stackrox square twilio tines wordpress auth0 dropbox sonarqube sourcegraph keycloak".split()


def lookalikes(seed: int = 211, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    def upper(n: int) -> str:
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "slack-ids": lambda: rng.choice(
            [
                f"slack: posted to channel C{upper(10)} as user U{upper(10)} in team T{upper(10)}",
                "SLACK_BOT_TOKEN=xoxb-your-bot-token",
                "token: xoxb-1234-placeholder",
                "Bot tokens start with xoxb-, user tokens with xoxp- and app-level tokens with xapp-",
                f"slack message ts={digits(10)}.{digits(6)} thread_ts={digits(10)}.{digits(6)}",
                "SLACK_APP_TOKEN: ${{ secrets.SLACK_APP_TOKEN }}",
                f"slack app A{upper(10)} installed to workspace {word()}",
            ]
        ),
        "slack-webhooks": lambda: rng.choice(
            [
                "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                "slack_api_url: https://hooks.slack.com/services/",
                "SLACK_WEBHOOK_URL=${SLACK_WEBHOOK_URL}",
                "slack_api_url_file: /etc/alertmanager/secrets/slack-webhook",
                f"slack webhook for #{word()}-alerts returned 200 in {rng.randint(40, 900)}ms",
            ]
        ),
        "stackrox-names": lambda: rng.choice(
            [
                "roxctl --endpoint central.acme.io:443 central whoami",
                "ROX_API_TOKEN=${ROX_API_TOKEN}",
                f"image quay.io/stackrox-io/main:4.{rng.randint(0, 6)}.{rng.randint(0, 9)} pulled",
                f"stackrox policy violation {uuid()} in deployment {word()}-api",
                "JWT header eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9 decoded: RS256",
            ]
        ),
        "square-ids": lambda: rng.choice(
            [
                f"SQUARE_APPLICATION_ID=sq0idp-{b62(22)}",
                f"square location L{upper(12)} synced {rng.randint(1, 900)} orders",
                "SQUARE_ACCESS_TOKEN=<your-access-token>",
                f"square payment {b62(27)} completed",
                "Square's legacy tokens begin sq0atp- and its OAuth secrets sq0csp-",
            ]
        ),
        "twilio-sids": lambda: rng.choice(
            [
                f"twilio message SM{hexs(32)} delivered",
                f"twilio call CA{hexs(32)} completed after {rng.randint(3, 900)}s",
                f"twilio usage report for account AC{hexs(32)} ready",
                f"twilio number PN{hexs(32)} +1415555{digits(4)}",
                "TWILIO_API_KEY=${TWILIO_API_KEY}",
                f"SKU {upper(8)} restocked: {rng.randint(1, 90)} units",
            ]
        ),
        "testing-farm-ids": lambda: rng.choice(
            [
                f"testing-farm: request {uuid()} queued on Fedora-40",
                "TESTING_FARM_API_TOKEN: ${{ secrets.TESTING_FARM_API_TOKEN }}",
                f"https://artifacts.dev.testing-farm.io/{uuid()}/",
                "TESTING_FARM_API_TOKEN=$TESTING_FARM_API_TOKEN",
            ]
        ),
        "tines-urls": lambda: rng.choice(
            [
                f"https://acme-ops.tines.com/stories/{digits(5)}",
                f"tines story {digits(5)} run {uuid()} finished",
                "TINES_WEBHOOK_URL=${TINES_WEBHOOK_URL}",
                f"tines action {word()} emitted {rng.randint(1, 90)} events",
            ]
        ),
        "wp-config-defines": lambda: rng.choice(
            [
                "define( 'DB_HOST', 'localhost' );",
                f"define( 'DB_NAME', 'wp_{word()}' );",
                f"define( 'DB_USER', '{word()}_admin' );",
                "define( 'WP_DEBUG', false );",
                "define( 'AUTH_KEY',         'put your unique phrase here' );",
                "define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );",
                "define( 'DB_PASSWORD', '' );",
                "define( 'SECURE_AUTH_KEY', '${SECURE_AUTH_KEY}' );",
                "define('NONCE_SALT', '{{NONCE_SALT}}');",
                "define( 'DB_CHARSET', 'utf8mb4' );",
            ]
        ),
        "auth0-ids": lambda: rng.choice(
            [
                f"AUTH0_DOMAIN={word()}-prod.eu.auth0.com",
                "AUTH0_AUDIENCE=https://api.acme.io",
                f"auth0 user auth0|{hexs(24)} logged in",
                "AUTH0_CLIENT_SECRET=${AUTH0_CLIENT_SECRET}",
                f"auth0: tenant {word()}-prod rule {word()}-enrich ran in {rng.randint(2, 400)}ms",
            ]
        ),
        "dropbox-ids": lambda: rng.choice(
            [
                f"dropbox file id:{b62(11)}AAAAAAAAA{b62(2)} uploaded to /Apps/acme/{word()}.csv",
                f"dropbox rev 0{hexs(8)}00000001 of /reports/{word()}.pdf",
                "DROPBOX_REFRESH_TOKEN=${DROPBOX_REFRESH_TOKEN}",
                "dropbox sl. tokens expire after four hours; use a refresh token",
                f"dropbox account dbid:AA{b62(20)} linked",
            ]
        ),
        "label-studio-names": lambda: rng.choice(
            [
                "LABEL_STUDIO_URL=http://localhost:8080",
                f"label-studio: project {rng.randint(1, 400)} task {digits(6)} annotated by {word()}",
                "LABEL_STUDIO_API_KEY=<your-api-key>",
                "label-studio start --port 8080 --data-dir /data",
            ]
        ),
        "sonar-settings": lambda: rng.choice(
            [
                f"sonar.projectKey=acme_{word()}",
                "sonar.host.url=https://sonar.acme.io",
                "sonar.login=${env.SONAR_TOKEN}",
                "SONAR_TOKEN: ${{ secrets.SONAR_TOKEN }}",
                f"sonarqube quality gate passed for {word()} (analysis {uuid()})",
                "mvn sonar:sonar -Dsonar.token=$SONAR_TOKEN",
            ]
        ),
        "sourcegraph-names": lambda: rng.choice(
            [
                "SRC_ENDPOINT=https://sourcegraph.acme.io",
                "Sourcegraph access tokens start with sgp_ (sgp_local_ on a dev instance)",
                "SRC_ACCESS_TOKEN=${SRC_ACCESS_TOKEN}",
                f"sourcegraph: indexed {word()} at {hexs(40)}",
            ]
        ),
        "oidc-settings": lambda: rng.choice(
            [
                f"client_id: {uuid()}",
                "client_secret: ${OIDC_CLIENT_SECRET}",
                "token_endpoint_auth_method: client_secret_basic",
                f"issuer: https://sso.acme.io/realms/{word()}",
                "client_secret_expires_at: 0",
                f"keycloak client {word()}-api ({uuid()}) created",
                "--client-secret-file=/etc/oauth2-proxy/client-secret",
            ]
        ),
        "leaktk-flags": lambda: rng.choice(
            [
                "LTKF{secret}",
                f"# LTKF{{cui}} marker placed in {word()}.md for the scanner's test",
                "LTKF{vuln}",
            ]
        ),
    }
    return take_turns(makers, count)
