"""A fifty-first held-out recall measure: ProjectDiscovery's nuclei-templates, ``file/keys/``, the even positions.

``python -m tests.unit.redact.heldout_round51 [--seed N] [--per-family N] [--sources]``

The same source as round 50 (projectdiscovery/nuclei-templates, the folder ``file/keys/``, each
template a provider's token regular expression(s) under ``extractors`` or ``matchers``), in the same
style, so this round is weaker held-out evidence than a new source would be: the rules written for
round 50's misses were written from templates of the same authors and notation.  The templates
taken here are those round 50's rule passed over; none of their texts was read by round 50 (its
``SOURCE_PATHS`` names 26 templates, all at odd positions of the list below, and its docstring
names the 14 it left out, odd positions too).  Before the rule below was committed only names were
listed (the index's listings and round 50's docstring), no template's text was read for this round.

The rule that chooses the templates, written here before any template's text is read and before
any secret is generated:

1. round 50's ordered list, unchanged: all template paths under ``file/keys/`` in byte order of
   path as the index lists them (its first 100 paths, ``CVE-2023-32784.yaml`` to
   ``github/github-recovery-code.yaml``, and ``github/``'s two more), a flat twin of a subfolder
   template dropped (the same ten), 92 paths, complete up to
   ``github/github-rotated-rsa-ssh-host-key``;
2. the EVEN positions of that list, the 2nd, 4th, ..., 92nd, in the same order: the 46 templates
   round 50's rule 3 did not take;
3. round 50's rule 4 (round 33's rule 3 as round 43 wrote it): a template whose match is no secret
   or only a public or identifying value (an id, an account id or number, a user or host name, a
   public key, a client id, a URL without credentials), a value of fewer than 8 characters, or a
   pattern another taken template's is character for character (round 50's 26 templates included),
   is left out and named; it still counts among the 46 (it was read);
4. each regex left gives families by its shape as round 50's did (rounds 17, 43 and 45): a token
   with a prefix or a fixed shape of its own a bare family and one in a request or log line; a
   regex that needs context before the value (the provider's name, a key or a word) a keyed family
   and a text family; a connection string, URL or whole-line shape holding a secret a text family in
   the shape it describes; where the regex is wider than the provider's format the family writes
   the provider's; a template with several regexes gives a family set for each secret regex (one
   taking several formats gives its families once, the alternatives drawn in turn); where a
   template pairs parts the family is the secret, the other part written into the request;
5. a template whose provider an earlier round or the public-format corpus already has stays, and
   the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 271 (no round has used it: no ``Round(...)`` registration nor heldout module names it as a
seed), 7 samples per family, round 2's carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round51`) are 600 lines in the families' contexts holding no
secret, as round 48's and round 50's are.  Formats are facts in our own notation, generated at test
time; no template text is copied.

The 46 even positions of the 92 (rule 2), in order: adafruit-key, adobe/adobe-secret,
age/age-recipient-public-key, algolia-key, alibaba/alibaba-secret-id, amazon/amazon-account-id,
amazon/amazon-session-token, amazon/aws-access-id, asana/asana-clientid,
atlassian/atlassian-api-token, beamer-api-token, bitbucket/bitbucket-client-secret,
bittrex/bittrex-secret-key, clojars-api-token, code-climate-token, coinbase-access-token,
confluent/confluent-secret-token, cratesio-api-key, credential-exposure, databricks-api-token,
dependency/dependency-track, digitalocean/digitalocean-personal-access, discord-backup-code,
discord/discord-cilent-secret, docker/dockerhub-pat, doppler/doppler-audit, doppler/doppler-scim,
doppler/doppler-service, dropbox/dropbox-access, dropbox/dropbox-longlived-token,
duffel-api-token, easypost/easypost-api-token, etsy-access-token, facebook/facebook-api-token,
facebook/facebook-secret, fastly-api-token, figma-access-token, finicity/finicity-client-secret,
firebase-database, flutter/flutterwave-encryption-key, flutter/flutterwave-secret-key,
freshbooks-access-token, github/github-app-token, github/github-outdated-key,
github/github-recovery-code, github/github-rotated-rsa-ssh-host-key.  Left for a later round: the
odd positions past 79 (81 to 91, which round 50's cap of 40 left) and every path past
``github/github-rotated-rsa-ssh-host-key``.

The rule applied (each template read at the version the index stores, after the rule above was
committed, 3387b11 on branch r51).  Left out by rule 3, each still counted as read (7):
``age/age-recipient-public-key`` (an age recipient, a public key), ``amazon/amazon-account-id``
(an account id), ``amazon/aws-access-id`` (an access key id, ``AKIA`` and its kin: the pair's
identifying half, as round 50's Alibaba ``LTAI``), ``asana/asana-clientid`` (16 digits, a client
id), ``firebase-database`` (``*.firebaseio.com`` and ``*.firebaseapp.com`` host names),
``github/github-outdated-key`` and ``github/github-rotated-rsa-ssh-host-key`` (GitHub's published
RSA host key and its fingerprint, a public key).  No pattern repeats a taken one character for
character (``credential-exposure`` holds the same 687 key names as round 50's
``credential-exposure-file`` but asks a quoted value, ``[=:]["']?`` blanks ``["'][\\w-]+["']``;
``easypost-api-token``'s ``EZAK`` is not round 50's ``EZTK``; ``dropbox-access``'s bare ``sl.`` is
not round 50's ``sl.`` after ``dropbox``).  39 templates give families:

* keyword near token (keyed, and text: the provider's request drawn twice, then ``<name> api key
  <v>``, ``<Name> client configured: <v>``, ``<name>: <v>``): Adafruit (the template's 32 of
  ``[a-z0-9_-]``, written as issued, ``aio_`` and 28), Algolia (32, written hex), Alibaba's
  AccessKey secret (30, mixing cases), Atlassian (24), Beamer (``b_`` and 44), Bitbucket's client
  secret (64), Bittrex's secret (32, written hex), Code Climate (64 hex within 50 characters after
  ``codeclima``), Coinbase (64), Confluent's secret (64), Discord's client secret (32), Dropbox's
  long-lived token (11, ``AAAAAAAAAA`` and 43), Etsy (24 lower-case), Facebook (32 hex), Fastly
  (32), Figma (4-8-4-4-4-12 hex within 20 characters after ``figma``), Finicity's client secret
  (20): 17 templates, 34 families; and two whose context is the key's own name: Amazon's session
  token (``aws`` ``session`` ``token`` and an assignment; the template's 16-200 of base64, written
  as STS issues it, ``IQoJb3JpZ2luX2Vj`` or ``FwoGZXIvYXdzE`` and 140-180, cut at the template's
  200) and ``facebook-secret`` (``facebook`` or ``fb``, up to 20 characters, then 32 hex in
  quotes): 2 templates, 4 families;
* a prefix or a shape of its own (bare, and in a request or a line): Adobe's ``p8e-`` and 32,
  ``CLOJARS_`` and 60 (written hex), crates.io's ``cio`` and 32, Databricks' ``dapi`` and 32 hex,
  Dependency-Track's ``odt_`` (the open count written 32), DigitalOcean's ``dop_v1_`` and 64 hex,
  Docker Hub's ``dckr_pat_`` and 27, Doppler's ``dp.audit.``, ``dp.scim.`` and ``dp.st.`` (an
  optional config name, then 40-44), Dropbox's bare ``sl.`` and 130-152, Duffel's
  ``duffel_test_``/``duffel_live_`` and 43, EasyPost's ``EZAK`` and 54, Flutterwave's
  ``FLWSECK_TEST-`` and 12 hex (encryption key) or 32 hex and ``-X`` (secret key), FreshBooks'
  ``fio-u-`` and 64, GitHub's ``ghu_``/``ghs_`` and 36; and two short codes with no prefix, the
  shape alone as their templates ask: Discord's backup code (4 and 4 lower-case letters and
  digits) and GitHub's recovery code (5 and 5 hex, written so the template's letters-then-digits
  first group holds): 19 templates, 38 families;
* a keyed generic shape (keyed, and text): ``credential-exposure``'s credential-named keys with a
  quoted ``[\\w-]+`` value, under ten secret-naming names round 50 did not use
  (``twitter_consumer_secret`` to ``access_key_secret``), and six quoted lines: 1 template, 2
  families.

78 families, 546 samples a seed.  Every provider an earlier round or the public-format corpus has
(a grep of ``tests/unit/redact`` for each name or prefix, round 50's and this round's modules
left out): group ``known`` is the 76 provider families, ``new`` the 2 with no provider of their
own (``credential-exposure``'s).

First measurement, BEFORE any rule was changed for these families (seed 271, 7 per family, rules
of main b617103 (their last change round 50's, 9b66a6d), run at the round's branch r51 plus this
module and its lookalikes; run once, nothing tuned): **508/546 = 93.04%** strict, loose 508/546
(near 255/266, prefixed 240/266, generic 13/14; known 495/532, new 13/14; by carrier: bare
121/133, keyed 140/140, text 247/273).  Seeds 7 and 99, same rules: 509/546 = 93.22% and
509/546 = 93.22%.  Missed at seed 271: the two short codes with no prefix, bare and in their lines
(Discord's backup code 1/7 and 0/7, GitHub's recovery code 1/7 and 0/7: 26 of the 38 misses); a
provider's name in prose before its token, the class rounds 47, 48 and 50 found: Bitbucket's 64
(3/7 missed), Etsy's 24 lower-case (3/7), Alibaba's 30 and Finicity's 20 after ``<name> api key``
(1/7 each); Confluent's secret as the second argument of ``confluent api-key store <key>`` (2/7);
``FB app secret '<32 hex>'`` (1/7); ``stripe_private = '<12>'`` (1/7, a key naming no secret
word).  Seeds 7 and 99 miss the same families but Alibaba's (and, at seed 7, the quoted line's;
Coinbase's text 1/7 at seed 7 besides).  The round-51
lookalikes: 16/600 touched at corpus seed 271 (16 and 18 at corpus seeds 7 and 99), of four
kinds: ``FIGMA_FILE_KEY=<22 letters and digits>`` and ``"twitter_consumer_key": "acmeledger-bot"``
(secret-assignment), ``git clone https://x-access-token:${GITHUB_TOKEN}@github.com/...``
(secret-assignment takes the variable as a URL's password) and ``Bearer
FLWSECK_TEST-XXXXXXXXXXXXXXXX-X`` (flutterwave-key takes the docs' mask).

``python -m tests.unit.redact.heldout_round51 --seed 271/7/99``; the lookalikes at other corpus
seeds by ``innocents_round51.lookalikes(seed, count)`` run through the default library.

The held-out figure is printed again by running this module against the rules of the commit
that adds its measured version (on the round's branch r51; checked: 508/546, lookalikes 16/600)::

    git worktree add --detach /tmp/r51base 7195a18  # on the round's branch r51
    cd /tmp/r51base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round51

Any figure measured after that is in-sample.  Two of the lookalikes were mistakes of this module,
not of the rules, and were replaced in 3e40c2d: ``FIGMA_FILE_KEY=<22 letters and digits>`` and
``"twitter_consumer_key": "acmeledger-bot"`` are values under a key named for a key, which the
library takes on purpose whatever the value reads as (``"api_key": "acmeledger-bot"`` is taken on
b617103 too); they became ``FIGMA_FILE_URL=https://www.figma.com/file/<22>/...`` and
``"travis_pull_request": "false"``.  After the round-51 rules (3e40c2d: one rule added, one
validator set on a rule, validators): Bitbucket and Etsy weak provider names (kept out of free text
as names before; a random mix after them now marks a token, and Etsy's own 24 lower-case letters
and digits with a letter beyond hex and a digit), in provider-label-token and
provider-name-near-credential; rule ``account-recovery-code``, a code of two groups of 4 or 5
lower-case letters and digits holding a letter and a digit within 40 characters after ``backup
code(s)`` or ``recovery code(s)``; ``is_placeholder`` takes a mask of ``x`` with a fixed short end
(``FLWSECK_TEST-XXXX...-X``) and a variable before ``@`` and a host as a URL's password
(``x-access-token:${GITHUB_TOKEN}@github.com/...``), and flutterwave-key asks it:
**526/546 = 96.34%** strict, 526/546 loose (near 261/266, prefixed 252/266, generic 13/14; known
513/532, new 13/14; bare 121/133, keyed 140/140, text 265/273); seeds 7 and 99: 529/546 = 96.89%,
527/546 = 96.52%.  The round-51 lookalikes (the corrected module): 0/600 at corpus seeds 271, 7
and 99, and 0 of 3000 at seeds 1, 2 and 3.  Every other round's figures and lookalikes unchanged
(``python -m tests.unit.redact.figures --seeds`` in worktrees of b617103 and of 3e40c2d: every
line of every other round identical, every lookalike line identical; the labeled corpus
10056/10060 -> 10092/10096, the new rule's examples); every round's lookalikes at seeds 1-3, 3000
each: the same 3 touched on both (rounds 5, 11 and 12).  ``sightline bench redact --records
60000`` (b617103 and 3e40c2d alternated, 3 pairs, CPU records/s; load about 1 on 2 cores): without
secrets 200,885 / 201,857, 194,752 / 199,520, 195,991 / 191,637 (medians 195,991 and 199,520),
with secrets 15,524 / 15,460, 15,798 / 15,422, 15,412 / 15,252 (medians 15,524 and 15,422, lower
by 0.4-2.4% in 3 of 3 pairs; 60,454 and 60,449 replacements, the records drawn from the rule
examples, which the new rule's three change).

Left: the two short codes bare, with no words before them (Discord's backup code and GitHub's
recovery code 1/7 each at every seed: two short groups any reference or build has, so left
without the words), and a Discord code of letters only after the words (2/7 at seeds 271 and
99); Confluent's secret as the second argument of ``confluent api-key store <key> <secret>``
(2/7 at every seed; not looked into further); ``FB app secret '<32 hex>'`` (1/7 at every seed:
``fb`` is no provider name of the library); Finicity's 20 after its name in prose (1/7 at every
seed: without a digit, or not read as random), Alibaba's 30 after ``alibaba api key`` (1/7 at
seed 271) and Coinbase's 64 starting ``fs_`` after ``coinbase api key`` (1/7 at seed 7);
``stripe_private = '<v>'`` (1/7 at seeds 271 and 99, a key naming no secret word).  Not
measured: the odd positions past 79 (81 to 91) and every path past
``github/github-rotated-rsa-ssh-host-key``.

The round was built on branch r51 from main b617103: 3387b11 (the rule), 7195a18 (the
measurement), 3e40c2d (the rules) and the commit adding these figures.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round51 import lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound
from tests.unit.redact.trufflehog_families import provider_keys, provider_texts

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

T = "text"
_HEX = "[a-f0-9]"
_AN = "[A-Za-z0-9]"
# the value part of a base64url token: letters or digits at each end
_URL64 = "[A-Za-z0-9_-]"
# fixed other parts (ids, app keys, users: not the secret measured)
_ALGOLIA_APP = "4HZ8Q2LJ7P"
_ALIBABA_KEY_ID = "LTAI5tQk8v2XyZ9mN3pR7sWb"
_BITBUCKET_KEY = "Qr7vKx2Lm9TpW4zNcB"
_BITTREX_KEY = "6f1c0b9e2d7a4c3b8e5f0a1d2c3b4a59"
_CONFLUENT_KEY = "KQ7XM2LRV4ZN8TPB"
_DISCORD_CLIENT = "1187432956621873152"
_FACEBOOK_APP = "318472960154783"
_FINICITY_PARTNER = "2445583946651"
_ADOBE_CLIENT = "5c1d8e0f7a2b4e6d9f3a0b1c2d4e6f8a"

_NUCLEI = Families("nuclei", "projectdiscovery/nuclei-templates:file/keys/")
SOURCE_PATHS = _NUCLEI.source_paths


def _near(fid: str, pattern: str, path: str, word: str, *specific: str) -> tuple[HeldFamily, HeldFamily]:
    """A provider name, up to 20 characters and an assignment, then the token: keyed, and in messages naming it."""
    return _NUCLEI.keyed_and_text(fid, pattern, path, provider_keys(word), *provider_texts(word, *specific))


NEAR: tuple[HeldFamily, ...] = (
    *_near("adafruit-key", f"aio_{_AN}{{28}}", "adafruit-key.yaml", "adafruit",
           "curl -H 'X-AIO-Key: {v}' https://io.adafruit.com/api/v2/acme/feeds"),
    *_near("algolia-key", f"{_HEX}{{32}}", "algolia-key.yaml", "algolia",
           "curl -H 'X-Algolia-API-Key: {v}' -H 'X-Algolia-Application-Id: " + _ALGOLIA_APP + "' https://"
           + _ALGOLIA_APP + "-dsn.algolia.net/1/indexes"),
    *_near("alibaba-secret", f"{_AN}{{30}}", "alibaba/alibaba-secret-id.yaml", "alibaba",
           "aliyun configure set --access-key-id " + _ALIBABA_KEY_ID + " --access-key-secret {v} --region cn-hangzhou"),
    *_near("atlassian-api-token", f"{_AN}{{24}}", "atlassian/atlassian-api-token.yaml", "atlassian",
           "curl -u ops@acmeledger.io:{v} https://acmeledger.atlassian.net/rest/api/3/myself"),
    *_near("beamer-api-token", f"b_{_AN}{_URL64}{{42}}{_AN}", "beamer-api-token.yaml", "beamer",
           "curl -H 'Beamer-Api-Key: {v}' https://api.getbeamer.com/v0/posts"),
    *_near("bitbucket-client-secret", f"{_AN}{_URL64}{{62}}{_AN}", "bitbucket/bitbucket-client-secret.yaml", "bitbucket",
           "curl -X POST -u " + _BITBUCKET_KEY + ":{v} https://bitbucket.org/site/oauth2/access_token"
           " -d grant_type=client_credentials"),
    *_near("bittrex-secret-key", f"{_HEX}{{32}}", "bittrex/bittrex-secret-key.yaml", "bittrex",
           "exchange = ccxt.bittrex({'apiKey': '" + _BITTREX_KEY + "', 'secret': '{v}'})"),
    *_near("code-climate-token", f"{_HEX}{{64}}", "code-climate-token.yaml", "codeclimate",
           "./cc-test-reporter after-build --exit-code 0 --id {v}"),
    *_near("coinbase-access-token", f"{_AN}{_URL64}{{62}}{_AN}", "coinbase-access-token.yaml", "coinbase",
           "curl -H 'Authorization: Bearer {v}' https://api.coinbase.com/v2/user"),
    *_near("confluent-secret", f"{_AN}{{64}}", "confluent/confluent-secret-token.yaml", "confluent",
           "confluent api-key store " + _CONFLUENT_KEY + " {v} --resource lkc-7q2xv9"),
    *_near("discord-client-secret", f"{_AN}{_URL64}{{30}}{_AN}", "discord/discord-cilent-secret.yaml", "discord",
           "curl -X POST https://discord.com/api/v10/oauth2/token -d client_id=" + _DISCORD_CLIENT
           + " -d client_secret={v} -d grant_type=client_credentials"),
    *_near("dropbox-long-lived", f"{_AN}{{11}}AAAAAAAAAA{_URL64}{{42}}{_AN}", "dropbox/dropbox-longlived-token.yaml", "dropbox",
           "curl -X POST https://api.dropboxapi.com/2/users/get_current_account -H 'Authorization: Bearer {v}'"),
    *_near("etsy-access-token", "[a-z0-9]{24}", "etsy-access-token.yaml", "etsy",
           "curl -H 'x-api-key: {v}' https://openapi.etsy.com/v3/application/openapi-ping"),
    *_near("facebook-api-token", f"{_HEX}{{32}}", "facebook/facebook-api-token.yaml", "facebook",
           "GET https://graph.facebook.com/oauth/access_token?client_id=" + _FACEBOOK_APP
           + "&client_secret={v}&grant_type=client_credentials"),
    *_near("fastly-api-token", f"{_AN}{_URL64}{{30}}{_AN}", "fastly-api-token.yaml", "fastly",
           "curl -H 'Fastly-Key: {v}' https://api.fastly.com/current_user"),
    *_near("figma-access-token", f"{_HEX}{{4}}-{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}",
           "figma-access-token.yaml", "figma",
           "curl -H 'X-Figma-Token: {v}' https://api.figma.com/v1/me"),
    *_near("finicity-client-secret", f"{_AN}{{20}}", "finicity/finicity-client-secret.yaml", "finicity",
           "curl -X POST https://api.finicity.com/aggregation/v2/partners/authentication -d "
           "'{\"partnerId\": \"" + _FINICITY_PARTNER + "\", \"partnerSecret\": \"{v}\"}'"),
    # the name of the key is the context these two ask (aws session token; facebook or fb, quoted value)
    *_NUCLEI.keyed_and_text(
        "amazon-session-token", "(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE)[A-Za-z0-9+/]{140,180}",
        "amazon/amazon-session-token.yaml",
        ("aws_session_token", "AWS_SESSION_TOKEN", "awsSessionToken", "aws-session-token", "AWS_TOKEN"),
        "curl -H 'X-Amz-Security-Token: {v}' 'https://sts.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15'",
        "aws configure set aws_session_token {v} --profile ci",
        "aws session token: {v}",
        "AWS session: {v}",
    ),
    *_NUCLEI.keyed_and_text(
        "facebook-secret", f"{_HEX}{{32}}", "facebook/facebook-secret.yaml",
        ("fb_app_secret", "FACEBOOK_APP_SECRET", "facebookSecret", "fb-secret", "FB_CLIENT_SECRET"),
        "settings.FACEBOOK_SECRET = '{v}'",
        "const fbAppSecret = \"{v}\";",
        "facebook: { secret: '{v}' }",
        "FB app secret '{v}' rotated",
    ),
)

PREFIXED: tuple[HeldFamily, ...] = (
    *_NUCLEI.prefixed("adobe-client-secret", f"p8e-{_AN}[A-Za-z0-9-]{{30}}{_AN}", "adobe/adobe-secret.yaml",
                      "curl -X POST https://ims-na1.adobelogin.com/ims/token/v3 -d client_id=" + _ADOBE_CLIENT
                      + " -d client_secret={v} -d grant_type=client_credentials -d scope=openid"),
    *_NUCLEI.prefixed("clojars-api-token", f"CLOJARS_{_HEX}{{60}}", "clojars-api-token.yaml",
                      "curl -u acmeledger:{v} https://repo.clojars.org/acme/web/maven-metadata.xml"),
    *_NUCLEI.prefixed("cratesio-api-key", f"cio{_AN}{{32}}", "cratesio-api-key.yaml",
                      "cargo publish --token {v} --allow-dirty"),
    *_NUCLEI.prefixed("databricks-api-token", f"dapi{_HEX}{{32}}", "databricks-api-token.yaml",
                      "curl -H 'Authorization: Bearer {v}' https://adb-4829103746581920.7.azuredatabricks.net/api/2.0/clusters/list"),
    *_NUCLEI.prefixed("dependency-track-key", f"odt_{_AN}{{32}}", "dependency/dependency-track.yaml",
                      "curl -H 'X-Api-Key: {v}' https://dtrack.acmeledger.io/api/v1/project"),
    *_NUCLEI.prefixed("digitalocean-personal-token", f"dop_v1_{_HEX}{{64}}", "digitalocean/digitalocean-personal-access.yaml",
                      "doctl auth init --context ci --access-token {v}"),
    *_NUCLEI.prefixed("dockerhub-pat", f"dckr_pat_{_AN}{_URL64}{{25}}{_AN}", "docker/dockerhub-pat.yaml",
                      "echo {v} | docker login -u acmeledger --password-stdin"),
    *_NUCLEI.prefixed("doppler-audit-token", f"dp\\.audit\\.{_AN}{{40,44}}", "doppler/doppler-audit.yaml",
                      "curl -H 'Authorization: Bearer {v}' https://api.doppler.com/v3/workplace/users"),
    *_NUCLEI.prefixed("doppler-scim-token", f"dp\\.scim\\.{_AN}{{40,44}}", "doppler/doppler-scim.yaml",
                      "curl -H 'Authorization: Bearer {v}' https://api.doppler.com/scim/v2/Users"),
    *_NUCLEI.prefixed("doppler-service-token", f"dp\\.st\\.(?:(?:dev|stg|prd|ci_eu)\\.)?{_AN}{{40,44}}",
                      "doppler/doppler-service.yaml",
                      "doppler secrets download --no-file --format env --token {v}"),
    *_NUCLEI.prefixed("dropbox-access-token", f"sl\\.{_AN}{_URL64}{{128,150}}{_AN}", "dropbox/dropbox-access.yaml",
                      "curl -X POST https://content.dropboxapi.com/2/files/download -H 'Authorization: Bearer {v}'"
                      " -H 'Dropbox-API-Arg: {\"path\": \"/reports/q3.pdf\"}'"),
    *_NUCLEI.prefixed("duffel-api-token", f"duffel_(?:test|live)_{_AN}{_URL64}{{41}}{_AN}", "duffel-api-token.yaml",
                      "curl -H 'Authorization: Bearer {v}' -H 'Duffel-Version: v2' https://api.duffel.com/air/airlines"),
    *_NUCLEI.prefixed("easypost-api-token", f"EZAK{_AN}{{54}}", "easypost/easypost-api-token.yaml",
                      "curl -u {v}: https://api.easypost.com/v2/shipments"),
    *_NUCLEI.prefixed("flutterwave-encryption-key", f"FLWSECK_TEST-{_HEX}{{12}}", "flutter/flutterwave-encryption-key.yaml",
                      "charge payload encrypted with 3DES, key {v}, for tx ref acme-4471"),
    *_NUCLEI.prefixed("flutterwave-secret-key", f"FLWSECK_TEST-{_HEX}{{32}}-X", "flutter/flutterwave-secret-key.yaml",
                      "curl -H 'Authorization: Bearer {v}' https://api.flutterwave.com/v3/transactions"),
    *_NUCLEI.prefixed("freshbooks-access-token", f"fio-u-{_AN}{_URL64}{{62}}{_AN}", "freshbooks-access-token.yaml",
                      "curl -H 'Authorization: Bearer {v}' https://api.freshbooks.com/auth/api/v1/users/me"),
    *_NUCLEI.prefixed("github-app-token", f"(?:ghu|ghs)_{_AN}{{36}}", "github/github-app-token.yaml",
                      "git clone https://x-access-token:{v}@github.com/acme/web.git"),
    # two short codes a person keeps (no prefix: the shape alone, as the templates ask)
    *_NUCLEI.prefixed("discord-backup-code", "[a-z0-9]{4}-[a-z0-9]{4}", "discord-backup-code.yaml",
                      "Discord backup codes (each can be used once): {v}",
                      "backup code {v} used to sign in to discord"),
    *_NUCLEI.prefixed("github-recovery-code",
                      f"(?:[a-f][0-9]{{4}}|[a-f]{{2}}[0-9]{{3}}|[a-f]{{3}}[0-9]{{2}}|[a-f]{{4}}[0-9])-{_HEX}{{5}}",
                      "github/github-recovery-code.yaml",
                      "github-recovery-codes.txt: {v}",
                      "GitHub recovery code {v} used for a 2FA sign-in"),
)

GENERIC: tuple[HeldFamily, ...] = (
    *_NUCLEI.keyed_and_text(
        "named-credential-quoted", f"{_AN}[A-Za-z0-9_-]{{10,30}}{_AN}", "credential-exposure.yaml",
        ("twitter_consumer_secret", "ANSIBLE_VAULT_PASSWORD", "amazon_secret_access_key", "alicloud-secret-key",
         "spotify_api_client_secret", "SONATYPE_TOKEN_PASSWORD", "signing_key_secret", "wpt-db-password",
         "yt_client_secret", "access_key_secret"),
        '"twitter_consumer_secret": "{v}"',
        "ANSIBLE_VAULT_PASSWORD='{v}' ansible-playbook site.yml",
        'spotify_api_client_secret: "{v}"',
        'set SIGNING_KEY_SECRET="{v}"',
        "stripe_private = '{v}'",
        "svn_pass: '{v}'",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = NEAR + PREFIXED + GENERIC

# every provider family's provider an earlier round or the corpus has (see the docstring);
# the credential-named keys have no provider of their own: "new"
NEW: tuple[HeldFamily, ...] = GENERIC
KNOWN: tuple[HeldFamily, ...] = tuple(f for f in FAMILIES if f not in NEW)


ROUND = HeldOutRound(
    "round-51", __doc__, 271, FAMILIES, lookalikes, SOURCE_PATHS,
    groups={"near": NEAR, "prefixed": PREFIXED, "generic": GENERIC, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
