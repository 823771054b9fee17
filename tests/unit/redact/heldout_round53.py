"""A fifty-third held-out recall measure: Kingfisher rule files past ``diggernaut``, found by probing names.

``python -m tests.unit.redact.heldout_round53 [--seed N] [--per-family N] [--sources]``

The same source and method as round 49 (mongodb/kingfisher, the folder ``data/rules/`` as the index
stores it, commit 3397803), continued from where round 49 stopped: its last probed name was
``diggernaut``, and it left the candidates past it (``digitaloceantoken`` on, as its docstring
says) for a later round.  The index lists only the folder's first 100 paths, so a file past
``cloudsight`` is found by asking for its exact path.  Before this rule was committed no
Kingfisher rule file's text was read for this round, no name was probed and trufflehog's list was
not opened for it (the names past ``diggernaut`` are not known to this module yet).

The rule that chooses the files, written here before any name was probed, any rule file read and
any secret generated (round 49's rules 1-5, the start moved):

1. the candidate names are trufflehog's detector folder names (``pkg/detectors/<name>``, lower-case
   as they are, a versioned detector's folder once), as trufflehog's default list
   (``pkg/engine/defaults/defaults.go`` at 0011995, the commit rounds 24-49 counted; its built and
   its commented-out detectors, as round 47 counted them, the commented-out ones put in their
   places) imports them, in byte order, from the first name after ``diggernaut`` on;
2. each candidate is probed in that order: ``find_files(repo="mongodb/kingfisher",
   path="data/rules/<name>.yml")``; a name whose path is stored (at 3397803, or at the one version
   the index holds) exists.  A file that exists is taken unless a round read it: its name is named
   as a read Kingfisher or Titus file by an earlier round's ``SOURCE_PATHS`` or docstring (a grep of
   ``tests/unit/redact`` and ``README.md`` of this round's base, main 6e532f7, for the name, as
   rounds 46 and 49 checked; Titus's files carry Kingfisher's rule ids and mostly its file names, so
   the 98 Titus files rounds 17-19 read, ``adafruitio`` to ``eventbrite``, count as read by file
   name).  Probing stops when the round holds 35 files or the candidates end; the number of names
   probed and of files that existed is written below;
3. every rule of each file taken, in file order; round 33's rule 3 as round 43 wrote it: a rule
   whose match is no secret or only a public or identifying value (an id, an account number, a
   user or host name, an e-mail or IP address, a public key, a URL without credentials), a value
   of fewer than 8 characters, a rule whose pattern is another taken rule's character for
   character, is left out and named; a file all of whose rules are left out gives no family and
   still counts among the files read;
4. each rule left gives families as rounds 17, 43, 45, 46 and 49 built them: a token with a prefix
   or a fixed shape of its own a bare family and one in a request or log line; a rule that needs
   context before the value (the provider's name, a key or a word) a keyed family and a text
   family (the verifier's request drawn twice, then lines in the shape of the rule's examples); a
   connection string, URL or whole-line shape holding a secret a text family in the shape it
   describes; where the rule's pattern is wider than the provider's format the family writes the
   provider's; a rule taking several formats gives its families once, the alternatives drawn in
   turn; where a rule pairs parts (an id and a secret) the family is the secret, the other part
   written into the request;
5. the candidates are providers trufflehog has, so the rules written after the trufflehog rounds
   likely know many of them: what is measured is Kingfisher's patterns and examples for them,
   which may be looser than or different from trufflehog's.  As rounds 12 and 49 did, the figure
   is printed for the families whose provider an earlier round or the public-format corpus has
   (group ``known``) and for the others (``new``).

Seed 281 (no round has used it: no ``Round(...)`` registration nor heldout module on main 6e532f7
names it; 277 is taken by round 52, written beside this one), 7 samples per family, round 2's
carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round53`) are 600 lines in the families' contexts holding no
secret, as round 49's and round 51's are.

The rule applied (after the rule above was committed, 43aaea1 on branch r53).  The candidates:
``defaults.go`` as the index stores it (commit 0011995) imports the folders in byte order; past
``diggernaut`` they run ``digitaloceantoken``, ``digitaloceanv2``, ``discordbottoken`` ...; none of
round 47's commented-out detectors falls in the range probed.  **65 names probed**
(``digitaloceantoken`` to ``float``), **42 files existed** at 3397803; the 23 not stored:
digitaloceantoken, digitaloceanv2, discordbottoken, discordwebhook, dnscheck, docker, docusign,
dotmailer, dovico, duply, dwolla, easyinsight, edamam, eightxeight, enablex, endorlabs, exportsdk,
facebookoauth, faceplusplus, fastlypersonaltoken, fibery, figmapersonalaccesstoken, flightstats
(Kingfisher may hold some of these providers under other names, as its ``digitalocean.yml``, which
round 49 found stored; this round does not guess them).  Of the 42, seven are read by name,
all Titus files of rounds 17-19: doppler and dropbox (round 17), elevenlabs and eventbrite (round
18), disqus, dockerhub and droneci (round 19).  The other 35 are taken and reach the round's 35 at
``float``: ditto, docparser, documo, dronahq, dynalist, dyspatch, eagleeyenetworks, ecostruxureit,
edenai, elasticemail, enigma, envoyapikey, eraser (Titus's ``eraserio``, read by round 17, is
another file name), etherscan, ethplorer, everhour, exchangerateapi, exchangeratesapi,
extractorapi, fastforex, feedier, fetchrss, fileio, finage, financialmodelingprep, findl, finnhub,
fixerio, flatio, fleetbase, flexport, flickr, flightapi, flightlabs, float.  (``flowflu``, the
name after ``float``, was probed in the same batch of look-ups, past the stop; it is not stored
and counts for nothing.)  The grep of rule 2 finds each of the 35 names only as a trufflehog
detector or a provider's name (rounds 5, 7, 10, 12, 24, 25, 29, 41 and 50, the corpus' lists;
``eraser`` also within round 17's ``eraserio``), never as a read Kingfisher or Titus file.  Left for a later round: the candidates past ``float``
(``flowflu`` on), and Kingfisher's files whose names are no trufflehog folder's.

Left out by rule 3 (1): eagleeyenetworks.yml's second rule, ``kingfisher.eagleeyenetworks.2``
(an e-mail address; the first rule's password asks it as its user).  Each other file holds one
rule.  Twenty-five are of round 46's shape (the provider's name, a credential word, SECRET,
PRIVATE, ACCESS, KEY or TOKEN, within 32 (Eagle Eye's and ExchangeRate-API's within 16), then the
token within 32); Enigma's, Everhour's and FastForex's take the token within 32 of the name and
Findl's and FlightLabs' within 16, with no credential word; Finage's asks ``API_KEY`` within 8 of
its name and the token within 16 of it.  Three are shapes of their own: Documo's JWT
(``ey`` and 34, ``.ey`` and 154, ``.`` and 43), Fleetbase's ``flb_live_`` and 20, Flexport's
``shltm_`` and 40 (a bare family and one in its request each).  The 32 others give a keyed family
and a text family each (round 46's keys and lines, as round 49's: the verifier's request drawn
twice, then the file's examples' shapes, ``<name>_key =``, ``<name> private key:``, ``<Name> access
token ... rotated``; Finage's keys and lines are those its ``API_KEY`` allows).  The examples'
shapes written: ``ditto_key =``, ``docparser_key=``, ``docparser_token``, ``dronahq SECRET``,
``dronahq TOKEN``, ``dynalist_token =``, ``dynalist_key =``, ``DYSPATCH_API_KEY=``,
``DYSPATCH_SECRET=``, ``eagleeyenetworks ACCESS``/``SECRET``/``TOKEN``, ``ecostruxureit SECRET``,
``edenai_token =``, ``elastic_key =``, ``enigma=``, ``envoy_token=``, ``eraser_token =``,
``etherscan SECRETKEY=``, ``ethplorerSecretKey-``, ``everhour=``, ``exchangerate TOKEN=``,
``exchangerate SECRET=``, ``exchangerates_api_key=``, ``EXCHANGERATES_ACCESS_TOKEN=``,
``extractorapi_key``, ``extractorapi_secret``, ``fastforex``, ``fastforex-``, ``feedier
PRIVATEKEY``, ``feedier-ACCESS-KEY``, ``feedier-SECRET``, ``fetchrssSECRET_KEY=``,
``fetchrssACCESS_KEY=``, ``fileioSECRETKEY-``, ``fileio.PRIVATE.TOKEN-``, ``fileio_ACCESS-``,
``finage API_KEY =``, ``financialmodelingprep_KEY=``, ``financialmodelingprep_TOKEN=``,
``findl=``, ``finnhub SECRET``, ``finnhubTOKEN=``, ``fixer SECRET``, ``fixer KEY``,
``flatSECRET=``, ``flatTOKEN=``, ``flickr SECRET``, ``flickr KEY``, ``flightapi SECRET``/``KEY``/
``ACCESS``, ``flightlabs_key=``, ``float_key=``.  Where the rule is wider than the provider's
format the family writes the provider's, as the trufflehog rounds that read the same providers
wrote it or as the file's example shows: Ditto's UUID and 40 as hex; Docparser's, DronaHQ's and
FlightAPI's as in the rule (hex for FlightAPI, as its examples); Dynalist's 128 and Flexport's 40
of ``[A-Za-z0-9_-]``, Ethplorer's 22 of ``[A-Za-z0-9-]`` and ElasticEmail's 96 of
``[A-Za-z0-9_-]`` with a letter or digit at each end; Dyspatch's 52 (case-insensitive in the
rule) as upper-case letters and digits, its provider's; EcoStruxure IT's ``AK1`` and 50-55 ending
in a letter or digit; Eden AI's and FlightLabs' tokens as the JWTs they are (a fixed HS256 header
of 36, ``eyJ`` and the payload, a signature of 43; FlightLabs' payload and signature 300-350 as
the rule asks); Documo's likewise; Everhour's, Fixer's, Flat.io's, Flickr's and
ExchangeRates/ExchangeRate-API's as lower-case hex, their providers'; Findl's UUID as hex;
FastForex's 28 as lower-case letters and digits (its examples'); FetchRSS's 40 of
``[a-zA-Z0-9.]`` as letters and digits (its examples'); File.io's 39 of ``[A-Z0-9.-]`` as the
trufflehog round wrote it (round 24: upper-case letters, digits, ``.`` and ``-`` inside, a letter
or digit at each end).  Requests that send the token in a header are written as the file sends
it (Documo's ``Basic <v>``, Ditto's ``token <v>``), ExchangeRate-API's and FlightAPI's in the URL's
path, as their files send them.  35 rules give 70 families (``SOURCE_PATHS``), 490 samples a seed.

Every provider is one an earlier round or the corpus has: trufflehog's detectors of the same
names were read by round 29 (ditto to dyspatch), round 7 (eagleeyenetworks to extractorapi) and
round 24 (fastforex to float; fleetbase by round 5 too), round 12 read FastForex, and the corpus
has Etherscan and Finnhub.  Group ``known`` is all 70 families and ``new`` is empty (not printed).

First measurement, BEFORE any rule was changed for these families (seed 281, 7 samples per family,
rules as of main 6e532f7 (their last change round 51's); the module written and run once, nothing
tuned): strict **480/490 = 97.96%**, loose 480/490 (prefixed 42/42, near 438/448; by carrier: bare
21/21, keyed 224/224, text 235/245).  Seeds 7 and 99, same rules: 480/490 = 97.96% and 478/490 =
97.55%.  Missed at seed 281, all in text, each one line shape of the file's examples or requests:
a credential word in capitals the rules do not take there: ``KEY`` apart after a lower-case name
before 32 hex (``fixer KEY``, ``flickr KEY``), ``ACCESS`` apart before 15 letters and digits
(``eagleeyenetworks ACCESS``, shorter than the 20 the credential words take), ``ACCESS`` joined by
``-`` to the token (``fileio_ACCESS-<39>``); a credential word glued to the name and joined by
``-`` (``ethplorerSecretKey-<22>``); the name alone before the token, with no credential word
(``fastforex <28>`` and ``fastforex-<28>``, both of FastForex's example shapes; ``findl=<uuid>``, a
UUID reading as an id); FlightAPI's key as its request's path segment (2 of 2, as round 49's
Collect2).  At seed 99 besides: ``Eraser access token <20 letters, no digit> rotated by ops`` and
``fileio private key: <39 with '.' and '-'>``.  The round-53 lookalikes: 0/600 touched at corpus
seeds 281, 7 and 99.

The commit that holds the paragraph above (43b59af on branch r53, its message beginning
"heldout_round53, innocents_round53") holds this module and main 6e532f7's rules, so the held-out
figure is printed again by a worktree of that commit (480/490, lookalikes 0/600)::

    git worktree add --detach /tmp/r53base 43b59af  # on the round's branch r53
    cd /tmp/r53base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round53

Any figure measured after that is in-sample.  After the round-53 rule change (2515653; no rule
added, 459 rules, 458 on by default): credential-word-token takes ``KEY`` in capitals apart after a
lower-case name, as round 49 took ``ACCESS`` and ``PRIVATE`` (``fixer KEY <32 hex>``, ``flickr KEY
<32 hex>``: Fixer and Flickr are weak provider names, so no provider rule took them), and the three
after a name and ``_`` (``fileio_ACCESS-<39>``); the word before is checked as before (``primary
KEY``, ``sort KEY``, ``cache_KEY`` stay) and the token must read as random: strict **483/490 =
98.57%**, loose the same (prefixed 42/42, near 441/448; bare 21/21, keyed 224/224, text 238/245);
seeds 7 and 99: 483/490 = 98.57% and 481/490 = 98.16%.  The round-53 lookalikes: 0/600 at corpus
seeds 281, 7 and 99, and 0 of 3000 at seeds 1, 2 and 3 (the same on 6e532f7's rules).  Every other
round's figures and lookalikes unchanged (``python -m tests.unit.redact.figures --seeds`` in
worktrees of 6e532f7 and of 2515653: every round and lookalike line identical, the labeled corpus
10092/10096 -> 10104/10108, the rule's new example and negative; round 53 is not printed there,
round 52 not being on main, so its figures above are this module's own).  ``sightline bench redact
--records 60000`` (6e532f7 and 2515653 alternated, 3 pairs, CPU records/s; the machine shared,
load 3.4-4.8 on 2 cores): without secrets 179,699 / 181,736, 186,660 / 173,599, 169,073 / 177,609
(medians 179,699 and 177,609), with secrets 13,819 / 14,549, 14,188 / 13,986, 13,147 / 13,921
(medians 13,819 and 13,986): within the noise (the records with secrets are drawn from the rules'
examples, one more here: 60,449 and 60,346 replacements).

Left (7 of 490 at seed 281): Eagle Eye's 15 after ``eagleeyenetworks ACCESS`` (shorter than the 20
the credential words take); ``ethplorerSecretKey-<22>`` (a capitalised word before ``-`` is a
name's part by round 46's guard); FastForex's 28 after its name alone, apart or joined by ``-``
(``fastforex <28>``, ``fastforex-<28>``: a name and a random mix with no credential word, the shape
of a generated resource name; round 49 left Cloudsmith's likewise); ``findl=<uuid>`` (a UUID after a
weak name reads as an id); FlightAPI's 24 hex as its request's path segment (2 of 2; an id's shape
in a path, as round 49's Collect2).  At seed 99 besides: ``Eraser access token <20 letters, no
digit>`` (letters alone read as a token from 24 on) and ``fileio private key: <39>`` whose drawn
value holds ``-.`` and ends ``.3`` (the pattern round 24 wrote, wider than File.io's own
``XXXXXXX.XXXXXXX-...``).  Left for a later round: the candidates past ``float`` (``flowflu``
on) and Kingfisher's files whose names are no trufflehog folder's.

The round was built on branch r53 from main 6e532f7: 43aaea1 (the rule), 43b59af (the
measurement), 2515653 (the rule change) and the commit adding these figures; round 52 was built
beside it at the same time.

Formats are facts in our own notation, generated at test time; no rule text of the sources is
copied.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round53 import PROVIDERS, lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound, split_by_prefix

__all__ = ["FAMILIES", "KNOWN", "NEW", "SOURCE_PATHS", "run", "samples"]

_AN = "[A-Za-z0-9]"
_HEX_UUID = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"
# a JWT's header as HS256 issues it ({"alg":"HS256","typ":"JWT"} and {"typ":"JWT","alg":"HS256"})
_JWT_HEAD = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
_JWT_HEAD_TYP = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9"

SOURCE_PATHS: dict[str, str] = {}
_KF = Families("kingfisher", "mongodb/kingfisher:data/rules/", SOURCE_PATHS)


def _kf(fid: str, pattern: str, word: str, request: str, *examples: str) -> tuple[HeldFamily, HeldFamily]:
    """A Kingfisher rule of its usual shape (:meth:`~tests.unit.redact.rounds.Families.name_and_word`),
    read from the file named by the family id less ``-api-key``."""
    return _KF.name_and_word(fid, pattern, word, f"{fid.removesuffix('-api-key')}.yml", request, *examples)


PREFIXED: tuple[HeldFamily, ...] = (
    *_KF.prefixed(
        "documo-api-key",
        f"{_JWT_HEAD}\\.eyJ{_AN}{{153}}\\.{_AN}[A-Za-z0-9_-]{{41}}{_AN}",
        "documo.yml",
        "curl -H 'Content-Type: application/json' -H 'Authorization: Basic {v}' https://api.documo.com/v1/me",
        "documo api key {v}",
    ),
    *_KF.prefixed(
        "fleetbase-api-key",
        f"flb_live_{_AN}{{20}}",
        "fleetbase.yml",
        "curl -H 'Authorization: Bearer {v}' https://api.fleetbase.io/v1/contacts/",
        "fleetbase api key {v}",
    ),
    *_KF.prefixed(
        "flexport-api-key",
        f"shltm_{_AN}[A-Za-z0-9_-]{{38}}{_AN}",
        "flexport.yml",
        "curl -H 'Authorization: Bearer {v}' https://logistics-api.flexport.com/logistics/api/2024-04/webhooks",
        "flexport api key {v}",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_kf("ditto-api-key", f"{_HEX_UUID}\\.[a-f0-9]{{40}}", "ditto",
         "curl -H 'Authorization: token {v}' https://api.dittowords.com/variants",
         "ditto_key = {v}"),
    *_kf("docparser-api-key", "[a-f0-9]{40}", "docparser",
         "curl -H 'Accept: application/json' 'https://api.docparser.com/v1/parsers?api_key={v}'",
         "docparser_key={v}", "docparser_token {v}"),
    *_kf("dronahq-api-key", "[a-z0-9]{50}", "dronahq",
         "GET https://plugin.api.dronahq.com/users/?tokenkey={v} Accept: application/json",
         "dronahq SECRET {v}", "dronahq TOKEN {v}"),
    *_kf("dynalist-api-key", f"{_AN}[A-Za-z0-9_-]{{126}}{_AN}", "dynalist",
         "POST https://dynalist.io/api/v1/file/list Content-Type: application/json {\"token\": \"{v}\"}",
         "dynalist_token = {v}", "dynalist_key = {v}"),
    *_kf("dyspatch-api-key", "[A-Z0-9]{52}", "dyspatch",
         "curl -H 'Authorization: Bearer {v}' -H 'Accept: application/vnd.dyspatch.2020.11+json' https://api.dyspatch.io/templates",
         "DYSPATCH_API_KEY={v}", "DYSPATCH_SECRET={v}"),
    *_kf("eagleeyenetworks-api-key", f"{_AN}{{15}}", "eagleeyenetworks",
         "POST https://login.eagleeyenetworks.com/g/aaa/authenticate Content-Type: application/json "
         "{\"username\": \"ops@acmeledger.io\", \"password\": \"{v}\"}",
         "eagleeyenetworks ACCESS {v}", "eagleeyenetworks SECRET {v}", "eagleeyenetworks TOKEN {v}"),
    *_kf("ecostruxureit-api-key", "AK1[0-9a-zA-Z/]{49,54}[0-9a-zA-Z]", "ecostruxureit",
         "curl -H 'Accept: application/json' -H 'Authorization: Bearer {v}' https://api.ecostruxureit.com/rest/v1/organizations",
         "ecostruxureit SECRET {v}"),
    *_kf("edenai-api-key", f"{_JWT_HEAD}\\.eyJ{_AN}{{89}}\\.[A-Za-z0-9_]{{42}}{_AN}", "edenai",
         "curl -H 'Authorization: Bearer {v}' https://api.edenai.run/v1/automl/text/project",
         "edenai_token = {v}"),
    *_kf("elasticemail-api-key", f"{_AN}[A-Za-z0-9_-]{{94}}{_AN}", "elastic",
         "GET https://api.elasticemail.com/v2/account/profileoverview?apikey={v}",
         "elastic_key = {v}"),
    *_kf("enigma-api-key", f"{_AN}{{40}}", "enigma",
         "POST https://api.enigma.com/businesses/match Content-Type: application/json x-api-key: {v}",
         "enigma={v}"),
    *_kf("envoyapikey-api-key", f"{_AN}{{220}}", "envoy",
         "curl -H 'Accept: application/vnd.envoy+json; version=3' -H 'X-Api-Key: {v}' https://api.envoy.com/v1/locations",
         "envoy_token={v}"),
    *_kf("eraser-api-key", f"{_AN}{{20}}", "eraser",
         "POST https://app.eraser.io/api/render/elements Content-Type: application/json Authorization: Bearer {v}",
         "eraser_token = {v}"),
    *_kf("etherscan-api-key", "[0-9A-Z]{34}", "etherscan",
         "GET https://api.etherscan.io/api?module=account&action=balance"
         "&address=0x1f9090aaE28b8a3dCeaDf281B0F12828e676c326&tag=latest&apikey={v}",
         "etherscan SECRETKEY={v}"),
    *_kf("ethplorer-api-key", f"{_AN}[A-Za-z0-9-]{{20}}{_AN}", "ethplorer",
         "POST https://api-mon.ethplorer.io/createPool Content-Type: application/x-www-form-urlencoded "
         "apiKey={v}&addresses=0xb2930b35844a230f00e51431acae96fe543a0347",
         "ethplorerSecretKey-{v}"),
    *_kf("everhour-api-key", "[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}-[a-f0-9]{6}-[a-f0-9]{8}", "everhour",
         "curl -H 'Content-Type: application/json' -H 'X-Api-Key: {v}' https://api.everhour.com/clients",
         "everhour={v}"),
    *_kf("exchangerateapi-api-key", "[a-f0-9]{24}", "exchangerate",
         "curl -H 'Authorization: Bearer {v}' https://v6.exchangerate-api.com/v6/{v}/latest/USD",
         "exchangerate TOKEN={v}", "exchangerate SECRET={v}"),
    *_kf("exchangeratesapi-api-key", "[a-f0-9]{32}", "exchangerates",
         "GET https://api.exchangeratesapi.io/v1/latest?access_key={v}",
         "exchangerates_api_key={v}", "EXCHANGERATES_ACCESS_TOKEN={v}"),
    *_kf("extractorapi-api-key", f"{_AN}{{40}}", "extractorapi",
         "GET https://extractorapi.com/api/v1/extractor?apikey={v}&url=example.com",
         "extractorapi_key {v}", "extractorapi_secret {v}"),
    *_kf("fastforex-api-key", "[a-z0-9]{28}", "fastforex",
         "GET https://api.fastforex.io/fetch-all?api_key={v}",
         "fastforex {v}", "fastforex-{v}"),
    *_kf("feedier-api-key", f"{_AN}{{32}}", "feedier",
         "curl -H 'Accept: application/json' -H 'Authorization: Bearer {v}' https://api.feedier.com/v1/carriers",
         "feedier PRIVATEKEY {v}", "feedier-ACCESS-KEY {v}", "feedier-SECRET {v}"),
    *_kf("fetchrss-api-key", f"{_AN}{{40}}", "fetchrss",
         "GET https://fetchrss.com/api/v1/feed/list?auth={v}",
         "fetchrssSECRET_KEY={v}", "fetchrssACCESS_KEY={v}"),
    *_kf("fileio-api-key", "[A-Z0-9][A-Z0-9.-]{37}[A-Z0-9]", "fileio",
         "curl -H 'Authorization: Bearer {v}' https://file.io/",
         "fileioSECRETKEY-{v}", "fileio.PRIVATE.TOKEN-{v}", "fileio_ACCESS-{v}"),
    # Finage's rule asks API_KEY within 8 characters of the name: its keys and lines are those
    *_KF.keyed_and_text(
        "finage-api-key", "[0-9A-Z]{32}", "finage.yml",
        ("FINAGE_API_KEY", "finage_api_key", "Finage_API_KEY"),
        "GET https://api.finage.co.uk/symbol-list/crypto?apikey={v}",
        "GET https://api.finage.co.uk/symbol-list/crypto?apikey={v}",
        "finage API_KEY = {v}",
        "FINAGE_API_KEY={v}",
        "finage api_key: {v}",
        "Finage API_KEY {v} rotated by ops",
    ),
    *_kf("financialmodelingprep-api-key", f"{_AN}{{32}}", "financialmodelingprep",
         "curl -H 'Accept: application/json' 'https://financialmodelingprep.com/api/v3/financial-statement-symbol-lists?apikey={v}'",
         "financialmodelingprep_KEY={v}", "financialmodelingprep_TOKEN={v}"),
    *_kf("findl-api-key", _HEX_UUID, "findl",
         "curl -H 'X-API-Key: {v}' 'https://api.findl.com/v1.0/query?limit=6'",
         "findl={v}"),
    *_kf("finnhub-api-key", "[0-9a-z]{20}", "finnhub",
         "GET https://finnhub.io/api/v1/calendar/economic?token={v}",
         "finnhub SECRET {v}", "finnhubTOKEN={v}"),
    *_kf("fixerio-api-key", "[a-f0-9]{32}", "fixer",
         "GET https://data.fixer.io/api/latest?access_key={v}",
         "fixer SECRET {v}", "fixer KEY {v}"),
    *_kf("flatio-api-key", "[a-f0-9]{128}", "flat",
         "curl -H 'Authorization: Bearer {v}' -H 'Accept: application/json' https://api.flat.io/v2/me",
         "flatSECRET={v}", "flatTOKEN={v}"),
    *_kf("flickr-api-key", "[a-f0-9]{32}", "flickr",
         "GET https://www.flickr.com/services/rest/?method=flickr.tags.getHotList&api_key={v}",
         "flickr SECRET {v}", "flickr KEY {v}"),
    *_kf("flightapi-api-key", "[a-f0-9]{24}", "flightapi",
         "GET https://api.flightapi.io/iata/{v}/london/airport",
         "flightapi SECRET {v}", "flightapi KEY {v}", "flightapi ACCESS {v}"),
    *_kf("flightlabs-api-key", f"{_JWT_HEAD_TYP}\\.eyJ{_AN}{{257,297}}\\.{_AN}[A-Za-z0-9_-]{{41}}{_AN}", "flightlabs",
         "GET https://app.goflightlabs.com/airports?access_key={v}",
         "flightlabs_key={v}"),
    *_kf("float-api-key", "[a-f0-9]{16}[A-Za-z0-9+/]{42,43}=", "float",
         "curl -H 'Authorization: Bearer {v}' -H 'User-Agent: acmeledger (ops@acmeledger.io)' https://api.float.com/v3/people",
         "float_key={v}"),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR

# every provider is one an earlier round or the corpus has (see the docstring): NEW is empty
KNOWN, NEW = split_by_prefix(FAMILIES, tuple(PROVIDERS))

ROUND = HeldOutRound(
    "round-53",
    __doc__,
    281,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "known": KNOWN},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
