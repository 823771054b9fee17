"""Innocent lookalikes for the round-37 held-out measure (issue #17).

Each kind imitates a shape the round-37 families (the LeakTK rules round 33's step passed over)
have and is not a secret, written from the non-secret values those rules' allowlists describe
and from the public values of the picked providers, not from our rules: an ``Authorization``
header reading a variable or a placeholder; AWS ARNs, regions and profile names and a secret
read from the environment; a registry's ``config.json`` with no ``auth`` or an empty one;
Facebook's app and pixel ids; placeholders under a secret's name in ``.env``, XML and YAML
(``${NAME}``, ``<name>``, upper-case constants, lower-case words joined by dashes, a file's or a
Secret's name, Ansible's ``!vault``); a secret's file named but not shown; Vault's role id and a
secret id's accessor; htpasswd commands and a locked entry; the words and variables that start as
the prefixes do (``npm_config_cache``, ``hf_hub_download``, ``sha256:`` digests, ``key-value``,
``sk-`` placeholders, GitHub's ``${{ secrets.GITHUB_TOKEN }}``, GitLab's ``CI_JOB_TOKEN``);
Kubernetes' service account names and a JWT's header alone; Shopify, SendGrid, Notion and
Braintree ids and hosts.  ``python -m tests.unit.redact.heldout_round37`` prints how many are
touched; a test holds them at none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-37 families a word near a value wakes
PROVIDERS = "aws facebook github gitlab google groq vault huggingface kubernetes mailgun notion npm nvidia openshift openai braintree pypi sendgrid shopify".split()


def lookalikes(seed: int = 193, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62, uuid = draw.word, draw.hexs, draw.digits, draw.b62, draw.uuid

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "authorization-reads": lambda: rng.choice(
            [
                "curl -H 'Authorization: Bearer ${API_TOKEN}' https://api.acme.io/v1/orders",
                "curl -H \"Authorization: Bearer $(gcloud auth print-access-token)\" https://run.googleapis.com/v2/services",
                "-H 'Authorization: Bearer <your-access-token>'",
                f"Authorization header missing for request {uuid()}",
                "Authorization: Bearer $GITHUB_TOKEN",
                f"nginx: proxy_set_header Authorization \"\"; upstream {word()}",
            ]
        ),
        "aws-names": lambda: rng.choice(
            [
                f"arn:aws:iam::{digits(12)}:role/{word()}-deploy",
                f"AWS_REGION=eu-west-{rng.randint(1, 3)} AWS_PROFILE={word()}",
                'aws_secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]',
                f"aws s3 cp s3://acme-{word()}/report.csv . --profile {word()}",
                f"aws_session_token = None  # {word()} uses instance credentials",
            ]
        ),
        "registry-config": lambda: rng.choice(
            [
                '{"auths": {}, "credsStore": "desktop"}',
                f'{{"auths": {{"registry.acme.io": {{}}}}, "credHelpers": {{"{digits(12)}.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"}}}}',
                '{"auths":{"quay.io":{"auth":""}}}',
                f"docker login registry.acme.io -u {word()} --password-stdin < /run/secrets/registry",
            ]
        ),
        "facebook-ids": lambda: rng.choice(
            [
                f"FACEBOOK_APP_ID={digits(16)}",
                f"facebook pixel id: 10{digits(13)}",
                f"GET https://graph.facebook.com/v19.0/10{digits(13)}/insights 200",
                f"facebook page {word()} (10{digits(13)}) synced",
            ]
        ),
        "secret-placeholders": lambda: rng.choice(
            [
                "DB_PASSWORD=${DB_PASSWORD}",
                "SECRET_KEY=<generate-with-openssl-rand>",
                "api_key=CHANGE_ME",
                f"password=update-your-{word()}-password",
                f"<password>${{env.{word().upper()}_PASSWORD}}</password>",
                "<token>@TOKEN@</token>",
                f"<secret>{word()}-tls</secret>",
                'password: "{{ vault_db_password }}"',
                "password: !vault |",
                f"client_secret: {word()}-client-secret",
                f"secretName: {word()}-tls",
                f"tokenSecretRef: {word()}-token",
            ]
        ),
        "secret-files": lambda: rng.choice(
            [
                f"password_file: /run/secrets/{word()}.password",
                f"reading token from /var/run/secrets/{word()}.token",
                "open /etc/acme/db.password: no such file or directory",
                f"ls -l /etc/{word()}/\n-r-------- 1 root root 33 May  1 10:00 app.clientSecret",
            ]
        ),
        "vault-ids": lambda: rng.choice(
            [
                f"vault read auth/approle/role/{word()}/role-id\nrole_id    {uuid()}",
                f"vault: secret_id_accessor={uuid()} ttl=768h",
                f"vault token lookup: accessor {b62(24)} policies [default {word()}]",
                f"vault write -f auth/approle/role/{word()}/secret-id",
            ]
        ),
        "htpasswd-lines": lambda: rng.choice(
            [
                f"htpasswd -c /etc/nginx/.htpasswd {word()}",
                "AuthUserFile /etc/apache2/.htpasswd",
                f"{word()}:!",
                'auth_basic_user_file /etc/nginx/.htpasswd; auth_basic "Restricted";',
            ]
        ),
        "prefix-words": lambda: rng.choice(
            [
                f"npm_config_cache=/tmp/npm-{digits(4)} npm_package_version=1.{rng.randint(0, 40)}.{rng.randint(0, 9)}",
                f"npm_lifecycle_event={word()}",
                f"hf_hub_download(repo_id=\"acme/{word()}-base\", filename=\"config.json\")",
                "HF_HOME=/data/hf_cache",
                f"image registry.acme.io/{word()}@sha256:{hexs(64)} pulled",
                "kubernetes key-value store etcd healthy",
                "OPENAI_API_KEY=sk-your-key-here",
                "GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}",
                f"gitlab CI_JOB_TOKEN used for {word()} (job {digits(9)})",
                "Personal access tokens start with ghp_; fine-grained ones with github_pat_",
                f"glpat-xxxxxxxxxxxxxxxxxxxx is a placeholder for the {word()} token",
                "nvidia-smi: NVIDIA_VISIBLE_DEVICES=all",
                "OpenShift tokens look like sha256~ followed by 43 characters",
            ]
        ),
        "kubernetes-names": lambda: rng.choice(
            [
                f"subjects: kind ServiceAccount name {word()} (system:serviceaccount:{word()}:default)",
                f"serviceAccountName: {word()}-runner",
                "JWT header eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9 decoded: RS256",
                "token = \"eyJhbGciOiJSUzI1NiIsImtpZCI6IiJ9\"",
                f"oc whoami --show-server: https://api.ocp-{word()}.acme.io:6443",
            ]
        ),
        "platform-ids": lambda: rng.choice(
            [
                f"SHOPIFY_SHOP={word()}-shop.myshopify.com",
                f"sendgrid template d-{hexs(32)} rendered",
                f"sendgrid message id {b62(22)}.filter{digits(4)}p1las1-{digits(5)}-{hexs(12)}-{digits(2)}",
                f"notion page {uuid()} updated by {word()}",
                f"braintree merchant_id: {b62(16).lower()} environment: production",
                f"mailgun domain mg.acme.io: {rng.randint(2, 900)} delivered",
                f"groq model llama-3.1-{rng.choice(['8b', '70b'])}-instant replied in {rng.randint(80, 900)}ms",
                f"pypi: uploaded acme_{word()}-1.{rng.randint(0, 9)}.0-py3-none-any.whl",
            ]
        ),
    }
    return take_turns(makers, count)
