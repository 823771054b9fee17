"""A fifty-seventh held-out recall measure: Kingfisher rule files past ``jotform``, found by probing names.

``python -m tests.unit.redact.heldout_round57 [--seed N] [--per-family N] [--sources]``

The same source and method as rounds 49, 53, 54 and 56 (mongodb/kingfisher, the folder
``data/rules/`` as the index stores it, commit 3397803), continued from where round 56 stopped: its
last probed name was ``jotform``, so this round starts at the first candidate after it.  Before
this rule was committed no Kingfisher rule file's text was read for this round, no name was
probed and trufflehog's list was not opened for it (the names past ``jotform`` are not known to
this module yet).

The rule that chooses the files, written here before any name was probed, any rule file read and
any secret generated (round 56's rules 1-5, the start moved):

1. the candidate names are trufflehog's detector folder names (``pkg/detectors/<name>``, lower-case
   as they are, a versioned detector's folder once), as trufflehog's default list
   (``pkg/engine/defaults/defaults.go`` at 0011995, the commit rounds 24-56 counted; its built and
   its commented-out detectors, as round 47 counted them, the commented-out ones put in their
   places) imports them, in byte order, from the first name after ``jotform`` on;
2. each candidate is probed in that order: ``find_files(repo="mongodb/kingfisher",
   path="data/rules/<name>.yml")``; a name whose path is stored (at 3397803, or at the one version
   the index holds) exists.  A file that exists is taken unless a round read it: its name is named
   as a read Kingfisher or Titus file by an earlier round's ``SOURCE_PATHS`` or docstring (a grep of
   ``tests/unit/redact`` and ``README.md`` of this round's base, main ea6e077, for the name, as
   rounds 46, 49, 53, 54 and 56 checked; the 98 Titus files rounds 17-19 read, ``adafruitio`` to
   ``eventbrite``, count as read by file name).  Probing stops when the round holds 35 files or
   the candidates end; the number of names probed and of files that existed is written below;
3. every rule of each file taken, in file order; round 33's rule 3 as round 43 wrote it: a rule
   whose match is no secret or only a public or identifying value (an id, an account number, a
   user or host name, an e-mail or IP address, a public key, a URL without credentials), a value
   of fewer than 8 characters, a rule whose pattern is another taken rule's character for
   character, is left out and named; a file all of whose rules are left out gives no family and
   still counts among the files read;
4. each rule left gives families as rounds 17, 43, 45, 46, 49, 53, 54 and 56 built them: a token
   with a prefix or a fixed shape of its own a bare family and one in a request or log line; a rule
   that needs context before the value (the provider's name, a key or a word) a keyed family and a
   text family (the verifier's request drawn twice, then lines in the shape of the rule's
   examples); a connection string, URL or whole-line shape holding a secret a text family in the
   shape it describes; where the rule's pattern is wider than the provider's format the family
   writes the provider's; a rule taking several formats gives its families once, the alternatives
   drawn in turn; where a rule pairs parts (an id and a secret) the family is the secret, the other
   part written into the request;
5. the candidates are providers trufflehog has, so the rules written after the trufflehog rounds
   likely know many of them: what is measured is Kingfisher's patterns and examples for them,
   which may be looser than or different from trufflehog's.  As rounds 12, 49, 53, 54 and 56 did,
   the figure is printed for the families whose provider an earlier round or the public-format
   corpus has (group ``known``) and for the others (``new``).

Seed 311 (no round has used it: no ``Round(...)`` registration nor heldout module on main ea6e077
names it as a seed; 277, 281, 283, 293 and 307 are taken by rounds 52-56), 7 samples per family,
round 2's carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round57`) are 600 lines in the families' contexts holding no
secret, as rounds 49's, 51's, 53's, 54's and 56's are.

The rule applied (after the rule above was committed, 2a63b32 on branch r57).  The candidates:
``defaults.go`` as the index stores it (commit 0011995) imports the folders in byte order; past
``jotform`` they run ``jumpcloud``, ``jupiterone``, ``juro``,
``kanban`` ...; round 47's commented-out ``linemessaging``, ``m3o`` and ``magnetic`` fall in or
near the range and are probed in their places.  **39 names probed** (``jumpcloud`` to
``lokalisetoken``), **25 files exist** at 3397803: jumpcloud, jupiterone, juro, karmacrm, kickbox,
klaviyo, klipfolio, knapsackpro, kontent, kylas, languagelayer, launchdarkly, leadfeeder, lemlist,
lemonsqueezy, lendflow, lessannoyingcrm, lexigram, linenotify, linkpreview, livestorm, loadmill,
loginradius, logzio, lokalisetoken.  The 14 not stored: kanban, kanbantool, keenio, kraken, kucoin,
langfuse, larksuite, larksuiteapikey, ldap, linearapi, linemessaging, liveagent, locationiq,
loggly.  None of the 25 is named as a read Kingfisher or Titus file (rule 2's grep of
``tests/unit/redact`` and ``README.md`` on ea6e077 finds each name only as a trufflehog detector, a
provider or a lookalike's context; no ``<name>.yml``/``.yaml`` of them), so all 25 are taken.
The probes stopped at ``loyverse`` (its probe, and those of ``lunchmoney`` and ``luno``, got no
answer: the session's search budget ran out), 10 files short of 35, and no rule file's text was
read in that session.

The probes continued (a later session, on branch r57b, the rule unchanged) from ``loyverse``:
``lunchmoney``, ``luno``, round 47's commented-out ``m3o`` in its place, ``madkudu``,
``magicbell``, the commented-out ``magnetic`` in its place, ``mailboxlayer``, ``mailchimp``,
``mailerlite``, ``mailgun``, ``mailjetbasicauth``, ``mailjetsms``: **13 more names probed**, 10
stored at 3397803 (loyverse, lunchmoney, madkudu, magnetic, mailboxlayer, mailchimp, mailerlite,
mailgun, mailjetbasicauth, mailjetsms), 3 not stored (luno, m3o, magicbell).  Rule 2's grep of
``tests/unit/redact`` and ``README.md`` on ea6e077 finds none of the 10 as a read Kingfisher or
Titus file: ``mailgun.yaml`` is Sonar's file (round 15) and ``detected-mailchimp-api-key.yaml``
Semgrep's (round 43), other tools' files; the other names appear only as trufflehog detectors,
providers or lookalikes' contexts.  So all 10 are taken and the round reaches 35 at
``mailjetsms``, where probing stopped.  In all **52 names probed** (``jumpcloud`` to
``mailjetsms``), **35 files exist** and are taken, **17 not stored** (the 14 above, luno, m3o,
magicbell).  Left for a later round: the candidates past ``mailjetsms`` (``mailmodo``,
``mailsac``, ``mandrill``, the commented-out ``manifest`` ...).

The files hold 36 rules (Mailgun's two, the others one each).  One is left out by rule 3:
Kontent's (``kontent.yml``), whose 36 characters are the project's id that its verifier puts in
the public Delivery API's path (``deliver.kontent.ai/<id>/items``, no credential sent): an id.  The
35 left give 70 families (``SOURCE_PATHS``), 490 samples a seed, every one of Kingfisher's usual
shape: the provider's name, a credential word near it (JupiterOne's to MailJet's; Klipfolio's,
KnapsackPro's, Kylas's, LoginRadius's and Magnetic's word within 8 of the name; Mailgun's primary
key and Mailjet SMS's token need the name alone, Mailgun's as ``mailgun`` or ``mg``), the token: a
keyed family and a text family each (the verifier's request drawn twice, the examples' shapes:
``jumpcloud_api_key=``, ``JUMPCLOUD_SECRET=``, ``jupiterone ACCESS_KEY``, ``juro_secret=``,
``karma SECRET``, ``kickbox_token=``, ``klaviyo_key =``, ``klipfolio_key=``,
``knapsackproSECRET=``, ``kylas_key =``, ``languagelayer TOKEN``, ``launchdarkly-secret-``,
``launchdarkly-private-``, ``leadfeederSECRET``, ``lemlistPRIVATE``, ``lemonsqueezy_key =``,
``lendflow_token =``, ``less-secret-key-``, ``lexigram_key=``, ``linenotify KEY``,
``linkpreview ACCESS``, ``livestorm_key =``, ``loadmill PRIVATE TOKEN``, ``loginradius_key =``,
``logzToken=``, ``logzPrivateAccess=``, ``lokalise SECRET_TOKEN``, ``lokalise ACCESSKEY``,
``loyverseSecretKey=``, ``loyverse_access_token: "..."``, ``loyversePRIVATEkey-``,
``lunchmoney_key =``, ``madkuduAccessKey=``, ``magnetic_token =``, ``mailboxlayer SECRET``,
``mailchimp_token =``, ``mailerlite key``, ``mailgun_api_key=``, ``key-mailgun_token=``,
``mailjet_token =``, ``mailjet``, ``mailjet-token``), then ``<name>_key =``, ``<name> private
key:`` and ``<Name> access token ... rotated``.  Where a rule asks a shorter word than the file's
name the keys and lines use the file's name and the examples the rule's (``karma``, ``less``,
``logz``, ``lokalise``, ``mailjet``).

Where the rule is wider than the provider's format the family writes the provider's: Kickbox's
keys as ``live_`` or ``test_`` and 64 hex; languagelayer's, mailboxlayer's, Loyverse's, MailerLite's
and MadKudu's as 32 hex, Lokalise's as 40 hex; Kylas's, LoginRadius's, Logz.io's and Magnetic's as
UUIDs in hex; LaunchDarkly's as ``api-`` or ``sdk-`` and a version-4 UUID (the rule's whole
match); Lemon Squeezy's JWT with its payload beginning ``eyJ``; Less Annoying CRM's as a 6-digit
user code, ``-`` and 50; Mailgun's primary keys as ``key-`` and 32 hex; Mailchimp's data centres
``us1`` to ``us21``; Leadfeeder's, Lemon Squeezy's, Livestorm's, Lendflow's and Mailgun's
``[a-z0-9-]`` or ``_`` parts with a letter or digit at each end.  Requests that send the key as
Basic auth are written as ``curl -u`` (Lemlist ``':<v>'``, MadKudu ``'<v>:'``, Mailchimp
``'anystring:<v>'``, Mailgun ``'api:<v>'``).

Every provider is one an earlier round or the corpus has: trufflehog's detectors of the same
names were read by rounds 5, 8, 9, 10, 27, 30 and 47, and the corpus or rounds 2, 13, 15 and 44
have Klaviyo, LaunchDarkly, Lokalise, Mailchimp, MailerLite and Mailgun.  Group ``known`` is all 70
families and ``new`` is empty (not printed).

First measurement, BEFORE any rule was changed for these families (seed 311, 7 samples per family,
rules as of main 213d9e7; the module written and run once, nothing tuned): strict **486/490 =
99.18%**, loose 486/490 (near 486/490; by carrier: keyed 245/245, text 241/245).  Seeds 7 and 99,
same rules: 486/490 = 99.18% each (the same four line shapes each time).  Missed, all in text, one
each: ``launchdarkly-private-api-<uuid>`` (the token glued by ``-`` to the name and a credential
word), ``logzPrivateAccess=<uuid>`` (a UUID after a camel-case key of the rule's shorter name),
``loyversePRIVATEkey-<32 hex>`` (the name glued to a credential word in capitals) and ``mailjet
<32>`` (the name alone before the token).  The round-57 lookalikes: **3/600 touched** at corpus
seed 311 (1 at 7, 4 at 99), two shapes: a Lexigram concept id ``lxg:<12>`` after the provider's
name, and a short value (a version ``2.5.0``, 16 hex) after ``lokalisetoken:`` (the file's name,
which ends in ``token``).

The commit that holds the paragraph above (f7526d8 on branch r57b, its message beginning
"heldout_round57, innocents_round57") holds this module and main 213d9e7's rules, so the held-out
figure is printed again by a worktree of that commit (486/490, lookalikes 3/600)::

    git worktree add --detach /tmp/r57m f7526d8  # on the round's branch r57b
    cd /tmp/r57m && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round57

Any figure measured after that is in-sample.  After the round-57 changes (01013e2; hand-made cases
first, ``REDACTED``/``KEPT["round57"]`` of ``test_heldout_rounds.py``: 8 fail on 213d9e7's rules, 15
guards pass on both): credential-word-token takes a capital credential word glued to ``key`` or
``token`` (``loyversePRIVATEkey-``) and two camel-case ones (``Private``, ``Secret``, ``Access``,
``Api`` or ``Auth``, then ``Key`` or ``Token``: ``ipgeolocationSecretToken``, ``loyversePrivateKey-``)
glued to a lower-case name, then a blank, ``:``, ``=`` or ``-`` (``cacheKey-``, ``nextPageToken``,
``idempotencyKey`` stay); one rule, ``provider-name-blank-token`` (a provider's name alone, of
provider-name-assignment's names, a blank and a token of 20 or more mixing cases and digits with
letters beyond hex in both cases: ``mailjet <32>``; appended after the last rule, so the labeled
corpus' earlier draws are unchanged; 463 rules, 462 on by default); provider-label-token leaves a
namespaced id, a prefix of two to five lower-case letters glued to ``:`` and the id (``lexigram
concept lxg:<12>``).  The lookalikes' provider words were corrected after the measurement, one name
for one so that every other line is drawn as before: ``lokalise`` and ``mailjet`` for the files'
names ``lokalisetoken``, ``mailjetbasicauth`` and ``mailjetsms`` (as round 30 drew ``mailjet``),
since ``lokalisetoken: <16 hex>`` is a value under a key named token, which the library takes by
design; the held-out lookalike figure above (3/600) is the corpus as first committed.  Figures:
strict **488/490 = 99.59%** at seed 311, loose the same (keyed 245/245, text 243/245); seeds 7 and
99: 488/490 each.  The round-57 lookalikes: 0/600 at corpus seeds 311, 7 and 99 and 0 of 3000 at
seeds 1, 2 and 3.  Every other round's figures and lookalikes unchanged but two in-sample lines
found (``python -m tests.unit.redact.figures --seeds`` in worktrees of 213d9e7 and of 01013e2: round
53 483 -> 484/490, ``ethplorerSecretKey-<22>``; round 56 482 -> 483/490, ``ipgeolocationSecretToken
<32 hex>``; every other line identical, round 57's lines added; the labeled corpus 10230/10240 on
213d9e7, 10254/10264 here: the new rule's 24 items found, the same 10 missed: provider-label-token's
example ``agora: <31 lower-case>7`` drawn as ``wnyoobyev9blajeva...`` (6, read as not random) and a
password in an ADSI ``OpenDSObject`` call inside logfmt and JSON text (4)).  A first change that
let launchdarkly-key take ``api-``/``sdk-`` after ``secret-`` or ``private-`` lost round 2's
LaunchDarkly token glued to text on its right (1317 -> 1316/1330: the rule's leading lookbehind is
what ``rules.glued_pattern`` reads to drop its trailing boundary) and was withdrawn.
``sightline bench redact --records 60000`` (213d9e7 and 01013e2 alternated, 3 pairs, CPU records/s;
load 4.2-5.2 on 2 cores): without secrets 173,268 / 175,826, 171,608 / 167,990, 172,329 / 155,299
(medians 172,329 and 167,990), with secrets 12,718 / 12,807, 12,571 / 12,624, 12,434 / 11,544
(medians 12,571 and 12,624); wall-clock records/s without secrets 84,462-86,059 on 213d9e7 and
76,796-155,518 here under that load; values replaced in the with-secrets run 60,444 on 213d9e7,
60,445 here.

Left (2 of 490 at seeds 311, 7 and 99): ``launchdarkly-private-api-<uuid>`` (LaunchDarkly's
token after a name, ``private`` in lower case and ``-``: ``private-`` before a hex or random part
is as often a resource's name, ``logs-private-<hash>``, and the prefix rule's left boundary is what
lets it take a token glued on its right) and ``logzPrivateAccess=<uuid>`` (a camel-case key of the
rule's shorter name ending in ``Access``, no credential word a key can be read by).  Left for a
later round: the candidates past ``mailjetsms`` (``mailmodo`` on) and Kingfisher's files whose
names are no trufflehog folder's.

The round was built on branches r57 and r57b from main 213d9e7: 89f5542 (the rule; 2a63b32 on
branch r57, cherry-picked), 1800e86 and c3af16e (the probes), f7526d8 (the measurement), 01013e2
(the changes) and the commit adding these figures.

Formats are facts in our own notation, generated at test time; no rule text of the sources is
copied.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round57 import PROVIDERS, lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound, split_by_prefix

__all__ = ["FAMILIES", "KNOWN", "NEW", "SOURCE_PATHS", "run", "samples"]

_AN = "[A-Za-z0-9]"
_HEX_UUID = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"

SOURCE_PATHS: dict[str, str] = {}
_KF = Families("kingfisher", "mongodb/kingfisher:data/rules/", SOURCE_PATHS)


_kf = _KF.by_first_word  # a Kingfisher rule of its usual shape, read from the file the id's first word names


NEAR: tuple[HeldFamily, ...] = (
    *_kf("jumpcloud-api-key", f"{_AN}{{40}}", "jumpcloud",
         "curl -H 'x-api-key: {v}' https://console.jumpcloud.com/api/v2/systemgroups",
         "jumpcloud_api_key={v}", "JUMPCLOUD_SECRET={v}"),
    *_kf("jupiterone-api-key", f"{_AN}{{76}}", "jupiterone",
         "curl -X POST -H 'Authorization: Bearer {v}' -H 'JupiterOne-Account: 5f0c6a2e-3b1d-4e8a-9c7f-2d4b6e8a0c1f' "
         "-H 'Content-Type: application/json' https://graphql.us.jupiterone.io/",
         "jupiterone SECRET {v}", "jupiterone PRIVATE {v}", "jupiterone ACCESS_KEY {v}"),
    *_kf("juro-api-key", f"{_AN}{{40}}", "juro",
         "curl -H 'x-api-key: {v}' https://api.juro.com/v3/templates",
         "juro_key={v}", "juro_access_token={v}", "juro_secret={v}"),
    # KarmaCRM's rule asks for karma, the name's first word
    *_kf("karmacrm-api-key", f"{_AN}{{20}}", "karmacrm",
         "GET https://app.karmacrm.com/api/v3/contacts.json?api_token={v}&page=1",
         "karma SECRET {v}", "karma PRIVATE {v}"),
    # Kickbox's keys are live_ or test_ and 64 hex, drawn in turn
    *_kf("kickbox-api-key", "(?:live|test)_[a-f0-9]{64}", "kickbox",
         "GET https://api.kickbox.com/v2/verify?email=bill.lumbergh@gmail.com&apikey={v}",
         "kickbox_key={v}", "kickbox_token={v}"),
    *_kf("klaviyo-api-key", f"pk_{_AN}{{34}}", "klaviyo",
         "curl -H 'Revision: 2023-02-22' -H 'Authorization: Klaviyo-API-Key {v}' https://a.klaviyo.com/api/profiles",
         "klaviyo_key = {v}"),
    # Klipfolio's and KnapsackPro's rules ask the credential word within 8 characters of the name
    *_kf("klipfolio-api-key", "[0-9a-f]{40}", "klipfolio",
         "curl -H 'kf-api-key: {v}' https://app.klipfolio.com/api/1.0/users",
         "klipfolio_key={v}"),
    *_kf("knapsackpro-api-token", "[0-9a-z]{32}", "knapsackpro",
         "curl -H 'Content-Type: application/json' -H 'KNAPSACK-PRO-TEST-SUITE-TOKEN: {v}' "
         "'https://api.knapsackpro.com/v1/builds?page=1'",
         "knapsackpro key={v}", "knapsackproSECRET={v}"),
    # Kylas's keys as UUIDs in hex (the rule: 36 of letters, digits and -)
    *_kf("kylas-api-key", _HEX_UUID, "kylas",
         "curl -H 'Content-Type: application/json' -H 'api-key: {v}' https://api.kylas.io/v1/contacts",
         "kylas_key = {v}"),
    # apilayer's keys (languagelayer, mailboxlayer) are 32 hex
    *_kf("languagelayer-api-key", "[a-f0-9]{32}", "languagelayer",
         "GET https://api.languagelayer.com/languages?access_key={v}",
         "languagelayer SECRET {v}", "languagelayer PRIVATE {v}", "languagelayer ACCESS {v}",
         "languagelayer KEY {v}", "languagelayer TOKEN {v}"),
    # LaunchDarkly's access tokens (api-) and SDK keys (sdk-) and a version-4 UUID, drawn in turn
    *_kf("launchdarkly-api-key", "(?:api|sdk)-[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89ab][a-f0-9]{3}-[a-f0-9]{12}",
         "launchdarkly",
         "curl -H 'Authorization: {v}' https://app.launchdarkly.com/api/v2/caller-identity",
         "launchdarkly-secret-{v}", "launchdarkly-private-{v}"),
    *_kf("leadfeeder-api-key", f"{_AN}[A-Za-z0-9-]{{41}}{_AN}", "leadfeeder",
         "curl -H 'Authorization: Token token={v}' https://api.leadfeeder.com/accounts",
         "leadfeederSECRET {v}", "leadfeederKEY={v}"),
    # Lemlist's verifier sends the key as Basic auth's password, the user empty
    *_kf("lemlist-api-key", "[a-f0-9]{32}", "lemlist",
         "curl -u ':{v}' https://api.lemlist.com/api/team",
         "lemlistSECRET {v}", "lemlistTOKEN {v}", "lemlistPRIVATE {v}"),
    # Lemon Squeezy's tokens: a JWT (RS256 header), its payload base64 of JSON (eyJ)
    *_kf("lemonsqueezy-api-token",
         f"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9\\.eyJ{_AN}{{311}}\\.{_AN}[A-Za-z0-9_-]{{510}}{_AN}", "lemonsqueezy",
         "curl -H 'Accept: application/vnd.api+json' -H 'Authorization: Bearer {v}' https://api.lemonsqueezy.com/v1/products/",
         "lemonsqueezy_key = {v}"),
    *_kf("lendflow-api-key",
         f"{_AN}{{36}}\\.{_AN}{{235}}\\.{_AN}{{32}}-{_AN}{{47}}-{_AN}[A-Za-z0-9_]{{160}}{_AN}-{_AN}{{42}}"
         f"-{_AN}[A-Za-z0-9_]{{38}}{_AN}-{_AN}[A-Za-z0-9_]{{64}}{_AN}-{_AN}[A-Za-z0-9_]{{57}}{_AN}-{_AN}{{7}}"
         f"-{_AN}[A-Za-z0-9_]{{218}}{_AN}", "lendflow",
         "curl -H 'Content-Type: application/json' -H 'Authorization: Bearer {v}' -H 'Accept: application/json' "
         "https://app.lendflow.io/api/v1/deals",
         "lendflow_token = {v}"),
    # Less Annoying CRM's keys: the user code, - and the token (the verifier splits them at -)
    *_kf("lessannoyingcrm-api-key", f"[0-9]{{6}}-{_AN}{{50}}", "lessannoyingcrm",
         "GET https://api.lessannoyingcrm.com?APIToken={v}&Function=GetUserInfo",
         "less-secret-key-{v}"),
    *_kf("lexigram-api-key", f"{_AN}{{301}}", "lexigram",
         "curl -H 'Authorization: Bearer {v}' 'https://api.lexigram.io/v1/lexigraph/search?q=diabetes'",
         "lexigram_key={v}"),
    *_kf("linenotify-api-key", f"{_AN}{{43}}", "linenotify",
         "curl -X POST -H 'Authorization: Bearer {v}' 'https://notify-api.line.me/api/notify?message=Notification%20Successful'",
         "linenotifySECRET {v}", "linenotify KEY {v}", "linenotify TOKEN {v}"),
    *_kf("linkpreview-api-key", f"{_AN}{{32}}", "linkpreview",
         "GET https://api.linkpreview.net/?key={v}&q=https://google.com",
         "linkpreview SECRET {v}", "linkpreview ACCESS {v}"),
    # Livestorm's tokens: a JWT (HS256) whose payload begins with its audience, api.livestorm.co
    *_kf("livestorm-api-key",
         f"eyJhbGciOiJIUzI1NiJ9\\.eyJhdWQiOiJhcGkubGl2ZXN0b3JtLmNvIiwianRpIjoi{_AN}{{134}}\\.{_AN}[A-Za-z0-9_-]{{41}}{_AN}",
         "livestorm",
         "curl -H 'Authorization: {v}' https://api.livestorm.co/v1/ping",
         "livestorm_key = {v}"),
    *_kf("loadmill-api-key", f"{_AN}{{40}}", "loadmill",
         "curl -H 'Authorization: Bearer {v}' 'https://app.loadmill.com/api/v1/labels?filter=CI_enable'",
         "loadmill SECRET {v}", "loadmill PRIVATE TOKEN {v}"),
    # LoginRadius's rule asks the credential word within 8 characters of the name
    *_kf("loginradius-api-key", _HEX_UUID, "loginradius",
         "GET https://api.loginradius.com/identity/v2/serverinfo?apikey={v}",
         "loginradius_key = {v}"),
    # Logz.io's rule asks for logz; its API tokens are UUIDs in hex
    *_kf("logzio-api-key", _HEX_UUID, "logzio",
         "curl -H 'X-API-TOKEN: {v}' -H 'Content-Type: application/json; charset=utf-8' https://api.logz.io/v2/whoami",
         "logzToken={v}", "logzKey={v}", "logzPrivateAccess={v}"),
    # Lokalise's tokens are 40 hex; the rule asks for lokalise
    *_kf("lokalisetoken-api-key", "[a-f0-9]{40}", "lokalise",
         "curl -H 'x-api-token: {v}' https://api.lokalise.com/api2/system/languages",
         "lokalise SECRET_TOKEN {v}", "lokalise ACCESSKEY {v}"),
    # Loyverse's tokens are 32 hex
    *_kf("loyverse-api-key", "[a-f0-9]{32}", "loyverse",
         "curl -H 'Authorization: Bearer {v}' https://api.loyverse.com/v1.0/merchant/",
         "loyverseSecretKey={v}", "loyverse_access_token: \"{v}\"", "loyversePRIVATEkey-{v}"),
    *_kf("lunchmoney-api-key", "[a-f0-9]{50}", "lunchmoney",
         "curl -H 'Authorization: Bearer {v}' https://dev.lunchmoney.app/v1/categories",
         "lunchmoney_key = {v}"),
    # MadKudu's verifier sends the key base64-encoded; its API takes it as Basic auth's user
    *_kf("madkudu-api-key", "[0-9a-f]{32}", "madkudu",
         "curl -u '{v}:' https://api.madkudu.com/v1/ping",
         "madkuduSecretKey={v}", "madkuduAccessKey={v}"),
    # Magnetic's rule asks the credential word within 8 characters of the name, the token within 8 of it
    *_kf("magnetic-api-token", _HEX_UUID, "magnetic",
         "GET https://app.magnetichq.com/Magnetic/rest/accountsAPI/itemTypes?token={v}",
         "magnetic_token = {v}"),
    *_kf("mailboxlayer-api-key", "[a-f0-9]{32}", "mailboxlayer",
         "GET https://apilayer.net/api/check?access_key={v}&email=support@email.com",
         "mailboxlayer SECRET {v}", "mailboxlayer ACCESS {v}"),
    # Mailchimp's keys: 32 hex, -us and the data centre's number
    *_kf("mailchimp-api-key", "[0-9a-f]{32}-us(?:[1-9]|1[0-9]|2[0-1])", "mailchimp",
         "curl -u 'anystring:{v}' -H 'Accept: application/json' https://us6.api.mailchimp.com/3.0/",
         "mailchimp_token = {v}", "mailchimp_key = {v}"),
    # MailerLite's classic keys are 32 hex
    *_kf("mailerlite-api-key", "[a-f0-9]{32}", "mailerlite",
         "curl -H 'X-MailerLite-ApiKey: {v}' https://api.mailerlite.com/api/v2/campaigns",
         "mailerlite key {v}", "mailerliteSECRET={v}"),
    *_kf("mailgun-api-token", "[a-z0-9][a-z0-9-]{70}[a-z0-9]", "mailgun",
         "curl -u 'api:{v}' https://api.mailgun.net/v3/domains",
         "mailgun_api_key={v}"),
    # Mailgun's primary keys: key- and 32 hex; the rule asks for mailgun or mg alone before it
    *_kf("mailgun-primary-key", "key-[a-f0-9]{32}", "mailgun",
         "curl -s --user 'api:{v}' https://api.mailgun.net/v3/domains",
         "key-mailgun_token= {v}", "mg: {v}",
         keys=("MAILGUN_API_KEY", "mailgun_private_key", "MG_KEY", "mailgunKey")),
    # Mailjet's Basic credential: base64 of its 32-hex key, : and 32-hex secret (65 bytes, one =)
    *_kf("mailjetbasicauth-basic-auth", f"{_AN}{{87}}=", "mailjet",
         "curl -H 'Authorization: Basic {v}' https://api.mailjet.com/v3/REST/message",
         "mailjet_token = {v}"),
    # Mailjet SMS's rule asks for mailjet alone before the token
    *_kf("mailjetsms-api-token", f"{_AN}{{32}}", "mailjet",
         "curl -H 'Authorization: Bearer {v}' https://api.mailjet.com/v4/sms",
         "mailjet {v}", "mailjet-token {v}",
         keys=("MAILJET_SMS_TOKEN", "mailjet_sms_token", "MailjetSmsToken", "MAILJET_TOKEN")),
)

FAMILIES: tuple[HeldFamily, ...] = NEAR

# every provider is one an earlier round or the corpus has (see the docstring): NEW is empty
KNOWN, NEW = split_by_prefix(FAMILIES, tuple(PROVIDERS))

ROUND = HeldOutRound(
    "round-57",
    __doc__,
    311,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"near": NEAR, "known": KNOWN},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
