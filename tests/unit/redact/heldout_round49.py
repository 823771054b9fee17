"""A forty-ninth held-out recall measure: Kingfisher rule files past ``cloudsight``, found by probing names.

``python -m tests.unit.redact.heldout_round49 [--seed N] [--per-family N] [--sources]``

One source (December 2026): mongodb/kingfisher, the folder ``data/rules/`` as the index stores it
(commit 3397803, 629 files), as rounds 45 and 46 used it.  The index's listing of the folder returns
its first 100 paths only (``adafruitio`` to ``cloudsight``), so the names past ``cloudsight`` cannot
be listed; but asking the index for one exact path (``find_files`` with repo mongodb/kingfisher and
``path="data/rules/<name>.yml"``) says whether that file is stored (checked before this rule:
``data/rules/digitalocean.yml`` is, at 3397803).  This round probes names from a list fixed before
probing and independent of Kingfisher's content.  Before this rule was committed no Kingfisher rule
file's text was read for this round and no name was probed.

The rule that chooses the files, written here before any name was probed, any rule file read and
any secret generated:

1. the candidate names are trufflehog's detector folder names (``pkg/detectors/<name>``, lower-case
   as they are, a versioned detector's folder once), as trufflehog's default list
   (``pkg/engine/defaults/defaults.go`` at 0011995, the commit rounds 24-47 counted; its built and
   its commented-out detectors, as round 47 counted them) imports them, in byte order, from the
   first name after ``cloudsight`` on;
2. each candidate is probed in that order: ``find_files(repo="mongodb/kingfisher",
   path="data/rules/<name>.yml")``; a name whose path is stored (at 3397803, or at the one version
   the index holds) exists.  A file that exists is taken unless a round read it: its name is named
   as a read Kingfisher or Titus file by an earlier round's ``SOURCE_PATHS`` or docstring (a grep of
   ``tests/unit/redact`` and ``README.md`` for the name, as round 46 checked; Titus's files carry
   Kingfisher's rule ids and mostly its file names, so the 98 Titus files rounds 17-19 read,
   ``adafruitio`` to ``eventbrite``, count as read by file name).  Probing stops when the round
   holds 35 files or the candidates end; the number of names probed and of files that existed is
   written below;
3. every rule of each file taken, in file order; round 33's rule 3 as round 43 wrote it: a rule
   whose match is no secret or only a public or identifying value (an id, an account number, a
   user or host name, an e-mail or IP address, a public key, a URL without credentials), a value
   of fewer than 8 characters, a rule whose pattern is another taken rule's character for
   character, is left out and named; a file all of whose rules are left out gives no family and
   still counts among the files read;
4. each rule left gives families as rounds 17, 43, 45 and 46 built them: a token with a prefix or
   a fixed shape of its own a bare family and one in a request or log line; a rule that needs
   context before the value (the provider's name, a key or a word) a keyed family and a text
   family (the verifier's request drawn twice, then lines in the shape of the rule's examples); a
   connection string, URL or whole-line shape holding a secret a text family in the shape it
   describes; where the rule's pattern is wider than the provider's format the family writes the
   provider's; a rule taking several formats gives its families once, the alternatives drawn in
   turn; where a rule pairs parts (an id and a secret) the family is the secret, the other part
   written into the request;
5. the candidates are providers trufflehog has, so the rules written after the trufflehog rounds
   likely know many of them: what is measured is Kingfisher's patterns and examples for them,
   which may be looser than or different from trufflehog's.  As round 12 did, the figure is
   printed for the families whose provider an earlier round or the public-format corpus has
   (group ``known``) and for the others (``new``).

Seed 263 (no round has used it: no ``Round(...)`` registration nor heldout module names it as a
seed; 263 appears in round 6's docstring only as a count), 7 samples per family, round 2's
carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round49`) are 600 lines in the families' contexts holding no
secret, as round 46's are.

The rule applied (after the rule above was committed, 9d27e1a on branch r49).  The candidates:
``defaults.go`` as the index stores it (commit 0011995) imports the folders in byte order; past
``cloudsight`` (itself no trufflehog folder; ``cloudplan`` is before it, ``cloudsmith`` after) they
run ``cloudsmith``, ``cloverly``, ``cloze`` ...; the commented-out detectors of round 47 in this range
are ``dailyco`` and ``debounce``, put in their places.  **60 names probed** (``cloudsmith`` to
``diggernaut``), **44 files existed** at 3397803; the 16 not stored: cloze, coinbase_waas,
commodities, companyhub, contentfulpersonalaccesstoken, convier, copper, couchbase, currencycloud,
customerguru, customerio, databrickstoken, datadogtoken, demio, deno, deputy (Kingfisher may hold
some of these providers under other names; this round does not guess them).  Of the 44, nine are
read by name: codeclimate (Titus, round 17), coinbase, coveralls, deepgram and delighted (round 18),
codacy, confluent, datagov and diffbot (round 19).  The other 35 are taken and reach the round's 35
at ``diggernaut``: cloudsmith, cloverly, clustdoc, coda, codemagic, codequiry, coinapi, coinlayer,
coinlib, collect2, column, commercejs, conversiontools, convertapi, convertkit, countrylayer,
courier, craftmypdf, crowdin, cryptocompare, currencyfreaks, currencylayer, currencyscoop,
currentsapi, d7network, dailyco, dandelion, dareboost, databox, debounce, deepai, detectify,
detectlanguage, dfuse, diggernaut.  Left for a later round: the candidates past ``diggernaut``
(``digitaloceantoken`` on), and Kingfisher's files whose names are no trufflehog folder's.

Each file holds one rule; none is left out by rule 3.  Thirty-one are of round 46's shape (the
provider's name, a credential word, SECRET, PRIVATE, ACCESS, KEY or TOKEN, within 32, then the
token; Dandelion's word within 8 and the token within 16 of it; Daily's name ``daily``); Cloudsmith's
and CraftMyPDF's take the token within 32 of the name and Dareboost's within 16, with no credential
word; Dfuse's is a prefix of its own, ``web_`` and 32 lower-case letters and digits (a bare family and
one in its request, ``{"api_key": ...}``).  The 34 others give a keyed family and a text family each
(round 46's keys and lines: the verifier's request drawn twice, then the file's examples' shapes,
``<name>_key =``, ``<name> private key:``, ``<Name> access token ... rotated``).  The examples' shapes
written: ``cloudsmith <v>``, ``cloverly_secret:``, ``clustdoc_key=``, ``codakey-``, ``codatoken-``,
``codemagic SECRET_ACCESS_KEY``, ``codemagic_PRIVATE-TOKEN``, ``codequirySECRET=``,
``codequiry-PRIVATE-``, ``coinapi SECRET``/``ACCESS``/``TOKEN``, ``coinlayerKEY=``,
``COINLIB_ACCESS_TOKEN=``, ``collect2TOKEN-``, ``collect2PRIVATE``, ``column_key =``,
``commercejs_secret_token=``, ``convertapi KEY``, ``convertkitSECRETtoken=``,
``COUNTRYLAYER_API_KEY=``, ``courier_secret=``, ``CROWDIN_SECRET=``, ``cryptocompare ACCESS``,
``currencyfreaksKEY-``, ``currencyscoopACCESS``, ``currentsapi_token =``, ``d7networkKEY``,
``daily ACCESS``, ``dailyKEY``, ``dandelion token``, ``dareboost=``, ``databoxPRIVATEKEY``,
``debounce_key =``, ``deepai_token =``, ``detectify.accesskey=``, ``detectlanguage ACCESS``,
``diggernautTOKEN``.  Where the rule is wider than the provider's format the family writes the
provider's, as the trufflehog rounds that read the same providers wrote it: Coda's and Collect2's
UUIDs as hex; CoinAPI's 36 of ``[A-Z0-9-]`` (case-insensitive) as an upper-case hex UUID;
Cloverly's 28 of ``[a-z0-9:_]``, Codemagic's 43 and ConvertKit's 22 of ``[A-Za-z0-9_]``, DeepAI's 36
of ``[a-z0-9-]`` and CurrentsAPI's 48 of ``[a-zA-Z0-9-_+=]`` (as 48 of ``[a-zA-Z0-9_-]``) with a letter
or digit at each end; CommerceJS's 48 of ``[a-z0-9_]`` as Chec's secret key (``sk_`` and 45);
Courier's ``pk_`` and a word as ``pk_prod_``/``pk_test_`` and 28 upper-case letters and digits, as the
file's examples; CraftMyPDF's 35 as lower-case letters and digits, as its example;
CryptoCompare's 64 and Dandelion's 32 of ``[a-z0-9]`` as hex; D7's 23 of any character and ``=`` as
base64 of 16 bytes (22 and ``==``, as its examples); Databox's 21 of ``[a-zA-Z0-9=+]`` as 21
lower-case letters and digits.  Requests sending ``Basic`` of the token are written ``curl -u``
(Column's ``:<v>``, Databox's ``<v>:``), D7's as the header the file sends.  35 rules give 70
families (``SOURCE_PATHS``), 490 samples a seed.

Every provider is one an earlier round or the corpus has: trufflehog's detectors of the same names
were read by round 44 (cloudsmith to currentsapi but codemagic, courier and convertkit), round 5
(codemagic, courier, d7network), round 29 (dandelion to diggernaut, dfuse among them), round 47
(dailyco, debounce), and the corpus has ConvertKit.  Group ``known`` is all 70 families and
``new`` is empty (not printed).

First measurement, BEFORE any rule was changed for these families (seed 263, 7 samples per family,
rules as of main 5038fa5 (their last change round 47's); the module written and run once, nothing
tuned): strict **466/490 = 95.10%**, loose 466/490 (prefixed 8/14, near 458/476; by carrier: bare
1/7, keyed 238/238, text 227/245).  Seeds 7 and 99, same rules: 465/490 = 94.90% and 466/490 =
95.10%.  Missed at seed 263: Dfuse's ``web_`` and 32 bare (6/7: only the CLI carrier taken) and in
text: a credential word in capitals the rules do not take as one: ``ACCESS`` alone after the name
(``coinapi ACCESS``, ``cryptocompare ACCESS``, ``daily ACCESS``, ``detectlanguage ACCESS``) or glued
to it (``currencyscoopACCESS``, ``d7networkACCESS``), ``KEY`` glued to the name (``dailyKEY``,
``d7networkKEY``, ``currencyfreaksKEY-``), ``PRIVATE`` glued (``collect2PRIVATE``), the word in lower
case glued to the name and joined by ``-`` to a hex UUID (``codakey-``, ``codatoken-``), capitals
joined by ``-`` to a UUID (``collect2TOKEN-``) or to 64 letters and digits (``codequiry-PRIVATE-``);
``convertapi KEY`` and its 16; Cloudsmith's 40 hex after its name alone (``cloudsmith <v>``, a
commit's shape); Collect2's UUID in its request's path (2 of 2).  At seeds 7 and 99 the same kinds
(and Debounce's 13 of letters after ``debounce_key =``, ``debounce private key:`` at seed 7, and
``Convertapi access token <16>`` at seed 99).  The round-49 lookalikes: 0/600 touched at corpus
seeds 263, 7 and 99.

The commit that holds the paragraph above (e8d6868 on branch r49, its message beginning
"heldout_round49, innocents_round49") holds this module and main 5038fa5's rules, so the held-out
figure is printed again by a worktree of that commit (466/490, lookalikes 0/600)::

    git worktree add --detach /tmp/r49base e8d6868  # on the round's branch r49
    cd /tmp/r49base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round49

Any figure measured after that is in-sample.  After the round-49 rule (7972e9a; no rule added, 457
rules, 456 on by default): credential-word-token takes Kingfisher's other capital words, ACCESS,
PRIVATE and KEY glued to a name (``dailyKEY``, ``currencyscoopACCESS``, ``collect2PRIVATE``: a name
may end in a digit, so ``collect2TOKEN-`` too) and ACCESS or PRIVATE apart after a lower-case name
(``coinapi ACCESS <uuid>``, ``codequiry-PRIVATE-<64>``); after capitals or alone they stay words
(``READ ACCESS``, ``ACCESS DENIED``), and the word before is checked as before (``cacheKEY``,
``sortKEY-``, ``public ACCESS``): strict **478/490 = 97.55%**, loose the same (prefixed 8/14, near
470/476; keyed 238/238, text 239/245); seeds 7 and 99: 477/490 = 97.35% and 478/490 = 97.55%.  The
round-49 lookalikes: 0/600 at corpus seeds 263, 7 and 99, and 0 of 3000 at seeds 1, 2 and 3 (the
same on 5038fa5's rules).  Every other round's figures and lookalikes unchanged (``python -m
tests.unit.redact.figures --seeds`` in worktrees of 5038fa5 and of 7972e9a: every round and
lookalike line identical, the labeled corpus 9996/10000 -> 10008/10012, the rule's new example and
negative; round 49 is not printed there, round 48 not being on main).  ``sightline bench redact
--records 60000`` (5038fa5 and 7972e9a alternated, 3 pairs, CPU records/s; the machine shared, load
2.6-3.0 on 2 cores): without secrets 188,789 / 201,444, 199,106 / 199,099, 201,303 / 208,473
(medians 199,106 and 201,444), with secrets 15,646 / 15,701, 15,821 / 15,857, 16,010 / 15,941
(medians 15,821 and 15,857): within the noise (the secrets drawn differ, the bench draws them from
the rules' examples, one more here).

Left (12 of 490 at seed 263): Dfuse's ``web_`` and 32 bare (6/7; ``web_`` is an everyday prefix of
names and Kingfisher's rule asks nothing but entropy beside it, so no rule was written for one
provider's prefix); Cloudsmith's 40 hex after its name alone (a commit's shape, which the round's
own lookalikes hold after the same names); the word in lower case glued to the name and joined by
``-`` (``codakey-<uuid>``, ``codatoken-<uuid>``: round 46's guard keeps ``token-``, ``secret-`` as a
name's part, as Kubernetes' ``default-token-x7k2p``); Collect2's key as its request's path segment (a
UUID in a path reads as an id); ConvertAPI's 16 after ``KEY`` (shorter than the 20 the credential
words take).  At seeds 7 and 99 the same and Debounce's 13 letters (round 47's note) and
``Convertapi access token <16>``.  Left for a later round: the candidates past ``diggernaut`` and
Kingfisher's files whose names are no trufflehog folder's.

The round was built on branch r49 from main 5038fa5: 9d27e1a (the rule), e8d6868 (the measurement),
7972e9a (the rule change) and the commit adding these figures; round 48 was built beside it at the
same time.

Formats are facts in our own notation, generated at test time; no rule text of the sources is
copied.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round49 import PROVIDERS, lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound, split_by_prefix

__all__ = ["FAMILIES", "KNOWN", "NEW", "SOURCE_PATHS", "run", "samples"]

_AN = "[A-Za-z0-9]"
_HEX_UUID = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"

SOURCE_PATHS: dict[str, str] = {}
_KF = Families("kingfisher", "mongodb/kingfisher:data/rules/", SOURCE_PATHS)


def _kf(fid: str, pattern: str, word: str, request: str, *examples: str) -> tuple[HeldFamily, HeldFamily]:
    """A Kingfisher rule of its usual shape (:meth:`~tests.unit.redact.rounds.Families.name_and_word`),
    read from the file named by the family id less ``-api-key``."""
    return _KF.name_and_word(fid, pattern, word, f"{fid.removesuffix('-api-key')}.yml", request, *examples)


PREFIXED: tuple[HeldFamily, ...] = (
    *_KF.prefixed(
        "dfuse-api-key",
        "web_[0-9a-z]{32}",
        "dfuse.yml",
        "POST https://auth.dfuse.io/v1/auth/issue Content-Type: application/json {\"api_key\": \"{v}\"}",
        "dfuse api key {v}",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_kf("cloudsmith-api-key", "[0-9a-f]{40}", "cloudsmith",
         "curl -H 'Accept: application/json' -H 'X-Api-Key: {v}' https://api.cloudsmith.io/v1/user/self/",
         "cloudsmith {v}"),
    *_kf("cloverly-api-key", "[a-z0-9][a-z0-9:_]{26}[a-z0-9]", "cloverly",
         "GET https://api.cloverly.com/2019-03-beta/account Authorization: Bearer {v}",
         "cloverly_secret:{v}", "cloverly_api_key:{v}"),
    *_kf("clustdoc-api-key", f"{_AN}{{60}}", "clustdoc",
         "curl -H 'Accept: application/json' -H 'Authorization: Bearer {v}' https://clustdoc.com/api/users",
         "clustdoc_key={v}", "clustdoc_token={v}"),
    *_kf("coda-api-key", _HEX_UUID, "coda",
         "curl -H 'Authorization: Bearer {v}' https://coda.io/apis/v1/whoami",
         "codakey-{v}", "codatoken-{v}"),
    *_kf("codemagic-api-key", "[A-Za-z0-9][A-Za-z0-9_]{41}[A-Za-z0-9]", "codemagic",
         "curl -H 'Content-Type: application/json' -H 'x-auth-token: {v}' https://api.codemagic.io/apps",
         "codemagic SECRET_ACCESS_KEY {v}", "codemagic_PRIVATE-TOKEN {v}"),
    *_kf("codequiry-api-key", f"{_AN}{{64}}", "codequiry",
         "curl -H 'apikey: {v}' https://codequiry.com/api/v1/checks",
         "codequirySECRET={v}", "codequiry_KEY={v}", "codequiry-PRIVATE-{v}"),
    *_kf("coinapi-api-key", "[A-F0-9]{8}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{12}", "coinapi",
         "GET https://rest.coinapi.io/v1/exchanges X-CoinAPI-Key: {v}",
         "coinapi SECRET {v}", "coinapi ACCESS {v}", "coinapi TOKEN {v}"),
    *_kf("coinlayer-api-key", "[a-z0-9]{32}", "coinlayer",
         "GET https://api.coinlayer.com/api/live?access_key={v}",
         "coinlayerSECRET={v}", "coinlayerKEY={v}", "coinlayerTOKEN={v}"),
    *_kf("coinlib-api-key", "[a-z0-9]{16}", "coinlib",
         "GET https://coinlib.io/api/v1/global?key={v}&pref=EUR",
         "coinlib_key={v}", "COINLIB_ACCESS_TOKEN={v}", "coinlib_secret={v}"),
    *_kf("collect2-api-key", _HEX_UUID, "collect2",
         "curl -H 'Content-Type: application/json' https://collect2.com/api/{v}/datarecord/",
         "collect2 SECRET {v}", "collect2TOKEN-{v}", "collect2PRIVATE {v}"),
    *_kf("column-api-key", "(test|live)_[a-zA-Z0-9]{27}", "column",
         "curl -u :{v} https://api.column.com/entities",
         "column_key = {v}", "column_token = {v}"),
    *_kf("commercejs-api-key", "sk_[a-z0-9]{45}", "commercejs",
         "GET https://api.chec.io/v1/categories X-Authorization: {v}",
         "commercejs_secret_token={v}"),
    *_kf("conversiontools-api-key",
         "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\\.eyJ[A-Za-z0-9]{73,81}\\.[A-Za-z0-9_]{42}[A-Za-z0-9]",
         "conversiontools",
         "POST https://api.conversiontools.io/v1/tasks Content-Type: application/json Authorization: Bearer {v}",
         "conversiontools_token={v}"),
    *_kf("convertapi-api-key", f"{_AN}{{16}}", "convertapi",
         "GET https://v2.convertapi.com/user?Secret={v}",
         "convertapi SECRET {v}", "convertapi KEY {v}"),
    *_kf("convertkit-api-key", "[A-Za-z0-9][A-Za-z0-9_]{20}[A-Za-z0-9]", "convertkit",
         "GET https://api.convertkit.com/v3/forms?api_key={v}",
         "convertkitSECRETtoken={v}"),
    *_kf("countrylayer-api-key", "[a-z0-9]{32}", "countrylayer",
         "curl -H 'Accept: application/json' 'https://api.countrylayer.com/v2/all?access_key={v}'",
         "countrylayer_access_key={v}", "COUNTRYLAYER_API_KEY={v}"),
    *_kf("courier-api-key", "pk_(prod|test)_[A-Z0-9]{28}", "courier",
         "curl -H 'Accept: application/json' -H 'Authorization: Bearer {v}' https://api.courier.com/preferences",
         "courier_key={v}", "courier_secret={v}"),
    *_kf("craftmypdf-api-key", "[a-z0-9]{35}", "craftmypdf",
         "curl -H 'Content-Type: application/json' -H 'X-API-KEY: {v}' https://api.craftmypdf.com/v1/get-account-info",
         "craftmypdf_key = {v}"),
    *_kf("crowdin-api-key", f"{_AN}{{80}}", "crowdin",
         "curl -H 'Authorization: Bearer {v}' https://api.crowdin.com/api/v2/storages",
         "crowdin_token={v}", "CROWDIN_SECRET={v}"),
    *_kf("cryptocompare-api-key", "[a-f0-9]{64}", "cryptocompare",
         "GET https://min-api.cryptocompare.com/data/blockchain/list?api_key={v}",
         "cryptocompare SECRET={v}", "cryptocompare ACCESS {v}"),
    *_kf("currencyfreaks-api-key", "[0-9a-z]{32}", "currencyfreaks",
         "curl -H 'Authorization: apikey={v}' https://api.currencyfreaks.com/latest",
         "currencyfreaksKEY-{v}"),
    *_kf("currencylayer-api-key", "[a-z0-9]{32}", "currencylayer",
         "GET https://api.currencylayer.com/live?access_key={v}",
         "currencylayer_access_key={v}", "currencylayer_secret={v}"),
    *_kf("currencyscoop-api-key", "[a-z0-9]{32}", "currencyscoop",
         "curl -H 'Content-Type: application/json' 'https://api.currencyscoop.com/v1/latest?api_key={v}'",
         "currencyscoop SECRET {v}", "currencyscoopTOKEN {v}", "currencyscoopACCESS {v}"),
    *_kf("currentsapi-api-key", "[a-zA-Z0-9][a-zA-Z0-9_-]{46}[a-zA-Z0-9]", "currentsapi",
         "curl -H 'Authorization: {v}' https://api.currentsapi.services/v1/latest-news",
         "currentsapi_token = {v}"),
    *_kf("d7network-api-key", "[A-Za-z0-9+/]{22}==", "d7network",
         "curl -H 'Authorization: Basic {v}' https://rest-api.d7networks.com/secure/balance",
         "d7networkSECRET {v}", "d7networkKEY {v}", "d7networkACCESS {v}"),
    *_kf("dailyco-api-key", "[0-9a-f]{64}", "daily",
         "curl -H 'Authorization: Bearer {v}' https://api.daily.co/v1/rooms",
         "daily SECRET {v}", "daily ACCESS {v}", "dailyKEY {v}", "dailyTOKEN {v}"),
    *_kf("dandelion-api-key", "[a-f0-9]{32}", "dandelion",
         "GET https://api.dandelion.eu/datatxt/li/v1/?text=Smart&token={v}",
         "dandelion key {v}", "dandelion token {v}"),
    *_kf("dareboost-api-key", f"{_AN}{{60}}", "dareboost",
         "POST https://api.dareboost.com/0.8/config Content-Type: application/json {\"token\": \"{v}\", \"location\": \"Paris\"}",
         "dareboost={v}"),
    *_kf("databox-api-key", "[a-z0-9]{21}", "databox",
         "curl -u {v}: -H 'Accept: application/vnd.databox.v2+json' https://push.databox.com -d '{\"data\":[{\"$sales\":1633}]}'",
         "databox SECRET={v}", "databoxPRIVATEKEY {v}", "databox ACCESS={v}"),
    *_kf("debounce-api-key", "[a-zA-Z0-9]{13}", "debounce",
         "GET https://api.debounce.io/v1/?api={v}&email=ops@acmeledger.io",
         "debounce_token = {v}", "debounce_key = {v}"),
    *_kf("deepai-api-key", "[a-z0-9][a-z0-9-]{34}[a-z0-9]", "deepai",
         "POST https://api.deepai.org/api/text-tagging Content-Type: multipart/form-data api-key: {v}",
         "deepai_token = {v}"),
    *_kf("detectify-api-key", "[0-9a-z]{32}", "detectify",
         "curl -H 'X-Detectify-Key: {v}' https://api.detectify.com/rest/v2/assets/",
         "detectify secret token={v}", "detectifyKEY={v}", "detectify.accesskey={v}"),
    *_kf("detectlanguage-api-key", "[a-z0-9]{32}", "detectlanguage",
         "curl -H 'Authorization: Bearer {v}' https://ws.detectlanguage.com/0.2/user/status",
         "detectlanguage KEY {v}", "detectlanguage ACCESS {v}", "detectlanguage SECRET {v}"),
    *_kf("diggernaut-api-key", "[0-9a-z]{40}", "diggernaut",
         "curl -H 'Accept: application/json' -H 'Authorization: Token {v}' https://www.diggernaut.com/api/projects",
         "diggernautSECRET {v}", "diggernautTOKEN {v}"),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR

# every provider is one an earlier round or the corpus has (see the docstring): NEW is empty
KNOWN, NEW = split_by_prefix(FAMILIES, tuple(PROVIDERS))

ROUND = HeldOutRound(
    "round-49",
    __doc__,
    263,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "known": KNOWN},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
