"""A sixty-first held-out recall measure: Kingfisher rule files past ``rentman``, found by probing names.

``python -m tests.unit.redact.heldout_round61 [--seed N] [--per-family N] [--sources]``

The same source and method as rounds 49, 53, 54 and 56-60 (mongodb/kingfisher, the folder
``data/rules/`` as the index stores it, commit 3397803), continued from where round 60 stopped: its
last counted probe was ``rentman``; ``repairshopr`` was probed past its stop in the same batch (not
stored) and not counted, so this round starts with ``replicate``, the name after it in trufflehog's
list.  Before this rule was committed no Kingfisher rule file's text was read for this round, no
name was probed for it and trufflehog's list was not opened for it (round 60's docstring names
``repairshopr``, not stored, then ``replicate`` and ``replyio`` as the next candidates, unprobed).
Another round (62) takes the names from ``t`` on, so this round ends before them.

The rule that chooses the files, written here before any name was probed, any rule file read and
any secret generated (round 60's rules 1-5, the start moved and an end added):

1. the candidate names are trufflehog's detector folder names (``pkg/detectors/<name>``, lower-case
   as they are, a versioned detector's folder once), as trufflehog's default list
   (``pkg/engine/defaults/defaults.go`` at 0011995, the commit rounds 24-60 counted and round 57
   names; its built and its commented-out detectors, as round 47 counted them, the commented-out
   ones put in their places) imports them, in byte order, from ``replicate`` on (the first name
   after ``rentman`` that no round probed) up to the last name before the first that begins with
   ``t``;
2. each candidate is probed in that order: ``find_files(repo="mongodb/kingfisher",
   path="data/rules/<name>.yml")``; a name whose path is stored (at 3397803, or at the one version
   the index holds) exists.  A file that exists is taken unless a round read it: its name is named
   as a read Kingfisher or Titus file by an earlier round's ``SOURCE_PATHS`` or docstring (a grep of
   ``tests/unit/redact`` and ``README.md`` of this round's base, eee1ce5, for the name, as rounds
   46, 49 and 53-60 checked; the 98 Titus files rounds 17-19 read, ``adafruitio`` to
   ``eventbrite``, count as read by file name).  Probing stops when the round holds 35 files or at
   the first name beginning with ``t`` (not probed), whichever comes first; the number of names
   probed and of files that existed is written below;
3. every rule of each file taken, in file order; round 33's rule 3 as round 43 wrote it: a rule
   whose match is no secret or only a public or identifying value (an id, an account number, a
   user or host name, an e-mail or IP address, a public key, a URL without credentials), a value
   of fewer than 8 characters, a rule whose pattern is another taken rule's character for
   character, is left out and named; a file all of whose rules are left out gives no family and
   still counts among the files read;
4. each rule left gives families as rounds 17, 43, 45, 46, 49 and 53-60 built them: a token with a
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
   which may be looser than or different from trufflehog's.  As rounds 12, 49 and 53-60 did, the
   figure is printed for the families whose provider an earlier round or the public-format corpus
   has (group ``known``) and for the others (``new``).

Seed 337 (no round has used it: no ``Round(...)`` registration nor heldout module on eee1ce5 names
it as a seed; 277, 281, 283, 293, 307, 311, 313, 317 and 331 are taken by rounds 52-60), 7 samples
per family, round 2's carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round61`) are 600 lines in the families' contexts holding no
secret, as rounds 49's and 51-60's are.  Their provider word is the provider's name, never a
file's name (a file ``<provider>token.yml``, ``<provider>apikey.yml`` or ``<provider>io.yml`` gives
the lookalikes ``<provider>``, or the word the rule asks before the value): round 57 found that a
line ``lokalisetoken: <hex>`` is a value under a key named token, which the library takes by
design, so the lookalikes are drawn with the provider's name from the start.

The rule applied (after the rule above was committed, 9158dcb on branch r61).  The candidates:
``defaults.go`` as the index stores it (``find_files`` names b9ffb95 as the stored version,
``read_file`` returned 0011995's text) imports the folders in byte order; from ``replicate`` they
run ``replyio``, ``requestfinance``, ``restpackhtmltopdfapi`` ...; the commented-out detectors of
round 47's list in this stretch, ``restpack`` (before ``restpackhtmltopdfapi``) and ``rockset``
(between ``rocketreach`` and ``roninapp``), are probed in their places, and ``sentrytoken`` (two
versions, ``sentrytoken/v1`` and ``v2``) once.  **54 names probed** (``replicate`` to
``sherpadesk``), **35 files exist** at 3397803: replicate, replyio, requestfinance, restpack,
restpackhtmltopdfapi, restpackscreenshotapi, ritekit, rocketreach, rockset, route4me, rubygems,
salesblink, salescookie, salesflare, salesforce, scalewaykey, scrapeowl, scraperapi, scraperbox,
scrapestack, scrapfly, scrapingant, scrapingbee, screenshotapi, screenshotlayer, scrutinizerci,
securitytrails, selectpdf, semaphore, sendbird, sendgrid, sentrytoken, serphouse, serpstack,
sherpadesk.  The 19 not stored: revampcrm, ringcentral, roaring, robinhoodcrypto, roninapp, rownd,
runrunit, saladcloudapikey, salesmate, sanity, satismeterprojectkey, satismeterwritekey, saucelabs,
scalr, segmentapikey, sendbirdorganizationapi, sendinbluev2, sentryorgtoken, sheety.  Rule 2's
check (a grep of ``tests/unit/redact`` and ``README.md`` on eee1ce5 for ``<name>.yml``/``<name>.yaml``,
and every earlier round's ``SOURCE_PATHS`` imported and searched for the file names) finds no
Kingfisher or Titus file read: ``sendgrid.yaml`` (round 15) and ``shopify.yaml``, ``slack.yaml``
and ``stripe.yaml`` (rounds 14 and 15, past this round's stop) are Sonar's files, another tool's, as
rounds 58 and 60 counted them; so all 35 are taken and the round reaches 35 at ``sherpadesk``,
where probing stopped, before any name beginning with ``t``.  No name past ``sherpadesk`` was
probed: ``shipday`` to ``swiftype`` (the rest of the ``s`` names) are left for a later round, since
round 62 starts at ``t``.

The files hold 36 rules (Salesforce's two, the others one each).  One is left out by rule 3:
Salesforce's second rule (``salesforce.yml`` rule 2, the instance's host name in
``https://<instance>.my.salesforce.com``, which the file itself hides).  Restpack's three files
write the same format (48 letters and digits after ``restpack`` and a credential word) but no two
patterns are the same character for character (``[a-zA-Z0-9]`` against ``[0-9A-Za-z]``, one
without the closing ``\\b``), so each is taken with its own examples and verifier.  The 35 left give
70 families (``SOURCE_PATHS``), 490 samples a seed: 31 rules of Kingfisher's usual shape (the
provider's name, a credential word within 32 characters, 16 for Semaphore's and 8 for Scrutinizer's
and Sentry's; the token), a keyed family and a text family each (the verifier's request drawn
twice, the examples' shapes: ``replyio_key=``, ``REPLYIO_API_TOKEN=``, ``RequestFinance-Key <v>``,
``requestfinance Token <v>``, ``requestfinanceAccessKey: <v>``, ``restpack_TOKEN=``,
``RESTPACK_SECRET=``, ``restpack_key=``, ``RESTPACK_TOKEN=``, ``restpack shots SECRET prod <v>``,
``ritekit_secret=``, ``ritekit_token=``, ``rocketreach_key =``, ``rocketreach_secret =``,
``rockset SECRET=``, ``rockset PRIVATE KEY=``, ``route4me API KEY=SECRET ACCESS TOKEN=<v>``,
``route4mePRIVATEKEY=``, ``salesblink ACCESS key-<v>``, ``salesblink TOKEN key-<v>``,
``salescookie SECRET <v>``, ``salescookie ACCESS <v>``, ``salesflare_token =``, ``scaleway
SECRET|ACCESS|KEY <v>``, ``scrapeowl SECRET|ACCESS <v>``, ``scraperapiKEY=``,
``SCRAPERAPI_ACCESS_TOKEN=``, ``scraperbox secret token=``, ``scrapestack SECRET|KEY <v>``,
``scrapfly SECRET_KEY|KEY|TOKEN <v>``, ``scrapingant-SECRET=``, ``scrapingantKEY=``,
``scrapingant123TOKEN.<v>``, ``scrapingbee_key =``, ``screenshotapi KEY-<v>``, ``screenshotlayer
SECRET|KEY|ACCESS|TOKEN <v>``, ``scrutinizer_key =``, ``securitytrails PRIVATE_KEY|ACCESS_TOKEN
<v>``, ``selectpdf-access-key-<v>``, ``semaphore_key =``, ``sendbird key <v>``, ``sendbird_secret
<v>``, ``sentry_token=``, ``SENTRY_key=``, ``serphouse SECRET|KEY <v>``, ``serpstack_token_key=``,
``sherpadeskSECRET <v>``, ``sherpadeskACCESS <v>``), then ``<name>_key =``, ``<name> private key:``
and ``<Name> access token ... rotated``; Scaleway's, Scrutinizer's and Sentry's families use
``scaleway``, ``scrutinizer`` and ``sentry``, the words their rules ask, and Restpack's three
``restpack``.  Replicate's (``r8_``), RubyGems' (``rubygems_``), Salesforce's (``00D...!``) and
SendGrid's (``SG.``) a bare family and one in a request each.

Where the rule is wider than the provider's format the family writes the provider's: Replicate's
tokens as ``r8_`` and 37 letters and digits; RiteKit's client ids as 44 hex; Route4Me's keys as 32
upper-case hex; RubyGems' as ``rubygems_`` and 48 hex; Salesforce's access tokens as the org's id
(``00D`` and 12 letters and digits), ``!`` and 96 of letters, digits, ``.`` and ``_`` (a letter or
digit last); Scaleway's secret keys and SelectPDF's keys as UUIDs; ScraperAPI's, scrapestack's,
screenshotlayer's, serpstack's and Semaphore's as 32 hex; Scrapfly's as ``scp-live-`` or
``scp-test-`` and 32 hex, or the 32 hex alone (the rule's three alternatives, drawn at random);
Sentry's auth tokens as 64 hex; SendGrid's as ``SG.``, 22 and ``.`` and 43 of base64url; the
rules' alphabets with a letter or digit at each end for RocketReach's (39 of lower-case letters,
digits and ``-``) and Salesflare's (45 of letters, digits and ``_``).  SherpaDesk's request sends
``x:<token>`` as basic credentials (``curl -u``), as its verifier does.

Every provider is one an earlier round or the corpus has (a grep of ``tests/unit/redact`` and
``pipeline/redact`` on eee1ce5 finds each name, most in trufflehog rounds 25, 36, 38 and 48 or the
Sonar rounds 14-16).  Group ``known`` is all 70 families and ``new`` is empty (not printed).

First measurement, BEFORE any rule was changed for these families (seed 337, 7 samples per family,
rules as of eee1ce5; the module written and run once, nothing tuned): strict **487/490 =
99.39%**, loose 487/490 (by carrier: keyed 217/217, text 242/245, bare 28/28).  Seeds 7 and 99,
same rules: 487/490 = 99.39% each.  Missed at 337 (3), the same shapes at 7 and 99: RiteKit's
verifier request ``GET https://api.ritekit.com/v1/stats/multiple-hashtags?tags=hello&client_id=<44
hex>`` (2 of 7 at every seed: the request drawn twice, neither taken; ``client_id`` names an id, not
a credential) and ``scrapingant123TOKEN.<32>`` (1 of 7: the name, digits and a credential word
glued together, then ``.`` before the token).  The round-61 lookalikes: **13/600 touched** at corpus
seed 337 (15 at 7, 12 at 99), three shapes: the placeholders ``REPLICATE_API_TOKEN=r8_...`` and
``SALESFORCE_ACCESS_TOKEN=00D...!...`` (a prefix then ``...``; the prefix taken as the value) and
Route4Me's documented demo key, 32 ones, in ``api_key=11111111111111111111111111111111``.

The commit that holds the paragraph above (its message beginning "heldout_round61,
innocents_round61") holds this module and eee1ce5's rules, so the held-out figure is printed again
by a worktree of that commit (487/490, lookalikes 13/600)::

    git worktree add --detach /tmp/r61m 58aa291  # on the round's branch r61
    cd /tmp/r61m && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round61

Any figure measured after that is in-sample.  The measurement commit is 58aa291 on branch r61.
After the round-61 changes (a76b9e5; hand-made cases first, ``REDACTED``/``KEPT["round61"]`` of
``test_heldout_rounds.py``: 9 fail on eee1ce5's rules, 8 pass on both): a token's prefix alone may
hold a digit in a part of two or three characters (Replicate's ``r8_``, ``r8_...``; ``hunter2_``
stays a value); a value holding an ellipsis with fewer than 8 letters and digits besides it is an
elided example (``SALESFORCE_ACCESS_TOKEN=00D...!...``, ``sk-...Ab3d``; ``Xk9mQ2pL...Rt7Vb4Nc`` and
``password=hunter2...`` are still taken); one character repeated 16 times or more is the docs'
dummy (Route4Me's demo key ``api_key=1111...``, ``API_KEY=0000...``; ``password=11111111`` is still
taken); a word in capitals glued to a name may be joined to the token by ``.`` as by ``-``
(``scrapingant123TOKEN.<32>``; ``config.SECRET.<v>``, ``cacheKEY.<v>`` and
``appTOKEN.refreshAccessTokenIfExpired()`` stay).  No rule added (464, 463 on by default); no
lookalike was redrawn.  Figures: strict **488/490 = 99.59%** at seed 337, loose the same (keyed
217/217, text 243/245, bare 28/28); seeds 7 and 99: 488/490 each.  The round-61 lookalikes: 0/600
at corpus seeds 337, 7 and 99 and 0 of 3000 at seeds 1, 2 and 3.  Every other round's figures and
lookalikes unchanged (``python -m tests.unit.redact.figures --seeds`` in worktrees of eee1ce5 and of
a76b9e5: every earlier line identical, round 61's lines added; round 60's lookalikes at seeds 1-3,
which ``--seeds`` prints only for the last round, 0 of 3000 each here); the labeled corpus
10336/10336 on both, the public-format corpus 2253/2261 on both.  ``sightline bench redact
--records 60000`` (eee1ce5 and a76b9e5 alternated, 3 pairs, CPU records/s; load 5.2-5.7 on 2
cores): without secrets 136,788 / 137,143, 143,061 / 136,545, 122,368 / 132,337 (medians 136,788
and 136,545), with secrets 9,725 / 9,122, 9,738 / 9,255, 8,996 / 8,988 (medians 9,725 and 9,122;
the same records, 60,436 values replaced on both); wall-clock records/s without secrets
60,989-70,720 on eee1ce5 and 65,789-89,142 here.

Left (2 of 490 at every seed): RiteKit's verifier request
``GET https://api.ritekit.com/v1/stats/multiple-hashtags?tags=hello&client_id=<44 hex>`` (the request
drawn twice of 7).  RiteKit sends its key as ``client_id``, which on most providers names an OAuth
client's public id (every authorize URL carries one), and the 44 hex read as an id: taking a
provider's ``client_id`` in a URL's query would touch authorize URLs, so it is left.  Left for a
later round: the candidates past ``sherpadesk`` before ``t`` (``shipday``, ``shodankey``,
``shopify`` ... ``swiftype``), which round 62, starting at ``t``, does not take, and Kingfisher's
files whose names are no trufflehog folder's.

The round was built on branch r61 from eee1ce5: 9158dcb (the rule), 58aa291 (the probes, the
families and the measurement), a76b9e5 (the changes) and the commit adding these figures.

Formats are facts in our own notation, generated at test time; no rule text of the sources is
copied.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round61 import PROVIDERS, lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound, split_by_prefix

__all__ = ["FAMILIES", "KNOWN", "NEW", "SOURCE_PATHS", "run", "samples"]

_AN = "[A-Za-z0-9]"
_HEX_UUID = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"
_GROUPS_OF_7 = "[0-9A-Z]{7}-[0-9A-Z]{7}-[0-9A-Z]{7}-[0-9A-Z]{7}"

SOURCE_PATHS: dict[str, str] = {}
_KF = Families("kingfisher", "mongodb/kingfisher:data/rules/", SOURCE_PATHS)


_kf = _KF.by_first_word  # a Kingfisher rule of its usual shape, read from the file the id's first word names


NEAR: tuple[HeldFamily, ...] = (
    # Replicate's API tokens: r8_ and 37 letters and digits
    *_KF.prefixed("replicate-api-token", "r8_[A-Za-z0-9]{37}", "replicate.yml",
                  "curl -H 'Authorization: Token {v}' https://api.replicate.com/v1/predictions",
                  "REPLICATE_API_TOKEN={v}"),
    *_kf("replyio-api-key", f"{_AN}{{24}}", "replyio",
         "curl -H 'X-Api-Key: {v}' https://api.reply.io/v1/people",
         "replyio_key={v}", "REPLYIO_API_TOKEN={v}"),
    *_kf("requestfinance-api-key", _GROUPS_OF_7, "requestfinance",
         "curl -H 'Authorization: {v}' https://api.request.finance/invoices",
         "RequestFinance-Key {v}", "requestfinance Token {v}", "requestfinanceAccessKey: {v}"),
    # Restpack's three files (restpack, its HTML-to-PDF and its screenshot API) write 48 letters and digits
    *_kf("restpack-api-key", f"{_AN}{{48}}", "restpack",
         "GET https://restpack.io/api/screenshot/usage?access_token={v}",
         "restpack_TOKEN={v}", "RESTPACK_SECRET={v}"),
    *_KF.name_and_word("restpack-html2pdf-api-key", f"{_AN}{{48}}", "restpack", "restpackhtmltopdfapi.yml",
                       "curl -H 'Content-Type: application/json' -H 'X-Access-Token: {v}' https://restpack.io/api/html2pdf/usage",
                       "restpack_key={v}", "RESTPACK_TOKEN={v}"),
    *_KF.name_and_word("restpack-screenshot-api-key", f"{_AN}{{48}}", "restpack", "restpackscreenshotapi.yml",
                       "curl -H 'Content-Type: application/json' -H 'X-Access-Token: {v}' https://restpack.io/api/screenshot/usage",
                       "restpack shots SECRET prod {v}"),
    # RiteKit's client ids (its API key) are 44 hex
    *_kf("ritekit-api-key", "[a-f0-9]{44}", "ritekit",
         "GET https://api.ritekit.com/v1/stats/multiple-hashtags?tags=hello&client_id={v}",
         "ritekit_secret={v}", "ritekit_token={v}"),
    *_kf("rocketreach-api-key", "[a-z0-9][a-z0-9-]{37}[a-z0-9]", "rocketreach",
         "curl -H 'Api-Key: {v}' https://api.rocketreach.co/v2/api/account",
         "rocketreach_key = {v}", "rocketreach_secret = {v}"),
    *_kf("rockset-api-key", f"{_AN}{{64}}", "rockset",
         "curl -H 'Authorization: ApiKey {v}' https://api.rs2.usw2.rockset.com/v1/orgs/self/queries",
         "rockset SECRET={v}", "rockset PRIVATE KEY={v}"),
    # Route4Me's API keys are 32 upper-case hex
    *_kf("route4me-api-key", "[0-9A-F]{32}", "route4me",
         "GET https://api.route4me.com/api.v4/address_book.php?api_key={v}",
         "route4me API KEY=SECRET ACCESS TOKEN={v}", "route4mePRIVATEKEY={v}"),
    # RubyGems' API keys: rubygems_ and 48 hex
    *_KF.prefixed("rubygems-api-key", "rubygems_[a-f0-9]{48}", "rubygems.yml",
                  "curl -H 'Authorization:{v}' https://rubygems.org/api/v1/web_hooks.json",
                  "apikey: {v}"),
    # SalesBlink's keys: key- and 64 letters and digits; the rule asks salesblink before it
    *_kf("salesblink-api-key", f"key-{_AN}{{64}}", "salesblink",
         "curl -H 'Authorization: {v}' https://run.salesblink.io/api/public/lists",
         "salesblink ACCESS {v}", "salesblink TOKEN {v}"),
    *_kf("salescookie-api-key", f"{_AN}{{32}}", "salescookie",
         "curl -X POST -H 'X-ApiKey: {v}' -H 'Content-Type: application/json' "
         "-d '{\"uniqueId\": \"id-123\", \"revenue\": 1.3}' https://salescookie.com/app/Api/CreateTransaction",
         "salescookie SECRET {v}", "salescookie ACCESS {v}"),
    *_kf("salesflare-api-key", f"{_AN}[A-Za-z0-9_]{{43}}{_AN}", "salesflare",
         "curl -H 'Authorization: Bearer {v}' https://api.salesflare.com/me/contacts",
         "salesflare_token = {v}"),
    # Salesforce's access tokens: the org's id (00D and 12), !, then 96 of letters, digits, . and _
    # (its second rule, the instance's host name, is left out by rule 3)
    *_KF.prefixed("salesforce-access-token", f"00D{_AN}{{12}}![A-Za-z0-9_.]{{95}}{_AN}", "salesforce.yml",
                  "curl -H 'Authorization: Bearer {v}' "
                  "'https://acme.my.salesforce.com/services/data/v58.0/query?q=SELECT+name+from+Account'",
                  "Access Token      {v}"),
    # Scaleway's secret keys are UUIDs; the rule (scalewaykey.yml) asks scaleway before it
    *_KF.name_and_word("scaleway-secret-key", _HEX_UUID, "scaleway", "scalewaykey.yml",
                       "curl -H 'X-Auth-Token: {v}' https://api.scaleway.com/instance/v1/zones/fr-par-1/servers",
                       "scaleway SECRET {v}", "scaleway ACCESS {v}", "scaleway KEY {v}"),
    *_kf("scrapeowl-api-key", "[a-z0-9]{30}", "scrapeowl",
         "GET https://api.scrapeowl.com/v1/scrape?api_key={v}",
         "scrapeowl SECRET {v}", "scrapeowl ACCESS {v}"),
    # ScraperAPI's keys are 32 hex
    *_kf("scraperapi-api-key", "[a-f0-9]{32}", "scraperapi",
         "GET https://api.scraperapi.com?api_key={v}&url=google.com",
         "scraperapiKEY={v}", "SCRAPERAPI_ACCESS_TOKEN={v}"),
    *_kf("scraperbox-api-key", "[A-Z0-9]{32}", "scraperbox",
         "GET https://api.scraperbox.com/scrape?token={v}&url=https://google.com",
         "scraperbox secret token={v}"),
    # apilayer's keys (scrapestack) are 32 hex
    *_kf("scrapestack-api-key", "[a-f0-9]{32}", "scrapestack",
         "GET https://api.scrapestack.com/scrape?access_key={v}&url=https://apple.com",
         "scrapestack SECRET {v}", "scrapestack KEY {v}"),
    # Scrapfly's keys: scp-live- or scp-test- and 32 hex, or the 32 hex alone (the rule's alternatives)
    *_kf("scrapfly-api-key", "(?:scp-live-[a-f0-9]{32}|scp-test-[a-f0-9]{32}|[a-f0-9]{32})", "scrapfly",
         "GET https://api.scrapfly.io/scrape?key={v}&url=https://httpbin.org/status/200",
         "scrapfly SECRET_KEY {v}", "scrapfly KEY {v}", "scrapfly TOKEN {v}"),
    *_kf("scrapingant-api-key", "[a-z0-9]{32}", "scrapingant",
         "GET https://api.scrapingant.com/v1/general?url=example.com&x-api-key={v}",
         "scrapingant-SECRET={v}", "scrapingantKEY={v}", "scrapingant123TOKEN.{v}"),
    *_kf("scrapingbee-api-key", "[A-Z0-9]{80}", "scrapingbee",
         "GET https://app.scrapingbee.com/api/v1/?api_key={v}&url=https://httpbin.org/anything?json&render_js=false",
         "scrapingbee_key = {v}"),
    *_kf("screenshotapi-api-key", _GROUPS_OF_7, "screenshotapi",
         "GET https://shot.screenshotapi.net/screenshot?token={v}&url=https://google.com&width=1920&height=1080",
         "screenshotapi KEY-{v}"),
    # apilayer's keys (screenshotlayer) are 32 hex
    *_kf("screenshotlayer-api-key", "[a-f0-9]{32}", "screenshotlayer",
         "GET https://api.screenshotlayer.com/api/capture?access_key={v}&url=https://google.com",
         "screenshotlayer SECRET {v}", "screenshotlayer KEY {v}", "screenshotlayer ACCESS {v}",
         "screenshotlayer TOKEN {v}"),
    # the rule (scrutinizerci.yml) asks scrutinizer within 8 characters of a credential word
    *_KF.name_and_word("scrutinizer-access-token", "[a-z0-9]{64}", "scrutinizer", "scrutinizerci.yml",
                       "curl -H 'Content-Type: application/json' "
                       "'https://scrutinizer-ci.com/api/user/repositories?access_token={v}'",
                       "scrutinizer_key = {v}"),
    *_kf("securitytrails-api-key", f"{_AN}{{32}}", "securitytrails",
         "curl -H 'APIKEY: {v}' https://api.securitytrails.com/v1/ping",
         "securitytrails PRIVATE_KEY {v}", "securitytrails ACCESS_TOKEN {v}"),
    # SelectPDF's keys are UUIDs
    *_kf("selectpdf-api-key", _HEX_UUID, "selectpdf",
         "GET https://selectpdf.com/api2/convert/?key={v}&url=google.com",
         "selectpdf-access-key-{v}"),
    # Semaphore's keys are 32 hex; the rule asks semaphore within 16 characters of a credential word
    *_kf("semaphore-api-key", "[a-f0-9]{32}", "semaphore",
         "curl -H 'Accept: application/vnd.semaphore+json; version=3' 'https://api.semaphore.co/api/v4/account?apikey={v}'",
         "semaphore_key = {v}"),
    *_kf("sendbird-api-key", "[a-f0-9]{24}", "sendbird",
         "curl -H 'SENDBIRDORGANIZATIONAPITOKEN: {v}' https://gate.sendbird.com/api/v2/applications",
         "sendbird key {v}", "sendbird_secret {v}"),
    # SendGrid's keys: SG., 22, ., 43 of base64url
    *_KF.prefixed("sendgrid-api-key", f"SG\\.{_AN}[A-Za-z0-9_-]{{20}}{_AN}\\.{_AN}[A-Za-z0-9_-]{{41}}{_AN}",
                  "sendgrid.yml",
                  "curl -H 'Authorization: Bearer {v}' -H 'Content-Type: application/json' https://api.sendgrid.com/v3/scopes",
                  "var mailer = require('sendgrid')('{v}');"),
    # Sentry's auth tokens are 64 hex; the rule (sentrytoken.yml) asks sentry within 8 characters of a credential word
    *_KF.name_and_word("sentry-auth-token", "[a-f0-9]{64}", "sentry", "sentrytoken.yml",
                       "curl -H 'Authorization: Bearer {v}' https://sentry.io/api/0/projects/",
                       "sentry_token={v}", "SENTRY_key={v}"),
    *_kf("serphouse-api-key", f"{_AN}{{60}}", "serphouse",
         "curl -H 'Accept: application/vnd.serphouse+json; version=3' -H 'Authorization: Bearer {v}' "
         "https://api.serphouse.com/account/info",
         "serphouse SECRET {v}", "serphouse KEY {v}"),
    # apilayer's keys (serpstack) are 32 hex
    *_kf("serpstack-api-key", "[a-f0-9]{32}", "serpstack",
         "GET https://api.serpstack.com/search?access_key={v}&query=Mcdonalds",
         "serpstack_token_key={v}"),
    *_kf("sherpadesk-api-key", "[a-z0-9]{32}", "sherpadesk",
         "curl -u 'x:{v}' -H 'Content-Type: application/json' https://api.sherpadesk.com/organizations/",
         "sherpadeskSECRET {v}", "sherpadeskACCESS {v}"),
)

FAMILIES: tuple[HeldFamily, ...] = NEAR

# every provider is one an earlier round or the corpus has (see the docstring): NEW is empty
KNOWN, NEW = split_by_prefix(FAMILIES, tuple(PROVIDERS))

ROUND = HeldOutRound(
    "round-61",
    __doc__,
    337,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"near": NEAR, "known": KNOWN},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
