"""A thirty-third held-out recall measure: the general pattern set of Red Hat's LeakTK.

``python -m tests.unit.redact.heldout_round33 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): leaktk/patterns, the pattern sets LeakTK's scanner
loads, written in gitleaks' TOML format (one ``[[rules]]`` table per rule: an id, a
description, a regex, keywords, tags, allowlists), one stored version of each file read, the
index's.

Why LeakTK: the brief names it first, and no round has read it (a grep of
``tests/unit/redact``, ``pipeline/redact`` and ``README.md`` for ``leaktk`` and of ``git log
--all`` finds nothing; the docstrings of rounds 2-31 and noseyparker name gitleaks,
trufflehog, Nosey Parker, GitHub's partner list, Microsoft's security-utilities,
detect-secrets, semgrep, secretlint, Kingfisher, GitGuardian's docs, Bearer,
secrets-patterns-db, trivy, sonar-text, titus, whispers, shhgit, earlybird and SecretScanner;
round 14 names ripsecrets and talisman among the sources it did not open).  The index lists
the repository whole (79 rows): under ``patterns/gitleaks/`` one folder per gitleaks version
the sets target (``7.6.1``, ``8.12.0``, ``8.18.2``, ``8.27.0``), each holding a base
configuration (``00-base-config.toml``), a global allowlist, LeakTK's own rules
(``98-general.toml``) and rules under trial (``99-testing.toml``); ``8.18.2`` also holds
``99-from-gitleaks.toml``, ``8.27.0`` a ``97-flags.toml`` and ``include/`` word lists (stop
words, placeholders, non-secret credentials, documentation paths); ``7.6.1`` holds two
``pypi-iocs`` files; ``target/`` holds the built sets, ``tests/`` and ``testdata/`` the
tests, ``scripts/`` the build.  Before the rule below was written only those file names were
listed; no file's text was read.

The rule that chooses the patterns, written here before any rule file was read and before any
secret was generated:

1. ``patterns/gitleaks/8.27.0/98-general.toml`` at the version the index lists (the folder of
   the newest gitleaks version the sets target; ``98-general`` is LeakTK's own rule set, the
   one its name says is general); its ``[[rules]]`` tables in file order, numbered from 0 over
   the whole file (N rules).  Not read for patterns: the older versions' folders (earlier forms
   of the same set), ``99-from-gitleaks.toml`` (gitleaks' rules, read by rounds 2-4),
   ``97-flags.toml``, ``99-testing.toml`` (rules under trial), the ``pypi-iocs`` files
   (malicious packages' indicators, no secret), the allowlists, word lists, built sets, tests
   and scripts;
2. the rules are sampled at a fixed step so that the sample spans the file, not its first
   letters: step k = ceil(N / 25); the rules numbered 0, k, 2k ... are taken; a taken rule that
   rule 3 leaves out is replaced by the next rule after it in file order that rule 3 keeps and
   that is before the next step's number (none if there is none), so at most 25 rules are
   taken;
3. a rule whose match is no secret or only a public or identifying value (an id, an account
   number, a user or host name, an e-mail or IP address, a public key, a URL without
   credentials, a word list, a file name) is left out, its number noted; a rule whose value is
   fewer than 8 characters too; a rule the file itself marks as taken from gitleaks (a comment,
   tag or id saying so) is left out, its number noted; a rule whose pattern is another taken
   rule's character for character, or that takes the same values in the same context, is left
   out, its number noted;
4. each rule kept gives families by its shape, as rounds 17-23's did: a token with a prefix or
   a fixed shape of its own a bare family and one in a request or log line; a rule that needs
   context before the value (a key or a word the rule names) a keyed family (keys in the shape
   the rule names) and a text family (assignments and lines in the shape it describes, in the
   file kinds the rule names); a connection string, URL or whole-file shape holding a secret a
   text family in the shape it describes;
5. a rule whose provider an earlier round or the public-format corpus already has stays, and
   the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 173 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99 are
printed too.

The rule applied (98-general.toml at c53b20b, the version ``find_files`` lists; 57,572
characters, read whole after the rule above was committed): N = 78 rules (#0 ArgoCD JWT ... #77
WP-Config), so k = ceil(78 / 25) = 4 and the rules numbered 0, 4, 8 ... 76 are taken, 20 rules.
None of the 20 is left out by rule 3 (the file marks no rule as gitleaks'; the rules it leaves
to others are in its allowlists, not its patterns), so no replacement was needed.  The other 58 rules
are not taken (the step passes over them).

The 20 rules give 38 families (``SOURCE_PATHS``: ``98-general.toml #<number> <description>``):
15 prefixed rules (bare and in a request or a client's line: #0 an Argo CD JWT, its payload's
``"iss":"argocd"`` in base64url; #4 an Azure AD client secret, ``<3><digit>Q~<31-34>``; #8
Dynatrace's ``dt0c01.<24>.<64>``; #16 GitHub's ``github_pat_<22>_<59>``; #20 GitHub's ``ghs_``;
#24 GitLab's ``glrt-``/``GR1348941`` runner tokens; #32 Mailchimp's ``<32 hex>-us<n>``; #40 a
gost-yescrypt hash ``$gy$``; #44 a SHA-256 crypt hash ``$5$``; #48 base64 of an OpenSSH
private key's PEM; #56 Shopify's ``shpca_``; #60 Slack's ``xoxb-``; #64 Slack's legacy
``xoxo-``/``xoxs-``; #68 a Snowflake OAuth JWT, its payload's ``"scp":"session:role-any"``;
#72 Stripe's ``sk_live_``/``rk_live_``), 2 rules that need a key before the value (keyed and
text: #12 Generic Secret, a quoted value under a key ending in ``password``, ``secret``,
``token`` (``_key``, ``access_key`` after them) or ``api_key``; #28 a UUID within 20
characters after ``heroku``) and 3 text rules (#36 an .npmrc's ``_auth``/``_password`` (base64)
and ``_authToken`` (``npm_``), two families; #52 a private key's body under a header naming
RSA, OPENSSH, ENCRYPTED, EC or PGP; #76 a URL's password).  Where the rule's pattern is wider
than the provider's format the family writes the provider's: GitHub's fine-grained token as
``<22>_<59>``, Dynatrace's as ``dt0c01``, a bot token's last part as 24, a crypt salt of 8-16
(``$5$``, with or without ``rounds=``) and yescrypt's parameters as ``j`` and 2-4 characters;
the JWTs carry a fixed header (HS256, RS256) and a payload whose first bytes are the JSON the
rule looks for, the rest random base64url; the base64 OpenSSH key is its header's and
footer's base64 around random base64 (the library decodes none).  Providers no earlier round
nor the public-format corpus has (group ``new``, a grep of their modules for ``argocd``,
``snowflake``, ``$gy$``, ``QkVHSU4``/``LS0tLS1CRUdJTiBPUEVOU1NI``): the Argo CD and Snowflake
JWTs, the gost-yescrypt hash and the base64 OpenSSH key; the other 30 families are ``known``
(Azure's ``Q~``, Dynatrace, GitHub, GitLab's runner tokens, Mailchimp, ``$5$`` (round 2),
Shopify, Slack, Stripe, Heroku, .npmrc, private keys, URL passwords, generic secrets).  Version
read: 98-general.toml c53b20b (the index also holds 02bbf76, whose first 16,000 characters were
opened by a read without a commit before c53b20b was asked for; they hold rules #0-#13 as
c53b20b does).

Formats are facts in our own notation, generated at test time; no rule text of the source is
copied.  The request lines are the providers' clients and APIs (``argocd``, ``az login``,
Dynatrace's ``Api-Token`` header, ``gh``, ``gitlab-runner register``, Mailchimp's ``--user``,
``/etc/shadow`` and ``usermod -p``, a Kubernetes ``ssh-auth`` Secret, Shopify's
``X-Shopify-Access-Token``, Slack's Web API, ``snowsql``, Stripe's ``-u``).

First measurement, BEFORE any rule was changed for these families (seed 173, 7 samples per
family, rules as of main c693c21 (their last change a87be9e); the module written and run once,
nothing tuned): strict **252/266 = 94.74%**, loose 252/266 (prefixed 197/210, near 27/28,
generic 28/28; known 209/210, new 43/56; by carrier: bare 99/105, keyed 13/14, text 140/147).
Seeds 7 and 99, same rules: 253/266 = 95.11% each (keyed 14/14).  Missed, by family: the
gost-yescrypt hash ``$gy$...`` 1/7 bare (only the one after ``token=`` taken) and 0/7 in its
lines (a shadow line, ``usermod -p '...'``) at every seed; at seed 173 one generic secret
under ``password_key=`` in a log line (``password_key=9.nN!WL=A!YD_9wf4Y_bBN6!%sIOhZ``); every
other family 7/7 at each seed.  The round-33 lookalikes: 52/600 touched, all kinds written
from LeakTK's allowlists: a JWT's header alone as a token's value (11), a quoted upper-case
constant (``CHANGE_ME_BEFORE_DEPLOY``), a Ruby interpolation ``#{ENV['API_KEY']}`` and a
certificate file's name (``<word>-ca.crt``) under a secret's key (14), code testing for a
private key's header (10), ``AZURE_CLIENT_ID=<uuid>`` (8), a Maven SCM URL with a port and a
comma before ``@`` (5), an attribute read ``secret_key = settings.<NAME>`` (4); 58, 56, 48, 53 and 49/600 with the corpus at seeds 7, 99, 1, 2 and 3.

The commit that holds the paragraph above (79c143c on main, 1068323 on branch r33, its message beginning
"heldout_round33, innocents_round33") holds this module and main c693c21's rules, so the
held-out figure is printed again by::

    git worktree add --detach /tmp/r33base 79c143c  # main; 1068323 on branch r33
    cd /tmp/r33base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round33

Any figure measured after that is in-sample.  After the round-33 rules (2d2bcd8 on main, dcd54a5 on r33; new:
yescrypt-password-hash, the ``$y$``, ``$gy$`` and ``$7$`` crypt(3) hashes; a credential's word
before ``key`` (``password_key``, ``tokenKey``) names a secret; ``AZURE_CLIENT_ID`` is an id (an
Entra application's client id); and for the lookalikes: a Ruby interpolation ``#{...}``, an
instruction in upper-case words (``CHANGE_ME_...``, ``REPLACE_...``), an unquoted attribute
read (``settings.NAME``, ``config.db.password``), a certificate's, key's or configuration's file
name and a JWT's header alone are no values; a port then ``,`` is no URL password; a private
key's header whose string closes before anything but a separator or a line break holds no key):
strict **266/266 = 100%**, loose the same (bare 105/105, keyed 14/14, text 147/147; known
210/210, new 56/56); seeds 7 and 99 the same.  The round-33 lookalikes: 0/600 at corpus seeds
173, 7, 99, 1, 2 and 3, and 0/3000 at seeds 1, 2 and 3 (248, 270 and 275 before).  Every other
round's figures and lookalikes unchanged (``python -m tests.unit.redact.figures --seeds`` against
a worktree of c693c21; the labeled corpus 9612/9616 -> 9648/9652, the new rule's examples).
dcd54a5's message (2d2bcd8 on main) counts its hand-made cases as 10 secrets and 9 lookalikes failing on c693c21;
it is 9 secrets and 10 lookalikes (and the key-name test), 20 of 30.

Left: the 58 rules the step passed over are not measured (the Kubernetes service-account and
StackRox JWTs, Groq, Hugging Face, Notion, NVIDIA, OpenShift's ``sha256~``, the other Slack,
Shopify, GitHub and GitLab tokens, WP-Config, the AWS and registry rules ...); an upper-case
constant that gives no instruction (``"DB_PASSWORD_VALUE"``) under a secret's key is still
taken (LeakTK leaves any upper-case run; a password of upper-case letters and ``_`` would read
the same); a lower-case password of words joined by dots, unquoted (``password =
summer.rain``), now reads as an attribute and stays; the families' JWT payloads are random after
the JSON their rules look for, and the base64 OpenSSH key's body random base64 (the library
decodes neither).  ``python -m tests.unit.redact.figures`` imports rounds until the first
missing number past 10, so it prints round 33 only once round 32's module is in.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round33 import lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound, split_by_prefix

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

T = "text"
_HEX = "[a-f0-9]"
_UUID = f"{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}"
_B64 = "[A-Za-z0-9+/]"
_URLSAFE = "[0-9A-Za-z_-]"
_CRYPT = "[./A-Za-z0-9]"
# a JWT's header: HS256 and RS256 as base64url writes '{"alg":"HS256","typ":"JWT"}' and the RS256 one
_HS256 = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
_RS256 = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9"
# a payload opening '{"iss":"argocd","s' and '{"scp":"session:role-any","' in base64url (whole groups of 3 bytes)
_ARGOCD_PAYLOAD = "eyJpc3MiOiJhcmdvY2QiLCJz"
_SNOWFLAKE_PAYLOAD = "eyJzY3AiOiJzZXNzaW9uOnJvbGUtYW55Iiwi"
# '-----BEGIN OPENSSH PRIVATE KEY-----\n' and '\n-----END OPENSSH PRIVATE KEY-----\n' in base64
_OPENSSH_BEGIN_B64 = "LS0tLS1CRUdJTiBPUEVOU1NIIFBSSVZBVEUgS0VZLS0tLS0K"
_OPENSSH_END_B64 = "Ci0tLS0tRU5EIE9QRU5TU0ggUFJJVkFURSBLRVktLS0tLQo="
# a value under a secret's key: no quote or blank, a letter or digit at either end
_SECRET = "[A-Za-z0-9][A-Za-z0-9!#%^*_+=.~@$/-]{10,38}[A-Za-z0-9]"
# a password in a URL: no '@', ':', '/', '#', '%', '?' or quote
_URL_PW = "[A-Za-z0-9][A-Za-z0-9!*_+=.~$-]{6,22}[A-Za-z0-9]"
_PEM_BODY = f"(?:{_B64}{{64}}\\n){{4,9}}{_B64}{{8,63}}={{0,2}}"
_TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47"
_APP_ID = "4a1aa1d5-c567-49d0-ad0b-cd957a47f842"

_FAMILIES = Families("leaktk", "leaktk/patterns:patterns/gitleaks/8.27.0/98-general.toml")
SOURCE_PATHS = _FAMILIES.source_paths
_t, _prefixed, _near = _FAMILIES.family, _FAMILIES.prefixed, _FAMILIES.keyed_and_text

PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed("argocd-jwt", f"{_HS256}\\.{_ARGOCD_PAYLOAD}{_URLSAFE}{{60,160}}\\.{_URLSAFE}{{43}}", " #0 ArgoCD JWT",
               "argocd app sync orders --auth-token {v} --server argocd.acme.io --grpc-web",
               "curl -s -H \"Authorization: Bearer {v}\" https://argocd.acme.io/api/v1/applications"),
    *_prefixed("azure-ad-client-secret", "[a-zA-Z0-9_~.-]{3}[0-9]Q~[a-zA-Z0-9_~.-]{30,33}[a-zA-Z0-9]",
               " #4 Azure Active Directory Client Secret",
               f"az login --service-principal -u {_APP_ID} -p {{v}} --tenant {_TENANT}",
               f"ConfidentialClientApplicationBuilder.Create(\"{_APP_ID}\").WithClientSecret(\"{{v}}\").Build();"),
    *_prefixed("dynatrace-token", "dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}", " #8 Dynatrace Token",
               "curl -H \"Authorization: Api-Token {v}\" https://abc12345.live.dynatrace.com/api/v2/metrics/query",
               "oneagent installer: wget -O Dynatrace-OneAgent.sh \"https://abc12345.live.dynatrace.com/api/v1/deployment/installer/agent/unix/default/latest?Api-Token={v}&arch=x86\""),
    *_prefixed("github-fine-grained-pat", "github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
               " #16 GitHub Fine-Grained Personal Access Token",
               "curl -H \"Authorization: Bearer {v}\" https://api.github.com/repos/acme/orders/actions/runs",
               "echo {v} | gh auth login --with-token"),
    *_prefixed("github-server-token", "ghs_[0-9A-Za-z]{36}", " #20 GitHub Server to Server Token",
               "git remote set-url origin https://x-access-token:{v}@github.com/acme/orders.git",
               "POST https://api.github.com/repos/acme/orders/check-runs Authorization: token {v}"),
    *_prefixed("gitlab-runner-token", "(?:glrt-|GR1348941)[A-Za-z0-9_-]{19}[A-Za-z0-9_]",
               " #24 GitLab Runner Registration Token",
               "gitlab-runner register --non-interactive --url https://gitlab.acme.io --token {v} --executor docker",
               "[[runners]]\n  name = \"build-3\"\n  url = \"https://gitlab.acme.io\"\n  token = \"{v}\"\n  executor = \"docker\""),
    *_prefixed("mailchimp-api-key", f"{_HEX}{{32}}-us[0-9]{{1,2}}", " #32 MailChimp API Key",
               "curl -sS --user \"anystring:{v}\" https://us6.api.mailchimp.com/3.0/lists",
               "mailchimp3.MailChimp(mc_api='{v}', mc_user='ops')"),
    *_prefixed("gost-yescrypt-hash", f"\\$gy\\$j{_CRYPT}{{2,4}}\\${_CRYPT}{{16,24}}\\${_CRYPT}{{43}}", " #40 Password Hash",
               "{u}:{v}:19876:0:99999:7:::",
               "usermod -p '{v}' {u}"),
    *_prefixed("sha256-crypt-hash", f"\\$5\\$(?:rounds=[1-9][0-9]{{3,5}}\\$)?{_CRYPT}{{8,16}}\\${_CRYPT}{{43}}",
               " #44 Password Hash",
               "{u}:{v}:19876:0:99999:7:::",
               "- name: deploy user\n  ansible.builtin.user:\n    name: {u}\n    password: '{v}'"),
    *_prefixed("base64-openssh-key", f"{_OPENSSH_BEGIN_B64}(?:{_B64}{{4}}){{80,160}}{_OPENSSH_END_B64}",
               " #48 Base64 Encoded OpenSSH Private Key",
               "apiVersion: v1\nkind: Secret\nmetadata:\n  name: git-deploy\ntype: kubernetes.io/ssh-auth\ndata:\n  ssh-privatekey: {v}",
               "echo {v} | base64 -d > ~/.ssh/id_ed25519"),
    *_prefixed("shopify-custom-app-token", f"shpca_{_HEX}{{32}}", " #56 Shopify Custom App Access Token",
               "curl -H \"X-Shopify-Access-Token: {v}\" https://acme-shop.myshopify.com/admin/api/2024-01/shop.json",
               "GET https://acme-shop.myshopify.com/admin/api/2024-01/orders.json X-Shopify-Access-Token: {v}"),
    *_prefixed("slack-bot-token", "xoxb-[0-9]{10,13}-[0-9]{10,13}-[a-zA-Z0-9]{24}", " #60 Slack Bot Token",
               "curl -X POST -H 'Authorization: Bearer {v}' -d channel=C04AB7KQ2 -d text=deployed https://slack.com/api/chat.postMessage",
               "slack_sdk.WebClient(token=\"{v}\").chat_postMessage(channel=\"#ops\", text=\"done\")"),
    *_prefixed("slack-legacy-token", "xox[os]-[0-9]{9,12}-[0-9]{9,12}-[0-9]{9,13}-[a-f0-9]{32,64}", " #64 Slack Legacy Token",
               "GET https://slack.com/api/users.list?token={v}&limit=200",
               "curl -H 'Authorization: Bearer {v}' https://slack.com/api/conversations.history?channel=C04AB7KQ2"),
    *_prefixed("snowflake-oauth-token", f"{_RS256}\\.{_SNOWFLAKE_PAYLOAD}{_URLSAFE}{{80,200}}\\.{_URLSAFE}{{342}}",
               " #68 Snowflake OAuth Token",
               "snowsql -a acme-xy12345 -u {u} --authenticator oauth --token {v} -q 'select current_role()'",
               "snowflake.connector.connect(account='acme-xy12345', authenticator='oauth', token='{v}')"),
    *_prefixed("stripe-live-key", "[sr]k_live_[0-9a-zA-Z]{24}", " #72 Stripe API Key",
               "curl https://api.stripe.com/v1/charges -u {v}: -d amount=2000 -d currency=gbp",
               "stripe.api_key = \"{v}\""),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "generic-secret", _SECRET, " #12 Generic Secret",
        ("password", "secret_key", "secret-key", "token", "api_key", "apiKey", "password_key", "tokenAccessKey"),
        "password = \"{v}\"",
        "config[\"secret\"] = \"{v}\"",
        "{\"api-key\": \"{v}\", \"region\": \"eu-west-1\"}",
        "  token: '{v}'",
        "$secretKey = '{v}';",
    ),
    *_near(
        "heroku-api-key", _UUID, " #28 Heroku API Token",
        ("HEROKU_API_KEY", "heroku_api_token", "herokuToken", "heroku_key"),
        "export HEROKU_API_KEY={v}",
        "heroku: {v}",
        "heroku api key {v} (team acme)",
        "machine api.heroku.com\n  login {u}@acme.io\n  password {v}",
    ),
)

GENERIC: tuple[HeldFamily, ...] = (
    _t("npmrc-auth", T, f"(?:{_B64}{{4}}){{5,12}}(?:{_B64}{{2}}==|{_B64}{{3}}=)?", " #36 NPM Registry Auth",
       "//registry.acme.io/npm/:_auth={v}\nalways-auth=true",
       "//pkgs.dev.azure.com/acme/_packaging/feed/npm/registry/:username=acme\n//pkgs.dev.azure.com/acme/_packaging/feed/npm/registry/:_password={v}",
       "_auth = {v}\nemail = ops@acme.io"),
    _t("npmrc-auth-token", T, "npm_[A-Za-z0-9]{36}", " #36 NPM Registry Auth",
       "//registry.npmjs.org/:_authToken={v}",
       "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken = {v}"),
    _t("private-key", T, _PEM_BODY, " #52 Private Key",
       "-----BEGIN RSA PRIVATE KEY-----\n{v}\n-----END RSA PRIVATE KEY-----",
       "-----BEGIN OPENSSH PRIVATE KEY-----\n{v}\n-----END OPENSSH PRIVATE KEY-----",
       "-----BEGIN ENCRYPTED PRIVATE KEY-----\n{v}\n-----END ENCRYPTED PRIVATE KEY-----",
       "ssh_key: |\n-----BEGIN EC PRIVATE KEY-----\n{v}\n-----END EC PRIVATE KEY-----",
       "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n{v}\n-----END PGP PRIVATE KEY BLOCK-----"),
    _t("url-password", T, _URL_PW, " #76 URL User and Password",
       "git clone https://{u}:{v}@git.acme.io/platform/orders.git",
       "BROKER_URL=amqp://{u}:{v}@rabbit.acme.io:5672/orders",
       "HTTPS_PROXY=http://{u}:{v}@proxy.acme.io:3128",
       "mongodb+srv://{u}:{v}@cluster0.ab1cd.mongodb.net/orders?retryWrites=true",
       "DATABASE_URL=postgres://{u}:{v}@db1.acme.io:5432/orders"),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR + GENERIC

# shapes no earlier round nor the public-format corpus has (a grep of their modules for the
# provider's word, prefix or hash scheme, before this round was measured); the others are "known"
_NEW = ("argocd", "snowflake", "gost-yescrypt", "base64-openssh")
NEW, KNOWN = split_by_prefix(FAMILIES, _NEW)

ROUND = HeldOutRound(
    "round-33",
    __doc__,
    173,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "generic": GENERIC, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
