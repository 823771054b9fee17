"""A twenty-first held-out recall measure: the YARA signature files of eth0izzle's shhgit.

``python -m tests.unit.redact.heldout_round21 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): eth0izzle/shhgit, the rule files directly under
``app/rules/`` (one stored version of each, as the search index holds it).  shhgit watches public
code pushes for secrets and sensitive files; its signatures name either a file (by name, path or
extension) or a pattern over a file's text.

Why shhgit: the brief's candidates in its order.  mazen160/secrets-patterns-db is read (round 12
read ``db/rules-stable.yml``; the index's ``db/`` holds besides it only ``pii-stable.yml``,
personal data, and ``sensitive-fields-full.yml``/``-simple.yml``, field names, no secrets);
Yelp/detect-secrets' ``detect_secrets/plugins/``, secretlint's ``secretlint-rule-*`` packages and
semgrep-rules' ``generic/secrets/`` were read by round 3.  shhgit is named by round 14 among the
sources it did not open, and no docstring of rounds 2-20, noseyparker or public_formats names it
as read.  Its ``config.yaml`` (the older signature list, one file at the root) cannot be listed
without reading its text; ``app/rules/`` can: the index lists it whole (70 rows, ``README.md``
and 69 ``.yara`` files, one version each, commit 5d83062).  Before the rule below was written only
the folder's file names were listed; no rule file's text was read.

The rule that chooses the patterns, written here before any rule file was read and before any
secret was generated:

1. every ``.yara`` file the index lists directly under ``app/rules/``, in its order (by path,
   byte order): 69 files numbered from 0 (``apache_htpasswd_file`` #0, ``apple_keychain_database
   _file`` #1, ``aws_access_key_id`` #2 ... ``terraform_variable_config_file`` #67,
   ``tunnelblick_vpn_configuration_file`` #68); ``README.md`` is no rule;
2. every rule of each file in file order; a rule whose match is no secret or only a public or
   identifying value (an id, an account number, a user name, a host, a public key) is left out,
   its id noted; a rule that matches a file by its name, path or extension alone (a keychain, a
   database file, a log file, a shell history) is left out, its id noted, as round 20 left out
   whispers' file names; a rule taking a value of fewer than 8 characters too; a rule whose
   pattern is another rule's of this round character for character is left out, its id noted;
3. each rule left gives families by its shape, as rounds 17-20's did: a token with a prefix or a
   fixed shape of its own a bare family and one in a request or log line; a rule that needs
   context before the value (a key or a word the rule names) a keyed family (keys in the shape
   the rule names) and a text family (assignments and lines in the shape it describes, in the
   file kinds the rule names); a connection string, URL or whole-file shape holding a secret a
   text family in the shape it describes;
4. a rule whose provider an earlier round or the public-format corpus already has stays, and the
   figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 107 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99 are
printed too.

The 69 files hold one rule each.  53 match a file by its name, path or extension alone and are
left out (``apache_htpasswd_file`` #0, ``apple_keychain_database_file`` #1,
``aws_cli_credentials_file`` #4, ``azure_service_configuration_schema_file`` #6,
``chef_private_key`` #7, and every file #8-#14, #17-#20, #24-#36, #38, #40-#52, #54-#57, #60-#62,
#66-#68: netrc, .env, .gitconfig, keychains, databases, dumps, logs, shell histories and
profiles, ``.pem``/``.ppk``/``_ecdsa`` key files, ``master.key``, ``secrets.yml``,
``terraform.tfvars`` ...).  Of the 16 rules over a file's text, four are left out:
``aws_access_key_id`` #2 (an access key id), ``aws_account_id`` #3 (an account number),
``facebook_client_id`` #15 (an app id) and ``google_gcm_service_account`` #22 (the words
``"type": "service_account"``, no value).  12 rules give 22 families (``SOURCE_PATHS``:
``<file> #<file number>``): 7 prefixed rules (bare and in a request: Google's ``AIza`` API key
and ``ya29.`` OAuth access token, NuGet's ``oy2``, Braintree's
``access_token$production$<16>$<32 hex>``, SendGrid's ``SG.<22>.<43>``, Square's ``sq0csp-``
OAuth secret, StackHawk's ``hawk.<20>.<20>``), 3 rules that need a word before the value (keyed
and text: an AWS secret access key (40 base64 characters after a key made of the words aws,
secret, access, key, id, joined by ``_`` or nothing, and ``:``, ``=`` or ``=>``), a Facebook
secret (32 hex digits in quotes within 20 characters after ``facebook``/``fb``), a SonarQube
token (40 hex digits within 50 characters after ``sonar``)) and 2 text rules (a Slack webhook
URL, whose last part of 24 is the family's value, and ``sshpass -p`` with a quoted password).
The source leaves a length open for ``ya29.`` (any); the family writes 60-180.  Every provider is
one an earlier round or the public-format corpus has (a grep of those modules for nuget, oy2,
stackhawk, sshpass, sonar, sq0csp, ya29, AIza, braintree, ``SG.``, facebook, ``hooks.slack``), so
the ``known``/``new`` split is not printed: all 22 families are known.  Versions read: every file
at the index's commit 5d83062.

Formats are facts in our own notation, generated at test time; no rule text of the source is
copied.  The keyed families' keys are written in the shapes the rules name (``aws_secret``,
``secret_key``, ``AWS_SECRET_KEY_ID``; ``facebook_app_secret``, ``FB_SECRET``; ``sonar.login``,
``SONAR_TOKEN``); the text families in the file kinds the providers' docs show (a ``.env``, Ruby
and JavaScript configuration, a Maven or sonar-scanner command line, a ``sonar-project.properties``,
CI YAML, a shell or Ansible line).

First measurement, BEFORE any rule was changed for these families (seed 107, 7 samples per
family, rules as of commit 4f39438, the last change to pipeline/redact; the module written and
run once, nothing tuned): strict **153/154 = 99.35%**, loose 153/154 = 99.35% (prefixed 98/98,
near 41/42, generic 14/14; by carrier, strict and loose alike: bare 49/49, keyed 21/21, text
83/84).  Seeds 7 and 99, same rules: 152/154 = 98.70% each.  The round-21 lookalikes: 30/600
touched (``GOOGLE_CLIENT_ID=<12 digits>-<32>.apps.googleusercontent.com``, 22, taken by
secret-assignment as half of a provider's credential pair, and Square's sandbox application id
``SQUARE_APPLICATION_ID=sandbox-sq0idb-<22>``, 8, taken by prefixed-tokens-round12's ``sq0`` of
any kind).  By class, the misses were: a secret as a positional argument of an OmniAuth
``provider``-style call after the provider's symbol (``config.omniauth :facebook, ENV['FB_ID'],
'<32 hex>'``: 6/7 text at each seed, the one template of the four that names no secret word), and
at seeds 7 and 99 an AWS secret under a key whose last word is ``id`` (``AWS_SECRET_KEY_ID`` in a
record, ``--aws-secret-key-id`` on a command line: 6/7 keyed; the key classifier reads the key as
an id).

The held-out figure is printed again by running this module against the rules of 4f39438
(the commit that holds this paragraph holds this module and those rules)::

    git worktree add --detach /tmp/r21base 5457b6d
    cd /tmp/r21base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round21

Any figure measured after that is in-sample.  After the round-21 rules (b4b4045; new:
omniauth-provider-secret, a literal random secret after a provider's symbol and its id in an
OmniAuth or Devise builder line; a key ending in ``secret`` ``key`` ``id`` is secret, not an id;
and for the lookalikes: Square's application ids ``sq0idp-``/``sq0idb-`` are no longer taken as
its credentials, and a value ending in ``.apps.googleusercontent.com`` under a provider's client-id
key is Google's public OAuth client id): **154/154 = 100%** strict and loose, seeds 7 and 99 the
same (bare 49/49, keyed 21/21, text 84/84).  The round-21 lookalikes: 0/600, and 0/3000 at seeds 1,
2 and 3 (132, 124 and 125 before).  Left: the round is small (12 rules; shhgit's signatures are
mostly file names) and every provider in it was known, so it says little about new formats; a
provider's client id under ``<PROVIDER>_CLIENT_ID`` is still taken as half of a credential pair
unless it is Google's (a deliberate choice of the key classifier, kept); in a record, a Google
client id under ``GOOGLE_CLIENT_ID`` goes through the key classifier, not secret-assignment, and is
still redacted; an OmniAuth secret as a bare word or a symbol (no quotes) is not taken (taken since
round 22's f19813a).
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round21 import lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

T = "text"
_B62 = "[A-Za-z0-9]"
_URLSAFE = "[A-Za-z0-9_-]"
# a password as a shell argument: no quote, blank or backslash, a letter or digit at either end
_PW = "[A-Za-z0-9][A-Za-z0-9!#%^*_+=.,~@:-]{6,22}[A-Za-z0-9]"
_SLACK_HOOK = "https://hooks.slack.com/services/T07KQ2XA1/B08ZN4TR6/"
_FB_APP_ID = "1042785536210947"

_FAMILIES = Families("shhgit", "eth0izzle/shhgit:app/rules/")
SOURCE_PATHS = _FAMILIES.source_paths
_t, _prefixed, _near = _FAMILIES.family, _FAMILIES.prefixed, _FAMILIES.keyed_and_text

PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed("google-cloud-api-key", f"AIza{_URLSAFE}{{35}}", "google_cloud_api_key.yara #21",
               "GET https://maps.googleapis.com/maps/api/geocode/json?address=Leeds&key={v}"),
    *_prefixed("google-oauth-access-token", f"ya29\\.{_URLSAFE}{{60,180}}", "google_oauth_access_token.yara #23",
               "GET https://www.googleapis.com/drive/v3/files Authorization: Bearer {v}"),
    *_prefixed("nuget-api-key", "oy2[a-z0-9]{43}", "nuget_api_key.yara #37",
               "dotnet nuget push Acme.Orders.1.4.2.nupkg --api-key {v} --source https://api.nuget.org/v3/index.json"),
    *_prefixed("braintree-access-token", "access_token\\$production\\$[0-9a-z]{16}\\$[0-9a-f]{32}",
               "paypal_braintree_access_token.yara #39",
               "POST https://payments.braintree-api.com/graphql Authorization: Bearer {v}"),
    *_prefixed("sendgrid-api-key", f"SG\\.{_URLSAFE}{{22}}\\.{_URLSAFE}{{43}}", "sendgrid_api_key.yara #53",
               "POST https://api.sendgrid.com/v3/mail/send Authorization: Bearer {v}"),
    *_prefixed("square-oauth-secret", f"sq0csp-{_URLSAFE}{{43}}", "square_oauth_secret.yara #63",
               "POST https://connect.squareup.com/oauth2/token client_id=sq0idp-wGVapF8sNt9PLrdj5znuKA&client_secret={v}"),
    *_prefixed("stackhawk-api-key", f"hawk\\.{_URLSAFE}{{20}}\\.{_URLSAFE}{{20}}", "stackhawk_api_key.yara #65",
               "POST https://api.stackhawk.com/api/v1/auth/login X-ApiKey: {v}"),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "aws-secret-access-key", "[A-Za-z0-9/+]{40}", "aws_secret_access_key.yara #5",
        ("aws_secret_access_key", "aws_secret", "secret_key", "AWS_SECRET_KEY_ID", "secretaccesskey"),
        "AWS_SECRET_ACCESS_KEY={v}",
        "config.aws_secret = '{v}'",
        "Aws.config.update(credentials: Aws::Credentials.new(ENV['AWS_KEY'], secret: '{v}'))",
        ":secret_access_key => \"{v}\",",
        '"secret_key": "{v}"',
    ),
    *_near(
        "facebook-secret-key", "[0-9a-f]{32}", "facebook_secret_key.yara #16",
        ("facebook_app_secret", "FB_SECRET", "facebookSecret", "fb_client_secret"),
        f"FACEBOOK_APP_ID={_FB_APP_ID}\nFACEBOOK_APP_SECRET='{{v}}'",
        "passport.use(new FacebookStrategy({ clientID: '" + _FB_APP_ID + "', clientSecret: '{v}' }))",
        "fb_app_secret = \"{v}\"",
        "config.omniauth :facebook, ENV['FB_ID'], '{v}'",
    ),
    *_near(
        "sonarqube-token", "[0-9a-f]{40}", "sonarqube_docs_api_key.yara #59",
        ("sonar.login", "SONAR_TOKEN", "sonarToken", "sonar_auth_token"),
        "mvn clean verify sonar:sonar -Dsonar.projectKey=orders -Dsonar.login={v}",
        "sonar-scanner -Dsonar.host.url=https://sonar.acme.io -Dsonar.token={v}",
        "sonar.projectKey=acme_orders\nsonar.login={v}",
        "env:\n  SONAR_TOKEN: \"{v}\"",
    ),
)

GENERIC: tuple[HeldFamily, ...] = (
    _t("slack-webhook", T, "[a-zA-Z0-9_]{24}", "slack_webhook.yara #58",
       f"curl -X POST --data-urlencode 'payload={{\"text\": \"build green\"}}' {_SLACK_HOOK}{{v}}",
       f"notifications:\n  slack:\n    webhook_url: \"{_SLACK_HOOK}{{v}}\"",
       f"SLACK_WEBHOOK_URL={_SLACK_HOOK}{{v}}"),
    _t("sshpass-password", T, _PW, "ssh_password.yara #64",
       "sshpass -p '{v}' ssh {u}@10.0.4.12 'systemctl restart orders'",
       "sshpass -p \"{v}\" scp build.tar.gz {u}@deploy.acme.io:/srv/releases/",
       "- name: copy keys\n  shell: sshpass -p '{v}' ssh-copy-id -o StrictHostKeyChecking=no {u}@bastion"),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR + GENERIC

ROUND = HeldOutRound(
    "round-21",
    __doc__,
    107,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "generic": GENERIC},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
