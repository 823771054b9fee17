"""A forty-fourth held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round44 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a
keyword list, the token's regex and the request its verifier sends, as rounds 5-11, 24-32,
34-36, 38, 39, 41 and 42 read them.  The rule that chose the files, written here before any of
them was read (round 42's rule continued, its files now counted as read; rounds 33, 37, 40 and
43, from other sources, are not counted here):

1. the trufflehog detector files named by every earlier round's ``SOURCE_PATHS`` and the
   detectors named by :mod:`tests.unit.redact.public_formats`' trufflehog lists are counted
   by the first letter of the detector's folder.  Round 42's counts with its 35 c files
   added: c 50 (49 folders of the default list, 6 by rounds before 42, 34 folders (35 files,
   captaindata v1 and v2) by round 42, 9 by the corpus' lists, its ``coinmarketcap`` not in
   the default list), v 16 (15 by rounds' ``SOURCE_PATHS``, virustotal by the corpus), the
   other letters as round 42 counted them;
2. the letters an earlier round left for later come first (round 41's rule 2): round 42 left 33
   c files (cloudplan, cloudsmith, cloverly, cloze, clustdoc, coda, codeclimate, codequiry,
   coinapi, coinbase, coinbase_waas, coinlayer, coinlib, collect2, column, commercejs,
   commodities, companyhub, confluent, contentfulpersonalaccesstoken, conversiontools,
   convertapi, convier, copper, countrylayer, craftmypdf, crowdin, cryptocompare,
   currencyfreaks, currencylayer, currencyscoop, currentsapi, customerguru; named by its rule
   from the default list).  This round takes those unread by rule 4 first, in alphabetical
   order of their path; c is then whole;
3. then round 42's rule 2: the letters in order of their count in rule 1, fewest first, ties
   in alphabetical order, skipping a letter with no unread file (x, q, y, j, k, u and z are
   whole); each letter's unread files in alphabetical order of their path
   (``pkg/detectors/<name>/...``, a detector's versions in order ``v1``, ``v2`` ...) until the
   round holds 35 files; the letter where the round reaches 35 is cut there, its other unread
   files left for a later round and named below from the default list (listing, not reading),
   and no further letter is taken.  Round 42 named v next (16 read; vercel and verifier
   unread);
4. a file is unread when its detector is in trufflehog's default list
   (``pkg/engine/defaults/defaults.go``, the detectors it builds, commented-out ones not
   counted, at the commit rounds 24-42 used, 0011995) and no earlier round's
   ``SOURCE_PATHS`` nor the public-format corpus' trufflehog lists name it (a corpus name
   shorter than the folder's, as ``shodan`` for shodankey, names that folder); a detector with
   versions (``<name>/v1``, ``v2``) counts each version the list builds as a file;
5. families as rounds 10, 11, 24-32, 34-36, 38, 39, 41 and 42 built them: a token with a prefix
   or a shape of its own a bare family and one in the verifier's request; a keyword-near-token
   detector a keyed family (a provider-named key) and a text family (the verifier's request
   with the token, then prose with and without a credential word); where a detector pairs two
   parts the family is the secret one and the other part is written into the request; a file
   whose match is public by design (an id a page embeds) gives no family, as round 39's
   squareup;
6. a detector whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 233 (no round has used it: no ``Round(...)`` registration nor heldout module names it as a
seed; 233 appears in rounds 31's and 39's docstrings only as a count), 7 samples per family,
round 2's carriers; seeds 7 and 99 are printed too.  Each file is read as the index stores it
(one version, not always the newest).

The rule applied (the default list as the index stores it, commit 0011995, the same as rounds
24-42's, listed after the rule above was written and before any detector file; the read names
recounted from rounds 2-43's ``SOURCE_PATHS`` and the corpus' two trufflehog lists): the list
builds the 33 c files round 42 named, none commented out and none named by round 42's or 43's
``SOURCE_PATHS`` (round 43's are Semgrep's) nor the corpus, so rule 2 takes all 33 and c is
whole (82 c files built, 49 read before).  Rule 3 then finds x, q, y, j, k, u and z whole and
v the next letter with unread files (its 16 read the fewest left): the list builds 18 v files
(vagrantcloudpersonaltoken, vatlayer, vbout, vercel, verifier, verimail, veriphone,
versioneye, viewneo, virustotal, visualcrossing, voiceflow, voicegain, voodoosms, vouchery,
vpnapi, vultrapikey, vyte), 16 read, so vercel and verifier are unread and both are taken:
**35 files, none left** of c and v; no detector among them has versions.  The recount agrees
with round 42's (33 c, then v's two).  No further letter is taken; the letters next by rule 1's
counts are o and w (19), then h (21), whether they have unread files left for a later round's
count.

Taken (35): cloudplan, cloudsmith, cloverly, cloze, clustdoc, coda, codeclimate, codequiry,
coinapi, coinbase, coinbase_waas, coinlayer, coinlib, collect2, column, commercejs,
commodities, companyhub, confluent, contentfulpersonalaccesstoken, conversiontools,
convertapi, convier, copper, countrylayer, craftmypdf, crowdin, cryptocompare, currencyfreaks,
currencylayer, currencyscoop, currentsapi, customerguru, vercel, verifier.  Every file gives a
family (70 families, 490 samples a seed).

Five providers an earlier round or the public-format corpus already has: Code Climate (rounds 2,
23 and 43), Coinbase (round 18: its CDP key name and EC private key; coinbase and coinbase_waas
here), Confluent (rounds 19 and 20, the corpus), Contentful (rounds 2, 13 and 17: its ``CFPAT-``)
and Vercel (round 2).  Group ``known`` is the families whose id starts with codeclimate,
coinbase, confluent, contentful or vercel.

Shapes of detector, carried as in :mod:`tests.unit.redact.heldout_round42`:

prefixed
    a token with a prefix or a shape of its own, bare in round 2's seven bare carriers and in
    the verifier's request: Coinbase's CDP and WaaS keys (both files ask an EC private key's PEM
    beside a key name ``organizations/<uuid>/apiKeys/<uuid>``; the family is the PEM, written as
    round 18 wrote its body, with escaped newlines as in a JSON string, the key name written into
    the request) and Contentful's personal access token (``CFPAT-`` and 43 of ``[a-zA-Z0-9-]``,
    first and last a letter or digit; the detector's class of 49 asks no prefix but its keyword
    is ``CFPAT-``);
keyword near token
    as round 42's, the provider's name at most 40 characters before a token; where a detector
    pairs parts the family is the secret one and the other is written into the request: Cloze's
    32 hex (its user's e-mail in the query), CompanyHub's 20 (its subdomain before it in the
    header), Confluent's API secret (64; its 16-character key in ``curl -u``), Copper's 32
    (its user's e-mail in ``X-PW-UserEmail``), CustomerGuru's 30-character API token (the part
    the detector reports; its 50-character API secret in the query) and Verifier's 96 (the
    e-mail it checks in the path).  Coda's ``[0-9a-z]`` UUID and Collect2's are written as a hex
    UUID (Collect2's token sits in the request's path), CoinAPI's 36 of ``[A-Z0-9-]`` as an
    upper-case hex UUID, CryptoCompare's 64 of ``[a-z0-9-]`` as 64 hex, Commerce.js' 48 of
    ``[a-z0-9_]`` as its secret key as issued (``sk_`` and 45; round 42's checio took the
    ``pk_`` one), Conversion Tools' ``ey`` and 157-165 of ``[a-zA-Z0-9_.]`` as an HS256 JWT of
    that length.  The ``\\b``-closed classes holding ``-``, ``_`` or ``:`` (Cloudplan's 32 of
    ``[A-Z0-9-]``, Cloverly's 28 of ``[a-z0-9:_]``, Codequiry's 64 of ``[a-zA-Z0-9-]``,
    CurrentsAPI's 48 of ``[a-zA-Z0-9_-]``) are written with first and last character a letter
    or digit.  Column's ``test_``/``live_`` and 27 needs its keyword ``column`` and is a near
    family.  Convier's token is two digits, ``|`` and 40 letters and digits.  Requests sending
    ``Basic`` of ``<key>`` or ``<key>:<secret>`` are written as ``curl -u`` (Column, Confluent).
    CustomerGuru's regexes take ``guru`` before the token, its keyword ``customerguru``; the
    families' word is ``customerguru``.  Coda, column, commodities, copper and verifier are
    everyday words; collect2 is also GCC's linker wrapper.

Formats are facts in our own notation, generated at test time; no rule text of the
source is copied.

First measurement, BEFORE any rule was changed for these families (seed 233, 7 per family,
rules as of main d49fe90 (their last change round 42's, ea19b37), run at the round's branch r44
plus this module and its lookalikes; run once, nothing tuned): strict **456/490 = 93.06%**,
loose 456/490 (prefixed 42/42, near 414/448; the providers an earlier set has 81/84, new
providers 375/406; by carrier: bare 21/21, keyed 220/224, text 215/245).  Seeds 7 and 99, same
rules: 456/490 = 93.06% and 455/490 = 92.86%.  Missed at seed 233, by family: a provider's name
in prose before its token, after ``<Name> client configured:`` and ``<name>:`` (3/7 missed each):
Cloze's 32 hex, Coda's and Collect2's UUIDs, Column's ``live_``/``test_`` key, Commodities' 60,
Confluent's 64, Copper's 32, Verifier's 96 (names not in the providers list, or kept out of free
text as names: cloze, confluent), and Convier's ``NN|`` and 40 (cut at ``|``, though convier is
in the list); a UUID under a key named for a provider not in the list (Coda 5/7, Collect2 5/7
keyed: ``CODA_KEY=<uuid>``, ``--coda-key <uuid>``); Collect2's UUID in its request's path (0/2);
Coinlib's 16 lower-case letters in prose (6/7).  At seeds 7 and 99 the same families, and
Column's key under ``COLUMN_KEY`` (3/7 and 1/7 missed), Convertapi's 16 in prose (6/7),
Cloudplan's 32 in prose (6/7 at seed 7).  The round-44 lookalikes: 8/600 touched at seed 233,
12 and 13 at corpus seeds 7 and 99, 64, 55 and 74 of 3000 at seeds 1, 2 and 3, of four kinds:
a Coinbase key name ``organizations/<uuid>/apiKeys/<uuid>`` after ``coinbase key name`` (rule
provider-name-near-credential), Commerce.js' ``pk_`` and 45 after ``public key`` (rule
klaviyo-private-key; round 42's checio family measures that shape as a secret, so this
lookalike contradicts an earlier family), ``Token token={CC_TOKEN}`` (secret-assignment takes
the placeholder, leaving its ``}``) and ``access_key=API_KEY&`` (secret-assignment).

``python -m tests.unit.redact.heldout_round44 --seed 233/7/99``; the lookalikes at other corpus
seeds by ``innocents_round44.lookalikes(seed, count)`` run through the default library.

The held-out figure is printed again by running this module against the rules of the
commit that adds its measured version (on the round's branch r44)::

    git worktree add --detach /tmp/r44base 123cb10  # on the round's branch r44
    cd /tmp/r44base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round44

Any figure measured after that is in-sample.  After the round-44 rules (cd487ea on r44; one rule
added, id-pipe-token, 457 rules, 456 on by default): Coda, Collect2, Column, Commodities, Copper
and Verifier (everyday words and GCC's linker wrapper, not in the providers list) and Cloze and
Confluent (kept out of free text as names) are weak names, with their keys' own shapes where a
random mix is not theirs (Cloze's 32 hex, Coda's and Collect2's hex UUID, Column's ``test_``/
``live_`` and 27, Copper's 32 and Verifier's 96 with a letter beyond hex); an id, ``|`` and 40
letters and digits that read as random is a token (Laravel Sanctum's plain-text token, Convier's;
the 40 replaced, the id kept); and three guards from the round's lookalikes (a URI template's
slot in braces as a scheme's parameter, ``Token token={CC_TOKEN}``; a credential constant's name
as a query's value, ``?access_key=API_KEY&``; a resource name of words and UUIDs joined by ``/``,
Coinbase's key name): **487/490 = 99.39%** strict, 487/490 loose (prefixed 42/42, near 445/448;
known 84/84, new 403/406; bare 21/21, keyed 224/224, text 242/245); seeds 7 and 99: 486/490 =
99.18% each.  The keyed UUIDs (``CODA_KEY=<uuid>``, ``--coda-key <uuid>``) and Column's ``COLUMN_KEY`` are
found once the names are weak names (provider-label-token and provider-name-near-credential read
the key's words), no key rule changed.
The round-44 lookalikes (the Commerce.js ``pk_`` one redrawn as a merchant id, since round 42's
checio family measures ``pk_`` and 45 as a secret; d49fe90's rules touch 11, 16 and 8/600 of the
redrawn set at corpus seeds 233, 7, 99, 48, 52 and 34 of 3000 at seeds 1-3): 0/600 at corpus
seeds 233, 7 and 99, and 0 of 3000 at seeds 1, 2 and 3; rounds 42's and 43's lookalikes 0 at
their seeds, 7 and 99 and 0 of 3000 at seeds 1-3; every other round's figures and lookalikes
unchanged (``python -m tests.unit.redact.figures --seeds`` on d49fe90 and on cd487ea: every round
line and every lookalike line identical, round 44's lines added); the labeled corpus 9960/9964 ->
9984/9988, the new rule's examples added and found, its four misses (an LDAP script's password)
the same before and after.  ``sightline bench redact --records 60000`` (d49fe90 and cd487ea
alternated, 3 pairs, CPU records/s; the machine shared, load about 5 on 2 cores): without
secrets 146,656 / 166,901, 154,862 / 167,867, 157,769 / 162,530 (medians 154,862 and 166,901),
with secrets 12,102 / 11,507, 11,847 / 12,495, 12,999 / 13,075 (medians 12,102 and 12,495):
within the noise (the with-secrets records differ, since they carry the library's examples and
cd487ea has one rule more; 60,505 and 60,446 replacements).

Left: Collect2's UUID in its request's path (``https://collect2.com/api/<uuid>/datarecord/``: a
UUID in a path is an id's place: its text family's two request samples at each seed, 5/7);
Coinlib's 16 lower-case letters and ConvertAPI's 16 letters in prose (one sample at some seeds:
16 is the length the lookalikes' ``<name>: <16 hex>`` guard keeps, and 16 letters with no digit
do not read as a token); Cloudplan's 32 upper-case letters and digits
with a ``-`` in prose (6/7 at seed 7).  After this round c and v are whole (every file of both in
the default list read); by rule 1's counts the next letters are o and w (19), then h (21).

The round was built on branch r44: 746799d (the rule), 123cb10 (the measurement), cd487ea (the
rules) and the commit adding these figures.  Cherry-picked onto main, they are 3926e62, cf3bf1f,
8c25b5f and caf0fa7; round 45, built beside it from the same base, came after (its rules leave this
round's figures as they were: ``python -m tests.unit.redact.figures --seeds`` on main, round 44
487/490 and its lookalikes 0).
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round44 import lookalikes
from tests.unit.redact.rounds import HeldOutRound, split_by_prefix
from tests.unit.redact.trufflehog_families import Trufflehog

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

# fixed other parts of multi-part credentials (ids, accounts, e-mails: not the secret measured)
_COINBASE_NAME = "organizations/5d0e8c2a-7b41-4f93-a6d2-19c8e3b7f054/apiKeys/8a3f61d9-2c7e-4b05-9e14-d6b2a0c97e38"
_CLOZE_USER = "ops@acmeledger.io"
_COMPANYHUB_ID = "acmeledger"
_CONFLUENT_KEY = "XK7Q2M9P4R6T1V8W"
_COPPER_USER = "ops@acmeledger.io"
_CUSTOMERGURU_SECRET = "q7Rk2Mx9Tb4Wn8Lc3Vz6Hp1Jd5Fg0Ys2Ea7Nu4Ko9Bi3Qt6Cw8"
_VERIFIER_EMAIL = "ops@acmeledger.io"

_TRUFFLEHOG = Trufflehog()
SOURCE_PATHS = _TRUFFLEHOG.source_paths
_near, _prefixed = _TRUFFLEHOG.near, _TRUFFLEHOG.prefixed

_B64 = "[A-Za-z0-9+/]"
# an EC P-256 key's PEM (its DER's fixed head MHcCAQEE, then base64) with escaped newlines, as in a JSON string
_EC_PEM = (
    "-----BEGIN EC PRIVATE KEY-----\\\\nMHcCAQEE" + _B64 + "{56}\\\\n" + _B64 + "{64}\\\\n" + _B64 + "{34}==\\\\n"
    "-----END EC PRIVATE KEY-----\\\\n"
)
_HEX_UUID = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"


PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed(
        "coinbase-cdp",
        _EC_PEM,
        "coinbase",
        '{"name": "' + _COINBASE_NAME + '", "privateKey": "{v}"}',
    ),
    *_prefixed(
        "coinbase-waas",
        _EC_PEM,
        "coinbase_waas",
        "waas pool client: api key name " + _COINBASE_NAME + ' private key "{v}"',
    ),
    *_prefixed(
        "contentful-pat",
        "CFPAT-[A-Za-z0-9][A-Za-z0-9-]{41}[A-Za-z0-9]",
        "contentfulpersonalaccesstoken",
        "GET https://api.contentful.com/organizations Authorization: Bearer {v}",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "cloudplan",
        "[A-Z0-9][A-Z0-9-]{30}[A-Z0-9]",
        "cloudplan",
        "cloudplan",
        "GET https://api.cloudplan.biz/api/user/me session_id: {v}",
    ),
    *_near(
        "cloudsmith",
        "[0-9a-f]{40}",
        "cloudsmith",
        "cloudsmith",
        "GET https://api.cloudsmith.io/v1/user/self/ Accept: application/json X-Api-Key: {v}",
    ),
    *_near(
        "cloverly",
        "[a-z0-9][a-z0-9:_]{26}[a-z0-9]",
        "cloverly",
        "cloverly",
        "GET https://api.cloverly.com/2019-03-beta/account Authorization: Bearer {v}",
    ),
    *_near(
        "cloze",
        "[0-9a-f]{32}",
        "cloze",
        "cloze",
        "GET https://api.cloze.com/v1/profile?user=" + _CLOZE_USER + "&api_key={v}",
    ),
    *_near(
        "clustdoc",
        "[0-9a-zA-Z]{60}",
        "clustdoc",
        "clustdoc",
        "GET https://clustdoc.com/api/users Accept: application/json Authorization: Bearer {v}",
    ),
    *_near(
        "coda",
        _HEX_UUID,
        "coda",
        "coda",
        "GET https://coda.io/apis/v1/whoami Authorization: Bearer {v}",
    ),
    *_near(
        "codeclimate",
        "[a-f0-9]{40}",
        "codeclimate",
        "codeclimate",
        "GET https://api.codeclimate.com/v1/user Accept: application/vnd.api+json Authorization: Token token={v}",
    ),
    *_near(
        "codequiry",
        "[a-zA-Z0-9][a-zA-Z0-9-]{62}[a-zA-Z0-9]",
        "codequiry",
        "codequiry",
        "GET https://codequiry.com/api/v1/checks apikey: {v}",
    ),
    *_near(
        "coinapi",
        "[A-F0-9]{8}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{4}-[A-F0-9]{12}",
        "coinapi",
        "coinapi",
        "GET https://rest.coinapi.io/v1/exchanges X-CoinAPI-Key: {v}",
    ),
    *_near(
        "coinlayer",
        "[a-z0-9]{32}",
        "coinlayer",
        "coinlayer",
        "GET https://api.coinlayer.com/api/live?access_key={v}",
    ),
    *_near(
        "coinlib",
        "[a-z0-9]{16}",
        "coinlib",
        "coinlib",
        "GET https://coinlib.io/api/v1/global?key={v}&pref=EUR",
    ),
    *_near(
        "collect2",
        _HEX_UUID,
        "collect2",
        "collect2",
        "GET https://collect2.com/api/{v}/datarecord/ Content-Type: application/json",
    ),
    *_near(
        "column",
        "(test|live)_[a-zA-Z0-9]{27}",
        "column",
        "column",
        "curl -u {v}: https://api.column.com/entities",
    ),
    *_near(
        "commercejs",
        "sk_[a-z0-9]{45}",
        "commercejs",
        "commercejs",
        "GET https://api.chec.io/v1/categories X-Authorization: {v}",
    ),
    *_near(
        "commodities",
        "[a-zA-Z0-9]{60}",
        "commodities",
        "commodities",
        "GET https://commodities-api.com/api/latest?access_key={v}",
    ),
    *_near(
        "companyhub",
        "[0-9a-zA-Z]{20}",
        "companyhub",
        "companyhub",
        "GET https://api.companyhub.com/v1/me Authorization: " + _COMPANYHUB_ID + " {v} Content-Type: application/json",
    ),
    *_near(
        "confluent",
        "[a-zA-Z0-9]{64}",
        "confluent",
        "confluent",
        "curl -u " + _CONFLUENT_KEY + ":{v} https://api.telemetry.confluent.cloud/v2/metrics/cloud/descriptors/resources",
    ),
    *_near(
        "conversiontools",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\\.eyJ[A-Za-z0-9]{73,81}\\.[A-Za-z0-9_]{42}[A-Za-z0-9]",
        "conversiontools",
        "conversiontools",
        "POST https://api.conversiontools.io/v1/tasks Content-Type: application/json Authorization: Bearer {v}",
    ),
    *_near(
        "convertapi",
        "[0-9a-zA-Z]{16}",
        "convertapi",
        "convertapi",
        "GET https://v2.convertapi.com/user?Secret={v}",
    ),
    *_near(
        "convier",
        "[0-9]{2}\\|[a-zA-Z0-9]{40}",
        "convier",
        "convier",
        "POST https://convier.me/api/event Authorization: Bearer {v}",
    ),
    *_near(
        "copper",
        "[a-z0-9]{32}",
        "copper",
        "copper",
        "POST https://api.copper.com/developer_api/v1/tasks/search X-PW-AccessToken: {v} X-PW-Application: developer_api"
        " X-PW-UserEmail: " + _COPPER_USER + " Content-Type: application/json",
    ),
    *_near(
        "countrylayer",
        "[a-z0-9]{32}",
        "countrylayer",
        "countrylayer",
        "GET https://api.countrylayer.com/v2/all?access_key={v}",
    ),
    *_near(
        "craftmypdf",
        "[0-9a-zA-Z]{35}",
        "craftmypdf",
        "craftmypdf",
        "GET https://api.craftmypdf.com/v1/get-account-info Content-Type: application/json X-API-KEY: {v}",
    ),
    *_near(
        "crowdin",
        "[0-9A-Za-z]{80}",
        "crowdin",
        "crowdin",
        "GET https://api.crowdin.com/api/v2/storages Authorization: Bearer {v}",
    ),
    *_near(
        "cryptocompare",
        "[a-f0-9]{64}",
        "cryptocompare",
        "cryptocompare",
        "GET https://min-api.cryptocompare.com/data/blockchain/list?api_key={v}",
    ),
    *_near(
        "currencyfreaks",
        "[0-9a-z]{32}",
        "currencyfreaks",
        "currencyfreaks",
        "GET https://api.currencyfreaks.com/latest?apikey={v}&format=xml",
    ),
    *_near(
        "currencylayer",
        "[a-z0-9]{32}",
        "currencylayer",
        "currencylayer",
        "GET https://api.currencylayer.com/live?access_key={v}",
    ),
    *_near(
        "currencyscoop",
        "[a-z0-9]{32}",
        "currencyscoop",
        "currencyscoop",
        "GET https://api.currencyscoop.com/v1/latest?api_key={v} Content-Type: application/json",
    ),
    *_near(
        "currentsapi",
        "[a-zA-Z0-9][a-zA-Z0-9_-]{46}[a-zA-Z0-9]",
        "currentsapi",
        "currentsapi",
        "GET https://api.currentsapi.services/v1/latest-news Authorization: {v}",
    ),
    *_near(
        "customerguru",
        "[a-z0-9A-Z]{30}",
        "customerguru",
        "customerguru",
        "GET https://customer.guru/export/customers?api_secret=" + _CUSTOMERGURU_SECRET + "&api_token={v}",
    ),
    *_near(
        "vercel",
        "[a-zA-Z0-9]{24}",
        "vercel",
        "vercel",
        "GET https://api.vercel.com/www/user Authorization: Bearer {v}",
    ),
    *_near(
        "verifier",
        "[a-z0-9]{96}",
        "verifier",
        "verifier",
        "GET https://verifier.meetchopra.com/verify/" + _VERIFIER_EMAIL + "?token={v}",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR

# the providers an earlier set has (see the docstring); the other families are "new"
_KNOWN = ("codeclimate", "coinbase", "confluent", "contentful", "vercel")
KNOWN, NEW = split_by_prefix(FAMILIES, _KNOWN)


ROUND = HeldOutRound(
    "round-44", __doc__, 233, FAMILIES, lookalikes, SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
