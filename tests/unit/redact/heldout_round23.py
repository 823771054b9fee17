"""A twenty-third held-out recall measure: the signature list of Deepfence's SecretScanner.

``python -m tests.unit.redact.heldout_round23 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): deepfence/SecretScanner, its signature list
``config.yaml`` at the repository's root (one stored version, the index's), and its YARA files
only as the rule below says.  SecretScanner looks for secrets in container images and file
systems; each of its signatures names a part of a file (its name, path, extension or contents),
a pattern or a fixed string for that part, a name and a severity.

Why SecretScanner: the brief names it, and no round has read it (a grep of ``tests/unit/redact``,
``pipeline/redact`` and ``README.md`` for ``secretscanner`` and ``deepfence`` finds only round
14's docstring, which names SecretScanner among the sources it did not open; the docstrings of
rounds 2-22 and noseyparker name gitleaks, trufflehog, Nosey Parker, GitHub's partner list,
Microsoft's security-utilities, detect-secrets, semgrep, secretlint, Kingfisher, GitGuardian's
docs, Bearer, secrets-patterns-db, trivy, sonar-text, titus, whispers, shhgit and earlybird).
The index lists the repository whole (71 rows): the signature list ``config.yaml`` (commit
a1beb7f, 22 versions held), two YARA files, ``secret.yar`` (dc87df0, one version) and
``rules/yara.rules`` (b60fa2d, two versions), the Go engine (``core/``, ``scan/``, ``jobs/``,
``server/``, ``output/``, ``signature/signatures.go`` and ``signature/hs_pattens.go``, the code
that loads and compiles the signatures), a rule converter (``cmd/convert-rules/main.go``), a
listing ``docs/yara-rules/listing.json``, test data ``test/keys.txt``, docs and build files.
Before the rule below was written only those file names were listed; no file's text was read.

The rule that chooses the patterns, written here before any rule file was read and before any
secret was generated:

1. ``config.yaml`` at the version the index lists (a1beb7f); its signatures in file order,
   numbered from 0 over the whole list; only those over a file's contents are taken (a
   signature whose part is a file's name, path or extension is left out, its number noted, as
   rounds 21 and 22 left out shhgit's and earlybird's file names); the list's other settings
   (extensions, paths and entropy limits to skip) are no patterns and are not taken;
2. ``secret.yar`` and then ``rules/yara.rules`` (at the versions the index lists; each YARA rule
   in file order, numbered from 0 within its file, its strings and condition one rule) only if
   step 1 leaves fewer than 20 rules, and only until 20 are taken; ``signature/hs_pattens.go``
   after them on the same terms; the rest of the Go code, the converter, the listing, the test
   data and the docs are not read for patterns;
3. a rule whose match is no secret or only a public or identifying value (an id, an account
   number, a user or host name, an e-mail or IP address, a public key, a bucket or a URL
   without credentials, a word list) is left out, its number noted; a rule whose value is
   fewer than 8 characters too; a rule whose pattern is another rule's of this round character
   for character, or that takes the same values in the same context as an earlier rule of this
   round, is left out, its number noted;
4. each rule left gives families by its shape, as rounds 17-22's did: a token with a prefix or a
   fixed shape of its own a bare family and one in a request or log line; a rule that needs
   context before the value (a key or a word the rule names) a keyed family (keys in the shape
   the rule names) and a text family (assignments and lines in the shape it describes, in the
   file kinds the rule names); a connection string, URL or whole-file shape holding a secret a
   text family in the shape it describes;
5. a rule whose provider an earlier round or the public-format corpus already has stays, and the
   figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 113 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99 are
printed too.

config.yaml holds 147 signatures (#0-#146).  102 name a file by its extension, name or path and
are left out: #0-#80 (key bundles, keychains, databases, shell histories, ``.pgpass``,
``.netrc``, ``.npmrc``, ``.dockercfg``, ``terraform.tfvars``, ``*_rsa`` ...), #115-#126
(``.ppk``, ``heroku.json``, dumps, ``.remote-sync.json``, ``.ftpconfig`` ...), #138-#146 (IDE and
sftp configurations, ``secrets.yml``, ``master.key``, Firefox's logins, Bitcoin wallets).  Of the
45 over a file's contents, nine are left out: #81 and #82 (an AWS access key id, bare and under
its key), #83 (an AWS account number), #89 (the words ``"type": "service_account"``, no value),
#91 (a Google OAuth client id, ``.apps.googleusercontent.com``), #111 (a user name before
``password=``: its match ends at the ``=``, the password is not in it), #131, #133 and #136
(Facebook, Twitter and LinkedIn client ids).  #128's constants ``DB_NAME``, ``DB_USER``,
``DB_HOST`` and ``DB_CHARSET`` are names and hosts, not taken; its key, salt and password
constants are.  36 rules give 66 families (``SOURCE_PATHS``: ``config.yaml #<number>``): 16
prefixed rules (bare and in a request: Facebook's ``EAACEdEose0cBA``, Stripe's ``sk_``/``rk_``
``live``/``test``, Google's ``AIza`` and ``ya29.``, Picatic's ``sk_live_`` with 32, Square's
``sq0atp-`` and ``sq0csp-``, Braintree's ``access_token$production$``, Amazon MWS's
``amzn.mws.``, Twilio's ``SK``, SendGrid's ``SG.``, Mailgun's ``key-``, Mailchimp's ``-us<n>``,
Slack's ``xox[pboa]-`` of four parts, NuGet's ``oy2``, StackHawk's ``hawk.``), 13 rules that need
a word before the value (keyed and text: an AWS secret access key and session token under keys
of the words the rules name, values within 50 characters after ``artifactory`` (112),
``codeclima`` (64 hex), ``sauce`` (a UUID), ``sonar`` (40 hex), ``hockey`` (32 hex), after
``appid=`` (32 hex), and in quotes within 20 characters after ``facebook``/``fb`` (32 hex),
``twitter`` (35-44), ``github`` (35-40), ``heroku`` (a UUID) and ``linkedin`` (16)) and 7 text
rules (``sshpass -p`` with a quoted password; an Outlook/Teams webhook URL, its first UUID the
value; a Slack webhook URL, its last part of 24; a user and password in a URL, the password the
value; a private key's body under a header naming EC, RSA, DSA, OPENSSH or PGP; WordPress's
``wp-config.php`` ``define()`` of a key or salt (64 characters as WordPress's secret-key service
writes them, blanks and marks among them) and of ``DB_PASSWORD``, two families; the AWS
credentials file's ``aws_secret_access_key =`` line, 20-40).  Where a source pattern is not the
provider's format, the family writes the provider's: Picatic's ``sk_[live|test]_`` (a class of
one letter as written) is ``sk_live_``/``sk_test_``; Mailchimp's ``-us[0-9]{12}`` is the data
centre's ``-us`` and one or two digits; Heroku's four groups are a UUID's five; a length the
source leaves open (``EAACEdEose0cBA``, ``ya29.``) is 100-180 and 60-180.  Every provider but
WordPress's keys and salts is one an earlier round or the public-format corpus has (a grep of
their modules for artifactory, codeclim, EAACEdEose, picatic, amzn, mailchimp, outlook.office,
sauce, hockey, openweather, linkedin, sq0atp, oy2, the key-/SK/xox prefixes, ``define(``,
``NONCE_SALT``): group ``new`` is ``wp-config-key`` alone, the other 65 are ``known``.  Version
read: config.yaml a1beb7f; the YARA files and ``hs_pattens.go`` not read (36 rules is more than
20).

Formats are facts in our own notation, generated at test time; no rule text of the source is
copied.  The keyed families' keys are written in the shapes the rules name; the text families in
the file kinds the signatures' names and the providers' docs show (shell, ``.env``, YAML and JSON
configuration, JavaScript, Ruby, PHP, Gradle, Terraform, fastlane, an AWS credentials file, PEM).

First measurement, BEFORE any rule was changed for these families (seed 113, 7 samples per
family, rules as of commit 2da54f4, the last change to pipeline/redact; the module written and
run once, nothing tuned): strict **437/462 = 94.59%**, loose 437/462 = 94.59% (prefixed 216/224,
near 170/182, generic 51/56; known 435/455, new 2/7; by carrier, strict and loose alike: bare
104/112, keyed 84/91, text 249/259).  Seeds 7 and 99, same rules: 437/462 = 94.59% each, strict
and loose, the same misses by carrier.  The round-23 lookalikes: 16/600 touched (WordPress's
sample placeholder ``define( 'AUTH_KEY', 'put your unique phrase here' );``, 7, taken by
secret-name-literal-pair; a private key's header alone at the end of a comment, ``# writes
-----BEGIN RSA PRIVATE KEY-----``, 9, taken by private-key-block).  By class, the misses were: a
Mailgun ``key-`` token with no word before it (1/7 bare: only ``token=`` took it); a Mailchimp
key glued to the text before or after it (5/7 bare); a value in backticks after a secret key
(``aws_secret = `...```, 6/7 text); a WordPress key or salt other than ``AUTH_KEY`` and
``SECURE_AUTH_KEY`` (``LOGGED_IN_KEY``, ``NONCE_KEY``, ``*_SALT``: 2/7 text); OpenWeather's key
under ``appid`` or a key naming the provider and ``appid`` (``openweather_appid``,
``OWM_APPID``: 0/7 keyed, 5/7 text, only the ``&appid=`` of a URL taken); a Sauce Labs key as
the positional argument after the user on Sauce Connect's command line (5/7 text).

Before any rule changed, the branch was rebased onto main's 1c02a00 (round 22's second part,
aws-configure-secret-prompt and GitHub's or GitLab's name alone as a key), and again onto
3c6eccb (round 22's third part and f19813a's leftovers of rounds 17-21): with either's rules the
module prints the same figures at seeds 113, 7 and 99, and the same 16/600 lookalikes.  The
commit that holds the paragraph above (its message begins "round 23 held out, measured once";
f1f3bea on the branch rebased onto 48b6748, whose rules are 3c6eccb's; 1434287 on main) holds this module and
those rules, so the held-out figure is printed again by::

    git worktree add --detach /tmp/r23base <that commit>
    cd /tmp/r23base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round23

Any figure measured after that is in-sample.  After the round-23 rules (new:
wordpress-auth-key, the eight keys and salts of ``wp-config.php`` whatever the words of their
names, a placeholder left; mailgun-api-key takes ``key-`` and 32 letters and digits holding
both, with no word before it; mailchimp-api-key takes a key glued to the text around it, its
``-us<n>`` ending it; secret-assignment takes a value in backticks without a blank, not a
template literal's ``${...}``, and wakes on ``appid``; the key classifier reads ``appid`` after
OpenWeather's name (``OWM_APPID``, ``openweatherAppId``) as its API key; and for the lookalikes:
words with blanks between them and ``your`` among them are a placeholder, a private key's
header that ends the text holds no key): strict **456/462 = 98.70%**, loose the same (bare
110/112, keyed 89/91, text 257/259; known 449/455, new 7/7); seeds 7 and 99: 455/462 and
458/462, loose the same.  The round-23 lookalikes: 0/600, and 0/3000 at seeds 1, 2 and 3 (80,
87 and 82 before).  Left: a Mailgun key glued to a word before or after it (``BoomErrkey-...``,
``key-...abc``: ``key-`` ends ordinary words, monkey-, turkey-, so no boundary is dropped there;
2/7 bare); a Sauce Labs key as a positional argument after the user (``sauce-connect.jar <user>
<key>``, 2/7 text: nothing but the program says what the argument is); OpenWeather's key under
``appid`` alone (2, 3 and 0 keyed samples at seeds 113, 7 and 99: other providers' app ids under
that name are ids, Agora's of the same 32 hex).
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round23 import lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound, split_by_prefix

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

T = "text"
_HEX = "[a-f0-9]"
_UUID = f"{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}"
_B64 = "[A-Za-z0-9+/]"
_URLSAFE = "[0-9A-Za-z_-]"
# a password in quotes or a URL: no quote, blank, '@', ':', '/' or ';', a letter or digit at either end
_PW = "[A-Za-z0-9][A-Za-z0-9!#%^*_+=.~$-]{6,22}[A-Za-z0-9]"
# a WordPress key or salt as its secret-key service writes them: 64 of letters, digits, blanks
# and the marks !@#$%^&*()-_[]{}<>~`+=,.;:/?| (no quote, no backslash)
# a database password as WordPress's installer takes it: 10-24 characters, no quote or blank
_WP_PW = "[A-Za-z0-9][A-Za-z0-9!#%^*_+=.~$-]{8,22}[A-Za-z0-9]"
_WP_SALT = "[A-Za-z0-9!@#$%^&*()_ \\[\\]{}<>~`+=,.;:/?|-]{64}"
_PEM_BODY = f"(?:{_B64}{{64}}\\n){{4,9}}{_B64}{{8,63}}={{0,2}}"
_AWS_KEY_ID = "AKIAQ4RZ7WT2MX6KJ3VB"
_TEAMS_TENANT = "3c9e51d2-7b04-4f8a-a1e6-95d02b7c4f18"
_TEAMS_PATH = "IncomingWebhook/8d2f6a1c0e9b47d3a5c8e2f4b6d0a7c9/5e1b9c3d-2a7f-4e08-b6d4-c1a39f7e2d50"
_SLACK_PATH = "https://hooks.slack.com/services/T4QX7ZK2M/B9RW3LN6P/"

_FAMILIES = Families("secretscanner", "deepfence/SecretScanner:config.yaml")
SOURCE_PATHS = _FAMILIES.source_paths
_t, _prefixed, _near = _FAMILIES.family, _FAMILIES.prefixed, _FAMILIES.keyed_and_text

PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed("facebook-access-token", "EAACEdEose0cBA[0-9A-Za-z]{100,180}", " #88",
               "GET https://graph.facebook.com/v19.0/me/accounts?fields=id,name&access_token={v}"),
    *_prefixed("stripe-api-key", "[rs]k_(?:live|test)_[0-9a-zA-Z]{24}", " #90",
               "curl https://api.stripe.com/v1/refunds -u {v}: -d charge=ch_3PqR7sLm2Xk9Wz4T"),
    *_prefixed("google-cloud-api-key", f"AIza{_URLSAFE}{{35}}", " #92",
               "POST https://fcm.googleapis.com/fcm/send Authorization: key={v}"),
    *_prefixed("google-oauth-access-token", f"ya29\\.{_URLSAFE}{{60,180}}", " #93",
               "curl -H \"Authorization: Bearer {v}\" https://www.googleapis.com/oauth2/v3/userinfo"),
    *_prefixed("picatic-api-key", "sk_(?:live|test)_[0-9a-z]{32}", " #94",
               "GET https://api.picatic.com/v2/event?filter[user_id]=4471 Authorization: Bearer {v}"),
    *_prefixed("square-access-token", f"sq0atp-{_URLSAFE}{{22}}", " #95",
               "curl https://connect.squareup.com/v2/locations -H 'Authorization: Bearer {v}'"),
    *_prefixed("square-oauth-secret", f"sq0csp-{_URLSAFE}{{43}}", " #96",
               "POST https://connect.squareup.com/oauth2/token {\"client_id\": \"sq0idp-Xr4Lm9Tq2Wz7Kb1Nc6Vd3H\", \"client_secret\": \"{v}\", \"grant_type\": \"authorization_code\"}"),
    *_prefixed("braintree-access-token", "access_token\\$production\\$[0-9a-z]{16}\\$[0-9a-f]{32}", " #97",
               "braintree gateway init for merchant 7xkq2mz9w4tr1bvn with {v} (production)"),
    *_prefixed("amazon-mws-auth-token", f"amzn\\.mws\\.{_UUID}", " #98",
               f"POST https://mws.amazonservices.co.uk/Orders/2013-09-01?AWSAccessKeyId={_AWS_KEY_ID}&Action=ListOrders&MWSAuthToken={{v}}&SellerId=A2Q7XK4WM9TZ3B"),
    *_prefixed("twilio-api-key", "SK[0-9a-fA-F]{32}", " #99",
               "twilio: signing video room token with API key {v} for room orders-standup"),
    *_prefixed("sendgrid-api-key", f"SG\\.{_URLSAFE}{{22}}\\.{_URLSAFE}{{43}}", " #100",
               "curl --request POST --url https://api.sendgrid.com/v3/mail/send --header 'Authorization: Bearer {v}'"),
    *_prefixed("mailgun-api-key", "key-[0-9a-zA-Z]{32}", " #101",
               "curl -s --user 'api:{v}' https://api.mailgun.net/v3/mg.acme.io/messages -F to=ops@acme.io"),
    *_prefixed("mailchimp-api-key", "[0-9a-f]{32}-us[0-9]{1,2}", " #102",
               "curl -X GET 'https://us6.api.mailchimp.com/3.0/lists?fields=lists.id' --user 'anystring:{v}'"),
    *_prefixed("slack-token", "xox[pboa]-[0-9]{12}-[0-9]{12}-[0-9]{12}-[a-z0-9]{32}", " #106",
               "curl -X POST -H 'Authorization: Bearer {v}' https://slack.com/api/conversations.list"),
    *_prefixed("nuget-api-key", "oy2[a-z0-9]{43}", " #112",
               "nuget push Acme.Orders.2.0.1.nupkg {v} -Source https://api.nuget.org/v3/index.json"),
    *_prefixed("stackhawk-api-key", f"hawk\\.{_URLSAFE}{{20}}\\.{_URLSAFE}{{20}}", " #114",
               "docker run --rm -e API_KEY={v} -v $(pwd):/hawk:rw stackhawk/hawkscan:latest"),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near("aws-secret-access-key", "[A-Za-z0-9/+]{40}", " #84",
           ("aws_secret_access_key", "AWS_SECRET", "SecretAccessKey", "secret_access_key", "aws_secret_key"),
           "const s3 = new AWS.S3({ accessKeyId: '" + _AWS_KEY_ID + "', secretAccessKey: '{v}' });",
           "\"AWS_SECRET_ACCESS_KEY\": \"{v}\",",
           "provider \"aws\" {\n  access_key = \"" + _AWS_KEY_ID + "\"\n  secret_key = \"{v}\"\n}",
           "aws_secret = `{v}`"),
    *_near("aws-session-token", "[A-Za-z0-9/+]{100,400}", " #85",
           ("aws_session_token", "AWS_SESSION_TOKEN", "SessionToken", "session_token", "token"),
           "export AWS_SESSION_TOKEN={v}",
           "{\"Credentials\": {\"AccessKeyId\": \"ASIAQ4RZ7WT2MX6KJ3VB\", \"SessionToken\": \"{v}\", \"Expiration\": \"2024-05-01T11:00:00Z\"}}",
           "[ci]\naws_session_token = {v}",
           "sessionToken: '{v}'"),
    *_near("artifactory-api-key", "[a-zA-Z0-9]{112}", " #86",
           ("ARTIFACTORY_API_KEY", "artifactory_password", "artifactoryToken"),
           "artifactory_password={v}",
           "jfrog rt config --url https://acme.jfrog.io/artifactory --apikey {v}",
           "env:\n  ARTIFACTORY_API_KEY: \"{v}\""),
    *_near("codeclimate-token", "[0-9a-f]{64}", " #87",
           ("CODECLIMATE_REPO_TOKEN", "codeclimate_api_token", "codeClimateToken"),
           "CODECLIMATE_REPO_TOKEN={v} bundle exec codeclimate-test-reporter",
           "codeclimate_api_token: \"{v}\"",
           "docker run -e CODECLIMATE_CODE=$PWD -e CODECLIMATE_TOKEN={v} codeclimate/codeclimate analyze"),
    *_near("sauce-access-key", _UUID, " #105",
           ("SAUCE_ACCESS_KEY", "sauce_access_key", "sauceKey"),
           "export SAUCE_ACCESS_KEY={v}",
           "java -jar sauce-connect.jar {u} {v}",
           "sauceConnect: { user: '{u}', accessKey: '{v}' }"),
    *_near("sonarqube-token", "[0-9a-f]{40}", " #108",
           ("SONAR_TOKEN", "sonar.login", "sonarqube_token"),
           "./gradlew sonarqube -Dsonar.projectKey=orders -Dsonar.login={v}",
           "SONAR_TOKEN={v}",
           "sonar {\n  properties {\n    property \"sonar.token\", \"{v}\"\n  }\n}"),
    *_near("hockeyapp-token", "[0-9a-f]{32}", " #109",
           ("HOCKEYAPP_API_TOKEN", "hockeyapp_token", "hockey_api_token"),
           "hockey(api_token: '{v}', ipa: 'build/Orders.ipa', notify: '0')",
           "curl -F 'ipa=@Orders.ipa' -H 'X-HockeyAppToken: {v}' https://rink.hockeyapp.net/api/2/apps/upload",
           "HOCKEY_API_TOKEN={v}"),
    *_near("openweather-api-key", "[0-9a-f]{32}", " #113",
           ("appid", "APPID", "openweather_appid", "OWM_APPID"),
           "GET https://api.openweathermap.org/data/2.5/weather?q=Leeds,uk&appid={v}",
           "curl \"https://api.openweathermap.org/data/3.0/onecall?lat=53.8&lon=-1.5&appid={v}&units=metric\"",
           "OWM_APPID={v}"),
    *_near("facebook-secret", "[0-9a-f]{32}", " #130",
           ("facebook_secret", "FB_APP_SECRET", "fbSecret", "facebookClientSecret"),
           "facebook_secret = '{v}'",
           "FB_APP_SECRET=\"{v}\"",
           "FacebookAppSecret = \"{v}\";",
           "fb_app_secret: '{v}'"),
    *_near("twitter-secret", "[0-9a-zA-Z]{35,44}", " #132",
           ("twitter_consumer_secret", "TWITTER_SECRET", "twitterSecret"),
           "twitter_consumer_secret = '{v}'",
           "TWITTER_ACCESS_SECRET=\"{v}\"",
           "config.twitter_secret = \"{v}\""),
    *_near("github-key", "[0-9a-zA-Z]{35,40}", " #134",
           ("github_token", "GITHUB_SECRET", "githubClientSecret", "github_api_key"),
           "github_token = \"{v}\"",
           "GITHUB_CLIENT_SECRET='{v}'",
           "GitHubClientSecret = \"{v}\";"),
    *_near("heroku-api-key", _UUID, " #135",
           ("HEROKU_API_KEY", "heroku_api_key", "herokuApiKey"),
           "HEROKU_API_KEY='{v}'",
           "heroku_api_key: \"{v}\"",
           "heroku.apiKey = \"{v}\""),
    *_near("linkedin-secret", "[0-9a-zA-Z]{16}", " #137",
           ("linkedin_client_secret", "LINKEDIN_SECRET", "linkedinSecret"),
           "linkedin_client_secret = '{v}'",
           "LINKEDIN_SECRET=\"{v}\"",
           "linkedin: { secret: '{v}' }"),
)

GENERIC: tuple[HeldFamily, ...] = (
    _t("sshpass-password", T, _PW, " #103",
       "sshpass -p '{v}' ssh -o StrictHostKeyChecking=no {u}@10.0.7.21 'df -h'",
       "sshpass -p \"{v}\" rsync -avz dist/ {u}@web2.acme.io:/srv/www/",
       "  script:\n    - sshpass -p '{v}' scp target/orders.war {u}@tomcat1:/opt/tomcat/webapps/"),
    _t("outlook-webhook", T, _UUID, " #104",
       f"curl -H 'Content-Type: application/json' -d '{{\"text\": \"release done\"}}' https://outlook.office.com/webhook/{{v}}@{_TEAMS_TENANT}/{_TEAMS_PATH}",
       f"TEAMS_WEBHOOK_URL=https://outlook.office.com/webhook/{{v}}@{_TEAMS_TENANT}/{_TEAMS_PATH}",
       f"notify:\n  teams:\n    url: \"https://outlook.office.com/webhook/{{v}}@{_TEAMS_TENANT}/{_TEAMS_PATH}\""),
    _t("slack-webhook", T, "[a-zA-Z0-9_]{24}", " #107",
       f"requests.post('{_SLACK_PATH}{{v}}', json={{'text': 'nightly export done'}})",
       f"alertmanager:\n  slack_api_url: {_SLACK_PATH}{{v}}",
       f"export SLACK_HOOK={_SLACK_PATH}{{v}}"),
    _t("uri-credentials", T, _PW, " #110",
       "git clone https://{u}:{v}@git.acme.io/platform/orders.git",
       "BROKER_URL=amqp://{u}:{v}@rabbit.acme.io:5672/orders",
       "lftp ftp://{u}:{v}@ftp.acme.io/uploads/ -e 'mirror -R dist'",
       "CACHE_URL=redis://default:{v}@cache1.acme.io:6379/0",
       "SQLALCHEMY_DATABASE_URI = \"postgresql+psycopg2://{u}:{v}@db1.acme.io/orders\""),
    _t("private-key", T, _PEM_BODY, " #127",
       "-----BEGIN RSA PRIVATE KEY-----\n{v}\n-----END RSA PRIVATE KEY-----",
       "-----BEGIN EC PRIVATE KEY-----\n{v}\n-----END EC PRIVATE KEY-----",
       "DEPLOY_KEY=\"-----BEGIN OPENSSH PRIVATE KEY-----\n{v}\n-----END OPENSSH PRIVATE KEY-----\"",
       "-----BEGIN DSA PRIVATE KEY-----\n{v}\n-----END DSA PRIVATE KEY-----",
       "-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\n{v}\n=Xq4L\n-----END PGP PRIVATE KEY BLOCK-----"),
    _t("wp-config-key", T, _WP_SALT, " #128",
       "define( 'AUTH_KEY',         '{v}' );",
       "define( 'SECURE_AUTH_KEY',  '{v}' );",
       "define('LOGGED_IN_KEY', '{v}');",
       "define( 'NONCE_KEY',        '{v}' );",
       "define( 'AUTH_SALT',        '{v}' );",
       "define( 'LOGGED_IN_SALT',   '{v}' );",
       "define('NONCE_SALT', '{v}');"),
    _t("wp-config-db-password", T, _WP_PW, " #128",
       "define( 'DB_PASSWORD', '{v}' );",
       "define('DB_PASSWORD', '{v}');",
       "/** Database password */\ndefine( 'DB_PASSWORD', '{v}' );"),
    _t("aws-credentials-file", T, "[0-9a-zA-Z/+]{20,40}", " #129",
       f"[default]\naws_access_key_id = {_AWS_KEY_ID}\naws_secret_access_key = {{v}}",
       "[profile ci]\naws_secret_access_key={v}\nregion = eu-west-2",
       f"AWS_ACCESS_KEY_ID={_AWS_KEY_ID}\nAWS_SECRET_ACCESS_KEY={{v}}"),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR + GENERIC

# shapes no earlier round nor the public-format corpus has (a grep of their modules for the
# provider's word or prefix, before this round was measured); the other families are "known"
_NEW = ("wp-config-key",)
NEW, KNOWN = split_by_prefix(FAMILIES, _NEW)

ROUND = HeldOutRound(
    "round-23",
    __doc__,
    113,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "generic": GENERIC, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
