"""A fifty-sixth held-out recall measure: Kingfisher rule files past ``gumroad``, found by probing names.

``python -m tests.unit.redact.heldout_round56 [--seed N] [--per-family N] [--sources]``

The same source and method as rounds 49, 53 and 54 (mongodb/kingfisher, the folder ``data/rules/``
as the index stores it, commit 3397803), continued from where round 54 stopped: its last probed
name counted was ``gumroad``; it looked up ``gyazo`` past its stop, which counts for nothing, so
``gyazo`` is probed again in its place.  Before this rule was committed no Kingfisher rule file's
text was read for this round, no name was probed and trufflehog's list was not opened for it (the
names past ``gumroad`` are not known to this module yet).

The rule that chooses the files, written here before any name was probed, any rule file read and
any secret generated (round 54's rules 1-5, the start moved):

1. the candidate names are trufflehog's detector folder names (``pkg/detectors/<name>``, lower-case
   as they are, a versioned detector's folder once), as trufflehog's default list
   (``pkg/engine/defaults/defaults.go`` at 0011995, the commit rounds 24-54 counted; its built and
   its commented-out detectors, as round 47 counted them, the commented-out ones put in their
   places) imports them, in byte order, from the first name after ``gumroad`` on;
2. each candidate is probed in that order: ``find_files(repo="mongodb/kingfisher",
   path="data/rules/<name>.yml")``; a name whose path is stored (at 3397803, or at the one version
   the index holds) exists.  A file that exists is taken unless a round read it: its name is named
   as a read Kingfisher or Titus file by an earlier round's ``SOURCE_PATHS`` or docstring (a grep of
   ``tests/unit/redact`` and ``README.md`` of this round's base, main 58db85a, for the name, as
   rounds 46, 49, 53 and 54 checked; the 98 Titus files rounds 17-19 read, ``adafruitio`` to
   ``eventbrite``, count as read by file name).  Probing stops when the round holds 35 files or
   the candidates end; the number of names probed and of files that existed is written below;
3. every rule of each file taken, in file order; round 33's rule 3 as round 43 wrote it: a rule
   whose match is no secret or only a public or identifying value (an id, an account number, a
   user or host name, an e-mail or IP address, a public key, a URL without credentials), a value
   of fewer than 8 characters, a rule whose pattern is another taken rule's character for
   character, is left out and named; a file all of whose rules are left out gives no family and
   still counts among the files read;
4. each rule left gives families as rounds 17, 43, 45, 46, 49, 53 and 54 built them: a token with
   a prefix or a fixed shape of its own a bare family and one in a request or log line; a rule that
   needs context before the value (the provider's name, a key or a word) a keyed family and a text
   family (the verifier's request drawn twice, then lines in the shape of the rule's examples); a
   connection string, URL or whole-line shape holding a secret a text family in the shape it
   describes; where the rule's pattern is wider than the provider's format the family writes the
   provider's; a rule taking several formats gives its families once, the alternatives drawn in
   turn; where a rule pairs parts (an id and a secret) the family is the secret, the other part
   written into the request;
5. the candidates are providers trufflehog has, so the rules written after the trufflehog rounds
   likely know many of them: what is measured is Kingfisher's patterns and examples for them,
   which may be looser than or different from trufflehog's.  As rounds 12, 49, 53 and 54 did, the
   figure is printed for the families whose provider an earlier round or the public-format corpus
   has (group ``known``) and for the others (``new``).

Seed 307 (no round has used it: no ``Round(...)`` registration nor heldout module on main 58db85a
names it as a seed; 277, 281, 283 and 293 are taken by rounds 52-55), 7 samples per family, round
2's carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round56`) are 600 lines in the families' contexts holding no
secret, as rounds 49's, 51's, 53's and 54's are.

The rule applied (after the rule above was committed, 6dbc377 on branch r56).  The candidates:
``defaults.go`` as the index stores it (commit 0011995) imports the folders in byte order; past
``gumroad`` they run ``gyazo``, ``happyscribe``, ``harness``, ``harvest`` ...; round 47's
commented-out ``hive`` and ``ibmclouduserkey`` fall in the range probed and are probed in their
places (``linemessaging`` lies past the stop); a versioned folder once (``hubspot_apikey``).
**47 names probed** (``gyazo`` to ``jotform``), **35 files existed** at 3397803; the 12 not stored:
harness, harvest, hive, host, hubspot_apikey, hypertrack, ibmclouduserkey, instamojo, intra42,
invoiceocean, jdbc, jiratoken.  None of the 35 is read by name as a Kingfisher or Titus file: the
grep of rule 2 finds ``Heroku.yaml`` (Sonar's, round 16) and ``infura.yaml`` (Sonar's, round 15),
other tools' files, and the other names only as trufflehog detectors or providers (rounds 5, 8,
9, 26, 27 and the corpus).  So all 35 are taken and reach the round's 35 at ``jotform``: gyazo,
happyscribe, hellosign, helpcrunch, helpscout, hereapi, heroku, hiveage, holidayapi, holistic,
honeycomb, html2pdf, huggingface, humanity, hunter, hybiscus, iconfinder, iexapis, iexcloud,
imagekit, imagga, impala, infura, insightly, instabot, intercom, interseller, intrinio,
ip2location, ipapi, ipgeolocation, ipinfodb, ipquality, ipstack, jotform.  Left for a later round:
the candidates past ``jotform`` (``jumpcloud`` on), and Kingfisher's files whose names are no
trufflehog folder's.

The files hold 35 rules, one each; none is left out by rule 3 (Intercom's rule is filed under
``identifier`` too, but its match is the access token).  The 35 give 70 families
(``SOURCE_PATHS``), 490 samples a seed:

* a shape of its own (1 rule, a bare family and one in a request): Hugging Face's ``hf_`` and
  ``api_org_`` tokens (34 letters each), drawn in turn;
* the provider's name, a credential word and the token (34 rules, Gyazo's to JotForm's;
  Honeycomb's and Humanity's word within 16 of the name, Insightly's and IPQualityScore's within
  8; JotForm's the name alone): a keyed family and a text family each (the verifier's request
  drawn twice, the examples' shapes: ``gyazo SECRET access_token-``, ``gyazoTOKEN``,
  ``happyscribe SECRET``, ``hellosign-PRIVATE-key-``, ``hellosignACCESS-TOKEN-``,
  ``helpcrunch_access_token=``, ``helpscout SECRET =``, ``PRIVATE helpscout key12345678 token``,
  ``hereapi_key=``, ``HEREAPI_SECRET=``, ``  HEROKU_API_KEY:``, ``hiveage-secret-KEY-``,
  ``holidayapiKEY-``, ``holisticACCESS=``, ``holisticTOKEN-``, ``honeycomb_secret_key=``,
  ``html2pdf_key=``, ``HUMANITY_ACCESS_KEY=``, ``hunter_secret_key=``, ``hybiscus-key hybiscus
  key``, ``iconfinder PRIVATE``, ``IEXAPIS_SECRET_KEY=``, ``iexcloud_token =``, ``imagekit
  token``, ``imaggaSECRET``, ``impala_token=``, ``infuraSECRETsomesecret-``,
  ``infuraKEYwithspecial-``, ``insightly_key =``, ``instabot SECRET_KEY=``, ``instabot TOKEN:``,
  ``intercom_access_token:``, ``interseller_PRIVATE_KEY=``, ``INTRINIO_API_KEY=``,
  ``ip2location SECRETKEY``, ``ipapi_access_token=``, ``ipgeolocationSecretToken``,
  ``ipinfodb ACCESS-TOKEN``, ``ipquality_key =``, ``ipstack_token=``, ``jotform apikey=``), then
  ``<name>_key =``, ``<name> private key:`` and ``<Name> access token ... rotated``.

Where the rule is wider than the provider's format the family writes the provider's: HelloSign's,
Hunter's, Infura's, ipapi's, ipgeolocation's, ipstack's and JotForm's keys as lower-case hex,
IP2Location's as upper-case hex; Heroku's, Holiday API's, Insightly's and Interseller's as UUIDs
in hex; IEX Cloud's (both files) as ``sk_`` and 32 hex; ImageKit's as ``private_``, 27 and ``=``;
Imagga's as the Basic credential (70 and ``==``); Intercom's as ``dG9rOj`` (base64 of ``tok:``),
53 and ``=``; Intrinio's as ``Oj`` and 42; HelpCrunch's as base64 (326 and ``==``); Gyazo's,
HERE's, Hiveage's and Impala's with a letter or digit at each end; Honeycomb's two formats (32 hex,
22 letters and digits) drawn in turn.  Requests that send the key as Basic auth's user are written
as ``curl -u '<v>:'`` (HelloSign, Hiveage, ImageKit; Help Scout's ``'<v>:X'``).

Every provider is one an earlier round or the corpus has: trufflehog's detectors of the same
names were read by rounds 9 (happyscribe to hybiscus), 26 (gyazo) and 27 (iconfinder to jotform),
and the corpus or rounds 2, 5, 13, 15 and 16 have Heroku, Hugging Face, Infura and Intercom.  Group
``known`` is all 70 families and ``new`` is empty (not printed).

First measurement, BEFORE any rule was changed for these families (seed 307, 7 samples per family,
rules as of main 58db85a (their last change round 55's, 96de9d3); the module written and run once,
nothing tuned): strict **474/490 = 96.73%**, loose 474/490 (prefixed 14/14, near 460/476; by
carrier: bare 7/7, keyed 238/238, text 229/245).  Seeds 7 and 99, same rules: 474/490 = 96.73% each
(the same sixteen line shapes each time).  Missed, all in text: ImageKit's ``private_`` key (6 of
7: as ``curl -u '<v>:'`` three times, after ``imagekit token``, ``private key:`` and ``access
token``); Infura's 32 hex as the path's last segment of ``https://mainnet.infura.io/v3/<v>`` (2) and
after ``infuraSECRETsomesecret-`` and ``infuraKEYwithspecial-`` (2); IPQualityScore's 32 as the
path's last segment of ``.../api/json/account/<v>`` (3); ``gyazo SECRET access_token-<43>``,
``holisticACCESS=<64 hex>`` and ``ipgeolocationSecretToken <32 hex>`` (1 each: a name glued to a
credential word in capitals or camel case).  The round-56 lookalikes: **5/600 touched** at corpus
seed 307 (5 at 7, 4 at 99), two lines: imagga's documented ``curl -u "api_key:api_secret"`` (the
placeholder password taken as cli-user-password) and HERE's place id
``here:pds:place:276u33db-<32 hex>``.

The commit that holds the paragraph above (3c49fea on branch r56, its message beginning
"heldout_round56, innocents_round56") holds this module and main 58db85a's rules, so the held-out
figure is printed again by a worktree of that commit (474/490, lookalikes 5/600)::

    git worktree add --detach /tmp/r56m 3c49fea  # on the round's branch r56
    cd /tmp/r56m && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round56

Any figure measured after that is in-sample.  After the round-56 changes (2f74d71; hand-made cases
first, ``REDACTED``/``KEPT["round56"]`` of ``test_heldout_rounds.py``: 8 fail on 58db85a's rules,
10 guards pass on both): one rule, ``imagekit-private-key`` (``private_``, 27 base64 characters and
``=``; the ``=`` left out of the secret so that ``private_xxx...=`` reads as a placeholder; appended
after the last rule, so the labeled corpus' earlier draws are unchanged; 462 rules, 461 on by
default), and three classes across providers: provider-url-path-token's host names a provider where
one of its labels begins with a provider's name of 8 characters or more (``www.ipqualityscore.com``
for ``ipquality``; a shorter name, ``shodan`` in ``shodanhq``, still needs the exact label);
cli-user-password and secret-assignment leave the docs' lower-case name of a credential (two or more
words of letters joined by ``_``, the last a credential's: ``api_secret``, ``client_secret``,
``db_password``), as they left ``CLIENT_SECRET``; provider-label-token leaves a value that starts
with two or more lower-case words each before ``:`` (HERE's ``here:pds:place:<id>``, a URN).
Figures: strict **482/490 = 98.37%** at seed 307, loose the same (prefixed 14/14, near 468/476;
bare 7/7, keyed 238/238, text 237/245); seeds 7 and 99: 483/490 = 98.57% each.  The round-56
lookalikes: 0/600 at corpus seeds 307, 7 and 99 (5, 5 and 4 on 58db85a's rules) and 0 of 3000 at
seeds 1, 2 and 3.  Every other round's figures and lookalikes unchanged (``python -m
tests.unit.redact.figures --seeds`` in worktrees of 58db85a and of 2f74d71: every earlier line
identical, round 56's lines added; the labeled corpus 10212/10216 on 58db85a, 10236/10240 here: the
new rule's 24 items found, the same 4 missed).  ``sightline bench redact --records 60000`` (58db85a
and 2f74d71 alternated, 3 pairs, CPU records/s; load 1.5-2.4 on 2 cores): without secrets 173,644 /
183,167, 181,986 / 161,617, 165,611 / 179,158 (medians 173,644 and 179,158), with secrets 13,582 /
13,548, 12,994 / 13,562, 14,332 / 14,725 (medians 13,582 and 13,562); values replaced in the
with-secrets run 60,350 on 58db85a, 60,444 here.

Left (8 of 490 at seed 307, 7 at 7 and 99): Infura's 32 hex as the last segment of
``https://mainnet.infura.io/v3/<v>`` (2; a hex segment of a URL's path reads as an id, left for
want of a class that tells a key from a hex id there) and after ``infuraSECRETsomesecret-`` and
``infuraKEYwithspecial-`` (2); ``gyazo SECRET access_token-<43>``, ``holisticACCESS=<64 hex>``,
``ipgeolocationSecretToken <32 hex>`` (a provider's name glued to a credential word in capitals or
camel case, then the token: Kingfisher's example shapes); one IPQualityScore key in a URL's path at
seed 307 that does not read as random enough (``ueEtcpw1iUozAevrgCT5e6bokOfMWaDm``).  Left for a
later round: the candidates past ``jotform`` (``jumpcloud`` on) and Kingfisher's files whose names
are no trufflehog folder's.

The round was built on branch r56 from main 58db85a: 6dbc377 (the rule), 3c49fea (the measurement),
2f74d71 (the changes) and the commit adding these figures.

Formats are facts in our own notation, generated at test time; no rule text of the sources is
copied.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round56 import PROVIDERS, lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound, split_by_prefix

__all__ = ["FAMILIES", "KNOWN", "NEW", "SOURCE_PATHS", "run", "samples"]

_AN = "[A-Za-z0-9]"
_HEX_UUID = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"

SOURCE_PATHS: dict[str, str] = {}
_KF = Families("kingfisher", "mongodb/kingfisher:data/rules/", SOURCE_PATHS)


_kf = _KF.by_first_word  # a Kingfisher rule of its usual shape, read from the file the id's first word names


PREFIXED: tuple[HeldFamily, ...] = (
    # Hugging Face's user tokens (hf_) and organization tokens (api_org_), drawn in turn
    *_KF.prefixed(
        "huggingface-token",
        "(?:hf_[A-Za-z]{34}|api_org_[A-Za-z]{34})",
        "huggingface.yml",
        "curl -H 'Authorization: Bearer {v}' -H 'Content-Type: application/json' https://huggingface.co/api/whoami-v2",
        "HF_TOKEN:\"{v}\"",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_kf("gyazo-api-key", f"{_AN}[A-Za-z0-9-]{{41}}{_AN}", "gyazo",
         "GET https://api.gyazo.com/api/images?access_token={v}",
         "gyazo SECRET access_token-{v}", "gyazoTOKEN {v}"),
    *_kf("happyscribe-api-key", f"{_AN}{{24}}", "happyscribe",
         "curl -H 'Authorization: Bearer {v}' https://www.happyscribe.com/api/v1/transcriptions",
         "happyscribe SECRET {v}", "happyscribeKEY {v}"),
    # HelloSign's keys are 64 hex; its verifier sends the key as Basic auth's user
    *_kf("hellosign-api-key", "[a-f0-9]{64}", "hellosign",
         "curl -u '{v}:' https://api.hellosign.com/v3/account",
         "hellosign-PRIVATE-key-{v}", "hellosignACCESS-TOKEN-{v}"),
    *_kf("helpcrunch-api-key", "[A-Za-z0-9+/]{326}==", "helpcrunch",
         "curl -H 'Authorization: Bearer {v}' https://api.helpcrunch.com/v1/departments",
         "helpcrunch_access_token={v}"),
    *_kf("helpscout-api-key", "[a-z0-9]{40}", "helpscout",
         "curl -u '{v}:X' https://docsapi.helpscout.net/v1/collections",
         "helpscout SECRET = {v}", "PRIVATE helpscout key12345678 token {v}", "helpscout TOKEN: {v}"),
    *_kf("hereapi-api-key", f"{_AN}[A-Za-z0-9_-]{{41}}{_AN}", "hereapi",
         "GET https://weather.ls.hereapi.com/weather/1.0/report.json?product=alerts&name=Argentina&apiKey={v}",
         "hereapi_key={v}", "HEREAPI_SECRET={v}"),
    *_kf("heroku-api-key", _HEX_UUID, "heroku",
         "curl -H 'Accept: application/vnd.heroku+json; version=3' -H 'Authorization: Bearer {v}' https://api.heroku.com/apps",
         "  HEROKU_API_KEY: {v}"),
    *_kf("hiveage-api-key", f"{_AN}[A-Za-z0-9_-]{{18}}{_AN}", "hiveage",
         "curl -u '{v}:' -H 'Accept: application/json' https://acmeledger.hiveage.com/api/network",
         "hiveage-secret-KEY-{v}", "hiveageACCESS-{v}"),
    *_kf("holidayapi-api-key", _HEX_UUID, "holidayapi",
         "GET https://holidayapi.com/v1/holidays?key={v}&country=PH&year=2020",
         "holidayapiKEY-{v}", "holidayapiSECRET-{v}"),
    *_kf("holistic-api-key", "[0-9a-f]{64}", "holistic",
         "curl -H 'x-api-key: {v}' https://api.holistic.dev/api/v1/project",
         "holisticACCESS={v}", "'holisticKEY={v}'", "holisticTOKEN-{v}"),
    # Honeycomb's keys as the rule's two formats, drawn in turn
    *_kf("honeycomb-api-key", f"(?:[0-9a-f]{{32}}|{_AN}{{22}})", "honeycomb",
         "curl -H 'X-Honeycomb-Team: {v}' https://api.honeycomb.io/1/auth",
         "honeycomb_secret_key={v}", "honeycomb_token={v}"),
    *_kf("html2pdf-api-key", f"{_AN}{{64}}", "html2pdf",
         "curl -X POST -H 'Content-Type: application/json' -d '{\"html\": \"Helloworld\", \"apiKey\": \"{v}\"}' "
         "https://api.html2pdf.app/v1/generate",
         "html2pdf_key={v}"),
    *_kf("humanity-api-key", "[0-9a-z]{40}", "humanity",
         "GET https://www.humanity.com/api/v2/me?access_token={v}",
         "humanity_token={v}", "HUMANITY_ACCESS_KEY={v}"),
    # Hunter's keys are 40 hex
    *_kf("hunter-api-key", "[a-f0-9]{40}", "hunter",
         "curl -H 'Content-Type: application/json' 'https://api.hunter.io/v2/leads_lists?api_key={v}'",
         "hunter_secret_key={v}"),
    *_kf("hybiscus-api-key", f"{_AN}{{43}}", "hybiscus",
         "curl -H 'X-API-KEY: {v}' https://api.hybiscus.dev/api/v1/get-remaining-quota",
         "hybiscus secret={v}", "hybiscus-key hybiscus key {v}"),
    *_kf("iconfinder-api-key", f"{_AN}{{64}}", "iconfinder",
         "curl -H 'Authorization: Bearer {v}' https://api.iconfinder.com/v4/iconsets",
         "iconfinder SECRET {v}", "iconfinder PRIVATE {v}"),
    # IEX Cloud's secret tokens are sk_ and 32 hex (iexcloud's 35 the same token)
    *_kf("iexapis-api-key", "sk_[a-f0-9]{32}", "iexapis",
         "GET https://cloud.iexapis.com/stable/stock/aapl/quote?token={v}",
         "iexapis_token={v}", "IEXAPIS_SECRET_KEY={v}"),
    *_kf("iexcloud-api-key", "sk_[a-f0-9]{32}", "iexcloud",
         "curl -H 'Authorization: token {v}' 'https://cloud.iexapis.com/v1/stock/aapl/quote?token={v}'",
         "iexcloud_token = {v}"),
    # ImageKit's private keys are private_, 27 and =
    *_kf("imagekit-api-key", f"private_{_AN}{{27}}=", "imagekit",
         "curl -u '{v}:' https://api.imagekit.io/v1/files",
         "imagekit token {v}"),
    # Imagga's Basic credential: base64 of its key and secret (52 bytes)
    *_kf("imagga-api-key", f"{_AN}{{70}}==", "imagga",
         "curl -H 'Content-Type: application/json' -H 'Authorization: Basic {v}' https://api.imagga.com/v2/usage",
         "imaggaSECRET {v}", "imaggaTOKEN {v}"),
    *_kf("impala-api-key", f"{_AN}[A-Za-z0-9_]{{44}}{_AN}", "impala",
         "curl -H 'x-api-key: {v}' https://api.impala.travel/v1/bookings",
         "impala_key={v}", "impala_token={v}"),
    *_kf("infura-api-key", "[a-f0-9]{32}", "infura",
         "curl -X POST -H 'Content-Type: application/json' "
         "--data '{\"jsonrpc\":\"2.0\",\"method\":\"eth_blockNumber\",\"params\":[],\"id\":1}' https://mainnet.infura.io/v3/{v}",
         "infuraSECRETsomesecret-{v}", "infuraKEYwithspecial-{v}"),
    # Insightly's rule asks the credential word within 8 characters of the name
    *_kf("insightly-api-key", _HEX_UUID, "insightly",
         "curl -H 'Authorization: Bearer {v}' 'https://api.na1.insightly.com/v3.1/Contacts?top=2'",
         "insightly_key = {v}"),
    *_kf("instabot-api-key", "[A-Za-z0-9+/]{43}=", "instabot",
         "curl -H 'X-Instabot-Api-Key: {v}' https://api.instabot.io/v1",
         "instabot SECRET_KEY={v}", "instabot TOKEN:{v}"),
    # Intercom's access tokens: base64 of tok: and the token
    *_kf("intercom-api-token", f"dG9rOj{_AN}{{53}}=", "intercom",
         "curl -H 'Accept: application/json' -H 'Authorization: Bearer {v}' 'https://api.intercom.io/contacts?per_page=5'",
         "intercom_access_token: {v} \\n\""),
    *_kf("interseller-api-key", _HEX_UUID, "interseller",
         "curl -H 'X-API-Key: {v}' -H 'Accept: application/json' https://interseller.io/api/campaigns/list",
         "interseller_SECRET_key={v}", "interseller_PRIVATE_KEY={v}"),
    # Intrinio's keys: base64 of a number, a colon and hex (Oj and 42)
    *_kf("intrinio-api-key", f"Oj{_AN}{{42}}", "intrinio",
         "GET https://api-v2.intrinio.com/securities?api_key={v}",
         "INTRINIO_API_KEY={v}", "intrinio_secret={v}"),
    *_kf("ip2location-api-key", "[0-9A-F]{32}", "ip2location",
         "GET https://api.ip2location.io/?key={v}",
         "ip2location SECRETKEY {v}", "'ip2locationKEY={v}'"),
    *_kf("ipapi-api-key", "[a-f0-9]{32}", "ipapi",
         "GET https://api.ipapi.com/49.146.239.251?access_key={v}",
         "ipapi_key={v}", "ipapi_access_token={v}", "ipapi_secret={v}"),
    *_kf("ipgeolocation-api-key", "[a-f0-9]{32}", "ipgeolocation",
         "curl -H 'Content-Type: application/json' 'https://api.ipgeolocation.io/ipgeo?apiKey={v}'",
         "ipgeolocationSecretToken {v}", "ipgeolocation_key={v}"),
    *_kf("ipinfodb-api-key", "[a-f0-9]{64}", "ipinfodb",
         "GET https://api.ipinfodb.com/v3/ip-country/?key={v}&ip=8.8.8.8&format=json",
         "ipinfodbSECRET {v}", "ipinfodb PRIVATE {v}", "ipinfodb ACCESS-TOKEN {v}"),
    # IPQualityScore's rule asks the credential word within 8 characters of the name
    *_kf("ipquality-api-key", f"{_AN}{{32}}", "ipquality",
         "curl -H 'Content-Type: application/json' https://www.ipqualityscore.com/api/json/account/{v}",
         "ipquality_key = {v}"),
    *_kf("ipstack-api-key", "[a-f0-9]{32}", "ipstack",
         "GET https://api.ipstack.com/8.8.8.8?access_key={v}",
         "ipstack_token={v}", "ipstack_key={v}"),
    # JotForm's rule asks the name alone before the key (32 hex)
    *_kf("jotform-api-key", "[a-f0-9]{32}", "jotform",
         "curl -H 'Authorization: {v}' https://api.jotform.com/user",
         "jotform apikey={v}"),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR

# every provider is one an earlier round or the corpus has (see the docstring): NEW is empty
KNOWN, NEW = split_by_prefix(FAMILIES, tuple(PROVIDERS))

ROUND = HeldOutRound(
    "round-56",
    __doc__,
    307,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "known": KNOWN},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
