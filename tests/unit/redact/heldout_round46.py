"""A forty-sixth held-out recall measure: the next Kingfisher rule files no round read, caflou on.

``python -m tests.unit.redact.heldout_round46 [--seed N] [--per-family N] [--sources]``

One source (December 2026), read after this rule was committed; before it only the index's listing
of file names was looked at, no rule file's text was read for this round.

mongodb/kingfisher, the folder ``data/rules/`` as the index stores it (commit 3397803, 629 files), as
round 45 used it.  Which of its files a round read, as round 45 counted them (its docstring, then a
grep of ``tests/unit/redact`` for each name of the listing from ``caflou`` to ``cloudsight``): round
3's twelve, round 4's 25 of ``SOURCE_PATHS`` and the 14 it read and left out, the first 98 Titus
files rounds 17-19 read (Kingfisher's rule ids and mostly its file names, counted as read by file
name), round 45's 26 (``apifonica`` to ``bulbul``).  From ``caflou`` on, the listing's names up to
``cloudsight`` that a round's ``SOURCE_PATHS`` or docstring names as a read Kingfisher or Titus file
are read (``calendlyapikey``: round 4 read Kingfisher's Calendly rule as ``calendly`` and round 42
names ``calendlyapikey``, so it counts as read, as round 45 counted it; ``cannyio``, ``capsulecrm``,
``carboninterface``, ``centralstationcrm``, ``chartmogul``, ``checklyhq``, ``circleci``,
``clarifai``, ``clearbit``, ``clickup``, ``clockify``, ``close``, ``cloudconvert``, ``cloudflare``,
``cloudmersive``, ``cloudsight`` likewise); the unread are the 11 round 45 named as left:
``caflou``, ``calendarific``, ``calorieninja``, ``campayn``, ``chatbot``, ``chatfule``, ``checio``,
``cicero``, ``cliengo``, ``cloudimage``, ``cloudplan``.  Rounds 42 and 44 read trufflehog's
detectors of the same providers (caflou ... cloudplan): rule 4.

The index's listing of the folder returns its first 100 paths only (``adafruitio`` to
``cloudsight``; a narrower folder or a name's ending does not page it), so the names past
``cloudsight`` cannot be listed from here without guessing them, which this round does not do.

The rule that chooses the files, written here before any rule file's text was read and before
any secret was generated:

1. the unread Kingfisher files of the listing from ``caflou`` on, in alphabetical order of their path
   (byte order, as the index lists them), up to 35 files: the listing holds 11 (``caflou`` to
   ``cloudplan``, named above), so the round holds 11 files.  Left for a later round: every file
   past ``cloudsight`` not read by name (between 508 and 555 of the 629: round 45's 519-566 less
   these 11), to be listed by a later round that can page the folder;
2. every rule of each file taken, in file order; round 33's rule 3 as round 43 wrote it: a rule
   whose match is no secret or only a public or identifying value (an id, an account number, a
   user or host name, an e-mail or IP address, a public key, a URL without credentials), a value
   of fewer than 8 characters, a rule whose pattern is another taken rule's character for
   character, is left out and named; a file all of whose rules are left out gives no family and
   still counts among the files read;
3. each rule left gives families as rounds 17, 43 and 45 built them: a token with a prefix or a
   fixed shape of its own a bare family and one in a request or log line; a rule that needs
   context before the value (the provider's name, a key or a word) a keyed family and a text family
   (the verifier's request drawn twice, then lines in the shape of the rule's examples); a
   connection string, URL or whole-line shape holding a secret a text family in the shape it
   describes; where the rule's pattern is wider than the provider's format the family writes the
   provider's; a rule taking several formats gives its families once, the alternatives drawn in
   turn; where a rule pairs parts (an id and a secret) the family is the secret, the other part
   written into the request;
4. a rule whose provider an earlier round or the public-format corpus already has stays; every
   provider here is one (rounds 42 and 44 read trufflehog's detectors of all 11), so the figure is
   printed by shape and not split into ``known`` and ``new``.

Seed 241 (no round has used it: no ``Round(...)`` registration nor heldout module names it), 7
samples per family, round 2's carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round46`) are 600 lines in the families' contexts holding no
secret, as round 38's are.

The rule applied (each file read at the version the index stores, after the rule above was
committed, f628679 on branch r46): all 11 files hold one rule each, none left out by rule 2.  Nine
are of the shape "the provider's name, a credential word (SECRET, PRIVATE, ACCESS, KEY, TOKEN)
within 32 (cloudplan: 8), then the token"; CalorieNinjas' and Cloudimage's take the token within
16 of the name with no credential word.  Each gives a keyed family (keys holding the name and a
credential word) and a text family (the verifier's request drawn twice, then one line in the shape
of the file's examples, then ``<name>_key = ``, ``<name> private key:``, ``<Name> access token ...
rotated``).  The examples' shapes written: ``caflou_SECRET=``, ``calendarific token``,
``calorieninja_token =``, ``campayn key``, ``chatbot_token =``, ``chatfuel token``, ``checio
SECRET    pk_...``, ``ciceroSECRET=``, ``cliengo-SECRET-<uuid>``, ``cloudimage_token =``,
``cloudplanSECRET-``.  Where the rule is wider than the provider's format the family writes the
provider's as far as it is known: Caflou's 155 of ``[a-zA-Z0-9\\S]`` (any printable) as 155 letters
and digits; Chatbot's 32 of ``[a-zA-Z0-9_]``, Cloudimage's 30 of ``[a-z0-9_]`` and Cloudplan's 32 of
``[A-Z0-9-]`` with a letter or digit at each end.  The file ``chatfule.yml`` holds Chatfuel's rule
(its name and id say ``chatfuel``): the family's word is ``chatfuel``.  11 rules give 22 families
(``SOURCE_PATHS``), 154 samples a seed.

Every provider is one an earlier round has (rounds 42 and 44 read trufflehog's detectors of all
11; round 44's checio family and left Cloudplan's 32 in prose), so there is no group ``new``.

First measurement, BEFORE any rule was changed for these families (seed 241, 7 samples per family,
rules as of main b05dcbb (their last change round 45's, f990506); the module written and run once,
nothing tuned): strict **152/154 = 98.70%**, loose 152/154 (by carrier: keyed 77/77, text 75/77;
context/text 75/77, every other context 11/11).  Seeds 7 and 99, same rules: 152/154 = 98.70% each.
Missed, at every seed, one sample each: the examples' shape of a credential word joined to the
value by ``-``: Cliengo's ``cliengo-SECRET-<uuid>`` (6/7) and Cloudplan's ``cloudplanSECRET-<32>``
(6/7).  The round-46 lookalikes: 0/600 touched at corpus seeds 241, 7 and 99.

The commit that holds the paragraph above (615d29a on branch r46, its message beginning
"heldout_round46, innocents_round46") holds this module and main b05dcbb's rules, so the held-out
figure is printed again by a worktree of that commit (152/154, lookalikes 0/600)::

    git worktree add --detach /tmp/r46base 615d29a  # on the round's branch r46
    cd /tmp/r46base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round46

Any figure measured after that is in-sample.  After the round-46 rule (7b76360; no rule added, 456
rules, one off by default): credential-word-token takes a credential word in capitals joined to the
token by ``-`` (``cliengo-SECRET-<uuid>``, ``cloudplanSECRET-<32>``, ``API-KEY-<token>``); in lower case
or capitalised (``secret-``, ``token-``, ``Secret-``) the word stays a name's part, and the word before
it is checked as before (``CACHE-KEY-``, ``nextPageTOKEN-`` stay): strict **154/154 = 100%**, loose the
same (keyed 77/77, text 77/77); seeds 7 and 99: 154/154 each.  The round-46 lookalikes: 0/600 at
corpus seeds 241, 7 and 99, and 0 of 3000 at seeds 1, 2 and 3; rounds 44's and 45's 0 of 3000 at
seeds 1-3.  Every other round's figures and lookalikes unchanged (``python -m tests.unit.redact.figures
--seeds`` in worktrees of b05dcbb and of 7b76360: every round and lookalike line identical, round 46's
lines added, its seeds-1-3 lookalike lines in place of round 45's; the labeled corpus 9984/9988 ->
9996/10000, the rule's new example).  ``sightline bench redact --records 60000`` (b05dcbb and 7b76360
alternated, 3 pairs, CPU records/s, load about 1.5-2 on 2 cores): without secrets 155,839/152,629/155,750
against 152,443/154,245/168,231 (medians 155,750 and 154,245), with secrets 11,542/11,769/12,043 against
11,682/11,108/12,920 (medians 11,769 and 11,682): within the noise (the secrets drawn differ, the
bench draws them from the rules' examples, one more here).

Seen while writing the guards, not fixed: capital words joined by ``-`` after a credential word
(``JWT TOKEN EXPIRED-AFTER-3600-SECONDS-RETRYING``) read as random by their vowel count and are taken,
on b05dcbb's rules with a blank before them and here with ``-`` too.  Left: every Kingfisher file
past ``cloudsight`` not read by name (508 to 555 of 629), which the index's listing does not reach.

The round was built on branch r46: f628679 (the rule), 615d29a (the measurement), 7b76360 (the rule
change) and the commit adding these figures (8620898).  Cherry-picked onto main they are 95fccc1,
52f6af2, 66d41f0 and 1df7803; round 47, built beside it from the same base (b05dcbb), came after.
``python -m tests.unit.redact.figures --seeds`` on main with both: this round 154/154, every earlier
line as before them.

Formats are facts in our own notation, generated at test time; no rule text of the sources is
copied.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round46 import lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

_AN = "[A-Za-z0-9]"

SOURCE_PATHS: dict[str, str] = {}
_KF = Families("kingfisher", "mongodb/kingfisher:data/rules/", SOURCE_PATHS)


def _kf(fid: str, pattern: str, word: str, request: str, *examples: str, file: str = "") -> tuple[HeldFamily, HeldFamily]:
    """A Kingfisher rule of its usual shape (:meth:`~tests.unit.redact.rounds.Families.name_and_word`),
    read from ``<file or word>.yml``."""
    return _KF.name_and_word(fid, pattern, word, f"{file or word}.yml", request, *examples)


NEAR: tuple[HeldFamily, ...] = (
    *_kf("caflou-api-key", f"{_AN}{{155}}", "caflou",
         "curl -H 'Authorization: Bearer {v}' https://app.caflou.com/api/v1/accounts",
         "caflou_SECRET={v}"),
    *_kf("calendarific-api-key", f"{_AN}{{32}}", "calendarific",
         "GET https://calendarific.com/api/v2/holidays?&api_key={v}&country=US&year=2019",
         "calendarific token {v}"),
    *_kf("calorieninja-api-key", f"{_AN}{{40}}", "calorieninja",
         "curl -H 'X-Api-Key: {v}' 'https://api.calorieninjas.com/v1/nutrition?query=3lb+carrots'",
         "calorieninja_token = {v}"),
    *_kf("campayn-api-key", "[a-z0-9]{64}", "campayn",
         "curl -H 'Authorization: TRUEREST apikey={v}' https://campayn.com/api/v1/lists",
         "campayn key {v}"),
    *_kf("chatbot-api-key", f"{_AN}[A-Za-z0-9_]{{30}}{_AN}", "chatbot",
         "curl -H 'Authorization: Bearer {v}' https://api.chatbot.com/stories",
         "chatbot_token = {v}"),
    *_kf("chatfuel-api-key", f"{_AN}{{128}}", "chatfuel",
         "curl -H 'Authorization: Bearer {v}' https://dashboard.chatfuel.com/api/bots",
         "chatfuel token {v}", file="chatfule"),
    *_kf("checio-api-key", "pk_[a-z0-9]{45}", "checio",
         "curl -H 'X-Authorization: {v}' 'https://api.chec.io/v1/products?limit=25'",
         "checio SECRET    {v}"),
    *_kf("cicero-api-key", "[0-9a-z]{40}", "cicero",
         "curl -H 'Content-Type: application/json' 'https://cicero.azavea.com/v3.1/account/credits_remaining?key={v}'",
         "ciceroSECRET={v}"),
    *_kf("cliengo-api-key", "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "cliengo",
         "GET https://api.cliengo.com/1.0/account?api_key={v}",
         "cliengo-SECRET-{v}"),
    *_kf("cloudimage-api-key", "[a-z0-9][a-z0-9_]{28}[a-z0-9]", "cloudimage",
         "curl -X POST -H 'X-Client-Key: {v}' -H 'Content-Type: application/json' https://api.cloudimage.com/invalidate",
         "cloudimage_token = {v}"),
    *_kf("cloudplan-api-key", "[A-Z0-9][A-Z0-9-]{30}[A-Z0-9]", "cloudplan",
         "curl -H 'session_id: {v}' https://api.cloudplan.biz/api/user/me",
         "cloudplanSECRET-{v}"),
)

FAMILIES: tuple[HeldFamily, ...] = NEAR

ROUND = HeldOutRound(
    "round-46",
    __doc__,
    241,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"near": NEAR},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
