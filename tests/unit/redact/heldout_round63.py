"""A sixty-third held-out recall measure: Kingfisher rule files past ``sherpadesk``, found by probing names.

``python -m tests.unit.redact.heldout_round63 [--seed N] [--per-family N] [--sources]``

The same source and method as rounds 49, 53, 54 and 56-62 (mongodb/kingfisher, the folder
``data/rules/`` as the index stores it, commit 3397803), continued from where round 61 stopped: its
last probe was ``sherpadesk`` (taken, the 35th file), and it probed no name past it, so this round
starts with the name after ``sherpadesk`` in trufflehog's list (round 61's docstring names
``shipday`` and ``shodankey`` as the next candidates, unprobed).  Round 62 took the names from
``t`` to ``uclassify``, and another round (64) takes the names past ``uclassify``, so this round
ends before the first name beginning with ``t``.  Before this rule was committed no Kingfisher
rule file's text was read for this round, no name was probed for it and trufflehog's list was not
opened for it.

The rule that chooses the files, written here before any name was probed, any rule file read and
any secret generated (round 61's rules 1-5, the start moved):

1. the candidate names are trufflehog's detector folder names (``pkg/detectors/<name>``, lower-case
   as they are, a versioned detector's folder once), as trufflehog's default list
   (``pkg/engine/defaults/defaults.go`` at 0011995, the commit rounds 24-62 counted and round 57
   names; its built and its commented-out detectors, as round 47 counted them, the commented-out
   ones put in their places) imports them, in byte order, from the first name after
   ``sherpadesk`` up to the last name before the first that begins with ``t``;
2. each candidate is probed in that order: ``find_files(repo="mongodb/kingfisher",
   path="data/rules/<name>.yml")``; a name whose path is stored (at 3397803, or at the one version
   the index holds) exists.  A file that exists is taken unless a round read it: its name is named
   as a read Kingfisher or Titus file by an earlier round's ``SOURCE_PATHS`` or docstring (a grep of
   ``tests/unit/redact`` and ``README.md`` of this round's base, 03e7f19, for the name, as rounds
   46, 49 and 53-62 checked; the 98 Titus files rounds 17-19 read, ``adafruitio`` to
   ``eventbrite``, count as read by file name; a file of another tool with the same name, Sonar's
   ``<name>.yaml`` of rounds 14-16, is no Kingfisher file and does not count).  Probing stops when
   the round holds 35 files or at the first name beginning with ``t`` (not probed), whichever comes
   first; the number of names probed and of files that existed is written below, and a name probed
   past the stop in the same batch is named and not counted;
3. every rule of each file taken, in file order; round 33's rule 3 as round 43 wrote it: a rule
   whose match is no secret or only a public or identifying value (an id, an account number, a
   user or host name, an e-mail or IP address, a public key, a URL without credentials), a value
   of fewer than 8 characters, a rule whose pattern is another taken rule's character for
   character, is left out and named; a file all of whose rules are left out gives no family and
   still counts among the files read;
4. each rule left gives families as rounds 17, 43, 45, 46, 49 and 53-62 built them: a token with a
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
   which may be looser than or different from trufflehog's.  As rounds 12, 49 and 53-62 did, the
   figure is printed for the families whose provider an earlier round or the public-format corpus
   has (group ``known``) and for the others (``new``).

Seed 349 (no round has used it: no ``Round(...)`` registration nor heldout module on 03e7f19 names
it as a seed; 277, 281, 283, 293, 307, 311, 313, 317, 331, 337 and 347 are taken by rounds 52-62),
7 samples per family, round 2's carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round63`) are 600 lines in the families' contexts holding no
secret, as rounds 49's and 51-62's are.  Their provider word is the provider's name, never a
file's name that carries a credential word (a file ``<provider>token.yml``,
``<provider>apikey.yml``, ``<provider>key.yml`` or ``<provider>io.yml`` gives the lookalikes
``<provider>``, the name the provider goes by, or the word the rule asks before the value): round
57 found that a line ``lokalisetoken: <hex>`` is a value under a key named token, which the library
takes by design, so the lookalikes are drawn with the provider's name from the start.

The rule applied (after the rule above was committed, 50384e5 on branch r63).  The candidates:
``defaults.go`` as the index stores it (``find_files`` names b9ffb95 as the stored version,
``read_file`` returned 0011995's text) imports the folders in byte order; after ``sherpadesk``
they run ``shipday``, ``shodankey``, ``shopify``, ``shortcut`` ...; the one commented-out detector
of round 47's list in this stretch, ``sparkpost``, is probed in its place (between
``sourcegraphcody`` and ``speechtextai``).  **50 names probed** (``shipday`` to ``stormboard``, in
five batches of ten), **35 files exist** at 3397803: shipday, shodankey, shopify, shortcut,
shotstack, shutterstockoauth, signaturit, signupgenius, sigopt, simfin, simplesat, simplynoted,
simvoly, skrappio, slack, smartsheets, snipcart, snowflake, sonarcloud, sourcegraph, sparkpost,
speechtextai, spoonacular, sportsmonk, square, squarespace, squareup, sslmate, statuscake,
statuspage, statuspal, stitchdata, stockdata, storecove, stormboard.  The 15 not stored:
shutterstock, signable, signalwire, sinchmessage, sirv, siteleaf, skybiometry, slackwebhook,
smartystreets, smooch, snykkey, sourcegraphcody, splunkobservabilitytoken, sqlserver, squareapp.
Rule 2's check (a grep of ``tests/unit/redact`` and ``README.md`` on 03e7f19 for
``<name>.yml``/``<name>.yaml``, and every earlier round's ``SOURCE_PATHS`` imported and searched
for the file names) finds no Kingfisher or Titus file read: ``shopify.yaml`` (round 14) and
``slack.yaml`` and ``stripe.yaml`` (round 15) are Sonar's files, another tool's; so all 35 are
taken and the round reaches 35 at ``stormboard``, the last name of the fifth batch, where probing
stopped; no name past it was probed.  A later round going on from here starts after
``stormboard`` (``stormglass``, ``storyblok`` ... ``swiftype``), before ``t``.

The files hold 44 rules (Shopify's two, Slack's three, Snowflake's three, Sourcegraph's three,
Square's three, the others one each).  Four are left out by rule 3: ``shopify.yml`` rule 2 (the
shop's host name ``<shop>.myshopify.com``), ``snowflake.yml`` rules 1 and 2 (the account
identifier and the user name, which the file itself hides), and ``squareup.yml``'s only rule
(``sq0idp-`` and 22: Square's OAuth application id, the ``client_id`` its verifier sends in an
authorize URL; the file gives no family and counts among the files read).  Sourcegraph's first
two rules write overlapping formats but not the same pattern character for character, so each is
taken with its own examples.  The 40 left give 79 families (``SOURCE_PATHS``), 553 samples a
seed:

* 30 rules of Kingfisher's usual shape (the provider's name, a credential word within 32
  characters, 16 for Statuspage's and Snowflake's; the token; Skrapp's and Smartsheets' the name
  alone), a keyed family and a text family each (group ``near``; the verifier's request drawn
  twice, the examples' shapes: ``shipday_token =``, ``shipday_secret``, ``shodanSECRET=``,
  ``shodan-access-key=``, ``shortcut-private-key``, ``shortcutaccess``, ``shortcut-SECRET-tok``,
  ``shotstack_key=``, ``shotstack_token=``, ``shutterstock_token =``, ``signaturit secret
  TOKEN``, ``signupgeniusSECRET=``, ``signupgeniusPRIVATE.<v>``, ``signupgeniusKEY "<v>"``,
  ``token: signupgeniusACCESS`` with ``key: <v>`` on the next line, ``sigopt_token =``,
  ``simfinKEY=``, ``simfinTOKEN:``, ``simfinSECRET:``, ``simplesat_token=``, ``simplesat_key=``,
  ``simplynoted_key=``, ``simvoly SECRET KEY``, ``simvoly ACCESS TOKEN``, ``skrapp <v>``,
  ``smartsheets=``, ``smartsheets_token=``, ``snipcart_token =``, ``snowflake password =``,
  ``sonar_api_token=``, ``sparkpost_key =``, ``speechtext-secretkey-<v>``,
  ``speechtextaccess-<v>``, ``spoonacular_SECRET``, ``spoonacularACCESS key``,
  ``sportsmonkSECRET=``, ``sportsmonkPRIVATE:``, ``sportsmonkKEY=``, ``squarespace-secret-<v>``,
  ``squarespaceSecretKey=``, ``squarespace private token:``, ``sslmate_key=``,
  ``SSLMATE_SECRET_KEY=``, ``statuscake_token=``, ``statuscake_private=``, ``statuspage_key =``,
  ``statuspage_token =``, ``statuspal_key =``, ``stitchdata_SECRET=``,
  ``stitchdata_PRIVATE_key=``, ``stockdataSECRET=``, ``stockdataPRIVATE:``,
  ``storecove_secret_token=``, ``storecove-access-key=``, ``stormboard SECRET``), then
  ``<name>_key =``, ``<name> private key:`` and ``<Name> access token ... rotated``; Shodan's,
  Shutterstock's, Skrapp's, SonarCloud's, SpeechText.AI's and Sportmonks' families use
  ``shodan``, ``shutterstock``, ``skrapp``, ``sonar``, ``speechtext`` and ``sportsmonk``, the words
  their rules ask; Snowflake's password is keyed under ``SNOWFLAKE_PASSWORD``-like keys;
* 9 rules whose token has a prefix or a shape of its own, a bare family and one in a request each
  (group ``prefixed``): Shopify's ``shpat_``/``shpca_``/``shppa_``/``shpss_``, Slack's ``xapp-``
  and ``xoxb-``/``xoxp-``/``xoxe``, Sourcegraph's two ``sgp_`` rules and Cody's ``slk_``, Square's
  ``EAAA`` (the rule asks ``square`` within 16 before it), ``sq0atp-`` and ``sq0csp-``;
* Slack's webhook URL, a text family, the URL's secret (its last 24 characters) the value.

Where the rule is wider than the provider's format the family writes the provider's: Shipday's
keys as 10 letters and digits, ``.`` and 20; SignupGenius' as 32 hex (the rule's examples);
SimplyNoted's as a JWT signed HS256 of 349 characters (the rule's 340-360 of non-space
characters); Snowflake's passwords as 12-24 of letters, digits and ``!@#$%^&*`` (a letter or
digit at each end); SonarCloud's and SparkPost's tokens as 40 hex, Spoonacular's as 32 hex;
Statuspage's as UUIDs (the rule's examples); Shopify's as the four prefixes and 32 hex; Slack's
app tokens as ``xapp-1-``, the app's id (``A`` and 10), 13 digits and 64 hex; Slack's tokens as
``xoxb-``/``xoxp-`` with two numbers of 11-13 digits and 24 letters and digits, or the rule's
``xoxe.xoxp-1-`` (160) and ``xoxe-1-`` (146) forms, drawn in turn; Sourcegraph's first rule's as
``sgp_``, the instance's 16 hex and ``_`` or ``local_`` or nothing, 40 hex, its second rule's as
its examples (``sgp_<16 hex>_local_<40 hex>`` or ``sgp_<40 hex>``); Square's ``EAAA`` tokens as
``EAAA`` and 60 letters, digits and ``-`` (a letter or digit last); the rules' alphabets with a
letter or digit at each end for Snipcart's, Storecove's and Square's ``sq0atp-``/``sq0csp-``.
SigOpt's, Snipcart's, SonarCloud's and SSLMate's requests send ``<token>:`` as basic credentials
(``curl -u``), as their verifiers do; Square's OAuth secret's request writes the application id
(``sq0idp-``, the squareup rule's example) beside it.

Every provider is one an earlier round or the corpus has (a grep of ``tests/unit/redact`` and
``pipeline/redact`` on 03e7f19 finds each name).  Group ``known`` is all 79 families and ``new``
is empty (not printed).

First measurement, BEFORE any rule was changed for these families (seed 349, 7 samples per family,
rules as of 03e7f19; the module written and run once, nothing tuned): strict **542/553 =
98.01%**, loose 542/553 (by carrier: keyed 210/210, text 272/280, bare 60/63; groups near
412/420, prefixed 123/126).  Seeds 7 and 99, same rules: 540/553 = 97.65% each.  Missed at 349
(11), the same shapes at 7 and 99: Sourcegraph's ``sgp_<16 hex>_local_<40 hex>`` (2 of 7 at 349,
4 at 7, 5 at 99: in a log or JSON line after ``using``/``credential``, glued on the left
``BoomErrsgp_...`` and glued on the right; ``sgp_<40 hex>`` is found); Square's
``EAAA<60>`` glued on the left (``BoomErrEAAA...``, 1 of 7 at every seed); a credential word glued
to the provider's name with no separator before the value or a hyphen before it:
``shortcutaccess <uuid>``, ``speechtextaccess-<32 hex>``, ``speechtext-secretkey-<32 hex>``,
``spoonacularACCESS key <32 hex>`` (1-2 of 7 each, at every seed); ``token:
signupgeniusACCESS`` then ``key: <32 hex>`` on the next line (the first line taken, the value
left); ``skrapp <42>`` (the provider's name alone before 42 letters and digits); Snowflake's
password after ``private key:`` or ``access token`` (12-24 characters with ``%``, ``#``, ``&``,
``$``, ``^``, ``!``; 2 of 7 at 349 and 7, 1 at 99).  The round-63 lookalikes: **1/600
touched** at corpus seed 349 (0 at 7 and 99): ``smartsheets sheet <16 digits> row
5266109063517483 updated`` (a row id drawn as 16 digits that is a card number by shape: a
Mastercard range and its Luhn check).

The commit that holds the paragraph above (its message beginning "heldout_round63,
innocents_round63") holds this module and 03e7f19's rules, so the held-out figure is printed
again by a worktree of that commit (542/553, lookalikes 1/600)::

    git worktree add --detach /tmp/r63m f6f8889  # on the round's branch r63
    cd /tmp/r63m && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round63

Any figure measured after that is in-sample.  The measurement commit is f6f8889 on branch r63.
After the round-63 changes (7c953e9; hand-made cases first, ``REDACTED``/``KEPT["round63"]`` of
``test_heldout_rounds.py``: 7 fail on 03e7f19's rules, 6 guards pass on both), two rules widened,
no rule added (464, 463 on by default): ``credential-word-token`` takes a credential word in lower
case glued to a listed provider's name (``shortcutaccess <uuid>``, ``speechtextaccess-<hex>``,
``speechtextsecret-<hex>``; :func:`pipeline.redact.validators._credential_near` asks the glued
name to be one of :func:`~pipeline.redact.validators.near_provider_words` or the weak names, so
``cacheaccess <uuid>`` and ``nexttoken <hex>`` stay), a credential pair written as one word after
a name and ``-`` (``speechtext-secretkey-<hex>``, as round 58's ``secret-key``;
``cache-secretkey-<hex>`` stays) and a capital word glued to a name then ``key`` or ``token``
apart (``spoonacularACCESS key <hex>``; ``sortACCESS key <hex>`` stays);
``sourcegraph-access-token`` takes the instance's 16 hex and ``local`` together
(``sgp_<16 hex>_local_<40 hex>``, alone and glued on either side).  No example was added, so the
labeled corpus and the bench's records are the same on both.  One lookalike was corrected one for
one (:mod:`tests.unit.redact.innocents_round63`'s docstring): Smartsheet's 16-digit ids led by 7
and 8.  Figures: strict **548/553 = 99.10%** at seed 349, loose the same (keyed 210/210, text
276/280, bare 62/63; groups near 416/420, prefixed 125/126); seeds 7 and 99: 548/553 and 549/553.
The round-63 lookalikes: 0/600 at corpus seeds 349, 7 and 99 and 0 of 3000 at seeds 1, 2 and 3.
Every other round's figures and lookalikes unchanged but one line (``python -m
tests.unit.redact.figures --seeds`` in worktrees of 03e7f19 and of 7c953e9: every earlier line
identical but round 49's, 478/490 then 479/490, its ``codatoken-<uuid>`` now found by the same
class; round 62's lookalikes at seeds 1-3, which ``--seeds`` prints only for the last round, 0 of
3000 each here); the labeled corpus 10336/10336 and the public-format corpus 2253/2261 on both.
``sightline bench redact --records 60000`` (03e7f19 and 7c953e9 alternated, 3 pairs, CPU
records/s; load 4.9-5.3 on 2 cores): without secrets 142,102 / 161,411, 165,456 / 146,657,
154,138 / 155,450 (medians 154,138 and 155,450), with secrets 11,670 / 11,544, 11,081 / 11,064,
11,526 / 10,985 (medians 11,526 and 11,064, 4 % lower here, within the base's own spread of
11,081-11,670 but lower in all 3 pairs); values replaced 60,436 in every run.

Left (5 of 553 at seeds 349 and 7, 4 at 99): ``token: signupgeniusACCESS`` then ``key: <32 hex>``
on the next line (1 of 7 at every seed: the first line is taken as a value under ``token``, and a
value under a bare ``key`` names no credential by itself: cache and object keys); ``skrapp <42>``
(1 of 7: the provider's name alone and a blank before 42 letters and digits, no credential word
nor ``:``/``=``); Snowflake's password after ``private key:`` or ``access token`` (1-2 of 7:
``snowflake`` is an everyday word kept out of the free-text provider names, and
``credential-word-token``'s values hold letters, digits and ``-_+/=.`` only); Square's ``EAAA<60>`` glued on the
left (``BoomErrEAAA...``, 1 of 7: the rule keeps its base64 guard, ``EAAA`` being common inside
base64 blobs, so it is not loosened).  Left for a later round: the candidates past ``stormboard``
before ``t`` (``stormglass``, ``storyblok`` ... ``swiftype``) and Kingfisher's files whose names
are no trufflehog folder's.

The round was built on branch r63 from 03e7f19: 50384e5 (the rule), f6f8889 (the probes, the
families and the measurement), 7c953e9 (the changes) and the commit adding these figures.

Formats are facts in our own notation, generated at test time; no rule text of the sources is
copied.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round63 import PROVIDERS, lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound, split_by_prefix

__all__ = ["FAMILIES", "KNOWN", "NEW", "SOURCE_PATHS", "run", "samples"]

_AN = "[A-Za-z0-9]"
_HEX_UUID = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"

SOURCE_PATHS: dict[str, str] = {}
_KF = Families("kingfisher", "mongodb/kingfisher:data/rules/", SOURCE_PATHS)


_kf = _KF.name_and_word  # a Kingfisher rule of its usual shape, read from the file its fourth argument names


NEAR: tuple[HeldFamily, ...] = (
    # Shipday's keys: 10, '.', 20 (the rule's 11 of letters, digits and '.', then 20)
    *_kf("shipday-api-key", f"{_AN}{{10}}\\.{_AN}{{20}}", "shipday", "shipday.yml",
         "curl -H 'Authorization: Basic {v}' https://api.shipday.com/carriers",
         "shipday_token = {v}", "shipday_secret {v}"),
    # the rule asks shodan
    *_kf("shodankey-api-key", f"{_AN}{{32}}", "shodan", "shodankey.yml",
         "GET https://api.shodan.io/api-info?key={v}",
         "shodanSECRET={v}", "shodan-access-key={v}"),
    *_kf("shortcut-api-key", _HEX_UUID, "shortcut", "shortcut.yml",
         "curl -H 'Content-Type: application/json' -H 'Shortcut-Token: {v}' https://api.app.shortcut.com/api/v3/member",
         "shortcut-private-key {v}", "shortcutaccess {v}", "shortcut-SECRET-tok {v}"),
    *_kf("shotstack-api-key", f"{_AN}{{40}}", "shotstack", "shotstack.yml",
         "curl -X POST -H 'Content-Type: application/json' -H 'x-api-key: {v}' -d @render.json "
         "https://api.shotstack.io/stage/render",
         "shotstack_key={v}", "shotstack_token={v}"),
    # Shutterstock's OAuth tokens: v2/ and 388 letters and digits; the rule asks shutterstock
    *_kf("shutterstockoauth-token", f"v2/{_AN}{{388}}", "shutterstock", "shutterstockoauth.yml",
         "curl -H 'Accept: application/json' -H 'Authorization: Bearer {v}' https://api.shutterstock.com/v2/user",
         "shutterstock_token = {v}"),
    *_kf("signaturit-api-key", f"{_AN}{{86}}", "signaturit", "signaturit.yml",
         "curl -H 'Authorization: Bearer {v}' https://api.sandbox.signaturit.com/v3/signatures.json",
         "signaturit secret TOKEN {v}"),
    # SignupGenius' keys as the rule's examples write them, 32 hex
    *_kf("signupgenius-api-key", "[a-f0-9]{32}", "signupgenius", "signupgenius.yml",
         "GET https://api.signupgenius.com/v2/k/user/profile/?user_key={v}",
         "signupgeniusSECRET={v}", "signupgeniusPRIVATE.{v}", "signupgeniusKEY \"{v}\"",
         "token: signupgeniusACCESS\n  key: {v}"),
    *_kf("sigopt-api-key", "[A-Z0-9]{48}", "sigopt", "sigopt.yml",
         "curl -u '{v}:' -H 'Content-Type: application/json' https://api.sigopt.com/v1/experiments",
         "sigopt_token = {v}"),
    *_kf("simfin-api-key", f"{_AN}{{32}}", "simfin", "simfin.yml",
         "GET https://simfin.com/api/v2/companies/list?api-key={v}",
         "simfinKEY={v}", "simfinTOKEN:{v}", "simfinSECRET:{v}"),
    *_kf("simplesat-api-key", "[a-z0-9]{40}", "simplesat", "simplesat.yml",
         "curl -H 'X-Simplesat-Token: {v}' https://api.simplesat.io/api/answers/",
         "simplesat_token={v}", "simplesat_key={v}"),
    # SimplyNoted's tokens: a JWT signed HS256, 349 characters (the rule's 340-360 of non-space)
    *_kf("simplynoted-api-key",
         "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9\\.eyJ[A-Za-z0-9_-]{264}[A-Za-z0-9]\\.[A-Za-z0-9_-]{42}[A-Za-z0-9]",
         "simplynoted", "simplynoted.yml",
         "curl -H 'Authorization: Bearer {v}' https://api.simplynoted.com/api/products",
         "simplynoted_key={v}"),
    *_kf("simvoly-api-key", "[a-z0-9]{33}", "simvoly", "simvoly.yml",
         "curl -H 'Authorization: Bearer {v}' 'https://acme.simvoly.com/api/site/members?group_id=12&limit=25'",
         "simvoly SECRET KEY {v}", "simvoly ACCESS TOKEN {v}"),
    # the rule asks skrapp and no credential word
    *_kf("skrappio-api-key", f"{_AN}{{42}}", "skrapp", "skrappio.yml",
         "curl -H 'Content-Type: application/json' -H 'X-Access-Key: {v}' https://api.skrapp.io/api/v2/account",
         "skrapp {v}"),
    # the rule asks smartsheets (the provider's name and an s) and no credential word
    *_kf("smartsheets-api-key", f"{_AN}{{37}}", "smartsheets", "smartsheets.yml",
         "curl -H 'Authorization: Bearer {v}' https://api.smartsheet.com/2.0/sheets",
         "smartsheets={v}", "smartsheets_token={v}"),
    *_kf("snipcart-api-key", f"{_AN}[A-Za-z0-9_]{{73}}{_AN}", "snipcart", "snipcart.yml",
         "curl -u '{v}:' -H 'Accept: application/json' https://app.snipcart.com/api/orders",
         "snipcart_token = {v}"),
    # Snowflake's password (snowflake.yml rule 3): 8-64 of letters, digits and !@#$%^&*
    *_KF.keyed_and_text(
        "snowflake-password", "[A-Za-z0-9]{4}[A-Za-z0-9!@#$%^&*]{6,18}[A-Za-z0-9]{2}", "snowflake.yml",
        ("SNOWFLAKE_PASSWORD", "snowflake_password", "snowflakePassword", "SNOWFLAKE_SECRET"),
        "curl -X POST -H 'Content-Type: application/json' -d '{\"data\": {\"ACCOUNT_NAME\": \"xy12345\", "
        "\"LOGIN_NAME\": \"etl_user\", \"PASSWORD\": \"{v}\"}}' "
        "https://xy12345.snowflakecomputing.com:443/session/v1/login-request",
        "curl -X POST -H 'Content-Type: application/json' -d '{\"data\": {\"ACCOUNT_NAME\": \"xy12345\", "
        "\"LOGIN_NAME\": \"etl_user\", \"PASSWORD\": \"{v}\"}}' "
        "https://xy12345.snowflakecomputing.com:443/session/v1/login-request",
        "snowflake password = {v}",
        "snowflake_key = {v}",
        "snowflake private key: {v}",
        "Snowflake access token {v} rotated by ops",
    ),
    # SonarCloud's tokens are 40 hex; the rule asks sonar
    *_kf("sonarcloud-api-token", "[a-f0-9]{40}", "sonar", "sonarcloud.yml",
         "curl -u '{v}:' https://sonarcloud.io/api/authentication/validate",
         "sonar_api_token={v}"),
    # SparkPost's keys are 40 hex
    *_kf("sparkpost-api-key", "[a-f0-9]{40}", "sparkpost", "sparkpost.yml",
         "curl -H 'Authorization: {v}' https://api.sparkpost.com/api/v1/account",
         "sparkpost_key = {v}"),
    # the rule asks speechtext
    *_kf("speechtextai-api-key", "[a-f0-9]{32}", "speechtext", "speechtextai.yml",
         "curl -X POST -H 'Content-Type: application/octet-stream' --data-binary @audio.m4a "
         "'https://api.speechtext.ai/recognize?key={v}&language=en-US&punctuation=true&format=m4a'",
         "speechtext-secretkey-{v}", "speechtextaccess-{v}"),
    # Spoonacular's keys are 32 hex
    *_kf("spoonacular-api-key", "[a-f0-9]{32}", "spoonacular", "spoonacular.yml",
         "GET https://api.spoonacular.com/recipes/random?apiKey={v}",
         "spoonacular_SECRET {v}", "spoonacularACCESS key {v}"),
    # the rule asks sportsmonk (the provider is Sportmonks)
    *_kf("sportsmonk-api-key", f"{_AN}{{60}}", "sportsmonk", "sportsmonk.yml",
         "GET https://soccer.sportmonks.com/api/v2.0/leagues?api_token={v}",
         "sportsmonkSECRET={v}", "sportsmonkPRIVATE:{v}", "sportsmonkKEY={v}"),
    *_kf("squarespace-api-key", _HEX_UUID, "squarespace", "squarespace.yml",
         "curl -H 'User-Agent: acme-sync' -H 'Authorization: Bearer {v}' "
         "'https://api.squarespace.com/1.0/profiles?sortField=email&sortDirection=asc'",
         "squarespace-secret-{v}", "squarespaceSecretKey={v}", "squarespace private token: {v}"),
    *_kf("sslmate-api-key", f"{_AN}{{36}}", "sslmate", "sslmate.yml",
         "curl -u '{v}:' 'https://sslmate.com/api/v2/certs/example.com?expand=current.crt'",
         "sslmate_key={v}", "SSLMATE_SECRET_KEY={v}"),
    *_kf("statuscake-api-key", f"{_AN}{{20}}", "statuscake", "statuscake.yml",
         "curl -H 'Authorization: Bearer {v}' https://api.statuscake.com/v1/ssl",
         "statuscake_token={v}", "statuscake_private={v}"),
    # Statuspage's keys as the rule's examples write them, UUIDs
    *_kf("statuspage-api-key", _HEX_UUID, "statuspage", "statuspage.yml",
         "curl -H 'Content-Type: application/json' -H 'Authorization: OAuth {v}' https://api.statuspage.io/v1/pages",
         "statuspage_key = {v}", "statuspage_token = {v}"),
    *_kf("statuspal-api-key", f"{_AN}{{32}}", "statuspal", "statuspal.yml",
         "curl -H 'Accept: application/vnd.statuspal+json; version=3' -H 'Authorization: {v}' "
         "https://statuspal.io/api/v1/status_pages/acme/subscriptions",
         "statuspal_key = {v}"),
    *_kf("stitchdata-api-key", "[a-z0-9]{35}", "stitchdata", "stitchdata.yml",
         "curl -H 'Authorization: Bearer {v}' -H 'Content-Type: application/json' https://api.stitchdata.com/v4/sources",
         "stitchdata_SECRET={v}", "stitchdata_PRIVATE_key={v}"),
    *_kf("stockdata-api-key", f"{_AN}{{40}}", "stockdata", "stockdata.yml",
         "GET https://api.stockdata.org/v1/data/quote?symbols=AAPL,TSLA,MSFT&api_token={v}",
         "stockdataSECRET={v}", "stockdataPRIVATE:{v}"),
    *_kf("storecove-api-key", f"{_AN}[A-Za-z0-9_-]{{41}}{_AN}", "storecove", "storecove.yml",
         "curl -H 'Authorization: Bearer {v}' https://api.storecove.com/api/v2/discovery/identifiers",
         "storecove_secret_token={v}", "storecove-access-key={v}"),
    *_kf("stormboard-api-key", "[a-f0-9]{40}", "stormboard", "stormboard.yml",
         "curl -H 'X-API-Key: {v}' https://api.stormboard.com/users/profile",
         "stormboard SECRET {v}"),
)

PREFIXED: tuple[HeldFamily, ...] = (
    # Shopify's tokens (shopify.yml rule 1): shpat_, shpca_, shppa_ or shpss_ and 32 hex
    *_KF.prefixed("shopify-access-token", "shp(?:at|ca|pa|ss)_[a-f0-9]{32}", "shopify.yml",
                  "curl -H 'X-Shopify-Access-Token: {v}' https://acme-store.myshopify.com/admin/oauth/access_scopes.json",
                  "shopify_app_secret: \"{v}\""),
    # Slack's app-level tokens (slack.yml rule 1): xapp-1-, the app's id, digits, 64 hex
    *_KF.prefixed("slack-app-token", "xapp-1-A[A-Z0-9]{10}-[0-9]{13}-[a-f0-9]{64}", "slack.yml",
                  "curl -X POST -H 'Authorization: Bearer {v}' https://slack.com/api/apps.connections.open",
                  "SLACK_APP_TOKEN={v}"),
    # Slack's tokens (slack.yml rule 2): xoxb-/xoxp- with the team's and user's numbers, or the
    # refreshable xoxe.xoxp-1- and xoxe-1- forms (the rule's three alternatives, drawn in turn)
    *_KF.prefixed("slack-token",
                  "(?:xox[bp]-[0-9]{11,13}-[0-9]{11,13}-[A-Za-z0-9]{24}|xoxe\\.xoxp-1-[A-Za-z0-9]{160}"
                  "|xoxe-1-[A-Za-z0-9]{146})",
                  "slack.yml",
                  "curl -X POST -H 'Authorization: Bearer {v}' -H 'Content-Type: application/json; charset=utf-8' "
                  "https://slack.com/api/auth.test",
                  "SLACK_BOT_TOKEN={v}"),
    # Sourcegraph's access tokens (sourcegraph.yml rule 1): sgp_, the instance's 16 hex or local, _, 40 hex; or sgp_ and 40 hex
    *_KF.prefixed("sourcegraph-access-token", "sgp_(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40}", "sourcegraph.yml",
                  "curl -X POST -H 'Authorization: token {v}' -d '{\"query\": \"query { currentUser { username } }\"}' "
                  "https://sourcegraph.com/.api/graphql",
                  "SRC_ACCESS_TOKEN={v}"),
    # Sourcegraph's API keys (rule 2) as its examples write them: sgp_, 16 hex, _local_, 40 hex; or sgp_ and 40 hex
    *_KF.prefixed("sourcegraph-api-key", "sgp_(?:[a-f0-9]{16}_local_)?[a-f0-9]{40}", "sourcegraph.yml",
                  "curl -X POST -H 'Content-Type: application/json' -H 'Authorization: token {v}' "
                  "https://sourcegraph.com/.api/graphql",
                  "sourcegraph token: {v}"),
    # Sourcegraph Cody's keys (rule 3): slk_ and 64 hex
    *_KF.prefixed("sourcegraph-cody-key", "slk_[a-f0-9]{64}", "sourcegraph.yml",
                  "curl -H 'Authorization: Bearer {v}' https://cody-gateway.sourcegraph.com/v1/limits",
                  "CODY_API_KEY={v}"),
    # Square's access tokens (square.yml rule 1): EAAA and 60 (the rule asks square within 16 before it)
    *_KF.prefixed("square-access-token", f"EAAA{_AN}[A-Za-z0-9-]{{58}}{_AN}", "square.yml",
                  "curl -H 'Authorization: Bearer {v}' -H 'Content-Type: application/json' "
                  "https://connect.squareup.com/v2/merchants",
                  "square {v}"),
    # Square's older access tokens (rule 2): sq0atp- and 22 of base64url
    *_KF.prefixed("square-sq0atp-token", f"sq0atp-{_AN}[A-Za-z0-9_-]{{20}}{_AN}", "square.yml",
                  "curl -H 'Authorization: Bearer {v}' https://connect.squareup.com/v2/merchants",
                  "SQUARE_ACCESS_TOKEN={v}"),
    # Square's OAuth application secrets (rule 3): sq0csp- and 43 of base64url
    *_KF.prefixed("square-oauth-secret", f"sq0csp-{_AN}[A-Za-z0-9_-]{{41}}{_AN}", "square.yml",
                  "curl -X POST -H 'Content-Type: application/json' -d '{\"client_id\": \"sq0idp-uZGn3lJQK4Y4EfxqDOoV8J\", "
                  "\"client_secret\": \"{v}\", \"grant_type\": \"authorization_code\"}' https://connect.squareup.com/oauth2/token",
                  "square oauth secret {v}"),
)

TEXT: tuple[HeldFamily, ...] = (
    # a Slack incoming webhook's secret (slack.yml rule 4: the last 24 of /services/T.../B.../<secret>)
    _KF.family("slack-webhook-secret", "text", f"{_AN}{{24}}", "slack.yml",
               "https://hooks.slack.com/services/T04HQ7N2C/B05RG8K3D1M/{v}",
               "curl -X POST -H 'Content-Type: application/json' -d '{\"text\": \"deploy done\"}' "
               "https://hooks.slack.com/services/T0A1B2C3D/B0E4F5G6H/{v}",
               "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T8ZK21QWE/B9XL32RTY7/{v}"),
)

FAMILIES: tuple[HeldFamily, ...] = NEAR + PREFIXED + TEXT

KNOWN, NEW = split_by_prefix(FAMILIES, tuple(PROVIDERS))

ROUND = HeldOutRound(
    "round-63",
    __doc__,
    349,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"near": NEAR, "prefixed": PREFIXED, "known": KNOWN},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
