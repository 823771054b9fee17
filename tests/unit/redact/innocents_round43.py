"""Innocent lookalikes for the round-43 held-out measure (issue #17).

Each kind imitates a shape the round-43 families (Semgrep's generic secrets rules) have and is not
a secret, written from the public values the picked providers' docs and tools show and from the
non-secret matches those rules are known to make, not from our rules: Amazon MWS seller and
marketplace ids, AppSync API ids and endpoints, Artifactory repository paths and checksums, AWS
account ids and key ids read from the environment, Azure storage account and Service Bus
namespace names, Facebook app and page ids, Google OAuth client ids (public by design) and project
numbers, Heroku app names and release numbers, Mailchimp list ids and data centres, Mailgun domains,
npm scopes and registries without a token, Onfido applicant and check ids, Picatic event ids,
Sauce Labs job ids, SendGrid template ids (``d-`` and 32 hex), Slack channel and team ids, Snyk
organisation slugs, SoftLayer datacenter names, SonarQube project keys, Square location ids; public
key blocks, fingerprints and headers of the key shapes; a JWT's header alone; commit hashes after
``github``; request lines whose key is a variable or the docs' placeholder.  ``python -m
tests.unit.redact.heldout_round43`` prints how many are touched; a test holds them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-43 families a word near a value wakes
PROVIDERS = "codeclimate facebook github heroku sauce snyk softlayer sonarqube azure artifactory mailchimp".split()


def lookalikes(seed: int = 229, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    def upper(n: int) -> str:
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))

    def lower(n: int) -> str:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "short-values": draw.provider_short_values,
        "request-lines": lambda: rng.choice(
            [
                "curl -H 'X-JFrog-Art-Api: $ARTIFACTORY_API_KEY' https://acme.jfrog.io/artifactory/api/repositories",
                "GET https://graph.facebook.com/v19.0/me?access_token={access-token} 400",
                "GET https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=YOUR_API_KEY",
                "curl -u anystring:$MAILCHIMP_API_KEY https://us6.api.mailchimp.com/3.0/lists",
                "curl -s --user 'api:YOUR_API_KEY' https://api.mailgun.net/v3/mg.acme.io/messages",
                "curl https://api.eu.onfido.com/v3.6/applicants -H 'Authorization: Token token=<YOUR_API_TOKEN>'",
                "curl -X POST https://api.sendgrid.com/v3/mail/send -H \"Authorization: Bearer $SENDGRID_API_KEY\"",
                "curl -H 'Authorization: Bearer ${SLACK_TOKEN}' https://slack.com/api/auth.test",
                "curl https://connect.squareup.com/v2/payments -H 'Authorization: Bearer {{SQUARE_ACCESS_TOKEN}}'",
                "snyk auth $SNYK_TOKEN",
                "gradle sonar -Dsonar.host.url=https://sonar.acme.io -Dsonar.token=${SONAR_TOKEN}",
                "//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
                "heroku config:set WEB_CONCURRENCY=3 -a orders-api",
                "az storage blob upload --account-name acmeorders --auth-mode login -c reports -f q1.csv",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"mws seller {upper(14)} marketplace A1PA6795UKMFR9 report {digits(11)} done",
                f"appsync api {lower(26)} endpoint https://{lower(26)}.appsync-api.eu-west-1.amazonaws.com/graphql",
                f"aws account {digits(12)} region eu-west-1 role arn:aws:iam::{digits(12)}:role/{word()}-deploy",
                f"azure storage account acme{word()} container reports blob q{rng.randint(1, 4)}.csv",
                f"servicebus namespace acme-{word()}.servicebus.windows.net queue {word()}",
                f"facebook app id 10{digits(13)} page {digits(15)} synced",
                f"google oauth client {digits(12)}-{lower(32)}.apps.googleusercontent.com",
                f"heroku release v{rng.randint(10, 900)} of {word()}-api deployed by ci@acme.io",
                f"mailchimp list {hexs(10)} on us{rng.randint(1, 21)}: {rng.randint(1, 9000)} members",
                f"mailgun domain mg.{word()}.io verified, dkim selector k1",
                f"onfido applicant {uuid()} check {uuid()} complete",
                f"picatic event {digits(6)} tickets sold {rng.randint(1, 900)}",
                f"sauce job {hexs(32)} passed on chrome 124",
                f"sendgrid template d-{hexs(32)} version {uuid()} active",
                f"slack channel C{upper(10)} team T{upper(10)}",
                f"snyk org acme-{word()} project {word()}-api tested",
                f"softlayer datacenter dal{rng.randint(10, 13)} guest {digits(8)} running",
                f"sonarqube project acme:{word()}-api quality gate passed",
                f"square location L{upper(12)} order {b62(22)}",
                f"codeclimate repo {hexs(24)} maintainability A",
            ]
        ),
        "key-shapes-public": lambda: rng.choice(
            [
                "-----BEGIN PGP PUBLIC KEY BLOCK-----",
                f"gpg: key {hexs(16).upper()}: public key \"Ops <ops@acme.io>\" imported",
                f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b62(43)} ops@acme.io",
                f"key fingerprint SHA256:{b62(43)}",
                "-----BEGIN CERTIFICATE REQUEST-----",
                "JWT header eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 means HS256",
                "private key written to /etc/ssl/private/acme.key (mode 0600)",
            ]
        ),
        "placeholders": lambda: rng.choice(
            [
                "GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}",
                "AWS_SECRET_ACCESS_KEY=<your-secret-access-key>",
                "aws_session_token = ${AWS_SESSION_TOKEN}",
                "SAUCE_ACCESS_KEY: ${{ secrets.SAUCE_ACCESS_KEY }}",
                "api_key: YOUR_API_KEY_HERE",
                "secret: changeme",
                "CC_TEST_REPORTER_ID: ${{ secrets.CC_TEST_REPORTER_ID }}",
                "HEROKU_API_KEY=$(heroku auth:token)",
                "AccountKey=<storage-account-key>",
            ]
        ),
        "github-commits": lambda: rng.choice(
            [
                f"github: merged pull request #{rng.randint(10, 9000)} as commit {hexs(40)}",
                f"github actions run {digits(10)} for sha {hexs(40)} succeeded",
                f"https://github.com/acme/{word()}/commit/{hexs(40)}",
            ]
        ),
        "everyday-words": lambda: rng.choice(
            [
                f"secret santa list for the {word()} team is out",
                f"the sauce for {word()} needs {rng.randint(2, 9)} minutes",
                f"api key rotation policy: every {rng.randint(30, 180)} days",
                f"heroku dynos scaled to {rng.randint(1, 9)} web, {rng.randint(0, 4)} worker",
            ]
        ),
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
