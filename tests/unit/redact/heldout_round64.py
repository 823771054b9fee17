"""A sixty-fourth held-out recall measure: Kingfisher rule files past ``uclassify``, found by probing names.

``python -m tests.unit.redact.heldout_round64 [--seed N] [--per-family N] [--sources]``

The same source and method as rounds 49, 53, 54 and 56-62 (mongodb/kingfisher, the folder
``data/rules/`` as the index stores it, commit 3397803).  Round 62 stopped at ``uclassify``, the
last name it probed; this round starts with the first candidate after ``uclassify``.  Round 63,
written at the same time by another hand on another branch, takes the candidates past
``sherpadesk`` before ``t``; its files and figures are not on this round's base (03e7f19), so
nothing of round 63 is skipped or counted here, and no name before ``uclassify`` is probed.
Before this rule was committed no Kingfisher rule file's text was read for this round, no name was
probed for it and trufflehog's list was not opened for it.

The rule that chooses the files, written here before any name was probed, any rule file read and
any secret generated (round 62's rules 1-5, the start moved):

1. the candidate names are trufflehog's detector folder names (``pkg/detectors/<name>``, lower-case
   as they are, a versioned detector's folder once), as trufflehog's default list
   (``pkg/engine/defaults/defaults.go`` at 0011995, the commit rounds 24-62 counted and round 57
   names; its built and its commented-out detectors, as round 47 counted them, the commented-out
   ones put in their places) imports them, in byte order, from the first name after ``uclassify``
   on;
2. each candidate is probed in that order: ``find_files(repo="mongodb/kingfisher",
   path="data/rules/<name>.yml")``; a name whose path is stored (at 3397803, or at the one version
   the index holds) exists.  A file that exists is taken unless a round read it: its name is named
   as a read Kingfisher or Titus file by an earlier round's ``SOURCE_PATHS`` or docstring (a grep of
   ``tests/unit/redact`` and ``README.md`` of this round's base, 03e7f19, for the name, as rounds
   46, 49 and 53-62 checked; the 98 Titus files rounds 17-19 read, ``adafruitio`` to
   ``eventbrite``, count as read by file name; a file of another tool with the same name, Sonar's
   ``<name>.yaml`` of rounds 14-16, is no Kingfisher file and does not count).  Probing stops when
   the round holds 35 files or the candidates end (if they end first, the round takes what there
   is and says so); the number of names probed and of files that existed is written below, and a
   name probed past the stop in the same batch is named and not counted;
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

Seed 353 (no round has used it: no ``Round(...)`` registration nor heldout module on 03e7f19 names
it as a seed; 331, 337 and 347 are taken by rounds 60-62), 7 samples per family, round 2's
carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round64`) are 600 lines in the families' contexts holding no
secret, as rounds 49's and 51-62's are.  Their provider word is the provider's name, never a
file's name that carries a credential word (a file ``<provider>token.yml``,
``<provider>apikey.yml`` or ``<provider>key.yml`` gives the lookalikes ``<provider>``, the name
the provider goes by): round 57 found that a line ``lokalisetoken: <hex>`` is a value under a key
named token, which the library takes by design, so the lookalikes are drawn with the provider's
name from the start.

The rule applied (after the rule above was committed, c313b85 on branch r64).  The candidates:
``defaults.go`` as the index stores it (``find_files`` names b9ffb95 as the stored version,
``read_file`` returned 0011995's text) imports the folders in byte order; the first name after
``uclassify`` is ``unifyid``, then ``unplugg``, ``unsplash``, ``upcdatabase`` ...; the one
commented-out detector of round 47's list in this stretch, ``wepay``, is probed in its place
(between ``weightsandbiases`` and ``whoxy``).  **43 names probed** (``unifyid`` to ``wistia``),
**35 files exist** at 3397803: unplugg, unsplash, upcdatabase, uplead, uptimerobot, upwave, uri,
urlscan, userflow, userstack, vatlayer, vbout, vercel, verimail, veriphone, versioneye, viewneo,
virustotal, visualcrossing, voiceflow, voicegain, voodoosms, vpnapi, vultrapikey, vyte, walkscore,
weatherbit, weatherstack, web3storage, webflow, webscraper, webscraping, weightsandbiases, whoxy,
wistia.  The 8 not stored: unifyid, uploadcare, vagrantcloudpersonaltoken, verifier, vouchery,
webex, websitepulse, wepay.  Rule 2's check (a grep of ``tests/unit/redact`` and ``README.md`` on
03e7f19 for ``<name>.yml``/``<name>.yaml``) finds no Kingfisher or Titus file read: ``uri.yml``
(round 20) is whispers' file, another tool's; so all 35 are taken and the round reaches 35 at
``wistia``, where probing stopped (the probes were made in batches of ten, ten, ten, ten, two and
one; no name past ``wistia`` was probed).  Round 64 leaves ``wistia`` read, so a later round going
on from here starts after ``wistia`` (``wiz``, ``worksnaps`` ...).

The files hold 35 rules, one each.  None is left out by rule 3 (``uri.yml``'s rule is a URL with a
user and a secret, the secret the value; no pattern is another's character for character).  The
35 give 69 families (``SOURCE_PATHS``), 483 samples a seed:

* 33 rules of Kingfisher's usual shape (the provider's name, a credential word within 32
  characters, or 16 for Vercel's and WebScrapingAPI's, the token; Weights & Biases' the word
  ``wandb`` alone, the key within 16), a keyed family and a text family each (group ``near``; the
  verifier's request drawn twice, the examples' shapes: ``unplugg-secret-key-``,
  ``unplugg-access-token-``, ``unsplash_token =``, ``upcdatabase SECRET``, ``upcdatabase ACCESS
  KEY``, ``uplead_key=``, ``uplead_token=``, ``uptimerobot_SECRET=``, ``uptimerobot_KEY=``,
  ``upwave_token=``, ``upwave_key=``, ``urlscanSECRET-access-key-``, ``urlscanPRIVATEkey-``,
  ``urlscan-access-token-key-``, ``userflow_token=``, ``USERFLOW_SECRET=``,
  ``userstack_access_key=``, ``userstack_token=``, ``vatlayerTOKEN``, ``vatlayer SECRET``, ``vbout
  SECRET``/``ACCESS``/``KEY``, ``vercel SECRET``, ``vercelTOKEN``, ``verimail_key=``,
  ``verimail_secret=``, ``veriphone_key =``, ``versioneye_key=versioneyeSECRETkey-``,
  ``versioneyeACCESS-``, ``viewneo_token =``, ``virustotal_key=``, ``virustotal_secret=``,
  ``visualcrossing`` / ``PRIVATE`` / the key on three lines and ``visualcrossing`` / ``KEY`` / the
  key, ``voicegain_token =``, ``voodoosms_key =``, ``vpnapi secret_key=``,
  ``vultr_SECRET_ACCESS_KEY``, ``vyte_token =``, ``walkscore TOKEN``/``SECRET``/``ACCESS``,
  ``weatherbitSECRET``, ``weatherbitACCESS``, ``weatherstack_key=``,
  ``WEATHERSTACK_ACCESS_KEY=``, ``web3 access key``, ``web3 secret key``, ``webflow_token =``,
  ``WEBFLOW_API_KEY=``, ``webscraper SECRET``, ``webscraperPRIVATE``, ``webscrapingSECRET``,
  ``webscrapingPRIVATE``, ``wandb``, ``wandb login``, ``whoxy_secret=``, ``wistia_key =``), then
  ``<name>_key =``, ``<name> private key:`` and ``<Name> access token ... rotated``; Unplugg's,
  Vultr's, web3.storage's and Weights & Biases' families use ``unplugg`` (the rule asks
  ``unplu``), ``vultr``, ``web3`` and ``wandb``, the words their rules ask;
* Voiceflow's rule, whose token has a prefix of its own (``VF.``, ``DM.`` or ``WS.`` or neither,
  24 hex, ``.``, 16 letters and digits), a bare family and one in a request (group ``prefixed``);
* ``uri.yml``'s URL with a user and a secret, a text family (``https://<user>:<secret>@<host>...``
  and ``http://``, the secret the value: a letter or digit at each end, 12-24 of the rule's
  alphabet without ``%``).

Where the rule is wider than the provider's format the family writes the provider's: urlscan.io's
keys as UUIDs; userstack's, vatlayer's and weatherstack's (apilayer's access keys), Walk Score's
and Weatherbit's as 32 hex; VirusTotal's, Webflow's and Wistia's as 64 hex; Weights & Biases' as
40 hex (the rule's); the rules' alphabets with a letter or digit at each end for Unsplash's,
Uplead's, Userflow's, VersionEye's, viewneo's last part, Voicegain's parts and web3.storage's
parts.  Weights & Biases' request sends ``api:<v>`` as Basic credentials, as its verifier does.

Every provider is one an earlier round or the corpus has (a grep of ``tests/unit/redact`` and
``pipeline/redact`` on 03e7f19 finds each name; the URL with a password is round 45's and round
48's class).  Group ``known`` is all 69 families and ``new`` is empty (not printed).

First measurement, BEFORE any rule was changed for these families (seed 353, 7 samples per family,
rules as of 03e7f19; the module written and run once, nothing tuned): strict **473/483 =
97.93%**, loose 473/483 (by carrier: keyed 231/231, text 235/245, bare 7/7; groups near 452/462,
prefixed 14/14).  Seeds 7 and 99, same rules: 473/483 = 97.93% each, the same ten shapes missed
(the misses hang on the carrier, drawn by the sample's place, not on the value).  Missed at 353
(10): Unsplash's request ``GET https://api.unsplash.com/photos/?client_id=<43>`` (3 of 7, every
request draw: the key sent as ``client_id``, a name the library reads as an identifier, and no
credential word near); urlscan.io's ``urlscanSECRET-access-key-<uuid>`` and
``urlscan-access-token-key-<uuid>`` (2 of 7: a UUID glued by ``-`` after a hyphenated name and
credential words; ``urlscanPRIVATEkey-<uuid>`` is found); ``vbout ACCESS <25 digits>`` (1 of 7;
``vbout SECRET`` and ``vbout KEY`` are found); Visual Crossing's name, word and key on three lines
(``visualcrossing`` / ``PRIVATE`` / ``<25>`` and ``visualcrossing`` / ``KEY`` / ``<25>``, 2 of 7);
``wandb <40 hex>`` and ``wandb login <40 hex>`` (2 of 7: the provider's word, or its CLI's
``login``, before 40 hex with no credential word; W&B's request with ``api:<v>`` is found).  The
round-64 lookalikes: **0/600 touched** at corpus seed 353, and 0/600 at corpus seeds 7 and 99.

The commit that holds the paragraph above (its message beginning "heldout_round64,
innocents_round64") holds this module and 03e7f19's rules, so the held-out figure is printed again
by a worktree of that commit (473/483, lookalikes 0/600)::

    git worktree add --detach /tmp/r64m cba42f1  # on the round's branch r64
    cd /tmp/r64m && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round64

Any figure measured after that is in-sample.  The measurement commit is cba42f1 on branch r64.

After the round-64 changes (06271b7; hand-made cases first, ``REDACTED``/``KEPT["round64"]`` of
``test_heldout_rounds.py``: 5 fail on 03e7f19's rules, 8 guards pass on both), two changes, no
rule added (464, 463 on by default): a numeric key right after a provider's name and a credential
word in capitals is taken (:func:`pipeline.redact.validators._credential_near`: digits alone pass
where ``_long_digit_key`` holds, 21 or more with seven distinct, and the word before the phrase is
a provider's name; ``vbout ACCESS <25 digits>``; ``twilio account ACCESS <digits>``, 20 digits and
repeated digits stay); credential words chained by ``-`` before the token (rule
``credential-word-token``'s ``mid``): after ``secret-`` or ``token-`` with a name before them,
``token-`` and ``key-`` go with the phrase, and ``secret-key`` or ``access-key`` may follow
``SECRET``, ``ACCESS``, ``PRIVATE`` or ``TOKEN`` glued to a name
(``urlscan-access-token-key-<uuid>``, ``urlscanSECRET-access-key-<uuid>``; ``token-key-<uuid>``,
``orders-cache-key-<uuid>`` and ``READ-access-key-<uuid>`` stay).  No lookalike was redrawn.
Figures: strict **476/483 = 98.55%** at seed 353, loose the same (keyed 231/231, text 238/245,
bare 7/7; groups near 455/462, prefixed 14/14); seeds 7 and 99: 476/483 each.  The round-64
lookalikes: 0/600 at corpus seeds 353, 7 and 99 and 0 of 3000 at seeds 1, 2 and 3.  Every other
round's figures and lookalikes unchanged (``python -m tests.unit.redact.figures --seeds`` in
worktrees of 03e7f19 and of 06271b7: every earlier line identical, round 64's lines added; round
62's lookalikes at seeds 1-3, which ``--seeds`` prints only for the last round, 0 of 3000 each
here); the labeled corpus 10336/10336 and the public-format corpus 2253/2261 on both.
``sightline bench redact --records 60000`` (03e7f19 and 06271b7 alternated, 3 pairs, CPU
records/s; load 3.6-5.2 on 2 cores): without secrets 139,542 / 142,199, 147,066 / 127,754,
126,502 / 137,264 (medians 139,542 and 137,264), with secrets 9,611 / 9,973, 9,704 / 9,414, 9,526
/ 9,296 (medians 9,611 and 9,414); values replaced 60,436 in every run (no example added, so the
with-secrets records are the same on both).

Left (7 of 483 at every seed): Unsplash's request ``?client_id=<43>`` (3 of 7: its access key sent
under ``client_id``, which OAuth clients use for a public id, with no credential word near; round
61's RiteKit request is the same class); Visual Crossing's name, word and key on three lines (2 of
7: the rule's examples cross lines; the library reads the credential word and the token on one
line); ``wandb <40 hex>`` (the name alone before 40 hex, a commit's shape, which rule
``provider-name-blank-token`` leaves by design: ``github <40 hex> merged``) and ``wandb login <40
hex>`` (W&B's CLI taking the key as its argument; a rule of its own, or a class of CLIs' login
arguments, would be needed), 1 of 7 each.  Left for a later round: the candidates past ``wistia``
(``wiz``, ``worksnaps`` ...) and Kingfisher's files whose names are no trufflehog folder's.

The round was built on branch r64 from 03e7f19: c313b85 (the rule), cba42f1 (the probes, the
families and the measurement), 06271b7 (the changes) and the commit adding these figures.

Formats are facts in our own notation, generated at test time; no rule text of the sources is
copied.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round64 import PROVIDERS, lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound, split_by_prefix

__all__ = ["FAMILIES", "KNOWN", "NEW", "SOURCE_PATHS", "run", "samples"]

_AN = "[A-Za-z0-9]"
_HEX_UUID = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"
# a password in a URL: the rule's alphabet without '%', a letter or digit at each end
_URL_PASSWORD = "[A-Za-z0-9][A-Za-z0-9!*_.~-]{10,22}[A-Za-z0-9]"

SOURCE_PATHS: dict[str, str] = {}
_KF = Families("kingfisher", "mongodb/kingfisher:data/rules/", SOURCE_PATHS)


_kf = _KF.by_first_word  # a Kingfisher rule of its usual shape, read from the file the id's first word names


NEAR: tuple[HeldFamily, ...] = (
    # Unplugg's tokens: 64 of the rule's alphabet; the rule asks unplu
    *_kf("unplugg-api-key", "[a-z0-9]{64}", "unplugg",
         "curl -X POST -H 'Content-Type: application/json' -H 'x-access-token: {v}' "
         "-d '{\"data\": [{\"timestamp\": 1466640000, \"value\": 0.27}]}' https://api.unplu.gg/forecast",
         "unplugg-secret-key-{v}", "unplugg-access-token-{v}"),
    # Unsplash's access keys: 43 of the rule's alphabet
    *_kf("unsplash-api-key", f"{_AN}[A-Za-z0-9_]{{41}}{_AN}", "unsplash",
         "GET https://api.unsplash.com/photos/?client_id={v}",
         "unsplash_token = {v}"),
    *_kf("upcdatabase-api-key", "[A-Z0-9]{32}", "upcdatabase",
         "GET https://api.upcdatabase.org/product/0111222333446?apikey={v}",
         "upcdatabase SECRET {v}", "upcdatabase ACCESS KEY {v}"),
    # Uplead's keys: 32 of the rule's alphabet, a letter or digit at each end
    *_kf("uplead-api-key", "[a-z0-9][a-z0-9-]{30}[a-z0-9]", "uplead",
         "curl -H 'Authorization: {v}' https://api.uplead.com/v2/credits",
         "uplead_key={v}", "uplead_token={v}"),
    *_kf("uptimerobot-api-key", f"{_AN}{{9}}-{_AN}{{24}}", "uptimerobot",
         "curl -X POST 'https://api.uptimerobot.com/v2/getMonitors?api_key={v}'",
         "uptimerobot_SECRET={v}", "uptimerobot_KEY={v}"),
    *_kf("upwave-api-key", "[a-z0-9]{32}", "upwave",
         "curl -H 'Content-Type: application/json' -H 'Authorization: Token {v}' https://api.upwave.io/workspaces/",
         "upwave_token={v}", "upwave_key={v}"),
    # urlscan.io's keys are UUIDs (the rule's 36)
    *_kf("urlscan-api-key", _HEX_UUID, "urlscan",
         "curl -H 'API-Key: {v}' https://urlscan.io/user/quotas",
         "urlscanSECRET-access-key-{v}", "urlscanPRIVATEkey-{v}", "urlscan-access-token-key-{v}"),
    # Userflow's keys: 29 of the rule's alphabet, a letter or digit at each end
    *_kf("userflow-api-key", "[a-z0-9][a-z0-9_]{27}[a-z0-9]", "userflow",
         "curl -H 'Accept: application/vnd.userflow+json; version=3' -H 'Authorization: Bearer {v}' "
         "https://api.userflow.com/users",
         "userflow_token={v}", "USERFLOW_SECRET={v}"),
    # userstack's (apilayer's) access keys are 32 hex
    *_kf("userstack-api-key", "[a-f0-9]{32}", "userstack",
         "GET https://api.userstack.com/detect?access_key={v}&ua=Mozilla/5.0",
         "userstack_access_key={v}", "userstack_token={v}"),
    # vatlayer's (apilayer's) access keys are 32 hex
    *_kf("vatlayer-api-key", "[a-f0-9]{32}", "vatlayer",
         "GET https://www.apilayer.net/api/validate?access_key={v}&vat_number=LU26375245&format=1",
         "vatlayerTOKEN {v}", "vatlayer SECRET {v}"),
    # VBOUT's keys: 25 digits
    *_kf("vbout-api-key", "[0-9]{25}", "vbout",
         "GET https://api.vbout.com/1/app/me.json?key={v}",
         "vbout SECRET {v}", "vbout ACCESS {v}", "vbout KEY {v}"),
    *_kf("vercel-api-key", f"{_AN}{{24}}", "vercel",
         "curl -H 'Authorization: Bearer {v}' https://api.vercel.com/www/user",
         "vercel SECRET {v}", "vercelTOKEN {v}"),
    *_kf("verimail-api-key", "[A-Z0-9]{32}", "verimail",
         "GET https://api.verimail.io/v3/verify?key={v}",
         "verimail_key={v}", "verimail_secret={v}"),
    *_kf("veriphone-api-key", "[A-Z0-9]{32}", "veriphone",
         "GET https://api.veriphone.io/v2/verify?phone=%252B49-15123577723&key={v}",
         "veriphone_key = {v}"),
    # VersionEye's keys: 40 of the rule's alphabet, a letter or digit at each end
    *_kf("versioneye-api-key", f"{_AN}[A-Za-z0-9-]{{38}}{_AN}", "versioneye",
         "curl -H 'apiKey: {v}' https://www.versioneye.com/api/v1/scans",
         "versioneye_key=versioneyeSECRETkey-{v}", "versioneyeACCESS-{v}"),
    # viewneo's tokens: three dot-separated parts of 120-300, 150-300 and 600-800
    *_kf("viewneo-api-key", f"{_AN}{{120,300}}\\.{_AN}{{150,300}}\\.{_AN}[A-Za-z0-9_-]{{598,798}}{_AN}", "viewneo",
         "curl -H 'Accept: application/json' -H 'Authorization: Bearer {v}' https://cloud.viewneo.com/api/v1.0/playlist",
         "viewneo_token = {v}"),
    # VirusTotal's keys are 64 hex
    *_kf("virustotal-api-key", "[a-f0-9]{64}", "virustotal",
         "curl -H 'x-apikey: {v}' https://www.virustotal.com/api/v3/metadata",
         "virustotal_key={v}", "virustotal_secret={v}"),
    # Visual Crossing's keys: 25 upper-case letters and digits; the rule's examples put name, word and key on three lines
    *_kf("visualcrossing-api-key", "[A-Z0-9]{25}", "visualcrossing",
         "GET https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline/LA?key={v}",
         "visualcrossing\nPRIVATE \n{v}", "visualcrossing\nKEY\n{v}"),
    # Voicegain's tokens: ey and 34, .ey and 108, . and 43 (the rule's shape)
    *_kf("voicegain-api-key", "ey[A-Za-z0-9_-]{33}[A-Za-z0-9]\\.ey[A-Za-z0-9_-]{107}[A-Za-z0-9]\\.[A-Za-z0-9_-]{42}[A-Za-z0-9]",
         "voicegain",
         "curl -H 'Content-Type: application/json' -H 'Authorization: Bearer {v}' https://api.voicegain.ai/v1/sa/config",
         "voicegain_token = {v}"),
    *_kf("voodoosms-api-key", f"{_AN}{{46}}", "voodoosms",
         "curl -H 'Content-Type: application/json' -H 'Authorization: Bearer {v}' https://api.voodoosms.com/credits",
         "voodoosms_key = {v}"),
    *_kf("vpnapi-api-key", f"{_AN}{{32}}", "vpnapi",
         "GET https://vpnapi.io/api/8.8.8.8?key={v}",
         "vpnapi secret_key={v}"),
    # Vultr's keys: 36 upper-case letters and digits; the rule asks vultr
    *_kf("vultrapikey-api-key", "[A-Z0-9]{36}", "vultr",
         "curl -H 'Authorization: Bearer {v}' https://api.vultr.com/v2/account",
         "vultr_SECRET_ACCESS_KEY {v}"),
    *_kf("vyte-api-key", "[a-z0-9]{50}", "vyte",
         "curl -H 'Accept: application/vnd.vyte+json; version=3' -H 'Authorization: {v}' https://api.vyte.in/v2/events",
         "vyte_token = {v}"),
    # Walk Score's keys are 32 hex
    *_kf("walkscore-api-key", "[a-f0-9]{32}", "walkscore",
         "GET https://transit.walkscore.com/transit/search/stops/?lat=40.712776&lon=-74.005974&wsapikey={v}",
         "walkscore TOKEN {v}", "walkscore SECRET {v}", "walkscore ACCESS {v}"),
    # Weatherbit's keys are 32 hex
    *_kf("weatherbit-api-key", "[a-f0-9]{32}", "weatherbit",
         "GET https://api.weatherbit.io/v2.0/history/airquality?lat=38.0&lon=-78.0&key={v}",
         "weatherbitSECRET {v}", "weatherbitACCESS {v}"),
    # weatherstack's (apilayer's) access keys are 32 hex
    *_kf("weatherstack-api-key", "[a-f0-9]{32}", "weatherstack",
         "GET https://api.weatherstack.com/current?access_key={v}&query=LA",
         "weatherstack_key={v}", "WEATHERSTACK_ACCESS_KEY={v}"),
    # web3.storage's tokens: a JWT signed HS256 (the header the rule fixes), 100-300 and 25-100; the rule asks web3
    *_kf("web3storage-api-key",
         f"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\\.eyJ{_AN}[A-Za-z0-9_-]{{98,298}}{_AN}\\.{_AN}[A-Za-z0-9_-]{{23,98}}{_AN}",
         "web3",
         "curl -H 'Authorization: Bearer {v}' https://api.web3.storage/user/uploads",
         "web3 access key {v}", "web3 secret key {v}"),
    # Webflow's tokens are 64 hex
    *_kf("webflow-api-key", "[a-f0-9]{64}", "webflow",
         "curl -H 'accept-version: 1.0.0' -H 'Authorization: Bearer {v}' https://api.webflow.com/info",
         "webflow_token = {v}", "WEBFLOW_API_KEY={v}"),
    *_kf("webscraper-api-key", f"{_AN}{{60}}", "webscraper",
         "GET https://api.webscraper.io/api/v1/sitemaps?api_token={v}",
         "webscraper SECRET {v}", "webscraperPRIVATE {v}"),
    *_kf("webscraping-api-key", f"{_AN}{{32}}", "webscraping",
         "GET https://api.webscrapingapi.com/v1?api_key={v}",
         "webscrapingSECRET {v}", "webscrapingPRIVATE {v}"),
    # Weights & Biases' keys: 40 hex; the rule asks the word wandb, then the key within 16, no credential word
    *_KF.name_and_word("wandb-api-key", "[a-f0-9]{40}", "wandb", "weightsandbiases.yml",
                       "curl -X POST -u 'api:{v}' -H 'Content-Type: application/json' "
                       "-d '{\"query\": \"query Viewer { viewer { id username } }\"}' https://api.wandb.ai/graphql",
                       "wandb {v}", "wandb login {v}"),
    *_kf("whoxy-api-key", "[a-z0-9]{33}", "whoxy",
         "GET https://api.whoxy.com/?key={v}&account=balance",
         "whoxy_secret={v}"),
    # Wistia's tokens are 64 hex
    *_kf("wistia-api-key", "[a-f0-9]{64}", "wistia",
         "GET https://api.wistia.com/v1/stats/account.json?access_token={v}",
         "wistia_key = {v}"),
)

PREFIXED: tuple[HeldFamily, ...] = (
    # Voiceflow's keys: VF., DM. or WS. or neither, 24 hex, ., 16 letters and digits
    *_KF.prefixed("voiceflow-api-key", f"VF\\.(?:DM\\.|WS\\.|)[a-f0-9]{{24}}\\.{_AN}{{16}}", "voiceflow.yml",
                  "curl -X POST -H 'Accept: application/json' -H 'Authorization: {v}' -H 'Content-Type: application/json' "
                  "-d '{\"question\": \"is my voice my passport?\"}' https://general-runtime.voiceflow.com/knowledge-base/query",
                  "VOICEFLOW_API_KEY={v}"),
)

TEXT: tuple[HeldFamily, ...] = (
    # a URL with a user and a secret (http or https); the secret the value
    _KF.family("uri-user-secret", "text", _URL_PASSWORD, "uri.yml",
               "https://deploy:{v}@example.com/path",
               "curl https://admin:{v}@registry.acme.io/v2/_catalog",
               "WEBHOOK_URL=http://hooks:{v}@10.0.4.17:8080/notify?channel=ops",
               "git clone https://ci-bot:{v}@git.acme.io/acme/orders.git",
               "proxy = http://svc_reports:{v}@proxy.acme.internal:3128/"),
)

FAMILIES: tuple[HeldFamily, ...] = NEAR + PREFIXED + TEXT

# every provider is one an earlier round or the corpus has (see the docstring): NEW is empty
KNOWN, NEW = split_by_prefix(FAMILIES, (*PROVIDERS, "uri"))

ROUND = HeldOutRound(
    "round-64",
    __doc__,
    353,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"near": NEAR, "prefixed": PREFIXED, "known": KNOWN},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
