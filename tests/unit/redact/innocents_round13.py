"""Innocent lookalikes for the round-13 held-out measure (issue #17).

Each kind imitates a shape the round-13 families have (a provider's word, a few key
characters, one of trivy's operators and a quoted value; a prefixed token; a request line; a
Kubernetes secret's ``.dockerconfigjson``) and is not a secret: the ids trivy's rules leave
out (publishable keys, Mapbox public tokens), app, project, account and organization ids under
the provider's name with trivy's operators, ids, hashes and versions next to the same provider words, settings whose value is
a number, a duration, a URL or a variable, the prefixes of the tokens followed by a word or a
placeholder, and Kubernetes secrets whose data is a reference.
``python -m tests.unit.redact.heldout_round13`` prints how many are touched; a test holds them
at none.  A provider's client id (``discord_client_id``) is not among them: the library takes it
as half of a credential pair on purpose (``pipeline.redact.keys``), as trivy's own client-id rules
and gitleaks' do; the first measurement had 33 of them (see :mod:`tests.unit.redact.heldout_round13`).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-13 keyword-near-token families
PROVIDERS = (
    "aws heroku facebook twitter alibaba asana atlassian bitbucket beamer contentful discord "
    "dropbox fastly finicity hubspot intercom ionic linear lob mailchimp mailgun messagebird "
    "linkedin twitch typeform"
).split()

_OPERATORS = ("=", ":", ":=", "=>", "<=", "||:")


def lookalikes(seed: int = 73, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, prov, hexs, digits, b62 = draw.word, draw.prov, draw.hexs, draw.digits, draw.b62

    def version() -> str:
        return f"{rng.randint(1, 20)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}"

    def op() -> str:
        return rng.choice(_OPERATORS)

    def upper_an(n: int) -> str:
        return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "public-ids": lambda: rng.choice(
            [
                f'discord_app_id {op()} "{digits(18)}"',
                f'asana_project_id {op()} "{digits(16)}"',
                f'stripe publishable key {op()} "pk_test_{b62(24)}"',
                f'mapbox style loaded "mapbox://styles/{word()}/{b62(25).lower()}"',
                f'messagebird_account_id {op()} "{draw.uuid()}"',
                f'linkedin_organization_id {op()} "{b62(14).lower()}"',
            ]
        ),
        "settings": lambda: rng.choice(
            [
                f'{prov()}_timeout {op()} "{rng.randint(1, 120)}s"',
                f'{prov()}.retries {op()} "{rng.randint(1, 9)}"',
                f'{prov()}_endpoint {op()} "https://api.{prov()}.example.com/v{rng.randint(1, 3)}"',
                f'{prov()}_api_key {op()} "${{{prov().upper()}_API_KEY}}"',
                f'{prov()}_region {op()} "{word()}-{rng.randint(1, 9)}"',
                f'{prov()} sdk version {op()} "{version()}"',
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"dropbox file id:{b62(14)} synced to /{word()}/{word()}.csv",
                f"hubspot contact {digits(11)} updated",
                f"intercom conversation {digits(15)} closed",
                f"twitch stream {digits(11)} started",
                f"typeform form {b62(8)} got {rng.randint(1, 900)} responses",
                f"mailgun message <{digits(14)}.{hexs(16)}@mg.example.com> delivered",
                f"discord guild {digits(18)} channel {digits(18)} message sent",
                f"github commit {hexs(40)} on refs/heads/{word()}",
            ]
        ),
        "prefix-words": lambda: rng.choice(
            [
                "ghp_ tokens are rotated every 90 days",
                "sk_live_ keys are never logged",
                f"feature flag live_{word()}_{word()} enabled",
                f"flutterwave test mode FLWPUBK_TEST-{hexs(8)}... configured",
                f"dapi tokens expire after {rng.randint(1, 90)} days",
                "SG. keys must have mail.send scope",
                f"npm_config_cache=/home/{word()}/.npm",
                f"pul-{word()}-{rng.randint(1, 99)} stack updated",
                f"doppler config dp.ct.{word()} loaded",
            ]
        ),
        "dockerconfig-refs": lambda: rng.choice(
            [
                "type: kubernetes.io/dockerconfigjson",
                f"  .dockerconfigjson: {{{{ .Values.{word()}.pullSecret }}}}",
                f"imagePullSecrets: [{{name: {word()}-registry}}]",
                "kubectl create secret docker-registry regcred --from-file=.dockerconfigjson=config.json",
            ]
        ),
        "jwt-like": lambda: rng.choice(
            [
                f"eyJ fields decoded: alg=RS256 kid={hexs(16)}",
                f"trace {hexs(32)}.{hexs(16)}.{rng.randint(0, 1)}",
                f"event.{word()}.{word()} emitted",
            ]
        ),
        "versions-paths": lambda: rng.choice(
            [
                f"{prov()} client {version()} loaded from /opt/{word()}/lib/{prov()}-{version()}.jar",
                f"{prov()}: /var/lib/{word()}/{word()}/2024-05-01.csv",
                f"{prov()} key rotated at 2024-05-{rng.randint(10, 28)}T10:00:00Z",
                f"{prov()} quota {rng.randint(1, 99999)}/{rng.randint(100000, 999999)} used",
            ]
        ),
    }
    return take_turns(makers, count)
