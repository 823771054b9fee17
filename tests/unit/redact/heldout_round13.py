"""A thirteenth held-out recall measure: trivy's built-in secret rules, not read before this module.

``python -m tests.unit.redact.heldout_round13 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): aquasecurity/trivy, ``pkg/fanal/secret/builtin-rules.go``
(one version as the search index stores it, commit 0273caf), the secret rules trivy's scanner
ships: each an id, a title, a regular expression (the secret its named group) and keywords.  No
earlier round read it (the docstrings and commit messages of rounds 2-12 and noseyparker name
gitleaks, trufflehog, Nosey Parker, GitHub's partner list, Microsoft's security-utilities,
detect-secrets, semgrep, secretlint, Kingfisher, GitGuardian's docs, Bearer and
secrets-patterns-db; trivy is not among them).  Its first 16,000 characters (the category list,
the shared pieces ``quote``, ``connect``, ``endSecret``, and the rules ``aws-access-key-id`` to
``contentful-delivery-api-token``) were seen while checking that the source exists and what it
holds, before the rule below was written; the rule takes every rule of the file, so it does not
depend on what they hold.

The rule that chooses the patterns, written here before the rest of the file was read and before
any secret was generated:

1. every rule of ``builtinRules`` in file order, numbered from 0;
2. a rule whose match is no secret (a marker such as a service-account file's ``"type"`` line)
   or only a public or identifying value (an access key id, a client id, a publishable key) is
   left out, its number noted; a rule that takes a value of fewer than 8 characters too;
3. each rule left gives families by its shape: a keyword-near-token rule (trivy's
   ``<provider>[a-z0-9_ .-,]{0,25}`` key, an operator, a quoted value) a keyed family (keys
   holding the provider's word) and a text family (the provider's request where its API is
   public, then assignments in the shape the rule describes, with its operators ``=``, ``:``,
   ``:=``, ``=>``, ``||:``, ``<=``, then prose naming the provider); a token with a prefix of its
   own a bare family and one in a request or log line; a whole-line (generic) rule a text family
   in the shape it describes;
4. a rule whose provider an earlier round or the public-format corpus already has stays, and the
   figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 73, 7 samples per family, round 2's carriers.

The file holds 87 rules (``aws-access-key-id`` #0 to ``dockerconfig-secret`` #86).  Left out by
step 2, 13: #0 aws-access-key-id, #12 stripe-publishable-token, #15 gcp-service-account (the
``"type": "service_account"`` marker), #22 adobe-client-id, #24 alibaba-access-key-id, #26
asana-client-id, #29 bitbucket-client-id, #36 discord-client-id, #62 lob-pub-api-key, #66
mapbox-api-token (``pk.``, Mapbox's public token), #68 messagebird-client-id, #70
new-relic-user-api-id, #83 linkedin-client-id.  Two rules take a public and a secret value in
one pattern; the family takes the secret one: #48 flutterwave-public-key (``FLWSECK_TEST-``, not
``FLWPUBK_TEST-``) and #64 mailgun-token (``key-``, not ``pubkey-``).  74 rules give 146
families (``SOURCE_PATHS``: ``#N id``): 31 keyword-near-token rules (keyed and text), 41 with a
prefix of their own (bare and in a request), 2 generic (a PEM private key, a Kubernetes
``.dockerconfigjson`` value).

Formats are facts in our own notation, generated at test time; no rule text of the source is
copied.  Where a rule ignores case (``(?i)`` before a lower-case class) the family writes both
cases; a rule's quotes around the value are written by the carriers that quote (JSON, YAML) and
by the text templates in trivy's own shape, not by the others (an unquoted value is what a log
line holds).  ``[a-h0-9]`` classes (Discord, HubSpot, Intercom, Mailgun's signing key, Databricks,
Flutterwave) are written as the rule has them.

First measurement, BEFORE any rule was changed for these families (seed 73, 7 per family, rules
as of commit 66fdd54, the last change to pipeline/redact; the module written and run once,
nothing tuned): **955/1022 = 93.44%** (keyword-near-token 393/434, prefixed 555/574, generic
7/14; known providers 947/1001, new 8/21; by carrier: bare 268/287, keyed 217/217, text
470/518).  Missed, by class: trivy's ``||:`` operator (``<provider>_key ||: '<v>'``: the colon
itself was taken for the value) in every keyword-near text family, 1 or 2 of 7 each; its ``<=``
operator (``<provider>-client-secret <= "<v>"``) in 12 families; ``aws configure set
aws_secret_access_key <v>``; Hugging Face's ``hf_`` with digits and 34 to 40 characters bare
1/7; Databricks' ``dapi`` with trivy's ``[a-h0-9]`` bare 1/7; Private Packagist's
``packagist_[ou][ru]t_`` bare 1/7 (only after ``token=``); a Kubernetes ``.dockerconfigjson`` /
``.dockercfg`` value 0/7; GoCardless' ``live_`` glued to a word 6/7.  Seeds 7 and 99, same
rules: 954/1022 = 93.35%, 955/1022 = 93.44%.  The round-13 lookalikes: 45/600 touched (a
provider-named ``client_id`` with an operator and a quoted id 33, ``stripe publishable key``
before ``pk_test_`` 12).  A first draft of the lookalikes also had ``aws access key id AKIA...``;
it was dropped before this measurement, as the library redacts access key ids on purpose.

The held-out figure is printed again by running this module against the rules of 66fdd54::

    git worktree add --detach /tmp/r13base 66fdd54
    cp tests/unit/redact/heldout_round13.py tests/unit/redact/innocents_round13.py /tmp/r13base/tests/unit/redact/
    cd /tmp/r13base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round13

Any figure measured after that is in-sample.  After the round-13 rules (secret-assignment takes
trivy's ``||:`` and ``<=`` operators; config-set-credential, a tool's config command with the key
and the value as two words, ``aws configure set <key> <v>``, ``npm config set _authToken <v>``,
``CONFIG SET requirepass <v>``, with ``requirepass`` and ``masterauth`` secret key words;
huggingface-token-digits, ``hf_`` with digits and 34 to 40 characters between boundaries a base64
blob's ``+`` and ``/`` also break; Databricks' ``dapi`` with ``[a-h0-9]``; private-packagist-token;
docker-config-json, a ``.dockerconfigjson`` / ``.dockercfg`` value in text, its quotes escaped or
not, in a block scalar, and the two as secret key words in records; a provider's name before
``publishable key`` no longer wakes provider-word-near-token; a number after an id-named key and an
operator or a quote, or after ``conversation``, ``thread``, ``channel``, ``contact``, ``project`` or
``stream``, is not a card): **1020/1022 = 99.80%** (seeds 7 and 99: 99.71%, 99.61%; near 434/434,
prefixed 572/574, generic 14/14; known 999/1001, new 21/21; bare 285/287, keyed 217/217, text 518/518).  The round-13
lookalikes: 0/600, and 0/9000 at seeds 1, 2 and 3 with 3,000 (the client-id kind replaced, see
:mod:`tests.unit.redact.innocents_round13`; with it, 33 of the first 45 stay touched on purpose).
Left: Hugging Face's ``hf_`` with digits glued to a word (``idx-hf_...``: between boundaries, as
above) and GoCardless' ``live_`` glued to a word (``live_`` is an ordinary word's prefix, so its
boundary stays).
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round13 import lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound, split_by_prefix
from tests.unit.redact.trufflehog_families import provider_keys

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

B, K, T = "bare", "keyed", "text"
_SOURCE = "trivy"
_FILE = "aquasecurity/trivy:pkg/fanal/secret/builtin-rules.go"
_AN = "[A-Za-z0-9]"


def _u(cls: str) -> str:
    """A UUID whose every character is of ``cls`` (trivy writes some with ``[a-h0-9]``)."""
    return f"{cls}{{8}}-{cls}{{4}}-{cls}{{4}}-{cls}{{4}}-{cls}{{12}}"


_TRIVY = Families(_SOURCE, f"{_FILE} #")
SOURCE_PATHS = _TRIVY.source_paths


def _tv(fid: str, form: str, pattern: str, number: int, rule: str, *extra: str) -> HeldFamily:
    return _TRIVY.family(fid, form, pattern, f"{number} {rule}", *extra)


def _assignments(word: str) -> tuple[str, ...]:
    """The provider's word, a few key characters, one of the rule's operators and a quoted value, as trivy reads them."""
    return (
        f'{word}_secret = "{{v}}"',
        f"{word}.api_token := '{{v}}'",
        f'{word} token => "{{v}}"',
        f"{word}_key ||: '{{v}}'",
        f'{word}-client-secret <= "{{v}}"',
        f'"{word}_api_key": "{{v}}",',
        f"{word.upper()}_ACCESS_TOKEN: '{{v}}'",
    )


def _near(
    fid: str, pattern: str, number: int, rule: str, word: str, *requests: str
) -> tuple[HeldFamily, HeldFamily]:
    """A keyword-near-token rule: the token under a key holding the word, and in requests, assignments and prose."""
    prose = (f"{word} api key {{v}}", f"{word.capitalize()} client configured: {{v}}", f"{word}: {{v}}")
    texts = (*requests, *_assignments(word), *prose)
    return _TRIVY.keyed_and_text(fid, pattern, f"{number} {rule}", provider_keys(word), *texts)


def _prefixed(fid: str, pattern: str, number: int, rule: str, *requests: str) -> tuple[HeldFamily, HeldFamily]:
    """A token with a prefix of its own: bare, and in a request or a log line."""
    return _TRIVY.prefixed(fid, pattern, f"{number} {rule}", *requests)


_BEARER = "GET {url} Authorization: Bearer {{v}}"


def _bearer(url: str) -> str:
    return _BEARER.format(url=url)


NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "aws-secret-access-key", "[A-Za-z0-9/+=]{40}", 1, "aws-secret-access-key", "aws",
        "aws configure set aws_secret_access_key {v}",
        "AWS_SECRET_ACCESS_KEY={v} aws s3 ls s3://backups",
    ),
    *_near(
        "heroku-api-key", _u("[0-9A-F]"), 16, "heroku-api-key", "heroku",
        "GET https://api.heroku.com/apps Accept: application/vnd.heroku+json; version=3 Authorization: Bearer {v}",
    ),
    *_near(
        "facebook-token", "[a-f0-9]{32}", 20, "facebook-token", "facebook",
        "GET https://graph.facebook.com/oauth/access_token?client_id=1234567890123456&client_secret={v}&grant_type=client_credentials",
    ),
    *_near("twitter-token", "[a-f0-9]{35,44}", 21, "twitter-token", "twitter"),
    *_near("alibaba-secret-key", "(?i:[a-z0-9]{30})", 25, "alibaba-secret-key", "alibaba"),
    *_near(
        "asana-client-secret", "(?i:[a-z0-9]{32})", 27, "asana-client-secret", "asana",
        "POST https://app.asana.com/-/oauth_token grant_type=authorization_code&client_id=1204519874561230&client_secret={v}",
    ),
    *_near(
        "atlassian-api-token", "(?i:[a-z0-9]{24})", 28, "atlassian-api-token", "atlassian",
        "curl -u ops@example.com:{v} https://acme.atlassian.net/rest/api/3/myself",
    ),
    *_near(
        "bitbucket-client-secret", "(?i:[a-z0-9_-]{64})", 30, "bitbucket-client-secret", "bitbucket",
        "curl -X POST -u Xq7mK2pLw9Rz4TbN8v:{v} https://bitbucket.org/site/oauth2/access_token -d grant_type=client_credentials",
    ),
    *_near(
        "beamer-api-token", "b_(?i:[a-z0-9=_-]{44})", 31, "beamer-api-token", "beamer",
        "GET https://api.getbeamer.com/v0/ping Beamer-Api-Key: {v}",
    ),
    *_near(
        "contentful-delivery-api-token", "(?i:[a-z0-9=_-]{43})", 33, "contentful-delivery-api-token", "contentful",
        "GET https://cdn.contentful.com/spaces/cfexampleapi/entries?access_token={v}",
    ),
    *_near(
        "discord-api-token", "(?i:[a-h0-9]{64})", 35, "discord-api-token", "discord",
    ),
    *_near(
        "discord-client-secret", "(?i:[a-z0-9=_-]{32})", 37, "discord-client-secret", "discord",
        "POST https://discord.com/api/v10/oauth2/token client_id=1173512345678901234&client_secret={v}&grant_type=client_credentials",
    ),
    *_near("dropbox-api-secret", "(?i:[a-z0-9]{15})", 39, "dropbox-api-secret", "dropbox"),
    *_near(
        "dropbox-short-lived", "sl\\.(?i:[a-z0-9=_-]{135})", 40, "dropbox-short-lived-api-token", "dropbox",
        "POST https://api.dropboxapi.com/2/users/get_current_account Authorization: Bearer {v}",
    ),
    *_near(
        "dropbox-long-lived", "(?i:[a-z0-9]{11})AAAAAAAAAA(?i:[a-z0-9_=-]{43})", 41,
        "dropbox-long-lived-api-token", "dropbox",
        "POST https://api.dropboxapi.com/2/files/list_folder Authorization: Bearer {v}",
    ),
    *_near(
        "fastly-api-token", "(?i:[a-z0-9=_-]{32})", 45, "fastly-api-token", "fastly",
        "GET https://api.fastly.com/current_user Fastly-Key: {v}",
    ),
    *_near("finicity-client-secret", "(?i:[a-z0-9]{20})", 46, "finicity-client-secret", "finicity"),
    *_near(
        "finicity-api-token", "[a-f0-9]{32}", 47, "finicity-api-token", "finicity",
        "POST https://api.finicity.com/aggregation/v2/partners/authentication Finicity-App-Key: {v}",
    ),
    *_near(
        "hubspot-api-token", _u("(?i:[a-h0-9])"), 54, "hubspot-api-token", "hubspot",
        "GET https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey={v}",
    ),
    *_near(
        "intercom-api-token", "(?i:[a-z0-9=_]{60})", 55, "intercom-api-token", "intercom",
        _bearer("https://api.intercom.io/me"),
    ),
    *_near("intercom-client-secret", _u("(?i:[a-h0-9])"), 56, "intercom-client-secret", "intercom"),
    *_near("ionic-api-token", "ion_(?i:[a-z0-9]{42})", 57, "ionic-api-token", "ionic"),
    *_near("linear-client-secret", "[a-f0-9]{32}", 60, "linear-client-secret", "linear"),
    *_near(
        "lob-api-key", "(live|test)_[a-f0-9]{35}", 61, "lob-api-key", "lob",
        "curl https://api.lob.com/v1/addresses -u {v}:",
    ),
    *_near(
        "mailchimp-api-key", "[a-f0-9]{32}-us20", 63, "mailchimp-api-key", "mailchimp",
        "curl --user anystring:{v} https://us20.api.mailchimp.com/3.0/ping",
    ),
    *_near(
        "mailgun-token", "key-[a-f0-9]{32}", 64, "mailgun-token (the private key- form)", "mailgun",
        "curl -s --user api:{v} https://api.mailgun.net/v3/domains",
    ),
    *_near("mailgun-signing-key", "[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8}", 65, "mailgun-signing-key", "mailgun"),
    *_near(
        "messagebird-api-token", "(?i:[a-z0-9]{25})", 67, "messagebird-api-token", "messagebird",
        "GET https://rest.messagebird.com/balance Authorization: AccessKey {v}",
    ),
    *_near("linkedin-client-secret", "(?i:[a-z]{16})", 82, "linkedin-client-secret", "linkedin",
        "POST https://www.linkedin.com/oauth/v2/accessToken grant_type=client_credentials&client_id=86dm3kxa9bq2zt&client_secret={v}",
    ),
    *_near(
        "twitch-api-token", "(?i:[a-z0-9]{30})", 84, "twitch-api-token", "twitch",
        "GET https://api.twitch.tv/helix/users Client-Id: wbmytr93xzw8zbg0p1izqyzzc5mbiz Authorization: Bearer {v}",
    ),
    *_near(
        "typeform-api-token", "tfp_(?i:[a-z0-9_.=-]{59})", 85, "typeform-api-token", "typeform",
        _bearer("https://api.typeform.com/forms"),
    ),
)

PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed("github-pat", f"ghp_{_AN}{{36}}", 2, "github-pat", _bearer("https://api.github.com/user")),
    *_prefixed("github-oauth", f"gho_{_AN}{{36}}", 3, "github-oauth", "GET https://api.github.com/user Authorization: token {v}"),
    *_prefixed("github-app-token", f"gh(u|s)_{_AN}{{36}}", 4, "github-app-token",
               "git clone https://x-access-token:{v}@github.com/acme/api.git"),
    *_prefixed("github-refresh-token", f"ghr_{_AN}{{76}}", 5, "github-refresh-token",
               "POST https://github.com/login/oauth/access_token refresh_token={v}&grant_type=refresh_token"),
    *_prefixed("github-fine-grained-pat", f"github_pat_{_AN}{{22}}_{_AN}{{59}}", 6, "github-fine-grained-pat",
               _bearer("https://api.github.com/repos/acme/api")),
    *_prefixed("gitlab-pat", "glpat-[0-9a-zA-Z_-]{20}", 7, "gitlab-pat",
               "GET https://gitlab.com/api/v4/projects PRIVATE-TOKEN: {v}"),
    *_prefixed("hugging-face-access-token", "hf_[A-Za-z0-9]{34,40}", 8, "hugging-face-access-token",
               _bearer("https://huggingface.co/api/whoami-v2")),
    *_prefixed("shopify-token", "shp(ss|at|ca|pa)_[a-fA-F0-9]{32}", 10, "shopify-token",
               "GET https://acme.myshopify.com/admin/api/2024-01/shop.json X-Shopify-Access-Token: {v}"),
    *_prefixed("slack-access-token", "xox[baprs]-[0-9a-zA-Z]{10,48}", 11, "slack-access-token",
               "POST https://slack.com/api/auth.test Authorization: Bearer {v}"),
    *_prefixed("stripe-secret-token", "sk_(test|live)_(?i:[0-9a-z]{10,32})", 13, "stripe-secret-token",
               "curl https://api.stripe.com/v1/charges -u {v}:"),
    *_prefixed("pypi-upload-token", "pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,200}", 14, "pypi-upload-token",
               "twine upload -u __token__ -p {v} dist/*"),
    *_prefixed("slack-web-hook", "https://hooks\\.slack\\.com/services/[A-Za-z0-9+/]{44,48}", 17, "slack-web-hook",
               "curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"hi\"}' {v}"),
    *_prefixed("twilio-api-key", "SK[0-9a-fA-F]{32}", 18, "twilio-api-key",
               "curl -u {v}:Zq3mW8rT2xK9pLb4Nv7cYh1dFs6Ga5Je https://api.twilio.com/2010-04-01/Accounts.json"),
    *_prefixed("age-secret-key", "AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", 19, "age-secret-key",
               "age -d -i key.txt backup.age # {v}"),
    *_prefixed("adobe-client-secret", "p8e-(?i:[a-z0-9]{32})", 23, "adobe-client-secret",
               "POST https://ims-na1.adobelogin.com/ims/token/v3 client_id=4f6b2d8e1a9c3b7d5e0f2a4c6b8d1e3f&client_secret={v}&grant_type=client_credentials"),
    *_prefixed("clojars-api-token", "CLOJARS_(?i:[a-z0-9]{60})", 32, "clojars-api-token",
               "lein deploy clojars with CLOJARS_USERNAME=ops CLOJARS_PASSWORD={v}"),
    *_prefixed("databricks-api-token", "dapi[a-h0-9]{32}", 34, "databricks-api-token",
               _bearer("https://adb-1234567890123456.7.azuredatabricks.net/api/2.0/clusters/list")),
    *_prefixed("doppler-api-token", "dp\\.pt\\.(?i:[a-z0-9]{43})", 38, "doppler-api-token",
               _bearer("https://api.doppler.com/v3/me")),
    *_prefixed("duffel-api-token", "duffel_(test|live)_(?i:[a-z0-9_-]{43})", 42, "duffel-api-token",
               _bearer("https://api.duffel.com/air/airlines")),
    *_prefixed("dynatrace-api-token", "dt0c01\\.(?i:[a-z0-9]{24})\\.(?i:[a-z0-9]{64})", 43, "dynatrace-api-token",
               "GET https://abc12345.live.dynatrace.com/api/v2/metrics Authorization: Api-Token {v}"),
    *_prefixed("easypost-api-token", "EZ[AT]K(?i:[a-z0-9]{54})", 44, "easypost-api-token",
               "curl -X GET https://api.easypost.com/v2/addresses -u {v}:"),
    *_prefixed("flutterwave-secret-key", "FLWSECK_TEST-(?i:[a-h0-9]{32})-X", 48,
               "flutterwave-public-key (the FLWSECK_TEST- form)", _bearer("https://api.flutterwave.com/v3/banks/NG")),
    *_prefixed("flutterwave-enc-key", "FLWSECK_TEST[a-h0-9]{12}", 49, "flutterwave-enc-key",
               "flutterwave charge payload encrypted with {v}"),
    *_prefixed("frameio-api-token", "fio-u-(?i:[a-z0-9_=-]{64})", 50, "frameio-api-token",
               _bearer("https://api.frame.io/v2/me")),
    *_prefixed("gocardless-api-token", "live_(?i:[a-z0-9_=-]{40})", 51, "gocardless-api-token",
               "GET https://api.gocardless.com/customers GoCardless-Version: 2015-07-06 Authorization: Bearer {v}"),
    *_prefixed("grafana-api-token", "eyJrIjoi(?i:[a-z0-9_=-]{72,92})", 52, "grafana-api-token",
               _bearer("https://grafana.example.com/api/dashboards/home")),
    *_prefixed("hashicorp-tf-api-token", "(?i:[a-z0-9]{14})\\.atlasv1\\.(?i:[a-z0-9_=-]{60,70})", 53,
               "hashicorp-tf-api-token", _bearer("https://app.terraform.io/api/v2/account/details")),
    *_prefixed("jwt-token", "ey[a-zA-Z0-9]{17,40}\\.ey[a-zA-Z0-9/_-]{17,120}\\.[a-zA-Z0-9/_-]{10,60}", 58,
               "jwt-token", _bearer("https://api.example.com/v1/orders")),
    *_prefixed("linear-api-token", "lin_api_(?i:[a-z0-9]{40})", 59, "linear-api-token",
               "POST https://api.linear.app/graphql Authorization: {v}"),
    *_prefixed("new-relic-user-api-key", "NRAK-[A-Z0-9]{27}", 69, "new-relic-user-api-key",
               "POST https://api.newrelic.com/graphql API-Key: {v}"),
    *_prefixed("new-relic-browser-api-token", "NRJS-[a-f0-9]{19}", 71, "new-relic-browser-api-token",
               "POST https://bam.nr-data.net/1/{v}?a=1234567"),
    *_prefixed("npm-access-token", "npm_(?i:[a-z0-9]{36})", 72, "npm-access-token",
               "//registry.npmjs.org/:_authToken={v}"),
    *_prefixed("planetscale-password", "pscale_pw_(?i:[a-z0-9_.-]{43})", 73, "planetscale-password",
               "mysql -h aws.connect.psdb.cloud -u k2x9qv7mzt4b -p{v} --ssl-mode=VERIFY_IDENTITY"),
    *_prefixed("planetscale-api-token", "pscale_tkn_(?i:[a-z0-9_.-]{43})", 74, "planetscale-api-token",
               "GET https://api.planetscale.com/v1/organizations Authorization: ops-token:{v}"),
    *_prefixed("private-packagist-token", "packagist_[ou][ru]t_(?i:[a-f0-9]{68})", 75, "private-packagist-token",
               "composer config --global --auth http-basic.repo.packagist.com token {v}"),
    *_prefixed("postman-api-token", "PMAK-(?i:[a-f0-9]{24})-(?i:[a-f0-9]{34})", 76, "postman-api-token",
               "GET https://api.getpostman.com/me X-Api-Key: {v}"),
    *_prefixed("pulumi-api-token", "pul-[a-f0-9]{40}", 77, "pulumi-api-token",
               "GET https://api.pulumi.com/api/user Authorization: token {v}"),
    *_prefixed("rubygems-api-token", "rubygems_[a-f0-9]{48}", 78, "rubygems-api-token",
               "GET https://rubygems.org/api/v1/gems.json Authorization: {v}"),
    *_prefixed("sendgrid-api-token", "SG\\.(?i:[a-z0-9_.-]{66})", 79, "sendgrid-api-token",
               _bearer("https://api.sendgrid.com/v3/scopes")),
    *_prefixed("sendinblue-api-token", "xkeysib-[a-f0-9]{64}-(?i:[a-z0-9]{16})", 80, "sendinblue-api-token",
               "GET https://api.brevo.com/v3/account api-key: {v}"),
    *_prefixed("shippo-api-token", "shippo_(live|test)_[a-f0-9]{40}", 81, "shippo-api-token",
               "GET https://api.goshippo.com/addresses/ Authorization: ShippoToken {v}"),
)

GENERIC: tuple[HeldFamily, ...] = (
    _tv(
        "private-key",
        T,
        "-----BEGIN (RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----\n(?:[A-Za-z0-9+/]{64}\n){4,8}"
        "[A-Za-z0-9+/]{16,63}=?\n-----END (RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----",
        9,
        "private-key",
        "loaded signing key:\n{v}",
        'PRIVATE_KEY="{v}"',
        "ssh key for deploy:\n{v}\nend of key",
    ),
    _tv(
        "dockerconfig-secret",
        T,
        "ew[A-Za-z0-9+/]{80,240}={0,2}",
        86,
        "dockerconfig-secret",
        "  .dockerconfigjson: {v}",
        "data:\n  .dockerconfigjson: {v}\ntype: kubernetes.io/dockerconfigjson",
        ".dockercfg: |\n  {v}",
        'kubectl apply: {"data": {".dockerconfigjson": "{v}"}}',
    ),
)

FAMILIES: tuple[HeldFamily, ...] = NEAR + PREFIXED + GENERIC

# providers an earlier round or the public-format corpus already has (a grep of their modules for
# the provider's name, before this round was measured); the other families are "new"
_NEW = ("private-packagist", "dockerconfig")
NEW, KNOWN = split_by_prefix(FAMILIES, _NEW)


ROUND = HeldOutRound("round-13", __doc__, 73, FAMILIES, lookalikes, SOURCE_PATHS, groups={"near": NEAR, "prefixed": PREFIXED, "generic": GENERIC, "known": KNOWN, "new": NEW})
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
