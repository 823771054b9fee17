"""A fifty-eighth held-out recall measure: Kingfisher rule files past ``mailjetsms``, found by probing names.

``python -m tests.unit.redact.heldout_round58 [--seed N] [--per-family N] [--sources]``

The same source and method as rounds 49, 53, 54, 56 and 57 (mongodb/kingfisher, the folder
``data/rules/`` as the index stores it, commit 3397803), continued from where round 57 stopped: its
last probed name was ``mailjetsms``, so this round starts at the first candidate after it.  Before
this rule was committed no Kingfisher rule file's text was read for this round, no name was
probed and trufflehog's list was not opened for it (round 57's docstring names only the next
three candidates, ``mailmodo``, ``mailsac``, ``mandrill``, and the commented-out ``manifest``).

The rule that chooses the files, written here before any name was probed, any rule file read and
any secret generated (round 57's rules 1-5, the start moved):

1. the candidate names are trufflehog's detector folder names (``pkg/detectors/<name>``, lower-case
   as they are, a versioned detector's folder once), as trufflehog's default list
   (``pkg/engine/defaults/defaults.go`` at 0011995, the commit rounds 24-57 counted; its built and
   its commented-out detectors, as round 47 counted them, the commented-out ones put in their
   places) imports them, in byte order, from the first name after ``mailjetsms`` on;
2. each candidate is probed in that order: ``find_files(repo="mongodb/kingfisher",
   path="data/rules/<name>.yml")``; a name whose path is stored (at 3397803, or at the one version
   the index holds) exists.  A file that exists is taken unless a round read it: its name is named
   as a read Kingfisher or Titus file by an earlier round's ``SOURCE_PATHS`` or docstring (a grep of
   ``tests/unit/redact`` and ``README.md`` of this round's base, 6285fd8, for the name, as rounds
   46, 49, 53, 54, 56 and 57 checked; the 98 Titus files rounds 17-19 read, ``adafruitio`` to
   ``eventbrite``, count as read by file name).  Probing stops when the round holds 35 files or
   the candidates end; the number of names probed and of files that existed is written below;
3. every rule of each file taken, in file order; round 33's rule 3 as round 43 wrote it: a rule
   whose match is no secret or only a public or identifying value (an id, an account number, a
   user or host name, an e-mail or IP address, a public key, a URL without credentials), a value
   of fewer than 8 characters, a rule whose pattern is another taken rule's character for
   character, is left out and named; a file all of whose rules are left out gives no family and
   still counts among the files read;
4. each rule left gives families as rounds 17, 43, 45, 46, 49, 53, 54, 56 and 57 built them: a
   token with a prefix or a fixed shape of its own a bare family and one in a request or log line;
   a rule that needs context before the value (the provider's name, a key or a word) a keyed
   family and a text family (the verifier's request drawn twice, then lines in the shape of the
   rule's examples); a connection string, URL or whole-line shape holding a secret a text family
   in the shape it describes; where the rule's pattern is wider than the provider's format the
   family writes the provider's; a rule taking several formats gives its families once, the
   alternatives drawn in turn; where a rule pairs parts (an id and a secret) the family is the
   secret, the other part written into the request;
5. the candidates are providers trufflehog has, so the rules written after the trufflehog rounds
   likely know many of them: what is measured is Kingfisher's patterns and examples for them,
   which may be looser than or different from trufflehog's.  As rounds 12, 49, 53, 54, 56 and 57
   did, the figure is printed for the families whose provider an earlier round or the
   public-format corpus has (group ``known``) and for the others (``new``).

Seed 313 (no round has used it: no ``Round(...)`` registration nor heldout module on 6285fd8
names it as a seed; 277, 281, 283, 293, 307 and 311 are taken by rounds 52-57), 7 samples per
family, round 2's carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round58`) are 600 lines in the families' contexts holding no
secret, as rounds 49's, 51's, 53's, 54's, 56's and 57's are.  Their provider word is the
provider's name (``lokalise``, ``mailjet``), never a file's name that carries a credential word
(``lokalisetoken``): round 57 found that a line ``lokalisetoken: <hex>`` is a value under a key
named token, which the library takes by design, so the lookalikes are drawn with the provider's
name from the start.

The rule applied (after the rule above was committed, 589b3e0 on branch r58).  The candidates:
``defaults.go`` as the index stores it (commit 0011995; ``find_files`` names b9ffb95 as the stored
version, ``read_file`` returned 0011995's text) imports the folders in byte order; past
``mailjetsms`` they run ``mailmodo``, ``mailsac``, ``mandrill``, ``mapbox`` ...; round 47's
commented-out ``manifest``, ``mixpanel`` and ``nasdaqdatalink`` fall in the range and are probed in
their places; ``maxmindlicense`` and ``netlify`` (versioned, ``v1``/``v2``) once each.  **54 names
probed** (``mailmodo`` to ``notion``), **35 files exist** at 3397803 and are taken: mailmodo,
mailsac, mandrill, mapbox, mapquest, marketstack, mavenlink, mediastack, meistertask, mesibo,
messagebird, metrilo, mindmeister, miro, mixmax, mockaroo, moderation, monday, mongodb,
monkeylearn, moonclerk, moosend, moralis, myintervals, nasdaqdatalink, netlify, newsapi,
newscatcher, nftport, ngrok, nicereply, nightfall, nimble, noticeable, notion.  The 19 not stored:
manifest, mattermostpersonaltoken, maxmindlicense, meaningcloud, meraki, metaapi, metabase,
microsoftteamswebhook, mite, mixpanel, mrticktock, mux, myfreshworks, nethunt, netsuite,
neutrinoapi, newrelicpersonalapikey, nexmoapikey, ngc.  Rule 2's grep of ``tests/unit/redact`` and
``README.md`` on 6285fd8 finds none of the 35 as a read Kingfisher or Titus file: ``mapbox.yaml``
(round 16) and ``mongodb.yaml`` (round 14) are Sonar's files, another tool's; the other names
appear only as trufflehog detectors, providers or lookalikes' contexts.  So the round reaches 35
at ``notion``, where probing stopped.  Two more names, ``nozbeteams`` (stored) and ``npmtoken``
(not stored), were probed in the same batch of calls as the last four, past the stop; they are not
taken and are left, with the rest past ``notion``, for a later round (which starts after
``notion``: ``nozbeteams`` is its first candidate).

The files hold 41 rules (Mapbox's three, MongoDB's four, Netlify's two, the others one each).
Two are left out by rule 3: Mapbox's public token (``mapbox.yml`` rule 1, ``pk.``: a public value
meant for web pages, as rounds 2 and 13 left it out) and MongoDB Atlas's public key (``mongodb.yml``
rule 2, the API key pair's public half, letters only, hidden by the file itself).  The 39 left give
77 families (``SOURCE_PATHS``), 539 samples a seed: 36 rules of Kingfisher's usual shape (the
provider's name, a credential word within 32 characters, the token; Nicereply's and Noticeable's
the name alone; MongoDB's private key ``mongodb`` or ``atlas``, up to 1000 characters, then one of
``private``, ``priv``, ``secret``, ``auth``, ``pass`` or ``key``), a keyed family and a text family
each (the verifier's request drawn twice, the examples' shapes: ``mailmodoPRIVATE-``, ``mailmodo
ACCESS-``, ``mailsac SECRET``, ``mandrill_token =``, ``mapboxgl.accessToken = '...'``,
``MAPBOX_SECRET_TOKEN=``, ``mapquest_key=``, ``MAPQUEST_API_TOKEN=``, ``marketstack SECRET=``,
``marketstack key-``, ``mavenlink key:``, ``mediastack-SECRET-``, ``mediastackPRIVATE-``,
``meistertask_token =``, ``mesibo_token=``, ``messagebird_key =``, ``metriloSecretKey=``,
``metriloKEY=``, ``mindmeister_token =``, ``miroSECRET``, ``miroACCESS``, ``mixmax_key =``,
``mockaroo-secret-key=``, ``mockaroo.token xyz PRIVATE_TOKEN=``, ``moderation_token =``, ``monday
SECRET_TOKEN=``, ``monday ACCESS_KEY=``, ``ATLAS_PRIVATE_KEY=``, ``monkeylearn ACCESS``,
``moonclerk ACCESSKEY``, ``moosendSECRET=``, ``moosendACCESS:``, ``moralis_api_key=``,
``MORALIS_SECRET=``, ``myintervals_key =``, ``nasdaq_key =``, ``netlify_token=``,
``netlify_secret=``, ``newsapi KEY``, ``newsapi_TOKEN=``, ``newscatcher_key =``,
``nftport_access_token=``, ``nftport-private-key-``, ``ngrok authtoken:``, ``nicereply <v>``,
``nimble SECRET`` ... ``nimble KEY``, ``noticeable <v>``, ``notion = ``), then ``<name>_key =``,
``<name> private key:`` and ``<Name> access token ... rotated``; MongoDB's connection string a
text family (the password between ``user:`` and ``@`` in ``mongodb://`` and ``mongodb+srv://``
URLs); MongoDB Atlas's service account secret (``mdb_sa_sk_``) and Nightfall's keys (``NF-``)
a bare family and one in a request each.  Nasdaq Data Link's rule asks for ``nasdaq``: the keys
and lines use the file's name, the examples the rule's.

Where the rule is wider than the provider's format the family writes the provider's:
Marketstack's, Mediastack's and NewsAPI's keys as 32 hex (apilayer's and NewsAPI's keys are hex);
Moosend's and NFTPort's as UUIDs in hex; Mapbox's secret and temporary tokens as ``sk.``/``tk.``,
a payload beginning ``eyJ1Ijoi`` (base64 of ``{"u":"``) and 22 of base64url; monday.com's as a JWT
(HS256 header, payload beginning with its token id); Mandrill's as 22, MessageBird's as 25, Mixmax's
as 36, Nasdaq's as 20, Netlify's second form as 43 and Newscatcher's as 43 of their rules'
alphabets with a letter or digit at each end; Netlify's first form as 64 hex; Mailsac's as ``k_``
and 40.  ngrok's authtokens (27, ``_``, a digit and 20) and API keys (``cr_``/``ak_`` and 27) are
drawn in turn.  Requests that send the key as Basic auth are written as ``curl -u``
(Intervals ``'<v>:X'``, Nicereply ``':<v>'``), MongoDB Atlas's digest pair as ``curl --digest -u
'<public>:<v>'``.  Mockaroo's 8 and Intervals' 11 characters are kept (rule 3 leaves out fewer than
8).

Every provider is one an earlier round or the corpus has: trufflehog's detectors of the same
names were read by rounds 5, 8, 10 and 30 (and 31, 47, 55), and the corpus or rounds 2, 3, 6, 13,
14, 16, 22, 33, 36, 37, 40 and 48 have Mandrill, Mapbox, MessageBird, Miro, MongoDB, Moralis,
Netlify, ngrok, Nightfall and Notion.  Group ``known`` is all 77 families and ``new`` is empty (not
printed).

First measurement, BEFORE any rule was changed for these families (seed 313, 7 samples per family,
rules as of 6285fd8; the module written and run once, nothing tuned): strict **528/539 =
97.96%**, loose 528/539 (by carrier: keyed 252/252, text 262/273, bare 14/14).  Seeds 7 and 99,
same rules: 525/539 = 97.40% and 527/539 = 97.77%.  Missed at 313 (11, all text): Mockaroo's 8
characters (4 of 7: in the verifier's ``?key=`` query, after ``mockaroo private key:`` and
``Mockaroo access token``), Intervals' 11 (4 of 7: as Basic auth's user ``curl -u '<v>:X'``, after
``myintervals private key:`` and ``Myintervals access token``), ``nftport-private-key-<uuid>`` (a
UUID glued by ``-`` to the name and credential words), ``nicereply <40 hex>`` and ``noticeable
<20>`` (the name alone before the token).  Seeds 7 and 99 miss the same shapes and besides: ngrok's
``cr_`` API key after ``ngrok private key:`` and ``Ngrok access token`` (one each), Mandrill's 22
in a JSON body ``{"key": "<v>"}`` (seed 7) and, at seed 7, one bare MongoDB service-account secret
in round 2's partial carrier (``token=<v>abc retry=<v>123``: the second copy, glued to digits,
kept).  The round-58 lookalikes: **1/600 touched** at corpus seed 313 (5 at 7, 1 at 99), one
shape: ``Authorization: Token token=[API_KEY]`` (the docs' bracketed placeholder after Token
auth's ``token=``: ``[API_KEY`` taken as the value, the closing bracket left).

The commit that holds the paragraph above (its message beginning "heldout_round58,
innocents_round58") holds this module and 6285fd8's rules, so the held-out figure is printed again
by a worktree of that commit (528/539, lookalikes 1/600)::

    git worktree add --detach /tmp/r58m 2bfe112  # on the round's branch r58
    cd /tmp/r58m && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round58

Any figure measured after that is in-sample.  The measurement commit is 2bfe112 on branch r58
(``git worktree add --detach /tmp/r58m 2bfe112``).  After the round-58 changes (5c617f1;
hand-made cases first, ``REDACTED``/``KEPT["round58"]`` of ``test_heldout_rounds.py``: 8 fail on
6285fd8's rules, 9 pass on both): credential-word-token takes a lower-case credential pair joined
by ``-`` (``private-key``, ``secret-key``, ``access-key``, ``api-key``, ``auth-key``) after a name and
``-``, then ``-`` glued to the token (``nftport-private-key-<uuid>``, ``acme-api-key-<hex>``; without
the name before it, ``private-key-<hex>``, or with another word for key, ``cache-key-``,
``orders-primary-key-``, it stays a name's part; the negatives appended after the rule's others, so
the labeled corpus' earlier draws are unchanged); Token auth's parameter holding the docs' slot in
brackets naming the key (``token=[API_KEY]``, ``token=[your-api-key]``) is a slot, as angle brackets
and braces were (``token=[Xk9mQ2pL7aZ4]`` is not: only the words inside are checked, since any
bracketed text reads as a placeholder); one rule, ``mongodb-atlas-service-account-secret``
(``mdb_sa_sk_`` and 40, taken glued to text; appended after the last rule, 464 rules, 463 on by
default).  Figures: strict **529/539 = 98.14%** at seed 313, loose the same (keyed 252/252, text
263/273, bare 14/14); seeds 7 and 99: 527/539 = 97.77% and 528/539 = 97.96%.  The round-58
lookalikes: 0/600 at corpus seeds 313, 7 and 99 and 0 of 3000 at seeds 1, 2 and 3.  Every other
round's figures and lookalikes unchanged (``python -m tests.unit.redact.figures --seeds`` in
worktrees of 6285fd8 and of 5c617f1: every earlier line identical, round 58's lines added; round
57's lookalikes at seeds 1-3, which ``--seeds`` prints only for the last round, 0 of 3000 each
here); the labeled corpus 10260/10264 on 6285fd8, 10308/10312 here: the 48 new items found, the
same 4 missed (a password in an ADSI ``OpenDSObject`` call inside logfmt and JSON text).
``sightline bench redact --records 60000`` (6285fd8 and 5c617f1 alternated, 3 pairs, CPU records/s;
load 3.5-3.8 on 2 cores): without secrets 142,456 / 148,931, 144,678 / 144,896, 159,585 / 153,533
(medians 144,678 and 148,931), with secrets 10,380 / 10,500, 11,226 / 12,180, 11,145 / 10,371
(medians 11,145 and 10,500); wall-clock records/s without secrets 85,169-155,904 on 6285fd8 and
101,266-115,025 here.  The with-secrets records are drawn from the rules' examples, four more
here, so each run's secrets differ from the base's (values replaced 60,447 on 6285fd8, 60,436
here): that line is no like-for-like comparison.

Left (10 of 539 at seed 313; 12 at 7, 11 at 99): Mockaroo's 8 characters and Intervals' 11 (4 of 7
each at every seed: after ``private key:`` and ``access token`` in prose, in a URL's ``?key=``, as
Basic auth's user with ``X`` for the password): values that short after a credential word are
below what the library takes in free text, and the lookalikes of earlier rounds hold 16 hex after
``<name> api key`` as innocent; ``nicereply <40 hex>`` and ``noticeable <20>`` (a name alone
before the token, no credential word: provider-name-blank-token takes the names of its list
only, and a lower-case hex value after a name is as often a commit; ``noticeable`` is an everyday
word); at seeds 7 and 99 ngrok's ``cr_``/``ak_`` values after ``private key:`` or ``access token``
(the rule's second alternative: ngrok's API reference gives its API key and credential objects an
``id`` and returns the secret ``token`` apart, so these prefixed values are likely the objects'
ids, kept by the library's guard for ids with a prefix of their own, as ``acct_``) and, at seed 7,
Mandrill's 22 in a JSON body when drawn letters only, no digit (``{"key": "xgGWzumNIJcxieWkFQXQKj"}``:
a token of letters alone in mixed case reads like a camel-case name).  Left for a later round: the
candidates past ``notion`` (``nozbeteams``, already seen stored, ``npmtoken``, not stored,
``npmtokenv2`` ...) and Kingfisher's files whose names are no trufflehog folder's.

The round was built on branch r58 from 6285fd8: 589b3e0 (the rule), 2bfe112 (the probes, the
families and the measurement), 5c617f1 (the changes) and the commit adding these figures.

Formats are facts in our own notation, generated at test time; no rule text of the sources is
copied.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round58 import PROVIDERS, lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound, split_by_prefix

__all__ = ["FAMILIES", "KNOWN", "NEW", "SOURCE_PATHS", "run", "samples"]

_AN = "[A-Za-z0-9]"
_HEX_UUID = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"

SOURCE_PATHS: dict[str, str] = {}
_KF = Families("kingfisher", "mongodb/kingfisher:data/rules/", SOURCE_PATHS)


_kf = _KF.by_first_word  # a Kingfisher rule of its usual shape, read from the file the id's first word names


NEAR: tuple[HeldFamily, ...] = (
    # Mailmodo's keys: four groups of 7 capitals and digits joined by -
    *_kf("mailmodo-api-key", "[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}-[A-Z0-9]{7}", "mailmodo",
         "curl -H 'Content-Type: application/json' -H 'mmApiKey: {v}' "
         "'https://api.mailmodo.com/api/v1/campaigns?type=CONTACT_LIST'",
         "mailmodoPRIVATE-{v}", "mailmodo ACCESS-{v}"),
    *_kf("mailsac-api-key", f"k_{_AN}{{40}}", "mailsac",
         "curl -H 'Mailsac-Key: {v}' https://mailsac.com/api/addresses",
         "mailsac SECRET {v}", "mailsac PRIVATE {v}", "mailsac TOKEN {v}"),
    # Mandrill's keys are 22 of base64url's alphabet
    *_kf("mandrill-api-key", f"{_AN}[A-Za-z0-9_-]{{20}}{_AN}", "mandrill",
         "curl -X POST -H 'Content-Type: application/json' -d '{\"key\": \"{v}\"}' "
         "https://mandrillapp.com/api/1.0/users/info",
         "mandrill_token = {v}"),
    # Mapbox's secret (sk.) and temporary (tk.) tokens: a payload of base64 JSON ({"u":...) and 22 more;
    # the public token (pk.) is left out by rule 3
    *_kf("mapbox-secret-token", f"sk\\.eyJ1Ijoi{_AN}{{60}}\\.{_AN}[A-Za-z0-9_-]{{20}}{_AN}", "mapbox",
         "curl 'https://api.mapbox.com/tokens/v2?access_token={v}'",
         "  //mapboxgl.accessToken = '{v}';", "export MAPBOX_SECRET_TOKEN={v}"),
    *_kf("mapbox-temporary-token", f"tk\\.eyJ1Ijoi{_AN}{{60}}\\.{_AN}[A-Za-z0-9_-]{{20}}{_AN}", "mapbox",
         "curl 'https://api.mapbox.com/styles/v1/mapbox/streets-v12?access_token={v}'",
         "  //mapboxgl.accessToken = '{v}';", "export MAPBOX_SECRET_TOKEN={v}"),
    *_kf("mapquest-api-key", f"{_AN}{{32}}", "mapquest",
         "GET https://www.mapquestapi.com/datamanager/v2/get-column-types?key={v}",
         "mapquest_key={v}", "MAPQUEST_API_TOKEN={v}"),
    # apilayer's keys (marketstack, mediastack) are 32 hex
    *_kf("marketstack-api-key", "[a-f0-9]{32}", "marketstack",
         "GET https://api.marketstack.com/v1/eod?access_key={v}&symbols=AAPL",
         "marketstack SECRET={v}", "marketstack key-{v}"),
    *_kf("mavenlink-api-key", "[0-9a-z]{64}", "mavenlink",
         "curl -H 'Authorization: Bearer {v}' https://api.mavenlink.com/api/v1/workspaces.json",
         "mavenlink key: {v}"),
    *_kf("mediastack-api-key", "[a-f0-9]{32}", "mediastack",
         "GET https://api.mediastack.com/v1/news?access_key={v}",
         "mediastack-SECRET-{v}", "mediastackPRIVATE-{v}"),
    *_kf("meistertask-api-key", f"{_AN}{{43}}", "meistertask",
         "curl -H 'Authorization: Bearer {v}' https://www.meistertask.com/api/projects",
         "meistertask_token = {v}"),
    *_kf("mesibo-api-key", f"{_AN}{{64}}", "mesibo",
         "GET https://api.mesibo.com/api.php?op=useradd&token={v}",
         "mesibo_token={v}", "mesibo_key={v}"),
    # MessageBird's access keys are 25 letters and digits
    *_kf("messagebird-api-key", f"{_AN}{{25}}", "messagebird",
         "curl -H 'Authorization: AccessKey {v}' https://rest.messagebird.com/messages",
         "messagebird_key = {v}"),
    *_kf("metrilo-api-key", "[a-z0-9]{16}", "metrilo",
         "curl -X POST -H 'Content-Type: application/json' -d '{\"time\": 1518004715732, \"token\": \"{v}\", "
         "\"platform\": \"Wordpress 4.2.7 / Woocommerce 3.5\"}' https://trk.mtrl.me/category",
         "metriloSecretKey={v}", "metriloKEY={v}"),
    *_kf("mindmeister-api-key", f"{_AN}{{43}}", "mindmeister",
         "curl -H 'Authorization: Bearer {v}' 'https://www.mindmeister.com/services/rest/oauth2?method=mm.maps.getList'",
         "mindmeister_token = {v}"),
    *_kf("miro-api-key", f"{_AN}{{27}}", "miro",
         "curl -H 'Accept: application/json' -H 'Authorization: Bearer {v}' https://api.miro.com/v1/users/me",
         "miroSECRET {v}", "miroACCESS {v}"),
    *_kf("mixmax-api-key", f"{_AN}[A-Za-z0-9_-]{{34}}{_AN}", "mixmax",
         "curl -H 'X-API-Token: {v}' https://api.mixmax.com/v1/users/me",
         "mixmax_key = {v}"),
    # Mockaroo's keys are 8 letters and digits (rule 3 keeps 8)
    *_kf("mockaroo-api-key", "[0-9a-z]{8}", "mockaroo",
         "GET https://api.mockaroo.com/api/types?key={v}",
         "mockaroo-secret-key={v}", "mockaroo.token xyz PRIVATE_TOKEN={v}"),
    *_kf("moderation-api-key", f"{_AN}{{36}}\\.{_AN}{{115}}\\.{_AN}[A-Za-z0-9_]{{41}}{_AN}", "moderation",
         "curl -X POST -H 'Content-Type: application/json' -H 'Authorization: Bearer {v}' "
         "-d '{\"value\": \"This is an english text\"}' https://moderationapi.com/api/v1/analyze/language",
         "moderation_token = {v}"),
    # monday.com's tokens: a JWT (HS256) whose payload begins with its token id (tid)
    *_kf("monday-api-token", f"eyJhbGciOiJIUzI1NiJ9\\.eyJ0aWQiOj{_AN}{{150}}\\.{_AN}[A-Za-z0-9_-]{{41}}{_AN}", "monday",
         "curl -X POST -H 'Content-Type: application/json' -H 'Authorization: {v}' "
         "-d '{\"query\":\"{boards(limit:1){id name}}\"}' https://api.monday.com/v2",
         "monday SECRET_TOKEN={v}", "monday ACCESS_KEY={v}"),
    # MongoDB Atlas's programmatic private key (the public key, rule 2 of the file, is left out by rule 3);
    # the verifier sends the pair as HTTP digest auth
    *_kf("mongodb-atlas-private-key", _HEX_UUID, "mongodb",
         "curl --digest -u 'qjzrhbea:{v}' -H 'Accept: application/vnd.atlas.2023-02-01+json' "
         "https://cloud.mongodb.com/api/atlas/v2/groups",
         "ATLAS_PRIVATE_KEY={v}", "atlas_priv_key: {v}",
         keys=("MONGODB_ATLAS_PRIVATE_KEY", "atlas_private_key", "mongodbSecretKey", "ATLAS_PRIV_KEY")),
    # a MongoDB connection string's password
    _KF.family("mongodb-uri-password", "text", f"{_AN}{{16}}", "mongodb.yml",
               "client = mongoc_client_new (\"mongodb+srv://{u}:{v}@my-atlas-rd941.mongodb.net/test?retryWrites=true&w=majority\");",
               "mongodb+srv://{u}:{v}@cluster0.ab1cd.mongodb.net/",
               "mongodb://{u}:{v}@db-0.orders-eu.internal:27017/admin?authSource=admin",
               "MONGO_URL=mongodb://{u}:{v}@10.0.3.17:27017/{name}"),
    # MongoDB Atlas service account secrets: mdb_sa_sk_ and 40
    *_KF.prefixed("mongodb-service-account-secret", f"mdb_sa_sk_{_AN}{{4}}[A-Za-z0-9_-]{{2}}{_AN}{{34}}", "mongodb.yml",
                  "curl -u 'mdb_sa_id_66f1c2e3a4b5c6d7e8f90a1b:{v}' -X POST https://cloud.mongodb.com/api/oauth/token",
                  "MDB_MCP_API_CLIENT_SECRET={v}"),
    *_kf("monkeylearn-api-key", "[0-9a-f]{40}", "monkeylearn",
         "curl -H 'Accept: application/json' -H 'Authorization: Token {v}' https://api.monkeylearn.com/v3/classifiers",
         "monkeylearn ACCESS {v}", "monkeylearn TOKEN {v}", "monkeylearn KEY {v}"),
    *_kf("moonclerk-api-key", "[0-9a-z]{32}", "moonclerk",
         "curl -H 'Authorization: Token token={v}' -H 'Accept: application/vnd.moonclerk+json;version=1' "
         "https://api.moonclerk.com/forms",
         "moonclerk SECRET {v}", "moonclerk ACCESSKEY {v}"),
    *_kf("moosend-api-key", _HEX_UUID, "moosend",
         "GET https://api.moosend.com/v3/lists.json?apikey={v}&format=json",
         "moosendSECRET={v}", "moosendACCESS:{v}"),
    *_kf("moralis-api-key", f"{_AN}{{64}}", "moralis",
         "curl -H 'Accept: application/json' -H 'X-API-Key: {v}' "
         "'https://deep-index.moralis.io/api/v2/0xd8da6bf26964af9d7eed9e03e53415d37aa96045/nft?chain=eth&format=decimal'",
         "moralis_api_key={v}", "MORALIS_SECRET={v}"),
    # Intervals' verifier sends the key as Basic auth's user, X the password
    *_kf("myintervals-api-key", "[0-9a-z]{11}", "myintervals",
         "curl -u '{v}:X' -H 'Content-Type: application/json' https://api.myintervals.com/client/",
         "myintervals_key = {v}", "myintervals_token = {v}"),
    # Nasdaq Data Link's rule asks for nasdaq
    *_kf("nasdaqdatalink-api-key", f"{_AN}[A-Za-z0-9_-]{{18}}{_AN}", "nasdaqdatalink",
         "GET https://data.nasdaq.com/api/v3/datasets/FRED/GDP.csv?api_key={v}&collapse=annual&rows=6",
         "nasdaq_key = {v}", "nasdaq_token = {v}"),
    # Netlify's older tokens: 64 hex, or 43 of base64url (two rules)
    *_kf("netlify-api-key", "[a-f0-9]{64}", "netlify",
         "curl -H 'Authorization: Bearer {v}' https://api.netlify.com/api/v1/sites",
         "netlify_token={v}", "netlify_secret={v}"),
    *_kf("netlify-api-key-b64", f"{_AN}[A-Za-z0-9_-]{{41}}{_AN}", "netlify",
         "curl -H 'Authorization: Bearer {v}' https://api.netlify.com/api/v1/sites",
         "netlify_token={v}", "netlify_key={v}"),
    *_kf("newsapi-api-key", "[a-f0-9]{32}", "newsapi",
         "GET https://newsapi.org/v2/everything?q=Apple&from=2021-09-29&sortBy=popularity&apiKey={v}",
         "newsapi KEY {v}", "newsapi_TOKEN={v}"),
    *_kf("newscatcher-api-key", f"{_AN}[A-Za-z0-9_]{{41}}{_AN}", "newscatcher",
         "curl -H 'x-api-key: {v}' 'https://api.newscatcherapi.com/v2/search?q=Tesla'",
         "newscatcher_key = {v}"),
    *_kf("nftport-api-key", _HEX_UUID, "nftport",
         "curl -H 'Content-Type: application/json' -H 'Authorization: {v}' https://api.nftport.xyz/me/contracts",
         "nftport_access_token={v}", "nftport-private-key-{v}"),
    # ngrok's authtokens (27, _, a digit and 20) and API keys (cr_ or ak_ and 27), drawn in turn
    *_kf("ngrok-api-key", f"(?:{_AN}{{27}}_[0-9]{_AN}{{20}}|(?:cr|ak)_{_AN}{{27}})", "ngrok",
         "curl -H 'Authorization: Bearer {v}' -H 'ngrok-version: 2' https://api.ngrok.com/api_keys",
         "ngrok authtoken: {v}"),
    # Nicereply's and Noticeable's rules ask the name alone before the token
    *_kf("nicereply-api-key", "[0-9a-f]{40}", "nicereply",
         "curl -u ':{v}' https://api.nicereply.com/v1/users/stats",
         "nicereply {v}"),
    *_KF.prefixed("nightfall-api-key", f"NF-{_AN}{{32}}", "nightfall.yml",
                  "curl -X POST -H 'Authorization: Bearer {v}' https://api.nightfall.ai/v3/upload",
                  "NIGHTFALL_API_KEY={v}"),
    *_kf("nimble-api-key", f"{_AN}{{30}}", "nimble",
         "curl -H 'Authorization: Bearer {v}' https://app.nimble.com/api/v1/myself",
         "nimble SECRET {v}", "nimble PRIVATE {v}", "nimble ACCESS {v}", "nimble TOKEN {v}", "nimble KEY {v}"),
    *_kf("noticeable-api-key", f"{_AN}{{20}}", "noticeable",
         "curl -X POST -H 'Content-Type: application/json' -H 'Authorization: Apikey {v}' "
         "-d '{\"query\": \"{ projects { id } }\"}' https://api.noticeable.io/graphql",
         "noticeable {v}"),
    # Notion's internal integration secrets: secret_ and 43; the rule asks for notion before it
    *_kf("notion-secret-key", f"secret_{_AN}{{43}}", "notion",
         "curl -H 'Notion-Version: 2022-06-28' -H 'Authorization: Bearer {v}' https://api.notion.com/v1/users",
         "notion = {v}"),
)

FAMILIES: tuple[HeldFamily, ...] = NEAR

# every provider is one an earlier round or the corpus has (see the docstring): NEW is empty
KNOWN, NEW = split_by_prefix(FAMILIES, tuple(PROVIDERS))

ROUND = HeldOutRound(
    "round-58",
    __doc__,
    313,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"near": NEAR, "known": KNOWN},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
