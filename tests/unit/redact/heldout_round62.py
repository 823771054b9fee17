"""A sixty-second held-out recall measure: Kingfisher rule files from the first name in ``t``, found by probing names.

``python -m tests.unit.redact.heldout_round62 [--seed N] [--per-family N] [--sources]``

The same source and method as rounds 49, 53, 54 and 56-60 (mongodb/kingfisher, the folder
``data/rules/`` as the index stores it, commit 3397803).  Round 61, written at the same time by
another hand on another branch, takes the candidates from ``replicate`` (the first after round
60's stop, ``rentman``, and ``repairshopr``, not stored) up to the last name before ``t``; this
round starts at the first candidate whose name begins with ``t``, whatever round 61 reaches.
Round 61's files and figures are not on this round's base (eee1ce5), so nothing of round 61 is
skipped or counted here, and no name before ``t`` is probed.  Before this rule was committed no
Kingfisher rule file's text was read for this round, no name was probed for it and trufflehog's
list was not opened for it.

The rule that chooses the files, written here before any name was probed, any rule file read and
any secret generated (round 60's rules 1-5, the start moved):

1. the candidate names are trufflehog's detector folder names (``pkg/detectors/<name>``, lower-case
   as they are, a versioned detector's folder once), as trufflehog's default list
   (``pkg/engine/defaults/defaults.go`` at 0011995, the commit rounds 24-60 counted; its built and
   its commented-out detectors, as round 47 counted them, the commented-out ones put in their
   places) imports them, in byte order, from the first name that begins with ``t`` on;
2. each candidate is probed in that order: ``find_files(repo="mongodb/kingfisher",
   path="data/rules/<name>.yml")``; a name whose path is stored (at 3397803, or at the one version
   the index holds) exists.  A file that exists is taken unless a round read it: its name is named
   as a read Kingfisher or Titus file by an earlier round's ``SOURCE_PATHS`` or docstring (a grep of
   ``tests/unit/redact`` and ``README.md`` of this round's base, eee1ce5, for the name, as rounds
   46, 49 and 53-60 checked; the 98 Titus files rounds 17-19 read, ``adafruitio`` to
   ``eventbrite``, count as read by file name; a file of another tool with the same name, Sonar's
   ``<name>.yaml`` of rounds 14-16, is no Kingfisher file and does not count).  Probing stops when
   the round holds 35 files or the candidates end; the number of names probed and of files that
   existed is written below, and a name probed past the stop in the same batch is named and not
   counted;
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

Seed 347 (no round has used it: no ``Round(...)`` registration nor heldout module on eee1ce5 names
it as a seed; 277, 281, 283, 293, 307, 311, 313, 317 and 331 are taken by rounds 52-60), 7 samples
per family, round 2's carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round62`) are 600 lines in the families' contexts holding no
secret, as rounds 49's and 51-60's are.  Their provider word is the provider's name, never a
file's name that carries a credential word (a file ``<provider>token.yml``,
``<provider>apikey.yml`` or ``<provider>key.yml`` gives the lookalikes ``<provider>``, the name
the provider goes by): round 57 found that a line ``lokalisetoken: <hex>`` is a value under a key
named token, which the library takes by design, so the lookalikes are drawn with the provider's
name from the start.

The rule applied (after the rule above was committed, 7aed42d on branch r62).  The candidates:
``defaults.go`` as the index stores it (``find_files`` names b9ffb95 as the stored version,
``read_file`` returned 0011995's text) imports the folders in byte order; the first name beginning
with ``t`` is ``tailscale``, then ``tallyfy``, ``tatumio``, ``taxjar``, ``teamgate`` ...; the one
commented-out detector of round 47's list in this stretch, ``toggltrack``, is probed in its place
(between ``todoist`` and ``tokeet``); a versioned folder (``twitter``, ``typeform``) is probed
once.  **50 names probed** (``tailscale`` to ``uclassify``), **35 files exist** at 3397803:
tailscale, tallyfy, tatumio, taxjar, teamworkcrm, teamworkdesk, teamworkspaces,
technicalanalysisapi, tefter, telegrambottoken, teletype, telnyx, theoddsapi, ticketmaster,
tickettailor, tiingo, timecamp, timezoneapi, tineswebhook, tmetric, todoist, toggltrack, tomtom,
tradier, transferwise, travelpayouts, travisci, twelvedata, twilio, twitchaccesstoken, twitter,
tyntec, typeform, ubidots, uclassify.  The 15 not stored: teamgate, terraformcloudpersonaltoken,
testingbot, textmagic, thinkific, thousandeyes, tokeet, tomorrowio, trelloapikey,
trufflehogenterprise, twilioapikey, twist, twitch, twitterconsumerkey, typetalk.  Rule 2's check (a
grep of ``tests/unit/redact`` and ``README.md`` on eee1ce5 for ``<name>.yml``/``<name>.yaml``,
and every earlier round's ``SOURCE_PATHS`` imported and searched for the file names) finds no
Kingfisher or Titus file read: ``typeform.yaml`` (round 16) and ``ubidots.yaml`` (round 14) are
Sonar's files, another tool's; so all 35 are taken and the round reaches 35 at ``uclassify``, where
probing stopped (the probes were made in batches of ten, ten, ten, ten, six, three and one; no
name past ``uclassify`` was probed).  Round 62 leaves ``ubidots`` and ``uclassify`` read, so a later round
going on from here starts after ``uclassify`` (``unifyid``, ``unplugg`` ...).

The files hold 37 rules (Twilio's two, Twitter's two, the others one each).  Two are left out by
rule 3: ``twilio.yml`` rule 1 (an account SID ``AC`` or an API key SID ``SK`` and 32 hex, the
pair's id; its secret, rule 2, is taken, the SID written into its request) and ``twitter.yml``
rule 1 (Twitter's client id, 18-25 letters and digits, which the file itself files under
``identifier``).  No pattern is another's character for character (the three Teamwork files ask
``teamwork`` or ``teamworkcrm``, ``teamworkdesk``, ``teamworkspaces``).  The 35 left give 69
families (``SOURCE_PATHS``), 483 samples a seed:

* 26 rules of Kingfisher's usual shape (the provider's name, a credential word within 32
  characters, the token; The Odds API's and Telnyx's the name alone), a keyed family and a text family each (group ``near``; the verifier's
  request drawn twice, the examples' shapes: ``tallyfy_token =``, ``tatum_secret_key=``,
  ``taxjar key:``, ``technicalanalysisapi_key =``, ``tefter SECRET KEY``, ``tefter PRIVATE KEY``,
  ``teletype_key=``, ``teletype_token=``, ``telnyx =``, ``theoddsapi=``, ``the-odds-api:``,
  ``ticketmaster_key=``, ``TICKETMASTER_API_KEY=``, ``tiingo_secret=``, ``tiingo_token=``,
  ``timecamp_secret_key=``, ``timecamp_access_token:``, ``TIMECAMP_API_KEY="..."``,
  ``timezoneapi SECRET token``, ``tmetric KEY``, ``tmetric TOKEN``, ``todoist SECRET``, ``toggl
  SECRET``, ``toggl-KEY-<v>``, ``toggl ACCESS``, ``tomtom_key=``, ``tomtom_secret=``,
  ``tomtom_access_token=``, ``tradier_token=``, ``transferwiseSECRET=``, ``transferwiseKEY=``,
  ``travelpayouts_key =``, ``travis_token <v>``, ``twelvedata_secret=``, ``Twilio_key=``, a PHP
  ``env('TWILIO_API_KEY', '<v>')``, ``twitch_access_token=``, ``TWITCH_SECRET=``, ``#
  TWITTER_API_SECRET = '...'``, ``tyntec SECRET``/``TOKEN``/``ACCESS``, ``uclassify_key=``,
  ``uclassify_token=``, ``uclassifykey=``), then ``<name>_key =``, ``<name> private key:`` and
  ``<Name> access token ... rotated``; Twitter's secret (``twitter``, an app or secret word within
  a character or two, 35-44 letters and digits) under its own keys and lines in the rule's shape;
  Tatum's, Toggl Track's, Travis CI's and Twitch's families use ``tatum``, ``toggl``, ``travis``
  and ``twitch``, the words their rules ask;
* 8 rules whose token has a prefix or a shape of its own, a bare family and one in a request each
  (group ``prefixed``): Tailscale's ``tskey-``, the three Teamwork products' ``tkn.v1_``,
  Telegram's bot token, Ticket Tailor's ``sk_``, Typeform's ``tfp_`` and Ubidots' ``BBFF-``;
* Tines' webhook URL, a text family, the URL's secret (its last 32 characters) the value.

Where the rule is wider than the provider's format the family writes the provider's: TaxJar's,
The Odds API's, Toggl Track's, Travelpayouts', Twelve Data's keys as 32 hex; Tiingo's and
Todoist's as 40 hex; Twilio's secret as an auth token (32 hex) and an API key secret (32 letters
and digits) in turn; Tatum's and TransferWise's as UUIDs (Tatum's the rule's example, 36 the
rule's length); TMetric's as 64 upper-case hex and tyntec's as 32 hex (the rules' examples);
Tallyfy's as a JWT signed RS256 (the rule's 36, 264 and 683 characters: the header
``eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9``); Tailscale's as ``tskey-``, the kind (``api``, ``auth``,
``client``), the key's id (``k``, 10 letters and digits, ``CNTRL``), ``-`` and 32 letters and
digits; Telegram's as the bot's id (8-10 digits), ``:``, ``AA`` and 33 of base64url; Typeform's as
``tfp_``, 44, ``_`` and 14 (59, the rule's longest) of the rule's alphabet; Telnyx's as ``KEY``
and 55 of the rule's alphabet ending in a letter or digit; the rules' alphabets with a letter or
digit at each end for Teletype's and Travis CI's.  Twilio's request sends ``<account SID>:<v>``
as its verifier does; Toggl's ``<v>:api_token``.

Every provider is one an earlier round or the corpus has (a grep of ``tests/unit/redact`` and
``pipeline/redact`` on eee1ce5 finds each name, all in trufflehog round 31, most also in the
rules' provider list).  Group ``known`` is all 69 families and ``new`` is empty (not printed).

First measurement, BEFORE any rule was changed for these families (seed 347, 7 samples per family,
rules as of eee1ce5; the module written and run once, nothing tuned): strict **475/483 =
98.34%**, loose 475/483 (by carrier: keyed 182/182, text 242/245, bare 51/56; groups near
361/364, prefixed 107/112).  Seeds 7 and 99, same rules: 477/483 = 98.76% and 476/483 = 98.55%.
Missed at 347 (8): a token glued on the right (``carrier glued-right``: ``retry=<v>123``) after
the three Teamwork products' ``tkn.v1_<71>=`` (1 of 7 each, at every seed: the rule's closing
boundary after the token's own ``=``) and after Ticket Tailor's ``sk_<4>_<6>_<32 hex>`` (the
digits or letters glued on go on as hex); Ticket Tailor's key glued on the left
(``BoomErrsk_<4>_<6>_<32>``; ``idx-sk_...`` is found); ``the-odds-api:<32 hex>`` (the name
hyphenated, then ``:``, at every seed; ``theoddsapi=`` is found); ``timezoneapi SECRET token <20
letters>`` (20 letters, no digit, after a credential word; at 99 ``Timezoneapi access token <20>
rotated`` too); ``uclassify private key: <12>`` (12 letters and digits).  Seeds 7 and 99 miss the
same shapes (7: the Teamwork and Ticket Tailor glued ones and ``the-odds-api:``; 99: those and
Time Zone API's).  The round-62 lookalikes: **0/600 touched** at corpus seed 347; at corpus seeds 7
and 99, 3 and 1 touched, one line: ``curl -H 'apiKey: ABC123' https://api.tyntec.com/...`` (a
six-character docs' placeholder under ``apiKey``).

The commit that holds the paragraph above (its message beginning "heldout_round62,
innocents_round62") holds this module and eee1ce5's rules, so the held-out figure is printed again
by a worktree of that commit (475/483, lookalikes 0/600)::

    git worktree add --detach /tmp/r62m 2cb2242  # on the round's branch r62
    cd /tmp/r62m && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round62

Any figure measured after that is in-sample.  The measurement commit is 2cb2242 on branch r62.
After the round-62 changes (d02624d; hand-made cases first, ``REDACTED``/``KEPT["round62"]`` of
``test_heldout_rounds.py``: 4 fail on eee1ce5's rules, 3 guards pass on both), two changes to
:func:`pipeline.redact.rules.glued_pattern`, no rule added (464, 463 on by default): a token that
ends in its own ``=`` (Teamwork's ``tkn.v1_<71>=``) ends there, so its trailing boundary is
dropped even where only its ``secret`` group is replaced (``retry=tkn.v1_...=123``); a ``secret``
group around the whole token is the token (``_whole_token_group``), so Ticket Tailor's
``sk_<4>_<6>_<32 hex>`` is read as any prefixed token and found glued on either side
(``BoomErrsk_...``, ``...<32 hex>123``; three or fewer hex digits glued on are left, four or more
taken with it).  Of every rule's glued pattern, printed before and after, only those two differ.
One lookalike was corrected one for one (:mod:`tests.unit.redact.innocents_round62`'s docstring),
since the library takes its shape by design: tyntec's ``apiKey: ABC123`` (a value under a
credential key) now ``apiKey: <your api key>``.  Figures: strict **480/483 = 99.38%** at seed 347,
loose the same (keyed 182/182, text 242/245, bare 56/56; groups near 361/364, prefixed 112/112);
seeds 7 and 99: 482/483 and 481/483.  The round-62 lookalikes: 0/600 at corpus seeds 347, 7 and 99
and 0 of 3000 at seeds 1, 2 and 3.  Every other round's figures and lookalikes unchanged
(``python -m tests.unit.redact.figures --seeds`` in worktrees of eee1ce5 and of d02624d: every
earlier line identical, round 62's lines added; round 60's lookalikes at seeds 1-3, which
``--seeds`` prints only for the last round, 0 of 3000 each here); the labeled corpus 10336/10336
on both.  ``sightline bench redact --records 60000`` (eee1ce5 and d02624d alternated, 3 pairs,
CPU records/s; load 4.5-4.6 on 2 cores): without secrets 141,686 / 144,799, 131,305 / 124,714,
132,876 / 138,755 (medians 132,876 and 138,755), with secrets 10,249 / 10,032, 9,669 / 9,214,
9,389 / 10,047 (medians 9,669 and 10,032); values replaced 60,436 in every run (no example added,
so the with-secrets records are the same on both).

Left (3 of 483 at seed 347, 1 at 7, 2 at 99): ``the-odds-api:<32 hex>`` (1 of 7 at every seed:
the provider's name with hyphens between its words, as its host spells it; the label rule's
validator could join the words to ``theoddsapi``, but the rule's keywords, which wake it, must
equal the providers' names without dots by ``test_heldout_round5``, so the hyphenated spelling
needs that test's equality widened, outside this round's files); ``timezoneapi SECRET token <20
letters>`` (20 letters mixing cases, no digit, with one or two case flips: the free-text test
asks three flips of 20 letters so that camelCase names stay, 1 of 7 at 347 and 99); ``uclassify
private key: <12>`` (12 letters and digits that do not read as random, 1 of 7 at 347).  Left for a
later round: the candidates past ``uclassify`` (``unifyid``, ``unplugg`` ...) and Kingfisher's
files whose names are no trufflehog folder's.

The round was built on branch r62 from eee1ce5: 7aed42d (the rule), 2cb2242 (the probes, the
families and the measurement), d02624d (the changes) and the commit adding these figures.

Formats are facts in our own notation, generated at test time; no rule text of the sources is
copied.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round62 import PROVIDERS, lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound, split_by_prefix

__all__ = ["FAMILIES", "KNOWN", "NEW", "SOURCE_PATHS", "run", "samples"]

_AN = "[A-Za-z0-9]"
_HEX_UUID = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"
# a Twilio account SID written into the request (the pair's id; its rule is left out by rule 3)
_TWILIO_SID = "AC5f0e9b2d7c41a83e6b9d02c4f17a5e38"

SOURCE_PATHS: dict[str, str] = {}
_KF = Families("kingfisher", "mongodb/kingfisher:data/rules/", SOURCE_PATHS)


_kf = _KF.by_first_word  # a Kingfisher rule of its usual shape, read from the file the id's first word names


NEAR: tuple[HeldFamily, ...] = (
    # Tallyfy's tokens: a JWT signed RS256 (the rule's 36, 264 and 683)
    *_kf("tallyfy-api-key",
         f"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9\\.eyJ{_AN}{{261}}\\.{_AN}[A-Za-z0-9_-]{{681}}{_AN}",
         "tallyfy",
         "curl -H 'Accept: application/json' -H 'Authorization: Bearer {v}' https://api.tallyfy.com/me",
         "tallyfy_token = {v}"),
    # Tatum's keys as the rule's example writes them, a UUID (36, the rule's length); the rule asks tatum
    *_kf("tatumio-api-key", _HEX_UUID, "tatum",
         "curl -H 'x-api-key: {v}' 'https://api-eu1.tatum.io/v3/ledger/account?pageSize=10&offset=0'",
         "tatum_secret_key={v}"),
    # TaxJar's tokens are 32 hex
    *_kf("taxjar-api-key", "[a-f0-9]{32}", "taxjar",
         "curl -H 'Authorization: Bearer {v}' https://api.taxjar.com/v2/categories",
         "taxjar key: {v}"),
    *_kf("technicalanalysisapi-api-key", "[A-Z0-9]{48}", "technicalanalysisapi",
         "GET https://technical-analysis-api.com/api/v1/analysis/BTC?apiKey={v}",
         "technicalanalysisapi_key = {v}"),
    *_kf("tefter-api-key", f"{_AN}{{20}}", "tefter",
         "curl -X POST -H 'Content-Type: application/json' -H 'X-User-Token: {v}' "
         "'https://www.tefter.io/api/v1/bookmarks?url=google.com'",
         "tefter SECRET KEY {v}", "tefter PRIVATE KEY {v}"),
    *_kf("teletype-api-key", f"{_AN}[A-Za-z0-9-]{{62}}{_AN}", "teletype",
         "curl -H 'Content-Type: application/json' -H 'X-Auth-Token: {v}' https://api.teletype.app/public/api/v1/messages",
         "teletype_key={v}", "teletype_token={v}"),
    # Telnyx's keys: KEY and 55 (the rule asks telnyx before it, no credential word: KEY is one)
    *_kf("telnyx-api-key", f"KEY[A-Za-z0-9_-]{{54}}{_AN}", "telnyx",
         "curl -H 'Accept: application/json' -H 'Authorization: Bearer {v}' https://api.telnyx.com/v2/messaging_profiles",
         "telnyx = {v}"),
    # The Odds API's keys are 32 hex; the rule asks theoddsapi or the-odds-api, no credential word
    *_kf("theoddsapi-api-key", "[a-f0-9]{32}", "theoddsapi",
         "GET https://api.the-odds-api.com/v4/sports/?apiKey={v}",
         "theoddsapi={v}", "the-odds-api:{v}"),
    *_kf("ticketmaster-api-key", f"{_AN}{{32}}", "ticketmaster",
         "GET https://app.ticketmaster.com/discovery/v2/events.json?apikey={v}",
         "ticketmaster_key={v}", "TICKETMASTER_API_KEY={v}"),
    # Tiingo's tokens are 40 hex
    *_kf("tiingo-api-key", "[a-f0-9]{40}", "tiingo",
         "curl -H 'Content-Type: application/json' -H 'Authorization: Token {v}' "
         "https://api.tiingo.com/tiingo/fundamentals/definitions",
         "tiingo_secret={v}", "tiingo_token={v}"),
    *_kf("timecamp-api-key", "[a-z0-9]{26}", "timecamp",
         "curl -H 'Authorization: {v}' 'https://app.timecamp.com/third_party/api/user?format=json'",
         "timecamp_secret_key={v}", "timecamp_access_token: {v}", "TIMECAMP_API_KEY=\"{v}\""),
    *_kf("timezoneapi-api-key", "[A-Za-z]{20}", "timezoneapi",
         "GET https://timezoneapi.io/api/ip/?token={v}",
         "timezoneapi SECRET token {v}"),
    # TMetric's tokens as the rule's examples write them, 64 upper-case hex
    *_kf("tmetric-api-key", "[A-F0-9]{64}", "tmetric",
         "curl -H 'Authorization: Bearer {v}' https://app.tmetric.com/api/v3/user",
         "tmetric KEY {v}", "tmetric TOKEN {v}"),
    # Todoist's tokens are 40 hex
    *_kf("todoist-api-key", "[a-f0-9]{40}", "todoist",
         "curl -H 'Authorization: Bearer {v}' https://api.todoist.com/rest/v2/projects",
         "todoist SECRET {v}"),
    # Toggl Track's tokens are 32 hex, sent as the Basic user with the password api_token; the rule asks toggl
    *_kf("toggltrack-api-key", "[a-f0-9]{32}", "toggl",
         "curl -u '{v}:api_token' https://api.track.toggl.com/api/v8/me",
         "toggl SECRET {v}", "toggl-KEY-{v}", "toggl ACCESS {v}"),
    *_kf("tomtom-api-key", f"{_AN}{{32}}", "tomtom",
         "GET https://api.tomtom.com/map/1/tile/basic/main/0/0/0.png?view=Unified&key={v}",
         "tomtom_key={v}", "tomtom_secret={v}", "tomtom_access_token={v}"),
    *_kf("tradier-api-key", f"{_AN}{{28}}", "tradier",
         "curl -H 'Accept: application/json' -H 'Authorization: Bearer {v}' https://api.tradier.com/v1/watchlists",
         "tradier_token={v}"),
    # TransferWise's (Wise's) tokens are UUIDs
    *_kf("transferwise-api-key", _HEX_UUID, "transferwise",
         "curl -H 'Authorization: Bearer {v}' https://api.transferwise.com/v2/profiles",
         "transferwiseSECRET={v}", "transferwiseKEY={v}"),
    # Travelpayouts' tokens are 32 hex
    *_kf("travelpayouts-api-key", "[a-f0-9]{32}", "travelpayouts",
         "GET https://api.travelpayouts.com/v2/prices/latest?currency=usd&limit=5&token={v}",
         "travelpayouts_key = {v}"),
    # Travis CI's tokens: 22 of the rule's alphabet; the rule asks travis before it
    *_kf("travisci-api-token", f"{_AN}[A-Za-z0-9_]{{20}}{_AN}", "travis",
         "curl -H 'Travis-API-Version: 3' -H 'User-Agent: API Explorer' -H 'Authorization: token {v}' "
         "https://api.travis-ci.com/user",
         "travis_token {v}"),
    # Twelve Data's keys are 32 hex
    *_kf("twelvedata-api-key", "[a-f0-9]{32}", "twelvedata",
         "GET https://api.twelvedata.com/earliest_timestamp?symbol=AAPL&interval=1day&apikey={v}",
         "twelvedata_secret={v}"),
    # Twilio's auth tokens (32 hex) and API key secrets (32 letters and digits), drawn in turn; the SID in the request
    *_kf("twilio-api-key", f"(?:[a-f0-9]{{32}}|{_AN}{{32}})", "twilio",
         f"curl -u '{_TWILIO_SID}:{{v}}' https://api.twilio.com/2010-04-01/Accounts.json",
         "Twilio_key={v}", "'API_KEY'          => env('TWILIO_API_KEY', '{v}')"),
    # Twitch's tokens are 30 lower-case letters and digits; the rule asks twitch
    *_kf("twitchaccesstoken-api-key", "[a-z0-9]{30}", "twitch",
         "curl -H 'Authorization: OAuth {v}' https://id.twitch.tv/oauth2/validate",
         "twitch_access_token={v}", "TWITCH_SECRET={v}"),
    # Twitter's secret (twitter.yml rule 2): twitter, an app or secret word within a character or two, then 35-44
    *_KF.keyed_and_text(
        "twitter-secret-key", f"{_AN}[A-Za-z0-9]{{33,42}}{_AN}", "twitter.yml",
        ("TWITTER_API_SECRET", "twitter_consumer_secret", "twitter_app_secret", "TWITTER_CLIENT_SECRET",
         "twitterSecretKey"),
        "curl -H 'Authorization: Bearer {v}' https://api.twitter.com/2/application/rate_limit_status",
        "curl -H 'Authorization: Bearer {v}' https://api.twitter.com/2/application/rate_limit_status",
        "# TWITTER_API_SECRET = '{v}'",
        "twitter_consumer_secret = {v}",
        "twitter secret: {v}",
        "Twitter app secret {v} rotated by ops",
    ),
    # tyntec's keys as the rule's examples write them, 32 hex
    *_kf("tyntec-api-key", "[a-f0-9]{32}", "tyntec",
         "curl -H 'apiKey: {v}' https://api.tyntec.com/2fa/v1/application",
         "tyntec SECRET {v}", "tyntec TOKEN {v}", "tyntec ACCESS {v}"),
    *_kf("uclassify-api-key", f"{_AN}{{12}}", "uclassify",
         "curl -X POST -H 'Content-Type: application/json' -H 'Authorization: Token {v}' "
         "-d '{\"texts\": [\"I am so happy today\"]}' https://api.uclassify.com/v1/uClassify/Sentiment/classify",
         "uclassify_key={v}", "uclassify_token={v}", "uclassifykey={v}"),
)

PREFIXED: tuple[HeldFamily, ...] = (
    # Tailscale's keys: tskey-, the kind, the key's id (k, 10, CNTRL), -, 32
    *_KF.prefixed("tailscale-api-key", f"tskey-(?:api|auth|client)-k{_AN}{{10}}CNTRL-{_AN}{{32}}", "tailscale.yml",
                  "curl -X POST -H 'Content-Type: application/x-www-form-urlencoded' -d 'key={v}' "
                  "https://api.tailscale.com/api/v2/secret-scanning/verify",
                  "TS_AUTHKEY={v} tailscale up --ssh"),
    # Teamwork's tokens: tkn.v1_, 71 and = (the three rules ask teamwork, or the product's name, before it)
    *_KF.prefixed("teamworkcrm-api-key", f"tkn\\.v1_{_AN}{{71}}=", "teamworkcrm.yml",
                  "curl -H 'Authorization: Bearer {v}' https://acme.teamwork.com/crm/api/v2/users.json",
                  "teamworkcrm {v}"),
    *_KF.prefixed("teamworkdesk-api-token", f"tkn\\.v1_{_AN}{{71}}=", "teamworkdesk.yml",
                  "curl -H 'Authorization: Bearer {v}' https://acme.teamwork.com/desk/api/v2/me.json",
                  "teamwork {v}"),
    *_KF.prefixed("teamworkspaces-api-key", f"tkn\\.v1_{_AN}{{71}}=", "teamworkspaces.yml",
                  "curl -H 'Authorization: Bearer {v}' https://acme.teamwork.com/spaces/api/v1/users.json",
                  "teamworkspaces {v}"),
    # Telegram's bot tokens: the bot's id (8-10 digits), :, AA and 33 of base64url
    *_KF.prefixed("telegrambottoken-bot-token", f"[1-9][0-9]{{7,9}}:AA[A-Za-z0-9_-]{{32}}{_AN}", "telegrambottoken.yml",
                  "GET https://api.telegram.org/bot{v}/getMe",
                  "telegram: {v}", "tgram://{v}"),
    # Ticket Tailor's keys: sk_, 4 digits, _, 6 digits, _, 32 hex (the rule asks tickettailor and a word before it)
    *_KF.prefixed("tickettailor-api-key", "sk_[0-9]{4}_[0-9]{6}_[a-f0-9]{32}", "tickettailor.yml",
                  "curl -u '{v}:' -H 'Accept: application/json' https://api.tickettailor.com/v1/orders",
                  "tickettailor secret {v}", "tickettailor key {v}"),
    # Typeform's personal tokens: tfp_, 44, _, 14 (59, the rule's longest), of the rule's alphabet
    *_KF.prefixed("typeform-api-key", f"tfp_{_AN}[A-Za-z0-9_]{{42}}{_AN}_{_AN}[A-Za-z0-9_]{{12}}{_AN}", "typeform.yml",
                  "curl -H 'Authorization: Bearer {v}' https://api.typeform.com/me",
                  "TYPEFORM_TOKEN={v}"),
    # Ubidots' tokens: BBFF- and 30
    *_KF.prefixed("ubidots-token", f"BBFF-{_AN}{{30}}", "ubidots.yml",
                  "curl -H 'Content-Type: application/json' -H 'X-Auth-Token: {v}' "
                  "https://industrial.api.ubidots.com/api/v1.6/variables/",
                  "UBIDOTS_TOKEN={v}"),
)

TEXT: tuple[HeldFamily, ...] = (
    # a Tines webhook URL's secret (the last 32 of /webhook/<path>/<secret>)
    _KF.family("tineswebhook-url-secret", "text", "[a-f0-9]{32}", "tineswebhook.yml",
               "https://acme.tines.com/webhook/5c2e8a1f9b3d47e0a6c4f18d2b7e9a03/{v}",
               "curl -X POST -d '{\"alert\": \"disk full\"}' https://tenant-42.tines.com/webhook/0d9b6e3c1a7f4528b3e0c9d2a6f1e874/{v}",
               "TINES_WEBHOOK_URL=https://blue-river-7781.tines.com/webhook/a41f0c7e93d2b6855e1c0a9f7b3d2e64/{v}"),
)

FAMILIES: tuple[HeldFamily, ...] = NEAR + PREFIXED + TEXT

# every provider is one an earlier round or the corpus has (see the docstring): NEW is empty
KNOWN, NEW = split_by_prefix(FAMILIES, tuple(PROVIDERS))

ROUND = HeldOutRound(
    "round-62",
    __doc__,
    347,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"near": NEAR, "prefixed": PREFIXED, "known": KNOWN},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
