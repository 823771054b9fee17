"""A sixty-sixth held-out recall measure: Kingfisher rule files past ``wistia``, found by probing names.

``python -m tests.unit.redact.heldout_round66 [--seed N] [--per-family N] [--sources]``

The same source and method as rounds 49, 53, 54 and 56-64 (mongodb/kingfisher, the folder
``data/rules/`` as the index stores it, commit 3397803).  Round 64 stopped at ``wistia``, the last
name it probed; this round starts with the first candidate after ``wistia`` (``wiz``).  Round 65,
written at the same time by another hand on another branch, takes the candidates from
``stormglass`` to before ``t``; its files and figures are not on this round's base (bc7a697), so
nothing of round 65 is skipped or counted here, and no name before ``wistia`` is probed.  Before
this rule was committed no Kingfisher rule file's text was read for this round, no name was probed
for it and trufflehog's list was not opened for it.

The rule that chooses the files, written here before any name was probed, any rule file read and
any secret generated (round 64's rules 1-5, the start moved):

1. the candidate names are trufflehog's detector folder names (``pkg/detectors/<name>``, lower-case
   as they are, a versioned detector's folder once), as trufflehog's default list
   (``pkg/engine/defaults/defaults.go`` at 0011995, the commit rounds 24-64 counted and round 57
   names; its built and its commented-out detectors, as round 47 counted them, the commented-out
   ones put in their places) imports them, in byte order, from the first name after ``wistia``
   on;
2. each candidate is probed in that order: ``find_files(repo="mongodb/kingfisher",
   path="data/rules/<name>.yml")``; a name whose path is stored (at 3397803, or at the one version
   the index holds) exists.  A file that exists is taken unless a round read it: its name is named
   as a read Kingfisher or Titus file by an earlier round's ``SOURCE_PATHS`` or docstring (a grep of
   ``tests/unit/redact`` and ``README.md`` of this round's base, bc7a697, for the name, as rounds
   46, 49 and 53-64 checked; the 98 Titus files rounds 17-19 read, ``adafruitio`` to
   ``eventbrite``, count as read by file name; a file of another tool with the same name, Sonar's
   ``<name>.yaml`` of rounds 14-16 or whispers' of round 20, is no Kingfisher file and does not
   count).  Probing stops when the round holds 35 files or the candidates end (if they end first,
   the round takes what there is and says so); the number of names probed and of files that
   existed is written below, and a name probed past the stop in the same batch is named and not
   counted;
3. every rule of each file taken, in file order; round 33's rule 3 as round 43 wrote it: a rule
   whose match is no secret or only a public or identifying value (an id, an account number, a
   user or host name, an e-mail or IP address, a public key, a URL without credentials), a value
   of fewer than 8 characters, a rule whose pattern is another taken rule's character for
   character, is left out and named; a file all of whose rules are left out gives no family and
   still counts among the files read;
4. each rule left gives families as rounds 17, 43, 45, 46, 49 and 53-64 built them: a token with a
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
   which may be looser than or different from trufflehog's.  As rounds 12, 49 and 53-64 did, the
   figure is printed for the families whose provider an earlier round or the public-format corpus
   has (group ``known``) and for the others (``new``).

Seed 367 (no round has used it: no ``Round(...)`` registration nor heldout module on bc7a697 names
it as a seed; 331, 337, 347, 349 and 353 are taken by rounds 60-64), 7 samples per family, round
2's carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round66`) are 600 lines in the families' contexts holding no
secret, as rounds 49's and 51-64's are.  Their provider word is the provider's name, never a
file's name (a file ``<provider>token.yml``, ``<provider>apikey.yml`` or ``<provider>key.yml``
gives the lookalikes ``<provider>``, the name the provider goes by, or the word its rule asks when
that is the provider's short name): round 57 found that a line ``lokalisetoken: <hex>`` is a value
under a key named token, which the library takes by design, so the lookalikes are drawn with the
provider's name from the start.

The rule applied (after the rule above was committed, f1a2681 on branch r66).  The candidates:
``defaults.go`` as the index stores it (``read_file`` returned 0011995's text) imports the folders
in byte order; the first name after ``wistia`` is ``wiz``, then ``worksnaps``, ``workstack`` ...
to ``zulipchat``, the last; the one commented-out detector of round 47's list in this stretch,
``zapierwebhook``, is probed in its place (between ``youtubeapikey`` and ``zendeskapi``).  **The
candidates ran out before 35 files: 28 names probed** (``wiz`` to ``zulipchat``, every name left
after ``wistia``), **21 files exist** at 3397803: worksnaps, workstack, worldcoinindex,
worldweather, wrike, xai, yandex, yelp, youneedabudget, yousign, zapierwebhook, zenkitapi, zenrows,
zenscrape, zeplin, zerobounce, zerotier, zipcodeapi, zipcodebase, zohocrm, zonkafeedback.  The 7
not stored: wiz, youtubeapikey, zendeskapi, zenserp, zipapi, zipbooks, zulipchat.  Rule 2's check
(a grep of ``tests/unit/redact`` and ``README.md`` on bc7a697 for ``<name>.yml``/``<name>.yaml``)
finds no Kingfisher or Titus file read: ``yandex.yaml`` (round 15) is Sonar's and
``zapierwebhook`` (round 47) trufflehog's detector, other tools' files; so all 21 are taken, and
the round takes what there is: 21 files, not 35 (the probes were made in batches of ten, ten and
eight).  Trufflehog's list has no name past ``zulipchat``: a later round going on by this method
needs another list of names (Kingfisher's files whose names are no trufflehog folder's).

The files hold 21 rules, one each.  None is left out by rule 3 (``zapierwebhook.yml``'s match is
a catch hook's path, which is the hook's credential: anyone holding it can post to the hook; no
pattern is another's character for character).  The 21 give 41 families (``SOURCE_PATHS``), 287
samples a seed:

* 18 rules of Kingfisher's usual shape (the provider's name, a credential word within 32
  characters, the token; Zonka Feedback's the word ``zonka``, a credential word within 8, the token
  within 16), a keyed family and a text family each (group ``near``; the verifier's request drawn
  twice, the examples' shapes: ``worksnaps_token=``, ``WORKSNAPS_SECRET_KEY=``, ``workstack
  SECRET_TOKEN=``, ``worldcoinindex_token =``, ``worldweatherSECRETkey=``, ``wrike_token =``,
  ``yandex_api_key=``, ``yandex_secret=``, ``yelp_token =``, ``youneedabudgetSECRET``, ``xxx
  youneedabudgetACCESS ... xxx``, ``yousignSECRET=``, ``yousign =PRIVATE:``, ``zenkit SECRET``,
  ``zenkit TOKEN``, ``zenrows SECRET key``, ``zenrows access TOKEN``, ``zenrows key``,
  ``zenscrape_token =``, ``zenscrape_key =``, ``zeplin SECRET TOKEN=``, ``zerobounceSECRET=``,
  ``zerobounceTOKEN=``, ``zerobounceACCESS=``, ``zerobounceKEY=``, ``zerotier_token =``,
  ``zipcodeapiSECRET``, ``zipcodeapiPRIVATE``, ``zipcodebase-secret-``, ``zipcodebase-access-``,
  ``zonkaSECRET:``, ``zonkaTOKEN``, ``zonka ACCESS_KEY``, ``zonka-key-ACCESS``), then ``<name>_key
  =``, ``<name> private key:`` and ``<Name> access token ... rotated``; Zenkit's, YNAB's and Zonka
  Feedback's families use ``zenkit``, ``youneedabudget`` and ``zonka``, the words their rules ask;
  Worksnaps' request sends ``<v>:ignored`` as Basic credentials, as its verifier does;
* xAI's keys (``xai-`` and 80) and Zoho's OAuth access tokens (``1000.``, 32 hex, ``.``, 32 hex),
  tokens with a prefix of their own, a bare family and one in a request each (group
  ``prefixed``);
* ``zapierwebhook.yml``'s catch hook URL, a text family
  (``https://hooks.zapier.com/hooks/catch/<v>/``, the value the path the rule takes: the account's
  8 digits, ``/``, the hook's 7 lower-case letters and digits, 16 as the rule has).

Where the rule is wider than the provider's format the family writes the provider's: World
Weather Online's keys as 31 hex; Wrike's and Zeplin's tokens as JWTs (three dot-separated parts;
Zeplin's without ``_``, as the rule's alphabet has none); Yandex Dictionary's keys as
``dict.1.1.<UTC time>.<16 hex>.<40 hex>`` (83, the rule's length); Yelp's as 128 of letters,
digits, ``_`` and ``-`` with a letter or digit at each end; ZenRows' as 40 hex; Zenscrape's and
Zipcodebase's as UUIDs; ZeroBounce's as 32 hex; xAI's with letters and digits only.

Every provider is one an earlier round or the corpus has (a grep of ``tests/unit/redact`` and
``pipeline/redact`` on bc7a697 finds each name among an earlier round's families or the public
formats: rounds 2, 5, 6, 10, 11, 15, 16, 26 and 48, ``public_formats.py``).  Group ``known`` is all 41
families and ``new`` is empty (not printed).

First measurement, BEFORE any rule was changed for these families (seed 367, 7 samples per family,
rules as of bc7a697; the module written and run once, nothing tuned): strict **284/287 =
98.95%**, loose 284/287 (by carrier: keyed 126/126, text 144/147, bare 14/14; groups near 249/252,
prefixed 28/28).  Seeds 7 and 99, same rules: 284/287 = 98.95% each, the same three shapes missed.
Missed at 367 (3): ``worldweatherSECRETkey=<31 hex>`` (1 of 7: a credential word in capitals glued
to the name and to ``key``; ``worldweatherSECRET=`` and ``worldweather_key =`` are found);
``zerobounceACCESS=<32 hex>`` (1 of 7: ``ACCESS`` glued to the name, then ``=``; ``SECRET``,
``TOKEN`` and ``KEY`` there are found, and so is ``zerobounceACCESS <hex>`` with a blank);
``zipcodebase-access-<uuid>`` (1 of 7: ``access`` alone chained by ``-`` before a UUID;
``zipcodebase-secret-<uuid>`` is found).  The round-66 lookalikes: **5/600 touched** at corpus
seed 367 (3 at seed 7, 6 at seed 99), of two kinds: ``GET
https://api.zerobounce.net/v2/validate?api_key=replacewithyours&email=...`` (the docs'
placeholder, made of words, taken as a query's key) and ``curl -u "$WORKSNAPS_TOKEN:ignored" ...``
(the dummy password after a shell variable holding the token, taken as a command line's
password).

The commit that holds the paragraph above (its message beginning "heldout_round66,
innocents_round66") holds this module and bc7a697's rules, so the held-out figure is printed again
by a worktree of that commit (284/287, lookalikes 5/600)::

    git worktree add --detach /tmp/r66m 67fb651  # on the round's branch r66
    cd /tmp/r66m && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round66

Any figure measured after that is in-sample.  The measurement commit is 67fb651 on branch r66.

After the round-66 changes (0878196; hand-made cases first, ``REDACTED``/``KEPT["round66"]`` of
``test_heldout_rounds.py``: 11 fail on bc7a697's rules, 7 guards pass on both), three changes, no
rule added (464, 463 on by default).  Rule ``credential-word-token`` takes the token right after
``=`` glued to ``ACCESS`` or ``PRIVATE`` in capitals glued to a name, or to ``SECRET``, ``ACCESS``
or ``PRIVATE`` glued to ``key`` (``zerobounceACCESS=<32 hex>``, ``worldweatherSECRETkey=<31
hex>``, and round 56's ``holisticACCESS=<64 hex>``, which that round left; rule
``secret-assignment`` takes ``SECRET``, ``TOKEN`` and ``KEY`` there, not these; ``ACCESS=``,
``read_ACCESS=`` and ``nextPageACCESS=`` stay), and ``access`` alone in lower case between a
listed provider's name and the token, joined by ``-`` (:func:`pipeline.redact.validators._credential_near`;
``zipcodebase-access-<uuid>``; ``cache-access-<uuid>`` and ``orders-access-<uuid>`` stay).
:func:`pipeline.redact.validators.is_placeholder` takes joined lower-case words ending in
``yours`` as the docs' slot (ZeroBounce's ``api_key=replacewithyours``), and rule
``cli-user-password`` leaves ``ignored`` and ``unused`` after ``-u <user>:``, the dummy password a
Basic-auth API ignores when the key is the user (Worksnaps' ``<token>:ignored``; round 47's
``api_token`` was the first such word).  No lookalike was redrawn.  Figures: strict **287/287 =
100%** at seed 367, loose the same (keyed 126/126, text 147/147, bare 14/14; groups near 252/252,
prefixed 28/28); seeds 7 and 99: 287/287 each.  The round-66 lookalikes: 0/600 at corpus seeds
367, 7 and 99 and 0 of 3000 at seeds 1, 2 and 3.  Every other round's figures and lookalikes
unchanged but round 56's (``python -m tests.unit.redact.figures --seeds`` in worktrees of bc7a697
and of 0878196: round 56 483/490 -> 484/490, text 238/245 -> 239/245, its ``holisticACCESS=``
line; every other earlier line identical, round 66's lines added; round 64's lookalikes at seeds
1-3, which ``--seeds`` prints only for the last round, 0 of 3000 each here); the labeled corpus
10336/10336 and the public-format corpus 2253/2261 on both.  ``sightline bench redact --records
60000`` (bc7a697 and 0878196 alternated, 3 pairs, CPU records/s; load 3.4-4.6 on 2 cores): without
secrets 144,489 / 157,354, 151,021 / 153,305, 142,823 / 146,293 (medians 144,489 and 153,305),
with secrets 11,895 / 11,259, 10,942 / 10,347, 10,311 / 9,793 (medians 10,942 and 10,347; the six
runs fall in the order they ran, so the pairs' gap is within that drift); values replaced 60,436
on bc7a697 and 60,389 here: the 47 records holding rule ``cli-user-token``'s example ``curl -u
<key>:ignored`` keep ``ignored`` now (the key is still replaced; every other record's output is
the same, compared record by record at the bench's seed 7).

Left: nothing of the 287 at seeds 367, 7 and 99.  Trufflehog's folder names end at ``zulipchat``:
the Kingfisher files no trufflehog folder name leads to are left for a later round, which needs
another list of names to probe.

The round was built on branch r66 from bc7a697: f1a2681 (the rule), 67fb651 (the probes, the
families and the measurement), 0878196 (the changes) and the commit adding these figures.

Formats are facts in our own notation, generated at test time; no rule text of the sources is
copied.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round66 import PROVIDERS, lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound, split_by_prefix

__all__ = ["FAMILIES", "KNOWN", "NEW", "SOURCE_PATHS", "run", "samples"]

_AN = "[A-Za-z0-9]"
_HEX_UUID = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"

SOURCE_PATHS: dict[str, str] = {}
_KF = Families("kingfisher", "mongodb/kingfisher:data/rules/", SOURCE_PATHS)


_kf = _KF.by_first_word  # a Kingfisher rule of its usual shape, read from the file the id's first word names


NEAR: tuple[HeldFamily, ...] = (
    # Worksnaps' tokens: 40 letters and digits; the verifier sends '<token>:ignored' as Basic credentials
    *_kf("worksnaps-api-key", f"{_AN}{{40}}", "worksnaps",
         "curl -u '{v}:ignored' https://api.worksnaps.com/api/projects.xml",
         "worksnaps_token={v}", "WORKSNAPS_SECRET_KEY={v}"),
    *_kf("workstack-api-key", f"{_AN}{{60}}", "workstack",
         "GET https://app.workstack.io/api/team?api_token={v}",
         "workstack SECRET_TOKEN={v}"),
    *_kf("worldcoinindex-api-key", f"{_AN}{{35}}", "worldcoinindex",
         "GET https://www.worldcoinindex.com/apiservice/ticker?key={v}&label=ethbtc-ltcbtc&fiat=btc",
         "worldcoinindex_token = {v}"),
    # World Weather Online's keys: 31 hex (the rule's 31 lower-case letters and digits)
    *_kf("worldweather-api-key", "[a-f0-9]{31}", "worldweather",
         "GET https://api.worldweatheronline.com/premium/v1/search.ashx?query=LA&key={v}",
         "worldweatherSECRETkey={v}"),
    # Wrike's permanent tokens: ey and 333 of the rule's alphabet, written as three dot-separated parts
    *_kf("wrike-api-key",
         f"ey[A-Za-z0-9_-]{{40}}{_AN}\\.eyJ[A-Za-z0-9_-]{{243}}{_AN}\\.[A-Za-z0-9_-]{{42}}{_AN}", "wrike",
         "curl -H 'Authorization: Bearer {v}' 'https://app-us2.wrike.com/api/v4/contacts?me=true'",
         "wrike_token = {v}"),
    # Yandex Dictionary's keys: dict.1.1., a UTC time, ., 16 hex, ., 40 hex (83, the rule's length)
    *_kf("yandex-api-key", "dict\\.1\\.1\\.20[12][0-9](?:0[1-9]|1[0-2])[0-2][0-9]T[01][0-9][0-5][0-9][0-5][0-9]Z\\.[a-f0-9]{16}\\.[a-f0-9]{40}",
         "yandex",
         "GET https://dictionary.yandex.net/api/v1/dicservice.json/getLangs?key={v}",
         "yandex_api_key={v}", "yandex_secret={v}"),
    # Yelp Fusion's keys: 128 of letters, digits, '_' and '-', a letter or digit at each end
    *_kf("yelp-api-key", f"{_AN}[A-Za-z0-9_-]{{126}}{_AN}", "yelp",
         "curl -H 'Authorization: Bearer {v}' "
         "'https://api.yelp.com/v3/businesses/search?term=delis&latitude=40.7620799&longitude=-73.984179'",
         "yelp_token = {v}"),
    # YNAB's tokens: 64 hex; the rule asks youneedabudget
    *_kf("youneedabudget-api-key", "[a-f0-9]{64}", "youneedabudget",
         "curl -H 'Authorization: Bearer {v}' https://api.youneedabudget.com/v1/user",
         "youneedabudgetSECRET {v}", "xxx youneedabudgetACCESS {v} xxx"),
    *_kf("yousign-api-key", "[a-z0-9]{32}", "yousign",
         "curl -H 'Content-Type: application/json' -H 'Authorization: Bearer {v}' https://api.yousign.com/users",
         "yousignSECRET={v}", "yousign =PRIVATE:{v}"),
    # Zenkit's keys: 8 lower-case letters and digits, -, 32 letters and digits; the rule asks zenkit
    *_KF.name_and_word("zenkit-api-key", f"[a-z0-9]{{8}}-{_AN}{{32}}", "zenkit", "zenkitapi.yml",
                       "curl -H 'Zenkit-API-Key: {v}' https://base.zenkit.com/api/v1/users/me",
                       "zenkit SECRET {v}", "zenkit TOKEN {v}"),
    # ZenRows' keys are 40 hex
    *_kf("zenrows-api-key", "[a-f0-9]{40}", "zenrows",
         "GET https://api.zenrows.com/v1/?apikey={v}&url=https://httpbin.org/anything",
         "zenrows SECRET key {v}", "zenrows access TOKEN {v}", "zenrows key {v}"),
    # Zenscrape's keys are UUIDs
    *_kf("zenscrape-api-key", _HEX_UUID, "zenscrape",
         "curl -H 'apikey: {v}' https://app.zenscrape.com/api/v1/status",
         "zenscrape_token = {v}", "zenscrape_key = {v}"),
    # Zeplin's personal access tokens: JWTs of 350-400 of the rule's alphabet (no '_')
    *_kf("zeplin-api-key", f"eyJ[A-Za-z0-9-]{{32}}{_AN}\\.eyJ[A-Za-z0-9-]{{265,315}}{_AN}\\.[A-Za-z0-9-]{{42}}{_AN}",
         "zeplin",
         "curl -H 'Authorization: Bearer {v}' https://api.zeplin.dev/v1/users/me",
         "zeplin SECRET TOKEN={v}"),
    # ZeroBounce's keys are 32 hex
    *_kf("zerobounce-api-key", "[a-f0-9]{32}", "zerobounce",
         "GET https://api.zerobounce.net/v1/activity?email=testemail@email.com&api_key={v}",
         "zerobounceSECRET={v}", "zerobounceTOKEN={v}", "zerobounceACCESS={v}", "zerobounceKEY={v}"),
    *_kf("zerotier-api-key", f"{_AN}{{32}}", "zerotier",
         "curl -H 'Authorization: token {v}' https://api.zerotier.com/api/v1/network",
         "zerotier_token = {v}"),
    # ZipCodeAPI's keys: 64 letters and digits, sent in the URL's path
    *_kf("zipcodeapi-api-key", f"{_AN}{{64}}", "zipcodeapi",
         "GET https://www.zipcodeapi.com/rest/{v}/distance.json/71601/72959/mile",
         "zipcodeapiSECRET {v}", "zipcodeapiPRIVATE {v}"),
    # Zipcodebase's keys are UUIDs
    *_kf("zipcodebase-api-key", _HEX_UUID, "zipcodebase",
         "curl -H 'Accept: application/vnd.zipcodebase+json; version=3' -H 'apikey: {v}' "
         "'https://app.zipcodebase.com/api/v1/search?codes=10005,10006'",
         "zipcodebase-secret-{v}", "zipcodebase-access-{v}"),
    # Zonka Feedback's tokens: 36 letters and digits; the rule asks zonka, a credential word within 8, the token within 16
    *_KF.name_and_word("zonka-api-token", f"{_AN}{{36}}", "zonka", "zonkafeedback.yml",
                       "curl -H 'Z-API-TOKEN: {v}' "
                       "'https://app-us1.zonkafeedback.com/responses?page=1&limit=25&startDate=2020-05-02&endDate=2020-05-09'",
                       "zonkaSECRET: {v}", "zonkaTOKEN {v}", "zonka ACCESS_KEY {v}", "zonka-key-ACCESS {v}"),
)

PREFIXED: tuple[HeldFamily, ...] = (
    # xAI's keys: xai- and 80 letters and digits
    *_KF.prefixed("xai-api-key", f"xai-{_AN}{{80}}", "xai.yml",
                  "curl -H 'Content-Type: application/json' -H 'Authorization: Bearer {v}' https://api.x.ai/v1/api-key",
                  "XAI_API_KEY={v}"),
    # Zoho's OAuth access tokens: 1000., 32 hex, ., 32 hex
    *_KF.prefixed("zohocrm-access-token", "1000\\.[a-f0-9]{32}\\.[a-f0-9]{32}", "zohocrm.yml",
                  "curl -H 'Authorization: Zoho-oauthtoken {v}' 'https://www.zohoapis.com/crm/v7/Leads?fields=Email&per_page=1'",
                  "ZOHO_ACCESS_TOKEN={v}"),
)

TEXT: tuple[HeldFamily, ...] = (
    # a Zapier catch hook's URL; the secret its path (the account's number, /, the hook's id: 16, the rule's length)
    _KF.family("zapierwebhook-url", "text", "[0-9]{8}/[a-z0-9]{7}", "zapierwebhook.yml",
               "https://hooks.zapier.com/hooks/catch/{v}/",
               "curl -X POST -d '{\"status\": \"deployed\"}' https://hooks.zapier.com/hooks/catch/{v}/",
               "ZAPIER_WEBHOOK_URL=https://hooks.zapier.com/hooks/catch/{v}/",
               "posting release notes to https://hooks.zapier.com/hooks/catch/{v}/ returned 200"),
)

FAMILIES: tuple[HeldFamily, ...] = NEAR + PREFIXED + TEXT

# every provider is one an earlier round or the corpus has (see the docstring): NEW is empty
KNOWN, NEW = split_by_prefix(FAMILIES, tuple(PROVIDERS))

ROUND = HeldOutRound(
    "round-66",
    __doc__,
    367,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"near": NEAR, "prefixed": PREFIXED, "known": KNOWN},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
