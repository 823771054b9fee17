"""A thirty-sixth held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round36 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a
keyword list, the token's regex and the request its verifier sends, as rounds 5-11 and 24-35
read them.  The rule that chose the files, written here before any of them was read (round
35's rule continued, its files now counted as read; round 33, from another source, is not
counted here):

1. the trufflehog detector files named by every earlier round's ``SOURCE_PATHS`` and the
   detectors named by :mod:`tests.unit.redact.public_formats`' trufflehog lists are counted
   by the first letter of the detector's folder.  Round 35's counts with its 35 a files
   added (recounted from those lists before this rule was committed): a 57, b 36, c 15,
   d 41, e 22, f 39, g 38, h 21, i 22, j 7, k 12, l 26, m 44, n 25, o 19, p 61, q 3, r 32,
   s 14, t 49, u 14, v 16, w 19, x 1, y 5, z 15;
2. the letters an earlier round left for later come first: round 35 left 25 a files
   (auth0oauth, autodesk, autoklose, autopilot, avazapersonalaccesstoken, aviationstack,
   aws/access_keys, aws/session_keys, axonaut, aylien, azure_batch, azure_cosmosdb,
   azure_entra/refreshtoken, azure_entra/serviceprincipal v1 and v2, azure_openai,
   azure_storage, azureapimanagement/repositorykey, azureapimanagementsubscriptionkey,
   azureappconfigconnectionstring, azuredevopspersonalaccesstoken, azuredirectmanagementkey,
   azuresastoken, azuresearchadminkey, azuresearchquerykey, named by its rule from the default
   list).  This round takes those 25 first (a is then whole);
3. then the letters in round 27's order, the fewest files counted in rule 1 first, ties
   alphabetically: x (1), q (3), y (5), j (7), k (12), s, u (14), c, z (15), v (16), o, w
   (19), h (21), e, i (22), n (25), l (26), r (32), b (36), g (38), f (39), d (41), m (44),
   t (49) (a and p, whole, left out); each letter whole (its unread files, rule 4; a letter
   with none gives none), until the round holds 25-35 files in all with a's 25, as round 34
   went on past p's 27 to 35.  A letter that would carry the count past 35 is cut as round
   31 cut t: its unread files are put in alphabetical order of their path
   (``pkg/detectors/<name>/...``, a detector's versions in order ``v1``, ``v2`` ...), the
   first up to 35 files in all are taken and the rest are left for a later round (their
   number given below, counted from the default list, which is listing, not reading); the
   round then stops.  If every letter is taken and the round holds fewer than 25, it stops
   there;
4. a file is unread when its detector is in trufflehog's default list
   (``pkg/engine/defaults/defaults.go``, the detectors it builds, commented-out ones not
   counted, at the commit rounds 24-35 used, 0011995) and no earlier round's
   ``SOURCE_PATHS`` nor the public-format corpus' trufflehog lists name it; a detector with
   versions (``<name>/v1``, ``v2``) counts each version the list builds as a file;
5. families as rounds 10, 11 and 24-35 built them: a token with a prefix or a shape of its
   own a bare family and one in the verifier's request; a keyword-near-token detector a keyed
   family (a provider-named key) and a text family (the verifier's request with the token,
   then prose with and without a credential word); where a detector pairs two parts the
   family is the secret one and the other part is written into the request;
6. a detector whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 191 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99
are printed too.  Each file is read as the index stores it (one version, not always the
newest).

The rule applied (the default list as the index stores it, commit 0011995, the same as rounds
24-35's, read after the rule above was committed and before any detector file): a's 25 left by
round 35 first (auth0oauth, autodesk, autoklose, autopilot, avazapersonalaccesstoken,
aviationstack, aws/access_keys, aws/session_keys, axonaut, aylien, azure_batch, azure_cosmosdb,
azure_entra/refreshtoken, azure_entra/serviceprincipal v1 and v2, azure_openai, azure_storage,
azureapimanagement/repositorykey, azureapimanagementsubscriptionkey,
azureappconfigconnectionstring, azuredevopspersonalaccesstoken (the list builds it as
``azure_devops``), azuredirectmanagementkey, azuresastoken, azuresearchadminkey,
azuresearchquerykey; a is then whole); then x gives none (xai, read by round 10), q none (qase,
qualaroo, qubole, read by round 6), y none (yandex, yelp, youneedabudget, yousign,
youtubeapikey, read before), j none and k none (read before, kraken by round 32); s (the list
builds 105 s files, 11 of them read: saladcloudapikey, scalr, securitytrails, semaphore,
shipday, statuscake and strava by an earlier round's ``SOURCE_PATHS`` or the corpus' lists,
scraperapi, shodankey as the corpus' ``shodan``, smartsheets as its ``smartsheet``, statuspage;
spotifykey is commented out; salesforcerefreshtoken and stripepaymentintent, read by round 5,
are not in the list) has 94 unread, more than the 10 that bring the round to 35, so s is cut as
round 31 cut t: its first 10 in alphabetical order are taken and **84 s files are left** for a
later round (scrapeowl to swiftype in the list's order, less the 7 read among them).  Taken
(35): the 25 a files above; salesblink, salescookie, salesflare, salesforce, salesmate, sanity,
satismeterprojectkey, satismeterwritekey, saucelabs, scalewaykey.  After this round a is taken
whole; of s, 84 files are left, and the letter with the fewest read files after s is u (14).

Seven providers an earlier round or the public-format corpus already has: Auth0 (rounds 2, 17
and 35), AWS (rounds 13, 14, 16, 19-23, the corpus; both files), Azure (rounds 2, 13-18 and
others, the corpus; Entra's ``Q~`` client secret, API Management, App Configuration, search,
OpenAI, SAS signatures, Cosmos DB and storage keys among them; its sixteen files), Salesforce
(round 5), Sauce Labs (round 12) and Scaleway (round 14).  Group ``known`` is the families whose
id starts with auth0, aws, azure, salesforce, saucelabs or scaleway.

Shapes of detector, carried as in :mod:`tests.unit.redact.heldout_round35`:

prefixed
    a token with a prefix or a shape of its own and no keyword asked before it, bare in round
    2's seven bare carriers and in the verifier's request: AWS' session token (the detector
    takes 100 or more of base64 holding ``Jb3JpZ2luX2Vj`` or ``YXdz``; written as the tokens
    STS issues begin, ``IQoJb3JpZ2luX2Vj`` and 300-420 of base64, then up to two ``=``; its
    ``ASIA`` key id and secret beside it, the request signed), Entra's refresh token (``0.A``,
    50-80 of ``\\w`` and ``-``, ``.Ag``, 250-600 more: the detector's open counts closed),
    Entra's v2 client secret (three of ``[\\w~.-]``, a digit, ``Q~`` and 31-34 more), API
    Management's repository key (``git&``, 12 digits, ``&``, 86 of base64 and ``==``: sent as
    the git password of user ``apim``) and Salesforce's access token (``00``, 13 letters or
    digits, ``!``, 96 of ``[\\w.]``, the last a letter, digit or ``_``, its instance's
    ``my.salesforce.com`` URL in the request);
keyword near token
    as round 35's, the provider's name at most 40 characters before a token; where a detector
    pairs parts the family is the secret one and the other is written into the request:
    Auth0's client secret (64-80 of ``[\\w-]``, its 32-character client id and tenant domain in
    the form), Autodesk's 16-character client secret (its 32-character client id in the form),
    AWS' secret access key (40 of base64, first and last a letter or digit: the detector pairs
    it with an ``AKIA`` key id, its keyword; it signs, it is not sent, so the two are written
    on a command line), Aylien's 32 (its 8-character application id in a header), Azure
    Batch's and API Management's direct key (both sign requests: written on a command line
    beside their endpoints), Cosmos DB's and storage's account keys (in their connection
    strings), App Configuration's secret (in its connection string, after its endpoint and
    id), a SAS token's signature (the other fields of the query written before it), the
    search keys (their service's host in the request), DevOps' 52 (``curl -u :<pat>``),
    Satismeter's project key's password (its user's e-mail in ``curl -u``, its 24-character
    project in the query) and Sauce Labs' access key (its user name in ``curl -u``).  Azure's
    families name ``azure`` in their prose and a key of their service (``AZURE_STORAGE_KEY``
    ...); the detectors' keywords are ``azure``, the service's host or a key word.  Avaza's
    keyword is ``avaza``; its ``[0-9]+-`` is written 1-6 digits.  Entra's v1 client secret
    (31-34 of a class of printable characters after ``secret``, ``password`` or `` -p``) is
    written as round 35 wrote APIMatic's password, printable characters less ``"``, ``'``,
    ``\\`` and the backquote, first and last a letter or digit; Satismeter's password class
    (``[a-zA-Z0-9!=@#$%^]{6,32}`` after ``\\b``) is written first a letter or digit.
    Salescookie's ``[a-zA-z0-9]`` (``A-z`` takes six punctuation marks between the cases) is
    written ``[a-zA-Z0-9]``, Salesmate's ``[0-9Aa-f]`` lower-case hex.  The API Management
    subscription key's ``[a-zA-Z-0-9]{32}`` and the ``\\b``-closed classes holding ``-``
    (Autoklose) are written as round 24 wrote them (first and last character a letter or
    digit).  Azure Batch's ``[A-Za-z0-9+/=]{88}`` and the 86-88 of ``[a-zA-Z0-9+/-]`` and up to
    two ``=`` (storage, direct management) are written as the keys are issued, 86 of base64
    and ``==``; Cosmos DB's as read, 86 letters or digits and ``==``.  A SAS signature (the
    detector's ``[a-zA-Z0-9%]{10,}``) is written 43 letters or digits and ``%3D``, the
    URL-encoded base64 of a 32-byte MAC.  Autopilot and sanity are everyday words.

Formats are facts in our own notation, generated at test time; no rule text of the
source is copied.

First measurement, BEFORE any rule was changed for these families (seed 191, 7 per family,
rules as of main 0f481cd (their last change round 35's, a7cea71), run at the round's branch r36
plus this module and its lookalikes; run once, nothing tuned): strict **416/490 = 84.90%**,
loose 416/490 (prefixed 52/70, near 364/420; the providers an earlier set has 232/294, new
providers 184/196; by carrier: bare 21/35, keyed 210/210, text 185/245).  Seeds 7 and 99, same
rules: 414/490 = 84.49% and 418/490 = 85.31%.  Missed at seed 191, by family: Azure's thirteen
near families in prose after ``Azure client configured:`` and ``azure:`` 4/7 each (3 of 7
missed: the name kept out of free text marks nothing; after ``azure api key`` all found), and
Entra's v1 client secret of printable characters 2/7 (after ``azure api key`` too); AWS' secret
access key in the same prose 4/7; prose naming a provider before a token it does not mark:
Autodesk's 16 2/7, Autopilot's 32 hex 4/7, Scaleway's UUID of letters and digits 4/7,
Satismeter's password (6-32, with ``!=@#$%^``) 4/7 and write key 6/7; bare: Entra's refresh
token (``0.A``, ``.Ag``) 1/7 (found only after ``token=``, cut there), API Management's
repository key ``git&<12>&<86>==`` 1/7 (and 3/7 in its ``git ls-remote`` URL), AWS' session
token 6/7 (after ``token=`` cut at the assignment's end) and Salesforce's ``00<13>!<96>`` 6/7
(glued to ``idx-`` on its left); the other families 7/7.  At seeds 7 and 99 the same families
(Aylien's text 6/7 at 7; the repository key's request 2/7 at 7 and 99; Satismeter's password
under its key 6/7 at 7 and in prose 6/7 at 7 and 99, its write key's prose 5/7 at 7; AWS'
session token 7/7 at 99).  The round-36 lookalikes: 2/600
touched (the corpus at its seed 191): ``salescookie: 2.8.2`` and ``auth0: a0afc535ce29a408``
(a version and 16 hex after a name ending in a credential word, ``cookie`` and ``auth``, read
as an assignment); 1 and 5 at corpus seeds 7 and 99, 13, 18 and 17 of 3000 at seeds 1, 2 and 3
(all ``auth0:`` or ``salescookie:`` before a version or 16 hex).

The held-out figure is printed again by running this module against the rules of the
commit that adds its measured version (on the round's branch r36)::

    git worktree add --detach /tmp/r36base 6a34b8d  # on the round's branch r36
    cd /tmp/r36base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round36

Any figure measured after that is in-sample.  After the round-36 rules (fa688e3 on r36; three
rules added, 450 rules, 449 on by default; one regex widened in place): Azure, AWS, Autodesk,
Autopilot and Scaleway are weak names, their name in prose marking a random mix, a UUID's shape
with letters beyond hex or their own key's shape (Autodesk's 16 mixing cases and digits,
Autopilot's 32 hex, Azure's 32 hex and DevOps' 52); a key that is a provider's name alone ending
in a credential word (``salescookie``, ``auth0``) is the provider's name, not a credential's;
``azure-entra-refresh-token`` takes ``0.A`` ... ``.Ag`` ..., ``azure-apim-repository-key``
``git&<12>&<86>==`` and ``aws-sts-session-token`` a session token by its own start, each with a
word glued on either side; Salesforce's token is taken after a word glued on its left:
**481/490 = 98.16%** strict, 481/490 loose (prefixed 70/70, near 411/420; known 289/294, new
192/196; bare 35/35, keyed 210/210, text 236/245); seeds 7 and 99: 478/490 = 97.55% and 482/490
= 98.37%.  The round-36 lookalikes: 0/600 (corpus seeds 191, 7 and 99), and 0 of 3000 at seeds
1, 2 and 3 (13, 18 and 17 before); every other round's lookalikes unchanged, and every other
round's figures but two gains of the same classes (round 4's ``azure devops pat = <84>`` 3
more, Nosey Parker's Salesforce token after ``idx-`` 1 more).  Left: Entra's v1 client secret of
printable characters after ``azure`` in prose (2/7 at each seed: ``<``, ``|``, ``]``, ``;`` and
the like end what a token is read to be, as APIMatic's password in round 35); Satismeter's
password (6-32, with ``!=@#$%^``; 4-6/7 in prose, one under its key at 7) and its 16-character
write key after ``satismeter`` in prose (5-6/7: 16 letters with one or two digits do not read as
random); single chance misses of the random-reading test (Autodesk's 16 without a digit or read
as words, Aylien's 32 at 7) and Azure Batch's key led by ``+`` after a weak name (one at 7); and
the 84 s files the rule left (scrapeowl to swiftype, less the 7 read among them); after them the
letter with the fewest read files is u (14).

The round was built on branch r36 and cherry-picked onto main: e548dd1 (the rule) is 195c753 on
main, 6a34b8d (the measurement) 16c8746, fa688e3 (the rules) d65bfb3, 9c3ef09 (these figures)
9bcdfcf.
"""


from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round36 import lookalikes
from tests.unit.redact.rounds import HeldOutRound, split_by_prefix
from tests.unit.redact.trufflehog_families import Trufflehog

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

# fixed other parts of multi-part credentials (ids, users, hosts: not the secret measured)
_AUTH0_DOMAIN = "acme-prod.eu.auth0.com"
_AUTH0_CLIENT_ID = "gM9RgdrpKo0JNCl9dlpOgSbY1GHiKMtc"
_AUTODESK_CLIENT_ID = "hWM7ZlNh6ip3LUfTNCvKDeJVM413P4pj"
_AWS_KEY_ID = "AKIA8GOMV91OTTJZOSG4"
_AWS_SESSION_KEY_ID = "ASIADYL38B830P8QAD1K"
_AWS_SESSION_SECRET = "tz8LH0XEHBc1eqGAvjk7afTdmJPRikotFyr5t5JU"
_AYLIEN_APP_ID = "7k2zktlo"
_AZURE_TENANT = "19a58c60-fc44-4b76-b31d-27133258b369"
_AZURE_CLIENT = "190c5119-fc34-4133-a8ed-c418044cb6e3"
_APPCONFIG_ID = "Kx3q-l0-s0:Vb8NmZ2pLwQ7rT4yHs9c"
_SAS_FIELDS = "sp=racwdl&st=2026-11-02T08:00:00Z&se=2027-02-01T08:00:00Z&spr=https&sv=2022-11-02&sr=c"
_SATISMETER_USER = "growth@acmecorp.io"
_SATISMETER_PROJECT = "yqHOP7ZXSxv42jzPKZHMjANm"
_SAUCE_USER = "acme-ci-runner"
_SALESFORCE = "https://acme-corp.my.salesforce.com"

_TRUFFLEHOG = Trufflehog()
SOURCE_PATHS = _TRUFFLEHOG.source_paths
_near, _prefixed = _TRUFFLEHOG.near, _TRUFFLEHOG.prefixed

_UUID_LOWER = "[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}"
_UUID_HEX = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_B64_KEY = "[A-Za-z0-9+/]{86}=="
_PRINTABLE = "[a-zA-Z0-9][!#-&(-\\[\\]-_a-~]{29,32}[a-zA-Z0-9]"


PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed(
        "aws-session-token",
        "IQoJb3JpZ2luX2Vj[A-Za-z0-9+/]{300,420}={0,2}",
        "aws/session_keys/sessionkey",
        "GET https://sts.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15 Accept: application/json"
        " Authorization: AWS4-HMAC-SHA256 Credential=" + _AWS_SESSION_KEY_ID + "/20261206/us-east-1/sts/aws4_request,"
        " SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"
        " x-amz-date: 20261206T231500Z x-amz-security-token: {v}",
    ),
    *_prefixed(
        "azure-entra-refreshtoken",
        "0\\.A[A-Za-z0-9_-]{50,80}\\.Ag[A-Za-z0-9_-]{250,600}",
        "azure_entra/refreshtoken/refreshtoken",
        "POST https://login.microsoftonline.com/" + _AZURE_TENANT + "/oauth2/v2.0/token Content-Type:"
        " application/x-www-form-urlencoded client_id=" + _AZURE_CLIENT + "&scope=https://graph.microsoft.com/.default"
        "&refresh_token={v}&grant_type=refresh_token",
    ),
    *_prefixed(
        "azure-entra-sp-v2",
        "[a-zA-Z0-9_~.-]{3}[0-9]Q~[a-zA-Z0-9_~.-]{31,34}",
        "azure_entra/serviceprincipal/v2/spv2",
        "POST https://login.microsoftonline.com/" + _AZURE_TENANT + "/oauth2/v2.0/token grant_type=client_credentials"
        "&client_id=" + _AZURE_CLIENT + "&client_secret={v}&scope=https://graph.microsoft.com/.default",
    ),
    *_prefixed(
        "azure-apim-repositorykey",
        "git&[0-9]{12}&[a-zA-Z0-9/+]{85}[a-zA-Z0-9]==",
        "azureapimanagement/repositorykey/repositorykey",
        "git ls-remote https://apim:{v}@acme-apim.scm.azure-api.net --quiet TRUFFLEHOG_CHECK",
    ),
    *_prefixed(
        "salesforce",
        "00[a-zA-Z0-9]{13}![a-zA-Z0-9_.]{95}[a-zA-Z0-9_]",
        "salesforce",
        "GET " + _SALESFORCE + "/services/data/v58.0/query?q=SELECT+name+from+Account Authorization: Bearer {v}",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "auth0oauth",
        "[a-zA-Z0-9_][a-zA-Z0-9_-]{62,78}[a-zA-Z0-9_]",
        "auth0oauth",
        "auth0",
        "POST https://" + _AUTH0_DOMAIN + "/oauth/token Content-Type: application/x-www-form-urlencoded"
        " grant_type=authorization_code&client_id=" + _AUTH0_CLIENT_ID + "&client_secret={v}&code=AUTHORIZATION_CODE",
    ),
    *_near(
        "autodesk",
        "[0-9A-Za-z]{16}",
        "autodesk",
        "autodesk",
        "POST https://developer.api.autodesk.com/authentication/v1/authenticate Content-Type:"
        " application/x-www-form-urlencoded grant_type=client_credentials&client_id=" + _AUTODESK_CLIENT_ID
        + "&client_secret={v}",
    ),
    *_near(
        "autoklose",
        "[a-zA-Z0-9][a-zA-Z0-9-]{30}[a-zA-Z0-9]",
        "autoklose",
        "autoklose",
        "GET https://api.autoklose.com/api/me/?api_token={v} Accept: application/json",
    ),
    *_near(
        "autopilot",
        "[0-9a-f]{32}",
        "autopilot",
        "autopilot",
        "GET https://api2.autopilothq.com/v1/account autopilotapikey: {v}",
    ),
    *_near(
        "avazapersonalaccesstoken",
        "[0-9]{1,6}-[0-9a-f]{40}",
        "avazapersonalaccesstoken",
        "avaza",
        "GET https://api.avaza.com/api/Account Authorization: Bearer {v}",
    ),
    *_near(
        "aviationstack",
        "[a-z0-9]{32}",
        "aviationstack",
        "aviationstack",
        "GET https://api.aviationstack.com/v1/flights?access_key={v}",
    ),
    *_near(
        "aws-access-key",
        "[A-Za-z0-9][A-Za-z0-9+/]{38}[A-Za-z0-9]",
        "aws/access_keys/accesskey",
        "aws",
        "AWS_ACCESS_KEY_ID=" + _AWS_KEY_ID + " AWS_SECRET_ACCESS_KEY={v} aws sts get-caller-identity --region us-east-1",
    ),
    *_near(
        "axonaut",
        "[a-z0-9]{32}",
        "axonaut",
        "axonaut",
        "GET https://axonaut.com/api/v2/companies?type=all&sort=id userApiKey: {v}",
    ),
    *_near(
        "aylien",
        "[a-z0-9]{32}",
        "aylien",
        "aylien",
        "GET https://api.aylien.com/news/stories X-AYLIEN-NewsAPI-Application-ID: " + _AYLIEN_APP_ID
        + " X-AYLIEN-NewsAPI-Application-Key: {v}",
    ),
    *_near(
        "azure-batch",
        _B64_KEY,
        "azure_batch/azurebatch",
        "azure",
        "AZURE_BATCH_ACCOUNT=acmebatch AZURE_BATCH_ENDPOINT=https://acmebatch.westeurope.batch.azure.com"
        " AZURE_BATCH_ACCESS_KEY={v} az batch pool list",
        key_word="azure_batch",
    ),
    *_near(
        "azure-cosmosdb",
        "[A-Za-z0-9]{86}==",
        "azure_cosmosdb",
        "azure",
        "AccountEndpoint=https://acme-orders.documents.azure.com:443/;AccountKey={v};",
        key_word="azure_cosmos",
    ),
    *_near(
        "azure-entra-sp-v1",
        _PRINTABLE,
        "azure_entra/serviceprincipal/v1/spv1",
        "azure",
        "az login --service-principal -u " + _AZURE_CLIENT + " -p {v} --tenant " + _AZURE_TENANT,
        key_word="azure_client",
    ),
    *_near(
        "azure-openai",
        "[a-f0-9]{32}",
        "azure_openai/azure_openai",
        "azure",
        "GET https://acme-eastus.openai.azure.com/openai/deployments?api-version=2023-03-15-preview Api-Key: {v}"
        " Content-Type: application/json",
        key_word="azure_openai",
    ),
    *_near(
        "azure-storage",
        _B64_KEY,
        "azure_storage/storage",
        "azure",
        "DefaultEndpointsProtocol=https;AccountName=acmeorders;AccountKey={v};EndpointSuffix=core.windows.net",
        key_word="azure_storage",
    ),
    *_near(
        "azure-apim-subscriptionkey",
        "[a-zA-Z0-9][a-zA-Z0-9-]{30}[a-zA-Z0-9]",
        "azureapimanagementsubscriptionkey",
        "azure",
        "GET https://acme-apim.azure-api.net/echo/resource Content-Type: application/json Ocp-Apim-Subscription-Key: {v}",
        key_word="azure_apim",
    ),
    *_near(
        "azure-appconfig",
        "[A-Za-z0-9+/]{43}=",
        "azureappconfigconnectionstring",
        "azure",
        "Endpoint=https://acme-settings.azconfig.io;Id=" + _APPCONFIG_ID + ";Secret={v}",
        key_word="azure_appconfig",
    ),
    *_near(
        "azure-devops-pat",
        "[0-9a-z]{52}",
        "azuredevopspersonalaccesstoken",
        "azure",
        "curl -u :{v} https://dev.azure.com/acme-platform/_apis/projects",
        key_word="azure_devops",
    ),
    *_near(
        "azure-directmanagementkey",
        _B64_KEY,
        "azuredirectmanagementkey",
        "azure",
        "AZURE_APIM_URL=https://acme-apim.management.azure-api.net AZURE_APIM_KEY={v} ./sync-apis.sh --apply",
        key_word="azure_apim_direct",
    ),
    *_near(
        "azure-sas-signature",
        "[A-Za-z0-9]{43}%3D",
        "azuresastoken",
        "azure",
        "GET https://acmeorders.blob.core.windows.net/exports?" + _SAS_FIELDS + "&sig={v}&comp=list&restype=container",
        key_word="azure_sas",
    ),
    *_near(
        "azure-search-adminkey",
        "[0-9a-zA-Z]{52}",
        "azuresearchadminkey",
        "azure",
        "GET https://acme-search.search.windows.net/servicestats?api-version=2023-10-01-Preview api-key: {v}",
        key_word="azure_search",
    ),
    *_near(
        "azure-search-querykey",
        "[0-9a-zA-Z]{52}",
        "azuresearchquerykey",
        "azure",
        "GET https://acmesearch.search.windows.net/indexes/products/docs/$count?api-version=2023-10-01-Preview"
        " api-key: {v}",
        key_word="azure_search_query",
    ),
    *_near(
        "salesblink",
        "key-[a-zA-Z0-9]{64}",
        "salesblink",
        "salesblink",
        "GET https://run.salesblink.io/api/public/lists Authorization: {v}",
    ),
    *_near(
        "salescookie",
        "[a-zA-Z0-9]{32}",
        "salescookie",
        "salescookie",
        "POST https://salescookie.com/app/Api/CreateTransaction X-ApiKey: {v} Content-Type: application/json",
    ),
    *_near(
        "salesflare",
        "[a-zA-Z0-9_]{45}",
        "salesflare",
        "salesflare",
        "GET https://api.salesflare.com/me/contacts Authorization: Bearer {v}",
    ),
    *_near(
        "salesmate",
        _UUID_HEX,
        "salesmate",
        "salesmate",
        "GET https://acme.salesmate.io/apis/company/v4/1?trackingRecentSearch=true Content-Type: application/json"
        " accessToken: {v} x-linkname: acme.salesmate.io",
    ),
    *_near(
        "sanity",
        "sk[A-Za-z0-9]{79}",
        "sanity",
        "sanity",
        "GET https://api.sanity.io/vX/access/permissions/me Authorization: Bearer {v}",
    ),
    *_near(
        "satismeterprojectkey",
        "[a-zA-Z0-9][a-zA-Z0-9!=@#$%^]{5,31}",
        "satismeterprojectkey",
        "satismeter",
        "curl -u " + _SATISMETER_USER + ":{v} https://app.satismeter.com/api/users?project=" + _SATISMETER_PROJECT,
    ),
    *_near(
        "satismeterwritekey",
        "[a-z0-9A-Z]{16}",
        "satismeterwritekey",
        "satismeter",
        'POST https://app.satismeter.com/api/users?type=track Content-Type: application/json {"type": "track",'
        ' "userId": "007", "event": "signup", "writeKey": "{v}"}',
    ),
    *_near(
        "saucelabs",
        _UUID_LOWER,
        "saucelabs",
        "saucelabs",
        "curl -u " + _SAUCE_USER + ":{v} https://api.us-west-1.saucelabs.com/team-management/v1/teams",
    ),
    *_near(
        "scalewaykey",
        _UUID_LOWER,
        "scalewaykey",
        "scaleway",
        "GET https://api.scaleway.com/instance/v1/zones/fr-par-1/servers X-Auth-Token: {v}",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR

# the providers an earlier set has (see the docstring); the other families are "new"
_KNOWN = ("auth0", "aws", "azure", "salesforce", "saucelabs", "scaleway")
KNOWN, NEW = split_by_prefix(FAMILIES, _KNOWN)


ROUND = HeldOutRound(
    "round-36", __doc__, 191, FAMILIES, lookalikes, SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
