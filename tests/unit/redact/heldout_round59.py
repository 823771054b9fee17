"""A fifty-ninth held-out recall measure: Kingfisher rule files past ``notion``, found by probing names.

``python -m tests.unit.redact.heldout_round59 [--seed N] [--per-family N] [--sources]``

The same source and method as rounds 49, 53, 54, 56, 57 and 58 (mongodb/kingfisher, the folder
``data/rules/`` as the index stores it, commit 3397803), continued from where round 58 stopped: its
last counted probe was ``notion``; ``nozbeteams`` was probed past the stop (stored) and not taken,
so this round starts with it.  Before this rule was committed no Kingfisher rule file's text was
read for this round, no name was probed for it and trufflehog's list was not opened for it (round
58's docstring names only ``nozbeteams``, stored, ``npmtoken``, not stored, and ``npmtokenv2``).

The rule that chooses the files, written here before any name was probed, any rule file read and
any secret generated (round 58's rules 1-5, the start moved):

1. the candidate names are trufflehog's detector folder names (``pkg/detectors/<name>``, lower-case
   as they are, a versioned detector's folder once), as trufflehog's default list
   (``pkg/engine/defaults/defaults.go`` at 0011995, the commit rounds 24-58 counted; its built and
   its commented-out detectors, as round 47 counted them, the commented-out ones put in their
   places) imports them, in byte order, from ``nozbeteams`` on (the first name after ``notion``);
2. each candidate is probed in that order: ``find_files(repo="mongodb/kingfisher",
   path="data/rules/<name>.yml")``; a name whose path is stored (at 3397803, or at the one version
   the index holds) exists.  A file that exists is taken unless a round read it: its name is named
   as a read Kingfisher or Titus file by an earlier round's ``SOURCE_PATHS`` or docstring (a grep of
   ``tests/unit/redact`` and ``README.md`` of this round's base, 4ebf1c3, for the name, as rounds
   46, 49 and 53-58 checked; the 98 Titus files rounds 17-19 read, ``adafruitio`` to
   ``eventbrite``, count as read by file name).  Probing stops when the round holds 35 files or
   the candidates end; the number of names probed and of files that existed is written below;
3. every rule of each file taken, in file order; round 33's rule 3 as round 43 wrote it: a rule
   whose match is no secret or only a public or identifying value (an id, an account number, a
   user or host name, an e-mail or IP address, a public key, a URL without credentials), a value
   of fewer than 8 characters, a rule whose pattern is another taken rule's character for
   character, is left out and named; a file all of whose rules are left out gives no family and
   still counts among the files read;
4. each rule left gives families as rounds 17, 43, 45, 46, 49 and 53-58 built them: a token with a
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
   which may be looser than or different from trufflehog's.  As rounds 12, 49 and 53-58 did, the
   figure is printed for the families whose provider an earlier round or the public-format corpus
   has (group ``known``) and for the others (``new``).

Seed 317 (no round has used it: no ``Round(...)`` registration nor heldout module on 4ebf1c3 names
it as a seed; 277, 281, 283, 293, 307, 311 and 313 are taken by rounds 52-58), 7 samples per
family, round 2's carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round59`) are 600 lines in the families' contexts holding no
secret, as rounds 49's and 51-58's are.  Their provider word is the provider's name, never a
file's name that carries a credential word (a file ``<provider>token.yml`` gives the lookalikes
``<provider>``): round 57 found that a line ``lokalisetoken: <hex>`` is a value under a key named
token, which the library takes by design, so the lookalikes are drawn with the provider's name
from the start.

The rule applied (after the rule above was committed, d1dce43 on branch r59).  The candidates:
``defaults.go`` as the index stores it (``find_files`` names b9ffb95 as the stored version,
``read_file`` returned 0011995's text) imports the folders in byte order; from ``nozbeteams`` they
run ``npmtoken``, ``npmtokenv2``, ``nugetapikey``, ``numverify`` ...; no commented-out detector of
round 47's list falls between ``nozbeteams`` and ``pipedream`` (its next ones, ``raven``,
``restpack``, ``rockset``, come later).  **50 names probed** (``nozbeteams`` to ``pipedream``),
**36 files exist** at 3397803: nozbeteams, numverify, nvapi, nylas, oanda, okta, omnisend,
onesignal, onfleet, oopspam, openai, opencagedata, openuv, openweather, optimizely, overloop,
owlbot, packagecloud, pagarme, pagerdutyapikey, pandadoc, pandascore, paperform, paralleldots,
parseur, partnerstack, pastebin, paydirtapp, paymoapp, paymongo, paystack, pdflayer, pdfshift,
peopledatalabs, pepipost, pipedream.  The 14 not stored: npmtoken, npmtokenv2, nugetapikey,
nutritionix, onedesk, onelogin, onepagecrm, openvpn, opsgenie, parsehub, parsers, paypaloauth,
percy, pinata.  Rule 2's check (a grep of ``tests/unit/redact`` and ``README.md`` on 4ebf1c3 for
``<name>.yml``/``<name>.yaml``, and every earlier round's ``SOURCE_PATHS`` imported and searched
for the file names) finds one read: ``paystack.yml``, read by round 4 (``heldout_round4``'s
``paystack`` families), so it is not taken; the other 35 appear only as trufflehog detectors (rounds
5, 8, 10, 32 and others), providers or lookalikes' contexts.  So the round reaches 35 at
``pipedream``, where probing stopped (the probes were made in batches; none past ``pipedream`` was
made).  The next round starts after ``pipedream``: ``pipedrive`` is its first candidate.

The files hold 36 rules (Okta's two, the others one each).  One is left out by rule 3: Okta's
second rule (``okta.yml`` rule 2, the org's domain ``<name>.okta.com``, a host name, hidden by the
file itself).  The 35 left give 70 families (``SOURCE_PATHS``), 490 samples a seed: 32 rules of
Kingfisher's usual shape (the provider's name, a credential word within 32 characters, the
token; Nozbe's, Okta's, OpenWeather's, PagerDuty's, Parseur's and Pepipost's the name (or
``ssws``, ``pyowm``, ``owm``, ``pd_``, ``netcore``) alone), a keyed family and a text family each
(the verifier's request drawn twice, the examples' shapes: ``nozbe <v>``, ``nozbeteams <v>``,
``numverify SECRET``, ``nylas_token =``, ``oanda SECRET key``, ``oanda ACCESS TOKEN``,
``okta_api_token=``, ``OKTA_API_KEY = "..."``, ``okta_secret:``, ``Authorization: SSWS``, a
Terraform ``variable "corp_okta_api_token" { default = "..." }``, ``omnisend_token =``,
``onesignal_key=``, ``ONESIGNAL_SECRET_KEY=``, ``onfleetSECRET=``, ``oopspam_token =``,
``opencagedata_key <v>`` (``_secret``, ``_token``), ``openuv_key=``, ``openuv_access_token=``,
``pyowm = '...'``, ``owm = '...'``, ``openweatherapikey=``, ``apikey=openweather:``,
``optimizely_token =``, ``overloop_key=``, ``overloop_secret=``, ``owlbot SECRET``, ``owlbot
TOKEN``, ``packagecloud accessKEY``, ``packagecloud:token=``, a JSON ``"packagecloud_secret"``,
``packagecloudPRIVATEkey``, ``pagerduty_key =``, ``pd_key =``, ``pandadoc PRIVATE`` ...
``pandadoc TOKEN``, ``pandascore_token=``, ``PANDASCORE_SECRET=``, ``paperformSECRET-``,
``paralleldots_key=``, ``paralleldots_token=``, ``parseur x <v>``, ``partnerstack_key=``,
``PARTNERSTACK_ACCESS_TOKEN=``, ``pastebin_key=``, ``pastebin_api_token=``, ``paydirtapp SECRET
key``, ``paydirtapp ACCESS code``, ``paymoapp_key =``, ``paymongo_key =``, ``pdflayer_key=``,
``PDFLAYER_ACCESS_TOKEN=``, ``pdflayer_secret=``, ``pdfshift SECRET``, ``pdfshift ACCESS``,
``pdfshift-KEY``, ``peopledatalabsSECRET=``, ``peopledatalabsACCESS-TOKEN=``, ``pepipost=``,
``netcore_api=``, ``pipedream_key =``), then ``<name>_key =``, ``<name> private key:`` and
``<Name> access token ... rotated``; NVIDIA's keys (``nvapi-``), OpenAI's (``sk-``) and Pagar.me's
(``ak_live_``) a bare family and one in a request each.  PagerDuty's keys and lines use
``pagerduty`` (the file is ``pagerdutyapikey.yml``), Nozbe's ``nozbe`` (the rule asks ``nozbe`` or
``nozbeteams``).

Where the rule is wider than the provider's format the family writes the provider's:
Numverify's, pdflayer's, OpenCage's, OpenWeather's, Onfleet's and Pipedream's keys as 32 hex,
Owlbot's and PandaDoc's as 40 hex, People Data Labs' as 64 hex; Omnisend's as 24 hex, ``-`` and 50
letters and digits (75, the rule's length); OpenAI's older keys as ``sk-``, 20, ``T3BlbkFJ`` and 20;
PayMongo's as ``sk_live_``/``sk_test_`` and 24 (32, the rule's length); Okta's as ``00`` and 40
of base64url; PagerDuty's as ``u+`` and 18; Paperform's (850 to 1000 characters) as a JWT signed
RS256 (881 characters); Optimizely's as the rule's example begins, ``2:`` and 52 of the rule's
alphabet; Pastebin's as 32 letters and digits; the rules' alphabets with a letter or digit at each
end for Nozbe's, NVIDIA's, Overloop's and PandaScore's.  OneSignal's is a UUID as the rule takes
it (kept: the rule and its verifier treat it as the key).  Requests that send the key as Basic
auth are written as ``curl -u`` (OneSignal, Onfleet and packagecloud ``'<v>:'``, Paymo
``'<v>:X'``, PayMongo ``'<v>:'``); PDFShift's verifier sends no key, so its request is written as
the provider's Basic auth ``curl -u 'api:<v>'``; People Data Labs' request asks an e-mail address
in place of the rule's profile URL.

Every provider is one an earlier round or the corpus has: trufflehog's detectors of the same names
were read by rounds 5, 8, 10 and 32 (and the corpus or rounds 2, 3, 12, 14, 16, 17, 22, 23, 26, 37,
47, 48 and 55 have Nylas, Okta, Omnisend, OpenAI, OpenWeather, PandaDoc and others).  Group
``known`` is all 70 families and ``new`` is empty (not printed).

First measurement, BEFORE any rule was changed for these families (seed 317, 7 samples per family,
rules as of 4ebf1c3; the module written and run once, nothing tuned): strict **483/490 =
98.57%**, loose 483/490 (by carrier: keyed 224/224, text 238/245, bare 21/21).  Seeds 7 and 99,
same rules: 484/490 = 98.78% each.  Missed at 317 (7, all text): a name alone before the token,
no credential word (``nozbe <16>_<64>`` and ``nozbeteams <16>_<64>``, 2 of 7 at every seed;
``parseur x <40 hex>``; OpenWeather's ``pyowm = '<32 hex>'`` and ``owm = '<32 hex>'``, 2 of 7 at
every seed), ``paydirtapp ACCESS code <32 of a-z0-9>`` (a credential word, then the word ``code``)
and, at 317 only, ``pagerduty private key: u+<18>`` (PagerDuty's token beginning ``u+``).  Seeds 7
and 99 miss the same shapes but PagerDuty's.  The round-59 lookalikes: **5/600 touched** at
corpus seed 317 (4 at 7, 10 at 99), two shapes: ``NYLAS_API_KEY=nyk_v0_REPLACE_ME`` (a
placeholder spelled ``REPLACE_ME`` after a prefix) and ``curl ... -d 'api_key=SUA_API_KEY'``
(Pagar.me's Portuguese docs' placeholder, "your API key").

The commit that holds the paragraph above (its message beginning "heldout_round59,
innocents_round59") holds this module and 4ebf1c3's rules, so the held-out figure is printed again
by a worktree of that commit (483/490, lookalikes 5/600)::

    git worktree add --detach /tmp/r59m 2b478ed  # on the round's branch r59
    cd /tmp/r59m && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round59

Any figure measured after that is in-sample.  The measurement commit is 2b478ed on branch r59.
After the round-59 changes (511cf34; hand-made cases first, ``REDACTED``/``KEPT["round59"]`` of
``test_heldout_rounds.py``: 9 fail on 4ebf1c3's rules, 8 pass on both): credential-word-token takes
an access code as it takes an access key (``paydirtapp ACCESS code <32>``, ``acme access code:
<v>``, ``gate ACCESS CODE: <v>``; the token must read as random, so ``access code 4821``, ``access
code 403`` and words after the pair stay; example and negatives appended after the rule's others,
so the labeled corpus' earlier draws are unchanged); a token's prefix before an instruction in
upper-case words is a placeholder (``nyk_v0_REPLACE_ME``, ``sk_live_CHANGE_ME``; ``nyk_v0_<token>`` is
not), and so is the docs' slot written with another language's word for your, letters-only words
in one case naming a key (``SUA_API_KEY``, ``SUA_CHAVE_DE_API``, ``tu_clave_api``,
``VOTRE_CLE_API``; ``sua_<token>``, ``ta_<hex>`` and ``TA_ORDERS_TABLE`` are not).  No rule added
(464, 463 on by default).  Figures: strict **484/490 = 98.78%** at seed 317, loose the same (keyed
224/224, text 239/245, bare 21/21); seeds 7 and 99: 485/490 = 98.98% each.  The round-59
lookalikes: 0/600 at corpus seeds 317, 7 and 99 and 0 of 3000 at seeds 1, 2 and 3.  Every other
round's figures and lookalikes unchanged (``python -m tests.unit.redact.figures --seeds`` in
worktrees of 4ebf1c3 and of 511cf34: every earlier line identical, round 59's lines added; round
58's lookalikes at seeds 1-3, which ``--seeds`` prints only for the last round, 0 of 3000 each
here); the labeled corpus 10308/10312 on 4ebf1c3, 10320/10324 here: the 12 new items found, the
same 4 missed (a password in an ADSI ``OpenDSObject`` call inside logfmt and JSON text).
``sightline bench redact --records 60000`` (4ebf1c3 and 511cf34 alternated, 3 pairs, CPU records/s;
load 5.5-5.6 on 2 cores): without secrets 137,325 / 136,469, 143,235 / 147,735, 141,038 / 146,673
(medians 141,038 and 146,673), with secrets 9,736 / 9,890, 11,015 / 10,765, 10,437 / 10,618 (medians
10,437 and 10,618); wall-clock records/s without secrets 95,298-99,868 on 4ebf1c3 and
91,210-100,857 here.  The with-secrets records are drawn from the rules' examples, one more here, so
each run's secrets differ from the base's (values replaced 60,436 on 4ebf1c3, 60,348 here): that
line is no like-for-like comparison.

Left (6 of 490 at seed 317; 5 at 7 and at 99): a name alone before the token, no credential word
(``nozbe <16>_<64>`` and ``nozbeteams <16>_<64>``, 2 of 7 at every seed; ``parseur x <40 hex>``;
OpenWeather's ``pyowm = '<32 hex>'`` and ``owm = '<32 hex>'``, 2 of 7 at every seed): the library
takes a long random token in free text only after a credential word or a listed provider's name,
as round 58 left ``nicereply <40 hex>``, and a 32-hex value under a short name is as often a hash;
and, at 317 only, PagerDuty's ``u+`` token drawn without a digit after ``pagerduty private key:``
(``u+cCtGZQOAKM+zk-PX+C``: letters, ``+`` and ``-`` only do not read as random to the free-text
test; ``pagerduty_key = `` and ``Token token=`` take it, by pagerduty-api-key).  Left for a later
round: the candidates past ``pipedream`` (``pipedrive``, ``pivotaltracker``, ``pixabay`` ...) and
Kingfisher's files whose names are no trufflehog folder's.

The round was built on branch r59 from 4ebf1c3: d1dce43 (the rule), 2b478ed (the probes, the
families and the measurement), 511cf34 (the changes) and the commit adding these figures.

Formats are facts in our own notation, generated at test time; no rule text of the sources is
copied.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round59 import PROVIDERS, lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound, split_by_prefix

__all__ = ["FAMILIES", "KNOWN", "NEW", "SOURCE_PATHS", "run", "samples"]

_AN = "[A-Za-z0-9]"
_HEX_UUID = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"

SOURCE_PATHS: dict[str, str] = {}
_KF = Families("kingfisher", "mongodb/kingfisher:data/rules/", SOURCE_PATHS)


_kf = _KF.by_first_word  # a Kingfisher rule of its usual shape, read from the file the id's first word names


NEAR: tuple[HeldFamily, ...] = (
    # Nozbe Teams' tokens: 16 letters and digits, _, 64 more (the rule asks nozbe or nozbeteams before it)
    *_kf("nozbeteams-api-key", f"{_AN}{{16}}_{_AN}[A-Za-z0-9_-]{{62}}{_AN}", "nozbe",
         "curl -H 'Accept: application/json' -H 'Authorization: {v}' https://api4.nozbe.com/v1/api/users",
         "nozbe {v}", "nozbeteams {v}"),
    # apilayer's keys (numverify, pdflayer) are 32 hex
    *_kf("numverify-api-key", "[a-f0-9]{32}", "numverify",
         "GET https://apilayer.net/api/validate?access_key={v}&number=14158586273",
         "numverify SECRET {v}", "numverify KEY {v}"),
    # NVIDIA's API keys: nvapi- and 64 of base64url's alphabet
    *_KF.prefixed("nvapi-api-key", f"nvapi-{_AN}[A-Za-z0-9_-]{{62}}{_AN}", "nvapi.yml",
                  "curl -X POST -H 'Content-Type: application/x-www-form-urlencoded' -d 'credentials={v}' "
                  "https://api.ngc.nvidia.com/v3/keys/get-caller-info",
                  "NVIDIA_API_KEY={v}"),
    *_kf("nylas-api-key", f"{_AN}{{30}}", "nylas",
         "curl -H 'Accept: application/vnd.nylas+json; version=3' -H 'Authorization: Bearer {v}' https://api.nylas.com/account",
         "nylas_token = {v}"),
    *_kf("oanda-api-key", f"{_AN}{{24}}", "oanda",
         "curl -H 'Authorization: Bearer {v}' https://web-services.oanda.com/rates/api/v2/currencies.json",
         "oanda SECRET key {v}", "oanda ACCESS TOKEN {v}"),
    # Okta's API tokens: 00 and 40 of base64url's alphabet; the rule asks okta or SSWS before it
    # (its second rule, the org's domain, is left out by rule 3)
    *_kf("okta-api-token", f"00{_AN}[A-Za-z0-9_-]{{38}}{_AN}", "okta",
         "curl -H 'Accept: application/json' -H 'Content-Type: application/json' -H 'Authorization: SSWS {v}' "
         "https://acme.okta.com/api/v1/users/me",
         "okta_api_token={v}", "OKTA_API_KEY = \"{v}\"", "okta_secret:  {v}", "Authorization: SSWS {v}",
         "variable \"corp_okta_api_token\" { default = \"{v}\" }"),
    # Omnisend's keys: 24 hex, -, 50 letters and digits
    *_kf("omnisend-api-key", f"[a-f0-9]{{24}}-{_AN}{{50}}", "omnisend",
         "curl -H 'X-API-KEY: {v}' 'https://api.omnisend.com/v3/contacts?limit=100&offset=0'",
         "omnisend_token = {v}"),
    # OneSignal's key as the rule takes it (a UUID), sent as Basic auth's user
    *_kf("onesignal-api-key", _HEX_UUID, "onesignal",
         "curl -u '{v}:' -H 'Accept: application/vnd.onesignal+json; version=3' https://onesignal.com/api/v1/apps",
         "onesignal_key={v}", "ONESIGNAL_SECRET_KEY={v}"),
    # Onfleet's keys are 32 hex, sent as Basic auth's user
    *_kf("onfleet-api-key", "[a-f0-9]{32}", "onfleet",
         "curl -u '{v}:' https://onfleet.com/api/v2/organization",
         "onfleetSECRET={v}"),
    *_kf("oopspam-api-key", f"{_AN}{{40}}", "oopspam",
         "curl -X POST -H 'Content-Type: application/json' -H 'X-Api-Key: {v}' "
         "-d '{\"checkForLength\": true, \"content\": \"Dear Agent, we supply aluminium rod\", \"senderIP\": \"185.234.219.246\"}' "
         "https://api.oopspam.com/v1/spamdetection",
         "oopspam_token = {v}"),
    # OpenAI's older keys: sk-, 20, T3BlbkFJ (base64 of "OpenAI"), 20
    *_KF.prefixed("openai-api-key", f"sk-{_AN}{{20}}T3BlbkFJ{_AN}{{20}}", "openai.yml",
                  "curl https://api.openai.com/v1/images/generations -H 'Content-Type: application/json' "
                  "-H \"Authorization: Bearer {v}\"",
                  "curl -H 'Authorization: Bearer {v}' https://api.openai.com/v1/me"),
    *_kf("opencagedata-api-key", "[a-f0-9]{32}", "opencagedata",
         "GET https://api.opencagedata.com/geocode/v1/json?q=12.8797,121.7740&key={v}",
         "opencagedata_key {v}", "opencagedata_secret {v}", "opencagedata_token {v}"),
    *_kf("openuv-api-key", "[0-9a-z]{32}", "openuv",
         "curl -H 'x-access-token: {v}' 'https://api.openuv.io/api/v1/uv?lat=40.71&lng=-74.005'",
         "openuv_key={v}", "openuv_access_token={v}"),
    # OpenWeather's keys are 32 hex; the rule asks pyowm, openweather or owm before it, no credential word
    *_kf("openweather-api-key", "[a-f0-9]{32}", "openweather",
         "GET https://api.openweathermap.org/data/2.5/weather?id=5128581&lang=fr&appid={v}",
         "pyowm = '{v}'", "owm = '{v}'", "openweatherapikey={v}", "apikey=openweather:{v}"),
    # Optimizely's tokens as the rule's example writes them: a digit, :, then letters, digits and -
    *_kf("optimizely-api-key", f"2:{_AN}[A-Za-z0-9-]{{50}}{_AN}", "optimizely",
         "curl -H 'Authorization: Bearer {v}' https://api.optimizely.com/v2/projects",
         "optimizely_token = {v}"),
    *_kf("overloop-api-key", f"{_AN}[A-Za-z0-9_-]{{48}}{_AN}", "overloop",
         "curl -H 'Authorization: {v}' https://api.overloop.com/public/v1/users",
         "overloop_key={v}", "overloop_secret={v}"),
    # Owlbot's tokens are 40 hex
    *_kf("owlbot-api-key", "[a-f0-9]{40}", "owlbot",
         "curl -H 'Authorization: Token {v}' https://owlbot.info/api/v4/dictionary/security",
         "owlbot SECRET {v}", "owlbot TOKEN {v}"),
    *_kf("packagecloud-api-key", "[a-f0-9]{48}", "packagecloud",
         "curl -u '{v}:' https://packagecloud.io/api/v1/repos",
         "packagecloud accessKEY {v}", "packagecloud:token={v}", "\"config\": { \"packagecloud_secret\": \"{v}\" }",
         "packagecloudPRIVATEkey {v}"),
    # Pagar.me's live keys: ak_live_ and 30
    *_KF.prefixed("pagarme-api-key", f"ak_live_{_AN}{{30}}", "pagarme.yml",
                  "curl -X GET -H 'Content-Type: application/json' -d '{\"api_key\": \"{v}\"}' https://api.pagar.me/1/balance",
                  "PAGARME_API_KEY={v}"),
    # PagerDuty's user tokens: u+ and 18; the rule asks pagerduty, pager_duty, pd_ or pd- before it
    *_KF.name_and_word("pagerduty-api-key", f"u\\+{_AN}[A-Za-z0-9_+-]{{16}}{_AN}", "pagerduty", "pagerdutyapikey.yml",
                       "curl -H 'Authorization: Token token={v}' -H 'Accept: application/vnd.pagerduty+json;version=2' "
                       "https://api.pagerduty.com/users",
                       "pagerduty_key = {v}", "pd_key = {v}"),
    # PandaDoc's keys are 40 hex
    *_kf("pandadoc-api-key", "[a-f0-9]{40}", "pandadoc",
         "curl -H 'Authorization: API-Key {v}' https://api.pandadoc.com/public/v1/documents",
         "pandadoc PRIVATE {v}", "pandadoc SECRET {v}", "pandadoc ACCESS {v}", "pandadoc TOKEN {v}"),
    *_kf("pandascore-api-key", f"{_AN}[A-Za-z0-9_-]{{49}}{_AN}", "pandascore",
         "curl -H 'Accept: application/json' -H 'Authorization: Bearer {v}' https://api.pandascore.co/videogames",
         "pandascore_token={v}", "PANDASCORE_SECRET={v}"),
    # Paperform's tokens (850 to 1000 characters): a JWT signed RS256, its payload beginning {"aud":"
    *_kf("paperform-api-key",
         f"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9\\.eyJhdWQiOiI{_AN}{{490}}\\.{_AN}[A-Za-z0-9_-]{{340}}{_AN}",
         "paperform",
         "curl -H 'Authorization: Bearer {v}' https://api.paperform.co/v1/forms",
         "paperformSECRET-{v}"),
    *_kf("paralleldots-api-key", f"{_AN}{{43}}", "paralleldots",
         "curl -X POST -F 'api_key={v}' -F 'text=sample text' https://apis.paralleldots.com/v4/intent",
         "paralleldots_key={v}", "paralleldots_token={v}"),
    # Parseur's rule asks the name alone, then a character that is no i or l
    *_kf("parseur-api-key", "[a-f0-9]{40}", "parseur",
         "curl -H 'Authorization: Token {v}' https://api.parseur.com/",
         "parseur x {v}"),
    *_kf("partnerstack-api-key", f"{_AN}{{64}}", "partnerstack",
         "curl -H 'Accept: application/json' -H 'Authorization: Bearer {v}' https://api.partnerstack.com/api/v2/partnerships",
         "partnerstack_key={v}", "PARTNERSTACK_ACCESS_TOKEN={v}"),
    # Pastebin's developer keys are 32 letters and digits
    *_kf("pastebin-api-key", f"{_AN}{{32}}", "pastebin",
         "curl -X POST -F 'api_dev_key={v}' -F 'api_paste_code=test' -F 'api_option=paste' https://pastebin.com/api/api_post.php",
         "pastebin_key={v}", "pastebin_api_token={v}"),
    *_kf("paydirtapp-api-key", "[a-z0-9]{32}", "paydirtapp",
         "GET https://paydirtapp.com/api/v1/clients?api_key={v}",
         "paydirtapp SECRET key {v}", "paydirtapp ACCESS code {v}"),
    # Paymo's keys, sent as Basic auth's user
    *_kf("paymoapp-api-key", f"{_AN}{{44}}", "paymoapp",
         "curl -u '{v}:X' -H 'Accept: application/json' https://app.paymoapp.com/api/me",
         "paymoapp_key = {v}"),
    # PayMongo's secret keys: sk_live_ or sk_test_ and 24 (32 in all, the rule's length)
    *_kf("paymongo-api-key", f"sk_(?:live|test)_{_AN}{{24}}", "paymongo",
         "curl -X POST -u '{v}:' -H 'Content-Type: application/json' -d '{\"data\":{\"attributes\":{\"type\":\"paymaya\"}}}' "
         "https://api.paymongo.com/v1/payment_methods",
         "paymongo_key = {v}"),
    *_kf("pdflayer-api-key", "[a-f0-9]{32}", "pdflayer",
         "GET https://api.pdflayer.com/api/convert?access_key={v}&document_url=https://pdflayer.com/downloads/invoice.html",
         "pdflayer_key={v}", "PDFLAYER_ACCESS_TOKEN={v}", "pdflayer_secret={v}"),
    # PDFShift's older keys are 32 hex, sent as Basic auth's password (the rule's verifier sends none)
    *_kf("pdfshift-api-key", "[a-f0-9]{32}", "pdfshift",
         "curl -u 'api:{v}' https://api.pdfshift.io/v3/credits/usage",
         "pdfshift SECRET {v}", "pdfshift ACCESS {v}", "pdfshift-KEY {v}"),
    # People Data Labs' keys are 64 hex
    *_kf("peopledatalabs-api-key", "[a-f0-9]{64}", "peopledatalabs",
         "curl -H 'X-Api-Key: {v}' 'https://api.peopledatalabs.com/v5/person/enrich?min_likelihood=6&email=jane@example.com'",
         "peopledatalabsSECRET={v}", "peopledatalabsACCESS-TOKEN={v}"),
    # Pepipost's rule asks pepipost or netcore before it, no credential word
    *_kf("pepipost-api-key", f"{_AN}{{32}}", "pepipost",
         "curl -H 'api_key: {v}' 'https://api.pepipost.com/v5.1/domain/getDomains?domain=pepisandbox.com'",
         "pepipost={v}", "netcore_api={v}"),
    # Pipedream's keys are 32 hex
    *_kf("pipedream-api-key", "[a-f0-9]{32}", "pipedream",
         "curl -H 'Authorization: Bearer {v}' https://api.pipedream.com/v1/users/me",
         "pipedream_key = {v}"),
)

FAMILIES: tuple[HeldFamily, ...] = NEAR

# every provider is one an earlier round or the corpus has (see the docstring): NEW is empty; NVIDIA's
# family id begins with its file's name, nvapi
KNOWN, NEW = split_by_prefix(FAMILIES, (*PROVIDERS, "nvapi"))

ROUND = HeldOutRound(
    "round-59",
    __doc__,
    317,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"near": NEAR, "known": KNOWN},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
