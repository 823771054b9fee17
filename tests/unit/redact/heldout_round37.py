"""A thirty-seventh held-out recall measure: the LeakTK rules round 33's step passed over.

``python -m tests.unit.redact.heldout_round37 [--seed N] [--per-family N] [--sources]``

One source, the one round 33 read (December 2026): leaktk/patterns,
``patterns/gitleaks/8.27.0/98-general.toml`` at the version round 33 read (c53b20b, the one
``find_files`` lists; 78 ``[[rules]]`` tables, numbered from 0 in file order).  Round 33 took
every fourth rule (#0, #4 ... #76, 20 rules); the other 58 were passed over by its step and
measured by no round.

What was read of them before this rule was written: round 33's helper read the file whole to
count its rules and apply its step (its docstring says so), so the 58 were seen then, but none
was measured, and no rule change after round 33 names one but this: round 33's fix (2d2bcd8,
``yescrypt-password-hash``) took the ``$y$`` and ``$7$`` crypt(3) schemes beside the taken
``$gy$`` and names "LeakTK's Password Hash rules" in the plural, so those rules may have shaped a
fix.  The later fixes (7dd19a4; rounds 34 and 35, 3ebfb81 and a7cea71, from trufflehog) name no
LeakTK rule; round 33's other changes name its taken rules and LeakTK's allowlists (a grep of
``tests/unit/redact``, ``pipeline/redact``, ``README.md`` and ``git log --all`` for
``leaktk``, ``98-general``, ``97-flags`` and ``99-testing``).  For this round no rule file was
opened before this rule was committed; the file listing (names only) was read.

Other pattern files of the same version no round read: ``97-flags.toml`` and
``99-testing.toml`` (rules under trial); round 33's rule 1 left them out, and this round leaves
them too (named here for a later round).

The rule that chooses the patterns, written here before any rule's pattern was read and before
any secret was generated:

1. the 58 rules of ``98-general.toml`` (c53b20b) whose number is not a multiple of 4 (#1, #2,
   #3, #5 ... #77), in file order;
2. left out, each number noted: a rule whose description names it a password hash (``Password
   Hash``: the rules round 33's fix may have read, above); and round 33's rule 3 as it was
   written (a rule whose match is no secret or only a public or identifying value, a value of
   fewer than 8 characters, a rule the file marks as gitleaks', a rule whose pattern is another
   taken rule's, round 33's 20 included, or takes the same values in the same context);
3. the first 35 rules left after 2, in file order, are taken, and the rest left for a later
   round (their numbers given below); if those 35 give more than 75 families, the taken rules
   are cut at the last whose families keep the round at 75 or fewer;
4. each rule taken gives families as round 33's rule 4 built them: a token with a prefix or a
   fixed shape of its own a bare family and one in a request or log line; a rule that needs
   context before the value (a key or a word the rule names) a keyed family and a text family;
   a connection string, URL or whole-file shape holding a secret a text family in the shape it
   describes; where the rule's pattern is wider than the provider's format the family writes
   the provider's;
5. a rule whose provider an earlier round or the public-format corpus already has stays, and
   the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 193 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99 are
printed too.
The rule applied (98-general.toml at c53b20b, 57,572 characters, read whole after the rule above
was committed): of the 58 rules, left out by rule 2 are the six ``Password Hash`` rules among
them (#39 ``$y$``, #41 ``$7$``, #42 ``$2[abxy]$``, #43 ``$6$``, #45 ``$md5``, #46 ``$1$``), #1 AWS
IAM Unique Identifier (an id: an access key id or a user's, role's or group's unique id), #7
Controlled Unclassified Information (a document's marking, no secret) and #51 PKCS #12 File (a
file name alone, no pattern); no rule is marked as gitleaks' and none repeats a taken rule's
pattern or values in the same context.  The first 35 of the 49 left are taken (#2 to #58); **14
rules are left** for a later round: #59 Slack App Token, #61 Slack Config Access Token, #62
Slack Config Refresh Token, #63 Slack Legacy Bot Token, #65 Slack Legacy Workspace Token, #66
Slack User Token, #67 Slack Webhook URL, #69 StackRox JWT, #70 Square Access Token, #71 Square
OAuth Secret, #73 Testing Farm API Token, #74 Tines Webhook, #75 Twilio API Key, #77 WP-Config.

The 35 rules give 67 families (``SOURCE_PATHS``: ``98-general.toml #<number> <description>``),
inside the bound of 75: 24 prefixed or fixed-shape rules, bare and in a request or a client's
line (#5 a base64 AWS credentials file, #9 Facebook's ``EAACEdEose0cBA``, #17 ``gho_``, #18
``ghp_``, #19 ``ghr_``, #21 ``ghu_``, #22 ``glpat-``, #23 ``glptt-``, #25 Google's ``AIza``, #26
Groq's ``gsk_``, #30 Hugging Face's ``hf_``, #31 a Kubernetes service account's JWT, #34
Notion's ``ntn_``, #35 ``npm_``, #37 NVIDIA's ``nvapi-``, #38 OpenShift's ``sha256~``, #47
OpenAI's ``T3BlbkFJ`` keys, #49 Braintree's ``access_token$production$``, #50 Picatic's
``sk_live_`` of 32, #53 PyPI's ``pypi-AgEIcHlwaS5vcmc``, #54 SendGrid's ``SG.``, #55 Shopify's
``shpat_``, #57 ``shppa_``, #58 ``shpss_``); 8 rules that need a key or a word before the value,
keyed and text (#2 an ``Authorization:`` header's value, #3 an AWS secret access key after a key
starting ``aws``, #10 Facebook's 32 hex after ``facebook``, #13 an unquoted ``<name>=<value>`` at a
line's start under a secret's name, #14 an XML element named for a password, secret or token,
#15 an unquoted YAML value under such a name, #27 a Vault AppRole ``secret_id`` (a UUID) after
``vault``, #33 Mailgun's ``key-`` after ``mailgun`` or ``mg``); 3 text rules (#6 a container
registry's ``"auths"`` with its ``"auth"`` base64, #11 a file named for its secret
(``*.password``, ``*.secret``, ``*.token``) holding the value alone, shown with its name, #29 an
htpasswd file's hash).  Where the rule's pattern is wider than the provider's format the family
writes the provider's: Groq's key with the ``WGdyb3FY`` its keyword says every key holds (20
before it, 24 after), OpenAI's legacy ``sk-<20>T3BlbkFJ<20>`` and project ``sk-proj-`` keys,
SendGrid's ``SG.<22>.<43>``, Shopify's lower-case hex, Mailgun's ``key-`` and 32, PyPI's token
150-200 long, htpasswd's three hashes (``$apr1$``, ``{SHA}``, bcrypt ``$2y$``); the classes
holding ``-`` (``glpat-``, ``nvapi-``, ``sha256~``) end in a letter, digit or ``_`` as round 33
wrote GitLab's runner token; a value under a key (#2, #3, #13-#15, #11) is a letter or digit at
either end around letters, digits and ``!#%^*_+=.~@$/-`` (#3: ``/`` and ``+`` only).  The base64
AWS file is base64 of ``[default]``, ``aws_access_key_id = AKIA``..., ``aws_secret_access_key =
``... with random base64 where the key id's rest and the secret are (the library decodes none),
and the Kubernetes JWT a fixed RS256 header and a payload opening ``{"sub":"system:serviceaccount:``
in base64url, the rest random, as round 33 wrote its JWTs.

Providers or shapes no earlier round nor the public-format corpus has (group ``new``, a grep of
their modules for ``YXdzX2FjY2Vzc19rZXlf``, ``serviceaccount``, ``approle`` and a file named for
its secret): the base64 AWS file, the Kubernetes JWT, Vault's AppRole ``secret_id`` and the
secret's own file; the other 59 families are ``known``.

Formats are facts in our own notation, generated at test time; no rule text of the source is
copied.  The request lines are the providers' clients and APIs (``curl`` with the provider's
header, ``gh``, ``git clone``, GitLab's trigger API, ``kubectl``, ``oc login``, ``twine``,
``huggingface-cli``, Vault's ``auth/approle/login``, Maven's ``settings.xml``, Docker's
``config.json``).

First measurement, BEFORE any rule was changed for these families (seed 193, 7 samples per
family, rules as of main 0f481cd (their last change round 35's, a7cea71); the module written and
run once, nothing tuned): strict **436/469 = 92.96%**, loose 436/469 (prefixed 327/336, near
95/112, generic 14/21; known 417/420, new 19/49; by carrier: bare 162/168, keyed 49/56, text
225/245).  Seeds 7 and 99, same rules: 436/469 = 92.96% each, the same families missed.
Missed, by family: Vault's AppRole ``secret_id`` (a UUID) 0/7 under its keys and 0/7 in its
lines (``vault write auth/approle/login role_id=... secret_id=...``, the login's JSON body, a
YAML block); a secret's own file shown after its name (``==> /run/secrets/db.password <==``,
``cat .../cluster.token``) 0/7; the base64 AWS credentials file 1/7 bare (only the one after
``token=``) and 4/7 in its lines (missed after ``echo``); an XML element holding a secret in
``<![CDATA[...]]>`` or with an attribute in its opening tag (``<secret encoding="plain">``)
4/7; every other family 7/7 at each seed.  The round-37 lookalikes: 24/600 touched, all kinds
written from LeakTK's allowlists: ``Authorization: Bearer $(gcloud auth print-access-token)``
(10; a command's output read as the value), ``<token>@TOKEN@</token>`` and ``<secret><name>-tls</secret>``
(7), ``glpat-xxxxxxxxxxxxxxxxxxxx`` as a placeholder in prose (6) and one Facebook page id of
15 digits that passes Luhn's check with an American Express prefix (``37...``, read as a card
number); 20 and 23/600 with the corpus at seeds 7 and 99, 96, 99 and 105 of 3000 at seeds 1, 2
and 3.

The commit that holds the paragraph above (its message beginning "heldout_round37,
innocents_round37") holds this module and main 0f481cd's rules, so the held-out figure is
printed again by a worktree of that commit::

    git worktree add --detach /tmp/r37base 600b401  # on the round's branch r37
    cd /tmp/r37base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round37

Any figure measured after that is in-sample.  After the round-37 rules (5a15f1e on r37, and
5f6623e and 8a0c32c, which find a secret's file from the name's ``.`` and narrower keywords
for speed, the same figures; two rules added at the end of the list, 449 rules, 448 on by default; one regex widened
in place): ``secret_id`` after Vault or AppRole in the key (``VAULT_SECRET_ID``) or named up to 200
characters before a bare ``secret_id`` holding a UUID is Vault's AppRole SecretID;
``xml-secret-element`` reads an opening tag with attributes and a value in CDATA;
``secret-file-content`` takes the value first on the line after a file named for a secret is
shown (tail's ``==> <name> <==``, ``<name>:``, a command that prints it); ``aws-credentials-base64``
takes a base64 run holding base64 of ``aws_secret_access_key``; and for the lookalikes: a
build tool's ``@NAME@``, a token's prefix before a mask of ``x``, a command's output after an
``Authorization`` scheme, a TLS Secret's name (``<name>-tls``) and tail's ``<==`` are no values:
strict **469/469 = 100%**, loose the same (bare 168/168, keyed 56/56, text 245/245; known
420/420, new 49/49); seeds 7 and 99 the same.  The round-37 lookalikes: 0/600 at corpus seeds
193, 7 and 99, and 0/3000 at seeds 1, 2 and 3.  The lookalikes' Facebook ids are drawn as
Facebook writes them (``10`` and 13 digits) since the rules' commit: 15 random digits had made
one American Express number (``37...``, Luhn-valid) at seed 193, a card by every test the
library has; the new draw shifts the set (0f481cd's rules touch 21, 12 and 26/600 at seeds 193,
7 and 99 and 93, 91 and 101 of 3000 at seeds 1-3 with it).  Every other round's figures and
lookalikes unchanged (``python -m tests.unit.redact.figures --seeds`` against a worktree of
0f481cd; the labeled corpus 9696/9700 -> 9744/9748, the new rules' examples, all found).

Left: the 14 rules the rule left (#59 to #77: Slack's app, config, legacy, workspace and user
tokens and webhook, StackRox's JWT, Square's two tokens, Testing Farm, Tines' webhook, Twilio's
``SK`` key, WP-Config) and ``97-flags.toml`` and ``99-testing.toml``; the six Password Hash
rules and #1, #7, #51 (not measured); a Vault SecretID whose key names neither Vault nor AppRole
and with neither named in the 200 characters before it; a secret's file shown without its name
before it, or named without an extension (``.../serviceaccount/token``); base64 of an AWS file
without its secret's line.  ``python -m tests.unit.redact.figures`` imports rounds until the
first missing number past 10, so it prints round 37 only once round 36's module is in.

The round was built on branch r37 and cherry-picked onto main: 5cfbc97 (the rule) is 7dc8528 on
main, 600b401 (the measurement) 99f4c2a, 5a15f1e (the rules) 84567a3, 5f6623e c10b14a, 8d25b48
a479000, 8a0c32c 7958c2e, 089a63d 2294da1.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round37 import lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound, split_by_prefix

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

T = "text"
_HEX = "[a-f0-9]"
_UUID = f"{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}"
_B64 = "[A-Za-z0-9+/]"
_URLSAFE = "[0-9A-Za-z_-]"
_CRYPT = "[./A-Za-z0-9]"
_RS256 = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9"
# '[default]\naws_access_key_id = ' and 'aws_secret_access_key = ' in base64 (30 and 24 bytes: whole groups);
# base64 of 'AKIA' and one more byte opens 'QUtJQ'
_AWS_FILE_HEAD = "W2RlZmF1bHRdCmF3c19hY2Nlc3Nfa2V5X2lkID0g"
_AWS_SECRET_LINE = "YXdzX3NlY3JldF9hY2Nlc3Nfa2V5ID0g"
# '{"sub":"system:serviceaccount:' in base64url (30 bytes)
_K8S_SA_PAYLOAD = "eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6"
# a value under a secret's key: no quote or blank, a letter or digit at either end
_SECRET = "[A-Za-z0-9][A-Za-z0-9!#%^*_+=.~@$/-]{10,38}[A-Za-z0-9]"
_TOKEN = "[A-Za-z0-9][A-Za-z0-9._~+/=-]{22,58}[A-Za-z0-9]"
_AWS_SECRET = "[A-Za-z0-9][A-Za-z0-9/+]{38}[A-Za-z0-9]"
_AKID = "AKIA2E0A8F3B244C9986"
_ROLE_ID = "db02de05-fa39-4855-059b-67221c5c2f63"
_GHU = "ghu_16C7e42F292c6912E7710c838347Ae178B4a"

_FAMILIES = Families("leaktk", "leaktk/patterns:patterns/gitleaks/8.27.0/98-general.toml")
SOURCE_PATHS = _FAMILIES.source_paths
_t, _prefixed, _near = _FAMILIES.family, _FAMILIES.prefixed, _FAMILIES.keyed_and_text

PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed("base64-aws-credentials",
               f"{_AWS_FILE_HEAD}QUtJQ{_B64}{{23}}{_AWS_SECRET_LINE}(?:{_B64}{{4}}){{13}}{_B64}{{3}}=",
               " #5 Base64 Encoded AWS Secret Access Key",
               "apiVersion: v1\nkind: Secret\nmetadata:\n  name: aws-creds\n  namespace: orders\ntype: Opaque\ndata:\n  credentials: {v}",
               "echo {v} | base64 -d > ~/.aws/credentials"),
    *_prefixed("facebook-access-token", "EAACEdEose0cBA[A-Za-z0-9]{150,230}", " #9 Facebook Access Token",
               "curl 'https://graph.facebook.com/v19.0/me?fields=id,name&access_token={v}'",
               "GET https://graph.facebook.com/v19.0/me/accounts Authorization: Bearer {v}"),
    *_prefixed("github-oauth-token", "gho_[0-9A-Za-z]{36}", " #17 GitHub OAuth Access Token",
               "GET https://api.github.com/user Authorization: Bearer {v}",
               "GH_TOKEN={v} gh pr list --repo acme/orders --state open"),
    *_prefixed("github-pat", "ghp_[0-9A-Za-z]{36}", " #18 GitHub Personal Access Token",
               "git clone https://{u}:{v}@github.com/acme/orders.git",
               "curl -H \"Authorization: token {v}\" https://api.github.com/user/repos"),
    *_prefixed("github-refresh-token", "ghr_[0-9A-Za-z]{36}", " #19 GitHub Refresh Token",
               "POST https://github.com/login/oauth/access_token client_id=Iv1.8a61f9b3a7aba766&grant_type=refresh_token&refresh_token={v}",
               "{\"access_token\":\"" + _GHU + "\",\"expires_in\":28800,\"refresh_token\":\"{v}\",\"token_type\":\"bearer\"}"),
    *_prefixed("github-user-to-server-token", "ghu_[0-9A-Za-z]{36}", " #21 GitHub User to Server Token",
               "curl -H 'Authorization: Bearer {v}' https://api.github.com/user/installations",
               "{\"access_token\":\"{v}\",\"expires_in\":28800,\"token_type\":\"bearer\",\"scope\":\"\"}"),
    *_prefixed("gitlab-access-token", "glpat-[A-Za-z0-9_-]{19}[A-Za-z0-9_]", " #22 GitLab Access Token",
               "curl --header \"PRIVATE-TOKEN: {v}\" https://gitlab.acme.io/api/v4/projects?membership=true",
               "git clone https://oauth2:{v}@gitlab.acme.io/platform/orders.git"),
    *_prefixed("gitlab-pipeline-trigger-token", "glptt-[0-9a-f]{40}", " #23 GitLab Pipeline Trigger Token",
               "curl -X POST --fail -F token={v} -F ref=main https://gitlab.acme.io/api/v4/projects/42/trigger/pipeline",
               "POST https://gitlab.acme.io/api/v4/projects/42/ref/main/trigger/pipeline?token={v}"),
    *_prefixed("gcp-api-key", "AIza[0-9A-Za-z_-]{35}", " #25 Google Cloud Platform API Key",
               "curl 'https://maps.googleapis.com/maps/api/geocode/json?address=Leeds&key={v}'",
               "GET https://generativelanguage.googleapis.com/v1beta/models?key={v}"),
    *_prefixed("groq-api-key", "gsk_[A-Za-z0-9]{20}WGdyb3FY[A-Za-z0-9]{24}", " #26 Groq API Key",
               "curl https://api.groq.com/openai/v1/chat/completions -H \"Authorization: Bearer {v}\" -d @body.json",
               "client = Groq(api_key=\"{v}\")"),
    *_prefixed("huggingface-token", "hf_[a-zA-Z]{34}", " #30 Hugging Face API Token",
               "curl -H \"Authorization: Bearer {v}\" https://huggingface.co/api/whoami-v2",
               "huggingface-cli login --token {v} --add-to-git-credential"),
    *_prefixed("k8s-service-account-jwt", f"{_RS256}\\.{_K8S_SA_PAYLOAD}{_URLSAFE}{{120,400}}\\.{_URLSAFE}{{342}}",
               " #31 Kubernetes System Service Account JWT",
               "kubectl --server https://k8s.acme.io:6443 --token={v} get pods -n orders",
               "curl -sk -H \"Authorization: Bearer {v}\" https://kubernetes.default.svc/api/v1/namespaces/orders/pods"),
    *_prefixed("notion-token", "ntn_[0-9]{11}[A-Za-z0-9]{35}", " #34 Notion API Token",
               "curl https://api.notion.com/v1/users -H 'Authorization: Bearer {v}' -H 'Notion-Version: 2022-06-28'",
               "notion = Client(auth=\"{v}\")"),
    *_prefixed("npm-access-token", "npm_[A-Za-z0-9]{36}", " #35 NPM Access Token",
               "curl -s -H \"Authorization: Bearer {v}\" https://registry.npmjs.org/-/whoami",
               "npm publish --access public --//registry.npmjs.org/:_authToken={v}"),
    *_prefixed("nvidia-api-key", "nvapi-[A-Za-z0-9_-]{63}[A-Za-z0-9_]", " #37 NVIDIA API Key",
               "curl https://integrate.api.nvidia.com/v1/chat/completions -H \"Authorization: Bearer {v}\" -d @body.json",
               "client = OpenAI(base_url=\"https://integrate.api.nvidia.com/v1\", api_key=\"{v}\")"),
    *_prefixed("openshift-user-token", "sha256~[A-Za-z0-9_-]{42}[A-Za-z0-9_]", " #38 OpenShift User Token",
               "oc login --token={v} --server=https://api.ocp.acme.io:6443",
               "curl -H \"Authorization: Bearer {v}\" https://api.ocp.acme.io:6443/apis/user.openshift.io/v1/users/~"),
    *_prefixed("openai-api-key",
               "sk-(?:[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|proj-[A-Za-z0-9_-]{58,74}T3BlbkFJ[A-Za-z0-9_-]{58,73}[A-Za-z0-9])",
               " #47 OpenAI API Key",
               "curl https://api.openai.com/v1/models -H \"Authorization: Bearer {v}\"",
               "client = OpenAI(api_key=\"{v}\")"),
    *_prefixed("braintree-access-token", "access_token\\$production\\$[0-9a-z]{16}\\$[0-9a-f]{32}",
               " #49 PayPal Braintree Access Token",
               "gateway = braintree.BraintreeGateway(access_token=\"{v}\")",
               "POST https://payments.braintree-api.com/graphql Authorization: Bearer {v} Braintree-Version: 2019-01-01"),
    *_prefixed("picatic-api-key", "sk_live_[0-9a-z]{32}", " #50 Picatic API Key",
               "curl https://api.picatic.com/v2/event?filter[user_id]=4411 -H \"Authorization: Bearer {v}\"",
               "picatic.api_key = '{v}'"),
    *_prefixed("pypi-upload-token", "pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{149,199}[A-Za-z0-9]", " #53 PyPI Upload Token",
               "twine upload -u __token__ -p {v} dist/*",
               "[pypi]\n  username = __token__\n  password = {v}"),
    *_prefixed("sendgrid-api-key", "SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}", " #54 SendGrid API Key",
               "curl --request POST https://api.sendgrid.com/v3/mail/send --header \"Authorization: Bearer {v}\" -d @mail.json",
               "sg = SendGridAPIClient('{v}')"),
    *_prefixed("shopify-access-token", "shpat_[a-f0-9]{32}", " #55 Shopify Access Token",
               "curl -H \"X-Shopify-Access-Token: {v}\" https://acme-shop.myshopify.com/admin/api/2024-01/products.json",
               "session = shopify.Session('acme-shop.myshopify.com', '2024-01', '{v}')"),
    *_prefixed("shopify-private-app-token", "shppa_[a-f0-9]{32}", " #57 Shopify Private App Access Token",
               "GET https://acme-shop.myshopify.com/admin/api/2024-01/orders.json X-Shopify-Access-Token: {v}",
               "curl -H \"X-Shopify-Access-Token: {v}\" https://acme-shop.myshopify.com/admin/api/2024-01/shop.json"),
    *_prefixed("shopify-shared-secret", "shpss_[a-f0-9]{32}", " #58 Shopify Shared Secret",
               "ShopifyAPI::Context.setup(api_key: \"6f1c0d4e8a2b\", api_secret_key: \"{v}\", host: \"https://app.acme.io\")",
               "openssl dgst -sha256 -hmac {v} -binary body.json | base64"),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "authorization-header", _TOKEN, " #2 Authorization Header",
        ("Authorization", "authorization", "HTTP_AUTHORIZATION"),
        "curl -sS -H 'Authorization: Bearer {v}' https://api.acme.io/v1/orders",
        "GET /v1/orders HTTP/1.1\nHost: api.acme.io\nAuthorization: Bearer {v}\nAccept: application/json",
        "wget --header='Authorization: Token {v}' https://registry.acme.io/api/v2/packages",
        "> Authorization: Basic {v}",
        "[http] request headers: Authorization:{v} User-Agent: acme-client/1.2",
    ),
    *_near(
        "aws-secret-access-key", _AWS_SECRET, " #3 AWS Secret Access Key",
        ("aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", "awsSecretKey", "aws-secret"),
        f"[default]\naws_access_key_id = {_AKID}\naws_secret_access_key = {{v}}",
        "AWS_SECRET_ACCESS_KEY={v} aws s3 ls s3://acme-backups",
        f"s3 = boto3.client('s3', aws_access_key_id='{_AKID}', aws_secret_access_key='{{v}}')",
        "awsSecretKey: {v}",
    ),
    *_near(
        "facebook-secret", f"{_HEX}{{32}}", " #10 Facebook Secret",
        ("FACEBOOK_APP_SECRET", "facebook_secret", "facebookClientSecret", "facebook.app.secret"),
        "FACEBOOK_APP_SECRET={v}",
        "'facebook_secret' => '{v}',",
        "config.facebook.client_secret = \"{v}\"",
        "facebook app secret: {v}",
    ),
    *_near(
        "generic-unquoted-secret", _SECRET, " #13 Generic Secret",
        ("password", "DB_PASSWORD", "client_secret", "SECRET_KEY", "api_key", "APIKEY", "auth_token", "secret_access_key"),
        "DB_PASSWORD={v}\nDB_HOST=db1.acme.io",
        "# SECRET_KEY={v}",
        "  api_key={v}",
        "[client]\nuser=backup\npassword={v}",
        "// token={v}",
    ),
    *_near(
        "generic-xml-secret", _SECRET, " #14 Generic Secret",
        ("password", "secret", "token", "clientSecret", "db-password", "accessToken"),
        "<server>\n  <id>nexus</id>\n  <username>{u}</username>\n  <password>{v}</password>\n</server>",
        "<clientSecret><![CDATA[{v}]]></clientSecret>",
        "<jdbc-password>{v}</jdbc-password>",
        "<AccessToken>{v}</AccessToken>",
        "<secret encoding=\"plain\">{v}</secret>",
    ),
    *_near(
        "generic-yaml-secret", _SECRET, " #15 Generic Secret",
        ("password", "db_password", "clientSecret", "secret_key", "access_token", "secret-access-key"),
        "spring:\n  datasource:\n    username: {u}\n    password: {v}",
        "  client_secret: {v}  # rotated 2024-05",
        "auth:\n  token: {v}\n  url: https://auth.acme.io",
        "secretKey: {v}",
    ),
    *_near(
        "vault-approle-secret-id", _UUID, " #27 HashiCorp Vault AppRole SecretID",
        ("vault_secret_id", "vault_approle_secret_id", "vault.approle.secret_id"),
        f"vault write auth/approle/login role_id={_ROLE_ID} secret_id={{v}}",
        f"curl https://vault.acme.io:8200/v1/auth/approle/login --data '{{\"role_id\": \"{_ROLE_ID}\", \"secret_id\": \"{{v}}\"}}'",
        f"vault_approle:\n  role_id: {_ROLE_ID}\n  secret_id: {{v}}",
    ),
    *_near(
        "mailgun-api-key", "key-[0-9a-z]{32}", " #33 Mailgun API Key",
        ("MAILGUN_API_KEY", "mailgun_key", "MG_API_KEY", "mailgunApiKey"),
        "MAILGUN_API_KEY={v}",
        "mailgun: api_key={v} domain=mg.acme.io",
        "mg_client = Mailgun(key='{v}')",
        "mg.api_key = \"{v}\"",
    ),
)

GENERIC: tuple[HeldFamily, ...] = (
    _t("container-registry-auth", T, f"(?:{_B64}{{4}}){{8,16}}(?:{_B64}{{2}}==|{_B64}{{3}}=)?",
       " #6 Container Registry Authentication",
       "{\n  \"auths\": {\n    \"quay.io\": {\n      \"auth\": \"{v}\",\n      \"email\": \"\"\n    }\n  }\n}",
       "{\"auths\":{\"registry.acme.io\":{\"auth\":\"{v}\"}},\"credsStore\":\"\"}",
       "kubectl create secret generic pull-secret --from-literal=.dockerconfigjson=\"{\\\"auths\\\":{\\\"registry.redhat.io\\\":{\\\"auth\\\":\\\"{v}\\\"}}}\""),
    _t("generic-secret-file", T, _SECRET, " #11 Generic Secret",
       "==> /run/secrets/db.password <==\n{v}",
       "$ cat /etc/kubernetes/cluster.token\n{v}",
       "kubectl exec deploy/orders -- cat /var/run/config/app.clientSecret\n{v}",
       "/etc/acme/smtp.password:\n# managed by puppet\n{v}"),
    _t("htpasswd-hash", T,
       f"\\$apr1\\${_CRYPT}{{8}}\\${_CRYPT}{{22}}|\\{{SHA\\}}{_B64}{{27}}=|\\$2y\\$(?:05|10|12)\\${_CRYPT}{{53}}",
       " #29 Htpasswd File",
       "{u}:{v}",
       "==> /etc/nginx/.htpasswd <==\n{u}:{v}",
       "# /etc/apache2/.htpasswd\n{u}:{v}\n"),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR + GENERIC

# shapes no earlier round nor the public-format corpus has (a grep of their modules, before this
# round was measured); the others are "known"
_NEW = ("base64-aws", "k8s-service-account", "vault-approle", "generic-secret-file")
NEW, KNOWN = split_by_prefix(FAMILIES, _NEW)

ROUND = HeldOutRound(
    "round-37",
    __doc__,
    193,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "generic": GENERIC, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
