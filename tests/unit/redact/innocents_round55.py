"""Innocent lookalikes for the round-55 held-out measure (issue #17).

Each kind imitates a shape the round-55 families have (a provider's name shortly before a token, a
request line with the token in a header, a form field, a URL's password or a CLI flag, a prefixed
token's prefix) and is not a secret, written from the non-secret values the picked providers'
public docs and tools show and from the value rule 4 left out (public or identifying): GitLab
project ids, pipeline ids, runner ids and commit hashes, Grafana dashboard uids, folder ids and
stack slugs, Hugging Face model and dataset names, Okta org hosts, user ids and client ids,
Salesforce record and org ids, Twitter (X) user ids, handles and consumer (client) keys; request
lines whose credential is a variable or the docs' own placeholder; prefixes named in prose.
``python -m tests.unit.redact.heldout_round55`` prints how many are touched; a test holds them at
none.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.unit.redact.draw import Draw, take_turns

__all__ = ["PROVIDERS", "lookalikes"]

# the provider words of the round-55 families
PROVIDERS = "gitlab grafana huggingface okta salesforce twitter".split()


def lookalikes(seed: int = 293, count: int = 600) -> list[tuple[str, str]]:
    """(kind, text) pairs: none may be touched by the default library."""
    rng = random.Random(seed)
    draw = Draw(rng, PROVIDERS)
    word, hexs, digits, b62 = draw.word, draw.hexs, draw.digits, draw.b62

    makers: dict[str, Callable[[], str]] = {
        "provider-ids": draw.provider_ids,
        "provider-hashes": draw.provider_hashes,
        "provider-numbers": draw.provider_numbers,
        "provider-versions-paths": draw.provider_sdk_versions_paths,
        "request-lines": lambda: rng.choice(
            [
                "curl --header 'PRIVATE-TOKEN: $GITLAB_TOKEN' https://gitlab.acmeledger.io/api/v4/user",
                "curl --header \"PRIVATE-TOKEN: <your_access_token>\" https://gitlab.example.com/api/v4/projects",
                "git clone https://oauth2:${CI_JOB_TOKEN}@gitlab.com/acme/web.git",
                "curl -X POST --fail -F token=$TRIGGER_TOKEN -F ref=main https://gitlab.com/api/v4/projects/4821937/trigger/pipeline",
                "curl -X POST -F token=TOKEN -F ref=REF_NAME https://gitlab.example.com/api/v4/projects/9/trigger/pipeline",
                "gitlab-runner register --non-interactive --url https://gitlab.com/ --registration-token $REGISTRATION_TOKEN",
                "curl -H 'Authorization: Bearer <your service account token>' https://acmeledger.grafana.net/api/search",
                "curl -H \"Authorization: Bearer $GRAFANA_API_KEY\" https://grafana.acmeledger.io/api/dashboards/home",
                "curl -H 'Authorization: Bearer ${HF_TOKEN}' https://huggingface.co/api/whoami-v2",
                "huggingface-cli login --token $HUGGING_FACE_HUB_TOKEN",
                "curl -H 'Authorization: SSWS ${OKTA_API_TOKEN}' https://acmeledger.okta.com/api/v1/users/me",
                "curl -H \"Authorization: SSWS {api_token}\" https://{yourOktaDomain}/api/v1/users",
                "curl https://acmeledger.my.salesforce.com/services/data/v59.0/sobjects -H 'Authorization: Bearer $SF_ACCESS_TOKEN'",
                "curl -u \"$TWITTER_API_KEY:$TWITTER_API_SECRET\" --data 'grant_type=client_credentials' https://api.twitter.com/oauth2/token",
            ]
        ),
        "provider-own-ids": lambda: rng.choice(
            [
                f"gitlab pipeline #{digits(9)} for acme/{word()} passed on {hexs(8)}",
                f"gitlab project {digits(8)} runner {digits(6)} online",
                f"grafana dashboard uid {b62(9)} folder {digits(3)} saved",
                f"grafana stack acmeledger-{word()} region prod-eu-west-2",
                f"huggingface model acme/{word()}-bert-base-uncased revision {hexs(40)} downloaded",
                f"huggingface dataset acme/{word()}_{digits(4)} split train loaded",
                f"okta user {'00u' + b62(17)} signed in from acmeledger.okta.com",
                f"okta group {'00g' + b62(17)} synced",
                f"salesforce record {'001' + b62(15)} updated by integration user",
                f"salesforce org {'00D' + b62(12)} sandbox refreshed",
                f"twitter user id {digits(19)} followed @acme_{word()}",
                f"twitter status https://twitter.com/acme/status/{digits(19)} posted",
            ]
        ),
        "public-values": lambda: rng.choice(
            [
                f"twitter client id {b62(22)} registered for acme-{word()}",
                f"okta client id {'0oa' + b62(17)} redirect https://acmeledger.io/callback",
                f"OKTA_ORG_URL=https://acmeledger.okta.com OKTA_REDIRECT_URI=https://acmeledger.io/{word()}/callback",
                f"SALESFORCE_INSTANCE_URL=https://acmeledger.my.salesforce.com SF_ORG_ID={'00D' + b62(15)}",
                f"CI_PROJECT_ID={digits(8)} CI_PIPELINE_ID={digits(9)}",
                f"GRAFANA_URL=https://acmeledger.grafana.net GRAFANA_ORG_ID={rng.randint(1, 40)}",
            ]
        ),
        "prefix-lookalikes": lambda: rng.choice(
            [
                "GitLab personal access tokens start with glpat-",
                "glptt- trigger tokens can be revoked in Settings > CI/CD",
                "runner registration tokens (GR1348941...) are deprecated since 15.6",
                "Grafana API keys begin with eyJrIjoi, service account tokens with glsa_",
                "export GRAFANA_CLOUD_TOKEN=glc_<your token>",
                "GRAFANA_SA_TOKEN=glsa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx",
                "HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "hf_ tokens with the read role cannot push models",
                "Okta API tokens are 42 characters and begin with 00",
                "GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx",
            ]
        ),
        "configs": lambda: rng.choice(
            [
                f"GITLAB_URL=https://gitlab.acmeledger.io GITLAB_GROUP=acme-{word()}",
                f"GRAFANA_DASHBOARD_UID={b62(9)} GRAFANA_FOLDER=acme-{word()}",
                f"HF_HOME=/srv/cache/huggingface HF_MODEL=acme/{word()}-small",
                "OKTA_DOMAIN=acmeledger.okta.com OKTA_AUTH_SERVER=default",
                f"SALESFORCE_API_VERSION=59.0 SALESFORCE_OBJECT=Opportunity_{word()}",
                f"TWITTER_HANDLE=@acme_{word()} TWITTER_LIST={digits(19)}",
            ]
        ),
        "short-values": draw.provider_short_values,
        "pascal-names": draw.provider_pascal_names,
    }
    return take_turns(makers, count)
