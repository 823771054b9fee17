"""A fifty-second held-out recall measure: three small public regex lists no round has read.

``python -m tests.unit.redact.heldout_round52 [--seed N] [--per-family N] [--sources]``

Three sources (December 2026), none named by any earlier round (a case-insensitive grep of
``tests/unit/redact`` and ``README.md`` for ``reghex``, ``l4yton``, ``secret-regex-list``,
``h33tlit`` and ``devskim`` finds nothing):

* l4yton/RegHex, its ``.gf/*.json`` files (gf pattern files, one pattern or a list of patterns
  each): the index lists 42 of them (``.gf/artifactory-password.json`` to ``.gf/urls.json``);
* h33tlit/secret-regex-list, its ``README.md`` (the one file the index holds): a table or list of
  named regular expressions;
* microsoft/DevSkim's rules that flag a hard-coded secret or credential.  The folder listing of
  ``rules/default/security/`` is paged; listed by subfolder and by ``ext=json`` it holds 54 rule
  files, four of whose names speak of secrets, keys, connection strings or certificates:
  ``privacy/secrets.json``, ``cryptography/connection_strings.json``,
  ``cryptography/certificate.json`` and ``cryptography/hardcoded_tls.json``.

Before this rule was committed only the three repositories' file listings were read (names and
commits); no file's text was read and no secret was generated.

The rule that chooses the patterns, written here before any file's text is read:

1. RegHex: every ``.gf/*.json`` file the index lists, in byte order of path, each at the one
   version the index stores; each file's pattern(s) in file order.  A file whose patterns take no
   secret (an IP address, a URL, an e-mail ``mailto:``, a hash, base32/base64 in general, a
   variable name, a URL parameter, an S3 bucket name, an id) is left out by rule 4 and named;
2. secret-regex-list: every named regular expression of ``README.md``, in the order written;
3. DevSkim: the four files named above in byte order of path, and in each the rules in file
   order whose name or description says they flag a hard-coded secret or credential (a password,
   a key, a token, a connection string holding a password, a private key); a rule about anything
   else (a weak protocol, a certificate check turned off, a TLS version) is not counted as read
   for this round; a file none of whose rules flags a secret gives nothing and is named;
4. round 33's rule 3 as round 49 wrote it: a pattern whose match is no secret or only a public or
   identifying value (an id, an account number, a user or host name, an e-mail or IP address, a
   public key, a client id, a URL without credentials), a value of fewer than 8 characters, or a
   pattern another taken pattern's (of this round, of another of the three sources, or of an
   earlier round's sources as their ``SOURCE_PATHS`` and docstrings name them) character for
   character, is left out and named; it still counts among the patterns read;
5. each pattern left gives families by its shape as round 49's rule 4 (rounds 17, 43, 45 and 46):
   a token with a prefix or a fixed shape of its own a bare family and one in a request or log
   line; a pattern that needs context before the value (the provider's name, a key or a word) a
   keyed family and a text family (the provider's request drawn twice, then lines in the shape the
   pattern describes); a connection string, URL or whole-line shape holding a secret a text family
   in the shape it describes; where the pattern is wider than the provider's format the family
   writes the provider's; a pattern taking several formats gives its families once, the
   alternatives drawn in turn; where a pattern pairs parts (an id and a secret) the family is the
   secret, the other part written into the request.  A pattern the three sources share (the same
   provider and format, not the same characters) gives its families once, under the first source
   in the order RegHex, secret-regex-list, DevSkim, and the others are named;
6. as round 49's rule 5 (round 12's): these lists are old and short and name common providers,
   which the rules written so far likely know; the figure is printed for the families whose
   provider an earlier round or the public-format corpus has (group ``known``) and for the others
   (``new``).  If one of the three sources is not in the index it is said here and the round goes
   on with the others (checked before this rule: all three are listed).

Seed 277 (no round has used it: no ``Round(...)`` registration nor heldout module names it as a
seed; 277 appears in rounds 19's and 22's docstrings only as counts), 7 samples per family, round
2's carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round52`) are 600 lines in the families' contexts holding no
secret, as round 51's are.  Formats are facts in our own notation, generated at test time; no
pattern text of the sources is copied.

The rule applied (each file read at the version the index stores, after the rule above was
committed, aaa4c7b on branch r52).  Patterns are compared as their engines receive them (a JSON
or Python string's escapes undone, a YAML single-quoted string's ``''`` undone), so
``EAACEdEose0cBA[0-9A-Za-z]+`` in RegHex's JSON is SecretScanner's in its YAML.  The check against
earlier rounds' sources (rule 4) was made against round 23's source, deepfence/SecretScanner's
``config.yaml`` at a1beb7f (read again for this check: the list these three descend from, and
the earlier source nearest them); the other earlier sources were not read again, so a pattern
taken here may repeat one of theirs character for character (rounds 37 and 43 name Picatic's
``sk_live_`` and 32, semgrep's Artifactory rules, for instance).

* RegHex, 42 files (commits c8279a0, ff77e12, 1c80533, 547855f): left out by rule 4, 18: base32,
  base64, ipv4, ipv6, javascript-variables, mailto, md5, s3-buckets, url-parameter, urls (no
  secret), aws-client-id, facebook-client-id, google-oauth, linkedin-id, twitter-id (ids),
  facebook-access-token, mailgun-api and twilio-key (SecretScanner's ``EAACEdEose0cBA``,
  ``key-`` and ``SK`` patterns character for character); google-drive-key is not SecretScanner's
  (``AIza[0-9A-Za-z\\\\-_]{35}`` there, one backslash more, as the YAML keeps it).  Taken, 24
  patterns in 22 family sets: artifactory-password, artifactory-token, auth-basic, auth-bearer,
  auth-http, aws-secret-key, cloudinary-basic-auth, facebook-oauth and facebook-secret-key (one
  set: a Facebook app secret's 32 hex after ``facebook`` or ``fb``), github, google-cloud-key,
  google-drive-key, google-ouath-token, heroku-api, linkedin-secret, mailchamp-api, picatic-api,
  slack-token, slack-webhook, square-secret, square-token (written ``sqOatp-``, a letter O: the
  family writes Square's ``sq0atp-``), stripe-key (``pk_``, a publishable key, left out; ``sk_``
  and ``rk_`` taken), twitter-oauth and twitter-secret (one set).
* secret-regex-list, 40 named patterns (commit 14908cb): left out by rule 4, 24: Firebase URL (a
  host), the two AWS Access Key ID patterns, the four Google OAuth client ids, Google
  Service-account (no value) (ids or no secret); Amazon MWS, Facebook Access Token, Mailgun,
  Twilio, PayPal Braintree, Slack Webhook, Square Access Token and Square OAuth Secret
  (SecretScanner's character for character); Facebook OAuth, the five ``AIza`` keys, MailChimp
  and Picatic (RegHex's taken patterns character for character).  Given once under RegHex (rule
  5: the same provider and format): Cloudinary, GitHub, Google OAuth Access Token, Heroku,
  Password in URL, Stripe API Key, Stripe Restricted API Key, Twitter OAuth.  Taken, 8 patterns
  in 5 family sets: Slack Token (the four-part ``xox[pboa]-`` of 12-digit groups; not
  SecretScanner's, whose class has no ``|``), the four private key headers (one text set: the
  header and a base64 body, the four drawn in turn), Generic API Key, Generic Secret, Twitter
  Access Token.
* DevSkim: ``privacy/secrets.json`` (commit 1299d8f) holds two rules, both taken: DS173237 (30 or
  more hex digits in quotes in code) and DS117838 (``secret``, ``license``, ``key`` or ``pass``,
  then 30 or more hex digits); ``cryptography/connection_strings.json`` (1b0fce8: one rule,
  encryption left optional), ``cryptography/certificate.json`` (1532adc: certificate validation
  turned off, encryption optional) and ``cryptography/hardcoded_tls.json`` (05637ec: hard-coded
  TLS versions) flag no secret and give nothing.

Where a pattern is wider than the provider's format the family writes the provider's:
Artifactory's ``AP`` password as round 43 wrote it (``AP``, a hex digit, 50-57 letters and digits),
its ``AKC`` token as ``AKCp`` and 69; Slack's ``xox[baprs]-`` and 10-48 as Slack issues them
(``xoxb-``/``xoxr-`` of two number groups and 24, ``xoxp-`` of three and 32 hex, ``xoxa-2-`` and
``xoxs-`` of three and 64 hex); Stripe's ``[A-Za-z0-9]+`` as 24 or 99; ``ya29.`` and a length left
open as 100-180; GitHub's 35-40 as the 40 hex of its older tokens; Heroku's UUID in lower case (gf
runs the patterns with ``-i``); the hex of the DevSkim rules as 32, 40 or 64 digits; a Basic
header's value as base64, a Bearer header's as 32-62 letters, digits and ``_.-``; a URL's password
(``[a-zA-Z0-9]+``) as 8-24 letters and digits.  The keyed and text families of a value after a
name are written in the shapes their patterns ask (a quoted value after the name, within 20 or
30 characters), the provider's request first and drawn twice.  51 families (``SOURCE_PATHS``:
29 source paths), 357 samples a seed: prefixed 22 (11 sets, bare and in a request), near 16 (8
provider sets, keyed and text), generic 7 (Generic API Key, Generic Secret and DS117838 keyed
and text; DS173237, Basic, Bearer and a URL's password in text), text 3 (Cloudinary's URL,
Slack's webhook, the private key block).  Group ``new`` is the 7 generic families (no provider
of their own, as round 51's credential-named keys); ``known`` the other 44, every provider one an
earlier round or the public-format corpus has (a grep of ``tests/unit/redact`` for artifactory,
AKCp, cloudinary, heroku, linkedin, mailchimp, picatic, sq0csp, xoxa, xoxs, ya29).

First measurement, BEFORE any rule was changed for these families (seed 277, 7 per family, rules
of main 6e532f7 (their last change round 51's, 2c2893a), run at the round's branch r52 plus this
module and its lookalikes; run once, nothing tuned): **351/357 = 98.32%** strict, loose 351/357
(prefixed 153/154, near 110/112, generic 67/70, text 21/21; known 284/287, new 67/70; by carrier:
bare 76/77, keyed 77/77, text 198/203).  Seeds 7 and 99, same rules: 351/357 = 98.32% each, the
same six families missing one or two samples.  Missed at seed 277: DS173237's quoted hex as a
client's first argument (``new Client('<32 or 40 hex>', ...)``, 2/7); ``hmac key <64 hex>``
(DS117838's text, 1/7); ``fb app secret '<32 hex>'`` (1/7, round 51's left-over);
``"github": {"oauth": "<40 hex>"}`` (1/7); Artifactory's ``AP`` password glued to a word on its left
(``idx-AP...``, ``BoomErrAP...``, 1/7).  The round-52 lookalikes: 1/600 touched at corpus seed
277 (5 and 4 at corpus seeds 7 and 99), all of one kind: ``aws access key id AKIA<16> last used
...``, an access key id the library takes on purpose (rule ``aws-access-key-id``): a mistake of
this module, not of the rules.

``python -m tests.unit.redact.heldout_round52 --seed 277/7/99``; the lookalikes at other corpus
seeds by ``innocents_round52.lookalikes(seed, count)`` run through the default library.

The held-out figure is printed again by running this module against the rules of the commit that
adds its measured version (on the round's branch r52; checked: 351/357, lookalikes 1/600)::

    git worktree add --detach /tmp/r52base e3744b2  # on the round's branch r52
    cd /tmp/r52base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round52

Any figure measured after that is in-sample.  The one lookalike kind touched was a mistake of
this module and was replaced in e9158c7: ``aws access key id AKIA<16> ...`` became ``aws iam user
<name>-deployer access key last used ...``.  After the round-52 rules (e9158c7: two rules added,
one widened, one validator added, a validator's guard): credential-word-token takes a token quoted
after the word and a blank (``fb app secret '<32 hex>'``; quoted after ``:`` or ``=`` it stays
secret-assignment's), and credential_near turns away a JWT's header alone (``token "eyJhbGci..."``,
as secret-assignment does); rule ``key-kind-token`` takes a token after ``hmac key``, ``signing
key``, ``encryption key`` or ``master key``, and rule ``client-constructor-key`` a random key as
the quoted first argument of a constructor whose name ends in ``Client``, both only a value that
cannot be an id or a name (validator ``named_key_value``: 32 or more hex or lower-case letters and
digits, or a random mix of 20 or more; a KMS key's UUID, a host, a cluster's name stay):
**355/357 = 99.44%** strict, 355/357 loose (prefixed 153/154, near 111/112, generic 70/70, text
21/21; known 285/287, new 70/70; bare 76/77, keyed 77/77, text 202/203); seeds 7 and 99: 355/357
= 99.44% each.  The round-52 lookalikes (the corrected module): 0/600 at corpus seeds 277, 7 and
99, and 0 of 3000 at seeds 1, 2 and 3.  Every other round's figures and lookalikes unchanged but
one line (``python -m tests.unit.redact.figures --seeds`` in worktrees of 6e532f7 and of e9158c7:
every line of rounds 2-50 identical, every lookalike line identical; round 51 526/546 -> 527/546,
its ``FB app secret '<32 hex>'`` line now taken; the labeled corpus 10092/10096 -> 10200/10204,
the new rules' examples); every round's lookalikes at seeds 1-3, 3000 each: the same 3 touched on
both (rounds 5, 11 and 12).  A first version of the widening (a quote after ``:`` or ``=`` too)
touched ``token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"`` in rounds 33's and 37's lookalikes (11
and 5 of 600) and missed the new examples inside escaped quotes (``Client(\\"<hex>\\")`` in a logfmt
value); both were put right before e9158c7.  ``sightline bench redact --records 60000``
(6e532f7 and e9158c7 alternated, 3 pairs, CPU records/s; load about 3 on 2 cores): without
secrets 184,949 / 166,330, 177,433 / 175,381, 179,110 / 180,724 (medians 179,110 and 175,381),
with secrets 13,543 / 13,571, 13,962 / 13,771, 14,638 / 13,930 (medians 13,962 and 13,771); the
first pair 10% lower here, the other two within 1.2%; 60,449 and 60,441 replacements (the records
drawn from the rule examples, which the new rules change).

Left (2 of 357 at each seed): Artifactory's ``AP`` password glued to a word on its left
(``idx-AP...``, ``BoomErrAP...``, 1/7: ``AP`` and a hex digit are too short a prefix to drop the
boundary before, so it stays); ``"github": {"oauth": "<40 hex>"}`` (1/7: ``oauth`` alone names no
secret, and a key named so often holds settings, so no key word was added).  Not measured: the
earlier sources this round did not read again for rule 4 (above).

The round was built on branch r52 from main 6e532f7: aaa4c7b (the rule), e3744b2 (the
measurement), e9158c7 (the rules) and the commit adding these figures; round 53 was built beside
it at the same time.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round52 import lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound

__all__ = ["FAMILIES", "KNOWN", "NEW", "SOURCE_PATHS", "run", "samples"]

_AN = "[A-Za-z0-9]"
_URL64 = "[A-Za-z0-9_-]"
_B64 = "[A-Za-z0-9+/]"
_UUID = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"
# 32, 40 or 64 hex digits: the lengths a hex token is issued in (MD5-, SHA-1- or SHA-256-sized)
_HEX_TOKEN = "(?:[a-f0-9]{32}|[a-f0-9]{40}|[a-f0-9]{64})"
# a base64 body of PEM lines, 64 to a line
_PEM_BODY = f"(?:{_B64}{{64}}\\n){{8,14}}{_B64}{{16,63}}={{0,2}}"
# fixed other parts (ids, users, hosts: not the secret measured)
_SLACK_PATH = "https://hooks.slack.com/services/T05HQ2M7XKA/B06RZ4P9LQW/"
_SQUARE_APP = "sq0idp-Hq7Xk2Rm9TvL4wPz8NcBdA"
_LINKEDIN_CLIENT = "78kq2xw4zt9v3n"
_TWITTER_CONSUMER = "xq7Kd2LmR9vT4wPz8NcBhJ3fY"
_CLOUDINARY_KEY = "418273650194827"

SOURCE_PATHS: dict[str, str] = {}
_RH = Families("reghex", "l4yton/RegHex:.gf/", SOURCE_PATHS)
_SR = Families("secretregexlist", "h33tlit/secret-regex-list:README.md #", SOURCE_PATHS)
_DS = Families("devskim", "microsoft/DevSkim:rules/default/security/privacy/secrets.json #", SOURCE_PATHS)


def _named(build: Families, fid: str, pattern: str, where: str, keys: tuple[str, ...], *texts: str) -> tuple[HeldFamily, HeldFamily]:
    """A value after a name (a provider's or a credential word): under ``keys``, and in ``texts`` (the request first, twice)."""
    return build.keyed_and_text(fid, pattern, where, keys, *texts)


PREFIXED: tuple[HeldFamily, ...] = (
    *_RH.prefixed("artifactory-password", "AP[0-9A-F][A-Za-z0-9]{50,57}", "artifactory-password.json",
                  "curl -u deploy:{v} -T orders-2.1.jar https://acme.jfrog.io/artifactory/libs-release-local/orders/2.1/",
                  "jf rt ping --url https://acme.jfrog.io/artifactory --user ci-bot --password {v}"),
    *_RH.prefixed("artifactory-token", "AKCp[A-Za-z0-9]{69}", "artifactory-token.json",
                  "curl -H 'X-JFrog-Art-Api: {v}' https://acme.jfrog.io/artifactory/api/system/ping",
                  "artifactory_api_key: {v}"),
    *_RH.prefixed("google-api-key", f"AIza{_URL64}{{34}}{_AN}", "google-drive-key.json",
                  "GET https://www.googleapis.com/drive/v3/files?q=name+contains+'report'&key={v}",
                  "curl 'https://youtube.googleapis.com/youtube/v3/channels?part=snippet&mine=true&key={v}'"),
    *_RH.prefixed("google-oauth-access-token", f"ya29\\.{_URL64}{{99,179}}{_AN}", "google-ouath-token.json",
                  "curl -H 'Authorization: Bearer {v}' https://www.googleapis.com/oauth2/v3/userinfo",
                  "GET https://gmail.googleapis.com/gmail/v1/users/me/profile?access_token={v}"),
    *_RH.prefixed("mailchimp-api-key", "[0-9a-f]{32}-us[1-9][0-9]?", "mailchamp-api.json",
                  "curl --user anystring:{v} https://us21.api.mailchimp.com/3.0/ping",
                  "client.setConfig({ apiKey: '{v}', server: 'us21' })"),
    *_RH.prefixed("picatic-api-key", "sk_live_[0-9a-z]{32}", "picatic-api.json",
                  "GET https://api.picatic.com/v2/user/me Authorization: Bearer {v}"),
    *_RH.prefixed("slack-token",
                  "(?:xoxb-[0-9]{11,13}-[0-9]{11,13}-[A-Za-z0-9]{24}"
                  "|xoxp-[0-9]{11,13}-[0-9]{11,13}-[0-9]{11,13}-[a-f0-9]{32}"
                  "|xoxa-2-[0-9]{11,13}-[0-9]{11,13}-[0-9]{11,13}-[a-f0-9]{64}"
                  "|xoxr-[0-9]{11,13}-[0-9]{11,13}-[A-Za-z0-9]{24}"
                  "|xoxs-[0-9]{11,13}-[0-9]{11,13}-[0-9]{11,13}-[a-f0-9]{64})",
                  "slack-token.json",
                  "curl -H 'Authorization: Bearer {v}' https://slack.com/api/auth.test"),
    *_RH.prefixed("square-oauth-secret", f"sq0csp-{_AN}{_URL64}{{41}}{_AN}", "square-secret.json",
                  "curl -X POST https://connect.squareup.com/oauth2/token -d client_id=" + _SQUARE_APP
                  + " -d client_secret={v} -d grant_type=authorization_code"),
    *_RH.prefixed("square-access-token", f"sq0atp-{_AN}{_URL64}{{20}}{_AN}", "square-token.json",
                  "curl -H 'Authorization: Bearer {v}' https://connect.squareup.com/v2/locations"),
    *_RH.prefixed("stripe-secret-key", "(?:sk|rk)_(?:live|test)_(?:[A-Za-z0-9]{24}|[A-Za-z0-9]{99})", "stripe-key.json",
                  "curl https://api.stripe.com/v1/charges -u {v}: -d amount=2000 -d currency=eur",
                  "Stripe.api_key = '{v}'"),
    *_SR.prefixed("slack-legacy-token", "xox[pboa]-[0-9]{12}-[0-9]{12}-[0-9]{12}-[a-z0-9]{32}", "Slack Token",
                  "GET https://slack.com/api/conversations.list?token={v}&limit=200"),
)

NEAR: tuple[HeldFamily, ...] = (
    *_named(_RH, "aws-secret-access-key", f"{_B64}{{40}}", "aws-secret-key.json",
            ("aws_secret_access_key", "AWS_SECRET", "awsSecretKey", "aws-secret", "AWS_SECRET_ACCESS_KEY"),
            "aws_secret = \"{v}\"",
            "boto3.client('s3', aws_access_key_id='AKIAQ4RZ7WT2MX6KJ3VB', aws_secret_access_key='{v}')",
            "AWS secret: '{v}'",
            "\"awsSecretKey\": \"{v}\""),
    *_named(_RH, "facebook-app-secret", "[a-f0-9]{32}", "facebook-secret-key.json",
            ("fb_secret", "FACEBOOK_APP_SECRET", "facebookClientSecret", "fb-app-secret", "FACEBOOK_SECRET"),
            "GET https://graph.facebook.com/oauth/access_token?client_id=318472960154783&client_secret={v}&grant_type=client_credentials",
            "GET https://graph.facebook.com/oauth/access_token?client_id=318472960154783&client_secret={v}&grant_type=client_credentials",
            "facebook_secret = '{v}'",
            "FB_SECRET=\"{v}\"",
            "Facebook.configure({ appId: '318472960154783', appSecret: \"{v}\" })",
            "fb app secret '{v}'"),
    *_named(_RH, "github-token", "[a-f0-9]{40}", "github.json",
            ("github_token", "GITHUB_TOKEN", "githubAccessToken", "github-oauth-token", "GITHUB_KEY"),
            "curl -H 'Authorization: token {v}' https://api.github.com/user",
            "curl -H 'Authorization: token {v}' https://api.github.com/user",
            "github_token = \"{v}\"",
            "GITHUB_TOKEN='{v}'",
            "\"github\": {\"oauth\": \"{v}\"}"),
    *_named(_RH, "google-api-key-named", f"AIza{_URL64}{{34}}{_AN}", "google-cloud-key.json",
            ("GOOGLE_API_KEY", "gcp_api_key", "youtubeApiKey", "drive-api-key", "YT_KEY"),
            "google_maps_key = \"{v}\"",
            "YOUTUBE_API_KEY='{v}'",
            "gcp: { key: \"{v}\" }",
            "yt_key = '{v}'",
            "drive api key \"{v}\""),
    *_named(_RH, "heroku-api-key", _UUID, "heroku-api.json",
            ("HEROKU_API_KEY", "heroku_token", "herokuApiKey", "heroku-auth-token", "HEROKU_KEY"),
            "curl -n -H 'Accept: application/vnd.heroku+json; version=3' -H 'Authorization: Bearer {v}' https://api.heroku.com/apps",
            "curl -n -H 'Accept: application/vnd.heroku+json; version=3' -H 'Authorization: Bearer {v}' https://api.heroku.com/apps",
            "HEROKU_API_KEY={v} heroku apps --team acme",
            "heroku api key {v}",
            "heroku: {v}"),
    *_named(_RH, "linkedin-client-secret", f"{_AN}{{16}}", "linkedin-secret.json",
            ("LINKEDIN_CLIENT_SECRET", "linkedin_secret", "linkedinSecret", "linkedin-client-secret"),
            "curl -X POST https://www.linkedin.com/oauth/v2/accessToken -d grant_type=client_credentials -d client_id="
            + _LINKEDIN_CLIENT + " -d client_secret={v}",
            "curl -X POST https://www.linkedin.com/oauth/v2/accessToken -d grant_type=client_credentials -d client_id="
            + _LINKEDIN_CLIENT + " -d client_secret={v}",
            "linkedin_secret = \"{v}\"",
            "LINKEDIN_SECRET='{v}'",
            "linkedin: { clientSecret: '{v}' }"),
    *_named(_RH, "twitter-secret", f"{_AN}{{35,44}}", "twitter-secret.json",
            ("TWITTER_CONSUMER_SECRET", "twitter_secret", "twitterAccessTokenSecret", "twitter-api-secret"),
            "twurl authorize --consumer-key " + _TWITTER_CONSUMER + " --consumer-secret {v}",
            "twurl authorize --consumer-key " + _TWITTER_CONSUMER + " --consumer-secret {v}",
            "twitter_consumer_secret = \"{v}\"",
            "TWITTER_SECRET='{v}'",
            "twitter.access_token_secret = '{v}'",
            "Twitter secret: \"{v}\""),
    *_named(_SR, "twitter-access-token", f"[1-9][0-9]{{8,18}}-{_AN}{{40}}", "Twitter Access Token",
            ("TWITTER_ACCESS_TOKEN", "twitter_access_token", "twitterAccessToken", "twitter-token"),
            "twurl authorize --consumer-key " + _TWITTER_CONSUMER + " --access-token {v}",
            "twurl authorize --consumer-key " + _TWITTER_CONSUMER + " --access-token {v}",
            "twitter access_token = \"{v}\"",
            "TWITTER_ACCESS_TOKEN={v}",
            "Twitter token {v} for @acmeledger"),
)

GENERIC: tuple[HeldFamily, ...] = (
    *_named(_SR, "api-key-quoted", f"{_AN}{{32,45}}", "Generic API Key",
            ("api_key", "API_KEY", "apiKey", "apikey", "Api-Key"),
            "api_key = \"{v}\"",
            "\"apiKey\": \"{v}\"",
            "APIKEY='{v}'",
            "client = Client(api_key=\"{v}\", timeout=30)"),
    *_named(_SR, "secret-quoted", f"{_AN}{{32,45}}", "Generic Secret",
            ("secret", "SECRET", "client_secret", "secretKey", "app_secret"),
            "secret = \"{v}\"",
            "\"secret\": \"{v}\"",
            "SECRET_KEY = '{v}'",
            "app.config['SECRET'] = \"{v}\""),
    *_named(_DS, "key-word-hex", _HEX_TOKEN, "DS117838",
            ("license_key", "NEW_RELIC_LICENSE_KEY", "secret_key", "passphrase", "signing_key"),
            "license_key: {v}",
            "NEW_RELIC_LICENSE_KEY={v}",
            "secretKey = \"{v}\"",
            "pass={v}",
            "hmac key {v}"),
    _DS.family("quoted-hex-token", "text", _HEX_TOKEN, "DS173237",
               "sdk.init(\"{v}\")",
               "const client = new Client('{v}', { region: 'eu' });",
               "headers = {\"X-Auth\": \"{v}\"}",
               "setApiToken(\"{v}\");",
               "$token = '{v}';"),
    _RH.family("basic-auth-header", "text", f"{_AN}{{4}}{_B64}{{24,52}}(?:==|=)?", "auth-basic.json",
               "Authorization: Basic {v}",
               "curl -H 'Authorization: Basic {v}' https://registry.acme.io/v2/_catalog",
               "proxy-authorization: basic {v}",
               "headers = {\"Authorization\": \"Basic {v}\"}"),
    _RH.family("bearer-header", "text", f"{_AN}[A-Za-z0-9_.-]{{30,60}}{_AN}", "auth-bearer.json",
               "Authorization: Bearer {v}",
               "curl -H \"authorization: bearer {v}\" https://api.acme.io/v1/orders",
               "requests.get(url, headers={'Authorization': 'Bearer {v}'})",
               "GET /api/v1/orders HTTP/1.1 Authorization: Bearer {v}"),
    _RH.family("url-credentials", "text", f"{_AN}{{8,24}}", "auth-http.json",
               "git clone https://deploy:{v}@gitlab.com/acme/orders.git",
               "DATABASE_URL=postgres://app:{v}@db.internal:5432/orders",
               "ftp://backup:{v}@storage.acme/nightly/",
               "REDIS_URL=redis://default:{v}@cache.acme:6379/0",
               "curl https://admin:{v}@jenkins.acme/api/json"),
)

TEXT: tuple[HeldFamily, ...] = (
    _RH.family("cloudinary-url", "text", f"{_AN}{{27}}", "cloudinary-basic-auth.json",
               f"CLOUDINARY_URL=cloudinary://{_CLOUDINARY_KEY}:{{v}}@acme-media",
               f"cloudinary.config(cloudinary_url=\"cloudinary://{_CLOUDINARY_KEY}:{{v}}@dxq4acme\")",
               f"export CLOUDINARY_URL=cloudinary://{_CLOUDINARY_KEY}:{{v}}@acme"),
    _RH.family("slack-webhook", "text", f"{_AN}{{24}}", "slack-webhook.json",
               "curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deploy done\"}' " + _SLACK_PATH + "{v}",
               f"SLACK_WEBHOOK_URL={_SLACK_PATH}{{v}}",
               f"alertmanager:\n  slack_api_url: {_SLACK_PATH}{{v}}"),
    _SR.family("private-key-block", "text", _PEM_BODY, "RSA private key",
               "-----BEGIN RSA PRIVATE KEY-----\n{v}\n-----END RSA PRIVATE KEY-----",
               "-----BEGIN DSA PRIVATE KEY-----\n{v}\n-----END DSA PRIVATE KEY-----",
               "-----BEGIN EC PRIVATE KEY-----\n{v}\n-----END EC PRIVATE KEY-----",
               "-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\n{v}\n=Xq4L\n-----END PGP PRIVATE KEY BLOCK-----"),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR + GENERIC + TEXT

# the families with no provider of their own (a credential word, a header, a URL's password, hex in
# code) are "new", as round 51's credential-named keys; every provider family's provider an earlier
# round or the corpus has (see the docstring)
NEW: tuple[HeldFamily, ...] = GENERIC
KNOWN: tuple[HeldFamily, ...] = tuple(f for f in FAMILIES if f not in NEW)

ROUND = HeldOutRound(
    "round-52", __doc__, 277, FAMILIES, lookalikes, SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "generic": GENERIC, "text": TEXT, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
