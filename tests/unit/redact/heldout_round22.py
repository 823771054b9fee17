"""A twenty-second held-out recall measure: the rule files of American Express's earlybird.

``python -m tests.unit.redact.heldout_round22 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): americanexpress/earlybird, the YAML rule files under
``config/rules/`` (one stored version of each, the index's).  Earlybird scans a repository's
files for passwords, keys, card numbers and other sensitive text; each of its rules holds a
pattern over a file's text (or over a file's name) with a caption, a category and a severity.

Why earlybird: the brief names it, and no round has read it (a grep of ``tests/unit/redact``,
``pipeline/redact`` and ``README.md`` for ``earlybird`` finds nothing; the docstrings of rounds
2-21 and noseyparker name gitleaks, trufflehog, Nosey Parker, GitHub's partner list,
Microsoft's security-utilities, detect-secrets, semgrep, secretlint, Kingfisher, GitGuardian's
docs, Bearer, secrets-patterns-db, trivy, sonar-text, titus, whispers and shhgit).  The index
lists ``config/`` whole (24 rows): ``config/rules/`` holds ``ccnumber.yaml`` (commit 2a8404a),
``content.yaml`` (edb6cff), ``filename.yaml`` (4966b4e), ``inclusivity-rules.yaml`` (8c69d9a) and
``password-secret.yaml`` (15b0735), one version each; ``config/`` holds the older single-file
form of the rule sets (``content.json``, ``ccnumber.json``, ``filename.json``, ``common.json``,
``entropy.json`` ... all at e0628b5) and the false-positive, label and solution lists.  Before
the rule below was written only those file names were listed; no rule file's text was read.

The rule that chooses the patterns, written here before any rule file was read and before any
secret was generated:

1. ``config/rules/content.yaml`` and then ``config/rules/password-secret.yaml``, each at the
   version the index lists; every rule of each in file order, numbered from 0 within its file;
   ``config/rules/ccnumber.yaml`` after them, only if its rules are card numbers of the kind
   rounds 18 and 20 carried (digits of a card brand, with or without separators, whose last is
   the Luhn check digit), written in those rounds' card lines; a ccnumber rule of another shape
   is left out, its number noted.  Not read: ``filename.yaml`` (file names alone, as round 21
   left out shhgit's), ``inclusivity-rules.yaml`` (wording, no secret), the older
   ``config/*.json`` (the earlier form of the same rule sets; the YAML files are the ones the
   tool loads today), the false-positive, label and solution lists (no patterns of secrets);
2. a rule whose match is no secret or only a public or identifying value (an id, an account
   number, a user or host name, an e-mail or IP address, a public key, a URL without
   credentials, a word list) is left out, its number noted; a rule that matches a file by its
   name, path or extension alone is left out, its number noted; a rule whose value is fewer
   than 8 characters too; a rule whose pattern is another rule's of this round character for
   character, or that takes the same values in the same context as an earlier rule of this
   round, is left out, its number noted;
3. each rule left gives families by its shape, as rounds 17-21's did: a token with a prefix or a
   fixed shape of its own a bare family and one in a request or log line; a rule that needs
   context before the value (a key or a word the rule names) a keyed family (keys in the shape
   the rule names) and a text family (assignments and lines in the shape it describes, in the
   file kinds the rule names); a connection string, URL or whole-file shape holding a secret a
   text family in the shape it describes;
4. a rule whose provider an earlier round or the public-format corpus already has stays, and the
   figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 109 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99 are
printed too.

content.yaml holds 36 rules (#0-#35, codes 3009-3074).  Left out: #0 3009 (an OAuth consumer
key, the client's identifier), #2-#9 (a phone number, an e-mail, IPv4 and IPv6 addresses, an
SSN, an IBAN, any URL, a MAC address), #11 3024 and #16 3039 (an AWS access key id), #12 3025 (a
comment's words), #13 3028, #14 3031 and #15 3038 (a DSA, EC and PGP key header, taken by #10's
alternation), #17-#23 and #26-#29 (national ids and passport numbers), #24-#25 and #30-#35
(calls of deprecated ciphers and hashes, an alphabet).  Two give families: #1 3010 (an XML
``ConsumerSecret`` element) and #10 3023 (a private key, its header naming RSA, OPENSSH, DSA, EC
or PGP).  password-secret.yaml holds 48 rules (#0-#47).  Left out: #0-#8 (fixed default
passwords, a word list: ``password``, ``changeme``, ``1q2w3e4r``, ``kafka123``, ``kafkae1-3``,
``admin1-3``, ``1qaz@WSX``, ``letmein``, ``w2e3r4t5``), #26 3034 (a quoted ``client_secret`` key,
the values and context of #24 3033), #36 3046 (the words ``Mapbox Secure Key``, no value).
46 rules (2, 37 and 7) give 77 families (``SOURCE_PATHS``: ``<file> #<rule number> <code>``):
4 prefixed rules (bare and in a request: Google's ``ya29.`` with 68 after it and ``AIzaSy`` with 33, Slack's
``xox[pboa]-`` of four parts (each number run bounded to 9-13, the hex to 32) and its
``xox[sp]-`` of fixed lengths), 26 rules that need a key before the value (keyed and text: the
consumer secret; a seasonal password after ``password`` (a season's name and a year); a key
ending in ``password``; the keys ``pw``, ``pass``, ``pword``, ``passphrase``, ``passwrd``,
``passwd``, ``secret``, ``secretKey``, ``oauth.appSecret``, ``appSecret``, ``client_secret``,
``auth_key``, ``secret_key``, a key ending in ``_token``, ``google_access_token`` (a ``ya29.``
token), ``google_api`` (an ``AIzaSy`` key), ``slack_xoxb`` (a ``xoxb-`` token), ``pwd``,
``heroku``, ``facebook`` and ``twitter`` within 55 characters before the value, ``github`` as the key, ``credential(s)``), and
17 text families (a PEM private key's body; XML ``password`` and
``passphrase`` elements; a passphrase of three to five words in quotes (#14's quoted branch);
``aws configure``'s ``AWS Secret Access Key [...]:`` prompt; HTTP Basic credentials after the
word ``Basic``; an .npmrc ``_authToken`` UUID; an unquoted ``password=`` value (#40 3057, its
keyed carriers #10's); a database URL's password for the schemes the rule names; a quoted string
of 24-64 random characters with no word before it (#47 5001); and the 7 card rules of
ccnumber.yaml (codes 2001-2007: American Express, Diners Club, Discover, JCB, Maestro (12-19
digits), Mastercard, Visa; digits alone, the last the Luhn check digit, in round 18's card lines:
they fit rule 1)).  Where a rule's key takes any value the family writes a random one (a
password of 8-24 characters with punctuation, letters, digits and ``-_@#!%^?*&$~`` where the rule
also takes it unquoted; a secret of 12-48), or the provider's own format where the key names
one.  HTTP Basic credentials are base64 of ``admin:`` and 9-18 characters, written as base64
group by group (the library decodes them).  Providers no earlier round nor the public-format
corpus has (group ``new``, a grep of those modules for the key, the prompt or the issuer): the
seasonal password, ``pword``, ``passwrd``, the ``aws configure`` prompt, Diners Club and Maestro;
the other families are ``known``.  Versions read: content.yaml edb6cff, password-secret.yaml
15b0735, ccnumber.yaml 2a8404a.

Formats are facts in our own notation, generated at test time; no rule text of the source is
copied.  The keyed families' keys are written in the shapes the rules name; the text families
in the file kinds the rules' captions and examples name (configuration files, XML, properties,
code, shell sessions).

First measurement, BEFORE any rule was changed for these families (seed 109, 7 samples per
family, rules as of commit c3cbd2e, the last change to pipeline/redact; the module written and
run once, nothing tuned): strict **448/539 = 83.12%**, loose 455/539 = 84.42% (prefixed 55/56,
near 294/364, generic 99/119; known 423/476, new 25/63; by carrier, strict: bare 27/28, keyed
149/182, text 272/329; loose: bare 27/28, keyed 152/182, text 276/329).  Seeds 7 and 99, same
rules: strict 451/539 = 83.67% each (keyed 147/182 and 150/182, text 277/329 and 273/329), loose
458/539 and 456/539.  The round-22 lookalikes: 21/600 touched, all by secret-assignment
(``secret: <word>-<word>-credentials``, 8; ``credentials: file:///etc/<word>/creds.json``, 8;
``pass: <digit>``, 5).  By class, the misses were: a password under an abbreviated key (``pw``,
``pword``, ``passwrd``, alone or as the key's last word: ``db_pw``, ``admin_pword``: 0/7 keyed
and 0/7 text each) and a key of two secret words written as one (``authkey``, 2/7 keyed); a
value cut at an ``&`` that begins no further parameter (``smtp_pass: x&y``, ``Pwd=x&y;``: 1-2/7
in the password families); a key as a quoted subscript (``$cfg['Servers'][1]['passwd'] = '...'``,
``app.config['SECRET'] = "..."``: 2/7 text each); a provider's name alone as the key
(``github: '<38>'``: 0/7 keyed and text; ``facebook: '<64 hex>'``, 2-3/7 text); ``aws
configure``'s prompt (0/7); a quoted random string with no word before it (0/7); a JCB number
(``35``/``1800`` prefixes) in text with no card word (``payment: <n>``, 2/7) and a Maestro
number of 12 or 18 digits (2/7); once at seeds 109 and 7, a Slack ``xoxp-`` token whose first
number has 9 digits (1/7 bare).

The held-out figure is printed again by running this module against the rules of c3cbd2e (commit
a57f56f holds this module and those rules)::

    git worktree add --detach /tmp/r22base a57f56f
    cd /tmp/r22base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round22

Any figure measured after that is in-sample.  After the round-22 rules (2da54f4, 1c02a00, e6f7169;
new: ``pw``, ``pword``, ``passwrd`` and ``authkey`` are secret key words; a bare value goes on
past an ``&`` that begins no further parameter, but not in a URL's query, and so does a
connection string's ``Pwd=``; a quoted key may close a subscript; aws-configure-secret-prompt;
under ``github`` or ``gitlab`` alone a value mixing upper case, lower case and digits (a commit
hash is hex); under a card's key a Luhn-valid 12 or 13 digits (Maestro); and for the lookalikes:
fewer than 4 digits unquoted, a ``file:/`` URL, dash-joined words ending in a credential's word
and a bare value followed by a subscript are no values): strict **524/539 = 97.22%** and loose
the same (bare 27/28, keyed 181/182, text 316/329; known 463/476, new 61/63); seeds 7 and 99:
526/539 and 524/539.  The round-22 lookalikes: 0/600, and 0/3000 at seeds 1, 2 and 3 (133, 126
and 137 before).  Left: a quoted random string with no key or word before it (0/7 at each seed:
digests, ids and ciphertexts look the same, and no rule takes a value by its randomness alone);
JCB numbers with ``35`` then 00-27, ``1800`` or ``2131`` and no card word (no issuer holds
3500-3527 today, and the two old prefixes are retired); Maestro numbers with no card word (12-19
digits of ``50``/``56``-``58``/``67`` are ids more often than cards); 64 hex digits within a few
words after ``facebook`` (a sha256 is written so; earlybird takes 32-255 hex there); a GitHub-named
token as a command-line option's value (``--github <v>``: provider-name-assignment reads
assignments only); a Slack ``xoxp-`` token whose first number has 9 digits (this round's bound;
the rule takes 10-13); in a record, a 12-19 digit card number of no brand under ``card_number``
(the card key's label is read in text only).  Leftovers of rounds 17-21 taken up after this
round's rules (f19813a): crates.io's ``cio`` token and a Discord bot token glued on their left,
and an OmniAuth secret written unquoted (round 2 1316 -> 1317/1330, round 17 614 -> 615/616, round
18 592 -> 593/595; round 22 unchanged); not taken up: DeepSeek's ``sk-`` and 32 hex glued to
digits (a longer hex run reads the same) and Cursor's ``key_`` glued on its left (a sha256 after
``<thing>key_`` reads the same).
"""

from __future__ import annotations

from dataclasses import replace

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.heldout_round18 import _CARD_LINES
from tests.unit.redact.innocents_round22 import lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound, split_by_prefix

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

T = "text"
_HEX = "[a-f0-9]"
_UUID = f"{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}"
_B64 = "[A-Za-z0-9+/]"
# a password in quotes: no quote or blank, a letter or digit at either end
_PW = "[A-Za-z0-9][A-Za-z0-9!#%^*_+=.~@$-]{6,22}[A-Za-z0-9]"
# a password the rules also take unquoted: letters, digits and -_@#!%^?*&$~ only
_BARE_PW = "[A-Za-z0-9][A-Za-z0-9@#!%^?*&$~_-]{6,22}[A-Za-z0-9]"
# a secret of no named provider: no blank, a letter or digit at either end
_SECRET = "[A-Za-z0-9][A-Za-z0-9_.~@$-]{10,46}[A-Za-z0-9]"
# a seasonal password: a season's name, a year, now and then a mark
_SEASON_PW = "(?:Winter|Spring|Summer|Autumn|Fall|winter|summer|autumn)20[12][0-9][!#@]?"
# a passphrase: three to five lower-case words, blanks between
_PASSPHRASE = "[a-z]{4,8}(?: [a-z]{4,8}){2,4}"
# HTTP Basic credentials: base64 of "admin:" and 9-18 characters of ` and a-o, written group by
# group (each group of four is base64 of three such characters)
_BASIC = "YWRtaW46(?:[YZab][GWm2][BFJNRVZdhlptx159][g-v]){3,6}"
_PEM_BODY = f"(?:{_B64}{{64}}\\n){{4,9}}{_B64}{{8,63}}={{0,2}}"
_TOKEN_TAIL = "[0-9a-zA-Z_-]"
_AWS_KEY_ID = "AKIAZ3KD7Q2WXR4NB5TM"

_FAMILIES = Families("earlybird", "americanexpress/earlybird:config/rules/")
SOURCE_PATHS = _FAMILIES.source_paths
_t, _prefixed, _near = _FAMILIES.family, _FAMILIES.prefixed, _FAMILIES.keyed_and_text

PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed("google-oauth-access-token", f"ya29\\.{_TOKEN_TAIL}{{68}}", "password-secret.yaml #31 3041",
               "GET https://www.googleapis.com/calendar/v3/users/me/calendarList Authorization: Bearer {v}"),
    *_prefixed("google-api-key", f"AIzaSy{_TOKEN_TAIL}{{33}}", "password-secret.yaml #33 3043",
               "GET https://www.googleapis.com/youtube/v3/search?part=snippet&q=orders&key={v}"),
    *_prefixed("slack-token", "xox[pboa]-[0-9]{9,13}-[0-9]{9,13}-[0-9]{9,13}-[0-9a-f]{32}", "password-secret.yaml #35 3045",
               "POST https://slack.com/api/chat.postMessage Authorization: Bearer {v}"),
    *_prefixed("slack-legacy-token", "xox[sp]-[0-9]{10}-[0-9]{10}-[0-9]{12}-[a-z0-9]{32}", "password-secret.yaml #37 3047",
               "GET https://slack.com/api/users.list?token={v}&pretty=1"),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near("consumer-secret", "[A-Za-z0-9]{32,50}", "content.yaml #1 3010",
           ("ConsumerSecret", "consumerSecret", "consumersecret"),
           "<ConsumerSecret>{v}</ConsumerSecret>",
           "<Twitter>\n  <ConsumerKey>xvz1evFS4wEEPTGEFPHBog</ConsumerKey>\n  <ConsumerSecret>{v}</ConsumerSecret>\n</Twitter>"),
    *_near("season-password", _SEASON_PW, "password-secret.yaml #9 1074",
           ("password", "db_password", "ADMIN_PASSWORD"),
           "password = '{v}'",
           "spring.datasource.password={v}",
           "<add key=\"SmtpPassword\" value=\"{v}\" />",
           "mysql -u {u} --password={v} orders"),
    *_near("password", _PW, "password-secret.yaml #10 3001",
           ("password", "db_password", "adminPassword", "SMTP_PASSWORD", "keystorePassword"),
           "db_password = '{v}'",
           "\"password\": \"{v}\",",
           "DATABASE_PASSWORD: \"{v}\"",
           "ldap:\n  bind_dn: cn={u},dc=acme,dc=io\n  bindPassword: '{v}'"),
    *_near("pw", _BARE_PW, "password-secret.yaml #11 3003",
           ("pw", "PW", "db_pw"),
           "pw = '{v}'",
           "conn = connect(host='db1', user='{u}', pw='{v}')",
           "db_pw={v}"),
    *_near("pass", _BARE_PW, "password-secret.yaml #12 3004",
           ("pass", "PASS", "smtp_pass"),
           "smtp:\n  user: {u}\n  pass: {v}",
           "auth: { user: '{u}', pass: '{v}' }",
           "SMTP_PASS={v}"),
    *_near("pword", _BARE_PW, "password-secret.yaml #13 3005",
           ("pword", "PWORD", "admin_pword"),
           "pword = \"{v}\"",
           "admin_pword: {v}"),
    *_near("passphrase", _BARE_PW, "password-secret.yaml #14 3006",
           ("passphrase", "PASSPHRASE", "gpg_passphrase"),
           "passphrase = '{v}'",
           "GPG_PASSPHRASE={v}",
           "ssl:\n  key_passphrase: \"{v}\""),
    *_near("passwrd", _BARE_PW, "password-secret.yaml #17 3021",
           ("passwrd", "PASSWRD", "db_passwrd"),
           "passwrd = '{v}'",
           "db_passwrd: {v}"),
    *_near("passwd", _BARE_PW, "password-secret.yaml #18 3022",
           ("passwd", "PASSWD", "ldap_passwd"),
           "passwd = '{v}'",
           "ldap_passwd: {v}",
           "$cfg['Servers'][1]['passwd'] = '{v}';"),
    *_near("secret", _SECRET, "password-secret.yaml #19 3026",
           ("secret", "SECRET", "Secret"),
           "secret = '{v}'",
           "jwt:\n  secret: {v}\n  expires_in: 3600",
           "app.config['SECRET'] = \"{v}\""),
    *_near("secretkey", _SECRET, "password-secret.yaml #20 3027",
           ("secretKey", "SECRETKEY", "secretkey"),
           "secretKey = '{v}'",
           "minio:\n  accessKey: {u}\n  secretKey: {v}"),
    *_near("oauth-app-secret", _SECRET, "password-secret.yaml #21 3029",
           ("oauth.appSecret",),
           "oauth.appSecret = {v}",
           "oauth.appSecret: '{v}'",
           "java -Doauth.appSecret={v} -jar orders.jar"),
    *_near("app-secret", _SECRET, "password-secret.yaml #23 3032",
           ("appSecret", "AppSecret", "APPSECRET"),
           "appSecret = '{v}'",
           "wechat:\n  appId: wx8c2f1e4a7b3d6905\n  appSecret: {v}",
           "APPSECRET={v}"),
    *_near("client-secret", _SECRET, "password-secret.yaml #24 3033",
           ("client_secret", "clientSecret", "client-secret", "CLIENTSECRET"),
           "client_secret = '{v}'",
           "spring.security.oauth2.client.registration.okta.client-secret={v}",
           "clientSecret: \"{v}\""),
    *_near("auth-key", _SECRET, "password-secret.yaml #27 3035",
           ("auth_key", "authKey", "AUTH-KEY", "authkey"),
           "auth_key = '{v}'",
           "deepl:\n  auth_key: {v}",
           "AUTH_KEY={v}"),
    *_near("secret-key", _SECRET, "password-secret.yaml #28 3036",
           ("secret_key", "SECRET_KEY", "secret-key"),
           "SECRET_KEY = '{v}'",
           "secret-key: {v}",
           "django:\n  secret_key: \"{v}\""),
    *_near("token", "[A-Za-z0-9][A-Za-z0-9._-]{12,46}[A-Za-z0-9]", "password-secret.yaml #29 3037",
           ("auth_token", "access_token", "api_token", "bot_token", "session_token"),
           "auth_token='{v}'",
           "telegram:\n  bot_token: {v}",
           "\"access_token\": \"{v}\","),
    *_near("google-access-token-key", f"ya29\\.{_TOKEN_TAIL}{{68}}", "password-secret.yaml #30 3040",
           ("google_access_token", "GOOGLE_ACCESS_TOKEN"),
           "google_access_token = \"{v}\"",
           "{\"google_access_token\": \"{v}\", \"expires_in\": 3599}"),
    *_near("google-api-key-key", f"AIzaSy{_TOKEN_TAIL}{{33}}", "password-secret.yaml #32 3042",
           ("google_api", "GOOGLE_API"),
           "google_api = \"{v}\"",
           "GOOGLE_API='{v}'"),
    *_near("slack-xoxb-key", "xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24}", "password-secret.yaml #34 3044",
           ("slack_xoxb", "SLACK_XOXB"),
           "slack_xoxb = \"{v}\"",
           "slack_xoxb: '{v}'"),
    *_near("pwd", _BARE_PW, "password-secret.yaml #39 3049",
           ("pwd", "PWD", "mysql_pwd"),
           "Server=db1;Database=orders;Uid={u};Pwd={v};",
           "pwd = '{v}'",
           "MYSQL_PWD={v} mysqldump orders"),
    *_near("heroku-api-key", _UUID, "password-secret.yaml #42 3065",
           ("HEROKU_API_KEY", "heroku_api_key", "herokuApiKey"),
           "heroku: '{v}'",
           "HEROKU_API_KEY={v}",
           "deploy:\n  provider: heroku\n  api_key: {v}"),
    *_near("github-key", "[a-zA-Z0-9]{35,40}", "password-secret.yaml #43 3066",
           ("github",),
           "github: '{v}'",
           "github = \"{v}\"",
           "tokens:\n  github: \"{v}\""),
    *_near("facebook-key", "[0-9a-f]{32}|[0-9a-f]{64}", "password-secret.yaml #44 3067",
           ("facebook_app_secret", "facebookSecret", "FACEBOOK_CLIENT_SECRET"),
           "facebook: '{v}'",
           "FACEBOOK_APP_SECRET=\"{v}\"",
           "facebook_secret: \"{v}\""),
    *_near("twitter-key", "[a-zA-Z0-9]{35,44}", "password-secret.yaml #45 3068",
           ("twitter_consumer_secret", "TWITTER_ACCESS_TOKEN_SECRET", "twitterSecret"),
           "twitter: '{v}'",
           "TWITTER_CONSUMER_SECRET=\"{v}\"",
           "config.twitter = { consumer_secret: '{v}' }"),
    *_near("credential", _SECRET, "password-secret.yaml #46 3075",
           ("credential", "credentials", "CREDENTIALS"),
           "'credential': '{v}'",
           "credentials = \"{v}\"",
           "CREDENTIAL={v}"),
)

GENERIC: tuple[HeldFamily, ...] = (
    _t("private-key", T, _PEM_BODY, "content.yaml #10 3023",
       "-----BEGIN RSA PRIVATE KEY-----\n{v}\n-----END RSA PRIVATE KEY-----",
       "-----BEGIN OPENSSH PRIVATE KEY-----\n{v}\n-----END OPENSSH PRIVATE KEY-----",
       "-----BEGIN DSA PRIVATE KEY-----\n{v}\n-----END DSA PRIVATE KEY-----",
       "-----BEGIN EC PRIVATE KEY-----\n{v}\n-----END EC PRIVATE KEY-----",
       "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n{v}\n=Qm4T\n-----END PGP PRIVATE KEY BLOCK-----"),
    _t("xml-password", T, _PW, "password-secret.yaml #15 3007",
       "<password>{v}</password>",
       "<datasource>\n  <user>{u}</user>\n  <password>{v}</password>\n</datasource>",
       "<Password>{v}</Password>"),
    _t("xml-passphrase", T, _PW, "password-secret.yaml #16 3008",
       "<passphrase>{v}</passphrase>",
       "<keystorePassphrase>{v}</keystorePassphrase>",
       "<signing>\n  <passphrase>{v}</passphrase>\n</signing>"),
    _t("quoted-passphrase", T, _PASSPHRASE, "password-secret.yaml #14 3006",
       "passphrase = '{v}'",
       "gpg_passphrase: \"{v}\"",
       "\"passphrase\": \"{v}\""),
    _t("aws-configure-prompt", T, "[A-Za-z0-9/+]{40}", "password-secret.yaml #22 3030",
       f"$ aws configure\nAWS Access Key ID [None]: {_AWS_KEY_ID}\nAWS Secret Access Key [None]: {{v}}\nDefault region name [None]: eu-west-2",
       "AWS Secret Access Key [****************7Q2A]: {v}"),
    _t("basic-auth", T, _BASIC, "password-secret.yaml #25 3084",
       "Authorization: Basic {v}",
       "headers = {'Authorization': 'Basic {v}'}",
       "proxy_auth = \"Basic {v}\"",
       "curl -H \"Authorization:Basic {v}\" https://jenkins.acme.io/api/json"),
    _t("npmrc-token", T, _UUID, "password-secret.yaml #38 3048",
       "//registry.npmjs.org/:_authToken={v}",
       "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={v}"),
    _t("unquoted-password", T, _BARE_PW, "password-secret.yaml #40 3057",
       "db.password={v}",
       "ADMIN_PASSWORD={v}",
       "redis_password: {v}",
       "keystore.password = {v}"),
    _t("db-connection-string", T, "[A-Za-z0-9_]{8,20}", "password-secret.yaml #41 3060",
       "DATABASE_URL=postgresql://{u}:{v}@db.acme.io/orders",
       "spring.data.mongodb.uri=mongodb://{u}:{v}@mongo1.acme.io/orders",
       "mysql://{u}:{v}@10.0.4.12/shop",
       "couchbase://{u}:{v}@cb.acme.io/bucket",
       "oracle://{u}:{v}@ora.acme.io/ORCL"),
    _t("quoted-high-entropy", T, "[A-Za-z0-9][A-Za-z0-9+/_-]{22,62}[A-Za-z0-9]", "password-secret.yaml #47 5001",
       "client = ApiClient('{v}')",
       "var k = \"{v}\";",
       "init(\"orders\", \"{v}\")"),
    *(
        replace(_t(f"card-{brand}", T, pattern, f"ccnumber.yaml #{n} {2001 + n}", *_CARD_LINES), check="luhn")
        for n, (brand, pattern) in enumerate(
            (
                ("amex", "3[47][0-9]{13}"),
                ("diners", "3(?:0[0-5]|[68][0-9])[0-9]{11}"),
                ("discover", "6(?:011|5[0-9]{2})[0-9]{12}"),
                ("jcb", "(?:2131|1800|35[0-9]{3})[0-9]{11}"),
                ("maestro", "(?:5[0678][0-9]{2}|6304|6390|67[0-9]{2})[0-9]{8,15}"),
                ("mastercard", "(?:5[1-5][0-9]{2}|222[1-9]|22[3-9][0-9]|2[3-6][0-9]{2}|27[01][0-9]|2720)[0-9]{12}"),
                ("visa", "4[0-9]{15}"),
            )
        )
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR + GENERIC

# shapes no earlier round nor the public-format corpus has (a grep of their modules for the key,
# the prompt or the issuer, before this round was measured); the other families are "known"
_NEW = ("season-password", "pword", "passwrd", "aws-configure-prompt", "card-diners", "card-maestro")
NEW, KNOWN = split_by_prefix(FAMILIES, _NEW)

ROUND = HeldOutRound(
    "round-22",
    __doc__,
    109,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "generic": GENERIC, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
