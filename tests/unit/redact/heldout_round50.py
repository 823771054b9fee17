"""A fiftieth held-out recall measure: ProjectDiscovery's nuclei-templates, ``file/keys/``.

``python -m tests.unit.redact.heldout_round50 [--seed N] [--per-family N] [--sources]``

One source no round has read (December 2026): projectdiscovery/nuclei-templates, the folder
``file/keys/``, each template a provider's token regular expression(s) under ``extractors`` or
``matchers``.  A grep of ``tests/unit/redact`` and ``README.md`` for ``nuclei`` finds only round
12, which names nuclei as one of the scanners secrets-patterns-db gathered its patterns from; no
round's ``SOURCE_PATHS`` names this repository.  Before the rule below was committed only names
were listed (the index's listings), no template's text was read for this round.

The index lists 178 paths under ``file/keys/`` (the union over the versions it crawled: some
names exist twice, flat, ``file/keys/adobe-secret.yaml``, and in a vendor's subfolder,
``file/keys/adobe/adobe-secret.yaml``).  Its listing returns the first 100 paths in byte order
(``CVE-2023-32784.yaml`` to ``github/github-recovery-code.yaml``); a subfolder is listed whole by
``find_files(under="file/keys/<sub>")`` (``github/`` holds two more, ``github-refresh-token`` and
``github-rotated-rsa-ssh-host-key``).  The flat files past ``github/`` cannot be listed by folder,
so the ordered list below is complete up to ``github/github-rotated-rsa-ssh-host-key`` and the
rule takes no file past it.

The rule that chooses the templates, written here before any template's text is read and before
any secret is generated:

1. all template paths under ``file/keys/`` in byte order of path (``-`` before ``/``, upper case
   before lower case), as the index lists them;
2. where a template's file name exists both flat and in a subfolder, the subfolder one only (the
   flat one is dropped from the list);
3. every second path of that ordered list, the 1st, 3rd, 5th, ..., up to 40 files;
4. round 33's rule 3 as round 43 wrote it: a template whose match is no secret or only a public or
   identifying value (an id, an account id or number, a user or host name, a public key, a client
   id, a URL without credentials), a value of fewer than 8 characters, or a pattern another taken
   template's is character for character, is left out and named; it still counts among the 40
   (it was read);
5. each regex left gives families by its shape as rounds 17, 43 and 45 built them: a token with a
   prefix or a fixed shape of its own a bare family and one in a request or log line; a regex that
   needs context before the value (the provider's name, a key or a word) a keyed family and a text
   family; a connection string, URL or whole-line shape holding a secret a text family in the shape
   it describes; where the regex is wider than the provider's format the family writes the
   provider's; a template with several regexes gives a family set for each secret regex (one
   taking several formats gives its families once, the alternatives drawn in turn); where a
   template pairs parts the family is the secret, the other part written into the request;
6. a template whose provider an earlier round or the public-format corpus already has stays, and
   the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 269 (no round has used it: no ``Round(...)`` registration nor heldout module names it as a
seed), 7 samples per family, round 2's carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round50`) are 600 lines in the families' contexts holding no
secret, as round 48's are.  Formats are facts in our own notation, generated at test time; no
template text is copied.

The ordered list (rules 1 and 2; the listing's 100 paths and ``github/``'s two more; ten flat
twins dropped: adobe-secret, amazon-mws-auth-token, aws-access-id, aws-cognito,
facebook-client-id, facebook-secret, github-oauth-token, github-personal-token,
github-recovery-code, github-refresh-token), 92 paths; rule 3 takes the 40 odd positions 1 to
79: CVE-2023-32784, adobe/adobe-client, age/age-identity-secret-key, airtable-key,
alibaba/alibaba-key-id, amazon-sns-topic, amazon/amazon-mws-auth-token, amazon/amazon-sns-token,
amazon/aws-cognito, asana/asana-clientsecret, azure/azure-connection-string,
bitbucket/bitbucket-client-id, bittrex/bittrex-access-key, branch-key, cloudinary,
codecov-access-token, confluent/confluent-access-token, contentful-api-token,
credential-exposure-file, credentials, datadog-access-token,
digitalocean/digitalocean-access-token, digitalocean/digitalocean-refresh-token,
discord/discord-api-token, discord/discord-client-id, doppler-api-token, doppler/doppler-cli,
doppler/doppler-service-account, droneci-access-token, dropbox/dropbox-api-token,
dropbox/dropbox-shortlived-token, dynatrace-token, easypost/easypost-test-token, extra-secrets,
facebook/facebook-client-id, facebook/fb-access-token, fcm-api-key, finicity/finicity-api-token,
finnhub-access-token, flickr-access-token.  Left for a later round: the even positions (2 to 92)
and every path past ``github/github-rotated-rsa-ssh-host-key``.

The rule applied (each template read at the version the index stores, after the rule above was
committed, f2b33a7 on branch r50).  Left out by rule 4, each still counted as read (14):
``CVE-2023-32784`` (its matchers are words naming KeePass in a memory dump, no value),
``adobe/adobe-client`` (a client id), ``alibaba/alibaba-key-id`` (an access key id, ``LTAI``),
``amazon-sns-topic`` (an SNS topic ARN) and ``amazon/amazon-sns-token`` (the same ARN, its pattern
character for character), ``amazon/aws-cognito`` (Cognito identity pool ids), ``bitbucket/
bitbucket-client-id`` (a client id), ``bittrex/bittrex-access-key`` (the access key a Bittrex
request sends beside the signature its secret makes: the pair's identifying half, as round 45's
Twilio SID), ``branch-key`` (Branch's ``key_live_`` key, which apps embed: public by design),
``confluent/confluent-access-token`` (16 characters after ``confluent``: a Confluent Cloud API key,
the user of the pair whose secret is 64), ``discord/discord-client-id`` (18 digits),
``extra-secrets`` (a credential word and ``:`` or ``=``, no value), ``facebook/facebook-client-id``
(13-17 digits), ``fcm-api-key`` (a Firebase registration token, ``<instance>:APA91b...``, which
names an app instance).  26 templates give families:

* keyword near token (keyed, and text: the provider's request drawn twice, then ``<name> api key
  <v>``, ``<Name> client configured: <v>``, ``<name>: <v>``): Airtable's key (the template's 17 of
  ``[a-z0-9]`` under ``(?i)``, written as issued, ``key`` and 14 letters and digits), Asana's
  client secret (32), Codecov (32), Contentful's delivery token (43 of ``[a-z0-9=_-]``, written
  with a letter or digit at each end), Datadog's 40 (written 40 hex, an application key), Discord
  (64 hex), Drone CI (32), Dropbox's 15 (its app key's pair, the secret, in the request),
  Dropbox's short-lived ``sl.`` and 135 (the template asks ``dropbox`` before it), Finicity
  (32 hex), Finnhub (20), Flickr (32, written hex): 12 templates, 24 families;
* a prefix of its own (bare, and in a request or a line): age's ``AGE-SECRET-KEY-1`` and 58
  (bech32, upper case), Amazon MWS's ``amzn.mws.`` and a UUID, ``cloudinary://`` (the secret part
  written as issued, 27), DigitalOcean's ``doo_v1_`` and ``dor_v1_`` and 64 hex, Doppler's
  ``dp.pt.`` (43), ``dp.ct.`` and ``dp.sa.`` (40-44), Dynatrace's ``dt0c01.`` (24 and 64 upper case),
  EasyPost's ``EZTK`` and 54, Facebook's ``EAACEdEose0cBA`` (the open count written 100-180): 11
  templates, 22 families;
* whole-line and keyed generic shapes (text): Azure's connection string (two families: a storage
  account's ``AccountKey``, 86 base64 and ``==``, and a Service Bus ``SharedAccessKey`` or the old
  ``SharedSecretValue``, 43 and ``=``), ``credentials.yaml``'s ``scheme://user:password@host`` (a
  password of 8-20, the template's 3-20 cut at rule 4's 8) and ``credential-exposure-file.yaml``
  (687 regexes, each a key name, ``=`` or ``:`` and a ``[\\w-]+`` value; a keyed family under ten
  of its secret-naming names, ``zopim_account_key`` to ``ses_secret_key``, and a text family of six
  such lines; names that name no secret, ``travis_branch`` or ``slate_user_email``, given to the
  lookalikes; read to its first 16,000 characters, names ``z`` to ``s``, the rest the same shape):
  3 templates, 5 families.

51 families, 357 samples a seed.  Every provider an earlier round or the public-format corpus has
(a grep of ``tests/unit/redact`` for each name or prefix: age, ``amzn.mws``, Cloudinary,
DigitalOcean, Doppler, Dynatrace, EasyPost, ``EAACEdEose0cBA``, Airtable, Asana, Codecov,
Contentful, Datadog, Discord, Drone CI, Dropbox, Finicity, Finnhub, Flickr and Azure's
``AccountKey``/``SharedAccessKey``): group ``known`` is the 48 provider families, ``new`` the 3
with no provider of their own (``credentials.yaml`` and ``credential-exposure-file.yaml``'s two).

First measurement, BEFORE any rule was changed for these families (seed 269, 7 per family, rules
of main 051ef03 (their last change round 48's, 6a4f0db), run at the round's branch r50 plus this
module and its lookalikes; run once, nothing tuned): **345/357 = 96.64%** strict, loose 345/357
(near 156/168, prefixed 154/154, generic 35/35; known 324/336, new 21/21; by carrier: bare 77/77,
keyed 91/91, text 177/189).  Seeds 7 and 99, same rules: 345/357 = 96.64%, 344/357 = 96.36%.
Missed at seed 269, every miss a provider's name in prose before its token, the class rounds 47
and 48 found: Dropbox's 15 after ``dropbox api key``, ``Dropbox client configured:`` and
``dropbox:`` (5/7), Discord's 64 hex and Flickr's 32 hex after ``<Name> client configured:`` and
``<name>:`` (3/7 each), Airtable's ``key`` and 14 after ``Airtable client configured:`` (1/7; 1 at
seed 7, 2 at seed 99, after ``airtable:`` too); seeds 7 and 99 miss the same families.  The
round-50 lookalikes: 29/600 touched at corpus seed 269, 33 and 30 at corpus seeds 7 and 99, of six
kinds: ``DROPBOX_APP_KEY=<15 lower-case>`` and ``DISCORD_CLIENT_ID=<18 digits>`` (secret-assignment
takes both), ``curl -u APP_KEY:APP_SECRET`` (the docs' placeholders), ``DIGITALOCEAN_TOKEN=doo_v1_<your
token>`` and ``DOPPLER_TOKEN=dp.st.xxxx`` (a token's prefix before a slot or ``xxxx``) and
Dynatrace's all-``X`` docs example ``dt0c01.XXXX...`` (dynatrace-token).

``python -m tests.unit.redact.heldout_round50 --seed 269/7/99``; the lookalikes at other corpus
seeds by ``innocents_round50.lookalikes(seed, count)`` run through the default library.

The held-out figure is printed again by running this module against the rules of the commit
that adds its measured version (on the round's branch r50; checked: 345/357, lookalikes 29/600)::

    git worktree add --detach /tmp/r50base cf1de8e  # on the round's branch r50
    cd /tmp/r50base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round50

Any figure measured after that is in-sample.  Two of the lookalikes were mistakes of this module,
not of the rules, and were replaced in 3cfa636: ``DISCORD_CLIENT_ID=<18 digits>`` and
``DROPBOX_APP_KEY=<15>`` are a client id under its provider's key, which the library takes as half
of a credential pair on purpose (:mod:`tests.unit.redact.innocents_round13`'s note); they became
``DISCORD_GUILD_ID`` and ``DROPBOX_APP_FOLDER``.  After the round-50 rules (3cfa636, its speed made
good in 0d6f6ce; no rule added, validators only): a strong provider name's own key shorter than the
20 characters (or 12 mixing cases and digits) a token after a name needs, its random part read as
random (Dropbox's 15 lower-case letters and digits with a letter beyond hex and a digit, Airtable's
``key`` and 14 mixing cases and digits), in provider-label-token and provider-name-near-credential;
Discord's 64 hex digits as the weak name's own shape; a token's prefix before a mask of four ``x`` or
more, one a part (``dp.st.xxxx``, Dynatrace's docs' ``dt0c01.XXXX...``), or before a slot's opening
(``doo_v1_<your token>``) is a placeholder; the docs' upper-case name of a credential as an
assignment's value (``APP_KEY:APP_SECRET``, ``API_KEY: API_SECRET``) is kept, as cli-user-password
keeps it since round 48, not under a password's key: **352/357 = 98.60%** strict, 352/357 loose
(near 163/168, prefixed 154/154, generic 35/35; known 331/336, new 21/21; bare 77/77, keyed 91/91,
text 184/189); seeds 7 and 99: 353/357 = 98.88%, 352/357 = 98.60%.  The round-50 lookalikes (the
corrected module): 0/600 at corpus seeds 269, 7 and 99, and 0 of 3000 at seeds 1, 2 and 3.  Every
other round's figures and lookalikes unchanged but one gain (``python -m tests.unit.redact.figures
--seeds`` in worktrees of 051ef03 and of 0d6f6ce: every line identical but round 34's, 487/490 ->
488/490, its Airtable text family's ``airtable: key60ZuKaslCFtbgX`` now found; every lookalike line
identical; the labeled corpus 10044/10048 on both); every round's lookalikes at seeds 1-3, 3000
each: the same 3 touched on both (rounds 5, 11 and 12).  A first try gave Flickr's 32 hex digits as
its shape too (its API key as issued) and round 24's KEPT ``flickr: <32 hex>`` failed, so it was
not kept.  As an alternative of ``_PLACEHOLDER`` the new placeholder test made ``is_placeholder``
about 45% slower (2.07 -> 3.02 us a call on random tokens) and the bench with secrets lower in 3 of 3
pairs; matched apart (0d6f6ce), 2.12 us.  ``sightline bench redact --records 60000`` (051ef03 and
0d6f6ce alternated, 3 pairs, CPU records/s; load 3-4 on 2 cores shared with other work): without
secrets 199,985 / 195,211, 190,482 / 193,225, 192,511 / 189,817 (medians 192,511 and 193,225), with
secrets 15,781 / 15,003, 15,106 / 15,067, 14,967 / 15,427 (medians 15,106 and 15,067; 60,447
replacements on each); wall-clock records/s without secrets fell to 129,020-137,521 on both in the
two later pairs, the load's doing.

Left: Flickr's 32 hex digits after its name in prose (3/7 at every seed: round 24 keeps ``flickr:
<32 hex>``, a hash there as often as a key); Airtable's ``key`` and 14 whose 14 do not read as
random or hold no digit (1/7 at 269 and 7, 2/7 at 99), Dropbox's 15 when they do not read as random
(1/7 at 269).  Not measured: the 52 paths of the ordered list rule 3 did not take (the 46 even
positions and the odd ones past 79, 81 to 91) and every path past
``github/github-rotated-rsa-ssh-host-key`` (the flat files after ``github/``, which the index's
listing does not reach by folder); a later nuclei-templates round would take them, with a way to
list the flat files past the first 100.

The round was built on branch r50 from main 051ef03: f2b33a7 (the rule), cf1de8e (the
measurement), 3cfa636 (the rules), 0d6f6ce (their speed) and the commit adding these figures.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round50 import lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound
from tests.unit.redact.trufflehog_families import provider_keys, provider_texts

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

T = "text"
_HEX = "[a-f0-9]"
_AN = "[A-Za-z0-9]"
# a password as a URL's user part holds it: no '/', ':', '@' or blank (credentials.yaml's class)
_URL_PASSWORD = "[A-Za-z0-9][A-Za-z0-9!*_+=.-]{6,18}[A-Za-z0-9]"
# bech32's alphabet, upper case (an age identity is written upper case)
_BECH32 = "[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]"
# fixed other parts (ids, public keys, app keys: not the secret measured)
_AGE_RECIPIENT = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
_DROPBOX_APP_KEY = "8qdg7kyfw1fxk8v"
_ASANA_CLIENT_ID = "1204567890123456"
_CONTENTFUL_SPACE = "cfexampleapi"

_NUCLEI = Families("nuclei", "projectdiscovery/nuclei-templates:file/keys/")
SOURCE_PATHS = _NUCLEI.source_paths


def _near(fid: str, pattern: str, path: str, word: str, *specific: str) -> tuple[HeldFamily, HeldFamily]:
    """A provider name, up to 20 characters and an assignment, then the token: keyed, and in messages naming it."""
    return _NUCLEI.keyed_and_text(fid, pattern, path, provider_keys(word), *provider_texts(word, *specific))


NEAR: tuple[HeldFamily, ...] = (
    *_near("airtable-key", f"key{_AN}{{14}}", "airtable-key.yaml", "airtable",
           "curl https://api.airtable.com/v0/appQ4zX8mT2vL6nB9/Orders -H 'Authorization: Bearer {v}'"),
    *_near("asana-client-secret", "[a-z0-9]{32}", "asana/asana-clientsecret.yaml", "asana",
           "curl -X POST https://app.asana.com/-/oauth_token -d client_id=" + _ASANA_CLIENT_ID
           + " -d client_secret={v} -d grant_type=authorization_code"),
    *_near("codecov-access-token", "[a-z0-9]{32}", "codecov-access-token.yaml", "codecov",
           "curl -H 'Authorization: Bearer {v}' https://api.codecov.io/api/v2/github/acme/repos"),
    *_near("contentful-delivery-token", f"{_AN}[A-Za-z0-9_-]{{41}}{_AN}", "contentful-api-token.yaml", "contentful",
           "GET https://cdn.contentful.com/spaces/" + _CONTENTFUL_SPACE + "/entries?access_token={v}"),
    *_near("datadog-access-token", f"{_HEX}{{40}}", "datadog-access-token.yaml", "datadog",
           "curl -H 'DD-API-KEY: ${DD_API_KEY}' -H 'DD-APPLICATION-KEY: {v}' https://api.datadoghq.com/api/v1/validate"),
    *_near("discord-api-token", f"{_HEX}{{64}}", "discord/discord-api-token.yaml", "discord",
           "curl -H 'Authorization: Bot {v}' https://discord.com/api/v10/users/@me"),
    *_near("droneci-access-token", "[a-z0-9]{32}", "droneci-access-token.yaml", "droneci",
           "curl -H 'Authorization: Bearer {v}' https://drone.acmeledger.io/api/user"),
    *_near("dropbox-api-token", "[a-z0-9]{15}", "dropbox/dropbox-api-token.yaml", "dropbox",
           "curl -u " + _DROPBOX_APP_KEY + ":{v} https://api.dropboxapi.com/oauth2/token -d grant_type=refresh_token"),
    *_near("dropbox-short-lived", f"sl\\.{_AN}[A-Za-z0-9_-]{{133}}{_AN}", "dropbox/dropbox-shortlived-token.yaml", "dropbox",
           "curl -X POST https://api.dropboxapi.com/2/users/get_current_account -H 'Authorization: Bearer {v}'"),
    *_near("finicity-api-token", f"{_HEX}{{32}}", "finicity/finicity-api-token.yaml", "finicity",
           "curl -H 'Finicity-App-Key: {v}' https://api.finicity.com/aggregation/v2/partners/authentication"),
    *_near("finnhub-access-token", "[a-z0-9]{20}", "finnhub-access-token.yaml", "finnhub",
           "GET https://finnhub.io/api/v1/quote?symbol=AAPL&token={v}"),
    *_near("flickr-access-token", f"{_HEX}{{32}}", "flickr-access-token.yaml", "flickr",
           "GET https://api.flickr.com/services/rest/?method=flickr.test.echo&api_key={v}&format=json"),
)

PREFIXED: tuple[HeldFamily, ...] = (
    *_NUCLEI.prefixed("age-identity", f"AGE-SECRET-KEY-1{_BECH32}{{58}}", "age/age-identity-secret-key.yaml",
                      "# created: 2026-12-01T09:12:44Z\n# public key: " + _AGE_RECIPIENT + "\n{v}",
                      "SOPS_AGE_KEY={v} sops -d secrets.enc.yaml"),
    *_NUCLEI.prefixed("amazon-mws-auth-token", f"amzn\\.mws\\.{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}",
                      "amazon/amazon-mws-auth-token.yaml",
                      "POST https://mws.amazonservices.com/Orders/2013-09-01?Action=ListOrders&MWSAuthToken={v}"
                      "&SellerId=A2EUQ1WTGCTBG2&MarketplaceId.Id.1=A1PA6795UKMFR9"),
    *_NUCLEI.prefixed("cloudinary-url",
                      "cloudinary://[0-9]{15}:[A-Za-z0-9][A-Za-z0-9_-]{25}[A-Za-z0-9]@[a-z][a-z0-9-]{4,12}[a-z0-9]",
                      "cloudinary.yaml",
                      "CLOUDINARY_URL={v} node upload.js",
                      "cloudinary configured from {v}, folder avatars"),
    *_NUCLEI.prefixed("digitalocean-access-token", f"doo_v1_{_HEX}{{64}}", "digitalocean/digitalocean-access-token.yaml",
                      "curl -H 'Authorization: Bearer {v}' https://api.digitalocean.com/v2/account"),
    *_NUCLEI.prefixed("digitalocean-refresh-token", f"dor_v1_{_HEX}{{64}}", "digitalocean/digitalocean-refresh-token.yaml",
                      "POST https://cloud.digitalocean.com/v1/oauth/token?grant_type=refresh_token&refresh_token={v}"),
    *_NUCLEI.prefixed("doppler-personal-token", f"dp\\.pt\\.{_AN}{{43}}", "doppler-api-token.yaml",
                      "curl -H 'Authorization: Bearer {v}' https://api.doppler.com/v3/me"),
    *_NUCLEI.prefixed("doppler-cli-token", f"dp\\.ct\\.{_AN}{{40,44}}", "doppler/doppler-cli.yaml",
                      "doppler configure set token {v} --scope /srv/orders"),
    *_NUCLEI.prefixed("doppler-service-account", f"dp\\.sa\\.{_AN}{{40,44}}", "doppler/doppler-service-account.yaml",
                      "DOPPLER_TOKEN={v} doppler run -- node server.js"),
    *_NUCLEI.prefixed("dynatrace-token", "dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}", "dynatrace-token.yaml",
                      "curl -H 'Authorization: Api-Token {v}' https://abc12345.live.dynatrace.com/api/v2/metrics"),
    *_NUCLEI.prefixed("easypost-test-token", f"EZTK{_AN}{{54}}", "easypost/easypost-test-token.yaml",
                      "curl -u {v}: https://api.easypost.com/v2/addresses"),
    *_NUCLEI.prefixed("facebook-access-token", f"EAACEdEose0cBA{_AN}{{100,180}}", "facebook/fb-access-token.yaml",
                      "GET https://graph.facebook.com/v19.0/me?fields=id,name&access_token={v}"),
)

_AZURE = "azure/azure-connection-string.yaml"
GENERIC: tuple[HeldFamily, ...] = (
    _NUCLEI.family(
        "azure-storage-connection-string", T, "[A-Za-z0-9+/]{86}==", _AZURE,
        "DefaultEndpointsProtocol=https;AccountName=acmeledgerlogs;AccountKey={v};EndpointSuffix=core.windows.net",
        "AZURE_STORAGE_CONNECTION_STRING='DefaultEndpointsProtocol=https;AccountName=acmeorders;AccountKey={v}'",
        '"StorageConnection": "AccountName=acmeinvoices;AccountKey={v};EndpointSuffix=core.windows.net"',
    ),
    _NUCLEI.family(
        "azure-shared-access-key", T, "[A-Za-z0-9+/]{43}=", _AZURE,
        "Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={v}",
        "SERVICEBUS_CONNECTION=Endpoint=sb://acme-events.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey={v}",
        "Endpoint=sb://acme-legacy.servicebus.windows.net/;SharedSecretIssuer=owner;SharedSecretValue={v}",
    ),
    _NUCLEI.family(
        "url-user-password", T, _URL_PASSWORD, "credentials.yaml",
        "ftp://backup:{v}@files.acmeledger.io/dumps ready",
        "connecting to amqp://orders:{v}@rabbit.acmeledger.io:5672/ ",
        "smtp://mailer:{v}@smtp.acmeledger.io:587 refused",
        "REDIS_URL=redis://default:{v}@cache-1.acmeledger.io:6379/0 ",
        "git push https://deploy:{v}@git.acmeledger.io/acme/web.git main",
    ),
    *_NUCLEI.keyed_and_text(
        "named-credential-keys", f"{_AN}[A-Za-z0-9_-]{{10,30}}{_AN}", "credential-exposure-file.yaml",
        ("zopim_account_key", "yt-partner-refresh-token", "WPORG_PASSWORD", "wakatime_api_key", "virustotal_apikey",
         "twilio_api_secret", "sonatype_gpg_passphrase", "SPRING_MAIL_PASSWORD", "soundcloud-client-secret",
         "ses_secret_key"),
        "twine-password = {v}",
        "SONATYPE_GPG_PASSPHRASE={v} mvn deploy",
        "wporg_password: '{v}'",
        '"snyk_token": "{v}"',
        "set VIRUSTOTAL_APIKEY={v}",
        "travis_api_token: {v}",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = NEAR + PREFIXED + GENERIC

# every provider family's provider an earlier round or the corpus has (see the docstring);
# the two with no provider of their own are "new"
NEW: tuple[HeldFamily, ...] = tuple(f for f in GENERIC if not f.id.startswith("azure"))
KNOWN: tuple[HeldFamily, ...] = tuple(f for f in FAMILIES if f not in NEW)


ROUND = HeldOutRound(
    "round-50", __doc__, 269, FAMILIES, lookalikes, SOURCE_PATHS,
    groups={"near": NEAR, "prefixed": PREFIXED, "generic": GENERIC, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
