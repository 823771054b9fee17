"""An eighteenth held-out recall measure: the second third of the first rule files of praetorian-inc/titus.

``python -m tests.unit.redact.heldout_round18 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): praetorian-inc/titus, the rule files directly under
``pkg/rule/rules/`` (one stored version of each, as the search index holds it).  Round 17
numbered the first 98 ``.yml`` files of the index's listing 0..97 and read those whose number
% 3 == 0; this round reads those whose number % 3 == 1, which no round has read.  Before the
rule below was written only the folder's file names were listed (the same listing, checked to
number round 17's files as it did); no picked file's text was read.

The rule that chooses the patterns, written here before any rule file was read and before any
secret was generated:

1. the files the index lists under ``pkg/rule/rules/``, in its order (by path, byte order), as far
   as its listing goes (100 rows, to ``eventbrite.yml``); the ``.yml`` files among them (not
   ``.placeholder.yaml`` nor ``adobe.yml.backup``): 98 files, numbered from 0 (``adafruitio`` #0
   to ``eventbrite`` #97), as round 17 numbered them;
2. the files whose number % 3 == 1, #1, #4, #7 ... #97: 33 files (adobe, airbrake, alchemy,
   amplitude, anypoint, appcenter, assemblyai, authress, azure, azuresearchquery, baseten, bitly,
   browserstack, ccn, cisco, clay, clojars, cloudsight, codecov, coinbase, coveralls,
   credentials, customerio, datadog, deepgram, delighted, deviantart, discord, docker,
   dotnet-connstring, duffel, elevenlabs, eventbrite);
3. every rule of each file in file order; a rule whose match is no secret or only a public or
   identifying value (an id, a user name, a host, a public key) is left out, its id noted; a rule
   taking a value of fewer than 8 characters too; a rule whose pattern is another rule's of the
   same file character for character is left out, its id noted (round 16's rule);
4. each rule left gives families by its shape, as round 17's did: a token with a prefix or a
   fixed shape of its own a bare family and one in a request or log line; a rule that needs
   context before the value (a key or a word the pattern names) a keyed family (keys in the shape
   the rule names) and a text family (assignments and lines in the shape it describes); a
   connection string or URL holding a password, or a whole-line shape, a text family in the shape
   it describes;
5. a rule whose provider an earlier round or the public-format corpus already has stays, and the
   figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 97, 7 samples per family, round 2's carriers.

The 33 files hold 58 rules.  Left out, 8: azure.yml's ``np.azure.9`` (a Cognitive Services
host), azuresearchquery.yml's ``kingfisher.azuresearch.url.1`` (an index URL), cisco.yml's
``kingfisher.cisco.4`` (the ``NVRAM config last updated`` banner), clojars.yml's
``kingfisher.clojars.1`` (a user name), coveralls.yml's ``kingfisher.coveralls.1`` (a repository
id), datadog.yml's ``kingfisher.datadog.1`` (a site domain), discord.yml's
``kingfisher.discord.3`` (a bot id) and dotnet-connstring.yml's ``kingfisher.dotnet.connstring.2``
(a connection string with Integrated Security and no password).  50 rules give 85 families
(``SOURCE_PATHS``: ``<file> #<file number> <rule id>``): 8 prefixed rules (bare and in a request:
Adobe's ``p8e-``, Authress's service client key, Azure DevOps' ``AZDO`` PAT, Azure AD's ``Q~``
client secret, ``CLOJARS_``, a Discord bot token, ``duffel_test_``/``duffel_live_``,
ElevenLabs' ``sk_``), 27 context rules (keyed and text: Airbrake, Alchemy, Amplitude, Anypoint,
App Center, AssemblyAI, Azure DevOps' PAT after ``ADO_PAT``/``$token``, Azure APIM's
subscription key, ``AZURE_CLIENT_SECRET``/``ARM_CLIENT_SECRET``, Azure Search's query key,
Baseten, Bitly, BrowserStack, Clay, CloudSight, Codecov, Coinbase's access token, Coveralls,
Customer.io's two, Datadog's two, Deepgram, Delighted, DeviantArt's two, Eventbrite) and 15
whole-line, URL and JSON rules (text only: an Azure connection string's key, an App
Configuration secret, the four card numbers, Cisco's enable password, SNMP RW community and PAC
key, Coinbase's two CDP private keys in their JSON, a URL's password, a Discord webhook, Docker's
``auths`` JSON, a .NET connection string's password).  Versions read (the index's commit of
each): adobe 828fbb1, airbrake 5205b0f, alchemy 3a394ef, amplitude 27c2e36, anypoint 5205b0f,
appcenter 5205b0f, assemblyai 5205b0f, authress 5205b0f, azure 2caa32d, azuresearchquery
5205b0f, baseten 5205b0f, bitly 828fbb1, browserstack 5205b0f, ccn 3393561, cisco 1e0b18f, clay
5205b0f, clojars 5205b0f, cloudsight 5205b0f, codecov 5205b0f, coinbase 5205b0f, coveralls
3a394ef, credentials 5205b0f, customerio 3a394ef, datadog 3a394ef, deepgram 5205b0f, delighted
59fe96b, deviantart 5205b0f, discord 3e52c30, docker 5205b0f, dotnet-connstring 8a15618, duffel
828fbb1, elevenlabs 685ac65, eventbrite 5205b0f.

Formats are facts in our own notation, generated at test time; no rule text of the source is
copied.  Many of these rules are case-blind (``(?i)``); a value's class is taken as the rule
writes it, and in both cases where the rule's own requirements or examples show the other case
(Airbrake, Anypoint, Azure Search, Codecov, Coinbase, Coveralls, Datadog's API key, Adobe,
Authress, a URL's password).  Where a rule leaves a length open the family bounds it (Cisco's
and SNMP's values and a URL's or connection string's password 8-24, Docker's ``auth`` 20-90);
a value the rule ends at a word boundary ends with a letter or digit.  The four card rules
take a Luhn-valid number (the generated number's last digit made its check digit:
``HeldFamily.check``), run together or grouped by ``-`` or blanks as the rules allow; they are
text families only (a departure from step 4: a card number is digits between boundaries, which
the glued carriers break), in the shapes of the rule's examples.  Context a rule asks for (the
provider's name before a key word and the value, Azure DevOps' ``ADO_PAT``/``$token`` and a
quote, the APIM header name, Coinbase's ``"name"``/``"id"`` before ``"privateKey"``, Cisco's
line starts, Docker's ``"auths"``) is written into the templates.  Providers that no earlier
round nor the public-format corpus has (group ``new``, a grep of those modules): App Center,
Baseten, Clay, DeviantArt and Cisco's configuration lines; the other families are ``known``.

First measurement, BEFORE any rule was changed for these families (seed 97, 7 samples per
family, rules as of commit dad4181, the last change to pipeline/redact; the module written and
run once, nothing tuned): strict **539/595 = 90.59%**, loose 539/595 = 90.59% (prefixed 100/112,
near 352/378, generic 87/105; known 472/504, new 67/91; by carrier, strict and loose alike:
bare 44/56, keyed 186/189, text 309/350).  Seeds 7 and 99, same rules: 534/595 = 89.75% and
540/595 = 90.76%.  The round-18 lookalikes: 11/600 touched, three shapes: a password that is a
shell variable in a connection string (``Password=$ENV_PASSWORD;``, the rule's own negative
example), a command substitution after ``ARM_CLIENT_SECRET=`` (``$(az keyvault secret show
...)``, its ``$(az`` taken as the value), and ``session_id=<13 digits>`` after ``amplitude``
(a session id under a key the library calls secret by design; this corpus's mistake, see
below).  By class, the misses were: no rule for two bare shapes (Azure DevOps' 84-character
``AZDO`` PAT, 1/7; a Discord bot token whose id part is longer or shorter than our rule's, 1/7),
Cisco's configuration lines (``enable password``/``enable secret``, 3/7; ``snmp-server
community <v> RW``, 0/7; ``pac key <n> <v>``, 0/7), a key as the first argument of an SDK's
init or credential call (``amplitude.init("...")``, 3/7; ``AzureKeyCredential('...')``, 5/7), a
key of two parts joined by a dot under a key name (Baseten's ``8.32``: 4/7 text, 6/7 keyed), a
key word followed by a blank and the value (``client_secret <v>``, ``tracking_api_key <v>``,
``coveralls_SECRETTOKEN <v>``, ``clay key: <v>``), a short option ``-t <v>`` after a tool the
line names (``codecov``), Alchemy's ``/v2/<key>`` on the ``alchemyapi.io`` host and with a key
of more than our rule's length, and Customer.io's ``cio-site-key``.

The held-out figure is printed again by running this module against the rules of dad4181 (commit
d8a4f39 holds this module and those rules)::

    git worktree add --detach /tmp/r18base d8a4f39
    cd /tmp/r18base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round18

Any figure measured after that is in-sample.  After the round-18 rules (new:
azure-devops-pat-azdo, discord-bot-token-alone (the first part's M/N/O shape, woken by a
dot-6-dot-27 trigger where no ``bot``/``discord`` is near), network-device-config-secret (Cisco's
``enable password``/``enable secret``, ``snmp-server community <v> RW`` and ``pac key`` at a
line's start), key-credential-argument (``AzureKeyCredential('<v>')``), codecov-cli-token (``-t``/
``--token`` on a ``codecov`` command line), secret-key-then-token (a token after a secret key's
identifier and a blank: ``client_secret <v>``); provider-client-key also reads a provider's
``.init('<v>')``; looser as the public pattern is: alchemy-api-key-url takes 24-64 characters,
not 32; Baseten, Clay, App Center and DeviantArt are providers (their keys are secret keys);
and for the lookalikes: a variable as a connection string's password (``Password=$ENV_PASSWORD;``)
and a command substitution after a secret key (``$(az ...)``) are no values): **592/595 =
99.50%** strict and loose (seeds 7 and 99: 589/595 = 98.99%, 594/595 = 99.83%; prefixed 111/112,
bare 55/56, keyed 187/189, text 350/350).  The round-18 lookalikes: 0/600, and 0/9000 at seeds 1,
2 and 3 with 3,000.  The ``session_id`` lookalike was this corpus's mistake (a session id is a
credential, and the library redacts a token under it by design): after the first measurement it
became an ``event_time``; the other two shapes are unchanged.  Left: a Discord bot token glued
to letters on its left (``BoomErr<token>``: the rule keeps a boundary there, its first part having
no literal), and Customer.io's tracking key under ``cio-site-key`` (a site key is public in
reCAPTCHA's sense, and the key classifier keeps it so; 2 at seed 97, 5 at seed 7).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.heldout_round17 import TitusFamilies, bearer
from tests.unit.redact.innocents_round18 import lookalikes
from tests.unit.redact.rounds import HeldOutRound, split_by_prefix

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

B, K, T = "bare", "keyed", "text"
_HEX = "[a-f0-9]"
_UUID = f"{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}"
_B64 = "[A-Za-z0-9+/]"
_AN = "[A-Za-z0-9]"
# a password in a line or a URL: no quote, blank, ';' or '@', a letter or digit at either end
_PW = "[A-Za-z0-9][A-Za-z0-9!#%^*_+=.~-]{6,22}[A-Za-z0-9]"
_PW_URL = "[A-Za-z0-9][A-Za-z0-9._~-]{6,22}[A-Za-z0-9]"
_EC_BODY = f"MHcCAQEE{_B64}{{56}}\\\\n{_B64}{{64}}\\\\n{_B64}{{20,40}}={{0,2}}"  # escaped newlines, as in a JSON string
_COINBASE_NAME = "organizations/243873d8-c14e-436d-9cea-10d530cbe201/apiKeys/d29bb143-ad4c-234f-9bd7-c705c16b6d19"


def _card(first: str, groups: tuple[int, ...]) -> str:
    """A card number's three spellings, ``first`` its leading digits' pattern (one digit's width each but
    a class ``[1-5]``): the digits run together, grouped by '-' and grouped by ' '."""
    width = len(re.sub(r"\[[^]]*\]", "0", first))
    head = f"{first}[0-9]{{{groups[0] - width}}}"
    rest = [f"[0-9]{{{g}}}" for g in groups[1:]]
    return "|".join([f"{first}[0-9]{{{sum(groups) - width}}}", "-".join([head, *rest]), " ".join([head, *rest])])


_FAMILIES = TitusFamilies()
SOURCE_PATHS = _FAMILIES.source_paths
_t, _prefixed, _near = _FAMILIES.family, _FAMILIES.prefixed, _FAMILIES.keyed_and_text

PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed("adobe-oauth-secret", "p8e-[A-Za-z0-9-]{31}[A-Za-z0-9]", "adobe.yml #1 np.adobe.1",
               "curl -X POST https://ims-na1.adobelogin.com/ims/token/v3 -d 'grant_type=client_credentials"
               "&client_id=a65b0146769d433a835f36660881db50&client_secret={v}&scope=openid'"),
    *_prefixed("authress-access-key",
               "(sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\\.[A-Za-z0-9]{4,6}\\.acc[_-][a-z0-9-]{9,31}[a-z0-9]\\.[A-Za-z0-9+/_=-]{29,119}[A-Za-z0-9]",
               "authress.yml #22 kingfisher.authress.1",
               bearer("https://api.authress.io/v1/users/me")),
    *_prefixed("azure-devops-pat-azdo", f"{_AN}{{76}}AZDO{_AN}{{4}}", "azure.yml #25 np.azure.4",
               "git clone https://pat:{v}@dev.azure.com/acme/shop/_git/api"),
    *_prefixed("azure-ad-client-secret", "[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{30,33}[A-Za-z0-9]", "azure.yml #25 np.azure.7",
               "az login --service-principal -u 5f0c7d2e-81a4-4b9e-9c3d-2a6b1e8f4d70 -p {v} --tenant acme.onmicrosoft.com"),
    *_prefixed("clojars-token", "CLOJARS_[a-z0-9]{60}", "clojars.yml #49 kingfisher.clojars.2",
               "lein deploy clojars with CLOJARS_USERNAME=deploy CLOJARS_PASSWORD={v}"),
    *_prefixed("discord-bot-token",
               "([MNO][A-Za-z0-9]{3}){5,6}([MNO][A-Za-z0-9]{1,2})?\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{26,39}[A-Za-z0-9]",
               "discord.yml #82 kingfisher.discord.2",
               "GET https://discord.com/api/v10/users/@me Authorization: Bot {v}"),
    *_prefixed("duffel-token", "duffel_(test|live)_[a-z0-9_=-]{42}[a-z0-9]", "duffel.yml #91 kingfisher.duffel.1",
               'curl https://api.duffel.com/air/airlines -H "Duffel-Version: v2" -H "Authorization: Bearer {v}"'),
    *_prefixed("elevenlabs-api-key", f"sk_{_HEX}{{48}}", "elevenlabs.yml #94 kingfisher.elevenlabs.1",
               "curl https://api.elevenlabs.io/v1/user/subscription -H 'xi-api-key: {v}'"),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "airbrake-user-key", "[A-Za-z0-9][A-Za-z0-9-]{38}[A-Za-z0-9]", "airbrake.yml #4 kingfisher.airbrake.1",
        ("airbrake_key", "AIRBRAKE_USER_KEY", "airbrakeToken", "airbrake-secret"),
        "airbrake secretKey= {v}",
        "curl 'https://api.airbrake.io/api/v4/projects?key={v}'  # airbrake",
        "AIRBRAKE_PROJECT_ID=281946\nAIRBRAKE_USER_KEY={v}",
    ),
    *_near(
        "alchemy-api-key", "[A-Za-z0-9_-]{24,64}", "alchemy.yml #7 kingfisher.alchemy.1",
        ("alchemy_key", "ALCHEMY_API_KEY", "alchemyToken", "alchemy-secret"),
        'alchemy_key="{v}"',
        "RPC_URL=https://eth-mainnet.g.alchemy.com/v2/{v}",
        "const provider = new JsonRpcProvider(`https://polygon-mainnet.g.alchemyapi.io/v2/{v}`);",
    ),
    *_near(
        "amplitude-api-key", f"{_HEX}{{32}}", "amplitude.yml #10 np.amplitude.1",
        ("AMPLITUDE_API_KEY", "amplitude_key", "amplitudeApiKey", "amplitude-token"),
        'amplitude_api_key = "{v}"',
        'amplitude.init("{v}");',
        'amplitude.getInstance().init("{v}", null, { includeUtm: true });',
    ),
    *_near(
        "anypoint-api-key", "[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}", "anypoint.yml #13 kingfisher.anypoint.1",
        ("anypoint_key", "ANYPOINT_CLIENT_SECRET", "anypointToken", "anypoint-access-key"),
        'anypoint_key = "{v}"',
        "anypoint-cli-v4 conf client_secret {v}  # anypoint secret",
        "ANYPOINT_CLIENT_ID=9e1c2b7a44d34d0e8f5a7c1d2e3f4a5b\nANYPOINT_CLIENT_SECRET={v}",
    ),
    *_near(
        "appcenter-api-token", f"{_HEX}{{40}}", "appcenter.yml #16 np.appcenter.1",
        ("APPCENTER_API_TOKEN", "app_center_token", "appCenterApiKey", "appcenter-secret"),
        "export APP_CENTER_KEY={v}",
        'app_center_token: "{v}"',
        "appcenter login --token {v}",
    ),
    *_near(
        "assemblyai-api-key", "[0-9a-z]{32}", "assemblyai.yml #19 kingfisher.assemblyai.1",
        ("assemblyai_token", "ASSEMBLYAI_API_KEY", "assemblyaiKey", "assemblyai-key"),
        "assemblyai = {v}",
        "aai.settings.api_key = '{v}'  # assemblyai",
        "curl https://api.assemblyai.com/v2/transcript -H 'Authorization: {v}'  # assemblyai",
    ),
    *_near(
        "azure-devops-pat-assignment", "[a-z0-9]{52}", "azure.yml #25 np.azure.3",
        ("ADO_PAT", "pat_token", "personalAccessToken", "personal_access_token"),
        'var personalAccessToken = "{v}";  // Provide a value or retrieve it from configuration',
        '$token = "{v}"',
        'if __name__ == "__main__":\n    ado_pat =  "{v}"',
    ),
    *_near(
        "azure-apim-subscription-key", f"{_HEX}{{32}}", "azure.yml #25 np.azure.5",
        ("Ocp-Apim-Subscription-Key", "subscription_key", "subscription-key", "SUBSCRIPTION_KEY"),
        "GET https://acme-apim.azure-api.net/orders/v1/list Ocp-Apim-Subscription-Key: {v}",
        'headers = {"Ocp-Apim-Subscription-Key": "{v}"}',
        "https://acme-apim.azure-api.net/echo/resource?subscription-key={v}",
    ),
    *_near(
        "azure-client-secret-env", "[A-Za-z0-9_.~-]{16,80}", "azure.yml #25 np.azure.8",
        ("AZURE_CLIENT_SECRET", "ARM_CLIENT_SECRET"),
        'export AZURE_CLIENT_SECRET="{v}"',
        "ARM_CLIENT_SECRET='{v}'",
        '"env": {"ARM_CLIENT_ID": "5f0c7d2e-81a4-4b9e-9c3d-2a6b1e8f4d70", "ARM_CLIENT_SECRET": "{v}"}',
    ),
    *_near(
        "azure-search-query-key", "[0-9A-Za-z]{52}", "azuresearchquery.yml #28 kingfisher.azuresearch.key.1",
        ("azure_search_key", "AZURE_SEARCH_API_KEY", "azureSearchKey", "azure-search-token"),
        "azure_search_key = {v}",
        "AZURE_SEARCH_ENDPOINT=https://acme-search.search.windows.net\nAZURE_SEARCH_KEY={v}",
        "search_client = SearchClient(endpoint, 'products', AzureKeyCredential('{v}'))  # azure search key",
    ),
    *_near(
        "baseten-api-key", f"{_AN}{{8}}\\.{_AN}{{32}}", "baseten.yml #31 kingfisher.baseten.1",
        ("baseten_key", "BASETEN_API_KEY", "basetenApiKey", "baseten-token"),
        "baseten_key = {v}",
        "curl https://api.baseten.co/v1/api_keys -H 'Authorization: Api-Key {v}'  # baseten",
        "truss push --remote baseten --api-key {v}",
    ),
    *_near(
        "bitly-access-token", f"{_HEX}{{40}}", "bitly.yml #34 kingfisher.bitly.1",
        ("bitly_token", "BITLY_ACCESS_TOKEN", "bitlyToken", "bitly-key"),
        "bitly_token = {v}",
        "curl https://api-ssl.bitly.com/v4/user -H 'Authorization: Bearer {v}'  # bitly token",
        "BITLY_ACCESS_TOKEN={v} node shorten.js",
    ),
    *_near(
        "browserstack-access-key", f"{_AN}{{20}}", "browserstack.yml #37 np.browserstack.1",
        ("BROWSERSTACK_ACCESS_KEY", "browserstack_key", "browserstackAccessKey", "browserstack-token"),
        'browserstack.access_key = "{v}"',
        "BROWSERSTACK_USERNAME=qa_team\nBROWSERSTACK_ACCESS_KEY={v}",
        "browserstack-local --key {v} --force-local",
    ),
    *_near(
        "clay-api-key", f"{_HEX}{{20}}", "clay.yml #46 kingfisher.clay.1",
        ("clay_api_key", "CLAY_KEY", "clayToken", "clay-token"),
        "export CLAY_TOKEN={v}",
        "clay key: {v}",
        "CLAY_API_KEY={v}",
    ),
    *_near(
        "cloudsight-api-key", "[a-z0-9]{20,24}", "cloudsight.yml #52 kingfisher.cloudsight.1",
        ("cloudsight_api_key", "CLOUDSIGHT_API_KEY", "cloudsightKey", "cloudsight-secret"),
        "cloudsight api_key = {v}",
        "CLOUDSIGHT_API_KEY: '{v}'",
        "curl https://api.cloudsightapi.com/image_requests -H 'Authorization: CloudSight {v}'",
    ),
    *_near(
        "codecov-access-token", "[A-Za-z0-9][A-Za-z0-9-]{34}[A-Za-z0-9]", "codecov.yml #55 kingfisher.codecov.1",
        ("codecov_token", "CODECOV_TOKEN", "codecovToken", "codecov-key"),
        "codecov_token = {v}",
        "- uses: codecov/codecov-action@v4\n  with:\n    token: {v}  # codecov token",
        "./codecov upload-process -t {v}  # codecov token",
    ),
    *_near(
        "coinbase-access-token", "[A-Za-z0-9][A-Za-z0-9-]{30}[A-Za-z0-9]", "coinbase.yml #58 kingfisher.coinbase.1",
        ("coinbase_token", "COINBASE_API_KEY", "coinbaseSecret", "coinbase-access-token"),
        "coinbase_token = {v}",
        "COINBASE_API_SECRET={v}",
        "curl https://api.coinbase.com/v2/user -H 'Authorization: Bearer {v}'  # coinbase token",
    ),
    *_near(
        "coveralls-api-token", "[A-Za-z0-9][A-Za-z0-9-]{35}[A-Za-z0-9]", "coveralls.yml #61 kingfisher.coveralls.2",
        ("COVERALLS_TOKEN", "coveralls_key", "coverallsToken", "coveralls-secret"),
        "coveralls_SECRETTOKEN {v}",
        "COVERALLS_TOKEN={v} npx coveralls < lcov.info",
        "curl -H 'Authorization: token {v}' https://coveralls.io/api/v1/repos/github/acme/shop  # coveralls_token",
    ),
    *_near(
        "customerio-tracking-key", f"{_HEX}{{20}}", "customerio.yml #67 kingfisher.customerio.1",
        ("customerio_key", "CUSTOMERIO_TRACKING_API_KEY", "customerIoApiKey", "cio-site-key"),
        "tracking api key: {v}",
        "customer.io tracking_api_key {v}",
        "CUSTOMERIO_SITE_ID=7c1f2a9e41b3d05c8e6f\nCUSTOMERIO_API_KEY={v}",
    ),
    *_near(
        "customerio-app-key", f"{_HEX}{{32}}", "customerio.yml #67 kingfisher.customerio.2",
        ("customerio_app_key", "CIO_APP_KEY", "customerioAppKey", "cio-api-key"),
        "customer.io api key {v}",
        "cio_app_key: {v}",
        "curl https://api.customer.io/v1/workspaces -H 'Authorization: Bearer {v}'  # customerio app key",
    ),
    *_near(
        "datadog-api-key", f"{_AN}{{32}}", "datadog.yml #70 kingfisher.datadog.2",
        ("DD_API_KEY", "datadog_api_key", "datadogApiKey", "dd-api-key"),
        "DD_API_KEY={v}",
        "datadog:\n  api_key: {v}\n  site: datadoghq.eu",
        "docker run -d -e DD_API_KEY={v} -e DD_SITE=datadoghq.com gcr.io/datadoghq/agent:7",
    ),
    *_near(
        "datadog-app-key", "[A-Za-z0-9][A-Za-z0-9-]{38}[A-Za-z0-9]", "datadog.yml #70 kingfisher.datadog.3",
        ("DD_APPLICATION_KEY", "datadog_app_key", "datadogAppKey", "dd-app-key"),
        "DD_APPLICATION_KEY={v}",
        'curl https://api.datadoghq.com/api/v2/validate_keys -H "DD-APPLICATION-KEY: {v}"  # datadog app key',
        'provider "datadog" {\n  app_key = "{v}"\n}',
    ),
    *_near(
        "deepgram-api-key", f"{_HEX}{{40}}", "deepgram.yml #73 kingfisher.deepgram.1",
        ("deepgram_key", "DEEPGRAM_API_KEY", "deepgramApiKey", "deepgram-api"),
        "deepgram = {v}",
        "curl https://api.deepgram.com/v1/projects -H 'Authorization: Token {v}'  # deepgram",
        "deepgram token 1 == {v}",
    ),
    *_near(
        "delighted-api-key", f"{_AN}{{20,40}}", "delighted.yml #76 np.delighted.1",
        ("DELIGHTED_API_KEY", "delighted_key", "delightedApiKey", "delighted-secret"),
        "delighted_api_key: {v}",
        "Delighted.api_key = '{v}'",
        "curl https://api.delighted.com/v1/metrics.json -u {v}:  # delighted key",
    ),
    *_near(
        "deviantart-access-token", f"{_AN}{{40,80}}", "deviantart.yml #79 np.deviantart.1",
        ("DEVIANTART_ACCESS_TOKEN", "deviantart_token", "deviantArtToken", "deviant_art_key"),
        'deviantart_token: "{v}"',
        "GET https://www.deviantart.com/api/v1/oauth2/user/whoami?access_token={v}  # deviantart token",
        "DEVIANTART_ACCESS_TOKEN={v}",
    ),
    *_near(
        "deviantart-client-secret", f"{_HEX}{{32}}", "deviantart.yml #79 kingfisher.deviantart.1",
        ("deviantart_client_secret", "DEVIANTART_CLIENT_SECRET", "deviantartOauthSecret", "da_client_secret"),
        'deviantart_client_secret = "{v}"',
        'deviantart:\n  client_id: "7926"\n  client_secret: "{v}"',
        "deviantart() {\n    CLIENT_ID=16531\n    CLIENT_SECRET={v}\n}",
    ),
    *_near(
        "eventbrite-api-key", "[0-9A-Z]{20}", "eventbrite.yml #97 kingfisher.eventbrite.1",
        ("eventbrite_token", "EVENTBRITE_PRIVATE_TOKEN", "eventbriteKey", "eventbrite-secret"),
        "eventbrite secretkey {v}",
        "eventbrite private access key {v}",
        "curl https://www.eventbriteapi.com/v3/users/me/ -H 'Authorization: Bearer {v}'  # eventbrite token",
    ),
)

_CARD_LINES = ('card_number = "{v}"', "payment: {v}", "charge declined for card {v} (insufficient funds)")

GENERIC: tuple[HeldFamily, ...] = (
    _t(
        "azure-connection-string-key", T, f"{_B64}{{20,100}}={{0,3}}", "azure.yml #25 np.azure.1",
        "AzureWebJobsStorage=DefaultEndpointsProtocol=https;AccountName=hanatour9833;AccountKey={v};EndpointSuffix=core.windows.net",
        '"IOTHUB_CONNECTION_STRING": {\n  "value": "HostName=d1-vi-ioth521.azure-devices.net;SharedAccessKeyName=registryReadWrite;SharedAccessKey={v}"\n}',
        "Endpoint=sb://acme.servicebus.windows.net/;SharedSecretIssuer=owner;SharedSecretValue={v}",
    ),
    _t(
        "azure-app-configuration-secret", T, f"{_B64}{{36,50}}=", "azure.yml #25 np.azure.2",
        "Endpoint=https://foo-nonprod-appconfig.azconfig.io;Id=ABCD-E6-s0:tl6ABcdefGHi7kLMno/p;Secret={v}",
        '        private static string appConfigurationConnectionString = "Endpoint=https://appcs-fg-pwc.azconfig.io;Id=pi5x-l9-s0:SZLlhHA53Nz2MpAl04cU;Secret={v}";',
    ),
    replace(_t("card-visa", T, _card("4", (4, 4, 4, 4)), "ccn.yml #40 np.ccn.1", *_CARD_LINES), check="luhn"),
    replace(_t("card-mastercard", T, _card("5[1-5]", (4, 4, 4, 4)), "ccn.yml #40 np.ccn.2", *_CARD_LINES), check="luhn"),
    replace(_t("card-amex", T, _card("3[47]", (4, 6, 5)), "ccn.yml #40 np.ccn.3", *_CARD_LINES), check="luhn"),
    replace(_t("card-discover", T, f'{_card("6011", (4, 4, 4, 4))}|{_card("65[0-9][0-9]", (4, 4, 4, 4))}',
               "ccn.yml #40 np.ccn.4", *_CARD_LINES), check="luhn"),
    _t(
        "cisco-enable-password", T, _PW, "cisco.yml #43 kingfisher.cisco.1",
        "hostname edge-rtr-01\n!\nenable password {v}\n!",
        "enable secret {v}",
        "enable password level 15 {v}",
    ),
    _t(
        "snmp-rw-community", T, _PW, "cisco.yml #43 kingfisher.cisco.2",
        "snmp-server community {v} RW",
        "snmp-server community {v} RW 99\nsnmp-server location dc1-rack4",
    ),
    _t(
        "cisco-pac-key", T, _PW, "cisco.yml #43 kingfisher.cisco.3",
        "radius server ise-01\n address ipv4 10.0.0.5 auth-port 1812\n pac key 0 {v}",
        "pac key 7 {v}",
    ),
    _t(
        "coinbase-cdp-ec-key", T, _EC_BODY, "coinbase.yml #58 kingfisher.coinbase.2",
        f'{{\n  "name": "{_COINBASE_NAME}",\n  "privateKey": "-----BEGIN EC PRIVATE KEY-----\\n{{v}}\\n-----END EC PRIVATE KEY-----\\n"\n}}',
    ),
    _t(
        "coinbase-cdp-ed25519-key", T, f"{_B64}{{86}}==", "coinbase.yml #58 kingfisher.coinbase.3",
        '{\n  "id": "413b23bf-4582-4e57-b33a-85d9527d9972",\n  "privateKey": "{v}"\n}',
        '{"id":"9c1d7a52-08e4-4b6f-a3c2-5e7f1b9d0a34","privateKey":"{v}"}',
    ),
    _t(
        "url-credentials", T, _PW_URL, "credentials.yml #64 kingfisher.credentials.1",
        "GET https://{u}:{v}@registry.acme.io/v2/_catalog",
        "pip install --index-url https://{u}:{v}@pypi.acme.io/simple/ shop-core",
        "remote: https://{u}:{v}@git.acme.io/shop/api.git",
    ),
    _t(
        "discord-webhook-url", T, "[0-9A-Za-z_-]{67}[0-9A-Za-z]", "discord.yml #82 kingfisher.discord.1",
        "curl -X POST -H 'Content-Type: application/json' -d '{\"content\": \"deploy done\"}' https://discord.com/api/webhooks/123456789012345678/{v}",
        "DISCORD_WEBHOOK=https://discord.com/api/webhooks/998877665544332211/{v}",
    ),
    _t(
        "docker-auths", T, f"{_B64}{{20,88}}={{0,2}}", "docker.yml #85 kingfisher.docker.1",
        '{\n  "auths": {\n    "quay.io": {\n      "auth": "{v}"\n    }\n  }\n}',
        '{"auths":{"index.docker.io/v1/":{"auth":"{v}"}}}',
    ),
    _t(
        "dotnet-connection-string-password", T, _PW, "dotnet-connstring.yml #88 kingfisher.dotnet.connstring.1",
        "Data Source=myServer;User Id={u};Password={v};",
        "Server=prod.db.internal;Database=app;User Id=sa;Password={v}",
        '"Data Source=10.0.0.5;Initial Catalog=AppDB;Pwd={v}"',
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR + GENERIC

# providers no earlier round nor the public-format corpus has (a grep of their modules for the
# provider's name, prefix or host, before this round was measured); the other families are "known"
_NEW = ("appcenter", "baseten", "clay", "deviantart", "cisco", "snmp")
NEW, KNOWN = split_by_prefix(FAMILIES, _NEW)

ROUND = HeldOutRound(
    "round-18",
    __doc__,
    97,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "generic": GENERIC, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
