"""A twentieth held-out recall measure: the rule files of Skyscanner's whispers.

``python -m tests.unit.redact.heldout_round20 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): Skyscanner/whispers, the rule files directly under
``whispers/rules/`` (one stored version of each, as the search index holds it).  Whispers is a
scanner of structured text (YAML, JSON, XML, .npmrc, .htpasswd ...) whose rules name a key
and a value each.

Why not the rest of praetorian-inc/titus (the brief's first choice): the files of
``pkg/rule/rules/`` after ``eventbrite.yml`` cannot be listed without reading rule text.  The
index's ``find_files`` stops at 100 rows in byte order (rounds 17-19 read those) and has no
offset; ``under`` takes whole folders only and ``ext`` whole extensions only (``ext=e.yml`` lists
nothing); ``find_string`` gives no paths; ``search`` answers with file openings, the text itself.
titus's ``docs/scores.csv`` (rule ids with a sentence on each) was opened to look for a listing
and names rules, not files, so it gives no file order; and a batch plan under ``.claude/`` names
services by domain, not files.  Neither names a rule's pattern by its characters, but the first
16,000 characters of scores.csv say what some titus rules match (an ``LTAI`` prefix, AppSync's
``da2-``); whispers was not chosen from them.

Whispers was picked because no round has read it (the docstrings of rounds 2-19 and
noseyparker name gitleaks, trufflehog, Nosey Parker, GitHub's partner list, Microsoft's
security-utilities, detect-secrets, semgrep, secretlint, Kingfisher, GitGuardian's docs, Bearer,
secrets-patterns-db, trivy, sonar-text and titus; round 14 lists whispers among the sources it
did not open) and because its rule folder can be listed whole: 24 ``.yml`` files and
``__init__.py``.  Before the rule below was written only the folder's file names were listed; no
rule file's text was read.

The rule that chooses the patterns, written here before any rule file was read and before any
secret was generated:

1. every ``.yml`` file the index lists directly under ``whispers/rules/``, in its order (by path,
   byte order): 24 files, numbered from 0 (``apikey`` #0, ``aws`` #1, ``base64`` #2,
   ``comments`` #3, ``cors`` #4, ``creditcard`` #5, ``creditcards`` #6, ``dangerous-functions``
   #7, ``dockercfg`` #8, ``gitkey`` #9, ``gitkeys`` #10, ``grafana`` #11, ``htpasswd`` #12,
   ``npmrc`` #13, ``password`` #14, ``path`` #15, ``pip`` #16, ``privatekey`` #17, ``pypirc``
   #18, ``secret`` #19, ``sensitive-files`` #20, ``uri`` #21, ``webhook`` #22, ``webhooks``
   #23); the index keeps files whose name changed under both names (``creditcard`` and
   ``creditcards``, ``gitkey`` and ``gitkeys``, ``webhook`` and ``webhooks``): each is read as it
   is stored;
2. every rule of each file in file order; a rule whose match is no secret or only a public or
   identifying value (an id, a user name, a host, a public key, a file name, a function call, a
   setting) is left out, its id noted; a rule taking a value of fewer than 8 characters too; a
   rule whose pattern is another rule's of this round character for character (the same rule
   stored under an old and a new file name) is left out, its id noted (round 16's rule);
3. each rule left gives families by its shape, as rounds 17-19's did: a token with a prefix or a
   fixed shape of its own a bare family and one in a request or log line; a rule that needs
   context before the value (a key the rule names) a keyed family (keys in the shape the rule
   names) and a text family (assignments and lines in the shape it describes, in the file kinds
   whispers reads); a connection string or URL holding a password, or a whole-file or whole-line
   shape, a text family in the shape it describes;
4. a rule whose provider an earlier round or the public-format corpus already has stays, and the
   figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 103 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99 are
printed too.

The 24 files hold 29 rules and sensitive-files.yml's file-name rules.  Left out: aws.yml's
``aws-id`` (an access key id), base64.yml's ``base64`` (any base64 text, no secret named),
comments.yml's ``comments`` (any comment), cors.yml's ``cors`` and dangerous-functions.yml's
``dangerous-functions`` (function calls), path.yml's ``path`` and uri.yml's ``uri`` (any path or
URI), every rule of sensitive-files.yml (file names: ``.pgpass``, ``id_rsa``, ``.env`` ...),
webhooks.yml's ``hubspot-webhook`` and ``twilio-webhook`` (an app id and a service id in a URL),
and, as the same pattern character for character under a later file name, creditcards.yml's
``creditcards`` (creditcard.yml's) and gitkeys.yml's ``github`` (gitkey.yml's).  webhook.yml's one
rule is an alternation of the three webhook URLs; its Slack branch gives a family, the other two
are ids.  18 rules in 15 files give 27 families (``SOURCE_PATHS``: ``<file> #<file number>
<rule id>``): 5 prefixed rules (bare and in a request: an AWS session token (base64 of 272-448
characters, whispers asks that it decode), GitHub's ``gh[pous]_``/``ghr_``, Grafana's ``glc_``,
``eyJrIjoi`` and ``glsa_``), 4 key rules (keyed and text: a key ending in ``key``/``token`` over a
value of 16 or more with no blank, an AWS secret access key (40 base64, any key without
``name``), a key ending in ``password``/``passwd``/``pass``/``pwd``, a key ending in ``secret``)
and 9 file rules (text only: a card number (14-19 digits, its last its Luhn check digit; text
only as round 18's cards, a number being digits between boundaries), a .dockercfg ``auth``, an
.htpasswd hash (Apache's ``$apr1$``, ``{SHA}`` and bcrypt ``$2y$`` forms), an .npmrc
``_authToken`` (``npm_`` or a UUID), a pip.conf index URL's password, a PEM private key's body
under its RSA, EC, OPENSSH or PKCS#8 header, a .pypirc password (a ``pypi-`` token or a
password), and Slack's webhook URL from webhook.yml and webhooks.yml).  Versions read (the
index's commit of each): apikey 31f2572, aws 109ef02, base64 31f2572, comments 031d6be, cors
31f2572, creditcard 60f9c6b, creditcards b3dc26b, dangerous-functions 31f2572, dockercfg 04b39e9,
gitkey 60f9c6b, gitkeys 1588a0f, grafana fbfd98c, htpasswd 31f2572, npmrc 31f2572, password
31f2572, path 24e4e7f, pip 31f2572, privatekey 31f2572, pypirc 31f2572, secret 31f2572,
sensitive-files 3c82ee3, uri 31f2572, webhook 60f9c6b, webhooks 415c51b.

Formats are facts in our own notation, generated at test time; no rule text of the source is
copied.  Whispers' key rules name the key and say little of the value; the families write the
value as a random token (apikey: 16-48 characters of letters, digits and ``_.+/=-``; secret:
12-48; password: 8-24 with punctuation, in a URL without ``@:/#%?``), and the key rules' keys in
the shapes the rules name (``api_key``, ``AUTH_TOKEN``, ``x-api-key``; ``DB_PASSWD``,
``adminPass``, ``smtp_pwd``; ``CLIENT_SECRET``, ``secret_hash``).  Whispers reads the files'
keys itself (``npm authToken``, ``PyPI password``, ``pip password``, ``htpasswd Hash``,
``Dockercfg`` are its own names), so those families are the files' lines.  Where a rule leaves a
length open the family bounds it (GitHub as written, ``glc_`` 32-96, ``eyJrIjoi`` 70-100, a
Slack webhook's last part 20-32, a private key's body 4-9 lines of 64 and a shorter one).  A
Docker ``auth`` is base64 of ``user:password``; the family writes base64 of 16-52 characters
and does not check what it decodes to (the library decodes none).  The Slack URL's workspace and
hook ids are fixed in the templates; the family's value is the URL's last part, its secret.
Providers no earlier round nor the public-format corpus has (group ``new``, a grep of those
modules for the file kind): .htpasswd and pip.conf; the other families are ``known``.

First measurement, BEFORE any rule was changed for these families (seed 103, 7 samples per
family, rules as of commit ee9e0ef, the last change to pipeline/redact; the module written and
run once, nothing tuned): strict **174/189 = 92.06%**, loose 174/189 = 92.06% (prefixed 64/70,
near 56/56, generic 54/63; known 163/175, new 11/14; by carrier, strict and loose alike: bare
29/35, keyed 28/28, text 117/126).  Seeds 7 and 99, same rules: 173/189 = 91.53% and 175/189 =
92.59%.  The round-20 lookalikes: 25/600 touched (``primary_key: <word>_id`` and
``client_secret_env: <NAME>_CLIENT_SECRET``: a column name and an environment variable's name
taken as values under a secret key).  By class, the misses were: an AWS session token alone,
a long base64 run (1/7 bare: only ``token=<v>`` found; in a request under
``X-Amz-Security-Token`` 7/7), a card number whose leading digits are no brand's under a card
key (``card_number``, ``"card"``, ``<CardNumber>``: 1/7 at seed 103, 0/7 at seeds 7 and 99),
and an .htpasswd line's ``{SHA}`` hash (4/7; ``$apr1$`` and bcrypt taken).

The held-out figure is printed again by running this module against the rules of ee9e0ef
(commit 04b9698 holds this module and those rules)::

    git worktree add --detach /tmp/r20base 04b9698
    cd /tmp/r20base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round20

Any figure measured after that is in-sample.  After the round-20 rules (c305889; new:
scheme-tagged-password-hash (``{SHA}``, ``{SSHA}`` and the longer schemes), opaque-base64-blob (256
or more base64 characters that decode to bytes no one reads; not a certificate, an SSH public
key, an image, an archive, base64 of text, nor a value under ``cert``/``signature``/``hash``);
card-number takes a Luhn-valid number of 14-19 digits of any issuer under a key naming a card's
number; and for the lookalikes: a variable's name under a key ending in ``env``/``var`` and
lower-case words under ``primary_key``/``account_key``/``storage_key`` are no values):
**189/189 = 100%** strict and loose, seeds 7 and 99 the same (bare 35/35, keyed 28/28, text
126/126).  The round-20 lookalikes: 0/600, and 0/9000 at seeds 1, 2 and 3 with 3,000.  Left: an
opaque blob with no ``+`` before its last 40 characters wakes no rule (its trigger needs one: about
1 in 30 random runs of 256 characters, 1 in 120 of 344; none of the 14 samples at each seed); a
blob under a key naming a public object (``signature``, ``hash``) is kept whatever it holds.  Of
the leftovers of rounds 17-19, DeepSeek's ``sk-`` and Confluent's ``cflt`` glued on their left to
a word are found since 4f39438 (``sk-`` after a consonant: a word ending in "sk" has a vowel before
it; ``cflt`` when it ends the run), round 19 at 551/553 (seed 101; 550 and 549 at seeds 7 and
99); not taken up: ``sk-`` glued on its right to digits (hex: a longer string), crates.io's
``cio`` and Cursor's ``key_`` glued on their left (everyday words end in them: ``precio``,
``cache_key_``) and a Discord bot token glued on its left (no literal to anchor on).  Round 22 took
up ``cio`` and the Discord token glued on their left (f19813a); ``sk-`` glued to digits and Cursor's
``key_`` are still left.
"""

from __future__ import annotations

from dataclasses import replace

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round20 import lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound, split_by_prefix

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

T = "text"
_HEX = "[a-f0-9]"
_UUID = f"{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}"
# a value with no blank, a letter or digit at either end (apikey.yml: 16 or more; secret.yml: any, bounded here)
_TOKEN = "[A-Za-z0-9][A-Za-z0-9_.+/=-]{14,46}[A-Za-z0-9]"
_SECRET = "[A-Za-z0-9][A-Za-z0-9_.+/=-]{10,46}[A-Za-z0-9]"
# a password: no quote or blank, a letter or digit at either end; in a URL, no '@', ':', '/', '#', '%', '?'
_PW = "[A-Za-z0-9][A-Za-z0-9!#%^*_+=.~@$-]{6,22}[A-Za-z0-9]"
_URL_PW = "[A-Za-z0-9][A-Za-z0-9!*_+=.~$-]{6,22}[A-Za-z0-9]"
_B64 = "[A-Za-z0-9+/]"
_AWS_KEY_ID = "AKIA2WQ7RT4XNB6KZ3MV"
_SLACK_HOOK = "https://hooks.slack.com/services/T04AB7KQ2/B05CD9XZ1/"

_FAMILIES = Families("whispers", "Skyscanner/whispers:whispers/rules/")
SOURCE_PATHS = _FAMILIES.source_paths
_t, _prefixed, _near = _FAMILIES.family, _FAMILIES.prefixed, _FAMILIES.keyed_and_text

PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed("aws-session-token", f"(?:{_B64}{{4}}){{68,112}}", "aws.yml #1 aws-token",
               "GET https://acme-logs.s3.eu-west-1.amazonaws.com/?list-type=2 X-Amz-Security-Token: {v}"),
    *_prefixed("github-token", "gh[pous]_[a-zA-Z0-9]{36}|ghr_[a-zA-Z0-9]{76}", "gitkey.yml #9 github",
               "GET https://api.github.com/user Authorization: token {v}"),
    *_prefixed("grafana-cloud-token", f"glc_{_B64}{{32,96}}", "grafana.yml #11 grafana-cloud-api",
               "GET https://grafana.com/api/orgs/acme Authorization: Bearer {v}"),
    *_prefixed("grafana-api-key", "eyJrIjoi[A-Za-z0-9]{70,100}={0,2}", "grafana.yml #11 grafana-api",
               "GET https://grafana.acme.io/api/dashboards/home Authorization: Bearer {v}"),
    *_prefixed("grafana-service-account-token", "glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}",
               "grafana.yml #11 grafana-cloud-api (the second of that name)",
               "GET https://grafana.acme.io/api/search?query=orders Authorization: Bearer {v}"),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "apikey", _TOKEN, "apikey.yml #0 apikey",
        ("api_key", "AUTH_TOKEN", "accessToken", "x-api-key", "service-account-key"),
        "slack:\n  bot_token: {v}\n  channel: '#alerts'",
        "<configuration>\n  <apiToken>{v}</apiToken>\n</configuration>",
        "service.auth.token={v}",
        "ENV MAPS_API_KEY={v}",
    ),
    *_near(
        "aws-secret", "[A-Za-z0-9+/]{40}",
        "aws.yml #1 aws-secret",
        ("aws_secret_access_key", "SecretAccessKey", "AWS_SECRET", "secret_key"),
        f"[default]\naws_access_key_id = {_AWS_KEY_ID}\naws_secret_access_key = {{v}}",
        f"provider:\n  credentials:\n    accessKeyId: {_AWS_KEY_ID}\n    secretAccessKey: {{v}}",
        f"<AccessKeyId>{_AWS_KEY_ID}</AccessKeyId>\n<SecretAccessKey>{{v}}</SecretAccessKey>",
    ),
    *_near(
        "password", _PW, "password.yml #14 password",
        ("password", "DB_PASSWD", "adminPass", "smtp_pwd", "passwords"),
        "database:\n  user: {u}\n  password: {v}",
        "<password>{v}</password>",
        "spring.datasource.password={v}",
        "ENV DB_PASSWD={v}",
        '{"smtp": {"host": "smtp.acme.io", "pass": "{v}"}}',
    ),
    *_near(
        "secret", _SECRET, "secret.yml #19 secret",
        ("secret", "CLIENT_SECRET", "webhookSecret", "app_secrets", "secret_hash"),
        "oauth:\n  client_id: 8f2c1a7e\n  client_secret: {v}",
        '{"jwtSecret": "{v}", "issuer": "acme"}',
        "app.webhook.secret={v}",
        '<add key="ClientSecret" value="{v}" />',
    ),
)

GENERIC: tuple[HeldFamily, ...] = (
    replace(_t("creditcard", T, "[0-9]{14,19}", "creditcard.yml #5 creditcard",
               'card_number: "{v}"',
               '{"payment": {"card": "{v}", "exp": "04/29"}}',
               "<CardNumber>{v}</CardNumber>"), check="luhn"),
    _t("dockercfg", T, f"(?:{_B64}{{4}}){{4,12}}(?:{_B64}{{2}}==|{_B64}{{3}}=)?", "dockercfg.yml #8 dockercfg",
       '{"https://index.docker.io/v1/": {"auth": "{v}", "email": "ops@acme.io"}}',
       '{\n  "auths": {\n    "registry.acme.io": {\n      "auth": "{v}"\n    }\n  }\n}'),
    _t("htpasswd", T,
       "\\$apr1\\$[A-Za-z0-9./]{8}\\$[A-Za-z0-9./]{22}|\\{SHA\\}[A-Za-z0-9+/]{27}=|\\$2y\\$(?:05|10)\\$[A-Za-z0-9./]{53}",
       "htpasswd.yml #12 htpasswd",
       "{u}:{v}",
       "admin:{v}\n",
       "# htpasswd -B /etc/apache2/.htpasswd {u}\n{u}:{v}"),
    _t("npmrc", T, f"npm_[A-Za-z0-9]{{36}}|{_UUID}", "npmrc.yml #13 npmrc",
       "//registry.npmjs.org/:_authToken={v}",
       "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={v}\nalways-auth=true",
       "//npm.acme.io/repository/npm-private/:_authToken={v}"),
    _t("pip-conf", T, _URL_PW, "pip.yml #16 pip",
       "[global]\nindex-url = https://{u}:{v}@pypi.acme.io/simple/",
       "[global]\ntimeout = 60\nextra-index-url = https://__token__:{v}@gitlab.acme.io/api/v4/projects/42/packages/pypi/simple"),
    _t("privatekey", T, f"(?:{_B64}{{64}}\\n){{4,9}}{_B64}{{8,63}}={{0,2}}", "privatekey.yml #17 privatekey",
       "-----BEGIN RSA PRIVATE KEY-----\n{v}\n-----END RSA PRIVATE KEY-----",
       "-----BEGIN EC PRIVATE KEY-----\n{v}\n-----END EC PRIVATE KEY-----",
       "-----BEGIN OPENSSH PRIVATE KEY-----\n{v}\n-----END OPENSSH PRIVATE KEY-----",
       "-----BEGIN PRIVATE KEY-----\n{v}\n-----END PRIVATE KEY-----"),
    _t("pypirc", T, f"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{{60,160}}|{_PW}", "pypirc.yml #18 pypirc",
       "[pypi]\nusername = __token__\npassword = {v}",
       "[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nrepository = https://upload.pypi.org/legacy/\nusername = {u}\npassword = {v}"),
    _t("slack-webhook-url", T, "[a-zA-Z0-9]{20,32}", "webhook.yml #22 webhook",
       f"notify:\n  slack: {_SLACK_HOOK}{{v}}",
       f'{{"webhook": "{_SLACK_HOOK}{{v}}", "channel": "#deploys"}}'),
    _t("slack-webhook", T, "[a-zA-Z0-9]{20,32}", "webhooks.yml #23 slack-webhook",
       f"curl -X POST -H 'Content-type: application/json' --data '{{\"text\":\"deploy done\"}}' {_SLACK_HOOK}{{v}}",
       f"receivers:\n- name: ops\n  slack_configs:\n  - api_url: '{_SLACK_HOOK}{{v}}'"),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR + GENERIC

# providers no earlier round nor the public-format corpus has (a grep of their modules for the
# file kind's name, before this round was measured); the other families are "known"
_NEW = ("htpasswd", "pip-conf")
NEW, KNOWN = split_by_prefix(FAMILIES, _NEW)

ROUND = HeldOutRound(
    "round-20",
    __doc__,
    103,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "generic": GENERIC, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
