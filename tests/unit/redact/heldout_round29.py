"""A twenty-ninth held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round29 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a
keyword list, the token's regex and the request its verifier sends, as rounds 5-11 and 24-27
read them.  The rule that chose the files, written here before any of them was read (round
27's rule continued, round 27's files now counted as read):

1. the trufflehog detector files named by every earlier round's ``SOURCE_PATHS`` and the
   detectors named by :mod:`tests.unit.redact.public_formats`' trufflehog lists are counted
   by the first letter of the detector's folder.  Round 27's counts with its 35 files added
   (l 21, i 14): a 14, b 7, c 15, d 6, e 22, f 39, g 38, h 21, i 22, j 7, k 11, l 26, m 6,
   n 25, o 19, p 11, q 3, r 32, s 14, t 6, u 14, v 16, w 19, x 1, y 5, z 15;
2. the letters an earlier round left for later come first: round 27 left d, m and t (6 read
   each, each with over 40 unread) and b (7 read, over 30 unread).  Round 28, built at the
   same time from the same base (82d091a), takes b; this round takes d, the first of d, m and
   t alphabetically;
3. d has more unread files than one round holds (25-35), so it is split by a rule stated here,
   before any file is read: the unread d files (rule 4) in alphabetical order of their path
   (``pkg/detectors/<name>/...``, a detector's versions in order ``v1``, ``v2`` ...), the
   first 35 taken; the rest are left for a later round (their number is given below, counted
   from the default list, which is listing, not reading);
4. a file is unread when its detector is in trufflehog's default list
   (``pkg/engine/defaults/defaults.go``, the detectors it builds, commented-out ones not
   counted) and no earlier round's ``SOURCE_PATHS`` nor the public-format corpus' trufflehog
   lists name it; a detector with versions (``<name>/v1``, ``v2``) counts each version the
   list builds as a file;
5. families as rounds 10, 11 and 24-27 built them: a token with a prefix or a shape of its
   own a bare family and one in the verifier's request; a keyword-near-token detector a keyed
   family (a provider-named key) and a text family (the verifier's request with the token,
   then prose with and without a credential word); where a detector pairs two parts the
   family is the secret one and the other part is written into the request;
6. a detector whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 151 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99
are printed too.  Each file is read as the index stores it (one version, not always the
newest).

The rule applied (the default list as the index stores it, commit 0011995, the same as rounds
24-27's, read after the rule above was committed and before any detector file): the list builds
41 d detectors (dailyco and debounce commented out; dockerhub v1 and v2 two files), 6 of them
read before (d7network, deepgram, delighted, deno's denodeploy, diffbot, dwolla), so 35 are
unread, not over 40 as round 27's note said (it counted d's files before subtracting the read
ones).  The first 35 in alphabetical order are therefore all of them and **none is left**:
dandelion, dareboost, databox, databrickstoken, datadogtoken, datagov, deepai, demio, deputy,
detectify, detectlanguage, dfuse, diggernaut, digitaloceantoken, digitaloceanv2,
discordbottoken, discordwebhook, disqus, ditto, dnscheck, docker (its file is
``docker/docker_auth_config.go``), dockerhub v1 and v2, docparser, documo, docusign, doppler,
dotmailer, dovico, dronahq, droneci, dropbox, duply, dynalist, dyspatch.  With round 28's b, m
and t (6 read each) are the letters left.

Eleven providers an earlier round or the public-format corpus already has: Databricks, Datadog,
Data.gov, DigitalOcean, Discord, Disqus, DNSCheck, Docker (Docker Hub), Doppler, Drone and
Dropbox.  Group ``known`` is the families whose id starts with databricks, datadog, datagov,
digitalocean, discord, disqus, dnscheck, docker, doppler, droneci or dropbox.

Shapes of detector, carried as in :mod:`tests.unit.redact.heldout_round27`:

prefixed
    a token with a prefix or a shape of its own and no keyword asked before it, bare in round
    2's seven bare carriers and in the verifier's request (or a client's command line):
    Databricks' ``dapi`` (and its optional ``-<digit>``), dfuse's ``web_``, DigitalOcean's
    ``dop_v1_``/``doo_v1_``/``dor_v1_``, Discord's webhook URL, Docker Hub's ``dckr_pat_`` and
    ``dckr_oat_`` (v2), Documo's JWT-shaped three parts (``ey`` twice; the regex' unescaped
    ``.`` written as a dot) and Dropbox's ``sl.`` (its last class closed on a word character
    for ``\\b``);
keyword near token
    as round 27's, the provider's name at most 40 characters before a token; where a detector
    pairs parts the family is the one the detector reports (``Raw``) and the other is written
    into the request: Datadog's 40-character application key (its 32-hex API key in the
    request), Demio's 32 (its secret in the query), Deputy's 32 (the account's host), DNSCheck's
    32 (the group id in the path), Discord's bot token (the bot's 17-digit id in the path),
    Dovico's client key (the user token beside it), Duply's UUID (its id in ``curl -u``);
    DocuSign reports the integration key, but the secret is the UUID after ``secret``: its
    family is that secret, under keys naming the secret and in lines with the integration key;
    Dotmailer's password (8-24 non-blank characters after the name; its ``apiuser-...@
    apiconnector.com`` user in ``curl -u``), written without ``"``, ``'`` and ``\\`` as round
    27's Lexigram.  Doppler's ``dp.pt.``/``dp.st.``/``dp.audit.`` tokens ask the name before
    them: a near family.  DigitalOcean's older 64-character token asks ``ocean`` or ``do``
    before it: the name is ``digitalocean``.  Data.gov's keyword is ``data.gov``: its keys are
    named with it as round 19 named them.  Docker Hub's v1 PAT is a UUID after ``docker`` or
    ``-p``: a near family (``docker``), with ``docker login -u <user> -p <v>`` among its lines.
    Dovico's open count (``[0-9a-z]{1,}`` after the dot) is written as 1-32.
docker
    Docker's registry config (``{"auths": {"<registry>": {"auth": "<base64 user:password>"}}}``):
    the detector reads the config's shape, not a name before a token, so the family is text
    alone (``docker-text``): one-line, multi-line and escaped configs and the registry request
    with ``Basic <v>``; the value is base64 of ``deploy:`` and 29 bytes (``ZGVwbG95O``, one of
    ``g``-``v``, 38 more), so it decodes to a user and a password as the detector asks.

Formats are facts in our own notation, generated at test time; no rule text of the
source is copied.

First measurement, BEFORE any rule was changed for these families (seed 151, 7 per family,
rules as of main 82d091a (its last rule change round 27's 9eec683; 82d091a itself only removed
a blank line), run at the round's branch plus this module and its lookalikes; run once, nothing
tuned): strict
**456/483 = 94.41%**, loose 457/483 (prefixed 92/98, near 364/385; the providers an earlier set
has 194/203, new providers 262/280; by carrier: bare 43/49, keyed 188/189, text 225/245).  Seeds
7 and 99, same rules: 455/483 = 94.20% both (bare 43/49).  Missed at seed 151, by family: dfuse's
bare ``web_`` token 1/7 (no rule takes it outside a key; glued right, the tail after it stays);
prose naming a provider whose name is an everyday word or one the library's list lacks
(``<Name> client configured: <v>``, ``<name>: <v>``): Data.gov 4/7, Deputy 4/7, Discord's bot
token 4/7, Ditto 4/7, Docker Hub's v1 UUID after ``docker`` 5/7, Drone CI 6/7 (``Droneci client
configured``); Dotmailer's password (8-24 printable characters) 6/7 keyed (cut at its first
comma) and 2/7 in text (no rule takes a short punctuated value after the name); the other
families 7/7.  At seeds 7 and 99 also Ditto's ``<uuid>.<40>`` under ``DITTO_KEY`` 5/7 (in a log
line and a record, left whole).  The round-29 lookalikes: 0/600 touched at seeds 151, 7 and 99.

The held-out figure is printed again by running this module against the rules of the
commit that adds its measured version (on the round's branch r29; the lead's cherry-pick onto
main gives it another hash)::

    git worktree add --detach /tmp/r29base 0ad35fb  # f57fc76 on the round's branch r29
    cd /tmp/r29base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round29

Any figure measured after that is in-sample.  After the round-29 rules (723f9a0 on main, 24c7b83 on r29; no rule
added): Discord, Deputy, Ditto and Docker are weak names (their name in prose marks a token
mixing cases and digits, a UUID's shape with letters beyond hex, or Deputy's and Ditto's own
shapes), Deputy and Ditto join the providers list (``DITTO_KEY=<UUID shape>.<40>`` was left
whole), and a provider's name written as its domain (``Data.gov``) names it as its joined
spelling does: **470/483 = 97.31%** strict, 471/483 loose (prefixed 92/98, near 378/385; known
202/203, new 268/280; bare 43/49, keyed 188/189, text 239/245); seeds 7 and 99: 471/483 = 97.52%
both.  The round-29 lookalikes: 0/600 at seeds 151, 7 and 99, and 0 of 3000 at seeds 1, 2 and 3
(0 before too); every other round's figures and lookalikes unchanged.  Left: dfuse's bare
``web_`` token (1/7; its detector asks the name ``dfuse`` in the text, and ``web_`` before 32
lower-case letters and digits is also a common name's shape), Dotmailer's password (8-24
printable characters with punctuation: 6/7 keyed at 151, cut at a comma before ``<x>=`` or at a
backtick; 2/7 in text, no rule takes a short punctuated value after a name), and single draws
whose mix does not read as random (Drone CI's ``8Yulu...`` at 151).
"""


from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round29 import lookalikes
from tests.unit.redact.rounds import HeldOutRound, split_by_prefix
from tests.unit.redact.trufflehog_families import Trufflehog

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

# fixed other parts of multi-part credentials (ids, hosts and the paired key: not the secret measured)
_DATADOG_API_KEY = "4f1c9e7a2b8d3c6e0a5f9b1d7c3e8a2f"
_DEMIO_SECRET = "Qm7ZxR2kV9pW4t"
_DEPUTY_HOST = "acme7.as.deputy.com"
_DISCORD_BOT_ID = "81234567890123456"
_DNSCHECK_GROUP = "7c1e9a4f-3b8d-4c6e-9a5f-1b1d7c3e8a2f"
_DOCUSIGN_INTEGRATION_KEY = "2f6d0c1e-9a7f-4b5d-8c2e-6a0f4b1d9c7e"
_DOTMAILER_USER = "apiuser-3k9x2q7v5z8w@apiconnector.com"
_DOVICO_USER_TOKEN = "9b1d7c3e8a2f4b6d0c1e9a7f3b5d8c2e.4471"
_DUPLY_ID = "K3M9X2Q-7V5Z8W1-R4T6Y8U-P0L2N4B"
_DATABRICKS_HOST = "dbc-7f3a2c1e-9b4d.cloud.databricks.com"

_TRUFFLEHOG = Trufflehog()
SOURCE_PATHS = _TRUFFLEHOG.source_paths
_near, _prefixed = _TRUFFLEHOG.near, _TRUFFLEHOG.prefixed

_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_UUID_AZ = "[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}"


PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed(
        "databrickstoken",
        "dapi[0-9a-f]{32}(-[0-9])?",
        "databrickstoken",
        "GET https://" + _DATABRICKS_HOST + "/api/2.0/token/list Authorization: Bearer {v}",
        "DATABRICKS_HOST=https://" + _DATABRICKS_HOST + " DATABRICKS_TOKEN={v} databricks clusters list",
    ),
    *_prefixed(
        "dfuse",
        "web_[0-9a-z]{32}",
        "dfuse",
        'POST https://auth.dfuse.io/v1/auth/issue Content-Type: application/json {"api_key":"{v}"}',
        "DFUSE_API_KEY={v} node stream.js",
    ),
    *_prefixed(
        "digitaloceanv2",
        "do(p|o|r)_v1_[a-f0-9]{64}",
        "digitaloceanv2",
        "GET https://api.digitalocean.com/v2/account Authorization: Bearer {v}",
        "POST https://cloud.digitalocean.com/v1/oauth/token?grant_type=refresh_token&refresh_token={v}",
    ),
    *_prefixed(
        "discordwebhook",
        "https://discord\\.com/api/webhooks/[0-9]{18}/[0-9a-zA-Z-]{68}",
        "discordwebhook",
        "curl -X POST -H 'Content-Type: application/json' -d '{\"content\": \"deploy finished\"}' {v}",
        "GET {v} 200",
    ),
    *_prefixed(
        "dockerhubv2",
        "dckr_(pat|oat)_[a-zA-Z0-9_-]{27,32}",
        "dockerhub/v2/dockerhub",
        'POST https://hub.docker.com/v2/auth/token Content-Type: application/json {"identifier": "{u}", "secret": "{v}"}',
        "echo {v} | docker login -u {u} --password-stdin",
    ),
    *_prefixed(
        "documo",
        "ey[a-zA-Z0-9]{34}\\.ey[a-zA-Z0-9]{154}\\.[a-zA-Z0-9_-]{42}[a-zA-Z0-9_]",
        "documo",
        "GET https://api.documo.com/v1/me Content-Type: application/json Authorization: Basic {v}",
        "DOCUMO_API_KEY={v} ./send-fax --to +15551234567",
    ),
    *_prefixed(
        "dropbox",
        "sl\\.[A-Za-z0-9_-]{129,139}[A-Za-z0-9_]",
        "dropbox",
        "POST https://api.dropboxapi.com/2/users/get_current_account Authorization: Bearer {v}",
        "DROPBOX_ACCESS_TOKEN={v} rclone sync ./out dropbox:backup",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "dandelion",
        "[a-f0-9]{32}",
        "dandelion",
        "dandelion",
        "GET https://api.dandelion.eu/datatxt/li/v1/?text=Smart&token={v}",
    ),
    *_near(
        "dareboost",
        "[0-9a-zA-Z]{60}",
        "dareboost",
        "dareboost",
        'POST https://api.dareboost.com/0.8/config Content-Type: application/json {"token": "{v}", "location": "Paris"}',
    ),
    *_near(
        "databox",
        "[a-z0-9]{21}",
        "databox",
        "databox",
        "curl https://push.databox.com -u {v}: -H 'Accept: application/vnd.databox.v2+json' -d '{\"data\":[{\"$sales\":420}]}'",
    ),
    *_near(
        "datadogtoken",
        "[a-zA-Z0-9][a-zA-Z0-9-]{38}[a-zA-Z0-9]",
        "datadogtoken",
        "datadog",
        "GET https://api.datadoghq.com/api/v2/users Content-Type: application/json DD-API-KEY: " + _DATADOG_API_KEY
        + " DD-APPLICATION-KEY: {v}",
    ),
    *_near(
        "datagov",
        "[a-zA-Z0-9]{40}",
        "datagov",
        "data.gov",
        "GET https://api.ers.usda.gov/data/arms/state?api_key={v}",
    ),
    *_near(
        "deepai",
        "[a-z0-9][a-z0-9-]{34}[a-z0-9]",
        "deepai",
        "deepai",
        "POST https://api.deepai.org/api/text-tagging api-key: {v} text=test",
    ),
    *_near(
        "demio",
        "[a-z0-9A-Z]{32}",
        "demio",
        "demio",
        "GET https://my.demio.com/api/v1/ping/query?api_key={v}&api_secret=" + _DEMIO_SECRET,
    ),
    *_near(
        "deputy",
        "[0-9a-z]{32}",
        "deputy",
        "deputy",
        "GET https://" + _DEPUTY_HOST + "/api/v1/me Content-Type: application/json Authorization: OAuth {v}",
    ),
    *_near(
        "detectify",
        "[0-9a-z]{32}",
        "detectify",
        "detectify",
        "GET https://api.detectify.com/rest/v2/assets/ X-Detectify-Key: {v}",
    ),
    *_near(
        "detectlanguage",
        "[a-z0-9]{32}",
        "detectlanguage",
        "detectlanguage",
        "GET https://ws.detectlanguage.com/0.2/user/status Authorization: Bearer {v}",
    ),
    *_near(
        "diggernaut",
        "[0-9a-z]{40}",
        "diggernaut",
        "diggernaut",
        "GET https://www.diggernaut.com/api/projects Accept: application/json Authorization: Token {v}",
    ),
    *_near(
        "digitaloceantoken",
        "[A-Za-z0-9_][A-Za-z0-9_-]{62}[A-Za-z0-9_]",
        "digitaloceantoken",
        "digitalocean",
        "GET https://api.digitalocean.com/v2/account Authorization: Bearer {v}",
    ),
    *_near(
        "discordbottoken",
        "[A-Za-z0-9_][A-Za-z0-9_-]{23}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{26}[A-Za-z0-9_]",
        "discordbottoken",
        "discord",
        "GET https://discord.com/api/v8/users/" + _DISCORD_BOT_ID + " Authorization: Bot {v}",
    ),
    *_near(
        "disqus",
        "[a-zA-Z0-9]{64}",
        "disqus",
        "disqus",
        "GET https://disqus.com/api/3.0/trends/listThreads.json?api_key={v}",
    ),
    *_near(
        "ditto",
        _UUID_AZ + "\\.[a-z0-9]{40}",
        "ditto",
        "ditto",
        "GET https://api.dittowords.com/variants Authorization: token {v}",
    ),
    *_near(
        "dnscheck",
        "[a-z0-9A-Z]{32}",
        "dnscheck",
        "dnscheck",
        "GET https://www.dnscheck.co/api/v1/groups/" + _DNSCHECK_GROUP + "?api_key={v}",
    ),
    *_near(
        "dockerhubv1",
        _UUID_AZ,
        "dockerhub/v1/dockerhub",
        "docker",
        'POST https://hub.docker.com/v2/auth/token Content-Type: application/json {"identifier": "{u}", "secret": "{v}"}',
        "docker login -u {u} -p {v}",
    ),
    *_near(
        "docparser",
        "[a-f0-9]{40}",
        "docparser",
        "docparser",
        "GET https://api.docparser.com/v1/parsers?api_key={v}",
    ),
    *_TRUFFLEHOG.keyed_and_text(
        "docusign",
        _UUID,
        "docusign",
        ("DOCUSIGN_CLIENT_SECRET", "docusign_secret_key", "docusignSecret", "DOCUSIGN_SECRET", "docusign-secret"),
        "POST https://account-d.docusign.com/oauth/token?grant_type=client_credentials integration_key="
        + _DOCUSIGN_INTEGRATION_KEY + " secret_key={v}",
        "docusign integration key " + _DOCUSIGN_INTEGRATION_KEY + " secret {v}",
        "Docusign client configured: integration key " + _DOCUSIGN_INTEGRATION_KEY + ", secret {v}",
        "docusign secret: {v}",
    ),
    *_near(
        "doppler",
        "dp\\.(pt\\.|audit\\.|st\\.|st\\.[a-z0-9_-]{2,35}\\.)[a-zA-Z0-9]{40,44}",
        "doppler",
        "doppler",
        "doppler run --token {v} -- npm start",
        "curl -u {v}: https://api.doppler.com/v3/workplace",
    ),
    *_near(
        "dotmailer",
        "[a-zA-Z0-9][!#-&(-\\[\\]-~]{6,22}[a-zA-Z0-9]",
        "dotmailer",
        "dotmailer",
        "curl -u " + _DOTMAILER_USER + ":{v} https://r3-api.dotmailer.com/v2/account-info",
    ),
    *_near(
        "dovico",
        "[0-9a-z]{32}\\.[0-9a-z]{1,32}",
        "dovico",
        "dovico",
        'GET https://api.dovico.com/employees/?version=7 Content-Type: application/json Authorization: WRAP access_token="client={v}'
        + "&user_token=" + _DOVICO_USER_TOKEN + '"',
    ),
    *_near(
        "dronahq",
        "[a-z0-9]{50}",
        "dronahq",
        "dronahq",
        "GET https://plugin.api.dronahq.com/users/?tokenkey={v}",
    ),
    *_near(
        "droneci",
        "[a-zA-Z0-9]{32}",
        "droneci",
        "droneci",
        "GET https://cloud.drone.io/api/user Authorization: Bearer {v}",
    ),
    *_near(
        "duply",
        _UUID,
        "duply",
        "duply",
        "curl -u " + _DUPLY_ID + ":{v} -H 'Content-Type: application/json' https://gen.duply.co/v1/usage",
    ),
    *_near(
        "dynalist",
        "[a-zA-Z0-9_][a-zA-Z0-9_-]{126}[a-zA-Z0-9_]",
        "dynalist",
        "dynalist",
        'POST https://dynalist.io/api/v1/file/list Content-Type: application/json {"token": "{v}"}',
    ),
    *_near(
        "dyspatch",
        "[A-Z0-9]{52}",
        "dyspatch",
        "dyspatch",
        "GET https://api.dyspatch.io/templates Accept: application/vnd.dyspatch.2020.11+json Authorization: Bearer {v}",
    ),
    # Docker's registry config: the detector reads only the config's shape, so the family is text alone
    _TRUFFLEHOG.family(
        "docker-text",
        "text",
        "ZGVwbG95O[g-v][A-Za-z0-9+/]{38}",
        "docker/docker_auth_config",
        '{"auths": {"registry.acme.io": {"auth": "{v}"}}}',
        "GET https://registry.acme.io/v2/ Authorization: Basic {v} Accept: application/json",
        '{\n  "auths": {\n    "ghcr.io": {\n      "auth": "{v}"\n    }\n  }\n}',
        '{\\"auths\\":{\\"https://index.docker.io/v1/\\":{\\"auth\\":\\"{v}\\"}}}',
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR

# the providers an earlier set has (see the docstring); the other families are "new"
_KNOWN = (
    "databricks", "datadog", "datagov", "digitalocean", "discord", "disqus", "dnscheck", "docker", "doppler",
    "droneci", "dropbox",
)
KNOWN, NEW = split_by_prefix(FAMILIES, _KNOWN)


ROUND = HeldOutRound(
    "round-29", __doc__, 151, FAMILIES, lookalikes, SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
