"""A forty-fifth held-out recall measure: Semgrep's last generic secrets rules and Kingfisher files no round read.

``python -m tests.unit.redact.heldout_round45 [--seed N] [--per-family N] [--sources]``

Two sources (December 2026), read after this rule was committed; before it only folders and file
names were listed (the index's listings), no rule file's text was read for this round.

(a) semgrep/semgrep-rules, ``generic/secrets/security/``: the 9 ``detected-*.yaml`` files round
43's rule 3 left (named in :mod:`tests.unit.redact.heldout_round43`'s docstring, unread by it):
``detected-square-oauth-secret``, ``detected-ssh-password``, ``detected-stripe-api-key``,
``detected-stripe-restricted-api-key``, ``detected-telegram-bot-api-key``,
``detected-twilio-api-key``, ``detected-twitter-access-token``, ``detected-twitter-oauth``,
``detected-username-and-password-in-uri``.  Weaker evidence, as round 43's were: round 3 (1511780)
read this folder and measured four of its files; it named Picatic's and Stripe's restricted key as
inside the first corpus' Stripe family, so these files were seen by round 3's helper and the rules
written after it may have been shaped by them.

(b) mongodb/kingfisher, the folder ``data/rules/`` as the index stores it (commit 3397803, 629
files; the repository has since moved its rules to ``crates/kingfisher-rules/data/rules/``, which
this round does not use, as rounds 3 and 4 did not).  Which Kingfisher files a round read (a grep
of ``tests/unit/redact`` and ``README.md`` for ``kingfisher``, then the rounds' ``SOURCE_PATHS`` and
docstrings): round 3's twelve (clickup, checklyhq, close, alchemy, anypoint, betterstack,
budibase, apollo, assemblyai, bugsnag, aiven named); round 4's (its ``SOURCE_PATHS``: 25 files,
airtable to paystack; and the files it read and left out as formats an earlier round had:
airbrake, apify, anthropic, bannerbear, beamer, buildkite, buttercms, calendly, circleci,
clarifai, clockify, cloudconvert, deepgram, gocardless).  Rounds 17-19 read praetorian-inc/titus,
not this repository, but Titus's rule files carry Kingfisher's rule ids (``kingfisher.<name>.N``)
and mostly its file names, so the first 98 Titus files they read (adafruitio to eventbrite) count
as read here by file name.  Rounds 13, 14, 20, 22, 23 and 33 name Kingfisher only among the
sources earlier rounds read.  By file name (a different name, such as ``bitlyaccesstoken`` beside
Titus's ``bitly``, counts as unread; its provider then counts as ``known``, rule 5): of the first
100 files of the listing (``adafruitio`` to ``cloudsight``), 63 are read and 37 unread; past
``cloudsight`` at most 47 more names are read (the read names after it, not checked one by one
against the listing), so between 519 and 566 of the 629 files are unread.  Kingfisher is far
from fully read.  Many of its files are ports of trufflehog detectors that round 42 and earlier
rounds read from trufflehog (caflou, calendarific ...); they are the same providers, rule 5.

The rule that chooses the files, written here before any rule file's text was read and before
any secret was generated:

1. the 9 Semgrep files of (a), in alphabetical order of their path, each at the version the index
   stores;
2. then the unread Kingfisher files of (b) in alphabetical order of their path (byte order, as the
   index lists them) until the round holds 35 files: 26 files, ``apifonica`` to ``bulbul``:
   apifonica, apimetrics, apitemplate, appfollow, appointedd, appsynergy, asanaoauth, audd,
   autoklose, autopilot, avaza, aviationstack, axonaut, ayrshare, beebole, besnappy, besttime,
   bitcoinaverage, bitlyaccesstoken, blitapp, blogger, boostnote, box.com, box, buddyns, bulbul.
   Left for a later round: the other unread files, from ``caflou`` on (of the first 100: caflou,
   calendarific, calorieninja, campayn, chatbot, chatfule, checio, cicero, cliengo, cloudimage,
   cloudplan; then every unread file past ``cloudsight``);
3. every rule of each file taken, in file order; round 33's rule 3 as round 43 wrote it: a rule
   whose match is no secret or only a public or identifying value (an id, an account number, a
   user or host name, an e-mail or IP address, a public key, a URL without credentials), a value
   of fewer than 8 characters, a rule whose pattern is another taken rule's character for
   character, is left out and named; a file all of whose rules are left out gives no family and
   still counts among the 35 (it was read);
4. each rule left gives families as rounds 17 and 43 built them: a token with a prefix or a fixed
   shape of its own a bare family and one in a request or log line; a rule that needs context
   before the value (the provider's name, a key or a word) a keyed family and a text family; a
   connection string, URL or whole-line shape holding a secret a text family in the shape it
   describes; where the rule's pattern is wider than the provider's format the family writes the
   provider's; a rule taking several formats gives its families once, the alternatives drawn in
   turn; where a rule pairs parts (an id and a secret) the family is the secret, the other part
   written into the request;
5. a rule whose provider an earlier round or the public-format corpus already has stays, and the
   figure is printed for it apart (group ``known``) and for the others (``new``).

Seed 239 (no round has used it: no ``Round(...)`` registration nor heldout module names it), 7
samples per family, round 2's carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round45`) are 600 lines in the families' contexts holding no
secret, as round 38's are.

The rule applied (each file read at the version the index stores, after the rule above was
committed, 7416182 on branch r45).  Semgrep: ``detected-twilio-api-key`` is left out by rule 3 (its
match, ``SK`` and 32 hex, is an API key's SID, the identifier sent as the user beside the key's
secret, which the rule does not take); the other 8 give families: Square's OAuth secret
(``sq0csp-`` and 43), Stripe's live secret and restricted keys (``sk_live_``/``rk_live_`` and 24, the
rule's length), a Telegram bot token (the bot id, ``:AA`` and 33; the id written 9-10 digits), prefixed,
bare and in a request; Twitter's access token (the user id, ``-`` and 40) and OAuth value (35-44
letters and digits) after ``twitter``, keyed and text; ``sshpass -p`` with a quoted password and a
user and password in a URI, text (a password as people type it: 10-20 letters, digits and
``!#%^*_.-``, a letter or digit at each end).  Kingfisher: all 26 files hold one rule each, all of
the shape "the provider's name, a credential word within 32 (8 for asana, autoklose, avaza, bitly),
then the token", none left out; each gives a keyed family (keys holding the name and a credential
word) and a text family (the verifier's request drawn twice, then lines in the shape of the rule's
examples: ``<name>_key = ``, ``<name> private key:``, ``<Name> access token ... rotated``; box.yml's
text family writes its examples' glued ``boxTOKEN`` instead).  Where the rule is wider than the
provider's format the family writes the provider's: Asana's token as ``1/`` or ``2/``, 16 digits,
``:`` and 32 hex (the rule's 51 of ``[a-z/:0-9]``); Bitly's as 40 hex; BestTime's private key as
``pri_`` and 32 hex (the rule's 36 of ``[0-9A-Za-z_]``); Blogger's as a Google API key ``AIzaSy``
and 33 (the rule's 39 of ``[0-9A-Za-z-]``); Appointedd's 88 as 87 base64 letters and digits and ``=``;
Avaza's ``<id>-`` and 40 hex with a 3-7 digit id; Audd's 32 as lower-case letters and digits;
Blitapp's ``[\\w-]`` and Appfollow's JWT signature with a letter or digit at each end; Apifonica's
request as ``curl -u '<token>'`` (the verifier sends Basic of the token).  36 rules give 66 families
(``SOURCE_PATHS``), 462 samples a seed.

Every provider is one an earlier round or the public-format corpus has (a grep of
``tests/unit/redact`` and ``pipeline/redact/rules.yaml`` for each name: the 26 Kingfisher providers
were read from trufflehog's detectors by earlier rounds; Square, Stripe, Telegram and Twitter are
in the corpus), so there is no group ``new``; the groups printed are the shapes and the two sources.

First measurement, BEFORE any rule was changed for these families (seed 239, 7 samples per family,
rules as of main d49fe90 (their last change round 42's and 43's); the module written and run once,
nothing tuned): strict **449/462 = 97.19%**, loose 449/462 (prefixed 56/56, near 379/392, generic
14/14; semgrep 98/98, kingfisher 351/364; by carrier: bare 28/28, keyed 196/196, text 225/238).
Seed 7, same rules: 449/462 = 97.19%; seed 99: 448/462 = 96.97%.  Missed, by family, at every seed:
Apifonica's token in ``curl -u '<token>'`` 3/7 (a ``-u`` value without ``:``, which curl reads as a
user name); BestTime's ``pri_`` key as a URL path segment (``/api/v1/keys/pri_...``) 3/7;
BitcoinAverage's 43 under the header ``x-ba-key:`` 3/7; box.yml's ``boxTOKEN <token>`` (the name glued
to an upper-case credential word, then a blank) 6/7 at 239 and 99, 7/7 at 7; at seed 99 also
Twitter's OAuth value in a record under ``TWITTER_BEARER`` (6/7).  The round-45 lookalikes: 22/600
touched at corpus seed 239 (19 and 22 at corpus seeds 7 and 99), three shapes:
``STRIPE_SECRET_KEY=sk_live_...`` (a prefix and an ellipsis: its ``sk_live_`` taken as the value),
``TELEGRAM_BOT_TOKEN=123456:ABC-your-token`` (a placeholder holding ``your``) and
``amqp://guest:guest@localhost:5672/`` (RabbitMQ's default user and password: a real credential,
so that lookalike was a mistake of this module, not of the rules).

The commit that holds the paragraph above (d9d6f7c on branch r45, its message beginning
"heldout_round45, innocents_round45") holds this module and main d49fe90's rules, so the held-out
figure is printed again by a worktree of that commit (checked: 449/462, lookalikes 22/600)::

    git worktree add --detach /tmp/r45base d9d6f7c  # on the round's branch r45
    cd /tmp/r45base && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round45

Any figure measured after that is in-sample.  The lookalike ``amqp://guest:guest@localhost:5672/``
was replaced by ``amqp://rabbit.acme.io:5672/%2f`` (no credential) in 47b1abf: RabbitMQ's default
user and password are a credential, and the rules were right to take it.  After the round-45 rules
(47b1abf, its speed made good in f990506; no rule added, 456 rules, one off by default): a key
``x-<one or two words>-key`` (an HTTP header of a provider's own) names a credential unless a word
names what a key indexes or a public key (``X-Idempotency-Key``, ``X-Cache-Key`` stay); a key whose
last word is ``bearer`` after another word holds a bearer token (``TWITTER_BEARER``; ``Bearer``
alone, a scheme's name, stays); a token's prefix alone or before an ellipsis (``sk_live_...``) and a
placeholder holding ``your`` after a token's prefix (``123456:ABC-your-token``) are placeholders;
``curl -u`` / ``--user`` takes a random-reading user without ``:`` as a key (not for a tool whose
``-u`` names a user, nor a unit's ``.service``); a credential word glued in capitals to a name before
it (``boxTOKEN``, ``apimetricsSECRET``) is read as the word apart is (``nextPageTOKEN`` stays):
strict **458/462 = 99.13%**, loose the same (prefixed 56/56, near 388/392, generic 14/14; semgrep
98/98, kingfisher 360/364; bare 28/28, keyed 196/196, text 234/238); seeds 7 and 99: 458/462 each.
The round-45 lookalikes: 0/600 at corpus seeds 239, 7 and 99, and 0 of 3000 at seeds 1, 2 and 3.
Every other round's figures and lookalikes unchanged (``python -m tests.unit.redact.figures --seeds``
in worktrees of d49fe90 and of 47b1abf, and again of f990506: all 219 lines identical; round 45 is
not printed there, since round 44 is not on main).  Two first tries were not kept: ``bearer`` as a
credential term alone made the JSON string ``"Bearer"`` of round 21's ``"token_type": "Bearer",
"expires_in": 3494`` a secret's name (round 21's lookalikes 0 -> 17/600); a prefix of one letter a
part kept noseyparker's 3-character password ``gP-`` (635 -> 634/637).  ``sightline bench redact
--records 60000`` (d49fe90 and f990506 alternated, 3 pairs, CPU records/s, load 5-6 on 2 cores):
without secrets medians 156,107 and 160,578, with secrets 11,661 and 11,789 (within the noise).
47b1abf alone, 6 pairs against d49fe90: lower in 5 of 6 each way, medians without secrets 157,440
against 168,274, with secrets 12,564 against 12,997; its credential-word-token scan took three times
as long and its placeholder test a third longer, both made good in f990506.

Left: BestTime's ``pri_`` key as a URL path segment (``GET https://besttime.app/api/v1/keys/pri_...``,
3/7 at every seed: a segment after ``/keys/`` is as often a key's id, AWS KMS's UUIDs, and ``pri_``
alone is no distinctive prefix).  Not measured: ``detected-twilio-api-key`` (an API key's SID) and the
Kingfisher files from ``caflou`` on (519 to 566 of 629).

The round was built on branch r45: 7416182 (the rule), d9d6f7c (the measurement), 47b1abf (the rules),
f990506 (their speed) and the commit adding these figures.  Cherry-picked onto main after round 44
(built beside it from the same base), they are 53104cf, 6987d9a, 625fac2, 00646d5 and eb19d5a; on main,
``python -m tests.unit.redact.figures --seeds`` prints this round at 458/462 and every other line as
round 44's branch did.  The d9d6f7c worktree above is the branch's; on main the measurement is 6987d9a
(whose rules are round 44's too, so its figure is not the held-out one).

Formats are facts in our own notation, generated at test time; no rule text of the sources is
copied.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round45 import lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound

__all__ = ["FAMILIES", "SOURCE_PATHS", "run", "samples"]

T = "text"
_HEX = "[a-f0-9]"
_AN = "[A-Za-z0-9]"
# a password as people type them: letters, digits and a few marks, a letter or digit at each end
_PASSWORD = "[A-Za-z0-9][A-Za-z0-9!#%^*_.-]{8,18}[A-Za-z0-9]"

SOURCE_PATHS: dict[str, str] = {}
_SG = Families("semgrep", "semgrep/semgrep-rules:generic/secrets/security/", SOURCE_PATHS)
_KF = Families("kingfisher", "mongodb/kingfisher:data/rules/", SOURCE_PATHS)


def _kf(fid: str, pattern: str, word: str, *requests: str, file: str = "") -> tuple[HeldFamily, HeldFamily]:
    """A Kingfisher rule of its usual shape: the provider's name, a credential word within 32, the token.

    Keyed under keys holding the name and a credential word; in text, the verifier's request (drawn
    twice as often), then lines in the shape of the rule's examples: the name glued to the word, the
    name and word apart, and the name in a sentence.
    """
    up = word.upper()
    keys = (f"{up}_API_KEY", f"{word}_token", f"{word}SecretKey", f"{up}_ACCESS_TOKEN")
    texts = (
        *requests,
        *requests,
        f"{word}_key = {{v}}",
        f"{word} private key: {{v}}",
        f"{word.capitalize()} access token {{v}} rotated by ops",
    )
    return _KF.keyed_and_text(fid, pattern, f"{file or word}.yml", keys, *texts)


PREFIXED: tuple[HeldFamily, ...] = (
    *_SG.prefixed("square-oauth-secret", "sq0csp-[0-9A-Za-z_-]{42}[0-9A-Za-z]", "detected-square-oauth-secret.yaml",
                  "curl -X POST https://connect.squareup.com/oauth2/token -d client_id=sq0idp-w46nJ_NCNDMSOywaCY0mwA"
                  " -d client_secret={v} -d grant_type=authorization_code -d code=sq0cgp-2fHgP",
                  "SQUARE_APPLICATION_SECRET={v} node oauth-callback.js"),
    *_SG.prefixed("stripe-api-key", f"sk_live_{_AN}{{24}}", "detected-stripe-api-key.yaml",
                  "curl https://api.stripe.com/v1/charges?limit=3 -u {v}:",
                  "stripe.api_key = '{v}'"),
    *_SG.prefixed("stripe-restricted-api-key", f"rk_live_{_AN}{{24}}", "detected-stripe-restricted-api-key.yaml",
                  "curl https://api.stripe.com/v1/customers -u {v}: -d email=ops@acme.io",
                  "STRIPE_RESTRICTED_KEY={v} python export_invoices.py"),
    *_SG.prefixed("telegram-bot-api-key", "[1-9][0-9]{8,9}:AA[0-9A-Za-z_-]{32}[0-9A-Za-z]",
                  "detected-telegram-bot-api-key.yaml",
                  "curl -s https://api.telegram.org/bot{v}/getMe",
                  "TELEGRAM_BOT_TOKEN={v} python alerts_bot.py"),
)

NEAR: tuple[HeldFamily, ...] = (
    *_SG.keyed_and_text(
        "twitter-access-token", f"[1-9][0-9]{{8,18}}-{_AN}{{40}}", "detected-twitter-access-token.yaml",
        ("TWITTER_ACCESS_TOKEN", "twitter_access_token", "twitterAccessToken", "TWITTER_OAUTH_TOKEN"),
        "twitter access token {v}",
        "twitter:\n  consumer_key: xvz1evFS4wEEPTGEFPHBog\n  access_token: {v}",
        "Twitter client ready, token={v}",
    ),
    *_SG.keyed_and_text(
        "twitter-oauth", f"{_AN}{{35,44}}", "detected-twitter-oauth.yaml",
        ("TWITTER_CONSUMER_SECRET", "twitter_api_secret", "twitterOauthSecret", "TWITTER_BEARER"),
        "twitter consumer secret: {v}",
        "TwitterOAuth(consumer_key='xvz1evFS4wEEPTGEFPHBog', consumer_secret='{v}')",
        "twitter.oauth.secret={v}",
    ),
    *_kf("apifonica-api-key", "[0-9a-z]{11}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}", "apifonica",
         "curl -u '{v}' https://api.apifonica.com/v2/accounts"),
    *_kf("apimetrics-api-key", f"{_AN}{{32}}", "apimetrics",
         "curl -H 'Authorization: Bearer {v}' https://client.apimetrics.io/api/2/calls/"),
    *_kf("apitemplate-api-key", f"{_AN}{{39}}", "apitemplate",
         "curl -H 'X-API-KEY: {v}' https://api.apitemplate.io/v1/list-templates"),
    *_kf("appfollow-api-token", f"eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9\\.{_AN}{{74}}\\.[0-9A-Za-z_-]{{42}}{_AN}", "appfollow",
         "curl -H 'X-AppFollow-API-Token: {v}' https://api.appfollow.io/api/v2/account/users"),
    *_kf("appointedd-api-key", "[A-Za-z0-9+]{87}=", "appointedd",
         "curl -H 'X-API-KEY: {v}' https://api.appointedd.com/v1/availability/slots"),
    *_kf("appsynergy-api-key", "[a-z0-9]{64}", "appsynergy",
         "curl -X POST 'https://www.appsynergy.com/api?action=HTML2PDF&apiKey={v}' -H 'Content-Type: application/json'"),
    *_kf("asana-oauth-token", "[12]/[0-9]{16}:[0-9a-f]{32}", "asana",
         "curl -H 'Authorization: Bearer {v}' https://app.asana.com/api/1.0/users/me", file="asanaoauth"),
    *_kf("audd-api-key", "[a-z0-9]{32}", "audd",
         "curl 'https://api.audd.io/setCallbackUrl/?api_token={v}&url=https://hooks.acme.io/audd'"),
    *_kf("autoklose-api-token", f"{_AN}{{32}}", "autoklose",
         "curl -H 'Accept: application/json' 'https://api.autoklose.com/api/me/?api_token={v}'"),
    *_kf("autopilot-api-key", f"{_HEX}{{32}}", "autopilot",
         "curl -H 'autopilotapikey: {v}' https://api2.autopilothq.com/v1/account"),
    *_kf("avaza-personal-access-token", f"[1-9][0-9]{{2,6}}-{_HEX}{{40}}", "avaza",
         "curl -H 'Authorization: Bearer {v}' https://api.avaza.com/api/Account"),
    *_kf("aviationstack-api-key", "[a-z0-9]{32}", "aviationstack",
         "GET https://api.aviationstack.com/v1/flights?access_key={v}&flight_iata=LH400"),
    *_kf("axonaut-api-key", "[a-z0-9]{32}", "axonaut",
         "curl -H 'userApiKey: {v}' 'https://axonaut.com/api/v2/companies?type=all&sort=id'"),
    *_kf("ayrshare-api-key", "[A-Z0-9]{8}-[A-Z0-9]{8}-[A-Z0-9]{8}-[A-Z0-9]{8}", "ayrshare",
         "curl -H 'Authorization: Bearer {v}' https://app.ayrshare.com/api/user"),
    *_kf("beebole-api-key", "[0-9a-z]{40}", "beebole",
         "curl -u {v}:x -d '{\"service\": \"custom_field.list\"}' https://beebole-apps.com/api/v2"),
    *_kf("besnappy-api-key", f"{_HEX}{{64}}", "besnappy",
         "curl -u {v}:x https://app.besnappy.com/api/v1/accounts"),
    *_kf("besttime-api-key", f"pri_{_HEX}{{32}}", "besttime",
         "GET https://besttime.app/api/v1/keys/{v}"),
    *_kf("bitcoinaverage-api-key", f"{_AN}{{43}}", "bitcoinaverage",
         "curl -H 'x-ba-key: {v}' https://apiv2.bitcoinaverage.com/websocket/v3/get_ticket"),
    *_kf("bitly-access-token", f"{_HEX}{{40}}", "bitly",
         "curl -H 'Authorization: Bearer {v}' https://api-ssl.bitly.com/v4/user", file="bitlyaccesstoken"),
    *_kf("blitapp-api-key", f"{_AN}[A-Za-z0-9_-]{{37}}{_AN}", "blitapp",
         "curl -H 'API-Key: {v}' https://blitapp.com/api/apps/all"),
    *_kf("blogger-api-key", f"AIzaSy[0-9A-Za-z-]{{32}}{_AN}", "blogger",
         "GET https://www.googleapis.com/blogger/v3/blogs/2399953?key={v}"),
    *_kf("boostnote-api-key", f"{_HEX}{{64}}", "boostnote",
         "curl -H 'Authorization: Bearer {v}' https://boostnote.io/api/docs"),
    *_kf("box-com-api-key", f"{_AN}{{32}}", "box",
         "curl -H 'Authorization: Bearer {v}' https://api.box.com/2.0/collections", file="box.com"),
    *_KF.keyed_and_text(
        "box-api-key", f"{_AN}{{32}}", "box.yml",
        ("boxToken", "BOXSECRET", "boxAccessKey", "box.developer_token"),
        "curl -H 'Authorization: Bearer {v}' -H 'Content-Type: application/json' https://api.box.com/2.0/users/me",
        "curl -H 'Authorization: Bearer {v}' -H 'Content-Type: application/json' https://api.box.com/2.0/users/me",
        "boxTOKEN {v}",
        "box developer token: {v}",
        "Box access token {v} expires in 60 minutes",
    ),
    *_kf("buddyns-api-key", "[0-9a-z]{40}", "buddyns",
         "curl -H 'Authorization: Token {v}' https://www.buddyns.com/api/v2/zone/"),
    *_kf("bulbul-api-key", "[a-z0-9]{32}", "bulbul",
         "GET https://prod-api.bulbul.io/view_all_users?api_key={v}"),
)

GENERIC: tuple[HeldFamily, ...] = (
    _SG.family("ssh-password", T, _PASSWORD, "detected-ssh-password.yaml",
               "sshpass -p '{v}' ssh deploy@10.0.4.12 'systemctl restart orders'",
               "sshpass -p \"{v}\" scp build.tgz ops@bastion.acme.io:/tmp/",
               "$ sshpass -p '{v}' rsync -az dist/ web@web-2:/srv/www/"),
    _SG.family("username-and-password-in-uri", T, _PASSWORD, "detected-username-and-password-in-uri.yaml",
               "DATABASE_URL=postgres://orders:{v}@db.acme.internal:5432/orders",
               "connecting to amqp://svc-orders:{v}@rabbit.acme.io:5672/%2f",
               "git clone https://ci-bot:{v}@git.acme.io/acme/orders.git"),
)

FAMILIES: tuple[HeldFamily, ...] = PREFIXED + NEAR + GENERIC
SEMGREP = tuple(f for f in FAMILIES if f.source == "semgrep")
KINGFISHER = tuple(f for f in FAMILIES if f.source == "kingfisher")

ROUND = HeldOutRound(
    "round-45",
    __doc__,
    239,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"prefixed": PREFIXED, "near": NEAR, "generic": GENERIC, "semgrep": SEMGREP, "kingfisher": KINGFISHER},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
