"""Innocent lookalikes for the round-19 held-out measure (issue #17).

Each kind imitates a shape the round-19 families have and is not a secret, written from the
formats (what a provider's ids, hashes, numbers and URLs look like), not from our rules: AWS
account ids, ARNs, S3 bucket URLs and request ids; an age recipient (public key); Algolia
application ids and index names; Azure DevOps organisation URLs and storage account names and
endpoints; Cloudflare zone ids and ray ids; Confluent cluster, environment and API key ids;
Cypress project and run ids; Buildkite, Drone and Codacy build numbers and commit SHAs;
Dynatrace environment ids and entity ids; Docker image digests; Blynk template ids and URLs
without a token; curl lines whose credential is a variable or is asked for; an Ansible Vault
header without a body; Disqus thread ids, DeepSeek and Cerebras request ids; and the round's
prefixes followed by a word.
``python -m tests.unit.redact.heldout_round19`` prints how many are touched; a test holds them at
none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-19 families a word near a value wakes
PROVIDERS = (
    "airtable algolia apify artifactory atlassian aws azure beamer blynk buildkite cerebras meraki "
    "clearbit cloudflare codacy coderabbit confluent coze cypress deepseek demandbase diffbot disqus "
    "dockerhub drone dynatrace endorlabs"
).split()


def lookalikes(seed: int = 101, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    def lower(n: int) -> str:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-settings": draw.provider_settings,
        "aws-ids": lambda: rng.choice(
            [
                f"aws_account_id={digits(12)} aws_region=eu-west-1",
                f"arn:aws:iam::{digits(12)}:role/{word()}-deployer",
                f"arn:aws:kms:us-east-1:{digits(12)}:key/{uuid()}",
                f"https://{word()}-{digits(4)}.s3.eu-west-1.amazonaws.com/{word()}/2026-12-0{rng.randint(1, 9)}.csv",
                f"x-amz-request-id: {b62(16).upper()} x-amz-id-2: {b62(60)}=",
                f"aws s3 cp s3://{word()}-backups/{word()}.tgz . --profile {word()}",
                "AWS_SECRET_ACCESS_KEY=${{ secrets.AWS_SECRET_ACCESS_KEY }}",
                "aws_session_token = os.environ['AWS_SESSION_TOKEN']",
            ]
        ),
        "public-keys-and-apps": lambda: rng.choice(
            [
                f"age recipient age1{lower(58)} added to .sops.yaml",
                f"algolia app_id {b62(10).upper()} index {word()}_prod_{word()} has {rng.randint(1, 90000)} records",
                f"https://dev.azure.com/{word()}-{lower(6)}/_apis/projects?api-version=7.1",
                f"AccountName={word()}{digits(4)}; blob endpoint https://{word()}{digits(4)}.blob.core.windows.net/",
                f"cloudflare zone {hexs(32)} purge requested, cf-ray: {hexs(16)}-FRA",
                f"confluent cluster lkc-{lower(6)} environment env-{lower(5)} api key {b62(16).upper()} created",
            ]
        ),
        "ci-ids": lambda: rng.choice(
            [
                f"cypress projectId: \"{lower(6)}\" run {rng.randint(1, 9999)} recorded at https://cloud.cypress.io/projects/{lower(6)}/runs/{rng.randint(1, 9999)}",
                f"buildkite build #{rng.randint(1, 99999)} commit {hexs(40)} passed on {word()}-agent-{rng.randint(1, 40)}",
                f"drone build {rng.randint(1, 9999)} of {word()}/{word()} commit {hexs(40)} succeeded",
                f"codacy grade A for commit {hexs(40)}",
                f"coderabbit review {uuid()} posted {rng.randint(1, 40)} comments",
                f"docker pull ghcr.io/{word()}/{word()}@sha256:{hexs(64)}",
            ]
        ),
        "monitoring-ids": lambda: rng.choice(
            [
                f"dynatrace environment {lower(8)} entity HOST-{hexs(16).upper()} unhealthy",
                f"https://{lower(8)}.live.dynatrace.com/#newservices;gf=all",
                f"blynk template TMPL{b62(8)} device {rng.randint(1, 99999)} online",
                'curl "https://blynk.cloud/external/api/get?token=$BLYNK_TOKEN&V1"',
                f"disqus thread {digits(10)} has {rng.randint(0, 900)} posts",
                f"deepseek request {uuid()} used {rng.randint(10, 9000)} tokens",
                f"cerebras completion chatcmpl-{uuid()} finished",
            ]
        ),
        "curl-variables": lambda: rng.choice(
            [
                "curl -u \"$USER:$PASSWORD\" https://api.acme.io/v1/status",
                f"curl -u {word()} https://api.acme.io/v1/status",
                "curl -H \"Authorization: Bearer $TOKEN\" https://api.acme.io/v1/orders",
                "curl -H 'Authorization: Bearer ${API_TOKEN}' https://api.acme.io/v1/me",
                f"curl -H 'Accept: application/json' https://api.acme.io/v1/items/{digits(6)}",
                "curl --user admin: https://localhost:9200/_cluster/health",
            ]
        ),
        "vault-headers": lambda: rng.choice(
            [
                "$ANSIBLE_VAULT;1.1;AES256",
                f"ansible-vault encrypt_string --vault-id {word()}@prompt --name db_password",
                f"vault_password_file = ~/.vault_pass_{word()}",
            ]
        ),
        "prefix-words": lambda: rng.choice(
            [
                f"AGE-SECRET-KEY-1 lines are kept in ~/.config/sops/age/keys.txt on {word()}",
                "apify_api_ tokens are listed in the Apify console",
                "bkua_ tokens are created per user in Buildkite",
                f"csk- keys of cerebras are scoped to {word()}",
                f"cr- keys are shown once in CodeRabbit for {word()}",
                "dckr_pat_ tokens replace passwords for docker login",
                f"dt0c01 tokens of dynatrace are scoped to {word()}",
                "ATATT3xFfGF0 starts every Atlassian API token",
                f"pat_ tokens of coze expire after {rng.randint(1, 90)} days",
            ]
        ),
    }
    return take_turns(makers, count)
