"""A sixty-fifth held-out recall measure: Kingfisher rule files past ``stormboard``, found by probing names.

``python -m tests.unit.redact.heldout_round65 [--seed N] [--per-family N] [--sources]``

The same source and method as rounds 49, 53, 54 and 56-63 (mongodb/kingfisher, the folder
``data/rules/`` as the index stores it, commit 3397803), continued from where round 63 stopped: its
last probe was ``stormboard`` (taken, the 35th file), and it probed no name past it, so this round
starts with the name after ``stormboard`` in trufflehog's list (round 63's docstring names
``stormglass`` and ``storyblok`` as the next candidates, unprobed).  Round 62 took the names from
``t`` to ``uclassify``, and another round (64) takes the names past ``uclassify``, so this round
ends before the first name beginning with ``t``.  Before this rule was committed no Kingfisher
rule file's text was read for this round, no name was probed for it and trufflehog's list was not
opened for it.

The rule that chooses the files, written here before any name was probed, any rule file read and
any secret generated (round 63's rules 1-5, the start moved):

1. the candidate names are trufflehog's detector folder names (``pkg/detectors/<name>``, lower-case
   as they are, a versioned detector's folder once), as trufflehog's default list
   (``pkg/engine/defaults/defaults.go`` at 0011995, the commit rounds 24-63 counted and round 57
   names; its built and its commented-out detectors, as round 47 counted them, the commented-out
   ones put in their places) imports them, in byte order, from the first name after
   ``stormboard`` up to the last name before the first that begins with ``t``;
2. each candidate is probed in that order: ``find_files(repo="mongodb/kingfisher",
   path="data/rules/<name>.yml")``; a name whose path is stored (at 3397803, or at the one version
   the index holds) exists.  A file that exists is taken unless a round read it: its name is named
   as a read Kingfisher or Titus file by an earlier round's ``SOURCE_PATHS`` or docstring (a grep of
   ``tests/unit/redact`` and ``README.md`` of this round's base, ed36723, for the name, as rounds
   46, 49 and 53-63 checked; the 98 Titus files rounds 17-19 read, ``adafruitio`` to
   ``eventbrite``, count as read by file name; a file of another tool with the same name, Sonar's
   ``<name>.yaml`` of rounds 14-16, is no Kingfisher file and does not count).  Probing stops when
   the round holds 35 files or at the first name beginning with ``t`` (not probed), whichever comes
   first; the number of names probed and of files that existed is written below, and a name probed
   past the stop in the same batch is named and not counted.  A short round (fewer than 35 files)
   is kept as it is and its number of families said;
3. every rule of each file taken, in file order; round 33's rule 3 as round 43 wrote it: a rule
   whose match is no secret or only a public or identifying value (an id, an account number, a
   user or host name, an e-mail or IP address, a public key, a URL without credentials), a value
   of fewer than 8 characters, a rule whose pattern is another taken rule's character for
   character, is left out and named; a file all of whose rules are left out gives no family and
   still counts among the files read;
4. each rule left gives families as rounds 17, 43, 45, 46, 49 and 53-63 built them: a token with a
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
   which may be looser than or different from trufflehog's.  As rounds 12, 49 and 53-63 did, the
   figure is printed for the families whose provider an earlier round or the public-format corpus
   has (group ``known``) and for the others (``new``).

Seed 359 (no round has used it: no ``Round(...)`` registration nor heldout module on ed36723 names
it as a seed; 277, 281, 283, 293, 307, 311, 313, 317, 331, 337, 347 and 349 are taken by rounds
52-63), 7 samples per family, round 2's carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round65`) are 600 lines in the families' contexts holding no
secret, as rounds 49's and 51-63's are.  Their provider word is the provider's name, never a
file's name that carries a credential word (a file ``<provider>token.yml``,
``<provider>apikey.yml``, ``<provider>key.yml`` or ``<provider>io.yml`` gives the lookalikes
``<provider>``, the name the provider goes by, or the word the rule asks before the value): round
57 found that a line ``lokalisetoken: <hex>`` is a value under a key named token, which the library
takes by design, so the lookalikes are drawn with the provider's name from the start.

The rule applied (after the rule above was committed, 43a42b6 on branch r65).  The candidates:
``defaults.go`` as the index stores it (``read_file`` returned 0011995's text) imports the folders
in byte order; after ``stormboard`` they run ``stormglass``, ``storyblok``,
``storyblokpersonalaccesstoken``, ``storychief``, ``strava``, ``streak``, ``stripe``, ``stripo``,
``stytch``, ``sugester``, ``sumologickey``, ``supabasetoken``, ``supernotesapi``,
``surveyanyplace``, ``surveybot``, ``surveysparrow``, ``survicate``, ``swell``, ``swiftype``, then
``tailscale``; the detector list holds no commented-out detector in this stretch.  **19 names
probed** (``stormglass`` to ``swiftype``, in two batches of ten and nine), **12 files exist** at
3397803: stormglass, storyblok, storychief, streak, stripe, stripo, supabasetoken, supernotesapi,
surveybot, surveysparrow, survicate, swiftype.  The 7 not stored: storyblokpersonalaccesstoken,
strava, stytch, sugester, sumologickey, surveyanyplace, swell.  Rule 2's check (a grep of
``tests/unit/redact`` and ``README.md`` on ed36723 for ``<name>.yml``/``<name>.yaml``, and every
earlier round's ``SOURCE_PATHS`` imported and searched for the file names) finds no Kingfisher or
Titus file read: ``stripe.yaml`` (round 15) is Sonar's file, another tool's; so all 12 are taken.
The round stops at the first name beginning with ``t`` (``tailscale``, not probed) with 12 files,
short of 35: **a short round** (12 files, 26 families).  No candidate between ``stormboard`` and
``t`` is left unprobed.

The files hold 13 rules (Stripe's two, the others one each).  None is left out whole by rule 3;
Stripe's rule 1 takes ``sk_live_`` or ``pk_live_``, and ``pk_live_`` is the publishable key, public
by design, so only ``sk_live_`` is drawn for it.  The 13 give 26 families (``SOURCE_PATHS``), 182
samples a seed:

* 10 rules of Kingfisher's usual shape (the provider's name, a credential word within 32
  characters, the token; SurveyBot's the name alone), a keyed family and a text family each (group
  ``near``; the verifier's request drawn twice, the examples' shapes: ``stormglass_key=``,
  ``stormglass_token=``, ``storyblok_token=``, ``STORYBLOK_SECRET=``, ``storychief_key=``,
  ``streak_key=``, ``streak_token:``, ``stripo_tokeny =``, ``supernotes-SECRET=``,
  ``supernotesACCESSKEY-<v>``, ``surveybot=``, ``surveybot_key=``, ``surveysparrow-Key-SECRET =``,
  ``surveysparrowToken1234_surveysparrowTOKEN=``, ``survicateToken=``, ``swiftypeSECRET <v>``), then
  ``<name>_key =``, ``<name> private key:`` and ``<Name> access token ... rotated``; SuperNotes'
  families use ``supernotes``, the word its rule asks (the file is ``supernotesapi.yml``);
* 3 rules whose token has a prefix of its own, a bare family and one in a request each (group
  ``prefixed``): Stripe's ``sk_live_`` (rule 1) and ``sk_live_``/``rk_live_`` (rule 2), Supabase's
  ``sbp_``.

Where the rule is wider than the provider's format the family writes the provider's: Stormglass'
keys as two hex UUIDs joined by ``-`` (the rule's 73 of letters, digits and ``-``); StoryChief's as
a JWT signed RS256 of 958 characters (the rule's 940-1000 of ``[A-Za-z0-9_.-]``); Streak's as 32
hex in lower case; Stripo's as the rule's JWT with its payload beginning ``eyJ``; SuperNotes',
SurveyBot's and SurveySparrow's as the rules' alphabets with a letter or digit at each end; Stripe's
rule 1 as ``sk_live_`` and 24 letters and digits, rule 2 (``[a-z0-9]`` only in the rule) as
``sk_live_``/``rk_live_`` and 99 letters and digits of both cases, Stripe's current length;
Supabase's as ``sbp_`` and 40 hex.  Streak's request sends ``<token>:`` as basic credentials
(``curl -u``), as its verifier does, and so does one of Stripe's.

Every provider is one an earlier round or the corpus has (a grep of ``tests/unit/redact`` and
``pipeline/redact`` on ed36723 finds each name).  Group ``known`` is all 26 families and ``new``
is empty (not printed).

First measurement, BEFORE any rule was changed for these families (seed 359, 7 samples per family,
rules as of ed36723; the module written and run once, nothing tuned): strict **182/182 =
100.00%**, loose 182/182 (by carrier: bare 21/21, keyed 70/70, text 91/91; groups near 140/140,
prefixed 42/42).  Seeds 7 and 99, same rules: 182/182 and 181/182 = 99.45%.  Missed at 99 (1):
``Swiftype access token xVulcF_BNNpXR-MhDgur rotated by ops`` (Swiftype's 6_6-6 drawn with no
digit; the same line with a digit in the token is taken).  The round-65 lookalikes: **16/600
touched** at corpus seed 359 (10 at 7 and 10 at 99), every one the same line of the kind
``everyday-words``, ``streak secret: log in <n> days in a row``: ``secret:`` makes ``log`` a value
under a key named secret, which the library takes by design (as round 57's ``lokalisetoken:``), a
line written badly for a lookalike.

The commit that holds the paragraph above (its message beginning "heldout_round65,
innocents_round65") holds this module and ed36723's rules, so the held-out figure is printed
again by a worktree of that commit (182/182, lookalikes 16/600)::

    git worktree add --detach /tmp/r65m 275b8c4  # on the round's branch r65
    cd /tmp/r65m && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round65

Any figure measured after that is in-sample.  The measurement commit is 275b8c4 on branch r65.
After it (2cee576) **no rule was changed**: the one miss is a chance draw the library's guards keep
by design (below), and no general class showed in the misses.  One lookalike was corrected one for
one (:mod:`tests.unit.redact.innocents_round65`'s docstring): ``streak secret: log in <n> days in a
row`` reads ``streak secret is to log in <n> days in a row``, the same draws.  ``REDACTED``/
``KEPT["round65"]`` of ``test_heldout_rounds.py`` hold four of the round's shapes (Swiftype's
6_6-6 after ``access token``, Stormglass' two UUIDs, Storyblok's 22 and ``tt`` in its request,
``sbp_`` glued on the left) and four guards (the corrected line, Stripe's public ``pi_``/``acct_``
ids and ``pk_live_`` publishable key, a Supabase project host), passing on ed36723's rules and
here alike.  Figures: strict **182/182 = 100.00%** at seed 359, loose the same; seeds 7 and 99:
182/182 and 181/182 (the rules are ed36723's, so these are the held-out figures).  The round-65
lookalikes: 0/600 at corpus seeds 359, 7 and 99 and 0 of 3000 at seeds 1, 2 and 3.  Every other
round's figures and lookalikes unchanged (``python -m tests.unit.redact.figures --seeds`` in
worktrees of ed36723 and of 2cee576: every earlier line identical, round 65's lines added; the
labeled corpus 10336/10336 and the public-format corpus 2253/2261 on both).  ``sightline bench
redact --records 60000`` (ed36723 and 2cee576 alternated, 3 pairs, CPU records/s; the library's
code is the same on both, so this is the machine's spread; load 2.5-5.5 on 2 cores): without
secrets 147,707 / 143,554, 140,829 / 128,969, 134,527 / 140,968 (medians 140,829 and 140,968),
with secrets 9,643 / 9,731, 9,849 / 9,404, 9,480 / 9,557 (medians 9,643 and 9,557); values
replaced 60,436 in every run.

Left (0 of 182 at seeds 359 and 7, 1 at 99): ``Swiftype access token xVulcF_BNNpXR-MhDgur rotated
by ops``: Swiftype's 6_6-6 drawn with no digit (about 4 draws in 100: 18 letters of 62 characters
with none of the 10 digits), whose letters hold two capitalised words with a vowel (``Vulc``,
``Dgur``); :func:`pipeline.redact.validators._case_flips_random` turns such letters away to keep
camelCase names (``IOUtilsXMLToJSONMapper``), so it is not loosened, and letting ``_``/``-`` into
:func:`~pipeline.redact.validators._random_letters` would not take this one either.  The same line
with a digit in the token is taken, and so is the token after ``:`` or ``=``.  No candidate
between ``stormboard`` and ``t`` is left unprobed; Kingfisher's files whose names are no trufflehog
folder's are left for a later round.

The round was built on branch r65 from ed36723: 43a42b6 (the rule), 275b8c4 (the probes, the
families and the measurement), 2cee576 (the lookalike corrected, the round registered) and the
commit adding these figures.

Formats are facts in our own notation, generated at test time; no rule text of the sources is
copied.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round65 import PROVIDERS, lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound, split_by_prefix

__all__ = ["FAMILIES", "KNOWN", "NEW", "SOURCE_PATHS", "run", "samples"]

_AN = "[A-Za-z0-9]"
_HEX_UUID = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"

SOURCE_PATHS: dict[str, str] = {}
_KF = Families("kingfisher", "mongodb/kingfisher:data/rules/", SOURCE_PATHS)


_kf = _KF.name_and_word  # a Kingfisher rule of its usual shape, read from the file its fourth argument names


NEAR: tuple[HeldFamily, ...] = (
    # Stormglass' keys: two UUIDs joined by '-', 73 (the rule's 73 of letters, digits and '-')
    *_kf("stormglass-api-key", f"{_HEX_UUID}-{_HEX_UUID}", "stormglass", "stormglass.yml",
         "curl -H 'Authorization: {v}' 'https://api.stormglass.io/v2/weather/point?lat=58.7984&lng=17.8081&params=windSpeed'",
         "stormglass_key={v}", "stormglass_token={v}"),
    # Storyblok's tokens: 22 letters and digits, then tt
    *_kf("storyblok-access-token", f"{_AN}{{22}}tt", "storyblok", "storyblok.yml",
         "GET https://api.storyblok.com/v1/cdn/spaces/me/?token={v}",
         "storyblok_token={v}", "STORYBLOK_SECRET={v}"),
    # StoryChief's keys: a JWT signed RS256, 958 characters (the rule's 940-1000 of [A-Za-z0-9_.-])
    *_kf("storychief-api-key",
         "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9\\.eyJ[A-Za-z0-9_-]{574}[A-Za-z0-9]\\.[A-Za-z0-9_-]{341}[A-Za-z0-9]",
         "storychief", "storychief.yml",
         "curl -H 'Authorization: Bearer {v}' -H 'Accept: application/json' https://api.storychief.io/1.0/me",
         "storychief_key={v}"),
    # Streak's keys: 32 hex, sent as basic credentials with an empty password
    *_kf("streak-api-key", "[a-f0-9]{32}", "streak", "streak.yml",
         "curl -u '{v}:' https://www.streak.com/api/v1/pipelines",
         "streak_key={v}", "streak_token: {v}"),
    # Stripo's tokens: a JWT signed HS256, the header without typ, a payload of 130, 43 of signature
    *_kf("stripo-jwt-token", "eyJhbGciOiJIUzI1NiJ9\\.eyJ[A-Za-z0-9]{127}\\.[A-Za-z0-9_-]{42}[A-Za-z0-9]",
         "stripo", "stripo.yml",
         "curl -H 'Stripo-Api-Auth: {v}' 'https://stripo.email/emailgeneration/v1/emails?sortingAsc=true'",
         "stripo_tokeny = {v}"),
    # SuperNotes' keys: 43 of base64url (the rule asks supernotes; the file is supernotesapi.yml)
    *_kf("supernotes-api-key", f"{_AN}[A-Za-z0-9_-]{{41}}{_AN}", "supernotes", "supernotesapi.yml",
         "curl -H 'Accept: application/json' -H 'Api-Key: {v}' https://api.supernotes.app/v1/user",
         "supernotes-SECRET={v}", "supernotesACCESSKEY-{v}"),
    # SurveyBot's keys: 80 letters, digits and '-'; the rule asks surveybot and no credential word
    *_kf("surveybot-api-key", f"{_AN}[A-Za-z0-9-]{{78}}{_AN}", "surveybot", "surveybot.yml",
         "curl -H 'Accept: application/json' -H 'X-Api-Key: {v}' 'https://app.surveybot.io/api/v1/surveys?page=1&per_page=20'",
         "surveybot={v}", "surveybot_key={v}"),
    # SurveySparrow's tokens: 88 of base64url
    *_kf("surveysparrow-api-key", f"{_AN}[A-Za-z0-9_-]{{86}}{_AN}", "surveysparrow", "surveysparrow.yml",
         "curl -H 'Authorization: Bearer {v}' https://api.surveysparrow.com/v1/contacts",
         "surveysparrow-Key-SECRET = {v}", "surveysparrowToken1234_surveysparrowTOKEN={v}"),
    *_kf("survicate-api-key", "[a-z0-9]{32}", "survicate", "survicate.yml",
         "curl -H 'Authorization: Basic {v}' https://data-api.survicate.com/v1/surveys",
         "survicateToken={v}"),
    # Swiftype's keys: 6, '_', 6, '-', 6 of letters and digits
    *_kf("swiftype-api-key", f"{_AN}{{6}}_{_AN}{{6}}-{_AN}{{6}}", "swiftype", "swiftype.yml",
         "curl -X GET -H 'Content-Type: application/json' -d '{\"auth_token\": \"{v}\", \"q\": \"brothers\"}' "
         "https://search-api.swiftype.com/api/v1/engines/bookstore/document_types/books/search.json",
         "swiftypeSECRET {v}"),
)

PREFIXED: tuple[HeldFamily, ...] = (
    # Stripe's secret keys (stripe.yml rule 1: sk_live_ or pk_live_; pk_ is the publishable key, public,
    # so only sk_ is drawn): sk_live_ and 24 letters and digits
    *_KF.prefixed("stripe-live-secret-key", f"sk_live_{_AN}{{24}}", "stripe.yml",
                  "curl -H 'Authorization: Bearer {v}' -H 'Content-Type: application/json' https://api.stripe.com/v1/charges",
                  "STRIPE_SECRET_KEY={v}"),
    # Stripe's secret and restricted keys (rule 2: sk_live_ or rk_live_), the longer form: 99 letters and digits
    *_KF.prefixed("stripe-live-restricted-key", f"[rs]k_live_{_AN}{{99}}", "stripe.yml",
                  "curl https://api.stripe.com/v1/charges -u '{v}:'",
                  "stripe key: {v}"),
    # Supabase's personal access tokens (supabasetoken.yml): sbp_ and 40 hex
    *_KF.prefixed("supabase-access-token", "sbp_[a-f0-9]{40}", "supabasetoken.yml",
                  "curl -H 'Authorization: Bearer {v}' https://api.supabase.com/v1/projects",
                  "SUPABASE_ACCESS_TOKEN={v}"),
)

FAMILIES: tuple[HeldFamily, ...] = NEAR + PREFIXED

KNOWN, NEW = split_by_prefix(FAMILIES, tuple(PROVIDERS))

ROUND = HeldOutRound(
    "round-65",
    __doc__,
    359,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"near": NEAR, "prefixed": PREFIXED, "known": KNOWN},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
