"""A thirty-ninth held-out recall measure: trufflehog detectors not read before this module.

``python -m tests.unit.redact.heldout_round39 [--seed N] [--per-family N] [--sources]``

One source, read once (December 2026): trufflehog's detectors
(trufflesecurity/trufflehog, ``pkg/detectors/<name>/<name>.go``), each file giving a
keyword list, the token's regex and the request its verifier sends, as rounds 5-11, 24-32,
34-36 and 38 read them.  The rule that chose the files, written here before any of them was
read (round 38's rule continued, its files now counted as read; rounds 33 and 37, from another
source, are not counted here):

1. the trufflehog detector files named by every earlier round's ``SOURCE_PATHS`` and the
   detectors named by :mod:`tests.unit.redact.public_formats`' trufflehog lists are counted
   by the first letter of the detector's folder.  Round 38's counts with its 35 s files
   added: a 82, b 36, c 15, d 41, e 22, f 39, g 38, h 21, i 22, j 7, k 12, l 26, m 44, n 25,
   o 19, p 61, q 3, r 32, s 59, t 49, u 14, v 16, w 19, x 1, y 5, z 15;
2. the letters an earlier round left for later come first: round 38 left 49 s files
   (simvoly to swiftype in alphabetical order of path, less smartsheets, statuscake,
   statuspage and strava, which are read; named by its rule from the default list).  This
   round takes them first, in alphabetical order of their path (``pkg/detectors/<name>/...``,
   a detector's versions in order ``v1``, ``v2`` ...), and, since the 49 would carry the
   round past 35, cuts them as round 31 cut t and round 38 cut s: the first 35 are taken and
   the rest (14) are left for a later round, named below from the default list (listing, not
   reading); the round then stops (no other letter is taken);
3. a file is unread when its detector is in trufflehog's default list
   (``pkg/engine/defaults/defaults.go``, the detectors it builds, commented-out ones not
   counted, at the commit rounds 24-38 used, 0011995) and no earlier round's
   ``SOURCE_PATHS`` nor the public-format corpus' trufflehog lists name it; a detector with
   versions (``<name>/v1``, ``v2``) counts each version the list builds as a file;
4. families as rounds 10, 11 and 24-38 built them: a token with a prefix or a shape of its
   own a bare family and one in the verifier's request; a keyword-near-token detector a keyed
   family (a provider-named key) and a text family (the verifier's request with the token,
   then prose with and without a credential word); where a detector pairs two parts the
   family is the secret one and the other part is written into the request;
5. a detector whose provider an earlier round or the public-format corpus already has stays,
   and the figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 201 (no round has used it), 7 samples per family, round 2's carriers; seeds 7 and 99
are printed too.  Each file is read as the index stores it (one version, not always the
newest).


The rule applied (the default list as the index stores it, commit 0011995, the same as rounds
24-38's, read after the rule above was committed and before any detector file): the list builds
53 files from simvoly to swiftype, 4 of them read (smartsheets as the corpus' ``smartsheet``,
statuscake, statuspage and strava by an earlier round's ``SOURCE_PATHS`` or the corpus' lists),
so round 38's 49 unread files are these.  In alphabetical order of their path the first 35 are
taken and **14 s files are left** for a later round: streak, stripe, stripo, stytch, sugester,
sumologickey, supabasetoken, supernotesapi, surveyanyplace, surveybot, surveysparrow,
survicate, swell, swiftype.  Taken (35): simvoly, sinchmessage, sirv, siteleaf, skrappio,
skybiometry, slack, slackwebhook, smartystreets, smooch, snipcart, snowflake, snykkey,
sonarcloud, sourcegraph, sourcegraphcody, speechtextai, splunkobservabilitytoken, spoonacular,
sportsmonk, sqlserver, square, squareapp, squarespace, squareup, sslmate, statuspal,
stitchdata, stockdata, storecove, stormboard, stormglass, storyblok,
storyblokpersonalaccesstoken (its file stored as ``storyblokpersonalaccesstoken/storyblok.go``),
storychief.  After this round s has 14 files left, then the letter with the fewest read files
is u (14).

One of the 35 gives no family: squareup's match is Square's OAuth application id
(``sq0idp-`` and 22), which a web page embeds by design (as round 17 left Branch's public
key out); squareapp's detector pairs that id with the app's secret (``sq0csp-``), which is
the family, the id written into its request.  So 34 files give families.

Ten providers an earlier round or the public-format corpus already has: Slack (round 2 and
others, the corpus: bot, user and workspace tokens, webhooks), Snowflake (round 33), Snyk (the
corpus), SonarCloud (round 5, the corpus), Sourcegraph (the corpus: ``sgp_``; Cody's ``slk_``
counted with it), Splunk (round 15), SQL Server (rounds 8 and 16), Square (round 2 and others,
the corpus: ``EAAA``, ``sq0csp-``) and Squarespace (the corpus).  Group ``known`` is the
families whose id starts with slack, snowflake, snyk, sonarcloud, sourcegraph, splunk,
sqlserver or square.

Shapes of detector, carried as in :mod:`tests.unit.redact.heldout_round38`:

prefixed
    a token with a prefix or a shape of its own, bare in round 2's seven bare carriers and in
    the verifier's request: Slack's ``xoxb-``/``xoxp-``/``xoxa-``/``xoxr-`` tokens (two
    numbers of 10-13 digits, then the detector's open tail written as issued: ``-`` and 24-32
    letters and digits), Slack's webhook URL (``T`` and ``B`` ids of 8-10 upper-case letters
    and digits, 24 letters and digits), Sourcegraph's ``sgp_`` token (16 hex or ``local``,
    ``_`` and 40 hex, or 40 hex alone; the detector's third branch, any 40 hex, is not
    written), Cody's ``slk_`` and 64 hex, Square's ``EAAA`` and 60 (its ``square`` keyword
    within 40 characters not asked, its ``-``, ``+`` and ``=`` kept, the last a letter or
    digit) and Square's application secret (``sq0csp-`` and 43 of ``[\\w-]`` as issued,
    its ``sq0idp-`` id in the request);
keyword near token
    as round 38's, the provider's name at most 40 characters before a token; where a detector
    pairs parts the family is the secret one and the other is written into the request:
    Sinch's 32 (its service plan id in the path), Sirv's 88-character client secret (its
    26-character client id in the JSON body), Siteleaf's and Smooch's secrets (their key in
    ``curl -u``), SkyBiometry's secret (its key in the query), SmartyStreets' 20-character
    auth token (its auth id, a UUID, in the query).  Requests sending ``Basic`` of
    ``<key>:`` are written as ``curl -u`` (Snipcart, SonarCloud).  Sinch's keyword is
    ``sinch``, Skrapp's ``skrapp``, Splunk's ``splunk``, SpeechText's ``speechtext``,
    Storyblok's personal access token's ``storyblok`` (its key ``storyblok_management``).
    The ``\\b``-closed classes holding ``-`` or ``_`` at an end (Smooch's 86 and
    Storecove's 43 of ``[\\w-]``) are written with first and last character a letter or
    digit; Snyk's 36 of ``[0-9a-z]`` and ``-`` as a UUID's shape of letters and digits,
    Squarespace's as a hex UUID, Stormglass' 73 of ``[0-9a-z-]`` as two hex UUIDs joined by
    ``-`` (as issued).  Sirv's 88 of ``[a-zA-Z0-9\\S]`` is written as round 38 wrote
    SimplyNoted's: printable characters less ``"``, ``'``, ``\\`` and the backquote, first
    and last a letter or digit.  StoryChief's 940-1000 of ``[\\w.-]`` is written as the keys
    are issued: an RS256 JWT (the header ``{"typ":"JWT","alg":"RS256"}``, ``eyJ`` and
    560-610 of base64url, 342 of base64url), 943-993 characters;
passwords
    Snowflake's and SQL Server's detectors take a password from a login (Snowflake: an account
    identifier after ``account``, a user and a password of 8 or more with a lower-case letter,
    an upper-case letter and a digit; SQL Server: a connection string of three or more
    ``key=value;`` pairs, its ``Password``).  Snowflake is a keyed family (keys holding
    ``snowflake`` and ``password``) and a text family (connector settings, a login line), the
    password written as an upper-case letter, 3-5 lower-case letters, 2 digits and 2-14 of
    letters, digits and ``!#%_.-``; SQL Server a text family alone (connection strings of
    ADO.NET, ODBC and a ``sqlcmd`` call), its password 8-24 of letters, digits and
    ``!#%*_.@-`` (no ``;``, quote or ``$``, as the detector reads).

Formats are facts in our own notation, generated at test time; no rule text of the
source is copied.

First measurement, BEFORE any rule was changed for these families (seed 201, 7 per family,
rules as of main c691e6d (their last change 01769cc), run at the round's branch r39 plus this
module and its lookalikes; run once, nothing tuned): strict **448/469 = 95.52%**, loose 449/469
(prefixed 77/84, near 350/364, passwords 21/21; the providers an earlier set has 151/161, new
providers 297/308; by carrier: bare 35/42, keyed 189/189, text 224/238).  Seeds 7 and 99, same
rules: 444/469 = 94.67% and 443/469 = 94.46%.  Missed at seed 201, by family: Cody's ``slk_``
and 64 hex 1/7 (no rule has the prefix; found once, under ``token=``); Square's ``EAAA`` token
6/7 (missed glued to a word, ``idx-EAAA...`` and ``BoomErrEAAA...``); a provider's name not in
the providers list before its own token in prose after ``<Name> client configured:`` and
``<name>:`` (after ``<name> api key`` all found), 4/7 each: Skrapp's 42 letters and digits,
SpeechText's 32 hex, Splunk's 22 letters and digits; Sirv's 88 printable characters in prose
2/7.  At seeds 7 and 99 also: Slack's ``xoxp-`` token with two numbers (the detector's shape)
in a log line and a JSON message 6/7 at 7 and 5/7 at 99; Sirv's 88 under its key 6/7 at 7
(cut at ``;``); Storyblok's 22 letters and ``tt`` without a digit in prose 5/7 at 7;
SmartyStreets' 20 in prose 5/7 at 99; Stitch's 35 with ``_`` after ``stitchdata:`` 6/7 at 99;
every other family 7/7 at each seed.  The round-39 lookalikes: 4/600 touched at seed 201 (2 of
``GET .../fc/account/authenticate?api_key=API_KEY&api_secret=API_SECRET`` and 2 of
``.../lookup?auth-id=YOUR+AUTH-ID&auth-token=YOUR+AUTH-TOKEN&zipcode=94035``, the docs'
placeholders taken by secret-assignment), 6 and 6 at corpus seeds 7 and 99, 17, 31 and 22 of
3000 at seeds 1, 2 and 3 (all of these two kinds).

The held-out figure is printed again by running this module against the rules of the
commit that adds its measured version (on the round's branch r39)::

    git worktree add --detach /tmp/r39base 382b466  # on the round's branch r39
    cd /tmp/r39base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round39

Any figure measured after that is in-sample.  After the round-39 rules (6289e08 on r39; one rule
added, 453 rules, 452 on by default; one regex widened in place): Cody's ``slk_`` and 64 hex is a
rule (sourcegraph-cody-token); slack-user-token takes two numbers then 24-34 besides three then
28-34; ``skrapp`` and ``speechtext`` (trufflehog's keywords) are in the providers list; Splunk is a
weak name, its name in prose marking a random mix; a value of upper-case words naming its own key
(``api_secret=API_SECRET``) and ``YOUR`` words joined by a URL's ``+`` are the docs' placeholders:
**463/469 = 98.72%** strict, 464/469 loose (prefixed 83/84, near 359/364, passwords 21/21; known
160/161, new 303/308; bare 41/42, keyed 189/189, text 233/238); seeds 7 and 99: 460/469 = 98.08%
each.  The round-39 lookalikes: 0/600 at corpus seeds 201, 7 and 99, and 0 of 3000 at seeds 1, 2
and 3; every other round's figures and lookalikes unchanged (``python -m tests.unit.redact.figures
--seeds`` on c691e6d and on 6289e08: every round's and lookalike set's line identical; the labeled
corpus' line moved, 9852/9856 -> 9881/9892, because it draws every rule's examples from one random
sequence and the new examples redraw what follows them: its misses there are missed alike by
c691e6d's rules).  Left: Sirv's 88 printable characters (in prose 2/7 at every seed, under its key
6/7 at 7: ``;``, ``<``, ``|`` and the like end what a token is read to be, as SimplyNoted's in round
38); Square's ``EAAA`` token glued to a word on its left (``idx-EAAA...``, ``BoomErrEAAA...``; 6/7 at
every seed): square-access-token keeps its boundary on letters, digits, ``+``, ``/`` and ``-``,
because a base64 blob may hold ``EAAA``, a guard not loosened; single chance misses of the
random-reading test (Storyblok's 22 letters and ``tt`` without a digit 5/7 at 7, SmartyStreets' 20
letters without a digit 5/7 at 99, Stitch's 35 lower-case letters, digits and ``_`` 6/7 at 99);
squareup's application id, not measured (see above); and the 14 s files the rule left (streak,
stripe, stripo, stytch, sugester, sumologickey, supabasetoken, supernotesapi, surveyanyplace,
surveybot, surveysparrow, survicate, swell, swiftype); after them the letter with the fewest read
files is u (14).

The round was built on branch r39: 33765fb (the rule), 382b466 (the measurement), 6289e08 (the
rules) and the commit adding these figures.

The round was built on branch r39 and cherry-picked onto main: 33765fb (the rule) is 95717df,
382b466 (the measurement) is 50b37d0, 6289e08 (the rules) is 53b9dfb, 99839d6 (the figures) is
d2da2f5. On main, 9877b26 (review) narrowed one of its fixes: a value naming its own key in capitals
stays redacted under a password key (password=PASSWORD), as round 38 chose; the round's figures are
the same after it.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round39 import lookalikes
from tests.unit.redact.rounds import HeldOutRound, split_by_prefix
from tests.unit.redact.trufflehog_families import Trufflehog

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

# fixed other parts of multi-part credentials (ids, users, hosts: not the secret measured)
_SINCH_PLAN = "7d3c9a1f02b84e6c95a1d0f3b2e47c68"
_SIRV_CLIENT = "Qm4Zt8Rk2Xw7Lp1Vd9Hs3Nc6Jb"
_SITELEAF_KEY = "4f8a2c9e1b7d3f6a0c5e8b2d9f1a7c3e"
_SKYBIOMETRY_KEY = "k7m2q9x4t1w8z3r6v0n5b2c8d"
_SMARTY_ID = "3b9f1c7e-52a4-4d8b-9e06-1f7c2a8d4b35"
_SMOOCH_KEY = "act_5f2c8e1a9b3d7f4e6a0c2b8d"
_SQUARE_APP_ID = "sq0idp-Xw7Lp1Vd9Hs3Nc6JbQm4Zt"

_TRUFFLEHOG = Trufflehog()
SOURCE_PATHS = _TRUFFLEHOG.source_paths
_near, _prefixed = _TRUFFLEHOG.near, _TRUFFLEHOG.prefixed

_UUID_LOWER = "[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}"
_UUID_HEX = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_PRINTABLE_88 = "[a-zA-Z0-9][!#-&(-\\[\\]-_a-~]{86}[a-zA-Z0-9]"
_B64URL = "[A-Za-z0-9_-]"
# an RS256 JWT of 943-993 characters: the header {"typ":"JWT","alg":"RS256"}, a payload, a 256-byte signature
_STORYCHIEF_JWT = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9\\.eyJ" + _B64URL + "{560,610}\\." + _B64URL + "{342}"
_SNOWFLAKE_PASSWORD = "[A-Z][a-z]{3,5}[0-9]{2}[A-Za-z0-9!#%_.-]{2,14}"


PREFIXED: tuple[HeldFamily, ...] = (
    *_prefixed(
        "slack",
        "xox[bpar]-[0-9]{10,13}-[0-9]{10,13}-[a-zA-Z0-9]{24,32}",
        "slack",
        "POST https://slack.com/api/auth.test Content-Type: application/json; charset=utf-8 Authorization: Bearer {v}",
    ),
    *_prefixed(
        "slack-webhook",
        "https://hooks\\.slack\\.com/services/T[A-Z0-9]{8,10}/B[A-Z0-9]{8,10}/[A-Za-z0-9]{24}",
        "slackwebhook",
        "POST {v} Content-Type: application/json {\"text\": \"\"}",
    ),
    *_prefixed(
        "sourcegraph",
        "sgp_(?:[a-f0-9]{16}|local)_[a-f0-9]{40}|sgp_[a-f0-9]{40}",
        "sourcegraph",
        "POST https://sourcegraph.com/.api/graphql Authorization: token {v} Content-Type: application/json",
    ),
    *_prefixed(
        "sourcegraph-cody",
        "slk_[a-f0-9]{64}",
        "sourcegraphcody",
        "GET https://cody-gateway.sourcegraph.com/v1/limits Authorization: Bearer {v}",
    ),
    *_prefixed(
        "square",
        "EAAA[a-zA-Z0-9+=-]{59}[a-zA-Z0-9]",
        "square",
        "GET https://connect.squareupsandbox.com/v2/merchants Authorization: Bearer {v} Content-Type: application/json",
    ),
    *_prefixed(
        "square-app",
        "sq0csp-[0-9A-Za-z_-]{43}",
        "squareapp",
        "POST https://connect.squareupsandbox.com/oauth2/revoke Authorization: Client {v} Content-Type: application/json"
        " {\"client_id\": \"" + _SQUARE_APP_ID + "\", \"access_token\": \"<token>\"}",
    ),
)

NEAR: tuple[HeldFamily, ...] = (
    *_near(
        "simvoly",
        "[a-z0-9]{33}",
        "simvoly",
        "simvoly",
        "GET https://acme-shop.simvoly.com/api/site/members?group_id=12&limit=25&skip=25 Authorization: Bearer {v}",
    ),
    *_near(
        "sinch",
        "[a-z0-9]{32}",
        "sinchmessage",
        "sinch",
        "POST https://sms.api.sinch.com/xms/v1/" + _SINCH_PLAN + "/batches Content-Type: application/json"
        " Authorization: Bearer {v}",
    ),
    *_near(
        "sirv",
        _PRINTABLE_88,
        "sirv",
        "sirv",
        "POST https://api.sirv.com/v2/token Content-Type: application/json"
        " {\"clientId\":\"" + _SIRV_CLIENT + "\",\"clientSecret\":\"{v}\"}",
    ),
    *_near(
        "siteleaf",
        "[0-9Aa-z]{32}",
        "siteleaf",
        "siteleaf",
        "curl -u " + _SITELEAF_KEY + ":{v} https://api.siteleaf.com/v2/sites",
    ),
    *_near(
        "skrapp",
        "[a-z0-9A-Z]{42}",
        "skrappio",
        "skrapp",
        "GET https://api.skrapp.io/api/v2/account Content-Type: application/json X-Access-Key: {v}",
    ),
    *_near(
        "skybiometry",
        "[0-9a-z]{25,26}",
        "skybiometry",
        "skybiometry",
        "GET https://api.skybiometry.com/fc/account/authenticate?api_key=" + _SKYBIOMETRY_KEY + "&api_secret={v}",
    ),
    *_near(
        "smartystreets",
        "[a-zA-Z0-9]{20}",
        "smartystreets",
        "smartystreets",
        "GET https://us-zipcode.api.smartystreets.com/lookup?auth-id=" + _SMARTY_ID + "&auth-token={v}&state=CA"
        "&zipcode=94035",
    ),
    *_near(
        "smooch",
        "[0-9a-zA-Z][0-9a-zA-Z_-]{84}[0-9a-zA-Z]",
        "smooch",
        "smooch",
        "curl -u " + _SMOOCH_KEY + ":{v} -H 'Accept: application/vnd.smooch+json; version=3' https://api.smooch.io/v2/apps",
    ),
    *_near(
        "snipcart",
        "[0-9A-Za-z_]{75}",
        "snipcart",
        "snipcart",
        "curl -u {v}: -H 'Accept: application/json' https://app.snipcart.com/api/orders",
    ),
    *_near(
        "snyk",
        _UUID_LOWER,
        "snykkey",
        "snyk",
        "GET https://snyk.io/api/v1/user/me Authorization: token {v}",
    ),
    *_near(
        "sonarcloud",
        "[0-9a-z]{40}",
        "sonarcloud",
        "sonarcloud",
        "curl -u {v}: https://sonarcloud.io/api/authentication/validate",
    ),
    *_near(
        "speechtext",
        "[0-9a-f]{32}",
        "speechtextai",
        "speechtext",
        "POST https://api.speechtext.ai/recognize?key={v}&language=en-US&punctuation=true&format=m4a"
        " Content-Type: application/octet-stream",
    ),
    *_near(
        "splunk-observability",
        "[a-z0-9A-Z]{22}",
        "splunkobservabilitytoken",
        "splunk",
        "GET https://api.us1.signalfx.com/v2/dashboard Content-Type: application/json X-Sf-Token: {v}",
    ),
    *_near(
        "spoonacular",
        "[0-9a-z]{32}",
        "spoonacular",
        "spoonacular",
        "GET https://api.spoonacular.com/recipes/random?apiKey={v} Content-Type: application/json",
    ),
    *_near(
        "sportsmonk",
        "[0-9a-zA-Z]{60}",
        "sportsmonk",
        "sportsmonk",
        "GET https://soccer.sportmonks.com/api/v2.0/leagues?api_token={v}",
    ),
    *_near(
        "squarespace",
        _UUID_HEX,
        "squarespace",
        "squarespace",
        "GET https://api.squarespace.com/1.0/profiles?sortField=email&sortDirection=asc User-Agent: acme-sync"
        " Authorization: Bearer {v}",
    ),
    *_near(
        "sslmate",
        "[a-zA-Z0-9]{36}",
        "sslmate",
        "sslmate",
        "GET https://sslmate.com/api/v2/certs/example.com?expand=current.crt Authorization: Basic {v}",
    ),
    *_near(
        "statuspal",
        "[0-9a-zA-Z]{32}",
        "statuspal",
        "statuspal",
        "GET https://statuspal.io/api/v1/status_pages/acme-status/subscriptions"
        " Accept: application/vnd.statuspal+json; version=3 Authorization: {v}",
    ),
    *_near(
        "stitchdata",
        "[0-9a-z_]{35}",
        "stitchdata",
        "stitchdata",
        "GET https://api.stitchdata.com/v4/sources Authorization: Bearer {v} Content-Type: application/json",
    ),
    *_near(
        "stockdata",
        "[0-9A-Za-z]{40}",
        "stockdata",
        "stockdata",
        "GET https://api.stockdata.org/v1/data/quote?symbols=AAPL,TSLA,MSFT&api_token={v}",
    ),
    *_near(
        "storecove",
        "[a-zA-Z0-9][a-zA-Z0-9_-]{41}[a-zA-Z0-9]",
        "storecove",
        "storecove",
        "GET https://api.storecove.com/api/v2/discovery/identifiers Authorization: Bearer {v}",
    ),
    *_near(
        "stormboard",
        "[a-f0-9]{40}",
        "stormboard",
        "stormboard",
        "GET https://api.stormboard.com/users/profile X-API-Key: {v}",
    ),
    *_near(
        "stormglass",
        _UUID_HEX + "-" + _UUID_HEX,
        "stormglass",
        "stormglass",
        "GET https://api.stormglass.io/v2/weather/point?lat=58.7984&lng=17.8081&params=windSpeed Authorization: {v}",
    ),
    *_near(
        "storyblok",
        "[0-9A-Za-z]{22}tt",
        "storyblok",
        "storyblok",
        "GET https://api.storyblok.com/v1/cdn/spaces/me/?token={v}",
    ),
    *_near(
        "storyblok-personal",
        "[0-9A-Za-z]{22}tt-[0-9]{6}-[A-Za-z0-9_-]{19}[A-Za-z0-9]",
        "storyblokpersonalaccesstoken/storyblok",
        "storyblok",
        "GET https://mapi.storyblok.com/v1/spaces/ Authorization: {v}",
        key_word="storyblok_management",
    ),
    *_near(
        "storychief",
        _STORYCHIEF_JWT,
        "storychief",
        "storychief",
        "GET https://api.storychief.io/1.0/users?page=1&count=10 Accept: application/json Authorization: Bearer {v}",
    ),
)

# passwords in a login: Snowflake's under a key and in its connector's settings, SQL Server's in connection strings
PASSWORDS: tuple[HeldFamily, ...] = (
    _TRUFFLEHOG.family(
        "snowflake",
        "keyed",
        _SNOWFLAKE_PASSWORD,
        "snowflake",
        "SNOWFLAKE_PASSWORD",
        "snowflake_password",
        "snowflakePassword",
        "SNOWFLAKE_USER_PASSWORD",
    ),
    _TRUFFLEHOG.family(
        "snowflake-text",
        "text",
        _SNOWFLAKE_PASSWORD,
        "snowflake",
        "snowflake connect account=acmeorg-analytics_eu user={u} password={v} database=SNOWFLAKE",
        "snowflake: account: qzkfabc-analytics, username: {u}, password: {v}",
        "snowsql -a abcdefg-prod01 -u {u} (password {v}) failed: Incorrect username or password was specified",
    ),
    _TRUFFLEHOG.family(
        "sqlserver-text",
        "text",
        "[A-Za-z0-9!#%*_.@-]{8,24}",
        "sqlserver",
        "Server=tcp:db-1.acme.internal,1433;Database=orders;User Id={u};Password={v};Encrypt=True;",
        "Data Source=sql-prod.acme.local;Initial Catalog=billing;User ID={u};Password={v}",
        "Driver={ODBC Driver 18 for SQL Server};Server=10.0.4.21;Database=reports;Uid={u};Pwd={v};",
    ),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR + PASSWORDS

# the providers an earlier set has (see the docstring); the other families are "new"
_KNOWN = ("slack", "snowflake", "snyk", "sonarcloud", "sourcegraph", "splunk", "sqlserver", "square")
KNOWN, NEW = split_by_prefix(FAMILIES, _KNOWN)


ROUND = HeldOutRound(
    "round-39", __doc__, 201, FAMILIES, lookalikes, SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "passwords": PASSWORDS, "known": KNOWN, "new": NEW},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
