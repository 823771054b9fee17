"""A fortieth held-out recall measure: the LeakTK rules no round measured.

``python -m tests.unit.redact.heldout_round40 [--seed N] [--per-family N] [--sources]``

One source, the one rounds 33 and 37 read (December 2026): leaktk/patterns, the pattern sets
LeakTK's scanner loads, in gitleaks' TOML format, under ``patterns/gitleaks/8.27.0/``:

* ``98-general.toml`` at c53b20b (the version rounds 33 and 37 read; 78 ``[[rules]]`` tables
  numbered from 0 in file order): the 14 rules round 37's rule left for a later round, #59
  Slack App Token, #61 Slack Config Access Token, #62 Slack Config Refresh Token, #63 Slack
  Legacy Bot Token, #65 Slack Legacy Workspace Token, #66 Slack User Token, #67 Slack Webhook
  URL, #69 StackRox JWT, #70 Square Access Token, #71 Square OAuth Secret, #73 Testing Farm API
  Token, #74 Tines Webhook, #75 Twilio API Key, #77 WP-Config;
* ``97-flags.toml`` and ``99-testing.toml`` (rules under trial), which no round opened: rounds
  33 and 37 named them and left them (a grep of ``tests/unit/redact``, ``pipeline/redact``,
  ``README.md`` and ``git log --all`` for ``97-flags`` and ``99-testing`` finds only those
  mentions).  The file listing (names only) gives 97-flags.toml at b902353 (one version) and
  99-testing.toml at 5be3918 (18 versions).

What was seen before this rule was written: the 14 rules of ``98-general.toml`` were read by
round 33's helper (who read the file whole to apply its step) and by round 37's (who read it
whole to apply its rule, and named these 14 in its docstring), so they are weaker evidence: the
rules written after those rounds (2d2bcd8, round 33's; 84567a3, c10b14a and 7958c2e, round
37's; and the trufflehog rounds' between) may have been shaped by having seen them, Slack's
tokens above all, which round 33 took two of (#60 ``xoxb-``, #64 ``xoxo-``/``xoxs-``).  For this
round the 14 rules' text was not opened again before this rule was committed, and neither
``97-flags.toml`` nor ``99-testing.toml`` was opened at all; their figure is the headline.

The rule that chooses the patterns, written here before either new file was opened and before
any secret was generated:

1. the rules in this order: the 14 rules of ``98-general.toml`` named above (c53b20b), in file
   order; then the ``[[rules]]`` tables of ``97-flags.toml``, then of ``99-testing.toml`` (the
   order the numbers in their names give, the order LeakTK's build joins them), each numbered
   from 0 in file order; each file at c53b20b if the index holds that version, otherwise the
   version ``find_files`` lists (b902353 and 5be3918);
2. left out, each number noted: round 37's rule 2 as written: a rule whose description names it a
   password hash, and round 33's rule 3 (a rule whose match is no secret or only a public or
   identifying value: an id, an account number, a user or host name, an e-mail or IP address, a
   public key, a URL without credentials, a word list, a file name or a path alone; a value of
   fewer than 8 characters; a rule the file marks as gitleaks'; a rule whose pattern is another
   taken rule's character for character, or takes the same values in the same context); here
   "another taken rule" also means the 55 rules of ``98-general.toml`` rounds 33 and 37 took (a
   trial form of one of them in ``99-testing.toml`` is left out) and the ones their rules left
   out (a trial form of a password-hash rule, or of #1, #7 or #51, is left out too);
3. the 14 rules of ``98-general.toml`` are taken whole if rule 2 keeps them; then the rules of
   the two new files in the order of rule 1 are taken while the round's families stay at 75 or
   fewer: the first rule whose families would take the round past 75 and every rule after it
   are left for a later round (their numbers given below);
4. each rule taken gives families as rounds 33 and 37's rule 4 built them: a token with a prefix
   or a fixed shape of its own a bare family and one in a request or log line; a rule that
   needs context before the value (a key or a word the rule names) a keyed family and a text
   family; a connection string, URL or whole-file shape holding a secret a text family in the
   shape it describes; where the rule's pattern is wider than the provider's format the family
   writes the provider's;
5. the figure is printed for the 14 rules of ``98-general.toml`` (group ``seen``: weaker evidence,
   above) apart from the two new files' (group ``unseen``: the headline); and, as before, a rule
   whose provider an earlier round or the public-format corpus already has stays, and the figure
   is printed for it apart (group ``known``) and for the others (``new``).

Seed 211 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99 are
printed too.

The rule applied (read after the rule above was committed, 1003791 on branch r40): the index
holds neither new file at c53b20b, so 97-flags.toml is read at b902353 (473 characters, one
rule) and 99-testing.toml at 5be3918 (6,711 characters, 12 ``[[rules]]`` tables and one rule
commented out, Google Cloud service-account credentials, which is no table and not numbered);
98-general.toml's 14 rules at c53b20b (the last 13,572 characters, from #49 on, read again).
Left out by rule 2: 97-flags #0 LeakTK Flag (a marker ``LTKF{<word>}`` the scanner's own tests
place, no secret; the file says so); 99-testing #6 Notion API Token (``ntn_``, 98-general #34's
pattern, taken by round 37), #9 Vulnerable GitHub Workflow (a workflow's shape, no secret), #11
Generic Secret (a file named ``password``, ``secret`` or ``token`` holding the value alone: its
comment names it a trial form of 98-general #11, ``mC5kOxQ6kn4``, taken by round 37).  None of
the 14 rules of 98-general is left out; no rule is a password hash and none is marked as
gitleaks'.  The 23 rules kept give 44 families, inside the bound of 75, so every one is taken and
no rule of these files is left for a later round.

The 23 rules give 44 families (``SOURCE_PATHS``: ``<file> #<number> <description>``).  From
98-general.toml (group ``seen``, 26 families): 11 prefixed rules, bare and in a request or a
client's line (#59 Slack's ``xapp-1-``, #61 ``xoxe.xoxp-1-``, #62 ``xoxe-1-``, #63 the legacy
``xoxb-<digits>-<24>``, #65 the legacy workspace ``xoxa-``/``xoxr-``, #66 ``xoxp-`` with three
numbers, #69 a StackRox JWT, its payload's ``"iss":"https://stackrox.io/jwt"`` in base64url, #70
Square's ``sq0atp-``, #71 ``sq0csp-``, #75 Twilio's ``SK`` and 32 hex); 2 rules that need a key
before the value, keyed and text (#73 a UUID after ``TESTING_FARM_API_TOKEN=``, #77 a WordPress
``define()`` of ``DB_PASSWORD`` or of a key or salt); 2 URL rules, a text family each (#67 a
Slack webhook, #74 a Tines webhook).  From 99-testing.toml (group ``unseen``, 18 families): 4
prefixed rules (#1 an Auth0 JWT, its payload's ``"iss":"https://<tenant>.auth0.com/"``, #3
Dropbox's ``sl.u.`` and #4 ``sl.`` short-lived tokens, #8 Sourcegraph's ``sgp_``) and 5 rules
that need a key or a word, keyed and text (#0 an Auth0 client secret of 64 after ``auth0`` and
``client_secret``, #2 a Dropbox refresh token, ``<11>AAAAAAAAAA<43>``, whose rule needs the word
``dropbox``, #5 40 characters after ``LABEL_STUDIO_API_KEY``, #7 40 after ``sonar.login`` or
``sonar.token``, #10 a UUID after a key naming a client's secret).  Where the rule's pattern is
wider than the provider's format the family writes the provider's: Slack's app token as
``xapp-1-A<8-10>-<13 digits>-<64 hex>``, the user token's last part as 32 hex, the config tokens
with ``1``; Twilio's, Label Studio's, SonarQube's and Sourcegraph's hex in lower case; the
workspace token's rest as 32-48 letters and digits; a WordPress salt as WordPress's generator
writes it (64 characters of letters, digits and its punctuation, blanks among them, no quote or
backslash) and ``DB_PASSWORD`` as a password; the classes holding ``-`` end in a letter, digit or
``_`` as rounds 33 and 37 wrote them; the JWTs carry a fixed RS256 header and a payload whose
first bytes are the JSON the rule looks for, the rest random base64url.

Providers or shapes no earlier round nor the public-format corpus has (group ``new``, a grep of
their modules and ``pipeline/redact/rules.yaml`` for ``stackrox``, ``TESTING_FARM``,
``LABEL_STUDIO`` and ``sl.u.``): StackRox's JWT, Testing Farm's token, Label Studio's key and
Dropbox's offline short-lived ``sl.u.`` token; the other 36 families are ``known`` (Tines'
webhook is round 31's, WordPress's ``define()`` round 23's, Dropbox's ``sl.`` round 13's).

Formats are facts in our own notation, generated at test time; no rule text of the source is
copied.  The request lines are the providers' clients and APIs (Slack's Web API and
``slack_bolt``, ``roxctl``, Square's ``Authorization`` and ``Square-Version``, Twilio's
``-u SK...:``, ``testing-farm request``, ``wp-config.php``, Auth0's ``/userinfo``, Dropbox's
``/2/files`` and ``/oauth2/token``, ``label-studio``, ``mvn sonar:sonar`` and
``sonar-scanner``, Sourcegraph's ``src`` and GraphQL API, Keycloak's and Spring's OIDC client
settings).

First measurement, BEFORE any rule was changed for these families (seed 211, 7 samples per
family, rules as of main c691e6d (their last change 01769cc, the review of round 37's); the
module written and run once, nothing tuned): strict **297/308 = 96.43%**, loose 297/308
(**unseen 117/126 = 92.86%**, the headline; seen 180/182; prefixed 187/196, near 96/98, generic
14/14; known 250/252, new 47/56; by carrier: bare 92/98, keyed 47/49, text 158/161).  Seed 7,
same rules: 297/308 = 96.43% (unseen 117/126, seen 180/182); seed 99: 299/308 = 97.08% (unseen
117/126, seen 182/182).  Missed, by family: Dropbox's offline short-lived token ``sl.u.`` 1/7
bare (only the one in a command-line option found) and 4/7 in its lines (missed in
``dropbox.Dropbox("sl.u....")``) at every seed, its ``sl.u.`` and first characters left (the
library's ``sl.`` rule reads no ``.`` after ``sl.u``); the WordPress keyed family 5/7 at seeds 211
and 7 (7/7 at 99): a value under ``LOGGED_IN_SALT`` (``export``, logfmt, a record's attribute)
kept, the key not read as a secret's; every other family 7/7 at each seed.  The round-40
lookalikes: 9/600 touched: ``TWILIO_ACCOUNT_SID=AC<32 hex>`` (7) and ``token:
xoxb-1234-placeholder`` (2, LeakTK's Slack stopwords); 11 and 11/600 with the corpus at seeds 7
and 99, 69, 56 and 47 of 3000 at seeds 1, 2 and 3.  The account SID lookalike is this module's
mistake, not the library's: round 2 measured ``TWILIO_ACCOUNT_SID`` as a keyed secret family (the
public rule sets take the pair's id half) and the key rules say so on purpose (keys.py).

The commit that holds the paragraph above (8c68031 on branch r40, its message beginning
"heldout_round40, innocents_round40") holds this module and main c691e6d's rules, so the held-out
figure is printed again by a worktree of that commit::

    git worktree add --detach /tmp/r40base 8c68031  # on the round's branch r40
    cd /tmp/r40base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round40

Any figure measured after that is in-sample.  After the round-40 rules (ea1a756 on r40; no rule
added, 452 rules as before; one regex widened in place, one keyword added): ``dropbox-token``
reads ``sl.u.`` before the body; a key ending in ``salt`` after a word naming what an
application's salt signs (``auth``, ``logged``, ``nonce``, ``security``, ``signing``, ``cookie``,
``session``) is a secret's (WordPress's ``LOGGED_IN_SALT``, ``NONCE_SALT``, Flask-Security's
``SECURITY_PASSWORD_SALT``), and ``secret-assignment`` wakes on ``_salt``; and for the lookalikes:
a token's prefix and digits before the word ``placeholder`` is a placeholder: strict **308/308 =
100%** (unseen 126/126, seen 182/182; bare 98/98, keyed 49/49, text 161/161; known 252/252, new
56/56), loose the same; seeds 7 and 99 the same.  The round-40 lookalikes: 0/600 at corpus seeds
211, 7 and 99 and 0/3000 at seeds 1, 2 and 3.  The account SID lookalike is redrawn as prose
(``twilio usage report for account AC<32 hex> ready``, the same draws); c691e6d's rules touch 2, 4
and 5/600 of the redrawn set at seeds 211, 7 and 99 and 28, 24 and 20 of 3000 at seeds 1-3, all
``xoxb-1234-placeholder``.  Every other round's figures and lookalikes unchanged (``python -m
tests.unit.redact.figures --seeds`` in worktrees of c691e6d and ea1a756: all 194 lines identical,
the labeled corpus 9852/9856 in both).  ``sightline bench redact --records 60000``, c691e6d and
ea1a756 alternated, 3 pairs on the shared machine (load 3-4 on 2 cores), median CPU records/s
(range): without secrets 179,133 (168,520-181,526) and 184,544 (176,486-190,825), with secrets
14,275 (14,117-14,524) and 14,488 (14,105-14,632): no change beyond the noise.

Left: the four rules rule 2 left out are not measured, among them 99-testing #11 (a file named
``password``, ``secret`` or ``token`` without an extension holding the value alone, the shape
round 37 left too); the commented-out Google Cloud service-account rule; ``00-base-config.toml``,
the ``include/`` word lists and the older versions' folders (no rules of their own, or earlier
forms of the same); the 14 rules of ``98-general.toml`` are weaker evidence (seen by rounds 33 and
37's helpers); the unseen group is small (18 families, 126 samples at 7 each).  Slack's legacy
workspace token is written in its rule's shape (``xoxa-``/``xoxr-``, an optional ``1-`` or ``2-``,
32-48 letters and digits), no provider's document read.  A salt under a key naming no such use
(``HASHIDS_SALT``, ``APP_SALT``) is still kept, and a camelCase one in free text (``nonceSalt:
...``) too (the keyword is ``_salt``); LeakTK's other Slack stopwords (``some``, ``slack``) do not
make a value a placeholder here (``xoxb-1234-some`` under ``token:`` is taken).  ``python -m
tests.unit.redact.figures`` imports rounds until the first missing number past 10, so it prints
round 40 only once round 39's module is in; this round was run from its own module.

The round was built on branch r40 and cherry-picked onto main: 1003791 (the rule) is 0846ddb,
8c68031 (the measurement) is 42e7b68, ea1a756 (the rules) is 060b82e, 25b3b28 (the figures) is
5177136.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round40 import lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound, split_by_prefix

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

T = "text"
_HEX = "[a-f0-9]"
_UUID = f"{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}"
_URLSAFE = "[0-9A-Za-z_-]"
_RS256 = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9"
# '{"iss":"https://stackrox.io/jwt","roles":"' and '{"iss":"https://acme-prod.eu.auth0.com/","sub":"auth0|'
# in base64url (42 and 54 bytes: whole groups)
_STACKROX_PAYLOAD = "eyJpc3MiOiJodHRwczovL3N0YWNrcm94LmlvL2p3dCIsInJvbGVzIjoi"
_AUTH0_PAYLOAD = "eyJpc3MiOiJodHRwczovL2FjbWUtcHJvZC5ldS5hdXRoMC5jb20vIiwic3ViIjoiYXV0aDB8"
# a value under a secret's key: no quote or blank, a letter or digit at either end
_SECRET = "[A-Za-z0-9][A-Za-z0-9!#%^*_+=.~@$/-]{10,38}[A-Za-z0-9]"
# a WordPress key or salt as its secret-key service writes them: letters, digits, blanks and the marks
# !@#$%^&*()-_[]{}<>~`+=,.;:/?| (no quote, no backslash); no blank at either end
_WP_MARK = "A-Za-z0-9!@#$%^&*()_\\[\\]{}<>~`+=,.;:/?|-"
_WP_SALT = f"[{_WP_MARK}][ {_WP_MARK}]{{62}}[{_WP_MARK}]"
_TWILIO_ACCOUNT = "AC3e9d1f2b7a6c4e8d0f5b2a9c7e1d3f4b"
_SQUARE_APP = "sq0idp-wGVapF8sNt9PLrdj5znuKA"
_AUTH0_CLIENT_ID = "Xq3vT8mZ2LwN7rK4pB9sD1fH6jC0gY5e"
_SLACK_PATH = "https://hooks.slack.com/services/T05KQ8ZR2M1/B06HX3LW9NP/"

_SEEN = Families("leaktk", "leaktk/patterns:patterns/gitleaks/8.27.0/98-general.toml")
SOURCE_PATHS = _SEEN.source_paths
_UNSEEN = Families("leaktk", "leaktk/patterns:patterns/gitleaks/8.27.0/99-testing.toml", SOURCE_PATHS)

SEEN: tuple[HeldFamily, ...] = (
    *_SEEN.prefixed("slack-app-token", "xapp-1-A[0-9A-Z]{8,10}-[0-9]{13}-[a-f0-9]{64}", " #59 Slack App Token",
                    "SLACK_APP_TOKEN={v} python app.py  # slack_bolt, Socket Mode",
                    "curl -X POST https://slack.com/api/apps.connections.open -H \"Authorization: Bearer {v}\""),
    *_SEEN.prefixed("slack-config-access-token", "xoxe\\.xox[bp]-1-[A-Za-z0-9]{163,166}", " #61 Slack Config Access Token",
                    "curl -X POST https://slack.com/api/apps.manifest.validate -H \"Authorization: Bearer {v}\" -d @manifest.json",
                    "slack config token rotated: token={v} exp=43200"),
    *_SEEN.prefixed("slack-config-refresh-token", "xoxe-1-[A-Za-z0-9]{146}", " #62 Slack Config Refresh Token",
                    "curl -X POST https://slack.com/api/tooling.tokens.rotate -d refresh_token={v}",
                    "POST https://slack.com/api/tooling.tokens.rotate refresh_token={v} 200"),
    *_SEEN.prefixed("slack-legacy-bot-token", "xoxb-[0-9]{10,12}-[A-Za-z0-9]{24}", " #63 Slack Legacy Bot Token",
                    "curl -F channel=C024BE91L -F text=deployed -H \"Authorization: Bearer {v}\" https://slack.com/api/chat.postMessage",
                    "slack_client = WebClient(token=\"{v}\")"),
    *_SEEN.prefixed("slack-legacy-workspace-token", "xox[ar]-(?:[12]-)?[0-9A-Za-z]{32,48}", " #65 Slack Legacy Workspace Token",
                    "GET https://slack.com/api/conversations.list?token={v}&limit=200",
                    "curl -s -d token={v} https://slack.com/api/auth.test"),
    *_SEEN.prefixed("slack-user-token", "xox[pe](?:-[0-9]{10,13}){3}-[a-f0-9]{32}", " #66 Slack User Token",
                    "curl -H 'Authorization: Bearer {v}' https://slack.com/api/users.profile.get",
                    "SLACK_USER_TOKEN={v} ./bin/export-channel --channel C024BE91L"),
    *_SEEN.prefixed("stackrox-jwt", f"{_RS256}\\.{_STACKROX_PAYLOAD}{_URLSAFE}{{120,300}}\\.{_URLSAFE}{{342}}",
                    " #69 StackRox JWT",
                    "roxctl --endpoint central.acme.io:443 --token {v} image scan --image quay.io/acme/orders:1.4",
                    "curl -sk -H \"Authorization: Bearer {v}\" https://central.acme.io/v1/alerts?query=Namespace:orders"),
    *_SEEN.prefixed("square-access-token", "sq0atp-[0-9A-Za-z_-]{21}[0-9A-Za-z_]", " #70 Square Access Token",
                    "curl https://connect.squareup.com/v2/locations -H 'Square-Version: 2024-01-18' -H 'Authorization: Bearer {v}'",
                    "client = Client(access_token=\"{v}\", environment=\"production\")"),
    *_SEEN.prefixed("square-oauth-secret", "sq0csp-[0-9A-Za-z_-]{42}[0-9A-Za-z_]", " #71 Square OAuth Secret",
                    f"POST https://connect.squareup.com/oauth2/token client_id={_SQUARE_APP} client_secret={{v}} grant_type=authorization_code",
                    f"square app {_SQUARE_APP} / {{v}} (production)"),
    *_SEEN.prefixed("twilio-api-key", "SK[0-9a-f]{32}", " #75 Twilio API Key",
                    f"curl https://api.twilio.com/2010-04-01/Accounts/{_TWILIO_ACCOUNT}/Messages.json -u {{v}}:$TWILIO_API_SECRET",
                    f"client = Client('{{v}}', api_secret, '{_TWILIO_ACCOUNT}')"),
    *_SEEN.keyed_and_text(
        "testing-farm-token", _UUID, " #73 Testing Farm API Token",
        ("TESTING_FARM_API_TOKEN",),
        "TESTING_FARM_API_TOKEN={v} testing-farm request --compose Fedora-40 --git-url https://github.com/acme/orders",
        "export TESTING_FARM_API_TOKEN=\"{v}\"",
        "# .env\nTESTING_FARM_API_TOKEN='{v}'\nTESTING_FARM_API_URL=https://api.dev.testing-farm.io/v0.1",
    ),
    _SEEN.family("wp-config", "keyed", _SECRET, " #77 WP-Config", "DB_PASSWORD", "AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_SALT"),
    _SEEN.family("wp-config-text", T, _WP_SALT, " #77 WP-Config",
                 "define( 'AUTH_KEY',         '{v}' );",
                 "define('SECURE_AUTH_KEY', '{v}');",
                 "/**#@+\n * Authentication unique keys and salts.\n */\ndefine( 'NONCE_SALT',       '{v}' );",
                 "define( \"LOGGED_IN_KEY\", \"{v}\" );"),
    _SEEN.family("slack-webhook-url", T, "[A-Za-z0-9]{24}", " #67 Slack Webhook URL",
                 f"curl -X POST -H 'Content-type: application/json' --data '{{\"text\":\"deployed\"}}' {_SLACK_PATH}{{v}}",
                 f"alertmanager:\n  slack_api_url: {_SLACK_PATH}{{v}}",
                 f"SLACK_WEBHOOK={_SLACK_PATH}{{v}}"),
    _SEEN.family("tines-webhook", T, "[a-z0-9]{32}/[a-z0-9]{32}", " #74 Tines Webhook",
                 "curl -X POST https://acme-ops.tines.com/webhook/{v} -d '{\"alert\":\"disk full\"}'",
                 "webhook_url: https://acme-ops.tines.com/webhook/{v}",
                 "requests.post(\"https://hidden-river-4821.tines.com/webhook/{v}\", json=event)"),
)

UNSEEN: tuple[HeldFamily, ...] = (
    *_UNSEEN.keyed_and_text(
        "auth0-client-secret", "[A-Za-z0-9_-]{63}[A-Za-z0-9_]", " #0 Auth0 OAuth Client Secret",
        ("AUTH0_CLIENT_SECRET", "auth0_client_secret", "auth0ClientSecret", "auth0.client_secret"),
        f"AUTH0_DOMAIN=acme-prod.eu.auth0.com\nAUTH0_CLIENT_ID={_AUTH0_CLIENT_ID}\nAUTH0_CLIENT_SECRET={{v}}",
        f"auth0:\n  domain: acme-prod.eu.auth0.com\n  client_id: {_AUTH0_CLIENT_ID}\n  client_secret: {{v}}",
        f"curl --request POST --url https://acme-prod.eu.auth0.com/oauth/token --data '{{\"client_id\":\"{_AUTH0_CLIENT_ID}\",\"client_secret\":\"{{v}}\",\"audience\":\"https://api.acme.io\",\"grant_type\":\"client_credentials\"}}'",
    ),
    *_UNSEEN.prefixed("auth0-jwt", f"{_RS256}\\.{_AUTH0_PAYLOAD}{_URLSAFE}{{120,300}}\\.{_URLSAFE}{{342}}", " #1 Auth0 JWT",
                      "curl -H \"Authorization: Bearer {v}\" https://acme-prod.eu.auth0.com/userinfo",
                      "{\"access_token\":\"{v}\",\"token_type\":\"Bearer\",\"expires_in\":86400}"),
    *_UNSEEN.keyed_and_text(
        "dropbox-refresh-token", "[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_-]{42}[A-Za-z0-9]", " #2 Dropbox Refresh Token",
        ("DROPBOX_REFRESH_TOKEN", "dropbox_refresh_token", "dropboxRefreshToken", "DROPBOX_TOKEN"),
        "curl https://api.dropbox.com/oauth2/token -d grant_type=refresh_token -d refresh_token={v} -d client_id=k3x9w2q8m1z7v4p",
        "dbx = dropbox.Dropbox(oauth2_refresh_token=\"{v}\", app_key=\"k3x9w2q8m1z7v4p\")",
        "[dropbox]\ntype = dropbox\ntoken = {\"token_type\":\"bearer\",\"refresh_token\":\"{v}\",\"expiry\":\"2024-05-01T10:00:00Z\"}",
    ),
    *_UNSEEN.prefixed("dropbox-short-lived-offline", "sl\\.u\\.[A-Za-z0-9_-]{135}[A-Za-z0-9_]",
                      " #3 Dropbox Short-Lived Offline Access Token",
                      "curl -X POST https://api.dropboxapi.com/2/files/list_folder --header \"Authorization: Bearer {v}\" --data '{\"path\":\"\"}'",
                      "dbx = dropbox.Dropbox(\"{v}\")"),
    *_UNSEEN.prefixed("dropbox-short-lived", "sl\\.[A-Za-z0-9_-]{135}[A-Za-z0-9_]", " #4 Dropbox Short-Lived Access Token",
                      "curl -X POST https://content.dropboxapi.com/2/files/download --header \"Authorization: Bearer {v}\" --header 'Dropbox-API-Arg: {\"path\":\"/reports/q1.csv\"}'",
                      "DROPBOX_ACCESS_TOKEN={v} python sync.py --folder /reports"),
    *_UNSEEN.keyed_and_text(
        "label-studio-api-key", f"{_HEX}{{40}}", " #5 Label Studio API Key",
        ("LABEL_STUDIO_API_KEY",),
        "LABEL_STUDIO_API_KEY={v} label-studio-ml start ./my_backend",
        "docker run -p 9090:9090 -e LABEL_STUDIO_URL=http://ls:8080 -e LABEL_STUDIO_API_KEY={v} heartexlabs/label-studio-ml-backend",
        "environment:\n  - LABEL_STUDIO_URL=http://label-studio:8080\n  - LABEL_STUDIO_API_KEY={v}",
    ),
    *_UNSEEN.keyed_and_text(
        "sonarqube-token", f"{_HEX}{{40}}", " #7 SonarQube Token",
        ("sonar.login", "sonar.token", "SONAR_TOKEN", "sonar_token"),
        "mvn clean verify sonar:sonar -Dsonar.projectKey=orders -Dsonar.host.url=https://sonar.acme.io -Dsonar.login={v}",
        "sonar-scanner -Dsonar.token={v} -Dsonar.sources=src",
        "# sonar-project.properties\nsonar.projectKey=orders\nsonar.token={v}",
    ),
    *_UNSEEN.prefixed("sourcegraph-token", "sgp_(?:local_)?[a-f0-9]{40}", " #8 Sourcegraph Access Token",
                      "curl -H 'Authorization: token {v}' -d '{\"query\":\"query { currentUser { username } }\"}' https://sourcegraph.acme.io/.api/graphql",
                      "SRC_ENDPOINT=https://sourcegraph.acme.io SRC_ACCESS_TOKEN={v} src search 'repo:acme/orders TODO'"),
    *_UNSEEN.keyed_and_text(
        "oidc-client-secret", _UUID, " #10 OIDC Client Secret",
        ("client_secret", "OIDC_CLIENT_SECRET", "clientSecret", "KEYCLOAK_CLIENT_SECRET"),
        "spring.security.oauth2.client.registration.keycloak.client-secret={v}",
        "oidc:\n  issuer: https://sso.acme.io/realms/acme\n  client_id: orders-api\n  client_secret: {v}",
        "oauth2-proxy --provider=oidc --oidc-issuer-url=https://sso.acme.io/realms/acme --client-id=orders --client-secret={v}",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = SEEN + UNSEEN

# shapes no earlier round nor the public-format corpus has (a grep of their modules and the rules,
# before this round was measured); the others are "known"
_NEW = ("stackrox", "testing-farm", "label-studio", "dropbox-short-lived-offline")
NEW, KNOWN = split_by_prefix(FAMILIES, _NEW)
PREFIXED = tuple(f for f in FAMILIES if f.form == "bare" or f.id.endswith("-request"))
NEAR = tuple(f for f in FAMILIES if f.form == "keyed" or (f.id.endswith("-text") and f not in PREFIXED))
GENERIC = tuple(f for f in FAMILIES if f not in PREFIXED and f not in NEAR)

ROUND = HeldOutRound(
    "round-40",
    __doc__,
    211,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={
        "unseen": UNSEEN,
        "seen": SEEN,
        "prefixed": PREFIXED,
        "near": NEAR,
        "generic": GENERIC,
        "known": KNOWN,
        "new": NEW,
    },
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
