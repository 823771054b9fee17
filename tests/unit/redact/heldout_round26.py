"""A twenty-sixth held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round26 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a
keyword list, the token's regex and the request its verifier sends, as rounds 5-11, 24 and
25 read them.  The rule that chose the files, written here before any of them was read (round
25's rule continued, rounds 24 and 25's files now counted as read):

1. the trufflehog detector files named by every earlier round's ``SOURCE_PATHS`` and the
   detectors named by :mod:`tests.unit.redact.public_formats`' trufflehog lists are counted
   by the first letter of the detector's folder.  Round 25's counts with its 28 files (all
   under r) added: a 14, b 7, c 15, d 6, e 22, f 39, g 5, h 21, i 8, j 7, k 11, l 5, m 6,
   n 25, o 19, p 11, q 3, r 32, s 14, t 6, u 14, v 16, w 19, x 1, y 4, z 15 (rounds 12-23
   name no trufflehog path);
2. the letters an earlier round left for later come first: none is left (round 25 took r
   whole and stopped inside 25-35, leaving no letter that would have carried it past 35);
3. then the letters with the fewest files, ties alphabetically: x (1), q (3), y (4), g, l
   (5), d, m, t (6), b, j (7), i (8), k, p (11) ...; each letter whole, until 25-35 files are
   taken; a letter that would carry the count past 35 is left for a later round and the next
   letter in this order is tried;
4. a file is unread when its detector is in trufflehog's default list
   (``pkg/engine/defaults/defaults.go``, the detectors it builds, commented-out ones not
   counted) and no earlier round's ``SOURCE_PATHS`` nor the public-format corpus' trufflehog
   lists name it; a detector with versions (``<name>/v1``, ``v2``) counts each version the
   list builds as a file;
5. families as rounds 10, 11, 24 and 25 built them: a token with a prefix or a shape of its
   own a bare family and one in the verifier's request; a keyword-near-token detector a keyed
   family (a provider-named key) and a text family (the verifier's request with the token,
   then prose with and without a credential word); where a detector pairs two parts the
   family is the secret one and the other part is written into the request;
6. a detector whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 137 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99
are printed too.  Each file is read as the index stores it (one version, not always the
newest).

The rule applied (the default list as the index stores it, commit 0011995, the same as rounds
24 and 25's, read after the rule above was committed and before any detector file): x gives
none (xai, read by round 10); q none (qase, qualaroo, qubole, read by round 6); y gives 1
(yandex; yelp, youneedabudget, yousign and youtubeapikey read before); g gives 33 (gcp,
gcpapplicationdefaultcredentials, geckoboard, gengo, geocode, geocodify, geoipifi, getgeoapi,
getgist, getresponse, getsandbox, github v1 and v2, github_oauth2, githubapp, gitlab v1 and v2,
gitter, glassnode, gocanvas, gocardless, godaddy v1 and v2, goodday, googleoauth2, grafana,
grafanaserviceaccount, graphcms, groovehq, groq, gtmetrix, guardianapi, gyazo; gemini,
geoapify, geocodio, graphhopper and gumroad read before): 1 + 33 = 34 files, inside 25-35, so
no further letter is taken.  googleoauth2's file is ``googleoauth2_access_token.go`` and
github v1's ``github_old.go`` (the names the index stores).

Ten of these files are of providers an earlier round or the public-format corpus already has:
Yandex, GCP (both detectors: a service account, an authorized user), GitHub (the four), GitLab
(both), Gitter, GoCardless, Google's ``ya29.`` token, Grafana (both) and Groq.  Group ``known``
is the families whose id starts with gcp, github, gitlab, gitter, gocardless, googleoauth2,
grafana, groq or yandex.

Three shapes of detector, carried as in :mod:`tests.unit.redact.heldout_round25`:

prefixed
    a token with a prefix or a shape of its own, bare in round 2's seven bare carriers and in
    the verifier's request (or a client's command line): GitHub's ``ghp_`` ... ``github_pat_``
    (36-90 of the detector's 36-255), GitLab's ``glpat-`` (its class holds ``=``), Google's
    ``ya29.`` (10-200 of 10 or more), Grafana's ``glc_`` and ``glsa_`` (41 letters, digits and
    ``_``), GraphCMS' three-part ``ey`` token (the project id written into the request) and
    Groq's ``gsk_``;
keyword near token
    as round 25's, the provider's name at most 40 characters before a token; where a detector
    pairs parts the family is the secret one and the other is written into the request:
    Gengo's private key (its public key beside it in a client's constructor: the request
    carries a signature, not the key), GitHub's OAuth client secret (its client id in the token
    request), GoCanvas' key (with the user's e-mail), GoDaddy's secret of 22 (OTE, v1, and
    production, v2; the 37- or 35-character key before it in ``sso-key <key>:<secret>``) and
    GetSandbox's key (with the sandbox id in the path).  GitHub v1's 40 hex take the name in
    ``github_token``, ``gh_key`` and the like; the keyed family's keys hold ``github`` as
    every round's do.  GoCardless' ``live_`` token asks for the name anywhere in the chunk and
    is a near family.  The keywords of GeoIpifi, GrooveHQ and the Guardian's detector are
    ``ipifi``, ``groovehq`` and ``guardianapi``: the families' name is ``geoipifi``,
    ``groovehq`` and ``guardianapi``.  The Guardian's class holds a stray ``A``
    (``[0-9Aa-z]{8}``) and no hex: read as spelled.  The ``\\b``-closed classes holding ``-``
    or ``.`` (GetSandbox, Gitter, GitLab v1, Gyazo, Yandex) are written as round 24 wrote them;
credential files
    GCP's service account (a line of the PEM body in the JSON with ``auth_provider_x509_cert_url``,
    and the JSON in an environment variable), GCP's authorized user (``client_secret`` of 24
    beside an ``apps.googleusercontent.com`` client id) and a GitHub App's RSA key (a PEM body
    line after ``github``), text alone.

Formats are facts in our own notation, generated at test time; no rule text of the
source is copied.

First measurement, BEFORE any rule was changed for these families (seed 137, 7 per family,
rules as of commit 1c441d9, the last change to pipeline/redact, run at 0a99fc5 plus this
module and its lookalikes; run once, nothing tuned): strict **416/455 = 91.43%**, loose
418/455 (prefixed 89/98, near and files 327/357; the providers an earlier set has 168/189, new
providers 248/266; by carrier: bare 40/49, keyed 167/168, text 209/238).  Seeds 7 and 99, same
rules: 417/455 = 91.65% and 411/455 = 90.33% (bare 41/49 and 38/49).  Missed at seed 137, by
family: bare Grafana's ``glsa_`` with ``_`` inside its 41 (the library asked 32, ``_``, 8 hex)
1/7, GitLab's ``glpat-`` with ``=`` 4/7; GoDaddy's secret after ``Authorization: sso-key
<key>:`` (the scheme word taken as the value, the credential left) and in prose, 2/7 each;
prose naming a provider the library's list lacks (``<Name> client configured: <v>``,
``<name>: <v>``): Yandex 4/7, Geocode 4/7 (and its keyed ``GEOCODE_KEY`` 6/7), GitLab's v1
token 4/7, GitHub's 40 hex (v1 and the OAuth secret) 4/7 each; Gengo's private key with
``[]{}|^@$=~()`` in it 3/7 (cut at its punctuation); the other families 7/7.  The round-26
lookalikes: 23/600 touched at seeds 137, 7 and 99 (``gh auth login --with-token <
$GITHUB_TOKEN_FILE``, the shell's ``<`` taken as the option's value, 12; ``Authorization:
sso-key ***:***``, the scheme word taken, 7; the Guardian's documented ``api-key=test``, 4).

The held-out figure is printed again by running this module against the rules of the
commit that adds it::

    git worktree add --detach /tmp/r26base a26bf2e
    cd /tmp/r26base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round26

Any figure measured after that is in-sample.  After the round-26 rules (c212c44; no rule added:
authorization-header takes a scheme its list lacks, any word before a blank and 8 characters or
more, and secret-assignment leaves the scheme word after an Authorization key; glsa_'s 41 take
``_`` anywhere, glpat- takes ``=``, github_pat_ takes 36-255 with a digit among them; yandex,
godaddy and gitlab weak names; a shell redirection after a token option is no value):
**439/455 = 96.48%** strict, 441/455 loose (prefixed 98/98, near and files 341/357; known
182/189, new 257/266; bare 49/49, keyed 167/168, text 223/238); seeds 7 and 99: 440/455 =
96.70% and 434/455 = 95.38% (bare 49/49 and 48/49: Google's ``ya29.`` with 16 characters after
it in a logfmt value).  The round-26
lookalikes (the Guardian's ``api-key=test`` replaced after the first measurement, see
:mod:`tests.unit.redact.innocents_round26`): 19/600 on the rules before these (0 after), and 95,
89 and 91 of 3000 at seeds 1, 2 and 3 (0 after).  Left: GitHub's 40 hex (v1's token, the OAuth
app's secret) after the name in prose (a commit's sha reads the same), Geocode's 28 lower-case
letters and digits after an everyday word, Gengo's 64 with ``[]{}|^@$=~()`` in them (cut at its
punctuation), and single draws without a digit (GoDaddy's 22) or whose mix does not read as
random (GitLab v1's 20-22 with ``=``).
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round26 import lookalikes
from tests.unit.redact.rounds import HeldOutRound, split_by_prefix
from tests.unit.redact.trufflehog_families import Trufflehog

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

# fixed other parts of multi-part credentials (ids, not the secret measured)
_GENGO_PUBLIC = "Qm7ZxR2kV9pW4tL8nB3cH6yD1fJ5gS0aEuK2rT7qXw4Lp9Zc3Nb8Hd6Fy1G5Vr2Tm"
_GENGO_SIG = "6b1f0d2a9c4e7f3b8a5d2c1e0f9a8b7c6d5e4f3a"
_GITHUB_CLIENT_ID = "3f9a1c7e5b2d8a4f6c0e"
_GITHUB_APP_ID = "482913"
_GETSANDBOX_ID = "orders-mock-eu-7"
_GOCANVAS_USER = "ops@acme-shop.com"
_GODADDY_OTE_KEY = "3mK9_Vq2Lx7Rt4Wp8Zc6Nb1Hd5Fy3Gs9Jk2Qa"
_GODADDY_KEY = "dLp4_Xw8Rm2Tq6Vz9Kc3Nh7Bf1Gy5Js0Ha"
_GRAPHCMS_PROJECT = "ckx8q2m4n0r7t3v9w1y5z6a2b"
_GCP_KEY_ID = "9c4e1a7f3b8d2c6e0a5f9b1d7c3e8a2f4b6d0c1e"
_GOOGLE_CLIENT = "764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com"
_GOOGLE_REFRESH = "1//0gLq7Zx2Rv9Wm4Tc8Nb3Hd6Fy1Js5Ka0Xp7Qe2Lu9Vr4Bt6Mn"
_PEM_LINE = "[A-Za-z0-9+/]{64}"

_TRUFFLEHOG = Trufflehog()
SOURCE_PATHS = _TRUFFLEHOG.source_paths
_near, _prefixed = _TRUFFLEHOG.near, _TRUFFLEHOG.prefixed


PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed(
        "github-v2",
        "(ghp|gho|ghu|ghs|ghr|github_pat)_[a-zA-Z0-9_]{36,90}",
        "github/v2/github",
        "GET https://api.github.com/user Content-Type: application/json; charset=utf-8 Authorization: token {v}",
        "git clone https://x-access-token:{v}@github.com/acme/orders.git",
    ),
    *_prefixed(
        "gitlab-v2",
        "glpat-[a-zA-Z0-9=_-]{19,21}[a-zA-Z0-9]",
        "gitlab/v2/gitlab_v2",
        "GET https://gitlab.com/api/v4/user Authorization: Bearer {v}",
        "glab auth login --hostname gitlab.com --token {v}",
    ),
    *_prefixed(
        "googleoauth2",
        "ya29\\.[a-zA-Z0-9_-]{10,200}",
        "googleoauth2/googleoauth2_access_token",
        "GET https://www.googleapis.com/oauth2/v3/tokeninfo?access_token={v}",
        "curl -H 'Authorization: Bearer {v}' https://www.googleapis.com/drive/v3/files",
    ),
    *_prefixed(
        "grafana",
        "glc_[A-Za-z0-9+/]{32,400}={0,2}",
        "grafana",
        "GET https://grafana.com/api/v1/tokens?region=us Authorization: Bearer {v}",
        "GRAFANA_CLOUD_TOKEN={v} terraform apply",
    ),
    *_prefixed(
        "grafanaserviceaccount",
        "glsa_[0-9A-Za-z_]{41}",
        "grafanaserviceaccount",
        "GET https://acme.grafana.net/api/access-control/user/permissions Authorization: Bearer {v}",
        "grafana:\n  url: https://acme.grafana.net\n  token: {v}",
    ),
    *_prefixed(
        "graphcms",
        "ey[a-zA-Z0-9]{73}\\.ey[a-zA-Z0-9]{365}\\.[a-zA-Z0-9_-]{683}",
        "graphcms",
        "POST https://api-ap-northeast-1.graphcms.com/v2/" + _GRAPHCMS_PROJECT + "/master Content-Type: application/graphql"
        " Authorization: Bearer {v}",
        "GRAPHCMS_PROJECT_ID=" + _GRAPHCMS_PROJECT + " GRAPHCMS_TOKEN={v} npm run build",
    ),
    *_prefixed(
        "groq",
        "gsk_[a-zA-Z0-9]{52}",
        "groq",
        "GET https://api.groq.com/openai/v1/models Authorization: Bearer {v}",
        "client = Groq(api_key=\"{v}\")",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "yandex",
        "[a-z0-9A-Z][a-z0-9A-Z.]{81}[a-z0-9A-Z]",
        "yandex",
        "yandex",
        "GET https://dictionary.yandex.net/api/v1/dicservice.json/getLangs?key={v}",
    ),
    *_near(
        "geckoboard",
        "[a-zA-Z0-9]{44}",
        "geckoboard",
        "geckoboard",
        "GET https://api.geckoboard.com/ Authorization: Basic {v}",
    ),
    *_near(
        "gengo",
        "[0-9a-zA-Z\\[\\]()|_^@$=~{}-]{64}",
        "gengo",
        "gengo",
        "gengo = Gengo(public_key=\"" + _GENGO_PUBLIC + "\", private_key=\"{v}\", sandbox=False)",
    ),
    *_near(
        "geocode",
        "[a-z0-9]{28}",
        "geocode",
        "geocode",
        "GET https://geocode.xyz/51.4647,0.0079?json=1&auth={v}",
    ),
    *_near(
        "geocodify",
        "[0-9a-z]{40}",
        "geocodify",
        "geocodify",
        "GET https://api.geocodify.com/v2/geocode?api_key={v}",
    ),
    *_near(
        "geoipifi",
        "[a-z0-9A-Z_]{32}",
        "geoipifi",
        "geoipifi",
        "GET https://geo.ipify.org/api/v2/country?apiKey={v}&ipAddress=8.8.8.8",
    ),
    *_near(
        "getgeoapi",
        "[0-9a-z]{40}",
        "getgeoapi",
        "getgeoapi",
        "GET https://api.getgeoapi.com/v2/currency/list?api_key={v} Content-Type: application/json",
    ),
    *_near(
        "getgist",
        "[a-z0-9A-Z+=]{68}",
        "getgist",
        "getgist",
        "GET https://api.getgist.com/contacts/ Authorization: Bearer {v}",
    ),
    *_near(
        "getresponse",
        "[a-z0-9]{32}",
        "getresponse",
        "getresponse",
        "GET https://api.getresponse.com/v3/accounts X-Auth-Token: api-key {v}",
    ),
    *_near(
        "getsandbox",
        "[a-z0-9][a-z0-9-]{38}[a-z0-9]",
        "getsandbox",
        "getsandbox",
        "GET https://getsandbox.com/api/1/sandboxes/" + _GETSANDBOX_ID + " API-Key: {v}",
    ),
    *_near(
        "github-v1",
        "[0-9a-f]{40}",
        "github/v1/github_old",
        "github",
        "GET https://api.github.com/user Content-Type: application/json; charset=utf-8 Authorization: token {v}",
    ),
    *_near(
        "github-oauth2",
        "[a-f0-9]{40}",
        "github_oauth2",
        "github",
        "POST https://github.com/login/oauth/access_token client_id=" + _GITHUB_CLIENT_ID + "&client_secret={v}"
        "&grant_type=client_credentials",
        key_word="github_oauth",
    ),
    *_near(
        "gitlab-v1",
        "[a-zA-Z0-9][a-zA-Z0-9=_-]{18,20}[a-zA-Z0-9]",
        "gitlab/v1/gitlab",
        "gitlab",
        "GET https://gitlab.com/api/v4/user Authorization: Bearer {v}",
    ),
    *_near(
        "gitter",
        "[a-z0-9][a-z0-9-]{38}[a-z0-9]",
        "gitter",
        "gitter",
        "GET https://api.gitter.im/v1/user/me Authorization: Bearer {v}",
    ),
    *_near(
        "glassnode",
        "[0-9A-Za-z]{27}",
        "glassnode",
        "glassnode",
        "GET https://api.glassnode.com/v1/metrics/indicators/sopr?a=btc&api_key={v} Content-Type: application/json",
    ),
    *_near(
        "gocanvas",
        "[0-9A-Za-z/+]{43}=",
        "gocanvas",
        "gocanvas",
        "GET https://www.gocanvas.com/apiv2/forms.xml?username=" + _GOCANVAS_USER + " Authorization: Bearer {v}",
    ),
    *_near(
        "gocardless",
        "live_[0-9A-Za-z_-]{40}",
        "gocardless",
        "gocardless",
        "GET https://api.gocardless.com/customers/ Content-Type: application/json Authorization: Bearer {v}"
        " GoCardless-Version: 2015-07-06",
    ),
    *_near(
        "godaddy-ote",
        "[a-zA-Z0-9]{22}",
        "godaddy/v1/godaddy",
        "godaddy",
        "GET https://api.ote-godaddy.com/v1/domains/available?domain=example.com Authorization: sso-key "
        + _GODADDY_OTE_KEY + ":{v}",
    ),
    *_near(
        "godaddy",
        "[a-zA-Z0-9]{22}",
        "godaddy/v2/godaddy",
        "godaddy",
        "GET https://api.godaddy.com/v1/domains/available?domain=example.com Authorization: sso-key "
        + _GODADDY_KEY + ":{v}",
    ),
    *_near(
        "goodday",
        "[a-z0-9]{32}",
        "goodday",
        "goodday",
        "GET https://api.goodday.work/2.0/users gd-api-token: {v}",
    ),
    *_near(
        "groovehq",
        "[a-z0-9A-Z]{64}",
        "groovehq",
        "groovehq",
        "GET https://api.groovehq.com/v1/me Authorization: Bearer {v}",
    ),
    *_near(
        "gtmetrix",
        "[0-9a-f]{32}",
        "gtmetrix",
        "gtmetrix",
        "curl -u {v}: https://gtmetrix.com/api/2.0/status",
    ),
    *_near(
        "guardianapi",
        "[0-9Aa-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}",
        "guardianapi",
        "guardianapi",
        "GET https://content.guardianapis.com/search?api-key={v}",
    ),
    *_near(
        "gyazo",
        "[0-9A-Za-z][0-9A-Za-z-]{41}[0-9A-Za-z]",
        "gyazo",
        "gyazo",
        "GET https://api.gyazo.com/api/images?access_token={v}",
    ),
)

# credential files: a service account's private key, an authorized user's client secret, a
# GitHub App's RSA key (text alone: no key name holds them)
FILES: tuple[HeldFamily, ...] = (
    _TRUFFLEHOG.family(
        "gcp-text",
        "text",
        _PEM_LINE,
        "gcp",
        '{"type": "service_account", "project_id": "acme-prod", "private_key_id": "' + _GCP_KEY_ID + '", '
        '"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ{v}\\n'
        '-----END PRIVATE KEY-----\\n", "client_email": "deployer@acme-prod.iam.gserviceaccount.com", '
        '"auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs"}',
        "GOOGLE_CREDENTIALS={\"type\":\"service_account\",\"private_key\":\"-----BEGIN PRIVATE KEY-----\\n{v}\\n"
        "-----END PRIVATE KEY-----\\n\",\"auth_provider_x509_cert_url\":\"https://www.googleapis.com/oauth2/v1/certs\"}",
    ),
    _TRUFFLEHOG.family(
        "gcpapplicationdefaultcredentials-text",
        "text",
        "[A-Za-z0-9_-]{24}",
        "gcpapplicationdefaultcredentials",
        '{"client_id": "' + _GOOGLE_CLIENT + '", "client_secret": "{v}", "refresh_token": "' + _GOOGLE_REFRESH
        + '", "type": "authorized_user"}',
        "loaded application_default_credentials.json: {'client_id': '" + _GOOGLE_CLIENT + "', 'client_secret': '{v}',"
        " 'type': 'authorized_user'}",
    ),
    _TRUFFLEHOG.family(
        "githubapp-text",
        "text",
        _PEM_LINE,
        "githubapp",
        "GITHUB_APP_ID=" + _GITHUB_APP_ID + "\nGITHUB_PRIVATE_KEY=\"-----BEGIN RSA PRIVATE KEY-----\n"
        "MIIEowIBAAKCAQEAx7Qm2ZpR4tV9wL3nB8cH1yD6fJ5gS0aEuK2rT7qXw4Lp9Zc3\n{v}\n-----END RSA PRIVATE KEY-----\"",
        "github app " + _GITHUB_APP_ID + " key: -----BEGIN RSA PRIVATE KEY----- {v} -----END RSA PRIVATE KEY-----",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR + FILES

# the providers an earlier set has (see the docstring); the other families are "new"
_KNOWN = ("gcp", "github", "gitlab", "gitter", "gocardless", "googleoauth2", "grafana", "groq", "yandex")
KNOWN, NEW = split_by_prefix(FAMILIES, _KNOWN)


ROUND = HeldOutRound(
    "round-26", __doc__, 137, FAMILIES, lookalikes, SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR + FILES, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
