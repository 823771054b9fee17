"""A nineteenth held-out recall measure: the last third of the first rule files of praetorian-inc/titus.

``python -m tests.unit.redact.heldout_round19 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): praetorian-inc/titus, the rule files directly under
``pkg/rule/rules/`` (one stored version of each, as the search index holds it).  Rounds 17 and
18 numbered the first 98 ``.yml`` files of the index's listing 0..97 and read those whose number
% 3 == 0 and == 1; this round reads those whose number % 3 == 2, which no round has read.
Before the rule below was written only the folder's file names were listed (the same listing,
checked to number rounds 17's and 18's files as they did: ``adafruitio`` #0, ``adobe`` #1,
``eventbrite`` #97); no picked file's text was read.

The rule that chooses the patterns, written here before any rule file was read and before any
secret was generated:

1. the files the index lists under ``pkg/rule/rules/``, in its order (by path, byte order), as far
   as its listing goes (100 rows, to ``eventbrite.yml``); the ``.yml`` files among them (not
   ``.placeholder.yaml`` nor ``adobe.yml.backup``): 98 files, numbered from 0 (``adafruitio`` #0
   to ``eventbrite`` #97), as rounds 17 and 18 numbered them;
2. the files whose number % 3 == 2, #2, #5, #8 ... #95: 32 files (age, airtable, algolia,
   ansible, apify, artifactory, atlassian, aws, azuredevops, azurestorage, beamer, blynk,
   buildkite, cerebras, ciscomeraki, clearbit, cloudflare, codacy, coderabbit, confluent, coze,
   curl, cypress, datagov, deepseek, demandbase, diffbot, disqus, dockerhub, droneci, dynatrace,
   endorlabs);
3. every rule of each file in file order; a rule whose match is no secret or only a public or
   identifying value (an id, a user name, a host, a public key) is left out, its id noted; a rule
   taking a value of fewer than 8 characters too; a rule whose pattern is another rule's of the
   same file character for character is left out, its id noted (round 16's rule);
4. each rule left gives families by its shape, as rounds 17's and 18's did: a token with a prefix
   or a fixed shape of its own a bare family and one in a request or log line; a rule that needs
   context before the value (a key or a word the pattern names) a keyed family (keys in the shape
   the rule names) and a text family (assignments and lines in the shape it describes); a
   connection string or URL holding a password, or a whole-line shape, a text family in the shape
   it describes;
5. a rule whose provider an earlier round or the public-format corpus already has stays, and the
   figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 101 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99 are
printed too.

The 32 files hold 57 rules.  Left out, 13: age.yml's ``np.age.1`` (a recipient, a public key),
algolia.yml's ``kingfisher.algolia.2`` (an application id), aws.yml's ``np.aws.1`` (an access key
id), ``np.aws.3`` (an account id), ``np.s3.1``/``np.s3.2`` (bucket URLs) and ``np.arn.1`` (an
ARN), azuredevops.yml's ``kingfisher.azure.devops.1`` (an organisation), azurestorage.yml's
``kingfisher.azurestorage.1a``/``.1b``/``.1c`` (account names), confluent.yml's
``kingfisher.confluent.1`` (a client id) and endorlabs.yml's ``kingfisher.endorlabs.1`` (the key
half of a key and secret).  44 rules give 79 families (``SOURCE_PATHS``: ``<file> #<file number>
<rule id>``): 15 prefixed rules (bare and in a request: age's ``AGE-SECRET-KEY-1``, Airtable's
``pat`` and its OAuth token's ``.v1.``, ``apify_api_``, Atlassian's ``ATATT3xFfGF0``, Amazon
MWS's ``amzn.mws.``, AppSync's ``da2-``, Azure DevOps' ``AZDO`` PAT, Buildkite's ``bkua_``,
Cerebras' ``csk-``, CodeRabbit's ``cr-``, Confluent's ``cflt``, DeepSeek's ``sk-``,
``dckr_pat_``, Dynatrace's ``dt0``), 20 context rules (keyed and text: Algolia's admin key,
Artifactory, AWS's secret access key and session token, an Azure storage account key, Beamer,
Cisco Meraki, Clearbit, Cloudflare's API token and CA key, Codacy, Confluent's API secret, Coze,
Cypress' record key, Data.gov, Demandbase, Diffbot, Disqus, Drone, Endor Labs' secret) and 9
whole-line rules (text only: an Ansible Vault body, an AWS key id followed by its secret, Blynk's
five URL and header shapes, curl's ``-u user:password`` and ``-H 'Authorization: ...'``).
Versions read (the index's commit of each): age 828fbb1, airtable 5205b0f, algolia 2728577,
ansible 5448cf0, apify 5205b0f, artifactory 5205b0f, atlassian 828fbb1, aws 46b83b9,
azuredevops 5205b0f, azurestorage 2728577, beamer 6a6993a, blynk 5205b0f, buildkite 2728577,
cerebras 2728577, ciscomeraki 5205b0f, clearbit 5205b0f, cloudflare 2728577, codacy 828fbb1,
coderabbit 5205b0f, confluent 828fbb1, coze 828fbb1, curl 3e986d0, cypress 27c2e36, datagov
2728577, deepseek 828fbb1, demandbase 92a9144, diffbot 828fbb1, disqus 3a394ef, dockerhub
5205b0f, droneci 081f928, dynatrace 5205b0f, endorlabs 828fbb1.

Formats are facts in our own notation, generated at test time; no rule text of the source is
copied.  A value's class is taken as the rule writes it, and in both cases where the rule is
case-blind and its examples show the other case (Airtable's OAuth token, Artifactory, Codacy,
Confluent's secret, Coze).  Where a rule leaves a length open the family bounds it (Airtable's
OAuth token's parts 10-24, 21-61 and 16-64, Atlassian's body 150-200, AWS's session token
100-200, Cloudflare's CA key 160-260, Drone's JWT parts, curl's password 8-24 and header token
20-64, an Ansible Vault body two lines of 80 hex digits and one of 20-80); a value the rule ends
at a word boundary ends with a letter or digit.  Confluent's ``cflt`` secret ends with a
six-character checksum of its body, which the family does not compute (the library checks none).
Context a rule asks for (the provider's name and a key word before the value, Cypress'
``--record``/``record_key``, Demandbase's ``apikey``, Endor Labs' ``ENDOR_API_CREDENTIALS_SECRET``,
an AWS key id within 40 characters before its secret, Blynk's host and path, ``curl`` on the
line, ``$ANSIBLE_VAULT;``) is written into the templates.  Providers that no earlier round nor
the public-format corpus has (group ``new``, a grep of those modules): Ansible Vault, Cerebras,
CodeRabbit, Coze, Cypress, Data.gov, Demandbase and Disqus; the other families are ``known``.

First measurement, BEFORE any rule was changed for these families (seed 101, 7 samples per
family, rules as of commit 1d64b18, the last change to pipeline/redact; the module written and
run once, nothing tuned): strict **482/553 = 87.16%**, loose 482/553 = 87.16% (prefixed
171/210, near 255/280, generic 56/63; known 414/448, new 68/105; by carrier, strict and loose
alike: bare 73/105, keyed 132/140, text 277/308).  Seeds 7 and 99, same rules: 478/553 =
86.44% each.  The round-19 lookalikes: 0/600 touched.  By class, the misses were: prefixed
tokens no rule takes outside a key (Buildkite's ``bkua_``, Cerebras' ``csk-``, CodeRabbit's
``cr-``, Confluent's ``cflt``, DeepSeek's ``sk-`` and 32 hex: 1/7 bare each, and ``cflt`` 0/7
in a request; Airtable's OAuth token 7/7 at seed 101, 4/7 at seeds 7 and 99), Apify's token of
other than 36 characters (5/7), Cypress' record key (a UUID under ``record_key`` or after
``--record --key``: 0/7 keyed, 0/7 text), an Ansible Vault body (0/7), a key as a client
constructor's second argument (``algoliasearch('<app id>', '<key>')``: 5/7), a custom API key
header (``X-JFrog-Art-Api: <v>``: 5/7), and a value under a key whose provider word comes
after the key word (``key_coze = pat_...``, ``--key-coze``: 4/7 text, 6/7 keyed) or after the
provider's name alone (``beamer = b_...``: 4/7).  In passing: ``db_password: !vault |`` had its
YAML tag ``!vault`` taken as the value.

The held-out figure is printed again by running this module against the rules of 1d64b18
(commit db10f0c holds this module and those rules)::

    git worktree add --detach /tmp/r19base db10f0c
    cd /tmp/r19base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round19

Any figure measured after that is in-sample.  After the round-19 rules (8ac2e81; new:
cerebras-api-key, coderabbit-api-key, confluent-api-secret-cflt, cypress-record-key-cli
(``--record ... --key <uuid>``), ansible-vault-body (newlines real or escaped), jfrog-api-key-header
(``X-JFrog-Art-Api``), provider-client-id-and-key (``algoliasearch('<app id>', '<key>')``);
deepseek-api-key found outside a key; looser as the public patterns are: ``bkua_`` and 40
letters and digits, ``apify_api_`` and 34-38, Airtable's OAuth token with a hex part of 16 or
more; ``key`` before a provider's name (``key_coze``) a secret key; Cypress, Coze, Cerebras,
CodeRabbit and Demandbase providers, Beamer a weak one whose ``b_`` key marks it; and for the
lookalike seen in passing: a YAML tag before a block scalar (``!vault |``) is no value):
**549/553 = 99.28%** strict and loose (seeds 7 and 99: 547/553 = 98.92%, 546/553 = 98.73%;
prefixed 206/210, bare 102/105, keyed 139/140, text 308/308).  The round-19 lookalikes: 0/600,
and 0/9000 at seeds 1, 2 and 3 with 3,000.  Left: DeepSeek's ``sk-`` token glued on either side
(``BoomErrsk-...``: the word boundary that keeps ``task-<32 hex>`` a task's id; ``sk-<32 hex>123``:
hex glued to digits is a longer string), Confluent's ``cflt`` token glued to letters on its left
(a base64 blob may hold ``cflt``), and Cypress' record
key under ``record_key``/``recordKey`` with no Cypress named (a record's key is an id in most
code): 4 at seed 101, 6 and 7 at seeds 7 and 99.  Of the leftovers of rounds 17 and 18,
crates.io's ``cio`` token glued on its right is found since ee9e0ef (round 17: 614/616, round 2:
1316/1330); not fixed: ``cio`` and Cursor's ``key_`` glued to letters on their left (both start or
end everyday words: ``cionly``, ``cache_key_``) and a Discord bot token glued to letters on its left
(its first part has no literal to anchor on).  Round 22 took up ``cio`` and the Discord token glued
on their left (f19813a); Cursor's ``key_`` is still left.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.heldout_round17 import TitusFamilies, bearer
from tests.unit.redact.innocents_round19 import lookalikes
from tests.unit.redact.rounds import HeldOutRound, split_by_prefix

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

T = "text"
_HEX = "[a-f0-9]"
_UUID = f"{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}"
_AN = "[A-Za-z0-9]"
_URLSAFE = "[A-Za-z0-9_-]"
# a password on a command line: no quote or blank, a letter or digit at either end
_PW = "[A-Za-z0-9][A-Za-z0-9!#%^*_+=.~@$-]{6,22}[A-Za-z0-9]"
_AWS_KEY_ID = "AKIA4QZ7RW2XNBY3KT6M"
_BLYNK_CLIENT = "oa2-client-id_Zp3Kx9Qw7Rt2Vy5Nm8Lb4Hc6Jd1Fg0Se"
# Ansible Vault's body: lines of 80 hex digits, the last one shorter
_VAULT = f"{_HEX}{{80}}\\n{_HEX}{{80}}\\n{_HEX}{{20,80}}"

_FAMILIES = TitusFamilies()
SOURCE_PATHS = _FAMILIES.source_paths
_t, _prefixed, _near = _FAMILIES.family, _FAMILIES.prefixed, _FAMILIES.keyed_and_text

PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed("age-secret-key", "AGE-SECRET-KEY-1[0-9A-Z]{58}", "age.yml #2 np.age.2",
               "# created: 2026-11-30T09:12:44Z\n# public key: age1qz0v3kx8m4d2w7r9ty5n6c0lp3sj8hf2ge4ua7xk9dm5wq3vl0rsy6zt2e\n{v}"),
    *_prefixed("airtable-pat", "pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}", "airtable.yml #5 kingfisher.airtable.1",
               bearer("https://api.airtable.com/v0/meta/whoami")),
    *_prefixed("airtable-oauth-token", "[A-Za-z0-9]{10,24}\\.v1\\.[A-Za-z0-9_-]{20,60}[A-Za-z0-9]\\.[a-f0-9]{16,64}",
               "airtable.yml #5 kingfisher.airtable.2",
               bearer("https://api.airtable.com/v0/appq3Xk9LmT2vR8wZ/Orders")),
    *_prefixed("apify-api-token", "apify_api_[A-Za-z0-9]{34,38}", "apify.yml #14 kingfisher.apify.1",
               bearer("https://api.apify.com/v2/users/me")),
    *_prefixed("atlassian-api-token", "ATATT3xFfGF0[A-Za-z0-9_-]{150,200}=[0-9A-F]{8}", "atlassian.yml #20 np.atlassian.1",
               "curl -u ops@acme.io:{v} https://acme.atlassian.net/rest/api/3/myself"),
    *_prefixed("aws-mws-token", f"amzn\\.mws\\.{_UUID}", "aws.yml #23 np.aws.5",
               "MWS Authorisation Token: {v}"),
    *_prefixed("aws-appsync-key", "da2-[a-z0-9]{26}", "aws.yml #23 np.appsync.1",
               "POST https://x7k2abq4mnd3jfy5rt6wpe2v4u.appsync-api.eu-west-1.amazonaws.com/graphql x-api-key: {v}"),
    *_prefixed("azure-devops-pat", f"{_AN}{{76}}AZDO{_AN}{{4,5}}", "azuredevops.yml #26 kingfisher.azure.devops.2",
               "az devops login --organization https://dev.azure.com/acme <<< {v}"),
    *_prefixed("buildkite-token", "bkua_[a-z0-9]{40}", "buildkite.yml #38 kingfisher.buildkite.1",
               bearer("https://api.buildkite.com/v2/access-token")),
    *_prefixed("cerebras-api-key", "csk-[a-z0-9]{48}", "cerebras.yml #41 kingfisher.cerebras.1",
               bearer("https://api.cerebras.ai/v1/models")),
    *_prefixed("coderabbit-api-key", "cr-[a-f0-9]{58}", "coderabbit.yml #56 kingfisher.coderabbit.1",
               "curl https://api.coderabbit.ai/v1/seats/ -H 'x-coderabbitai-api-key: {v}'"),
    *_prefixed("confluent-api-secret-cflt", "cflt[A-Za-z0-9+/]{60}", "confluent.yml #59 kingfisher.confluent.3",
               "confluent api-key store ABCD1234EFGH5678 {v} --resource lkc-7q2x9m"),
    *_prefixed("deepseek-api-key", f"sk-{_HEX}{{32}}", "deepseek.yml #74 kingfisher.deepseek.1",
               bearer("https://api.deepseek.com/models")),
    *_prefixed("dockerhub-pat", "dckr_pat_[A-Za-z0-9_-]{26}[A-Za-z0-9]", "dockerhub.yml #86 np.dockerhub.1",
               "docker login -u {u} -p {v}"),
    *_prefixed("dynatrace-token", "dt0[a-zA-Z][0-9]{2}\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}", "dynatrace.yml #92 np.dynatrace.1",
               "GET https://abc12345.live.dynatrace.com/api/v2/metrics Authorization: Api-Token {v}"),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "algolia-admin-key", "[a-z0-9]{32}", "algolia.yml #8 kingfisher.algolia.1",
        ("algolia_api_key", "ALGOLIA_ADMIN_KEY", "algoliaApiKey", "algolia-key"),
        'algolia_api_key = "{v}"',
        "const client = algoliasearch('WRB8YLFW7Y', '{v}');  // algolia",
        "ALGOLIA_APP_ID=WRB8YLFW7Y\nALGOLIA_ADMIN_KEY={v}",
    ),
    *_near(
        "artifactory-api-key", "[A-Za-z0-9]{73}", "artifactory.yml #17 np.artifactory.1",
        ("ARTIFACTORY_API_KEY", "artifactory_token", "artifactoryApiKey", "HOMEBREW_ARTIFACTORY_API_TOKEN"),
        "export HOMEBREW_ARTIFACTORY_API_TOKEN={v}\nexport HOMEBREW_ARTIFACTORY_API_USER={u}",
        "jfrog rt dl --url=https://acme.jfrog.io/artifactory --apikey={v} generic-local/app.tgz",
        "curl -H 'X-JFrog-Art-Api: {v}' https://acme.jfrog.io/artifactory/api/repositories",
    ),
    *_near(
        "aws-secret-access-key", "[A-Za-z0-9/+=]{40}", "aws.yml #23 np.aws.2",
        ("aws_secret_access_key", "AWS_SECRET_KEY", "aws_secret", "awsSecretAccessKey"),
        "aws_secret_access_key:{v}",
        "aws_secret_access_key => {v}",
        f"aws_access_key_id = {_AWS_KEY_ID}\n  aws_secret_access_key = {{v}}",
    ),
    *_near(
        "aws-session-token", "[A-Za-z0-9/+]{100,198}={0,2}", "aws.yml #23 np.aws.4",
        ("AWS_SESSION_TOKEN", "aws_session_token", "awsSessionToken", "aws_token"),
        'export AWS_SESSION_TOKEN="{v}"',
        "aws_session_token = {v}",
        '{"aws_session": "{v}", "region": "eu-west-1"}',
    ),
    *_near(
        "azure-storage-account-key", "[A-Za-z0-9+/]{86,88}={1,2}", "azurestorage.yml #29 kingfisher.azurestorage.2",
        ("AZURE_STORAGE_KEY", "azure_storage_access_key", "azureStorageAccountKey", "AZURE_STORAGE_ACCOUNT_KEY"),
        "Azure AccountKey={v}",
        'azure_storage:\n  account_name: acmeprod2024\n  access_key: "{v}"',
        "az storage blob upload --account-name acmeprod2024 --account-key {v} -c logs -f app.log  # azure key",
    ),
    *_near(
        "beamer-api-key", "b_[A-Za-z0-9][A-Za-z0-9_/+=-]{42}[A-Za-z0-9]", "beamer.yml #32 kingfisher.beamer.1",
        ("BEAMER_KEY", "beamer_api_key", "beamerApiKey", "beamer-token"),
        "beamer = {v}",
        "BEAMER_key = '{v}'",
        "curl https://api.getbeamer.com/v0/ping -H 'Beamer-Api-Key: {v}'",
    ),
    *_near(
        "meraki-api-key", f"{_HEX}{{40}}", "ciscomeraki.yml #44 kingfisher.ciscomeraki.1",
        ("MERAKI_API_KEY", "meraki_key", "merakiApiKey", "MERAKI_DASHBOARD_API_KEY"),
        "MERAKI_API_KEY={v}",
        '// Meraki configuration\nconst MERAKI_KEY = "{v}";',
        "curl https://api.meraki.com/api/v1/organizations -H 'X-Cisco-Meraki-API-Key: {v}'",
    ),
    *_near(
        "clearbit-api-key", "[0-9a-z_]{35}", "clearbit.yml #47 kingfisher.clearbit.1",
        ("clearbit_token", "CLEARBIT_API_KEY", "clearbitKey", "clearbit-secret"),
        "clearbit_token = {v}",
        "Clearbit.key = '{v}'",
        "curl 'https://person.clearbit.com/v2/combined/find?email=alex@acme.io' -u {v}:  # clearbit key",
    ),
    *_near(
        "cloudflare-api-token", "[A-Za-z0-9][A-Za-z0-9_-]{36,40}[A-Za-z0-9]", "cloudflare.yml #50 kingfisher.cloudflare.1",
        ("CLOUDFLARE_API_TOKEN", "cloudflare_key", "cloudflareAPIKey", "cloudflare-token"),
        "cloudflareAPIKey = {v}",
        "CLOUDFLARE_API_TOKEN: '{v}'",
        "wrangler deploy  # CLOUDFLARE_API_TOKEN={v}",
    ),
    *_near(
        "cloudflare-ca-key", "v1\\.0-[a-z0-9][a-z0-9._-]{158,258}[a-z0-9]", "cloudflare.yml #50 kingfisher.cloudflare.2",
        ("X-Auth-User-Service-Key", "cloudflare_service_key", "CLOUDFLARE_ORIGIN_CA_KEY", "cloudflareServiceKey"),
        "X-Auth-User-Service-Key = {v}",
        'cloudflare_service_key: "{v}"',
        "curl https://api.cloudflare.com/client/v4/certificates -H 'X-Auth-User-Service-Key: {v}'",
    ),
    *_near(
        "codacy-api-token", "[A-Za-z0-9]{20,24}", "codacy.yml #53 kingfisher.codacy.1",
        ("CODACY_API_TOKEN", "codacy_project_token", "codacySECRET", "codacy-access-key"),
        "codacySECRET={v}",
        "codacyACCESS_KEY {v}",
        "curl https://app.codacy.com/api/v3/user/organizations -H 'api-token: {v}'  # codacy token",
    ),
    *_near(
        "confluent-api-secret", "[A-Za-z0-9+/]{64}", "confluent.yml #59 kingfisher.confluent.2",
        ("CONFLUENT_CLOUD_API_SECRET", "confluent_secret", "kafka_token", "ccloud-api-key-secret"),
        "confluent secret={v}",
        "kafka_token={v}",
        "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='ABCD1234EFGH5678' password='{v}';",
    ),
    *_near(
        "coze-pat", "pat_[A-Za-z0-9]{64}", "coze.yml #62 kingfisher.coze.1",
        ("coze_token", "COZE_API_TOKEN", "key_coze", "coze-key"),
        "key_coze = {v}",
        "coze-key: {v}",
        "curl https://api.coze.com/v1/workspaces -H 'Authorization: Bearer {v}'  # coze",
    ),
    *_near(
        "cypress-record-key", _UUID, "cypress.yml #68 np.cypress.1",
        ("CYPRESS_RECORD_KEY", "cypress_record_key", "recordKey", "record_key"),
        "CYPRESS_RECORD_KEY={v}",
        "- run: npx cypress run --record --key {v}",
        "$(CYPRESS_BIN) run --record --key {v}",
    ),
    *_near(
        "datagov-api-key", "[A-Za-z0-9]{40}", "datagov.yml #71 kingfisher.datagov.1",
        ("data.gov_api_key", "data.gov_token", "data.gov.key", "data.gov-secret"),
        "data.gov_api_key={v}",
        "# data.gov key\nNREL_API_KEY={v}",
        "curl 'https://developer.nrel.gov/api/alt-fuel-stations/v1.json?limit=1&api_key={v}'  # data.gov key",
    ),
    *_near(
        "demandbase-api-key", "[A-Za-z0-9]{40}", "demandbase.yml #77 np.demandbase.1",
        ("DEMANDBASE_API_KEY", "demandbaseKey", "apikey", "api_key"),
        "// Demandbase configuration\ndemandbase: {\n  apikey: '{v}'\n}",
        "  apiKey = '{v}';",
        'const demandbaseKey = "{v}";',
    ),
    *_near(
        "diffbot-api-key", "[0-9a-z]{32}", "diffbot.yml #80 kingfisher.diffbot.1",
        ("diffbot_key", "DIFFBOT_TOKEN", "diffbotApiKey", "diffbot-token"),
        "diffbot_key = {v}",
        "GET https://api.diffbot.com/v4/account?token={v}  # diffbot",
        "DIFFBOT_TOKEN={v} python crawl.py",
    ),
    *_near(
        "disqus-api-secret", "[A-Za-z0-9]{64}", "disqus.yml #83 kingfisher.disqus.1",
        ("disqus_secret_key", "DISQUS_PRIVATE_TOKEN", "disqusApiKey", "disqus-access-token"),
        "disqus_secret_key = {v}",
        "DISQUS_PRIVATE_TOKEN = {v}",
        "GET https://disqus.com/api/3.0/threads/list.json?limit=1&api_secret={v}  # disqus key",
    ),
    *_near(
        "drone-token", "ey[A-Za-z0-9_-]{30,60}\\.[A-Za-z0-9_-]{10,60}\\.[A-Za-z0-9_-]{9,42}[A-Za-z0-9]|[a-f0-9]{32,64}",
        "droneci.yml #89 kingfisher.drone.1",
        ("DRONE_TOKEN", "drone_token", "droneAccessToken", "drone-secret"),
        "export DRONE_TOKEN={v}",
        "drone_token = {v}",
        "DRONE_SERVER=https://drone.acme.io DRONE_TOKEN={v} drone build ls acme/shop",
    ),
    *_near(
        "endorlabs-api-secret", "endr\\+[A-Za-z0-9-]{15}[A-Za-z0-9]", "endorlabs.yml #95 kingfisher.endorlabs.2",
        ("ENDOR_API_CREDENTIALS_SECRET",),
        "ENDOR_API_CREDENTIALS_SECRET={v}",
        'env:\n  ENDOR_API_CREDENTIALS_KEY: endr+Kx2PqRv8TnLm4WzY\n  ENDOR_API_CREDENTIALS_SECRET: "{v}"',
        "export ENDOR_API_CREDENTIALS_SECRET='{v}'",
    ),
)

GENERIC: tuple[HeldFamily, ...] = (
    _t(
        "ansible-vault", T, _VAULT, "ansible.yml #11 np.ansible.1",
        "$ANSIBLE_VAULT;1.1;AES256\n{v}",
        "db_password: !vault |\n  $ANSIBLE_VAULT;1.2;AES256;prod\n{v}",
    ),
    _t(
        "aws-key-pair", T, "[A-Za-z0-9/+=]{40}", "aws.yml #23 np.aws.6",
        f"export AWS_API_KEY='{_AWS_KEY_ID}'\nexport AWS_SECRET_ACCESS_KEY='{{v}}'",
        f"User name,Password,Access key ID,Secret access key\ndeploy,,{_AWS_KEY_ID},{{v}}",
        f"s3cmd --access_key={_AWS_KEY_ID} --secret_key={{v}} ls s3://acme-backups",
    ),
    _t(
        "blynk-device-token", T, f"{_URLSAFE}{{32}}", "blynk.yml #35 np.blynk.1",
        'curl "https://blynk.cloud/external/api/get?token={v}&V1"',
        'curl "https://fra1.blynk.cloud/external/api/update/property?token={v}&pin=v1&isDisabled=true"',
    ),
    _t(
        "blynk-org-token-url-first", T, f"{_URLSAFE}{{40}}", "blynk.yml #35 np.blynk.2",
        'curl https://fra1.blynk.cloud/api/organization/profile -H "Authorization: Bearer {v}"',
        'curl https://lon1.blynk.cloud/api/organization/profile \\\n-H "Authorization: Bearer {v}"',
    ),
    _t(
        "blynk-org-token-header-first", T, f"{_URLSAFE}{{40}}", "blynk.yml #35 np.blynk.3",
        'curl -H "Authorization: Bearer {v}" https://fra1.blynk.cloud/api/organization/profile',
        'curl -H "Authorization: Bearer {v}" \\\nhttps://ny3.blynk.cloud/api/organization/info',
    ),
    _t(
        "blynk-client-secret-url-first", T, f"{_URLSAFE}{{40}}", "blynk.yml #35 np.blynk.8",
        f"curl -X POST https://fra1.blynk.cloud/oauth2/token?grant_type=client_credentials -u {_BLYNK_CLIENT}:{{v}}",
        f"curl -X POST 'https://fra1.blynk.cloud/oauth2/token?grant_type=client_credentials&client_id={_BLYNK_CLIENT}&client_secret={{v}}'",
    ),
    _t(
        "blynk-client-secret-id-first", T, f"{_URLSAFE}{{40}}", "blynk.yml #35 np.blynk.9",
        f"curl -X POST -u {_BLYNK_CLIENT}:{{v}} https://fra1.blynk.cloud/oauth2/token?grant_type=client_credentials",
        f"curl -X POST -u {_BLYNK_CLIENT}:{{v}} \\\nhttps://sgp1.blynk.cloud/oauth2/token?grant_type=client_credentials",
    ),
    _t(
        "curl-basic-auth", T, _PW, "curl.yml #65 kingfisher.curl.1",
        "curl --cacert ca.crt -u elastic:{v} https://localhost:9200",
        "curl -u {u}:{v} https://api.acme.io/v1/status",
        "curl -s --user '{u}:{v}' https://registry.acme.io/v2/_catalog",
    ),
    _t(
        "curl-auth-header", T, "[A-Za-z0-9+/_-]{19,61}[A-Za-z0-9]={0,2}", "curl.yml #65 kingfisher.curl.2",
        "curl -H 'Authorization: Basic {v}' https://api.acme.io/v1/me",
        'curl -s -H "Authorization: Bearer {v}" https://api.acme.io/v1/orders',
        "curl --header 'Authorization: Token {v}' https://api.acme.io/v1/builds",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR + GENERIC

# providers no earlier round nor the public-format corpus has (a grep of their modules for the
# provider's name, prefix or host, before this round was measured); the other families are "known"
_NEW = ("ansible", "cerebras", "coderabbit", "coze", "cypress", "datagov", "demandbase", "disqus")
NEW, KNOWN = split_by_prefix(FAMILIES, _NEW)

ROUND = HeldOutRound(
    "round-19",
    __doc__,
    101,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "generic": GENERIC, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
