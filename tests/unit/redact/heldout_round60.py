"""A sixtieth held-out recall measure: Kingfisher rule files past ``pipedream``, found by probing names.

``python -m tests.unit.redact.heldout_round60 [--seed N] [--per-family N] [--sources]``

The same source and method as rounds 49, 53, 54 and 56-59 (mongodb/kingfisher, the folder
``data/rules/`` as the index stores it, commit 3397803), continued from where round 59 stopped: its
last counted probe was ``pipedream`` and no name past it was probed, so this round starts with
``pipedrive``, the next name in trufflehog's list.  Before this rule was committed no Kingfisher
rule file's text was read for this round, no name was probed for it and trufflehog's list was not
opened for it (round 59's docstring names ``pipedrive``, ``pivotaltracker`` and ``pixabay`` as the
next candidates, unprobed).

The rule that chooses the files, written here before any name was probed, any rule file read and
any secret generated (round 59's rules 1-5, the start moved):

1. the candidate names are trufflehog's detector folder names (``pkg/detectors/<name>``, lower-case
   as they are, a versioned detector's folder once), as trufflehog's default list
   (``pkg/engine/defaults/defaults.go`` at 0011995, the commit rounds 24-59 counted; its built and
   its commented-out detectors, as round 47 counted them, the commented-out ones put in their
   places) imports them, in byte order, from ``pipedrive`` on (the first name after ``pipedream``);
2. each candidate is probed in that order: ``find_files(repo="mongodb/kingfisher",
   path="data/rules/<name>.yml")``; a name whose path is stored (at 3397803, or at the one version
   the index holds) exists.  A file that exists is taken unless a round read it: its name is named
   as a read Kingfisher or Titus file by an earlier round's ``SOURCE_PATHS`` or docstring (a grep of
   ``tests/unit/redact`` and ``README.md`` of this round's base, ed2128b, for the name, as rounds
   46, 49 and 53-59 checked; the 98 Titus files rounds 17-19 read, ``adafruitio`` to
   ``eventbrite``, count as read by file name).  Probing stops when the round holds 35 files or
   the candidates end; the number of names probed and of files that existed is written below;
3. every rule of each file taken, in file order; round 33's rule 3 as round 43 wrote it: a rule
   whose match is no secret or only a public or identifying value (an id, an account number, a
   user or host name, an e-mail or IP address, a public key, a URL without credentials), a value
   of fewer than 8 characters, a rule whose pattern is another taken rule's character for
   character, is left out and named; a file all of whose rules are left out gives no family and
   still counts among the files read;
4. each rule left gives families as rounds 17, 43, 45, 46, 49 and 53-59 built them: a token with a
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
   which may be looser than or different from trufflehog's.  As rounds 12, 49 and 53-59 did, the
   figure is printed for the families whose provider an earlier round or the public-format corpus
   has (group ``known``) and for the others (``new``).

Seed 331 (no round has used it: no ``Round(...)`` registration nor heldout module on ed2128b names
it as a seed; 277, 281, 283, 293, 307, 311, 313 and 317 are taken by rounds 52-59), 7 samples per
family, round 2's carriers; seeds 7 and 99 are printed too.  The lookalikes
(:mod:`tests.unit.redact.innocents_round60`) are 600 lines in the families' contexts holding no
secret, as rounds 49's and 51-59's are.  Their provider word is the provider's name, never a
file's name that carries a credential word (a file ``<provider>token.yml`` or
``<provider>apikey.yml`` gives the lookalikes ``<provider>``): round 57 found that a line
``lokalisetoken: <hex>`` is a value under a key named token, which the library takes by design, so
the lookalikes are drawn with the provider's name from the start.

The rule applied (after the rule above was committed, 4210e44 on branch r60).  The candidates:
``defaults.go`` as the index stores it (``find_files`` names b9ffb95 as the stored version,
``read_file`` returned 0011995's text) imports the folders in byte order; from ``pipedrive`` they
run ``pivotaltracker``, ``pixabay``, ``plaidkey`` ...; the one commented-out detector of round 47's
list in this stretch, ``raven``, is probed in its place (between ``rapidapi`` and ``rawg``).
**55 names probed** (``pipedrive`` to ``rentman``), **35 files exist** at 3397803: pipedrive,
pixabay, planetscale, planyo, podio, pollsapi, polygon, positionstack, postageapp, postgres,
posthog, postman, postmark, powrbot, prefect, privacy, prodpad, prospectcrm, protocolsio,
proxycrawl, pulumi, pypi, qase, qualaroo, qubole, rabbitmq, rapidapi, raven, rawg, reachmail,
readme, reallysimplesystems, rebrandly, refiner, rentman.  The 20 not stored: pivotaltracker,
plaidkey, planetscaledb, planviewleankit, plivo, poloniex, portainer, portainertoken, postbacks,
privatekey, pubnubpublishkey, pubnubsubscriptionkey, purestake, pushbulletapikey,
pusherchannelkey, railwayapp, ramp, razorpay, rechargepayments, redis.  Rule 2's check (a grep of
``tests/unit/redact`` and ``README.md`` on ed2128b for ``<name>.yml``/``<name>.yaml``, and every
earlier round's ``SOURCE_PATHS`` imported and searched for the file names) finds no Kingfisher or
Titus file read: ``planetscale.yaml``, ``postman.yaml``, ``pulumi.yaml`` (``Pulumi.yaml``),
``pypi.yaml``, ``postmark.yaml``, ``rapidapi.yaml`` (rounds 14 and 15) and ``rabbitmq.yaml``
(round 16) are Sonar's files, another tool's, as round 58 counted ``mapbox.yaml`` and
``mongodb.yaml``; so all 35 are taken and the round reaches 35 at ``rentman``, where probing
stopped (``repairshopr``, not stored, was probed past the stop in the same batch and not counted).
The next round starts after ``rentman``: ``repairshopr`` (not stored), then ``replicate``,
``replyio`` ...

The files hold 36 rules (PlanetScale's two, the others one each).  One is left out by rule 3:
PlanetScale's second rule (``planetscale.yml`` rule 2, the service token's id of 12 characters, an
id the file itself hides).  The 35 left give 68 families (``SOURCE_PATHS``), 476 samples a seed:
25 rules of Kingfisher's usual shape (the provider's name, a credential word within 32
characters, the token; Refiner's and Rentman's the name alone), a keyed family and a text family
each (the verifier's request drawn twice, the examples' shapes: ``pipedrive SECRET``,
``pixabay_key=``, ``planyo_token=``, ``planyo_key=``, ``podioToken <v>``, ``pollsapi SECRET``,
``polygon SECRET``, ``positionstack_token =``, ``positionstack_key =``, ``postageapp_key=``,
``postageapp_secret=``, ``postmark_token =``, ``powrbot_key =``, ``privacy_key=``,
``privacy_token=``, ``privacy_secret=``, ``prodpadSECRET <v>``, ``prospect-access-<v>``,
``prospect-token-<v>``, ``prospect-secret-<v>``, ``protocolsSECRETkey``, ``protocolsACCESSkey``,
``protocolsPRIVATEkey``, ``proxycrawl_key =``, ``PROXYCRAWL_TOKEN =``, ``proxycrawl_secret =``,
``qase_key =``, ``qualaroo TOKEN:``, ``qualaroo privateKEY:``, ``Qualaroo Secret=``,
``qubole-secret``, ``qUboLE accessKEy``, ``rapidapi_key=``, a JSON ``"rapidapiKey"``,
``ravenSECRET <v>``, ``raven ACCESS <v>``, ``rawg SECRET``/``KEY``/``TOKEN``,
``reachmailSecret=``, ``rebrandly_secret_API_key = rebrandly <v>``, ``refiner-<v>``, ``rentman
<v>``), then ``<name>_key =``, ``<name> private key:`` and ``<Name> access token ... rotated``;
Prospect CRM's and protocols.io's families use ``prospect`` and ``protocols``, the words their
rules ask.  PlanetScale's (``pscale_tkn_``), PostHog's (``phx_``), Postman's (``PMAK-``),
Prefect's (``pnu_``), Pulumi's (``pul-``), PyPI's (``pypi-AgEIcHlwaS5vcmc``), ReadMe's (``rdme_``)
and Really Simple Systems' (a long JWT) a bare family and one in a request each; Postgres' and
RabbitMQ's URL rules a text family each, the URL's password the secret (``postgres://``,
``postgresql://``, ``postgis://``, ``amqp://``, ``amqps://``).

Where the rule is wider than the provider's format the family writes the provider's: Pipedrive's,
Qase's tokens as 40 hex; Podio's, positionstack's, RAWG's and Rebrandly's as 32 hex; ProdPad's,
protocols.io's and Qubole's as 64 hex; Prospect CRM's as 32 hex (the rule's examples); Pixabay's as
the account's 8 digits, ``-`` and 25 hex (34); Postmark's, Privacy.com's and Refiner's as UUIDs;
Postman's as ``PMAK-``, 24 hex, ``-``, 34 hex; Pulumi's as ``pul-`` and 40 hex; RapidAPI's as 10
hex, ``msh``, 15 hex, ``p``, 6 hex, ``jsn``, 12 hex (50, the rule's length); Raven Tools' as 16
upper-case letters and digits; PollsAPI's as 28 upper-case letters and digits; PyPI's as the
macaroon prefix and 152 of base64url; Rentman's as a JWT signed HS256 (a 36-character header, 267
after it); Really Simple Systems' as a JWT signed RS256 whose header holds a ``jti`` (155
characters) and 934 after it; the rules' alphabets with a letter or digit at each end for
PlanetScale's, PostHog's, ProxyCrawl's and ReachMail's; the URLs' passwords as 16 letters and
digits.  PlanetScale's request sends ``<token id>:<token>`` as its verifier does.

Every provider is one an earlier round or the corpus has (a grep of ``tests/unit/redact`` and
``pipeline/redact`` on ed2128b finds each name, most in trufflehog rounds 5, 8, 10 and 32 or the
Sonar rounds 14-16).  Group ``known`` is all 68 families and ``new`` is empty (not printed).

First measurement, BEFORE any rule was changed for these families (seed 331, 7 samples per family,
rules as of ed2128b; the module written and run once, nothing tuned): strict **462/476 =
97.06%**, loose 462/476 (by carrier: keyed 175/175, text 234/245, bare 53/56).  Seeds 7 and 99,
same rules: 463/476 = 97.27% and 465/476 = 97.69%.  Missed at 331 (14): PostHog's ``phx_`` keys
holding a ``_`` (bare 3/7 and ``posthog = phx_...`` 3/7 missed; at 7 five bare, at 99 two bare
and one request); ``privacy_key=<uuid>`` (2/7 at every seed; ``privacy_token=`` and
``privacy_secret=`` are found); ``podioToken <32 hex>`` (a camelCase name and credential word,
then a space); ``prospect-access-<32 hex>`` and ``refiner-<uuid>`` (name, word and token joined by
``-``, or the name alone); ``rebrandly_secret_API_key = rebrandly <32 hex>`` (a word between the
key's ``=`` and the token); ``ravenSECRET <16>`` and ``raven ACCESS <16>`` (16 upper-case letters
and digits after a credential word in prose, 2 of 7 at every seed).  Seeds 7 and 99 miss the same
shapes.  The round-60 lookalikes: **14/600 touched** at corpus seed 331 (16 at 7, 17 at 99), six
shapes: a URL holding the docs' or the server's default password (``postgres://user:password@``,
``amqp://guest:guest@``), Powrbot's docs' ``Authorization: secret-key <your secret key>`` (the
scheme word taken as the value), Postmark's documented test token ``X-Postmark-Server-Token:
POSTMARK_API_TEST``, ``privacy card token <uuid>`` (a card's id) and, at 7 and 99, ``posthog
project key phc_...`` (PostHog's project key, public by design, which the library's
posthog-project-key rule takes on purpose).

The commit that holds the paragraph above (its message beginning "heldout_round60,
innocents_round60") holds this module and ed2128b's rules, so the held-out figure is printed again
by a worktree of that commit (462/476, lookalikes 14/600)::

    git worktree add --detach /tmp/r60m 0c7dd19  # on the round's branch r60
    cd /tmp/r60m && /work/main/.venv/bin/python -m tests.unit.redact.heldout_round60

Any figure measured after that is in-sample.  The measurement commit is 0c7dd19 on branch r60.
After the round-60 changes (07f3030; hand-made cases first, ``REDACTED``/``KEPT["round60"]`` of
``test_heldout_rounds.py``: 8 fail on ed2128b's rules, 7 pass on both): PostHog's personal keys are
``phx_`` and 43 of base64url's alphabet, ``_`` and ``-`` among them (the multi-prefix rule took 43
letters and digits; Phoenix's ``phx_reply``/``phx_join`` events and LiveView's ``phx-`` ids stay; an
example appended after the rule's others, so the labeled corpus' earlier draws are unchanged); a
scheme word before the docs' words in angle or curly brackets is no credential
(``Authorization: secret-key <your secret key>``, ``api-token <your api token>``; a token after the
scheme is still taken); a constant in upper-case words ending in ``API_TEST`` is the docs' test
constant (Postmark's ``X-Postmark-Server-Token: POSTMARK_API_TEST``; ``ACME_API_TEST9X2K`` and a
server token are still taken).  No rule added (464, 463 on by default).  Four lookalikes were
corrected one for one (:mod:`tests.unit.redact.innocents_round60`'s docstring), since the library
takes their shapes by design: a URL's password (``postgres://user:password@``,
``amqp://guest:guest@``; url-password takes every one), PostHog's ``phc_`` project key
(posthog-project-key) and ``card token <uuid>`` (a token after the word token).  Figures: strict
**468/476 = 98.32%** at seed 331, loose the same (keyed 175/175, text 237/245, bare 56/56); seeds 7
and 99: 468/476 each.  The round-60 lookalikes: 0/600 at corpus seeds 331, 7 and 99 and 0 of 3000
at seeds 1, 2 and 3.  Every other round's figures and lookalikes unchanged (``python -m
tests.unit.redact.figures --seeds`` in worktrees of ed2128b and of 07f3030: every earlier line
identical, round 60's lines added; round 59's lookalikes at seeds 1-3, which ``--seeds`` prints only
for the last round, 0 of 3000 each here); the labeled corpus 10320/10324 on ed2128b, 10332/10336
here: the 12 new items found, the same 4 missed.  ``sightline bench redact --records 60000``
(ed2128b and 07f3030 alternated, 3 pairs, CPU records/s; load 3.6 on 2 cores): without secrets
161,478 / 140,092, 149,072 / 142,419, 153,829 / 149,252 (medians 153,829 and 142,419), with
secrets 10,586 / 10,806, 9,844 / 10,482, 10,653 / 11,082 (medians 10,586 and 10,806); wall-clock
records/s without secrets 98,404-107,227 on ed2128b and 93,327-125,867 here.  The with-secrets
records are drawn from the rules' examples, one more here, so each run's secrets differ from the
base's (values replaced 60,348 on ed2128b, 60,436 here): that line is no like-for-like comparison.

Left (8 of 476 at every seed): ``privacy_key=<uuid>`` (2 of 7: a UUID under a ``*_key`` name is
read as an id, as ``idempotency_key`` is, and ``privacy`` is an everyday word; ``privacy_token=``
and ``privacy_secret=`` are taken); ``ravenSECRET <16>`` and ``raven ACCESS <16>`` (2 of 7: 16
upper-case letters and digits after a credential word do not read as random to the free-text test);
``podioToken <32 hex>`` (one camel-case word glued to the name, then a blank: round 57 kept those
untaken, as ``nextPageToken`` is no credential); ``prospect-access-<32 hex>`` (one lower-case
credential word between the name and the token joined by ``-``, where round 58 took only pairs,
``cache-key-<hex>`` being a name's part); ``refiner-<uuid>`` (the name alone glued to a UUID);
``rebrandly_secret_API_key = rebrandly <32 hex>`` (a word between ``=`` and the token).  Left for a
later round: the candidates past ``rentman`` (``repairshopr``, not stored, then ``replicate``,
``replyio`` ...) and Kingfisher's files whose names are no trufflehog folder's.

The round was built on branch r60 from ed2128b: 4210e44 (the rule), 0c7dd19 (the probes, the
families and the measurement), 07f3030 (the changes) and the commit adding these figures.  The
message of 07f3030 says 9 guards pass on both; the count is 7 (4 secrets and 3 lookalikes).

Formats are facts in our own notation, generated at test time; no rule text of the sources is
copied.
"""

from __future__ import annotations

from tests.unit.redact.heldout_round2 import HeldFamily
from tests.unit.redact.innocents_round60 import PROVIDERS, lookalikes
from tests.unit.redact.rounds import Families, HeldOutRound, split_by_prefix

__all__ = ["FAMILIES", "KNOWN", "NEW", "SOURCE_PATHS", "run", "samples"]

_AN = "[A-Za-z0-9]"
_HEX_UUID = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"

SOURCE_PATHS: dict[str, str] = {}
_KF = Families("kingfisher", "mongodb/kingfisher:data/rules/", SOURCE_PATHS)


_kf = _KF.by_first_word  # a Kingfisher rule of its usual shape, read from the file the id's first word names


NEAR: tuple[HeldFamily, ...] = (
    # Pipedrive's API tokens are 40 hex
    *_kf("pipedrive-api-key", "[a-f0-9]{40}", "pipedrive",
         "GET https://acme.pipedrive.com/api/v1/users?api_token={v}",
         "pipedrive SECRET {v}"),
    # Pixabay's keys: the account's number (8 digits), -, 25 hex (34, the rule's length)
    *_kf("pixabay-api-key", "[1-9][0-9]{7}-[a-f0-9]{25}", "pixabay",
         "GET https://pixabay.com/api/?key={v}&q=yellow+flowers&image_type=photo",
         "pixabay_key={v}"),
    # PlanetScale's service tokens: pscale_tkn_ and 43 (its second rule, the token's id, is left out by rule 3)
    *_KF.prefixed("planetscale-api-token", f"pscale_tkn_{_AN}[A-Za-z0-9_-]{{41}}{_AN}", "planetscale.yml",
                  "curl -H 'Accept: application/json' -H 'Authorization: h4bn2k9q1x7z:{v}' "
                  "https://api.planetscale.com/v1/organizations",
                  "PLANETSCALE_SERVICE_TOKEN={v}"),
    *_kf("planyo-api-key", f"{_AN}{{62}}", "planyo",
         "GET https://www.planyo.com/rest/?method=get_site_info&api_key={v}",
         "planyo_token={v}", "planyo_key={v}"),
    # Podio's OAuth tokens are 32 hex
    *_kf("podio-api-key", "[a-f0-9]{32}", "podio",
         "curl -H 'Authorization: Bearer {v}' https://api.podio.com/user",
         "podioToken {v}"),
    *_kf("pollsapi-api-key", "[A-Z0-9]{28}", "pollsapi",
         "curl -H 'api-key: {v}' 'https://api.pollsapi.com/v1/get/polls?offset=0&limit=10'",
         "pollsapi SECRET {v}"),
    *_kf("polygon-api-key", f"{_AN}{{32}}", "polygon",
         "GET https://api.polygon.io/v2/reference/locales?apiKey={v}",
         "polygon SECRET {v}"),
    # apilayer's keys (positionstack) are 32 hex
    *_kf("positionstack-api-key", "[a-f0-9]{32}", "positionstack",
         "GET https://api.positionstack.com/v1/forward?access_key={v}&query=India",
         "positionstack_token = {v}", "positionstack_key = {v}"),
    *_kf("postageapp-api-key", f"{_AN}{{32}}", "postageapp",
         "curl -X POST -H 'Content-Type: application/json' -d '{\"api_key\": \"{v}\"}' "
         "https://api.postageapp.com/v.1.0/get_account_info.json",
         "postageapp_key={v}", "postageapp_secret={v}"),
    # a Postgres URL's password (the rule takes postgres, postgresql and postgis URLs with a port)
    _KF.family("postgres-url-password", "text", f"{_AN}{{16}}", "postgres.yml",
               "CONNECTION_URI=\"postgres://postgres:{v}@db.example.com:5434/elephant\"",
               "Connection URI= postgresql://nimda:{v}@db-postgresql-nyc1-64297-do-user-1243723-0.db.ondigitalocean.com:25060/defaultdb?sslmode=require",
               "CONNECTION_URI=\"postgis://postgres:{v}@gis.example.com:5434/elephant\"",
               "DATABASE_URL=postgresql://app:{v}@10.0.3.12:5432/orders"),
    # PostHog's personal API keys: phx_ and 43 (the rule asks posthog before it)
    *_KF.prefixed("posthog-api-key", f"phx_{_AN}[A-Za-z0-9_]{{41}}{_AN}", "posthog.yml",
                  "curl -H 'Content-Type: application/json' 'https://app.posthog.com/api/event/?personal_api_key={v}'",
                  "posthog = {v}"),
    # Postman's keys: PMAK-, 24 hex, -, 34 hex
    *_KF.prefixed("postman-api-key", "PMAK-[a-f0-9]{24}-[a-f0-9]{34}", "postman.yml",
                  "curl -H 'x-api-key: {v}' https://api.getpostman.com/collections",
                  "// ('x-api-key', '{v}')"),
    # Postmark's server tokens are UUIDs
    *_kf("postmark-server-token", _HEX_UUID, "postmark",
         "curl -H 'Accept: application/json' -H 'Content-Type: application/json' -H 'X-Postmark-Server-Token: {v}' "
         "https://api.postmarkapp.com/deliverystats",
         "postmark_token = {v}"),
    *_kf("powrbot-api-key", f"{_AN}{{40}}", "powrbot",
         "curl -H 'Authorization: secret-key {v}' 'https://powrbot.com/api/v1/search/single/?company=Apple'",
         "powrbot_key = {v}"),
    # Prefect's API keys: pnu_ and 36 (the rule asks prefect before it)
    *_KF.prefixed("prefect-api-key", f"pnu_{_AN}{{36}}", "prefect.yml",
                  "curl -H 'Authorization: Bearer {v}' https://api.prefect.cloud/auth/login",
                  "prefect = {v}"),
    # Privacy.com's keys are UUIDs
    *_kf("privacy-api-key", _HEX_UUID, "privacy",
         "curl -H 'Authorization: api-key {v}' 'https://api.privacy.com/v1/card?page=1&page_size=50'",
         "privacy_key={v}", "privacy_token={v}", "privacy_secret={v}"),
    # ProdPad's keys are 64 hex
    *_kf("prodpad-api-key", "[a-f0-9]{64}", "prodpad",
         "curl -H 'Authorization: Bearer {v}' -H 'Accept: application/json' https://api.prodpad.com/v1/tags",
         "prodpadSECRET {v}"),
    # Prospect CRM's keys as the rule's examples write them, 32 hex; the rule asks prospect before it
    *_kf("prospectcrm-api-key", "[a-f0-9]{32}", "prospect",
         "curl -H 'Authorization: Bearer {v}' https://api-batch-v1.prospect365.com/Contacts",
         "prospect-access-{v}", "prospect-token-{v}", "prospect-secret-{v}"),
    # protocols.io's tokens are 64 hex; the rule asks protocols before it
    *_kf("protocolsio-api-key", "[a-f0-9]{64}", "protocols",
         "curl -H 'Authorization: Bearer {v}' https://www.protocols.io/api/v3/session/profile",
         "protocolsSECRETkey {v}", "protocolsACCESSkey {v}", "protocolsPRIVATEkey {v}"),
    *_kf("proxycrawl-api-key", f"{_AN}[A-Za-z0-9_]{{20}}{_AN}", "proxycrawl",
         "GET https://api.proxycrawl.com/leads?token={v}&domain=google.com",
         "proxycrawl_key = {v}", "PROXYCRAWL_TOKEN = {v}", "proxycrawl_secret = {v}"),
    # Pulumi's access tokens: pul- and 40 hex
    *_KF.prefixed("pulumi-api-key", "pul-[a-f0-9]{40}", "pulumi.yml",
                  "curl -H 'Accept: application/vnd.pulumi+8' -H 'Content-Type: application/json' "
                  "-H 'Authorization: token {v}' https://api.pulumi.com/api/user/stacks",
                  "PULUMI_ACCESS_TOKEN={v}"),
    # PyPI's upload tokens: pypi-AgEIcHlwaS5vcmc (a macaroon for pypi.org) and about 160 more
    *_KF.prefixed("pypi-upload-token", f"pypi-AgEIcHlwaS5vcmc{_AN}[A-Za-z0-9_-]{{150}}{_AN}", "pypi.yml",
                  "twine upload -u __token__ -p {v} dist/*",
                  "# password = {v}"),
    # Qase's tokens are 40 hex
    *_kf("qase-api-key", "[a-f0-9]{40}", "qase",
         "curl -H 'Content-Type: application/json' -H 'Token: {v}' https://api.qase.io/v1/user",
         "qase_key = {v}"),
    *_kf("qualaroo-api-key", f"{_AN}{{64}}", "qualaroo",
         "curl -H 'Authorization: Basic {v}' https://api.qualaroo.com/api/v1/nudges",
         "qualaroo TOKEN: {v}", "qualaroo privateKEY: {v}", "Qualaroo Secret={v}"),
    # Qubole's tokens are 64 hex
    *_kf("qubole-api-key", "[a-f0-9]{64}", "qubole",
         "curl -H 'Content-Type: application/json' -H 'Accept: application/json' -H 'X-AUTH-TOKEN: {v}' "
         "https://us.qubole.com/api/v1.2/account",
         "qubole-secret {v}", "qUboLE accessKEy {v}"),
    # an AMQP URL's password
    _KF.family("rabbitmq-amqp-password", "text", f"{_AN}{{16}}", "rabbitmq.yml",
               "amqp://user:{v}@rabbitmq.example.com/queue",
               "amqps://admin:{v}@192.168.1.10:5671/vhost",
               "CELERY_BROKER_URL=amqp://celery:{v}@mq.internal:5672/prod"),
    # RapidAPI's keys: 10 hex, msh, 15 hex, p, 6 hex, jsn, 12 hex (50, the rule's length)
    *_kf("rapidapi-api-key", "[a-f0-9]{10}msh[a-f0-9]{15}p[a-f0-9]{6}jsn[a-f0-9]{12}", "rapidapi",
         "curl -H 'x-rapidapi-key: {v}' -H 'x-rapidapi-host: covid-19-tracking.p.rapidapi.com' "
         "https://covid-19-tracking.p.rapidapi.com/v1",
         "rapidapi_key={v}", "\"rapidapiKey\":\"{v}\""),
    # Raven Tools' keys are 16 upper-case letters and digits
    *_kf("raven-api-key", "[A-Z0-9]{16}", "raven",
         "GET https://api.raventools.com/api?key={v}&method=profile_info&format=json",
         "ravenSECRET {v}", "raven ACCESS {v}"),
    # RAWG's keys are 32 hex
    *_kf("rawg-api-key", "[a-f0-9]{32}", "rawg",
         "GET https://api.rawg.io/api/platforms?key={v}",
         "rawg SECRET {v}", "rawg KEY {v}", "rawg TOKEN {v}"),
    *_kf("reachmail-api-key", f"{_AN}[A-Za-z0-9_-]{{62}}{_AN}", "reachmail",
         "curl -H 'Accept: application/json' -H 'Authorization: Bearer {v}' "
         "https://services.reachmail.net/administration/users/current",
         "reachmailSecret={v}"),
    # ReadMe's keys: rdme_ and 70 lower-case letters and digits
    *_KF.prefixed("readme-api-key", "rdme_[a-z0-9]{70}", "readme.yml",
                  "curl --user '{v}:' -H 'Accept: application/json' https://dash.readme.com/api/v1",
                  "README_API_KEY={v}"),
    # Really Simple Systems' keys: a JWT signed RS256 whose header holds a jti (155 characters), then 918 more
    *_KF.prefixed("reallysimplesystems-api-key",
                  f"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImp0aSI6I{_AN}{{110}}\\.eyJhdWQiOiI{_AN}{{580}}"
                  f"\\.{_AN}[A-Za-z0-9_-]{{340}}{_AN}",
                  "reallysimplesystems.yml",
                  "curl -H 'Authorization: Bearer {v}' https://apiv4.reallysimplesystems.com/accounts",
                  "RSS_API_KEY={v}"),
    # Rebrandly's keys are 32 hex
    *_kf("rebrandly-api-key", "[a-f0-9]{32}", "rebrandly",
         "curl -H 'apikey: {v}' https://api.rebrandly.com/v1/account",
         "rebrandly_secret_API_key = rebrandly {v}"),
    # Refiner's keys are UUIDs; the rule asks the name alone before it
    *_kf("refiner-api-key", _HEX_UUID, "refiner",
         "curl -X POST -H 'Content-Type: application/x-www-form-urlencoded' -H 'Authorization: Bearer {v}' "
         "-d 'id=Your-User-Id&event=Your%20event%20name' https://api.refiner.io/v1/identify-user",
         "refiner-{v}"),
    # Rentman's tokens: a JWT signed HS256; the rule asks the name alone before it
    *_kf("rentman-api-key",
         f"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\\.eyJ{_AN}{{220}}\\.{_AN}[A-Za-z0-9_-]{{41}}{_AN}",
         "rentman",
         "curl -H 'Content-Type: application/json' -H 'Authorization: Bearer {v}' https://api.rentman.net/files",
         "rentman {v}"),
)

FAMILIES: tuple[HeldFamily, ...] = NEAR

# every provider is one an earlier round or the corpus has (see the docstring): NEW is empty
KNOWN, NEW = split_by_prefix(FAMILIES, tuple(PROVIDERS))

ROUND = HeldOutRound(
    "round-60",
    __doc__,
    331,
    FAMILIES,
    lookalikes,
    SOURCE_PATHS,
    groups={"near": NEAR, "known": KNOWN},
)
samples, run, main = ROUND.samples, ROUND.run, ROUND.main


if __name__ == "__main__":
    main()
