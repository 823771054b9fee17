"""A seventeenth held-out recall measure: every third of the first rule files of praetorian-inc/titus.

``python -m tests.unit.redact.heldout_round17 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): praetorian-inc/titus, the rule files directly under
``pkg/rule/rules/`` (one stored version of each, as the search index holds it).  Titus is a
secrets scanner that started from Nosey Parker's rules and added its own; no round has read its
files.  Before the rule below was written only the folder's file names were listed (the index's
listing, which stops at 100 rows); no rule file's text was read.

The rule that chooses the patterns, written here before any rule file was read and before any
secret was generated:

1. the files the index lists under ``pkg/rule/rules/``, in its order (by path, byte order), as far
   as its listing goes (100 rows, to ``eventbrite.yml``); the ``.yml`` files among them (not
   ``.placeholder.yaml`` nor ``adobe.yml.backup``): 98 files, numbered from 0 (``adafruitio`` #0
   to ``eventbrite`` #97);
2. the files whose number % 3 == 0, #0, #3, #6 ... #96: 33 files (adafruitio, ai21, aiven,
   alibaba, anthropic, apollo, asana, auth0, azure-notification-hub, azureopenai, baremetrics,
   bitbucket, branchio, calendly, circleci, clarifai, clickhouse, cloudinary, codeclimate, cohere,
   contentful, crates.io, cursor, databricks, dbconn, definednetworking, dependency_track,
   digitalocean, django, doppler, dropbox, easypost, eraserio);
3. every rule of each file in file order; a rule whose match is no secret or only a public or
   identifying value (an id, a user name, a host, a public key) is left out, its id noted; a rule
   taking a value of fewer than 8 characters too; a rule whose pattern is another rule's of the
   same file character for character is left out, its id noted (round 16's rule);
4. each rule left gives families by its shape, as round 16's did: a token with a prefix or a
   fixed shape of its own a bare family and one in a request or log line; a rule that needs
   context before the value (a key or a word the pattern names) a keyed family (keys in the shape
   the rule names) and a text family (assignments and lines in the shape it describes); a
   connection string or URL holding a password, or a whole-line shape, a text family in the shape
   it describes;
5. a rule whose provider an earlier round or the public-format corpus already has stays, and the
   figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 89, 7 samples per family, round 2's carriers.

The 33 files hold 55 rules.  Left out, 6: alibaba.yml's ``kingfisher.alibabacloud.1`` (an
``LTAI`` access key id), asana.yml's ``kingfisher.asana.1`` (a 16-digit client id),
azureopenai.yml's ``kingfisher.azureopenai.host.1`` (a host), clickhouse.yml's
``kingfisher.clickhouse.2`` (a key id), and branchio.yml's two rules ``np.branchio.1``/``.2``
(``key_live_``/``key_test_``: Branch's app key, which apps ship inside themselves; the rule's own
description says it is used with the branch secret, which no rule of the file takes): identifying
or public values, so branchio.yml gives no family.  49 rules give 88 families (``SOURCE_PATHS``:
``<file> #<file number> <rule id>``): 22 prefixed rules (bare and in a request: Adafruit IO,
Anthropic, Bitbucket's ``ATBB``, CircleCI's ``CCIPAT_``, ClickHouse's ``4b1d``, Contentful's
``CFPAT-``, crates.io's ``cio``, Cursor's ``key_``, Databricks' ``dapi``, Defined Networking's
``dnkey-``, Dependency-Track's ``odt_``, DigitalOcean's three, Doppler's six, Dropbox's ``sl.``,
EasyPost's ``EZAK``/``EZTK``), 17 context rules (keyed and text: AI21's UUID after ``ai21``,
Aiven, Alibaba's secret, Apollo, Asana's client secret and PAT, a Notification Hub key, Azure
OpenAI's two, Baremetrics, Calendly's JWT, CircleCI's project token, Clarifai, Code Climate's
reporter id, Cohere, Contentful's delivery token, Eraser) and 10 whole-line, URL and code rules
(text only: Auth0's domain, client id and secret, a Cloudinary URL, the seven database connect
calls of dbconn.yml (PHP's MySQL and PostgreSQL, Python's keyword and DSN forms, Perl's and
Ruby's DBI, C#'s connection objects), Django's generated ``settings.py``).  Versions read (the
index's commit of each): adafruitio 2728577, ai21 2728577, aiven 828fbb1, alibaba 2728577,
anthropic 828fbb1, apollo 5205b0f, asana 5205b0f, auth0 828fbb1, azure-notification-hub 068ff63,
azureopenai 5205b0f, baremetrics 2728577, bitbucket 5205b0f, branchio 04a42b9, calendly 59fe96b,
circleci 828fbb1, clarifai 5205b0f, clickhouse 828fbb1, cloudinary 44f47c0, codeclimate 828fbb1,
cohere 5205b0f, contentful 5205b0f, crates.io 2728577, cursor 3a394ef, databricks 828fbb1, dbconn
171de66, definednetworking 6a6993a, dependency_track 5205b0f, digitalocean 5205b0f, django
828fbb1, doppler 828fbb1, dropbox 828fbb1, easypost 5205b0f, eraserio 828fbb1.

Formats are facts in our own notation, generated at test time; no rule text of the source is
copied.  Where a rule leaves a length open the family bounds it (Dependency-Track 32-64, Calendly's
JWT parts 60-120/60-200/43-86 after a ``{"kid":"`` header, Azure's 84-character AI key 60-80
before its ``JQQJ``/``AAAB``/``ACOGk`` mark, Doppler's service token environment 2-12, Databricks'
``-N`` suffix 1-2 digits); Aiven's 372 characters are 370 base64 and ``==``; Auth0's client secret
is 64 of its alphabet; Django's key takes the 50 characters of its generator's alphabet, with or
without ``django-insecure-``; connect calls' passwords are a quoted argument (round 14's quoted
shape) or, inside a DSN or connection string, no quote, blank or ``;``.  Context a rule asks for
(the provider's name before the value, a key word after it for Apollo, Azure OpenAI, Calendly,
Contentful and Eraser, the key names of the Notification Hub and Code Climate rules, Auth0's
domain and client id lines, Django's ``SECURITY WARNING`` comment) is written into the templates.
Providers that no earlier round nor the public-format corpus has (group ``new``, a grep of those
modules): AI21, Azure Notification Hubs, Cloudinary, and the connect calls of PHP, Python, Perl,
Ruby and C#; the other families are ``known``.

First measurement, BEFORE any rule was changed for these families (seed 89, 7 samples per family,
rules as of commit f7378fb, the last change to pipeline/redact; the module written and run once,
nothing tuned): strict **572/616 = 92.86%**, loose 572/616 = 92.86% (prefixed 293/308, near
231/238, generic 48/70; known 514/532, new 58/84; by carrier, strict and loose alike: bare
140/154, keyed 117/119, text 315/343).  Seeds 7 and 99, same rules: 571/616 = 92.69% and
572/616 = 92.86%.  The round-17 lookalikes: 17/600 touched, two shapes, each a class of its own:
``tokens=1781`` (a count under a plural ``tokens`` key, taken as a secret's value) and
``CC_TEST_REPORTER_ID: ${{ secrets.CC_TEST_REPORTER_ID }}`` (GitHub Actions' expression, the
``$`` taken as the value).  By class, the misses were: no rule for a prefixed token outside a
key (CircleCI's ``CCIPAT_``, 1/7 bare; Cursor's ``key_`` and 64 hex, 1/7 bare and 6/7 in
``curl -u key:``), crates.io's ``cio`` token glued to text on either side (5/7), AI21's UUID
(5/7 keyed: missed in YAML and on a command line; 4/7 in text after ``ai21 =``), a key as the
first argument of a provider's client constructor (``cohere.Client('...')``, 5/7), the password
as the third positional argument of a connect call (PHP's ``mysql_connect``/``mysqli_connect``,
Perl's ``DBI->connect``, Ruby's ``DBI.connect``: 0/7 each), and a Python raw string's ``r``
prefix taken as the value (``SECRET_KEY = r"..."``, 1).

The held-out figure is printed again by running this module against the rules of f7378fb (commit
dd743a9 holds this module and those rules)::

    git worktree add --detach /tmp/r17base dd743a9
    cd /tmp/r17base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round17

Any figure measured after that is in-sample.  After the round-17 rules (new: cursor-api-key,
db-connect-call-password, provider-client-key; looser as the public pattern is:
circleci-personal-token takes 22-24 characters and 40 letters and digits, not 22 and 40 hex;
``ai21`` a provider, and a key naming a provider whose name holds a digit (``ai21_key``,
``base64_key``) a provider's key; a Python string's ``r``/``b``/``u`` prefix no value; and for the
lookalikes: a count under a key ending in ``tokens`` and a CI expression ``${{ ... }}`` are no
secret's value, and a 16-digit number labeled ``section``, ``workspace``, ``portfolio`` or
``story`` no card): **613/616 = 99.51%** strict and loose (seeds 7 and 99: 611/616 = 99.19% each, 612/616 after dad4181;
prefixed 305/308, near 238/238, generic 70/70; known 529/532, new 84/84; bare 151/154, keyed
119/119, text 343/343).  The round-17 lookalikes: 0/600, and 0/9000 at seeds 1, 2 and 3 with
3,000 (an Asana id that passes Luhn after ``section`` was the only shape touched there).  Left:
crates.io's ``cio`` token glued to text on either side (2; its rule keeps its boundaries, the
public one too: ``cio`` starts words) and Cursor's ``key_`` glued on its left (1; ``key_`` ends
words such as ``cache_key_``, so the boundary before it stays); at seeds 7 and 99 also a vowel-rich Asana secret after
``asana :'`` and a DSN password cut at a ``,`` before a word and ``:`` (read as the next key).
Code Climate's reporter id on a command line (``--cc-test-reporter-id <64 hex>``), missed at
seeds 7 and 99, is found since dad4181 (its rule takes the names with ``-`` too).  The ``cio``
token glued on its right (``retry=cio...123``) is found since ee9e0ef (its rule keeps no boundary
after the token, whose length is fixed): 614/616 at seed 89; glued on its left it is still missed.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round17 import lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound, split_by_prefix

__all__ = ["FAMILIES", "SOURCE_PATHS", "TitusFamilies", "bearer", "run", "samples"]

B, K, T = "bare", "keyed", "text"
_SOURCE = "titus"
_DIR = "praetorian-inc/titus:pkg/rule/rules/"
_HEX = "[a-f0-9]"
_UUID = f"{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}"
_B64 = "[A-Za-z0-9+/]"
_URLSAFE = "[A-Za-z0-9_-]"
# Django's generated secret key: 50 of its generator's alphabet (lower-case letters, digits, !@#$%^&*(-_=+))
_DJANGO_KEY = "[a-z0-9!@#$%^&*(\\-_=+)]{50}"
# database passwords: as a quoted argument (no quote, no blank at either end), and after 'password='
# inside a quoted DSN or connection string (no quote, blank or ';')
_PW_ARG = "[A-Za-z0-9][A-Za-z0-9!#%^&*()_+=.~@:;, -]{6,22}[A-Za-z0-9]"
_PW_DSN = "[A-Za-z0-9][A-Za-z0-9!#%^*_+=.~@:,-]{7,23}"
_CALENDLY_HEAD = "eyJraWQiOiI"  # a JWT header opens so: '{"kid":"' in base64url
_AZURE_AI_KEY = f"{_B64}{{60,80}}(JQQJ|AAAB|ACOGk){_B64}{{0,24}}"


class TitusFamilies(Families):
    """Builds a titus round's families (rounds 17 and 18) and notes where each came from
    (``source_paths``: family id -> ``<folder><file> #<file number> <rule id>``)."""

    def __init__(self) -> None:
        super().__init__(_SOURCE, _DIR)


def bearer(url: str) -> str:
    """A request line carrying the value as a Bearer token."""
    return f"GET {url} Authorization: Bearer {{v}}"


_FAMILIES = TitusFamilies()
SOURCE_PATHS = _FAMILIES.source_paths
_t, _prefixed, _near = _FAMILIES.family, _FAMILIES.prefixed, _FAMILIES.keyed_and_text

_DOPPLER = "[A-Za-z0-9]{40,44}"

PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed("adafruit-io-key", "aio_[A-Za-z0-9]{28}", "adafruitio.yml #0 np.adafruit.1",
               "curl -H 'X-AIO-Key: {v}' https://io.adafruit.com/api/v2/{name}/feeds"),
    *_prefixed("anthropic-api-key", "sk-ant-api[0-9]{2}-[A-Za-z0-9_-]{95}", "anthropic.yml #12 np.anthropic.1",
               "POST https://api.anthropic.com/v1/messages x-api-key: {v} anthropic-version: 2023-06-01"),
    *_prefixed("bitbucket-app-password", "ATBB[A-Za-z0-9]{32}", "bitbucket.yml #33 np.bitbucket.1",
               "git clone https://{u}:{v}@bitbucket.org/acme/shop-api.git"),
    *_prefixed("circleci-pat", "CCIPAT_[a-z0-9]{4}[a-z]{5}[a-z0-9]{3}[0-9]{3}[a-z]{2}[A-Z]{2}[0-9][a-z][a-z0-9][0-9][a-z]_[a-z0-9]{40}",
               "circleci.yml #42 kingfisher.circleci.1",
               "curl -H 'Circle-Token: {v}' https://circleci.com/api/v2/me"),
    *_prefixed("clickhouse-secret-key", "4b1d[A-Za-z0-9]{38}", "clickhouse.yml #48 kingfisher.clickhouse.1",
               "curl --user 'Kx2PqRv8TnLm4WzYs7Ab:{v}' https://api.clickhouse.cloud/v1/organizations"),
    *_prefixed("contentful-pat", "CFPAT-[A-Za-z0-9_-]{43}", "contentful.yml #60 kingfisher.contentful.2",
               bearer("https://api.contentful.com/spaces/{name}/environments")),
    *_prefixed("cratesio-token", "cio[A-Za-z0-9]{32}", "crates.io.yml #63 np.cratesio.1",
               "cargo publish --token {v} --allow-dirty"),
    *_prefixed("cursor-api-key", f"key_{_HEX}{{64}}", "cursor.yml #66 kingfisher.cursor.1",
               "curl -u {v}: https://api.cursor.com/v0/me"),
    *_prefixed("databricks-pat", f"dapi{_HEX}{{32}}(-[0-9]{{1,2}})?", "databricks.yml #69 np.databricks.1",
               bearer("https://adb-4815162342.7.azuredatabricks.net/api/2.0/clusters/list")),
    *_prefixed("defined-networking-token", "dnkey-[A-Z0-9]{26}-[A-Z0-9]{52}", "definednetworking.yml #75 kingfisher.definednetworking.1",
               bearer("https://api.defined.net/v1/networks")),
    *_prefixed("dependency-track-key", "odt_[A-Za-z0-9]{32,64}", "dependency_track.yml #78 np.dtrack.1",
               "curl -X PUT https://dtrack.acme.io/api/v1/bom -H 'X-Api-Key: {v}' -F bom=@bom.json"),
    *_prefixed("digitalocean-oauth", f"doo_v1_{_HEX}{{64}}", "digitalocean.yml #81 np.digitalocean.1",
               bearer("https://api.digitalocean.com/v2/cdn/endpoints")),
    *_prefixed("digitalocean-pat", f"dop_v1_{_HEX}{{64}}", "digitalocean.yml #81 np.digitalocean.2",
               "doctl auth init --access-token {v}"),
    *_prefixed("digitalocean-refresh", f"dor_v1_{_HEX}{{64}}", "digitalocean.yml #81 np.digitalocean.3",
               "POST https://cloud.digitalocean.com/v1/oauth/token?grant_type=refresh_token&refresh_token={v}"),
    *_prefixed("doppler-cli-token", f"dp\\.ct\\.{_DOPPLER}", "doppler.yml #87 np.doppler.1",
               "doppler configure set token {v} --scope /srv/app"),
    *_prefixed("doppler-personal-token", f"dp\\.pt\\.{_DOPPLER}", "doppler.yml #87 np.doppler.2",
               bearer("https://api.doppler.com/v3/workplace")),
    *_prefixed("doppler-service-token", f"dp\\.st\\.([a-z0-9_-]{{2,12}}\\.)?{_DOPPLER}", "doppler.yml #87 np.doppler.3",
               "DOPPLER_TOKEN={v} doppler run -- npm start"),
    *_prefixed("doppler-service-account-token", f"dp\\.sa\\.{_DOPPLER}", "doppler.yml #87 np.doppler.4",
               bearer("https://api.doppler.com/v3/projects")),
    *_prefixed("doppler-scim-token", f"dp\\.scim\\.{_DOPPLER}", "doppler.yml #87 np.doppler.5",
               bearer("https://api.doppler.com/scim/v2/Users")),
    *_prefixed("doppler-audit-token", f"dp\\.audit\\.{_DOPPLER}", "doppler.yml #87 np.doppler.6",
               bearer("https://api.doppler.com/v3/workplace/users")),
    *_prefixed("dropbox-access-token", "sl\\.[A-Za-z0-9_-]{130,152}", "dropbox.yml #90 np.dropbox.1",
               'curl -X POST https://api.dropboxapi.com/2/users/get_current_account --header "Authorization: Bearer {v}"'),
    *_prefixed("easypost-api-key", "EZ[AT]K[A-Za-z0-9]{54}", "easypost.yml #93 kingfisher.easypost.1",
               "curl -u {v}: https://api.easypost.com/v2/shipments?page_size=5"),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "ai21-api-key", _UUID, "ai21.yml #3 kingfisher.ai21studio.1",
        ("ai21_key", "AI21_API_KEY", "ai21Token", "ai21-token"),
        "ai21 = {v}",
        "client = AI21Client(api_key='{v}')  # ai21",
        "export AI21_API_KEY={v}",
    ),
    *_near(
        "aiven-api-token", f"{_B64}{{370}}==", "aiven.yml #6 kingfisher.aiven.1",
        ("AIVEN_API_TOKEN", "aiven_token", "aivenToken", "FLASK_APP_AIVEN_API_KEY"),
        'AIVEN_TOKEN = "{v}"',
        "avn --auth-token {v} project list  # aiven",
        'provider "aiven" {\n  api_token = "{v}"\n}',
    ),
    *_near(
        "alibaba-access-key-secret", "[a-zA-Z0-9]{30}", "alibaba.yml #9 kingfisher.alibabacloud.2",
        ("alibaba_secret", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "alibabaSecret", "alibaba-token"),
        "alibaba_secret = {v}",
        "aliyun configure set --access-key-id LTAI5tKq8Wm2Xp9RzN4vYc7B --access-key-secret {v}  # alibaba",
        "ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tKq8Wm2Xp9RzN4vYc7B\nALIBABA_CLOUD_ACCESS_KEY_SECRET={v}",
    ),
    *_near(
        "apollo-api-key", "[A-Za-z0-9_-]{22}", "apollo.yml #15 kingfisher.apollo.1",
        ("APOLLO_API_KEY", "apollo_key", "apolloApiKey", "apollo-token"),
        'APOLLO_API_KEY="{v}"',
        "apollo.io api_key {v}",
        "curl -X POST https://api.apollo.io/api/v1/mixed_people/api_search -H 'x-api-key: {v}'  # apollo key",
    ),
    *_near(
        "asana-client-secret", "[a-z0-9]{30,40}", "asana.yml #18 kingfisher.asana.2",
        ("asana_client_secret", "ASANA_SECRET", "asanaClientSecret", "asana-secret"),
        "ASANA_CLIENT_ID=1204811947023883\nASANA_CLIENT_SECRET={v}",
        "asana oauth app configured, client secret {v}",
        "asana :'{v}'",
    ),
    *_near(
        "asana-pat", f"[01]/[0-9]{{16}}:{_HEX}{{32}}", "asana.yml #18 kingfisher.asana.3",
        ("asana_pat", "ASANA_ACCESS_TOKEN", "asanaToken", "asana-token"),
        "asana_pat = {v}",
        "curl https://app.asana.com/api/1.0/users/me -H 'Authorization: Bearer {v}'  # asana",
        "export ASANA_ACCESS_TOKEN={v}",
    ),
    *_near(
        "azure-notification-hub-key", f"{_B64}{{43}}=", "azure-notification-hub.yml #24 np.azure.6",
        ("hubAccessKey", "notificationHubKey", "SharedAccessKey", "hubApiKey"),
        'const config = {\n  "hubAccessKey": "{v}"\n};',
        'Endpoint=sb://acme-ns.servicebus.windows.net/;SharedAccessKeyName=DefaultFullSharedAccessSignature;SharedAccessKey={v}',
        'const hubApiKey = "{v}";',
    ),
    *_near(
        "azure-openai-key", f"{_HEX}{{32}}", "azureopenai.yml #27 kingfisher.azureopenai.1",
        ("azure_openai_key", "AZURE_OPENAI_API_KEY", "azureOpenAIKey", "azure-openai-secret"),
        "azure_openai_key={v}",
        "AZURE_OPENAI_ENDPOINT=https://acme-eastus.openai.azure.com/\nAZURE_OPENAI_API_KEY={v}",
        "client = AzureOpenAI(azure_endpoint=endpoint, api_key='{v}')  # azure openai key",
    ),
    *_near(
        "azure-openai-key-extended", _AZURE_AI_KEY, "azureopenai.yml #27 kingfisher.azureopenai.2",
        ("azure_openai_api_key", "AZURE_OPENAI_KEY", "openai_key", "openai-api-key"),
        "azure_openai_api_key={v}",
        'openai_key: "{v}"',
        "AZURE_OPENAI_KEY={v}",
    ),
    *_near(
        "baremetrics-api-key", "[a-z0-9_-]{25}", "baremetrics.yml #30 kingfisher.baremetrics.1",
        ("baremetrics_api_key", "BAREMETRICS_API_KEY", "baremetricsKey", "baremetrics-token"),
        'baremetrics_api_key = "{v}"',
        "BAREMETRICS_API_KEY:'{v}'",
        "curl https://api.baremetrics.com/v1/sources -H 'Authorization: Bearer {v}'  # baremetrics",
    ),
    *_near(
        "calendly-pat", f"{_CALENDLY_HEAD}{_URLSAFE}{{60,120}}\\.eyJ{_URLSAFE}{{60,200}}\\.{_URLSAFE}{{43,86}}",
        "calendly.yml #39 np.calendly.1",
        ("CALENDLY_TOKEN", "calendly_api_key", "calendlyToken", "calendly-pat"),
        "CALENDLY_TOKEN={v}",
        'calendly_api_key: "{v}"',
        "calendly client: auth {v}",
    ),
    *_near(
        "circleci-project-token", f"{_HEX}{{40}}", "circleci.yml #42 kingfisher.circleci.2",
        ("circleci_project_secret", "CIRCLECI_API_TOKEN", "circleciToken", "circleci-token"),
        "circleci_project_secret = '{v}'",
        "CIRCLECI_API_TOKEN: {v}",
        "curl -u {v}: https://circleci.com/api/v1.1/projects  # circleci",
    ),
    *_near(
        "clarifai-api-key", f"{_HEX}{{32}}", "clarifai.yml #45 kingfisher.clarifai.1",
        ("clarifai_key", "CLARIFAI_PAT", "clarifaiApiKey", "clarifai-secret"),
        "clarifai_key = {v}",
        "clarifai_token: {v}",
        "curl https://api.clarifai.com/v2/models -H 'Authorization: Key {v}'  # clarifai",
    ),
    *_near(
        "codeclimate-reporter-id", f"{_HEX}{{64}}", "codeclimate.yml #54 np.codeclimate.1",
        ("CODECLIMATE_REPO_TOKEN", "CC_TEST_REPORTER_ID"),
        " - RAILS_ENV=test CODECLIMATE_REPO_TOKEN={v}",
        "- uses: paambaati/codeclimate-action@v5.0.0\n  env:\n    CC_TEST_REPORTER_ID: {v}",
        "export CC_TEST_REPORTER_ID={v}",
    ),
    *_near(
        "cohere-api-key", "[A-Za-z0-9]{40}", "cohere.yml #57 kingfisher.cohere.1",
        ("cohere_key", "COHERE_API_KEY", "cohereApiKey", "cohere-token"),
        "cohere_key = {v}",
        "cohere secret key = {v}",
        "co = cohere.Client('{v}')",
    ),
    *_near(
        "contentful-delivery-token", "[A-Za-z0-9_-]{43}", "contentful.yml #60 kingfisher.contentful.1",
        ("contentful_delivery_token", "CONTENTFUL_ACCESS_TOKEN", "contentfulAccessToken", "contentful-token"),
        "contentful_delivery_token = {v}",
        "CONTENTFUL_SPACE_ID=x2kq9m1p7z3v\nCONTENTFUL_ACCESS_TOKEN={v}",
        "contentful.createClient({ space: 'x2kq9m1p7z3v', accessToken: '{v}' })",
    ),
    *_near(
        "eraser-api-key", "[A-Za-z0-9]{20}", "eraserio.yml #96 kingfisher.eraser.1",
        ("eraser_token", "ERASER_KEY", "eraserToken", "eraser-secret"),
        "eraser_token = {v}",
        "export ERASER_TOKEN={v}",
        "curl https://app.eraser.io/api/reports/usage -H 'Authorization: Bearer {v}'  # eraser token",
    ),
)

GENERIC: tuple[HeldFamily, ...] = (
    _t(
        "auth0-client-secret", T, "[A-Za-z0-9_-]{64}", "auth0.yml #21 np.auth0.1",
        "REACT_APP_AUTH0_DOMAIN='dev-3a44tw2sa77x73tx.us.auth0.com'\nREACT_APP_AUTH0_CLIENT_ID='HaDNmcczGrrwZ7SkPFTh6Owu3VDcjltm'\n"
        "REACT_APP_AUTH0_CLIENT_SECRET='{v}'",
        "AUTH0_ISSUER_BASE_URL='https://{name}.eu.auth0.com'\nAUTH0_CLIENT_ID='oCloQt7XYc1HFas3gSBtYAcekWY25MlF'\n"
        "AUTH0_CLIENT_SECRET='{v}'",
        'export AUTH0_DOMAIN="{name}.us.auth0.com"\nexport AUTH0_CLIENT_ID="ptk5mAig7ibFKW1vhJPNTfEkN5lHQPw8"\n'
        'export AUTH0_CLIENT_SECRET="{v}"',
    ),
    _t(
        "cloudinary-url", T, "[A-Za-z0-9_-]{27}", "cloudinary.yml #51 kingfisher.cloudinary.1",
        "CLOUDINARY_URL=cloudinary://874837483274837:{v}@{name}",
        '{"cloudinary_url":"cloudinary://509182734650918:{v}@prod-assets"}',
        "uploading via cloudinary://123456789012345:{v}@shop-media failed: 420",
    ),
    _t(
        "php-mysql-connect-password", T, _PW_ARG, "dbconn.yml #72 kingfisher.dbconn.php.1",
        '$link = mysql_connect("localhost", "{u}", "{v}");',
        "$conn = mysqli_connect('db.internal', '{u}', '{v}', 'shop');",
    ),
    _t(
        "php-pg-connect-password", T, _PW_DSN, "dbconn.yml #72 kingfisher.dbconn.php.2",
        '$db = pg_connect("host=dbserver user={u} password={v} dbname=shop");',
        "$db = pg_pconnect('host=prod port=5432 dbname=analytics user={u} password={v}');",
    ),
    _t(
        "python-db-connect-password", T, _PW_ARG, "dbconn.yml #72 kingfisher.dbconn.python.1",
        'conn = psycopg2.connect(host="db.internal", dbname="orders", user="{u}", password="{v}")',
        "conn = pymysql.connect(host='db', user='{u}', passwd='{v}', db='shop')",
        "cnx = mysql.connector.connect(user='{u}', password='{v}', host='127.0.0.1', database='employees')",
    ),
    _t(
        "python-db-connect-dsn", T, _PW_DSN, "dbconn.yml #72 kingfisher.dbconn.python.2",
        'conn = psycopg2.connect("host=prod dbname=app user={u} password={v}")',
        "db = pymysql.connect('host=db user={u} password={v} dbname=shop')",
    ),
    _t(
        "perl-dbi-connect-password", T, _PW_ARG, "dbconn.yml #72 kingfisher.dbconn.perl.1",
        'my $dbh = DBI->connect("dbi:mysql:database=shop;host=db.internal", "{u}", "{v}");',
        "my $dbh = DBI->connect('dbi:Pg:dbname=orders;host=db', '{u}', '{v}', { RaiseError => 1 });",
    ),
    _t(
        "ruby-dbi-connect-password", T, _PW_ARG, "dbconn.yml #72 kingfisher.dbconn.ruby.1",
        'dbh = DBI.connect("DBI:Mysql:shop:localhost", "{u}", "{v}")',
        "dbh = DBI.connect('DBI:Pg:orders', '{u}', '{v}')",
    ),
    _t(
        "csharp-db-connection-password", T, _PW_DSN, "dbconn.yml #72 kingfisher.dbconn.csharp.1",
        'var conn = new SqlConnection("Server=prod;Database=app;User Id={u};Password={v}");',
        "using var conn = new MySqlConnection('Server=db;Uid={u};Pwd={v};Database=shop');",
        'await using var conn = new NpgsqlConnection("Host=pg;Username={u};Password={v};Database=app");',
    ),
    _t(
        "django-settings-secret-key", T, f"(django-insecure-)?{_DJANGO_KEY}", "django.yml #84 np.django.1",
        "# SECURITY WARNING: keep the secret key used in production secret!\nSECRET_KEY = '{v}'\n\n"
        "# SECURITY WARNING: don't run with debug turned on in production!\nDEBUG = True",
        '# SECURITY WARNING: keep the secret key used in production secret!\nSECRET_KEY = r"{v}"',
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR + GENERIC

# providers no earlier round nor the public-format corpus has (a grep of their modules for the
# provider's name, prefix or host, before this round was measured); the other families are "known"
_NEW = ("ai21", "azure-notification-hub", "cloudinary", "php-", "python-db-", "perl-dbi", "ruby-dbi", "csharp-db")
NEW, KNOWN = split_by_prefix(FAMILIES, _NEW)

ROUND = HeldOutRound(
    "round-17",
    __doc__,
    89,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "generic": GENERIC, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
