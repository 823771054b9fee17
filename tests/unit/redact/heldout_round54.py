"""A fifty-fourth held-out recall measure: Kingfisher rule files past ``float``, found by probing names.

``python -m tests.unit.redact.heldout_round54 [--seed N] [--per-family N] [--sources]``

The same source and method as rounds 49 and 53 (mongodb/kingfisher, the folder ``data/rules/`` as
the index stores it, commit 3397803), continued from where round 53 stopped: its last probed name
counted was ``float``, and it left the candidates past it (``flowflu`` on, which it looked up past
its stop and found not stored) for a later round.  The index lists only the folder's first 100
paths, so a file past ``cloudsight`` is found by asking for its exact path.  Before this rule was
committed no Kingfisher rule file's text was read for this round, no name was probed and
trufflehog's list was not opened for it (the names past ``flowflu`` are not known to this module
yet).

The rule that chooses the files, written here before any name was probed, any rule file read and
any secret generated (rounds 49's and 53's rules 1-5, the start moved):

1. the candidate names are trufflehog's detector folder names (``pkg/detectors/<name>``, lower-case
   as they are, a versioned detector's folder once), as trufflehog's default list
   (``pkg/engine/defaults/defaults.go`` at 0011995, the commit rounds 24-53 counted; its built and
   its commented-out detectors, as round 47 counted them, the commented-out ones put in their
   places) imports them, in byte order, from the first name after ``float`` on (``flowflu``, which
   round 53 looked up past its stop, is probed again in its place and counts like any other);
2. each candidate is probed in that order: ``find_files(repo="mongodb/kingfisher",
   path="data/rules/<name>.yml")``; a name whose path is stored (at 3397803, or at the one version
   the index holds) exists.  A file that exists is taken unless a round read it: its name is named
   as a read Kingfisher or Titus file by an earlier round's ``SOURCE_PATHS`` or docstring (a grep of
   ``tests/unit/redact`` and ``README.md`` of this round's base, main c17c61c, for the name, as
   rounds 46, 49 and 53 checked; the 98 Titus files rounds 17-19 read, ``adafruitio`` to
   ``eventbrite``, count as read by file name).  Probing stops when the round holds 35 files or
   the candidates end; the number of names probed and of files that existed is written below;
3. every rule of each file taken, in file order; round 33's rule 3 as round 43 wrote it: a rule
   whose match is no secret or only a public or identifying value (an id, an account number, a
   user or host name, an e-mail or IP address, a public key, a URL without credentials), a value
   of fewer than 8 characters, a rule whose pattern is another taken rule's character for
   character, is left out and named; a file all of whose rules are left out gives no family and
   still counts among the files read;
4. each rule left gives families as rounds 17, 43, 45, 46, 49 and 53 built them: a token with a
   prefix or a fixed shape of its own a bare family and one in a request or log line; a rule that
   needs context before the value (the provider's name, a key or a word) a keyed family and a text
   family (the verifier's request drawn twice, then lines in the shape of the rule's examples); a
   connection string, URL or whole-line shape holding a secret a text family in the shape it
   describes; where the rule's pattern is wider than the provider's format the family writes the
   provider's; a rule taking several formats gives its families once, the alternatives drawn in
   turn; where a rule pairs parts (an id and a secret) the family is the secret, the other part
   written into the request;
5. the candidates are providers trufflehog has, so the rules written after the trufflehog rounds
   likely know many of them: what is measured is Kingfisher's patterns and examples for them,
   which may be looser than or different from trufflehog's.  As rounds 12, 49 and 53 did, the
   figure is printed for the families whose provider an earlier round or the public-format corpus
   has (group ``known``) and for the others (``new``).

Seed 283 (no round has used it: no ``Round(...)`` registration nor heldout module on main c17c61c
names it as a seed; 277 and 281 are taken by rounds 52 and 53), 7 samples per family, round 2's
carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round54`) are 600 lines in the families' contexts holding no
secret, as rounds 49's, 51's and 53's are.

The rule applied (after the rule above was committed, 953ed4d on branch r54).  The candidates:
``defaults.go`` as the index stores it (commit 0011995) imports the folders in byte order; past
``float`` they run ``flowflu``, ``flutterwave``, ``fmfw``, ``formbucket`` ...; round 47's
commented-out ``generic``, ``getemail`` and ``getemails`` fall in the range probed and are probed
in their places (``hive`` lies past the stop).  **53 names probed** (``flowflu`` to ``gumroad``),
**35 files existed** at 3397803; the 18 not stored: flowflu, flutterwave, fmfw, formsite,
freshbooks, freshdesk, gcpapplicationdefaultcredentials, gemini, gengo, geocodio, getemails,
getsandbox, github_oauth2, githubapp, gocanvas, godaddy, grafanaserviceaccount, graphcms.  None of
the 35 is read by name: the grep of rule 2 finds ``gcp.yaml``, ``github.yaml`` and ``gitlab.yaml``
(Sonar's files, rounds 14-16) and ``grafana.yml`` (whispers', round 20), other tools' files, and
the other names only as trufflehog detectors or providers (rounds 12, 24, 26 and the corpus).  So
all 35 are taken and reach the round's 35 at ``gumroad``: formbucket, formcraft, formio,
foursquare, frameio, front, ftp, fulcrum, fullstory, fxmarket, gcp, geckoboard, generic, geoapify,
geocode, geocodify, geoipifi, getemail, getgeoapi, getgist, getresponse, github, gitlab, gitter,
glassnode, gocardless, goodday, googleoauth2, grafana, graphhopper, groovehq, groq, gtmetrix,
guardianapi, gumroad.  (``gyazo``, the name after ``gumroad``, was probed in the same batch of
look-ups, past the stop; it is stored and counts for nothing.)  Left for a later round: the
candidates past ``gumroad`` (``gyazo`` on), and Kingfisher's files whose names are no trufflehog
folder's.

The files hold 52 rules.  Left out by rule 3 (3): ``kingfisher.gcp.3`` (a service account's
private key id, an identifier), ``kingfisher.github.5`` (GitHub's OAuth client id) and
generic.yml's ``kingfisher.weak_password.1`` (the common passwords of public word lists, such as
``password123`` and ``letmein42``: the values are public words, not secrets of anyone's).  The 49
left give 93 families (``SOURCE_PATHS``), 651 samples a seed:

* a shape of its own (14 rules, a bare family and one in a request each): GitHub's five token
  rules (github.1's ghp/gho/ghu/ghs/ghr and ``github_pat_`` drawn in turn, ghr as GitHub's 76 and
  ``github_pat_`` as its 22 and 59, the rule's wider body written as the provider's; gho, ghu/ghs,
  ghr and the fine-grained PAT), GitLab's three (``glpat-``, ``GR1348941``, ``glptt-``), Grafana's
  three (``eyJrIjoi``, ``glc_``, ``glsa_``), Google's ``ya29.``, Groq's ``gsk_`` and Frame.io's
  ``fio-u-`` and 64 (the rule asks a credential word between prefix and token, as no token is
  written; the family writes the token as Frame.io issues it, the examples' shape as a line);
* the provider's name, a credential word and the token (27 rules; FormBucket's to Gumroad's;
  Foursquare's, Fullstory's, Geocodify's and GetResponse's within 8 and 16, GetEmail's word within
  4 of the name, so its keys are those it allows; GoCardless' ``live_`` token after the name alone)
  and generic.yml's secret, API key and password rules: a keyed family and a text family each (the
  verifier's request drawn twice, the examples' shapes: ``formbucket SECRET``, ``formcraft_key=``,
  ``FORMCRAFT_ACCESS_KEY=``, ``formio_key =``, ``foursquare_key =``, ``front.key.``,
  ``front.token.``, ``fulcrum_key=``, ``FULCRUM_API_TOKEN=``, ``fullstory_key = "``,
  ``fullstory_SECRET="``, ``fxmarketSECRET=``, ``geckoboardSECRET=``, ``geckoboardKEY=``,
  ``geoapifyXYZSECRET=``, ``geocode_key=``, ``geocode_token=``, ``geocodifyTOKEN=``,
  ``geocodify_key.access.``, ``geocodifySECRET-``, ``ipifi_key=``, ``IPIFI_ACCESS_TOKEN=``,
  ``getemail-SECRET-``, ``getgeoapiSECRET=``, ``getgist_token=``, ``GETGIST_SECRET_KEY=``,
  ``getresponseKEY=``, ``GITHUB_SECRET=`` after ``GITHUB_CLIENT_ID=``, ``gitter-secret-``,
  ``glassnode SECRET``/``KEY``, ``gocardless_token = "``, ``GOCARDLESS_LIVE_KEY = "``, ``goodday
  SECRET``/``ACCESS``, ``graphhopperSECRET``, ``graphhopper_access_key_X-``, GrooveHQ's URL with
  ``access_token=``, ``gtmetrixTOKEN=``, ``guardian SECRET=``, ``guardianPRIVATEKEY=``,
  ``gumroadSECRET-``, ``gumroadPRIVATE-``; generic's ``CLIENT_SECRET = "``, ``API_KEY = "``, the
  ``buildConfigField`` line, ``password = "`` and its other examples), then ``<name>_key =``,
  ``<name> private key:`` and ``<Name> access token ... rotated``;
* a line's shape (5 rules, a text family each): FTP's URI password, GCP's service account JSON
  (a line of its private key, as round 26 wrote it), generic.yml's user-and-password rules
  (quoted, bare) and its ``db_user``/``db_password`` pair (the password the family).

Where the rule is wider than the provider's format the family writes the provider's: FormBucket's
three parts as round 24 wrote them; Form.io's and Front's tokens as the HS256 JWTs their rules
describe (Front's 36 before the dot is a JWT header); Geoapify's, Gitter's, GrooveHQ's and
GTmetrix's keys as lower-case hex, GitHub's client secret as 40 hex; ipify's as ``at_`` and 29;
GraphHopper's and the Guardian's as UUIDs in hex; FXMarket's, GetEmail's, GoCardless', Gumroad's
and Google's with a letter or digit at each end (the rules' closing ``\\b``); Foursquare's as its
client secret (the validator pairs the match with a secret it does not define: the family is the
secret, a client id written into the request).  Requests that send the token in Basic auth as the
user are written as ``curl -u '<v>:'`` (Formcraft, GTmetrix), Gumroad's with ``access_token=`` in
the query (its verifier sends none).

Every provider is one an earlier round or the corpus has: trufflehog's detectors of the same
names were read by round 24 (formbucket to fxmarket; ftp by an earlier round) and round 26 (gcp
to gumroad; geoapify, graphhopper and gumroad read before it), and generic secrets, passwords and
FTP URIs are measured by rounds 5, 10, 33 and 37.  Group ``known`` is all 93 families and ``new``
is empty (not printed).

First measurement, BEFORE any rule was changed for these families (seed 283, 7 samples per family,
rules as of main c17c61c (their last change round 53's); the module written and run once, nothing
tuned): strict **639/651 = 98.16%**, loose 639/651 (prefixed 196/196, near 443/455; by carrier:
bare 98/98, keyed 210/210, text 331/343).  Seeds 7 and 99, same rules: 639/651 = 98.16% and
639/651 = 98.16% (the same twelve line shapes each time).  Missed, all in text: Formcraft's 16
as ``curl -u '<v>:'`` (2; the option's user is taken from 20 on); ``geocode_key=<28>`` and
``geocode_key = <28>`` (a name and ``_key`` before 28 letters and digits: shorter than the 32 such
a key takes); ``geocodify_key.access.<40>``; ipify's ``at_`` token after ``private key:`` and
``access token`` (2); ``gitter-secret-<40 hex>`` (a lower-case credential word joined by ``-``);
``graphhopperSECRET<uuid>`` and ``graphhopper_access_key_X-<uuid>``; ``guardian_key = <uuid>`` (a
UUID after a name and ``_key`` reads as an id); the ``buildConfigField`` line whose value holds
``/``, ``+``, ``.`` and ``_``.  The round-54 lookalikes: **11/600 touched** at corpus seed 283
(17 at 7, 9 at 99), four lines: ``GITLAB_RUNNER_TOKEN=GR1348941<your token>`` (the prefix before a
placeholder taken), ``X-Auth-Token: api-key $GETRESPONSE_API_KEY`` (the scheme word taken),
Guardian's documented ``api-key=test`` and Foursquare's ``client_secret=CLIENT_SECRET`` (the
placeholder in capitals).

The commit that holds the paragraph above (5f77e65 on branch r54, its message beginning
"heldout_round54, innocents_round54") holds this module and main c17c61c's rules, so the held-out
figure is printed again by a worktree of that commit (639/651, lookalikes 11/600)::

    git worktree add --detach /tmp/r54base 5f77e65  # on the round's branch r54
    cd /tmp/r54base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round54

Any figure measured after that is in-sample.  After the round-54 changes (35203e7; no rule added,
459 rules, 458 on by default; hand-made cases first, ``REDACTED``/``KEPT["round54"]`` of
``test_heldout_rounds.py``): credential-word-token takes ``secret`` and ``token`` in lower case
joined by ``-`` to the token when a name and ``-`` come before them (``gitter-secret-<40 hex>``;
alone, ``token-<hex>``, they stay a name's part); and four guards for the lookalike lines the
first measurement touched, each a class across providers: a token's prefix glued to a slot that
says so is a placeholder (``GR1348941<your token>``, ``ak2024<insert token here>``);
``api-key`` is a scheme word before a value, as ``apikey`` was (``X-Auth-Token: api-key $VAR``
kept, ``api-key <key>`` still takes the key); the Guardian's shared ``test`` key in a query is
left under a key that names no password (``?password=test`` is still taken); and an OAuth
parameter holding a placeholder or its own name in capitals is left
(``client_secret=CLIENT_SECRET``, ``refresh_token=REFRESH_TOKEN``).  Figures: strict **640/651 =
98.31%**, loose the same (prefixed 196/196, near 444/455; bare 98/98, keyed 210/210, text
332/343); seeds 7 and 99: 640/651 = 98.31% each.  The round-54 lookalikes: 0/600 at corpus seeds
283, 7 and 99 (11, 17 and 9 on c17c61c's rules) and 0 of 3000 at seeds 1, 2 and 3 (73, 65 and 80
on c17c61c's).  Every other round's figures and lookalikes unchanged (``python -m
tests.unit.redact.figures --seeds`` in worktrees of c17c61c and of 35203e7: output identical, the
labeled corpus 10104/10108 on both; round 54 is not printed there, round 52 not being on main,
so its figures above are this module's own).  An example ``gitter-secret-{hex:40}`` was tried
and dropped: the labeled corpus draws every rule's examples from one random stream, and with one
more example json-key-token's own example drew ``Qm7E0UR5AbnIoybFfnIunQ9``, which its validator
rejects (6 items; a weakness of that rule's draw, left as it is).  ``sightline bench redact
--records 60000`` (c17c61c and 35203e7 alternated, 3 pairs, CPU records/s; the machine shared,
load 2.6-3.0 on 2 cores): without secrets 175,685 / 176,382, 181,845 / 179,844, 164,609 /
176,106 (medians 175,685 and 176,382), with secrets 14,073 / 13,939, 13,703 / 12,858, 12,866 /
12,407 (medians 13,703 and 12,858: lower in each pair, by 1-6 %, inside the spread of either
side's three runs; not measured further).

Left (11 of 651 at each seed): Formcraft's 16 as ``curl -u '<v>:'`` (2; the option's user is
taken from 20 on); ``geocode_key=<28>`` and ``geocode_key = <28>`` (a name and ``_key`` before
fewer than 32 letters and digits); ``geocodify_key.access.<40>``; ipify's ``at_`` and 29 after
``private key:`` and ``access token`` (2; a two-letter prefix and fewer than 32 read as an
object's id, as Stripe's ids do); ``graphhopperSECRET<uuid>``, ``graphhopper_access_key_X-<uuid>``
and ``guardian_key = <uuid>`` (a UUID after a name reads as an id, as round 53's Findl); the
``buildConfigField`` line whose value holds ``/``, ``+``, ``.`` and ``_``.  Left for a later
round: the candidates past ``gumroad`` (``gyazo`` on) and Kingfisher's files whose names are no
trufflehog folder's.

The round was built on branch r54 from main c17c61c: 953ed4d (the rule), 5f77e65 (the
measurement), 35203e7 (the changes) and the commit adding these figures; round 52 was being
written beside it.

Formats are facts in our own notation, generated at test time; no rule text of the sources is
copied.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round54 import PROVIDERS, lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound, split_by_prefix

__all__ = ["FAMILIES", "KNOWN", "NEW", "SOURCE_PATHS", "run", "samples"]

_AN = "[A-Za-z0-9]"
_HEX_UUID = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"
# a JWT's header as HS256 issues it ({"alg":"HS256","typ":"JWT"})
_JWT_HEAD = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
# a password as a line or a URL carries it (round 18's shapes)
_PW = "[A-Za-z0-9][A-Za-z0-9!#%^*_+=.~-]{6,22}[A-Za-z0-9]"
_PW_URL = "[A-Za-z0-9][A-Za-z0-9._~-]{6,22}[A-Za-z0-9]"
# a service account's private key id and a PEM body's line (round 26's)
_GCP_KEY_ID = "9c4e1a7f3b8d2c6e0a5f9b1d7c3e8a2f4b6d0c1e"
_PEM_LINE = "[A-Za-z0-9+/]{64}"

SOURCE_PATHS: dict[str, str] = {}
_KF = Families("kingfisher", "mongodb/kingfisher:data/rules/", SOURCE_PATHS)


_kf = _KF.by_first_word  # a Kingfisher rule of its usual shape, read from the file the id's first word names


PREFIXED: tuple[HeldFamily, ...] = (
    # Frame.io's token is fio-u- and 64; the rule asks a credential word between them (see the docstring)
    *_KF.prefixed(
        "frameio-api-key",
        "fio-u-[A-Za-z0-9_-]{63}[A-Za-z0-9]",
        "frameio.yml",
        "curl -H 'Content-Type: application/json' -H 'Authorization: Bearer {v}' https://api.frame.io/v2/me",
        "frameio api key {v}",
    ),
    *_KF.prefixed(
        "github-token",
        f"(?:gh[pous]_{_AN}{{36}}|ghr_{_AN}{{76}}|github_pat_{_AN}{{22}}_{_AN}{{59}})",
        "github.yml",
        "curl -H 'Authorization: token {v}' -H 'Content-Type: application/json; charset=utf-8' https://api.github.com/user",
        "GITHUB_KEY={v}",
        "let g:gh_token='{v}'",
    ),
    *_KF.prefixed(
        "github-oauth-token",
        f"gho_{_AN}{{36}}",
        "github.yml",
        "\"url\": \"git+https://ci-bot:{v}@github.com/acmeledger/ledger-web.git\"",
        "oauth_token: {v}",
    ),
    *_KF.prefixed(
        "github-app-token",
        f"gh[us]_{_AN}{{36}}",
        "github.yml",
        "\"token\": \"{v}\",",
        "git clone http://{v}@github.com/acmeledger/ledger-web.git",
    ),
    *_KF.prefixed(
        "github-refresh-token",
        f"ghr_{_AN}{{76}}",
        "github.yml",
        "\"refresh_token\": \"{v}\",",
        "curl -H 'Authorization: token {v}' https://api.github.com/user",
    ),
    *_KF.prefixed(
        "github-fine-grained-pat",
        f"github_pat_{_AN}{{22}}_{_AN}{{59}}",
        "github.yml",
        "curl -H 'Authorization: token {v}' https://api.github.com/user",
        "GH_TOKEN={v} gh release create v1.4.2",
    ),
    *_KF.prefixed(
        "gitlab-pat",
        "glpat-[A-Za-z0-9_-]{20}",
        "gitlab.yml",
        "curl -H 'PRIVATE-TOKEN: {v}' https://gitlab.com/api/v4/user",
        "docker build -t ledger-web -f Dockerfile --build-arg 'GO_REPO_TOKEN={v}' .",
    ),
    *_KF.prefixed(
        "gitlab-runner-registration-token",
        "GR1348941[A-Za-z0-9_-]{20}",
        "gitlab.yml",
        "sudo gitlab-runner register --non-interactive --url \"https://gitlab.com/\" "
        "--registration-token \"{v}\" --executor \"docker\"",
        "curl -H 'PRIVATE-TOKEN: {v}' https://gitlab.com/api/v4/user",
    ),
    *_KF.prefixed(
        "gitlab-pipeline-trigger-token",
        "glptt-[0-9a-f]{40}",
        "gitlab.yml",
        "curl -X POST --fail --no-progress-meter -F token={v} -F ref=main "
        "https://gitlab.com/api/v4/projects/4821/trigger/pipeline",
        "curl -H 'PRIVATE-TOKEN: {v}' https://gitlab.com/api/v4/user",
    ),
    *_KF.prefixed(
        "googleoauth2-access-token",
        f"ya29\\.{_AN}[A-Za-z0-9_-]{{60,160}}{_AN}",
        "googleoauth2.yml",
        "curl -H 'Authorization: Bearer {v}' 'https://www.googleapis.com/oauth2/v3/tokeninfo?access_token={v}'",
        "google access token {v} expires in 3599s",
    ),
    *_KF.prefixed(
        "grafana-api-token",
        f"eyJrIjoi{_AN}{{70,100}}",
        "grafana.yml",
        "Authorization: Bearer {v}",
        "admin_client = GrafanaClient(\"{v}\", host=grafana_host, port=3000, protocol=\"http\")",
    ),
    *_KF.prefixed(
        "grafana-cloud-token",
        "glc_[A-Za-z0-9+/]{80,140}={0,2}",
        "grafana.yml",
        "curl -H 'Authorization: Bearer {v}' 'https://grafana.com/api/v1/tokens?region=us'",
        "\"token\": \"{v}\"",
        "grafana = {v}",
    ),
    *_KF.prefixed(
        "grafana-service-account-token",
        f"glsa_{_AN}{{32}}_[a-f0-9]{{8}}",
        "grafana.yml",
        "curl -H \"Authorization: Bearer {v}\" -X GET 'https://grafana.acmeledger.io/api/access-control/user/permissions'",
        "'Authorization': `Bearer {v}`",
    ),
    *_KF.prefixed(
        "groq-api-key",
        f"gsk_{_AN}{{52}}",
        "groq.yml",
        "curl -H 'Authorization: Bearer {v}' https://api.groq.com/openai/v1/models",
        "groq api key {v}",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_kf("formbucket-api-key", "[0-9A-Za-z]{20,40}\\.[0-9A-Za-z]{40,120}\\.[0-9A-Za-z_-]{19,49}[0-9A-Za-z]", "formbucket",
         "curl -H 'Accept: application/json' -H 'Authorization: Bearer {v}' https://www.formbucket.com/v1/profile",
         "formbucket SECRET {v}", "formbucket KEY {v}"),
    *_kf("formcraft-api-key", "[0-9a-z]{16}", "formcraft",
         "curl -u '{v}:' https://formcrafts.com/api/v1/",
         "formcraft_key={v}", "formcraft_token={v}", "FORMCRAFT_ACCESS_KEY={v}"),
    *_kf("formio-api-key", f"{_JWT_HEAD}\\.eyJ{_AN}{{217,307}}\\.{_AN}[A-Za-z0-9_-]{{41}}{_AN}", "formio",
         "curl -H 'Content-Type: application/json' -H 'x-jwt-token: {v}' https://formio.form.io/current",
         "formio_key = {v}"),
    # the validator pairs the rule's match with a secret: the family is Foursquare's client secret
    *_kf("foursquare-api-key", "[0-9A-Z]{48}", "foursquare",
         "GET https://api.foursquare.com/v2/venues/trending?client_id=XK4QTL0B2WZV1JHC3M5NPR7S9UAYE6FD8G0IQ2OT4VL6NZX1"
         "&client_secret={v}&v=20211019&near=LA",
         "foursquare_key = {v}"),
    *_kf("front-api-key", f"{_JWT_HEAD}\\.eyJ{_AN}{{150,190}}\\.{_AN}[A-Za-z0-9_-]{{41}}{_AN}", "front",
         "curl -H 'Accept: application/json' -H 'Authorization: Bearer {v}' https://api2.frontapp.com/accounts",
         "front.key.{v}", "front.token.{v}"),
    *_kf("fulcrum-api-key", "[a-z0-9]{80}", "fulcrum",
         "curl -H 'Accept: application/json' -H 'X-ApiToken: {v}' https://api.fulcrumapp.com/api/v2/forms.json",
         "fulcrum_key={v}", "FULCRUM_API_TOKEN={v}"),
    *_kf("fullstory-api-key", "[A-Za-z0-9+/]{88}", "fullstory",
         "curl -H 'Authorization: Basic {v}' https://api.fullstory.com/operations/v1",
         "fullstory_key = \"{v}\"", "fullstory_SECRET=\"{v}\""),
    *_kf("fxmarket-api-key", f"{_AN}[A-Za-z0-9_-]{{18}}{_AN}", "fxmarket",
         "curl -H 'Content-Type: application/json' 'https://fxmarketapi.com/apilive?api_key={v}'",
         "fxmarketSECRET={v}"),
    *_kf("geckoboard-api-key", f"{_AN}{{44}}", "geckoboard",
         "curl -H 'Authorization: Basic {v}' https://api.geckoboard.com/",
         "geckoboardSECRET={v}", "geckoboardKEY={v}"),
    *_kf("geoapify-api-key", "[a-f0-9]{32}", "geoapify",
         "GET https://api.geoapify.com/v1/geocode/search?text=California&apiKey={v}",
         "geoapifyXYZSECRET={v}"),
    *_kf("geocode-api-key", "[a-z0-9]{28}", "geocode",
         "GET https://geocode.xyz/51.4647,0.0079?json=1&auth={v}",
         "geocode_key={v}", "geocode_token={v}"),
    *_kf("geocodify-api-key", "[0-9a-z]{40}", "geocodify",
         "GET https://api.geocodify.com/v2/geocode?api_key={v}",
         "geocodifyTOKEN={v}", "geocodify_key={v}", "geocodify_key.access.{v}", "geocodifySECRET-{v}"),
    # ipify's keys are at_ and 29 letters and digits (32 in all, as the rule asks)
    *_kf("geoipifi-api-key", f"at_{_AN}{{29}}", "ipifi",
         "curl -H 'Accept: application/json' 'https://geo.ipify.org/api/v2/country?apiKey={v}&ipAddress=8.8.8.8'",
         "ipifi_key={v}", "IPIFI_ACCESS_TOKEN={v}"),
    # GetEmail's rule asks the credential word within 4 characters of the name
    *_kf("getemail-api-key", f"{_AN}[A-Za-z0-9-]{{18}}{_AN}", "getemail",
         "GET https://api.getemail.io/v1/find-mail?firstname=Larry&lastname=Page&domain=google.com&api_key={v}",
         "getemail_key={v}", "getemail-SECRET-{v}",
         keys=("GETEMAIL_KEY", "getemail_token", "getemailSecretKey", "GETEMAIL_ACCESS_TOKEN")),
    *_kf("getgeoapi-api-key", "[0-9a-z]{40}", "getgeoapi",
         "curl -H 'Content-Type: application/json' 'https://api.getgeoapi.com/v2/currency/list?api_key={v}'",
         "getgeoapiSECRET={v}"),
    *_kf("getgist-api-key", f"{_AN}{{66}}==", "getgist",
         "curl -H 'Authorization: Bearer {v}' https://api.getgist.com/contacts/",
         "getgist_token={v}", "GETGIST_SECRET_KEY={v}"),
    *_kf("getresponse-api-key", "[a-z0-9]{32}", "getresponse",
         "curl -H 'X-Auth-Token: api-key {v}' https://api.getresponse.com/v3/accounts",
         "getresponse_token = {v}", "getresponseKEY={v}"),
    *_kf("github-secret-key", "[a-f0-9]{40}", "github",
         "curl -u 'Iv1.8a61f9b3a7aba766:{v}' -X POST https://api.github.com/applications/Iv1.8a61f9b3a7aba766/token",
         "GITHUB_CLIENT_ID=ac58d6da7d7a84c039b7\nGITHUB_SECRET={v}",
         keys=("GITHUB_SECRET", "GITHUB_CLIENT_SECRET", "github_client_secret", "githubAppSecret")),
    *_kf("gitter-api-key", "[a-f0-9]{40}", "gitter",
         "curl -H 'Authorization: Bearer {v}' https://api.gitter.im/v1/user/me",
         "gitter-secret-{v}"),
    *_kf("glassnode-api-key", f"{_AN}{{27}}", "glassnode",
         "curl -H 'Content-Type: application/json' 'https://api.glassnode.com/v1/metrics/indicators/sopr?a=btc&api_key={v}'",
         "glassnode SECRET {v}", "glassnode KEY {v}"),
    *_kf("gocardless-api-token", f"live_[A-Za-z0-9_=-]{{39}}{_AN}", "gocardless",
         "curl -H 'Authorization: Bearer {v}' -H 'GoCardless-Version: 2015-07-06' https://api.gocardless.com/customers/",
         "gocardless_token = \"{v}\"", "GOCARDLESS_LIVE_KEY = \"{v}\""),
    *_kf("goodday-api-key", "[a-z0-9]{32}", "goodday",
         "curl -H 'gd-api-token: {v}' https://api.goodday.work/2.0/users",
         "goodday SECRET {v}", "goodday ACCESS {v}"),
    *_kf("graphhopper-api-key", _HEX_UUID, "graphhopper",
         "GET https://graphhopper.com/api/1/geocode?q=India&type=json&key={v}",
         "graphhopperSECRET{v}", "graphhopper_access_key_X-{v}"),
    *_kf("groovehq-api-key", "[a-f0-9]{64}", "groove",
         "GET https://api.groovehq.com/v1/me?access_token={v}",
         "curl -H 'Authorization: Bearer {v}' https://api.groovehq.com/v1/me"),
    *_kf("gtmetrix-api-key", "[0-9a-f]{32}", "gtmetrix",
         "curl -u '{v}:' https://gtmetrix.com/api/2.0/status",
         "gtmetrixTOKEN={v}"),
    *_kf("guardianapi-api-key", _HEX_UUID, "guardian",
         "GET https://content.guardianapis.com/search?api-key={v}",
         "guardian SECRET={v}", "guardianPRIVATEKEY={v}"),
    *_kf("gumroad-api-key", f"{_AN}[A-Za-z0-9-]{{41}}{_AN}", "gumroad",
         "GET https://api.gumroad.com/v2/products?access_token={v}",
         "gumroadSECRET-{v}", "gumroadPRIVATE-{v}"),
    # generic.yml: a secret's or an API key's name, a password after a user and after its name
    *_KF.keyed_and_text(
        "generic-secret", "[0-9a-z]{32,64}", "generic.yml",
        ("CLIENT_SECRET", "client_secret", "appSecret", "secret"),
        "    private static String CLIENT_SECRET = \"{v}\";",
        "    private static String CLIENT_SECRET = \"{v}\";",
        "client_secret: {v}",
        "SECRET={v}",
        "export APP_SECRET=\"{v}\"",
    ),
    *_KF.keyed_and_text(
        "generic-api-key", "[0-9a-z][0-9a-z._/+-]{30,62}[0-9a-z]", "generic.yml",
        ("API_KEY", "apikey", "access_key", "accessKey"),
        "API_KEY = \"{v}\"",
        "API_KEY = \"{v}\"",
        "buildConfigField 'String' , 'API_KEY' , '\\\"{v}\\\"'",
        "GET https://api.acmeledger.io/v2/rates?apikey={v}",
        "access_key: {v}",
    ),
    *_KF.keyed_and_text(
        "generic-password", _PW, "generic.yml",
        ("password", "my_password", "AdminPassword", "vm_password"),
        "password = \"{v}\"",
        "password=\"{v}\"",
        "my_password: \"{v}\"",
        "\"password\": \"{v}\",",
        "my_password := \"{v}\"",
        "password   =>   \"{v}\"",
        "\"AdminPassword\" : \"{v}\"",
        "private const string DevPfxPassword = \"{v}\";",
    ),
    _KF.family(
        "generic-username-password-quoted", "text", _PW, "generic.yml",
        "credential = UsernamePasswordCredential(client_id='da34859b-2ae4-48c3-bfe0-1b28b7cf2eed', "
        "username='{u}', password='{v}')",
        "username = '{u}@acmeledger.io'\npassword = '{v}'",
        "USERNAME = '{u}@acmeledger.io'\n# rotated monthly\nPASS = '{v}'",
        "user = '{u}'  # service account\npassword = '{v}'  # from vault",
    ),
    _KF.family(
        "generic-username-password", "text", _PW_URL, "generic.yml",
        "user = {u}\npassword = {v}",
        "user = {u}\n// set by ops\npassword = {v}",
        ":authn_dbd_params => 'host=db_host port=3306 user=apache password={v} dbname=apache_auth',",
    ),
    _KF.family(
        "generic-db-user-password", "text", _PW, "generic.yml",
        "define('DB_USER', 'wp_{u}'); define('DB_PASSWORD', '{v}');",
        "db_user = '{u}'\ndb_password = '{v}'",
        "DB_USERNAME=\"{u}\" DB_PASS=\"{v}\"",
    ),
    # ftp.yml: the password of an FTP URI
    _KF.family(
        "ftp-uri-password", "text", _PW_URL, "ftp.yml",
        "ftp://{u}:{v}@ftp.acmeledger.io:21",
        "ftp://{u}:{v}@ftp.acmeledger.io",
        "lftp ftp://{u}:{v}@files.acmeledger.io/uploads -e 'mirror -R dist'",
        "curl -T dump.sql.gz ftp://{u}:{v}@backup.acmeledger.io/dumps/",
    ),
    # gcp.yml's first rule: a service account's JSON (the secret a line of its private key)
    _KF.family(
        "gcp-service-account", "text", _PEM_LINE, "gcp.yml",
        '{"type": "service_account", "project_id": "acme-prod", "private_key_id": "' + _GCP_KEY_ID + '", '
        '"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ{v}\\n'
        '-----END PRIVATE KEY-----\\n", "client_email": "deployer@acme-prod.iam.gserviceaccount.com", '
        '"auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs"}',
        "GOOGLE_CREDENTIALS={\"type\":\"service_account\",\"private_key\":\"-----BEGIN PRIVATE KEY-----\\n{v}\\n"
        "-----END PRIVATE KEY-----\\n\",\"auth_provider_x509_cert_url\":\"https://www.googleapis.com/oauth2/v1/certs\"}",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR

# every provider is one an earlier round or the corpus has (see the docstring): NEW is empty
KNOWN, NEW = split_by_prefix(FAMILIES, tuple(PROVIDERS))

ROUND = HeldOutRound(
    "round-54",
    __doc__,
    283,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "known": KNOWN},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
