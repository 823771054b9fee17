"""A thirty-fifth held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round35 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a
keyword list, the token's regex and the request its verifier sends, as rounds 5-11 and 24-34
read them.  The rule that chose the files, written here before any of them was read (round
34's rule continued, its files now counted as read; round 33, from another source, is not
counted here):

1. the trufflehog detector files named by every earlier round's ``SOURCE_PATHS`` and the
   detectors named by :mod:`tests.unit.redact.public_formats`' trufflehog lists are counted
   by the first letter of the detector's folder.  Round 34's counts with its 27 p and 8 a
   files added: a 22, b 36, c 15, d 41, e 22, f 39, g 38, h 21, i 22, j 7, k 12, l 26,
   m 44, n 25, o 19, p 61, q 3, r 32, s 14, t 49, u 14, v 16, w 19, x 1, y 5, z 15;
2. the letters an earlier round left for later come first: round 34 left 60 a files
   (airvisual to azuresearchquerykey in the default list's order, less the 6 read among
   them, named by its rule from the default list).  This round takes them first, in
   alphabetical order of their path (``pkg/detectors/<name>/...``, a detector's versions in
   order ``v1``, ``v2`` ...), and, since the 60 would carry the round past 35, cuts them as
   round 31 cut t: the first 35 are taken and the rest are left for a later round (their
   number given below, counted from the default list, which is listing, not reading); the
   round then stops (no other letter is taken);
3. a file is unread when its detector is in trufflehog's default list
   (``pkg/engine/defaults/defaults.go``, the detectors it builds, commented-out ones not
   counted, at the commit rounds 24-34 used, 0011995) and no earlier round's
   ``SOURCE_PATHS`` nor the public-format corpus' trufflehog lists name it; a detector with
   versions (``<name>/v1``, ``v2``) counts each version the list builds as a file;
4. families as rounds 10, 11 and 24-34 built them: a token with a prefix or a shape of its
   own a bare family and one in the verifier's request; a keyword-near-token detector a keyed
   family (a provider-named key) and a text family (the verifier's request with the token,
   then prose with and without a credential word); where a detector pairs two parts the
   family is the secret one and the other part is written into the request;
5. a detector whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 181 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99
are printed too.  Each file is read as the index stores it (one version, not always the
newest).

The rule applied (the default list as the index stores it, commit 0011995, the same as rounds
24-34's, read after the rule above was committed and before any detector file): round 34's 66
entries airvisual to azuresearchquerykey less the 6 read among them (amplitudeapikey as
public_formats' ``amplitude``, apify, appcues and ayrshare by the public-format corpus, apideck
and azurecontainerregistry by round 5's ``SOURCE_PATHS``) are 60 files; none of the 35 taken is
named by an earlier round's ``SOURCE_PATHS`` nor by the corpus' trufflehog lists (earlier rounds
measured some of these providers from other sources).  In alphabetical order of their path the
first 35 are taken and **25 a files are left** for a later round (auth0oauth to
azuresearchquerykey: auth0oauth, autodesk, autoklose, autopilot, avazapersonalaccesstoken,
aviationstack, aws/access_keys, aws/session_keys, axonaut, aylien, azure_batch, azure_cosmosdb,
azure_entra/refreshtoken, azure_entra/serviceprincipal v1 and v2, azure_openai, azure_storage,
azureapimanagement/repositorykey, azureapimanagementsubscriptionkey,
azureappconfigconnectionstring, azuredevopspersonalaccesstoken, azuredirectmanagementkey,
azuresastoken, azuresearchadminkey, azuresearchquerykey).  Taken (35): airvisual, aiven,
alchemy, alegra, aletheiaapi, algoliaadminkey, alibaba, alienvault, allsports, amadeus, ambee,
anthropic, anypoint, apacta, api2cart, apiflash, apifonica, apilayer, apimatic, apimetrics,
apitemplate, appfollow, appointedd, appoptics, appsynergy, apptivo, artsy, asanaoauth,
asanapersonalaccesstoken, assemblyai, atera, atlassian v1 and v2, audd,
auth0managementapitoken.

Fourteen providers an earlier round or the public-format corpus already has: Aiven (rounds 3
and 17), Alchemy (round 3 and others), Aletheia (round 12), Algolia (round 19, the corpus),
Alibaba (rounds 13, 14 and 17, the corpus), Anthropic (rounds 2, 4 and 17, the corpus),
Anypoint (rounds 3 and 18), apilayer (round 4 and others), AppOptics (round 4), Asana (rounds
12, 13 and 17, the corpus; both files), AssemblyAI (rounds 3 and 18), Atera (round 4), Atlassian
(rounds 2, 8, 13 and 19, the corpus; both files) and Auth0 (rounds 2 and 17).  Group ``known``
is the families whose id starts with aiven, alchemy, aletheiaapi, algolia, alibaba, anthropic,
anypoint, apilayer, appoptics, asana, assemblyai, atera, atlassian or auth0.

Shapes of detector, carried as in :mod:`tests.unit.redact.heldout_round34`:

prefixed
    a token with a prefix of its own and no keyword asked before it, bare in round 2's seven
    bare carriers and in the verifier's request: Anthropic's ``sk-ant-api03-`` (93 of
    ``\\w`` and ``-``, then ``AA``), Atlassian's v2 ``ATCTT3xFfG`` (its open count of letters,
    digits, ``+/=_-`` written 150-200, then ``=`` and 8 letters or digits) and Auth0's management
    API token (``ey`` and letters, digits, ``._-``, 2,000 to 5,000 in all, the detector's
    bounds: written 2,001-2,401, closed by a letter, digit or ``_``; its tenant's domain in the request);
keyword near token
    as round 34's, the provider's name at most 40 characters before a token; where a detector
    pairs parts the family is the secret one and the other is written into the request:
    Alegra's 20 (its user's e-mail in ``curl -u``), Algolia's admin key (its 10-capital app id
    in the host and a header), Alibaba's 30-character AccessKey secret (its ``LTAI`` key id
    beside it on a command line; the keyword is ``LTAI``, the name ``alibaba`` is written),
    Amadeus' 16-character client secret (its 32-character client id in the form), Anypoint's
    UUID-shaped token (its organisation's UUID in the path), Apifonica's 11-4-4-4-12 (an
    account id of the same shape before it in ``curl -u``), APIMatic's password (its user's
    e-mail in ``curl -u``), Apptivo's 36 (its 32-character access key in the query) and Artsy's
    32 client secret (its 20-character client id in the query).  Algolia's keyword is
    ``algolia``, Asana's (both files) ``asana``.  Atera's ``[[0-9a-z]`` (a doubled ``[``) is
    written ``[0-9a-z]`` as round 34 wrote Podio's.  Appointedd's ``{88`` (no closing brace:
    RE2 reads it as the three characters) is written ``{88}`` (no token ends in ``{88``).
    APIMatic's password class holds ``\\S`` (any character but a blank): written as round 27
    wrote Lexigram's, printable characters less ``"``, ``'`` and ``\\``, 8-32, first and last a
    letter or digit.  AppFollow's token is a JWT with a fixed HS256 header after
    ``appfollow``.  Asana's personal token's open counts (``[0-9]{1,}/[0-9]{16,}:[A-Za-z0-9]{32,}``)
    are written 1-2, 16-17 and 32-34.  The ``\\b``-closed classes holding ``-``, ``/``, ``:``,
    ``=`` or ``+`` (AirVisual, Alegra, Apacta, AppOptics, Appointedd, Apptivo, Asana's OAuth,
    Atlassian's v1, AudD) are written as round 24 wrote them (first and last character one of
    the class' letters, digits or ``_``); Aiven's 372 of base64 is not closed.  Alchemy,
    Amadeus and artsy are everyday words or names.

Formats are facts in our own notation, generated at test time; no rule text of the
source is copied.

First measurement, BEFORE any rule was changed for these families (seed 181, 7 per family,
rules as of main c800c5a (their last change round 34's, 3ebfb81), run at the round's branch r35
plus this module and its lookalikes; run once, nothing tuned): strict **448/490 = 91.43%**,
loose 451/490 (prefixed 30/42, near 418/448; the providers an earlier set has 199/224, new
providers 249/266; by carrier: bare 9/21, keyed 223/224, text 216/245).  Seeds 7 and 99, same
rules: 447/490 = 91.22% and 449/490 = 91.63%.  Missed at seed 181, by family: Atlassian's v2
``ATCTT3xFfG`` token and Auth0's management token (``ey`` and 2,000 or more of letters, digits
and ``._-``) bare, 1/7 each (the library has neither shape; the ``=`` and ``.`` inside cut
what a generic rule takes); prose naming a provider before a token (``<Name> client
configured: <v>``, ``<name>: <v>``, ``<name> api key <v>``): Amadeus' 16 2/7, APIMatic's
printable password 2/7 (and 6/7 under ``apimaticApiKey``: cut at a backquote), Asana's OAuth
token of lower-case letters, digits, ``/`` and ``:`` 3/7, Alibaba's 30, APIMetrics' 32,
Artsy's 32 and Atlassian's v1 24 4/7 each, Atera's 32 6/7; Aiven's 372 of base64 after
``Authorization: aivenv1`` 5/7 (the scheme word taken for the value); the other families 7/7.
At seeds 7 and 99 the same families (Alegra's text 6/7 at 7; Atera's text and APIMatic's keyed
7/7 at 99).  The round-35 lookalikes: 6/600 touched (the corpus at its seed 181), all one
request line, Aiven's ``Authorization: aivenv1 $AIVEN_TOKEN`` (the scheme word taken as a
token); 6 and 6 at corpus seeds 7 and 99, 22, 21 and 19 of 3000 at seeds 1, 2 and 3.

The held-out figure is printed again by running this module against the rules of the
commit that adds its measured version (on the round's branch r35)::

    git worktree add --detach /tmp/r35base 3db00e9  # main; 6a9e284 on the round's branch r35
    cd /tmp/r35base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round35

Any figure measured after that is in-sample.  After the round-35 rules (a7cea71 on main, 901cd5d on r35; two rules
added at the end of the list, 447 rules, 446 on by default; one regex widened in place):
Alibaba, Amadeus, Artsy and Atlassian are weak names, their name in prose marking a random mix
or Amadeus' own 16 (letters and digits mixing upper case, lower case and digits); APIMetrics is
a provider name; an ``Authorization`` scheme word may end in up to three digits (``aivenv1``);
``atlassian-admin-api-key`` takes ``ATCTT3xFfG`` and its body, ``=`` and 8, and
``auth0-management-api-token`` an ``ey`` run of 2,000-5,000 letters, digits and ``._-`` (gated
by a trigger on that length): **478/490 = 97.55%** strict, 481/490 loose (prefixed 42/42, near
436/448; known 218/224, new 260/266; bare 21/21, keyed 223/224, text 234/245); seeds 7 and 99:
478/490 = 97.55% and 480/490 = 97.96%.  The round-35 lookalikes: 0/600 (corpus seeds 181, 7 and
99), and 0 of 3000 at seeds 1, 2 and 3 (22, 21 and 19 before); every other round's figures and
lookalikes unchanged (the labeled corpus, built from every rule's examples, holds the two new
rules' 48 items, all found).  Left: APIMatic's password of printable characters after
``apimatic`` in prose (2/7 at each seed; ``*``, ``(``, ``~``, ``]`` and the like end what a
token is read to be) and under ``apimaticApiKey`` cut at a backquote (one at 181 and 7); Asana's
OAuth token of lower-case letters, digits, ``/`` and ``:`` (2-3/7: a value with ``/`` and no
capital reads as a resource path); single chance misses of the random-reading test (Atera's 32
and Alegra's 20 whose every letter run holds a vowel, read as words joined by numbers; one
Atlassian v1 24 read as not random); and the 25 a files the rule left (auth0oauth to
azuresearchquerykey); after them the letters with the fewest read files are s and u (14).
"""


from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round35 import lookalikes
from tests.unit.redact.rounds import HeldOutRound, split_by_prefix
from tests.unit.redact.trufflehog_families import Trufflehog

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

# fixed other parts of multi-part credentials (users, ids, a domain: not the secret measured)
_ALEGRA_USER = "billing@acmecorp.io"
_ALGOLIA_APP = "K3X9QMW2ZP"
_ALIBABA_KEY_ID = "LTAI5tK9mQ2xW7pZ3rB8nV4c"
_AMADEUS_CLIENT_ID = "q7Kx2MwZ9pL3rT8vB4nC6yH1jF5dG0sA"
_ANYPOINT_ORG = "4f8a2c1e-9b3d-4e7f-a6c5-2d1b8e9f0a3c"
_APIFONICA_ACCOUNT = "acc7k2m9x4q-3b8d-4e1f-9a6c-2d7b5e8f1a0c"
_APIMATIC_USER = "devops@acmecorp.io"
_APPTIVO_ACCESS = "Xk3m9Q2wZ7pL4rT8vB1nC6yH5jF0dG2s"
_ARTSY_CLIENT_ID = "7d2k9m4x1q8w3z6p0r5t"
_AUTH0_DOMAIN = "dev-63memjo3.us.auth0.com"

_TRUFFLEHOG = Trufflehog()
SOURCE_PATHS = _TRUFFLEHOG.source_paths
_near, _prefixed = _TRUFFLEHOG.near, _TRUFFLEHOG.prefixed

_UUID_LOWER = "[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}"
_DASHED_LOWER = "[a-z0-9][a-z0-9-]{%d}[a-z0-9]"


PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed(
        "anthropic",
        "sk-ant-api03-[A-Za-z0-9_-]{93}AA",
        "anthropic",
        "POST https://api.anthropic.com/v1/messages x-api-key: {v} Content-Type: application/json"
        " anthropic-version: 2023-06-01",
    ),
    *_prefixed(
        "atlassian-v2",
        "ATCTT3xFfG[A-Za-z0-9+/=_-]{150,200}=[A-Za-z0-9]{8}",
        "atlassian/v2/atlassian",
        "GET https://api.atlassian.com/admin/v1/orgs Accept: application/json Authorization: Bearer {v}",
    ),
    *_prefixed(
        "auth0managementapitoken",
        "ey[a-zA-Z0-9._-]{1998,2398}[a-zA-Z0-9_]",
        "auth0managementapitoken",
        "GET https://" + _AUTH0_DOMAIN + "/api/v2/users Authorization: Bearer {v}",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "airvisual",
        _DASHED_LOWER % 34,
        "airvisual",
        "airvisual",
        "GET http://api.airvisual.com/v2/countries?key={v} Accept: application/vnd.airvisual+json; version=3",
    ),
    *_near(
        "aiven",
        "[a-zA-Z0-9/+=]{372}",
        "aiven",
        "aiven",
        "GET https://api.aiven.io/v1/project Authorization: aivenv1 {v}",
    ),
    *_near(
        "alchemy",
        "[0-9a-zA-Z]{23}_[0-9a-zA-Z]{8}",
        "alchemy",
        "alchemy",
        "GET https://eth-mainnet.g.alchemy.com/v2/{v}/getNFTs/?owner=vitalik.eth",
    ),
    *_near(
        "alegra",
        _DASHED_LOWER % 18,
        "alegra",
        "alegra",
        "curl -u " + _ALEGRA_USER + ":{v} https://api.alegra.com/api/v1/users",
    ),
    *_near(
        "aletheiaapi",
        "[A-Z0-9]{32}",
        "aletheiaapi",
        "aletheiaapi",
        "GET https://api.aletheiaapi.com/StockData?symbol=msft&summary=true Key: {v}",
    ),
    *_near(
        "algoliaadminkey",
        "[a-zA-Z0-9]{32}",
        "algoliaadminkey",
        "algolia",
        "GET https://" + _ALGOLIA_APP + "-dsn.algolia.net/1/keys X-Algolia-Application-Id: " + _ALGOLIA_APP
        + " X-Algolia-API-Key: {v}",
    ),
    *_near(
        "alibaba",
        "[a-zA-Z0-9]{30}",
        "alibaba",
        "alibaba",
        "aliyun configure set --access-key-id " + _ALIBABA_KEY_ID + " --access-key-secret {v} --region us-east-1",
    ),
    *_near(
        "alienvault",
        "[a-z0-9]{64}",
        "alienvault",
        "alienvault",
        "GET https://otx.alienvault.com/api/v1/users/me X-OTX-API-KEY: {v}",
    ),
    *_near(
        "allsports",
        "[0-9a-zA-Z]{64}",
        "allsports",
        "allsports",
        "GET https://apiv2.allsportsapi.com/football/?met=Countries&APIkey={v}",
    ),
    *_near(
        "amadeus",
        "[0-9A-Za-z]{16}",
        "amadeus",
        "amadeus",
        "POST https://test.api.amadeus.com/v1/security/oauth2/token Content-Type: application/x-www-form-urlencoded"
        " grant_type=client_credentials&client_id=" + _AMADEUS_CLIENT_ID + "&client_secret={v}",
    ),
    *_near(
        "ambee",
        "[0-9a-f]{64}",
        "ambee",
        "ambee",
        "GET https://api.ambeedata.com/latest/by-lat-lng?lat=12&lng=77 Content-Type: application/json x-api-key: {v}",
    ),
    *_near(
        "anypoint",
        _UUID_LOWER,
        "anypoint",
        "anypoint",
        "GET https://anypoint.mulesoft.com/apiplatform/repository/v2/organizations/" + _ANYPOINT_ORG
        + "/apis/by-name?apiName= Content-Type: application/json Authorization: Bearer {v}",
    ),
    *_near(
        "apacta",
        _DASHED_LOWER % 34,
        "apacta",
        "apacta",
        "GET https://app.apacta.com/api/v1/time_entries?api_key={v}",
    ),
    *_near(
        "api2cart",
        "[0-9a-f]{32}",
        "api2cart",
        "api2cart",
        "GET https://api.api2cart.com/v1.1/account.cart.list.json?api_key={v} Accept: application/json",
    ),
    *_near(
        "apiflash",
        "[a-z0-9]{32}",
        "apiflash",
        "apiflash",
        "GET https://api.apiflash.com/v1/urltoimage?url=https://example.com&access_key={v}",
    ),
    *_near(
        "apifonica",
        "[0-9a-z]{11}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}",
        "apifonica",
        "apifonica",
        "curl -u " + _APIFONICA_ACCOUNT + ":{v} https://api.apifonica.com/v2/accounts",
    ),
    *_near(
        "apilayer",
        "[a-zA-Z0-9]{32}",
        "apilayer",
        "apilayer",
        "GET https://api.apilayer.com/number_verification/countries?access_key={v}",
    ),
    *_near(
        "apimatic",
        "[a-zA-Z0-9][!#-&(-\\[\\]-~]{6,30}[a-zA-Z0-9]",
        "apimatic",
        "apimatic",
        "curl -u " + _APIMATIC_USER + ":{v} https://www.apimatic.io/api/code-generations",
    ),
    *_near(
        "apimetrics",
        "[a-zA-Z0-9]{32}",
        "apimetrics",
        "apimetrics",
        "GET https://client.apimetrics.io/api/2/calls/ Authorization: Bearer {v}",
    ),
    *_near(
        "apitemplate",
        "[0-9a-zA-Z]{39}",
        "apitemplate",
        "apitemplate",
        "GET https://api.apitemplate.io/v1/list-templates Content-Type: application/json X-API-KEY: {v}",
    ),
    *_near(
        "appfollow",
        "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9\\.[0-9A-Za-z]{74}\\.[0-9A-Za-z_-]{42}[0-9A-Za-z_]",
        "appfollow",
        "appfollow",
        "GET https://api.appfollow.io/api/v2/account/users X-AppFollow-API-Token: {v}",
    ),
    *_near(
        "appointedd",
        "[a-zA-Z0-9][a-zA-Z0-9=+]{87}",
        "appointedd",
        "appointedd",
        "GET https://api.appointedd.com/v1/availability/slots X-API-KEY: {v}",
    ),
    *_near(
        "appoptics",
        "[0-9a-zA-Z_][0-9a-zA-Z_-]{69}[0-9a-zA-Z_]",
        "appoptics",
        "appoptics",
        "curl -u {v}: https://api.appoptics.com/v1/metrics -H 'Content-Type: application/json'",
    ),
    *_near(
        "appsynergy",
        "[a-z0-9]{64}",
        "appsynergy",
        "appsynergy",
        "POST https://www.appsynergy.com/api?action=HTML2PDF&apiKey={v}",
    ),
    *_near(
        "apptivo",
        _DASHED_LOWER % 34,
        "apptivo",
        "apptivo",
        "GET https://api.apptivo.com/app/dao/v6/leads?a=getConfigData&apiKey={v}&accessKey=" + _APPTIVO_ACCESS,
    ),
    *_near(
        "artsy",
        "[0-9a-zA-Z]{32}",
        "artsy",
        "artsy",
        "POST https://api.artsy.net/api/tokens/xapp_token?client_id=" + _ARTSY_CLIENT_ID + "&client_secret={v}",
    ),
    *_near(
        "asanaoauth",
        "[a-z0-9][a-z/:0-9]{49}[a-z0-9]",
        "asanaoauth",
        "asana",
        "GET https://app.asana.com/api/1.0/users/me Authorization: Bearer {v}",
    ),
    *_near(
        "asanapersonalaccesstoken",
        "[0-9]{1,2}/[0-9]{16,17}:[A-Za-z0-9]{32,34}",
        "asanapersonalaccesstoken",
        "asana",
        "GET https://app.asana.com/api/1.0/users/me Authorization: Bearer {v}",
    ),
    *_near(
        "assemblyai",
        "[0-9a-z]{32}",
        "assemblyai",
        "assemblyai",
        "GET https://api.assemblyai.com/v2/transcript Content-Type: application/json Authorization: {v}",
    ),
    *_near(
        "atera",
        "[0-9a-z]{32}",
        "atera",
        "atera",
        "GET https://app.atera.com/api/v3/alerts Accept: application/json X-API-KEY: {v}",
    ),
    *_near(
        "atlassian-v1",
        "[a-zA-Z0-9][a-zA-Z0-9-]{22}[a-zA-Z0-9]",
        "atlassian/v1/atlassian",
        "atlassian",
        "GET https://api.atlassian.com/admin/v1/orgs Accept: application/json Authorization: Bearer {v}",
    ),
    *_near(
        "audd",
        _DASHED_LOWER % 30,
        "audd",
        "audd",
        "POST https://api.audd.io/getStreams Content-Type: multipart/form-data api_token={v}",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR

# the providers an earlier set has (see the docstring); the other families are "new"
_KNOWN = (
    "aiven", "alchemy", "aletheiaapi", "algolia", "alibaba", "anthropic", "anypoint", "apilayer", "appoptics",
    "asana", "assemblyai", "atera", "atlassian", "auth0",
)
KNOWN, NEW = split_by_prefix(FAMILIES, _KNOWN)


ROUND = HeldOutRound(
    "round-35", __doc__, 181, FAMILIES, lookalikes, SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
