"""A forty-eighth held-out recall measure: the secrets-patterns-db patterns round 12 passed over.

``python -m tests.unit.redact.heldout_round48 [--seed N] [--per-family N] [--sources]``

One source: mazen160/secrets-patterns-db, ``db/rules-stable.yml``, the file round 12 read
(:mod:`tests.unit.redact.heldout_round12`: about 1,680 patterns, each a name, a regex and a
confidence).  Round 12 took every 40th pattern, numbers 0, 40, ..., 1640, and the replacements
its rule gave; the patterns between were not read for a family.  The search index stores the
file at commit 0e9d3ea (round 12 read it at 061313d; the index no longer holds that one).

The rule that chooses the patterns, written here before the file is read past the names that
number them and before any secret is generated:

1. number the file's patterns in file order from 0 as round 12 did (by transcribing their
   names in file order) and take every pattern whose number is 20 more than a multiple of 40:
   20, 60, 100, ..., 1660 (42 numbers), halfway between round 12's picks.  Round 12's numbers
   are checked on 0e9d3ea's names first (40 ``Aletheiaapi``, 80 ``Asanapersonalaccesstoken``,
   1640 ``vscetoken``, 1,680 patterns in all); if they disagree, this version is numbered and
   the difference is written here;
2. round 12's replacement rule: a taken pattern that describes no secret (a host name, an ARN,
   a bucket, a file name, a keyword with no value after it, personal data) or only the public
   part of a pair (an id, a user name, an e-mail address, a number) or a value of fewer than 8
   characters is replaced by the next pattern in file order that describes a secret of 8 or
   more characters (the replacement's number is noted); a pattern round 12 took (its 41,
   replacements included) or this round already took is passed over for the next one; a number
   with no such pattern after it (none before the next number of this rule, nor to the file's
   end) gives nothing;
3. a pattern that is one part of a pair (a name ending ``- N``) gives the secret part; the
   other part is written into the context;
4. each chosen pattern gives families by its shape, as round 12's: a keyword-near-token pattern
   a keyed family (a key holding the keyword) and a text family (the provider's request where
   its API is public, otherwise log lines, then prose naming the provider); a token with a
   prefix of its own a bare family and one in a request; a whole-line (generic) pattern a text
   family in the shape it describes;
5. a pattern whose provider an earlier round or the public-format corpus already has stays, and
   the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 257 (no round has used it: no ``Round(...)`` registration nor heldout module names it as
a seed), 7 samples per family, round 2's carriers; seeds 7 and 99 are printed too.  Formats are
facts in our own notation, generated at test time; no rule text of the source is copied.

The rule applied (December 2026).  The search index's listing names the file at 0e9d3ea, but
reading it gives commit 061313d, the version round 12 read, so that one is numbered.  Round
12's numbers hold on it: every multiple of 40 names the pattern round 12 names (40
``Aletheiaapi``, 80 ``Asanapersonalaccesstoken``, ... 1600 ``travis_access_token``, 1640
``vscetoken``), as do its replacements (321, 393, 990, 1032, 1101, 1175, 1176, 1197, 1243,
1288, 1339, 1382, 1416, 1441, 1494, 1537, 1569, 1618).  Two readings of rule 2, as round 12
applied it: a replacement may lie past the next number of the rule (round 12's 1040 fell on
codeclimate, 1101, past 1080), and the parenthesis of rule 2 means only that a number with no
such pattern to the file's end gives nothing; a number rule 1 takes with a value of its own
(1340) keeps it, and an earlier number's replacement passes over it.  A pair's id part gives the
pair's secret part wherever it stands (260 and 420 give the part before or after them).

Taken, by number (the pattern's name; ``for #N`` where it replaced the numbered one):

* 20 Abstract, 60 Apifonica, 100 Baremetrics, 140 Captaindata - 2 (its pair's project id in
  the request), 259 Edamam - 1 (for #260, Edamam - 2, its pair's 8-character app id), 301
  Flowflu - 2 (for #300, Flowflu - 1, the account name), 421 Githubapp - 2 (for #420, Githubapp
  - 1, the app's 6-digit id: a private key after ``github``), 460 Humanity, 500 Kraken - 2
  (the private key; its pair's API key in the context), 540 Manifest, 580 Netlify, 620 Owlbot,
  660 Powrbot, 700 Roaring, 740 Sendbirdorganizationapi, 860 Theoddsapi, 940 Yousign: keyword
  near a token;
* 180 Cloudinary Credentials (``cloudinary://`` URL), 220 Databricks (``dapi``), 780 Slack
  User token (``xoxp-``), 822 Stripe Restriced Key (for #820, Stripe Public Live Key, a
  publishable key; 821 is the test one), 1249 google_oauth (for #1100, codacy_project_token:
  no value; ``ya29.``), 1315 mailchimp (for #1220, github_access_token - 1: no value; 1221 was
  taken by #1020), 1319 mailgun (for #1260, gradle_publish_secret: no value; ``key-``), 1383
  nuget_api_key - 1 (for #1300, lektor_deploy_username: no value; ``oy2``), 1421 paypal (for
  #1380, npm_secret_key: no value), 1422 paypal_braintree_access_token (for #1420,
  passwordtravis: no value), 1517 sendgrid_api_key - 2 (for #1460, registry_secure: no value;
  ``SG.``), 1588 stripe_restricted_api (for #1580, starship_account_sid: no value;
  ``rk_live_``): a prefix or shape of its own;
* 998 artifactory (for #980, android_docs_deploy_token: no value; 990 is round 12's), 1270
  heroku_api_key_api_key (for #1140, ddgc_github_token: no value), 1273 hockeyapp (for #1180,
  firebase_key: no value), 1551 sonarqube_docs_api_key (for #1500, secret_11: no value):
  keyword near a token, in the source's key-name part;
* 394 Generic Secret (for #340, Generic - 1711: no value; 341-392 none, 393 round 12's), 395
  Generic key (for #380, Generic - 1753: no value), 900 Uri (a password in a URL), 1221
  github_access_token - 2 (for #1020, aws_secret: no value; 1032 and 1101 round 12's), 1247
  google_cloud_platform_api_key (for #1060, censys_secret: no value), 1340 mfa_token
  (``token=``), 1572 ssh_password (for #1540, slate_user_email: no value; ``sshpass -p``):
  generic, text only;
* 1620 (twitter_consumer_secret) and 1660 (wpt_db_user) give nothing: after 1618 no pattern
  to the file's end has a value (round 12's 1640 likewise).

40 patterns: 21 keyword-near-token (keyed and text), 12 prefixed (bare and in a request), 7
generic (text): 73 families, 511 samples a seed.  Every provider pattern's provider an earlier
round or the public-format corpus has (grep of their modules for the provider's name or the
token's prefix before the measurement: Abstract and Manifest round 47 and the corpus, Apifonica
35/45, Baremetrics 4/17/28, Captain Data 42/44, Cloudinary 17, Databricks 2/13, Edamam 7,
Flowflu 24, GitHub apps 26, Humanity 9/10, Kraken 5/32, Netlify 8, Owlbot 10, Powrbot 32,
Roaring 25, Sendbird 38, The Odds API 31, Yousign 26, Artifactory, Heroku, HockeyApp,
Mailchimp, Mailgun, NuGet, PayPal, Braintree, SendGrid, Sonar, Slack, Stripe and Google's
``ya29.`` in several): group ``known`` is the 66 provider families and ``new`` the 7 generic
ones, no provider of their own.

Formats are written as round 12 wrote them: a token a pattern bounds by ``\\b`` starts and
ends with a letter or digit; odd classes as what they evidently mean (Manifest's ``[a-zA-z0-9]``
as letters and digits; Kraken's private key as 86 base64 characters and ``==``; the 112 of
``[a-zA-Z0-9=]`` after ``artifactory`` as letters and digits; Slack's ``xoxp-`` and 72 of
``[0-9A-Za-z-]`` as a user token is issued, three runs of digits and 32 hex; mailchimp's ``W``
and trailing ``a-zA-Z0-9``, a regex written wrongly, as the key it names, 32 hex and
``-us<1-2 digits>``; PayPal's 80 from ``E`` and a capital, without the one or two characters
the pattern puts around it; SendGrid's unescaped dots as dots and its parts at the lengths
issued, 22 and 43; open counts, ``ya29.`` and ``+`` values, at lengths a log line holds); a
generic ``.+`` value as a password of 8 to 24 characters.

First measurement, BEFORE any rule was changed for these families (seed 257, 7 per family,
rules of main 83509f6 (their last change round 47's, ca9a32a), run at the round's branch r48
plus this module and its lookalikes; run once, nothing tuned): **485/511 = 94.91%** strict,
loose 485/511 (near 279/294, prefixed 160/168, generic 46/49; known 439/462, new 46/49; by
carrier: bare 76/84, keyed 147/147, text 262/280).  Seeds 7 and 99, same rules: 483/511 =
94.52%, 485/511 = 94.91%.  Missed at seed 257, by family: a provider's name in prose before its
token, after ``<Name> client configured:`` and ``<name>:`` (3/7 each): Abstract's 32, Humanity's
40, Artifactory's 112, HockeyApp's 32 hex and Sonar's 40 hex; PayPal's 80 bare (6/7: a log
line, logfmt, JSON, a record's attribute and both glued carriers; its request found); Mailgun's
``key-`` glued to a word on its left and to letters on its right (2/7); the generic ``Generic
key`` words (3/7: ``access token <v> issued to ops`` with 8 characters, ``password for the
signing key is <v>``, ``pass_phrase_key: <v>``).  Seed 7 adds one Roaring 28 after ``Roaring
client configured:`` and one ``google cloud api key v4.<40 hex>``.  The round-48 lookalikes:
11/600 touched at corpus seed 257, 6 and 4 at corpus seeds 7 and 99, of three kinds: a query's
``token=expired`` (secret-query-param takes the word), ``curl -u CLIENT_ID:CLIENT_SECRET``
(cli-user-password takes the docs' placeholder) and ``Authorization: Bearer <<YOUR_API_KEY>>``
(authorization-header takes a placeholder in double angle brackets).

``python -m tests.unit.redact.heldout_round48 --seed 257/7/99``; the lookalikes at other corpus
seeds by ``innocents_round48.lookalikes(seed, count)`` run through the default library.

The held-out figure is printed again by running this module against the rules of the commit
that adds its measured version (on the round's branch r48)::

    git worktree add --detach /tmp/r48base e123cd4  # on the round's branch r48
    cd /tmp/r48base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round48

Any figure measured after that is in-sample.  After the round-48 rules (a442ada on r48; one
rule added, 458 rules, 457 on by default): Abstract and Sonar (words), HockeyApp (not in the
providers list) and Artifactory (kept out of free text as a name) are weak names, with their
keys' own shapes where a random mix is not theirs (Abstract's 32 lower-case letters and digits
with a letter beyond hex, HockeyApp's 32 hex, a SonarQube token's 40 hex); rule
paypal-client-secret-bare (``E``, a capital and 78 base64url characters between boundaries, a
random mix); password-in-sentence takes ``password for <one to four words> is|was <v>``; a key's
credential word written in two parts is joined back (``pass_phrase_key``, ``PASS_WORD``); and
four guards (a query's state word, ``?token=expired&``; an upper-case name ending in a credential
word as ``-u``'s password, ``CLIENT_ID:CLIENT_SECRET``; a slot in doubled angle brackets,
``<<YOUR_API_KEY>>``; ``revision`` after a weak name's label, ``sonar.scm.revision=<40 hex>``,
which round 23's lookalikes hold): **503/511 = 98.43%** strict, 503/511 loose (near 291/294,
prefixed 164/168, generic 48/49; known 455/462, new 48/49; bare 80/84, keyed 147/147, text
276/280); seeds 7 and 99: 500/511 = 97.85%, 502/511 = 98.24%.  The round-48 lookalikes: 0/600 at
corpus seeds 257, 7 and 99, and 0 of 3000 at seeds 1, 2 and 3 (83509f6's rules touch 32, 54 and
38 of them); every other round's figures and lookalikes unchanged (``python -m
tests.unit.redact.figures --seeds`` on 83509f6 and on a442ada: every round and lookalike line
identical, round 48's lines added; the labeled corpus, redrawn by the new and widened rules'
examples, 9996/10000 -> 10044/10048, its four misses the same LDAP-script kind); every round's
lookalikes at seeds 1-3, 3000 each: the same 3 touched on both (rounds 5, 11 and 12).  ``sightline
bench redact --records 60000`` (83509f6 and a442ada alternated, 3 pairs, CPU records/s; load 1.8-2.6
on 2 cores): without secrets 204,846 / 195,950, 199,796 / 201,440, 205,457 / 201,402 (medians
204,846 and 201,402), with secrets 16,508 / 16,211, 16,534 / 16,167, 16,814 / 16,280 (medians
16,534 and 16,211; 60,574 and 60,447 replacements, the examples the bench draws its secrets from
being the library's, which the new rule's changed; 78 and 80 of the 60,000 records get none on
each).

Left: Humanity's 40 lower-case letters and digits after its name in prose (3/7: round 10 keeps
``humanity: <40 of them>``, a first try that gave Humanity the shape failed that guard), Mailgun's
``key-`` and PayPal's 80 glued to a word on their left or letters on their right (2/7 each: a
cache key ``idx-key-<md5>`` has the glued shape), ``access token <8 characters>`` (a short key in
prose), a password holding ``=`` after ``password for ... is`` and Roaring's 28 and
``google cloud api key v4.<40 hex>`` once each at seed 7.  With rounds 12 and 48 the file is read at
every 20th number; a later secrets-patterns-db round would take the numbers between (10, 30, ...).

The round was built on branch r48 from main 83509f6: 4d72556 (the rule), e123cd4 (the
measurement), a442ada (the rules) and the commit adding these figures.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round48 import lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound
from tests.unit.redact.trufflehog_families import provider_keys, provider_texts

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

T = "text"
_SOURCE = "secretspatternsdb"
_FILE = "mazen160/secrets-patterns-db:db/rules-stable.yml"
# a password a generic ".+" stands for, written so no carrier needs quoting (round 12's)
_PASSWORD = "[A-Za-z0-9][A-Za-z0-9!@#%^*_+=.-]{6,22}[A-Za-z0-9]"
# the same without the characters a URL's user part or a shell's quotes would not hold
_URL_PASSWORD = "[A-Za-z0-9][A-Za-z0-9!*_+=.-]{6,22}[A-Za-z0-9]"
# fixed other parts of two-part credentials (ids, users, keys: not the secret measured)
_CAPTAINDATA_PROJECT = "3f6d2a9c-8b1e-4c7a-9d05-6e2f1b8a4c37"
_EDAMAM_APP_ID = "4c9e1a7b"
_GITHUB_APP_ID = "284517"
_KRAKEN_KEY = "Tq8vR2mXk5Lw9Zc3Nb7Hp4Jd6Fs1Gy0AeUo2Ik8Qm5Wt3Xr7Vn9Cb4Lz6Ph1Sd"
_ROARING_CLIENT = "Zr4kQ8mT2vX6nB9wL3cH7pJ5dF1s"
_PAYPAL_CLIENT = "AVw3kP9qT2xL7mZ4nR8cB5hJ1dF6sG0yKe3Uo7Ia2Qw9Er5Ty8Ui4Op6As1Df3Gh7Jk2Lz9Xc5Vb8Nm4"

_PATTERNS_DB = Families(_SOURCE, f"{_FILE} #")
SOURCE_PATHS = _PATTERNS_DB.source_paths

_PEM_RSA = (
    "-----BEGIN RSA PRIVATE KEY-----\n(?:[A-Za-z0-9+/]{64}\n){4,8}[A-Za-z0-9+/]{16,63}=?\n"
    "-----END RSA PRIVATE KEY-----"
)


def _sp(fid: str, pattern: str, number: int, name: str, *templates: str) -> HeldFamily:
    return _PATTERNS_DB.family(fid, T, pattern, f"{number} {name}", *templates)


def _near(
    fid: str, pattern: str, number: int, name: str, word: str, *specific: str
) -> tuple[HeldFamily, HeldFamily]:
    """A keyword-near-token pattern: the token under a key holding the keyword, and in messages naming it."""
    texts = provider_texts(word, *specific)
    return _PATTERNS_DB.keyed_and_text(fid, pattern, f"{number} {name}", provider_keys(word), *texts)


def _prefixed(fid: str, pattern: str, number: int, name: str, *requests: str) -> tuple[HeldFamily, HeldFamily]:
    """A token with a prefix or a shape of its own: bare, and in a request or a log line."""
    return _PATTERNS_DB.prefixed(fid, pattern, f"{number} {name}", *requests)


NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "abstract",
        "[0-9a-z]{32}",
        20,
        "Abstract",
        "abstract",
        "GET https://emailvalidation.abstractapi.com/v1/?api_key={v}&email=ops@acmeledger.io",
    ),
    *_near(
        "apifonica",
        "[0-9a-z]{11}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}",
        60,
        "Apifonica",
        "apifonica",
        "GET https://api.apifonica.com/v2/accounts Authorization: Bearer {v}",
    ),
    *_near(
        "baremetrics",
        "[a-zA-Z0-9][a-zA-Z0-9_]{23}[a-zA-Z0-9]",
        100,
        "Baremetrics",
        "baremetrics",
        "GET https://api.baremetrics.com/v1/account Authorization: Bearer {v}",
    ),
    *_near(
        "captaindata",
        "[0-9a-f]{64}",
        140,
        "Captaindata - 2",
        "captaindata",
        "GET https://api.captaindata.co/v3/workspace x-api-key: {v} x-project-id: " + _CAPTAINDATA_PROJECT,
    ),
    *_near(
        "edamam",
        "[0-9a-z]{32}",
        259,
        "Edamam - 1 (for #260, Edamam - 2, its pair's app id)",
        "edamam",
        "GET https://api.edamam.com/api/recipes/v2?type=public&q=lentils&app_id=" + _EDAMAM_APP_ID + "&app_key={v}",
    ),
    *_near(
        "flowflu",
        "[a-zA-Z0-9]{51}",
        301,
        "Flowflu - 2 (for #300, Flowflu - 1, its pair's account name)",
        "flowflu",
        "GET https://acmeledger.flowlu.com/api/v1/module/crm/account/list?api_key={v}",
    ),
    *_near(
        "githubapp-private-key",
        _PEM_RSA,
        421,
        "Githubapp - 2 (for #420, Githubapp - 1, its pair's app id)",
        "github",
        "github app " + _GITHUB_APP_ID + " private key loaded:\n{v}",
    ),
    *_near(
        "humanity",
        "[0-9a-z]{40}",
        460,
        "Humanity",
        "humanity",
        "GET https://www.humanity.com/api/v2/me?access_token={v}",
    ),
    *_near(
        "kraken-private-key",
        "[A-Za-z0-9+/]{86}==",
        500,
        "Kraken - 2 (its pair's API key in the context)",
        "kraken",
        "KRAKEN_API_KEY=" + _KRAKEN_KEY + " KRAKEN_PRIVATE_KEY={v} ./rebalance.sh",
    ),
    *_near(
        "manifest",
        "[a-zA-Z0-9]{32}",
        540,
        "Manifest",
        "manifest",
        "GET https://api.manifest.ly/api/v1/checklists/?api_key={v}",
    ),
    *_near(
        "netlify",
        "[A-Za-z0-9][A-Za-z0-9_-]{41,43}[A-Za-z0-9]",
        580,
        "Netlify",
        "netlify",
        "GET https://api.netlify.com/api/v1/sites Authorization: Bearer {v}",
    ),
    *_near(
        "owlbot",
        "[a-z0-9]{40}",
        620,
        "Owlbot",
        "owlbot",
        "GET https://owlbot.info/api/v4/dictionary/owl Authorization: Token {v}",
    ),
    *_near(
        "powrbot",
        "[a-z0-9A-Z]{40}",
        660,
        "Powrbot",
        "powrbot",
        "GET https://powrbot.com/api/v1/search/single/?company=acmeledger.io Authorization: Token {v}",
    ),
    *_near(
        "roaring",
        "[0-9A-Za-z][0-9A-Za-z_-]{26}[0-9A-Za-z]",
        700,
        "Roaring",
        "roaring",
        "curl -u " + _ROARING_CLIENT + ":{v} -d grant_type=client_credentials https://api.roaring.io/token",
    ),
    *_near(
        "sendbird-organization",
        "[0-9a-f]{24}",
        740,
        "Sendbirdorganizationapi",
        "sendbird",
        "GET https://gate.sendbird.com/api/v2/applications SENDBIRDORGANIZATIONAPITOKEN: {v}",
    ),
    *_near(
        "theoddsapi",
        "[0-9a-f]{32}",
        860,
        "Theoddsapi",
        "theoddsapi",
        "GET https://api.the-odds-api.com/v4/sports/?apiKey={v}",
    ),
    *_near(
        "yousign",
        "[0-9a-z]{32}",
        940,
        "Yousign",
        "yousign",
        "GET https://api.yousign.com/users Authorization: Bearer {v}",
    ),
    *_near(
        "artifactory-112",
        "[a-zA-Z0-9]{112}",
        998,
        "artifactory (for #980, android_docs_deploy_token: no value)",
        "artifactory",
        "GET https://acmeledger.jfrog.io/artifactory/api/repositories X-JFrog-Art-Api: {v}",
    ),
    *_near(
        "heroku-upper-uuid",
        "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}",
        1270,
        "heroku_api_key_api_key (for #1140, ddgc_github_token: no value)",
        "heroku",
        "curl -n https://api.heroku.com/apps -H 'Authorization: Bearer {v}'",
    ),
    *_near(
        "hockeyapp",
        "[0-9a-f]{32}",
        1273,
        "hockeyapp (for #1180, firebase_key: no value)",
        "hockeyapp",
        "GET https://rink.hockeyapp.net/api/2/apps X-HockeyAppToken: {v}",
    ),
    *_near(
        "sonarqube-docs",
        "[0-9a-f]{40}",
        1551,
        "sonarqube_docs_api_key (for #1500, secret_11: no value)",
        "sonar",
        "mvn verify sonar:sonar -Dsonar.host.url=https://sonarcloud.io -Dsonar.login={v}",
    ),
)

PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed(
        "cloudinary-url",
        "cloudinary://[0-9]{15}:[A-Za-z0-9][A-Za-z0-9_-]{25}[A-Za-z0-9]@[a-z][a-z0-9-]{4,12}[a-z0-9]",
        180,
        "Cloudinary Credentials",
        "CLOUDINARY_URL={v} node upload.js",
        "cloudinary configured from {v}, folder avatars",
    ),
    *_prefixed(
        "databricks",
        "dapi[a-f0-9]{32}",
        220,
        "Databricks",
        "GET https://adb-4815162342108.7.azuredatabricks.net/api/2.0/clusters/list Authorization: Bearer {v}",
    ),
    *_prefixed(
        "slack-user-token",
        "xoxp-[0-9]{12}-[0-9]{12}-[0-9]{13}-[a-f0-9]{32}",
        780,
        "Slack User token",
        "POST https://slack.com/api/auth.test Authorization: Bearer {v}",
    ),
    *_prefixed(
        "stripe-restricted",
        "rk_(?:live|test)_[0-9a-zA-Z]{24}",
        822,
        "Stripe Restriced Key (for #820, Stripe Public Live Key: a publishable key)",
        "curl https://api.stripe.com/v1/charges -u {v}:",
    ),
    *_prefixed(
        "google-oauth-ya29",
        "ya29\\.[0-9A-Za-z_-]{119,179}[0-9A-Za-z]",
        1249,
        "google_oauth (for #1100, codacy_project_token: no value)",
        "GET https://www.googleapis.com/oauth2/v3/tokeninfo?access_token={v}",
    ),
    *_prefixed(
        "mailchimp-key",
        "[a-f0-9]{32}-us[0-9]{1,2}",
        1315,
        "mailchimp (for #1220, github_access_token - 1: no value)",
        "curl -u anystring:{v} https://us6.api.mailchimp.com/3.0/ping",
    ),
    *_prefixed(
        "mailgun-key",
        "key-[0-9a-f]{32}",
        1319,
        "mailgun (for #1260, gradle_publish_secret: no value)",
        "curl -s --user 'api:{v}' https://api.mailgun.net/v3/mg.acmeledger.io/messages -F to=ops@acmeledger.io",
    ),
    *_prefixed(
        "nuget-oy2",
        "oy2[a-z0-9]{43}",
        1383,
        "nuget_api_key - 1 (for #1300, lektor_deploy_username: no value)",
        "dotnet nuget push Acme.Ledger.1.4.2.nupkg --api-key {v} --source https://api.nuget.org/v3/index.json",
    ),
    *_prefixed(
        "paypal-secret",
        "E[A-Z][A-Za-z0-9_-]{77}[A-Za-z0-9]",
        1421,
        "paypal (for #1380, npm_secret_key: no value)",
        "curl -u " + _PAYPAL_CLIENT + ":{v} https://api-m.paypal.com/v1/oauth2/token -d grant_type=client_credentials",
    ),
    *_prefixed(
        "braintree-access-token",
        "access_token\\$production\\$[0-9a-z]{16}\\$[0-9a-f]{32}",
        1422,
        "paypal_braintree_access_token (for #1420, passwordtravis: no value)",
        'gateway = braintree.BraintreeGateway(access_token="{v}")',
    ),
    *_prefixed(
        "sendgrid-sg",
        "SG\\.[A-Za-z0-9][A-Za-z0-9-]{20}[A-Za-z0-9]\\.[A-Za-z0-9][A-Za-z0-9-]{41}[A-Za-z0-9]",
        1517,
        "sendgrid_api_key - 2 (for #1460, registry_secure: no value)",
        "POST https://api.sendgrid.com/v3/mail/send Authorization: Bearer {v}",
    ),
    *_prefixed(
        "stripe-restricted-live",
        "rk_live_[0-9a-zA-Z]{24,34}",
        1588,
        "stripe_restricted_api (for #1580, starship_account_sid: no value)",
        "curl https://api.stripe.com/v1/customers -u {v}: -G -d limit=3",
    ),
)

GENERIC: tuple[HeldFamily, ...] = (
    _sp(
        "secret-quoted",
        "[0-9a-zA-Z]{32,45}",
        394,
        "Generic Secret (for #340, Generic - 1711: no value)",
        'client_secret = "{v}"',
        "SECRET_KEY: '{v}'",
        '"webhookSecret": "{v}"',
        "app.config['SECRET'] = '{v}'",
        "const secret = \"{v}\";",
    ),
    _sp(
        "credential-pair-words",
        _PASSWORD,
        395,
        "Generic key (for #380, Generic - 1753: no value)",
        "private key passphrase: {v}",
        "api token = {v}",
        "secret_key={v}",
        "access token {v} issued to ops",
        "password for the signing key is {v}",
        '{"api_secret_token": "{v}"}',
        "pass_phrase_key: {v}",
    ),
    _sp(
        "password-in-uri",
        _URL_PASSWORD,
        900,
        "Uri",
        "postgres://app:{v}@db.internal:5432/orders",
        "connecting to redis://default:{v}@cache.acmeledger.io:6379/0",
        "mongodb://svc:{v}@mongo-0.acmeledger.io:27017/admin?authSource=admin",
        "ftp://backup:{v}@ftp.acmeledger.io/dumps ready",
        "DATABASE_URL=mysql://root:{v}@127.0.0.1:3306/app",
    ),
    _sp(
        "github-url-token",
        "[A-Za-z0-9][A-Za-z0-9_-]{18,38}[A-Za-z0-9]",
        1221,
        "github_access_token - 2 (for #1020, aws_secret: no value)",
        "git clone https://ci-bot:{v}@github.com/acme/ledger-api.git",
        "remote.origin.url=https://deploy:{v}@github.com/acme/web",
        "fatal: unable to access 'https://x-access-token:{v}@github.com/acme/infra.git/': 403",
        "pip install git+https://build:{v}@github.com/acme/ledger-lib.git@v1.2",
    ),
    _sp(
        "gcp-hex-key",
        "(?:v[0-9]\\.)?[0-9a-f]{40}",
        1247,
        "google_cloud_platform_api_key (for #1060, censys_secret: no value)",
        "GOOGLE_CLOUD_PLATFORM_API_KEY={v}",
        "google cloud api key {v}",
        '"gcp_api_key": "{v}"',
        "gcp_api_key: {v}",
    ),
    _sp(
        "token-equals",
        "[A-Za-z0-9][A-Za-z0-9_]{14,38}[A-Za-z0-9]",
        1340,
        "mfa_token",
        "GET /api/v1/session?user=ops&token={v} 200",
        "POST /mfa/verify user_id=42&token={v}",
        "redirect https://app.acmeledger.io/auth?token={v}&next=/",
        "mfa check token={v} accepted",
    ),
    _sp(
        "sshpass",
        _URL_PASSWORD,
        1572,
        "ssh_password (for #1540, slate_user_email: no value)",
        "sshpass -p '{v}' ssh deploy@10.0.4.12 uptime",
        'sshpass -p "{v}" scp backup.tar ops@backup.acmeledger.io:/srv',
        "+ sshpass -p '{v}' rsync -a dist/ web@web-1:/var/www",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = NEAR + PREFIXED + GENERIC

# every provider family's provider an earlier round or the corpus has (see the docstring);
# the generic ones, no provider of their own, are "new"
KNOWN: tuple[HeldFamily, ...] = NEAR + PREFIXED
NEW: tuple[HeldFamily, ...] = GENERIC


ROUND = HeldOutRound(
    "round-48", __doc__, 257, FAMILIES, lookalikes, SOURCE_PATHS,
    groups={"near": NEAR, "prefixed": PREFIXED, "generic": GENERIC, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
